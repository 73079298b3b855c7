"""The demo's ASN training as `load_demo` builds it: BKPSDM's three programmes, evaluated sessions, a module revised
after its feedback, and early warnings with and without a follow-up."""

from wagtail.models import Locale

from training.models import PerformanceSignal, TrainingProgrammePage


def test_the_three_programmes_are_published_in_both_languages_with_their_evaluations(demo, client):
    programmes = TrainingProgrammePage.objects.live().filter(locale__language_code="id")

    assert set(programmes.values_list("slug", flat=True)) == {
        "komunikasi-pelayanan-publik",
        "manajemen-proyek",
        "inovasi-pemerintahan",
    }
    communication = programmes.get(slug="komunikasi-pelayanan-publik")
    page = client.get(communication.url).content.decode()
    assert "Rata-rata nilai 4,50 dari 5, dari 6 evaluasi" in page  # (5 + 4 + 5 + 4 + 5 + 4) / 6
    assert "Direvisi 1 kali" in page
    assert "Terlalu banyak teori" not in page  # comments stay with the organiser
    innovation = client.get(programmes.get(slug="inovasi-pemerintahan").url).content.decode()
    assert "4 evaluasi sejauh ini" in innovation  # under five: no totals
    english = communication.get_translation(Locale.objects.get(language_code="en"))
    in_english = client.get(english.url).content.decode()
    assert "Public-service communication" in in_english
    assert "Writing the official answer: a case study of Ambon complaints" in in_english  # revised, in English
    assert "Mean rating 4.50 of 5, from 6 evaluations" in in_english and "Revised once" in in_english
    assert "58% of civil servants in service units" in in_english


def test_the_demo_has_early_warnings_with_and_without_a_follow_up(demo, client):
    signals = PerformanceSignal.objects.prefetch_related("follow_ups")

    followed = [signal for signal in signals if signal.follow_ups.all()]
    assert followed and len(followed) < len(signals)
    assert followed[0].unit.slug == "dinas-pertanian"
    assert followed[0].follow_ups.get().written_by.username == "petugas.pertanian"  # the unit's own staff
    assert "Penyuluh dan PPTK Dinas Pertanian" in client.get(followed[0].unit.url).content.decode()
