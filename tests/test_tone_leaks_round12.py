"""R5 confidentiality, round 12 (the leak11 round: probe_leak9 misses, generalised by
mechanism; tone/exposures.py and small additions to secrets.py and persons.py). Each
family in en, ro and ru with wordings of its own (none is a labelled case of
tests/data/tone), and clean near-misses that must stay unblocked (R5 blocks only what
leaks: every false block interrupts an agent)."""

from __future__ import annotations

import pytest

from supportdesk.tone import context_from
from tests.tonecheck import blocked_leaks


def _r5(text: str, language: str, context: dict[str, str] | None = None) -> list[str]:
    return blocked_leaks(text, language, context_from(context) if context else None)


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


LEAKS_B = [
    # (14) a colleague's health or discipline
    (
        "staff-matter",
        "en",
        "Hi Ana,\n\nApologies for the wait: Priya from billing has been signed off sick with pneumonia, so your refund sat in her queue.\n\nBest",
    ),
    (
        "staff-matter",
        "en",
        "Hello,\n\nI've checked with the depot: the courier, Wayne Dale, was dismissed after your complaint.\n\nRegards",
    ),
    (
        "staff-matter",
        "en",
        "Hi,\n\nSorry, Tomasz is in hospital after his operation, so I'm taking over your case.\n\nThanks",
    ),
    (
        "staff-matter",
        "ro",
        "Bună ziua,\n\nNe cerem scuze: colega de la facturare, Ioana, e în concediu medical după o operație, de aceea s-a blocat rambursarea.\n\nCu stimă",
    ),
    (
        "staff-matter",
        "ro",
        "Bună,\n\nAm verificat cu depozitul: curierul Sandu Pop a fost concediat după reclamația dvs.\n\nMersi",
    ),
    (
        "staff-matter",
        "ro",
        "Salut,\n\nTehnicianul, Vlad, a primit avertisment scris pentru montajul greșit.\n\nSpor",
    ),
    (
        "staff-matter",
        "ru",
        "Добрый день!\n\nИзвините за ожидание: Ирина из бухгалтерии на больничном, поэтому возврат завис.\n\nС уважением",
    ),
    (
        "staff-matter",
        "ru",
        "Здравствуйте!\n\nЯ уточнил на складе: курьер Виталий Дронов уволен после вашей жалобы.\n\nСпасибо",
    ),
    (
        "staff-matter",
        "ru",
        "Привет!\n\nМастеру, Олегу, объявлен выговор за неправильный монтаж.\n\nПока",
    ),
    # (15) what is not public yet
    (
        "not-public",
        "en",
        "Hi Bea,\n\nBetween the two plans, wait a month: the new Pro tier launches in May but it's not announced yet.\n\nBest",
    ),
    (
        "not-public",
        "en",
        "Hello,\n\nAhead of the announcement: we're closing the Leeds store on 30 June.\n\nThanks",
    ),
    (
        "not-public",
        "en",
        "Hi,\n\nThis isn't public yet, but the app is dropping Android 9 support next month.\n\nCheers",
    ),
    (
        "not-public",
        "ro",
        "Bună,\n\nAșteptați o lună: noul plan Pro apare în mai, dar nu e încă anunțat.\n\nMersi",
    ),
    (
        "not-public",
        "ro",
        "Bună ziua,\n\nÎnainte de a fi anunțat oficial: închidem magazinul din Iași pe 30 iunie.\n\nCu stimă",
    ),
    (
        "not-public",
        "ro",
        "Salut,\n\nÎncă nu s-a anunțat, dar aplicația renunță la Android 9 luna viitoare.\n\nSpor",
    ),
    (
        "not-public",
        "ru",
        "Добрый день!\n\nПодождите месяц: новый тариф «Про» выйдет в мае, но это ещё не объявлено.\n\nСпасибо",
    ),
    (
        "not-public",
        "ru",
        "Здравствуйте!\n\nДо официального объявления: магазин в Казани закрывается 30 июня.\n\nС уважением",
    ),
    (
        "not-public",
        "ru",
        "Привет!\n\nПока не опубликовано, но приложение перестанет поддерживать Android 9 в следующем месяце.\n\nПока",
    ),
    # (16) a security weakness of ours, not fixed
    (
        "weakness",
        "en",
        "Hi Max,\n\nYou're right to worry: the password reset page has a vulnerability we haven't fixed yet, so don't reuse that password.\n\nBest",
    ),
    (
        "weakness",
        "en",
        "Hello,\n\nThe app still exposes other users' order history through the share link; the fix is not deployed.\n\nThanks",
    ),
    (
        "weakness",
        "en",
        "Hi,\n\nThere's a security hole in the old API that we have not patched, so switch to v2.\n\nCheers",
    ),
    (
        "weakness",
        "ro",
        "Bună,\n\nAveți dreptate: pagina de resetare are o vulnerabilitate pe care nu am remediat-o încă.\n\nMersi",
    ),
    (
        "weakness",
        "ro",
        "Bună ziua,\n\nAplicația încă afișează comenzile altor clienți prin linkul de partajare; corecția nu e gata.\n\nCu stimă",
    ),
    (
        "weakness",
        "ro",
        "Salut,\n\nAPI-ul vechi are o breșă de securitate nereparată, treceți pe v2.\n\nSpor",
    ),
    (
        "weakness",
        "ru",
        "Добрый день!\n\nВы правы: на странице сброса пароля уязвимость, мы её ещё не закрыли.\n\nСпасибо",
    ),
    (
        "weakness",
        "ru",
        "Здравствуйте!\n\nПриложение до сих пор показывает заказы других покупателей по ссылке «поделиться».\n\nС уважением",
    ),
    (
        "weakness",
        "ru",
        "Привет!\n\nВ старом API дыра в безопасности, она не исправлена, переходи на v2.\n\nПока",
    ),
    # (17) what an agent may approve alone
    (
        "limit",
        "en",
        "Hi Rosa,\n\nI can credit up to £75 without a supervisor, so I've added £75 to your account.\n\nBest",
    ),
    (
        "limit",
        "en",
        "Hello,\n\nWe're allowed to give up to 20% off without manager approval, so 20% it is.\n\nThanks",
    ),
    (
        "limit",
        "en",
        "Hi,\n\nRefunds up to $300 go through without sign-off, so yours is done.\n\nCheers",
    ),
    (
        "limit",
        "ro",
        "Bună,\n\nPot credita până la 300 lei fără aprobarea șefului, așa că v-am adăugat 300 lei.\n\nMersi",
    ),
    (
        "limit",
        "ro",
        "Bună ziua,\n\nPutem da până la 20% reducere fără manager, deci aveți 20%.\n\nCu stimă",
    ),
    (
        "limit",
        "ro",
        "Salut,\n\nRambursările de până la 1.500 lei trec fără aprobare, a ta e gata.\n\nSpor",
    ),
    (
        "limit",
        "ru",
        "Добрый день!\n\nЯ могу начислить до 3 000 ₽ без согласования, поэтому добавила 3 000 ₽.\n\nСпасибо",
    ),
    (
        "limit",
        "ru",
        "Здравствуйте!\n\nНам разрешено давать скидку до 20% без руководителя, так что ваша скидка 20%.\n\nС уважением",
    ),
    (
        "limit",
        "ru",
        "Привет!\n\nВозвраты до 15 000 ₽ проходят без одобрения начальника, твой уже оформлен.\n\nПока",
    ),
    # (18) a link into our own account of a service
    (
        "console",
        "en",
        "Hi Ned,\n\nI can see the failed charge in our Stripe: https://dashboard.stripe.com/payments/pi_3Lk2Mn4Op5Qr6St7\n\nBest",
    ),
    (
        "console",
        "en",
        "Hello,\n\nHere's the order in our Shopify admin: https://admin.shopify.com/store/greenleaf-plants/orders/5501\n\nThanks",
    ),
    (
        "console",
        "en",
        "Hi,\n\nThe error is in our Sentry: https://acme-shop.sentry.io/issues/4410293/\n\nCheers",
    ),
    (
        "console",
        "ro",
        "Bună,\n\nVăd plata eșuată în contul nostru Stripe: https://dashboard.stripe.com/payments/pi_3Lk2Mn4Op5Qr6St7\n\nMersi",
    ),
    (
        "console",
        "ro",
        "Bună ziua,\n\nComanda în adminul nostru Shopify: https://admin.shopify.com/store/plante-verzi/orders/5501\n\nCu stimă",
    ),
    (
        "console",
        "ro",
        "Salut,\n\nEroarea e în Sentry-ul nostru: https://magazin-verde.sentry.io/issues/4410293/\n\nSpor",
    ),
    (
        "console",
        "ru",
        "Добрый день!\n\nВижу неуспешный платёж в нашем Stripe: https://dashboard.stripe.com/payments/pi_3Lk2Mn4Op5Qr6St7\n\nСпасибо",
    ),
    (
        "console",
        "ru",
        "Здравствуйте!\n\nЗаказ в нашей админке Shopify: https://admin.shopify.com/store/zelenye-rasteniya/orders/5501\n\nС уважением",
    ),
    (
        "console",
        "ru",
        "Привет!\n\nОшибка в нашем Sentry: https://magazin-zelen.sentry.io/issues/4410293/\n\nПока",
    ),
    # (19) a colleague's home address
    (
        "home",
        "en",
        "Hi Pat,\n\nDrop the keys with our caretaker instead - he lives at 3 Mill Street, flat 2.\n\nBest",
    ),
    (
        "home",
        "en",
        "Hello,\n\nOur driver Kev can collect it on his way, his home address is 22 Oak Road, Hull.\n\nThanks",
    ),
    (
        "home",
        "en",
        "Hi,\n\nIf the shop is closed, leave it with our manager at her home, 9 Church Lane.\n\nCheers",
    ),
    (
        "home",
        "ro",
        "Bună,\n\nLăsați cheile la administratorul nostru, acasă la el, pe str. Morii nr. 3, ap. 2.\n\nMersi",
    ),
    (
        "home",
        "ro",
        "Bună ziua,\n\nȘoferul nostru Costel îl poate ridica în drum, domiciliul lui e pe strada Stejarului 22.\n\nCu stimă",
    ),
    (
        "home",
        "ro",
        "Salut,\n\nDacă magazinul e închis, las-o la șefa noastră acasă, pe str. Bisericii nr. 9.\n\nSpor",
    ),
    (
        "home",
        "ru",
        "Добрый день!\n\nОставьте ключи нашему завхозу, он живёт по адресу ул. Мельничная, д. 3, кв. 2.\n\nСпасибо",
    ),
    (
        "home",
        "ru",
        "Здравствуйте!\n\nНаш водитель Костя заберёт по пути, его домашний адрес: ул. Дубовая, 22.\n\nС уважением",
    ),
    (
        "home",
        "ru",
        "Привет!\n\nЕсли магазин закрыт, занеси нашему управляющему домой: ул. Церковная, д. 9.\n\nПока",
    ),
    # (20) what a named person owes
    (
        "owes",
        "en",
        "Hi Lucy,\n\nThe account isn't new: Mr Alan Brooks, who had the line before you, owes £310 on it.\n\nBest",
    ),
    (
        "owes",
        "en",
        "Hello,\n\nThe previous occupant, Mrs Joan Tate, left an unpaid balance of £88 for water.\n\nThanks",
    ),
    (
        "owes",
        "en",
        "Hi,\n\nMs Karen Holt is in arrears of £1,200, which is why the flat was relisted.\n\nCheers",
    ),
    (
        "owes",
        "ro",
        "Bună,\n\nContul nu e nou: domnul Alin Bratu, care a avut linia înainte, datorează 310 lei.\n\nMersi",
    ),
    (
        "owes",
        "ro",
        "Bună ziua,\n\nFosta locatară, doamna Ioana Toma, a lăsat o datorie de 88 lei la apă.\n\nCu stimă",
    ),
    (
        "owes",
        "ro",
        "Salut,\n\nDoamna Carmen Holban are o datorie de 1.200 lei, de aceea apartamentul a fost relistat.\n\nSpor",
    ),
    (
        "owes",
        "ru",
        "Добрый день!\n\nСчёт не новый: Бруков Алексей Петрович, у которого был номер до вас, задолжал 3 100 ₽.\n\nСпасибо",
    ),
    (
        "owes",
        "ru",
        "Здравствуйте!\n\nПрежняя жилица, Тарасова Инна Львовна, оставила долг 880 ₽ за воду.\n\nС уважением",
    ),
    (
        "owes",
        "ru",
        "Привет!\n\nГольцева Карина Олеговна должна нам 12 000 ₽, поэтому квартиру снова выставили.\n\nПока",
    ),
    # (21) a key in a request header
    (
        "header",
        "en",
        'Hi,\n\nTry: curl -H "X-Api-Key: 4f9c2b7e1a0d8c6b5e3f2a1b0c9d8e7f" https://api.shop.io/v1/ping\n\nBest',
    ),
    (
        "header",
        "en",
        "Hello,\n\nSet the header Authorization: Token a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2 and retry.\n\nThanks",
    ),
    ("header", "en", "Hi,\n\nHeader for Postman - api-key: Zx81Qw72Er63Ty54Ui45Op36\n\nCheers"),
    (
        "header",
        "ro",
        'Bună,\n\nÎncercați: curl -H "X-Api-Key: 4f9c2b7e1a0d8c6b5e3f2a1b0c9d8e7f" https://api.magazin.ro/v1/ping\n\nMersi',
    ),
    (
        "header",
        "ro",
        "Bună ziua,\n\nPuneți antetul Authorization: Token a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2 și reîncercați.\n\nCu stimă",
    ),
    ("header", "ro", "Salut,\n\nAntet pentru Postman - api-key: Zx81Qw72Er63Ty54Ui45Op36\n\nSpor"),
    (
        "header",
        "ru",
        'Добрый день!\n\nПопробуйте: curl -H "X-Api-Key: 4f9c2b7e1a0d8c6b5e3f2a1b0c9d8e7f" https://api.magazin.ru/v1/ping\n\nСпасибо',
    ),
    (
        "header",
        "ru",
        "Здравствуйте!\n\nУкажите заголовок Authorization: Token a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2 и повторите.\n\nС уважением",
    ),
    (
        "header",
        "ru",
        "Привет!\n\nЗаголовок для Postman — api-key: Zx81Qw72Er63Ty54Ui45Op36\n\nПока",
    ),
]

CLEAN_B = [
    (
        "staff-matter",
        "en",
        "Hi Ana,\n\nPriya from billing is on holiday this week, so I've picked up your refund myself.\n\nBest",
        None,
    ),
    (
        "staff-matter",
        "en",
        "Hello,\n\nIf you are on sick leave, you can pause the membership for up to three months.\n\nThanks",
        None,
    ),
    (
        "staff-matter",
        "ro",
        "Bună ziua,\n\nColega de la facturare, Ioana, e în concediu săptămâna asta, așa că am preluat eu rambursarea.\n\nCu stimă",
        None,
    ),
    (
        "staff-matter",
        "ro",
        "Bună,\n\nDacă sunteți în concediu medical, puteți suspenda abonamentul până la trei luni.\n\nMersi",
        None,
    ),
    (
        "staff-matter",
        "ru",
        "Добрый день!\n\nИрина из бухгалтерии в отпуске на этой неделе, поэтому возвратом занялась я.\n\nС уважением",
        None,
    ),
    (
        "staff-matter",
        "ru",
        "Здравствуйте!\n\nЕсли вы на больничном, абонемент можно заморозить до трёх месяцев.\n\nСпасибо",
        None,
    ),
    (
        "not-public",
        "en",
        "Hi Bea,\n\nThe new Pro tier was announced on our blog yesterday and launches in May.\n\nBest",
        None,
    ),
    (
        "not-public",
        "en",
        "Hello,\n\nYour profile is not public: only you can see your orders.\n\nThanks",
        None,
    ),
    (
        "not-public",
        "ro",
        "Bună,\n\nNoul plan Pro a fost anunțat ieri pe blog și apare în mai.\n\nMersi",
        None,
    ),
    (
        "not-public",
        "ro",
        "Bună ziua,\n\nProfilul dvs. nu este public: doar dvs. vedeți comenzile.\n\nCu stimă",
        None,
    ),
    (
        "not-public",
        "ru",
        "Добрый день!\n\nНовый тариф «Про» объявлен вчера в блоге и выйдет в мае.\n\nСпасибо",
        None,
    ),
    (
        "not-public",
        "ru",
        "Здравствуйте!\n\nВаш профиль не публичный: заказы видите только вы.\n\nС уважением",
        None,
    ),
    (
        "weakness",
        "en",
        "Hi Max,\n\nThe vulnerability you reported was fixed on 3 May; thank you for telling us.\n\nBest",
        None,
    ),
    (
        "weakness",
        "en",
        "Hello,\n\nThe app still has the old icon on some phones; the update is rolling out.\n\nThanks",
        None,
    ),
    (
        "weakness",
        "ro",
        "Bună,\n\nVulnerabilitatea raportată de dvs. a fost remediată pe 3 mai; vă mulțumim.\n\nMersi",
        None,
    ),
    (
        "weakness",
        "ro",
        "Bună ziua,\n\nAplicația încă are iconița veche pe unele telefoane; actualizarea vine.\n\nCu stimă",
        None,
    ),
    (
        "weakness",
        "ru",
        "Добрый день!\n\nУязвимость, о которой вы сообщили, закрыта 3 мая, спасибо вам.\n\nСпасибо",
        None,
    ),
    (
        "weakness",
        "ru",
        "Здравствуйте!\n\nУ некоторых до сих пор старая иконка приложения; обновление уже выходит.\n\nС уважением",
        None,
    ),
    (
        "limit",
        "en",
        "Hi Rosa,\n\nI've asked my manager to approve the £75 credit; you'll hear from us by Friday.\n\nBest",
        None,
    ),
    ("limit", "en", "Hello,\n\nYou can upload up to 20 photos without an account.\n\nThanks", None),
    (
        "limit",
        "ro",
        "Bună,\n\nAm cerut aprobarea șefului pentru creditul de 300 lei; primiți răspuns până vineri.\n\nMersi",
        None,
    ),
    (
        "limit",
        "ro",
        "Bună ziua,\n\nPuteți încărca până la 20 de fotografii fără cont.\n\nCu stimă",
        None,
    ),
    (
        "limit",
        "ru",
        "Добрый день!\n\nЯ запросила одобрение руководителя на начисление 3 000 ₽, ответ будет до пятницы.\n\nСпасибо",
        None,
    ),
    (
        "limit",
        "ru",
        "Здравствуйте!\n\nМожно загрузить до 20 фото без регистрации.\n\nС уважением",
        None,
    ),
    (
        "console",
        "en",
        "Hi Ned,\n\nYou'll find your API keys in your Stripe account at https://dashboard.stripe.com/apikeys.\n\nBest",
        None,
    ),
    (
        "console",
        "en",
        "Hello,\n\nOur public docs: https://stripe.com/docs/payments.\n\nThanks",
        None,
    ),
    (
        "console",
        "ro",
        "Bună,\n\nCheile API sunt în contul dvs. Stripe, la https://dashboard.stripe.com/apikeys.\n\nMersi",
        None,
    ),
    (
        "console",
        "ro",
        "Bună ziua,\n\nDocumentația publică: https://stripe.com/docs/payments.\n\nCu stimă",
        None,
    ),
    (
        "console",
        "ru",
        "Добрый день!\n\nКлючи API есть в вашем аккаунте Stripe: https://dashboard.stripe.com/apikeys.\n\nСпасибо",
        None,
    ),
    (
        "console",
        "ru",
        "Здравствуйте!\n\nПубличная документация: https://stripe.com/docs/payments.\n\nС уважением",
        None,
    ),
    (
        "home",
        "en",
        "Hi Pat,\n\nDrop the keys at our office, 3 Mill Street, between 9 and 5.\n\nBest",
        None,
    ),
    (
        "home",
        "en",
        "Hello,\n\nWe'll deliver to your home address, 22 Oak Road, Hull, as on your account.\n\nThanks",
        None,
    ),
    (
        "home",
        "ro",
        "Bună,\n\nLăsați cheile la biroul nostru, str. Morii nr. 3, între 9 și 17.\n\nMersi",
        None,
    ),
    (
        "home",
        "ro",
        "Bună ziua,\n\nLivrăm acasă la dvs., pe strada Stejarului 22, cum apare în cont.\n\nCu stimă",
        None,
    ),
    (
        "home",
        "ru",
        "Добрый день!\n\nОставьте ключи в нашем офисе: ул. Мельничная, д. 3, с 9 до 17.\n\nСпасибо",
        None,
    ),
    (
        "home",
        "ru",
        "Здравствуйте!\n\nДоставим вам домой: ул. Дубовая, 22, как указано в профиле.\n\nС уважением",
        None,
    ),
    (
        "owes",
        "en",
        "Dear Mr Brooks,\n\nYou owe £310 on the line; you can pay it in three parts.\n\nBest",
        None,
    ),
    (
        "owes",
        "en",
        "Hello,\n\nThe previous tenant's balance is not yours: we have closed it, and your bill starts at £0.\n\nThanks",
        None,
    ),
    (
        "owes",
        "ro",
        "Stimate domnule Bratu,\n\nDatorați 310 lei pe linie; puteți plăti în trei rate.\n\nMersi",
        None,
    ),
    (
        "owes",
        "ro",
        "Bună ziua,\n\nSoldul fostului chiriaș nu e al dvs.: l-am închis, iar factura dvs. pornește de la 0 lei.\n\nCu stimă",
        None,
    ),
    (
        "owes",
        "ru",
        "Здравствуйте, Алексей Петрович!\n\nЗа вами 3 100 ₽ по номеру, можно оплатить в три части.\n\nСпасибо",
        None,
    ),
    (
        "owes",
        "ru",
        "Добрый день!\n\nДолг прежнего жильца не ваш: мы его закрыли, ваш счёт начинается с 0 ₽.\n\nС уважением",
        None,
    ),
    (
        "header",
        "en",
        'Hi,\n\nTry: curl -H "X-Api-Key: <your-api-key>" https://api.shop.io/v1/ping\n\nBest',
        None,
    ),
    (
        "header",
        "en",
        "Hello,\n\nSet the header Authorization: Token YOUR_TOKEN_HERE and retry.\n\nThanks",
        None,
    ),
    (
        "header",
        "ro",
        'Bună,\n\nÎncercați: curl -H "X-Api-Key: <cheia-ta>" https://api.magazin.ro/v1/ping\n\nMersi',
        None,
    ),
    (
        "header",
        "ro",
        "Bună ziua,\n\nPuneți antetul Authorization: Token TOKENUL_TAU și reîncercați.\n\nCu stimă",
        None,
    ),
    (
        "header",
        "ru",
        'Добрый день!\n\nПопробуйте: curl -H "X-Api-Key: <ваш_ключ>" https://api.magazin.ru/v1/ping\n\nСпасибо',
        None,
    ),
    (
        "header",
        "ru",
        "Здравствуйте!\n\nУкажите заголовок Authorization: Token ВАШ_ТОКЕН и повторите.\n\nС уважением",
        None,
    ),
]

# new shapes of the families above, found by probe_leak10
LEAKS_SHAPES = [
    ("rows", "en", "Hi,\n\nname,order,total\nAmy Lowe,61001,42.00\nRon Price,61002,18.50\n\nBest"),
    ("rows", "ro", "Bună,\n\nnume,comanda,total\nAna Lupu,61001,42\nRadu Pop,61002,18\n\nMersi"),
    (
        "rows",
        "ru",
        "Привет!\n\nимя,заказ,сумма\nАнна Лупова,61001,4200\nРоман Попов,61002,1800\n\nПока",
    ),
    (
        "otp",
        "en",
        "Hi,\n\nThe keypad code for the back gate is 7-3-0-1, press the bell after.\n\nBest",
    ),
    ("otp", "ro", "Bună,\n\nCodul porții din spate este 7-3-0-1, apoi sunați.\n\nMersi"),
    ("otp", "ru", "Привет!\n\nКод от двери склада — 7-3-0-1, потом позвони.\n\nПока"),
    (
        "comment",
        "en",
        'Hi,\n\nOur manager wrote in the team chat: "just refund him, he\'ll never stop".\n\nBest',
    ),
    (
        "comment",
        "ro",
        "Bună,\n\nȘefa a scris pe Slack: „dați-i banii înapoi, altfel nu se oprește”.\n\nMersi",
    ),
    (
        "comment",
        "ru",
        "Привет!\n\nРуководитель написал во внутреннем чате: «верните ему деньги, иначе не отстанет».\n\nПока",
    ),
]


# part 3 (probe_leak11 misses): new families, and new shapes of part 2's
LEAKS_C = [
    (
        "our-customer",
        "en",
        "Hi Gus,\n\nOur client Marta Nowak from Leeds had the same boiler fault and the engineer fixed it in an hour.\n\nBest",
    ),
    (
        "our-customer",
        "en",
        "Hello,\n\nOur guest Peter Sloan from Bath stayed in that room last week and loved it.\n\nThanks",
    ),
    (
        "our-customer",
        "en",
        "Hi,\n\nOur customer Irene Walsh in Derby asked the same thing yesterday.\n\nCheers",
    ),
    (
        "our-customer",
        "ro",
        "Bună,\n\nClienta noastră Marta Novac din Sibiu a avut aceeași defecțiune la centrală, rezolvată într-o oră.\n\nMersi",
    ),
    (
        "our-customer",
        "ro",
        "Bună ziua,\n\nClientul nostru Petru Sloboda din Arad a stat în camera aceea săptămâna trecută.\n\nCu stimă",
    ),
    (
        "our-customer",
        "ro",
        "Salut,\n\nClientul nostru Ion Vlase din Deva a întrebat același lucru ieri.\n\nSpor",
    ),
    (
        "our-customer",
        "ru",
        "Добрый день!\n\nНаша клиентка Марта Новикова из Казани столкнулась с той же поломкой котла, мастер всё исправил за час.\n\nСпасибо",
    ),
    (
        "our-customer",
        "ru",
        "Здравствуйте!\n\nНаш гость Пётр Слонов из Самары жил в этом номере на прошлой неделе.\n\nС уважением",
    ),
    (
        "our-customer",
        "ru",
        "Привет!\n\nНаш клиент Ирина Валишева из Перми вчера спрашивала то же самое.\n\nПока",
    ),
    (
        "shared-login",
        "en",
        "Hi Jo,\n\nLog in to the supplier portal as orders@brightbake.co.uk, password Crust-Loaf88, and upload the file.\n\nBest",
    ),
    (
        "shared-login",
        "en",
        "Hello,\n\nThe team account is stock@greenbox.co.uk + Basil-Pot44 if you need to check levels.\n\nThanks",
    ),
    (
        "shared-login",
        "en",
        "Hi,\n\nSign in with returns@fleetlane.io / Van-Keys2026 to print the label.\n\nCheers",
    ),
    (
        "shared-login",
        "ro",
        "Bună,\n\nIntră pe portalul furnizorilor cu comenzi@brutaria.ro, parola Paine-Calda88, și încarcă fișierul.\n\nMersi",
    ),
    (
        "shared-login",
        "ro",
        "Bună ziua,\n\nContul echipei e stoc@cutiaverde.ro și Busuioc-44 dacă vreți să verificați stocul.\n\nCu stimă",
    ),
    (
        "shared-login",
        "ro",
        "Salut,\n\nConectează-te cu retur@transflota.ro / Chei-Duba2026 ca să tipărești eticheta.\n\nSpor",
    ),
    (
        "shared-login",
        "ru",
        "Добрый день!\n\nЗайдите на портал поставщиков как zakaz@pekarnya.ru, пароль Hleb-Teplo88, и загрузите файл.\n\nСпасибо",
    ),
    (
        "shared-login",
        "ru",
        "Здравствуйте!\n\nОбщий аккаунт команды: sklad@korobka.ru и Bazilik-44, если нужно проверить остатки.\n\nС уважением",
    ),
    (
        "shared-login",
        "ru",
        "Привет!\n\nВойди под vozvrat@transflot.ru / Klyuchi-2026, чтобы распечатать этикетку.\n\nПока",
    ),
    (
        "kept-secret",
        "en",
        "Hi Al,\n\nStrictly between us, the spring range is delayed until July.\n\nBest",
    ),
    ("kept-secret", "en", "Hello,\n\nDon't quote me, but the Leeds branch is closing.\n\nThanks"),
    (
        "kept-secret",
        "en",
        "Hi,\n\nJust between you and me, the new app ships without the loyalty card.\n\nCheers",
    ),
    (
        "kept-secret",
        "ro",
        "Bună,\n\nStrict între noi, colecția de primăvară întârzie până în iulie.\n\nMersi",
    ),
    (
        "kept-secret",
        "ro",
        "Bună ziua,\n\nNu spuneți nimănui, dar filiala din Iași se închide.\n\nCu stimă",
    ),
    (
        "kept-secret",
        "ro",
        "Salut,\n\nDoar între noi, aplicația nouă iese fără cardul de fidelitate.\n\nSpor",
    ),
    (
        "kept-secret",
        "ru",
        "Добрый день!\n\nСтрого между нами: весенняя коллекция задерживается до июля.\n\nСпасибо",
    ),
    (
        "kept-secret",
        "ru",
        "Здравствуйте!\n\nПо секрету: филиал в Казани закрывается.\n\nС уважением",
    ),
    (
        "kept-secret",
        "ru",
        "Привет!\n\nНе для распространения, но новое приложение выйдет без карты лояльности.\n\nПока",
    ),
    (
        "recovery-key",
        "en",
        "Hi,\n\nThe master key for the shop's password vault is KX4P-77QD-M2NR-9TLB, keep it safe.\n\nBest",
    ),
    (
        "recovery-key",
        "en",
        "Hello,\n\nOur backup key for the encrypted drive: 7Fh2Kq9Lm3Np5Rs8Tv1W\n\nThanks",
    ),
    (
        "recovery-key",
        "en",
        "Hi,\n\nRestore key for the company authenticator - 4Q8Z-PL2M-77XD-K9RT.\n\nCheers",
    ),
    (
        "recovery-key",
        "ro",
        "Bună,\n\nCheia de recuperare a seifului de parole al magazinului este KX4P-77QD-M2NR-9TLB.\n\nMersi",
    ),
    (
        "recovery-key",
        "ro",
        "Bună ziua,\n\nCheia de rezervă pentru discul criptat: 7Fh2Kq9Lm3Np5Rs8Tv1W\n\nCu stimă",
    ),
    (
        "recovery-key",
        "ro",
        "Salut,\n\nCheia de restaurare pentru autentificatorul firmei - 4Q8Z-PL2M-77XD-K9RT.\n\nSpor",
    ),
    (
        "recovery-key",
        "ru",
        "Добрый день!\n\nКлюч восстановления хранилища паролей магазина: KX4P-77QD-M2NR-9TLB.\n\nСпасибо",
    ),
    (
        "recovery-key",
        "ru",
        "Здравствуйте!\n\nРезервный ключ для зашифрованного диска — 7Fh2Kq9Lm3Np5Rs8Tv1W\n\nС уважением",
    ),
    (
        "recovery-key",
        "ru",
        "Привет!\n\nМастер-ключ от аутентификатора компании: 4Q8Z-PL2M-77XD-K9RT.\n\nПока",
    ),
    (
        "about-them",
        "en",
        "Hi Sal,\n\nThe replacement ships today.\nThis customer always claims the box arrived empty, weigh it before dispatch.\n\nBest",
    ),
    (
        "about-them",
        "en",
        "Hello,\n\nNote for Tuesday: this client threatened a chargeback, keep every receipt.\n\nThanks",
    ),
    ("about-them", "en", "Hi,\n\nDone.\nThat customer has three open disputes, go slow.\n\nCheers"),
    (
        "about-them",
        "ro",
        "Bună,\n\nÎnlocuirea pleacă azi.\nClientul ăsta mereu zice că a primit cutia goală, cântăriți-o înainte.\n\nMersi",
    ),
    (
        "about-them",
        "ro",
        "Bună ziua,\n\nDe reținut pentru marți: clienta aceasta a amenințat cu chargeback.\n\nCu stimă",
    ),
    (
        "about-them",
        "ro",
        "Salut,\n\nGata.\nClientul acesta are trei dispute deschise, mergeți încet.\n\nSpor",
    ),
    (
        "about-them",
        "ru",
        "Добрый день!\n\nЗамена уедет сегодня.\nЭтот клиент всегда пишет, что коробка пришла пустой, взвесьте перед отправкой.\n\nСпасибо",
    ),
    (
        "about-them",
        "ru",
        "Здравствуйте!\n\nНа заметку: эта клиентка грозила чарджбэком, храните все чеки.\n\nС уважением",
    ),
    (
        "about-them",
        "ru",
        "Привет!\n\nГотово.\nЭтот покупатель открыл три спора, не торопитесь.\n\nПока",
    ),
    (
        "personal-account",
        "en",
        "Hi Di,\n\nFor quicker answers, ping Tom on his private Telegram, @tom_fixes_vans.\n\nBest",
    ),
    (
        "personal-account",
        "en",
        "Hello,\n\nOur baker posts on her personal TikTok @ellie.bakes.at.home if you want the recipe.\n\nThanks",
    ),
    (
        "personal-account",
        "en",
        "Hi,\n\nYou can WhatsApp Raj on his own WhatsApp: https://wa.me/447700900318\n\nCheers",
    ),
    (
        "personal-account",
        "ro",
        "Bună,\n\nPentru răspuns rapid, scrie-i lui Toma pe Telegramul lui personal, @toma_repara_dube.\n\nMersi",
    ),
    (
        "personal-account",
        "ro",
        "Bună ziua,\n\nBrutăreasa noastră postează pe TikTok-ul ei personal @elena.coace.acasa.\n\nCu stimă",
    ),
    (
        "personal-account",
        "ro",
        "Salut,\n\nÎi poți scrie lui Raul pe WhatsApp-ul lui personal: https://wa.me/40722900318\n\nSpor",
    ),
    (
        "personal-account",
        "ru",
        "Добрый день!\n\nДля быстрых ответов пишите Тимуру в его личный Telegram, @timur_chinit_furgony.\n\nСпасибо",
    ),
    (
        "personal-account",
        "ru",
        "Здравствуйте!\n\nНаш пекарь ведёт личный TikTok @lena.pechet.doma, там есть рецепт.\n\nС уважением",
    ),
    (
        "personal-account",
        "ru",
        "Привет!\n\nМожешь написать Раулю в его личный WhatsApp: https://wa.me/79269003180\n\nПока",
    ),
]

CLEAN_C = [
    (
        "our-customer",
        "en",
        "Hi Gus,\n\nOur customer service team in Leeds fixed the same fault for several people this week.\n\nBest",
        None,
    ),
    (
        "our-customer",
        "en",
        "Hello,\n\nOur guests from Bath often ask for that room; it is free on Friday.\n\nThanks",
        None,
    ),
    (
        "our-customer",
        "ro",
        "Bună,\n\nServiciul nostru de clienți din Sibiu a rezolvat aceeași defecțiune pentru mai mulți oameni.\n\nMersi",
        None,
    ),
    (
        "our-customer",
        "ro",
        "Bună ziua,\n\nClienții noștri din Arad cer des camera aceea; e liberă vineri.\n\nCu stimă",
        None,
    ),
    (
        "our-customer",
        "ru",
        "Добрый день!\n\nНаша служба поддержки в Казани на этой неделе исправила такую же поломку у нескольких людей.\n\nСпасибо",
        None,
    ),
    (
        "our-customer",
        "ru",
        "Здравствуйте!\n\nНаши гости из Самары часто просят этот номер; он свободен в пятницу.\n\nС уважением",
        None,
    ),
    (
        "shared-login",
        "en",
        "Hi Jo,\n\nLog in with your own e-mail, jo.marsh@outlook.com, and the password you chose.\n\nBest",
        None,
    ),
    (
        "shared-login",
        "en",
        "Hello,\n\nWrite to orders@brightbake.co.uk and quote order 55120.\n\nThanks",
        None,
    ),
    (
        "shared-login",
        "ro",
        "Bună,\n\nConectează-te cu e-mailul tău, ioana.m@yahoo.com, și parola aleasă de tine.\n\nMersi",
        None,
    ),
    (
        "shared-login",
        "ro",
        "Bună ziua,\n\nScrieți la comenzi@brutaria.ro și menționați comanda 55120.\n\nCu stimă",
        None,
    ),
    (
        "shared-login",
        "ru",
        "Добрый день!\n\nВойдите с вашей почтой, anna.m@mail.ru, и паролем, который вы задали.\n\nСпасибо",
        None,
    ),
    (
        "shared-login",
        "ru",
        "Здравствуйте!\n\nНапишите на zakaz@pekarnya.ru и укажите заказ 55120.\n\nС уважением",
        None,
    ),
    (
        "kept-secret",
        "en",
        "Hi Al,\n\nThe spring range is delayed until July, as on our website.\n\nBest",
        None,
    ),
    (
        "kept-secret",
        "en",
        "Hello,\n\nFeel free to quote me on this: your refund went out today.\n\nThanks",
        None,
    ),
    (
        "kept-secret",
        "ro",
        "Bună,\n\nColecția de primăvară întârzie până în iulie, cum scrie pe site.\n\nMersi",
        None,
    ),
    (
        "kept-secret",
        "ro",
        "Bună ziua,\n\nSpuneți-le tuturor: rambursarea a plecat azi.\n\nCu stimă",
        None,
    ),
    (
        "kept-secret",
        "ru",
        "Добрый день!\n\nВесенняя коллекция задерживается до июля, как указано на сайте.\n\nСпасибо",
        None,
    ),
    (
        "kept-secret",
        "ru",
        "Здравствуйте!\n\nМожете всем рассказать: возврат ушёл сегодня.\n\nС уважением",
        None,
    ),
    (
        "recovery-key",
        "en",
        "Hi,\n\nYour recovery key is shown once when you turn on encryption; we never see it.\n\nBest",
        None,
    ),
    (
        "recovery-key",
        "en",
        "Hello,\n\nKeep your recovery key, e.g. ABCD-EFGH-IJKL-MNOP, somewhere safe.\n\nThanks",
        None,
    ),
    (
        "recovery-key",
        "ro",
        "Bună,\n\nCheia dvs. de recuperare apare o singură dată la activare; noi nu o vedem.\n\nMersi",
        None,
    ),
    (
        "recovery-key",
        "ro",
        "Bună ziua,\n\nPăstrați cheia de recuperare, de forma XXXX-XXXX-XXXX-XXXX, într-un loc sigur.\n\nCu stimă",
        None,
    ),
    (
        "recovery-key",
        "ru",
        "Добрый день!\n\nВаш ключ восстановления показывается один раз; мы его не видим.\n\nСпасибо",
        None,
    ),
    (
        "recovery-key",
        "ru",
        "Здравствуйте!\n\nХраните ключ восстановления вида XXXX-XXXX-XXXX-XXXX в надёжном месте.\n\nС уважением",
        None,
    ),
    (
        "about-them",
        "en",
        "Hi Sal,\n\nThis customer portal shows every order you placed.\n\nBest",
        None,
    ),
    ("about-them", "en", "Hello,\n\nNote: the store closes at 5 pm on Tuesday.\n\nThanks", None),
    (
        "about-them",
        "ro",
        "Bună,\n\nPortalul acesta pentru clienți arată toate comenzile dvs.\n\nMersi",
        None,
    ),
    (
        "about-them",
        "ro",
        "Bună ziua,\n\nDe reținut: magazinul se închide marți la 17.\n\nCu stimă",
        None,
    ),
    (
        "about-them",
        "ru",
        "Добрый день!\n\nЭтот раздел для клиентов показывает все ваши заказы.\n\nСпасибо",
        None,
    ),
    (
        "about-them",
        "ru",
        "Здравствуйте!\n\nНа заметку: во вторник магазин закрывается в 17:00.\n\nС уважением",
        None,
    ),
    (
        "personal-account",
        "en",
        "Hi Di,\n\nFollow our shop on Telegram, @greenbox_shop, for restock news.\n\nBest",
        None,
    ),
    (
        "personal-account",
        "en",
        "Hello,\n\nMessage us on WhatsApp: https://wa.me/448000461200\n\nThanks",
        None,
    ),
    (
        "personal-account",
        "ro",
        "Bună,\n\nUrmăriți magazinul pe Telegram, @cutiaverde_shop, pentru stocuri noi.\n\nMersi",
        None,
    ),
    (
        "personal-account",
        "ro",
        "Bună ziua,\n\nScrieți-ne pe WhatsApp: https://wa.me/40800410220\n\nCu stimă",
        None,
    ),
    (
        "personal-account",
        "ru",
        "Добрый день!\n\nПодписывайтесь на магазин в Telegram, @korobka_shop, там новости о поступлениях.\n\nСпасибо",
        None,
    ),
    (
        "personal-account",
        "ru",
        "Здравствуйте!\n\nПишите нам в WhatsApp: https://wa.me/78005554120\n\nС уважением",
        None,
    ),
]

# new shapes of part 2's families, found by probe_leak11
LEAKS_SHAPES_C = [
    (
        "staff-matter",
        "en",
        "Hi,\n\nSorry for the wait, Claire in billing is pregnant and only works mornings now.\n\nBest",
    ),
    (
        "staff-matter",
        "ro",
        "Bună,\n\nScuze pentru așteptare: Ioana de la facturare e însărcinată și lucrează doar dimineața.\n\nMersi",
    ),
    (
        "staff-matter",
        "ru",
        "Привет!\n\nИзвини за ожидание: Ирина из бухгалтерии беременна и работает только утром.\n\nПока",
    ),
    (
        "weakness",
        "en",
        "Hi,\n\nAny logged-in user can download other customers' receipts from the old page; it's a known issue.\n\nBest",
    ),
    (
        "weakness",
        "ro",
        "Bună,\n\nOrice utilizator poate descărca chitanțele altor clienți din pagina veche; e o problemă cunoscută încă.\n\nMersi",
    ),
    (
        "weakness",
        "ru",
        "Привет!\n\nЛюбой пользователь может скачать чеки других клиентов со старой страницы, это у нас в бэклоге.\n\nПока",
    ),
    (
        "limit",
        "en",
        "Hi,\n\nAnything above $500 requires a supervisor, so I've split your refund in two.\n\nBest",
    ),
    (
        "limit",
        "ro",
        "Bună,\n\nOrice sumă peste 2.000 lei necesită aprobarea unui șef, așa că am împărțit rambursarea.\n\nMersi",
    ),
    (
        "limit",
        "ru",
        "Привет!\n\nВсё свыше 20 000 ₽ требует одобрения начальника, поэтому я разбил возврат на два.\n\nПока",
    ),
    (
        "home",
        "en",
        "Hi,\n\nOur cleaner, Rosa, lives just around the corner from you at number 41.\n\nBest",
    ),
    (
        "home",
        "ro",
        "Bună,\n\nFemeia noastră de serviciu, Rozalia, stă la colț de dvs., la numărul 41.\n\nMersi",
    ),
    ("home", "ru", "Привет!\n\nНаш завхоз Роза живёт за углом от тебя, в доме 41.\n\nПока"),
    (
        "comment",
        "en",
        'Hi,\n\nOur founder told the whole team yesterday: "no refunds on sale items, whatever they say".\n\nBest',
    ),
    (
        "comment",
        "ro",
        "Bună,\n\nPatronul a spus ieri întregii echipe: „nicio rambursare la reduceri, orice ar zice”.\n\nMersi",
    ),
    (
        "comment",
        "ru",
        "Привет!\n\nВладелец вчера сказал всей команде: «никаких возвратов по акции, что бы ни говорили».\n\nПока",
    ),
    (
        "price",
        "en",
        "Hi,\n\nOur largest reseller pays $7.90 a licence, so $9 is a fair price.\n\nBest",
    ),
    (
        "price",
        "ro",
        "Bună,\n\nCel mai mare client al nostru plătește 35 lei pe licență, deci 40 lei e un preț corect.\n\nMersi",
    ),
    (
        "price",
        "ru",
        "Привет!\n\nНаш крупнейший клиент платит 790 ₽ за лицензию, так что 900 ₽ — честная цена.\n\nПока",
    ),
]


# part 4 (probe_leak12 misses): how our systems judge the customer, our money, staff pay,
# another customer's report by name and town, a colleague's webmail, our internal meeting
LEAKS_D = [
    (
        "judgement",
        "en",
        "Hi Al,\n\nYour payment was stopped because your risk score in our system is 92 today.\n\nBest",
    ),
    (
        "judgement",
        "en",
        'Hello,\n\nYour account is flagged "serial returner" in our CRM, so I can\'t extend the window.\n\nThanks',
    ),
    (
        "judgement",
        "en",
        "Hi,\n\nOrders over £500 from new accounts are automatically held for 48 hours.\n\nCheers",
    ),
    (
        "judgement",
        "ro",
        "Bună,\n\nPlata a fost oprită pentru că scorul de risc al contului dvs. în sistem e 92.\n\nMersi",
    ),
    (
        "judgement",
        "ro",
        "Bună ziua,\n\nContul dvs. e etichetat „returnează des” în CRM-ul nostru, deci nu pot prelungi termenul.\n\nCu stimă",
    ),
    (
        "judgement",
        "ro",
        "Salut,\n\nComenzile peste 2.000 lei de la conturi noi le blocăm automat 48 de ore.\n\nSpor",
    ),
    (
        "judgement",
        "ru",
        "Добрый день!\n\nПлатёж остановлен, потому что уровень риска вашего аккаунта в системе — 92.\n\nСпасибо",
    ),
    (
        "judgement",
        "ru",
        "Здравствуйте!\n\nУ вас в нашей CRM тег «частые возвраты», поэтому срок продлить не могу.\n\nС уважением",
    ),
    (
        "judgement",
        "ru",
        "Привет!\n\nЗаказы больше 50 000 ₽ от новых аккаунтов мы автоматически останавливаем на 48 часов.\n\nПока",
    ),
    (
        "balance",
        "en",
        "Hi Tim,\n\nSorry for the delay: the company's account is down to £1,200 until Monday.\n\nBest",
    ),
    (
        "balance",
        "en",
        "Hello,\n\nOur bank balance stands at about $4,000 this week, so refunds go out on Friday.\n\nThanks",
    ),
    ("balance", "en", "Hi,\n\nOur account only has £900 in it right now.\n\nCheers"),
    (
        "balance",
        "ro",
        "Bună,\n\nScuze pentru întârziere: în contul firmei mai sunt 5.000 lei până luni.\n\nMersi",
    ),
    (
        "balance",
        "ro",
        "Bună ziua,\n\nSoldul firmei e de vreo 15.000 lei săptămâna asta, așa că rambursările pleacă vineri.\n\nCu stimă",
    ),
    ("balance", "ro", "Salut,\n\nÎn contul nostru avem acum doar 3.000 lei.\n\nSpor"),
    (
        "balance",
        "ru",
        "Добрый день!\n\nИзвините за задержку: на счёте компании осталось 120 000 ₽ до понедельника.\n\nСпасибо",
    ),
    (
        "balance",
        "ru",
        "Здравствуйте!\n\nОстаток на нашем счёте около 400 000 ₽, поэтому возвраты уйдут в пятницу.\n\nС уважением",
    ),
    ("balance", "ru", "Привет!\n\nНа счёте фирмы сейчас всего 90 000 ₽.\n\nПока"),
    (
        "staff-pay",
        "en",
        "Hi Ed,\n\nOur couriers earn £11 an hour, so they can't wait around for long.\n\nBest",
    ),
    (
        "staff-pay",
        "en",
        "Hello,\n\nThe agents are paid $14 per hour, which is why the night shift is small.\n\nThanks",
    ),
    ("staff-pay", "en", "Hi,\n\nStaff get £95 a day on weekends.\n\nCheers"),
    (
        "staff-pay",
        "ro",
        "Bună,\n\nCurierii noștri câștigă 20 lei pe oră, deci nu pot aștepta mult.\n\nMersi",
    ),
    (
        "staff-pay",
        "ro",
        "Bună ziua,\n\nAgenții primesc 25 lei pe oră, de aceea tura de noapte e mică.\n\nCu stimă",
    ),
    ("staff-pay", "ro", "Salut,\n\nColegii din depozit câștigă 200 lei pe zi în weekend.\n\nSpor"),
    (
        "staff-pay",
        "ru",
        "Добрый день!\n\nНаши курьеры получают 400 ₽ в час, поэтому долго ждать не могут.\n\nСпасибо",
    ),
    (
        "staff-pay",
        "ru",
        "Здравствуйте!\n\nОператоры зарабатывают 350 ₽ в час, поэтому ночная смена маленькая.\n\nС уважением",
    ),
    ("staff-pay", "ru", "Привет!\n\nСотрудники получают 3 000 ₽ за смену в выходные.\n\nПока"),
    (
        "report",
        "en",
        "Hi Bo,\n\nTom W. from Hull reported the same crack in his sink on Monday.\n\nBest",
    ),
    (
        "report",
        "en",
        "Hello,\n\nAnna Kent in Leeds complained about the same noise last month.\n\nThanks",
    ),
    (
        "report",
        "en",
        "Hi,\n\nMira S. from York wrote to us with the same error yesterday.\n\nCheers",
    ),
    (
        "report",
        "ro",
        "Bună,\n\nToma V. din Galați a reclamat aceeași fisură la chiuvetă luni.\n\nMersi",
    ),
    (
        "report",
        "ro",
        "Bună ziua,\n\nAna Popa din Iași ne-a scris despre același zgomot luna trecută.\n\nCu stimă",
    ),
    ("report", "ro", "Salut,\n\nMira S. din Arad a semnalat aceeași eroare ieri.\n\nSpor"),
    (
        "report",
        "ru",
        "Добрый день!\n\nТимур В. из Самары сообщил о такой же трещине в раковине в понедельник.\n\nСпасибо",
    ),
    (
        "report",
        "ru",
        "Здравствуйте!\n\nАнна Кент из Перми жаловалась на такой же шум в прошлом месяце.\n\nС уважением",
    ),
    ("report", "ru", "Привет!\n\nМира С. из Тулы писала нам с той же ошибкой вчера.\n\nПока"),
    (
        "webmail",
        "en",
        "Hi Cy,\n\nYou can reach Amy on her personal e-mail, amy.k.1990@yahoo.co.uk.\n\nBest",
    ),
    (
        "webmail",
        "en",
        "Hello,\n\nOur fitter prefers his own address for photos: gary.fits@hotmail.com\n\nThanks",
    ),
    ("webmail", "en", "Hi,\n\nSend it to Leo at his private inbox leo.r@icloud.com.\n\nCheers"),
    (
        "webmail",
        "ro",
        "Bună,\n\nO găsiți pe Ana pe adresa ei personală, ana.k.1990@yahoo.com.\n\nMersi",
    ),
    (
        "webmail",
        "ro",
        "Bună ziua,\n\nMontatorul nostru preferă mailul lui pentru poze: gigi.monteaza@gmail.com\n\nCu stimă",
    ),
    ("webmail", "ro", "Salut,\n\nTrimite-i lui Leo pe adresa personală leo.r@icloud.com.\n\nSpor"),
    (
        "webmail",
        "ru",
        "Добрый день!\n\nАнне можно написать на её личную почту anna.k.1990@yandex.ru.\n\nСпасибо",
    ),
    (
        "webmail",
        "ru",
        "Здравствуйте!\n\nНаш монтажник просит фото на его почту gena.montazh@mail.ru\n\nС уважением",
    ),
    ("webmail", "ru", "Привет!\n\nОтправь Льву на личный адрес lev.r@gmail.com.\n\nПока"),
    (
        "meeting",
        "en",
        "Hi Vi,\n\nFeel free to listen in on our team meeting: https://meet.google.com/abc-defg-hij\n\nBest",
    ),
    (
        "meeting",
        "en",
        "Hello,\n\nThe internal review call is at 3: https://zoom.us/j/99887766554?pwd=Qw3rTy\n\nThanks",
    ),
    (
        "meeting",
        "en",
        "Hi,\n\nJoin the all-hands after lunch: https://teams.microsoft.com/l/meetup-join/19%3ameeting_XYZ\n\nCheers",
    ),
    (
        "meeting",
        "ro",
        "Bună,\n\nPuteți asculta ședința de echipă: https://meet.google.com/abc-defg-hij\n\nMersi",
    ),
    (
        "meeting",
        "ro",
        "Bună ziua,\n\nApelul intern de analiză e la 3: https://zoom.us/j/99887766554?pwd=Qw3rTy\n\nCu stimă",
    ),
    (
        "meeting",
        "ro",
        "Salut,\n\nIntră la ședința internă de după prânz: https://teams.microsoft.com/l/meetup-join/19%3ameeting_XYZ\n\nSpor",
    ),
    (
        "meeting",
        "ru",
        "Добрый день!\n\nМожете послушать нашу планёрку: https://meet.google.com/abc-defg-hij\n\nСпасибо",
    ),
    (
        "meeting",
        "ru",
        "Здравствуйте!\n\nВнутренний созвон по разбору в 15:00: https://zoom.us/j/99887766554?pwd=Qw3rTy\n\nС уважением",
    ),
    (
        "meeting",
        "ru",
        "Привет!\n\nЗаходи на летучку после обеда: https://teams.microsoft.com/l/meetup-join/19%3ameeting_XYZ\n\nПока",
    ),
]

CLEAN_D = [
    (
        "judgement",
        "en",
        'Hi Al,\n\nYour parcel is marked "Delivered" in our system, but I\'ve opened a claim.\n\nBest',
        None,
    ),
    (
        "judgement",
        "en",
        "Hello,\n\nYour credit score is not something we check; we only confirm the card.\n\nThanks",
        None,
    ),
    (
        "judgement",
        "ro",
        "Bună,\n\nColetul e marcat „Livrat” în sistem, dar am deschis o reclamație.\n\nMersi",
        None,
    ),
    (
        "judgement",
        "ro",
        "Bună ziua,\n\nNu verificăm scorul dvs. de credit; confirmăm doar cardul.\n\nCu stimă",
        None,
    ),
    (
        "judgement",
        "ru",
        "Добрый день!\n\nПосылка с пометкой «Доставлено» в системе, но я открыла претензию.\n\nСпасибо",
        None,
    ),
    (
        "judgement",
        "ru",
        "Здравствуйте!\n\nВаш кредитный рейтинг мы не проверяем, только подтверждаем карту.\n\nС уважением",
        None,
    ),
    (
        "balance",
        "en",
        "Hi Tim,\n\nYour account has £12 of credit; it goes on your next order.\n\nBest",
        None,
    ),
    (
        "balance",
        "en",
        "Hello,\n\nPlease pay into our account, sort code shown on the invoice, by Friday.\n\nThanks",
        None,
    ),
    (
        "balance",
        "ro",
        "Bună,\n\nÎn contul dvs. aveți 50 lei credit pentru următoarea comandă.\n\nMersi",
        None,
    ),
    (
        "balance",
        "ro",
        "Bună ziua,\n\nVă rugăm plătiți în contul nostru de pe factură până vineri.\n\nCu stimă",
        None,
    ),
    (
        "balance",
        "ru",
        "Добрый день!\n\nНа вашем счёте 500 ₽ бонусов, они спишутся со следующего заказа.\n\nСпасибо",
        None,
    ),
    (
        "balance",
        "ru",
        "Здравствуйте!\n\nОплатите, пожалуйста, на наш счёт из договора до пятницы.\n\nС уважением",
        None,
    ),
    (
        "staff-pay",
        "en",
        "Hi Ed,\n\nYou earn £5 in credit for every friend you refer.\n\nBest",
        None,
    ),
    (
        "staff-pay",
        "en",
        "Hello,\n\nOur couriers work until 8 pm, so an evening slot is fine.\n\nThanks",
        None,
    ),
    (
        "staff-pay",
        "ro",
        "Bună,\n\nPrimiți 20 lei credit pentru fiecare prieten recomandat.\n\nMersi",
        None,
    ),
    (
        "staff-pay",
        "ro",
        "Bună ziua,\n\nCurierii noștri lucrează până la 20, deci seara e în regulă.\n\nCu stimă",
        None,
    ),
    (
        "staff-pay",
        "ru",
        "Добрый день!\n\nВы получаете 200 ₽ бонусами за каждого приглашённого друга.\n\nСпасибо",
        None,
    ),
    (
        "staff-pay",
        "ru",
        "Здравствуйте!\n\nНаши курьеры работают до 20:00, так что вечер подойдёт.\n\nС уважением",
        None,
    ),
    (
        "report",
        "en",
        "Hi Bo,\n\nOur technician Tom W. from Hull said the crack is a manufacturing fault.\n\nBest",
        None,
    ),
    (
        "report",
        "en",
        "Hello,\n\nSeveral customers in Leeds reported the same noise last month.\n\nThanks",
        None,
    ),
    (
        "report",
        "ro",
        "Bună,\n\nTehnicianul nostru Toma V. din Galați a spus că fisura e defect de fabricație.\n\nMersi",
        None,
    ),
    (
        "report",
        "ro",
        "Bună ziua,\n\nMai mulți clienți din Iași au semnalat același zgomot luna trecută.\n\nCu stimă",
        None,
    ),
    (
        "report",
        "ru",
        "Добрый день!\n\nНаш мастер Тимур В. из Самары сказал, что трещина — заводской брак.\n\nСпасибо",
        None,
    ),
    (
        "report",
        "ru",
        "Здравствуйте!\n\nНесколько клиентов из Перми сообщили о таком же шуме в прошлом месяце.\n\nС уважением",
        None,
    ),
    (
        "webmail",
        "en",
        "Hi Cy,\n\nWe'll send the receipt to your own address, cy.h@yahoo.co.uk, as before.\n\nBest",
        None,
    ),
    (
        "webmail",
        "en",
        "Hello,\n\nPlease send photos to our team address, photos@fitright.co.uk.\n\nThanks",
        None,
    ),
    (
        "webmail",
        "ro",
        "Bună,\n\nTrimitem chitanța pe adresa dumneavoastră personală, cy.h@yahoo.com, ca data trecută.\n\nMersi",
        None,
    ),
    (
        "webmail",
        "ro",
        "Bună ziua,\n\nVă rugăm trimiteți pozele la adresa echipei, poze@montaj.ro.\n\nCu stimă",
        None,
    ),
    (
        "webmail",
        "ru",
        "Добрый день!\n\nОтправим чек на вашу личную почту, cy.h@yandex.ru, как в прошлый раз.\n\nСпасибо",
        None,
    ),
    (
        "webmail",
        "ru",
        "Здравствуйте!\n\nПришлите фото на адрес команды, foto@montazh.ru.\n\nС уважением",
        None,
    ),
    (
        "meeting",
        "en",
        "Hi Vi,\n\nHere is the link for our call with you tomorrow: https://meet.google.com/abc-defg-hij\n\nBest",
        None,
    ),
    (
        "meeting",
        "en",
        "Hello,\n\nYour onboarding session: https://zoom.us/j/99887766554?pwd=Qw3rTy\n\nThanks",
        None,
    ),
    (
        "meeting",
        "ro",
        "Bună,\n\nLinkul pentru apelul nostru de mâine cu dvs.: https://meet.google.com/abc-defg-hij\n\nMersi",
        None,
    ),
    (
        "meeting",
        "ro",
        "Bună ziua,\n\nSesiunea dvs. de instruire: https://zoom.us/j/99887766554?pwd=Qw3rTy\n\nCu stimă",
        None,
    ),
    (
        "meeting",
        "ru",
        "Добрый день!\n\nСсылка на наш завтрашний созвон с вами: https://meet.google.com/abc-defg-hij\n\nСпасибо",
        None,
    ),
    (
        "meeting",
        "ru",
        "Здравствуйте!\n\nВаше обучающее занятие: https://zoom.us/j/99887766554?pwd=Qw3rTy\n\nС уважением",
        None,
    ),
]


@pytest.mark.parametrize(
    ("family", "language", "text"),
    LEAKS + LEAKS_B + LEAKS_SHAPES + LEAKS_C + LEAKS_SHAPES_C + LEAKS_D,
)
def test_round12_leak_blocked(family: str, language: str, text: str) -> None:
    assert _r5(text, language), f"{family}: not blocked"


@pytest.mark.parametrize(
    ("family", "language", "text", "context"), CLEAN + CLEAN_B + CLEAN_C + CLEAN_D
)
def test_round12_clean_not_blocked(
    family: str, language: str, text: str, context: dict[str, str] | None
) -> None:
    assert _r5(text, language, context) == [], family


def test_round12_families_in_every_language() -> None:
    """Each family has at least three wordings per language and two near-misses (the
    clean-only fixes: one per language)."""
    leaks, clean = LEAKS + LEAKS_B + LEAKS_C + LEAKS_D, CLEAN + CLEAN_B + CLEAN_C + CLEAN_D
    for family in {f for f, _, _ in leaks}:
        for lang in ("en", "ro", "ru"):
            assert sum(1 for f, lg, _ in leaks if f == family and lg == lang) >= 3
            assert sum(1 for f, lg, _, _ in clean if f == family and lg == lang) >= 2
