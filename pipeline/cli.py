"""Command line: ``python -m pipeline extract|evaluate|explain|report|bench|schema``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from pipeline import __version__

log = logging.getLogger("pipeline")


def _extract_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="turn a corpus of German articles into Parquet fact tables",
        description="Read every article under --corpus and write typed Parquet fact tables to --output. "
        "Reruns process only new or changed articles. Exit status: 0 all inputs processed, "
        "3 some inputs failed (see the errors table), 4 another run holds the output, 2 usage error.",
    )
    p.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of articles (.txt .md .html .json .jsonl), read recursively")
    p.add_argument("--output", type=Path, default=Path("output"), help="folder for the Parquet tables")
    p.add_argument("--full", action="store_true", help="reprocess every article instead of only new or changed ones")
    p.add_argument(
        "--model",
        default=None,
        help="spaCy model name or path (default: de_core_news_lg when installed); 'none' for rules only",
    )
    p.add_argument("--workers", type=int, default=1, help="worker processes on this machine (default 1)")
    p.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes, or a Dask cluster")
    p.add_argument("--scheduler", default=None, help="Dask scheduler address tcp://HOST:PORT (default: a local cluster)")
    p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS", help="wait this long for another run holding --output")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-analyst-tables", action="store_true", help="skip deal_events, valuation_history and facts.duckdb")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="python -m pipeline", description="German news fact extraction.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)
    _extract_parser(sub)
    for name, help_text in (
        ("evaluate", "score the extraction against hand-annotated gold (see --help)"),
        ("explain", "show one article with its recognized spans and facts"),
        ("report", "write output/report.html with charts and the deal events"),
        ("bench", "benchmark tokenizer, pipeline and stages on a generated corpus"),
    ):
        sub.add_parser(name, help=help_text, add_help=False)
    sub.add_parser("schema", help="print the table reference (Markdown) generated from pipeline/schema.py")

    # Subcommands with their own argument parsers get the rest of the line untouched.
    if argv and argv[0] in {"evaluate", "explain", "report", "bench"}:
        _setup_logging(False)
        return _delegate(argv[0], argv[1:])
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    if args.command == "schema":
        from pipeline.schema import markdown_reference

        print(markdown_reference())
        return 0
    return extract(args)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _delegate(command: str, rest: list[str]) -> int:
    if command == "evaluate":
        from pipeline.evaluate import main_evaluate

        return main_evaluate(rest)
    if command == "explain":
        from pipeline.explain import main_explain

        return main_explain(rest)
    if command == "report":
        from pipeline.report import main_report

        return main_report(rest)
    from pipeline.bench import main_bench

    return main_bench(rest)


def extract(args: argparse.Namespace) -> int:
    from pipeline.runner import EXIT_BUSY, run_extract
    from pipeline.store import OutputBusy

    model = None if args.model in (None, "auto") else args.model
    engine = None
    if args.engine == "dask":
        from pipeline.distributed import dask_engine

        engine = dask_engine(model, args.scheduler, args.workers)
    try:
        summary = run_extract(
            args.corpus,
            args.output,
            model=model,
            full=args.full,
            workers=args.workers,
            progress=not args.no_progress and sys.stderr.isatty(),
            wait_seconds=args.wait,
            engine=engine,
        )
    except OutputBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in summary.error_lines:
        log.warning("input problem: %s", line)
    if not args.no_analyst_tables and (summary.changed or not (args.output / "facts.duckdb").exists()):
        _analyst_tables(args.output)
    print(_summary_text(summary, args.output))
    return summary.exit_status


def _analyst_tables(output: Path) -> None:
    from pipeline.consolidate import consolidate
    from pipeline.duckdb_export import export_duckdb

    consolidate(output)
    export_duckdb(output)


def _analyst_lines(output: Path) -> list[str]:
    """One line per analyst table present (deal events, valuation history) and the DuckDB file."""
    import pyarrow.parquet as pq

    from pipeline.schema_analyst import ANALYST_TABLES

    lines = []
    for name in ANALYST_TABLES:
        path = output / f"{name}.parquet"
        if path.exists():
            lines.append(f"  {path.name:<28} {pq.read_metadata(path).num_rows:>8} rows")
    if (output / "facts.duckdb").exists():
        lines.append(f"  {'facts.duckdb':<28} all tables and views (see README: DuckDB)")
    return lines


def _summary_text(summary: object, output: Path) -> str:
    s = summary  # RunSummary
    lines = [
        f"extract: {s.articles} articles ({s.processed} processed, {s.reused} unchanged, {s.removed} removed) "
        f"in {s.seconds:.1f} s" + ("" if s.changed else " — nothing changed, tables left as they were"),
        f"output:  {output}/",
    ]
    for name, count in s.rows.items():
        lines.append(f"  {name + '.parquet':<28} {count:>8} rows")
    lines += _analyst_lines(output)
    if s.errors or s.warnings:
        lines.append(f"problems: {s.errors} input(s) failed, {s.warnings} warning(s) — see {output}/errors.parquet")
        for line in s.error_lines[:10]:
            lines.append(f"  {line}")
        if len(s.error_lines) > 10:
            lines.append(f"  … and {len(s.error_lines) - 10} more")
    for note in s.notes:
        lines.append(f"note: {note}")
    return "\n".join(lines)
