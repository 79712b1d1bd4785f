"""leakT16: access codes (safe, locker, key safe, master/service codes), another holder's
one-time code, a login pair, our equipment's private address beside the customer's
router (tone/accesscodes.py); and the look-alikes that must pass: our payment details,
the customer's own ID numbers read back, format samples, tracking numbers (R5)."""

from __future__ import annotations

import pytest

from tests.tonecheck import blocked_leaks, family_holds

PAIRS = [
    # a safe's combination vs. a safe named without a code
    ("safe-code", "en",
     "Hi Tom,\nThe spare keys are in the office safe, combo code 41-19-07, help yourself.\nAnna",
     "Hi Tom,\nThe spare keys are in the office safe; a colleague will hand them to you.\nAnna"),
    ("safe-code", "ro",
     "Bună ziua,\nActele sunt în seiful de la recepție, codul 7731, le puteți lua luni.\nSecretariat",
     "Bună ziua,\nActele sunt în seiful de la recepție, colegii vi le dau luni.\nSecretariat"),
    ("safe-code", "ru",
     "Добрый день!\nДоговор лежит в сейфе бухгалтерии, код 2-7-1-8, заберите сами.\nОфис",
     "Добрый день!\nДоговор лежит в сейфе бухгалтерии, кассир выдаст его завтра.\nОфис"),
    # a master / service code vs. the customer's own new pickup code
    ("master-code", "en",
     "Hi,\nIf the box stays shut, key in the service code 55210# – it releases every compartment.\nTeam",
     "Hi,\nYour new pickup code for the parcel box is 5521 – valid until Sunday.\nTeam"),
    ("master-code", "ro",
     "Salut,\nDacă nu merge, tastați codul master 66120* la locker, deschide toate ușile.\nSuport",
     "Salut,\nNoul dvs. cod de ridicare la locker este 6612, valabil până vineri.\nSuport"),
    ("master-code", "ru",
     "Привет!\nЕсли не открывается, введите мастер-код 77031# на постамате, он открывает все ячейки.\nПоддержка",
     "Привет!\nВаш новый код получения на постамате — 7703, действует до воскресенья.\nПоддержка"),
    # another holder's one-time code vs. the customer told to use their own
    ("other-otp", "en",
     "Hello,\nThe OTP that went to the account holder's phone was 448 120, we used it for the transfer.\nBank",
     "Hello,\nPlease enter the one-time code we just texted to your phone; never share it.\nBank"),
    ("other-otp", "ro",
     "Bună ziua,\nCodul OTP primit de titularul contului a fost 903 114, l-am folosit noi.\nBanca",
     "Bună ziua,\nIntroduceți codul OTP primit pe telefonul dvs.; nu îl dați nimănui.\nBanca"),
    ("other-otp", "ru",
     "Здравствуйте!\nОдноразовый код, пришедший владельцу счёта, был 552 907, мы его ввели.\nБанк",
     "Здравствуйте!\nВведите одноразовый код из смс на вашем телефоне и никому его не сообщайте.\nБанк"),
    # a login pair vs. login words without one
    ("login-pair", "en",
     "Hi,\nIf the sync fails again, the login is sync_svc / Hq4!tRw9x, try it yourself.\nDev",
     "Hi,\nIf the sync fails again, reset your login from the profile page.\nDev"),
    ("login-pair", "ro",
     "Salut,\nDatele de acces pentru raport: rapoarte_ro / Vx8#kLp2q, încercați singur.\nIT",
     "Salut,\nDatele de acces le schimbați din pagina profilului dvs.\nIT"),
    ("login-pair", "ru",
     "Привет!\nДоступ к отчётам: otchet_ro / Pw7!zXc4m, можете проверить сами.\nИТ",
     "Привет!\nДоступ к отчётам вы восстановите в личном кабинете.\nИТ"),
    # our equipment's private address, the customer's router named too; vs. a public IP
    ("infra-ip", "en",
     "Hi,\nYour router is fine: the OLT in the Northgate cabinet (10.31.7.2) lost power.\nNOC",
     "Hi,\nYour router is fine: your public address is 81.2.69.160 again.\nNOC"),
    ("infra-ip", "ro",
     "Bună,\nRouterul dvs. e în regulă, comutatorul din centrala Nord 172.20.4.9 a căzut.\nNOC",
     "Bună,\nRouterul dvs. e în regulă, adresa publică este din nou 81.2.69.160.\nNOC"),
    ("infra-ip", "ru",
     "Привет!\nС вашим роутером всё в порядке, упал коммутатор на узле Северный 10.8.14.3.\nNOC",
     "Привет!\nС вашим роутером всё в порядке, внешний адрес снова 81.2.69.160.\nNOC"),
]  # fmt: skip


@pytest.mark.parametrize(("family", "language", "leak", "clean"), PAIRS)
def test_family_holds(family: str, language: str, leak: str, clean: str) -> None:
    family_holds(family, language, leak, clean)


CLEAN = [
    # our payment details (R5: the customer cannot pay without them)
    ("en", "Hello,\nPlease pay by bank transfer to Oakline Ltd, sort code 20-45-77, account 63012958.\nAccounts"),
    ("en", "Hi,\nYou can pay the deposit by transfer to Oakline Ltd, IBAN GB29 NWBK 6016 1331 9268 19.\nAccounts"),
    ("ro", "Bună ziua,\nPuteți plăti factura în contul firmei: RO49 AAAA 1B31 0075 9384 0000, ING.\nContabilitate"),
    ("ru", "Добрый день!\nОплатить можно по реквизитам ООО «Ромашка», р/с 40702810400000054321.\nБухгалтерия"),
    # the customer's own ID numbers read back; samples
    ("ru", "Добрый день!\nВнесли в договор ваш СНИЛС 112-233-445 95, как вы прислали.\nОфис"),
    ("ru", "Здравствуйте!\nСчёт выставлен на вашу компанию, ИНН 7714213456, акты придут в ЭДО.\nБухгалтерия"),
    ("ru", "Добрый день!\nУкажите СНИЛС в формате 111-111-111 11, это образец.\nПоддержка"),
    # a courier's tracking number is no IBAN
    ("en", "Hi,\nYour parcel is on its way, tracking number JD0001112223334 – it arrives tomorrow.\nShop"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_look_alike_passes(language: str, text: str) -> None:
    assert blocked_leaks(text, language) == []
