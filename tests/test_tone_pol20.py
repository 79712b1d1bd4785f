"""Polite false alarms of round pol20 (issue 8), fixed by their family in the packs'
mechanisms, each with polite variants of our own in the three languages that must stay
quiet and rude or open counterparts that must still be found:

- R4: a question put to the customer is itself the next step ("We're looking into it.
  Which version do you have?"); a delay that is over ("sorry for the delay in replying",
  "was delayed yesterday", "грузился с задержкой") or a status in quotation marks ("still
  marked 'in progress'") is no open case; a question the reply answers itself ("Why did
  this happen?") and a delay still running ("is delayed") still want a next step;
- R6: a correction made kindly, after an acknowledgement ("I understand the confusion.
  Actually, …") or before an apology for the confusion, and our own earlier information
  corrected ("vă scriu să corectez o informație pe care v-am dat-o") argue with nobody; a
  bare "Actually, the charge is correct." still does;
- R1/R6: the fault owned ("Это наша проблема, не ваша", "am greșit adresa") and the
  customer's account conceded ("вы действительно не подключали", "You're right, you never
  ordered it") put no fault on them; "Not our problem" and "You didn't read the email"
  still do;
- R1: a program's words quoted ('the error you saw ("Sync failed")'), capitals that are
  labels (in quotation marks, a menu path, after "tap"/"apăsați"/"нажмите") and "That
  happens when …" (a cause told) are no shouting, blame or shrug; capitals of the agent's
  own voice and a bare "Se mai întâmplă." still are; "мы разбираемся с …" (we are on it) is
  no "разбирайтесь с …" (sort it out yourselves);
- R1/R6: what a courier or the invoice should have done ("The invoice should have used
  your new address", "Curierul nu trebuia să-l lase"), what the work turned out to need
  («выяснилось, что нужно было менять и диски»), what to bring («при себе — паспорт»),
  "whatever it is" after a promise and "the impact on you" judge nobody; "you should
  have", «вам нужно было», "Whatever." still do;
- R3: the "you" of a general truth («как неприятно…, когда работаешь из дома») and plural
  verbs said to the customer's group ("jucătorul vostru … dacă aveți") mix no register;
  "poți" beside "vă mulțumim" still does;
- R1: the reply-level word lists: a shrug's word followed by a consolation ("It happens,
  no worries", «Бывает, не страшно») or opening a cause ("That happens when…"), what a
  thing is expected to do («должны появиться»), and words that only share a stem with a
  cue ("evidența poliției": the police records, neither "evident" nor "politica");
- R1/R6: owning words in a question own nothing ("So now it's our fault your Wi-Fi is
  slow?", "You're joking, right?"): the sentence model still reads them;
- R1/R6: a reason given for our goodwill ("Because you didn't get the warning text, we've
  credited half", „Pentru că ne-ați scris din timp, am făcut deja cererea”) and empathy
  for what is hard at times («понимаем, что утром бывает сложно») judge nobody; the same
  reason before a refusal and «что сложного» still do;
- R1/R2: the customer's count of messages thanked for beside an apology or empathy in the
  same sentence owns their urgency, and a copy "already in the app under Documents" is
  delivered, not a pointer; the bare count and "It's all there." stay rude;
- R3: words in quotation marks (the customer's question, a colleague's answer corrected,
  a note to the courier) are someone else's, not the reply's register.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, lint
from tests.tonecheck import rude_rule_set, warnings

NEXT_STEP = "next-step.missing"

# ---- R4: a question to the customer, a delay that is over -------------------------------

ASKED = [
    ("en", "Hi Jo, we're investigating the error. Which version of the app do you have?"),
    ("en", "Hi Lee, we are looking into why the sync failed. Did it happen on both phones?"),
    ("ro", "Bună ziua, investigăm eroarea de autentificare. Ce browser folosiți?"),
    ("ro", "Bună, verificăm de ce nu s-a sincronizat. S-a întâmplat pe ambele telefoane?"),
    ("ru", "Здравствуйте, разбираемся с ошибкой входа. Каким браузером вы пользуетесь?"),
    ("ru", "Здравствуйте, перевод пока на рассмотрении. У вас есть номер квитанции?"),
]

DELAY_OVER = [
    ("en", "Hi Ana, sorry for the delay in replying. The fee covers the annual service."),
    ("en", "Hi Ana, there was a delay with the courier yesterday. The parcel is with you now."),
    ("en", "Hi Greta, Quiz 9 is still marked 'in progress'; open it and press Submit."),
    ("ro", "Bună ziua, ne cerem scuze pentru răspunsul întârziat. Taxa se plătește în ianuarie."),
    ("ro", "Bună ziua, ieri a fost o întârziere la curier. Coletul este acum la dumneavoastră."),
    ("ro", "Bună ziua, scuze pentru întârziere, banii au intrat azi."),
    ("ru", "Здравствуйте, вчера была задержка у курьера. Посылка уже у вас."),
    ("ru", "Всё в порядке — просто список участников грузился с задержкой из-за нагрузки."),
    ("ru", "Вань, кэш пришёл на баланс. Сорри за задержку, у Стима был техперерыв."),
    ("ru", "С возвращением! Твой клан сохранили, пока тебя не было."),
]

STILL_OPEN = [
    ("en", "Hi Ana, we're investigating the error. Why did this happen? We don't know yet."),
    ("en", "Hi Ana, your order has been delayed at customs."),
    ("en", "Hi Ana, sorry for the delay. We're still investigating the cause."),
    ("ro", "Bună ziua, investigăm eroarea. De ce s-a întâmplat? Încă nu știm."),
    ("ro", "Bună ziua, comanda întârzie din cauza vremii."),
    ("ru", "Здравствуйте, разбираемся с ошибкой. Почему так вышло? Пока не знаем."),
    ("ru", "Здравствуйте, есть задержка по всем доставкам в вашем районе."),
]


@pytest.mark.parametrize(("language", "text"), ASKED + DELAY_OVER)
def test_question_or_delay_over_needs_no_next_step(language: str, text: str) -> None:
    """R4: the question is the next step (we wait for the answer); a past delay is over."""
    assert NEXT_STEP not in warnings(text, language), text


@pytest.mark.parametrize(("language", "text"), STILL_OPEN)
def test_open_case_without_next_step_still_warns(language: str, text: str) -> None:
    """R4: a question the reply answers itself, or a delay still running, says nothing
    of what happens next."""
    assert NEXT_STEP in warnings(text, language), text


# ---- R6: corrections made kindly ---------------------------------------------------------

KIND_CORRECTIONS = [
    ("en", "Hi Ana, I understand the confusion. In fact, the fee is charged once a year."),
    ("en", "Hi Ana, good question! Actually, the warranty starts on the delivery date."),
    ("en", "Hi Mark, actually, the fee is 5 euros. Sorry for the confusion in my last email."),
    ("ro", "Bună ziua, înțeleg confuzia. De fapt, taxa se plătește o dată pe an, nu lunar."),
    ("ro", "Bună, Cristina! Înțeleg confuzia. De fapt, asigurarea CASCO se plătește separat."),
    ("ro", "Bună ziua, vă scriu să corectez o informație pe care v-am dat-o: termenul e 25 mai."),
    ("ru", "Здравствуйте, понимаю путаницу. На самом деле, комиссия списывается раз в год."),
    ("ru", "Хороший вопрос! На самом деле, гарантия начинается с даты доставки."),
]

PLAIN_CONTRADICTIONS = [
    ("en", "I see your email. Actually, the charge is correct."),
    ("en", "Actually, the charge is correct. Sorry, but that's the rule."),
    ("ro", "Am primit mesajul. De fapt, taxa este corectă."),
    ("ro", "Vă scriu să vă corectez: informația pe care o aveți e greșită."),
    ("ru", "Письмо получили. На самом деле, списание верное."),
    ("ru", "На самом деле, списание верное. Извините, но таковы правила."),
]


@pytest.mark.parametrize(("language", "text"), KIND_CORRECTIONS)
def test_kind_correction_is_no_argument(language: str, text: str) -> None:
    """R6: the customer's doubt owned as fair, or our own mistake corrected."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), PLAIN_CONTRADICTIONS)
def test_plain_contradiction_is_still_argumentative(language: str, text: str) -> None:
    """R6: no acknowledgement before it, no apology for the confusion after it."""
    assert rude_rule_set(text, language), text


# ---- R1/R6: the fault owned, the customer's account conceded ------------------------------

OWNED_OR_CONCEDED = [
    ("en", "Hi! This is our problem, not yours. We'll replace the router on 18 April."),
    (
        "en",
        "Hi Ana, you indeed didn't sign up for this plan; a partner site added it. We've removed it.",
    ),
    (
        "en",
        "Hi Ana, you're right, you never ordered the extra bag. We have removed it from your bill.",
    ),
    ("ro", "Bună ziua! E problema noastră, nu a voastră. Echipamentul îl schimbăm pe 18 aprilie."),
    ("ro", "Bună! E problema noastră, nu a ta: am greșit adresa. Am retrimis coletul."),
    ("ro", "Bună ziua, aveți dreptate, nu ați comandat geanta în plus. Am scos-o din factură."),
    ("ru", "Добрый день! Это наша проблема, не ваша. Оборудование заменим 18 апреля."),
    (
        "ru",
        "Добрый день! Подписку вы действительно не подключали — она активировалась через "
        "партнёрский сайт. Мы её отключили и вернули 297 ₽.",
    ),
    ("ru", "Добрый день! Вы правы, вы не заказывали лишнюю сумку. Мы убрали её из счёта."),
]

STILL_BLAMING = [
    ("en", "Not our problem, talk to your bank."),
    ("en", "Hi Ana, you didn't read the email. The fee was in it."),
    ("ro", "Nu e problema noastră, adresați-vă băncii."),
    ("ro", "Bună ziua, nu ați citit e-mailul. Taxa era menționată acolo."),
    ("ru", "Это не наша проблема, обращайтесь в банк."),
    ("ru", "Добрый день! Вы правда не читали договор? Там всё написано."),
]


@pytest.mark.parametrize(("language", "text"), OWNED_OR_CONCEDED)
def test_owned_or_conceded_is_no_blame(language: str, text: str) -> None:
    """R1/R6: the reply takes the fault, or agrees with what the customer said."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), STILL_BLAMING)
def test_denied_or_blamed_is_still_found(language: str, text: str) -> None:
    """R1/R6: "not our problem" and "you didn't read it" (in a question too) stay rude."""
    assert rude_rule_set(text, language), text


# ---- R1: labels, quoted program text, causes, our own work --------------------------------

NOT_SHOUTING_NOR_JAB = [
    ("en", 'Hi Ana, the error you saw ("Payment failed: 402") means the bank declined the card.'),
    (
        "en",
        "Hi, in the app open SETTINGS > PRIVACY and switch off AUTO SYNC. Let me know if that helps.",
    ),
    ("en", 'Hi, the screen shows "CARD BLOCKED" after three wrong PINs. I\'ve unblocked it now.'),
    ("en", "Hi, that happens when the SIM is not registered; I've registered it now."),
    ("ro", "Bună ziua, apăsați TRIMITE CERERE și apoi „CONFIRMĂ PLATA”. Mulțumim!"),
    ("ro", "Bună ziua, se întâmplă când cardul a expirat; v-am emis unul nou."),
    ("ru", "Здравствуйте, нажмите ОТПРАВИТЬ ЗАЯВКУ, затем «ПОДТВЕРДИТЬ». Спасибо!"),
    ("ru", "Здравствуйте, извините за задержку, мы всё ещё разбираемся с причиной."),
    ("ru", "Здравствуйте, так бывает, когда карта истекла; мы выпустили новую."),
]

STILL_RUDE = [
    ("en", "I ALREADY TOLD YOU the refund takes five days."),
    ("en", "Please READ the EMAIL we sent before writing again."),
    ("ro", "V-AM SPUS DEJA că durează cinci zile."),
    (
        "ro",
        "Bună ziua,\n\nMedicii au urgențe. Se mai întâmplă. Programarea e mutată luni.\n\nSuport",
    ),
    ("ru", "Я ВАМ УЖЕ ГОВОРИЛА, возврат идёт пять дней."),
    ("ru", "Ничем не можем помочь, разбирайтесь с банком сами."),
]


@pytest.mark.parametrize(("language", "text"), NOT_SHOUTING_NOR_JAB)
def test_labels_quotes_causes_are_not_rude(language: str, text: str) -> None:
    """R1: a screen's words, a button's name, a cause explained, our own work on it."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), STILL_RUDE)
def test_own_capitals_and_shrugs_are_still_rude(language: str, text: str) -> None:
    """R1: the agent's own capitals, a bare shrug, "sort it out yourselves"."""
    assert rude_rule_set(text, language), text


# ---- R1/R6: what a third party or a thing should have done; a finding; empathy -----------

THIRD_PARTY_OR_FINDING = [
    (
        "en",
        "Hey Priya, good catch, that was our mistake. The invoice should have used your new "
        "billing address. I have reissued it.",
    ),
    ("en", "Hi, the courier should have called you before leaving it with a neighbour. Sorry!"),
    ("en", "I've asked the account team to review it given the impact on you."),
    ("en", "I'll reply with a firm answer by 3pm today, whatever it is."),
    ("ro", "Îmi pare rău. Curierul nu trebuia să-l lase acolo fără să te sune."),
    ("ro", "Am rugat echipa să reanalizeze cazul, având în vedere impactul asupra dumneavoastră."),
    ("ru", "При разборе выяснилось, что кроме колодок нужно было менять и диски."),
    ("ru", "Справку выдают в кабинете 112, при себе — полис ОМС и паспорт ребёнка."),
]

STILL_THE_CUSTOMERS_FAULT = [
    ("en", "Hi Ana, you should have read the terms before ordering."),
    ("en", "Whatever. The fee stays."),
    ("ro", "Nu trebuia să-l lăsați deschis."),
    ("ru", "Выяснилось, что вам нужно было обновить приложение."),
    ("ru", "Держите свои жалобы при себе."),
]


@pytest.mark.parametrize(("language", "text"), THIRD_PARTY_OR_FINDING)
def test_third_party_failing_or_finding_is_no_blame(language: str, text: str) -> None:
    """R1/R6: our courier's or the invoice's failing owned, what the work turned out to
    need, what to bring, the answer promised either way, the impact on the customer."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), STILL_THE_CUSTOMERS_FAULT)
def test_the_customers_own_should_have_is_still_blame(language: str, text: str) -> None:
    """R1/R6: "you should have", "вам нужно было", "Whatever." stay rude."""
    assert rude_rule_set(text, language), text


# ---- R3: a "you" that addresses nobody, the customer's group -----------------------------

MIXED = "register.mixed"

ONE_REGISTER = [
    (
        "ro",
        "Salut, Cosmin! Meciul a fost pierdut la masa verde, pentru că jucătorul vostru nu "
        "era legitimat. Dacă aveți legitimația, trimite-mi-o și o analizăm.",
    ),
    (
        "ro",
        "Bună ziua, înțeleg cât de neplăcut e când rămâi fără internet. Tehnicianul vine "
        "mâine; vă rog să-l așteptați acasă.",
    ),
    (
        "ru",
        "Понимаю, как неприятно остаться без интернета, когда работаешь из дома. На вашей "
        "линии повреждён кабель, бригада уже выехала.",
    ),
]

STILL_MIXED = [
    ("ro", "Salut, Cosmin! Dacă aveți legitimația, trimite-mi-o și o analizăm."),
    ("ro", "Bună ziua, poți trimite actul? Vă mulțumim."),
    ("ru", "Здравствуйте! Ты можешь прислать фото? Спасибо, ваша заявка принята."),
]


@pytest.mark.parametrize(("language", "text"), ONE_REGISTER)
def test_generic_or_group_you_is_no_mixed_register(language: str, text: str) -> None:
    """R3: a general truth's "you", and plural verbs said to the customer's team."""
    assert MIXED not in warnings(text, language), text


@pytest.mark.parametrize(("language", "text"), STILL_MIXED)
def test_tu_and_formal_in_one_reply_is_still_mixed(language: str, text: str) -> None:
    """R3: "poți" beside "vă mulțumim", "ты можешь" beside "ваша" still warn."""
    assert MIXED in warnings(text, language), text


# ---- R1: the reply-level lists: a consolation, an expectation, words that only look alike --

REPLY_LEVEL_QUIET = [
    ("en", "It happens, no worries! I've reset the password, you can log in now."),
    ("ro", "Se mai întâmplă, nu-i nimic! Parola e resetată, acum poți intra."),
    (
        "ro",
        "Bună ziua, plata a fost făcută corect. Transferul durează până la 3 zile, după care "
        "suma apare ca achitată și în evidența poliției locale.",
    ),
    ("ru", "Бывает, не страшно! Пароль сбросили, теперь можно войти."),
    (
        "ru",
        "Йо, Макс! Кристаллы уже докинул на аккаунт вручную. Перезайди в игру, должны появиться.",
    ),
]

REPLY_LEVEL_SHRUGS = [
    (
        "ro",
        "Bună ziua,\n\nMedicii au urgențe. Se mai întâmplă. Programarea e mutată luni.\n\nSuport",
    ),
    (
        "ru",
        "Здравствуйте.\n\nВрачи тоже болеют. Бывает. Приём перенесён на понедельник.\n\nПоддержка",
    ),
]


@pytest.mark.parametrize(("language", "text"), REPLY_LEVEL_QUIET)
def test_consolation_expectation_lookalikes_are_not_rude(language: str, text: str) -> None:
    """R1: "It happens, no worries" consoles; "должны появиться" expects of a thing;
    "evidența poliției" (the police records) is neither irony nor the rules."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), REPLY_LEVEL_SHRUGS)
def test_bare_shrug_is_still_rude(language: str, text: str) -> None:
    """R1: "Se mai întâmplă." / "Бывает." standing alone still reads as a shrug."""
    assert rude_rule_set(text, language), text


# ---- R1/R6: owning words in a question own nothing ----------------------------------------

MOCK_OWNING = [
    (
        "en",
        "Hi Marco,\n\nYou're joking, right? Nobody gets their money back after two years.\n\nEva",
    ),
    ("en", "So now it's our fault that your Wi-Fi is slow? Interesting."),
    ("ro", "A, deci acum e vina noastră că aveți Wi-Fi lent? Interesant."),
    ("ru", "То есть это наша вина, что вы не оплатили счёт вовремя? Интересно."),
]


@pytest.mark.parametrize(("language", "text"), MOCK_OWNING)
def test_owning_words_in_a_question_spare_nothing(language: str, text: str) -> None:
    """R1/R6: "our fault … ?", "you're joking, right?" are irony, not the fault owned, so
    the sentence model still reads them (construct.scored spares only real ownership)."""
    assert rude_rule_set(text, language), text


# ---- R1/R6: a reason given for our goodwill; empathy for what is hard at times -----------

GOODWILL_REASONS = [
    (
        "en",
        "Hi, the charges come from data used in Turkey. Because you didn't get the warning text, we've credited half of the amount.",
    ),
    (
        "ro",
        "Bună ziua, costurile provin din Turcia. Pentru că nu ați primit SMS-ul de avertizare, v-am acordat un credit de 107 lei.",
    ),
    (
        "ro",
        "Bună ziua, taxa e 45 €. Pentru că ne-ați scris din timp, am făcut deja cererea de corectare.",
    ),
    (
        "ru",
        "Понимаем, что утром бывает сложно выйти минута в минуту. В этот раз мы вернули сумму баллами.",
    ),
]

REASONS_FOR_A_REFUSAL = [
    ("en", "Because you didn't read the terms, we can't refund you."),
    ("ro", "Pentru că nu ați citit condițiile, nu putem returna banii."),
    ("ru", "Так как вы не прочитали условия, вернуть деньги мы не можем."),
    ("ru", "Не понимаю, что сложного в том, чтобы нажать на ссылку."),
]


@pytest.mark.parametrize(("language", "text"), GOODWILL_REASONS)
def test_reason_for_goodwill_is_no_verdict(language: str, text: str) -> None:
    """R1/R6: "because you didn't get the warning, we've credited half" earns the customer
    something; «понимаем, что бывает сложно» shares their trouble."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), REASONS_FOR_A_REFUSAL)
def test_reason_for_a_refusal_is_still_blame(language: str, text: str) -> None:
    """R1/R6: the same "because you didn't" before a refusal, and "что сложного", stay rude."""
    assert rude_rule_set(text, language), text


# ---- R1/R2: the customer's urgency owned; a document delivered into the app --------------

URGENCY_OWNED_OR_DELIVERED = [
    (
        "en",
        "Hi Ray,\n\nThank you for the fifth email today — I can tell how urgent this is for "
        "you, and I am sorry we have not had an answer yet. I will reply by 3pm.\n\nCarla",
    ),
    (
        "ro",
        "Salut, Ray,\n\nMulțumesc pentru al cincilea mesaj de azi — îmi dau seama cât de "
        "urgent e pentru tine și îmi pare rău că încă nu avem un răspuns. Îți scriu până la "
        "ora 15.\n\nCarla",
    ),
    (
        "ru",
        "Здравствуйте, Рей!\n\nСпасибо за пятое письмо за сегодня — понимаю, как это срочно "
        "для вас, и прошу прощения, что ответа пока нет. Я напишу до 15:00.\n\nКарла",
    ),
    (
        "en",
        "Hi George,\n\nI have ordered the statement with the bank stamp; it will be ready "
        "tomorrow after 12:00. The signed electronic copy is already in the app under "
        "Documents.\n\nAlex",
    ),
    (
        "ro",
        "Bună ziua,\n\nAm comandat extrasul cu ștampila băncii; va fi gata mâine după ora 12. "
        "Varianta electronică semnată este deja în aplicație, la Documente.\n\nAlexandra",
    ),
    (
        "ru",
        "Здравствуйте, Георгий!\n\nВыписку с печатью банка я заказала, она будет готова "
        "завтра после 12:00. Электронная версия с подписью уже лежит в приложении в разделе "
        "«Документы».\n\nАлексей",
    ),
]

COUNTED_OR_POINTED_AWAY = [
    ("en", "Thanks for your fifth email today. We heard you the first time."),
    ("ro", "Mulțumim pentru al cincilea mesaj de azi. Am înțeles de prima dată."),
    ("ru", "Спасибо за пятое письмо за сегодня. Мы услышали вас с первого раза."),
    ("en", "Dani, rescheduling is in the app under Appointments. It is all there."),
    ("ru", "Дима, перенос делается в приложении в разделе «Запись». Там всё есть."),
]


@pytest.mark.parametrize(("language", "text"), URGENCY_OWNED_OR_DELIVERED)
def test_owned_urgency_or_delivered_document_is_polite(language: str, text: str) -> None:
    """R1/R2: the count of messages thanked for beside an apology owns the urgency; a copy
    "already in the app" is delivered, not a pointer."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), COUNTED_OR_POINTED_AWAY)
def test_counted_or_pointed_away_is_still_rude(language: str, text: str) -> None:
    """R1: the count with nothing owned, and "it's all there", stay rude."""
    assert rude_rule_set(text, language), text


# ---- R3: someone's words in quotation marks are not the reply's register ------------------

QUOTED_REGISTER = [
    (
        "ro",
        "Bună ziua, i-am scris curierului: „Te rog să suni clientul înainte.” Vă țin la curent până mâine.",
    ),
    (
        "ro",
        "Bună ziua, în mesaj ne-ați întrebat „poți să-mi returnezi banii?” — da, vă returnăm suma azi.",
    ),
    ("ru", "Здравствуйте, вы спросили «можешь вернуть деньги?» — да, вернём сегодня."),
    (
        "ru",
        "Здравствуйте, коллега ответил вам неверно: «ты не можешь вернуть товар». Приношу извинения, форму пришлю сегодня.",
    ),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_REGISTER)
def test_quoted_words_mix_no_register(language: str, text: str) -> None:
    """R3: the customer's question, a colleague's words, a note to the courier, quoted."""
    assert MIXED not in warnings(text, language), text


def test_quoted_casual_words_are_no_mismatch_in_english() -> None:
    """R3: "Hey mate" written to the courier is not how the reply greets Mr Hale; said to
    him, it still is too casual."""
    formal = Context(language="en", register="formal")
    quoted = 'Dear Mr Hale, I have told the courier: "Hey mate, please call the customer first." I will keep you posted today. Kind regards, Ana'
    said = "Dear Mr Hale, hey mate, I will keep you posted today. Kind regards, Ana"
    found = {t: [f.rule for f in lint(t, formal, language="en").findings] for t in (quoted, said)}
    assert "register.mismatch" not in found[quoted] and "register.mismatch" in found[said], found
