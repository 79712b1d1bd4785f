"""pol76, trainP30's false alarms of the rules (a development split written for tuning), each
beside a counterpart that is still flagged or blocked. Wordings written for this test, none a
labelled case.

- the customer's own report to the police, with where to follow it up ("the crime reference
  number you were given", „agentul care instrumentează dosarul", «отдел полиции, принявший
  заявление»): they started the inquiry, nobody is tipped off (R5); the police asking us about
  the customer stays blocked;
- a medical report from the doctor who wrote it: the customer's own evidence, not who
  complained about them (R5);
- a password stolen from another site, not our break-in (R5);
- "I'm not going to argue about whether this should have happened": the point conceded (R1);
  „nu sunteți primul căruia i se întâmplă": the mishap shared, comfort (R1);
- who to contact, in the passive ("the officer in charge can be contacted on …"): a next step
  (R4);
- a letter's heading in capitals with its reference ("FINAL NOTICE - Account 40021783"), and a
  scam caller disowned ("claiming to be from our fraud team was not us") (R1).

And two kinds of sarcasm the rules missed (R1): thanks for the count of their messages ("Thanks for
your 14 emails", „Mulțumim frumos pentru cele 5 mesaje", «Спасибо за 14 писем»: 4 rude drafts over
every labelled case and nothing else), and «ценные советы по организации нашей работы».
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, quiet_and_rude_tests, still_blocked_tests, warnings

QUIET = [
    (
        "en",
        "Thank you for writing. Because the break-in is now part of a police investigation, we "
        "have given the footage to the officers on the case. If you need an update, the officer "
        "in charge can be contacted using the crime reference number you were given.",
    ),
    (
        "ro",
        "Vă mulțumim. Incidentul face obiectul unei anchete a Poliției, așa că am predat "
        "înregistrările anchetatorilor. Pentru detalii vă rugăm să vă adresați agentului care "
        "instrumentează dosarul.",
    ),
    (
        "ru",
        "Добрый день. Записи с камер переданы сотрудникам полиции в рамках проверки по вашему "
        "заявлению. Пожалуйста, обращайтесь в отдел полиции, принявший заявление.",
    ),
    (
        "en",
        "Dear Ms Varga, having reviewed the medical report from Dr Lewis, we can accept the claim "
        "and will pay it by Friday. Kind regards, Claims Team",
    ),
    (
        "ro",
        "Salut, Ana! Am blocat temporar contul de e-mail al magazinului, pentru că parola a fost "
        "furată de pe alt site; nu e o greșeală a ta. Setează o parolă nouă din panou și îl "
        "deblocăm imediat, îți scriu când e gata.",
    ),
    (
        "en",
        "I'm not going to argue about whether the parcel should have been left outside. It "
        "shouldn't have. I've sent a replacement today and it will arrive on Thursday.",
    ),
    (
        "ro",
        "Nu vă faceți griji, câmpul se confundă ușor și nu sunteți primul căruia i se întâmplă. "
        "Am corectat datele, fără niciun cost.",
    ),
    # a letter's heading in capitals with its reference (R1)
    (
        "en",
        "Dear Customer,\n\nFINAL NOTICE - Account 55120934\n\nThe balance of £120.40 is still "
        "unpaid. If you are having difficulty paying, please call us on 0800 169 2231 so we can "
        "agree a plan.\n\nCredit Control",
    ),
    # a scam caller disowned (R1)
    (
        "en",
        "Please read this first: the person who called you claiming to be from our security team "
        "was not us. Don't share any codes, and call the number on your card if you're worried.",
    ),
]
RUDE = [
    ("en", "I'm not going to argue about this. The charge stands."),
    ("en", "Dear Sam,\n\nPAY NOW - or we CANCEL the account 1234."),
    ("ro", "Așteptați, nu sunteți primul client din coadă."),
    # and two sarcastic wordings the rules missed (R1): thanks for the count of their messages,
    # «ценные советы по организации нашей работы»
    ("ro", "Mulțumim pentru cele 6 mesaje din ultima oră. Coletul e tot în tranzit."),
    ("en", "Thanks for the nine emails today. The parcel is still in transit."),
    ("ru", "Спасибо за ценные советы по организации нашей работы, передадим руководству."),
    # a reminder that we asked or answered before (R1)
    ("en", "I've asked for this twice now. Account number."),
    ("ru", "Вам уже ответили выше."),
]
test_pol76_quiet, test_pol76_rude = quiet_and_rude_tests(QUIET, RUDE)

STILL_BLOCKED = [
    (
        "en",
        "The police asked us for your account details last week, so I can't change anything yet.",
    ),
    ("ro", "Nu putem modifica abonamentul: Poliția a cerut aceleași date despre fostul partener."),
    ("ru", "Переоформить номер пока нельзя: по нему открыт запрос из полиции."),
    (
        "ro",
        "Parolele clienților au fost furate din baza noastră de date aseară, de pe serverul nostru.",
    ),
]
test_pol76_still_blocked = still_blocked_tests(STILL_BLOCKED)


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "The noise complaint about you was made by the couple at number 14, Mr Reid.")],
)
def test_pol76_named_complainant_still_blocked(language: str, text: str) -> None:
    """A document's author is spared; a complaint by a named neighbour is not (R5)."""
    assert blocked_leaks(text, language), warnings(text, language)
