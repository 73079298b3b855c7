"""The organiser's screens (modules, revised with a reason once evaluated, and sessions, under "ASN training"), and the
early-warning sections training adds to the dashboard and the unit pages."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from pagecache.store import SITE, depends_on, remember_rendered
from reports.columns import described_columns
from training import columns
from training.admin_forms import TrainingModuleForm
from training.admin_views import early_warning_admin_urls, may_see_warnings
from training.datasets import training_datasets
from training.models import TrainingModule, TrainingSession
from training.purges import EARLY_WARNING
from training.selectors import signals_of_year, unit_signals


class TrainingModuleViewSet(SnippetViewSet):
    model = TrainingModule
    icon = "list-ul"
    menu_label = _("Modules")
    list_display = ["title", "programme", "method", "hours"]
    list_filter = ["programme"]
    edit_handler = ObjectList(
        [
            FieldPanel("programme"),
            FieldPanel("title"),
            FieldPanel("objectives"),
            FieldPanel("title_en"),
            FieldPanel("objectives_en"),
            FieldPanel("method"),
            FieldPanel("hours"),
            FieldPanel("trainer"),
            FieldPanel("sort_order"),
            FieldPanel("revision_reason"),
            FieldPanel("prompted_by"),
        ],
        base_form_class=TrainingModuleForm,
    )


class TrainingSessionViewSet(SnippetViewSet):
    model = TrainingSession
    icon = "date"
    menu_label = _("Sessions")
    list_display = ["programme", "starts_on", "ends_on", "mode", "capacity"]
    list_filter = ["programme", "mode"]


class TrainingViewSetGroup(SnippetViewSetGroup):
    items = (TrainingModuleViewSet, TrainingSessionViewSet)
    menu_label = _("ASN training")
    menu_icon = "group"
    menu_order = 300


register_snippet(TrainingViewSetGroup)


@hooks.register("before_delete_snippet")
def keep_evaluated_modules(request, instances):
    """A module participants evaluated stays, with its evaluations: revise it instead of deleting it."""
    evaluated = [item for item in instances if isinstance(item, TrainingModule) and item.evaluations.exists()]
    if evaluated:
        messages.error(request, _("An evaluated module cannot be deleted: revise it instead, so its history stays."))
        return redirect(TrainingModule.snippet_viewset.get_url_name("list"))
    return None


class EarlyWarningMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_warnings(request.user)


@hooks.register("register_admin_urls")
def register_early_warning_urls():
    return early_warning_admin_urls()


@hooks.register("register_admin_menu_item")
def register_early_warning_menu_item():
    url = reverse_lazy("training_early_warnings")
    return EarlyWarningMenuItem(_("Early warnings"), url, name="early-warnings", icon_name="warning", order=310)


@hooks.register("portal_unit_sections")
def unit_early_warning_section(request, unit):
    """A unit page's early warnings, with what the unit did about each."""
    depends_on(request, EARLY_WARNING)

    def context():
        return {"signals": unit_signals(unit.translation_key), **_rule()}

    key = f"unit-early-warning:{unit.pk}:{get_language()}"
    return remember_rendered(request, key, "training/_unit_early_warning.html", context, tags=(SITE, EARLY_WARNING))


@hooks.register("portal_dashboard_sections")
def dashboard_early_warning_section(request, page, year):
    """The dashboard's early warnings of `year`: those still without a follow-up first."""
    depends_on(request, EARLY_WARNING)

    def context():
        return {"signals": signals_of_year(year), "year": year, **_rule()}

    key = f"dashboard-early-warning:{page.pk}:{year}:{get_language()}"
    return remember_rendered(
        request, key, "training/_dashboard_early_warning.html", context, tags=(SITE, EARLY_WARNING)
    )


@hooks.register("portal_data_sections")
def training_data_section(request):
    """Training's datasets on the open-data page, with their addresses and columns."""
    tables = [
        (_("Programmes"), columns.PROGRAMME_COLUMNS, "pelatihan"),
        (_("Modules and the participants' evaluation"), columns.MODULE_COLUMNS, "pelatihan-modul"),
        (_("Module revisions"), columns.REVISION_COLUMNS, "pelatihan-revisi"),
        (_("Sessions"), columns.SESSION_COLUMNS, "pelatihan-sesi"),
        (_("Early warnings"), columns.SIGNAL_COLUMNS, "peringatan-dini"),
        (_("The units' follow-ups"), columns.FOLLOW_UP_COLUMNS, "peringatan-dini-tindak-lanjut"),
    ]
    context = {"columns": described_columns(tables), **_rule()}
    return render_to_string("training/_data_dictionary.html", context, request=request)


def _rule() -> dict:
    return {
        "drop_points": settings.EARLY_WARNING_DROP_POINTS,
        "complaints_min": settings.EARLY_WARNING_COMPLAINTS_MIN,
        "complaints_rise": settings.EARLY_WARNING_COMPLAINTS_RISE,
    }


@hooks.register("portal_datasets")
def training_catalogue_entries():
    return training_datasets()
