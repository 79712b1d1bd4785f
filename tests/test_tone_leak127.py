"""leak127, heldK44's rules-level misses that the readers caught (defence in depth), each beside
the look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- the rule said, then the words that make us pay, told as owed ("Officially …. But if you say …,
  we have to give …", „sunt obligați să vă dea", «вернут всю стоимость»);
- our supplier's terms with us ("our contract with … only lets us return stock within 20 days",
  „furnizorul ne livrează doar la minim 200 de bucăți", «поставщик берёт только от 500 штук»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the words that make us pay",
        "en",
        "Officially there's no refund after 30 days. But if you mention the outage in your complaint, we have to credit the whole month.",
        "Officially there's no refund after 30 days, but I've credited the outage days to your next bill.",
    ),
    (
        "the words that make us pay",
        "ro",
        "Oficial nu se dă nimic sub 12 ore. Dar dacă scrieți că aveți copii mici, sunt obligați să vă plătească tot.",
        "Oficial nu se dă nimic sub 12 ore, dar v-am trecut totuși o reducere de 20 de lei.",
    ),
    (
        "the words that make us pay",
        "ru",
        "Официально за задержку до 2 часов ничего не положено. Но если сошлётесь на закон, вернут всю стоимость.",
        "Официально за задержку до 2 часов ничего не положено, но я оформила вам промокод на 300 ₽.",
    ),
    (
        "our supplier's terms",
        "en",
        "We can't get the old hinge: our contract with Hartwell only lets us return stock within 14 days.",
        "We can't get the old hinge any more: Hartwell stopped making it in 2021, sorry.",
    ),
    (
        "our supplier's terms",
        "ro",
        "Nu mai aducem modelul: furnizorul ne vinde doar la minim 300 de bucăți, cu plata în avans.",
        "Nu mai aducem modelul: producătorul l-a scos din fabricație anul trecut.",
    ),
    (
        "our supplier's terms",
        "ru",
        "Эту модель не закажем: поставщик отгружает только от 1000 штук и по предоплате.",
        "Эту модель не закажем: производитель снял её с производства в прошлом году.",
    ),
]
test_leak127_pairs = leak_pair_tests(PAIRS)
