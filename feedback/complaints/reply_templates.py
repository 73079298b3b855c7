"""The reply templates a complaint's page offers, filled in with the complaint's own details."""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.formats import date_format

from feedback.models import Complaint, ReplyTemplate, Status
from feedback.models.reply_templates import PLACEHOLDER

REJECT, REPLY = "reject", "reply"


def action_of(complaint: Complaint) -> str:
    """The action whose message a template fills: a verifier's rejection before routing, the unit's reply after."""
    return REJECT if complaint.status == Status.SUBMITTED else REPLY


def templates_for(complaint: Complaint):
    """The active templates of the complaint's status, for its category or for every category."""
    return ReplyTemplate.objects.filter(
        Q(category=complaint.category_id) | Q(category__isnull=True), status=complaint.status, active=True
    )


def filled(template: ReplyTemplate, complaint: Complaint) -> str:
    """The template's text with the complaint's details in place of its placeholders, in the site's language (the
    language residents are answered in, whatever the language of the admin)."""
    with translation.override(settings.LANGUAGE_CODE):
        deadline = date_format(complaint.resolution_due, "j F Y") if complaint.resolution_due else ""
    values = {
        "kode": complaint.tracking_code,
        "judul": complaint.title,
        "kategori": complaint.category.name,
        "perangkat_daerah": complaint.unit.title if complaint.unit else "",
        "tenggat": deadline,
    }
    return PLACEHOLDER.sub(lambda match: values.get(match[1], match[0]), template.body)
