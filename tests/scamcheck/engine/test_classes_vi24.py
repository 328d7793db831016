"""Round-24 rule classes: the Vietnamese false positives of round 24 (a card locked at the holder's request or after
wrong PINs with the bank's hotline, "be careful when asked to…", "nhận qua dịch vụ bưu chính", a folded "hay"), and the
scam classes written in all seven languages: a sick child's plea into a relative's wallet (vi), booking
deposits "released to another guest", nickel / digital-gold returns, labour-export deposits, eSIM QR codes by chat,
and a QR sent "to receive" a deposit."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_card_locked_at_own_request_or_wrong_pin_with_hotline(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "ACB: The cua Quy khach da bi khoa do nhap sai PIN. Mo khoa tai acb-mokhoa.com truoc 17h hom nay.",
            "Thẻ của quý khách bị tạm khóa do nhập sai mật khẩu, liên hệ Zalo 0912 345 678 để mở khóa ngay.",
            "Tài khoản của bạn bị khóa theo yêu cầu của quý khách? Nếu không phải bạn, "
            "bấm vào http://vcb-hotro.top để hủy.",
        ],
        [
            "OCB: The ghi no ***7781 da duoc tam khoa theo yeu cau cua Quy khach luc 08:12. "
            "De mo the, dung OCB OMNI hoac goi 1800 6678.",
            "SHB: Thẻ tín dụng ****2231 bị tạm khóa do nhập sai PIN 3 lần. Mở khóa "
            "trên SHB Mobile hoặc gọi 1900 545 409.",
            "Your debit card ending 4410 was frozen at your request. Unfreeze it in the app or call 1800 123 456.",
        ],
    )


def test_be_careful_when_asked_and_received_by_post(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Vui lòng chuyển khoản 3 triệu vào STK 0123456789 để hoàn tất hồ sơ",
            "Vui lòng chuyển tiền phí hồ sơ 500.000đ vào tài khoản cá nhân của cán bộ",
            "Yêu cầu chuyển tiền bảo lãnh 20 triệu vào tài khoản tạm giữ trước 17h hôm nay",
        ],
        [
            "Messenger nhắc bạn: hãy cẩn trọng khi được yêu cầu chuyển tiền cho tài khoản lạ.",
            "Ngân hàng lưu ý: cảnh giác khi có người lạ yêu cầu chuyển khoản hoặc cung cấp mã OTP.",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Chuc mung ban trung thuong xe SH, nop phi 2 trieu tai link de nhan qua",
            "Quý khách được nhận quà tri ân 5 triệu, bấm link để nhận ngay",
            "Ban da trung giai iPhone 15, chuyen khoan phi van chuyen 300k de nhan qua",
        ],
        [
            "UBND phuong: Giay khai sinh da co ket qua, vui long den nhan truc tiep hoac "
            "nhan qua dich vu buu chinh cong ich.",
            "CSGT: Xe 51H-123.xx co vi pham ghi nhan qua camera, de nghi den tru so giai quyet.",
        ],
    )


def test_folded_hay_opening_a_clause_is_a_request(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Không cần lo đâu, hãy gửi mã OTP vừa nhận cho em để em hủy giao dịch.",
            "Khong can lo dau, hay gui ma OTP vua nhan cho em de em huy giao dich.",
            "Đừng hoảng, hãy đọc mã xác thực cho anh ngay.",
        ],
        [
            "Không bao giờ cung cấp mã OTP hay gửi tiền cho người lạ.",
            "Không cung cấp mật khẩu, hay gửi mã OTP cho bất kỳ ai.",
            "Khong cung cap mat khau, ma OTP hay gui tien cho bat ky ai.",
        ],
    )


def test_sick_child_plea_into_a_relatives_wallet(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Bé Bin cần mổ tim gấp, xin các mạnh thường quân giúp đỡ, chuyển khoản qua MoMo 0912 000 111 (bố bé)",
            "Mong mọi người hảo tâm giúp cháu chữa bệnh, ck qua số tài khoản 0123456 của mẹ cháu ạ",
            "Xin những tấm lòng hảo tâm ủng hộ, chuyển tiền vào stk 998877 tên bà ngoại bé 🙏",
        ],
        [
            "Cảm ơn các mạnh thường quân đã giúp đỡ bé Bin, ca mổ đã thành công tốt đẹp.",
            "Quỹ Bảo trợ trẻ em công khai sao kê số tiền hảo tâm nhận được trong tháng.",
        ],
    )


def test_booking_deposit_released_to_another_guest(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Homestay bên em còn đúng 1 phòng, anh cọc 1 triệu trong 30 phút nhé, không thì em nhường cho khách khác",
            "The villa is very popular, please transfer the deposit today or it will be released to another guest",
            "Kak, kamarnya tinggal satu, DP 500rb sekarang ya, kalau tidak dilepas ke tamu lain",
            "Rumah sewa ni ramai tanya, bank in deposit RM300 hari ni atau saya bagi kepada penyewa lain",
            "民宿只剩一间了，今天先付定金500，否则就让给其他客人",
            "ห้องเหลือห้องเดียวนะคะ โอนมัดจำภายในวันนี้ ไม่งั้นปล่อยให้แขกอื่นค่ะ",
            "الشقة عليها طلب كبير، حول العربون اليوم والا بعطيها لضيف اخر",
        ],
        [
            "Bên em đã nhận cọc của anh, phòng được giữ đến ngày nhận, không nhường cho khách khác đâu ạ.",
            "Your booking is paid in full; the room will not be released to another guest.",
        ],
    )


def test_nickel_and_digital_gold_fixed_returns(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Chị ơi em đang góp vốn dự án mỏ niken Indonesia, lãi 2% mỗi ngày, vào 10 triệu thôi cũng được",
            "Join our digital gold plan, 1.5% per day paid to your wallet, minimum $200",
            "Investasi tambang nikel, profit 3% per hari, modal 1 juta aja kak",
            "Pelaburan emas digital, pulangan 5% seminggu, boleh mula RM500",
            "数字黄金理财，每天收益1.5%，保本保息，微信联系我",
            "ลงทุนทองคำดิจิทัล ผลตอบแทนคงที่ วันละ1%",
            "استثمر في الذهب الرقمي بعائد ثابت 2% يوميا",
        ],
        [
            "Giá vàng hôm nay tăng 1%, tích lũy vàng tại PNJ mở cửa đến 21h.",
            "Your gold savings account balance is 2.5 grams as of today.",
            "Harga nikel dunia naik 3% minggu ini menurut laporan bursa.",
        ],
    )


def test_labour_export_deposit_to_a_person(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Đơn hàng Nhật Bản lương 35tr, em cọc trước 20 triệu phí hồ sơ, chuyển "
            "khoản vào STK của chị để giữ suất nhé",
            "Factory jobs in Japan, salary $2,500. Pay the visa fee of $800 by "
            "transfer to my account to secure your slot",
            "Lowongan kerja ke Jepang, gaji 25 juta. Biaya visa 5 juta transfer ke rekening saya dulu ya",
            "Kerja kilang di Korea gaji RM8000, yuran visa RM2000 bank in ke akaun saya dulu",
            "去日本工作月薪2万，先交押金5000，转账到我个人账户",
            "ไปทำงานเกาหลี เงินเดือนดี จ่ายค่าวีซ่า 20000 บาท โอนเข้าบัญชีพี่ก่อนนะ",
            "وظيفة في اليابان براتب ممتاز، رسوم الفيزا 3000 حولها على حسابي اليوم",
        ],
        [
            "Trung tâm Lao động ngoài nước: đơn hàng Nhật Bản tuyển 20 kỹ sư, phí nộp tại trụ sở có hóa đơn.",
            "Our company's jobs in Japan have no placement fee; interviews are held at our office.",
        ],
    )


def test_esim_qr_by_chat(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Nhà mạng hỗ trợ: em gửi anh mã QR eSIM qua Zalo, anh quét để nâng cấp SIM 5G nhé",
            "Hi, this is your carrier. Scan the eSIM QR code I sent you on WhatsApp to activate 5G",
            "Kak, ini kode QR eSIM untuk upgrade ke 5G, scan ya biar nomornya tidak diblokir",
            "Encik, imbas kod QR eSIM ni untuk naik taraf ke 5G, nanti talian tak terputus",
            "您好，esim升级5G，扫我发的二维码就能激活",
            "ค่ายมือถือแจ้ง สแกนคิวอาร์ esim ที่ส่งให้ทางไลน์ เพื่ออัปเกรด 5G",
            "تفعيل esim: امسح رمز qr الذي ارسلته لك على واتساب لترقية الشريحة",
        ],
        [
            "Viettel: Quý khách đã chuyển đổi thành công sang eSIM tại cửa hàng.",
            "Your eSIM is now active on your phone. Thank you for choosing us.",
            "e&: لتفعيل شريحة eSIM الجديدة امسح رمز QR المرسل إلى بريدك الإلكتروني المسجل من إعدادات الهاتف.",
            "MobiFone: Ma QR eSIM de kich hoat SIM moi da duoc gui ve email dang ky cua Quy khach.",
        ],
    )


def test_qr_sent_to_receive_a_deposit(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Chị ơi em gửi mã QR để chị nhận cọc 1 triệu nhé, chị quét bằng app ngân hàng là xong",
            "Anh quét mã này bằng app ngân hàng rồi bấm xác nhận là tiền về tài khoản anh liền",
            "Em gửi mã QR để bạn nhận tiền hoàn đơn, quét xong bấm xác nhận chuyển là tiền vào ạ",
        ],
        [
            "Chị gửi em mã QR tài khoản của chị nhé, em chuyển cọc 1 triệu cho chị.",
            "Anh đã nhận được tiền cọc rồi, cảm ơn em.",
        ],
    )
