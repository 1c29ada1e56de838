<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
