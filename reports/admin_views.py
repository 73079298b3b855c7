"""Admin views for importing a report's indicators from the spreadsheet the unit's staff keep."""

import csv

from django import forms
from django.contrib import messages
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from home import converters  # noqa: F401 - registers <id:…> and <token:…> before the routes below
from reports.columns import INDICATOR_COLUMNS
from reports.importing import MAX_BYTES, MAX_ROWS, REQUIRED_COLUMNS, IndicatorFileError, parse_indicator_file
from reports.models import PerformanceReportPage
from reports.services import report_import_indicators


class IndicatorUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Indicator file"),
        allow_empty_file=True,  # an empty file gets the import's own error, listed with the others
        help_text=gettext_lazy(
            "A .csv or .xlsx file with one indicator per row and the column names in the first row. "
            "In polaritas, the Indonesian words naik, turun and rentang mean higher, lower and range."
        ),
    )


def import_indicators(request, page_id: int):
    """Checks the whole file first; only a file without errors becomes a new draft of the report."""
    report = get_object_or_404(PerformanceReportPage, pk=page_id)
    if not report.permissions_for_user(request.user).can_edit():
        # Not PermissionDenied: Wagtail's admin turns that into a redirect to the dashboard.
        return HttpResponseForbidden(_("You may not edit this report."))
    form, errors = IndicatorUploadForm(), []
    if request.method == "POST":
        form = IndicatorUploadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                rows = parse_indicator_file(form.cleaned_data["file"])
            except IndicatorFileError as error:
                errors = error.errors
            else:
                report_import_indicators(report=report, rows=rows, by=request.user)
                message = ngettext(
                    "%(count)d indicator imported into a draft; submit it for review when ready.",
                    "%(count)d indicators imported into a draft; submit it for review when ready.",
                    len(rows),
                ) % {"count": len(rows)}
                messages.success(request, message)
                return redirect("wagtailadmin_pages:edit", report.pk)
    context = {
        "report": report,
        "form": form,
        "errors": errors,
        "columns": [(column, column.name in REQUIRED_COLUMNS) for column in INDICATOR_COLUMNS],
        "max_rows": MAX_ROWS,
        "max_megabytes": MAX_BYTES // (1024 * 1024),
        "page_title": _("Import indicators"),
        "page_subtitle": report.get_admin_display_title(),
        "header_title": _("Import indicators"),
        "header_icon": "upload",
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "reports/admin/import_indicators.html", context, status=status)


def indicator_import_template(request):
    """An empty file with the import's header row, to fill in with a spreadsheet program."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="indikator-kinerja.csv"'
    csv.writer(response).writerow([column.name for column in INDICATOR_COLUMNS])
    return response


def indicator_import_urls() -> list:
    return [
        path("reports/<id:page_id>/import-indicators/", import_indicators, name="reports_import_indicators"),
        path(
            "reports/import-indicators/template.csv",
            indicator_import_template,
            name="reports_import_indicators_template",
        ),
    ]
