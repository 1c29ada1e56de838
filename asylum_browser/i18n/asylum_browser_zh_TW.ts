<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name />
    <message>
      <source> and </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> or </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Asylum Browser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Copy rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Detail pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export saved searches…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export to CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help and search syntax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import cases…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import saved searches…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save this search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Timeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(all incidents)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>({alternatives})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>. Drag to filter by date; double-click to clear.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>; {count} more in {year} known only to the year (hatched)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{not_in_results}&lt;/b&gt;: the query no longer finds this case; your notes on it are locked until it is back in view.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new database of their own</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A note for yourself on this incident; it is kept in your workspace, never in the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About {app}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add saved searches from a colleague's file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add tags (Enter keeps each one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An unexpected error interrupted the last action ({what}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asylum Browser help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At least</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Began between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear all &amp;filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear all filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click an example to run it. Matching ignores case and accents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click to remove this filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click to show only this; click again to undo. Ctrl-click to leave it out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click to zoom in or fan out; Ctrl-click lists them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dataset {version} · {where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date and people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Did you mean “{closest}”?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every field also takes &lt;code&gt;unknown&lt;/code&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export saved searches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fast search index unavailable ({reason}); using SQL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit to results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hollow: only the city is known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import into:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import saved searches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported and opened {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Include it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Known only to the month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Known only to the year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Korean, Chinese, Japanese</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave this out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My cases, beside the bundled ones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name for the current search, sort and columns:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Narrow the table, the facets and exports to what the map shows (writes within: into the search). Shift+drag draws a box.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New database:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No dated incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No incident selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No incidents match this search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None yet: Save… keeps the current search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not a valid date as stored in this database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in the current results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only show incidents in the map's view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only what is in view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open an Asylum Browser database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opened the bundled database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opened {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recall the saved search {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove a filter with its ✕ in the sidebar, widen the dates, or press F1 for the search syntax.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove this filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove this tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename saved search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset &amp;layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reset view to the whole world</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Right-click to rename, delete or export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the current search, sort and columns under a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save this search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved searches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved searches (*.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search syntax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search syntax help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search syntax, with examples</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search {query} instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search: shenyang, host:china year:2002, "over the wall", 북한 …  (F1 for help)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Searching and reading work; saved searches, notes and tags cannot be kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a row to read the case: its dates, the people, what happened, every source, and where sources disagree.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings cannot be saved: {reason}. Changes last until you close {app}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings were reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Several places are called {city}: choose one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Several places have this name: choose the one you mean, and its country becomes the host country.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show fewer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show only this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show or hide the colour key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Showing all {total} incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Showing {count} of {total} incidents where {conditions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags of this incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags of your own, e.g. vienna-convention. Enter, a comma or a space keeps each one as a chip.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundled database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database that was open stays open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The details could not be written to the log folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The details were written to {path}; please include that file if you report the problem.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The query failed: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database cannot be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown: no source gives this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which place of this name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>World</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>YYYY, YYYY-MM or YYYY-MM-DD; an incident known only to the year counts only if the whole year is inside the range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your cases are kept, but they cannot be shown yet: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your note on this incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your workspace cannot be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your workspace is not available, so this cannot be kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a date range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a decade is written 1980s or 1980</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a phrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a sidebar value excludes it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a value with spaces</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a word's beginning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a year has four digits, as in 2002</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a year range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>all incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>and {count} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>and {count} more (zoom in or filter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>around {cities}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>around {city} and 1 other city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>around {city} and {count} other cities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at least ten people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at least {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at most {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bundled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>clear the search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>copy the selected rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>either term</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>exclude a value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>from {low} to {high}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>incidents where {conditions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>leave out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>map area {area}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not ({condition})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a valid tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not flagged for follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not in the current results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not {condition}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open a database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sorted by {column}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sorted by {column} (descending)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the number of people must be a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the number of people must be under {limit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the text contains the phrase “{phrase}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the text contains “{word}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the text has a word starting with “{start}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>two values of one field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>words (all must appear)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>workspace unavailable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>your note mentions “{words}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{added} added to your cases, {kept} already there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{app} keeps running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{app}: something went wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{cities} and {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{city}, {country} ({population} people)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{column} (not sortable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} added to your cases.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} here · Ctrl-click the centre lists them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} of {total} incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, excluded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{facet}: {value}, {count} incidents, selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field} is unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field} is within {box}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field} is {area}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field} is {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field} is “{value}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{period}: {count} incident in these results ({total} in the whole database)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{period}: {count} incidents in these results ({total} in the whole database)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{span}: {count} incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{span}: {count} incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{task}… {share} (searching works meanwhile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{value}” (not a number)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{value}” is not a known {field}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Citations</name>
    <message>
      <source>Accessed {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record {id}; open it in Asylum Browser: {link}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>[Untitled]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>n.d.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>version {version}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Corrections</name>
    <message>
      <source>(none in the bundled record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A correction needs its source: a URL or a citation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A correction needs the case it is about.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A source can only support record fields, not {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added this report as your source for {id} (see its details).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added this report to the sources of your case {id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case: {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write to {folder}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export my corrections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Published date: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say what you claim the {field} is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggest a correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The source URL must start with http:// or https://.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {count} corrected record(s) to {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You have no corrections to export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your corrections (not in the bundled data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete a correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>suggest a correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{id} is not a bundled case (no {file}); its corrections were not exported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{field}” is not a field of a case record; use one of: {fields}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“{value}” (not a valid date)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>'bundled' (shipped with Asylum Browser) or 'mine' (a case of your own)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'mission' (the building's own coordinates) or 'city'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bundled with Asylum Browser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>City of the mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code of the seekers' country of nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code of the state or organisation the mission belongs to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Code of the state where the mission stood (see countries)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confidence note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day of the outcome (for example arrival in the destination)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day the bid began, as YYYY, YYYY-MM or YYYY-MM-DD (its precision)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Day the stay or standoff in the mission ended, at its precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Destination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detained by host</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Host country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Host response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How the host state responded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How they got in, or tried to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifier of the mission, school or office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inferred values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Latitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Longitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Map position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mission ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mission type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mixed outcomes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number of people (empty when unknown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome class (vocabulary in docs/data.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Places passed through on the way out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reached a third country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seekers' nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Short title (our words)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stable identifier of the incident</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stay ended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary in our own words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turned away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type of the mission (vocabulary in docs/data.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Values no source states outright, each with its bounds and reason (field: inferred, after … and before …: why)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WGS84 latitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>WGS84 longitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What happened to them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where they ended up, where stated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who the people were, by count and relationship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why the confidence is not high, where it is not</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a tag you gave incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a theme derived from the record's facts (docs/data.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>bundled (shipped with the app) or mine (your own cases)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>decade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>flagged for follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>high or medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>high or medium (see docs/data.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>host country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>incidents you flagged for follow-up: flag:yes (or flag:no)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mission type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>number of people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one incident by its identifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>origin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sending state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the city of the mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the country where the mission stood</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the date the bid began, YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the decade the bid began, as 1980s or 1980</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the map position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the map position lies in a box: south,west,north,east in degrees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the number of people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the outcome class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the seekers' nationality (country or demonym)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the state or organisation the mission belongs to (mission: is the same)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the type of mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the year the bid began</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>words in your notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>your note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>your tag</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>System language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The language you chose takes effect the next time you start Asylum Browser.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Remember the last search</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>--with-my-cases: you have no cases of your own yet (add some with: asylum-browser cases add FILE.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asylum Browser dataset {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It includes the cases of the person who published it (origin = mine).
</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sourced incidents of asylum bids at diplomatic missions, published from Asylum Browser (dataset {version} of {date}). Every fact cites its sources (the incident_sources and sources tables).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {count} incidents to {folder}; serve them with:
  datasette serve -i {database} --metadata {metadata}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot create {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot read {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cannot write into {path}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is a file, not a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is not empty; name an empty or new folder, or add --force to write into it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>A mission that is an embassy in all but name, such as West Germany's in East Berlin.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ambassador's residence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apostolic nunciature</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consulate general</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Consulate or consular section</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Detained or removed by the host state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Embassy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High commission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>International organisation office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left voluntarily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mixed: the group split</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One source states the core facts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parts of the same group met different outcomes, or only part of the group's fate is known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Permanent representation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reached a third country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>School</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Holy See's embassy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The embassy of one Commonwealth country in another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The head of mission's residence, which shares the embassy's inviolability.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The host state's police or guards took the people into custody: before they got in, on or inside the premises, or as they came out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The mission or school sent the people away instead of sheltering them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The people left the mission and the host country for the destination they sought or a country willing to take them, usually under an arrangement with the host state.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The people walked out of the mission of their own accord (for example to surrender) without leaving the country under safe passage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turned away by the mission</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two or more independent sources, or one authoritative source, agree on the core facts.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
