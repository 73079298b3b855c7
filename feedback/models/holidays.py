"""Days the city's offices are closed beyond the national calendar, which complaint deadlines skip."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CityHoliday(models.Model):
    """A day off the city declares on top of the national public holidays (e.g. a local cuti bersama)."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["date"]
        verbose_name = _("city day off")
        verbose_name_plural = _("city days off")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.name}"
