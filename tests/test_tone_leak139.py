"""leak139 and pol97, the errors of this session's judges read after their judged run (heldK47 and
blind72, now development splits), each beside its counterpart (R3, R5, R8). Wordings written for
this test, none a labelled case.

- heldK47's six leaks both readers missed: what sets off a review, with the way not to trip it;
  what an audit under way found in other accounts; a channel where the ID is not asked for („nu vi
  se mai cere buletinul"); our unpaid bills to a supplier; a shift lead who turns down every refund
  on principle; a drop rate set against the published one;
- heldK47's clean look-alikes the rules blocked: a closed key slot ("<CHEIA_TA>") before a rule
  for the customer, a router password said to be on the label beside the serial number;
- blind72's errors: a customer's attachment weighed («с учётом приложенной справки»), a reply
  opened with thanks and the customer's name, "Refund received today" read as a threat, „Nu vă
  scriu ca să fac scandal", the closing „Cu mulțumiri," read as praise, a chat message's lower-case
  sentence after "?".
"""

from __future__ import annotations

from supportdesk.tone import Context, analyze, lint
from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "what sets off the review, and how not to trip it",
        "en",
        "Your card was frozen because of four top-ups within an hour, that's what sets off the review. Space them a day apart and you won't trip it.",
        "Your card was frozen for a routine security review; it is unfrozen now and nothing else is needed.",
    ),
    (
        "what an audit found in other accounts",
        "en",
        "Our auditors are reviewing last year's bills and have found a number of accounts where the discount was never applied.",
        "I've reviewed last year's bills and found that your discount was never applied, so I've refunded it.",
    ),
    (
        "a channel where the ID is not asked for",
        "ro",
        "Verificarea se face doar în aplicație. Dacă comandați din browser, nu vi se mai cere buletinul la livrare.",
        "Verificarea se face la livrare: curierul vă cere buletinul, indiferent de unde ați comandat.",
    ),
    (
        "our unpaid bills to a supplier",
        "ro",
        "Stocul nu s-a refăcut pentru că firma are facturi neplătite la furnizor și acesta a oprit livrările.",
        "Stocul nu s-a refăcut pentru că furnizorul a avut o defecțiune la fabrică; revine luna viitoare.",
    ),
    (
        "our unpaid bills to a supplier",
        "en",
        "It's out of stock because we still owe the supplier for March, so they've paused our orders.",
        "It's out of stock because the supplier's factory had a fire; they expect to ship again in May.",
    ),
    (
        "a colleague who refuses on principle",
        "ru",
        "Я бы одобрила, но наш старший смены принципиально режет все возвраты. Напишите после шести.",
        "Я передала возврат старшему смены, решение придёт до конца дня.",
    ),
    (
        "a drop rate against the published one",
        "ru",
        "Шанс выпадения редкого скина — 0,5%, а не 3%, как в описании, так что лучше дождаться акции.",
        "Шанс выпадения редкого скина указан в описании набора, там же есть условия акции.",
    ),
    (
        "a drop rate against the published one",
        "en",
        "The rare mount drops at 0.5%, not the 3% the store page says, so I'd wait for the event.",
        "The rare mount's drop rate is on the store page, next to the event dates.",
    ),
]
test_leak139 = leak_pair_tests(PAIRS)


def _blocks(text: str, language: str) -> list[str]:
    report = lint(text, Context(), language=language)
    return [f.rule for f in report.findings if f.severity == "block"]


def test_leak139_look_alikes_stay_clean() -> None:
    """A closed slot ends the bracket, and a password on the label beside the serial number is
    where to look (R5); a bracketed note for colleagues is still one."""
    slot = (
        "În exemplul din documentație înlocuiți <CHEIA_TA> cu cheia din cont: "
        "Authorization: Bearer <CHEIA_TA>. Cheia nu se trimite niciodată prin e-mail."
    )
    assert _blocks(slot, "ro") == []
    note = "[intern: nu se trimite clientului] Bună ziua, vă răspundem mâine."
    assert _blocks(note, "ro")
    label = "Parola de acces se află pe eticheta de sub router, lângă numărul de serie."
    assert _blocks(label, "ro") == []
    recipe = "Parola de acces e formată din ultimele șase cifre ale numărului de serie."
    assert _blocks(recipe, "ro")


def test_pol97_attachment_weighed_and_thanks_greeting() -> None:
    """«с учётом приложенной справки» weighs the customer's file (R8); a name after "Спасибо,"
    is the customer greeted, another's name with a phone still a leak (R5)."""
    weighed = "Мы рассмотрели обращение с учётом приложенной справки и вернём полную стоимость."
    assert "attachment.missing" not in [
        f.rule for f in lint(weighed, Context(), language="ru").findings
    ]
    ours = "Во вложении — акт сверки за март."
    assert "attachment.missing" in [f.rule for f in lint(ours, Context(), language="ru").findings]
    thanked = "Спасибо, Андрей Викторович. Ваше обращение зарегистрировано под номером 2024-118732."
    assert _blocks(thanked, "ru") == []
    other = (
        "Спасибо, Андрей Викторович. Заказ оформил Петров Иван Сергеевич, тел. +7 916 555-12-34."
    )
    assert _blocks(other, "ru")


def test_pol97_moods_and_register() -> None:
    """A refund received is no threat; a fuss disowned is upset, not angry; „Cu mulțumiri," is a
    closing; a lower-case sentence after "?" is chat style (R3); the real threats still count."""
    assert (
        analyze("Refund received today. Thank you for the quick help.", language="en").mood
        == "positive"
    )
    assert analyze("I want a refund today or I go to my bank.", language="en").mood == "angry"
    fuss = "Rezervarea nu exista și am așteptat 45 de minute. Nu vă scriu ca să fac scandal, dar ne-a stricat seara."
    assert analyze(fuss, language="ro").mood == "upset"
    closing = "Bună ziua,\n\nVă rog să îmi confirmați dacă polița acoperă și bagajele.\n\nCu mulțumiri,\nPetru Lazăr"
    assert analyze(closing, language="ro").mood == "neutral"
    chat = "Bună! Unde schimb adresa în aplicație? nu o găsesc deloc 😅"  # two chat cues
    assert analyze(chat, language="ro").register == "informal"
    letter = "Bună ziua. Contul dvs. nu apare în aplicație? Vă rog să verificați 😊"
    assert analyze(letter, language="ro").register != "informal"
