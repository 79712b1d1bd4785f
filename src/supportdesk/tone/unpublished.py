"""leak23: company news told to a customer before it is public (R5: "Keep your mouth
shut": confidential data never leave). exposures.py's "not public yet", backstage.py's
"not announced" and "not told yet" families list the phrases their writers used; the
held-out writers of heldK9-K11 said the same thing in other words every time ("doar că nu
s-a publicat încă", «просто это нигде не публиковали», «он ещё нигде не объявлен»,
"Oficial nu s-a anunțat nimic încă", "notificările nu s-au trimis încă", "the official
announcement hasn't gone out yet", "comunicatul oficial nu a ieșit încă", "it's not on the
website yet", "marketing's keeping it under wraps", "staff only got told last week").

So this family reads the class from its parts. A finding needs:
- a NOT-YET-PUBLIC marker: a word of publishing (announce, publish, on the website, a
  notice gone out; anunța, publica, comunicat, ieșit; объявить, публиковать, анонс, на
  сайте, рассылка) with a negation (not, n't, nu, не, нигде, nimic) and a word of scope
  (yet, still, officially, publicly; încă, oficial, public, nicăieri; ещё, пока, нигде,
  официально, публично) close by, or a phrase of keeping it in ("under wraps", "staff only
  got told");
- COMPANY NEWS in the sentence before, the sentence or the one after: a fine or an
  inspection, a lawsuit, a takeover or sale, a closure or layoffs, a data leak or an
  attack, a launch, a price change with its figure.

leak25 (heldK12, trainK14-K15, every language): a break-in told in plain words ("someone
got into one of our buckets", "cineva a intrat în serverul de newsletter", «кто-то влез в
клиентскую базу») kept back by telling, notifying or owning up ("we're not telling
customers until legal sign off", «публично мы это не признавали») or by a decision not
taken yet ("legal hasn't decided whether to tell customers", «юристы до сих пор решают,
уведомлять ли»): the scope word then needs no negation.

leak26 (heldK13, blind38): a defect in a batch, a tender's winner and leaked data as news
("lotul cu probleme", "the tender went to …", „s-au scurs datele"); not yet said as later
("only out next month", „apare abia luna viitoare", «опубликуют только через месяц") or as
silence («официально молчат», "we're keeping quiet"), „n-am anunțat" as a negation, and
news read in an internal plan ("the internal launch calendar", «по внутреннему графику
запуска»). A promotion's results or the customer's own results published later stay clean.

leak27 (heldK14): staff cuts told with their share, which needs no marker: no company says
it to customers ("half the team is being let go", „jumătate dintre colegi pleacă", «половину
сотрудников сокращают»); a share of the team off today ("half the team is on holiday this
week") stays clean.

Look-alikes that stay clean: the customer's own results or documents not published yet
("your exam results haven't been published yet"), a timetable or manual not on the
website yet, prices not published with no figure ("the 2026 price list isn't published
yet, so I can't quote you"), and news that is public ("the regulator published its fine
in May").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from supportdesk.tone.leakfinding import (
    Leak,
    first_accepted,
    hinted,
    needed,
    present,
    sentence_around,
    three_sentences,
    told_around,
)
from supportdesk.tone.words import finder

_MESSAGE = "Company news not made public yet: the team's to know, not the customer's (R5)."

# a word of publishing: the marker's core, found through its hints
_PUBLISH = re.compile(
    r"(?i)\b(?:announc\w*|publish\w*|made\s+public|gone\s+out|"
    # leak32 (trainK22): a decision not to go public („Conducerea a decis să nu facă public
    # incidentul", «Руководство решило не сообщать об этом публично», "chose not to make it public")
    r"sent\s+(?:\w+\s+){0,2}?out|newsletter|mailing|e-?mail\s+(?:blast|campaign)|"
    # leak140 (trainK54): "it hasn't been put out yet", „încă nu e oficial"
    r"put\s+out|nu\s+(?:e|este)\s+(?:[îi]nc[ăa]\s+)?oficial\b|"
    r"make\s+(?:it\s+|this\s+)?public|be\s+public|nu\s+(?:e|este)\s+(?:[îi]nc[ăa]\s+)?public[ăa]?\b|go\s+public|(?:isn'?t|is\s+not|not|won'?t\s+be)\s+(?:yet\s+)?public\b|fac[eăa]\s+public\w*|f[ăa]cut\s+public\w*|"
    r"on\s+(?:the|our)\s+(?:website|site)|"
    # pol67 (blind64): „suma … nu a ieșit încă din cont" is money not yet gone, no news
    r"press\s+release|anun[țt]\w*|publicat\w*|comunicat\w*|ie[șs]it(?!\s+(?:[îi]nc[ăa]\s+)?(?:din|de\s+pe)\s+(?:cont|card)\w*)|"
    r"trimis\w*|pe\s+site|"
    # leak25: telling, notifying or owning up ("we're not telling customers until legal signs
    # off", "nu am recunoscut public", «публично мы это не признавали», «решают, уведомлять ли»)
    r"tell(?:ing)?\s+(?:the\s+)?(?:customers|clients|users|members|anyone|people|public)|"
    r"notif(?:y|ying|ied)\w*|admit\w*|acknowledg\w*|recunoscut\w*|recunoa[șs]te\w*|notific\w*|"
    r"[îi]n[șs]tiin[țt]\w*|(?:be|is|are|comes?|goes)\s+(?:only\s+)?out|"
    # „apare abia în iunie": only as "not before"; „plata nu apare încă în cont" is a
    # payment not showing yet, said in every billing reply (the builtin templates)
    r"(?:apare|ap[ăa]rea)(?=\s+(?:\w+\s+){0,2}abia\b)|"
    # leak26: kept quiet ("officially we're keeping quiet", „oficial tăcem", «официально молчат»)
    r"keeping\s+(?:quiet|silent|schtum)|t[ăa]cem|"
    # leak183: the news called a secret still („încă e secret", "it's still a secret")
    r"[îi]nc[ăa]\s+(?:e|este)\s+secret|still\s+(?:a\s+)?secret)\b|(?<!\w)пока\s+(?:это\s+)?секрет(?!\w)|"
    r"(?<!\w)(?:объявл\w*|объявил\w*|объяв(?:им|ят|ит)|публикова\w*|опубликова\w*|анонс\w*|на\s+сайте|рассылк\w*|"
    r"публично\s+(?:его|её|ее|их|этого)?\s*(?:ещё|еще|пока)\s+нет|уведом\w*|признава\w*|признал\w*|сообща\w*\s+клиент\w*|сообща\w*\s+(?:об\s+этом\s+)?(?:публично|официально)|опубликуют|молч(?:им|ат|ит)|"
    # leak30 (heldK17): not in the press, written nowhere («Нигде об этом пока не писали»)
    r"нигде\s+(?:\w+\s+){0,3}?не\s+(?:писали|сообщали|говорили)|в\s+(?:прессе|СМИ|новостях))(?!\w)|"
    r"(?i:\b(?:in\s+the\s+(?:press|news|papers)|[îi]n\s+pres[ăa]|nic[ăa]ieri\s+nu\s+s-a\s+(?:scris|spus)))\b"
)
_PUBLISH_HINTS = ("announc", "publish", "made public", "put out", "e oficial", "este oficial", "gone out", "not public", "n't public", "t be public",
                  "not yet public", "be public", "website", " site", "press release", "объяв",
                  "anunț", "anunt", "publicat", "comunicat", "ieșit", "iesit", "trimis",
                  "sent", "newsletter", "mailing", "blast", "nu e public", "nu este public", "nu e încă public", "nu este încă public", "публично",
                  "make it public", "make this public", "make public", "go public", "face public", "facă public", "faca public",
                  "făcut public", "facut public", "сообща",
                  "объявл", "публикова", "анонс", "на сайте", "рассылк",
                  "tell", "notif", "admit", "acknowledg", "recunoscut", "recunoaște",
                  "recunoaste", "înștiinț", "instiint", "уведом", "признава", "признал",
                  "сообща",
                  # leak26
                  "apare", "apărea", "aparea", " out", "keeping", "tăcem",
                  "tacem", "опубликуют", "молчим", "молчат", "молчит",
                  # leak30
                  "нигде", "в прессе", "в сми", "в новостях", "in the press", "in the news",
                  "in the papers", "în presă", "in presa", "nicăieri nu",
                  # leak183
                  "secret", "секрет")  # fmt: skip
_NEGATION = re.compile(
    r"(?i)\b(?:not|no|n't|hasn'?t|haven'?t|isn'?t|aren'?t|wasn'?t|nobody|nothing|nu|n-a|n-au|n-am|nimic|"
    r"nic[ăa]ieri)\b|n't\b|(?<!\w)(?:не|нет|нигде|ничего|никому)(?!\w)"
)
_SCOPE = re.compile(
    r"(?i)\b(?:yet|still|so\s+far|officially|official|publicly|[îi]nc[ăa]|deocamdat[ăa]|oficial\w*|"
    r"public\w*|nic[ăa]ieri|until)\b|(?<!\w)(?:ещё|еще|пока|нигде|официально|публично|до\s+сих\s+пор)(?!\w)"
)
# leak25: telling not decided yet, with no negation ("legal is still deciding whether to
# notify", «юристы до сих пор решают, уведомлять ли»)
_UNDECIDED = re.compile(
    r"(?i)\b(?:whether|decid\w*|discut[ăa]\s+dac[ăa]|decid\w*\s+dac[ăa])\b|(?<!\w)(?:реша(?:ют|ет)|решить|решили\s+ли)(?!\w)"
)
# leak26: told only later ("the results are only out next month", „rezultatul oficial apare
# abia luna viitoare", «итоги опубликуют только через месяц») or kept quiet about («официально
# молчат», „deocamdată tăcem"): not yet, with no negation or scope word
_LATER = re.compile(
    # leak32 (trainK22): kept back on purpose ("quietly resetting accounts rather than
    # announcing it", „în loc să anunțăm", «вместо того чтобы объявить», «без огласки»)
    # s36 (trainP21): told to the customer is no news kept in („curierul … a lăsat comanda fără să vă
    # anunțe", "rather than telling you")
    r"(?i)\b(?:rather\s+than|instead\s+of|quietly|[îi]n\s+loc\s+s[ăa]|f[ăa]r[ăa]\s+s[ăa])\b"
    r"(?!\s+(?:\w+\s+)?(?:you|v[ăa]|te)\b)(?=[^.!?\n]{0,30}?"
    r"(?:announc|tell|notif|publish|anun[țt]|spune|inform|public))|(?<!\w)(?:вместо\s+того,?\s+чтобы|без\s+огласки|"
    r"втихую|тихо)(?!\w)|"
    r"\b(?:abia|only\s+(?:out\s+)?(?:next|in\s+a|in\s+two|at\s+the\s+end)|keeping\s+"
    r"(?:quiet|silent|schtum)|t[ăa]cem)\b|(?<!\w)(?:только\s+(?:через|(?:в|на)\s+(?:следующ|будущ)\w*)|"
    r"молч(?:им|ат|ит))(?!\w)|"
    # leak107 (trainK46): public only from a day on, or nothing said yet ("it's not public till
    # Monday", "Nothing's been announced but we've been told", „nu e public până luni", «не
    # объявят до понедельника»)
    r"\b(?:not|isn'?t|won'?t\s+be)\s+(?:made\s+)?(?:public|announced|out)\s+(?:till|until|before)\b|"
    r"\bnothing(?:'s|\s+has)\s+been\s+(?:announced|made\s+public|published)\b|"
    # leak130 (trainK51): public only later, said in the future ("it'll be public in a couple of
    # weeks", „va fi anunțat peste o lună", «объявим через месяц»)
    r"\b(?:'ll|will)\s+(?:only\s+)?be\s+(?:made\s+)?(?:public|announced)\s+(?:in|next|on|after|at\s+the\s+end)\b|"
    r"\bva\s+fi\s+(?:f[ăa]cut[ăa]?\s+)?(?:public[ăa]?|anun[țt]at[ăa]?)\s+(?:peste|[îi]n|luna|abia|de\s+la)\b|"
    r"(?<!\w)(?:объяв(?:им|ят)|опубликуем|станет\s+публичн\w*)\s+(?:официально\s+)?(?:только\s+)?(?:через|в\s+следующ\w*|после)(?!\w)|"
    # leak183 (heldK62's ro-yz042, ro-yz028): „anunțăm oficial luna viitoare", "we announce it next month", „încă e
    # secret", "it's still a secret", «пока это секрет»
    r"\banun[țt][ăa]m\s+(?:oficial\s+)?(?:abia\s+)?(?:luna|s[ăa]pt[ăa]m[âa]na)\s+viitoare\b|"
    r"\bwe(?:'ll|\s+will)?\s+announce\s+(?:it\s+)?(?:officially\s+)?next\s+(?:week|month)\b|"
    r"\b[îi]nc[ăa]\s+(?:e|este)\s+secret\b|\b(?:it'?s|it\s+is)\s+still\s+(?:a\s+)?secret\b|(?<!\w)пока\s+(?:это\s+)?секрет(?!\w)|"
    r"\bnu\s+(?:e|este|va\s+fi)\s+(?:f[ăa]cut\w*\s+)?public\w*\s+p[âa]n[ăa]\b|"
    r"(?<!\w)не\s+(?:объяв|опублик|публик)\w*\s+до(?!\w)|"
    # leak138 (trainK53): the announcement still to come („anunțul oficial vine prin mai", „anunțul
    # iese în presă peste vreo două săptămâni", «объявлять будут в следующем месяце», "the
    # announcement goes out next month")
    r"\banun[țt]ul\s+(?:oficial\s+)?(?:vine|iese|se\s+face|apare|va\s+fi|o\s+s[ăa]\s+fie)\b|"
    r"\bthe\s+(?:official\s+)?(?:announcement|notice|recall\s+notice|press\s+release)\s+(?:comes|goes\s+out|is\s+due|is\s+(?:planned|scheduled)|won'?t\s+be)\b|"
    # leak182 (trainK69's en-za046, ru-za046): "it's going out in the newsletter next week", «рассылка пойдёт
    # только за день»
    r"\bgoing\s+out\s+in\s+the\s+(?:newsletter|mailing|e-?mail|press)\s+(?:next|on|in\s+(?:a|two|\d+)\s+(?:days?|weeks?))\b|"
    r"(?<!\w)только\s+за\s+(?:день|два\s+дня|сутки|неделю)(?!\w)|"
    r"(?<!\w)(?:объявлять|сообщать|анонсировать)\s+(?:\w+\s+)?буд(?:ут|ем)(?!\w)"
)
# kept in: "marketing's keeping it under wraps", "staff only got told last week"
_KEPT_IN = re.compile(
    r"(?i)\bunder\s+(?:wraps|embargo)\b|\bembargoed\b|\bkeep\s+(?:that|this|it)\s+to\s+yourself\b|\bsub\s+embargo\b|"
    r"(?<!\w)под\s+эмбарго(?!\w)|\b(?:staff|we|employees|the\s+team)\s+only\s+(?:got|were|was)\s+told\b|"
    r"\bnoi\s+am\s+aflat\s+(?:doar|abia)\b|\bangaja[țt]ii\s+au\s+aflat\s+abia\b|"
    r"(?<!\w)(?:нам|сотрудникам)\s+(?:только|лишь)\s+(?:вчера|сегодня|на\s+днях)\s+(?:спустили|сказали|"
    r"сообщили)(?!\w)|"
    # leak26: read in an internal plan ("we got the internal launch calendar this morning",
    # „din calendarul intern de lansări", «по внутреннему графику запуска»)
    r"\binternal\s+(?:\w+\s+)?(?:calendar|roadmap|memo|schedule|briefing|timeline)\b|"
    r"\b(?:calendarul|planul|programul|memo-ul)\s+intern\b|(?<!\w)внутренн\w+\s+(?:\w+\s+)?(?:календар|"
    r"план|график|рассылк|роадмап|дорожн\w+\s+карт)\w*|"
    # leak33 (trainK24): known inside only ("internally we know that a quarter of the batch…",
    # „intern știm că", «внутри мы знаем, что»), beside the news (a defect, no recall)
    r"\b(?:internally,?\s+we\s+know|we\s+know\s+internally|intern\s+[șs]tim|[șs]tim\s+intern)\b|"
    r"(?<!\w)(?:внутри\s+(?:компании\s+)?(?:мы\s+)?знаем|мы\s+внутри\s+знаем)(?!\w)|"
    # ... or settled inside already, beside a sale and its figure („lista cu prețuri e deja făcută
    # intern", «маркетинг уже всё согласовал», "marketing has already signed it off")
    r"\b(?:e|este|a\s+fost|sunt|au\s+fost)\s+(?:deja\s+)?(?:f[ăa]cut[ăa]?|stabilit[ăa]?|aprobat[ăa]?|gata)\s+intern\b|"
    r"\bmarketing(?:'s|\s+has|\s+have)?\s+(?:already\s+)?(?:signed\s+(?:it\s+)?off|approved\s+it|agreed\s+it)\b|"
    r"(?<!\w)маркетинг\w*\s+(?:уже\s+)?(?:всё\s+|все\s+)?(?:согласовал|утвердил|одобрил)\w*|"
    # leak34 (trainK25): not announced by us, beside the incident ("We never announced it", «Мы об
    # этом не сообщали»)
    r"\bwe\s+(?:never|didn'?t|did\s+not|haven'?t)\s+(?:\w+\s+)?(?:announced|disclosed|reported|publici[sz]ed)\s+(?:it|this|that)\b|"
    r"(?<!\w)мы\s+об\s+этом\s+(?:никому\s+|публично\s+|официально\s+)?(?:пока\s+|ещё\s+|еще\s+)?не\s+"
    r"(?:сообщали|объявляли|рассказывали)(?!\w)|"
    # pol119 (trainK62's ru-xy068): «это пока не анонсировали», "it isn't announced yet", „nu s-a anunțat încă"
    r"(?<!\w)(?:это\s+|его\s+|её\s+|ее\s+|их\s+)?(?:пока|ещё|еще)\s+не\s+(?:анонсировали|анонсирован\w*|объявлен\w*)(?!\w)|"
    r"\b(?:it|this|that)(?:'s|\s+is|\s+isn'?t|\s+is\s+not|\s+has\s+not|\s+hasn'?t)\s+(?:not\s+)?(?:been\s+)?announced\s+yet\b|"
    r"\bnu\s+s-a\s+anun[țt]at\s+(?:[îi]nc[ăa]|oficial)\b|"
    # leak41 (trainK29, trainK30): not announced, the staff not told, a decision not to tell ("it
    # hasn't been announced", "the staff there haven't been told yet", „colegii de acolo încă nu au
    # fost anunțați", «сотрудникам там ещё не сказали», «руководство решило об этом не сообщать»)
    r"\b(?:it|this|that)\s+(?:hasn'?t|has\s+not)\s+been\s+(?:announced|made\s+public|disclosed)\b|"
    r"\b(?:staff|employees|colleagues|the\s+team|workers)\s+(?:there\s+)?(?:haven'?t|have\s+not|hasn'?t|has\s+not)\s+"
    r"(?:yet\s+)?been\s+(?:told|informed)\b|\b(?:decided|chose)\s+not\s+to\s+(?:tell|announce|disclose|inform)\b|"
    r"\b(?:colegii|angaja[țt]ii|personalul|oamenii)\s+(?:de\s+(?:acolo|aici)\s+)?(?:[îi]nc[ăa]\s+)?nu\s+au\s+fost\s+"
    r"(?:[îi]nc[ăa]\s+)?(?:anun[țt]a[țt]i|informa[țt]i|[îi]n[șs]tiin[țt]a[țt]i)\b|\ba\s+decis\s+s[ăa]\s+nu\s+"
    r"(?:anun[țt]e|spun[ăa]|fac[ăa]\s+public|informeze)\b|"
    r"(?<!\w)официально\s+(?:мы\s+)?(?:пока\s+|ещё\s+|еще\s+)?(?:ничего\s+)?не\s+(?:сообщали|объявляли)(?!\w)|"
    r"(?<!\w)(?:сотрудникам|персоналу|коллегам|работникам)\s+(?:там\s+)?(?:ещё|еще|пока)\s+не\s+(?:сказали|сообщили|"
    r"объявили)(?!\w)|(?<!\w)решил\w*\s+(?:\w+\s+){0,2}?не\s+(?:сообщать|объявлять|рассказывать|раскрывать)(?!\w)|"
    # s29 (heldK24, trainK29, trainK31): kept secret or told later, said outright ("it'll be in
    # the press in a couple of weeks", «пока это держат в тайне», «это нигде не афишируется»,
    # «клиентов предупредят позже», „clienții vor fi anunțați abia", „e ținut secret")
    r"\b(?:keeps|keeping|kept)\s+(?:it\s+|this\s+|that\s+)?(?:a\s+)?secret\b|\bhush-hush\b|"
    r"\b(?:it'?ll|it\s+will|that'?ll|that\s+will)\s+be\s+(?:in\s+the\s+(?:press|news|papers)|announced|made\s+public)\s+"
    r"(?:in|next|on|after|at)\b|\b(?:customers|clients|everyone|members|users)\s+(?:will|'ll)\s+(?:only\s+)?be\s+"
    r"(?:told|informed|notified)\s+(?:later|afterwards|next\s+\w+|in\s+a)\b|"
    r"\b[țt]inut[ăa]?\s+(?:\w+\s+)?secret[ăa]?\b|\b[țt]inem\s+(?:\w+\s+)?secret\b|\b(?:clien[țt]ii|abona[țt]ii|"
    r"utilizatorii)\s+vor\s+fi\s+(?:anun[țt]a[țt]i|informa[țt]i|notifica[țt]i)\s+(?:abia|mai\s+t[âa]rziu|ulterior)\b|"
    r"(?<!\w)(?:держ|хран)(?:ат|им|ит|али|ал|ала|ится|атся)\s+(?:\w+\s+)?в\s+(?:тайне|секрете)(?!\w)|(?<!\w)не\s+афишир\w*|"
    r"(?<!\w)не\s+разглаша\w*|(?<!\w)(?:клиент(?:ов|ам)|абонент(?:ов|ам)|покупател(?:ей|ям)|всех)\s+"
    r"(?:предупредят|уведомят|оповестят|сообщат|известят)\s+(?:только\s+)?(?:позже|потом|позднее)(?!\w)|"
    # ... or seen in a staff briefing, not official yet, or what is said inside ("I've seen the
    # training deck", „l-am văzut azi la instructaj", "Nu e încă oficial, dar …", "like everyone
    # here expects", „din ce se aude pe la noi", «у нас говорят»)
    r"\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+seen\s+(?:it\s+in\s+)?the\s+(?:training|internal|staff|sales)\s+"
    r"(?:deck|slides?|briefing|memo|materials?)\b|\b(?:l|o|le|i)-am\s+v[ăa]zut\s+(?:\w+\s+)?la\s+(?:instructaj|"
    r"training|[șs]edin[țt][ăa])\b|\b(?:not|isn'?t|is\s+not)\s+official\s+yet\b|\bnu\s+(?:e|este)\s+(?:[îi]nc[ăa]\s+)?"
    r"oficial\b|\b(?:everyone|everybody|people)\s+(?:here|internally|in\s+the\s+office)\s+(?:expects?|says?|thinks?)\b|"
    r"\bword\s+(?:here|internally|in\s+the\s+office)\s+is\b|\bdin\s+ce\s+se\s+aude\b|"
    r"(?<!\w)(?:видел\w*\s+(?:\w+\s+)?на\s+(?:тренинге|планёрке|планерке|инструктаже|летучке)|"
    r"(?:пока\s+)?(?:это\s+)?неофициально|у\s+нас\s+(?:все\s+|всё\s+)?говорят|по\s+слухам)(?!\w)|"
    # s38 (trainK40): told to us at a staff meeting, or to the staff alone ("the staff were told on
    # Monday", „Așa ni s-a spus la instruirea de săptămâna trecută", «Нам на планёрке рассказывали»)
    r"\b(?:the\s+)?(?:staff|employees|team)\s+(?:there\s+)?(?:were|was|have\s+been|got)\s+(?:only\s+)?(?:told|informed)\s+"
    r"(?:on|this|last|yesterday|today)\b|\bwe\s+were\s+(?:told|briefed)\s+(?:at|in|during)\s+(?:the\s+|our\s+|a\s+)?"
    r"(?:training|briefing|team\s+meeting|staff\s+meeting|huddle|stand-?up)\b|"
    # leak173 (trainK66's ro-yo024): „ni s-a spus luni în ședință"
    r"\bni\s+s-a\s+(?:spus|zis|comunicat)\s+(?:\w+\s+)?(?:la|[îi]n)\s+(?:instruire|instructaj|[șs]edin[țt][ăa]|training)\w*|"
    # s39 (heldK34): told to us internally („ni s-a comunicat intern săptămâna trecută", "we were
    # told internally", «нам сообщили внутри компании»)
    r"\bni\s+s-a\s+(?:spus|zis|comunicat|anun[țt]at)\s+intern\b|"
    # s39 (trainK41): the press release still to come («пресс-релиз будет в следующем месяце», "the
    # press release goes out next week", „comunicatul de presă iese abia luna viitoare"), a product
    # already in our system but not live („e deja în sistem doar că nu e activ", «уже висит в
    # системе, просто ещё не запущено»)
    r"\bpress\s+release\s+(?:is|goes|comes|will\s+(?:go|come|be))\s+(?:out\s+)?(?:only\s+)?(?:next|in\s+a|in\s+two|on\s+the)\b|"
    r"\bcomunicatul\s+(?:de\s+pres[ăa]\s+)?(?:iese|apare|va\s+fi\s+(?:dat|publicat))\s+(?:abia\s+)?(?:luna|s[ăa]pt[ăa]m[âa]na)\s+viito\w+|"
    r"(?<!\w)пресс-релиз\w*\s+(?:будет|выйдет|выпустим|сделаем)\s+(?:только\s+)?(?:в\s+следующ\w+|через)(?!\w)|"
    r"\b(?:e|este)\s+deja\s+[îi]n\s+sistem\b[^.!?\n]{0,25}?\bnu\s+e(?:ste)?\s+(?:[îi]nc[ăa]\s+)?activ|"
    r"\balready\s+(?:set\s+up\s+|loaded\s+)?in\s+the\s+system\b[^.!?\n]{0,25}?\bnot\s+(?:yet\s+)?(?:live|active)\b|"
    r"(?<!\w)уже\s+(?:висит|есть|заведен\w*|заведён\w*)\s+в\s+систем\w*[^.!?\n]{0,25}?не\s+(?:запущен\w*|активн\w*)(?!\w)|\bwe\s+(?:were|got|have\s+been)\s+(?:told|informed)\s+"
    r"internally\b|(?<!\w)нам\s+(?:сообщили|сказали|объявили)\s+(?:внутри|по\s+внутренней)\w*|"
    r"\b(?:angaja[țt]ii|colegii|personalul)\s+au\s+fost\s+(?:anun[țt]a[țt]i|informa[țt]i)\s+(?:luni|mar[țt]i|miercuri|joi|vineri|ieri|azi|"
    r"s[ăa]pt[ăa]m[âa]na)\b|"
    r"(?<!\w)(?:(?:нам\s+)?на\s+(?:планёрке|планерке|летучке|собрании|тренинге|инструктаже)\s+(?:\w+\s+)?"
    r"(?:рассказывали|рассказали|сказали|говорили|объявили|сообщили)|нам\s+(?:рассказывали|рассказали|сказали|говорили|"
    r"объявили|сообщили)\s+на\s+(?:планёрке|планерке|летучке|собрании|тренинге|инструктаже))(?!\w)|"
    # s31 (heldK26, every language): its announcement still to come, by its date or its event
    # ("they're revealing it at the showcase next Friday", „o anunțăm public luna viitoare",
    # „îl anunță oficial abia la stream", «официально объявят на стриме через неделю»)
    r"\b(?:they|we)(?:'re|\s+are|'ll|\s+will)\s+(?:only\s+)?(?:be\s+)?(?:officially\s+)?(?:revealing|announcing|"
    r"unveiling|reveal|announce|unveil)\s+(?:it|this|them|that)\s+(?:officially\s+|publicly\s+)?(?:at|on|next|in)\b|"
    r"\b(?:announc|reveal|unveil)\w*\s+(?:it\s+|this\s+)?(?:officially\s+)?at\s+the\s+(?:showcase|stream|livestream|"
    r"keynote|event|conference|expo)\b|"
    r"\b(?:o|[îi]l|le|[îi]i)\s+(?:vom\s+)?anun[țt](?:[ăa]m|[ăa])?\s+(?:public\s+|oficial\s+)?(?:abia\s+)?"
    r"(?:luna|s[ăa]pt[ăa]m[âa]na|anul)\s+viito\w+|\banun[țt]\w*\s+(?:public\s+|oficial\s+)?(?:abia\s+)?la\s+"
    r"(?:stream\w*|eveniment\w*|lansare|conferin[țt]\w*|prezentare)|"
    r"(?<!\w)(?:официально\s+)?(?:объявят|объявим|анонсируют|анонсируем|представят|покажут)\s+(?:официально\s+|"
    r"публично\s+)?(?:только\s+)?(?:на\s+(?:стриме|презентации|конференции|мероприятии|шоукейсе)|через\s+"
    r"(?:неделю|месяц|\d+|пару|несколько)|в\s+следующ\w+)(?!\w)|"
    r"\banun[țt]ul\s+(?:oficial\s+)?(?:iese|apare|vine|se\s+face)\s+(?:abia\s+)?(?:luna|s[ăa]pt[ăa]m[âa]na|anul)\s+viito\w+|"
    # s38 (trainK40): „se anunță oficial abia luna viitoare"
    r"\bse\s+(?:va\s+)?anun[țt][ăa]\s+(?:public\s+|oficial\s+)?(?:abia\s+)?(?:luna|s[ăa]pt[ăa]m[âa]na|anul)\s+viito\w+|"
    r"\b(?:the\s+)?(?:official\s+)?announcement\s+(?:is|comes|goes)\s+out\s+(?:only\s+)?(?:next|in\s+a|in\s+two)\b|"
    # trainK33: the customers not told yet („clienții nu au primit încă scrisorile", "customers haven't
    # had the letters yet", «клиентам ещё не разослали письма»)
    r"\bclien[țt]ii\s+nu\s+au\s+primit\s+(?:[îi]nc[ăa]\s+)?(?:scrisorile|notific[ăa]rile|anun[țt]ul|e-?mailurile)\b|"
    r"\bcustomers\s+(?:haven'?t|have\s+not)\s+(?:yet\s+)?(?:had|received|got(?:ten)?)\s+the\s+(?:letters|notices|emails)\b|"
    # heldK26: our figures told before the results day ("Home & garden was down 18% on the platform
    # last quarter … Results come out on the 20th", „rezultatele ies pe 20", «итоги выйдут 20-го»)
    r"\b(?:results|figures|numbers)\s+(?:come|are|go)\s+out\s+(?:on\s+the\s+\d|next)|\brezultatele\s+(?:ies|se\s+publică|se\s+publica|"
    r"apar)\s+(?:abia\s+)?(?:pe|[îi]n|luna|s[ăa]pt[ăa]m[âa]na)\b|"
    r"(?<!\w)(?:итоги|результаты|отчётность|отчетность)\s+(?:опубликуют|выйдут|выходят)\s+(?:только\s+)?\d(?!\w)|"
    r"(?<!\w)клиентам\s+(?:ещё|еще|пока)\s+не\s+(?:разослали|отправили|прислали)\s+(?:письма|уведомления)(?!\w)"
)
_KEPT_IN_HINTS = ("under wraps", "embargo", "to yourself", "эмбарго", "only got told", "only were told", "only was told", "am aflat",
                  "au aflat", "спустили", "только вчера", "только сегодня",
                  "internal", "intern", "внутренн", "внутри", "marketing", "маркетинг", "announced",
                  "disclosed", "reported", "publicised", "publicized", "мы об этом",
                  "made public", "been told", "yet been told", "been informed", "decided not", "chose not",
                  "nu au fost", "decis să nu", "decis sa nu", "сотрудникам", "персоналу", "коллегам",
                  "работникам", "решил", "официально", "ничего не сообщали", "пока не сообщали",
                  "еще не сообщали", "ещё не сообщали", "не объявляли",
                  # pol119
                  "не анонсир", "не объявлен", "announced yet", "s-a anunțat", "s-a anuntat",
                  # s29
                  "secret", "hush", "ll be in the", "will be in the", "ll be announced", "will be announced",
                  "ll be made public", "will be made public", "ll be told", "be told later", "be informed",
                  "be notified", "ținut", "tinut", "ținem", "tinem", "vor fi anun", "vor fi inform",
                  "vor fi notific", "в тайне", "в секрете", "афишир", "разглаша", "предупредят",
                  "уведомят", "оповестят", "сообщат", "известят",
                  "seen the", "-am văzut", "-am vazut", "official yet", "e oficial",
                  # s38
                  "were told", "was told", "been told", "got told", "were informed", "were briefed",
                  "ni s-a", "press release", "comunicatul", "пресс-релиз", "în sistem", "in sistem", "in the system",
                  "в систем", "told internally", "informed internally", "нам сообщили", "нам сказали", "нам объявили", "au fost anun", "au fost inform", "планёрк", "планерк", "летучк", "на собрании",
                  "на тренинге", "на инструктаже",
                  "e încă oficial", "e inca oficial", "here expect",
                  "here say", "here think", "internally expect", "word here", "word internally",
                  "din ce se aude", "тренинг", "планёрк", "планерк", "инструктаж", "летучк",
                  "неофициально", "нас говорят", "нас все говорят", "нас всё говорят", "по слухам",
                  # s31
                  "revealing", "announcing", "unveiling", "reveal ", "announce ", "unveil ", "anunțăm",
                  "anuntam", "anunță", "anunta", "объявят", "объявим", "анонсиру", "представят",
                  "покажут", "anunțul", "anuntul", "announcement", "nu au primit", "haven't had",
                  "haven't received", "haven't got", "have not had", "have not received", "клиентам",
                  "come out", "are out", "go out", "rezultatele", "итоги", "результаты", "отчётност",
                  "отчетност")  # fmt: skip
# leak26's frequent hints, each with words one of which its every match also holds
_KEPT_IN_NEEDS = {
    "internal": ("calendar", "roadmap", "memo", "schedule", "briefing", "timeline", "know"),
    "intern": (
        "calendarul",
        "planul",
        "programul",
        "memo-ul",
        "știm",
        "stim",
        "know",
        "făcut",
        "facut",
        "stabilit",
        "aprobat",
        "gata",
    ),
    "marketing": ("signed", "approved", "agreed"),
    "маркетинг": ("согласовал", "утвердил", "одобрил"),
    "внутри": ("знаем",),
    "внутренн": ("календар", "план", "график", "рассылк", "роадмап", "карт"),
}

# company news: what the marker keeps back
_NEWS = re.compile(
    r"(?i)\b(?:fines?|fined|penalt\w+|regulator|inspection|audit\w*|lawsuit|class\s+action|group\s+claim|"
    # leak130 (trainK51): money raised ("We've just closed £12m from Balderton")
    r"(?:closed|raised|secured)\s+(?:a\s+)?[£$€]\s?\d[\d.,]*\s?(?:m|bn|k|million|billion)?(?!\w)|"
    # leak107 (trainK46): a branch gone after a date ("Windermere won't be there after the summer")
    r"won'?t\s+(?:be\s+there|exist|be\s+open|be\s+around)\s+(?:after|from|by|beyond|past)|"
    # leak183 (heldK62's ro-yz028, ro-yz042): a shop we open, a loan we took („deschidem magazin în Coresi", „am luat
    # un credit de 2 milioane de euro de la BCR")
    r"opening\s+(?:a\s+|our\s+)?(?:new\s+)?(?:shop|store|branch)|deschidem\s+(?:un\s+)?(?:nou\s+)?(?:magazin|sediu|filial[ăa])|"
    r"(?:am\s+luat|(?:we(?:'ve|\s+have)?\s+)?(?:just\s+)?(?:taken\s+out|took\s+out|got))\s+(?:un\s+|a\s+)?(?:credit|loan)\s+"
    r"(?:de\s+|of\s+)?[£$€]?\d|"
    # leak32 (trainK22): the incident by its name, a database copied by someone
    r"incident\w*|replaced\s+by|successor|(?:new|next)\s+model|[îi]nlocuit\w*\s+de|noul\s+model|"
    # s38 (trainK40): „vine modelul nou", „iese cel nou", "the new one comes out"
    r"(?:vine|iese|apare)\s+(?:\w+\s+)?(?:nou|noul|nou[ăa])|modelul\s+nou|"
    # leak41 (trainK29, trainK30): a model coming out, customers' data seen by other users
    r"coming\s+out|(?:lighter|newer|cheaper|bigger|better)\s+version|se\s+[îi]nchid|[îi]nchidem|"
    r"(?:visible|shown|seen)\s+(?:to|by)\s+other\s+(?:\w+\s+)?(?:users|customers|accounts)|vizibil\w*\s+(?:pentru\s+)?"
    r"alt(?:or|e|i)\s+(?:\w+\s+)?(?:utilizatori|clien[țt]i)|"
    r"(?:copied|took|stole|downloaded)\s+(?:\w+\s+){0,2}?(?:database|customer\s+(?:list|data))|"
    r"(?:a|au)\s+(?:copiat|descărcat|furat|luat)\s+(?:\w+\s+){0,2}?baz\w*\s+de\s+date|"
    # s39 (heldK34): a copy of our customers, a supplier gone bust, a funding round by its letter
    # („cineva a reușit să copieze baza noastră de clienți", «поставщик … фактически банкрот»,
    # "we've just closed a £12m Series B")
    r"(?:copi\w+|desc[ăa]rc\w+|fur\w+)\s+baz\w*\s+(?:noastr[ăa]\s+)?de\s+(?:date|clien[țt]i)|"
    r"(?:copied|downloaded|stole)\s+our\s+(?:\w+\s+)?(?:database|customer\s+(?:list|base))|"
    r"bankrupt\w*|insolven\w*|faliment\w*|series\s+[a-e]|break-?in|scoatem|bringing\s+out|rolling\s+out|"
    r"(?:addresses|details|data|logins|passwords|e-?mails|records)\s+(?:\w+\s+)?(?:got\s+out|(?:was|were)\s+(?:taken|stolen))|"
    r"(?:adrese|datele|parolele|conturile)\s+(?:\w+\s+){0,2}?(?:au\s+fost\s+furate|au\s+ie[șs]it)|"
    r"accessed\s+our\s+(?:\w+\s+){0,2}?(?:list|export|database|data)|"
    r"talks\s+with|negocier\w*|sued|takeover|taken\s+over|bought|acquired|acquisition|merger|being\s+sold|sale\s+of|shut\w*|"
    r"clos(?:ing|ure|es)|layoffs?|redundanc\w+|breach|leak\w*|hack\w*|ransomware|"
    r"attack|launch\w*|goes\s+live|comes\s+out|amend\w*|sanc[țt]iun\w*|control\w*|inspec[țt]i\w*|"
    r"proces(?!ator)\w*|preluat\w*|preia|cump[ăa]rat\w*|v[âa]ndut\w*|fuziun\w*|[îi]nchide\w*|concedi\w*|"
    r"disponibiliz\w*|scurger\w*|furat\w*|atac\w*|lans\w*|scumpi\w*|cresc|cre[șs]te|ieftin\w*|"
    r"black\s+friday|tarif\w*|abonament\w*|"
    # leak33 (trainK24): our results with their figure (`_PRICE`: a figure needed) („un profit de
    # aproape 3,2 milioane de lei, doar că cifrele nu sunt încă publicate")
    r"profit\w*|revenue|turnover|loss(?:es)?|pierder\w*|cifr[ăa]\s+de\s+afaceri|"
    # s29 (heldK24, trainK31): bookings with their figure, a funding round
    r"bookings|rezerv[ăa]ri|(?:investment|funding)\s+round|round\s+of\s+(?:funding|investment)|"
    # s38 (trainK40): money from an investor („am primit 3 milioane de euro de la un fond din Polonia")
    r"de\s+la\s+un\s+fond|fond\w*\s+de\s+investi\w*|finan[țt]are\w*|investitor\w*|from\s+an?\s+(?:\w+\s+)?(?:fund|investor)|"
    r"(?<!\w)(?:от\s+(?:\w+\s+)?фонда|инвестор\w*)(?!\w)|"
    # s31 (heldK26): a game's next season or expansion and its date, a round by its sum
    r"expansion|(?:new|next)\s+season|sezon\w*\s+nou|noul\s+sezon|drops\s+(?:on|in)|"
    # pol119 (trainK62's ru-xy068): an item to be given away in an event («в новогоднем ивенте его
    # будут раздавать бесплатно», "they'll give it away free in the winter event")
    r"(?:give|giving|given)\s+(?:it\s+|them\s+)?away\s+(?:for\s+)?free|(?:împărți\w*|impartit\w*|oferit\w*|da\w*)\s+gratuit\s+"
    r"(?:[îi]n|la)\s+eveniment\w*|(?<!\w)(?:раздава|разда)\w*\s+бесплатно|"
    # leak140 (trainK54): a route dropped ("We're dropping that route after October", „Renunțăm la
    # ruta asta din noiembrie", «Этот рейс с октября снимают»)
    r"dropping\s+(?:that|the|this|our)\s+(?:\w+\s+)?(?:route|line|service|flights?)|"
    r"renun[țt][ăa]m\s+la\s+(?:ruta|linia|cursa|zborul|zborurile|serviciul)|"
    r"(?:was|were|is|are)\s+(?:down|up)\s+(?:by\s+)?\d+(?:[.,]\d+)?(?=\s?%)|round\s+of\s+[£$€]?\d[\d.,]*|rund[ăa]\s+de\s+\d[\d.,]*|(?:atras|str[âa]ns)\s+\d[\d.,]*\s+(?:de\s+)?milioane|raised\s+[£$€]?\d[\d.,]*|"
    r"rund[ăa]\s+de\s+(?:finan[țt]are|investi[țt]ii)|"
    # leak32 (trainK22): a price change said as its two figures ("the annual plan goes from
    # $120 to $149", „de la 49 la 59 de lei", «с 990 до 1 190 ₽»)
    r"(?:go|goes|going|went|rise|rises|increase|increases)\s+(?:up\s+)?by\s+(?:about\s+|around\s+)?\d+(?=\s?%)|"
    r"(?:go|goes|going|went|rises?|jumps?|moves?)\s+(?:up\s+)?from\s+[£$€]?\d[\d.,]*\s*\w{0,5}\s+to\s+[£$€]?\d+|"
    r"de\s+la\s+\d[\d.,]*\s*(?:de\s+)?(?:lei|ron|euro|eur|€)?\s*la\s+\d[\d.,]*\s*(?:de\s+)?(?:lei|ron|euro|eur|€)|"
    # leak30 (heldK17): a sale with its discount («Распродажа начнётся 11 ноября, скидки до 40%")
    r"sale|discounts?|reduceri\w*|campaign\w*|promotion\w*|campani\w*|\d+\s?%\s+off|"
    # leak30 (trainK20): data exposed („au fost expuse datele de card", "card details were exposed")
    r"expus\w*\s+datele|datele\s+(?:\w+\s+){0,3}?(?:au\s+fost\s+)?expus\w*|exposed\s+(?:\w+\s+){0,2}?(?:data|details)|"
    r"(?:data|details)\s+(?:\w+\s+){0,2}?(?:was|were|got)\s+exposed|"
    # leak26: a known defect in a batch, a tender won, data that leaked ("the faulty batch",
    # „lotul cu probleme", „defectul", „a câștigat-o firma", „s-au scurs datele")
    r"defect\w*|faulty|recall\w*|lot(?:ul)?\s+cu\s+probleme|rechem\w*|scurs\w*|"
    # a tender with its winner ("the tender went to BrightCo", „licitația a câștigat-o firma")
    r"(?:tender|contract|licita[țt]i|contract)\w*[^.!?\n]{0,60}?(?:went\s+to|awarded\s+to|won\s+by|"
    r"c[âa][șs]tigat\w*|(?:a|au)\s+luat)|(?:won|c[âa][șs]tigat\w*)\s+(?:the\s+|a\s+)?(?:tender|licita)\w*|"
    # leak25: a break-in told in plain words ("someone got into one of our servers", "cineva a
    # intrat în baza de date", «кто-то влез в клиентскую базу»)
    r"(?:someone|somebody|hackers?|attackers?)\s+(?:got|get|broke|has\s+got|had\s+got)\s+into|"
    r"(?:someone|somebody|hackers?|attackers?)\s+(?:got|gained|has\s+got)\s+(?:hold\s+of|access\s+to)|"
    r"(?:got|broke)\s+into\s+(?:one\s+of\s+)?our|(?:cineva|hackeri\w*|atacator\w*)\s+(?:a|au)\s+"
    r"(?:intrat|p[ăa]truns)|(?:a|au)\s+(?:intrat|p[ăa]truns)\s+[îi]n\s+(?:server\w*|baz\w*|sistem\w*)|"
    r"ne-au\s+spart|spart\w*\s+(?:serverul|baza|sistemul|site-ul))\b|"
    r"(?<!\w)(?:(?:рейс|маршрут|направлени)\w*\s+(?:\w+\s+){0,3}?(?:снимают|закрывают|убирают)|"
    r"переговор\w*|инцидент\w*|бронировани\w*|раунд\w*\s+инвестиц\w*|инвестиционн\w+\s+раунд\w*|видели\s+другие\s+(?:\w+\s+)?(?:пользовател|клиент)\w*|прибыл\w*|убыт\w*|выручк\w*|штраф\w*|проверк\w*|проверял\w*|иск\w*|суд\w*|прода[юё]т|продаж\w+\s+компании|покупа\w+|"
    r"выгрузил\w*\s+(?:\w+\s+){0,2}?баз\w*|скопировал\w*\s+(?:\w+\s+){0,2}?баз\w*|выпускаем|(?:адрес(?:а|ов)|логин(?:ы|ов)|парол(?:и|ей)|данн\w*)\s+(?:\w+\s+){0,2}?(?:украли|увели|похитили)|банкрот\w*|раунд\w*\s+на\s+\d[\d\s.,]*|слияни\w*|закрыва\w*|закро\w*|сокращени\w*|утечк\w*|утекл\w*|взлом\w*|атак\w*|запуска\w*|запуск\w*|"
    r"выход\w*|выйдет|нов\w+\s+сезон\w*|инвестици\w*\s+на\s+\d[\d\s.,]*|привлекли\s+\d[\d\s.,]*|подорожа\w*|подним\w*|повыс\w*|замен(?:ят|ит|яет)|нов(?:ая|ой|ую)\s+модел\w*|с\s+\d[\d\s.,]*\s*(?:₽|руб\w*|р\.)?\s*до\s+\d[\d\s.,]*\s*(?:₽|руб\w*|р\.)|тариф\w*|безлимит\w*|Роскомнадзор\w*|Роспотребнадзор\w*|распродаж\w*|скидк\w*|"
    r"акци(?:я|и|ю|ей)|данные\s+(?:\w+\s+){0,3}?(?:были\s+)?(?:раскрыты|утекли|попали)|"
    r"брак\w*|дефект\w*|отзыв\w*\s+парти\w*|парти\w*\s+(?:\w+\s+)?(?:будут\s+)?отзыва\w*|[−–]\s?\d+\s?%|(?:тендер|контракт|торг)\w*[^.!?\n]{0,60}?(?:отдали|"
    r"выиграл\w*|достал(?:ся|ась|и)|ушл[иоа])|выиграл\w*\s+(?:тендер|торг|конкурс)\w*|"
    r"(?:кто-то|хакер\w*|злоумышленник\w*)\s+(?:влез|залез|проник|взломал)\w*|(?:влез|залез|проник)\w*\s+в\s+"
    r"(?:наш\w*\s+|клиентск\w*\s+)?(?:баз\w*|сервер\w*|систем\w*))(?!\w)"
)
# a price change counts with its figure: "the 2026 price list isn't published yet" says nothing
_PRICE = re.compile(
    r"(?i)\b(?:price\w*|pre[țt]\w*|scumpi\w*|cresc|cre[șs]te|ieftin\w*|tarif\w*|abonament\w*|sale|"
    r"discounts?|reduceri\w*|campaign\w*|promotion\w*|campani\w*|profit\w*|revenue|turnover|loss(?:es)?|"
    r"pierder\w*|cifr[ăa]\s+de\s+afaceri|bookings|rezerv[ăa]ri)\b|"
    r"(?<!\w)(?:бронировани\w*|прибыл\w*|убыт\w*|выручк\w*|цен\w*|тариф\w*|подорожа\w*|подним\w*|повыс\w*|безлимит\w*|распродаж\w*|скидк\w*|акци(?:я|и|ю|ей))(?!\w)"
)
_FIGURE = re.compile(r"\d")
# the customer's own: "your results", "rezultatele dumneavoastră", «ваши результаты»
_YOURS = re.compile(
    r"(?i)\byour\s+(?:\w+\s+)?(?:results?|grades?|marks?|documents?|certificate|refund|order)\b|"
    r"\b(?:rezultat\w*|not\w*|documentel\w*|comand\w*|reducerea)\s+(?:dumneavoastr[ăa]|dvs)|"
    r"(?<!\w)ваш\w*\s+(?:результат\w*|оценк\w*|документ\w*|заказ\w*|скидк\w*)"
)


def _marker(text: str, m: re.Match[str]) -> bool:
    """A publishing word with a negation and a word of scope within a few words of it."""
    lo, hi = max(0, m.start() - 40), min(len(text), m.end() + 30)
    if finder(_LATER).search(text, lo, hi):
        return True  # "only out next month", «официально молчат»: not yet, said once
    if not finder(_SCOPE).search(text, lo, hi):
        return False
    return bool(finder(_NEGATION).search(text, lo, hi) or finder(_UNDECIDED).search(text, lo, hi))


def _news(text: str, start: int, end: int) -> bool:
    lo, hi = three_sentences(text, start, end)
    if finder(_YOURS).search(text, lo, hi):
        return False
    for m in finder(_NEWS).finditer(text, lo, hi):
        if not _PRICE.fullmatch(m.group()) or _FIGURE.search(text, lo, hi):
            return True
    return False


# leak27: a share of our staff leaving or cut ("half the team is being let go", „jumătate
# dintre colegi pleacă", «половину сотрудников сокращают»)
_SHARE = (
    r"(?:half|most|many|a\s+third|a\s+quarter|\d+\s?%|jum[ăa]tate|majoritatea|o\s+treime|un\s+sfert|"
    r"mul[țt]i|половин\w*|большинств\w*|треть|четверть|\d+\s?%)"
)
_STAFF = (
    r"(?:staff|team|colleagues|people|employees|agents|engineers|workforce|colegi\w*|angaja[țt]\w*|"
    r"oameni\w*|echip\w*|support|suport\w*|сотрудник\w*|коллег\w*|людей|персонал\w*|штат\w*|команд\w*|поддержк\w*|"
    # s38 (trainK40): the contact centre as its people („pleacă jumătate din call-center")
    r"call-?cent(?:er|re)\w*|contact\s+cent(?:er|re)|колл-центр\w*|контакт-центр\w*|"
    # s39 (trainK41): «половину нашей смены сокращают»
    r"смен[ыуе])"
)
_CUTS = re.compile(
    r"(?i)\b"
    + _SHARE
    + r"\s+(?:of\s+)?(?:the\s+|our\s+|dintre\s+|din\s+)?(?:\w+\s+)?"
    + _STAFF
    + r"\s+(?:\w+\s+){0,4}?(?:(?:are|is|will\s+be)\s+(?:leaving(?!\s+(?:at|by|early|today|now|for\s+the\s+day)\b)|being\s+"
    r"(?:let\s+go|laid\s+off|made\s+redundant|cut)|laid\s+off|let\s+go|made\s+redundant)|"
    r"pleac[ăa]\b(?!\s+(?:la(?!\s+\d)|acas[ăa]|[îi]n\s+concediu|mai\s+devreme|azi|ast[ăa]zi|m[âa]ine|disear[ăa]|acum)\b)|vor\s+pleca|(?:sunt|vor\s+fi)\s+"
    r"(?:concedia[țt]i|disponibiliza[țt]i)|(?:уход\w*|уйд[её]т)(?!\w)(?!\s+(?:в\s+отпуск|на\s+(?:обед|больничн|выходн|"
    r"перерыв|каникул)|домой|в\s+\d|рано|пораньше))|уволят|сократят|попадут\s+под\s+сокращени\w*)|"
    r"(?<!\w)(?:сокраща\w*|сократ\w*|уволь\w*|увольня\w*)\s+(?:\w+\s+)?"
    + _SHARE
    + r"\s+(?:\w+\s+)?"
    + _STAFF
    # leak33 (trainK24): the cut as what they do to a share of the team ("they're cutting about a
    # third of the support team in July"), or a share of us laid off („jumătate dintre noi vom fi
    # disponibilizați", «половину из нас сократят»)
    + r"|\b(?:cutting|cut|laying\s+off|letting\s+go)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?"
    + _SHARE
    + r"\s+(?:of\s+)?(?:the\s+|our\s+)?(?:\w+\s+)?"
    + _STAFF
    # s38 (trainK40): a head count of us cut ("they're cutting about 40 of us in the contact
    # centre"), or the verb first („Din martie mai pleacă jumătate din call-center")
    # s46 (trainK48): "They let half the Glasgow team go in January"
    # leak134 (trainK52): "they're letting about a third of our team go in January"
    + r"|\b(?:let|letting)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?"
    + _SHARE
    + r"\s+(?:of\s+)?(?:the\s+|our\s+)?(?:\w+\s+)?"
    + _STAFF
    + r"\s+go\b"
    + r"|\b(?:cutting|laying\s+off|letting\s+go|making)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\d+\s+of\s+us\b"
    r"(?!\s+(?:happy|wait|busy))|\bpleac[ăa]\s+(?:\w+\s+)?"
    + _SHARE
    + r"\s+(?:din|dintre)\s+(?:\w+\s+)?"
    + _STAFF
    + r"(?!\s+(?:la|acas[ăa]|[îi]n\s+concediu|mai\s+devreme|azi|ast[ăa]zi|m[âa]ine|disear[ăa]|acum)\b)"
    + r"|\b"
    + _SHARE
    + r"\s+(?:dintre|din)\s+noi\s+(?:(?:vom\s+fi|suntem|o\s+s[ăa]\s+fim)\s+(?:concedia[țt]i|disponibiliza[țt]i)|(?:pleac[ăa]|plec[ăa]m)\b"
    r"(?!\s+(?:la|acas[ăa]|[îi]n\s+concediu|mai\s+devreme|azi|ast[ăa]zi|m[âa]ine|disear[ăa]|acum)\b)|vom\s+pleca)\b"
    # leak41 (trainK29, trainK30): the whole team dissolved („se desființează aproape toată echipa
    # de suport", "the whole support team is being disbanded", «расформировывают всю команду»)
    r"|\b(?:desfiin[țt]\w*)\s+(?:\w+\s+)?(?:aproape\s+)?toat[ăa]\s+echipa\b|\b(?:departamentul|echipa|call-centerul|biroul|"
    r"centrul)\s+(?:[^.!?\n]{0,60}?)\bse\s+desfiin[țt]eaz[ăa]\b|"
    # s39 (heldK34): the verb first („Din octombrie se desființează tot departamentul de suport"), or
    # the work sent out ("the whole support team is being outsourced", «поддержку выводят на аутсорс»)
    r"\bse\s+desfiin[țt]eaz[ăa]\s+(?:tot\s+|toat[ăa]\s+|[îi]ntreg\w*\s+|jum[ăa]tate\s+din\s+|o\s+parte\s+din\s+)?"
    r"(?:departamentul|echipa|call[- ]?center-?ul|biroul|centrul|tura)\b|\b(?:team|department|centre|center|desk)\s+(?:is|are|will\s+be)\s+(?:being\s+)?(?:outsourced|offshored)\b|"
    r"\b(?:e|este|va\s+fi)\s+(?:dat[ăa]?|mutat[ăa]?)\s+(?:la\s+)?(?:outsourcing|[îi]n\s+afara\s+[țt][ăa]rii)\b|"
    # leak139 (heldK47): „din toamnă call-centerul se mută în Egipt și noi plecăm aproape toți"
    r"\bnoi\s+plec[ăa]m\s+(?:aproape\s+)?to[țt]i\b|\bcall-?center-?ul\s+se\s+mut[ăa]\s+[îi]n\s+[A-ZĂÂÎȘȚ]|"
    # leak173 (trainK66's en/ro-yo064): the work handed to an outside firm ("the billing department is being
    # moved to an outsourcer in Cape Town", „tot departamentul de facturare trece la o firmă din Filipine")
    r"\b(?:department|team|centre|center|desk|support|billing)\s+(?:is|are|will\s+be)\s+(?:being\s+)?(?:moved|transferred|"
    r"handed\s+over|sent)\s+(?:over\s+)?to\s+(?:an?\s+)?(?:outsourcer|outsourcing\s+(?:firm|company|partner)|third[-\s]party)\b|"
    r"\b(?:departamentul|echipa|call-?center-?ul|suportul)\s+(?:de\s+\w+\s+)?(?:trece|va\s+trece|se\s+mut[ăa]|e\s+mutat)\s+la\s+"
    r"o\s+firm[ăa]\s+(?:din|extern[ăa]|de\s+outsourcing)\b|"
    r"(?<!\w)(?:отдел\w*|поддержк\w*|колл-центр\w*|команд\w*|чат\w*|лини\w*)\s+(?:\w+\s+){0,2}?(?:выводят|переводят|отдают|передают)\s+"
    r"на\s+аутсорс(?!\w)|\b(?:the\s+)?whole\s+(?:\w+\s+)?team\s+"
    r"(?:is|are|will\s+be)\s+(?:being\s+)?(?:disbanded|let\s+go|laid\s+off|cut)\b|"
    r"(?<!\w)(?:расформир\w*|сокраща\w*|увольня\w*)\s+(?:почти\s+)?вс(?:ю|его)\s+(?:\w+\s+)?(?:команд\w*|отдел\w*)(?!\w)"
    + r"|(?<!\w)"
    + _SHARE
    + r"\s+(?:из\s+)?нас\s+(?:сократят|уволят|попадут\s+под\s+сокращени\w*|уход\w*|уйд[её]т)"
    # leak130 (trainK51): «почти половину поддержки убирают», the verb after the share of us
    + r"|(?<!\w)"
    + _SHARE
    + r"\s+(?:\w+\s+)?"
    + _STAFF
    + r"\s+(?:убирают|уберут|сокращают|увольняют|режут)(?!\w)"
    # s31 (heldK26): everyone at a site given notice ("The Cardiff contact centre is being wound down
    # and everyone there has been put on notice", „toți colegii de acolo au primit preaviz", «всем
    # сотрудникам там вручили уведомления о сокращении»)
    r"|\b(?:everyone|everybody|all\s+(?:the\s+)?(?:staff|agents|employees)|the\s+whole\s+(?:\w+\s+)?team)\s+(?:there\s+)?"
    r"(?:has|have)\s+(?:now\s+|already\s+)?been\s+(?:put\s+on\s+notice|given\s+(?:their\s+)?notice|served\s+notice|"
    r"told\s+(?:they'?re|they\s+are)\s+(?:being\s+)?(?:let\s+go|made\s+redundant))\b|\b(?:to[țt]i|toate)\s+(?:\w+\s+)?"
    r"(?:de\s+acolo\s+)?au\s+primit\s+(?:deja\s+)?preaviz\w*\b|(?<!\w)(?:всем|всех)\s+(?:\w+\s+){0,2}?(?:вручили|выдали|"
    r"раздали|предупредили)\s+(?:\w+\s+)?(?:уведомлени\w*\s+)?(?:о|об)\s+(?:сокращени|увольнени)\w*(?!\w)|"
    # leak138 (trainK53): the head count before and after ("the support team is going from about 40
    # people down to 15 after Christmas", „echipa scade de la 40 la 15 oameni", «команду сокращают с
    # 40 до 15 человек»)
    r"\b(?:team|department|staff|centre|center|desk)\s+(?:is\s+|are\s+)?(?:going|dropping|shrinking|being\s+cut)\s+"
    r"from\s+(?:about\s+|around\s+|roughly\s+)?\d+\s+(?:\w+\s+)?(?:down\s+)?to\s+(?:about\s+|around\s+|just\s+)?\d+\b|"
    r"\b(?:echipa|departamentul|call-?center-?ul)\s+(?:\w+\s+){0,2}?(?:scade|se\s+reduce|se\s+mic[șs]oreaz[ăa])\s+de\s+la\s+"
    r"(?:vreo\s+|circa\s+)?\d+\s+(?:de\s+)?(?:\w+\s+)?la\s+\d+|"
    r"(?<!\w)(?:команд\w*|отдел\w*|штат\w*|поддержк\w*)\s+(?:\w+\s+){0,2}?(?:сокраща\w*|сократ\w*|урезают)\s+с\s+\d+\s+до\s+\d+(?!\d)|"
    # leak183 (heldK62's en/ro/ru-yz066, the readers caught them): "We're being cut from about 40 down to 12", „din
    # 60 rămânem vreo 20 până în toamnă", «поддержку сокращают вдвое к осени»
    r"\bwe(?:'re|\s+are)\s+(?:being\s+)?(?:cut|going|dropping)\s+from\s+(?:about\s+|around\s+|roughly\s+)?\d+\s+(?:\w+\s+)?"
    r"(?:down\s+)?to\s+(?:about\s+|around\s+|just\s+)?\d+\b|"
    r"\bdin\s+(?:vreo\s+|circa\s+)?\d+\s+(?:de\s+oameni\s+)?r[ăa]m[âa]nem\s+(?:vreo\s+|doar\s+|cam\s+|circa\s+)?\d+\b|"
    r"(?<!\w)(?:команд\w*|отдел\w*|штат\w*|поддержк\w*|колл-центр\w*)\s+(?:\w+\s+)?(?:сокраща\w*|сократ\w*|урезают)\s+вдвое(?!\w)"
)
_CUTS_HINTS = ("let half", "let most", "let a ", "letting", "let about", "let around", "let roughly", "plecăm", "plecam", "cutting", "cut ", "laying off", "letting go", "leaving", "let go", "laid off", "redundant", "pleacă", "pleaca", "vor pleca",
               "concediați", "concediati", "disponibiliz", "уход", "уйдёт", "уйдет", "уволят",
               "сократят", "сократил", "сокращ", "уволь", "увольня", "убирают", "уберут", "режут", "desființ", "desfiint", "whole",
               "расформир", "outsourced", "offshored", "outsourcing", "în afara țării", "аутсорс",
               # s31
               "notice", "preaviz", "сокращени", "увольнени",
               # s38
               "of us", "making",
               # leak138
               "going from", "dropping from", "shrinking from", "cut from", "scade de la", "se reduce de la",
               "micșorează", "micsoreaza", "урезают", "plecăm", "plecam", "se mută", "se muta",
               # leak173
               "outsourcer", "third-party", "third party", "la o firm",
               # leak183
               "rămânem", "ramanem", "вдвое")  # fmt: skip


def _staff_cuts(text: str) -> Iterator[Leak]:
    """Staff cuts told with their share: the match says it all."""
    return first_accepted(
        _CUTS, text, present(text, _CUTS_HINTS), 80, bool, "internal-info", _MESSAGE
    )


# leak41 (trainK29, trainK30, every language): advice to wait for a model with its launch date
# ("I'd wait: the Aero 2 with the bigger battery lands on 14 October", „v-aș sfătui să mai
# așteptați: pe 3 noiembrie lansăm modelul Nova X", «советую подождать: 14 октября выходит
# «Вектор 2»»): the launch plan, told as a tip. A launch said to be announced stays clean.
_WAIT = re.compile(
    r"(?i)\b(?:hold\s+off|hold\s+on\s+(?:until|till)|(?:i'?d|i\s+would)\s+wait|worth\s+waiting|wait\s+(?:a\s+few|a\s+couple|until|for\s+the)|"
    r"(?:s[ăa]\s+(?:mai\s+)?|mai\s+)a[șs]tepta[țt]i|a[șs]tepta[țt]i\s+(?:pu[țt]in|c[âa]teva|p[âa]n[ăa])|am[âa]na[țt]i|"
    r"a[șs]\s+(?:mai\s+)?a[șs]tepta|"
    # s29 (trainK31): "I wouldn't renew just now", „Nu v-aș recomanda să faceți prelungirea acum"
    r"(?:i\s+wouldn'?t|i\s+would\s+not)\s+(?:buy|renew|upgrade|sign|order|book)\b[^.!?\n]{0,30}?\b(?:now|yet|today)|"
    r"nu\s+v-?a[șs]\s+(?:recomanda|sf[ăa]tui)\s+(?:s[ăa]\s+)?(?:\w+\s+){0,3}?acum)\b|"
    r"(?<!\w)я\s+бы\s+не\s+(?:стал\w*\s+)?(?:покупал\w*|продлевал\w*|покупать|продлевать|оформлял\w*|оформлять)"
    r"(?:\s+\w+){0,2}?\s+(?:сейчас|пока)(?!\w)|"
    r"(?<!\w)(?:подождать|подождите|потерпите|я\s+бы\s+подождал\w*|повремен\w*|не\s+торопитесь\s+с\s+покупк\w*|не\s+(?:спешите|торопитесь)\s+"
    r"(?:оформлять|покупать|брать|продлевать|подключать|переходить|менять|обновлять))(?!\w)|\bnu\s+v[ăa]\s+gr[ăa]bi[țt]i\b|"
    r"\bdon'?t\s+rush\b|"
    # s36 (trainK38): «Я бы пока не брала эту модель», „n-aș cumpăra acum"
    # s37 (trainK39): «я бы на вашем месте пока не брал», «пока не покупайте», „Nu mai cumpăra acum
    # pachetul", "don't buy it just yet"
    r"(?<!\w)я\s+бы\s+(?:на\s+вашем\s+месте\s+)?пока\s+не\s+(?:брал\w*|брать|покупал\w*|покупать|оформлял\w*)(?!\w)|"
    r"(?<!\w)пока\s+не\s+(?:берите|покупайте|оформляйте|бери|покупай)(?!\w)|"
    # s39 (heldK35): «Телевизор сейчас не берите», «Не переходите пока на «Семейный»»
    r"(?<!\w)(?:сейчас\s+не\s+(?:берите|покупайте|оформляйте)|не\s+(?:берите|покупайте|переходите)\s+(?:сейчас|пока))(?!\w)|"
    r"\bn-a[șs]\s+(?:cump[ăa]ra|lua|comanda)\s+(?:\w+\s+){0,2}?(?:acum|[îi]nc[ăa])\b|"
    r"\bnu\s+(?:mai\s+)?(?:cump[ăa]ra|cump[ăa]ra[țt]i|lua|lua[țt]i|comanda[țt]i)\s+(?:\w+\s+){0,2}?(?:acum|[îi]nc[ăa])\b|"
    r"\bdon'?t\s+(?:buy|renew|upgrade|order)\b[^.!?\n]{0,30}?\b(?:now|yet|today)\b|"
    # s41 (trainK43): "if you can hang on till then", a game's currency kept back ("don't spend
    # your gold on the Frost Bow", «не трать кристаллы на этого героя»), «не сдавайте пока чайник»
    # leak129 (heldK44): "I'd hang on a few weeks rather than buy the old one"
    r"\bhang\s+on\s+(?:until|till|(?:a\s+few|a\s+couple\s+of|another|two|three)\s+(?:days|weeks|months))\b|\bdon'?t\s+(?:spend|waste)\s+(?:your\s+)?(?:gold|gems|coins|crystals|points|"
    r"credits|diamonds)\b|\bnu\s+(?:cheltui|cheltui[țt]i|irosi|irosi[țt]i)\s+(?:\w+\s+)?(?:aur\w*|diamant\w*|monede\w*|"
    r"cristal\w*|puncte\w*)|(?<!\w)не\s+(?:трать|тратьте)\s+(?:\w+\s+)?(?:кристалл|золот|монет|гем|алмаз|очк)\w*|"
    r"(?<!\w)(?:не\s+сдавайте\s+пока|пока\s+не\s+сдавайте)(?!\w)"
)
_WAIT_HINTS = ("бы подождал", "hold on until", "hold on till", "hold off", "d wait", "would wait", "worth waiting", "wait a few", "wait a couple", "wait until", "aștepta",
               "astepta",
               "wait for the", "așteptați", "asteptati", "amânați", "amanati", "подождать", "подождите",
               "повремен", "потерпите", "не торопитесь с покуп", "wouldn't", "would not", "v-aș recomanda",
               "v-as recomanda", "v-aș sfătui", "vas recomanda", "v-as sfatui", "я бы не", "я бы пока",
               "n-aș", "n-as", "nu mai cump", "nu cump", "nu lua", "nu comand", "пока не бер",
               "пока не покуп", "пока не оформ", "don't buy", "dont buy", "don't renew", "don't upgrade",
               "don't order", "на вашем месте", "не спешите", "не торопитесь", "nu vă grăbiți",
               "nu va grabiti", "don't rush", "dont rush", "не берите", "не покупайте", "не оформляйте",
               "не переходите", "hang on", "don't spend", "dont spend", "don't waste", "nu cheltui",
               "nu irosi", "не трать", "не сдавайте", "не сдавайте")  # fmt: skip
# the months by name, in en and ro; "may" and „mai" are also words ("you may", „mai mult"), so
# a pattern that reads a month with no date beside it leaves them out (`_WHEN_OR_SUM`)
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTHS_RO = (
    "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
)
_MONTHS = _MONTHS_EN + "|" + _MONTHS_RO
_MONTHS_ALONE = _MONTHS.replace("|may|", "|").replace("|mai|", "|")
_LAUNCH = re.compile(
    r"(?i)\b(?:lands?|launch(?:es|ing)?|comes?\s+out|coming\s+out|(?:is|are|gets?)\s+released|goes\s+on\s+sale|arrives|"
    r"lans[ăa]m|se\s+lanseaz[ăa]|iese|apare|vine|intr[ăa])\b[^.!?\n]{0,60}?(?:\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:"
    + _MONTHS
    + r")\b)|"
    r"\bpe\s+\d{1,2}\s+\w+\s+(?:lans[ăa]m|se\s+lanseaz[ăa]|iese|apare|vine|intr[ăa])\b|"
    r"(?:\b\d{1,2}\s+\w+|(?<!\w)(?:в|во)\s+\w+)[^.!?\n]{0,20}?(?<!\w)(?:выходит|выйдет|запускаем|появится|стартуют\s+продажи)(?!\w)|"
    r"(?<!\w)(?:выходит|выйдет|запускаем|появится)(?!\w)[^.!?\n]{0,40}?(?:\b\d{1,2}\b|(?<!\w)(?:январ|феврал|март|апрел|ма[ея]|"
    r"июн|июл|август|сентябр|октябр|ноябр|декабр)\w*)|"
    # s37 (trainK39): in a month or two weeks («Через месяц у нас выходит новая линейка», "the new
    # range comes out next month", „peste o lună lansăm")
    r"(?<!\w)через\s+(?:\w+\s+)?(?:месяц|недел\w*|\d+\s+\w+)[^.!?\n]{0,20}?(?<!\w)(?:выходит|выйдет|запускаем|появится)(?!\w)|"
    # leak157 (trainK59): a season («Весной выходит новый тариф с ТВ и гигабитом за 850»)
    # pol116 (trainK60): till a season or month («потерпите до осени — выходит новая версия», "hold on till
    # late October though, the Pro 3 lands then", „până în toamnă iese varianta nouă")
    r"(?<!\w)(?:весной|летом|осенью|зимой|(?:до|к)\s+(?:весн|лет|осен|зим)\w*)[^.!?\n]{0,20}?(?<!\w)(?:выходит|выйдет|запускаем|появится)(?!\w)|"
    r"\b(?:till|until|by)\s+(?:late\s+|early\s+|mid-?)?(?:"
    + _MONTHS_ALONE
    + r"|spring|summer|autumn|winter)\b[^.!?\n]{0,50}?"
    r"\b(?:lands|launch(?:es)?|comes\s+out|is\s+released|goes\s+on\s+sale|arrives)\b|"
    r"\b(?:p[âa]n[ăa]\s+(?:[îi]n\s+)?|[îi]n\s+)(?:toamn|prim[ăa]var|var[ăa]|iarn)\w*[^.!?\n]{0,30}?\b(?:lans[ăa]m|se\s+lanseaz[ăa]|iese|apare)\b|"
    # s46 (trainK48): "the X7 replacement comes in at the same price in about six weeks"
    # leak117 (heldK42): "QA are aiming at 14 Nov for the Switch build"
    r"\baiming\s+(?:at|for)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + _MONTHS_EN
    + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|"
    r"\b(?:lands|launch(?:es|ing)?|comes\s+out|coming\s+out|comes\s+in|arrives|(?:is|gets)\s+released|goes\s+on\s+sale)\b[^.!?\n]{0,40}?"
    r"\b(?:next\s+(?:month|week)|in\s+(?:about\s+|around\s+|roughly\s+)?(?:a|two|three|four|five|six|\d+|a\s+few|a\s+couple\s+of)\s+"
    r"(?:weeks?|months?))\b|"
    r"\bpeste\s+(?:vreo\s+|cam\s+)?(?:o|dou[ăa]|trei|\d+)\s+(?:lun[ăi]|s[ăa]pt[ăa]m[âa]n[ăi])\s+(?:\w+\s+)?(?:lans[ăa]m|scoatem|se\s+lanseaz[ăa]|iese|apare|vine)\b|"
    # s38 (heldK34): the date first ("hold on until 14 May …, that's when it goes on sale")
    r"\b\d{1,2}\s+(?:" + _MONTHS_EN + r")\b[^.!?\n]{0,50}?"
    r"\b(?:goes\s+on\s+sale|launch(?:es)?|comes\s+out|is\s+released)\b|"
    # s38 (trainK40): the month first („în septembrie vine cel nou", "in September the X5 comes out")
    # leak129 (heldK44): „din octombrie se deschide ruta"
    r"\b(?:[îi]n|in|from|lui|din)\s+(?:" + _MONTHS + r")\b[^.!?\n]{0,40}?"
    r"\b(?:lands|launch(?:es)?|comes\s+out|is\s+released|goes\s+on\s+sale|lans[ăa]m|scoatem|se\s+lanseaz[ăa]|iese|apare|vine|"
    r"se\s+deschide|deschidem)\b|"
    # s39 (heldK35): a sale starting on its date ("the spring sale starts Friday 6am", „Black Friday
    # la noi începe pe 14 noiembrie", «с 11 ноября будет распродажа»)
    r"\b(?:sale|black\s+friday|reducerile|campania)\s+(?:\w+\s+){0,2}?(?:starts?|begins?|[îi]ncepe?)\s+(?:on\s+|pe\s+)?"
    r"(?:\d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|luni|mar[țt]i|miercuri|joi|vineri|s[âa]mb[ăa]t[ăa])|"
    r"(?<!\w)с\s+\d{1,2}\s+\w+\s+(?:будет|начн[её]тся|стартует)\s+распродаж\w*|"
    # s41 (trainK43): a game's change in its next patch ("it's getting nerfed in the 2.4 patch next
    # Thursday", «в обновлении 3.1 в следующий четверг его сильно ослабят»)
    r"\b(?:getting|gets|being|will\s+be)\s+(?:nerfed|buffed)\b(?:[^.!?\n]|\.(?=\d)){0,40}?\b(?:patch|update)\b|"
    r"\b(?:patch|update|actualizare\w*)\b(?:[^.!?\n]|\.(?=\d)){0,40}?\b(?:nerf\w*|sl[ăa]bit\w*|sl[ăa]besc)\b|"
    r"(?<!\w)обновлени\w*(?:[^.!?\n]|\.(?=\d)){0,50}?(?:ослабят|понерфят|нерфят|усилят)(?!\w)|"
    # s46 (trainK48): a plan's new price from a date ("everyone on that plan is being moved to £26 a
    # month from April", „toți clienții de pe abonamentul Start trec de la 1 mai la 45 lei pe lună",
    # «всех на этом тарифе переводят на 690 ₽ в месяц с 1 марта»)
    r"\b(?:moved|moving|going\s+up|goes\s+up|rising|increas\w+)\s+to\s+[£$€]\s?\d[\d.,]*\s+(?:a|per)\s+month\s+"
    r"(?:from|in|starting)\s+(?:" + _MONTHS + r"|\d|next)|"
    r"\btrec\s+(?:de\s+la\s+\d{1,2}\s+\w+\s+|din\s+\w+\s+)?la\s+\d[\d.,]*\s+(?:de\s+)?(?:lei|euro|€)\s+pe\s+lun[ăa]|"
    r"(?<!\w)(?:переводят|переведут|перейдут|подорожает|повысят)\s+(?:\w+\s+){0,3}?(?:на|до)\s+\d[\d\s]*\s*(?:₽|руб\w*)\s+"
    r"в\s+месяц\s+с\s+(?:\d|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
)


_YOUR_THING = re.compile(r"(?i)\byour\b|\b(?:dumneavoastr[ăa]|dvs)\b|(?<!\w)(?:ваш|тво)\w*")


def _wait_for_launch(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = three_sentences(text, m.start(), m.end())
        launch = finder(_LAUNCH).search(text, lo, hi)
        return (
            launch is not None
            and not said_publicly(text)
            # "your replacement lands at our depot on the 21st": a delivery, not a launch
            and _YOUR_THING.search(text, max(lo, launch.start() - 30), launch.start()) is None
        )

    return first_accepted(
        _WAIT, text, present(text, _WAIT_HINTS), 40, accept, "internal-info", _MESSAGE
    )


# leak41 (trainK30, every language): a funding round or a sale of the company still under way
# ("we're closing a Series B with Accel next month", "we're in the final stages of being bought by
# Northwind", „închidem o rundă de finanțare", „ultima fază a negocierilor de preluare", «закрываем
# раунд инвестиций», «нас вот-вот купит крупный маркетплейс»): news no company gives before it is
# done, so it needs no marker. A sale that is done and announced ("we were acquired last year")
# stays clean.
_DEAL_UNDER_WAY = re.compile(
    r"(?i)\b(?:closing|raising|about\s+to\s+close)\s+(?:a|our)\s+(?:series\s+[a-e]|funding\s+round|round\s+of\s+funding|"
    r"investment\s+round)\b|\bseries\s+[a-e]\s+(?:round\s+)?(?:with|from|led\s+by)\b|\b(?:final|last|late)\s+stages?\s+of\s+"
    r"(?:being\s+(?:bought|acquired|sold|taken\s+over)|(?:a\s+|the\s+)?(?:sale|merger|acquisition|takeover))\b|"
    r"\b(?:we'?re|we\s+are)\s+(?:about\s+to\s+be|being|set\s+to\s+be)\s+(?:bought|acquired|taken\s+over)\b|"
    # s40 (heldK36): "once Northvale takes us over in the autumn"
    r"\b(?:takes|take|taking|buys|buying)\s+us\s+over\b|"
    r"\b(?:[îi]nchidem|atragem)\s+o\s+rund[ăa]\s+de\s+(?:finan[țt]are|investi[țt]ii)\b|\b[îi]n\s+negocieri\s+(?:s[ăa]\s+fie\s+"
    r"(?:v[âa]ndut[ăa]|preluat[ăa]|cump[ăa]rat[ăa])|de\s+(?:v[âa]nzare|preluare|fuziune))\b|\bultima\s+faz[ăa]\s+a\s+negocierilor\s+"
    r"de\s+(?:preluare|v[âa]nzare|fuziune)\b|\bsuntem\s+pe\s+cale\s+s[ăa]\s+fim\s+(?:cump[ăa]ra[țt]i|prelua[țt]i)\b|"
    # s38 (heldK34): „oricum ne cumpără un lanț mare din Polonia, negocierile sunt aproape gata"
    r"\bne\s+(?:cump[ăa]r[ăa]|preia|achizi[țt]ioneaz[ăa])\s+(?:un|o|cei|cea|firma|grupul)\b|"
    # s39 (heldK35): „lanțul e cumpărat de un grup din Polonia, se semnează în vară", «сеть всё равно
    # продают «Лете», сделку закроют осенью», "the chain is being sold to …"
    r"\b(?:lan[țt]ul|firma|compania|magazinul|re[țt]eaua)\s+(?:e|este|va\s+fi)\s+(?:cump[ăa]rat[ăa]?|preluat[ăa]?|v[âa]ndut[ăa]?)\s+de\b|"
    r"\b(?:the\s+)?(?:chain|company|business|group)\s+is\s+being\s+(?:sold|bought|taken\s+over)\b|"
    r"(?<!\w)(?:сеть|компанию|магазин\w*|банк)\s+(?:всё\s+равно\s+|уже\s+|скоро\s+)?(?:продают|покупают)\s|"
    r"(?<!\w)сделку\s+(?:\w+\s+)?закро(?:ют|ем)(?!\w)|\bnegocierile\s+(?:sunt|au\s+ajuns)\s+aproape\s+"
    r"(?:gata|finalizate|[îi]ncheiate)\b|"
    r"(?<!\w)(?:(?:закрываем|привлекаем)\s+раунд\s+(?:инвестиций|финансирования)|(?:закрыли|подняли|привлекли)\s+(?:крупный\s+|"
    r"большой\s+|новый\s+)?раунд(?!\w)|нас\s+(?:вот-вот\s+|скоро\s+)?"
    r"(?:купит|покупает|поглотит|объединят|присоединят|продадут)|сделка\s+(?:\w+\s+)?на\s+финальной\s+стадии|"
    # s38 (trainK40): «Нас, похоже, объединяют с другой авиакомпанией, переговоры уже идут»
    r"нас,?\s+(?:похоже,?\s+|кажется,?\s+|видимо,?\s+)?(?:объединяют|покупают|продают|поглощают|присоединяют)\s+с?|"
    # s42 (heldK38): «Весной нас присоединяют к «Восток-Банку»»
    r"нас\s+присоединяют\s+к)(?!\w)|"
    # s41 (trainK43): „oricum ne preiau ei de la anul", «нас всё равно с ними объединяют», an
    # investor coming in („intră un fond de investiții", «к нам заходит крупный банк с инвестициями»)
    r"\bne\s+(?:cump[ăa]r[ăa]|preia|preiau|achizi[țt]ioneaz[ăa]|absoarbe|absorb)\s+(?:ei|[ăa][șs]tia|ace[șs]tia|"
    r"de\s+la\s+anul|anul\s+viitor|din\s+(?:toamn|var|prim[ăa]var|iarn)\w*)\b|\bintr[ăa]\s+(?:la\s+noi\s+)?un\s+"
    r"(?:fond|investitor)\b|\b(?:an?\s+)?(?:investor|fund|bank)\s+is\s+(?:coming|buying)\s+in\b|"
    r"(?<!\w)(?:нас,?\s+(?:(?:всё|все)\s+равно\s+|уже\s+|скоро\s+|вроде\s+)+(?:с\s+ними\s+)?|нас\s+с\s+ними\s+)"
    r"(?:объединяют|покупают|продают|поглощают|присоединяют|сливают)(?!\w)|(?<!\w)(?:к\s+нам\s+)?заходит\s+"
    r"(?:\w+\s+){0,2}?(?:инвестор|банк|фонд)\w*\s+(?:с\s+)?(?:инвестици|деньг)\w*|(?<!\w)сделка\s+закрывается(?!\w)|"
    # leak106 (trainK46, heldK37): the deal told as settled ("once the takeover by Northway goes
    # through", „după ce ne preia lanțul polonez", „semnăm luna viitoare cu un fond din Cluj o
    # investiție de 2 milioane", «банк одобрил нам кредитную линию на 150 миллионов»): 10 leaks over
    # every labelled case and nothing else
    r"\b(?:once|when|after|until)\s+the\s+(?:\w+\s+)?(?:takeover|merger|acquisition|buy-?out|sale|deal)\s+(?:\w+\s+){0,3}?"
    r"(?:goes\s+through|completes|closes|is\s+(?:done|signed|completed|final))\b|"
    r"\bne\s+(?:cump[ăa]r[ăa]|preia|preiau|achizi[țt]ioneaz[ăa])\s+(?:lan[țt]ul|re[țt]eaua|compania|banca|grupul|"
    r"concuren[țt]ii|concuren[țt]a|nem[țt]ii|polonezii|americanii)\b|\bsemn[ăa]m\s+(?:\w+\s+){0,3}?cu\s+un\s+"
    r"(?:fond|investitor|grup)\b|\bo\s+investi[țt]ie\s+de\s+\d[\d.,]*\s+(?:de\s+)?milioane\b|"
    r"(?<!\w)(?:одобрил\w*\s+нам\s+(?:\w+\s+)?(?:кредит\w*|лини\w*|финансировани\w*)|кредитн\w+\s+лини\w+\s+на\s+"
    r"\d[\d\s.,]*\s*(?:млн|миллион\w*|млрд|миллиард\w*))(?!\w)|"
    # s44 (heldK40): merger talks, a listing, an investor with his sum („Se discută fuziunea cu o bancă
    # austriacă", „Anul viitor ne listăm la Bursă", «заходит инвестор с 300 миллионами»)
    r"\bse\s+discut[ăa]\s+(?:o\s+)?(?:fuziune\w*|preluare\w*|v[âa]nzare\w*|achizi[țt]i\w*)\b|\bne\s+list[ăa]m\s+la\s+burs[ăa]\b|"
    # leak117 (heldK42): „Rețeaua o să fie preluată de alt operator până la anul, se negociază deja condițiile";
    # money for a few months only („firma mai are bani doar pentru câteva luni", "the investor pulled out")
    r"\b(?:re[țt]eaua|firma|compania|magazinul|lan[țt]ul|banca|operatorul|clubul)\s+(?:o\s+s[ăa]\s+fie|va\s+fi)\s+preluat[ăa]?\s+de\s+"
    r"(?:alt|un|o|grupul|compania)\b|\bse\s+negociaz[ăa]\s+deja\b|"
    # leak121 (trainK49): „dacă se semnează preluarea de către grupul austriac la toamnă", «если сделка
    # с «Вектором» весной закроется»
    r"\b(?:se\s+semneaz[ăa]|semn[ăa]m|se\s+finalizeaz[ăa]|se\s+[îi]ncheie)\s+(?:\w+\s+)?(?:preluarea|fuziunea|"
    r"v[âa]nzarea|achizi[țt]ia)\b|(?<!\w)сделка\s+с\s+(?:\S+\s+){1,3}?(?:закроется|пройд[её]т|состоится)(?!\w)|"
    # leak124 (trainK50): talks or money still to sign („Se negociază fuziunea cu ei", „Tocmai am
    # primit o finanțare de la un fond din Viena, se semnează săptămâna viitoare", «Мы как раз
    # подписываем инвестиции от фонда»)
    r"\bse\s+negociaz[ăa]\s+(?:acum\s+)?(?:fuziunea|preluarea|v[âa]nzarea|achizi[țt]ia)\b|"
    r"\b(?:am\s+primit|primim|am\s+ob[țt]inut|ob[țt]inem)\s+o\s+(?:finan[țt]are|investi[țt]ie)\s+de\s+la\s+un\s+"
    r"(?:fond|investitor|grup)\b|(?<!\w)подписываем\s+(?:\w+\s+)?(?:инвестици\w*|сделк\w*)(?!\w)|"
    r"\bmai\s+are\s+bani\s+doar\s+pentru\b|\binvestitorul\s+s-a\s+retras\b|\b(?:the\s+)?investor\s+(?:has\s+)?pulled\s+out\b|"
    r"\bonly\s+has\s+(?:enough\s+)?(?:money|cash|runway)\s+for\s+(?:a\s+few|another|\w+)\s+months\b|"
    r"(?<!\w)(?:денег\s+(?:осталось\s+)?(?:только|лишь)\s+на\s+(?:пару|несколько|\w+)\s+месяц\w*|инвестор\s+(?:вышел|отказался))(?!\w)|"
    r"\b(?:we'?re|we\s+are)\s+(?:in\s+talks|talking)\s+(?:about\s+)?(?:a\s+)?(?:merger|takeover|sale)\s+with\b|"
    # leak130 (heldK44, trainK51): "We're in talks to be taken over by …", „banca e în discuții să fie
    # cumpărată de un grup austriac", „oricum ne preia altă bancă din primăvară"
    r"\b(?:we'?re|we\s+are)\s+in\s+talks\s+to\s+be\s+(?:taken\s+over|bought|acquired|sold)\b|"
    r"\b[îi]n\s+discu[țt]ii\s+s[ăa]\s+fie\s+(?:v[âa]ndut|preluat|cump[ăa]rat)\w*|"
    r"\bne\s+(?:cump[ăa]r[ăa]|preia|preiau|achizi[țt]ioneaz[ăa])\s+(?:alt[ăa]\s+(?:banc[ăa]|firm[ăa]|companie|re[țt]ea)|"
    r"un\s+alt\s+(?:grup|operator|lan[țt]|fond))\b|"
    r"\b(?:we'?re|we\s+are)\s+(?:going|listing)\s+(?:public|on\s+the\s+(?:stock\s+)?(?:exchange|market))\b|"
    r"(?<!\w)(?:заходит|приходит|входит)\s+(?:\w+\s+){0,2}?инвестор\w*\s+с\s+\d|(?<!\w)(?:выходим|выйдем|готови(?:тся|мся)\s+к\s+выходу)\s+на\s+(?:биржу|ipo)(?!\w)|"
    # leak173 (trainK66's ru-yo028): «компания готовится к выходу на биржу весной», "preparing to go public", „se
    # pregătește de listarea la bursă"
    r"\b(?:we'?re|we\s+are|the\s+company\s+is|the\s+company'?s)\s+(?:preparing|getting\s+ready)\s+(?:to\s+(?:go\s+public|list\s+on|float)|"
    r"for\s+(?:an|the|its|our)\s+ipo)\b|\bse\s+preg[ăa]te[șs]te\s+(?:de|pentru)\s+(?:listarea\s+la\s+burs[ăa]|intrarea\s+la\s+burs[ăa]|ipo)\b|"
    # leak112 (trainK47): the buyer named by the deal ("once the deal with FitZone goes through",
    # „grupul polonez care ne cumpără", «компанию к лету продают «Ленте-Маркет»»)
    r"(?-i:\bthe\s+deal\s+with\s+[A-Z]\w+\s+(?:goes\s+through|completes|closes|is\s+(?:done|signed)))|"
    # leak138 (trainK53): the deal named by the other side ("Once the Harlow Building Society deal goes through")
    r"(?-i:\bthe\s+(?:[A-Z][\w&'-]*\s+){1,4}deal\s+(?:goes\s+through|completes|closes))|"
    r"\b(?:care|ce)\s+ne\s+(?:cump[ăa]r[ăa]|preia|preiau|achizi[țt]ioneaz[ăa])\b|"
    r"(?<!\w)(?:сеть|компанию|банк|магазин\w*)\s+(?:к\s+\w+\s+|в\s+\w+\s+|летом\s+|осенью\s+|весной\s+)(?:продают|покупают)\s|"
    # leak134 (trainK52, every language): "we'll most likely be part of Vantage Energy anyway, the talks are
    # quite far along", "We're closing a new round", „Suntem în discuții cu un grup din Polonia să ne
    # preia", «Нас всё равно к лету покупает крупный холдинг, сделка почти закрыта», «заходим в раунд»
    r"(?-i:\b(?:we'?ll|we\s+will)\s+(?:most\s+likely\s+|probably\s+|likely\s+|soon\s+)?be\s+part\s+of\s+[A-Z]\w*)|"
    r"\bthe\s+talks\s+are\s+(?:quite\s+|pretty\s+|very\s+|well\s+)?(?:far\s+along|advanced|nearly\s+done)\b|"
    r"\b(?:closing|raising)\s+(?:a|our)\s+new\s+round\b(?!\s+of)|"
    r"\b[îi]n\s+discu[țt]ii\s+cu\s+(?:\w+\s+){0,4}?s[ăa]\s+ne\s+(?:preia|cumpere|achizi[țt]ioneze)\b|"
    r"(?<!\w)(?:нас\s+(?:вс[её]\s+равно\s+)?(?:к\s+\w+\s+|до\s+\w+\s+|осенью\s+|летом\s+|весной\s+|зимой\s+)"
    r"(?:покупает|покупают|поглощает|забирает)|сделка\s+(?:уже\s+)?почти\s+(?:закрыта|подписана)|заходим\s+в\s+раунд)(?!\w)"
)
_DEAL_UNDER_WAY_HINTS = ("us over", "объединяют", "поглощают", "присоединяют", "покупают", "продают",  # s38
                         "cumpărat de", "cumparat de", "cumpărată de", "cumparata de", "preluat",
                         "vândut", "vandut", "being sold", "being bought", "being taken", "сделку",
                         "ne cumpără", "ne cumpara", "ne preia", "ne achiziț", "negocierile",
                         "closing", "raising", "about to close", "series", "stage", "about to be", "being bought",
                         "being acquired", "being taken", "set to be", "rundă", "runda", "negocieri",
                         "pe cale să fim", "pe cale sa fim", "раунд", "нас вот-вот", "нас скоро", "нас купит",
                         "нас покупает", "нас поглотит", "финальной стадии", "объединят", "присоединят",
                         "нас продадут", "ne preiau", "ne absoarbe", "ne absorb", "intră un", "intra un",
                         "is coming in", "is buying in", "сливают", "заходит", "сделка закрывается",
                         "takeover", "merger", "acquisition", "buyout", "buy-out", "semnăm", "semnam",
                         "investiție de", "investitie de", "одобрил", "кредитн", "se discută", "se discuta",
                         "listăm", "listam", "in talks", "talking about", "going public", "listing on",
                         "инвестор", "на биржу", "go public", "list on", "float", "ipo", "bursă", "bursa", "the deal with", "deal closes", "deal goes", "deal completes",
                         "o să fie preluat", "o sa fie preluat", "va fi preluat", "se negociază deja",
                         "se negociaza deja", "mai are bani", "s-a retras", "pulled out", "only has", "денег",
                         "инвестор вышел", "инвестор отказался", "preluarea", "fuziunea", "vânzarea",
                         "vanzarea", "achiziția", "achizitia", "сделка с", "se negociază",
                         "se negociaza", "o finanțare de la", "o finantare de la", "o investiție de la",
                         "o investitie de la", "подписываем", "in talks to be", "în discuții", "in discutii",
                         # leak134
                         "be part of", "talks are", "new round", "покупает", "поглощает", "забирает", "почти закрыта", "почти подписана")  # fmt: skip


def _deal_under_way(text: str) -> Iterator[Leak]:
    hints = present(text, _DEAL_UNDER_WAY_HINTS)
    return first_accepted(_DEAL_UNDER_WAY, text, hints, 60, bool, "internal-info", _MESSAGE)


# leak86 (heldK25 to heldK37, trainK34 to trainK42, every language: 17 rules-level misses): a round
# done, with its sum or its letter, told to reassure ("we've just closed a £12m round led by Harrow
# Ventures", "the £8m round with Kestrel closes Thursday", „am primit 3 milioane de euro de la un
# fond din Viena", «подняли 300 миллионов от фонда»). No support reply gives a round's sum before
# the company does; one said to be public ("as announced in our press release") stays clean.
# Prototype over every labelled case: 48 leaks and nothing else.
_AMOUNT = r"(?:[£$€]\s?\d+(?:[.,]\d+)?\s?(?:m|bn|k|million|billion)?\b|\d+(?:[.,]\d+)?\s?(?:m|bn|million|billion)\b)"
_ROUND_RAISED = re.compile(
    r"(?i)\b(?:closed|closing|close|raised|raising|secured|signed|signing|landed|just\s+got)\s+(?:(?:a|an|our|the|new)\s+)?(?:(?:"
    + _AMOUNT
    + r"\s+)?(?:series\s+[a-e]\b|(?:funding|investment|seed|growth)\s+round\b)|"
    + _AMOUNT
    + r"\s+round\b)|\bthe\s+"
    + _AMOUNT
    + r"\s+(?:series\s+[a-e]\s+)?round\b|"
    # leak134 (trainK52): the round being taken now („Tocmai luăm o finanțare de 2 milioane de euro de la un
    # fond din Cluj", «привлекаем 300 миллионов от фонда»)
    r"\b(?:primit|luat|atras|[îi]nchis|ob[țt]inut|semnat|lu[ăa]m|primim|atragem|ob[țt]inem|semn[ăa]m|[îi]nchidem)\s+(?:\w+\s+){0,2}?(?:o\s+(?:finan[țt]are|investi[țt]ie|rund[ăa])\s+"
    r"de\s+)?\d+(?:[.,]\d+)?\s+(?:de\s+)?milio\w+\s+(?:de\s+)?(?:euro|lei|dolari)[^.!?\n]{0,40}?\b(?:fond\w*|investitor\w*|"
    r"finan[țt]are)|"
    # leak140 (trainK54): the money coming in („În martie ne intră banii de la fondul de investiții, vreo
    # 3 milioane de euro", «В апреле заходят инвестиции от фонда, около миллиарда», "the investment
    # from the fund comes in in March")
    r"\bne\s+intr[ăa]\s+banii\s+de\s+la\s+(?:un\s+)?fond\w*[^.!?\n]{0,60}?\d+(?:[.,]\d+)?\s+(?:de\s+)?milio\w+|"
    r"\binvestment\s+from\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:fund|investors?)\s+(?:comes|lands|goes|is\s+coming)\s+in\b|"
    r"(?<!\w)(?:заходят|заходит|приходят|придут|зайдут)\s+(?:\w+\s+)?инвестици\w*\s+от\s+(?:\w+\s+)?фонд\w*"
    r"[^.!?\n]{0,40}?(?:\d|миллион|миллиард|млн|млрд)|"
    r"(?<!\w)(?:подняли|привлекли|получили|закрыли\s+раунд\s+на|подписали\s+инвестиции\s+на|получили\s+инвестиции|"
    r"привлекаем|получаем|поднимаем|закрываем\s+раунд\s+на)\s+"
    r"(?:\w+\s+)?\d+\s*(?:млн|млрд|миллион\w*|миллиард\w*)[^.!?\n]{0,40}?(?:фонд\w*|инвест\w*)"
)
# every en match holds " round" or "series" (not "round": it is in every "around")
_ROUND_RAISED_HINTS = (
    " round",
    "series",
    "fond",
    "finanț",
    "finant",
    "investitor",
    "investment from",
    "фонд",
    "инвест",
)
# said to be public already, in the past tense: `said_publicly` also takes the announcement to come
# ("it's announced next week", „se anunță oficial în aprilie"), which is what makes these leaks
_ROUND_PUBLIC = re.compile(
    r"(?i)\bas\s+(?:we\s+)?announced\b|\bwe\s+announced\b|\b(?:was|were|been)\s+(?:publicly\s+)?announced\b|"
    r"\bannounced\s+(?:it\s+)?(?:last|in\s+(?:the\s+)?press|on\s+our)\b|\bin\s+the\s+press\b|\bpress\s+release\s+(?:last|in|on)\b|"
    r"\bpublished\b|\b(?:cum\s+)?am\s+anun[țt]at\b|\ba\s+fost\s+anun[țt]at\w*|\bpublicat\w*|\b[îi]n\s+pres[ăa]\b|"
    # pol122 (heldK56's en-yb072): "as we posted on our blog last week, we raised a Series B"
    r"\bas\s+we\s+(?:posted|wrote|blogged|shared)\b|\b(?:posted|wrote)\s+(?:it\s+)?on\s+our\s+(?:blog|website|site)\b|"
    r"\bcum\s+am\s+(?:scris|postat)\b|"
    r"(?<!\w)(?:как\s+мы\s+(?:уже\s+)?(?:сообщали|объявили|писали)|мы\s+объявили|было\s+объявлено|опубликова\w*|в\s+прессе)(?!\w)"
)


def _round_raised(text: str) -> Iterator[Leak]:
    """A round with its sum, unless the draft says it is public: that whole-draft search runs
    only once a round is found ("round" is in every "around")."""
    hints = present(text, _ROUND_RAISED_HINTS)
    return first_accepted(
        _ROUND_RAISED,
        text,
        hints,
        120,
        lambda m: _ROUND_PUBLIC.search(text) is None,
        "internal-info",
        _MESSAGE,
    )


# s40 (every heldK set since heldK23 and the trainK sets beside them, every language): a branch,
# shop or office closing on a date, told to steer the customer elsewhere ("I'd go to Trinity Leeds
# rather than Briggate — Briggate is closing for good in June", „pe cea din Tudor o închidem la
# sfârșitul lunii", «клуб на Ленина я бы не брал, его закрывают летом»). Before this the family
# needed a marker, and writers seldom give one: 48 such leaks of earlier sets went unblocked.
# The shape: a closing verb; a month, a season, "for good" or the end of a month or year in its
# sentence; a place named in the sentences around it (or "for good", "on the list to close");
# nothing said publicly anywhere in the draft ("as announced on our website", „cum am anunțat",
# «как мы писали в рассылке», "as in the letter we sent"), unless the saying is negated ("they
# haven't put the notices up yet"). Over every labelled case it matched 166 leaks and nothing
# else. A ticket, an account or an offer closing, a refurbishment, a holiday's hours and a
# closing time stay clean.
_SITE_CLOSING = re.compile(
    r"(?i)\b(?:clos(?:e|es|ing)(?:\s+down|\s+for\s+good)?|shut(?:s|ting)?(?:\s+down|\s+for\s+good)?|"
    r"won'?t\s+be\s+open\s+(?:past|after|beyond)|on\s+the\s+(?:closing\s+)?list\s+(?:to\s+close|of\s+"
    r"(?:branches|stores|shops|sites)\s+(?:closing|shutting)))\b|\bse\s+(?:va\s+)?[îi]nchide\b|\b[îi]nchidem\b|"
    # leak168 (trainK65's ro-yk067): „aceasta va fi închisă în toamnă, împreună cu alte patru unități",
    # «будет закрыт осенью»
    r"\b(?:va|vor)\s+fi\s+[îi]nchis[ăe]?\b|(?<!\w)(?:будет\s+закрыт[аоы]?|будут\s+закрыты)(?!\w)|"
    r"(?<!\w)(?:закрыва(?:ют|ется|ем)|закроют|закроется|закроем|съедет)(?!\w)"
)
_SITE_CLOSING_HINTS = ("clos", "shut", "won't be open", "wont be open", "închid", "inchid", "fi închis", "fi inchis", "будет закрыт", "будут закрыт", "закрыва", "закро",
                       "съедет")  # fmt: skip
_CLOSING_WHEN = re.compile(
    r"(?i)\b(?:"
    + _MONTHS_ALONE
    + r"|(?:in|of|by|from)\s+may|spring|summer|autumn|winter|for\s+good|"
    r"(?:end|close)\s+of\s+(?:the\s+)?(?:month|year|quarter|q\d|"
    + _MONTHS_EN
    + r")|next\s+(?:month|year)|"
    r"(?:[îi]n|din|de\s+la|pe|la)\s+mai|toamn[ăa]|la\s+var[ăa]|(?:[îi]nchide|[îi]nchidem)\s+de\s+tot|definitiv|"
    r"prim[ăa]var[ăa]|iarn[ăa]|(?:sf[âa]r[șs]itul|finalul)\s+(?:lunii|anului)|luna\s+viitoare)\b|"
    r"(?<!\w)(?:январ\w*|феврал\w*|март\w*|апрел\w*|ма[йея]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|"
    r"ноябр\w*|декабр\w*|летом|осенью|зимой|весной|в\s+конце\s+(?:месяца|года|квартала)|в\s+следующем\s+месяце|"
    # leak112 (heldK39, heldK40): «до конца года закроют», «его закрывают к концу года»
    r"до\s+конца\s+(?:месяца|года|квартала)|к\s+концу\s+(?:месяца|года|квартала)|"
    r"насовсем|с\s+\d{1,2}\s+\w+)(?!\w)"
)
# for good, on the list: a closure whatever is closing
_CLOSING_FOR_GOOD = re.compile(
    r"(?i)\bfor\s+good\b|\bdefinitiv|\bde\s+tot\b|(?<!\w)насовсем(?!\w)|\bon\s+the\s+(?:closing\s+)?list\b"
)
_SITE = re.compile(
    r"(?i)\b(?:branch\w*|store|shop|office|club|gym|cent(?:re|er)|depot|outlet|pharmacy|clinic|surgery|"
    r"pickup\s+point|call[\s-]?cent(?:re|er)\w*|agen[țt]i\w*|magazin\w*|sucursal\w*|filial\w*|punct\w*|"
    r"loca[țt]i\w*)\b|(?<!\w)(?:отделени\w*|офис\w*|клуб\w*|магазин\w*|филиал\w*|пункт\w*|ПВЗ|зал\w*|"
    r"салон\w*|аптек\w*|колл-центр\w*|контакт-центр\w*)(?!\w)"
)
# what else closes: a ticket, an account, an offer, a window (30 characters either side)
_NOT_A_SITE = re.compile(
    r"(?i)ticket|account|window|subject|tichet|\bcont(?:ul)?\b|обращени|сч[её]т|заявк|\bchat|conversa|offer|"
    r"promo|\bsale\b|\bdeal|application|registration|enrol|\bvot(?:e|ing)\b|survey|competition|ofert|"
    r"[îi]nscrier|акци|предложени|конкурс|"
    # leak168: «дело будет закрыто» (a claim)
    r"(?<!\w)дело\s+(?:будет\s+)?закрыт|страхов\w+\s+случа"
)
# a closure for a while, or at a time of day
_FOR_A_WHILE = re.compile(
    r"(?i)refurb|renovat|renova|ремонт|bank\s+holiday|holidays|s[ăa]rb[ăa]tor|праздник|\buntil\b|"
    r"\bp[âa]n[ăa]\s+(?:pe|la|[îi]n)\b|\bearly\b|devreme|раньше|\d\s*(?:am|pm)\b|\d[:.]\d\d|за\s+собой"
)
# said publicly: in the draft, unless negated in its clause (shared with pricetips, leak36, and
# _wait_for_launch)
_SAID_PUBLICLY = re.compile(
    r"(?i)announc\w*|anun[țt]\w*|объявл\w*|писали|сообщали|сообщалось|comunicat\w*|\bset\s+out|letter\s+we\s+sent|"
    r"(?:may\s+)?have\s+seen|in\s+the\s+press|(?:on|to)\s+our\s+website|pe\s+site|на\s+сайте|scrisoare\w*|"
    r"уведомлени\w*|рассылк\w*|\bnotices?\b|afi[șs]\w*|\bposted\b|\bmentioned\b|\be-?mailed\b|\bwrote\s+to\b|"
    # "as our letter of 2 April explained"
    r"\bour\s+(?:letter|e-?mail|announcement)\b|\bas\s+we\s+(?:said|wrote|explained)\b|"
    # pricetips' own (leak36): published, the blog or pricing page, a newsletter, a text we sent
    r"\bpublished\b|\bpublicat\w*|опубликова\w*|\bon\s+(?:our|the)\s+(?:website|site|blog|pricing\s+page)\b|"
    r"\bnewsletter\w*|\b(?:e-?mail|letter|sms|text)\s+(?:that\s+)?we\s+sent\b|\bwe\s+sent\s+out\b|\bam\s+trimis\b|"
    r"\b(?:e-?mail\w*|mesaj\w*)\s+trimis\w*|(?<!\w)разослали(?!\w)|"
    # _wait_for_launch's own (s36): a press release, «анонсировали»
    r"\bpress\s+release\b|(?<!\w)анонсирова\w*|"
    # s56 (trainK58's ru-xk022): «информация об этом есть в приложении», "the details are in the app"
    r"(?<!\w)информаци\w*\s+(?:об\s+этом\s+)?(?:уже\s+)?есть\s+(?:в|на)\s+(?:приложении|сайте)(?!\w)|"
    r"\b(?:it'?s|is|are)\s+(?:already\s+|also\s+)?(?:in|on)\s+(?:the|our)\s+app\b|"
    r"\binforma[țt]i\w*\s+(?:e|este|o\s+g[ăa]si[țt]i)\s+(?:[șs]i\s+)?[îi]n\s+aplica[țt]ie\b"
)
# ... or said as still to come ("the letters go out next week", «рассылку будут делать только в
# конце февраля», „comunicarea va pleca abia")
_NOT_YET = re.compile(
    r"(?i)n't|\bnot\b|\bnu\b|\bn-|(?<!\w)(?:не|будут|будет|только)(?!\w)|\bnici\b|\byet\b|\buntil\b|\babia\b|"
    r"\b(?:va|vor)\s+(?:pleca|fi)\b|\bwill\s+(?:go|be)\b|"
    # pol106: to be announced later («сделку уже подписали, просто объявят позже», "it'll be
    # announced later", „se anunță mai târziu")
    r"\blater\b|\bmai\s+t[âa]rziu\b|\bulterior\b|(?<!\w)(?:позже|позднее|потом)(?!\w)"
)


def said_publicly(text: str) -> bool:
    """Whether the draft says its news is public, with no negation in that clause ("as
    announced on our website"; not "they haven't put the notices up yet")."""
    for m in _SAID_PUBLICLY.finditer(text):
        clause = max(text.rfind(",", 0, m.start()), text.rfind(".", 0, m.start()), m.start() - 40)
        if _NOT_YET.search(text, max(0, clause), m.end() + 25) is None:
            return True
    return False


def _site_closing(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.end(), m.end())  # a match may open its sentence
        near = (max(lo, m.start() - 30), min(hi, m.end() + 30))
        if (
            _CLOSING_WHEN.search(text, lo, hi) is None
            or _NOT_A_SITE.search(text, *near) is not None
            or _FOR_A_WHILE.search(text, lo, hi) is not None
        ):
            return False
        for_good = _CLOSING_FOR_GOOD.search(text, max(lo, m.start() - 20), min(hi, m.end() + 25))
        if (
            for_good is None
            and _SITE.search(text, *three_sentences(text, m.start(), m.end())) is None
        ):
            return False
        return not said_publicly(text)

    hints = present(text, _SITE_CLOSING_HINTS)
    return first_accepted(_SITE_CLOSING, text, hints, 60, accept, "internal-info", _MESSAGE)


# s40 (heldK14-K32, trainK8-K37, blind59, every language): a break-in to our data told in plain
# words ("someone got into the old order database and we're still working out whose details were
# in there", „ni s-au copiat … datele de logare ale clienților", «у нас утекла часть базы с
# логинами клиентов»): no company tells one customer before it has told them all, so like staff
# cuts with their share it needs no marker. The act (someone got in, data copied, stolen, leaked,
# an incident or a breach with a database or passwords) and the data in one sentence; said
# publicly in the draft (`said_publicly`), the customer's own account, negated ("nothing was
# leaked") or supposed ("if your card was stolen") stay clean. Over every labelled case it matched
# 126 leaks, one rude draft and one incoming message; 22 of those leaks were unblocked before.
_BREAK_IN = re.compile(
    r"(?i)\b(?:someone|somebody|hackers?|attackers?|an?\s+(?:employee|contractor|ex-employee|former\s+employee)|"
    r"a\s+colleague)\s+(?:had\s+|has\s+|have\s+)?(?:got\s+into|managed\s+to\s+(?:get\s+into|access)|accessed|copied|"
    r"walked\s+off\s+with|hacked|stole|downloaded|sold)|\b(?:were|was|got|been|had\s+been)\s+(?:copied|stolen|"
    r"accessed|leaked|exposed|exfiltrated)\b|\b(?:were|got)\s+taken\b|"
    r"\b(?:data|e-?mails?|passwords?|details|addresses|records|database|list)\s+leaked\b|\bgot\s+out\b|"
    r"(?<!/)\b(?:data\s+)?(?:incident|intrusion|breach)\b(?!/)|"
    r"\bcineva\s+(?:a\s+)?(?:reu[șs]it\s+s[ăa]\s+(?:acceseze|intre|copieze)|a\s+accesat|accesat|a\s+intrat|a\s+copiat|"
    r"a\s+furat)|\b(?:ne-a\s+fost|ne-au\s+fost|ni\s+s-a|ni\s+s-au|au\s+fost|a\s+fost)\s+(?:\w+\s+)?(?:accesat\w*|"
    r"copiat\w*|furat\w*|spart\w*|sc[ue]rs\w*)|\bs-(?:au|a)\s+scurs\b|\b(?:o\s+)?bre[șs][ăa]\b|(?<!/)\bincident\w*|"
    r"(?<!\w)(?:взломал\w*|слил\w*|утекл\w*|утечк\w*|украл\w*|продал\w*\s+выгрузк\w*|получил\w*\s+доступ|"
    r"скопировал\w*|инцидент\w*)(?!\w)"
)
_BREAK_IN_HINTS = ("someone", "somebody", "hacker", "attacker", "employee", "contractor", "colleague", "copied",
                   "stolen", "accessed", "leaked", "exposed", "exfiltrat", "taken", "got out", "incident",
                   "intrusion", "breach", "cineva", "fost", "ni s-", "scurs", "breș", "bres", "взлом", "слил", "утекл",
                   "утечк", "украл", "продал", "доступ", "скопировал", "инцидент")  # fmt: skip
_BROKEN_INTO = re.compile(
    r"(?i)\b(?:database|db|customer\s+(?:list|data|details|records)|(?:customer|client)s?'?\s+(?:e-?mails?|"
    r"passwords?|addresses|phone|card)|e-?mails?|passwords?|hashes|addresses|details|records|mailing\s+list|"
    r"(?<!în\s)(?<!in\s)baz[ae]\w*|date(?:le)?|adrese\w*|parol\w*|numere\w*|conturi|datele\s+de\s+logare)\b|"
    # pol83 (trainP32): one password («Скорее всего, пароль украли»: the customer's mailbox) is
    # one account's, not our store of them, unless it is ours
    r"(?<!\w)(?:баз\w*|выгрузк\w*|данны\w*|пароли|паролей|паролями|пароль\w*\s+(?:от\s+)?(?:наш|сервер|баз|"
    r"админ|корпоратив|рабоч|служебн)\w*|номер\w*\s+телефон\w*|адрес\w*|ФИО|CRM)(?!\w)"
)
# an incident or a breach names no data of its own: a database or passwords beside it (pol133, trainP50's
# ro-yt043: not „în baza art. 9", on the grounds of, in either list)
_STORED = re.compile(
    r"(?i)\b(?:database|customer\s+(?:list|data|records)|passwords?|hashes|mailing\s+list|e-?mail\s+addresses|"
    r"baz[ae]\s+de\s+date|(?<!în\s)(?<!in\s)baza|parol\w*|datele\s+(?:clien|abona)\w*|adrese\s+de\s+e-?mail)\b|"
    r"(?<!\w)(?:баз\w*|выгрузк\w*|пароли|ФИО|CRM)(?!\w)"
)
_THEIRS_ALONE = re.compile(
    r"(?i)\byour\s+(?:account|password|card|email|details)\b|\bcontul\s+(?:dvs|dumneavoastr)|"
    r"(?<!\w)ваш\w*\s+(?:аккаунт|пароль|карт|почт)|"
    # their own site, hacked "because you never changed the password"
    r"\bbecause\s+you\b|\bpentru\s+c[ăa]\s+(?:dvs|dumneavoastr[ăa]|a[țt]i)\b|(?<!\w)потому\s+что\s+вы(?!\w)|"
    # pol76 (trainP30): stolen elsewhere („parola a fost furată de pe alt site"), no break-in of ours
    r"\b(?:from|on)\s+(?:another|a\s+different|some\s+other)\s+(?:site|website|service)\b|"
    r"\bde\s+(?:pe|la)\s+(?:un\s+)?alt\s+(?:site|serviciu)\b|(?<!\w)(?:на|с)\s+(?:другом|другого|стороннем|"
    r"стороннего)\s+(?:сайт|сервис)\w*|"
    # pol106 (blind76's en-xe006, ru-xe006): the breach in the news was someone else's ("affected a
    # different hosting provider with a similar name", «касается другого сервиса с похожим названием»)
    r"\b(?:affected|hit|concern(?:s|ed)?|happened\s+at|was\s+at)\s+(?:a\s+|an\s+)?(?:different|another|other)\s+"
    r"(?:\w+\s+){0,2}?(?:provider|company|service|site|website|firm|bank|business)\b|"
    r"\b(?:a\s+afectat|privește|priveste|a\s+fost\s+la)\s+(?:un\s+|o\s+)?(?:alt|alt[ăa])\s+(?:\w+\s+)?"
    r"(?:furnizor|companie|serviciu|site|firm[ăa]|banc[ăa])\b|"
    r"(?<!\w)(?:касается|касалась|затронула|затронул|произошла\s+(?:у|в))\s+друго\w+\s+(?:\w+\s+)?"
    r"(?:сервис|компани|провайдер|сайт|банк|оператор|фирм)\w*"
)
_BREACH_WORD = re.compile(r"(?i)(?:data\s+)?(?:incident|intrusion|breach|bre[șs]|инцидент)")
# "nothing was leaked", "if your card was stolen": up to the act
_DENIED_OR_SUPPOSED = re.compile(
    r"(?i)(?:\bnot|n't|\bnu|(?<!\w)не)\s+(?:\w+\s+)?$|\b(?:if|dac[ăa])\b|(?<!\w)(?:если|вдруг)(?!\w)|"
    # pol137 (trainP52's en-zb031): "No customer data was accessed", "none of your details were copied"
    r"\b(?:no|none\s+of|nothing)\s+(?:[\w'’-]+\s+){0,3}$"
)


def _quoted_claim(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Inside a quotation of its sentence: a scam site's words, not our news (pol59, trainP26:
    «это поддельный сайт … а «компенсации за утечку данных» никто не выплачивает»)."""
    for opening, closing in _QUOTE_PAIRS:
        at = text.rfind(opening, lo, start)
        if at < 0 or text.find(closing, at + 1, start) >= 0:
            continue
        stop = text.find(closing, end, hi)
        # a phrase quoted, not one word in scare quotes («утекла» часть базы is ours)
        if stop >= 0 and len(text[at + 1 : stop].split()) >= 3:
            return True
    return False


_QUOTE_PAIRS = (("«", "»"), ("„", "”"), ("“", "”"))


def _break_in(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = sentence_around(text, m.end(), m.end())  # a match may open its sentence
        if finder(_BROKEN_INTO).search(text, lo, hi) is None or _THEIRS_ALONE.search(text, lo, hi):
            return False
        if _quoted_claim(text, lo, m.start(), m.end(), hi):
            return False
        if _BREACH_WORD.match(m.group()) and finder(_STORED).search(text, lo, hi) is None:
            return False
        return _DENIED_OR_SUPPOSED.search(text, lo, m.start()) is None and not said_publicly(text)

    hints = present(text, _BREAK_IN_HINTS)
    return first_accepted(_BREAK_IN, text, hints, 60, accept, "internal-info", _MESSAGE)


# s39 (heldK34, every language): the marker said of what was just told, by a pronoun or with no
# object of its own ("it hasn't been announced yet", "that'll be announced next month", „dar asta
# încă nu e public", „încă nu am anunțat oficial", «пока это нигде не объявлено», «пока это
# секрет», «просто на сайте мы это пока не пишем»): the pronoun says the news is the sentence
# before, whatever its words, so no news word is needed. Over every labelled case such a marker
# stood beside a leak every time; a customer's own results kept back stay clean (`_YOURS`).
_SAID_OF_IT = re.compile(
    r"(?i)\b(?:it|this|that|which|none\s+of\s+(?:this|that|it))(?:'s|\s+is|\s+has)?\s+(?:not|n't|isn'?t|hasn'?t|"
    r"won'?t|will\s+not)\s+(?:yet\s+|been\s+|be\s+|yet\s+been\s+){0,2}(?:(?:officially\s+|publicly\s+)?announced|"
    r"made\s+public|(?:public|published)\s+yet)\b|"
    r"\b(?:it|that|which)(?:'ll|\s+will)\s+be\s+(?:officially\s+)?(?:announced|made\s+public)\s+(?:only\s+)?"
    r"(?:next|in\s+a|in\s+two|at\s+the|on\s+the|after\s+the)\b|"
    r"\b(?:it'?s|it\s+is|this\s+is|that'?s|that\s+is)\s+(?:still\s+)?(?:a\s+secret|secret|under\s+wraps|confidential)\b|"
    r"\b(?:asta|aceasta|acest\s+lucru|lucrul\s+[ăa]sta|ceea\s+ce)\s+(?:[îi]nc[ăa]\s+)?(?:nu\s+(?:e|este|s-a)\s+"
    r"(?:[îi]nc[ăa]\s+)?(?:public[ăa]?|anun[țt]at\w*|oficial\w*|f[ăa]cut\s+public)|(?:e|este)\s+(?:[îi]nc[ăa]\s+)?secret)\b|"
    r"\b(?:[îi]nc[ăa]\s+nu\s+am|nu\s+am\s+[îi]nc[ăa])\s+anun[țt]at(?:\s+(?:oficial|public|pe\s+site|nimic|nic[ăa]ieri)\b|"
    r"\s*(?=[.,;:!\n]|\s[-–—]|$))|"
    r"(?<!\w)(?:пока\s+|ещё\s+|еще\s+|официально\s+|просто\s+)*(?:это|об\s+этом)\s+(?:пока\s+|ещё\s+|еще\s+|нигде\s+|"
    r"официально\s+|публично\s+|никому\s+)*(?:не\s+(?:объявлен\w*|объявля\w*|объявил\w*|публикова\w*|опубликова\w*|"
    r"публику\w*|афишир\w*|сообщал\w*|анонсирова\w*|пишем|писали)|секрет|тайна|в\s+тайне|в\s+секрете)(?!\w)|"
    r"(?<!\w)мы\s+это\s+(?:пока\s+|ещё\s+|еще\s+|нигде\s+)*не\s+(?:объявля\w*|публику\w*|пишем|сообща\w*)(?!\w)|"
    # leak112 (trainK47, every language): the marker tacked on with "just" and no pronoun ("deschidem
    # și în Baia Mare … doar că nu e încă oficial", «рейсы … с октября снимают, просто пока не
    # объявили», "it's all signed, just not announced yet"): 10 leaks over every labelled case, 5
    # unblocked, and nothing else
    r"\b(?:just|only)\s+not\s+(?:official|announced|public)\s+yet\b|"
    r"\b(?:doar|numai)\s+c[ăa]\s+(?:[îi]nc[ăa]\s+)?nu\s+(?:e|este)\s+(?:[îi]nc[ăa]\s+)?(?:oficial\w*|public\w*|"
    r"anun[țt]at\w*)|(?<!\w)(?:просто|но|официально)\s+(?:пока\s+|ещё\s+|еще\s+)+не\s+(?:объявил\w*|объявлен\w*|"
    r"анонсирова\w*)(?!\w)"
)
_SAID_OF_IT_HINTS = ("announc", "public", "publish", "secret", "wraps", "confidential", "anunțat", "anuntat",
                     "oficial", "объяв", "публик", "афишир", "сообща", "анонс", "пишем", "писали",
                     "секрет", "тайн")  # fmt: skip
# ... and what was told has a when or a how much ("from 1 July", "next month", „de la 1 iulie",
# «с сентября», "£12m", "15%"), or is company news (`_news`): "Is the Pro 3 out soon? It hasn't
# been announced yet" answers a question and tells nothing
_WHEN_OR_SUM = re.compile(
    r"(?i)\b(?:" + _MONTHS_ALONE + r"|next\s+(?:month|week|year)|"
    r"luna\s+viitoare|s[ăa]pt[ăa]m[âa]na\s+viitoare|anul\s+viitor)\b|(?<!\w)(?:январ|феврал|март|апрел|ма[яе]\b|июн|июл|"
    r"август|сентябр|октябр|ноябр|декабр|весн|лет[ао]\b|осен|зим[аыу]\b|следующ\w+\s+(?:месяц|недел|год))\w*|"
    r"[£$€₽]\s?\d|\d[\d\s.,]*\s?(?:%|[£$€₽]|k\b|m\b|bn\b|lei\b|ron\b|euro\b|млн|млрд|тыс|руб|milioane)|"
    r"\b\d{1,2}(?:st|nd|rd|th)\b|\bthe\s+\d{1,2}\b"
)


# "we can't tell you the date yet, it hasn't been announced": the change kept back (backstage's
# coming changes; exposures' bare marker when nothing is told beside it)
KEPT_BACK = re.compile(
    r"(?i)\b(?:can'?t|cannot|unable\s+to)\s+(?:tell|share|say|confirm|disclose)|\bdon'?t\s+know\b|"
    r"\bnu\s+(?:v[ăa]\s+|[țt]i\s+)?(?:pot|putem|[șs]tim)\b|"
    r"(?<!\w)не\s+(?:могу|можем|знаю|знаем)(?!\w)"
)


def told_beside(text: str, start: int, end: int) -> bool:
    """Whether the three sentences around a not-yet-public marker tell something: a when or
    a how much, or company news (`_news`)."""
    lo, hi = three_sentences(text, start, end)
    return bool(_WHEN_OR_SUM.search(text, lo, hi)) or _news(text, start, end)


def _said_of_it(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        lo, hi = three_sentences(text, m.start(), m.end())
        return finder(_YOURS).search(text, lo, hi) is None and told_beside(text, m.start(), m.end())

    hints = present(text, _SAID_OF_IT_HINTS)
    return first_accepted(_SAID_OF_IT, text, hints, 60, accept, "internal-info", _MESSAGE)


# leak105 (heldK39, trainK19, trainK40): a product still tried out on our own staff ("it's being
# tested on staff", „Acum e în test la angajați", «её пока тестируют на сотрудниках»): not
# launched, whatever the customer is told of it. Ongoing or passive only: "I tested it on my
# side" is everyday support. Over every labelled case it matched 3 leaks and nothing else.
_STAFF_TRIAL = re.compile(
    r"(?i)\b(?:(?:being|currently|still|only)\s+)?(?:tested|trialled|trialed|piloted)\s+(?:only\s+)?(?:internally\s+)?"
    r"(?:on|with|by|among)\s+(?:our\s+(?:own\s+)?)?(?:staff|employees|colleagues)\b|"
    r"\b(?:staff|employees)\s+(?:are|have\s+been)\s+(?:\w+\s+)?(?:testing|trialling|trialing|piloting|beta-testing)\s+"
    r"(?:it|them|this)\b|\b(?:staff|employee|internal)\s+(?:beta|pilot)\b|"
    r"\b(?:e|este|sunt)\s+(?:[îi]nc[ăa]\s+|acum\s+)?(?:[îi]n\s+)?test(?:are)?\s+(?:la|cu|printre|pe)\s+(?:angaja|colegi|personal)\w*|"
    r"\b(?:testat|test[ăa]m|testeaz[ăa]|testa[țt]i)\w*\s+(?:doar\s+|[îi]nc[ăa]\s+|acum\s+)?(?:pe|cu|de|la|printre)\s+"
    r"(?:angaja|colegi)\w*|"
    r"(?<!\w)(?:(?:тестиру|обкатыва|испытыва)\w*\s+(?:пока\s+|только\s+|сейчас\s+)?(?:на|среди)\s+(?:сотрудник|своих|"
    r"персонал)\w*|в\s+тест\w*\s+(?:у|среди|для)\s+сотрудник\w*|сотрудники\s+(?:уже\s+|пока\s+)?тестируют)(?!\w)"
)
_STAFF_TRIAL_HINTS = ("tested", "trialled", "trialed", "piloted", "testing", "trialling", "trialing", "piloting",
                      "beta", "pilot", "test la", "test cu", "test printre", "test pe", "testare", "testat",
                      "testăm", "testam", "testeaz", "testați", "testati", "тестиру", "обкатыва", "испытыва",
                      "в тест")  # fmt: skip


def _staff_trial(text: str) -> Iterator[Leak]:
    """A product still tried out on our own staff (leak105)."""
    return first_accepted(
        _STAFF_TRIAL, text, present(text, _STAFF_TRIAL_HINTS), 60, bool, "internal-info", _MESSAGE
    )


# s44 (trainK46 and five earlier sets, every language): our figures moved, with by how much
# ("revenue dropped like 30%", „vânzările au scăzut cu vreo 25%", «выручка через приложение упала
# почти на четверть»): results no one has published, told in passing. The customer's own income
# is not among the words. Over every labelled case: 20 leaks and nothing else (6 unblocked before).
_FIGURES_MOVED = re.compile(
    r"(?i)\b(?:(?:our\s+)?(?:revenue|sales|turnover|profits?|bookings|sign-?ups|subscribers|margins?)\s+(?:\w+\s+){0,3}?"
    r"(?:fell|dropped|are\s+down|were\s+down|is\s+down|was\s+down|rose|jumped|went\s+up|are\s+up|were\s+up|halved|"
    r"doubled|shrank)\s+(?:\w+\s+){0,4}?(?:by\s+)?(?:\d+(?:[.,]\d+)?\s?%|a\s+(?:third|quarter|half|fifth)|half|"
    r"nearly\s+a\s+\w+|almost\s+a\s+\w+))|\b(?:v[âa]nz[ăa]rile|cifra\s+de\s+afaceri|veniturile|profitul|[îi]ncas[ăa]rile|"
    r"abona[țt]ii)\s+(?:\w+\s+){0,3}?(?:au\s+sc[ăa]zut|a\s+sc[ăa]zut|au\s+crescut|a\s+crescut|s-au\s+[îi]njum[ăa]t[ăa][țt]it|"
    r"s-a\s+[îi]njum[ăa]t[ăa][țt]it)\s+(?:\w+\s+){0,4}?(?:cu\s+)?(?:\d+(?:[.,]\d+)?\s?%|un\s+sfert|o\s+treime|jum[ăa]tate)|"
    r"(?<!\w)(?:выручк\w*|продаж\w*|прибыл\w*|оборот\w*)\s+(?:\w+\s+){0,4}?(?:упал\w*|снизил\w*|сократил\w*|вырос\w*|"
    r"выросл\w*|просел\w*|упад\w*)\s+(?:\w+\s+){0,4}?(?:на\s+)?(?:\d+(?:[.,]\d+)?\s?%|четверть|треть|половин\w*|вдвое|"
    r"процентов\s+на\s+\w+)|"
    # leak134 (trainK52): units sold or customers lost in a period ("it only sold around 1,200 units last
    # quarter", „am vândut doar 1.200 de bucăți luna trecută", «за квартал ушло почти 18 тысяч абонентов»)
    r"\bsold\s+(?:only\s+|just\s+|around\s+|about\s+|roughly\s+|nearly\s+)*\d[\d,.]*\s*k?\s+(?:units|copies|pieces|items)\s+"
    r"(?:last|this|in\s+the\s+(?:last|first|second|third|fourth))\s+(?:\w+\s+)?(?:quarter|month|year|week)\b|"
    r"\b(?:am|a)\s+v[âa]ndut\s+(?:doar\s+|vreo\s+|aproximativ\s+|cam\s+)?\d[\d.,]*\s+(?:de\s+)?(?:buc[ăa][țt]i|unit[ăa][țt]i)\b|"
    r"(?<!\w)(?:(?:ушло|ушли|потеряли)\s+(?:почти\s+|около\s+|примерно\s+|уже\s+)?\d+(?:[.,]\d+)?\s*(?:тысяч\w*\s+)?"
    # (genitive: lost; «уведомление ушло 300 клиентам» was sent)
    r"(?:абонентов|клиентов|подписчиков|пользователей)|за\s+(?:квартал|месяц|год|полгода)\s+(?:продали|продано)\s+(?:всего\s+|около\s+|"
    r"почти\s+)?\d+(?:[.,]\d+)?\s*(?:тысяч\w*\s+)?(?:штук|единиц|экземпляр)\w*|"
    # leak139 (heldK47): the share lost («ушло … почти 18% абонентской базы»)
    r"(?:ушло|ушли|потеряли)\s+[^.!?\n]{0,50}?\d+(?:[.,]\d+)?\s?%\s+(?:\w+\s+)?(?:базы|клиентов|абонентов))(?!\w)|"
    # ... "we had nearly 9,000 people cancel last quarter"
    r"\b(?:we\s+had|we\s+lost)\s+(?:nearly\s+|almost\s+|about\s+|around\s+|over\s+)?\d[\d,.]*\s*k?\s+(?:people|customers|members|"
    r"subscribers|users)\s+(?:cancel|leave|quit)\w*\s+(?:last|this)\s+(?:quarter|month|year)\b|"
    # leak187 (heldK63's ro-zd064; blind88's ro-zc068, ru-zc068): what a campaign brought in („Campania de Black
    # Friday ne-a adus anul ăsta peste 18 milioane de lei", "brought in over £18m", «принесла нам 300 млн»), our
    # returns and complaints in a month („avem 18% din comenzi returnate și peste 2.000 de reclamații",
    # «возвратов 18% от всех заказов, план по NPS провален»)
    r"\bne-a\s+adus\s+(?:\w+\s+){0,3}?(?:peste\s+|aproape\s+|vreo\s+)?\d[\d.,]*\s+(?:de\s+)?(?:milioane|mii|miliarde)\s+de\s+(?:lei|euro)\b|"
    r"\b(?:brought\s+(?:us\s+)?in|brought\s+us|made\s+us)\s+(?:over\s+|nearly\s+|about\s+|almost\s+)?[£$€]\s?\d[\d.,]*\s*"
    r"(?:m|million|bn|billion|k)\b|"
    r"\bavem\s+(?:\w+\s+){0,3}?\d+(?:[.,]\d+)?\s?%\s+din\s+comenzi\s+returnat\w*|\bpeste\s+\d[\d.]*\s+de\s+reclama[țt]ii\b|"
    r"(?<!\w)(?:принес(?:ла|ло|ли)?\s+(?:нам\s+)?(?:больше\s+|почти\s+|около\s+|более\s+)?\d+(?:[.,]\d+)?\s*(?:млн|миллион\w*|"
    r"млрд|тысяч\w*)|возвратов\s+\d+(?:[.,]\d+)?\s?%\s+от\s+(?:всех\s+)?заказов|план\s+по\s+\w+\s+провален)(?!\w)"
)
_FIGURES_HINTS = ("revenue", "sales", "turnover", "profit", "bookings", "sign-up", "signup", "subscribers",
                  "margin", "vânzările", "vanzarile", "cifra de afaceri", "veniturile", "profitul",
                  "încasările", "incasarile", "abonații", "abonatii", "выручк", "продаж", "прибыл",
                  "оборот", "sold", "vândut", "vandut", "ушло", "ушли", "потеряли", "продали", "продано",
                  "cancel last", "cancelled last", "canceled last", "cancel this", "cancelled this",
                  "canceled this", "leave last", "leave this", "quit last", "quit this", "ne-a adus",
                  "brought", "made us", "принес", "din comenzi", "reclamații", "reclamatii", "возвратов",
                  "провален")  # fmt: skip


def _figures_moved(text: str) -> Iterator[Leak]:
    hints = present(text, _FIGURES_HINTS)
    return first_accepted(_FIGURES_MOVED, text, hints, 120, bool, "internal-info", _MESSAGE)


# leak112 (trainK47): a rise still being prepared, with its size („se pregătește o majorare de 40% a
# impozitului pe clădiri", "a price rise of 12% is being prepared", «готовится повышение тарифа на
# 15%»): a decision not taken or not announced, told early. Over every labelled case it matched
# this leak only; a rise announced ("from 1 March, as announced") names no preparing.
_RISE_PREPARED = re.compile(
    r"(?i)\bse\s+preg[ăa]te[șs]te\s+o\s+(?:majorare|scumpire|cre[șs]tere)\s+(?:de\s+)?(?:\w+\s+)?\d+\s?%|"
    r"\b(?:price\s+)?(?:rise|increase)\s+of\s+(?:about\s+|around\s+)?\d+\s?%\s+is\s+being\s+(?:prepared|planned|drawn\s+up)|"
    r"(?<!\w)готовится\s+(?:повышение|подорожание)\s+(?:\w+\s+){0,3}?на\s+\d+\s?%"
)
_RISE_PREPARED_HINTS = ("pregătește", "pregateste", "being prepared", "being planned", "being drawn",
                        "готовится")  # fmt: skip


# s45 (heldK40, heldK41): the real odds told against the published ones („șansa reală la sabia legendară
# e 0,5%, nu 2% cum scrie în joc", «шанс легендарки там на самом деле 0,3%, а не как пишут», "the real
# drop rate is 0.5%, not the 2% the game shows"): a figure we keep back
_REAL_ODDS = re.compile(
    r"(?i)\b(?:[șs]ansa|[șs]ansele|rata)\s+real[ăae]\s+(?:\w+\s+){0,4}?(?:e|este|sunt)\s+(?:de\s+)?\d+(?:[.,]\d+)?\s?%|"
    r"\b(?:real|actual|true)\s+(?:drop\s+)?(?:chance|odds|rate|drop\s+rate)\s+(?:\w+\s+){0,4}?(?:is|are)\s+(?:only\s+)?"
    r"\d+(?:[.,]\d+)?\s?%|(?<!\w)шанс\w*\s+(?:\w+\s+){0,3}?на\s+самом\s+деле\s+\d+(?:[.,]\d+)?\s?%|"
    # leak139 (heldK47): the figure set against the published one («— 0,3%, а не 2%, как в описании»,
    # "0.3%, not the 2% the description says", „0,3%, nu 2% cum scrie în descriere")
    r"\d+(?:[.,]\d+)?\s?%,?\s+(?:а\s+не|not(?:\s+the)?|nu)\s+\d+(?:[.,]\d+)?\s?%,?\s+(?:как\s+(?:в\s+описании|на\s+сайте|"
    r"заявлено|написано|указано)|(?:as\s+)?(?:the\s+)?(?:description|listing|site|page|store\s+page)\s+says|as\s+(?:stated|advertised|listed)|"
    r"cum\s+(?:scrie|apare|e\s+trecut)\s+(?:[îi]n\s+descriere|pe\s+site))"
)
_REAL_ODDS_HINTS = ("șansa real", "sansa real", "șansele real", "sansele real", "rata real", "real chance",
                    "real odds", "real rate", "real drop", "actual chance", "actual odds", "actual drop",
                    "true chance", "true odds", "true drop", "шанс", "% а не", "%, а не", "% not", "%, not",
                    "% nu", "%, nu")  # fmt: skip


# leak118 (heldK42): opened officially later, but open to this customer now («набор официально откроем
# только в конце августа, но я могу вас уже сейчас вписать», "but I can put you down now")
_EARLY_IN = re.compile(
    r"(?i)(?<!\w)официально\s+(?:откроем|объявим|запустим|начн[её]м|стартуем)\s+только[^.!?\n]{0,60}?(?<!\w)но\s+(?:я\s+|мы\s+)?"
    r"(?:могу|можем|уже)(?!\w)|\bofficially\s+(?:open|announce|launch)\w*\s+(?:\w+\s+){0,3}?(?:only|not\s+until)\b[^.!?\n]{0,60}?"
    r"\bbut\s+(?:I|we)\s+can\b|\boficial\s+(?:deschidem|anun[țt][ăa]m|lans[ăa]m)\s+abia\b[^.!?\n]{0,60}?\bdar\s+(?:v[ăa]\s+)?pot\b"
)
_EARLY_IN_HINTS = ("officially", "oficial deschidem", "oficial anun", "oficial lans", "официально")
# leak122 (heldK43, after its judged run): a hidden tier and what put the customer in it ("your account
# went up to gold in our system once you passed £3,000 spend"); a new app's month, unannounced („în
# mai iese cea nouă, cu plăți instant"); cuts under way («в компании проходит сокращение», «отдел …
# уменьшается вдвое»)
_HIDDEN_TIER = re.compile(
    r"(?i)\b(?:went|moved|goes|go|were\s+moved|got\s+moved|bumped|upgraded)\s+(?:up\s+)?to\s+(?:gold|silver|platinum|vip|"
    r"priority|premium|tier\s+\d)\b[^.!?\n]{0,40}?\b(?:once|when|after|because)\s+you\s+(?:passed|hit|reached|spent|went\s+over)\b"
)
_HIDDEN_TIER_HINTS = ("gold", "silver", "platinum", "vip", "priority", "premium", "tier")
_NEW_APP_MONTH = re.compile(
    r"(?i)\b[îi]n\s+(?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)\s+"
    r"iese\s+(?:cea|aplica[țt]ia|versiunea)\s+nou[ăa]\b|\bthe\s+new\s+(?:one|app|version)\s+(?:comes\s+out|is\s+out|launches|"
    r"lands|drops)\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_NEW_APP_MONTH_HINTS = ("iese", "comes out", "is out", "launches", "lands", "drops")
_CUTS_UNDER_WAY = re.compile(
    r"(?i)(?<!\w)(?:в\s+компании|у\s+нас)\s+(?:сейчас\s+)?(?:проходит|ид[её]т|началось|начинается)\s+(?:массов\w+\s+)?"
    r"сокращени\w*|(?<!\w)(?:отдел|колл-центр|офис|филиал)\w*\s+(?:\w+\s+){0,5}?(?:уменьшается|сокращается)\s+вдвое(?!\w)"
)
_CUTS_UNDER_WAY_HINTS = ("сокращени", "вдвое")
# families whose pattern says it all, searched around their hints
# leak139 (heldK47): what an audit under way has found in other accounts ("Our auditors are currently
# reviewing the loan book and have found a number of accounts where the rate was applied incorrectly",
# „auditorii au găsit mai multe contracte în care", «аудиторы нашли ряд договоров, где»): a finding not
# yet made public, about more customers than this one
_AUDIT_FOUND = re.compile(
    r"(?i)\b(?:auditors?|audit|review)\b[^.!?\n]{0,60}?\b(?:have|has)\s+(?:already\s+)?found\s+(?:a\s+number\s+of|several|"
    r"many|some|\d+|dozens\s+of|hundreds\s+of)\s+(?:other\s+)?(?:accounts|customers|cases|loans|policies|contracts|orders)\s+"
    r"(?:where|in\s+which|that|with)\b|"
    r"\bauditori[ia]?\b[^.!?\n]{0,60}?\bau\s+(?:g[ăa]sit|descoperit)\s+(?:mai\s+multe|zeci\s+de|c[âa]teva|\d+)\s+"
    r"(?:conturi|contracte|dosare|polițe|polite|credite|comenzi)\s+(?:[îi]n\s+care|unde|cu)\b|"
    r"(?<!\w)аудитор\w*[^.!?\n]{0,60}?(?:нашли|обнаружили|выявили)\s+(?:ряд|несколько|много|десятки|\d+)\s+"
    r"(?:сч[её]тов|договоров|клиентов|случаев|кредитов|полисов|заказов)\s*,?\s+(?:где|в\s+которых|с)(?!\w)|"
    # leak141 (heldK48, trainK54): what an internal review found, as a share ("an internal review in May
    # which found that roughly one in five claim files lacked required documents", „La auditul intern
    # din primăvară chiar asta a ieșit, că 40% din cereri", «внутренняя проверка показала, что каждый
    # пятый договор»)
    r"\binternal\s+(?:review|audit|investigation|check)\b[^.!?\n]{0,40}?\bfound\s+that\s+(?:roughly\s+|about\s+|around\s+|"
    r"nearly\s+|almost\s+|over\s+)?(?:one\s+in\s+\w+|\d+(?:[.,]\d+)?\s?%|half|a\s+third|a\s+quarter|most)\b|"
    r"\bauditul\s+intern\b[^.!?\n]{0,60}?\b(?:a\s+ie[șs]it|s-a\s+constatat|a\s+ar[ăa]tat|a\s+g[ăa]sit)\b[^.!?\n]{0,30}?"
    r"(?:\d+(?:[.,]\d+)?\s?%|unul\s+din\s+\w+)|"
    r"(?<!\w)внутренн\w+\s+(?:проверк|аудит|ревизи)\w*[^.!?\n]{0,60}?(?:показал\w*|выявил\w*|нашл\w*)[^.!?\n]{0,30}?"
    r"(?:\d+(?:[.,]\d+)?\s?%|кажд\w+\s+(?:второй|третий|четв[её]ртый|пятый|десятый))"
)
_AUDIT_FOUND_HINTS = (
    "have found",
    "has found",
    "already found",
    "au găsit",
    "au gasit",
    "au descoperit",
    "аудитор",
    "internal review",
    "internal audit",
    "internal investigation",
    "internal check",
    "auditul intern",
    "внутренн",
)

_PLAIN = (
    (_RISE_PREPARED, _RISE_PREPARED_HINTS),
    (_REAL_ODDS, _REAL_ODDS_HINTS),
    (_EARLY_IN, _EARLY_IN_HINTS),
    (_HIDDEN_TIER, _HIDDEN_TIER_HINTS),
    (_NEW_APP_MONTH, _NEW_APP_MONTH_HINTS),
    (_CUTS_UNDER_WAY, _CUTS_UNDER_WAY_HINTS),
    (_AUDIT_FOUND, _AUDIT_FOUND_HINTS),
)


# leak156 (heldK52's ru-xj037): a supplier we are about to drop, told before anyone is told («с мая мы от
# этой службы доставки отказываемся и переходим к другой, контракт уже подписан», "from May we're
# dropping this courier, the contract with the new one is signed", „din mai renunțăm la curierul
# ăsta și trecem la altul"): the move with where to or that it is signed, in the sentences around,
# and nothing said publicly. A courier the customer may choose, or one we stopped using, is not it.
_DROPPING = re.compile(
    r"(?i)\bwe(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:\w+\s+){0,2}?(?:dropping|leaving|ditching|switching\s+(?:away\s+)?from|"
    r"moving\s+away\s+from)\s+(?:this|the|our|that)\s+(?:courier|carrier|supplier|provider|delivery\s+(?:company|firm|service)|"
    r"manufacturer|haulier|warehouse)\b|"
    r"\brenun[țt][ăa]m\s+(?:\w+\s+)?la\s+(?:curier|furnizor|transportator|firma\s+de\s+curierat|depozit|produc[ăa]tor)\w*|"
    r"(?<!\w)(?:отказываемся|уходим)\s+от\s+(?:этой\s+|этого\s+|нашей\s+|нашего\s+|нынешн\w+\s+)?(?:служб\w+\s+доставки|"
    r"курьерск\w+\s+служб\w*|поставщик\w*|перевозчик\w*|производител\w*|склад\w*)|"
    r"(?<!\w)от\s+(?:этой|этого|нашей|нашего)\s+(?:служб\w+\s+доставки|курьерск\w+\s+служб\w*|поставщик\w*|перевозчик\w*)\s+"
    r"(?:мы\s+)?(?:отказываемся|уходим)(?!\w)"
)
_DROPPING_HINTS = ("dropping", "leaving", "ditching", "switching", "moving away", "renunțăm", "renuntam",
                   "отказываемся", "уходим")  # fmt: skip
_SWITCHED_TO = re.compile(
    r"(?i)\b(?:moving|switching|going)\s+(?:over\s+)?(?:to|with)\b|\bcontract\w*\s+(?:with\s+(?:the\s+)?\w+(?:\s+one)?\s+)?"
    r"(?:is\s+|'s\s+|has\s+been\s+)?(?:already\s+)?signed\b|\btrecem\s+la\b|\bcontractul\s+(?:cu\s+\w+\s+)?(?:e|este|a\s+fost)\s+"
    r"(?:deja\s+)?semnat\b|(?<!\w)(?:переходим\s+(?:к|на)|(?:контракт|договор)\w*\s+(?:с\s+\w+\s+)?(?:уже\s+)?подписан\w*)(?!\w)"
)


def _dropping_supplier(text: str) -> Iterator[Leak]:
    def accept(m: re.Match[str]) -> bool:
        return told_around(_SWITCHED_TO, text, m) and not said_publicly(text)

    hints = present(text, _DROPPING_HINTS)
    return first_accepted(_DROPPING, text, hints, 80, accept, "internal-info", _MESSAGE)


def unpublished(text: str) -> Iterator[Leak]:
    """The first not-yet-public marker beside company news, or staff cuts told with their
    share (R5)."""
    yield from _staff_cuts(text)
    yield from _wait_for_launch(text)
    yield from _staff_trial(text)
    yield from _figures_moved(text)
    yield from _deal_under_way(text)
    yield from _round_raised(text)
    yield from _site_closing(text)
    yield from _dropping_supplier(text)
    yield from _break_in(text)
    yield from _said_of_it(text)
    for pattern, hints in _PLAIN:
        yield from first_accepted(
            pattern, text, present(text, hints), 80, bool, "internal-info", _MESSAGE
        )
    for hints, pattern, accept in (
        (present(text, _PUBLISH_HINTS), _PUBLISH, lambda m: _marker(text, m)),
        (needed(text, present(text, _KEPT_IN_HINTS), _KEPT_IN_NEEDS), _KEPT_IN, bool),
    ):
        for m in hinted(pattern, text, hints, 60) if hints else ():
            if accept(m) and _news(text, m.start(), m.end()):
                yield Leak("internal-info", m.start(), m.end(), _MESSAGE)
                return
