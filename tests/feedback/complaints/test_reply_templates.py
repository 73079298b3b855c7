"""Reply templates: verifiers keep them per status and category; staff pick one on a complaint's page, filled in
with the complaint's details, and edit it before sending."""

from datetime import date

import pytest
from django.urls import reverse

from feedback.complaints import reply_templates
from feedback.models import Complaint, ReplyTemplate, Status
from tests.factories import ComplaintCategoryFactory
from tests.feedback.complaints.test_admin import action_url, client_for, detail_url, file, routed

pytestmark = pytest.mark.django_db

RECEIVED = "Pengaduan {kode} tentang “{judul}” diterima {perangkat_daerah}; selesai paling lambat {tenggat}."


@pytest.fixture
def templates(category):
    other_category = ComplaintCategoryFactory(unit=category.unit)
    return {
        "any": ReplyTemplate.objects.create(title="Diterima", status=Status.ROUTED, body=RECEIVED),
        "own": ReplyTemplate.objects.create(
            title="Jalan: jadwal", status=Status.ROUTED, category=category, body="Survei jalan untuk {kode}."
        ),
        "other": ReplyTemplate.objects.create(
            title="Lain", status=Status.ROUTED, category=other_category, body="Kategori lain."
        ),
        "later": ReplyTemplate.objects.create(title="Selesai", status=Status.IN_PROGRESS, body="Sudah selesai."),
        "retired": ReplyTemplate.objects.create(title="Lama", status=Status.ROUTED, body="Lama.", active=False),
        "reject": ReplyTemplate.objects.create(
            title="Bukan kewenangan", status=Status.SUBMITTED, body="“{judul}” bukan kewenangan kota."
        ),
    }


def test_a_complaint_is_offered_the_active_templates_of_its_status_for_its_category_or_any(
    category, units, verifier, templates
):
    complaint = routed(category, units[0], verifier)

    offered = set(reply_templates.templates_for(complaint))

    assert offered == {templates["any"], templates["own"]}


def test_a_template_is_filled_in_with_the_complaints_details_in_indonesian(category, units, verifier, templates):
    complaint = routed(category, units[0], verifier, title="Jalan berlubang di Batu Merah")
    Complaint.objects.filter(pk=complaint.pk).update(resolution_due=date(2027, 3, 1))
    complaint.refresh_from_db()

    text = reply_templates.filled(templates["any"], complaint)

    assert text == (
        f"Pengaduan {complaint.tracking_code} tentang “Jalan berlubang di Batu Merah” diterima {units[0].title}; "
        "selesai paling lambat 1 Maret 2027."
    )


def test_the_officer_picks_a_template_edits_it_and_the_edited_text_is_the_public_reply(
    category, units, verifier, staff_a, templates
):
    complaint = routed(category, units[0], verifier)
    client = client_for(staff_a)

    page = client.get(detail_url(complaint)).content.decode()
    assert 'name="template"' in page and ">Diterima</option>" in page and ">Lain</option>" not in page

    picked = client.get(detail_url(complaint), {"template": templates["own"].pk})
    form = next(form for action, form, url in picked.context["actions"] if action.name == "reply")
    assert form.initial["message"] == f"Survei jalan untuk {complaint.tracking_code}."
    assert f"Survei jalan untuk {complaint.tracking_code}.</textarea>" in picked.content.decode()

    edited = f"Survei jalan untuk {complaint.tracking_code} dilakukan Kamis pagi."
    response = client.post(action_url(complaint, "reply"), {"version": complaint.version, "message": edited})

    assert response.status_code == 302
    complaint.refresh_from_db()
    assert complaint.status == Status.RESPONDED
    assert complaint.events.filter(message=edited).exists()


def test_a_template_of_another_status_or_an_unknown_one_fills_nothing(category, units, verifier, staff_a, templates):
    complaint = routed(category, units[0], verifier)
    client = client_for(staff_a)

    for picked in (templates["later"].pk, templates["other"].pk, "9999999", "x"):
        response = client.get(detail_url(complaint), {"template": picked})
        assert response.status_code == 200
        form = next(form for action, form, url in response.context["actions"] if action.name == "reply")
        assert "message" not in form.initial, picked


def test_a_verifier_starts_a_rejection_from_a_template(category, verifier, templates):
    complaint = file(category, title="Lampu mercusuar padam")

    response = client_for(verifier).get(detail_url(complaint), {"template": templates["reject"].pk})

    form = next(form for action, form, url in response.context["actions"] if action.name == "reject")
    assert form.initial["message"] == "“Lampu mercusuar padam” bukan kewenangan kota."


def test_verifiers_keep_the_templates_and_an_unknown_placeholder_is_refused_with_a_message(verifier, staff_a):
    client = client_for(verifier)
    add_url = reverse("wagtailsnippets_feedback_replytemplate:add")
    fields = {"title": "Tanggapan", "status": Status.ROUTED, "category": "", "active": "on"}

    refused = client.post(add_url, {**fields, "body": "Pengaduan {nomor} diterima."})
    saved = client.post(add_url, {**fields, "body": "Pengaduan {kode} diterima."})

    assert refused.status_code == 200
    assert "Unknown placeholder: {nomor}." in refused.content.decode()
    assert saved.status_code == 302
    assert list(ReplyTemplate.objects.values_list("body", flat=True)) == ["Pengaduan {kode} diterima."]
    assert client_for(staff_a).get(reverse("wagtailsnippets_feedback_replytemplate:list")).status_code == 302
