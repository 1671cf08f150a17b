"""Compose the stages: read → clean → segment → tables → extract. Each stage is a plain function."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from .check import check_figures
from .clean import mark_noise
from .extract import Context, load_extractors
from .gazetteer import Gazetteer
from .read import read_document
from .records import DocumentText, Extraction
from .segment import segment
from .tables import find_tables

log = logging.getLogger(__name__)


def extract_document(doc: DocumentText, strict: bool | None = None) -> Extraction:
    """Run every stage after reading over one document. ``strict`` (default: $SCRUTINY_STRICT) lets an
    extractor's exception propagate instead of being logged."""
    if strict is None:
        strict = os.environ.get("SCRUTINY_STRICT", "") not in ("", "0")
    noise = mark_noise(doc)
    parts = segment(doc, noise)
    ex = Extraction(document=doc, noise=noise)
    ex.items["parts"] = list(parts)
    ctx = Context(doc=doc, noise=noise, parts=parts, found=ex.items, gazetteer=Gazetteer())
    ctx.tables = find_tables(ctx)
    ex.items["tables"] = list(ctx.tables)
    for module in load_extractors():
        found = _guarded(ex, module.__name__, lambda: list(module.extract(ctx)), strict)
        ex.items[module.KEY] = ex.items.get(module.KEY, []) + (found or [])
    ex.items["checks"] = _guarded(ex, "check", lambda: list(check_figures(ctx)), strict) or []
    return ex


def _guarded(ex: Extraction, stage: str, fn, strict: bool):
    """Run one extractor. On an unexpected document a failing extractor loses its own items, not the document's:
    the failure is logged and kept in ``ex.warnings`` (``strict`` re-raises, for tests)."""
    if strict:
        return fn()
    try:
        return fn()
    except Exception as e:  # noqa: BLE001 - isolation is the point
        log.warning("%s failed on %s: %s: %s", stage, ex.document.name, e.__class__.__name__, e)
        ex.warnings.append(f"{stage}: {e.__class__.__name__}: {e}")
        return None


def extract_path(path: str | Path, strict: bool | None = None) -> Extraction:
    return extract_document(read_document(path), strict=strict)
