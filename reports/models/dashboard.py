"""*Dasbor Kinerja*: the city's performance dashboard, one year at a time."""

from django.db import models
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from pagecache.store import remember_unless_preview


class DashboardPage(Page):
    """Every unit's average achievement for a chosen year, the spread of bands, the weakest indicators, and what
    other apps add for that year through `portal_dashboard_sections` (the complaints received)."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("performance dashboard")

    def serve(self, request, *args, **kwargs):
        from reports.forms import DashboardFilterForm

        self.filter_form = DashboardFilterForm(request.GET or None, locale=self.locale)
        response = super().serve(request, *args, **kwargs)
        if self.filter_form.is_bound and not self.filter_form.is_valid():
            response.status_code = 400
        return response

    def get_context(self, request, *args, **kwargs):
        from reports.charts import band_chart
        from reports.selectors import city_dashboard, hooked_sections

        context = super().get_context(request, *args, **kwargs)
        form = getattr(self, "filter_form", None)
        if form is None:  # previews do not go through serve()
            from reports.forms import DashboardFilterForm

            form = DashboardFilterForm(None, locale=self.locale)
        year, unit_type = form.chosen_year(), form.chosen_unit_type()

        def compute():
            dashboard = city_dashboard(locale=self.locale, year=year, unit_type=unit_type)
            chart = band_chart(dashboard.band_counts)
            return dashboard, mark_safe(str(chart)) if chart else chart  # noqa: S308 - our own rendered SVG

        # The figures follow from published reports only: remembered until a page changes.
        dashboard, chart = remember_unless_preview(request, f"dashboard:{self.pk}:{year}:{unit_type}", compute)
        context["form"] = form
        context["dashboard"] = dashboard
        context["band_chart"] = chart
        context["sections"] = (
            hooked_sections("portal_dashboard_sections", request, self, dashboard.year) if dashboard.year else []
        )
        return context
