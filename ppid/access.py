"""Who handles which information requests: a unit's PPID Pelaksana its unit's, the PPID Utama the city's and, as
the coordinator, every unit's; the superiors (*atasan PPID*) answer the objections to their office's requests.
Anyone else gets nothing (the views answer 404, as for complaints), and no one else sees a requester."""

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import transaction
from django.db.models import Q
from django.http import Http404

from ppid.models import InformationRequest, PpidOffice
from reports.models import UnitPage

UTAMA = "PPID Utama"


def office_ensure(*, unit: UnitPage | None) -> PpidOffice:
    """The office of `unit` (None: the PPID Utama), with its officers' and superiors' groups, which may use the
    admin."""
    name = UTAMA if unit is None else f"PPID {unit.short_name or unit.title}"
    with transaction.atomic():
        office = PpidOffice.objects.filter(unit=unit).first()
        if office is None:
            officers, _created = Group.objects.get_or_create(name=name)
            superiors, _created = Group.objects.get_or_create(name=f"Atasan {name}")
            office = PpidOffice.objects.create(unit=unit, officers=officers, superiors=superiors)
        admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        office.officers.permissions.add(admin)
        office.superiors.permissions.add(admin)
    return office


def _offices(user: AbstractBaseUser, role: str):
    return PpidOffice.objects.filter(**{f"{role}__user": user})


def handles_requests(user: AbstractBaseUser) -> bool:
    """Officers and superiors of any PPID office (and administrators): who sees the PPID's screens at all."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or PpidOffice.objects.filter(Q(officers__user=user) | Q(superiors__user=user)).exists()


def requests_for(user: AbstractBaseUser):
    """The requests `user` handles as an officer or answers objections to as a superior."""
    if not user.is_authenticated:
        return InformationRequest.objects.none()
    if user.is_superuser:
        return InformationRequest.objects.all()
    offices = PpidOffice.objects.filter(Q(officers__user=user) | Q(superiors__user=user))
    if offices.filter(unit__isnull=True).exists():  # the PPID Utama coordinates every unit's PPID
        return InformationRequest.objects.all()
    return InformationRequest.objects.filter(unit__in=offices.values("unit"))


def request_for(user: AbstractBaseUser, pk: int) -> InformationRequest:
    """One request the user handles; 404 for any other, so that its existence is not even shown."""
    request = requests_for(user).filter(pk=pk).first()
    if request is None:
        raise Http404
    return request


def answers_objections(user: AbstractBaseUser, request: InformationRequest) -> bool:
    """The superiors of the request's office (the PPID Utama's for the city's own requests)."""
    if user.is_superuser:
        return True
    return _offices(user, "superiors").filter(unit=request.unit_id).exists()
