"""Validation and cleaning of the files residents attach to public complaints.

Anyone can file a complaint, so an attachment is untrusted input. Photos are decoded and re-encoded so that
what we store holds pixels only: no EXIF (GPS position, camera serial), XMP, ICC profile or comments, and
nothing appended after the image data (PNG+HTML polyglots). Only JPEG, PNG and WebP are decoded, the type
comes from the content (never from the name or the browser), and the pixel count is capped from the header
before anything is decoded.

PDFs cannot be cleaned that way: they are stored byte for byte, refused when they contain active content
(a plain byte search, see ``PDF_FORBIDDEN``), and served only as downloads (``Content-Disposition:
attachment`` with ``X-Content-Type-Options: nosniff``), never inline.
"""

import io
import warnings
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_FILES = 5
MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 25_000_000
MAX_SIDE = 2560

# Case-sensitive byte search. It can be evaded (hex-escaped names such as /J#61vaScript, compressed object
# streams); it turns away the common cases, the attachment-only serving is what keeps readers safe.
PDF_FORBIDDEN = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile")

# Pillow format -> (accepted name endings, first one used for storage), content type, save options.
IMAGE_FORMATS = {
    "JPEG": ((".jpg", ".jpeg"), "image/jpeg", {"quality": 85}),
    "PNG": ((".png",), "image/png", {"optimize": True}),
    "WEBP": ((".webp",), "image/webp", {"quality": 85}),
}
FORMAT_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "PDF": "PDF"}


@dataclass(frozen=True)
class CleanUpload:
    content: bytes
    extension: str
    content_type: str
    width: int | None = None
    height: int | None = None
    # Where the photo says it was taken (latitude, longitude), read before the metadata is dropped: used only when
    # the resident agrees, never stored with the file.
    location: tuple[Decimal, Decimal] | None = None


def clean_upload(upload) -> CleanUpload:
    """Return a safe copy of an uploaded file, or raise ValidationError saying why it is not accepted."""
    if upload.size is not None and upload.size > MAX_BYTES:
        raise _too_large()
    upload.seek(0)
    content = upload.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        raise _too_large()
    if not content:
        raise ValidationError(_("The file is empty."), code="empty")
    name = upload.name or ""
    if content.startswith(b"%PDF-"):
        _check_name(name, "PDF", (".pdf",))
        if any(marker in content for marker in PDF_FORBIDDEN):
            raise ValidationError(
                _(
                    "This PDF contains scripts, embedded files or launch actions, which are not accepted. "
                    "Save or print it as a plain PDF and attach it again."
                ),
                code="pdf_active_content",
            )
        return CleanUpload(content=content, extension=".pdf", content_type="application/pdf")
    return _clean_image(content, name)


def clean_uploads(files: list) -> list[CleanUpload]:
    """Clean every attachment of one complaint, reporting all bad files at once (by position and name)."""
    if len(files) > MAX_FILES:
        raise ValidationError(_("Attach at most %(limit)d files."), code="too_many_files", params={"limit": MAX_FILES})
    cleaned, errors = [], []
    for position, upload in enumerate(files, start=1):
        try:
            cleaned.append(clean_upload(upload))
        except ValidationError as error:
            errors.append(
                ValidationError(
                    _("File %(position)d (%(name)s): %(error)s"),
                    code=getattr(error, "code", None),
                    params={"position": position, "name": upload.name, "error": " ".join(error.messages)},
                )
            )
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_image(content: bytes, name: str) -> CleanUpload:
    # Pillow only warns between its limit and twice its limit; make the warning an error too. The explicit
    # MAX_PIXELS check below is the real cap (it is lower than Pillow's default limit).
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(content), formats=list(IMAGE_FORMATS))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise _too_many_pixels() from error
        except Exception as error:  # Pillow raises many exception types on hostile input.
            raise ValidationError(
                _("This type of file is not accepted. Attach a JPEG, PNG or WebP photo, or a PDF document."),
                code="unsupported_type",
            ) from error
        with image:
            # Multi-picture JPEGs (MPO, written by many phones) open as "MPO"; the first picture is a JPEG.
            kind = "JPEG" if image.format == "MPO" else image.format
            extensions, content_type, save_options = IMAGE_FORMATS[kind]
            _check_name(name, kind, extensions)
            width, height = image.size
            if width <= 0 or height <= 0:
                raise ValidationError(_("The image has no pixels."), code="empty_image")
            if width * height > MAX_PIXELS:
                raise _too_many_pixels()
            location = _gps_location(image)
            try:
                output, width, height = _reencode(image, kind, save_options)
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
                raise _too_many_pixels() from error
            except Exception as error:
                raise ValidationError(
                    _("The image could not be read. It may be damaged or incomplete."), code="unreadable_image"
                ) from error
    return CleanUpload(
        content=output,
        extension=extensions[0],
        content_type=content_type,
        width=width,
        height=height,
        location=location,
    )


GPS_IFD = 0x8825
GPS_LATITUDE_REF, GPS_LATITUDE, GPS_LONGITUDE_REF, GPS_LONGITUDE = 1, 2, 3, 4
SIX_PLACES = Decimal("0.000001")


def _gps_location(image: Image.Image) -> tuple[Decimal, Decimal] | None:
    """The EXIF GPS position of a photo as decimal degrees, or None when it has none or it is unreadable."""
    try:
        gps = image.getexif().get_ifd(GPS_IFD)
        latitude = _degrees(gps[GPS_LATITUDE], gps.get(GPS_LATITUDE_REF, "N"), "S")
        longitude = _degrees(gps[GPS_LONGITUDE], gps.get(GPS_LONGITUDE_REF, "E"), "W")
    except Exception:  # no GPS block, or one a phone or a forger wrote wrongly: no location, not an error
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180) or (latitude == 0 and longitude == 0):
        return None
    return latitude, longitude


def _degrees(value, reference, negative: str) -> Decimal:
    """(degrees, minutes, seconds) as EXIF rationals → signed decimal degrees to six places."""
    degrees, minutes, seconds = (Decimal(str(float(part))) for part in value)
    total = degrees + minutes / 60 + seconds / 3600
    if str(reference).strip().upper().startswith(negative):
        total = -total
    return total.quantize(SIX_PLACES)


def _reencode(image: Image.Image, kind: str, save_options: dict) -> tuple[bytes, int, int]:
    """Decode only the first frame, apply EXIF orientation, and save pixels without any metadata."""
    image.load()
    picture = ImageOps.exif_transpose(image)
    has_alpha = picture.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in picture.info
    if has_alpha and kind != "JPEG":
        mode = "RGBA"
    elif picture.mode == "L":
        mode = "L"
    else:
        mode = "RGB"
    picture = picture.convert(mode) if picture.mode != mode else picture.copy()
    picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    # Savers fall back to .info for ICC profiles, comments, transparency: an empty dict drops them all.
    picture.info = {}
    output = io.BytesIO()
    picture.save(output, format=kind, **save_options)
    return output.getvalue(), *picture.size


def _check_name(name: str, kind: str, extensions: tuple[str, ...]) -> None:
    extension = PurePath(name).suffix.lower()
    if extension not in extensions:
        raise ValidationError(
            _("The file's name says “%(extension)s” but it is a %(kind)s file. Rename it to end in %(expected)s."),
            code="extension_mismatch",
            params={"extension": extension or name, "kind": FORMAT_NAMES[kind], "expected": extensions[0]},
        )


def _too_large() -> ValidationError:
    return ValidationError(
        _("The file is larger than %(limit)d MB."), code="too_large", params={"limit": MAX_BYTES // (1024 * 1024)}
    )


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("The image has too many pixels: at most %(limit)d megapixels are accepted."),
        code="too_many_pixels",
        params={"limit": MAX_PIXELS // 1_000_000},
    )
