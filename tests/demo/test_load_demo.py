import io
import re

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page

from demo.tables import UNITS, table
from home.models import PortalSettings, StandardPage
from reports.models import UnitPage, UnitType

REQUIRED_UNITS = {
    "Dinas Kesehatan",
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Lingkungan Hidup dan Persampahan",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Perhubungan",
    "Dinas Sosial",
    "Inspektorat",
    "Kecamatan Nusaniwe",
    "Kecamatan Sirimau",
    "Kecamatan Teluk Ambon",
    "Kecamatan Teluk Ambon Baguala",
    "Kecamatan Leitimur Selatan",
}


def load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_builds_the_ambon_units_in_both_languages(demo):
    indonesian = UnitPage.objects.live().filter(locale=Locale.get_default())
    english = UnitPage.objects.live().filter(locale__language_code="en")
    assert indonesian.count() == len(UNITS) >= 15
    assert set(indonesian.values_list("title", flat=True)) >= REQUIRED_UNITS
    assert indonesian.filter(unit_type=UnitType.DISTRICT).count() == 5
    assert english.filter(title="Health Office").exists()
    assert all(unit.staff_group_id for unit in indonesian)


def test_demo_publishes_the_three_seed_articles_with_an_image(demo):
    section = StandardPage.objects.get(slug="akuntabilitas", locale=Locale.get_default())
    articles = StandardPage.objects.child_of(section).live()
    assert articles.count() == 3
    assert "Pengelolaan Kinerja ASN Dalam Meningkatkan Akuntabilitas Pemerintah Ambon" in {a.title for a in articles}
    first = articles.get(title__startswith="Pengelolaan Kinerja ASN")
    assert [block.block_type for block in first.body][:3] == ["heading", "paragraph", "image"]
    assert first.body[2].value["image"].width == 1200


def test_demo_is_idempotent_and_prints_a_generated_password_once(demo):
    first = demo.output  # what building it on the migrated database printed
    counts = (Page.objects.count(), UnitPage.objects.count(), PortalSettings.objects.count())
    second = load_demo()

    assert (Page.objects.count(), UnitPage.objects.count(), PortalSettings.objects.count()) == counts
    password = re.search(r"password: (\S+)", first).group(1)
    assert len(password) >= 16
    assert get_user_model().objects.get(username="admin").check_password(password)
    assert password not in second
    assert "password" not in second.split("unchanged")[0].lower().replace("its password", "")


def test_demo_staff_get_a_second_factor_printed_once_and_residents_none(demo):
    printed = dict(re.findall(r"as '([\w.]+)' with password: \S+\nIts second factor: add the key (\w+)", demo.output))

    assert set(printed) == {
        "admin",
        "editor.dinkes",
        "reviu.organisasi",
        "verifikator",
        "petugas.dlhp",
        "petugas.dinkes",
        "petugas.pertanian",
        *(officer["username"] for officer in table("staff")["officers"]),  # each unit that receives complaints
        "pelatihan.bkpsdm",
        "moderator.kominfo",
        "inspektur",
        "ppid.utama",
        "atasan.ppid",
        "ppid.dinkes",
        "atasan.dinkes",
    }
    for username, key in printed.items():
        authenticator = Authenticator.objects.get(user__username=username, type=Authenticator.Type.TOTP)
        assert decrypt(authenticator.data["secret"]) == key
    assert not Authenticator.objects.filter(user__username="warga.maria").exists()


def test_every_demo_page_renders_in_both_languages(client, demo):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    languages = set()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{page.locale.language_code}">' in html, page.url
        languages.add(page.locale.language_code)
    assert languages == {"id", "en"}
    assert pages.count() > 2 * len(UNITS)


def test_links_on_the_home_page_lead_somewhere(client, demo):
    for home in ("/", "/en/"):
        html = client.get(home).content.decode()
        internal = set(re.findall(r'href="(/[^"#]*)', html))
        assert len(internal) > 5
        for url in internal:
            assert client.get(url).status_code == 200, url


def test_the_sitemap_lists_both_languages_but_not_aliases(client, demo):
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/perangkat-daerah/dinas-kesehatan/" in xml
    assert "http://localhost/en/government-units/dinas-kesehatan/" in xml
    assert "/en/accountability/pengelolaan-kinerja-asn" not in xml  # an untranslated alias
    assert "/akuntabilitas/pengelolaan-kinerja-asn" in xml
