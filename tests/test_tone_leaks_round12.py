"""R5 confidentiality, round 12 (the leak11 round: probe_leak9 misses, generalised by
mechanism; tone/exposures.py and small additions to secrets.py and persons.py). Each
family in en, ro and ru with wordings of its own (none is a labelled case of
tests/data/tone), and clean near-misses that must stay unblocked (R5 blocks only what
leaks: every false block interrupts an agent)."""

from __future__ import annotations

import pytest

from supportdesk.tone import context_from, lint


def _r5(text: str, language: str, context: dict[str, str] | None = None) -> list[str]:
    report = lint(text, context_from(context) if context else None, language=language)
    return [
        text[f.start : f.end] for f in report.findings if f.serves == "R5" and f.severity == "block"
    ]


# (family, language, text): each must be blocked
LEAKS = [
    # (1) a password on a command line
    (
        "cli",
        "en",
        "Hi Joe,\n\nRun this on the box first:\nmysql -h db1 -u reporting -pR3p0rt!ng2026 sales\nthen re-run the export.\n\nBest,\nKai",
    ),
    (
        "cli",
        "en",
        "Hello,\n\nTo pull the build use: docker login ghcr.io --username acme-bot --password Gh-Bot#7781 and then docker pull.\n\nThanks",
    ),
    (
        "cli",
        "en",
        "Hi,\n\nUse sshpass -p 'Upl0ad+Files' sftp uploads@files.acme.io to push the CSV.\n\nCheers",
    ),
    (
        "cli",
        "ro",
        "Bună,\n\nRulați întâi:\ndocker login cr.firma.ro -u robot -p R0bot!Cr2026\napoi reporniți serviciul.\n\nCu drag",
    ),
    (
        "cli",
        "ro",
        "Salut,\n\nConectează-te cu: mysql -u raport --password=Rap0rt#Vanzari baza_vanzari și rulează scriptul.\n\nMersi",
    ),
    (
        "cli",
        "ro",
        "Bună ziua,\n\nFolosiți comanda: echo 'Imag1ni!Reg' | docker login registry.imagini.ro -u deploy --password-stdin\n\nO zi bună",
    ),
    (
        "cli",
        "ru",
        "Добрый день!\n\nСначала выполните:\ndocker login reg.sklad.ru -u builder -p Bu1ld3r#Sklad\nпотом перезапустите агент.\n\nСпасибо",
    ),
    (
        "cli",
        "ru",
        "Привет!\n\nПодключись так: psql -U report --password Otch3t!2026 -h 10.20.0.5 и выгрузи таблицу.\n\nПока",
    ),
    (
        "cli",
        "ru",
        'Здравствуйте!\n\nВыполните: echo "K0ntur#Reg9" | docker login cr.kontur.ru -u ci --password-stdin\n\nС уважением',
    ),
    # (2) backup codes listed
    (
        "codes",
        "en",
        "Hi Rob,\n\nThe shared supplier login is on Dana's phone, so use one of its recovery codes: 5521-0987, 3310-4456 or 8824-1093.\n\nThanks",
    ),
    (
        "codes",
        "en",
        "Hello,\n\nBackup codes for the team account (use each once): 74201836 59302714 11873920\n\nBest",
    ),
    (
        "codes",
        "en",
        "Hi,\n\nHere are the emergency codes for our courier portal: k2m9-x7p4, q8r3-t6w1.\n\nCheers",
    ),
    (
        "codes",
        "ro",
        "Bună,\n\nTelefonul șefei e închis, așa că intrați cu codurile de rezervă: 6640-2291, 7718-0345.\n\nMersi",
    ),
    (
        "codes",
        "ro",
        "Bună ziua,\n\nCodurile de recuperare ale contului comun sunt 40918273 și 55620184; folosiți unul singur.\n\nO zi bună",
    ),
    (
        "codes",
        "ro",
        "Salut,\n\nÎți las codurile noastre de backup pentru portal: 9ab3-77cd, 1f2e-88aa, 5c6d-3344.\n\nSpor",
    ),
    (
        "codes",
        "ru",
        "Добрый день!\n\nТелефон администратора у него, поэтому войдите по резервным кодам: 2290-5518, 7731-0642.\n\nСпасибо",
    ),
    (
        "codes",
        "ru",
        "Привет!\n\nКоды восстановления общего аккаунта: 83920174, 10293847, 56473829.\n\nПока",
    ),
    (
        "codes",
        "ru",
        "Здравствуйте!\n\nВот резервные коды нашего кабинета поставщика: 4d7f-91ac, 2b8e-60f3.\n\nС уважением",
    ),
    # (3) a one-time code or PIN of ours after a colon or a dash
    (
        "otp",
        "en",
        "Hi Lou,\n\nThe sign-in code for the shop's admin account just came to my phone: 904 381. Use it within five minutes.\n\nBest",
    ),
    (
        "otp",
        "en",
        "Hello,\n\nThe alarm PIN for our stockroom, if it beeps when you come in early — 5817.\n\nThanks",
    ),
    ("otp", "en", "Hi,\n\nOTP for the merchant dashboard, valid ten minutes: 662019\n\nCheers"),
    (
        "otp",
        "ro",
        "Bună,\n\nCodul de verificare pentru contul de administrator al magazinului, primit acum pe telefonul meu: 730 215.\n\nMersi",
    ),
    (
        "otp",
        "ro",
        "Bună ziua,\n\nPIN-ul alarmei de la depozit, dacă sună la intrare — 4092.\n\nO zi bună",
    ),
    ("otp", "ro", "Salut,\n\nCodul de acces la panoul nostru, valabil 10 minute: 551 902\n\nSpor"),
    (
        "otp",
        "ru",
        "Добрый день!\n\nКод подтверждения для входа в админку магазина, только что пришёл мне: 417 906.\n\nСпасибо",
    ),
    (
        "otp",
        "ru",
        "Здравствуйте!\n\nПИН сигнализации на складе, если запищит при входе, — 6273.\n\nС уважением",
    ),
    (
        "otp",
        "ru",
        "Привет!\n\nОдноразовый код для нашего кабинета, действует 10 минут: 880412\n\nПока",
    ),
    # (4) rows pasted from an export
    (
        "rows",
        "en",
        "Hi Ann,\n\nThe late parcels from Monday's export:\n\nTracking;Customer;Postcode\nRM4410;Laura Finch;LS6 2AB\nRM4411;Derek Holt;LS7 1QQ\n\nYours is RM4412.\n\nBest",
    ),
    (
        "rows",
        "en",
        "Hello,\n\nSeat | Passenger | Ticket\n12A | Omar Haddad | 55102\n12B | Julia Rossi | 55103\n\nSorry for the mix-up.",
    ),
    (
        "rows",
        "en",
        "Hi,\n\nWaiting list as it stands:\n1\tGeorge Banks\t07700 900111\n2\tHelen Shaw\t07700 900222\n\nThanks",
    ),
    (
        "rows",
        "ro",
        "Bună,\n\nDin exportul de ieri:\n\nAWB | Client | Localitate\n4410 | Ioana Mihăilă | Cluj\n4411 | Sorin Dobre | Turda\n\nAl dvs. e 4412.\n\nMersi",
    ),
    (
        "rows",
        "ro",
        "Bună ziua,\n\nLoc;Pasager;Bilet\n3A;Cristina Vlad;8812\n3B;Marius Enache;8813\n\nNe cerem scuze.",
    ),
    (
        "rows",
        "ro",
        "Salut,\n\nLista de așteptare:\n1\tDaniela Preda\t0722 111 222\n2\tFlorin Iancu\t0733 444 555\n\nSpor",
    ),
    (
        "rows",
        "ru",
        "Добрый день!\n\nИз вчерашней выгрузки:\n\nТрек | Клиент | Город\n4410 | Ольга Мельникова | Тверь\n4411 | Денис Фомин | Клин\n\nВаш 4412.\n\nСпасибо",
    ),
    (
        "rows",
        "ru",
        "Здравствуйте!\n\nМесто;Пассажир;Билет\n3А;Светлана Жукова;8812\n3Б;Тимур Алиев;8813\n\nПриносим извинения.",
    ),
    (
        "rows",
        "ru",
        "Привет!\n\nЛист ожидания:\n1\tМаксим Орлов\t+7 901 111-22-33\n2\tНина Белова\t+7 902 444-55-66\n\nПока",
    ),
    # (5) a colleague's private comment quoted
    (
        "comment",
        "en",
        "Hi Ray,\n\nI checked the history. Our team lead's internal note on your account says \"do not extend credit again, late payer\", so I can't change the terms.\n\nRegards",
    ),
    (
        "comment",
        "en",
        "Hello,\n\nThe private note on this ticket reads: 'probably a chargeback attempt, keep it short'. I'd rather we just sort it out.\n\nBest",
    ),
    (
        "comment",
        "en",
        'Hi,\n\nAccording to the hidden comment from billing — "customer threatened to sue in 2024" — this needs a manager.\n\nThanks',
    ),
    (
        "comment",
        "ro",
        "Bună ziua,\n\nÎn nota internă de pe contul dvs. scrie „nu mai acordați amânări, plătește mereu târziu”, deci nu pot schimba termenul.\n\nCu stimă",
    ),
    (
        "comment",
        "ro",
        "Bună,\n\nComentariul privat al colegului de la facturare: „probabil încearcă un chargeback, răspundeți scurt”. Eu aș rezolva direct.\n\nMersi",
    ),
    (
        "comment",
        "ro",
        "Salut,\n\nConform comentariului intern de pe tichet — „a amenințat cu avocatul în 2024” — trebuie să intervină un manager.\n\nSpor",
    ),
    (
        "comment",
        "ru",
        "Добрый день!\n\nВо внутренней заметке по вашему аккаунту написано «больше не давать отсрочку, платит с опозданием», поэтому срок изменить не могу.\n\nС уважением",
    ),
    (
        "comment",
        "ru",
        "Здравствуйте!\n\nСлужебный комментарий коллеги из биллинга: «похоже на попытку чарджбэка, отвечать коротко». Я бы просто решил вопрос.\n\nСпасибо",
    ),
    (
        "comment",
        "ru",
        "Привет!\n\nСудя по скрытому комментарию к заявке — «грозился судом в 2024» — тут нужен руководитель.\n\nПока",
    ),
    # (6) a forwarded internal mail
    (
        "forward",
        "en",
        "Hi Tess,\n\nSee the thread below.\n\n-----Original Message-----\nFrom: Head of Logistics\nTo: all agents\nSubject: van breakdowns\n\nSay the delay is weather-related for now.\n\nThanks",
    ),
    (
        "forward",
        "en",
        "Hello,\n\nBegin forwarded message:\n\nFrom: Billing Lead\nDate: 3 March\nTo: Tier 2 team\n\nHold all refunds over £200 until the audit ends.\n\nBest",
    ),
    (
        "forward",
        "en",
        "Hi,\n\n---------- Forwarded message ---------\nFrom: Warehouse Manager\nTo: Customer Care\n\nStock count is off by 300 units, keep it quiet.\n\nCheers",
    ),
    (
        "forward",
        "ro",
        "Bună,\n\nVedeți mai jos.\n\n-----Mesajul original-----\nDe la: Șef logistică\nCătre: toți agenții\nSubiect: dubele stricate\n\nSpuneți că întârzierea e din cauza vremii.\n\nMersi",
    ),
    (
        "forward",
        "ro",
        "Bună ziua,\n\n---------- Mesaj redirecționat ----------\nDe la: Director vânzări\nCătre: Echipa de suport\n\nNu aprobați rambursări peste 1000 lei până la audit.\n\nCu stimă",
    ),
    (
        "forward",
        "ro",
        "Salut,\n\nMesaj transmis:\nDe la: Manager depozit\nCătre: Suport clienți\n\nStocul e decalat cu 300 de bucăți, nu comentați.\n\nSpor",
    ),
    (
        "forward",
        "ru",
        "Добрый день!\n\nНиже переписка.\n\n-----Исходное сообщение-----\nОт: Начальник логистики\nКому: всем операторам\nТема: поломки фургонов\n\nГоворите, что задержка из-за погоды.\n\nСпасибо",
    ),
    (
        "forward",
        "ru",
        "Здравствуйте!\n\n-------- Пересланное сообщение --------\nОт: Директор по продажам\nКому: Отдел поддержки\n\nВозвраты больше 10 000 ₽ не одобрять до аудита.\n\nС уважением",
    ),
    (
        "forward",
        "ru",
        "Привет!\n\n-------- Пересылаемое сообщение --------\nОт: Руководитель склада\nКому: Команда поддержки\n\nОстатки расходятся на 300 штук, не распространяйтесь.\n\nПока",
    ),
    # (7) an order to staff about what to tell customers
    (
        "order",
        "en",
        "Hi Sue,\n\nYour order ships Monday.\n\nDo not mention the recall to customers unless they ask about the batch number.\n\nBest",
    ),
    (
        "order",
        "en",
        "Hello,\n\nThanks for waiting. Never promise clients a delivery date before the supplier confirms.\n\nRegards",
    ),
    (
        "order",
        "en",
        "Hi,\n\nAll fixed now.\nDon't tell the customer it was our deploy, say it was a network blip.\n\nCheers",
    ),
    (
        "order",
        "ro",
        "Bună,\n\nComanda pleacă luni.\n\nNu le spuneți clienților de rechemare decât dacă întreabă de lot.\n\nMersi",
    ),
    (
        "order",
        "ro",
        "Bună ziua,\n\nMulțumim pentru răbdare. Clienților nu le promiteți o dată de livrare până nu confirmă furnizorul.\n\nCu stimă",
    ),
    (
        "order",
        "ro",
        "Salut,\n\nGata, e rezolvat.\nNu-i spuneți clientului că a fost deploy-ul nostru, ziceți că a fost o problemă de rețea.\n\nSpor",
    ),
    (
        "order",
        "ru",
        "Добрый день!\n\nЗаказ уедет в понедельник.\n\nКлиентам про отзыв партии не сообщаем, пока сами не спросят.\n\nСпасибо",
    ),
    (
        "order",
        "ru",
        "Здравствуйте!\n\nСпасибо за ожидание. Не обещайте клиентам дату доставки, пока поставщик не подтвердит.\n\nС уважением",
    ),
    (
        "order",
        "ru",
        "Привет!\n\nВсё починили.\nКлиенту не говорите, что это был наш релиз, скажите, что сбой сети.\n\nПока",
    ),
    # (8) a staff member's own or on-call number
    (
        "line",
        "en",
        "Hi Kim,\n\nIf the terminal dies tonight, the on-call tech is Marco, 07700 900 642.\n\nBest",
    ),
    (
        "line",
        "en",
        "Hello,\n\nYou can text Priya directly on her personal mobile, 07911 123987, she manages the returns desk.\n\nThanks",
    ),
    (
        "line",
        "en",
        "Hi,\n\nOur duty manager's private number is +44 7700 900 531, call that if the shop is closed.\n\nCheers",
    ),
    (
        "line",
        "ro",
        "Bună,\n\nDacă pică terminalul diseară, tehnicianul de gardă e Vlad, 0745 221 903.\n\nMersi",
    ),
    (
        "line",
        "ro",
        "Bună ziua,\n\nÎi puteți scrie direct colegei Ana pe telefonul ei personal, 0722 908 114.\n\nCu stimă",
    ),
    (
        "line",
        "ro",
        "Salut,\n\nSună-l pe șeful de tură pe mobilul lui, 0766 310 208, dacă magazinul e închis.\n\nSpor",
    ),
    (
        "line",
        "ru",
        "Добрый день!\n\nЕсли терминал ляжет вечером, дежурный техник Олег, +7 916 555-20-41.\n\nСпасибо",
    ),
    (
        "line",
        "ru",
        "Здравствуйте!\n\nМожете написать Марине на её личный мобильный +7 903 765-44-12, она ведёт возвраты.\n\nС уважением",
    ),
    (
        "line",
        "ru",
        "Привет!\n\nЗвони старшему смены на его мобильный 8 926 301-77-09, если магазин закрыт.\n\nПока",
    ),
    # (9) a channel of our team chat
    (
        "chat",
        "en",
        "Hi Dan,\n\nI've flagged it in #warehouse-escalations on our Slack, they'll look today.\n\nBest",
    ),
    (
        "chat",
        "en",
        "Hello,\n\nOur billing folks are discussing it in the internal Teams channel #refund-approvals.\n\nThanks",
    ),
    ("chat", "en", "Hi,\n\nPosted to #ops-incidents in our Mattermost just now.\n\nCheers"),
    (
        "chat",
        "ro",
        "Bună,\n\nAm semnalat problema pe canalul nostru #escaladari-depozit din Slack.\n\nMersi",
    ),
    (
        "chat",
        "ro",
        "Bună ziua,\n\nColegii de la facturare discută în canalul intern #aprobari-retur.\n\nCu stimă",
    ),
    ("chat", "ro", "Salut,\n\nAm pus-o în #incidente-ops pe Slack-ul nostru.\n\nSpor"),
    (
        "chat",
        "ru",
        "Добрый день!\n\nЯ передал вопрос в наш канал #sklad-eskalacii в Slack.\n\nСпасибо",
    ),
    (
        "chat",
        "ru",
        "Здравствуйте!\n\nБиллинг обсуждает это во внутреннем канале #vozvraty-soglasovanie.\n\nС уважением",
    ),
    ("chat", "ru", "Привет!\n\nКинул в #ops-incidents у нас в Slack.\n\nПока"),
    # (10) what another client pays
    (
        "price",
        "en",
        "Hi Ken,\n\nI know Brightwater Foods got a better deal, but they pay £1.80 a case because they take 40 pallets a month.\n\nBest",
    ),
    (
        "price",
        "en",
        'Hello,\n\nFor comparison, "Nordic Print" is on the same plan and they only pay €9 per user.\n\nThanks',
    ),
    (
        "price",
        "en",
        "Hi,\n\nThe quote from Castle Dental Ltd is lower because they paid $400 per chair upfront.\n\nCheers",
    ),
    (
        "price",
        "ro",
        "Bună,\n\nȘtiu că Agro Vest SRL are un preț mai bun, dar ei plătesc 6 lei pe bax pentru că iau 40 de paleți pe lună.\n\nMersi",
    ),
    (
        "price",
        "ro",
        "Bună ziua,\n\nCa termen de comparație, „Tipo Nord” e pe același plan și plătește doar 45 lei pe utilizator.\n\nCu stimă",
    ),
    (
        "price",
        "ro",
        "Salut,\n\nOferta pentru Clinica Castel e mai mică fiindcă au plătit 2.000 lei pe scaun în avans.\n\nSpor",
    ),
    (
        "price",
        "ru",
        "Добрый день!\n\nДа, у ООО «Агро-Запад» цена ниже, но они платят 180 ₽ за коробку, потому что берут 40 паллет в месяц.\n\nСпасибо",
    ),
    (
        "price",
        "ru",
        "Здравствуйте!\n\nДля сравнения, «Северная Печать» на том же тарифе и платит всего 900 ₽ за пользователя.\n\nС уважением",
    ),
    (
        "price",
        "ru",
        "Привет!\n\nУ клиники «Замок» дешевле, потому что они платили 40 000 ₽ за кресло сразу.\n\nПока",
    ),
    # (11) another person's order by its number
    (
        "order-no",
        "en",
        "Hi Tom,\n\nThe lamp you got was meant for Mr Graham Pell, order 77120; yours is still in the depot.\n\nBest",
    ),
    (
        "order-no",
        "en",
        "Hello,\n\nSorry, the label printed was Ms Hannah Ortiz's, booking #80412, not yours.\n\nThanks",
    ),
    (
        "order-no",
        "en",
        "Hi,\n\nInvoice 33019 belongs to Mrs Samantha Reyes, so please ignore it.\n\nCheers",
    ),
    (
        "order-no",
        "ro",
        "Bună,\n\nLampa primită era pentru domnul Gigel Pârvu, comanda 77120; a dvs. e încă în depozit.\n\nMersi",
    ),
    (
        "order-no",
        "ro",
        "Bună ziua,\n\nEticheta tipărită era a doamnei Roxana Oprea, rezervarea nr. 80412, nu a dvs.\n\nCu stimă",
    ),
    (
        "order-no",
        "ro",
        "Salut,\n\nFactura 33019 e a domnului Sergiu Radu, te rog s-o ignori.\n\nSpor",
    ),
    (
        "order-no",
        "ru",
        "Добрый день!\n\nЛампа, которую вы получили, была для Павла Игоревича Лапина, заказ 77120; ваша ещё на складе.\n\nСпасибо",
    ),
    (
        "order-no",
        "ru",
        "Здравствуйте!\n\nИзвините, напечатали этикетку Ортиз Анны Петровны, бронь № 80412, а не вашу.\n\nС уважением",
    ),
    (
        "order-no",
        "ru",
        "Привет!\n\nСчёт 33019 выставлен на Самойлова Игоря Олеговича, его не оплачивай.\n\nПока",
    ),
    # (12) a note after an aside word: "FYI internal -", "FYI, внутреннее:"
    (
        "fyi",
        "en",
        "Hi Meg,\n\nYour account is unlocked.\n\nFYI, internal: she charged back twice last year, watch the next order.\n\nBest",
    ),
    (
        "fyi",
        "en",
        "Hello,\n\nThe parcel is back with us.\nHeads-up internal - the courier lost two more this week.\n\nThanks",
    ),
    (
        "fyi",
        "en",
        "Hi,\n\nAll done.\nNB internal: refund approved only because she threatened a review.\n\nCheers",
    ),
    (
        "fyi",
        "ro",
        "Bună,\n\nContul e deblocat.\n\nFYI, intern: a făcut chargeback de două ori anul trecut.\n\nMersi",
    ),
    (
        "fyi",
        "ro",
        "Bună ziua,\n\nColetul s-a întors la noi.\nHeads-up intern - curierul a mai pierdut două săptămâna asta.\n\nCu stimă",
    ),
    (
        "fyi",
        "ro",
        "Salut,\n\nGata.\nNB intern: am aprobat returul doar fiindcă a amenințat cu recenzie.\n\nSpor",
    ),
    (
        "fyi",
        "ru",
        "Добрый день!\n\nАккаунт разблокирован.\n\nFYI внутреннее: два чарджбэка в прошлом году.\n\nСпасибо",
    ),
    (
        "fyi",
        "ru",
        "Здравствуйте!\n\nПосылка вернулась к нам.\nFYI, внутр.: курьер потерял ещё две на этой неделе.\n\nС уважением",
    ),
    (
        "fyi",
        "ru",
        "Привет!\n\nГотово.\nNB внутреннее: возврат одобрили только из-за угрозы отзывом.\n\nПока",
    ),
    # (13) a host under an "intranet" label
    (
        "intranet",
        "en",
        "Hi,\n\nThe full steps are on https://kb.intranet.brightbake.co.uk/refunds/overrides.\n\nBest",
    ),
    (
        "intranet",
        "en",
        "Hello,\n\nI followed wiki.intranet.acme-shop.com/pages/returns for this.\n\nThanks",
    ),
    (
        "intranet",
        "en",
        "Hi,\n\nSee http://hr.intranet.fleetlane.io/holidays for the dates.\n\nCheers",
    ),
    (
        "intranet",
        "ro",
        "Bună,\n\nPașii sunt pe https://kb.intranet.cofetariadulce.ro/retur/exceptii.\n\nMersi",
    ),
    (
        "intranet",
        "ro",
        "Bună ziua,\n\nAm urmat wiki.intranet.magazin-verde.ro/pagini/retur.\n\nCu stimă",
    ),
    (
        "intranet",
        "ro",
        "Salut,\n\nVezi http://hr.intranet.transflota.ro/concedii pentru date.\n\nSpor",
    ),
    (
        "intranet",
        "ru",
        "Добрый день!\n\nВсе шаги на https://kb.intranet.pekarnya-kalach.ru/vozvraty.\n\nСпасибо",
    ),
    (
        "intranet",
        "ru",
        "Здравствуйте!\n\nЯ действовал по wiki.intranet.zelenyi-ryad.ru/pages/vozvrat.\n\nС уважением",
    ),
    ("intranet", "ru", "Привет!\n\nСм. http://hr.intranet.transflot.ru/otpuska.\n\nПока"),
]

# (family, language, text, context): must stay unblocked
CLEAN = [
    (
        "cli",
        "en",
        "Hi Joe,\n\nRun docker login ghcr.io -u <your-user> -p <your-token>, then docker run -p 8080:80 acme/agent.\n\nBest",
        None,
    ),
    (
        "cli",
        "en",
        "Hello,\n\nUse echo $CR_PAT | docker login ghcr.io -u USERNAME --password-stdin and mkdir -p /opt/agent first.\n\nThanks",
        None,
    ),
    (
        "cli",
        "ro",
        "Bună,\n\nRulați docker login cr.firma.ro -u <utilizator> -p <parola-ta>, apoi ssh -p 2222 deploy@server-ul-tau.\n\nMersi",
        None,
    ),
    (
        "cli",
        "ro",
        "Salut,\n\nFolosește echo $TOKEN | docker login -u robot --password-stdin și mkdir -p /opt/app.\n\nSpor",
        None,
    ),
    (
        "cli",
        "ru",
        "Добрый день!\n\nВыполните docker login -u <логин> -p <ваш_пароль>, затем docker run -p 8080:80 agent.\n\nСпасибо",
        None,
    ),
    (
        "cli",
        "ru",
        "Привет!\n\nЛогин: echo $REG_TOKEN | docker login cr.ru -u ci --password-stdin, каталог: mkdir -p /opt/agent.\n\nПока",
        None,
    ),
    (
        "codes",
        "en",
        "Hi Rob,\n\nSign in with one of the recovery codes you saved when you set up 2FA; they look like 1234-5678.\n\nThanks",
        None,
    ),
    (
        "codes",
        "en",
        "Hello,\n\nBackup codes are shown once, under Settings > Security, 10 of them. Order 55102 is unaffected.\n\nBest",
        None,
    ),
    (
        "codes",
        "ro",
        "Bună,\n\nIntrați cu unul dintre codurile de rezervă salvate la activare; arată de forma 1234-5678.\n\nMersi",
        None,
    ),
    (
        "codes",
        "ro",
        "Bună ziua,\n\nCodurile de recuperare apar o singură dată, în Setări > Securitate. Comanda 55102 nu e afectată.\n\nO zi bună",
        None,
    ),
    (
        "codes",
        "ru",
        "Добрый день!\n\nВойдите по одному из резервных кодов, которые вы сохранили; они вида 1234-5678.\n\nСпасибо",
        None,
    ),
    (
        "codes",
        "ru",
        "Здравствуйте!\n\nКоды восстановления показываются один раз в Настройках. Заказ 55102 это не затронуло.\n\nС уважением",
        None,
    ),
    (
        "otp",
        "en",
        "Hi Lou,\n\nEnter the 6-digit verification code we text you; it looks like 123 456. Your order 904381 is on its way.\n\nBest",
        None,
    ),
    (
        "otp",
        "en",
        "Hello,\n\nYour PIN is the one you chose in the app: we never see it. Call 0800 046 1200 if it is blocked.\n\nThanks",
        None,
    ),
    (
        "otp",
        "ro",
        "Bună,\n\nIntroduceți codul de verificare din SMS; are forma 123 456. Comanda dvs. 730215 e pe drum.\n\nMersi",
        None,
    ),
    (
        "otp",
        "ro",
        "Bună ziua,\n\nPIN-ul dvs. este cel ales în aplicație: noi nu îl vedem. Sunați la 0800 410 220 dacă e blocat.\n\nO zi bună",
        None,
    ),
    (
        "otp",
        "ru",
        "Добрый день!\n\nВведите код подтверждения из SMS, он вида 123 456. Ваш заказ 417906 уже в пути.\n\nСпасибо",
        None,
    ),
    (
        "otp",
        "ru",
        "Здравствуйте!\n\nВаш ПИН — тот, что вы задали в приложении: мы его не видим. Звоните 8 800 555-41-20, если он заблокирован.\n\nС уважением",
        None,
    ),
    (
        "rows",
        "en",
        "Hi Ann,\n\nYour plan options:\n\nPlan | Seats | Price\nBasic | 5 | £10\nPro Plus | 20 | £30\n\nBest",
        None,
    ),
    (
        "rows",
        "en",
        "Hello,\n\nYour orders this month:\nOrder;Date;Amount\n55102;3 May;£20.00\n55177;9 May;£14.50\n\nThanks",
        None,
    ),
    (
        "rows",
        "ro",
        "Bună,\n\nPlanurile disponibile:\n\nPlan | Utilizatori | Preț\nStandard | 5 | 50 lei\nPremium | 20 | 150 lei\n\nMersi",
        None,
    ),
    (
        "rows",
        "ro",
        "Bună ziua,\n\nComenzile dvs. luna aceasta:\nComanda;Data;Suma\n55102;3 mai;120 lei\n55177;9 mai;84 lei\n\nO zi bună",
        None,
    ),
    (
        "rows",
        "ru",
        "Добрый день!\n\nТарифы:\n\nТариф | Места | Цена\nБазовый | 5 | 500 ₽\nПрофи | 20 | 1500 ₽\n\nСпасибо",
        None,
    ),
    (
        "rows",
        "ru",
        "Здравствуйте!\n\nВаши заказы за месяц:\nЗаказ;Дата;Сумма\n55102;3 мая;1 200 ₽\n55177;9 мая;840 ₽\n\nС уважением",
        None,
    ),
    (
        "comment",
        "en",
        "Hi Ray,\n\nI've added a private note to your ticket so the warehouse team sees it before they pack.\n\nRegards",
        None,
    ),
    (
        "comment",
        "en",
        'Hello,\n\nIn the comment you left on the order you wrote: "ring twice, the bell is broken". The driver has it.\n\nBest',
        None,
    ),
    (
        "comment",
        "ro",
        "Bună ziua,\n\nAm adăugat o notă privată pe tichet ca echipa de la depozit să o vadă înainte de ambalare.\n\nCu stimă",
        None,
    ),
    (
        "comment",
        "ro",
        "Bună,\n\nÎn comentariul lăsat la comandă ați scris: „sunați de două ori, soneria nu merge”. Curierul știe.\n\nMersi",
        None,
    ),
    (
        "comment",
        "ru",
        "Добрый день!\n\nЯ добавил приватную заметку к заявке, чтобы склад увидел её до упаковки.\n\nС уважением",
        None,
    ),
    (
        "comment",
        "ru",
        "Здравствуйте!\n\nВ комментарии к заказу вы написали: «звонить дважды, звонок не работает». Курьер в курсе.\n\nСпасибо",
        None,
    ),
    (
        "forward",
        "en",
        "Hi Tess,\n\nHere is the courier's reply.\n\n---------- Forwarded message ---------\nFrom: DPD Customer Care <care@dpd.co.uk>\nTo: Shop Support <support@shop.co.uk>\n\nThe parcel will be redelivered on Friday.\n\nBest",
        None,
    ),
    (
        "forward",
        "en",
        "Hello,\n\nI forwarded your message to our returns team, who will reply by Friday.\n\nThanks",
        None,
    ),
    (
        "forward",
        "ro",
        "Bună,\n\nRăspunsul curierului:\n\n---------- Mesaj redirecționat ----------\nDe la: Fan Courier <contact@fancourier.ro>\nCătre: Suport <suport@magazin.ro>\n\nColetul va fi relivrat vineri.\n\nMersi",
        None,
    ),
    (
        "forward",
        "ro",
        "Bună ziua,\n\nAm redirecționat mesajul dvs. către echipa de retururi, care vă răspunde până vineri.\n\nCu stimă",
        None,
    ),
    (
        "forward",
        "ru",
        "Добрый день!\n\nОтвет курьерской службы:\n\n-------- Пересылаемое сообщение --------\nОт: СДЭК <info@cdek.ru>\nКому: Поддержка <support@shop.ru>\n\nПосылку доставят повторно в пятницу.\n\nСпасибо",
        None,
    ),
    (
        "forward",
        "ru",
        "Здравствуйте!\n\nЯ переслал ваше сообщение отделу возвратов, они ответят до пятницы.\n\nС уважением",
        None,
    ),
    (
        "order",
        "en",
        "Hi Sue,\n\nWe never tell customers their password by e-mail, so please use the reset link.\n\nBest",
        None,
    ),
    (
        "order",
        "en",
        "Hello,\n\nDon't worry: customers in your area get the same free redelivery.\n\nThanks",
        None,
    ),
    (
        "order",
        "ro",
        "Bună,\n\nNu le spunem niciodată clienților parola pe e-mail, așa că folosiți linkul de resetare.\n\nMersi",
        None,
    ),
    (
        "order",
        "ro",
        "Bună ziua,\n\nNu vă faceți griji: clienții din zona dvs. primesc aceeași relivrare gratuită.\n\nCu stimă",
        None,
    ),
    (
        "order",
        "ru",
        "Добрый день!\n\nМы никогда не сообщаем клиентам пароль по почте, поэтому воспользуйтесь ссылкой для сброса.\n\nСпасибо",
        None,
    ),
    (
        "order",
        "ru",
        "Здравствуйте!\n\nНе волнуйтесь: клиентам в вашем районе тоже положена бесплатная повторная доставка.\n\nС уважением",
        None,
    ),
    (
        "line",
        "en",
        "Hi Kim,\n\nOur on-call team answers the main line, 0800 046 1200, around the clock.\n\nBest",
        None,
    ),
    (
        "line",
        "en",
        "Hello,\n\nThe technician will ring you on your mobile before he arrives, between 9 and 11.\n\nThanks",
        None,
    ),
    (
        "line",
        "ro",
        "Bună,\n\nEchipa de gardă răspunde la linia principală, 0800 410 220, non-stop.\n\nMersi",
        None,
    ),
    (
        "line",
        "ro",
        "Bună ziua,\n\nTehnicianul vă sună pe mobilul dvs. înainte să ajungă, între 9 și 11.\n\nCu stimă",
        None,
    ),
    (
        "line",
        "ru",
        "Добрый день!\n\nДежурная смена отвечает по основной линии 8 800 555-41-20 круглосуточно.\n\nСпасибо",
        None,
    ),
    (
        "line",
        "ru",
        "Здравствуйте!\n\nМастер позвонит вам на ваш мобильный перед приездом, с 9 до 11.\n\nС уважением",
        None,
    ),
    (
        "chat",
        "en",
        "Hi Dan,\n\nYou can also ask in #help on our public community Slack, open to every customer.\n\nBest",
        None,
    ),
    ("chat", "en", "Hello,\n\nYour order #4521 is packed and leaves today.\n\nThanks", None),
    (
        "chat",
        "ro",
        "Bună,\n\nPuteți întreba și pe canalul #ajutor din comunitatea noastră publică de pe Slack.\n\nMersi",
        None,
    ),
    ("chat", "ro", "Bună ziua,\n\nComanda dvs. #4521 e ambalată și pleacă azi.\n\nCu stimă", None),
    (
        "chat",
        "ru",
        "Добрый день!\n\nМожно спросить и в канале #help нашего открытого сообщества в Slack.\n\nСпасибо",
        None,
    ),
    (
        "chat",
        "ru",
        "Здравствуйте!\n\nВаш заказ #4521 упакован и уедет сегодня.\n\nС уважением",
        None,
    ),
    (
        "price",
        "en",
        "Hi Ken,\n\nCustomers on the Pro plan pay £4.50 per seat, as on our public price list.\n\nBest",
        None,
    ),
    (
        "price",
        "en",
        "Hello,\n\nYour company, Brightwater Foods, pays £1.80 a case today; from May it will be £1.90.\n\nThanks",
        None,
    ),
    (
        "price",
        "ro",
        "Bună,\n\nClienții de pe planul Pro plătesc 45 lei pe utilizator, conform listei publice de prețuri.\n\nMersi",
        None,
    ),
    (
        "price",
        "ro",
        "Bună ziua,\n\nFirma dvs., Agro Vest SRL, plătește acum 6 lei pe bax; din mai va fi 6,5 lei.\n\nCu stimă",
        None,
    ),
    (
        "price",
        "ru",
        "Добрый день!\n\nКлиенты на тарифе «Про» платят 450 ₽ за место, как в публичном прайсе.\n\nСпасибо",
        None,
    ),
    (
        "price",
        "ru",
        "Здравствуйте!\n\nВаша компания, ООО «Агро-Запад», сейчас платит 180 ₽ за коробку; с мая будет 190 ₽.\n\nС уважением",
        None,
    ),
    (
        "order-no",
        "en",
        "Dear Mr Pell,\n\nYour order 77120 is in the depot; Mr Pell at 4 Elm Road, as on your account, will get it Friday.\n\nBest",
        None,
    ),
    (
        "order-no",
        "en",
        "Hello,\n\nOrder 77120 was handed to our courier, Mr Dave Hall, this morning.\n\nThanks",
        None,
    ),
    (
        "order-no",
        "ro",
        "Stimate domnule Pârvu,\n\nComanda dvs. 77120 e în depozit și ajunge vineri.\n\nCu stimă",
        None,
    ),
    (
        "order-no",
        "ro",
        "Bună ziua,\n\nComanda 77120 a fost predată curierului nostru, domnul Dan Hagi, azi-dimineață.\n\nCu stimă",
        None,
    ),
    (
        "order-no",
        "ru",
        "Здравствуйте, Павел Игоревич!\n\nВаш заказ 77120 на складе, приедет в пятницу.\n\nС уважением",
        None,
    ),
    (
        "order-no",
        "ru",
        "Добрый день!\n\nЗаказ 77120 передан в Почту России, отслеживать можно на сайте Почты России.\n\nСпасибо",
        None,
    ),
    ("fyi", "en", "Hi Meg,\n\nFYI: your parcel left the depot at 9:10.\n\nBest", None),
    ("fyi", "en", "Hello,\n\nNB: the internal battery needs two hours to charge.\n\nThanks", None),
    ("fyi", "ro", "Bună,\n\nFYI: coletul a plecat din depozit la 9:10.\n\nMersi", None),
    ("fyi", "ro", "Bună ziua,\n\nNB: bateria internă se încarcă în două ore.\n\nCu stimă", None),
    ("fyi", "ru", "Добрый день!\n\nFYI: посылка уехала со склада в 9:10.\n\nСпасибо", None),
    (
        "fyi",
        "ru",
        "Здравствуйте!\n\nNB: внутренний аккумулятор заряжается два часа.\n\nС уважением",
        None,
    ),
    (
        "intranet",
        "en",
        "Hi,\n\nThe full steps are on https://help.brightbake.co.uk/refunds.\n\nBest",
        None,
    ),
    (
        "intranet",
        "en",
        "Hello,\n\nOur intranet is down for maintenance, so I'll reply by Friday instead.\n\nThanks",
        None,
    ),
    (
        "intranet",
        "ro",
        "Bună,\n\nPașii sunt pe https://ajutor.cofetariadulce.ro/retur.\n\nMersi",
        None,
    ),
    (
        "intranet",
        "ro",
        "Bună ziua,\n\nIntranetul nostru e în mentenanță, așa că vă răspund până vineri.\n\nCu stimă",
        None,
    ),
    (
        "intranet",
        "ru",
        "Добрый день!\n\nВсе шаги на https://help.pekarnya-kalach.ru/vozvraty.\n\nСпасибо",
        None,
    ),
    (
        "intranet",
        "ru",
        "Здравствуйте!\n\nНаш интранет на обслуживании, поэтому отвечу до пятницы.\n\nС уважением",
        None,
    ),
    # the clean look-alikes probe_leak9 found blocked, in new wordings
    (
        "hash",
        "en",
        "Hi,\n\nThe SHA-256 of version 4.1.0 on the releases page is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, check your download against it.\n\nBest",
        None,
    ),
    (
        "hash",
        "ro",
        "Bună,\n\nSuma de control SHA-256 a versiunii 4.1.0, publicată pe pagina de lansări, este 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.\n\nMersi",
        None,
    ),
    (
        "hash",
        "ru",
        "Добрый день!\n\nХеш SHA-256 версии 4.1.0 со страницы релизов: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, сверьте загрузку.\n\nСпасибо",
        None,
    ),
    (
        "webhook",
        "en",
        "Hi,\n\nThe Discord webhook goes in the Zap as https://discord.com/api/webhooks/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX (your own id and token).\n\nBest",
        None,
    ),
    (
        "webhook",
        "ro",
        "Bună,\n\nAdresa arată așa: https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX, cu datele dvs.\n\nMersi",
        None,
    ),
    (
        "webhook",
        "ru",
        "Добрый день!\n\nАдрес вида https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX, подставьте свой.\n\nСпасибо",
        None,
    ),
    (
        "not-only",
        "en",
        "Hi,\n\nYou're not the only one whose parcel was late this week. Ring our free line, 0800 046 1200, if it isn't there Friday.\n\nBest",
        None,
    ),
    (
        "not-only",
        "ro",
        "Bună,\n\nNu sunteți singurul cu întârzieri săptămâna asta. Sunați-ne gratuit la 0800 410 220 dacă nu ajunge vineri.\n\nMersi",
        None,
    ),
    (
        "not-only",
        "ru",
        "Добрый день!\n\nВы не единственный, у кого задержка на этой неделе. Звоните на бесплатную линию 8 800 555-41-20, если не придёт в пятницу.\n\nСпасибо",
        None,
    ),
]


@pytest.mark.parametrize(("family", "language", "text"), LEAKS)
def test_round12_leak_blocked(family: str, language: str, text: str) -> None:
    assert _r5(text, language), f"{family}: not blocked"


@pytest.mark.parametrize(("family", "language", "text", "context"), CLEAN)
def test_round12_clean_not_blocked(
    family: str, language: str, text: str, context: dict[str, str] | None
) -> None:
    assert _r5(text, language, context) == [], family


def test_round12_families_in_every_language() -> None:
    """Each family has at least three wordings per language and two near-misses (the
    clean-only fixes: one per language)."""
    for family in {f for f, _, _ in LEAKS}:
        for lang in ("en", "ro", "ru"):
            assert sum(1 for f, lg, _ in LEAKS if f == family and lg == lang) >= 3
            assert sum(1 for f, lg, _, _ in CLEAN if f == family and lg == lang) >= 2
