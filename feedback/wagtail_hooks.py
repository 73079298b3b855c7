from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from feedback.access import is_verifier, staff_units


class ComplaintsMenuItem(MenuItem):
    """Shown to those who handle complaints: verifiers and the members of a unit's staff group."""

    def is_shown(self, request):
        return is_verifier(request.user) or staff_units(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_complaints_menu_item():
    return ComplaintsMenuItem(
        _("Complaints"), reverse_lazy("feedback_complaints"), name="complaints", icon_name="mail", order=150
    )


@hooks.register("register_admin_urls")
def register_complaint_admin_urls():
    from feedback.admin_views import complaint_admin_urls

    return complaint_admin_urls()
