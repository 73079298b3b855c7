"""What the task workers say of themselves: each running worker records, every WORKER_HEARTBEAT_SECONDS, that it is
alive, so that staff see whether background work runs and the sweep knows whose running tasks were abandoned."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Heartbeat(models.Model):
    worker_id = models.CharField(_("worker"), max_length=64, unique=True)
    hostname = models.CharField(_("host"), max_length=255)
    pid = models.PositiveIntegerField(_("process"))
    queues = models.CharField(_("queues"), max_length=255)
    started_at = models.DateTimeField(_("started"))
    beat_at = models.DateTimeField(_("last sign of life"), db_index=True)

    class Meta:
        ordering = ["-beat_at"]
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")

    def __str__(self):
        return f"{self.worker_id} {self.hostname}:{self.pid}"
