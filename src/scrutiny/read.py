"""Read a document (text, PDF, DOCX, HTML) into one text model: numbered lines, each on a page.

For a ``.txt`` file line N of the model is line N of the file (split on ``\\n`` only; a form feed starts a new
page). A PDF is read page by page with pypdfium2; ligatures are expanded. DOCX paragraphs and table rows (cells
joined by tabs) become lines in document order. HTML is parsed with a real parser (selectolax); block elements
end lines and table rows become tab-separated lines.
"""
from __future__ import annotations

import hashlib
from collections import Counter
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
    """Read a PDF page by page with pypdfium2: two-column pages in column order, words hyphenated across lines
    rejoined (the line count is kept: the broken word's tail moves up to the line above)."""
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
            if _LIG_RE.search(text) or any(k in text for k in _SOFT):
                pages.append([normalise_line(t).rstrip() for t in text.split("\n")])
            else:  # nothing to normalise on this page (the usual case): only trailing white space goes
                pages.append([t.rstrip() for t in text.split("\n")])
        _repair_hyphens(pages)
        return pages
    finally:
        pdf.close()


def _page_text(page, tp) -> str:
    """The page's text; on a two-column page, each band of columns is read left column first."""
    nrects = tp.count_rects()
    if nrects < 10:
        return paragraph_gaps(tp, tp.get_text_range())
    width = page.get_width()
    rects = [tp.get_rect(k) for k in range(nrects)]
    gutter = find_gutter(rects, width)
    if gutter is None:
        return paragraph_gaps(tp, cell_tabs(tp, tp.get_text_range(), rects))
    return "\n".join(_column_bands(tp, rects, gutter, width))


CELL_GAP = 1.0  # a gap this many ems wide between two pieces of text on one line separates table cells


def cell_tabs(tp, text: str, rects: list[tuple[float, float, float, float]]) -> str:
    """``text`` with a tab for the space between two table cells, as a text file or a DOCX table would have.

    A word processor prints each cell of a table as its own piece of text, so pdfium gives each its own box, and
    writes one space between them however wide the gap. Where two boxes that follow each other on one line (they
    overlap vertically) are more than ``CELL_GAP`` ems apart, the space before the second becomes a tab. Words of
    prose, even justified, are never that far apart. The length of the text is unchanged, so character offsets
    still hold."""
    if len(rects) < 2 or len(text) != tp.count_chars():
        return text
    import pypdfium2.raw as pdfium_c

    chars = None
    for (l1, b1, r1, t1), (l2, b2, r2, t2) in zip(rects, rects[1:]):
        gap = l2 - r1
        if gap <= 2.0 or b2 >= t1 or b1 >= t2:
            continue  # not side by side on one line, or closer than any cell gap
        i = pdfium_c.FPDFText_GetCharIndexAtPos(tp.raw, l2 + 0.5, (b2 + t2) / 2, 1.0, 1.0)
        if not (0 < i < len(text) and text[i - 1] == " "):
            continue
        em = pdfium_c.FPDFText_GetFontSize(tp.raw, i) or 1.2 * max(t1 - b1, t2 - b2)
        if gap >= CELL_GAP * em:
            if chars is None:
                chars = list(text)
            chars[i - 1] = "\t"
    return text if chars is None else "".join(chars)


PARAGRAPH_GAP = 1.45  # a step down the page this many times the usual line spacing separates paragraphs


def paragraph_gaps(tp, text: str) -> str:
    """``text`` (pdfium's text of the page, lines ending in CR LF) with an empty line wherever the page leaves a
    gap between two lines — a paragraph, heading or table apart from the next — as a text file would have one.

    pdfium writes no empty lines, so without this a PDF reads as one paragraph per page. The gap is measured
    between the baselines of the lines' first characters; the usual spacing is the commonest step down between
    lines on the page (to the nearest point). A jump up the page (a footer drawn first, say) is not a gap."""
    if "\r\n" not in text or len(text) != tp.count_chars():
        return text  # the text does not map one character to one of pdfium's (characters beyond the BMP)
    import ctypes

    import pypdfium2.raw as pdfium_c

    x, y = ctypes.c_double(), ctypes.c_double()
    origin = pdfium_c.FPDFText_GetCharOrigin
    raw = tp.raw
    lines = text.split("\r\n")
    ys: list[float | None] = []
    offset = 0
    for ln in lines:
        body = ln.lstrip()
        if body and origin(raw, offset + len(ln) - len(body), ctypes.byref(x), ctypes.byref(y)):
            ys.append(y.value)
        else:
            ys.append(None)
        offset += len(ln) + 2
    known = [v for v in ys if v is not None]
    steps = [a - b for a, b in zip(known, known[1:]) if a - b > 0.5]
    if len(steps) < 3:
        return text
    usual = Counter(round(v) for v in steps)
    gap = PARAGRAPH_GAP * min(usual, key=lambda v: (-usual[v], v))  # the commonest step (the smaller on a tie)
    out: list[str] = []
    above: float | None = None
    for ln, v in zip(lines, ys):
        if v is not None:
            if above is not None and above - v > gap and out and out[-1].strip():
                out.append("")
            above = v
        out.append(ln)
    return "\r\n".join(out) if len(out) != len(lines) else text


def find_gutter(rects: list[tuple[float, float, float, float]], width: float) -> float | None:
    """The x of the gap between two columns of text, or None for a single-column page.

    ``rects`` are pdfium's text boxes (left, bottom, right, top). Two columns: at least six boxes on each side of
    a gap in the middle of the page that no narrow box crosses, the boxes on both sides wide (lines of text, not
    figures in a table), and side by side on the page (vertically overlapping)."""
    lo, hi = width * 0.3, width * 0.7
    edges = Counter(round(r[0]) for r in rects if lo < r[0] < hi)
    if not edges or edges.most_common(1)[0][1] < 6:
        return None  # no column of lines starts in the middle of the page
    best_x = edges.most_common(1)[0][0] - 1.5
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
    flat = [(p, i) for p, lines in enumerate(pages) for i in range(len(lines))]
    for k in range(len(flat) - 1):
        p, i = flat[k]
        line = pages[p][i]
        if not line.endswith("-") or not _HYPHENATED.search(line):
            continue
        q, j = flat[k + 1]
        nxt = pages[q][j]
        m = _TAIL_WORD.match(nxt)
        if not m:
            continue
        head = re.search(r"([A-Za-z]+)-$", line).group(1)
        if head.lower() in _KEEP_HYPHEN:
            continue
        pages[p][i] = line[:-1] + m.group(1)
        pages[q][j] = nxt[m.end():]


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
