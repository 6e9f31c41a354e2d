"""Reading an SQLite file's 100-byte header without letting SQLite touch it.

Used to refuse foreign, damaged, truncated and future-version files before
any connection is opened, so that such a file is never modified. The layout
is documented at https://www.sqlite.org/fileformat.html (section 1.3).
"""

from pathlib import Path
from typing import NamedTuple

MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
APPLICATION_ID = 1279738444  # 'LGBL': a Lägesbild database (set by migration 0001)


class FileHeader(NamedTuple):
    page_size: int
    page_count: int | None  # None when the header's own count is not trustworthy
    schema_cookie: int
    user_version: int
    application_id: int
    file_size: int
    wal: bool = False  # in WAL mode (read/write format version 2), not the rollback journal


class HeaderProblem(Exception):
    """Why the file is not a usable SQLite database (Swedish text)."""


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4], "big")


def read_header(path: Path) -> FileHeader:
    size = path.stat().st_size
    if size == 0:
        raise HeaderProblem("filen är tom (0 byte)")
    with path.open("rb") as f:
        data = f.read(HEADER_SIZE)
    if not data.startswith(MAGIC[: min(len(data), len(MAGIC))]) or len(data) < len(MAGIC):
        raise HeaderProblem(_describe_foreign(data))
    if len(data) < HEADER_SIZE:
        raise HeaderProblem(f"filen är avkortad ({size} byte)")
    raw_page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        raise HeaderProblem("filhuvudet är skadat (ogiltig sidstorlek)")
    if size % page_size:
        raise HeaderProblem("filen är avkortad eller skadad (storleken är inte ett helt antal sidor)")
    # The in-header page count is valid only when the two change counters agree.
    page_count = _u32(data, 28) if _u32(data, 24) == _u32(data, 92) and _u32(data, 28) else None
    # A crash while SQLite copies pages into the file (a WAL checkpoint, or a commit with a
    # rollback journal) can leave page 1 with the new count before the last pages are
    # written; SQLite completes or undoes that from the WAL or journal when it opens the file.
    if page_count is not None and size < page_count * page_size and not _recovery_pending(path):
        raise HeaderProblem(
            f"filen är avkortad: den har {size // page_size} av {page_count} sidor"
        )
    return FileHeader(
        page_size=page_size,
        page_count=page_count,
        schema_cookie=_u32(data, 40),
        user_version=_u32(data, 60),
        application_id=_u32(data, 68),
        file_size=size,
        wal=data[18] == 2 and data[19] == 2,
    )


def _recovery_pending(path: Path) -> bool:
    for suffix in ("-wal", "-journal"):
        sidecar = path.with_name(path.name + suffix)
        try:
            if sidecar.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def _describe_foreign(data: bytes) -> str:
    try:
        data.decode("utf-8")
        looks_like_text = all(b >= 9 for b in data)
    except UnicodeDecodeError:
        looks_like_text = False
    if data.startswith(b"PK\x03\x04"):
        return "filen är ingen databas utan ett zip-arkiv (t.ex. en Excel-fil); använd 'lagesbild import'"
    if looks_like_text:
        return "filen är ingen databas utan en textfil"
    return "filen är ingen SQLite-databas"
