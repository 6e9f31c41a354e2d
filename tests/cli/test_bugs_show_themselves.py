"""A bug is said to be one: a crash report with what happened and with what, never a disguised message."""


import pytest

from lagesbild_desktop import crash
from lagesbild_desktop.cli import main
from lagesbild_desktop.errors import LagesbildError


def _a_bug(*args, **kwargs):
    raise RuntimeError("ett fel som aldrig borde hända")


def test_a_bug_on_the_command_line_is_exit_70_with_a_report(db_path, monkeypatch, capsys, tmp_path):
    from lagesbild_desktop.services import summary

    assert main(["--db", str(db_path), "record", "--area", "Grimsta", "--year", "2024", "--week", "1",
                 "--grade", "2"]) == 0
    monkeypatch.setattr(summary, "yearly_summary", _a_bug)
    capsys.readouterr()
    assert main(["--db", str(db_path), "summary", "--year", "2024"]) == crash.EXIT_CODE == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ett fel i programmet" in err and "RuntimeError" in err
    report = crash.report_folder() / err.split("Rapporten: ")[1].strip().split("/")[-1]
    text = report.read_text(encoding="utf-8")
    assert "Traceback" in text and "ett fel som aldrig borde hända" in text and "_a_bug" in text
    assert "Lägesbild Desktop" in text and "SQLite" in text and "Python" in text
    assert "Grimsta 2024 v1" in text  # the database's last log entries


def test_an_output_writer_lets_a_bug_through_and_leaves_nothing(tmp_path):
    from lagesbild_desktop.services.output import write_atomically

    def build(target):
        target.write_text("halv")
        raise ValueError("en bugg i byggandet")

    with pytest.raises(ValueError, match="en bugg i byggandet"):
        write_atomically(build, tmp_path / "rapport.pdf", "Rapporten")
    assert list(tmp_path.iterdir()) == []  # neither the file nor its half-written temporary


def test_a_full_disk_is_still_a_message(tmp_path):
    from lagesbild_desktop.services.output import write_atomically

    def build(target):
        raise OSError(28, "No space left on device")

    with pytest.raises(LagesbildError, match="disken är full"):
        write_atomically(build, tmp_path / "rapport.pdf", "Rapporten")


@pytest.mark.parametrize("database", ["a" * 300 + ".db", "/proc/1/mem", "/"], ids=["too long", "unreadable", "folder"])
def test_the_report_is_written_whatever_is_wrong_with_the_database(database, tmp_path):
    report = crash.write_report(RuntimeError("ett fel"), database=tmp_path / database)
    text = report.read_text(encoding="utf-8")
    assert "RuntimeError: ett fel" in text and "Lägesbild Desktop" in text
    assert "(ändringsloggen kunde inte läsas" in text


def test_a_missing_file_of_the_programs_own_is_a_bug_while_a_full_disk_is_said_as_such(tmp_path):
    """A report that cannot find its own template is a bug (a crash report), never "could not be written"."""
    import errno

    import pytest

    from lagesbild_desktop.errors import EnvironmentProblem
    from lagesbild_desktop.services.output import write_atomically

    def needs_a_template(target):
        (tmp_path / "programmet" / "mall.docx").read_bytes()

    with pytest.raises(FileNotFoundError):
        write_atomically(needs_a_template, tmp_path / "r.docx", "Rapporten")

    def full_disk(target):
        target.write_bytes(b"halv")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(EnvironmentProblem, match="kunde inte skrivas"):
        write_atomically(full_disk, tmp_path / "r.docx", "Rapporten")
    assert not (tmp_path / "r.docx").exists() and not list(tmp_path.glob(".r.docx*"))
