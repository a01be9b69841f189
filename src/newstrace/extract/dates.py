"""Page dates from HTML: published and modified, kept apart, with their time zones.

Candidates come from a cascade of finders, most trusted first: JSON-LD, meta tags, ``itemprop`` /
``<time>`` markup, the visible date line of the article (bylines in many languages), weak meta tags,
the URL and, last, htmldate. The first published candidate wins, then is settled against the
visible date line: a time stamp in UTC is moved to the day the page itself shows (re-expressed in an
offset the page states when it states one). ``Updated`` stamps never become the published date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import accumulate, chain
from urllib.parse import urlsplit

from lxml import etree

from ..record import DateValue
from . import date_patterns as pat
from .date_boxes import (
    HAS_YEAR,
    dl_label,
    foreign,
    foreign_text,
    holds_dated_box,
    in_list,
    in_site_header,
    is_box,
    unique_boxes,
    update_flagged,
)
from .date_confidence import calibrated
from .date_headline import headline as _headline
from .date_htmldate import checked_htmldate
from .date_lines import first_stamp_line, opens_prose, stamp_lines, teaser_link
from .date_read import NumericOrder, labelled_days, normalise, plausible, published_label
from .date_read import matches as _matches
from .date_read import safe_date as _safe_date
from .date_walk import (
    FIRST_BOXES,
    body_texts,
    boxes_after,
    boxes_before,
    following_texts,
    markup_elements,
    preceding_texts,
)
from .date_zones import is_utc, reaches, restate
from .language import detect_language
from .metadata import PageMeta

_URL_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[^\d]|$)")
_URL_SLASHED_RE = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")
_URL_MONTH_RE = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")
_TEXT_LIMIT = 160  # a date line is short; longer boxes are containers, not date lines


@dataclass(frozen=True)
class _Visible:
    """A date shown on the page: its day, whether it is labelled as an update, where it was."""

    day: date
    updated: bool
    order: int
    value: str  # ISO value (the ``datetime`` attribute of a ``<time>`` when it has one)
    labelled: bool = False  # a publication label stands right before it ("Published: March 4")


# --- the cascade -------------------------------------------------------------------------------------

def find_dates(meta: PageMeta, tree, html_text: str, url: str | None,
               *, today: date | None = None) -> tuple[DateValue | None, DateValue | None]:
    """``(published, modified)`` of an HTML page; either is None when the page does not say."""
    stamps = [c for c in (
        _from_jsonld(meta, pat.JSONLD_PUBLISHED, today) or _from_jsonld_text(tree, "datePublished", today),
        *_all_meta(meta, pat.PUBLISHED_META, "meta", 0.9, today),
    ) if c is not None]
    month_first = _stamped_order(numeric_order(meta, url, tree), meta, stamps, today)
    headline = _headline(tree, meta)
    markup, visible = _scan_tree(tree, headline, month_first, today)
    machine = [*stamps, *([markup["published"]] if "published" in markup else [])]
    if not machine and all(v.updated for v in visible):  # labels are searched in the whole text only as a
        visible = [*visible, *_labelled_dates(tree, month_first, today)]  # last resort ("Originally published")
    shown = _shown_date(visible)
    candidates = [c for c in (
        *machine,
        DateValue(shown.value, "visible", 0.8) if shown else None,
        _from_meta(meta, pat.WEAK_PUBLISHED_META, "meta-weak", 0.7, today),
        _from_url(url, today),
    ) if c is not None]
    published = _vote(candidates)
    modified = _find_modified(meta, markup, visible, today)
    if published is None:
        published = _stamp_line(headline, tree, month_first, today) \
            or _stamp_line(headline, tree, month_first, today, top=True, prose=True) \
            or _teasers_day(_not_after(checked_htmldate(html_text, url, month_first.url_month, modified), modified),
                            tree, headline, month_first) \
            or _stamp_line(headline, tree, month_first, today, top=True) \
            or _update_only(modified)
        return calibrated(published, []), modified
    return calibrated(_settle(published, shown, html_text, url), candidates), modified


def _stamped_order(order: NumericOrder, meta: PageMeta, stamps: list[DateValue], today: date | None) -> NumericOrder:
    """The page's order with the days its machine stamps give (published ones and the modified ones): a numeric
    date on the page that reads as one of them only the other way round is that day (``NumericOrder.read``)."""
    modified = (_from_jsonld(meta, pat.JSONLD_MODIFIED, today), _from_meta(meta, pat.MODIFIED_META, "meta", 0.9, today))
    days = {date.fromisoformat(c.value[:10]) for c in (*stamps, *modified) if c is not None}
    return replace(order, stamped=frozenset(days)) if days else order


def _shown_date(visible: list[_Visible]) -> _Visible | None:
    """The article's shown publication date: the first one a publication label names ("Published: March 4",
    "Veröffentlicht am 4. März"), else the first that is no update. The date nearest the headline can be a day
    the opening sentence names ("On March 20 the organist plays ...", an event), which a label does not (issue 15)."""
    dates = [v for v in visible if not v.updated]
    return next((v for v in dates if v.labelled), dates[0] if dates else None)


def _update_only(modified: DateValue | None) -> DateValue | None:
    """A page that states only when it was updated ("Last revised Nov. 16, 2005") was published that day or
    before: the update's day stands as the published date, doubted (``pat.UPDATE_ONLY_CONFIDENCE``, the update
    kept as the conflict), and ``modified`` says which day it is (issue 15)."""
    if modified is None:
        return None
    return DateValue(modified.value[:10], "modified", pat.UPDATE_ONLY_CONFIDENCE, conflicts=(modified.value,))


def _not_after(found: DateValue | None, modified: DateValue | None) -> DateValue | None:
    """htmldate's guess, unless it is later than the day the page says it was last updated: a page is not
    published after its own update, so such a day is a reader's comment, a site's day of the crawl or a
    generator's stamp ("Most recent update ... / DATE: <crawl day>"), and the update speaks instead (issue 15)."""
    if found is None or modified is None or found.value[:10] <= modified.value[:10]:
        return found
    return None


def _teasers_day(found: DateValue | None, tree, headline, order: NumericOrder) -> DateValue | None:
    """htmldate's day, doubted (``TEASER_DAY_CONFIDENCE``) when every date line of the page that shows it
    sits under another story's linked title (``teaser_link``: a "Read also" box, a next-post link, a list
    of headlines), in the site's header (the day's date) or in a reader's comment line: likely a neighbour's day, though on a news page it is often the article's own too, so
    the day is kept and flagged rather than dropped (issue 15). A day no short line shows stays as it is."""
    if found is None:
        return None
    lines = list(stamp_lines(_NODE_TEXT(tree), order.month_first))
    found = _in_page_order(found, {day for _, day, _ in lines})
    places = [(node, before) for node, day, before in lines if day == found.value[:10]]
    article = frozenset(headline.iterancestors()) if headline is not None else frozenset()
    stamps = [el for el in tree.iter("time") if (normalise(el.get("datetime")) or "")[:10] == found.value[:10]]
    if (places or stamps) and all(teaser_link(before, node, headline) or in_site_header(node)
                                    or pat.COMMENT_LINE.search(node) for node, before in places) \
            and all(foreign(el, article) for el in stamps):
        return DateValue(found.value, found.method, pat.TEASER_DAY_CONFIDENCE, conflicts=found.conflicts)
    return found


def _in_page_order(found: DateValue, shown: set[str]) -> DateValue:
    """htmldate reads a numeric 03/04/08 one way on every page: when the page's own order (its language or
    host, ``numeric_order``) reads its date lines as the other day and none of them as htmldate's, the page's
    reading is the date (issue 15: a US page's "Posted: 03/04/08" was taken as 3 April)."""
    day = date.fromisoformat(found.value[:10])
    swapped = _safe_date(day.year, day.day, day.month) if day.day <= 12 and day.day != day.month else None
    if swapped is None or found.value[:10] in shown or swapped.isoformat() not in shown:
        return found
    return DateValue(swapped.isoformat(), found.method, found.confidence, conflicts=(found.value,))


def _find_modified(meta: PageMeta, markup: dict[str, DateValue], visible: list[_Visible],
                   today: date | None) -> DateValue | None:
    return _first_of(
        lambda: _from_jsonld(meta, pat.JSONLD_MODIFIED, today),
        lambda: _from_meta(meta, pat.MODIFIED_META, "meta", 0.9, today),
        lambda: markup.get("modified"),
        lambda: next((DateValue(v.value, "visible", 0.75) for v in visible if v.updated), None),
    )


def _vote(candidates: list[DateValue]) -> DateValue | None:
    """The day most finders agree on (each finder counted once, weighted by trust); ties go to the
    most trusted finder. The value is that finder's, with the other days kept as ``conflicts``."""
    scores: dict[str, float] = {}
    voted: set[tuple[str, str]] = set()
    for cand in candidates:
        day = cand.value[:10]
        if (cand.method, day) not in voted:
            voted.add((cand.method, day))
            scores[day] = scores.get(day, 0.0) + pat.FINDER_WEIGHTS[cand.method]
    if not scores:
        return None
    best = max(scores, key=lambda d: (scores[d], -next(i for i, c in enumerate(candidates) if c.value[:10] == d)))
    chosen = next(c for c in candidates if c.value[:10] == best)
    others = tuple(dict.fromkeys(c.value for c in candidates if c.value[:10] != best))
    agree = len({c.method for c in candidates if c.value[:10] == best})
    confidence = min(0.99, chosen.confidence + 0.03 * (agree - 1) - 0.1 * bool(others))
    return DateValue(chosen.value, chosen.method, round(confidence, 2), conflicts=others)


def _first_of(*finders) -> DateValue | None:
    for finder in finders:
        value = finder()
        if value is not None:
            return value
    return None


def numeric_order(meta: PageMeta, url: str | None, tree=None) -> NumericOrder:
    """How the page writes its dates: month or day first, the URL's month, its language (for abbreviations).
    A page that declares no language (``tree`` given) is in the language its own text is in (``_text_language``)."""
    declared = _locale(meta).replace("_", "-").split("-")[0]
    lang = declared or (_text_language(tree) if tree is not None else "")
    return NumericOrder(_month_first(meta, url, "" if declared else lang), _url_month(url), lang)


def _locale(meta: PageMeta) -> str:
    return (meta.html_lang or meta.first("og:locale", "content-language") or "").strip().lower()


TEXT_LANGUAGE_CHARS = 5_000  # characters of a page's visible text its language is judged on


def _text_language(tree) -> str:
    """The language of a page that declares none, from the stop words of its visible text (``language``: jusText's
    lists), "" when unsure (issue 15: 17 % of the worldwide 2020 pages declare none; their numeric dates were read
    by the host alone, month first on a .com, and their abbreviated month names not at all)."""
    texts, size = [], 0
    for text in _PLAIN_TEXT(tree):
        texts.append(text)
        size += len(text)
        if size > TEXT_LANGUAGE_CHARS:
            break
    found = detect_language(" ".join(texts), sample_chars=TEXT_LANGUAGE_CHARS) or ""
    return "" if found == "en" else found  # English says nothing of the order (US or not): the host decides, as before


def _month_first(meta: PageMeta, url: str | None = None, text_lang: str = "") -> bool:
    locale = _locale(meta).replace("_", "-")
    host = (urlsplit(url).hostname or "") if url else ""
    region = (meta.first("og:locale", "content-language") or "").strip().lower().replace("_", "-")
    if locale == "en":  # a region named beside it (og:locale "en_GB", "en_IN") says more than the host
        if region.startswith("en-") and not region.startswith(pat.MONTH_FIRST_LOCALES):
            return False
        return not host.endswith(pat.DAY_FIRST_EN_HOSTS)
    if not locale and text_lang:  # the language the page's text is in (not English)
        return text_lang.startswith(pat.MONTH_FIRST_LOCALES)
    if not locale:
        return not host or host.endswith(pat.MONTH_FIRST_HOSTS)
    if "-" not in locale and region.startswith(f"{locale}-"):  # <html lang="es"> and og:locale "es_PR"
        locale = region
    return locale.startswith(pat.MONTH_FIRST_LOCALES)


def _from_jsonld(meta: PageMeta, keys: tuple[str, ...], today: date | None) -> DateValue | None:
    """Article objects first (any shape: @graph, lists, mainEntity), then other page objects."""
    article_ids = set()
    for obj in meta.articles():
        article_ids.add(id(obj))
        found = _jsonld_value(obj, keys, today)
        if found:
            return DateValue(found, "json-ld", 0.95)
    for obj in meta.jsonld:
        if id(obj) in article_ids or _jsonld_types(obj) & pat.JSONLD_FOREIGN_TYPES:
            continue
        found = _jsonld_value(obj, keys[:2], today)
        if found:
            return DateValue(found, "json-ld", 0.85)
    return None


def _jsonld_value(obj: dict, keys: Iterable[str], today: date | None) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, dict):
            value = value.get("@value")
        found = normalise(value, today=today) if isinstance(value, str) else None
        if found:
            return found
    return None


def _jsonld_types(obj: dict) -> set[str]:
    value = obj.get("@type", ())
    return {str(v).lower() for v in (value if isinstance(value, list) else [value])}


def _all_meta(meta: PageMeta, names: tuple[str, ...], method: str, confidence: float,
              today: date | None) -> list[DateValue]:
    found = (normalise(raw, today=today) for name in names for raw in meta.meta.get(name, ()))
    return [DateValue(value, method, confidence) for value in dict.fromkeys(found) if value]


def _from_jsonld_text(tree, key: str, today: date | None) -> DateValue | None:
    """JSON-LD that does not parse as JSON (trailing commas, stray quotes): read the key's string."""
    pattern = re.compile(rf'"{key}"\s*:\s*"([^"]{{6,40}})"')
    for script in tree.iter("script"):
        if "ld+json" in (script.get("type") or "").lower():
            match = pattern.search(script.text or "")
            found = normalise(match.group(1), today=today) if match else None
            if found:
                return DateValue(found, "json-ld", 0.9)
    return None


def _from_meta(meta: PageMeta, names: tuple[str, ...], method: str, confidence: float,
               today: date | None) -> DateValue | None:
    for name in names:
        for raw in meta.meta.get(name, ()):
            found = normalise(raw, today=today)
            if found:
                return DateValue(found, method, confidence)
    return None


def _url_month(url: str | None) -> tuple[int, int] | None:
    """The year and month a URL's path states (``/2012/08/...``, ``/2012/08/05/...``, ``/20120805-...``)."""
    path = (url or "").split("?", 1)[0]
    match = _URL_MONTH_RE.search(path) or _URL_DATE_RE.search(path)
    return (int(match.group(1)), int(match.group(2))) if match else None


def _from_url(url: str | None, today: date | None) -> DateValue | None:
    path = (url or "").split("?", 1)[0]
    match = _URL_SLASHED_RE.search(path) or _URL_DATE_RE.search(path)
    if not match:
        return None
    value = _safe_date(match.group(1), match.group(2), match.group(3))
    return DateValue(value.isoformat(), "url", 0.75) if value and plausible(value, today) else None


# --- markup and the visible date line ---------------------------------------------------------------

def _scan_tree(tree, headline, month_first: NumericOrder, today: date | None) -> tuple[dict[str, DateValue], list[_Visible]]:
    """``itemprop`` / ``<time pubdate>`` markup, and the visible dates, best placed first: the text
    right after the headline, date boxes (bylines, info lines, ``<time>``) below the headline, then
    those above it (nearest first). Only the neighbourhood of the headline is read."""
    markup: dict[str, DateValue] = {}
    article = frozenset(headline.iterancestors()) if headline is not None else frozenset()
    for el in markup_elements(tree):
        _markup_date(el, markup, today, article)
    for el in tree.iter("time"):
        if el.get("pubdate") is not None:
            _markup_date(el, markup, today, article)
    if headline is None:
        after, before, lead = [el for el in FIRST_BOXES(tree, n=pat.BOX_REACH) if is_box(el)], [], []
    else:  # is_box accepts only elements the walkers keep: each element is tested once
        after = boxes_after(headline, pat.BOX_REACH, keep=is_box)
        before = boxes_before(headline, pat.BOX_REACH // 2, keep=is_box)  # nearest first
        lead = _lead_date(headline, month_first, today, article) + _kicker_date(headline, month_first, today, article)
    found = {el: _visible_in(el, order, month_first, today, article)
             for order, el in enumerate(unique_boxes([*after, *before]))}
    return markup, [*lead, *(v for el, dates in found.items() if not holds_dated_box(el, found) for v in dates)]


_TEXT_XPATH = "//body//text()[not(parent::script or parent::style or parent::noscript)]"
_PLAIN_TEXT = etree.XPath(_TEXT_XPATH, smart_strings=False)
_NODE_TEXT = etree.XPath(_TEXT_XPATH)
LEAD_TEXTS = 80  # text nodes after the headline read for its date line (``_lead_date``)
_INNER_TEXT = etree.XPath(".//text()")
KICKER_TEXTS = 12  # text nodes above it (``_kicker_date``)


def _labelled_dates(tree, month_first: NumericOrder, today: date | None) -> list[_Visible]:
    """Dates right after a label in the visible text ("Veröffentlicht am 16.08.2019")."""
    joined = "\n".join(_PLAIN_TEXT(tree))
    found = []
    for m in pat.LABEL_RE.finditer(joined.lower()):
        if pat.FUTURE_LABEL_RE.search(joined[max(0, m.start() - 12):m.start()].lower()):
            continue  # "will be published on ...": a day to come
        after = joined[m.end():m.end() + pat.LABEL_REACH + 30]
        days = sorted(_matches(after, month_first))
        if days and days[0][0] <= pat.LABEL_REACH and plausible(days[0][1], today) \
                and not pat.SENTENCE_END_RE.search(after[:days[0][0]]):
            found.append((m.start(), _Visible(days[0][1], m.group(0) in pat.UPDATED_LABELS, -1,
                                              days[0][1].isoformat())))
    if not found:
        return []
    texts = _NODE_TEXT(tree)  # the same nodes, now with their elements, to drop foreign ones
    ends = list(accumulate(len(t) + 1 for t in texts))
    return [v for start, v in found if not foreign_text(texts[min(bisect_right(ends, start), len(texts) - 1)])]


def _stamp_line(headline, tree, order: NumericOrder, today: date | None, *, top=False, prose=False) -> DateValue | None:
    """The first line below the headline that is only a date, past the lead's reach (a standfirst between
    them); with ``top``, on a page without a headline, the first such line of the page, trusted less: asked
    before htmldate if it opens prose (``prose``, ``opens_prose``; then also on a page with a headline, for a
    date line at the top, above the kicker's reach), else last, when htmldate had no date."""
    if (headline is None) != top and not prose:
        return None
    texts = body_texts(tree, pat.STAMP_LINE_TEXTS) if top else following_texts(headline, pat.STAMP_LINE_TEXTS)
    day = first_stamp_line((t for t in texts if _shown(t)), order.month_first, lambda node, day: plausible(
        day, today) and not foreign_text(node) and not in_list(node.getparent()) and (not prose or opens_prose(node)))
    return DateValue(day.isoformat(), "date-line", 0.5 if top else 0.6) if day else None


def _lead_date(headline, month_first: NumericOrder, today: date | None, article: frozenset) -> list[_Visible]:
    """The first date in the headline's own small print or in the text that follows it."""
    texts, size, inner = [], 0, _INNER_TEXT(headline)
    title = next((n + 1 for n, text in enumerate(inner) if text.strip()), len(inner))  # <h3>\n<a>Title</a>
    for text in chain(inner[title:], following_texts(headline, LEAD_TEXTS)):
        if not _shown(text):
            continue
        texts.append(text)
        size += len(text)
        if size > pat.LEAD_REACH:
            break
    return _dates_in(texts, 0, month_first, today, article, last=False)


def _dates_in(texts: list, cut: int, month_first: NumericOrder, today: date | None, article: frozenset = frozenset(),
              *, last: bool, kicker_of=None) -> list[_Visible]:
    """The first (or last) date in the joined texts from ``cut`` on, with its label, unless foreign; above the
    headline ``kicker_of``, also unless another story's: right after a teaser's linked title in the same small box
    (a strip of top stories between the menu and the article). Below it such a link is mostly the author's."""
    joined = "\n".join(texts)
    found = [d for d in labelled_days(joined[cut:cut + pat.LEAD_REACH], month_first) if plausible(d[1], today)]
    if not found:
        return []
    start, day, updated = found[-1] if last else found[0]
    labelled = published_label(joined, cut + start)
    ends = list(accumulate(len(t) + 1 for t in texts))
    at = min(bisect_right(ends, cut + start), len(texts) - 1)
    node = texts[at]
    before = next((t for t in reversed(texts[:at]) if t.strip()), None) if kicker_of is not None else None
    if foreign_text(node, article) or in_list(node.getparent()) \
            or teaser_link(before, node, kicker_of, pat.KICKER_TEASER_LEVELS):
        return []
    updated = updated or update_flagged(node.getparent())
    # "Published: March 4 | Last updated: March 6" in one line: the update beside the first date is kept as one
    later = [] if last or updated else [_Visible(d, True, -1, d.isoformat()) for _, d, up in found[1:2] if up]
    return [_Visible(day, updated, -1, day.isoformat(), labelled and not updated), *later]


def _kicker_date(headline, month_first: NumericOrder, today: date | None, article: frozenset) -> list[_Visible]:
    """The last date in the short text right above the headline (a kicker or date line)."""
    texts = [t for t in preceding_texts(headline, KICKER_TEXTS) if _shown(t)]
    size = sum(len(t) + 1 for t in texts)
    return _dates_in(texts, max(0, size - pat.KICKER_REACH), month_first, today, article, last=True,
                     kicker_of=headline)


def _shown(text) -> bool:
    """A text node that readers see (not script, not a hidden machine copy of a date)."""
    parent = text.getparent()
    return parent.tag not in ("script", "style", "noscript") and "hidden" not in (parent.get("class") or "")


def _markup_date(el, markup: dict[str, DateValue], today: date | None, article: frozenset) -> None:
    """``itemprop="datePublished"`` on any element, ``<time pubdate>``: machine-readable dates."""
    if el.tag == "meta":
        return
    kind = "modified" if (el.get("itemprop") or "").lower() == "datemodified" else "published"
    if kind not in markup and not foreign(el, article):
        raw = (el.get("datetime"), el.get("content"), el.get("title"), _short_text(el))
        found = next((value for value in (normalise(r, today=today) for r in raw) if value), None)
        if found:
            markup[kind] = DateValue(found, "markup", 0.85)


def _visible_in(el, order: int, month_first: NumericOrder, today: date | None, article: frozenset) -> list[_Visible]:
    text = _short_text(el)
    if text is not None and el.tag == "dd":  # <dt>Published</dt><dd>March 4</dd>: read as "Published: March 4"
        text = f"{dl_label(el)}: {text}"  # a term that names the date ("Date", "Datum") labels it as much as "Published"
    attr = normalise(el.get("datetime"), today=today) if el.tag == "time" and text is not None else None
    if text is None or not (attr or HAS_YEAR.search(text) or pat.NUMERIC_SHORT_DATE.search(text)):  # "<time datetime=...>3 hours ago</time>" is a stamp
        return []
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".lower()
    if "hidden" in marks:  # not shown to readers
        return []
    flagged = update_flagged(el)
    days = labelled_days(text, month_first)
    if attr:
        day, value = date.fromisoformat(attr[:10]), attr
        if days and abs((days[0][1] - day).days) == 1:  # a stamp in another zone: readers see the text's day
            day, value = days[0][1], days[0][1].isoformat()
        relabelled = not days and _update_lead(el, text)  # "Updated 3 hours ago", the label in or before it
        found = [_Visible(day, bool(days and days[0][2]) or flagged or relabelled, order, value)]
    else:
        found = [_Visible(day, updated or flagged, order, day.isoformat(),
                          (published_label(text, start) or el.tag == "dd") and not (updated or flagged))
                 for start, day, updated in days if plausible(day, today)]
    return found if found and not foreign(el, article) else []


def _update_lead(el, text: str) -> bool:
    """A stamp whose own text, or the text just before it in its parent, is an "updated" label."""
    parent = el.getparent()
    before = "" if parent is None else (parent.text or "") + "".join(
        "".join(sib.itertext()) + (sib.tail or "") for sib in reversed(list(el.itersiblings(preceding=True))))
    lead = f"{before[-pat.STAMP_LABEL_REACH:]} {text}".lower()
    return any(label in lead for label in pat.UPDATED_LABELS)


def _short_text(el) -> str | None:
    """The element's text if it is short enough to be a date line, else None."""
    parts, size = [], 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece.strip())
        if size > _TEXT_LIMIT:
            return None
    return " ".join(" ".join(parts).split())


# --- settling a machine-readable stamp against the page -----------------------------------------------

def _settle(published: DateValue, shown: _Visible | None, html_text: str, url: str | None) -> DateValue:
    """A time stamp one day off the day the page shows (its date line, else its URL) is the same moment
    seen from another zone if a real one (``reaches``) shows it on that day: restate it in the page's own
    offset, or keep that day; an afternoon stamp a day off a slug's date stays (issue 15). A stamp
    without a time one day after the date line (a print edition's day, or a stamp whose time a CMS cut
    off, "2012/07/24 00:55" under "23 July 2012 ... 20:55 ET") gives way to the date line's day too."""
    stamped = date.fromisoformat(published.value[:10])
    url_date = _from_url(url, None)
    want = shown.day if shown is not None else (date.fromisoformat(url_date.value) if url_date else None)
    later = shown is not None and (stamped - shown.day).days == 1  # an untimed stamp: only a later one
    if want is not None and abs((want - stamped).days) == 1 and ("T" in published.value or later) \
            and reaches(published.value, want):
        local = restate(published.value, want, html_text)
        return DateValue(local or want.isoformat(), published.method, published.confidence,
                         conflicts=tuple(dict.fromkeys((published.value, *published.conflicts))))
    if is_utc(published.value) and want is None:
        local = restate(published.value, None, html_text)
        if local:
            return DateValue(local, published.method, published.confidence, conflicts=published.conflicts)
    return published
