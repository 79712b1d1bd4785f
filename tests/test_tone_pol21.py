"""Polite false alarms of round pol21 (issue 8): the non-tone rules on the newest
writers' polite drafts. Attachment reminders (R8) were the largest family there
(bench/tone_rule_table.py: 12 polite drafts flagged `attachment.missing`, no rude one),
and some named no file of this reply at all:

- R8: a link "attached" is text in the message itself ("I've attached the link to the
  form", „v-am atașat linkul”, «ссылку на форму я прикрепила»);
- R8: a file attached to a message to someone else ("I've emailed the courier and I've
  attached your order number", „i-am scris vânzătorului și i-am atașat…”, «написали
  продавцу и приложили ваш номер заказа») is not missing from this reply;
- R8: a bank card "attached" to an account is linked to it („cardul atașat a fost
  anulat”; English and Russian say "linked"/«привязанная» and never matched);

while a file of this reply that is not attached still warns in each language ("I've
attached the invoice", „Vă atașez factura”, «Прикладываю расчёт», «Образец заявления
прилагаем»), also when a link is named in another sentence, or a card's copy is attached.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, lint

ATTACHMENT = "attachment.missing"

NOT_THIS_REPLYS_FILE = [
    # a link is text in the message (R8)
    ("en", "Here is how to reset it. I've attached the link to the form, so you can do it online."),
    ("en", "The form is online: the link I've attached takes you straight to it."),
    ("ro", "V-am atașat linkul către formular, îl puteți completa online."),
    ("ro", "Linkul atașat vă duce direct la formularul de retur."),
    ("ru", "Срок возврата — 8 часов, ссылку на форму я прикрепила."),
    ("ru", "Прикрепляю ссылку на форму возврата, заполнить её можно онлайн."),
    # attached to a message to someone else (R8)
    ("en", "I've emailed the courier and I've attached your order number so they can trace it."),
    ("ro", "I-am scris vânzătorului și i-am atașat numărul comenzii dumneavoastră."),
    ("ro", "Am scris curierului și am atașat fotografiile coletului, ca să verifice."),
    ("ru", "Мы написали продавцу и приложили ваш номер заказа."),
    ("ru", "Мы написали ему и приложили ваш номер заказа, чтобы ускорить процесс."),
    # a card linked to an account (R8)
    ("en", "The card attached to your account has been cancelled today."),
    ("ro", "Contul a fost închis, iar cardul atașat a fost anulat."),
    ("ro", "Cardul atașat contului dumneavoastră a fost reînnoit automat."),
    ("ru", "Счёт закрыт, привязанная к нему карта заблокирована."),
]

FILE_OF_THIS_REPLY = [
    ("en", "I've attached the invoice for March so you can check the amounts."),
    ("en", "I've attached the statement; the link to the portal is in your welcome email."),
    ("ro", "Vă atașez factura pentru luna martie."),
    ("ro", "Am atașat copia cardului de garanție."),
    ("ro", "Am atașat extrasul de cont; linkul către portal îl găsiți în e-mailul de bun venit."),
    ("ru", "Прикладываю расчёт, чтобы было видно каждую составляющую."),
    ("ru", "Образец заявления прилагаем."),
    ("ru", "Мы подготовили ответ и приложили расчёт по тарифу."),
]


def _attachment_rules(text: str, language: str, attachments: int = 0) -> set[str]:
    report = lint(text, Context(attachments=attachments), language=language)
    return {f.rule for f in report.findings if f.rule == ATTACHMENT}


@pytest.mark.parametrize(("language", "text"), NOT_THIS_REPLYS_FILE)
def test_link_third_party_or_linked_card_is_no_missing_file(language: str, text: str) -> None:
    """R8: nothing of this reply is said to be attached, so nothing can be missing."""
    assert _attachment_rules(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), FILE_OF_THIS_REPLY)
def test_file_of_this_reply_still_warns(language: str, text: str) -> None:
    """R8: the reply says a file is attached and there is none."""
    assert _attachment_rules(text, language) == {ATTACHMENT}, text


@pytest.mark.parametrize(("language", "text"), FILE_OF_THIS_REPLY)
def test_file_attached_is_quiet(language: str, text: str) -> None:
    """R8: with the file attached the reminder has nothing to say."""
    assert _attachment_rules(text, language, attachments=1) == set(), text
