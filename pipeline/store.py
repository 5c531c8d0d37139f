"""The output directory: a lock, crash-safe commits, streaming table writers, and reading the previous run.

A run writes every table into ``<output>/.staging/``, then writes a ``COMMIT`` marker, then moves
the tables into place one ``os.replace`` at a time (each atomic), then removes the staging folder.
A run killed before the marker leaves the previous tables untouched (the staging folder is
discarded next time); one killed after it is rolled forward by the next run. Readers therefore
always see whole files; between a kill during the moves and the next run, some tables may
already be the new ones (each file whole). The lock is an ``flock``, released by the OS when
the holder dies, so a killed run never blocks the next one.

Crash tests set ``NEWSFACTS_CRASH_AT=<point>[:<n>]`` to end the process abruptly (like
SIGKILL) at the n-th pass through a point: ``mid_write`` (a table half written, no footer),
``before_commit_marker``, ``after_commit_marker``, ``mid_move`` (after the first table is moved),
``after_move`` (tables in place, before the staging folder is removed).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import ARTICLE_TABLES, TABLES, Table, to_arrow

STAGING = ".staging"
COMMIT_MARKER = "COMMIT"
LOCK_FILE = ".extract.lock"
ROW_GROUP_ROWS = 50_000

_CRASH_AT = os.environ.get("NEWSFACTS_CRASH_AT", "")
_PAUSE_AT = os.environ.get("NEWSFACTS_PAUSE_AT", "")
_crash_passes: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Test hook: end the process here, as SIGKILL would, when NEWSFACTS_CRASH_AT names this point
    (NEWSFACTS_PAUSE_AT=<point>:<seconds> sleeps there instead, holding the lock, for concurrency tests).
    """
    if _PAUSE_AT and _PAUSE_AT.partition(":")[0] == name:
        time.sleep(float(_PAUSE_AT.partition(":")[2] or 1))
    if not _CRASH_AT:
        return
    point, _, nth = _CRASH_AT.partition(":")
    if point != name:
        return
    _crash_passes[name] = _crash_passes.get(name, 0) + 1
    if _crash_passes[name] >= int(nth or 1):
        os._exit(137)


class OutputBusy(RuntimeError):
    """Another extract run holds the output directory."""


class OutputLock:
    """An exclusive lock on the output directory (released by the OS even on SIGKILL)."""

    def __init__(self, output: Path, wait_seconds: float = 0.0) -> None:
        self.path = output / LOCK_FILE
        self.wait_seconds = wait_seconds
        self.handle: int | None = None

    def __enter__(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                    os.close(self.handle)
                    self.handle = None
                    raise OutputBusy(
                        f"another extract run is writing to {self.path.parent} (lock {self.path}); "
                        "wait for it to finish, or pass --wait SECONDS"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(self.handle, 0)
        os.write(self.handle, f"{os.getpid()}\n".encode())
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            os.close(self.handle)
            self.handle = None


def make_readable(path: str | os.PathLike[str]) -> None:
    """Give a file written through ``tempfile.mkstemp`` (mode 0600) the mode of any new file
    (0666 less the umask), so BI tools running as another user can read the output."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def recover(output: Path) -> str | None:
    """Finish or discard what a killed run left behind. Returns what was done, for the log."""
    staging = output / STAGING
    if not staging.exists():
        return None
    if (staging / COMMIT_MARKER).exists():
        _move_into_place(staging, output)
        return "rolled forward a committed run that was interrupted while moving its tables into place"
    shutil.rmtree(staging, ignore_errors=True)
    return "discarded the partial output of an interrupted run"


def _move_into_place(staging: Path, output: Path) -> None:
    for path in sorted(staging.glob("*.parquet")):
        os.replace(path, output / path.name)
        crash_point("mid_move")
    _fsync_dir(output)
    crash_point("after_move")
    shutil.rmtree(staging, ignore_errors=True)


class Staging:
    """Tables being written by the current run; nothing is visible in ``output`` before :meth:`commit`."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.dir = output / STAGING
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        self.writers: dict[str, TableWriter] = {}

    def writer(self, table: Table) -> "TableWriter":
        if table.name not in self.writers:
            self.writers[table.name] = TableWriter(table, self.dir / f"{table.name}.parquet")
        return self.writers[table.name]

    def commit(self) -> None:
        for writer in self.writers.values():
            writer.close()
        for path in self.dir.glob("*.parquet"):
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        crash_point("before_commit_marker")
        marker = self.dir / COMMIT_MARKER
        with open(marker, "w") as handle:
            handle.write("ok\n")
            handle.flush()
            os.fsync(handle.fileno())
        _fsync_dir(self.dir)
        crash_point("after_commit_marker")
        _move_into_place(self.dir, self.output)

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.close()
        shutil.rmtree(self.dir, ignore_errors=True)


class TableWriter:
    """Streams rows into one Parquet file in row groups, with the declared schema."""

    def __init__(self, table: Table, path: Path) -> None:
        self.table = table
        self.path = path
        self.schema = table.arrow_schema
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.rows = 0

    def write_rows(self, rows: list[dict]) -> None:
        if rows:
            self.write_arrow(to_arrow(self.table, rows))

    def write_arrow(self, data: pa.Table) -> None:
        if data.num_rows == 0:
            return
        self.pending.append(data)
        self.pending_rows += data.num_rows
        self.rows += data.num_rows
        if self.pending_rows >= ROW_GROUP_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            combined = pa.concat_tables(self.pending).cast(self.schema)
            self.writer.write_table(combined, row_group_size=ROW_GROUP_ROWS)
            self.pending, self.pending_rows = [], 0

    def close(self) -> None:
        if self.writer is not None:
            self.flush()
            crash_point("mid_write")
            self.writer.close()
            self.writer = None  # type: ignore[assignment]


@dataclass(frozen=True)
class PreviousArticle:
    article_id: str
    content_hash: str
    pipeline_version: str


def previous_tables_usable(output: Path) -> bool:
    """Every per-article table of the last run is present, readable and of the declared schema.

    Rows are reused only then: a deleted, truncated or foreign table would silently lose the
    rows of unchanged articles, so any doubt means reprocessing everything.
    """
    for name in ARTICLE_TABLES:
        try:
            metadata = pq.ParquetFile(output / f"{name}.parquet").metadata
            schema = metadata.schema.to_arrow_schema()
        except Exception:
            return False
        declared = TABLES[name].arrow_schema
        if schema.names != declared.names or [f.type for f in schema] != [f.type for f in declared]:
            return False
    return True


def previous_articles(output: Path) -> dict[str, PreviousArticle]:
    """source_path -> what the last committed run recorded, or {} when there is none or it is unusable."""
    path = output / "articles.parquet"
    if not path.exists() or not previous_tables_usable(output):
        return {}
    try:
        table = pq.read_table(path, columns=["source_path", "article_id", "content_hash", "pipeline_version"])
    except Exception:
        return {}
    columns = table.to_pydict()
    return {
        sp: PreviousArticle(aid, h, v)
        for sp, aid, h, v in zip(columns["source_path"], columns["article_id"], columns["content_hash"], columns["pipeline_version"])
    }


# Rows ``start:stop`` of one batch of a previous table.
RowRange = tuple[pa.RecordBatch, int, int]


class PreviousRows:
    """Reads a previous table sequentially, handing out the rows of one article at a time.

    Rows of an article are contiguous and articles appear in corpus order in every table, so
    one forward pass serves a whole incremental run in bounded memory.
    """

    def __init__(self, output: Path, table: Table) -> None:
        self.key = "article_id"
        self.batches: Iterator[pa.RecordBatch] = iter(())
        path = output / f"{table.name}.parquet"
        if path.exists():
            try:
                self.batches = pq.ParquetFile(path).iter_batches(batch_size=20_000)
            except Exception:
                pass
        self.batch: pa.RecordBatch | None = None
        self.ids: list[str] = []
        self.pos = 0

    def _advance(self) -> bool:
        while True:
            try:
                self.batch = next(self.batches)
            except StopIteration:
                self.batch = None
                return False
            self.ids = self.batch.column(self.key).to_pylist()
            self.pos = 0
            if self.ids:
                return True

    def take(self, article_id: str, order: dict[str, int]) -> list[RowRange]:
        """Rows of ``article_id`` as (batch, start, stop) ranges; rows of articles earlier in ``order`` are skipped.

        Ranges, not slices: the caller joins the ranges of consecutive articles into one, so an
        incremental run copies a few long runs of rows instead of one slice per article and table.
        """
        target = order[article_id]
        out: list[RowRange] = []
        while True:
            if self.batch is None or self.pos >= len(self.ids):
                if not self._advance():
                    return out
            current = self.ids[self.pos]
            if current == article_id:
                end = self.pos
                while end < len(self.ids) and self.ids[end] == article_id:
                    end += 1
                out.append((self.batch, self.pos, end))
                self.pos = end
                if end < len(self.ids):
                    return out
                continue
            if order.get(current, -1) < target:
                # a removed, changed or earlier article: skip its run of rows
                end = self.pos
                while end < len(self.ids) and self.ids[end] == current:
                    end += 1
                self.pos = end
                continue
            return out


def read_table_rows(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist() if path.exists() else []


def tables_exist(output: Path, names: Iterable[str] = TABLES) -> bool:
    return all((output / f"{name}.parquet").exists() for name in names)
