"""The PPID's screens in the admin menu, for its officers and superiors only; its datasets on the open-data page."""

from django.template.loader import render_to_string
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ppid import columns
from ppid.access import handles_requests
from ppid.admin_list import PublicInformationViewSet
from ppid.admin_views import ppid_admin_urls
from ppid.datasets import ppid_datasets
from reports.columns import described_columns


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


@hooks.register("register_admin_viewset")
def register_list_viewset():
    return PublicInformationViewSet("ppid_list")


@hooks.register("portal_data_sections")
def ppid_data_section(request):
    """The PPID's datasets on the open-data page, with their addresses and columns."""
    tables = [
        (_("Public information lists"), columns.DIP_COLUMNS, "dip"),
        (_("Information requests per year and public body"), columns.FIGURE_COLUMNS, "ppid-statistik"),
    ]
    context = {"columns": described_columns(tables)}
    return render_to_string("ppid/_data_dictionary.html", context, request=request)


@hooks.register("portal_datasets")
def ppid_catalogue_entries():
    return ppid_datasets()
