"""A partial index on the search entries not yet weighed (`title_norm = 1.0`), so that indexing one object finds its
new entries without reading the whole table (search/backends/norms.py). SQLite and PostgreSQL both have partial
indexes."""

from django.db import migrations

INDEX = "search_indexentry_new_norm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor in ("sqlite", "postgresql"):
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry (id) WHERE title_norm = 1.0"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in ("sqlite", "postgresql"):
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_information_kind"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
