# A copy of ../shared/tools/pdfcheck.py, the check the whole team runs on the
# example exported with each built-in template; tests/test_print_fidelity.py
# runs it too, so CI sees what the team sees.  Keep it in step with the original.
#!/usr/bin/env python3
"""pdfcheck.py FILE.pdf -> prints what is wrong with the printed pages, exit 1 if anything.

- every bookmark leads to the page on which its heading is printed
- no word is printed past the edge of its page (pdftotext -bbox: it keeps words outside too)
- every font is embedded (pdffonts)
- Arabic comes out of the text layer as letters, not presentation forms (search and copy work)
"""
import re, subprocess, sys, unicodedata
from pypdf import PdfReader

path = sys.argv[1]
problems = []
IGN = re.compile(r"[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+")


def norm(s):
    return IGN.sub("", unicodedata.normalize("NFKC", s))


def page_text(p):
    return subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-enc", "UTF-8", path, "-"],
                          capture_output=True, text=True).stdout


r = PdfReader(path)
n_pages = len(r.pages)
texts = {p: norm(page_text(p)) for p in range(1, n_pages + 1)}
marks = []


def walk(items):
    for it in items:
        if isinstance(it, list):
            walk(it)
        else:
            try:
                marks.append((it.title, r.get_destination_page_number(it) + 1))
            except Exception:
                marks.append((it.title, None))


walk(r.outline)
titles = [norm(t).rstrip("…") for t, _ in marks]
# a contents page lists most headings: a bookmark must lead past it, to the heading itself
contents = {p for p, t in texts.items() if titles and sum(1 for x in titles if x and x in t) > len(titles) / 2}
bad_marks = []
for (title, p), key in zip(marks, titles):
    if not key:
        continue
    where = {q for q, t in texts.items() if key in t and q not in contents} or {q for q, t in texts.items() if key in t}
    if p is None or p not in where:
        bad_marks.append(f"{title!r} -> page {p}")
if bad_marks:
    problems.append(f"{len(bad_marks)} of {len(marks)} bookmarks lead to a page without their heading, e.g. " + "; ".join(bad_marks[:3]))

bbox = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True).stdout
off = 0
example = ""
for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.S):
    w, h = float(page.group(1)), float(page.group(2))
    for m in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>', page.group(3)):
        x0, y0, x1, y1 = map(float, m.groups()[:4])
        if x0 < -1 or y0 < -1 or x1 > w + 1 or y1 > h + 1:
            off += 1
            example = example or m.group(5)[:40]
if off:
    problems.append(f"{off} words printed past the page edge, e.g. {example!r}")

fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()[2:]
unemb = [l.split()[0] for l in fonts if l.split()[-5] != "yes"]
if unemb:
    problems.append("fonts not embedded: " + " ".join(unemb))

full = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
pres = [c for c in full if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff"]
if pres:
    problems.append(f"{len(pres)} Arabic presentation-form characters in the text layer (search for the typed word fails)")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
