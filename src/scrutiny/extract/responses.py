"""Answers by topic in letters: one ``responses`` item per topic heading ("**Health and policing** – We commit…").

A letter that answers a committee's recommendations or questions by topic, rather than question by question,
puts each topic in a heading or a bold lead-in. The topic is kept as written; ``responds_to`` is the
recommendation the heading names ("Recommendation 3: …"), if it names one. Letters are found by
:mod:`scrutiny.extract.letters`; a topic repeated in a second copy of the same letter is one item with
``locations``.
"""
from __future__ import annotations

from ..records import Provenance, Response
from . import Context
from .letters import find_letters

KEY = "responses"


def extract(ctx: Context) -> list[Response]:
    """One item per topic a letter answers under its own heading."""
    out: list[Response] = []
    for lb in find_letters(ctx):
        by_topic: dict[str, Response] = {}
        # what the whole letter says it answers ("Response to the recommendations made by the … Committee")
        stated = lb.subject[len("Response to "):] if lb.subject and lb.subject.startswith("Response to ") else None
        for t in lb.topics:
            key = t.topic.lower()
            if key in by_topic:
                by_topic[key].locations.append(t.line)
                continue
            prov = Provenance(ctx.doc.sha256, t.line, t.line, ctx.doc.page_of(t.line), "responses.topic", 0.8)
            by_topic[key] = Response(prov=prov, topic=t.topic, responds_to=t.responds_to or stated)
        for copy in lb.copy_topics:
            for t in copy:
                r = by_topic.get(t.topic.lower())
                if r is not None:
                    r.locations.append(t.line)
        out.extend(by_topic.values())
    return out
