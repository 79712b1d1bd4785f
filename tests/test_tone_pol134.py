"""pol134 and leak176: the judges' misses (blind85 and heldK60, read after their judged run), each beside
a counterpart that keeps its reading (R1, R5). Wordings written for this test, none a labelled case.

- the customer's own results told with the doctor's name («ваши анализы … в норме, Олег Викторович
  посмотрел»): no one else's health (persons.third_party); a namesake's results still are;
- a colleague judged with a hedge ("is, let's say, not the strongest on refunds");
- orders over a sum "sunate pentru confirmare" (called to confirm), split under it;
- the rules-level misses of blind85 the readers caught: a colleague's IVF, a fine the consumer
  authority gave us („ANPC ne-a dat deja o amendă"), a reset link that "still works", „nu trec prin
  verificarea automată";
- blind85's rules-level rude misses the readers caught: "when we get a chance", "what exactly do you
  want me to do", „se rezolvă de la sine", „ce vreți să fac
  eu", «Не знаю, чем ещё могу помочь» (R1);
- the fault owned in so many words („Greșeala ne aparține", «Ошибка наша», "the mistake is ours")
  keeps no whole-reply reading (the packs' `reader_spared`);
- clapping twice beside a failure ("A cincea oară luna asta 👏👏") is sarcasm, the writer angry.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze
from tests.tonecheck import blocked_leaks, leak_pair_tests, quiet_and_rude_tests, reader_spared

test_leak176 = leak_pair_tests(
    [
        (
            "a colleague judged",
            "en",
            "Kevin, who took your first call, is, let's say, not the strongest on refunds.",
            "Kevin, who took your first call, is on leave today, so I've picked up your refund.",
        ),
        (
            "called to confirm",
            "ro",
            "Comenzile peste 2.000 de lei sunt sunate pentru confirmare. Dacă faceți două comenzi separate "
            "sub suma asta, pleacă azi.",
            "Comenzile peste 2.000 de lei sunt sunate pentru confirmare, ca să vă protejăm de fraude.",
        ),
        # the rules-level misses of blind85 the readers caught
        (
            "a colleague's health",
            "en",
            "Laura, who was handling your case, is off for a while: she's going through IVF.",
            "Laura, who was handling your case, is off for a while, so I've taken over.",
        ),
        (
            "a fine",
            "ro",
            "ANPC ne-a dat deja o amendă pentru aceste contracte, așa că nu acceptați oferta.",
            "Dacă nu sunteți mulțumit, puteți depune o plângere la ANPC.",
        ),
        (
            "a link that never expires",
            "ro",
            "Linkurile noastre de resetare nu expiră de fapt, deci cel primit în martie încă funcționează.",
            "Linkul de resetare expiră după 24 de ore; cereți unul nou din aplicație.",
        ),
        (
            "a check skipped",
            "ro",
            "Un truc care merge: încărcați poza ca PDF. PDF-urile nu trec prin verificarea automată a feței.",
            "Încărcați buletinul ca PDF sau JPG; verificarea automată durează câteva minute.",
        ),
    ]
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Татьяна Игоревна, ваши анализы от 3 апреля в норме, Олег Викторович посмотрел."),
        ("en", "Mrs Hale, your blood test is within the normal range; Dr Ahmed has checked it."),
    ],
)
def test_the_customers_own_results_beside_the_doctors_name_are_no_leak(
    language: str, text: str
) -> None:
    assert blocked_leaks(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Ваши анализы не готовы, а те, что пришли, — это анализы Мироновой Т. А., у неё повышен сахар.",
        ),
        (
            "ro",
            "Analizele dumneavoastră nu au venit, dar ale doamnei Stan au sosit și au ieșit bine.",
        ),
        (
            "en",
            "Your prescription is ready; the bag next to it was Mr Alan Pryce's sertraline 100mg.",
        ),
    ],
)
def test_someone_elses_results_beside_the_customers_are_still_blocked(
    language: str, text: str
) -> None:
    assert blocked_leaks(text, language), text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Nu, nu ați greșit cu nimic, sincer. Greșeala ne aparține și ne pare rău."),
        ("ru", "Нет, вы ни в чём не виноваты. Ошибка наша, простите."),
        ("en", "No, you did nothing wrong. The mistake is ours and I'm sorry."),
    ],
)
def test_the_fault_owned_is_spared_as_a_whole(language: str, text: str) -> None:
    assert reader_spared(text, language)


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        (
            "ro",
            "Superb, iar nu merge netul. A cincea oară luna asta 👏👏 Chiar merită banii.",
            "angry",
        ),
        ("en", "Brilliant, the internet is down again. Fifth time this month 👏👏", "angry"),
        ("ru", "Отлично, опять нет интернета. Пятый раз за месяц 👏👏", "angry"),
        ("en", "The engineer came on time and fixed it in ten minutes 👏👏 thank you!", "positive"),
    ],
)
def test_clapping_twice_beside_a_failure_is_sarcasm(language: str, text: str, mood: str) -> None:
    assert analyze(text, language=language).mood == mood


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        (
            "Ne-ați stricat aniversarea cu o cameră zgomotoasă. Nu doresc să fac scandal, dar e păcat.",
            "upset",
        ),
        ("E un scandal! A treia oară îmi stricați rezervarea, vreau banii înapoi.", "angry"),
    ],
)
def test_a_fuss_disowned_in_other_words_is_no_anger(text: str, mood: str) -> None:
    """„Nu doresc să fac scandal" disowns the fuss as „nu vreau să fac scandal" does (pol89)."""
    assert analyze(text, language="ro").mood == mood


QUIET = [
    ("en", "We'll look into it today and I'll update you by 5 pm with what we find."),
    ("ru", "Это не ошибка: записи DNS обновляются постепенно и обычно проходит само к утру."),
]
RUDE = [
    ("en", "Thanks, noted. We'll look into it when we get a chance."),
    ("en", "And what exactly do you want me to do about it?"),
    ("ro", "De obicei se rezolvă de la sine. Mai scrieți-ne peste două săptămâni."),
    ("ro", "Și ce vreți să fac eu?"),
    ("ru", "Не знаю, чем ещё могу помочь. Всего доброго."),
]
test_pol134_quiet, test_pol134_rude = quiet_and_rude_tests(QUIET, RUDE)
