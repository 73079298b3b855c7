"""A question in the forum from sign-up to moderation, in a real browser: a resident signs up on a phone and verifies
the address, asks Dinas Lingkungan Hidup dan Persampahan a tagged question, the unit's staff answers officially, the
resident marks that answer; a spam reply is reported by another resident and a moderator hides it.

The admin is Wagtail's own markup, so axe runs only on the public pages. Elements are found by name, id, URL and
CSS class rather than by visible text, which the Indonesian catalogue may not cover yet when a string is new.
"""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from playwright.sync_api import expect

from accounts.second_factor import is_staff_account
from feedback.models import FlagReason, ModerationAction, Post, Thread
from reports.models import UnitPage
from tests.browser.test_report_journeys import DESKTOP, PASSWORD, check_public_page, give_the_code, log_in
from tests.browser.test_resident_journeys import PHONE, path_is

pytestmark = pytest.mark.browser

EMAIL = "ina.sopacua@contoh.id"
DISPLAY_NAME = "Ina S."
TITLE = "Tumpukan sampah di belakang Pasar Mardika, kapan diangkut?"
BODY = "Sejak hari Sabtu sampah di belakang Pasar Mardika tidak diangkut dan mulai masuk ke selokan."
ANSWER = "Truk DLHP mengangkut sampah di belakang Pasar Mardika besok pagi pukul 06.00 WIT, lalu setiap hari."
SPAM = "PROMO kilat! Jual pelangsing herbal, pesan lewat WA 0812-9999-0000 sekarang."
HIDE_REASON = "Iklan yang tidak berkaitan dengan topik ini."
DLHP = "dinas-lingkungan-hidup-dan-persampahan"
VERIFICATION_LINK = re.compile(r"https?://[^/\s]+(/akun/confirm-email/[^/\s]+/)")
THREAD_URL = re.compile(r"^https?://[^/]+/forum/topik/(\d+)/$")


def verification_path(mailoutbox, email: str) -> str:
    """The link in the one verification email sent to `email` (the live server shares the test's locmem outbox)."""
    sent = [message for message in mailoutbox if message.to == [email]]
    assert len(sent) == 1, f"expected one email to {email}, got {[message.subject for message in sent]}"
    return VERIFICATION_LINK.search(sent[0].body)[1]


def log_in_on_site(page, login: str, password: str = PASSWORD) -> None:
    """The public login (allauth), by email or username, and for staff their second factor's code; it leads to the
    home page."""
    page.goto("/akun/login/")
    form = page.locator("form.account-form")
    form.locator("input[name=login]").fill(login)
    form.locator("input[name=password]").fill(password)
    form.locator("button[type=submit]").click()
    user = get_user_model().objects.filter(Q(username=login) | Q(email=login)).first()
    if user is not None and is_staff_account(user):
        give_the_code(page, user)
    expect(page).to_have_url(path_is("/"))
    expect(page.locator("nav.account-links form[action='/akun/logout/']")).to_have_count(1)


def with_password(username: str) -> str:
    """Give a demo account a password the test knows (the demo generates them) and return the username."""
    user = get_user_model().objects.get(username=username)
    user.set_password(PASSWORD)
    user.save()
    return username


def reply(page, thread: Thread, text: str, *, official: bool = False) -> Post:
    """Post a reply from the thread's form; the thread answers with its last page, at the new post."""
    form = page.locator(f"form[action='/forum/topik/{thread.pk}/']")
    form.locator("textarea[name=body]").fill(text)
    if official:  # ticked already for the addressed unit's staff: make sure of it, as a careful officer would
        expect(form.locator("input[name=official]")).to_be_checked()
        form.locator("input[name=official]").check()
    form.locator("button[type=submit]").click()
    posted = re.compile(rf"^https?://[^/]+/forum/topik/{thread.pk}/\?halaman=akhir#kiriman-(\d+)$")
    expect(page).to_have_url(posted)
    post = Post.objects.get(pk=posted.match(page.url)[1])
    assert (post.thread, post.body) == (thread, text)
    return post


def sign_up_and_verify(page, axe, mailoutbox) -> None:
    """On the phone: the sign-up form, the link from the email, its confirmation page, then the login."""
    page.goto("/akun/signup/")
    form = page.locator("form.account-form")
    form.locator("input[name=email]").fill(EMAIL)
    form.locator("input[name=display_name]").fill(DISPLAY_NAME)
    form.locator("input[name=password1]").fill(PASSWORD)
    form.locator("input[name=password2]").fill(PASSWORD)
    check_public_page(page, axe)
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(path_is("/akun/confirm-email/"))
    check_public_page(page, axe)

    resident = get_user_model().objects.get(email=EMAIL)
    assert resident.profile.display_name == DISPLAY_NAME
    assert not EmailAddress.objects.get(user=resident, email=EMAIL).verified

    link = verification_path(mailoutbox, EMAIL)
    page.goto(link)
    check_public_page(page, axe)
    # The form posts to a fresh key of the same confirmation (allauth signs it again, with the time).
    page.locator("form.account-form[action^='/akun/confirm-email/'] button[type=submit]").click()
    expect(page).to_have_url(path_is("/akun/login/"))  # confirming does not log in: the password does
    assert EmailAddress.objects.get(user=resident, email=EMAIL).verified

    check_public_page(page, axe)
    log_in_on_site(page, EMAIL)
    expect(page.locator("nav.account-links .account-links__name")).to_have_text(DISPLAY_NAME)


def ask_dlhp(page, axe, dlhp: UnitPage) -> Thread:
    """From the forum's index to the environment board and its form: the board's unit is chosen already."""
    page.goto("/forum/")
    check_public_page(page, axe)
    page.locator("a[href='/forum/papan/lingkungan/']").first.click()
    expect(page).to_have_url(path_is("/forum/papan/lingkungan/"))
    check_public_page(page, axe)
    page.locator("a.button[href='/forum/papan/lingkungan/baru/']").click()
    expect(page).to_have_url(path_is("/forum/papan/lingkungan/baru/"))

    expect(page.locator("select#id_unit")).to_have_value(str(dlhp.translation_key))
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_body").fill(BODY)
    page.locator("#id_tags").fill("sampah, rijali")
    check_public_page(page, axe)
    page.locator("form.complaint-form button[type=submit]").click()

    expect(page).to_have_url(THREAD_URL)
    return Thread.objects.get(pk=THREAD_URL.match(page.url)[1])


def test_resident_asks_dlhp_gets_an_official_answer_and_a_moderator_hides_a_reported_spam_reply(
    new_page, axe, mailoutbox
):
    dlhp = UnitPage.objects.get(slug=DLHP, locale__language_code="id")

    resident = new_page(**PHONE)
    sign_up_and_verify(resident, axe, mailoutbox)
    thread = ask_dlhp(resident, axe, dlhp)

    assert (thread.title, thread.board.slug, thread.unit) == (TITLE, "lingkungan", dlhp)
    assert thread.author.email == EMAIL
    assert sorted(thread.tags.names()) == ["rijali", "sampah"]
    assert (thread.official_answered_at, thread.held_at) == (None, None)
    expect(resident.locator("h1")).to_have_text(TITLE)
    expect(resident.locator(".thread-waiting .badge--waiting")).to_have_count(1)
    tags = resident.locator("ul.tag-list")
    expect(tags.locator("a[href='/forum/label/sampah/']")).to_have_count(1)
    expect(tags.locator("a[href='/forum/label/rijali/']")).to_have_count(1)
    check_public_page(resident, axe)

    staff = new_page(**DESKTOP)
    log_in_on_site(staff, with_password("petugas.dlhp"))
    staff.goto(f"/forum/topik/{thread.pk}/")
    answer = reply(staff, thread, ANSWER, official=True)

    assert answer.official_unit == dlhp
    thread.refresh_from_db()
    assert thread.official_answered_at is not None
    official = staff.locator(f"#kiriman-{answer.pk}")
    expect(official).to_have_class(re.compile(r"\bpost--official\b"))
    expect(official.locator(".post__author .badge--official")).to_have_count(1)
    expect(official.locator(".post__body")).to_contain_text(ANSWER)
    emailed = [message for message in mailoutbox if message.to == [EMAIL]]
    assert len(emailed) == 2, "the resident follows their thread: the verification, then the official answer"
    assert ANSWER in emailed[-1].body and f"/forum/topik/{thread.pk}/" in emailed[-1].body

    resident.goto(f"/forum/topik/{thread.pk}/")
    expect(resident.locator(".thread-waiting .badge--answered")).to_have_count(1)
    expect(resident.locator(f"#kiriman-{answer.pk}.post--official")).to_have_count(1)
    check_public_page(resident, axe)
    resident.locator(f"form[action='/forum/kiriman/{answer.pk}/jawaban/'] button[type=submit]").click()
    expect(resident).to_have_url(path_is(f"/forum/topik/{thread.pk}/"))

    thread.refresh_from_db()
    assert thread.answer == answer
    expect(resident.locator("article.post").first).to_have_attribute("id", "jawaban")
    expect(resident.locator("#jawaban.post--official .post__body")).to_contain_text(ANSWER)
    expect(resident.locator(f"form[action='/forum/kiriman/{answer.pk}/jawaban/']")).to_have_count(0)
    check_public_page(resident, axe)

    promoter = new_page(**DESKTOP)
    log_in_on_site(promoter, with_password("warga.promo"))
    promoter.goto(f"/forum/topik/{thread.pk}/")
    spam = reply(promoter, thread, SPAM)
    expect(promoter.locator("input[name=official]")).to_have_count(0)  # not the unit's staff

    neighbour = new_page(**PHONE)
    log_in_on_site(neighbour, with_password("warga.yosef"))
    neighbour.goto(f"/forum/topik/{thread.pk}/")
    neighbour.locator(f"#kiriman-{spam.pk} a[href='/forum/kiriman/{spam.pk}/laporkan/']").click()
    expect(neighbour).to_have_url(path_is(f"/forum/kiriman/{spam.pk}/laporkan/"))
    neighbour.locator(f"input[name=reason][value={FlagReason.SPAM}]").check()
    check_public_page(neighbour, axe)
    neighbour.locator("form.complaint-form button[type=submit]").click()
    expect(neighbour).to_have_url(path_is(f"/forum/topik/{thread.pk}/"))

    spam.refresh_from_db()
    assert (spam.flag_count, spam.hidden_at) == (1, None)  # one report is not enough to hide it
    assert list(spam.flags.values_list("user__username", "reason")) == [("warga.yosef", FlagReason.SPAM)]
    assert Post.objects.awaiting_moderation().filter(pk=spam.pk).exists()

    moderator = new_page(**DESKTOP)
    log_in(moderator, "moderator.kominfo")
    queue = reverse("forum_moderation")
    moderator.goto(queue)
    expect(moderator).to_have_url(path_is(queue))
    moderation_page = reverse("forum_moderation_post", args=[spam.pk])
    moderator.locator(f"table.listing a[href='{moderation_page}']").click()
    expect(moderator).to_have_url(path_is(moderation_page))
    expect(moderator.locator("[data-post-body]")).to_contain_text(SPAM)
    hide = moderator.locator(
        f"form[action='{reverse('forum_moderation_action', args=[spam.pk, ModerationAction.HIDDEN])}']"
    )
    hide.locator("textarea[name=reason]").fill(HIDE_REASON)
    hide.locator("button[type=submit]").click()
    expect(moderator).to_have_url(path_is(moderation_page))

    spam.refresh_from_db()
    assert spam.hidden_at is not None
    assert (spam.hidden_by.username, spam.hidden_reason) == ("moderator.kominfo", HIDE_REASON)
    assert spam.flags.filter(resolved_at__isnull=True).count() == 0
    assert not Post.objects.awaiting_moderation().filter(pk=spam.pk).exists()
    assert spam.moderation.filter(action=ModerationAction.HIDDEN, moderator__username="moderator.kominfo").exists()

    visitor = new_page(**PHONE)
    visitor.goto(f"/forum/topik/{thread.pk}/")
    expect(visitor.locator(f"#kiriman-{spam.pk}")).to_have_count(0)
    expect(visitor.locator("#jawaban .post__body")).to_contain_text(ANSWER)
    assert SPAM not in visitor.content()
    check_public_page(visitor, axe)

    promoter.goto(f"/forum/topik/{thread.pk}/")
    hidden_notice = promoter.locator(f"#kiriman-{spam.pk} .callout--warning")
    expect(hidden_notice).to_contain_text(HIDE_REASON)
