"""Polite false alarms of round pol22 (issue 8), seen on the newest writers (blind32 to
blind35) and fixed by their family in the packs' mechanisms. Each family has polite
variants of our own in the three languages that must stay quiet, and rude or open
counterparts that must still be found:

- R1/R4 (reply level): a reply that cites a fee or a contract but leaves the customer a
  choice ("if you'd prefer to wait", „dacă preferați”, «если предпочтёте»), commits us to
  a step («мы возместим расходы», „vă vom rambursa”), reports a plan switched on, or names
  the customer's insurance policy (their cover, not "the rules") is not bare; a policy
  cited with a refusal and nothing given still is;
- R1/R2: the repeated trouble owned ("This is the third time your line has dropped — that
  shouldn't have happened", "I'm so sorry. This is the third time…") is no reproach; "the
  third time I've explained" and "the third time you've asked. Read the FAQ." still are;
- R1/R6: facts, not verdicts: the failed attempts that set off a security lock ("blocked
  after three wrong PIN entries"), "already" before a count of an allowance used ("you've
  already used 20 of the 30 days"), an error denied before the reason («Дело не в ошибке:
  срок поверки вашего счётчика истёк»); "You entered the wrong PIN" and «Это ваша ошибка»
  still blame;
- R1: the customer credited or cleared: what they found or sorted out alone («отель,
  который вы нашли сами», „Ați găsit singură soluția — bravo”), a fault denied beside
  "good news" ("nothing's actually broken", "easy one to miss"); «вы сами выбрали» and
  "Congratulations, you found the only button that deletes everything" still judge;
- R1/R6: kind words once misread: "whatever's easiest for you" (an offer, not the shrug),
  the customer's shock named with empathy ("I can see why that bill was a shock — …"),
  „ne pare rău că durează atât.” (a degree, not "Atât."), a correction in the customer's
  favour ("Actually, your home is covered for that too"); "Whatever.", "Shocked: the
  parcel is late.", „…și atât.”, "Actually, it is not covered." still are found.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, assert_rude, blocked_leaks, warnings

# ---- R1/R4: the reply level: a choice, a step of ours, a plan switched on, a policy held --

REPLY_GIVES = [
    (
        "en",
        "Dear Mr Hale,\n\nCancelling the gym contract early costs one month's fee under "
        "clause 4 of the contract. From January the notice period drops to two weeks, so "
        "there is no fee at all if you'd prefer to wait.\n\nKind regards,\nMembership Desk",
    ),
    (
        "ro",
        "Bună ziua, domnule Pavel,\n\nRezilierea anticipată a abonamentului costă o lună, "
        "conform art. 4 din contract. Din ianuarie perioada de preaviz scade la două "
        "săptămâni, deci nu mai plătiți nimic, dacă preferați să așteptați.\n\nCu stimă,\n"
        "Biroul de abonamente",
    ),
    (
        "ru",
        "Здравствуйте, Павел!\n\nДосрочное расторжение договора стоит один месячный взнос "
        "согласно п. 4 договора. С января срок уведомления сокращается до двух недель, и "
        "платить ничего не придётся, если предпочтёте подождать.\n\nС уважением,\nОтдел "
        "абонементов",
    ),
    (
        "ru",
        "Здравствуйте, Марина! По договору страховки такие расходы входят в базовую "
        "программу. Сохраните чеки из аптеки, и после возвращения мы возместим расходы.",
    ),
    (
        "ro",
        "Bună ziua, doamnă Marin,\n\nDe fapt, polița dumneavoastră de călătorie acoperă și "
        "consultul la hotel. Păstrați bonurile, iar la întoarcere vă vom rambursa "
        "cheltuielile.\n\nCu stimă,\nAsistență daune",
    ),
]

REPLY_BARE = [
    (
        "en",
        "Dear Mr Hale,\n\nThe early cancellation fee applies under clause 4 of our terms. "
        "We do not make exceptions.\n\nMembership Desk",
    ),
    (
        "ro",
        "Bună ziua,\n\nComisionul de reziliere se aplică conform art. 4 din contract. Nu "
        "facem excepții.\n\nBiroul de abonamente",
    ),
    (
        "ru",
        "Здравствуйте.\n\nКомиссия за расторжение взимается согласно п. 4 договора. "
        "Исключений не делаем.\n\nОтдел абонементов",
    ),
]


@pytest.mark.parametrize(("language", "text"), REPLY_GIVES)
def test_reply_that_leaves_a_choice_or_commits_a_step_is_not_bare(language: str, text: str) -> None:
    """R1/R4: a cited fee with a cheaper way offered, or a step we commit to, gives the
    customer something: the reply-level judgement has no wall to weigh."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), REPLY_BARE)
def test_policy_cited_with_a_refusal_and_nothing_given_is_stillassert_rude(
    language: str, text: str
) -> None:
    """R1: the rules cited and the door shut, with no choice or step, stay rude."""
    assert_rude(text, language)


# ---- R1/R2: the repeated trouble owned ----------------------------------------------------

REPEAT_OWNED = [
    (
        "en",
        "Hello Mr Diaz,\n\nI'm so sorry. This is the second time your boiler service has "
        "been cancelled on the day, and that shouldn't have happened. I've booked our "
        "senior engineer for Monday at 9am.\n\nBest wishes,\nNina",
    ),
    ("en", "This is the fourth time the app has logged you out this week — our mistake, fixed."),
    (
        "ro",
        "Bună ziua, domnule Diaconu,\n\nÎmi pare foarte rău. Este a doua oară când revizia "
        "centralei se anulează chiar în ziua programată — nu trebuia să se întâmple. V-am "
        "programat la inginerul-șef luni la ora 9.\n\nCu stimă,\nNina",
    ),
    (
        "ru",
        "Здравствуйте, Дмитрий!\n\nМне очень жаль. Это уже второй раз, когда обслуживание "
        "котла отменяют в тот же день, — такого не должно было случиться. Я записала вас к "
        "старшему мастеру на понедельник, 9:00.\n\nС уважением,\nНина",
    ),
]

REPEAT_REPROACH = [
    ("en", "This is the third time you've asked the same question. Read the FAQ."),
    ("en", "Sorry, but this is the third time I've explained the fee."),
    ("ro", "E a treia oară când vă explic același lucru. Citiți întrebările frecvente."),
    ("ru", "Уже третий раз объясняю одно и то же. Читайте FAQ."),
]


@pytest.mark.parametrize(("language", "text"), REPEAT_OWNED)
def test_repeated_trouble_owned_is_no_reproach(language: str, text: str) -> None:
    """R1/R2: our failure counted, beside an apology or "that shouldn't have happened"."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), REPEAT_REPROACH)
def test_count_of_our_explanations_or_their_questions_is_stillassert_rude(
    language: str, text: str
) -> None:
    """R1: the count turned on the customer ("you've asked", "I've explained")."""
    assert_rude(text, language)


# ---- R1/R6: facts, not verdicts -----------------------------------------------------------

FACTS = [
    (
        "en",
        "Hello,\n\nYour online banking was locked automatically after five incorrect "
        "password attempts; this is a security measure. You can unlock it in the app under "
        "Profile > Security.\n\nKind regards,\nOnline Banking",
    ),
    (
        "ro",
        "Bună ziua,\n\nAccesul la internet banking s-a blocat automat după cinci încercări "
        "greșite ale parolei — este o măsură de siguranță. Îl puteți debloca din aplicație, "
        "la Profil > Securitate.\n\nCu stimă,\nInternet Banking",
    ),
    (
        "ru",
        "Здравствуйте!\n\nИнтернет-банк заблокировался автоматически после пяти неверных "
        "попыток ввода пароля — это мера безопасности. Разблокировать его можно в "
        "приложении: Профиль > Безопасность.\n\nС уважением,\nИнтернет-банк",
    ),
    (
        "en",
        "Hi Sam, each plan includes 10 free swaps a year, and you've already used 8 this "
        "year, so I can add 2 more now. Shall I book them?",
    ),
    (
        "ro",
        "Salut, Sam! Abonamentul include 10 schimburi gratuite pe an, iar tu ai folosit deja "
        "8 anul acesta, așa că îți pot mai adăuga doar 2. Le rezerv?",
    ),
    (
        "ru",
        "Привет, Сэм! В тариф входит 10 бесплатных замен в год, а ты уже использовал 8 в "
        "этом году, так что могу добавить только 2. Оформить?",
    ),
    (
        "ru",
        "Здравствуйте, Ирина! Понимаю, почему счёт за газ вас удивил. Дело не в ошибке: "
        "срок поверки вашего газового счётчика истёк в мае, поэтому начисление идёт по "
        "нормативу. Как только вы передадите акт поверки, мы пересчитаем оплату.",
    ),
    (
        "ro",
        "Bună ziua, doamnă Irina! Înțeleg de ce factura la gaz v-a surprins. Nu e o eroare: "
        "termenul de verificare al contorului dumneavoastră a expirat în mai. După "
        "verificare, vă vom recalcula plata.",
    ),
    (
        "en",
        "Hi Irina, I understand why the gas bill surprised you. It isn't an error: your "
        "meter's certificate expired in May. Once it is renewed, we'll recalculate the bill.",
    ),
]

VERDICTS = [
    ("en", "You entered the wrong password five times. Maybe read the instructions next time."),
    ("ro", "Ați introdus greșit parola de cinci ori. Poate citiți instrucțiunile data viitoare."),
    ("ru", "Вы пять раз ввели неправильный пароль. Может, сначала прочитаете инструкцию?"),
    ("ru", "Это ваша ошибка: вы не поверили счётчик вовремя."),
    ("en", "As I already told you, you've already been told twice. Stop asking."),
    ("ro", "V-am spus deja de două ori. Nu mai întrebați."),
    ("ru", "Я вам уже два раза объяснял. Хватит спрашивать."),
]


@pytest.mark.parametrize(("language", "text"), FACTS)
def test_security_lock_allowance_or_denied_error_is_a_fact(language: str, text: str) -> None:
    """R1/R6: the event a lock reacts to, what is left of an allowance, an error denied:
    told as facts, no verdict on the customer."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), VERDICTS)
def test_blame_for_the_attempts_or_the_error_is_stillassert_rude(language: str, text: str) -> None:
    """R1/R6: the same facts turned into the customer's fault, or "already told you"."""
    assert_rude(text, language)


# ---- R1: the customer credited or cleared -------------------------------------------------

CREDITED = [
    (
        "ru",
        "Мне правда жаль, что так вышло с поездкой. Мы вернём стоимость билета и оплатим "
        "такси, которое вы нашли сами, — пришлите, пожалуйста, чек.",
    ),
    ("ru", "Ты сам разобрался с настройками — здорово, спасибо, что написал!"),
    ("ro", "Ați găsit singură soluția — bravo, și mulțumim că ne-ați spus."),
    ("en", "You found the fix yourself — well done, and thank you for telling us."),
    (
        "en",
        "Hi Rosa, good news — nothing's actually broken. The Share button is hidden because "
        "the file is in your Archive folder. Easy one to miss, since the folder looks the "
        "same as the others.",
    ),
    (
        "ro",
        "Bună, Rosa, vestea bună e că nu s-a stricat nimic. Butonul Partajare e ascuns "
        "pentru că fișierul e în Arhivă. E ușor de scăpat, folderul arată la fel ca "
        "celelalte.",
    ),
    (
        "ru",
        "Привет, Роза! Хорошая новость: на самом деле ничего не сломано. Кнопка «Поделиться» "
        "скрыта, потому что файл лежит в Архиве. Это легко пропустить, папка выглядит как "
        "остальные.",
    ),
]

JUDGED = [
    ("ru", "Вы сами выбрали этот тариф, так что вопросы к себе."),
    ("ru", "Вы сами виноваты, надо было читать условия."),
    ("ro", "Felicitări, ai reușit să găsești singurul buton care șterge tot."),
    ("en", "Congratulations, you found the only button that deletes everything."),
]


@pytest.mark.parametrize(("language", "text"), CREDITED)
def test_customer_credited_or_cleared_is_no_blame(language: str, text: str) -> None:
    """R1: what the customer found alone is praised or paid for; a fault denied beside
    "good news" mocks nothing."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), JUDGED)
def test_their_own_choice_or_a_mocked_success_is_stillassert_rude(language: str, text: str) -> None:
    """R1: "you chose it yourself", "the only button that deletes everything"."""
    assert_rude(text, language)


# ---- R1/R6: kind words once misread -------------------------------------------------------

KIND = [
    (
        "en",
        "Hi Leo, that's our mistake, we sent the wrong size. The right one is on its way. "
        "You can keep the other pair or return it at any locker, whatever's easiest for you.",
    ),
    (
        "en",
        "Hi Ada, I can see why the renewal was a shock — £240 is twice last year's price. "
        "I'll move you to the basic plan at £120 if you'd like.",
    ),
    (
        "ro",
        "Bună ziua, domnule Radu,\n\nApa caldă este oprită din cauza unei țevi sparte. "
        "Echipa lucrează și estimează repornirea mâine. Știm cât de greu e — ne pare rău că "
        "durează atât.\n\nAdministrația",
    ),
    (
        "ro",
        "Bună ziua, doamnă Toma. De fapt, mașina dumneavoastră este asigurată și pentru "
        "grindină — acoperirea vine din polița CASCO, activă până în martie. Vă trimit "
        "ambele documente.",
    ),
    (
        "en",
        "Hello Ms Tam. Actually, your car is covered for hail too — the cover comes from "
        "your comprehensive policy. I'll send you both documents.",
    ),
    (
        "ru",
        "Здравствуйте, Тамара! На самом деле, ваша страховка покрывает и град: это входит в "
        "КАСКО до марта. Я пришлю вам оба документа.",
    ),
]

UNKIND = [
    ("en", "Whatever. Send it back or keep it, I don't mind."),
    ("en", "Shocked: the parcel is late in December. Who would have thought."),
    ("ro", "Ce șoc, repornirea nu a ajutat."),
    ("ru", "Какой шок: перезагрузка не помогла."),
    ("ro", "S-a oprit sincronizarea și atât."),
    ("ro", "Banii vin în 10 zile. Atât."),
    ("ro", "De fapt, mașina nu este asigurată pentru grindină, citiți contractul."),
    ("en", "Actually, your car is not covered for hail. Read the contract."),
    ("ru", "На самом деле, ваша страховка этого не покрывает. Читайте договор."),
]


@pytest.mark.parametrize(("language", "text"), KIND)
def test_kind_wording_once_misread_isassert_quiet(language: str, text: str) -> None:
    """R1/R6: an offer, empathy for a shock, an apology for the wait, good news."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), UNKIND)
def test_shrug_mock_surprise_door_or_contradiction_is_stillassert_rude(
    language: str, text: str
) -> None:
    """R1/R6: "Whatever.", "Shocked:", "…și atât.", "Actually, it is not covered."."""
    assert_rude(text, language)


COVER_GOOD_NEWS = [
    ("en", "Hi Ben. Actually, your travel policy covers the doctor's visit as well."),
    ("ro", "Bună, Ben. De fapt, polița ta de călătorie acoperă și vizita la medic."),
    ("ru", "Привет, Бен! На самом деле, твоя страховка покрывает и визит к врачу."),
]

COVER_DENIED = [
    ("en", "Actually, your travel policy doesn't cover the doctor's visit. Read it."),
    ("ro", "De fapt, polița nu vă acoperă vizita la medic. Citiți-o."),
    ("ru", "На самом деле, страховка не покрывает визит к врачу. Читайте полис."),
]


@pytest.mark.parametrize(("language", "text"), COVER_GOOD_NEWS)
def test_correction_that_the_cover_applies_is_good_news(language: str, text: str) -> None:
    """R6: "Actually, your policy covers it": corrected in the customer's favour."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), COVER_DENIED)
def test_correction_that_the_cover_does_not_apply_still_argues(language: str, text: str) -> None:
    """R6: the same opening that takes the cover away is still a contradiction."""
    assert_rude(text, language)


# ---- R4: what we will do is the next step -------------------------------------------------

NEXT = "next-step.missing"

WE_WILL = [
    ("en", "Hello. We are investigating the error. We will reword the field in the next version."),
    ("ro", "Bună ziua. Investigăm eroarea. Îl vom corecta în versiunea următoare."),
    ("ro", "Bună ziua. Investigăm eroarea și încă nu știm cauza. Vă vom scrie mâine."),
    ("ru", "Здравствуйте. Разбираемся с ошибкой. Поле переформулируем в следующей версии."),
]

NO_STEP = [
    ("en", "Hello. We are investigating the error."),
    ("ro", "Bună ziua. Investigăm eroarea. Nu vă vom mai scrie."),
    ("ro", "Bună ziua. Investigăm eroarea și încă nu știm cauza. Nu vom putea spune mai mult."),
    ("ru", "Здравствуйте. Разбираемся с ошибкой. Исправлять не будем."),
]


@pytest.mark.parametrize(("language", "text"), WE_WILL)
def test_what_we_will_do_is_a_next_step(language: str, text: str) -> None:
    """R4: "we will…", „îl vom…”, «переформулируем» commit us to a step."""
    assert NEXT not in warnings(text, language), text


@pytest.mark.parametrize(("language", "text"), NO_STEP)
def test_a_refusal_in_the_future_is_no_next_step(language: str, text: str) -> None:
    """R4: „nu vă vom mai scrie”, «исправлять не будем» promise nothing."""
    assert NEXT in warnings(text, language), text


# ---- R5: our front desk's number, by its role --------------------------------------------

DESK_LINE = [
    (
        "en",
        "Dear Ms Patel, Dr Reyes is unwell, so your appointment cannot go ahead. We have held "
        "Tuesday at 11:00 with Dr Lindqvist. Please call reception on 020 7946 0321 to confirm.",
    ),
    (
        "ro",
        "Stimată doamnă Pop, dr. Ionescu este bolnav, așa că programarea nu mai are loc. V-am "
        "rezervat marți la 11:00 la dr. Marin. Vă rugăm să sunați la recepție la 021 555 0192.",
    ),
    (
        "ru",
        "Уважаемая Ольга Петровна, доктор Иванов заболел, поэтому приём отменяется. Мы "
        "оставили для вас вторник, 11:00, у доктора Смирновой. Позвоните в регистратуру по "
        "номеру 8 495 555 01 92, чтобы подтвердить.",
    ),
]

PERSON_LINE = [
    (
        "en",
        "Dear Ms Patel, your neighbour Mr John Reyes of 12 Oak Road asked us to pass on his "
        "number: call him on 07700 900123.",
    ),
    ("en", "Dear Ms Patel, Dr Reyes lives at 14 Elm Street, his mobile is 07700 900123."),
]


@pytest.mark.parametrize(("language", "text"), DESK_LINE)
def test_front_desk_number_is_ours_to_give(language: str, text: str) -> None:
    """R5: "call reception on …": the desk's line beside our staff's names, no leak."""
    assert blocked_leaks(text, language) == [], text


@pytest.mark.parametrize(("language", "text"), PERSON_LINE)
def test_a_named_persons_number_or_address_is_still_blocked(language: str, text: str) -> None:
    """R5: a neighbour's or a doctor's own number and address stay blocked."""
    assert blocked_leaks(text, language), text


# ---- R1: the terms of the customer's own plan are no rules cited at them -----------------

PLAN_SWITCHED = [
    (
        "en",
        "Hello!\n\nThe Simple plan has been activated and starts on the 1st of next month. "
        "Until then the allowances of your current plan apply. Unused data carries over.\n\n"
        "Have a nice day!",
    ),
    (
        "ro",
        "Bună ziua!\n\nAbonamentul „Simplu” a fost activat și intră în vigoare de la 1 ale "
        "lunii viitoare. Până atunci rămân condițiile abonamentului actual. Gigabiții "
        "nefolosiți se reportează.\n\nO zi bună!",
    ),
    (
        "ru",
        "Здравствуйте!\n\nПакет «Семейный» подключён и заработает с понедельника. До этого "
        "действуют условия старого пакета, все минуты сохранятся.\n\nХорошего дня!",
    ),
]

PLAN_REFUSED = [
    ("en", "Hello.\n\nYour plan terms do not allow refunds. We do not make exceptions.\n\nBye."),
    ("ro", "Bună ziua.\n\nCondițiile abonamentului nu prevăd rambursări. Nu facem excepții."),
    ("ru", "Здравствуйте.\n\nУсловия тарифа не предусматривают возврат. Исключений не делаем."),
]


@pytest.mark.parametrize(("language", "text"), PLAN_SWITCHED)
def test_plan_switched_on_with_its_terms_is_not_bare(language: str, text: str) -> None:
    """R1: a plan switched on, and what the current one gives until then, cite no rules."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), PLAN_REFUSED)
def test_plan_terms_cited_with_a_refusal_are_stillassert_rude(language: str, text: str) -> None:
    """R1: the same terms behind a refusal and "no exceptions" still shut the door."""
    assert_rude(text, language)


# ---- R1/R6: cited terms that give, "we don't want to argue" with the point conceded -------

TERMS_GIVE = [
    (
        "en",
        "Dear Mr Lee, as set out in the terms you accepted when booking, the deposit comes "
        "back up to 14 days before arrival, so I've started the refund today.",
    ),
    (
        "ro",
        "Stimate domnule Lee, conform condițiilor acceptate la rezervare, avansul se "
        "returnează până cu 14 zile înainte de sosire, așa că am inițiat azi rambursarea.",
    ),
    (
        "ru",
        "Уважаемый господин Ли, по условиям, которые вы приняли при бронировании, депозит "
        "возвращается за 14 дней до заезда, поэтому я уже оформила возврат.",
    ),
    (
        "ru",
        "Мария, я вас прекрасно понимаю, и мы не хотим спорить о датах — вторую ночь я "
        "вернула полностью.",
    ),
    (
        "en",
        "Hi Maria, I completely understand, and we don't want to argue about the dates — "
        "I've refunded the second night in full.",
    ),
    (
        "ro",
        "Bună, Maria, vă înțeleg perfect și nu vrem să ne contrazicem pe tema datelor — v-am "
        "rambursat integral a doua noapte.",
    ),
]

TERMS_HELD_AGAINST = [
    ("en", "As set out in the terms you accepted, no refunds are given."),
    ("ro", "Conform condițiilor pe care le-ați acceptat, nu se fac rambursări."),
    ("ru", "Как указано в условиях, которые вы приняли, депозит не возвращается."),
    ("ru", "Не спорьте с оператором, решение окончательное."),
    ("ru", "Мы не хотим с вами спорить. Правила есть правила."),
]


@pytest.mark.parametrize(("language", "text"), TERMS_GIVE)
def test_terms_that_give_or_argument_declined_kindly_areassert_quiet(
    language: str, text: str
) -> None:
    """R1/R6: the terms cited for what they give, "we don't want to argue — refunded"."""
    assert_quiet(text, language)


@pytest.mark.parametrize(("language", "text"), TERMS_HELD_AGAINST)
def test_terms_held_against_the_customer_or_do_not_argue_stillassert_rude(
    language: str, text: str
) -> None:
    """R1/R6: the same terms behind a refusal, "не спорьте", "не хотим спорить." alone."""
    assert_rude(text, language)
