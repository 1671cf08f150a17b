"""Print our own text files to PDF the way a word processor prints committee papers, and measure how much of a
document's extraction survives the trip through PDF.

Used by the benchmark (``benchmarks/run.py``), by ``tests/test_pdf_fidelity.py`` and by ``make eval``. Printing:

* prose is wrapped to the page width in Helvetica 10 pt, one printed line per line of the page;
* a table row (cells separated by tabs, or a pipe table's row) is drawn cell by cell in aligned columns — each
  column as wide as its widest cell, the font shrunk until the table fits the page, the widest columns narrowed
  and their cells wrapped onto the lines below when it does not — so each cell is its own piece of text in the
  PDF, as a word processor prints a table;
* a line laid out in columns with runs of spaces (a plain-text table, an indented continuation line) is drawn in
  Courier, each run of words at its own character column;
* every page has a running header and a page number in the footer.

Run as a script to print the fidelity of a corpus: ``python tests/pdfprint.py tests/genre*/docs``.
"""
from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
MARGIN = 60.0
STEP = 13.0  # points from one printed line to the next
LINES_PER_PAGE = int((PAGE_H - 120) // STEP)
ROOM = PAGE_W - 2 * MARGIN
TABLE_GAP = 12.0  # points between the columns of a printed table
HEADER = "Police and Crime Panel - 12 March 2026"

_COLUMNS = re.compile(r"\S {3,}\S|^ {3,}\S")  # a line laid out in columns with spaces
_RUN = re.compile(r"\S+(?: \S+)*")  # words separated by single spaces: one piece of a column layout


@dataclass(frozen=True)
class Printed:
    """One printed line: its text (cells joined by tabs for a table row), how it is drawn ("prose", "cells" or
    "fixed"), the index of the source line it comes from, and its font size (prose and table lines)."""
    text: str
    style: str
    source: int
    size: float = 10.0


def layout(lines: list[str]) -> list[Printed]:
    """The printed lines of a text file's ``lines``, in Latin-1 (the standard PDF fonts' repertoire).

    Prose keeps the file's own line breaks: the font (10 pt down to 8 pt) is chosen so that nearly all of its lines
    fit the page, as the document was typeset; a line still too wide (a paragraph on one line) is wrapped. A table
    (tab-separated or pipe rows) is laid out by :func:`_table_lines`."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def latin(s: str) -> str:
        return s.encode("latin-1", "replace").decode("latin-1")

    lines = [latin(ln.rstrip()) for ln in lines]
    kinds = ["cells" if "\t" in ln.strip(" ") else "pipes" if _PIPES.match(ln) else
             "fixed" if _COLUMNS.search(ln) else "prose" for ln in lines]
    widths = sorted(stringWidth(ln, "Helvetica", 1) for ln, k in zip(lines, kinds) if k == "prose" and ln)
    typical = widths[int(len(widths) * 0.95)] if widths else 1.0
    size = max(8.0, min(10.0, ROOM / max(typical, 1.0)))
    out: list[Printed] = []
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind in ("cells", "pipes"):
            j = i
            while j < len(lines) and kinds[j] == kind:
                j += 1
            rows = [(k, _pipe_cells(lines[k]) if kind == "pipes" else lines[k].strip(" ").split("\t"))
                    for k in range(i, j)]
            out += _table_lines([(k, c) for k, c in rows if c is not None])  # (a pipe table's rule is a line)
            i = j
            continue
        if kind == "fixed":
            out.append(Printed(lines[i], kind, i))
        else:
            out += [Printed(w, kind, i, size) for w in simpleSplit(lines[i], "Helvetica", size, ROOM) or [""]]
        i += 1
    return out


_PIPES = re.compile(r"^\s*\|?[^|\t]*(?:\|[^|\t]*){2,}$")  # a row of a pipe table: two pipes or more
_PIPE_RULE = re.compile(r"^[\s|:+-]*-{3}[\s|:+-]*$")


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a pipe-table row (None for its rule)."""
    if _PIPE_RULE.match(line):
        return None
    t = line.strip()
    t = t[1:] if t.startswith("|") else t
    t = t[:-1] if t.endswith("|") else t
    return [c.strip() for c in t.split("|")]


def _table_lines(rows: list[tuple[int, list[str]]]) -> list[Printed]:
    """A table's printed lines, cells joined by tabs: each column as wide as its widest cell, the font shrunk
    (10 pt down to 7 pt) until the table fits the page; a table still too wide has its widest columns narrowed
    and their cells wrapped onto the lines below the row, at the cell's column, as a word processor prints it."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not rows:
        return []
    ncol = max(len(c) for _, c in rows)
    room = ROOM - TABLE_GAP * (ncol - 1)
    size = 10.0
    while True:
        natural = [max((stringWidth(c[k], "Helvetica", size) for _, c in rows if k < len(c)), default=0.0)
                   for k in range(ncol)]
        if sum(natural) <= room or size <= 7.0:
            break
        size -= 0.5
    widths = list(natural)
    if sum(widths) > room:  # narrow the n widest columns to one width, the fewest n for which the table fits
        over = sorted(range(ncol), key=lambda k: -widths[k])
        for n in range(1, ncol + 1):
            cap = (room - sum(widths[k] for k in over[n:])) / n
            if n == ncol or cap >= widths[over[n]]:
                break
        for k in over[:n]:
            widths[k] = max(cap, 20.0)
    out: list[Printed] = []
    for src, cells in rows:
        parts = [simpleSplit(c, "Helvetica", size, widths[k]) or [""] if c else [""] for k, c in enumerate(cells)]
        for m in range(max(len(p) for p in parts)):
            line = "\t".join(p[m] if m < len(p) else "" for p in parts)
            out.append(Printed(line.rstrip("\t") if m else line, "cells", src, size))
    return out


def _column_offsets(rows: list[str], size: float) -> list[float]:
    """Column offsets for a run of table rows printed at ``size``: each column as wide as its widest cell,
    ``TABLE_GAP`` apart."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cells = [r.split("\t") for r in rows]
    ncol = max(len(c) for c in cells)
    widths = [max((stringWidth(c[k], "Helvetica", size) for c in cells if k < len(c)), default=0.0)
              for k in range(ncol)]
    offsets, x = [], 0.0
    for w in widths:
        offsets.append(x)
        x += w + TABLE_GAP
    return offsets


def _styles(printed: list[Printed]) -> list[tuple[float, list[float]]]:
    """For each printed line, the font size and column offsets of the block of same-style lines it belongs to."""
    out: list[tuple[float, list[float]]] = [(10.0, [])] * len(printed)
    k = 0
    while k < len(printed):
        style = printed[k].style
        j = k + 1
        while j < len(printed) and printed[j].style == style and style != "prose":
            j += 1
        if style == "cells":
            size = printed[k].size  # (a table's lines share the size _table_lines chose)
            out[k:j] = [(size, _column_offsets([p.text for p in printed[k:j]], size))] * (j - k)
        elif style == "fixed":  # Courier is 0.6 em wide: the widest line fills the page at most
            size = min(9.0, ROOM / (0.6 * max(len(p.text) for p in printed[k:j])))
            out[k:j] = [(size, [])] * (j - k)
        k = j
    return out


def print_pdf(path: str | Path, printed: list[Printed], pages: int | None = None, first: int = 0) -> int:
    """Write ``printed`` (from index ``first``) to a PDF at ``path``: ``pages`` pages (reusing the lines cyclically
    only when they run out), or as many as the lines fill. Returns the number of pages."""
    from reportlab.pdfgen import canvas

    if not printed:
        printed = [Printed("", "prose", 0)]
    cycle = pages is not None
    if pages is None:
        pages = max(1, -(-(len(printed) - first) // LINES_PER_PAGE))
    styles = _styles(printed)
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    k = first
    for p in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(MARGIN, PAGE_H - 40, HEADER)
        c.drawString(PAGE_W / 2, 30, f"Page {p}")
        y = PAGE_H - 70
        for _ in range(LINES_PER_PAGE):
            if k >= len(printed) and not cycle:
                break
            line = printed[k % len(printed)]
            size, offsets = styles[k % len(printed)]
            if line.style == "cells":
                c.setFont("Helvetica", size)
                for x, cell in zip(offsets, line.text.split("\t")):
                    c.drawString(MARGIN + x, y, cell)
            elif line.style == "fixed":
                c.setFont("Courier", size)
                for m in _RUN.finditer(line.text):
                    c.drawString(MARGIN + m.start() * 0.6 * size, y, m.group())
            else:
                c.setFont("Helvetica", line.size)
                c.drawString(MARGIN, y, line.text)
            k += 1
            y -= STEP
        c.showPage()
    c.save()
    return pages


# --- fidelity: what survives printing ----------------------------------------------------------------------------

FIDELITY_KINDS = ("actions", "commitments", "questions", "recommendations", "resolutions", "indicators",
                  "letters", "minute_items")


def _key(item: dict) -> str:
    text = next((item[f] for f in ("text", "name", "title", "subject", "from_name") if item.get(f)), "")
    return " ".join(re.findall(r"\w+", text.lower()))[:60]


def fidelity(text_files: list[Path], folder: Path | None = None) -> dict[str, tuple[int, int]]:
    """For each kind, ``(found, total)``: of the items extracted from each text file, how many are also extracted
    (same leading words) from the file printed to PDF."""
    from scrutiny.contract import to_contract
    from scrutiny.pipeline import extract_path

    tmp = Path(folder or tempfile.mkdtemp(prefix="scrutiny-print-"))
    counts = {k: [0, 0] for k in FIDELITY_KINDS}
    for f in text_files:
        pdf = tmp / (f.parent.parent.name + "-" + f.stem + ".pdf")
        print_pdf(pdf, layout(f.read_text(encoding="utf-8").splitlines()))
        want = to_contract(extract_path(f))
        got = to_contract(extract_path(pdf))
        for kind in FIDELITY_KINDS:
            have = " | ".join(_key(x) for x in got.get(kind, []))
            for item in want.get(kind, []):
                key = _key(item)
                counts[kind][1] += 1
                counts[kind][0] += bool(key) and key in have
    return {k: (v[0], v[1]) for k, v in counts.items()}


def main(argv: list[str]) -> int:
    files = sorted(p for d in argv for p in Path(d).glob("*.txt")) or sorted(p for d in argv for p in Path(d).glob("docs/*.txt"))
    if not files:
        print("usage: python tests/pdfprint.py FOLDER... (text files to print and compare)", file=sys.stderr)
        return 2
    res = fidelity(files)
    found = sum(v[0] for v in res.values())
    total = sum(v[1] for v in res.values())
    print(f"{len(files)} text files printed to PDF; items extracted from the text that are also extracted from "
          f"the PDF: {found}/{total} ({found / max(total, 1):.3f})")
    print("  " + ", ".join(f"{k} {f}/{t}" for k, (f, t) in res.items() if t))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
