"""Search as you type over subject, customer and message text (`/`).

Subject and customer are matched at once on every keystroke against a cached,
NFKC-casefolded haystack per ticket (about 10 ms per 100k tickets). Message bodies are
scanned in a worker thread after a short pause in typing, at most `TEXT_LIMIT`
tickets of the current view, and their matches join the results when ready.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from supportdesk.models import Ticket

if TYPE_CHECKING:
    from supportdesk.tui.screens.main import MainScreen

TEXT_LIMIT = 5000
TEXT_DELAY = 0.3


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class Matcher:
    def __init__(self) -> None:
        self._hay: dict[int, tuple[Ticket, str]] = {}
        self.text_query = ""
        self.text_hits: set[int] = set()

    def haystack(self, t: Ticket) -> str:
        entry = self._hay.get(t.id)
        if entry is None or entry[0] is not t:
            hay = fold(f"{t.id}\n{t.subject}\n{t.customer.name}\n{t.customer.email}")
            self._hay[t.id] = entry = (t, hay)
        return entry[1]

    def filter(self, tickets: list[Ticket], query: str) -> list[Ticket]:
        terms = fold(query).split()
        if not terms:
            return tickets
        hits = self.text_hits if self.text_query == query else set()
        hay = self.haystack
        return [t for t in tickets if t.id in hits or all(term in hay(t) for term in terms)]

    def search_text(self, screen: MainScreen, tickets: list[Ticket], query: str) -> None:
        """Scan message bodies for `query` in a worker; re-filter when it finishes."""
        terms = fold(query).split()
        if not terms:
            self.text_query, self.text_hits = "", set()
            return
        candidates = [t.id for t in tickets[:TEXT_LIMIT]]
        desk = screen.desk

        def work() -> None:
            import time

            time.sleep(TEXT_DELAY)  # debounce: a newer keystroke cancels this worker
            worker = get_current_worker()
            hits: set[int] = set()
            for tid in candidates:
                if worker.is_cancelled:
                    return
                try:
                    texts = [fold(m.text) for m in desk.conversation(tid)]
                except Exception:  # noqa: S112 (a ticket archived meanwhile: skip it)
                    continue
                if all(any(term in x for x in texts) for term in terms):
                    hits.add(tid)
            if not worker.is_cancelled:
                screen.app.call_from_thread(self._done, screen, query, hits)

        screen.run_worker(work, thread=True, exclusive=True, group="text-search")

    def _done(self, screen: MainScreen, query: str, hits: set[int]) -> None:
        if screen.search_text != query:
            return
        self.text_query, self.text_hits = query, hits
        screen._apply_search()
