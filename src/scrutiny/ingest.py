"""Ingest files and folders into the store, one transaction per document; bad files never stop the others."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .errors import ReadError, ScrutinyError
from .pipeline import extract_paths
from .read import SUPPORTED
from .store.db import IngestResult, Store


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)
    errors: list[ScrutinyError] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        items = sum(r.items for r in self.results)
        return (f"{len(self.results) + len(self.errors)} file(s): {self.count('added')} added, "
                f"{self.count('updated')} re-extracted, {self.count('unchanged')} unchanged, "
                f"{len(self.errors)} failed; {items} item(s) stored")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the supported files inside folders (recursively, in name order)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                              and not f.name.startswith(".")))
        else:
            out.append(p)
    return out


def ingest_bytes(store: Store, data: bytes, name: str, user: str | None = None, force: bool = False) -> IngestResult:
    """Ingest an uploaded document (bytes and a file name). Raises ReadError for unreadable input."""
    from .pipeline import extract_document
    from .read import read_bytes

    res = store.save_extraction(extract_document(read_bytes(data, name)), force=force)
    if res.status != "unchanged":
        relink_store(store)
    return res


def relink_store(store: Store) -> None:
    """Re-run the linking rules across the whole store (after documents were added or re-extracted)."""
    from .tracker import refresh_status, relink

    relink(store)
    refresh_status(store)


def _file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes (a document's id), or None when it cannot be read (extraction says why)."""
    try:
        if not path.is_file():
            return None
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def ingest_paths(store: Store, paths: Iterable[str | Path], force: bool = False,
                 progress: Callable[[Path], None] | None = None, workers: int | None = None) -> IngestReport:
    """Ingest files and folders. Files already stored (the same bytes) are not read again unless ``force``; the
    others are extracted by ``workers`` processes (default: the ``ingest_workers`` setting) and stored one
    transaction per document, in the order given."""
    report = IngestReport()
    files = expand_paths(paths)
    todo: list[Path] = []
    known: dict[Path, IngestResult] = {}
    for f in files:
        sha = None if force else _file_sha256(f)
        n = store.stored_item_count(sha) if sha else None
        if n is None:
            todo.append(f)
        else:
            known[f] = IngestResult(sha, f.name, "unchanged", n)
    extracted = extract_paths(todo, workers=workers)
    for f in files:
        if f in known:
            report.results.append(known[f])
        else:
            _, out = next(extracted)
            try:
                if isinstance(out, ScrutinyError):
                    raise out
                report.results.append(store.save_extraction(out, force=force))
            except ScrutinyError as e:
                report.errors.append(e)
            except Exception as e:  # a failure storing one document must not lose the rest of the run
                report.errors.append(ReadError(str(f), f"could not be stored ({e.__class__.__name__}: {e})"))
        if progress:
            progress(f)
    if any(r.status != "unchanged" for r in report.results):
        relink_store(store)
    return report
