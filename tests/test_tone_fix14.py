"""fix14: rude drafts that both the rules and the reader missed on blind13-blind20, fixed
by mechanism in each language (R1, R6): the customer's trouble mocked as a catastrophe,
the door shut on further messages, sarcastic thanks for a report, a lesson "for next
time", talking down. Each mechanism has wordings of our own (none from the labelled
sets) that must be flagged, and polite drafts that share their surface and must stay
clean of every warning."""

from __future__ import annotations

import pytest

from tests.tonecheck import rude_rule_set, warnings

RUDE = [
    # ---- the trouble mocked as a catastrophe ("shrugging it off" with irony) ----------
    ("en.mock-ordeal", "en", "A late pizza, what a tragedy. The driver is on his way."),
    ("en.mock-ordeal", "en", "I know, ten minutes offline, how did the world carry on."),
    (
        "en.mock-ordeal",
        "en",
        "Your balance will be back on Monday; I'm sure you'll survive the weekend.",
    ),
    ("en.mock-ordeal", "en", "Hang in there for the two days the transfer takes."),
    ("ro.mock-ordeal", "ro", "O pizza întârziată, ce tragedie. Curierul e pe drum."),
    ("ro.mock-ordeal", "ro", "Banii revin luni; sigur supraviețuiți până atunci."),
    ("ro.mock-ordeal", "ro", "Fiți tare cele două zile cât durează transferul."),
    ("ru.mock-ordeal", "ru", "Пицца опоздала, какая трагедия. Курьер уже едет."),
    (
        "ru.mock-ordeal",
        "ru",
        "Деньги вернутся в понедельник, уверен, вы протянете до понедельника.",
    ),
    ("ru.mock-ordeal", "ru", "Держитесь эти два дня, пока идёт перевод."),
    # ---- the door shut on any further message ------------------------------------------
    ("en.door-shut", "en", "The fine stands. Any further emails about it will not be answered."),
    ("en.door-shut", "en", "Refund refused. Please don't reply to this message."),
    ("en.door-shut", "en", "We won't be responding any further on this matter."),
    ("ro.door-shut", "ro", "Amenda rămâne. Nu vom mai răspunde la e-mailuri pe această temă."),
    ("ro.door-shut", "ro", "Cererile ulterioare nu vor primi răspuns."),
    (
        "ru.door-shut",
        "ru",
        "Штраф остаётся. Повторные письма по этому поводу рассматриваться не будут.",
    ),
    ("ru.door-shut", "ru", "Больше сюда с этим вопросом не пишите."),
    # ---- sarcastic thanks for what we "could not have known" --------------------------
    (
        "en.mock-thanks",
        "en",
        "Thanks, we could never have spotted a dead website without your nine emails.",
    ),
    ("en.mock-thanks", "en", "Write again tomorrow if you miss us."),
    ("ro.mock-thanks", "ro", "Mulțumim, n-am fi aflat niciodată că site-ul e căzut."),
    ("ro.mock-thanks", "ro", "Scrieți-ne și mâine, dacă vi se face dor de noi."),
    ("ru.mock-thanks", "ru", "Спасибо, без вас мы бы никогда не узнали, что сайт лежит."),
    ("ru.mock-thanks", "ru", "Если заскучаешь — пиши ещё."),
    # ---- a lesson for next time: the fault put on the customer ------------------------
    ("en.lesson", "en", "Next time, perhaps don't wait until the last day to renew."),
    ("en.lesson", "en", "In future it would be wise to check the size chart first."),
    ("ro.lesson", "ro", "Data viitoare nu mai lăsați reînnoirea pe ultima zi."),
    ("ro.lesson", "ro", "Poate citiți tabelul de mărimi înainte de următoarea comandă."),
    ("ru.lesson", "ru", "В следующий раз не тяните с продлением до последнего дня."),
    ("ru.lesson", "ru", "Может, стоит заглянуть в таблицу размеров перед следующим заказом."),
    # ---- talking down: "think a little", "the basics", "a bit of patience" ------------
    ("en.talk-down", "en", "If you think about it for a second, a parcel can't fly."),
    ("en.talk-down", "en", "Some patience wouldn't go amiss."),
    ("en.talk-down", "en", "Let me explain it in the simplest terms I can."),
    ("ro.talk-down", "ro", "Dacă vă gândiți o clipă, un colet nu zboară."),
    ("ro.talk-down", "ro", "Puțină răbdare n-ar fi rău."),
    ("ro.talk-down", "ro", "Asta e abecedarul contabilității."),
    ("ru.talk-down", "ru", "Если хорошенько подумаете, посылка не может летать."),
    ("ru.talk-down", "ru", "Это же азы бухгалтерии."),
    ("ru.talk-down", "ru", "Чуть-чуть терпения не помешает."),
]

# The rules' own false alarms on polite drafts of blind19/blind20, spared at their cause;
# the rude wording each rule is for is still caught.
RUDE += [
    ("en.construction", "en", "Some people never read the instructions, do they?"),
    ("en.contempt", "en", "Honestly, your complaint is total rubbish."),
    ("ru.argumentative", "ru", "Вы не понимаете, как работает тариф."),
    ("ru.not-our-problem", "ru", "У всех работает, так что проблема у вас."),
    ("ro.argumentative", "ro", "Nu înțelegi ce scrie pe ecran."),
]

# Polite drafts sharing the rude ones' surface: the same facts, times, refusals and tips,
# said kindly. No warning at all may fire on them.
POLITE = [
    # a delay with a date, a check offered ("Banks take 3-5 working days"), not shrugged off
    (
        "en",
        "Hi Dana,\n\nThe refund left us today. Banks usually take 3–5 working days; if it "
        "has not arrived by Friday, write back and I'll chase it with them.\n\nBest,\nLuis",
    ),
    (
        "ro",
        "Bună ziua,\n\nRambursarea a plecat azi. Băncile au nevoie de obicei de 3–5 zile "
        "lucrătoare; dacă banii nu apar până vineri, scrieți-mi și verific eu cu banca.\n\n"
        "Cu stimă,\nLuiza",
    ),
    (
        "ru",
        "Здравствуйте, Дарья!\n\nВозврат отправили сегодня. Обычно банк зачисляет деньги за "
        "3–5 рабочих дней; если к пятнице их не будет, напишите мне, и я сам уточню в "
        "банке.\n\nС уважением,\nЛука",
    ),
    # sorrow for a real loss uses the catastrophe words sincerely
    ("en", "I'm so sorry, losing the photos of your wedding is a real tragedy."),
    ("ro", "Îmi pare foarte rău, pierderea pozelor de la nuntă e o adevărată tragedie."),
    ("ru", "Мне очень жаль: потерять свадебные фотографии — настоящая трагедия."),
    # data survives an update; time held for the customer
    ("en", "Your saved drafts will survive the update, so nothing is lost."),
    ("ru", "Я держу для вас время до завтрашнего полудня."),
    # no reply needed, said as a kindness
    ("en", "There's no need to reply to this email: the replacement ships today."),
    ("ro", "Nu e nevoie să răspundeți la acest e-mail: înlocuirea pleacă azi."),
    ("ru", "Отвечать на это письмо не нужно: замена уйдёт сегодня."),
    # sincere thanks for a report that helped
    ("en", "Thank you: without your screenshots we would not have found the faulty batch so fast."),
    ("ro", "Vă mulțumim: fără capturile dumneavoastră n-am fi găsit atât de repede lotul defect."),
    ("ru", "Спасибо: без ваших скриншотов мы бы не нашли бракованную партию так быстро."),
    # a tip for next time given as an offer, not a lesson
    ("en", "Next time, don't hesitate to call us: we can renew it over the phone."),
    ("en", "To avoid it next time, you can turn on automatic renewal in the app."),
    ("ro", "Data viitoare nu ezitați să ne sunați: îl putem reînnoi la telefon."),
    # the rules' false alarms spared at their cause: users as the subject of a fact, our
    # product's bad start in sympathy, our own understanding, an outage for everyone, a
    # plugin that "does not get along" with a PHP version
    ("en", "After the move some people may still see the old page for a few hours."),
    ("en", "I'm so sorry the lamp came broken, that's a rubbish experience with a new order."),
    ("ru", "Понимаю, что вы такого не ждали; замену отправим завтра."),
    ("ru", "Вчера вечером приложение не работало у всех, мы вернули всем бонусы."),
    ("ro", "Tema nu se înțelege cu versiunea nouă de WordPress; am trecut-o pe cea veche."),
    ("en", "Thank you for your patience while we fixed it."),
    ("ro", "Vă mulțumim pentru răbdare cât am reparat."),
    ("ru", "Спасибо за терпение, пока мы чинили."),
]


@pytest.mark.parametrize(("rule", "language", "text"), RUDE)
def test_rude_wording_is_flagged_by_its_mechanism(rule: str, language: str, text: str) -> None:
    assert rule in rude_rule_set(text, language)


@pytest.mark.parametrize(("language", "text"), POLITE)
def test_polite_counterpart_has_no_warning(language: str, text: str) -> None:
    assert warnings(text, language) == []
