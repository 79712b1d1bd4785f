"""leak59, heldK34's misses read as mechanisms (development split; tuned, not an estimate), every
leak beside a look-alike (R5). Wordings written for this test, none a labelled case:

- the not-yet-public marker said of what was just told, by a pronoun or with no object ("it
  hasn't been announced yet", „încă nu am anunțat oficial", «пока это секрет»), beside a when or
  a how much; the same words answering a question with nothing told, or of the customer's own
  results, stay clean;
- a benefit got twice through a flaw not fixed ("the basket keeps both discounts", „voucherul
  vă revine … și banii", «скидка снова срабатывает»); a workaround for a bug gains nothing twice;
- a salary after the people it pays with no verb ("on £23k a year", „suntem pe 3.000 lei net");
  the customer's own plan stays clean;
- our support sent out or dissolved, verb first („se desființează tot departamentul", "being
  outsourced", «выводят на аутсорс»);
- an inquiry told after "I can say" („vă pot zice că"), a frame, not a condition.
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

PAIRS = [
    (
        "the marker said of what was told",
        "en",
        "Good news for you: the Family plan drops to £9.99 from 1 March, but it hasn't been "
        "announced yet.",
        "Is the Family plan changing? I'm afraid it hasn't been announced yet, so I can't say.",
    ),
    (
        "the marker said of what was told",
        "ro",
        "Din aprilie livrarea devine gratuită peste 150 lei, dar încă nu am anunțat oficial.",
        "Rezultatele dumneavoastră de la concurs vin în aprilie; încă nu am anunțat oficial.",
    ),
    (
        "the marker said of what was told",
        "ru",
        "С ноября доставка будет стоить 299 ₽ вместо 199, пока это секрет.",
        "Когда будет распродажа? Честно, пока это секрет даже для нас, следите за новостями.",
    ),
    (
        "a benefit twice through a flaw not fixed",
        "en",
        "If you apply FRIEND15, take it off and then apply SUMMER10, you get both discounts - "
        "it's a bug we haven't fixed yet.",
        "If the FRIEND15 code doesn't apply, take it off and add it again - it's a bug we haven't "
        "fixed yet.",
    ),
    (
        "a benefit twice through a flaw not fixed",
        "ro",
        "Dacă returnați produsul din aplicație și apoi din magazin, reducerea se aplică din nou. "
        "Nu e reparat încă.",
        "Dacă reducerea nu apare în coș, reîncărcați pagina. Nu e reparat încă, ne cerem scuze.",
    ),
    (
        "a benefit twice through a flaw not fixed",
        "ru",
        "Если отменить заказ до сборки и оформить заново, бонусы повторно начисляются. Баг ещё не "
        "закрыли.",
        "Если бонусы не начислились, оформите обращение в приложении. Баг ещё не закрыли, "
        "извините.",
    ),
    (
        "a salary with no verb",
        "en",
        "I'd send an engineer tomorrow, but there are three of them for the whole county on £23k a "
        "year, so it's Friday at best.",
        "You're on £23 a month for the whole county package, so the engineer visit is included.",
    ),
    (
        "a salary with no verb",
        "ro",
        "Ne cerem scuze, la noi în depozit suntem pe 3.000 lei net, așa că oamenii nu stau mult.",
        "Abonamentul dumneavoastră este de 3.000 lei pe an și include montajul.",
    ),
    (
        "our support sent out or dissolved",
        "ro",
        "Din martie se desființează toată echipa de suport din Iași, deci răspunsurile vor întârzia.",
        "Echipa de suport din Iași vă răspunde de luni până vineri, între 9 și 18.",
    ),
    (
        "our support sent out or dissolved",
        "en",
        "Sorry for the wait, our whole support desk is being outsourced in the spring.",
        "Sorry for the wait, our support desk is open again from Monday at 8.",
    ),
    (
        "our support sent out or dissolved",
        "ru",
        "Извините за задержку: с весны нашу поддержку выводят на аутсорс, людей почти не осталось.",
        "Извините за задержку: поддержка работает с 9 до 21, ответим сегодня.",
    ),
    (
        "an inquiry after I can say",
        "ro",
        "Nu vă pot da adresa lui, dar vă pot zice că poliția ne-a cerut deja toate comenzile lui.",
        "Nu vă pot da adresa lui, dar puteți depune o plângere la poliție, care ne poate cere datele.",
    ),
    (
        "an inquiry after I can say",
        "en",
        "I can't share his address, but I can tell you the police requested his account history "
        "from us on Monday.",
        "I can't share his address, but if you report it, the police can request his account "
        "history from us.",
    ),
]


test_leak_blocked_and_look_alike_clean = leak_pair_tests(PAIRS)
