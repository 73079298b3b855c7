from django import template

from feedback.analytics import complaint_figures
from feedback.models import ComplaintsPage, ForumPage, Thread
from feedback.scorecards import unit_scorecard

register = template.Library()

FORUM_THREADS_ON_UNIT_PAGE = 5


@register.inclusion_tag("feedback/includes/unit_scorecard.html", takes_context=True)
def unit_complaint_scorecard(context, unit):
    """A unit page's section on complaints: the unit's scorecard and figures, and where to read and file complaints."""
    return {
        "request": context["request"],
        "unit": unit,
        "scorecard": unit_scorecard(unit.translation_key),
        "figures": complaint_figures(unit_key=unit.translation_key),
        "complaints_page": ComplaintsPage.objects.live().filter(locale_id=unit.locale_id).first(),
    }


@register.inclusion_tag("feedback/includes/unit_forum.html", takes_context=True)
def unit_forum_threads(context, unit):
    """A unit page's section on the forum: the latest public threads addressed to the unit."""
    threads = (
        Thread.objects.listed()
        .filter(unit__translation_key=unit.translation_key)
        .order_by("-last_activity_at", "-pk")[:FORUM_THREADS_ON_UNIT_PAGE]
    )
    return {
        "request": context["request"],
        "unit": unit,
        "threads": list(threads),
        "forum_page": ForumPage.objects.live().filter(locale_id=unit.locale_id).first(),
    }
