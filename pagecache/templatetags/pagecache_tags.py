"""`{% remembered %}`: a part of a template rendered once and remembered until what it shows changes.

    {% load pagecache_tags %}
    {% remembered "dashboard-tables" page.pk dashboard.year tags="site" %} ... {% endremembered %}

The name and the values after it make the key, with the host and the language; `tags` (space-separated, "site"
when left out) say which purges make it stale (see pagecache.store). Only for what is the same for every visitor:
nothing about the user, no CSRF token, no time passing. A Wagtail preview always renders it.
"""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from pagecache.store import SITE, remember_unless_preview

register = template.Library()


class RememberedNode(template.Node):
    def __init__(self, nodelist, name, parts, tags):
        self.nodelist, self.name, self.parts, self.tags = nodelist, name, parts, tags

    def render(self, context):
        request = context["request"]
        parts = ":".join(str(part.resolve(context)) for part in self.parts)
        key = f"fragment:{self.name.resolve(context)}:{parts}:{request.get_host()}:{translation.get_language()}"
        tags = self.tags.resolve(context).split() if self.tags else [SITE]
        html = remember_unless_preview(request, key, lambda: str(self.nodelist.render(context)), tags=tags)
        return mark_safe(html)  # noqa: S308 - the template's own output, escaped when it was rendered


@register.tag
def remembered(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% remembered %} needs a name.")
    tags = None
    if bits[-1].startswith("tags="):
        tags = parser.compile_filter(bits.pop()[len("tags=") :])
    name, parts = parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    nodelist = parser.parse(("endremembered",))
    parser.delete_first_token()
    return RememberedNode(nodelist, name, parts, tags)
