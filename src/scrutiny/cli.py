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
) -> None:
    """Read, extract and store documents. Storing the same file twice stores it once."""
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

        report = ingest_paths(store, files, force=force, progress=tick)
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
