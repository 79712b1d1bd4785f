"""Rendering a template for a ticket in a Jinja2 sandbox.

Why a sandbox: team and personal templates are written by many people, and a template
must never reach Python internals, files or the environment (issue 7). So:
- `ImmutableSandboxedEnvironment` refuses `_`-prefixed and internal attributes
  (`''.__class__.__mro__`) and mutation of the values it is given;
- `StrictUndefined` turns a typo into an error naming file, line and variable instead
  of a reply with a hole in it;
- the only loader is `_LibraryLoader`, which serves other templates of the library by
  name from memory: `{% include "signature" %}` works, a path never does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from types import TracebackType
from typing import TYPE_CHECKING, Any

from supportdesk.templates.dates import STYLES, format_date
from supportdesk.templates.model import Template, TemplateError
from supportdesk.templates.register import guess_register

if TYPE_CHECKING:
    import jinja2

    from supportdesk.config import Config
    from supportdesk.models import Message, Ticket
    from supportdesk.templates.library import Library

CURSOR = "\ue000cursor\ue000"  # private-use sentinel: cannot occur in real text
VARIABLES = ("customer", "ticket", "agent", "desk", "now")
HELPERS = ("field", "cursor")


# A Russian date ends in "г." and a sentence around it adds its own full stop: "г.." reads
# as a typo to the customer (R14: fluent in their language), so the two collapse.
_ABBREVIATION_THEN_STOP = re.compile(r"(\bг\.)\.(?!\.)")


def placeholder(name: str) -> str:
    """What a preview (and a template inserted with fields left empty) shows for required
    field `name`; the TUI's pre-send check looks for exactly this text."""
    return f"[{name}]"


class MissingFields(TemplateError):
    """Required fields (`{{ field("tracking_number") }}`) had no value."""

    def __init__(self, template: Template, names: list[str]) -> None:
        self.names = names
        super().__init__(f"{template.path}: required fields without a value: {', '.join(names)}")


@dataclass(frozen=True, slots=True)
class TicketContext:
    """What a template may know about the ticket it answers, and nothing more (R5)."""

    language: str
    register: str  # the customer's: formal | informal | unknown
    variables: dict[str, Any]
    tz: tzinfo


@dataclass(frozen=True, slots=True)
class Rendered:
    template: Template
    text: str
    cursor: int | None = None  # offset in `text` where the caret goes, if marked
    fields: tuple[str, ...] = field(default_factory=tuple)  # required fields still empty


def _plain(text: str) -> str:
    """A name fit for an outgoing reply: no control or format characters (bidi overrides
    in a display name must not reach the customer's mail)."""
    kept = (c for c in text if unicodedata.category(c) not in ("Cc", "Cf"))
    return " ".join("".join(kept).split())


def _named(kind: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """A dict whose type is called `kind`, so a missing attribute reads
    "'customer object' has no attribute 'nmae'" rather than "'dict object' ..."."""
    cls = type(kind, (dict,), {"__module__": "builtins", "__slots__": ()})
    return cls(values)


def _first(name: str) -> str:
    return name.split()[0] if name.split() else ""


def _customer_words(messages: Iterable[Message]) -> str:
    from supportdesk.models import Direction

    parts = []
    for m in messages:
        if m.direction is Direction.IN and not m.auto_reply:
            parts.append(m.text[: m.quoted_from] if m.quoted_from >= 0 else m.text)
    return "\n".join(parts)


def ticket_context(
    ticket: Ticket,
    config: Config,
    agent: str,
    messages: Iterable[Message] = (),
    now: datetime | None = None,
    register: str = "",
) -> TicketContext:
    """The variables for answering `ticket` as `agent` on this desk.

    `register` overrides the guess made from the customer's messages (R3).
    """
    from supportdesk.models import utcnow

    tz = config.desk.tzinfo
    language = ticket.language or "en"
    name = _plain(ticket.customer.name)
    agent_name = _plain(config.agent.name) or agent
    signature = config.agent.signature.strip() or f"{agent_name}\n{config.desk.name}"
    variables = {
        "customer": _named(
            "customer", {"name": name, "first_name": _first(name), "email": ticket.customer.email}
        ),
        "ticket": _named(
            "ticket",
            {
                "id": ticket.id,
                "subject": _plain(ticket.subject),
                "created_at": ticket.created_at,
                "language": language,
            },
        ),
        "agent": _named(
            "agent", {"name": agent_name, "first_name": _first(agent_name), "signature": signature}
        ),
        "desk": _named("desk", {"name": config.desk.name, "address": config.desk.address}),
        "now": (now or utcnow()).astimezone(tz),
    }
    register = register or guess_register(_customer_words(messages), language)
    return TicketContext(language, register, variables, tz)


def _loader(library: Library | None, language: str, register: str) -> jinja2.BaseLoader:
    import jinja2

    class LibraryLoader(jinja2.BaseLoader):
        """Serves library templates by name, in the variant for this ticket; never a
        file path, so an include cannot read anything outside the library."""

        def get_source(
            self, environment: jinja2.Environment, template: str
        ) -> tuple[str, str, Callable[[], bool]]:
            if library is None:
                raise jinja2.TemplateNotFound(template)
            try:
                chosen = library.choose(template, language, register)
            except TemplateError:
                raise jinja2.TemplateNotFound(template) from None
            return _padded(chosen), chosen.path, lambda: True

    return LibraryLoader()


def _padded(template: Template) -> str:
    """The body preceded by one empty Jinja comment line per front-matter line, so a
    line number Jinja reports is the line of the file and nothing extra is printed."""
    return "{##}\n" * (template.body_line - 1) + template.body


def environment(
    library: Library | None, language: str, register: str, tz: tzinfo
) -> jinja2.Environment:
    """A sandbox for one ticket: its date filter speaks the ticket's language."""
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(
        loader=_loader(library, language, register),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text mail, not HTML
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )

    def date(value: datetime | str, style: str = "date") -> str:
        if style not in STYLES:
            raise ValueError(f"date style {style!r}: expected one of {', '.join(STYLES)}")
        return format_date(value, language, tz, style)

    env.filters["date"] = date
    return env


def _where(tb: TracebackType | None, paths: set[str]) -> tuple[str, int] | None:
    """The innermost template frame of a traceback: (file, line)."""
    found = None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name in paths:
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _error(exc: Exception, template: Template, paths: set[str]) -> TemplateError:
    """One line naming the file, the line and what went wrong."""
    import jinja2
    from jinja2.sandbox import SecurityError

    if isinstance(exc, jinja2.TemplateSyntaxError):
        where = (exc.filename or template.path, exc.lineno)
        return TemplateError(f"{where[0]}:{where[1]}: syntax error: {exc.message}")
    where = _where(exc.__traceback__, paths)
    at = f"{where[0]}:{where[1]}" if where else template.path
    if isinstance(exc, SecurityError):
        return TemplateError(f"{at}: refused by the sandbox: {exc}")
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(f"{at}: include {exc.name!r}: no such template in the library")
    if isinstance(exc, jinja2.UndefinedError):
        return TemplateError(f"{at}: {exc.message}")
    return TemplateError(f"{at}: {type(exc).__name__}: {exc}")


def compile_template(env: jinja2.Environment, template: Template) -> jinja2.Template:
    """Compile under the template's own path, so errors and tracebacks name it."""
    code = env.compile(_padded(template), template.name, template.path)
    return env.template_class.from_code(env, code, env.make_globals(None))


def render(
    template: Template,
    context: TicketContext,
    library: Library | None = None,
    values: Mapping[str, str] | None = None,
    *,
    require_fields: bool = True,
) -> Rendered:
    """`template` filled in for the ticket of `context`.

    `values` answer `{{ field("name") }}`; a field with neither a value nor a default
    raises MissingFields listing every such name (so the agent is asked once), unless
    `require_fields` is False (previews), where it shows as "[name]".
    """
    values = dict(values or {})
    missing: list[str] = []

    def field_(name: str, default: object = None) -> str:
        if name in values:
            return values[name]
        if default is not None:
            return str(default)
        if name not in missing:
            missing.append(name)
        return placeholder(name)

    env = environment(library, context.language, context.register, context.tz)
    paths = {template.path} | {t.path for t in (library.templates if library else [])}
    try:
        compiled = compile_template(env, template)
        text = compiled.render(**context.variables, field=field_, cursor=CURSOR)
    except TemplateError:
        raise
    except Exception as exc:  # a template is data: its every failure is a handled error
        raise _error(exc, template, paths) from None
    if missing and require_fields:
        raise MissingFields(template, missing)
    text = _ABBREVIATION_THEN_STOP.sub(r"\1", text.strip()) + "\n"
    at = text.find(CURSOR)
    return Rendered(
        template,
        text.replace(CURSOR, ""),
        at if at >= 0 else None,
        tuple(missing),
    )
