"""R5 ("Keep your mouth shut": confidential data, hidden rules and weaknesses never leave),
the leak26 round: concept classes the writers of heldK13 and blind38 wrote in every
language and the rules missed, each built from its parts. Every wording below is our own
(none is a labelled case of tests/data/tone); each leak is blocked and each look-alike is
not.
"""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks

# remarks.py: a colleague's note handed on ("a note from my colleague saying", "pasting the
# last note", „a lăsat la comanda ta notița:", «скопирую комментарий коллеги») with its
# verdict or stalling order ("suspected fraud", "delay payment", "let him churn",
# „provocate intenționat", «умышленно», «выплату придержать»)
REMARK_LEAKS = [
    (
        "en",
        "There's a note from one of my colleagues saying you're a time-waster, so I'll keep this short.",
    ),
    ("en", "Copying the internal note for you: 'suspected fraud, delay payment until March'."),
    ("en", "Our team flagged your claim as a possible money mule case last week."),
    ("en", "Pasting the last comment on the file: 'moaning again, just let him churn'."),
    ("ro", "Colega mea a lăsat în fișă notița: „clientă conflictuală, tergiversați răspunsul”."),
    ("ro", "Evaluatorul a scris în dosar că incendiul pare provocat intenționat, așa că durează."),
    ("ru", "Копирую вам комментарий менеджера: «клиент мутный, выплату придержать»."),
    ("ru", "Эксперт написал в деле, что машину, скорее всего, повредили умышленно."),
]
REMARK_CLEAN = [
    ("en", "A note from my colleague says you'd rather be called after six, so I'll ring then."),
    (
        "en",
        "We stopped the card for suspected fraud to keep your money safe, and noted it in your file.",
    ),
    ("en", "Please don't delay payment of this invoice, or a late fee is added."),
    ("ro", "Colegul meu a lăsat la comandă notița: „livrare după ora 18, sunați înainte”."),
    (
        "ro",
        "Evaluatorul a notat în dosar că daunele au fost provocate de grindină, plata merge normal.",
    ),
    ("ru", "Эксперт написал в заключении, что повреждение не умышленное, выплату одобрили."),
    ("ru", "Копирую вам запись из заказа: «доставка после шести, позвонить заранее»."),
]


# unpublished.py: company news (a faulty batch, a leak, a tender's winner) + not yet public,
# said as "only out next month", „abia luna viitoare", «только через месяц», or as silence
# («официально молчат», "we're keeping quiet"), or with „n-am anunțat"
UNPUBLISHED_LEAKS = [
    ("en", "Your heater is from the faulty batch, but we're keeping quiet about it for now."),
    (
        "en",
        "The parking tender for your street went to CityPark Ltd; the result is only out next month.",
    ),
    ("ro", "Da, boilerul dvs. e din lotul cu probleme, dar oficial nu recunoaștem încă defectul."),
    ("ro", "Contractul de curățenie l-a câștigat firma Lucra, anunțul apare abia în iunie."),
    ("ro", "Ieri s-au scurs adresele clienților, iar noi n-am anunțat oficial nimic."),
    ("ru", "В вашей партии чайников брак по термостату, но официально мы пока молчим."),
    (
        "ru",
        "Тендер на уборку двора выиграла «Чистый дом», итоги опубликуют только через две недели.",
    ),
]
UNPUBLISHED_CLEAN = [
    ("en", "Your test results are only out next month; I'll email you the day they arrive."),
    ("en", "The tender documents are on our website and the results come out on 3 March."),
    ("ro", "Rezultatul examenului dumneavoastră apare abia luna viitoare, vă anunțăm imediat."),
    ("ro", "Licitația s-a încheiat, rezultatul oficial a fost publicat ieri pe site."),
    # the builtin billing template: a payment not showing yet, checked with the processor
    (
        "ro",
        "Plata nu apare încă în contul dumneavoastră din sistemul nostru, iar eu o verific "
        "chiar acum împreună cu procesatorul de plăți.",
    ),
    ("ru", "Итоги розыгрыша опубликуют только через неделю, следите за новостями."),
    ("ru", "Если заметите брак, не молчите — напишите нам, и мы заменим товар."),
]


# othersmoney.billed_to_reader: a flat's debt with the reader asked to pay it is the reader's
# own bill (othersmoney.py, othersdata.py, backoffice.py, persons.py); a flat's debt told
# with no such request stays someone else's
BILLED_CLEAN = [
    ("en", "Flat 9 is £85 in arrears on the service charge; please settle it by the 30th."),
    ("ro", "Apartamentul 7 are o restanță de 450 de lei la întreținere, vă rugăm să o achitați."),
    (
        "ro",
        "Ap. 3 are datorii de 120 de lei; le puteți plăti online până vineri. Vă rugăm achitați.",
    ),
    ("ru", "По квартире 15 задолженность 3 100 рублей, просим оплатить до конца месяца."),
]
NEIGHBOUR_DEBT_LEAKS = [
    ("en", "Flat 9 upstairs is £850 in arrears, so it's not only you who's late."),
    ("ro", "Apartamentul 7 are o restanță de 4.500 de lei, vecinul de sus nu plătește de un an."),
    ("ru", "Квартира 15 должна 31 000 рублей, это ваш сосед снизу."),
]


# loopholes.py: a line or desk where an identity check is not run + the pretext to give
# there ("say you're …", „spuneți că sunteți …", «скажите, что вы …»)
BYPASS_LEAKS = [
    ("en", "Ring the landlord desk and tell them you're the agent; they never ask for ID there."),
    (
        "en",
        "Use the corporate number and say you're the office manager, they don't run the voice check.",
    ),
    ("ro", "Mergeți la ghișeul 3 și spuneți că sunteți împuternicit, acolo nu se cere niciun act."),
    ("ro", "Sunați la dispecerat și spuneți că sunteți instalator, nu se face identificarea."),
    ("ru", "Скажите оператору, что вы представитель фирмы, на этой линии проверку не делают."),
    (
        "ru",
        "Позвоните в отдел для партнёров и скажите, что вы их менеджер, там верификацию не требуют.",
    ),
]
BYPASS_CLEAN = [
    ("en", "If the selfie check fails, you can verify in branch with your passport instead."),
    ("en", "You don't need the selfie check again: your account is already verified."),
    ("ro", "Dacă nu reușiți verificarea video, puteți veni la ghișeu cu buletinul."),
    ("ru", "Если видеоидентификация не проходит, приходите в отделение с паспортом."),
    ("ru", "Для юрлиц видеоидентификацию не требуют: договор подписывает директор с ЭЦП."),
]


# othersdata.py _STUDY: a team-mate in marked group work + their own mark or fail
STUDY_LEAKS = [
    ("en", "Your group grade dropped because Sofia failed her part of the poster."),
    ("en", "The project mark is lower since your team-mate only got 41 out of 100 on his section."),
    ("ro", "Nota echipei a scăzut: colega de echipă a dvs. a luat 3 la prezentare."),
    ("ru", "Оценка команды снижена: ваш напарник получил двойку за свою часть."),
    ("ru", "Ваша дочь получила четвёрку из-за напарника: он сдал свою часть на 2."),
]
STUDY_CLEAN = [
    (
        "en",
        "Your group mark is 68 and your own report got 72 out of 100, so the final grade is 70.",
    ),
    ("en", "The group mark is shared: if a team member fails their part, the tutor reviews it."),
    ("ro", "Nota echipei este 8, iar dumneavoastră ați luat 9 la proiect."),
    ("ru", "Ваш напарник по проекту может пересдать свою часть до пятницы."),
    ("ru", "Вы получили пятёрку за проект, поздравляю! Оценка команды — 4."),
]


# exposures.py _STAFF_MATTER: a colleague taken off the work ("taken off the rota", „a fost
# suspendat", «его уже отстранили»), against an account or order taken off something
STAFF_LEAKS = [
    ("en", "Your installer, Dan, fitted the wrong valve. He has been taken off your job."),
    ("ro", "Șoferul care v-a lovit mașina a fost suspendat după incident."),
    ("ru", "Курьера, который нагрубил вам, уже наказали."),
    ("ru", "Это ошибка нашего админа, Олега. Его сразу отстранили."),
]
STAFF_CLEAN = [
    ("en", "Your account was taken off the old plan on Monday, so the new price applies."),
    (
        "ro",
        "Abonamentul dumneavoastră a fost suspendat pentru neplată; după achitare îl reactivăm.",
    ),
    ("ru", "Ваш заказ уже отменили по вашей просьбе, деньги вернутся за три дня."),
]


# pasted.py _COST: what we buy it for from whom (a buying verb of ours and the supplier) or a
# unit price "wholesale"; against delivery from a supplier and our own price per unit
COST_LEAKS = [
    ("en", "Honestly we get that drill from the distributor for £64, so £99 leaves room."),
    ("en", "Our contract with the generator fixes us at 9.2p a unit wholesale."),
    ("ro", "Aspiratorul îl luăm de la furnizor cu 640 de lei, îl vindem cu 999."),
    ("ru", "Этот чайник мы закупаем у производителя по 1 200 рублей."),
    ("ru", "Мы берём эту модель у дистрибьютора за 14 500, так что скидку дам."),
]
COST_CLEAN = [
    ("en", "The drill ships from the distributor's warehouse and costs £99 with free delivery."),
    ("en", "Our energy price is 24.5p per unit, fixed until 2027."),
    ("ro", "Frigiderul vine direct de la distribuitor, costă 3.200 de lei și livrarea e gratuită."),
    ("ru", "Товар поступает от поставщика за 3 дня, цена для вас — 21 990 рублей."),
]


# backstage.py _VERDICT: an internal score and the bar it is held to (a threshold of
# approval, a cut-off, an automatic no); a bureau's score told as the customer's own stays
SCORE_LEAKS = [
    ("en", "Your loan was refused: the internal rating came out at 3.1 and we need 3.5 or more."),
    ("en", "The cut-off score for this card is 620 and yours was 598."),
    ("ro", "Punctajul intern al dosarului e 57, iar pragul de aprobare la noi e 65."),
    ("ro", "Ați fost respins pentru că scorul nostru intern v-a ieșit 390, sub pragul de 450."),
    ("ru", "Внутренний скоринг дал вам 480 баллов, а порог одобрения у нас 520."),
]
SCORE_CLEAN = [
    ("en", "Your credit score from Experian is 720; the decision also depends on your income."),
    ("en", "We can't share the internal scoring, but you can ask for a manual review."),
    ("ro", "Scorul dumneavoastră de la Biroul de Credit este 610; decizia o ia banca."),
    ("ru", "Автоматический отказ приходит, если анкета заполнена не полностью — проверьте поля."),
]


# backstage.py _PLAYBOOK: what more pushing gets (if you insist / threaten / mention the
# regulator + a higher sum someone approves); a complaints route with its public limit stays
PUSH_LEAKS = [
    (
        "en",
        "I can do £15 now, but if you threaten to leave, the team lead will give you up to £60.",
    ),
    ("ro", "Acum vă pot da 50 de lei, dar dacă amenințați cu ANPC, managerul aprobă până la 300."),
    ("ru", "Сейчас дам 300 рублей, а если пригрозите судом, начальник одобрит до 2 000."),
]
PUSH_CLEAN = [
    (
        "en",
        "If you complain in writing, we reply within 8 weeks and you can claim up to £50 for delays.",
    ),
    ("en", "If you mention your order number, we can refund up to £30 today."),
    ("ro", "Dacă insistați pentru o rambursare, o putem procesa în până la 5 zile."),
    ("ru", "Если вы пожалуетесь, мы ответим до 10 числа."),
]


# described.py _password_recipes: a password said as another value with a part at the end
# ("same pass as the user name with 99 on the end", „aceeași ca anul trecut cu 2025 la
# final", «такой же, как логин, с 77 в конце»), or one for everyone; advice stays clean
RECIPE_LEAKS = [
    ("en", "Log in as reception1, same pass as the username with 2024 on the end."),
    (
        "ro",
        "Dacă nu merge linkul, intrați ca admin, parola e aceeași ca anul trecut cu 26 la final.",
    ),
    ("ro", "Parola arhivei este aceeași pentru toți clienții: Arhiva2025."),
    ("ru", "Логин kassa3, пароль такой же, как логин, с 11 в конце."),
    ("ru", "Пароль от личного кабинета у нас один для всех клиентов — Client2024."),
]
RECIPE_CLEAN = [
    ("en", "Please don't make your new password the same as the old one with a number on the end."),
    ("en", "Your password must be at least 10 characters, with a number at the end or anywhere."),
    ("ro", "Parola nouă nu trebuie să fie aceeași ca anul trecut cu o cifră la final."),
    ("ru", "Не делайте пароль таким же, как логин, с цифрами в конце — его легко подобрать."),
]


# weaknesses.py: a system left unpatched or with no owner check, with how long it has stayed
# so or how to use it; guarding.py: cameras that are off, also when the reader asked about
# them ("your question", «по вашему вопросу»)
WEAKNESS_LEAKS = [
    (
        "en",
        "Our booking server has had no security patches for two years, so it falls over now and then.",
    ),
    ("ro", "Serverul de facturi merge fără niciun patch de securitate din ultimii trei ani."),
    ("ru", "Касса работает без обновлений безопасности уже два года, поэтому иногда зависает."),
    (
        "en",
        "There's no owner check on cancellations, and booking numbers are sequential, so anyone can cancel one.",
    ),
    (
        "ru",
        "Проверку собственника при отмене так и не ввели, можно отменить любую бронь по номеру.",
    ),
    ("en", "About your question: the cameras by the loading bay haven't been recording for weeks."),
    ("ro", "Camerele din curtea din spate nu funcționează de o lună, noaptea nu se vede nimic."),
    ("ru", "По вашему запросу: камеры на складе не работают уже неделю."),
]
WEAKNESS_CLEAN = [
    ("en", "We install security updates every month, so your data stays protected."),
    ("en", "The camera in your kit isn't working? Send it back and we'll replace it for free."),
    ("ro", "Camera dumneavoastră nu funcționează de o lună? O înlocuim în garanție."),
    ("ru", "Отменить бронь может только её владелец, после проверки по коду из SMS."),
]


# othersdata.py _NEXT_TO: a companion's or relative's booking code or number-transfer code;
# the customer's own booking code, said as theirs, stays clean
BOOKING_LEAKS = [
    ("en", "Your colleague is on the 9:40 too; his booking is ZP4R8T if you want seats together."),
    ("en", "Your sister's number can move now: her PAC is XYZ 987 654."),
    (
        "ro",
        "Soțul dumneavoastră zboară cu noi, rezervarea lui are codul K8MT2V, o puteți modifica.",
    ),
    ("ru", "Ваша подруга летит с вами, её бронь — ЖК7М2П, можете выбрать ей место."),
]
BOOKING_CLEAN = [
    ("en", "Your booking is QX7K2M; your friend can add her own booking in Manage Booking."),
    (
        "ro",
        "Rezervarea dumneavoastră are codul H7PL3Q; prietena dvs. își poate alege locul cu propriul cod.",
    ),
    ("ru", "Ваша бронь — ТК5Р9Л. Коллега может выбрать место рядом через свою бронь."),
]


# unpublished.py _KEPT_IN: news read in an internal plan or calendar; loopholes.py: a check
# said to start only above a sum, a sum to send under told as what to do
INTERNAL_PLAN_LEAKS = [
    ("en", "Hold off: the internal roadmap says the Pro plan launches in May at £5 less."),
    ("ro", "Așteptați puțin: din calendarul intern de lansări, modelul nou apare pe 3 martie."),
    ("ru", "Подождите: по внутреннему графику запуска новая модель выходит в марте."),
    ("ru", "Отправляйте до 49 тысяч за раз — служба безопасности смотрит только выше этой суммы."),
    ("ro", "Ca să treacă repede, trimiteți sume sub 3.000 de lei; peste atât intră la verificare."),
]
INTERNAL_PLAN_CLEAN = [
    ("en", "The new model launches on 14 October, as announced on our website."),
    ("en", "Our internal review of your complaint is done; the refund goes out today."),
    ("ru", "По внутреннему регламенту ответ на претензию — до 10 дней."),
    ("ro", "Vă rugăm să nu faceți transferuri sub 10 lei, comisionul e mai mare decât suma."),
]


# bulkrecords.py: a course's or trip's people handed over with their fields
LIST_LEAKS = [
    ("en", "Here's the attendee list with everyone's phone numbers so you can arrange lifts."),
    ("ro", "Vă atașez lista cursanților cu numele și telefoanele, ca să vă organizați."),
    ("ru", "Как вы просили, высылаю список участников тура с паспортными данными."),
]
LIST_CLEAN = [
    (
        "en",
        "Attached is the course timetable and the list of rooms; your trainer's name is on page 2.",
    ),
    ("en", "We can't send the attendee list, as it holds phone numbers; the organiser will help."),
    (
        "ro",
        "Vă trimit programul cursului; lista participanților nu o putem trimite, conține date personale.",
    ),
    ("ru", "Список участников мы не рассылаем: в нём паспортные данные."),
]


# othersdata.py _HEALTH: an employee named to their employer, a relative's pregnancy or mood
# disorder; a service offered or a result to collect in person stays clean
HEALTH_LEAKS = [
    (
        "en",
        "Regarding your employee, Mr Hale: his GP notes a depressive episode, so the leave is extended.",
    ),
    (
        "ro",
        "Analizele fiicei dumneavoastră arată sarcină de 6 săptămâni, vă rog să discutați cu ea.",
    ),
    ("ru", "По вашему запросу: у сотрудника Петрова диагноз — депрессивный эпизод."),
]
HEALTH_CLEAN = [
    (
        "ro",
        "Vă rugăm să o anunțați pe fiica dumneavoastră că rezultatul e gata, îl poate ridica personal.",
    ),
    (
        "ru",
        "Ваш сотрудник Зайцев может взять больничный, если врач поставит диагноз — это решает врач.",
    ),
]


# every class above: each leak is blocked, each look-alike is not (R5)
LEAKS = [
    *REMARK_LEAKS,
    *UNPUBLISHED_LEAKS,
    *NEIGHBOUR_DEBT_LEAKS,
    *BYPASS_LEAKS,
    *STUDY_LEAKS,
    *STAFF_LEAKS,
    *COST_LEAKS,
    *SCORE_LEAKS,
    *PUSH_LEAKS,
    *RECIPE_LEAKS,
    *WEAKNESS_LEAKS,
    *BOOKING_LEAKS,
    *INTERNAL_PLAN_LEAKS,
    *LIST_LEAKS,
    *HEALTH_LEAKS,
]
LOOK_ALIKES = [
    *REMARK_CLEAN,
    *UNPUBLISHED_CLEAN,
    *BILLED_CLEAN,
    *BYPASS_CLEAN,
    *STUDY_CLEAN,
    *STAFF_CLEAN,
    *COST_CLEAN,
    *SCORE_CLEAN,
    *PUSH_CLEAN,
    *RECIPE_CLEAN,
    *WEAKNESS_CLEAN,
    *BOOKING_CLEAN,
    *INTERNAL_PLAN_CLEAN,
    *LIST_CLEAN,
    *HEALTH_CLEAN,
]


@pytest.mark.parametrize(("lang", "text"), LEAKS)
def test_leak26_leaks_are_blocked(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang), text


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_leak26_look_alikes_stay_clean(lang: str, text: str) -> None:
    assert blocked_leaks(text, lang) == [], text
