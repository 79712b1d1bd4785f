"""Build the source objects a config names (network libraries load only when used)."""

from __future__ import annotations

from supportdesk.channels.base import Source
from supportdesk.config import Config, HttpSource, ImapSource, MaildirSource
from supportdesk.errors import DeskError


def open_source(config: Config, name: str) -> Source:
    cfg = config.source(name)
    if isinstance(cfg, MaildirSource):
        from supportdesk.channels.maildir import MaildirSource as Maildir

        return Maildir(cfg.name, cfg.path)
    if isinstance(cfg, ImapSource):
        from supportdesk.channels.imap import ImapSourceChannel

        return ImapSourceChannel(cfg)
    if isinstance(cfg, HttpSource):
        from supportdesk.channels.http import HttpSourceChannel

        return HttpSourceChannel(cfg)
    raise DeskError(f"source {name}: kind {cfg.kind!r} is not supported")


def open_sources(config: Config, only: str | None = None) -> list[Source]:
    names = [only] if only else [s.name for s in config.sources]
    return [open_source(config, n) for n in names]
