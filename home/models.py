from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.selectors import (
    cards,
    home_actions,
    home_entry_points,
    home_key_figures,
    latest_information_pages,
    with_source_language,
)
from pagecache.store import remember


class HomePage(Page):
    """The front door: what the portal is, key figures and the ways in (units, information pages)."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """Figures and lists that change only when pages do: remembered until a page is published or removed."""
        context = super().get_context(request, *args, **kwargs)
        key = f"home:{self.pk}:{request.get_host()}"
        context["actions"] = remember(f"{key}:actions", lambda: home_actions(self))
        context["entry_points"] = remember(f"{key}:entries", lambda: cards(request, home_entry_points(self)))
        context["key_figures"] = remember(f"{key}:figures", lambda: home_key_figures(self))
        context["latest_pages"] = remember(
            f"{key}:latest", lambda: cards(request, latest_information_pages(StandardPage.objects.all(), self))
        )
        return context


class StandardPage(Page):
    """An accountability or information page; its children, if any, are listed below its body."""

    date = models.DateField(_("publication date"), null=True, blank=True)
    intro = models.TextField(
        _("summary"), max_length=400, blank=True, help_text=_("One or two sentences shown in listings and search.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("date"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def search_facets(self) -> dict:
        """The portal's search dates an information page by its publication date (see search.sources)."""
        return {"date": self.date}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = StandardPage.objects.child_of(self).live().public().order_by("-date", "-first_published_at")
        context["children"] = with_source_language(children)
        return context


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Contact details and footer links; set once per site by communications staff."""

    organisation = models.CharField(_("organisation"), max_length=200, default="Pemerintah Kota Ambon")
    address = models.TextField(_("address"), max_length=400, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    whatsapp = models.CharField(_("WhatsApp"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("whatsapp"),
                FieldPanel("email"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel([FieldPanel("about_page"), FieldPanel("privacy_page")], heading=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("portal settings")
