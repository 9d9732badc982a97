"""The example brief shipped with Briefer, read from the package resources.

The GUI opens it as an untitled copy (Save asks where to put it), the
template gallery lays templates over it for their thumbnails, and the tests
export it.  It is read, never written.
"""

from __future__ import annotations

from importlib import resources

from briefer.model.fileformat import LoadedBrief, brief_from_bytes

EXAMPLE_NAME = "kushner-netanyahu-2025-11-10.brief"


def load_example() -> LoadedBrief:
    """The example brief (Kushner–Netanyahu, 10 November 2025)."""
    data = resources.files("briefer.resources").joinpath("examples", EXAMPLE_NAME).read_bytes()
    return brief_from_bytes(data)


__all__ = ["EXAMPLE_NAME", "load_example"]
