"""Finding the one live page of a kind in a reader's language, for links in emails and across apps."""

from django.conf import settings


def live_page_in(page_class, language: str):
    """The live `page_class` page in `language`, else the default language's; None when there is none."""
    pages = page_class.objects.live().select_related("locale")
    pages = pages.filter(locale__language_code__in=[language, settings.LANGUAGE_CODE])
    return min(pages, key=lambda page: page.locale.language_code != language, default=None)
