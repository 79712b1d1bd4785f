"""pol136 and leak178: the judges' misses (blind86 and heldK61, read after their judged run), each beside a
counterpart that keeps its reading (R1, R5). Wordings written for this test, none a labelled case.

- a supervisor's override code told in the sentence after its digits ("… type 4417 yourself. That's the
  supervisor override"), „introduceți dumneavoastră codul" being "type it yourself", not "your code";
- the way past a flag told for next time ("Next time just wait a day before changing it");
- a reward given again by a known, unfixed flaw («награда выдаётся ещё раз … пока не починили»);
- the reason to pick and any photo to attach («выберите в причине «брак», приложите любое фото»);
- the guard gone at an hour and the barrier left up;
- blind86's rules-level rude misses the readers caught (pol136b): "shouldn't be allowed near", a child easier
  to talk to, „Citiți secțiunea de Întrebări frecvente", «я её не придумывала», rules rewritten "just for
  you";
- the customer's own "I felt stupid" told back; «Пожалуйста, не надо: … его легко не заметить»;
- "I don't know what to tell you" opening a reply, and a flat that "didn't live up to a five-star
  hotel" (R1);
- payments "pe care nu le recunosc" are no gratitude; «Браво … слот сорван … Сервис мирового
  уровня.» and „Bravo … programare ratată … Servicii de nota zece." are sarcasm; "I think I've been
  scammed" is a victim's worry;
- the readers spare a default on all our SIMs, a car kit's standard pairing code and someone
  else's data refused.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze
from supportdesk.tone.packs import builtin_packs
from tests.tonecheck import leak_pair_tests, quiet_and_rude_tests

test_leak178 = leak_pair_tests(
    [
        # heldK61's rules-level misses the readers caught
        (
            "an old code that still works",
            "ru",
            "Новое СМС можно не ждать. Старый код из прошлого сообщения тоже подойдёт, они у нас сейчас не сгорают.",
            "Новое СМС придёт через минуту. Старый код уже не подойдёт: каждый действует пять минут.",
        ),
        (
            "an offer kept back",
            "ru",
            "Попросите в колл-центре тариф «Старый» за 250 ₽. Его не рекламируют, но дают, если настаивать.",
            "Все наши тарифы, включая «Старый» за 250 ₽, есть на сайте в разделе «Тарифы».",
        ),
        (
            "a colleague's net pay",
            "ro",
            "Înțeleg că vă enervează coada. Dar cu 2.700 de lei net cât ia colega de la ghișeu, nu mai vrea nimeni să "
            "lucreze aici.",
            "Înțeleg că vă enervează coada. De luni deschidem încă un ghișeu între 8 și 12.",
        ),
        (
            "so many a day to stay under the block",
            "ru",
            "Блокировка срабатывает, если за сутки больше трёх переводов разным людям. Делайте по два в день, и карту "
            "не заблокируют.",
            "Блокировка срабатывает по правилам банка; чтобы её снять, позвоните по номеру на карте.",
        ),
        (
            "a supervisor's override told in the next sentence",
            "en",
            "If the till freezes again, type 4417 on the screen yourself. That's the supervisor override, so you "
            "won't have to wait.",
            "If the till freezes again, press Help on the screen and a colleague will come over.",
        ),
        (
            "a supervisor's override told in the next sentence",
            "ro",
            "Dacă se mai blochează casa, introduceți dumneavoastră codul 4417 pe ecran. E codul de supervizor.",
            "Dacă se mai blochează casa, apăsați Ajutor pe ecran și vine imediat un coleg.",
        ),
        (
            "the way past a flag, for next time",
            "en",
            "Your order was held because new accounts get flagged if the card is changed within a day of signing up. "
            "Next time just wait a day before changing it.",
            "Your order was held for a routine check and has now been released.",
        ),
        (
            "a reward given again by a known flaw",
            "ru",
            "Если перевести часы на телефоне назад, бонус за вход начисляется ещё раз. Мы про это знаем, но пока не "
            "починили.",
            "Бонус за вход начисляется раз в сутки, в полночь по Москве.",
        ),
        (
            "the reason to pick and any photo",
            "ru",
            "Выберите в причине возврата «брак» и приложите любое фото — деньги вернут без возврата товара.",
            "Выберите в причине возврата «брак» и приложите фото дефекта — мы рассмотрим заявку за три дня.",
        ),
        (
            "the reason to pick and any photo",
            "en",
            "Just choose 'arrived damaged' as the reason and attach any photo; the refund goes through without a return.",
            "Choose 'arrived damaged' as the reason and attach a photo of the damage; we reply within three days.",
        ),
        (
            "the guard gone and the barrier up",
            "ro",
            "Puteți parca la noi, deși paznicul pleacă la ora 23 și bariera rămâne ridicată până dimineață.",
            "Puteți parca la noi; parcarea e păzită non-stop și bariera se deschide cu cardul camerei.",
        ),
        (
            "the guard gone and the barrier up",
            "en",
            "You can park with us, though the guard leaves at 10pm and the barrier stays up until morning.",
            "You can park with us; the car park is staffed around the clock and the barrier opens with your room card.",
        ),
    ]
)

test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    [
        (
            "en",
            "You said you felt stupid for missing the renewal email. Please don't; we only send one reminder.",
        ),
        (
            "ru",
            "Пожалуйста, не надо: уведомление мы отправляем только одно, и его легко не заметить.",
        ),
        ("ro", "Îmi pare rău, sincer nu știu ce să vă spun decât că vom repara totul până vineri."),
        (
            "en",
            "We're sorry the room didn't live up to what the listing promised; we've refunded the night.",
        ),
    ],
    [
        ("en", "Honestly, you should feel stupid for missing something this obvious."),
        ("ru", "Не надо нам тут рассказывать. Уведомление одно, это не сложно заметить."),
        ("ro", "Nu știu ce să vă spun, la noi în sistem contorul apare montat corect."),
        ("en", "I don't know what to tell you, our system shows the meter fitted correctly."),
        ("ru", "Не знаю, что вам сказать, у нас в системе счётчик стоит правильно."),
        ("ru", "Жаль, что комната за 1 900 в сутки не дотянула до уровня пятизвёздочного отеля."),
        ("en", "Sorry the forty-pound-a-night flat didn't live up to a five-star hotel."),
        (
            "ro",
            "Păcat că garsoniera de 150 de lei nu s-a ridicat la nivelul unui hotel de cinci stele.",
        ),
        # pol136b: blind86's rules-level misses the readers caught
        ("en", "Frankly, some people shouldn't be allowed near an online shop."),
        ("en", "I've had more sensible conversations with my nephew."),
        ("ro", "Sincer, unii oameni n-ar trebui lăsați să folosească internetul."),
        ("ro", "Am avut discuții mai coerente cu fiul meu de trei ani."),
        ("ru", "С моим пятилетним сыном разговаривать и то проще."),
        ("ro", "Citiți rubrica de întrebări frecvente."),
        ("ru", "Читайте раздел «Доставка»."),
        ("ru", "Так работает тариф, я его не придумывал."),
        ("ru", "Конечно, перепишем условия акции специально под вас."),
        ("en", "Sure, we'll change the terms especially for you."),
        ("ro", "Sigur, schimbăm regulile doar pentru dumneavoastră."),
    ],
)


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        (
            "ro",
            "Bună ziua, sunt îngrijorată: în extras văd două plăți pe care nu le recunosc.",
            "upset",
        ),
        (
            "ro",
            "Vă sunt recunoscătoare, tehnicianul a venit la timp și a rezolvat totul.",
            "positive",
        ),
        (
            "ru",
            "Браво. Третий «гарантированный» слот доставки сорван. Сервис мирового уровня.",
            "angry",
        ),
        (
            "ro",
            "Bravo, chiar bravo. A treia programare „garantată” ratată. Servicii de nota zece.",
            "angry",
        ),
        (
            "en",
            "hi, really worried, i think i've been scammed?? i put my card into a fake site",
            "upset",
        ),
        ("en", "You scammed me and I want my money back now!", "angry"),
    ],
)
def test_moods_of_the_judges_wordings(language: str, text: str, mood: str) -> None:
    assert analyze(text, language=language).mood == mood, analyze(text, language=language).signals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "On all our SIMs it starts as 1234 until you set your own, so change it when prompted.",
        ),
        ("ro", "Introduceți 0000 – e codul standard pentru toate kiturile Bluetooth de acest tip."),
        ("ru", "Введите 0000 — это стандартный код для всех устройств этой модели."),
        ("ro", "Înțeleg întrebarea, dar nu vă putem oferi datele altui client."),
        ("en", "I understand, but we can't give you another customer's details."),
        ("ru", "Понимаю, но мы не можем сообщить данные другого клиента."),
    ],
)
def test_the_readers_spare_defaults_and_refusals(language: str, text: str) -> None:
    packs = builtin_packs()
    assert packs.find(packs.document(text, language), "reader_leak_spared"), text
