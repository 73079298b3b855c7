"""Public information requests, their requesters (kept apart, never public), their append-only timeline and the
objections (*keberatan*) to how they were handled, with the legal grounds UU 14/2008 allows; the public bodies' PPID
offices; their lists of public information (*Daftar Informasi Publik*); and the page where the public meets all of
it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from modelsearch import index
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page

from feedback.models.names import reads_english
from feedback.models.outbox import OutgoingEmail
from home import converters  # noqa: F401 - registers <id:…> and <token:…> before the routes below
from home.pages import live_page_in


class Channel(models.TextChoices):
    """How the requester wants the information (Perki 1/2021)."""

    VIEW = "melihat", _("To see or read it")
    ELECTRONIC = "salinan-elektronik", _("An electronic copy")
    PRINTED = "salinan-cetak", _("A printed copy")


class Delivery(models.TextChoices):
    """How the requester receives it."""

    COLLECT = "ambil", _("Collected at the office")
    EMAIL = "surel", _("By email")
    POST = "pos", _("By post")
    PORTAL = "portal", _("Downloaded from the private link")


class IdentityType(models.TextChoices):
    """The identity document the requester names (the portal stores no image of it)."""

    KTP = "ktp", _("Identity card (KTP)")
    SIM = "sim", _("Driving licence (SIM)")
    PASSPORT = "paspor", _("Passport")
    LEGAL_ENTITY = "badan-hukum", _("Deed of a legal entity")


class RequestStatus(models.TextChoices):
    REGISTERED = "terdaftar", _("Registered")
    EXTENDED = "diperpanjang", _("Extended")
    ANSWERED = "dijawab", _("Answered")
    REFUSED = "ditolak", _("Refused")
    TRANSFERRED = "dialihkan", _("Transferred to another public body")


OPEN_STATUSES = [RequestStatus.REGISTERED, RequestStatus.EXTENDED]


class Exemption(models.TextChoices):
    """The information UU 14/2008 Art. 17 exempts: the only grounds on which a request may be refused."""

    LAW_ENFORCEMENT = "17a", _("Art. 17(a): would hinder law enforcement")
    INTELLECTUAL_PROPERTY = "17b", _("Art. 17(b): would harm intellectual property or fair competition")
    DEFENCE = "17c", _("Art. 17(c): would endanger national defence and security")
    NATURAL_RESOURCES = "17d", _("Art. 17(d): would reveal Indonesia's natural wealth")
    ECONOMY = "17e", _("Art. 17(e): would harm national economic resilience")
    FOREIGN_RELATIONS = "17f", _("Art. 17(f): would harm foreign relations")
    WILLS = "17g", _("Art. 17(g): would reveal a private authentic deed or a person's last will")
    PRIVACY = "17h", _("Art. 17(h): would reveal personal secrets")
    INTERNAL_MEMORANDA = "17i", _("Art. 17(i): memoranda between or within public bodies that are confidential")
    OTHER_LAW = "17j", _("Art. 17(j): may not be disclosed under another law")


class ObjectionGround(models.TextChoices):
    """What a requester may object to (UU 14/2008 Art. 35(1))."""

    REFUSED = "35a", _("The request was refused on an exemption of Art. 17")
    PERIODIC_NOT_PUBLISHED = "35b", _("Information that must be published periodically was not")
    NO_RESPONSE = "35c", _("The request was not answered")
    NOT_AS_ASKED = "35d", _("The answer was not what was asked")
    NOT_FULFILLED = "35e", _("The request was not fulfilled")
    UNREASONABLE_COST = "35f", _("An unreasonable cost was charged")
    LATE = "35g", _("The information came later than the law allows")


class InformationRequest(models.Model):
    """A request for public information to the city's PPID Utama (`unit` empty) or a unit's PPID Pelaksana."""

    registration_number = models.CharField(_("registration number"), max_length=20, unique=True, editable=False)
    secret_hash = models.CharField(max_length=64, editable=False, help_text="SHA-256 of the private link's secret.")
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    unit = models.ForeignKey(
        "reports.UnitPage",
        verbose_name=_("unit (PPID Pelaksana)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty: the city's PPID Utama."),
    )
    information = models.TextField(_("information requested"), max_length=5000)
    purpose = models.TextField(_("purpose"), max_length=2000)
    channel = models.CharField(_("how it is wanted"), max_length=20, choices=Channel.choices)
    delivery = models.CharField(_("how it is received"), max_length=10, choices=Delivery.choices)
    status = models.CharField(
        _("status"), max_length=14, choices=RequestStatus.choices, default=RequestStatus.REGISTERED
    )
    registered_at = models.DateTimeField(_("registered"), auto_now_add=True)
    due_on = models.DateField(_("answer due"))
    extended_until = models.DateField(_("extended until"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    decided_at = models.DateTimeField(_("answered, refused or transferred"), null=True, blank=True)
    exemption = models.CharField(_("exemption"), max_length=4, choices=Exemption.choices, blank=True)
    consequence_test = models.TextField(
        _("consequence test"),
        blank=True,
        help_text=_("Why disclosing it would cause the harm the exemption protects against (Art. 19)."),
    )
    transferred_to = models.CharField(_("transferred to"), max_length=255, blank=True)
    documents = models.ManyToManyField("wagtaildocs.Document", blank=True, related_name="+")

    class Meta:
        ordering = ["-registered_at", "-pk"]
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")

    def __str__(self):
        return self.registration_number

    @property
    def answer_due(self):
        """The deadline that holds now: the extended one once extended."""
        return self.extended_until or self.due_on


class Requester(models.Model):
    """Who asked, kept apart from the request: only the PPID handling it sees them, and never the public."""

    request = models.OneToOneField(InformationRequest, on_delete=models.CASCADE, related_name="requester")
    name = models.CharField(_("name"), max_length=120)
    address = models.TextField(_("address"), max_length=500)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    identity_type = models.CharField(_("identity document"), max_length=12, choices=IdentityType.choices)
    identity_number = models.CharField(_("identity document number"), max_length=40)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)

    class Meta:
        verbose_name = _("requester")
        verbose_name_plural = _("requesters")

    def __str__(self):
        return self.name


class EventKind(models.TextChoices):
    REGISTERED = "terdaftar", _("Registered")
    EXTENDED = "diperpanjang", _("Extended by 7 working days")
    ANSWERED = "dijawab", _("Answered")
    REFUSED = "ditolak", _("Refused")
    TRANSFERRED = "dialihkan", _("Transferred")
    OBJECTED = "keberatan", _("Objection filed")
    OBJECTION_ANSWERED = "keberatan-dijawab", _("Objection answered")


class RequestEvent(models.Model):
    """One step of a request, with who took it and when. Never changed once written."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    created_at = models.DateTimeField(_("time"), auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    message = models.TextField(_("message"), max_length=5000, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("request event")
        verbose_name_plural = _("request events")

    def __str__(self):
        return f"{self.request_id} {self.kind}"


class ObjectionOutcome(models.TextChoices):
    UPHELD = "diterima", _("Upheld: the information will be given")
    REJECTED = "ditolak", _("Rejected: the PPID's decision stands")


class Objection(models.Model):
    """A *keberatan* to the PPID's superior (*atasan PPID*), answered within 30 working days (Art. 35–36)."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="objections")
    ground = models.CharField(_("ground"), max_length=4, choices=ObjectionGround.choices)
    reason = models.TextField(_("reason"), max_length=5000)
    filed_at = models.DateTimeField(_("filed"), auto_now_add=True)
    due_on = models.DateField(_("answer due"))
    outcome = models.CharField(_("outcome"), max_length=10, choices=ObjectionOutcome.choices, blank=True)
    answer = models.TextField(_("answer"), max_length=5000, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["filed_at", "pk"]
        verbose_name = _("objection")
        verbose_name_plural = _("objections")

    def __str__(self):
        return f"{self.request_id} {self.ground}"


class PpidOffice(models.Model):
    """Who handles a public body's requests: its PPID's officers, and the superiors (*atasan PPID*) who answer
    objections. One for the city's PPID Utama (`unit` empty), one per unit with a PPID Pelaksana."""

    unit = models.OneToOneField(
        "reports.UnitPage",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: the city's PPID Utama."),
    )
    officers = models.ForeignKey(
        "auth.Group", verbose_name=_("PPID officers"), on_delete=models.PROTECT, related_name="+"
    )
    superiors = models.ForeignKey(
        "auth.Group", verbose_name=_("superiors (atasan PPID)"), on_delete=models.PROTECT, related_name="+"
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("documents collection"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Where its officers keep the documents of answers and of its list; only they may open it."),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["unit"], condition=models.Q(unit__isnull=True), name="one_ppid_utama")
        ]
        verbose_name = _("PPID office")
        verbose_name_plural = _("PPID offices")

    def __str__(self):
        return str(self.unit) if self.unit_id else "PPID Utama"


class InformationCategory(models.TextChoices):
    """The four lists of a Daftar Informasi Publik (UU 14/2008 Art. 9, 10, 11 and 17)."""

    PERIODIC = "berkala", _("Published periodically (berkala)")
    IMMEDIATE = "serta-merta", _("Published immediately (serta-merta)")
    ON_REQUEST = "setiap-saat", _("Available at any time (setiap saat)")
    EXEMPTED = "dikecualikan", _("Exempted (dikecualikan)")


class InformationFormat(models.TextChoices):
    PRINTED = "tercetak", _("Printed")
    ELECTRONIC = "elektronik", _("Electronic")
    BOTH = "tercetak-elektronik", _("Printed and electronic")


class PublicInformationQuerySet(models.QuerySet):
    def listed(self):
        """The entries the public sees: the city's own list and the lists of units whose page is live."""
        return self.filter(models.Q(unit__isnull=True) | models.Q(unit__live=True))

    def of_body(self, unit):
        """One public body's list: a unit's, or the city's own (`unit` None)."""
        return self.filter(unit=unit) if unit is not None else self.filter(unit__isnull=True)


class PublicInformation(ClusterableModel):
    """One entry of a public body's Daftar Informasi Publik (Perki 1/2021): what the information is, who is
    responsible for it, when it was made, its form and how long it is kept; an exempted entry names its Art. 17
    ground and consequence test, and never its documents. Kept by the body's PPID in the admin; public at once."""

    unit = models.ForeignKey(
        "reports.UnitPage",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: the city's own list (PPID Utama)."),
    )
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), max_length=2000)
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    summary_en = models.TextField(_("summary (English)"), max_length=2000, blank=True)
    responsible = models.CharField(_("official responsible"), max_length=255)
    made = models.CharField(_("when and where made"), max_length=255, help_text=_("E.g. “Every year, Ambon”."))
    form = models.CharField(_("form"), max_length=20, choices=InformationFormat.choices)
    retention = models.CharField(_("kept for"), max_length=120, help_text=_("E.g. “5 years”."))
    category = models.CharField(_("list"), max_length=14, choices=InformationCategory.choices)
    exemption = models.CharField(_("exemption"), max_length=4, choices=Exemption.choices, blank=True)
    consequence_test = models.TextField(_("consequence test"), blank=True)
    exempted_until = models.DateField(_("exempted until"), null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublicInformationQuerySet.as_manager()

    panels = [
        FieldPanel("unit"),
        FieldPanel("category"),
        FieldPanel("title"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("title_en"), FieldPanel("summary_en")], heading=_("In English")),
        FieldPanel("responsible"),
        FieldPanel("made"),
        FieldPanel("form"),
        FieldPanel("retention"),
        MultiFieldPanel(
            [FieldPanel("exemption"), FieldPanel("consequence_test"), FieldPanel("exempted_until")],
            heading=_("Only for exempted information"),
        ),
        InlinePanel("attachments", heading=_("Documents"), label=_("Document")),
        FieldPanel("sort_order"),
    ]
    # Portal search (see search.sources): every listed entry, exempted ones too (the list of exempted information
    # is public), by its title and summary, in English where the PPID wrote them.
    search_fields = [index.SearchField("title"), index.SearchField("summary"), index.SearchField("responsible")]

    class Meta:
        ordering = ["category", "sort_order", "title"]
        verbose_name = _("public information list entry")
        verbose_name_plural = _("public information list")

    def __str__(self):
        return self.title

    def clean(self):
        if self.category == InformationCategory.EXEMPTED:
            if not self.exemption or not self.consequence_test.strip():
                raise ValidationError(
                    _("Exempted information needs its Art. 17 ground and the consequence test that justifies it.")
                )
        elif self.exemption or self.exempted_until:
            raise ValidationError(_("Only exempted information has an exemption."))

    @property
    def exempted(self) -> bool:
        return self.category == InformationCategory.EXEMPTED

    @property
    def label(self) -> str:
        return self.title_en if self.title_en and reads_english() else self.title

    @property
    def summary_text(self) -> str:
        return self.summary_en if self.summary_en and reads_english() else self.summary

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.listed().select_related("unit")

    def search_facets(self) -> dict:
        updated = self.updated_at.date()
        return {
            "kind": "information",
            "unit_key": self.unit.translation_key if self.unit_id else None,
            "year": updated.year,
            "date": updated,
        }

    def search_url(self, language: str) -> str:
        page = live_page_in(PpidPage, language)
        return f"{page.list_url(self.unit)}#informasi-{self.pk}" if page else ""


class PublicInformationDocument(Orderable):
    """A document of a list entry, downloaded from the list's page (never for an exempted entry)."""

    entry = ParentalKey(PublicInformation, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return str(self.document)


class PpidPage(RoutablePageMixin, Page):
    """*Informasi Publik*: where anyone asks the city's PPID for information, without an account, and follows the
    request through a private link; reads the city's and each unit's Daftar Informasi Publik with its documents; and
    reads the yearly service figures. Its routes are thin; the work is in ppid.views."""

    intro = models.TextField(_("introduction"), max_length=800, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("public information page")

    @path("", name="landing")
    def landing(self, request):
        return _views().landing(self, request)

    @path("ajukan/", name="ask")
    def ask(self, request):
        return _views().ask(self, request)

    @path("terdaftar/<token:number>/", name="registered")
    def registered(self, request, number):
        return _views().registered(self, request, number)

    @path("permohonan/<token:number>/<token:secret>/", name="private")
    def private(self, request, number, secret):
        return _views().private(self, request, number, secret)

    @path("permohonan/<token:number>/<token:secret>/dokumen/<id:document_id>/", name="document")
    def document(self, request, number, secret, document_id):
        return _views().document(self, request, number, secret, document_id)

    @path("daftar/", name="city_list")
    def city_list(self, request):
        return _views().information_list(self, request, None)

    @path("daftar/dokumen/<id:attachment_id>/", name="list_document")
    def list_document(self, request, attachment_id):
        return _views().list_document(self, request, attachment_id)

    @path("daftar/<slug:unit_slug>/", name="unit_list")
    def unit_list(self, request, unit_slug):
        return _views().information_list(self, request, unit_slug)

    @path("statistik/", name="statistics")
    @path("statistik/<int:year>/", name="statistics_year")
    def statistics(self, request, year=None):
        return _views().statistics(self, request, year)

    def list_path(self, unit) -> str:
        """Where a public body's Daftar Informasi Publik is, below this page: a unit's (by the slug of its page in
        the default language, which the entries name, so the same in every language) or the city's (`unit` None)."""
        if unit is None:
            return self.reverse_subpage("city_list")
        return self.reverse_subpage("unit_list", args=[unit.slug])

    def list_url(self, unit) -> str:
        return self.url + self.list_path(unit)


def _views():
    """The views, imported when a route is first called: they import the models, this page among them."""
    from ppid import views

    return views


class RequestEmail(OutgoingEmail):
    """One email to a requester about a step of their request (extended, answered, refused, transferred, the
    objection answered): an outbox row, sent once (feedback/outbox.py)."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="emails")
    event = models.ForeignKey(RequestEvent, on_delete=models.CASCADE, related_name="+")
    recipient = models.EmailField(_("recipient"))
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)

    class Meta:
        verbose_name = _("email to a requester")
        verbose_name_plural = _("emails to requesters")

    def __str__(self):
        return f"{self.request_id} {self.event_id} ({self.status})"
