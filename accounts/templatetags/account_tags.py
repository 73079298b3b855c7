"""How an account appears on the public site: its display name."""

from django import template

from accounts import selectors

register = template.Library()


@register.filter
def display_name(user) -> str:
    return selectors.display_name(user)
