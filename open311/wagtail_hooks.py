"""The Open311 clients in the admin (Settings → Open311 clients): adding one shows its key once; unticking
"active" revokes it at once."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from open311.models import ApiClient


class ApiClientCreateView(CreateView):
    def save_instance(self):
        self.key = self.form.instance.issue_key()
        return super().save_instance()

    def get_success_message(self, instance):
        return _("Open311 client “%(name)s” added. Its key, shown only now: %(key)s") % {
            "name": instance.name,
            "key": self.key,
        }


class ApiClientViewSet(SnippetViewSet):
    model = ApiClient
    icon = "key"
    menu_label = gettext_lazy("Open311 clients")
    add_to_settings_menu = True
    add_view_class = ApiClientCreateView
    list_display = ["name", "contact", "key_prefix", "hourly_limit", "active", "created_at"]
    list_filter = ["active"]


register_snippet(ApiClientViewSet)
