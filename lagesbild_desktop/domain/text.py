"""What free text may hold: a length limit and no control characters (pure, no I/O).

Notes, places, descriptions and comments come from the keyboard, from spreadsheets and from other
workstations' exchange files; the same rules hold for all of them. Line breaks and tabs are text;
NUL, escape and the other control characters are not (they break printing, exports and the log).
"""

from __future__ import annotations

import re

MAX_TEXT = 4000
# Unicode's control characters (category Cc) are exactly U+0000–U+001F and U+007F–U+009F.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_characters(text: str, *, lines: bool = True) -> list[str]:
    """The control characters in `text` that are not allowed ("U+001B" …), in order of appearance
    (line breaks and tabs are text where lines are)."""
    pattern = _CONTROLS_BUT_LINES if lines else _CONTROLS
    return [f"U+{ord(ch):04X}" for ch in pattern.findall(text)]


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
