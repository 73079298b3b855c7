"""The project's URLs plus one view that fails, to see the 500 page a visitor gets."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def fail(request):
    raise RuntimeError("a bug in a view")


urlpatterns = i18n_patterns(path("gagal/", fail), prefix_default_language=False) + portal_urlpatterns
