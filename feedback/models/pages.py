"""*Pengaduan*: the complaints page. Its routes are thin; the work is in feedback.complaints.views.

The routes are Indonesian path words in both languages (``ajukan``, ``terkirim``, ``lacak``) so that a
tracking link printed on paper or read out over the phone works whatever the reader's language. Each route
imports the views when called: the views import the models, which Django loads before anything else.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home import converters  # noqa: F401 - registers <id:…> and <token:…> before the routes below

DEFAULT_CONSENT_TEXT = (
    "Data yang Anda kirim (isi pengaduan, lampiran, serta nama, email dan nomor telepon bila diisi) hanya "
    "digunakan untuk menangani pengaduan ini. Identitas Anda tidak pernah ditampilkan di situs ini dan hanya "
    "dilihat oleh verifikator pengaduan Pemerintah Kota Ambon serta, bila Anda memilih Publik, petugas perangkat "
    "daerah yang menangani pengaduan Anda; setiap akses dicatat. "
    "Data disimpan selama masa retensi yang ditetapkan, "
    "lalu identitas Anda dianonimkan. "
    "Sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, Anda berhak meminta salinan, "
    "perbaikan atau penghapusan data Anda dengan menghubungi pengelola pengaduan."
)


class ComplaintsPage(RoutablePageMixin, Page):
    """*Pengaduan*: where residents file a complaint and follow it, without an account."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    consent_text = models.TextField(
        _("consent text"),
        max_length=2000,
        default=DEFAULT_CONSENT_TEXT,
        help_text=_("Shown next to the consent box: what is done with the complainant's data (UU PDP)."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("consent_text")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    template = "feedback/complaints/page.html"

    class Meta:
        verbose_name = _("complaints page")

    @path("", name="landing")
    def landing(self, request):
        return _views().landing(self, request)

    @path("ajukan/", name="file")
    def file(self, request):
        return _views().file(self, request)

    @path("ajukan/serupa/", name="similar")
    def similar(self, request):
        return _views().similar(self, request)

    @path("terkirim/<token:code>/", name="filed")
    def filed(self, request, code):
        return _views().filed(self, request, code)

    @path("daftar/", name="list")
    def complaint_list(self, request):
        return _views().complaint_list(self, request)

    @path("daftar/rss/", name="feed")
    def complaint_feed(self, request):
        return _views().complaint_feed(self, request)

    @path("responsivitas/", name="scorecards")
    def scorecards(self, request):
        return _views().scorecards(self, request)

    @path("lacak/", name="track")
    def track(self, request):
        return _views().track(self, request)

    @path("lacak/<token:code>/", name="public")
    def public(self, request, code):
        return _views().public(self, request, code)

    @path("lacak/<token:code>/ikuti/", name="follow")
    def follow(self, request, code):
        return _views().follow(self, request, code)

    @path("lacak/<token:code>/kabar/", name="add_update")
    def add_update(self, request, code):
        return _views().add_update(self, request, code)

    @path("lacak/<token:code>/kabar/<token:token>/foto/", name="update_photo")
    def update_photo(self, request, code, token):
        return _views().update_photo(self, request, code, token)

    @path("ikuti/<token:token>/", name="follow_confirm")
    def follow_confirm(self, request, token):
        return _views().follow_confirm(self, request, token)

    @path("berhenti/<token:token>/", name="follow_stop")
    def follow_stop(self, request, token):
        return _views().follow_stop(self, request, token)

    @path("sudah-beres/<token:token>/", name="fix_check")
    def fix_check(self, request, token):
        return _views().fix_check(self, request, token)

    @path("lacak/<token:code>/<token:secret>/", name="private")
    def private(self, request, code, secret):
        return _views().private(self, request, code, secret)


def _views():
    """The views, imported when a route is first called: they import the models, this page among them."""
    from feedback.complaints import views

    return views
