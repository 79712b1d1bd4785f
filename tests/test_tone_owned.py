"""pol19: a blaming or arguing rule is no verdict in a sentence where the reply owns the
fault or concedes the customer's point (guidance R1 "never be rude", R6 "no fights in
public": taking the blame is the opposite of both). lint._owned_spared, the packs'
`owned` and `contrast` word lists."""

from __future__ import annotations

import pytest

from supportdesk.tone import lint

TONE = ("R1", "R6")


def _tone(text: str, lang: str) -> list[str]:
    return [
        f.rule
        for f in lint(text, language=lang).findings
        if f.serves in TONE and f.severity != "info"
    ]


# the reply owns the fault or clears the customer, in the sentence a rule matched (each
# flagged R1/R6 before pol19; the packs' own exceptions already spared other wordings)
OWNED = [
    ("en", "My mistake, you are not wrong about the date."),
    ("ro", "Ai dreptate, am greșit eu în mesajul anterior: garanția e de 24 de luni."),
    ("ro", "Salut Irina, ai dreptate, n-ar fi trebuit să-ți oprim netul, plata ajunsese."),
    ("ru", "Парковка была заполнена, когда ты подъехал, — это наша проблема, а не твоя."),
    ("ru", "Вы правы, мы ошиблись: вы не получили напоминание вовремя."),
]

# the same verdicts with no ownership, with ownership denied or only claimed by the
# customer, or turned by "but": still R1/R6 warnings
NOT_OWNED = [
    ("en", "It is not our fault, you should have read the terms."),
    ("en", "Stop insisting it's our fault; you should have checked the address."),
    ("en", "Yes, that was our mistake, but you should have read the terms."),
    ("ro", "Nu e vina noastră, trebuia să citiți termenii."),
    ("ro", "E greșeala noastră, dar trebuia să citiți termenii."),
    ("ro", "Trebuia să verificați coletul în prezența curierului."),
    ("ru", "Это не наша ошибка, вы сами виноваты."),
    ("ru", "Это наша ошибка, но вы сами виноваты."),
    ("ru", "Вы утверждаете, что это наша ошибка, но вы сами виноваты."),
    ("ru", "Никакой ошибки с нашей стороны нет, вы сами виноваты."),
    ("ro", "Nu există nicio eroare din partea noastră, trebuia să citiți termenii."),
]


@pytest.mark.parametrize(("lang", "text"), OWNED)
def test_owned_fault_spares_the_blame_rules(lang: str, text: str) -> None:
    assert _tone(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), NOT_OWNED)
def test_blame_without_ownership_is_still_found(lang: str, text: str) -> None:
    assert _tone(text, lang), text


@pytest.mark.parametrize("lang", ["en", "ro", "ru"])
def test_ownership_does_not_reach_the_next_sentence(lang: str) -> None:
    text = {
        "en": "That delay is on us. You should have been told about the fee.",
        "ro": "Greșeala e a noastră. Trebuia să citiți termenii înainte de plată.",
        "ru": "Задержка — наша вина. Вы сами виноваты, что не прочитали условия.",
    }[lang]
    assert _tone(text, lang), text
