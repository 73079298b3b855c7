from django import template

from feedback.models import ComplaintsPage
from feedback.scorecards import unit_scorecard

register = template.Library()


@register.inclusion_tag("feedback/includes/unit_scorecard.html", takes_context=True)
def unit_complaint_scorecard(context, unit):
    """A unit page's section on complaints: the unit's scorecard and where to read and file complaints."""
    return {
        "request": context["request"],
        "unit": unit,
        "scorecard": unit_scorecard(unit.translation_key),
        "complaints_page": ComplaintsPage.objects.live().filter(locale_id=unit.locale_id).first(),
    }
