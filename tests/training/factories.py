"""Training programmes, modules and sessions for the tests."""

from datetime import timedelta

import factory
import wagtail_factories

from feedback.deadlines import local_today
from tests.factories import UnitStaffFactory
from training import services
from training.models import (
    Enrolment,
    Method,
    Mode,
    TrainingIndexPage,
    TrainingModule,
    TrainingProgrammePage,
    TrainingSession,
)


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Pelatihan ASN"
    slug = "pelatihan"

    class Meta:
        model = TrainingIndexPage


class TrainingProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Komunikasi Pelayanan Publik {n}")
    summary = "Pelatihan komunikasi bagi ASN yang melayani warga secara langsung."
    needs_finding = "Survei menemukan 62% ASN garda depan belum pernah dilatih menangani pengaduan."
    needs_survey = "Survei kebutuhan pelatihan BKPSDM 2025"
    needs_respondents = 418
    target_participants = "ASN di loket pelayanan dan unit pengaduan"
    target_indicator = "ASN terlatih komunikasi pelayanan publik"

    class Meta:
        model = TrainingProgrammePage


class TrainingModuleFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Modul {n}: melayani dengan empati")
    objectives = "Peserta mampu mendengarkan dan menjawab keluhan warga dengan jelas."
    method = Method.SIMULATION
    hours = 4
    trainer = "Universitas Pattimura"

    class Meta:
        model = TrainingModule


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    starts_on = factory.LazyFunction(lambda: local_today() + timedelta(days=7))
    ends_on = factory.LazyAttribute(lambda session: session.starts_on + timedelta(days=2))
    mode = Mode.CLASSROOM
    place = "Aula BKPSDM Kota Ambon"
    capacity = 30

    class Meta:
        model = TrainingSession


def past_session(programme, **fields):
    return TrainingSessionFactory(
        programme=programme,
        starts_on=local_today() - timedelta(days=10),
        ends_on=local_today() - timedelta(days=8),
        **fields,
    )


def participants(unit, count):
    return [UnitStaffFactory(unit=unit) for _ in range(count)]


def evaluated(session, module, ratings, unit):
    """Each rating given by a new participant of `session` (enrolled directly: the session is past)."""
    for participant, rating in zip(participants(unit, len(ratings)), ratings, strict=True):
        enrolment = Enrolment.objects.create(session=session, participant=participant)
        services.evaluation_submit(enrolment=enrolment, ratings={module.pk: rating}, comments={})
