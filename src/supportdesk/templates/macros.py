"""What a template does beyond its text, once its reply has actually been sent.

`status_after` and `tags_add` are macros: applying them when the agent merely picked a
template would mark a ticket solved on a reply that was never delivered, so callers
apply them only after a successful send. Usage is counted at the same moment: a
template inserted and then deleted was not used (leads see the counts, issue 9).

The desk is taken by its shape (a Protocol) because `templates/` sits below `desk.py`
in the layers and must not import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from supportdesk.models import Ticket
    from supportdesk.store import Store
    from supportdesk.templates.model import Template

USAGE = "template-usage"  # store index: template name → times sent


class _Desk(Protocol):
    store: Store

    def get_ticket(self, ticket_id: int) -> Ticket: ...

    def set_tags(self, ticket_id: int, tags: list[str]) -> Ticket: ...


def record_use(store: Store, name: str) -> int:
    """Count one sent reply made from template `name`; returns the new count."""
    with store.transaction() as tx:
        count = int(tx.index_get(USAGE, name) or 0) + 1
        tx.index_put(USAGE, name, count)
    return count


def usage(store: Store) -> dict[str, int]:
    """Times each template was sent, by name."""
    return {name: int(n) for name, n in store.index_items(USAGE).items()}


def after_send(desk: _Desk, ticket_id: int, template: Template) -> None:
    """Apply the template's tags and count its use; call only after a successful send.

    The status macro travels with the send itself (`status_after` is passed as the
    status of `queue_and_send`), so it is recorded in the same transaction as the
    delivery and never on a failed one.
    """
    if template.tags_add:
        current = desk.get_ticket(ticket_id).tags
        wanted = [*current, *(t for t in template.tags_add if t not in current)]
        if wanted != current:
            desk.set_tags(ticket_id, wanted)
    record_use(desk.store, template.name)
