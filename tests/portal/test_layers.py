"""Templates follow the order of the apps too: an app's templates load only its own tag libraries and those of the
apps below it, as its Python imports only those apps (checked by import-linter; both run in `make lint`)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ORDER = [
    "pagecache",
    "accounts",
    "home",
    "reports",
    "catalogue",
    "feedback",
    "training",
    "ppid",
    "open311",
    "search",
    "demo",
]  # each app may use only those before it
LOAD = re.compile(r"{%\s*load\s+(.+?)\s*%}")


def tag_libraries() -> dict[str, str]:
    """{tag library: the app that defines it}"""
    return {
        library.stem: app
        for app in ORDER
        for library in (ROOT / app / "templatetags").glob("*.py")
        if library.stem != "__init__"
    }


def test_no_template_loads_a_tag_library_of_an_app_above_its_own():
    owners = tag_libraries()
    assert owners, "no tag libraries found: the check would pass for nothing"
    against_the_order = []
    for app in ORDER:
        for template in (ROOT / app / "templates").rglob("*.html"):
            for libraries in LOAD.findall(template.read_text(encoding="utf-8")):
                for library in libraries.split():
                    if ORDER.index(owners.get(library, app)) > ORDER.index(app):
                        against_the_order.append(f"{template.relative_to(ROOT)} loads {library} of {owners[library]}")
    assert against_the_order == []
