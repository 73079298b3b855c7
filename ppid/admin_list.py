"""The Daftar Informasi Publik in the admin: each PPID keeps its own body's list, the PPID Utama the city's and, as
the coordinator, every unit's. An entry of another office is not found (404), as for requests; an entry is public
as soon as it is saved, as the list is the PPID's own statement of what it holds."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from ppid import access
from ppid.models import PublicInformation
from reports.models import UnitPage


class ListPolicy(BasePermissionPolicy):
    """Officers of a PPID office may add, change and delete their offices' entries; no one else touches any."""

    def user_has_permission(self, user, action):
        return access.keeps_lists(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return access.entries_for(user).filter(pk=instance.pk).exists()

    def instances_user_has_permission_for(self, user, action):
        return access.entries_for(user)

    def instances_user_has_any_permission_for(self, user, actions):
        return access.entries_for(user)


register_permission_policy(PublicInformation, ListPolicy(PublicInformation))


class ListEntryForm(WagtailAdminModelForm):
    """The unit is one of the officer's offices' units (in the default language, the page the list is filed
    under); only the PPID Utama's officers may leave it empty for the city's own list. Its documents come from the
    officer's offices' collections only, so that no other document becomes public through a list."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offices = access.offices_kept_by(self.for_user)
        units = UnitPage.objects.filter(locale=Locale.get_default())
        if not offices.filter(unit__isnull=True).exists():
            units = units.filter(pk__in=offices.values("unit"))
            self.fields["unit"].required = True
        self.fields["unit"].queryset = units.order_by("title")
        documents = Document.objects.filter(collection__in=offices.values("collection"))
        attachments = self.formsets["attachments"]
        for form in [*attachments.forms, attachments.empty_form]:
            form.fields["document"].queryset = documents


class _OwnEntriesOnly:
    """Another office's entry is not found, whichever screen asks for it."""

    def get_object(self, *args, **kwargs):
        entry = super().get_object(*args, **kwargs)
        if not access.entries_for(self.request.user).filter(pk=entry.pk).exists():
            raise Http404
        return entry


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        return access.entries_for(self.request.user).select_related("unit")


class EditView(_OwnEntriesOnly, generic.EditView):
    pass


class DeleteView(_OwnEntriesOnly, generic.DeleteView):
    pass


class HistoryView(_OwnEntriesOnly, history.HistoryView):
    pass


class UsageView(_OwnEntriesOnly, usage.UsageView):
    pass


class PublicInformationViewSet(ModelViewSet):
    model = PublicInformation
    icon = "list-ul"
    menu_label = _("Public information list")
    menu_order = 321
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = ["title", "unit", "category", "updated_at"]
    list_filter = ["category"]
    index_view_class = IndexView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView
    edit_handler = ObjectList(PublicInformation.panels, base_form_class=ListEntryForm)
