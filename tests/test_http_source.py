"""The HTTP inbox source, end to end: a real server on 127.0.0.1, config, desk and sync.

Faults are the server's (tests/peers/http_inbox.py); each test checks what reaches the
store, what the sync reports and where the cursor stands afterwards. Time limits are
loose upper bounds that only prove "did not hang".
"""

from __future__ import annotations

import base64
import json
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from supportdesk.channels.base import SourceState
from supportdesk.channels.http import (
    HttpAuthError,
    HttpError,
    HttpSourceChannel,
    RetryPolicy,
    item_id_of,
    post_reply,
)
from supportdesk.channels.http_items import message_id
from supportdesk.channels.registry import open_source
from supportdesk.config import Config, HttpSource, parse_config
from supportdesk.desk import Desk
from supportdesk.models import Channel, Direction
from supportdesk.sync import SourceReport, SyncService
from tests.peers.certs import Certs, make_certs
from tests.peers.http_inbox import TOKEN, InboxServer, item

FAST = RetryPolicy(base_seconds=0.02, max_delay_seconds=0.1)


@pytest.fixture
def server() -> Iterator[InboxServer]:
    with InboxServer([item(n) for n in range(1, 8)]) as s:
        yield s


@pytest.fixture(autouse=True)
def _token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEB_TOKEN", TOKEN)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)


def web_config(
    url: str, extra: str = "", token: str = '{ env = "WEB_TOKEN" }', timeout: float = 1.0
) -> Config:
    text = (
        f'[[sources]]\nname = "web"\nkind = "http"\nurl = "{url}"\n'
        f"token = {token}\ntimeout_seconds = {timeout}\n{extra}"
    )
    return parse_config(text, "test.toml")


def web(url: str, extra: str = "", page_size: int = 3, **kw: Any) -> HttpSourceChannel:
    channel = open_source(web_config(url, extra, **kw), "web")
    assert isinstance(channel, HttpSourceChannel)
    channel.page_size = page_size
    channel.retry = FAST
    return channel


def sync(desk: Desk, channel: HttpSourceChannel) -> SourceReport:
    return SyncService(desk, [channel]).sync_once()["web"]


def cursor(desk: Desk) -> str | None:
    return SourceState(desk.store, "web").load().get("cursor")


def subjects(desk: Desk) -> list[str]:
    return sorted(t.subject for t in desk.list_tickets("all"))


# -- the protocol -----------------------------------------------------------------------


def test_first_sync_reads_every_page_into_tickets(desk: Desk, server: InboxServer) -> None:
    report = sync(desk, web(server.url))
    assert report.errors == []
    assert (report.result.imported, report.result.quarantined) == (7, 0)
    assert [s.query.get("cursor") for s in server.seen] == [None, "c3", "c6"]
    assert all(s.query["limit"] == "3" and s.authorised for s in server.seen)
    assert cursor(desk) == "c7"
    ticket = next(t for t in desk.list_tickets("all") if t.subject == "Order 1001 has not arrived")
    assert (ticket.channel, ticket.source, ticket.customer.email, ticket.language) == (
        Channel.HTTP,
        "web",
        "c1@example.com",
        "en",
    )
    [msg] = desk.conversation(ticket.id)
    assert msg.direction is Direction.IN and msg.message_id == "http.web.1@supportdesk.invalid"
    assert msg.created_at.isoformat() == "2026-11-24T08:01:00+02:00"
    assert json.loads(desk.store.get_blob(msg.raw_blob))["id"] == 1  # the original is kept


def test_incremental_sync_starts_from_the_saved_cursor(desk: Desk, server: InboxServer) -> None:
    sync(desk, web(server.url))
    server.add(item(8), item(9))
    before = len(server.seen)
    report = sync(desk, web(server.url))  # a new channel: the cursor comes from the store
    assert (report.result.imported, report.errors) == (2, [])
    assert [s.query.get("cursor") for s in server.seen[before:]] == ["c7"]
    assert cursor(desk) == "c9"


def test_resync_imports_nothing_and_redelivery_is_a_duplicate(
    desk: Desk, server: InboxServer
) -> None:
    sync(desk, web(server.url))
    again = sync(desk, web(server.url))
    assert (again.result.imported, again.result.duplicates, again.errors) == (0, 0, [])
    SourceState(desk.store, "web").save({})  # the server forgot us: everything again
    replay = sync(desk, web(server.url))
    assert (replay.result.imported, replay.result.duplicates) == (0, 7)
    assert len(desk.list_tickets("all")) == 7


def test_a_thread_reply_joins_the_earlier_items_ticket(desk: Desk, server: InboxServer) -> None:
    sync(desk, web(server.url))
    server.add(item(8, email="c2@example.com", subject="Re: still waiting", thread=2))
    report = sync(desk, web(server.url))
    assert (report.result.imported, report.result.threaded) == (1, 1)
    [ticket] = [t for t in desk.list_tickets("all") if t.customer.email == "c2@example.com"]
    assert [m.subject for m in desk.conversation(ticket.id)] == [
        "Order 1002 has not arrived",
        "Re: still waiting",
    ]


def test_field_names_of_an_existing_endpoint_are_mapped(desk: Desk) -> None:
    names = {"items": "tickets", "next_cursor": "next", "has_more": "more", "cursor": "after",
             "limit": "count", "id": "ref", "created_at": "when", "from": "author",
             "name": "fullName", "email": "mail", "subject": "title", "body": "message",
             "thread": "parent", "agent": "by", "message_id": "key"}  # fmt: skip
    items = [
        {"ref": "A-1", "when": "2026-11-24T09:00:00Z", "author": {"fullName": "Ana", "mail": "ana@x.test"},
         "title": "Cannot log in", "message": "The login page keeps saying my password is wrong."},
        {"ref": "A-2", "when": "2026-11-24T09:05:00", "author": {"fullName": "Ana", "mail": "ana@x.test"},
         "title": "Re: Cannot log in", "message": "I also reset it twice, same problem.", "parent": "A-1"},
    ]  # fmt: skip
    mapping = ", ".join(f'{k} = "{v}"' for k, v in names.items())
    with InboxServer(items, fields=names) as s:
        channel = web(s.url, f"fields = {{ {mapping} }}\n", page_size=1)
        report = sync(desk, channel)
        assert [x.query.get("after") for x in s.seen] == [None, "c1"]
        post_reply(channel.cfg, "A-1", "Fixed now.", "ana", "sd.1.abc@acme.test", policy=FAST)
        assert s.replies["sd.1.abc@acme.test"] == {
            "item": "A-1", "message": "Fixed now.", "by": "ana", "key": "sd.1.abc@acme.test"
        }  # fmt: skip
    assert (report.result.imported, report.result.threaded, report.errors) == (2, 1, [])
    [ticket] = desk.list_tickets("all")
    first, second = desk.conversation(ticket.id)
    assert (first.sender.email, first.text, str(first.created_at)) == (
        "ana@x.test",
        "The login page keeps saying my password is wrong.",
        "2026-11-24 09:00:00+00:00",
    )
    assert str(second.created_at) == "2026-11-24 09:05:00+00:00"  # naive means UTC


# -- bad input ------------------------------------------------------------------------


def test_malformed_items_are_quarantined_and_the_rest_imported(desk: Desk) -> None:
    good = [item(1), item(2, created_at="yesterday-ish")]
    bad = [
        {**item(10), "id": None},
        "just a string",
        {k: v for k, v in item(11).items() if k != "body"},
        {**item(12), "id": [12]},
        {**item(13), "body": 42},
        {**item(14), "from": "someone@x.test"},
        {**item(15), "from": {"email": 15}},
        {**item(16), "id": True},
    ]
    with InboxServer([good[0], *bad, good[1]]) as s:
        report = sync(desk, web(s.url, page_size=20))
    assert (report.result.imported, report.result.quarantined, report.errors) == (2, 8, [])
    held = sorted(
        (q["origin"].rsplit(" ", 1)[-1], q["reason"]) for q in desk.quarantined().values()
    )
    assert held == [
        ("#1", "item #1: id: null"),
        ("#2", "item #2: expected a JSON object, got a string"),
        ("#4", "item #4: id: expected a string or an integer, got a list"),
        ("#8", "item #8: id: expected a string or an integer, got a boolean"),
        ("11", "item 11: body: missing"),
        ("13", "item 13: body: expected a string, got a number"),
        ("14", "item 14: from: expected an object, got a string"),
        ("15", "item 15: from.email: expected a string, got a number"),
    ]
    late = next(t for t in desk.list_tickets("all") if t.customer.email == "c2@example.com")
    [msg] = desk.conversation(late.id)
    assert "created_at not an ISO 8601 time: used the time it was fetched" in msg.reason


def test_duplicate_keys_and_broken_unicode_in_items(desk: Desk, server: InboxServer) -> None:
    page = (
        b'{"items": [{"id": 1, "body": "first", "body": "second"},'
        b' {"id": 2, "subject": "emoji \\ud83d", "body": "broken \\ud83d emoji, still a customer"}],'
        b' "next_cursor": "c2", "has_more": false}'
    )
    server.fail("raw", body=page)
    report = sync(desk, web(server.url))
    assert (report.result.imported, report.result.quarantined, report.errors) == (1, 1, [])
    [held] = desk.quarantined().values()
    assert held["reason"] == "item 1: key 'body' given twice"
    [ticket] = desk.list_tickets("all")
    assert ticket.subject == "emoji \ufffd"


HUGE_NUMBER = b'{"items": [], "next_cursor": 1' + b"1" * 5000 + b"}"


@pytest.mark.parametrize(
    ("mode", "body", "why"),
    [
        ("truncated", b"", "not JSON: Unterminated string"),
        ("html", b"", "looks like an HTML page"),
        ("deep", b"", "JSON nested too deeply to parse"),
        ("bom", b"", "byte-order mark"),
        ("raw", HUGE_NUMBER, "unusable JSON: Exceeds the limit (4300 digits)"),
    ],
)
def test_a_malformed_page_is_quarantined_and_the_cursor_stays(
    desk: Desk, server: InboxServer, mode: str, body: bytes, why: str
) -> None:
    sync(desk, web(server.url, page_size=5))  # imports 7, cursor c7
    server.add(item(8), item(9))
    server.fail(mode, body=body)
    report = sync(desk, web(server.url, page_size=5))
    assert report.result.quarantined == 1 and report.result.imported == 0
    [error] = report.errors
    assert error.startswith("web: the page at cursor c7 is not valid: ") and why in error
    assert error.endswith("kept in quarantine, cursor unchanged") and "\n" not in error
    assert cursor(desk) == "c7"
    [held] = desk.quarantined().values()
    assert held["origin"].endswith("/api cursor c7") and held["size"] <= 1_000_000
    recovered = sync(desk, web(server.url, page_size=5))
    assert (recovered.result.imported, recovered.errors, cursor(desk)) == (2, [], "c9")


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"[" * 500 + b"]" * 500, "JSON nested deeper than 32 levels"),
        (b"\xff{}", "not UTF-8 (invalid byte at offset 0)"),
        (b"", "empty body"),
        (b'[{"id": 1}]', "expected a JSON object, got a list"),
        (b'{"items": {"id": 1}}', "items: expected a list, got an object"),
        (b'{"items": [], "items": []}', "key 'items' given twice"),
        (b'{"items": [], "has_more": "yes"}', "has_more: expected true or false, got a string"),
        (b'{"items": [], "has_more": true}', "has_more is true but next_cursor is missing"),
        (b'{"items": [], "next_cursor": [1]}', "next_cursor: expected a string, got a list"),
    ],
)
def test_a_page_with_a_broken_frame_is_quarantined(
    desk: Desk, server: InboxServer, body: bytes, why: str
) -> None:
    server.fail("raw", body=body)
    report = sync(desk, web(server.url))
    assert report.errors == [
        f"web: the page at the start is not valid: {why}; kept in quarantine, cursor unchanged"
    ]
    assert (report.result.quarantined, report.result.imported, cursor(desk)) == (1, 0, None)


@pytest.mark.parametrize("mode", ["oversized", "oversized_stream", "gzip_bomb"])
def test_an_oversized_answer_is_aborted_at_the_cap(
    desk: Desk, server: InboxServer, mode: str
) -> None:
    server.fail(mode, size=20_000_000)
    started = time.monotonic()
    report = sync(desk, web(server.url, "max_response_bytes = 1000000\n"))
    assert time.monotonic() - started < 10
    [error] = report.errors
    assert error.startswith("web: http://127.0.0.1:") and "cap of 1,000,000 bytes" in error
    assert report.result.imported == 0 and cursor(desk) is None


# -- unreliable servers -----------------------------------------------------------------


def test_server_errors_are_retried_then_imported(desk: Desk, server: InboxServer) -> None:
    server.fail("500", times=2)
    channel = web(server.url)
    report = sync(desk, channel)
    assert (report.result.imported, report.errors) == (7, [])
    assert channel.retries == 2 and len(server.seen) == 5  # 3 tries for page 1, then 2 pages


def test_a_dropped_connection_is_retried(desk: Desk, server: InboxServer) -> None:
    server.fail("reset")
    channel = web(server.url)
    assert sync(desk, channel).result.imported == 7
    assert channel.retries == 1


def test_retries_are_bounded(desk: Desk, server: InboxServer) -> None:
    server.fail("503", times=-1, retry_after="0")
    report = sync(desk, web(server.url))
    assert report.errors == [f"web: {server.url}: answered HTTP 503 (gave up after 4 attempts)"]
    assert len(server.seen) == 4 and cursor(desk) is None


def test_429_retry_after_is_honoured(desk: Desk, server: InboxServer) -> None:
    server.fail("429", retry_after="1")
    report = sync(desk, web(server.url))
    assert (report.result.imported, report.errors) == (7, [])
    first, second = server.seen[:2]
    assert 0.8 <= second.at - first.at < 5  # waited about the second asked for


def test_a_retry_after_beyond_the_cap_gives_up_at_once(desk: Desk, server: InboxServer) -> None:
    server.fail("429", retry_after="3600")
    channel = web(server.url)
    channel.retry = RetryPolicy(retry_after_cap_seconds=60, max_total_wait_seconds=30)
    started = time.monotonic()
    report = sync(desk, channel)
    assert time.monotonic() - started < 5
    assert report.errors == [f"web: {server.url}: answered HTTP 429 (gave up after 1 attempt)"]


@pytest.mark.parametrize(
    ("mode", "timeout", "why"),
    [
        ("slow", 0.5, "silent for 0.5s"),
        ("drip", 1.0, "no complete answer within 4s"),
        ("drip_headers", 1.0, "no complete answer within 4s"),
    ],
)
def test_a_slow_or_dripping_server_fails_within_a_deadline_and_the_next_run_recovers(
    desk: Desk, server: InboxServer, mode: str, timeout: float, why: str
) -> None:
    # A 1 byte / 0.6 s drip never trips a 1 s read timeout: only the total deadline
    # (4 × timeout_seconds) ends it, whether it drips the headers or the body.
    server.fail(mode, seconds=10, interval=0.6)
    channel = web(server.url, timeout=timeout)
    started = time.monotonic()
    report = sync(desk, channel)
    assert time.monotonic() - started < 9
    [error] = report.errors
    assert error == f"web: {server.url}: {why}"
    assert report.result.imported == 0 and cursor(desk) is None
    assert sync(desk, channel).result.imported == 7


def test_a_refused_token_is_one_clear_error(desk: Desk, server: InboxServer, monkeypatch) -> None:
    monkeypatch.setenv("WEB_TOKEN", "wrong-token-value")
    report = sync(desk, web(server.url))
    assert report.errors == ["web: the server refused the token (401)"]
    assert len(server.seen) == 1  # no retry storm


def test_a_rotated_command_token_is_looked_up_again_once(
    desk: Desk, server: InboxServer, tmp_path: Path
) -> None:
    # The first lookup hands out an expired token, the second the current one.
    script = tmp_path / "token.py"
    count = tmp_path / "count"
    script.write_text(
        "import pathlib, sys\n"
        f"p = pathlib.Path({str(count)!r})\n"
        "n = int(p.read_text()) if p.exists() else 0\n"
        "p.write_text(str(n + 1))\n"
        f"print('expired' if n == 0 else {TOKEN!r})\n"
    )
    channel = web(server.url, token=f'{{ command = "{sys.executable} {script}" }}')
    report = sync(desk, channel)
    assert (report.result.imported, report.errors) == (7, [])
    assert [s.authorised for s in server.seen] == [False, True, True, True]
    assert count.read_text() == "2"


# -- TLS --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    return make_certs(tmp_path_factory.mktemp("tls"))


def test_tls_with_an_unknown_ca_is_refused_unless_ca_cert_names_it(
    desk: Desk, tls_files: Certs
) -> None:
    with InboxServer([item(1)], tls=tls_files) as s:
        refused = sync(desk, web(s.url))
        accepted = sync(desk, web(s.url, f'ca_cert = "{tls_files.ca}"\n'))
    [error] = refused.errors
    assert error.startswith(f"web: {s.url}: TLS certificate not trusted (")
    assert error.endswith("; set ca_cert to the CA that signed it")
    assert refused.result.imported == 0
    assert (accepted.result.imported, accepted.errors) == (1, [])


# -- secrets ----------------------------------------------------------------------------


def test_no_token_in_logs_or_errors(
    desk: Desk, server: InboxServer, caplog: pytest.LogCaptureFixture, monkeypatch
) -> None:
    for name in ("httpx", "httpcore", "supportdesk"):
        caplog.set_level(logging.DEBUG, logger=name)
    errors: list[str] = []
    server.fail("500")
    server.fail("reset")
    errors += sync(desk, web(server.url)).errors
    channel = web(server.url)
    errors += [c.detail for c in channel.check()]
    monkeypatch.setenv("WEB_TOKEN", "another-secret-token")
    errors += sync(desk, web(server.url)).errors
    errors += [c.detail for c in web(server.url).check()]
    with pytest.raises(HttpAuthError) as refused:
        post_reply(channel.cfg, "1", "Hi", "ana", "sd.1.x@acme.test", policy=FAST)
    errors.append(str(refused.value))
    assert "web: the server refused the token (401)" in errors
    assert any("retrying" in r.getMessage() for r in caplog.records)  # logging was on
    text = caplog.text + "\n".join(errors)
    for secret in (TOKEN, "another-secret-token"):
        assert secret not in text
        assert base64.b64encode(secret.encode()).decode() not in text
    assert "Bearer" not in text
    assert logging.getLogger("httpx").level == logging.DEBUG  # restored after each request


# -- doctor -----------------------------------------------------------------------------


def test_check_reports_token_and_connection(server: InboxServer, monkeypatch) -> None:
    ok = web(server.url).check()
    assert [(c.what, c.ok) for c in ok] == [("source web", True), ("source web", True)]
    assert ok[0].detail == "token: from env WEB_TOKEN"
    assert server.seen[-1].query == {"limit": "1"}
    monkeypatch.setenv("WEB_TOKEN", "nope")
    assert [c.ok for c in web(server.url).check()] == [True, False]
    monkeypatch.delenv("WEB_TOKEN")
    [missing] = web(server.url).check()
    assert not missing.ok and "WEB_TOKEN is not set" in missing.detail
    monkeypatch.setenv("WEB_TOKEN", TOKEN)
    server.fail("html")
    assert "not a page" in web(server.url).check()[1].detail
    down = web("http://127.0.0.1:9/api").check()  # discard port: nothing listens
    assert [c.ok for c in down] == [True, False] and "connection failed" in down[1].detail


# -- replies ----------------------------------------------------------------------------


def reply_config(url: str) -> HttpSource:
    cfg = web_config(url).sources[0]
    assert isinstance(cfg, HttpSource)
    return cfg


def test_post_reply_is_idempotent_when_the_answer_is_lost(desk: Desk, server: InboxServer) -> None:
    sync(desk, web(server.url))
    ticket = next(t for t in desk.list_tickets("all") if t.customer.email == "c3@example.com")
    [msg] = desk.conversation(ticket.id)
    item_id = item_id_of("web", msg.message_id)  # what a reply needs to find its item
    assert item_id == "3" and item_id_of("other", msg.message_id) is None
    cfg = reply_config(server.url)
    server.fail("lost_answer", method="POST")
    post_reply(cfg, item_id, "We sent it again today.", "ana", "sd.3.abc@acme.test", policy=FAST)
    posts = [s for s in server.seen if s.method == "POST"]
    assert [p.path for p in posts] == ["/api/3/replies", "/api/3/replies"]  # retried once
    assert server.replies == {
        "sd.3.abc@acme.test": {
            "item": "3",
            "body": "We sent it again today.",
            "agent": "ana",
            "message_id": "sd.3.abc@acme.test",
        }
    }
    post_reply(cfg, "3", "We sent it again today.", "ana", "sd.3.abc@acme.test", policy=FAST)
    assert len(server.replies) == 1  # sending it again is harmless too


def test_post_reply_errors_name_the_source(server: InboxServer) -> None:
    cfg = reply_config(server.url)
    server.fail("500", times=-1, method="POST")
    with pytest.raises(
        HttpError,
        match=r"^web: http://127\.0\.0\.1:\d+/api: answered HTTP 500 \(gave up after 4 attempts\)$",
    ):
        post_reply(cfg, "item/with slash", "x", "ana", "sd.9.z@acme.test", policy=FAST)
    assert server.seen[-1].path == "/api/item%2Fwith%20slash/replies"
    odd = "item/with slash@and <brackets>"
    assert (
        message_id("web", odd)
        == "http.web.item%2Fwith%20slash%40and%20%3Cbrackets%3E@supportdesk.invalid"
    )
    assert item_id_of("web", message_id("web", odd)) == odd


def test_a_cursor_that_does_not_move_stops_the_walk(desk: Desk, server: InboxServer) -> None:
    sync(desk, web(server.url))
    server.fail("raw", times=-1, body=b'{"items": [], "next_cursor": "c7", "has_more": true}')
    report = sync(desk, web(server.url))
    assert report.errors == ["web: the server sent cursor c7 again with has_more true; stopped"]
    assert len(server.seen) == 4  # three pages before, one now: no loop


def test_an_expired_cursor_reads_again_from_the_start(desk: Desk, server: InboxServer) -> None:
    sync(desk, web(server.url))
    server.add(item(8))
    server.fail("gone")  # 410 for the saved cursor
    before = len(server.seen)
    report = sync(desk, web(server.url))
    assert [s.query.get("cursor") for s in server.seen[before:]] == ["c7", None, "c3", "c6"]
    assert (report.result.imported, report.result.duplicates, report.errors) == (1, 7, [])
    assert cursor(desk) == "c8"


def test_tls_verification_is_never_switched_off() -> None:
    package = Path(__file__).parents[1] / "src" / "supportdesk"
    offenders = [
        str(p) for p in package.rglob("*.py") if "verify=False" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_reply_to_a_web_ticket_is_posted_once(
    desk: Desk, server: InboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 5: an HTTP-inbox ticket is answered by POST {url}/{id}/replies through the
    desk's outbox, and a retried send is never a second reply."""
    from supportdesk.models import Delivery

    desk.config = web_config(server.url)
    report = sync(desk, web(server.url))
    assert report.result.imported == 7 and not report.errors
    ticket = next(t for t in desk.list_tickets("all") if t.channel is Channel.HTTP)
    box = desk.outbox()
    queued = box.queue(ticket.id, "Hello, we fixed your account; please log in again.")
    outcome = box.send(queued.message_id)
    assert outcome.sent, outcome.error
    assert list(server.inbox.replies) == [queued.message_id]
    posted = server.inbox.replies[queued.message_id]
    assert posted["body"].startswith("Hello, we fixed") and posted["agent"] == "ana"
    again = box.send(queued.message_id)  # already sent: nothing is posted twice
    assert again.sent and len(server.inbox.replies) == 1
    out = [m for m in desk.conversation(ticket.id) if m.direction is Direction.OUT]
    assert [m.delivery for m in out] == [Delivery.SENT]
