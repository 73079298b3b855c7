"""ASN training: enrolling, evaluating each module once, totals shown only from five evaluations and never with
names, and a module's revision keeping what it was."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.services import REVIEW_WORKFLOW
from search.models import SearchDocument
from search.services import documents_sync
from tests.accounts.factories import ResidentFactory, UserFactory, second_factor_set_up
from tests.factories import UnitStaffFactory
from tests.training.factories import (
    TrainingIndexPageFactory,
    TrainingModuleFactory,
    TrainingProgrammePageFactory,
    TrainingSessionFactory,
    evaluated,
    participants,
    past_session,
)
from training import services
from training.models import Enrolment, Evaluation, ModuleRevision, TrainingProgrammePage

pytestmark = pytest.mark.django_db


def test_a_staff_account_enrols_in_an_upcoming_session_and_a_resident_cannot(programme, unit):
    session = TrainingSessionFactory(programme=programme, capacity=1)
    staff = UnitStaffFactory(unit=unit)

    enrolment = services.session_enrol(session=session, participant=staff)

    assert services.session_enrol(session=session, participant=staff) == enrolment  # twice: one place
    with pytest.raises(PermissionDenied):
        services.session_enrol(session=session, participant=ResidentFactory())
    with pytest.raises(ValidationError, match="penuh"):
        services.session_enrol(session=session, participant=UnitStaffFactory(unit=unit))
    with pytest.raises(ValidationError, match="sudah dimulai"):
        services.session_enrol(session=past_session(programme), participant=staff)


def test_each_participant_evaluates_each_module_once_and_only_after_the_session(programme, modules, unit):
    staff = UnitStaffFactory(unit=unit)
    upcoming = Enrolment.objects.create(session=TrainingSessionFactory(programme=programme), participant=staff)
    with pytest.raises(ValidationError, match="setelah sesi selesai"):
        services.evaluation_submit(enrolment=upcoming, ratings={modules[0].pk: 4}, comments={})

    enrolment = Enrolment.objects.create(session=past_session(programme), participant=staff)
    services.evaluation_submit(enrolment=enrolment, ratings={modules[0].pk: 4}, comments={modules[0].pk: "Bagus."})
    with pytest.raises(ValidationError, match="sudah menilai"):
        services.evaluation_submit(enrolment=enrolment, ratings={modules[0].pk: 1}, comments={})
    with pytest.raises(IntegrityError), transaction.atomic():  # the database holds the rule too
        Evaluation.objects.create(enrolment=enrolment, module=modules[0], rating=2)

    assert list(Evaluation.objects.values_list("module_id", "rating")) == [(modules[0].pk, 4)]


def test_a_rating_outside_the_scale_or_of_another_programmes_module_is_refused(programme, modules, unit, home):
    other = TrainingModuleFactory(programme=TrainingProgrammePageFactory(parent=programme.get_parent(), organiser=unit))
    enrolment = Enrolment.objects.create(session=past_session(programme), participant=UnitStaffFactory(unit=unit))

    with pytest.raises(ValidationError):
        services.evaluation_submit(enrolment=enrolment, ratings={modules[0].pk: 6}, comments={})
    with pytest.raises(ValidationError):
        services.evaluation_submit(enrolment=enrolment, ratings={other.pk: 3}, comments={})
    assert not Evaluation.objects.exists()


def test_the_totals_are_hidden_under_five_evaluations_and_exact_from_five(client, programme, modules, unit):
    session = past_session(programme)
    evaluated(session, modules[0], [5, 4, 4, 3], unit)

    page = client.get(programme.url).content.decode()
    assert "4 evaluasi sejauh ini" in page
    assert "Rata-rata nilai" not in page

    evaluated(session, modules[0], [5], unit)
    page = client.get(programme.url).content.decode()
    assert "Rata-rata nilai 4,20 dari 5, dari 5 evaluasi" in page  # (5 + 4 + 4 + 3 + 5) / 5


def test_a_participant_sees_neither_another_participants_answers_nor_their_evaluation_page(
    client, programme, modules, unit
):
    session = past_session(programme)
    first, second = participants(unit, 2)
    enrolment = Enrolment.objects.create(session=session, participant=first)
    comment = "Terlalu banyak teori, kurang praktik."
    services.evaluation_submit(enrolment=enrolment, ratings={modules[0].pk: 2}, comments={modules[0].pk: comment})
    Enrolment.objects.create(session=session, participant=second)
    evaluate = f"{programme.url}sesi/{session.pk}/evaluasi/"

    client.force_login(second)
    own = client.get(evaluate).content.decode()
    public = client.get(programme.url).content.decode()

    assert "Terlalu banyak teori" not in own + public
    assert "Mendengarkan keluhan" in own  # the module is still open to the second participant
    client.force_login(UnitStaffFactory(unit=unit))
    assert client.get(evaluate).status_code == 404  # not enrolled


def test_evaluating_through_the_page_records_every_module_and_then_offers_nothing_more(
    client, programme, modules, unit
):
    session = past_session(programme)
    staff = UnitStaffFactory(unit=unit)
    Enrolment.objects.create(session=session, participant=staff)
    client.force_login(staff)
    evaluate = f"{programme.url}sesi/{session.pk}/evaluasi/"

    incomplete = client.post(evaluate, {f"rating_{modules[0].pk}": "5"})
    assert incomplete.status_code == 400
    assert not Evaluation.objects.exists()

    data = {f"rating_{modules[0].pk}": "5", f"rating_{modules[1].pk}": "3"}
    data[f"comment_{modules[1].pk}"] = "Contoh kurang."
    assert client.post(evaluate, data).status_code == 303
    assert sorted(Evaluation.objects.values_list("rating", flat=True)) == [3, 5]
    assert "Anda sudah menilai setiap modul" in client.get(evaluate).content.decode()


def test_a_revised_module_keeps_its_earlier_version_and_the_page_shows_its_history(
    client, programme, modules, unit, verifier
):
    session = past_session(programme)
    evaluated(session, modules[1], [2, 2, 3, 1, 2], unit)
    prompting = Evaluation.objects.filter(module=modules[1]).first()

    services.module_revise(
        module=modules[1],
        by=verifier,
        reason="Peserta meminta lebih banyak latihan menulis.",
        prompted_by=[prompting],
        title="Menulis jawaban resmi: latihan",
        hours=6,
    )

    modules[1].refresh_from_db()
    [revision] = ModuleRevision.objects.all()
    assert (modules[1].title, modules[1].hours) == ("Menulis jawaban resmi: latihan", 6)
    assert (revision.title, revision.hours, revision.responses, str(revision.mean_rating)) == (
        "Menulis jawaban resmi",
        4,
        5,
        "2.00",
    )
    assert list(revision.prompted_by.all()) == [prompting]
    page = client.get(programme.url).content.decode()
    assert "Peserta meminta lebih banyak latihan menulis." in page
    assert "Sebelumnya: Menulis jawaban resmi ·" in page
    with pytest.raises(ValidationError):
        services.module_revise(module=modules[1], by=verifier, reason=" ", title="Tanpa alasan")


def test_the_programme_page_costs_the_same_queries_for_two_modules_and_for_six(client, programme, modules, unit):
    session = past_session(programme)
    evaluated(session, modules[0], [4, 4, 4, 4, 4], unit)
    client.get(programme.url)  # warm Wagtail's own lookups

    with CaptureQueriesContext(connection) as few:
        client.get(programme.url)
    for _ in range(4):
        module = TrainingModuleFactory(programme=programme)
        evaluated(session, module, [3, 3, 3, 3, 3], unit)
    with CaptureQueriesContext(connection) as many:
        response = client.get(programme.url)

    assert response.status_code == 200
    assert len(many) == len(few)


def test_the_organiser_must_give_a_reason_to_change_an_evaluated_module_in_the_admin(
    client, programme, modules, unit, django_user_model
):
    evaluated(past_session(programme), modules[0], [2, 3, 2, 2, 1], unit)
    organiser = django_user_model.objects.create_superuser("bkpsdm", "bkpsdm@ambon.go.id", "a-long-password-1")
    second_factor_set_up(organiser)
    client.force_login(organiser)
    url = f"/admin/snippets/training/trainingmodule/edit/{modules[0].pk}/"
    data = {
        "programme": programme.pk,
        "title": "Mendengarkan keluhan: praktik",
        "objectives": modules[0].objectives,
        "method": "simulasi",
        "hours": "5",
        "trainer": modules[0].trainer,
        "sort_order": "1",
    }

    without_reason = client.post(url, data)
    assert without_reason.status_code == 200  # the form again, with the error
    assert not ModuleRevision.objects.exists()

    client.post(url, {**data, "revision_reason": "Peserta ingin lebih banyak praktik."})
    [revision] = ModuleRevision.objects.all()
    assert (revision.title, revision.reason, revision.revised_by) == (
        "Mendengarkan keluhan",
        "Peserta ingin lebih banyak praktik.",
        organiser,
    )
    modules[0].refresh_from_db()
    assert modules[0].title == "Mendengarkan keluhan: praktik"


def test_an_evaluated_module_cannot_be_deleted_in_the_admin_and_the_refusal_is_not_a_500(
    client, programme, modules, unit, django_user_model
):
    evaluated(past_session(programme), modules[0], [4], unit)
    organiser = django_user_model.objects.create_superuser("bkpsdm", "bkpsdm@ambon.go.id", "a-long-password-1")
    second_factor_set_up(organiser)
    client.force_login(organiser)

    response = client.post(f"/admin/snippets/training/trainingmodule/delete/{modules[0].pk}/")

    assert response.status_code == 302
    assert "tidak dapat dihapus" in client.get(response.url).content.decode()
    modules[0].refresh_from_db()  # still there, with its evaluation
    assert modules[0].evaluations.count() == 1


def test_a_programme_is_found_by_the_site_search_under_its_unit(client, programme):
    documents_sync(model=TrainingProgrammePage, pk=programme.pk)

    [document] = SearchDocument.objects.of(programme)
    assert (document.kind, document.unit_key) == ("training", programme.organiser.translation_key)
    assert programme.title in client.get("/cari/", {"q": "komunikasi pelayanan"}).content.decode()


@pytest.fixture
def in_english(programme, english):
    """The programme translated, as an editor does in the admin: the modules stay with the Indonesian page."""
    translation = programme.copy_for_translation(english, copy_parents=True)
    translation.title = "Public-service communication"
    translation.needs_finding = "The survey found that 62% of front-line civil servants were never trained."
    translation.save_revision().publish()
    return translation


def test_the_english_page_shows_the_modules_in_english_and_the_same_sessions(client, programme, modules, in_english):
    modules[0].title_en = "Listening to complaints"
    modules[0].objectives_en = "Participants listen to residents' complaints and answer them clearly."
    modules[0].save()
    session = TrainingSessionFactory(programme=programme)

    page = client.get(in_english.url).content.decode()

    assert "Listening to complaints" in page and "answer them clearly" in page
    assert "Mendengarkan keluhan" not in page
    assert "Menulis jawaban resmi" in page  # not translated yet: the Indonesian title stands in
    assert "62% of front-line civil servants" in page
    assert f"{session.starts_on:%-d %B %Y}" in page and "0 of 30 places taken" in page
    assert "Mendengarkan keluhan" in client.get(programme.url).content.decode()


def test_enrolling_and_evaluating_through_the_english_page_records_on_the_programme(
    client, programme, modules, in_english, unit
):
    staff = UnitStaffFactory(unit=unit)
    client.force_login(staff)
    upcoming = TrainingSessionFactory(programme=programme)
    past = past_session(programme)
    Enrolment.objects.create(session=past, participant=staff)

    enrolled = client.post(f"{in_english.url}sesi/{upcoming.pk}/daftar/")
    form = client.get(f"{in_english.url}sesi/{past.pk}/evaluasi/")
    answer = {f"rating_{module.pk}": 4 for module in modules}
    evaluated_ = client.post(f"{in_english.url}sesi/{past.pk}/evaluasi/", answer)

    assert (enrolled.status_code, enrolled["Location"]) == (303, in_english.url)
    assert Enrolment.objects.filter(session=upcoming, participant=staff).exists()
    assert form.status_code == 200 and "Rate each module" not in form.content.decode("utf-8")
    assert (evaluated_.status_code, evaluated_["Location"]) == (303, in_english.url)
    assert Evaluation.objects.filter(enrolment__participant=staff).count() == 2


def test_a_module_change_resyncs_the_search_documents_of_every_translation(
    transactional_db, programme, modules, in_english
):
    """With real commits: the sync is queued when the module's save commits, as in production."""
    modules[0].title_en = "Handling complaints with empathy"
    modules[0].save()

    english = SearchDocument.objects.of(in_english).get()
    indonesian = SearchDocument.objects.of(programme).get()
    assert "Handling complaints with empathy" in english.body
    assert "Mendengarkan keluhan" in indonesian.body and "empathy" not in indonesian.body


def test_the_admin_offers_only_default_language_programmes_for_modules(
    client, programme, in_english, django_user_model
):
    organiser = django_user_model.objects.create_superuser("bkpsdm", "bkpsdm@ambon.go.id", "a-long-password-1")
    second_factor_set_up(organiser)
    client.force_login(organiser)

    form = client.get("/admin/snippets/training/trainingmodule/add/").context["form"]

    assert list(form.fields["programme"].queryset) == [programme.page_ptr.specific]


def test_an_organiser_drafts_programmes_and_keeps_modules_but_bagian_organisasi_publishes(client, home, unit):
    index = TrainingIndexPageFactory(parent=home)
    organiser = UserFactory()
    organiser.groups.add(services.organisers_ensure(index=index))
    second_factor_set_up(organiser)
    client.force_login(organiser)

    permissions = index.permissions_for_user(organiser)
    assert permissions.can_add_subpage() and not permissions.can_publish_subpage()
    assert index.get_workflow().name == REVIEW_WORKFLOW
    add_programme = reverse("wagtailadmin_pages:add", args=("training", "trainingprogrammepage", index.pk))
    assert client.get(add_programme).status_code == 200
    assert client.get("/admin/snippets/training/trainingmodule/add/").status_code == 200
    assert client.get("/admin/snippets/training/trainingsession/").status_code == 200
    assert client.get(reverse("wagtailadmin_pages:add", args=("reports", "unitpage", home.pk))).status_code == 302
