"""The security log's place in the Wagtail admin: its address and a menu item for those who may read it."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.admin_views import audit_admin_urls, may_audit


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return may_audit(request.user)


@hooks.register("register_admin_urls")
def register_audit_urls():
    return audit_admin_urls()


@hooks.register("register_admin_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(
        _("Security log"), reverse_lazy("security_audit"), name="security-log", icon_name="lock", order=900
    )
