"""The SAKIP achievement formulas and rating bands (DESIGN.md, "Achievement"), edge by edge."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reports.achievement import Band, Polarity, absorption, achievement, average, band, target_met

values = st.decimals(min_value=D("0.01"), max_value=D("1000000"), places=2, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(
    ("polarity", "target", "realisation", "upper", "expected"),
    [
        (Polarity.HIGHER, D(80), D(72), None, D(90)),
        (Polarity.HIGHER, D(200), D(150), None, D(75)),
        (Polarity.HIGHER, D(50), D(60), None, D(120)),
        (Polarity.LOWER, D(20), D(18), None, D(110)),
        (Polarity.LOWER, D(20), D(25), None, D(75)),
        (Polarity.LOWER, D(10), D(30), None, D(-100)),
        (Polarity.RANGE, D(25), D(20), D(30), D(80)),  # below the range: r / a
        (Polarity.RANGE, D(25), D(25), D(30), D(100)),  # on the lower edge
        (Polarity.RANGE, D(25), D(27), D(30), D(100)),  # inside
        (Polarity.RANGE, D(25), D(30), D(30), D(100)),  # on the upper edge
        (Polarity.RANGE, D(25), D(33), D(30), D(90)),  # above: (2 − r / b)
        (Polarity.RANGE, D("6.5"), D("8.5"), D("8.5"), D(100)),
    ],
)
def test_achievement_follows_the_sakip_formula(polarity, target, realisation, upper, expected):
    assert achievement(polarity=polarity, target=target, realisation=realisation, upper=upper) == expected


@pytest.mark.parametrize(
    ("polarity", "target", "realisation", "upper"),
    [
        (Polarity.HIGHER, D(0), D(5), None),  # zero target
        (Polarity.LOWER, D(0), D(5), None),
        (Polarity.HIGHER, None, D(5), None),  # missing target
        (Polarity.HIGHER, D(5), None, None),  # missing realisation
        (Polarity.LOWER, D(5), None, None),
        (Polarity.RANGE, D(25), D(27), None),  # a range without its upper bound
        (Polarity.RANGE, D(30), D(27), D(25)),  # an upside-down range
        (Polarity.RANGE, D(0), D(-1), D(5)),  # below a range starting at zero
        (Polarity.RANGE, D(0), D(1), D(0)),  # above a range ending at zero
        ("sideways", D(5), D(5), None),  # unknown polarity
    ],
)
def test_achievement_without_a_computable_value_is_no_data(polarity, target, realisation, upper):
    assert achievement(polarity=polarity, target=target, realisation=realisation, upper=upper) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D(150), Band.VERY_GOOD),
        (D(91), Band.VERY_GOOD),
        (D("90.99"), Band.GOOD),
        (D(90), Band.GOOD),
        (D(76), Band.GOOD),
        (D("75.99"), Band.FAIR),
        (D(66), Band.FAIR),
        (D("65.99"), Band.POOR),
        (D(51), Band.POOR),
        (D("50.01"), Band.POOR),
        (D(50), Band.VERY_POOR),
        (D(0), Band.VERY_POOR),
        (D(-100), Band.VERY_POOR),
        (None, None),
    ],
)
def test_band_edges(value, expected):
    assert band(value) == expected


@given(target=values, realisation=values)
def test_higher_is_better_grows_with_realisation(target, realisation):
    lower = achievement(polarity=Polarity.HIGHER, target=target, realisation=realisation)
    higher = achievement(polarity=Polarity.HIGHER, target=target, realisation=realisation + 1)
    assert higher > lower
    assert (lower >= 100) == (realisation >= target)


@given(target=values, realisation=values)
def test_lower_is_better_mirrors_higher_is_better_around_the_target(target, realisation):
    up = achievement(polarity=Polarity.HIGHER, target=target, realisation=realisation)
    down = achievement(polarity=Polarity.LOWER, target=target, realisation=realisation)
    assert up + down == 200
    assert (down >= 100) == (realisation <= target)


@given(lower=values, width=values, realisation=values)
def test_a_range_gives_100_inside_and_less_outside(lower, width, realisation):
    upper = lower + width
    value = achievement(polarity=Polarity.RANGE, target=lower, realisation=realisation, upper=upper)
    if lower <= realisation <= upper:
        assert value == 100
    else:
        assert value < 100


@given(value=st.decimals(min_value=-1000, max_value=1000, allow_nan=False, allow_infinity=False))
def test_every_value_gets_exactly_one_band_and_better_values_never_a_worse_one(value):
    rating = band(value)
    assert rating in Band
    order = list(Band)
    assert order.index(band(value + 1)) <= order.index(rating)


def test_absorption_and_average_never_invent_a_zero():
    assert absorption(ceiling=D(1_000_000), spending=D(925_000)) == D("92.5")
    assert absorption(ceiling=D(0), spending=D(5)) is None
    assert absorption(ceiling=None, spending=D(5)) is None
    assert average([D(80), None, D(100)]) == D(90)
    assert average([None, None]) is None
    assert average([]) is None


@pytest.mark.parametrize(
    ("polarity", "target", "realisation", "upper", "met"),
    [
        (Polarity.HIGHER, D(80), D(80), None, True),
        (Polarity.HIGHER, D(80), D("79.99"), None, False),
        (Polarity.LOWER, D(16), D("16.83"), None, False),  # stunting: 94.8%, "very good", and still missed
        (Polarity.LOWER, D(16), D(16), None, True),
        (Polarity.RANGE, D(25), D(30), D(30), True),
        (Polarity.RANGE, D(25), D("24.9"), D(30), False),
        (Polarity.RANGE, D(25), D(31), D(30), False),
        (Polarity.HIGHER, None, D(5), None, None),
        (Polarity.LOWER, D(5), None, None, None),
        (Polarity.RANGE, D(25), D(27), None, None),  # a range without its upper bound says nothing
    ],
)
def test_a_target_is_met_in_the_indicators_direction_whatever_its_band(polarity, target, realisation, upper, met):
    assert target_met(polarity=polarity, target=target, realisation=realisation, upper=upper) is met


def test_a_missed_lower_is_better_target_can_still_be_rated_very_good():
    capaian = achievement(polarity=Polarity.LOWER, target=D(16), realisation=D("16.83"))

    assert band(capaian) == Band.VERY_GOOD
    assert target_met(polarity=Polarity.LOWER, target=D(16), realisation=D("16.83")) is False


@given(target=values, realisation=values)
def test_met_is_an_achievement_of_at_least_100_for_one_way_indicators(target, realisation):
    for polarity in (Polarity.HIGHER, Polarity.LOWER):
        value = achievement(polarity=polarity, target=target, realisation=realisation)
        assert target_met(polarity=polarity, target=target, realisation=realisation) == (value >= 100)
