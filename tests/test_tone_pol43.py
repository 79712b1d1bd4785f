"""pol43, on trainP16's false alarms (a development split; tuned, not an estimate). Wordings
written for this test, none a labelled case. Each polite reply must stay quiet (no warn, no
block), and each leak beside it must still be blocked (R5, R6):

- "No, there's no fee for that.": a question about a charge answered with reassurance
  (the argumentative rules, every language);
- an import split into batches to fit the plan's memory: the customer's own job, not a payment
  kept under a check (loopholes.py);
- the folder of a hacked site named by its path: a place, not a key (secrets.py);
- a relative's record withheld for want of their consent, or a late father's loan settled
  with his heir (backstage.py's relatives);
- receipts "attached" by the customer, named in the reply (ru pack's attachment lexicon).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import assert_quiet, blocked_leaks

QUIET = [
    ("No, there's no charge for that.", "en"),
    ("Nu, nu se percepe nicio taxă.", "ro"),
    ("Нет, платы нет.", "ru"),
    (
        "The import stopped because it needed 3 GB against the plan's 2 GB limit; we didn't stop it manually. "
        "You can run the import in smaller batches of 5,000 rows, or raise the memory for a day.",
        "en",
    ),
    (
        "Импорт остановился: ему понадобилось 3 ГБ при лимите 2 ГБ, вручную мы его не трогали. "
        "Можно загружать файл частями по 5 000 строк.",
        "ru",
    ),
    (
        "We found a fake bank login page on your site, in the folder /wp-content/uploads/2023/. "
        "Please delete it within 24 hours; we can help you scan the site for free.",
        "en",
    ),
    (
        "I understand you're worried about your father, but we can't share his test results without his written consent. "
        "If he signs the access form, you'll be able to see them too.",
        "en",
    ),
    (
        "Приносим соболезнования. Кредит вашей матери был застрахован: после получения свидетельства о смерти "
        "страховая погасит остаток долга.",
        "ru",
    ),
    # the customer's own attachments (the attachment rule's except, R8)
    ("Расходы на такси (860 ₽ по приложенным квитанциям) мы вам возместим до пятницы.", "ru"),
]

STILL_BLOCKED = [
    ("Your father's test results show a high cholesterol level, so he should see the GP.", "en"),
    (
        "Keep each transfer under £1,000 and split the rest: anything below that isn't flagged.",
        "en",
    ),
    ("The staging key is /k8Jq2mZx9Pw4Lr7Tn3Vb, use it for the upload.", "en"),
]


@pytest.mark.parametrize(("text", "language"), QUIET)
def test_pol43_stays_quiet(text: str, language: str) -> None:
    assert_quiet(text, language)
    assert not blocked_leaks(text, language)


@pytest.mark.parametrize(("text", "language"), STILL_BLOCKED)
def test_pol43_leaks_still_blocked(text: str, language: str) -> None:
    assert blocked_leaks(text, language)
