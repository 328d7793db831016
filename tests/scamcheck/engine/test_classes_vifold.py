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


def test_a_state_inside_the_match_does_not_cancel_it(rules_checker: Checker) -> None:
    """"แอปเปิดไม่ได้" (the app won't open) stands between the ask and the code it wants: still a request for the code."""
    scam = "น้องช่วยยืนยันบัญชีให้พี่หน่อย แอปเปิดไม่ได้ เดี๋ยวมีรหัส otp ส่งไปที่เบอร์น้อง"
    legit = "น้องช่วยยืนยันบัญชีให้พี่หน่อยนะ ไม่ต้องส่งรหัส otp มาให้พี่ ทำในแอปเองได้เลย"
    assert S.OTP_REQUEST in _signals(rules_checker, scam)
    assert S.OTP_REQUEST not in _signals(rules_checker, legit)


# --- "mọi" (every) and "hay" (or) fold like the request words "mời" (please) and "hãy" (do) --------------------------


@pytest.mark.parametrize(
    "legit",
    [
        "Kế toán nhắc: mọi khoản chi phải có chữ ký trưởng phòng, mọi khoản thanh toán đều qua hệ thống.",
        "Tiền học tháng này anh muốn chuyển khoản hay nộp tiền mặt tại văn phòng trường cũng được.",
    ],
)
def test_every_and_or_are_no_request_words(rules_checker: Checker, legit: str) -> None:
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)


@pytest.mark.parametrize(
    "scam",
    [
        "Mời quý khách thanh toán phí xác minh 350.000đ để hoàn tất hồ sơ vay.",
        "Hãy nộp 500.000đ phí kích hoạt để nhận khoản giải ngân trong hôm nay.",
        "Moi quy khach thanh toan phi xac minh 350.000d de hoan tat ho so vay.",
    ],
)
def test_the_request_words_themselves_still_ask(rules_checker: Checker, scam: str) -> None:
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


# --- the old SIM an eSIM conversion replaced is no threat to the subscriber's line -----------------------------------


def test_the_replaced_sim_stopping_is_no_account_threat(rules_checker: Checker) -> None:
    legit = "MobiFone: Quý khách đã đổi sang eSIM thành công trên điện thoại mới. SIM cũ sẽ ngừng hoạt động sau 1 giờ."
    scam = "MobiFone: SIM của quý khách sẽ bị khóa 2 chiều sau 24 giờ do chưa cập nhật thông tin thuê bao."
    assert S.ACCOUNT_THREAT not in _signals(rules_checker, legit)
    assert S.ACCOUNT_THREAT in _signals(rules_checker, scam)


# --- paid per watch, like or follow: the task job ------------------------------------------------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Tuyển cộng tác viên làm tại nhà: follow và thả tim trang TikTok của shop, mỗi lượt 12k, nhận lương cuối ngày qua Telegram.",
        "Viec nhe: xem clip quang cao roi chup man hinh gui lai, 25k/video, ket ban Zalo de nhan viec.",
    ],
)
def test_pay_per_watch_or_like_is_an_investment_lure(rules_checker: Checker, scam: str) -> None:
    assert S.INVESTMENT_LURE in _signals(rules_checker, scam)


def test_paid_video_work_is_no_lure(rules_checker: Checker) -> None:
    legit = "Em nhận dựng và quay video giới thiệu sản phẩm cho shop, mỗi video 300k, xem mẫu trên trang của em nhé."
    assert S.INVESTMENT_LURE not in _signals(rules_checker, legit)


# --- a shop's draw whose prize is already credited to the member account and spent in its stores ----------------------


def test_a_prize_credited_for_use_in_store_is_no_lure(rules_checker: Checker) -> None:
    legit = "Bách Hóa Xanh: Chúc mừng bạn trúng thưởng chương trình Cào là trúng, phiếu mua hàng 30.000đ đã được cộng vào tài khoản thành viên. Sử dụng tại hệ thống cửa hàng đến 31/10."
    assert S.PRIZE_LURE not in _signals(rules_checker, legit)


@pytest.mark.parametrize(
    "scam",
    [
        "Chúc mừng bạn trúng thưởng 3.000.000đ, tiền đã được cộng vào tài khoản thành viên, sử dụng tại hệ thống sau khi xác nhận tại quatang-thanhvien.top",
        "Chuc mung ban trung thuong 10 trieu da duoc chuyen vao vi, su dung tai cua hang sau khi lien he Zalo 0987654321 dong phi kich hoat.",
    ],
)
def test_a_credited_prize_with_a_route_stays_a_lure(rules_checker: Checker, scam: str) -> None:
    assert S.PRIZE_LURE in _signals(rules_checker, scam)


# --- a link to a reference brand's own site is the provider's route, not an unofficial link -------------------------


@pytest.mark.parametrize(
    "legit",
    [
        "Giao Hàng Tiết Kiệm: Đơn hàng 84017723 của bạn sẽ được giao trong ngày mai. Tra cứu hành trình tại ghtk.vn.",
        "Bưu điện Việt Nam: Bưu gửi EMS của quý khách đang chờ phát tại bưu cục. Tra cứu tại vnpost.vn.",
        "Pos Malaysia: Bungkusan anda ER448812093MY telah tiba di pejabat pos. Semak status di pos.com.my sebelum mengambilnya.",
    ],
)
def test_a_provider_notice_pointing_to_its_own_site_is_not_flagged(rules_checker: Checker, legit: str) -> None:
    result = rules_checker.check("message", legit)
    assert S.LINK_ACTION not in {s.type for s in result.signals}
    assert not result.flagged


@pytest.mark.parametrize(
    "scam",
    [
        "Giao Hàng Tiết Kiệm: Đơn hàng của bạn bị giữ do sai địa chỉ. Cập nhật tại ghtk-capnhat-diachi.top trong 24h.",
        "Hóa đơn tháng 11 đã được chia sẻ cho bạn. Đăng nhập bằng email công ty để xem tại dropbox.com/scl/fi/hoadon-t11",
    ],
)
def test_a_look_alike_or_a_shared_file_link_stays_an_unofficial_route(rules_checker: Checker, scam: str) -> None:
    assert S.LINK_ACTION in _signals(rules_checker, scam)
