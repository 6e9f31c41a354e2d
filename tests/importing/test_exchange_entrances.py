"""What an exchange file meets at the door: a byte-order mark, a number of thousands of digits, a --resolve
that names nothing, and a database put back from a folder backup together with the note beside it."""

import json
import shutil

import pytest

from lagesbild_desktop.cli import main
from lagesbild_desktop.services import exchange, maintenance
from lagesbild_desktop.services.assessments import record_grade
from lagesbild_desktop.store import identity
from lagesbild_desktop.store.database import open_database
from tests.conftest import table_dump
from tests.exchange_files import load, send


def _grades(store) -> list[tuple]:
    return sorted(store.conn.execute("SELECT a.name, s.iso_week, s.grade FROM assessments s JOIN areas a"
                                     " ON a.id = s.area_id").fetchall())


def test_a_file_saved_with_a_byte_order_mark_is_read_as_an_exchange_file(two, tmp_path, capsys):
    a, b = two
    record_grade(a, "Vinsta", 2024, 3, 2, "Lugnt")
    plain = exchange.export_exchange(a, tmp_path / "a.json")
    marked = tmp_path / "med_bom.json"
    marked.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    b.close()
    assert main(["--db", str(tmp_path / "b.db"), "import", str(marked)]) == 0
    assert "1 tillagda" in capsys.readouterr().out


@pytest.mark.parametrize("digits", [30, 5000])
def test_a_huge_number_is_refused_with_nothing_stored(two, tmp_path, capsys, digits):
    a, b = two
    record_grade(a, "Vinsta", 2024, 3, 2)
    path = exchange.export_exchange(a, tmp_path / "a.json")
    text = path.read_text(encoding="utf-8")
    data = load(path)
    row = data["records"]["assessment"]["rows"][0]
    huge = "9" * digits
    path.write_text(text.replace(f"[{row[0]},{row[1]},2024,3,2,", f"[{row[0]},{row[1]},{huge},3,2,", 1),
                    encoding="utf-8")
    assert huge in path.read_text(encoding="utf-8")
    b.close()
    before = table_dump(tmp_path / "b.db")
    assert main(["--db", str(tmp_path / "b.db"), "import", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert table_dump(tmp_path / "b.db") == before


def test_a_resolve_key_that_names_no_conflict_is_an_error_naming_it(two, tmp_path, capsys):
    a, b = two
    record_grade(a, "Vinsta", 2024, 3, 2)
    send(a, b, tmp_path, "first")
    record_grade(a, "Vinsta", 2024, 3, 4)
    record_grade(b, "Vinsta", 2024, 3, 5)
    path = exchange.export_exchange(a, tmp_path / "a.json")
    b.close()
    db = str(tmp_path / "b.db")
    before = table_dump(tmp_path / "b.db")
    assert main(["--db", db, "import", str(path), "--resolve", "bedömning Vinsta 2024 v9=här"]) == 2
    assert "'bedömning vinsta 2024 v9'" in capsys.readouterr().err
    assert table_dump(tmp_path / "b.db") == before
    assert main(["--db", db, "import", str(path), "--resolve", "bedömning Vinsta 2024 v3=fil"]) == 0


def test_a_database_put_back_with_its_note_from_a_folder_backup_gets_a_new_identity_before_it_writes(two, tmp_path):
    a, b = two
    a_path = a.path
    record_grade(a, "Vinsta", 2024, 1, 2)
    send(a, b, tmp_path, "first")
    a.close()
    backup = tmp_path / "mappkopia"
    backup.mkdir()
    for path in (a_path, identity.sent_marker(a_path)):
        shutil.copy2(path, backup / path.name)
    a = open_database(a_path)
    record_grade(a, "Grimsta", 2024, 2, 3)  # sent, then lost with the folder put back
    send(a, b, tmp_path, "second")
    a.close()
    for name in (a_path.name, identity.sent_marker(a_path).name):
        shutil.copyfile(backup / name, a_path.with_name(name))  # over the files: the same file identities
    a = open_database(a_path)
    assert a.identity_note and "utbytesfil" in a.identity_note
    record_grade(a, "Nälsta", 2024, 2, 4)  # must not reuse the number the lost grade had
    assert not send(a, b, tmp_path, "third").conflicts
    result = send(b, a, tmp_path, "fourth")
    assert not result.conflicts
    assert _grades(a) == _grades(b) == [("Grimsta", 2, 3), ("Nälsta", 2, 4), ("Vinsta", 1, 2)]
    for store in (a, b):
        assert maintenance.check_database(store).ok
    a.close()


def test_a_format_8_file_without_deletions_of_names_merges(two, tmp_path):
    """Names in the editable lists can be deleted from format 9: an older file has no such section."""
    a, b = two
    record_grade(a, "Vinsta", 2024, 3, 2)
    data = load(exchange.export_exchange(a, tmp_path / "a.json"))
    assert data["version"] == 9 and "responsible" in data["tombstones"]
    data["version"] = 8
    for entity in ("responsible", "figure_source", "place_kind"):
        del data["tombstones"][entity]
    path = tmp_path / "format8.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert exchange.merge(b, exchange.read_exchange(path)).added == 1
    data["version"] = 9
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(exchange.ExchangeRefused):  # format 9 must have them
        exchange.read_exchange(path)


def test_a_note_held_open_by_another_program_costs_neither_the_export_nor_the_profile_note(two, tmp_path,
                                                                                        monkeypatch):
    """Windows: antivirus or a sync client holding the note beside the database (WinError 32) makes
    os.replace fail; the exchange file is written all the same, and the note in the profile still guards
    against a folder backup put back."""
    a, b = two
    record_grade(a, "Vinsta", 2024, 1, 2)
    real_replace = identity.os.replace

    def held_open(source, target):
        if str(target).endswith(".senaste-utbyte"):
            error = PermissionError(13, "Processen kan inte komma åt filen eftersom den används av en annan process")
            error.winerror = 32
            raise error
        return real_replace(source, target)

    monkeypatch.setattr(identity.os, "replace", held_open)
    send(a, b, tmp_path, "first")
    assert not identity.sent_marker(a.path).exists()
    a_path = a.path
    a.close()
    backup = tmp_path / "kopia.db"
    shutil.copy2(a_path, backup)
    a = open_database(a_path)
    record_grade(a, "Grimsta", 2024, 2, 3)
    send(a, b, tmp_path, "second")
    a.close()
    shutil.copyfile(backup, a_path)
    a = open_database(a_path)
    assert a.identity_note and "utbytesfil" in a.identity_note
    a.close()
