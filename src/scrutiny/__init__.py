"""Scrutiny: the public papers of police-and-crime oversight bodies as a tracked, linked, searchable record.

The library is organised as one module per pipeline stage::

    read      → text with pages and lines          (scrutiny.read)
    clean     → noise lines marked, not deleted    (scrutiny.clean)
    segment   → parts of a document                (scrutiny.segment)
    extract   → one module per kind of item        (scrutiny.extract.*)
    store     → SQLAlchemy Core, migrations        (scrutiny.store)

``scrutiny.pipeline`` composes them; the CLI and the web app only parse input, call the library and format output.
"""

__version__ = "0.1.0"
SCHEMA = "scrutiny.extract/1"
