"""GeoReport v2 at /open311/v2/ (outside the language prefixes: the data are the city's Indonesian text)."""

from django.urls import path, register_converter
from django.views.generic import RedirectView

from open311 import views


class FormatConverter:
    regex = "json|xml"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class CodeConverter(FormatConverter):
    regex = "[A-Za-z0-9_-]{1,64}"


register_converter(FormatConverter, "open311_format")
register_converter(CodeConverter, "open311_code")

app_name = "open311"

urlpatterns = [
    path("", RedirectView.as_view(url="discovery.json"), name="root"),
    path("discovery.<open311_format:fmt>", views.discovery, name="discovery"),
    path("services.<open311_format:fmt>", views.services, name="services"),
    path("services/<open311_code:code>.<open311_format:fmt>", views.service_definition, name="service"),
    path("requests.<open311_format:fmt>", views.requests, name="requests"),
    path("requests/<open311_code:code>.<open311_format:fmt>", views.request_detail, name="request"),
    path("tokens/<open311_code:token>.<open311_format:fmt>", views.token, name="token"),
]
