"""The template picker (issue 7): type to filter, see the reply for THIS ticket, enter.

One row per template name, in the variant the ticket's language and the customer's
register choose (R3, R14), ranked by `templates.pick.candidates` (tags the desk wants
first — the site monitor passes {"outage"} while a site is down — then the query,
then how often the desk sends it). The preview is the real rendering for the ticket;
required fields nobody knows yet (a tracking number) get a small form: filled ones go
into the text, empty ones stay as "[name]" placeholders that the review before sending
asks about. Template text comes from many authors and holds customer data once
rendered, so every string shown goes through tui/text.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from supportdesk.templates import Library, Rendered, Template, TemplateError, TicketContext
from supportdesk.templates.pick import Candidate, candidates
from supportdesk.templates.render import placeholder
from supportdesk.tui.templating import render_for
from supportdesk.tui.text import plain, safe
from supportdesk.tui.widgets.footer import DeskFooter

NAME_COLUMN = 24  # cells of the name column at most: longer names push their row on


def _name(t: Template, context: TicketContext) -> Content:
    """The template's name, and its variant when it is not the one the box's title
    names (a fallback language): "(ru, formal)" on every row said nothing (ux20)."""
    same = (t.language, t.register) == (context.language, context.register)
    variant = "" if same else f" ({t.language}, {t.register})"
    return Content.assemble(safe(t.name, style="bold"), (variant, "dim"))


def _rows(shown: list[Candidate], context: TicketContext) -> list[Content]:
    """One line per template: the name and its ;shortcut in aligned columns, then the
    title, cut with an ellipsis by the list (`text-wrap: nowrap`). Two wrapped lines
    each broke names in two at 80 columns and held four templates on the screen (ux20)."""
    names = [_name(c.template, context) for c in shown]
    keys = [safe(c.template.shortcut, style="italic") for c in shown]
    name_width = min(max((n.cell_length for n in names), default=0), NAME_COLUMN)
    key_width = max((k.cell_length for k in keys), default=0)
    return [
        Content.assemble(
            ("★ " if c.boosted else "  ", "bold"),
            name,
            " " * max(2, name_width + 2 - name.cell_length),
            key,
            " " * (key_width + 2 - key.cell_length) if key_width else "",
            safe(c.template.title or c.template.description, style="dim"),
        )
        for c, name, key in zip(shown, names, keys, strict=True)
    ]


# enter inserts from the query and the list: their own enter, shown in the footer (a
# priority binding on the screen ran before the keys typed just ahead of it reached
# the query: "ack⏎" in one burst inserted the template highlighted before the filter;
# ux19)
class QueryInput(Input):
    BINDINGS = [Binding("enter", "submit", "insert", key_display="enter")]  # noqa: RUF012


class TemplateList(OptionList):
    BINDINGS = [Binding("enter", "select", "insert", key_display="enter")]  # noqa: RUF012


class TemplatePickerScreen(ModalScreen[Rendered | None]):
    """Dismissed with the rendered template to insert, or None (Esc)."""

    BINDINGS = [  # noqa: RUF012
        Binding("escape", "cancel", "cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]
    DEFAULT_CSS = """
    TemplatePickerScreen { align: center middle; }
    TemplatePickerScreen > Vertical {
        width: 120; max-width: 100%; height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    TemplatePickerScreen #template-body { height: 1fr; }
    TemplatePickerScreen #template-list {
        width: 2fr; min-width: 36; height: 1fr; text-wrap: nowrap; text-overflow: ellipsis;
    }
    TemplatePickerScreen #template-right { width: 3fr; height: 1fr; }
    TemplatePickerScreen #template-preview { height: 1fr; border: solid $panel; }
    TemplatePickerScreen #template-fields { height: auto; max-height: 12; }
    TemplatePickerScreen #template-missing { color: $warning; width: 100%; height: auto; }
    TemplatePickerScreen .hint { color: $text-muted; }
    """

    def __init__(
        self,
        library: Library,
        context: TicketContext,
        *,
        boost_tags: Iterable[str] = (),
        usage: Mapping[str, int] | None = None,
        title: str = "Templates",
    ) -> None:
        super().__init__()
        self.library = library
        self.context = context
        self.boost_tags = frozenset(boost_tags)
        self.usage = dict(usage or {})
        self.title_text = title
        self.shown: list[Candidate] = []
        self.values: dict[str, str] = {}  # required fields typed so far, by name
        self.rendered: Rendered | None = None
        self.error = ""
        self._fields_for: tuple[str, tuple[str, ...]] | None = None
        self._cache: dict[tuple[str, tuple[tuple[str, str], ...]], Rendered] = {}

    def compose(self) -> ComposeResult:
        ctx = self.context
        with Vertical() as box:
            box.border_title = safe(
                f"{self.title_text} · {ctx.language} · customer register {ctx.register}"
            )
            yield QueryInput(
                placeholder="type to filter: name, title, tags, ;shortcut, text",
                id="template-query",
            )
            with Horizontal(id="template-body"):
                yield TemplateList(id="template-list", markup=False)
                with Vertical(id="template-right"):
                    yield Label("", id="template-missing", markup=False)
                    with VerticalScroll(id="template-preview") as preview:
                        preview.can_focus = False  # Tab goes query → list → fields
                        yield Static("", id="template-text", markup=False)
                    yield Vertical(id="template-fields")
            yield Label(
                "↑↓ choose · enter insert · tab: fields · esc cancel", classes="hint", markup=False
            )
        yield DeskFooter(compact=True)

    def on_mount(self) -> None:
        self.refilter("")
        self.query_one("#template-query", Input).focus()

    # -- filtering and preview ----------------------------------------------------------
    @property
    def current(self) -> Template | None:
        ol = self.query_one("#template-list", OptionList)
        i = ol.highlighted
        return self.shown[i].template if i is not None and i < len(self.shown) else None

    def refilter(self, query: str) -> None:
        ctx = self.context
        self.shown = candidates(
            self.library,
            query,
            ctx.language,
            ctx.register,
            boost_tags=self.boost_tags,
            usage=self.usage,
        )
        ol = self.query_one("#template-list", OptionList)
        ol.clear_options()
        ol.add_options(Option(row) for row in _rows(self.shown, ctx))
        ol.highlighted = 0 if self.shown else None
        self.preview()

    def preview(self) -> None:
        """Render the highlighted template for the ticket, with the fields typed so far."""
        template = self.current
        text_box = self.query_one("#template-text", Static)
        missing = self.query_one("#template-missing", Label)
        self.rendered, self.error = None, ""
        if template is None:
            text_box.update(Content("No template matches."))
            missing.update("")
            self._show_fields("", ())
            return
        try:
            self.rendered = self._rendered(template, self.values)
        except TemplateError as exc:
            self.error = str(exc)
            text_box.update(safe(f"cannot render: {exc}", single_line=False))
            missing.update("")
            self._show_fields(template.name, ())
            return
        text_box.update(safe(self.rendered.text, single_line=False))
        fields = self.rendered.fields
        missing.update(
            safe(
                "Not filled in (stays as a placeholder the review asks about): "
                + ", ".join(placeholder(f) for f in fields)
            )
            if fields
            else ""
        )
        self._show_fields(template.name, self._required(template))

    def _rendered(self, template: Template, values: Mapping[str, str]) -> Rendered:
        """Rendered once per template and field values (highlight and filter both ask)."""
        key = (template.path, tuple(sorted((k, v) for k, v in values.items() if v.strip())))
        if key not in self._cache:
            self._cache[key] = render_for(template, self.context, self.library, values)
        return self._cache[key]

    def _required(self, template: Template) -> tuple[str, ...]:
        """Required fields of `template`: the ones still missing plus the ones the agent
        filled in here (so their boxes stay while they type)."""
        if self.rendered is None:
            return ()
        typed = any(v.strip() for v in self.values.values())
        empty = self._rendered(template, {}).fields if typed else self.rendered.fields
        return tuple(dict.fromkeys((*empty, *self.rendered.fields)))

    def _show_fields(self, name: str, fields: tuple[str, ...]) -> None:
        """One Input per required field; rebuilt only when the template changes."""
        if self._fields_for == (name, fields):
            return
        self._fields_for = (name, fields)
        box = self.query_one("#template-fields", Vertical)
        box.remove_children()
        widgets: list[Label | Input] = []
        for f in fields:
            widgets.append(Label(safe(f), markup=False))
            entry = Input(self.values.get(f, ""), placeholder=plain(placeholder(f)), name=f)
            widgets.append(entry)
        box.mount_all(widgets)

    # -- events -------------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "template-query":
            self.refilter(event.value)
        elif event.input.name:
            self.values[event.input.name] = event.value
            self.preview()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_insert()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.preview()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_insert()

    def action_move(self, delta: int) -> None:
        ol = self.query_one("#template-list", OptionList)
        if self.shown:
            now = ol.highlighted if ol.highlighted is not None else 0
            ol.highlighted = max(0, min(len(self.shown) - 1, now + delta))

    def action_insert(self) -> None:
        if self.rendered is None:
            self.notify(plain(self.error) or "No template to insert.", severity="warning",
                        markup=False)  # fmt: skip
            return
        self.dismiss(self.rendered)

    def action_cancel(self) -> None:
        self.dismiss(None)
