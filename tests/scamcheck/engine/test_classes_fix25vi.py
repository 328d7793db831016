"""Vietnamese legitimate writing that the rules flagged, next to the scam told with the same words: a prize or gift
of a shop's purchase draw, the provider's app, a workplace competition or the writer's own win; a code or password the
writer has already handed over; a bank or authority's "we never call or text asking …" with its ways of contact
listed; "mã xác thực qua Zalo" (the code's name, not a link action); a lock or a cut the writer did or a bill may
bring; a customs fee collected on delivery; money asked of a relative into the family's old account; a payment order
received by e-mail that the accountant checks back; a residents' group reporting impostors. Each wording is written
for these tests (none is a corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_prize_of_a_shop_draw_an_app_gift_or_a_workplace_award(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Chúc mừng quý khách trúng thưởng 1 xe SH trong chương trình bốc thăm tri ân. Vui lòng chuyển khoản "
            "phí nhận thưởng 1.500.000đ để được giao xe.",
            "Bạn nhận được quà tặng sinh nhật 2 triệu. Bấm vào link sau để nhận quà trước 24h.",
            "Chúc mừng anh đạt giải thưởng thi đua quý, liên hệ Zalo 0912 555 831 và đóng phí hồ sơ để nhận tiền.",
        ],
        [
            "Vòng quay may mắn của Lazada: mỗi đơn từ 500K nhận 1 lượt quay trúng xe máy. Xem thể lệ trong ứng dụng, "
            "Lazada không thu phí nhận thưởng dưới mọi hình thức.",
            "Nguyễn Kim: Quý khách trúng phiếu mua hàng 300.000đ trong đợt bốc thăm tháng 5. Phiếu dùng tại cửa hàng, "
            "Nguyễn Kim không thu bất kỳ khoản phí nào.",
            "Galaxy Cinema: bạn có 1 combo bắp nước miễn phí trong ví quà tặng. Đổi trên app Galaxy trước cuối tháng.",
            "Phòng kinh doanh đạt giải Nhì thi đua quý 3, giải thưởng 5 triệu sẽ được trả cùng kỳ lương tháng 10.",
            "Hôm qua tao bốc trúng giải nhì bốc thăm cuối năm công ty, được cái lò vi sóng, mai mang qua cho mẹ.",
        ],
    )


def test_secret_the_writer_already_handed_over(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Em ơi anh lỡ gửi nhầm mã OTP vào số em rồi, em đọc lại mã giúp anh với.",
            "Chị gửi mã xác thực cho em nhé, em cần đăng nhập gấp tài khoản của chị.",
        ],
        [
            "Anh ơi em gửi mã xác thực tài khoản Google Ads của phòng vào nhóm chat nội bộ rồi, anh vào đó lấy nha.",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Anh gửi mật khẩu email công ty cho em để em kiểm tra hộp thư giúp anh nhé.",
        ],
        [
            "Anh Tuấn ơi, em reset pass máy chấm công cho anh rồi nhé, pass mới em dán ở màn hình, anh đổi lại sau.",
        ],
    )


def test_policy_statement_with_listed_ways_of_contact(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Ngân hàng thông báo: tài khoản của quý khách cần cập nhật, vui lòng cung cấp mã OTP cho nhân viên.",
        ],
        [
            "Lưu ý: Công an KHÔNG gọi điện, nhắn tin yêu cầu người dân cài ứng dụng, bấm link hay cung cấp OTP để "
            "xác minh cư trú. Người dân chỉ làm việc tại trụ sở.",
            "Phòng IT nhắc: đổi mật khẩu trên cổng https://id.phuongnam-soft.vn trước thứ Sáu. Lưu ý: IT không bao "
            "giờ hỏi mật khẩu hay mã xác nhận qua Zalo hoặc điện thoại.",
        ],
    )


def test_lock_told_or_cut_that_may_come(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Tài khoản của quý khách sẽ bị khóa trong 24h nếu không xác minh danh tính.",
            "The ATM cua ban da bi khoa, goi ngay tong dai de mo lai.",
        ],
        [
            "Tối qua tao đánh rơi ví, mất cả thẻ tín dụng, gọi ngân hàng khóa thẻ rồi, giờ đi làm lại giấy tờ.",
            "Dien luc: Hoa don thang 6 la 540.000d, han thanh toan 10/07. Qua han co the tam ngung dich vu theo "
            "quy dinh.",
            "Mobifone: thuê bao chuyển từ SIM thường sang eSIM. SIM cũ sẽ ngừng hoạt động sau 1 giờ.",
        ],
    )


def test_fee_collected_on_delivery(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Buu pham cua ban dang bi giu tai hai quan. Vui long chuyen phi thue 350.000d vao STK 0123456789 de "
            "duoc giao hang.",
        ],
        [
            "Viettel Post: kiện hàng quốc tế của bạn đang chờ thông quan, phí thuế nếu phát sinh sẽ được thu khi "
            "giao hàng.",
        ],
    )


def test_relative_asking_into_the_family_account_and_an_order_checked_back(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Mẹ ơi con bị tai nạn đang ở bệnh viện, mẹ phải chuyển gấp 10 triệu vào tk này cho bạn con nhé.",
            "Anh gửi email yêu cầu chuyển 150 triệu cho đối tác rồi, em làm ngay giúp anh, đừng gọi anh đang họp.",
        ],
        [
            "Ba ơi tuần này con phải đóng tiền trọ 3 triệu, ba chuyển vào tk Techcom cũ của con nha, tết con về.",
            "Chị Lan ơi, em bên Kế toán. Em nhận được email của chị yêu cầu chuyển 90 triệu cho đối tác sang tài "
            "khoản mới, theo quy định em cần chị xác nhận trực tiếp. Chị gọi lại em qua số bàn máy lẻ 112 nhé.",
        ],
    )


def test_residents_group_reporting_impostors(checker: Checker) -> None:
    result = checker.check(
        "message",
        "Ban quản trị chung cư nhắc cả nhà: gần đây có người tự xưng nhân viên điện lực nhắn tin bắt quét QR để "
        "đóng tiền điện. Ban quản trị chỉ thu phí tại văn phòng, không gửi QR qua tin nhắn.",
    )
    assert not result.flagged
