"""How an account appears on the public site: its name and, for unit staff, the official badge."""

from django import template
from django.utils.html import format_html

from accounts import badges

register = template.Library()


@register.simple_tag
def author_label(author: badges.Author) -> str:
    """The author's name, followed by their official badge when they answer for a unit."""
    if author.badge:
        return format_html(
            '<span class="author">{}</span> <span class="badge badge--official">{}</span>', author.name, author.badge
        )
    return format_html('<span class="author">{}</span>', author.name)


@register.filter
def display_name(user) -> str:
    return badges.display_name(user)
