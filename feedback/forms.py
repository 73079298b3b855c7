"""What the public forms of both wings, complaints and the forum, have in common."""

from django import forms

from accounts.plain_text import without_format_characters


class PublicForm(forms.Form):
    """Labels without the trailing colon, as everywhere on the public site; what is typed is kept without the
    invisible characters that reorder or hide text (accounts.plain_text)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = without_format_characters(value)
        return cleaned
