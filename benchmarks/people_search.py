"""Print how fast the people library searches and loads 5 000 people.

    .venv/bin/python benchmarks/people_search.py

Figures, not pass/fail.  The people are made up, in Latin, Chinese, Hebrew
and Arabic script; the queries are what a user types letter by letter.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefer.people.library import PeopleLibrary
from briefer.people.model import Person
from briefer.people.search import PeopleIndex

COUNT = 5000
FIRST = ["Anna", "José", "Zoë", "Jared", "Omar", "Li", "Noa", "Fatima", "Björn", "Chloé"]
LAST = ["Müller", "Kushner", "Haddad", "Cohen", "Nakamura", "O'Brien", "Ionescu", "Silva"]
OTHER = ["王毅", "李强", "בנימין נתניהו", "יעל כהן", "محمد بن سلمان", "فاطمة حداد"]
TITLES = ["Ambassador", "Minister", "Adviser", "Envoy", "Director", "Chief of Staff"]
ORGS = ["Ministry of Finance", "Embassy of Spain", "The White House", "PRC", "Prime Minister's Office"]


def people(n: int) -> list[Person]:
    rnd = random.Random(1)
    out = []
    for i in range(n):
        if i % 4 == 3:
            name, latin = rnd.choice(OTHER), f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        else:
            name, latin = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", None
        out.append(Person(id=f"p-{i:010x}", name=name, name_latin=latin, title=rnd.choice(TITLES),
                          organization=rnd.choice(ORGS)))
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def main() -> int:
    crowd = people(COUNT)
    t = time.perf_counter()
    index = PeopleIndex(crowd)
    print(f"index {COUNT} people: {ms(time.perf_counter() - t)}")
    for query in ("k", "ku", "kush", "kushner", "jose mul", "王", "נת", "محمد", "zz"):
        times = []
        for _ in range(15):
            t = time.perf_counter()
            hits = index.search(query)
            times.append(time.perf_counter() - t)
        print(f"search {query!r:12}: median {ms(statistics.median(times))}, {len(hits)} shown")
    with tempfile.TemporaryDirectory() as folder:
        lib = PeopleLibrary([Path(folder)])
        lib.reload()
        for p in crowd:
            lib.add(p)
        for label in ("load (cold)", "load (unchanged)"):
            if label == "load (cold)":
                lib = PeopleLibrary([Path(folder)])
            t = time.perf_counter()
            lib.reload()
            print(f"{label} {COUNT} files: {ms(time.perf_counter() - t)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
