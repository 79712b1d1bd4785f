"""leak152: a line of ours told with the words that it is kept off the site (heldK46, heldK51 en
and ru: three rule misses the readers caught): "call the CEO office line on 0161 496 0732. That's
the one they don't put on the site", «номер для VIP-клиентов: 8 495 150-77-21. Его нигде не
публикуют», „e linia de back-office. Nu e trecută pe site" (R5). Each beside a look-alike: the
number published, something else kept off the site, the customer's own number unlisted.
Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests

PAIRS = [
    (
        "a line kept off the site",
        "en",
        "Try the complaints manager's direct line, 020 7946 0811. It isn't on the website, so you'll get through quickly.",
        "Try our complaints line, 020 7946 0811. It's on the website under Contact, open 9 to 5.",
    ),
    (
        "a line kept off the site",
        "ro",
        "Sunați la 0264 555 019, e linia directă a șefului de tură. Nu e trecută pe site.",
        "Sunați la 0264 555 019, e linia de relații cu clienții, o găsiți și pe site.",
    ),
    (
        "a line kept off the site",
        "ru",
        "Позвоните на прямой номер отдела претензий: 8 800 555-12-34. Его нигде не публикуют.",
        "Позвоните на горячую линию 8 800 555-12-34, она указана на сайте в разделе «Контакты».",
    ),
]
test_leak152_pairs = leak_pair_tests(PAIRS)


def test_leak152_something_else_kept_off_the_site_is_clean() -> None:
    """The line published, and what is not on the site is something else (R5)."""
    text = "Call us on 0161 496 0732. The new prices aren't published on the site yet, I'm afraid."
    assert blocked_leaks(text, "en") == []


def test_leak152_customers_own_number_unlisted_is_clean() -> None:
    text = "Your number, 07700 900 123, is not listed in any directory, so nobody can look it up."
    assert blocked_leaks(text, "en") == []
