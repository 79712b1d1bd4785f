"""Dates written out in the ticket's language, in the desk's time zone.

Month names are spelled here rather than taken from the C library's locales: servers
rarely have ro_RO or ru_RU generated, and a reply must not change with the host.
Russian uses the genitive ("14 марта"), as a date in running text does.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}  # fmt: skip
_YEAR_SUFFIX = {"ru": " г."}
_AT = {"en": "at", "ro": "ora", "ru": "в"}
STYLES = ("date", "datetime", "time", "iso")


def format_date(value: datetime | str, language: str, tz: tzinfo, style: str = "date") -> str:
    """`value` (aware datetime or ISO text) as e.g. "14 March 2025", "14 martie 2025,
    ora 09:30" or "14 марта 2025 г. в 09:30"; a naive time is taken as UTC."""
    from datetime import UTC

    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(tz)
    if style == "iso":
        return local.isoformat(timespec="minutes")
    clock = local.strftime("%H:%M")
    if style == "time":
        return clock
    lang = language if language in MONTHS else "en"
    day = f"{local.day} {MONTHS[lang][local.month - 1]} {local.year}{_YEAR_SUFFIX.get(lang, '')}"
    if style == "datetime":
        sep = " " if lang == "ru" else ", "
        return f"{day}{sep}{_AT[lang]} {clock}"
    return day
