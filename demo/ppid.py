"""The demo's public information service: the Informasi Publik page in both languages, a PPID office for the city
(PPID Utama) and for every unit, each unit's Daftar Informasi Publik (the entries every body lists, and some units'
own with their documents), and requests in every state: waiting, extended, answered with a spreadsheet, refused and
objected to, transferred, late and objected to, and a year earlier for the figures.

The requests are registered by the service, as from the form; their later steps are written with the dates they
would have had, as the complaint demo does, so that no email is sent and the deadlines fall where the law puts
them. The spreadsheets in demo/data/ppid/ hold made-up figures over the real kecamatan and kelurahan names."""

from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents.models import Document

from demo.pages import child_page, translate_page
from demo.tables import DATA, table
from feedback.deadlines import add_working_days, local_today
from home.models import HomePage
from ppid import access, services
from ppid.models import (
    EventKind,
    InformationRequest,
    Objection,
    PpidOffice,
    PpidPage,
    PublicInformation,
    PublicInformationDocument,
    RequestEvent,
    RequestStatus,
)
from reports.models import UnitIndexPage, UnitPage

PPID = table("ppid")  # the page, the entries every body lists, some units' own entries, the accounts, the requests
FILES = DATA / "ppid"


def account_groups(account: dict) -> list[str]:
    """The group names of a demo PPID account (the office's officers or superiors)."""
    office = PpidOffice.objects.get(unit__slug=account["office"]) if account["office"] else _utama()
    return [getattr(office, account["role"]).name]


def build_ppid_offices(index: UnitIndexPage) -> None:
    """The PPID Utama and a PPID Pelaksana for every unit, with their groups and collections."""
    access.office_ensure(unit=None)
    for unit in UnitPage.objects.child_of(index):
        access.office_ensure(unit=unit)


def build_ppid(home: HomePage, index: UnitIndexPage, accounts: dict) -> PpidPage:
    """The page, the lists and the requests; the lists and requests are skipped when present. `accounts` are the
    demo's PPID staff by username, who take the requests' steps."""
    texts = PPID["page"]
    page, _created = child_page(home, PpidPage, slug=texts["slug"], show_in_menus=True, **texts["id"])
    translate_page(page, **texts["en"])
    units = {unit.slug: unit for unit in UnitPage.objects.child_of(index)}
    with transaction.atomic():
        if not PublicInformation.objects.exists():
            documents = _DocumentStore(units)
            _lists(units, documents)
            if not InformationRequest.objects.exists():
                for number, data in enumerate(PPID["requests"], start=1):
                    _request(units, number, data, accounts, documents)
    return page


class _DocumentStore:
    """Each demo spreadsheet as one document, in the collection of the office it belongs to."""

    def __init__(self, units: dict):
        self.units, self.made = units, {}

    def get(self, name: str, unit_slug: str | None, title: str = "") -> Document:
        if name not in self.made:
            office = PpidOffice.objects.get(unit=self.units[unit_slug]) if unit_slug else _utama()
            content = ContentFile((FILES / name).read_bytes(), name=name)
            self.made[name] = Document.objects.create(
                title=title or name.removesuffix(".csv").replace("-", " ").capitalize(),
                file=content,
                collection=office.collection,
            )
        return self.made[name]


def _utama() -> PpidOffice:
    return PpidOffice.objects.get(unit__isnull=True)


def _lists(units: dict, documents: _DocumentStore) -> None:
    english = {unit.translation_key: unit.title for unit in UnitPage.objects.filter(locale__language_code="en")}
    entries = []
    for unit in units.values():
        names = {"unit": unit.title, "unit_en": english.get(unit.translation_key, unit.title)}
        for order, data in enumerate(PPID["common_entries"]):
            fields = {name: value.format(**names) for name, value in data.items()}
            entries.append(PublicInformation(unit=unit, sort_order=order, **fields))
    PublicInformation.objects.bulk_create(entries)
    for order, data in enumerate(PPID["entries"], start=len(PPID["common_entries"])):
        fields = {name: value for name, value in data.items() if name not in ("unit", "document")}
        entry = PublicInformation.objects.create(unit=units.get(data["unit"]), sort_order=order, **fields)
        if "document" in data:
            document = documents.get(data["document"]["file"], data["unit"], data["document"]["title"])
            PublicInformationDocument.objects.create(entry=entry, document=document)


def _request(units: dict, number: int, data: dict, accounts: dict, documents: _DocumentStore) -> None:
    unit = units.get(data["unit"])
    own = data["unit"] == "dinas-kesehatan"  # the demo's unit PPID; the PPID Utama coordinates the others
    officer = accounts["ppid.dinkes" if own else "ppid.utama"]
    superior = accounts["atasan.dinkes" if own else "atasan.ppid"]
    start = timezone.make_aware(datetime.combine(local_today() - timedelta(days=data["days_ago"]), time(9, 30)))
    request = services.request_file(
        unit=unit,
        information=data["information"],
        purpose=data["purpose"],
        channel=data["channel"],
        delivery=data["delivery"],
        name=data["name"],
        address="Kota Ambon",
        email=data.get("email", ""),
        identity_type=data.get("identity_type", "ktp"),
        identity_number=f"8171{number:012d}",
        submission_key=f"demo-{number}",
    ).request
    request.registered_at, request.due_on = start, add_working_days(start.date(), services.ANSWER_DAYS)
    InformationRequest.objects.filter(pk=request.pk).update(registered_at=start, due_on=request.due_on)
    RequestEvent.objects.filter(request=request).update(created_at=start)
    for step in data["steps"]:
        at = start + timedelta(days=step["after"], hours=2)
        at += timedelta(days=max(0, 7 - at.weekday()) if at.weekday() >= 5 else 0)  # staff answer on weekdays
        _step(request, step, at, officer, superior, documents)


def _step(request: InformationRequest, step: dict, at: datetime, officer, superior, documents) -> None:
    """One later step of a demo request, written as the service would have on that day, without its email."""
    kind, message = None, step.get("message", "")
    if step["do"] == "extend":
        request.status, request.extension_reason = RequestStatus.EXTENDED, message
        request.extended_until = add_working_days(request.due_on, services.EXTENSION_DAYS)
        kind = EventKind.EXTENDED
    elif step["do"] in ("answer", "refuse", "transfer"):
        request.decided_at = at
        request.status, kind = {
            "answer": (RequestStatus.ANSWERED, EventKind.ANSWERED),
            "refuse": (RequestStatus.REFUSED, EventKind.REFUSED),
            "transfer": (RequestStatus.TRANSFERRED, EventKind.TRANSFERRED),
        }[step["do"]]
        request.exemption = step.get("exemption", "")
        request.consequence_test = step.get("consequence_test", "")
        request.transferred_to = step.get("body", "")
        if "document" in step:
            unit_slug = request.unit.slug if request.unit_id else None
            request.documents.add(documents.get(step["document"], unit_slug))
    elif step["do"] == "object":
        objection = Objection.objects.create(
            request=request,
            ground=step["ground"],
            reason=step["reason"],
            due_on=add_working_days(at.date(), services.OBJECTION_ANSWER_DAYS),
        )
        Objection.objects.filter(pk=objection.pk).update(filed_at=at)
        _event(request, EventKind.OBJECTED, at, None, objection.get_ground_display())
    elif step["do"] == "answer_objection":
        Objection.objects.filter(request=request, answered_at=None).update(
            outcome=step["outcome"], answer=step["answer"], answered_at=at, answered_by=superior
        )
        _event(request, EventKind.OBJECTION_ANSWERED, at, superior, step["answer"])
    if kind is not None:
        request.save()
        _event(request, kind, at, officer, message)


def _event(request: InformationRequest, kind: str, at: datetime, actor, message: str) -> None:
    event = RequestEvent.objects.create(request=request, kind=kind, actor=actor, message=message)
    RequestEvent.objects.filter(pk=event.pk).update(created_at=at)
