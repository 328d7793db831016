"""Classes of round 21 in Indonesian, Malay, Thai and Vietnamese, second pass: an IT staffer who needs the password, a
refund done by following the caller in the bank app, a giveaway's shipping fee, a cooperative's loan by chat, a parcel
"with contraband" and an officer to call, a refund moved to a chat agent, a tax refund entered at an unofficial link (a link check: official sites are not weighed), a QR voucher that asks
the OTP, a friend's trading testimony, a borrowed phone asking money, SIM re-registration by chat. Each scam wording is
written for these tests (none is a corpus line), with legitimate counterparts in the same vocabulary; rules only."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_it_staffer_asking_for_the_password(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Bu, saya dari tim IT kantor pusat, mau reset akun email Ibu. Boleh kirimkan password Ibu yang sekarang?",
            "Helo cik, saya dari unit IT. Sistem emel sedang dinaik taraf, saya perlukan kata laluan cik sekejap",
            "Chào chị, em bên IT công ty đang chuyển dữ liệu email, chị cho em xin mật khẩu đăng nhập nhé",
            "สวัสดีครับ ผมจากฝ่ายไอทีกำลังย้ายระบบอีเมล ขอรหัสผ่านของคุณหน่อยครับ",
        ],
        [
            "Tim IT tidak pernah meminta password. Kalau lupa password, reset sendiri lewat portal",
            "Unit IT: jangan kongsi kata laluan dengan sesiapa, termasuk staf IT",
            "Phòng IT nhắc: không bao giờ gửi mật khẩu cho bất kỳ ai",
        ],
    )


def test_refund_by_following_the_caller_in_the_app(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Kak, ada kompensasi keterlambatan paket Rp 250.000. Silakan buka aplikasi OVO lalu ikuti petunjuk saya satu per satu",
            "Puan, pampasan untuk tempahan yang dibatalkan akan diproses. Buka apps bank puan, saya guide langkah demi langkah",
            "Tuan boleh dapat bayaran balik, tapi perlu buat transaksi reverse dalam aplikasi bank dulu",
            "Anh được hoàn tiền đơn hàng lỗi, anh mở app ngân hàng rồi làm theo hướng dẫn của em nhé",
        ],
        [
            "Refund pesanan Anda sudah diproses dan akan masuk ke saldo e-wallet dalam 3 hari kerja",
            "Bayaran balik anda telah dikreditkan ke akaun bank dalam tempoh 7 hari bekerja",
            "Tiền hoàn đã về ví của bạn, mở app để xem lịch sử giao dịch",
        ],
    )


def test_giveaway_that_asks_the_shipping_fee(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Selamat, akun kamu terpilih jadi pemenang giveaway headset! Cukup bayar ongkir 85rb ke admin ya",
            "Tahniah, anda pemenang giveaway kami! Sila bank in kos penghantaran RM25 untuk hadiah dihantar",
        ],
        [
            "Pemenang giveaway sudah diumumkan, hadiah dikirim gratis ongkir oleh toko",
            "Pemenang cabutan bertuah boleh ambil hadiah di kaunter, tiada sebarang bayaran",
        ],
    )


def test_cooperative_loan_offered_by_chat(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Koperasi Maju Bersama menawarkan pinjaman dana tunai tanpa agunan, cair hari ini. Balas YA untuk daftar",
            "Koperasi Sejahtera tawarkan pinjaman peribadi kadar 3% setahun, potongan gaji. Whatsapp kami untuk mohon",
        ],
        [
            "Rapat anggota koperasi membahas pinjaman anggota hari Sabtu di balai desa",
            "Penyata tahunan koperasi: jumlah pinjaman ahli meningkat tahun ini",
        ],
    )


def test_parcel_with_contraband_and_an_officer_to_call(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Paket atas nama Anda berisi narkoba, segera hubungi petugas kepolisian di nomor ini",
            "Bungkusan anda didapati mengandungi dadah. Sila hubungi pegawai polis bertugas segera",
            "Bưu phẩm của bạn có chứa hàng cấm, liên hệ ngay cán bộ điều tra để giải quyết",
        ],
        [
            "Bungkusan anda telah tiba di pejabat pos, sila ambil di kaunter",
            "Bưu phẩm của bạn đã đến bưu cục, vui lòng mang CCCD đến nhận",
        ],
    )


def test_refund_moved_to_a_chat_agent(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Untuk refund tiket pesawat yang dibatalkan, silakan chat WhatsApp agen kami di nomor berikut",
            "Penerbangan anda dibatalkan. Untuk bayaran balik, sila add WhatsApp pegawai kami sekarang",
            "Chuyến bay bị hủy, để hoàn tiền anh vui lòng kết bạn Zalo nhân viên hỗ trợ",
        ],
        [
            "Refund tiket yang dibatalkan diproses otomatis ke metode pembayaran awal",
            "Vé bị hủy sẽ được hoàn tiền về thẻ thanh toán trong 7 ngày",
        ],
    )


def test_tax_refund_claimed_at_a_link(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LINK_ACTION,
        [
            "Anda berhak atas pengembalian pajak Rp 1.250.000. Lengkapi data rekening di tautan berikut: djp-restitusi.info/klaim",
            "Bạn được hoàn thuế TNCN 3.200.000đ, vui lòng điền thông tin tài khoản tại đường link hoanthue-gdt.top",
            "แจ้งคืนภาษี ท่านได้รับเงินคืน กรุณากรอกข้อมูลบัญชีที่ลิงก์ rd-taxback.online ภายในวันนี้",
        ],
        [
            "Pengembalian pajak Anda telah ditransfer ke rekening yang terdaftar di DJP",
            "Restitusi pajak: lengkapi data rekening di djponline.pajak.go.id sebelum akhir bulan",
            "ท่านได้รับเงินคืนภาษีเข้าบัญชีพร้อมเพย์ที่ผูกกับเลขบัตรประชาชนแล้ว",
        ],
    )


def test_qr_voucher_that_asks_the_otp(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Scan QR di meja untuk voucher gratis Rp 100rb, lalu masukkan nomor HP dan kode OTP yang masuk",
            "Imbas QR di kaunter untuk baucar percuma, kemudian masukkan nombor telefon dan kod TAC anda",
            "Quét mã QR để nhận voucher miễn phí, sau đó nhập số điện thoại và mã OTP",
        ],
        [
            "Scan QR di meja untuk melihat menu dan memesan makanan",
            "Quét mã QR để xem thực đơn, thanh toán tại quầy",
        ],
    )


def test_friends_trading_testimony_with_an_invitation(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Bro, aplikasi trading emas yg aku pake ini beneran profit tiap minggu. Coba deh, daftar lewat aku aja",
            "Chị ơi app đầu tư coin em chơi lãi đều mỗi ngày luôn, tối nay em chỉ chị làm thử nha",
            "Sàn crypto bạn em giới thiệu em vừa rút 20 triệu, anh nạp thử đi",
        ],
        [
            "Aplikasi trading saham saya rugi bulan ini, jangan ikut-ikutan ya",
            "Bạn có biết app đầu tư nào uy tín không, mình đang tìm hiểu",
        ],
    )


def test_borrowed_phone_or_account_asking_money(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Kak ini aku, hp aku hilang di angkot, ini pinjam hp temen. Bisa pinjam 500rb dulu? Nanti aku ganti",
            "Bang, ni adik, fon adik hilang, guna fon kawan. Boleh pinjam RM300, masuk akaun kawan adik ni",
            "Mẹ ơi con mượn máy bạn nhắn, điện thoại con bị mất, mẹ chuyển cho con 3 triệu vào stk này nhé",
            "ป้าคะ หนูยืมโทรศัพท์เพื่อนพิมพ์ มือถือหนูหาย ขอยืมเงิน 2,000 ก่อนได้ไหมคะ",
        ],
        [
            "Kak, hp aku hilang, ini nomor baru aku ya. Simpen aja",
            "Mẹ ơi điện thoại con bị mất, đây là số mới của con, mẹ lưu lại nhé",
        ],
    )


def test_sim_reregistration_with_id_photos_by_chat(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Nha mang thong bao: thue bao can dang ky lai chinh chu, gui anh CCCD hai mat qua Zalo so nay de giu SIM",
            "Thuê bao của quý khách cần đăng ký lại, chụp ảnh CCCD 2 mặt gửi qua Zalo cho nhân viên",
        ],
        [
            "Quý khách cập nhật thông tin thuê bao tại cửa hàng giao dịch, mang theo CCCD bản gốc",
            "Đăng ký lại thông tin thuê bao trên ứng dụng My Viettel, không gửi ảnh CCCD qua Zalo",
        ],
    )


def test_home_job_sold_with_a_kit_fee(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "รับงานประกอบของอยู่บ้าน ชิ้นละ 3 บาท โอนค่ามัดจำชุดแรก 500 บาทก่อนเริ่มงาน",
            "Lowongan kerja packing dari rumah, gaji per pcs. Transfer biaya alat dan bahan 150rb dulu ya",
            "Nhận việc đóng gói tại nhà, trả theo sản phẩm, chuyển tiền cọc nguyên liệu 300k để nhận hàng",
        ],
        [
            "บริษัทรับสมัครพนักงานแพ็คของประจำคลังสินค้า มีประกันสังคม สัมภาษณ์ที่บริษัท",
            "Lowongan staf packing gudang, gaji UMR, tanpa biaya apa pun",
        ],
    )


def test_paid_liking_job(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        ["หางานเสริม กดไลค์คลิปวิดีโอ ทำที่บ้านได้ รายได้วันละ 500-1,500 บาท ทักไลน์มาเลย"],
        ["อย่าลืมกดไลค์กดติดตามช่องของเราด้วยนะคะ แล้วพบกันคลิปหน้า"],
    )


def test_loan_from_a_state_bank_page(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        ["ธ.ก.ส. เปิดสินเชื่อเพื่อเกษตรกร ดอกเบี้ยต่ำ สมัครผ่านเพจ สินเชื่อเกษตรกรไทย ได้ทันที"],
        ["ธนาคารออมสินเปิดลงทะเบียนสินเชื่อผ่านแอป MyMo เท่านั้น ระวังเพจปลอม"],
    )


def test_arrears_paid_at_a_discount_by_qr(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Iuran Anda tertunggak 3 bulan. Scan QR terlampir untuk melunasi, dapat potongan 40% hari ini",
            "Hóa đơn điện của bạn quá hạn 2 kỳ, quét mã QR đính kèm để thanh toán và được giảm 30% phí phạt",
        ],
        [
            "Tagihan Anda tertunggak, silakan bayar lewat aplikasi resmi atau kantor cabang",
            "Hóa đơn điện quá hạn, vui lòng thanh toán tại quầy hoặc ứng dụng chính thức",
        ],
    )


def test_chain_appeal_into_an_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Mari bantu korban gempa, donasi ke rek BRI 0981 2233 4455 6 a/n Rumah Peduli. Sebarkan ke grup lain ya",
            "Derma untuk mangsa ribut, sila masukkan ke akaun CIMB 8001-223-445 atas nama tabung kami. Kongsikan!",
            "Chung tay ủng hộ bà con vùng lũ, stk 1903 4455 6677 tại Techcombank, mọi người chia sẻ giúp",
            "น้องป่วยหนักต้องผ่าตัด ร่วมบริจาคผ่านพร้อมเพย์ด้านล่าง ช่วยกันแชร์ต่อนะคะ",
        ],
        [
            "Laporan donasi korban gempa sudah kami sebarkan, terima kasih para donatur",
            "Cảm ơn mọi người đã chia sẻ, đợt ủng hộ bà con vùng lũ đã kết thúc",
        ],
    )


def test_roommate_reporting_an_accident(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Bác ơi cháu là bạn cùng trọ của Hùng, Hùng bị tai nạn đang cấp cứu, bác chuyển tiền viện phí qua số tài khoản cháu nhé",
            "Makcik, saya kawan serumah Amin. Amin kemalangan, masuk hospital, perlu bank in RM2000 ke akaun saya untuk deposit",
        ],
        [
            "Bác ơi cháu là bạn cùng phòng của Hùng, Hùng bị ngã xe nhẹ, đã khám xong, bác yên tâm",
        ],
    )
