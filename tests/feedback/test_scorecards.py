"""Responsiveness scorecards: each figure from known complaints, the pages that show them, and their cost."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from feedback.complaints import services
from feedback.deadlines import local_today
from feedback.models import Complaint, RejectionReason, Thread
from feedback.scorecards import EMPTY_SCORECARD, city_scorecards, unit_scorecard
from reports.services import unit_ensure_staff_group
from tests.factories import (
    ComplaintCategoryFactory,
    ComplaintsPageFactory,
    file_complaint,
)


def at(day: date) -> datetime:
    """Noon in Ambon on `day`."""
    return timezone.make_aware(datetime.combine(day, time(12)))


def routed(category, verifier, unit=None) -> Complaint:
    return services.complaint_route(complaint=file_complaint(category).complaint, unit=unit, by=verifier)


def replied(category, verifier, unit=None) -> Complaint:
    return services.complaint_reply(complaint=routed(category, verifier, unit), message="Sudah ditangani.", by=verifier)


def set_dates(complaint: Complaint, **fields) -> None:
    Complaint.objects.filter(pk=complaint.pk).update(**fields)


def test_with_no_complaints_every_figure_is_no_data(units):
    scorecard = unit_scorecard(units[0].translation_key)

    assert scorecard == EMPTY_SCORECARD
    assert scorecard.verified_on_time.percent is None
    assert scorecard.resolved_on_time.percent is None
    assert scorecard.reopened.percent is None
    assert scorecard.median_response_days is None
    assert scorecard.rating_average is None


def test_verified_on_time_counts_the_late_and_the_still_waiting(category, units, verifier):
    routed(category, verifier)  # verified today, due in 3 working days: on time
    late = routed(category, verifier)
    set_dates(late, verification_due=local_today() - timedelta(days=1))
    waiting_too_long = file_complaint(category).complaint
    set_dates(waiting_too_long, verification_due=local_today() - timedelta(days=1))
    file_complaint(category)  # still within its deadline: not judged yet

    city = city_scorecards().city
    unit = unit_scorecard(units[0].translation_key)

    assert (city.received, city.verified_on_time.part, city.verified_on_time.whole) == (4, 1, 3)
    assert city.verified_on_time.percent == Decimal("33.3")
    assert (unit.received, unit.verified_on_time.part, unit.verified_on_time.whole) == (2, 1, 2)


def test_resolved_on_time_counts_resolved_and_open_past_their_deadline(category, units, verifier):
    on_time = services.complaint_accept(complaint=replied(category, verifier))
    late = services.complaint_accept(complaint=replied(category, verifier))
    set_dates(late, resolution_due=local_today() - timedelta(days=1))
    overdue = routed(category, verifier)
    set_dates(overdue, resolution_due=local_today() - timedelta(days=1))
    routed(category, verifier)  # open and within its deadline: not judged yet
    services.complaint_reject(
        complaint=file_complaint(category).complaint, reason=RejectionReason.NOT_CITY_AUTHORITY, by=verifier
    )

    unit = unit_scorecard(units[0].translation_key)

    assert on_time.status == "selesai"
    assert (unit.resolved_on_time.part, unit.resolved_on_time.whole) == (1, 3)
    assert unit.resolved_on_time.percent == Decimal("33.3")


def test_median_response_counts_working_days_from_routing_to_the_first_reply(category, units, verifier):
    # Friday 20 to Tuesday 24 November 2026: Monday and Tuesday, 2 working days.
    for routed_on, answered_on in [
        (date(2026, 11, 20), date(2026, 11, 24)),
        (date(2026, 11, 16), date(2026, 11, 23)),  # 5 working days
        (date(2026, 11, 16), date(2026, 11, 17)),  # 1 working day
    ]:
        set_dates(replied(category, verifier), verified_at=at(routed_on), first_response_at=at(answered_on))
    routed(category, verifier)  # not replied to: no part of the median

    assert unit_scorecard(units[0].translation_key).median_response_days == Decimal(2)


def test_idul_fitri_does_not_count_as_response_time(category, units, verifier):
    # Routed on Thursday 19 March 2026; 20-24 March are Idul Fitri, its cuti bersama and a weekend.
    set_dates(replied(category, verifier), verified_at=at(date(2026, 3, 19)), first_response_at=at(date(2026, 3, 25)))
    set_dates(replied(category, verifier), verified_at=at(date(2026, 3, 19)), first_response_at=at(date(2026, 3, 26)))

    assert unit_scorecard(units[0].translation_key).median_response_days == Decimal("1.5")


def test_reopen_rate_and_rating(category, units, verifier):
    reopened = services.complaint_reject_response(complaint=replied(category, verifier), reason="Belum diperbaiki.")
    services.complaint_rate(complaint=services.complaint_accept(complaint=replied(category, verifier)), rating=5)
    services.complaint_rate(complaint=services.complaint_accept(complaint=replied(category, verifier)), rating=4)
    services.complaint_accept(complaint=replied(category, verifier))  # resolved, not rated
    routed(category, verifier)  # no response yet: not part of the reopen rate

    unit = unit_scorecard(units[0].translation_key)

    assert reopened.rejections_by_resident == 1
    assert (unit.reopened.part, unit.reopened.whole, unit.reopened.percent) == (1, 4, Decimal("25.0"))
    assert (unit.ratings, unit.rating_average) == (2, Decimal("4.5"))


def test_a_complaint_counts_for_the_unit_holding_it_and_rejections_for_the_city_only(category, units, verifier):
    handed_over = routed(category, verifier)
    services.complaint_hand_over(complaint=handed_over, unit=units[1], reason="Urusan perhubungan.", by=verifier)
    routed(category, verifier)
    services.complaint_reject(
        complaint=file_complaint(category).complaint, reason=RejectionReason.NOT_A_COMPLAINT, by=verifier
    )

    scorecards = city_scorecards()

    assert scorecards.city.received == 3
    assert scorecards.by_unit[units[0].translation_key].received == 1
    assert scorecards.by_unit[units[1].translation_key].received == 1
    assert unit_scorecard(units[1].translation_key).received == 1


def test_the_city_and_unit_figures_agree(category, units, verifier):
    other = ComplaintCategoryFactory(unit=units[1])
    services.complaint_rate(complaint=services.complaint_accept(complaint=replied(category, verifier)), rating=2)
    services.complaint_reject_response(complaint=replied(other, verifier), reason="Belum.")
    replied(other, verifier)

    scorecards = city_scorecards()

    for unit in units:
        assert scorecards.by_unit[unit.translation_key] == unit_scorecard(unit.translation_key)
    assert scorecards.city.received == 3
    assert scorecards.city.reopened.percent == Decimal("33.3")


def test_scorecards_cost_the_same_queries_for_3_and_30_complaints(category, units, verifier):
    other = ComplaintCategoryFactory(unit=units[1])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            city_scorecards()
            unit_scorecard(units[0].translation_key)
        return len(captured)

    for number in range(3):
        replied(category if number % 2 else other, verifier)
    few = queries()
    for number in range(27):
        replied(category if number % 2 else other, verifier)

    assert queries() == few


def test_the_city_page_and_the_unit_page_show_the_scorecards(client, home, category, units, verifier):
    page = ComplaintsPageFactory(parent=home)
    services.complaint_rate(complaint=services.complaint_accept(complaint=replied(category, verifier)), rating=4)

    city = client.get(f"{page.url}responsivitas/")
    unit = client.get(units[0].url)

    assert city.status_code == 200
    assert city.context["city"].received == 1
    assert [(row[0].pk, row[1].received) for row in city.context["rows"]] == [(units[0].pk, 1), (units[1].pk, 0)]
    assert unit.status_code == 200
    html = unit.content.decode()
    assert 'id="complaints-title"' in html
    assert f'href="{page.url}daftar/?opd=dinas-pupr"' in html
    assert "4 dari 5 (1 penilaian)" in html


def test_forum_answer_rate_and_time_join_the_scorecard(units, verifier):
    from feedback.forum import services as forum
    from tests.accounts.factories import ResidentFactory, UserFactory
    from tests.factories import BoardFactory

    unit_ensure_staff_group(unit=units[0])
    staff = UserFactory()
    staff.groups.add(units[0].staff_group)
    resident = ResidentFactory()
    board = BoardFactory(unit=units[0])
    threads = [forum.thread_create(board=board, author=resident, title=f"Tanya {n}", body="?") for n in range(3)]
    for thread, (opened, answered) in zip(
        threads[:2], [(date(2026, 11, 20), date(2026, 11, 24)), (date(2026, 11, 16), date(2026, 11, 23))], strict=True
    ):
        forum.post_reply(thread=thread, author=staff, body="Jawaban resmi.", official=True)
        Thread.objects.filter(pk=thread.pk).update(created_at=at(opened), official_answered_at=at(answered))
    forum.thread_create(board=BoardFactory(unit=None), author=resident, title="Umum", body="Tidak ke OPD")

    unit = unit_scorecard(units[0].translation_key)

    assert (unit.forum_answered.part, unit.forum_answered.whole) == (2, 3)
    assert unit.forum_median_days == Decimal("3.5")  # 2 and 5 working days
    assert city_scorecards().by_unit[units[0].translation_key] == unit
    assert unit_scorecard(units[1].translation_key).forum_answered.percent is None
