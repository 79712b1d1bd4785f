"""pol124: blind82's and heldK57's misses and false alarms, read after their judged run (R1, R3, R5
and the mood the guidance rests on), each beside its counterpart. Wordings written for this test,
none a labelled case.

- a short chat line that holds the customer while we check ("One sec, just checking") and a
  conversation to go on once it is calmer keep no whole-reply reading (the packs' `reader_spared`);
  the condition put on the customer's temper ("when you've calmed down") does not;
- the customer's own ID to bring («получить … по паспорту») is no one's data (persons._brought_id);
- «как только проверка закончится» is no check that looks at one thing (weaknesses._checks_only);
- a chargeback sum we never contest is a sum we do not pursue (loopholes._NO_PURSUIT);
- a mock offer to pull a room "out of my pocket" is sarcasm (the packs' mock-feat);
- moods: sarcastic praise "as always" with a refund demanded is angry; a top score ("10/10")
  closing a small complaint is positive; "shame the app crashed" is a pity, no insult; «ли» asks
  about a case, as "whether" does.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze
from tests.tonecheck import assert_quiet, assert_rude, blocked_leaks, reader_spared


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("One moment, just checking the booking for you.", "en", True),
        ("O clipă, verific comanda.", "ro", True),
        ("Секунду, смотрю заказ.", "ru", True),
        ("One moment, I'm busy with other customers.", "en", False),
        ("Минуту, я занят.", "ru", False),
        ("Happy to continue the conversation once things are calmer.", "en", True),
        ("Продолжим разговор, как только вы успокоитесь.", "ru", False),
        ("I'll continue this conversation when you've calmed down.", "en", False),
    ],
)  # fmt: skip
def test_a_hold_line_and_a_calmer_conversation_are_spared(
    text: str, language: str, expected: bool
) -> None:
    assert bool(reader_spared(text, language)) is expected


def test_the_customers_own_id_to_bring_is_no_ones_data() -> None:
    own = "Справку можно получить в регистратуре по паспорту. Если нужна консультация, Ольга Петровна принимает по средам."
    assert blocked_leaks(own, "ru") == []
    theirs = "Справку можно получить по паспорту Смирновой, Ольга Петровна живёт в кв. 14."
    assert blocked_leaks(theirs, "ru")


def test_as_soon_as_the_check_ends_is_no_weak_check() -> None:
    soon = "Мы проверяем права и стаж, это до суток. Как только проверка закончится, придёт уведомление."
    assert blocked_leaks(soon, "ru") == []
    weak = "Система смотрит только на срок действия прав, стаж никто не проверяет."
    assert blocked_leaks(weak, "ru")


@pytest.mark.parametrize(
    ("language", "leak", "clean"),
    [
        ("ru", "Всё, что меньше 2000 рублей, мы никогда не оспариваем, проще вернуть.",
         "Спорные платежи мы никогда не оспариваем без вашего согласия."),
        ("en", "Anything under £40 we never dispute, it isn't worth the fee.",
         "We never dispute a chargeback without talking to you first."),
    ],
)  # fmt: skip
def test_a_chargeback_sum_we_never_contest(language: str, leak: str, clean: str) -> None:
    assert blocked_leaks(leak, language)
    assert blocked_leaks(clean, language) == []


def test_a_room_out_of_my_pocket_is_sarcasm() -> None:
    assert_rude("Конечно, сейчас достану из кармана свободный люкс на Новый год.", "ru")
    assert_rude("Sure, I'll just pull a free suite out of my pocket for New Year.", "en")
    assert_quiet("Достаньте карту из кармана и приложите её к терминалу, пожалуйста.", "ru")


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        ("en", "Great service as always. Paid for a double room, got a single. Expecting my money back.", "angry"),
        ("ro", "Felicitări pentru serviciu, ca de obicei. Am plătit cameră dublă și am primit single. Vreau banii înapoi.", "angry"),
        ("ru", "лучший магазин, курьер принёс всё за час. жаль, коробка помялась, но всё равно 10/10", "positive"),
        ("ro", "cel mai tare magazin, curierul a venit într-o oră. păcat că s-a îndoit cutia, dar în fine, 10/10", "positive"),
        ("en", "best shop ever, courier came in an hour. shame the box got a bit squashed but still 10/10", "positive"),
        ("ru", "Подскажите, покрывает ли страховка случайное повреждение телефона?", "neutral"),
    ],
)  # fmt: skip
def test_moods(language: str, text: str, mood: str) -> None:
    assert analyze(text, language=language).mood == mood
