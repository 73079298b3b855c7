from django.db.models import Q
from django.http import HttpResponse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Both languages' page trees. Aliases are left out: they repeat their source's text at another address."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_any_tree, alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


# What crawlers may skip: the staff's and residents' own screens, one-off links and search result pages.
ROBOTS_DISALLOW = ["/admin/", "/akun/", "/en/akun/", "/cari/", "/en/cari/"]


@require_safe
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
