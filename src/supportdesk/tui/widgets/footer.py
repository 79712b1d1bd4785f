"""The footer every screen uses: Textual's, with the help key always first.

Textual lists the focused widget's keys first and the app's last, and clips what does
not fit: at 80 columns the main screen's footer cut "? help" to "?" (ux18), and help is
the one key a user who is lost needs to see. So the help key leads, whatever is
focused: `?` where it is active, else F1 (`app.pane_help`), as in the reply editor and
the search box, where `?` types a question mark. Keys come from the live keymap, so a
key rebound under `[ui.keys]` is shown as rebound.

Modal screens (review, template picker, prompts, help) compose one too: without it the
main screen's footer showed through the backdrop with keys that do nothing there
(ux19). The app's keys are not active under a modal, so there the modal's own keys are
the whole footer.

A focused widget that sets `FOOTER_OWN_KEYS` (the tone panel) gets a footer of its own
keys: with the panel focused the footer listed "q quit r reply a claim s status…",
cut at 80 columns before the panel's own keys could be read, as if those were what
mattered there (ux21). The screen's keys still work and stay on `?`.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

HELP_IDS = ("app.help", "app.pane_help")  # in order of preference
HELP_LABEL = "help"


class DeskFooter(Footer):
    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        first = self._help_key()
        if first is not None:
            yield first.data_bind(compact=Footer.compact)
        own = self._own_keys()
        for widget in super().compose():
            if (
                own is not None
                and isinstance(widget, FooterKey)
                and (widget.key, widget.action) not in own
                and not widget.has_class("-command-palette")
            ):
                continue
            # the help key Textual puts last (the command palette's, on the right, stays)
            if (
                first is not None
                and isinstance(widget, FooterKey)
                and widget.key == first.key
                and not widget.has_class("-command-palette")
            ):
                continue
            yield widget

    # -- keys that do not fit are left out, not cut ("a claim s st"), and do not show
    # through the palette key's last column ("ctrl+p palettee") -----------------------
    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self._fit)

    def on_resize(self) -> None:
        for key in self.query_children(FooterKey):
            key.display = True
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Hide the first key cut by the right edge (or the palette key) and the rest."""
        keys = list(self.query_children(FooterKey))
        edge = self.size.width - sum(
            k.outer_size.width for k in keys if k.has_class("-command-palette")
        )
        cut = False
        for key in keys:
            if not key.has_class("-command-palette"):
                cut = cut or key.virtual_region_with_margin.right > edge + 1
                key.display = not cut

    def _own_keys(self) -> set[tuple[str, str]] | None:
        """(key, action) of the focused widget's own bindings when it asks for a footer
        of its own (`FOOTER_OWN_KEYS`), else None: every active key."""
        focused = self.screen.focused
        if focused is None or not getattr(focused, "FOOTER_OWN_KEYS", False):
            return None
        return {
            (binding.key, binding.action)
            for node, binding, _enabled, _tip in self.screen.active_bindings.values()
            if node is focused
        }

    def _help_key(self) -> FooterKey | None:
        """The first of `HELP_IDS` active on this screen, as a footer key."""
        active = {b.binding.id: b for b in self.screen.active_bindings.values()}
        for help_id in HELP_IDS:
            found = active.get(help_id)
            if found is not None:
                binding = found.binding
                return FooterKey(
                    binding.key,
                    self.app.get_key_display(binding),
                    HELP_LABEL,
                    binding.action,
                    disabled=not found.enabled,
                    tooltip=binding.description,
                )
        return None
