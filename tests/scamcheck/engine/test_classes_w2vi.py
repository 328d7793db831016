"""Vietnamese legitimate writing flagged by the rules or by the model's wording alone, second pass, next to the scam
told with the same words: a relative or a colleague asking to be called back by voice (no link, code, account or
new number); a shop's promotion that applies in its stores and on its own site, named after it, with the hotline as
its footer; a teacher's or organiser's mobile in an invitation; the Wi-Fi, door or gate code a request asks for,
named earlier in the sentence; a bill whose supply cut follows a missed due date, with no route but the provider's
own. Each wording is written for these tests (none is a corpus line)."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_call_back_between_people_who_know_each_other(checker: Checker) -> None:
    # With the model: these were flagged by their wording alone (money, urgency, an order to transfer).
    for text in (
        "Mẹ ơi con đổi số rồi, đây là số mới của con, mẹ chuyển giúp con 5 triệu vào stk 0451000123456 nhé, con "
        "không nghe máy được.",
        "Anh ơi em đổi số mới rồi, anh gọi lại em số 0987 112 334 nha, em cần mượn anh 10 triệu gấp.",
        "Em ơi chị kẹt quá, em cho chị mượn 7 triệu gấp nhé, chuyển vào tài khoản này của bạn chị giúp chị, chị "
        "đang họp không nghe máy được.",
        "Sếp ơi em đây, sếp chuyển giúp em 50 triệu cho đối tác vào số tài khoản mới em vừa gửi, đừng gọi em đang họp.",
    ):
        assert checker.check("message", text).flagged, text
    for text in (
        "Anh ơi em đang cần gấp 4 triệu đóng học phí cho thằng Bin, anh cho em mượn đến cuối tháng nha. Anh rảnh "
        "thì gọi lại em, em kể rõ cho.",
        "Chị Ngọc ơi, em bên kế toán đây. Em vừa nhận được email của chị đề nghị thanh toán 85 triệu cho đối tác "
        "vào tài khoản mới, em cần chị xác nhận. Chị gọi lại em qua số máy bàn 028 3822 9911 máy lẻ 304 nhé.",
    ):
        assert not checker.check("message", text).flagged, text


def test_shop_promotion_with_its_own_site_and_hotline_footer(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.SHARED_COST,
        [
            "Chúc mừng quý khách trúng thưởng tivi Sony 55 inch, nhận giải tại quatangsony.com. Hotline 1900 2323 45.",
            "Điện Máy Chợ Lớn: Quý khách trúng voucher 5 triệu, nhận tại dienmaycholon.vn, vui lòng đóng phí kích "
            "hoạt 200.000đ. Hotline 1900 2628.",
            "Siêu Thị Xanh: Bạn được tặng quà 1 triệu, bấm vào sieuthixanh.com để xác nhận. Hotline 1900 6868 12.",
        ],
        [
            "Điện Máy Chợ Lớn: Tuần lễ vàng giảm đến 40% máy lạnh, tặng kèm ống đồng. Mua tại siêu thị hoặc "
            "dienmaycholon.vn. Hotline 1900 2628.",
            "Thế Giới Di Động: Tựu trường giảm đến 3 triệu cho laptop, xem tại cửa hàng hoặc thegioididong.com. "
            "Hotline 1900 2323 33.",
        ],
    )


def test_teacher_or_organiser_mobile_in_an_invitation(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.UNOFFICIAL_SUPPORT_NUMBER,
        [
            "Chúc mừng quý khách trúng thưởng 1 xe máy. Liên hệ cô Hạnh 0977 223 118 để làm thủ tục nhận giải.",
            "Tài khoản của quý khách bị khóa. Liên hệ chị Mai 0903 441 552 để mở khóa.",
        ],
        [
            "Trường Tiểu học Lê Lợi kính mời phụ huynh em Trần Gia Bảo lớp 3A dự họp đầu năm lúc 8h Chủ nhật 14/09 "
            "tại phòng 204. Phụ huynh cần hỏi thêm xin liên hệ thầy Quang 0906 331 287.",
            "CLB Chạy bộ Sông Hàn trân trọng mời các thành viên tham dự buổi giao lưu cuối năm tối thứ Bảy tại nhà "
            "hàng Biển Xanh. Xác nhận tham dự vui lòng liên hệ BTC chị Vy 0935 662 401.",
        ],
    )
    # An invitation that wants a fee for a gift keeps its prize weighed, whoever's mobile it gives.
    assert rules_checker.check(
        "message",
        "Kính mời quý khách tham dự hội nghị tri ân nhận quà tặng 5 triệu, liên hệ cô Lan 0988 776 112 và chuyển phí "
        "giữ chỗ 500.000đ.",
    ).flagged


def test_place_code_named_earlier_in_the_sentence(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Con quên mật khẩu wifi ở nhà rồi, mẹ gửi lại con mã OTP ngân hàng vừa nhận để con chuyển tiền học nhé.",
            "Wifi nhà mình hỏng rồi, con gửi mẹ mã OTP vừa nhận để mẹ đăng nhập lại tài khoản ngân hàng nhé.",
            "Mẹ ơi con đổi điện thoại, mẹ nhắn lại con mã vừa nhận được nhé.",
        ],
        [
            "Anh ơi mật khẩu wifi phòng họp tầng 3 đổi hôm qua rồi hả, anh nhắn lại em mã mới với.",
            "Mẹ ơi con quên pass wifi nhà bà ngoại rồi, mẹ nhắn lại con với, con đến nơi mà không vào được mạng.",
            "Chị ơi mã cửa cổng chung cư mới đổi sáng nay phải không, chị gửi em code mới với nhé.",
        ],
    )


def test_supply_cut_after_a_missed_due_date(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Điện lực: Quý khách quá hạn thanh toán, sẽ bị ngừng cấp điện trong 2 giờ tới. Vui lòng chuyển khoản ngay "
            "980.000đ vào STK 0071000234567.",
            "Điện lực: Quý khách quá hạn thanh toán tiền điện, sẽ ngừng cấp điện hôm nay. Liên hệ nhân viên "
            "0932 556 778 để được gia hạn.",
        ],
        [
            "Cấp nước Gia Định: Tiền nước kỳ 10 của danh bộ 0412 là 214.000đ, hạn thanh toán 28/10. Quá hạn công ty có "
            "thể tạm ngưng cấp nước và cắt nước theo quy định.",
            "Điện lực Thủ Đức: Tiền điện tháng 3 của mã khách hàng PE05 là 968.000đ, hạn thanh toán 15/04. Quá hạn sẽ "
            "tạm ngừng cấp điện theo quy định. Thanh toán trên app EVNHCMC, chi tiết gọi 1900 5454 54.",
        ],
    )
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        ["Điện lực: hóa đơn quá hạn, sẽ ngừng cấp điện. Thanh toán ngay tại evn-hoadon.com để tránh bị cắt."],
        [],
    )
