"""Vietnamese and Thai classes where folding or a described state made a rule misfire: scratch cards mentioned
versus their codes sent, words that fold to a lure's spelling ("nhắn qua" is not "nhận quà"), "dùng" (use) that
folds like the negation "đừng", and a Thai "ไม่" of a state ("แอปเข้าไม่ได้") that is no negation of the request.
Rules-only checker; every message is written for these tests, none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def _signals(checker: Checker, text: str) -> set[S]:
    return {s.type for s in checker.check("message", text).signals}


# --- scratch cards: buying them and sending their codes is the scam, a mention is not ------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Chị ơi em đang ở viện, chị mua giúp em 4 thẻ cào Mobi mệnh giá 500k, cào xong chụp mã gửi em qua Zalo nhé, mai em trả.",
        "Anh ra đại lý lấy hộ em mấy thẻ điện thoại Viettel, cào ra rồi đọc số seri cho em với, em cần gấp.",
        "Con nhắn mã thẻ cào cho mẹ luôn nhé, mẹ đang cần nạp gấp cho bạn mẹ.",
    ],
)
def test_scratch_card_codes_sent_back_are_a_payment_request(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


@pytest.mark.parametrize(
    "legit",
    [
        "Tối qua anh mua cái thẻ cào Vina 50k nạp cho máy mình, giờ mới thấy tiền vào.",
        "Tạp hóa cô Lan có bán thẻ cào đủ các mạng, giá niêm yết, cần gì cứ ghé.",
    ],
)
def test_a_scratch_card_mentioned_is_no_payment_request(rules_checker: Checker, legit: str) -> None:
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)


# --- words whose accented original is another word than the lure word they fold to -----------------------------------


@pytest.mark.parametrize(
    "legit",
    [
        "Chiều nay em nhắn qua Zalo cho anh danh sách khách rồi nhé.",
        "Lương tháng này anh nhận qua tài khoản Vietcombank như cũ.",
        "Ông bà mình hay nói sống có nhân quả, làm gì cũng phải nghĩ.",
        "Tổ dân phố họp bàn công tác giữ gìn trị an trên địa bàn phường vào tối thứ Sáu.",
    ],
)
def test_other_words_that_fold_like_a_gift_are_no_prize_lure(rules_checker: Checker, legit: str) -> None:
    assert S.PRIZE_LURE not in _signals(rules_checker, legit)


@pytest.mark.parametrize(
    "scam",
    [
        "Chúc mừng bạn được nhận quà từ chương trình khách hàng thân thiết, xác nhận tại qua-tang-vn.top",
        "Chuc mung ban duoc nhan qua tri an khach hang, xac nhan tai qua-tang-vn.top",
        "Chương trình tri ân khách hàng: quý khách có một phần quà, bấm link để nhận.",
    ],
)
def test_the_gift_itself_stays_a_prize_lure(rules_checker: Checker, scam: str) -> None:
    assert S.PRIZE_LURE in _signals(rules_checker, scam)


# --- "dùng" (use) is not "đừng" (don't); "dung" typed without marks stays ambiguous and keeps the negation --------------


@pytest.mark.parametrize(
    "scam",
    [
        "Em dùng số tài khoản mới rồi, anh vui lòng chuyển khoản vào số tài khoản này của em giúp nhé.",
        "Mẹ ơi con dùng máy bạn nhắn, mẹ vui lòng chuyển tiền vào tài khoản sau của bạn con nhé.",
    ],
)
def test_use_is_no_negation_of_a_request(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


@pytest.mark.parametrize(
    "legit",
    [
        "Đừng chuyển khoản vào số tài khoản này của em nhé, em nhắn nhầm.",
        "Dung chuyen khoan vao so tai khoan nay cua em nhe, em nhan nham.",
    ],
)
def test_dont_still_cancels_the_request(rules_checker: Checker, legit: str) -> None:
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)


# --- Thai: a "ไม่" of a described state does not cancel the request; "ไม่ต้อง…", "อย่า…" still do -----------------------


@pytest.mark.parametrize(
    "scam",
    [
        "พี่เองนะ ตอนนี้อยู่ต่างประเทศ แอปธนาคารเข้าไม่ได้ ช่วยโอน 20,000 บาทเข้าบัญชีคู่ค้าใหม่ให้หน่อย",
        "ผู้จัดการนะ ประชุมอยู่โทรไม่ติด โอนเงินมัดจำ 45,000 บาทเข้าบัญชีซัพพลายเออร์ใหม่ตามนี้เลย",
    ],
)
def test_a_state_with_not_does_not_cancel_the_request(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


@pytest.mark.parametrize(
    "legit",
    [
        "คู่ค้าแจ้งเปลี่ยนเลขบัญชีทางอีเมล ยังไม่ต้องโอนเข้าบัญชีใหม่นะ เดี๋ยวพี่โทรเช็กกับเขาก่อน",
        "ฝ่ายบัญชีแจ้ง: อย่าโอนเงินเข้าบัญชีซัพพลายเออร์ใหม่จนกว่าจะยืนยันทางโทรศัพท์",
    ],
)
def test_no_need_to_and_do_not_still_cancel_the_request(rules_checker: Checker, legit: str) -> None:
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)
