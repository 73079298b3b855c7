"""Server-drawn charts: valid, labelled SVG whose bars are to scale and whose table repeats the labels' numbers."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils.translation import override

from reports.achievement import BAND_ORDER, Band, Polarity
from reports.charts import band_chart, budget_chart, target_chart, trend_chart
from reports.models import BudgetLine, Indicator, PerformanceReportPage
from reports.selectors import IndicatorResult, TrendPoint

SVG = "{http://www.w3.org/2000/svg}"


def result(**fields) -> IndicatorResult:
    """An indicator in memory (no database); whole-number values become Decimals, as the model stores them."""
    values = {key: Decimal(value) if isinstance(value, int) else value for key, value in fields.items()}
    indicator = Indicator(code="IKU-1", name="Angka partisipasi sekolah", **{"measure_unit": "%", **values})
    return IndicatorResult(indicator=indicator, achievement=indicator.achievement, band=indicator.band)


def parse(chart) -> ET.Element:
    return ET.fromstring(str(chart))


def bars(figure: ET.Element) -> list[ET.Element]:
    """The drawn bars, without the two legend swatches at the top."""
    return [rect for rect in figure.iter(f"{SVG}rect") if float(rect.get("y")) > 30]


def width(rect: ET.Element) -> float:
    return float(rect.get("width"))


def svg_texts(figure: ET.Element) -> list[str]:
    return [text.text for text in figure.iter(f"{SVG}text")]


def table_cells(figure: ET.Element) -> list[str]:
    return [cell.text for cell in figure.iter("td")]


def test_every_chart_is_none_without_data():
    assert target_chart([]) is None
    assert trend_chart([]) is None
    assert budget_chart([]) is None
    assert band_chart([(rating, 0) for rating in BAND_ORDER]) is None


def test_svg_is_labelled_by_its_title_and_a_description_of_the_data():
    with override("en"):
        figure = parse(target_chart([result(target=100, realisation=100), result(target=100, realisation=40)]))

    svg = figure.find(f"{SVG}svg")
    assert figure.get("class").split()[0] == "chart"
    assert svg.get("role") == "img"
    title_id, desc_id = svg.get("aria-labelledby").split()
    assert svg.find(f"{SVG}title").get("id") == title_id
    assert svg.find(f"{SVG}desc").get("id") == desc_id
    assert svg.find(f"{SVG}desc").text == "1 of 2 indicators met their target."
    assert svg.get("width") == "100%" and svg.get("viewBox").startswith("0 0 ")


def test_the_table_of_the_same_figures_is_under_the_chart_in_details_with_a_caption():
    figure = parse(target_chart([result(target=100, realisation=90)]))

    details = figure.find("details")
    table = details.find(".//table")
    assert [child.tag for child in figure][-1] == "details" and details.find("summary").text
    assert table.get("class") == "chart__table"
    assert table.find("caption").text


def test_realisation_at_half_the_target_is_drawn_half_as_long():
    target, realisation = bars(parse(target_chart([result(target=100, realisation=50)])))

    assert width(realisation) == pytest.approx(width(target) / 2, abs=0.1)
    assert "chart__bar--target" in target.get("class")
    assert "chart__bar--target" not in realisation.get("class")


def test_each_indicator_is_scaled_to_its_own_largest_value():
    chart = target_chart(
        [result(target=100, realisation=80), result(measure_unit="per 1.000 KH", target=5, realisation=4)]
    )

    percent_target, percent_realisation, births_target, births_realisation = bars(parse(chart))
    assert width(births_target) == pytest.approx(width(percent_target))
    assert width(births_realisation) == pytest.approx(width(percent_realisation))


def test_range_target_is_drawn_from_its_lower_to_its_upper_bound():
    chart = target_chart([result(polarity=Polarity.RANGE, target=2, target_upper=4, realisation=3)])

    target, realisation = bars(parse(chart))
    assert float(target.get("x")) == pytest.approx(width(target), abs=0.1)
    assert float(target.get("x")) + width(target) == pytest.approx(width(realisation) * 4 / 3, abs=0.1)


def test_indicator_without_realisation_gets_a_no_data_row_instead_of_bars():
    with override("en"):
        figure = parse(target_chart([result(target=100, realisation=None), result(target=100, realisation=100)]))

    assert len(bars(figure)) == 2
    assert "no data" in svg_texts(figure)
    assert figure.find(f"{SVG}svg/{SVG}desc").text.endswith("1 has no data.")


def test_table_holds_the_same_formatted_numbers_as_the_labels():
    chart = target_chart(
        [result(target=90, realisation=Decimal("87.25")), result(measure_unit="indeks", target=3, realisation=4)]
    )

    figure = parse(chart)
    assert table_cells(figure) == ["90%", "87,25%", "Belum tercapai", "3 indeks", "4 indeks", "Tercapai"]
    drawn = " ".join(svg_texts(figure))
    assert all(cell in drawn for cell in table_cells(figure))


@pytest.mark.parametrize(("language", "label"), [("id", "1.234,5 orang"), ("en", "1,234.5 orang")])
def test_numbers_are_written_in_the_active_language_but_coordinates_are_not(language, label):
    with override(language):
        figure = parse(target_chart([result(measure_unit="orang", target=2000, realisation=Decimal("1234.5"))]))

    assert label in svg_texts(figure) and label in table_cells(figure)
    numbers = re.compile(r"^-?\d+(\.\d+)?$")
    for rect in figure.iter(f"{SVG}rect"):
        assert all(numbers.match(rect.get(name)) for name in ("x", "y", "width", "height"))


def test_two_charts_of_the_same_kind_have_different_ids():
    results = [result(target=100, realisation=100)]
    first, second = parse(target_chart(results)), parse(target_chart(results))
    ids = {element.get("id") for figure in (first, second) for element in figure.iter() if element.get("id")}

    assert len(ids) == 6  # each chart's title, description and table caption


def test_a_key_gives_stable_ids():
    chart = budget_chart([BudgetLine(programme="Program A", ceiling=Decimal(100), spending=Decimal(50))], key="Dinas 1")

    assert (
        parse(chart).find(f"{SVG}svg").get("aria-labelledby") == "chart-budget-dinas-1-title chart-budget-dinas-1-desc"
    )


def test_budget_bar_above_the_ceiling_is_clipped_but_labelled_with_the_true_value():
    lines = [
        BudgetLine(programme="Program A", ceiling=Decimal(1000), spending=Decimal(500)),
        BudgetLine(programme="Program B", ceiling=Decimal(100), spending=Decimal(300)),
    ]
    with override("en"):
        figure = parse(budget_chart(lines))

    half, over = bars(figure)
    hundred = float(figure.find(f"{SVG}svg/{SVG}line").get("x1"))
    assert width(half) == pytest.approx(hundred / 2, abs=0.1)
    assert hundred < width(over) < hundred * 1.1
    assert "chart__bar--over" in over.get("class")
    assert "300%" in svg_texts(figure) and table_cells(figure) == ["50%", "300%"]
    assert "1 programme spent more than its ceiling." in figure.find(f"{SVG}svg/{SVG}desc").text


def test_programme_without_ceiling_gets_no_data_instead_of_a_bar():
    with override("en"):
        figure = parse(budget_chart([BudgetLine(programme="Program A", ceiling=Decimal(0), spending=Decimal(0))]))

    assert bars(figure) == []
    assert "no data" in svg_texts(figure)


def test_band_bars_are_proportional_to_the_counts():
    counts = [(Band.VERY_GOOD, 4), (Band.GOOD, 2), (Band.FAIR, 0), (Band.POOR, 1), (Band.VERY_POOR, 0)]
    with override("en"):
        figure = parse(band_chart(counts))

    widths = [width(rect) for rect in figure.iter(f"{SVG}rect")]
    assert widths[1] == pytest.approx(widths[0] / 2, abs=0.1)
    assert widths[3] == pytest.approx(widths[0] / 4, abs=0.1)
    assert widths[2] == 0
    assert table_cells(figure) == ["4", "2", "0", "1", "0"]
    assert figure.find(f"{SVG}svg/{SVG}desc").text.startswith("7 units rated")


@pytest.mark.django_db  # an unsaved Wagtail page still looks up its content type
def test_trend_chart_draws_one_point_per_year_and_breaks_the_line_where_data_is_missing():
    realisations = {"2021": Decimal("69.5"), "2022": None, "2023": Decimal("72.8")}
    points = [
        TrendPoint(
            report=PerformanceReportPage(title="x", year=int(year), period="tahunan", summary="s"),
            indicator=Indicator(code="IKU-1", name="IPM", measure_unit="indeks", target=Decimal(70), realisation=value),
        )
        for year, value in realisations.items()
    ]
    with override("en"):
        figure = parse(trend_chart(points))

    realisation_line = next(path for path in figure.iter(f"{SVG}path") if path.get("class") == "chart__line")
    assert realisation_line.get("d").count("M") == 2
    assert len([dot for dot in figure.iter(f"{SVG}circle") if float(dot.get("cy")) > 30]) == 2
    assert {"indeks", "2021", "2022", "2023", "69.5", "72.8", "70"} <= set(svg_texts(figure))
    assert [cell.text for cell in figure.iter("th")] == [
        "Year",
        "Target (indeks)",
        "Realisation (indeks)",
        "Target met?",
        *realisations,
    ]
    assert table_cells(figure) == [
        "70",
        "69.5",
        "Target not met",
        "70",
        "no data",
        "no data",
        "70",
        "72.8",
        "Target met",
    ]
    assert "from 69.5 indeks to 72.8 indeks" in figure.find(f"{SVG}svg/{SVG}desc").text


def test_a_template_writes_the_chart_unescaped():
    chart = band_chart([(Band.GOOD, 3)])

    assert Template("{{ chart }}").render(Context({"chart": chart})) == str(chart)
    assert str(chart).startswith('<figure class="chart')


@pytest.mark.django_db
def test_trend_of_a_single_year_is_described_without_a_from_to():
    point = TrendPoint(
        report=PerformanceReportPage(title="x", year=2024, period="tahunan", summary="s"),
        indicator=Indicator(code="IKU-1", name="IPM", measure_unit="%", target=Decimal(90), realisation=Decimal(95)),
    )
    with override("en"):
        figure = parse(trend_chart([point]))

    assert figure.find(f"{SVG}svg/{SVG}desc").text == (
        "In 2024 the realisation was 95%; the target was 90%. ↑ Higher is better. In 2024 the target was met."
    )


def test_no_inline_styles_or_scripts():
    charts = [
        target_chart([result(target=100, realisation=50)]),
        budget_chart([BudgetLine(programme="Program A", ceiling=Decimal(100), spending=Decimal(50))]),
        band_chart([(Band.GOOD, 3)]),
    ]
    for chart in charts:
        markup = str(chart)
        assert "style=" not in markup and "<script" not in markup and "<style" not in markup


def test_a_missed_lower_is_better_target_says_its_direction_and_not_met_in_the_chart_and_its_table():
    stunting = result(polarity=Polarity.LOWER, measure_unit="%", target=16, realisation=Decimal("16.83"))

    figure = parse(target_chart([stunting]))

    assert "↓ Makin rendah makin baik · Belum tercapai" in svg_texts(figure)
    assert table_cells(figure) == ["16%", "16,83%", "Belum tercapai"]
    assert "chart__bar--missed" in bars(figure)[1].get("class")
    assert figure.find(f"{SVG}svg/{SVG}desc").text == "0 dari 1 indikator mencapai targetnya."
