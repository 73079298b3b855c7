"""Changes to pages make every cached page stale: a page's title and place show in menus, listings, breadcrumbs,
the home page's figures and the sitemap, so saving any page (which publishing, unpublishing and creating a live
page all do), moving or deleting one purges "site". So does a page's privacy (a view restriction is saved without
the page: a page made private must not stay in the cache) and an image or document, whose file, title or focal
point pages show. Apps purge their own tags for their own data (their purges.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from pagecache.store import SITE, purge


@receiver(post_page_move)  # a move rewrites the tree's paths without saving the pages
def page_moved(sender, **kwargs):
    purge(SITE)


@receiver(post_save)
@receiver(post_delete)
def page_saved_or_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        purge(SITE)


def purge_on_change(*models, tags) -> None:
    """Purge `tags` (a tuple, or a function of the changed instance giving one) whenever one of `models` is saved
    or deleted."""

    def changed(sender, instance, **kwargs):
        purge(*(tags(instance) if callable(tags) else tags))

    for model in models:
        post_save.connect(changed, sender=model, weak=False)
        post_delete.connect(changed, sender=model, weak=False)


purge_on_change(PageViewRestriction, get_image_model(), get_document_model(), tags=(SITE,))
