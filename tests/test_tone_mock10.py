"""Sentence-level sarcasm, condescension and contempt (issue 8, R1, R8), one mechanism at a
time in en, ro and ru, each in wordings invented here rather than copied from the blind sets
(so the rule is for the mechanism, not for one writer's sentence), with sincere near-misses
that share the surface words and must stay quiet."""

from __future__ import annotations

import pytest

from supportdesk.tone.lint import lint

# (mechanism, language, draft): each must raise an R1 finding
RUDE: list[tuple[str, str, str]] = [
    # mock agreement: "Oh absolutely, let's just…"
    ("mock-agreement", "en", "Oh sure, let's just hand a refund to everybody who gets bored."),
    ("mock-agreement", "en", "Oh certainly, we'll just rewrite the contract for you."),
    ("mock-agreement", "en", "Why don't we just give free upgrades to anyone who asks?"),
    ("mock-agreement", "ro", "Desigur, hai să dăm bani înapoi oricui se plictisește de bilet."),
    ("mock-agreement", "ro", "Absolut, hai să le trimitem un router gratis tuturor care îl cer."),
    ("mock-agreement", "ro", "Hai să dăm pur și simplu voucher tuturor care se plâng."),
    ("mock-agreement", "ru", "Ну да, давайте всем подряд раздадим деньги обратно."),
    ("mock-agreement", "ru", "Конечно, давайте каждому, кто передумал, вернём полную сумму."),
    ("mock-agreement", "ru", "Давайте просто всех клиентов переведём на бесплатный тариф."),
    # mock surprise idioms
    ("mock-surprise", "en", "The cheap adapter melted? Color me astonished."),
    ("mock-surprise", "en", "Who could have predicted that leaving it in the rain would hurt it?"),
    ("mock-surprise", "en", "Stop the presses, a parcel arrived a day late."),
    ("mock-surprise", "ro", "Sunt uimită, cine ar fi crezut că cablul ieftin cedează."),
    ("mock-surprise", "ro", "Ce șoc, aplicația cere parola corectă."),
    ("mock-surprise", "ro", "Cine ar fi bănuit că bateria se descarcă dacă nu o încărcați."),
    ("mock-surprise", "ru", "Я в шоке, дешёвый кабель перегорел."),
    ("mock-surprise", "ru", "Кто бы мог догадаться, что без зарядки телефон сядет."),
    ("mock-surprise", "ru", "Вот это шок: пароль нужно вводить правильно."),
    # "I'm sure our policy came as a complete surprise to you"
    (
        "surprise-policy",
        "en",
        "I'm sure the booking fee, shown twice at checkout, came as a total shock.",
    ),
    ("surprise-policy", "en", "We're sure the cancellation terms were a complete surprise to you."),
    ("surprise-policy", "en", "Surely the deadline in bold came as quite a huge surprise."),
    ("surprise-policy", "ro", "Sigur termenul scris cu roșu pe bon a fost o surpriză totală."),
    ("surprise-policy", "ro", "Sunt sigur că regula de 14 zile a venit ca o mare surpriză."),
    ("surprise-policy", "ro", "Sigur taxa afișată de trei ori a fost o adevărată surpriză."),
    (
        "surprise-policy",
        "ru",
        "Уверен, срок, напечатанный в чеке, стал для вас полной неожиданностью.",
    ),
    (
        "surprise-policy",
        "ru",
        "Наверняка комиссия, указанная трижды, оказалась настоящим сюрпризом.",
    ),
    ("surprise-policy", "ru", "Уверены, правило 14 дней было для вас большим шоком."),
    # an obvious fact announced as news: "surprisingly, 37 is indeed smaller than 39"
    ("obvious-news", "en", "Amazingly, a 10-metre cable is indeed shorter than a 15-metre one."),
    ("obvious-news", "en", "Astonishingly, the small box is indeed smaller."),
    ("obvious-news", "en", "Incredibly, a king-size duvet is indeed bigger than a single."),
    ("obvious-news", "ro", "Uimitor, dar un cablu de 2 metri chiar e mai scurt decât unul de 3."),
    ("obvious-news", "ro", "Culmea, mărimea M chiar este mai mică decât L."),
    ("obvious-news", "ro", "Surprinzător, un pachet de 10 GB chiar e mai mare decât unul de 5."),
    ("obvious-news", "ru", "Поразительно, но 10 ГБ действительно больше, чем 5."),
    ("obvious-news", "ru", "Как ни странно, размер M и правда меньше L."),
    ("obvious-news", "ru", "Невероятно, но двухметровый кабель всё-таки короче трёхметрового."),
    # a warning that presumes the customer's fault
    ("presumed-fault", "en", "A new handset is on its way; try not to drop this one."),
    ("presumed-fault", "en", "Please do not lose the replacement card again."),
    ("presumed-fault", "en", "Here is a fresh key. Don't forget it this time."),
    ("presumed-fault", "ro", "Vă trimitem alt telefon, aveți grijă să nu-l scăpați și pe acesta."),
    ("presumed-fault", "ro", "Încearcă să nu pierzi cheia din nou."),
    ("presumed-fault", "ro", "Ai grijă să nu uiți parola de data asta."),
    ("presumed-fault", "ru", "Выслали карту, постарайтесь на этот раз её не потерять."),
    ("presumed-fault", "ru", "Попробуй на этот раз не разбить экран."),
    ("presumed-fault", "ru", "Смотрите, новый роутер не уроните."),
    # "as anyone … should know"
    ("anyone-knows", "en", "As anybody running a shop ought to know, chargebacks take weeks."),
    ("anyone-knows", "en", "As every driver must surely know, the bus lane is camera-enforced."),
    ("anyone-knows", "en", "As any accountant should understand, VAT is not refundable here."),
    ("anyone-knows", "ro", "Cum orice contabil ar trebui să știe, TVA-ul nu se returnează."),
    ("anyone-knows", "ro", "Cum toată lumea trebuie să știe, parcarea acolo e interzisă."),
    ("anyone-knows", "ro", "Cum fiecare șofer ar trebui să cunoască, banda e pentru autobuze."),
    ("anyone-knows", "ru", "Как любой бухгалтер должен знать, НДС тут не возвращается."),
    ("anyone-knows", "ru", "Как каждый водитель должен бы понимать, там парковка запрещена."),
    ("anyone-knows", "ru", "Как всякий продавец должен помнить, чек нужно хранить."),
    # "explaining once more, as simply as possible"
    ("as-simply", "en", "Let me explain again, slowly: the green button sends it."),
    ("as-simply", "en", "Here it is as simply as I can put it: click Save."),
    ("as-simply", "en", "I'll put it in words of one syllable: it is not free."),
    ("as-simply", "ro", "Vă explic iar, încet: butonul verde trimite cererea."),
    ("as-simply", "ro", "O spun cât se poate de simplu: apăsați Salvează."),
    ("as-simply", "ro", "Explic încă o dată, cât mai simplu cu putință: nu e gratuit."),
    ("as-simply", "ru", "Объясняю снова и медленно: зелёная кнопка отправляет заявку."),
    ("as-simply", "ru", "Скажу как можно проще: нажмите «Сохранить»."),
    ("as-simply", "ru", "Повторю по слогам: это не бесплатно."),
    # unsolicited advice on the customer's behaviour
    ("advice", "en", "Perhaps you should be a bit more careful with your PIN."),
    ("advice", "en", "Look where you are going in the car park."),
    ("advice", "en", "Next time you need to pay more attention to the departure board."),
    ("advice", "ro", "Ar fi bine să fiți mai atent la datele de pe bilet."),
    ("advice", "ro", "Poate trebuie să aveți mai multă grijă cu cardul."),
    ("advice", "ro", "Un sfat: uitați-vă unde parcați."),
    ("advice", "ru", "Может, стоит быть повнимательнее с пин-кодом."),
    ("advice", "ru", "Совет: надо внимательнее следить за датами."),
    ("advice", "ru", "Вам нужно аккуратнее обращаться с телефоном."),
    # contempt nouns and adjectives
    ("contempt", "en", "Using a cheat and then complaining? A sad sight."),
    ("contempt", "en", "That excuse is laughable."),
    ("contempt", "en", "Frankly, your attempt was pitiful."),
    ("contempt", "ro", "Să trișezi și apoi să te plângi e de plâns."),
    ("contempt", "ro", "Ce spectacol trist, trei conturi furate."),
    ("contempt", "ro", "Scuza asta e jalnică."),
    ("contempt", "ru", "Жалкие оправдания, бан остаётся."),
    ("contempt", "ru", "Читерство — позорище, аккаунт закрыт."),
    ("contempt", "ru", "Какое убожество, три фейковых аккаунта."),
    # confusion put down to the customer's inexperience
    ("inexperience", "en", "Interest can look odd if you haven't dealt with it much."),
    ("inexperience", "en", "It is tricky for someone without much experience."),
    ("inexperience", "en", "I'll keep it short, since you're not very technical."),
    ("inexperience", "ro", "Dobânda pare ciudată dacă nu ați lucrat prea mult cu ea."),
    ("inexperience", "ro", "E greu de urmărit pentru cineva fără experiență."),
    ("inexperience", "ro", "Explic pe scurt, pentru un începător ca dumneavoastră."),
    ("inexperience", "ru", "Проценты кажутся странными, если вы с этим мало сталкивались."),
    ("inexperience", "ru", "Для человека без опыта это действительно сложно."),
    ("inexperience", "ru", "Объясню коротко, если вы не очень разбираетесь."),
    # mock thanks: "we'd never have noticed, with only 400 others saying so"
    (
        "mock-thanks",
        "en",
        "Thanks for flagging the outage; we'd hardly have noticed, with just 300 calls about it.",
    ),
    ("mock-thanks", "en", "We never would have noticed the bug with only a dozen reports a day."),
    ("mock-thanks", "en", "Good thing you noticed, there were only 2,000 tweets about it."),
    ("mock-thanks", "ro", "Mersi, nu observam singuri, doar aveam vreo trei sute de apeluri."),
    ("mock-thanks", "ro", "Bine că ați observat, erau numai 500 de sesizări identice."),
    ("mock-thanks", "ro", "Noroc cu tine, nu observam problema cu doar câteva mii de reclamații."),
    ("mock-thanks", "ru", "Спасибо, сами бы не заметили — всего-то триста жалоб."),
    ("mock-thanks", "ru", "Хорошо, что вы заметили, а то было всего лишь 500 обращений."),
    ("mock-thanks", "ru", "Без вас не заметили бы, каких-то две тысячи отзывов."),
]

# sincere near-misses sharing the surface words: no R1 finding
POLITE: list[tuple[str, str, str]] = [
    ("mock-agreement", "en", "Absolutely, I've refunded it this morning."),
    ("mock-agreement", "en", "Let's just check one setting together before we replace it."),
    ("mock-agreement", "ro", "Absolut, am făcut deja rambursarea."),
    ("mock-agreement", "ro", "Hai să verificăm împreună setările contului."),
    ("mock-agreement", "ru", "Конечно, давайте перенесём доставку на пятницу."),
    ("mock-agreement", "ru", "Давайте я проверю ваш заказ и вернусь с ответом."),
    ("mock-agreement", "ru", "Конечно, давайте всем вашим сотрудникам выдадим доступ."),
    ("mock-agreement", "en", "Oh sure, no problem, I have resent the link."),
    ("mock-agreement", "en", "Let's just make sure everyone on your team has access."),
    ("mock-agreement", "ro", "Da, hai să le trimitem tuturor colegilor invitația."),
    ("mock-surprise", "en", "I was surprised too, and I've asked the courier why."),
    ("mock-surprise", "en", "The storm was hard to foresee, so the fee is waived."),
    (
        "mock-surprise",
        "ro",
        "Și eu am fost surprinsă de întârziere și am cerut explicații curierului.",
    ),
    ("mock-surprise", "ro", "Nimeni nu putea prevedea furtuna, așa că taxa se anulează."),
    ("mock-surprise", "ru", "Для нас это тоже было неожиданно, мы уже разбираемся."),
    ("mock-surprise", "ru", "Бурю было трудно предвидеть, поэтому комиссию отменяем."),
    ("surprise-policy", "en", "I understand the fee came as a surprise, and I'm sorry."),
    ("surprise-policy", "en", "I'm sure you'll like the new plan; it came out yesterday."),
    ("surprise-policy", "ro", "Înțeleg că taxa a fost o surpriză și îmi pare rău."),
    ("surprise-policy", "ro", "Sigur vă va plăcea noul abonament."),
    ("surprise-policy", "ru", "Понимаю, что списание стало неожиданностью, простите."),
    ("surprise-policy", "ru", "Уверена, новый тариф вам подойдёт."),
    ("obvious-news", "en", "Surprisingly, the cheaper plan is faster for you."),
    ("obvious-news", "en", "Interestingly, the annual plan is indeed cheaper over two years."),
    ("obvious-news", "ro", "Surprinzător, planul mai ieftin este mai rapid pentru dumneavoastră."),
    ("obvious-news", "ro", "Din fericire, abonamentul anual chiar e mai avantajos."),
    ("obvious-news", "ru", "Удивительно, но более дешёвый тариф для вас быстрее."),
    ("obvious-news", "ru", "К счастью, годовой тариф действительно выгоднее."),
    ("presumed-fault", "en", "Try not to unplug the router while it updates."),
    ("presumed-fault", "en", "Please don't worry, the new one is already insured."),
    ("presumed-fault", "ro", "Încercați să nu scoateți routerul din priză în timpul actualizării."),
    ("presumed-fault", "ro", "Nu vă faceți griji, noul telefon este asigurat."),
    ("presumed-fault", "ru", "Постарайтесь не выключать роутер во время обновления."),
    ("presumed-fault", "ru", "Не волнуйтесь, новая карта уже застрахована."),
    ("presumed-fault", "ru", "Постарайтесь не забыть взять паспорт."),
    ("presumed-fault", "en", "Don't forget to bring it again on Monday."),
    ("advice", "ru", "Возможно, стоит аккуратнее сложить кабель, чтобы он не перегибался."),
    ("anyone-knows", "en", "As you may know, the office is closed on Monday."),
    ("anyone-knows", "en", "As many of our customers know, the app shows the tracking link."),
    ("anyone-knows", "ro", "După cum probabil știți, biroul e închis luni."),
    ("anyone-knows", "ro", "Cum mulți clienți știu deja, aplicația arată linkul de urmărire."),
    ("anyone-knows", "ru", "Как вы, возможно, знаете, в понедельник офис закрыт."),
    ("anyone-knows", "ru", "Как многие клиенты уже знают, ссылка на трекинг есть в приложении."),
    ("as-simply", "en", "I'll explain the steps below."),
    ("as-simply", "en", "To keep it simple, I've attached one form instead of three."),
    ("as-simply", "ro", "Vă explic pașii mai jos."),
    ("as-simply", "ro", "Ca să fie mai simplu, am atașat un singur formular."),
    ("as-simply", "ru", "Ниже объясняю шаги."),
    ("as-simply", "ru", "Чтобы было проще, прикладываю одну форму вместо трёх."),
    ("advice", "en", "A tip for next time: the app can save your card."),
    ("advice", "en", "We will be more careful with the packaging."),
    ("advice", "ro", "Un sfat pentru data viitoare: aplicația vă poate salva cardul."),
    ("advice", "ro", "Vom avea mai multă grijă la ambalare."),
    ("advice", "ru", "Совет на будущее: в приложении можно сохранить карту."),
    ("advice", "ru", "Мы будем аккуратнее с упаковкой."),
    ("contempt", "en", "It's a pity the parcel was late, and I'm sorry."),
    ("contempt", "en", "What a lovely photo of the cake!"),
    ("contempt", "ro", "Păcat că livrarea a întârziat, îmi pare rău."),
    ("contempt", "ro", "Ce poză frumoasă cu tortul!"),
    ("contempt", "ru", "Жалко, что так вышло, простите."),
    ("contempt", "ru", "Очень жаль, что посылка задержалась."),
    ("inexperience", "en", "If you haven't used the app before, this guide walks through it."),
    ("inexperience", "en", "Our experienced team has checked the rounding."),
    ("inexperience", "ro", "Dacă nu ați folosit aplicația până acum, ghidul vă arată pașii."),
    ("inexperience", "ro", "Echipa noastră cu experiență a verificat rotunjirea."),
    ("inexperience", "ru", "Если вы ещё не пользовались приложением, вот короткая инструкция."),
    ("inexperience", "ru", "Наша опытная команда проверила округление."),
    ("mock-surprise", "ro", "Sunt surprinsă că nu ați primit coletul, verific imediat."),
    ("mock-surprise", "ru", "Я в шоке от того, как курьер обошёлся с посылкой, простите нас."),
    ("mock-surprise", "en", "We would never have noticed the typo without you, thank you!"),
    ("obvious-news", "ru", "Как ни странно, 5G действительно работает медленнее, чем 4G."),
    ("obvious-news", "en", "Incredibly, the fix is indeed live already!"),
    ("advice", "en", "For your own good, please enable two-factor authentication."),
    ("advice", "ru", "В ваших же интересах включить двухфакторную защиту."),
    ("mock-thanks", "en", "Thank you, we would never have noticed the typo without you."),
    ("mock-thanks", "en", "We noticed the fault and fixed it in just 2 hours."),
    ("mock-thanks", "ro", "Mulțumim, nu am fi observat singuri greșeala."),
    ("mock-thanks", "ro", "Am observat defectul și l-am reparat în doar 2 ore."),
    ("mock-thanks", "ru", "Мы заметили сбой утром и исправили его всего за 2 часа."),
    ("mock-thanks", "ru", "Мы заметили задержку сегодня утром и уже исправили заказы."),
]


def _r1(text: str, language: str) -> list[str]:
    """R1 findings on the sentence itself: "courtesy.none" judges a whole draft's greeting
    and thanks, which a one-sentence example never has."""
    found = lint(text, language=language).findings
    return [f.rule for f in found if f.serves == "R1" and f.rule != "courtesy.none"]


@pytest.mark.parametrize(("mechanism", "language", "text"), RUDE)
def test_mechanism_is_flagged(mechanism: str, language: str, text: str) -> None:
    assert _r1(text, language), f"{mechanism}: {text}"


@pytest.mark.parametrize(("mechanism", "language", "text"), POLITE)
def test_sincere_near_miss_stays_quiet(mechanism: str, language: str, text: str) -> None:
    assert _r1(text, language) == [], f"{mechanism}: {text}"


def test_every_mechanism_has_three_wordings_and_two_near_misses_per_language() -> None:
    for mechanism in {m for m, _, _ in RUDE}:
        for language in ("en", "ro", "ru"):
            assert sum(m == mechanism and lang == language for m, lang, _ in RUDE) >= 3
            assert sum(m == mechanism and lang == language for m, lang, _ in POLITE) >= 2
