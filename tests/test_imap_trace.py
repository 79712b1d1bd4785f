"""imaplib's protocol trace costs a first sync most of its fetch time (it formats the
repr of every message fetched), so the IMAP channel keeps it only for a process that
records the "imapclient.imaplib" logger at DEBUG; mail comes in whole either way."""

from __future__ import annotations

import logging

import pytest

from tests.test_imap import Box, box, mail  # `box`: the fixture

__all__ = ["box"]


def _client_debug(box: Box) -> int:
    channel = box.channel()
    try:
        return channel._connection()._imap.debug
    finally:
        channel.close()


def test_no_trace_is_formatted_unless_it_is_recorded(box: Box) -> None:
    assert logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG) is False
    assert _client_debug(box) == 0
    box.append("INBOX", mail(1), mail(2))
    report = box.sync(after_import="seen")
    assert (report.result.imported, report.errors) == (2, [])
    assert box.tickets() == ["Question number 1", "Question number 2"]


def test_the_trace_is_kept_when_debug_logging_records_it(
    box: Box, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="imapclient")
    assert _client_debug(box) == 5
    box.append("INBOX", mail(3))
    assert box.sync().result.imported == 1
    trace = [r for r in caplog.records if r.name == "imapclient.imaplib"]
    assert any("FETCH" in r.getMessage() for r in trace)
