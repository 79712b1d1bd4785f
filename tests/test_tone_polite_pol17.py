"""Polite false alarms of round pol17 (issue 8, after blind27/blind28), fixed by their
family, each with polite variants of our own in the three languages that must stay quiet
and rude or unsolved counterparts that must still be caught:

- R1: the customer's repeated contacts owned in an apology or as their burden ("Sorry —
  I know this is the third time you've had to contact us", "a treia oară când trebuie să
  ne scrieți", «вам пришлось писать уже в третий раз») acknowledge them (R2, R10); the
  agent counting their own repetitions ("the third time I've explained") still reproaches;
- R8: content "attached" below in the message itself («список прикладываю ниже») or a
  file promised for later ("I'll send the report as an attached PDF", «пришлю во вложении
  отдельным письмом») is no missing attachment of this reply;
- R1/R6 at the reply level and in the blame rules: a kind correction that names the
  customer's choice as a reference ("которую вы выбрали при оформлении"), regret said as
  "Боюсь, …", "пишите, разберёмся", a charge waived "в этот раз", the customer cleared
  ("it wasn't your fault at all", "n-a fost deloc vina ta", "ты ни при чём", "ошибка не в
  твоём коде"), a place or thing closed ("a fost închis bazinul"), a number that "rămâne
  valabil", "I've asked them to hold it" (we asked);
- R1: an interjection of sympathy before an apology or the fix ("Ugh, sorry about the
  lag", "Of, au dispărut pozele? Le-am recuperat", «Ох, простите») is no sigh;
- R1/R4: a chat refusal followed by what is given ("…не можем, но начислили тебе 30
  минут", "but we've added 30 free minutes") or the way out on a condition ("Если
  откатишь его в синюю зону, поездка закроется") is firm, not curt;
- R1: a team's name in the sign-off ("Rachel, Complaints Team") and what the customer
  may do again now ("You're all set to borrow again!") are no reproach;
- R1: "Înțeleg că nu e un lucru evident" sympathises, no "evident" talking down;
- R5: what the customer was charged, corrected by another amount in a billing apology
  ("S-au încasat 368 lei în loc de 286 lei … diferența a fost returnată") or sold to
  them ("we sold you the kettle at £1,368"), is no business figure of ours.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, rude_rule_set, warnings

# ---- R1: the nth contact, acknowledged -------------------------------------------------

POLITE_NTH = [
    (
        "en",
        "I'm so sorry this is the second time you've had to chase the refund. I've pushed it through myself today.",
    ),
    (
        "en",
        "I know this is the fourth time you've needed to write about the router; I've booked an engineer for Friday.",
    ),
    (
        "en",
        "Apologies: it's the third time you've been in touch about this meter, and that is on us.",
    ),
    (
        "ro",
        "Ne pare foarte rău că e deja a doua oară când trebuie să ne contactați pentru factură; am corectat-o azi.",
    ),
    (
        "ro",
        "Știu că e a patra oară când sunteți nevoită să ne sunați; am programat un tehnician vineri.",
    ),
    ("ro", "Scuze, e a treia oară când ne scrieți despre același colet și înțeleg frustrarea."),
    (
        "ru",
        "Простите, что вам пришлось писать нам уже во второй раз; возврат я оформил сам сегодня.",
    ),
    (
        "ru",
        "Мне очень жаль, что вам приходится звонить уже в четвертый раз; мастер приедет в пятницу.",
    ),
    ("ru", "Извините, знаю, вы пишете про этот счётчик уже в третий раз, и это наша недоработка."),
]

RUDE_NTH = [
    ("en", "This is the third time you've asked the same question. The answer hasn't changed."),
    (
        "en",
        "Sorry, but this is the third time I've explained the fee. Please read the previous e-mail.",
    ),
    ("en", "For the third time: the fee is not refundable."),
    ("ro", "E a treia oară când întrebați același lucru. Răspunsul nu s-a schimbat."),
    ("ro", "Îmi pare rău, dar e a treia oară când vă explic taxa."),
    ("ru", "Вы спрашиваете одно и то же уже в третий раз. Ответ не изменился."),
    ("ru", "Извините, но я уже в третий раз объясняю про комиссию."),
]


@pytest.mark.parametrize(("language", "text"), POLITE_NTH)
def test_repeated_contact_owned_is_no_reproach(language: str, text: str) -> None:
    """R1 (R2, R10): the customer's repeated contacts acknowledged are good, not a reminder."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), RUDE_NTH)
def test_repeated_explaining_is_still_a_reproach(language: str, text: str) -> None:
    """R1: the agent counting their own repetitions, or the customer's questions, still is."""
    assert rude_rule_set(text, language), text


# ---- R8: attached below, or later ----------------------------------------------------------

NOT_MISSING = [
    (
        "en",
        "The plugin only syncs products with an SKU. I've attached the three without one below:\n- Linen apron\n- Oak board",
    ),
    ("en", "Once the engineer signs it off, I'll send the report as an attached PDF."),
    ("en", "The invoice will follow as an attachment in a separate email tomorrow."),
    (
        "ro",
        "Pluginul sincronizează doar produsele cu cod. Vă atașez mai jos lista:\n- Șorț de in\n- Tocător",
    ),
    ("ro", "Mâine vă voi trimite factura în anexă, după ce o emite contabilitatea."),
    ("ro", "Imediat ce semnează inginerul, vă trimit raportul în atașament."),
    (
        "ru",
        "Список этих трёх товаров прикладываю ниже, чтобы не пришлось искать:\n- Фартук\n- Доска",
    ),
    ("ru", "Как только инженер подпишет акт, пришлю его во вложении отдельным письмом."),
    ("ru", "Завтра отправлю вам счёт во вложении, когда его выставит бухгалтерия."),
]

MISSING = [
    ("en", "I've attached the prepaid return label, and the refund follows."),
    ("en", "I've attached the invoice; a separate email will follow with the receipt."),
    ("ro", "Îți atașez eticheta de retur plătită."),
    ("ro", "Vă trimit atașat factura."),
    ("ru", "Прикладываю оплаченную этикетку для возврата."),
    ("ru", "Отправляю счёт во вложении."),
]


@pytest.mark.parametrize(("language", "text"), NOT_MISSING)
def test_attached_below_or_later_is_not_missing(language: str, text: str) -> None:
    """R8: nothing this reply claims to carry as a file."""
    assert "attachment.missing" not in warnings(text, language), text


@pytest.mark.parametrize(("language", "text"), MISSING)
def test_attached_now_without_a_file_is_missing(language: str, text: str) -> None:
    """R8: a file this reply says it carries, and none attached."""
    assert "attachment.missing" in warnings(text, language), text


# ---- R5: what the customer was charged -----------------------------------------------------

CHARGED = [
    (
        "ro",
        "Ne cerem scuze: s-au încasat 368 lei în loc de 286 lei, din greșeala noastră. Diferența v-a fost returnată.",
    ),
    ("ro", "V-am încasat 1.368 lei pentru canapea, iar restul vi-l returnăm."),
    (
        "en",
        "Sorry: we sold you the kettle at £1,368 instead of £1,286, our mistake; the difference is on its way back.",
    ),
    (
        "en",
        "We took £1,368 instead of £1,286 because of a typo on our side; the £82 difference is refunded today.",
    ),
    ("ru", "Мы продали вам чайник за 1 368 ₽ вместо 1 286 ₽ — наша ошибка, разницу уже вернули."),
    ("ru", "Мы заработали на вашем заказе 1 368 ₽ вместо 1 286 ₽ из-за опечатки, разницу вернули."),
]

OUR_FIGURES = [
    ("ro", "Anul trecut am încasat 2.400.000 lei din abonamente, deci nu e o problemă pentru noi."),
    (
        "ro",
        "Anul acesta firma noastră a încasat 3.500.000 lei în loc de 2.000.000 lei cât estimam.",
    ),
    ("en", "Last year we grossed $2,400,000 from subscriptions."),
    ("ru", "За прошлый год мы заработали 2 400 000 ₽ на подписках."),
]


@pytest.mark.parametrize(("language", "text"), CHARGED)
def test_amount_charged_to_the_customer_is_no_business_figure(language: str, text: str) -> None:
    """R5 (R2): a billing correction quotes the customer's own charge."""
    assert blocked_leaks(text, language) == [], text


@pytest.mark.parametrize(("language", "text"), OUR_FIGURES)
def test_our_takings_are_still_a_business_figure(language: str, text: str) -> None:
    """R5: our turnover stays blocked, corrected amount or not."""
    assert blocked_leaks(text, language), text


# ---- R1/R6: whole replies that correct, refuse kindly or clear the customer --------------

POLITE_REPLY = [
    # the fault placed away from the customer ("the problem isn't with your file")
    (
        "en",
        "Hi Olga,\n\nI know how annoying it is when an upload fails at the last minute. The problem isn't with your file but with an old template we updated yesterday. Upload it once more and it will go through.\n\nGood luck,\nIgor",
    ),
    (
        "ro",
        "Bună, Olga,\n\nȘtiu cât de neplăcut e când încărcarea cade în ultimul moment. Problema nu e în fișierul tău, ci într-un șablon vechi pe care l-am actualizat ieri. Încarcă-l încă o dată și va merge.\n\nSucces,\nIgor",
    ),
    # a place or thing closed, a number that stays valid (ro reply_final)
    (
        "ro",
        "Salut, Mihai!\n\nȚi-am prelungit abonamentul cu o săptămână, gratuit, pentru zilele în care a fost închisă sala de forță.\n\nPe curând,\nAna",
    ),
    (
        "ro",
        "Bună ziua,\n\nNu trebuie să trimiteți din nou formularul: codul de rezervare 5521 rămâne valabil, iar confirmarea vine azi.\n\nCu stimă,\nRecepția",
    ),
    # the customer cleared (reply_reassure, reply_spared, blaming)
    (
        "en",
        "Hi Tom, great news: your points are back! The sync failed during our upgrade on Monday, so it isn't your fault at all. Enjoy the weekend!\n\nRita at Pointly",
    ),
    (
        "ro",
        "Salut, Tudor, vești bune: punctele tale s-au întors! Sincronizarea a căzut în timpul actualizării de luni, deci nu a fost deloc vina ta. Weekend frumos!\n\nRita, Pointly",
    ),
    (
        "ru",
        "Том, привет, хорошие новости: баллы вернулись! Синхронизация упала во время нашего обновления в понедельник, так что вы тут ни при чём. Хороших выходных!\n\nРита, Pointly",
    ),
    (
        "ru",
        "Привет, Оля!\n\nПонимаю, как обидно, когда выгрузка падает в последний момент. Проблема не в вашем файле, а в старом шаблоне, который мы обновили вчера. Загрузите файл ещё раз — всё пройдёт.\n\nУдачи,\nИгорь",
    ),
    # we asked the third party ourselves (en reply_deflect)
    (
        "en",
        "Hello Sam,\n\nThe parcel has already left our warehouse, so I can't change the address myself. I've contacted them and asked them to keep it at the depot; you'll get a text tomorrow with a link to pick a new address.\n\nBest,\nLea",
    ),
    # a kind correction: the customer's choice as a reference, regret, an offer (ru)
    (
        "ru",
        "Здравствуйте, Андрей!\n\nНебольшое пояснение: 450 ₽ — это не повторное списание, а плата за подарочную упаковку, которую вы выбрали при заказе. Если что-то ещё вызовет вопросы — пишите, разберёмся.\n\nХорошего вечера,\nКатя",
    ),
    (
        "ru",
        "Здравствуйте, Нина!\n\nБоюсь, перенести бесплатную консультацию второй раз не выйдет — система позволяет сделать это один раз. Но запись сохранится, и после оплаты вы продолжите с того же места.\n\nВсего доброго,\nОлег",
    ),
    (
        "ru",
        "Привет, Саша!\n\nУточню заранее: в аренду велосипеда входит замок, а шлем идёт отдельно. Велосипед уже готов, забирай до 20:00, а за шлем на этот раз ничего не возьмём.\n\nВелопрокат",
    ),
]

# their rude counterparts (the matter closed, the fault put on the customer, passed on)
RUDE_REPLY = [
    ("ro", "Bună ziua,\n\nTichetul este închis. Nu mai reveniți cu aceeași întrebare.\n\nSuport"),
    ("ro", "Bună ziua,\n\nDecizia rămâne așa. Închidem tichetul.\n\nSuport"),
    (
        "en",
        "Hi Tom,\n\nThe points expired because you didn't log in for a year. That's your fault, not ours.\n\nRita",
    ),
    (
        "ru",
        "Том, добрый день.\n\nБаллы сгорели, потому что вы не заходили год. Это ваша вина, а не наша.\n\nРита",
    ),
    (
        "ru",
        "Добрый день.\n\nОшибка не в нашем шаблоне, а в вашем файле. Вы сами выбрали старый формат.\n\nИгорь",
    ),
    ("en", "Hello Sam,\n\nThe parcel is with the courier now, not us. Ask them.\n\nLea"),
]


@pytest.mark.parametrize(("language", "text"), POLITE_REPLY)
def test_kind_reply_is_no_tone_finding(language: str, text: str) -> None:
    """R1, R6 (R2, R4): corrections, regret and the customer cleared are not rude."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), RUDE_REPLY)
def test_rude_reply_counterpart_is_still_found(language: str, text: str) -> None:
    """R1, R6: the same words closing the matter or blaming the customer still are."""
    assert rude_rule_set(text, language), text


# ---- R1: an interjection of sympathy, not a sigh at the customer ---------------------------

POLITE_INTERJECTION = [
    ("en", "Ugh, sorry about the double charge. I've refunded the second one just now."),
    (
        "en",
        "Oh no, the photos vanished from your album? We've restored them from last night's backup.",
    ),
    ("ro", "Uf, îmi pare rău pentru dubla taxare. Am returnat deja a doua plată."),
    ("ro", "Of, au dispărut pozele din album? Le-am recuperat din backupul de aseară."),
    ("ru", "Ой, простите за двойное списание. Второй платёж я уже вернул."),
    ("ru", "Ох, пропали фото из альбома? Восстановили из вчерашней копии."),
]

RUDE_INTERJECTION = [
    ("en", "Ugh. Another ticket about the same thing."),
    ("ro", "Of. Încă un tichet despre același lucru."),
    ("ro", "Of, iar? V-am mai explicat asta."),
    ("ru", "Ох. Ещё одна заявка про то же самое."),
    ("ru", "Ох, опять вы? Я уже всё объяснял."),
]


@pytest.mark.parametrize(("language", "text"), POLITE_INTERJECTION)
def test_sympathetic_interjection_is_no_sigh(language: str, text: str) -> None:
    """R1 (R2): "Ugh, sorry…" shares the customer's annoyance before the apology or fix."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), RUDE_INTERJECTION)
def test_sigh_at_the_customer_is_still_found(language: str, text: str) -> None:
    """R1: the same interjection before a reproach, or alone, is still a sigh."""
    assert rude_rule_set(text, language), text


# ---- R1/R4: a chat refusal with what is given instead ---------------------------------------

POLITE_REFUSAL = [
    (
        "en",
        "We can't refund a used day pass, but we've added 30 free minutes to your account for the trouble.",
    ),
    (
        "en",
        "We can't unlock the bike remotely outside the zone. If you push it 50 m back into the blue zone, the ride will end normally.",
    ),
    (
        "ro",
        "Nu putem returna banii pentru abonamentul de o zi folosit, dar ți-am adăugat 30 de minute gratuite pentru neplăcere.",
    ),
    ("ru", "Менять тариф дважды нельзя, но со следующего месяца снова откроется. Я напомню."),
    ("ru", "Вернуть деньги за подписку не можем, но начислили вам месяц бесплатно за неудобства."),
    (
        "ru",
        "Удалённо разблокировать самокат не можем. Если откатите его на парковку, аренда закроется сама.",
    ),
]

RUDE_REFUSAL = [
    ("en", "We can't refund a used day pass. Rules are rules."),
    ("ru", "Вернуть деньги за билет не можем. Правила."),
    ("ru", "Удалённо разблокировать самокат нельзя."),
]


@pytest.mark.parametrize(("language", "text"), POLITE_REFUSAL)
def test_refusal_with_what_is_given_is_not_curt(language: str, text: str) -> None:
    """R1, R4: "…не можем, но начислили…", "if you push it back, the ride ends": firm, not curt."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), RUDE_REFUSAL)
def test_bare_refusal_is_still_curt(language: str, text: str) -> None:
    """R1: the refusal alone, or with "rules", is still a door shut."""
    assert rude_rule_set(text, language), text


# ---- R1: a team's name in the sign-off, what the customer may do again ----------------------

POLITE_SIGNOFF_AGAIN = [
    (
        "en",
        "Dear Ms Hale,\n\nThank you for writing to us. I am sorry your parcel arrived damaged; a replacement leaves today and you will get tracking by e-mail.\n\nYours sincerely,\nOwen, Complaints Department",
    ),
    (
        "ro",
        "Stimată doamnă Hale,\n\nVă mulțumim că ne-ați scris. Ne pare rău că pachetul a ajuns deteriorat; înlocuirea pleacă azi, iar codul de urmărire vine pe e-mail.\n\nCu stimă,\nOvidiu, Departamentul Reclamații",
    ),
    (
        "ru",
        "Уважаемая госпожа Хейл,\n\nСпасибо, что написали нам. Сожалеем, что посылка пришла повреждённой; замена уходит сегодня, трек-номер придёт на почту.\n\nС уважением,\nОлег, отдел претензий",
    ),
    (
        "en",
        "Hi Ben,\n\nYour account is unlocked and the late fee is waived. You are free to book again from today!\n\nBest,\nMia",
    ),
    (
        "ro",
        "Bună, Ema,\n\nAm verificat: permisul de bibliotecă a fost reînnoit, iar amenzile din martie au fost anulate. Poți împrumuta din nou de azi!\n\nNumai bine,\nSami",
    ),
    (
        "ru",
        "Эмма, здравствуйте!\n\nПроверил: читательский билет продлён, штрафы за март списаны. Можете снова брать книги уже сегодня!\n\nВсего доброго,\nСеня",
    ),
]

RUDE_SIGNOFF_AGAIN = [
    ("en", "Stop complaining. Complaints like yours waste everyone's time."),
    ("en", "Hi Ben,\n\nRead the booking rules again. You were told twice.\n\nMia"),
]


@pytest.mark.parametrize(("language", "text"), POLITE_SIGNOFF_AGAIN)
def test_team_name_and_restored_access_are_no_reproach(language: str, text: str) -> None:
    """R1: "Complaints Department" signs a reply; "free to book again" is good news."""
    assert rude_rule_set(text, language) == set(), text


@pytest.mark.parametrize(("language", "text"), RUDE_SIGNOFF_AGAIN)
def test_complaining_and_read_again_are_still_found(language: str, text: str) -> None:
    """R1: the same words aimed at the customer still are."""
    assert rude_rule_set(text, language), text


# ---- R1: what was not obvious, said in sympathy ---------------------------------------------

NOT_OBVIOUS = [
    ("ro", "Înțeleg că nu e un lucru evident, așa că v-am returnat jumătate din sumă."),
    ("en", "I understand it is not an obvious thing, so I have refunded half the amount."),
    ("ru", "Понимаю, что это неочевидная вещь, поэтому вернул половину суммы."),
]


@pytest.mark.parametrize(("language", "text"), NOT_OBVIOUS)
def test_not_obvious_in_sympathy_is_no_condescension(language: str, text: str) -> None:
    """R1 (R2): "nu e un lucru evident" sides with the customer; "Evident, …" still talks down."""
    assert rude_rule_set(text, language) == set(), text
    assert rude_rule_set("E un lucru evident, citiți pagina.", "ro")
