"""Complaints (*pengaduan*): categories that route them, the complaints, their reporters and their history."""

from feedback.models.complaints import (
    CityHoliday,
    Complaint,
    ComplaintAttachment,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintReporter,
    EventKind,
    Privacy,
    RejectionReason,
    Status,
    Theme,
)

__all__ = [
    "CityHoliday",
    "Complaint",
    "ComplaintAttachment",
    "ComplaintCategory",
    "ComplaintEvent",
    "ComplaintReporter",
    "EventKind",
    "Privacy",
    "RejectionReason",
    "Status",
    "Theme",
]
