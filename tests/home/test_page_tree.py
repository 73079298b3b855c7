from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from reports.models import UnitIndexPage, UnitPage


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)

    def test_information_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(UnitIndexPage, StandardPage)

    def test_units_live_only_under_the_unit_index(self):
        self.assertAllowedParentPageTypes(UnitPage, {UnitIndexPage})
        self.assertAllowedParentPageTypes(UnitIndexPage, {HomePage})
        self.assertCanCreateAt(UnitIndexPage, UnitPage)
        self.assertCanNotCreateAt(HomePage, UnitPage)
        self.assertCanNotCreateAt(StandardPage, UnitPage)
        self.assertCanNotCreateAt(UnitPage, StandardPage)

    def test_home_page_cannot_hold_units_directly_or_a_second_home(self):
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
