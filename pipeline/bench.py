"""`make bench`: speed and memory of the pipeline on a generated corpus, beside the bare spaCy tokenizer.

One run measures, on the same generated corpus (pipeline/synthetic.py):
  * the spaCy tokenizer alone (``spacy.blank("de")``), the baseline;
  * the whole extraction without a statistical model, files to Parquet, in a fresh child process
    (the same ``run_extract`` as ``make extract``), with one worker and with two;
  * every stage on its own (reading+cleaning, tokenizer, each component, rows, Parquet writing);
  * the cost of adding one article to the processed corpus (an incremental run);
  * peak memory at a tenth of the corpus and at the whole corpus (streaming: it should not grow);
  * ``dateparser.search.search_dates`` on a sample of the same texts, beside our dates component.
Words are the word tokens the pipeline counts (``articles.n_words``); every rate divides the same
number of words by wall-clock seconds. It prints a table and writes ``<output>/bench.json``; the
benchmark's own tables go to a temporary folder, never to ``<output>``.

>>> report = {"words": 1000, "stages": {"tokenizer": {"seconds": 0.5, "cpu_seconds": 0.5}}}
>>> _stage_rates(report)["tokenizer"]["words_per_s"]
2000.0
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

MODEL = "none"  # the benchmark measures the rules-only pipeline
PROFILE_ARTICLES = 300  # articles in the profiled pass of --profile
WINDOW = 64
STAGES = (
    "reading_cleaning",
    "tokenizer",
    "newsfacts_sentences",
    "newsfacts_money",
    "newsfacts_dates",
    "newsfacts_parties",
    "newsfacts_deals",
    "rows",
    "parquet_writing",
)
# the stages around spaCy's components: what a run costs even if every rule component cost nothing
FRAME_STAGES = ("reading_cleaning", "tokenizer", "rows", "parquet_writing")
# Targets from the issue (reported, never asserted: timings depend on the machine).
TARGET_RATIO = 0.30
TARGET_SPEEDUP = 1.6
TARGET_MEMORY_GROWTH_PCT = 20.0
TARGET_INCREMENTAL_PCT = 5.0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=2000, help="articles in the generated corpus (default 2000)")
    p.add_argument("--output", type=Path, default=Path("output"), help="folder for bench.json (default output/)")
    p.add_argument("--seed", type=int, default=0, help="seed of the generated corpus")
    p.add_argument("--workdir", type=Path, default=None, help="keep the corpora and tables here (default: a temporary folder)")
    p.add_argument(
        "--memory-articles",
        type=int,
        default=None,
        help="smaller corpus of the memory comparison (default: a tenth of --articles; the larger one is 10x this)",
    )
    p.add_argument("--dateparser-articles", type=int, default=20, help="articles in the dateparser sample (default 20)")
    p.add_argument("--dateparser-seconds", type=float, default=30.0, help="stop sampling dateparser after this long")
    p.add_argument(
        "--profile", action="store_true", help=f"also profile {PROFILE_ARTICLES} articles with cProfile into <output>/bench_profile.txt"
    )
    return p


def main_bench(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.articles < 2:
        print("error: --articles must be at least 2", file=sys.stderr)
        return 2
    args.output.mkdir(parents=True, exist_ok=True)
    with _workdir(args.workdir) as work:
        report = run_bench(args, work)
    path = args.output / "bench.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(format_report(report))
    print(f"\nwrote {path}")
    return 0


@contextmanager
def _workdir(path: Path | None) -> Iterator[Path]:
    if path is not None:
        path.mkdir(parents=True, exist_ok=True)
        yield path
        return
    temporary = Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    try:
        yield temporary
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def run_bench(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    """Every measurement, in one run; returns the report written to bench.json."""
    from pipeline.synthetic import write_corpus

    n = args.articles
    small = args.memory_articles or max(1, n // 10)
    large = 10 * small
    report: dict[str, Any] = {"articles": n, "seed": args.seed, "model": MODEL, "machine": _machine(), "notes": []}

    corpus = work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    report["corpus_bytes"] = write_corpus(corpus, n, seed=args.seed)
    _log(f"corpus: {n} generated articles in {corpus}")

    _log("tokenizer baseline ...")
    tokenizer = tokenizer_baseline(corpus)

    _log("full pipeline, 1 worker ...")
    one = child_extract(corpus, work / "out-1", workers=1, full=True)
    words = one["words"]
    report["words"] = words
    report["tokenizer"] = tokenizer
    report["tokenizer_words_per_s"] = _rate(words, tokenizer["seconds"])
    report["tokenizer_articles_per_s"] = _rate(n, tokenizer["seconds"])
    report["pipeline"] = one
    report["pipeline_words_per_s"] = _rate(words, one["seconds"])
    report["pipeline_articles_per_s"] = _rate(n, one["seconds"])
    report["ratio_vs_tokenizer"] = _ratio(report["pipeline_words_per_s"], report["tokenizer_words_per_s"])
    report["peak_rss_mb"] = one["peak_rss_mb"]

    _log("full pipeline, 2 workers ...")
    two = child_extract(corpus, work / "out-2", workers=2, full=True)
    report["workers_2"] = two
    report["workers_2_words_per_s"] = _rate(words, two["seconds"])
    report["workers_2_speedup"] = _ratio(one["seconds"], two["seconds"])
    report["workers_2_identical_rows"] = two["rows"] == one["rows"]
    # CPU seconds do not depend on what else runs on the machine: more of them with two workers is
    # the cost of parallelism (forking, handing articles and rows between processes); the rest of a
    # shortfall in speedup is CPUs taken by other processes.
    report["workers_2_cpu_overhead_pct"] = _pct(two["cpu_seconds"] - one["cpu_seconds"], one["cpu_seconds"])
    load = report["machine"]["load_average_start"]
    if load and load[0] >= 0.5:
        report["notes"].append(
            f"load average {load[0]} when the benchmark started: where other processes take CPU time, "
            "wall-clock rates and the 2-worker speedup come out low (workers_2_cpu_overhead_pct does not)"
        )

    _log("stages ...")
    stages, _ = stage_pass(corpus, work / "stages")
    profile_text = stage_pass(corpus, work / "profile", profile=True, limit=PROFILE_ARTICLES)[1] if args.profile else None
    report["stages"] = stages
    report["stage_words"] = stages.pop("_words")
    report["stages"] = _stage_rates({"words": report["stage_words"], "stages": stages})
    report["money_words_per_s"] = report["stages"].get("newsfacts_money", {}).get("words_per_s")
    report["dates_words_per_s"] = report["stages"].get("newsfacts_dates", {}).get("words_per_s")
    report["ratio_ceiling"] = ratio_ceiling(report)
    if profile_text:
        (args.output / "bench_profile.txt").write_text(profile_text, encoding="utf-8")
        report["profile"] = str(args.output / "bench_profile.txt")

    _log("incremental: one article added ...")
    write_corpus(corpus, 1, seed=args.seed, start=n)
    incremental = child_extract(corpus, work / "out-1", workers=1, full=False)
    report["incremental"] = {
        "base_articles": n,
        "processed": incremental["processed"],
        "reused": incremental["reused"],
        "seconds": incremental["seconds"],
        "wall_seconds": incremental["wall_seconds"],
        "full_seconds": one["seconds"],
        "full_wall_seconds": one["wall_seconds"],
        "cost_pct": _pct(incremental["seconds"], one["seconds"]),
        "wall_cost_pct": _pct(incremental["wall_seconds"], one["wall_seconds"]),
        "peak_rss_mb": incremental["peak_rss_mb"],
    }
    report["incremental_cost_pct"] = report["incremental"]["cost_pct"]

    _log(f"memory: {small} and {large} articles ...")
    report["memory"] = memory_flatness(work, args.seed, small, large, n, one)
    report["memory_growth_pct"] = report["memory"]["growth_pct"]

    _log("dateparser comparison ...")
    report["dateparser"] = dateparser_comparison(corpus, args.dateparser_articles, args.dateparser_seconds)
    report["dateparser_search_dates_words_per_s"] = report["dateparser"]["search_dates_words_per_s"]
    if report["dateparser"]["articles"] < n:
        report["notes"].append(
            f"dateparser measured on a sample of {report['dateparser']['articles']} articles "
            f"({report['dateparser']['words']} words): search_dates is too slow for the whole corpus"
        )

    report["machine"]["load_average_end"] = _load_average()
    report["targets"] = _targets(report)
    return report


# ---------------------------------------------------------------- measurements


def _articles(corpus: Path) -> Iterator[Any]:
    from pipeline.corpus import Article, discover, read_file

    for item in discover(corpus):
        if isinstance(item, tuple):
            article: Article
            for article in read_file(item[1], item[0]).articles:
                yield article


def tokenizer_baseline(corpus: Path) -> dict[str, Any]:
    """The bare spaCy German tokenizer over the cleaned texts; only tokenizing is timed."""
    import spacy

    from pipeline.cleaning import clean

    nlp = spacy.blank("de")
    seconds = cpu = 0.0
    tokens = 0
    batch: list[str] = []

    def tokenize() -> None:
        nonlocal seconds, cpu, tokens
        wall0, cpu0 = time.perf_counter(), time.process_time()
        docs = [nlp.tokenizer(text) for text in batch]
        seconds += time.perf_counter() - wall0
        cpu += time.process_time() - cpu0
        tokens += sum(len(doc) for doc in docs)
        batch.clear()

    for article in _articles(corpus):
        batch.append(clean(article.text).text)
        if len(batch) >= WINDOW:
            tokenize()
    tokenize()
    return {"seconds": round(seconds, 4), "cpu_seconds": round(cpu, 4), "tokens": tokens}


def child_extract(corpus: Path, output: Path, *, workers: int, full: bool) -> dict[str, Any]:
    """``run_extract`` in a fresh process: its time (pipeline already loaded), peak memory and row counts."""
    command = [sys.executable, "-m", "pipeline.bench", "--child", str(corpus), str(output), str(workers), "full" if full else "incremental"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=_child_env())
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"benchmark extract failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = round(wall, 3)
    return result


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def _child(argv: list[str]) -> int:
    """Inside the child: load the pipeline, then time one run_extract; print one JSON line."""
    import pyarrow.parquet as pq

    from pipeline import runner

    corpus, output, workers, mode = Path(argv[0]), Path(argv[1]), int(argv[2]), argv[3]
    started = time.perf_counter()
    warm_up()  # load before timing (forked workers inherit it); reported as load_seconds
    load_seconds = time.perf_counter() - started
    load_peak = _peak_rss_mb()
    can_reset = _reset_peak_rss()
    cpu_before = _cpu_seconds()
    summary = runner.run_extract(corpus, output, model=MODEL, full=mode == "full", workers=workers)
    cpu = _cpu_seconds() - cpu_before
    run_peak = _peak_rss_mb()
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    words = int(sum(pq.read_table(output / "articles.parquet", columns=["n_words"]).column("n_words").to_pylist()))
    print(
        json.dumps(
            {
                "seconds": round(summary.seconds, 3),
                "cpu_seconds": round(cpu, 3),
                "load_seconds": round(load_seconds, 3),
                "articles": summary.articles,
                "processed": summary.processed,
                "reused": summary.reused,
                "words": words,
                "rows": summary.rows,
                "errors": summary.errors,
                "peak_rss_mb": max(load_peak, run_peak),
                "load_peak_rss_mb": load_peak,
                "run_peak_rss_mb": run_peak if can_reset else None,
                "workers_peak_rss_mb": round(children_kb / 1024, 1) if workers > 1 else None,
            }
        )
    )
    return 0


def warm_up() -> None:
    """Build the pipeline in this process and run one short article through it, to Parquet in memory."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline import runner
    from pipeline.schema import TABLES, to_arrow

    (result,) = runner.warm_up(MODEL)
    for name, rows in result.rows.items():  # Arrow's conversions and Parquet writer set themselves up once
        pq.write_table(to_arrow(TABLES[name], rows), pa.BufferOutputStream(), compression="zstd")


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers), user and system."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB.

    Linux's VmHWM belongs to the process image: unlike ru_maxrss it does not inherit the peak of
    the parent that forked us before exec (the benchmark itself, which is large by then).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _reset_peak_rss() -> bool:
    """Start measuring the peak afresh (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def stage_pass(corpus: Path, scratch: Path, *, profile: bool = False, limit: int | None = None) -> tuple[dict[str, Any], str | None]:
    """Every stage timed on its own, window by window, as process_articles runs them.

    With ``profile``, cProfile watches the stages (its overhead inflates their times: profile in a
    separate pass, on ``limit`` articles).
    """
    from datetime import datetime, timezone

    from pipeline import runner
    from pipeline.extensions import TEXT_KEY
    from pipeline.cleaning import clean
    from pipeline.corpus import discover, read_file
    from pipeline.rows import article_row, fact_rows
    from pipeline.schema import ARTICLE_TABLES, TABLES
    from pipeline.store import TableWriter

    warm_up()  # the data components load on first use is loaded here, not in a stage's time
    nlp = runner.get_nlp(MODEL)
    version = runner.pipeline_version(MODEL)
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    writers = {name: TableWriter(TABLES[name], scratch / f"{name}.parquet") for name in ARTICLE_TABLES}
    times = {stage: [0.0, 0.0] for stage in STAGES}
    for name, _ in nlp.pipeline:
        times.setdefault(name, [0.0, 0.0])
    words = 0
    profiler = cProfile.Profile() if profile else None

    @contextmanager
    def timed(stage: str) -> Iterator[None]:
        wall0, cpu0 = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        try:
            yield
        finally:
            if profiler:
                profiler.disable()
            times[stage][0] += time.perf_counter() - wall0
            times[stage][1] += time.process_time() - cpu0

    def run_window(window: list[Any]) -> None:
        nonlocal words
        with timed("reading_cleaning"):
            cleaned = [(article, clean(article.text)) for article in window]
        with timed("tokenizer"):
            docs = []
            for article, text in cleaned:
                doc = nlp.make_doc(text.text)
                doc.user_data[TEXT_KEY] = text.text
                doc._.article_id = runner.article_id_for(article.source_path)
                doc._.published_date = article.published_date
                doc._.published_precision = article.published_precision
                doc._.published_source = article.published_source
                doc.user_data["component_errors"] = []
                docs.append(doc)
        for name, component in nlp.pipeline:
            with timed(name):
                docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
        now = datetime.now(timezone.utc)
        tables: dict[str, list[dict]] = {name: [] for name in ARTICLE_TABLES}
        with timed("rows"):
            for doc, (article, text) in zip(docs, cleaned):
                rows = fact_rows(doc)
                rows["articles"] = [article_row(doc, article, len(text.dropped), version, now)]
                for name, table_rows in rows.items():
                    tables[name].extend(table_rows)
        words += sum(row["n_words"] for row in tables["articles"])
        with timed("parquet_writing"):
            for name, table_rows in tables.items():
                writers[name].write_rows(table_rows)

    window: list[Any] = []
    seen = 0
    for item in discover(corpus):
        if not isinstance(item, tuple):
            continue
        if limit is not None and seen >= limit:
            break
        with timed("reading_cleaning"):
            articles = read_file(item[1], item[0]).articles
        seen += len(articles)
        window.extend(articles)
        if len(window) >= WINDOW:
            run_window(window)
            window = []
    if window:
        run_window(window)
    with timed("parquet_writing"):
        for writer in writers.values():
            writer.close()

    stages: dict[str, Any] = {stage: {"seconds": round(w, 4), "cpu_seconds": round(c, 4)} for stage, (w, c) in times.items()}
    stages["_words"] = words
    profile_text = None
    if profiler:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        out.write("# cProfile of the stage pass, by own time\n")
        stats.sort_stats("tottime").print_stats(40)
        out.write("\n# by cumulative time\n")
        stats.sort_stats("cumulative").print_stats(40)
        profile_text = out.getvalue()
    return stages, profile_text


def ratio_ceiling(report: dict[str, Any]) -> dict[str, Any]:
    """How high the pipeline/tokenizer ratio could go if the pipeline's components cost nothing.

    The full run less the components' seconds in the stage pass: the frame around them (reading,
    tokenizing, rows, Parquet, the runner's bookkeeping) sets this ceiling, and the components'
    share of the run says how much faster they would have to be to reach a target.
    """
    components = sum(stage["seconds"] for name, stage in report["stages"].items() if name not in FRAME_STAGES)
    frame = report["pipeline"]["seconds"] - components
    ceiling = _ratio(_rate(report["words"], frame), report["tokenizer_words_per_s"]) if frame > 0 else None
    # the components' time that reaching TARGET_RATIO leaves: the target's run time less the frame
    target_seconds = report["words"] / (TARGET_RATIO * report["tokenizer_words_per_s"])
    allowed = target_seconds - frame
    return {
        "components_seconds": round(components, 3),
        "frame_seconds": round(frame, 3),
        "ratio_without_components": ceiling,
        "components_seconds_at_target": round(allowed, 3),
        "components_speedup_needed": _ratio(components, allowed) if allowed > 0 else None,
    }


def _stage_rates(report: dict[str, Any]) -> dict[str, Any]:
    words = report["words"]
    stages = report["stages"]
    total = sum(stage["seconds"] for stage in stages.values()) or 1.0
    return {
        name: {**stage, "words_per_s": _rate(words, stage["seconds"]), "share_pct": round(100 * stage["seconds"] / total, 1)}
        for name, stage in stages.items()
    }


def memory_flatness(work: Path, seed: int, small: int, large: int, n: int, n_run: dict[str, Any]) -> dict[str, Any]:
    """Peak RSS of a full run on ``small`` and on ``large`` (= 10 x small) articles; reuses the main run when it fits."""
    from pipeline.synthetic import write_corpus

    runs: dict[int, dict[str, Any]] = {n: n_run}
    for size in (small, large):
        if size in runs:
            continue
        corpus = work / f"corpus-{size}"
        shutil.rmtree(corpus, ignore_errors=True)
        write_corpus(corpus, size, seed=seed)
        runs[size] = child_extract(corpus, work / f"out-{size}", workers=1, full=True)
        shutil.rmtree(corpus, ignore_errors=True)
    low, high = runs[small]["peak_rss_mb"], runs[large]["peak_rss_mb"]
    run_low, run_high = runs[small]["run_peak_rss_mb"], runs[large]["run_peak_rss_mb"]
    run_growth = _pct(run_high - run_low, run_low) if run_low and run_high else None
    return {
        "articles_small": small,
        "articles_large": large,
        "rss_mb_small": low,
        "rss_mb_large": high,
        "growth_pct": _pct(high - low, low),
        "run_rss_mb_small": run_low,
        "run_rss_mb_large": run_high,
        "run_growth_pct": run_growth,
        "load_rss_mb": runs[large]["load_peak_rss_mb"],
        "words_per_s_large": _rate(runs[large]["words"], runs[large]["seconds"]),
    }


def dateparser_comparison(corpus: Path, max_articles: int, budget_seconds: float) -> dict[str, Any]:
    """``dateparser.search.search_dates`` beside our dates component, on the same cleaned texts (a sample)."""
    from dateparser.search import search_dates

    from pipeline import runner
    from pipeline.cleaning import clean

    warm_up()
    nlp = runner.get_nlp(MODEL)
    before_dates = [(name, proc) for name, proc in nlp.pipeline]
    dates_index = [name for name, _ in before_dates].index("newsfacts_dates") if "newsfacts_dates" in nlp.pipe_names else None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    search_dates("Warmlaufen am 3. März 2024.", languages=["de"], settings=settings)  # loads dateparser's German data
    words = articles = found = ours_found = 0
    seconds = ours_seconds = 0.0
    for article in _articles(corpus):
        if articles >= max_articles or seconds >= budget_seconds:
            break
        text = clean(article.text).text
        doc = nlp.make_doc(text)
        doc._.published_date = article.published_date
        doc._.published_precision = article.published_precision
        doc._.published_source = article.published_source
        words += sum(1 for token in doc if not (token.is_space or token.is_punct))
        if dates_index is not None:
            for _, proc in before_dates[:dates_index]:
                doc = proc(doc)
            started = time.perf_counter()
            doc = before_dates[dates_index][1](doc)
            ours_seconds += time.perf_counter() - started
            ours_found += len(doc._.dates or [])
        started = time.perf_counter()
        results = search_dates(text, languages=["de"], settings=settings)
        seconds += time.perf_counter() - started
        found += len(results or [])
        articles += 1
    return {
        "articles": articles,
        "words": words,
        "search_dates_seconds": round(seconds, 3),
        "search_dates_words_per_s": _rate(words, seconds),
        "search_dates_found": found,
        "newsfacts_dates_seconds": round(ours_seconds, 4),
        "newsfacts_dates_words_per_s": _rate(words, ours_seconds) if dates_index is not None else None,
        "newsfacts_dates_found": ours_found if dates_index is not None else None,
        "speedup_vs_search_dates": _ratio(seconds, ours_seconds) if dates_index is not None else None,
    }


# ---------------------------------------------------------------- helpers and the table


def _rate(amount: float, seconds: float) -> float | None:
    return round(amount / seconds, 1) if seconds > 0 else None


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 4) if a is not None and b else None


def _pct(part: float, whole: float) -> float | None:
    return round(100 * part / whole, 2) if whole else None


def _load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def _machine() -> dict[str, Any]:
    import spacy

    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "platform": platform.platform(),
        "load_average_start": _load_average(),
    }


def _targets(report: dict[str, Any]) -> dict[str, Any]:
    def check(value: float | None, target: float, higher_is_better: bool = True) -> dict[str, Any]:
        met = None if value is None else (value >= target if higher_is_better else value <= target)
        return {"value": value, "target": target, "met": met}

    return {
        "ratio_vs_tokenizer": check(report["ratio_vs_tokenizer"], TARGET_RATIO),
        "workers_2_speedup": check(report["workers_2_speedup"], TARGET_SPEEDUP),
        "memory_growth_pct": check(report["memory_growth_pct"], TARGET_MEMORY_GROWTH_PCT, higher_is_better=False),
        "incremental_cost_pct": check(report["incremental_cost_pct"], TARGET_INCREMENTAL_PCT, higher_is_better=False),
    }


def _fmt(value: Any, digits: int = 0) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def format_report(report: dict[str, Any]) -> str:
    """The table printed at the end of `make bench`."""
    lines = [
        f"corpus: {report['articles']:,} generated articles, {report['words']:,} words "
        f"(load average {report['machine'].get('load_average_start')} -> {report['machine'].get('load_average_end')}, "
        f"{report['machine']['cpus']} CPUs)",
        "",
        f"{'measurement':<34} {'words/s':>12} {'articles/s':>11} {'seconds':>9} {'peak RSS MB':>12}",
        f"{'spaCy tokenizer only (baseline)':<34} {_fmt(report['tokenizer_words_per_s']):>12} "
        f"{_fmt(report['tokenizer_articles_per_s'], 1):>11} {_fmt(report['tokenizer']['seconds'], 2):>9} {'':>12}",
        f"{'pipeline, files -> Parquet, 1 wkr':<34} {_fmt(report['pipeline_words_per_s']):>12} "
        f"{_fmt(report['pipeline_articles_per_s'], 1):>11} {_fmt(report['pipeline']['seconds'], 2):>9} "
        f"{_fmt(report['peak_rss_mb'], 0):>12}",
        f"{'pipeline, 2 workers':<34} {_fmt(report['workers_2_words_per_s']):>12} {'':>11} "
        f"{_fmt(report['workers_2']['seconds'], 2):>9} {_fmt(report['workers_2']['peak_rss_mb'], 0):>12}",
        "",
        f"{'stage':<34} {'words/s':>12} {'share %':>11} {'seconds':>9} {'CPU s':>12}",
    ]
    for name, stage in report["stages"].items():
        lines.append(
            f"{name:<34} {_fmt(stage['words_per_s']):>12} {_fmt(stage['share_pct'], 1):>11} "
            f"{_fmt(stage['seconds'], 2):>9} {_fmt(stage['cpu_seconds'], 2):>12}"
        )
    dp = report["dateparser"]
    ceiling = report["ratio_ceiling"]
    inc = report["incremental"]
    mem = report["memory"]
    lines += [
        "",
        f"ratio pipeline / tokenizer:  {_fmt(report['ratio_vs_tokenizer'], 3)}   (target >= {TARGET_RATIO})",
        f"  ceiling: {_fmt(ceiling['ratio_without_components'], 3)} if the components cost nothing (run less their "
        f"{_fmt(ceiling['components_seconds'], 2)} s leaves {_fmt(ceiling['frame_seconds'], 2)} s); the target leaves them "
        f"{_fmt(ceiling['components_seconds_at_target'], 2)} s"
        + (f", {_fmt(ceiling['components_speedup_needed'], 1)}x faster" if ceiling["components_speedup_needed"] else ": out of reach"),
        f"2 workers vs 1:              {_fmt(report['workers_2_speedup'], 2)}x  (target >= {TARGET_SPEEDUP}x; rows identical: "
        f"{report['workers_2_identical_rows']}; CPU seconds {_fmt(report['workers_2_cpu_overhead_pct'], 1)} % above 1 worker)",
        f"memory, {mem['articles_small']:,} -> {mem['articles_large']:,} articles: {_fmt(mem['rss_mb_small'], 0)} -> "
        f"{_fmt(mem['rss_mb_large'], 0)} MB peak RSS, {_fmt(mem['growth_pct'], 1)} %  (target <= +{TARGET_MEMORY_GROWTH_PCT:.0f} %); "
        f"during the run only: {_fmt(mem['run_rss_mb_small'], 0)} -> {_fmt(mem['run_rss_mb_large'], 0)} MB, "
        f"{_fmt(mem['run_growth_pct'], 1)} %",
        f"incremental, +1 article to {inc['base_articles']:,}: {_fmt(inc['seconds'], 2)} s = {_fmt(inc['cost_pct'], 2)} % of a full run "
        f"(with process start and pipeline load: {_fmt(inc['wall_cost_pct'], 1)} %)  (target < {TARGET_INCREMENTAL_PCT:.0f} %)",
        f"dates on {dp['articles']} articles ({dp['words']:,} words): newsfacts_dates {_fmt(dp['newsfacts_dates_words_per_s'])} words/s "
        f"({dp['newsfacts_dates_found']} found), dateparser search_dates {_fmt(dp['search_dates_words_per_s'])} words/s "
        f"({dp['search_dates_found']} found)",
    ]
    lines += [f"note: {note}" for note in report["notes"]]
    return "\n".join(lines)


def _log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        raise SystemExit(_child(sys.argv[2:]))
    raise SystemExit(main_bench(sys.argv[1:]))
