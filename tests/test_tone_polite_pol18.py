"""Polite false alarms of round pol18 (issue 8, after blind31), fixed by their family,
each with polite variants of our own in the three languages that must stay quiet and
rude counterparts that must still be caught:

- R1/R6: the customer's words quoted inline after "you wrote" ('You wrote: "This is the
  third time…"', «Вы пишете: „Уже третий раз…"», „Ați scris: «a treia oară…»") are
  theirs, shown back to acknowledge them (lint.unquoted), not the agent's tone;
- R6: a correction offered with warmth ("te corectez cu drag într-un punct"), the claim
  filed and where it stands ("Your claim is currently with the assessor"), the fault
  owned ("din vina depozitului nostru") argue with and blame nobody;
- R1: what others do or did not do, in the third person ("сотрудники банка никогда не
  звонят", «получатель, видимо, не обновил данные») is no closed door nor a jab;
- R5: the customer's name closing the greeting's sentence ("Добрый день, Виктор
  Олегович.") is the addressee, not someone else's personal data;
- R8: a draft that says "I've attached" warns when the context has no file, and not when
  it has one (the TUI cannot attach a file to a reply, so there the warning is true;
  blind31's three drafts that attach now say so in their context, as blind10's do).
"""

from __future__ import annotations

import pytest

from supportdesk.tone import lint
from supportdesk.tone.lint import Context, unquoted
from tests.tonecheck import blocked_leaks, rude_rule_set, warnings

# ---- R1/R6: the customer's words quoted inline -------------------------------------------

QUOTED_CUSTOMER = [
    (
        "en",
        'Hi Tom, you wrote: "This is the third time my broadband has dropped this week and '
        "nobody cares.\" You're right to be frustrated, and I'm sorry. An engineer will call by Thursday.",
    ),
    (
        "en",
        "You said “I have told you twice already and you never listen”, and you are right: "
        "we should have fixed it the first time. I've refunded the fee.",
    ),
    (
        "ro",
        "Bună ziua! Ați scris: „E a treia oară când vă explic și tot nu ați înțeles”. Aveți "
        "dreptate, ne pare rău; tehnicianul vine mâine între 10 și 12.",
    ),
    (
        "ru",
        "Добрый день! Вы пишете: «Уже третий раз за месяц отключают горячую воду без "
        "предупреждения». Вы совершенно правы, и мы приносим извинения.",
    ),
    (
        "ru",
        "Вы написали: «Сколько можно повторять одно и то же?» — понимаю, и прошу прощения; "
        "мастер приедет завтра до 12:00.",
    ),
]

# the agent's own words around a quotation are still judged
RUDE_AROUND_QUOTE = [
    ("en", 'You wrote "urgent" again. This is the third time I have explained the fee to you.'),
    ("ro", "Ați scris „urgent”. E a treia oară când vă explic același lucru."),
    ("ru", "Вы пишете «срочно». Третий раз вам объясняю одно и то же."),
]


@pytest.mark.parametrize(("language", "text"), QUOTED_CUSTOMER)
def test_customer_quoted_inline_is_not_the_agents_tone(language: str, text: str) -> None:
    """R1/R6: a quotation after "you wrote" is the customer's, acknowledged (R2)."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), RUDE_AROUND_QUOTE)
def test_agents_words_around_a_quote_are_still_judged(language: str, text: str) -> None:
    """R1: only the quotation is blanked; the reproach around it is still found."""
    assert rude_rule_set(text, language), text


def test_unquoted_keeps_offsets_and_only_blanks_the_quotation() -> None:
    text = 'You wrote: "third time", and our own "Premium" plan is "great".'
    out = unquoted(text)
    assert len(out) == len(text)
    assert "third time" not in out
    assert '"Premium"' in out and '"great"' in out  # not after "you wrote"


# ---- R6: kind correction, the claim filed, the fault owned -------------------------------

POLITE_R6 = [
    (
        "en",
        "Hi Kevin, I understand the wait has been long, and I apologise. Your claim is "
        "currently with the assessor; I'll come back to you by Friday either way.",
    ),
    ("en", "Your claim is being reviewed now, and you will hear from us by Friday."),
    (
        "en",
        "Let me gently correct one point: the 5 euro fee is for the cash withdrawal, not the transfer.",
    ),
    (
        "ro",
        "Bună, Raluca, te corectez cu drag într-un singur punct: comisionul de 5 lei nu e "
        "pentru transfer, ci pentru retragerea de la bancomat. Recunosc că extrasul nu explică bine.",
    ),
    ("ro", "Vă corectez cu blândețe un singur detaliu: livrarea a fost pe 14, nu pe 12."),
    (
        "ro",
        "Doamnă Pîrvu, vă cerem sincer scuze: cadoul a ajuns cu două zile întârziere, din "
        "vina depozitului nostru. V-am returnat costul livrării.",
    ),
    ("ro", "Întârzierea a fost din vina curierului nostru; v-am trimis un voucher de 30 de lei."),
    (
        "ru",
        "Простите: подарок опоздал на два дня по вине нашего склада, стоимость доставки вернули.",
    ),
    ("ru", "Ваша заявка сейчас у оценщика; я запросил статус и отвечу до пятницы."),
]

RUDE_R6 = [
    ("en", "Your claim is simply false."),
    ("en", "Your claim is wrong, the parcel was delivered."),
    ("ro", "Te corectez într-un singur punct: comisionul nu e pentru transfer."),
    ("ro", "Coletul a întârziat din vina ta."),
    ("ro", "A fost din vina dumneavoastră."),
    ("ru", "Позвольте вас поправить: мастер не опоздал."),
    ("ru", "Это по вашей вине."),
]


@pytest.mark.parametrize(("language", "text"), POLITE_R6)
def test_kind_correction_claim_and_owned_fault_are_no_argument(language: str, text: str) -> None:
    """R6: correcting warmly, a claim's status, our own fault: nobody argued with or blamed."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), RUDE_R6)
def test_argument_and_blame_are_still_found(language: str, text: str) -> None:
    """R6: "your claim is false", a bare correction, the customer's fault still are."""
    assert rude_rule_set(text, language), text


# ---- R1: others, in the third person ------------------------------------------------------

POLITE_THIRD = [
    (
        "ru",
        "Здравствуйте! Подтверждаем: сотрудники банка никогда не звонят с просьбой назвать "
        "код из СМС или перевести деньги. Это мошенники. Вы всё сделали правильно, что положили "
        "трубку и написали нам.",
    ),
    (
        "ru",
        "Наши сотрудники никогда не пишут и не звонят с просьбой назвать пароль. Вы поступили правильно.",
    ),
    (
        "ru",
        "Проверили перевод: банк получателя вернул его. Это не ошибка с вашей стороны — "
        "получатель, видимо, не обновил данные. Деньги уже на вашей карте.",
    ),
    (
        "ru",
        "Курьер, видимо, не дозвонился до вас, поэтому посылка вернулась; мы отправим её снова завтра.",
    ),
    (
        "en",
        "Hello! We can confirm: bank staff never call asking for the code from a text message. "
        "You did the right thing by hanging up.",
    ),
    (
        "ro",
        "Bună ziua! Vă confirmăm: angajații băncii nu vă sună niciodată să vă ceară codul din "
        "SMS. Ați făcut bine că ați închis.",
    ),
    ("ro", "Curierul, se pare, nu a sunat la interfon; vă trimitem coletul din nou mâine."),
]

RUDE_THIRD = [
    ("ru", "Не звоните нам больше по этому вопросу."),
    ("ru", "Не пишите сюда, вопрос закрыт."),
    ("ru", "Вы, видимо, не поняли, о чём речь."),
    ("ru", "Ты, видимо, не понял, о чём речь."),
    ("en", "Don't call us about this again. The matter is closed."),
    ("ro", "Nu ne mai sunați pentru asta, subiectul e închis."),
]


@pytest.mark.parametrize(("language", "text"), POLITE_THIRD)
def test_what_others_do_is_no_door_or_jab(language: str, text: str) -> None:
    """R1: a fraud warning or a guess about a third party addresses nobody."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), RUDE_THIRD)
def test_door_and_jab_at_the_customer_are_still_found(language: str, text: str) -> None:
    """R1: "don't call", "you apparently didn't understand" still are."""
    assert rude_rule_set(text, language), text


# ---- R5: the name after the greeting's comma ---------------------------------------------

GREETED = [
    (
        "ru",
        "Добрый день, Виктор Олегович. К сожалению, загранпаспорт нельзя оформить быстрее "
        "установленного срока в один месяц. Если поездка связана с лечением, подайте заявление "
        "на ускоренное оформление — номер обращения 4510 123456.",
    ),
    (
        "ro",
        "Bună ziua, Raluca Pîrvu! Am verificat comanda 4452 de pe strada Morii 12: a plecat azi din depozit.",
    ),
    (
        "en",
        "Good morning, Ms Hale. Your replacement card ending 4821 was posted to 14 Bramble Close today.",
    ),
]

NOT_GREETED = [
    (
        "ru",
        "Добрый день, Анна. Посылку для Виктора Олеговича Смирнова, паспорт 4510 123456, мы отдали соседу.",
    ),
    ("en", "Hello, Mr Smith asked us to send his passport number 4510 123456 to you."),
    ("ro", "Bună ziua, doamna Ionescu de la etajul 3 are telefonul 0722 123 456, o puteți suna."),
]


@pytest.mark.parametrize(("language", "text"), GREETED)
def test_name_after_the_greeting_comma_is_the_customer(language: str, text: str) -> None:
    """R5: the greeted name is the addressee's own, not another person's data."""
    found = lint(text, Context(), language=language).findings
    assert not [f for f in found if f.rule == "confidential.other-person"], text


@pytest.mark.parametrize(("language", "text"), NOT_GREETED)
def test_someone_spoken_of_with_their_data_is_still_blocked(language: str, text: str) -> None:
    """R5: a third person named with their passport or phone is still blocked."""
    assert blocked_leaks(text, language), text


# ---- R8: attached, with and without a file ---------------------------------------------

ATTACHED = [
    ("en", "In the meantime I've attached a short guide that covers the differences."),
    ("ro", "V-am atașat un scurt ghid care explică diferențele."),
    ("ru", "Новая маршрутная квитанция во вложении. Извините за беспокойство."),
    ("ru", "Можно подать заявление на ускоренное оформление — я приложил список документов."),
]


@pytest.mark.parametrize(("language", "text"), ATTACHED)
def test_attached_warns_only_without_a_file(language: str, text: str) -> None:
    """R8: "I've attached" with nothing attached warns; with the file attached it does not."""
    assert "attachment.missing" in warnings(text, language), text
    found = lint(text, Context(attachments=1), language=language).findings
    assert "attachment.missing" not in {f.rule for f in found}, text


# ---- R3: a register read from style, and named -------------------------------------------

STYLE_INFORMAL = [
    ("en", "Zero issues since the update, the app is so much smoother. Nice one!", "Nice one"),
    ("en", "Wow, that was quick! Refund's already in my account. Thanks loads", "Thanks loads"),
    (
        "ro",
        "Tocmai am primit cartea de identitate nouă, totul a mers ca pe roate. Respect!",
        "Respect",
    ),
    ("ru", "Добрый! На сайте не выбирается дата в календаре. Просто сообщаю.", "Добрый"),
    (
        "ru",
        "Хочу сказать спасибо оператору Лене — решила проблему за 5 минут, вы супер!",
        "вы супер",
    ),
    ("ru", "эх, ребёнка опять не взяли в садик. неужели ничего нельзя сделать?", "эх"),
]

# no informal cue: a bare statement stays unknown, a formal greeting or "Cu respect"
# formal, and a bare "Супер" (blind7) no informal cue
STYLE_NOT_INFORMAL = [
    ("en", "The new app update works well. Thank you.", "unknown"),
    ("ro", "Cu respect, Ion Popescu, vă scriu despre factura din martie.", "formal"),
    ("ro", "Comanda a ajuns azi, totul corect.", "unknown"),
    ("ru", "Добрый день! На сайте не выбирается дата в календаре.", "formal"),
    ("ru", "Заказ пришёл сегодня, всё на месте. Супер, спасибо!!", "unknown"),
]


@pytest.mark.parametrize(("language", "text", "cue"), STYLE_INFORMAL)
def test_style_alone_reads_informal_and_is_named(language: str, text: str, cue: str) -> None:
    """R3: with no pronoun or verb form, slang or a clipped greeting decides, and the
    signals name it so the agent sees why."""
    from supportdesk.tone import analyze

    a = analyze(text, language=language)
    assert a.register == "informal", text
    assert any(s.startswith("informal by style") and cue in s for s in a.signals), a.signals


@pytest.mark.parametrize(("language", "text", "want"), STYLE_NOT_INFORMAL)
def test_no_style_cue_stays_as_it_was(language: str, text: str, want: str) -> None:
    """R3: a formal greeting, "Cu respect," or a bare "Супер" is no informal cue."""
    from supportdesk.tone import analyze

    a = analyze(text, language=language)
    assert a.register == want, (text, a.register)
    assert not any(s.startswith("informal by style") for s in a.signals), a.signals
