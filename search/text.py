"""Indonesian words for search: what a query asks for, the stems SQLite indexes, and the snippet shown.

The stemmer is Snowball's Indonesian one, the same algorithm PostgreSQL's `indonesian` text search configuration
and Elasticsearch's `indonesian` analyzer use, so "melayani" and "pelayanan" meet at "layan" on every backend.
"""

import re
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Longer queries are cut: nobody types more, and every term costs the database a lookup.
MAX_QUERY_TERMS = 12
MAX_TERM_LENGTH = 40
SNIPPET_LENGTH = 220

# Function words that carry no meaning for search (after Tala's Indonesian stop-word list, shortened to the
# words that occur in the portal's own texts). PostgreSQL's `indonesian` configuration has no stop words.
STOP_WORDS = frozenset(
    """
    ada adalah agar akan antara apa apakah atas atau bagi bagaimana bahwa baik banyak beberapa belum bila
    bisa boleh dalam dan dapat dari demikian dengan di dia harus hingga ini itu jadi jika juga kami kamu
    karena ke kepada ketika kita lagi lain lebih maka mana masih mereka namun oleh pada para per saat saja
    sampai sangat satu saya secara sebagai sebelum sedang sehingga sejak semua sendiri seperti serta
    setelah sudah supaya tanpa telah tentang terhadap tersebut tetapi untuk yaitu yakni yang
    """.split()  # noqa: SIM905 - a word list reads better as text
)

_WORD = re.compile(r"\w+", re.UNICODE)
_stemmer = snowballstemmer.stemmer("indonesian")


def words(text: str) -> list[str]:
    """The lower-cased words of `text`: letters and digits only, so quotes and operators never reach an engine."""
    return [word for word in _WORD.findall(text.lower()) if "_" not in word]


def query_words(query: str) -> list[str]:
    """The words of a resident's query that are worth searching for, without repeats, at most MAX_QUERY_TERMS."""
    kept = []
    for word in words(query):
        word = word[:MAX_TERM_LENGTH]
        if word not in STOP_WORDS and word not in kept:
            kept.append(word)
    return kept[:MAX_QUERY_TERMS]


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def stemmed(text: str) -> str:
    """`text` as the stems of its words, for engines without an Indonesian stemmer (SQLite's FTS5)."""
    return " ".join(stem(word) for word in words(text))


def snippet(text: str, query: list[str], length: int = SNIPPET_LENGTH) -> SafeString:
    """A stretch of `text` around the first word that matches the query (by stem), with matches in <mark>."""
    wanted = {stem(word) for word in query}
    matches = [match for match in _WORD.finditer(text) if stem(match.group().lower()) in wanted]
    start = 0
    if matches and matches[0].start() > length // 3:
        start = text.rfind(" ", 0, matches[0].start() - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + length // 2)
    parts, position = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        parts += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        position = match.end()
    parts.append(escape(text[position:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts).strip() + suffix)  # noqa: S308 - every piece above is escaped
