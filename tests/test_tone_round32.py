"""The twenty-fourth session's pol32 round, seen on trainP7 (a development split) and fixed
by mechanism; wordings written for this test, none a labelled case (R1, R6):

- a clear refusal that opens with "No," and is followed by an apology or by empathy for
  what the customer wanted ("No, …. Sorry — I know it's a small thing to want."), and
  «Нет, вы ничего не потеряли»; "switch it on for you" (a service, no "it's on you");
- reassurance that the customer won't answer for a fraud («Nu veți răspunde pentru ele»,
  «вы тут ни при чём»), «на самом деле» (no «дело»), a third party who insists in a scam
  warning ("if someone insists, hang up"); fraud-safety warnings and the customer
  reassured weigh as empathy in the reply model, a safety request is no demand;
- "even though you updated it" (a fact conceded), «сумма, которую вы видите»,
  «исправить это просто» (the fix is easy, not the customer slow);
- the mess owned ("Honestly, this is a mess, and you shouldn't have had to chase us"),
  «вам не нужно было звонить нам» (no «нужно было» of blame); a double charge denied;
  our action already taken ("I've already opened the claim", «мы уже компенсировали»);
  a setting switched back on; «Я внимательно сверил» (our check, no mock praise);
- the reply model: compensation granted ("You're entitled to a refund under …"),
  "I'd be furious too", the fault owned before a description of the failure, the
  customer's point granted inside empathy ("I know that feels unfair when you didn't …"),
  «de faptul că» (no «de fapt»), what the customer keeps «rămân valabile», the loss of a
  relative named in condolences, «не буду делать вид, что это не так», „Îmi pare nespus de
  rău.” standing alone (sorrow, not courtesy laid on thick).

Each polite wording has a rude one with the same words beside it that stays flagged.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_rude, rude_findings

POLITE = [
    # a refusal that opens with No, softened after it
    ("No, the basic plan doesn't cover video calls. I'm sorry — I know that's a letdown.", "en"),
    ("No, we can't move the deadline this time. Sorry, I understand how stressful this is.", "en"),
    ("Nu, abonamentul de bază nu include apeluri video. Îmi pare rău, știu că e neplăcut.", "ro"),
    ("Nu, nu putem muta termenul. Înțeleg că nu este vestea pe care o așteptați.", "ro"),
    ("Нет, в базовом тарифе видеозвонков нет. Извините, понимаю, что это неприятно.", "ru"),
    ("Нет, вы ничего не потеряли: переписка сохранилась, её просто скрыл фильтр.", "ru"),
    (
        "I'm afraid I can't turn the feature on for you on this plan. The Team trial "
        "includes it, and I'm happy to set that up today.",
        "en",
    ),
    ("No, your files haven't been lost. They're all there; the sync simply paused.", "en"),
    ("Nu, fișierele nu s-au pierdut. Sunt toate acolo; sincronizarea s-a oprit.", "ro"),
    ("Нет, файлы не пропали. Они все в папке, синхронизация просто остановилась.", "ru"),
    # reassurance and scam warnings
    ("Dacă cineva tot insistă să vă ceară codul, închideți telefonul.", "ro"),
    ("The two payments are being treated as fraud. You won't be held responsible for them.", "en"),
    ("Plățile sunt tratate ca fraudă și am blocat cardul. Nu veți răspunde de ele.", "ro"),
    ("Dacă cineva insistă să vă ceară codul, închideți și sunați-ne pe numărul de pe card.", "ro"),
    ("Если кто-то настаивает и просит код, положите трубку и позвоните нам сами.", "ru"),
    ("Этот платёж на самом деле не наш: это подписка, оформленная в магазине приложений.", "ru"),
    (
        "A quick safety note: never share your card PIN with anyone, even people who say "
        "they're from our fraud team. We will never ask for it. If a caller pushes, hang up "
        "and ring the number on your card.",
        "en",
    ),
    (
        "Vă rugăm să nu trimiteți parola prin chat: nu este un canal sigur și nu vă vom cere "
        "niciodată parola. Am șters mesajul din precauție. Pentru schimbare, folosiți linkul.",
        "ro",
    ),
    (
        "Пожалуйста, никому не сообщайте пароль — даже тем, кто представляется сотрудником "
        "поддержки. Мы никогда не просим пароль. Если вам звонят и настаивают, завершите "
        "разговор и перезвоните нам по номеру на сайте.",
        "ru",
    ),
    # a fact conceded, what the customer sees, an easy fix
    ("We billed the old card even though you replaced it last week. I've moved it over.", "en"),
    ("Сумма, которую вы видите в выписке, — это временная блокировка, а не списание.", "ru"),
    ("Такое бывает часто, и поправить это легко — загрузите документ ещё раз.", "ru"),
    # the mess owned, a double charge denied, our action taken
    (
        "Frankly, this has been a shambles, and you shouldn't have had to call us three "
        "times. I've removed the late fee and credited £20.",
        "en",
    ),
    (
        "Честно говоря, у нас тут был полный хаос, и вам не нужно было писать нам трижды. "
        "Я убрал лишнее начисление и вернул деньги.",
        "ru",
    ),
    ("The hold is from the hotel, not us charging you twice. It drops off in five days.", "en"),
    (
        "Приложение после обновления отключило уведомления. Откройте настройки и снова "
        "включите их — больше ничего делать не нужно.",
        "ru",
    ),
    (
        "Я внимательно проверил показания, и, честно говоря, расхождений не нашёл. Но вы с "
        "нами уже много лет, поэтому я начислил вам бонус 300 ₽.",
        "ru",
    ),
    (
        "Honestly, it's been a muddle on our side, and you shouldn't have had to email four "
        "times. I've fixed both invoices.",
        "en",
    ),
    # the reply model
    (
        "That's a horrible way to start a holiday, and I'd be upset too. You're entitled to "
        "compensation under the package travel rules, and I've already opened the claim "
        "for both of you. You'll hear from us within two days.",
        "en",
    ),
    (
        "Ce vi s-a întâmplat e inacceptabil: patru ore fără nicio informație. Și eu aș fi "
        "fost supărat. Aveți dreptul la o despăgubire conform regulamentului, iar cererea a "
        "fost deja depusă.",
        "ro",
    ),
    (
        "Это просто ужасно — пять часов в очереди без объяснений. Я бы на вашем месте тоже "
        "был в ярости. Мы уже компенсировали вам такси и начислили бонус на счёт.",
        "ru",
    ),
    (
        "Мы ошиблись, это целиком наша вина. Курьеру дали неправильный адрес, и вы зря "
        "прождали весь день. Доставку оплатим мы, новая назначена на завтра.",
        "ru",
    ),
    (
        "Din păcate, nu putem anula taxa de mentenanță, chiar dacă spațiul a stat gol. Ea "
        "acoperă întreținerea rețelei și se aplică tuturor. Înțeleg că pare nedrept când nu "
        "ați folosit nimic.",
        "ro",
    ),
    (
        "Am luat act de faptul că doriți să faceți o plângere; este dreptul dumneavoastră. "
        "Vă rugăm să o trimiteți la adresa de mai jos. Răspunsul nostru vine până vineri.",
        "ro",
    ),
    (
        "Dosarul nu poate merge mai departe, pentru că semnătura lipsește de pe pagina 2. "
        "Se întâmplă des și se rezolvă ușor — încărcați pagina semnată. Plata și "
        "programarea rămân valabile.",
        "ro",
    ),
    (
        "Sincere condoleanțe pentru pierderea tatălui dumneavoastră. Nu e nevoie să faceți "
        "nimic acum; vă ajutăm să închideți contractul fără penalități.",
        "ro",
    ),
    (
        "Îmi pare nespus de rău. Faptul că ați ratat nunta fiicei din cauza zborului anulat "
        "nu se poate repara cu un voucher. V-am rambursat biletele și am transmis scrisoarea "
        "directorului.",
        "ro",
    ),
    (
        "Мне очень жаль. Это не исправит никакая компенсация, и я не стану делать вид, что "
        "это не так. Мы вернули деньги и передали ваше письмо руководителю.",
        "ru",
    ),
]

RUDE = [
    ("No, the app does not do that.", "en"),
    ("No, the charge is correct.", "en"),
    ("Tot insistați, dar nu se schimbă nimic.", "ro"),
    ("No, we won't refund it. Sorry, but rules are rules.", "en"),
    ("Nu, nu returnăm banii. Scuze, dar regula e regulă.", "ro"),
    ("Нет, возврата не будет. Извините, но правила есть правила.", "ru"),
    ("No. Not our problem.", "en"),
    ("Nu răspundem pentru tranzacțiile făcute de dumneavoastră.", "ro"),
    ("Dacă insistați, deschideți o reclamație, dar nu se schimbă nimic.", "ro"),
    ("Если настаиваете, пишите жалобу, но ничего не изменится.", "ru"),
    ("На самом деле это не наше дело.", "ru"),
    ("Even you should manage that.", "en"),
    ("Non-refundable means non-refundable, even if you ask nicely.", "en"),
    ("Это очень просто, даже вы справитесь.", "ru"),
    ("You should have read the terms.", "en"),
    ("Не надо было покупать самый дешёвый тариф.", "ru"),
    ("Congratulations, you've discovered our bonus feature: paying twice!", "en"),
    ("As I already said, the refund takes 5 days.", "en"),
    ("Я уже объяснял вам это дважды.", "ru"),
    ("Не буду делать вид, что мне интересно.", "ru"),
    ("Nu vreți să plătiți? E pierderea dumneavoastră.", "ro"),
]


@pytest.mark.parametrize(("text", "language"), POLITE)
def test_polite_has_no_rude_finding(text: str, language: str) -> None:
    """No warn or block finding of R1/R6: what the evaluation counts against a polite draft."""
    found = rude_findings(text, language)
    assert found == [], [(f.rule, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(("text", "language"), RUDE)
def test_rude_is_still_found(text: str, language: str) -> None:
    assert_rude(text, language)
