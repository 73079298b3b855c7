"""Similar complaints before filing: open, public complaints of the same category in the same kelurahan or within
500 m, with status and age, shown with and without JavaScript; never unchecked, rahasia or closed ones."""

from decimal import Decimal

import pytest

from feedback.complaints.selectors import similar_open
from feedback.models import Complaint, Privacy, Status
from tests.factories import ComplaintCategoryFactory, file_complaint
from tests.feedback.complaints.test_filing import form_data

pytestmark = pytest.mark.django_db

BATU_MERAH, HONIPOPU = "81.71.02.2003", "81.71.02.1018"
MARDIKA = (Decimal("-3.694000"), Decimal("128.183000"))  # a point in Batu Merah


def filed(category, *, status=Status.ROUTED, village=BATU_MERAH, privacy=Privacy.PUBLIC, at=None, title=None):
    complaint = file_complaint(
        category,
        village_code=village,
        privacy=privacy,
        latitude=at[0] if at else None,
        longitude=at[1] if at else None,
        title=title or f"Jalan berlubang ({status})",
    ).complaint
    Complaint.objects.filter(pk=complaint.pk).update(status=status)
    complaint.refresh_from_db()
    return complaint


def codes(found):
    return [similar.complaint.tracking_code for similar in found]


def test_only_open_public_checked_complaints_of_the_category_in_the_kelurahan_are_similar(category):
    routed = filed(category)
    responded = filed(category, status=Status.RESPONDED)
    for hidden in (
        filed(category, status=Status.SUBMITTED),  # not yet checked by a verifier
        filed(category, privacy=Privacy.CONFIDENTIAL),
        filed(category, status=Status.RESOLVED),
        filed(category, status=Status.REJECTED),
        filed(category, village=HONIPOPU),
        filed(ComplaintCategoryFactory(unit=category.unit)),
    ):
        assert hidden.tracking_code

    found = similar_open(category=category, village_code=BATU_MERAH)

    assert sorted(codes(found)) == sorted([routed.tracking_code, responded.tracking_code])


def test_a_complaint_within_500_m_in_another_kelurahan_is_similar_and_one_farther_is_not(category):
    near = filed(category, village=HONIPOPU, at=(Decimal("-3.697000"), Decimal("128.183000")))  # ~330 m south
    far = filed(category, village=HONIPOPU, at=(Decimal("-3.710000"), Decimal("128.183000")))  # ~1.8 km
    same_village = filed(category, at=MARDIKA)

    found = similar_open(category=category, village_code=BATU_MERAH, latitude=MARDIKA[0], longitude=MARDIKA[1])

    assert codes(found) == [same_village.tracking_code, near.tracking_code]  # nearest first
    assert [similar.meters for similar in found] == [0, 334]
    assert far.tracking_code not in codes(found)


def test_checking_without_javascript_keeps_what_was_typed_and_files_nothing(client, page, category):
    similar = filed(category, title="Lubang besar depan masjid Batu Merah")
    data = form_data(client, page, category, village=BATU_MERAH, title="Jalan rusak lagi", check_similar="1")

    response = client.post(page.url + "ajukan/", data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Lubang besar depan masjid Batu Merah" in html and similar.get_status_display() in html
    assert f'href="{page.url}lacak/{similar.tracking_code}/"' in html
    assert 'value="Jalan rusak lagi"' in html and data["submission_key"] in html
    assert "field--error" not in html  # not checked yet: no error marks
    assert Complaint.objects.count() == 1


def test_the_fragment_for_the_script_lists_them_and_says_so_when_there_are_none(client, page, category):
    similar = filed(category)
    url = page.url + "ajukan/serupa/"

    found = client.get(url, {"category": category.pk, "village": BATU_MERAH}).content.decode()
    none = client.get(url, {"category": category.pk, "village": HONIPOPU}).content.decode()
    nothing_yet = client.get(url, {"category": category.pk}).content.decode()
    wrong = client.get(url, {"category": "x", "village": "<script>"})

    assert similar.title in found and "<html" not in found
    assert "Belum ada pengaduan terbuka" in none
    assert nothing_yet.strip() == ""
    assert wrong.status_code == 200 and wrong.content.decode().strip() == ""
