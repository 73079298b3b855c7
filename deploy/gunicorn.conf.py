"""gunicorn for one app server (deploy/README.md): `gunicorn -c deploy/gunicorn.conf.py portal.wsgi`.
Every value can be set from the environment, so that the same file serves a small and a large machine."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two processes a core, one more; two threads each keep a slow upload from holding a whole process.
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))  # a request that runs longer is stopped and logged
graceful_timeout = 30  # on a restart, requests under way may finish
keepalive = 5  # behind nginx's keep-alive upstream connections
max_requests = 2000  # each process is replaced now and then, so that no slow leak grows for weeks
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("TRUSTED_PROXIES", "127.0.0.1")  # only nginx may say the request was https
accesslog = None  # the portal writes one JSON line per request itself (REQUEST_LOG_LEVEL, portal/request_log.py)
errorlog = "-"
control_socket_disable = True  # its default socket in the home directory would clash between servers on one host
