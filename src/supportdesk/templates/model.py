"""One template file: YAML front matter between `---` lines, then a Jinja2 body.

Parsing is separate from loading (`library`) and rendering (`render`) so that `check`
can report a broken file without the rest of the library failing with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from supportdesk.errors import DeskError

LANGUAGES = ("en", "ro", "ru")  # every name needs these variants (R14)
REGISTERS = ("formal", "informal", "any")  # R3: match how the customer writes
LAYERS = ("builtin", "team", "personal")  # lowest precedence first
SUFFIX = ".md"
_FILE_NAME = re.compile(r"(?P<name>[A-Za-z0-9_-]+)\.(?P<lang>[a-z]{2})\.md\Z")
_FENCE = "---"
_TEXT_KEYS = ("title", "category", "shortcut", "description", "status_after")
_STATUSES = ("new", "open", "pending", "solved", "closed")


class TemplateError(DeskError):
    """A template cannot be loaded or rendered; the message names file and line."""


@dataclass(frozen=True, slots=True)
class Template:
    """One variant of a canned response (a name in one language and register)."""

    name: str
    language: str
    register: str
    body: str
    path: str  # where it came from: absolute for files on disk, relative for built-ins
    layer: str
    body_line: int = 1  # line of the file on which the body starts (for error messages)
    title: str = ""
    category: str = ""
    tags: tuple[str, ...] = ()
    shortcut: str = ""
    description: str = ""
    status_after: str = ""  # macro: the ticket's status once the reply is sent
    tags_add: tuple[str, ...] = ()  # macro: tags added once the reply is sent
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def source(self) -> str:
        """The body as written, for `templates show`."""
        return self.body


def _strings(value: object, key: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateError(f"{where}: {key}: expected a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _split(text: str, where: str) -> tuple[str, str, int]:
    """(front matter, body, line of the body) of a file's text."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != _FENCE:
        raise TemplateError(f"{where}:1: expected front matter starting with '---'")
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == _FENCE:
            return "".join(lines[1:i]), "".join(lines[i + 1 :]), i + 2
    raise TemplateError(f"{where}:1: front matter is not closed with '---'")


def parse_template(text: str, path: str, layer: str) -> Template:
    """A Template from a file's text; `path` names it in every error.

    PyYAML's safe loader builds only plain data, so front matter cannot construct
    objects or run code.
    """
    import yaml

    where = path
    match = _FILE_NAME.search(path.replace("\\", "/").rsplit("/", 1)[-1])
    if not match:
        raise TemplateError(f"{where}: file name must be NAME.LANG.md (e.g. ack.ro.md)")
    head, body, body_line = _split(text, where)
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise TemplateError(f"{where}{line}: front matter: {problem}") from None
    if not isinstance(meta, dict):
        raise TemplateError(f"{where}:2: front matter must be a mapping of keys to values")
    name = str(meta.pop("name", match["name"]))
    language = str(meta.pop("language", match["lang"]))
    if name != match["name"]:
        raise TemplateError(f"{where}: name {name!r} differs from the file name")
    if language != match["lang"]:
        raise TemplateError(f"{where}: language {language!r} differs from the file name")
    register = str(meta.pop("register", "any"))
    if register not in REGISTERS:
        raise TemplateError(
            f"{where}: register {register!r}: expected one of {', '.join(REGISTERS)}"
        )
    texts = {k: meta.pop(k, "") for k in _TEXT_KEYS}
    for key, value in texts.items():
        if not isinstance(value, str):
            raise TemplateError(f"{where}: {key}: expected a string")
    if texts["status_after"] and texts["status_after"] not in _STATUSES:
        raise TemplateError(
            f"{where}: status_after {texts['status_after']!r}: expected one of {', '.join(_STATUSES)}"
        )
    return Template(
        name=name,
        language=language,
        register=register,
        body=body,
        path=path,
        layer=layer,
        body_line=body_line,
        tags=_strings(meta.pop("tags", None), "tags", where),
        tags_add=_strings(meta.pop("tags_add", None), "tags_add", where),
        extra=meta,
        **{k: v.strip() for k, v in texts.items()},
    )
