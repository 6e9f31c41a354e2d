"""Swedish wording for argparse's own messages (usage errors must be Swedish too).

argparse looks its messages up through gettext at the moment it formats
them; installing this catalogue as argparse's `_` makes them Swedish.
Messages not listed stay in English rather than failing.
"""

import argparse

_SWEDISH = {
    "usage: ": "användning: ",
    "options": "flaggor",
    "positional arguments": "argument",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "the following arguments are required: %s": "följande måste anges: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "expected one argument": "ett värde saknas",
    "expected at least one argument": "minst ett värde saknas",
    "expected at most one argument": "högst ett värde får anges",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "flaggan %(option)s är tvetydig: %(matches)s",
    "not allowed with argument %s": "kan inte kombineras med %s",
    "one of the arguments %s is required": "ett av följande måste anges: %s",
    "ignored explicit argument %r": "värdet %r används inte",
}


def install() -> None:
    argparse._ = lambda text: _SWEDISH.get(text, text)
