"""The catalogue read by what harvests it: ckanapi's RemoteCKAN (as a CKAN harvester), frictionless validating every
Data Package against its CSV files, and rdflib reading the DCAT catalogue; all over HTTP from the live demo."""

import json
import urllib.request

import pytest
from ckanapi import NotFound, RemoteCKAN, ValidationError
from frictionless import validate
from rdflib import RDF, Graph, Namespace, URIRef

from feedback.models import ComplaintReporter
from reports.models import PerformanceReportPage

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def ckan(live_server, demo):
    with RemoteCKAN(live_server.url) as remote:
        yield remote


def get(url: str) -> bytes:
    with urllib.request.urlopen(url) as response:  # noqa: S310 - the live test server
        return response.read()


def test_a_ckan_harvester_lists_shows_and_searches_every_dataset(ckan, live_server):
    names = ckan.action.package_list()
    organizations = ckan.action.organization_list()

    assert {"kinerja-opd-kota-ambon-2025", "kinerja-dinas-kesehatan", "pelatihan-asn-kota-ambon"} <= set(names)
    assert {"daftar-informasi-publik-kota-ambon", "statistik-layanan-ppid-kota-ambon"} <= set(names)
    assert organizations[0] == "pemerintah-kota-ambon" and "dinas-kesehatan" in organizations
    city = ckan.action.package_show(id="kinerja-opd-kota-ambon-2025")
    assert city["license_id"] == "cc-by" and city["organization"]["title"] == "Pemerintah Kota Ambon"
    assert {(r["format"], r["mimetype"]) for r in city["resources"]} >= {
        ("CSV", "text/csv"),
        ("JSON", "application/json"),
    }
    extras = {extra["key"]: extra["value"] for extra in city["extras"]}
    assert (extras["frequency"], extras["temporal_start"], extras["temporal_end"]) == (
        "annual",
        "2025-01-01",
        "2025-12-31",
    )
    for resource in city["resources"]:
        assert get(resource["url"]), resource["url"]  # every file it names downloads
    found = ckan.action.package_search(q="kesehatan", fq="organization:dinas-kesehatan")
    assert [package["name"] for package in found["results"]] == ["kinerja-dinas-kesehatan"]
    assert ckan.action.organization_show(id="dinas-kesehatan")["package_count"] == 1
    with pytest.raises(NotFound):
        ckan.action.package_show(id="tidak-ada")
    with pytest.raises(ValidationError):
        ckan.action.package_search(rows="banyak")


def test_every_data_package_validates_against_its_csv_files(ckan):
    for name in ckan.action.package_list():
        extras = {extra["key"]: extra["value"] for extra in ckan.action.package_show(id=name)["extras"]}
        report = validate(extras["datapackage"])
        problems = [f"{task.name}: {error.type} {error.note}" for task in report.tasks for error in task.errors]
        assert report.valid, f"{name}: {problems[:5]}"
        resources = json.loads(get(extras["datapackage"]))["resources"]
        assert resources and all(resource["schema"]["fields"] for resource in resources), name


def test_the_dcat_catalogue_has_a_dataset_with_its_files_for_each_package(ckan, live_server):
    graph = Graph().parse(data=get(f"{live_server.url}/data/katalog.jsonld"), format="json-ld")

    datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
    identifiers = {str(graph.value(dataset, DCT.identifier)) for dataset in datasets}
    assert identifiers == set(ckan.action.package_list())
    for dataset in datasets:
        downloads = [graph.value(d, DCAT.downloadURL) for d in graph.objects(dataset, DCAT.distribution)]
        assert downloads and all(isinstance(url, URIRef) for url in downloads), dataset
        assert graph.value(dataset, DCT.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")


def test_no_catalogue_answer_names_a_complainant(ckan, live_server):
    answers = [
        json.dumps(ckan.action.package_search(rows=1000)),
        get(f"{live_server.url}/data/katalog.jsonld").decode(),
        get(f"{live_server.url}/data/").decode(),
    ]
    for reporter in ComplaintReporter.objects.exclude(email="").values("name", "email", "phone")[:50]:
        for answer in answers:
            assert reporter["email"] not in answer
            assert not reporter["phone"] or reporter["phone"] not in answer


def test_each_reports_own_files_have_a_data_package_beside_them_too(ckan, live_server):
    reports = PerformanceReportPage.objects.live().filter(locale__language_code="id").order_by("pk")[:3]

    for report in reports:
        package = f"{live_server.url}/data/laporan/{report.pk}.datapackage.json"
        report_ = validate(package)
        assert report_.valid, [error.note for task in report_.tasks for error in task.errors][:3]
        assert json.loads(get(package))["resources"][0]["path"].endswith(f"/data/laporan/{report.pk}.csv")
