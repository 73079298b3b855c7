"""The forum: residents and civil servants discuss in public, and a unit's staff answer officially.

Board (a theme, perhaps a unit's) › Thread (title, tags, optionally addressed to a unit) › Post. A thread's
first post is its body, so that editing, deleting, flagging and moderation work the same on every post.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelsearch import index
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from feedback.models.forum_page import ForumPage
from feedback.models.names import NamedInTwoLanguages
from feedback.models.outbox import OutgoingEmail
from home.pages import live_page_in


class Board(NamedInTwoLanguages):
    """A theme of discussion; a unit's board is where its own topics go."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    unit = models.ForeignKey(
        "reports.UnitPage",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="forum_boards",
        help_text=_("New threads on this board are addressed to this unit unless the author chooses another."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("forum board")
        verbose_name_plural = _("forum boards")


class ThreadTag(TaggedItemBase):
    content_object = models.ForeignKey("Thread", on_delete=models.CASCADE, related_name="tagged_items")


class ThreadQuerySet(models.QuerySet):
    def listed(self):
        """Threads others may see: the opening post neither hidden by moderators nor held for review."""
        return self.filter(hidden_at__isnull=True, held_at__isnull=True)

    def awaiting_official_answer(self):
        return self.filter(unit__isnull=False, official_answered_at__isnull=True)


class Thread(models.Model):
    board = models.ForeignKey(Board, verbose_name=_("board"), on_delete=models.PROTECT, related_name="threads")
    title = models.CharField(_("title"), max_length=150)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    unit = models.ForeignKey(
        "reports.UnitPage",
        verbose_name=_("addressed to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="forum_threads",
    )
    tags = TaggableManager(through=ThreadTag, blank=True, verbose_name=_("tags"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True, db_index=True)
    reply_count = models.PositiveIntegerField(_("replies"), default=0)
    official_answered_at = models.DateTimeField(_("first official answer"), null=True, blank=True)
    answer = models.ForeignKey(
        "Post", verbose_name=_("accepted answer"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hidden_at = models.DateTimeField(null=True, blank=True, help_text="Copied from the opening post.")
    held_at = models.DateTimeField(null=True, blank=True, help_text="Copied from the opening post.")

    objects = ThreadQuerySet.as_manager()

    # Portal search (see search.sources): listed threads, by their title and the posts everyone may read.
    search_fields = [index.SearchField("title"), index.SearchField("public_text")]
    search_dependencies = {"feedback.Post": "thread_id", "feedback.ThreadTag": "content_object_id"}

    class Meta:
        ordering = ["-last_activity_at", "-pk"]
        verbose_name = _("forum thread")
        verbose_name_plural = _("forum threads")
        indexes = [models.Index(fields=["unit", "official_answered_at"])]

    def __str__(self):
        return self.title

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.listed().select_related("unit")

    def public_text(self) -> str:
        """The posts anyone may read: neither hidden, held nor deleted."""
        posts = self.posts.filter(hidden_at__isnull=True, held_at__isnull=True, deleted_at__isnull=True)
        return "\n".join(posts.values_list("body", flat=True))

    def search_facets(self) -> dict:
        created = self.created_at.date()
        return {
            "kind": "thread",
            "unit_key": self.unit.translation_key if self.unit else None,
            "year": created.year,
            "date": created,
            "tags": sorted(self.tags.slugs()),
        }

    def search_url(self, language: str) -> str:
        page = live_page_in(ForumPage, language)
        return page.thread_url(self) if page else ""


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    OFFENSIVE = "kasar", _("Offensive or abusive")
    PERSONAL_DATA = "data-pribadi", _("Reveals someone's personal data")
    OFF_TOPIC = "di-luar-topik", _("Off topic")


class PostQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Posts a reader may see: not hidden or held, except the reader's own. Deleted ones stay as a stub."""
        shown = Q(hidden_at__isnull=True, held_at__isnull=True)
        if user.is_authenticated:
            shown |= Q(author=user)
        return self.filter(shown)

    def reported(self):
        """Posts with open flags."""
        return self.filter(pk__in=Flag.objects.filter(resolved_at__isnull=True).values("post_id"))

    def hidden_by_flags(self):
        """Posts hidden automatically that no moderator has reviewed yet."""
        return self.filter(hidden_at__isnull=False, hidden_by__isnull=True, reviewed_at__isnull=True)

    def held(self):
        """First posts of new accounts waiting for a moderator (FORUM_HOLD_FIRST_POSTS)."""
        return self.filter(held_at__isnull=False)

    def awaiting_moderation(self):
        """The moderation queue: reported, hidden by flags, or held."""
        return self.reported() | self.hidden_by_flags() | self.held()


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("text"), max_length=10_000)
    is_opening = models.BooleanField(default=False)
    official_unit = models.ForeignKey(
        "reports.UnitPage",
        verbose_name=_("official answer of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted by its author"), null=True, blank=True)
    held_at = models.DateTimeField(_("held for review"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when hidden automatically by flags.",
    )
    hidden_reason = models.TextField(_("reason for hiding"), max_length=1000, blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    flag_count = models.PositiveSmallIntegerField(_("open flags"), default=0)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("forum post")
        verbose_name_plural = _("forum posts")

    def __str__(self):
        return f"{self.thread_id}/{self.pk}"

    @property
    def is_official(self) -> bool:
        return self.official_unit_id is not None


class Flag(models.Model):
    """A reader's report that a post breaks the rules; three open flags hide it until a moderator looks."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("flagged"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="one_flag_per_user_and_post")]
        verbose_name = _("flag")
        verbose_name_plural = _("flags")

    def __str__(self):
        return f"{self.post_id} {self.reason}"


class ModerationAction(models.TextChoices):
    AUTO_HIDDEN = "otomatis", _("Hidden automatically after repeated flags")
    HIDDEN = "sembunyikan", _("Hidden")
    RESTORED = "pulihkan", _("Restored")
    EDITED = "sunting", _("Edited to remove personal data")
    APPROVED = "setujui", _("Approved for publication")
    DISMISSED = "abaikan", _("Flags dismissed")
    SUSPENDED = "tangguhkan", _("Account suspended")
    UNSUSPENDED = "aktifkan", _("Account reinstated")


class ModerationEvent(models.Model):
    """What moderators did and why; an edit keeps the original text here, for moderators only."""

    action = models.CharField(_("action"), max_length=20, choices=ModerationAction.choices)
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.CASCADE, related_name="moderation")
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    original_body = models.TextField(_("original text"), blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("moderation event")
        verbose_name_plural = _("moderation events")

    def __str__(self):
        return f"{self.action} {self.post_id or self.subject_id}"


class Follow(models.Model):
    """A reader follows a thread: an email on every new reply and on the official answer."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_follows")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    language = models.CharField(
        max_length=10, default=settings.LANGUAGE_CODE, help_text="The emails' language: the one the reader used."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "thread"], name="one_follow_per_user_and_thread")]
        verbose_name = _("follow")
        verbose_name_plural = _("follows")

    def __str__(self):
        return f"{self.user_id} → {self.thread_id}"


class FollowerEmail(OutgoingEmail):
    """One email to one follower about one post (a new reply, the official answer): the forum's outbox row."""

    follow = models.ForeignKey(Follow, on_delete=models.CASCADE, related_name="emails")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["follow", "post"], name="one_email_per_follower_and_post")]
        verbose_name = _("follower email")
        verbose_name_plural = _("follower emails")

    def __str__(self):
        return f"{self.follow_id} ← {self.post_id} ({self.status})"
