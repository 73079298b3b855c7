"""A complaint filed through Open311: the same form, service, routing, privacy, deadlines and notifications as
the web's, reached through GeoReport's parameters."""

import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import get_language

from feedback import places
from feedback.complaints.forms import ComplaintForm
from feedback.complaints.services import complaint_file
from feedback.deadlines import local_today
from open311.models import ApiClient, Submission
from open311.service_list import CONSENT

TITLE_LENGTH = 150
PARAMETERS = {  # the complaint form's fields, by the GeoReport parameter that carries each
    "category": "service_code",
    "title": "attribute[judul]",
    "description": "description",
    "village": "attribute[kelurahan]",
    "place": "address_string",
    "latitude": "lat",
    "longitude": "long",
    "incident_date": "attribute[tanggal_kejadian]",
    "name": "first_name",
    "email": "email",
    "phone": "phone",
    "privacy": "attribute[kerahasiaan]",
    "consent": "attribute[persetujuan]",
}


@dataclass
class Refused(Exception):
    """What is wrong with the request, one line per problem, each naming the GeoReport parameter."""

    problems: list[str]


def request_file(*, client: ApiClient, data) -> Submission:
    """File the request `data` (a POST's parameters) for `client`, or raise Refused: nothing is half-saved."""
    form = ComplaintForm(_form_data(data))
    if not form.is_valid():
        raise Refused(
            [
                f"{PARAMETERS.get(field, field)}: {message}"
                for field, messages in form.errors.items()
                for message in messages
            ]
        )
    try:
        with transaction.atomic():
            filed = complaint_file(**form.service_arguments(), language=get_language())
            return Submission.objects.create(complaint=filed.complaint, client=client)
    except ValidationError as error:
        raise Refused(error.messages) from error


def _form_data(data) -> dict:
    description = data.get("description", "").strip()
    village = data.get("attribute[kelurahan]", "") or data.get("address_id", "")
    latitude, longitude = data.get("lat", ""), data.get("long", "")
    place = data.get("address_string", "").strip() or (f"{latitude}, {longitude}" if latitude and longitude else "")
    incident = data.get("attribute[tanggal_kejadian]", "").strip()[:10] or local_today().isoformat()
    name = " ".join(part.strip() for part in (data.get("first_name", ""), data.get("last_name", "")) if part.strip())
    return {
        "category": data.get("service_code", ""),
        "title": data.get("attribute[judul]", "").strip() or _title(description),
        "description": description,
        "village": village,
        "place": place or _village_name(village),
        "latitude": latitude,
        "longitude": longitude,
        "incident_date": incident,
        "name": name,
        "email": data.get("email", ""),
        "phone": data.get("phone", ""),
        "privacy": data.get("attribute[kerahasiaan]", ""),
        "consent": "on" if data.get("attribute[persetujuan]", "") == CONSENT else "",
        "website": "",
        "submission_key": secrets.token_urlsafe(32),
    }


def _village_name(code: str) -> str:
    village = places.village(code)
    return village.name if village else ""


def _title(description: str) -> str:
    """The description's first sentence, or its start, as the complaint's title."""
    sentence = description.split(". ")[0].split("\n")[0].strip()
    return sentence if len(sentence) <= TITLE_LENGTH else sentence[: TITLE_LENGTH - 1].rstrip() + "…"
