"""pol129: blind83's misses and false alarms after its judged run (R1, R8), each beside its counterpart.
Wordings written for this test, none a labelled case.

- what the customer attached («вы написали … и приложили справку») is no missing attachment of ours;
  «мы приложили» still is;
- «Информацию принял. Что-то ещё?» brushes the customer off, as «Принято к сведению. Что-то ещё?» did;
  an offer of more help («Заявку принял. Что-то ещё подсказать по тарифу?») does not;
- „Păcat că aplicația voastră tot e varză, haha" after praise is a pity said of a thing, no insult: the
  message stays positive; „voi sunteți niște hoți" stays angry.
"""

from __future__ import annotations

from supportdesk.tone import Context, analyze, lint
from tests.tonecheck import assert_quiet, assert_rude


def _attachment_warned(text: str) -> bool:
    found = lint(text, Context(attachments=0), language="ru").findings
    return any(f.rule == "attachment.missing" for f in found)


def test_what_the_customer_attached_is_theirs() -> None:
    theirs = (
        "Вы написали, что рейс отменили, и приложили справку перевозчика. Вернём 5 000 ₽ полностью."
    )
    assert not _attachment_warned(theirs)
    ours = "Как вы просили, мы приложили акт сверки за март."
    assert _attachment_warned(ours)


def test_information_noted_anything_else_brushes_off() -> None:
    assert_rude("Информацию принял. Что-то ещё?", "ru")
    assert_quiet("Заявку принял. Что-то ещё подсказать по тарифу?", "ru")


def test_a_pity_about_the_app_after_praise_stays_positive() -> None:
    praise = (
        "Ana de pe chat a fost super, mi-a rezolvat totul. Păcat că aplicația tot e varză, haha"
    )
    assert analyze(praise, language="ro").mood == "positive"
    angry = "Păcat că ați făcut aplicația asta, e varză și voi sunteți niște hoți."
    assert analyze(angry, language="ro").mood == "angry"
