"""Reference for the startup benchmark: a bare PySide6 window with a 12 x 53 table, until first paint."""

import sys
import time

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem  # noqa: E402


class Window(QMainWindow):
    def __init__(self):
        super().__init__()
        table = QTableWidget(12, 53, self)
        for row in range(12):
            for column in range(53):
                table.setItem(row, column, QTableWidgetItem(str(1 + (row + column) % 5)))
        self.setCentralWidget(table)
        self.resize(1280, 800)
        self.painted = False

    def event(self, event):
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self.painted:
            self.painted = True
            print(f"first paint after {(time.perf_counter() - STARTED) * 1000:.0f} ms", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return handled


app = QApplication(sys.argv[:1])
window = Window()
window.show()
sys.exit(app.exec())
