"""What search engines and a shared link's preview read: on every public page type of the demo a description, an
absolute canonical address, Open Graph and Twitter card tags, and absolute hreflang links (with x-default); robots.txt
names the sitemap; private links are kept out."""

import re
from html import unescape

import pytest
from wagtail.models import Page

from feedback.models import Complaint
from home.models import StandardPage

ORIGIN = "http://testserver"


def head_tags(html: str) -> dict[str, str]:
    """{name or property: content} of the page's <meta> tags, and "canonical" and "hreflang:<code>" links."""
    head = html.split("</head>")[0]
    tags = {
        name: unescape(content)
        for name, content in re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', head)
    }
    tags.update(("canonical", href) for href in re.findall(r'<link rel="canonical" href="([^"]+)"', head))
    tags.update(
        (f"hreflang:{code}", href)
        for code, href in re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', head)
    )
    return tags


def public_addresses() -> list[str]:
    """One page of each public page type, in each language, and the pages served by views."""
    addresses = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        addresses.setdefault((type(page).__name__, page.locale_id), page.url)
    return [*addresses.values(), "/pengaduan/lacak/ADU-DEMO-0001/", "/cari/?q=sampah", "/data/", "/en/data/"]


def test_every_public_page_type_has_a_description_a_canonical_address_and_preview_tags(client, demo):
    for address in public_addresses():
        response = client.get(address)
        assert response.status_code == 200, address
        tags = head_tags(response.content.decode())

        assert 20 <= len(tags["description"]) <= 160, address
        assert tags["canonical"] == ORIGIN + address.split("?")[0], address
        assert tags["og:url"] == tags["canonical"] and tags["og:title"] and tags["og:description"], address
        assert tags["twitter:card"] in ("summary", "summary_large_image"), address
        assert tags["og:locale"] in ("id_ID", "en_US"), address
        assert {tags["hreflang:id"], tags["hreflang:en"]} <= {
            href for key, href in tags.items() if key.startswith("hreflang")
        }
        assert all(href.startswith(ORIGIN + "/") for key, href in tags.items() if key.startswith("hreflang")), address
        assert tags["hreflang:x-default"] == tags["hreflang:id"], address


def test_a_report_is_previewed_with_its_summary_and_an_article_with_its_image(client, demo):
    article = (
        StandardPage.objects.live()
        .filter(title__startswith="Pengelolaan Kinerja ASN", locale__language_code="id")
        .get()
    )
    report = (
        Page.objects.live()
        .filter(url_path__contains="/dinas-kesehatan/lkjip-2024/", locale__language_code="id")
        .specific()
        .get()
    )

    article_tags = head_tags(client.get(article.url).content.decode())
    report_tags = head_tags(client.get(report.url).content.decode())

    assert report_tags["og:title"] == report.title
    assert report_tags["description"].startswith(" ".join(report.summary.split())[:50])
    assert article_tags["og:image"].startswith(ORIGIN + "/") and article_tags["twitter:card"] == "summary_large_image"
    assert article_tags["og:image:alt"]


def test_a_public_complaint_is_previewed_by_its_own_title(client, demo):
    complaint = Complaint.objects.get(tracking_code="ADU-DEMO-0001")

    tags = head_tags(client.get("/pengaduan/lacak/ADU-DEMO-0001/").content.decode())

    assert complaint.is_publicly_listed
    assert tags["og:title"] == complaint.title
    assert tags["description"].startswith(" ".join(complaint.description.split())[:40])


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_accounts_and_the_admin(client):
    response = client.get("/robots.txt")

    lines = response.content.decode().splitlines()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /admin/", "Disallow: /akun/"} <= set(lines)
    assert lines[-1] == f"Sitemap: {ORIGIN}/sitemap.xml"
