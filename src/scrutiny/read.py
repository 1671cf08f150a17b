"""Read a document (text, PDF, DOCX, HTML) into one text model: numbered lines, each on a page.

For a ``.txt`` file line N of the model is line N of the file (split on ``\\n`` only; a form feed starts a new
page). A PDF is read page by page with pypdfium2; ligatures are expanded. DOCX paragraphs and table rows (cells
joined by tabs) become lines in document order. HTML is parsed with a real parser (selectolax); block elements
end lines and table rows become tab-separated lines.
"""
from __future__ import annotations

import hashlib
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
                text = tp.get_text_range()
            finally:
                tp.close()
                page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            pages.append([normalise_line(t) for t in text.split("\n")])
        return pages
    finally:
        pdf.close()


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
