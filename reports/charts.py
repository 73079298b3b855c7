"""Charts for performance reports, drawn on the server as SVG with the same numbers in a visible table.

No JavaScript and no inline styles (the Content-Security-Policy forbids both): Python computes the
geometry, `reports/charts/figure.html` draws it, and `static/css/portal.css` colours it by class.
Sizes are in viewBox units; the SVG scales to its container, down to a 360 px phone.
"""

import math
import textwrap
from collections import namedtuple
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import count

from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from reports.achievement import Band, Polarity
from reports.models import BudgetLine, Indicator
from reports.selectors import IndicatorResult, TrendPoint, report_budget_summary
from reports.templatetags.report_tags import format_number, percent

WIDTH = 560
FONT = 22  # must match `.chart__svg text` in portal.css
CHAR = FONT * 0.6  # a generous average glyph width, to reserve room for labels
LINE = 30
BAR = 24
GAP = 8
NAME_CHARS = int(WIDTH / CHAR)
OVERSHOOT = 1.08  # spending above the ceiling is drawn up to 108 % of the 100 % mark, then clipped
TARGET = "chart__bar chart__bar--target"
TARGET_LINE = "chart__line chart__line--target"

_ids = count(1)


# What the SVG template draws, in viewBox units; `css` holds class names separated by spaces.
Text = namedtuple("Text", "x y text css anchor")
Rect = namedtuple("Rect", "x y width height css")
Line = namedtuple("Line", "x1 y1 x2 y2 css")
Path = namedtuple("Path", "d css")
Point = namedtuple("Point", "x y")


@dataclass
class Shapes:
    """What the SVG template draws, in this order: lines, paths, rects, dots, texts (texts on top)."""

    lines: list[Line] = field(default_factory=list)
    rects: list[Rect] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)
    dots: list[Point] = field(default_factory=list)  # realisation values
    texts: list[Text] = field(default_factory=list)
    height: float = 0

    def rect(self, x, y, width, height, css):
        self.rects.append(Rect(round(x, 1), round(y, 1), round(max(width, 0), 1), round(height, 1), css))

    def line(self, x1, y1, x2, y2, css):
        self.lines.append(Line(round(x1, 1), round(y1, 1), round(x2, 1), round(y2, 1), css))

    def dot(self, x, y):
        self.dots.append(Point(round(x, 1), round(y, 1)))

    def text(self, x, y, text, css="", anchor="start"):
        self.texts.append(Text(round(x, 1), round(y, 1), str(text), css, anchor))

    def bar(self, x, y, width, css, label, label_x=None):
        """A bar with its value written just past its end (or in a column at `label_x`)."""
        self.rect(x, y, width, BAR, css)
        self.text((max(x + width, 0) if label_x is None else label_x) + GAP, y + BAR / 2 + FONT * 0.35, label)

    def legend(self, lines: bool = False):
        """Target and realisation told apart by outline vs fill (or dashes vs solid line) and by their names."""
        target, realisation = _("Target"), _("Realisation")
        offset = 38 + _width(target) + 24
        if lines:
            self.line(0, 14, 28, 14, TARGET_LINE)
            self.line(offset, 14, offset + 28, 14, "chart__line")
            self.rect(8, 8, 12, 12, TARGET)
            self.dot(offset + 14, 14)
        else:
            self.rect(1, 5, 28, 18, TARGET)
            self.rect(offset + 1, 5, 28, 18, "chart__bar")
        self.text(38, 22, target)
        self.text(offset + 38, 22, realisation)


@dataclass
class TableRow:
    header: str
    cells: list[str]


@dataclass
class Chart:
    """A chart ready for a template: `{{ chart }}` renders the figure with its SVG and its table."""

    kind: str
    title: str
    description: str
    shapes: Shapes
    columns: list[str]
    rows: list[TableRow]
    key: str | None = None  # makes the element ids stable; without it a counter keeps them unique
    width: int = WIDTH
    id: str = field(init=False)

    def __post_init__(self):
        self.id = f"chart-{self.kind}-{slugify(self.key) if self.key else next(_ids)}"

    def __html__(self) -> str:
        return render_to_string("reports/charts/figure.html", {"chart": self})

    def __str__(self) -> str:
        return self.__html__()


def _width(text: str) -> float:
    return len(text) * CHAR


def _wrapped(shapes: Shapes, y: float, text: str) -> float:
    """A long name over at most three lines above its bars (the table holds it whole); returns the new y."""
    for line in textwrap.wrap(text, NAME_CHARS, max_lines=3, placeholder=" …") or [""]:
        shapes.text(0, y + FONT, line, "chart__name")
        y += LINE
    return y


def _value(value: Decimal | None, unit: str) -> str:
    if value is None:
        return format_number(None)
    number = format_number(value)
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()


def _labels(indicator: Indicator, unit: str) -> list[str]:
    """[target, realisation] as the chart labels and the table cells both write them; a range as `2–4%`."""
    target = _value(indicator.target, unit)
    if indicator.polarity == Polarity.RANGE and indicator.target is not None and indicator.target_upper is not None:
        target = f"{format_number(indicator.target)}–{_value(indicator.target_upper, unit)}"
    return [target, _value(indicator.realisation, unit)]


def target_chart(results: list[IndicatorResult], key: str | None = None) -> Chart | None:
    """Target and realisation per indicator, each row on its own scale, since units differ (%, index, per 1,000)."""
    if not results:
        return None
    rows = [
        TableRow(r.indicator.name, [*_labels(r.indicator, r.indicator.measure_unit), _met_label(r.indicator.met)])
        for r in results
    ]
    label_room = max(_width(label) for row in rows for label in row.cells[:2])
    space = max(WIDTH * 0.45, WIDTH - GAP - label_room)
    shapes = Shapes()
    shapes.legend()
    y = 2 * LINE
    for result, row in zip(results, rows, strict=True):
        indicator = result.indicator
        y = _wrapped(shapes, y, indicator.name)
        # The direction and whether the target was met, in words: a bar's length alone says neither.
        status = _direction(indicator.polarity)
        if indicator.met is not None:
            status = f"{status} · {row.cells[2]}"
        shapes.text(0, y + FONT, status, "chart__muted")
        y += LINE + 4
        if indicator.target is None or indicator.realisation is None:
            shapes.text(0, y + FONT, _("no data"), "chart__muted")
            y += LINE + 2 * GAP
            continue
        upper = indicator.target_upper if indicator.polarity == Polarity.RANGE else None
        top = max(indicator.target, indicator.realisation, upper or 0)
        scale = space / float(top) if top > 0 else 0
        start = float(indicator.target) * scale if upper is not None else 0
        end = float(upper if upper is not None else indicator.target) * scale
        realised = "chart__bar" if indicator.met else "chart__bar chart__bar--missed"
        bars = [(start, end - start, TARGET), (0, float(indicator.realisation) * scale, realised)]
        for (x, width, css), label in zip(bars, row.cells[:2], strict=True):
            shapes.bar(x, y, width, css, label)
            y += BAR + GAP
        y += 2 * GAP
    met = sum(1 for result in results if result.indicator.met)
    missing = sum(1 for r in results if r.indicator.target is None or r.indicator.realisation is None)
    description = ngettext(
        "%(met)s of %(total)s indicator met its target.",
        "%(met)s of %(total)s indicators met their target.",
        len(results),
    ) % {"met": met, "total": len(results)}
    if missing:
        description += " " + ngettext("%(count)s has no data.", "%(count)s have no data.", missing) % {"count": missing}
    shapes.height = y
    columns = [_("Indicator"), _("Target"), _("Realisation"), _("Target met?")]
    return Chart("target", _("Target and realisation per indicator"), description, shapes, columns, rows, key)


def _direction(polarity: str) -> str:
    """The indicator's direction with an arrow, as the charts write it."""
    arrows = {Polarity.HIGHER: "↑", Polarity.LOWER: "↓", Polarity.RANGE: "↕"}
    return f"{arrows.get(polarity, '')} {Polarity(polarity).label}".strip()


def _met_label(met: bool | None) -> str:
    return format_number(None) if met is None else _("Target met") if met else _("Target not met")


def _ticks(low: float, high: float) -> list[float]:
    """About four round steps (1, 2, 2.5 or 5 × 10ⁿ) covering [low, high]."""
    raw = (high - low) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if raw <= m * magnitude)
    first, last = math.floor(low / step), math.ceil(high / step)
    return [round(k * step, 10) for k in range(first, last + 1)]


def trend_chart(points: list[TrendPoint], key: str | None = None) -> Chart | None:
    """One indicator across the years: realisation as a solid line with dots, target as a dashed line with squares."""
    if not points:
        return None
    latest = points[-1].indicator
    unit = latest.measure_unit
    rows = [TableRow(str(p.report.year), [*_labels(p.indicator, ""), _met_label(p.indicator.met)]) for p in points]
    values = [
        float(v)
        for p in points
        for v in (p.indicator.target, p.indicator.target_upper, p.indicator.realisation)
        if v is not None
    ]
    low, high = min(values, default=0), max(values, default=1)
    ticks = _ticks(low, high) if high > low else _ticks(low - 1, high + 1)
    tick_labels = [format_number(Decimal(str(tick))) for tick in ticks]
    pad = max(_width(label) for row in rows for label in row.cells[:2]) / 2
    left = max(_width(label) for label in tick_labels) + 2 * GAP
    top, bottom = 3 * LINE + 2 * GAP, 3 * LINE + 2 * GAP + 260
    first_x, last_x = left + pad, WIDTH - pad
    if last_x - first_x < 40 * (len(points) - 1):
        first_x, last_x = left + FONT, WIDTH - FONT

    def y_of(value: Decimal | float) -> float:
        return bottom - (float(value) - ticks[0]) / (ticks[-1] - ticks[0]) * (bottom - top)

    def x_of(i: int) -> float:
        return (first_x + last_x) / 2 if len(points) == 1 else first_x + i * (last_x - first_x) / (len(points) - 1)

    shapes = Shapes()
    shapes.legend(lines=True)
    shapes.text(0, top - LINE - GAP, unit, "chart__axis-title")
    shapes.text(WIDTH, top - LINE - GAP, _direction(latest.polarity), "chart__muted", "end")
    for tick, label in zip(ticks, tick_labels, strict=True):
        shapes.line(left, y_of(tick), WIDTH, y_of(tick), "chart__grid")
        shapes.text(left - GAP, y_of(tick) + FONT * 0.35, label, anchor="end")
    for css, field_name in (("chart__line", "realisation"), (TARGET_LINE, "target")):
        path, pen_down = [], False
        for i, point in enumerate(points):
            value = getattr(point.indicator, field_name)
            if value is not None:
                path.append(f"{'L' if pen_down else 'M'}{x_of(i):.1f} {y_of(value):.1f}")
            pen_down = value is not None
        if path:
            shapes.paths.append(Path(" ".join(path), css))
    for i, (point, row) in enumerate(zip(points, rows, strict=True)):
        indicator, x = point.indicator, x_of(i)
        shapes.text(x, bottom + 2 * LINE + 4, row.header, anchor="middle")
        target, realisation = indicator.target, indicator.realisation
        real_above = target is None or realisation is None or realisation >= target
        if target is not None:
            upper = indicator.target_upper if indicator.polarity == Polarity.RANGE else None
            y_top = y_of(upper) if upper is not None else y_of(target) - 6
            shapes.rect(x - 6, y_top, 12, y_of(target) - y_top + 6, TARGET)
            shapes.text(x, y_of(target) + (FONT + GAP if real_above else -GAP - 6), row.cells[0], anchor="middle")
        if realisation is not None:
            shapes.dot(x, y_of(realisation))
            shapes.text(x, y_of(realisation) + (-GAP - 6 if real_above else FONT + GAP), row.cells[1], anchor="middle")
    shapes.text(WIDTH / 2, bottom + 3 * LINE + 2 * GAP, _("Year"), "chart__axis-title", "middle")
    target_label, last = _labels(latest, unit)
    first = _labels(points[0].indicator, unit)[1]
    years = {"start": points[0].report.year, "end": points[-1].report.year}
    facts = {**years, "first": first, "last": last, "target": target_label}
    if len(points) == 1:
        description = _("In %(end)s the realisation was %(last)s; the target was %(target)s.") % facts
    else:
        description = (
            _(
                "From %(start)s to %(end)s the realisation went from %(first)s to %(last)s; "
                "the target for %(end)s was %(target)s."
            )
            % facts
        )
    met = {True: _("In %(end)s the target was met."), False: _("In %(end)s the target was not met.")}
    description = f"{description} {_direction(latest.polarity)}."
    if latest.met is not None:
        description = f"{description} {met[latest.met] % years}"
    shapes.height = bottom + 3 * LINE + 3 * GAP
    title = _("%(indicator)s by year") % {"indicator": latest.name}
    columns = [_("Year")] + [f"{label} ({unit})" if unit else label for label in (_("Target"), _("Realisation"))]
    columns.append(_("Target met?"))
    return Chart("trend", title, description, shapes, columns, rows, key)


def budget_chart(lines: list[BudgetLine], key: str | None = None) -> Chart | None:
    """Absorption per programme on a 0–100 % scale; overspending is clipped just past 100 % but labelled truly."""
    if not lines:
        return None
    rows = [TableRow(line.programme, [percent(line.absorption)]) for line in lines]
    space = (WIDTH - GAP - max(_width(row.cells[0]) for row in rows)) / OVERSHOOT
    shapes = Shapes()
    shapes.text(space, FONT, percent(100, 0), anchor="middle")
    y = LINE + GAP
    for line, row in zip(lines, rows, strict=True):
        y = _wrapped(shapes, y, line.programme) + 4
        value = line.absorption
        if value is None:
            shapes.text(0, y + FONT, row.cells[0], "chart__muted")
            y += LINE + 2 * GAP
            continue
        width = min(float(value), 100 * OVERSHOOT) / 100 * space
        css = "chart__bar chart__bar--over" if value > 100 else "chart__bar"
        shapes.bar(0, y, width, css, row.cells[0], label_x=space * OVERSHOOT)  # a column clear of the 100 % line
        y += BAR + 3 * GAP
    shapes.line(space, LINE, space, y, "chart__reference")
    total = report_budget_summary(lines)
    over = sum(1 for line in lines if line.absorption is not None and line.absorption > 100)
    description = ngettext(
        "%(absorption)s of the budget ceiling was spent across %(count)s programme.",
        "%(absorption)s of the budget ceiling was spent across %(count)s programmes.",
        len(lines),
    ) % {"absorption": percent(total.absorption), "count": len(lines)}
    if over:
        description += " " + ngettext(
            "%(count)s programme spent more than its ceiling.",
            "%(count)s programmes spent more than their ceiling.",
            over,
        ) % {"count": over}
    shapes.height = y
    columns = [_("Programme"), _("Absorption")]
    return Chart("budget", _("Budget absorption per programme"), description, shapes, columns, rows, key)


def band_chart(band_counts: list[tuple[Band, int]], key: str | None = None) -> Chart | None:
    """How many units earn each rating band; the band's name, not its colour, says which bar is which."""
    total = sum(number for _band, number in band_counts)
    if not total:
        return None
    rows = [TableRow(str(rating.label), [format_number(number)]) for rating, number in band_counts]
    left = max(_width(row.header) for row in rows) + 2 * GAP
    space = WIDTH - left - GAP - max(_width(row.cells[0]) for row in rows)
    top = max(number for _band, number in band_counts)
    shapes = Shapes()
    y = 0
    for (rating, number), row in zip(band_counts, rows, strict=True):
        width = number / top * space
        shapes.text(left - GAP, y + BAR / 2 + FONT * 0.35, row.header, anchor="end")
        shapes.bar(left, y, width, f"chart__bar chart__bar--{rating.value}", row.cells[0])
        y += BAR + 2 * GAP
    description = ngettext("%(total)s unit rated: %(bands)s.", "%(total)s units rated: %(bands)s.", total) % {
        "total": total,
        "bands": ", ".join(f"{row.cells[0]} {row.header}" for row in rows),
    }
    shapes.height = y - 2 * GAP
    return Chart("band", _("Units per rating band"), description, shapes, [_("Rating band"), _("Units")], rows, key)
