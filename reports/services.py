"""State changes of government units, and the groups and workflow that let units report for themselves."""

from django.contrib.auth.models import Group, Permission, User
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from reports.models import Indicator, PerformanceReportPage, UnitPage

REVIEWER_GROUP = "Bagian Organisasi"
REVIEW_TASK = "Persetujuan Bagian Organisasi"
REVIEW_WORKFLOW = "Tinjauan Bagian Organisasi"


def unit_ensure_staff_group(*, unit: UnitPage) -> Group:
    """Every unit needs a staff group: membership is what grants handling of its complaints.

    Its members handle complaints in the Wagtail admin, so the group also gets admin access (added to an
    existing group too).
    """
    with transaction.atomic():
        if unit.staff_group_id:
            group = unit.staff_group
        else:
            group, _created = Group.objects.get_or_create(name=f"Petugas {unit.short_name or unit.title}")
            UnitPage.objects.filter(pk=unit.pk).update(staff_group=group)
            unit.staff_group = group
        group.permissions.add(admin_access())
    return group


def admin_access() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def _page_permission(action: str) -> Permission:
    """`add`, `change`, `publish`…: Wagtail's page permissions all live on the base Page model."""
    return Permission.objects.get_by_natural_key(f"{action}_page", "wagtailcore", "page")


def _document_permission(action: str) -> Permission:
    return Permission.objects.get_by_natural_key(f"{action}_document", "wagtaildocs", "document")


def grant_page(group: Group, page: Page, actions: list[str]) -> None:
    for action in actions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_page_permission(action))


def grant_collection(group: Group, collection: Collection, actions: list[str]) -> None:
    for action in actions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_document_permission(action)
        )


def unit_editor_group_name(unit: UnitPage) -> str:
    return f"Editor Laporan {unit.short_name or unit.title}"


def unit_ensure_editor_group(*, unit: UnitPage) -> Group:
    """The unit's report editors: they draft and submit reports in their own unit's subtree only.

    They get no publish permission, so what they write reaches the public only through the review
    workflow; their documents go to the unit's own collection, out of sight of other units.
    """
    name = unit.short_name or unit.title
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=unit_editor_group_name(unit))
        group.permissions.add(admin_access())
        grant_page(group, unit, ["add", "change"])
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=f"Dokumen {name}").first()
        if collection is None:
            collection = root.add_child(name=f"Dokumen {name}")
        grant_collection(group, collection, ["add", "change", "choose"])
    return group


def review_workflow_ensure(*, index: Page) -> Workflow:
    """Every page below `index` (the units with their reports; the training programmes) is published only after
    Bagian Organisasi approves it.

    The reviewers may edit and publish anything below the index and choose any document, so they can
    correct a report before approving it.
    """
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=REVIEWER_GROUP)
        group.permissions.add(admin_access())
        grant_page(group, index, ["change", "publish"])
        grant_collection(group, Collection.get_first_root_node(), ["choose"])

        task, _created = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK)
        task.groups.add(group)
        if not task.active:
            task.active = True
            task.save(update_fields=["active"])

        workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
        if not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def report_import_indicators(*, report: PerformanceReportPage, rows: list[dict], by: User) -> Revision:
    """Replaces the indicators of the report's latest draft in a new draft revision; budget lines stay.

    Nothing is published: a live report keeps showing its published indicators until the draft is
    reviewed and published. `rows` are Indicator field values, as `parse_indicator_file` returns them.
    """
    indicators = [Indicator(sort_order=position, **row) for position, row in enumerate(rows)]
    for indicator in indicators:
        indicator.full_clean(exclude=["report", "sort_order"])
    with transaction.atomic():
        draft = report.get_latest_revision_as_object()
        draft.indicators = indicators
        return draft.save_revision(user=by, log_action=True)
