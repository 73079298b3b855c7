"""Who handles which information requests and keeps which Daftar Informasi Publik: a unit's PPID Pelaksana its
unit's, the PPID Utama the city's and, as the coordinator, every unit's; the superiors (*atasan PPID*) answer the
objections to their office's requests. Anyone else gets nothing (the views answer 404, as for complaints), and no
one else sees a requester.

Each office keeps its documents (answers, and its list's) in a collection of its own under "PPID", which only its
officers and superiors, and the PPID Utama's, may open: the public downloads them only through the requester's
private link or the list's page, which serve an exempted entry's documents to no one."""

from django.contrib.auth.models import AbstractBaseUser, Group
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from ppid.models import InformationRequest, PpidOffice, PublicInformation
from reports.models import UnitPage
from reports.services import admin_access, grant_collection

UTAMA = "PPID Utama"
COLLECTION = "PPID"


def office_ensure(*, unit: UnitPage | None) -> PpidOffice:
    """The office of `unit` (None: the PPID Utama), with its officers' and superiors' groups, which may use the
    admin, and its documents collection."""
    name = UTAMA if unit is None else f"PPID {unit.short_name or unit.title}"
    with transaction.atomic():
        office = PpidOffice.objects.filter(unit=unit).first()
        if office is None:
            officers, _created = Group.objects.get_or_create(name=name)
            superiors, _created = Group.objects.get_or_create(name=f"Atasan {name}")
            office = PpidOffice.objects.create(unit=unit, officers=officers, superiors=superiors)
        for group in (office.officers, office.superiors):
            group.permissions.add(admin_access())
        _collection_ensure(office, name)
    return office


def _collection_ensure(office: PpidOffice, name: str) -> None:
    if office.collection_id is None:
        root = Collection.get_first_root_node()
        parent = root.get_children().filter(name=COLLECTION).first() or root.add_child(name=COLLECTION)
        office.collection = parent.get_children().filter(name=name).first() or parent.add_child(name=name)
        office.save(update_fields=["collection"])
    grant_collection(office.officers, office.collection, ["add", "change", "choose"])
    grant_collection(office.superiors, office.collection, ["choose"])
    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=office.collection, defaults={"restriction_type": CollectionViewRestriction.GROUPS}
    )
    groups = [office.officers, office.superiors]
    utama = PpidOffice.objects.filter(unit__isnull=True).exclude(pk=office.pk).select_related("collection").first()
    if utama is not None:  # the coordinator opens every office's documents; a new Utama is given the older ones
        groups += [utama.officers, utama.superiors]
        grant_collection(utama.officers, office.collection, ["add", "change", "choose"])
    restriction.groups.add(*groups)
    if office.unit_id is None:
        for other in PpidOffice.objects.exclude(pk=office.pk).exclude(collection=None).select_related("collection"):
            grant_collection(office.officers, other.collection, ["add", "change", "choose"])
            CollectionViewRestriction.objects.get(collection=other.collection).groups.add(
                office.officers, office.superiors
            )


def offices_kept_by(user: AbstractBaseUser):
    """The offices whose requests and list `user` keeps as an officer: every one for the PPID Utama's officers
    (and administrators)."""
    if not user.is_authenticated:
        return PpidOffice.objects.none()
    if user.is_superuser or _offices(user, "officers").filter(unit__isnull=True).exists():
        return PpidOffice.objects.all()
    return _offices(user, "officers")


def keeps_lists(user: AbstractBaseUser) -> bool:
    return offices_kept_by(user).exists()


def entries_for(user: AbstractBaseUser):
    """The list entries `user` may edit: those of the offices they keep (every one, for an administrator)."""
    if user.is_superuser:
        return PublicInformation.objects.all()
    offices = offices_kept_by(user)
    entries = PublicInformation.objects.filter(unit__in=offices.filter(unit__isnull=False).values("unit"))
    if offices.filter(unit__isnull=True).exists():
        entries = entries | PublicInformation.objects.filter(unit__isnull=True)
    return entries


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


def answer_documents(request: InformationRequest):
    """The documents a request may be answered with: those in the collection of the office handling it (the PPID
    Utama's when the unit has no office of its own), never another office's."""
    office = PpidOffice.objects.filter(unit=request.unit_id).first() or PpidOffice.objects.filter(unit=None).first()
    if office is None or office.collection_id is None:
        return Document.objects.none()
    return Document.objects.filter(collection_id=office.collection_id)


def answers_objections(user: AbstractBaseUser, request: InformationRequest) -> bool:
    """The superiors of the request's office (the PPID Utama's for the city's own requests)."""
    if user.is_superuser:
        return True
    return _offices(user, "superiors").filter(unit=request.unit_id).exists()
