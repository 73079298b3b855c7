"""What the public forms of both wings, complaints and the forum, have in common."""

from django import forms


class PublicForm(forms.Form):
    """Labels without the trailing colon, as everywhere on the public site."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
