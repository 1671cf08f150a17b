"""Errors that cross a boundary (CLI, web API) as one clear line."""
from __future__ import annotations


class ScrutinyError(Exception):
    """Base class: ``str(err)`` is the one line shown to the user."""

    exit_code = 1
    http_status = 400
    code = "error"


class ReadError(ScrutinyError):
    """A document could not be read (missing, empty, corrupt, encrypted, unknown type, too large)."""

    exit_code = 2
    http_status = 422
    code = "unreadable_document"

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class NotFound(ScrutinyError):
    http_status = 404
    code = "not_found"


class ConfigError(ScrutinyError):
    exit_code = 3
    code = "configuration"
