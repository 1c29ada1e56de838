"""The 30 scripted interactions the benchmarks time: typing, facet toggles, date brushes and
map pans, each as the query text the window would hold after it."""

INTERACTIONS = [
    "e", "em", "emb", "embassy", "embassy w", "embassy wall",
    "embassy wall host:China", "embassy host:China", "host:China",
    "host:China type:school", "host:China -type:school", "host:China people:>=10",
    "host:China people:>=10 date:2000..2005", "host:China date:2002-03..2002-09",
    "date:1990..2010", "date:1990..2010 outcome:detained", "outcome:detained",
    "nationality:\"north korean\"", "nationality:\"north korean\" consul*", "consul*",
    "within:20,90,50,140", "within:30,100,45,125", "within:35,110,42,120",
    "within:35,-10,60,30", "within:35,-10,60,30 decade:1980s", "decade:1980s",
    "북한", "瀋陽 OR shenyang", "-host:China year:2004", "",
]
