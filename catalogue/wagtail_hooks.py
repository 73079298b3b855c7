"""The catalogue on the open-data page: where harvesters read it, and each dataset with its Data Package."""

from django.template.loader import render_to_string
from django.urls import reverse
from wagtail import hooks

from catalogue.entries import all_datasets


@hooks.register("portal_data_sections", order=100)  # last: it lists every dataset above it
def catalogue_data_section(request):
    context = {
        "datasets": all_datasets(),
        "package_list": reverse("ckan_action", args=["package_list"]),
        "dcat": reverse("dcat_catalogue"),
    }
    return render_to_string("catalogue/_data_section.html", context, request=request)
