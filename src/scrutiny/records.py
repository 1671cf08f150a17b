"""Typed records that flow through the pipeline.

Every extracted item carries its :class:`Provenance` (document, page, line span, extractor, confidence). These
records are kept apart from the storage schema (``scrutiny.store.schema``) and from the JSON contract
(``scrutiny.contract``), which are both derived from them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

# ---------------------------------------------------------------------------------------------------------------
# The text model


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a document's text. ``number`` is 1-based and stable: cleaning marks lines, never removes them."""

    number: int
    page: int
    text: str


@dataclass
class DocumentText:
    """A document read into lines and pages (the output of :mod:`scrutiny.read`)."""

    name: str
    sha256: str
    source_format: str  # txt | pdf | docx | html
    lines: list[Line]
    pages: int
    path: str | None = None
    size: int = 0

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def text(self, number: int) -> str:
        return self.lines[number - 1].text

    def page_of(self, number: int) -> int:
        if 1 <= number <= len(self.lines):
            return self.lines[number - 1].page
        return 1

    def span_text(self, start: int, end: int) -> str:
        return "\n".join(ln.text for ln in self.lines[max(start, 1) - 1 : end])

    def __len__(self) -> int:
        return len(self.lines)


# ---------------------------------------------------------------------------------------------------------------
# Provenance and the base item


@dataclass
class Provenance:
    """Where an item came from and how sure we are of it."""

    document: str  # the document's sha256
    start_line: int
    end_line: int
    page: int | None = None
    extractor: str = ""
    confidence: float = 1.0


@dataclass(kw_only=True)
class Item:
    """Base of every extracted record. Subclasses list their contract fields as dataclass fields.

    ``LINE_STYLE`` says how the item's position is written in the contract: ``"line"`` (one ``line``) or
    ``"span"`` (``start_line``/``end_line``). ``locations`` lists every line where the same item appears again.
    """

    KIND: ClassVar[str] = ""
    LINE_STYLE: ClassVar[str] = "line"
    TEXT_FIELD: ClassVar[str | None] = None

    prov: Provenance
    locations: list[int] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.prov.start_line

    def contract_fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("prov", "locations"):
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    def to_contract(self) -> dict[str, Any]:
        out = self.contract_fields()
        if self.LINE_STYLE == "span":
            out.setdefault("start_line", self.prov.start_line)
            out.setdefault("end_line", self.prov.end_line)
        else:
            out["line"] = self.prov.start_line
        if self.prov.page is not None:
            out["page"] = self.prov.page
        if self.locations:
            out["locations"] = sorted(set(self.locations) | {self.prov.start_line})
        return out

    def summary(self) -> str:
        """A short human label for lists and search."""
        if self.TEXT_FIELD:
            return str(getattr(self, self.TEXT_FIELD) or "")
        return self.KIND


def _plain(v: Any) -> Any:
    if hasattr(v, "__dataclass_fields__"):
        return {f.name: _plain(getattr(v, f.name)) for f in fields(v)}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


# ---------------------------------------------------------------------------------------------------------------
# Kinds of item (fields follow CONTRACT.md, scrutiny.extract/1)

PART_KINDS = (
    "agenda", "minutes", "action_list", "letter", "report", "transcript", "plan", "briefing",
    "performance_report", "work_programme", "declarations", "annual_report", "other",
)


@dataclass(kw_only=True)
class Part(Item):
    KIND: ClassVar[str] = "part"
    LINE_STYLE: ClassVar[str] = "span"
    TEXT_FIELD: ClassVar[str | None] = "title"

    kind: str
    title: str | None = None
    date: str | None = None

    def contract_fields(self) -> dict[str, Any]:
        return {"kind": self.kind, "title": self.title, "start_line": self.prov.start_line,
                "end_line": self.prov.end_line, "date": self.date}


@dataclass
class AgendaItem:
    number: str | None
    title: str


@dataclass(kw_only=True)
class Meeting(Item):
    KIND: ClassVar[str] = "meeting"
    TEXT_FIELD: ClassVar[str | None] = "body"

    body: str | None = None
    date: str | None = None
    time: str | None = None
    place: str | None = None
    chair: str | None = None
    present: list[str] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    substitutes: list[str] = field(default_factory=list)
    agenda_items: list[AgendaItem] = field(default_factory=list)


@dataclass(kw_only=True)
class MinuteItem(Item):
    KIND: ClassVar[str] = "minute_item"
    TEXT_FIELD: ClassVar[str | None] = "title"

    meeting_date: str | None = None
    number: str | None = None
    title: str | None = None
    outcome: str | None = None


@dataclass(kw_only=True)
class Resolution(Item):
    KIND: ClassVar[str] = "resolution"
    TEXT_FIELD: ClassVar[str | None] = "text"

    meeting_date: str | None = None
    item: str | None = None
    text: str = ""


@dataclass(kw_only=True)
class Action(Item):
    KIND: ClassVar[str] = "action"
    TEXT_FIELD: ClassVar[str | None] = "text"

    meeting_date: str | None = None
    minute_item: str | None = None
    text: str = ""
    owner: str | None = None
    person: str | None = None
    status: str | None = None
    deadline: str | None = None
    status_code: str | None = None  # open | in_progress | answered | completed | overdue | withdrawn
    deadline_date: str | None = None


@dataclass(kw_only=True)
class Recommendation(Item):
    KIND: ClassVar[str] = "recommendation"
    TEXT_FIELD: ClassVar[str | None] = "text"

    report: str | None = None
    number: str | None = None
    text: str = ""
    addressee: str | None = None


@dataclass(kw_only=True)
class RecommendationUpdate(Item):
    KIND: ClassVar[str] = "recommendation_update"
    LINE_STYLE: ClassVar[str] = "span"
    TEXT_FIELD: ClassVar[str | None] = "recommendation_text"

    recommendation_number: str | None = None
    recommendation_text: str | None = None
    status: str | None = None


@dataclass
class LetterQuestion:
    text: str
    line: int
    answer_line: int | None = None


@dataclass(kw_only=True)
class Letter(Item):
    KIND: ClassVar[str] = "letter"
    LINE_STYLE: ClassVar[str] = "span"
    TEXT_FIELD: ClassVar[str | None] = "subject"

    date: str | None = None
    from_name: str | None = None
    from_role: str | None = None
    to_name: str | None = None
    to_role: str | None = None
    subject: str | None = None
    responds_to_meeting_date: str | None = None
    questions: list[LetterQuestion] = field(default_factory=list)


@dataclass(kw_only=True)
class Response(Item):
    KIND: ClassVar[str] = "response"
    TEXT_FIELD: ClassVar[str | None] = "topic"

    topic: str | None = None
    responds_to: str | None = None


@dataclass(kw_only=True)
class Question(Item):
    KIND: ClassVar[str] = "question"
    TEXT_FIELD: ClassVar[str | None] = "text"

    to: str | None = None
    text: str = ""
    number: str | None = None  # an order-paper number ("2014/4962") or "3" for "Question 3"
    answer: str | None = None  # the answer given, where the document gives one (minutes, written answers)
    answer_line: int | None = None


@dataclass(kw_only=True)
class Turn(Item):
    KIND: ClassVar[str] = "turn"
    TEXT_FIELD: ClassVar[str | None] = "speaker"

    speaker: str | None = None
    role: str | None = None


@dataclass(kw_only=True)
class Commitment(Item):
    KIND: ClassVar[str] = "commitment"
    TEXT_FIELD: ClassVar[str | None] = "text"

    text: str = ""
    theme: str | None = None
    owner: str | None = None
    section: str | None = None  # the nearest heading, where it differs from the theme (the chapter)
    measures: list[str] = field(default_factory=list)  # the chapter's "What success would look like" objectives


@dataclass(kw_only=True)
class Indicator(Item):
    KIND: ClassVar[str] = "indicator"
    TEXT_FIELD: ClassVar[str | None] = "name"

    code: str | None = None
    name: str | None = None
    period: str | None = None
    value: float | None = None
    target: str | None = None
    rag: str | None = None


@dataclass(kw_only=True)
class Table(Item):
    KIND: ClassVar[str] = "table"
    LINE_STYLE: ClassVar[str] = "span"
    TEXT_FIELD: ClassVar[str | None] = "title"

    title: str | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    row_types: list[str] = field(default_factory=list)  # data | subtotal | total, parallel to rows
    row_lines: list[int] = field(default_factory=list)  # the line each row starts on, parallel to rows


@dataclass(kw_only=True)
class Check(Item):
    KIND: ClassVar[str] = "check"
    TEXT_FIELD: ClassVar[str | None] = "kind"

    kind: str
    stated: Any = None
    computed: Any = None
    ok: bool = True
    explanation: str | None = None


# contract key → record class, in the order of CONTRACT.md
CONTRACT_KEYS: dict[str, type[Item]] = {
    "parts": Part,
    "meetings": Meeting,
    "minute_items": MinuteItem,
    "resolutions": Resolution,
    "actions": Action,
    "recommendations": Recommendation,
    "recommendation_updates": RecommendationUpdate,
    "letters": Letter,
    "responses": Response,
    "questions": Question,
    "turns": Turn,
    "commitments": Commitment,
    "indicators": Indicator,
    "tables": Table,
    "checks": Check,
}


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: DocumentText
    items: dict[str, list[Item]] = field(default_factory=lambda: {k: [] for k in CONTRACT_KEYS})
    noise: list[bool] = field(default_factory=list)  # index = line number - 1
    warnings: list[str] = field(default_factory=list)  # extractors that failed on this document

    def __getitem__(self, key: str) -> list[Item]:
        return self.items[key]

    def all_items(self):
        for key, items in self.items.items():
            for it in items:
                yield key, it
