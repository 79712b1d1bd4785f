"""How a stored reply reaches the customer: the transport its ticket's source names.

Email tickets go out through `[[transports]]` (SMTP, sendmail, a folder); tickets from
an HTTP inbox are answered by POSTing to that inbox, carrying the reply's Message-ID so
a retried POST is never a second reply. The outbox calls `deliver` and does the
bookkeeping; this module only knows how to hand one message over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from supportdesk.config import Config, HttpSource
from supportdesk.errors import DeskError
from supportdesk.models import Channel, Message, Ticket
from supportdesk.store import Store

if TYPE_CHECKING:
    from supportdesk.channels.transports import Transport


class NoTransport(DeskError):
    permanent = True
    accepted_unknown = False


class Deliverer:
    """Hands replies to transports, keeping each transport open between replies (an
    SMTP session costs a connection, EHLO and possibly TLS and AUTH)."""

    def __init__(self, config: Config, store: Store) -> None:
        self.config = config
        self.store = store
        self._open: dict[str, Transport] = {}

    def __call__(self, msg: Message, ticket: Ticket) -> str:
        if ticket.channel is Channel.HTTP:
            return _post_to_inbox(self.config, self.store, msg, ticket)
        from supportdesk.channels.transports import open_transport
        from supportdesk.mail.compose import Reply, build, reply_subject

        transport_cfg = self.config.transport_for(ticket.source)
        if transport_cfg is None:
            raise NoTransport(f"ticket #{ticket.id}: no [[transports]] configured to send replies")
        reply = Reply(
            ticket_id=ticket.id,
            to=ticket.customer,
            subject=reply_subject(ticket.subject, ticket.id),
            body=msg.text,
            date=msg.created_at,  # pinned: a retry sends the very same message
            message_id=msg.message_id,
            in_reply_to=msg.in_reply_to,
            references=list(msg.references),
            from_name=msg.sender.name,
            desk_name=self.config.desk.name,
            address=self.config.desk.address or "support@localhost",
            attachments=[
                (a.filename, a.content_type, self.store.get_blob(a.blob)) for a in msg.attachments
            ],
        )
        transport = self._open.get(transport_cfg.name)
        if transport is None:
            transport = self._open[transport_cfg.name] = open_transport(transport_cfg)
        return transport.send(build(reply))

    def close(self) -> None:
        for transport in self._open.values():
            transport.close()
        self._open.clear()


def _post_to_inbox(config: Config, store: Store, msg: Message, ticket: Ticket) -> str:
    from supportdesk.channels.http import item_id_of, post_reply

    source = config.source(ticket.source)
    if not isinstance(source, HttpSource):
        raise NoTransport(f"ticket #{ticket.id}: source {ticket.source!r} is not an HTTP inbox")
    first = next((m for m in store.messages(ticket.id) if m.message_id), None)
    item = item_id_of(source.name, first.message_id) if first else None
    if item is None:
        raise NoTransport(f"ticket #{ticket.id}: no inbox item to reply to")
    post_reply(source, item, msg.text, msg.agent, msg.message_id)
    return f"posted to {source.name} item {item}"
