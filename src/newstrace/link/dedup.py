"""Near-duplicates and re-publications: MinHash LSH (datasketch) over boilerplate-free shingles.

An article's text is its body without furniture lines (bylines, "Read more", copyright), without
the leading dateline and without lines that only name the outlet; it is lower-cased, punctuation
dropped, and cut into word ``SHINGLE``-grams *inside each paragraph*, so reordered paragraphs
keep almost all their shingles. Two articles are duplicates when the MinHash estimate of the
Jaccard similarity of their shingle sets is >= ``threshold``.

``DedupIndex.add(article) -> duplicate_of`` is incremental: it returns the id of the earliest
copy already indexed (following chains to the root) or None. ``find_duplicates`` indexes a batch
in date order (undated articles last, ties in input order) so ``duplicate_of`` is the earliest copy.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Sequence

from .text import Article, content_paragraphs

SHINGLE = 4
NUM_PERM = 128
THRESHOLD = 0.5
MIN_TOKENS = 8  # shorter texts are compared on their exact token string
_TOKEN_RE = re.compile(r"\w+", re.U)


def shingles(article: Article) -> set[str]:
    """Word shingles of the article's paragraphs after boilerplate removal."""
    found: set[str] = set()
    paragraphs = content_paragraphs(article.body, article.outlet)
    tokens_all: list[str] = []
    for paragraph in paragraphs:
        tokens = [t.lower() for t in _TOKEN_RE.findall(paragraph)]
        tokens_all.extend(tokens)
        for i in range(len(tokens) - SHINGLE + 1):
            found.add(" ".join(tokens[i:i + SHINGLE]))
    if len(tokens_all) < MIN_TOKENS or not found:
        found = {" ".join(tokens_all)} if tokens_all else set()
    return found


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int):
    """The random permutations, drawn once and shared by every MinHash of an index."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, hashfunc=zlib.crc32, scheme="affine32").permutations


class DedupIndex:
    """Incremental near-duplicate index: ``add(article) -> id of the earliest copy or None``."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.hashes: dict[str, object] = {}
        self.root: dict[str, str] = {}
        self.sequence: dict[str, int] = {}

    def add(self, article: Article) -> str | None:
        from datasketch import MinHash

        grams = shingles(article)
        if not grams or article.id in self.hashes:
            return self.duplicate_of(article.id)
        minhash = MinHash(num_perm=self.num_perm, hashfunc=zlib.crc32, permutations=_permutations(self.num_perm),
                          scheme="affine32")
        minhash.update_batch([g.encode("utf-8") for g in grams])
        matches = [other for other in self.lsh.query(minhash)
                   if minhash.jaccard(self.hashes[other]) >= self.threshold]
        self.lsh.insert(article.id, minhash)
        self.hashes[article.id] = minhash
        self.sequence[article.id] = len(self.sequence)
        roots = sorted({self.root[m] for m in matches}, key=self.sequence.__getitem__)
        self.root[article.id] = roots[0] if roots else article.id
        return self.duplicate_of(article.id)

    def duplicate_of(self, article_id: str) -> str | None:
        root = self.root.get(article_id)
        return root if root and root != article_id else None


def find_duplicates(articles: Sequence[Article], threshold: float = THRESHOLD) -> dict[str, str | None]:
    """Article id -> id of its earliest copy (None for originals), over one batch."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].day is None, articles[i].day or 0, i))
    index = DedupIndex(threshold)
    for i in order:
        index.add(articles[i])
    return {article.id: index.duplicate_of(article.id) for article in articles}
