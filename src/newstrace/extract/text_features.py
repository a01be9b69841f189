"""Line features and the two-pass line classifier for scraped page text.

Each visible line of a page gets a vector of cheap features (length, sentence punctuation, stop-word
share, also relative to the page's long lines, title case, dates, menu glue, repetition, position,
"Label: headline" teaser lines, picture credits, site boilerplate phrases (consent, newsletter, legal),
reader-comment furniture ("name says:", "Reply"), a headline glued to its teaser, context over its
neighbours). A small model (one tanh layer, or logistic) scores each line as article or furniture; a
second pass adds the first pass's scores of the neighbours (smoothing), the densest run of article-like
lines, and that run again with each line weighted by its length (a short box inside the article does
not cut it). The weights live in
``data/text_classifier.json`` and are fitted on ``../shared/train/extraction/`` by ``bench/train_text_classifier.py``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

_WORD_RE = re.compile(r"\w+", re.U)
_SENTENCE_END_RE = re.compile(r"[.!?…:;。！？][\"”’»)\]」』]*$|[\"”’»」』]$")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Grammatical particles that play the part of stop words in Japanese / Chinese / Korean prose.
_CJK_PARTICLES = frozenset("のはがをにでとへやも了的是在和이가을를은는에의도")
_INNER_SENTENCE_RE = re.compile(r"\w[.!?][\"”’»)]?\s+[\"“«(]?[A-ZÀ-Ý]")
_GLUED_RE = re.compile(r"[a-zà-ÿ]{2}[A-ZÀ-Ý][a-zà-ÿ]")
_DATE_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|mär|mai|okt|dez)[a-zä]*\.?\s+\d",
    re.I)
_BULLET_RE = re.compile(r"^(?:[-•·*▪►>»|]|\d{1,2}[.)])\s")
_SEPARATOR_RE = re.compile(r"\s[|•·/»>]\s|\s[-–]\s.*\s[-–]\s")
# "Read also: <headline>", "VEA TAMBIÉN: ...", "Czytaj też: ...": a short label, a colon, then a headline.
_LABEL_RE = re.compile(r"^[^\W\d][\w'’\-]*(?:\s+[\w'’\-]+){0,3}\s*:\s+\S")
# Picture credits and sources: "© ...", "(Credit: ...)", "Foto: dpa", "Quelle: Landesregierung".
_CREDIT_RE = re.compile(
    r"^\(?\s*(?:©|\(c\)|(?:foto|fotos|photo|photos|bild|bilder|quelle|credit|credits|crédito|créditos|fuente"
    r"|source|image|imagen|grafik|illustration)\b\s*:)"
    r"|\b(?:getty images|reuters/|afp/|dpa/|ap photo|shutterstock|imago|istock)\b", re.I)
# Site boilerplate that reads like prose: consent, newsletters, subscriptions, affiliate and legal
# notices, letters to the editor (several languages). Matched anywhere in the line, counted.
_BOILERPLATE_RE = re.compile(  # on the lower-cased line; each term at a word start (fast to scan)
    r"©|\b(?:cookie|newsletter|subscri|sign(?:ing)? up\b|rights reserved|trademark|copyright"
    r"|privacy|terms of (?:use|service)|consent|personal data|advertis|affiliate|commission\b"
    r"|compensation|disclaimer|letters? to the editor|this (?:site|website|article|post|page|story)\b"
    r"|our (?:site|website|newsletter|journalism|content)\b|click\b|reproduced|permission"
    r"|datenschutz|einwilligung|abonn|rechte vorbehalten|nutzungsbedingungen|personenbezogen"
    r"|suscr|bolet[ií]n|derechos reservados|pol[ií]tica de privacidad|t[ée]rminos|publicidad|clique"
    r"|droits r[ée]serv[ée]s|donn[ée]es personnelles|confidentialit[ée]|direitos reservados"
    r"|privacidade|assine|prawa zastrze[żz]one|prywatno[śs]ci|regulamin|diritti riservati|iscriviti)")
# Reader-comment furniture: "jdoe says:", "Reply", "12 likes", "3 hours ago", "vor 2 Stunden".
_COMMENT_RE = re.compile(
    r"^(?:\S+(?:\s+\S+){0,3}\s+(?:says|said|wrote|sagt|schreibt|dice|dijo|escribi[óo]|a [ée]crit|napisa[łl]\w*)\s*:$"
    r"|(?:reply|replies|report|flag|like|likes|antworten|melden|responder|r[ée]pondre|signaler|odpowiedz)"
    r"(?:\s+\w+)?$|\d+\s+(?:likes?|replies|repl(?:y|ies)|votes?|points?|antworten|respuestas?)$"
    r"|\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago$"
    r"|(?:vor|hace|il y a)\s+\d+\s+\w+$)",
    re.I)
# A headline glued to its teaser: "... says Minister NEW DELHI: The Minister said ..." (a dateline inside).
_INNER_DATELINE_RE = re.compile(r"\S\s+[A-Z][A-Z.]{2,}(?:\s+[A-Z][A-Z.]+){0,2}\s*(?::|\(\w+\)\s*[-–—:])\s+[A-Z]")

# Words that mark page furniture (menus, share bars, consent, subscriptions), lower case, many languages.
FURNITURE_WORDS = frozenset("""
share shares tweet facebook twitter whatsapp linkedin pinterest email print copyright cookie cookies
subscribe subscription newsletter login log sign signin register advertisement advertising sponsored
related trending popular comments comment menu search home skip navigation privacy terms contact
listen live watch video videos photos gallery follow app apps download read more next previous
teilen drucken anmelden abonnieren werbung anzeige impressum datenschutz kommentare startseite mehr
compartir comentarios suscríbete publicidad inicio buscar iniciar sesión leer más relacionadas
partager commentaires abonnez publicité accueil connexion lire aussi
subscriber subscribers affiliate newsletters podcast podcasts czytaj dowiedz vea síguenos siguenos interesar
""".split())

_LOG_12_WORDS = math.log1p(12)

# Feature names, in the order of the weight vector.
BASE_FEATURES = (
    "log_words", "log_chars", "sentence_end", "stop_share", "title_share", "digit_share",
    "inner_sentences", "commas", "has_date", "repeated", "position", "glued", "starts_by",
    "furniture_share", "all_caps", "colon_end", "bullet", "separators", "short", "very_long",
    "prose", "relative_length", "teaser_copy", "relative_stop_share", "label_teaser", "credit",
    "boilerplate", "comment_mark", "inner_dateline",
)
_BOILERPLATE, _COMMENT_MARK = BASE_FEATURES.index("boilerplate"), BASE_FEATURES.index("comment_mark")
CONTEXT_FEATURES = ("prev_len", "next_len", "win2_len", "win2_stop", "win2_end", "win6_len", "win6_end",
                    "in_block", "block_distance", "win2_boilerplate", "above6_comment")
PASS2_FEATURES = ("p_self", "p_prev", "p_next", "p_win3", "p_win8", "p_between", "p_block",
                  "p_wblock", "before_wblock", "after_wblock")


def split_lines(text: str) -> list[str]:
    """The visible lines of a page, whitespace collapsed, blanks dropped; hard-wrapped prose re-joined."""
    raw = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if _hard_wrapped(raw):
        raw = _unwrap(raw)
    return [line for line in raw if line]


def _hard_wrapped(lines: list[str]) -> bool:
    """True for text broken at a fixed width (lynx, w3m, e-mail): many lines, none much longer than ~100."""
    lengths = sorted(len(line) for line in lines if len(line) >= 40)
    return len(lengths) >= 8 and lengths[int(0.9 * (len(lengths) - 1))] <= 100


def _unwrap(lines: list[str]) -> list[str]:
    """Join each line that filled the width with the next line of the same block. When blank lines
    separate the blocks, a full line continues even after a full stop (a sentence ended at the margin)."""
    width = max((len(line) for line in lines), default=0)
    blank_separated = sum(1 for line in lines if not line) >= len(lines) / 4
    joined: list[str] = []
    continues = False
    for line in lines:
        if continues and line:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        full = bool(line) and len(line) >= 0.7 * width
        continues = full and (blank_separated or not _SENTENCE_END_RE.search(line))
    return joined


def line_features(lines: list[str], stop: frozenset[str]) -> list[list[float]]:
    """Per-line base features (no context)."""
    counts: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
        if len(line) >= 40:
            prefixes[line[:40]] = prefixes.get(line[:40], 0) + 1
    total = max(1, len(lines) - 1)
    longest = max((len(line) for line in lines), default=1)
    rows = [_one_line(line, i / total, counts[line], stop) for i, line in enumerate(lines)]
    prose_stop = sorted(row[3] for row in rows if row[0] >= _LOG_12_WORDS) or [0.3]
    typical_stop = max(0.05, prose_stop[len(prose_stop) // 2])  # median stop share of the long lines
    for line, row in zip(lines, rows):
        row.extend([row[0] * row[3] * row[2], len(line) / longest,
                    1.0 if prefixes.get(line[:40], 0) > counts[line] else 0.0, min(2.0, row[3] / typical_stop),
                    *_line_marks(line)])
    return rows


def _words_and_stop_share(line: str, stop: frozenset[str]) -> tuple[list[str], float]:
    """The words of a line and the share that are stop words (CJK: characters / 2 and particles)."""
    words = _WORD_RE.findall(line)
    cjk = len(_CJK_RE.findall(line))
    if cjk > len(line) / 3:
        particles = sum(1 for c in line if c in _CJK_PARTICLES)
        return words + ["x"] * (cjk // 2), min(1.0, 3 * particles / cjk)
    return words, sum(1 for w in words if w.lower() in stop) / (len(words) or 1)


def _one_line(line: str, position: float, repeats: int, stop: frozenset[str]) -> list[float]:
    words, stop_share = _words_and_stop_share(line, stop)
    n = len(words) or 1
    lower = [w.lower() for w in words]
    alpha = [w for w in words if w[0].isalpha()]
    return [
        math.log1p(len(words)),
        math.log1p(len(line)) / 3,
        1.0 if _SENTENCE_END_RE.search(line) else 0.0,
        stop_share,
        sum(1 for w in alpha if w[0].isupper()) / max(1, len(alpha)),
        sum(map(str.isdigit, line)) / max(1, len(line)),
        min(3, len(_INNER_SENTENCE_RE.findall(line))) / 3,
        min(5, line.count(",")) / 5,
        1.0 if _DATE_RE.search(line) else 0.0,
        math.log(repeats),
        position,
        min(3, len(_GLUED_RE.findall(line))) / 3,
        1.0 if line[:3].lower() in ("by ", "von") or line[:4].lower() == "por " else 0.0,
        sum(1 for w in lower if w in FURNITURE_WORDS) / n,
        1.0 if line.isupper() else 0.0,
        1.0 if line.endswith(":") else 0.0,
        1.0 if _BULLET_RE.match(line) else 0.0,
        1.0 if _SEPARATOR_RE.search(line) else 0.0,
        1.0 if len(words) <= 4 else 0.0,
        1.0 if len(words) >= 40 else 0.0,
    ]


def is_label_teaser(line: str) -> bool:
    """"Read also: <headline>": a short label, a colon and a headline (no sentence end) after it."""
    return bool(_LABEL_RE.match(line)) and not _SENTENCE_END_RE.search(line)


def boilerplate_count(line: str) -> int:
    """How many site-boilerplate phrases (consent, newsletter, legal) the line holds."""
    return len(_BOILERPLATE_RE.findall(line.lower()))


def _line_marks(line: str) -> list[float]:
    """A short label, a colon and a headline (no sentence end) after it; a picture credit or source line;
    boilerplate phrases (count); a comment header or button; a dateline inside (headline + teaser)."""
    label = is_label_teaser(line)
    credit = bool(_CREDIT_RE.search(line)) and len(line.split()) <= 12
    return [1.0 if label else 0.0, 1.0 if credit else 0.0, min(3, boilerplate_count(line)) / 3,
            1.0 if len(line) <= 80 and _COMMENT_RE.search(line) else 0.0,
            1.0 if _INNER_DATELINE_RE.search(line, 20) else 0.0]


def context_features(base: list[list[float]]) -> list[list[float]]:
    """Neighbourhood features: lengths, stop words and sentence ends around each line, main block."""
    n = len(base)
    log_len = [row[0] for row in base]
    stop_share = [row[3] for row in base]
    ends = [row[2] for row in base]
    boiler = [row[_BOILERPLATE] for row in base]
    comment = [row[_COMMENT_MARK] for row in base]
    block = densest_block([_prose_weight(row) for row in base])
    windows = [_window_means(log_len, 2), _window_means(stop_share, 2), _window_means(ends, 2),
               _window_means(log_len, 6), _window_means(ends, 6)]
    around = [_window_means(boiler, 2), _window_means(comment, 6, 0)]  # comments follow the article
    rows = []
    for i in range(n):
        rows.append([
            log_len[i - 1] if i > 0 else 0.0,
            log_len[i + 1] if i + 1 < n else 0.0,
            *(w[i] for w in windows),
            1.0 if block[0] <= i <= block[1] else 0.0,
            math.log1p(max(0, block[0] - i, i - block[1])) / 3,
            *(w[i] for w in around),
        ])
    return rows


def pass2_features(p: list[float], first: list[list[float]]) -> list[list[float]]:
    """Smoothing features from the first pass's probabilities (``first``: the first pass's rows)."""
    n = len(p)
    block = densest_block([x - 0.5 for x in p])
    weighted = densest_block([(x - 0.5) * row[0] for x, row in zip(p, first)])  # row[0]: log(1 + words)
    win3, win8 = _window_means(p, 3), _window_means(p, 8)
    rows = []
    for i in range(n):
        before = max(p[max(0, i - 5):i], default=0.0)
        after = max(p[i + 1:i + 6], default=0.0)
        rows.append([
            p[i],
            p[i - 1] if i > 0 else 0.0,
            p[i + 1] if i + 1 < n else 0.0,
            win3[i],
            win8[i],
            min(before, after),
            1.0 if block[0] <= i <= block[1] else 0.0,
            1.0 if weighted[0] <= i <= weighted[1] else 0.0,
            math.log1p(max(0, weighted[0] - i)) / 3,
            math.log1p(max(0, i - weighted[1])) / 3,
        ])
    return rows


def _prose_weight(row: list[float]) -> float:
    """Positive for lines that read like article prose, negative for furniture (for the block search)."""
    words = math.expm1(row[0])
    if words >= 12 and row[3] >= 0.15 and row[2]:
        return min(words, 80.0)
    return -3.0 if words < 12 else -1.0


def densest_block(weights: list[float]) -> tuple[int, int]:
    """The [first, last] line range with the largest weight sum (Kadane); (0, -1) when none is positive."""
    best, best_range = 0.0, (0, -1)
    running, start = 0.0, 0
    for i, w in enumerate(weights):
        if running <= 0:
            running, start = 0.0, i
        running += w
        if running > best:
            best, best_range = running, (start, i)
    return best_range


def _window_means(values: list[float], radius: int, after: int | None = None) -> list[float]:
    """The mean of ``values`` over each index's window: ``radius`` lines before, ``after`` (default
    ``radius``) lines after (prefix sums)."""
    import numpy as np

    after = radius if after is None else after
    sums = np.concatenate(([0.0], np.cumsum(values)))
    index = np.arange(len(values))
    lo, hi = np.maximum(0, index - radius), np.minimum(len(values), index + after + 1)
    return ((sums[hi] - sums[lo]) / (hi - lo)).tolist()


@functools.lru_cache(maxsize=1)
def model() -> dict:
    """The fitted weights (two logistic models with their feature scaling)."""
    path = resources.files("newstrace") / "data" / "text_classifier.json"
    return json.loads(path.read_text(encoding="utf-8"))


def predict(rows: list[list[float]], params: dict) -> list[float]:
    """The fitted model on feature rows: standardise, then a logistic unit, or one tanh layer before it."""
    import numpy as np

    x = (np.asarray(rows, dtype=float) - params["mean"]) / params["scale"]
    if "hidden" in params:
        x = np.tanh(x @ np.asarray(params["hidden"]) + params["hidden_bias"])
    z = np.clip(x @ np.asarray(params["weights"]) + params["bias"], -30.0, 30.0)
    return (1.0 / (1.0 + np.exp(-z))).tolist()


def first_pass_rows(lines: list[str], stop: frozenset[str]) -> list[list[float]]:
    """Base plus context features of every line (the first model's input)."""
    base = line_features(lines, stop)
    return [b + c for b, c in zip(base, context_features(base))]


def score_lines(lines: list[str], stop: frozenset[str], params: dict | None = None) -> list[float]:
    """Probability that each line belongs to the article body."""
    if not lines:
        return []
    params = params or model()
    first = first_pass_rows(lines, stop)
    p1 = predict(first, params["pass1"])
    second = [f + s for f, s in zip(first, pass2_features(p1, first))]
    return predict(second, params["pass2"])
