"""Production: refuses to start without a secret key and allowed hosts; HTTPS only."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, CACHES, SECRET_KEY, env_bool, os

if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY to a random value of at least 50 characters.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the comma-separated host names this site answers to.")

# Flood limits, login locks and the page cache's purges must be the same for every worker and server: a process's
# own memory would count each worker apart (two workers, twice the limit) and purge pages in one of them only.
# Without REDIS_URL they live in the database instead (`manage.py createcachetable` makes the table). Each
# process's copies of pages ("pages") stay in its memory: they are checked against the shared stamps.
PROCESS_LOCAL_CACHES = {"django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.dummy.DummyCache"}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache":
    DATABASE_CACHE = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "portal_cache"}
    CACHES = {**CACHES, "default": DATABASE_CACHE, "shared": DATABASE_CACHE}
if CACHES["default"]["BACKEND"] in PROCESS_LOCAL_CACHES:
    raise ImproperlyConfigured("The default cache must be shared by all processes: set REDIS_URL, or use the database.")

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
# Wagtail's live preview shows the page in a same-origin frame, so X-Frame-Options stays SAMEORIGIN (base.py)
# and CSP frame-ancestors 'self' says the same; Django's advice to use DENY would break the editors' preview.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"  # links in account emails (verification, password reset)

# One JSON line per request for the log collector (portal/request_log.py), unless told otherwise.
LOGGING["loggers"]["portal.requests"]["level"] = os.environ.get("REQUEST_LOG_LEVEL", "INFO")
