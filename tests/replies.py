"""A sample reply and hostile header text, shared by the compose and transport tests."""

from __future__ import annotations

from datetime import UTC, datetime

from supportdesk.mail.compose import Reply, reply_subject
from supportdesk.models import Person

# What customers (or attackers posing as them) put in names and subjects (OUT-02).
NASTY = [
    "\r\nBcc: evil@x.test",
    "\nTo: evil@x.test",
    "\rBcc: evil@x.test",
    "\x00Bcc: evil@x.test",
    "\u0085Bcc: evil@x.test",
    "\u2028Bcc: evil@x.test",
    "\u2029Cc: evil@x.test",
    "=?UTF-8?Q?=0A?=Bcc: evil@x.test",
    "=?UTF-8?Q?=0D=0A?=Bcc: evil@x.test",
    " =?utf-8?b?CkJjYzogZXZpbEB4LnRlc3Q=?= ",
    "=?UTF-8?Q?=3D=3FUTF-8=3FQ=3F=3D0A=3F=3D?=Bcc: evil@x.test",
    "\udcff",
    '"',
    "\\",
    "<evil@x.test>, ",
    "Bcc: evil@x.test, ",
]


def make_reply(**overrides: object) -> Reply:
    """Ana's reply on ticket #1042 to Ion; `overrides` replace any field."""
    fields: dict[str, object] = {
        "ticket_id": 1042,
        "to": Person("Ion Popescu", "ion@example.ro"),
        "subject": reply_subject("Plata nu a ajuns", 1042),
        "body": "Salut Ion,\n\nAm verificat plata.\n",
        "message_id": "sd.1042.0011223344556677.8899aabbccddeeff@acme.test",
        "in_reply_to": "CAF=customer-2@mail.example.ro",
        "references": ["CAF=customer-1@mail.example.ro", "CAF=customer-2@mail.example.ro"],
        "from_name": "Ana Popescu",
        "desk_name": "Acme Support",
        "address": "support@acme.test",
        "date": datetime(2026, 3, 1, 10, 30, tzinfo=UTC),
    }
    fields.update(overrides)
    return Reply(**fields)  # type: ignore[arg-type]
