"""Story linking's view of one article and of a pair: terms, parameters, language and date rules.

``StoryParams`` holds every parameter of story linking (link/stories.py explains how they were chosen).
``story_terms`` turns an article into the TF-IDF term weights of its two channels, words and names;
``linkable``, ``pair_allowed`` and ``time_factor`` are the rules on an article and on a pair; the
``embedding_*`` helpers mix in the sentence encoder of link/embed.py when it is installed.
"""

from __future__ import annotations

import functools
import importlib
import json
import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..extract import language
from ..settings import current
from .text import WORD_RE, Article, lead, sentences, url_words


@dataclass(frozen=True)
class StoryParams:
    threshold: float = 0.2  # average-linkage similarity needed to join a story
    names_weight: float = 0.5  # share of the names channel in the similarity
    title_weight: float = 2.0
    url_weight: float = 2.0
    number_weight: float = 2.0
    lead_words: int = 150
    time_boost: float = 1.0
    # issue 15: 30, not 7: a story's follow-ups ("death toll rises", the repairs, the trial) come weeks after
    # the event; with a 7-day scale a follow-up three weeks on got no lift (x1.05, now x1.50). The lift
    # still needs ``min_content`` of shared subject. Dev tune halves: 14 to 90 days all score the same.
    time_scale_days: float = 30.0
    window_days: int | None = None  # articles further apart (in days) never share a story
    # issue 14: an article with fewer words than this beside its title (a title-only feed item) never
    # links; articles in two different (known) languages never share a story; and the date boost only
    # lifts pairs whose content similarity is at least ``min_content`` (same-day items on different
    # subjects are not pushed over the threshold by their date alone).
    min_text_words: int = 5
    # Sentence embeddings (link/embed.py, when installed): the share of the similarity that comes from the
    # encoder's cosine, read as (cos - embedding_floor) / (1 - embedding_floor), clipped to [0, 1]. None:
    # ``NEWSTRACE_STORY_EMBEDDING_WEIGHT`` (default 0, off: on the dev tune halves no weight from 0.1 to
    # 0.5 beat TF-IDF alone; ECB+'s two events of one kind per topic merge, news-cluster gained <= 0.01).
    embedding_weight: float | None = None
    embedding_floor: float = 0.4
    min_content: float = 0.08
    # issue 15: after the average-linkage cut, a small story (at most ``small_story_size`` articles: a short
    # or oddly written report, a blog aside, two outlets' copies of one update) joins the story it is
    # nearest to (average similarity over all pairs of members) when that story is larger, the average
    # is >= ``small_story_margin`` x the next-nearest story's, and it is >= threshold x (1 - (1 -
    # ``small_story_share``) / size): one article's words are a noisy sample, so a lone article needs 0.5 of
    # the threshold, a pair 0.75, three 0.83, larger groups nearly all of it. Off when the share is None.
    small_story_share: float | None = 0.5
    small_story_margin: float = 1.5
    small_story_size: int = 3
    # issue 15: ... unless the small story holds together much more tightly than it links: a group of two or
    # three needs an average link of at least ``small_story_cohesion`` x its own inner average (two reports of
    # the next ferry sinking on the same lake stay apart; tests/link/test_issue15_story_groups.py). Dev halves
    # and all seven perturbations (bench/stories_robust.py): .1 and .15 change nothing, .2 costs news-cluster
    # check perturbed .962 -> .957, .3 plain check .980 -> .947. None: off.
    small_story_cohesion: float | None = 0.15
    # issue 15: IDF over the linked set mixed with a background frequency fitted once on training pages
    # (data/story_idf.json, bench/train_story_idf.py), counted as ``background_idf`` x the set's size of further
    # documents (``term_idf``), so a word's weight moves less with the size and mix of the set. 0: the set alone.
    background_idf: float = 0.0


# A feed's own line under every summary ("Continue reading...") says nothing about the story.
_FEED_FURNITURE_RE = re.compile(r"^[ \t]*(?:continue reading|keep reading|read the full (?:story|article))\b.{0,40}$",
                                re.I | re.M)


@functools.lru_cache(maxsize=16)
def stopwords(lang: str | None) -> frozenset[str]:
    """spaCy's stop words for a language (what the parameters were tuned with), else jusText's."""
    try:
        module = importlib.import_module(f"spacy.lang.{(lang or 'en')[:2].lower()}.stop_words")
        return frozenset(module.STOP_WORDS)
    except ImportError:
        return language.stopwords(lang)


def story_terms(article: Article, params: StoryParams) -> tuple[dict[str, float], dict[str, float]]:
    """Sublinear term weights of the words and names channels of one article."""
    stop = stopwords(article.language)
    headline, text = article.headline_and_text()
    text = lead(_FEED_FURNITURE_RE.sub("", text), params.lead_words)
    words: defaultdict[str, float] = defaultdict(float)
    names: defaultdict[str, float] = defaultdict(float)
    for word in url_words(article.url):
        words[word] += params.url_weight
        names[word] += params.url_weight
    for part, weight in ((headline, params.title_weight), (text, 1.0)):
        for sentence in sentences(part):
            for position, token in enumerate(WORD_RE.findall(sentence)):
                low = token.lower().strip(".'’")
                if low in stop or (len(low) < 2 and not low.isdigit()):
                    continue
                numeric = token[0].isdigit()
                words[low] += weight * (params.number_weight if numeric else 1.0)
                if numeric or (position > 0 and token[0].isupper()):
                    names[low] += weight
    return _sublinear(words), _sublinear(names)


def embedding_text(article: Article, words: int = 100) -> str:
    """What the sentence encoder reads: the headline and the lead (feed furniture left out)."""
    headline, text = article.headline_and_text()
    return f"{headline}\n{lead(_FEED_FURNITURE_RE.sub('', text), words)}".strip()


def _sublinear(counts: Mapping[str, float]) -> dict[str, float]:
    return {term: 1.0 + math.log(count) for term, count in counts.items()}


def idf(n_docs: int, df: int) -> float:
    return math.log((1 + n_docs) / (1 + df)) + 1.0


@functools.lru_cache(maxsize=1)
def background_df() -> tuple[int, dict[str, int]]:
    """(pages, term -> pages) of the background frequency (data/story_idf.json)."""
    from importlib import resources

    data = json.loads((resources.files("newstrace") / "data" / "story_idf.json").read_text(encoding="utf-8"))
    return int(data["documents"]), dict(data["df"])


def term_idf(n_docs: int, df: int, term: str, share: float) -> float:
    """IDF of a term over the set mixed with the background's (StoryParams.background_idf).

    The background counts as ``share`` x the set's size of further documents in which the term is as frequent
    as on the background pages: a share, not a count, so neither a small nor a large set is swamped.
    """
    if share <= 0:
        return idf(n_docs, df)
    pages, frequency = background_df()
    return math.log((1 + n_docs * (1 + share)) / (1 + df + share * n_docs * frequency.get(term, 0) / pages)) + 1.0


def text_words(article: Article) -> int:
    """Words of the article beside its title (a feed item that is only a headline has none)."""
    headline, text = article.headline_and_text()
    if article.title and text.strip().startswith(article.title):
        text = text.strip()[len(article.title):]
    return len(WORD_RE.findall(text))


def linkable(article: Article, params: StoryParams) -> bool:
    return text_words(article) >= params.min_text_words


def pair_allowed(lang_a: str | None, lang_b: str | None) -> bool:
    """Two articles may share a story unless both languages are known and differ (no translation)."""
    return not lang_a or not lang_b or lang_a[:2].lower() == lang_b[:2].lower()


def time_factor(day_a: int | None, day_b: int | None, params: StoryParams) -> float:
    """Multiplier of a pair's similarity from their dates (ordinal days); 0 outside the window."""
    if day_a is None or day_b is None:
        return 1.0
    apart = abs(day_a - day_b)
    if params.window_days is not None and apart > params.window_days:
        return 0.0
    return 1.0 + params.time_boost * math.exp(-apart / params.time_scale_days)


def embedding_weight(params: StoryParams) -> float:
    return current().story_embedding_weight if params.embedding_weight is None else params.embedding_weight


def embeddings_on(params: StoryParams) -> bool:
    """Sentence embeddings take part when they have a weight and the model package is installed."""
    from . import embed

    return embedding_weight(params) > 0 and embed.available()


def article_vectors(articles: Sequence[Article], params: StoryParams):
    """The articles' sentence embeddings (rows), or None in TF-IDF-only mode."""
    if not embeddings_on(params):
        return None
    from . import embed

    return embed.embed([embedding_text(a) for a in articles])


def embedding_similarity(cosines, params: StoryParams):
    """Encoder cosines rescaled: under ``embedding_floor`` counts as unrelated (0), 1 stays 1."""
    import numpy as np

    return np.clip((cosines - params.embedding_floor) / (1.0 - params.embedding_floor), 0.0, 1.0)
