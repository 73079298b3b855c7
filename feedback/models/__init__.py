"""Complaints (*pengaduan*) and the forum: categories, complaints, reporters and history; boards, threads, posts."""

from feedback.models.complaints import (
    Complaint,
    ComplaintAttachment,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintFollower,
    ComplaintReporter,
    ComplaintUpdate,
    EventKind,
    FixAnswer,
    FixCheck,
    IdentityView,
    Notification,
    Privacy,
    RejectionReason,
    Status,
    Theme,
    UpdateStatus,
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
from feedback.models.reply_templates import ReplyTemplate

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
    "ComplaintUpdate",
    "ComplaintsPage",
    "DeliveryStatus",
    "EventKind",
    "FixAnswer",
    "FixCheck",
    "IdentityView",
    "Notification",
    "Privacy",
    "RejectionReason",
    "ReplyTemplate",
    "Status",
    "Theme",
    "UpdateStatus",
]
