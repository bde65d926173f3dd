"""Write the events-and-quantities dev set (fixtures/cases/events/) from case templates: invented towns,
people and outlets; `python benchmarks/data/events_write_cases.py` rewrites the folder (seeded, so the same
files each time). The second batch was written after the first was scored, and scored once before any change."""

import datetime
import random
import shutil
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "fixtures" / "cases" / "events"
rng = random.Random(14)
TOWNS = [
    "Ashcombe",
    "Brindlemoor",
    "Caddow",
    "Dunhallow",
    "Elverton",
    "Fallowmere",
    "Garrowby",
    "Hessington",
    "Ilkmoor",
    "Jessop Vale",
    "Kelbury",
    "Larkhollow",
    "Maddersfield",
    "Northwick",
    "Oxleigh",
    "Pellingham",
    "Quarrington",
    "Rushmere",
    "Saltmarsh",
    "Thornbury",
]
PEOPLE = [
    "Marta Quell",
    "Oskar Brandt",
    "Lena Hargrove",
    "Tobias Wren",
    "Ines Calloway",
    "Rufus Penhallow",
    "Greta Lindqvist",
    "Amos Tervain",
    "Delia Marchbank",
    "Jonas Feldcroft",
    "Petra Oyelaran",
    "Silas Drummond",
    "Nadia Kovalenko",
    "Hugo Ashdown",
    "Ruth Ellingham",
    "Viktor Sands",
    "Clara Moffatt",
    "Edwin Rook",
    "Maeve Tallis",
    "Felix Orrin",
]
OUTLETS = ["Valley Courier", "County Ledger", "Evening Post", "Morning Star", "Daily Gazette", "Weekly Herald"]
cases = []


def art(title, pub, story, body, outlet=None):
    outlet = outlet or rng.choice(OUTLETS)
    return f"---\ntitle: {title}\npublished: {pub}\noutlet: {outlet}\nstory: {story}\n---\n" + "\n\n".join(body) + "\n"


def add(name, files):
    cases.append((name, files))


M = " <!-- expect: {} -->"


def mk(code, out="fail"):
    return M.format(f"{code} {out}")


n = 0


def uid(kind):
    global n
    n += 1
    return f"{kind}-{n:03d}"


# --- bad: one event, two dates within an article (synonym triggers) ---
pairs = [
    (
        "Fire broke out at the {t} timber yard on Monday, March 4.",
        "The blaze, which started on March 5, destroyed two sheds.",
    ),
    (
        "The council signed the bus contract on Tuesday, May 7.",
        "The contract, which was approved on May 9, runs for five years.",
    ),
    ("Flooding began in {t} on Sunday, Jan. 14.", "The flood, which started on Jan. 12, closed the ring road."),
    (
        "The museum reopened on Saturday, Sept. 7 after repairs.",
        "The museum, which reopened on Sept. 8, had been closed for a year.",
    ),
    ("Voters in {t} went to the polls on Thursday, Nov. 2.", "The vote, held on Nov. 3, had a turnout of 41 percent."),
    (
        "The {t} bridge collapsed on March 14, engineers said.",
        "Engineers are studying the March 12 collapse of the bridge.",
    ),
    ("The report was published on Oct. 3.", "The report, which went online on Oct. 5, named three contractors."),
]
pubs = ["2024-03-08", "2024-05-10", "2024-01-16", "2024-09-10", "2023-11-06", "2024-03-18", "2023-10-07"]
for i, (a, b) in enumerate(pairs):
    t = TOWNS[i]
    add(uid("date-within"), {"bad.md": art("Dates", pubs[i], uid("s"), [a.format(t=t), b.format(t=t) + mk("CC101")])})
# --- bad: across outlets, same event, different dates ---
across = [
    ("The {t} food bank opened its new depot on Monday, Feb. 5.", "The {t} food bank opened its new depot on Feb. 6."),
    (
        "{p} resigned as chair of the {t} trust on Friday, June 14.",
        "{p} resigned as chair of the {t} trust on June 12.",
    ),
    ("The {t} ferry ran aground on Sunday, Aug. 11.", "The {t} ferry ran aground on Aug. 10."),
    ("The {t} council approved the budget on Tuesday, Feb. 27.", "The {t} council approved the budget on Feb. 26."),
    ("Police arrested {p} on Wednesday, April 3.", "Police arrested {p} on April 4."),
    ("The {t} library reopened on Saturday, Oct. 12.", "The {t} library reopened on Oct. 19."),
    ("Storm Ilse hit {t} on Thursday, Dec. 5.", "Storm Ilse hit {t} on Dec. 6."),
]
apubs = ["2024-02-08", "2024-06-17", "2024-08-13", "2024-02-29", "2024-04-06", "2024-10-22", "2024-12-09"]
for i, (a, b) in enumerate(across):
    t, p = TOWNS[i + 7], PEOPLE[i]
    s = uid("story")
    add(
        uid("date-across"),
        {
            "a_first.md": art("A", apubs[i], s, [a.format(t=t, p=p)]),
            "b_second.md": art("B", apubs[i], s, [b.format(t=t, p=p) + mk("CC101")]),
        },
    )
# --- bad: weekday beside a date it does not fall on ---
wd = [
    ("Monday, March 5, 2024", "2024-03-10"),
    ("Friday, July 12, 2024", "2024-07-15"),
    ("Sunday, Jan. 7, 2024", "2024-01-10"),
    ("Wednesday, Oct. 2, 2024", "2024-10-05"),
    ("Tuesday, May 20, 2025", "2025-05-22"),
    ("Saturday, Nov. 9, 2024", "2024-11-12"),
]

NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = {"Jan.": 1, "March": 3, "July": 7, "Oct.": 10, "May": 5, "Nov.": 11}
for i, (d, pub) in enumerate(wd):
    _, rest = d.split(", ", 1)
    mon, day_year = rest.split(" ", 1)
    day, year = day_year.split(", ")
    real = datetime.date(int(year), MON[mon], int(day)).weekday()
    d = f"{NAMES[(real + 1 + i % 3) % 7]}, {rest}"
    add(
        uid("weekday"),
        {
            "bad.md": art(
                "Weekday",
                pub,
                uid("s"),
                [f"The {TOWNS[i]} market hall will host a craft fair on {d}." + mk("CC101"), "Entry is free."],
            )
        },
    )
# --- bad: impossible dates ---
imp = ["June 31", "Feb. 30", "April 31", "Sept. 31", "Nov. 31", "Feb. 31"]
for i, d in enumerate(imp):
    add(
        uid("impossible"),
        {
            "bad.md": art(
                "Impossible",
                "2024-01-10",
                uid("s"),
                [f"Applications for the {TOWNS[i]} arts grant close on {d}, the trust said." + mk("CC101")],
            )
        },
    )
# --- bad: one quantity worded two ways within an article ---
QP = [
    ("Twelve houses burned in the {t} fire on Monday.", "Officials said 15 homes were lost in the fire."),
    ("Nine people were killed when the {t} bridge collapsed.", "The collapse left 11 people dead, officials said."),
    ("The storm destroyed 40 homes in {t}.", "In all, 52 houses were razed by the storm."),
    ("Flooding forced 300 residents from their homes in {t}.", "The flood displaced 450 residents, the county said."),
    ("The blast injured 14 workers at the {t} plant.", "In all, 19 workers were hurt in the blast."),
    ("The crash killed six passengers near {t}.", "Rescuers said eight passengers died in the crash."),
    ("Thirty people were evacuated from the {t} tower.", "Firefighters said 45 people were evacuated from the tower."),
]
for i, (a, b) in enumerate(QP):
    t = TOWNS[i + 3]
    add(
        uid("count-within"),
        {
            "bad.md": art(
                "Count",
                "2024-04-10",
                uid("s"),
                [a.format(t=t), "Crews worked through the night.", b.format(t=t) + mk("CC201")],
            )
        },
    )
# --- bad: money worded two ways, magnitude slips across outlets ---
money = [
    ("The {t} council reported a deficit of $3.1 million.", "The $1.3 million deficit worried the mayor."),
    (
        "{t} Foods posted a loss of $800 million to $900 million.",
        "{t} Foods posted a loss of $8 billion to $9 billion.",
    ),
    (
        "The {t} hospital trust ran a deficit of $2.4 million last year.",
        "The trust's $24 million deficit will be covered by the state.",
    ),
    (
        "The {t} school district approved a budget of $48 million.",
        "The district's $4.8 million budget includes new buses.",
    ),
    ("The {t} port authority agreed a settlement of $5 million.", "The $15 million settlement ends the dispute."),
]
for i, (a, b) in enumerate(money):
    t = TOWNS[i + 10]
    s = uid("story")
    if i == 1:
        add(
            uid("money-across"),
            {
                "a_first.md": art("A", "2024-02-20", s, [a.format(t=t)]),
                "b_second.md": art("B", "2024-02-20", s, [b.format(t=t) + mk("CC201")]),
            },
        )
    else:
        add(
            uid("money-within"),
            {
                "bad.md": art(
                    "Money", "2024-02-20", s, [a.format(t=t), "Officials met on Monday.", b.format(t=t) + mk("CC201")]
                )
            },
        )
# --- bad: list against its count ---
lists = [
    ("The {t} board named four priorities for next year: reading, school buses and roof repairs.",),
    ("The plan has three parts: a new road, a bus lane, a cycle path and a car park.",),
    ("Police named five suspects: Ivo Lask, Ben Tarr and Ada Gim.",),
    ("The mayor set out two goals: lower rents, more parks and safer streets.",),
    ("The club signed six players this summer: two defenders, a goalkeeper and a striker.",),
    ("The report lists three causes: poor drainage and blocked culverts.",),
]
for i, (a,) in enumerate(lists):
    add(
        uid("list"),
        {
            "bad.md": art(
                "List", "2024-05-08", uid("s"), [a.format(t=TOWNS[i]) + mk("CC201"), "The details will follow."]
            )
        },
    )
# --- bad: tally against the body's size ---
tallies = [
    ("The seven-member board approved the plan 5-3 on Tuesday.",),
    ("The nine-member council rejected the levy 6-4.",),
    ("The five-member commission voted 4-2 to close the depot.",),
    ("The {t} school board, which has seven members, passed the budget 6-3.",),
    ("The three-judge panel upheld the ruling 2-2.",),
    ("The 11-member council approved the zoning change 8-5.",),
]
for i, (a,) in enumerate(tallies):
    add(uid("tally"), {"bad.md": art("Tally", "2024-05-08", uid("s"), [a.format(t=TOWNS[i]) + mk("CC201")])})
# --- bad: series tally against the deciding game ---
series = [
    ("The {t} Otters won the regional final series 3-2, clinching it in the seventh game on Sunday.",),
    ("The {t} Hawks won the semifinal series 4-1, sealing it in the sixth game.",),
    ("The {t} Foxes took the championship series 4-2 with a win in the seventh game.",),
    ("The {t} Owls won the playoff series 2-1, clinching it in the fourth game.",),
    ("The {t} Rams won the final series 4-0, sealing it in the fifth game.",),
]
for i, (a,) in enumerate(series):
    add(uid("series"), {"bad.md": art("Series", "2024-05-08", uid("s"), [a.format(t=TOWNS[i + 5]) + mk("CC201")])})
# --- bad: outcome polarity flips ---
flips = [
    (
        "A {t} man pleaded not guilty on Thursday to running an unlicensed money transfer business.",
        "{p}, 52, of {t} pleaded guilty on Thursday to running an unlicensed money transfer business.",
    ),
    (
        "The {t} council approved the harbour redevelopment plan on Tuesday.",
        "The {t} council rejected the harbour redevelopment plan on Tuesday.",
    ),
    (
        "A jury convicted {p} on Friday of stealing diesel from the {t} bus depot.",
        "A jury acquitted {p} on Friday of stealing diesel from the {t} bus depot.",
    ),
    ("{p} resigned as director of the {t} museum on Monday.", "{p} was fired as director of the {t} museum on Monday."),
    (
        "A {t} woman pleaded guilty on Monday to defrauding the county housing fund of $40,000.",
        "{p} pleaded not guilty on Monday to defrauding the county housing fund of $40,000.",
    ),
    (
        "The {t} planning board approved the solar farm application on Wednesday.",
        "The {t} planning board rejected the solar farm application on Wednesday.",
    ),
]
for i, (a, b) in enumerate(flips):
    t, p = TOWNS[(i + 12) % 20], PEOPLE[(i + 8) % 20]
    s = uid("story")
    if i % 2 == 0:
        add(
            uid("outcome-across"),
            {
                "a_first.md": art("A", "2024-07-08", s, [a.format(t=t, p=p)]),
                "b_second.md": art("B", "2024-07-08", s, [b.format(t=t, p=p) + mk("CC701")]),
            },
        )
    else:
        add(
            uid("outcome-within"),
            {
                "bad.md": art(
                    "O",
                    "2024-07-08",
                    s,
                    [a.format(t=t, p=p), "The meeting lasted four hours.", b.format(t=t, p=p) + mk("CC701")],
                )
            },
        )
# --- bad: a count that may only rise falls later ---
falls = [
    ("By Monday night the {t} fire had destroyed 40 homes.", "By Tuesday night the fire had destroyed 31 homes."),
    ("By Friday the flood had killed 12 people in {t}.", "By Saturday the flood had killed 9 people."),
    ("As of Monday, 200 residents had been evacuated from {t}.", "As of Wednesday, 150 residents had been evacuated."),
    ("By Sunday the {t} wildfire had burned 3,000 acres.", "By Monday the wildfire had burned 2,100 acres."),
]
for i, (a, b) in enumerate(falls):
    add(
        uid("falls"),
        {
            "bad.md": art(
                "Falls", "2024-08-14", uid("s"), [a.format(t=TOWNS[i + 1]), b.format(t=TOWNS[i + 1]) + mk("CC201")]
            )
        },
    )
# --- bad: parts larger than their total ---
parts = [
    ("A gas leak at the {t} works sent 120 people to hospital, including 140 children.",),
    ("The storm damaged 60 buildings, including 75 homes, in {t}.",),
    ("Police arrested 30 people, including 45 teenagers, after the {t} match.",),
    ("The fire forced 200 residents from their homes, including 260 pensioners.",),
]
for i, (a,) in enumerate(parts):
    add(uid("parts"), {"bad.md": art("Parts", "2024-08-14", uid("s"), [a.format(t=TOWNS[i + 8]) + mk("CC201")])})

# ================= controls =================
ctl = []


def good(kind, files):
    add(uid("good-" + kind), files)


# different events of one kind: different places / participants / objects
diff = [
    ("A bomb attack in {t} killed two people on Monday.", "A bomb attack in {u} wounded a guard on Tuesday."),
    ("Fire broke out at the {t} timber yard on Monday.", "Fire broke out at the {u} paper mill on Wednesday."),
    ("Police arrested {p} on Monday.", "Police arrested {q} on Thursday."),
    ("The {t} council approved the budget on Tuesday.", "The {u} council approved its budget on Thursday."),
    ("{p} resigned from the {t} trust on Monday.", "{q} resigned from the {u} trust on Wednesday."),
    ("The {t} library reopened on Saturday.", "The {t} swimming pool reopened on Monday."),
    ("The {t} council signed the bus contract on Tuesday.", "The {t} council signed the waste contract on Friday."),
]
for i, (a, b) in enumerate(diff):
    t, u, p, q = TOWNS[i], TOWNS[i + 10], PEOPLE[i], PEOPLE[(i + 10) % 20]
    good(
        "diff-events",
        {"good.md": art("G", "2024-05-11", uid("s"), [a.format(t=t, u=u, p=p, q=q), b.format(t=t, u=u, p=p, q=q)])},
    )
# report dates, baselines, bounds, ranges, future-in-past
misc = [
    [
        "The {t} fire broke out on Sunday, officials said on Monday.",
        "The fire, which started on Sunday, was out by Tuesday.",
    ],
    [
        "Shares in {t} Foods closed at 41.20 on Friday, down from the close on Wednesday.",
        "The shares rose on Thursday.",
    ],
    ["The {t} offer runs until noon Friday.", "It began on Monday."],
    ["Fares will be cut from Saturday, June 1, to Sunday, June 30, the {t} ferry company said on Monday."],
    [
        "Officials said on Thursday that the {t} footbridge would reopen on Dec. 5 after repairs.",
        "The footbridge was closed on Oct. 14.",
    ],
    [
        "The {t} depot has operated since March 2019, and before June 2021 it handled only freight.",
        "A hearing on the depot was scheduled for Nov. 20, the county said.",
    ],
    ["The new {t} parking rules take effect July 1.", "The council adopted them on Tuesday."],
    ["The {t} market hall will host a craft fair on Saturday, Nov. 9, 2024.", "Entry is free."],
    ["Applications for the {t} grant close on Feb. 29, 2024, the trust said."],
    ["Voting in {t} runs through the end of May.", "The first ballots were cast on Monday."],
]
pubsm = [
    "2024-05-13",
    "2024-05-11",
    "2024-05-15",
    "2024-05-20",
    "2024-11-01",
    "2024-11-01",
    "2024-05-15",
    "2024-11-05",
    "2024-01-10",
    "2024-05-08",
]
for i, body in enumerate(misc):
    good("report-bound", {"good.md": art("G", pubsm[i], uid("s"), [x.format(t=TOWNS[i + 3]) for x in body])})
# same event, same date worded two ways; across outlets
same = [
    (
        "Fire broke out at the {t} timber yard on Monday, March 4.",
        "The blaze, which started on March 4, destroyed two sheds.",
    ),
    (
        "The {t} council signed the bus contract on Tuesday, May 7.",
        "The contract, which was approved on May 7, runs for five years.",
    ),
    (
        "The {t} museum reopened on Saturday, Sept. 7 after repairs.",
        "The museum, which reopened on Sept. 7, had been closed for a year.",
    ),
    (
        "The {t} bridge collapsed on March 14, engineers said.",
        "Engineers are studying the March 14 collapse of the bridge.",
    ),
]
for i, (a, b) in enumerate(same):
    good(
        "same-date",
        {"good.md": art("G", pubs[[0, 1, 3, 5][i]], uid("s"), [a.format(t=TOWNS[i]), b.format(t=TOWNS[i])])},
    )
for i, (a, _b) in enumerate(across[:5]):
    t, p = TOWNS[i + 7], PEOPLE[i]
    s = uid("story")
    b2 = a.split(" on ")[0] + " on " + a.split(", ")[-1] if ", " in a else a
    good(
        "same-date-across",
        {
            "a_first.md": art("A", apubs[i], s, [a.format(t=t, p=p)]),
            "b_second.md": art("B", apubs[i], s, [b2.format(t=t, p=p)]),
        },
    )
# quantities: different places, qualifiers, rising counts, parts, other
qg = [
    [
        "Ten houses were damaged by flooding in {t} on Sunday, the fire service said.",
        "In {u}, 22 houses were damaged by the same flood, the fire service said.",
    ],
    [
        "More than 250 homes were flooded in {t} last week, the agency said.",
        "Hundreds of homes were flooded along the river, officials said on Monday.",
    ],
    [
        "About 1,200 people were evacuated from {t}, the fire service said.",
        "More than 1,000 people were evacuated from the lower town alone, the service said.",
    ],
    ["By Monday night the {t} fire had destroyed 31 homes.", "By Tuesday night the fire had destroyed 40 homes."],
    [
        "Eleven people were treated in hospital after the {t} match.",
        "Another four people were treated in hospital on Sunday.",
    ],
    ["Nine people were killed when the {t} bridge collapsed.", "In 2009, a flood in the valley killed 40 people."],
    ["The blast injured 14 workers at the {t} plant.", "Of those, three workers were seriously injured."],
    ["The {t} council reported a deficit of $3.1 million.", "Its budget of $48 million was approved in March."],
    ["Twelve houses burned in the {t} fire on Monday.", "About 12 homes were lost in the fire, officials said."],
    ["The storm destroyed 40 homes in {t}.", "The storm destroyed 18 homes in {u}."],
]
for i, body in enumerate(qg):
    good(
        "quantity",
        {"good.md": art("G", "2024-04-10", uid("s"), [x.format(t=TOWNS[i + 2], u=TOWNS[(i + 12) % 20]) for x in body])},
    )
RISES = [
    (
        "By Wednesday, 12 homes had been destroyed by the {t} fire.",
        "By Friday, 15 homes had been destroyed by the fire.",
    ),
    ("By Wednesday the {t} flood had killed nine people.", "By Friday the flood had killed 11 people, officials said."),
    ("As of Wednesday, 300 residents had been evacuated from {t}.", "As of Friday, 450 residents had been evacuated."),
    ("By Wednesday the blast at the {t} plant had injured 14 workers.", "By Friday it had injured 19 workers."),
    ("By Wednesday the {t} wildfire had burned 900 acres.", "By Friday the wildfire had burned 1,200 acres."),
]
for i, (a, b) in enumerate(RISES):
    t = TOWNS[i + 3]
    s = uid("story")
    good(
        "quantity-rises",
        {
            "a_first.md": art("A", "2024-04-10", s, [a.format(t=t)]),
            "b_second.md": art("B", "2024-04-12", s, [b.format(t=t)]),
        },
    )

# money controls: agreeing values written differently
mg = [
    ["The {t} council reported a deficit of $3.1 million.", "The $3.1 million deficit worried the mayor."],
    ["{t} Foods posted a loss of $1.2bn.", "The loss of 1.2 billion dollars was its first in a decade."],
    [
        "The {t} school district approved a budget of $48 million.",
        "The district's $48 million budget includes new buses.",
    ],
    [
        "The {t} port authority agreed a settlement of about $5 million.",
        "The $5.2 million settlement ends the dispute.",
    ],
]
for i, body in enumerate(mg):
    good("money", {"good.md": art("G", "2024-02-20", uid("s"), [x.format(t=TOWNS[i + 4]) for x in body])})
# arithmetic controls
ag = [
    "The {t} board named three priorities for next year: reading, school buses and roof repairs.",
    "The plan has four parts: a new road, a bus lane, a cycle path and a car park.",
    "The seven-member board approved the plan 5-2 on Tuesday.",
    "The nine-member council rejected the levy 5-4.",
    "The {t} Otters won the regional final series 4-3, clinching it in the seventh game on Sunday.",
    "The {t} Hawks won the semifinal series 4-1, sealing it in the fifth game.",
    "A gas leak at the {t} works sent 120 people to hospital, including 40 children.",
    "The storm damaged 60 buildings, including 35 homes, in {t}.",
    "Police named two suspects: Ivo Lask and Ben Tarr.",
    "The five-member commission voted 3-2 to close the depot.",
]
for i, a in enumerate(ag):
    good("arithmetic", {"good.md": art("G", "2024-05-08", uid("s"), [a.format(t=TOWNS[i])])})
# outcome controls
og = [
    [
        "{p} pleaded guilty to dangerous driving in the {t} court, while his co-defendant {q} pleaded not guilty to the same charge."
    ],
    [
        "The {t} council approved the harbour plan on Tuesday.",
        "The same evening the council rejected a proposal to double parking charges.",
    ],
    [
        "{p} had initially pleaded not guilty to fraud in March.",
        "On Monday {p} pleaded guilty to fraud at the {t} court.",
    ],
    ["The {t} Rovers won their home match on Saturday.", "The reserve side lost to Dunmore United."],
    ["The {t} board approved the solar farm on Monday.", "The board rejected a wind farm on the same site."],
    ["A jury convicted {p} of theft on Friday.", "A jury acquitted {q} of fraud in a separate trial."],
]
for i, body in enumerate(og):
    good(
        "outcome",
        {
            "good.md": art(
                "G",
                "2024-07-08",
                uid("s"),
                [x.format(t=TOWNS[i + 5], p=PEOPLE[i], q=PEOPLE[(i + 12) % 20]) for x in body],
            )
        },
    )
for i, (_a, b) in enumerate(flips[:4]):
    t, p = TOWNS[(i + 12) % 20], PEOPLE[(i + 8) % 20]
    s = uid("story")
    good(
        "outcome-across",
        {
            "a_first.md": art("A", "2024-07-08", s, [b.format(t=t, p=p)]),
            "b_second.md": art("B", "2024-07-08", s, [b.format(t=t, p=p).replace(f"{p}, 52, of {t}", p)]),
        },
    )

# ---- second batch (written after the first was scored) ----
b2 = [
    (
        "date-within",
        [
            "The {t} strike started on Monday, April 8.",
            "Workers at the plant walked out on April 9, the union said.",
            "The strike, which began on April 10, has closed the plant." + mk("CC101"),
        ],
        "2024-04-15",
    ),
    (
        "date-within",
        [
            "The {t} treaty was signed on Friday, June 7.",
            "The treaty, signed on June 6, ends a decade of disputes over fishing rights." + mk("CC101"),
        ],
        "2024-06-12",
    ),
    (
        "count-within",
        [
            "The quake killed 23 people in {t}.",
            "Rescuers said the death toll stood at 31 people on the same day." + mk("CC201"),
        ],
        "2024-04-10",
    ),
    (
        "count-within",
        ["The {t} wildfire burned 1,200 acres.", "Crews said the blaze had burned 900 acres." + mk("CC201")],
        "2024-07-10",
    ),
    (
        "money-within",
        [
            "The {t} festival made a profit of $220,000.",
            "The $22,000 profit will fund next year's stage." + mk("CC201"),
        ],
        "2024-09-01",
    ),
    (
        "list",
        ["The union listed two demands: higher pay, shorter shifts and safer ladders." + mk("CC201")],
        "2024-05-08",
    ),
    ("tally", ["The five-member board voted 3-3 on the new depot." + mk("CC201")], "2024-05-08"),
    ("impossible", ["The {t} fair runs from Monday, April 29, to Thursday, April 31." + mk("CC101")], "2024-04-20"),
    (
        "outcome-within",
        [
            "{p} was convicted of arson on Tuesday at the {t} crown court.",
            "The court heard the case over two weeks.",
            "{p} was acquitted of arson on Tuesday at the {t} crown court." + mk("CC701"),
        ],
        "2024-03-08",
    ),
    (
        "falls",
        ["By Friday the {t} storm had damaged 800 homes.", "By Sunday the storm had damaged 650 homes." + mk("CC201")],
        "2024-03-12",
    ),
]
for i, (kind, body, pub) in enumerate(b2):
    add(
        uid(kind),
        {"bad.md": art("B2", pub, uid("s"), [x.format(t=TOWNS[(i + 4) % 20], p=PEOPLE[(i + 3) % 20]) for x in body])},
    )
g2 = [
    ["The {t} strike started on Monday.", "A second strike, at the {u} depot, started on Thursday."],
    ["The {t} treaty was signed on Friday.", "Officials said on Sunday that it would take effect on Jan. 1."],
    ["The quake killed 23 people in {t}.", "A quake in 1998 killed 40 people in the same valley."],
    ["The {t} wildfire had burned 900 acres by Tuesday.", "By Thursday it had burned 1,200 acres."],
    ["The {t} festival made a profit of $220,000.", "Its stage cost $22,000 to build."],
    ["The union listed three demands: higher pay, shorter shifts and safer ladders."],
    ["The five-member board voted 3-2 on the new depot."],
    ["The {t} fair runs from Monday, April 29, to Thursday, May 2."],
    ["{p} was convicted of arson on Tuesday.", "{q} was acquitted of burglary on Tuesday."],
    ["By Friday the {t} storm had damaged 650 homes.", "By Sunday the storm had damaged 800 homes."],
    ["The {t} ferry sailed on Monday, the operator said on Tuesday."],
    ["The {t} council met on Monday to discuss the budget.", "The council met again on Thursday to discuss parking."],
    ["Nine people were injured in the {t} crash.", "Two of them were seriously injured."],
    ["{p}, 52, said he had not seen the letter.", "His brother, 49, agreed."],
    ["The {t} mayor said the road would reopen next month.", "It closed on March 3 after a landslip."],
    ["The {t} board approved the plan 4-3.", "The {u} board approved its own plan 5-2."],
]
for i, body in enumerate(g2):
    add(
        uid("good-b2"),
        {
            "good.md": art(
                "G2",
                "2024-03-18",
                uid("s"),
                [
                    x.format(
                        t=TOWNS[(i + 6) % 20], u=TOWNS[(i + 15) % 20], p=PEOPLE[(i + 5) % 20], q=PEOPLE[(i + 9) % 20]
                    )
                    for x in body
                ],
            )
        },
    )


# ---- third batch: shares against the amounts they give (written with the share check) ----
SHARES_BAD = [
    "At the {t} plant, 18 of the 40 workers, more than half, voted to strike.",
    "In {t}, 12 of the 50 residents, or 40 percent, were evacuated.",
    "The {t} council said 30 of its 45 staff, less than half, would move offices.",
]
for i, a in enumerate(SHARES_BAD):
    add(uid("share"), {"bad.md": art("Share", "2024-05-08", uid("s"), [a.format(t=TOWNS[(i + 2) % 20]) + mk("CC201")])})
SHARES_GOOD = [
    "At the {t} plant, 23 of the 40 workers, more than half, voted to strike.",
    "In {t}, 20 of the 50 residents, or 40 percent, were evacuated.",
    "The {t} council said 20 of its 45 staff, less than half, would move offices.",
]
for i, a in enumerate(SHARES_GOOD):
    good("share", {"good.md": art("Share", "2024-05-08", uid("s"), [a.format(t=TOWNS[(i + 2) % 20])])})

# ---- fourth batch: dates told relative to another event (written with the anchor resolution) ----
ANCHOR_BAD = [
    [
        "{t} voters went to the polls on Tuesday, Nov. 5.",
        "Results were announced three days after the election, on Nov. 7." + mk("CC101"),
    ],
    [
        "The {t} council voted on the plan on Monday, March 4.",
        "The council met again the day after the vote, on March 6." + mk("CC101"),
    ],
]
ANCHOR_GOOD = [
    [
        "{t} voters went to the polls on Tuesday, Nov. 5.",
        "Results were announced three days after the election, on Nov. 8.",
    ],
    [
        "The {t} council voted on the plan on Monday, March 4.",
        "The council met again the day after the vote, on March 5.",
    ],
]
for i, body in enumerate(ANCHOR_BAD):
    add(
        uid("anchor"),
        {
            "bad.md": art(
                "Anchor", "2024-11-12" if i == 0 else "2024-03-11", uid("s"), [x.format(t=TOWNS[i + 9]) for x in body]
            )
        },
    )
for i, body in enumerate(ANCHOR_GOOD):
    good(
        "anchor",
        {
            "good.md": art(
                "Anchor", "2024-11-12" if i == 0 else "2024-03-11", uid("s"), [x.format(t=TOWNS[i + 9]) for x in body]
            )
        },
    )

shutil.rmtree(OUT, ignore_errors=True)
bad = goodn = 0
for name, files in cases:
    folder = OUT / name
    folder.mkdir(parents=True)
    for fn, text in files.items():
        (folder / fn).write_text(text, encoding="utf-8")
    if name.split("-")[0] == "good":
        goodn += 1
    else:
        bad += 1
print("cases", len(cases), "bad", bad, "controls", goodn)
