"""Complaints (*pengaduan*): categories that route them, the complaints, their reporters and their history."""

from feedback.models.complaints import (
    CityHoliday,
    Complaint,
    ComplaintAttachment,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintReporter,
    DeliveryStatus,
    EventKind,
    IdentityView,
    Notification,
    Privacy,
    RejectionReason,
    Status,
    Theme,
)
from feedback.models.pages import ComplaintsPage

__all__ = [
    "CityHoliday",
    "Complaint",
    "ComplaintAttachment",
    "ComplaintCategory",
    "ComplaintEvent",
    "ComplaintReporter",
    "ComplaintsPage",
    "DeliveryStatus",
    "EventKind",
    "IdentityView",
    "Notification",
    "Privacy",
    "RejectionReason",
    "Status",
    "Theme",
]
