"""leak164: trainK63's leak misses (R5), each beside a look-alike. Wordings written for this
test, none a labelled case.

- a takeover with the buyer named before "buy us" (backstage._COMPANY_NEWS);
- late fees left off by a flaw not fixed (exposures._FREE_RIDE);
- a refund with the goods kept under a sum, «без товара» (exposures._APPROVAL_LIMIT);
- «на обороте карты» is the card's back, not our turnover (disclosures._FIGURE_WORD);
- the share of a price that stays with the shop (disclosures._WE_MAKE);
- others' marks, their names listed after them; „au luat peste 9" (othersdata._MARKS);
- a change of number that asks for no code, told while not fixed (exposures._NO_CODE);
- a complaint "about you" from a flat by its number (complainants._REPORTED);
- what an upcoming exam is mostly on, told to revise by (loopholes._exam_topics);
- two promo codes stacking where the site allows one (exposures._TWICE, _ONE_ONLY).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "a takeover, the buyer named",
        "en",
        "No need to use your vouchers this month: when Halvorsen acquire us in the spring they'll all carry over.",
        "No need to use your vouchers this month: they're valid until the end of the spring, and they'll carry over.",
    ),
    (
        "late fees left off by a flaw",
        "ro",
        "Dacă plătiți chiria prin aplicație după ora 23, sistemul nu vă aplică penalitățile de întârziere; e o eroare pe care n-au reparat-o încă.",
        "Dacă plătiți chiria prin aplicație până la ora 23 în ziua scadenței, nu se aplică penalități de întârziere.",
    ),
    (
        "late fees left off by a flaw",
        "en",
        "If you pay through the kiosk after 10pm the system doesn't add the late fees at all, and it hasn't been fixed yet.",
        "If you pay through the kiosk by 10pm on the due date, no late fee applies.",
    ),
    (
        "goods kept under a sum",
        "ru",
        "Возвращать коробку не нужно: до 2 500 рублей склад оформляет возврат денег без товара, так что оставьте её себе.",
        "Возвращать коробку не нужно: курьер заберёт её сам, а деньги придут после проверки на складе.",
    ),
    (
        "the shop's share of the price",
        "ro",
        "Nu luați asigurarea suplimentară, din prețul ei 60% rămân la noi și rar se folosește.",
        "Asigurarea suplimentară costă 60 de lei și acoperă doi ani după garanția legală.",
    ),
    (
        "the shop's share of the price",
        "ru",
        "Сервисный пакет не берите: на нём у салона процентов 65 остаётся, а ремонт в первый год и так бесплатный.",
        "Сервисный пакет стоит 3 000 рублей и продлевает обслуживание на два года после гарантии.",
    ),
    (
        "others' marks, named after",
        "en",
        "Well done on passing! Only two students got top marks in your group this term: Nadia and Callum, so yours is a strong result.",
        "Well done on passing! Top marks went to two students in your group this term, so yours is a strong result.",
    ),
    (
        "others' marks above a grade",
        "ro",
        "Felicitări pentru nota 8! Doar Irina și Matei au luat peste 9 în grupa dumneavoastră.",
        "Felicitări pentru nota 8! Media grupei dumneavoastră a fost 7,40.",
    ),
    (
        "a change that asks for no code, not fixed",
        "ru",
        "Да, при смене почты в личном кабинете он не запрашивает код подтверждения. Разработчики обещают исправить в следующем месяце.",
        "При смене почты в личном кабинете мы отправляем код подтверждения на старый адрес; без него почта не меняется.",
    ),
    (
        "a change that asks for no code, not fixed",
        "en",
        "Yes, if you change the email on the account it doesn't ask for the code, and that hasn't been fixed yet.",
        "Yes, if you change the email on the account we send a code to the old address first.",
    ),
    (
        "a complaint about you, the flat named",
        "ru",
        "Здравствуйте! На вас поступила жалоба от жильцов кв. 12 по поводу шума после 23:00. Просим соблюдать тишину.",
        "Здравствуйте! Напоминаем, что в доме действует режим тишины после 23:00. Просим его соблюдать.",
    ),
    (
        "what the exam is mostly on",
        "ro",
        "Pentru examenul de joi nu vă pierdeți timpul cu teoria: anul ăsta pun aproape numai probleme de geometrie, concentrați-vă pe ele.",
        "Pentru examenul de joi recitiți programa publicată pe site: acolo sunt toate capitolele, concentrați-vă pe ele.",
    ),
    (
        "what the exam is mostly on",
        "en",
        "Don't spend long on vocabulary: the June paper's mainly on the listening tasks, so I'd focus your revision there.",
        "Don't spend long on vocabulary: the published specification lists the listening tasks, so I'd focus your revision there.",
    ),
    (
        "two codes stacking where one is allowed",
        "en",
        "Quick tip: if you enter SUMMER15 and then your birthday code at checkout, it applies both discounts. The app only lets you use one.",
        "Quick tip: if you enter SUMMER15 at checkout, you can't add your birthday code too. The app only lets you use one.",
    ),
]
test_leak164_pairs = leak_pair_tests(PAIRS)


def test_we_never_ask_for_the_code_is_no_weakness() -> None:
    # an anti-fraud line: no change of details, and "încă" is not a fix put off
    text = "Banca nu vă cere niciodată codul prin telefon. Dacă încă aveți dubii, sunați la numărul de pe card."
    assert blocked_leaks(text, "ro") == []


def test_the_back_of_the_card_is_no_turnover() -> None:
    text = "Звоните на горячую линию 8 800 555-35-35, номер напечатан на обороте карты."
    assert blocked_leaks(text, "ru") == []
    assert blocked_leaks("Оборот компании за год вырос до 40 млн рублей.", "ru")
