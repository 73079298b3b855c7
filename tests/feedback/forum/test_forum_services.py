"""The forum's services: who may post what, official answers, flags and moderation, editing, following."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from feedback.forum import services
from feedback.models import Flag, FlagReason, Follow, ModerationAction, ModerationEvent, Post, Thread
from tests.accounts.factories import ResidentFactory


def ask(board, author, **fields) -> Thread:
    return services.thread_create(
        board=board,
        author=author,
        title=fields.pop("title", "Sampah menumpuk di Batu Merah"),
        body=fields.pop("body", "Sudah seminggu sampah di TPS tidak diangkut. Kapan diangkut?"),
        **fields,
    )


def test_a_thread_on_a_units_board_is_addressed_to_it_and_its_author_follows_it(board, resident, units):
    thread = ask(board, resident, tags=("sampah", "batu-merah"))

    assert thread.unit == units[0]
    assert thread.posts.get().is_opening
    assert sorted(thread.tags.names()) == ["batu-merah", "sampah"]
    assert Follow.objects.filter(thread=thread, user=resident).exists()


def test_only_the_addressed_units_staff_answer_officially(board, resident, staff, other_staff, neighbour):
    thread = ask(board, resident)

    for outsider in (resident, neighbour, other_staff):
        with pytest.raises(PermissionDenied):
            services.post_reply(thread=thread, author=outsider, body="Jawaban resmi palsu.", official=True)
    assert thread.posts.count() == 1
    answer = services.post_reply(thread=thread, author=staff, body="Truk dijadwalkan besok pagi.", official=True)

    thread.refresh_from_db()
    assert answer.official_unit == thread.unit
    assert thread.official_answered_at is not None
    assert thread.reply_count == 1


def test_a_thread_without_a_unit_has_no_official_answer(units, resident, staff):
    from tests.factories import BoardFactory

    thread = ask(BoardFactory(unit=None), resident)

    with pytest.raises(PermissionDenied):
        services.post_reply(thread=thread, author=staff, body="Resmi?", official=True)


def test_the_author_or_a_moderator_marks_the_answer_and_nobody_else(board, resident, staff, neighbour, moderator):
    thread = ask(board, resident)
    reply = services.post_reply(thread=thread, author=staff, body="Sudah diangkut.", official=True)

    with pytest.raises(PermissionDenied):
        services.thread_mark_answer(thread=thread, post=reply, by=neighbour)
    services.thread_mark_answer(thread=thread, post=reply, by=resident)
    assert Thread.objects.get(pk=thread.pk).answer == reply
    with pytest.raises(ValidationError):
        services.thread_mark_answer(thread=thread, post=thread.posts.get(is_opening=True), by=moderator)


def test_three_flags_hide_a_post_until_a_moderator_restores_it(board, resident, moderator):
    thread = ask(board, resident)
    spam = services.post_reply(thread=thread, author=ResidentFactory(), body="Beli obat murah di situs kami!")
    flaggers = ResidentFactory.create_batch(3)

    services.post_flag(post=spam, by=flaggers[0], reason=FlagReason.SPAM)
    services.post_flag(post=spam, by=flaggers[1], reason=FlagReason.SPAM, note="Iklan")
    assert Post.objects.get(pk=spam.pk).hidden_at is None
    services.post_flag(post=spam, by=flaggers[2], reason=FlagReason.OFFENSIVE)

    spam.refresh_from_db()
    assert spam.hidden_at is not None and spam.hidden_by is None and spam.flag_count == 3
    assert not Post.objects.visible_to(flaggers[0]).filter(pk=spam.pk).exists()
    assert Post.objects.visible_to(spam.author).filter(pk=spam.pk).exists()  # its author still sees it, and why
    assert ModerationEvent.objects.filter(post=spam, action=ModerationAction.AUTO_HIDDEN).exists()

    services.post_restore(post=spam, by=moderator, reason="Bukan iklan, hanya informasi.")
    spam.refresh_from_db()
    assert spam.hidden_at is None and spam.flag_count == 0
    assert not Flag.objects.filter(post=spam, resolved_at__isnull=True).exists()


def test_a_reader_flags_a_post_once_and_never_their_own(board, resident, neighbour):
    post = services.post_reply(thread=ask(board, resident), author=neighbour, body="Saya juga mengalami.")
    services.post_flag(post=post, by=resident, reason=FlagReason.OFF_TOPIC)

    with pytest.raises(ValidationError):
        services.post_flag(post=post, by=resident, reason=FlagReason.SPAM)
    with pytest.raises(ValidationError):
        services.post_flag(post=post, by=neighbour, reason=FlagReason.SPAM)
    with pytest.raises(ValidationError):
        services.post_flag(post=post, by=ResidentFactory(), reason="bosan")
    assert Post.objects.get(pk=post.pk).flag_count == 1


def test_a_moderator_hides_with_a_reason_and_redacts_keeping_the_original(board, resident, neighbour, moderator):
    post = services.post_reply(
        thread=ask(board, resident), author=neighbour, body="Hubungi Pak Budi di 0812 3456 7890."
    )

    with pytest.raises(ValidationError):
        services.post_hide(post=post, by=moderator, reason=" ")
    with pytest.raises(PermissionDenied):
        services.post_hide(post=post, by=resident, reason="Saya tidak suka.")
    services.post_redact(post=post, by=moderator, body="Hubungi Pak Budi di [nomor dihapus].", reason="Data pribadi")

    post.refresh_from_db()
    assert post.body == "Hubungi Pak Budi di [nomor dihapus]." and post.edited_at is not None
    event = ModerationEvent.objects.get(post=post, action=ModerationAction.EDITED)
    assert event.original_body == "Hubungi Pak Budi di 0812 3456 7890." and event.moderator == moderator

    services.post_hide(post=post, by=moderator, reason="Tetap menyebut nama orang.")
    post.refresh_from_db()
    assert post.hidden_reason == "Tetap menyebut nama orang." and post.hidden_by == moderator


def test_suspended_accounts_cannot_post_reply_or_edit(board, resident, neighbour, moderator):
    thread = ask(board, resident)
    services.user_suspend(user=neighbour, by=moderator, reason="Berulang kali menghina warga lain.")

    with pytest.raises(PermissionDenied):
        ask(board, neighbour)
    with pytest.raises(PermissionDenied):
        services.post_reply(thread=thread, author=neighbour, body="Halo")
    assert Thread.objects.count() == 1 and Post.objects.count() == 1

    services.user_unsuspend(user=neighbour, by=moderator)
    services.post_reply(thread=thread, author=neighbour, body="Maaf, saya ulangi dengan sopan.")


def test_authors_edit_within_the_window_and_delete_leaving_a_stub(board, resident, neighbour, settings):
    thread = ask(board, resident)
    opening = thread.posts.get()

    services.post_edit(post=opening, by=resident, body="Sudah dua minggu.", title="Sampah dua minggu")
    with pytest.raises(PermissionDenied):
        services.post_edit(post=opening, by=neighbour, body="Bukan milik saya")
    Post.objects.filter(pk=opening.pk).update(
        created_at=timezone.now() - timedelta(minutes=settings.FORUM_EDIT_WINDOW_MINUTES + 1)
    )
    opening.refresh_from_db()
    with pytest.raises(ValidationError):
        services.post_edit(post=opening, by=resident, body="Terlambat")
    with pytest.raises(PermissionDenied):
        services.post_delete(post=opening, by=neighbour)
    services.post_delete(post=opening, by=resident)

    opening.refresh_from_db()
    assert (opening.body, Thread.objects.get(pk=thread.pk).title) == ("Sudah dua minggu.", "Sampah dua minggu")
    assert opening.edited_at is not None and opening.deleted_at is not None


def test_first_posts_of_new_accounts_are_held_when_the_setting_says_so(board, resident, staff, moderator, settings):
    settings.FORUM_HOLD_FIRST_POSTS = 1
    thread = ask(board, resident)
    assert thread.held_at is not None
    assert not Thread.objects.listed().filter(pk=thread.pk).exists()

    services.post_approve(post=thread.posts.get(), by=moderator)
    assert Thread.objects.listed().filter(pk=thread.pk).exists()
    assert ask(board, resident).held_at is None  # the account has a published post now
    assert services.post_reply(thread=thread, author=staff, body="Terima kasih.").held_at is None  # staff never wait
