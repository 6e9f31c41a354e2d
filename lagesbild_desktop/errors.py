"""The program's own error types.

Each carries a message fit to show a user (Swedish). The command line maps
them to exit codes; the GUI shows the message. Anything else that escapes is a
bug and is reported as such.
"""


class LagesbildError(Exception):
    """Base for every error the program raises on purpose."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InvalidInput(LagesbildError):
    """The user asked for something that is not allowed (bad grade, unknown area...)."""

    exit_code = 2


class NotFound(InvalidInput):
    """A named thing (area, incident, year) does not exist."""


class PersonalDataFound(InvalidInput):
    """A text holds a Swedish personal identity number and was not stored."""


class DatabaseRefused(LagesbildError):
    """The database file cannot be used (damaged, foreign, from a newer version)."""

    exit_code = 3


class EnvironmentProblem(LagesbildError):
    """Disk full, file locked, permission denied: something the user can fix outside the program."""

    exit_code = 3


class Conflict(LagesbildError):
    """The record changed in the database since this window read it (another window or workstation)."""

    exit_code = 4

    def __init__(self, message: str, current=None):
        super().__init__(message)
        self.current = current
