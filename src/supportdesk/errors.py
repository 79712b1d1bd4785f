"""Errors a person can act on.

Every handled failure is a `DeskError` whose message is one line naming the file, key or
item at fault; the CLI prints it and exits 1, never a traceback (design.md: CLI contract).
"""

from __future__ import annotations


class DeskError(Exception):
    """A handled error: its message is shown to the user as is."""


class ConfigError(DeskError):
    """The configuration file is missing, unreadable or invalid."""


class StoreError(DeskError):
    """The data directory cannot be read or written."""


class StoreBusy(StoreError):
    """Another process held the desk lock for longer than we were willing to wait."""

    @property
    def holder(self) -> str:
        """ "user@host pid 123" from the "... is already running (…)" message: the
        sync and monitor roles name who has them in the header and on stderr."""
        text = str(self)
        if text.rstrip().endswith(")") and "(" in text:
            return text[text.rindex("(") + 1 : text.rindex(")")]
        return "another process"


class NotFound(DeskError):
    """A ticket, message or other item named by the user does not exist."""


class Conflict(DeskError):
    """The action lost a race with another agent (e.g. the ticket was claimed first)."""
