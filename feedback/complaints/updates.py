"""Updates from residents on a public complaint: a neighbour with a resident account says "masih rusak" with a photo.

An update waits for a verifier, as a complaint does before it is public (it may carry personal data or abuse);
published, it goes on the complaint's timeline with its photo, and the filer and the followers are told.
"""

import secrets

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.second_factor import is_staff_account
from accounts.selectors import suspension_reason
from feedback.complaints import notifications
from feedback.complaints.services import event_add
from feedback.models import Complaint, ComplaintUpdate, EventKind, UpdateStatus


def may_add_update(user: AbstractBaseUser, complaint: Complaint) -> bool:
    """A signed-in resident, not suspended (staff answer through the complaint's own actions), on a complaint the
    public sees."""
    if not user.is_authenticated or is_staff_account(user) or suspension_reason(user) is not None:
        return False
    return complaint.is_publicly_listed


def update_add(*, complaint: Complaint, author: AbstractBaseUser, text: str, still_broken: bool, photo=None):
    """A resident's update, waiting for a verifier. `photo` is a cleaned upload (uploads.clean_upload)."""
    if not may_add_update(author, complaint):
        raise PermissionDenied(_("Only residents signed in with their account can add to a public complaint."))
    if not text.strip():
        raise ValidationError(_("Write what you see."))
    update = ComplaintUpdate(
        complaint=complaint, author=author, text=text.strip(), still_broken=still_broken, token=secrets.token_hex(16)
    )
    if photo is not None:
        update.extension, update.content_type = photo.extension, photo.content_type
    with transaction.atomic():
        if photo is not None:
            update.photo.save("photo", ContentFile(photo.content), save=False)
        try:
            update.save()
        except Exception:
            if update.photo:
                update.photo.storage.delete(update.photo.name)
            raise
    return update


def update_review(*, update: ComplaintUpdate, by: AbstractBaseUser, publish: bool, reason: str = "") -> ComplaintUpdate:
    """A verifier publishes the update (on the timeline; filer and followers told) or keeps it off, with a reason."""
    if not publish and not reason.strip():
        raise ValidationError(_("Say why the update is not published."))
    with transaction.atomic():
        update = ComplaintUpdate.objects.select_for_update().select_related("complaint").get(pk=update.pk)
        if update.status != UpdateStatus.PENDING:
            raise ValidationError(_("This update has already been reviewed."))
        update.reviewed_by, update.reviewed_at = by, timezone.now()
        if publish:
            update.status = UpdateStatus.PUBLISHED
            update.event = event_add(
                update.complaint, EventKind.RESIDENT_UPDATE, by=by, public=True, message=update.text
            )
            notifications.notify_resident_update(update.complaint, update.event)
        else:
            update.status, update.hidden_reason = UpdateStatus.HIDDEN, reason.strip()
        update.save(update_fields=["status", "reviewed_by", "reviewed_at", "hidden_reason", "event"])
    return update
