"""State changes of government units."""

from django.contrib.auth.models import Group
from django.db import transaction

from reports.models import UnitPage


def unit_ensure_staff_group(*, unit: UnitPage) -> Group:
    """Every unit needs a staff group: membership is what later grants handling of its complaints."""
    if unit.staff_group_id:
        return unit.staff_group
    with transaction.atomic():
        group, _created = Group.objects.get_or_create(name=f"Petugas {unit.short_name or unit.title}")
        UnitPage.objects.filter(pk=unit.pk).update(staff_group=group)
        unit.staff_group = group
    return group
