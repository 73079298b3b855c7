"""The demo's ASN training, from the seed articles: BKPSDM's programmes (public-service communication, project
management, innovation in government with Universitas Pattimura), past sessions the demo's staff attended and
evaluated, a module revised after their feedback, and the early warnings with a unit's follow-up."""

from datetime import timedelta

from django.db import transaction

from demo.pages import child_page, translate_page
from demo.tables import table
from feedback.deadlines import local_today
from home.models import HomePage
from reports.models import UnitIndexPage, UnitPage
from training import services
from training.early_warning import signals_detect
from training.models import (
    Enrolment,
    PerformanceSignal,
    TrainingIndexPage,
    TrainingModule,
    TrainingProgrammePage,
    TrainingSession,
)

TRAINING = table("training")  # the index page, the programmes with modules, sessions and evaluations, follow-ups


def build_training(home: HomePage, index: UnitIndexPage, participants: list, organiser) -> TrainingIndexPage:
    """The training pages in both languages with their records, then the early warnings; skipped when present.
    `organiser` (BKPSDM's training staff) revises the module the participants' feedback found wanting."""
    texts = TRAINING["index"]
    page, _created = child_page(home, TrainingIndexPage, slug=texts["slug"], show_in_menus=True, **texts["id"])
    translate_page(page, **texts["en"])
    services.organisers_ensure(index=page)
    units = {unit.slug: unit for unit in UnitPage.objects.child_of(index)}
    with transaction.atomic():
        for programme in TRAINING["programmes"]:
            if not TrainingProgrammePage.objects.child_of(page).filter(slug=programme["slug"]).exists():
                _programme(page, units, programme, participants, organiser)
        signals_detect()
        for follow_up in TRAINING["follow_ups"]:
            _follow_up(units[follow_up["unit"]], follow_up, participants)
    return page


def _programme(index: TrainingIndexPage, units: dict, data: dict, participants: list, organiser) -> None:
    fields = {
        name: data[name]
        for name in ("partner", "needs_finding", "needs_survey", "needs_respondents", "target_participants")
    }
    page, _created = child_page(
        index,
        TrainingProgrammePage,
        slug=data["slug"],
        organiser=units[data["organiser"]],
        target_indicator=data["target_indicator"],
        **fields,
        **data["id"],
    )
    translate_page(page, **data["en"])
    modules = [
        TrainingModule.objects.create(
            programme=page, sort_order=position, **{key: value for key, value in module.items() if key != "revision"}
        )
        for position, module in enumerate(data["modules"])
    ]
    today = local_today()
    for session_data in data["sessions"]:
        starts = today + timedelta(days=session_data["starts_in_days"])
        session = TrainingSession.objects.create(
            programme=page,
            starts_on=starts,
            ends_on=starts + timedelta(days=session_data["days"] - 1),
            mode=session_data["mode"],
            place=session_data["place"],
            capacity=session_data["capacity"],
        )
        for participant, row in zip(participants, session_data["evaluations"], strict=False):
            enrolment = Enrolment.objects.create(session=session, participant=participant)  # in the past: no service
            ratings, comments = row[: len(modules)], row[len(modules) :]
            services.evaluation_submit(
                enrolment=enrolment,
                ratings={module.pk: rating for module, rating in zip(modules, ratings, strict=True)},
                comments={module.pk: comment for module, comment in zip(modules, comments, strict=True)},
            )
    for module, module_data in zip(modules, data["modules"], strict=True):
        revision = module_data.get("revision")
        if revision:
            services.module_revise(
                module=module,
                by=organiser,
                reason=revision["reason"],
                prompted_by=list(module.evaluations.exclude(comment="")),
                **revision["changes"],
            )


def _follow_up(unit: UnitPage, data: dict, participants: list) -> None:
    """The unit's answer to its first warning, written by its own staff (the first of `participants` who is)."""
    signal = PerformanceSignal.objects.filter(unit=unit).order_by("year", "kind", "subject").first()
    if signal is None or signal.follow_ups.exists():
        return
    staff = next(user for user in participants if services.may_follow_up(user, signal))
    programme = TrainingProgrammePage.objects.filter(slug=data["programme"]).first() if data["programme"] else None
    services.signal_follow_up(
        signal=signal, by=staff, action=data["action"], description=data["description"], programme=programme
    )
