"""Is a path on a network share? There WAL must not be used (SQLite docs: wal.html)."""

import os
import sys
from pathlib import Path

# Linux file systems that are reached over a network (as /proc/mounts names them).
_NETWORK_FS = {
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "ceph", "glusterfs", "9p",
    "fuse.sshfs", "sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "ncpfs", "lustre",
}


def is_network_path(path: Path) -> bool:
    """True when the platform says the path lies on a network file system."""
    text = str(path)
    if text.startswith(("\\\\", "//")):  # UNC path \\server\share
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(path)
    if sys.platform.startswith("linux"):
        return _linux_fstype(path) in _NETWORK_FS
    return False


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return False
    drive_remote = 4  # DRIVE_REMOTE from GetDriveTypeW
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote


def _linux_fstype(path: Path, mounts_file: str = "/proc/mounts") -> str:
    target = os.path.realpath(path if path.exists() else path.parent)
    best, fstype = "", ""
    try:
        with open(mounts_file, encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.split()
                if len(fields) < 3:
                    continue
                mount_point = fields[1].replace("\\040", " ")
                inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
                if inside and len(mount_point) > len(best):
                    best, fstype = mount_point, fields[2]
    except OSError:
        return ""
    return fstype
