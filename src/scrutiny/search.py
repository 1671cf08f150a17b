"""Full-text search over document text and every extracted item: SQLite FTS5 or PostgreSQL tsvector, one interface.

User input never reaches the query syntax as is: :func:`parse_query` reduces it to words, quoted phrases and
prefixes (``polic*``), and each back end builds its own query from those, passed as a bound parameter. A search
for ``"``, ``NEAR(`` or ``'; drop table`` returns results or none, never an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

MARK_START, MARK_END = "\u27e6", "\u27e7"  # ⟦ ⟧ highlight markers, stripped from indexed text
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TERM = re.compile(r'"([^"]*)"?|(\S+)')
MAX_QUERY_CHARS = 300
MAX_TERMS = 12
FACETS = ("kind", "status", "year", "owner")


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False  # the last word is a prefix

    @property
    def phrase(self) -> bool:
        return len(self.words) > 1


def parse_query(q: str) -> list[Term]:
    """Words, "quoted phrases" and prefixes (a word ending in ``*``); everything else is dropped."""
    q = (q or "")[:MAX_QUERY_CHARS]
    terms: list[Term] = []
    for m in _TERM.finditer(q):
        if m.group(1) is not None:
            words = tuple(w.lower() for w in _WORD.findall(m.group(1)))
            if words:
                terms.append(Term(words))
        else:
            tok = m.group(2)
            words = tuple(w.lower() for w in _WORD.findall(tok))
            if not words:
                continue
            if len(words) == 1:
                terms.append(Term(words, prefix=tok.endswith("*")))
            else:  # "don't", "e-mail", "2014/4962": keep the pieces together as a phrase
                terms.append(Term(words, prefix=tok.endswith("*")))
        if len(terms) >= MAX_TERMS:
            break
    return terms


def fts5_query(terms: Iterable[Term]) -> str:
    parts = []
    for t in terms:
        body = " ".join(t.words).replace('"', '""')
        parts.append(f'"{body}"' + ("*" if t.prefix else ""))
    return " ".join(parts)


def pg_tsquery(terms: Iterable[Term]) -> str:
    parts = []
    for t in terms:
        words = [w for w in t.words if w.isalnum()]
        if not words:
            continue
        if t.prefix:
            words[-1] = words[-1] + ":*"
        parts.append("(" + " <-> ".join(words) + ")" if len(words) > 1 else words[0])
    return " & ".join(parts)


def clean_for_index(s: str | None) -> str:
    return (s or "").replace(MARK_START, "").replace(MARK_END, "")


# --- building index rows -----------------------------------------------------------------------------------------

@dataclass
class IndexRow:
    ref: str
    kind: str
    document_id: str
    line: int
    title: str
    body: str
    status: str | None = None
    owner: str | None = None
    year: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "kind": self.kind, "document_id": self.document_id, "line": self.line,
                "title": clean_for_index(self.title)[:500], "body": clean_for_index(self.body)[:20000],
                "status": self.status, "owner": self.owner, "year": self.year}


def paragraphs(lines: list[tuple[int, str, bool]], max_lines: int = 12) -> list[tuple[int, str]]:
    """Blocks of text separated by blank lines (at most ``max_lines`` each): (first line number, text)."""
    out: list[tuple[int, str]] = []
    buf: list[str] = []
    start = 0
    for number, txt, noise in lines:
        if noise:
            continue
        if not txt.strip():
            if buf:
                out.append((start, " ".join(buf)))
                buf = []
            continue
        if not buf:
            start = number
        buf.append(txt.strip())
        if len(buf) >= max_lines:
            out.append((start, " ".join(buf)))
            buf = []
    if buf:
        out.append((start, " ".join(buf)))
    return out


def item_text(data: dict[str, Any]) -> str:
    """The searchable words of an item: its string values (nested lists and objects included)."""
    out: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk({k: v for k, v in data.items() if k not in ("kind",)})
    return " ".join(out)


# --- the two back ends ---------------------------------------------------------------------------------------------

def replace_document(conn: Connection, dialect: str, document_id: str, rows: list[IndexRow]) -> None:
    table = "search_fts" if dialect == "sqlite" else "search_docs"
    conn.execute(text(f"DELETE FROM {table} WHERE document_id = :d"), {"d": document_id})
    insert_rows(conn, dialect, rows)


def insert_rows(conn: Connection, dialect: str, rows: list[IndexRow]) -> None:
    if not rows:
        return
    table = "search_fts" if dialect == "sqlite" else "search_docs"
    stmt = text(f"INSERT INTO {table} (ref, kind, document_id, line, title, body, status, owner, year) "
                "VALUES (:ref, :kind, :document_id, :line, :title, :body, :status, :owner, :year)")
    dicts = [r.as_dict() for r in rows]
    for i in range(0, len(dicts), 500):
        conn.execute(stmt, dicts[i : i + 500])


def delete_row(conn: Connection, dialect: str, ref: str) -> None:
    table = "search_fts" if dialect == "sqlite" else "search_docs"
    conn.execute(text(f"DELETE FROM {table} WHERE ref = :r"), {"r": ref})


def replace_row(conn: Connection, dialect: str, row: IndexRow) -> None:
    delete_row(conn, dialect, row.ref)
    insert_rows(conn, dialect, [row])


@dataclass
class SearchResult:
    query: str
    hits: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def search(conn: Connection, dialect: str, q: str, filters: dict[str, str | None] | None = None,
           limit: int = 20, offset: int = 0) -> SearchResult:
    terms = parse_query(q)
    result = SearchResult(query=q)
    if not terms:
        return result
    filters = {k: v for k, v in (filters or {}).items() if v and k in (*FACETS, "document_id")}
    limit = max(1, min(limit, 200))
    offset = max(0, min(offset, 100_000))
    params: dict[str, Any] = {"lim": limit, "off": offset}
    where_f = ""
    for i, (k, v) in enumerate(sorted(filters.items())):
        where_f += f" AND {k} = :f{i}"
        params[f"f{i}"] = v
    if dialect == "sqlite":
        params["q"] = fts5_query(terms)
        base = f"FROM search_fts WHERE search_fts MATCH :q{where_f}"
        hits_sql = (f"SELECT ref, kind, document_id, line, title, status, owner, year, "
                    f"snippet(search_fts, 1, '{MARK_START}', '{MARK_END}', '…', 24) AS snippet "
                    f"{base} ORDER BY bm25(search_fts, 4.0, 1.0) LIMIT :lim OFFSET :off")
    else:
        tsq = pg_tsquery(terms)
        if not tsq:
            return result
        params["q"] = tsq
        base = f"FROM search_docs WHERE tsv @@ to_tsquery('english', :q){where_f}"
        hits_sql = (f"SELECT ref, kind, document_id, line, title, status, owner, year, "
                    f"ts_headline('english', body, to_tsquery('english', :q), "
                    f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=12, MaxFragments=1') "
                    f"AS snippet {base} ORDER BY ts_rank(tsv, to_tsquery('english', :q)) DESC, ref "
                    f"LIMIT :lim OFFSET :off")
    result.hits = [dict(r._mapping) for r in conn.execute(text(hits_sql), params)]
    # the count and every facet from one pass over the matches
    cols = ", ".join(FACETS)
    counts: dict[str, dict[str, int]] = {f: {} for f in FACETS}
    total = 0
    for r in conn.execute(text(f"SELECT {cols}, count(*) AS n {base} GROUP BY {cols}"), params):
        n = int(r.n)
        total += n
        for f in FACETS:
            v = getattr(r, f)
            if v:
                counts[f][v] = counts[f].get(v, 0) + n
    result.total = total
    result.facets = {f: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:30]) for f, c in counts.items()}
    return result


def snippet_html(snippet: str | None) -> str:
    """Escape a snippet, then turn the highlight markers into <mark> (never trusting the text)."""
    from markupsafe import escape

    s = str(escape(snippet or ""))
    return s.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")

