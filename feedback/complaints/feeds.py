"""The public complaint list as an RSS feed, with the same filters, for newsrooms and residents who follow a unit."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

FEED_ITEMS = 50


class PublicComplaintsFeed(Feed):
    """The newest publicly listed complaints; what the list shows and nothing more (no identity, no files)."""

    def __init__(self, page, complaints, list_url: str):
        super().__init__()
        self.page = page
        self.complaints = complaints
        self.list_url = list_url

    def title(self):
        return f"{_('Public complaints')} · {self.page.title}"

    def link(self):
        return self.list_url

    def description(self):
        return _("Complaints to the Ambon City Government and how they are handled, newest first.")

    def items(self):
        return self.complaints[:FEED_ITEMS]

    def item_title(self, complaint):
        return f"{complaint.tracking_code}: {complaint.title}"

    def item_description(self, complaint):
        unit = complaint.unit_here.title if complaint.unit_here else _("Not routed to a unit")
        return f"{complaint.get_status_display()} · {complaint.category.label} · {unit} · {complaint.place}"

    def item_link(self, complaint):
        return self.page.url + self.page.reverse_subpage("public", args=[complaint.tracking_code])

    def item_pubdate(self, complaint):
        return complaint.submitted_at

    def item_guid(self, complaint):
        return complaint.tracking_code

    item_guid_is_permalink = False
