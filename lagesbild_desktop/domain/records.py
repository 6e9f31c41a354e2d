"""The rules a record must follow, whichever way it arrives (pure, no I/O).

The keyboard, the import of spreadsheets and other workstations' exchange files all hand records
to these functions (through the record kinds of store/kinds.py). Each returns Swedish sentences,
one per problem, naming the field; an empty list means the record may be stored. A value here is
what the audit log records of a record: a dict of plain JSON values.
"""

from __future__ import annotations

import datetime as dt
import re

from lagesbild_desktop.domain import versions, year_texts
from lagesbild_desktop.domain.areas import validate_area_name
from lagesbild_desktop.domain.isoweek import MAX_YEAR, MIN_YEAR, weeks_in_year
from lagesbild_desktop.domain.measures import MAX_TITLE, STATUSES, TERMS
from lagesbild_desktop.domain.personnummer import contains_personal_number
from lagesbild_desktop.domain.text import MAX_TEXT, problem_in_line, problem_in_text
from lagesbild_desktop.domain.year_texts import MAX_YEAR_TEXT

SEVERITY_CODES = ("minor", "worrying", "serious", "critical")
CATEGORY_CODE = re.compile(r"^[a-zåäö0-9_-]{2,30}$")
MAX_CATEGORY_NAME = 60
MAX_DISTRICT_NAME = 80
_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


SAFE_INT = 2**53  # beyond this no integer of a record is meant (and SQLite's 64 bits end soon after)


def is_int(value: object) -> bool:
    return type(value) is int and -SAFE_INT < value < SAFE_INT  # not bool, not 2.0, not 10**400


def _year(value: object, label: str = "Året") -> list[str]:
    if not is_int(value):
        return [f"{label} '{value}' är inget heltal"]
    if not MIN_YEAR <= value <= MAX_YEAR:  # type: ignore[operator]
        return [f"{label} {value} ligger utanför {MIN_YEAR}–{MAX_YEAR}"]
    return []


def _week(year: object, week: object) -> list[str]:
    problems = _year(year)
    if problems:
        return problems
    if not is_int(week):
        return [f"veckan '{week}' är inget heltal"]
    last = weeks_in_year(year)  # type: ignore[arg-type]
    if not 1 <= week <= last:  # type: ignore[operator]
        return [f"vecka {week} finns inte år {year} (året har {last} veckor)"]
    return []


# Every problem that is a personal identity number says this (callers tell it from other problems).
PERSONAL = "innehåller ett personnummer"


def is_personal(problem: str) -> bool:
    return PERSONAL in problem


def _personal(text: object, label: str, personal_data_allowed: bool) -> list[str]:
    if not personal_data_allowed and isinstance(text, str) and contains_personal_number(text):
        return [f"{label} {PERSONAL} (och loggen säger inte att det sparades med avsikt)"]
    return []


def _text(value: dict, field: str, label: str, personal_data_allowed: bool, max_length: int = MAX_TEXT) -> list[str]:
    text = value.get(field)
    problem = problem_in_text(text, label, max_length=max_length)
    if problem:
        return [problem]
    return _personal(text, label, personal_data_allowed)


def _line(value: dict, field: str, label: str, personal_data_allowed: bool, max_length: int) -> list[str]:
    """A name or another one-line text: the same rules as a text, on one line and never empty."""
    text = value.get(field)
    problem = problem_in_line(text, label, max_length=max_length)
    return [problem] if problem else _personal(text, label, personal_data_allowed)


def _version(value: dict, field: str = "vv") -> list[str]:
    vv = value.get(field)
    return [] if versions.is_valid(vv) and vv else [f"versionen '{str(vv)[:40]}' är ogiltig"]


def _uid(value: dict) -> list[str]:
    uid = value.get("uid")
    return [] if isinstance(uid, str) and _UID.match(uid) else [f"id '{str(uid)[:40]}' är ogiltigt"]


def area_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _uid(value) + _version(value)
    name = value.get("name")
    try:
        if validate_area_name(name) != name:
            problems.append(f"namnet '{name}' har mellanslag i början, slutet eller flera i rad")
    except Exception as error:  # InvalidInput carries the Swedish message
        problems.append(getattr(error, "message", str(error)))
    else:
        problems += _personal(name, "Områdets namn", personal_data_allowed)
    problems += _year(value.get("first_year"), "Första året")
    retired = value.get("retired_from_year")
    if retired is not None:
        problems += _year(retired, "Avvecklingsåret")
        if not problems and retired <= value["first_year"]:
            problems.append(f"avvecklingsåret {retired} ligger inte efter första året {value['first_year']}")
    order = value.get("explicit_order")
    if order is not None and not (is_int(order) and 1 <= order <= 999):
        problems.append(f"platsen '{order}' är inget heltal 1–999")
    former = value.get("former_names")
    if not isinstance(former, list):
        problems.append("de tidigare namnen saknas")
    else:
        for item in former:
            if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and item[0].strip()
                    and not problem_in_line(item[0], "namnet", max_length=80) and not _year(item[1])
                    and not _personal(item[0], "namnet", personal_data_allowed)):
                problems.append(f"det tidigare namnet {str(item)[:60]} är ogiltigt")
    return problems


def category_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _version(value)
    code = value.get("code")
    if not (isinstance(code, str) and CATEGORY_CODE.match(code)):
        problems.append(f"koden '{str(code)[:40]}' är ogiltig (2–30 små bokstäver, siffror eller bindestreck)")
    for field, label in (("name_sv", "Det svenska namnet"), ("name_en", "Det engelska namnet")):
        problems += _line(value, field, label, personal_data_allowed, MAX_CATEGORY_NAME)
    if not is_int(value.get("sort_order")):
        problems.append("ordningen är inget heltal")
    if not isinstance(value.get("active"), bool):
        problems.append("'aktiv' är inte ja eller nej")
    return problems


def assessment_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _version(value) + _week(value.get("year"), value.get("week"))
    grade = value.get("grade")
    if not (is_int(grade) and 1 <= grade <= 5):
        problems.append(f"bedömningen '{grade}' finns inte på skalan 1–5")
    return problems + _text(value, "note", "Anteckningen", personal_data_allowed)


def parse_iso_date(text: object) -> dt.date | None:
    """ÅÅÅÅ-MM-DD exactly, in an ISO week-year the program keeps (1900–2999); None otherwise."""
    if not isinstance(text, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return day if MIN_YEAR <= day.isocalendar().year <= MAX_YEAR else None


def incident_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _uid(value) + _version(value)
    if parse_iso_date(value.get("date")) is None:
        problems.append(f"datumet '{str(value.get('date'))[:20]}' finns inte (ÅÅÅÅ-MM-DD, åren {MIN_YEAR}–{MAX_YEAR})")
    if not (isinstance(value.get("category"), str) and CATEGORY_CODE.match(value["category"])):
        problems.append(f"kategorin '{str(value.get('category'))[:40]}' är ogiltig")
    if value.get("severity") not in SEVERITY_CODES:
        problems.append(f"allvarlighetsgraden '{str(value.get('severity'))[:20]}' är okänd")
    problems += time_problems(value.get("time"))
    place_uid = value.get("place_uid")
    if place_uid is not None and not (isinstance(place_uid, str) and _UID.match(place_uid)):
        problems.append("den registrerade platsen är ogiltig")
    return (problems + _text(value, "place", "Platsen", personal_data_allowed)
            + _text(value, "description", "Beskrivningen", personal_data_allowed))


def time_problems(time: object) -> list[str]:
    """An incident's time of day: none, or HH:MM from 00:00 to 23:59."""
    if time is None:
        return []
    if not (isinstance(time, str) and len(time) == 5 and time[2] == ":" and time[:2].isdigit()
            and time[3:].isdigit() and int(time[:2]) < 24 and int(time[3:]) < 60):
        return [f"klockslaget '{str(time)[:20]}' är ogiltigt (TT:MM, 00:00–23:59)"]
    return []


def place_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _uid(value) + _version(value)
    problems += _line(value, "name", "Platsens namn", personal_data_allowed, 120)
    if not is_int(value.get("area_id")):
        problems.append(f"området '{str(value.get('area_id'))[:40]}' är ogiltigt")
    problems += _line(value, "kind", "Slaget av plats", personal_data_allowed, MAX_RESPONSIBLE_NAME)
    for field, low, high, word in (("lat", -90, 90, "latituden"), ("lon", -180, 180, "longituden")):
        number = value.get(field)
        if number is not None and not (isinstance(number, int | float) and not isinstance(number, bool)
                                       and low <= number <= high):
            problems.append(f"{word} '{str(number)[:20]}' är ogiltig")
    retired = value.get("retired_from_year")
    if retired is not None:
        problems += _year(retired)
    priorities = value.get("priorities")
    if not isinstance(priorities, dict) or not all(
            isinstance(year, str) and len(year) == 4 and year.isdigit() and not _year(int(year))
            for year in priorities):
        problems.append("de prioriterade åren är ogiltiga")
    else:
        for year, reason in priorities.items():
            problems += _line({"reason": reason}, "reason", f"Skälet till prioriteringen {year}",
                              personal_data_allowed, 2000)
    return problems + _text(value, "notes", "Anteckningen", personal_data_allowed)


def place_kind_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    return responsible_problems(value, personal_data_allowed, "Slaget av plats")  # a name in an editable list


def priority_field_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _version(value) + _year(value.get("year"))
    field = value.get("field")
    if not (is_int(field) and 1 <= field <= 5):
        problems.append(f"det prioriterade området '{field}' finns inte (1–5)")
    if not isinstance(value.get("needs_measures"), bool):
        problems.append("'behov av särskilda åtgärder' är inte ja eller nej")
    # Several paragraphs and lists in the yearly report: as long as the report's own texts may be.
    return problems + _text(value, "comment", "Kommentaren", personal_data_allowed, MAX_YEAR_TEXT)


def year_text_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _version(value) + _year(value.get("year")) + year_texts.problems(value)
    area = value.get("area_id")
    if area is not None and not is_int(area):
        problems.append(f"området '{str(area)[:40]}' är ogiltigt")
    return problems + _text(value, "body", "Texten", personal_data_allowed, MAX_YEAR_TEXT)


def boundary_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    from lagesbild_desktop.domain.boundaries import boundary_problems as shape_problems

    problems = _version(value) + shape_problems(value.get("polygons"))
    if not is_int(value.get("area_id")):
        problems.append(f"området '{str(value.get('area_id'))[:40]}' är ogiltigt")
    source = value.get("source")
    if not isinstance(source, str) or len(source) > 260:
        problems.append("källfilens namn är ogiltigt")
    return problems + _personal(source, "Källfilens namn", personal_data_allowed)


def week_note_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _week(value.get("year"), value.get("week"))
    for field in ("vv_participants", "vv_summary"):
        if not versions.is_valid(value.get(field)):
            problems.append(f"versionen '{str(value.get(field))[:40]}' är ogiltig")
    return (problems + _text(value, "participants", "Deltagarna", personal_data_allowed)
            + _text(value, "summary", "Sammanfattningen", personal_data_allowed))


def setting_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _version(value)
    key = value.get("key")
    if key == "place_recurrence":
        found = re.fullmatch(r"(\d{1,3})/(\d{1,2})", str(value.get("value")))
        if not found or not (int(found.group(1)) >= 1 and 1 <= int(found.group(2)) <= 53):
            problems.append(f"återkommande plats '{str(value.get('value'))[:20]}' är ogiltigt (N/M)")
        return problems
    if key != "district":
        problems.append(f"inställningen '{str(key)[:40]}' är okänd")
    problem = problem_in_text(value.get("value"), "Stadsdelens namn", max_length=MAX_DISTRICT_NAME, lines=False)
    return problems + ([problem] if problem else _personal(value.get("value"), "Stadsdelens namn",
                                                           personal_data_allowed))


MAX_RESPONSIBLE_NAME = 80


def responsible_problems(value: dict, personal_data_allowed: bool = False, label: str = "Namnet") -> list[str]:
    problems = _version(value)
    problems += _line(value, "name", label, personal_data_allowed, MAX_RESPONSIBLE_NAME)
    if not is_int(value.get("sort_order")):
        problems.append("ordningen är inget heltal")
    if not isinstance(value.get("active"), bool):
        problems.append("'aktiv' är inte ja eller nej")
    return problems


def _date_problems(value: dict, field: str, label: str, optional: bool = False) -> list[str]:
    text = value.get(field)
    if optional and text is None:
        return []
    if parse_iso_date(text) is None:
        return [f"{label} '{str(text)[:20]}' finns inte (ÅÅÅÅ-MM-DD, åren {MIN_YEAR}–{MAX_YEAR})"]
    return []


def measure_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _uid(value) + _version(value)
    if not versions.is_valid(value.get("vv_next")):
        problems.append(f"versionen '{str(value.get('vv_next'))[:40]}' är ogiltig")
    problem = problem_in_line(value.get("title"), "Rubriken", max_length=MAX_TITLE)
    if problem or not str(value.get("title") or "").strip():
        problems.append(problem or "rubriken är tom")
    areas = value.get("areas")
    if not (isinstance(areas, list) and all(isinstance(item, str) and _UID.match(item) for item in areas)):
        problems.append("områdena är ingen lista av områdens id")
    field = value.get("priority_field")
    if field is not None and not (is_int(field) and 1 <= field <= 5):
        problems.append(f"det prioriterade området '{field}' finns inte (1–5)")
    names = value.get("responsible")
    if not (isinstance(names, list) and all(isinstance(item, str) and item.strip() for item in names)):
        problems.append("de ansvariga är ingen lista av namn")
    else:
        for name in names:
            problems += _line({"name": name}, "name", "En ansvarig", personal_data_allowed, MAX_RESPONSIBLE_NAME)
    problems += _date_problems(value, "start", "startdatumet") + _date_problems(value, "end", "slutdatumet", True)
    problems += _date_problems(value, "next_follow_up", "datumet för nästa uppföljning", True)
    if not problems and value.get("end") is not None and value["end"] < value["start"]:
        problems.append(f"slutdatumet {value['end']} ligger före startdatumet {value['start']}")
    if value.get("term") not in TERMS:
        problems.append(f"tidshorisonten '{str(value.get('term'))[:20]}' är okänd (kort eller lång)")
    if not problems and not personal_data_allowed and contains_personal_number(value["title"]):
        problems.append("Rubriken innehåller ett personnummer (och loggen säger inte att det sparades med avsikt)")
    for field, label in (("description", "Beskrivningen"), ("place", "Platsen"), ("goal", "Målet")):
        problems += _text(value, field, label, personal_data_allowed)
    return problems


def follow_up_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _uid(value) + _version(value)
    if not (isinstance(value.get("measure"), str) and _UID.match(value["measure"])):
        problems.append(f"åtgärdens id '{str(value.get('measure'))[:40]}' är ogiltigt")
    problems += _date_problems(value, "date", "datumet")
    if value.get("status") not in STATUSES:
        problems.append(f"statusen '{str(value.get('status'))[:20]}' är okänd")
    problems += _text(value, "who", "Vem", personal_data_allowed)
    return problems + _text(value, "comment", "Kommentaren", personal_data_allowed)


MAX_MEASURE_NAME = 200
MAX_FIGURE = 10**15  # a count or share of a district: far below, and within what SQLite stores exactly


def figure_source_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    return responsible_problems(value, personal_data_allowed, "Källans namn")  # a name in an editable list


def key_figure_problems(value: dict, personal_data_allowed: bool = False) -> list[str]:
    problems = _version(value)
    for field, label, length, empty_allowed in (("source", "Källan", MAX_RESPONSIBLE_NAME, False),
                                                ("measure", "Måttet", MAX_MEASURE_NAME, False),
                                                ("group", "Gruppen", MAX_MEASURE_NAME, True)):
        text = value.get(field)
        if empty_allowed and text == "":
            continue
        problems += _line(value, field, label, personal_data_allowed, length)
    area = value.get("area_id")
    if area is not None and not is_int(area):
        problems.append(f"området '{str(area)[:40]}' är ogiltigt")
    problems += _date_problems(value, "start", "Periodens början") + _date_problems(value, "end", "Periodens slut")
    if not problems and value["end"] < value["start"]:
        problems.append(f"perioden {value['start']}–{value['end']} slutar före sin början")
    number = value.get("value")
    if isinstance(number, bool) or not isinstance(number, int | float) or number != number \
            or number in (float("inf"), float("-inf")):
        problems.append(f"värdet '{str(number)[:20]}' är inget tal")
    elif abs(number) >= MAX_FIGURE:
        problems.append(f"värdet {str(number)[:20]} är orimligt stort")
    elif value.get("unit") == "procent" and not 0 <= number <= 100:
        problems.append(f"andelen {number} % ligger utanför 0–100")
    if value.get("unit") not in ("antal", "procent"):
        problems.append(f"enheten '{str(value.get('unit'))[:20]}' är okänd (antal eller procent)")
    return problems
