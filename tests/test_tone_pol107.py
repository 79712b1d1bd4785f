"""pol107: the reader's own client, named to their lawyer, is no leak for the meaning model
either (blind75's ru-xa007). The rules learnt it in pol103 (persons._YOUR_CLIENT); the readers'
leak findings in such a sentence are now cleared the way a read-back is (tone/readback.py).
Wordings written for this test, none a labelled case.
"""

from __future__ import annotations

import pytest

from supportdesk.tone.readback import cleared

NAMED_CLIENT = [
    "Получили претензию, направленную вами в интересах вашего доверителя, Ковалёва Сергея Петровича.",
    "Am primit notificarea transmisă în numele clientului dumneavoastră, domnul Radu Vlaicu.",
    "Thank you for your letter on behalf of your client, Mr Daniel Price.",
]
NOT_CLEARED = [
    # «ваш клиент» is anyone's customer: a bank telling a business about its client
    "Сообщаем, что ваш клиент Петров внесён во внутренний стоп-лист.",
    # an SFTP client, no person
    "Please point your client to 10.42.8.17 port 1194 instead of the public gateway.",
    # someone else beside the client
    "Your client, Mr Price, and his former partner Mr Hale both owe us £4,200.",
]


@pytest.mark.parametrize("sentence", NAMED_CLIENT)
def test_named_client_is_cleared(sentence: str) -> None:
    assert cleared(sentence, 0, len(sentence))


@pytest.mark.parametrize("sentence", NOT_CLEARED)
def test_others_are_not_cleared(sentence: str) -> None:
    assert not cleared(sentence, 0, len(sentence))
