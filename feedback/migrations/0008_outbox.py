"""The outbox (issue 25): complaint notifications gain the moments they were queued and handed to the mail server,
and forum emails become rows of their own (FollowerEmail) instead of bare queued tasks.

Forum emails still waiting as tasks of the old `send_forum_email(follow_id, post_id)` become FollowerEmail rows,
which the sweep queues; the old tasks are removed, so that nothing is sent twice and nothing is lost.
"""

import django.db.models.deletion
from django.db import migrations, models


OLD_FORUM_TASK = "feedback.forum.tasks.send_forum_email"


def forum_tasks_to_rows(apps, schema_editor):
    try:
        task_results = apps.get_model("django_tasks_database", "DBTaskResult")
    except LookupError:
        return
    emails = apps.get_model("feedback", "FollowerEmail")
    follows = apps.get_model("feedback", "Follow")
    posts = apps.get_model("feedback", "Post")
    waiting = task_results.objects.filter(task_path=OLD_FORUM_TASK, status="READY")
    for result in waiting:
        follow_id, post_id = result.args_kwargs["args"]
        if follows.objects.filter(pk=follow_id).exists() and posts.objects.filter(pk=post_id).exists():
            emails.objects.get_or_create(follow_id=follow_id, post_id=post_id)
    waiting.delete()


class Migration(migrations.Migration):

    dependencies = [
        ('feedback', '0007_email_tasks_moved_into_the_wings'),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.AddField(
            model_name='notification',
            name='handed_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='handed to the mail server'),
        ),
        migrations.AddField(
            model_name='notification',
            name='queued_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='queued'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='status',
            field=models.CharField(choices=[('menunggu', 'Waiting to be sent'), ('mengirim', 'Being sent'), ('terkirim', 'Sent'), ('gagal', 'Failed'), ('takpasti', 'Sent, unconfirmed'), ('batal', 'Not needed any more')], default='menunggu', max_length=10, verbose_name='delivery'),
        ),
        migrations.CreateModel(
            name='FollowerEmail',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('menunggu', 'Waiting to be sent'), ('mengirim', 'Being sent'), ('terkirim', 'Sent'), ('gagal', 'Failed'), ('takpasti', 'Sent, unconfirmed'), ('batal', 'Not needed any more')], default='menunggu', max_length=10, verbose_name='delivery')),
                ('attempts', models.PositiveSmallIntegerField(default=0, verbose_name='attempts')),
                ('last_error', models.TextField(blank=True, verbose_name='last error')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('queued_at', models.DateTimeField(blank=True, null=True, verbose_name='queued')),
                ('attempted_at', models.DateTimeField(blank=True, null=True, verbose_name='last attempt')),
                ('handed_at', models.DateTimeField(blank=True, null=True, verbose_name='handed to the mail server')),
                ('sent_at', models.DateTimeField(blank=True, null=True, verbose_name='sent')),
                ('follow', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='emails', to='feedback.follow')),
                ('post', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='feedback.post')),
            ],
            options={
                'verbose_name': 'follower email',
                'verbose_name_plural': 'follower emails',
                'constraints': [models.UniqueConstraint(fields=('follow', 'post'), name='one_email_per_follower_and_post')],
            },
        ),
        migrations.RunPython(forum_tasks_to_rows, migrations.RunPython.noop),
    ]
