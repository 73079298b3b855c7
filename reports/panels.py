"""Panels of the report's edit form that are not a field."""

from wagtail.admin.panels import Panel


class IndicatorImportPanel(Panel):
    """The way to fill a report's indicators from a spreadsheet, right above the indicators it replaces."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "reports/admin/indicator_import_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["report"] = self.instance
            return context
