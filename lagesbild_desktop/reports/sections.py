"""The parts of the yearly lokal lägesbild a district can include or leave out (pure: the report dialog
and the command line's --sections read it without loading the report's layout)."""

from lagesbild_desktop.errors import InvalidInput

# In the report's order: key (the command line's --sections), the name in Swedish and in English.
REPORT_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("sammantagen", "Sammantagen bedömning", "Overall assessment"),
    ("inledning", "Inledning", "Introduction"),
    ("syfte", "Syfte", "Purpose"),
    ("tabell1", "Tabell 1: förklaring av lägesbedömningen", "Table 1: the grading scale"),
    ("tabell2", "Tabell 2: årssammanställningen", "Table 2: the year's grid"),
    ("sammanstallning", "Sammanställning per område", "Summary per area"),
    ("karta", "Karta: årets medelbedömning per område", "Map: the year's mean grade per area"),
    ("omraden", "Beskrivning per område", "Text per area"),
    ("brottslighet", "Beskrivning av brottsligheten, kritiska händelser, händelser per kategori",
     "Crime description, critical incidents, incidents by category"),
    ("platser", "Platser och tider: återkommande och prioriterade platser, veckodag och tid", "Places and times"),
    ("nyckeltal", "Nyckeltal från andra källor (t.ex. Compstat) mot förra året", "Key figures against last year"),
    ("diagram", "Diagram", "Charts"),
    ("prioriterade", "Prioriterade samverkansområden", "Priority fields"),
    ("atgardsplan", "Åtgärdsplan och uppföljning", "Action plan and follow-up"),
    ("kallor", "Källor", "Sources"),
)
ALL_SECTIONS = tuple(key for key, _sv, _en in REPORT_SECTIONS)


def chosen_sections(text: str | None) -> tuple[str, ...]:
    """`--sections sammantagen,tabell2,…` as keys in the report's order; InvalidInput naming unknown ones."""
    if text is None:
        return ALL_SECTIONS
    wanted = [part.strip().lower() for part in text.replace(";", ",").split(",") if part.strip()]
    if not wanted:
        raise InvalidInput(f"--sections: ange minst ett avsnitt av {', '.join(ALL_SECTIONS)}")
    unknown = [part for part in wanted if part not in ALL_SECTIONS]
    if unknown:
        raise InvalidInput(f"Okänt avsnitt i --sections: {', '.join(unknown)}. Avsnitten är: {', '.join(ALL_SECTIONS)}")
    return tuple(key for key in ALL_SECTIONS if key in wanted)


