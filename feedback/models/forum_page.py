"""*Forum Warga*: the public forum's page. Its routes are thin; the work is in feedback.forum.views.

As on the Pengaduan page, the path words stay Indonesian in both languages (``papan``, ``topik``,
``kiriman``), so that a link shared in a chat works whatever the reader's language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home import converters  # noqa: F401 - registers <id:…> and <token:…> before the routes below


class ForumPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    rules = models.TextField(
        _("house rules"),
        max_length=2000,
        blank=True,
        help_text=_("Shown beside the forms: how to take part, what moderators remove."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("rules")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("forum page")

    @path("", name="index")
    def index_route(self, request):
        return _views().forum_index(self, request)

    @path("papan/<slug:slug>/", name="board")
    def board_route(self, request, slug):
        return _views().board(self, request, slug)

    @path("papan/<slug:slug>/baru/", name="new_thread")
    def new_thread_route(self, request, slug):
        return _views().new_thread(self, request, slug)

    @path("topik/<id:pk>/", name="thread")
    def thread_route(self, request, pk):
        return _views().thread(self, request, pk)

    @path("topik/<id:pk>/ikuti/", name="follow")
    def follow_route(self, request, pk):
        return _views().follow(self, request, pk)

    @path("kiriman/<id:pk>/ubah/", name="edit_post")
    def edit_post_route(self, request, pk):
        return _views().edit_post(self, request, pk)

    @path("kiriman/<id:pk>/hapus/", name="delete_post")
    def delete_post_route(self, request, pk):
        return _views().delete_post(self, request, pk)

    @path("kiriman/<id:pk>/jawaban/", name="mark_answer")
    def mark_answer_route(self, request, pk):
        return _views().mark_answer(self, request, pk)

    @path("kiriman/<id:pk>/laporkan/", name="flag_post")
    def flag_post_route(self, request, pk):
        return _views().flag_post(self, request, pk)

    @path("label/<token:tag>/", name="tag")
    def tag_route(self, request, tag):
        return _views().tag(self, request, tag)

    @path("opd/<slug:slug>/", name="unit")
    def unit_route(self, request, slug):
        return _views().unit_threads(self, request, slug)

    @path("berhenti/<id:follow_id>/<token:signature>/", name="unsubscribe")
    def unsubscribe_route(self, request, follow_id, signature):
        return _views().unsubscribe(self, request, follow_id, signature)

    def thread_url(self, thread) -> str:
        return self.url + self.reverse_subpage("thread", args=[thread.pk])


def _views():
    """The views, imported when a route is first called: they import the models, this page among them."""
    from feedback.forum import views

    return views
