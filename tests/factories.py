"""Factories for pages, records and staff roles: tests build their data from these, never from copied helpers."""

import itertools
from datetime import timedelta

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from feedback.complaints.access import verifier_group_ensure
from feedback.complaints.services import Filed, complaint_file, complaint_route
from feedback.deadlines import local_today
from feedback.forum.access import moderator_group_ensure
from feedback.models import Board, Complaint, ComplaintCategory, ComplaintsPage, ForumPage, Privacy, Theme
from home.models import HomePage, StandardPage
from reports.achievement import Polarity
from reports.models import (
    BudgetLine,
    DashboardPage,
    Indicator,
    PerformanceReportPage,
    ReportPeriod,
    UnitIndexPage,
    UnitPage,
    UnitType,
    report_slug,
)
from reports.services import unit_ensure_staff_group
from tests.accounts.factories import UserFactory, second_factor_set_up


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Portal Kinerja & Pengaduan Kota Ambon"
    intro = "Selamat datang di portal Kota Ambon."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Halaman Informasi {n}")
    intro = "Ringkasan halaman."

    class Meta:
        model = StandardPage


class UnitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Perangkat Daerah"
    show_in_menus = True

    class Meta:
        model = UnitIndexPage


class UnitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dinas Contoh {n}")
    code = factory.Sequence(lambda n: f"1.{n:02d}.0.00.0.00.01.0000")
    short_name = factory.Sequence(lambda n: f"Dinas{n}")
    unit_type = UnitType.AGENCY
    head_name = "Ir. Yohanis Pattiasina, M.T."
    head_title = "Kepala Dinas"
    address = "Jl. Pattimura No. 1, Kota Ambon"
    phone = "(0911) 312 000"
    email = factory.Sequence(lambda n: f"dinas{n}@ambon.go.id")
    description = "<p>Melayani warga Kota Ambon.</p>"

    class Meta:
        model = UnitPage


def make_site_home() -> HomePage:
    """A HomePage as the default site's root, as `load_demo` and a real install have it."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="beranda", locale=Locale.get_default())
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


class PerformanceReportPageFactory(wagtail_factories.PageFactory):
    """A unit's report; pass `parent=<UnitPage>` and usually `year` (and `period`)."""

    year = factory.Sequence(lambda n: 2000 + n)
    period = ReportPeriod.ANNUAL
    title = factory.LazyAttribute(lambda report: f"LKjIP {report.year}")
    slug = factory.LazyAttribute(lambda report: report_slug(report.year, report.period))
    summary = "Capaian kinerja unit selama satu tahun anggaran."

    class Meta:
        model = PerformanceReportPage


class IndicatorFactory(factory.django.DjangoModelFactory):
    """An indicator of a saved report; pass `report=<PerformanceReportPage>`."""

    goal = "Meningkatnya kualitas pelayanan publik"
    code = factory.Sequence(lambda n: f"IKU-{n}")
    name = factory.Sequence(lambda n: f"Indeks kepuasan layanan {n}")
    measure_unit = "%"
    polarity = Polarity.HIGHER
    target = 80
    realisation = 72

    class Meta:
        model = Indicator


class BudgetLineFactory(factory.django.DjangoModelFactory):
    """A programme's budget of a saved report; pass `report=<PerformanceReportPage>`."""

    programme = factory.Sequence(lambda n: f"Program Pelayanan {n}")
    ceiling = 1_000_000_000
    spending = 925_000_000

    class Meta:
        model = BudgetLine


class DashboardPageFactory(wagtail_factories.PageFactory):
    title = "Dasbor Kinerja"

    class Meta:
        model = DashboardPage


class ComplaintCategoryFactory(factory.django.DjangoModelFactory):
    """A complaint category; pass `unit=<UnitPage>` it routes to."""

    name = factory.Sequence(lambda n: f"Jalan rusak {n}")
    name_en = factory.Sequence(lambda n: f"Damaged road {n}")
    description = "Jalan berlubang, aspal mengelupas atau jalan longsor."
    description_en = "Potholes, peeling asphalt or landslides on roads."
    theme = Theme.INFRASTRUCTURE

    class Meta:
        model = ComplaintCategory


class ComplaintsPageFactory(wagtail_factories.PageFactory):
    """The *Pengaduan* page; pass `parent=<HomePage>`."""

    title = "Pengaduan"
    slug = "pengaduan"
    intro = "Sampaikan pengaduan tentang layanan Pemerintah Kota Ambon dan ikuti tindak lanjutnya."

    class Meta:
        model = ComplaintsPage


_submission_keys = itertools.count(1)


def file_complaint(category: ComplaintCategory, *, key: str | None = None, **fields) -> Filed:
    """A complaint filed through the service as a resident would, giving every optional detail; override any."""
    return complaint_file(
        **{
            "category": category,
            "title": "Jalan berlubang di depan pasar",
            "description": "Lubang besar di Jl. Sultan Hairun membahayakan pengendara motor.",
            "place": "Jl. Sultan Hairun, Kec. Sirimau",
            "incident_date": local_today() - timedelta(days=2),
            "privacy": Privacy.PUBLIC,
            "submission_key": key or f"form-{next(_submission_keys)}",
            "name": "Maria Latuheru",
            "email": "maria@example.com",
            "phone": "0812 4455 6677",
            **fields,
        }
    )


class ForumPageFactory(wagtail_factories.PageFactory):
    """*Forum Warga*; pass `parent=<HomePage>`."""

    title = "Forum Warga"
    slug = "forum"
    intro = "Tanya jawab warga dan aparatur sipil negara Kota Ambon."
    rules = "Santun, tetap pada topik, dan jangan menulis data pribadi orang lain."

    class Meta:
        model = ForumPage


class BoardFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"papan-{n}")
    name = factory.Sequence(lambda n: f"Papan {n}")
    name_en = factory.Sequence(lambda n: f"Board {n}")
    description = "Diskusi layanan publik."
    description_en = "Discussion of public services."

    class Meta:
        model = Board


class VerifierFactory(UserFactory):
    """A complaint verifier: routes (*disposisi*) or rejects what residents file, and so publishes it."""

    username = factory.Sequence(lambda n: f"verifikator{n}")

    @factory.post_generation
    def verifier_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(verifier_group_ensure())
            user.totp_secret = second_factor_set_up(user)


class ModeratorFactory(UserFactory):
    """A forum moderator: hides, approves and redacts posts, suspends accounts."""

    username = factory.Sequence(lambda n: f"moderator{n}")

    @factory.post_generation
    def moderator_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(moderator_group_ensure())
            user.totp_secret = second_factor_set_up(user)


class UnitStaffFactory(UserFactory):
    """A member of a unit's staff group (pass `unit=<UnitPage>`): handles its complaints, answers for it."""

    @factory.post_generation
    def unit(user, create, extracted, **kwargs):
        if create and extracted is not None:
            user.groups.add(unit_ensure_staff_group(unit=extracted))
        if create:
            user.totp_secret = second_factor_set_up(user)


def verified_complaint(category: ComplaintCategory, *, by, **fields) -> Complaint:
    """A complaint filed as a resident would and routed to its category's unit: the public list shows it."""
    return complaint_route(complaint=file_complaint(category, **fields).complaint, by=by)
