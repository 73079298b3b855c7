from django.db.models import Count, Q
from django.utils.translation import gettext as _
from wagtail import hooks

from home.selectors import KeyFigure
from reports.admin_views import indicator_import_urls
from reports.datasets import report_datasets
from reports.models import DashboardPage, PerformanceReportPage, UnitIndexPage, UnitPage, UnitType
from reports.selectors import live_units
from reports.services import unit_ensure_editor_group, unit_ensure_staff_group


@hooks.register("after_create_page")
def create_groups_for_new_unit(request, page):
    if isinstance(page.specific, UnitPage) and page.locale.is_default:
        unit_ensure_staff_group(unit=page.specific)
        unit_ensure_editor_group(unit=page.specific)


@hooks.register("portal_key_figures")
def unit_key_figures(home):
    index = UnitIndexPage.objects.live().child_of(home).first()
    if index is None:
        return []
    counts = live_units(index).aggregate(
        units=Count("pk"), districts=Count("pk", filter=Q(unit_type=UnitType.DISTRICT))
    )
    reports = PerformanceReportPage.objects.live().public().descendant_of(index).count()
    dashboard = DashboardPage.objects.live().child_of(home).first()
    return [
        KeyFigure(value=counts["units"], label=_("government units"), url=index.url),
        KeyFigure(value=counts["districts"], label=_("districts"), url=f"{index.url}#{UnitType.DISTRICT}"),
        KeyFigure(value=reports, label=_("performance reports published"), url=dashboard.url if dashboard else ""),
    ]


@hooks.register("register_admin_urls")
def register_indicator_import_urls():
    return indicator_import_urls()


@hooks.register("portal_datasets")
def report_catalogue_entries():
    return report_datasets()
