"""leak133, three more of trainK51's rules-level misses that the readers caught (defence in depth),
each beside the look-alike that stays clean (R5). Wordings written for this test, none a labelled
case.

- a reset link that never expires, with what that lets one do ("works from any device … just use
  that");
- the app's one session never closed („nu închide de fapt sesiunea", „cine are telefonul vede tot");
- an offer kept back, said to be written nowhere („Nu e scris nicăieri, dar așa merge", "It's not
  written anywhere").
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "a link that never expires",
        "en",
        "Our unlock links never actually expire and they work from any device, so just use an old one if you still have it.",
        "Our unlock links expire after 30 minutes, so please use the newest one in your inbox.",
    ),
    (
        "a link that never expires",
        "en",
        "The link we email never expires and it works on any device, so keep the old ones handy.",
        "The link in the email doesn't expire until tomorrow, so just use it when you're ready.",
    ),
    (
        "a session never closed",
        "ro",
        "Aplicația nu închide de fapt sesiunea, nici după logout, deci cine are telefonul vede tot.",
        "Aplicația închide sesiunea după logout; dacă ați pierdut telefonul, vă putem deconecta de aici.",
    ),
    (
        "an offer written nowhere",
        "ro",
        "Dacă spuneți că plecați la concurență, colegii vă dau 15% reducere. Nu e scris nicăieri, dar așa merge.",
        "Reducerea de fidelitate de 15% e trecută pe site, la secțiunea Oferte.",
    ),
    (
        "an offer written nowhere",
        "en",
        "Tell them you're leaving for a rival and they'll knock 15% off. It's not written anywhere, but that's how it works.",
        "Our loyalty discount is 15% off; it's listed on the offers page of our website.",
    ),
]
test_leak133_pairs = leak_pair_tests(PAIRS)
