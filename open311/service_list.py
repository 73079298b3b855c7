"""GeoReport's services: one per active complaint category, each with the attributes the complaint form asks.

A service's `group` is the unit its complaints go to. Names and descriptions are the categories' Indonesian ones,
the city's official text (GeoReport has no language parameter). Every service is of type `batch`: what a client
files waits for a verifier, and `tokens/<token>` gives its tracking code once checked.
"""

from django.utils.translation import gettext as _

from feedback import places
from feedback.models import ComplaintCategory, Privacy, Theme

CONSENT = "ya"


def active_categories():
    return ComplaintCategory.objects.filter(active=True).select_related("unit").order_by("theme", "sort_order", "name")


def service(category: ComplaintCategory, themes: dict) -> dict:
    return {
        "service_code": str(category.pk),
        "service_name": category.name,
        "description": category.description,
        "metadata": True,
        "type": "batch",
        "keywords": ", ".join([str(themes.get(category.theme, category.theme)), category.name_en]),
        "group": category.unit.title,
    }


def service_list() -> list[dict]:
    themes = dict(Theme.choices)
    return [service(category, themes) for category in active_categories()]


def service_definition(category: ComplaintCategory, consent_url: str) -> dict:
    """The attributes a request of this category takes, in the order the complaint form asks them."""
    privacy = [
        (value, label) for value, label in Privacy.choices if value != Privacy.ANONYMOUS or category.allows_anonymous
    ]
    villages = [
        (village.code, f"{village.name}, {kecamatan.name}")
        for kecamatan in places.kecamatan_list()
        for village in kecamatan.villages
    ]
    attributes = [
        _attribute(
            "judul",
            "string",
            _("The complaint in one sentence (at most 150 characters). Left out, the start of the description."),
        ),
        _attribute(
            "kelurahan",
            "singlevaluelist",
            _("The kelurahan, desa or negeri where it happened (Kemendagri's code); address_id may carry it instead."),
            required=True,
            values=villages,
        ),
        _attribute("tanggal_kejadian", "datetime", _("The date it happened (YYYY-MM-DD). Left out, today.")),
        _attribute(
            "kerahasiaan",
            "singlevaluelist",
            _(
                "Who may see the complaint: publik (the handling unit may see who filed it), anonim (only verifiers "
                "know) or rahasia (only verifiers know, and only its status is public)."
            ),
            required=True,
            values=privacy,
        ),
        _attribute(
            "persetujuan",
            "singlevaluelist",
            _("The resident agreed to their data being used as the complaint form describes: %(url)s")
            % {"url": consent_url},
            required=True,
            values=[(CONSENT, _("Yes, the resident agreed"))],
        ),
    ]
    for order, attribute in enumerate(attributes, start=1):
        attribute["order"] = order
    return {"service_code": str(category.pk), "attributes": attributes}


def _attribute(code: str, datatype: str, description: str, *, required: bool = False, values=()) -> dict:
    attribute = {
        "variable": True,
        "code": code,
        "datatype": datatype,
        "required": required,
        "datatype_description": "",
        "description": str(description),
    }
    if values:
        attribute["values"] = [{"key": key, "name": str(name)} for key, name in values]
    return attribute
