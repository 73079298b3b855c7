"""Demo content of the `home` app: the home page, accountability articles and information pages."""

import datetime
import re

from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Page, Site

from demo.pages import child_page, illustration, text_pdf, translate_page
from demo.tables import DATA
from home.models import HomePage, PortalSettings, StandardPage

ARTICLES_FILE = DATA / "articles-id.txt"
ARTICLE_DATES = [datetime.date(2025, 3, 7), datetime.date(2025, 3, 14), datetime.date(2025, 3, 21)]


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
    home, _created = child_page(
        root,
        HomePage,
        slug="beranda",
        title="Portal Kinerja & Pengaduan Kota Ambon",
        intro=(
            "Lihat apa yang dijanjikan dan dicapai setiap perangkat daerah Kota Ambon, "
            "sampaikan pengaduan, dan ikuti tindak lanjutnya — terbuka untuk semua warga."
        ),
    )
    if site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page = home
        site.site_name = "Portal Kota Ambon"
        site.save()
        if welcome.depth == 2 and welcome.specific_class is Page:
            welcome.delete()
    translate_page(
        home,
        title="Ambon City Performance & Complaints Portal",
        intro=(
            "See what every government unit of Ambon promised and achieved, file a complaint "
            "and follow how it is handled — open to every resident."
        ),
    )
    return home


def build_information_pages(home: HomePage) -> None:
    section, _created = child_page(
        home,
        StandardPage,
        slug="akuntabilitas",
        title="Akuntabilitas Kinerja",
        show_in_menus=True,
        intro="Tulisan dan dokumen tentang pengelolaan kinerja ASN dan akuntabilitas Pemerintah Kota Ambon.",
    )
    translate_page(
        section,
        title="Performance Accountability",
        slug="accountability",
        intro="Writing and documents on civil-service performance management and the accountability of Ambon.",
    )
    image = illustration("Teluk Ambon pada pagi hari", caption="Teluk Ambon", colours=("#f3c98b", "#7cc6de"))
    for position, article in enumerate(parse_articles(ARTICLES_FILE.read_text(encoding="utf-8"))):
        blocks = list(article["blocks"])
        if position == 0:
            blocks.insert(
                2,
                {
                    "type": "image",
                    "value": {
                        "image": image.pk,
                        "alt_text": "Ilustrasi Teluk Ambon: perbukitan hijau di tepi laut biru saat matahari terbit.",
                        "caption": "Teluk Ambon, tempat seluruh perangkat daerah melayani warganya.",
                    },
                },
            )
        page, _created = child_page(
            section,
            StandardPage,
            slug=slugify(article["title"])[:80],
            title=article["title"],
            date=ARTICLE_DATES[position % len(ARTICLE_DATES)],
            intro=article["intro"],
            body=blocks,
        )
        translate_page(page)  # Not translated: the English site shows the Indonesian text, marked lang="id".

    about = _build_about(home)
    privacy = _build_privacy(home)
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.organisation = "Pemerintah Kota Ambon"
    settings.address = (
        "Balai Kota Ambon\nJl. Sultan Hairun No. 1, Kel. Honipopu, Kec. Sirimau\nKota Ambon, Maluku 97126"
    )
    settings.phone = "(0911) 312 345"
    settings.whatsapp = "0811 4700 112"
    settings.email = "diskominfo@ambon.go.id"
    settings.about_page = about
    settings.privacy_page = privacy
    settings.save()


def _build_about(home: HomePage) -> StandardPage:
    summary = text_pdf(
        "Ringkasan Rencana Strategis Kota Ambon 2023–2026",
        heading="Ringkasan Renstra Kota Ambon 2023-2026",
        lines=[
            "Dokumen ini merangkum arah kebijakan dan sasaran strategis Pemerintah Kota Ambon.",
            "Sasaran 1: Meningkatnya kualitas pelayanan publik di seluruh perangkat daerah.",
            "Sasaran 2: Meningkatnya akuntabilitas kinerja instansi pemerintah (SAKIP).",
            "Sasaran 3: Meningkatnya partisipasi warga dalam pengawasan pelayanan.",
        ],
    )
    table = {
        "data": [
            ["Bagian portal", "Isi", "Dikelola oleh"],
            ["Perangkat Daerah", "Profil, kontak dan pimpinan setiap OPD", "Bagian Organisasi Setda"],
            ["Akuntabilitas Kinerja", "Tulisan dan dokumen SAKIP/LKjIP", "Diskominfo dan Persandian"],
        ],
        "first_row_is_table_header": True,
        "first_col_is_header": True,
        "table_header_choice": "both",
    }
    body = [
        {"type": "heading", "value": {"text": "Untuk apa portal ini", "level": "h2"}},
        {
            "type": "paragraph",
            "value": (
                "<p>Portal ini adalah wujud keterbukaan informasi publik Pemerintah Kota Ambon sesuai "
                "UU Nomor 14 Tahun 2008. Warga dapat melihat profil setiap perangkat daerah, membaca tulisan "
                "tentang akuntabilitas kinerja, dan mengunduh dokumen resmi.</p>"
            ),
        },
        {"type": "table", "value": {"caption": "Bagian portal dan pengelolanya", "table": table}},
        {
            "type": "callout",
            "value": {
                "tone": "info",
                "title": "Data terbuka",
                "text": "<p>Semua data di portal ini boleh digunakan kembali dengan menyebutkan sumbernya.</p>",
            },
        },
        {"type": "documents", "value": {"title": "Dokumen perencanaan", "documents": [summary.pk]}},
    ]
    about, _created = child_page(
        home,
        StandardPage,
        slug="tentang-portal",
        title="Tentang Portal",
        show_in_menus=True,
        intro="Apa yang ada di portal ini, siapa yang mengelolanya, dan bagaimana data boleh digunakan.",
        body=body,
    )
    english_table = {
        **table,
        "data": [
            ["Portal section", "Contents", "Managed by"],
            ["Government Units", "Profile, contacts and head of every unit", "Organisation Division, City Secretariat"],
            [
                "Performance Accountability",
                "Articles and SAKIP/LKjIP documents",
                "Communication and Informatics Office",
            ],
        ],
    }
    translate_page(
        about,
        title="About the Portal",
        slug="about",
        intro="What this portal holds, who runs it, and how its data may be reused.",
        body=[
            {"type": "heading", "value": {"text": "What this portal is for", "level": "h2"}},
            {
                "type": "paragraph",
                "value": (
                    "<p>This portal is how the Ambon City Government meets its duty of public information "
                    "(Law 14 of 2008). Residents can read the profile of every government unit, articles on "
                    "performance accountability, and download official documents.</p>"
                ),
            },
            {"type": "table", "value": {"caption": "Portal sections and who manages them", "table": english_table}},
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": "Open data",
                    "text": "<p>All data on this portal may be reused with attribution.</p>",
                },
            },
            {"type": "documents", "value": {"title": "Planning documents", "documents": [summary.pk]}},
        ],
    )
    return about


def _build_privacy(home: HomePage) -> StandardPage:
    privacy, _created = child_page(
        home,
        StandardPage,
        slug="kebijakan-privasi",
        title="Kebijakan Privasi",
        intro="Bagaimana portal ini melindungi data pribadi Anda sesuai UU Nomor 27 Tahun 2022.",
        body=[
            {
                "type": "paragraph",
                "value": (
                    "<p>Pemerintah Kota Ambon memproses data pribadi hanya untuk tujuan yang disebutkan saat data "
                    "dikumpulkan, menyimpannya selama diperlukan, dan tidak membagikannya kepada pihak lain tanpa "
                    "dasar hukum, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": "Hak Anda",
                    "text": (
                        "<p>Anda berhak mengakses, memperbaiki dan meminta penghapusan data pribadi Anda. "
                        "Hubungi Diskominfo dan Persandian Kota Ambon melalui alamat di bagian bawah halaman.</p>"
                    ),
                },
            },
        ],
    )
    translate_page(
        privacy,
        title="Privacy Policy",
        slug="privacy",
        intro="How this portal protects your personal data under Law 27 of 2022.",
        body=[
            {
                "type": "paragraph",
                "value": (
                    "<p>The Ambon City Government processes personal data only for the purpose stated when it is "
                    "collected, keeps it only as long as needed, and shares it with no one without a legal basis, "
                    "as Law 27 of 2022 on Personal Data Protection requires.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": "Your rights",
                    "text": (
                        "<p>You may see, correct and ask for the deletion of your personal data. Contact the "
                        "Communication and Informatics Office of Ambon at the address at the bottom of the page.</p>"
                    ),
                },
            },
        ],
    )
    return privacy
