"""The data migration that gives the workflow, and what Wagtail creates in English, Indonesian names."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import Task, Workflow

names = importlib.import_module("reports.migrations.0003_workflow_names_in_indonesian")

pytestmark = pytest.mark.django_db


def test_a_new_site_has_wagtails_default_groups_workflow_and_task_in_indonesian():
    assert Group.objects.filter(name__in=["Moderator", "Penyunting"]).count() == 2
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    assert Workflow.objects.filter(name="Persetujuan moderator").exists()
    assert Task.objects.filter(name="Persetujuan moderator").exists()


def test_an_existing_sites_review_workflow_is_renamed_and_a_name_an_administrator_chose_stays():
    review = Workflow.objects.create(name="Review by Bagian Organisasi")
    Group.objects.filter(name="Penyunting").update(name="Redaksi Kominfo")  # renamed by hand since
    Group.objects.create(name="Editors")

    names.rename(apps, None)

    review.refresh_from_db()
    assert review.name == "Tinjauan Bagian Organisasi"
    assert set(Group.objects.filter(name__in=["Redaksi Kominfo", "Penyunting"]).values_list("name", flat=True)) == {
        "Redaksi Kominfo",
        "Penyunting",
    }


def test_the_names_go_back_when_the_migration_is_reversed():
    names.rename(apps, None, backwards=True)

    assert Workflow.objects.filter(name="Moderators approval").exists()
    assert Group.objects.filter(name="Moderators").exists()
