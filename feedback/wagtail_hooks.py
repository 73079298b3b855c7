from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from feedback import open_data
from feedback.complaints.access import complaints_for, handled_units, handles_complaints
from feedback.complaints.admin_views import complaint_admin_urls
from feedback.complaints.analytics import complaint_figures
from feedback.complaints.selectors import NOT_ROUTED, OPEN, OVERDUE, latest_complaint_year, load_by_unit
from feedback.datasets import feedback_datasets
from feedback.deadlines import local_today
from feedback.forum.access import is_moderator
from feedback.forum.admin_views import moderation_admin_urls
from feedback.models import Board, CityHoliday, ComplaintCategory, ComplaintsPage, ForumPage, ReplyTemplate, Thread
from feedback.page_cache import COMPLAINTS, FORUM, shows_complaints, shows_forum
from feedback.scorecards import unit_scorecard
from home.selectors import HomeAction
from pagecache.store import SITE, remember_rendered
from reports.columns import described_columns
from reports.selectors import units_by_translation_key

FORUM_THREADS_ON_UNIT_PAGE = 5


@hooks.register("portal_dashboard_sections")
def complaint_dashboard_section(request, page, year):
    """The dashboard's complaints of `year`: how many, their status, how long resolving took, and per unit.

    Units are named in the dashboard's language, those with the most complaints first; a unit whose page is not
    live has no row, though its complaints count in the total.
    """
    shows_complaints(request)

    def context():
        # Complaints count by the year they were filed, not by a report's year: a report year without complaints
        # (reports come a year late) shows the latest year that has some, and says so.
        figures, shown = complaint_figures(year=year), year
        if not figures.total:
            shown = latest_complaint_year() or year
            if shown != year:
                figures = complaint_figures(year=shown)
        units = {str(key): unit for key, unit in units_by_translation_key(page.locale_id).items()}
        by_unit = sorted(
            ((units[key], count) for key, count in figures.by_unit.items() if key in units),
            key=lambda row: (-row[1], row[0].title.lower()),
        )
        return {
            "year": shown,
            "report_year": year,
            "figures": figures,
            "by_unit": by_unit,
            "complaints_page": ComplaintsPage.objects.live().filter(locale_id=page.locale_id).first(),
        }

    key = f"dashboard-complaints:{page.pk}:{year}"
    return _section(request, key, COMPLAINTS, "complaints/_dashboard_section", context)


@hooks.register("portal_unit_sections")
def unit_complaint_section(request, unit):
    """A unit page's section on complaints: the unit's scorecard and figures, and where to read and file complaints."""
    shows_complaints(request)

    def context():
        return {
            "unit": unit,
            "scorecard": unit_scorecard(unit.translation_key),
            "figures": complaint_figures(unit_key=unit.translation_key),
            "complaints_page": ComplaintsPage.objects.live().filter(locale_id=unit.locale_id).first(),
        }

    # The scorecard counts what is on time today: a new day is a new key.
    key = f"unit-complaints:{unit.pk}:{local_today()}"
    return _section(request, key, COMPLAINTS, "complaints/_unit_section", context)


@hooks.register("portal_unit_sections")
def unit_forum_section(request, unit):
    """A unit page's section on the forum: the latest public threads addressed to the unit."""
    shows_forum(request)

    def context():
        threads = (
            Thread.objects.listed()
            .filter(unit__translation_key=unit.translation_key)
            .order_by("-last_activity_at", "-pk")[:FORUM_THREADS_ON_UNIT_PAGE]
        )
        return {
            "unit": unit,
            "threads": list(threads),
            "forum_page": ForumPage.objects.live().filter(locale_id=unit.locale_id).first(),
        }

    return _section(request, f"unit-forum:{unit.pk}", FORUM, "forum/_unit_section", context)


def _section(request, key: str, tag: str, template: str, context) -> str:
    """`feedback/<template>.html` rendered with `context()` once per host, and remembered until a page or what `tag`
    names changes (pagecache.store.remember): the same for every visitor."""
    return remember_rendered(request, key, f"feedback/{template}.html", context, tags=(SITE, tag))


class ComplaintLoadPanel(Component):
    """The admin home's open complaints per unit: overdue and due soon first, and units nobody can answer for."""

    name = "complaint_load"
    template_name = "feedback/complaints/admin/home_panel.html"
    order = 60

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        loads = load_by_unit(complaints_for(self.user), handled_units(self.user), local_today())
        return {
            "loads": loads,
            "overdue": sum(load.overdue for load in loads),
            "unanswerable": [load for load in loads if load.unanswerable],
            "inbox": reverse("feedback_complaints"),
            "overdue_filter": OVERDUE,
            "not_routed": NOT_ROUTED,
            "open_filter": OPEN,
        }


@hooks.register("construct_homepage_panels")
def add_complaint_load_panel(request, panels):
    if handles_complaints(request.user):
        panels.append(ComplaintLoadPanel(request.user))


class ComplaintsMenuItem(MenuItem):
    """Shown to those who handle complaints: verifiers and the members of a unit's staff group."""

    def is_shown(self, request):
        return handles_complaints(request.user)


@hooks.register("register_admin_menu_item")
def register_complaints_menu_item():
    return ComplaintsMenuItem(
        _("Complaints"), reverse_lazy("feedback_complaints"), name="complaints", icon_name="mail", order=150
    )


@hooks.register("register_admin_urls")
def register_complaint_admin_urls():
    return complaint_admin_urls()


class ForumModerationMenuItem(MenuItem):
    """Shown to forum moderators only; for anyone else the moderation pages are a 404."""

    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_admin_menu_item")
def register_forum_moderation_menu_item():
    return ForumModerationMenuItem(
        _("Forum moderation"), reverse_lazy("forum_moderation"), name="forum-moderation", icon_name="comment", order=160
    )


@hooks.register("register_admin_urls")
def register_forum_moderation_admin_urls():
    return moderation_admin_urls()


class ComplaintCategoryViewSet(SnippetViewSet):
    """Categories route complaints to units and set their deadlines; verifiers keep them up to date."""

    model = ComplaintCategory
    icon = "tag"
    menu_label = _("Complaint categories")
    list_display = ["name", "theme", "unit", "verification_days", "response_days", "resolution_days", "active"]
    list_filter = ["theme", "active"]
    search_fields = ["name", "name_en"]


class ReplyTemplateViewSet(SnippetViewSet):
    """Prepared answers per status and category, which staff pick on a complaint's page and edit before sending."""

    model = ReplyTemplate
    icon = "doc-full"
    menu_label = _("Reply templates")
    list_display = ["title", "status", "category", "active"]
    list_filter = ["status", "category", "active"]
    search_fields = ["title", "body"]


class CityHolidayViewSet(SnippetViewSet):
    """Days off the city declares on top of the national holidays: complaint deadlines skip them."""

    model = CityHoliday
    icon = "date"
    menu_label = _("City days off")
    list_display = ["date", "name"]


class BoardViewSet(SnippetViewSet):
    model = Board
    icon = "comment"
    menu_label = _("Forum boards")
    list_display = ["name", "slug", "unit", "sort_order"]
    search_fields = ["name", "name_en"]


class FeedbackSettingsGroup(SnippetViewSetGroup):
    items = (ComplaintCategoryViewSet, ReplyTemplateViewSet, CityHolidayViewSet, BoardViewSet)
    menu_icon = "cog"
    menu_label = _("Complaints and forum settings")
    menu_name = "feedback-settings"
    menu_order = 170


register_snippet(FeedbackSettingsGroup)


@hooks.register("portal_home_actions")
def complaint_home_actions(home):
    """Filing and following a complaint, on the home page's first screen where a phone shows it."""
    page = ComplaintsPage.objects.live().public().child_of(home).first()
    if page is None:
        return []
    return [
        HomeAction(str(_("File a complaint")), page.url + page.reverse_subpage("file"), primary=True),
        HomeAction(str(_("Track a complaint")), f"{page.url}#lacak"),
    ]


@hooks.register("portal_datasets")
def feedback_catalogue_entries():
    return feedback_datasets()


@hooks.register("portal_data_sections")
def feedback_data_section(request):
    """The complaints' and the forum's datasets on the open-data page, with their addresses and columns."""
    tables = [
        (_("Public complaints"), open_data.COMPLAINT_COLUMNS, open_data.COMPLAINTS),
        (_("Responsiveness scorecards"), open_data.SCORECARD_COLUMNS, open_data.SCORECARDS),
        (_("Official forum answers"), open_data.FORUM_COLUMNS, open_data.FORUM_ANSWERS),
    ]
    return render_to_string("feedback/_data_dictionary.html", {"columns": described_columns(tables)}, request=request)
