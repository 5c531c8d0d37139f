"""Reading the corpus: every bad file is one InputError, every good file one article, nothing blocks or escapes."""

from __future__ import annotations

import json
import os
import random
import threading
import time
from pathlib import Path

import pytest

from pipeline import corpus
from pipeline.corpus import WARNING_TYPES, InputError, decode, discover, read_file

ARTICLE = (
    "Der Münchner Versicherer Allianz übernimmt den Düsseldorfer Makler Beispiel GmbH für 1,2 Mrd. €. "
    "Der Abschluss der Übernahme wird für Ende März erwartet."
)
UMLAUTS = "Größere Übernahmen: Die Straßenbahn-Tochter kostet 5 € – „günstig“, sagt der Vorstand."


def random_bytes(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


# ---------------------------------------------------------------- one error per bad file

# (id, file name, content, stage, error_type)
BAD_FILES = [
    ("empty", "leer.txt", b"", "parse", "empty_file"),
    ("whitespace_only", "leer.txt", b" \n\t \r\n  ", "parse", "empty_file"),
    ("utf8_bom_only", "bom.txt", b"\xef\xbb\xbf", "parse", "empty_file"),
    ("utf16_whitespace", "leer.txt", "  \n ".encode("utf-16"), "parse", "empty_file"),
    ("png_as_txt", "bild.txt", b"\x89PNG\r\n\x1a\n" + random_bytes(2000), "decode", "binary_file"),
    ("pdf_as_txt", "bericht.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n" + random_bytes(2000), "decode", "binary_file"),
    ("zip_as_json", "feed.json", b"PK\x03\x04" + random_bytes(500), "decode", "binary_file"),
    ("random_bytes", "rauschen.txt", random_bytes(4000), "decode", "binary_file"),
    ("mostly_nul", "nullen.txt", b"\x00" * 3000 + b"Umsatz" + b"\x00" * 3000, "decode", "binary_file"),
    ("malformed_json_one_line", "kaputt.json", b'{"title": "Deal", "text": "Die Bank zahlt 5 Mio. Euro."', "parse", "invalid_json"),
    (
        "malformed_json_pretty",
        "kaputt.json",
        b'{\n  "title": "Deal",\n  "text": "Die Bank zahlt 5 Mio. Euro.",\n  "date": "2025-01-02"\n',
        "parse",
        "invalid_json",
    ),
    ("json_nested_too_deep", "tief.json", b"[" * 100_000 + b"]" * 100_000, "parse", "invalid_json"),
    ("json_huge_integer", "zahl.json", b'{"text": "Umsatz", "id": ' + b"9" * 100_000 + b"}", "parse", "invalid_json"),
    ("json_without_text", "ohne.json", b'{"title": "Nur ein Titel"}', "parse", "missing_text"),
    ("json_scalar", "zahl.json", b"42", "parse", "invalid_json"),
    ("jsonl_all_lines_bad", "alles.jsonl", b"{nope\n{nope\n{nope\n", "parse", "invalid_json"),
    ("html_without_content", "leer.html", b"<html><head><title>x</title><style>p {}</style></head><body><script>var x = 1;</script></body></html>", "parse", "no_content"),
    ("html_garbage", "kaputt.html", b"<<<>>><</</<div <p <", "parse", "no_content"),
]


@pytest.mark.parametrize("name,content,stage,error_type", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_corpus_bad_file_is_exactly_one_error(tmp_path, name, content, stage, error_type):
    path = tmp_path / name
    path.write_bytes(content)
    result = read_file(path, name)
    assert result.articles == []
    assert [(e.source_path, e.stage, e.error_type) for e in result.errors] == [(name, stage, error_type)]
    message = result.errors[0].message
    assert 10 <= len(message) <= 300 and "Traceback" not in message


def test_corpus_too_large_article_is_rejected_from_its_size_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "riesig.txt"
    with open(path, "wb") as handle:
        handle.write((ARTICLE + "\n").encode() * (20_000_000 // len(ARTICLE)))
    assert path.stat().st_size > 20_000_000
    monkeypatch.setattr(corpus, "_read_fd", lambda fd, limit: pytest.fail("a too large file was read"))
    started = time.perf_counter()
    result = read_file(path, "riesig.txt")
    assert time.perf_counter() - started < 1.0
    assert [(e.stage, e.error_type) for e in result.errors] == [("read", "too_large")]
    assert f"{path.stat().st_size:,} bytes" in result.errors[0].message and result.articles == []


def test_corpus_too_large_json_article_is_rejected_by_its_length(tmp_path):
    lines = [json.dumps({"text": ARTICLE}), json.dumps({"text": "x" * (corpus.MAX_ARTICLE_CHARS + 1)})]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_file(path, "feed.jsonl")
    assert [a.source_path for a in result.articles] == ["feed.jsonl#1"]
    assert [(e.source_path, e.error_type) for e in result.errors] == [("feed.jsonl#2", "too_large")]


# ---------------------------------------------------------------- good files, however encoded

# (id, file name, content, text the article must contain)
GOOD_FILES = [
    ("utf8", "a.txt", ARTICLE.encode(), ARTICLE),
    ("utf8_bom", "a.txt", b"\xef\xbb\xbf" + UMLAUTS.encode(), UMLAUTS),
    ("cp1252_euro_umlauts", "a.txt", UMLAUTS.encode("cp1252"), UMLAUTS),
    ("latin9_euro", "a.txt", "Die Übernahme kostet 5 € je Aktie.".encode("iso8859_15"), "Die Übernahme kostet 5 € je Aktie."),
    ("latin1_umlauts", "a.txt", "Der Gewinn der Müller AG stieg um 3 Prozent.".encode("latin-1"), "Müller AG"),
    ("utf16_le_bom", "a.txt", UMLAUTS.encode("utf-16-le").join([b"\xff\xfe", b""]), UMLAUTS),
    ("utf16_be_bom", "a.txt", b"\xfe\xff" + UMLAUTS.encode("utf-16-be"), UMLAUTS),
    ("utf16_without_bom", "a.txt", UMLAUTS.encode("utf-16-le"), UMLAUTS),
    ("utf32_bom", "a.txt", UMLAUTS.encode("utf-32"), UMLAUTS),
    ("crlf_line_ends", "a.txt", b"Erste Zeile.\r\nZweite Zeile.\rDritte.", "Erste Zeile.\nZweite Zeile.\nDritte."),
    ("one_megabyte_single_line", "a.txt", b"Umsatz " * 150_000, "Umsatz Umsatz"),
    ("digits_100k", "a.txt", b"1" * 100_000, "1111"),
    ("comma_run_100k", "a.txt", b"1," * 100_000, "1,1,"),
    ("broken_html", "a.html", f"<html><body><article><p>{ARTICLE}<div><p>Weitere Details folgen".encode(), "1,2 Mrd. €"),
    ("markdown", "a.md", f"# Titel\n\n{ARTICLE}".encode(), "Titel\n\n" + ARTICLE),
]


@pytest.mark.parametrize("name,content,expected", [c[1:] for c in GOOD_FILES], ids=[c[0] for c in GOOD_FILES])
def test_corpus_good_file_is_one_article(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    result = read_file(path, name)
    assert result.errors == []
    assert len(result.articles) == 1
    assert expected in result.articles[0].text


# ---------------------------------------------------------------- publication date from the path

# (relative path, header line or "", expected (published_date, precision, source))
PATH_DATES = [
    ("2025-03-04_anthropic.txt", "", ("2025-03-04", "day", "path")),
    ("hb_20250304.txt", "", ("2025-03-04", "day", "path")),
    ("archiv/2025/03/04/bericht.txt", "", ("2025-03-04", "day", "path")),
    ("archiv/2025_03_04/bericht.md", "", ("2025-03-04", "day", "path")),
    ("2024-11/notiz.txt", "", ("2024-11-01", "month", "path")),
    ("2023-01-01/2025-03-04-bericht.txt", "", ("2025-03-04", "day", "path")),
    ("export.txt", "", (None, None, "none")),
    ("000/artikel-000003.txt", "", (None, None, "none")),
    ("000_ff0bd58c6823cd4f.txt", "", (None, None, "none")),
    ("bilanz-2025.txt", "", (None, None, "none")),
    ("top-202503.txt", "", (None, None, "none")),
    ("2025-02-30_bericht.txt", "", (None, None, "none")),
    ("2025-03-04_anthropic.txt", " date 2025-03-10\n", ("2025-03-10", "day", "header")),
]


@pytest.mark.parametrize("rel,header,expected", PATH_DATES, ids=[f"{r}|{h.strip()}" for r, h, _ in PATH_DATES])
def test_corpus_date_in_the_path_is_the_publication_date_below_metadata(tmp_path, rel, header, expected):
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + ARTICLE, encoding="utf-8")
    (article,) = read_file(path, rel).articles
    day = article.published_date.isoformat() if article.published_date else None
    assert (day, article.published_precision, article.published_source) == expected


def test_corpus_date_in_the_path_of_a_jsonl_file_dates_its_undated_lines(tmp_path):
    path = tmp_path / "2025-03-04.jsonl"
    lines = [{"text": ARTICLE}, {"text": ARTICLE, "published": "2025-01-02"}]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    got = [(a.published_date.isoformat(), a.published_source) for a in read_file(path, "2025-03-04.jsonl").articles]
    assert got == [("2025-03-04", "path"), ("2025-01-02", "metadata")]


# (id, content, warning, text the article must contain)
WARNED_FILES = [
    ("nul_bytes_inside", f"Die Bank\x00 zahlt 5 Mio. Euro.\x00\n{ARTICLE}".encode(), "nul_bytes_removed", "Die Bank zahlt 5 Mio. Euro."),
    ("invalid_utf8_byte", UMLAUTS.encode() + b" \xff\xfe " + ARTICLE.encode(), "invalid_utf8_replaced", UMLAUTS),
    ("truncated_utf8", (UMLAUTS + " Über").encode()[:-4], "invalid_utf8_replaced", UMLAUTS),
]


@pytest.mark.parametrize("content,warning,expected", [c[1:] for c in WARNED_FILES], ids=[c[0] for c in WARNED_FILES])
def test_corpus_damaged_text_is_processed_with_one_warning(tmp_path, content, warning, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    result = read_file(path, "a.txt")
    assert [(e.stage, e.error_type) for e in result.errors] == [("decode", warning)]
    assert warning in WARNING_TYPES
    assert len(result.articles) == 1 and expected in result.articles[0].text
    assert "\x00" not in result.articles[0].text


def test_corpus_cp1252_is_not_mistaken_for_mojibake():
    text = "Zürich, Köln und Düsseldorf: 3 Mrd. € für Übernahmen – „Rekord“."
    assert decode(text.encode("cp1252")) == text
    assert decode(text.encode("utf-8")) == text


# ---------------------------------------------------------------- JSON and JSON Lines


def test_corpus_jsonl_bad_line_is_one_error_and_good_lines_are_articles(tmp_path):
    lines = [
        json.dumps({"title": "Eins", "text": ARTICLE, "published": "2025-03-01"}),
        '{"title": "Zwei", "text": "abgeschnitten',
        "",
        json.dumps({"title": "Drei", "text": UMLAUTS}, ensure_ascii=False),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_file(path, "feed.jsonl")
    assert [a.source_path for a in result.articles] == ["feed.jsonl#1", "feed.jsonl#4"]
    assert [a.text for a in result.articles] == [ARTICLE, UMLAUTS]
    assert [(e.source_path, e.stage, e.error_type) for e in result.errors] == [("feed.jsonl#2", "parse", "invalid_json")]
    assert "line 2" in result.errors[0].message


def test_corpus_jsonl_line_separator_inside_a_string_stays_one_article(tmp_path):
    # U+2028 is legal inside JSON strings; str.splitlines() would cut the line there.
    lines = [json.dumps({"text": "Erster Absatz.\u2028Zweiter Absatz."}, ensure_ascii=False), json.dumps({"text": ARTICLE})]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_file(path, "feed.jsonl")
    assert result.errors == []
    assert [a.source_path for a in result.articles] == ["feed.jsonl#1", "feed.jsonl#2"]


def test_corpus_jsonl_hostile_lines_fail_alone(tmp_path):
    lines = [
        json.dumps({"text": ARTICLE}),
        '{"text": "Lone surrogate \\ud800 in der Meldung."}',
        '{"text": "Zahl", "n": ' + "7" * 50_000 + "}",
        "[" * 50_000 + "]" * 50_000,
        json.dumps({"text": UMLAUTS}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_file(path, "feed.jsonl")
    assert [a.source_path for a in result.articles] == ["feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#5"]
    assert result.articles[1].text == "Lone surrogate \ufffd in der Meldung."
    result.articles[1].text.encode("utf-8")  # storable
    assert [(e.source_path, e.error_type) for e in result.errors] == [("feed.jsonl#3", "invalid_json"), ("feed.jsonl#4", "invalid_json")]


def test_corpus_json_array_item_that_is_not_an_object_is_its_own_error(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([{"text": ARTICLE}, "nur ein String", {"text": UMLAUTS}]), encoding="utf-8")
    result = read_file(path, "feed.json")
    assert [a.source_path for a in result.articles] == ["feed.json#0", "feed.json#2"]
    assert [(e.source_path, e.error_type) for e in result.errors] == [("feed.json#1", "invalid_json")]


def test_corpus_header_lines_are_read_in_linear_time(tmp_path):
    path = tmp_path / "kopf.txt"
    path.write_text("title: Kopf\n" * 100_000 + ARTICLE, encoding="utf-8")
    started = time.perf_counter()
    result = read_file(path, "kopf.txt")
    assert time.perf_counter() - started < 2.0
    assert result.articles[0].title == "Kopf"


# ---------------------------------------------------------------- discovery: links, pipes, names


def _discovered(root: Path) -> tuple[dict[str, Path], dict[str, str]]:
    files, errors = {}, {}
    for item in discover(root):
        if isinstance(item, InputError):
            errors[item.source_path] = item.error_type
        else:
            files[item[0]] = item[1]
    return files, errors


def test_corpus_discover_never_leaves_the_corpus(tmp_path):
    root, outside = tmp_path / "corpus", tmp_path / "geheim"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "passwort.txt").write_text("streng geheim", encoding="utf-8")
    (root / "echt.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "nach-aussen.txt").symlink_to(outside / "passwort.txt")
    (root / "ordner-nach-aussen").symlink_to(outside, target_is_directory=True)
    (root / "innen.txt").symlink_to(root / "echt.txt")
    (root / "kaputt.txt").symlink_to(root / "gibt-es-nicht.txt")
    (root / "schleife-a.txt").symlink_to(root / "schleife-b.txt")
    (root / "schleife-b.txt").symlink_to(root / "schleife-a.txt")
    (root / "sub" / "zurueck").symlink_to(root, target_is_directory=True)
    files, errors = _discovered(root)
    assert set(files) == {"echt.txt", "innen.txt"}
    assert files["innen.txt"] == (root / "echt.txt").resolve()
    assert errors == {
        "nach-aussen.txt": "symlink_outside_corpus",
        "ordner-nach-aussen": "symlinked_directory",
        "kaputt.txt": "broken_symlink",
        "schleife-a.txt": "broken_symlink",
        "schleife-b.txt": "broken_symlink",
        "sub/zurueck": "symlinked_directory",
    }


def test_corpus_named_pipe_is_skipped_and_never_opened(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    os.mkfifo(root / "pipe.txt")
    (root / "echt.txt").write_text(ARTICLE, encoding="utf-8")
    files, errors = _discovered(root)
    assert set(files) == {"echt.txt"}
    assert errors == {"pipe.txt": "not_a_regular_file"}


def test_corpus_read_file_on_a_named_pipe_does_not_block(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    outcome: list = []
    reader = threading.Thread(target=lambda: outcome.append(read_file(pipe, "pipe.txt")), daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # unblock the reader so the test process can end, then fail
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("read_file blocked on a named pipe")
    assert [(e.stage, e.error_type) for e in outcome[0].errors] == [("read", "not_a_regular_file")]


def test_corpus_directory_named_like_a_file_is_a_folder(tmp_path):
    root = tmp_path / "corpus"
    (root / "x.txt").mkdir(parents=True)
    (root / "x.txt" / "innen.txt").write_text(ARTICLE, encoding="utf-8")
    files, errors = _discovered(root)
    assert set(files) == {"x.txt/innen.txt"} and errors == {}
    result = read_file(root / "x.txt", "x.txt")  # read directly, it is reported, not raised
    assert [(e.stage, e.error_type) for e in result.errors] == [("read", "not_a_regular_file")]


def test_corpus_undecodable_file_name_is_reported_with_a_printable_path(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    try:
        with open(os.fsencode(root) + b"/bericht-\xfc.txt", "wb") as handle:
            handle.write(ARTICLE.encode())
    except OSError:
        pytest.skip("the file system does not accept non-UTF-8 names")
    (root / "echt.txt").write_text(ARTICLE, encoding="utf-8")
    files, errors = _discovered(root)
    assert set(files) == {"echt.txt"}
    assert errors == {"bericht-\ufffd.txt": "undecodable_filename"}


def test_corpus_unreadable_file_is_one_error(tmp_path, monkeypatch):
    # Tests run as root, where chmod 000 does not stop reads: refuse the open instead.
    path = tmp_path / "gesperrt.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    real_open = os.open

    def refusing_open(file, flags, *args, **kwargs):
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(corpus.os, "open", refusing_open)
    result = read_file(path, "gesperrt.txt")
    assert [(e.stage, e.error_type) for e in result.errors] == [("read", "unreadable")]
    assert "permission denied" in result.errors[0].message


def test_corpus_file_that_vanished_is_one_error(tmp_path):
    result = read_file(tmp_path / "weg.txt", "weg.txt")
    assert [(e.stage, e.error_type) for e in result.errors] == [("read", "unreadable")]


def test_corpus_symlink_swapped_in_after_discovery_is_not_followed(tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("streng geheim", encoding="utf-8")
    path = tmp_path / "artikel.txt"
    path.symlink_to(secret)
    result = read_file(path, "artikel.txt")
    assert result.articles == [] and [e.error_type for e in result.errors] == ["unreadable"]


# ---------------------------------------------------------------- files that change while read


def _appending_reader(path: Path, times: int):
    real = corpus._read_fd
    calls = {"n": 0}

    def read_and_append(fd: int, limit: int) -> bytes:
        data = real(fd, limit)
        calls["n"] += 1
        if calls["n"] <= times:
            with open(path, "ab") as handle:
                handle.write(" Nachtrag.".encode())
        return data

    return read_and_append


def test_corpus_file_changed_once_while_read_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "live.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(corpus, "_read_fd", _appending_reader(path, times=1))
    result = read_file(path, "live.txt")
    assert result.errors == []
    assert result.articles[0].text == ARTICLE + " Nachtrag."
    assert result.articles[0].content_hash == corpus.content_hash(path.read_bytes())


def test_corpus_file_that_keeps_changing_is_one_error(tmp_path, monkeypatch):
    path = tmp_path / "live.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(corpus, "_read_fd", _appending_reader(path, times=100))
    result = read_file(path, "live.txt")
    assert result.articles == []
    assert [(e.stage, e.error_type) for e in result.errors] == [("read", "changed_while_reading")]


def test_corpus_file_growing_in_another_thread_is_read_consistently(tmp_path):
    path = tmp_path / "live.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(" Neu.")

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        results = [read_file(path, "live.txt") for _ in range(20)]
    finally:
        stop.set()
        thread.join()
    for result in results:
        if result.articles:  # a snapshot: its hash is the hash of exactly the text read
            article = result.articles[0]
            assert article.text.startswith(ARTICLE) and article.content_hash == corpus.content_hash(article.text.encode())
        else:
            assert [e.error_type for e in result.errors] == ["changed_while_reading"]
