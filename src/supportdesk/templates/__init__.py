"""Canned responses (issue 7): a layered library of NAME.LANG.md templates and their
sandboxed rendering for a ticket.

Core layer: no Textual or Rich here, so the CLI, the TUI and tests share one
implementation (design.md: layers).
"""

from __future__ import annotations

from supportdesk.templates.library import Library, load_library
from supportdesk.templates.model import LANGUAGES, REGISTERS, Template, TemplateError
from supportdesk.templates.render import (
    MissingFields,
    Rendered,
    TicketContext,
    render,
    ticket_context,
)

__all__ = [
    "LANGUAGES",
    "REGISTERS",
    "Library",
    "MissingFields",
    "Rendered",
    "Template",
    "TemplateError",
    "TicketContext",
    "load_library",
    "render",
    "ticket_context",
]
