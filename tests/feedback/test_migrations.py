"""Data migrations of the feedback app, run against rows as an older release left them."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult

from feedback.complaints.tasks import send_notification

moved_tasks = importlib.import_module("feedback.migrations.0007_email_tasks_moved_into_the_wings")
reply_templates = importlib.import_module("feedback.migrations.0014_reply_templates")

pytestmark = pytest.mark.django_db


def queued(task_path: str) -> DBTaskResult:
    return DBTaskResult.objects.create(
        task_path=task_path,
        args_kwargs={"args": [1], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
        exception_class_path="",
        traceback="",
    )


def test_emails_queued_before_the_move_are_pointed_at_the_tasks_new_home_and_back():
    complaint_email = queued("feedback.tasks.send_notification")
    forum_email = queued("feedback.tasks.send_forum_email")
    other = queued("search.tasks.documents_sync")

    moved_tasks.forwards(apps, None)

    complaint_email.refresh_from_db()
    forum_email.refresh_from_db()
    assert import_string(complaint_email.task_path) is send_notification
    assert forum_email.task_path == "feedback.forum.tasks.send_forum_email"
    assert DBTaskResult.objects.get(pk=other.pk).task_path == "search.tasks.documents_sync"

    moved_tasks.backwards(apps, None)

    assert DBTaskResult.objects.get(pk=complaint_email.pk).task_path == "feedback.tasks.send_notification"


def test_verifiers_of_an_existing_site_may_keep_the_reply_templates_once_migrated():
    verifiers = Group.objects.create(name=reply_templates.VERIFIER_GROUP)
    state = MigrationLoader(connection).project_state(("feedback", "0014_reply_templates")).apps  # as migrate has it

    reply_templates.let_verifiers_keep_templates(state, None)

    assert set(verifiers.permissions.values_list("codename", flat=True)) == {
        "add_replytemplate",
        "change_replytemplate",
        "delete_replytemplate",
        "view_replytemplate",
    }
    reply_templates.let_verifiers_keep_templates(apps, None)  # and with the project's apps, as a test calls it
    assert apps.get_app_config("feedback").models_module is not True  # the registry is left as it was
