"""A local Maildir as a source: mail delivered on the shared server itself.

Every message not yet imported is read, whether it sits in `new/` or was already moved
to `cur/` by another mail client (ingestion never depends on the seen flag, ING-01).
Only after the desk has committed a batch are its messages moved from `new/` to `cur/`
with the `S` flag, and their keys remembered; nothing is ever deleted.
"""

from __future__ import annotations

import contextlib
import mailbox
import os
from collections.abc import Iterator
from pathlib import Path

from supportdesk.channels.base import Batch, Check, Source, SourceState
from supportdesk.channels.files import is_maildir
from supportdesk.mail.oversized import Oversized, read_or_stream


class MaildirSource(Source):
    kind = "maildir"

    def __init__(self, name: str, path: Path, batch_size: int = 200) -> None:
        self.name = name
        self.path = path
        self.batch_size = batch_size

    def _box(self) -> mailbox.Maildir:
        if not is_maildir(self.path):
            raise FileNotFoundError(f"{self.path}: not a Maildir (needs cur/, new/ and tmp/)")
        return mailbox.Maildir(self.path, factory=None, create=False)

    def fetch(self, state: SourceState) -> Iterator[Batch]:
        box = self._box()
        saved = state.load()
        done = set(saved.get("done", []))
        present = set(box.keys())
        todo = sorted(present - done)  # names start with the delivery time
        # Forget keys of mail that was removed from the Maildir, so the state stays small.
        done &= present
        if done != set(saved.get("done", [])):
            state.save({**saved, "done": sorted(done)})
        for start in range(0, len(todo), self.batch_size):
            keys = todo[start : start + self.batch_size]
            batch = Batch(on_committed=lambda keys=keys: self._acknowledge(state, keys))
            for key in keys:
                try:
                    self._read(box, key, state, batch)
                except KeyError:
                    continue  # removed by another client since we listed it
            yield batch

    def _read(self, box: mailbox.Maildir, key: str, state: SourceState, batch: Batch) -> None:
        """Add one message to the batch: whole, or over `max_message_bytes` streamed into a
        blob a piece at a time with only its header read (ING-07)."""
        origin = f"{self.path}:{key}"
        with contextlib.closing(box.get_file(key)) as fh:
            found = read_or_stream(fh, origin, state.max_message_bytes, state.put_blob_stream)
        if isinstance(found, Oversized):
            batch.oversized.append(found)
        else:
            batch.raws.append((found, origin))

    def _acknowledge(self, state: SourceState, keys: list[str]) -> None:
        """Move committed mail from new/ to cur/ as seen: a rename, the bytes untouched
        (mailbox.Maildir's own setter rewrites the file and its line endings)."""
        for key in keys:
            fresh = self.path / "new" / key
            with contextlib.suppress(FileNotFoundError):  # another client moved it first
                os.rename(fresh, self.path / "cur" / f"{key}:2,S")
        saved = state.load()
        state.save({**saved, "done": sorted(set(saved.get("done", [])) | set(keys))})

    def check(self) -> list[Check]:
        try:
            box = self._box()
            return [Check(f"source {self.name}", True, f"maildir {self.path}: {len(box)} messages")]
        except OSError as exc:
            return [Check(f"source {self.name}", False, str(exc))]
