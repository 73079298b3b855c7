"""`make run` serves the demo as residents see it: production's pages and static files, on one machine."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from reports.models import UnitIndexPage

ROOT = Path(__file__).resolve().parents[2]


def test_make_runs_settings_turn_debug_off_and_serve_collected_static_files_and_images():
    script = (
        "from django.conf import settings; "
        "print(settings.DEBUG, settings.STORAGES['staticfiles']['BACKEND'], settings.TASKS['default']['BACKEND'], "
        "settings.SERVE_MEDIA_IMAGES, 'whitenoise.middleware.WhiteNoiseMiddleware' in settings.MIDDLEWARE)"
    )
    environment = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "TASKS_BACKEND"}}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "portal.settings.local"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "django_tasks_db.DatabaseBackend",
        "True",
        "True",
    ]


def test_an_unknown_address_gets_the_indonesian_404_page_with_the_sites_navigation(client, demo):
    units = UnitIndexPage.objects.get(locale__language_code="id")

    response = client.get("/halaman-yang-tidak-ada/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="id">' in html
    assert "Halaman tidak ditemukan" in html
    menu = html[html.index('<nav class="main-nav"') :]
    menu = menu[: menu.index("</nav>")]
    assert f'<a href="{units.url}">{units.title}</a>' in menu
    assert menu.count("<li>") >= 4


@pytest.mark.urls("tests.portal.media_urls")
def test_without_a_web_server_only_the_images_are_served_from_media(client, home):
    media = Path(settings.MEDIA_ROOT)
    name = uuid.uuid4().hex
    (media / "images").mkdir(parents=True, exist_ok=True)
    (media / "documents").mkdir(parents=True, exist_ok=True)
    (media / "images" / f"{name}.png").write_bytes(b"\x89PNG a rendition")
    (media / "documents" / f"{name}.pdf").write_bytes(b"%PDF a signed report")

    image = client.get(f"/media/images/{name}.png")
    document = client.get(f"/media/documents/{name}.pdf")
    climbing = client.get(f"/media/images/../documents/{name}.pdf")

    assert image.status_code == 200
    assert b"".join(image.streaming_content) == b"\x89PNG a rendition"
    assert document.status_code == 404
    assert climbing.status_code in {400, 404}
