import datetime

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import StandardPageFactory


def test_every_content_block_renders_accessibly(client, home):
    image = Image.objects.create(title="Teluk Ambon", file=get_test_image_file())
    page = StandardPageFactory(
        parent=home,
        slug="laporan",
        title="Laporan Akuntabilitas",
        date=datetime.date(2025, 3, 7),
        body=[
            {"type": "heading", "value": {"text": "Capaian Utama", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Kinerja <b>meningkat</b>.</p>"},
            {"type": "image", "value": {"image": image.pk, "alt_text": "Teluk Ambon di pagi hari", "caption": "Foto"}},
            {
                "type": "table",
                "value": {
                    "caption": "Capaian per sasaran",
                    "table": {
                        "data": [["Sasaran", "Capaian"], ["Pelayanan publik", "95%"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": True,
                    },
                },
            },
            {"type": "callout", "value": {"tone": "warning", "title": "Perhatian", "text": "<p>Batas waktu.</p>"}},
        ],
    )

    html = client.get(page.url).content.decode()

    assert "<h1>Laporan Akuntabilitas</h1>" in html
    assert "<h2>Capaian Utama</h2>" in html
    assert 'alt="Teluk Ambon di pagi hari"' in html
    assert "<figcaption>Foto</figcaption>" in html
    assert "<caption>Capaian per sasaran</caption>" in html
    assert '<th scope="col">Sasaran</th>' in html
    assert '<th scope="row">Pelayanan publik</th>' in html
    assert 'class="callout callout--warning"' in html
    assert '<time datetime="2025-03-07">' in html


def test_a_section_lists_its_published_children(client, home):
    section = StandardPageFactory(parent=home, slug="akuntabilitas", title="Akuntabilitas Kinerja")
    StandardPageFactory(parent=section, title="Artikel Terbit", intro="Ringkasan artikel.")
    draft = StandardPageFactory(parent=section, title="Artikel Draf")
    draft.unpublish()

    html = client.get(section.url).content.decode()

    assert "Artikel Terbit" in html
    assert "Ringkasan artikel." in html
    assert "Artikel Draf" not in html
