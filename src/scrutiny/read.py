"""Read a document (text, PDF, DOCX, HTML) into one text model: numbered lines, each on a page.

For a ``.txt`` file line N of the model is line N of the file (split on ``\\n`` only; a form feed starts a new
page). A PDF is read page by page with pypdfium2; ligatures are expanded. DOCX paragraphs and table rows (cells
joined by tabs) become lines in document order. HTML is parsed with a real parser (selectolax); block elements
end lines and table rows become tab-separated lines.
"""
from __future__ import annotations

import ctypes
import hashlib
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import chain
from operator import itemgetter
import re
import unicodedata
from pathlib import Path

from .config import get_settings
from .errors import ReadError
from .records import DocumentText, Line

SUPPORTED = {".txt": "txt", ".text": "txt", ".md": "txt", ".pdf": "pdf", ".docx": "docx", ".html": "html",
             ".htm": "html"}

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
_LIG_RE = re.compile("[" + "".join(_LIGATURES) + "]")
# pdfium marks soft hyphens and line-end hyphens with these
_SOFT = {"\u00ad": "", "\ufffe": "-", "\u0002": "-"}


def sniff_format(path: Path, head: bytes) -> str | None:
    """The reader for a file: by content first (a PDF or ZIP signature), then by extension."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    ext = SUPPORTED.get(path.suffix.lower())
    if head.startswith(b"PK\x03\x04"):
        return "docx" if ext in (None, "docx") else None
    if ext:
        return ext
    low = head[:512].lower()
    if b"<html" in low or b"<!doctype html" in low:
        return "html"
    return None


def read_document(path: str | Path, name: str | None = None) -> DocumentText:
    """Read one file. Raises :class:`ReadError` with a one-line reason for anything that cannot be read."""
    p = Path(path)
    label = str(path)
    if not p.exists():
        raise ReadError(label, "no such file")
    if p.is_dir():
        raise ReadError(label, "is a folder, not a file")
    size = p.stat().st_size
    if size == 0:
        raise ReadError(label, "empty file")
    limit = get_settings().max_document_bytes
    if size > limit:
        raise ReadError(label, f"too large ({size:,} bytes; the limit is {limit:,})")
    data = p.read_bytes()
    return read_bytes(data, name or p.name, path=str(p))


def read_bytes(data: bytes, name: str, path: str | None = None) -> DocumentText:
    label = path or name
    if not data:
        raise ReadError(label, "empty file")
    fmt = sniff_format(Path(name), data[:1024])
    if fmt is None:
        raise ReadError(label, f"unsupported file type {Path(name).suffix or '(no extension)'!r}; "
                               "expected .txt, .pdf, .docx or .html")
    sha = hashlib.sha256(data).hexdigest()
    reader = {"txt": _read_txt, "pdf": _read_pdf, "docx": _read_docx, "html": _read_html}[fmt]
    pages = reader(data, label)
    lines: list[Line] = []
    n = 0
    for page_no, page_lines in enumerate(pages, start=1):
        for text in page_lines:
            n += 1
            lines.append(Line(n, page_no, text))
    if not any(ln.text.strip() for ln in lines):
        raise ReadError(label, "no text found (an image-only scan or an empty document)")
    return DocumentText(name=name, sha256=sha, source_format=fmt, lines=lines, pages=max(len(pages), 1),
                        path=path, size=len(data))


def normalise_line(text: str) -> str:
    if _LIG_RE.search(text):
        text = _LIG_RE.sub(lambda m: _LIGATURES[m.group(0)], text)
    for k, v in _SOFT.items():
        if k in text:
            text = text.replace(k, v)
    return text.rstrip("\r")


# --- text ---------------------------------------------------------------------------------------------------------

def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_txt(data: bytes, label: str) -> list[list[str]]:
    text = _decode(data)
    if "\x00" in text[:4096]:
        raise ReadError(label, "binary data, not text")
    raw = text.split("\n")
    if raw and raw[-1] == "":  # a final newline ends the last line; it does not start another
        raw.pop()
    pages: list[list[str]] = [[]]
    for ln in raw:
        ln = ln.rstrip("\r")
        if "\f" in ln:
            # a form feed is a page break; keep the line (numbering must match the file) on the new page
            before, _, after = ln.partition("\f")
            if before.strip():
                pages[-1].append(normalise_line(ln.replace("\f", "")))
                pages.append([])
                continue
            pages.append([])
            ln = after.replace("\f", "")
        pages[-1].append(normalise_line(ln))
    if len(pages) > 1 and not pages[-1]:
        pages.pop()
    return pages


# --- PDF ----------------------------------------------------------------------------------------------------------

def _read_pdf(data: bytes, label: str) -> list[list[str]]:
    """Read a PDF page by page with pypdfium2: two-column pages in column order, table cells apart by tabs, an empty
    line where the page leaves a gap, words hyphenated across lines rejoined (the line count is kept: the broken
    word's tail moves up to the line above)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg or "security" in msg:
            raise ReadError(label, "encrypted PDF (a password is needed to read it)") from None
        raise ReadError(label, f"corrupt or unreadable PDF ({e})") from None
    try:
        n = len(pdf)
        if n == 0:
            raise ReadError(label, "PDF has no pages")
        limit = get_settings().max_pages
        if n > limit:
            raise ReadError(label, f"too many pages ({n}; the limit is {limit})")
        pages: list[list[str]] = []
        for i in range(n):
            page = pdf[i]
            tp = page.get_textpage()
            try:
                text = _page_text(page, tp)
            finally:
                tp.close()
                page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            if "\ufffe" in text or "\x02" in text:
                text = _PDF_HYPHEN.sub(_unhyphenate, text)
            # an ASCII page (str.isascii() reads a flag) has no ligature or soft hyphen (pdfium's hyphen marks
            # went just above), so normalise_line would change none of its lines: the scans are skipped
            if not text.isascii() and (_LIG_RE.search(text) or any(k in text for k in _SOFT)):
                pages.append([normalise_line(t).rstrip() for t in text.split("\n")])
            else:  # nothing to normalise on this page (the usual case): only trailing white space goes
                pages.append([t.rstrip() for t in text.split("\n")])
        _repair_hyphens(pages)
        return pages
    finally:
        pdf.close()


def _text_rects(tp, n: int) -> list[tuple[float, float, float, float]]:
    """pdfium's ``n`` text boxes (left, bottom, right, top), as ``[tp.get_rect(k) for k in range(n)]`` gives them
    (``tp.count_rects()`` called first), fetched through the C API with one set of doubles for every box: a page
    has dozens of boxes and the per-call wrapping is most of their cost."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    get_rect, raw = pdfium_c.FPDFText_GetRect, tp.raw
    left, bottom, right, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    rects = []
    for k in range(n):
        if not get_rect(raw, k, left, top, right, bottom):  # (the C API's order: left, top, right, bottom)
            raise pdfium.PdfiumError("Failed to get a text box.")
        rects.append((left.value, bottom.value, right.value, top.value))
    return rects


def _page_text(page, tp) -> str:
    """The page's text; on a two-column page, each band of columns is read left column first."""
    nrects = tp.count_rects()
    if nrects < 10:
        return paragraph_gaps(tp, tp.get_text_range())
    width = page.get_width()
    rects = _text_rects(tp, nrects)
    gutter = find_gutter(rects, width)
    if gutter is None:
        text, columns = cell_tabs(tp, tp.get_text_range(), rects)
        return paragraph_gaps(tp, text, columns)
    return "\n".join(_column_bands(tp, rects, gutter, width))


CELL_GAP = 1.0  # a gap this many ems wide between two pieces of text on one line separates table cells


def cell_tabs(tp, text: str, rects: list[tuple[float, float, float, float]]) -> tuple[str, dict[int, list[int]]]:
    """``text`` with a tab for the space between two table cells, as a text file or a DOCX table would have, and
    the columns of the cells of a table's lines where they are not simply one after another: ``{line index:
    [column of each tab-separated piece]}``.

    A word processor prints each cell of a table as its own piece of text, so pdfium gives each its own box, and
    writes one space between them however wide the gap. Where two boxes that follow each other on one line (they
    overlap vertically) are more than ``CELL_GAP`` ems apart, the space before the second becomes a tab. Words of
    prose, even justified, are never that far apart. The length of the text is unchanged, so character offsets
    still hold.

    Within a table (the lines below a line of cells, until a gap), each piece of a line is put in the column that
    starts where it starts: an empty cell, or a long cell carried on below its row at its own column, then comes
    out under its column (:func:`paragraph_gaps` writes the tabs)."""
    if len(rects) < 2 or len(text) != tp.count_chars():
        return text, {}
    import pypdfium2.raw as pdfium_c

    raw = tp.raw
    index_at, font_size = pdfium_c.FPDFText_GetCharIndexAtPos, pdfium_c.FPDFText_GetFontSize
    chars: list[str] | None = None
    lines: list[tuple[list[float], tuple]] = []  # each line's pieces (where they start) and its first box
    xs: list[float] = [rects[0][0]]
    first = rects[0]
    for (l1, b1, r1, t1), box in zip(rects, rects[1:]):
        l2, b2, r2, t2 = box
        if b2 >= t1 or b1 >= t2:  # the next box is on a new line
            lines.append((xs, first))
            xs, first = [l2], box
            continue
        gap = l2 - r1
        if gap <= 2.0 or gap * 1.25 < CELL_GAP * max(t1 - b1, t2 - b2):
            continue  # closer than any cell gap (a box is at most 1.25 em tall: no need to ask its font size)
        i = index_at(raw, l2 + 0.5, (b2 + t2) / 2, 1.0, 1.0)
        if not (0 < i < len(text) and text[i - 1] == " "):
            continue
        em = font_size(raw, i) or 1.2 * max(t1 - b1, t2 - b2)
        if gap >= CELL_GAP * em:
            if chars is None:
                chars = list(text)
            chars[i - 1] = "\t"
            xs.append(l2)
    lines.append((xs, first))
    if chars is None:
        return text, {}
    text = "".join(chars)
    line_starts = [0] + [m.end() for m in re.finditer("\r\n", text)]
    columns: dict[int, list[int]] = {}
    cells: list[float] = []  # where the table's columns start (its line with the most cells so far)
    bottom = 0.0  # the bottom of the table's last line
    for xs, (left, low, _, top) in lines:
        if cells and bottom - top < 2 * (top - low):  # still in the table
            ks = [next((k for k, x in enumerate(cells) if abs(x - at) <= 2.0), None) for at in xs]
            if None not in ks and ks != list(range(len(ks))) and all(a < b for a, b in zip(ks, ks[1:])):
                i = index_at(raw, left + 0.5, (low + top) / 2, 1.0, 1.0)
                if i >= 0:
                    columns[bisect_right(line_starts, i) - 1] = ks
            if len(xs) > len(cells) and abs(xs[0] - cells[0]) <= 2.0:
                cells = xs
            bottom = low
        elif len(xs) > 1:
            cells, bottom = xs, low
        else:
            cells = []
    return text, columns


PARAGRAPH_GAP = 1.45  # a step down the page this many times the usual line spacing separates paragraphs


def paragraph_gaps(tp, text: str, columns: dict[int, list[int]] | None = None) -> str:
    """``text`` (pdfium's text of the page, lines ending in CR LF) with an empty line wherever the page leaves a
    gap between two lines — a paragraph, heading or table apart from the next — as a text file would have one;
    and the pieces of a table's line put in their columns (``columns``, from :func:`cell_tabs`).

    pdfium writes no empty lines, so without this a PDF reads as one paragraph per page. The gap is measured
    between the baselines of the lines' first characters, against the usual line spacing of text of the same
    size: the smallest step down between such lines that is common on the page (to the nearest point; a page of
    one-line paragraphs has more paragraph steps than line steps). A jump up the page (a footer drawn first, say)
    is not a gap."""
    if "\r\n" not in text or len(text) != tp.count_chars():
        return text  # the text does not map one character to one of pdfium's (characters beyond the BMP)
    import pypdfium2.raw as pdfium_c

    origin, font_size, raw = pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetFontSize, tp.raw
    x, y = ctypes.c_double(), ctypes.c_double()
    lines = text.split("\r\n")
    rows: list[tuple[int, float, float]] = []  # (index, baseline, font size) of each line with a character
    offset = 0
    for i, ln in enumerate(lines):
        body = ln.lstrip()
        if body:
            at = offset + len(ln) - len(body)
            if origin(raw, at, x, y):
                rows.append((i, y.value, round(font_size(raw, at) * 2) / 2))
        offset += len(ln) + 2
    gaps: list[int] = []
    steps = [(a[1] - b[1], b[2]) for a, b in zip(rows, rows[1:])]  # from each measured line down to the next
    down: dict[float, list[int]] = defaultdict(list)  # font size → the steps down to lines of that size
    for d, size in steps:
        if d > 0.5:
            down[size].append(round(d))
    overall = Counter(chain.from_iterable(down.values()))
    by_size = {size: Counter(ds) for size, ds in down.items()}
    if sum(overall.values()) >= 3:
        usual = {size: _usual_step(c if sum(c.values()) >= 3 else overall) for size, c in by_size.items()}
        # an empty line goes before a line that far below the measured line above it, unless the line before is
        # blank
        gaps = [i for (i, _, _), (d, size) in zip(rows[1:], steps)
                if d > 0.5 and d > PARAGRAPH_GAP * usual[size] and lines[i - 1].strip()]
    if not gaps and not columns:
        return text
    for i, ks in (columns or {}).items():
        pieces = lines[i].split("\t")
        if len(pieces) == len(ks):
            line = "\t" * ks[0] + pieces[0]
            for before, k, piece in zip(ks, ks[1:], pieces[1:]):
                line += "\t" * (k - before) + piece
            lines[i] = line
    for i in reversed(gaps):
        lines.insert(i, "")
    return "\r\n".join(lines)


def _usual_step(steps: Counter) -> int:
    """The usual step from one line to the next among ``steps`` (rounded step → how often): the smallest that
    makes up at least a fifth of them, else the commonest (the smaller on a tie)."""
    total = sum(steps.values())
    common = [v for v, k in steps.items() if k * 5 >= total and k >= 2]
    return min(common) if common else min(steps, key=lambda v: (-steps[v], v))


def find_gutter(rects: list[tuple[float, float, float, float]], width: float) -> float | None:
    """The x of the gap between two columns of text, or None for a single-column page.

    ``rects`` are pdfium's text boxes (left, bottom, right, top). Two columns: at least six boxes on each side of
    a gap in the middle of the page that no narrow box crosses, the boxes on both sides wide (lines of text, not
    figures in a table), and side by side on the page (vertically overlapping)."""
    lo, hi = width * 0.3, width * 0.7
    edges = Counter([round(r[0]) for r in rects if lo < r[0] < hi])
    if not edges:
        return None
    edge, count = max(edges.items(), key=itemgetter(1))  # the commonest, the first seen on a tie (most_common(1))
    if count < 6:
        return None  # no column of lines starts in the middle of the page
    best_x = edge - 1.5
    crossing = sum(1 for r in rects if r[0] < best_x < r[2])
    if crossing > max(3, len(rects) // 6):
        return None
    body = rects
    left = [r for r in body if r[2] <= best_x]
    right = [r for r in body if r[0] >= best_x]
    if len(left) < 6 or len(right) < 6:
        return None
    # lines of text fill their column; a table's labels and figures do not
    extent_l = best_x - min(r[0] for r in left)
    extent_r = max(r[2] for r in right) - best_x
    if _p75([r[2] - r[0] for r in left]) < extent_l * 0.6 or _p75([r[2] - r[0] for r in right]) < extent_r * 0.6:
        return None
    side_by_side = sum(1 for r in right if any(q[1] < r[3] and r[1] < q[3] for q in left))
    if side_by_side < min(len(left), len(right)) // 2:
        return None
    return best_x


def _p75(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[(len(xs) * 3) // 4] if xs else 0.0


def _column_bands(tp, rects, gutter: float, width: float) -> list[str]:
    """Cut the page into horizontal bands (full-width lines, or a run of two-column lines) and read each."""
    ordered = sorted(rects, key=lambda r: -r[3])
    left = [r for r in rects if r[2] <= gutter]
    right = [r for r in rects if r[0] >= gutter]
    both_top = min(max(r[3] for r in left), max(r[3] for r in right))
    both_bottom = max(min(r[1] for r in left), min(r[1] for r in right))
    bands: list[list] = []  # [kind, top, bottom]
    for r in ordered:
        outside = r[1] > both_top - 1 or r[3] < both_bottom + 1  # above or below the two columns
        kind = "full" if r[0] < gutter < r[2] or outside else "cols"
        if bands and bands[-1][0] == kind:
            bands[-1][2] = min(bands[-1][2], r[1])
            bands[-1][1] = max(bands[-1][1], r[3])
        else:
            bands.append([kind, r[3], r[1]])
    out: list[str] = []
    for k, (kind, top, bottom) in enumerate(bands):
        upper = top + 2 if k == 0 else (top + bands[k - 1][2]) / 2
        lower = bottom - 2 if k == len(bands) - 1 else (bottom + bands[k + 1][1]) / 2
        if kind == "full":
            out.append(tp.get_text_bounded(0, lower, width, upper))
        else:
            out.append(tp.get_text_bounded(0, lower, gutter, upper))
            out.append(tp.get_text_bounded(gutter, lower, width, upper))
    return [t.strip("\r\n") for t in out if t.strip()]


_HYPHENATED = re.compile(r"[A-Za-z][a-z]-$")
_TAIL_WORD = re.compile(r"^([a-z]+[,.;:)]?)\s*")
_KEEP_HYPHEN = frozenset("self non co ex well multi cross anti pre post inter sub long short high low semi part full "
                         "cyber counter over under mid".split())


_PDF_HYPHEN = re.compile(r"([A-Za-z]*)[\ufffe\x02]\n?")


def _unhyphenate(m: re.Match) -> str:
    """pdfium marks a hyphen that ended a line (and joins the lines): drop it unless it is a compound's."""
    return m.group(1) + ("-" if m.group(1).lower() in _KEEP_HYPHEN else "")


def _repair_hyphens(pages: list[list[str]]) -> None:
    """Rejoin a word broken by a hyphen at a line end ("regard-" / "ing the …" → "regarding" / "the …")."""
    pages = [lines for lines in pages if lines]  # the next line of a page's last is the next page's first
    for p, lines in enumerate(pages):
        # only a line ending in "-" is repaired, so a page with none (most pages) is skipped on one search in C;
        # a repair changes no line's end but to a word's, so the test holds for the page's lines after one too
        joined = "\n".join(lines)
        if "-\n" not in joined and not joined.endswith("-"):
            continue
        for i in range(len(lines)):
            line = lines[i]
            if not line.endswith("-") or not _HYPHENATED.search(line):
                continue
            if i + 1 < len(lines):
                below, j = lines, i + 1
            elif p + 1 < len(pages):
                below, j = pages[p + 1], 0
            else:
                break  # the document's last line
            nxt = below[j]
            m = _TAIL_WORD.match(nxt)
            if not m:
                continue
            head = re.search(r"([A-Za-z]+)-$", line).group(1)
            if head.lower() in _KEEP_HYPHEN:
                continue
            lines[i] = line[:-1] + m.group(1)
            below[j] = nxt[m.end():]


# --- DOCX ---------------------------------------------------------------------------------------------------------

def _read_docx(data: bytes, label: str) -> list[list[str]]:
    import io
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ReadError(label, f"corrupt or unreadable DOCX ({e.__class__.__name__})") from None
    pages: list[list[str]] = [[]]
    body = doc.element.body
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, doc)
            if child.xpath('.//w:br[@w:type="page"]') and pages[-1]:
                pages.append([])
            for ln in para.text.split("\n"):
                pages[-1].append(normalise_line(ln))
        elif tag == "tbl":
            table = DocxTable(child, doc)
            for row in table.rows:
                cells = []
                seen = set()
                for cell in row.cells:  # merged cells repeat: keep each once
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(cell.text.split()))
                pages[-1].append("\t".join(cells))
            pages[-1].append("")
    return [p for p in pages if p] or [[]]


# --- HTML ---------------------------------------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
          "header", "footer", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "hr", "title", "main", "nav",
          "aside", "figure", "figcaption", "address"}
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}


def _read_html(data: bytes, label: str) -> list[list[str]]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(_decode(data))
    root = tree.body or tree.root
    if root is None:
        raise ReadError(label, "no HTML body")
    out: list[str] = []
    buf: list[str] = []

    def flush():
        text = " ".join("".join(buf).split())
        buf.clear()
        if text or (out and out[-1] != ""):
            out.append(text)

    def walk(node):
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                buf.append(child.text_content or "")
                continue
            if tag in _SKIP or tag == "-comment":
                continue
            if tag == "tr":
                flush()
                cells = [" ".join((c.text(separator=" ") or "").split()) for c in child.iter()
                         if c.tag in ("td", "th")]
                out.append("\t".join(cells))
                continue
            if tag in _BLOCK:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    walk(root)
    flush()
    while out and out[-1] == "":
        out.pop()
    return [[normalise_line(x) for x in out]]
