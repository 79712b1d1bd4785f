"""Someone else's personal data in a draft (R5), with or without an e-mail address: a
person named (with a title, a first name and surname, a surname with initials) next to
their address, flat, phone, plate, birth date, health details, purchases, codes or what
they were paid ("Mr Mehta … received £220 compensation"). Kept
apart from the secrets detectors because its hard part is different: telling a stranger
from the customer greeted, the signature, colleagues, partners, places and businesses.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    ENDING,
    OUR_COLLEAGUE,
    PHONE,
    PRIVATE_LINE,
    RELATION,
    SENTENCE_END,
    SENTENCE_START,
    Known,
    Leak,
    any_of,
    first_found,
    has_any,
    hinted,
    lowered,
    present,
    sentence_around,
    sentence_start,
)
from supportdesk.tone.leakvalues import (
    BEREAVED,
    DOMAIN,
    REGISTERED_TO_YOU,
    number_key,
    own_address,
    role_address,
)
from supportdesk.tone.othersmoney import billed_to_reader, estate_debt
from supportdesk.tone.samples import sample_person
from supportdesk.tone.words import finder, scan

# Someone else's personal data without an e-mail address: a person named with a title
# (Mrs Helen Gibbs, doamna Elena Grigore, a Russian name and patronymic) and, close by,
# a street address, a phone number or an identity number. Not the customer greeted in
# the first line, not the signature, not a colleague ("our engineer Mr Hall, 0800 …").
_PERSON = re.compile(
    # leak17a: "Mr. P. Duarte" (blind28 en-aj070): an initial after the title
    r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.\s?){0,2}(?:[A-Z][a-z'-]+\s+){0,2}[A-Z][a-z'-]+|"
    r"\b(?:[dD]omn(?:ul|ului)|[dD]oamn(?:a|ei)|[dD]omni[șs]oar(?:a|ei)|d-(?:l|lui|na|nei)|dl\.?|dna\.?)\s+"
    r"(?:(?:dr|ing|prof|av)\.?\s+)?"
    r"[A-ZĂÂÎȘȚ][\w-]+(?:\s+[A-ZĂÂÎȘȚ][\w-]+){0,2}|"
    r"\b[А-ЯЁ][а-яё]+(?:[ \t]+[А-ЯЁ][а-яё]+){1,2}|"
    # a surname with initials: "Сидорова В. А.", "В. А. Сидоров", "Sidorov V.A."
    r"\b[А-ЯЁA-Z][а-яёa-z]+[ \t]+[А-ЯЁA-Z]\.[ \t]?(?:[А-ЯЁA-Z]\.)?|"
    r"\b[А-ЯЁA-Z]\.[ \t]?(?:[А-ЯЁA-Z]\.[ \t]?)?[А-ЯЁA-Z][а-яёa-z]{2,}|"
    # a first name and surname without a title ("Karen Boyd", "lui Radu Tănase"): a
    # person only when no word is a common capitalised one (`NOT_NAME_WORDS`)
    r"\b[A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ'-]+[ \t]+[A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ'-]+"
)
# the first letter of every `_PERSON` branch ("Mr", "Dr", "Иван", "Karen"), or the
# start of a title ("domnul", "Doamna", "d-na", "dl", "dna"): `scan` tries the pattern
# only there, not its "\b" at every position (nor at every "d" of the draft); written
# with one class first, so that the engine skips ahead to it. A capital opens a match
# only with another capital after its word, a dot and spaces: every branch but the
# titles' holds a second capitalised word or an initial ("Karen Boyd", "Mr. P. Duarte",
# "Сидорова В.", "В. А. Сидоров"). spd23: a capital with none ("Thank", "I", the sentence
# starts) was a candidate too, ~65 a draft, nearly all of them tried for nothing
_PERSON_AT = re.compile(
    r"[A-ZĂÂÎȘȚŞŢА-ЯЁd](?:(?<=d)(?:om|oa|-|l|n)|(?<=D)(?:om|oa)"
    r"|(?<!d)(?=[\w'-]*\.?\s*[A-ZĂÂÎȘȚŞŢА-ЯЁ]))"
)
_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ]")
_LATIN_NAME = re.compile(r"[A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ'-]+[ \t]+[A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ'-]+")
# a surname with one initial ("Patel R.", "Popescu A."): no two whole capitalised words
_INITIAL_NAME = re.compile(r"[A-ZĂÂÎȘȚŞŢА-ЯЁ][a-zăâîșțşţа-яё]+[ \t]+[A-ZĂÂÎȘȚŞŢА-ЯЁ]\.")
# Around a first name and surname with no title: a place or a business, not a person
# ("din Baia Mare", "at Canary Wharf", "the Samsung Experience store")
# pol62 (blind63): or a route's other end joined by a dash with no space ("Cluj–Londra Luton")
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|din|[îi]n|at|from|of|near|spre|prin|via|our|into|towards|"
    r"nostru|noastr[ăa]|pe\s+la)\s+$|\w[–-]$"
)
# pol113 (trainP42): two capitalised Russian words after «в», «во», «из» or «под» are a town or
# a firm («ближайший к вашему адресу в Нижнем Новгороде — на ул. Родионова, 165»); a person stands
# after «у», «к», «от», «по»
_RU_PLACE_BEFORE = re.compile(r"(?<!\w)(?:[вВ]|[вВ]о|[иИ]з|[пП]од)\s+$")
# pol116 (trainP43's ro-xt038): the rest of an office's name („Direcției de Impozite și Taxe Locale")
_OFFICE_BEFORE = re.compile(
    r"\b(?:Direc[țt]i\w*|Agen[țt]i\w*|Minister\w*|Prim[ăa]ri\w*|Inspectorat\w*|Autorit[ăa][țt]i\w*|Oficiu\w*|"
    r"Administra[țt]i\w*|Departament\w*|Compartiment\w*|Serviciu\w*|Direction|Department|Office|Ministry)\s+"
    r"(?:(?:de|pentru|a|al|of|for)\s+)?(?:[A-ZĂÂÎȘȚ]\w*\s+(?:(?:[șs]i|and|&)\s+)?){0,3}$"
)
_ORG_AFTER = re.compile(
    r"(?i)\s+(?:branch|store|shop|office|depot|centre|center|mall|hospital|station|airport|"
    r"hotel|clinic|team|app|service|site|warehouse|showroom|outlet|park|filial\w*|magazin\w*|"
    r"sediu\w*|depozit\w*|birou\w*|spital\w*|gar[aă]|aeroport\w*)\b"
)
# a street address among the data, and who it was handed or sent to: "went to Graham
# Whitfield, 7 Bramble Close" names a person's address; "depot, Mount Pleasant, 45
# Farringdon Road" a place's
# the words that open a street's name in ro and ru ("strada", "calea", «ул.», «проспект»)
_STREET_WORDS = r"str\.|strada|bd\.|bulevardul|calea|aleea|[șs]os\.|ул\.|улиц\w*|пр-т|проспект\w*|пер\.|переул\w*|шоссе|наб\."
_STREET = re.compile(r"\d{1,4}[A-Za-z]?,?\s+[A-Z]|,\s*\d|(?i:" + _STREET_WORDS + r")|[A-Z]{1,2}\d")
_HANDED_TO = re.compile(
    r"(?i)(?:\b(?:to|by|for|with|lui|pe|cu|c[ăa]tre)|neighbou?r\w*|vecin\w*|husband|wife|"
    r"partner|friend|colleague|relative|so[țt]\w*|prieten\w*|rud\w*)[\s,]+$"
)
# leak177 (trainK67's en-ys058, ro-ys057): a private party to the sale named in the sentence before
# a bare name and its street ("The seller's a one-man operation from his house — Greg Simmons, 7
# Moor Lane", „Vânzătorul e o persoană fizică din Oradea, Tudor Marin, str. Nufărului 18"): where a
# person lives, as when it was handed to them
_PRIVATE_PARTY = re.compile(
    r"(?i)\b(?:seller|vendor|sender|buyer|owner|landlord|private\s+(?:individual|person)|"
    r"v[âa]nz[ăa]tor\w*|expeditor\w*|cump[ăa]r[ăa]tor\w*|proprietar\w*|persoan[ăa]\s+fizic[ăa])\b|"
    r"(?<!\w)(?:продав\w*|отправител\w*|покупател\w*|владел\w*|хозя\w*|частн\w+\s+лиц\w*)(?!\w)"
)


def _given_to(text: str, start: int, before: str) -> bool:
    """Whether the bare name at `start` is who something went to ("to", "for", a neighbour) or a
    private party to the sale named earlier in its sentence (leak177): its street is then where
    a person lives. Asked only once a street follows the name."""
    return bool(
        finder(_HANDED_TO).search(before)
        or _PRIVATE_PARTY.search(text, sentence_start(text, start), start)
    )


_COMPANY_AFTER = re.compile(r"[ \t]+(?:Ltd|Limited|Inc|LLC|PLC|GmbH|SRL|S\.R\.L|SA|S\.A)\b")
# Capitalised words that are no one's name: places, days, months, products, company
# and support words ("Customer Service", "Google Pay", "Bramble Close", "Luni Dimineața")
NOT_NAME_WORDS = {
    "customer", "customers", "service", "services", "support", "team", "help", "centre",
    "center", "desk", "bank", "pay", "card", "account", "settings", "store", "shop", "online",
    "mobile", "app", "office", "ltd", "limited", "inc", "llc", "srl", "sa", "group", "street",
    "road", "lane", "avenue", "close", "drive", "way", "court", "place", "gardens", "crescent",
    "terrace", "square", "boulevard", "row", "hill", "grove", "park", "house", "building",
    "floor", "department", "plan", "premium", "business", "pro", "plus", "home", "care",
    "insurance", "energy", "mail", "post", "royal", "express", "courier", "delivery", "returns",
    "orders", "billing", "invoice", "apple", "google", "microsoft", "windows", "android",
    "iphone", "visa", "mastercard", "amazon", "paypal", "chrome", "firefox", "safari",
    "outlook", "gmail", "teams", "zoom", "slack", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "kind", "best", "regards",
    "thanks", "thank", "many", "warm", "dear", "hello", "hi", "good", "morning", "afternoon",
    "evening", "please", "note", "the", "this", "your", "our", "new", "old", "north", "south",
    "east", "west", "city", "county", "london", "bucharest", "moscow", "strada", "bulevardul",
    "calea", "aleea", "piața", "piata", "sector", "județul", "judetul", "bloc", "scara",
    "serviciul", "relații", "relatii", "clienți", "clienti", "departamentul", "echipa",
    "suport", "banca", "luni", "marți", "marti", "miercuri", "joi", "vineri", "sâmbătă",
    "sambata", "duminică", "duminica", "ianuarie", "februarie", "martie", "aprilie", "mai",
    "iunie", "iulie", "septembrie", "octombrie", "noiembrie", "decembrie", "cu",
    "stimă", "stima", "mulțumim", "multumim", "bună", "buna", "ziua", "salut",
    # the first words of two-word Romanian towns ("Baia Mare", "Piatra Neamț", "Târgu Mureș")
    "baia", "satu", "piatra", "târgu", "targu", "râmnicu", "ramnicu", "sfântu", "sfantu", "alba",
    "curtea", "drobeta", "turnu", "miercurea", "câmpulung", "campulung", "vatra", "gura", "valea",
    "mare", "neamț", "neamt", "mureș", "mures", "vâlcea", "valcea", "iulia", "severin",
    # leak14: couriers' and services' words ("Rapid Curier", "Poșta Română")
    "curier", "poșta", "posta", "română", "romana", "почта", "россии",
    # pol56 (trainP24): authorities ("Poliția Rutieră", "Primăria Sectorului 3")
    "poliția", "politia", "poliției", "politiei", "rutieră", "rutiera", "police", "primăria",
    "primaria", "tribunalul", "judecătoria", "judecatoria", "полиция", "прокуратура",
    # s43: debt collectors and finance firms ("Lowell Recoveries", "Castle Collections")
    "recoveries", "collections", "credit", "finance", "capital", "agency", "logistics",
    # pol89 (blind69): our departments in the genitive or plural („adresa Departamentului Juridic")
    "departamentului", "departamentele", "juridic", "legal", "serviciului", "direcția", "directia",
    "direcției", "directiei",
    # pol99 (blind73): car makes before a model and its plate („Kia Rio, г/н А417КМ 164", "Ford Focus
    # reg AB12 CDE"): the customer's car, no person
    "kia", "ford", "toyota", "renault", "dacia", "skoda", "škoda", "volkswagen", "vw", "hyundai", "nissan",
    "mazda", "honda", "opel", "vauxhall", "peugeot", "citroen", "citroën", "fiat", "bmw", "audi",
    "mercedes", "volvo", "lada", "chevrolet", "mitsubishi", "suzuki", "seat", "tesla", "lexus", "geely",
    "chery", "haval"
}  # fmt: skip
_PERSONAL_DATA = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Lane|Street|St|Avenue|Ave|Close|Drive|"
    r"Way|Court|Place|Gardens|Crescent|Terrace|Square|Boulevard|Row|Hill|Grove)\b|"
    r"(?i:\b(?:str\.|strada|bd\.|bulevardul|calea|aleea|[șs]os\.|ул\.|улица|пр-т|проспект|пер\.|"
    r"переулок|шоссе|наб\.)\s*[\w-]+[^\n]{0,25}?\d+)|" + PHONE.pattern + r"|"
    # pol109 (trainP41's en-xl008): a house number and its street, not a date (", 14 February")
    r",\s*\d{1,4}[A-Za-z]?,?\s+(?!(?:January|February|March|April|June|July|August|September|October|November|"
    r"December)\b)[A-Z][a-z]{3,}|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|"
    r"(?i:\b(?:CNP|паспорт\w*|passport|pa[șs]aport)\b)|"
    # a flat, apartment or house: "flat 12", "apt 4B", "ap. 23", "bl. A3", "кв. 47", "д. 5"
    r"(?i:\b(?:flat|apt\.?|apartment|ap\.|apartament(?:ul)?|bl\.|bloc(?:ul)?|sc\.|scara|"
    r"кв\.|кварт\w*|д\.|дом(?:а|е)?|корп\.|подъезд\w*|room|camera|palat\w*|палат\w*)"
    r"\s?№?\s?[A-ZА-Я]?\d+[A-Za-zА-Яа-я]?\b)|"
    # an access code: "(code 771204)", "codul 482913", "код 771204"
    r"(?i:\b(?:code|cod(?:ul)?|код\w*|pin)\W{0,3}\d{4,8}\b)|"
    # a postal code named as such: "cod poștal 400123", "индекс 420111", "zip 90210"
    r"(?i:\b(?:cod(?:ul)?\s+po[șs]tal|индекс|zip(?:\s+code)?|post\s?code)\W{0,3}\d{5,6}\b)|"
    # a house by its number: "at no. 14", "de la nr. 14", "из дома № 14"
    r"(?i:\b(?:at|from|la|de\s+la|din|из|в|с)\s+(?:(?:house|casa|дом[ауе]?)\s+)?"
    r"(?:no\.?|nr\.?|№|number|num[ăa]rul)\s*\d{1,4}[A-Za-z]?\b)|"
    # a date of birth: "born 12/03/1961", "născută la 3.05.1980", "дата рождения: 01.02.1975"
    r"(?i:\b(?:born|date\s+of\s+birth|d\.?o\.?b\.?|n[ăa]scut[ăa]?|data\s+na[șs]terii|"
    r"дата\s+рождения|родил\w*)\W{0,3}(?:on\s+|la\s+|în\s+|in\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4})|"
    # a flat by its ordinal: "из 45-й квартиры", "в 12 квартире"
    r"(?i:\b\d{1,4}(?:-?(?:й|я|ю|ой|ей|ом))?\s+(?:квартир\w*|подъезд\w*))|"
    # a number plate: "B 123 ABC", "CJ-07-XYZ", "А123ВС77", "AB12 CDE"
    r"\b[A-Z]{1,2}[ -]\d{2,3}[ -][A-Z]{3}\b|\b[АВЕКМНОРСТУХ]\s?\d{3}\s?[АВЕКМНОРСТУХ]{2}\s?\d{2,3}\b|"
    r"\b[A-Z]{2}\d{2}\s[A-Z]{3}\b|"
    # what they are paid, a sum of money close after the word (R5): "salary £4,250/month",
    # "salariu 7.850 lei net", "оклад 145 000 ₽" (not "the minimum wage")
    r"(?i:\b(?:salary|salaries|(?<!minimum\s)(?<!living\s)wages?|earns|pay\s+rate|"
    r"salari(?:u|ul|ului|ul\s+net|i|ile|at)\b|venit(?:ul)?\s+(?:lunar|net)|оклад\w*|зарплат\w*|"
    r"заработн\w*\s+плат\w*|доход\w*)[^.!?\n\d]{0,20}?"
    r"(?:[£$€₽]\s?\d|\d[\d.,\u00a0\u202f ]*\s?(?:[£$€₽]|k\b|lei\b|ron\b|eur|usd|руб|р\.|тыс)))"
)
STAFF = re.compile(
    r"(?i)(?:\bour\b|colleague|engineer|technician|manager|courier|driver|agent|advisor|"
    r"representative|specialist|coleg\w*|tehnician\w*|curier\w*|inginer\w*|manager\w*|"
    # leak33 (trainK24): «наш» and its forms, not «нашли» ("found: she is at …")
    r"nostr\w*|(?<!\w)наш(?:а|е|и|у|его|ей|ему|им|ими|их)?(?!\w)|коллег\w*|инженер\w*|мастер\w*|курьер\w*|"
    r"менеджер\w*|специалист\w*|сотрудни\w*|installer|fitter|electrician|plumber|surveyor|inspector|consultant|coordinator|"
    r"\brep\b|assistant|nurse|doctor|pharmacist|instructor|trainer|tutor|\bme\b|"
    r"instalator\w*|montator\w*|electrician\w*|consultant\w*|coordonator\w*|"
    r"asistent\w*|монтажник\w*|установщик\w*|электрик\w*|сантехник\w*|консультант\w*|"
    r"координатор\w*|представител\w*)(?!['’]s\b)[^.!?\n]{0,25}$|"
    # s29: the doctor the appointment is with, named right after («приём у гастроэнтеролога
    # Соколовой Н. П.», „la medicul Ionescu"): staff, as a nurse is (trainK31's ru-lz072,
    # blind37's ru-as015); not a patient after the doctor («к терапевту занял Кузнецов …»)
    r"(?:dentist|surgeon|therapist|physio\w*|optician|medic\w*|doctori[țt]\w*|врач\w*|доктор\w*|медсестр\w*|"
    r"фельдшер\w*|терапевт\w*|педиатр\w*|хирург\w*|ортопед\w*|окулист\w*|логопед\w*|(?:гастроэнтеро|кардио|невро|"
    r"гинеко|уро|стомато|офтальмо|дермато|эндокрино|онко|психо|рентгено)лог\w*),?\s*$|"
    # the contact person, named a little later ("persoana de contact pentru dvs. este …");
    # not the verb: "you could contact Karen Boyd at flat 12" names a neighbour
    r"(?:contact\s+person|point\s+of\s+contact|your\s+contact\b|persoan[ae]\s+de\s+contact|"
    r"contactul\s+(?:dvs|dumneavoastr[ăa]|t[ăa]u)|контактн\w*\s+лиц\w*)"
    r"(?:[^.!?\n]|(?<=dvs)\.){0,40}$"
)
# the customer's own colleague or boss, not ours: "your colleague Dave Hill", "colegului
# tău Ion Mercea", "вашего коллеги Ивана Мерцалова" (R5: their data is a third party's)
_YOUR_RELATION = re.compile(
    r"(?i)(?:\byour\s+(?:\w+\s+)?(?:colleague|co-?worker|boss|manager)s?|"
    r"\bcoleg\w*\s+(?:t[ăa]u|ta|t[ăa]i|tale|dumneavoastr[ăa]|dvs\.?|vostru|voastr[ăa])|"
    r"(?:ваш\w*|тво\w*)\s+коллег\w*|коллег\w*\s+(?:ваш\w*|тво\w*))[\s,]*$"
)
# pol103 (blind75): the reader's own client, to their lawyer or agent ("your client, Mr Radu Vlaicu",
# „clientului dumneavoastră, domnul Radu Vlaicu", «вашего доверителя, Ковалёва Сергея Петровича»):
# whose case the reader brought to us, no third party
_YOUR_CLIENT = re.compile(
    r"(?i)(?:\byour\s+(?:client|principal)|\bclient(?:ul|ului)?\s+(?:dumneavoastr[ăa]|dvs\.?)|"
    r"(?:ваш\w*)\s+(?:доверител|клиент|подзащитн)\w*)[\s,—–-]*(?:(?:mr|mrs|ms|dr|domnul|doamna|г-н|г-жа)\.?\s+)?$"
)
# the role said after the name: "Mary Jones on 07700 … - she is our installer"
_STAFF_AFTER = re.compile(
    r"(?i)[^.!?\n]{0,60}?\b(?:our|nostr\w*|noastr\w*|наш\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:team|staff|installer|engineer|technician|colleague|partner|department|office|fitter|"
    r"manager|rep|representative|agent|echip\w*|coleg\w*|tehnician\w*|instalator\w*|"
    r"partener\w*|departament\w*|команд\w*|сотрудни\w*|инженер\w*|мастер\w*|партн[её]р\w*|"
    r"отдел\w*|монтажник\w*)"
)
# Health details of a named person (R5: special-category data): the umbrella words and
# the commonest conditions, in en, ro, ru. Only looked for near a name (`_third_party`).
_MEDICAL = re.compile(
    r"(?i)\b(?:diagnos\w*|prescri\w*|insulin\w*|diabet\w*|pregnan\w*|allerg\w*|cancer\w*|"
    r"chemo\w*|hiv|asthma\w*|therapy|surgery|operation|blood\s+tests?|test\s+results|"
    r"medical\s+(?:record|history|condition)s?|illness\w*|disease\w*|analize\w*|analiza\s+de\s+(?:s[âa]nge|urin[ăa])|re[țt]et\w*|"
    r"tratament\w*|[îi]ns[ăa]rcinat\w*|sarcin\w*|alergi\w*|boal\w*|afec[țt]iun\w*|"
    # pol119 (trainK62's en-xy011): a scan named ("Mrs Doyle cancelled her MRI"), and „analizat"
    # (analysed, trainP45's ro-xz020) is no medical test
    r"mri|ct\s+scan|x-?rays?|ultrasound|rmn|ecografi\w*|radiografi\w*|мрт|узи|рентген\w*|"
    # leak168 (trainK65's en-yk049): "because Mrs Evans cancelled her smear appointment"; screenings and
    # the commonest named medicines
    r"smear|mammogra\w*|colonoscop\w*|cervical\s+screening|antenatal|sertralin\w*|antidepress\w*|"
    r"mamografi\w*|colonoscopi\w*|маммограф\w*|колоноскоп\w*|мазок|антидепрессант\w*|сертралин\w*|"
    r"opera[țt]i\w*|диагноз\w*|рецепт\w*|инсулин\w*|диабет\w*|беремен\w*|аллерг\w*|"
    r"онколог\w*|анализ\w*|обострени\w*|гастрит\w*|лечени\w*|операци\w*|болезн\w*|"
    r"заболевани\w*|вич|хроническ\w*|"
    # leak14: treatments named by their field, and a person's credit record (R5)
    r"oncolog\w*|chimioterap\w*|chemotherap\w*|psychiatr\w*|psihiatr\w*|психиатр\w*|dializ\w*|"
    r"dialys\w*|диализ\w*|химиотерап\w*|credit\s+(?:score|history|record|file|report)s?|fico|"
    r"credit\s+bureau|biroul\s+de\s+credit|scor\w*\s+(?:fico|de\s+credit)|istoric\w*\s+de\s+credit|"
    r"restan[țt]\w*|кредитн\w+\s+(?:истори|рейтинг)\w*|бки|бюро\s+кредитных\s+историй|"
    r"просрочк\w*|criminal\s+record|cazier\w*|судимост\w*)\b"
)
_MEDICAL_HINTS = ("diagnos", "prescri", "insulin", "diabet", "pregnan", "allerg", "cancer",
                  "chemo", "hiv", "asthma", "therapy", "surgery", "operation", "blood", "results",
                  "medical", "illness", "disease", "analiz", "rețet", "retet", "tratament", "mri", "ct scan",
                  "x-ray", "xray", "ultrasound", "rmn", "ecograf", "radiograf", "мрт", "узи", "рентген",
                  "smear", "mammogra", "colonoscop", "cervical screening", "antenatal", "sertralin", "antidepress",
                  "mamografi", "colonoscopi", "маммограф", "колоноскоп", "мазок", "антидепрессант", "сертралин",
                  "nsărcin", "nsarcin", "sarcin", "alergi", "boal", "afecțiun", "afectiun", "operați",
                  "operati", "диагноз", "рецепт", "инсулин", "диабет", "беремен", "аллерг",
                  "онколог", "анализ", "обострен", "гастрит", "лечени", "операц", "болезн",
                  "заболеван", "вич", "хроническ", "oncolog", "chimioterap", "chemotherap",
                  "psychiatr", "psihiatr", "психиатр", "dializ", "dialys", "диализ", "химиотерап",
                  "credit score", "credit history", "credit record", "credit file", "credit report",
                  "fico", "credit bureau", "biroul de credit", "de credit", "restanț", "restant",
                  "кредитн", "бки", "бюро кредитных", "просрочк", "criminal record", "cazier",
                  "судимост")  # fmt: skip
# who looks after someone's health: their name next to a health word is the carer's
_CARER = re.compile(
    r"(?i)\b(?:dr\b\.?|doctor\w*|nurse|physician|gp|medic\w*|asistent\w*|врач\w*|доктор\w*|"
    r"терапевт\w*|медсестр\w*|фельдшер\w*|хирург\w*|"
    # pol83 (trainP32): a specialist by their field («Онколог Смирнова Е. В. может принять …»)
    r"\w{2,}ologist|dentist|surgeon|p(?:a)?ediatrician|\w{2,}olog(?:ul|ului)?\b|\w{2,}олог\w*|"
    r"педиатр\w*|окулист\w*|стоматолог\w*)"
)
# leak144 (heldK49): the draft says the order or charge is not the customer's ("isn't yours … another
# customer called Jenkins", „nu e a dumneavoastră — e a unui domn Pavel", «Этот заказ не ваш … Его
# получатель — Андрей Белов»): the person named after it is someone else, whatever name they share
_DISOWNED = re.compile(
    r"(?i)\b(?:isn'?t|is\s+not|wasn'?t|was\s+not|not)\s+yours\b|\banother\s+customer\s+(?:called|named)\b|"
    r"\bnu\s+(?:e|este|a\s+fost)\s+a\s+(?:dumneavoastr[ăa]|dvs)|\bal\s+(?:unui\s+alt|altui)\s+client\b|"
    r"(?<!\w)(?:не\s+ваш\w*|друго(?:го|му)\s+клиент\w*)(?!\w)"
)
_BOOK_ON = re.compile(r"(?i)\bbook\w*\s+(?:\w+\s+){0,3}?(?:on|at|by\s+calling|via)\s*$")
# pol134 (heldK60's ru-yr063): the result is the customer's own ("your blood test", «ваши анализы»,
# „analizele dumneavoastră")
_YOUR_BEFORE = re.compile(r"(?i)(?:\byour|(?<!\w)ваш\w*|(?<!\w)тво[йиея]\w*)\s*$")
# … unless the one named is whose the results are („ale doamnei Stan", "those of Mrs Hale")
_THEIRS_BEFORE = re.compile(r"(?i)\b(?:ale|al|of)\s+$")
_YOURS_AFTER = re.compile(r"(?i)\s*(?:ale\s+|al\s+)?(?:dumneavoastr[ăa]|dvs\.?)(?!\w)")


def _yours(text: str, m: re.Match[str]) -> bool:
    return bool(
        _YOUR_BEFORE.search(text, max(0, m.start() - 12), m.start())
        or _YOURS_AFTER.match(text, m.end())
    )


_CARER_BEFORE = re.compile(
    _CARER.pattern + r"\W{0,3}$"
)  # "la dr. Ionescu", "к терапевту Смирновой"
_NOT_NAMES = {"с", "уважением", "всего", "доброго", "добрый", "день", "здравствуйте", "спасибо"}


# pol97 (blind72): thanks open a reply as a greeting does ("Спасибо, Андрей Викторович. Ваше
# обращение …", "Thanks, Ms Hale.", „Mulțumesc, doamna Ilie!")
_ONE_LINE_GREETING = re.compile(
    r"(?i)(?:hi|hello|hey|dear|good\s+\w+|bun[ăa]\s+ziua|salut|stimat\w*|здравствуйте|"
    r"добрый\s+\w+|привет|уважаем\w*|thanks|thank\s+you|mul[țt]umesc|mul[țt]umim|спасибо|благодарю|"
    r"благодарим)\b[^,!.:;\n]{0,40}"
)
# pol119 (blind42's ro-ax005): the vocative title and name opening the reply („Doamnă Marinescu, câteva
# cuvinte …", „Domnule Pop, …"); the nominative „Doamna Irina Lazăr, din același grup, a primit …" and
# "Mr Mehta, the passenger next to you, …" speak of someone
_VOCATIVE_OPENING = re.compile(
    r"(?:Doamn[ăe]|Domnule)[ \t]+[A-ZĂÂÎȘȚ][^\W\d_]+(?:[ \t]+[A-ZĂÂÎȘȚ][^\W\d_]+)?(?=[ \t]*[,!])"
)
# pol18: the name may follow the greeting after a comma ("Добрый день, Виктор Олегович.",
# "Bună ziua, Raluca!", "Good morning, Ms Hale."): capitalised words that close the
# greeting's sentence, so "Hello, Mr Smith called…" (someone spoken of) is not taken, nor
# a name the sentence runs on from ("Здравствуйте, Сергей Викторович, в админ-панели…").
# Case-sensitive, apart from the greeting (a scoped flag would leave it no caseless copy)
# pol30 (blind42): a Romanian title before the name and the sentence running on after a
# comma ("Bună ziua, doamna Ilie, și vă mulțumim …"): the greeted customer all the same
_GREETED_NAME = re.compile(
    r",[ \t]*(?:(?:doamn[ăae]|domnul(?:e)?|dna\.?|dl\.?|d-na|d-le)[ \t]+)?"
    r"(?:[A-ZĂÂÎȘȚА-ЯЁ][^\W\d_]*[ \t]*){1,3}(?=[!.\n,]|$)"
)


def greeted_names(text: str) -> set[str]:
    """Stems (first four letters) of the names in the greeting line and the signature
    (the last paragraph, when it is a few short lines): the customer and the agent,
    whose names may be in the reply with their data."""
    body = text.strip()
    first = body.split("\n", 1)[0]
    last = body[body.rfind("\n\n") + 2 :] if "\n\n" in body else ""
    if "\n" not in body:  # a one-line reply: only its greeting ("Hi Leo! Yes, …")
        greeting = _ONE_LINE_GREETING.match(first) or _VOCATIVE_OPENING.match(first)
        name = greeting and _GREETED_NAME.match(first, greeting.end())
        first = (greeting.group() + (name.group() if name else "")) if greeting else ""
    near = [first] if len(first) <= 80 else []
    if last.count("\n") < 4 and all(len(ln) <= 60 for ln in last.splitlines()):
        near.append(last)
    # two letters and more: "Jo" signs as often as "Joanna"
    return {w[:4].lower() for ln in near for w in re.findall(r"[^\W\d_]{2,}", ln) if w[0].isupper()}


def known_names(text: str, known: Known) -> set[str]:
    """The greeted and signing names (`greeted_names`) and the customer's own from the
    ticket: stems (first four letters) of names whose data may be in the reply."""
    return greeted_names(text) | {w[:4].lower() for w in known.customer_name.split()}


_TITLE_HINTS = (
    "Mr",
    "Ms",
    "Miss",
    "Dr",
    "domn",
    "doamn",
    "Domn",
    "Doamn",
    "d-",
    "dl",
    "dna",
    "Dl",
    "Dna",
)


# any of `_TITLE_HINTS` as a substring (`in`'s answer, for all of them in one search)
_TITLE_HINT = re.compile("|".join(map(re.escape, _TITLE_HINTS)))


# A number nobody's private: a free or shared service line ("call 0800 612 7701", "8-800-…",
# "1-800-…") or one named as an order, tracking or ticket number ("трек-номер 8008…").
SERVICE_LINE = re.compile(
    r"^\+?(?:44\s?|40\s?|7[\s-]?)?\(?(?:0800|0808|0300|0345|0370|0801|8[\s-]?800|1[\s-]?8[0-9]{2})\b"
)
_NAMED_NUMBER = re.compile(
    r"(?i)(?:order|invoice|tracking|parcel|ticket|reference|ref|booking|number|comand\w*|factur\w*|"
    r"colet\w*|rezervar\w*|num[aă]r\w*|заказ\w*|сч[её]т\w*|трек\w*|посылк\w*|номер\w*|брон\w*|"
    r"№|#|nr\.?|no\.?)[\s:-]*$"
)
# a number the customer is told to call, the verb right before it ("or call 0161 …",
# "sunați la 021 …", "позвоните по телефону 8 495 …"): the line of the office writing, not
# the phone of a person named earlier ("Dr Hale" among the slots offered); "call Mrs Gibbs
# on …" has the name between and stays hers (R5)
_CALL_LINE = re.compile(
    r"(?i)\b(?:call|ring|dial)\s+(?:us\s+)?(?:on\s+|at\s+)?$|"
    r"\b(?:suna[țt]i|sun[ăa]|apela[țt]i|apeleaz[ăa])(?:-ne)?\s+(?:la\s+|pe\s+)?(?:num[ăa]rul\s+)?$|"
    r"(?:позвоните|звоните|позвони|звони)(?:\s+нам)?(?:\s+по\s+(?:номеру|телефону)|\s+на\s+номер)?\s*$"
)


# a number the customer is told to call: our line ("or call 0161 555 0192 and choose option
# 3", "sunați la 021 …", "позвоните по номеру …"), unless someone close to them is named
# pol22: or our front desk by its role, no one's name ("call reception on 020 …", „sunați
# la recepție la 021 …", «позвоните в регистратуру по номеру …»): the desk's line (R5)
_CALL_BEFORE = re.compile(
    r"(?i)\b(?:call|ring|dial|phone)(?:\s+(?:us|our\s+\w+|(?:the\s+)?(?:reception|front\s+desk|"
    r"switchboard|surgery|practice|clinic|office|help\s?desk)))?(?:\s+(?:on|at))?\s*:?\s*$|"
    r"\b(?:suna[țt]i|apela[țt]i|telefona[țt]i|suna[țt]i-ne|apela[țt]i-ne)(?:\s+la\s+(?:recep[țt]ie|"
    r"cabinet|clinic[ăa]|birou|dispecerat))?(?:\s+(?:la|pe))?(?:\s+num[ăa]rul)?\s*:?\s*$|"
    r"(?<!\w)(?:звоните|позвоните|наберите|звонить)(?:\s+в\s+(?:регистратуру|при[её]мную|офис|"
    r"клинику|диспетчерскую))?(?:\s+(?:нам|по|на))?(?:\s+(?:номеру|номер|телефону))?\s*:?\s*$"
)


# fix13: a number named as a public service line right before it: "sunați oricând la
# numărul de urgență 0264 …", "the emergency line 0161 …", "по номеру аварийной службы
# 8 843 …" (R5). A service for the public identifies nobody, even in a sentence that
# names a neighbour ("dacă apa trece la vecinul de jos, sunați … la numărul de urgență");
# "emergency contact" (a person's) is no such name, nor a line owned by a relation in the
# same clause ("numărul de urgență al vecinului", "your sister's helpline number")
_SERVICE_NAMED = re.compile(
    r"(?i)(?:\b(?:emergency|hotline|helpline|help\s+line|out[-\s]of[-\s]hours|24/7|24-hour|"
    r"non-?stop|dispatch)(?:\s+(?:number|line|phone|service|desk))?|"
    r"\b(?:num[ăa]rul|linia|telefonul)\s+(?:de\s+)?(?:urgen[țţt][ăa]|non-?stop|"
    r"asisten[țţt][ăa]|dispecerat\w*|permanen[țţt][ăa])|(?<!\w)(?:номер\w*|телефон\w*|лини\w*)"
    r"\s+(?:аварийн\w*|экстренн\w*|горяч\w*|диспетчер\w*|круглосуточн\w*|дежурн\w*)"
    r"(?:\s+(?:служб\w*|лини\w*|част\w*))?)\s*[:–-]?\s*$"
)
_CLAUSE_MARK = re.compile(r"[,;—]")


def _service_named(text: str, start: int) -> bool:
    """The number right after a public service line's name, no relation in its clause."""
    before = text[max(0, start - 45) : start]
    if _SERVICE_NAMED.search(before) is None:
        return False
    marks = [m.end() for m in _CLAUSE_MARK.finditer(before)]
    return RELATION.search(before, marks[-1] if marks else 0) is None


def public_number(text: str, data: re.Match[str]) -> bool:
    """Data that identifies nobody: a service phone line, an order or tracking number, a
    number the customer is told to call."""
    value = data.group().strip()
    if SERVICE_LINE.match(value) or _CALL_LINE.search(
        text[max(0, data.start() - 30) : data.start()]
    ):
        return True
    if _service_named(text, data.start()):
        return True
    call = finder(_CALL_BEFORE).search(text, max(0, data.start() - 30), data.start())
    if call and not finder(RELATION).search(text, sentence_start(text, data.start()), data.start()):
        return True
    # "на номер +7 903 …": a number with its country code is a phone, whatever named it
    return not value.startswith("+") and bool(
        _NAMED_NUMBER.search(text[max(0, data.start() - 25) : data.start()])
    )


# Another customer's purchase, the verb next to their name: "Mrs Hart from Bath bought",
# "a cumpărat-o doamna Elena Radu", "купила Елена Радько" (with a title or a Russian
# name: a bare "Super Like" is no one)
_BOUGHT_WORDS = (
    r"(?:bought|purchased|ordered|booked|reserved|cump[ăa]r(?:at|ase)|comand(?:at|ase)|"
    r"rezerv(?:at|ase)|купил\w*|заказал\w*|заброниров\w*|приобр[её]л\w*)"
)
_BOUGHT = re.compile(rf"(?i)\b{_BOUGHT_WORDS}")
# "Mrs Pike from York, had booked", "doamna Ene din Cluj-Napoca, rezervase" (R5)
_BOUGHT_AFTER = re.compile(
    rf"(?i)(?:\s+(?:from|din|из)\s+[\w-]+)?,?\s+(?:(?:has|had|have|a|au)\s+(?:already\s+|deja\s+)?)?"
    rf"{_BOUGHT_WORDS}\b"
)
_BOUGHT_BEFORE = re.compile(rf"(?i)\b{_BOUGHT_WORDS}(?:-[olie]+)?\s+(?:\w+\s+)?$")
# Another person's order, booking or invoice by its number, near their title or full
# Russian name: "it belongs to Mrs Eleanor Whitfield, order 58231", "al doamnei Elena
# Vasilescu, comanda nr. 58231", "заказ № 58231 Елены Викторовны Соколовой" (R5); the
# customer's own is spared by the greeting and the context, as every datum here
_ORDER_OF = re.compile(
    r"(?i)\b(?:order|booking|reservation|invoice|comand[aăe]\w*|rezervar\w*|factur\w*|"
    r"заказ\w*|брон\w*|сч[её]т\w*)\s*(?:no\.?|nr\.?|number|num[ăa]rul|№|#)?\s*:?\s*#?\d{3,}"
)
# a Russian patronymic or surname ending: a person ("Елены Викторовны Соколовой"), not a
# firm or service in capitals ("Почты России", "Госуслуг Москвы")
_RU_PERSON_WORD = re.compile(
    r"[а-яё](?:вич|вна|вны|вне|вну|вной|ична|ичны|ичне|ичну|ичной|ов|ев|ёв|ин|ын|ова|ева|ёва|"
    r"ина|ына|ову|еву|ину|овой|евой|иной|овым|евым|иным)\b"
)


# What a named person was paid or given: "Mr Mehta on the same flight received £220
# compensation", "domnul Dobre … a primit o despăgubire de 1.100 lei", "Мехтиев Руслан …
# получил компенсацию 18 000 ₽" — another customer's deal is their data (R5). The verb,
# then within a few words a compensation, refund or discount word and an amount.
_GOT = re.compile(
    r"(?i)\b(?:received|got|was\s+(?:given|paid|offered|refunded|sent)|has\s+been\s+"
    r"(?:given|paid|offered|refunded)|a\s+primit|au\s+primit|i\s*-?\s*s-a\s+(?:dat|oferit|"
    r"returnat|acordat|aprobat)|i-am\s+(?:dat|oferit|returnat|acordat|aprobat)|"
    r"получил\w*|выплатил\w*|вернули|дали|начислил\w*|предоставил\w*|одобрил\w*)\b"
    r"(?=[^.!?\n]{0,50}?(?:compensat\w*|refund\w*|reimburs\w*|goodwill|voucher|credit|discount|"
    r"despăgubir\w*|despagubir\w*|compensa\w*|rambursa\w*|ramburs\w*|reducer\w*|voucher\w*|"
    r"компенсац\w*|возврат\w*|скидк\w*|ваучер\w*|бонус\w*|сертификат\w*))"
    r"(?=[^.!?\n]{0,70}?\d)"
)
_GOT_HINTS = ("receiv", "got", "given", "paid", "offered", "refunded", "sent", "primit", "s-a",
              "i-am", "получил", "выплатил", "вернули", "дали", "начислил", "предоставил",
              "одобрил")  # fmt: skip


# the one who got it is the customer (addressed by name) or we: "Mrs Lane, you received"
_DIGIT = re.compile(r"\d")
_NOT_THEM = re.compile(
    r"(?i)\b(?:you|we|a[țt]i|dvs|dumneavoastr[ăa]|noi|am|вы|ты|мы|вам|тебе|нам)\b"
)


# s43: "you" placing the one named ("Domnul Andrei Luca, pasagerul de lângă dvs., a primit
# …", "the passenger next to you received …"): they got it, not the customer
_BESIDE = re.compile(
    r"(?i)(?:\bl[âa]ng[ăa]|\bnext\s+to|\bbeside|\bbehind|\bin\s+front\s+of|\bîn\s+fa[țt]a|"
    r"(?<!\w)рядом\s+с|(?<!\w)возле|(?<!\w)около)\s+$"
)


def _got(text: str, end: int) -> re.Match[str] | None:
    """What the person named up to `end` got, later in their sentence (`_GOT`)."""
    window = text[end : end + 90]
    if not _DIGIT.search(window):
        return None  # no sum after the name
    low = window.lower()
    if not any(h in low for h in _GOT_HINTS):
        return None
    stop = SENTENCE_END.search(text, end, end + 90)
    got = _GOT.search(text, end, stop.start() if stop else min(len(text), end + 90))
    if got and any(
        not _BESIDE.search(text, max(0, w.start() - 14), w.start())
        for w in _NOT_THEM.finditer(text, end, got.end())
    ):
        return None  # "Mrs Lane, you received …", "Anna, мы получили …": the customer or us
    return got


_ID_NAMED_WORD = re.compile(r"(?i)\b(?:CNP|паспорт|passport|pa[șs]aport)")
# pol124 (blind82's ru-ye019): the customer's own ID to bring, no one's data («получить в регистратуре по
# паспорту. … Татьяна Сергеевна ведёт приём», "collect it at reception with your passport", „cu
# buletinul"): an ID word after "by"/"with", with no name or number after it
_BRING_ID_BEFORE = re.compile(
    r"(?i)(?:\bwith\s+(?:your\s+)?|\bbring\s+(?:your\s+)?|\bcu\s+|(?<!\w)(?:по|с)\s+)$"
)
_NAME_OR_NUMBER_AFTER = re.compile(r"[ \t]*(?:[A-ZĂÂÎȘȚА-ЯЁ]|\d|№|nr|no\b)")


def _brought_id(text: str, d: re.Match[str]) -> bool:
    return (
        _ID_NAMED_WORD.match(d.group()) is not None
        and _BRING_ID_BEFORE.search(text, max(0, d.start() - 16), d.start()) is not None
        and _NAME_OR_NUMBER_AFTER.match(text, d.end()) is None
    )


# The customer's own record, said as such: "as you asked", "as on your account", "your
# details", "așa cum ne-ați cerut", "datele dumneavoastră", "как вы просили", "ваши данные"
_OWN_RECORD = re.compile(
    r"(?i)\bas\s+(?:you\s+)?(?:asked|requested)|\bat\s+your\s+request|\bas\s+on\s+your\s+"
    r"(?:account|profile|file)|\byour\s+(?:details|data|record)|"
    # "your address on file", "on file for you"; not "the recipient on file, Jane K." (whom
    # the parcel went to may be anyone)
    r"\byour\s+\w+(?:\s+\w+)?\s+on\s+file\b|\bon\s+file\s+for\s+you\b|"
    r"\bcum\s+(?:ne-)?a[țt]i\s+(?:cerut|solicitat|scris)|\bla\s+cererea\s+(?:dumneavoastr[ăa]|dvs)|"
    r"\bdatele\s+(?:dumneavoastr[ăa]|dvs)|\bdin\s+contul\s+(?:dumneavoastr[ăa]|dvs)|"
    r"как\s+вы\s+просили|по\s+вашей\s+просьбе|ваши\s+данные|в\s+вашем\s+профиле|"
    r"из\s+вашего\s+профиля|"
    # lpar16: the same said to "ты" ("как просил, вот твои данные из профиля")
    r"как\s+(?:ты\s+)?просил[аи]?\b|по\s+твоей\s+просьбе|твои\s+данные|"
    r"в\s+тво[её]м\s+профиле|из\s+твоего\s+профиля|"
    # leak16: a number the customer gave us, read back ("the passport number you entered",
    # "introdus de dumneavoastră", "который вы указали")
    r"\byou\s+(?:entered|gave\s+us|provided|typed|supplied)\b|\byour\s+passport\b|"
    r"\bpa[șs]aport\w*\s+(?:dumneavoastr[ăa]|dvs)\b|(?<!\w)(?:ваш\w*\s+паспорт\w*|паспорт\w*\s+ваш\w*)|"
    r"\bintrodus\w*\s+de\s+(?:dumneavoastr[ăa]|dvs)|\bpe\s+care\s+(?:ni\s+)?l-?a[țt]i\s+"
    r"(?:dat|introdus|trimis|indicat)\b|(?:который|которую|что)\s+вы\s+(?:указали|ввели|прислали|"
    r"сообщили)|"
    # leakT16: registered to the customer (leakvalues.REGISTERED_TO_YOU; trainK29's ru-lw025:
    # not when denied)
    r"как\s+вы\s+(?:прислали|указали)|" + REGISTERED_TO_YOU
)


# s38 (trainK40): said not to be the customer's («это не ваш паспорт, а вашего однофамильца»,
# „CNP-ul …, care nu corespunde cu al dvs.", "it isn't yours but a namesake's"): the "your" in
# it names whose it is not
NOT_YOURS = re.compile(
    r"(?i)\b(?:not\s+yours|isn'?t\s+yours|namesake\w*|(?:doesn'?t|does\s+not)\s+match\s+yours|"
    r"nu\s+(?:este|e|sunt)\s+(?:al|a|ale)\s+(?:dumneavoastr[ăa]|dvs)|"
    r"nu\s+corespunde\s+cu\s+(?:al|a|ale|cel|cea)\s+(?:dumneavoastr[ăa]|dvs))\b|"
    r"(?<!\w)(?:не\s+ваш\w*(?!\w)(?!\s+(?:вин|ошибк|проблем)\w*)|однофамил\w*|не\s+(?:совпада|соответству)\w*\s+с\s+ваш\w*)(?!\w)"
)


def own_record(text: str, start: int, end: int) -> bool:
    """Whether the sentence naming a person and their data says it is the customer's
    own record, about no one close to them."""
    lo = sentence_start(text, start)
    stop = SENTENCE_END.search(text, end)
    sentence = text[lo : stop.start() if stop else len(text)]
    # the relation first: its Finder skips to its opening words (~8 µs a sentence), where
    # `_OWN_RECORD`, some of whose branches open with one letter ("в вашем профиле"), is
    # tried at every position (~130 µs); both are pure, so the answer is the same
    return (
        not finder(RELATION).search(sentence)
        and not NOT_YOURS.search(sentence)
        and bool(finder(_OWN_RECORD).search(sentence))
    )


# What a named person owes: "Ms Rita Gomez left a balance of £240", "doamna Rita Gheorghiu
# a lăsat un sold de 940 lei", "Гомес Рита Андреевна оставила долг 9 400 ₽" (R5)
_OWES = re.compile(
    r"(?i)\b(?:owes?|owed|left\s+(?:a\s+|an\s+)?(?:unpaid\s+)?(?:balance|debt|arrears)|in\s+arrears|"
    r"(?:a\s+)?l[ăa]sat\s+(?:un\s+|o\s+)?(?:sold|datori\w*|restan[țt]\w*)|datoreaz[ăa]|"
    r"are\s+(?:o\s+)?datori\w*|"
    # leak17a: what they had in the account ("avea în cont doar 312,40 lei", "на счёте у
    # него было всего 312 ₽", "had only £312 in the account")
    r"(?:avea|are|aveau)\s+(?:doar\s+|numai\s+)?[îi]n\s+cont|had\s+only|"
    r"(?:account|balance)\s+(?:was|is|stood|sat)\b)(?=[^.!?\n]{0,40}?\d)|"
    r"(?<!\w)(?:на\s+сч[её]те\s+(?:у\s+(?:него|неё|нее)\s+)?(?:было|только|всего|лишь))(?=[^.!?\n]{0,40}?\d)|"
    r"(?<!\w)(?:оставил\w*\s+(?:долг|задолженност)\w*|"
    r"задолжал\w*|долж(?:ен|на)\s+нам)(?=[^.!?\n]{0,40}?\d)|"
    # pol119 (trainK62's ro-xy007): not paid yet, said of them („dl Neagu, încă nu au plătit tranșa a
    # doua", "Mr Neal still hasn't paid his fees", «Нагиев ещё не оплатил взнос»): no sum needed
    r"(?<!you\s)(?<!we\s)\b(?:hasn'?t|has\s+not|haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:yet\s+)?paid\b|"
    r"\bnu\s+(?:au|a)\s+(?:mai\s+)?(?:[îi]nc[ăa]\s+)?(?:pl[ăa]tit|achitat)\b|"
    r"(?<!\w)(?:не\s+(?:оплатил\w*|внес(?:ли|ла|л)?|заплатил[аи]?))(?!\w)|"
    # ... or already got what the reader still waits for („Vecinul dvs. …, domnul Cojocaru, l-a primit deja
    # luna trecută", "Mr Cole already got his approved", «Соседу, Петрову, его уже выдали»)
    r"\b(?:l-a|le-a|a|au)\s+primit\s+(?:deja|de\s+mult)\b|(?<!you\s)\balready\s+(?:got|received|had)\s+(?:it|his|hers|theirs|their)\b|"
    r"(?<!\w)уже\s+(?:получил\w*|выдали)(?!\w)"
)


# pol119 (trainP45's en-xz057): one who will get in touch or send something for us ("Miss Kaur will
# email his class work home", „doamna Ilie vă va suna", «Ирина Петровна вам перезвонит»): ours, not
# one whose data the reply tells
_ACTS_FOR_US = re.compile(
    r"(?i)\s+will\s+(?:email|e-mail|send|call|ring|phone|contact|write\s+to|be\s+in\s+touch|get\s+back)\b|"
    r"\s+v[ăa]\s+va\s+(?:suna|trimite|contacta|scrie)\b|\s+(?:вам\s+)?(?:перезвонит|позвонит|напишет|пришл[её]т)(?:\s+вам)?(?!\w)"
)
_OWED_OR_GOT_HINTS = ("n't paid", "not paid", "n't yet paid", "not yet paid", "nu au plătit", "nu a plătit",
                 "nu au platit", "nu a platit", "nu au achitat", "nu a achitat", "încă plătit", "inca platit",
                 "не оплатил", "не внес", "не заплатил", "primit deja", "primit de mult", "already got",
                 "already received", "already had", "уже получил", "уже выдали")  # fmt: skip


# lpar16: a Russian first name and surname opening a sentence ("Даниил Воронов из кв. 38 на
# том же стояке"): Russian writes no "Mr", so en's "Mr Daniel Voss at flat 3B" comes
# without a title (blind24 af068). A place, a firm or a role before a surname-like word
# ("Улица Ленина", "Курьер Петров") is no such name.
_NOT_FIRST_NAME = frozenset(
    {
        "улица", "проспект", "площадь", "переулок", "бульвар", "шоссе", "набережная",
        "станция", "метро", "город", "поселок", "посёлок", "село", "деревня", "район",
        "область", "край", "республика", "курьер", "мастер", "инженер", "менеджер", "оператор",
        "монтажник", "водитель", "техник", "специалист", "консультант", "сотрудник", "агент",
        "доктор", "врач", "директор", "бухгалтер", "юрист", "компания", "фирма", "магазин",
        "банк", "отделение", "аптека", "клиника", "больница", "школа", "завод", "театр",
        "музей", "парк", "церковь", "храм", "ооо", "ип", "зао", "оао", "пао", "ао", "гбу",
        "тц", "трц", "жк", "ук", "тсж",
    }
)  # fmt: skip


def _ru_full_name(name: str) -> bool:
    """Two Cyrillic words, one a surname by its ending ("Даниил Воронов", "Ёлкин Пётр"),
    the first no common noun."""
    words = name.split()
    return (
        len(words) == 2
        and ("А" <= words[0][0] <= "Я" or words[0][0] == "Ё")
        and words[0].lower() not in _NOT_FIRST_NAME
        and any(_RU_PERSON_WORD.search(w) is not None for w in words)
    )


# the name said to the reader: "Ольга Сорокина, ваш заказ …", "Иван Петров! Вы …", a
# first name and patronymic before a comma ("Иван Петрович, заказ …"); not "…, ваша
# соседка из кв. 5": someone close to them
_VOCATIVE = re.compile(
    r"\s*(?:!|,\s*(?:ваш\w*|вы|вам|вас|тво\w*|ты|тебе|тебя|здравствуйте|добрый)(?!\w))"
)
_PATRONYMIC = re.compile(r"(?:вич|вна|ична)$")


def _vocative(text: str, name: str, end: int) -> bool:
    """Whether the name ending at `end` addresses the reader."""
    said = _VOCATIVE.match(text, end) is not None or (
        text.startswith(",", end) and _PATRONYMIC.search(name) is not None
    )
    return said and not RELATION.search(text, end, end + 30)


def titled_or_ru(name: str, titled: object) -> bool:
    """A person for sure: a title, or a Russian name with a patronymic or surname ending."""
    return bool(titled) or _RU_PERSON_WORD.search(name) is not None


def _health_words(text: str) -> bool:
    low = lowered(text)
    return has_any(low, _MEDICAL_HINTS)


# Someone close to the customer, unnamed, with their address or phone: "your sister's new
# address, 14 Ashgrove Road", "adresa vecinei dumneavoastră, Str. Lalelelor 12", "адрес
# вашего брата — ул. Ленина, д. 5"
_DATA_WORD = re.compile(
    r"(?i)\b(?:address|phone|mobile|number|adres[aăe]\w*|telefon\w*|mobil\w*|num[ăa]r\w*|"
    r"адрес\w*|телефон\w*|номер\w*|мобильн\w*)"
)
_DATA_HINTS = ("address", "phone", "mobile", "number", "adres", "telefon", "mobil", "număr",
               "numar", "адрес", "телефон", "номер", "мобильн")  # fmt: skip


# leak36: someone else's new address or number, by mechanism (writers since heldK6 in every
# language; 30-odd rule misses: "Your ex updated the delivery address on the joint account to
# 27 Oakfield Avenue", "she's now at Flat 3, 22 Elm Grove", „Fostul soț a trecut la noi adresa
# de serviciu …", «ваш бывший муж перевёл доставку на новый адрес», «он теперь прописан на
# Садовой, дом 7»). A CHANGE (updated, changed, moved, redirected, is now at; a schimbat, s-a
# mutat, a trecut; сменил, переехал, перевёл, теперь прописан) told of SOMEONE ELSE (an ex, a
# former partner, the other or previous account holder, tenant or renter, a relative, he or
# she) with the data itself within the next 90 characters. The customer's own change ("you
# updated your address to …", "we've moved your delivery to …") stays clean.
_OTHER_ONE = re.compile(
    r"(?i)\b(?:ex|ex-\w+|former\s+\w+|(?:other|joint|previous|last|second)\s+(?:account\s+)?(?:holder|tenant|renter|"
    r"occupant|owner|resident)|account\s+holder|he|she|he's|she's|fost\w*|el|ea)\b|"
    r"(?<!\w)(?:бывш\w*|прошл\w+\s+жил\w*|прежн\w+\s+(?:жил\w*|владел\w*)|он|она)(?!\w)"
)
_CHANGE = re.compile(
    r"(?i)\b(?:updated|changed|moved|redirected|switched|ported)\b|\b(?:is|'s|are)\s+now\s+(?:at|in|on|living)\b|"
    r"\bnow\s+lives?\b|\bnew\s+(?:address|number|place|flat|home)\b|"
    r"\b(?:a|au)\s+(?:schimbat|trecut|mutat|actualizat)\b|\bs-a\s+mutat\b|\blocuie[șs]te\s+acum\b|"
    r"\bnoua\s+(?:lui\s+|ei\s+)?adres[ăa]\b|\bnoul\s+(?:lui\s+|ei\s+)?num[ăa]r\b|"
    r"(?<!\w)(?:сменил\w*|поменял\w*|переехал\w*|перев[её]л\w*|перевела|обновил\w*|теперь\s+(?:живёт|живет|"
    r"прописан\w*|проживает)|новый\s+(?:адрес|номер))(?!\w)"
)
_CHANGE_HINTS = ("updated", "changed", "moved", "redirected", "switched", "ported", " now ", "new address",
                 "new number", "new place", "new flat", "new home", "schimbat", "trecut", "mutat",
                 "actualizat", "locuiește acum", "locuieste acum", "noua", "noul", "сменил", "поменял",
                 "переехал", "перевёл", "перевел", "перевела", "обновил", "теперь", "новый адрес",
                 "новый номер")  # fmt: skip
_YOU_CHANGED = re.compile(
    r"(?i)\b(?:you|you've|your|we've|we\s+have|I've|dvs|dumneavoastr[ăa]|v-ați|v-ati)\b|(?<!\w)(?:вы|ваш\w*|вам)(?!\w)"
)


def _moved_away(text: str, known: Known) -> Iterator[Leak]:
    for change in hinted(_CHANGE, text, present(text, _CHANGE_HINTS), 30):
        lo = max(sentence_start(text, change.start()), change.start() - 60)
        who = max(
            (
                m
                for p in (_OTHER_ONE, RELATION)
                for m in finder(p).finditer(text, lo, change.start())
            ),
            key=lambda m: m.start(),
            default=None,
        )
        if who is None or _YOU_CHANGED.search(text, who.end(), change.start()):
            continue  # "the account holder, you, changed it": the customer's own
        for data in _data_in(text, change.end(), min(len(text), change.end() + 90)):
            if _YOU_CHANGED.search(text, change.end(), data.start()):
                break  # "moved it to your new address": theirs
            if public_number(text, data) or _own_data(data, known):
                continue
            yield Leak(
                "other-person",
                who.start(),
                data.end(),
                "Where someone else has moved, or their new number: never share it (R5).",
            )
            return


# s38 (trainK40): someone unnamed, told with where they live ("it went to the gentleman at Flat 3B,
# 27 Clarendon Road", „la familia de la ap. 5", «кв. 12 — это соседи сверху, Ковалёвы»): a
# neighbour's address given to whoever the parcel is for. The customer's own (the context's
# address) is theirs.
_SOMEONE_AT = re.compile(
    r"(?i)\b(?:the|a|an|your|his|her|their)\s+(?:elderly\s+|older\s+|young\s+|new\s+)?(?:gentleman|man|lady|woman|"
    r"couple|family|neighbou?rs?|tenants?|occupants?|residents?|people|guy|chap|household)\s+"
    r"(?:(?:who\s+lives?|living|staying)\s+)?(?:at|in|from)\s+|"
    r"\b(?:domnul(?:ui)?|doamn(?:a|ei)|familia|familiei|vecin(?:ul|a|ii|ei|ului)|locatar(?:ul|a|ii))\s+"
    r"(?:de\s+la|din|de\s+pe)\s+|"
    # s39 (trainK41): who got it by their role and surname, then the address («получатель — Климова,
    # ул. Гагарина 41, кв. 56», „destinatarul e Popescu, str. …")
    r"(?<!\w)(?:получател[ья]|адресат|destinatar(?:ul|a))\s*(?:[—–:-]|e|este)?\s*[^\W\d_]+,\s*"
)
_SOMEONE_HINTS = ("gentleman", "man ", "lady", "woman", "couple", "family", "neighbo", "tenant", "occupant",
                  "resident", "people", "guy", "chap", "household", "domnul", "doamn", "familia", "familiei",
                  "vecin", "locatar", "получател", "адресат", "destinatar")  # fmt: skip
# the address told first, then who lives there («… кв. 12 — это соседи сверху»)
_THEY_LIVE_THERE = re.compile(
    r"(?i)(?<!\w)(?:это|там\s+живут|там\s+живёт)\s+(?:ваш\w*\s+)?(?:сосед\w*|жильц\w*|жилец|семья|квартира\s+\w+)(?!\w)"
)
_JUST_BEFORE = re.compile(r"\s*[—–,-]?\s*$")


def _someone_at(text: str, known: Known) -> Iterator[Leak]:
    message = "Where someone else lives, told to the customer: their address is theirs (R5)."
    for m in hinted(_SOMEONE_AT, text, present(text, _SOMEONE_HINTS), 30):
        data = next(_data_in(text, m.end(), min(len(text), m.end() + 40)), None)
        if data is not None and _left_next_door(text, m, data):
            continue
        if data is not None and data.start() - m.end() <= 12 and not _own_data(data, known):
            yield Leak("other-person", m.start(), data.end(), message)
            return
    if not any_of(text, ("сосед", "жильц", "жилец", "семья", "квартира")):
        return  # the rare words first: the address is then looked for just before them
    for there in finder(_THEY_LIVE_THERE).finditer(text):
        lo = max(0, there.start() - 60)
        for data in _data_in(text, lo, there.start()):
            if _JUST_BEFORE.match(text[data.end() : there.start()]) and not _own_data(data, known):
                yield Leak("other-person", data.start(), data.end(), message)
                return


# pol104 (trainP40's ro-xh040): the neighbour a parcel is, or is to be, left with, by their flat
# alone („să lase coletul la vecina de la apartamentul 5", "leave it with your neighbour at flat
# 5", «оставить у соседки из 5-й квартиры»): the customer's own door's neighbour, as "left with
# your neighbour at number 14" always was. Their name, phone or anything told of them is still
# blocked, by the families that read those.
_LEFT_WITH = re.compile(
    r"(?i)\b(?:leave|left|leaving|hand(?:ed)?|las[ăae]\w*|l[ăa]s[ăa]\w*|pred\w+)\b[^.!?\n]{0,30}$|"
    r"(?<!\w)(?:остав\w+|переда\w+)(?!\w)[^.!?\n]{0,30}$"
)
_NEIGHBOUR = re.compile(r"(?i)\b(?:neighbou?r|vecin|сосед)")
_BARE_FLAT = re.compile(
    r"(?i)(?:flat|apt\.?|apartment|ap\.|apartament(?:ul)?|кв\.|кварт\w*|(?:at|la|de\s+la|din|из|в)\s+"
    r"(?:no\.?|nr\.?|№|number|num[ăa]rul))\s?№?\s?\d{1,4}[A-Za-z]?|\d{1,4}(?:-?(?:й|я|ю|ой|ей|ом))?\s+квартир\w*"
)


def _left_next_door(text: str, m: re.Match[str], data: re.Match[str]) -> bool:
    """Whether `m` is a neighbour named by their flat alone, where a parcel is left (pol104)."""
    return (
        _NEIGHBOUR.search(m.group()) is not None
        and _BARE_FLAT.fullmatch(data.group()) is not None
        and _LEFT_WITH.search(text, max(0, m.start() - 40), m.start()) is not None
    )


def _own_data(data: re.Match[str], known: Known) -> bool:
    return number_key(data.group()) in known.own_values


# leak36: who had the customer's number before us, named (8 rule misses of 8 splits since
# trainK3: "That number used to belong to a Gary Simmons from Leeds", "the texts are for the
# number's previous holder, Danielle Price", „Numărul … a fost al unei doamne Sârbu Elena",
# «Номер … раньше был у Людмилы Карповой»): a recycled number's last holder is someone else's
# data. A previous holder not named ("it belonged to another customer before") stays clean.
_PREVIOUS_HOLDER = re.compile(
    r"(?i)\b(?:used\s+to\s+belong\s+to|(?:previous|former|old|last)\s+(?:holder|owner|user|subscriber)|belonged\s+to|"
    r"(?:fostul|vechiul)\s+(?:titular|proprietar|abonat|utilizator)\w*|a\s+fost\s+al\s+(?:unei|unui|lui|doamnei|domnului)|"
    r"apar[țt]inea)\b|(?<!\w)(?:раньше\s+(?:принадлежал\w*|был\s+у|была\s+у)|прежн\w+\s+(?:владел\w*|абонент\w*)|"
    r"принадлежал\w*\s+(?:другому|другой|раньше)|раньше\s+использовал\w*)(?!\w)|"
    # pol102 (trainK12's en-kq130, which the blocklist family had blocked for its "spam blacklist"):
    # "The IP you got was previously used by bestpharma-discounts.biz"
    r"\b(?:(?:previously|formerly)\s+(?:used|owned|registered|held)\s+by|folosit[ăa]?\s+(?:anterior|[îi]nainte)\s+de)\b"
)
_PREVIOUS_HINTS = ("used to belong", "previous", "former", "old holder", "old owner", "old user",
                   "old subscriber", "last holder", "last owner", "last user", "last subscriber",
                   "belonged", "fostul", "vechiul", "folosit",
                   "a fost al", "aparținea", "apartinea", "раньше", "прежн", "принадлежал")  # fmt: skip
_NUMBER_WORD = re.compile(
    r"(?i)\b(?:number|sim|line|num[ăa]r\w*|cartel\w*|ip|domain|domeniu\w*)\b|"
    r"(?<!\w)(?:номер\w*|сим\w*|ip|домен\w*)(?!\w)"
)
_NAMED = re.compile(
    DOMAIN.pattern
    + "|"  # pol102: a site that had the IP ("previously used by bestpharma-discounts.biz")
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]{2,}\b|"
    r"\b(?:domn\w*|doamn\w*)\s+[A-ZĂÂÎȘȚ][a-zăâîșț]+|\b[A-ZĂÂÎȘȚ][a-zăâîșț]+\s+[A-ZĂÂÎȘȚ][a-zăâîșț]{2,}\b|"
    r"(?<!\w)[А-ЯЁ][а-яё]+(?:ой|ы|а|ого|у|ым|ем|ом)?\s+[А-ЯЁ][а-яё]{2,}"
)


def _previous_holder(text: str) -> Iterator[Leak]:
    for m in hinted(_PREVIOUS_HOLDER, text, present(text, _PREVIOUS_HINTS), 30):
        lo, hi = sentence_start(text, m.start()), min(len(text), m.end() + 80)
        if not finder(_NUMBER_WORD).search(text, max(lo, m.start() - 80), hi):
            continue
        name = _NAMED.search(text, m.end(), hi)
        if name is None:
            continue
        yield Leak(
            "other-person",
            m.start(),
            name.end(),
            "Who had this number before: someone else's data (R5).",
        )
        return


# leak106 (trainK46 and ten earlier sets, every language): the previous or another customer named
# ("the previous hirer, a Mr Corrigan, was charged £340", „o avea clientul dinainte, un domn din
# Sibiu", «машиной пользовался другой клиент, некий Аверин»): who had the car, the room or the
# scooter before is someone else's data. A title and a name, a name and a surname, or "a gentleman
# from <town>" after it in the sentence; not named ("another customer had it before you") stays
# clean. Over every labelled case: 91 leaks and nothing else (4 unblocked before).
_OTHER_PARTY = re.compile(
    r"(?i)\b(?:previous|last|earlier|other|another)\s+(?:hirer|renter|guest|tenant|customer|client|driver|user|"
    r"passenger|occupant|buyer|owner|patient|member)\b|\b(?:clientul|chiria[șs]ul|oaspetele|[șs]oferul|utilizatorul|"
    r"pasagerul|cump[ăa]r[ăa]torul|proprietarul)\s+(?:dinainte|anterior|precedent|de\s+dinainte|de\s+[îi]nainte|"
    r"care\s+a\s+avut\s+(?:ma[șs]ina|camera|apartamentul|trotineta|bicicleta)\s+[îi]nainte)\b|"
    r"\b(?:alt|un\s+alt)\s+(?:client|chiria[șs]|oaspete|[șs]ofer|utilizator|pasager)\b|"
    r"(?<!\w)(?:друг\w+|предыдущ\w+|прошл\w+|прежн\w+)\s+(?:клиент\w*|арендатор\w*|гост\w*|водител\w*|"
    r"пользовател\w*|пассажир\w*|жил\w*|владел\w*|покупател\w*)(?!\w)"
)
_OTHER_PARTY_HINTS = ("previous", "last", "earlier", "other", "another", "dinainte", "anterior", "precedent",
                      "înainte", "inainte", "alt ", "друг", "предыдущ", "прошл", "прежн")  # fmt: skip
_WHO_NAMED = re.compile(
    r"(?-i:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+)|(?-i:\b[A-Z][a-z]+\s+[A-Z][a-z]{2,}\b)|"
    r"(?i:\b(?:un|o)\s+(?:domn|doamn[ăa])\s+(?:din\s+(?-i:[A-ZĂÂÎȘȚ])\w+|pe\s+nume|numit\w*))|"
    r"\b(?:domnul|doamna)\s+[A-ZĂÂÎȘȚ]\w+|"
    r"(?<!\w)(?i:некий|некая|некто|гражданин\w*|господин\w*|по\s+фамилии)\s+[А-ЯЁ]\w+|"
    # leak112 (trainK47): „clientul care a avut mașina înainte, dl Sandu"
    r"\b(?:dl|dna|d-na)\.?\s+[A-ZĂÂÎȘȚ]\w+|"
    # leak156 (blind77's ru-xi070): a surname and initials («бланк другой клиентки, Смирновой Е. А.»);
    # the sentence may end at the first initial's point, so that point is optional
    r"(?<!\w)[А-ЯЁ][а-яё]{2,}\s+[А-ЯЁ](?![а-яёА-ЯЁ])\.?(?:\s?[А-ЯЁ]\.)?"
)
# leak112 (trainK47): or what the one before did with it, from our tracker ("the last renter left it
# parked in Camden for three nights and drove it down to Brighton", «прошлый клиент ночью гонял на этой
# машине по МКАД»): their movements. The one before only, not "another customer"; over every labelled
# case, with „clientul care a avut mașina înainte": 3 leaks and nothing else.
_BEFORE = re.compile(
    r"(?i)(?:previous|last|earlier|dinainte|anterior|precedent|[îi]nainte|предыдущ|прошл|прежн)"
)
_DID = re.compile(
    r"(?i)\b(?:left\s+it|drove|parked|smoked|crashed|took\s+it)\b|\ba\s+(?:parcat|condus|fumat|l[ăa]sat-o)\b|"
    r"(?<!\w)(?:гонял|ездил|парковал|разбил|курил)\w*"
)


def _other_party(text: str) -> Iterator[Leak]:
    def found(m: re.Match[str]) -> tuple[int, int] | None:
        hi = sentence_around(text, m.start(), m.end())[1]
        who = _WHO_NAMED.search(text, m.end(), hi)  # after it: "Thanks, Mrs Patel — another …"
        if who is None and _BEFORE.search(m.group()):
            who = _DID.search(text, m.end(), hi)
        return (m.start(), who.end()) if who else None

    message = "Who the previous or another customer is: someone else's data (R5)."
    return first_found(
        _OTHER_PARTY, text, present(text, _OTHER_PARTY_HINTS), 60, found, "other-person", message
    )


# pol89 (blind69): the customer told to call us ("call us on", „sunați-ne la", «позвоните нам по
# номеру»): the numbers after it are ours, whoever else the sentence names ("if someone else used
# your card")
_CALL_US = re.compile(
    r"(?i)\b(?:call|phone|ring|contact|text)\s+us\b|\bsuna[țt]i-ne\b|\bne\s+(?:pute[țt]i\s+)?(?:suna|contacta)\w*|"
    r"(?<!\w)(?:позвоните|звоните|пишите|напишите|обращайтесь|обратитесь)\s+(?:к\s+)?нам(?!\w)"
)


def _relation_data(text: str, known: Known) -> Iterator[Leak]:
    for word in hinted(_DATA_WORD, text, _DATA_HINTS, 12):
        line_end = text.find("\n", word.end())  # "Str. Lalelelor": no sentence end
        hi = min(len(text) if line_end < 0 else line_end, word.end() + 80)
        for data in _data_in(text, word.end(), hi):
            # the relation names whose data it is, before the data: not "…, 0264 555 100,
            # iar colegii de la ghișeul 3" (our colleagues, after it)
            rel = finder(RELATION).search(text, max(0, word.start() - 40), data.start())
            if rel is None:
                break
            if OUR_COLLEAGUE.search(
                text, max(0, rel.start() - 12), rel.end() + 12
            ) and not PRIVATE_LINE.search(text, word.start(), data.end()):
                break  # pol71: „o puteți suna pe colega mea, Irina, la 0264 …": our line
            if _CALL_US.search(text, sentence_start(text, word.start()), data.start()):
                break  # pol89: «если картой воспользовался кто-то другой, позвоните нам по номеру …»
            if public_number(text, data) or _own_data(data, known):
                continue
            yield Leak(
                "other-person",
                word.start(),
                data.end(),
                "The address or phone of someone close to the customer: never share it (R5).",
            )
            return


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The `_PERSON` matches, and after one at a sentence start that runs over three
    capitalised words ("Телефон Петровой Анны Сергеевны"), the name from its second
    word on: the first may be the sentence's own capitalised noun."""
    for m in scan(_PERSON, _PERSON_AT, text):
        yield m
        if len(m.group().split()) >= 3 and SENTENCE_START.search(
            text[max(0, m.start() - 3) : m.start()]
        ):
            gap = re.search(r"\s+", m.group())
            rest = _PERSON.match(text, m.start() + gap.end()) if gap else None
            if rest is not None:
                yield rest


# leak17a: the money of someone close to the customer: "your dad's current account is
# sitting at £14,380", "Mama dumneavoastră are o pensie de doar 1.980 lei", «у вашего мужа
# на счёте 12 400 ₽», a guarantor's credit score; against the customer's own ("your
# balance is £80") and what the customer may pay towards it ("you can pay £50 into your
# son's account": the customer as the subject)
_KIN = re.compile(
    r"(?i)\b(?:dad|mum|mom|grand(?:ma|pa|mother|father|son|daughter)|guarantor|girant\w*|"
    r"garant\w*)\b|(?<!\w)(?:поручител\w*|бабушк\w*|дедушк\w*|пап\w*)(?!\w)"
)
_HIS_HER = re.compile(r"(?i)\b(?:his|her)\s+(?:\w+\s+)?$")
# our own remedy told ("I've moved the money to her current account, so her balance now
# shows £31.40": a parent's top-up for their child, dev10): not a stranger's balance
_WE_MOVED = re.compile(
    r"(?i)\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:now\s+|just\s+)?(?:moved|transferred|credited|"
    r"topped\s+up|added|returned|put)\b"
)
_THEIR_MONEY = re.compile(
    r"(?i)\b(?:account|balance|savings|pension|salary|income|earnings|credit\s+(?:check|score|rating)|"
    r"debt|arrears|cont(?:ul)?|sold(?:ul)?|economii|pensi[ea]\w*|salariu\w*|venit\w*|"
    r"datori\w*|restan[țt]\w*|scor\w*|poprire)\b|(?<!\w)(?:сч[её]т\w*|баланс\w*|пенси\w*|"
    r"зарплат\w*|доход\w*|долг\w*|задолженност\w*|кредитн\w+\s+(?:истори|рейтинг)\w*)(?!\w)"
)
# an amount or a score, not a time ("we'll reply in 30 days", "în 5 zile", «за 3 дня»)
_FIGURE = re.compile(
    # pol67 (blind64): not the digits of a name ("contul LupulAlb_99", "RedFalcon_77")
    # pol91 (trainP34): nor an age ("as he is over 18", «старше 18»)
    r"(?<![^\W\d])(?<!_)(?<!over\s)(?<!under\s)(?<!aged\s)(?<!старше\s)(?<!младше\s)"
    r"(?:(?:[£$€]\s?)?\d[\d,.  ]*\d(?!\d)|[£$€]\s?\d)"
    r"(?!\s*(?:days?|zile|hours?|ore|months?|luni|years?|ani|weeks?|s[ăa]pt[ăa]m\w*|minutes?|"
    r"min\b|дн\w*|дня|час\w*|месяц\w*|лет|год\w*|недел\w*|минут\w*))"
)
# the customer acts: "you can pay", "puteți plăti", «вы можете внести»
_YOU_PAY = re.compile(
    r"(?i)\b(?:you\s+(?:can|could|may|need\s+to|should)|pute[țt]i|trebuie\s+s[ăa])\b|"
    r"(?<!\w)(?:вы\s+можете|можете|нужно\s+внести)(?!\w)|"
    # the writer's own money (a customer's message: "skinurile pe care am dat 300")
    r"(?-i:\bI(?:'ve)?\b)|\b(?:my|am\s+dat|am\s+pl[ăa]tit|mi-a[țt]i|meu|mea)\b|"
    r"(?<!\w)(?:я|мой|моя|мои|мне)(?!\w)"
)


_MONEY_HINTS = ("account", "balance", "savings", "pension", "salary", "income", "earnings",
                "credit check", "credit score", "credit rating", "debt", "arrears", "cont",
                "sold", "economii", "pensi", "salari", "venit", "datori", "restan", "scor",
                "poprire", "счёт", "счет", "баланс", "пенси", "зарплат", "доход", "долг",
                "задолженност", "кредитн")  # fmt: skip


# a firm we work with, not the customer's spouse: "our collections partner", „partenerul nostru de
# recuperare", «наш партнёр по доставке»
_TRADE_PARTNER = re.compile(
    r"(?i)\b(?:our|a|the)\s+(?:\w+\s+)?(?:collections?|debt|delivery|courier|payments?|business|logistics|"
    r"recovery|trading|finance|credit)\s+partners?$|(?<!\w)наш\w*\s+(?:\w+\s+)?партн[её]р\w*$"
)
_TRADE_PARTNER_AFTER = re.compile(r"\s+(?:nostru|no[șs]tri)\b")
# pol133 (trainP50's en-yt057): the account the customer's own transfer was meant for, told back by its last
# digits ("the transfer went to an account ending 8812 rather than your landlord's account ending 8821"): money
# sent to it, not paid from it („Colega de apartament plătește … de pe un cont terminat în 3310" stays a leak)
_OWN_TRANSFER = re.compile(
    r"(?i)\b(?:went|sent|paid|transferred|meant\s+to\s+go)\s+(?:\w+\s+){0,3}?to\b|\b(?:rather\s+than|instead\s+of)\s+your\b|"
    r"\b[îi]n\s+loc\s+de\s+(?:\w+\s+)?contul\b|(?<!\w)вместо\s+(?:\w+\s+)?сч[её]т\w*(?!\w)"
)


def _kin_money(text: str) -> Iterator[Leak]:
    hints = present(text, _MONEY_HINTS)
    for money in hinted(_THEIR_MONEY, text, hints, 20) if hints else ():
        lo = sentence_start(text, money.start())
        stop = SENTENCE_END.search(text, money.end())
        hi = stop.start() if stop else len(text)
        figure = _FIGURE.search(text, money.end(), min(hi, money.end() + 60))
        if figure is None or finder(_YOU_PAY).search(
            text, max(lo, money.start() - 40), figure.end()
        ):
            continue
        if ENDING.search(
            text, max(lo, figure.start() - 25), figure.start()
        ) and _OWN_TRANSFER.search(text, lo, hi):
            continue  # the payee of the customer's own transfer, by the digits they typed
        # pol31/leak31 (heldK18, trainK21): or named after it ("the account your brother holds
        # with us currently shows £12,480"), or "his"/"her" before it ("his account now shows")
        relation = finder(RELATION).search(text, lo, figure.start())
        if relation is not None and (
            _TRADE_PARTNER.search(text, lo, relation.end())
            or _TRADE_PARTNER_AFTER.match(text, relation.end())
        ):
            relation = None  # pol98 (trainP37): "passed to our collections partner on 20 April"
        whose = (
            _KIN.search(text, lo, figure.start())
            or relation
            or (
                None
                if _WE_MOVED.search(text, lo, hi)
                else _HIS_HER.search(text, max(lo, money.start() - 12), money.start())
            )
        )
        if whose and not estate_debt(text, lo, hi):
            yield Leak(
                "other-person",
                whose.start(),
                figure.end(),
                "The money of someone close to the customer (balance, pension, debt, score): theirs alone (R5).",
            )
            return


# leak17a: another tenant's or neighbour's arrears told to the customer ("we are also
# dealing with them over three months of unpaid rent", "that tenant is three months behind
# on rent", "vecinul de la 5 are restanțe la întreținere", «сосед из 38-й не платит за
# квартиру полгода»), against the customer's own ("if you fall behind on rent")
_ARREARS = re.compile(
    r"(?i)\b(?:unpaid\s+rent|behind\s+(?:on|with)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
    r"(?:rent|payments)|rent\s+arrears|in\s+arrears|eviction|"
    r"restan[țt]\w*\s+(?:la|de)\s+(?:chiri|între[țt]inere)\w*|chiri\w*\s+nepl[ăa]tit\w*|"
    r"nu\s+(?:mai\s+)?(?:a\s+|au\s+)?pl[ăa]t\w*\s+chiri\w*|evacuare\w*)\b|"
    r"(?<!\w)(?:не\s+плат\w+\s+за\s+(?:аренд|квартир|коммунал)\w*|"
    r"(?:долг|задолженност)\w*\s+(?:по|за)\s+(?:аренд|квартплат|коммунал|жкх)\w*|выселени\w*)"
)
_ARREARS_HINTS = ("unpaid rent", "behind on", "behind with", "arrears", "eviction", "restan",
                  "nepl", "chiri", "evacuare", "не плат", "долг", "задолженност",
                  "выселени")  # fmt: skip
# whose: another tenant, a flat or a neighbour, or "they"/"he"/"she" (the customer is "you")
_OTHER_TENANT = re.compile(
    r"(?i)\b(?:tenants?|neighbou?rs?|flat\s+\d+\w?|they|them|their|he|she|his|her|"
    r"chiria[șs]\w*|vecin\w*|locatar\w*|apartamentul\s+\d+)\b|"
    r"(?<!\w)(?:сосед\w*|жил(?:ец|ьц)\w*|арендатор\w*|квартир\w*\s+\d+|\d+-?й\s+квартир\w*|"
    r"они|он|она|их|его|её)(?!\w)"
)
_BY_NUMBER = re.compile(r"\d")
_YOU_OWE = re.compile(
    r"(?i)\b(?:you|your|dac[ăa]\s+(?:ave[țt]i|sunte[țt]i)|dvs\.?\s+ave[țt]i)\b|"
    r"(?<!\w)(?:вы|ваш\w*|если\s+у\s+вас)(?!\w)"
)


def _others_arrears(text: str) -> Iterator[Leak]:
    hints = present(text, _ARREARS_HINTS)
    for m in hinted(_ARREARS, text, hints, 30) if hints else ():
        lo = sentence_start(text, m.start())
        if _YOU_OWE.search(text, max(lo, m.start() - 40), m.start()):
            continue  # "if you fall behind on rent", "your rent arrears"
        who = _OTHER_TENANT.search(text, lo, m.start())
        if who is not None:
            if _BY_NUMBER.search(who.group()) and billed_to_reader(text, m.start()):
                continue  # leak26: "Flat 4 is £120 in arrears, please settle it": their bill
            yield Leak(
                "other-person",
                m.start(),
                m.end(),
                "Another tenant's or neighbour's arrears: their account, not this customer's (R5).",
            )
            return


# leak17a (blind28 ro-aj060): a record's label before the name ("> Client: Gheorghe
# Marin, comanda #48213, …"): a colon that opens a person's row, not a sentence
_RECORD_LABEL = re.compile(
    r"(?i)\b(?:client|customer|name|nume|destinatar|recipient|buyer|cump[ăa]r[ăa]tor|"
    r"beneficiar|titular)\s*:\s*$|(?<!\w)(?:клиент|фио|имя|покупатель|получатель)\s*:\s*$"
)


# leak17a: someone else's diagnosis or results told to the customer ("your wife's results
# came back — her thyroid was a bit high (TSH 6.8)", «у вашей мамы подтвердили рассеянный
# склероз», "colegul de bancă … a primit diagnostic de ADHD", "the patient before you … his
# type 2 diabetes"), against the customer's own ("your thyroid results") and a service
# named ("book your mother a diabetes check-up", "our diabetes clinic")
_DIAGNOSIS = re.compile(
    r"(?i)\b(?:diabet\w*|scleros\w*|scleroz\w*|cancer|tumou?r\w*|tumor\w*|thyroid|tiroid\w*|adhd|"
    r"dyslexi\w*|dislexi\w*|autis\w*|epileps\w*|epilepsi\w*|dementia|demen[țt]\w*|depression|"
    r"depresi\w*|hiv|hepatit\w*|infarct\w*|heart\s+attack|stroke|tsh|schizophren\w*|schizofren\w*|"
    r"bipolar\w*|ces|abces\w*|abscess\w*|extrac[țt]i(?:e|a|ei|on|ons)|root\s+canal|tratament\s+de\s+canal|"
    # s43 (trainK45): a heart rhythm, the lungs („domnul Avram are fibrilație")
    r"fibril+a\w*|arrhythmi\w*|aritmi\w*|asthma|astm\w*|pneumoni\w*)\b|(?<!\w)(?:диабет\w*|абсцесс\w*|склероз\w*|рак\w*|опухол\w*|щитовид\w*|фибрилляц\w*|аритми\w*|астм\w*|пневмони\w*|сдвг|"
    r"дислекси\w*|аутизм\w*|эпилепси\w*|деменци\w*|депресси\w*|вич|гепатит\w*|инфаркт\w*|"
    r"инсульт\w*|шизофрени\w*)(?!\w)"
)
_DIAGNOSIS_HINTS = ("diabet", "scleros", "scleroz", "cancer", "tumo", "thyroid", "tiroid", "adhd",
                    "dyslexi", "dislexi", "autis", "epileps", "epilepsi", "dementia", "demen",
                    "depression", "depresi", "hiv", "hepatit", "infarct", "heart attack",
                    "stroke", "tsh", "schizo", "bipolar", "ces ", "диабет", "склероз", "рак",
                    "опухол", "щитовид", "сдвг", "дислекси", "аутизм", "эпилепси", "деменци",
                    "депресси", "вич", "гепатит", "инфаркт", "инсульт", "шизофрен", "abces", "abscess",
                    "extracț", "extract", "root canal", "de canal", "абсцесс", "fibril", "arrhythmi",
                    "aritmi", "asthma", "astm", "pneumoni", "фибрилл", "аритми", "астм",
                    "пневмони")  # fmt: skip
_PATIENT = re.compile(
    r"(?i)\b(?:patient|pacient\w*|classmate|coleg(?:ul|a|ului)\b|his|her|lui|ei|"
    r"he(?:'s)?|she(?:'s)?)\b|(?<!\w)(?:пациент\w*|одноклассни\w*|у\s+(?:неё|нее|него)|его|её)(?!\w)"
)
# s39 (trainK41): a lone surname in the genitive («результаты Захаровой на ВИЧ»); case-sensitive
_GENITIVE_SURNAME = re.compile(r"(?<!\w)[А-ЯЁ][а-яё]{2,}(?:ов|ев|ин)(?:ой|ого|ому|ым)(?!\w)")
# a first name and surname, not a greeting or a day's name ("Hi Anna", "World Diabetes Day")
_FULL_NAME = re.compile(
    r"\b(?!(?:Hi|Hello|Hey|Dear|Bun[ăa]|Salut|Stimat\w*|World|Type|National|International|Ziua|"
    r"Здравствуйте|Добрый|Уважаем\w*|Всемирн\w*|День)\b)[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+[ \t]+"
    r"[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+\b(?![ \t]+(?:Day|Month|Week|Clinic|Centre|Center)\b)"
)
# the customer's own ("your thyroid", "aveți diabet", «у вас диабет») or a service named
_OWN_OR_SERVICE = re.compile(
    r"(?i)\b(?:your|you|ave[țt]i|dvs\.?|dumneavoastr[ăa])\s+(?:\w+\s+){0,2}$|"
    r"(?<!\w)(?:ваш\w*|у\s+вас|вы)\s+(?:\w+\s+){0,2}$"
)
_SERVICE = re.compile(
    r"(?i)\b(?:book|booking|appointment|clinic|screening|check-?up|awareness|programare|"
    r"clinic[ăa]|campanie)\b|(?<!\w)(?:запис\w*|приём\w*|прием\w*|школ\w+\s+диабет\w*|"
    r"скрининг\w*)(?!\w)"
)


def _others_health(text: str) -> Iterator[Leak]:
    hints = present(text, _DIAGNOSIS_HINTS)
    for m in hinted(_DIAGNOSIS, text, hints, 20) if hints else ():
        lo = sentence_start(text, m.start())
        stop = SENTENCE_END.search(text, m.end())
        hi = stop.start() if stop else len(text)
        own = _OWN_OR_SERVICE.search(text, max(lo, m.start() - 30), m.start())
        if own and not finder(RELATION).search(text, max(lo, own.start() - 15), own.start()):
            continue  # "your thyroid results", «у вас диабет» (not "a fiicei dvs. are …")
        if _SERVICE.search(text, max(lo, m.start() - 40), min(hi, m.end() + 15)):
            continue  # "book your mother a diabetes check-up"
        prev = sentence_start(text, lo - 1) if lo > 1 else lo  # "colegul fiicei dvs. … Are CES"
        whose = (
            finder(RELATION).search(text, lo, m.start())
            or _PATIENT.search(text, prev, m.start())
            or _GENITIVE_SURNAME.search(text, prev, m.start())
            or _FULL_NAME.search(text, lo, m.start())
        )
        if whose:
            yield Leak(
                "other-person",
                whose.start(),
                m.end(),
                "Someone else's diagnosis or results: health data, theirs alone (R5).",
            )
            return


# pol30/leak30: a Russian surname alone, named as who ordered, got or was sent something, with
# a street address after it («такой же заказ до вас оформила Кузнецова с Садовой, 27, кв. 14»,
# «товар ушёл Кузнецовой на ул. Садовую, д. 27»): another customer's home. The two-word name
# candidates above never see a lone surname, and a greeting such as «Здравствуйте, Сергей
# Викторович, …» had been standing in for it (read as someone else). A street named after
# a surname («на Садовую, 27» with no one before it) stays the customer's delivery address.
_RU_SURNAME = re.compile(
    r"(?<!\w)(?P<who>оформил\w*|заказал\w*|получил\w*|забрал\w*|уш[её]л|ушла|ушли|отправ\w+|"
    # leak138 (trainK53): «ваш шкаф по ошибке увезли Смирновым на ул. Гагарина, 15, кв. 42»
    r"увез\w*|отвез\w*|"
    r"доставил\w*|передал\w*|достал(?:ся|ась|ось)|у\s+клиент\w*|клиент\w*|покупател\w*|сосед\w*|"
    r"госпож\w*|господин\w*|на\s+фамилию|на\s+имя),?\s+(?:\w+,?\s+|[—–-]\s+){0,3}?"
    r"(?P<name>[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ин|ын|ск|цк)(?:а|ой|ым|ому|ого|у|ы|ий|ая|ую|ей)?)"
    r"(?P<at>\s*,?\s*(?:с|со|на|по|из|живущ\w+\s+на|\()?\s*(?:ул\.\s*|улиц\w+\s+|пр-т\s*|проспект\w*\s+)?"
    r"[А-ЯЁ][а-яё]+\w*,?\s*(?:д\.\s*)?\d{1,4}[а-я]?(?:\s*,?\s*(?:кв\.|квартир\w*)\s*\d{1,4})?(?!\w)|"
    # leak177 (trainK67's ru-ys010): or their flat alone («соседу, он расписался — Захаров, квартира 71»)
    r",\s*(?:кв\.|квартир[аеуы])\s*№?\s*\d{1,4}(?!\w)|"
    # leak30 (trainK20): or their phone in the same sentence («забронирован на фамилию Васильев,
    # 6 человек на 20:00, телефон +7 921 330-18-64»)
    r"[^.!?\n]{0,60}?(?:телефон\w*|тел\.|номер\w*)\s*:?\s*\+?\d[\d\s()\u2010-]{8,}\d)"
)
_RU_SURNAME_HINTS = ("оформил", "заказал", "получил", "забрал", "ушёл", "ушел", "ушла", "ушли", "увез", "отвез",
                     "отправ", "доставил", "передал", "достал", "клиент", "покупател", "сосед",
                     "госпож", "господин", "на фамилию", "на имя")  # fmt: skip


def _ru_surname_address(text: str, known: Known) -> Iterator[Leak]:
    """A lone Russian surname who got something, with a street address after it."""
    hints = present(text, _RU_SURNAME_HINTS)
    greeted: set[str] | None = None
    for m in hinted(_RU_SURNAME, text, hints, 120) if hints else ():
        if greeted is None:
            greeted = known_names(text, known)
        if m.group("name")[:4].lower() in greeted:
            continue
        if number_key(m.group("at")) in known.own_values:
            continue
        yield Leak(
            "other-person",
            m.start("name"),
            m.end("at"),
            "Someone else's personal data (a named person with an address, phone or ID): never share it (R5).",
        )
        return


_EMAIL_DATA = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _data_in(text: str, lo: int, hi: int, big: bool = True) -> Iterator[re.Match[str]]:
    """`_PERSONAL_DATA` in `text[lo:hi]` (unless `big` is False: the caller knows the window
    holds none of its digits or ID words), and leak30's e-mail addresses («заказ Ирины
    Лебедевой (irina.l88@mail.ru)»), in text order. The e-mail is searched apart, only where
    an "@" is: as an alternative of the big pattern, opening with a character class, it was
    tried at every position of every window (+18% instructions per Romanian lint)."""
    found = _PERSONAL_DATA.finditer(text, lo, hi) if big else iter(())
    if text.find("@", lo, hi) < 0:
        return found
    return heapq.merge(found, _EMAIL_DATA.finditer(text, lo, hi), key=re.Match.start)


# a booking or order confirmation read back to its holder, the name right after it
# pol137 (trainP52's ru-zb007): the reader's own late relative named, in a reply of condolence («Вклад вашего
# отца, Сергея Ивановича, заблокирован для операций с даты смерти»): what the heir is told of the estate
_YOUR_LATE_KIN = re.compile(
    r"(?i)(?:\byour\s+(?:late\s+)?(?:husband|wife|partner|father|mother|dad|mum|mom|son|daughter)|"
    r"\b(?:so[țt]ul|so[țt]ia|tat[ăa]l|mama)\s+(?:dumneavoastr[ăa]|dvs\.?)|"
    r"(?<!\w)(?:вашего|вашей|ваш|ваша)\s+(?:покойн\w+\s+)?(?:муж\w*|жен\w*|от(?:ец|ца)|матер\w*|мам\w*|сын\w*|доч\w*))"
    r"\W{0,3}$"
)
_CONFIRMATION = re.compile(
    r"(?i)\b(?:your\s+)?(?:booking|order|reservation)\s+(?:confirmation|details|summary)\s*:\s*$|"
    r"\b(?:confirmarea|detaliile|datele)\s+(?:rezerv[ăa]rii|comenzii)\s*:\s*$|"
    r"(?<!\w)(?:подтверждени\w*|детали|данные)\s+(?:брони|бронирования|заказа)\s*:\s*$"
)
# titles before a name, lower case (whereabouts.py reads them too: "г-н" only stands there, whole)
TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "dl", "dna", "domnule", "domnul", "domnului",
               "doamna", "doamnă", "doamnei", "doamne", "господин", "госпожа", "господину",
               "госпоже", "г-н", "г-жа"}  # fmt: skip
# a patronymic: «Марина Сергеевна» greets the customer by first name and father's name
_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:овн|евн|ичн|ович|евич|ьич)[а-яё]*")


def _greeted(names: list[str], greeted: set[str], known: Known) -> bool:
    """Whether the candidate's names are the greeted customer's or the signing agent's.
    leak30 (trainK20): with the customer's full name known, a name that shares only the
    first name with it is someone else («заказ Ирины Лебедевой» to Ирина Левченко); a
    first name and patronymic is still the customer greeted («Ирина Сергеевна»)."""
    hits = [w[:4].lower() in greeted and not _near_miss(w, known) for w in names]
    if not any(hits):
        return False
    if len(known.customer_name.split()) < 2 or len(names) < 2 or all(hits):
        return True
    return all(h or _PATRONYMIC.fullmatch(w) for w, h in zip(names, hits, strict=True))


def _near_miss(word: str, known: Known) -> bool:
    """pol117 (heldK54's ru-xr003): a name that opens like one of the customer's but is another
    («результаты Николая Петрова» to Николай Петровский): past their shared stem, one of the two
    goes on further than an inflection does (three letters: «Петровского»)."""
    low = word.lower()
    own = [w.lower() for w in re.split(r"[\s-]+", known.customer_name) if len(w) > 3]
    close = [w for w in own if w[:4] == low[:4]]
    return bool(close) and not any(_inflected(low, w) for w in close)


def _inflected(a: str, b: str) -> bool:
    """Whether `a` and `b` are one name inflected: past their common start, neither goes on
    more than three letters («Николая»/«Николай», „Popescu"/„Popescului")."""
    pairs = enumerate(zip(a, b, strict=False))
    shared = next((i for i, (x, y) in pairs if x != y), min(len(a), len(b)))
    return len(a) - shared <= 3 and len(b) - shared <= 3


def _own_or_role_email(value: str, known: Known) -> bool:
    """An e-mail found as a person's data that is the customer's own or a team's
    mailbox (support@, info@), not a person's (R5)."""
    if "@" not in value:
        return False
    return value.lower() in known.own_values or role_address(value)


# pol31/leak31 (trainK21): a booking found under someone else's name, read out with its
# details while the customer looks for their own ("it's under Laura Benedetti, ref QX7L2P,
# … seat 23A", „e pe numele Alexandra Cozma, cod RZ8K4P, … locul 56", «она на Ксению
# Андреевну Лаврову: поезд 016А …, место 23»): another traveller's name, trip and seat (R5).
# The name must not be the customer's (context) or the one greeted; the details are a
# booking code of letters and digits, a seat, carriage, flight or train number.
_UNDER_NAME = re.compile(
    r"(?:\b(?:under|in\s+the\s+name\s+of|booked\s+(?:for|by)|pe\s+numele(?:\s+(?:lui|doamnei|domnului))?)"
    r"|(?<!\w)(?:на\s+имя|на\s+фамилию|оформлен\w*\s+на|она\s+на|он\s+на|бронь\s+на))\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|dl\.?|dna\.?|doamna|domnul|г-н|г-жа)\.?\s+)?"
    r"(?P<name>[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+(?:\s+[A-ZĂÂÎȘȚА-ЯЁ][a-zăâîșțа-яё]+){1,2})"
)
_BOOKING_NEAR = re.compile(
    r"(?i)\b(?:booking|reservation|rezervar\w*|bilet\w*)\b|(?<!\w)(?:брон\w*|билет\w*|заказ\w*)(?!\w)"
)
_TRIP_DETAIL = re.compile(
    r"\b(?=[A-Z0-9]{6}\b)(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6}\b|"
    r"(?i:\b(?:seat|row|carriage|coach|flight|locul|loc|vagon\w*|zbor\w*|tren)\s*:?\s*\d|"
    r"(?<!\w)(?:место|мест[ао]|вагон\w*|рейс\w*|поезд\w*|ряд)\s*:?\s*№?\s*\d)"
)


def _booked_under(text: str, known: Known) -> Iterator[Leak]:
    if not finder(_BOOKING_NEAR).search(text):
        return
    names: set[str] | None = None
    for m in finder(_UNDER_NAME).finditer(text):
        names = known_names(text, known) if names is None else names
        if {w[:4].lower() for w in m.group("name").split()} & names:
            continue
        end = SENTENCE_END.search(text, m.end())
        detail = _TRIP_DETAIL.search(text, m.end(), end.start() if end else len(text))
        if detail:
            yield Leak(
                "other-person",
                m.start("name"),
                detail.end(),
                "Someone else's booking: their name and trip details are their data (R5).",
            )
            return


# leak32 (trainK22): a namesake's data ("the parcel went to the other Sarah Collins on our
# system, at 14 Elm Grove", „celălalt Andrei Popa din sistem, str. Lalelelor 3", «посылка ушла
# другой Анне Смирновой, ул. Ленина, 5»): the same name as the customer's, so greeting them
# does not make it theirs; "the other" says it is someone else (R5).
_NAMESAKE = re.compile(
    r"(?i:\b(?:the\s+other|another)\s+)(?P<en>[A-Z][a-z'-]+\s+[A-Z][a-z'-]+)|"
    r"(?i:\b(?:cel[ăa]lalt|cealalt[ăa]|un\s+alt|o\s+alt[ăa])\s+(?:domn\w*\s+|doamn\w*\s+)?)"
    r"(?P<ro>[A-ZĂÂÎȘȚ][\wăâîșț-]+\s+[A-ZĂÂÎȘȚ][\wăâîșț-]+)|"
    r"(?i:(?<!\w)(?:друг(?:ой|ая|ому|ую|им)|однофамил\w*|тёзк\w*|тезк\w*)\s+)(?P<ru>[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+)"
)
_NAMESAKE_HINTS = ("the other ", "another ", "celălalt", "celalalt", "cealaltă", "cealalta", "un alt ",
                   "o altă ", "o alta ", "друг", "однофамил", "тёзк", "тезк")  # fmt: skip


def _namesake(text: str) -> Iterator[Leak]:
    hints = present(text, _NAMESAKE_HINTS)
    for m in hinted(_NAMESAKE, text, hints, 60) if hints else ():
        end = SENTENCE_END.search(text, m.end())
        for data in _data_in(text, m.end(), end.start() if end else len(text)):
            yield Leak(
                "other-person",
                m.start(),
                data.end(),
                "Someone else's personal data (a namesake with an address, phone or e-mail): never share it (R5).",
            )
            return


# trainK36-K37 (and heldK17, heldK25 before them): another patient's or client's slot read out
# with what it is for ("Mr Haddad has the 10:00 slot for his follow-up scan results", "that's Mr
# Henderson's slot for his physio follow-up", „doamna Ionescu are programarea de la 10:00 pentru
# controlul după operație", «на 10:00 записана Петрова на повторный приём»): who is booked and
# why is theirs (R5). The customer's own name (greeted or in the ticket) is no one else's.
_SLOT_HOLDER = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<en>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)(?:'s\s+(?:slot|appointment|booking)|"
    r"\s+(?:has|had|is\s+in|is\s+booked\s+(?:in|into|for))\s+(?:the\s+|that\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+)?"
    r"(?:slot|appointment))\s+(?:for|with)\s+(?:his|her|their)\s+\w+|"
    r"\b(?:[Dd]omnul|[Dd]oamna|[Dd]l\.|[Dd]na\.?)\s+(?P<ro>[A-ZĂÂÎȘȚ][a-zăâîșț-]+(?:\s+[A-ZĂÂÎȘȚ][a-zăâîșț-]+)?)\s+"
    r"(?:are|avea)\s+(?:programarea|ora|locul)\s+(?:de\s+)?(?:la\s+)?(?:ora\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s+)?pentru\s+\w+|"
    r"(?<!\w)на\s+\d{1,2}[:.]\d{2}\s+(?:уже\s+)?записан[аы]?\s+(?P<ru>[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ск)[а-яё]{0,3})"
    r"(?:\s+[А-ЯЁ][а-яё]+)?\s+(?:на|с|по\s+поводу)\s+\w+"
)
_SLOT_HINTS = ("slot", "appointment", "booking", "programarea", "ora ", "locul", "записан")


def _slot_holders(text: str, known: Known) -> Iterator[Leak]:
    """Another person named with the slot they hold and what it is for (above)."""
    hints = present(text, _SLOT_HINTS)
    greeted: set[str] | None = None
    for m in hinted(_SLOT_HOLDER, text, hints, 120) if hints else ():
        name = m.lastgroup or "en"
        greeted = known_names(text, known) if greeted is None else greeted
        if {w[:4].lower() for w in m.group(name).split()} & greeted:
            continue  # the customer's own appointment, by their name
        yield Leak(
            "other-person",
            m.start(name),
            m.end(),
            "Someone else's appointment and what it is for: their data, not this customer's (R5).",
        )
        return


# s36 (trainK38): another order, or one on someone's name, and the street it went to („Cealaltă
# comandă pe numele Popa a plecat la strada Fabricii nr. 7, bl. B3, ap. 21", «Второй заказ на
# фамилию Соколов ушёл на ул. Гагарина, 12, кв. 34», "the other parcel went to 14 Elm Road"):
# where someone else lives, told to "drop by" (R5).
_OTHER_ORDER = re.compile(
    r"(?i:\b(?:the\s+other|another|the\s+second)\s+(?:order|parcel|package|delivery)\b|"
    r"\b(?:order|parcel|package)\s+(?:under|in|on)\s+the\s+name\s+(?:of\s+)?(?-i:[A-Z])|"
    r"\b(?:cealalt[ăa]|a\s+doua|o\s+alt[ăa])\s+(?:comand[ăa]|colet\w*)|\b(?:comand[ăa]|colet\w*)\s+pe\s+numele\s+(?-i:[A-ZĂÂÎȘȚ])|"
    r"(?<!\w)(?:друг\w+|втор\w+)\s+(?:заказ|посылк)\w*|(?<!\w)(?:заказ|посылк)\w*\s+на\s+(?:фамилию|имя)\s+(?-i:[А-ЯЁ]))"
)
_OTHER_ORDER_HINTS = ("other order", "other parcel", "other package", "other delivery", "another order",
                      "another parcel", "another package", "second order", "second parcel", "the name",
                      "cealaltă", "cealalta", "a doua", "o altă", "o alta", "pe numele", "друг", "втор",
                      "на фамилию", "на имя")  # fmt: skip
_STREET_NUMBER = re.compile(
    r"(?i)(?<!\w)(?:" + _STREET_WORDS + r"|street|road|lane|avenue|close|drive)\s*[^!?\n]{0,30}?\d|"
    r"\b\d{1,4}[a-z]?\s+[A-Z][a-z]+\s+(?:Street|Road|Lane|Avenue|Close|Drive|Way|Grove)\b"
)


def _other_order_address(text: str) -> Iterator[Leak]:
    def find(m: re.Match[str]) -> tuple[int, int] | None:
        _, hi = sentence_around(text, m.start(), m.end())
        street = _STREET_NUMBER.search(text, m.end(), hi)
        return (m.start(), street.end()) if street else None

    return first_found(
        _OTHER_ORDER,
        text,
        present(text, _OTHER_ORDER_HINTS),
        40,
        find,
        "other-person",
        "Someone else's order and the address it went to: their personal data (R5).",
    )


def third_party(text: str, known: Known) -> Iterator[Leak]:
    yield from _others_arrears(text)
    yield from _slot_holders(text, known)  # its own gate: a slot's words
    yield from _others_health(text)  # its own gate: a diagnosis word
    yield from _previous_holder(text)  # its own gate: a holder's words
    yield from _other_party(text)
    if (
        not any(map(str.isdigit, text))  # the test of each character, in C
        and "CNP" not in text
        and not finder(_BOUGHT).search(text)
        and not _health_words(text)
        and not has_any(lowered(text), _OWED_OR_GOT_HINTS)
    ):
        return  # no number (phone, house, flat, ID), purchase, health detail or debt anywhere
    yield from _relation_data(text, known)
    yield from _moved_away(text, known)
    yield from _someone_at(text, known)
    yield from _kin_money(text)
    yield from _ru_surname_address(text, known)
    yield from _booked_under(text, known)
    yield from _namesake(text)
    yield from _other_order_address(text)
    titled = finder(_TITLE_HINT).search(text) is not None  # one C pass, not one per hint
    if not (
        titled
        or _CYRILLIC_NAME.search(text)
        or _LATIN_NAME.search(text)
        or finder(_INITIAL_NAME).search(text)  # the same answer, found faster
    ):
        return  # no name to look at
    greeted: set[str] | None = None
    for m in _candidates(text):
        quoted = m.start() > 0 and text[m.start() - 1] in '«„"“'
        if quoted and text[m.start() - 2 : m.start() - 1] not in ("=", ":"):
            continue  # leak14: «Лавка Онлайн», „Casa Verde”: a firm's name in quotes (a log's
            # name="Grace Holt" stays a person)
        words = [w for w in re.findall(r"[^\W\d_]+", m.group()) if w[0].isupper()]
        if len(words) < 2 and not re.match(r"(?i)mr|mrs|ms|miss|dr|d|dom|doam", m.group()):
            continue
        if any(len(w) > 1 and w.lower() in _NOT_NAMES for w in words):  # not an initial "С."
            continue
        titled = re.match(r"(?i)(?:mr|mrs|ms|miss|dr|domn\w*|doamn\w*|d-\w+|dl|dna)\b", m.group())
        if (
            not titled
            and SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])
            and not _got(text, m.end())
            and not (_ru_full_name(m.group()) and not _vocative(text, m.group(), m.end()))
            and not finder(_RECORD_LABEL).search(text, max(0, m.start() - 24), m.start())
        ):
            continue  # a sentence that starts with two capitalised words (two that then
            # receive a sum are a name: "Мехтиев Руслан … получил компенсацию")
        if not titled and (
            any(w.lower() in NOT_NAME_WORDS for w in words) or _COMPANY_AFTER.match(text, m.end())
        ):
            continue  # "Customer Service", "Google Pay", "Bramble Close", "Harbour Consulting Ltd"
        if greeted is None:
            greeted = known_names(text, known)
        names = words[1:] if titled and not words[0][0].isupper() else words
        names = [w for w in names if w.lower() not in TITLE_WORDS]
        if not names or (
            _greeted(names, greeted, known)
            and not _DISOWNED.search(text, max(0, m.start() - 160), m.start())
        ):
            continue
        if sample_person(text, m.start(), m.group()):
            continue  # leak15: "Jane Example", a row under "(example data, …)": no one's
        initials = [w.lower() for w in names if len(w) == 1]
        if initials and all(any(g.startswith(i) for g in greeted) for i in initials):
            continue  # "signed for by P. Grant" to Paula: the customer, by initial
        if _YOUR_CLIENT.search(text, max(0, m.start() - 40), m.start()):
            continue  # pol103: "your client, Mr Vlaicu", to their lawyer
        handed = finder(_HANDED_TO).search(text[max(0, m.start() - 12) : m.start()])
        staff = finder(STAFF).search(text[max(0, m.start() - 60) : m.start()])
        if handed or finder(_YOUR_RELATION).search(text, max(0, m.start() - 40), m.start()):
            staff = None  # "the courier handed it to Patel R.": whom it went to, not the courier
        if staff or _STAFF_AFTER.match(text, m.end()) or _ACTS_FOR_US.match(text, m.end()):
            continue  # "your installer, Dave Wilson", "Mary Jones … - she is our installer"
        doctor = re.match(r"(?i)dr\b", m.group())  # their clinic's address is no secret
        before = text[max(0, m.start() - 40) : m.start()]
        bare = not titled and bool(_LATIN_NAME.fullmatch(m.group()))  # "Karen Boyd"
        if bare and (
            _PLACE_BEFORE.search(before)
            or _ORG_AFTER.match(text, m.end())
            or _OFFICE_BEFORE.search(before)
        ):
            continue  # "din Baia Mare", "the Covent Garden branch": a place or a business
        if _RU_PLACE_BEFORE.search(before):
            continue  # pol113 (trainP42): «в Нижнем Новгороде», «из Великого Устюга»: a town
        para_start = text.rfind("\n\n", 0, m.start()) + 1
        para_end = text.find("\n\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        lo, hi = max(para_start, m.start() - 100), min(para_end, m.end() + 120)
        if bare and not finder(RELATION).search(before):  # no title or relation to say it is a
            lo, hi = m.end(), min(para_end, m.end() + 80)  # person: their data follows
        window = text[lo:hi]
        # every kind of data but an ID word holds a digit: without one in the window the
        # big pattern (the costliest step of the lint's leak search) is not run
        found = _data_in(
            text,
            lo,
            hi,
            any(map(str.isdigit, window)) or finder(_ID_NAMED_WORD).search(window) is not None,
        )
        data = next(
            (
                d
                for d in found
                if not public_number(text, d)
                and number_key(d.group()) not in known.own_values  # the customer's phone
                and not own_address(d.group(), known.own_values)  # their own street (trainP39)
                and not _own_or_role_email(d.group(), known)
                and not (
                    bare and _STREET.match(d.group()) and not _given_to(text, m.start(), before)
                )
                and not (doctor and _STREET.match(d.group()))
                and not _brought_id(text, d)
                # pol100 (trainP38): "Dr Evans can go through them …; you can book that on 0161 …":
                # the line to book the doctor on is the practice's
                and not (doctor and _BOOK_ON.search(text, max(m.end(), d.start() - 30), d.start()))
            ),
            None,
        )
        carer = _CARER.search(m.group())
        if data is None and not bare and not carer:
            data = _BOUGHT_AFTER.match(text, m.end()) or finder(_BOUGHT_BEFORE).search(before)
        if (
            data is None
            and titled_or_ru(m.group(), titled)
            and not carer
            and any(map(str.isdigit, window))
        ):
            # "it belongs to Mrs Whitfield, order 58231"
            data = finder(_ORDER_OF).search(text, lo, hi)
        if data is None and not carer:
            data = _got(text, m.end())
        if data is None and not carer and titled_or_ru(m.group(), titled):
            data = finder(_OWES).search(text, m.end(), min(len(text), m.end() + 80))
        # the draft's answer first (from its one pass): a window of a draft without a
        # health word holds none, and asking about the window is a pass over it
        if data is None and not carer and _health_words(text) and _health_words(window):
            # pol134 (heldK60's ru-yr063): not the customer's own result («ваши анализы … в норме, Олег
            # Викторович посмотрел»: the doctor), the next one in the window may be someone else's
            data = next(
                (d for d in finder(_MEDICAL).finditer(text, lo, hi) if not _yours(text, d)), None
            )  # "… who needed his insulin renewed"
            if data is None and _THEIRS_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                data = finder(_MEDICAL).search(text, lo, hi)  # „ale doamnei Stan … au ieșit bine"
            if data and finder(_CARER_BEFORE).search(text[max(0, m.start() - 25) : m.start()]):
                data = None  # "dr. Ionescu will read your test results": the doctor
        if data and _CONFIRMATION.search(text, max(0, m.start() - 40), m.start()):
            continue  # leak30: «Подтверждение брони: Игорь Лебедев, …»: the booking read back
        if data and own_record(text, m.start(), max(m.end(), data.end())):
            continue  # "Factura e pe numele Andrei Popa, …, așa cum ne-ați cerut"
        if data and _YOUR_LATE_KIN.search(before) and BEREAVED.search(text):
            continue  # pol137: «соболезнования. Вклад вашего отца, Сергея Ивановича, заблокирован»: the heir's
        if data:
            yield Leak(
                "other-person",
                min(m.start(), data.start()),
                max(m.end(), data.end()),
                "Someone else's personal data (a named person with an address, phone or ID): never share it (R5).",
            )
            return
