"""Text that people type and others read, without the characters that reorder or hide it.

Unicode's format characters (category Cf: right-to-left and other direction overrides, zero-width spaces and
joiners, the byte-order mark, soft hyphens) are invisible, yet they let a display name or a title imitate another:
"Maria" followed by a right-to-left override shows differently from what it is. They are removed wherever a name,
title or place is saved (accounts' display names, the complaint and forum forms).
"""

import unicodedata


def without_format_characters(text: str) -> str:
    return "".join(character for character in text if unicodedata.category(character) != "Cf")
