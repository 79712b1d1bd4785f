"""The search filter's shortcuts (narrowing, recent queries, body hits) give the same
answers as checking every ticket from scratch."""

from __future__ import annotations

import random

from supportdesk.models import Person, Ticket
from supportdesk.tui.search import Matcher, fold


def tickets(n: int) -> list[Ticket]:
    words = ["Order", "Refund", "ПЛАТА", "plată", "Ｗｉｄｅ", "login", "card"]
    rng = random.Random(7)
    return [
        Ticket(
            i, f"{rng.choice(words)} {rng.choice(words)} {i}", Person(f"Cust {i % 50}", f"c{i}@x")
        )
        for i in range(1, n + 1)
    ]


def brute(ts: list[Ticket], query: str) -> list[int]:
    terms = fold(query).split()
    return [t.id for t in ts if all(term in Matcher().haystack(t) for term in terms)]


def test_typing_backspacing_and_reordering_match_a_full_scan():
    ts = tickets(400)
    m = Matcher()
    for query in ["o", "or", "ord", "order 1", "order 12", "order 1", "", "wide", "плата",
                  "cust 4 card", "card cust 4", "c1@", "zzz", "order"]:  # fmt: skip
        assert [t.id for t in m.filter(ts, query)] == brute(ts, query), query


def test_a_new_list_gets_a_new_haystack_and_body_hits_keep_queue_order():
    ts = tickets(50)
    m = Matcher()
    assert m.filter(ts, "refund")
    changed = [*ts[:10], Ticket(11, "brand new subject", Person("Z", "z@x")), *ts[11:]]
    assert [t.id for t in m.filter(changed, "brand")] == [11]
    m.text_query, m.text_hits = "brand", {40, 3}
    assert [t.id for t in m.filter(changed, "brand")] == [3, 11, 40]


async def test_search_box_counts_follow_and_long_queries_scroll(make_app):
    from textual.widgets import Input

    from supportdesk.tui.widgets.header import DeskHeader
    from tests.tui.conftest import settle

    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        main = app.screen_stack[1]
        await pilot.press("slash", "o", "r")
        await pilot.pause()
        header = main.query_one(DeskHeader)
        assert (header.search, header.shown) == ("or", len(main.queue.tickets))
        box = main.query_one("#search", Input)
        box.value = "x" * 200  # wider than the box: the cursor end must stay in view
        box.cursor_position = 200
        await pilot.pause()
        assert box.scroll_x > 0 and main.queue.tickets == []
