"""A fixed corpus of 10,000 hostile search strings: the named attacks, then seeded mixtures.

Deterministic (seeded), so a failure names a string that reproduces. Categories: unbalanced
quotes and brackets, FTS5 operators and column filters, NEAR(, NUL and control bytes, 100k-
character strings, right-to-left and combining characters, CJK and emoji, SQL injection, and
our own field syntax gone wrong.
"""

from __future__ import annotations

import random

NAMED = [
    '"', '""', '"""', '"embassy', 'embassy"', "'", "''", "'embassy", "(", ")", "((", "))",
    "(embassy", "embassy)", "[", "]", "{", "}", "*", "**", "embassy*", "*embassy", "^embassy",
    "NEAR(", "NEAR(embassy", "NEAR(embassy consulate)", "NEAR(embassy consulate, 2)",
    "NEAR/3", "embassy NEAR consulate", "title:embassy", "incidents_fts:embassy",
    "{title summary}:embassy", "- embassy", "-", "--", "+", "AND", "OR", "NOT", "AND OR NOT",
    "embassy AND", "OR embassy", "NOT NOT", "embassy OR OR consulate",
    "\x00", "embassy\x00", "\x00\x00\x00", "\x01\x02\x1f", "\t\r\n", "\u2028\u2029",
    "a" * 100_000, "embassy " * 20_000, '"' * 50_000, "(" * 10_000, "北" * 100_000,
    "\u202eyssabme", "\u200f\u0645\u0633\u0641\u0627\u0631\u0629",
    "\u05e9\u05d2\u05e8\u05d9\u05e8\u05d5\u05ea",
    "e\u0301mbassy", "a\u0300\u0301\u0302\u0303\u0304\u0305", "\u0301", "\ufeffembassy",
    "북한", "脱北者", "瀋陽", "日本国総領事館", "🇰🇵", "👨‍👩‍👧", "🏛️ embassy", "\U0010ffff",
    "'; DROP TABLE incidents; --", "' OR '1'='1", '" OR ""="', "1; SELECT * FROM sqlite_master",
    "UNION SELECT sql FROM sqlite_master", "embassy' --", "%", "_", "%%", "\\", "\\%", "%_\\",
    "' || (SELECT group_concat(name) FROM sqlite_master) || '", "?", "?1", ":name", "@x", "$x",
    "host:", "host:\"", "host:\"china", ":", "::", "host::china", "year:", "year:abc",
    "year:99999999999999999999", "year:-5", "date:..", "date:2002..", "date:..2002",
    "date:2002-13-45", "date:0000", "date:9999-12-31..0001-01-01", "people:>=", "people:><5",
    "people:1e309", "people:-1..", "within:", "within:1,2,3", "within:a,b,c,d",
    "within:91,0,-91,0", "within:nan,nan,nan,nan", "within:1e400,0,1,1", "decade:19x0s",
    "-host:china OR", "host:china OR -", "OR OR OR", "unknownfield:value", "sort:title",
    "type:\x00", "nationality:\"north\"korean\"", "x" * 1000 + ":" + "y" * 1000,
]

PIECES = [
    '"', "'", "(", ")", "*", ":", "-", "+", "^", "..", ",", "\\", "%", "_", ";", "--", "/*",
    "*/", "\x00", "\n", "\t", " ", "  ", "OR", "AND", "NOT", "NEAR(", "NEAR/2", "host:",
    "year:", "date:", "people:", "within:", "type:", "mission:", "outcome:", "decade:",
    "nationality:", "city:", "embassy", "consul", "china", "shenyang", "1980s", "2002",
    "2002-05", "10..20", ">=", "<", "北", "朝鮮", "북한", "瀋陽", "🇰🇵", "\u202e", "\u0301",
    "\ufeff", "' OR 1=1 --", "UNION SELECT", "sqlite_master", "incidents_fts", "{title}",
    "\U0001f3db", "é", "ß", "İ", "ǅ", "\u00a0",
]


def corpus(size: int = 10_000, seed: int = 20261129) -> list[str]:
    """The named strings, then seeded mixtures of the pieces, ``size`` in all."""
    rng = random.Random(seed)
    strings = list(NAMED)
    while len(strings) < size:
        count = rng.choice((1, 2, 3, 5, 8, 13, 40))
        strings.append("".join(rng.choice(PIECES) for _ in range(count)))
    return strings[:size]
