"""pol19: "thanks for the attached …" is the customer's file, not one this reply
promises; attachment.missing (R8: tell them where to find the document) is for a file
the agent says is attached when none is."""

from __future__ import annotations

import pytest

from supportdesk.tone import lint


def _missing(text: str, lang: str) -> bool:
    return any(f.rule == "attachment.missing" for f in lint(text, language=lang).findings)


THEIRS = [
    (
        "en",
        "Thanks for the attached invoice; I've passed it to billing and you'll hear back today.",
    ),
    ("ro", "Mulțumim pentru fotografiile atașate, dosarul e deschis."),
    ("ru", "Спасибо за подробное обращение и за приложенные фото. Мастер придёт завтра."),
    ("ru", "Фото, приложенные вами, мы передали мастеру."),
    (
        "ru",
        "Спасибо за обращение о протечке в квартире № 87 и за приложенные фото, мастер придёт завтра.",
    ),
]

OURS = [
    ("en", "I've attached the policy summary."),
    ("en", "Thanks for waiting. Please find attached the corrected invoice."),
    ("ro", "Vă atașez factura corectată."),
    ("ro", "Mulțumim pentru răbdare. Am atașat factura corectată."),
    ("ru", "Прикладываю исправленный счёт."),
    ("ru", "Спасибо за ожидание. Исправленный счёт во вложении."),
]


@pytest.mark.parametrize(("lang", "text"), THEIRS)
def test_the_customers_attachment_is_no_missing_file(lang: str, text: str) -> None:
    assert not _missing(text, lang)


@pytest.mark.parametrize(("lang", "text"), OURS)
def test_a_file_this_reply_promises_is_still_missing(lang: str, text: str) -> None:
    assert _missing(text, lang)
