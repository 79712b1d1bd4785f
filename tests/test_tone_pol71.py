"""pol71, trainP29's rules-level false alarms at its first run (a development split; tuned, not an
estimate), each mended where a rule misread a wording, beside its counterpart still flagged
(R1, R4, R5, R6). Wordings written for this test, none a labelled case.

- "pass them this reference (CCTV-2291)": "pass" with its object is the verb, not a password
  word (R5);
- "I'm not going to transfer you again": the case kept, not refused (R1);
- a colleague of ours to call at work („o puteți suna pe colega mea, Irina, la 0264 …"): our
  line, unless the draft calls it personal or a mobile (R5);
- "We have completed our investigation … you have the right to refer your complaint to the
  Ombudsman within six months": done, with the way on (R4);
- «Если подписка вам не нужна, могу отключить автопродление и вернуть 299 ₽, так как сервисом
  вы ещё не пользовались»: an offer, a condition and a reason in the customer's favour (R4, R6);
- "the fault is in the wiring inside your home … not something we can fix remotely. We can send
  an engineer": a diagnosis and a limit of means, then what we can do (R1, R6).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests, quiet_and_rude_tests

QUIET = [
    (
        "en",
        "If you pass them this reference (RX-4471) with your crime number, they can ask us for the "
        "recording.",
    ),
    (
        "en",
        "I'm not going to transfer you again. Let's sort it now: which postcode is the router at?",
    ),
    (
        "en",
        "Dear Ms Hart,\n\nWe have completed our investigation and we do not uphold your complaint. If "
        "you remain unhappy, you have the right to refer it to the Ombudsman within six months.\n\n"
        "Yours sincerely,\nComplaints",
    ),
    (
        "ru",
        "Если тариф вам не нужен, могу отключить его и вернуть 199 ₽, так как вы ещё не "
        "пользовались пакетом.",
    ),
    (
        "en",
        "The test shows the fault is in the wiring inside your flat, so it's not something we can "
        "fix remotely. We can send an engineer on Thursday, or a local electrician may be cheaper.",
    ),
]
RUDE = [
    ("en", "I'm not going to transfer you to a manager."),
    ("en", "Code 05 is your bank. Call them. Not something we can fix from here."),
    ("en", "It's your fault the router broke, you unplugged it."),
    ("ru", "Вы не прочитали договор, поэтому деньги не вернём."),
]
test_pol71_quiet, test_pol71_rude = quiet_and_rude_tests(QUIET, RUDE)

PAIRS = [
    (
        "a colleague's work line",
        "ro",
        "Dacă nu ne prindeți, îl puteți suna pe colegul meu Dan pe numărul lui personal, 0745 118 "
        "902.",
        "Ne puteți scrie aici sau o puteți suna direct pe colega mea, Ana, la 0264 555 013.",
    ),
    (
        "pass, the noun",
        "en",
        "The door pass is Kq7#vL2!mZ, keep it to yourself.",
        "Please pass it on to the courier with the reference (RX-4471).",
    ),
]
test_pol71 = leak_pair_tests(PAIRS)
