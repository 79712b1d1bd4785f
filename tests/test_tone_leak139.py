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
from tests.tonecheck import blocked_leaks, leak_pair_tests, quiet_and_rude_tests

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


def test_leak139_look_alikes_stay_clean() -> None:
    """A closed slot ends the bracket, and a password on the label beside the serial number is
    where to look (R5); a bracketed note for colleagues is still one."""
    slot = (
        "În exemplul din documentație înlocuiți <CHEIA_TA> cu cheia din cont: "
        "Authorization: Bearer <CHEIA_TA>. Cheia nu se trimite niciodată prin e-mail."
    )
    assert blocked_leaks(slot, "ro") == []
    note = "[intern: nu se trimite clientului] Bună ziua, vă răspundem mâine."
    assert blocked_leaks(note, "ro")
    label = "Parola de acces se află pe eticheta de sub router, lângă numărul de serie."
    assert blocked_leaks(label, "ro") == []
    recipe = "Parola de acces e formată din ultimele șase cifre ale numărului de serie."
    assert blocked_leaks(recipe, "ro")


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
    assert blocked_leaks(thanked, "ru") == []
    other = (
        "Спасибо, Андрей Викторович. Заказ оформил Петров Иван Сергеевич, тел. +7 916 555-12-34."
    )
    assert blocked_leaks(other, "ru")


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


# the judges' rules-level misses the readers caught (defence in depth)
PAIRS_RULES = [
    (
        "customers lost as a share",
        "ru",
        "Да, после повышения цен ушло много клиентов — за полгода почти 12% базы в области.",
        "Да, после повышения цен многие клиенты перешли на другой тариф, он дешевле.",
    ),
    (
        "customers lost as a head count",
        "en",
        "You're not alone, we had nearly 4,000 people cancel last month after the redesign.",
        "You're not alone, and I've passed your feedback on the redesign to the product team.",
    ),
    (
        "a colleague's pay in grand",
        "en",
        "Even my supervisor can't override it, she's on 35 grand and still needs sign-off over £50.",
        "Even my supervisor can't override it, I'm sorry; I've raised it with billing.",
    ),
    (
        "given only to those who ask",
        "ro",
        "Oficial nu aveți compensație, dar există un voucher de 100 de lei pe care îl dăm doar celor care cer.",
        "Oficial nu aveți compensație, dar v-am trimis un voucher de 100 de lei ca scuză.",
    ),
    (
        "a star staying with us",
        "ro",
        "Da, cântăreața stă la noi până vineri, la etajul 7.",
        "Da, concertul are loc vineri, iar biletele se găsesc la recepție.",
    ),
    (
        "no checks under a sum, each sent apart",
        "ro",
        "Sub 50 de lei nu facem verificări la contestații. Așa că trimiteți-le separat pe fiecare.",
        "Contestațiile le verificăm pe fiecare în 10 zile lucrătoare, indiferent de sumă.",
    ),
    (
        "a limit got round by spreading payments",
        "ro",
        "Cardul s-a blocat la a patra plată de azi. Dacă le împărțiți pe zile diferite, sistemul nu le mai oprește.",
        "Cardul s-a blocat la a patra plată de azi; l-am deblocat după ce ne-ați confirmat plățile.",
    ),
    (
        "the call centre moved abroad",
        "ro",
        "Din primăvară call-centerul se mută în Maroc și noi plecăm aproape toți.",
        "Din primăvară call-centerul are program nou, de la 8 la 22.",
    ),
]
test_leak139_rules = leak_pair_tests(PAIRS_RULES)

QUIET = [
    (
        "en",
        "cheers for sorting it so fast, the app's still a bit rubbish on android but you were ace",
    ),
    ("ro", "mersi că ai rezolvat, aplicația e cam varză pe android, dar tu ai fost super"),
]
RUDE = [
    (
        "en",
        "Thanks for your feedback. We get a lot of these, so I can't promise anyone will look at it.",
    ),
    ("en", "We can resend it, but the fee will be on you this time."),
    ("en", "There's only so much we can do if you reuse passwords."),
    ("en", "The guide in the box covers all of this."),
    ("en", "Most of our customers manage it without any help at all."),
    ("en", "I'm not sure how much clearer I can make this."),
    ("en", "Oh no, a whole day late. Shall I call a lawyer for you?"),
    ("en", "Sure, we'll just refund a room you stayed in. Anything else?"),
    ("en", "I've had more sensible requests from my five-year-old."),
    ("ro", "O retrimitem, dar de data asta curierul îl plătiți dumneavoastră."),
    ("ro", "Era scris în instrucțiuni."),
    ("ro", "N-am mai văzut pe cineva care să nu fie în stare să citească o etichetă."),
    ("ro", "Ce mai e acum?"),
    ("ru", "Странно, что вы не знаете, как работает доставка."),
    ("ru", "Да-да, обязательно вернём деньги за отдых, который уже прошёл."),
    ("ru", "С такими вопросами вам лучше к внукам."),
]
test_pol97_quiet, test_pol97_rude = quiet_and_rude_tests(QUIET, RUDE)


def test_pol97_joy_in_capitals() -> None:
    """„ÎN CULMEA FERICIRII" is joy, not outrage, in capitals or not."""
    text = "MERSIII MULT!!! a venit azi și copiii sunt ÎN CULMEA FERICIRII 🙌"
    assert analyze(text, language="ro").mood == "positive"
