"""``output/report.html``: one self-contained page of charts and the deal events with their evidence.

No network and no CDN: the charts are SVG drawn here in Python, the page's little
JavaScript (search, sorting, a render check) is inline in templates/report.html. The
data comes from the views of ``pipeline.duckdb_export`` over the Parquet files.

>>> short_money(3_500_000_000), short_money(120_000_000), short_money(45_000), short_money(None)
('3.5 bn', '120 m', '45 k', '–')
"""

from __future__ import annotations

import argparse
import html
import math
import os
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Sequence

from pipeline.duckdb_export import connect_output
from pipeline.store import make_readable

TEMPLATE = Path(__file__).resolve().parent / "templates" / "report.html"
REPORT_NAME = "report.html"

# Status colours, keep in sync with the .status-* classes in templates/report.html.
STATUS_COLORS = {"completed": "#1d4ed8", "planned": "#f59e0b", "rumored": "#9ca3af", "rejected": "#dc2626"}
STATUS_ORDER = ("completed", "planned", "rumored", "rejected")
# One colour per company in the valuation chart (Tableau 10: distinguishable, colour-blind aware).
SERIES_COLORS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")

MAX_COMPANIES = 15
MAX_INVESTORS = 15
MAX_VALUATION_COMPANIES = len(SERIES_COLORS)
MAX_MONTHS = 60
CHART_WIDTH = 720


def short_money(value: float | Decimal | None) -> str:
    """A compact amount for axes and labels (the currency is named in the chart title)."""
    if value is None:
        return "–"
    value = float(value)
    for factor, unit in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= factor:
            return f"{value / factor:.3g} {unit}"
    return f"{value:.3g}"


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``ticks`` ticks up to ``maximum``.

    >>> nice_step(130e6), nice_step(7), nice_step(0)
    (50000000.0, 2.0, 1.0)
    """
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if raw <= multiple * power:
            return float(multiple * power)
    return float(10 * power)


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _svg(chart: str, label: str, width: int, height: int, body: Iterable[str]) -> str:
    return (
        f'<svg class="chart" data-chart="{chart}" role="img" aria-label="{_e(label)}" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
        + "".join(body)
        + "</svg>"
    )


def _empty(chart: str, label: str, message: str) -> str:
    return _svg(chart, label, CHART_WIDTH, 60, [f'<text class="empty" x="10" y="35">{_e(message)}</text>'])


@dataclass
class Stack:
    """One bar of a stacked bar chart: a label and a value per status."""

    label: str
    values: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.values.values())


def stacked_bars_horizontal(chart: str, label: str, bars: Sequence[Stack], unit: str) -> str:
    """Horizontal stacked bars, one per label, coloured by status, with a value axis."""
    if not bars:
        return _empty(chart, label, "No amounts to show yet.")
    left, right, top, row = 190, 70, 24, 26
    height = top + row * len(bars) + 10
    step = nice_step(max(b.total for b in bars))
    axis_max = step * math.ceil(max(b.total for b in bars) / step)
    scale = (CHART_WIDTH - left - right) / axis_max
    body = []
    for i in range(int(round(axis_max / step)) + 1):
        x = left + i * step * scale
        body.append(f'<line class="grid" x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 8}"/>')
        body.append(f'<text class="tick" x="{x:.1f}" y="{top - 10}" text-anchor="middle">{short_money(i * step)}</text>')
    for i, bar in enumerate(bars):
        y = top + i * row
        body.append(f'<text class="label" x="{left - 8}" y="{y + row / 2 + 4:.1f}" text-anchor="end">{_e(_clip(bar.label, 26))}</text>')
        x = float(left)
        for status in STATUS_ORDER:
            value = bar.values.get(status, 0.0)
            if value <= 0:
                continue
            width = max(value * scale, 1.0)
            body.append(
                f'<rect class="mark" data-mark="1" x="{x:.1f}" y="{y + 4}" width="{width:.1f}" height="{row - 8}" '
                f'fill="{STATUS_COLORS[status]}"><title>{_e(bar.label)} – {status}: {short_money(value)} {unit}</title></rect>'
            )
            x += width
        body.append(f'<text class="value" x="{x + 6:.1f}" y="{y + row / 2 + 4:.1f}">{short_money(bar.total)}</text>')
    return _svg(chart, label, CHART_WIDTH, height, body)


def stacked_bars_vertical(chart: str, label: str, bars: Sequence[Stack], unit: str) -> str:
    """Vertical stacked bars over consecutive periods (months), coloured by status."""
    if not bars:
        return _empty(chart, label, "No dated amounts to show yet.")
    left, right, top, bottom, height = 70, 16, 16, 46, 300
    plot_height = height - top - bottom
    step = nice_step(max(b.total for b in bars))
    axis_max = step * math.ceil(max(b.total for b in bars) / step) or step
    scale = plot_height / axis_max
    slot = (CHART_WIDTH - left - right) / len(bars)
    body = []
    for i in range(int(round(axis_max / step)) + 1):
        y = height - bottom - i * step * scale
        body.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{CHART_WIDTH - right}" y2="{y:.1f}"/>')
        body.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{short_money(i * step)}</text>')
    every = max(1, math.ceil(len(bars) / 12))  # at most ~12 period labels
    for i, bar in enumerate(bars):
        x = left + i * slot + slot * 0.15
        y = float(height - bottom)
        for status in STATUS_ORDER:
            value = bar.values.get(status, 0.0)
            if value <= 0:
                continue
            bar_height = max(value * scale, 1.0)
            y -= bar_height
            body.append(
                f'<rect class="mark" data-mark="1" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{bar_height:.1f}" '
                f'fill="{STATUS_COLORS[status]}"><title>{_e(bar.label)} – {status}: {short_money(value)} {unit}</title></rect>'
            )
        if i % every == 0:
            body.append(
                f'<text class="tick" x="{x + slot * 0.35:.1f}" y="{height - bottom + 16}" text-anchor="middle">{_e(bar.label)}</text>'
            )
    return _svg(chart, label, CHART_WIDTH, height, body)


def bars_horizontal(chart: str, label: str, bars: Sequence[tuple[str, float, str]]) -> str:
    """Plain horizontal bars: (label, value, text shown after the bar)."""
    if not bars:
        return _empty(chart, label, "No investors named yet.")
    left, right, top, row = 190, 170, 8, 24
    height = top + row * len(bars) + 8
    scale = (CHART_WIDTH - left - right) / max(v for _, v, _ in bars)
    body = []
    for i, (name, value, note) in enumerate(bars):
        y = top + i * row
        width = max(value * scale, 1.0)
        body.append(f'<text class="label" x="{left - 8}" y="{y + row / 2 + 4:.1f}" text-anchor="end">{_e(_clip(name, 26))}</text>')
        body.append(
            f'<rect class="mark" data-mark="1" x="{left}" y="{y + 4}" width="{width:.1f}" height="{row - 8}" '
            f'fill="{STATUS_COLORS["completed"]}"><title>{_e(name)}: {_e(note)}</title></rect>'
        )
        body.append(f'<text class="value" x="{left + width + 6:.1f}" y="{y + row / 2 + 4:.1f}">{_e(note)}</text>')
    return _svg(chart, label, CHART_WIDTH, height, body)


def valuation_lines(chart: str, label: str, series: dict[str, list[tuple[date, float, str]]], unit: str) -> str:
    """One line per company over time, on a logarithmic value axis (valuations span orders of magnitude)."""
    points = [p for pts in series.values() for p in pts]
    if not points:
        return _empty(chart, label, "No valuations with a date yet.")
    left, right, top, bottom, height = 70, 20, 16, 40, 320
    first = min(d for d, _, _ in points).toordinal() - 20
    last = max(d for d, _, _ in points).toordinal() + 20
    low_exp = math.floor(math.log10(min(v for _, v, _ in points)))
    high_exp = max(math.ceil(math.log10(max(v for _, v, _ in points))), low_exp + 1)

    def x_of(day: date) -> float:
        return left + (day.toordinal() - first) / (last - first) * (CHART_WIDTH - left - right)

    def y_of(value: float) -> float:
        return height - bottom - (math.log10(value) - low_exp) / (high_exp - low_exp) * (height - top - bottom)

    body = []
    for exponent in range(low_exp, high_exp + 1):
        y = y_of(10.0**exponent)
        body.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{CHART_WIDTH - right}" y2="{y:.1f}"/>')
        body.append(f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{short_money(10.0**exponent)}</text>')
    for year in range(date.fromordinal(first).year, date.fromordinal(last).year + 1):
        for month in (1, 7):
            tick = date(year, month, 1)
            if first <= tick.toordinal() <= last:
                x = x_of(tick)
                body.append(f'<line class="grid" x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{height - bottom}"/>')
                body.append(f'<text class="tick" x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle">{tick:%Y-%m}</text>')
    for i, (company, pts) in enumerate(series.items()):
        color = SERIES_COLORS[i % len(SERIES_COLORS)]
        pts = sorted(pts)
        if len(pts) > 1:
            path = " ".join(f"{x_of(d):.1f},{y_of(v):.1f}" for d, v, _ in pts)
            body.append(f'<polyline class="series" points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
        for day, value, status in pts:
            opacity = "1" if status == "completed" else "0.45"  # rumoured and planned values drawn paler
            body.append(
                f'<circle class="mark" data-mark="1" cx="{x_of(day):.1f}" cy="{y_of(value):.1f}" r="5" fill="{color}" fill-opacity="{opacity}">'
                f"<title>{_e(company)}: {short_money(value)} {unit} on {day.isoformat()} ({status})</title></circle>"
            )
    return _svg(chart, label, CHART_WIDTH, height, body)


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _months(first: date, last: date) -> list[date]:
    months, current = [], date(first.year, first.month, 1)
    while current <= last and len(months) < MAX_MONTHS:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def _rows(con: Any, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def chart_by_company(con: Any, currency: str) -> str:
    column = f"amount_{currency.lower()}"
    rows = _rows(con, f"SELECT company, status, CAST({column} AS DOUBLE) AS amount FROM funding_by_company WHERE {column} > 0")
    totals: dict[str, dict[str, float]] = defaultdict(dict)
    for r in rows:
        totals[r["company"]][r["status"]] = r["amount"]
    bars = sorted((Stack(c, v) for c, v in totals.items()), key=lambda s: (-s.total, s.label))[:MAX_COMPANIES]
    return stacked_bars_horizontal("by-company", f"Money raised by company ({currency})", bars, currency)


def chart_by_month(con: Any, currency: str) -> str:
    column = f"amount_{currency.lower()}"
    rows = _rows(con, f"SELECT funding_month, status, CAST({column} AS DOUBLE) AS amount FROM funding_by_month WHERE {column} > 0")
    if not rows:
        return stacked_bars_vertical("by-month", f"Money raised by month ({currency})", [], currency)
    by_month: dict[date, dict[str, float]] = defaultdict(dict)
    for r in rows:
        by_month[r["funding_month"]][r["status"]] = r["amount"]
    last = max(by_month)
    months = _months(max(min(by_month), date(last.year - MAX_MONTHS // 12, last.month, 1)), last)
    bars = [Stack(f"{m:%Y-%m}", by_month.get(m, {})) for m in months]
    return stacked_bars_vertical("by-month", f"Money raised by month ({currency})", bars, currency)


def chart_investors(con: Any, currency: str) -> str:
    column = f"rounds_total_{currency.lower()}"
    rows = _rows(
        con,
        f"SELECT investor, n_deal_events, n_led, CAST({column} AS DOUBLE) AS total FROM investor_totals "
        f"ORDER BY n_deal_events DESC, total DESC NULLS LAST, investor LIMIT {MAX_INVESTORS}",
    )
    bars = [
        (
            r["investor"],
            float(r["n_deal_events"]),
            f"{r['n_deal_events']} deal{'s' if r['n_deal_events'] != 1 else ''}"
            + (f", {r['n_led']} led" if r["n_led"] else "")
            + (f" · {short_money(r['total'])} {currency}" if r["total"] else ""),
        )
        for r in rows
    ]
    return bars_horizontal("investors", "Top investors by number of deals", bars)


def chart_valuations(con: Any, currency: str) -> str:
    column = f"value_{currency.lower()}"
    rows = _rows(
        con,
        f"SELECT company, valuation_date, CAST({column} AS DOUBLE) AS value, status FROM valuations_over_time "
        f"WHERE {column} > 0 AND valuation_date IS NOT NULL",
    )
    series: dict[str, list[tuple[date, float, str]]] = defaultdict(list)
    for r in rows:
        series[r["company"]].append((r["valuation_date"], r["value"], r["status"]))
    top = sorted(series, key=lambda c: (-max(v for _, v, _ in series[c]), c))[:MAX_VALUATION_COMPANIES]
    return valuation_lines("valuations", f"Valuations over time ({currency}, log scale)", {c: series[c] for c in top}, currency)


def valuation_legend(con: Any, currency: str) -> str:
    column = f"value_{currency.lower()}"
    rows = _rows(
        con,
        f"SELECT company, max(CAST({column} AS DOUBLE)) AS top FROM valuations_over_time "
        f"WHERE {column} > 0 AND valuation_date IS NOT NULL GROUP BY company ORDER BY top DESC, company LIMIT {MAX_VALUATION_COMPANIES}",
    )
    items = [
        f'<li><span class="swatch" style="background:{SERIES_COLORS[i % len(SERIES_COLORS)]}"></span>{_e(r["company"])}</li>'
        for i, r in enumerate(rows)
    ]
    return f'<ul class="legend">{"".join(items)}</ul>' if items else ""


def _money_cell(amount: Any, currency: Any, qualifier: Any, low: Any = None, high: Any = None) -> str:
    hedge = {"approx": "~", "almost": "<", "up_to": "≤", "over": ">", "at_least": "≥"}.get(qualifier or "", "")
    if amount is not None:
        return f"{hedge}{short_money(amount)} {currency or ''}".strip()
    if low is not None and high is not None:
        return f"{short_money(low)}–{short_money(high)} {currency or ''}".strip()
    return "–"


def _split(names: str | None) -> list[str]:
    return [n for n in (names or "").split(", ") if n]


def _parties_cell(event: dict[str, Any]) -> str:
    """'lead: A; investors: B, C; acquirers: D' with each name once."""
    leads = _split(event["lead_investors"])
    others = [n for n in _split(event["investors"]) if n not in leads]
    parts = [(label, names) for label, names in (("lead", leads), ("investors", others), ("acquirers", _split(event["acquirers"]))) if names]
    return "; ".join(f"{label}: {_e(', '.join(names))}" for label, names in parts)


def deal_table(con: Any, currency: str) -> tuple[str, int]:
    """The searchable table: one row per deal event, its reports (evidence, article) in a <details>."""
    events = _rows(con, "SELECT * FROM deal_events ORDER BY coalesce(announced_date, first_reported_date) DESC NULLS LAST, target")
    reports: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _rows(con, "SELECT * FROM deal_event_evidence ORDER BY reported_date NULLS LAST, article_id, deal_id"):
        reports[r["deal_event_id"]].append(r)
    body = []
    for e in events:
        converted = e.get(f"amount_{currency.lower()}")
        date_shown = e["announced_date"] or e["first_reported_date"]
        items = []
        for r in reports.get(e["deal_event_id"], []):
            title = _e(r["article_title"] or r["source_path"] or r["article_id"])
            link = f'<a href="{_e(r["article_url"])}" rel="noreferrer">{title}</a>' if r["article_url"] else title
            items.append(
                f'<li><span class="meta">{_e(r["reported_date"] or "undated")} · <span class="status status-{_e(r["reported_status"])}">'
                f'{_e(r["reported_status"])}</span> · {link}'
                f'{" · " + _e(r["article_source"]) if r["article_source"] else ""}'
                f' <code>{_e(r["source_path"] or r["article_id"])}</code></span>'
                f'<blockquote>{_e(r["evidence"])}</blockquote></li>'
            )
        parties = _parties_cell(e)
        body.append(
            "<tr class=\"event\">"
            f'<td data-sort="{_e((e["target"] or "").casefold())}"><strong>{_e(e["target"] or "unknown")}</strong></td>'
            f'<td>{_e(e["type"].replace("_", " "))}{"<br><small>" + _e(e["round"]) + "</small>" if e["round"] else ""}</td>'
            f'<td data-sort="{float(converted) if converted is not None else -1}" class="num">'
            f'{_money_cell(e["amount"], e["currency"], e["qualifier"], e["amount_low"], e["amount_high"])}'
            f'<br><small>{short_money(converted)} {currency}</small></td>'
            f'<td><span class="status status-{_e(e["status"])}">{_e(e["status"])}</span></td>'
            f'<td data-sort="{_e(date_shown or "")}" class="date">{_e(date_shown or "–")}</td>'
            f'<td data-sort="{e["n_articles"]}" class="num">{e["n_articles"]}</td>'
            f"<td>{parties or '–'}</td>"
            f'<td><details><summary>{len(items)} report{"s" if len(items) != 1 else ""}</summary><ol class="reports">{"".join(items)}</ol></details></td>'
            "</tr>"
        )
    return "".join(body), len(events)


def summary(con: Any, currency: str) -> str:
    column = f"amount_{currency.lower()}"
    counts = con.execute(
        f"""SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM deals), (SELECT count(*) FROM deal_events),
                   (SELECT CAST(sum({column}) AS DOUBLE) FROM deal_events
                     WHERE status = 'completed' AND type IN ('funding_round', 'investment')),
                   (SELECT count(DISTINCT company) FROM valuation_history)"""
    ).fetchone()
    articles, reports, events, raised, valued = counts
    facts = (
        (articles, "articles"),
        (reports, "deal reports"),
        (events, "deal events"),
        (f"{short_money(raised)} {currency}", "raised in completed rounds"),
        (valued, "companies with valuations"),
    )
    return "".join(f'<div class="fact"><strong>{_e(value)}</strong><span>{_e(text)}</span></div>' for value, text in facts)


def render(con: Any, currency: str = "USD", generated: datetime | None = None) -> str:
    """The report page as a string, from a connection with the output views."""
    generated = generated or datetime.now(timezone.utc)
    rows, n_events = deal_table(con, currency)
    valuations = chart_valuations(con, currency)
    parts = {
        "title": "Deals and valuations – newsfacts report",
        "generated": generated.strftime("%Y-%m-%d %H:%M UTC"),
        "summary": summary(con, currency),
        "chart_by_company": chart_by_company(con, currency),
        "chart_by_month": chart_by_month(con, currency),
        "chart_investors": chart_investors(con, currency),
        "chart_valuations": valuations + valuation_legend(con, currency),
        "currency": currency,
        "deal_rows": rows,
        "n_events": str(n_events),
    }
    page = TEMPLATE.read_text(encoding="utf-8")
    for name, value in parts.items():
        marker = "{{ " + name + " }}"
        if marker not in page:
            raise ValueError(f"templates/report.html has no {marker}")
        page = page.replace(marker, value if name.startswith(("chart_", "summary", "deal_rows")) else _e(value))
    return page


def build_report(output_dir: Path, currency: str = "USD") -> Path:
    """Write ``output_dir/report.html`` from the Parquet tables there (consolidating first if needed)."""
    output_dir = Path(output_dir)
    con = connect_output(output_dir)
    try:
        page = render(con, currency)
    finally:
        con.close()
    target = output_dir / REPORT_NAME
    handle, temp = tempfile.mkstemp(dir=output_dir, prefix=f".{REPORT_NAME}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(page)
        make_readable(temp)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def main_report(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline report", description="Write report.html from the output tables (consolidating deal events first when needed).")
    parser.add_argument("--output", type=Path, default=Path("output"), help="folder holding the Parquet tables (default: output)")
    parser.add_argument("--currency", choices=["USD", "EUR"], default="USD", help="currency of the charts (default USD)")
    args = parser.parse_args(argv)
    if not (args.output / "articles.parquet").exists():
        print(f"error: {args.output}/articles.parquet not found: run `make extract` first", file=sys.stderr)
        return 2
    path = build_report(args.output, args.currency)
    print(f"report: {path}")
    return 0
