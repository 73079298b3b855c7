"""Attachments to public complaints: only clean JPEG/PNG/WebP pixels and inert PDFs are kept."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from feedback.complaints.uploads import MAX_BYTES, MAX_FILES, MAX_SIDE, clean_upload, clean_uploads

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def image_bytes(fmt="JPEG", size=(40, 20), mode="RGB", color="red", **save_options):
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, format=fmt, **save_options)
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def png_header_only(width, height):
    """A PNG whose IHDR claims a size but that holds no pixel data: decoding it would fail."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def rejection_code(file):
    with pytest.raises(ValidationError) as caught:
        clean_upload(file)
    return caught.value.code


def test_jpeg_loses_gps_and_exif_and_is_turned_upright():
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "PhoneCo"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "S",
        ExifTags.GPS.GPSLatitude: (3.0, 41.0, 44.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (128.0, 10.0, 50.0),
    }
    original = image_bytes("JPEG", size=(40, 20), exif=exif, comment=b"secret comment")
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(ExifTags.IFD.GPSInfo)

    cleaned = clean_upload(upload("pothole.jpg", original, "image/jpeg"))

    reopened = Image.open(io.BytesIO(cleaned.content))
    assert reopened.format == "JPEG"
    assert not reopened.getexif()
    assert "exif" not in reopened.info
    assert b"Exif" not in cleaned.content
    assert b"secret comment" not in cleaned.content
    assert (cleaned.width, cleaned.height) == reopened.size == (20, 40)
    assert (cleaned.extension, cleaned.content_type) == (".jpg", "image/jpeg")


def test_png_with_html_appended_keeps_only_the_pixels():
    polyglot = image_bytes("PNG") + b"<html><script>alert(1)</script>"

    cleaned = clean_upload(upload("photo.png", polyglot, "text/html"))

    assert b"<script" not in cleaned.content
    assert Image.open(io.BytesIO(cleaned.content)).format == "PNG"
    assert (cleaned.extension, cleaned.content_type) == (".png", "image/png")


def test_png_metadata_is_dropped():
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "home address")
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    original = image_bytes("PNG", pnginfo=text, icc_profile=icc)

    cleaned = clean_upload(upload("photo.png", original))

    reopened = Image.open(io.BytesIO(cleaned.content))
    assert b"home address" not in cleaned.content
    assert "icc_profile" not in reopened.info


def test_image_named_as_another_type_is_rejected_with_a_message():
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        clean_upload(upload("photo.jpg", image_bytes("PNG"), "image/jpeg"))

    assert caught.value.code == "extension_mismatch"
    with translation.override("en"):
        assert caught.value.messages == ["The file's name says “.jpg” but it is a PNG file. Rename it to end in .png."]


@pytest.mark.parametrize(("width", "height"), [(30_000, 30_000), (6_000, 6_000)])
def test_decompression_bomb_is_rejected_from_its_header_before_decoding(width, height):
    # No pixel data follows the header, so decoding would report "unreadable", not "too many pixels".
    assert rejection_code(upload("bomb.png", png_header_only(width, height))) == "too_many_pixels"


def test_small_png_claiming_huge_size_stays_small_on_disk_and_is_rejected():
    bomb = image_bytes("PNG", size=(6_000, 6_000), mode="1", color=0)
    assert len(bomb) < 100_000

    assert rejection_code(upload("bomb.png", bomb)) == "too_many_pixels"


def test_oversized_file_is_rejected():
    assert rejection_code(upload("big.pdf", b"%PDF-" + b"0" * MAX_BYTES)) == "too_large"


def test_oversized_file_is_rejected_even_when_its_size_is_understated():
    file = upload("big.pdf", b"%PDF-" + b"0" * MAX_BYTES)
    file.size = 10

    assert rejection_code(file) == "too_large"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("animation.gif", image_bytes("GIF"), "unsupported_type"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "unsupported_type"),
        ("page.html", b"<html><script>alert(1)</script></html>", "unsupported_type"),
        ("notes.txt", b"Jalan rusak", "unsupported_type"),
        ("empty.jpg", b"", "empty"),
    ],
)
def test_other_kinds_of_file_are_rejected(name, content, code):
    assert rejection_code(upload(name, content)) == code


def test_truncated_jpeg_is_rejected_cleanly():
    photo = image_bytes("JPEG", size=(400, 300), color="blue")

    assert rejection_code(upload("photo.jpg", photo[: len(photo) // 2])) == "unreadable_image"


def test_webp_is_accepted_and_reencoded():
    original = image_bytes("WEBP", size=(50, 30), mode="RGBA", color=(0, 128, 0, 128), lossless=True)

    cleaned = clean_upload(upload("photo.webp", original, "image/webp"))

    reopened = Image.open(io.BytesIO(cleaned.content))
    assert (reopened.format, reopened.mode, reopened.size) == ("WEBP", "RGBA", (50, 30))
    assert cleaned.content != original
    assert (cleaned.extension, cleaned.content_type) == (".webp", "image/webp")


def test_cmyk_jpeg_is_accepted_as_rgb():
    cleaned = clean_upload(upload("scan.jpeg", image_bytes("JPEG", mode="CMYK", color=(0, 255, 255, 0))))

    reopened = Image.open(io.BytesIO(cleaned.content))
    assert (reopened.format, reopened.mode) == ("JPEG", "RGB")
    assert cleaned.extension == ".jpg"


def test_palette_png_with_transparency_keeps_its_alpha():
    cleaned = clean_upload(upload("map.png", image_bytes("PNG", mode="P", color=0, transparency=0)))

    assert Image.open(io.BytesIO(cleaned.content)).mode == "RGBA"


def test_multi_picture_jpeg_from_a_phone_is_accepted_as_jpeg():
    buffer = io.BytesIO()
    first, second = Image.new("RGB", (40, 20), "red"), Image.new("RGB", (40, 20), "blue")
    first.save(buffer, format="MPO", save_all=True, append_images=[second])

    cleaned = clean_upload(upload("photo.jpg", buffer.getvalue()))

    assert Image.open(io.BytesIO(cleaned.content)).format == "JPEG"


def test_large_photo_is_scaled_down_to_the_longest_side_limit():
    cleaned = clean_upload(upload("wide.jpg", image_bytes("JPEG", size=(3_000, 1_500))))

    assert (cleaned.width, cleaned.height) == (MAX_SIDE, MAX_SIDE // 2)


def test_clean_pdf_is_kept_as_it_is():
    cleaned = clean_upload(upload("letter.pdf", PDF, "application/pdf"))

    assert cleaned == clean_upload(upload("letter.PDF", PDF))
    assert (cleaned.content, cleaned.extension, cleaned.content_type) == (PDF, ".pdf", "application/pdf")
    assert cleaned.width is cleaned.height is None


@pytest.mark.parametrize("marker", [b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile"])
def test_pdf_with_active_content_is_rejected(marker):
    pdf = PDF.replace(b"/Type /Catalog", b"/Type /Catalog /OpenAction << " + marker + b" (x) >>")

    assert rejection_code(upload("letter.pdf", pdf)) == "pdf_active_content"


def test_pdf_named_as_an_image_is_rejected():
    assert rejection_code(upload("photo.jpg", PDF)) == "extension_mismatch"


def test_more_than_the_maximum_number_of_files_is_rejected():
    files = [upload(f"photo{i}.png", image_bytes("PNG")) for i in range(MAX_FILES + 1)]

    with pytest.raises(ValidationError) as caught:
        clean_uploads(files)

    assert caught.value.code == "too_many_files"


def test_each_bad_file_is_reported_by_position_and_name():
    files = [
        upload("one.png", image_bytes("PNG")),
        upload("two.gif", image_bytes("GIF")),
        upload("three.pdf", PDF),
        upload("four.jpg", image_bytes("PNG")),
    ]

    with pytest.raises(ValidationError) as caught, translation.override("en"):
        clean_uploads(files)

    with translation.override("en"):
        messages = caught.value.messages
    assert len(messages) == 2
    assert messages[0].startswith("File 2 (two.gif): This type of file is not accepted.")
    assert messages[1].startswith("File 4 (four.jpg): The file's name says “.jpg” but it is a PNG file.")


def test_all_good_files_are_cleaned_in_order():
    cleaned = clean_uploads([upload("a.png", image_bytes("PNG")), upload("b.pdf", PDF)])

    assert [file.extension for file in cleaned] == [".png", ".pdf"]
    assert clean_uploads([]) == []
