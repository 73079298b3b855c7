"""ASN training programmes (*pelatihan ASN*): why a programme exists (its needs analysis), what it teaches (modules),
when and where (sessions), who took part (enrolments) and what they thought of each module (evaluations).

A programme's text goes through the CMS workflow like a report. Its modules and sessions are records the organiser
keeps in the admin; a module changed after participants evaluated it keeps what it was in a ModuleRevision, with
the reason and the evaluations that prompted the change, so its page shows the module's history.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Page
from wagtail.search import index

from feedback.models.names import reads_english
from home import converters  # noqa: F401 - registers <id:…> before the routes below

RATING_SCALE = range(1, 6)  # 1 very poor … 5 very good


class Method(models.TextChoices):
    LECTURE = "ceramah", _("Lecture")
    DISCUSSION = "diskusi", _("Group discussion")
    SIMULATION = "simulasi", _("Simulation and role play")
    CASE_STUDY = "studi-kasus", _("Case study")
    E_LEARNING = "e-learning", _("E-learning")
    WEBINAR = "webinar", _("Webinar")


class Mode(models.TextChoices):
    CLASSROOM = "kelas", _("Classroom")
    E_LEARNING = "e-learning", _("E-learning")
    WEBINAR = "webinar", _("Webinar")


# Modules and sessions belong to a programme's page in the default language; its translations show them.
IN_DEFAULT_LOCALE = {"locale__language_code": settings.LANGUAGE_CODE}


class TrainingIndexPage(Page):
    """*Pelatihan ASN*: every training programme, newest first."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["training.TrainingProgrammePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from training.selectors import programmes_listed  # the selectors read these models

        context["programmes"] = programmes_listed(self)
        return context


class TrainingProgrammePage(RoutablePageMixin, Page):
    """One programme: its needs analysis, curriculum, sessions and the participants' evaluation of each module."""

    organiser = models.ForeignKey(
        "reports.UnitPage", verbose_name=_("organising unit"), on_delete=models.PROTECT, related_name="+"
    )
    partner = models.CharField(
        _("partner institutions"),
        max_length=255,
        blank=True,
        help_text=_("Universities or organisations that run the programme with the unit."),
    )
    summary = models.TextField(_("summary"), max_length=800)
    needs_finding = models.TextField(_("what the needs analysis found"))
    needs_survey = models.CharField(_("survey or source"), max_length=255)
    needs_respondents = models.PositiveIntegerField(_("respondents"), null=True, blank=True)
    target_participants = models.TextField(_("target participants"), max_length=600)
    target_indicator = models.CharField(
        _("indicator it should move"),
        max_length=255,
        help_text=_("E.g. “ASN trained in public-service communication”, or a unit's main indicator (IKU)."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("organiser"),
        FieldPanel("partner"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("needs_finding"), FieldPanel("needs_survey"), FieldPanel("needs_respondents")],
            heading=_("Needs analysis"),
        ),
        FieldPanel("target_participants"),
        FieldPanel("target_indicator"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("needs_finding"),
        index.SearchField("target_participants"),
        index.SearchField("target_indicator"),
        index.SearchField("curriculum_text"),
    ]
    search_dependencies = {"training.TrainingModule": "programme_id"}  # the curriculum is part of its text
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("training programme")

    @cached_property
    def source(self) -> "TrainingProgrammePage":
        """The programme in the default language, which holds the modules, sessions and evaluations: every
        translation of the page shows the same ones."""
        if self.locale_id == Locale.get_default().pk:
            return self
        return self.get_translation_or_none(Locale.get_default()) or self

    def curriculum_text(self) -> str:
        """The modules' titles and objectives in the page's language, for the site search."""
        with translation.override(self.locale.language_code):
            return "\n".join(f"{module.label}\n{module.objectives_text}" for module in self.source.modules.all())

    def search_facets(self) -> dict:
        """How the portal's search files a programme (see search.sources): under its organising unit."""
        return {"kind": "training", "unit_key": self.organiser.translation_key if self.organiser_id else None}

    @path("")
    def programme(self, request):
        return self._views().programme(self, request)

    @path("sesi/<id:session_id>/daftar/")
    def enrol(self, request, session_id):
        return self._views().enrol(self, request, session_id)

    @path("sesi/<id:session_id>/evaluasi/")
    def evaluate(self, request, session_id):
        return self._views().evaluate(self, request, session_id)

    @staticmethod
    def _views():
        from training import views

        return views


class TrainingModule(models.Model):
    """One module of a programme's curriculum, as taught now (its earlier versions are its revisions)."""

    programme = models.ForeignKey(
        TrainingProgrammePage,
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="modules",
        limit_choices_to=IN_DEFAULT_LOCALE,
    )
    title = models.CharField(_("title"), max_length=255)
    objectives = models.TextField(_("learning objectives"))
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    objectives_en = models.TextField(_("learning objectives (English)"), blank=True)
    method = models.CharField(_("method"), max_length=20, choices=Method.choices)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1, validators=[MinValueValidator(0.5)])
    trainer = models.CharField(_("trainer or partner institution"), max_length=255)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")

    def __str__(self):
        return f"{self.programme.title} · {self.title}"

    @property
    def label(self) -> str:
        return _in_reader_language(self.title, self.title_en)

    @property
    def objectives_text(self) -> str:
        return _in_reader_language(self.objectives, self.objectives_en)


def _in_reader_language(indonesian: str, english: str) -> str:
    return english if english and reads_english() else indonesian


class TrainingSession(models.Model):
    """When and where a programme runs; staff accounts enrol in a session."""

    programme = models.ForeignKey(
        TrainingProgrammePage,
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="sessions",
        limit_choices_to=IN_DEFAULT_LOCALE,
    )
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    mode = models.CharField(_("mode"), max_length=20, choices=Mode.choices)
    place = models.CharField(_("place or link"), max_length=255)
    capacity = models.PositiveSmallIntegerField(_("places"), validators=[MinValueValidator(1)])

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")

    def __str__(self):
        return f"{self.programme.title} · {self.starts_on:%Y-%m-%d}"


class Enrolment(models.Model):
    session = models.ForeignKey(TrainingSession, on_delete=models.PROTECT, related_name="enrolments")
    participant = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "participant"], name="one_enrolment_per_session")]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self):
        return f"{self.participant_id} → {self.session_id}"


class Evaluation(models.Model):
    """A participant's rating of one module after the session, with an optional comment. Shown only as totals per
    module, and comments without their author."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="evaluations")
    module = models.ForeignKey(TrainingModule, on_delete=models.PROTECT, related_name="evaluations")
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(RATING_SCALE.start), MaxValueValidator(RATING_SCALE.stop - 1)]
    )
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "module"], name="one_evaluation_per_participant_and_module")
        ]
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")

    def __str__(self):
        return f"{self.module_id}: {self.rating}/5"


class ModuleRevision(models.Model):
    """What a module was before a change, why it changed, and the evaluations that prompted the change."""

    module = models.ForeignKey(TrainingModule, on_delete=models.CASCADE, related_name="revisions")
    title = models.CharField(_("title"), max_length=255)
    objectives = models.TextField(_("learning objectives"))
    title_en = models.CharField(_("title (English)"), max_length=255, blank=True)
    objectives_en = models.TextField(_("learning objectives (English)"), blank=True)
    method = models.CharField(_("method"), max_length=20, choices=Method.choices)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    trainer = models.CharField(_("trainer or partner institution"), max_length=255)
    reason = models.TextField(_("reason for the revision"))
    prompted_by = models.ManyToManyField(Evaluation, blank=True, related_name="+", verbose_name=_("prompted by"))
    responses = models.PositiveIntegerField(_("evaluations at the time"))
    mean_rating = models.DecimalField(_("mean rating at the time"), max_digits=3, decimal_places=2, null=True)
    revised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    revised_at = models.DateTimeField(_("revised"), auto_now_add=True)

    class Meta:
        ordering = ["-revised_at", "-pk"]
        verbose_name = _("module revision")
        verbose_name_plural = _("module revisions")

    def __str__(self):
        return f"{self.module_id} {self.revised_at:%Y-%m-%d}"

    label = TrainingModule.label
    objectives_text = TrainingModule.objectives_text


class SignalKind(models.TextChoices):
    DROP = "turun", _("Achievement fell from the year before")
    LOW = "rendah", _("Achievement rated poor or very poor")
    COMPLAINTS = "pengaduan", _("Complaints rose against the year before")


class PerformanceSignal(models.Model):
    """An early warning (*peringatan dini*) about a unit: found by training.early_warning from its published reports
    and the complaints it handles, once per unit, kind, subject (an indicator's code, or a quarter) and year."""

    unit = models.ForeignKey("reports.UnitPage", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("signal"), max_length=20, choices=SignalKind.choices)
    subject = models.CharField(_("indicator code or quarter"), max_length=60)
    subject_name = models.CharField(_("what it is about"), max_length=300)
    year = models.PositiveSmallIntegerField(_("year"))
    previous = models.DecimalField(_("before"), max_digits=12, decimal_places=2, null=True)
    value = models.DecimalField(_("now"), max_digits=12, decimal_places=2, null=True)
    detected_at = models.DateTimeField(_("detected"), auto_now_add=True)

    class Meta:
        ordering = ["-year", "unit__title", "kind", "subject"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "kind", "subject", "year"], name="one_signal_per_subject_and_year")
        ]
        verbose_name = _("early warning")
        verbose_name_plural = _("early warnings")

    def __str__(self):
        return f"{self.unit_id} {self.kind} {self.subject} {self.year}"


class FollowUpAction(models.TextChoices):
    TRAINING = "pelatihan", _("Training")
    PROCESS_REVIEW = "evaluasi-proses", _("Review of the work process")
    OTHER = "lainnya", _("Other")


class SignalFollowUp(models.Model):
    """What the unit did about an early warning, in its own words."""

    signal = models.ForeignKey(PerformanceSignal, on_delete=models.CASCADE, related_name="follow_ups")
    action = models.CharField(_("action"), max_length=20, choices=FollowUpAction.choices)
    programme = models.ForeignKey(
        TrainingProgrammePage,
        verbose_name=_("training programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("what was done"), max_length=2000)
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    written_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["written_at", "pk"]
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")

    def __str__(self):
        return f"{self.signal_id}: {self.action}"
