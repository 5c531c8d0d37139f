"""output/report.html: self-contained, and it really renders in a headless browser.

The browser tests run Debian's chromium (`apt-get install chromium`) and read what the
page's own script writes into the DOM (``--dump-dom``): ``data-charts-rendered`` counts
charts whose bars/points have a laid-out size, ``data-js-errors`` counts script errors and
blocked resources. Console messages come from ``--enable-logging=stderr``. A screenshot
is decoded and must show the charts' colours. They skip when chromium is absent.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from fixtures_analyst.sample_output import DEAL_ROWS, write_sample_output
from pipeline.report import STATUS_COLORS, build_report
from pipeline.schema import DEALS, to_arrow

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
N_CHARTS = 4


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return build_report(write_sample_output(tmp_path / "output"))


def test_report_is_written_with_its_parts(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert report.name == "report.html"
    assert page.count('<svg class="chart"') == N_CHARTS
    assert page.count('<tr class="event">') == 4  # the Series B counted once, not per article
    assert "5 reports" in page  # ... with its five reports to read
    assert "Nordlicht Robotics verhandelt Insidern zufolge" in page  # evidence sentence
    assert 'href="https://example.org/a1"' in page  # source article link
    assert "lead: Polarstern Ventures; investors: Fjord Capital, Hafenkapital" in page


@pytest.mark.parametrize(
    "pattern",
    [r"<script[^>]+src=", r"<link[^>]+href=", r"@import", r"url\(", r"<img", r"<iframe", r"https?://(?!example\.org|www\.w3\.org/2000/svg)"],
    ids=["external script", "stylesheet link", "css import", "css url", "image", "iframe", "other address"],
)
def test_report_loads_nothing_from_outside(report: Path, pattern: str) -> None:
    assert not re.search(pattern, report.read_text(encoding="utf-8"))


def test_report_escapes_text_from_articles(tmp_path: Path) -> None:
    output = write_sample_output(tmp_path / "output")
    rows = [dict(DEAL_ROWS[0], target="<script>alert(1)</script> GmbH", evidence="A & B <b>")]
    pq.write_table(to_arrow(DEALS, [dict(r, start_char=0, end_char=1) for r in rows]), output / "deals.parquet")
    page = build_report(output).read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; GmbH" in page
    assert "A &amp; B &lt;b&gt;" in page


def test_report_without_deals(tmp_path: Path) -> None:
    page = build_report(tmp_path).read_text(encoding="utf-8")
    assert page.count('<svg class="chart"') == N_CHARTS and page.count('class="empty"') == N_CHARTS
    assert "0 of 0 deal events" in page


def test_report_charts_in_euro(tmp_path: Path) -> None:
    page = build_report(write_sample_output(tmp_path / "output"), currency="EUR").read_text(encoding="utf-8")
    assert "Money raised by company (EUR)" in page and "120 m EUR" in page


# --- in a real browser ---------------------------------------------------------------


def run_chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}",
        # no address resolves: anything the page tried to fetch would fail and be reported
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
        *extra, url,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def page_state(dom: str) -> dict[str, str]:
    """The data-* attributes the page's script set on <html>."""
    opening = re.search(r"<html[^>]*>", dom)
    assert opening, f"no <html> in the dumped DOM: {dom[:200]!r}"
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', opening.group(0)))


def console_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.slow
@needs_chromium
def test_report_renders_in_browser_without_errors(report: Path, tmp_path: Path) -> None:
    result = run_chromium(tmp_path, report.as_uri(), "--dump-dom")
    state = page_state(result.stdout)
    assert state.get("ready") == "1", result.stderr[-2000:]
    assert state.get("charts-total") == str(N_CHARTS)
    assert state.get("charts-rendered") == str(N_CHARTS)
    assert "js-errors" not in state, state.get("js-error-messages")
    assert console_lines(result.stderr) == []
    marks = [int(n) for n in re.findall(r'data-marks-rendered="(\d+)"', result.stdout)]
    assert len(marks) == N_CHARTS and min(marks) >= 2


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize(
    "query,visible",
    [("", 4), ("polarstern", 2), ("kieler quantenwerk", 1), ("insidern", 1), ("series c planned", 1), ("zeppelin", 0)],
    ids=["no search", "investor", "company", "word of the evidence", "two words", "no match"],
)
def test_report_search_filters_deal_events(report: Path, tmp_path: Path, query: str, visible: int) -> None:
    result = run_chromium(tmp_path, f"{report.as_uri()}#q={query.replace(' ', '+')}", "--dump-dom")
    assert re.search(r'<table id="deals" data-visible-rows="(\d+)"', result.stdout).group(1) == str(visible)
    assert f"{visible} of 4 deal events" in result.stdout


@pytest.mark.slow
@needs_chromium
def test_report_browser_check_catches_a_broken_page(report: Path, tmp_path: Path) -> None:
    # the harness itself must be able to fail: a page with a script error and an outside image
    broken = report.with_name("broken.html")
    broken.write_text(
        report.read_text(encoding="utf-8").replace(
            "</body>", '<script>console.error("kaputt"); notDefined();</script><img src="https://cdn.example.com/x.png"></body>'
        ),
        encoding="utf-8",
    )
    result = run_chromium(tmp_path, broken.as_uri(), "--dump-dom")
    state = page_state(result.stdout)
    assert int(state.get("js-errors", "0")) >= 2
    assert "notDefined" in state["js-error-messages"] and "cdn.example.com" in state["js-error-messages"]
    assert any("kaputt" in line for line in console_lines(result.stderr))


def decode_png(data: bytes) -> np.ndarray:
    """Pixels (height, width, channels) of an 8-bit, non-interlaced RGB/RGBA PNG such as Chromium writes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", data[pos + 8 : pos + 21])
        elif kind == b"IDAT":
            chunks.append(data[pos + 8 : pos + 8 + length])
        pos += 12 + length
    assert header is not None
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace:
        pytest.skip(f"unexpected PNG format depth={depth} color={color} interlace={interlace}")
    channels = 3 if color == 2 else 4
    raw, stride = zlib.decompress(b"".join(chunks)), width * channels
    pixels = np.zeros((height, stride), dtype=np.int32)
    previous = np.zeros(stride, dtype=np.int32)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=start + 1).astype(np.int32)
        if kind == 0:
            current = line
        elif kind == 1:  # Sub: running sum per channel
            current = np.cumsum(line.reshape(width, channels), axis=0).reshape(stride) & 255
        elif kind == 2:  # Up
            current = (line + previous) & 255
        else:  # Average and Paeth depend on the left neighbour: byte by byte
            values, up = line.tolist(), previous.tolist()
            for i in range(stride):
                left = values[i - channels] if i >= channels else 0
                if kind == 3:
                    values[i] = (values[i] + ((left + up[i]) >> 1)) & 255
                else:
                    corner = up[i - channels] if i >= channels else 0
                    p = left + up[i] - corner
                    pa, pb, pc = abs(p - left), abs(p - up[i]), abs(p - corner)
                    values[i] = (values[i] + (left if pa <= pb and pa <= pc else up[i] if pb <= pc else corner)) & 255
            current = np.array(values, dtype=np.int32)
        pixels[y] = current
        previous = current
    return pixels.reshape(height, width, channels)[:, :, :3].astype(np.uint8)


def pixels_of(image: np.ndarray, hex_color: str) -> int:
    rgb = [int(hex_color[i : i + 2], 16) for i in (1, 3, 5)]
    return int(np.all(image == rgb, axis=2).sum())


@pytest.mark.slow
@needs_chromium
def test_report_screenshot_shows_the_charts(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    result = run_chromium(tmp_path, report.as_uri(), f"--screenshot={shot}", "--window-size=1280,1300")
    assert shot.exists(), result.stderr[-2000:]
    image = decode_png(shot.read_bytes())
    assert image.shape[:2] == (1300, 1280)
    background = np.all(image == image[0, 0], axis=2).mean()
    assert background < 0.9, "the screenshot is (almost) blank"
    assert len(np.unique(image.reshape(-1, 3), axis=0)) > 50  # text, bars and lines, not a flat page
    assert pixels_of(image, STATUS_COLORS["completed"]) > 2000  # bars of completed rounds drawn
    assert pixels_of(image, STATUS_COLORS["planned"]) > 500  # the planned Series C and takeover


@pytest.mark.slow
@needs_chromium
def test_report_empty_output_renders_too(tmp_path: Path) -> None:
    report = build_report(tmp_path / "empty")
    state = page_state(run_chromium(tmp_path, report.as_uri(), "--dump-dom").stdout)
    assert (state.get("charts-rendered"), state.get("js-errors")) == (str(N_CHARTS), None)


def test_report_builds_from_extraction_through_run_extract(tmp_path: Path) -> None:
    """End to end: the analyst fixture articles through the same entry point as `make extract`."""
    runner = pytest.importorskip("pipeline.runner")
    for module in ("pipeline.money", "pipeline.dates", "pipeline.parties", "pipeline.deals"):
        pytest.importorskip(module)
    corpus = Path(__file__).parent / "fixtures_analyst" / "articles"
    output = tmp_path / "output"
    runner.run_extract(corpus, output)
    report = build_report(output)
    deals = pq.read_table(output / "deals.parquet").to_pylist()
    events = pq.read_table(output / "deal_events.parquet").to_pylist()
    nordlicht = [d for d in deals if d["target"] == "Nordlicht Robotics"]
    assert len(nordlicht) >= 2, f"the extractors find {len(nordlicht)} Nordlicht deals (need 2+ to consolidate)"
    assert {d["round"] for d in nordlicht} >= {"Series B", "Series C"}
    assert len(events) < len(deals)  # repeated reports collapsed
    assert "Nordlicht Robotics" in report.read_text(encoding="utf-8")
    assert min(d["announced_date"] or date.max for d in deals) >= date(2025, 1, 1)
    assert Decimal(0) < sum((e["amount_eur"] or Decimal(0)) for e in events)


@pytest.mark.slow
@needs_chromium
def test_report_from_the_sample_corpus_renders_in_browser(tmp_path: Path) -> None:
    """`make extract` then `make report` on corpus/ (the same commands), and the page in the browser."""
    import subprocess
    import sys

    for module in ("pipeline.money", "pipeline.dates", "pipeline.parties", "pipeline.deals"):
        pytest.importorskip(module)
    repo = Path(__file__).resolve().parent.parent
    output = tmp_path / "output"
    extract = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", "--corpus", str(repo / "corpus"), "--output", str(output), "--model", "none"],
        capture_output=True, text=True, cwd=repo, timeout=600, check=False,
    )  # fmt: skip
    assert extract.returncode in (0, 3), extract.stderr[-2000:]  # 3: some sample inputs are bad on purpose
    made = subprocess.run(
        [sys.executable, "-m", "pipeline", "report", "--output", str(output)],
        capture_output=True, text=True, cwd=repo, timeout=600, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr[-2000:]
    report = output / "report.html"
    result = run_chromium(tmp_path, report.as_uri(), "--dump-dom")
    state = page_state(result.stdout)
    assert (state.get("ready"), state.get("charts-rendered"), state.get("charts-total")) == ("1", str(N_CHARTS), str(N_CHARTS))
    assert "js-errors" not in state, state.get("js-error-messages")
    assert console_lines(result.stderr) == []
    n_events = pq.read_metadata(output / "deal_events.parquet").num_rows
    assert n_events > 0 and result.stdout.count('<tr class="event">') == n_events
