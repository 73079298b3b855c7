"""A programme of Dinas PUPR with two modules, shared by the training tests."""

import pytest

from tests.training.factories import TrainingIndexPageFactory, TrainingModuleFactory, TrainingProgrammePageFactory


@pytest.fixture
def programme(home, unit):
    index = TrainingIndexPageFactory(parent=home)
    return TrainingProgrammePageFactory(parent=index, organiser=unit, slug="komunikasi-pelayanan")


@pytest.fixture
def modules(programme):
    return [
        TrainingModuleFactory(programme=programme, title="Mendengarkan keluhan", sort_order=1),
        TrainingModuleFactory(programme=programme, title="Menulis jawaban resmi", sort_order=2),
    ]
