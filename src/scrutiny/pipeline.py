"""Compose the stages: read → clean → segment → tables → extract. Each stage is a plain function."""
from __future__ import annotations

import logging
import os
from collections import deque
from pathlib import Path
from typing import Iterable, Iterator

from .check import check_figures
from .errors import ReadError, ScrutinyError
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


def default_workers() -> int:
    """Worker processes for a batch: the setting, or one per CPU core (at most 8) when it is 0."""
    from .config import get_settings

    n = get_settings().ingest_workers
    return n if n > 0 else max(1, min(os.cpu_count() or 1, 8))


def _extract_one(path: Path, strict: bool | None = None) -> Extraction | ScrutinyError:
    """One file's extraction, or the one-line error that stopped it (never raises: one bad file in a batch must
    not cost the others)."""
    try:
        return extract_path(path, strict=strict)
    except ScrutinyError as e:
        return e
    except Exception as e:  # noqa: BLE001 - a bug in one stage must not lose the rest of the batch
        return ReadError(str(path), f"could not be processed ({e.__class__.__name__}: {e})")


def _extract_one_portable(path: Path, strict: bool | None) -> tuple:
    """:func:`_extract_one` in a form that crosses a process boundary (exceptions with their own ``__init__`` do
    not unpickle, so errors travel as their class name and fields)."""
    out = _extract_one(path, strict)
    if isinstance(out, ReadError):
        return ("read_error", out.path, out.reason)
    if isinstance(out, ScrutinyError):
        return ("error", str(out))
    return ("ok", out)


def _from_portable(t: tuple) -> Extraction | ScrutinyError:
    if t[0] == "ok":
        return t[1]
    if t[0] == "read_error":
        return ReadError(t[1], t[2])
    return ScrutinyError(t[1])


def worker_pool(workers: int):
    """A pool of ``workers`` processes started from a fork server that has imported the pipeline (so a threaded
    caller is safe to fork, and each worker starts with the extractors loaded)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["scrutiny.pipeline"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


def extract_paths(paths: Iterable[str | Path], workers: int | None = None,
                  strict: bool | None = None) -> Iterator[tuple[Path, Extraction | ScrutinyError]]:
    """Extract many files, yielding ``(path, extraction or error)`` in the order given.

    With ``workers`` > 1 (default: :func:`default_workers`) the files are extracted by that many worker processes
    (a fork server, so a threaded caller is safe), at most two files per worker in flight at once so memory stays
    bounded; the results are the same as extracting one by one. One file, or one worker, runs in this process."""
    files = [Path(p) for p in paths]
    workers = default_workers() if workers is None else max(1, workers)
    if workers == 1 or len(files) < 2:
        for f in files:
            yield f, _extract_one(f, strict)
        return
    with worker_pool(min(workers, len(files))) as pool:
        pending: deque = deque()
        it = iter(files)
        for f in it:
            pending.append((f, pool.submit(_extract_one_portable, f, strict)))
            if len(pending) >= 2 * workers:
                break
        while pending:
            f, fut = pending.popleft()
            nxt = next(it, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_extract_one_portable, nxt, strict)))
            yield f, _from_portable(fut.result())
