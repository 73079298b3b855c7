from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.sitemap import PortalSitemap, robots_txt
from reports.urls import dictionary_urlpatterns


def media_images_urlpatterns() -> list:
    """MEDIA_ROOT/images (Wagtail's renditions) and nothing else of MEDIA_ROOT, for a site with no web server in
    front; the folder is the root, so that no path can climb out of it to documents or complaint attachments."""
    images = Path(settings.MEDIA_ROOT) / "images"
    return [re_path(r"^media/images/(?P<path>.+)$", serve, {"document_root": images})]


urlpatterns = [
    # One login page for everyone, with its second factor and its lock (accounts/second_factor.py): the admin's own
    # login never checks a password, whatever is sent to it.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}),
    path("robots.txt", robots_txt),
    path("", include("catalogue.urls")),  # before the downloads: each dataset's datapackage.json beside them
    path("data/", include("reports.urls")),
    path("data/", include("training.urls")),
    path("data/", include("ppid.urls")),
    path("data/", include("feedback.data_urls")),
    path("open311/v2/", include("open311.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA_IMAGES:
    urlpatterns += media_images_urlpatterns()

# Indonesian, the default language, has no prefix; English pages live under /en/.
urlpatterns += i18n_patterns(
    *dictionary_urlpatterns,
    # Accounts: the path word stays Indonesian in both languages (/akun/login/, /en/akun/login/).
    path("akun/", include("accounts.urls")),
    path("akun/", include("allauth.urls")),
    path("cari/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
