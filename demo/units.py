"""Demo content of the `reports` app: the units of Kota Ambon, their groups, three years of reports, the dashboard."""

from contextlib import contextmanager

from django.contrib.auth.models import User
from wagtail.admin.signal_handlers import task_submission_email_notifier, workflow_submission_email_notifier
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

from demo.pages import child_page, translate_page
from demo.reports import build_reports
from demo.tables import PAGES, UNITS
from home.models import HomePage
from reports.models import DashboardPage, UnitIndexPage, UnitPage
from reports.services import review_workflow_ensure, unit_ensure_editor_group, unit_ensure_staff_group


def build_units(home: HomePage, units: list[dict] = UNITS) -> UnitIndexPage:
    index, _created = child_page(home, UnitIndexPage, **PAGES["units"]["id"])
    translate_page(index, **PAGES["units"]["en"])
    for data in units:
        unit, _created = child_page(
            index,
            UnitPage,
            slug=data["slug"],
            title=data["title"]["id"],
            code=data["code"],
            short_name=data["short_name"],
            unit_type=data["unit_type"],
            head_name=data["head_name"],
            head_title=data["head_title"]["id"],
            address=data["address"],
            phone=data["phone"],
            email=data["email"],
            description=data["description"]["id"],
        )
        unit_ensure_staff_group(unit=unit)
        unit_ensure_editor_group(unit=unit)
        translate_page(
            unit,
            title=data["title"]["en"],
            head_title=data["head_title"]["en"],
            description=data["description"]["en"],
        )
    return index


def build_dashboard(home: HomePage) -> DashboardPage:
    dashboard, _created = child_page(home, DashboardPage, **PAGES["dashboard"]["id"])
    translate_page(dashboard, **PAGES["dashboard"]["en"])
    return dashboard


def build_reports_and_review(index: UnitIndexPage, *, editor: User) -> None:
    """Three years of published reports for every unit, and one draft waiting in the review workflow."""
    workflow = review_workflow_ensure(index=index)
    draft = build_reports(index)
    if draft.current_workflow_state is None:
        with _without_submission_emails():
            workflow.start(draft, editor)


@contextmanager
def _without_submission_emails():
    """The demo draft is submitted as if last week: Wagtail's reviewers are not to be emailed about it now."""
    handlers = [
        (task_submitted, task_submission_email_notifier, TaskState, "group_approval_task_submitted_email_notification"),
        (
            workflow_submitted,
            workflow_submission_email_notifier,
            WorkflowState,
            "workflow_state_submitted_email_notification",
        ),
    ]
    for signal, _handler, sender, uid in handlers:
        signal.disconnect(sender=sender, dispatch_uid=uid)
    try:
        yield
    finally:
        for signal, handler, sender, uid in handlers:
            signal.connect(handler, sender=sender, dispatch_uid=uid)
