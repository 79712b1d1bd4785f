"""The Textual application: themes, keymap, help, palette, quit. Thin on purpose.

Screens and widgets do the work; this class wires configuration in (theme and
`[ui.keys]`, both validated with a notification instead of a crash) and holds what
every screen shares: the desk, the clock, and how often background sync runs.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from supportdesk.desk import Desk
from supportdesk.tui import keymap
from supportdesk.tui.clock import Clock, system_clock
from supportdesk.tui.themes import DEFAULT_THEME, VARIABLE_DEFAULTS, load_themes

# How long a configuration problem (bad theme, theme file, key) stays on screen. Textual's
# 5 s counts from when it is raised, and a start under load (the reader's model, the
# first sync) can take 3-5 s: the toast was gone, or nearly, before the agent saw the
# desk (ux16; the same race failed test_unknown_theme_falls_back_with_a_notification).
CONFIG_NOTICE_SECONDS = 30


class SupportdeskApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "supportdesk"
    BINDINGS = [  # noqa: RUF012 (Textual reads a class list)
        *keymap.bindings("app"),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(
        self,
        desk: Desk,
        *,
        clock: Clock = system_clock,
        theme: str | None = None,
        keys: dict[str, str] | None = None,
        sync_interval: float | None = None,
        sync_retry: float | None = None,
    ) -> None:
        """`sync_interval`/`sync_retry` override the seconds between sync cycles (default:
        the sources' `poll_seconds`) and between tries to take the sync role from another
        process (default 30): tests and demos want seconds, not minutes."""
        self.desk = desk
        self.clock = clock
        self.sync_interval = sync_interval
        self.sync_retry = sync_retry
        self.user_keys = dict(keys if keys is not None else desk.config.ui.keys)
        self.keys: dict[str, str] = {}
        self._theme_name = theme or desk.config.ui.theme or DEFAULT_THEME
        self._clash_reported = False
        super().__init__()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(VARIABLE_DEFAULTS)

    def on_mount(self) -> None:
        from supportdesk.tui.screens.main import MainScreen

        themes, errors = load_themes()
        for theme in themes:
            self.register_theme(theme)
        self._use_theme(self._theme_name, errors)
        self.apply_keys(self.user_keys)
        self.push_screen(MainScreen(self.desk))

    def _use_theme(self, name: str, errors: list[str]) -> None:
        for message in errors:
            self.notify(f"theme file: {message}", severity="error", markup=False,
                        timeout=CONFIG_NOTICE_SECONDS)  # fmt: skip
        if name in self.available_themes:
            self.theme = name
            return
        self.notify(f"[ui] theme {name!r}: no such theme; using {DEFAULT_THEME}",
                    severity="error", markup=False, timeout=CONFIG_NOTICE_SECONDS)  # fmt: skip
        if DEFAULT_THEME in self.available_themes:
            self.theme = DEFAULT_THEME

    def apply_keys(self, user: dict[str, str]) -> list[str]:
        """Apply `[ui.keys]`; conflicts and unknown ids are notified and skipped."""
        ok, errors = keymap.validate(user)
        self.keys = ok
        self.set_keymap(ok)
        for message in errors:
            self.notify(message, severity="error", markup=False, timeout=CONFIG_NOTICE_SECONDS)
        return errors

    def handle_bindings_clash(self, clashed: set[Binding], node: object) -> None:
        if not self._clash_reported:
            self._clash_reported = True
            names = ", ".join(sorted(b.id or b.action for b in clashed))
            self.notify(f"[ui.keys]: key conflict, these lost their key: {names}",
                        severity="error", markup=False)  # fmt: skip

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from supportdesk.tui.commands import commands
        from supportdesk.tui.screens.main import MainScreen

        yield from super().get_system_commands(screen)
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        yield from commands(self, main, self.keys)

    # -- app-wide actions -----------------------------------------------------------------
    def action_help(self) -> None:
        from supportdesk.tui.screens.help import HelpScreen, screen_scope

        if isinstance(self.screen, HelpScreen):
            return
        focused = self.focused
        context = str(getattr(focused, "HELP", "") or "") if focused else ""
        self.push_screen(HelpScreen(self.keys, context, first=screen_scope(self.screen)))

    def action_pane_help(self) -> None:
        """F1: the keys of the focused pane (the full list is one `?` away)."""
        from supportdesk.tui.screens.help import HelpScreen, pane_of, screen_scope

        if isinstance(self.screen, HelpScreen):
            return
        focused = self.focused
        context = str(getattr(focused, "HELP", "") or "") if focused else ""
        pane = pane_of(focused) or screen_scope(self.screen)
        self.push_screen(HelpScreen(self.keys, context, pane, first=screen_scope(self.screen)))

    def action_redraw(self) -> None:
        """ctrl+l: repaint everything (after line noise on a flaky SSH link)."""
        self.refresh(repaint=True, layout=True)
        self.screen.refresh(repaint=True, layout=True)

    def action_lead(self) -> None:
        """The lead's screen: response times, deadlines and breaches (issue 9)."""
        from supportdesk.tui.screens.lead import LeadScreen

        if not isinstance(self.screen, LeadScreen):
            self.push_screen(LeadScreen(self.desk))

    def action_pick_theme(self) -> None:
        self.action_change_theme()

    def action_quit_checked(self) -> None:
        """Quit; if a reply is typed but unsent, ask first (it stays saved as a draft)."""
        from supportdesk.tui.screens.main import MainScreen
        from supportdesk.tui.screens.prompts import ConfirmScreen

        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        if main is None or not main.editor.text.strip():
            self.exit()
            return
        main.editor.flush()
        self.push_screen(
            ConfirmScreen("A reply is not sent (it is kept as a draft). Quit anyway?"),
            lambda yes: yes and self.exit(),
        )
