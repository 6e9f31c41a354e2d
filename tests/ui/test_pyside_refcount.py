"""Guard against a PySide6 release that mishandles a model's `return None` (6.12.0 did).

Each such return lost a reference to None; on Python 3.11 None is not immortal, so
after some thousand grid repaints the interpreter aborted.
"""

import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class _Blank(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_returning_none_from_a_model_keeps_none_alive(qapp):
    model = _Blank()
    before = sys.getrefcount(None)
    for _ in range(500):
        model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert sys.getrefcount(None) >= before - 50
