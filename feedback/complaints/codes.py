"""Tracking codes: how they are made (ADU-XXXX-XXXX from an alphabet without the characters people confuse) and how
a code typed on a phone or read over the phone is found again: any case, with or without the dashes and the ADU
prefix, spaces anywhere, and the characters a code never contains read as the ones they are mistaken for."""

import re
import secrets
from itertools import product

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read over the phone without mistakes
PREFIX = "ADU"
LENGTH = 8
# What a typed character that never appears in a code was meant to be, most likely first.
MISTAKEN = {"0": "DQ", "O": "DQ", "1": "LJ", "I": "LJ"}
MAX_MISTAKEN = 2  # a code with more unreadable characters is not guessed at: each one multiplies the candidates


def new_code(prefix: str = PREFIX) -> str:
    """A fresh code, e.g. ADU-7KQM-3XHP (complaints) or INF-… (information requests, `prefix`)."""
    letters = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{prefix}-{letters[:4]}-{letters[4:]}"


def candidates(typed: str) -> list[str]:
    """The codes `typed` may stand for, in their stored form: `adu 7kqm 3xhp`, `ADU7KQM3XHP` and `7KQM-3XHP` give
    ["ADU-7KQM-3XHP"]; `ADU-7KQM-3XH0` gives itself and the codes with D or Q in its place. Empty when it cannot
    be a code."""
    letters = re.sub(r"[^0-9A-Z]", "", typed.upper())
    if len(letters) == LENGTH + len(PREFIX) and letters.startswith(PREFIX):
        letters = letters[len(PREFIX) :]
    if len(letters) != LENGTH:
        return []
    as_typed = f"{PREFIX}-{letters[:4]}-{letters[4:]}"  # first: codes made before this alphabet (the demo's) too
    if sum(letter in MISTAKEN for letter in letters) > MAX_MISTAKEN:
        return [as_typed]
    choices = [MISTAKEN.get(letter, letter) for letter in letters]
    read = [f"{PREFIX}-{''.join(found[:4])}-{''.join(found[4:])}" for found in product(*choices)]
    return list(dict.fromkeys([as_typed, *read]))
