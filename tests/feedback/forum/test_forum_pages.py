"""The forum in the browser's terms: pages, forms, refusals, emails and what each costs in queries."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from feedback.forum import services
from feedback.forum.tasks import unsubscribe_signature
from feedback.models import Follow, Post, Thread
from tests.accounts.factories import ResidentFactory
from tests.factories import BoardFactory

SCRIPT = '<script>alert("x")</script>'


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def ask(board, author, **fields) -> Thread:
    return services.thread_create(
        board=board,
        author=author,
        title=fields.pop("title", "Sampah menumpuk di Batu Merah"),
        body=fields.pop("body", "Sudah seminggu sampah di TPS tidak diangkut."),
        **fields,
    )


def thread_url(forum, thread) -> str:
    return f"{forum.url}topik/{thread.pk}/"


def test_a_resident_asks_a_unit_with_a_tag_and_the_thread_shows_the_wait(forum, board, resident, units):
    client = client_for(resident)
    form_url = f"{forum.url}papan/{board.slug}/baru/"
    assert client.get(form_url).status_code == 200

    response = client.post(
        form_url,
        {
            "title": "Kapan sampah diangkut?",
            "body": "TPS penuh.",
            "unit": str(units[0].translation_key),
            "tags": "sampah",
        },
    )

    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == thread_url(forum, thread)
    assert (thread.unit, list(thread.tags.names())) == (units[0], ["sampah"])
    html = client.get(thread_url(forum, thread)).content.decode()
    assert "badge--waiting" in html and "Dinas Lingkungan Hidup" in html
    assert f'href="{forum.url}label/sampah/"' in html
    assert thread.title in Client().get(f"{forum.url}label/sampah/").content.decode()
    assert thread.title in Client().get(f"{forum.url}opd/dinas-lingkungan-hidup/").content.decode()


def test_an_anonymous_reader_is_sent_to_log_in_to_post(client, forum, board, resident):
    thread = ask(board, resident)

    for url in (f"{forum.url}papan/{board.slug}/baru/", thread_url(forum, thread)):
        response = client.post(url, {"title": "x", "body": "y"})
        assert response.status_code == 302 and response["Location"].startswith("/akun/login/?next=")
    assert Post.objects.count() == 1


def test_an_official_reply_from_anyone_but_the_units_staff_is_a_403_and_saves_nothing(
    forum, board, resident, neighbour, staff, other_staff
):
    thread = ask(board, resident)

    for outsider in (neighbour, other_staff):
        response = client_for(outsider).post(thread_url(forum, thread), {"body": "Resmi palsu", "official": "on"})
        assert response.status_code == 403
        assert "Only the staff of the unit" in response.content.decode() or "Hanya petugas" in response.content.decode()
    assert Post.objects.filter(thread=thread).count() == 1

    staff_client = client_for(staff)
    assert 'name="official"' in staff_client.get(thread_url(forum, thread)).content.decode()
    assert 'name="official"' not in client_for(other_staff).get(thread_url(forum, thread)).content.decode()
    assert (
        staff_client.post(thread_url(forum, thread), {"body": "Truk datang besok.", "official": "on"}).status_code
        == 302
    )
    assert Post.objects.get(thread=thread, is_opening=False).official_unit == thread.unit


def test_the_marked_answer_is_shown_first(forum, board, resident, neighbour, staff):
    thread = ask(board, resident)
    services.post_reply(thread=thread, author=neighbour, body="Di tempat saya juga.")
    answer = services.post_reply(thread=thread, author=staff, body="JAWABAN: truk datang besok.", official=True)

    response = client_for(resident).post(f"{forum.url}kiriman/{answer.pk}/jawaban/")
    assert response.status_code == 302
    html = Client().get(thread_url(forum, thread)).content.decode()

    assert html.index('id="jawaban"') < html.index(f'id="kiriman-{thread.posts.get(is_opening=True).pk}"')
    assert client_for(neighbour).post(f"{forum.url}kiriman/{answer.pk}/jawaban/").status_code == 403


@pytest.mark.parametrize(
    ("text", "forbidden", "expected"),
    [
        ("[klik](javascript:alert(1))", 'href="javascript:', "[klik](javascript:alert(1))"),
        (SCRIPT, "<script>", "&lt;script&gt;"),
        ('<a href="https://evil.example" onclick="steal()">x</a>', '<a href="https://evil', "&lt;a href="),
        ("[data](data:text/html;base64,PHNjcmlwdD4=)", 'href="data:', "[data]"),
        ("**tebal** dan [situs](https://ambon.go.id)", "javascript", '<a href="https://ambon.go.id" rel="nofollow'),
    ],
)
def test_post_text_is_inert_markdown(forum, board, resident, text, forbidden, expected):
    thread = ask(board, resident, body=text, title=SCRIPT)

    html = Client().get(thread_url(forum, thread)).content.decode()

    body = html[html.index('class="post__body"') :]
    assert forbidden not in body
    assert expected in body
    assert SCRIPT not in html


def test_a_post_hidden_by_flags_leaves_the_page_and_a_moderator_restores_it(forum, board, resident, moderator):
    thread = ask(board, resident)
    spam = services.post_reply(thread=thread, author=ResidentFactory(), body="PROMO obat kuat murah")

    for flagger in ResidentFactory.create_batch(3):
        response = client_for(flagger).post(f"{forum.url}kiriman/{spam.pk}/laporkan/", {"reason": "spam"})
        assert response.status_code == 302
    assert "PROMO obat kuat" not in Client().get(thread_url(forum, thread)).content.decode()
    assert "PROMO obat kuat" in client_for(spam.author).get(thread_url(forum, thread)).content.decode()

    services.post_restore(post=spam, by=moderator)
    assert "PROMO obat kuat" in Client().get(thread_url(forum, thread)).content.decode()


def test_a_bad_flag_is_a_400_and_a_suspended_account_gets_a_403(forum, board, resident, neighbour, moderator):
    thread = ask(board, resident)
    post = thread.posts.get()

    assert client_for(neighbour).post(f"{forum.url}kiriman/{post.pk}/laporkan/", {"reason": "bosan"}).status_code == 400
    services.user_suspend(user=neighbour, by=moderator, reason="Spam")
    response = client_for(neighbour).post(thread_url(forum, thread), {"body": "Saya kembali!"})
    assert response.status_code == 403
    assert Post.objects.count() == 1


def test_posting_too_fast_answers_429_with_a_page_that_says_why(forum, board, resident, settings):
    settings.FORUM_POSTS_PER_HOUR = 2
    thread = ask(board, resident)
    client = client_for(resident)

    for number in range(2):
        assert client.post(thread_url(forum, thread), {"body": f"Tambahan {number}"}).status_code == 302
    response = client.post(thread_url(forum, thread), {"body": "Tambahan lagi"})

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert 'class="callout"' in response.content.decode()
    assert thread.posts.count() == 3


def test_posting_too_fast_from_one_address_is_limited_across_accounts(forum, board, resident, settings):
    settings.FORUM_POSTS_PER_HOUR_PER_IP = 1
    thread = ask(board, resident)

    assert client_for(ResidentFactory()).post(thread_url(forum, thread), {"body": "Satu"}).status_code == 302
    assert client_for(ResidentFactory()).post(thread_url(forum, thread), {"body": "Dua"}).status_code == 429


def test_edit_shows_as_edited_and_a_deleted_post_leaves_a_stub(forum, board, resident, neighbour):
    thread = ask(board, resident)
    reply = services.post_reply(thread=thread, author=neighbour, body="Salah ketik")
    client = client_for(neighbour)

    assert client_for(resident).get(f"{forum.url}kiriman/{reply.pk}/ubah/").status_code == 404
    assert client.post(f"{forum.url}kiriman/{reply.pk}/ubah/", {"body": "Sudah diperbaiki"}).status_code == 302
    html = Client().get(thread_url(forum, thread)).content.decode()
    assert "Sudah diperbaiki" in html and re.search(r"(edited|disunting)", html)

    assert client.post(f"{forum.url}kiriman/{reply.pk}/hapus/").status_code == 302
    html = Client().get(thread_url(forum, thread)).content.decode()
    assert "Sudah diperbaiki" not in html and f'id="kiriman-{reply.pk}"' in html


def test_followers_get_an_email_on_a_reply_and_the_official_answer_with_a_working_unsubscribe(
    forum, board, resident, neighbour, staff, mailoutbox, django_capture_on_commit_callbacks
):
    thread = ask(board, resident)
    services.thread_follow(thread=thread, user=neighbour)

    with django_capture_on_commit_callbacks(execute=True):
        services.post_reply(thread=thread, author=neighbour, body="Saya juga menunggu.")
        services.post_reply(thread=thread, author=staff, body="Truk datang besok.", official=True)

    to_resident = [mail for mail in mailoutbox if mail.to == [resident.email]]
    assert len(to_resident) == 2
    assert "Dinas Lingkungan Hidup" in to_resident[1].subject
    assert [mail.to for mail in mailoutbox].count([neighbour.email]) == 1  # the official answer, not their own reply
    link = re.search(r"http://testserver(/forum/berhenti/\d+/[\w-]+/)", to_resident[0].body)[1]
    assert to_resident[0].extra_headers["List-Unsubscribe"] == f"<http://testserver{link}>"

    assert Client().get(link).status_code == 200
    assert Follow.objects.filter(user=resident, thread=thread).exists()  # a GET (a mail scanner) changes nothing
    assert Client().post(link).status_code == 200
    assert not Follow.objects.filter(user=resident, thread=thread).exists()


def test_unsubscribe_links_cannot_be_forged(forum, board, resident, neighbour):
    thread = ask(board, resident)
    follow = services.thread_follow(thread=thread, user=neighbour)
    other = Follow.objects.get(user=resident)
    signature = unsubscribe_signature(follow.pk)

    for follow_id, bad in [
        (other.pk, signature),  # another reader's follow with this one's signature
        (follow.pk, signature[:-2] + ("xx" if not signature.endswith("xx") else "yy")),
        (follow.pk, "0"),
    ]:
        response = Client().post(f"{forum.url}berhenti/{follow_id}/{bad}/")
        assert response.status_code == 400
    assert Follow.objects.count() == 2
    assert Client().post(f"{forum.url}berhenti/{follow.pk}/{signature}/").status_code == 200
    assert list(Follow.objects.all()) == [other]


def test_hidden_and_held_threads_are_404_to_others(forum, board, resident, neighbour, settings):
    settings.FORUM_HOLD_FIRST_POSTS = 1
    thread = ask(board, resident)

    assert Client().get(thread_url(forum, thread)).status_code == 404
    assert client_for(neighbour).get(thread_url(forum, thread)).status_code == 404
    assert client_for(resident).get(thread_url(forum, thread)).status_code == 200
    assert thread.title not in Client().get(f"{forum.url}papan/{board.slug}/").content.decode()


def test_boards_sort_by_the_wait_for_an_official_answer_and_refuse_an_unknown_order(forum, board, resident, staff):
    answered = ask(board, resident, title="Sudah dijawab")
    services.post_reply(thread=answered, author=staff, body="Ya.", official=True)
    waiting = ask(board, resident, title="Belum dijawab")

    response = Client().get(f"{forum.url}papan/{board.slug}/", {"urut": "menunggu"})

    assert [row.thread for row in response.context["rows"]] == [waiting]
    assert Client().get(f"{forum.url}papan/{board.slug}/", {"urut": "acak"}).status_code == 400


def queries(client, url) -> int:
    client.get(url)  # warm Wagtail's site and page caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_thread_page_costs_the_same_queries_with_10_and_100_replies(forum, board, resident, staff, units):
    thread = ask(board, resident, tags=("sampah",))
    writers = [*ResidentFactory.create_batch(5), staff]
    client = client_for(resident)

    def reply(count):
        for number in range(count):
            services.post_reply(thread=thread, author=writers[number % len(writers)], body=f"**Balasan** {number}")

    reply(10)
    ten = queries(client, thread_url(forum, thread))
    reply(90)

    assert queries(client, thread_url(forum, thread)) == ten


def test_a_board_costs_the_same_queries_with_10_and_100_threads(forum, board, units, staff):
    authors = [*ResidentFactory.create_batch(5), staff]

    def threads(count):
        for number in range(count):
            ask(board, authors[number % len(authors)], title=f"Pertanyaan {number}", tags=("sampah", f"t{number}"))

    threads(10)
    ten = queries(Client(), f"{forum.url}papan/{board.slug}/")
    threads(90)

    assert queries(Client(), f"{forum.url}papan/{board.slug}/") == ten


def test_the_index_lists_boards_with_their_counts(client, forum, board, resident):
    ask(board, resident)
    BoardFactory(name="Kesehatan")

    response = client.get(forum.url)

    assert response.status_code == 200
    counts = {board.name: (board.thread_count, board.awaiting_count) for board in response.context["boards"]}
    assert counts == {"Lingkungan hidup": (1, 1), "Kesehatan": (0, 0)}


def test_the_official_answer_box_is_ticked_for_the_addressed_units_staff_and_an_unticked_reply_is_their_own(
    forum, board, resident, staff
):
    thread = ask(board, resident)
    staff_client = client_for(staff)

    html = staff_client.get(thread_url(forum, thread)).content.decode()
    staff_client.post(thread_url(forum, thread), {"body": "Saya ikut memantau."})  # unticked

    (official_box,) = [tag for tag in html.split("<input")[1:] if 'name="official"' in tag]
    assert "checked" in official_box.split(">")[0]
    assert Post.objects.get(thread=thread, is_opening=False).official_unit is None
