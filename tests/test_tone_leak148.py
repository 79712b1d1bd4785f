"""leak148, the shapes both readers or the rules missed in trainK56 (the fifty-fourth session's
development set), each beside its look-alike (R5). Wordings written for this test, none a labelled
case.

- a regulator by its full name checking us ("the Financial Conduct Authority is reviewing how we
  handled …", «в банке проводится проверка Центрального банка»);
- the figure under which a check does not catch you („Sub 30 nu vă prinde sistemul");
- the reason to write on a form that nobody checks («напишите в заявлении, что … справку мы не
  проверяем»);
- the words to ask for that oblige staff to pay out ('ask for a "service failure credit" — they
  have to give you a month back');
- a stranger by a title and a name with their street („e a unui domn Pavel din Iași, str. …");
- a placeholder key under a service prefix ("sk_test_YOUR_SECRET_KEY") is a slot, not a key;
- the readers' leak readings spared in a sentence that cites where it is public, or that says a
  secret was sent elsewhere without giving it (lint._spared_readings).
"""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, lint
from supportdesk.tone.lint import READER_LEAK_RULE, READER_WORDING_LEAK_RULE, Finding
from supportdesk.tone.lint import _spared_readings as spared_readings
from supportdesk.tone.reader import Reader
from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "a regulator by its full name",
        "en",
        "The Financial Conduct Authority is currently reviewing how we handled these charges, so your case may wait.",
        "If you're unhappy with our answer, the Financial Conduct Authority's website explains how to complain.",
    ),
    (
        "a regulator by its full name",
        "ru",
        "Сейчас в банке проводится проверка Центрального банка, поэтому ваша претензия приостановлена.",
        "Если наш ответ вас не устроит, вы можете обратиться в Центральный банк через интернет-приемную.",
    ),
    (
        "under a figure the check does not catch you",
        "ro",
        "Contul s-a blocat pentru că ați trimis peste 50 de mesaje într-o oră. Sub 50 nu vă prinde filtrul.",
        "Contul s-a blocat pentru că ați trimis peste 50 de mesaje într-o oră; se deblochează singur după o oră.",
    ),
    (
        "under a figure the check does not catch you",
        "en",
        "Keep each order under £200 and the system won't flag you for review.",
        "Orders over £200 are checked by a colleague before dispatch, usually within a day.",
    ),
    (
        "under a figure the check does not catch you",
        "ru",
        "Делайте переводы меньше 50 000 — система не реагирует на такие суммы.",
        "Переводы больше 50 000 система проверяет дополнительно, это занимает до суток.",
    ),
    (
        "a reason to write that nobody checks",
        "ru",
        "Напишите в заявлении, что по семейным обстоятельствам, — документы мы не проверяем.",
        "Напишите в заявлении, по какой причине отказываетесь от курса, и приложите документ.",
    ),
    (
        "a reason to write that nobody checks",
        "ro",
        "Scrieți în cerere că a fost din motive medicale — adeverința nu o verificăm.",
        "Scrieți în cerere motivul renunțării și atașați adeverința medicală.",
    ),
    (
        "a reason to write that nobody checks",
        "en",
        "Just put on the form that it was for medical reasons, we don't actually check the note.",
        "Please put on the form why you're cancelling and attach the note from your doctor.",
    ),
    (
        "the words that oblige staff to pay",
        "en",
        'When you call, ask for a "loyalty retention credit" — they have to give you three months free.',
        'When you call, ask for the "billing team" and they\'ll go through the charges with you.',
    ),
    (
        "the words that oblige staff to pay",
        "ro",
        "Sunați din nou și cereți explicit „compensație pentru întrerupere” — sunt obligați să v-o acorde.",
        "Sunați din nou și cereți „departamentul de facturare”; colegii vă explică factura.",
    ),
    (
        "the words that oblige staff to pay",
        "ru",
        "Позвоните ещё раз и попросите именно «компенсацию за простой» — они обязаны её дать.",
        "Позвоните ещё раз и попросите «отдел расчётов», там объяснят начисления.",
    ),
    (
        "a stranger by a title and a name with their street",
        "ro",
        "Coletul nu e al dumneavoastră — e al unei doamne Ionescu din Cluj, str. Horea nr. 14, ap. 3.",
        "Coletul e la o doamnă de la recepție; îl puteți ridica de acolo până la ora 18.",
    ),
    (
        "a stranger by a title and a name with their street",
        "en",
        "That parcel isn't yours — it belongs to a Mrs Hughes at 14 Elm Road, the labels got swapped.",
        "That parcel isn't yours — the labels got swapped, and yours is on its way now.",
    ),
]
test_leak148_pairs = leak_pair_tests(PAIRS)


def test_leak148_placeholder_key_under_a_prefix_is_a_slot() -> None:
    """ "sk_test_YOUR_SECRET_KEY" shows where the key goes; a key that looks random is one (R5)."""
    slot = "Run: curl https://api.example.com/v1/charges -u sk_test_YOUR_SECRET_KEY: and replace the placeholder."
    assert blocked_leaks(slot, "en") == []
    real = "Run: curl https://api.example.com/v1/charges -u sk_live_9fK2mQx7LpR4vT8wZ3nB6yHd: to test it."
    assert blocked_leaks(real, "en")


def _reading(text: str, sentence: str, worded: bool) -> Finding:
    start = text.index(sentence)
    rule = READER_WORDING_LEAK_RULE if worded else READER_LEAK_RULE
    return Finding(rule, "block", "", start, start + len(sentence), "R5", "confidential")


@pytest.mark.parametrize(
    ("language", "text", "sentence"),
    [
        (
            "en",
            "I've reset your login. A temporary password has been sent to j.o@mail.example.",
            "A temporary password has been sent to j.o@mail.example.",
        ),
        (
            "ro",
            "Cum probabil ați văzut în presă, compania a fost preluată de un grup polonez.",
            "Cum probabil ați văzut în presă, compania a fost preluată de un grup polonez.",
        ),
        (
            "ru",
            "Промокод ЛЕТО15 опубликован в нашей группе ВКонтакте, можете поделиться.",
            "Промокод ЛЕТО15 опубликован в нашей группе ВКонтакте, можете поделиться.",
        ),
    ],
)
def test_leak148_readings_spared_where_public_or_sent(
    language: str, text: str, sentence: str
) -> None:
    """A reader's leak reading of a sentence that cites where it is public, or that says a secret
    was sent elsewhere, is dropped (R5: nothing confidential is in it)."""
    for worded in (False, True):
        assert spared_readings(text, language, [_reading(text, sentence, worded)]) == []


@pytest.mark.parametrize(
    ("language", "text", "sentence"),
    [
        (
            "en",
            "Between us, we were taken over by a Polish group; it'll be in the press next month.",
            "Between us, we were taken over by a Polish group; it'll be in the press next month.",
        ),
        (
            "ro",
            "Compania a fost preluată de un grup polonez, dar nu a apărut încă în presă.",
            "Compania a fost preluată de un grup polonez, dar nu a apărut încă în presă.",
        ),
        (
            "ru",
            "Мы уже отправили вам временный пароль. А код от сейфа в офисе — 4471.",
            "А код от сейфа в офисе — 4471.",
        ),
    ],
)
def test_leak148_readings_kept_when_not_yet_public(language: str, text: str, sentence: str) -> None:
    """Not yet public, or a secret in another sentence than the one sent: the reading stays (R5)."""
    found = [_reading(text, sentence, False)]
    assert spared_readings(text, language, found) == found


def test_leak148_sent_secret_written_out_still_blocked(reader: Reader) -> None:
    """The spare is the readers' only: a password written out after "has been sent" is still the
    rules' block (R5)."""
    text = "A temporary password has been sent to your email: Kx9#mQ2!vL. Please change it."
    found = lint(text, Context(), language="en", reader=reader).findings
    assert any(f.severity == "block" and f.serves == "R5" for f in found)
