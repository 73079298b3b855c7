"""The demo forum as `load_demo` builds it: boards for the units, answered and waiting questions, a moderation queue."""

import io

from django.core.management import call_command

from demo.forum import FORUM
from demo.management.commands.load_demo import RESIDENTS
from feedback.models import Board, FlagReason, ForumPage, Post, Thread
from reports.models import UnitPage

SPAM_BODY = FORUM["moderation"]["spam"]["body"]
PERSONAL_DATA_BODY = FORUM["moderation"]["personal_data"]["body"]
BOARD_UNITS = {
    "layanan-publik": None,
    "kesehatan": "dinas-kesehatan",
    "pendidikan": "dinas-pendidikan-dan-kebudayaan",
    "lingkungan": "dinas-lingkungan-hidup-dan-persampahan",
    "kinerja-asn": "bkpsdm",
}


def test_the_five_boards_exist_with_their_units_and_list_their_threads(demo, client):
    boards = {board.slug: board for board in Board.objects.select_related("unit__locale")}

    assert {slug: board.unit and board.unit.slug for slug, board in boards.items()} == BOARD_UNITS
    assert {board.unit.locale.language_code for board in boards.values() if board.unit} == {"id"}
    assert boards["lingkungan"].unit.title == "Dinas Lingkungan Hidup dan Persampahan"
    for board in boards.values():
        threads = Thread.objects.filter(board=board)
        assert threads.exists()
        assert {thread.unit for thread in threads} == {board.unit}  # addressed to the board's unit by default
        listing = client.get(f"/forum/papan/{board.slug}/")
        assert listing.status_code == 200
        for thread in threads.listed():
            assert f'href="/forum/topik/{thread.pk}/"' in listing.content.decode()


def test_units_staff_have_answered_officially_and_a_question_still_waits(demo):
    official = Post.objects.filter(official_unit__isnull=False).select_related("thread", "author", "official_unit")
    answered_by = {(post.official_unit.slug, post.author.username) for post in official}

    assert answered_by == {
        ("dinas-lingkungan-hidup-dan-persampahan", "petugas.dlhp"),
        ("dinas-kesehatan", "petugas.dinkes"),
    }
    for post in official:
        assert post.official_unit == post.thread.unit
        assert post.official_unit in UnitPage.objects.staffed_by(post.author)
        assert post.thread.official_answered_at is not None
    waste = Thread.objects.get(title__startswith="Sampah menumpuk")
    assert waste.answer.official_unit.slug == "dinas-lingkungan-hidup-dan-persampahan"  # the author marked it
    waiting = Thread.objects.listed().awaiting_official_answer()
    assert waiting.filter(unit__slug="dinas-lingkungan-hidup-dan-persampahan").exists()
    assert not waiting.filter(posts__official_unit__isnull=False).exists()


def test_the_moderation_queue_holds_the_spam_hidden_by_flags_and_the_personal_data_reported_once(demo):
    queue = {post.body: post for post in Post.objects.awaiting_moderation()}

    assert set(queue) == {SPAM_BODY, PERSONAL_DATA_BODY}
    spam, personal = queue[SPAM_BODY], queue[PERSONAL_DATA_BODY]
    assert spam.author.username == "warga.promo"
    assert (spam.flag_count, spam.hidden_by) == (3, None)
    assert spam.hidden_at is not None and spam.reviewed_at is None
    assert set(spam.flags.values_list("reason", flat=True)) == {FlagReason.SPAM}
    assert (personal.flag_count, personal.hidden_at) == (1, None)
    assert list(personal.flags.values_list("reason", flat=True)) == [FlagReason.PERSONAL_DATA]


def test_running_load_demo_again_adds_no_boards_threads_posts_or_flags(demo):
    def counts():
        flagged = Post.objects.filter(flag_count__gt=0).values_list("pk", "flag_count")
        return [model.objects.count() for model in (Board, Thread, Post)], set(flagged)

    before = counts()

    call_command("load_demo", stdout=io.StringIO())

    assert counts() == before
    assert ForumPage.objects.count() == 2


def test_load_demo_emails_none_of_the_forum_accounts(demo):
    """The demo forum is written as if it happened weeks ago: nobody is told about it, even after the commit."""
    forum_people = {email for username, email, _name in RESIDENTS} | {
        "petugas.dlhp@ambon.go.id",
        "petugas.dinkes@ambon.go.id",
        "moderasi@ambon.go.id",
    }
    assert Thread.objects.exists()
    assert not [email.subject for email in demo.emails if forum_people & set(email.to)]


def test_load_demo_sends_no_email(demo):
    assert [email.subject for email in demo.emails] == []


def test_the_forum_and_a_thread_answer_in_indonesian_and_english(demo, client):
    pages = {page.locale.language_code: page for page in ForumPage.objects.live().select_related("locale")}
    thread = Thread.objects.get(title__startswith="Sampah menumpuk")

    assert set(pages) == {"id", "en"}
    assert pages["id"].translation_key == pages["en"].translation_key
    assert (pages["id"].title, pages["en"].title) == ("Forum Warga", "Residents' Forum")
    for prefix, title in (("", "Forum Warga"), ("/en", "Residents&#x27; Forum")):
        index = client.get(f"{prefix}/forum/")
        assert index.status_code == 200
        assert title in index.content.decode()
        assert f'href="{prefix}/forum/papan/lingkungan/"' in index.content.decode()
        thread_page = client.get(f"{prefix}/forum/topik/{thread.pk}/")
        html = thread_page.content.decode()
        assert thread_page.status_code == 200
        assert thread.title in html
        assert "post--official" in html and 'id="jawaban"' in html
        assert SPAM_BODY not in html  # hidden by the readers' flags
