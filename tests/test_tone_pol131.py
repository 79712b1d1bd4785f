"""pol131: trainP49's polite drafts the rules warned on, and ru-yp011's police receipt read as an
inquiry (R1, R5), each beside a rude or leaking counterpart that stays flagged. Wordings written for
this test, none a labelled case.

- a fraud warning's "not even someone saying they're from our bank" (en model_spare, as pol32);
- "you should have it tomorrow": when a parcel arrives, no "you should have read it";
- "the £10 you were charged twice" and "on the actual problem": our double charge and the matter
  itself, no reminder and no "did you actually";
- „Cum v-am spus și mai devreme … am verificat din nou", «Как я уже писала … ещё раз проверила»: the
  earlier word checked again and brought up to date (ro/ru already-said, ru's shared
  `already_rechecked`);
- «Понимаем, что бывают сложные периоды»: hard times granted (ru.exasperation);
- «нужен талон-уведомление из полиции»: the customer's own police report, asked for a claim
  (inquiries._THEIR_REPORT).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests, still_blocked_tests

QUIET = [
    ("en", "Keep the PIN to yourself. Never read it out to anyone who rings you — not even someone saying they're from our bank."),
    ("en", "As I mentioned yesterday, the part is with the courier — I checked again, and you should have it tomorrow before noon."),
    ("en", "Hi Ada, I'm sorry about the chat. On the actual problem: I've refunded the £6 you were billed twice."),
    ("ro", "Cum v-am spus și ieri, coletul e în drum spre Iași; am verificat din nou și ajunge mâine până la ora 12."),
    ("ru", "Как я уже писал вчера, посылка едет в Казань — сейчас ещё раз проверил, завтра к обеду будет у вас."),
    ("ru", "Понимаем, что бывают сложные времена, поэтому предлагаем рассрочку на полгода без процентов."),
    ("ru", "Для выплаты нужны талон-уведомление из полиции и постановление о возбуждении уголовного дела, пришлите их сканы."),
]  # fmt: skip
RUDE = [
    ("en", "Not even you could miss a button that size. Never read the instructions, did you?"),
    ("en", "You should have read the terms before buying. As I said, there's nothing we can do."),
    ("ro", "Cum v-am mai spus, nu ține de noi. Nu mai insistați."),
    ("ru", "Как я уже писал, сделать ничего нельзя. Ещё раз проверил — ответ тот же."),
    ("ru", "Не понимаю, что сложного в том, чтобы нажать на кнопку."),
]
test_pol131_quiet, test_pol131_rude = quiet_and_rude_tests(QUIET, RUDE)

STILL_BLOCKED = [
    ("ru", "Полиция на прошлой неделе запросила у нас выписки по вашему счёту."),
]
test_pol131_still_blocked = still_blocked_tests(STILL_BLOCKED)
