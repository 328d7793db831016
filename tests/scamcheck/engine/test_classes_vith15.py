"""Vietnamese and Thai classes from the misses of blind round 15 (lexicon._FEES_DEPOSITS_REFERENCES_AND_ID_REPLIES),
Vietnamese written with and without tone marks, each with legitimate messages in the same vocabulary that must not get
the class's signal. Rules-only checker, so these hold whatever the trained model learns. The messages are written for
these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a school, class or utility "changing how fees are collected", with a QR code or an account to pay into ------


def test_changed_fee_collection_with_a_qr_or_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Thông báo từ lớp 3A: Từ tháng này nhà trường đổi hình thức thu tiền bán trú, phụ huynh chuyển khoản vào STK cô Hạnh 0987 112 334 Techcombank trước thứ 6.",
            "Trung tam Anh ngu thong bao thay doi phuong thuc dong hoc phi khoa he, phu huynh vui long quet ma QR trong anh de thanh toan 3.200.000d.",
            "Điện lực thông báo thay đổi hình thức thu tiền điện tháng 7: quý khách quét mã QR bên dưới để chuyển khoản, hạn chót 10/7.",
            "ประกาศจากโรงเรียน: เปลี่ยนช่องทางการชำระค่าเทอม ผู้ปกครองสแกนคิวอาร์ด้านล่างเพื่อโอนเงิน 12,500 บาท ภายในวันศุกร์",
            "ทางหอพักเปลี่ยนวิธีการเก็บค่าเช่า ตั้งแต่เดือนนี้โอนเข้าบัญชีผู้จัดการ 123-4-56789-0",
        ],
        [
            "Nhà trường thay đổi hình thức thu học phí từ học kỳ 2: phụ huynh thanh toán qua ứng dụng SMAS, không chuyển khoản cho giáo viên.",
            "Tu hoc ky nay nha truong doi hinh thuc thu hoc phi sang thu qua cong thanh toan cua So, phu huynh xem huong dan tren website truong.",
            "โรงเรียนเปลี่ยนช่องทางการชำระค่าเทอมเป็นผ่านแอปธนาคารเท่านั้น ไม่รับโอนเข้าบัญชีบุคคล",
        ],
    )


# --- a donation into the account of a sick child's mother or family, or a personal one -----------------------


def test_donation_into_a_family_or_personal_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Xin mọi người chung tay giúp bé Na 6 tuổi bị tim bẩm sinh, cần 200 triệu mổ gấp. Mọi sự ủng hộ xin gửi về số tài khoản của mẹ bé: 1903 5566 7788 Techcombank.",
            "Quyen gop giup em Tuan bi tai nan nang, moi tam long xin chuyen ve tk bo chau 0912 884 221 Agribank",
            "Kêu gọi ủng hộ gia đình anh Sơn vừa mất nhà do lũ, mọi đóng góp xin gửi stk cá nhân của em 0365 221 908 MB, em sẽ chuyển tận tay.",
            "ขอความช่วยเหลือค่าผ่าตัดหัวใจน้องเมย์ ยังขาดอีก 50,000 บาท ร่วมโอนเข้าบัญชีแม่น้อง ไทยพาณิชย์ 123-456789-0",
        ],
        [
            "Quỹ Bảo trợ trẻ em Việt Nam tiếp nhận ủng hộ bé Na qua số tài khoản của Quỹ tại Vietcombank, có sao kê công khai hằng tuần.",
            "Cam on moi nguoi da ung ho be Na, me be da nhan du chi phi mo va gui loi cam on.",
            "มูลนิธิรามาธิบดีรับบริจาคผ่านบัญชีมูลนิธิ ออกใบเสร็จลดหย่อนภาษีได้",
        ],
    )


# --- a marketplace "upgrade" with a review fee, or a fee into an "authorised partner's" account ----------------


def test_marketplace_upgrade_fee(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Lazada: Shop của bạn được chọn nâng cấp lên LazMall. Vui lòng nộp phí thẩm định 2.500.000đ để hoàn tất hồ sơ trong 48 giờ.",
            "TikTok Shop: gian hang du dieu kien len Mall chinh hang, phi kich hoat 1.500.000d chuyen vao tai khoan doi tac uy quyen ben duoi.",
            "Shopee: Để duyệt gian hàng Shopee Mall, bạn cần thanh toán phí ký quỹ 5.000.000đ vào TK đối tác được ủy quyền của Shopee.",
            "Lazada: ร้านค้าของคุณได้รับสิทธิ์อัปเกรดเป็น LazMall ชำระค่าธรรมเนียมตรวจสอบ 1,990 บาท ภายในวันนี้",
        ],
        [
            "Shopee: Gian hàng của bạn đủ điều kiện nâng cấp lên Shopee Mall. Đăng ký miễn phí trong Kênh Người Bán, Shopee không thu phí xét duyệt.",
            "Lazada: phí cố định và phí thanh toán sẽ được trừ tự động vào doanh thu của Shop, không cần chuyển khoản.",
            "LazMall: ร้านค้าที่อัปเกรดเป็น LazMall ไม่มีค่าธรรมเนียมแรกเข้า ดูรายละเอียดใน Seller Center",
        ],
    )


# --- a courier who left the parcel with the guard and wants the fee in his own account --------------------------


def test_courier_fee_into_his_account_parcel_left_with_the_guard(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            # (the call that did not get through, "không nghe máy", is a state, not a negation of the request)
            "Chị ơi em giao hàng tới mà gọi chị không nghe máy, em gửi hàng ở bảo vệ rồi nhé, tiền thu hộ 289k chị chuyển khoản giúp em vào stk 0387 654 321 Vietcombank.",
            "anh oi e de hang o le tan toa nha roi, phi ship 25k a chuyen giup e qua stk 0912345678 MB nha",
            "Em shipper đây ạ, đơn COD 350k chị ck vào tk em 1234 5678 90 ACB giúp em, em để hàng chỗ bảo vệ rồi ạ.",
            "พี่ครับ ผมฝากพัสดุไว้กับ รปภ. แล้วนะครับ ค่าส่ง 45 บาท รบกวนโอนเข้าบัญชีผม กสิกร 123-4-56789-0",
        ],
        [
            "Chị ơi em gửi hàng ở bảo vệ rồi nhé, đơn đã thanh toán trước nên chị không cần trả thêm gì ạ.",
            "Em shipper gửi hàng ở bảo vệ rồi nha, chị không chuyển khoản vào stk nào hết, shop thu rồi.",
            "Shop đã nhận đủ tiền hàng qua chuyển khoản vào stk của shop, đơn sẽ giao trong 2 ngày.",
            "ฝากพัสดุไว้กับ รปภ. แล้วนะครับ ชำระเงินเรียบร้อยแล้ว ไม่ต้องโอนเพิ่ม",
        ],
    )


# --- a stay paid 100 % up front into an account that is not a company's ---------------------------------------


def test_full_deposit_for_a_stay_into_an_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Villa Vũng Tàu còn trống tối thứ 7 ạ, giá 3.500.000đ/đêm. Anh chị chuyển khoản trước 100% để em giữ căn, số tài khoản em gửi ngay bên dưới.",
            "Phong homestay Sa Pa cuoi tuan con 2 phong, khach coc full giup em de giu cho, stk: 0123 456 789 Vietcombank",
            "Khách sạn bên em dịp lễ chỉ nhận đặt cọc 100% ạ, chị chuyển vào stk quản lý 0977 665 544 giúp em.",
            "โฮมสเตย์เขาใหญ่ว่าง 1 หลังคืนวันเสาร์ค่ะ ต้องโอนเต็มจำนวนก่อนนะคะถึงจะล็อกคิวให้ เลขบัญชีส่งให้ด้านล่างค่ะ",
        ],
        [
            "Khách sạn Mường Thanh xác nhận đặt phòng, quý khách thanh toán trước 100% vào tài khoản Công ty CP Tập đoàn Mường Thanh, STK ghi trên hóa đơn.",
            "Homestay bên em chỉ nhận cọc 30%, phần còn lại thanh toán khi nhận phòng.",
            "โรงแรมรับชำระเต็มจำนวนผ่านบัญชีบริษัทเท่านั้น ออกใบกำกับภาษีได้",
        ],
    )


# --- the "reference person" of someone else's overdue loan, told to pay or be exposed ---------------------------


def test_loan_reference_person_threatened(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Công ty tài chính thông báo: anh/chị được khai là người tham chiếu của khách hàng Lê Văn Tám, khoản vay đã quá hạn 45 ngày. Đề nghị anh/chị thanh toán thay trước 17h hôm nay.",
            "Ban la nguoi lien he khan cap cua Pham Thi Hoa, khoan no da tre han 20 ngay. Neu khong tat toan, chung toi se dang anh cua ban len mang va gui cho danh ba.",
            "App vay Tiền Ơi: số của chị nằm trong danh sách người tham chiếu của em chị, em chị bùng nợ 8 triệu. Chị trả giúp không thì bọn tôi gửi ảnh em chị cho cả họ.",
            "คุณเป็นบุคคลอ้างอิงของนายสมชาย ซึ่งค้างชำระสินเชื่อ 15,000 บาท กรุณาชำระแทนภายในวันนี้ ไม่เช่นนั้นจะส่งรูปไปที่ทำงานของคุณ",
            "Anda terdaftar sebagai kontak darurat dari Budi Santoso yang menunggak pinjaman di aplikasi DanaCepat. Segera bayarkan Rp 3.200.000 atau data dan foto Anda kami sebar ke grup.",
            "Anda ialah kenalan kecemasan kepada Ali bin Abu yang mempunyai tunggakan pinjaman RM2,500. Sila bayar hari ini atau gambar anda akan disebarkan.",
            "You are listed as an emergency contact for Mark Chen, whose loan is 40 days overdue. Pay $900 today or we will send his file to all his contacts.",
        ],
        [
            "Chị ơi em điền tên chị làm người tham chiếu khi vay mua xe, nếu ngân hàng gọi xác minh thì chị xác nhận giúp em nhé.",
            "Ngân hàng thông báo: khoản vay của Quý khách đã quá hạn 3 ngày, vui lòng thanh toán qua ứng dụng để tránh phí phạt.",
            # a guarantor does owe the debt: the bank may ask them
            "ธนาคารแจ้งผู้ค้ำประกัน: ผู้กู้ค้างชำระ 3 งวด ท่านในฐานะผู้ค้ำประกันโปรดติดต่อสาขา",
            "Saya pakai nomor kamu sebagai kontak darurat waktu daftar kerja ya, kalau HRD telepon tolong dijawab.",
            "Please update your emergency contact in the HR portal before Friday.",
        ],
    )


# --- a paid plan "registered" that the reader did not ask for, to cancel by calling a number ---------------------


def test_unordered_plan_to_cancel_by_calling(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Chúc mừng quý khách đã kích hoạt thành công gói Bảo hiểm xe máy Plus 1.450.000đ/năm. Phí sẽ trừ tự động vào thẻ. Nếu quý khách không yêu cầu, liên hệ 1900 6868 99 để hủy.",
            "Ban da dang ky goi nhac cho VIP 15.000d/ngay, cuoc se tru vao tai khoan chinh. Neu ko dang ky, goi 1900 5588 de huy ngay.",
            "Quý khách đã gia hạn thành công gói Netflix Premium 260.000đ/tháng. Nếu không phải quý khách, gọi 1900 2233 để hủy và hoàn tiền.",
            "ท่านได้สมัครบริการประกันอุบัติเหตุสำเร็จ ค่าเบี้ย 1,290 บาท จะหักจากบัญชีของท่านพรุ่งนี้ หากท่านไม่ได้สมัคร โทร 02-123-4567 เพื่อยกเลิก",
        ],
        [
            "Viettel: Quý khách đã đăng ký thành công gói ST90 (90.000đ/30 ngày). Để hủy, soạn HUY ST90 gửi 191.",
            "Vietcombank: Quý khách đã đăng ký thành công dịch vụ SMS Banking. Nếu không phải quý khách thực hiện, vui lòng gọi 1900 545413 để được hỗ trợ.",
            "AIS: ท่านสมัครแพ็กเกจเน็ต 299 บาท/เดือน สำเร็จแล้ว ยกเลิกได้ที่ *121 หรือแอป myAIS",
        ],
    )


# --- a reply to the message with the national ID number (a SIM change "approved", a service to stop) ------------


def test_reply_with_the_national_id_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "DTAC: มีการขอย้ายค่ายเบอร์ของท่านไปยังผู้ให้บริการอื่น หากไม่ใช่ท่าน กรุณาตอบกลับข้อความนี้ด้วยเลขประจำตัวประชาชนเพื่อระงับ",
            # ("หากไม่ได้..." is the notice's condition, not a negation of the reply it asks for)
            "AIS: eSIM ของเบอร์ 08x-xxx-1234 ถูกเปิดใช้งานบนเครื่องใหม่สำเร็จแล้ว หากไม่ได้ทำรายการ พิมพ์ตอบเลขบัตรประชาชน 13 หลักเพื่อยกเลิก",
            "Viettel: Yêu cầu đổi SIM 4G cho thuê bao của quý khách đã được duyệt. Nếu không phải quý khách, trả lời tin nhắn này với số CCCD và ngày sinh để hủy.",
            "Mobifone: SIM cua ban se bi khoa 2 chieu do chua chuan hoa thong tin. Vui long phan hoi tin nhan nay kem so CCCD de cap nhat.",
        ],
        [
            "AIS: ลูกค้าที่ต้องการเปลี่ยนซิม กรุณานำบัตรประชาชนตัวจริงไปที่ศูนย์บริการ ห้ามส่งเลขบัตรประชาชนทาง SMS",
            "Viettel: Để chuẩn hóa thông tin thuê bao, quý khách mang CCCD gắn chip đến cửa hàng Viettel gần nhất. Viettel không yêu cầu trả lời tin nhắn kèm số CCCD.",
        ],
    )


# --- a call that did not get through is a state, not a negation; "không nghe theo" still is -----------------


def test_vietnamese_call_not_answered_is_no_negation(rules_checker: Checker) -> None:
    scam = "Em shipper đây, gọi anh không nghe máy, phí ship 30k anh ck giúp em vào stk 0912 345 678 nhé, em gửi hàng ở bảo vệ rồi."
    legit = "Chị ơi em gửi hàng ở bảo vệ rồi, ai nhắn phí ship chị không nghe theo, không chuyển khoản vào stk nào nhé, shop đã trả."
    assert S.PAYMENT_REQUEST in rules_checker.check("message", scam).signal_types()
    assert S.PAYMENT_REQUEST not in rules_checker.check("message", legit).signal_types()
