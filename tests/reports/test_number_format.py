"""Numbers read the way each language writes them, and missing numbers say so."""

from decimal import Decimal as D

import pytest
from django.utils import translation

from reports.achievement import Band
from reports.templatetags.report_tags import band_badge, format_number, percent, signed_percent


@pytest.mark.parametrize(
    ("value", "places", "indonesian", "english"),
    [
        (D("1234.5"), 2, "1.234,5", "1,234.5"),
        (D("1234567.891"), 2, "1.234.567,89", "1,234,567.89"),
        (D("95.1200"), 2, "95,12", "95.12"),
        (D("80.0000"), 2, "80", "80"),
        (D("0.005"), 2, "0,01", "0.01"),
        (D("1500000000"), 0, "1.500.000.000", "1,500,000,000"),
        (D("-12.345"), 1, "-12,3", "-12.3"),
        (7, 2, "7", "7"),
    ],
)
def test_numbers_follow_the_active_language(value, places, indonesian, english):
    with translation.override("id"):
        assert format_number(value, places) == indonesian
    with translation.override("en"):
        assert format_number(value, places) == english


def test_missing_values_read_no_data_in_each_language():
    with translation.override("id"):
        assert format_number(None) == "tidak ada data"
        assert percent(None) == "tidak ada data"
    with translation.override("en"):
        assert percent(None) == "no data"
        assert "no data" in band_badge(None)


def test_percentages_and_changes_carry_their_signs():
    with translation.override("id"):
        assert percent(D("98.54")) == "98,5%"
        assert signed_percent(D("3.25")) == "+3,3"
        assert signed_percent(D("-1.5")) == "−1,5"
        assert signed_percent(D(0)) == "±0"


def test_band_badge_names_the_band_in_words():
    with translation.override("id"):
        assert "Sangat Baik" in band_badge(Band.VERY_GOOD)
    with translation.override("en"):
        assert 'class="band band--kurang"' in band_badge(Band.POOR)
