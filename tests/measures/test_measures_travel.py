"""Measures, their follow-ups and the list of responsibles travel between workstations like the rest."""


from lagesbild_desktop.services import maintenance
from lagesbild_desktop.services import measures as service
from tests.exchange_files import send


def by_title(store):
    return {item.measure.title: item for item in service.views(store)}


def test_a_measure_and_its_follow_ups_arrive_and_grow_on_both_sides(two, tmp_path):
    a, b = two
    service.add_responsible(a, "Bostadsbolaget")
    made = service.add_measure(a, title="Trygghetsvandringar", areas=["Vinsta", "Grimsta"], priority_field=2,
                               responsible=["Polisen", "Bostadsbolaget"], start="2024-03-04",
                               next_follow_up="2024-04-01")
    service.follow_up(a, made.id, status="pågår", date="2024-04-01", comment="Två vandringar",
                      next_follow_up="2024-05-01")
    result = send(a, b, tmp_path)
    assert not result.conflicts
    arrived = by_title(b)["Trygghetsvandringar"]
    assert arrived.area_names == ("Vinsta", "Grimsta") and arrived.status == "pågår"
    assert arrived.measure.responsible == ("Polisen", "Bostadsbolaget")
    assert [f.comment for f in arrived.follow_ups] == ["Två vandringar"]
    assert arrived.measure.next_follow_up == "2024-05-01"

    # Both follow up the same measure before they meet again: both follow-ups stay, no conflict.
    service.follow_up(b, arrived.id, status="pågår", date="2024-04-20", comment="Från b", next_follow_up="")
    service.follow_up(a, made.id, status="genomförd", date="2024-04-25", comment="Från a")
    first = send(a, b, tmp_path, "a2")
    second = send(b, a, tmp_path, "b2")
    assert not [c for c in first.conflicts + second.conflicts if "uppföljning" in c.ref]
    for store in (a, b):
        item = by_title(store)["Trygghetsvandringar"]
        assert [f.comment for f in item.follow_ups] == ["Två vandringar", "Från b", "Från a"]
        assert item.status == "genomförd"
        assert maintenance.check_database(store).ok, maintenance.check_database(store).problems


def test_an_edit_on_both_sides_is_a_conflict_and_a_deletion_travels(two, tmp_path):
    a, b = two
    made = service.add_measure(a, title="Belysning", areas=["Vinsta"], responsible=["Polisen"], start="2024-03-04")
    service.follow_up(a, made.id, status="pågår", date="2024-03-10")
    send(a, b, tmp_path)
    there = by_title(b)["Belysning"].measure
    service.edit_measure(a, made.id, goal="Mörka platser borta")
    service.edit_measure(b, there.id, goal="Färre anmälningar")
    result = send(a, b, tmp_path, "a2")
    assert [c.ref for c in result.conflicts if c.ref.startswith("åtgärd")]
    assert by_title(b)["Belysning"].measure.goal == "Färre anmälningar"  # the value here stays until chosen
    send(a, b, tmp_path, "a3", choices={"*": "fil"})
    assert by_title(b)["Belysning"].measure.goal == "Mörka platser borta"

    send(b, a, tmp_path, "b1")  # a learns of the choice: its deletion is then newer than everything b holds
    service.delete_measure(a, made.id)
    send(a, b, tmp_path, "a4")
    assert "Belysning" not in by_title(b)
    assert service.views(b) == [] and maintenance.check_database(b).ok


def test_a_follow_up_of_a_measure_deleted_elsewhere_goes_with_it_and_says_so(two, tmp_path):
    a, b = two
    made = service.add_measure(a, title="Belysning", areas=["Vinsta"], responsible=["Polisen"], start="2024-03-04")
    send(a, b, tmp_path)
    service.delete_measure(a, made.id)
    there = by_title(b)["Belysning"].measure
    service.follow_up(b, there.id, status="pågår", date="2024-04-01", comment="Från b")
    first = send(b, a, tmp_path, "b1")  # the follow-up arrives where its measure is gone
    second = send(a, b, tmp_path, "a1")  # the deletion arrives where the follow-up was made
    assert not first.conflicts and not second.conflicts
    for store in (a, b):
        assert service.views(store) == []
        assert store.conn.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == 0
        assert maintenance.check_database(store).ok
    log = " ".join(row[0] for row in a.conn.execute("SELECT context FROM audit_log WHERE entity = 'follow_up'"))
    assert "åtgärden är borttagen" in log  # not silent: the log says why it went
    assert send(b, a, tmp_path, "b2").conflicts == []  # and nothing comes back


def test_a_follow_up_in_the_meeting_and_a_change_of_the_plan_elsewhere_do_not_conflict(two, tmp_path):
    a, b = two
    made = service.add_measure(a, title="Belysning", areas=["Vinsta"], responsible=["Polisen"], start="2024-03-04",
                               next_follow_up="2024-04-01")
    send(a, b, tmp_path)
    service.edit_measure(a, made.id, title="Belysning vid torget")
    there = by_title(b)["Belysning"].measure
    service.follow_up(b, there.id, status="pågår", date="2024-04-01", next_follow_up="2024-05-06")
    assert not send(a, b, tmp_path, "a1").conflicts
    assert not send(b, a, tmp_path, "b1").conflicts
    for store in (a, b):
        [item] = service.views(store)
        assert (item.measure.title, item.measure.next_follow_up, item.status) == (
            "Belysning vid torget", "2024-05-06", "pågår")
        assert maintenance.check_database(store).ok
