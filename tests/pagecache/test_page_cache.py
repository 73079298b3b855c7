"""Pages for anonymous visitors from the cache: kept only when the same for everyone, stale the moment the change
they show commits. These tests commit for real (transactional_db), as the site does: a purge runs on commit."""

import dataclasses
import re
import time
from datetime import timedelta

import pytest
from django.core.cache import cache, caches
from django.db import connection, transaction
from django.template import Template, TemplateSyntaxError
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site
from wagtail_factories import DocumentFactory, ImageFactory

from feedback.complaints import services
from feedback.deadlines import end_of_today, local_today
from feedback.forum import services as forum_services
from feedback.models import Privacy
from feedback.page_cache import WAITING_TEXT_MINUTES
from home.models import PortalSettings
from pagecache import store
from pagecache.middleware import HIT_HEADER
from tests.accounts.factories import ResidentFactory
from tests.factories import (
    BoardFactory,
    BudgetLineFactory,
    ComplaintsPageFactory,
    ForumPageFactory,
    IndicatorFactory,
    PerformanceReportPageFactory,
    StandardPageFactory,
    UnitStaffFactory,
    file_complaint,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    settings.PAGE_CACHE_VALUES = True


def hit(response) -> bool:
    return response.get(HIT_HEADER) == "hit"


def visit(path, **headers):
    """A new anonymous visitor, without cookies."""
    return Client().get(path, **headers)


def warm(*paths) -> None:
    """Visit until each page is kept: the first render of a page whose tags were never stamped stamps them and
    is not kept (see store.keep), the next one is."""
    for path in paths:
        visit(path)
        visit(path)
        assert hit(visit(path)), path


def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(home, django_assert_num_queries):
    visit("/")  # also makes the site's settings row, a change that purges "site"
    first = visit("/")
    assert first.status_code == 200
    assert first[HIT_HEADER] == "miss"

    with django_assert_num_queries(0):
        second = visit("/")

    assert hit(second)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_page_whose_tags_were_never_stamped_is_kept_from_its_second_render(home):
    assert visit("/")[HIT_HEADER] == "miss"
    assert visit("/")[HIT_HEADER] == "miss"
    assert hit(visit("/"))


def test_the_english_page_is_kept_apart_from_the_indonesian_one(home, english):
    warm("/", "/en/")

    assert hit(visit("/en/"))
    assert visit("/en/").content != visit("/").content


def test_a_logged_in_visit_is_never_served_from_the_cache_nor_kept(home, verifier):
    warm("/")
    member = Client()
    member.force_login(verifier)

    assert not hit(member.get("/"))
    cache.clear()
    store.purge("site")
    assert HIT_HEADER not in member.get("/")
    assert visit("/")[HIT_HEADER] == "miss"  # the logged-in render was not kept


def test_a_visitor_with_a_session_or_a_pending_message_is_not_served_from_the_cache(home, settings):
    warm("/")
    with_session = Client()
    with_session.cookies[settings.SESSION_COOKIE_NAME] = "abc"
    with_message = Client()
    with_message.cookies["messages"] = "pending"

    assert HIT_HEADER not in with_session.get("/")
    assert HIT_HEADER not in with_message.get("/")


def test_cached_pages_tell_front_caches_how_long_and_answer_revalidation_with_304(home, settings):
    settings.PAGE_CACHE_MAX_AGE, settings.PAGE_CACHE_STALE_SECONDS = 60, 300
    visit("/")
    first = visit("/")
    second = visit("/")

    assert hit(second)
    for response in (first, second):
        assert "public" in response["Cache-Control"]
        assert "max-age=60" in response["Cache-Control"]
        assert "stale-while-revalidate=300" in response["Cache-Control"]
    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"] == first["Last-Modified"]
    assert visit("/", headers={"If-None-Match": second["ETag"]}).status_code == 304


def test_publishing_a_change_to_a_page_shows_at_once_on_it_and_where_it_is_listed(home):
    page = StandardPageFactory(parent=home, slug="tentang", title="Tentang Portal", show_in_menus=True)
    warm("/tentang/", "/")

    page.title = "Tentang Portal Kota Ambon"
    page.save_revision().publish()

    assert "Tentang Portal Kota Ambon" in visit("/tentang/").content.decode()
    assert "Tentang Portal Kota Ambon" in visit("/").content.decode()  # the menu


def test_unpublishing_a_page_removes_it_at_once(home):
    page = StandardPageFactory(parent=home, slug="lama", title="Halaman lama", show_in_menus=True)
    warm("/lama/", "/")

    page.unpublish()

    assert visit("/lama/").status_code == 404
    assert "Halaman lama" not in visit("/").content.decode()


def test_a_complaints_change_of_status_shows_at_once_on_its_page_the_list_and_the_scorecards(home, category, verifier):
    ComplaintsPageFactory(parent=home)
    complaint = file_complaint(category).complaint
    tracking = f"/pengaduan/lacak/{complaint.tracking_code}/"
    warm(tracking, "/pengaduan/daftar/", "/pengaduan/responsivitas/")
    assert complaint.title not in visit("/pengaduan/daftar/").content.decode()  # not verified yet

    services.complaint_route(complaint=complaint, by=verifier)

    assert not hit(visit(tracking))
    assert complaint.title in visit("/pengaduan/daftar/").content.decode()
    assert not hit(visit("/pengaduan/responsivitas/"))


def test_a_new_post_shows_at_once_in_its_thread_and_on_its_board(home, resident):
    ForumPageFactory(parent=home)
    neighbour = ResidentFactory()  # a new account's profile purges "site": made before the pages are kept
    board = BoardFactory(slug="lingkungan")
    thread = forum_services.thread_create(board=board, author=resident, title="Sampah di TPS", body="Kapan diangkut?")
    other = forum_services.thread_create(board=board, author=resident, title="Sungai berbusa", body="Sudah diperiksa?")
    paths = [f"/forum/topik/{thread.pk}/", f"/forum/topik/{other.pk}/", "/forum/papan/lingkungan/"]
    warm(*paths)

    forum_services.post_reply(thread=thread, author=neighbour, body="Di Batu Merah juga sama.")

    assert "Di Batu Merah juga sama." in visit(paths[0]).content.decode()
    assert hit(visit(paths[1]))  # another thread's page stays cached
    assert not hit(visit(paths[2]))  # the board's reply counts changed


def test_a_page_made_private_leaves_the_cache_at_once(home):
    page = StandardPageFactory(parent=home, slug="rapat-internal", title="Rapat internal")
    warm("/rapat-internal/", "/")

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    answer = visit("/rapat-internal/")
    assert answer.status_code == 302  # to the login page
    assert "Rapat internal" not in answer.content.decode()


def test_an_image_or_document_saved_makes_the_pages_stale(home):
    warm("/")
    ImageFactory(title="Peta banjir")
    assert not hit(visit("/"))

    warm("/")
    DocumentFactory(title="LKjIP 2024")
    assert not hit(visit("/"))


def test_a_page_rendered_while_a_change_commits_is_never_served():
    key = "pagecache:page:race"
    started = store.tick()  # the render begins and reads the old data
    store.purge("complaints")  # meanwhile a change commits (outside a transaction: at once)
    store.keep(key, store.Entry(started, frozenset({"site", "complaints"}), 200, (), b"old", time.time() + 60))

    assert store.fetch(key) is None


def test_a_lost_stamp_costs_a_render_never_a_stale_page():
    key = "pagecache:page:lost"
    store.purge("site", "complaints")
    store.keep(key, store.Entry(store.tick(), frozenset({"site", "complaints"}), 200, (), b"page", time.time() + 60))
    assert store.fetch(key) is not None

    cache.delete("pagecache:tag:complaints")  # evicted

    assert store.fetch(key) is None
    store.keep(key, store.Entry(store.tick(), frozenset({"site", "complaints"}), 200, (), b"page", time.time() + 60))
    assert store.fetch(key) is None  # the tag is stamped anew, after this render began
    store.keep(key, store.Entry(store.tick(), frozenset({"site", "complaints"}), 200, (), b"page", time.time() + 60))
    assert store.fetch(key) is not None


def test_a_purge_inside_a_transaction_waits_for_the_commit_and_a_rollback_purges_nothing(home):
    warm("/")
    with transaction.atomic():
        store.purge("site")
        assert hit(visit("/"))  # not yet committed: nobody sees the change, the page is still right

    assert not hit(visit("/"))
    warm("/")
    try:
        with transaction.atomic():
            store.purge("site")
            raise RuntimeError
    except RuntimeError:
        pass
    assert hit(visit("/"))


def test_the_filing_form_holds_a_csrf_token_and_is_never_kept_so_it_still_submits(home, category):
    ComplaintsPageFactory(parent=home)
    resident = Client(enforce_csrf_checks=True)
    resident.get("/pengaduan/ajukan/")
    form = resident.get("/pengaduan/ajukan/")

    assert HIT_HEADER not in form
    token = form.context["csrf_token"]
    response = resident.post(
        "/pengaduan/ajukan/",
        {
            "csrfmiddlewaretoken": str(token),
            "submission_key": form.context["form"].initial["submission_key"],
            "category": str(category.pk),
            "title": "Lampu jalan mati",
            "description": "Sudah seminggu lampu jalan di depan sekolah mati.",
            "village": "81.71.01.1009",  # Kudamati
            "place": "Jl. Dr. Kayadoe",
            "incident_date": (local_today() - timedelta(days=1)).isoformat(),
            "privacy": Privacy.PUBLIC,
            "consent": "on",
        },
    )
    assert response.status_code == 302


def test_the_private_complaint_page_and_the_admin_are_never_kept(home, category):
    ComplaintsPageFactory(parent=home)
    filed = file_complaint(category)
    private = f"/pengaduan/lacak/{filed.complaint.tracking_code}/{filed.secret}/"

    for path in (private, "/admin/login/"):
        visit(path)
        assert HIT_HEADER not in visit(path)


def test_pages_that_show_time_passing_are_kept_only_while_they_stay_true(home, category, resident, settings):
    settings.PAGE_CACHE_SECONDS = 3 * 24 * 3600
    ComplaintsPageFactory(parent=home)
    ForumPageFactory(parent=home)
    thread = forum_services.thread_create(board=BoardFactory(), author=resident, title="Air mati", body="Kapan?")
    tracking = f"/pengaduan/lacak/{file_complaint(category).complaint.tracking_code}/"
    warm(tracking, f"/forum/topik/{thread.pk}/", "/")

    def kept_until(path) -> float:
        return caches["pages"].get(store.page_key(RequestFactory().get(path))).expires_at

    assert kept_until(tracking) == end_of_today().timestamp()  # deadlines change state at midnight
    assert kept_until(f"/forum/topik/{thread.pk}/") <= time.time() + WAITING_TEXT_MINUTES * 60  # "waiting 3 hours"
    assert kept_until("/") > end_of_today().timestamp()  # the home page shows no time passing


def test_an_expired_page_is_not_served():
    key = "pagecache:page:expired"
    store.purge("site")
    store.keep(key, store.Entry(store.tick(), frozenset({"site"}), 200, (), b"page", time.time() + 60))
    assert store.fetch(key) is not None

    pages = caches["pages"]
    pages.set(key, dataclasses.replace(pages.get(key), expires_at=time.time() - 1))

    assert store.fetch(key) is None


def test_a_remembered_value_is_computed_again_only_after_its_tags_are_purged():
    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    store.purge("site", "forum")
    assert store.remember("figure", compute, tags=("site",)) == 1
    assert store.remember("figure", compute, tags=("site",)) == 1
    store.purge("forum")
    assert store.remember("figure", compute, tags=("site",)) == 1
    store.purge("site")
    assert store.remember("figure", compute, tags=("site",)) == 2


def test_what_logged_in_pages_remember_follows_a_publish_at_once(home, verifier):
    """The menu and the home page's lists are remembered for everyone, the page cache aside."""
    member = Client()
    member.force_login(verifier)
    member.get("/")
    member.get("/")

    StandardPageFactory(parent=home, slug="layanan", title="Layanan Publik", show_in_menus=True)

    html = member.get("/").content.decode()
    assert html.count("Layanan Publik") >= 2  # in the menu and among the ways in


def test_a_unit_pages_complaint_section_follows_a_new_complaint_at_once(home, category, verifier):
    ComplaintsPageFactory(parent=home)
    unit_page = f"/perangkat-daerah/{category.unit.slug}/"
    member = Client()
    member.force_login(verifier)
    member.get(unit_page)
    link = f"?opd={category.unit.slug}"
    assert link not in member.get(unit_page).content.decode()  # no complaint received yet

    services.complaint_route(complaint=file_complaint(category).complaint, by=verifier)

    assert link in member.get(unit_page).content.decode()


def test_a_report_renders_the_same_from_remembered_values_as_computed(home, unit, settings):
    report = PerformanceReportPageFactory(parent=unit, year=2024)
    IndicatorFactory(report=report, target=80, realisation=72)
    BudgetLineFactory(report=report)
    member = Client()
    member.force_login(UnitStaffFactory(unit=unit))  # no page cache: only the remembered values differ
    path = report.get_url()

    settings.PAGE_CACHE_VALUES = False
    computed = member.get(path).content.decode()
    settings.PAGE_CACHE_VALUES = True
    member.get(path)
    member.get(path)
    remembered = member.get(path).content.decode()

    def without_chart_ids(html: str) -> str:
        """Chart ids are numbered per render, and the logout form's CSRF token is masked anew each time."""
        html = re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", html)
        return re.sub(r"chart-(\w+)-\d+", r"chart-\1", html)

    assert "72" in remembered
    assert without_chart_ids(remembered) == without_chart_ids(computed)


def test_each_process_keeps_its_own_copies_and_a_purge_anywhere_makes_all_of_them_stale(settings):
    """Two app processes: their own memories (two entry caches), one shared cache for the clock and stamps."""
    settings.CACHES = {**settings.CACHES, "pages-2": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    computed = []

    def in_process(alias):
        settings.PAGE_CACHE_ENTRIES_ALIAS = alias
        return store.remember("menu", lambda: computed.append(alias) or len(computed))

    store.purge("site")
    assert [in_process("pages"), in_process("pages"), in_process("pages-2"), in_process("pages-2")] == [1, 1, 2, 2]

    settings.PAGE_CACHE_ENTRIES_ALIAS = "pages-2"
    store.purge("site")  # a change saved through the second process

    assert in_process("pages") == 3  # the first process sees it at once
    assert in_process("pages-2") == 4


def test_within_a_request_a_stamp_is_read_once_and_the_requests_own_purge_counts_at_once():
    store.purge("site")
    token = store.request_started()
    try:
        first = store.remember("menu", lambda: "lama")
        store.purge("site")  # outside a transaction: stamped at once
        assert store.remember("menu", lambda: "baru") == "baru"
        with CaptureQueriesContext(connection):
            assert store.remember("menu", lambda: "lagi") == "baru"
    finally:
        store.request_finished(token)
    assert first == "lama"


def test_a_preview_never_uses_remembered_values():
    computed = []
    preview, visit_ = RequestFactory().get("/"), RequestFactory().get("/")
    preview.is_preview = True
    store.purge("site")

    for request in (visit_, visit_, preview, preview):
        store.remember_unless_preview(request, "report", lambda: computed.append(1) or len(computed))

    assert len(computed) == 3  # once for the visits, every time for the previews


def test_the_footer_follows_a_change_of_the_site_settings_at_once(home, verifier):
    member = Client()
    member.force_login(verifier)
    member.get("/")
    member.get("/")
    contact = PortalSettings.for_site(Site.objects.get(is_default_site=True))

    contact.phone = "(0911) 999 111"
    contact.save()

    assert "(0911) 999 111" in member.get("/").content.decode()


def test_the_requests_site_is_remembered_until_a_site_changes(home, verifier):
    member = Client()
    member.force_login(verifier)  # no page cache: every request renders
    member.get("/")
    member.get("/")

    def site_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert member.get("/").status_code == 200
        return sum('FROM "wagtailcore_site"' in query["sql"] for query in queries.captured_queries)

    assert site_queries() == 0
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Portal Kota Ambon"
    site.save()
    assert site_queries() >= 1  # looked up again (and Wagtail rebuilds its own site root paths)


def routing_queries(client, path, status=200) -> int:
    """Queries that look a page up by its slug: Wagtail's routing, one per level of the path."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == status
    return sum('"wagtailcore_page"."slug" =' in query["sql"] for query in queries.captured_queries)


def test_a_pages_route_is_remembered_until_a_page_changes(home, unit, verifier):
    report = PerformanceReportPageFactory(parent=unit, year=2024, slug="lkjip-2024")
    member = Client()
    member.force_login(verifier)  # no page cache: every request renders
    path = "/perangkat-daerah/dinas-pupr/lkjip-2024/"
    member.get(path)
    member.get(path)
    assert routing_queries(member, path) == 0

    report.slug = "lkjip-2024-revisi"
    report.save_revision().publish()

    assert member.get(path)["Location"] == "/perangkat-daerah/dinas-pupr/lkjip-2024-revisi/"  # Wagtail's redirect
    assert "LKjIP 2024" in member.get("/perangkat-daerah/dinas-pupr/lkjip-2024-revisi/").content.decode()
    unit.unpublish()
    assert member.get("/perangkat-daerah/dinas-pupr/").status_code == 404


def test_a_remembered_route_still_hands_a_routable_pages_sub_path_to_its_view(home, resident, settings):
    settings.PAGE_CACHE_SECONDS = 0  # no page cache: every request renders
    ForumPageFactory(parent=home)
    board = BoardFactory()
    first = forum_services.thread_create(board=board, author=resident, title="Air mati", body="Sejak kapan?")
    second = forum_services.thread_create(board=board, author=resident, title="Lampu jalan", body="Padam.")
    reader = Client()
    for _ in range(3):
        assert "Air mati" in reader.get(f"/forum/topik/{first.pk}/").content.decode()
        assert "Lampu jalan" in reader.get(f"/forum/topik/{second.pk}/").content.decode()
        assert reader.get("/forum/papan/tidak-ada/").status_code == 404

    assert routing_queries(reader, f"/forum/topik/{first.pk}/") == 0


def test_an_address_that_leads_nowhere_is_not_remembered(home, unit, settings):
    settings.PAGE_CACHE_SECONDS = 0
    made_up = "/perangkat-daerah/tidak-ada/"
    visit(made_up)
    visit(made_up)

    assert routing_queries(Client(), made_up, status=404) >= 1  # looked up again, every time


def test_a_remembered_part_of_a_page_follows_its_tags_at_once(home, category, verifier):
    """The complaint list's results are rendered once per address and remembered until complaints change."""
    ComplaintsPageFactory(parent=home)
    member = Client()
    member.force_login(verifier)  # no page cache: only the remembered part is kept
    complaint = file_complaint(category, title="Talud longsor di Batu Meja").complaint
    for _ in range(3):
        assert "Talud longsor di Batu Meja" not in member.get("/pengaduan/daftar/").content.decode()

    services.complaint_route(complaint=complaint, by=verifier)

    assert "Talud longsor di Batu Meja" in member.get("/pengaduan/daftar/").content.decode()
    assert "Talud longsor di Batu Meja" not in member.get("/pengaduan/daftar/?status=selesai").content.decode()


def post_queries(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return sum('FROM "feedback_post"' in query["sql"] for query in queries.captured_queries)


def test_a_threads_posts_are_rendered_once_for_anonymous_readers_and_follow_a_reply_at_once(home, resident, settings):
    settings.PAGE_CACHE_SECONDS = 0  # no page cache: only the remembered posts are kept
    ForumPageFactory(parent=home)
    neighbour = ResidentFactory()
    thread = forum_services.thread_create(board=BoardFactory(), author=resident, title="Air mati", body="Sejak kapan?")
    path = f"/forum/topik/{thread.pk}/"
    reader = Client()
    reader.get(path)
    reader.get(path)
    assert post_queries(reader, path) == 0

    forum_services.post_reply(thread=thread, author=neighbour, body="Di Kudamati juga mati.")

    assert "Di Kudamati juga mati." in reader.get(path).content.decode()
    neighbour.profile.display_name = "Ibu Nona"
    neighbour.profile.save()
    assert "Ibu Nona" in reader.get(path).content.decode()


def test_a_members_buttons_and_the_posts_only_moderators_see_never_reach_anonymous_readers(home, resident, moderator):
    ForumPageFactory(parent=home)
    thread = forum_services.thread_create(board=BoardFactory(), author=resident, title="Air mati", body="Sejak kapan?")
    reply = forum_services.post_reply(thread=thread, author=ResidentFactory(), body="Jual pulsa murah di sini")
    forum_services.post_hide(post=reply, by=moderator, reason="Iklan")
    path = f"/forum/topik/{thread.pk}/"
    author, moderating = Client(), Client()
    author.force_login(resident)
    moderating.force_login(moderator)
    edit = f"/forum/kiriman/{thread.posts.get(is_opening=True).pk}/ubah/"

    for _ in range(3):
        assert "Jual pulsa murah" in moderating.get(path).content.decode()
        assert edit in author.get(path).content.decode()
        anonymous = visit(path).content.decode()

    assert "Jual pulsa murah" not in anonymous
    assert edit not in anonymous
    assert edit in author.get(path).content.decode()


def test_the_remembered_tag_needs_a_name():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load pagecache_tags %}{% remembered %}x{% endremembered %}")
