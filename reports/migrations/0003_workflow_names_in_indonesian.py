"""The review workflow, and what Wagtail creates in English on a new site (its default groups, workflow and task),
get Indonesian names: they are data, which no catalogue translates, and staff read them on every submitted page.
Only rows still carrying the old name are renamed, so a name an administrator chose stays."""

from django.db import migrations

RENAMED = {
    ("wagtailcore", "Workflow"): {
        "Review by Bagian Organisasi": "Tinjauan Bagian Organisasi",
        "Moderators approval": "Persetujuan moderator",
    },
    ("wagtailcore", "Task"): {"Moderators approval": "Persetujuan moderator"},
    ("auth", "Group"): {"Moderators": "Moderator", "Editors": "Penyunting"},
}


def rename(apps, schema_editor, *, backwards=False):
    for (app_label, model_name), names in RENAMED.items():
        model = apps.get_model(app_label, model_name)
        for old, new in names.items():
            if backwards:
                old, new = new, old
            if not model.objects.filter(name=new).exists():
                model.objects.filter(name=old).update(name=new)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0002_performance_reports"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [
        migrations.RunPython(rename, lambda apps, schema_editor: rename(apps, schema_editor, backwards=True)),
    ]
