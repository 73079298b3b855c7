"""Demo content of the complaints module: categories routed to the demo units, a history of complaints, and what
residents said after them ("is it fixed?", neighbours' updates).

The complaints are written as history (rows with past timestamps), not replayed through the services:
replaying them would send hundreds of notification emails and could not date events in the past.
"""

import random
import secrets
from datetime import datetime, time, timedelta

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from demo.pages import child_page, translate_page
from demo.tables import COMPLAINTS, PAGES
from feedback.complaints import updates
from feedback.complaints.fix_checks import ANSWER_EVENTS
from feedback.complaints.services import event_add, secret_hash
from feedback.deadlines import add_working_days, local_today
from feedback.models import (
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintReporter,
    ComplaintUpdate,
    EventKind,
    FixAnswer,
    FixCheck,
    Privacy,
    RejectionReason,
    ReplyTemplate,
    Status,
    UpdateStatus,
)
from feedback.models.pages import ComplaintsPage
from home.models import HomePage
from reports.models import UnitIndexPage, UnitPage

PRIVACY_WEIGHTS = [(Privacy.PUBLIC, 6), (Privacy.ANONYMOUS, 3), (Privacy.CONFIDENTIAL, 1)]


def build_complaints_page(home: HomePage) -> ComplaintsPage:
    page, _created = child_page(home, ComplaintsPage, **PAGES["complaints"]["id"])
    translate_page(page, **PAGES["complaints"]["en"])
    return page


def build_categories(index: UnitIndexPage) -> list[ComplaintCategory]:
    units = {unit.slug: unit for unit in UnitPage.objects.child_of(index)}
    categories = []
    for position, row in enumerate(COMPLAINTS["categories"]):
        category, _created = ComplaintCategory.objects.get_or_create(
            name=row["name"][0],
            defaults={
                "name_en": row["name"][1],
                "description": row["description"][0],
                "description_en": row["description"][1],
                "theme": row["theme"],
                "unit": units[row["unit"]],
                "sort_order": position,
                **row["settings"],
            },
        )
        categories.append(category)
    return categories


def build_reply_templates(categories: list[ComplaintCategory]) -> None:
    """Prepared answers staff pick on a complaint's page: for any category, and a few for the most common ones."""
    by_name = {category.name: category for category in categories}
    for row in COMPLAINTS["reply_templates"]:
        category = by_name[row["category"]] if row["category"] else None
        ReplyTemplate.objects.get_or_create(
            title=row["title"], defaults={"status": row["status"], "category": category, "body": row["body"]}
        )


def build_complaints(categories: list[ComplaintCategory], *, staff: User, count: int = 300) -> None:
    """`count` complaints over the last eight months, in every status and privacy level; skipped when present."""
    if Complaint.objects.filter(submission_key__startswith="demo-").exists():
        return
    with transaction.atomic():
        for number in range(count):
            _complaint(random.Random(f"complaint-{number}"), number, categories, staff)  # noqa: S311 - demo data


def _complaint(rng: random.Random, number: int, categories, staff: User) -> None:
    category = rng.choice(categories)
    place, _kecamatan, village_code = rng.choice(COMPLAINTS["places"])
    title, description = rng.choice(COMPLAINTS["stories"][category.name])
    days_ago = rng.randint(0, 240)
    filed = local_today() - timedelta(days=days_ago)
    submitted_at = _moment(filed, rng)
    privacy = rng.choices([p for p, _w in PRIVACY_WEIGHTS], weights=[w for _p, w in PRIVACY_WEIGHTS])[0]
    if privacy == Privacy.ANONYMOUS and not category.allows_anonymous:
        privacy = Privacy.PUBLIC
    complaint = Complaint.objects.create(
        tracking_code=f"ADU-DEMO-{number:04d}",
        secret_hash=secret_hash(secrets.token_urlsafe(24)),
        submission_key=f"demo-{number}",
        category=category,
        title=title.format(place=place),
        description=description.format(place=place),
        place=place,
        village_code=village_code,
        incident_date=filed - timedelta(days=rng.randint(0, 5)),
        privacy=privacy,
        verification_due=add_working_days(filed, category.verification_days),
        resolution_due=add_working_days(filed, category.resolution_days),
    )
    name = rng.choice(COMPLAINTS["names"])
    ComplaintReporter.objects.create(
        complaint=complaint,
        name=name,
        email=f"{name.split()[0].lower()}.{number}@contoh.id" if rng.random() < 0.7 else "",
        phone=f"0812{rng.randint(1000000, 9999999)}" if rng.random() < 0.5 else "",
        consented_at=submitted_at,
    )
    history = _History(complaint, submitted_at)
    history.add(EventKind.SUBMITTED, submitted_at, public=True)
    _advance(rng, complaint, history, days_ago, staff)
    complaint.save()
    history.write()


def _advance(rng: random.Random, complaint: Complaint, history, days_ago: int, staff: User) -> None:
    """Move the complaint as far along as its age and luck allow; some stall and run late."""
    category = complaint.category
    if days_ago < 2 or rng.random() < 0.04:
        return  # still waiting for verification (the old ones are overdue)
    verified_at = history.later(rng, 0, 4)
    complaint.verified_at = verified_at
    if rng.random() < 0.06:
        complaint.status, complaint.rejection_reason = Status.REJECTED, rng.choice(RejectionReason.values[:2])
        complaint.closed_at = verified_at
        history.add(EventKind.REJECTED, verified_at, public=True, by=staff)
        return
    complaint.unit, complaint.status = category.unit, Status.ROUTED
    complaint.response_due = add_working_days(timezone.localdate(verified_at), category.response_days)
    history.add(EventKind.ROUTED, verified_at, public=True, by=staff)
    if days_ago < 6 or rng.random() < 0.08:
        return  # routed, the unit has not answered yet
    complaint.status = Status.IN_PROGRESS
    history.add(EventKind.STATUS_CHANGED, history.later(rng, 0, 2), public=True, by=staff)
    if rng.random() < 0.1:
        return  # being worked on
    responded_at = history.later(rng, 1, 9)
    complaint.status, complaint.first_response_at, complaint.responded_at = Status.RESPONDED, responded_at, responded_at
    complaint.feedback_due = add_working_days(timezone.localdate(responded_at), category.feedback_days)
    history.add(EventKind.REPLY, responded_at, public=True, by=staff, message=rng.choice(COMPLAINTS["replies"]))
    if days_ago < 20:
        return  # waiting for the resident's verdict
    if rng.random() < 0.12:
        complaint.rejections_by_resident = 1
        complaint.status = Status.IN_PROGRESS
        history.add(EventKind.REOPENED, history.later(rng, 1, 5), public=True, message="Masalahnya belum selesai.")
        complaint.feedback_due = None
        return
    complaint.status, complaint.closed_at = Status.RESOLVED, history.later(rng, 1, 8)
    history.add(EventKind.ACCEPTED, complaint.closed_at, public=True)
    if rng.random() < 0.7:
        complaint.rating = rng.choices([5, 4, 3, 2, 1], weights=[5, 4, 2, 1, 1])[0]
        history.add(EventKind.RATED, history.later(rng, 0, 1), public=True, message=str(complaint.rating))


class _History:
    """Events with past times: created in one go, then dated (created_at is set on insert)."""

    def __init__(self, complaint: Complaint, start: datetime):
        self.complaint, self.last, self.events = complaint, start, []

    def later(self, rng: random.Random, low: int, high: int) -> datetime:
        moment = self.last + timedelta(days=rng.randint(low, high), hours=rng.randint(1, 6))
        self.last = min(moment, timezone.now())
        return self.last

    def add(self, kind: str, at: datetime, *, public: bool, by=None, message: str = "") -> None:
        """Record what happened at `at`, with the complaint's status and unit as they are now."""
        self.events.append((kind, at, public, by, message, self.complaint.status, self.complaint.unit))

    def write(self) -> None:
        """The events, and the complaint's submission dated by the first."""
        self.write_events()
        Complaint.objects.filter(pk=self.complaint.pk).update(submitted_at=self.events[0][1])

    def write_events(self) -> None:
        for kind, at, public, by, message, status, unit in self.events:
            event = ComplaintEvent.objects.create(
                complaint=self.complaint,
                kind=kind,
                actor=by,
                is_public=public,
                message=message,
                status=status,
                unit=unit,
            )
            ComplaintEvent.objects.filter(pk=event.pk).update(created_at=at)


def _moment(day, rng: random.Random) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(rng.randint(7, 21), rng.randint(0, 59))))


def build_resident_voices(residents: dict, *, verifier: User) -> None:
    """What residents said after the demo's complaints: "is it fixed?" answered a month after the resolution by most
    of those resolved one to three months ago, and two neighbours' updates, one published and one waiting for a
    verifier. Skipped when present."""
    if FixCheck.objects.exists():
        return
    rng = random.Random("resident-voices")  # noqa: S311 - demo data
    now = timezone.now()
    resolved = Complaint.objects.filter(
        status=Status.RESOLVED, closed_at__range=(now - timedelta(days=90), now - timedelta(days=30))
    ).order_by("pk")
    answers = [(FixAnswer.FIXED, 7), (FixAnswer.NOT_FIXED, 2), (FixAnswer.UNKNOWN, 1)]
    with transaction.atomic():
        for complaint in resolved:
            if rng.random() < 0.35:
                continue
            answer = rng.choices([a for a, _w in answers], weights=[w for _a, w in answers])[0]
            at = complaint.closed_at + timedelta(days=28, hours=rng.randint(1, 30))
            FixCheck.objects.create(
                complaint=complaint,
                token=secrets.token_urlsafe(32),
                ask_on=timezone.localdate(at),
                asked_at=at,
                answer=answer,
                answered_at=at,
            )
            history = _History(complaint, complaint.submitted_at)
            history.add(ANSWER_EVENTS[answer], at, public=True)
            for kind, moment, public, by, message, status, unit in history.events:
                event = ComplaintEvent.objects.create(
                    complaint=complaint,
                    kind=kind,
                    actor=by,
                    is_public=public,
                    message=message,
                    status=status,
                    unit=unit,
                )
                ComplaintEvent.objects.filter(pk=event.pk).update(created_at=moment)
        _updates(residents, verifier)


def _updates(residents: dict, verifier: User) -> None:
    open_public = (
        Complaint.objects.publicly_listed()
        .filter(status__in=[Status.ROUTED, Status.IN_PROGRESS], privacy=Privacy.PUBLIC)
        .order_by("submitted_at")
    )
    first, second = open_public[:2]
    published = updates.update_add(
        complaint=first, author=residents["warga.yosef"], text=COMPLAINTS["updates"]["published"], still_broken=True
    )
    # Published as a verifier would, as history: without the emails update_review would send.
    event = event_add(first, EventKind.RESIDENT_UPDATE, by=verifier, public=True, message=published.text)
    ComplaintUpdate.objects.filter(pk=published.pk).update(
        status=UpdateStatus.PUBLISHED, reviewed_by=verifier, reviewed_at=timezone.now(), event=event
    )
    updates.update_add(
        complaint=second, author=residents["warga.maria"], text=COMPLAINTS["updates"]["waiting"], still_broken=False
    )
