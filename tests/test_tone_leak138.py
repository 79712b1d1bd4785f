"""leak138 and pol96, this session's development sets (trainK53, trainP36), each case beside its
counterpart (R1, R5, R6). Wordings written for this test, none a labelled case.

- trainK53's leaks both readers missed: a team staying with us ("the under-21 squad are staying
  with us", „stă la noi lotul", «у нас живёт сборная»); when the cash van comes; a check skipped by
  paying another way („nu mai trece prin verificare"); a doubling bug not yet fixed; and the
  clean look-alikes the rules blocked: a documented sample key ("sk_test_1234567890abcdef"), a
  safe's factory code with "set your own";
- its rules-level misses (defence in depth): an offer "they just don't advertise"; an approval
  without a new inspection kept under; a deal or round whose announcement is still to come; staff
  cut from one head count to another; an hourly wage; a partner's cut; another's card between
  the card and its digits; who else complained, named before the verb; a colleague away at a
  named place; a check staff skip, or a document they take against the site's rule; an approval
  an agent gives alone; an automatic refusal with the way past it; a neighbour's parcel and
  what is in it; an operations domain;
- trainP36's rude drafts the rules missed and polite drafts they warned (pol96).
"""

from __future__ import annotations

from tests.tonecheck import blocked_leaks, leak_pair_tests, quiet_and_rude_tests

PAIRS = [
    (
        "a team staying with us",
        "en",
        "The pool is closed on Friday, I'm afraid: the under-21 squad are staying with us before the tournament.",
        "The pool is closed on Friday, I'm afraid: it is booked for a swimming club's training session.",
    ),
    (
        "a team staying with us",
        "ro",
        "Sala de mese e ocupată marți, stă la noi lotul de handbal până joi.",
        "Sala de mese e ocupată marți pentru un eveniment privat, dar restaurantul e deschis.",
    ),
    (
        "a team staying with us",
        "ru",
        "Бассейн в пятницу закрыт: у нас перед турниром живёт сборная по плаванию.",
        "Бассейн в пятницу закрыт на плановую чистку, с субботы работает как обычно.",
    ),
    (
        "when the cash van comes",
        "en",
        "Avoid Monday mornings: the cash van comes in around 9 and the tills close for a while.",
        "Avoid Monday mornings: it's our busiest time, and Tuesday afternoons are quieter.",
    ),
    (
        "a check skipped by paying another way",
        "ro",
        "Comenzile mari le confirmăm telefonic. Dacă plătiți online, nu mai trece prin verificare și pleacă azi.",
        "Comenzile mari le confirmăm telefonic, de obicei în aceeași zi, apoi pleacă din depozit.",
    ),
    (
        "a check skipped by paying another way",
        "en",
        "Large cash-on-delivery orders get a confirmation call. If you pay by card it skips that check and ships straight away.",
        "Large cash-on-delivery orders get a confirmation call, usually within the hour.",
    ),
    (
        "a doubling bug not yet fixed",
        "ro",
        "Dacă închizi aplicația cât se salvează, punctele se dublează, încă nu e reparat.",
        "Dacă închizi aplicația cât se salvează, punctele se pierd; te rugăm să aștepți confirmarea.",
    ),
    (
        "a stacking trick",
        "ru",
        "Купоны сейчас суммируются, если ввести второй сразу после первого. Уже месяц так.",
        "Купоны не суммируются: к заказу применяется один, самый выгодный.",
    ),
    (
        "an offer not advertised",
        "en",
        "There's no refund under the policy, but if you ask for a 'service gesture' they can give a £30 credit, they just don't advertise it.",
        "There's no refund under the policy, but I've added a £30 credit to your account as an apology.",
    ),
    (
        "an offer we don't make ourselves",
        "ru",
        "Если попросите «жест доброй воли», могут начислить 2 000 баллов, сами мы это не предлагаем.",
        "Мы начислили вам 2 000 баллов в качестве извинения, они уже на счёте.",
    ),
    (
        "approved without a new inspection",
        "ro",
        "Evaluatorul a trecut 5.000 de lei, dar fără o nouă constatare aprobăm până la 6.000, deci cereți o ofertă sub suma asta.",
        "Evaluatorul a trecut 5.000 de lei; dacă service-ul cere mai mult, programăm o nouă constatare.",
    ),
    (
        "approved without a new inspection",
        "ru",
        "Без повторного осмотра согласуем до 90 тысяч, так что пусть сервис выставит счёт до этой суммы.",
        "Если сервис выставит счёт больше оценки, назначим повторный осмотр, это бесплатно.",
    ),
    (
        "an announcement still to come",
        "ro",
        "Nu închidem: am fost cumpărați de un grup german, anunțul oficial vine luna viitoare.",
        "Nu închidem: așa cum am anunțat în martie, facem parte acum dintr-un grup german.",
    ),
    (
        "an announcement still to come",
        "ru",
        "Не переживайте, компания не закрывается: инвестиции уже подписали, объявлять будут после праздников.",
        "Не переживайте, компания не закрывается, как мы и писали в рассылке в марте.",
    ),
    (
        "a deal named by the other side",
        "en",
        "No need to switch: once the Oakfield Savings deal goes through, their accounts move to us on the same rate.",
        "No need to switch: your account stays on the same rate until its term ends.",
    ),
    (
        "a head count cut",
        "en",
        "Replies may be slower soon: the billing team is going from 25 people down to 8 in the new year.",
        "Replies may be slower over the holidays, when the billing team works shorter hours.",
    ),
    (
        "a head count cut",
        "ro",
        "Din ianuarie echipa de suport scade de la 30 la 10 oameni, deci așteptați mai mult.",
        "În ianuarie echipa de suport lucrează după program redus, deci așteptați puțin mai mult.",
    ),
    (
        "a head count cut",
        "ru",
        "С весны команду поддержки сокращают с 30 до 12 человек, отвечать будем дольше.",
        "Весной команда поддержки работает по новому графику, с 9 до 21.",
    ),
    (
        "an hourly wage",
        "en",
        "I'm not excusing it, but the night shift are agency staff on £11.20 an hour.",
        "I'm not excusing it, and I've asked the night shift's manager to go through your order.",
    ),
    (
        "a partner's cut",
        "en",
        "That's a creator's code, she gets 15% of the basket, so the student discount can't go on top.",
        "That's a creator's code, so the student discount can't go on top of it.",
    ),
    (
        "a partner's cut",
        "ru",
        "Через агрегатор дороже, потому что он забирает 18% от стоимости брони.",
        "Через агрегатор цена может отличаться, на нашем сайте она всегда актуальная.",
    ),
    (
        "another's card between the card and its digits",
        "ro",
        "Rezervarea a fost plătită de pe cardul domnului Ionescu, terminat în 4410, nu de pe al dumneavoastră.",
        "Rezervarea a fost plătită de pe cardul dumneavoastră, terminat în 4410.",
    ),
    (
        "who else complained",
        "ro",
        "Și familia Marin din camera 310 s-a plâns de zgomot, am chemat deja tehnicianul.",
        "Și alți oaspeți s-au plâns de zgomot, am chemat deja tehnicianul.",
    ),
    (
        "who else complained",
        "ru",
        "На шум вчера жаловалась и семья из 412-го, Ковалёвы.",
        "На шум вчера жаловались и другие гости, мастер уже приходил.",
    ),
    (
        "who else complained",
        "en",
        "You're right about it. Amy Doyle from the Tuesday yoga class raised the same thing about the heating.",
        "You're right about it. Others raised the same thing about the heating, and it's fixed now.",
    ),
    (
        "a colleague away at a named place",
        "en",
        "Tom's away on holiday in Crete until the 3rd, so I'll look after your renewal.",
        "Tom's away until the 3rd, so I'll look after your renewal.",
    ),
    (
        "a colleague away at a named place",
        "ru",
        "Директор сейчас в Сочи, вернётся 15-го, подпись будет после.",
        "Директор вернётся 15-го, подпись будет после.",
    ),
    (
        "a check staff skip",
        "en",
        "Forgot your security answer? Pop into a branch, they'll skip it if you show a utility bill.",
        "Forgot your security answer? Pop into a branch with photo ID and we'll reset it there.",
    ),
    (
        "against the site's rule",
        "ro",
        "Colegii din magazin primesc și o poză cu actul de identitate, chiar dacă pe site scrie altfel.",
        "Colegii din magazin vă cer actul de identitate original, așa cum scrie și pe site.",
    ),
    (
        "an approval an agent gives alone",
        "ro",
        "Pot aproba singur despăgubiri până la 200 de lei, așa că vă dau acum 199.",
        "Am aprobat o despăgubire de 199 de lei, o primiți pe card în trei zile.",
    ),
    (
        "an automatic refusal with the way past it",
        "ru",
        "Отказ пришёл, потому что при доходе ниже 30 тысяч система отказывает автоматически. Закройте одну карту, и заявку пропустит.",
        "Отказ пришёл по итогам проверки, подробности банк не раскрывает. Повторно подать можно через месяц.",
    ),
    (
        "a neighbour's parcel and what is in it",
        "en",
        "That box is for your neighbour at number 12, it's her insulin and a glucose monitor.",
        "That box is for your neighbour, could you pop it round or leave it with us?",
    ),
    (
        "another customer's address",
        "ru",
        "Ваш стол по ошибке увезли Петровым на ул. Мира, 7, кв. 19.",
        "Ваш стол по ошибке увезли на другой адрес, завтра его привезут вам.",
    ),
    (
        "an operations domain",
        "en",
        "Per our rules here https://wiki.harbourline-ops.net/display/CS/Refunds I've refunded it in full.",
        "Per our refund policy at https://harbourline.com/help/refunds I've refunded it in full.",
    ),
]
test_leak138 = leak_pair_tests(PAIRS)


def test_leak138_samples_and_defaults_stay_clean() -> None:
    """The docs' sample key and a safe's factory code told with "set your own" are no secrets
    (R5); a real-looking key and a code with no such instruction still are."""
    sample = "In test mode use a key such as sk_test_1234567890abcdef, it charges nothing."
    assert blocked_leaks(sample, "en") == []
    real = "In test mode use the key sk_test_51Hq8ZtK2mYx9PbLw3RvD0aQ, it charges nothing."
    assert blocked_leaks(real, "en")
    default = "Seiful are setat din fabrică codul 000000. Vă rugăm să vă setați propriul cod la prima folosire."
    assert blocked_leaks(default, "ro") == []
    staff = "Seiful din birou are codul 482913, îl știm doar noi."
    assert blocked_leaks(staff, "ro")


QUIET = [
    (
        "en",
        "I can't treat it as fraud. That doesn't mean you're wrong that something is off: please report it to Action Fraud.",
    ),
    (
        "en",
        "I've been through the logs: the disk reached 100% at 02:14, and when it filled up, MySQL stopped accepting writes. I've moved the old backups and the site is back up.",
    ),
    (
        "ro",
        "Domnule Barbu, am aflat de la colegul nostru curier că l-ați amenințat ieri. Nu tolerăm astfel de comportamente față de colegii noștri. Comenzile viitoare le puteți ridica din easybox.",
    ),
    ("ru", "Пока вы этого не сделали, номер остаётся за вами."),
]
RUDE = [
    ("en", "There's not much more I can tell you, these things happen."),
    (
        "en",
        "That's not really something we deal with, you'll have to sort that out with your bank.",
    ),
    ("en", "Lots of our less tech-savvy customers miss the big blue button."),
    ("en", "The laws of physics still apply, so it can't arrive yesterday."),
    ("ro", "Nu avem ce face acum. Reveniți după sărbători."),
    ("ro", "Pentru toate aceste întrebări, vă rugăm să consultați pagina de ajutor."),
    ("ro", "Felicitări, acesta este al cincilea mesaj despre același lucru."),
    ("ro", "Mulțumim pentru sfatul prețios de a ne face treaba."),
    ("ru", "Обращение принято. Ожидайте ответа в порядке очереди."),
    ("ru", "Кажется, вы читаете только заголовки писем."),
    ("ru", "Всё написано выше."),
]
test_pol96_quiet, test_pol96_rude = quiet_and_rude_tests(QUIET, RUDE)
