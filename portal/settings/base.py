"""Settings shared by every environment.

Everything lives here; dev, test and production override a few lines. Secrets and service
addresses come only from the environment (see README, "Configuration").
"""

import ipaddress
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "portal"


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "home",
    "reports",
    "feedback",
    "catalogue",
    "training",
    "ppid",
    "open311",
    "search",
    "demo",
    "pagecache",
    "worker",
    "backups",
    "accounts",  # before allauth: its templates restyle allauth's pages
    # Before Wagtail: on allauth's pages allauth's own Indonesian wins over the Wagtail admin's for shared words
    # (Wagtail's catalogue calls a password "Kata Kunci", a keyword).
    "allauth",
    "allauth.account",
    "allauth.mfa",  # staff's second factor (accounts/second_factor.py)
    "allauth.usersessions",  # each account's sessions, so that logging out ends them all (accounts/sessions.py)
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "portal.health.ProbeMiddleware",  # /healthz and /readyz for a load balancer, before anything else runs
    "portal.request_log.RequestLogMiddleware",  # one JSON line per request, with its id
    "accounts.clients.ClientAddressMiddleware",  # the client behind TRUSTED_PROXIES, in REMOTE_ADDR for all below
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # ETag and 304 for pages, cached or not
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.second_factor.StaffSecondFactorMiddleware",  # staff screens only with a second factor
    "accounts.sessions.StaffSessionMiddleware",  # staff logged out when idle or after a working day
    "pagecache.middleware.PageCacheMiddleware",  # inside what it must not skip for a cached page (sessions, CSRF)
    "home.middleware.RememberedSiteMiddleware",  # Wagtail's Site lookup without a query
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Browser features the site may use: location for a complaint's place (this site only), security keys and passkeys
# for staff's second factor; nothing else (no camera, microphone, payment or sensors).
PERMISSIONS_POLICY = {
    "geolocation": "(self)",
    "publickey-credentials-create": "(self)",
    "publickey-credentials-get": "(self)",
    "camera": "()",
    "microphone": "()",
    "payment": "()",
    "usb": "()",
    "accelerometer": "()",
    "gyroscope": "()",
    "magnetometer": "()",
    "browsing-topics": "()",
}

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file by default (the embedded demo); PostgreSQL or another engine when DATABASE_URL is set.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers write to one file. A transaction takes the write lock when it begins and waits up to 20 s
    # for it, so that simultaneous complaints queue instead of failing with "database is locked" (bench/README.md).
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The planner's default cost of a random read (4) is for spinning disks; with SSDs or a cached database it keeps
    # PostgreSQL from the full-text index for common words, reading the whole index table instead (bench/README.md).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c random_page_cost=1.1")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The site's own reverse proxies (addresses or networks, comma-separated, e.g. "127.0.0.1,10.0.0.0/8"): the client's
# address is read from X-Forwarded-For through them only (accounts/clients.py). Unset: the header is ignored.
TRUSTED_PROXIES = [proxy.strip() for proxy in os.environ.get("TRUSTED_PROXIES", "").split(",") if proxy.strip()]
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {_proxy!r} is not an address or network.") from error

# A shared cache is needed as soon as there is more than one app server; Redis when configured. Two aliases name
# it: "default", for Wagtail and everything that may go without it (with Redis, portal/cache.py answers as an empty
# cache while Redis is down, so pages are still served), and "shared", for what must know when it failed: the flood
# limits (filing and logins then refuse with a 503 rather than go unlimited) and the page cache's purges.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}  # seconds: a lost Redis must not hang pages
    CACHES = {
        "default": {"BACKEND": "portal.cache.ResilientRedisCache", "LOCATION": REDIS_URL, "OPTIONS": REDIS_OPTIONS},
        "shared": {
            "BACKEND": "portal.cache.GuardedRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": REDIS_OPTIONS,
        },
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 3000}}}
    CACHES["shared"] = CACHES["default"]  # the same store: one LocMem location, or (production) one table
SHARED_CACHE_ALIAS = "shared"
# Each process's own copies of cached pages and remembered values (pagecache/store.py), checked against the stamps
# in the shared cache above: room for every demo page in both languages.
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pagecache-entries",
    "OPTIONS": {"MAX_ENTRIES": 3000},
}

# Anonymous visitors get pages from the cache above (pagecache/): kept up to PAGE_CACHE_SECONDS, and purged the moment
# what they show changes. Front caches and browsers may keep a page PAGE_CACHE_MAX_AGE seconds and serve it stale
# for PAGE_CACHE_STALE_SECONDS while they revalidate (ETag, Last-Modified). PAGE_CACHE_SECONDS=0 turns it off.
PAGE_CACHE_ALIAS = SHARED_CACHE_ALIAS  # the clock and the tags' stamps: shared by every worker and server
PAGE_CACHE_ENTRIES_ALIAS = "pages"  # the pages and values: each process's memory, stale when a shared stamp moves
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 3600)))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_STALE_SECONDS = int(os.environ.get("PAGE_CACHE_STALE_SECONDS", "300"))
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/akun/", "/en/akun/", "/django-admin/"]
# A front cache (nginx, Varnish, a CDN) in front of the site is told to drop a page the moment it is published or
# unpublished: FRONTEND_CACHE_PURGE_URL for a generic HTTP PURGE (e.g. http://127.0.0.1:8080), or CLOUDFLARE_API_TOKEN
# with CLOUDFLARE_ZONE_ID. Other pages (complaints, the forum) it keeps at most PAGE_CACHE_MAX_AGE seconds.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")  # its receivers purge on publish and unpublish
# What many pages show and few changes touch (menus, footer links, the home page's figures) is kept the same way,
# also for logged-in users and with the page cache off.
PAGE_CACHE_VALUES = os.environ.get("PAGE_CACHE_VALUES", "true").lower() not in ("0", "false", "no")

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",  # the Wagtail admin's own login (/admin/login/)
    "allauth.account.auth_backends.AuthenticationBackend",  # the public login by email or username
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Indonesian is the default language and is served without a URL prefix; English lives under /en/.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True
# The portal's own catalogues first (they win), then Indonesian for the strings Wagtail and allauth leave in English
# and "surel" where allauth says "e-mail" (locale/upstream, checked complete by tests/portal/test_catalogues.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "upstream"]
TIME_ZONE = "Asia/Jayapura"  # WIT, the time zone of Maluku
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "collected-static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Where `manage.py backup` writes its archives unless told otherwise; copy them off the machine (README, "Backups").
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups-archive"))
# In a deployment the web server serves MEDIA_ROOT/images (README, "Deploying"); with none in front (`make run`),
# Django does. Documents and complaint attachments are never served from MEDIA_ROOT directly.
SERVE_MEDIA_IMAGES = env_bool("SERVE_MEDIA_IMAGES")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))  # seconds a worker waits on the mail server
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "")  # for EMAIL_BACKEND=django.core.mail.backends.filebased…
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Portal Kota Ambon <no-reply@ambon.go.id>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Public pages may load scripts, styles, images and fonts only from this site, and no inline script.
# The Wagtail admin (its own inline scripts) is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

# Background work (notification emails, the search index, Wagtail's reference index) goes through Django's tasks
# framework (the django-tasks backport on Django 5.2). By default it is queued in the database and run by
# `manage.py run_worker` (worker/; `make run` starts one), so that no request waits for it; with
# TASKS_BACKEND=immediate it runs in the request's process right after the commit (the test suite does this).
# Emails go to the "email" queue, ahead of indexing in "default" (feedback/outbox.py).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {TASKS_BACKEND!r}.")
TASK_QUEUES = ["default", "email"]
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND], "QUEUES": TASK_QUEUES}}
# An email claimed, handed to the mail server or waiting in the queue longer than this is looked at again by the
# outbox sweep (feedback/outbox.py); a running task whose worker stopped beating that long is run again (worker/).
OUTBOX_TIMEOUT_SECONDS = int(os.environ.get("OUTBOX_TIMEOUT_SECONDS", "300"))
# The task worker (worker/): how often it records that it is alive, and how often it runs the sweeps below.
WORKER_HEARTBEAT_SECONDS = int(os.environ.get("WORKER_HEARTBEAT_SECONDS", "10"))
WORKER_SWEEP_SECONDS = int(os.environ.get("WORKER_SWEEP_SECONDS", "60"))
# Each email outbox's sweep (feedback/outbox.py), which `manage.py sweep_outbox` also runs.
OUTBOX_SWEEPS = [
    "feedback.complaints.notifications.notifications_sweep",
    "feedback.forum.notifications.follower_emails_sweep",
    "ppid.notifications.request_emails_sweep",
]
WORKER_SWEEPS = ["worker.reclaim.orphaned_tasks_reclaim", *OUTBOX_SWEEPS]

# The early warning on units (training/early_warning.py): an indicator's achievement falling by more than this many
# percentage points from the year before; complaints of a quarter at least this many and this many times the same
# quarter a year before.
EARLY_WARNING_DROP_POINTS = int(os.environ.get("EARLY_WARNING_DROP_POINTS", "10"))
EARLY_WARNING_COMPLAINTS_MIN = int(os.environ.get("EARLY_WARNING_COMPLAINTS_MIN", "5"))
EARLY_WARNING_COMPLAINTS_RISE = float(os.environ.get("EARLY_WARNING_COMPLAINTS_RISE", "1.5"))

# Complainants' names, emails and phones are blanked this many days after their complaint closed (UU PDP);
# run `manage.py complainants_anonymise` daily.
COMPLAINT_IDENTITY_RETENTION_DAYS = int(os.environ.get("COMPLAINT_IDENTITY_RETENTION_DAYS", "730"))
# "Is it fixed?": days after a complaint is resolved before its resident is asked, and after they ask to be
# reminded; `manage.py ask_if_fixed` sends the questions daily.
FIX_CHECK_DAYS = int(os.environ.get("FIX_CHECK_DAYS", "28"))
FIX_CHECK_REMIND_DAYS = int(os.environ.get("FIX_CHECK_REMIND_DAYS", "14"))
# Complaints one device (a browser's session) may file per hour, and the much higher ceiling for one address, which
# a mobile carrier shares between a whole neighbourhood, before the form answers 429 (flood limits, not quotas).
COMPLAINT_FILINGS_PER_HOUR = int(os.environ.get("COMPLAINT_FILINGS_PER_HOUR", "5"))
COMPLAINT_FILINGS_PER_ADDRESS_PER_HOUR = int(os.environ.get("COMPLAINT_FILINGS_PER_ADDRESS_PER_HOUR", "60"))

# Forum: open flags that hide a post until a moderator reviews it; minutes an author may edit a post;
# how many first posts of a new account wait for a moderator (0: none); posts per hour per account and per IP.
FORUM_FLAGS_TO_HIDE = 3
# Tracking codes looked up per client address per hour that match no complaint, before the tracking pages answer 429.
TRACKING_MISSES_PER_HOUR = int(os.environ.get("TRACKING_MISSES_PER_HOUR", "30"))
FORUM_EDIT_WINDOW_MINUTES = int(os.environ.get("FORUM_EDIT_WINDOW_MINUTES", "30"))
FORUM_HOLD_FIRST_POSTS = int(os.environ.get("FORUM_HOLD_FIRST_POSTS", "0"))
FORUM_POSTS_PER_HOUR = int(os.environ.get("FORUM_POSTS_PER_HOUR", "20"))
FORUM_POSTS_PER_HOUR_PER_IP = int(os.environ.get("FORUM_POSTS_PER_HOUR_PER_IP", "60"))

# Residents' accounts (django-allauth, pages under /akun/). Residents sign up with an email address, which they
# must verify before logging in, a display name and a password; allauth makes up the username. Staff accounts are
# made in the Wagtail admin and log in with their username (accounts.stages), at the same page: the Wagtail admin's
# login sends there. An exceeded rate limit answers 429 with portal/templates/429.html. Wrong passwords lock the
# account after LOGIN_FAILURES_PER_ACCOUNT, and the client address after LOGIN_FAILURES_PER_ADDRESS, for
# LOGIN_LOCK_MINUTES (counted in the shared cache; an administrator can lift a lock earlier).
LOGIN_URL = "account_login"
WAGTAILADMIN_LOGIN_URL = "account_login"
LOGIN_FAILURES_PER_ACCOUNT = int(os.environ.get("LOGIN_FAILURES_PER_ACCOUNT", "10"))
LOGIN_FAILURES_PER_ADDRESS = int(os.environ.get("LOGIN_FAILURES_PER_ADDRESS", "30"))
LOGIN_LOCK_MINUTES = int(os.environ.get("LOGIN_LOCK_MINUTES", "15"))
ACCOUNT_RATE_LIMITS = {
    "login_failed": f"{LOGIN_FAILURES_PER_ADDRESS}/{LOGIN_LOCK_MINUTES}m/ip,"
    f"{LOGIN_FAILURES_PER_ACCOUNT}/{LOGIN_LOCK_MINUTES}m/key",
}
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"login": "accounts.forms.LoginForm", "signup": "accounts.forms.SignupForm"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True  # one address per account; a new one replaces it once verified
ACCOUNT_LOGOUT_ON_GET = False  # logging out takes a POST (the header's button), never a link a page could embed
ACCOUNT_USER_DISPLAY = "accounts.selectors.display_name"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Portal Kota Ambon] "
ACCOUNT_EMAIL_NOTIFICATIONS = True  # tell the account when its password, email address or second factor changes
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False  # a reset asked for an address without an account sends nothing to it
# Second factors (allauth.mfa): required for staff before the staff screens under STAFF_SCREENS_PATH open
# (accounts/second_factor.py). Security keys and passkeys need HTTPS, or http://localhost in development.
STAFF_SCREENS_PATH = "/admin/"
# Staff sessions end after STAFF_SESSION_IDLE_MINUTES without a request and STAFF_SESSION_MAX_HOURS in all
# (accounts/sessions.py); opening a complainant's identity asks for the password or the second factor again when the
# last one was given more than IDENTITY_REAUTHENTICATION_MINUTES ago.
STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", "30"))
STAFF_SESSION_MAX_HOURS = int(os.environ.get("STAFF_SESSION_MAX_HOURS", "12"))
ACCOUNT_REAUTHENTICATION_TIMEOUT = int(os.environ.get("IDENTITY_REAUTHENTICATION_MINUTES", "15")) * 60
USERSESSIONS_TRACK_ACTIVITY = False  # sessions are recorded at login; no write on every request
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = "Portal Kota Ambon"
MFA_PASSKEY_LOGIN_ENABLED = False  # a passkey is a second factor here, not a way around the password

WAGTAIL_SITE_NAME = _("Ambon City Transparency Portal")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search (the `search` app). By default the database: PostgreSQL's `indonesian` text search configuration, or
# SQLite with Snowball's Indonesian stemmer in Python (search.backends). With ELASTICSEARCH_URL, the portal's
# Elasticsearch 8 backend (search.backends.elasticsearch: Indonesian analysis, highlighting, alias switching) and a
# separate complaint analytics index; the database backend is kept up to date beside it ("database"), so that the
# search page answers from it, with a notice, while the cluster is down.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_API_KEY = os.environ.get("ELASTICSEARCH_API_KEY", "")  # a managed cluster's key, instead of user:password
SEARCH_ANALYTICS_INDEX = os.environ.get("SEARCH_ANALYTICS_INDEX", "portal-complaints")
DATABASE_SEARCH = {"BACKEND": "search.backends", "SEARCH_CONFIG": "indonesian"}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal_"),
            "TIMEOUT": 5,
            "ATOMIC_REBUILD": True,
            "OPTIONS": {"api_key": ELASTICSEARCH_API_KEY} if ELASTICSEARCH_API_KEY else {},
        },
        "database": DATABASE_SEARCH,  # search.backends.elasticsearch.FALLBACK
    }
    COMPLAINT_ANALYTICS = "search.analytics.ElasticsearchComplaintAnalytics"
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH}
    COMPLAINT_ANALYTICS = "feedback.complaints.analytics.DatabaseComplaintAnalytics"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents go through Wagtail's view (privacy checks) and download as attachments, signed PDFs included.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "requests": {"class": "logging.StreamHandler", "formatter": "line"},  # the JSON line as it is
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # REQUEST_LOG_LEVEL=INFO writes one JSON line per request (portal/request_log.py); WARNING keeps them out.
    "loggers": {
        "portal.requests": {
            "handlers": ["requests"],
            "level": os.environ.get("REQUEST_LOG_LEVEL", "WARNING"),
            "propagate": False,
        }
    },
}
