"""leak169: more of trainK65's rules-level misses that the readers caught (R5), each beside a look-alike.
Wordings written for this test, none a labelled case.

- paid features had for nothing through a fault not fixed (loopholes._FREE_PREMIUM beside _UNFIXED_YET);
- a combination "automatically scored as high risk" (loopholes._TRIGGER);
- another patient's screening named ("Mrs Evans cancelled her smear"; persons._MEDICAL);
- the source disowned ("you didn't hear it from me", „dar nu v-am zis eu", «только я вам этого не
  говорил»); «Я вам этого не говорил» alone, correcting a misquote, stays clean;
- units sold „se vinde … vreo 4.000 de bucăți luna trecută" (disclosures._FIGURE_WORD);
- an offer kept back, its price "instead of" the usual one (backstage._OFFER);
- another tenant's card by its last digits (exposures._OTHERS_CARD_BEFORE);
- the police's request not to change anything («нас попросили не вносить изменений»; complainants._ASKED_OF_US).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "premium for nothing through a fault",
        "en",
        "If you log out and back in on the website, the pro filters open without paying. It hasn't been fixed yet.",
        "If you log out and back in on the website, the pro filters you paid for will show up again.",
    ),
    (
        "premium for nothing through a fault",
        "ru",
        "Если зайти через сайт, премиум-уроки открываются без подписки. Ещё не починили, пользуйтесь.",
        "Если зайти через сайт, премиум-уроки, которые вы оплатили, откроются сразу.",
    ),
    (
        "a combination scored as risk",
        "en",
        "A prepaid card and a new email address together always get flagged as high risk, so use your bank card instead.",
        "A prepaid card can't be used for the deposit, so please use your bank card instead.",
    ),
    (
        "another patient's screening",
        "en",
        "The 9:20 slot is free because Mr Hale cancelled his colonoscopy, so it's yours.",
        "The 9:20 slot is free because of a cancellation, so it's yours.",
    ),
    (
        "the source disowned",
        "ro",
        "Dacă dați click de două ori pe «Aplică», reducerea se dublează, dar nu v-am zis eu.",
        "Dacă dați click pe «Aplică», reducerea apare imediat în coș.",
    ),
    (
        "the source disowned",
        "en",
        "Put a random pause between clicks and the detector won't notice. You didn't hear it from me.",
        "Put a short pause between clicks if the page is slow to respond.",
    ),
    (
        "units sold",
        "ro",
        "Modelul gri se vinde cel mai bine la noi, vreo 3.000 de bucăți luna trecută.",
        "Modelul gri se vinde în toate magazinele noastre și pe site.",
    ),
    (
        "an offer kept back, its price against the usual one",
        "ro",
        "Dacă spuneți că plecați, colegii au voie să vă dea abonamentul cu 30 de lei în loc de 50. Noi nu avem voie s-o propunem primii.",
        "Abonamentul costă 50 de lei pe lună, iar prima lună e 30 de lei pentru toți clienții noi.",
    ),
    (
        "another tenant's card",
        "ru",
        "Второй платёж не ваш — это картой другого жильца, последние цифры 4471, она ошибочно привязалась к вашему счёту.",
        "Второй платёж не ваш — он ошибочно привязался к вашему счёту, мы его уже отменили.",
    ),
    (
        "the police's request",
        "ru",
        "Изменить номер брата мы не можем: из ОМВД поступил запрос, и нас попросили не вносить изменений.",
        "Изменить номер брата мы не можем: это делает только сам владелец номера с паспортом.",
    ),
]
test_leak169_pairs = leak_pair_tests(PAIRS)


def test_a_misquote_corrected_is_no_disowned_source() -> None:
    assert blocked_leaks("Я вам этого не говорил, вероятно, вы общались с коллегой.", "ru") == []
    assert blocked_leaks("Nu v-am zis eu asta, probabil ați vorbit cu un coleg.", "ro") == []
