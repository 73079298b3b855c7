"""The performance report (LKjIP) of one unit for one period, with its indicators and budget lines.

Indicators and budget lines hang on the page through a ParentalKey, so they are saved in the page's
revisions, previewed and reviewed with it, and published only when the page is.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from pagecache.store import remember_unless_preview
from reports.achievement import Polarity, absorption, achievement, band, target_met
from reports.panels import IndicatorImportPanel

VALUE = {"max_digits": 18, "decimal_places": 4, "null": True, "blank": True}
MONEY = {"max_digits": 18, "decimal_places": 2}


class ReportPeriod(models.TextChoices):
    ANNUAL = "tahunan", _("Annual")
    Q1 = "tw1", _("Quarter 1")
    Q2 = "tw2", _("Quarter 2")
    Q3 = "tw3", _("Quarter 3")
    Q4 = "tw4", _("Quarter 4")


PERIOD_ORDER = {value: position for position, value in enumerate(ReportPeriod.values)}


def report_slug(year: int, period: str) -> str:
    """A report's address under its unit: lkjip-2025 for the year, lkjip-2025-tw1 for a quarter. Links to reports
    from elsewhere (letters, the city's other sites) are written by this pattern, so the form keeps to it."""
    return f"lkjip-{year}" if period == ReportPeriod.ANNUAL else f"lkjip-{year}-{period}"


def parent_path(path: str) -> str:
    """The tree path of a page's parent, read off its own path (a unit's path, for a report)."""
    return path[: -Page.steplen]


class PerformanceReportForm(WagtailAdminPageForm):
    """Checks what spans several inline rows and the page's siblings, which no single field can."""

    def is_valid(self):
        """The inline indicators are validated after the page's own fields, so their codes are checked here."""
        if not super().is_valid():
            return False
        codes = [
            form.cleaned_data.get("code")
            for form in self.formsets["indicators"].forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        duplicates = sorted({code for code in codes if code and codes.count(code) > 1})
        if duplicates:
            message = _("Each indicator code may appear once in a report; repeated: %(codes)s.")
            self.add_error(None, ValidationError(message, params={"codes": ", ".join(duplicates)}))
            return False
        return True

    def clean(self):
        cleaned = super().clean()
        year, period = cleaned.get("year"), cleaned.get("period")
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        if year and period and parent is not None:
            siblings = PerformanceReportPage.objects.child_of(parent).filter(year=year, period=period)
            if siblings.exclude(pk=self.instance.pk).exists():
                self.add_error("period", _("This unit already has a report for this year and period."))
        if year and period:
            self._keep_slug_pattern(cleaned, report_slug(year, period))
        return cleaned

    def _keep_slug_pattern(self, cleaned: dict, expected: str) -> None:
        """A new report, or one whose year or period changed, takes the pattern's address; a slug typed over it is
        refused with the address to use (the old one stays reachable through Wagtail's automatic redirect)."""
        slug = cleaned.get("slug")
        if slug == expected or "slug" in self.errors:
            return
        if self.instance.pk is None or slug == self.instance.slug:
            cleaned["slug"] = expected
            return
        message = _(
            "A report's address is made of its year and period, so that links to it can be guessed and stay put: "
            "use “%(slug)s”."
        )
        self.add_error("slug", ValidationError(message, params={"slug": expected}))


class PerformanceReportPage(Page):
    """A unit's performance report (LKjIP) for a year or a quarter: indicators, budget and the signed PDF."""

    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)], db_index=True
    )
    period = models.CharField(_("period"), max_length=10, choices=ReportPeriod.choices, default=ReportPeriod.ANNUAL)
    summary = models.TextField(_("summary"), max_length=1500, help_text=_("What the unit achieved, in a paragraph."))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    official_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed report (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The official, signed LKjIP document."),
    )

    base_form_class = PerformanceReportForm
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("period")], heading=_("Period")),
        FieldPanel("summary"),
        FieldPanel("official_document"),
        IndicatorImportPanel(heading=_("Import indicators from a spreadsheet")),
        InlinePanel("indicators", heading=_("Performance indicators"), label=_("Indicator")),
        InlinePanel("budget_lines", heading=_("Budget per programme"), label=_("Programme")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("indicators", [index.SearchField("name"), index.SearchField("goal")]),
        index.FilterField("year"),
        index.FilterField("period"),
    ]

    parent_page_types = ["reports.UnitPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("performance report")
        verbose_name_plural = _("performance reports")

    def get_admin_display_title(self):
        """Staff lists (the review queue, the explorer, choosers) say whose report it is: "LKjIP 2025 · Dinas PUPR"."""
        title = super().get_admin_display_title()
        if not self.path:  # not saved yet
            return title
        unit = Page.objects.filter(path=parent_path(self.path)).values_list("title", flat=True).first()
        return f"{title} · {unit}" if unit else title

    def search_facets(self) -> dict:
        """How the portal's search files a report, and each of its indicators, which opens the report at its row."""
        parts = [
            {
                "kind": "indicator",
                "anchor": f"indikator-{indicator.pk}",
                "title": indicator.name,
                "body": f"{indicator.goal}\n{indicator.explanation}\n{self.title}",
            }
            for indicator in self.indicators.all()
        ]
        unit = self.get_parent()
        return {"kind": "report", "unit_key": unit.translation_key, "year": self.year, "parts": parts}

    @property
    def period_order(self) -> int:
        return PERIOD_ORDER.get(self.period, len(PERIOD_ORDER))

    @property
    def unit_path(self) -> str:
        """The path of the unit the report belongs to, without a query."""
        return parent_path(self.path)

    @property
    def period_label(self) -> str:
        if self.period == ReportPeriod.ANNUAL:
            return str(self.year)
        return f"{self.get_period_display()} {self.year}"

    def get_context(self, request, *args, **kwargs):
        from reports.charts import budget_chart, target_chart
        from reports.selectors import grouped_by_goal, report_budget_summary, report_indicator_results, results_summary

        context = super().get_context(request, *args, **kwargs)

        def compute() -> dict:
            results = grouped_by_goal(report_indicator_results(self))
            budget_lines = list(self.budget_lines.all())
            charts = {"target_chart": target_chart(results), "budget_chart": budget_chart(budget_lines)}
            return {
                "unit": self.get_parent().specific,
                "results": results,
                "explained": [result for result in results if result.indicator.explanation],
                "summary_figures": results_summary(results),
                "budget_lines": budget_lines,
                "budget_total": report_budget_summary(budget_lines),
                # Our own rendered SVG, kept as text.
                **{name: mark_safe(str(chart)) if chart else chart for name, chart in charts.items()},  # noqa: S308
            }

        context.update(remember_unless_preview(request, f"report:{self.pk}:{get_language()}", compute))
        return context


class Indicator(Orderable):
    """A performance indicator (*indikator kinerja*) of a strategic goal (*sasaran strategis*).

    The same indicator across years is the one with the same code in the same unit: that is how a
    report finds last year's realisation and the trend without anyone typing it twice.
    """

    report = ParentalKey(PerformanceReportPage, on_delete=models.CASCADE, related_name="indicators")
    goal = models.CharField(_("strategic goal (sasaran)"), max_length=300)
    code = models.CharField(
        _("indicator code"), max_length=30, help_text=_("Stable across years, e.g. IKU-1. Links the history.")
    )
    name = models.CharField(_("indicator"), max_length=300)
    measure_unit = models.CharField(_("unit of measure"), max_length=60, help_text=_("E.g. %, persons, index."))
    polarity = models.CharField(_("polarity"), max_length=10, choices=Polarity.choices, default=Polarity.HIGHER)
    target = models.DecimalField(_("target"), **VALUE, help_text=_("For a range: its lower bound."))
    target_upper = models.DecimalField(_("upper bound of the range"), **VALUE)
    realisation = models.DecimalField(_("realisation"), **VALUE)
    end_target = models.DecimalField(
        _("end-of-term target (RPJMD/Renstra)"),
        **VALUE,
        help_text=_("Leave empty to carry over the target from the unit's earlier reports."),
    )
    explanation = models.TextField(_("explanation of causes"), max_length=2000, blank=True)

    panels = [
        FieldPanel("goal"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("measure_unit"), FieldPanel("polarity")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("target"), FieldPanel("target_upper")]), FieldPanel("realisation")],
            heading=_("Target and realisation"),
        ),
        FieldPanel("end_target"),
        FieldPanel("explanation"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return f"{self.code} {self.name}"

    def clean(self):
        super().clean()
        if self.polarity == Polarity.RANGE:
            if self.target_upper is None:
                raise ValidationError({"target_upper": _("A range needs an upper bound.")})
            if self.target is not None and self.target_upper < self.target:
                raise ValidationError({"target_upper": _("The upper bound must not be below the target.")})

    @property
    def achievement(self):
        return achievement(
            polarity=self.polarity, target=self.target, realisation=self.realisation, upper=self.target_upper
        )

    @property
    def band(self):
        return band(self.achievement)

    @property
    def met(self) -> bool | None:
        return target_met(
            polarity=self.polarity, target=self.target, realisation=self.realisation, upper=self.target_upper
        )


class BudgetLine(Orderable):
    """A programme's budget ceiling (*pagu*) and what was spent (*realisasi anggaran*), in rupiah."""

    report = ParentalKey(PerformanceReportPage, on_delete=models.CASCADE, related_name="budget_lines")
    programme = models.CharField(_("programme"), max_length=300)
    ceiling = models.DecimalField(_("budget ceiling (pagu), Rp"), **MONEY, validators=[MinValueValidator(0)])
    spending = models.DecimalField(_("spending (realisasi), Rp"), **MONEY, validators=[MinValueValidator(0)])

    panels = [FieldPanel("programme"), FieldRowPanel([FieldPanel("ceiling"), FieldPanel("spending")])]

    class Meta(Orderable.Meta):
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")

    def __str__(self):
        return self.programme

    @property
    def absorption(self):
        return absorption(ceiling=self.ceiling, spending=self.spending)
