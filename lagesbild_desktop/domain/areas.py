"""Geographic areas: Swedish sort order, validity over the years, and name hygiene."""

from __future__ import annotations

import unicodedata

from lagesbild_desktop.errors import InvalidInput

MAX_NAME_LENGTH = 80

_RING = "\u030a"
_DIAERESIS = "\u0308"
_DOUBLE_ACUTE = "\u030b"
# Å, Ä, Ö follow Z in Swedish. '{', '|', '}' are the three code points right after 'z', so plain
# code-point (Python) and UTF-8 byte (SQLite BINARY) comparison both put them there, in that order.
_AFTER_Z = {"å": "{", "ä": "|", "ö": "}"}
# Swedish convention (SAOL): æ sorts as ä, ø as ö, ü and ű as y, ő as ö.
_SWEDISH_EQUIVALENT = {"æ": "ä", "ø": "ö"}
_OWN_LETTER = {("a", _RING): "å", ("a", _DIAERESIS): "ä", ("o", _DIAERESIS): "ö", ("o", _DOUBLE_ACUTE): "ö"}


def _primary_letter(ch: str) -> str:
    """The sort key part for one case-folded character (å, ä, ö arrive decomposed via NFKD)."""
    ch = _SWEDISH_EQUIVALENT.get(ch, ch)
    decomposed = unicodedata.normalize("NFKD", ch)
    base, marks = decomposed[:1], decomposed[1:]
    for mark in marks:
        if (base, mark) in _OWN_LETTER:
            return _AFTER_Z[_OWN_LETTER[base, mark]]
        if base == "u" and mark in (_DIAERESIS, _DOUBLE_ACUTE):
            return "y"
    if ch in _AFTER_Z.values():
        # A literal '{', '|' or '}' in a name must not pose as Å, Ä or Ö; '~' still sorts after them.
        return "~"
    # Other accents are ignored (é as e); control and invisible format characters carry no order.
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not _is_control(c))


def swedish_sort_key(name: str) -> str:
    """A key whose plain string order is Swedish alphabetical order (case-insensitive, Å Ä Ö after Z).

    The original name follows a separator, so distinct names never share a key and the order between
    names differing only in case or accents is still deterministic. The separator is U+001F, below every
    character the primary part can hold (control characters are dropped from it), so "Vinsta" still
    sorts before "Vinsta gård"; it is not NUL because SQLite handles NUL inside text poorly.
    """
    folded = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    primary = "".join(_primary_letter(ch) for ch in folded)
    return f"{primary}\x1f{name}"


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf")


def area_exists_in(first_year: int, retired_from_year: int | None, year: int) -> bool:
    """Whether an area is part of ``year``'s grid; it is gone from ``retired_from_year`` onwards."""
    return first_year <= year and (retired_from_year is None or year < retired_from_year)


def validate_area_name(name: str) -> str:
    """The name as stored: NFC, trimmed, inner whitespace collapsed to single spaces."""
    if not isinstance(name, str):
        raise InvalidInput(f"Ogiltigt områdesnamn '{name}': ange ett namn, t.ex. Vällingby")
    # NFC so that a decomposed "Ä" pasted from another system is the same name as a typed one.
    stripped = unicodedata.normalize("NFC", name).strip()
    if any(_is_control(ch) for ch in stripped):
        # Tabs, newlines and invisible format characters make names that look equal but are not.
        shown = "".join(f"<U+{ord(ch):04X}>" if _is_control(ch) else ch for ch in stripped)
        raise InvalidInput(
            f"Områdesnamnet '{shown}' innehåller ett otillåtet styrtecken eller osynligt tecken"
        )
    cleaned = " ".join(stripped.split())
    if not cleaned:
        raise InvalidInput("Tomt områdesnamn: ange ett namn, t.ex. Vällingby")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(
            f"Områdesnamnet '{cleaned[:40]}…' är för långt ({len(cleaned)} tecken, högst {MAX_NAME_LENGTH})"
        )
    return cleaned
