"""Prepared answers to complaints, which staff pick on a complaint's page and edit before sending."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from feedback.models.complaints import ComplaintCategory, Status

REPLIED_IN = (Status.ROUTED, Status.IN_PROGRESS, Status.RESPONDED)
"""The statuses in which a unit replies in public (feedback.complaints.services.HANDLING_STATUSES)."""
PLACEHOLDER = re.compile(r"\{(\w+)\}")
PLACEHOLDERS = ("kode", "judul", "kategori", "perangkat_daerah", "tenggat")
"""What a template may name in braces; feedback.complaints.reply_templates fills each in from the complaint."""


class ReplyTemplate(models.Model):
    """A prepared text for complaints of one status (and one category, or any): the public reply of a unit, or, for
    complaints not yet verified, the verifier's message when rejecting one."""

    title = models.CharField(_("title"), max_length=120, help_text=_("What staff see in the list to pick from."))
    status = models.CharField(
        _("for complaints that are"),
        max_length=20,
        choices=[(status.value, status.label) for status in (Status.SUBMITTED, *REPLIED_IN)],
        help_text=_("Submitted: the message of a rejection. Any other: the unit's public reply."),
    )
    category = models.ForeignKey(
        ComplaintCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reply_templates",
        help_text=_("Leave empty to offer it for every category."),
    )
    body = models.TextField(
        _("text"),
        max_length=5000,
        help_text=_(
            "Filled in from the complaint: {kode} its tracking code, {judul} its title, {kategori} its category, "
            "{perangkat_daerah} the unit handling it, {tenggat} its resolution deadline."
        ),
    )
    active = models.BooleanField(_("offered"), default=True)

    class Meta:
        ordering = ["status", "title"]
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")

    def __str__(self):
        return self.title

    def clean(self):
        unknown = sorted({name for name in PLACEHOLDER.findall(self.body) if name not in PLACEHOLDERS})
        if unknown:
            message = _(
                "Unknown placeholder: %(names)s. Use {kode}, {judul}, {kategori}, {perangkat_daerah} or {tenggat}."
            )
            raise ValidationError(
                {"body": ValidationError(message, params={"names": ", ".join(f"{{{n}}}" for n in unknown)})}
            )
