"""Stage registry, ordering check and the per-document runner with budgets.

A stage is a pure function ``Record -> Record`` that declares the fields it reads and writes.
Stages are registered by dotted path so that importing this module loads no NLP model.
"""

from __future__ import annotations

import dataclasses
import gc
import importlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from . import pattern_cache
from .budget import Deadline, watch
from .errors import NewstraceError, error
from .record import ErrorInfo, Page, Record, SkippedStage
from .textsafe import sanitize_page


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "module:function"
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    description: str
    # ISO 639-1 codes of the languages the stage's rules and models are made for; None: every language.
    # A page in another language skips the stage (``Record.skipped_stages`` says why).
    languages: tuple[str, ...] | None = None

    def supports(self, language: str | None) -> bool:
        """A page of unknown language runs the stage (detection is unsure on very short texts)."""
        return self.languages is None or language is None or language[:2].lower() in self.languages

    def load(self) -> Callable[[Record], Record]:
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)


# The languages the analysis stages support: the English spaCy pipeline and English rules.
ENGLISH = ("en",)

# The registry, in canonical order. Each analysis stage adds its line here.
STAGES: tuple[Stage, ...] = (
    Stage(
        "extract",
        "newstrace.extract:extract_stage",
        reads=("page",),
        writes=("body", "title", "description", "url", "canonical_url", "language", "outlet",
                "dateline", "authors", "published", "modified", "captured", "section", "tags",
                "related", "links", "input_format", "warnings"),
        description="page -> article: body and metadata from HTML, scraped text or a clean body",
    ),
    Stage(
        "parse",
        "newstrace.analysis.nlp:parse_stage",
        reads=("body", "language", "dateline"),
        writes=("doc",),
        description="spaCy parse of the body (tokens, sentences, dependencies, NER), shared by later stages",
        languages=ENGLISH,
    ),
    Stage(
        "entities",
        "newstrace.analysis.entities:entities_stage",
        reads=("doc", "body", "dateline"),
        writes=("entities",),
        description="named entities with newsroom corrections (outlets are ORG, demonyms NORP) and canonical names",
        languages=ENGLISH,
    ),
    Stage(
        "sources",
        "newstrace.analysis.sources:sources_stage",
        reads=("doc", "body", "entities", "outlet", "dateline"),
        writes=("sources", "provenance", "attributions"),
        description="who the article leans on (kind, description, cited_by) and the provenance tree from the outlet",
        languages=ENGLISH,
    ),
    Stage(
        "quotes",
        "newstrace.analysis.quotes:quotes_stage",
        reads=("doc", "body", "sources", "attributions"),
        writes=("quotes",),
        description="direct, indirect and according-to quotes with cue, nearest speaker mention and source_id",
        languages=ENGLISH,
    ),
    Stage(
        "places",
        "newstrace.analysis.places:places_stage",
        reads=("doc", "body", "dateline"),
        writes=("places",),
        description="toponyms and place-words in the body, resolved offline to coordinates and countries",
        languages=ENGLISH,
    ),
    Stage(
        "dates",
        "newstrace.analysis.temporal:dates_stage",
        reads=("doc", "body", "published", "captured", "dateline", "entities"),
        writes=("dates", "published"),
        description="date and time expressions in the body resolved against published; stamp conflicts",
        languages=ENGLISH,
    ),
    Stage(
        "events",
        "newstrace.analysis.events:events_stage",
        reads=("doc", "body", "published", "dates", "places", "sources", "quotes"),
        writes=("events", "incidents"),
        description="PLOVER events per sentence: type, mode, actors, place, date, ACLED-style sub-event; "
                    "disasters and accidents as incidents",
        languages=ENGLISH,
    ),
)


@dataclass(frozen=True)
class Budgets:
    """Per-document limits. Going over one is an error record, never a crash."""

    max_bytes: int = 20_000_000
    max_seconds: float = 60.0
    max_memory_mb: int = 4096  # growth of the process's peak RSS while handling one document

    @classmethod
    def from_env(cls) -> Budgets:
        """The budgets of ``settings.current()`` (NEWSTRACE_MAX_BYTES, _MAX_SECONDS, _MAX_MEMORY_MB)."""
        from .settings import current

        s = current()
        return cls(max_bytes=s.max_bytes, max_seconds=s.max_seconds, max_memory_mb=s.max_memory_mb)




def resolve_stages(requested: Sequence[str] | None) -> list[Stage]:
    """The stages to run, in canonical order, with the producers of what they read added."""
    by_name = {s.name: s for s in STAGES}
    if not requested:
        return list(STAGES)
    unknown = [name for name in requested if name not in by_name]
    if unknown:
        raise error("NT501", f"unknown stage(s) {', '.join(unknown)}; "
                             f"choose from {', '.join(by_name)} (see `newstrace stages`)")
    wanted = set(requested)
    changed = True
    while changed:
        changed = False
        for stage in STAGES:
            if stage.name not in wanted:
                continue
            for other in STAGES:
                if other.name not in wanted and set(other.writes) & set(stage.reads):
                    wanted.add(other.name)
                    changed = True
    return [s for s in STAGES if s.name in wanted]


def check_order(stages: Sequence[Stage]) -> None:
    """Fail at start-up if a stage reads a field that only a later stage writes."""
    written: set[str] = {"page", "id"}
    later = {f for s in stages for f in s.writes}
    for stage in stages:
        missing = [f for f in stage.reads if f not in written and f in later]
        if missing:
            raise error("NT501", f"stage {stage.name} reads {missing} before they are written; "
                                 "fix the order in newstrace.pipeline.STAGES")
        written.update(stage.writes)


_WARM_UP_PARAGRAPHS = (
    "LISBON, May 4 (Wire) - Port workers in Lisbon met ministers on Monday to talk about pay and the new"
    " shift rota, a union spokeswoman said after the meeting, which lasted most of the afternoon.",
    "\"We want a fair deal for every worker on the docks, and we want it before the summer,\" said Ana"
    " Lopes, who leads the union, according to the Harbour Gazette, which first reported the talks.",
    "The ministry said in a statement that it would present a written offer next week and that the"
    " talks would go on in Porto, where the second largest container terminal of the country lies.",
    "Shipping lines have warned that a strike in June would delay deliveries across the whole region,"
    " and several exporters asked both sides to settle the dispute quickly.",
)
WARM_UP_PAGE = (  # long enough that trafilatura needs no fallback extractor on it
    "<html lang='en'><head><title>Harbour talks resume</title></head><body><article>"
    + "".join(f"<p>{p}</p>" for p in _WARM_UP_PARAGRAPHS) + "</article></body></html>")
WARM_UP_BODY = "\n\n".join(_WARM_UP_PARAGRAPHS)  # the same article as a clean body


_Deadline = Deadline  # raised by the SIGALRM handler and by ``budget.check`` (see budget.py)


class _time_budget:
    """SIGALRM-based deadline in the main thread; a no-op elsewhere (threads can't be interrupted)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.armed = False

    def __enter__(self):
        if self.seconds > 0 and threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            self.armed = True
        return self

    @staticmethod
    def _fire(signum, frame):
        raise _Deadline()

    def __exit__(self, *exc):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - non-POSIX
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


@contextmanager
def _start_up() -> Iterator[None]:
    """Loading stages (imports, models, gazetteers, compiled patterns) with the cyclic garbage collector
    paused, then those long-lived objects moved out of its sight (``gc.freeze``): otherwise it walks the
    growing heap again and again while nothing is garbage yet (issue 15: ~10 % of the extract CLI's
    start-up), and every later full collection walks it once more. The few hundred objects of cyclic
    garbage loading leaves (~500 for the extract stage) are kept with them: a collection to free them cost
    more than the pause saved. The regular expressions compiled meanwhile are kept for the next run
    (``pattern_cache``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with pattern_cache.recording():
            yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


class Pipeline:
    """Runs a fixed list of stages over pages, one document at a time."""

    def __init__(self, stages: Sequence[str] | None = None, budgets: Budgets | None = None):
        self.stages = resolve_stages(stages)
        check_order(self.stages)
        self.budgets = budgets or Budgets.from_env()
        with _start_up():
            self._funcs = [s.load() for s in self.stages]
        self._warm = False  # warmed up for every input format
        self._warm_kinds: set[str] = set()

    def warm_up(self, kind: str = "html") -> None:
        """Run the stages once on a tiny page outside any budget, so that lazy imports and model or
        gazetteer loading are done before the first real document's clock starts (an alarm firing in
        the middle of an import leaves that module broken for the rest of the batch). An HTML page warms up
        every input format; a batch of clean bodies (``kind`` "body") is warmed up on a body, which never
        needs the HTML extraction's libraries (issue 12, speed: ~0.4 s of CPU of a body run's start-up)."""
        body = kind == "body"
        self._warm_kinds.update(("body",) if body else ("body", "html"))
        self._warm = self._warm or not body
        page = Page(id="warm-up", content=WARM_UP_BODY if body else WARM_UP_PAGE, kind="body" if body else "html")
        record = Record(id="warm-up", url=None, page=page)
        try:
            with _start_up(), _time_budget(self.budgets.max_seconds):
                for func in self._funcs:
                    record = func(record)
        except (Exception, _Deadline):  # the real documents will report what is wrong, with its code
            pass

    def run(self, page: Page) -> Record:
        kind = "body" if page.kind == "body" else "html"
        if kind not in self._warm_kinds:
            self.warm_up(kind)
        page, warnings = sanitize_page(page)
        record = Record(id=page.id, url=page.url, page=page, warnings=warnings)
        timings: dict[str, float] = {}
        rss_before = _peak_rss_mb()
        progress = [record]  # the record as the last finished stage left it: kept when a budget stops one
        try:
            _check_size(page, self.budgets)
            with _time_budget(self.budgets.max_seconds), watch(self.budgets.max_seconds,
                                                               self.budgets.max_memory_mb):
                record = self._run_stages(record, timings, rss_before, progress)
        except _Deadline as exc:
            record = _fail(progress[0], error("NT204", f"document took longer than {self.budgets.max_seconds:g} s; "
                                                   "raise NEWSTRACE_MAX_SECONDS or split the page", fields=exc.fields))
        except NewstraceError as exc:
            record = _fail(progress[0], exc)
        except RecursionError:
            record = _fail(record, error("NT203", "page is nested too deeply to analyse; "
                                                   "it is probably not an article page"))
        except MemoryError:
            record = _fail(progress[0], error("NT205", "document needed more memory than available"))
        except Exception as exc:  # a bug or a library failure: keep the batch going
            record = _fail(record, error("NT299", f"unexpected {type(exc).__name__}: {exc}; "
                                                   "please report this page"))
        return dataclasses.replace(record, timings_ms=timings, page=None, doc=None, attributions=())

    def _run_stages(self, record: Record, timings: dict[str, float], rss_before: float,
                    progress: list[Record]) -> Record:
        """Run each stage in order. A stage the page's language does not support is skipped; an analysis
        stage that raises is reported as NT301 naming it, its dependants are skipped and the fields of
        every other stage are kept (extraction failures still end the document)."""
        skipped: list[SkippedStage] = []
        missing: set[str] = set()  # fields a skipped or failed stage would have written
        for stage, func in zip(self.stages, self._funcs):
            reason = _skip_reason(stage, record, missing)
            if reason:
                skipped.append(SkippedStage(stage.name, reason))
                missing.update(stage.writes)
                continue
            started = time.perf_counter()
            try:
                record = func(record)
                progress[0] = record
            except (NewstraceError, RecursionError, MemoryError):
                raise
            except Exception as exc:
                if stage.name == "extract":
                    raise
                record = _stage_failed(record, stage, exc)
                skipped.append(SkippedStage(stage.name, f"failed: {record.error.code if record.error else 'NT301'}"))
                missing.update(stage.writes)
            finally:
                timings[stage.name] = round((time.perf_counter() - started) * 1000, 2)
            self._check_memory(rss_before)
            self._check_time(timings)
        return dataclasses.replace(record, skipped_stages=tuple(skipped))

    def _check_time(self, timings: dict[str, float]) -> None:
        """The budget also holds where no alarm can fire (a worker thread, a signal lost in C code)."""
        if self.budgets.max_seconds > 0 and sum(timings.values()) > self.budgets.max_seconds * 1000:
            raise _Deadline()

    def _check_memory(self, rss_before: float) -> None:
        grown = _peak_rss_mb() - rss_before
        if grown > self.budgets.max_memory_mb:
            raise error("NT205", f"document grew memory by {grown:.0f} MB (budget "
                                 f"{self.budgets.max_memory_mb} MB); raise NEWSTRACE_MAX_MEMORY_MB")


def _check_size(page: Page, budgets: Budgets) -> None:
    size = len(page.content)
    if size > budgets.max_bytes:
        raise error("NT102", f"input is {size / 1e6:.1f} MB, over the {budgets.max_bytes / 1e6:.0f} MB budget; "
                             "raise NEWSTRACE_MAX_BYTES if this really is one article")


def _skip_reason(stage: Stage, record: Record, missing: set[str]) -> str | None:
    """Why a stage cannot run on this record, or None."""
    if not stage.supports(record.language):
        return f"language {record.language} not supported (supports {', '.join(stage.languages or ())})"
    needed = sorted(set(stage.reads) & missing)
    if needed:
        return f"needs {', '.join(needed)}, which a skipped or failed stage would have written"
    return None


def _stage_failed(record: Record, stage: Stage, exc: Exception) -> Record:
    """NT301 on the record, naming the stage; the first error of a document is the one it keeps."""
    if record.error is not None:
        return record
    message = (f"analysis stage {stage.name} failed: {type(exc).__name__}: {exc}; the other stages' fields "
               "are kept; please report this page")
    return dataclasses.replace(record, error=ErrorInfo("NT301", message[:2000]))


def _fail(record: Record, exc: NewstraceError) -> Record:
    """The record with its error, and the fields the failing stage had found (e.g. a page's dates)."""
    return dataclasses.replace(record, **exc.fields, error=ErrorInfo(exc.code, exc.message))


# --- batches ---------------------------------------------------------------------------------

_WORKER: Pipeline | None = None


def init_worker(stages: Sequence[str] | None, budgets: Budgets) -> None:
    global _WORKER
    _WORKER = Pipeline(stages, budgets)


def run_in_worker(page: Page | Record) -> dict:
    if isinstance(page, Record):  # an input that failed before the pipeline
        return page.to_dict()
    assert _WORKER is not None
    return _WORKER.run(page).to_dict()


def run_batch(items: Iterable[Page | Record], *, stages: Sequence[str] | None = None,
              workers: int = 1, budgets: Budgets | None = None) -> Iterator[dict]:
    """Analyse pages in input order; items that are already error records pass through."""
    budgets = budgets or Budgets.from_env()
    if workers <= 1:
        init_worker(stages, budgets)
        for item in items:
            yield run_in_worker(item)
        return
    import multiprocessing

    resolve_stages(stages)  # fail fast on a bad --stages before starting processes
    ctx = multiprocessing.get_context("spawn" if os.name != "posix" else "fork")
    with ctx.Pool(workers, initializer=init_worker, initargs=(stages, budgets)) as pool:
        yield from pool.imap(run_in_worker, items, chunksize=1)
