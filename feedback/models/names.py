from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class NamedInTwoLanguages(models.Model):
    """A name and description the city writes in Indonesian and English; readers get their language's."""

    name = models.CharField(_("name (Indonesian)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    description = models.TextField(_("description (Indonesian)"), max_length=500)
    description_en = models.TextField(_("description (English)"), max_length=500)

    class Meta:
        abstract = True

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return self.name_en if reads_english() and self.name_en else self.name

    @property
    def description_text(self) -> str:
        return self.description_en if reads_english() and self.description_en else self.description


def reads_english() -> bool:
    """Whether the reader's language is English (texts the city writes in two languages pick theirs)."""
    return (get_language() or "").startswith("en")
