"""Pages across apps: finding the one live page of a kind, or the live translations of pages, in a reader's
language, for links in emails and across apps; rendering a routable page's route; and the headers of a page that
shows a private link."""

from django.conf import settings
from wagtail.models import Locale

PRIVATE_HEADERS = {"Cache-Control": "private, no-store", "Referrer-Policy": "strict-origin"}
"""A private link's secret must leave the page in no Referer: `strict-origin` sends the site's origin only.
Not `no-referrer`: under it browsers send `Origin: null` with the page's own forms and Django's CSRF check
refuses them."""


def live_page_in(page_class, language: str):
    """The live `page_class` page in `language`, else the default language's; None when there is none."""
    pages = page_class.objects.live().select_related("locale")
    pages = pages.filter(locale__language_code__in=[language, settings.LANGUAGE_CODE])
    return min(pages, key=lambda page: page.locale.language_code != language, default=None)


def live_translations(model, keys: set) -> dict:
    """The live pages of `model` with those translation keys, in the reader's language, else in the default one:
    one query however many, by translation key."""
    if not keys:
        return {}
    locale = Locale.get_active()
    pages = model.objects.live().filter(translation_key__in=keys, locale__in={locale.pk, Locale.get_default().pk})
    found = {}
    for page in pages:
        if page.translation_key not in found or page.locale_id == locale.pk:
            found[page.translation_key] = page
    return found


def render_route(page, request, template, context, status=200):
    """A RoutablePage's route rendered through the page (its menus, breadcrumbs, language links), with `status`."""
    response = page.render(request, context_overrides=context, template=template)
    response.status_code = status
    return response


def secret_keep(request, store: str, key: str, secret: str) -> None:
    """Keep a private link's secret in the visitor's session under `store`, until its receipt shows it."""
    secrets = request.session.get(store, {})
    secrets[key] = secret
    request.session[store] = secrets


def secret_take(request, store: str, key: str) -> str | None:
    """The secret kept for `key`, which leaves the session as it is returned: a receipt shows it once, so that the
    next person at a shared or internet-café computer cannot open it."""
    secrets = request.session.get(store, {})
    secret = secrets.pop(key, None)
    if secret is not None:
        request.session[store] = secrets
    return secret


def private_response(response):
    """Never kept by a cache, never naming the page (and its secret) to another site."""
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response
