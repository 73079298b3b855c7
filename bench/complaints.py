"""How fast gunicorn takes complaints and shows them to the residents who follow them, with thousands filed.

Builds the demo site as bench/serve.py does, files complaints through feedback.complaints.services.complaint_file until
there are `--complaints` of them, then measures the filing form, filing itself (a real form post, with its
CSRF token and submission key) and the three ways of following a complaint. It prints figures and never
asserts: see bench/README.md.

    .venv/bin/python bench/complaints.py [--complaints 3000] [--photo] [--concurrency 8] [--duration 10] ...
"""

import argparse
import io
import os
import random
import re
import secrets
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from common import (
    DB_NAME,
    Client,
    Response,
    Scenario,
    add_arguments,
    demo_site,
    gunicorn,
    manage,
    measure,
    page,
    print_environment,
    print_table_header,
)

FORM = "/pengaduan/ajukan/"
TRACK = "/pengaduan/lacak/"
TRACKING_FILE = "tracking.txt"  # one tracking code a line, followed by the private link's secret when known
PRIVATE_LINKS = 200  # complaints filed at setup whose private link is kept for the private-page measurement
PRIVACY = ("publik", "anonim", "rahasia")  # feedback.models.Privacy
ANONYMOUS = "anonim"
CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
KEY_INPUT = re.compile(rb'name="submission_key" value="([^"]+)"')
FILED = re.compile(r"/pengaduan/terkirim/ADU-[A-Z0-9]{4}-[A-Z0-9]{4}/")
TRACKED = re.compile(r"/pengaduan/lacak/ADU-[A-Z0-9-]+/")
STORIES = [  # title, description, landmark, kelurahan code
    (
        "Jalan berlubang di depan pasar",
        "Lubang makin besar sejak bulan lalu, motor sering jatuh.",
        "Pasar",
        "81.71.01.1012",
    ),
    (
        "Sampah tidak diangkut seminggu",
        "TPS sudah penuh dan sampah meluber ke jalan.",
        "Jl. A.Y. Patty",
        "81.71.02.1011",
    ),
    (
        "Lampu jalan mati",
        "Tiga lampu jalan mati sejak awal bulan, jalan gelap dan rawan.",
        "Depan kampus",
        "81.71.04.2002",
    ),
]
pick = random.Random()  # noqa: S311 (choosing test data, not secrets)

# Run by `manage.py shell`: files complaints until there are BENCH_COMPLAINTS, all today, over every active
# category and privacy level, then writes every tracking code to the tracking file, keeping the private link
# of a sample of the new ones (and of those sampled before, on a reused site).
TOP_UP = """
import os, random, secrets
from datetime import timedelta
from pathlib import Path
from django.db import transaction
from feedback.deadlines import local_today
from demo.tables import COMPLAINTS
from feedback.models import Complaint, ComplaintCategory, Privacy
from feedback.complaints.services import complaint_file

target, sample = int(os.environ["BENCH_COMPLAINTS"]), int(os.environ["BENCH_PRIVATE_LINKS"])
tracking = Path(os.environ["BENCH_TRACKING_FILE"])
links = dict(line.split() for line in tracking.read_text().splitlines() if " " in line) if tracking.exists() else {}
rng = random.Random(target)
categories = list(ComplaintCategory.objects.filter(active=True))
today = local_today()
new = {}
with transaction.atomic():
    for _ in range(target - Complaint.objects.count()):
        category = rng.choice(categories)
        privacy = rng.choice([p for p in Privacy.values if p != Privacy.ANONYMOUS or category.allows_anonymous])
        place, _kecamatan, village_code = rng.choice(COMPLAINTS["places"])
        title, description = rng.choice(COMPLAINTS["stories"][category.name])
        filed = complaint_file(
            category=category,
            title=title.format(place=place),
            description=description.format(place=place),
            place=place,
            village_code=village_code,
            incident_date=today - timedelta(days=rng.randint(0, 60)),
            privacy=privacy,
            submission_key=secrets.token_urlsafe(32),
        )
        new[filed.complaint.tracking_code] = filed.secret
links.update(rng.sample(sorted(new.items()), min(sample, len(new))))
codes = Complaint.objects.order_by("pk").values_list("tracking_code", flat=True)
tracking.write_text("".join(f"{code} {links[code]}\\n" if code in links else f"{code}\\n" for code in codes))
print(len(new))
"""


def add_complaints(directory: Path, env: dict[str, str], target: int) -> None:
    started = time.monotonic()
    print(f"  filing complaints through complaint_file up to {target} ...", end=" ", flush=True)
    settings = {
        "BENCH_COMPLAINTS": str(target),
        "BENCH_PRIVATE_LINKS": str(PRIVATE_LINKS),
        "BENCH_TRACKING_FILE": str(directory / TRACKING_FILE),
    }
    filed = manage(env | settings, directory / "setup.log", "shell", "--no-imports", "-c", TOP_UP).strip()
    print(f"{filed} filed, {time.monotonic() - started:.0f} s")


def read_tracking(directory: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """All tracking codes, and the (code, secret) pairs of the sampled private links."""
    lines = [line.split() for line in (directory / TRACKING_FILE).read_text().splitlines()]
    return [line[0] for line in lines], [(line[0], line[1]) for line in lines if len(line) == 2]


def query(directory: Path, sql: str) -> list[tuple]:
    """Read the benchmark's database directly, past the server, to check what the requests did."""
    with sqlite3.connect(f"file:{directory / DB_NAME}?mode=ro", uri=True) as connection:
        return connection.execute(sql).fetchall()


def complaint_count(directory: Path) -> int:
    return query(directory, "SELECT COUNT(*) FROM feedback_complaint")[0][0]


def multipart(fields: dict[str, str], files: list[tuple[str, str, str, bytes]]) -> tuple[bytes, str]:
    """The body and content type of a multipart/form-data post, the encoding the filing form asks browsers for."""
    boundary = secrets.token_hex(16)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    for name, filename, content_type, content in files:
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
        parts.append(f"{head}Content-Type: {content_type}\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def small_jpeg() -> bytes:
    """A 640×480 photo-like JPEG (noise compresses about as badly as a photo); Pillow only for --photo."""
    from PIL import Image

    out = io.BytesIO()
    Image.effect_noise((640, 480), 24).convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue()


def filing(categories: list[tuple[int, bool]], photo: bytes | None) -> Scenario:
    """A new resident opens the form and sends a valid complaint; only the post is timed.

    Each round starts with an empty cookie jar, as a new visitor: one jar for all of a thread's filings would
    pile up every private-link secret in a single session and measure that growing session instead.
    """

    def step(client: Client) -> Response:
        client.cookies.clear()
        form = client.get(FORM)
        token, key = CSRF_INPUT.search(form.body), KEY_INPUT.search(form.body)
        if form.status != 200 or token is None or key is None:
            return form  # not the expected answer, so it counts as an error
        category, allows_anonymous = pick.choice(categories)
        title, description, place, village = pick.choice(STORIES)
        fields = {
            "csrfmiddlewaretoken": token[1].decode(),
            "submission_key": key[1].decode(),
            "category": str(category),
            "title": title,
            "description": description,
            "place": place,
            "village": village,
            "latitude": "",
            "longitude": "",
            "incident_date": (date.today() - timedelta(days=pick.randint(1, 30))).isoformat(),
            "name": "",
            "email": "",
            "phone": "",
            "privacy": pick.choice([p for p in PRIVACY if p != ANONYMOUS or allows_anonymous]),
            "consent": "on",
            "website": "",  # the honeypot: people leave it empty
        }
        files = [("attachments", "foto.jpg", "image/jpeg", photo)] if photo else []
        body, content_type = multipart(fields, files)
        headers = {"Content-Type": content_type, "Origin": client.origin, "Referer": client.origin + FORM}
        return client.request("POST", FORM, body=body, headers=headers)

    label = f"{FORM} POST{' + photo' if photo else ''} (the POST only)"
    return Scenario(label, step, ok=lambda response: redirected(response, FILED))


def redirected(response: Response, target: re.Pattern) -> bool:
    return response.status == 302 and target.fullmatch(response.headers.get("Location", "")) is not None


def tracking(codes: list[str], links: list[tuple[str, str]]) -> list[Scenario]:
    """Following a complaint: its public page, the resident's private page, and the lookup form's redirect.

    Private links are known only for complaints filed at setup, so with no more than the demo's there are none.
    """
    public = Scenario(f"{TRACK}<code>/", lambda client: client.get(f"{TRACK}{pick.choice(codes)}/"))
    private = Scenario(f"{TRACK}<code>/<secret>/", lambda client: client.get(private_path(*pick.choice(links))))
    lookup = Scenario(
        f"{TRACK}?kode=<code> (302)",
        lambda client: client.get(f"{TRACK}?kode={pick.choice(codes)}"),
        ok=lambda response: redirected(response, TRACKED),
    )
    return [public, private, lookup] if links else [public, lookup]


def private_path(code: str, secret: str) -> str:
    return f"{TRACK}{code}/{secret}/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    parser.add_argument("--complaints", type=int, default=3000, help="complaints in the database (default 3000)")
    parser.add_argument("--photo", action="store_true", help="attach a generated 640×480 JPEG to every filing")
    args = parser.parse_args()
    load = os.getloadavg()[0]  # before the setup, which loads the machine itself
    workers = os.cpu_count() or 1
    # The form takes 5 complaints an hour from one address; the benchmark files them all from 127.0.0.1.
    with demo_site(args, COMPLAINT_FILINGS_PER_HOUR="1000000") as (directory, env):
        add_complaints(directory, env, args.complaints)
        codes, links = read_tracking(directory)
        categories = query(directory, "SELECT id, allows_anonymous FROM feedback_complaintcategory WHERE active")
        photo = small_jpeg() if args.photo else None
        with gunicorn(directory, env, workers) as port:
            print_environment(args, env, workers, load)
            print(f"complaints: {len(codes)} in the database, {len(links)} private links sampled", end="")
            print(f", {len(categories)} categories{f', photo {len(photo) / 1024:.0f} KB' if photo else ''}\n")
            print_table_header()
            measure(port, page(FORM), args)
            before = complaint_count(directory)
            results = measure(port, filing(categories, photo), args)
            filed, added = sum(result.answered for result in results), complaint_count(directory) - before
            for scenario in tracking(codes, links):
                measure(port, scenario, args)
            check = "as expected" if added == filed else "MISMATCH, see gunicorn.log"
            print(f"\nfiling: {filed} posts answered 302 (warm-up included), {added} complaints added: {check}")


if __name__ == "__main__":
    main()
