"""The rules a measure and a follow-up follow whichever way they arrive (an exchange file included)."""

from lagesbild_desktop.domain.records import follow_up_problems, measure_problems, responsible_problems

UID = "0b6f3c1e-2a4d-4c5e-9f00-112233445566"
MEASURE = {"uid": UID, "title": "Belysning", "description": "", "areas": [], "priority_field": 2, "place": "",
           "responsible": ["Polisen"], "start": "2024-03-04", "end": None, "term": "kort", "goal": "",
           "next_follow_up": None, "vv": "aaaaaaaaaaaaaaaa:1", "vv_next": ""}


def test_a_measure_as_stored_passes_and_each_broken_field_is_named():
    assert measure_problems(MEASURE) == []
    broken = {
        "title": ("Samtal med 811218-9876", "personnummer"),
        "end": ("2024-01-01", "före startdatumet"),
        "priority_field": (6, "finns inte (1–5)"),
        "term": ("evig", "tidshorisonten"),
        "areas": (["Vinsta"], "områdena"),
        "start": ("2024-02-30", "startdatumet"),
        "vv_next": ("x", "versionen"),
    }
    for field, (value, words) in broken.items():
        problems = measure_problems({**MEASURE, field: value})
        assert len(problems) == 1 and words in problems[0], (field, problems)
    assert measure_problems({**MEASURE, "title": "Samtal med 811218-9876"}, True) == []  # kept on purpose


def test_a_follow_up_and_a_responsible_name_hold_no_personal_identity_number():
    follow_up = {"uid": UID, "measure": UID, "date": "2024-03-10", "status": "pågår", "comment": "", "who": "anna",
                 "vv": "aaaaaaaaaaaaaaaa:2"}
    assert follow_up_problems(follow_up) == []
    assert "personnummer" in follow_up_problems({**follow_up, "who": "19811218-9876"})[0]
    assert "statusen" in follow_up_problems({**follow_up, "status": "klar"})[0]
    responsible = {"name": "Polisen", "sort_order": 0, "active": True, "vv": "aaaaaaaaaaaaaaaa:3"}
    assert responsible_problems(responsible) == []
    assert "personnummer" in responsible_problems({**responsible, "name": "Org 811218-9876"})[0]
