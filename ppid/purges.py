"""Which saves make a PPID page kept for anonymous visitors stale: an entry of a list or its documents (the list
pages), and anything that changes the yearly figures (requests, their objections)."""

from pagecache.signals import purge_on_change
from ppid.models import InformationRequest, Objection, PublicInformation, PublicInformationDocument

LISTS = "ppid-lists"
REQUEST_FIGURES = "ppid-figures"


def connect() -> None:
    purge_on_change(PublicInformation, PublicInformationDocument, tags=(LISTS,))
    purge_on_change(InformationRequest, Objection, tags=(REQUEST_FIGURES,))
