"""The peers of ../shared/eval/stories/PEERS.md re-implemented on our tune / check halves (issue 15).

PEERS.md scores the peers on the whole dev set; our halves are linked one at a time, so the peers are run
the same way here: ``baselines.py``'s input (title + newline + text), its dev-best thresholds, average-linkage
agglomerative clustering on cosine distance (SciPy, as scikit-learn's AgglomerativeClustering does it).

- ``tfidf_agglo``: sublinear TF-IDF with English stop words (spaCy's list; scikit-learn is not installed,
  so its list and token pattern are approximated), t 0.2 on ECB+, 0.1 on news-cluster;
- ``minilm_agglo``: all-MiniLM-L6-v2 on the first 256 word pieces (link/embed.py's NumPy encoder, the same
  weights), t 0.6 on ECB+, 0.4 on news-cluster.
"""

from __future__ import annotations

import math
import re
from collections import Counter

THRESHOLDS = {"tfidf_agglo": {"ecb": 0.2, "nc": 0.1}, "minilm_agglo": {"ecb": 0.6, "nc": 0.4}}
TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def peer_text(gold: dict) -> str:
    return ((gold.get("title") or "") + "\n" + (gold.get("text") or "")).strip()


def tfidf_rows(texts: list[str]):
    import numpy as np
    from spacy.lang.en.stop_words import STOP_WORDS

    counts = [Counter(t for t in TOKEN_RE.findall(text.lower()) if t not in STOP_WORDS) for text in texts]
    df: Counter = Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {term: i for i, term in enumerate(df)}
    rows = np.zeros((len(texts), max(len(vocab), 1)))
    for r, c in enumerate(counts):
        for term, n in c.items():
            rows[r, vocab[term]] = (1 + math.log(n)) * (math.log((1 + len(texts)) / (1 + df[term])) + 1)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return rows / norms


def minilm_rows(texts: list[str], cache: dict):
    """Rows of the encoder on the first 256 word pieces (cached by text)."""
    import hashlib

    import numpy as np

    from newstrace.link import embed

    model = embed._model()
    out = []
    for text in texts:
        key = "p256-" + hashlib.sha1(text.encode("utf-8")).hexdigest()
        if key not in cache:
            ids = model.tokenizer.ids(text, limit=256)
            cache[key] = _encode_ids(model, ids)
        out.append(cache[key])
    return np.vstack(out)


def _encode_ids(model, ids: list[int]):
    import numpy as np

    t = model.t
    x = (t["embeddings.word_embeddings.weight"][ids] + t["embeddings.position_embeddings.weight"][:len(ids)]
         + t["embeddings.token_type_embeddings.weight"][0])
    from newstrace.link.embed import LAYERS, _layer_norm

    x = _layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
    for layer in range(LAYERS):
        x = model._block(x, f"encoder.layer.{layer}")
    pooled = x.mean(axis=0)
    return (pooled / (np.linalg.norm(pooled) or 1.0)).astype(np.float32)


def agglo(rows, threshold: float) -> list[int]:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(rows) < 2:
        return [1] * len(rows)
    distance = 1.0 - rows @ rows.T
    distance[distance < 0] = 0.0
    distance.flat[:: len(rows) + 1] = 0.0
    tree = linkage(squareform(distance, checks=False), method="average")
    return [int(x) for x in fcluster(tree, 1.0 - threshold, criterion="distance")]


def peer_scores(data: dict, columns: list[tuple[str, str]], cache: dict, bcubed_f1) -> dict[str, list[float]]:
    """B-cubed F1 of each peer on each (set, half) column."""
    scores: dict[str, list[float]] = {}
    for method, thresholds in THRESHOLDS.items():
        row = []
        for short, half in columns:
            golds = [g for g, _ in data[short][half]]
            texts = [peer_text(g) for g in golds]
            rows = tfidf_rows(texts) if method == "tfidf_agglo" else minilm_rows(texts, cache)
            labels = agglo(rows, thresholds[short])
            row.append(bcubed_f1({g["id"]: g["story_id"] for g in golds},
                                 {g["id"]: str(label) for g, label in zip(golds, labels)}))
        scores[method] = row
    return scores
