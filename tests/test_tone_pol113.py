"""pol113: trainP42's and trainP41's polite drafts that were flagged, each beside the look-alike
that must stay flagged (R1, R5, R6). Wordings written for this test, none a labelled case.

- The readers' leak findings on a sentence that holds only the customer's own numbers, e-mails or
  streets (what the ticket holds) are cleared, as a read-back is (tone/readback.py); the lint
  hands the ticket's context to the readers (`lint.read_with`, and the tone panel's pass).
- The customer's own lawyer named to them («ваши интересы представляет юрист Ковалёв Д. А.») is
  cleared like the lawyer's own client (pol107).
- A role mailbox "footage.requests@"; a town after «в» («в Нижнем Новгороде — на ул. Родионова,
  165»); «мне всё равно нужно» ("I still need to"); „Nu e deloc o prostie" (reassurance).
"""

from __future__ import annotations

import pytest

from supportdesk.tone import lint
from supportdesk.tone.context import context_from
from supportdesk.tone.leakfinding import Known
from supportdesk.tone.leakvalues import own_values
from supportdesk.tone.readback import cleared
from supportdesk.tone.reader import shared_reader

OWN = Known(own_values=own_values(["+7 913 402-55-19", "dana.voicu@example.ro", "7700451239"]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Cod client: 7700451239",
        "Номер +7 913 402-55-19 временно ограничен на исходящие звонки.",
        "Am retrimis factura la dana.voicu@example.ro, adresa din contul dvs.",
    ],
)
def test_own_values_alone_are_cleared(sentence: str) -> None:
    assert cleared(sentence, 0, len(sentence), OWN)
    assert not cleared(sentence, 0, len(sentence))  # without the ticket: not known as theirs


@pytest.mark.parametrize(
    "sentence",
    [
        # the customer's number, and whose it was before: a stranger named
        "Numărul +7 913 402-55-19 a aparținut până în martie domnului Vasile Rusu din Bacău.",
        # the customer's code beside someone else's number
        "Cod client: 7700451239, iar vecinul are 0744 812 309.",
        # another customer's e-mail, no own value at all
        "Am retrimis factura la ioana.matei@example.ro.",
    ],
)
def test_others_data_is_not_cleared(sentence: str) -> None:
    assert not cleared(sentence, 0, len(sentence), OWN)


def test_lint_hands_the_context_to_the_readers() -> None:
    """The same sentence linted with the ticket's context (the customer's phone) is not blocked
    by the readers; a reader-blocked sentence needs the context to be cleared."""
    reader = shared_reader()
    text = "Account number: 4098127655\n\nYour direct debit of £38.20 failed on 3 May."
    bare = lint(text, language="en", reader=reader)
    ctx = context_from({"customer_account": "4098127655"})
    known = lint(text, ctx, language="en", reader=reader)
    assert any(f.rule == "reader.leak" for f in bare.findings)
    assert not any(f.rule == "reader.leak" for f in known.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Приняли к сведению, что ваши интересы представляет юрист Ковалёв Д. А.",
        "Претензию, направленную вашим представителем, адвокатом Соколовым В. Н., мы получили.",
        "We will now write to your solicitor, Ms Anita Reid, instead of to you.",
        "Am primit notificarea transmisă prin avocatul dumneavoastră, dl av. Răzvan Pîrvu.",
    ],
)
def test_own_lawyer_named_is_cleared(sentence: str) -> None:
    assert cleared(sentence, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # no name after "your solicitor": the named man is someone else
        "His address is 22 Ash Road, Luton, if your solicitor wants to write to Mr Hale directly.",
        "Ваш юрист может связаться с Петровым напрямую: его телефон +7 916 204-55-18.",
    ],
)
def test_others_beside_a_lawyer_are_not_cleared(sentence: str) -> None:
    assert not cleared(sentence, 0, len(sentence))


def _blocked(text: str, lang: str) -> list[str]:
    return [f.rule for f in lint(text, language=lang).findings if f.severity == "block"]


def test_role_mailbox_for_footage_requests() -> None:
    quiet = "Please ask the officer to email footage.requests@fuelmart.co.uk with our reference."
    assert _blocked(quiet, "en") == []
    other = "Please ask the officer to email karen.holt@fuelmart.co.uk with our reference."
    assert "confidential.other-address" in _blocked(other, "en")


def test_town_after_v_is_no_person() -> None:
    quiet = "Ближайший к вашему адресу пункт выдачи в Нижнем Новгороде — на ул. Родионова, 165."
    assert _blocked(quiet, "ru") == []
    person = "Посылку по ошибке отдали Ивановой Марине, ул. Родионова, 165, кв. 12."
    assert "confidential.other-person" in _blocked(person, "ru")


def _tone(text: str, lang: str) -> list[str]:
    return [
        f.rule
        for f in lint(text, language=lang).findings
        if f.serves in ("R1", "R6") and f.severity != "info"
    ]


def test_still_need_to_is_no_shrug() -> None:
    polite = "Понимаю. Но мне всё равно нужно задать пару контрольных вопросов, мы задаём их всем."
    assert _tone(polite, "ru") == []
    rude = "Мне всё равно, куда вы будете писать жалобу."
    assert "ru.not-our-problem" in _tone(rude, "ru")


def test_no_folly_reassures() -> None:
    for polite in (
        "Nu e deloc o prostie că ați întrebat — setarea e bine ascunsă.",
        "Nu este o prostie să verificați de două ori.",
    ):
        assert _tone(polite, "ro") == [], polite
    for rude in ("E o prostie ce cereți.", "Nu e o prostie? Citiți contractul."):
        assert _tone(rude, "ro") != [], rude
