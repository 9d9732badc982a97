"""Reading and writing files safely: atomic saves, backups, locks, autosave.

* :mod:`.safe_read` — the one way Briefer reads a file (regular files only, a byte limit);
* :mod:`.atomic` — the one way Briefer writes a file (temp file, fsync, replace;
  regular files or new names only);
* :mod:`.files` — load and save a `.brief`, with messages that name the file;
* :mod:`.lock` — ``NAME.brief.lock``: who has a brief open;
* :mod:`.autosave` — ``NAME.brief.autosave`` and crash recovery;
* :mod:`.session` — the file side of one open brief (open, save, lock,
  autosave, recover), which the GUI only adapts;
* :mod:`.examples` — the example brief shipped in the package resources;
* :mod:`.picture_files` — a photo or logo file read into a picture.

No Qt here: the CLI and the tests use all of it.
"""

from .atomic import ReadOnlyFileError, SaveError, UnsafeTargetError, atomic_write, check_target
from .autosave import (
    RecoveryInfo,
    autosave_path,
    data_dir,
    discard_autosave,
    discard_autosaves_of,
    set_aside_autosave,
    find_recovery,
    list_saved_recoveries,
    list_untitled_recoveries,
    write_autosave,
)
from .examples import EXAMPLE_NAME, load_example
from .files import backup_path, load_brief, read_brief_bytes, save_brief
from .lock import BriefLock, FileLockedError, LockInfo
from .session import AutosaveResult, BriefSession

__all__ = [
    "AutosaveResult",
    "BriefSession",
    "EXAMPLE_NAME",
    "load_example",
    "BriefLock",
    "FileLockedError",
    "LockInfo",
    "RecoveryInfo",
    "ReadOnlyFileError",
    "SaveError",
    "UnsafeTargetError",
    "check_target",
    "atomic_write",
    "autosave_path",
    "backup_path",
    "data_dir",
    "discard_autosave",
    "discard_autosaves_of",
    "set_aside_autosave",
    "find_recovery",
    "list_saved_recoveries",
    "list_untitled_recoveries",
    "load_brief",
    "read_brief_bytes",
    "save_brief",
    "write_autosave",
]
