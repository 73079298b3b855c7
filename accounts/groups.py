"""Staff roles as Django groups: who is in one, and a group that may use the Wagtail admin for some models."""

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import transaction


def is_member(user: AbstractBaseUser, group_name: str) -> bool:
    """Whether the user is in the group; superusers hold every role."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=group_name).exists()


def admin_group_ensure(name: str, *, app_label: str, managed: list[str]) -> Group:
    """The group with admin access and the add, change, delete and view permissions on the `managed` models."""
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
        codenames = [f"{action}_{model}" for model in managed for action in ("add", "change", "delete", "view")]
        group.permissions.add(*Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
    return group
