"""How a stored reply reaches the customer: the transport its ticket's source names.

Email tickets go out through `[[transports]]` (SMTP, sendmail, a folder); tickets from
an HTTP inbox are answered by POSTing to that inbox, carrying the reply's Message-ID so
a retried POST is never a second reply. The outbox calls `deliver` and does the
bookkeeping; this module only knows how to hand one message over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from supportdesk.config import Config, HttpSource, ImapSource
from supportdesk.errors import DeskError
from supportdesk.models import Channel, Message, Ticket
from supportdesk.store import Store

if TYPE_CHECKING:
    from supportdesk.channels.imap import ImapSourceChannel
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
        self._imap: dict[str, ImapSourceChannel | None] = {}

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
        email = build(reply)
        receipt = transport.send(email)
        folder = getattr(transport_cfg, "sent_folder", "")
        imap = self._sent_mailbox(transport_cfg.name) if folder else None
        if imap is not None:
            try:
                imap.append_sent(folder, email.as_bytes())
            except DeskError as exc:
                # The reply went out; only the copy is missing. Never resend for this.
                receipt += f"; copy to {folder} failed: {exc}"
        return receipt

    def already_sent(self, msg: Message, ticket: Ticket) -> bool | None:
        """Whether the Sent folder proves an interrupted send happened; None when
        there is no Sent folder to ask (the outbox then asks a person)."""
        if ticket.channel is Channel.HTTP:
            return None  # the inbox deduplicates by message_id; a retry is safe
        transport_cfg = self.config.transport_for(ticket.source)
        folder = getattr(transport_cfg, "sent_folder", "") if transport_cfg else ""
        imap = self._sent_mailbox(transport_cfg.name) if transport_cfg and folder else None
        if imap is None:
            return None
        try:
            return imap.holds_message_id(folder, msg.message_id)
        except DeskError:
            return None

    def _sent_mailbox(self, transport: str) -> ImapSourceChannel | None:
        """The IMAP account that keeps this transport's Sent folder: the IMAP source
        sending through it, or the only IMAP source."""
        if transport in self._imap:
            return self._imap[transport]
        from supportdesk.channels.imap import ImapSourceChannel

        imaps = [s for s in self.config.sources if isinstance(s, ImapSource)]
        chosen = [s for s in imaps if s.transport == transport] or (
            imaps if len(imaps) == 1 else []
        )
        self._imap[transport] = ImapSourceChannel(chosen[0]) if chosen else None
        return self._imap[transport]

    def close(self) -> None:
        for transport in self._open.values():
            transport.close()
        self._open.clear()
        for imap in self._imap.values():
            if imap is not None:
                imap.close()
        self._imap.clear()


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
