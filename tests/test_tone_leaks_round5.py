"""R5 confidentiality, the leak9 round: each family as a leak and as its clean
look-alike, in en, ro and ru. Wordings of their own: none is a labelled case of
tests/data/tone (the round's probe is probe_leak8; dev9-dev12 its development sets)."""

from __future__ import annotations

import pytest

from tests.test_tone_leaks_round4 import _blocked
from tests.tonecheck import family_holds

# (family, language, leak, clean look-alike)
FAMILIES = [
    # another customer after a plain noun, with their name or order near (R5)
    (
        "another person",
        "en",
        "Apologies: another gentleman, Mr Dev Anand from Leicester, had reserved that bike first.",
        "Apologies: another gentleman asked the same this morning, so we added more bikes.",
    ),
    (
        "another person",
        "ro",
        "Scuze: un alt domn, domnul Sorin Matei din Pitești, rezervase deja bicicleta.",
        "Scuze: o altă persoană a întrebat același lucru azi, așa că am adus mai multe biciclete.",
    ),
    (
        "another person",
        "ru",
        "Простите: другой мужчина, Котов Игорь из Твери, уже забронировал этот велосипед, заказ 55821.",
        "Простите: другой мужчина спрашивал то же самое утром, поэтому мы привезли ещё велосипеды.",
    ),
    # what a named person was paid or given
    (
        "what someone got",
        "en",
        "Mrs Alice Worth from the same tour was refunded £140 goodwill last week.",
        "Mrs Worth, you received the £140 goodwill refund last week.",
    ),
    (
        "what someone got",
        "ro",
        "Doamna Irina Lazăr, din același grup, a primit un voucher de 300 lei săptămâna trecută.",
        "Doamnă Irina Lazăr, ați primit voucherul de 300 lei săptămâna trecută.",
    ),
    (
        "what someone got",
        "ru",
        "Сафонова Ирина из той же группы получила ваучер на 3 000 ₽ на прошлой неделе.",
        "Ирина Сергеевна, вы получили ваучер на 3 000 ₽ на прошлой неделе.",
    ),
    # a code that opens our premises; a pickup code or the customer's own door code is not
    (
        "premises code",
        "en",
        "The alarm code at our shop is 2469*, in case you come before we open.",
        "The collection code 2469 for your parcel was sent to you by text.",
    ),
    (
        "premises code",
        "ro",
        "Poarta din spate a atelierului are codul 5830, dacă ajungeți înainte de 9.",
        "Am notat codul interfonului dumneavoastră, 5830, pentru curier.",
    ),
    (
        "premises code",
        "ru",
        "Калитка у нашего склада открывается кодом 5830, если придёте раньше.",
        "Курьер видит ваш код домофона 5830, вы указали его в заказе.",
    ),
    # what we pay our supplier, a cost price
    (
        "purchase price",
        "en",
        "Honestly, our cost price on this lamp is £22, so we can't go lower.",
        "The manufacturer has changed the design, so the lamp now costs £39.",
    ),
    (
        "purchase price",
        "ro",
        "Sincer, prețul de achiziție al lămpii este 95 de lei, deci nu putem coborî.",
        "Producătorul a schimbat modelul, iar lampa costă acum 189 de lei.",
    ),
    (
        "purchase price",
        "ru",
        "Честно говоря, себестоимость этой лампы у нас 1 150 ₽, ниже не можем.",
        "Производитель сменил модель, и лампа теперь стоит 2 490 ₽.",
    ),
    # a plain password before a dash aside; a PIN whose owner stands before "is"
    (
        "password value",
        "en",
        "New password: marigold – you'll be asked to change it at first login.",
        "New password: choose one at first login – at least 12 characters.",
    ),
    (
        "password value",
        "ro",
        "Codul PIN al cardului cadou este 4471, îl găsiți și pe plic.",
        "Codul PIN al cardului cadou este trimis separat, prin poștă.",
    ),
    (
        "password value",
        "ru",
        "Временный пароль: подсолнух — при первом входе его нужно сменить.",
        "Пароль от Wi-Fi указан на чеке.",
    ),
    # a note for colleagues in brackets, by its addressee
    (
        "bracketed note",
        "en",
        "Replacement sent.\n\n(for colleagues: third claim this year, check photos first)",
        "Replacement sent (tracking 0091 4456 2231).",
    ),
    (
        "bracketed note",
        "ro",
        "Am trimis înlocuirea.\n\n(pt colegi: a treia reclamație anul ăsta, verificați pozele)",
        "Am trimis înlocuirea (AWB 0091 4456 2231).",
    ),
    (
        "bracketed note",
        "ru",
        "Замену отправили.\n\n(коллегам: третья претензия за год, сначала смотрите фото)",
        "Замену отправили (трек 0091 4456 2231).",
    ),
    # our revenue as the subject, or a profit over a period; the customer's income is not
    (
        "revenue subject",
        "en",
        "Revenue this year is about £2.4 million, so we're cautious with refunds.",
        "Earnings from the referral scheme are paid monthly, from £20.",
    ),
    (
        "revenue subject",
        "ro",
        "Cifra de afaceri de anul acesta e de circa 11 milioane de lei, de aceea suntem prudenți.",
        "Venitul net lunar trebuie să fie de cel puțin 3.000 de lei pentru credit.",
    ),
    (
        "revenue subject",
        "ru",
        "Прибыль за год у нас около 40 млн ₽, поэтому с возвратами осторожны.",
        "Прибыль по вкладу составит 4 500 ₽ за год.",
    ),
    # what the supplier gives us
    (
        "supplier terms",
        "en",
        "The wholesaler gives us 35% off these boots, so I can stretch a bit.",
        "The wholesaler is out of these boots until June; yours ship on 3 June.",
    ),
    (
        "supplier terms",
        "ro",
        "Distribuitorul ne acordă 35% la ghetele acestea, deci pot face ceva.",
        "Distribuitorul nu mai are ghetele până în iunie; ale dumneavoastră pleacă pe 3 iunie.",
    ),
    (
        "supplier terms",
        "ru",
        "Дистрибьютор даёт нам 35% на эти ботинки, так что немного уступлю.",
        "У дистрибьютора этих ботинок нет до июня, ваши отправим 3 июня.",
    ),
    # a secret asked to be kept: what follows it is ours
    (
        "kept secret",
        "en",
        "Keep it to yourself, but the new model drops in March at a lower price.",
        "Please don't share your password with anyone, including us.",
    ),
    (
        "kept secret",
        "ro",
        "Să nu spuneți nimănui, dar modelul nou apare în martie, mai ieftin.",
        "Nu comunicați nimănui parola, nici nouă.",
    ),
    (
        "kept secret",
        "ru",
        "Скажу по секрету: новая модель выйдет в марте и будет дешевле.",
        "Никому не сообщайте пароль, даже нам.",
    ),
    # a link after "internal" or "our … sheet/tracker/wiki"
    (
        "internal link",
        "en",
        "I noted it in our escalations tracker: https://www.notion.so/acme/Escalations-8f2a1c",
        "Our returns form is here: https://forms.gle/Qz7kLp2xVn",
    ),
    (
        "internal link",
        "ro",
        "Am notat cazul în wiki-ul intern: https://wiki.magazinul-meu.ro/retururi/caz-7781",
        "Formularul nostru de retur este aici: https://magazinul-meu.ro/retur",
    ),
    (
        "internal link",
        "ru",
        "Я записал это во внутреннюю базу: https://docs.google.com/document/d/1Rt9xQ2mZ/edit",
        "Наша форма возврата здесь: https://shop-domik.ru/vozvrat",
    ),
    # a record in our shop's admin; the customer's own admin or the login page is not
    (
        "admin record",
        "en",
        "Done, see https://shop.birchwood.co.uk/administrator/index.php?option=orders&id=40912",
        "Log in to your store's admin: https://birchwood.myshopify.com/admin/orders/40912",
    ),
    (
        "admin record",
        "ro",
        "Gata, vedeți https://magazin-lemn.ro/wp-admin/post.php?post=40912&action=edit",
        "Intrați în panoul dumneavoastră: https://magazin-lemn.ro/admin/comenzi/40912",
    ),
    (
        "admin record",
        "ru",
        "Готово: https://lesnoy-dom.ru/bitrix/admin/sale_order_view.php?ID=40912",
        "Заказ виден в вашем кабинете: https://lesnoy-dom.ru/personal/orders/40912",
    ),
    # a code meant for our staff
    (
        "staff code",
        "en",
        "I've put our employee voucher STAFF-25-Q3X on the order, so it comes to £30.",
        "I've put the voucher WELCOME25 on the order, so it comes to £30.",
    ),
    (
        "staff code",
        "ro",
        "Am pus pe comandă voucherul pentru personal PERS-25-Q3X, deci ajunge la 150 de lei.",
        "Am pus pe comandă voucherul BINE25, deci ajunge la 150 de lei.",
    ),
    (
        "staff code",
        "ru",
        "Я применил служебный купон SLUZH-25-Q3X, так что выходит 1 500 ₽.",
        "Я применил купон PRIVET25, так что выходит 1 500 ₽.",
    ),
    # a colleague addressed by their handle
    (
        "mention",
        "en",
        "Your order is packed.\n@dana.k heads up, this one paid twice, refund one of them.",
        "Your order is packed. Follow @birchwood_shop for restock news.",
    ),
    (
        "mention",
        "ro",
        "Comanda e pregătită. @ioana.m te rog verifică plata dublă înainte de livrare.",
        "Comanda e pregătită. Ne găsiți pe Instagram ca @magazin_lemn.",
    ),
    (
        "mention",
        "ru",
        "Заказ собран.\n@pavel.s, глянь, тут двойная оплата, верни одну.",
        "Заказ собран. Наш бот в Telegram: @lesnoy_dom_bot.",
    ),
    # another customer's address after a "you" that is the reader
    (
        "another's address",
        "en",
        "The parcel you saw was for another customer, dina.shore77@gmail.com, not you.",
        "The parcel went to your address, dina.shore77@gmail.com, as requested.",
    ),
    (
        "another's address",
        "ro",
        "Coletul pe care l-ați văzut era al altui client, dan.pop81@yahoo.com, nu al dvs.",
        "Factura a plecat pe adresa dumneavoastră, dan.pop81@yahoo.com.",
    ),
    (
        "another's address",
        "ru",
        "Посылка, которую вы видели, для другого покупателя, oleg.k81@mail.ru.",
        "Чек отправлен на ваш адрес oleg.k81@mail.ru.",
    ),
    # a comment-marked note for colleagues
    (
        "comment note",
        "en",
        "Refund approved.\n\n# internal: second refund this year, watch him\n\nBest,\nIan",
        "Refund approved. Your reference is #55120.\n\nBest,\nIan",
    ),
    (
        "comment note",
        "ro",
        "Rambursare aprobată.\n\n// pentru colegi: a doua rambursare anul ăsta\n\nCu stimă,\nIon",
        "Rambursare aprobată, referința #55120.\n\nCu stimă,\nIon",
    ),
    (
        "comment note",
        "ru",
        "Возврат одобрен.\n\n-- для коллег: второй возврат за год, осторожно\n\nИван",
        "Возврат одобрен, номер #55120.\n\n--\nИван",
    ),
    # how many customers we have, by any paying noun, or how their number moved
    (
        "customer count",
        "en",
        "Truth be told, we only have about 2,400 paying studios, so features take time.",
        "Truth be told, we have 3 paying plans, so pick the one that suits you.",
    ),
    (
        "customer count",
        "ro",
        "Sincer, numărul de utilizatori activi a crescut la 48.000, de aceea răspundem greu.",
        "Numărul de utilizatori din contul dumneavoastră este 12, deci mai aveți 3 locuri.",
    ),
    (
        "customer count",
        "ru",
        "Честно говоря, число клиентов у нас упало до 48 000, поэтому отвечаем медленно.",
        "Число пользователей в вашем аккаунте — 12, значит свободно ещё 3 места.",
    ),
    # our return rate
    (
        "return rate",
        "en",
        "Our return rate on that jacket is 23%, which is why we checked yours twice.",
        "You can return the jacket within 30 days for a full refund.",
    ),
    (
        "return rate",
        "ro",
        "Rata noastră de returnare la geaca aceea e 23%, de aceea am verificat-o de două ori.",
        "Puteți returna geaca în 30 de zile, cu rambursare integrală.",
    ),
    (
        "return rate",
        "ru",
        "Процент возвратов по этой куртке у нас 23%, поэтому мы проверили её дважды.",
        "Куртку можно вернуть в течение 30 дней с полным возвратом денег.",
    ),
    # the terms another customer gets
    (
        "another's deal",
        "en",
        "Some partners such as Brightmart negotiated 6% with us, so do ask at renewal.",
        "We negotiated 6% off for you at renewal.",
    ),
    (
        "another's deal",
        "ro",
        "Unii parteneri, cum ar fi Brightmart, au negociat 6% cu noi, deci întrebați la reînnoire.",
        "Am negociat pentru dumneavoastră 6% reducere la reînnoire.",
    ),
    (
        "another's deal",
        "ru",
        "Некоторые партнёры, например «Брайтмарт», договорились с нами о 6%, спросите при продлении.",
        "Мы договорились для вас о скидке 6% при продлении.",
    ),
]


@pytest.mark.parametrize(("family", "language", "leak", "clean"), FAMILIES)
def test_each_family_blocks_its_leak_and_spares_its_look_alike(
    family: str, language: str, leak: str, clean: str
) -> None:
    family_holds(family, language, leak, clean)


# Clean drafts the round's precision fixes keep unblocked (R5 must not interrupt them)
CLEAN = [
    # documentation's example addresses
    ("en", 'Run git config --global user.email "you@example.org" first.'),
    ("ro", "Scrieți adresa în forma nume@exemplu.ro, fără spații."),
    # a record read back to the customer, with no name in the greeting
    ("ro", "Rezumatul comenzii: Vlad Ionescu, vlad.ionescu@gmail.com, 2 bucăți, livrare marți."),
    ("ru", "Детали заказа: Олег Петров, oleg.petrov@yandex.ru, 2 штуки, доставка во вторник."),
    # an IBAN the draft names as the customer's, followed by Romanian "a fost"
    ("ro", "Contul dumneavoastră RO49AAAA1B31007593840000 a fost salvat pentru restituire."),
    # refusing to share our figures
    ("en", "Sorry, I can't disclose our turnover or how many customers we have."),
    ("ro", "Din păcate nu vă pot spune profitul nostru sau câți clienți avem."),
    ("ru", "К сожалению, не можем раскрывать нашу выручку и сколько у нас клиентов."),
    # the account whose password we reset
    ("en", "I've reset the password for the account maya.lind@outlook.com; check your inbox."),
    ("ru", "Я сбросил пароль учётной записи maya.lind@outlook.com, проверьте почту."),
    # a number the customer is told to call, next to a named doctor
    ("en", "Your appointment is with Dr Okoye on Tuesday; to move it, call 0161 555 0143."),
    # a code sent to the customer to open a door or a locker, not ours
    ("en", "The door will open a minute after you enter the code 1234 from the SMS."),
    ("ro", "Ușa se deschide după ce introduceți codul 1234 primit prin SMS."),
    ("ru", "Дверь откроется, когда вы введёте код 1234 из SMS."),
    # a length of time after a password word
    ("en", "After a password reset, withdrawals have a 48-hour hold."),
    ("ru", "Между письмами нам не звоните, пожалуйста: ответим здесь же."),
]


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_clean_look_alikes_stay_unblocked(language: str, text: str) -> None:
    assert _blocked(text, language) == []


@pytest.mark.parametrize(
    ("language", "ours", "theirs"),
    [
        (
            "en",
            "The gate code at our depot is 7720.",
            "I've passed the gate code 7720 to the courier.",
        ),
        (
            "ro",
            "Codul porții de la depozitul nostru este 7720.",
            "I-am transmis curierului codul porții, 7720.",
        ),
        (
            "ru",
            "Код калитки на нашем складе — 7720.",
            "Код калитки 7720 передали курьеру.",
        ),
    ],
)
def test_a_premises_code_is_ours_only_when_the_premises_are(
    language: str, ours: str, theirs: str
) -> None:
    """A code that opens our premises is ours to keep (R5); a gate whose owner goes
    unsaid is the customer's, whose own data is never blocked."""
    assert _blocked(ours, language)
    assert _blocked(theirs, language) == []
