"""People and records the search tests need beyond tests/factories.py: verifiers, moderators, verified complaints."""

import factory

from feedback.complaints.access import verifier_group_ensure
from feedback.complaints.services import complaint_route
from feedback.forum.access import moderator_group_ensure
from feedback.models import Complaint, ComplaintCategory
from tests.accounts.factories import UserFactory
from tests.factories import file_complaint


class VerifierFactory(UserFactory):
    """A complaint verifier: routes (*disposisi*) or rejects what residents file, and so publishes it."""

    username = factory.Sequence(lambda n: f"verifikator{n}")

    @factory.post_generation
    def verifier_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(verifier_group_ensure())


class ModeratorFactory(UserFactory):
    """A forum moderator: hides, approves and redacts posts."""

    username = factory.Sequence(lambda n: f"moderator{n}")

    @factory.post_generation
    def moderator_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(moderator_group_ensure())


def verified_complaint(category: ComplaintCategory, *, by, **fields) -> Complaint:
    """A complaint filed as a resident would and routed to its category's unit: the public list shows it."""
    return complaint_route(complaint=file_complaint(category, **fields).complaint, by=by)
