"""R5: our own bank details, given so that the customer can pay by transfer, are no leak
("our details are: … sort code 20-00-00", "datele noastre: IBAN …", "наши реквизиты: р/с
…"); anyone else's account in the same shape still is (blind14's v080 was blocked in all
three languages before)."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks

OURS = [
    (
        "en",
        "Hi Ama,\n\nIf a card payment keeps failing, you can pay by bank transfer. Our bank "
        "details: Lumen Print Ltd, sort code 40-47-84, account 31926819, reference INV-5521.\n\nThanks,\nLumen",
    ),
    (
        "en",
        "Hello,\n\nPlease use our account for the transfer: IBAN GB33BUKB20201555555555, "
        "quoting your order number.\n\nBest,\nBilling",
    ),
    (
        "ro",
        "Bună ziua,\n\nPuteți plăti și prin transfer. Datele noastre bancare: Tipar SRL, IBAN "
        "RO49 AAAA 1B31 0075 9384 0000, la detalii treceți numărul comenzii.\n\nCu stimă,\nContabilitate",
    ),
    (
        "ro",
        "Salut,\n\nPoți vira suma în contul nostru: RO09 BCYP 0000 0012 3456 7890, cu "
        "numărul facturii la detalii.\n\nMersi!",
    ),
    (
        "ru",
        "Здравствуйте!\n\nМожно оплатить по безналу. Наши реквизиты: ООО «Печатник», р/с "
        "40702810400000054321, в назначении платежа укажите номер заказа.\n\nС уважением,\nБухгалтерия",
    ),
    (
        "ru",
        "Добрый день!\n\nПереведите, пожалуйста, на наш расчётный счёт 40702810400000054321 и "
        "пришлите платёжку.\n\nСпасибо!",
    ),
    # the details named in a sentence about paying, no "наши" (blind32's ru-an077 and
    # heldK7's ru-ki063 were blocked)
    (
        "ru",
        "Здравствуйте!\n\nДля оплаты по квитанции используйте реквизиты компании: ООО «Уют», "
        "ИНН 7705554433, р/с 40702810500000067890 в ПАО «Банк», БИК 044525111.\n\nУК «Уют»",
    ),
    (
        "ru",
        "Добрый день! Оплатить заказ можно по реквизитам: ООО «Книжный двор», р/с "
        "40702810100000076543, БИК 044525222. В назначении укажите номер заказа.",
    ),
]

OTHERS = [
    (
        "en",
        "Hi Ama,\n\nThe refund went to the account of your colleague Tom Reed, sort code "
        "40-47-84, account 31926819, by mistake.\n\nSorry,\nLumen",
    ),
    (
        "en",
        "Hello,\n\nOur account manager's own IBAN GB33BUKB20201555555555 was on the form.\n\nBilling",
    ),
    (
        "ro",
        "Bună ziua,\n\nAm virat banii în contul domnului Vasilescu, IBAN RO49 AAAA 1B31 0075 "
        "9384 0000, din greșeală.\n\nCu stimă,\nContabilitate",
    ),
    (
        "ru",
        "Здравствуйте!\n\nДеньги ушли на счёт вашей соседки 40817810500001234567, это наша "
        "ошибка.\n\nС уважением,\nБухгалтерия",
    ),
    (
        "ru",
        "Добрый день!\n\nДля оплаты используйте реквизиты вашего соседа: р/с "
        "40817810400000012345, Иванов Пётр.\n\nБухгалтерия",
    ),
]


@pytest.mark.parametrize(("language", "text"), OURS)
def test_our_details_for_a_transfer_are_not_blocked(language: str, text: str) -> None:
    assert blocked_leaks(text, language) == []


@pytest.mark.parametrize(("language", "text"), OTHERS)
def test_someone_elses_account_is_still_blocked(language: str, text: str) -> None:
    assert blocked_leaks(text, language)
