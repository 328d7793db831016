"""Provider notices that name a hotline, and couriers' drivers' mobiles: a card locked after wrong PINs or at the
user's request with the app, branch or site as the way to unlock it and the bank's hotline beside it or closing the
notice, a company's 1900 hotline in a promotion, "if this wasn't you" in Chinese and Arabic with the bank's line,
and a delivery notice giving the driver's own mobile. Next to them, the callback scam stays flagged: a locked card
with only a number to call "now", and a number to call "to cancel the transaction". Each wording is written for
these tests (none is a corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_card_lock_with_app_or_branch_and_hotline(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Thẻ tín dụng của quý khách đã bị khóa do giao dịch bất thường. "
            "Vui lòng gọi ngay 028 3910 4455 để mở khóa.",
            "Tai khoan cua quy khach bi tam khoa. Goi ngay 1900 7788 99 de xac minh va mo khoa.",
            "Your debit card has been suspended. Call 020 3345 8890 now to reactivate it.",
        ],
        [
            "ACB: The ghi no ****7720 bi tam khoa do nhap sai ma PIN 3 lan. Quy khach mo khoa tren ung dung ACB ONE "
            "hoac den chi nhanh gan nhat. Hotline 1800 577 775.",
            "Thẻ tín dụng ****1182 đã được tạm khóa theo yêu cầu của Quý khách. Để mở khóa, vui lòng dùng ứng dụng "
            "ngân hàng hoặc gọi 1900 6767 12.",
            "Tai khoan thanh toan cua QK se bi dong sau 12 thang khong giao dich. Vui long den chi nhanh gan nhat de "
            "kich hoat. Chi tiet LH 1900 5858 77.",
        ],
    )


def test_hotline_in_a_promotion_or_as_site_alternative(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.SHARED_COST,
        [
            "Chúc mừng quý khách trúng thưởng xe máy SH! Gọi ngay hotline 1900 6868 12 để nhận giải.",
            "Quy khach trung thuong 50.000.000d. Lien he tong dai 1900 5454 21 de lam thu tuc nhan giai.",
            "Tài khoản của quý khách bị khóa, gọi 1900 2323 45 ngay để mở khóa.",
        ],
        [
            "HDBank: Miễn phí thường niên năm đầu khi mở thẻ tín dụng trong tháng này. Chi tiết tại hdbank.com.vn "
            "hoặc hotline 1900 5858 77.",
            "Ưu đãi giảm 20% phí chuyển tiền quốc tế đến hết 31/12. Thông tin chi tiết vui lòng gọi tổng đài "
            "1900 6767 12.",
        ],
    )


def test_not_you_notice_in_chinese_and_arabic(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.UNOFFICIAL_SUPPORT_NUMBER,
        [
            "您的银行卡已被冻结，请致电客服 021-6688 1234 解冻。",
            "تم إيقاف حسابك البنكي، اتصل بخدمة العملاء على 600 555 123 لإعادة تفعيله.",
            "您的账户存在异常，已被限制使用，请立即致电客服热线 021-6688 1234 处理。",
        ],
        [
            "您的手机银行已在新设备上登录。如非您本人操作，请立即拨打 021-6688 1234。",
            "你的网银密码已修改成功。如果不是你本人操作，请致电 021-6688 1234。",
            "تم تغيير رقم الجوال المسجل في حسابك. إن لم تقم بذلك اتصل بنا على 600 555 123.",
        ],
    )


def test_call_to_cancel_the_transaction(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "A payment of GBP 640 to TECHSTORE LTD is pending. Call 020 7946 1130 to cancel the payment.",
            "Giao dịch 7.500.000đ tại cửa hàng điện máy đang chờ xử lý. Gọi 028 3812 6600 để hủy giao dịch.",
            "您有一笔 3999 元的订单待支付，如需取消请拨打 021-6688 1234 取消订单。",
            "Transaksi Rp4.200.000 sedang diproses. Hubungi 021 5566 7788 untuk membatalkan transaksi.",
        ],
        [
            "Your payment of GBP 640 to TECHSTORE LTD was completed. Customer service: 020 7946 1130.",
            "Giao dịch 7.500.000đ tại cửa hàng điện máy thành công. Hotline 028 3812 6600.",
            "To cancel an order, open My Orders in the app and tap Cancel.",
        ],
    )


def test_courier_driver_mobile(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.UNOFFICIAL_SUPPORT_NUMBER,
        [
            "Don hang cua ban bi giu tai kho. Lien he CSKH 0912 555 817 va chuyen 25.000d phi luu kho de giao lai.",
            "Bưu kiện của bạn giao không thành công. Liên hệ hỗ trợ 0987 112 334 để nộp phí giao lại 30.000đ.",
            "Paket Anda tertahan di gudang. Hubungi customer service 0812 7788 9900 dan transfer biaya Rp25.000.",
        ],
        [
            "Đơn hàng VN55821 đang được giao. Tài xế Lê Văn Hùng 0912 555 817 sẽ liên hệ trước khi giao.",
            "Don hang dang tren duong giao, shipper Nam SDT 0987112334 se goi cho ban trong hom nay.",
            "Ninja Van: Your parcel is out for delivery. Rider Ahmad, 012-448 9021, will contact you before arrival.",
        ],
    )
