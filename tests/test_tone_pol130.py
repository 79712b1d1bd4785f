"""pol130: blind83's rude drafts that only the readers caught, now caught by the rules too (R1, R6), and
its polite drafts the rules warned on, each beside the other reading. Wordings written for this test,
none a labelled case.

- rude: "that's just how the app works", "plenty of other banks out there", "when customers don't check
  their own …", "knows our systems better than we do", "flattered by all the attention", "so where
  exactly is the problem", "dealt with a lot of unreasonable people"; „Felicitări, ați descoperit",
  „nu o să o mai discut", „Clienți ca dumneavoastră ne strică ziua"; «кого-нибудь из внуков», «для вас это
  сложновато», «большинство клиентов справляются сами», «остановим весь склад ради …», «нет смысла
  снова к этому возвращаться»;
- polite: a deadline's reason ("we can't keep the claim open indefinitely"), evidence invited („Dacă
  aveți fotografii care arată altceva"), a seller's listing that stated it clearly („anunțul menționa
  clar", «в объявлении было прямо указано»).
"""

from __future__ import annotations

from tests.tonecheck import quiet_and_rude_tests

QUIET = [
    ("en", "Please send the invoice by Friday; we can't keep the case open indefinitely without it, but we can extend it if you ask."),
    ("ro", "Dacă aveți poze care arată altceva, trimiteți-mi-le și reanalizez cazul."),
    ("ro", "Am dat dreptate vânzătorului: anunțul menționa clar că bateria e uzată. Puteți contesta decizia în 7 zile."),
    ("ru", "Мы приняли сторону продавца: в объявлении было прямо указано, что экран с царапиной. Решение можно обжаловать."),
]  # fmt: skip
RUDE = [
    ("en", "That's just how the website works. If it's not for you, there are plenty of other shops out there."),
    ("en", "We can't be blamed when customers don't read their own booking confirmation."),
    ("en", "Great, another customer who knows our business better than we do."),
    ("en", "Eight calls today — we're flattered by all the attention."),
    ("en", "You got the parcel and you opened it. So where exactly is the problem?"),
    ("en", "I've dealt with a lot of unreasonable customers, but this is something else."),
    ("ro", "Felicitări, ați descoperit că livrarea nu e gratuită."),
    ("ro", "Prețul e corect și nu o să îl mai discut."),
    ("ro", "Clienți ca dumneavoastră ne încurcă toată ziua."),
    ("ru", "Может, попросите кого-нибудь из внуков настроить телефон?"),
    ("ru", "Похоже, для вас это сложновато, но я попробую объяснить."),
    ("ru", "Всё просто, большинство клиентов справляются сами."),
    ("ru", "Ну конечно, сейчас остановим весь завод ради вашей двери."),
    ("ru", "Скидку вам не обещали. Нет смысла опять к этому возвращаться."),
]  # fmt: skip
test_pol130_quiet, test_pol130_rude = quiet_and_rude_tests(QUIET, RUDE)
