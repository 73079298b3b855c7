"""Filing a complaint on the public site: the form, its protections, and the confirmation page."""

import io
import re
from datetime import timedelta

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape
from PIL import Image, PngImagePlugin
from wagtail.models import Site

from feedback.complaints import services
from feedback.deadlines import local_today
from feedback.models import Complaint, ComplaintAttachment, Privacy
from home.models import PortalSettings
from tests.factories import ComplaintsPageFactory


class BrokenCache(LocMemCache):
    """A cache that fails on the rate limiter's keys, as a lost Redis connection does.

    Only those keys: Wagtail itself reads its site root paths from the default cache on every request.
    """

    def _check(self, key):
        if str(key).startswith("ratelimit:"):
            raise ConnectionError("cache unavailable")

    def get(self, key, *args, **kwargs):
        self._check(key)
        return super().get(key, *args, **kwargs)

    def add(self, key, *args, **kwargs):
        self._check(key)
        return super().add(key, *args, **kwargs)

    def incr(self, key, *args, **kwargs):
        self._check(key)
        return super().incr(key, *args, **kwargs)


@pytest.fixture
def page(home):
    return ComplaintsPageFactory(parent=home)


def png(name="foto.png", **text_chunks):
    info = PngImagePlugin.PngInfo()
    for key, value in text_chunks.items():
        info.add_text(key, value)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#3d7f5c").save(buffer, format="PNG", pnginfo=info)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def gif():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10), "red").save(buffer, format="GIF")
    return SimpleUploadedFile("foto.gif", buffer.getvalue(), content_type="image/gif")


def form_data(client, page, category, **overrides):
    """What a resident types, with the submission key of a freshly opened form."""
    response = client.get(page.url + "ajukan/")
    assert response.status_code == 200
    return {
        "submission_key": response.context["form"].initial["submission_key"],
        "category": str(category.pk),
        "title": "Jalan berlubang di depan pasar",
        "description": "Lubang besar di Jl. Sultan Hairun membahayakan pengendara motor.",
        "village": "81.71.02.1018",  # Honipopu, Sirimau
        "place": "Jl. Sultan Hairun",
        "incident_date": (local_today() - timedelta(days=2)).isoformat(),
        "name": "Maria Latuheru",
        "email": "maria@example.com",
        "phone": "0812 4000 1234",
        "privacy": Privacy.ANONYMOUS,
        "consent": "on",
        "website": "",
        **overrides,
    }


def test_filing_with_a_photo_lands_on_the_confirmation_with_the_code_and_private_link(client, page, category):
    response = client.post(page.url + "ajukan/", form_data(client, page, category, attachments=[png()]), follow=True)

    complaint = Complaint.objects.get()
    assert response.redirect_chain == [(f"{page.url}terkirim/{complaint.tracking_code}/", 302)]
    html = response.content.decode()
    assert complaint.tracking_code in html
    assert f"{page.url}lacak/{complaint.tracking_code}/" in html
    secret = private_link_secret(html, page, complaint)
    assert services.secret_hash(secret) == complaint.secret_hash
    assert response["Cache-Control"] == "private, no-store"
    assert complaint.reporter.name == "Maria Latuheru"
    assert complaint.privacy == Privacy.ANONYMOUS
    assert complaint.attachments.count() == 1


def test_the_attachment_is_stored_re_encoded_without_its_metadata(client, page, category):
    upload = png(Comment="GPS 3.6954 S 128.1814 E")
    original = upload.read()
    upload.seek(0)

    client.post(page.url + "ajukan/", form_data(client, page, category, attachments=[upload]))

    attachment = ComplaintAttachment.objects.get()
    stored = attachment.file.read()
    assert stored != original
    assert b"GPS" not in stored
    assert (attachment.content_type, attachment.width, attachment.height) == ("image/png", 40, 30)
    assert Image.open(io.BytesIO(stored)).format == "PNG"


def test_a_double_submit_files_one_complaint_and_both_land_on_the_same_page(client, page, category):
    data = form_data(client, page, category)

    first = client.post(page.url + "ajukan/", data)
    second = client.post(page.url + "ajukan/", data)

    assert Complaint.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    confirmation = client.get(second["Location"]).content.decode()
    complaint = Complaint.objects.get()
    # The session still held the secret from the first submit, whose confirmation was never seen.
    assert services.secret_hash(private_link_secret(confirmation, page, complaint)) == complaint.secret_hash


def private_link_secret(html, page, complaint) -> str:
    found = re.search(rf'href="{page.url}lacak/{complaint.tracking_code}/([-\w]+)/"', html)
    assert found, "no private link on the page"
    return found[1]


def test_the_private_link_is_shown_once_and_then_leaves_the_session(client, page, category):
    confirmation = client.post(page.url + "ajukan/", form_data(client, page, category), follow=True)
    complaint = Complaint.objects.get()
    private_link_secret(confirmation.content.decode(), page, complaint)

    again = client.get(f"{page.url}terkirim/{complaint.tracking_code}/").content.decode()

    assert f"/lacak/{complaint.tracking_code}/" in again
    assert again.count(f"/lacak/{complaint.tracking_code}/") == 2  # the public link's href and text, nothing more
    assert complaint.tracking_code not in client.session.get("complaint_secrets", {})


def test_a_filled_honeypot_is_refused_and_files_nothing(client, page, category):
    response = client.post(page.url + "ajukan/", form_data(client, page, category, website="http://spam.example"))

    assert response.status_code == 400
    assert response.context["refused"]
    assert not Complaint.objects.exists()


def test_the_sixth_filing_from_one_device_in_an_hour_gets_the_typed_form_back_and_another_device_may_file(
    client, page, category, settings
):
    settings.COMPLAINT_FILINGS_PER_HOUR = 5
    PortalSettings.objects.create(site=Site.objects.get(), phone="(0911) 312345", whatsapp="0811 4700 112")
    for _ in range(5):
        assert client.post(page.url + "ajukan/", form_data(client, page, category)).status_code == 302
    data = form_data(client, page, category, title="Got besar tersumbat di Batu Merah")

    response = client.post(page.url + "ajukan/", data)

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = response.content.decode()
    assert "Pengaduan Anda belum terkirim: batas per jam telah tercapai." in html
    assert "Ponsel atau komputer ini sudah mengirim pengaduan sebanyak yang diizinkan" in html
    assert "https://wa.me/628114700112" in html and 'href="tel:(0911)312345"' in html
    assert_typed_fields_kept(response, data)
    assert f'<option value="{category.pk}" selected' in html
    assert Complaint.objects.count() == 5
    neighbour = Client()  # another phone on the same carrier address
    assert neighbour.post(page.url + "ajukan/", form_data(neighbour, page, category)).status_code == 302


def test_one_address_has_a_much_higher_ceiling_shared_by_every_device_behind_it(page, category, settings):
    settings.COMPLAINT_FILINGS_PER_ADDRESS_PER_HOUR = 3
    phones = [Client() for _ in range(4)]
    for phone in phones[:3]:
        assert phone.post(page.url + "ajukan/", form_data(phone, page, category)).status_code == 302

    refused = phones[3].post(page.url + "ajukan/", form_data(phones[3], page, category))
    elsewhere = Client(REMOTE_ADDR="10.0.0.9")

    assert refused.status_code == 429
    assert "dari sambungan internet Anda" in refused.content.decode()
    assert elsewhere.post(page.url + "ajukan/", form_data(elsewhere, page, category)).status_code == 302


def test_the_form_says_how_many_complaints_a_device_may_still_send(client, page, category, settings):
    settings.COMPLAINT_FILINGS_PER_HOUR = 2
    fresh = client.get(page.url + "ajukan/").content.decode()
    client.post(page.url + "ajukan/", form_data(client, page, category))
    one_left = client.get(page.url + "ajukan/").content.decode()
    client.post(page.url + "ajukan/", form_data(client, page, category))
    none_left = client.get(page.url + "ajukan/").content.decode()

    assert "Satu ponsel atau komputer dapat mengirim hingga 2 pengaduan per jam." in fresh
    assert "lagi dalam jam ini" not in fresh
    assert "Anda masih dapat mengirim 1 lagi dalam jam ini." in one_left
    assert "sudah mengirim pengaduan sebanyak yang diizinkan" in none_left
    assert 'name="title"' in none_left  # the form stays: a resident may write now and send later


def test_a_device_without_a_session_is_held_by_the_address_ceiling_alone(page, category, settings):
    settings.COMPLAINT_FILINGS_PER_HOUR = 1
    settings.COMPLAINT_FILINGS_PER_ADDRESS_PER_HOUR = 2
    script = Client()
    data = form_data(script, page, category)
    script.cookies.clear()  # a client that keeps no cookies: every post is a new device

    assert script.post(page.url + "ajukan/", data).status_code == 302
    assert script.post(page.url + "ajukan/", {**data, "submission_key": "k" * 32}).status_code == 302
    assert script.post(page.url + "ajukan/", {**data, "submission_key": "q" * 32}).status_code == 429


def test_behind_the_proxy_each_resident_has_their_own_address_ceiling(page, category, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    settings.COMPLAINT_FILINGS_PER_ADDRESS_PER_HOUR = 2
    behind_proxy = {"REMOTE_ADDR": "10.0.0.1"}

    def post(forwarded_for):
        phone = Client()
        data = form_data(phone, page, category)
        return phone.post(page.url + "ajukan/", data, HTTP_X_FORWARDED_FOR=forwarded_for, **behind_proxy).status_code

    assert [post("36.85.1.1") for _ in range(3)] == [302, 302, 429]
    assert post("36.85.2.2") == 302


def test_a_repeat_submission_does_not_use_up_the_hourly_limit(client, page, category):
    data = form_data(client, page, category)
    for _ in range(6):
        assert client.post(page.url + "ajukan/", data).status_code == 302

    assert client.post(page.url + "ajukan/", form_data(client, page, category)).status_code == 302
    assert Complaint.objects.count() == 2


def test_when_the_limits_cannot_be_counted_the_form_comes_back_typed_with_a_503_and_nothing_is_filed(
    client, page, category, settings
):
    data = form_data(client, page, category)
    settings.CACHES = {**settings.CACHES, "shared": {"BACKEND": "tests.feedback.complaints.test_filing.BrokenCache"}}

    response = client.post(page.url + "ajukan/", data)

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert_typed_fields_kept(response, data)
    assert not Complaint.objects.exists()


class FailingStorage(FileSystemStorage):
    """A disk that is full (stands in for a storage outage while an attachment is written)."""

    def _save(self, name, content):
        raise OSError(28, "No space left on device")


def test_a_storage_failure_while_filing_gives_the_form_back_typed_with_a_503_and_does_not_count(
    client, page, category, settings
):
    settings.COMPLAINT_FILINGS_PER_HOUR = 1
    data = form_data(client, page, category, attachments=[png()])
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": f"{__name__}.FailingStorage"}}

    response = client.post(page.url + "ajukan/", data)

    assert response.status_code == 503
    assert "Pengaduan Anda belum tersimpan" in response.content.decode()
    assert_typed_fields_kept(response, {**data, "attachments": None})
    assert not Complaint.objects.exists()
    assert not ComplaintAttachment.objects.exists()

    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    again = client.post(page.url + "ajukan/", {**data, "attachments": [png()]})
    assert again.status_code == 302  # the failed try did not use up the one filing of the hour
    assert Complaint.objects.count() == 1


def assert_typed_fields_kept(response, data):
    html = response.content.decode()
    for name in ("title", "description", "place", "name", "email", "phone", "incident_date", "submission_key"):
        assert escape(data[name]) in html, name
    assert f'value="{data["category"]}" selected' in html


def test_filing_without_a_csrf_token_is_forbidden(page, category):
    client = Client(enforce_csrf_checks=True)
    response = client.post(page.url + "ajukan/", form_data(client, page, category))

    assert response.status_code == 403
    assert not Complaint.objects.exists()


def test_a_gif_is_refused_with_the_upload_message_and_files_nothing(client, page, category):
    response = client.post(page.url + "ajukan/", form_data(client, page, category, attachments=[png(), gif()]))

    assert response.status_code == 400
    html = response.content.decode()
    assert [error.code for error in response.context["form"].errors.as_data()["attachments"][0].error_list] == [
        "unsupported_type"
    ]
    assert "foto.gif" in html
    assert 'aria-describedby="id_attachments_helptext id_attachments_error"' in html
    assert not Complaint.objects.exists()
    assert not ComplaintAttachment.objects.exists()


def test_bad_input_is_shown_next_to_the_fields_and_keeps_what_was_typed(client, page, category):
    future = (local_today() + timedelta(days=3)).isoformat()
    data = form_data(client, page, category, title="", consent="", incident_date=future, place="Pasar Mardika")

    response = client.post(page.url + "ajukan/", data)

    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_title_error"' in html
    assert 'id="id_consent_error"' in html
    assert 'id="id_incident_date_error"' in html
    assert set(response.context["form"].errors) == {"title", "consent", "incident_date"}
    assert 'value="Pasar Mardika"' in html
    assert not Complaint.objects.exists()


def test_the_form_groups_categories_by_theme_and_explains_them(client, page, category):
    html = client.get(page.url + "ajukan/").content.decode()

    categories = html[html.index('id="id_category"') : html.index("</select>", html.index('id="id_category"'))]
    assert categories.count("<optgroup") == 1
    assert category.description in html
    assert 'type="file"' in html and "multiple" in html
    assert 'name="submission_key"' in html


def test_the_confirmation_without_the_secret_in_the_session_shows_no_private_link(client, page, category):
    client.post(page.url + "ajukan/", form_data(client, page, category))
    complaint = Complaint.objects.get()

    html = Client().get(f"{page.url}terkirim/{complaint.tracking_code}/").content.decode()

    assert complaint.tracking_code in html
    assert "/lacak/" in html
    assert f"/lacak/{complaint.tracking_code}/" in html
    assert html.count(f"/lacak/{complaint.tracking_code}/") == 2  # the public link's href and text, nothing more


def test_a_form_without_its_submission_key_is_refused_and_comes_back_with_a_fresh_one(client, page, category):
    data = form_data(client, page, category)
    del data["submission_key"]

    response = client.post(page.url + "ajukan/", data)

    assert response.status_code == 400
    assert not Complaint.objects.exists()
    assert 'name="submission_key" value="' in response.content.decode()
    assert 'name="submission_key" value=""' not in response.content.decode()


def test_characters_that_reorder_or_hide_text_are_removed_from_title_place_and_name(client, page, category):
    data = form_data(
        client, page, category, title="Jalan\u202e rusak\u200d", place="Batu\u200b Merah", name="Maria\u2067"
    )

    assert client.post(page.url + "ajukan/", data).status_code == 302

    complaint = Complaint.objects.get()
    assert (complaint.title, complaint.place, complaint.reporter.name) == ("Jalan rusak", "Batu Merah", "Maria")
