"""What search must never find, and the index following changes as they happen.

Never found: *rahasia*, unverified and rejected complaints, drafts, pages behind a view restriction, hidden or
held forum posts, complainants' identities and internal notes. Every change goes through the services and
commits for real, so that the signals queue the sync and `transaction.on_commit` runs it as in production (the
test settings' immediate task backend runs the task at once).
"""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry

from feedback.complaints.services import complaint_add_note, complaint_reject, complaint_route
from feedback.forum.services import post_delete, post_hide, post_reply, post_restore, thread_create
from feedback.models import Privacy, RejectionReason
from search.models import SearchDocument
from search.text import stem
from tests.accounts.factories import ResidentFactory
from tests.factories import (
    BoardFactory,
    ComplaintCategoryFactory,
    ComplaintsPageFactory,
    ForumPageFactory,
    StandardPageFactory,
    UnitIndexPageFactory,
    UnitPageFactory,
    file_complaint,
    verified_complaint,
)

pytestmark = pytest.mark.django_db(transaction=True)


def rebuild_search():
    call_command("rebuild_search", stdout=io.StringIO())


def result_titles(client, word: str, path: str = "/cari/") -> list[str]:
    response = client.get(path, {"q": word})
    assert response.status_code == 200
    return [document.title for document in response.context["page_obj"]]


def index_texts() -> list[str]:
    """The text of every entry in Wagtail's index except the pages' own, which serve the admin's search of drafts
    (the portal's search reads only search documents)."""
    page_types = [
        content_type.pk
        for content_type in ContentType.objects.all()
        if issubclass(content_type.model_class() or object, Page)
    ]
    entries = IndexEntry.objects.exclude(content_type__in=page_types)
    return [f"{entry.title} {entry.body} {entry.autocomplete}".lower() for entry in entries]


def assert_found_nowhere(client, word: str) -> None:
    """Not on the page in either language, not in the suggestions, in no document and in no index entry."""
    assert result_titles(client, word) == []
    assert result_titles(client, word, path="/en/cari/") == []
    assert client.get("/cari/saran/", {"q": word[:4]}).json() == {"suggestions": []}
    assert not SearchDocument.objects.filter(Q(title__icontains=word) | Q(body__icontains=word)).exists()
    assert [text for text in index_texts() if word in text or stem(word) in text] == []


@pytest.fixture
def unit(home):
    parent = UnitIndexPageFactory(parent=home, slug="perangkat-daerah")
    return UnitPageFactory(parent=parent, title="Dinas Kependudukan", slug="dinas-kependudukan")


@pytest.fixture
def category(home, unit):
    ComplaintsPageFactory(parent=home)
    return ComplaintCategoryFactory(unit=unit)


@pytest.fixture
def board(home, unit):
    ForumPageFactory(parent=home)
    return BoardFactory(unit=unit)


@pytest.fixture
def public_thread(board, resident):
    return thread_create(board=board, author=resident, title="Jadwal posyandu", body="Kapan jadwal bulan ini?")


# Each fixture below makes one thing the public may not see, with a made-up word only it contains.


@pytest.fixture
def confidential_complaint(category, verifier):
    verified_complaint(category, by=verifier, privacy=Privacy.CONFIDENTIAL, description="Pungutan liar qorvath.")
    return "qorvath"


@pytest.fixture
def unverified_complaint(category):
    file_complaint(category, description="Lampu jalan mati di lorong zintrek.")
    return "zintrek"


@pytest.fixture
def complaint_rejected_as_not_a_complaint(category, verifier):
    filed = file_complaint(category, title="Promo vumbrel murah")
    complaint_reject(complaint=filed.complaint, reason=RejectionReason.NOT_A_COMPLAINT, by=verifier)
    return "vumbrel"


@pytest.fixture
def draft_page(home):
    StandardPageFactory(parent=home, live=False, intro="Rancangan kraxol.").save_revision()
    return "kraxol"


@pytest.fixture
def unpublished_changes_of_a_live_page(home):
    page = StandardPageFactory(parent=home, title="Jam layanan", intro="Senin sampai Jumat.")
    page.save_revision().publish()
    page.intro = "Jam layanan baru plovnik."
    page.save_revision()
    return "plovnik"


@pytest.fixture
def page_published_under_a_view_restriction(home):
    section = StandardPageFactory(parent=home, title="Ruang pegawai", intro="Khusus pegawai.")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="sandi-rapat-1"
    )
    minutes = StandardPageFactory(parent=section, title="Notulen rapat", intro="Notulen grozzum.")
    section.save_revision().publish()
    minutes.save_revision().publish()
    return "grozzum"


@pytest.fixture
def hidden_thread(board, resident, moderator):
    thread = thread_create(board=board, author=resident, title="Jual wuxobot", body="Hubungi saya.")
    post_hide(post=thread.posts.get(is_opening=True), by=moderator, reason="Iklan.")
    return "wuxobot"


@pytest.fixture
def held_thread(board, settings):
    settings.FORUM_HOLD_FIRST_POSTS = 1
    thread_create(board=board, author=ResidentFactory(), title="Pertanyaan jaspret", body="Mohon informasinya.")
    return "jaspret"


@pytest.fixture
def hidden_reply(public_thread, moderator):
    post = post_reply(thread=public_thread, author=ResidentFactory(), body="Nomor rumah fnordux di sini.")
    post_hide(post=post, by=moderator, reason="Data pribadi.")
    return "fnordux"


@pytest.fixture
def held_reply(public_thread, settings):
    settings.FORUM_HOLD_FIRST_POSTS = 1
    post_reply(thread=public_thread, author=ResidentFactory(), body="Kunjungi blorqist.")
    return "blorqist"


@pytest.fixture
def reply_deleted_by_its_author(public_thread):
    author = ResidentFactory()
    post_delete(post=post_reply(thread=public_thread, author=author, body="Salah tulis trumvax."), by=author)
    return "trumvax"


@pytest.mark.parametrize(
    "hidden",
    [
        "confidential_complaint",
        "unverified_complaint",
        "complaint_rejected_as_not_a_complaint",
        "draft_page",
        "unpublished_changes_of_a_live_page",
        "page_published_under_a_view_restriction",
        "hidden_thread",
        "held_thread",
        "hidden_reply",
        "held_reply",
        "reply_deleted_by_its_author",
    ],
)
def test_what_the_public_may_not_see_is_never_found(client, request, hidden):
    word = request.getfixturevalue(hidden)

    assert_found_nowhere(client, word)
    rebuild_search()
    assert_found_nowhere(client, word)


def test_a_thread_stays_found_by_its_public_posts_when_a_reply_is_hidden(client, public_thread, hidden_reply):
    assert result_titles(client, "posyandu") == ["Jadwal posyandu"]


def test_a_public_complaint_never_carries_its_complainants_name_email_or_phone(client, category, verifier):
    complaint = verified_complaint(
        category, by=verifier, name="Yosefina Matulessy", email="yosefina.m@example.com", phone="0813 9999 0101"
    )
    rebuild_search()

    documents = SearchDocument.objects.of(complaint)
    assert documents.count() == 2  # one in each language
    for document in documents:
        text = f"{document.title}\n{document.body}".lower()
        assert [part for part in ("yosefina", "matulessy", "example.com", "0813", "9999") if part in text] == []
    for word in ("yosefina", "matulessy", "9999"):
        assert_found_nowhere(client, word)


def test_internal_notes_and_other_non_public_events_never_reach_the_index(client, category, verifier):
    filed = file_complaint(category)
    complaint = complaint_route(complaint=filed.complaint, by=verifier, note="Pelapor kerabat yorpex.")
    complaint_add_note(complaint=complaint, message="Cek ulang lokasi maltrov.", by=verifier)

    assert SearchDocument.objects.of(complaint).count() == 2
    for word in ("yorpex", "maltrov"):
        assert_found_nowhere(client, word)
    rebuild_search()
    for word in ("yorpex", "maltrov"):
        assert_found_nowhere(client, word)


def test_a_complaint_is_found_once_a_verifier_publishes_it(client, category, verifier):
    filed = file_complaint(category, title="Drainase tersumbat quenzik")
    assert result_titles(client, "quenzik") == []

    complaint_route(complaint=filed.complaint, by=verifier)

    assert result_titles(client, "quenzik") == ["Drainase tersumbat quenzik"]
    assert result_titles(client, "quenzik", path="/en/cari/") == ["Drainase tersumbat quenzik"]
    assert len([text for text in index_texts() if "quenzik" in text]) == 2  # what assert_found_nowhere looks at


def test_a_complaint_disappears_when_it_becomes_confidential(client, category, verifier):
    complaint = verified_complaint(category, by=verifier, title="Drainase tersumbat brazzot")
    assert result_titles(client, "brazzot") == ["Drainase tersumbat brazzot"]

    complaint.privacy = Privacy.CONFIDENTIAL
    complaint.save(update_fields=["privacy"])

    assert_found_nowhere(client, "brazzot")


def test_a_page_disappears_when_it_is_unpublished(client, home):
    page = StandardPageFactory(parent=home, title="Pengumuman drevnix", live=False)
    page.save_revision().publish()
    assert result_titles(client, "drevnix") == ["Pengumuman drevnix"]

    page.refresh_from_db()
    page.unpublish()

    assert_found_nowhere(client, "drevnix")


def test_the_pages_below_a_page_are_found_at_their_new_address_once_it_is_published_with_a_new_slug(client, home):
    section = StandardPageFactory(parent=home, title="Seksi vorbel", slug="seksi-lama")
    notice = StandardPageFactory(parent=section, title="Pengumuman vorbel", slug="pengumuman")
    section.save_revision().publish()
    notice.save_revision().publish()

    section.refresh_from_db()
    section.slug = "seksi-baru"
    section.save_revision().publish()
    response = client.get("/cari/", {"q": "vorbel"})

    assert sorted(document.url for document in response.context["page_obj"]) == [
        "/seksi-baru/",
        "/seksi-baru/pengumuman/",
    ]


def test_pages_disappear_when_their_section_gets_a_view_restriction(client, home):
    section = StandardPageFactory(parent=home, title="Ruang sklodder", intro="Khusus pegawai.")
    minutes = StandardPageFactory(parent=section, title="Notulen sklodder", intro="Notulen rapat.")
    section.save_revision().publish()
    minutes.save_revision().publish()
    assert sorted(result_titles(client, "sklodder")) == ["Notulen sklodder", "Ruang sklodder"]

    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)

    assert_found_nowhere(client, "sklodder")


def test_a_hidden_thread_is_found_again_once_a_moderator_restores_it(client, board, resident, moderator):
    thread = thread_create(board=board, author=resident, title="Kapan glumbor diperbaiki?", body="Sudah lama.")
    opening = thread.posts.get(is_opening=True)
    post_hide(post=opening, by=moderator, reason="Salah paham.")
    assert_found_nowhere(client, "glumbor")

    post_restore(post=opening, by=moderator)

    assert result_titles(client, "glumbor") == ["Kapan glumbor diperbaiki?"]


def test_a_rolled_back_change_does_not_stop_later_changes_from_reaching_the_index(client, category, verifier):
    filed = file_complaint(category, title="Trotoar rusak trezzam")
    with pytest.raises(RuntimeError), transaction.atomic():
        complaint_route(complaint=filed.complaint, by=verifier)
        raise RuntimeError("the request failed after routing")
    assert result_titles(client, "trezzam") == []

    complaint_route(complaint=filed.complaint, by=verifier)

    assert result_titles(client, "trezzam") == ["Trotoar rusak trezzam"]


@pytest.mark.django_db  # inside a test transaction, where tests capture on_commit callbacks instead of committing
def test_each_captured_change_is_synced_in_a_test_that_captures_twice(
    client, category, verifier, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complaint = verified_complaint(category, by=verifier, title="Drainase tersumbat yorpex")
    assert result_titles(client, "yorpex") == ["Drainase tersumbat yorpex"]

    with django_capture_on_commit_callbacks(execute=True):
        complaint.privacy = Privacy.CONFIDENTIAL
        complaint.save(update_fields=["privacy"])

    assert result_titles(client, "yorpex") == []
