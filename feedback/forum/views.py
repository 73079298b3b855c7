"""The forum's public views, called by ForumPage's routes: parse, call a selector or a service, render.

A refusal is a page in the site's design with the reason: 400 for bad input, 403 for what the reader may
not do, 404 for what they may not see, 429 when they post too fast.
"""

from contextlib import contextmanager
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from feedback import ratelimit
from feedback.forum import selectors, services
from feedback.forum.access import is_moderator
from feedback.forum.forms import EditForm, FlagForm, ReplyForm, SortForm, ThreadForm
from feedback.forum.notifications import follow_from_signature
from feedback.models.forum import Board, Post, Thread
from feedback.page_cache import shows_forum, thread_tag
from home.pages import render_route
from pagecache.store import SITE, remember_unless_preview
from reports.models import UnitPage
from reports.selectors import units_in

THREADS_PER_PAGE = 20
POSTS_PER_PAGE = 50


def post_only(view):
    """require_POST for views that take the page before the request."""

    @wraps(view)
    def checked(page, request, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(page, request, *args, **kwargs)

    return checked


def forum_index(page, request):
    shows_forum(request)
    return _render(page, request, "feedback/forum/index.html", {"boards": selectors.boards_with_counts()})


def board(page, request, slug):
    shows_forum(request)
    board = get_object_or_404(Board, slug=slug)
    return _thread_list(
        page,
        request,
        Thread.objects.listed().filter(board=board),
        title=board.label,
        intro=board.description_text,
        board=board,
    )


def tag(page, request, tag):
    shows_forum(request)
    threads = Thread.objects.listed().filter(tags__slug=tag)
    if not threads.exists():
        raise Http404
    return _thread_list(page, request, threads, title=_("Tag: %(tag)s") % {"tag": tag})


def unit_threads(page, request, slug):
    shows_forum(request)
    unit = next((unit for unit in units_in(page.locale_id) if unit.slug == slug), None)
    if unit is None:
        raise Http404
    threads = Thread.objects.listed().filter(unit__translation_key=unit.translation_key)
    return _thread_list(page, request, threads, title=_("Questions to %(unit)s") % {"unit": unit.title}, unit=unit)


def new_thread(page, request, slug):
    board = get_object_or_404(Board, slug=slug)
    if not request.user.is_authenticated:
        return _to_login(request)
    units = units_in(page.locale_id)
    form = ThreadForm(request.POST or None, units=units)
    if board.unit_id and not form.is_bound:
        form.initial["unit"] = str(board.unit.translation_key)
    if request.method == "POST":
        with _posting(request) as posting:
            if not posting.allowed:
                return _too_fast(page, request)
            if form.is_valid():
                unit = form.units.get(form.cleaned_data["unit"])
                try:
                    thread = services.thread_create(
                        board=board,
                        author=request.user,
                        title=form.cleaned_data["title"],
                        body=form.cleaned_data["body"],
                        unit=_default_language_unit(unit),
                        tags=form.cleaned_data["tags"],
                    )
                except PermissionDenied as refusal:
                    return _message(page, request, _("You cannot post"), str(refusal), status=403)
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    posting.keep()
                    if thread.held_at:
                        messages.info(
                            request, _("Thank you. Your first posts are read by a moderator before others see them.")
                        )
                    return HttpResponseRedirect(page.thread_url(thread))
    context = {"board": board, "form": form}
    return _render(page, request, "feedback/forum/thread_form.html", context, status=400 if form.errors else 200)


def thread(page, request, pk):
    shows_forum(request, thread_tag(pk))
    thread = selectors.thread_for(request.user, pk)
    reply_form = ReplyForm(request.POST or None)
    can_answer_officially = _can_answer_officially(request.user, thread)
    if can_answer_officially:  # the addressed unit's staff answer for their unit unless they untick it
        reply_form.fields["official"].initial = True
    else:
        del reply_form.fields["official"]
    status = 200
    if request.method == "POST":
        if not request.user.is_authenticated:
            return _to_login(request)
        with _posting(request) as posting:
            if not posting.allowed:
                return _too_fast(page, request)
            if reply_form.is_valid():
                try:
                    post = services.post_reply(
                        thread=thread,
                        author=request.user,
                        body=reply_form.cleaned_data["body"],
                        official=bool(request.POST.get("official")),
                    )
                except PermissionDenied as refusal:
                    return _message(page, request, _("You cannot post this"), str(refusal), status=403)
                except ValidationError as error:
                    reply_form.add_error(None, error)
                else:
                    posting.keep()
                    if post.held_at:
                        messages.info(
                            request, _("Thank you. Your first posts are read by a moderator before others see them.")
                        )
                    return HttpResponseRedirect(
                        f"{page.thread_url(thread)}?{urlencode({'halaman': 'akhir'})}#kiriman-{post.pk}"
                    )
            status = 400
    can_mark_answer = request.user.is_authenticated and (
        request.user.pk == thread.author_id or is_moderator(request.user)
    )
    unit_title = selectors.unit_title(thread, page.locale_id)
    context = {
        "thread": thread,
        "posts_html": _thread_posts(page, request, thread, can_mark_answer=can_mark_answer, unit_title=unit_title),
        "reply_form": reply_form,
        "can_answer_officially": can_answer_officially,
        "is_following": selectors.is_following(request.user, thread),
        "waiting": selectors.waiting_for_answer(thread),
        "unit_title": unit_title,
    }
    return _render(page, request, "feedback/forum/thread.html", context, status=status)


def _thread_posts(page, request, thread, *, can_mark_answer, unit_title) -> str:
    """The thread's tags, answer and one page of posts, as HTML. An anonymous reader sees what every anonymous
    reader sees, so theirs is rendered once per thread, page of posts, host and language and remembered until the
    thread, a post or the site changes; a member's carries their own buttons and is rendered for them."""
    number = request.GET.get("halaman", "")
    if number != "akhir" and not (number.isascii() and number.isdecimal()):
        number = "1"  # what Paginator.get_page shows for anything else

    def render() -> str:
        paginator = Paginator(selectors.thread_posts(thread, request.user), POSTS_PER_PAGE)
        page_obj = paginator.get_page(paginator.num_pages if number == "akhir" else number)
        shown = selectors.with_authors([*page_obj.object_list, *([thread.answer] if thread.answer else [])])
        now, window = timezone.now(), services.edit_window()
        for post in shown:
            post.can_edit = (
                request.user.is_authenticated
                and post.author_id == request.user.pk
                and not (post.deleted_at or post.hidden_at)
                and now - post.created_at <= window
            )
        context = {
            "page": page,
            "thread": thread,
            "page_obj": page_obj,
            "posts": shown[: len(page_obj.object_list)],
            "answer": shown[-1] if thread.answer else None,
            "elided_page_range": paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1),
            "can_mark_answer": can_mark_answer,
            "unit_title": unit_title,
        }
        return render_to_string("feedback/forum/_thread_posts.html", context, request=request)

    if request.user.is_authenticated:
        return render()
    key = f"thread-posts:{thread.pk}:{number}:{request.get_host()}:{get_language()}"
    return mark_safe(remember_unless_preview(request, key, render, tags=(SITE, thread_tag(thread.pk))))  # noqa: S308 - rendered by the template, escaped there


@post_only
def follow(page, request, pk):
    thread = selectors.thread_for(request.user, pk)
    if not request.user.is_authenticated:
        return _to_login(request)
    if request.POST.get("ikuti") == "0":
        services.thread_unfollow(thread=thread, user=request.user)
        messages.success(request, _("You no longer follow this thread."))
    else:
        services.thread_follow(thread=thread, user=request.user)
        messages.success(request, _("You follow this thread: new replies come by email."))
    return HttpResponseRedirect(page.thread_url(thread))


def edit_post(page, request, pk):
    post = _own_post(request, pk)
    form = EditForm(
        request.POST or None,
        opening=post.is_opening,
        initial={"title": post.thread.title, "body": post.body},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(
                post=post, by=request.user, body=form.cleaned_data["body"], title=form.cleaned_data.get("title")
            )
        except PermissionDenied as refusal:
            return _message(page, request, _("You cannot edit this post"), str(refusal), status=403)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your post has been changed."))
            return HttpResponseRedirect(f"{page.thread_url(post.thread)}#kiriman-{post.pk}")
    context = {"post": post, "form": form}
    return _render(page, request, "feedback/forum/post_edit.html", context, status=400 if form.errors else 200)


@post_only
def delete_post(page, request, pk):
    post = _own_post(request, pk)
    services.post_delete(post=post, by=request.user)
    messages.success(request, _("Your post has been deleted."))
    return HttpResponseRedirect(f"{page.thread_url(post.thread)}#kiriman-{post.pk}")


@post_only
def mark_answer(page, request, pk):
    post = _visible_post(request, pk)
    try:
        services.thread_mark_answer(thread=post.thread, post=post, by=request.user)
    except PermissionDenied as refusal:
        return _message(page, request, _("You cannot mark the answer"), str(refusal), status=403)
    except ValidationError as error:
        return _message(page, request, _("This reply cannot be the answer"), " ".join(error.messages), status=400)
    messages.success(request, _("The reply is marked as the answer."))
    return HttpResponseRedirect(page.thread_url(post.thread))


def flag_post(page, request, pk):
    post = _visible_post(request, pk)
    if not request.user.is_authenticated:
        return _to_login(request)
    form = FlagForm(request.POST or None)
    if request.method == "POST":
        with _posting(request) as posting:
            if not posting.allowed:
                return _too_fast(page, request)
            if form.is_valid():
                try:
                    services.post_flag(post=post, by=request.user, **form.cleaned_data)
                except ValidationError as error:
                    form.add_error(None, error)
                except PermissionDenied as refusal:
                    return _message(page, request, _("You cannot report this post"), str(refusal), status=403)
                else:
                    posting.keep()
                    messages.success(request, _("Thank you: the moderators will look at your report."))
                    return HttpResponseRedirect(page.thread_url(post.thread))
    context = {"post": selectors.with_authors([post])[0], "form": form}
    return _render(page, request, "feedback/forum/flag_form.html", context, status=400 if form.errors else 200)


def unsubscribe(page, request, follow_id, signature):
    follow = follow_from_signature(follow_id, signature)
    if follow is None:
        return _message(
            page,
            request,
            _("This link does not work"),
            _("The unsubscribe link is incomplete, or you have already stopped following the thread."),
            status=400,
        )
    if request.method == "POST":
        thread = follow.thread
        follow.delete()
        return _message(
            page,
            request,
            _("You have unsubscribed"),
            _("You will get no more emails about “%(title)s”.") % {"title": thread.title},
        )
    return _render(page, request, "feedback/forum/unsubscribe.html", {"thread": follow.thread})


def _thread_list(page, request, threads, *, title, intro="", board=None, unit=None):
    sort = SortForm(request.GET or None)
    threads = sort.sorted(threads).select_related("board", "unit")
    page_obj = Paginator(threads, THREADS_PER_PAGE).get_page(request.GET.get("halaman"))
    rows = selectors.thread_rows(list(page_obj.object_list), page.locale_id)
    query = request.GET.copy()
    query.pop("halaman", None)
    context = {
        "title": title,
        "intro": intro,
        "board": board,
        "unit": unit,
        "sort": sort,
        "page_obj": page_obj,
        "rows": rows,
        "elided_page_range": page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1),
        "filter_query": query.urlencode(),
    }
    return _render(page, request, "feedback/forum/thread_list.html", context, status=400 if sort.errors else 200)


def _can_answer_officially(user, thread) -> bool:
    return bool(thread.unit_id) and UnitPage.objects.staffed_by(user).filter(pk=thread.unit_id).exists()


def _default_language_unit(unit):
    """Threads point at the default language's unit page, as complaints do."""
    if unit is None:
        return None
    return UnitPage.objects.canonical().filter(translation_key=unit.translation_key).first()


def _own_post(request, pk) -> Post:
    """The reader's own post (404 for anyone else's, so that nobody learns what they may not see)."""
    if not request.user.is_authenticated:
        raise Http404
    return get_object_or_404(Post.objects.select_related("thread"), pk=pk, author=request.user)


def _visible_post(request, pk) -> Post:
    post = get_object_or_404(Post.objects.visible_to(request.user).select_related("thread"), pk=pk)
    selectors.thread_for(request.user, post.thread_id)
    return post


@contextmanager
def _posting(request):
    """A post counted against the account's and the address's hourly limits; it counts only once it is made."""
    limits = {
        f"forum:user:{request.user.pk}": settings.FORUM_POSTS_PER_HOUR,
        f"forum:ip:{ratelimit.client_address(request)}": settings.FORUM_POSTS_PER_HOUR_PER_IP,
    }
    with ratelimit.attempts(limits) as posting:
        yield posting


def _too_fast(page, request):
    """429 when the account or the address posted too often in the last hour."""
    response = _message(
        page,
        request,
        _("Please slow down"),
        _(
            "You have posted a lot in the last hour. Please wait a while before posting again; "
            "what you wrote is not lost if you go back."
        ),
        status=429,
    )
    response["Retry-After"] = str(ratelimit.WINDOW_SECONDS)
    return response


def _to_login(request):
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}")


def _message(page, request, title, message, status=200):
    return _render(page, request, "feedback/forum/message.html", {"title": title, "message": message}, status=status)


def _render(page, request, template, context, status=200):
    return render_route(page, request, template, {"rules": page.rules, **context}, status)
