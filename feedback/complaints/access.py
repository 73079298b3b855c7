"""Who may handle which complaints: verifiers all of them, unit staff only their own unit's.

Unit staff are the members of a unit's staff group (`UnitPage.objects.staffed_by`); verifiers are the members
of the "Verifikator Pengaduan" group (or superusers). Everything else gets a 404, never a hint that a complaint
exists. Who may see the complainant is decided in `feedback.complaints.identity`.
"""

from django.contrib.auth.models import AbstractBaseUser, Group
from django.http import Http404

from accounts.groups import admin_group_ensure, is_member
from feedback.models import Complaint
from reports.models import UnitPage

VERIFIER_GROUP = "Verifikator Pengaduan"


def is_verifier(user: AbstractBaseUser) -> bool:
    return is_member(user, VERIFIER_GROUP)


def handles_complaints(user: AbstractBaseUser) -> bool:
    """Whether the user has a complaint role at all: a verifier, or staff of some unit."""
    return is_verifier(user) or UnitPage.objects.staffed_by(user).exists()


def handled_units(user: AbstractBaseUser):
    """The units whose complaints the user may handle: every unit for a verifier, otherwise their own."""
    if is_verifier(user):
        return UnitPage.objects.canonical().order_by("title")
    return UnitPage.objects.staffed_by(user).order_by("title")


def complaints_for(user: AbstractBaseUser):
    """Every complaint the user may handle."""
    if is_verifier(user):
        return Complaint.objects.all()
    return Complaint.objects.filter(unit__in=UnitPage.objects.staffed_by(user))


def complaint_for(user: AbstractBaseUser, pk: int) -> Complaint:
    """The complaint if the user may handle it, otherwise 404 (also for one that was handed over)."""
    complaint = complaints_for(user).select_related("category", "unit").filter(pk=pk).first()
    if complaint is None:
        raise Http404
    return complaint


def verifier_group_ensure() -> Group:
    """The verifiers' group: the Wagtail admin, and the complaint categories, reply templates and city days off to
    keep."""
    managed = ["complaintcategory", "replytemplate", "cityholiday"]
    return admin_group_ensure(VERIFIER_GROUP, app_label="feedback", managed=managed)
