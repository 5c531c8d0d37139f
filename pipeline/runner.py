"""Running an extraction: corpus -> cleaned articles -> spaCy -> fact rows -> Parquet tables.

Order and incrementality: articles are handled in corpus order (sorted paths, then position
inside a JSON file). An article whose content hash and pipeline version match the last run
keeps its rows (copied from the previous tables); new or changed articles are processed;
removed ones disappear. A run in which nothing changed writes nothing.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.cleaning import clean
from pipeline.corpus import WARNING_TYPES as CORPUS_WARNING_TYPES
from pipeline.corpus import Article, InputError, discover, read_file
from pipeline.schema import ARTICLE_TABLES, ERRORS, TABLES, to_arrow
from pipeline.store import OutputLock, PreviousRows, RowRange, Staging, previous_tables_usable, recover

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
RULES_DIR = PACKAGE_DIR.parent / "rules"
WINDOW = 64  # articles handed to a worker at once

# Exit statuses of `python -m pipeline extract` (documented in the README).
EXIT_OK = 0
EXIT_INPUT_ERRORS = 3
EXIT_BUSY = 4


def pipeline_version(model: str | None) -> str:
    """Package version + a fingerprint of the code, the rules and the model: any change reprocesses."""
    digest = hashlib.sha256()
    for path in sorted(list(PACKAGE_DIR.rglob("*.py")) + [p for p in RULES_DIR.rglob("*") if p.is_file()]):
        digest.update(path.relative_to(PACKAGE_DIR.parent).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(str(model or "auto").encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def article_id_for(source_path: str) -> str:
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:16]


@dataclass
class ArticleResult:
    """Everything one processed article contributes to the tables."""

    source_path: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)


@dataclass
class RunSummary:
    articles: int = 0
    processed: int = 0
    reused: int = 0
    removed: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    warnings: int = 0
    seconds: float = 0.0
    words: int = 0
    changed: bool = True
    notes: list[str] = field(default_factory=list)
    error_lines: list[str] = field(default_factory=list)

    @property
    def exit_status(self) -> int:
        return EXIT_INPUT_ERRORS if self.errors else EXIT_OK


# ---------------------------------------------------------------- processing (runs in workers)

_NLP: dict[str, Any] = {}

# spaCy adds every new word to the pipeline's vocabulary and tokenizer cache and never drops it,
# and components keep per-word caches: over a long run that grows without bound (~500 bytes a word
# type in spaCy alone; real news brings new types forever). Past this many lexemes (about 1,000
# news articles) the pipeline is rebuilt after the current window, which takes ~0.3 s once the
# components' data is loaded; output does not depend on it (tests/test_workers.py).
# The components' per-word caches are emptied when full instead (deal_cues._MEMO_WORDS,
# parties._WORDS_REMEMBERED, deal_mentions._NAMES_REMEMBERED). Their bounds are small, since news
# repeats few words often: with 200,000 / 65,536 / 50,000 words, peak RSS on 6,000 generated
# articles still grew by ~14 MB per 1,000 articles and ended at 430 MB; with these, it ends at 343 MB
# and stays within 10 MB from article 2,000 on, at the same speed.
VOCAB_LIMIT = 30_000


def get_nlp(model: str | None) -> Any:
    """The pipeline, loaded once per process (and rebuilt when its vocabulary has grown past VOCAB_LIMIT)."""
    key = str(model)
    if key not in _NLP:
        from pipeline.nlp import build_nlp

        nlp = build_nlp(model)
        nlp.max_length = 10_000_000
        nlp.set_error_handler(_record_component_error)
        _NLP[key] = nlp
    return _NLP[key]


def process_articles(articles: list[Article], model: str | None, version: str) -> list[ArticleResult]:
    """Clean, run spaCy and turn facts into rows, for a batch of articles. Never raises for one article."""
    from pipeline.extensions import TEXT_KEY
    from pipeline.rows import article_row, fact_rows

    nlp = get_nlp(model)
    results: list[ArticleResult] = []
    docs = []
    pending: list[tuple[Article, ArticleResult, int]] = []
    for article in articles:
        result = ArticleResult(article.source_path)
        results.append(result)
        cleaned = clean(article.text)
        if not cleaned.text.strip():
            result.errors.append(
                InputError(article.source_path, "clean", "no_content", "nothing left after removing boilerplate lines", article.content_hash)
            )
            continue
        doc = nlp.make_doc(cleaned.text)
        # doc.text is rebuilt from the tokens at every access; it always equals the text tokenized,
        # so components and rows read it from here (pipeline.extensions.doc_text).
        doc.user_data[TEXT_KEY] = cleaned.text
        doc._.article_id = article_id_for(article.source_path)
        doc._.published_date = article.published_date
        doc._.published_precision = article.published_precision
        doc._.published_source = article.published_source
        doc.user_data["component_errors"] = []
        docs.append(doc)
        pending.append((article, result, len(cleaned.dropped)))

    now = datetime.now(timezone.utc)
    for doc, (article, result, n_dropped) in zip(nlp.pipe(docs, batch_size=32), pending):
        for component, message in doc.user_data.get("component_errors", []):
            result.errors.append(
                InputError(article.source_path, "extract", f"{component}_failed", f"{component} failed on this article: {message}", article.content_hash)
            )
        try:
            rows = fact_rows(doc)
            rows["articles"] = [article_row(doc, article, n_dropped, version, now)]
            result.rows = rows
        except Exception as exc:  # a fact that cannot be turned into a row must not take the run down
            result.errors.append(InputError(article.source_path, "extract", type(exc).__name__, f"could not build rows: {exc}", article.content_hash))
            result.rows = {}
    if len(nlp.vocab) > VOCAB_LIMIT:
        del _NLP[str(model)]  # the next window gets a fresh pipeline, with a small vocabulary again
    return results


def _record_component_error(name: str, component: Any, docs: list, error: Exception) -> None:
    for doc in docs:
        doc.user_data.setdefault("component_errors", []).append((name, f"{type(error).__name__}: {error}"))


def _init_worker(model: str | None) -> None:
    """Load the pipeline in a worker process before its first window."""
    get_nlp(model)


# ---------------------------------------------------------------- engines

Work = tuple[list[Article], str | None, str]
Engine = Callable[[Iterable[Work]], Iterator[list[ArticleResult]]]


def local_engine(model: str | None) -> Engine:
    """This process; the pipeline is loaded when the first article needs it (a run with nothing to do loads nothing)."""

    def run(windows: Iterable[Work]) -> Iterator[list[ArticleResult]]:
        for articles, model_name, version in windows:
            if not articles:
                yield []
                continue
            if str(model_name) not in _WARM:
                warm_up(model_name)  # loads what the components load on first use, frozen for the collector
            yield process_articles(articles, model_name, version)

    return run


def process_engine(model: str | None, workers: int) -> Engine:
    """Processes on this machine, forked from a parent that holds the warm pipeline, results in corpus order.

    Each window is split into one task per worker, so every worker has work in every window and
    the run does not end waiting on one worker's last whole window. At most ``2 * workers`` windows
    are in flight, so memory does not grow with the corpus.
    """
    import multiprocessing

    def run(windows: Iterable[Work]) -> Iterator[list[ArticleResult]]:
        context = multiprocessing.get_context("fork")
        pool = None
        in_flight: deque[list[Any]] = deque()  # per window, its tasks in order (none: nothing to process)
        try:
            for articles, model_name, version in windows:
                tasks = []
                if articles:
                    if pool is None:
                        pool = _start_pool(context, model, workers)
                    tasks = [pool.apply_async(process_articles, (chunk, model_name, version)) for chunk in _split(articles, workers)]
                in_flight.append(tasks)
                while len(in_flight) >= 2 * workers or (in_flight and not in_flight[0]):
                    yield _ready(in_flight.popleft())
            while in_flight:
                yield _ready(in_flight.popleft())
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()

    return run


def _start_pool(context: Any, model: str | None, workers: int) -> Any:
    """Fork the workers from this process once it holds the pipeline and the data its components load.

    The workers start warm instead of each building the pipeline (and loading word lists, exchange
    rates and the like) on its first window, and share that memory copy-on-write. warm_up freezes
    the garbage collector, which keeps the inherited objects out of the workers' collections: they
    would otherwise walk them all and copy every page they touch.
    """
    warm_up(model)
    try:
        return context.Pool(workers, initializer=_init_worker, initargs=(model,))
    finally:
        gc.unfreeze()  # the forked workers keep theirs frozen


def _split(articles: list[Article], parts: int) -> list[list[Article]]:
    """``articles`` in at most ``parts`` consecutive chunks of nearly equal size.

    >>> [len(chunk) for chunk in _split(list(range(7)), 2)], _split([1], 2)
    ([4, 3], [[1]])
    """
    size = -(-len(articles) // parts)
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def _ready(tasks: list[Any]) -> list[ArticleResult]:
    return [result for task in tasks for result in task.get()]


# Components load some data on their first article (word lists, dateparser, exchange rates):
# one short article run at load time keeps that out of the first window (and out of timings).
WARM_UP_TEXT = (
    "Berlin, 3. März 2025 – Das Kölner Start-up Beispielwerk hat in einer Finanzierungsrunde der Serie A "
    "12 Millionen Euro von Earlybird eingesammelt und wird nun mit rund 80 Mio. Euro bewertet."
)


def warm_up(model: str | None) -> list[ArticleResult]:
    """Build the pipeline in this process and run one short article through it; returns its result."""
    _init_worker(model)
    results = process_articles([Article("warm-up.txt", WARM_UP_TEXT, "warm-up")], model, "warm-up")
    if str(model) not in _WARM:
        # The pipeline, gazetteer and word lists live as long as the process: move them out of the
        # collector's generations once, so that its full passes no longer walk millions of objects
        # that never die (and forked workers keep sharing their pages).
        _WARM.add(str(model))
        gc.collect()
        gc.freeze()
        # Articles allocate many short-lived objects and few cycles: young collections every 20,000
        # allocations instead of 700 keep the collector's share of a run at about 0.6 % instead of 3.8 %
        # (make bench, 2,000 articles), at the same peak memory.
        gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return results


GC_YOUNG_THRESHOLD = 20_000
_WARM: set[str] = set()  # models warmed up (and frozen for the collector) in this process


# ---------------------------------------------------------------- the run


class PreviousIndex:
    """What the last committed run recorded, kept compact: article_id -> row position, hash and version per row.

    The position (the article's place in the previous tables) is what :class:`PreviousRows` needs to
    skip rows of earlier articles; hashes and versions stay in Arrow arrays, so a corpus of 100,000
    articles costs about 15 MB here instead of one Python object per field.
    """

    def __init__(self, output: Path | None = None) -> None:
        self.positions: dict[str, int] = {}
        self.hashes: Any = None
        self.versions: Any = None
        path = None if output is None else output / "articles.parquet"
        if path is None or not path.exists():
            return
        try:
            # ParquetFile, not read_table: the latter goes through pyarrow.dataset, whose import takes ~1 s
            table = pq.ParquetFile(path).read(columns=["article_id", "content_hash", "pipeline_version"])
        except Exception:  # an unreadable previous table means: process everything
            return
        self.positions = {aid: i for i, aid in enumerate(table.column("article_id").to_pylist())}
        self.hashes = table.column("content_hash").combine_chunks()
        self.versions = table.column("pipeline_version").combine_chunks()

    def __len__(self) -> int:
        return len(self.positions)

    def unchanged(self, position: int, content_hash: str, version: str) -> bool:
        return bool(self.hashes[position].as_py() == content_hash and self.versions[position].as_py() == version)


class _Plan:
    """('reuse', article_id) or ('process', Article) for every article, in corpus order.

    An article is reused when its hash and the pipeline version match the previous run and its
    rows come after the last reused article's in the previous tables (they always do when the
    corpus order is unchanged; otherwise the article is simply processed again).
    Input errors go to ``errors``; ``matched`` counts articles that were in the previous run.
    """

    def __init__(self, corpus: Path, previous: PreviousIndex, version: str, errors: list[InputError]) -> None:
        self.corpus = corpus
        self.previous = previous
        self.version = version
        self.errors = errors
        self.matched = 0

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        last_reused = -1
        for item in discover(self.corpus):
            if isinstance(item, InputError):
                self.errors.append(item)
                continue
            rel, path = item
            result = read_file(path, rel)
            self.errors.extend(result.errors)
            for article in result.articles:
                article_id = article_id_for(article.source_path)
                position = self.previous.positions.get(article_id)
                if position is not None:
                    self.matched += 1
                    if position > last_reused and self.previous.unchanged(position, article.content_hash, self.version):
                        last_reused = position
                        yield "reuse", article_id
                        continue
                yield "process", article


def _windows(plan: Iterable[tuple[str, Any]], size: int) -> Iterator[list[tuple[str, Any]]]:
    window: list[tuple[str, Any]] = []
    processing = 0
    for step in plan:
        window.append(step)
        processing += step[0] == "process"
        if processing >= size or len(window) >= 20 * size:
            yield window
            window, processing = [], 0
    if window:
        yield window


# Pending rows of one table are written out as a row group once they hold this many bytes
# (the articles table carries whole texts: by row count alone it would buffer ~200 MB).
# About 250 articles or a few thousand fact rows per row group.
FLUSH_BYTES = 1_000_000


class _TableFeed:
    """Rows gathered per table and handed to the writers once per window, not once per article.

    New rows (dicts) and reused rows (Arrow batches from the previous tables) are kept apart and
    written in the order they came, so the tables keep corpus order. Reused rows are copied out
    of the previous file's 20,000-row batches (a slice would keep the whole batch in memory), in
    runs: the rows of consecutive unchanged articles are one range, so an incremental run over
    2,000 articles copies a handful of ranges per table instead of 2,000 slices.
    """

    def __init__(self, writers: dict[str, Any]) -> None:
        self.writers = writers
        self.rows: dict[str, list[dict]] = {name: [] for name in writers}
        self.batches: dict[str, list[RowRange]] = {name: [] for name in writers}
        self.pending_bytes = dict.fromkeys(writers, 0)

    def add(self, rows: dict[str, list[dict]]) -> None:
        for name, table_rows in rows.items():
            if table_rows and name in self.rows:
                if self.batches[name]:
                    self._write(name)
                self.rows[name].extend(table_rows)

    def add_previous(self, name: str, ranges: list[RowRange]) -> None:
        if not ranges:
            return
        if self.rows[name]:
            self._write(name)
        runs = self.batches[name]
        for batch, start, stop in ranges:
            if runs and runs[-1][0] is batch and runs[-1][2] == start:  # the rows right after the last run
                runs[-1] = (batch, runs[-1][1], stop)
            else:
                runs.append((batch, start, stop))

    def _write(self, name: str) -> None:
        writer = self.writers[name]
        for table in self._tables(name):
            writer.write_arrow(table)
            if writer.pending:
                self.pending_bytes[name] += table.nbytes
            else:  # the writer wrote a row group by itself (ROW_GROUP_ROWS): nothing is pending
                self.pending_bytes[name] = 0

    def _tables(self, name: str) -> Iterator[Any]:
        if self.rows[name]:
            yield to_arrow(TABLES[name], self.rows[name])
            self.rows[name] = []
        if self.batches[name]:
            yield _as_table([batch.slice(start, stop - start) for batch, start, stop in self.batches[name]]).combine_chunks()
            self.batches[name] = []

    def flush(self) -> None:
        """Write what was gathered; a table holding more than FLUSH_BYTES becomes a row group."""
        for name, writer in self.writers.items():
            self._write(name)
            if self.pending_bytes[name] >= FLUSH_BYTES:
                writer.flush()
                self.pending_bytes[name] = 0


def run_extract(
    corpus: Path,
    output: Path,
    *,
    model: str | None = None,
    full: bool = False,
    workers: int = 1,
    progress: bool = False,
    wait_seconds: float = 0.0,
    engine: Engine | None = None,
) -> RunSummary:
    """Extract every article under ``corpus`` into the tables in ``output``.

    ``model``: a spaCy package name or path, None for the default German model when installed,
    or "none" for rules only. Raises :class:`pipeline.store.OutputBusy` when another run holds ``output``.
    Memory stays bounded whatever the corpus size: articles stream through in windows, at most a few
    windows are in flight, and tables are written in row groups as they fill.
    """
    started = time.perf_counter()
    corpus, output = Path(corpus), Path(output)
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus directory not found: {corpus}")
    output.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    with OutputLock(output, wait_seconds):
        note = recover(output)
        if note:
            summary.notes.append(note)
            log.warning("output: %s", note)
        version = pipeline_version(model)
        # Reuse rows only when every previous table is whole (a deleted or damaged one would lose rows).
        previous = PreviousIndex(None if full or not previous_tables_usable(output) else output)
        input_errors: list[InputError] = []
        if engine is None:
            engine = local_engine(model) if workers <= 1 else process_engine(model, workers)

        staging = Staging(output)
        try:
            writers = {name: staging.writer(TABLES[name]) for name in ARTICLE_TABLES}
            cursors = {name: PreviousRows(output, TABLES[name]) for name in ARTICLE_TABLES}
            feed = _TableFeed(writers)
            plan = _Plan(corpus, previous, version, input_errors)
            bar = _progress_bar(progress)
            pending_windows: deque = deque()

            def works() -> Iterator[Work]:
                for window in _windows(plan, WINDOW):
                    pending_windows.append(window)
                    yield [item for kind, item in window if kind == "process"], model, version

            for results in engine(works()):
                window = pending_windows.popleft()
                by_path = iter(results)
                for kind, item in window:
                    summary.articles += 1
                    if kind == "reuse":
                        summary.reused += 1
                        for name in ARTICLE_TABLES:
                            feed.add_previous(name, cursors[name].take(item, previous.positions))
                    else:
                        result = next(by_path)
                        summary.processed += 1
                        input_errors.extend(result.errors)
                        feed.add(result.rows)
                        if result.rows.get("articles"):
                            summary.words += result.rows["articles"][0]["n_words"]
                    if bar is not None:
                        bar.update(1)
                feed.flush()
            if bar is not None:
                bar.close()

            error_rows = [_error_row(e) for e in sorted(input_errors, key=lambda e: (e.source_path, e.stage, e.error_type))]
            staging.writer(ERRORS).write_rows(error_rows)
            summary.removed = len(previous) - plan.matched
            summary.rows = {name: staging.writers[name].rows for name in staging.writers}
            summary.errors = sum(1 for e in error_rows if e["severity"] == "error")
            summary.warnings = len(error_rows) - summary.errors
            summary.error_lines = [f"{e['source_path']}: [{e['stage']}/{e['error_type']}] {e['message']}" for e in error_rows]
            # A rolled-forward commit changed the tables too: what is derived from them must be rebuilt.
            summary.changed = bool(note) or full or summary.processed > 0 or summary.removed > 0 or not _same_errors(output, error_rows)
            if summary.changed:
                staging.commit()
            else:
                staging.abort()
        except BaseException:
            staging.abort()
            raise
    summary.seconds = time.perf_counter() - started
    return summary


def _as_table(batches: list[Any]) -> Any:
    import pyarrow as pa

    return pa.Table.from_batches(batches)


# Input problems after which the article was still processed; declared next to where they arise.
WARNING_TYPES = CORPUS_WARNING_TYPES


def _error_row(error: InputError) -> dict:
    return {
        "source_path": error.source_path,
        "stage": error.stage,
        "error_type": error.error_type,
        "message": error.message,
        "severity": "warning" if error.error_type in WARNING_TYPES else "error",
        "content_hash": error.content_hash,
    }


def _same_errors(output: Path, rows: list[dict]) -> bool:
    path = output / "errors.parquet"
    if not path.exists():
        return False
    try:
        return pq.read_table(path).to_pylist() == rows
    except Exception:
        return False


def _progress_bar(enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", desc="extract", mininterval=0.5)
