"""Ingest files and folders into the store, one transaction per document; bad files never stop the others."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .errors import ReadError, ScrutinyError
from .pipeline import extract_path
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


def ingest_paths(store: Store, paths: Iterable[str | Path], force: bool = False,
                 progress: Callable[[Path], None] | None = None) -> IngestReport:
    report = IngestReport()
    for f in expand_paths(paths):
        try:
            ex = extract_path(f)
            report.results.append(store.save_extraction(ex, force=force))
        except ScrutinyError as e:
            report.errors.append(e)
        except Exception as e:  # a bug in one extractor must not lose the rest of the run
            report.errors.append(ReadError(str(f), f"could not be processed ({e.__class__.__name__}: {e})"))
        if progress:
            progress(f)
    if any(r.status != "unchanged" for r in report.results):
        relink_store(store)
    return report
