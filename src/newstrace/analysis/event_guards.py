"""Guards of the events stage against words that sound like conflict in other domains (issue 13).

Sports: a match report ("Arsenal crushed the visitors 4-0", "Kane fired a shot past the keeper", "United
stormed back to beat the hosts") uses the words of violence for play. A sentence is a sports sentence when
it holds a word of play or competition (``data/events_sports.tsv``, kind ``game``; not inside a name: the Awami
League, the National League for Democracy), or a verb of winning
with a score line (not a range of days: "on 19-20 November") or an opponent word ("the visitors") beside it, and no word of real violence or policing
(kind ``veto``: "fans clashed with police after the match" stays an event).
"""

from __future__ import annotations

import functools
import re

from .actors import read_table

SCORE_LINE = re.compile(r"(?<![\d/.-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d/.-])")
# "on 19-20 November", "between 3 - 4 August": a range of days, no score (issue 13)
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
MONTH_BEFORE, MONTH_AFTER = re.compile(rf"\b{MONTHS}\s*$", re.I), re.compile(rf"^\s*{MONTHS}\b", re.I)
SPORTS_CONFLICT = ("ASSAULT", "COERCE", "PROTEST")  # types a match report's words fake ("strike", "destroyed")


@functools.lru_cache(maxsize=1)
def sports_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for word, kind in read_table("events_sports.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


def _keys(tokens) -> tuple[set[str], str]:
    tokens = list(tokens)
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    return lemmas, " " + " ".join(t.lemma_.lower() for t in tokens) + " "


def _has(words: frozenset[str], lemmas: set[str], phrase: str) -> bool:
    return any((w in lemmas) if " " not in w else (f" {w} " in phrase) for w in words)


def is_sports(sent) -> bool:
    """Whether ``sent`` (a spaCy span) reports play rather than violence."""
    words = sports_words()
    lemmas, phrase = _keys(sent)
    if _has(words.get("veto", frozenset()), lemmas, phrase):
        return False
    game = words.get("game", frozenset())
    if _has(game, *_keys(t for t in sent if t.pos_ != "PROPN" and not _names_a_group(t, game))):
        return True  # a word of play inside a name is none: "the Awami League staged a rally" (issue 13)
    if not _has(words.get("result", frozenset()), lemmas, phrase):
        return False
    return score_line(sent.text) or _has(words.get("opponent", frozenset()), lemmas, phrase)


def score_line(text: str) -> bool:
    """Whether ``text`` holds a score ("won 4-0"), not a range of days beside a month ("on 19-20 November")."""
    return any(not MONTH_BEFORE.search(text[max(0, m.start() - 10):m.start()]) and
               not MONTH_AFTER.search(text[m.end():m.end() + 10]) for m in SCORE_LINE.finditer(text))


def _names_a_group(token, game: frozenset[str]) -> bool:
    """A word of play ending a name written lower-cased ("Jubo league men", "Chhatra league activists"): after a
    proper noun, modifying a noun that is no word of play ("the league match", "league leaders" stay play; issue 13)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.dep_ == "compound" and before is not None and before.pos_ == "PROPN" and \
        token.head.pos_ == "NOUN" and token.head.lemma_.lower() not in game
