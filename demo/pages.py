"""Building blocks of the demo loader shared by the apps: locales, pages, generated images and files.

Every helper is idempotent: it finds what a previous run made (by slug or title) before creating anything.
"""

import io
import textwrap

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageColor, ImageDraw, ImageFont
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page

ENGLISH = "en"


def english_locale() -> Locale:
    locale, _created = Locale.objects.get_or_create(language_code=ENGLISH)
    return locale


def child_page(parent: Page, page_class: type[Page], *, slug: str, **fields) -> tuple[Page, bool]:
    """The published child of `parent` with this slug, created from `fields` when missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def translate_page(page: Page, **fields) -> Page:
    """The English translation of `page` with `fields` set, or an alias mirroring it when there is no text."""
    locale = english_locale()
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    if not fields:
        return page.copy_for_translation(locale, alias=True).specific
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow built without FreeType
        return ImageFont.load_default()


def illustration(title: str, *, caption: str, colours: tuple[str, str], size=(1200, 630)) -> Image:
    """A Wagtail image drawn here with Pillow: a bay, hills and a caption. Nothing is downloaded."""
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    width, height = size
    top, bottom = ImageColor.getrgb(colours[0]), ImageColor.getrgb(colours[1])
    canvas = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(canvas)
    for y in range(height):
        mix = y / height
        draw.line([(0, y), (width, y)], fill=tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)))
    draw.ellipse([width * 0.72, height * 0.12, width * 0.84, height * 0.35], fill="#f6d67a")
    draw.polygon([(0, height * 0.62), (width * 0.25, height * 0.35), (width * 0.5, height * 0.6)], fill="#2f6b4f")
    draw.polygon([(width * 0.35, height * 0.62), (width * 0.62, height * 0.3), (width, height * 0.62)], fill="#3d7f5c")
    draw.rectangle([0, height * 0.62, width, height], fill="#1d5f86")
    for row in range(6):
        y = height * (0.68 + row * 0.05)
        draw.line([(width * 0.1 * (row % 3), y), (width * (0.4 + 0.1 * row), y)], fill="#7cc6de", width=3)
    draw.text((48, height - 110), caption, fill="#ffffff", font=_font(44))
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    image = Image(title=title, file=ImageFile(buffer, name=f"{slugify(title)[:80]}.png"))
    image.save()
    return image


def text_pdf(title: str, *, heading: str, lines: list[str]) -> Document:
    """A Wagtail document: a one-page PDF drawn with Pillow, standing in for a signed official file."""
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    page = PILImage.new("RGB", (1240, 1754), "white")  # A4 at 150 dpi
    draw = ImageDraw.Draw(page)
    draw.text((100, 100), heading, fill="black", font=_font(40))
    body_font, y = _font(26), 200
    for line in lines:
        for wrapped in textwrap.wrap(line, 70) or [""]:
            draw.text((100, y), wrapped, fill="black", font=body_font)
            y += 40
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150)
    content = buffer.getvalue()
    document = Document(
        title=title, file=ContentFile(content, name=f"{slugify(title)[:80]}.pdf"), file_size=len(content)
    )
    document.save()
    return document
