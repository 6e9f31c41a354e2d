"""The audit log: what is logged, and that tampering behind the program's back is found."""

import datetime as dt
import json

from lagesbild_desktop import osenv
from lagesbild_desktop.services import areas as area_service
from lagesbild_desktop.services import maintenance
from lagesbild_desktop.services.assessments import clear_grade, record_grade
from lagesbild_desktop.services.incidents import add_incident, delete_incident, update_incident
from tests.conftest import check_file, sqlite3_tool


def _entries(store, entity=None):
    sql = "SELECT id, os_user, action, entity, old_value, new_value, at FROM audit_log"
    if entity:
        sql += f" WHERE entity = '{entity}'"
    return store.conn.execute(sql + " ORDER BY id").fetchall()




def test_every_change_of_a_grade_is_logged_with_user_time_old_and_new(store, monkeypatch):
    monkeypatch.setattr(osenv, "current_user", lambda: "anna.handlaggare")
    started = osenv.now().replace(microsecond=0)
    record_grade(store, "Grimsta", 2024, 10, 2, "lugnt")
    record_grade(store, "Grimsta", 2024, 10, 4, "bränder")
    record_grade(store, "Grimsta", 2024, 10, 4, "bränder")  # unchanged: nothing new to log
    clear_grade(store, "Grimsta", 2024, 10)
    rows = _entries(store, "assessment")
    assert [(r[1], r[2]) for r in rows] == [("anna.handlaggare", "create"), ("anna.handlaggare", "update"),
                                            ("anna.handlaggare", "delete")]
    created, updated, deleted = rows
    assert created[4] is None and json.loads(created[5])["grade"] == 2
    after = json.loads(updated[5])
    version = after.pop("vv")  # the version vector: this database's id and the entry's number
    assert json.loads(updated[4])["grade"] == 2 and after == {
        "area": "Grimsta", "area_id": 1, "year": 2024, "week": 10, "grade": 4, "note": "bränder"}
    assert version == f"{store.setting('replica_id')}:{updated[0]}"
    # A deletion records the deleted value, and the version and key of the deletion (it travels as a tombstone).
    assert json.loads(deleted[4])["note"] == "bränder"
    grimsta = store.conn.execute("SELECT uid FROM areas WHERE name = 'Grimsta'").fetchone()[0]
    assert json.loads(deleted[5]) == {"vv": f"{store.setting('replica_id')}:{deleted[0]}", "key": f"{grimsta}/2024/10"}
    finished = osenv.now()
    assert all(started <= dt.datetime.fromisoformat(r[6]) <= finished for r in rows)  # when, with its offset


def test_incident_changes_are_logged(store):
    incident = add_incident(store, area="Vinsta", date="2024-03-05", category="klotter", severity="lindrig")
    update_incident(store, incident.id, severity="oroande")
    delete_incident(store, incident.id)
    rows = _entries(store, "incident")
    assert [r[2] for r in rows] == ["create", "update", "delete"]
    assert json.loads(rows[1][4])["severity"] == "minor" and json.loads(rows[1][5])["severity"] == "worrying"


def test_untouched_database_passes_the_check(store):
    record_grade(store, "Grimsta", 2024, 10, 2)
    add_incident(store, area="Vinsta", date="2024-03-05", category="våld", severity="allvarlig")
    area_service.rename_area(store, "Vinsta", "Vinsta företagsområde")
    # the default areas, categories, district's name, responsible organisations, sources of key figures
    # and kinds of places
    seeded = 9 + 15 + 1 + 8 + 5 + 8
    report = maintenance.check_database(store)
    assert report.ok, report
    assert report.audit_entries == seeded + 3


def test_editing_an_audit_entry_with_sqlite3_is_detected_and_named(store):
    for week in range(1, 6):
        record_grade(store, "Grimsta", 2024, week, 2)
    third = store.conn.execute("SELECT id FROM audit_log WHERE entity = 'assessment' ORDER BY id").fetchall()[2][0]
    store.close()
    sqlite3_tool(store.path, "UPDATE audit_log SET new_value = replace(new_value, '\"grade\":2', '\"grade\":1')"
                              f" WHERE id = {third}")
    report = check_file(store.path)
    assert not report.ok
    assert any(f"loggpost {third} har ändrats" in p for p in report.chain_problems), report.chain_problems


def test_edit_with_recomputed_hash_breaks_the_next_link(store):
    from lagesbild_desktop.store.audit import entry_hash

    for week in range(1, 4):
        record_grade(store, "Grimsta", 2024, week, 2)
    row = store.conn.execute("SELECT id, at, os_user, action, entity, entity_id, summary, old_value, new_value,"
                             " context, prev_hash FROM audit_log WHERE id = 10").fetchone()
    entry = dict(zip(["id", "at", "os_user", "action", "entity", "entity_id", "summary", "old_value", "new_value",
                      "context"], row[:10], strict=True))
    entry["os_user"] = "someone.else"
    forged = entry_hash(row[10], entry)
    store.close()
    sqlite3_tool(store.path, f"UPDATE audit_log SET os_user = 'someone.else', hash = '{forged}' WHERE id = 10")
    report = check_file(store.path)
    assert any("loggpost 11" in p and "kedjan är bruten" in p for p in report.chain_problems), report


def test_deleting_an_audit_entry_is_detected(store):
    for week in range(1, 4):
        record_grade(store, "Grimsta", 2024, week, 2)
    store.close()
    sqlite3_tool(store.path, "DELETE FROM audit_log WHERE id = 11")
    report = check_file(store.path)
    assert any("loggpost 11 saknas" in p for p in report.chain_problems), report.chain_problems


def test_deleting_the_newest_audit_entry_is_detected(store):
    record_grade(store, "Grimsta", 2024, 1, 2)
    record_grade(store, "Grimsta", 2024, 1, 5)
    store.close()
    sqlite3_tool(store.path, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    report = check_file(store.path)
    assert not report.ok
    assert any("bedömning" in p and "Grimsta 2024 v1" in p for p in report.data_problems), report.data_problems


def test_changing_a_grade_behind_the_programs_back_is_detected(store):
    record_grade(store, "Hässelby gård", 2024, 8, 3)
    store.close()
    sqlite3_tool(store.path, "UPDATE assessments SET grade = 1")
    report = check_file(store.path)
    assert report.chain_problems == []
    assert any("Hässelby gård 2024 v8" in p and "utanför programmet" in p for p in report.data_problems)


def test_inserting_or_deleting_records_behind_the_programs_back_is_detected(store):
    record_grade(store, "Vinsta", 2024, 8, 3)
    store.close()
    sqlite3_tool(store.path, "DELETE FROM assessments; INSERT INTO assessments (id, area_id, iso_year, iso_week,"
                              " grade, recorded_by, recorded_at) VALUES (20240900001, 1, 2024, 9, 5, 'x', 'x')")
    problems = check_file(store.path).data_problems
    assert any("saknas i ändringsloggen" in p for p in problems), problems
    assert any("borttagen utanför programmet" in p and "Vinsta" in p for p in problems), problems
