"""Editors' review of the record: accounts, corrections, status changes, links — every change audited.

A correction is stored beside the extracted item (``items.corrected``), never over it, so re-extracting the
document replaces what the machine found but keeps what a person said.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, update

from .errors import NotFound, ScrutinyError
from .store.db import Store, _index_row_for_item, _item_row, item_facets
from .store.schema import audit, items, links, users
from . import search as fts

STATUSES = ("open", "in_progress", "answered", "completed", "overdue", "withdrawn")
ROLES = ("editor", "admin")
REVIEW_STATES = ("extracted", "confirmed", "corrected", "rejected")
LINK_STATES = ("asserted", "proposed", "confirmed", "rejected")
_USERNAME = re.compile(r"^[A-Za-z0-9_.@-]{2,64}$")
_hasher = PasswordHasher()


class PermissionDenied(ScrutinyError):
    http_status = 403
    code = "forbidden"


class InvalidInput(ScrutinyError):
    http_status = 422
    code = "invalid_input"


class NothingToCorrect(InvalidInput):
    """A correction whose every field equals the record."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


# --- accounts --------------------------------------------------------------------------------------------------------

def add_user(store: Store, username: str, password: str, role: str = "editor") -> None:
    if not _USERNAME.match(username or ""):
        raise InvalidInput("username: 2–64 letters, digits or . _ @ -")
    if len(password or "") < 8:
        raise InvalidInput("password: at least 8 characters")
    if role not in ROLES:
        raise InvalidInput(f"role: one of {', '.join(ROLES)}")
    with store.engine.begin() as conn:
        if conn.execute(select(users.c.username).where(users.c.username == username)).first():
            raise InvalidInput(f"user {username!r} already exists")
        conn.execute(users.insert().values(username=username, password_hash=_hasher.hash(password), role=role,
                                           created_at=_now()))
        _audit(conn, username, "user_add", note=f"role {role}")


def authenticate(store: Store, username: str, password: str) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        r = conn.execute(select(users).where(users.c.username == (username or "")[:64])).first()
    if r is None:
        _hasher.hash("timing-equaliser")  # same work whether or not the user exists
        return None
    try:
        _hasher.verify(r.password_hash, password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return {"username": r.username, "role": r.role}


def get_user(store: Store, username: str | None) -> dict[str, Any] | None:
    if not username:
        return None
    with store.engine.connect() as conn:
        r = conn.execute(select(users.c.username, users.c.role).where(users.c.username == username)).first()
    return dict(r._mapping) if r else None


def require_editor(user: dict[str, Any] | None) -> dict[str, Any]:
    if not user or user.get("role") not in ROLES:
        raise PermissionDenied("editing needs an editor's account: log in first")
    return user


# --- audit -------------------------------------------------------------------------------------------------------------

def _audit(conn, username: str, action: str, item_id: str | None = None, link_id: str | None = None,
           before: Any = None, after: Any = None, note: str | None = None) -> None:
    conn.execute(audit.insert().values(
        at=_now(), username=username, action=action, item_id=item_id, link_id=link_id,
        before=None if before is None else json.dumps(before, ensure_ascii=False),
        after=None if after is None else json.dumps(after, ensure_ascii=False),
        note=(note or None) and note[:2000]))


def history(store: Store, item_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        q = select(audit).order_by(audit.c.id.desc()).limit(limit)
        if item_id:
            q = q.where(audit.c.item_id == item_id)
        out = []
        for r in conn.execute(q):
            d = dict(r._mapping)
            for k in ("before", "after"):
                d[k] = json.loads(d[k]) if d[k] else None
            out.append(d)
        return out


# --- item review ---------------------------------------------------------------------------------------------------

def _load(conn, item_id: str) -> dict[str, Any]:
    r = conn.execute(select(items).where(items.c.id == item_id)).first()
    if r is None:
        raise NotFound(f"no item {item_id!r}")
    return _item_row(r._mapping)


def _write_review(conn, store: Store, it: dict[str, Any], state: str, corrected: dict[str, Any] | None) -> None:
    merged = {**it["data"], **(corrected or {})}
    values: dict[str, Any] = {"review_state": state, "updated_at": _now(),
                              "corrected": json.dumps(corrected, ensure_ascii=False) if corrected else None}
    values.update(item_facets(merged))
    if corrected and "status_code" in corrected:
        values["status_code"] = corrected["status_code"]
    conn.execute(update(items).where(items.c.id == it["id"]).values(**values))
    fresh = _load(conn, it["id"])
    if state == "rejected":
        fts.delete_row(conn, store.dialect, it["id"])
    else:
        fts.replace_row(conn, store.dialect, _index_row_for_item(fresh))


def _extracted_corrections(it: dict[str, Any]) -> dict[str, Any]:
    return dict(it.get("corrected") or {})


def confirm_item(store: Store, user: dict[str, Any] | None, item_id: str, note: str | None = None) -> dict:
    user = require_editor(user)
    with store.engine.begin() as conn:
        it = _load(conn, item_id)
        corr = _extracted_corrections(it)
        _write_review(conn, store, it, "corrected" if corr else "confirmed", corr or None)
        _audit(conn, user["username"], "confirm", item_id, before={"review_state": it["review_state"]},
               after={"review_state": "corrected" if corr else "confirmed"}, note=note)
        return _load(conn, item_id)


def reject_item(store: Store, user: dict[str, Any] | None, item_id: str, note: str | None = None) -> dict:
    user = require_editor(user)
    with store.engine.begin() as conn:
        it = _load(conn, item_id)
        _write_review(conn, store, it, "rejected", _extracted_corrections(it) or None)
        _audit(conn, user["username"], "reject", item_id, before={"review_state": it["review_state"]},
               after={"review_state": "rejected"}, note=note)
        return _load(conn, item_id)


def correct_item(store: Store, user: dict[str, Any] | None, item_id: str, fields: dict[str, Any],
                 note: str | None = None) -> dict:
    """Correct some fields of an item. Only fields the item has (or status_code) can be set; values are bounded."""
    user = require_editor(user)
    with store.engine.begin() as conn:
        it = _load(conn, item_id)
        allowed = set(it["data"]) - {"line", "start_line", "end_line", "page", "locations"} | {"status_code"}
        clean: dict[str, Any] = {}
        for k, v in fields.items():
            if k not in allowed:
                raise InvalidInput(f"{k}: not a field of this {it['kind'][:-1] if it['kind'].endswith('s') else it['kind']}")
            if isinstance(v, str):
                v = v.strip()[:5000] or None
            if k == "status_code" and v is not None and v not in STATUSES:
                raise InvalidInput(f"status_code: one of {', '.join(STATUSES)}")
            old = it["data"].get(k)
            if (None if old is None else str(old).strip()) == v:
                continue  # unchanged (a form sends every field)
            clean[k] = v
        if not clean:
            raise NothingToCorrect("nothing to correct: no field differs from the record")
        before = {k: it["data"].get(k) for k in clean}
        corr = {**_extracted_corrections(it), **clean}
        _write_review(conn, store, it, "corrected", corr)
        _audit(conn, user["username"], "correct", item_id, before=before, after=clean, note=note)
        return _load(conn, item_id)


def set_status(store: Store, user: dict[str, Any] | None, item_id: str, status_code: str, note: str | None = None,
               words: str | None = None) -> dict:
    """Change an item's normalised status (with the document-style words, e.g. "Completed"), with a note."""
    if status_code not in STATUSES:
        raise InvalidInput(f"status: one of {', '.join(STATUSES)}")
    with store.engine.begin() as conn:
        it = _load(conn, item_id)
        user = require_editor(user)
        fields: dict[str, Any] = {"status_code": status_code}
        if "status" in it["data"]:
            fields["status"] = words or status_code.replace("_", " ").capitalize()
        before = {"status": it["data"].get("status"), "status_code": it.get("status_code")}
        corr = {**_extracted_corrections(it), **fields}
        _write_review(conn, store, it, "corrected", corr)
        _audit(conn, user["username"], "status", item_id, before=before, after=fields, note=note)
        return _load(conn, item_id)


def review_queue(store: Store, limit: int = 50, offset: int = 0, threshold: float = 0.8) -> dict[str, Any]:
    """Items not yet reviewed, least confident first, and links proposed but not asserted."""
    with store.engine.connect() as conn:
        q = (select(items).where(items.c.review_state == "extracted", items.c.confidence < threshold,
                                 items.c.kind.not_in(["parts", "tables", "turns"]))
             .order_by(items.c.confidence, items.c.id).limit(limit).offset(offset))
        its = [_item_row(r._mapping) for r in conn.execute(q)]
        ls = [dict(r._mapping) for r in conn.execute(
            select(links).where(links.c.state == "proposed").order_by(links.c.score.desc(), links.c.id).limit(limit))]
    for link in ls:
        link["evidence"] = json.loads(link["evidence"])
    return {"items": its, "links": ls}


# --- links -----------------------------------------------------------------------------------------------------------

def link_id(source_id: str, target_id: str, relation: str) -> str:
    return hashlib.sha256(f"{source_id}\0{target_id}\0{relation}".encode()).hexdigest()[:24]


def save_links(store: Store, new_links: list[dict[str, Any]]) -> int:
    """Store links made by the rules. A link a person confirmed or rejected keeps its state."""
    now = _now()
    n = 0
    with store.engine.begin() as conn:
        for lk in new_links:
            lid = link_id(lk["source_id"], lk["target_id"], lk["relation"])
            old = conn.execute(select(links.c.state).where(links.c.id == lid)).first()
            values = {"rule": lk["rule"], "evidence": json.dumps(lk.get("evidence") or {}, ensure_ascii=False),
                      "score": float(lk["score"]), "updated_at": now}
            if old is None:
                conn.execute(links.insert().values(id=lid, source_id=lk["source_id"], target_id=lk["target_id"],
                                                   relation=lk["relation"], state=lk.get("state", "proposed"),
                                                   created_at=now, **values))
            else:
                if old.state in ("asserted", "proposed"):
                    values["state"] = lk.get("state", "proposed")
                conn.execute(update(links).where(links.c.id == lid).values(**values))
            n += 1
    return n


def links_of(store: Store, item_id: str) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(links).where((links.c.source_id == item_id) | (links.c.target_id == item_id),
                                                links.c.state != "rejected").order_by(links.c.score.desc())).all()
    out = []
    for r in rows:
        d = dict(r._mapping)
        d["evidence"] = json.loads(d["evidence"])
        out.append(d)
    return out


def set_link_state(store: Store, user: dict[str, Any] | None, lid: str, state: str, note: str | None = None) -> None:
    user = require_editor(user)
    if state not in ("confirmed", "rejected"):
        raise InvalidInput("state: confirmed or rejected")
    with store.engine.begin() as conn:
        r = conn.execute(select(links).where(links.c.id == lid)).first()
        if r is None:
            raise NotFound(f"no link {lid!r}")
        conn.execute(update(links).where(links.c.id == lid).values(state=state, updated_at=_now()))
        _audit(conn, user["username"], "link_" + ("confirm" if state == "confirmed" else "unlink"),
               item_id=r.target_id, link_id=lid, before={"state": r.state}, after={"state": state}, note=note)


def add_manual_link(store: Store, user: dict[str, Any] | None, source_id: str, target_id: str,
                    relation: str = "answers", note: str | None = None) -> str:
    user = require_editor(user)
    store.get_item(source_id), store.get_item(target_id)
    lid = link_id(source_id, target_id, relation)
    now = _now()
    with store.engine.begin() as conn:
        if conn.execute(select(links.c.id).where(links.c.id == lid)).first():
            conn.execute(update(links).where(links.c.id == lid).values(state="confirmed", updated_at=now))
        else:
            conn.execute(links.insert().values(id=lid, source_id=source_id, target_id=target_id, relation=relation,
                                               rule="manual", evidence=json.dumps({"by": user["username"]}),
                                               score=1.0, state="confirmed", created_at=now, updated_at=now))
        _audit(conn, user["username"], "link", item_id=target_id, link_id=lid, after={"source_id": source_id,
               "relation": relation}, note=note)
    return lid
