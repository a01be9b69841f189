"""Language of a text from stop-word overlap (jusText's stop lists, shipped with trafilatura)."""

from __future__ import annotations

import functools
import re

from ..cache import load_or_build

# jusText stop-list names -> ISO 639-1. Only languages with a two-letter code are listed.
_ISO = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Armenian": "hy", "Azerbaijani": "az",
    "Basque": "eu", "Belarusian": "be", "Bengali": "bn", "Bosnian": "bs", "Breton": "br",
    "Bulgarian": "bg", "Catalan": "ca", "Croatian": "hr", "Czech": "cs", "Danish": "da",
    "Dutch": "nl", "English": "en", "Esperanto": "eo", "Estonian": "et", "Finnish": "fi",
    "French": "fr", "Galician": "gl", "Georgian": "ka", "German": "de", "Greek": "el",
    "Gujarati": "gu", "Hebrew": "he", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is",
    "Indonesian": "id", "Irish": "ga", "Italian": "it", "Kannada": "kn", "Korean": "ko",
    "Latvian": "lv", "Lithuanian": "lt", "Macedonian": "mk", "Malay": "ms", "Malayalam": "ml",
    "Marathi": "mr", "Nepali": "ne", "Norwegian_Bokmal": "nb", "Norwegian_Nynorsk": "nn",
    "Persian": "fa", "Polish": "pl", "Portuguese": "pt", "Romanian": "ro", "Russian": "ru",
    "Serbian": "sr", "Slovak": "sk", "Slovenian": "sl", "Spanish": "es", "Swahili": "sw",
    "Swedish": "sv", "Tagalog": "tl", "Tamil": "ta", "Telugu": "te", "Thai": "th",
    "Turkish": "tr", "Ukrainian": "uk", "Urdu": "ur", "Vietnamese": "vi", "Welsh": "cy",
}
_WORD_RE = re.compile(r"\w+", re.U)
# The characters ``_mostly_cjk`` counts (kana, CJK ideographs, hangul), found in C, so a text is not read
# character by character in Python (issue 15, speed).
_CJK_RE = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _cache_name(what: str) -> str:
    from importlib.metadata import version

    return f"{what}-justext-{version('justext')}-{len(_ISO)}"


@functools.lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    """ISO code -> stop words; reading jusText's 60 lists takes ~0.4 s, so they are cached."""
    return load_or_build(_cache_name("stoplists"), _read_stoplists)


def _read_stoplists() -> dict[str, frozenset[str]]:
    import justext

    available = justext.get_stoplists()
    return {iso: frozenset(justext.get_stoplist(name)) for name, iso in _ISO.items() if name in available}


@functools.lru_cache(maxsize=1)
def _word_index() -> dict[str, str]:
    """word -> the ISO codes whose detection lists hold it, comma-joined (cached; loads in ~25 ms).

    Detection uses spaCy's stop-word lists (curated per language, each in its own script) and, for the
    languages spaCy has none for, jusText's lists without their English words: jusText's lists were
    built from Wikipedia and many hold common English words ("the", "government", "official"), which
    made short English texts come out as Marathi or Finnish."""
    def build() -> dict[str, str]:
        index: dict[str, list[str]] = {}
        for iso, words in _detection_lists().items():
            for word in words:
                index.setdefault(word, []).append(iso)
        return {word: ",".join(isos) for word, isos in index.items()}

    return load_or_build(_cache_name("detect-index-spacy"), build)


def _detection_lists() -> dict[str, frozenset[str]]:
    lists = _spacy_stoplists()
    english = lists.get("en", frozenset())
    for iso, words in _stoplists().items():
        if iso not in lists:
            lists[iso] = frozenset(words - english)
    return lists


def _spacy_stoplists() -> dict[str, frozenset[str]]:
    """ISO 639-1 code -> spaCy's stop words for every two-letter language spaCy ships.

    Read from each ``spacy/lang/<code>/stop_words.py`` as that module defines them (the files import nothing),
    without importing spaCy and each language package (issue 15, speed: ~3 s of CPU on a run with an empty
    cache, ~25 ms this way; the same lists)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return {}
    lang = Path(next(iter(spec.submodule_search_locations))) / "lang"
    lists: dict[str, frozenset[str]] = {}
    for folder in sorted(lang.iterdir()):  # the order pkgutil.iter_modules gave
        path = folder / "stop_words.py"
        if len(folder.name) != 2 or folder.name == "xx" or not path.is_file():
            continue
        words = _module_value(path, "STOP_WORDS")
        if words is not None:
            lists[folder.name] = frozenset(w.lower() for w in words if _WORD_RE.fullmatch(w.lower()))
    return lists


def _module_value(path, name: str):
    """``name`` as the module file at ``path`` defines it (run in a namespace of its own), or None."""
    namespace: dict = {}
    try:
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
    except Exception:  # noqa: BLE001 - a list that does not load is left out, as an import error was
        return None
    return namespace.get(name)


def justext_union() -> frozenset[str]:
    """Every word of every jusText stop list, lower-cased: the set trafilatura builds (``jt_stoplist_init``,
    ~0.2 s) before its jusText fallback on a page of unknown language and jusText then lower-cases into a
    frozenset (``define_stoplist``); cached like the tables, as one string of lines (unpickling 154,000
    separate strings took twice as long as splitting one). jusText's lists are lower-case as read
    (``get_stoplist``); lower-cased here again, so the set is what ``define_stoplist`` would make of it."""
    def build() -> str:
        import justext

        return "\n".join(sorted({w.lower() for name in justext.get_stoplists() for w in justext.get_stoplist(name)}))

    return frozenset(load_or_build(_cache_name("stoplist-union-lower"), build).split("\n"))


def stopwords(lang: str | None) -> frozenset[str]:
    """The stop words of a language (ISO 639-1), or English's when unknown."""
    lists = _stoplists()
    return lists.get((lang or "en")[:2].lower(), lists["en"])


def detect_language(text: str, *, sample_chars: int = 5_000) -> str | None:
    """ISO 639-1 code of the language whose stop words cover most tokens, or None if unsure."""
    tokens = [t.lower() for t in _WORD_RE.findall(text[:sample_chars])]
    if _mostly_cjk(text[:sample_chars]):  # no spaces between words: judged by script, before counting
        return _cjk_language(text[:sample_chars])
    if len(tokens) < 5:
        return None
    hits: dict[str, int] = {}
    weights: dict[str, float] = {}
    index = _word_index()
    for token in tokens:
        isos = index.get(token) if len(token) > 1 else None  # "s" of "U.S.", "a": no evidence alone
        if isos:
            languages = isos.split(",")
            for iso in languages:  # a word many languages share is weak evidence for each of them
                hits[iso] = hits.get(iso, 0) + 1
                weights[iso] = weights.get(iso, 0.0) + 1.0 / len(languages)
    if not hits:
        return None
    best = max(weights, key=lambda iso: (round(weights[iso], 9), _PRIOR.get(iso, 0)))
    # unsure (None: the caller's default) unless the winner has about two words of its own behind it
    return best if hits[best] / len(tokens) >= 0.12 and weights[best] >= MIN_EVIDENCE else None


MIN_EVIDENCE = 1.5


# Ties (a short text whose stop words several languages share) go to the language more pages are in.
_PRIOR = {iso: -rank for rank, iso in enumerate(("en", "es", "de", "fr", "pt", "it", "ru", "nl", "pl", "tr"))}
_PRIOR = {iso: len(_PRIOR) + rank for iso, rank in _PRIOR.items()}


def _mostly_cjk(text: str) -> bool:
    if _CJK_RE.search(text) is None:  # no such character: none counted, and 0 is never over the share
        return False
    cjk = len(_CJK_RE.findall(text))
    return cjk > 0.2 * max(1, sum(1 for c in text if c.isalpha()))


def _cjk_language(text: str) -> str:
    kana = sum(1 for c in text if "\u3040" <= c <= "\u30ff")
    hangul = sum(1 for c in text if "\uac00" <= c <= "\ud7af")
    if hangul > kana:
        return "ko"
    return "ja" if kana else "zh"


def normalise_lang(value: str | None) -> str | None:
    """``en-US`` / ``en_GB`` / ``EN`` -> ``en``; None for junk."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2}", code) else None
