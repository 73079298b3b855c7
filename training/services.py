"""State changes of training: enrolling in a session, evaluating its modules, revising a module, and a unit's
follow-up of an early warning."""

from decimal import Decimal

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Avg
from django.utils.translation import gettext_lazy as _

from accounts.second_factor import is_staff_account
from feedback.deadlines import local_today
from reports.models import UnitPage
from reports.services import admin_access, grant_page, review_workflow_ensure
from training.models import (
    RATING_SCALE,
    Enrolment,
    Evaluation,
    FollowUpAction,
    ModuleRevision,
    PerformanceSignal,
    SignalFollowUp,
    TrainingModule,
    TrainingSession,
)

ORGANISER_GROUP = "Penyelenggara Pelatihan"
REVISED_FIELDS = ("title", "objectives", "method", "hours", "trainer")  # a change to these is a revision
KEPT_FIELDS = (*REVISED_FIELDS, "title_en", "objectives_en")  # what a revision keeps of the earlier version


def organisers_ensure(*, index) -> Group:
    """Training organisers (BKPSDM's, or a unit's training staff) draft programmes below `index` and keep their modules
    and sessions; a programme reaches the public only after Bagian Organisasi approves it, as a report does."""
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=ORGANISER_GROUP)
        group.permissions.add(admin_access())
        grant_page(group, index, ["add", "change"])
        records = Permission.objects.filter(
            content_type__app_label="training",
            codename__in=[
                f"{action}_{model}"
                for action in ("add", "change", "delete", "view")
                for model in ("trainingmodule", "trainingsession")
            ],
        )
        group.permissions.add(*records)
        review_workflow_ensure(index=index)
    return group


def session_enrol(*, session: TrainingSession, participant: AbstractBaseUser) -> Enrolment:
    """A civil servant (a staff account: an admin role or a unit's staff group; not a resident) takes a place in a
    session that has not started and is not full."""
    if not is_staff_account(participant):
        raise PermissionDenied(_("Only staff accounts of the city take part in ASN training."))
    with transaction.atomic():
        session = TrainingSession.objects.select_for_update().get(pk=session.pk)
        existing = Enrolment.objects.filter(session=session, participant=participant).first()
        if existing is not None:
            return existing
        if session.starts_on <= local_today():
            raise ValidationError(_("This session has already started: enrolment is closed."))
        if session.enrolments.count() >= session.capacity:
            raise ValidationError(_("This session is full."))
        return Enrolment.objects.create(session=session, participant=participant)


def evaluation_submit(*, enrolment: Enrolment, ratings: dict[int, int], comments: dict[int, str]) -> list[Evaluation]:
    """The participant's evaluation of the session's modules, once each, after the session ended."""
    if enrolment.session.ends_on > local_today():
        raise ValidationError(_("Modules can be evaluated once the session has ended."))
    modules = {module.pk: module for module in enrolment.session.programme.modules.all()}
    if not ratings or set(ratings) - set(modules):
        raise ValidationError(_("Rate the modules of this programme."))
    if any(rating not in RATING_SCALE for rating in ratings.values()):
        raise ValidationError(_("Give each rating from 1 to 5."))
    try:
        with transaction.atomic():
            return [
                Evaluation.objects.create(
                    enrolment=enrolment,
                    module=modules[module_id],
                    rating=rating,
                    comment=comments.get(module_id, "").strip(),
                )
                for module_id, rating in ratings.items()
            ]
    except IntegrityError as error:
        raise ValidationError(_("You have already evaluated this module.")) from error


def module_revise(
    *, module: TrainingModule, by: AbstractBaseUser, reason: str, prompted_by=(), **changes
) -> TrainingModule:
    """Change a module, keeping what it was, why it changed and the evaluations that prompted it."""
    if not reason.strip():
        raise ValidationError(_("Say why the module is revised."))
    unknown = set(changes) - set(KEPT_FIELDS)
    if unknown:
        raise ValueError(f"Not a revisable field: {', '.join(sorted(unknown))}")
    prompted = list(Evaluation.objects.filter(module=module, pk__in=[evaluation.pk for evaluation in prompted_by]))
    with transaction.atomic():
        module = TrainingModule.objects.select_for_update().get(pk=module.pk)
        mean = module.evaluations.aggregate(mean=Avg("rating"))["mean"]
        revision = ModuleRevision.objects.create(
            module=module,
            **{name: getattr(module, name) for name in KEPT_FIELDS},
            reason=reason.strip(),
            responses=module.evaluations.count(),
            mean_rating=None if mean is None else Decimal(str(round(mean, 2))),
            revised_by=by,
        )
        revision.prompted_by.set(prompted)
        for name, value in changes.items():
            setattr(module, name, value)
        module.full_clean(exclude=["programme"])
        module.save()
    return module


def may_follow_up(user: AbstractBaseUser, signal: PerformanceSignal) -> bool:
    """The unit's own staff (and superusers) write what the unit did about its warnings."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or UnitPage.objects.staffed_by(user).filter(pk=signal.unit_id).exists()


def signal_follow_up(
    *, signal: PerformanceSignal, by: AbstractBaseUser, action: str, description: str, programme=None
) -> SignalFollowUp:
    """The unit records what it did about a warning: training (naming the programme), a process review, or other."""
    if not may_follow_up(by, signal):
        raise PermissionDenied(_("Only the unit's own staff write its follow-ups."))
    if action not in FollowUpAction.values:
        raise ValidationError(_("Choose what the unit did."))
    if not description.strip():
        raise ValidationError(_("Describe what the unit did."))
    if action == FollowUpAction.TRAINING and programme is None:
        raise ValidationError(_("Name the training programme."))
    return SignalFollowUp.objects.create(
        signal=signal,
        action=action,
        programme=programme if action == FollowUpAction.TRAINING else None,
        description=description.strip(),
        written_by=by,
    )
