"""Reading the corpus: discover files, decode bytes, parse formats, read header metadata.

Every failure becomes an :class:`InputError` for that file (or JSON object); nothing raises
past :func:`read_file`, so one bad file never stops a run. Nothing outside the corpus folder
is read: symlinks are followed only to files inside it, and only regular files are opened
(a named pipe would block the run forever).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterator

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

# Size limits (bounded memory and time per article). A news article is 2-50 KB; a file above
# these limits is reported as `too_large` from its size alone, without reading it.
MAX_ARTICLE_CHARS = 2_000_000  # one article's text after decoding (about 300,000 words)
MAX_TEXT_FILE_BYTES = 8_000_000  # .txt/.md: room for MAX_ARTICLE_CHARS in UTF-16 or 4-byte UTF-8
MAX_HTML_FILE_BYTES = 16_000_000  # .html: pages carry scripts and styles besides the article
MAX_FILE_BYTES = 50_000_000  # .json/.jsonl: many articles in one file

# A file that keeps changing while it is read is retried this often, then reported.
READ_ATTEMPTS = 3

# Input problems after which the article is still processed (severity "warning" in the errors table).
WARNING_TYPES = frozenset({"nul_bytes_removed", "invalid_utf8_replaced"})

# Signatures of binary formats that are sometimes saved with a text extension.
BINARY_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP/Office archive",
    b"\xd0\xcf\x11\xe0": "legacy Office document (.doc/.xls)",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x7fELF": "executable",
    b"\x1f\x8b": "gzip archive",
    b"Rar!": "RAR archive",
    b"7z\xbc\xaf": "7-Zip archive",
    b"SQLite format 3\x00": "SQLite database",
}
UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control characters that never occur in text (tab, newlines, form feed are fine), and U+FFFD.
BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
BINARY_SHARE = 0.05  # more than this share of such characters: the file is not text
HIGH_BYTES = bytes(range(0x80, 0x100))
NOT_C1_BYTES = bytes(range(0x00, 0x80)) + bytes(range(0xA0, 0x100))
LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# "date 2025-11-12" (the seeds' header, possibly followed by text on the same line) or "date: 2025-11-12".
# Matched at a position (no \A), so reading a header never copies the text; runs of blanks are
# bounded so that no pattern of this module backtracks over a long run (tests/test_properties.py).
HEADER_DATE = re.compile(r"[ \t]{0,20}(?:date|datum)[ \t]{0,20}:?[ \t]{0,20}(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]{0,20}\n?", re.IGNORECASE)
# Further "key: value" header lines at the very top (title:, url:, source:).
HEADER_FIELD = re.compile(r"[ \t]{0,20}(title|titel|url|source|quelle)[ \t]{0,20}:[ \t]{0,20}([^\n]{1,500}?)[ \t]{0,20}(?:\n|\Z)", re.IGNORECASE)
HEADER_KEYS = {"titel": "title", "quelle": "source"}
MAX_HEADER_LINES = 20
ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
# A date in a file or folder name: 2025-03-04, 2025_03_04, 2025.03.04, 20250304, 2025/03/04, or a month 2025-03, 2025/03.
# Digits and letters may not touch it, so hashes ("ff0bd58c20250304") and counters ("artikel-000003") never match.
PATH_DATE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d{2})([-_./]?)(0[1-9]|1[0-2])(?:\2(0[1-9]|[12]\d|3[01]))?(?![0-9A-Za-z])")
YEAR_ONLY = re.compile(r"\s{0,20}(\d{4})\s{0,20}")
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)


@dataclass
class Article:
    """One article as read from the corpus, before cleaning."""

    source_path: str
    text: str
    content_hash: str
    title: str | None = None
    published_date: date | None = None
    published_precision: str | None = None
    published_source: str = "none"
    url: str | None = None
    source: str | None = None


@dataclass
class InputError:
    source_path: str
    stage: str
    error_type: str
    message: str
    content_hash: str | None = None


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


class DecodeError(ValueError):
    """A problem with one input, named by a short ``error_type`` (the errors table's column)."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type


# ---------------------------------------------------------------- discovering files


def printable_path(rel: str) -> str:
    """A path that can be stored and printed: undecodable bytes of a file name become U+FFFD.

    >>> printable_path("bericht-\\udcfc.txt")
    'bericht-�.txt'
    """
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _is_printable(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def discover(root: Path) -> Iterator[tuple[str, Path] | InputError]:
    """Yield (relative path, path to read) for every input file under ``root``, sorted, never leaving ``root``.

    Symlinks to files are followed only when they resolve inside ``root`` (the resolved path is
    yielded); directory symlinks are never descended (no loops, no escape). Named pipes, sockets
    and devices are skipped. Problems are yielded as :class:`InputError`, before the files.
    """
    root = root.resolve()
    entries: list[tuple[str, Path]] = []
    problems: list[InputError] = []

    def unreadable_directory(exc: OSError) -> None:
        rel = Path(exc.filename).relative_to(root).as_posix() if exc.filename else "."
        problems.append(InputError(printable_path(rel), "discover", "unreadable_directory", f"cannot list the folder: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unreadable_directory):
        here = Path(dirpath)
        keep: list[str] = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            path = here / name
            rel = path.relative_to(root).as_posix()
            if not _is_printable(name):
                problems.append(InputError(printable_path(rel), "discover", "undecodable_filename", "the folder name is not valid UTF-8; rename it"))
            elif path.is_symlink():
                problems.append(
                    InputError(rel, "discover", "symlinked_directory", "symlink to a folder; not followed (it could leave the corpus or loop)")
                )
            else:
                keep.append(name)
        dirnames[:] = keep
        for name in filenames:
            if name.startswith("."):
                continue
            path = here / name
            rel = path.relative_to(root).as_posix()
            if path.suffix.lower() not in SUFFIXES:
                continue
            item = _check_file(root, path, rel)
            if isinstance(item, InputError):
                problems.append(item)
            else:
                entries.append((rel, item))
    for problem in sorted(problems, key=lambda e: e.source_path):
        yield problem
    yield from sorted(entries)


def _check_file(root: Path, path: Path, rel: str) -> Path | InputError:
    """The path to read for one directory entry, or why it is skipped."""
    if not _is_printable(rel):
        return InputError(printable_path(rel), "discover", "undecodable_filename", "the file name is not valid UTF-8; rename the file")
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                return InputError(rel, "discover", "broken_symlink", "symlink is broken or loops; skipped")
            if root not in target.parents:
                return InputError(rel, "discover", "symlink_outside_corpus", f"symlink points outside the corpus ({target}); not read")
            path, mode = target, os.stat(target).st_mode
    except OSError as exc:
        return InputError(rel, "discover", "unreadable", f"cannot inspect the file: {exc.strerror or exc}")
    if not stat.S_ISREG(mode):
        return InputError(rel, "discover", "not_a_regular_file", f"{_kind(mode)}, not a regular file; skipped")
    return path


# ---------------------------------------------------------------- reading and decoding bytes


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def size_limit(rel: str) -> int:
    """The largest file accepted for a corpus path, by format.

    >>> size_limit("2025/bericht.txt") == MAX_TEXT_FILE_BYTES
    True
    """
    suffix = Path(rel).suffix.lower()
    if suffix in JSON_SUFFIXES:
        return MAX_FILE_BYTES
    if suffix in HTML_SUFFIXES:
        return MAX_HTML_FILE_BYTES
    return MAX_TEXT_FILE_BYTES


def _read_fd(fd: int, limit: int) -> bytes:
    """All bytes of an open file, failing as soon as there are more than ``limit``."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limit:
            raise DecodeError("too_large", f"file grew beyond {limit:,} bytes while it was read")
        chunks.append(chunk)


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, read as one consistent snapshot.

    Never follows a symlink (discover has resolved them) and never blocks on a pipe. A file
    that changes while it is read (size or modification time) is read again, up to
    READ_ATTEMPTS times, then reported as ``changed_while_reading``.
    """
    for attempt in range(READ_ATTEMPTS):
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                raise DecodeError("not_a_regular_file", f"{_kind(before.st_mode)}, not a regular file; skipped")
            if before.st_size > limit:
                raise DecodeError("too_large", f"file has {before.st_size:,} bytes; the limit for this format is {limit:,}")
            data = _read_fd(fd, limit)
            after = os.fstat(fd)
        finally:
            os.close(fd)
        if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns) == (len(data), after.st_mtime_ns):
            return data
        time.sleep(0.05 * (attempt + 1))
    raise DecodeError(
        "changed_while_reading", f"the file changed while it was read ({READ_ATTEMPTS} attempts); it will be read again on the next run"
    )


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16/32 with BOM, or a legacy 8-bit encoding.

    >>> decode("Zürich: 5 €".encode("cp1252"))
    'Zürich: 5 €'
    >>> decode(b"\\xef\\xbb\\xbfM\\xc3\\xbcnchen")
    'München'
    >>> decode("Größe: 5 €".encode("utf-16"))
    'Größe: 5 €'
    """
    return decode_text(data)[0]


def decode_text(data: bytes) -> tuple[str, list[tuple[str, str]]]:
    """The text of a file and the warnings (error_type, message) decoding it raised.

    Raises :class:`DecodeError` ``binary_file`` for data that is not text.

    >>> decode_text("Die Übernahme kostet 3 Mrd. Euro.".encode() + b"\\xff")
    ('Die Übernahme kostet 3 Mrd. Euro.�', [('invalid_utf8_replaced', '1 invalid UTF-8 byte sequence(s) replaced by U+FFFD; the article was processed')])
    """
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DecodeError("binary_file", f"file is a {kind}, not text")
    notes: list[tuple[str, str]] = []
    if data.startswith(UTF32_BOMS):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith(UTF16_BOMS):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = _utf8_or_legacy(data[3:], notes)
    elif _looks_like_utf16(data):
        text = _utf16_without_bom(data)
    else:
        text = _utf8_or_legacy(data, notes)
    sample = text[:65_536]
    nuls = sample.count("\x00")
    others = len(BINARY_CHARS.findall(sample)) - nuls
    if nuls > len(sample) * BINARY_SHARE or others > max(3, len(sample) * BINARY_SHARE):
        raise DecodeError("binary_file", "file contains binary data (control characters), not text")
    return text, notes


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: text in Latin script has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > 0.6 * half and min(even, odd) < 0.05 * half


def _utf16_without_bom(data: bytes) -> str:
    sample = data[:4096]
    encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    return data.decode(encoding, errors="replace")


def _utf8_or_legacy(data: bytes, notes: list[tuple[str, str]]) -> str:
    """UTF-8; mostly-UTF-8 with a few broken sequences (a truncated or spliced file); else cp1252/latin-9."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    ascii_chars = len(data.translate(None, HIGH_BYTES))
    valid_multibyte = len(replaced) - ascii_chars - invalid
    # Legacy 8-bit German text almost never forms a valid UTF-8 sequence ("ä" is followed by a letter,
    # not by two bytes of 0x80-0xBF), so any valid ones make UTF-8 the likely encoding.
    if valid_multibyte > 0 and 4 * valid_multibyte >= invalid:
        notes.append(("invalid_utf8_replaced", f"{invalid} invalid UTF-8 byte sequence(s) replaced by U+FFFD; the article was processed"))
        return replaced
    # Legacy German text is cp1252 (a superset of latin-1's printable characters). Latin-9 differs
    # in putting € at 0xA4, where cp1252 has "¤", which German text never uses; cp1252's own €
    # and quotes live in 0x80-0x9F, which latin-9 leaves to control characters.
    if b"\xa4" in data and not data.translate(None, NOT_C1_BYTES):
        return data.decode("iso8859_15")
    return data.decode("cp1252", errors="replace")


def sanitize(text: str) -> str:
    """Text that can be stored: no NUL characters, no lone surrogates (from JSON escapes).

    >>> sanitize("A\\x00G \\ud800")
    'AG �'
    """
    return LONE_SURROGATE.sub("\ufffd", text.replace("\x00", ""))


# ---------------------------------------------------------------- metadata and formats


def parse_iso_date(value: Any) -> tuple[date, str] | None:
    """'2025-11-12' -> (date, 'day'); '2025-11' -> (first of month, 'month'); else None.

    >>> parse_iso_date("2025-11")
    (datetime.date(2025, 11, 1), 'month')
    >>> parse_iso_date("2025-13-45") is None
    True
    """
    if not isinstance(value, str):
        return None
    match = ISO_DATE.search(value)
    if not match:
        year_only = YEAR_ONLY.fullmatch(value)
        return (date(int(year_only.group(1)), 1, 1), "year") if year_only and int(year_only.group(1)) > 0 else None
    year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
    try:
        if day:
            return date(year, month, int(day)), "day"
        return date(year, month, 1), "month"
    except ValueError:
        return None


def split_header(text: str) -> tuple[dict[str, Any], str]:
    """Take header lines (" date 2025-11-12", "title: ...") off the top of a plain-text article.

    >>> split_header(" date 2025-11-12 Anthropic kündigt an.")
    ({'date': '2025-11-12'}, 'Anthropic kündigt an.')
    """
    meta: dict[str, Any] = {}
    pos = 0
    for _ in range(MAX_HEADER_LINES):
        match = HEADER_DATE.match(text, pos)
        if match and "date" not in meta:
            meta["date"] = match.group(1)
            pos = match.end()
            continue
        match = HEADER_FIELD.match(text, pos)
        if match:
            key = match.group(1).lower()
            meta.setdefault(HEADER_KEYS.get(key, key), match.group(2).strip())
            pos = match.end()
            continue
        break
    return meta, text[pos:]


def date_from_path(path: str) -> tuple[date, str] | None:
    """The publication date an archive's file or folder names give (the last in the path wins): (date, precision).

    Only whole dates count: a day or a month with its year, never a bare year or a counter.

    >>> date_from_path("2025-03-04_anthropic.txt")
    (datetime.date(2025, 3, 4), 'day')
    >>> date_from_path("archiv/2025/03/04/bericht.txt"), date_from_path("hb_20250304.html")
    ((datetime.date(2025, 3, 4), 'day'), (datetime.date(2025, 3, 4), 'day'))
    >>> date_from_path("2024-11/notiz.md")
    (datetime.date(2024, 11, 1), 'month')
    >>> [date_from_path(p) for p in ("000/artikel-000003.txt", "000_ff0bd58c6823cd4f.txt", "2025/bilanz.txt", "2025-02-30.txt")]
    [None, None, None, None]
    """
    found: tuple[date, str] | None = None
    for match in PATH_DATE.finditer(path.split("#", 1)[0]):
        year, month, day = int(match.group(1)), int(match.group(3)), match.group(4)
        if match.group(2) == "" and day is None:
            continue  # "202503" is more likely a number than a month
        try:
            found = (date(year, month, int(day)), "day") if day else (date(year, month, 1), "month")
        except ValueError:
            continue  # "2025-02-30"
    return found


def _article(source_path: str, text: str, digest: str, meta: dict[str, Any], date_source: str) -> Article:
    article = Article(source_path=source_path, text=sanitize(text), content_hash=digest)
    article.title = _clean_str(meta.get("title"))
    article.url = _clean_str(meta.get("url"))
    article.source = _clean_str(meta.get("source"))
    parsed = parse_iso_date(meta.get("date") or meta.get("published") or meta.get("published_date"))
    if parsed:
        article.published_date, article.published_precision = parsed
        article.published_source = date_source
    elif found := date_from_path(source_path):
        # below a dateline in rank: the dates component lets one in the text override it
        article.published_date, article.published_precision = found
        article.published_source = "path"
    return article


def _clean_str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    value = sanitize(str(value)).strip()
    return value or None


def read_text(rel: str, text: str, digest: str) -> Article:
    meta, body = split_header(text)
    if rel.lower().endswith(".md"):
        body = MARKDOWN_HEADING.sub("", body)
    return _article(rel, body, digest, meta, "header")


def read_html(rel: str, text: str, digest: str) -> Article:
    # trafilatura is the field's standard for main-content extraction; we only map its metadata.
    import trafilatura

    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    if document is None:
        raise DecodeError("no_content", "no article text found in the HTML page")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    body = data.get("text") or ""
    if not body.strip():
        raise DecodeError("no_content", "no article text found in the HTML page")
    meta = {"title": data.get("title"), "date": data.get("date"), "url": data.get("url"), "source": data.get("sitename")}
    return _article(rel, body, digest, meta, "html")


def _json_article(rel: str, obj: Any, digest: str) -> Article:
    if not isinstance(obj, dict):
        raise DecodeError("invalid_json", f"expected a JSON object with a 'text' field, found a JSON {type(obj).__name__}")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise DecodeError("missing_text", "JSON object has no non-empty 'text' field")
    meta = {k: obj.get(k) for k in ("title", "url", "source")}
    meta["date"] = obj.get("published") or obj.get("date") or obj.get("published_date")
    return _article(rel, body, digest, meta, "metadata")


def _loads(text: str) -> Any:
    """json.loads, with every way it can fail on hostile input turned into a DecodeError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DecodeError("invalid_json", f"{exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise DecodeError("invalid_json", "JSON is nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise DecodeError("invalid_json", str(exc)) from None


def _is_object_line(line: str) -> bool:
    try:
        return isinstance(_loads(line), dict)
    except DecodeError:
        return False


def read_json(rel: str, text: str, digest: str, result: ReadResult) -> None:
    """A JSON object, a JSON array of objects, or JSON Lines; each object is one article.

    A bad line of a JSON Lines file is one error; a malformed JSON document is one error.
    """
    objects: list[tuple[str, Any]] = []
    try:
        parsed = _loads(text)
        items = parsed if isinstance(parsed, list) else [parsed]
        objects = [(f"{rel}#{i}" if isinstance(parsed, list) else rel, item) for i, item in enumerate(items)]
    except DecodeError as whole:
        # Split on "\n" only: str.splitlines() also splits at U+2028 and others, which JSON strings may hold.
        lines = [(number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
        is_jsonl = Path(rel).suffix.lower() in {".jsonl", ".ndjson"} or (bool(lines) and _is_object_line(lines[0][1]))
        if not is_jsonl or len(lines) <= 1:
            raise DecodeError("invalid_json", f"malformed JSON: {whole}") from None
        for number, line in lines:
            try:
                objects.append((f"{rel}#{number}", _loads(line)))
            except DecodeError as exc:
                objects.append((f"{rel}#{number}", DecodeError("invalid_json", f"line {number} is not valid JSON: {exc}")))
        if all(isinstance(obj, DecodeError) for _, obj in objects):
            raise DecodeError("invalid_json", f"malformed JSON: no line is a valid JSON object ({whole})") from None
    for key, obj in objects:
        if isinstance(obj, DecodeError):
            result.errors.append(InputError(key, "parse", obj.error_type, str(obj), digest))
            continue
        item_digest = digest
        try:
            if key != rel:
                item_digest = content_hash(json.dumps(obj, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
            result.articles.append(_json_article(key, obj, item_digest))
        except DecodeError as exc:
            result.errors.append(InputError(key, "parse", exc.error_type, str(exc), item_digest))
        except (RecursionError, ValueError) as exc:
            result.errors.append(InputError(key, "parse", "invalid_json", f"cannot use this JSON object: {exc}", item_digest))


def read_file(path: Path, rel: str) -> ReadResult:
    """Read one corpus file into articles; every problem becomes an InputError, never an exception.

    ``path`` is what :func:`discover` yields (symlinks already resolved); the format follows
    the suffix of ``rel``, the name in the corpus.
    """
    result = ReadResult()
    try:
        data = read_bytes(path, size_limit(rel))
    except DecodeError as exc:
        result.errors.append(InputError(rel, "read", exc.error_type, str(exc)))
        return result
    except FileNotFoundError:
        result.errors.append(InputError(rel, "read", "unreadable", "the file disappeared before it could be read"))
        return result
    except PermissionError:
        result.errors.append(InputError(rel, "read", "unreadable", "permission denied: the file cannot be read"))
        return result
    except OSError as exc:
        result.errors.append(InputError(rel, "read", "unreadable", f"cannot read file: {exc.strerror or exc}"))
        return result
    digest = content_hash(data)
    try:
        if not data.strip():
            raise DecodeError("empty_file", "file is empty or contains only whitespace")
        text, notes = decode_text(data)
        for error_type, message in notes:
            result.errors.append(InputError(rel, "decode", error_type, message, digest))
        if "\x00" in text:
            # A few stray NULs in otherwise good text: drop them and keep the article, but say so.
            result.errors.append(
                InputError(rel, "decode", "nul_bytes_removed", f"removed {text.count(chr(0))} NUL characters; the article was processed", digest)
            )
            text = text.replace("\x00", "")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise DecodeError("empty_file", "file contains no text")
        suffix = Path(rel).suffix.lower()
        if suffix in JSON_SUFFIXES:
            read_json(rel, text, digest, result)
        elif suffix in HTML_SUFFIXES:
            result.articles.append(read_html(rel, text, digest))
        else:
            result.articles.append(read_text(rel, text, digest))
    except DecodeError as exc:
        result.errors.append(InputError(rel, "decode" if exc.error_type == "binary_file" else "parse", exc.error_type, str(exc), digest))
    except Exception as exc:  # a parser library failing on odd input must not stop the run
        result.errors.append(InputError(rel, "parse", "parse_failed", f"could not parse file: {type(exc).__name__}: {exc}", digest))
    kept: list[Article] = []
    for article in result.articles:
        if len(article.text) > MAX_ARTICLE_CHARS:
            result.errors.append(
                InputError(
                    article.source_path, "read", "too_large",
                    f"article has {len(article.text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}", article.content_hash,
                )
            )
        else:
            kept.append(article)
    result.articles = kept
    if any(e.error_type not in WARNING_TYPES for e in result.errors if e.source_path == rel) and rel not in {a.source_path for a in kept}:
        # the file failed as a whole: its warnings (e.g. NULs removed) would only repeat the error
        result.errors = [e for e in result.errors if not (e.source_path == rel and e.error_type in WARNING_TYPES)]
    return result
