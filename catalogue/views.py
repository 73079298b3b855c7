"""The catalogue's addresses: CKAN's API at /api/3/action/<action> (and /api/action/, as ckanapi calls it), DCAT at
/data/katalog.jsonld, and a datapackage.json beside each dataset's downloads."""

import json

from django.http import Http404, JsonResponse
from django.utils.translation import override
from django.views.decorators.csrf import csrf_exempt

from catalogue import ckan, entries, formats
from reports.datasets import report_entry

ACTIONS = ("package_list", "package_show", "package_search", "organization_list", "organization_show", "status_show")


def _absolute(request):
    return request.build_absolute_uri


def _json(data, status: int = 200, content_type: str = "application/json") -> JsonResponse:
    response = JsonResponse(data, status=status, safe=False, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = f"{content_type}; charset=utf-8"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@csrf_exempt  # read-only: CKAN clients POST their parameters as JSON
def ckan_action(request, action: str):
    help_url = request.build_absolute_uri(request.path)
    if action not in ACTIONS:
        error = {"__type": "Not Found Error", "message": "Action name not known: " + action}
        return _json({"help": help_url, "success": False, "error": error}, status=400)
    data = dict(request.GET.items())
    if request.method == "POST" and request.body:
        try:
            body = json.loads(request.body)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            error = {"__type": "Validation Error", "message": "The request body is not a JSON object."}
            return _json({"help": help_url, "success": False, "error": error}, status=400)
        data.update(body)
    with override("id"):  # the official text: the columns' descriptions in Indonesian
        try:
            result = ckan.run(action, data, _absolute(request))
        except ckan.NotFound:
            error = {"__type": "Not Found Error", "message": "Not found"}
            return _json({"help": help_url, "success": False, "error": error}, status=404)
        except ckan.ValidationFailed as failed:
            error = {"__type": "Validation Error", "message": str(failed)}
            return _json({"help": help_url, "success": False, "error": error}, status=409)
    return _json({"help": help_url, "success": True, "result": result})


def dcat(request):
    with override("id"):
        data = formats.dcat_catalogue(entries.all_datasets(), _absolute(request), request.build_absolute_uri())
    return _json(data, content_type="application/ld+json")


def datapackage(request, path: str):
    wanted = f"/data/{path}.datapackage.json"
    return _data_package(
        request, next((entry for entry in entries.all_datasets() if entry.datapackage == wanted), None)
    )


def report_datapackage(request, report_id: int):
    """Beside one report's files, which the catalogue lists within its year's and its unit's datasets."""
    return _data_package(request, report_entry(report_id))


def _data_package(request, entry):
    if entry is None:
        raise Http404
    with override("id"):
        return _json(formats.data_package(entry, _absolute(request)))
