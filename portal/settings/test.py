"""The test suite: fast hashing, in-memory email, plain static storage. DATABASE_URL picks the engine."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = None  # static files come straight from static/ and the apps; collectstatic is for production
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Background work runs at once, in-process.
TASKS = {"default": {"BACKEND": TASK_BACKENDS["immediate"], "QUEUES": TASK_QUEUES}}  # noqa: F405
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")  # uploads and demo files never land in the checkout
# Most tests change data inside a transaction that never commits, so nothing would purge the pages they fetch
# twice: the page cache is on only in its own tests (tests/pagecache/), which commit.
PAGE_CACHE_SECONDS = 0
PAGE_CACHE_VALUES = False
