"""The rules of a public information request (UU 14/2008): 10 working days, extended once by 7, across Idul Fitri
2026 and its cuti bersama; refusal only on an Art. 17 ground with its consequence test; an objection only on the
Art. 35 grounds that fit, and only within its 30 working days."""

import itertools
from datetime import date, datetime, time
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from ppid import services
from ppid.models import EventKind, Exemption, InformationRequest, ObjectionGround, ObjectionOutcome, RequestStatus

pytestmark = pytest.mark.django_db

keys = itertools.count()
BEFORE_LEBARAN = date(2026, 3, 16)  # a Monday; Nyepi, Idul Fitri and cuti bersama fall on 18–24 March


def on(day: date):
    """Run as if today were `day` (the portal's local date and time)."""
    moment = timezone.make_aware(datetime.combine(day, time(10)))
    return mock.patch.multiple(
        "ppid.services", local_today=mock.Mock(return_value=day), timezone=mock.Mock(wraps=timezone, now=lambda: moment)
    )


def registered(unit=None, day=BEFORE_LEBARAN) -> InformationRequest:
    """A request registered on `day`, as its time of registration says too (for the year's figures)."""
    with on(day):
        request = services.request_file(
            unit=unit,
            information="Cakupan imunisasi dasar lengkap per kelurahan, 2025.",
            purpose="Penelitian skripsi tentang kesehatan anak di Kota Ambon.",
            channel="salinan-elektronik",
            delivery="portal",
            name="Nona Tuhumury",
            address="Jl. Dr. Kayadoe 12, Kudamati",
            identity_type="ktp",
            identity_number="8171010101900001",
            submission_key=f"permohonan-{next(keys)}",
        ).request
    request.registered_at = timezone.make_aware(datetime.combine(day, time(9)))
    InformationRequest.objects.filter(pk=request.pk).update(registered_at=request.registered_at)
    return request


def test_the_ten_working_days_and_the_extension_skip_idul_fitri_and_cuti_bersama(staff_user):
    request = registered()

    # 17 March, then 25, 26, 27, 30, 31 March and 1, 2, 6, 7 April (3 April is Good Friday).
    assert request.due_on == date(2026, 4, 7)
    with on(date(2026, 4, 6)):
        extended = services.request_extend(request=request, by=staff_user, reason="Data masih dihimpun puskesmas.")
    assert extended.status == RequestStatus.EXTENDED
    assert extended.extended_until == date(2026, 4, 16)  # 8, 9, 10, 13, 14, 15, 16 April
    assert extended.events.last().kind == EventKind.EXTENDED


def test_a_request_is_extended_once_only_and_never_after_its_deadline(staff_user):
    request = registered()
    late = registered()

    with on(date(2026, 4, 6)):
        services.request_extend(request=request, by=staff_user, reason="Data masih dihimpun.")
        with pytest.raises(ValidationError):
            services.request_extend(request=request, by=staff_user, reason="Sekali lagi.")
    with on(date(2026, 4, 8)), pytest.raises(ValidationError):
        services.request_extend(request=late, by=staff_user, reason="Terlambat.")
    with pytest.raises(ValidationError):
        services.request_extend(request=registered(), by=staff_user, reason=" ")


def test_a_refusal_needs_an_article_17_ground_and_its_consequence_test(staff_user):
    request = registered()

    for ground, test in (("", "Membahayakan."), ("17z", "Membahayakan."), (Exemption.PRIVACY, "  ")):
        with pytest.raises(ValidationError):
            services.request_refuse(request=request, by=staff_user, exemption=ground, consequence_test=test)
    refused = services.request_refuse(
        request=request,
        by=staff_user,
        exemption=Exemption.PRIVACY,
        consequence_test="Data per anak akan mengungkap riwayat kesehatan pribadi.",
    )

    assert (refused.status, refused.exemption) == (RequestStatus.REFUSED, Exemption.PRIVACY)
    with pytest.raises(ValidationError):  # decided once
        services.request_answer(request=refused, by=staff_user, message="Terlampir.")


def test_an_objection_fits_what_happened_and_is_possible_only_within_its_window(staff_user):
    unanswered = registered()
    refused = registered()
    with on(date(2026, 4, 1)):
        refused = services.request_refuse(
            request=refused, by=staff_user, exemption=Exemption.PRIVACY, consequence_test="Data pribadi."
        )

    assert services.objection_grounds(unanswered, date(2026, 4, 7)) == []  # still within the PPID's time
    assert ObjectionGround.NO_RESPONSE in services.objection_grounds(unanswered, date(2026, 4, 8))
    with pytest.raises(ValidationError):  # not the ground of a request left unanswered
        services.objection_file(request=unanswered, ground=ObjectionGround.REFUSED, reason="x", today=date(2026, 4, 8))
    assert ObjectionGround.REFUSED in services.objection_grounds(refused, date(2026, 4, 2))
    window = services.objection_window(refused, date(2026, 4, 2))
    assert window == (date(2026, 4, 1), date(2026, 5, 19))  # 30 working days: not 3 April, 1 May, 14–15 May
    with pytest.raises(ValidationError, match="30"):
        services.objection_file(request=refused, ground=ObjectionGround.REFUSED, reason="x", today=date(2026, 5, 20))

    objection = services.objection_file(
        request=refused, ground=ObjectionGround.REFUSED, reason="Data agregat tidak pribadi.", today=date(2026, 5, 19)
    )
    with pytest.raises(ValidationError):  # one at a time
        services.objection_file(
            request=refused, ground=ObjectionGround.PERIODIC_NOT_PUBLISHED, reason="x", today=date(2026, 5, 19)
        )
    answered = services.objection_answer(
        objection=objection, by=staff_user, outcome=ObjectionOutcome.UPHELD, answer="Data agregat akan diberikan."
    )
    assert answered.outcome == ObjectionOutcome.UPHELD
    assert answered.due_on == date(2026, 7, 6)  # 30 working days to answer, around Idul Adha and its cuti bersama


def test_an_answer_after_the_deadline_may_be_objected_to_as_late(staff_user):
    request = registered()
    with on(date(2026, 4, 9)):
        request = services.request_answer(request=request, by=staff_user, message="Terlampir data cakupan imunisasi.")

    assert ObjectionGround.LATE in services.objection_grounds(request, date(2026, 4, 10))
    on_time = registered()
    with on(date(2026, 4, 1)):
        on_time = services.request_answer(request=on_time, by=staff_user, message="Terlampir.")
    assert ObjectionGround.LATE not in services.objection_grounds(on_time, date(2026, 4, 2))


def test_the_same_form_sent_twice_registers_once():
    form = {
        "unit": None,
        "information": "Daftar penerima bantuan sosial 2025.",
        "purpose": "Pengawasan warga.",
        "channel": "melihat",
        "delivery": "ambil",
        "name": "Yosef Pattinama",
        "address": "Passo",
        "identity_type": "ktp",
        "identity_number": "8171",
        "submission_key": "sekali-saja-0001",
    }

    first, again = services.request_file(**form), services.request_file(**form)

    assert (first.created, again.created, again.secret) == (True, False, None)
    assert InformationRequest.objects.count() == 1
    assert first.request.registration_number.startswith("INF-")


def test_the_requester_is_emailed_each_step_the_law_asks_to_notify(
    staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    with on(BEFORE_LEBARAN):
        request = services.request_file(
            unit=None,
            information="Anggaran pemeliharaan jalan 2026.",
            purpose="Pengawasan warga.",
            channel="salinan-elektronik",
            delivery="surel",
            name="Maria Latuheru",
            address="Batu Merah",
            email="maria@contoh.id",
            identity_type="ktp",
            identity_number="8171",
            submission_key="dengan-surel-0001",
        ).request
    with on(date(2026, 4, 6)), django_capture_on_commit_callbacks(execute=True):
        request = services.request_extend(request=request, by=staff_user, reason="Data dihimpun dari bidang.")
        services.request_answer(request=request, by=staff_user, message="Terlampir rincian anggaran.")

    extension, answer = mailoutbox
    assert extension.to == ["maria@contoh.id"] and request.registration_number in extension.subject
    assert "Data dihimpun dari bidang." in extension.body and "16 April 2026" in extension.body
    assert "Terlampir rincian anggaran." in answer.body
