"""The ``scrutiny`` command line. It parses input, calls the library and formats output — nothing more."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .config import database_url_for
from .errors import ScrutinyError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Scrutiny: what oversight bodies asked, promised, recommended and answered.")

DB_HELP = "Database: a SQLite file path or a SQLAlchemy URL (default: $SCRUTINY_DATABASE_URL or ./scrutiny.db)."


def _fail(msg: str, code: int = 1) -> None:
    typer.echo(f"error: {msg}", err=True)
    raise typer.Exit(code)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.")) -> None:
    if version:
        typer.echo(__version__)
        raise typer.Exit(0)


@app.command()
def extract(
    file: Path = typer.Argument(..., help="A .txt, .pdf, .docx or .html document."),
    format: str = typer.Option("json", "--format", "-f", help="Output format: json (scrutiny.extract/1) or summary."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Extract one document and print the scrutiny.extract/1 JSON object."""
    from .contract import to_contract
    from .pipeline import extract_path

    if format not in ("json", "summary"):
        _fail(f"unknown format {format!r} (json or summary)", 2)
    obj = to_contract(extract_path(file))
    if format == "json":
        text = json.dumps(obj, ensure_ascii=False, indent=1)
    else:
        d = obj["document"]
        text = f"{d['name']}: {d['lines']} lines, {d['pages']} page(s)\n" + "\n".join(
            f"  {k}: {len(v)}" for k, v in obj.items() if isinstance(v, list) and v)
    if output:
        output.write_text(text + "\n")
    else:
        typer.echo(text)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders to ingest."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    force: bool = typer.Option(False, "--force", help="Re-extract documents already stored (reviewed items are kept)."),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1, max=64,
        help="Processes extracting documents at once (default: the ingest_workers setting, one per CPU core)."),
) -> None:
    """Read, extract and store documents. Storing the same file twice stores it once; files already stored are
    not read again."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .ingest import expand_paths, ingest_paths
    from .store import open_store

    store = open_store(database_url_for(db))
    files = expand_paths(paths)
    if not files:
        _fail("no documents found in " + ", ".join(str(p) for p in paths), 2)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def tick(f: Path) -> None:
            progress.update(task, advance=1, description=f"ingesting {f.name[:40]}")

        report = ingest_paths(store, files, force=force, progress=tick, workers=workers)
    for err in report.errors:
        typer.echo(f"error: {err}", err=True)
    typer.echo(report.summary())
    if report.errors:
        raise typer.Exit(1)


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
) -> None:
    """Serve the web app (every page has a JSON twin: add .json to its URL)."""
    import uvicorn

    from .web.app import create_app

    typer.echo(f"Scrutiny on http://{host}:{port}/", err=True)
    uvicorn.run(create_app(database_url_for(db)), host=host, port=port, log_level="warning")


@app.command("eval")
def eval_cmd(
    gold: Path = typer.Option(Path("../shared/gold"), help="Folder of gold annotation files."),
    corpus: Path = typer.Option(Path("../shared/corpus/seeds"), help="Folder of the documents the gold describes."),
    json_out: bool = typer.Option(False, "--json", help="Print the scorer's JSON report."),
    keep: Optional[Path] = typer.Option(None, help="Keep the predictions in this folder."),
) -> None:
    """Extract the corpus and score it against the gold annotations (../shared/tools/score.py)."""
    from .evaluate import run_eval

    typer.echo(run_eval(gold, corpus, as_json=json_out, keep=keep), nl=False)


@app.command()
def documents(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
              format: str = typer.Option("table", "--format", "-f", help="table or json")) -> None:
    """List stored documents."""
    from .store import open_store

    store = open_store(database_url_for(db))
    docs = store.list_documents(limit=10_000)
    if format == "json":
        typer.echo(json.dumps(docs, indent=1, default=str))
        return
    for d in docs:
        typer.echo(f"{d['id'][:12]}  {d['pages']:>4}p  {d['kind'] or '-':<18} {d['name']}")


# --- accounts ---------------------------------------------------------------------------------------------------

user_app = typer.Typer(help="Editors' accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@user_app.command("add")
def user_add(
    username: str = typer.Argument(..., help="Login name."),
    role: str = typer.Option("editor", help="editor or admin."),
    password: Optional[str] = typer.Option(None, help="Password (prompted for when not given; or $SCRUTINY_PASSWORD)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Create an editor's account (passwords are hashed with Argon2)."""
    import os

    from .review import add_user
    from .store import open_store

    pw = password or os.environ.get("SCRUTINY_PASSWORD")
    if not pw:
        if not sys.stdin.isatty():
            _fail("no password: give --password, set SCRUTINY_PASSWORD, or run in a terminal", 2)
        pw = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    add_user(open_store(database_url_for(db)), username, pw, role)
    typer.echo(f"user {username} added ({role})")


# --- lists of items -------------------------------------------------------------------------------------------------

def _list_items(kind: str, db: Optional[str], status: Optional[str], owner: Optional[str], body: Optional[str],
                overdue: bool, as_of: Optional[str], fmt: str, limit: int) -> None:
    import csv
    import datetime as dt

    from .store import open_store
    from .tracker import item_rows

    if fmt not in ("table", "json", "csv"):
        _fail(f"unknown format {fmt!r} (table, json or csv)", 2)
    if as_of:
        try:
            dt.date.fromisoformat(as_of)
        except ValueError:
            _fail(f"--as-of: not an ISO date ({as_of!r})", 2)
    store = open_store(database_url_for(db))
    rows = item_rows(store, kind, status=status, owner=owner or body, overdue=overdue, as_of=as_of, limit=limit)
    if fmt == "json":
        typer.echo(json.dumps(rows, indent=1, ensure_ascii=False, default=str))
        return
    cols = ["status", "owner", "due", "text", "response", "source"]
    if fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: _flat(r.get(c)) for c in cols})
        return
    from rich.console import Console
    from rich.table import Table as RichTable

    t = RichTable(show_lines=False, title=f"{kind} ({len(rows)})")
    for c in cols:
        t.add_column(c, overflow="fold", max_width=60 if c == "text" else 30)
    for r in rows:
        t.add_row(*[_flat(r.get(c)) for c in cols])
    Console(width=200).print(t)


def _flat(v) -> str:
    if v is None:
        return ""
    if isinstance(v, dict):
        if "document" in v and "line" in v:  # a response or a source: document:line (date)
            return f"{v['document']}:{v['line']}" + (f" ({v['date']})" if v.get("date") else "")
        return ", ".join(f"{x}" for x in v.values() if x is not None)
    return str(v)


def _make_list_command(kind: str, help_text: str):
    def cmd(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        status: Optional[str] = typer.Option(None, help="open, in_progress, answered, completed, overdue, withdrawn."),
        owner: Optional[str] = typer.Option(None, help="The body responsible (e.g. MPS)."),
        body: Optional[str] = typer.Option(None, help="Same as --owner."),
        overdue: bool = typer.Option(False, "--overdue", help="Only items past their due date."),
        as_of: Optional[str] = typer.Option(None, "--as-of", help="Evaluate status and overdue as of this date."),
        format: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
        limit: int = typer.Option(1000, help="Most rows to print."),
    ) -> None:
        _list_items(kind, db, status, owner, body, overdue, as_of, format, limit)

    cmd.__doc__ = help_text
    return cmd


for _kind, _help in [("actions", "Actions arising, with owner, status, due date and response."),
                     ("questions", "Questions put to bodies, with their answers."),
                     ("recommendations", "Recommendations, with addressee, due date and responses."),
                     ("commitments", "Commitments made in plans."),
                     ("letters", "Letters, with sender, date and the meeting they follow up.")]:
    app.command(_kind)(_make_list_command(_kind, _help))


@app.command("indicators")
def indicators_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    document: Optional[str] = typer.Option(None, help="Only this stored document (its id)."),
    format: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
) -> None:
    """Performance indicators found in stored documents: value, target and RAG (stated and computed)."""
    import csv

    from .store import open_store

    rows, _ = open_store(database_url_for(db)).query_items(kind="indicators", document_id=document, limit=100_000)
    cols = ["code", "name", "period", "value", "target", "rag"]
    out = [{**{c: r["data"].get(c) for c in cols}, "document": r["document_name"], "line": r["start_line"]}
           for r in rows]
    if format == "json":
        typer.echo(json.dumps(out, indent=1, ensure_ascii=False))
    elif format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=[*cols, "document", "line"])
        w.writeheader()
        w.writerows(out)
    elif format == "table":
        for r in out:
            typer.echo(f"{r['document']}:{r['line']}  {r['code'] or '-':8} {str(r['period'] or ''):14} "
                       f"{str(r['value']):>10}  {r['rag'] or '-':6} {r['name']}")
    else:
        _fail(f"unknown format {format!r} (table, json or csv)", 2)


@app.command("checks")
def checks_cmd(
    file: Path = typer.Argument(..., help="A document to check."),
    all_checks: bool = typer.Option(False, "--all", help="Also list the checks whose figures agree."),
    format: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Recompute every total, rate and change a document states from its own numbers; list disagreements."""
    from .contract import to_contract
    from .pipeline import extract_path

    checks = to_contract(extract_path(file))["checks"]
    bad = [c for c in checks if not c.get("ok")]
    if format == "json":
        typer.echo(json.dumps({"performed": len(checks), "disagreements": len(bad),
                               "checks": checks if all_checks else bad}, indent=1, ensure_ascii=False))
        return
    typer.echo(f"{file.name}: {len(checks)} check(s) performed, {len(bad)} disagreement(s)")
    for c in checks if all_checks else bad:
        mark = "ok " if c.get("ok") else "BAD"
        typer.echo(f"  {mark} line {c['line']:>5}  {c['kind']:14} stated {c.get('stated')!s:>10}  "
                   f"computed {c.get('computed')!s:>10}  {c.get('explanation') or ''}")


@app.command("search")
def search_cmd(
    query: str = typer.Argument(..., help='Words, "a phrase", or a prefix*.'),
    kind: Optional[str] = typer.Option(None, help="Only this kind of item (text for document text)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, help="Most hits."),
    format: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Full-text search over document text and every extracted item."""
    from .search import MARK_END, MARK_START
    from .store import open_store

    res = open_store(database_url_for(db)).search(query, limit=limit, kind=kind)
    if format == "json":
        typer.echo(json.dumps({"total": res.total, "hits": res.hits, "facets": res.facets}, indent=1,
                              ensure_ascii=False))
        return
    typer.echo(f"{res.total} hit(s)")
    for h in res.hits:
        snip = (h.get("snippet") or "").replace(MARK_START, "[").replace(MARK_END, "]")
        typer.echo(f"{h['document_name']}:{h['line']}  {h['kind']}  {snip}")


from .reports.cli import report_app  # noqa: E402

app.add_typer(report_app, name="report", help="Committee-ready reports: Summary List of Actions, recommendations "
              "monitor, quarterly performance report (HTML, DOCX, PDF).")


def main() -> None:
    """Entry point: every ScrutinyError becomes one line on stderr and its exit code."""
    try:
        rc = app(standalone_mode=False)
        sys.exit(rc if isinstance(rc, int) else 0)
    except ScrutinyError as e:
        typer.echo(f"error: {e}", err=True)
        sys.exit(e.exit_code)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except Exception as e:  # click usage errors and anything unexpected: one line, not a traceback
        import click

        if isinstance(e, click.ClickException):
            e.show()
            sys.exit(e.exit_code)
        typer.echo(f"error: {e.__class__.__name__}: {e}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
