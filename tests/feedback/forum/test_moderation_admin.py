"""Forum moderation in the Wagtail admin: the queue, who may reach it, and what each action does in public."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from accounts.models import Profile
from feedback.complaints.access import verifier_group_ensure
from feedback.forum import services
from feedback.models import ModerationAction, ModerationEvent, Post, Thread
from tests.accounts.factories import ResidentFactory, UserFactory, second_factor_set_up

SCRIPT = '<script>alert("x")</script>'


def client_for(user) -> Client:
    """A logged-in client; the admin speaks English to it, so that tests can read the (untranslated) messages."""
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    client = Client()
    client.force_login(user)
    return client


def ask(board, author, body="Sudah seminggu sampah di TPS tidak diangkut.") -> Thread:
    return services.thread_create(board=board, author=author, title="Sampah menumpuk di Batu Merah", body=body)


def reply(thread, author, body="Di Galunggung juga.") -> Post:
    return services.post_reply(thread=thread, author=author, body=body)


def report(post, *readers, reason="spam") -> None:
    for reader in readers:
        services.post_flag(post=post, by=reader, reason=reason)


def thread_url(forum, thread) -> str:
    return f"{forum.url}topik/{thread.pk}/"


def post_url(post) -> str:
    return reverse("forum_moderation_post", args=[post.pk])


def action_url(post, action) -> str:
    return reverse("forum_moderation_action", args=[post.pk, action])


def queue(client, **params) -> list[int]:
    response = client.get(reverse("forum_moderation"), params)
    assert response.status_code == 200
    return [row.post.pk for row in response.context["rows"]]


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_the_queue_lists_reported_hidden_and_held_posts_oldest_first_and_no_clean_ones(
    forum, board, resident, neighbour, moderator, settings
):
    thread = ask(board, resident)
    reported = reply(thread, resident, "Iklan obat kuat")
    hidden = reply(thread, resident, "Kata-kata kasar")
    report(reported, neighbour)
    report(hidden, *ResidentFactory.create_batch(2), reason="kasar")
    report(hidden, neighbour, reason="di-luar-topik")
    settings.FORUM_HOLD_FIRST_POSTS = 1
    held = reply(thread, ResidentFactory(), "Salam kenal")
    client = client_for(moderator)

    assert queue(client) == [reported.pk, hidden.pk, held.pk]
    assert queue(client, show="flagged") == [reported.pk, hidden.pk]
    assert queue(client, show="hidden") == [hidden.pk]
    assert queue(client, show="held") == [held.pk]
    page = client.get(reverse("forum_moderation")).content.decode()
    assert "3 open reports" in page and "Offensive or abusive (2)" in page and "Off topic (1)" in page
    assert "1 open report" in page and "Hidden automatically" in page and "Held for review" in page
    assert f'href="{thread_url(forum, thread)}" target="_blank"' in page
    log = client.get(reverse("forum_moderation"), {"show": "log"})
    assert [row.event.action for row in log.context["rows"]] == [ModerationAction.AUTO_HIDDEN]


@pytest.mark.parametrize("role", ["unit staff", "verifier"])
def test_admin_users_who_are_not_moderators_get_a_404_everywhere_and_change_nothing(
    forum, board, resident, neighbour, staff, role
):
    outsider = staff if role == "unit staff" else UserFactory(username="verifikator")
    if role == "verifier":
        outsider.groups.add(verifier_group_ensure())
        second_factor_set_up(outsider)
    post = reply(ask(board, resident), resident)
    report(post, neighbour)
    client = client_for(outsider)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200  # they do work in the admin

    for url in (reverse("forum_moderation"), post_url(post)):
        assert client.get(url).status_code == 404 and client.post(url).status_code == 404
    for action in ("sembunyikan", "pulihkan", "abaikan", "setujui", "sunting", "tangguhkan", "aktifkan"):
        response = client.post(action_url(post, action), {"reason": "Saya bukan moderator", "body": "Diubah"})
        assert response.status_code == 404, action
    assert client.get(action_url(post, "sembunyikan")).status_code == 404
    post.refresh_from_db()
    assert (post.hidden_at, post.body, post.flag_count) == (None, "Di Galunggung juga.", 1)
    assert not ModerationEvent.objects.exists()
    assert not Profile.objects.filter(suspended_at__isnull=False).exists()


def test_the_menu_shows_moderation_to_moderators_only(board, moderator, staff):
    url = reverse("forum_moderation")
    assert url in client_for(moderator).get(reverse("wagtailadmin_home")).content.decode()
    assert url not in client_for(staff).get(reverse("wagtailadmin_home")).content.decode()


def test_a_hidden_post_leaves_the_thread_its_author_reads_why_and_a_restore_brings_it_back(
    forum, board, resident, neighbour, moderator
):
    thread = ask(board, neighbour)
    post = reply(thread, resident, "Pak RT itu pencuri")
    client = client_for(moderator)
    reason = "Tuduhan tanpa bukti terhadap seseorang."

    response = client.post(action_url(post, "sembunyikan"), {"reason": reason}, follow=True)

    assert response.redirect_chain == [(post_url(post), 302)]
    assert "The post has been hidden; its author sees the reason." in messages_of(response)
    assert "Pak RT itu pencuri" not in Client().get(thread_url(forum, thread)).content.decode()
    own_view = client_for(resident).get(thread_url(forum, thread)).content.decode()
    assert "Pak RT itu pencuri" in own_view and reason in own_view

    response = client.post(action_url(post, "pulihkan"), {"reason": ""}, follow=True)

    assert "The post is public again." in messages_of(response)
    assert "Pak RT itu pencuri" in Client().get(thread_url(forum, thread)).content.decode()
    assert [event.action for event in post.moderation.all()] == [ModerationAction.RESTORED, ModerationAction.HIDDEN]


def test_dismissing_the_reports_keeps_the_post_public_and_empties_the_queue(board, resident, neighbour, moderator):
    post = reply(ask(board, resident), resident)
    report(post, neighbour)
    client = client_for(moderator)
    assert queue(client) == [post.pk]

    client.post(action_url(post, "abaikan"), {"reason": "Bukan iklan."})

    assert queue(client) == []
    assert Post.objects.get(pk=post.pk).hidden_at is None


def test_a_redacted_post_shows_the_new_text_in_public_and_the_original_only_to_moderators(
    forum, board, resident, moderator
):
    thread = ask(board, resident)
    post = reply(thread, resident, "Hubungi Bu Ani di 0812-3456-7890.")
    client = client_for(moderator)
    form = client.get(post_url(post)).content.decode()
    assert "Hubungi Bu Ani di 0812-3456-7890.</textarea>" in form  # the edit starts from the text as it is

    client.post(action_url(post, "sunting"), {"body": "Hubungi Bu Ani di [nomor dihapus].", "reason": "Nomor telepon."})

    public = Client().get(thread_url(forum, thread)).content.decode()
    assert "[nomor dihapus]" in public and "0812-3456-7890" not in public
    assert "0812-3456-7890" not in client_for(resident).get(thread_url(forum, thread)).content.decode()
    detail = client.get(post_url(post)).content.decode()
    assert "The original text (moderators only)" in detail and "0812-3456-7890" in detail


def test_a_suspended_author_cannot_reply_until_reinstated(forum, board, resident, neighbour, moderator):
    thread = ask(board, neighbour)
    post = reply(thread, resident, "Spam lagi")
    client = client_for(moderator)

    response = client.post(action_url(post, "tangguhkan"), {"reason": "Iklan berulang kali."}, follow=True)

    assert "The author's account has been suspended." in messages_of(response)
    assert f'action="{action_url(post, "aktifkan")}"' in response.content.decode()
    assert client_for(resident).post(thread_url(forum, thread), {"body": "Masih bisa?"}).status_code == 403
    assert thread.posts.count() == 2

    client.post(action_url(post, "aktifkan"))

    assert client_for(resident).post(thread_url(forum, thread), {"body": "Maaf."}).status_code == 302


def test_an_approved_first_post_is_listed_in_public(forum, board, moderator, settings):
    settings.FORUM_HOLD_FIRST_POSTS = 1
    newcomer = ResidentFactory()
    thread = ask(board, newcomer, body="Kapan jalan di Passo diperbaiki?")
    board_url = f"{forum.url}papan/{board.slug}/"
    assert thread.title not in Client().get(board_url).content.decode()
    opening = thread.posts.get()
    client = client_for(moderator)
    assert "Approve for publication" in client.get(post_url(opening)).content.decode()

    response = client.post(action_url(opening, "setujui"), follow=True)

    assert "The post has been approved and is now public." in messages_of(response)
    assert thread.title in Client().get(board_url).content.decode()
    assert "Kapan jalan di Passo diperbaiki?" in Client().get(thread_url(forum, thread)).content.decode()
    assert queue(client) == []


def test_hiding_without_a_reason_is_a_400_that_says_so_and_hides_nothing(board, resident, moderator):
    post = reply(ask(board, resident), resident)

    response = client_for(moderator).post(action_url(post, "sembunyikan"), {"reason": "  "})

    assert response.status_code == 400
    assert "The form has errors; see below." in messages_of(response)
    assert "This field is required." in response.content.decode()
    assert Post.objects.get(pk=post.pk).hidden_at is None


def test_a_service_refusal_is_a_400_with_its_message(board, moderator):
    own = ask(board, moderator).posts.get()

    response = client_for(moderator).post(action_url(own, "tangguhkan"), {"reason": "Coba"})

    assert response.status_code == 400
    assert "You cannot suspend your own account." in messages_of(response)
    assert not Profile.objects.filter(suspended_at__isnull=False).exists()


def test_an_unknown_action_or_post_is_a_404(board, resident, moderator):
    post = reply(ask(board, resident), resident)
    client = client_for(moderator)
    assert client.post(action_url(post, "hapus")).status_code == 404
    assert client.get(reverse("forum_moderation_post", args=[post.pk + 100])).status_code == 404


def test_actions_need_the_csrf_token(board, resident, moderator):
    post = reply(ask(board, resident), resident)
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)

    assert client.post(action_url(post, "sembunyikan"), {"reason": "Spam"}).status_code == 403
    assert Post.objects.get(pk=post.pk).hidden_at is None


def test_html_in_a_post_is_shown_as_text(board, resident, neighbour, moderator):
    post = reply(ask(board, resident), resident, f"{SCRIPT}\nbaris dua")
    report(post, neighbour)
    client = client_for(moderator)
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    for html in (client.get(post_url(post)).content.decode(), client.get(reverse("forum_moderation")).content.decode()):
        assert SCRIPT not in html and escaped in html
    assert f"{escaped}<br>baris dua" in client.get(post_url(post)).content.decode()


def queue_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("forum_moderation")).status_code == 200
    return len(queries)


def test_the_queue_takes_as_many_queries_for_30_reported_posts_as_for_3(board, resident, neighbour, moderator):
    thread = ask(board, resident)

    def reported_posts(number):
        for count in range(number):
            report(reply(thread, ResidentFactory()), neighbour, reason=["spam", "kasar"][count % 2])

    client = client_for(moderator)
    reported_posts(3)
    queue_queries(client)  # warm-up: sessions, site and page caches
    few = queue_queries(client)
    reported_posts(27)
    assert queue_queries(client) == few
    assert len(queue(client)) == 25 and len(queue(client, p=2)) == 5
