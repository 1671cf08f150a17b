"""Find the tables in a document's text and read them cell by cell.

Layouts recognised (a table is a block of consecutive rows; blank lines, noise lines and footnotes between rows
do not end it when the rows after them have the same shape):

* HTML rendered inside the text (``<table><tr><td>…``), on one line or many;
* pipe tables (``| a | b |`` or ``a | b``), with or without outer pipes and ``|---|`` rules; a row whose first
  cell is empty continues the row above (a wrapped cell);
* tab-separated columns (what the readers make of PDF/DOCX/HTML tables);
* columns aligned with two or more spaces, with or without a dashed rule under the header; an indented line
  whose first column is empty continues the row above (wrapped cells, a header wrapped over two lines), and
  where a rule gives the column positions, rows are cut at them (cells that touch the next one);
* rows of a label followed by numbers separated by single spaces (PDF text of a figures table);
* tables flattened one cell per line (a label line followed by the same number of figure lines, repeated).

Numeric cells become numbers ("1,234" → 1234, "22%" → 22.0, "24.5" → 24.5); footnote markers are dropped.
Rows whose label says "total" are typed ``total`` (the last one) or ``subtotal`` (earlier ones, or a total that
more data rows follow); the others are ``data``.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from typing import Any

from .records import Provenance, Table

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_RE = re.compile(f"[{_SUPERSCRIPTS}]+")


def _desup(text: str) -> str:
    """``text`` without superscript digits (footnote marks); an ASCII text has none, so skip the pattern."""
    return text if text.isascii() else _SUP_RE.sub("", text)
_NUM = re.compile(r"^[-+−]?(?:£|\$|€)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_DASH = re.compile(r"^[-–—]+$|^n/?a$", re.I)
_RULE_CELL = re.compile(r"^[-=:_ ]*$")
_TOTAL = re.compile(r"\btotals?\b", re.I)
_SUBTOTAL = re.compile(r"\bsub[- ]?totals?\b", re.I)
_TAGS = re.compile(r"<[^>]+>")
_TR = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.I | re.S)
_CELL = re.compile(r"<t([dh])\b[^>]*>(.*?)</t[dh]\s*>", re.I | re.S)
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_CAPTION = re.compile(r"<caption\b[^>]*>(.*?)</caption\s*>", re.I | re.S)
_ALIGNED_SPLIT = re.compile(r"\s{2,}")
_NUM_TAIL = re.compile(r"(?:\s+(?:[-+−]?(?:£|\$|€)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[-–—]|n/a)[" + _SUPERSCRIPTS
                       + r"]*)+\s*$", re.I)
_FOOTNOTE = re.compile(f"^\\s*[{_SUPERSCRIPTS}]|^\\s*\\[\\d+\\]|^\\s*\\d{{1,2}}\\s+(?:See|Source|http)", re.I)
_SENTENCE_END = re.compile(r"[.;,]\s*$")

MAX_GAP = 6  # blank/noise/footnote lines allowed inside a table


def find_tables(ctx) -> list[Table]:
    """All tables in ``ctx.doc`` (skipping noise lines), in document order."""
    doc = ctx.doc
    noise = ctx.noise or [False] * len(doc.lines)
    texts = [ln.text for ln in doc.lines]
    tables: list[Table] = []
    used = [False] * len(texts)
    big = "\n".join(texts)
    for finder, need in ((_html_tables, ("<t", "<T")), (_pipe_tables, ("|",)), (_tab_tables, ("\t",)),
                         (_aligned_tables, ("  ",)), (_numeric_tables, ()), (_flat_tables, ())):
        if need and not any(x in big for x in need):
            continue  # a finder reads only lines holding one of these: there are none
        for tb in finder(texts, noise, used):
            tables.append(tb)
    tables.sort(key=lambda t: t.prov.start_line)
    for tb in tables:
        tb.prov.document = doc.sha256
        tb.prov.page = doc.page_of(tb.prov.start_line)
    return tables


# --- cells -------------------------------------------------------------------------------------------------------

def parse_cell(text: str) -> Any:
    """A cell's value: an int or float where the cell is a number ("1,234" → 1234, "22%" → 22.0), else the text."""
    t = _desup(text).strip()
    if _NUM.match(t):
        s = t.replace(",", "").replace("£", "").replace("$", "").replace("€", "").replace("−", "-").rstrip("%")
        try:
            if "." in s or t.endswith("%"):
                return float(s)
            return int(s)
        except ValueError:
            return t
    return " ".join(t.split())


def _is_numlike(text: str) -> bool:
    t = _desup(text).strip()
    if not t or not (t[0] in _NUMLIKE_FIRST or t[0].isdecimal()):  # what _NUM and _DASH can start with
        return False
    return bool(_NUM.match(t) or _DASH.match(t))


_NUMLIKE_FIRST = "-+−£$€–—nN"  # besides a (\d) digit


# --- building a table --------------------------------------------------------------------------------------------

def _make_table(texts: list[str], noise: list[bool], rows: list[list[str]], lines: list[int],
                extractor: str, title: str | None = None, title_line: int | None = None,
                nhead: int | None = None) -> Table | None:
    """A Table from raw rows (lists of cell strings) and their 0-based line indexes: header rows first
    (``nhead`` of them where a rule under the header says so)."""
    rows = [[c.strip() for c in r] for r in rows]
    keep = [(r, ln) for r, ln in zip(rows, lines) if any(c for c in r) and not all(_RULE_CELL.match(c) for c in r)]
    if len(keep) < 2:
        return None
    rows = [r for r, _ in keep]
    lines = [ln for _, ln in keep]
    width = Counter(len(r) for r in rows).most_common(1)[0][0]
    k = 0
    while k < min(3, len(rows) - 1) and not any(_is_numlike(c) for c in rows[k][1:]):
        k += 1
    numeric_body = any(_is_numlike(c) for r in rows[k:] for c in r[1:])
    if not numeric_body:
        k = 1
    if nhead is not None and 0 < nhead < len(rows):
        k = nhead
    header = rows[:k]
    body = rows[k:]
    body_lines = lines[k:]
    if not body:
        return None
    columns = _columns(header, width)
    if title is None:
        title, title_line = _find_title(texts, noise, lines[0])
    if title is None or title_line is None:
        below = _caption_below(texts, noise, lines[-1])
        if below is not None:
            title = below
    if title is None and header and len(header[0]) >= 1 and numeric_body and header[0][0] and \
            not _is_numlike(header[0][0]):
        title = _desup(header[0][0]).strip()
    out_rows = [[parse_cell(c) for c in r] for r in body]
    types = _row_types(out_rows)
    start = min([lines[0]] + ([title_line] if title_line is not None else []))
    return Table(prov=Provenance("", start + 1, lines[-1] + 1, None, f"tables.{extractor}", 0.8),
                 title=title, columns=columns, rows=out_rows, row_types=types,
                 row_lines=[ln + 1 for ln in body_lines])


def _columns(header: list[list[str]], width: int) -> list[str]:
    """Column names from one or more header rows. A row repeating one value over its data columns (a unit such as
    "Current 12 Months") names nothing; the first column takes the name nearest the data."""
    if not header:
        return []
    cols: list[str] = []
    informative = [h for h in header if len({c for c in h[1:] if c}) > 1 or len(h) <= 2]
    if not informative:
        informative = header
    for i in range(max(width, max(len(h) for h in header))):
        if i == 0:
            names = [h[0] for h in reversed(header) if len(h) > 0 and h[0]]
        else:
            names = [h[i] for h in informative if len(h) > i and h[i]]
        cols.append(_desup(names[0]).strip() if names else "")
    return cols


def _row_types(rows: list[list[Any]]) -> list[str]:
    labels = [str(r[0]) if r else "" for r in rows]
    total_idx = [i for i, lab in enumerate(labels) if _TOTAL.search(lab)]
    types = ["data"] * len(rows)
    for i in total_idx:
        types[i] = "subtotal"
    if total_idx:
        last = total_idx[-1]
        if not _SUBTOTAL.search(labels[last]) and all(i in total_idx for i in range(last, len(rows))):
            types[last] = "total"
    return types


def _find_title(texts: list[str], noise: list[bool], first: int) -> tuple[str | None, int | None]:
    """The caption above a table: the nearest short line that does not end a sentence (footnotes, blank and
    noise lines in between are skipped)."""
    j = first - 1
    seen = 0
    while j >= 0 and seen < 3 and first - j <= 14:
        t = texts[j].strip()
        if not t or noise[j] or _FOOTNOTE.match(t):
            j -= 1
            continue
        seen += 1
        if len(t) <= 120 and not _SENTENCE_END.search(t) and "\t" not in t:
            return _desup(t.strip("*# ")).strip(), j
        return None, None
    return None, None


_CAPTION_LINE = re.compile(r"^(?:Table|Figure|Chart)\s+[\w.]{1,6}\s*[:.\-–—]\s*\S", re.I)


def _caption_below(texts: list[str], noise: list[bool], last: int) -> str | None:
    """A "Table 1: …" caption printed just under a table (within two content lines), up to its first sentence."""
    seen = 0
    for j in range(last + 1, min(len(texts), last + 5)):
        t = texts[j].strip()
        if not t or noise[j]:
            continue
        seen += 1
        if _CAPTION_LINE.match(t) and len(t) <= 200:
            return re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", t, maxsplit=1)[0].rstrip(". ")
        if seen >= 2:
            break
    return None


def _gap_ok(texts: list[str], noise: list[bool], a: int, b: int) -> bool:
    """Lines a..b-1 may sit inside a table: blank, noise or footnote lines only."""
    if b - a > MAX_GAP + 4:
        return False
    content = 0
    for j in range(a, b):
        t = texts[j].strip()
        if not t or noise[j]:
            continue
        if _FOOTNOTE.match(t):
            content += 1
            continue
        return False
    return content <= 3


# --- HTML --------------------------------------------------------------------------------------------------------

def _html_tables(texts: list[str], noise: list[bool], used: list[bool]) -> list[Table]:
    out: list[Table] = []
    n = len(texts)
    i = 0
    while i < n:
        if "<t" not in texts[i] and "<T" not in texts[i] or not _TABLE_OPEN.search(texts[i]):
            i += 1
            continue
        j = i
        while j < n and not _TABLE_CLOSE.search(texts[j]) and j - i < 2000:
            j += 1
        j = min(j, n - 1)
        # offsets of each line in the joined block, to give each row its line
        starts, pos = [], 0
        for k in range(i, j + 1):
            starts.append(pos)
            pos += len(texts[k]) + 1
        block = "\n".join(texts[i:j + 1])
        rows, lines = [], []
        for m in _TR.finditer(block):
            cells = [_html_cell(c.group(2)) for c in _CELL.finditer(m.group(1))]
            if cells:
                rows.append(cells)
                lines.append(i + _line_of(starts, m.start()))
        cap = _CAPTION.search(block)
        title = _html_cell(cap.group(1)) if cap else None
        if rows:
            tb = _make_table(texts, noise, rows, lines, "html", title=title, title_line=i if title else None)
            if tb is not None:
                tb.prov.start_line = min(tb.prov.start_line, i + 1)
                tb.prov.end_line = max(tb.prov.end_line, j + 1)
                out.append(tb)
        for k in range(i, j + 1):
            used[k] = True
        i = j + 1
    return out


def _html_cell(fragment: str) -> str:
    return " ".join(html.unescape(_TAGS.sub(" ", fragment)).split())


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


# --- pipe tables -----------------------------------------------------------------------------------------------------

_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")  # |---|:--:| or ---|---


def _pipe_cells(t: str) -> list[str] | None:
    """The cells of a pipe-table line (outer pipes still in place: empty first/last cells), else None."""
    if t.count("|") < 2 or "\t" in t:
        return None
    return [c.replace("\x00", "|").strip() for c in t.strip().replace("\\|", "\x00").split("|")]


def _pipe_tables(texts: list[str], noise: list[bool], used: list[bool]) -> list[Table]:
    """Pipe tables: ``| a | b |`` or ``a | b | c``, with or without a ``|---|`` rule under the header. A row whose
    first cell is empty continues the row above (a wrapped cell)."""
    out: list[Table] = []
    n = len(texts)
    i = 0
    while i < n:
        if used[i] or noise[i] or "|" not in texts[i] or _pipe_cells(texts[i]) is None:
            i += 1
            continue
        block = [i]
        width = len(_pipe_cells(texts[i]) or [])
        j = i + 1
        while j < n and not used[j]:
            c = _pipe_cells(texts[j]) if "|" in texts[j] and not noise[j] else None
            if c is not None:
                if j > block[-1] + 1 and not (_gap_ok(texts, noise, block[-1] + 1, j) and len(c) == width):
                    break
                block.append(j)
            elif j - block[-1] > MAX_GAP + 4 or (texts[j].strip() and not noise[j] and not _FOOTNOTE.match(texts[j])):
                break
            j += 1
        is_rule = [bool(_PIPE_RULE.match(texts[x])) for x in block]
        body = [x for x, r in zip(block, is_rule) if not r]
        outer_left = sum(texts[x].lstrip().startswith("|") for x in body) * 2 > len(body)
        outer_right = sum(texts[x].rstrip().endswith("|") for x in body) * 2 > len(body)
        if len(body) >= 2 and (any(is_rule) or outer_left or len(body) >= 3):
            rows: list[list[str]] = []
            lines: list[int] = []
            nhead = None
            for x, r in zip(block, is_rule):
                if r:
                    if nhead is None and rows:
                        nhead = len(rows)
                    continue
                cells = _pipe_cells(texts[x]) or []
                if outer_left and texts[x].lstrip().startswith("|"):
                    cells = cells[1:]
                if outer_right and texts[x].rstrip().endswith("|") and cells and not cells[-1]:
                    cells = cells[:-1]
                if rows and len(rows) != nhead and cells and not cells[0] and any(cells):
                    rows[-1] = _join_cells([rows[-1], cells])  # a wrapped row
                    continue
                rows.append(cells)
                lines.append(x)
            tb = _make_table(texts, noise, rows, lines, "pipes", nhead=nhead or 1)
            if tb is not None:
                tb.prov.end_line = max(tb.prov.end_line, block[-1] + 1)
                out.append(tb)
                for k in range(block[0], block[-1] + 1):
                    used[k] = True
        i = block[-1] + 1
    return out


# --- tab-separated and aligned columns ------------------------------------------------------------------------------

def _tab_tables(texts: list[str], noise: list[bool], used: list[bool]) -> list[Table]:
    return _split_tables(texts, noise, used, _tab_split, "tabs", wraps=True)


def _tab_split(t: str) -> list[str] | None:
    if "\t" not in t or not t.strip():
        return None
    return t.rstrip("\r\n").split("\t")


def _aligned_split(t: str) -> list[str] | None:
    s = t.strip()
    if "  " not in s or "\t" in s or "<" in s:
        return None
    cells = _ALIGNED_SPLIT.split(s)
    if len(cells) < 2 or any(len(c) > 80 for c in cells):
        return None
    return cells


def _aligned_tables(texts: list[str], noise: list[bool], used: list[bool]) -> list[Table]:
    """Columns aligned with spaces. An indented line right under a row, whose chunks start where the row's cells
    start and leave the first column empty, carries that row's wrapped cells on; a dashed rule ("-----  ---")
    gives the column positions, and every row is then cut at them."""
    out: list[Table] = []
    n = len(texts)
    i = 0
    while i < n:
        if used[i] or noise[i]:
            i += 1
            continue
        cells = _aligned_split(texts[i])
        if not cells:
            i += 1
            continue
        rows, groups = [cells], [[i]]  # groups: each row's lines (its own, then its continuation lines)
        j = i + 1
        last = i
        while j < n:
            if used[j]:
                break
            c = _aligned_split(texts[j]) if not noise[j] else None
            if c:
                if j > last + 1 and not (_gap_ok(texts, noise, last + 1, j) and _similar(rows, c)):
                    break
                rows.append(c)
                groups.append([j])
                last = j
            elif j == last + 1 and not noise[j] and _continues(texts[j], texts[groups[-1][0]]):
                groups[-1].append(j)
                last = j
            elif j - last > MAX_GAP + 4:
                break
            j += 1
        if len(rows) >= 3:
            rule = next((g[0] for g in groups if len(g) == 1 and _is_dash_rule(texts[g[0]])), None)
            nhead = None
            if rule is not None:
                starts = [m.start() for m in _CHUNK.finditer(texts[rule])]
                rows = [_join_cells([_cut(texts[x], starts) for x in g]) for g in groups]
                nhead = next(k for k, g in enumerate(groups) if g[0] == rule)
            elif any(len(g) > 1 for g in groups):
                rows = [_join_cells([r] + [_cut(texts[x], [m.start() for m in _CHUNK.finditer(texts[g[0]])],
                                                 len(r)) for x in g[1:]]) for r, g in zip(rows, groups)]
            tb = _make_table(texts, noise, rows, [g[0] for g in groups], "aligned", nhead=nhead)
            if tb is not None:
                out.append(tb)
                for k in range(i, last + 1):
                    used[k] = True
        i = last + 1
    return out


_CHUNK = re.compile(r"\S+(?: \S+)*")  # a run of words separated by single spaces: one aligned cell
_WORD = re.compile(r"\S+")
_DASH_RULE = re.compile(r"^\s*[-=_]{2,}(?:\s+[-=_]{2,})+\s*$")


def _is_dash_rule(t: str) -> bool:
    return ("--" in t or "==" in t or "__" in t) and bool(_DASH_RULE.match(t))


def _continues(t: str, anchor: str) -> bool:
    """``t`` carries on the row printed on ``anchor``: indented, its first column empty, every chunk short and
    starting where one of the anchor's cells starts."""
    if not t.strip() or not t[:1].isspace() or "\t" in t:
        return False
    starts = {m.start() for m in _CHUNK.finditer(anchor)}
    if len(starts) < 2:
        return False
    first = min(starts)
    chunks = list(_CHUNK.finditer(t))
    return all(m.start() > first + 1 and len(m.group()) <= 80 and
               any(abs(m.start() - s) <= 1 for s in starts) for m in chunks)


def _cut(t: str, starts: list[int], width: int | None = None) -> list[str]:
    """``t`` cut into cells at the column ``starts``: each chunk goes to the column it starts in (give or take
    two characters: right-aligned figures stand out to the left), and a word that starts at or past a later
    column's start opens that column (a cell that touches or pushes into the next one)."""
    out: list[list[str]] = [[] for _ in starts]

    def col(p: int, slack: int) -> int:
        k = 0
        for idx, s in enumerate(starts):
            if s <= p + slack:
                k = idx
        return k

    for m in _CHUNK.finditer(t):
        k = col(m.start(), 2)
        cur: list[str] = []
        for w in _WORD.finditer(m.group()):
            kk = col(m.start() + w.start(), 1)
            if kk > k and cur:
                out[k].append(" ".join(cur))
                k, cur = kk, []
            cur.append(w.group())
        out[k].append(" ".join(cur))
    cells = [" ".join(x) for x in out]
    if width is not None:
        cells = (cells + [""] * width)[:width]
    return cells


def _join_cells(parts: list[list[str]]) -> list[str]:
    """One row from its line's cells and its continuation lines' cells, column by column."""
    width = max(len(p) for p in parts)
    return [" ".join(p[k].strip() for p in parts if k < len(p) and p[k].strip()) for k in range(width)]


def _split_tables(texts: list[str], noise: list[bool], used: list[bool], split, name: str,
                  min_rows: int = 2, wraps: bool = False) -> list[Table]:
    """Tables of consecutive rows that ``split`` cuts into cells. With ``wraps``, a row directly below another
    whose first cell is empty and whose few other cells are words continues that row (:func:`_wrapped`)."""
    out: list[Table] = []
    n = len(texts)
    i = 0
    while i < n:
        if used[i] or noise[i]:
            i += 1
            continue
        cells = split(texts[i])
        if not cells:
            i += 1
            continue
        rows, lines = [cells], [i]
        j = i + 1
        last = i
        while j < n:
            if used[j]:
                break
            c = split(texts[j]) if not noise[j] else None
            if wraps and not c and j == last + 1 and len(rows) == 1 and _is_dash_rule(texts[j]):
                last = j  # a dashed rule under the header (a typed table printed to PDF)
                j += 1
                continue
            if c:
                if wraps and j == last + 1 and _wrapped(rows[-1], c, head=len(rows) == 1):
                    rows[-1] = _join_cells([rows[-1], c])
                    last = j
                    j += 1
                    continue
                if j > last + 1 and not (_gap_ok(texts, noise, last + 1, j) and _similar(rows, c)):
                    break
                rows.append(c)
                lines.append(j)
                last = j
            elif j - last > MAX_GAP + 4:
                break
            j += 1
        if len(rows) >= min_rows:
            tb = _make_table(texts, noise, rows, lines, name)
            if tb is not None:
                tb.prov.end_line = max(tb.prov.end_line, last + 1)  # a last row's wrapped lines
                out.append(tb)
                for k in range(i, last + 1):
                    used[k] = True
        i = last + 1
    return out


def _wrapped(above: list[str], cells: list[str], head: bool = False) -> bool:
    """``cells`` (a line's cells) carry on wrapped cells of the row ``above``: the text of a cell too long for its
    column goes on below it, as a PDF prints it (the reader gives such a line leading tabs up to its column). The
    first cell is empty, at most half the row's cells have text, and none of them is a figure (a row of figures
    with no label is a row of its own). Under the ``head`` row only a few words wrap: a long text under a header
    repeated at a page break is the first row of the page, its label cell left empty."""
    if len(cells) > len(above) or cells[0].strip():
        return False
    filled = [c for c in cells if c.strip()]
    if head and any(len(c) > 40 for c in filled):
        return False
    return 0 < len(filled) <= max(1, len(above) // 2) and not any(_is_numlike(c) for c in filled)


def _similar(rows: list[list[str]], cells: list[str]) -> bool:
    """A row after a gap continues the table when it has the table's width and its kind of cells."""
    width = Counter(len(r) for r in rows).most_common(1)[0][0]
    if len(cells) != width:
        return False
    prev_numeric = any(_is_numlike(c) for c in rows[-1][1:])
    return prev_numeric == any(_is_numlike(c) for c in cells[1:])


# --- label + numbers separated by single spaces ---------------------------------------------------------------------

def _numeric_split(t: str) -> list[str] | None:
    s = t.strip()
    if not s or len(s) > 200 or not (s[-1].isdigit() or s[-1] in _FIGURE_END):
        return None
    # the tail holds two figures at least (below), the last two words of the line: the one before the last must end
    # as the last does (a figure ends in a digit, "%", a dash, a footnote mark or the "a" of "n/a")
    words = s.rsplit(None, 2)
    if len(words) < 3 or not (words[1][-1].isdigit() or words[1][-1] in _FIGURE_END):
        return None
    m = _NUM_TAIL.search(s)
    if not m:
        return None
    label = s[: m.start()].strip()
    nums = [x for x in m.group(0).split() if not _SUP_RE.fullmatch(x)]
    nums = [_desup(x) for x in nums]
    if len(nums) < 2 or len(label) > 90 or (label and label[-1] in ".,;:"):
        return None
    return [label] + nums


_FIGURE_END = "%-–—" + _SUPERSCRIPTS + "aA"  # what a figure can end with besides a digit


def _numeric_tables(texts: list[str], noise: list[bool], used: list[bool]) -> list[Table]:
    out: list[Table] = []
    n = len(texts)
    i = 0
    while i < n:
        cells = None if used[i] or noise[i] else _numeric_split(texts[i])
        if not cells:
            i += 1
            continue
        rows, lines = [cells], [i]
        last = i
        j = i + 1
        while j < n and not used[j]:
            c = _numeric_split(texts[j]) if not noise[j] else None
            if c:
                if len(c) != len(rows[0]) or (j > last + 1 and not _gap_ok(texts, noise, last + 1, j)):
                    break
                rows.append(c)
                lines.append(j)
                last = j
            elif texts[j].strip() and not noise[j] and not _FOOTNOTE.match(texts[j]):
                break
            j += 1
        if len(rows) >= 3:
            hdr_line = _prev_content(texts, noise, i - 1)
            if hdr_line is not None and not used[hdr_line]:
                htext = _desup(texts[hdr_line]).strip()
                if 0 < len(htext) <= 200 and not _SENTENCE_END.search(htext):
                    rows.insert(0, _split_header(htext, len(rows[1])))
                    lines.insert(0, hdr_line)
            tb = _make_table(texts, noise, rows, lines, "numeric")
            if tb is not None:
                out.append(tb)
                for k in range(lines[0], last + 1):
                    used[k] = True
        i = last + 1
    return out


def _prev_content(texts: list[str], noise: list[bool], j: int) -> int | None:
    while j >= 0:
        if texts[j].strip() and not noise[j] and not _FOOTNOTE.match(texts[j]):
            return j
        j -= 1
    return None


def _split_header(text: str, k: int) -> list[str]:
    """Split a header line printed with single spaces into ``k`` column names, at a word that starts every
    data column's name ("DV Incidents DV Offences …"); else the whole line names the first column."""
    words = text.split()
    counts = Counter(w for w in words[1:])
    for w, c in counts.most_common(3):
        if c == k - 1 and w[:1].isupper():
            pieces, cur = [], []
            for idx, x in enumerate(words):
                if x == w and idx > 0 and cur:
                    pieces.append(" ".join(cur))
                    cur = []
                cur.append(x)
            pieces.append(" ".join(cur))
            if len(pieces) == k:
                return pieces
    return [text] + [""] * (k - 1)


# --- one cell per line ---------------------------------------------------------------------------------------------

def _flat_tables(texts: list[str], noise: list[bool], used: list[bool]) -> list[Table]:
    """A label line followed by m figure lines, repeated (≥3 rows); the m+1 short lines before are the header."""
    out: list[Table] = []
    content = [j for j in range(len(texts)) if texts[j].strip() and not noise[j] and not used[j]]
    num = [_is_numlike(texts[j]) for j in content]
    p = 0
    while p < len(content):
        if num[p] or p + 1 >= len(content) or not num[p + 1] or len(texts[content[p]].strip()) > 90:
            p += 1
            continue
        m = 0
        while p + 1 + m < len(content) and num[p + 1 + m]:
            m += 1
        rows = []
        q = p
        while q + m < len(content) and not num[q] and len(texts[content[q]].strip()) <= 90 and \
                all(num[q + 1 + x] for x in range(m)) and (q + 1 + m >= len(content) or not num[q + 1 + m]):
            if content[q + m] - content[q] > m + MAX_GAP:
                break
            rows.append(q)
            q += m + 1
        if len(rows) < 3:
            p += 1
            continue
        raw = [[texts[content[r + x]].strip() for x in range(m + 1)] for r in rows]
        lines = [content[r] for r in rows]
        hs = p - (m + 1)
        if hs >= 0 and all(not num[x] and len(texts[content[x]].strip()) <= 60 for x in range(hs, p)):
            raw.insert(0, [texts[content[x]].strip() for x in range(hs, p)])
            lines.insert(0, content[hs])
        tb = _make_table(texts, noise, raw, lines, "flat")
        if tb is not None:
            tb.prov.end_line = content[q - 1] + 1
            out.append(tb)
            for k in range(lines[0], content[q - 1] + 1):
                used[k] = True
        p = q
    return out
