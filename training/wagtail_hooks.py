"""The organiser's screens: modules (revised with a reason once evaluated) and sessions, under "ASN training"."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from training.admin_forms import TrainingModuleForm
from training.models import TrainingModule, TrainingSession


class TrainingModuleViewSet(SnippetViewSet):
    model = TrainingModule
    icon = "list-ul"
    menu_label = _("Modules")
    list_display = ["title", "programme", "method", "hours"]
    list_filter = ["programme"]
    edit_handler = ObjectList(
        [
            FieldPanel("programme"),
            FieldPanel("title"),
            FieldPanel("objectives"),
            FieldPanel("method"),
            FieldPanel("hours"),
            FieldPanel("trainer"),
            FieldPanel("sort_order"),
            FieldPanel("revision_reason"),
            FieldPanel("prompted_by"),
        ],
        base_form_class=TrainingModuleForm,
    )


class TrainingSessionViewSet(SnippetViewSet):
    model = TrainingSession
    icon = "date"
    menu_label = _("Sessions")
    list_display = ["programme", "starts_on", "ends_on", "mode", "capacity"]
    list_filter = ["programme", "mode"]


class TrainingViewSetGroup(SnippetViewSetGroup):
    items = (TrainingModuleViewSet, TrainingSessionViewSet)
    menu_label = _("ASN training")
    menu_icon = "group"
    menu_order = 300


register_snippet(TrainingViewSetGroup)


@hooks.register("before_delete_snippet")
def keep_evaluated_modules(request, instances):
    """A module participants evaluated stays, with its evaluations: revise it instead of deleting it."""
    evaluated = [item for item in instances if isinstance(item, TrainingModule) and item.evaluations.exists()]
    if evaluated:
        messages.error(request, _("An evaluated module cannot be deleted: revise it instead, so its history stays."))
        return redirect(TrainingModule.snippet_viewset.get_url_name("list"))
    return None
