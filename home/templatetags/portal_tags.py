"""Site-wide template tags: main navigation, breadcrumbs, the language switcher, the contact details and WhatsApp
links.

What they show changes only when pages do, so each is computed once and then remembered (pagecache.store.remember)
until any page is published, unpublished, moved or deleted: as `Link`s, the same for every visitor of a host.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django import template
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page, Site

from home.models import PortalSettings
from home.selectors import locale_code
from pagecache.store import remember

register = template.Library()


@dataclass(frozen=True)
class Link:
    """A page as navigation shows it."""

    pk: int
    path: str
    depth: int
    title: str
    url: str


def _links(request, pages) -> list[Link]:
    return [Link(page.pk, page.path, page.depth, page.title, page.get_url(request)) for page in pages]


def _remembered(request, name: str, compute):
    """Once per request, and across requests until pages change; per host and language."""
    key = f"{name}:{request.get_host()}:{translation.get_language()}"
    return _per_request(request, key, lambda: remember(key, compute))


def _per_request(request, key: str, compute):
    """Compute once per request: the header and the head both need the same pages."""
    cache = request.__dict__.setdefault("_portal_tags", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _localized_root(request) -> Page | None:
    def compute():
        site = Site.find_for_request(request)
        return site.root_page.localized if site else None

    return _per_request(request, f"root-{translation.get_language()}", compute)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live, public children of this language's home page that are marked 'show in menus'."""
    request = context["request"]

    def compute():
        root = _localized_root(request)
        return _links(request, root.get_children().live().public().in_menu()) if root else []

    return _remembered(request, "main-menu", compute)


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page):
    """Ancestors below the tree root, home page first; the current page is not a link."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context["request"]
    return _remembered(
        request, f"breadcrumbs:{page.pk}", lambda: _links(request, page.get_ancestors().filter(depth__gt=1).live())
    )


@register.simple_tag(takes_context=True)
def language_links(context):
    """[(code, name, url, is_current)]: the page's translation when there is one, else that language's home."""
    request = context["request"]
    page = context.get("page")
    where = page.pk if isinstance(page, Page) else request.get_full_path()
    return _remembered(request, f"language-links:{where}", lambda: _language_links(request, page))


def _language_links(request, page) -> list[tuple[str, str, str, bool]]:
    current = translation.get_language()
    urls = {} if isinstance(page, Page) else _view_translations(request)
    if isinstance(page, Page):
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            urls[translated.locale.language_code] = translated.get_url(request)
    if len(urls) < len(settings.LANGUAGES):
        site = Site.find_for_request(request)
        if site:
            for home in site.root_page.get_translations(inclusive=True).live().select_related("locale"):
                urls.setdefault(home.locale.language_code, home.get_url(request))
    links = []
    for code, name in settings.LANGUAGES:
        if code not in urls:
            with translation.override(code):
                urls[code] = reverse("wagtail_serve", args=[""])
        links.append((code, name, urls[code], code == current))
    return links


def _view_translations(request) -> dict[str, str]:
    """{language: URL} of a Django view inside i18n_patterns (e.g. /data/), or {} for Wagtail's pages."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return {}
    if match.url_name in (None, "wagtail_serve"):
        return {}
    return {code: translate_url(request.get_full_path(), code) for code, _name in settings.LANGUAGES}


@register.filter
def content_language(page) -> str:
    """The language a page's text is written in: an untranslated alias shows its source's text.

    Listings annotate `source_language` (see `home.selectors.with_source_language`) to avoid a query per item.
    """
    if not isinstance(page, Page):
        return translation.get_language()
    if not page.alias_of_id:
        return locale_code(page.locale_id)
    if "source_language" not in page.__dict__:
        page.source_language = (
            Page.objects.filter(pk=page.alias_of_id).values_list("locale__language_code", flat=True).first()
        )
    return page.source_language or locale_code(page.locale_id)


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    """This language's home page; the prefix root when the site has no pages yet."""
    request = context["request"]

    def compute():
        root = _localized_root(request)
        return root.get_url(request) if root is not None else reverse("wagtail_serve", args=[""])

    return _remembered(request, "home-url", compute)


@register.filter
def is_within(page, section) -> bool:
    return isinstance(page, Page) and page.path.startswith(section.path)


@register.simple_tag(takes_context=True)
def portal_contact(context):
    """The site's contact details and footer pages (PortalSettings), remembered until they or a page change."""
    request = context["request"]
    return _remembered(request, "portal-settings", lambda: PortalSettings.for_request(request))


@register.simple_tag(takes_context=True)
def footer_links(context, portal_settings) -> list[Link]:
    """The about and privacy pages chosen in the settings, in the visitor's language when translated."""
    request = context["request"]

    def compute():
        chosen = [portal_settings.about_page_id, portal_settings.privacy_page_id]
        pages = Page.objects.filter(pk__in=[pk for pk in chosen if pk]).live()
        by_translation = {page.translation_key: page for page in pages}
        localized = {
            page.translation_key: page
            for page in Page.objects.filter(translation_key__in=by_translation, locale=Locale.get_active()).live()
        }
        ordered = [page for pk in chosen for page in pages if page.pk == pk]
        return _links(request, [localized.get(page.translation_key, page) for page in ordered])

    return _remembered(
        request, f"footer-links:{portal_settings.about_page_id}:{portal_settings.privacy_page_id}", compute
    )


@register.simple_tag
def table_rows(table) -> dict:
    """Split a TableBlock value into header and body rows as its editor marked them."""
    data = (table or {}).get("data") or []
    header_choice = (table or {}).get("table_header_choice", "")
    first_row = bool((table or {}).get("first_row_is_table_header")) or header_choice in {"row", "both"}
    first_col = bool((table or {}).get("first_col_is_header")) or header_choice in {"column", "both"}
    return {
        "header": data[0] if first_row and data else [],
        "body": data[1:] if first_row else data,
        "first_col_is_header": first_col,
    }


@register.simple_tag
def whatsapp_url(number: str = "", text: str = "") -> str:
    """A wa.me link (no JavaScript needed): to `number` (an Indonesian number as written, 0811 … or +62 811 …), or,
    without one, letting the person choose whom to send `text` to, themselves included."""
    digits = "".join(character for character in number if character.isdigit())
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    query = f"?{urlencode({'text': text}, quote_via=quote)}" if text else ""
    return f"https://wa.me/{digits}{query}"


@register.filter
def document_size(document) -> str:
    """A document's size for its link ("1,2 MB"): Wagtail's stored size, or the file's own where none was stored (a
    document saved in code rather than through the admin's form); empty when the file cannot be found."""
    size = document.file_size
    if not size:
        try:
            size = document.file.size
        except (OSError, ValueError):  # no file behind it
            return ""
    return filesizeformat(size)


DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "description")  # the first a page fills
DESCRIPTION_LENGTH = 160  # what search engines and chat previews show


@register.inclusion_tag("includes/share_meta.html", takes_context=True)
def share_meta(context) -> dict:
    """What search engines and a shared link's preview read: the description, the canonical address, Open Graph and
    Twitter card tags, all with absolute addresses. A view may set `meta_title` and `meta_description` (a public
    complaint does); a page gives its own (the first of DESCRIPTION_FIELDS it fills) and its first body image."""
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    title = context.get("meta_title") or (page and (page.seo_title or page.title)) or _site_name()
    description = context.get("meta_description") or _description_of(page) or DEFAULT_DESCRIPTION
    image, image_alt = _first_image(page)
    return {
        "title": title,
        "description": Truncator(" ".join(str(description).split())).chars(DESCRIPTION_LENGTH),
        "url": request.build_absolute_uri(request.path),
        "site_name": _site_name(),
        "locale": OG_LOCALES.get(translation.get_language(), "id_ID"),
        "image": request.build_absolute_uri(image.url) if image else "",
        "image_alt": image_alt,
    }


@register.simple_tag(takes_context=True)
def absolute(context, url: str) -> str:
    """`url` with the scheme and host the request came with."""
    return context["request"].build_absolute_uri(url)


OG_LOCALES = {"id": "id_ID", "en": "en_US"}
DEFAULT_DESCRIPTION = gettext_lazy(
    "Performance reports of every Ambon city government unit, residents' complaints and their answers, and the "
    "residents' forum, in one place."
)


def _site_name() -> str:
    return str(settings.WAGTAIL_SITE_NAME)


def _description_of(page) -> str:
    if page is None:
        return ""
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, "")
        if value:
            return strip_tags(str(value))
    return ""


def _first_image(page) -> tuple:
    """A rendition (1200 × 630, as previews crop) of the page's first body image, and its alternative text."""
    for block in getattr(page, "body", None) or []:
        if block.block_type == "image" and block.value.get("image"):
            return block.value["image"].get_rendition("fill-1200x630"), block.value.get("alt_text", "")
    return None, ""
