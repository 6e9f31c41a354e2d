"""What free text may hold: a length limit and no control characters (pure, no I/O).

Notes, places, descriptions and comments come from the keyboard, from spreadsheets and from other
workstations' exchange files; the same rules hold for all of them. Line breaks and tabs are text;
NUL, escape and the other control characters are not (they break printing, exports and the log).
"""

from __future__ import annotations

import unicodedata

MAX_TEXT = 4000
_ALLOWED_CONTROLS = {"\n", "\r", "\t"}


def control_characters(text: str, *, lines: bool = True) -> list[str]:
    """The control characters in `text` that are not allowed ("U+001B" …), in order of appearance."""
    allowed = _ALLOWED_CONTROLS if lines else set()
    return [f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) == "Cc" and ch not in allowed]


def problem_in_text(text: object, label: str, *, max_length: int = MAX_TEXT, lines: bool = True) -> str | None:
    """A Swedish sentence saying what is wrong with the text, or None."""
    if not isinstance(text, str):
        return f"{label} är inte en text"
    if len(text) > max_length:
        return f"{label} är för lång ({len(text)} tecken, högst {max_length})"
    found = control_characters(text, lines=lines)
    if found:
        return f"{label} innehåller otillåtna styrtecken ({', '.join(dict.fromkeys(found))})"
    return None


def problem_in_line(text: object, label: str, *, max_length: int) -> str | None:
    """As problem_in_text, for one line (a name): no line breaks either, and not empty."""
    if isinstance(text, str) and not text.strip():
        return f"{label} är tomt"
    return problem_in_text(text, label, max_length=max_length, lines=False)
