import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "x" * 20 + "-a-long-random-production-secret-key-for-tests-only"


def run_production(command: list[str], **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SECRET_KEY", "ALLOWED_HOSTS"}}
    clean.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run([sys.executable, *command], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "portal.ambon.go.id"}, "DJANGO_SECRET_KEY"),
        ({"ALLOWED_HOSTS": "portal.ambon.go.id", "DJANGO_SECRET_KEY": "short"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": SECRET}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, message):
    result = run_production(["manage.py", "check"], **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_deploy_check_is_clean():
    result = run_production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SECRET_KEY=SECRET,
        ALLOWED_HOSTS="portal.ambon.go.id",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_database_url_selects_the_engine():
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "DATABASE_URL": "postgres://u@db:5432/p"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "django.db.backends.postgresql"


def redis_is_running() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


def test_redis_url_selects_a_shared_cache_that_works():
    """Needs Redis at 127.0.0.1:6379: skipped on a laptop without it, never in CI (which starts it)."""
    if not redis_is_running():
        if os.environ.get("CI"):
            pytest.fail("Redis is not running at 127.0.0.1:6379")
        pytest.skip("Redis is not running at 127.0.0.1:6379")
    script = (
        "import django; django.setup(); from django.core.cache import cache; from django.conf import settings; "
        "cache.set('portal-test', 'ok', 10); print(settings.CACHES['default']['BACKEND'], cache.get('portal-test'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "REDIS_URL": "redis://127.0.0.1:6379/15"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["portal.cache.ResilientRedisCache", "ok"], result.stderr


def test_a_front_cache_purge_url_from_the_environment_is_purged_on_publish():
    code = (
        "from django.conf import settings; "
        "print(settings.WAGTAILFRONTENDCACHE['http']['LOCATION'], "
        "'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS)"
    )
    result = run_production(
        ["manage.py", "shell", "--no-imports", "-c", code],
        DJANGO_SECRET_KEY=SECRET,
        ALLOWED_HOSTS="portal.ambon.go.id",
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:8080",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["http://127.0.0.1:8080", "True"]


def test_without_a_front_cache_the_purging_app_is_not_installed():
    code = "from django.conf import settings; print('wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS)"
    result = run_production(
        ["manage.py", "shell", "--no-imports", "-c", code], DJANGO_SECRET_KEY=SECRET, ALLOWED_HOSTS="portal.ambon.go.id"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]


def test_production_without_redis_keeps_limits_in_the_database_shared_by_every_process(tmp_path):
    """Two processes (two gunicorn workers, or two servers) count against one limit, not one limit each."""
    env = {"DJANGO_SECRET_KEY": SECRET, "ALLOWED_HOSTS": "portal.ambon.go.id", "REDIS_URL": ""}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    assert run_production(["manage.py", "createcachetable"], **env).returncode == 0
    three_tries = (
        "import django; django.setup(); from django.conf import settings; from feedback.ratelimit import attempt\n"
        "answers = []\n"
        "for _ in range(3):\n"
        "    with attempt('complaints:filings:36.85.1.1', 5) as try_:\n"
        "        answers.append(try_.allowed)\n"
        "        try_.keep()\n"
        "print(settings.CACHES['default']['BACKEND'], *answers)"
    )

    first = run_production(["-c", three_tries], **env)
    second = run_production(["-c", three_tries], **env)

    assert first.stdout.split() == ["django.core.cache.backends.db.DatabaseCache", "True", "True", "True"], first.stderr
    assert second.stdout.split() == ["django.core.cache.backends.db.DatabaseCache", "True", "True", "False"]
