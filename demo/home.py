"""Demo content of the `home` app: the home page, accountability articles and information pages.

The texts are in demo/data/pages.json (each page in Indonesian and English) and the seed articles in
demo/data/articles-id.txt; this module only builds pages from them.
"""

import datetime
import re

from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Page, Site

from demo.pages import child_page, illustration, text_pdf, translate_page
from demo.tables import DATA, PAGES
from home.models import HomePage, PortalSettings, StandardPage

ARTICLES_FILE = DATA / "articles-id.txt"


def parse_articles(text: str) -> list[dict]:
    """Split the seed text into articles: an article starts where a title line is repeated as its heading."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("Day:")]
    articles, index = [], 0
    while index < len(lines):
        if index + 1 < len(lines) and lines[index] == lines[index + 1]:
            articles.append({"title": lines[index], "blocks": []})
            index += 2
            continue
        line = lines[index]
        is_heading = len(line) < 90 and not line.endswith((".", "!", "?", ":"))
        if articles:
            articles[-1]["blocks"].append(
                {"type": "heading", "value": {"text": line, "level": "h2"}}
                if is_heading
                else {"type": "paragraph", "value": f"<p>{escape(line)}</p>"}
            )
        index += 1
    for article in articles:
        first_paragraph = next(block["value"] for block in article["blocks"] if block["type"] == "paragraph")
        sentence = re.split(r"(?<=\.)\s", re.sub(r"<[^>]+>", "", first_paragraph))[0]
        article["intro"] = sentence[:400]
    return articles


def build_home() -> HomePage:
    """The Indonesian home page as the site root (replacing Wagtail's welcome page) and its translation."""
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.create(
        hostname="localhost", port=80, root_page=root, is_default_site=True
    )
    home, _created = child_page(root, HomePage, slug="beranda", **PAGES["home"]["id"])
    if site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page = home
        site.site_name = "Portal Kota Ambon"
        site.save()
        if welcome.depth == 2 and welcome.specific_class is Page:
            welcome.delete()
    translate_page(home, **PAGES["home"]["en"])
    return home


def build_information_pages(home: HomePage) -> None:
    """The accountability section with the seed articles, the About and Privacy pages, and the site's contacts."""
    texts = PAGES["accountability"]
    section, _created = child_page(home, StandardPage, **texts["id"])
    translate_page(section, **texts["en"])
    articles = texts["articles"]
    dates = [datetime.date.fromisoformat(day) for day in articles["dates"]]
    picture = articles["illustration"]
    image = illustration(picture["title"], caption=picture["caption"], colours=tuple(picture["colours"]))
    for position, article in enumerate(parse_articles(ARTICLES_FILE.read_text(encoding="utf-8"))):
        blocks = list(article["blocks"])
        if position == 0:
            blocks.insert(2, {"type": "image", "value": {"image": image.pk, **articles["image_block"]}})
        page, _created = child_page(
            section,
            StandardPage,
            slug=slugify(article["title"])[:80],
            title=article["title"],
            date=dates[position % len(dates)],
            intro=article["intro"],
            body=blocks,
        )
        translate_page(page)  # Not translated: the English site shows the Indonesian text, marked lang="id".

    about = _build_about(home)
    privacy, _created = child_page(home, StandardPage, **PAGES["privacy"]["id"])
    translate_page(privacy, **PAGES["privacy"]["en"])
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    for field, value in PAGES["site_settings"].items():
        setattr(settings, field, value)
    settings.about_page = about
    settings.privacy_page = privacy
    settings.save()


def _build_about(home: HomePage) -> StandardPage:
    """About the portal, whose documents block holds the planning summary as a PDF made here."""
    texts = PAGES["about"]
    summary = texts["summary"]
    document = text_pdf(summary["title"], heading=summary["heading"], lines=summary["lines"])
    about, _created = child_page(home, StandardPage, **_with_document(texts["id"], document.pk))
    translate_page(about, **_with_document(texts["en"], document.pk))
    return about


def _with_document(fields: dict, document_pk: int) -> dict:
    """The page's fields with the documents block pointing at the document (named "summary" in the data file)."""
    body = [
        {"type": "documents", "value": {**block["value"], "documents": [document_pk]}}
        if block["type"] == "documents"
        else block
        for block in fields["body"]
    ]
    return {**fields, "body": body}
