"""Search as you type over subject, customer and message text (`/`).

Subject and customer are matched at once on every keystroke. At 100k tickets a Python
loop calling a method per ticket took ~55 ms per keystroke (bench/tui.py), so the
queue keeps a `Haystack`: one NFKC-casefolded string per ticket, in queue order, built
in the poll's worker thread whenever the store hands out a new ticket list and reused
until it does again. A keystroke then costs one pass per new term (~5 ms per 100k
tickets); typing more letters only re-checks the previous matches, and the last few
queries' matches are kept, so backspacing costs nothing. Message bodies are scanned in
a worker thread after a short pause in typing, at most `TEXT_LIMIT` tickets of the
current view, and their matches join the results when ready.
"""

from __future__ import annotations

import threading
import time
import unicodedata
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from supportdesk.models import Ticket
from supportdesk.tui.handback import hand_back

if TYPE_CHECKING:
    from supportdesk.tui.screens.main import MainScreen

TEXT_LIMIT = 5000
TEXT_DELAY = 0.3


def fold(text: str) -> str:
    """The form both query and haystack are compared in (case and width folded)."""
    return unicodedata.normalize("NFKC", text).casefold()


Pair = tuple[Ticket, str]  # a ticket and its folded search text
CACHED = 8  # recent queries whose matches are kept (backspace is instant)


class Haystack:
    """The folded search text of one ticket list, as (ticket, text) pairs in order.

    Its pairs never change once built, so a worker thread can build it and the event
    loop use it; `recent` (matches of the last few queries) is the event loop's alone.
    `term in text` inside a list comprehension is the fastest test CPython offers here
    (~5 ms per 100k tickets; `map(str.__contains__, …)` and a regex over one joined
    string were 2-10x slower when measured).
    """

    __slots__ = ("pairs", "recent", "tickets")

    def __init__(self, tickets: list[Ticket], pairs: list[Pair]) -> None:
        self.tickets = tickets
        self.pairs = pairs
        self.recent: dict[tuple[str, ...], list[Pair]] = {}  # newest last

    @staticmethod
    def having(term: str, among: list[Pair]) -> list[Pair]:
        return [p for p in among if term in p[1]]


def _narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """True when every match of `new` must also match `old` (each old term lies inside
    some new term), so the new search may start from the old matches."""
    return all(any(o in n for n in new) for o in old)


class Matcher:
    """Filters a ticket list by a query; keeps the haystack and recent matches."""

    def __init__(self) -> None:
        self._folded: dict[int, Pair] = {}
        self._indexes: list[Haystack] = []  # the newest two: the shown list and the next
        self._lock = threading.Lock()
        self.text_query = ""
        self.text_hits: set[int] = set()

    def haystack(self, t: Ticket) -> str:
        """One ticket's folded text; recomputed only when the store replaced the ticket."""
        return self._pair(t)[1]

    def _pair(self, t: Ticket) -> Pair:
        pair = self._folded.get(t.id)
        if pair is None or pair[0] is not t:
            hay = fold(f"{t.id}\n{t.subject}\n{t.customer.name}\n{t.customer.email}")
            self._folded[t.id] = pair = (t, hay)
        return pair

    def index(self, tickets: list[Ticket]) -> Haystack:
        """The haystack of `tickets` (this very list object), built once.

        Called from the poll worker right after the store returned a new list, so the
        first keystroke does not pay for folding 100k subjects on the event loop.
        """
        for known in self._indexes:
            if known.tickets is tickets:
                return known
        with self._lock:  # the load and poll workers may both arrive here
            for known in self._indexes:
                if known.tickets is tickets:
                    return known
            built = Haystack(tickets, [self._pair(t) for t in tickets])
            self._indexes = [*self._indexes[-1:], built]
            return built

    def filter(self, tickets: list[Ticket], query: str) -> list[Ticket]:
        terms = tuple(sorted(set(fold(query).split()), key=len, reverse=True))
        if not terms:
            return tickets
        index = self.index(tickets)
        rows = self._match(index, terms)
        hits = self.text_hits if self.text_query == query else set()
        if not hits:
            return [p[0] for p in rows]
        keep = {id(p) for p in rows}
        return [p[0] for p in index.pairs if id(p) in keep or p[0].id in hits]

    @staticmethod
    def _match(index: Haystack, terms: tuple[str, ...]) -> list[Pair]:
        """Pairs matching every term (longest, usually most selective, first), starting
        from the smallest recent result the new query can only narrow."""
        recent = index.recent
        found = recent.pop(terms, None)
        if found is None:
            base, done = index.pairs, ()
            for old, rows in recent.items():
                if len(rows) < len(base) and _narrows(old, terms):
                    base, done = rows, old
            found = base
            for term in terms:
                if term not in done:  # rows of `done` already contain it
                    found = index.having(term, found)
        recent[terms] = found
        while len(recent) > CACHED:
            del recent[next(iter(recent))]
        return found

    def search_text(self, screen: MainScreen, tickets: list[Ticket], query: str) -> None:
        """Scan message bodies for `query` in a worker; re-filter when it finishes."""
        terms = fold(query).split()
        if not terms:
            self.text_query, self.text_hits = "", set()
            return
        candidates = [t.id for t in tickets[:TEXT_LIMIT]]
        desk = screen.desk

        def work() -> None:
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
                hand_back(screen, self._done, screen, query, hits)

        screen.run_worker(work, thread=True, exclusive=True, group="text-search")

    def _done(self, screen: MainScreen, query: str, hits: set[int]) -> None:
        if screen.search_text != query:
            return
        self.text_query, self.text_hits = query, hits
        screen._apply_search()
