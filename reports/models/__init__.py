"""Government units (OPD), their performance reports (LKjIP) and the city's performance dashboard."""

from reports.models.dashboard import DashboardPage
from reports.models.performance import BudgetLine, Indicator, PerformanceReportPage, ReportPeriod, report_slug
from reports.models.units import UNIT_TYPE_ORDER, UnitIndexPage, UnitPage, UnitType

__all__ = [
    "UNIT_TYPE_ORDER",
    "BudgetLine",
    "DashboardPage",
    "Indicator",
    "PerformanceReportPage",
    "ReportPeriod",
    "UnitIndexPage",
    "UnitPage",
    "UnitType",
    "report_slug",
]
