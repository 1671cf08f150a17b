"""Settings, declared once with defaults and help. Read from the environment (prefix ``SCRUTINY_``)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SCRUTINY_", extra="ignore")

    database_url: str = Field(
        "sqlite:///scrutiny.db",
        description="SQLAlchemy URL of the store: sqlite:///PATH (default ./scrutiny.db) or "
        "postgresql+psycopg://USER@HOST/DB for a shared server.",
    )
    max_document_bytes: int = Field(
        200 * 1024 * 1024, description="Largest input file accepted, in bytes; larger files are refused."
    )
    max_pages: int = Field(5000, description="Most pages read from one document.")
    ingest_workers: int = Field(
        0, ge=0, le=64,
        description="Worker processes that extract documents during a batch ingest: 0 = one per CPU core (at most "
        "8), 1 = extract in the ingesting process.",
    )
    page_size: int = Field(50, description="Rows per page in the web app's lists.")
    deadline_defaults: dict[str, dict[str, str]] = Field(
        {"*": {"recommendations": "within two months"}},
        description="Due-date rules where a document states none, per body ('*' for any) and kind of item, as "
        "deadline phrases, e.g. {\"*\": {\"recommendations\": \"within two months\"}, "
        "\"MOPAC\": {\"actions\": \"within 20 working days\"}}. JSON in $SCRUTINY_DEADLINE_DEFAULTS.",
    )
    link_threshold: float = Field(0.6, description="Links scoring below this are proposed for review, not asserted.")
    shared_dir: Path = Field(
        Path("../shared"), description="Folder holding the real corpus, gold annotations and scorer."
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def database_url_for(db: str | None) -> str:
    """Turn a ``--db`` option (a path or a URL) into a SQLAlchemy URL, falling back to the settings."""
    if not db:
        return get_settings().database_url
    if "://" in db:
        return db
    return f"sqlite:///{db}"
