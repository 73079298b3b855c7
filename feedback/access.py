"""Who may see which complaints: verifiers see all of them, unit staff only their own unit's.

Unit staff are the members of a unit's staff group (UnitPage.staff_group); verifiers are the members of
the "Verifikator Pengaduan" group (or superusers). Everything else gets a 404, never a hint that a
complaint exists.
"""

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import transaction
from django.http import Http404
from wagtail.models import Locale

from feedback.models import Complaint, Privacy
from reports.models import UnitPage

VERIFIER_GROUP = "Verifikator Pengaduan"
MODERATOR_GROUP = "Moderator Forum"
"""Communications staff (Diskominfo) who work the forum's moderation queue."""


def is_verifier(user: AbstractBaseUser) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=VERIFIER_GROUP).exists()


def is_moderator(user: AbstractBaseUser) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MODERATOR_GROUP).exists()


def staff_units(user: AbstractBaseUser):
    """The units whose staff group the user belongs to (default-locale pages: complaints point at those)."""
    if not user.is_authenticated:
        return UnitPage.objects.none()
    return UnitPage.objects.filter(staff_group__in=user.groups.all(), locale=Locale.get_default()).order_by("title")


def handled_units(user: AbstractBaseUser):
    """The units whose complaints the user may handle: every unit for a verifier, otherwise their own."""
    if is_verifier(user):
        return UnitPage.objects.filter(locale=Locale.get_default()).order_by("title")
    return staff_units(user)


def complaints_for(user: AbstractBaseUser):
    """Every complaint the user may handle."""
    if is_verifier(user):
        return Complaint.objects.all()
    return Complaint.objects.filter(unit__in=staff_units(user))


def may_see_identity(user: AbstractBaseUser, complaint: Complaint) -> bool:
    """Verifiers always; for a *publik* complaint also the staff of the unit handling it, to contact the resident.

    *Anonim* and *rahasia* hide the complainant from the unit (SP4N-LAPOR!): only verifiers know who it is.
    """
    if is_verifier(user):
        return True
    return complaint.privacy == Privacy.PUBLIC and staff_units(user).filter(pk=complaint.unit_id).exists()


def complaint_for(user: AbstractBaseUser, pk: int) -> Complaint:
    """The complaint if the user may handle it, otherwise 404 (also for one that was handed over)."""
    complaint = complaints_for(user).select_related("category", "unit").filter(pk=pk).first()
    if complaint is None:
        raise Http404
    return complaint


def verifier_group_ensure() -> Group:
    """The verifiers' group: the Wagtail admin, and the complaint categories and city days off to keep."""
    return _admin_group_ensure(VERIFIER_GROUP, managed=["complaintcategory", "cityholiday"])


def moderator_group_ensure() -> Group:
    """The forum moderators' group: the Wagtail admin, where the moderation queue is, and the boards."""
    return _admin_group_ensure(MODERATOR_GROUP, managed=["board"])


def _admin_group_ensure(name: str, *, managed: list[str]) -> Group:
    """The group with admin access and the add, change and delete permissions on the `managed` feedback models."""
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
        codenames = [f"{action}_{model}" for model in managed for action in ("add", "change", "delete", "view")]
        group.permissions.add(*Permission.objects.filter(content_type__app_label="feedback", codename__in=codenames))
    return group
