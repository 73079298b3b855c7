"""The PPID's screens in the admin menu, for its officers and superiors only."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ppid.access import handles_requests
from ppid.admin_views import ppid_admin_urls


class PpidMenuItem(MenuItem):
    def is_shown(self, request):
        return handles_requests(request.user)


@hooks.register("register_admin_urls")
def register_ppid_urls():
    return ppid_admin_urls()


@hooks.register("register_admin_menu_item")
def register_ppid_menu_item():
    return PpidMenuItem(
        _("Information requests"), reverse_lazy("ppid_requests"), name="ppid", icon_name="doc-full", order=320
    )
