"""Batch story clustering: the dense similarity of a set, the average-linkage cut, small stories joined.

Used by ``cluster_batch`` and by ``StoryIndex.regroup`` (link/stories.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .story_terms import (
    StoryParams,
    article_vectors,
    embedding_similarity,
    embedding_weight,
    linkable,
    story_terms,
    term_idf,
)
from .text import Article


def average_linkage(similarity, threshold: float) -> list[int]:
    """Flat clusters of an average-linkage dendrogram cut at ``threshold`` similarity."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(similarity) < 2:
        return [1] * len(similarity)
    distance = 1.0 - similarity
    distance[distance < 0] = 0.0
    distance.flat[:: len(similarity) + 1] = 0.0
    tree = linkage(squareform(distance, checks=False), method="average")
    return [int(label) for label in fcluster(tree, 1.0 - threshold, criterion="distance")]


def join_small_stories(similarity, labels: list[int], params: StoryParams) -> list[int]:
    """Labels with each small story moved into its clearly nearest story (``StoryParams.small_story_share``)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    if params.small_story_share is None or len(labels) < 3:
        return labels
    stories, column, sizes = np.unique(np.asarray(labels), return_inverse=True, return_counts=True)
    small = np.flatnonzero(sizes <= params.small_story_size)
    if not len(small) or len(stories) < 2:
        return labels
    members = csr_matrix((np.ones(len(labels)), (np.arange(len(labels)), column)), shape=(len(labels), len(stories)))
    sums = np.asarray((members[:, small].T @ similarity) @ members)  # small story x story: summed similarity
    average = sums / np.outer(sizes[small], sizes)
    average[np.arange(len(small)), small] = -1.0  # not itself
    average[sizes[None, :] <= sizes[small][:, None]] = -1.0  # only into a larger story
    order = np.argsort(-average, axis=1)
    rows = np.arange(len(small))
    best = average[rows, order[:, 0]]
    second = np.maximum(average[rows, order[:, 1]], 0.0) if len(stories) > 2 else np.zeros(len(small))
    need = params.threshold * (1.0 - (1.0 - params.small_story_share) / sizes[small])
    if params.small_story_cohesion is not None:  # a tight group (its own event, told twice) stays apart
        inner = np.diagonal(sums[:, small]) - np.asarray([similarity[column == c][:, column == c].trace() for c in small])
        pairs = sizes[small] * (sizes[small] - 1)
        own = np.where(pairs > 0, inner / np.maximum(pairs, 1), 0.0)
        need = np.maximum(need, params.small_story_cohesion * own)
    target = {int(small[r]): int(order[r, 0]) for r in np.flatnonzero((best >= need) & (best >= params.small_story_margin * second))}
    return [int(stories[_root(target, int(c))]) for c in column]


def _root(target: dict[int, int], story: int) -> int:
    """Where a story ends up when the story it joins joins a larger one in turn (sizes grow: no cycle)."""
    while story in target:
        story = target[story]
    return story


def similarity_matrix(articles: Sequence[Article], params: StoryParams):
    """The dense pairwise similarity of the batch mode (NumPy array)."""
    terms = [story_terms(article, params) for article in articles]
    days = [a.day.toordinal() if a.day else None for a in articles]
    vectors = article_vectors(articles, params)
    return similarity_of_terms([t[0] for t in terms], [t[1] for t in terms], days, params,
                                [a.language for a in articles], [linkable(a, params) for a in articles], vectors)


def similarity_of_terms(word_terms: list[dict[str, float]], name_terms: list[dict[str, float]],
                         days: list[int | None], params: StoryParams, langs: list[str | None] | None = None,
                         linkables: list[bool] | None = None, vectors=None):
    import numpy as np

    words = _tfidf(word_terms, params.background_idf)
    names = _tfidf(name_terms, params.background_idf)
    beta = params.names_weight
    similarity = (1 - beta) * (words @ words.T).toarray() + beta * (names @ names.T).toarray()
    if vectors is not None:
        gamma = embedding_weight(params)
        similarity = (1 - gamma) * similarity + gamma * embedding_similarity(vectors @ vectors.T, params)
    _apply_rules(similarity, langs, linkables)
    dated = [i for i, d in enumerate(days) if d is not None]
    if dated:
        ordinals = np.array([days[i] for i in dated], dtype=float)
        apart = np.abs(ordinals[:, None] - ordinals[None, :])
        factor = 1.0 + params.time_boost * np.exp(-apart / params.time_scale_days)
        factor[similarity[np.ix_(dated, dated)] < params.min_content] = 1.0  # no boost without a shared subject
        if params.window_days is not None:
            factor[apart > params.window_days] = 0.0
        similarity[np.ix_(dated, dated)] *= factor
    return similarity


def _apply_rules(similarity, langs: list[str | None] | None, linkables: list[bool] | None) -> None:
    """Thin articles and pairs of two languages unlinked, in place (the diagonal stays as it is)."""
    import numpy as np

    diagonal = similarity.diagonal().copy()
    if linkables is not None:
        thin = ~np.asarray(linkables, dtype=bool)
        similarity[thin, :] = 0.0
        similarity[:, thin] = 0.0
    if langs is not None:
        codes = [(lang or "")[:2].lower() for lang in langs]
        for code in {c for c in codes if c}:
            inside = np.array([c == code for c in codes])
            other = np.array([bool(c) and c != code for c in codes])
            similarity[np.ix_(inside, other)] = 0.0
    np.fill_diagonal(similarity, diagonal)


def _tfidf(docs: list[dict[str, float]], background: float = 0.0):
    """L2-normalised TF-IDF rows (SciPy CSR) with the IDF of this set (and the background's, ``background`` > 0)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    df: Counter = Counter()
    for doc in docs:
        df.update(doc.keys())
    vocab = {term: column for column, term in enumerate(df)}
    rows, cols, values = [], [], []
    for row, doc in enumerate(docs):
        for term, weight in doc.items():
            rows.append(row)
            cols.append(vocab[term])
            values.append(weight)
    weights = np.array([term_idf(len(docs), df[term], term, background) for term in vocab])
    matrix = csr_matrix((np.asarray(values) * weights[np.asarray(cols, dtype=int)], (rows, cols)),
                        shape=(len(docs), max(len(vocab), 1)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None]))
