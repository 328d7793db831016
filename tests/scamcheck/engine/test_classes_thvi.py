"""Thai and Vietnamese classes from the fourteenth blind round, each with scam wordings that must carry the class's
signal and a legitimate counterpart in the same vocabulary that must not. Rules-only checker, so these hold whatever
the trained model learns. The messages are written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def _signals(checker: Checker, text: str) -> set[S]:
    return {s.type for s in checker.check("message", text).signals}


def _weighed(checker: Checker, text: str) -> bool:
    return checker.check("message", text).flagged


# --- Thai: reply to this message with the code you receive (a "refund" or "verification") ---------------------


@pytest.mark.parametrize(
    "scam",
    [
        "ShopeePay: ระบบจะคืนเงินค่าส่งที่ถูกหักเกิน 150 บาท โปรดตอบกลับข้อความนี้พร้อมรหัสที่ได้รับทาง SMS",
        "ธนาคารแจ้งคืนดอกเบี้ยส่วนเกินให้ท่าน กรุณาพิมพ์ตอบ SMS นี้โดยใส่รหัส OTP 6 หลักที่จะส่งถึงท่าน",
    ],
)
def test_th_reply_with_the_code(rules_checker: Checker, scam: str) -> None:
    assert S.OTP_REQUEST in _signals(rules_checker, scam)


def test_th_reply_with_a_postcode_is_not_a_code_request(rules_checker: Checker) -> None:
    legit = "ไปรษณีย์ไทย: ที่อยู่จัดส่งของท่านไม่ครบ กรุณาตอบกลับข้อความนี้ด้วยรหัสไปรษณีย์ของท่าน"
    assert S.OTP_REQUEST not in _signals(rules_checker, legit)


# --- Thai: a sign-in prompt announced to pop up in a moment, to be approved (MFA fatigue) --------------------


@pytest.mark.parametrize(
    "scam",
    [
        "ฝ่ายไอที: เดี๋ยวจะมีแจ้งเตือนขึ้นที่มือถือคุณจากแอป Okta Verify รบกวนกด Yes ให้ด้วยนะครับ กำลังย้ายระบบอีเมล",
        "อีกไม่กี่นาทีจะมีคำขอเข้าสู่ระบบเด้งขึ้นในแอปยืนยันตัวตนของคุณ กรุณากดอนุมัติเพื่อให้ทีมงานตรวจสอบบัญชี",
    ],
)
def test_th_approve_a_prompt_announced_in_advance(rules_checker: Checker, scam: str) -> None:
    assert S.OTP_REQUEST in _signals(rules_checker, scam)


def test_th_mfa_rollout_notice_is_not_a_request(rules_checker: Checker) -> None:
    legit = "ฝ่ายไอที: ตั้งแต่วันจันทร์ เมื่อคุณเข้าสู่ระบบอีเมล จะมีคำขอเด้งขึ้นในแอป Authenticator ให้กด Approve เฉพาะเมื่อคุณเป็นผู้เข้าสู่ระบบเอง"
    assert S.OTP_REQUEST not in _signals(rules_checker, legit)
    assert not _weighed(rules_checker, legit)


# --- Thai: a friend whose old LINE "can't be opened" borrows money -------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "แก นี่พลอยนะ ไลน์เดิมเราใช้ไม่ได้แล้ว ขอยืมเงินสัก 2,500 ได้มั้ย สิ้นเดือนคืนให้",
        "พี่ครับ ผมต้นเองนะ เฟสเก่าของผมเข้าไม่ได้ เลยทักมาทางนี้ ช่วยโอนให้ผมก่อน 4,000 บัญชีแฟนผมนะ",
    ],
)
def test_th_old_chat_account_lost_then_borrow(rules_checker: Checker, scam: str) -> None:
    assert S.IMPERSONATION in _signals(rules_checker, scam)


def test_th_old_line_lost_without_money_is_not_impersonation(rules_checker: Checker) -> None:
    legit = "เพื่อนๆ ไลน์เก่าเราเข้าไม่ได้แล้วนะ อันนี้ไลน์ใหม่ เซฟไว้ด้วย เจอกันงานเลี้ยงรุ่นเสาร์นี้"
    assert S.IMPERSONATION not in _signals(rules_checker, legit)


# --- Thai: a saving circle (วงแชร์) that promises a fixed return ---------------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "วงแชร์ออนไลน์เปิดรับสมาชิกใหม่ ส่งงวดละ 500 รับคืน 650 ทุกสัปดาห์ ท้าวแชร์ดูแลเอง ไม่มีเบี้ยว",
        "เล่นแชร์กับเราปลอดภัย ทุนหมื่นเดียว ผลตอบแทน 20% ต่อรอบ สนใจทักแชทเลย",
    ],
)
def test_th_saving_circle_with_fixed_return(rules_checker: Checker, scam: str) -> None:
    assert S.INVESTMENT_LURE in _signals(rules_checker, scam)


def test_th_village_saving_circle_without_return_is_not_a_lure(rules_checker: Checker) -> None:
    legit = "แจ้งสมาชิกวงแชร์บ้านป้าแดง งวดนี้เปียวันเสาร์ที่ศาลาหมู่บ้าน ใครติดธุระบอกป้าก่อนนะ"
    assert S.INVESTMENT_LURE not in _signals(rules_checker, legit)


# --- Thai: a QR code to scan "to cancel" a cash-on-delivery parcel or an order ---------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "สวัสดีค่ะ แอดมินร้านค่ะ ออเดอร์เก็บเงินปลายทาง 1,290 บาทของลูกค้าส่งผิด ลูกค้าสแกนคิวอาร์ที่แอดมินส่งไปเพื่อยกเลิกคำสั่งซื้อได้เลยค่ะ",
        "พนักงานส่งของครับ มีพัสดุปลายทางชื่อคุณ 650 บาท ถ้าคุณไม่ต้องการ สแกนคิวอาร์โค้ดที่ผมส่งให้แล้วยกเลิกรายการได้ครับ",
    ],
)
def test_th_scan_a_qr_to_cancel(rules_checker: Checker, scam: str) -> None:
    signals = _signals(rules_checker, scam)
    assert S.PAYMENT_REQUEST in signals
    assert _weighed(rules_checker, scam)


def test_th_scan_a_qr_to_pay_at_the_door_is_not_a_cancellation(rules_checker: Checker) -> None:
    legit = "Flash Express: พัสดุเก็บเงินปลายทาง 650 บาท จะถึงวันนี้ ชำระเงินสดหรือสแกนคิวอาร์ที่เครื่องของพนักงานได้ค่ะ"
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)
    assert S.OFF_PLATFORM not in _signals(rules_checker, legit)


# --- Thai and Vietnamese: a paid blue verification tick ------------------------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "เพจของคุณผ่านเกณฑ์รับติ๊กฟ้ายืนยันตัวตน ชำระค่าธรรมเนียม 990 บาทภายในวันนี้",
        "Trang của bạn được chọn gắn dấu tích xanh. Lệ phí kích hoạt 800.000đ, vui lòng chuyển khoản trong 24 giờ.",
        "Tài khoản Instagram của bạn đủ điều kiện nhận tick xanh, phí xác minh chỉ 499k, ck kèm tên tài khoản.",
    ],
)
def test_paid_verification_tick(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


def test_verification_tick_without_fee_is_not_a_payment(rules_checker: Checker) -> None:
    legit = "Chúc mừng! Trang của bạn đã được Facebook gắn tích xanh sau khi xét duyệt giấy tờ tổ chức."
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)


# --- Thai: a shop's draw entered by a purchase, results at the shop's site, is not a prize lure ---------------------


def test_th_purchase_draw_is_not_a_prize_lure(rules_checker: Checker) -> None:
    legit = "ลุ้นรับรถยนต์ไฟฟ้า! ซื้อสินค้าที่ Lotus's ครบ 1,000 บาท รับสิทธิ์ลุ้นอัตโนมัติ จับรางวัล 15 ธ.ค. ประกาศผลที่ lotuss.com"
    assert S.PRIZE_LURE not in _signals(rules_checker, legit)
    assert not _weighed(rules_checker, legit)


@pytest.mark.parametrize(
    "scam",
    [
        "ลุ้นรับรถยนต์ไฟฟ้า! ช้อปครบ 1,000 บาท จับรางวัล 15 ธ.ค. ลงทะเบียนรับสิทธิ์ที่ lotus-lucky.com",
        "ลุ้นรับทองคำ ซื้อครบ 500 บาท จับรางวัลทุกเดือน ผู้โชคดีโอนค่าธรรมเนียม 300 บาทก่อนรับรางวัล",
    ],
)
def test_th_purchase_draw_with_a_route_is_still_a_lure(rules_checker: Checker, scam: str) -> None:
    assert S.PRIZE_LURE in _signals(rules_checker, scam)


# --- Vietnamese: a 1900 number with a per-minute price is premium-rate ---------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Quy khach co goi hang chua nhan. Vui long goi 1900 6868 68 nhan phim 1 de gap nhan vien. Cuoc goi 12.000d/phut.",
        "Bạn được chọn nhận quà tri ân. Gọi ngay 19007788 và làm theo hướng dẫn (phí 8.000đ/phút).",
    ],
)
def test_vi_1900_with_per_minute_price(rules_checker: Checker, scam: str) -> None:
    assert S.PREMIUM_RATE in _signals(rules_checker, scam)


def test_vi_toll_free_roaming_notice_is_not_premium(rules_checker: Checker) -> None:
    legit = "Viettel: Chao mung den Han Quoc. Goi tong dai 1800 8098 mien phi. Cuoc goi ve Viet Nam 12.000d/phut."
    assert S.PREMIUM_RATE not in _signals(rules_checker, legit)


# --- Vietnamese: the payee "changed the account", then a transfer into it ------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Anh ơi bên đối tác vận chuyển vừa thay đổi tài khoản ngân hàng, lô hàng này anh chuyển khoản vào STK mới em gửi bên dưới nhé.",
        "Chủ nhà báo đổi số tài khoản rồi, tháng này em chuyển tiền vào tài khoản mới này giúp chị: 0451 000 228 911.",
    ],
)
def test_vi_changed_payee_account(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


def test_vi_changed_account_warning_is_not_a_request(rules_checker: Checker) -> None:
    legit = "Phòng Kế toán: nếu đối tác báo đổi số tài khoản, tuyệt đối không chuyển vào tài khoản mới trước khi gọi xác minh."
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)


# --- Vietnamese: an old Zalo or Facebook hacked, "I'm on this nick now" -------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Anh ơi Facebook cũ em bị hack rồi, giờ em dùng nick này nha, anh đừng nhắn vào nick kia.",
        "Zalo cũ của chị không đăng nhập được nên chị dùng zalo này, em xem giúp chị việc này với.",
    ],
)
def test_vi_old_account_hacked_now_this_nick(rules_checker: Checker, scam: str) -> None:
    assert S.IMPERSONATION in _signals(rules_checker, scam)


def test_vi_old_account_mentioned_without_new_nick(rules_checker: Checker) -> None:
    legit = "Zalo cũ của em bị khóa do quên mật khẩu, em đã lấy lại được bằng số điện thoại rồi nhé."
    assert S.IMPERSONATION not in _signals(rules_checker, legit)


# --- Vietnamese: a donation appeal paid into a named person's or "representative's" account ------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Chung tay cứu trợ bà con miền Trung sau bão: mọi người chuyển khoản về STK 1903 5567 2210 Trần Thị Hương, mình sẽ tổng hợp và sao kê.",
        "Quyên góp cho bé Na mổ tim, ck giúp vào tài khoản 0071 002 345 678 (người đại diện gia đình), chia sẻ giúp mình nhé.",
    ],
)
def test_vi_donation_to_a_persons_account(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


def test_vi_donation_to_the_fronts_account_is_not_flagged(rules_checker: Checker) -> None:
    legit = "Ủng hộ đồng bào bị lũ lụt: chuyển khoản vào STK 0011001932418 tại Vietcombank của Ban Cứu trợ Trung ương MTTQ Việt Nam."
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)


# --- Vietnamese: scratch or top-up cards to buy and photograph or read out ------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Anh đây, anh đổi số rồi. Em mua hộ anh 10 thẻ Vinaphone 200k rồi chụp mặt sau gửi anh qua đây nhé.",
        "Em ra tiệm mua giúp chị 3 thẻ Mobifone 500k, cào xong nhắn mã cho chị, chị đang họp không nghe máy được.",
    ],
)
def test_vi_buy_phone_cards_and_send_them(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


def test_vi_buying_a_phone_card_to_top_up_is_not_a_request(rules_checker: Checker) -> None:
    legit = "Mẹ ơi con vừa mua thẻ Viettel 100k nạp cho mẹ rồi nhé, mẹ kiểm tra tài khoản xem."
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)


# --- a provider's notice whose only route is its hotline (no request, no link) ------------------------------------


@pytest.mark.parametrize(
    "legit",
    [
        "VNPT: Nhan vien ky thuat se den bao tri modem tai nha quy khach ngay 20/06 tu 8h-10h. Tong dai ho tro 1900 8888 06.",
        "Techcombank: The ghi no so cuoi 2231 giao dich 350,000 VND tai CIRCLE K ngay 11/06. Hotline 1800 588 822.",
    ],
)
def test_provider_notice_with_only_a_hotline_is_not_flagged(rules_checker: Checker, legit: str) -> None:
    result = rules_checker.check("message", legit)
    assert S.UNOFFICIAL_SUPPORT_NUMBER in {s.type for s in result.signals}  # still shown
    assert not result.flagged


@pytest.mark.parametrize(
    "scam",
    [
        "Viettel: Nhan vien ky thuat se den bao tri modem ngay 20/06. Lien he hotline 0912 345 678 de xac nhan lich.",
        "Techcombank: The cua quy khach bi tam khoa do giao dich bat thuong. Lien he hotline 1800 588 822 ngay de mo khoa.",
        "A customer service message is waiting for you. Please call our helpline 0800 028 0422 now!",
    ],
)
def test_hotline_with_a_mobile_number_or_a_threat_stays_weighed(rules_checker: Checker, scam: str) -> None:
    assert rules_checker.check("message", scam).flagged


# --- Thai: borrowed money to be paid into someone else's account ----------------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "ฝ้ายขอยืมเงินสัก 1,500 ด่วนเลย บัญชีเราโดนอายัด โอนไปที่บัญชีเพื่อนเราแทนนะ",
        "พี่ ขอยืม 5,000 ก่อน มือถือพัง แอปธนาคารเข้าไม่ได้ โอนเข้าบัญชีแฟนผมได้เลย",
    ],
)
def test_th_borrow_into_a_third_persons_account(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


def test_th_paying_back_into_mothers_account_is_not_a_request(rules_checker: Checker) -> None:
    legit = "แม่ หนูยืมเงินแม่ไป 2,000 นะ สิ้นเดือนหนูโอนคืนเข้าบัญชีแม่"
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)


# --- Vietnamese: a new number followed by a money ask ---------------------------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Giám đốc đây, anh đổi số rồi nhé. Em mua hộ anh mấy thẻ điện thoại, lát anh gửi lại tiền.",
        "Con đây mẹ, số mới của con. Mẹ chuyển giúp con 3 triệu vào tài khoản bạn con, con cần gấp.",
    ],
)
def test_vi_new_number_then_money(rules_checker: Checker, scam: str) -> None:
    assert S.IMPERSONATION in _signals(rules_checker, scam)


def test_vi_new_number_alone_is_not_impersonation(rules_checker: Checker) -> None:
    legit = "Mẹ đây, số mới của mẹ nhé, con lưu lại. Tối nay về ăn cơm không con?"
    assert S.IMPERSONATION not in _signals(rules_checker, legit)
