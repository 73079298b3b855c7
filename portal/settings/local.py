"""`make run`: the demo site as residents see it, on one machine over plain HTTP.

Production's behaviour (no debug pages but the site's own 404 and 500, hashed and compressed static files served by
WhiteNoise after `collectstatic`, background work in `run_worker`) without what only a real deployment has: HTTPS, a
secret from the environment, a mail server and a web server in front for the images.
"""

from .base import *  # noqa: F403
from .base import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "local-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
SERVE_MEDIA_IMAGES = True  # no web server in front, so Django serves MEDIA_ROOT/images itself
