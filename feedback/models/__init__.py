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

__all__ = [
    "CityHoliday",
    "Complaint",
    "ComplaintAttachment",
    "ComplaintCategory",
    "ComplaintEvent",
    "ComplaintReporter",
    "DeliveryStatus",
    "EventKind",
    "IdentityView",
    "Notification",
    "Privacy",
    "RejectionReason",
    "Status",
    "Theme",
]
