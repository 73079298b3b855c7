"""The email tasks moved from feedback/tasks.py into the wings that send them (issue 15).

Tasks already queued under the old path would no longer import, so waiting ones are pointed at the new one.
Only the database task backend keeps queued tasks; with another backend there is nothing to rewrite.
"""

from django.db import migrations

MOVED = {
    "feedback.tasks.send_notification": "feedback.complaints.tasks.send_notification",
    "feedback.tasks.send_forum_email": "feedback.forum.tasks.send_forum_email",
}


def rewrite(apps, schema_editor, paths):
    try:
        task_results = apps.get_model("django_tasks_database", "DBTaskResult")
    except LookupError:
        return
    for old, new in paths.items():
        task_results.objects.filter(task_path=old).update(task_path=new)


def forwards(apps, schema_editor):
    rewrite(apps, schema_editor, MOVED)


def backwards(apps, schema_editor):
    rewrite(apps, schema_editor, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0006_forum"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
