"""The admin home says whether background work (emails, the search index) runs, and how long the queues wait."""

from wagtail import hooks
from wagtail.admin.ui.components import Component

from worker.health import background_health, uses_a_worker


class BackgroundWorkPanel(Component):
    name = "background_work"
    template_name = "worker/home_panel.html"
    order = 50  # first: when it is wrong, residents' emails are waiting

    def get_context_data(self, parent_context):
        return {"health": background_health()}


@hooks.register("construct_homepage_panels")
def add_background_work_panel(request, panels):
    if uses_a_worker():
        panels.append(BackgroundWorkPanel())
