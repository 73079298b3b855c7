"""The demo's public information service as `load_demo` builds it: the page in the menu in both languages, a PPID
office and a Daftar Informasi Publik for every unit, the demo PPID accounts, and requests in every state whose
deadlines fall where the law puts them."""

from django.utils.timezone import localdate
from wagtail.models import Locale

from feedback.deadlines import add_working_days
from feedback.models import ComplaintsPage
from ppid.models import (
    InformationRequest,
    Objection,
    PpidOffice,
    PpidPage,
    PublicInformation,
    RequestEmail,
    Requester,
    RequestStatus,
)
from reports.models import UnitPage
from search.models import SearchDocument


def test_every_unit_has_a_ppid_office_and_a_list_with_exempted_information_and_its_ground(demo, client):
    units = UnitPage.objects.filter(locale=Locale.get_default())
    listing = PublicInformation.objects.values_list("unit", flat=True)

    assert PpidOffice.objects.filter(unit__isnull=True).exists()
    assert set(PpidOffice.objects.exclude(unit=None).values_list("unit", flat=True)) == set(
        units.values_list("pk", flat=True)
    )
    assert set(units.values_list("pk", flat=True)) <= set(listing)
    page = PpidPage.objects.live().get(locale=Locale.get_default())
    html = client.get(page.url + "daftar/dinas-kesehatan/").content.decode()
    assert "Cakupan imunisasi dasar lengkap per kelurahan Tahun 2025" in html
    assert "Rekam medis pasien puskesmas" in html and "Pasal 17 huruf h" in html
    english = page.get_translation(Locale.objects.get(language_code="en"))
    in_english = client.get(english.url + "daftar/dinas-kesehatan/").content.decode()
    assert "Complete basic immunisation coverage by kelurahan, 2025" in in_english
    assert english.title in client.get("/en/").content.decode()  # in the menu


def test_the_demo_has_requests_in_every_state_with_their_deadlines_and_objections(demo):
    requests = InformationRequest.objects.all()

    assert set(requests.values_list("status", flat=True)) == set(RequestStatus.values)
    for request in requests:
        assert request.due_on == add_working_days(localdate(request.registered_at), 10), request
    assert Objection.objects.filter(answered_at__isnull=False).exists()
    assert Objection.objects.filter(answered_at__isnull=True).exists()
    assert len({localdate(request.registered_at).year for request in requests}) == 2  # last year's figures too
    assert not RequestEmail.objects.exists()  # the demo's history is written without emailing anyone


def test_the_demo_ppid_accounts_belong_to_their_offices(demo):
    dinkes = PpidOffice.objects.get(unit__slug="dinas-kesehatan")
    utama = PpidOffice.objects.get(unit=None)

    assert dinkes.officers.user_set.filter(username="ppid.dinkes").exists()
    assert dinkes.superiors.user_set.filter(username="atasan.dinkes").exists()
    assert utama.officers.user_set.filter(username="ppid.utama").exists()
    assert utama.superiors.user_set.filter(username="atasan.ppid").exists()


def test_no_requesters_identity_is_in_a_public_page_the_search_a_feed_or_a_download(demo, client):
    requesters = Requester.objects.all()
    secrets = {value for requester in requesters for value in (requester.name, requester.identity_number)}
    secrets |= {requester.email for requester in requesters if requester.email}
    page = PpidPage.objects.live().get(locale=Locale.get_default())
    complaints = ComplaintsPage.objects.live().get(locale=Locale.get_default())
    addresses = [
        page.url,
        page.url + "daftar/",
        page.url + "daftar/dinas-kesehatan/",
        page.url + "statistik/",
        *(
            f"{page.url}terdaftar/{number}/"
            for number in InformationRequest.objects.values_list("registration_number", flat=True)
        ),
        complaints.url + "daftar/rss/",
        "/sitemap.xml",
        *(f"/data/{name}.{fmt}" for name in ("dip", "ppid-statistik") for fmt in ("csv", "json")),
        "/cari/?q=imunisasi",
    ]

    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        content = b"".join(response.streaming_content) if response.streaming else response.content
        text = content.decode("utf-8-sig")
        assert not [secret for secret in secrets if secret in text], address
    indexed = " ".join(SearchDocument.objects.values_list("body", flat=True))
    assert len(secrets) > 10 and not [secret for secret in secrets if secret in indexed]
