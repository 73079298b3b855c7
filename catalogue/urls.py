from django.urls import path, re_path

from catalogue import views
from home import converters  # noqa: F401 - registers <id:…> before the routes below

urlpatterns = [
    path("api/3/action/<slug:action>", views.ckan_action, name="ckan_action"),
    path("api/action/<slug:action>", views.ckan_action),  # ckanapi's RemoteCKAN calls CKAN without the version
    path("data/katalog.jsonld", views.dcat, name="dcat_catalogue"),
    path("data/laporan/<id:report_id>.datapackage.json", views.report_datapackage, name="report_datapackage"),
    re_path(r"^data/(?P<path>[-\w]+(?:/[-\w]+)?)\.datapackage\.json$", views.datapackage, name="datapackage"),
]
