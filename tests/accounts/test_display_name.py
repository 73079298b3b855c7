import pytest

from accounts.models import Profile
from tests.accounts.factories import ResidentFactory

pytestmark = pytest.mark.django_db


def test_the_display_name_page_needs_a_login(client, home):
    response = client.get("/en/akun/nama/")

    assert response.status_code == 302
    assert response["Location"] == "/en/akun/login/?next=/en/akun/nama/"


def test_a_resident_changes_their_display_name(client, home):
    resident = ResidentFactory(profile__display_name="Maria L.")
    client.force_login(resident)

    page = client.get("/akun/nama/")
    assert 'value="Maria L."' in page.content.decode()
    response = client.post("/akun/nama/", {"display_name": "  Maria   Latuheru "}, follow=True)

    assert response.redirect_chain == [("/akun/nama/", 302)]
    resident.profile.refresh_from_db()
    assert resident.profile.display_name == "Maria Latuheru"
    assert 'class="callout callout--success"' in response.content.decode()


def test_characters_that_reorder_or_hide_text_are_removed_from_a_display_name(client, home):
    resident = ResidentFactory(profile__display_name="Maria L.")
    client.force_login(resident)

    client.post("/akun/nama/", {"display_name": "Petugas\u202e Dinkes\u200b\u2066"})

    resident.profile.refresh_from_db()
    assert resident.profile.display_name == "Petugas Dinkes"


@pytest.mark.parametrize(
    ("value", "code"),
    [("", "required"), ("    ", "required"), ("M", "min_length"), ("x" * 61, "max_length")],
)
def test_an_invalid_display_name_is_refused_with_a_clear_message(client, home, value, code):
    resident = ResidentFactory(profile__display_name="Maria L.")
    client.force_login(resident)

    response = client.post("/akun/nama/", {"display_name": value})

    assert response.status_code == 400
    error = response.context["form"].errors.as_data()["display_name"][0]
    assert error.code == code
    html = response.content.decode()
    assert f'<ul class="errorlist" id="id_display_name_error"><li>{error.messages[0]}</li></ul>' in html
    assert 'aria-invalid="true"' in html
    resident.profile.refresh_from_db()
    assert resident.profile.display_name == "Maria L."


def test_staff_get_a_profile_when_they_first_change_their_name(client, health_staff):
    client.force_login(health_staff)

    page = client.get("/akun/nama/")
    assert 'value="Yosef Latumahina"' in page.content.decode()  # their full name until then
    client.post("/akun/nama/", {"display_name": "Yosef L. (Dinkes)"})

    assert Profile.objects.get(user=health_staff).display_name == "Yosef L. (Dinkes)"


def test_html_in_a_display_name_is_shown_as_text(client, home):
    resident = ResidentFactory(profile__display_name="Maria L.")
    client.force_login(resident)

    client.post("/akun/nama/", {"display_name": "<script>alert(1)</script>"})
    html = client.get("/akun/nama/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
