from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index

from home import converters  # noqa: F401 - registers <id:…> and <token:…> before the routes below
from pagecache.store import remember_unless_preview


class UnitType(models.TextChoices):
    """Kinds of OPD (organisasi perangkat daerah), in the order the city lists them."""

    SECRETARIAT = "sekretariat", _("Secretariats")
    INSPECTORATE = "inspektorat", _("Inspectorate")
    AGENCY = "dinas", _("Agencies (dinas)")
    BOARD = "badan", _("Boards (badan)")
    UNIT = "satuan", _("Units (satuan)")
    DISTRICT = "kecamatan", _("Districts (kecamatan)")


UNIT_TYPE_ORDER = {value: position for position, value in enumerate(UnitType.values)}


class UnitIndexPage(Page):
    """*Perangkat Daerah*: every government unit of the city, grouped by kind."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["reports.UnitPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("unit index page")

    def get_context(self, request, *args, **kwargs):
        from reports.selectors import units_grouped_by_type

        context = super().get_context(request, *args, **kwargs)
        # Called by the template only when the list it remembers ({% remembered %}) is stale.
        context["unit_groups"] = partial(units_grouped_by_type, self)
        return context


class UnitPageQuerySet(PageQuerySet):
    def published(self):
        """What residents may see: live and not behind a privacy restriction."""
        return self.live().public()

    def canonical(self):
        """The pages in the site's default language: complaints, forum threads and staff badges point at those."""
        return self.filter(locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))

    def staffed_by(self, user: AbstractBaseUser):
        """The canonical units whose staff group the user belongs to."""
        if not user.is_authenticated:
            return self.none()
        return self.canonical().filter(staff_group__user=user)

    def with_staffing(self):
        """Each unit with `has_active_staff`: whether an active account is in its staff group, so that somebody sees
        the complaints routed to it."""
        active_member = get_user_model().objects.filter(groups=models.OuterRef("staff_group"), is_active=True)
        return self.annotate(has_active_staff=models.Exists(active_member))


class UnitPage(RoutablePageMixin, Page):
    """One OPD. Its staff group is who may handle the unit's complaints and answer for it officially."""

    code = models.CharField(
        _("unit code"),
        max_length=30,
        help_text=_("The code in the regional nomenclature, e.g. 1.02.0.00.0.00.01.0000."),
    )
    short_name = models.CharField(_("short name"), max_length=60, help_text=_("E.g. Dinkes, BKPSDM."))
    unit_type = models.CharField(_("type"), max_length=20, choices=UnitType.choices, default=UnitType.AGENCY)
    head_name = models.CharField(_("head official"), max_length=200, blank=True)
    head_title = models.CharField(
        _("head's position"), max_length=200, blank=True, help_text=_("E.g. Kepala Dinas, Camat.")
    )
    address = models.TextField(_("address"), max_length=400, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol"])
    staff_group = models.ForeignKey(
        Group,
        verbose_name=_("staff group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="units",
        help_text=_(
            "Members handle this unit's complaints and answer for it officially. Created with the unit when left empty."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("code"), FieldPanel("short_name"), FieldPanel("unit_type")], heading=_("Identity")),
        MultiFieldPanel([FieldPanel("head_name"), FieldPanel("head_title")], heading=_("Leadership")),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        FieldPanel("description"),
        FieldPanel("staff_group", permission="auth.change_group"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("short_name", boost=3),  # the portal's search adds it to the unit's title
        index.SearchField("description"),
        index.FilterField("unit_type"),
        index.FilterField("code"),
    ]

    parent_page_types = ["reports.UnitIndexPage"]
    subpage_types = ["reports.PerformanceReportPage"]

    objects = PageManager.from_queryset(UnitPageQuerySet)()

    class Meta:
        verbose_name = _("government unit")
        verbose_name_plural = _("government units")

    def search_facets(self) -> dict:
        """How the portal's search files a unit (see search.sources)."""
        return {"kind": "unit", "unit_key": self.translation_key}

    @property
    def type_order(self) -> int:
        return UNIT_TYPE_ORDER.get(self.unit_type, len(UNIT_TYPE_ORDER))

    def get_context(self, request, *args, **kwargs):
        from reports.selectors import reports_by_year, unit_latest_summary, unit_reports

        context = super().get_context(request, *args, **kwargs)

        def compute() -> dict:
            reports = unit_reports(self)
            return {"reports_by_year": reports_by_year(reports), "latest": unit_latest_summary(reports)}

        context.update(remember_unless_preview(request, f"unit:{self.pk}", compute))
        return context

    @path("indikator/<token:code>/", name="indicator_trend")
    def indicator_trend(self, request, code):
        """One indicator across the years: the trend chart and its table."""
        from reports.charts import trend_chart
        from reports.selectors import indicator_trend

        points = indicator_trend(self, code)
        if not points:
            raise Http404
        return self.render(
            request,
            context_overrides={"code": code, "points": points, "latest": points[-1], "chart": trend_chart(points)},
            template="reports/indicator_trend.html",
        )
