"""The complaint domain: what a resident files, who must act on it and by when, and everything that happened.

The reporter's identity lives in its own table (ComplaintReporter), apart from the complaint body, so that
no query for public pages, search or unit staff ever loads it by accident.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from modelsearch import index

from feedback import places
from feedback.deadlines import DUE_SOON_DAYS, add_working_days
from feedback.models.names import NamedInTwoLanguages
from feedback.models.outbox import OutgoingEmail
from feedback.models.pages import ComplaintsPage
from home.pages import live_page_in


class Theme(models.TextChoices):
    """How categories are grouped on the filing form."""

    INFRASTRUCTURE = "infrastruktur", _("Roads, drainage and public works")
    ENVIRONMENT = "lingkungan", _("Waste and environment")
    HEALTH = "kesehatan", _("Health")
    EDUCATION = "pendidikan", _("Education")
    ADMINISTRATION = "administrasi", _("Population and administrative services")
    SOCIAL = "sosial", _("Social welfare")
    ORDER = "ketertiban", _("Public order, transport and safety")
    CIVIL_SERVICE = "asn", _("Civil servants' conduct and service")


class Privacy(models.TextChoices):
    """SP4N-LAPOR!'s switches: *anonim* hides the name from all but verifiers; *rahasia* hides the content too."""

    PUBLIC = "publik", _("Public")
    ANONYMOUS = "anonim", _("Anonymous")
    CONFIDENTIAL = "rahasia", _("Confidential")


class Status(models.TextChoices):
    SUBMITTED = "diajukan", _("Submitted")
    ROUTED = "didisposisi", _("Routed to a unit")
    IN_PROGRESS = "diproses", _("In progress")
    RESPONDED = "ditanggapi", _("Responded")
    RESOLVED = "selesai", _("Resolved")
    REJECTED = "ditolak", _("Rejected")


OPEN_STATUSES = [Status.SUBMITTED, Status.ROUTED, Status.IN_PROGRESS, Status.RESPONDED]


class RejectionReason(models.TextChoices):
    NOT_A_COMPLAINT = "bukan-pengaduan", _("Not a complaint")
    NOT_CITY_AUTHORITY = "bukan-kewenangan", _("Not the city's authority")
    DUPLICATE = "duplikat", _("Duplicate of another complaint")


class ComplaintCategory(NamedInTwoLanguages):
    """What a complaint is about, and so which unit it goes to and how fast it must be handled."""

    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    unit = models.ForeignKey(
        "reports.UnitPage",
        verbose_name=_("routed to unit"),
        on_delete=models.PROTECT,
        related_name="complaint_categories",
        help_text=_("Verifiers route a complaint of this category to this unit unless they choose another."),
    )
    verification_days = models.PositiveSmallIntegerField(_("verification (working days)"), default=3)
    response_days = models.PositiveSmallIntegerField(_("first unit response (working days)"), default=5)
    feedback_days = models.PositiveSmallIntegerField(_("resident feedback (working days)"), default=10)
    resolution_days = models.PositiveSmallIntegerField(_("resolution (working days)"), default=60)
    allows_anonymous = models.BooleanField(_("allows anonymous complaints"), default=True)
    active = models.BooleanField(_("open for new complaints"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["theme", "sort_order", "name"]
        verbose_name = _("complaint category")
        verbose_name_plural = _("complaint categories")


class ComplaintQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def publicly_listed(self):
        """What the public list shows: checked by a verifier, not *rahasia*, not rejected as no complaint at all.

        Verification comes first so that spam, abuse or personal data a resident wrote into the text can be
        stopped before the list shows it; rejections for another reason (duplicate, not the city's
        authority) stay listed, since how the city answers them is part of its record.
        """
        return (
            self.exclude(privacy=Privacy.CONFIDENTIAL)
            .exclude(status=Status.SUBMITTED)
            .exclude(status=Status.REJECTED, rejection_reason=RejectionReason.NOT_A_COMPLAINT)
        )

    def with_lapor_id(self, lapor_tracking_id: str):
        return self.filter(lapor_tracking_id__iexact=lapor_tracking_id.strip())

    def overdue(self, today):
        """Open complaints past a deadline the city owes: verification, first response or resolution."""
        return self.open().filter(self._missed(today))

    def due_soon(self, today):
        """Open, not yet overdue, with a deadline the city owes within DUE_SOON_DAYS working days."""
        limit = add_working_days(today, DUE_SOON_DAYS)
        return self.open().exclude(self._missed(today)).filter(self._missed(limit + timedelta(days=1)))

    def load_by_unit(self, today):
        """Per unit (None for those not routed yet): open complaints, how many are overdue, how many due soon."""
        limit = add_working_days(today, DUE_SOON_DAYS)
        overdue = self._missed(today)
        return (
            self.open()
            .values("unit")
            .annotate(
                open=Count("pk"),
                overdue=Count("pk", filter=overdue),
                due_soon=Count("pk", filter=~overdue & self._missed(limit + timedelta(days=1))),
            )
            .order_by()
        )

    @staticmethod
    def _missed(today):
        """Complaints whose owed step was due before `today`."""
        return (
            Q(status=Status.SUBMITTED, verification_due__lt=today)
            | Q(status__in=[Status.ROUTED, Status.IN_PROGRESS], response_due__lt=today, first_response_at__isnull=True)
            | Q(resolution_due__lt=today)
        )


class Complaint(models.Model):
    """A resident's complaint. Its status is the workflow; every change also leaves a ComplaintEvent."""

    tracking_code = models.CharField(_("tracking code"), max_length=20, unique=True, editable=False)
    secret_hash = models.CharField(max_length=64, editable=False, help_text="SHA-256 of the private link's secret.")
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    category = models.ForeignKey(
        ComplaintCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="complaints"
    )
    unit = models.ForeignKey(
        "reports.UnitPage",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="complaints",
    )
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(_("description"), max_length=5000)
    place = models.CharField(_("place"), max_length=200)
    village_code = models.CharField(
        _("kelurahan, desa or negeri"),
        max_length=13,
        blank=True,
        db_index=True,
        help_text=_("Kemendagri's code, e.g. 81.71.02.2003 for Batu Merah (feedback/data)."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    incident_date = models.DateField(_("date of the incident"))
    privacy = models.CharField(_("privacy"), max_length=10, choices=Privacy.choices, default=Privacy.PUBLIC)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.SUBMITTED)
    rejection_reason = models.CharField(
        _("reason for rejection"), max_length=20, choices=RejectionReason.choices, blank=True
    )
    duplicate_of = models.ForeignKey(
        "self", verbose_name=_("duplicate of"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lapor_tracking_id = models.CharField(
        _("SP4N-LAPOR! tracking id"),
        max_length=40,
        blank=True,
        db_index=True,
        help_text=_("When the same complaint also came in through SP4N-LAPOR!."),
    )

    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    responded_at = models.DateTimeField(_("responded"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated"), null=True, blank=True)

    verification_due = models.DateField(_("verification due"))
    response_due = models.DateField(_("first response due"), null=True, blank=True)
    feedback_due = models.DateField(_("resident feedback due"), null=True, blank=True)
    resolution_due = models.DateField(_("resolution due"))

    rejections_by_resident = models.PositiveSmallIntegerField(default=0)
    rating = models.PositiveSmallIntegerField(
        _("rating"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Raised on every change, so that two editors cannot overwrite each other."
    )

    objects = ComplaintQuerySet.as_manager()

    # Portal search (see search.sources): only what the public list shows, by its public text. Never the
    # reporter, the attachments or internal notes.
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.SearchField("place"),
        index.SearchField("area_name"),
    ]

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        indexes = [models.Index(fields=["unit", "status"]), models.Index(fields=["status", "verification_due"])]

    def __str__(self):
        return f"{self.tracking_code} {self.title}"

    @property
    def is_publicly_listed(self) -> bool:
        """ComplaintQuerySet.publicly_listed for one complaint already loaded: checked by a verifier, not *rahasia*,
        not rejected as no complaint at all."""
        no_complaint = self.status == Status.REJECTED and self.rejection_reason == RejectionReason.NOT_A_COMPLAINT
        return self.privacy != Privacy.CONFIDENTIAL and self.status != Status.SUBMITTED and not no_complaint

    @property
    def is_followable(self) -> bool:
        """Public and still open: residents may follow it instead of filing it again."""
        return self.is_publicly_listed and self.status in OPEN_STATUSES

    @property
    def village(self) -> places.Village | None:
        return places.village(self.village_code)

    def area_name(self) -> str:
        """The kelurahan and kecamatan ("Batu Merah, Sirimau"), for the search."""
        village = self.village
        return f"{village.name}, {village.kecamatan}" if village else ""

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.publicly_listed().select_related("unit")

    def search_facets(self) -> dict:
        submitted = self.submitted_at.date()
        return {
            "kind": "complaint",
            "unit_key": self.unit.translation_key if self.unit else None,
            "year": submitted.year,
            "date": submitted,
        }

    def search_url(self, language: str) -> str:
        page = live_page_in(ComplaintsPage, language)
        return page.url + page.reverse_subpage("public", args=[self.tracking_code]) if page else ""


class ComplaintReporter(models.Model):
    """Who filed a complaint, kept apart from it: only verifiers see it, and each of their views is logged."""

    complaint = models.OneToOneField(Complaint, on_delete=models.CASCADE, related_name="reporter")
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True, db_index=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    consented_at = models.DateTimeField(_("consent given"))
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        verbose_name = _("complainant")
        verbose_name_plural = _("complainants")

    def __str__(self):
        return self.name or str(_("(no name)"))


class FixAnswer(models.TextChoices):
    FIXED = "beres", _("Yes, it is fixed")
    NOT_FIXED = "belum", _("No, it is not fixed")
    UNKNOWN = "tidak-tahu", _("I don't know")


class FixCheck(models.Model):
    """The question "is it fixed?", asked of the resident some weeks after their complaint was resolved
    (FIX_CHECK_DAYS): by email when they gave an address (the link carries `token`), on their private page otherwise;
    asked again later when they ask to be reminded. The answer goes on the public timeline and into the unit's
    scorecard; the note and photo that may come with it are for the unit."""

    complaint = models.OneToOneField(Complaint, on_delete=models.CASCADE, related_name="fix_check")
    token = models.CharField(max_length=64, unique=True, editable=False)
    ask_on = models.DateField(_("ask on"))
    asked_at = models.DateTimeField(_("asked"), null=True, blank=True)
    reminders = models.PositiveSmallIntegerField(_("reminders asked for"), default=0)
    answer = models.CharField(_("answer"), max_length=12, choices=FixAnswer.choices, blank=True)
    note = models.TextField(_("what the resident added"), max_length=2000, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("fix check")
        verbose_name_plural = _("fix checks")

    def __str__(self):
        return f"{self.complaint_id}: {self.answer or '…'}"


class UpdateStatus(models.TextChoices):
    PENDING = "menunggu", _("Waiting for a verifier")
    PUBLISHED = "tampil", _("Published")
    HIDDEN = "disembunyikan", _("Not published")


def update_photo_path(update, filename: str) -> str:
    """Beside the complaint's attachments, out of the web server's reach: served by a view once published."""
    return f"complaints/{update.complaint.tracking_code}/kabar-{update.token}{update.extension}"


class ComplaintUpdate(models.Model):
    """What a signed-in resident adds to a public complaint (e.g. "masih rusak", with a photo): published once a
    verifier has checked it, as the complaint itself was; then on the timeline, and its filer and followers told."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="resident_updates")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("update"), max_length=2000)
    still_broken = models.BooleanField(_("still broken"), default=False)
    token = models.CharField(max_length=32, unique=True, editable=False)
    photo = models.FileField(upload_to=update_photo_path, blank=True)
    extension = models.CharField(max_length=8, blank=True, editable=False)
    content_type = models.CharField(max_length=40, blank=True, editable=False)
    status = models.CharField(_("status"), max_length=14, choices=UpdateStatus.choices, default=UpdateStatus.PENDING)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    hidden_reason = models.TextField(_("why it is not published"), max_length=1000, blank=True)
    event = models.OneToOneField(
        "ComplaintEvent", null=True, blank=True, on_delete=models.SET_NULL, related_name="resident_update"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("update from a resident")
        verbose_name_plural = _("updates from residents")

    def __str__(self):
        return f"{self.complaint_id} · {self.text[:40]}"


class ComplaintFollower(models.Model):
    """Someone who follows a public complaint by email: a neighbour with the same problem, or the filer of a
    complaint merged into it as a duplicate. Confirmed through a link first (unless the address came with the
    merged complaint); only the address is kept, never shown, and every email carries the link to stop."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="followers")
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    token = models.CharField(max_length=64, unique=True, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["complaint", "email"], name="one_follow_per_address")]
        verbose_name = _("complaint follower")
        verbose_name_plural = _("complaint followers")

    def __str__(self):
        return f"{self.complaint_id} ({'✓' if self.confirmed_at else '…'})"


def attachment_path(attachment, filename: str) -> str:
    """Random names in a folder the web server must not serve: attachments go out through a checked view."""
    return f"complaints/{attachment.complaint.tracking_code}/{attachment.token}{attachment.extension}"


class ComplaintAttachment(models.Model):
    """A photo (re-encoded without EXIF/GPS) or a PDF a resident attached."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="attachments")
    token = models.CharField(max_length=32, unique=True, editable=False)
    extension = models.CharField(max_length=8, editable=False)
    file = models.FileField(upload_to=attachment_path)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return f"{self.token}{self.extension}"


class EventKind(models.TextChoices):
    SUBMITTED = "diajukan", _("Submitted")
    CATEGORY_CHANGED = "kategori", _("Category corrected")
    ROUTED = "disposisi", _("Routed to a unit")
    REJECTED = "ditolak", _("Rejected")
    STATUS_CHANGED = "status", _("Status changed")
    REPLY = "tanggapan", _("Public reply")
    NOTE = "catatan", _("Internal note")
    HANDED_OVER = "dialihkan", _("Handed over to another unit")
    ACCEPTED = "diterima", _("Response accepted by the resident")
    REOPENED = "dibuka-kembali", _("Response rejected by the resident")
    RATED = "dinilai", _("Rated by the resident")
    ESCALATED = "eskalasi", _("Escalated")
    LAPOR_LINKED = "lapor", _("SP4N-LAPOR! tracking id recorded")
    RESIDENT_UPDATE = "kabar-warga", _("Update from a resident")
    CONFIRMED_FIXED = "sudah-beres", _("The resident confirmed it is fixed")
    NOT_FIXED = "belum-beres", _("The resident says it is not fixed")
    FIX_UNKNOWN = "tidak-tahu", _("The resident does not know whether it is fixed")


class ComplaintEvent(models.Model):
    """One thing that happened to a complaint, with who did it and when. Never changed once written."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_public = models.BooleanField(_("shown on the public timeline"), default=False)
    message = models.TextField(_("message"), max_length=5000, blank=True)
    status = models.CharField(_("status after"), max_length=12, choices=Status.choices)
    unit = models.ForeignKey(
        "reports.UnitPage",
        verbose_name=_("unit after"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("complaint event")
        verbose_name_plural = _("complaint events")

    def __str__(self):
        return f"{self.complaint_id} {self.kind}"

    def save(self, *args, **kwargs):
        """The history is append-only: an event that exists is never written again."""
        if self.pk is not None:
            raise ValidationError("Complaint events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("Complaint events are append-only.")


class IdentityView(models.Model):
    """Who looked at a complainant's identity, and when (UU PDP: access to personal data is accountable)."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="identity_views")
    viewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    viewed_at = models.DateTimeField(_("viewed"), auto_now_add=True)

    class Meta:
        ordering = ["-viewed_at"]
        verbose_name = _("identity view")
        verbose_name_plural = _("identity views")

    def __str__(self):
        return f"{self.viewer_id} {self.complaint_id} {self.viewed_at:%Y-%m-%d %H:%M}"


class Notification(OutgoingEmail):
    """One email about a complaint (feedback.complaints.notifications decides who is told), kept apart from the
    complaint's own status; its delivery as every outbox row's (feedback/models/outbox.py)."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="notifications")
    event = models.ForeignKey(ComplaintEvent, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    recipient = models.EmailField(_("recipient"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)
    template = models.CharField(_("message"), max_length=40)
    private_link = models.CharField(
        max_length=300,
        blank=True,
        editable=False,
        help_text="The resident's private link, for the email that sends it to them; emptied once it is sent.",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self):
        return f"{self.template} → {self.recipient} ({self.status})"
