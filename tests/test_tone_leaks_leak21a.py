"""R5 confidentiality, the leak21a round (issue 8): people's data and our verdicts on the
customer. R5: "Keep your mouth shut. Turnover, number of customers, hidden statistics,
confidential data never leave." Each family as a leak and its clean look-alike in en, ro
and ru, in wordings of their own (none is a labelled case of tests/data/tone):

- tone/remarks.py: a note or comment signed by its writer or team ("[Note from …: …]",
  «[Комментарий ст. смены: …]»), a mark put in the customer's profile, a nickname the
  team gives the customer;
- tone/suspicions.py: a case sent to our fraud unit with the doubt that sent it;
- tone/backstage.py: an internal score with its figure ("scorul intern … 38 din 100");
- tone/backoffice.py: the customer on our internal list of blocked customers;
- tone/othersdata.py: where someone else is, lives or goes, and when (a relative, an ex, a
  courier, a named guest): an address, a room, a club, a routine, a car's plate; someone
  else's health said by a procedure, a reading or a dose; someone else's flight, seat or
  booking reference.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a signed note or a team's note with its verdict: against a note of the customer's wish
    (
        "remark: signed note",
        "en",
        "Thanks for waiting. (Comment from K. Moss: time-waster, do not refund shipping.) Your parcel left today.",
        "Thanks for waiting. I've noted on your file that you prefer e-mail. Your parcel left today.",
    ),
    (
        "remark: signed note",
        "en",
        "Your file has a note from our claims team saying the customer is probably exaggerating the damage.",
        "There's a note from our courier team: they left the parcel with your neighbour at number 4.",
    ),
    (
        "remark: signed note",
        "ro",
        "Vă mulțumim. În dosar, colega de la tura de noapte a scris: „reclamagiu, nu merită efortul”.",
        "Vă mulțumim. În dosar am notat că preferați să fiți sunat după ora 17.",
    ),
    (
        "remark: signed note",
        "ru",
        "Добрый день! [Комментарий руководителя группы: скандалист, бонусы не давать] Начисление бонусов невозможно.",
        "Спасибо за ваш комментарий: конфликтная ситуация разрешена, бонусы начислены.",
    ),
    (
        "remark: profile mark",
        "ru",
        "Аналитик поставил отметку в вашем профиле: «склонен к мошенничеству, в рассрочке отказывать».",
        "В вашем профиле стоит отметка «предпочитает звонки после 18:00».",
    ),
    # a nickname the team gives the customer: against a salutation the customer asked for
    (
        "remark: nickname",
        "en",
        "Oops, wrong window — the night shift has nicknamed you 'the midnight caller' in our chat.",
        "We're calling you 'Dr Hale' in all letters from now on, as you asked.",
    ),
    (
        "remark: nickname",
        "ro",
        "Pe grupul echipei vă spunem „doamna cu cele 40 de e-mailuri”, dar nu luați în nume de rău.",
        "Vă spunem „bine ați venit” în numele întregii echipe.",
    ),
    # a referral to the fraud unit with the doubt that sent it: against a referral with no
    # doubt, a doubt as a condition, and the customer's card protected
    (
        "suspicion: referral and doubt",
        "en",
        "We've sent the claim over to the counter-fraud team because the investigator isn't convinced the bike was ever yours.",
        "Your claim is with our investigations team, who check every claim over £5,000, so it takes a little longer.",
    ),
    (
        "suspicion: referral and doubt",
        "en",
        "It's been referred to our fraud unit: the invoices you sent look doctored, apparently.",
        "If the assessor thinks the damage doesn't match the photos, the claim may go to our fraud team.",
    ),
    (
        "suspicion: referral and doubt",
        "en",
        "The case was escalated to the special investigations unit; the photos of the dent don't quite match the repair quote.",
        "We've passed your report to our fraud team because we suspect someone else used your card.",
    ),
    (
        "suspicion: referral and doubt",
        "ro",
        "Dosarul a fost transmis către serviciul antifraudă, expertul bănuiește că fotografiile sunt de la alt accident.",
        "Dosarul a ajuns la echipa de investigații, care verifică toate daunele de peste 20.000 de lei.",
    ),
    (
        "suspicion: referral and doubt",
        "ru",
        "Заявку направили в отдел экономической безопасности: проверяющий засомневался, что чеки настоящие.",
        "Заявление передано в службу безопасности банка, они проверяют все операции свыше 100 тысяч.",
    ),
    (
        "suspicion: referral and doubt",
        "ru",
        "Дело ушло в службу безопасности, потому что фото повреждений не совпадают с датой в акте.",
        "Если фото не совпадут с актом, дело могут передать в службу безопасности.",
    ),
    # an internal score with its figure: against the public credit bureau score
    (
        "verdict: internal score",
        "ro",
        "Din păcate, scorul vostru intern e 412, iar limita pentru rate e 500.",
        "Scorul de credit de la Biroul de Credit îl puteți cere gratuit o dată pe an.",
    ),
    (
        "verdict: internal score",
        "ru",
        "Ваш внутренний рейтинг у нас 412, а для рассрочки нужен 500.",
        "Кредитный рейтинг можно бесплатно узнать в бюро кредитных историй дважды в год.",
    ),
    (
        "verdict: internal score",
        "en",
        "Your internal credit score with us is 38 out of 100, and the cut-off for the loan is 55.",
        "You can check your credit score for free with any of the credit reference agencies.",
    ),
    # the customer on our list of blocked customers: against a denial
    (
        "verdict: block list",
        "ro",
        "Contul e pus pe lista noastră internă de clienți blocați, de aceea nu puteți închiria.",
        "Nu sunteți pe nicio listă neagră, blocarea a fost o eroare tehnică.",
    ),
    (
        "verdict: block list",
        "en",
        "Honestly, you're on our internal do-not-serve list since the chargeback, that's why.",
        "You're not on any blacklist, the block was a glitch on our side.",
    ),
    (
        "verdict: block list",
        "ru",
        "Ваш номер у нас во внутреннем стоп-листе после истории с возвратами.",
        "Вы не в чёрном списке, это техническая ошибка.",
    ),
    # where someone else is, lives or goes, and when (othersdata.py): against our staff's or
    # shop's place, what a courier will do, the customer's own address and a refusal
    (
        "whereabouts",
        "en",
        "I can't add you to his plan, but he's been going to the Bayside gym every evening around 8.",
        "You've been checking in at the Bayside club most evenings, so your membership is active.",
    ),
    (
        "whereabouts",
        "en",
        "Your sister changed the account last month and she's now living at 14 Orchard Close, Leeds.",
        "Your new address is 14 Orchard Close, Leeds, and the card will go there.",
    ),
    (
        "whereabouts",
        "en",
        "The rider's currently parked outside 31 Mill Road, you could just walk over to him.",
        "Your engineer will be at your address between 9 and 11 tomorrow.",
    ),
    (
        "whereabouts",
        "en",
        "Mrs Lowe arrived this morning; she's in room 214 on the second floor.",
        "We can't tell you where she lives, but we can pass on a message.",
    ),
    (
        "whereabouts",
        "en",
        "Her grandad is collecting her on Friday after school, in the silver Golf, plate LM21 XTR.",
        "Our store is at 22 Elm Grove, Reading, open from 9 am.",
    ),
    (
        "whereabouts",
        "ro",
        "Fosta dumneavoastră soție locuiește acum în Sibiu, pe strada Morilor 8.",
        "Magazinul nostru se află pe Str. Florilor nr. 3, deschis de luni până vineri.",
    ),
    (
        "whereabouts",
        "ro",
        "Șoferul care v-a adus coletul stă pe Aleea Teilor 4, chiar lângă dumneavoastră.",
        "Curierul este acum în drum spre dumneavoastră și ajunge în 20 de minute.",
    ),
    (
        "whereabouts",
        "ro",
        "Telefonul fiului dumneavoastră se află acum în zona Gării de Nord.",
        "Colega mea e acum în concediu, revine luni.",
    ),
    (
        "whereabouts",
        "ru",
        "Ваш сын всё ещё тренируется у нас, обычно по средам и пятницам около шести.",
        "Он обычно отвечает в течение часа.",
    ),
    (
        "whereabouts",
        "ru",
        "Бывшая жена переехала, сейчас живёт на улице Гагарина, дом 12.",
        "Наш офис находится на улице Ленина, дом 5.",
    ),
    (
        "whereabouts",
        "ru",
        "Водитель сейчас стоит у дома 7 на Лесной, можете подойти к нему.",
        "Мастер сейчас на другом вызове и будет у вас через час.",
    ),
    (
        "whereabouts",
        "ru",
        "Дочь забирает отец, он ездит на белой «Ладе», номер К456ОР 199.",
        "Пункт выдачи находится в районе Марьино, рядом с метро.",
    ),
    # someone else's health said by a procedure, a reading or a dose (othersdata.py's health
    # family, with named people, he/she and in-laws): against a service booked for a relative,
    # the customer's own results and our department named
    (
        "health: procedure, reading, dose",
        "en",
        "I can't discuss it with you, but your mum's ECG last week was the reason they changed her tablets.",
        "You can book your dad a cardiology appointment online or by phone.",
    ),
    (
        "health: procedure, reading, dose",
        "en",
        "The 2 pm slot went to Mr Grant, his HbA1c came back high so the nurse squeezed him in.",
        "Mr Jones, your post-op check is booked for Thursday at 9:30.",
    ),
    (
        "health: procedure, reading, dose",
        "en",
        "Your brother's prescription is the lithium 400 mg now, so don't worry about the new box.",
        "Please take 500 mg twice a day with food, as your prescription says.",
    ),
    (
        "health: procedure, reading, dose",
        "ro",
        "Socrul dumneavoastră are glicemia 190 la ultimul control, de aceea l-am chemat din nou.",
        "Doamna Popescu, rezultatele dumneavoastră de glicemie sunt normale.",
    ),
    (
        "health: procedure, reading, dose",
        "ro",
        "Programarea de la 10 e luată de domnul Ionescu, care face chimioterapie la noi.",
        "Puteți programa o consultație la cardiologie pentru tatăl dumneavoastră online.",
    ),
    (
        "health: procedure, reading, dose",
        "ru",
        "Время занято: Смирнова Анна Петровна, у неё гликированный гемоглобин 9, врач просил прийти раньше.",
        "Иван Петрович, ваша запись к кардиологу подтверждена на вторник.",
    ),
    (
        "health: procedure, reading, dose",
        "ru",
        "Ваш отец после стентирования, поэтому его перевели на другой аппарат.",
        "Она работает в отделе кардиологии и перезвонит вам завтра.",
    ),
    # someone else's booking (othersdata.py): against the customer's own booking, greeted by
    # name, and a seat said only to be taken
    (
        "booking of another",
        "en",
        "Your manager Ms Clarke is flying BA 117 on Monday, seat 3A, if you'd like to sit near her.",
        "Mr Hensley, your seat 14C on BA 2490 is confirmed for the 12th.",
    ),
    (
        "booking of another",
        "en",
        "Seat 22F is booked under Mr Dale Moor, reference K8QWZT, you could ask him to swap.",
        "Sorry, seat 14C is already taken, but 15A by the window is free.",
    ),
    (
        "booking of another",
        "ro",
        "Doamna Vlad are rezervare pe cursa RO 301 de vineri, locul 7C, dacă vreți să stați împreună.",
        "Domnule Marinescu, locul 58 din vagonul 3 este confirmat pentru dumneavoastră.",
    ),
    (
        "booking of another",
        "ru",
        "Ваш начальник Карпов летит рейсом S7 2031 в пятницу, место 4D.",
        "Иван Петров, ваше место 17А на рейс SU 1480 подтверждено.",
    ),
    # how the customer speaks or disputes, noted against them (remarks.py): against a line
    # or a message that is hard to understand
    (
        "remark: speech or disputes",
        "en",
        "The note on your account says 'heavy accent, keep calls short', so the callback went to e-mail.",
        "Our phone line can be hard to understand when the signal is weak, sorry about that.",
    ),
    (
        "remark: speech or disputes",
        "ro",
        "În fișă scrie „greu de înțeles la telefon”, de aceea v-am răspuns în scris.",
        "Scuze, mesajul e greu de înțeles din cauza unei erori de afișare.",
    ),
    (
        "remark: speech or disputes",
        "ru",
        "В карточке написано: «сильный акцент, лучше писать на почту».",
        "Связь плохая, вас трудно понять, перезвоните, пожалуйста.",
    ),
    # someone else's pregnancy or blood sugar (othersdata.py's health family): against the
    # customer's own reading
    (
        "health: procedure, reading, dose",
        "en",
        "Priya won't be back for a while, she's expecting a baby in the spring.",
        "Your colleague Anna is on leave this week, so I'll look after your order myself.",
    ),
    (
        "health: procedure, reading, dose",
        "ru",
        "У вашего брата сахар 12, передайте ему, чтобы срочно записался к врачу.",
        "У вас сахар 5,4, это норма, врач подтвердил.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)


def test_every_family_in_three_languages() -> None:
    """Each concept class carries a case in en, ro and ru (a rule per class, not per case)."""
    classes: dict[str, set[str]] = {}
    for family, language, _, _ in FAMILIES:
        classes.setdefault(family.split(":")[0], set()).add(language)
    assert all(langs == {"en", "ro", "ru"} for langs in classes.values()), classes


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a salutation asked for, a note of the customer's own wish
        ("en", "We are calling you 'Mr Smith' in the letter, as requested."),
        ("ro", "Pe grup v-am trimis linkul de confirmare."),
        ("ru", "В профиле вы можете поставить отметку «не беспокоить»."),
    ],
)
def test_stays_clean(language: str, text: str) -> None:
    assert not blocked_leaks(text, language)
