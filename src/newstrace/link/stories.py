"""Stories: articles about the same real-world story, grouped online or in one batch.

Each article becomes two TF-IDF vectors: *words* (headline, URL slug words and the lead of the
body, numbers weighted up) and *names* (capitalised words inside sentences, numbers and slug
words: the who, where and how-many that tell two earthquakes or two contract offers apart).
The similarity of two articles is ``(1 - names_weight) * cos(words) + names_weight * cos(names)``,
multiplied by ``1 + time_boost * exp(-days / time_scale_days)`` when both are dated, and 0 when
they are more than ``window_days`` apart. Dates come from ``published`` or, failing that, from
a date written in the first lines of the body.

- ``StoryIndex`` (online): ``add(article) -> story_id`` joins the story whose members are the
  most similar on average (average linkage), or opens a new story when that average is under
  ``threshold``. It keeps an inverted index and document frequencies, so adding an article costs
  the postings of its terms, never a recompute of the corpus.
- ``cluster_batch(articles)``: the same similarity, IDF over the whole set, and agglomerative
  average-linkage clustering cut at ``threshold`` (SciPy); beyond ``BATCH_MAX`` articles it falls
  back to the online index.

Story ids are ``story-`` + the id of the story's first article. Parameters were tuned on the dev
halves of ../shared/eval/stories (see bench/stories.py).

Issue 15 candidates (B-cubed F1 on the story-cut dev halves, each half linked on its own, batch / online;
ecb = ECB+, nc = news-cluster; chosen on the tune halves, the check halves read as numbers only):

====================================  ===========  ===========  =============  ===========
candidate (t = threshold)             ecb tune     ecb check    nc tune        nc check
====================================  ===========  ===========  =============  ===========
before: t 0.2, time scale 7 days      .951 / .951  .957 / .967  .990 / .990    .893 / .893
**time scale 30 days** (kept)         .951 / .954  .957 / .967  1.000 / 1.000  .927 / .927
+ lone articles, share .5, x1.5       .967 / .965  .979 / .979  1.000 / 1.000  .927 / .927 (landed first)
**+ small stories <= 3, share .5**    .972 / .970  .979 / .979  1.000 / 1.000  .980 / .980
+ small stories <= 1 / 2 (batch)      .967 / .972  .979 / .979  1.000 / 1.000  .927 / .947
+ small stories <= 4 / 5 (batch)      .972 / .962  .979 / .979  1.000 / 1.000  .980 / .980
+ small, share .3 / .4 (batch)        .972 / .972  .984 / .979  1.000 / 1.000  .980 / .980
+ small, share .6 / .75 (batch)       .967 / .965  .979 / .966  1.000 / 1.000  .980 / .927
+ small, margin x1 / x1.25 (batch)    .973 / .975  .979 / .979  1.000 / 1.000  .980 / .980
+ small, margin x2 / x3 (batch)       .972 / .965  .979 / .972  1.000 / 1.000  .980 / .957
+ small, judged without date lift     .967         .979         1.000          .927
time scale 14 days                    .951 / .954  .957 / .967  1.000 / 1.000  .909 / .909
time scale 21 days                    .951 / .954  .957 / .967  1.000 / 1.000  .927 / .909
time scale 30, t 0.18                 .950 / .950  .962 / .967  1.000 / 1.000  .927 / .927
t 0.18 (scale 7)                      .950 / .950  .962 / .967  1.000 / 1.000  .957 / .906
t 0.16 (scale 7)                      .939 / .939  .962 / .967  1.000 / 1.000  .957 / .957
window 365 days (scale 21)            .942 / .945  .945 / .954  .991 / .991    .889 / .889
lead 1000 words (scale 7)             .934 / .935  .959 / .959  .983 / .983    .968 / .946
MiniLM .2, floor .4 (scale 7)         .923 / -     .972 / -     1.000 / -      .957 / -
MiniLM .35, floor .3 (scale 7)        .906 / -     .967 / -     .983 / -       .957 / -
MiniLM .5, floor .3 (scale 7)         .909 / -     .972 / -     .983 / -       .968 / -
====================================  ===========  ===========  =============  ===========

The time scale: 14 to 90 days all score the same on both tune halves; 30 is the middle of that plateau.
Small stories: ECB+ tune errors were mostly stories split by one odd article (a blog aside, a short
update) or a pair. On the tune halves sizes 2 to 4 tie (3 is the middle; 5 merges two ECB+ events),
shares .3 to .5 tie (.5 kept: at .4 an unrelated article sharing one place name and the same week joins,
tests/link), margins x1 to x2 are within .003 (x1.5 is the middle; x3 loses). Joining only into a larger
story (not an equal one: two lone articles do not pair up under the threshold). The
tune halves cannot tell size 2 from 3 or 4, while news-cluster check reads .947 at 2 and .980 at 3:
that number was visible when 3 was picked as the middle of the plateau.
Windows lose (dates read from a body's head are noisy; loose stories span months). Every MiniLM mix
tried (weight .2-.5, floor .3-.5, t .18-.25, title + lead or the first 256 word pieces) loses on ECB+
tune (best .936: the two events of one kind per topic merge) and at most ties news-cluster tune, so it
stays off by default, though it helps news-cluster check: what the tune halves cannot show. Peers on the
same halves (re-implemented, tune / check): MiniLM agglomerative t 0.4 ecb .825 / .937, nc .953 / 1.000;
TF-IDF agglomerative t 0.2 ecb .881 / .936, nc .884 / .918. Re-measured 2026-12-06 with the small-story rule
(batch, tune / check): MiniLM weight .2/.35/.5 x floor .3/.4 ecb .900-.931 / .959-1.000, nc 1.000 / .980 (TF-IDF
alone .972 / .979, 1.000 / .980); MiniLM alone t .3/.4/.5/.6 ecb .754-.879, nc .916-.962 tune. The threshold 0.2
is also what a rule on training articles gives (bench/train_story_threshold.py: q.999 of far-apart pairs, .204).

Issue 15, second round (bench/stories_robust.py): the ECB+ halves now keep a topic whole, as the held-out split
does (cut by story, 10 of 24 topics had their two events in different halves: neither half showed the
merges). Batch B-cubed F1 ecb tune / check, nc tune / check, then the mean over seven perturbations (half the
articles dropped x3, shuffled, titles removed, dates removed, the other set's half mixed in):

==========================================  ===========================  ===========================
setting                                     plain                        perturbed mean
==========================================  ===========================  ===========================
**shipped** (t .2, small stories .5)        .956 .957 1.000 .980         .969 .940 .989 .962
t .18 / .22                                 .983 .922 / .956 .951        nc check .980 / .927
t .16 / .24                                 .983 .880 / .920 .940        nc check .980 / .909
no small-story join, t .2                   .919 .939 1.000 .927         .938 .934 .979 .934
MiniLM weight .1/.2/.35, floor .4           .948-.912 (tune)             ecb tune falls, nc check .965-.983
MiniLM weight .2, floor .5 / .6 / .7        .958 .922 / .942 .922 / ...  nc check .980 / .927 / .909
MiniLM weight .1-.3, floor .4-.6, t .14-.18 best .977 .930 1.000 .980    ecb check <= .930 everywhere
MiniLM gate (x (cos-lo)/(hi-lo), lo 0-.2)   .956 .957-.959 .983-.990 .980 nc tune loses crawl-failure pages
peer TF-IDF agglo (t .2 / .1)               .911 .853 .964 .981          -
peer MiniLM agglo (t .6 / .4)               .868 .857 .953 1.000         -
==========================================  ===========================  ===========================

The threshold is a ridge, not a plateau: ECB+ tune peaks at .16-.18, check at .20-.22, news-cluster check
falls past .20; .20 is the one value no half loses much at. The encoder does not tell ECB+'s two events of
one kind apart (same-story pairs' cosine: median .74; the other event of the topic: median .46, 95th
percentile .70, tune half), while TF-IDF does (.35 against .05): every mix that helps news-cluster costs ECB+.

Issue 15, third round: what an unseen set may differ in (bench/stories_robust.py ``--perturb scale``: 150 training
pages added as distractors in the same weeks, dates crowded into ten days, bodies cut to 80 words, one article in
five cut to its first sentence, every article twice). Shipped, batch, ecb tune / check, nc tune / check, then
mean and minimum over those five and the seven above:

=========================================  =================  =================  =================
setting                                    plain              mean perturbed     min perturbed
=========================================  =================  =================  =================
**shipped**                                .956 .957 1.0 .980 .961 .940 .990 .955 .921 .901 .977 .915
the whole dev set in one run (170 nc)      nc .982 (the size of a held-out set does not break it)
background IDF share .15 / **.25**         .968 .967 1.0 .980 .969 .941 .990 .958 .924 .901 .977 .925
background IDF share .35 / .5              .964 .954-.937 ...  ecb check falls    .892 (ecb check)
background IDF share 1                     .983 .924 1.0 .980 .979 .920 .987 .969 .965 .892 .974 .923
background IDF, pseudo-pages .05 x 800     .968 .957 1.0 .980 .969 .939 .990 .970 .924 .901 .977 .927
background only lowering IDF (min)         = shipped (changes nothing)
t .19 / .21                                .968 .937 / .956 .959 ...            min nc check .925 / .909
small stories <= 4                         .956 .957 1.0 .980 .963 .937 .990 .955 .941 .892 .977 .915
=========================================  =================  =================  =================

The news-cluster tune half stays >= .977 under every perturbation (it cannot choose); check falls most when pages
are short or failed (.915-.927) or stories twice as large (.927: an outlier and its copy are a pair, which the
small-story rule joins at .75 of the threshold, not .5). The background IDF (``StoryParams.background_idf``,
term_idf: the set's document frequency mixed with one fitted once on training pages, data/story_idf.json by
bench/train_story_idf.py) raises every dev column or holds it at share .25, but on the small sets written for
tests/link it lets a lone article near two floods join one and a cycling report join a flood story (0.1 already
breaks one of them): with a handful of articles the set's own IDF is what says a lake's name is everywhere. So it
ships off (0), ready for a set of labelled stories that can decide.

Size, read on the whole dev sets in one run (numbers only; the held-out sets are 447 and 213 articles): shipped
ecb .963, nc .982 (batch; online .963 / .971). An IDF that stays as sharp at any size (log-ratio + max(1, c x
log(1 + n)) instead of + 1; c .25 reads like + 1.1 on a half) tied the tune worst case at c .25-.32 and gave the check
halves .967 / .980, but flattens large sets: ECB whole set .963 -> .951 (c .22 and .25), check online .957 -> .941,
ECB check mixed with news-cluster .961 -> .945. Sharper instead (c .15-.17 on the halves, the sharpness + 1 has at
383 articles) drops news-cluster check to .927-.947. So + 1 stays: ECB wants sharp weights at size, news-cluster
flat ones, and + 1 sits between. Tune errors under the perturbations are all date-lift merges of two stories that
share a place or a subject word in the same weeks (dates crowded: a space-station story and a space-microbes story;
no titles, or half the articles: a record electricity bill and a record snowfall in one city); a weaker lift
(time_boost .5 / .75, min_content .10 / .12, scale 14 days) mends them on tune (nc tune mean .990 -> .992-.994) and
costs news-cluster check .980 -> .936-.947 plain: not taken.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import cast

from ..settings import current
from .story_batch import average_linkage, join_small_stories, similarity_matrix, similarity_of_terms
from .story_terms import (
    StoryParams,
    article_vectors,
    embedding_similarity,
    embedding_weight,
    embeddings_on,
    linkable,
    pair_allowed,
    story_terms,
    term_idf,
    time_factor,
)
from .text import Article

__all__ = ["BATCH_MAX", "StoryIndex", "StoryParams", "cluster_batch", "cluster_online", "similarity_matrix"]

BATCH_MAX = 4000
# Online index at scale: settings' common_df_share / common_df_min leave very common terms out of
# candidate scoring and link_floor drops weak story links (NEWSTRACE_COMMON_DF_SHARE, ... in the README).


class _Channel:
    """Document frequencies and postings of one term channel.

    A document's TF-IDF vector is L2-normalised with the IDF of the moment it was added and kept
    as it is (``regroup`` recomputes everything with the current IDF), so scoring a new document
    is one pass over the postings of its terms.
    """

    def __init__(self, background: float = 0.0) -> None:
        self.background = background
        self.df: Counter = Counter()
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.terms: list[dict[str, float]] = []
        self.common_df_min, self.common_df_share = current().common_df_min, current().common_df_share

    def add(self, doc: int, terms: dict[str, float]) -> dict[str, float]:
        """Index a document; returns its normalised weights."""
        self.df.update(terms.keys())
        self.terms.append(terms)
        n_docs = len(self.terms)
        weights = {term: tf * term_idf(n_docs, self.df[term], term, self.background) for term, tf in terms.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        weights = {term: w / norm for term, w in weights.items()}
        for term, weight in weights.items():
            self.postings[term].append((doc, weight))
        return weights

    def cosines(self, doc: int, weights: dict[str, float]) -> dict[int, float]:
        """Cosine of a just-added document with every earlier one sharing a term not too common."""
        dots: dict[int, float] = defaultdict(float)
        common = max(self.common_df_min, self.common_df_share * len(self.terms))
        for term, weight in weights.items():
            postings = self.postings[term]
            if len(postings) < 2 or len(postings) > common:
                continue
            for other, other_weight in postings:
                dots[other] += weight * other_weight
        dots.pop(doc, None)
        return dots


class StoryIndex:
    """Online story clustering: ``add(article) -> story_id``, one article at a time.

    Incremental average linkage: the index keeps, for every pair of stories, the sum of the
    similarities between their members. A new article starts as its own story and is merged
    with the neighbour of highest average similarity while that average is >= ``threshold``;
    a merged story can then absorb a third one. When two stories merge, the older id survives
    and ``renamed`` maps the absorbed id to it (a store relabels those rows).

    Similarities use the IDF of the moment, so early decisions rest on few documents. With
    ``regroup_growth`` set, each time the index has grown by that factor it re-clusters its most
    recent ``BATCH_MAX`` articles in one batch with the current IDF (amortised: O(log n) times
    over a run, never per article); ``last_regroup`` and ``assignments()`` show the result.
    """

    def __init__(self, params: StoryParams | None = None, *, regroup_growth: float | None = 1.25):
        self.params = params or StoryParams()
        self.regroup_growth = regroup_growth
        self.last_regroup = 0
        self.words = _Channel(self.params.background_idf)
        self.names = _Channel(self.params.background_idf)
        self.days: list[int | None] = []
        self.vectors: list | None = [] if embeddings_on(self.params) else None
        self.langs: list[str | None] = []
        self.linkable: list[bool] = []
        self.doc_ids: list[str] = []
        self.story_of: list[int] = []
        self.members: dict[int, list[int]] = {}
        self.links: dict[int, dict[int, float]] = {}  # story -> story -> sum of member similarities
        self.renamed: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.days)

    def add(self, article: Article) -> str:
        """Place one article; returns the id of the story it is in now."""
        doc = len(self.days)
        words, names = story_terms(article, self.params)
        weights = (self.words.add(doc, words), self.names.add(doc, names))
        self.days.append(article.day.toordinal() if article.day else None)
        if self.vectors is not None:
            self.vectors.append(article_vectors([article], self.params)[0])
        self.langs.append(article.language)
        self.linkable.append(linkable(article, self.params))
        self.doc_ids.append(article.id)
        self.story_of.append(doc)
        self.members[doc] = [doc]
        self.links[doc] = defaultdict(float)
        floor = current().link_floor * self.params.threshold
        for other, sim in self._similarities(doc, *weights).items():
            if sim < floor:
                continue
            story = self.story_of[other]
            self.links[doc][story] += sim
            self.links[story][doc] += sim
        story = doc
        while (partner := self._best_partner(story)) is not None:
            story = self._merge(story, partner)
        if self.regroup_growth and len(self) >= max(8, self.regroup_growth * self.last_regroup):
            self.regroup()
        return self.story_id(doc)

    def regroup(self) -> None:
        """Re-cluster the most recent ``BATCH_MAX`` articles in one batch with the current IDF."""
        docs = list(range(max(0, len(self) - BATCH_MAX), len(self)))
        vectors = None
        if self.vectors is not None:
            import numpy as np

            vectors = np.vstack([self.vectors[d] for d in docs])
        similarity = similarity_of_terms([self.words.terms[d] for d in docs], [self.names.terms[d] for d in docs],
                                          [self.days[d] for d in docs], self.params,
                                          [self.langs[d] for d in docs], [self.linkable[d] for d in docs], vectors)
        labels = join_small_stories(similarity, average_linkage(similarity, self.params.threshold), self.params)
        groups: dict[int, list[int]] = defaultdict(list)
        for position, label in enumerate(labels):
            groups[label].append(position)
        old = {docs[0] + p: self.story_id(docs[0] + p) for p in range(len(docs))}
        for story in {self.story_of[d] for d in docs}:
            self._forget(story)
        for positions in groups.values():
            self._open([docs[p] for p in positions], similarity, positions, docs[0])
        for doc, previous in old.items():
            if previous != self.story_id(doc):
                self.renamed[previous] = self.story_id(doc)
        self.last_regroup = len(self)

    def _forget(self, story: int) -> None:
        for other in self.links.pop(story, {}):
            if other in self.links:
                self.links[other].pop(story, None)
        self.members.pop(story, None)

    def _open(self, members: list[int], similarity, positions: list[int], offset: int) -> None:
        """A story of ``members`` (named after the earliest) with its links to the others."""
        story = min(members)
        self.members[story] = sorted(members)
        self.links[story] = defaultdict(float)
        for doc in members:
            self.story_of[doc] = story
        row = similarity[positions].sum(axis=0)
        for position, total in enumerate(row):
            other = self.story_of[offset + position]
            if other != story and other in self.links and total > 0:
                self.links[story][other] += float(total)
                self.links[other][story] += float(total)

    def story_id(self, doc: int) -> str:
        return f"story-{self.doc_ids[self.story_of[doc]]}"

    def assignments(self) -> dict[str, str]:
        """Article id -> current story id, for every article added so far."""
        return {self.doc_ids[doc]: self.story_id(doc) for doc in range(len(self.doc_ids))}

    def _similarities(self, doc: int, words: dict[str, float], names: dict[str, float]) -> dict[int, float]:
        if not self.linkable[doc]:
            return {}
        beta = self.params.names_weight
        sims: dict[int, float] = defaultdict(float)
        for other, cos in self.words.cosines(doc, words).items():
            sims[other] += (1 - beta) * cos
        for other, cos in self.names.cosines(doc, names).items():
            sims[other] += beta * cos
        if self.vectors is not None and sims:
            sims = self._with_embeddings(doc, sims)
        return {other: sim * (time_factor(self.days[doc], self.days[other], self.params)
                              if sim >= self.params.min_content else 1.0)
                for other, sim in sims.items()
                if self.linkable[other] and pair_allowed(self.langs[doc], self.langs[other])}

    def _with_embeddings(self, doc: int, sims: dict[int, float]) -> dict[int, float]:
        """Candidates found through shared terms, their similarity mixed with the encoder's."""
        import numpy as np

        vectors = cast(list, self.vectors)  # only called when the index keeps vectors
        others = list(sims)
        cosines = np.vstack([vectors[o] for o in others]) @ vectors[doc]
        mixed = embedding_similarity(cosines, self.params)
        gamma = embedding_weight(self.params)
        return {o: (1 - gamma) * sims[o] + gamma * float(m) for o, m in zip(others, mixed)}

    def _best_partner(self, story: int) -> int | None:
        size = len(self.members[story])
        best, best_score = None, self.params.threshold
        for other, total in self.links[story].items():
            score = total / (size * len(self.members[other]))
            if score >= best_score:
                best, best_score = other, score
        return best

    def _merge(self, a: int, b: int) -> int:
        """Join two stories; the one opened first keeps its id."""
        keep, gone = min(a, b), max(a, b)
        for doc in self.members[gone]:
            self.story_of[doc] = keep
        self.members[keep].extend(self.members.pop(gone))
        gone_links = self.links.pop(gone)
        del gone_links[keep]
        del self.links[keep][gone]
        for other, total in gone_links.items():
            self.links[keep][other] += total
            self.links[other][keep] += total
            del self.links[other][gone]
        if gone != len(self.days) - 1:  # the newest article's own story was never handed out
            self.renamed[f"story-{self.doc_ids[gone]}"] = f"story-{self.doc_ids[keep]}"
        return keep


def cluster_online(articles: Iterable[Article], params: StoryParams | None = None) -> list[str]:
    """Story ids (as they stand at the end) from one pass of a ``StoryIndex`` in input order."""
    index = StoryIndex(params)
    for article in articles:
        index.add(article)
    return [index.story_id(doc) for doc in range(len(index))]


def cluster_batch(articles: Sequence[Article], params: StoryParams | None = None) -> list[str]:
    """Story ids from agglomerative average-linkage clustering of the whole set."""
    params = params or StoryParams()
    if len(articles) > BATCH_MAX or len(articles) < 2:
        return cluster_online(articles, params)
    similarity = similarity_matrix(articles, params)
    labels = join_small_stories(similarity, average_linkage(similarity, params.threshold), params)
    first: dict[int, str] = {}
    for label, article in zip(labels, articles):
        first.setdefault(int(label), f"story-{article.id}")
    return [first[int(label)] for label in labels]
