"""R5 confidentiality, the leak18a round (issue 8): other people's data told in ordinary
words (tone/othersdata.py): a neighbour's benefits, insurance, debts or meter readings; a
relative's or ex-partner's activity; another user's, subscriber's or patient's
whereabouts, log or health; someone's marks told for comparison; the guest or passenger
next to the customer; a colleague's pay and someone's personal phone; another patient's
NHS number; a named pupil's discipline. R5: "confidential data never leave". Each as a
leak and its clean look-alike (the customer's own, advice, a refusal, a question), in en,
ro and ru. Wordings of their own: none is a labelled case of tests/data/tone."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # a neighbour's benefits, insurance, debts or meter readings, against the customer's
    # own flat, a question and a refusal
    (
        "neighbour's benefits",
        "en",
        "The couple next door were moved up the list because they're on housing benefit and she has a disability allowance.",
        "You were moved up the list because your housing benefit claim was confirmed last week.",
    ),
    (
        "neighbour's insurance",
        "en",
        "About the water damage: your neighbour's home insurance expired in March, so there's no policy to claim against.",
        "About the water damage: please ask your neighbour whether their home insurance has expired before you claim.",
    ),
    (
        "neighbour's readings",
        "en",
        "I've compared the block: flat 7 reported 3,940 kWh last quarter, far more than you.",
        "I've checked your flat 7: you reported 3,940 kWh last quarter, which matches the meter photo.",
    ),
    (
        "neighbour's benefits",
        "ro",
        "Vecinii de la parter au primit locuința înainte pentru că iau ajutor social și au indemnizație pentru copil.",
        "Ați primit locuința pentru că dosarul dumneavoastră de ajutor social a fost complet.",
    ),
    (
        "neighbour's debts",
        "ro",
        "Vecinul de la etajul 4 are poprire pe pensie, deci nu vă va despăgubi curând.",
        "Nu vă putem spune dacă vecinul are datorii; puteți cere despăgubiri prin instanță.",
    ),
    (
        "neighbour's readings",
        "ro",
        "Am comparat indexurile: apartamentul 9 a trimis 41 mc la apa caldă luna trecută, dumneavoastră doar 6.",
        "Am verificat: apartamentul dumneavoastră a trimis 6 mc la apa caldă luna trecută, valoare normală.",
    ),
    (
        "neighbour's insurance",
        "ru",
        "По протечке: у соседа снизу полис истёк ещё весной, так что с его страховой ничего не получите.",
        "По протечке: уточните у соседа снизу, не истёк ли его полис, и тогда подавайте заявление.",
    ),
    (
        "neighbour's debts",
        "ru",
        "Соседи с пятого этажа должны по коммуналке больше 60 тысяч, поэтому ремонт подъезда отложили.",
        "Сведения о долгах соседей с пятого этажа мы раскрыть не можем, ремонт подъезда перенесли на май.",
    ),
    # a relative's or ex-partner's activity, against what they may do and the refusal alone
    (
        "relative's activity",
        "en",
        "I can't give you access to your father's account, but I can say he withdrew £400 from a cashpoint in Leeds on Monday.",
        "I can't give you access to your father's account; he can add you as a trusted contact by calling us.",
    ),
    (
        "relative's activity",
        "ro",
        "Nu vă pot da detalii despre cardul fiicei, dar ieri a retras 1.500 de lei de la un bancomat din Iași.",
        "Nu vă pot da detalii despre cardul fiicei; ea poate retrage oricând bani de la orice bancomat.",
    ),
    (
        "ex-partner's whereabouts",
        "ru",
        "Ваша бывшая жена ходит в наш бассейн по утрам, обычно с восьми до девяти.",
        "Ваша бывшая жена может сама запросить выписку о посещениях, мы её данные не передаём.",
    ),
    # where and when an ex-partner or someone asked about can be found, against the
    # customer's own child's class and our opening hours
    (
        "ex-partner's whereabouts",
        "en",
        "Your ex-husband swipes in at our Leeds gym most evenings around 7, so mornings would be quieter.",
        "Your son's swimming class is on Tuesdays at 5pm, and the Leeds gym opens at 6am.",
    ),
    (
        "ex-partner's whereabouts",
        "ro",
        "Fostul dumneavoastră soț vine la sala din Drumul Taberei aproape în fiecare seară, după ora 19.",
        "Fiica dumneavoastră are antrenament marțea la ora 17, iar sala din Drumul Taberei e deschisă de la 7.",
    ),
    # another user's, subscriber's or patient's whereabouts, log or health, against the
    # customer being the subscriber
    (
        "another user's location",
        "en",
        "The previous hirer parked the van outside a pub on Elm Road all night, which is where the dent came from.",
        "The van was inspected before your hire, and we found the dent on the rear door at handover.",
    ),
    (
        "another subscriber's log",
        "ro",
        "Numărul care vă deranjează e al unui abonat de-al nostru: de pe el s-au trimis 95 SMS-uri numai aseară.",
        "Sunteți abonat la noi din 2020: de pe numărul dumneavoastră s-au trimis 95 SMS-uri aseară.",
    ),
    (
        "another patient's health",
        "ru",
        "Запись на пятницу освободилась: другого пациента положили в стационар, можете прийти вместо него.",
        "Запись на пятницу освободилась, можете прийти к 11:00, возьмите с собой полис.",
    ),
    # who complained about the customer, against the complaint itself
    (
        "complainant",
        "en",
        "The complaint about your hedge came from Mrs Oakley at number 9, who sent photos.",
        "We've had a complaint about your hedge, so please trim it back from the path.",
    ),
    (
        "complainant",
        "ro",
        "Reclamația privind zgomotul a fost depusă de vecinul de la etajul 2.",
        "Am primit o reclamație privind zgomotul și vă rugăm să respectați orele de liniște.",
    ),
    (
        "complainant",
        "ru",
        "Жалобу на ваш шлагбаум подал Сергей из 12-й квартиры, приложил видео.",
        "На ваш шлагбаум поступила жалоба, просим открыть проезд для спецтехники.",
    ),
    # another candidate's record or someone's whereabouts right now
    (
        "another candidate's record",
        "en",
        "The other applicant failed the reference check, so the flat is yours if you still want it.",
        "Your reference check has passed, so the flat is yours if you still want it.",
    ),
    (
        "someone's whereabouts now",
        "ro",
        "Celălalt utilizator se află acum în Piața Obor cu trotineta pe care ați rezervat-o.",
        "Trotineta pe care ați rezervat-o se află în Piața Obor, la stația de încărcare.",
    ),
    (
        "someone's whereabouts now",
        "ru",
        "Другой клиент сейчас едет на этой машине по Ленинградке, вернёт её к шести.",
        "Машина сейчас на мойке, к шести её подадут к вашему подъезду.",
    ),
    # someone's marks told for comparison, against the class average and the customer's own
    (
        "someone's marks",
        "en",
        "For comparison, Harry Moss in the same class got 47% and Leah Ford got 52%, so Sam did well.",
        "For comparison, the class average was 58% and Sam got 71%, so he did well.",
    ),
    (
        "someone's marks",
        "ro",
        "Pentru comparație, Radu Enache din aceeași clasă a luat 4,50 la lucrare.",
        "Pentru comparație, media clasei a fost 6,80, iar fiica dumneavoastră a luat 8.",
    ),
    (
        "someone's marks",
        "ru",
        "Для сравнения: у Максима Орлова по диктанту двойка, так что Катя справилась неплохо.",
        "Для сравнения: средний балл по классу 3,6, а у Кати четвёрка, так что она справилась.",
    ),
    # the guest or passenger next to the customer, with their booking
    (
        "neighbouring guest's booking",
        "en",
        "The cabin next to you is booked by Mr Ian Royle, reference TR82KZ, so I can't move him.",
        "The cabin next to you is booked, so I can't move you there, but 14B is free.",
    ),
    (
        "neighbouring guest's booking",
        "ro",
        "Camera de lângă dumneavoastră e ocupată de domnul Victor Ionescu, cod rezervare HB73QX, până duminică.",
        "Camera de lângă dumneavoastră e ocupată până duminică, dar vă putem muta la etajul 3.",
    ),
    (
        "neighbouring guest's booking",
        "ru",
        "Рядом с вами в домике поселится Ирина Павловна Соколова, заезд 12-го, на две недели.",
        "Рядом с вами домик пока свободен, если хотите, можем забронировать его для ваших родных.",
    ),
    # a colleague's pay, against our prices and the customer's own pay
    (
        "colleague's pay",
        "en",
        "I know it's slow. Our engineer Dave, who did your install, is only on £21,500 and covers two regions.",
        "I know it's slow. Our engineer Dave, who did your install, covers two regions and is on leave Friday.",
    ),
    (
        "colleague's pay",
        "ro",
        "Colegul meu, Sorin de la contracte, are 4.100 de lei net, nu-i cereți minuni.",
        "Colegul meu, Sorin de la contracte, vă sună mâine cu oferta de 4.100 de lei.",
    ),
    (
        "colleague's pay",
        "ru",
        "Оператор Света, которая вам отвечала, получает 38 тысяч, так что не судите строго.",
        "Оператор Света, которая вам отвечала, перезвонит завтра до 38-й минуты второго часа.",
    ),
    # someone's personal phone, against our office line and the customer's own
    (
        "personal phone",
        "en",
        "If the office is closed, ring Gary on his personal mobile, 07700 918 442.",
        "If the office is closed, ring our out-of-hours line, 0300 555 0199, or update your personal mobile in the app.",
    ),
    (
        "personal phone",
        "ro",
        "Sunați-o pe Ioana direct pe numărul ei personal, 0745 220 318, răspunde și seara.",
        "Sunați-ne la numărul de suport 0800 410 410, răspundem și seara.",
    ),
    (
        "personal phone",
        "ru",
        "Если не дозвонитесь, наберите Игорю на его личный, +7 916 555-12-90.",
        "Если не дозвонитесь, наберите нашу горячую линию 8 800 555-35-35.",
    ),
    # another patient's NHS number, against the customer's own (the NHS is the UK's)
    (
        "NHS number",
        "en",
        "The letter in your pack is for Mrs Ada Lyle, NHS number 401 023 2137, so please shred it.",
        "The letter in your pack shows your NHS number 401 023 2137, so please keep it safe.",
    ),
    # a named pupil's discipline, against the customer's own child's record spoken of
    (
        "pupil's discipline",
        "en",
        "Between us, Connor has already had three detentions this term, so keep your son away from him.",
        "Your son has had no detentions this term and his teacher is pleased with him.",
    ),
    (
        "pupil's discipline",
        "ro",
        "Între noi fie vorba, Tudor a avut deja două avertismente pentru bătaie anul acesta.",
        "Fiul dumneavoastră nu a primit niciun avertisment anul acesta, se poartă foarte bine.",
    ),
    (
        "pupil's discipline",
        "ru",
        "Между нами, у Егора уже два выговора за драки в этом году.",
        "У вашего сына в этом году ни одного замечания, учитель им доволен.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_family(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)


def test_every_family_in_three_languages() -> None:
    """Each family of tone/othersdata.py is tested in en, ro and ru (the NHS number is
    only the UK's: en alone)."""
    languages: dict[str, set[str]] = {}
    for family, language, _, _ in FAMILIES:
        languages.setdefault(family.split("'s")[0], set()).add(language)
    assert languages["someone"] == {"en", "ro", "ru"}
    assert languages["colleague"] == {"en", "ro", "ru"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the customer's own subscriber record and their own neighbour complaint: clean
        ("en", "You're our subscriber, and your number sent 40 texts yesterday."),
        ("ro", "Vecinul dumneavoastră ne-a sunat; vă rugăm să-i cereți datele asigurării lui."),
        ("ru", "Если у соседа нет страховки, вы можете обратиться в суд."),
        # a card that works at any cash machine, a heater's rating, a slot taken by someone
        # unnamed, what a subscriber gets, the customer's own booking reference
        ("en", "Your son's new card works at any ATM and at cash machines abroad."),
        ("en", "The storage heater unit 2 kWh model fits a flat of that size."),
        ("en", "Another customer is booked in at 3pm, so the earliest slot is 4pm."),
        ("ro", "Ca abonat Orange, aveți roaming inclus în toată Uniunea Europeană."),
        ("en", "The seat next to you is free, and your booking reference QK7P2L stays the same."),
        ("ru", "Вы наш абонент, и роуминг в Турции у вас уже подключён."),
    ],
)
def test_stays_clean(language: str, text: str) -> None:
    assert not blocked_leaks(text, language)
