"""pol66: more rules-level false alarms of earlier writers' polite drafts (blind51-62,
trainP17-26; development splits, tuned, not an estimate), each beside its rude counterpart still
flagged (R1). Wordings written for this test, none a labelled case.

- „Dacă nu le-ați făcut dumneavoastră …", „o plată pe care nu ați făcut-o": cleared, not blamed;
- „Nu exagerați deloc", «Вы совершенно не преувеличиваете», „căutați liniștit, vă aștept";
- "obviously we'll waive the fee", „Evident că anulăm penalitatea", "just say so and I'll
  remove it";
- "I'm not going to argue with your description", "… to try to work out whose fault it was",
  "… to continue this chat if the swearing carries on", "rather than just waiting";
- «исправить это нужно было гораздо раньше»: what we failed to do.
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("ro", "Dacă nu le-ați făcut dumneavoastră, nu trebuie să faceți nimic: emitem un card nou."),
    ("ro", "Știm cât de neplăcut e să vedeți o plată pe care nu ați făcut-o; cardul e blocat."),
    ("ro", "Nu exagerați deloc: trei săptămâni fără răspuns e inadmisibil, ne cerem scuze."),
    ("ro", "Nicio grabă, căutați liniștit factura, vă aștept."),
    ("ru", "Вы совершенно не преувеличиваете: месяц без ответа — это слишком долго, простите нас."),
    ("en", "Hi Nadia, obviously we'll waive the late fee; the bounce was our fault."),
    ("ro", "Evident că anulăm penalitatea: plata nu a intrat din cauza unei erori la noi."),
    ("en", "If you didn't mean to add the extra, just say so and I'll remove it."),
    ("en", "I'm not going to argue with your description of the last two weeks; you're right."),
    ("en", "I'm not going to try to work out whose fault it was; a new parcel goes out today."),
    (
        "en",
        "I'll keep helping, but I'm not going to continue this chat if the swearing carries on.",
    ),
    ("ru", "Сбой длился час, и исправить это нужно было гораздо раньше. Компенсацию начислили."),
]
RUDE = [
    ("ro", "Ați făcut plata singur, nu e vina noastră."),
    ("ro", "Calmați-vă, nu exagerați."),
    ("ru", "Не преувеличивайте, всё работает."),
    ("en", "Obviously you didn't read the terms."),
    ("ro", "Evident că ați greșit adresa."),
    ("en", "I'm not going to refund you, and I'm not going to argue with you."),
    ("ru", "Вам нужно было прочитать договор."),
]
test_pol66_quiet, test_pol66_rude = quiet_and_rude_tests(QUIET, RUDE)
