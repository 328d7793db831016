"""Classes of round 21 in Indonesian, Malay, Thai and Vietnamese, each with scam wordings written for these tests
(none is a corpus line) and legitimate counterparts in the same vocabulary. Rules-only checker, so these hold whatever
the trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a duty or fine paid into an officer's own account ------------------------------------------------------------


def test_duty_into_an_officers_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Paket kiriman luar negeri Anda tertahan, silakan transfer pajak impor ke rekening petugas yang kami kirim hari ini",
            "Kastam: cukai bungkusan anda perlu dijelaskan, sila bank in ke akaun pegawai bertugas sebelum jam 5 petang",
            "Hồ sơ của bạn đang bị điều tra, yêu cầu chuyển tiền bảo lãnh vào tài khoản của cán bộ thụ lý trong hôm nay",
            "พัสดุของคุณติดภาษีนำเข้า กรุณาโอนเงินเข้าบัญชีเจ้าหน้าที่ภายในวันนี้",
        ],
        [
            "Pajak impor paket bisa dibayar lewat e-Billing bea cukai dengan kode billing, petugas tidak menerima uang tunai",
            "Kastam: cukai bungkusan boleh dibayar di kaunter pejabat kastam atau melalui portal rasmi",
            "Phí hải quan được thanh toán tại cổng dịch vụ công, cán bộ không nhận tiền mặt",
            "ชำระภาษีนำเข้าได้ที่เคาน์เตอร์กรมศุลกากรหรือผ่านระบบออนไลน์ของกรม",
        ],
    )


# --- a gift from an admirer, held at customs until the reader pays -------------------------------------------------


def test_gift_held_at_customs(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Sayang, aku kirim hadiah kalung buat kamu, tapi katanya tertahan di bea cukai, kamu bayar dulu biayanya ya nanti aku ganti",
            "Anh đã gửi thùng quà cho em từ Anh quốc, nhân viên hải quan sẽ liên hệ, em nộp giúp anh tiền phí thông quan nhé",
            "ฉันส่งกล่องของขวัญไปให้คุณแล้ว ถ้าศุลกากรโทรมา คุณช่วยจ่ายค่าภาษีก่อนนะ",
        ],
        [
            "Paket hadiah ulang tahun dari kantor sudah dikirim, sudah termasuk ongkir dan bea cukai",
            "Mẹ gửi quà cho con qua bưu điện rồi, thủ tục hải quan bên đó lo hết, con chỉ việc nhận thôi",
        ],
    )


# --- a donation to an e-wallet mobile number -----------------------------------------------------------------------


def test_donation_to_an_ewallet_mobile_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Kutipan derma untuk mangsa kebakaran rumah di Kuala Krai, sila salurkan melalui DuitNow 017-882 4410, kongsi ye",
            "Tabung sumbangan rawatan kanser pakcik Rahim, boleh derma ke TNG 0196634021. Terima kasih semua",
        ],
        [
            "Kutipan derma masjid boleh dibuat di kaunter pejabat masjid atau melalui akaun rasmi Maybank masjid",
            "Terima kasih atas derma anda melalui DuitNow QR Tabung Masjid, resit akan dihantar",
        ],
    )


# --- a new QR or account because the old one is closed or faulty ---------------------------------------------------


def test_new_qr_because_the_old_account_is_closed(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Ban quản lý thông báo: từ tháng này phí gửi xe đóng qua mã QR mới bên dưới, tài khoản cũ đã khóa nên đừng chuyển vào nữa",
            "Shop báo khách: tk cũ bị lỗi rồi, chị chuyển tiền đơn hàng vào stk mới này giúp em",
            "แจ้งลูกบ้าน: บัญชีเดิมของสมาคมปิดแล้ว กรุณาชำระค่าน้ำผ่าน QR ใหม่ที่แนบมา",
        ],
        [
            "Ban quản lý thông báo phí gửi xe tháng này không đổi, đóng tại quầy lễ tân như mọi khi",
            "นิติบุคคลแจ้ง ค่าส่วนกลางชำระได้ที่สำนักงานนิติ ช่องทางเดิมไม่มีการเปลี่ยนแปลง",
        ],
    )


# --- a romance persona at sea or in an army, with a stranger's approach --------------------------------------------


def test_romance_persona_at_sea_or_in_an_army(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Hai, aku lihat fotomu di grup komunitas. Aku Mark, kerja di rig minyak lepas pantai di Laut Utara. Boleh kenalan?",
            "Selamat malam awak. Sy jurutera di pelantar minyak luar pesisir. Boleh kita berkawan? Sy rasa awak baik",
            "Chào em, anh là bác sĩ quân y làm nhiệm vụ gìn giữ hòa bình ở châu Phi, anh muốn làm quen với em",
            "สวัสดีครับ ผมเป็นวิศวกรทำงานบนแท่นขุดเจาะน้ำมัน อยากขอรู้จักคุณครับ",
        ],
        [
            "Sayang, aku udah sampai di rig minyak, sinyal jelek, nanti aku telpon ya",
            "Abang dah sampai pelantar minyak, rindu anak-anak, cium Aisyah untuk abang",
            "Anh ra giàn khoan rồi, hai tuần nữa anh về, em giữ sức khỏe nhé",
            "พ่อถึงแท่นขุดเจาะแล้วนะ อีกสองอาทิตย์กลับบ้าน",
        ],
    )


# --- a recruiter who "found your CV on a job board", a task job, then a chat app -----------------------------------


def test_recruiter_from_a_job_board_to_a_chat_app(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Halo, kami menemukan CV Anda di LinkedIn. Ada lowongan input data dari rumah, gaji mingguan. Hubungi HR kami di Telegram",
            "Hai, resume awak di JobStreet menarik. Kami tawarkan kerja taip data dari rumah, sila hubungi kami di WhatsApp",
            "Chào bạn, bên mình thấy CV trên VietnamWorks, có việc nhập liệu online tại nhà, nhắn Zalo cho mình để nhận việc",
        ],
        [
            "Terima kasih telah melamar lewat JobStreet. CV Anda sedang kami tinjau, jadwal interview dikirim lewat email",
            "Cảm ơn bạn đã nộp CV trên TopCV, phòng nhân sự sẽ gửi lịch phỏng vấn qua email công ty",
        ],
    )


# --- a code that reached the reader "because my number was typed wrongly", asked back --------------------------------


def test_code_sent_by_a_mistyped_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Kak maaf aku salah input nomor pas daftar, kode verifikasinya nyasar ke hp kakak, tolong kirimin ke aku ya",
            "Sorry bang, sy salah isi nombor masa daftar, ada kod masuk tak? hantar kat sy kejap",
            "Chị ơi em nhập nhầm số lúc đăng ký, mã vừa gửi vào máy chị đó, chị đọc lại giúp em với",
            "ขอโทษค่ะ หนูกรอกเบอร์ผิดตอนสมัคร รหัสเลยไปที่เครื่องคุณ ช่วยส่งมาให้หนูหน่อย",
        ],
        [
            "Kalau salah input nomor saat daftar, ulangi pendaftaran; jangan minta kode ke orang lain",
            "Nếu nhập nhầm số điện thoại khi đăng ký, hãy đăng ký lại trên ứng dụng",
        ],
    )


# --- a loan offered to the blacklisted or without a credit check, through a chat number -----------------------------


def test_loan_without_credit_check_by_chat(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Dana tunai cepat tanpa BI checking, cair hari ini. Minat? WA admin sekarang",
            "Pinjaman segera! Blacklist pun boleh, lulus dalam sehari. Whatsapp ejen kami",
            "Loan peribadi tanpa dokumen, bayaran ansuran rendah. Hubungi kami di 012-3456789",
        ],
        [
            "Pengajuan pinjaman Anda sedang diverifikasi; kami akan melakukan pengecekan SLIK sesuai ketentuan OJK",
            "Permohonan pinjaman anda memerlukan semakan CCRIS dan dokumen gaji. Sila hadir ke cawangan",
        ],
    )
