"""ux21: the open points ux20 left and what a keyboard-only walk through the demo in
tmux found, one Pilot test per fix (each fails without it).

The demo desk is seeded at a frozen NOW (tests/tui/conftest.py); its agents are ana
(the app's), mihai and olga.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from supportdesk.tui.widgets import tone_panel
from tests.tui.conftest import settle, until
from tests.tui.test_flows import main_of
from tests.tui.test_tone_use import opened, ready, without_reader
from tests.tui.test_tone_ux18 import footer
from tests.tui.test_ux20 import gated

RUDE = "Hi, you obviously did not read the manual. Your password is hunter22."


async def test_the_tone_panel_footer_lists_the_panel_keys(make_app, demo_desk, monkeypatch):
    """With the tone panel focused the footer listed the main screen's keys ("q quit
    r reply a claim s st…"), cut at 80 columns, where the panel's own keys are what
    the agent needs: now it lists help, enter (the finding's words) and esc (back to
    the editor), and the palette."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    async with opened(make_app, (80, 24)) as (app, pilot, main):
        await pilot.press("r")
        main.editor.insert(RUDE)
        assert await until(pilot, lambda: ready(main.tone_panel))
        await pilot.press("tab")
        assert main.focused is main.tone_panel
        await settle(pilot)
        line = footer(app)
        assert "select words" in line and "esc editor" in line, line
        for other in ("claim", "status", "reply", "quit", "search"):
            assert other not in line, line
        await pilot.press("escape")  # back in the editor: its own footer again
        await settle(pilot)
        assert main.focused is main.editor
        assert "send" in footer(app)


def _said(app) -> list[str]:
    """Every toast the app showed, those whose 2 s are over included (at load 20 a
    Pilot pause outlasts them)."""
    return [str(m) for m in getattr(app, "said", [])] or [n.message for n in app._notifications]


def recording(app):
    """`app`, each toast's message kept in `app.said`."""
    app.said, notify = [], app.notify

    def kept(message, *args, **kw):
        app.said.append(message)
        return notify(message, *args, **kw)

    app.notify = kept
    return app


async def _loading_said(pilot, keys: list[str], wrong: tuple[str, ...], right: str) -> None:
    """Press `keys` while something loads: no toast says any of `wrong`, one says `right`."""
    for key in keys:
        await pilot.press(key)
    await pilot.pause()
    said = _said(pilot.app)
    assert not any(w in m for m in said for w in wrong), said
    assert any(right in m for m in said), said


@asynccontextmanager
async def held_back(make_app, monkeypatch, owner, name: str, size=(80, 24)):
    """The app with `owner.name` held back until the yielded gate is set (a slow load
    on a busy server), once a ticket is under the queue's cursor: (app, pilot, main,
    gate)."""
    gate = gated(monkeypatch, owner, name)
    app = recording(make_app())
    async with app.run_test(size=size) as pilot:
        main = main_of(app)
        assert await until(pilot, lambda: main.queue.current is not None)
        yield app, pilot, main, gate


async def test_a_key_pressed_while_the_ticket_loads_acts_once_it_has(
    make_app, demo_desk, monkeypatch
):
    """`r` pressed before the first ticket's messages were read said "Open a ticket
    first." though one was on its way: now it says it is loading and opens the editor
    on that ticket once it is shown."""
    async with held_back(make_app, monkeypatch, demo_desk, "conversation") as run:
        _app, pilot, main, gate = run
        await _loading_said(pilot, ["r"], ("first", "No ticket"), "Loading #")
        gate.set()
        assert await until(pilot, lambda: main.focused is main.editor)
        assert main.editor.ticket_id == main.queue.current.id


async def test_a_ticket_key_pressed_before_the_queue_loads_acts_on_it(
    make_app, demo_desk, monkeypatch
):
    """`a` (claim) and `N` (next unclaimed) before the queue's first read: "No ticket
    selected." and "Every active ticket is claimed." were said of a queue not read yet.
    Now the claim waits for the queue and claims the ticket under the cursor."""
    gate = gated(monkeypatch, demo_desk, "list_tickets")
    app = recording(make_app())
    async with app.run_test(size=(80, 24)) as pilot:
        main = main_of(app)
        await _loading_said(pilot, ["N", "a"], ("No ticket", "claimed."), "Loading the queue")
        gate.set()
        assert await until(pilot, lambda: main.queue.current is not None)
        first = main.queue.current.id
        assert await until(pilot, lambda: demo_desk.get_ticket(first).assignee == "ana")
        await settle(pilot)


async def _assign_prompt(pilot, main):
    """`A` on the first ticket of the queue, the prompt open: (screen, ticket id)."""
    from supportdesk.tui.screens.prompts import AssignScreen

    await settle(pilot)
    tid = main.queue.current.id
    await pilot.press("A")
    screen = pilot.app.screen
    assert isinstance(screen, AssignScreen)  # at once, the agents read meanwhile
    assert await until(pilot, lambda: screen.query_one("#agents").option_count > 0)
    return screen, tid


async def test_assign_offers_the_desk_agents_and_completes(make_app, demo_desk):
    """`A` took any typed name: there was no list to pick from. Now the desk's agents
    are listed (ana, mihai, olga: they hold and answered tickets), typing narrows them,
    ↑↓ move and enter assigns the highlighted one: "mi" + enter is mihai."""
    async with opened(make_app, (80, 24)) as (_app, pilot, main):
        screen, tid = await _assign_prompt(pilot, main)
        listed = [str(o.prompt) for o in screen.query_one("#agents").options]
        assert [x.split()[0] for x in listed] == ["ana", "mihai", "olga", "(nobody)"], listed
        assert "ana  (you)" in listed
        await pilot.press("m", "i", "enter")
        assert await until(pilot, lambda: demo_desk.get_ticket(tid).assignee == "mihai")
        # ↑↓ from the empty box: the current assignee is highlighted, up is the one above
        screen, tid = await _assign_prompt(pilot, main)
        assert "has it" in str(screen.query_one("#agents").get_option_at_index(1).prompt)
        await pilot.press("up", "enter")
        assert await until(pilot, lambda: demo_desk.get_ticket(tid).assignee == "ana")
        await settle(pilot)


async def test_assign_refuses_a_name_that_is_no_agent_unless_confirmed(make_app, demo_desk):
    """A typo ("mihia") is refused with one line naming the known agents; enter again
    on the same name assigns it (a new agent). Names from the desk stay text."""
    async with opened(make_app, (80, 24)) as (app, pilot, main):
        screen, tid = await _assign_prompt(pilot, main)
        before = demo_desk.get_ticket(tid).assignee
        await pilot.press(*"mihia", "enter")
        await settle(pilot)
        assert app.screen is screen  # still asking
        said = str(screen.query_one("#refused").render())
        assert "“mihia” is not an agent" in said and "mihai" in said, said
        assert demo_desk.get_ticket(tid).assignee == before
        await pilot.press("enter")  # confirmed
        assert await until(pilot, lambda: demo_desk.get_ticket(tid).assignee == "mihia")
        await settle(pilot)


def test_the_desk_agents_are_who_works_it(demo_desk):
    """`Desk.agents`: this session's login, those holding an active ticket, and whoever
    claimed, answered or was assigned one lately; never customers or ''."""
    from supportdesk.desk import Desk

    assert demo_desk.agents() == ["ana", "mihai", "olga"]
    zoe = Desk(demo_desk.store, demo_desk.config, "zoe")
    solved = next(t for t in demo_desk.list_tickets("all") if not t.status.active)
    zoe.add_note(solved.id, "seen")  # zoe holds nothing active, but worked the desk
    zoe.assign(solved.id, "[b]dan")  # a name assigned once is offered after
    assert Desk(demo_desk.store, demo_desk.config, "ana").agents() == [
        "[b]dan",
        "ana",
        "mihai",
        "olga",
        "zoe",
    ]


def test_the_desk_agents_include_whoever_has_had_a_session(demo_desk):
    """A login with a presence entry (a session open now, or one that left) is offered
    by the assign prompt, though it has touched no ticket; presence sits above the desk
    (the layers contract), so the prompt hands its logins to `Desk.agents`."""
    from supportdesk.presence import Presence

    ticket = demo_desk.list_tickets("all")[0]
    Presence(demo_desk.store, "pat").beat(ticket.id)
    assert "pat" not in demo_desk.agents()
    present = Presence(demo_desk.store, "ana").logins()
    assert present == {"pat"}
    assert demo_desk.agents(present=present) == ["ana", "mihai", "olga", "pat"]


async def test_what_is_typed_right_after_assign_lands_in_its_box(make_app, demo_desk, monkeypatch):
    """The agents are read in a worker; the prompt opened only then, so "mihai" typed
    at once after `A` went to the main screen's keys (a claimed, n opened a note…).
    Now the prompt opens at once, and an enter pressed before the agents are read
    assigns once they are."""
    gate = gated(monkeypatch, demo_desk, "agents")
    async with opened(make_app, (80, 24)) as (app, pilot, main):
        tid = main.queue.current.id
        await pilot.press("A", *"mihai", "enter")
        await pilot.pause()
        assert demo_desk.get_ticket(tid).assignee == ""  # not claimed by the "a"
        gate.set()
        assert await until(pilot, lambda: demo_desk.get_ticket(tid).assignee == "mihai")
        assert app.screen is main
        await settle(pilot)


async def test_typing_on_never_stacks_reader_passes(make_app, demo_desk, monkeypatch):
    """Each pause in typing started a reader pass in a thread; a pass whose draft was
    typed on was cancelled but a thread cannot be stopped, so it ran to its end beside
    the next ones: short pauses stacked passes on the CPU the editor needs. Now one
    runs at a time, the latest draft waits for it, and the last draft is read."""
    import threading
    import time

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.02)
    without_reader(demo_desk)  # the analysis with the rules; the draft's reader is faked
    running, most, started, read = [0], [0], [], []
    lock = threading.Lock()

    def slow_read(rules, text, reader, context=None):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
            started.append(text)
        time.sleep(0.4)  # a long draft's sentences on a busy server
        with lock:
            running[0] -= 1
            read.append(text)
        return rules

    monkeypatch.setattr(tone_panel, "read_with", slow_read)
    async with opened(make_app, (80, 24)) as (_app, pilot, main):
        await pilot.press("r")
        main.editor.insert("Hello Ion, thanks for waiting.")
        assert await until(pilot, lambda: ready(main.tone_panel))
        main.tone_panel.reader = object()  # a reader "installed"
        t0 = time.monotonic()
        for _ in range(16):  # a key, a short pause: 0.1 s a key
            main.editor.insert(" x")
            await pilot.pause(0.1)
        typing = time.monotonic() - t0
        final = main.editor.text
        assert await until(pilot, lambda: final in read)
        assert await until(pilot, lambda: running[0] == 0)
        print(
            f"reader passes: {len(started)} in {typing:.1f} s of typing, at most {most[0]} at once"
        )
        assert most[0] == 1, most
        assert len(started) <= typing / 0.4 + 2, len(started)
        await settle(pilot)


async def test_the_template_picker_follows_the_tone_analysis_register(make_app, demo_desk):
    """Brandon's conversation read "en · informal · angry" while the template picker
    over it said "customer register unknown" (its own guess from his words) and chose
    variants by that guess (R3). The picker now takes the register the analysis read."""
    from supportdesk.tui.screens.template_picker import TemplatePickerScreen
    from tests.tui.test_tone_use import open_ticket

    without_reader(demo_desk)
    async with opened(make_app, (120, 40)) as (app, pilot, main):
        open_ticket(main, "WHERE IS MY ORDER")
        assert await until(pilot, lambda: main._tone_for == main.queue.current.id)
        register = main._tone_analysis.register
        assert register == "informal"
        await pilot.press("t")
        assert await until(pilot, lambda: isinstance(app.screen, TemplatePickerScreen))
        await pilot.pause()
        title = str(app.screen.query_one("Vertical").border_title)
        assert f"customer register {register}" in title, title
        assert app.screen.context.register == register
        await pilot.press("escape")
        await settle(pilot)


async def test_why_pressed_while_the_analysis_loads_opens_when_it_arrives(
    make_app, demo_desk, monkeypatch
):
    """`i` a moment before the customer's analysis arrived said "still reading…" and
    did nothing, with the analysis on the pane's border a second later (120x40 walk):
    it now opens the why screen as soon as the analysis is in."""
    from supportdesk.tui.screens.tone_why import ToneWhyScreen

    without_reader(demo_desk)
    async with held_back(make_app, monkeypatch, demo_desk, "tone_analysis", (120, 40)) as run:
        app, pilot, main, gate = run
        assert await until(pilot, lambda: main.ticket is not None)
        await pilot.press("i")
        await pilot.pause()
        assert any("reading the customer" in m for m in _said(app)), _said(app)
        gate.set()  # then the rules load: 20 s at load 19
        assert await until(pilot, lambda: isinstance(app.screen, ToneWhyScreen), 120)
        await pilot.press("escape")
        await settle(pilot)


async def test_findings_that_fit_the_panel_are_not_cut(make_app, demo_desk, monkeypatch):
    """At 120x40 the tone panel had five rows for two findings and cut both at the
    edge ("A password in a reply: never send o…"): each now shows whole when all of
    them fit; at 80x24, where they do not, they stay one line each."""
    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    from tests.tui.test_tone_use import open_ticket

    draft = (
        "Hello Brandon,\nThank you for writing. Your password is hunter22, you obviously "
        "did not read the manual.\nAna"
    )
    for size, whole in (((120, 40), True), ((80, 24), False)):
        async with opened(make_app, size) as (_app, pilot, main):
            open_ticket(main, "WHERE IS MY ORDER")
            assert await until(pilot, lambda: main._tone_for == main.queue.current.id)
            await pilot.press("r")
            main.editor.clear()  # the first size's draft was saved on the ticket
            main.editor.insert(draft)
            assert await until(pilot, lambda: ready(main.tone_panel))
            await settle(pilot)
            panel = main.tone_panel
            rows = [panel.render_line(y).text for y in range(panel.size.height)]
            shown = " ".join(" ".join(r.split()) for r in rows)
            messages = [f.message for f in panel.report.findings]
            assert len(messages) == 2, messages  # the block and the warning
            complete = [" ".join(m.split()) in shown for m in messages]
            assert all(complete) if whole else not all(complete), (size, rows)


def test_a_key_typed_as_the_app_opens_in_a_real_terminal(tmp_path):
    """`r` typed as the app opened (over SSH, before the first paint) went into the
    search box, which Textual had focused first and the screen hid only after: the
    header said "search: r" over a box nobody could see, and n / N stepped through
    matches. Found in tmux; Pilot presses only once the app is up, so only a real
    terminal shows it. Now the keys wait for the ticket and open the editor."""
    import os
    import shutil
    import sys
    import time
    import uuid
    from pathlib import Path

    import pytest

    from tests.tui.test_tmux import SESSION, _capture, _tmux, _wait_for

    if shutil.which("tmux") is None:
        pytest.skip("tmux not installed")
    # a tmux server of this test's own (`tmux -L`), as tests/tui/test_tmux.py starts it
    server = f"sd-ux21-{uuid.uuid4().hex[:8]}"
    src = os.path.abspath("src")
    command = f"{sys.executable} -m supportdesk demo --data-dir {tmp_path / 'demo'}"
    args = ["new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24"]
    for key, value in {"TERM": "xterm-256color", "PYTHONPATH": src}.items():
        args += ["-e", f"{key}={value}"]
    _tmux(server, *args, command)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "Acme" not in _capture(server):
            _tmux(server, "send-keys", "-t", SESSION, "-l", "r")
            time.sleep(0.05)
        _wait_for(server, "1 Queue", timeout=30)
        screen = _wait_for(server, "3 Reply to #", timeout=30)
        time.sleep(1)
        screen = _capture(server)
        assert "search:" not in screen.splitlines()[0], screen
    finally:
        socket = _tmux(server, "display-message", "-p", "#{socket_path}").strip()
        _tmux(server, "kill-server")
        if socket:  # tmux leaves its socket file behind
            Path(socket).unlink(missing_ok=True)


async def test_enter_works_in_a_panel_focused_while_the_rules_loaded(
    make_app, demo_desk, monkeypatch
):
    """Tab into the tone panel while it read the rules (20 s at load 19 in tmux), then
    the findings came: none was highlighted, so enter ("select words" in the footer)
    did nothing. The first finding is highlighted as the findings arrive."""
    from supportdesk.tui import tone_guide

    monkeypatch.setattr(tone_panel, "DEBOUNCE", 0.05)
    without_reader(demo_desk)
    async with held_back(make_app, monkeypatch, tone_guide, "load_packs") as run:
        _app, pilot, main, gate = run
        assert await until(pilot, lambda: main.ticket is not None)
        await pilot.press("r")
        main.editor.insert(RUDE)
        await pilot.pause(0.2)
        await pilot.press("tab")
        assert main.focused is main.tone_panel
        assert "reading the tone rules" in str(main.tone_panel.get_option_at_index(0).prompt)
        gate.set()
        assert await until(pilot, lambda: ready(main.tone_panel))
        await pilot.press("enter")
        assert main.focused is main.editor
        sel = main.editor.selected_text
        assert sel and sel in RUDE, sel
        await settle(pilot)
