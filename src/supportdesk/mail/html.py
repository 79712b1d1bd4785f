"""HTML bodies as readable text, for messages that carry no text/plain part.

inscriptis (Apache-2.0) renders with CSS-aware layout (paragraphs, lists, tables), drops
script and style content and can keep link targets, which agents need: customers paste
links to the page that fails. It costs about 1 ms per KB and lxml gives up on deep nesting,
so very large or hostile HTML goes through a linear stdlib fallback instead; both paths are
wrapped so that converting a body can never lose the message.
"""

from __future__ import annotations

import html as html_lib
import re
from functools import lru_cache

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

# Above this, layout-aware conversion takes seconds (9 MB: 9 s measured) for a body that is
# almost certainly generated: the fallback keeps the text at ~20x the speed.
MAX_LAYOUT_CHARS = 512 * 1024

_CONFIG = ParserConfig(css=CSS_PROFILES["strict"], display_links=True, display_images=False)
# lxml refuses NUL and most C0 characters in text; they carry nothing anyway.
_LXML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# inscriptis writes links as [text](url); a link whose text is its URL needs it once.
_SELF_LINK = re.compile(r"\[([^\[\]\n]{1,2000})\]\(\1\)")
_BLANK_RUNS = re.compile(r"\n{3,}")

# Elements whose content is never text, and the string that ends each (comments too).
_SKIP_OPEN = re.compile(r"<(script|style|head|title|template|noscript)\b|<!--", re.IGNORECASE)
_LINK = re.compile(
    r"<a\s[^<>]{0,2000}?href\s*=\s*[\"']?([^\"'\s<>]{1,2000}+)[^<>]{0,2000}+>([^<]{0,2000}+)</a\s*>",
    re.IGNORECASE,
)
_BLOCK_TAG = re.compile(
    r"<(?:br|hr)\b[^<>]{0,2000}>|</?(?:p|div|tr|li|ul|ol|table|h[1-6]|blockquote|pre|section"
    r"|article|header|footer|dt|dd|address)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^<>]{0,4000}>")
_SPACES = re.compile(r"[ \t\f\v\xa0]+")
_EDGE_SPACES = re.compile(r" ?\n ?")


def html_to_text(source: str) -> tuple[str, str]:
    """(text, note): the note says when the fallback had to be used, "" otherwise."""
    safe = _LXML_UNSAFE.sub("", source)
    if not safe.strip():
        return "", ""
    if len(safe) > MAX_LAYOUT_CHARS:
        return _fallback(safe), (
            f"HTML body of {len(safe):,} characters converted by tag "
            "stripping (too large for layout)"
        )
    try:
        text = get_text(safe, _CONFIG)
    except Exception:  # lxml/inscriptis failures on malformed input must not lose the body
        return _fallback(safe), "HTML body could not be laid out, converted by tag stripping"
    text = _tidy(_SELF_LINK.sub(r"\1", text))
    if not text:
        # lxml silently drops documents nested beyond its depth limit.
        fallback = _fallback(safe)
        if fallback:
            return fallback, "HTML body could not be laid out, converted by tag stripping"
    return text, ""


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _fallback(source: str) -> str:
    """Linear tag stripping in a few C-level passes: no tree, so no depth limit."""
    text = _LINK.sub(
        lambda m: (
            f"{m.group(2)} ({m.group(1)})"
            if not m.group(1).startswith(("#", "cid:"))
            else m.group(2)
        ),
        _drop_skipped(source),
    )
    text = _TAG.sub("", _BLOCK_TAG.sub("\n", text))
    text = _EDGE_SPACES.sub("\n", _SPACES.sub(" ", html_lib.unescape(text)))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def _drop_skipped(source: str) -> str:
    """`source` without comments and script/style/head content; an unclosed one runs to
    the end, as in browsers. One find per element, so hostile input stays linear."""
    kept = []
    position = 0
    while True:
        match = _SKIP_OPEN.search(source, position)
        if match is None:
            kept.append(source[position:])
            break
        kept.append(source[position : match.start()])
        closer = "-->" if match.group(0) == "<!--" else f"</{match.group(1).lower()}"
        end = _closer(closer).search(source, match.end())
        if end is None:
            break
        close = source.find(">", end.start())
        position = len(source) if close < 0 else close + 1
    return " ".join(kept)


@lru_cache(maxsize=16)
def _closer(text: str) -> re.Pattern[str]:
    return re.compile(re.escape(text), re.IGNORECASE)
