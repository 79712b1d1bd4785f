"""Bytes of unknown honesty to text, without ever raising.

Mail declares its charset, and the declaration is often wrong, missing, or names a codec
Python does not know (ING-09: modoboa #944, django-mailbox #210). Every decode here follows
one chain: the declared charset (through an alias table of names seen in the wild), then
UTF-8, then a hint from elsewhere in the message, then statistical detection
(charset-normalizer), then U+FFFD. The result says which step won, so the parser can tell
the agent what was repaired instead of silently showing mojibake.
"""

from __future__ import annotations

import codecs
from functools import lru_cache
from typing import NamedTuple

from charset_normalizer import from_bytes

# Labels real mailers send that Python does not know, or knows under a narrower meaning.
# Latin-1 labels map to windows-1252 as browsers do (WHATWG Encoding): mail labelled
# iso-8859-1 routinely carries 0x80-0x9F smart quotes that latin-1 turns into C1 controls.
_ALIASES: dict[str, tuple[str, ...]] = {
    "iso-8859-1": ("cp1252", "latin-1"),
    "iso8859-1": ("cp1252", "latin-1"),
    "latin1": ("cp1252", "latin-1"),
    "latin-1": ("cp1252", "latin-1"),
    "l1": ("cp1252", "latin-1"),
    "utf8": ("utf-8",),
    "unicode-1-1-utf-7": ("utf-7",),
    "cp65001": ("utf-8",),
    "ks_c_5601-1987": ("cp949",),
    "ks_c_5601": ("cp949",),
    "windows-874": ("cp874",),
    "x-mac-cyrillic": ("mac_cyrillic",),
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "x-gbk": ("gb18030",),
    "big5": ("big5hkscs",),
    "iso-8859-8-i": ("iso-8859-8",),
    "iso-8859-6-i": ("iso-8859-6",),
    "x-sjis": ("shift_jis",),
    "shift-jis": ("shift_jis",),
    "windows-31j": ("cp932",),
    "x-euc-jp": ("euc_jp",),
}

# Codecs Python accepts for bytes.decode that no mail body is meant to go through: they
# interpret escapes or always fail, so a hostile label could turn text into something else.
_REFUSED = frozenset(
    {"undefined", "unicode_escape", "raw_unicode_escape", "idna", "punycode", "mbcs", "oem"}
)

# Multi-byte codecs: bytes valid as UTF-8 are no evidence against them, unlike single-byte
# ones (see `decode_bytes`).
_MULTIBYTE_PREFIXES = ("utf", "gb", "big5", "shift_jis", "euc", "iso2022", "hz", "johab")
_MULTIBYTE = frozenset({"cp932", "cp936", "cp949", "cp950"})

# Detection on a few bytes (a header, a name) is close to random over every codec; the
# desk serves en/ro/ru customers, so short samples are only matched against their charsets.
_SHORT_SAMPLE = 256
_DESK_CHARSETS = ["utf_8", "cp1252", "cp1250", "cp1251", "koi8_r", "iso8859_2", "iso8859_5"]
# A BOM-less UTF-16/32 or UTF-7 guess on mail is nearly always wrong ("café" in latin-1
# detects as UTF-16-BE), so detection may not propose them; declared ones still work.
_NEVER_GUESS = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]
_DETECT_BYTES = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Decoded(NamedTuple):
    text: str
    charset: str  # the codec that produced `text` ("" when the bytes were empty)
    note: str  # why the declared charset was not used; "" when it was (or none was needed)


def display_name(codec: str) -> str:
    """The name people know a codec by ("windows-1251", not Python's "cp1251")."""
    name = codec.lower().replace("_", "-")
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[8:]
    return name


@lru_cache(maxsize=256)
def resolve(label: str | None) -> tuple[str, ...]:
    """Python codecs to try, in order, for a charset label; () when it names none we trust."""
    if not label:
        return ()
    name = label.strip().strip("\"'").lower()
    if not name or len(name) > 64:
        return ()
    candidates = _ALIASES.get(name, (name,))
    usable = []
    for candidate in candidates:
        try:
            info = codecs.lookup(candidate)
        except (LookupError, ValueError, TypeError):
            continue
        if info.name.replace("-", "_") in _REFUSED:
            continue
        usable.append(info.name)
    return tuple(usable)


def _single_byte(codec: str) -> bool:
    name = codec.replace("-", "_")
    return not (name.startswith(_MULTIBYTE_PREFIXES) or name in _MULTIBYTE)


def detect(data: bytes) -> str | None:
    """Best statistical guess of the codec of `data`, or None; never raises."""
    sample = data[:_DETECT_BYTES]
    try:
        if len(sample) < _SHORT_SAMPLE:
            match = from_bytes(sample, cp_isolation=_DESK_CHARSETS).best()
        else:
            match = from_bytes(sample, cp_exclusion=_NEVER_GUESS).best()
    except Exception:  # a detector bug must not lose the message
        return None
    if match is None or not resolve(match.encoding):
        return None
    return match.encoding


def decode_bytes(data: bytes, declared: str | None = None, *, hint: str | None = None) -> Decoded:
    """Decode `data`, trusting `declared` only as far as the bytes allow.

    `hint` is a charset seen elsewhere in the same message (e.g. the body's for a raw 8-bit
    header): a better guess than detection on a handful of bytes.
    """
    if not data:
        return Decoded("", "", "")
    codecs_ = resolve(declared)
    high = not data.isascii()
    if not codecs_:
        for bom, codec in _BOMS:
            if data.startswith(bom):
                note = f"charset not declared usably, byte-order mark says {display_name(codec)}"
                return Decoded(data.decode(codec, "replace"), codec, note)
    if declared and not codecs_:
        why = f"unknown charset {declared.strip()[:40]!r}"
    elif declared:
        if high and all(_single_byte(c) for c in codecs_) and _is_utf8(data):
            # Valid UTF-8 with high bytes is almost never an accident of a single-byte
            # charset: the label is stale (a common webmail and mail-merge mistake).
            return Decoded(
                data.decode("utf-8"),
                "utf-8",
                f"declared {declared.strip()[:40]} but the content is UTF-8",
            )
        for codec in codecs_:
            if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
                codec = "utf-8-sig"  # a BOM is not text: it would lead the subject or body
            try:
                return Decoded(data.decode(codec), codec, "")
            except Exception:  # noqa: S112 - invalid bytes, or a codec bug (utf-7): next step
                continue
        why = f"bytes invalid for declared charset {declared.strip()[:40]}"
    else:
        why = "undeclared charset"
    if not high:
        return Decoded(data.decode("ascii"), "ascii", f"{why}, text is ASCII" if declared else "")
    if _is_utf8(data):
        # Undeclared UTF-8 is what RFC 6532 headers and most modern mailers send: no note.
        return Decoded(
            data.decode("utf-8"), "utf-8", f"{why}, decoded as utf-8" if declared else ""
        )
    for codec in resolve(hint):
        try:
            return Decoded(data.decode(codec), codec, f"{why}, decoded as {display_name(codec)}")
        except Exception:  # noqa: S112 - the hint is only a guess
            continue
    guess = detect(data)
    if guess:
        codec = resolve(guess)[0]
        return Decoded(
            data.decode(codec, "replace"), codec, f"{why}, decoded as {display_name(codec)}"
        )
    return Decoded(
        data.decode("utf-8", "replace"), "utf-8", f"{why}, undecodable bytes replaced with U+FFFD"
    )


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
