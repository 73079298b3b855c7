"""Unit editors draft their own unit's reports; Bagian Organisasi reviews and publishes them."""

from datetime import timedelta

import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, GroupPagePermission, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from reports.models import PerformanceReportPage
from reports.services import review_workflow_ensure, unit_ensure_editor_group
from tests.accounts.factories import second_factor_set_up
from tests.factories import IndicatorFactory, PerformanceReportPageFactory, UnitIndexPageFactory, UnitPageFactory

INDICATORS = [
    {"code": "IKU-1", "name": "Indeks kepuasan masyarakat", "target": "80", "realisation": "72"},
    {"code": "IKU-2", "name": "Jumlah ASN mengikuti pelatihan", "target": "200", "realisation": "150"},
    {"code": "IKU-3", "name": "Persentase layanan daring", "target": "80", "realisation": "70"},
]


def report_form_data(*, title: str, slug: str, indicators: list[dict] = INDICATORS, **extra) -> dict:
    """What the admin's add form posts for a report: page fields and the two inline formsets."""
    rows = [
        {"id": "", "goal": "Meningkatnya kualitas pelayanan publik", "measure_unit": "%", "polarity": "higher", **row}
        for row in indicators
    ]
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "year": "2024",
            "period": "tahunan",
            "summary": "Capaian kinerja tahun 2024.",
            "official_document": "",
            "indicators": inline_formset(rows),
            "budget_lines": inline_formset([]),
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


@pytest.fixture
def index(home):
    index = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    review_workflow_ensure(index=index)
    return index


@pytest.fixture
def unit(index):
    return UnitPageFactory(parent=index, short_name="Dinkes")


@pytest.fixture
def other_unit(index):
    return UnitPageFactory(parent=index, short_name="Disdik")


@pytest.fixture
def editor(unit):
    user = get_user_model().objects.create_user("editor-dinkes", "editor@dinkes.ambon.go.id", "a-long-password-1")
    user.groups.add(unit_ensure_editor_group(unit=unit))
    second_factor_set_up(user)
    return user


@pytest.fixture
def reviewer(index):
    user = get_user_model().objects.create_user("ortala", "ortala@ambon.go.id", "a-long-password-2")
    user.groups.add(Group.objects.get(name="Bagian Organisasi"))
    second_factor_set_up(user)
    return user


@pytest.fixture
def other_report(other_unit):
    report = PerformanceReportPageFactory(parent=other_unit, title="LKjIP Disdik 2024", year=2024)
    IndicatorFactory(report=report, code="IKU-1")
    report.save_revision().publish()
    return report


def create_draft(client, unit, **extra):
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("reports", "performancereportpage", unit.pk)),
        report_form_data(title="LKjIP Dinkes 2024", slug="lkjip-2024", **extra),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return PerformanceReportPage.objects.child_of(unit).get(slug="lkjip-2024")


def submit(client, report, *, realisations: dict[str, str] | None = None, **changes):
    """Press the button that submits the report to Tinjauan Bagian Organisasi, with its rows as last saved.

    `realisations` ({code: value}) changes indicator values in the submitted revision.
    """
    edit_url = reverse("wagtailadmin_pages:edit", args=(report.pk,))
    edit_form = client.get(edit_url)
    assert edit_form.status_code == 200
    assert 'name="action-submit"' in edit_form.content.decode()
    draft = report.get_latest_revision_as_object()
    rows = [
        {
            "id": str(indicator.pk),
            "code": indicator.code,
            "name": indicator.name,
            "target": str(indicator.target),
            "realisation": (realisations or {}).get(indicator.code, str(indicator.realisation)),
        }
        for indicator in draft.indicators.all()
    ]
    data = report_form_data(title=report.title, slug=report.slug, indicators=rows, **changes)
    data.update({"indicators-INITIAL_FORMS": str(len(rows)), "action-submit": "submit"})
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    report.refresh_from_db()
    return report


def assert_refused(response):
    """Wagtail 8 answers a forbidden admin page with a redirect to the dashboard and an error message."""
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert list(get_messages(response.wsgi_request))[-1].level_tag == "error"


def approve(client, report):
    task_state = report.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(report.pk, "approve", task_state.pk)), {"comment": ""}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    return report


def test_unit_editor_drafts_a_report_under_their_unit_and_submits_it_for_review(client, unit, editor):
    client.force_login(editor)

    add_form = client.get(reverse("wagtailadmin_pages:add", args=("reports", "performancereportpage", unit.pk)))
    assert add_form.status_code == 200
    report = create_draft(client, unit)

    assert not report.live
    assert report.owner == editor
    assert [indicator.code for indicator in report.indicators.all()] == ["IKU-1", "IKU-2", "IKU-3"]
    assert report.current_workflow_state is None

    report = submit(client, report)

    assert not report.live
    state = report.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Tinjauan Bagian Organisasi"
    assert state.current_task_state.task.name == "Persetujuan Bagian Organisasi"


def test_unit_editor_cannot_open_or_change_another_units_report(client, editor, other_report):
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=(other_report.pk,))
    revisions = other_report.revisions.count()

    assert_refused(client.get(edit_url))
    assert_refused(client.post(edit_url, report_form_data(title="Diubah", slug=other_report.slug)))

    other_report.refresh_from_db()
    assert other_report.title == "LKjIP Disdik 2024"
    assert other_report.revisions.count() == revisions


def test_unit_editor_cannot_add_a_report_under_another_unit(client, editor, other_unit):
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("reports", "performancereportpage", other_unit.pk))

    assert_refused(client.get(add_url))
    assert_refused(client.post(add_url, report_form_data(title="Titipan", slug="titipan")))
    assert_refused(client.get(reverse("wagtailadmin_pages:add_subpage", args=(other_unit.pk,))))
    assert not PerformanceReportPage.objects.child_of(other_unit).exists()


def test_unit_editor_cannot_publish_directly_the_publish_button_only_saves_a_draft(client, unit, editor):
    client.force_login(editor)

    report = create_draft(client, unit, **{"action-publish": "publish"})

    assert not report.live
    assert report.current_workflow_state is None
    edit_form = client.get(reverse("wagtailadmin_pages:edit", args=(report.pk,))).content.decode()
    assert 'name="action-publish"' not in edit_form
    assert_refused(client.post(reverse("wagtailadmin_pages:unpublish", args=(report.pk,))))


def test_unit_editor_may_edit_their_own_unit_page_but_not_publish_it(client, unit, other_unit, editor):
    client.force_login(editor)

    assert client.get(reverse("wagtailadmin_pages:edit", args=(unit.pk,))).status_code == 200
    assert_refused(client.get(reverse("wagtailadmin_pages:edit", args=(other_unit.pk,))))
    assert not unit.permissions_for_user(editor).can_publish()


def test_unit_editor_sees_and_uploads_documents_only_in_their_units_collection(
    client, editor, other_unit, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    unit_ensure_editor_group(unit=other_unit)
    own = Collection.objects.get(name="Dokumen Dinkes")
    other = Collection.objects.get(name="Dokumen Disdik")
    wagtail_factories.DocumentFactory(title="LKjIP Dinkes bertanda tangan", collection=own)
    wagtail_factories.DocumentFactory(title="LKjIP Disdik bertanda tangan", collection=other)
    client.force_login(editor)

    listing = client.get(reverse("wagtaildocs:index")).content.decode()

    assert "LKjIP Dinkes bertanda tangan" in listing
    assert "LKjIP Disdik bertanda tangan" not in listing
    upload_form = client.get(reverse("wagtaildocs:add")).content.decode()
    assert "Dokumen Disdik" not in upload_form


def live_values(report):
    return [(i.code, i.target, i.realisation) for i in PerformanceReportPage.objects.get(pk=report.pk).indicators.all()]


def test_reviewer_approves_a_submitted_report_and_it_goes_live_with_the_submitted_indicators(
    client, unit, editor, reviewer
):
    client.force_login(editor)
    report = submit(client, create_draft(client, unit))
    assert not report.live
    assert report.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(reviewer)
    report = approve(client, report)

    assert report.live
    assert report.current_workflow_state is None
    assert report.workflow_states.get().status == WorkflowState.STATUS_APPROVED
    assert live_values(report) == [("IKU-1", 80, 72), ("IKU-2", 200, 150), ("IKU-3", 80, 70)]
    assert "90%" in client.get(report.url).content.decode()

    client.force_login(editor)
    report = submit(client, report, realisations={"IKU-1": "76"})
    assert live_values(report)[0] == ("IKU-1", 80, 72), "a correction is not public before it is approved"

    client.force_login(reviewer)
    report = approve(client, report)

    assert live_values(report)[0] == ("IKU-1", 80, 76)
    assert "95%" in client.get(report.url).content.decode()


def test_editor_cannot_approve_their_own_report(client, unit, editor):
    client.force_login(editor)
    report = submit(client, create_draft(client, unit))

    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(report.pk, "approve", report.current_workflow_task_state.pk),
        ),
        {"comment": ""},
    )

    assert_refused(response)
    report.refresh_from_db()
    assert not report.live


def test_reviewer_sees_the_computed_achievement_in_the_preview_of_the_submitted_revision(
    client, unit, editor, reviewer
):
    client.force_login(editor)
    report = submit(client, create_draft(client, unit))
    task = report.current_workflow_task_state.task

    client.force_login(reviewer)
    response = client.get(reverse("wagtailadmin_pages:workflow_preview", args=(report.pk, task.pk)))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Indeks kepuasan masyarakat" in html
    assert "90%" in html  # 72 of a target of 80
    assert "75%" in html  # 150 of 200
    assert "87,5%" in html  # 70 of 80, with the Indonesian decimal comma


def test_an_approved_report_scheduled_for_later_goes_live_when_publish_scheduled_runs(
    client, unit, editor, reviewer, monkeypatch
):
    go_live_at = timezone.localtime() + timedelta(hours=1)
    client.force_login(editor)
    report = submit(client, create_draft(client, unit), go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M"))
    client.force_login(reviewer)
    report = approve(client, report)
    assert not report.live
    assert report.get_latest_revision().approved_go_live_at is not None

    call_command("publish_scheduled")
    report.refresh_from_db()
    assert not report.live

    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    call_command("publish_scheduled")

    report.refresh_from_db()
    assert report.live
    assert report.get_latest_revision().approved_go_live_at is None
    assert report.indicators.count() == 3


def test_ensuring_the_groups_and_the_workflow_twice_creates_each_once(index, unit):
    for _run in range(2):
        editors = unit_ensure_editor_group(unit=unit)
        workflow = review_workflow_ensure(index=index)

    assert Group.objects.filter(name="Editor Laporan Dinkes").count() == 1
    assert Group.objects.filter(name="Bagian Organisasi").count() == 1
    assert Collection.objects.filter(name="Dokumen Dinkes").count() == 1
    assert Workflow.objects.filter(name="Tinjauan Bagian Organisasi").count() == 1
    assert workflow.workflow_tasks.count() == 1
    assert WorkflowPage.objects.get(page=index).workflow == workflow
    assert unit.get_workflow() == workflow
    assert sorted(GroupPagePermission.objects.filter(group=editors).values_list("page_id", "permission__codename")) == [
        (unit.pk, "add_page"),
        (unit.pk, "change_page"),
    ]
    assert editors.collection_permissions.count() == 3


def test_a_report_repeating_an_indicator_code_is_refused_with_a_message(client, unit, editor):
    client.force_login(editor)
    twice = [INDICATORS[0], {**INDICATORS[1], "code": INDICATORS[0]["code"]}]

    response = client.post(
        reverse("wagtailadmin_pages:add", args=("reports", "performancereportpage", unit.pk)),
        report_form_data(title="LKjIP Dinkes 2024", slug="lkjip-2024", indicators=twice),
    )

    assert response.status_code == 200  # the form again, with the reason
    assert "Setiap kode indikator hanya boleh muncul sekali" in response.content.decode()
    assert not PerformanceReportPage.objects.child_of(unit).exists()


def test_a_second_report_for_the_same_year_and_period_is_refused(client, unit, editor):
    client.force_login(editor)
    create_draft(client, unit)

    response = client.post(
        reverse("wagtailadmin_pages:add", args=("reports", "performancereportpage", unit.pk)),
        report_form_data(title="LKjIP Dinkes 2024 (lagi)", slug="lkjip-2024-lagi"),
    )

    assert response.status_code == 200
    assert "sudah memiliki laporan untuk tahun dan periode tersebut" in response.content.decode()
    assert PerformanceReportPage.objects.child_of(unit).count() == 1


def test_the_signed_pdf_downloads_as_an_attachment_through_wagtails_document_view(client, other_report):
    from demo.pages import text_pdf

    other_report.official_document = text_pdf("LKjIP Disdik 2024", heading="LKjIP 2024", lines=["Ditandatangani."])
    other_report.save_revision().publish()

    html = client.get(other_report.url).content.decode()
    url = other_report.official_document.url
    response = client.get(url)

    assert f'href="{url}"' in html and url.startswith("/documents/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/pdf"


def test_an_editor_previews_a_new_report_with_its_achievement_before_saving(client, unit, editor):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_add", args=("reports", "performancereportpage", unit.pk))

    posted = client.post(url, report_form_data(title="LKjIP Dinkes 2024", slug="lkjip-2024"))
    preview = client.get(url)

    assert posted.json()["is_valid"]
    assert preview.status_code == 200
    assert "87,5%" in preview.content.decode()  # 70 of a target of 80
    assert not PerformanceReportPage.objects.exists()


def test_a_new_report_takes_the_address_of_its_year_and_period_whatever_the_title_made(client, unit, editor):
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("reports", "performancereportpage", unit.pk))

    response = client.post(
        add_url, report_form_data(title="LKjIP Triwulan I 2024", slug="lkjip-triwulan-i-2024", period="tw1")
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    assert PerformanceReportPage.objects.child_of(unit).get().slug == "lkjip-2024-tw1"


def test_a_slug_typed_over_the_reports_pattern_is_refused_with_the_address_to_use(client, unit, editor):
    client.force_login(editor)
    report = create_draft(client, unit)
    edit_url = reverse("wagtailadmin_pages:edit", args=(report.pk,))

    response = client.post(edit_url, report_form_data(title=report.title, slug="laporan-dinkes"))

    assert response.status_code == 200  # the form again, with the reason
    assert "gunakan “lkjip-2024”" in response.content.decode()
    report.refresh_from_db()
    assert report.slug == "lkjip-2024"
    assert report.get_latest_revision_as_object().slug == "lkjip-2024"


def test_a_report_moved_to_another_year_follows_with_its_address(client, unit, editor):
    client.force_login(editor)
    report = create_draft(client, unit)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(report.pk,)),
        report_form_data(title=report.title, slug=report.slug, year="2023"),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    report.refresh_from_db()
    assert report.get_latest_revision_as_object().slug == "lkjip-2023"


def test_the_review_queue_names_the_unit_of_each_report(client, unit, editor, reviewer):
    client.force_login(editor)
    submit(client, create_draft(client, unit))

    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert f"LKjIP Dinkes 2024 · {unit.title}" in dashboard


def test_the_indicator_import_sits_right_above_the_indicators_of_the_edit_form(client, unit, editor):
    client.force_login(editor)
    report = create_draft(client, unit)

    form = client.get(reverse("wagtailadmin_pages:edit", args=(report.pk,))).content.decode()
    new_form = client.get(reverse("wagtailadmin_pages:add", args=("reports", "performancereportpage", unit.pk)))

    import_link = form.index(f'href="{reverse("reports_import_indicators", args=[report.pk])}"')
    assert form.index('name="official_document"') < import_link < form.index('id="id_indicators-TOTAL_FORMS"')
    assert "Simpan laporan ini sebagai draf dahulu" in new_form.content.decode()
