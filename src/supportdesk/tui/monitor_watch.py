"""Monitors on the main screen: the checker in the background, the strip, the banner.

Mixed into MainScreen beside `Live` (`start_monitors()` on mount, `stop_monitors()` on
unmount). Every agent's screen reads the monitor state from the data directory every
`POLL` seconds (a stat, then a small JSON file when it changed), so all screens show
the same state whichever process runs the checks. The checks themselves run in a
thread worker holding the desk-wide `monitors` role (`MonitorRole`, the same service
`supportdesk sync` runs), in one process per desk; the others keep offering to take
over. Nothing here blocks the event loop: reading and counting tickets happen in a
thread worker too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.worker import get_current_worker

from supportdesk.monitors import MonitorView, OutageInfo, data_dir_of, monitors, outage_overview
from supportdesk.tui.handback import hand_back
from supportdesk.tui.widgets.monitor_strip import MonitorStrip, OutageBanner

if TYPE_CHECKING:
    from datetime import tzinfo
    from pathlib import Path

    from supportdesk.desk import Desk
    from supportdesk.monitors.runner import MonitorRole

POLL = 2.0


class MonitorWatch:
    desk: Desk
    tz: tzinfo
    app: Any
    run_worker: Any
    set_interval: Any
    query_one: Any
    notify: Any

    def start_monitors(self) -> None:
        self.monitor_role: MonitorRole | None = None
        self.monitor_views: list[MonitorView] = []
        self.outages: list[OutageInfo] = []
        self._monitor_polling = False
        self.monitor_dir: Path | None = data_dir_of(self.desk.store)
        if self.monitor_dir is None:
            return
        if self.desk.config.monitors:
            self._start_checker()
        self.set_interval(POLL, self.poll_monitors)
        self.poll_monitors()

    def stop_monitors(self) -> None:
        role = getattr(self, "monitor_role", None)
        if role is not None:
            role.stop()

    def _start_checker(self) -> None:
        from supportdesk.monitors.runner import RETRY_BUSY, MonitorRole

        assert self.monitor_dir is not None
        role = MonitorRole(
            self.desk.store,
            self.desk.config.monitors,
            self.monitor_dir,
            retry=getattr(self.app, "sync_retry", None) or RETRY_BUSY,
        )
        self.monitor_role = role

        def work() -> None:
            worker = get_current_worker()
            role.run(lambda: worker.is_cancelled)

        self.run_worker(work, thread=True, group="monitor-role", exit_on_error=False)

    # -- reading the state ---------------------------------------------------------------
    def poll_monitors(self) -> None:
        if self._monitor_polling or self.monitor_dir is None:
            return
        self._monitor_polling = True
        self.run_worker(self._read_monitors, thread=True, group="monitor-poll")

    def _read_monitors(self) -> None:
        assert self.monitor_dir is not None
        try:
            views = monitors(self.monitor_dir)
            infos = outage_overview(self.monitor_dir, self.desk.store)
        except Exception as exc:  # a broken status file must not stop the screen
            hand_back(self, self.notify, f"monitors: {exc}", severity="error", markup=False)
            return
        finally:
            self._monitor_polling = False
        hand_back(self, self.show_monitors, views, infos)

    def show_monitors(self, views: list[MonitorView], infos: list[OutageInfo]) -> None:
        self.monitor_views, self.outages = views, infos
        self.query_one(MonitorStrip).show(views)
        self.query_one(OutageBanner).show(infos)
        # R4: while a site is down, the template picker offers the outage templates first.
        down = any(not info.recovered for info in infos)
        if down != getattr(self, "_outage_boosted", False):  # only on a change of state
            self._outage_boosted = down
            self.template_boost = frozenset({"outage"}) if down else frozenset()

    # -- actions -------------------------------------------------------------------------
    def action_monitors(self) -> None:
        from supportdesk.tui.screens.monitors import MonitorsScreen

        if self.monitor_dir is None:
            self.notify("monitors: this desk has no data directory", markup=False)
            return
        self.app.push_screen(MonitorsScreen(self.monitor_dir, self.tz))

    def action_outage_reply(self) -> None:
        """Answer the tickets a recovered outage brought, one review at a time (R4)."""
        from supportdesk.tui.outage_flow import ResolvedReplies

        info = next((o for o in self.outages if o.recovered and o.tickets), None)
        if info is None:
            self.notify("no recovered outage with tickets to answer", markup=False)
            return
        ResolvedReplies(self, info.view, info.tickets).start()
