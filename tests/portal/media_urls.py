"""The project's URLs with MEDIA_ROOT/images served by Django, as under `make run` (portal.settings.local)."""

from portal.urls import media_images_urlpatterns
from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = media_images_urlpatterns() + portal_urlpatterns
