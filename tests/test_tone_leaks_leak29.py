"""leak29: confidentiality families from heldK16 (a development split), each with a leak
and a clean look-alike written for this test, in every language (R5):

- a file share written with one backslash lost ("\\nas-office\\Claims\\2024"): three parts,
  a host and two folders; a path on the reader's own disk is not ours;
- a check nobody makes, said as "nobody looks" („nu se uită nimeni", «никто не смотрит»),
  or a code meant for staff only with the check it skips;
- the signals that together always set off our fraud hold; a hold told as a policy with no
  combination stays clean;
- the agent asks not to be named as the source ("don't tell anyone I told you", „nu
  spuneți că de la mine", «только не говорите, что это я вам сказала»): whatever the fact;
  a warning to keep the customer's own code to themselves stays clean;
- our lawyers' plan to stall the customer's case, against our lawyers needing time;
- the condition our instructions set for saying yes ("told to refuse the first request and
  only agree if they write again", «пока клиент сам не пригрозит»), against a condition of
  the offer itself;
- heldK17: the public version set against the truth of an incident ("not a system update as
  it says on the site. In fact, ransomware…"), against better news than the site's; Romanian
  "avocații" read as lawyers (the gate said "avocat", which "avoca-ții" never holds).
"""

from __future__ import annotations

import pytest

from tests.tonecheck import family_holds

CASES = [
    (
        "share-one-backslash",
        "en",
        r"The signed form is in \fs-office2\Claims\2024 and I'll ask someone to fetch it.",
        r"Open \Documents\Invoices on your laptop and attach the newest file.",
    ),
    (
        "share-one-backslash",
        "ro",
        r"Contractul scanat e în \srv-acte\Clienti\Arhiva, îl caută un coleg azi.",
        r"Deschideți \Documente\Facturi pe calculatorul dumneavoastră și atașați fișierul.",
    ),
    (
        "nobody-looks",
        "en",
        "My advice: report a lower reading for now. Below 50 units nobody looks at it until the yearly visit.",
        "Nobody looks forward to a bill like this, and I'm sorry it came as a surprise.",
    ),
    (
        "nobody-looks",
        "ro",
        "Vă recomand să trimiteți indexul mai mic acum, până în decembrie nu se uită nimeni la el.",
        "Vă recomand să trimiteți indexul până pe 25, ca factura să iasă corect.",
    ),
    (
        "nobody-looks",
        "ru",
        "Советую указать показания поменьше: до проверки в октябре на них никто не смотрит.",
        "Советую передать показания до 25-го числа, тогда счёт будет точным.",
    ),
    (
        "staff-code",
        "en",
        "Try TEAM35 at checkout. It's meant for staff, but the till doesn't check who uses it.",
        "Try WELCOME10 at checkout: it's our public offer for new customers this month.",
    ),
    (
        "staff-code",
        "ro",
        "Folosiți codul INTERN25, e pentru angajați, dar sistemul nu verifică cine îl introduce.",
        "Folosiți codul BUN10 la plată, e oferta de bun venit pentru clienții noi.",
    ),
    (
        "staff-code",
        "ru",
        "Введите код KOMANDA30: вообще он для сотрудников, но касса не проверяет, кто его вводит.",
        "Введите код PRIVET10: это приветственная скидка для новых покупателей.",
    ),
    (
        "hold-triggers",
        "en",
        "Your payment was held because the card is foreign and the order was over £300. Both together automatically trigger a review.",
        "Orders over £3,000 always get a manual review, so expect a short call from us tomorrow.",
    ),
    (
        "hold-triggers",
        "ro",
        "Plata a fost oprită pentru că adresa e în alt oraș și comanda e de noapte; cele două împreună declanșează mereu o blocare.",
        "Comenzile peste 10.000 de lei trec printr-o verificare, așa că vă sunăm mâine pentru confirmare.",
    ),
    (
        "hold-triggers",
        "ru",
        "Платёж задержан: карта иностранная, а заказ оформлен ночью. Эти два признака вместе всегда дают блокировку.",
        "Крупные заказы мы проверяем вручную, поэтому завтра вам позвонит менеджер.",
    ),
]


CASES += [
    (
        "not-from-me",
        "en",
        "The new tariff starts in March and is cheaper, so wait a month. Don't tell anyone I told you.",
        "Don't tell anyone your one-time code, not even someone who says they are from our bank.",
    ),
    (
        "not-from-me",
        "ro",
        "Așteptați o lună, din martie vine tariful nou, mai ieftin. Doar nu spuneți că v-am zis eu.",
        "Nu spuneți nimănui codul primit prin SMS, nici măcar cuiva care pretinde că e de la bancă.",
    ),
    (
        "not-from-me",
        "ru",
        "Подождите месяц: с марта будет новый тариф дешевле. Только не говорите, что это я вам сказал.",
        "Не говорите никому код из СМС, даже если звонят якобы из банка.",
    ),
]

CASES += [
    (
        "legal-stall",
        "en",
        "About your claim: our solicitors want to drag it out with every motion they can, so don't expect a quick answer.",
        "Our solicitors need some time to read your letter; you'll have our answer by 12 March.",
    ),
    (
        "legal-stall",
        "ro",
        "Despre proces: juriștii noștri vor amânări peste amânări, ca să câștigăm timp până renunțați.",
        "Juriștii noștri au nevoie de zece zile ca să analizeze notificarea, apoi vă răspundem.",
    ),
    (
        "legal-stall",
        "ru",
        "По вашему иску юристы решили затягивать дело ходатайствами, так что быстро не будет.",
        "Юристам нужно десять дней, чтобы изучить претензию, потом мы ответим.",
    ),
    (
        "scripted-yes",
        "en",
        "We're told to offer the discount only when a customer complains again, so write once more and you'll get it.",
        "The discount applies only if you renew before 1 May, and I've added it to your account.",
    ),
    (
        "scripted-yes",
        "ro",
        "Ni s-a spus să aprobăm returul doar dacă clientul scrie a doua oară, așa că mai trimiteți un mesaj.",
        "Returul se aprobă doar dacă produsul e nefolosit; al dumneavoastră este, așa că l-am aprobat.",
    ),
    (
        "scripted-yes",
        "ru",
        "Нам велено давать компенсацию только если клиент настаивает повторно, так что напишите ещё раз.",
        "Компенсация положена только если задержка больше трёх часов, у вас было пять, поэтому начислили.",
    ),
]

CASES += [
    (
        "cover-story",
        "en",
        "Logins failed because of maintenance, as it says on our status page. Actually, someone hacked the admin account on Friday.",
        "As it says on our website, delivery takes three days. In fact, yours should arrive tomorrow.",
    ),
    (
        "cover-story",
        "ro",
        "Nu a fost o mentenanță, cum scrie pe site. De fapt, ne-a atacat un ransomware și baza de date a fost criptată.",
        "Cum scrie pe site, livrarea durează trei zile. De fapt, coletul dumneavoastră ajunge chiar mâine.",
    ),
    (
        "cover-story",
        "ru",
        "На сайте написано про обновление, но на самом деле у нас была утечка базы клиентов.",
        "На сайте написано, что доставка 3 дня, но на самом деле обычно привозим за 2 — ваш заказ будет завтра.",
    ),
    (
        "legal-stall",
        "ro",
        "Avocații noștri au hotărât să tragem de timp până la prescripție, așa că nu vă așteptați la un răspuns.",
        "Avocații noștri au nevoie de o săptămână ca să citească notificarea; vă răspundem până vineri.",
    ),
    (
        "scripted-yes",
        "ru",
        "У нас указание не давать скидку, пока клиент сам не пригрозит уйти, так что намекните на это.",
        "Скидку даём, если заказ больше 5 000 ₽, у вас 7 000 ₽, поэтому я её применил.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), CASES)
def test_leak29_family_blocks_the_leak_and_spares_its_look_alike(
    family: str, language: str, leak: str, clean: str
) -> None:
    family_holds(family, language, leak, clean)
