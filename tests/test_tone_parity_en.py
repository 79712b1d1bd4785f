"""Cross-language parity of the English rude-wording rules (R1, R6).

The cases (tests/parity_en_cases.py) are translations into English of the Romanian and
Russian packs' R1/R6 examples: each `positive` example of ro.toml/ru.toml in two wordings a
tired agent might use, each `negative` example once; and of the ro/ru cases of the
sentence-model and reply-model tests (test_tone_reply*.py, test_tone_doors.py,
test_tone_general.py, test_tone_round3.py, test_tone_mock10.py, test_tone_irony.py,
test_tone_blame9.py, test_tone_model.py, test_tone_polite_round9.py), rude and polite. The
packs' rules are parallel, so a concept the ro or ru pack knows and the en pack misses is a
gap in English, whoever writes it: rude translations must get an R1/R6 finding of warn or
worse, polite ones none.

The en pack closes these gaps at the concept level (inflections, word order, synonyms),
not by listing the sentences; the few translations still missed are listed in
`KNOWN_MISSES` with why, and fail the test once they are caught (strict xfail), so the
list shrinks instead of hiding a fix.
"""

from __future__ import annotations

import pytest

from tests.parity_en_cases import POLITE, POLITE_LOOKALIKES, POLITE_REPLIES, RUDE, RUDE_REPLIES
from tests.tonecheck import rude_rules

# translations the en pack still gets wrong, each with why: rude ones it misses on purpose
# (catching them would flag polite wording too) and one polite one it flags
KNOWN_MISSES: dict[str, str] = {
    # the reply model's refit of 2026-12-04 (bench/reply_train.py's docstring) scores these two
    # below its bar: a cold final refusal with its reason, and a pointer to a chapter
    "Hello,\n\nYour claim has been reviewed. As per the rules, battery wear isn't covered by the warranty. This decision is final.\n\nService centre": (
        "below the refitted reply model's bar (2026-12-04): its twin worded 'The decision is final' is still caught"
    ),
    "Hello,\n\nFor details about your subscription please consult chapter 3 of the contract.\n\nRegards,\nFitLife": (
        "below the refitted reply model's bar (2026-12-04): 'please consult' reads as courtesy"
    ),
    "Hi Sam,\n\nA new feature isn't quite as easy to make as waving a magic wand, as you imagine.\n\nKit": (
        "below the refitted reply model's bar (2026-12-04, 0.66 against 0.70): one sentence with a 'you'"
    ),
    "The line doesn't drop out every night, as you say.": (
        "'not …, as you say' is also agreement ('it didn't arrive, as you said'); only "
        "'as you describe/claim' reads as a verdict"
    ),
    "Well done, you found the one button that wipes everything.": (
        "praise and failure more than the rule's word window apart"
    ),
    "How sad, three accounts for the same code.": (
        "'how sad' is also condolence ('how sad, I'm sorry for your loss')"
    ),
    "This is first-day-with-the-app stuff, honestly.": (
        "'beginner stuff' said with a compound of five words; 'basic stuff' is caught"
    ),
    (
        "Hi Tara,\n\nThank you from the bottom of our hearts for your message about the bus "
        "being ten minutes late. We can only imagine what you went through. The driver "
        "apologises for not teleporting over the roadworks.\n\nCityBus"
    ): "the mock apology ('the driver apologises for not teleporting') counts as an apology",
    "I'll explain briefly, in case you're not very familiar with this.": (
        "'in case you're not familiar with…' introduces a guide kindly as often as not"
    ),
    "Cheating is a disgrace, account closed.": (
        "'a disgrace' is said of our own failures too ('it's a disgrace your parcel was lost')"
    ),
    "I'm shocked, a cheap cable burnt out.": (
        "'I'm shocked,' is sincere beside an apology ('I'm shocked, I'm so sorry')"
    ),
    "Hello,\n\nCancelled. Enjoy the sofa.\n\nSimona": (
        "the jibe is in the context (a gym membership and a sofa), not in the words"
    ),
    "Hi Ray,\n\nThanks for telling us after a month, really useful.\n\nSupport": (
        "'…, really useful' closes sincere thanks too ('thanks for the screenshot, really useful')"
    ),
    "Hi Ben,\n\nWell done for finally finding the spam folder.\n\nLi": (
        "'well done … finally' is sincere as often ('Congratulations on finally getting your visa!')"
    ),
    'Hello.\n\nThe fact that it feels "long" to you doesn\'t mean the deadlines were missed.\n\nOlga': (
        "a scare-quoted word before 'doesn't mean' needs a regex whose only literal is 'do'"
        " (tried at most positions); left out to keep lint cheap"
    ),
}


def _cases(table: dict[str, list[str]]) -> list[object]:
    out: list[object] = []
    for family, texts in table.items():
        for text in texts:
            marks = []
            if text in KNOWN_MISSES:
                marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[text], strict=True))
            out.append(
                pytest.param(text, id=f"{family}:{' '.join(text.split())[:40]}", marks=marks)
            )
    return out


@pytest.mark.parametrize("text", _cases(RUDE) + _cases(RUDE_REPLIES))
def test_rude_translation_is_flagged(text: str) -> None:
    """R1/R6: what the ro/ru packs call rude is rude in English too."""
    assert rude_rules(text, "en"), text


@pytest.mark.parametrize(
    "text", _cases(POLITE) + _cases(POLITE_REPLIES) + _cases({"lookalike": POLITE_LOOKALIKES})
)
def test_polite_translation_is_quiet(text: str) -> None:
    """R1/R6: what the ro/ru packs leave alone stays quiet in English."""
    assert not rude_rules(text, "en"), (text, rude_rules(text, "en"))
