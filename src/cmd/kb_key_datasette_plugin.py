"""Datasette plugin written by `kb datasette-metadata --plugins-dir DIR`.

Gives SQLite connections the kb_key() function that kb's canned reports use to match
names and places without regard to diacritics: lower case, no diacritics, đ as d.
It must fold text exactly as kb's own kb_key() does (src/text/normalize.rs).
"""
import unicodedata

from datasette import hookimpl


def kb_key(value):
    if value is None:
        return None
    text = " ".join(str(value).split()).replace("\u00d0", "\u0110").lower()
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not "\u0300" <= c <= "\u036f")
    return text.replace("\u0111", "d")


@hookimpl
def prepare_connection(conn):
    conn.create_function("kb_key", 1, kb_key, deterministic=True)
