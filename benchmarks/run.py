"""Benchmark: Scrutiny's whole pipeline against raw pypdfium2 text extraction of the same PDFs, in one run.

Builds multi-page PDFs (reportlab, via ``tests/pdfprint.py``) from our own text — ``samples/`` and the invented
documents in ``tests/genre*/docs`` (or, where there are none, filler text of the genre written here) — then
measures:

* raw: open each PDF with pypdfium2 and extract every page's text;
* scrutiny: ``scrutiny.pipeline.extract_path`` (read + mark noise + segment + tables + every extractor + checks).

Prints pages per second for each and their ratio (target: Scrutiny costs at most 1.5× the raw extraction).
Run with ``make bench``; it is not a test.

Fairness: both are timed on the same files in the same process, after a warm-up pass of each over every file;
the runs alternate (raw, scrutiny, raw, scrutiny, …) so a busy machine slows both alike, and the median of the
runs is reported. Memoised helpers (``functools.lru_cache``) are cleared before each Scrutiny run, so no run
profits from text seen in an earlier one.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

FILLER = [
    "AGENDA",
    "Meeting Police and Crime Panel",
    "Date Thursday 12 March 2026",
    "1 Apologies for Absence and Chair's Announcements",
    "2 Declarations of Interests",
    "3 Minutes of the meeting held on 4 February 2026",
    "MINUTES",
    "Meeting: Police and Crime Panel",
    "Date: Wednesday 4 February 2026",
    "Present: Councillors A Lee (Chair), B Fry and C Moss.",
    "The Commissioner undertook to provide the Panel with figures for each district by the next meeting.",
    "Resolved: That the Panel notes the report and asks for an update in June.",
    "Transcript of Item 5 - Neighbourhood Policing",
    "Alex Rowe (Chair): Can you tell us how response times have changed this year?",
    "Jo Bell (Chief Constable): Thank you, Chair. Response times improved in most districts.",
    "Subject: Summary List of Actions",
    "Report to: Police and Crime Panel",
    "Minute item\tSubject and action required\tStatus\tAction by",
    "5\tTo provide figures on repeat victims.\tCompleted\tOPCC",
    "Dear Chair,",
    "Further to my attendance at the Panel on 4 February 2026 I agreed to write to you.",
    "Yours sincerely,",
    "District\tIncidents\tOffences\tCharges",
    "North\t4,493\t1,913\t864",
    "South\t3,525\t1,202\t730",
    "Total\t8,018\t3,115\t1,594",
    "We will work with partners to reduce violence against women and girls in every district.",
    "Recommendation 1",
    "The Commissioner should publish stop and search outcomes by district every quarter.",
]


def sample_files() -> list[list[str]]:
    """The text files to print, as lines: everything we wrote ourselves — the demo samples and the invented documents
    of the genre test corpora (``tests/genre*/docs``) — in a fixed order; else our own filler."""
    sources = sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []
    sources += sorted((ROOT / "tests").glob("genre*/docs/*.txt"))
    files = [p.read_text(encoding="utf-8", errors="replace").splitlines() for p in sources]
    return files or [FILLER * 20]


def build_corpus(folder: Path, docs: int, pages: int = 0) -> tuple[list[Path], float]:
    """Write ``docs`` PDFs into ``folder`` from consecutive, non-overlapping stretches of our text, printed as a word
    processor prints papers (``tests/pdfprint.py``: prose in its own lines, tables cell by cell in aligned columns).
    ``pages`` per PDF, or 0 for as many as the text fills without repeating a line. Returns the paths and the share
    of printed lines that are distinct (memoising by line text gains little on real documents, so the benchmark
    should not repeat its text much either)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from pdfprint import LINES_PER_PAGE, layout, print_pdf

    printed = [line for lines in sample_files() for line in layout(lines)]
    if pages <= 0:
        pages = max(1, len(printed) // (LINES_PER_PAGE * docs))
    paths = []
    texts: list[str] = []
    for d in range(docs):
        p = folder / f"pack{d}.pdf"
        first = d * pages * LINES_PER_PAGE
        print_pdf(p, printed, pages, first)
        texts += [printed[(first + i) % len(printed)].text for i in range(pages * LINES_PER_PAGE)]
        paths.append(p)
    texts = [t for t in texts if t.strip()]
    return paths, len(set(texts)) / max(len(texts), 1)


def raw_extract(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    n = 0
    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
            n += 1
        pdf.close()
    return n


def scrutiny_extract(paths: list[Path]) -> int:
    from scrutiny.pipeline import extract_path

    return sum(extract_path(p).document.pages for p in paths)


def _raw_one(path: Path) -> int:
    return raw_extract([path])


def _scrutiny_one(path: Path) -> int:
    return scrutiny_extract([path])


def timed_parallel(paths: list[Path], workers: int, repeats: int) -> tuple[float, float]:
    """Median wall times of the raw extraction and of Scrutiny with the files shared among ``workers`` processes
    (both in one warm pool, as ``scrutiny ingest`` uses one): ``(raw_seconds, scrutiny_seconds)``."""
    from scrutiny.pipeline import worker_pool

    raw_times, scr_times = [], []
    with worker_pool(workers) as pool:
        list(pool.map(_scrutiny_one, paths * workers))  # warm every worker
        list(pool.map(_raw_one, paths * workers))
        for _ in range(repeats):
            t0 = time.perf_counter()
            list(pool.map(_raw_one, paths))
            raw_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            list(pool.map(_scrutiny_one, paths))
            scr_times.append(time.perf_counter() - t0)
    return statistics.median(raw_times), statistics.median(scr_times)


def clear_memos() -> None:
    """Empty every ``functools.lru_cache`` in Scrutiny's modules (each timed run starts cold)."""
    for name, mod in list(sys.modules.items()):
        if name == "scrutiny" or name.startswith("scrutiny."):
            for obj in list(vars(mod).values()):
                if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", "") == name:
                    obj.cache_clear()


def stage_times(paths: list[Path]) -> dict[str, float]:
    """Seconds spent in each stage of the pipeline over ``paths`` (the same stages, called one by one)."""
    from scrutiny.check import check_figures
    from scrutiny.clean import mark_noise
    from scrutiny.extract import Context, load_extractors
    from scrutiny.gazetteer import Gazetteer
    from scrutiny.read import read_document
    from scrutiny.segment import segment
    from scrutiny.tables import find_tables

    out = {"read": 0.0, "noise": 0.0, "segment": 0.0, "tables": 0.0, "extractors": 0.0, "checks": 0.0}
    clear_memos()
    for p in paths:
        t0 = time.perf_counter()
        doc = read_document(p)
        t1 = time.perf_counter()
        noise = mark_noise(doc)
        t2 = time.perf_counter()
        parts = segment(doc, noise)
        t3 = time.perf_counter()
        ctx = Context(doc=doc, noise=noise, parts=parts, found={"parts": list(parts)}, gazetteer=Gazetteer())
        ctx.tables = find_tables(ctx)
        t4 = time.perf_counter()
        for module in load_extractors():
            ctx.found[module.KEY] = ctx.found.get(module.KEY, []) + list(module.extract(ctx))
        t5 = time.perf_counter()
        list(check_figures(ctx))
        t6 = time.perf_counter()
        for k, a, b in (("read", t0, t1), ("noise", t1, t2), ("segment", t2, t3), ("tables", t3, t4),
                        ("extractors", t4, t5), ("checks", t5, t6)):
            out[k] += b - a
    return out


def timed_pair(paths: list[Path], repeats: int) -> tuple[float, int, float, int]:
    """Median wall times of ``repeats`` alternating runs of the raw extraction and of Scrutiny, with the pages
    each run covered: ``(raw_seconds, raw_pages, scrutiny_seconds, scrutiny_pages)``."""
    raw_times, scr_times = [], []
    raw_pages = scr_pages = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        raw_pages = raw_extract(paths)
        raw_times.append(time.perf_counter() - t0)
        clear_memos()
        t0 = time.perf_counter()
        scr_pages = scrutiny_extract(paths)
        scr_times.append(time.perf_counter() - t0)
    return statistics.median(raw_times), raw_pages, statistics.median(scr_times), scr_pages


def median_stages(paths: list[Path], repeats: int) -> dict[str, float]:
    """The median, over ``repeats`` passes, of the seconds spent in each stage."""
    runs = [stage_times(paths) for _ in range(repeats)]
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=4, help="number of PDFs to build")
    ap.add_argument("--workers", type=int, default=0,
                    help="also time both with the files shared among this many processes (default: one per core; "
                         "1 = skip)")
    ap.add_argument("--pages", type=int, default=0,
                    help="pages per PDF (default: as many as our text fills without repeating a line)")
    ap.add_argument("--repeats", type=int, default=5)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        paths, distinct = build_corpus(Path(tmp), a.docs, a.pages)
        scrutiny_extract(paths)  # warm up: imports, compiled patterns, the files in the OS cache
        raw_extract(paths)
        raw_t, raw_pages, scr_t, scr_pages = timed_pair(paths, a.repeats)
        workers = a.workers or (os.cpu_count() or 1)
        par = timed_parallel(paths, workers, a.repeats) if workers > 1 else None
        try:
            stages = median_stages(paths, a.repeats)
        except Exception as e:  # the breakdown is informative only
            stages = {}
            print(f"(no stage breakdown: {e.__class__.__name__}: {e})")
    raw_rate = raw_pages / raw_t
    scr_rate = scr_pages / scr_t
    ratio = scr_t / raw_t
    print(f"documents {a.docs} x {raw_pages // a.docs} pages; {distinct:.0%} of the printed lines distinct; "
          f"median of {a.repeats} alternating runs")
    print(f"raw pypdfium2 text extraction  {raw_rate:9.1f} pages/s  ({raw_t * 1000 / raw_pages:.2f} ms/page)")
    print(f"scrutiny read+segment+extract  {scr_rate:9.1f} pages/s  ({scr_t * 1000 / scr_pages:.2f} ms/page)")
    print(f"ratio (scrutiny / raw cost)    {ratio:9.2f}x  (target <= 1.5x)")
    if par:
        print(f"with {workers} processes (files shared among them, as `scrutiny ingest` does):")
        print(f"  raw pypdfium2                {raw_pages / par[0]:9.1f} pages/s")
        print(f"  scrutiny                     {scr_pages / par[1]:9.1f} pages/s   ratio {par[1] / par[0]:.2f}x; "
              f"against one raw process {par[1] / raw_t:.2f}x")
    if stages:
        print(f"stage breakdown, ms/page (median of {a.repeats} passes, stages timed one by one):")
        for k, v in stages.items():
            print(f"  {k:11} {v * 1000 / scr_pages:7.2f}")
        after_read = sum(v for k, v in stages.items() if k != "read")
        print(f"  {'total':11} {sum(stages.values()) * 1000 / scr_pages:7.2f}   (after reading: "
              f"{after_read * 1000 / scr_pages:.2f} ms/page = {after_read / raw_t:.2f}x the raw extraction)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
