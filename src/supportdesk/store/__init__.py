"""The desk's storage: an interface and its embedded TinyDB implementation.

Nothing above this package touches the files of a data directory.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from supportdesk.store.base import BlobWriter, Store, Transaction


def open_store(
    data_dir: Path, *, archive_after_days: int = 14, lock_timeout: float = 10.0
) -> Store:
    """Open (creating if needed) the desk in `data_dir`."""
    from supportdesk.store.tinydesk import TinyDeskStore

    return TinyDeskStore(
        data_dir, archive_after=timedelta(days=archive_after_days), lock_timeout=lock_timeout
    )


__all__ = ["BlobWriter", "Store", "Transaction", "open_store"]
