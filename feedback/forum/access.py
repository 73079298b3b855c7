"""Who moderates the forum: communications staff (Diskominfo) in the "Moderator Forum" group, or superusers."""

from django.contrib.auth.models import AbstractBaseUser, Group

from accounts.groups import admin_group_ensure, is_member

MODERATOR_GROUP = "Moderator Forum"


def is_moderator(user: AbstractBaseUser) -> bool:
    return is_member(user, MODERATOR_GROUP)


def moderator_group_ensure() -> Group:
    """The forum moderators' group: the Wagtail admin, where the moderation queue is, and the boards."""
    return admin_group_ensure(MODERATOR_GROUP, app_label="feedback", managed=["board"])
