"""leak183: heldK62's leaks the rules missed and the readers caught (read after its judged run), each
beside a look-alike that stays clean (R5). Wordings written for this test, none a labelled case.

- our staff cut by head count or by half ("we're being cut from 30 down to 10", „din 50 rămânem vreo
  15", «отдел сокращают вдвое»);
- a claim split so each part stays under the no-inspection bar ("and the rest as a separate claim",
  „și restul separat", «а капот отдельным убытком»).
"""

from __future__ import annotations

from tests.tonecheck import leak_pair_tests

test_leak183 = leak_pair_tests(
    [
        (
            "our staff cut",
            "en",
            "Sorry for the wait. We're being cut from 30 down to 10 in the call centre by spring, so it's chaos.",
            "Sorry for the wait. We're short-staffed this week, but your case is next in the queue.",
        ),
        (
            "our staff cut",
            "ro",
            "Scuze pentru întârziere, din 50 rămânem vreo 15 până în primăvară, de aceea răspundem greu.",
            "Scuze pentru întârziere, avem multe cereri săptămâna asta, dar cazul dvs. e următorul.",
        ),
        (
            "our staff cut",
            "ru",
            "Простите за ожидание: у нас отдел поддержки сокращают вдвое к весне, все на нервах.",
            "Простите за ожидание: на этой неделе много обращений, ваше следующее в очереди.",
        ),
        (
            "a claim split under the bar",
            "en",
            "Under £2,000 no assessor comes out, it's paid from photos, so claim the door now and the rest as a separate claim.",
            "Under £2,000 we can often settle from photos; please send clear pictures of all the damage in one claim.",
        ),
        (
            "a claim split under the bar",
            "ru",
            "Если ущерб до 40 тысяч, платят по фото, так что оформим дверь, а капот отдельным убытком.",
            "Пришлите, пожалуйста, фото всех повреждений, мы рассмотрим их в одном заявлении.",
        ),
    ]
)
