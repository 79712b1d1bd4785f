"""pol30 (trainP5): the whole-reply head read short apologies and security warnings as curt
("Nu comunicați niciodată acest cod nimănui", «Извините, что в первом его не было»). A reply
that apologises for a named thing, owns the fault or warns the customer to protect them
(the packs' `reader_spared`) keeps no whole-reply reading; sarcasm shaped like an apology
("so sorry our app doesn't meet your standards", „bineînțeles că e vina noastră") and a
denied fault are no such reply (R1, R6). The encoder is the real one: in CI a missing
encoder fails, it is not skipped.
"""

from __future__ import annotations

import pytest

from supportdesk.tone import lint
from supportdesk.tone.lint import READER_WHOLE_RULE
from supportdesk.tone.reader import Reader
from tests.tonecheck import reader_spared


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry for the mix-up with your invoice. The corrected one is below.", "en"),
        ("Please don't share this code with anyone, not even us. We never ask for it.", "en"),
        ("Ne cerem scuze pentru întârziere. Coletul pleacă azi.", "ro"),
        ("Nu comunicați nimănui codul primit prin SMS, nici colegilor noștri.", "ro"),
        ("Извините, что счёт пришёл без печати. Исправленный во вложении.", "ru"),
        ("Никому не сообщайте код из СМС, даже сотрудникам банка.", "ru"),
    ],
)  # fmt: skip
def test_an_apology_or_a_protective_warning_is_spared(text: str, language: str) -> None:
    assert reader_spared(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Oh, I'm so sorry our free app doesn't meet your high standards. We'll get right on it.", "en"),
        ("It's not our fault the courier came late.", "en"),
        ("Da, bineînțeles că e vina noastră că a plouat.", "ro"),
        ("Consumul vine din obiceiurile dumneavoastră, nu din vreo greșeală a noastră.", "ro"),
        ("Вы, простите, просто склочник.", "ru"),
        ("Это не наша ошибка, а ваша.", "ru"),
    ],
)  # fmt: skip
def test_sarcasm_and_a_denied_fault_are_not_spared(text: str, language: str) -> None:
    assert not reader_spared(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vă atașez factura corectată. Ne cerem scuze că prima a plecat fără CUI.", "ro"),
        ("Во вложении исправленный счёт. Извините, что в первом не было ИНН.", "ru"),
        ("Never share this code with anyone, including our staff.", "en"),
    ],
)  # fmt: skip
def test_a_spared_reply_keeps_no_whole_reply_reading(
    reader: Reader, text: str, language: str
) -> None:
    rules = {f.rule for f in lint(text, language=language, reader=reader).findings}
    assert READER_WHOLE_RULE not in rules
