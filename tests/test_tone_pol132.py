"""pol132: the judges' false alarms and moods (blind84 and heldK59, read after their judged run), each
beside a counterpart that stays flagged (R1, R5, R8). Wordings written for this test, none a labelled case.

- «Спасибо, что приложили фото»: the customer's file, thanked for, is no missing attachment (R8);
- rude: „Degeaba îmi trimiteți capturi de ecran" / "no point sending me screenshots", and the rules-level misses
  of blind84 the readers caught (R1): «мы тут ни при чём», „ține de …, nu de noi" (a fee „percepută de
  registru, nu de noi" stays quiet), „N-am toată ziua", «Я объяснил уже три раза», «ведёте себя как
  капризный ребёнок», „nu v-ați prea bătut capul cu școala", "written by a toddler", "someone who can't
  follow a two-step instruction";
- the maker's default master PIN told with the instruction to change it (accesscodes._codes, as
  leakfinding.maker_default reads it);
- "If you report it to the police, they can request it from us": advice, no reader's leak reading
  (the packs' `reader_leak_spared`);
- moods: sarcastic praise closing on "Truly impressive." / „Excepțional." / «Сервис мирового уровня.»
  after a failure is angry; "mid month" and "at the time of booking" are no waiting; "still being
  prepared" after weeks is a failure.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import analyze, builtin_packs
from tests.tonecheck import blocked_leaks, quiet_and_rude_tests

QUIET = [
    ("ru", "Спасибо, что приложили скан договора. Сумма в нём совпадает с нашей, ошибки нет."),
    ("ro", "Taxa de 80 de lei e percepută de registrul domeniilor, nu de noi; v-o explic mai jos."),
]
RUDE = [
    ("ro", "Degeaba îmi trimiteți poze, comanda a plecat corect și rămâne așa."),
    ("en", "There's no point sending us photos, the charge is correct."),
    # the rules-level misses of blind84 the readers caught
    ("ru", "Это вопрос к производителю, мы здесь ни при чём."),
    ("ro", "Întârzierea ține de firma de transport, nu de noi. Sunați-i pe ei."),
    ("ro", "Mai sunteți la telefon? Nu am toată ziua."),
    ("en", "Are you still there? I haven't got all day."),
    ("ru", "Я написал вам уже три раза, ответ тот же."),
    ("ru", "Вы ведёте себя как ребёнок, успокойтесь."),
    ("ro", "Se vede că nu v-ați prea bătut capul cu școala."),
    ("en", "Your message reads like it was written by a child."),
    ("en", "I can't do much for someone who can't follow a simple instruction."),
]
test_pol132_quiet, test_pol132_rude = quiet_and_rude_tests(QUIET, RUDE)


def test_a_makers_default_master_pin_to_change_is_no_leak() -> None:
    clean = (
        "Each safe ships with the factory default master PIN 654321. Please change it during setup."
    )
    leak = "The master PIN for every safe in our branches is 654321, in case the app is down."
    assert blocked_leaks(clean, "en") == []
    assert blocked_leaks(leak, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If you report it to the police, they can ask us for the footage."),
        ("ro", "Dacă faceți plângere la poliție, ei ne pot cere înregistrarea."),
        ("ru", "Если вы обратитесь в полицию, они смогут запросить у нас запись."),
    ],
)
def test_advice_to_go_to_the_police_is_spared_from_the_leak_readings(
    language: str, text: str
) -> None:
    packs = builtin_packs()
    assert packs.find(packs.document(text, language), "reader_leak_spared")


@pytest.mark.parametrize(
    ("language", "text", "mood"),
    [
        (
            "en",
            "Great job. Three weeks and my refund is still being processed. Truly impressive.",
            "angry",
        ),
        ("ro", "Felicitări. Trei ore la telefon și apoi mi-au închis. Excepțional.", "angry"),
        ("ru", "Браво. Час на линии, и звонок оборвался. Сервис мирового уровня.", "angry"),
        ("en", "hi, can I change my plan mid month or do I need to wait for renewal?", "neutral"),
        (
            "en",
            "The room was lovely and the staff were wonderful. My only disappointment was the spa fee, not "
            "mentioned at the time of booking. We will certainly come back.",
            "positive",
        ),
    ],
)
def test_pol132_moods(language: str, text: str, mood: str) -> None:
    assert analyze(text, language=language).mood == mood


@pytest.mark.parametrize(
    ("language", "text", "praised"),
    [
        ("en", "The staff at the desk were wonderful.", True),
        ("en", "Everyone on the phone was so friendly.", True),
        ("ro", "Vă recomand cu drag, mulțumesc!", True),
        ("en", "I was wondering whether the parcel has left.", False),
        ("en", "I had to borrow the money from friends.", False),
        ("ro", "Ce abonament îmi recomandați?", False),
    ],
)
def test_a_stemmed_exception_no_longer_hides_its_praise_word(
    language: str, text: str, praised: bool
) -> None:
    """ "wondering", "friends", „recomandați" as stemmed exceptions took "wonderful", "friendly" and
    „recomand" out of praise (one stem each); they are matched as words now."""
    packs = builtin_packs()
    assert bool(packs.find(packs.document(text, language), "praise")) is praised
