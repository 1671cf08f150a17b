"""Compose the stages: read → clean → segment → tables → extract. Each stage is a plain function."""
from __future__ import annotations

import logging
from pathlib import Path

from .clean import mark_noise
from .extract import Context, load_extractors
from .read import read_document
from .records import DocumentText, Extraction
from .segment import segment

log = logging.getLogger(__name__)


def extract_document(doc: DocumentText) -> Extraction:
    """Run every stage after reading over one document."""
    noise = mark_noise(doc)
    parts = segment(doc, noise)
    ex = Extraction(document=doc, noise=noise)
    ex.items["parts"] = list(parts)
    from .gazetteer import Gazetteer

    ctx = Context(doc=doc, noise=noise, parts=parts, found=ex.items, gazetteer=Gazetteer())
    try:
        from .tables import find_tables
    except ImportError:  # pragma: no cover - tables stage not built yet
        find_tables = None
    if find_tables is not None:
        ctx.tables = find_tables(ctx)
        ex.items["tables"] = list(ctx.tables)
    for module in load_extractors():
        ex.items[module.KEY] = ex.items.get(module.KEY, []) + list(module.extract(ctx))
    try:
        from .check import check_figures
    except ImportError:  # pragma: no cover - figure checks not built yet
        check_figures = None
    if check_figures is not None:
        ex.items["checks"] = list(check_figures(ctx))
    return ex


def extract_path(path: str | Path) -> Extraction:
    return extract_document(read_document(path))
