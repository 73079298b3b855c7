"""Post bodies: plain text with a small Markdown subset, rendered to HTML that is safe whatever was typed.

markdown-it-py parses with raw HTML switched off, so `<script>` arrives as text; nh3 (ammonia) then keeps only
the tags of the subset and links to http, https and mailto, so a `javascript:` link loses its address.
"""

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}

_parser = MarkdownIt("zero", {"breaks": True, "html": False, "linkify": False}).enable(
    ["emphasis", "link", "list", "blockquote", "backticks", "fence", "newline"]
)


def render(text: str) -> SafeString:
    """The HTML of a post's text: the subset only, links marked as user content and opened without a referrer."""
    html = _parser.render(text)
    return mark_safe(  # noqa: S308 - cleaned by nh3 just before
        nh3.clean(
            html,
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=URL_SCHEMES,
            link_rel="nofollow ugc noopener noreferrer",
        )
    )
