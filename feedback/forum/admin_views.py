"""Forum moderation in the Wagtail admin: the queue, one post, and what moderators do to it.

Only forum moderators reach these pages. Everyone else, also the unit staff and verifiers who work in the
admin, gets a 404, as in the complaint admin for what one may not see: the queue does not even show that it
exists. The rules are in feedback.forum.services; these views parse, call one service, and render.
"""

from dataclasses import dataclass
from functools import wraps

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from accounts.models import Profile
from feedback.admin_actions import AdminAction, TargetForm, action_run, offered_actions
from feedback.forum import services
from feedback.forum.access import is_moderator
from feedback.forum.authors import Author, authors_for
from feedback.models import ForumPage
from feedback.models.forum import Flag, FlagReason, ModerationAction, ModerationEvent, Post, PostQuerySet
from home import converters  # noqa: F401 - registers <id:…> and <token:…> before the routes below

PER_PAGE = 25

QUEUE, FLAGGED, HIDDEN, HELD, LOG = "", "flagged", "hidden", "held", "log"

SHOWN = {
    FLAGGED: PostQuerySet.reported,
    HIDDEN: PostQuerySet.hidden_by_flags,
    HELD: PostQuerySet.held,
}
"""The parts of the queue (Post.objects.awaiting_moderation) a moderator can look at one by one."""


def moderators_only(view):
    """404 for anyone but a forum moderator, before anything else is looked at (also the request method)."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not is_moderator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return checked


class QueueFilterForm(forms.Form):
    show = forms.ChoiceField(
        label=gettext_lazy("Show"),
        required=False,
        choices=[
            (QUEUE, gettext_lazy("Everything awaiting moderation")),
            (FLAGGED, gettext_lazy("Reported by readers")),
            (HIDDEN, gettext_lazy("Hidden automatically")),
            (HELD, gettext_lazy("Held for review")),
            (LOG, gettext_lazy("Moderation log")),
        ],
    )


@dataclass(frozen=True)
class QueueRow:
    post: Post
    author: Author | None
    open_flags: int
    flag_reasons: list[tuple[str, int]]  # (reason, how many open flags give it), the most frequent first
    thread_url: str | None


@dataclass(frozen=True)
class LogRow:
    event: ModerationEvent
    moderator: Author | None
    subject: Author | None


@moderators_only
@require_GET
def moderation_queue(request):
    """The posts waiting for a moderator, the longest waiting first; or, on request, the moderation log."""
    form = QueueFilterForm(request.GET)
    show = form.cleaned_data["show"] if form.is_valid() else QUEUE
    if show == LOG:
        events = ModerationEvent.objects.select_related("post__thread")
        page = Paginator(events, PER_PAGE).get_page(request.GET.get("p"))
        rows = _log_rows(list(page.object_list))
    else:
        posts = Post.objects.awaiting_moderation().select_related("thread").order_by("created_at", "pk")
        if show:
            posts = SHOWN[show](posts)
        page = Paginator(posts, PER_PAGE).get_page(request.GET.get("p"))
        rows = _queue_rows(request, list(page.object_list))
    context = {
        "form": form,
        "show_log": show == LOG,
        "page": page,
        "rows": rows,
        "elided_page_range": page.paginator.get_elided_page_range(page.number),
        "page_title": _("Forum moderation"),
        "header_title": _("Forum moderation"),
        "header_icon": "comment",
    }
    return TemplateResponse(request, "feedback/forum/admin/queue.html", context)


def _queue_rows(request, posts: list[Post]) -> list[QueueRow]:
    """The queue's rows in a fixed number of queries: open flags counted by reason, authors, the forum's URL."""
    counts: dict[int, dict[str, int]] = {}
    open_flags = (
        Flag.objects.filter(post__in=posts, resolved_at__isnull=True)
        .values_list("post_id", "reason")
        .annotate(number=Count("pk"))
        .order_by()
    )
    for post_id, reason, number in open_flags:
        counts.setdefault(post_id, {})[reason] = number
    authors = authors_for({post.author_id for post in posts if post.author_id})
    forum = _forum_page()
    forum_url = forum.get_url(request) if forum else None
    labels = dict(FlagReason.choices)
    rows = []
    for post in posts:
        reasons = sorted(counts.get(post.pk, {}).items(), key=lambda item: (-item[1], item[0]))
        rows.append(
            QueueRow(
                post=post,
                author=authors.get(post.author_id),
                open_flags=sum(number for _reason, number in reasons),
                flag_reasons=[(labels.get(reason, reason), number) for reason, number in reasons],
                thread_url=_thread_url(forum, forum_url, post.thread_id),
            )
        )
    return rows


def _log_rows(events: list[ModerationEvent]) -> list[LogRow]:
    people = authors_for({user_id for event in events for user_id in (event.moderator_id, event.subject_id) if user_id})
    return [LogRow(event, people.get(event.moderator_id), people.get(event.subject_id)) for event in events]


def _forum_page() -> ForumPage | None:
    """The live forum page in the default language, where the public reads the threads."""
    return ForumPage.objects.live().filter(locale=Locale.get_default()).first()


def _thread_url(forum: ForumPage | None, forum_url: str | None, thread_id: int) -> str | None:
    if forum is None or forum_url is None:
        return None
    return forum_url + forum.reverse_subpage("thread", args=[thread_id])


class ModerationForm(TargetForm):
    """An action on one post; the post is there to fill in what the form starts with."""

    def __init__(self, *args, target: Post, **kwargs):
        self.post = target
        super().__init__(*args, target=target, **kwargs)


class HideForm(ModerationForm):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("The author sees this reason next to the hidden post. Write it for them."),
    )


class RestoreForm(ModerationForm):
    reason = forms.CharField(
        label=gettext_lazy("Reason (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Kept in the moderation log, for moderators."),
    )


class ApproveForm(ModerationForm):
    pass


class RedactForm(ModerationForm):
    body = forms.CharField(
        label=gettext_lazy("Text without the personal data"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=gettext_lazy(
            "The public sees this text, marked as edited. The original is kept in the moderation log, "
            "for moderators only."
        ),
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("What was removed, in general terms, for the moderation log."),
    )

    def __init__(self, *args, target: Post, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("body", target.body)
        super().__init__(*args, target=target, **kwargs)


class SuspendForm(ModerationForm):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy(
            "The account can still read the forum but no longer post, report or edit until it is reinstated."
        ),
    )


class ReinstateForm(ModerationForm):
    pass


def _suspended(profile: Profile | None) -> bool:
    return profile is not None and profile.suspended_at is not None


ACTIONS = {
    action.name: action
    for action in [
        AdminAction(
            ModerationAction.APPROVED,
            gettext_lazy("Approve for publication"),
            ApproveForm,
            lambda post, profile, user: post.held_at is not None,
            lambda post, data, by: services.post_approve(post=post, by=by),
            gettext_lazy("The post has been approved and is now public."),
        ),
        AdminAction(
            ModerationAction.HIDDEN,
            gettext_lazy("Hide"),
            HideForm,
            lambda post, profile, user: post.hidden_at is None or post.hidden_by_id is None,
            lambda post, data, by: services.post_hide(post=post, by=by, reason=data["reason"]),
            gettext_lazy("The post has been hidden; its author sees the reason."),
        ),
        AdminAction(
            ModerationAction.RESTORED,
            gettext_lazy("Restore"),
            RestoreForm,
            lambda post, profile, user: post.hidden_at is not None,
            lambda post, data, by: services.post_restore(post=post, by=by, reason=data["reason"]),
            gettext_lazy("The post is public again."),
        ),
        AdminAction(
            ModerationAction.DISMISSED,
            gettext_lazy("Dismiss the reports"),
            RestoreForm,
            lambda post, profile, user: post.hidden_at is None and post.flag_count > 0,
            lambda post, data, by: services.post_restore(post=post, by=by, reason=data["reason"]),
            gettext_lazy("The reports have been dismissed; the post stays public."),
        ),
        AdminAction(
            ModerationAction.EDITED,
            gettext_lazy("Edit out personal data"),
            RedactForm,
            lambda post, profile, user: post.deleted_at is None,
            lambda post, data, by: services.post_redact(post=post, by=by, body=data["body"], reason=data["reason"]),
            gettext_lazy("The post has been edited; the original is kept for moderators."),
        ),
        AdminAction(
            ModerationAction.SUSPENDED,
            gettext_lazy("Suspend the author's account"),
            SuspendForm,
            lambda post, profile, user: post.author_id not in (None, user.pk) and not _suspended(profile),
            lambda post, data, by: services.user_suspend(user=post.author, by=by, reason=data["reason"]),
            gettext_lazy("The author's account has been suspended."),
        ),
        AdminAction(
            ModerationAction.UNSUSPENDED,
            gettext_lazy("Reinstate the author's account"),
            ReinstateForm,
            lambda post, profile, user: post.author_id is not None and _suspended(profile),
            lambda post, data, by: services.user_unsuspend(user=post.author, by=by),
            gettext_lazy("The author's account has been reinstated."),
        ),
    ]
}


def _post(post_id: int) -> Post:
    return get_object_or_404(Post.objects.select_related("thread__board", "author", "hidden_by"), pk=post_id)


def _render_post(request, post: Post, *, bound: ModerationForm | None = None, status: int = 200):
    """The post's page; `bound` is an action form sent with errors, shown again in place of a fresh one."""
    profile = Profile.objects.filter(user_id=post.author_id).select_related("suspended_by").first()
    actions = offered_actions(
        ACTIONS,
        post,
        (post, profile, request.user),
        bound=bound,
        url=lambda name: reverse("forum_moderation_action", args=[post.pk, name]),
    )
    flags = list(post.flags.select_related("user").order_by("created_at", "pk"))
    account = Q(post__isnull=True, subject_id=post.author_id) if post.author_id else Q(pk__in=[])
    history = list(ModerationEvent.objects.filter(Q(post=post) | account))
    people = authors_for(
        {post.author_id, *(flag.user_id for flag in flags), *(event.moderator_id for event in history)} - {None}
    )
    forum = _forum_page()
    context = {
        "post": post,
        "thread_url": _thread_url(forum, forum.get_url(request) if forum else None, post.thread_id),
        "author": people.get(post.author_id),
        "profile": profile,
        "flags": [(flag, people.get(flag.user_id)) for flag in flags],
        "history": [(event, people.get(event.moderator_id)) for event in history],
        "actions": actions,
        "suspend_action": ModerationAction.SUSPENDED,
        "page_title": _("Forum moderation"),
        "page_subtitle": post.thread.title,
        "header_title": _("Forum moderation"),
        "header_icon": "comment",
    }
    return TemplateResponse(request, "feedback/forum/admin/post.html", context, status=status)


@moderators_only
@require_GET
def moderation_post(request, post_id: int):
    return _render_post(request, _post(post_id))


@moderators_only
@require_POST
def moderation_action(request, post_id: int, action: str):
    """Runs one action through its service; a refusal shows the post again with the reason and a 400."""
    post = _post(post_id)

    def render(bound, status, reload=False):
        return _render_post(request, _post(post_id) if reload else post, bound=bound, status=status)

    return action_run(
        request, ACTIONS.get(action), post, render=render, done=lambda: redirect("forum_moderation_post", post.pk)
    )


def moderation_admin_urls() -> list:
    return [
        path("forum/moderasi/", moderation_queue, name="forum_moderation"),
        path("forum/moderasi/<id:post_id>/", moderation_post, name="forum_moderation_post"),
        path("forum/moderasi/<id:post_id>/<slug:action>/", moderation_action, name="forum_moderation_action"),
    ]
