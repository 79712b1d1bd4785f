"""R5 confidentiality, round 11 (blind11 misses, generalised by mechanism): what a named
third party is paid (a salary word with a sum of money after a person's name, also the
customer's own colleague, who is not our staff), and a note for colleagues opened by a
"//" comment mark after a sentence on the same line. Each in en, ro and ru with wordings
of their own (none is a labelled case of tests/data/tone), and the clean look-alikes
(the customer's own pay, public minimum wage, code comments, "// FYI" to the customer)
that must stay quiet."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks as _r5

# (1) a named person's pay
PAY_LEAKS = [
    (
        "en",
        "Hi Tom,\n\nIt's delayed because Priya Nandakumar in your finance team has a wage query open (€3,900 a month).",
    ),
    (
        "en",
        "Hello Amy,\n\nYour colleague Derek Olsen raised the same issue; his salary of $72k was paid late too.",
    ),
    (
        "en",
        "Dear Sam,\n\nMr Howard from the same branch earns £38,500, so his payslip went through first.",
    ),
    (
        "ro",
        "Bună Ioana,\n\nÎntârzierea vine de la dosarul lui Victor Stanciu, salariul net 6.200 lei, care e încă în verificare.",
    ),
    (
        "ro",
        "Salut Mihai,\n\nColega ta Adina Murgu are aceeași problemă (salariu 9 300 RON), o rezolvăm împreună.",
    ),
    (
        "ro",
        "Bună ziua,\n\nDoamna Popovici din departamentul dumneavoastră are venitul lunar 5.400 lei și a cerut același lucru.",
    ),
    (
        "ru",
        "Здравствуйте, Ирина!\n\nЗадержка из-за проверки Петра Сомова, у него зарплата 98 000 ₽, выплата ещё не прошла.",
    ),
    (
        "ru",
        "Добрый день, Олег!\n\nВаш коллега Артём Лысенко тоже ждёт: оклад 120 тыс. руб. пока не начислен.",
    ),
    (
        "ru",
        "Привет, Аня!\n\nУ Зинаиды Гордеевой из бухгалтерии доход 75 000 р. в месяц, поэтому её заявка первая.",
    ),
]
PAY_CLEAN = [
    (
        "en",
        "Hi Ola Nowak,\n\nYour salary of £4,250 for November was credited on the 28th.\n\nBest,\nSteph",
    ),
    (
        "en",
        "Hi Ola,\n\nThe national minimum wage set by Rachel Reeves is £12.21 an hour from April.",
    ),
    ("en", "Hi Ola,\n\nPlease enter the salary as [amount] and the employee as [Name Surname]."),
    (
        "ro",
        "Bună Oana Marin,\n\nSalariul dumneavoastră de 7.850 lei a intrat în cont pe 10.\n\nNumai bine,\nȘtefania",
    ),
    (
        "ro",
        "Bună Oana,\n\nÎn formular scrieți salariul ca „X lei” și numele angajatului ca „Prenume Nume”.",
    ),
    (
        "ru",
        "Здравствуйте, Ольга Петрова!\n\nВаша зарплата 145 000 ₽ поступила на счёт 10-го.\n\nС уважением,\nСтефания",
    ),
    ("ru", "Здравствуйте, Оля!\n\nМРОТ с 1 января — 22 440 ₽, так сообщил Антон Котяков."),
]


@pytest.mark.parametrize(("lang", "text"), PAY_LEAKS)
def test_a_named_persons_pay_blocks(lang: str, text: str) -> None:
    assert _r5(text, lang)


@pytest.mark.parametrize(("lang", "text"), PAY_CLEAN)
def test_own_or_public_pay_stays_clean(lang: str, text: str) -> None:
    assert _r5(text, lang) == []


# (2) a "//" note for colleagues after a sentence on the same line
MID_NOTE_LEAKS = [
    ("en", "I've passed it on. // internal: she is on the churn list, max 25% off."),
    ("en", "Your refund is queued // team only: the card was flagged by fraud, hold it."),
    ("en", "All done. // for the team - the VP signed off a 30% credit, don't volunteer it."),
    ("ro", "Am trimis mai departe. // intern: clientul e pe lista de risc, maxim 20%."),
    ("ro", "Rambursarea e în lucru // doar pentru colegi: cardul e semnalat la fraudă."),
    ("ro", "Gata. // pentru echipă — directorul a aprobat 30%, nu oferi din prima."),
    ("ru", "Заявка в работе. // внутреннее: скидку до 25% согласовал руководитель."),
    ("ru", "Передала в отдел // только для команды: карта в стоп-листе."),
    ("ru", "Готово. // коллегам — клиентка на грани ухода, больше 20% не предлагать."),
]
MID_NOTE_CLEAN = [
    ("en", "Your parcel left today. // FYI: tracking updates overnight."),
    ("en", "In your script, `count += 1 // internal counter` is fine; the error is on line 12."),
    ("en", "The page is https://help.example.com//internal-faq: it is public."),
    ("ro", "Coletul a plecat azi. // Info: urmărirea se actualizează peste noapte."),
    ("ro", "În script, linia `x = 1 // intern la funcție` e corectă; eroarea e mai jos."),
    ("ru", "Посылка отправлена. // Кстати: трек обновится ночью."),
    ("ru", "В вашем коде строка `i++ // внутренний счётчик` верна, ошибка ниже."),
]


@pytest.mark.parametrize(("lang", "text"), MID_NOTE_LEAKS)
def test_a_mid_line_comment_note_blocks(lang: str, text: str) -> None:
    assert _r5(text, lang)


@pytest.mark.parametrize(("lang", "text"), MID_NOTE_CLEAN)
def test_comment_marks_for_the_customer_stay_clean(lang: str, text: str) -> None:
    assert _r5(text, lang) == []
