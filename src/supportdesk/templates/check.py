"""`templates check`: every template of every layer, one line per problem.

Static checks (syntax, unknown variables, includes of missing templates) catch what a
reader of the file would; a trial render for a sample ticket in the template's own
language catches the rest (`customer.nmae`), so a typo is found by the author, not by
the customer.
"""

from __future__ import annotations

from supportdesk.templates.library import Library
from supportdesk.templates.model import LANGUAGES, Template, TemplateError
from supportdesk.templates.render import (
    HELPERS,
    VARIABLES,
    TicketContext,
    compile_template,
    environment,
    render,
    ticket_context,
)

_SAMPLE_NAMES = {"en": "Jane Doe", "ro": "Maria Ionescu", "ru": "Анна Смирнова"}


def _sample_context(template: Template) -> TicketContext:
    from supportdesk.config import Config
    from supportdesk.models import Person, Ticket

    name = _SAMPLE_NAMES.get(template.language, "Jane Doe")
    ticket = Ticket(1, "Sample", Person(name, "customer@example.test"), language=template.language)
    register = template.register if template.register != "any" else "formal"
    return ticket_context(ticket, Config(), "agent", register=register)


def _static(template: Template, library: Library) -> list[str]:
    """Syntax, variables and includes, without running the template."""
    import jinja2
    from jinja2 import meta

    ctx = _sample_context(template)
    env = environment(library, template.language, "formal", ctx.tz)
    try:
        compile_template(env, template)
        ast = env.parse(template.body)
    except jinja2.TemplateSyntaxError as exc:
        return [f"{template.path}:{exc.lineno}: syntax error: {exc.message}"]
    problems = []
    known = {*VARIABLES, *HELPERS, *env.globals}
    for name in sorted(meta.find_undeclared_variables(ast) - known):
        problems.append(f"{template.path}: unknown variable {name!r}")
    names = set(library.names())
    for ref in meta.find_referenced_templates(ast):
        if ref is None:
            problems.append(f"{template.path}: include by a computed name (use a fixed name)")
        elif ref not in names:
            problems.append(f"{template.path}: include {ref!r}: no such template in the library")
    return problems


def check_library(library: Library) -> list[str]:
    """Every problem of the library, one line each; empty when all is well."""
    problems = list(library.problems)
    for template in library.templates:
        found = _static(template, library)
        if not found:
            try:
                render(template, _sample_context(template), library, require_fields=False)
            except TemplateError as exc:
                found = [str(exc)]
        problems += found
    effective = library.effective()
    for name in library.names():
        have = {t.language for t in effective if t.name == name}
        problems += [
            f"{name}: no {lang} variant ({name}.{lang}.md)"
            for lang in LANGUAGES
            if lang not in have
        ]
    return problems
