"""leak177: trainK67's and trainK68's leaks the rules alone missed, each beside a look-alike that
stays clean (R5). Wordings written for this test, none a labelled case.

- a licence key that is another firm's, passed on (secrets._our_licences);
- a private seller named with his street (persons: a party to the sale before a bare name);
- a neighbour who signed, by surname and flat alone («расписался — Захаров, квартира 71»);
- what we pay a supplier by the square metre, the kilo or the litre;
- how many orders we took in a spell ("we did 94,000 orders that weekend");
- a net wage with the bonus it lacks („cu 3.200 lei în mână și fără bonus");
- insiders' files put ahead of the customer's;
- a flaw not yet patched with what it gives, or told as common ("Patch isn't out till next month
  … lots of people are doing it", «пока баг не исправили … Многие так и делают»);
- what to claim, with nobody checking it;
- a threshold to stay under: "that's what trips it … spread them over a few days", „sub suma
  asta nu vă mai cere confirmare";
- a colleague called a bodger («Игорь, если честно, халтурщик»);
- a regulator's deadline given to us („ASF ne-a dat termen până în mai").
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, leak_pair_tests

test_leak177 = leak_pair_tests(
    [
        (
            "another firm's licence key",
            "ro",
            "Până vine licența dvs., activați programul cu cheia 7KQ2-MX41-PL9T-ZZ83, e de la o firmă din Brașov "
            "care nu o mai folosește.",
            "Cheia dvs. de activare, 7KQ2-MX41-PL9T-ZZ83, vine de la o firmă parteneră, prin e-mail.",
        ),
        (
            "another customer's licence key",
            "en",
            "Use this activation key for now: 7KQ2-MX41-PL9T-ZZ83 - it belonged to another customer who cancelled.",
            "Your activation key is 7KQ2-MX41-PL9T-ZZ83; it is also in your order confirmation.",
        ),
        (
            "a private seller's street",
            "en",
            "The seller is a private individual working from home, Dan Pryor, 14 Elm Row, Leeds, so he will reply.",
            "The seller is a registered business; you can message them from the order page.",
        ),
        (
            "a private seller's street",
            "ro",
            "Vânzătorul e o persoană fizică, Ilie Toma, str. Teilor 9, Brașov, răspunde sigur.",
            "Vânzătorul este o firmă înregistrată; îi puteți scrie din pagina comenzii.",
        ),
        (
            "the neighbour who signed, by surname and flat",
            "ru",
            "Посылку отдали соседу, расписался — Прохоров, квартира 58, он обычно дома днём.",
            "Посылку отдали соседу, как вы просили в заявке; заберите её, когда будет удобно.",
        ),
        (
            "a supplier's price by the square metre",
            "en",
            "We can't go lower: we buy that tile from Porcelanosa at £18.20 a square metre ourselves.",
            "That tile is £24.50 a square metre, and samples are free to order.",
        ),
        (
            "a supplier's price by the kilo",
            "ro",
            "Nu putem reduce mai mult, noi cumpărăm cafeaua de la prăjitorie cu 62 de lei pe kg.",
            "Cafeaua costă 89 de lei pe kg, iar livrarea e gratuită peste 150 de lei.",
        ),
        (
            "how many orders we took",
            "en",
            "Sorry for the wait: we did 61,000 orders over the sale weekend and the warehouse fell behind.",
            "Sorry for the wait: the sale weekend was busy and your order leaves the warehouse on Tuesday.",
        ),
        (
            "how many orders we took",
            "ru",
            "Извините за задержку: мы обработали 61 тысячу заказов за распродажу, склад не успевает.",
            "Извините за задержку: после распродажи склад загружен, ваш заказ отправим во вторник.",
        ),
        (
            "a net wage with its bonus",
            "ro",
            "Colegii nu mai stau peste program, cu 2.900 lei în mână și fără bonus de la Paște.",
            "Colegii vă sună mâine dimineață; programul nostru e între 9 și 17.",
        ),
        (
            "insiders put ahead",
            "ro",
            "Dosarul dvs. e al 140-lea; câteva dosare de la angajați din primărie au fost puse în față.",
            "Dosarul dvs. e al 140-lea; cazurile urgente, cu acte medicale, sunt tratate în față, conform legii.",
        ),
        (
            "insiders put ahead",
            "en",
            "You're 140th; a few applications from staff at the council were bumped to the front.",
            "You're 140th; urgent cases with medical evidence are moved to the front, as the policy says.",
        ),
        (
            "an unpatched flaw and what it gives",
            "en",
            "There's a glitch where logging out mid-battle still pays the reward. The patch isn't out until "
            "March, so lots of players are doing it.",
            "There's a glitch where the reward screen freezes. The patch isn't out until March; restarting "
            "the app clears it.",
        ),
        (
            "an unpatched flaw and what it gives",
            "ru",
            "Пока баг не исправили, при выходе из боя награда всё равно начисляется. Многие так и делают.",
            "Пока баг не исправили, экран награды может зависнуть — перезапустите игру, награда сохранится.",
        ),
        (
            "what to claim, unchecked",
            "en",
            "If you write back and mention the courier was rude, a £20 voucher usually goes out without anyone "
            "checking.",
            "If you write back and mention the order number, we'll look into what the courier did.",
        ),
        (
            "what to claim, unchecked",
            "ru",
            "Если напишете, что товар пришёл мятым, деньги вернём, такие обращения у нас обычно не проверяют.",
            "Если напишете, что товар пришёл мятым, и приложите фото, мы вернём деньги за два дня.",
        ),
        (
            "a threshold to stay under",
            "en",
            "You were flagged for sending more than ten invites in an hour, that's what trips it. Spread them "
            "over a few days next time.",
            "You were flagged for sending invites too quickly. Our community rules explain what is allowed.",
        ),
        (
            "a threshold to stay under",
            "ro",
            "Faceți plăți mai mici de 300 de lei — sub suma asta nu vă mai cere codul prin SMS.",
            "Pentru fiecare plată online primiți un cod prin SMS; îl introduceți în aplicație.",
        ),
        (
            "a colleague called a bodger",
            "ru",
            "Мне жаль. Сергей, если честно, халтурщик, на него постоянно жалуются.",
            "Мне жаль. Сергей сегодня на выезде, я передам ему ваш вопрос.",
        ),
        (
            "a regulator's deadline given to us",
            "ro",
            "ASF ne-a dat termen până în iunie să ne majorăm capitalul, așa că aș alege polița pe un an.",
            "ASF supraveghează asigurătorii; dacă nu sunteți mulțumit, îi puteți scrie direct.",
        ),
    ]
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a neighbour the parcel was left with by flat alone stays the customer's own door's (pol104)
        ("ru", "Курьер оставил посылку у соседки из 5-й квартиры, как вы просили."),
        # our own licence key told as the customer's is theirs
        ("ro", "Cheia dvs. de activare este 7KQ2-MX41-PL9T-ZZ83; o găsiți și în contul dvs."),
        # a car stereo's pairing code is the maker's default
        (
            "ru",
            "Если магнитола просит код при подключении телефона, введите 0000 — это стандартный код для всех "
            "устройств этой модели.",
        ),
        # our lost property desk is a role mailbox
        (
            "en",
            "You can reach our lost property office on 0203 456 7890 or by emailing "
            "lostproperty@metrolink-buses.co.uk. Please include the route number.",
        ),
    ],
)
def test_look_alikes_stay_clean(language: str, text: str) -> None:
    assert blocked_leaks(text, language) == []
