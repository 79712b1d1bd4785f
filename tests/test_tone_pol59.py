"""pol59, trainP26's rules-level false alarms (development split; tuned, not an estimate): each
mended where a rule misread a wording, beside a counterpart still flagged. Wordings written for
this test, none a labelled case.

- what the customer attached ("the receipt you attached", „pe care l-ați atașat", «вы приложили»)
  is theirs, and «вложили … полгода работы» is time spent, not a file: nothing missing (R8); the
  photo they sent "shows the crack clearly" is on their side, no verdict (R6);
- a reference quoted after a login word of an earlier clause is no password (R5);
- „ratate" after whose visit it was, and the name „DraculaRex", are no insult (R1);
- a number to call in the sentence after «коды из СМС» is no code (R5);
- a scam site's claim in quotation marks is no breach of ours, and a regulator's register is no
  file of ours (R5).
"""

from __future__ import annotations

import pytest

from supportdesk.tone import Context, lint
from tests.tonecheck import quiet_and_rude_tests, still_blocked_tests

QUIET = [
    ("en", "Thanks, Maya. The receipt you attached is all we need, so the refund goes out today."),
    (
        "en",
        "Thanks, the photo you've attached shows the crack clearly; a new screen is on its way.",
    ),
    (
        "ro",
        "Mulțumesc! Fotografia pe care ați atașat-o arată clar zgârietura; trimitem alt colet mâine.",
    ),
    ("ro", "Bună, Ioana! Bonul pe care l-ai atașat e suficient, îți returnăm banii azi."),
    (
        "ru",
        "Понимаю, как обидно: вы вложили в этот проект полгода работы. Давайте восстановим его из копии.",
    ),
    ("en", "Your plan is cancelled and you keep access until 31 May. Reference: CNX-40218."),
    (
        "ro",
        "Am verificat cele două livrări ale curierului ratate săptămâna trecută; coletul pleacă mâine.",
    ),
    ("ro", "Am deblocat contul „DraculaRex” după verificare; vă puteți conecta din nou de azi."),
    ("ru", "Не сообщайте никому коды из СМС. Если сомневаетесь, позвоните нам по номеру 900."),
    (
        "ru",
        "Этот сайт поддельный: «выплаты за утечку паспортных данных» никто не проводит. Не вводите там карту.",
    ),
    (
        "ru",
        "Платёж задержан: счёт получателя есть в базе Банка России как связанный с мошенническими операциями.",
    ),
]

RUDE = [
    ("ro", "Du-te dracului cu reclamațiile tale."),
    ("ro", "Tehnicianul nu e de vină, dumneavoastră sunteți un ratat."),
]

test_polite_wording_stays_quiet, test_rude_counterpart_still_flagged = quiet_and_rude_tests(
    QUIET, RUDE
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I've attached the invoice for May."),
        ("ro", "V-am atașat factura pentru mai."),
        ("ru", "Прикладываю счёт за май."),
    ],
)
def test_our_own_attachment_still_missing(language: str, text: str) -> None:
    rules = [f.rule for f in lint(text, Context(), language=language).findings]
    assert "attachment.missing" in rules, (text, rules)


test_leak_counterpart_still_blocked = still_blocked_tests(
    [
        ("en", "Your access: admin / Str0ngPass99"),
        ("ru", "В системе у вас пометка: связан с мошенниками."),
        ("ru", "Между нами: в марте у нас «утекла» часть базы клиентов, но мы это не объявляли."),
    ],
)
