"""Signals for further scam scripts, and the legitimate look-alikes that must stay quiet.

Premium-rate SMS and subscriptions, a code read back to a "courier", transfers of all the money or to "this
account", utilities cut off today, trading groups and task top-ups; and on the other side: a wrong-PIN
notice, the code of a gate or the Wi-Fi, a card notice that sends the user to a branch or an automatic debit,
a birthday gift, a planned power cut. Wording is not in the training corpus. These tests use the rules-only
checker, so they hold whatever the trained model learns.
"""

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

FIRES = [
    # premium-rate SMS and subscriptions
    ("Get 3 hit tones every week! Reply TONES to 89545. £2.50/wk, 16+ only.", S.PREMIUM_RATE),
    ("You have been billed 150p for your Joke of the Day service.", S.PREMIUM_RATE),
    ("Win a weekend in Paris! Just send PARIS to: 80608 before Friday.", S.PREMIUM_RATE),
    ("FreeMsg: welcome to the Gold ringtone club. Unsubscribe anytime, PO Box 2210 W1.", S.PREMIUM_RATE),
    # a code read back to someone
    ("Delivery driver here, the app wants the parcel PIN you were texted. What does it say?", S.OTP_REQUEST),
    ("Mã xác thực bạn vừa nhận là gì vậy bạn? Mình cần để hoàn tiền.", S.OTP_REQUEST),
    ("Ada kode verifikasi nyasar ke nomor Anda waktu saya daftar, tolong teruskan ke saya ya.", S.OTP_REQUEST),
    ("Kod pengesahan tadi tersilap masuk ke nombor awak, tolong hantar kat WhatsApp saya.", S.OTP_REQUEST),
    ("请将刚才收到的短信验证码回复过来，我们帮您办理退款。", S.OTP_REQUEST),
    ("ขอโทษครับ รหัสยืนยันถูกส่งไปที่เบอร์ของคุณโดยไม่ตั้งใจ รบกวนส่งมาให้ผมด้วยครับ", S.OTP_REQUEST),
    # money out: all of it, or to "this account"
    ("To protect your savings, move all your money to a secure account that our officer opened.", S.PAYMENT_REQUEST),
    ("Để chứng minh trong sạch, bà phải chuyển toàn bộ số tiền sang tài khoản của cơ quan.", S.PAYMENT_REQUEST),
    ("Demi keamanan, pindahkan seluruh saldo Anda ke rekening yang kami tunjuk.", S.PAYMENT_REQUEST),
    ("你现在把钱转到这个账户，核查完毕后会退还。", S.PAYMENT_REQUEST),
    ("เพื่อตรวจสอบ คุณต้องโอนเงินทั้งหมดไปก่อน", S.PAYMENT_REQUEST),
    ("لازم تحول كل رصيدك الليلة لحين انتهاء التحقيق.", S.PAYMENT_REQUEST),
    # utilities cut off
    ("Your electricity supply will be disconnected at 9pm unless the arrears are cleared.", S.ACCOUNT_THREAT),
    ("您家今晚将停电，请尽快联系我们缴清欠费。", S.ACCOUNT_THREAT),
    ("Aliran listrik rumah Anda akan diputus sore ini karena tunggakan.", S.ACCOUNT_THREAT),
    ("Bekalan air di rumah anda akan dipotong esok kerana bil tertunggak.", S.ACCOUNT_THREAT),
    # trading groups, mentors, task top-ups
    ("Join my trading group, the signals are free this week.", S.INVESTMENT_LURE),
    ("My cousin trades bitcoin for a fund and told me which coin goes up next.", S.INVESTMENT_LURE),
    ("进我们的股票群，明天就有消息。", S.INVESTMENT_LURE),
    ("สนใจเข้ากลุ่มเทรดของเราไหมคะ", S.INVESTMENT_LURE),
    ("Chị vào nhóm chứng khoán của em đi, có người hướng dẫn.", S.INVESTMENT_LURE),
    ("Finish today's tasks for your commission, then top up 100 USDT to unlock the next level.", S.INVESTMENT_LURE),
    # "cho" (for / to) is not the negation "chớ": a code asked back "cho chị" is still a request
    ("Có mã 6 số vừa gửi về máy em đó, em gửi lại cho chị với nhé.", S.OTP_REQUEST),
    ("Cho em xin mã xác thực vừa nhận để em hoàn tất hồ sơ.", S.OTP_REQUEST),
    # an ultimatum is pressure
    ("Your mailbox will be closed unless you verify your account before 6pm.", S.URGENCY),
    ("Akaun anda akan disekat jika maklumat tidak dikemaskini.", S.URGENCY),
    ("您的账户异常，如不及时处理将被冻结。", S.URGENCY),
    # a fee still to pay (not one already taken)
    ("Silakan bayar biaya administrasi Rp 12.500 hari ini ke rekening berikut.", S.PAYMENT_REQUEST),
]


@pytest.mark.parametrize(("text", "signal"), FIRES)
def test_scam_script_fires_its_signal(rules_checker: Checker, text: str, signal: S) -> None:
    assert signal in rules_checker.check("message", text).signal_types()


QUIET = [
    # one weak premium cue, a roaming price per minute, a free service code: not premium SMS
    ("Weekend sale: 30% off all jackets. Reply STOP to opt out.", S.PREMIUM_RATE),
    ("Roaming in Japan: calls home $0.45/min, texts $0.20 each.", S.PREMIUM_RATE),
    ("To switch off data roaming, text ROAMOFF to 2233 for free.", S.PREMIUM_RATE),
    # a failed entry is not a request for the secret
    ("Your card was blocked after the wrong PIN was entered three times.", S.PASSWORD_REQUEST),
    ("Thẻ của quý khách bị khóa do nhập sai mã PIN 3 lần.", S.PASSWORD_REQUEST),
    ("تم إيقاف البطاقة بعد إدخال الرقم السري بشكل خاطئ.", S.PASSWORD_REQUEST),
    # the code of a gate, a door or the Wi-Fi
    ("Can you text me the code for the front door? I'm downstairs.", S.OTP_REQUEST),
    ("Em ơi gửi chị mã cửa phòng họp tầng 3 với.", S.OTP_REQUEST),
    ("把门禁密码发我一下，我到楼下了。", S.OTP_REQUEST),
    # a gift among family, a planned power cut
    ("Kita kongsi hadiah untuk hari jadi ayah, RM30 seorang.", S.PRIZE_LURE),
    ("ซื้อของขวัญวันเกิดให้แม่แล้วนะ", S.PRIZE_LURE),
    ("本周日上午小区停电检修，请提前做好准备。", S.ACCOUNT_THREAT),
    # a warning not to act is no ultimatum, and "không chia sẻ" still negates the code
    ("If you do not recognise this payment, call the number on the back of your card.", S.URGENCY),
    ("Mã OTP của bạn là 482019. Không chia sẻ mã này cho bất kỳ ai.", S.OTP_REQUEST),
    # a fee already taken is a statement
    ("Biaya administrasi bulanan Rp 12.500 telah didebet dari rekening Anda.", S.PAYMENT_REQUEST),
    ("The annual card fee of $45 has been charged to your account.", S.PAYMENT_REQUEST),
]


@pytest.mark.parametrize(("text", "signal"), QUIET)
def test_legitimate_look_alike_stays_quiet(rules_checker: Checker, text: str, signal: S) -> None:
    assert signal not in rules_checker.check("message", text).signal_types()


CARD_NOTICES = [
    "Your debit card has been blocked for your safety. Please visit any branch with your ID to unblock it.",
    "Kad debit anda disekat. Sila ke cawangan berhampiran dengan MyKad untuk membuka sekatan.",
    "Tài khoản của quý khách bị tạm khóa. Vui lòng mang CCCD đến quầy giao dịch để mở khóa.",
    "ค่างวดรถ 6,200 บาท จะตัดบัญชีวันที่ 10 กรุณาเตรียมเงินในบัญชีเพื่อหลีกเลี่ยงค่าปรับ",
    "您的贷款本期应还2,100元，将于10日自动扣款，请确保余额充足，以免产生罚款。",
    "Your current account is overdrawn by $18. Please deposit money before Friday to avoid an overdraft fee.",
]


@pytest.mark.parametrize("text", CARD_NOTICES)
def test_notice_that_sends_to_a_branch_or_an_automatic_debit_is_not_flagged(rules_checker: Checker, text: str) -> None:
    # A lock notice that sends the user to a branch carries no account threat at all (lexicon
    # ``_OWN_ACCOUNT_CHANNEL``); the debit and overdraft notices show their payment or late-fee wording, not weighed.
    result = rules_checker.check("message", text)
    assert S.ACCOUNT_THREAT not in result.signal_types()
    assert not result.flagged


def test_a_route_of_its_own_cancels_the_branch_cue(rules_checker: Checker) -> None:
    plain = rules_checker.check("message", CARD_NOTICES[0])
    routed = rules_checker.check("message", CARD_NOTICES[0] + " Or unblock it now at http://card-unblock.help")
    assert routed.score > plain.score
    assert routed.flagged


def test_the_branch_cue_never_excuses_a_code_request(rules_checker: Checker) -> None:
    text = "Your card is blocked. Visit a branch, or read me the OTP you just got and I will unblock it now."
    result = rules_checker.check("message", text)
    assert S.OTP_REQUEST in result.signal_types()
    assert result.flagged
