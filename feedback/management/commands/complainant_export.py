"""Everything held about one complainant, as JSON: the answer to a subject-access request under UU PDP."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from feedback.complaints.identity import complainant_data


class Command(BaseCommand):
    help = "Print as JSON everything held about the complainant with this email address."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="The complainant's email address.")

    def handle(self, *args, email: str, **options):
        email = email.strip()
        if not email:
            raise CommandError("Give the complainant's email address.")
        data = complainant_data(email)
        self.stdout.write(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
