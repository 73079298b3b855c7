"""Complaints (*pengaduan*) and the forum: categories, complaints, reporters and history; boards, threads, posts."""

from feedback.models.complaints import (
    Complaint,
    ComplaintAttachment,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintFollower,
    ComplaintReporter,
    EventKind,
    FixAnswer,
    FixCheck,
    IdentityView,
    Notification,
    Privacy,
    RejectionReason,
    Status,
    Theme,
)
from feedback.models.forum import (
    Board,
    Flag,
    FlagReason,
    Follow,
    FollowerEmail,
    ModerationAction,
    ModerationEvent,
    Post,
    Thread,
    ThreadTag,
)
from feedback.models.forum_page import ForumPage
from feedback.models.holidays import CityHoliday
from feedback.models.outbox import DeliveryStatus
from feedback.models.pages import ComplaintsPage

__all__ = [
    "Board",
    "Flag",
    "FlagReason",
    "Follow",
    "FollowerEmail",
    "ForumPage",
    "ModerationAction",
    "ModerationEvent",
    "Post",
    "Thread",
    "ThreadTag",
    "CityHoliday",
    "Complaint",
    "ComplaintAttachment",
    "ComplaintCategory",
    "ComplaintEvent",
    "ComplaintFollower",
    "ComplaintReporter",
    "ComplaintsPage",
    "DeliveryStatus",
    "EventKind",
    "FixAnswer",
    "FixCheck",
    "IdentityView",
    "Notification",
    "Privacy",
    "RejectionReason",
    "Status",
    "Theme",
]
