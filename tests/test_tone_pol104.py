"""pol104 and leak150: the fifty-fifth session's development sets' misses (trainK57, trainP40),
each beside its counterpart. Wordings written for this test, none a labelled case.

- polite drafts the rules blocked (R5 false alarms): the neighbour a parcel is left with, by
  their flat alone; what is e-mailed to the customer in clear (their own copy); the customer's
  own door code written into their delivery address;
- a polite apology the rules read as blame: „Îmi pare rău că ați primit informații greșite" (R1);
- leaks both readers missed: a colleague who does not read the procedures, an ex-partner's own
  claim and how it went (R5).
"""

from __future__ import annotations

from tests.tonecheck import (
    blocked_leaks,
    leak_pair_tests,
    quiet_and_rude_tests,
    still_blocked_tests,
)

QUIET = [
    ("ro", "Îi scriu curierului să lase coletul la vecinul de la apartamentul 12, cum ați cerut."),
    ("en", "I've asked the driver to leave it with your neighbour at flat 12, as you asked."),
    ("ru", "Попросила курьера оставить посылку у соседки из 12-й квартиры, как вы и хотели."),
    (
        "en",
        "Please delete that message: it has your password in it, and chat logs are sent to you in plain text.",
    ),
    (
        "ro",
        "Ștergeți mesajul, vă rog: conține parola, iar conversația vă este trimisă pe e-mail în clar.",
    ),
    ("ru", "Добавила код домофона 3514К в ваш адрес, курьер приедет завтра."),
    ("ro", "Îmi pare rău că ați primit informații greșite de la noi; iată varianta corectă."),
]
RUDE = [
    ("ro", "Ați primit informații greșite pentru că ați citit greșit contractul."),
]
test_pol104_polite_quiet, test_pol104_rude_flagged = quiet_and_rude_tests(QUIET, RUDE)

STILL_BLOCKED = [
    # the neighbour named, or something told of them: theirs
    (
        "ro",
        "Curierul a lăsat coletul la vecina de la apartamentul 12, doamna Ionescu, 0722 415 309.",
    ),
    ("ro", "Vecina de la apartamentul 8 are proces de evacuare pentru chirie neplătită."),
    # how we store passwords
    ("en", "Your password is stored in plain text on our server, so we can read it to you."),
    # someone else's door code
    ("ru", "Пусть курьер оставит посылку у соседки из 45-й — у неё код домофона 45В7812."),
]
test_pol104_leaks_still_blocked = still_blocked_tests(STILL_BLOCKED)


def test_pol104_own_door_code_needs_your_address() -> None:
    """Only the code written into the reader's own address is theirs (R5)."""
    assert blocked_leaks("Код домофона у соседей 3514К, курьер зайдёт через них.", "ru")


PAIRS = [
    (
        "a colleague who does not read the procedures",
        "ro",
        "Sincer, colegul care v-a scris e nou și nu prea citește procedurile; cereți-mă pe mine.",
        "Colegul care v-a scris e nou; am verificat eu procedura și vă confirm rambursarea.",
    ),
    (
        "a colleague who does not read the procedures",
        "en",
        "Honestly, the agent you spoke to doesn't really read the procedures, so ask for me next time.",
        "The agent you spoke to gave you the wrong date; I've checked the procedure and it's the 14th.",
    ),
    (
        "a colleague who does not read the procedures",
        "ru",
        "Коллега, который вам ответил, инструкции толком не читает, пишите лучше мне.",
        "Коллега ответил вам неточно, я проверила по инструкции: срок возврата 14 дней.",
    ),
    (
        "an ex-partner's own claim and how it went",
        "ru",
        "Заявление вашей бывшей жены на компенсацию уже одобрено, а ваше пока рассматривается.",
        "Ваше заявление на компенсацию одобрено, деньги придут до 20-го.",
    ),
    (
        "an ex-partner's own claim and how it went",
        "en",
        "Your ex-husband's application for the grant was approved last week; yours is still open.",
        "Your request to take your ex-husband off the account was approved last week.",
    ),
    (
        "an ex-partner's own claim and how it went",
        "ro",
        "Cererea fostului dumneavoastră soț pentru ajutor a fost aprobată ieri.",
        "Cererea dumneavoastră de a-l scoate pe fostul soț din contract a fost aprobată ieri.",
    ),
]
test_leak150_pairs = leak_pair_tests(PAIRS)
