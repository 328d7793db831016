"""Indonesian and Malay scam classes from the misses of blind round 15
(lexicon._RENEWALS_COLLECTORS_SHARE_CHAINS_AND_NEW_PAYEES), with the same tactic in the other languages where it
plainly exists, and free blog and site hosts (urls.BLOG_HOSTS, urls.SHARED_HOST_NAMES). Each class has legitimate
messages in the same vocabulary that must not get its signal. Rules-only checker, so these hold whatever the trained
model learns. The messages are written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a domain or website "expiring", renewed by a transfer to a bank account -------------------------------------


def test_domain_renewal_paid_into_an_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Yth. pemilik website tokobunga.id, masa aktif domain akan berakhir besok dan email kantor ikut mati. Segera transfer Rp850.000 ke rekening BCA 0281773410 a.n. Registrar Domain Indonesia",
            "Makluman: domain syarikat anda abadimaju.com.my tamat tempoh dalam 48 jam. Bayaran pembaharuan RM320, sila bank in ke akaun Maybank 5140 2231 8876 (MYNIC Renewal)",
            "Your domain name greenleaf-bakery.com expires today and your website will go offline. To renew, pay USD 89 by bank transfer to account number 004417782 (Domain Services Ltd)",
            "Tên miền congtyanphat.vn sắp hết hạn, website và email sẽ ngừng hoạt động. Vui lòng chuyển khoản 1.200.000đ vào STK 0071002233 để gia hạn.",
        ],
        [
            "Domain tokobunga.id akan berakhir pada 12/09. Perpanjang melalui member area di panel registrar Anda, pembayaran via virtual account.",
            "Peringatan: domain abadimaju.com.my akan tamat tempoh dalam 30 hari. Log masuk ke portal pelanggan untuk memperbaharui dengan kad kredit.",
            "Your domain greenleaf-bakery.com expires on 3 March. Auto-renew is on and the card on file will be charged; manage it in your account dashboard.",
        ],
    )


# --- a supplier who "changed the bank account", the next payment to go there ------------------------------------


def test_supplier_changed_bank_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Kak Rina, vendor kita udah ganti rekening ya. Pembayaran PO minggu ini ke BRI 0091-01-554321-50-2, jangan telepon beliau dulu lagi rapat.",
            "Min, pembekal kain kita dah tukar nombor akaun. Invois bulan ni terus bank in ke akaun RHB baru, jgn call dia, dia kat airport.",
            "Hi Sam, our supplier has changed their bank details. Please pay today's invoice to the new account below and don't ring them, they're travelling.",
        ],
        [
            "Kak Rina, vendor kita sudah kirim invoice baru. Pembayaran PO minggu ini sesuai rekening yang terdaftar di sistem.",
            "Min, pembekal kain kita dah hantar invois bulan ni. Bayar ikut akaun dalam sistem macam biasa ye.",
        ],
    )


# --- an overseas job whose visa, medical or processing fee is paid first ------------------------------------------


def test_overseas_job_fees_paid_upfront(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Lowongan kerja ke Korea (pabrik elektronik), gaji 30jt/bulan. Biaya proses visa dan medical 7jt wajib transfer dulu, kuota 10 orang.",
            "Peluang kerja di Jepun sebagai pembantu kilang, gaji RM7,000. Yuran visa & pemeriksaan kesihatan RM3,500 perlu dibayar dahulu sebelum berlepas.",
            "Hiring farm workers in Canada, $3,000 a month with housing. Visa processing fee of $650 must be paid upfront to secure your slot.",
        ],
        [
            "Program kerja ke Jepang resmi: biaya visa dan medical ditanggung perusahaan, peserta hanya menyiapkan paspor.",
            "Jawatan kosong di Jepun melalui agensi berlesen. Yuran visa dan pemeriksaan kesihatan ditaja sepenuhnya oleh majikan.",
        ],
    )


# --- a "new number" that asks for money into the writer's own account ---------------------------------------------


def test_new_number_collecting_into_my_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Assalamualaikum ibu bapa, ini Ustazah Rohana, nombor baru. Yuran kem motivasi RM60, sila bank in ke akaun saya Bank Islam 1201 3300 4455.",
            "Selamat pagi Bapak/Ibu, ini Bu Dewi wali kelas 2B, nomor baru ya. Iuran study tour 250rb mohon transfer ke rekening saya BNI 0387766112.",
            "Hi all, coach Mark here on a new number. Camp fees are $120, please transfer to my account 22-1184-009 by Friday.",
        ],
        [
            "Assalamualaikum ibu bapa, ini Ustazah Rohana, nombor baru. Tolong simpan ye, hal kelas boleh mesej sini.",
            "Iuran kas kelas bulan ini 20rb, seperti biasa dibayar tunai ke bendahara saat pengambilan rapor.",
        ],
    )


# --- the code a marketplace "sent to your phone", asked back by a buyer ------------------------------------------


def test_buyer_asks_for_the_code_the_marketplace_sent(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Hai, saya nak beli sofa awak kat Carousell. Boleh hantar kod 6 digit yang Carousell hantar ke phone awak? Nak pastikan awak bukan scammer.",
            "Bro, aku minat motor yg kau iklan. Nak pastikan kau bukan penipu, bagi jap kod yg OLX hantar ke nombor kau, lepas tu aku terus transfer.",
            "Kak, saya mau beli HP-nya. Biar aman, kirimkan kode yang barusan dikirim ke nomor kakak ya, habis itu saya transfer.",
        ],
        [
            "Hai, saya dah terima sofa tu, terima kasih! Kod 6 digit yang Carousell hantar ke phone saya dah guna untuk sahkan penghantaran.",
            "Jangan sesekali bagi kod yang OLX hantar ke nombor anda kepada sesiapa, termasuk pembeli.",
        ],
    )


# --- a QR code or transfer "to receive money" that wants the PIN ---------------------------------------------------


def test_receive_money_with_your_pin(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Saya dah hantar kod QR untuk awak terima bayaran RM300 tu. Scan guna app bank, lepas tu masukkan PIN, duit terus masuk.",
            "Kak, ini QRIS buat terima uang pembayaran barangnya. Scan pakai m-banking terus masukkan PIN ya biar dananya cair.",
            "To receive the payment for the camera, scan the QR code I sent in your banking app and enter your PIN to accept it.",
            "Để nhận tiền hàng, anh quét mã QR em gửi bằng app ngân hàng rồi nhập mã PIN là tiền vào tài khoản.",
        ],
        [
            "Untuk terima duit, awak tak perlu masukkan PIN. Cukup bagi nombor akaun, saya transfer sekarang.",
            "Scan kode QRIS di kasir, lalu masukkan PIN m-banking untuk membayar belanjaan Anda.",
            "To pay at the counter, scan the shop's QR code in your banking app and confirm the amount.",
        ],
    )


# --- an illegal lender's collector: data and photos spread to contacts, a visit to the office ----------------------


def test_debt_collector_shaming(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Tagihan Anda di aplikasi DompetCepat lewat 9 hari. Foto selfie dan KTP Anda akan kami viralkan jika tidak ada pembayaran.",
            "Pinjaman anda dah lambat 20 hari. Gambar IC dan muka anda akan disebarkan kepada majikan kalau tak bayar esok.",
            "Hutang kau dah tertunggak. Team kami akan datang ke pejabat kau petang ni.",
            "Your loan is overdue 12 days. Your ID card photo will be sent to all your contacts tonight.",
        ],
        [
            "Tagihan Anda jatuh tempo 25/09. Data dan foto KTP Anda tersimpan aman dan tidak akan kami sebarkan ke pihak mana pun.",
            "Ansuran pinjaman peribadi anda perlu dijelaskan sebelum 5 haribulan melalui aplikasi bank.",
        ],
    )


def test_if_not_paid_today(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.URGENCY,
        [
            "Utang Anda di aplikasi PinjamKilat sudah jatuh tempo. Kalau tidak dilunasi sekarang, foto KTP Anda kami sebar ke semua kontak.",
            "Hutang ansuran anda tertunggak. Jika tak bayar hari ni, gambar IC anda akan ditularkan di Facebook.",
            "Tagihan pinjol kamu telat 30 hari. Apabila belum dibayar hari ini, tim lapangan kami datang ke kantor kamu.",
        ],
        [
            "Terima kasih, pembayaran Anda hari ini sudah kami terima.",
            "Kalau dah bayar hari ni, abaikan mesej ini.",
        ],
    )


# --- a voucher or prize claimed by sharing to a number of WhatsApp groups ------------------------------------------


def test_prize_for_sharing_to_groups(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Alfamart bagi-bagi voucher Rp300.000! Isi survei singkat lalu bagikan pesan ini ke 10 grup WhatsApp untuk mengaktifkan hadiah.",
            "Baucar petrol RM150 percuma sempena ulang tahun! Kongsi mesej ini ke 5 group WhatsApp untuk tuntut.",
            "Free Woolworths gift card worth $250! Share this with 5 WhatsApp groups to claim yours.",
            "Tặng voucher 500k mừng sinh nhật! Chia sẻ tin này cho 10 nhóm Zalo để nhận quà.",
        ],
        [
            "Promo akhir pekan: voucher belanja Rp50.000 untuk member. Bagikan ke teman-temanmu juga ya!",
            "Info pertemuan wali murid Sabtu jam 9. Mohon bagikan ke 2 grup kelas yang lain.",
        ],
    )


# --- an online arisan, kutu or hụi slot: pay now, collect more --------------------------------------------------


def test_online_arisan_slot(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Open arisan online get 7 hari! Slot 3 kosong, setor 1jt langsung narik 4jt. Chat admin ya kak.",
            "Kutu online slot terhad! Bayar RM200 seminggu dapat RM1,800 hujung bulan. PM admin.",
            "Hụi online còn 2 suất, đóng 500k mỗi tuần hốt 4 triệu sau 1 tháng. Ib chủ hụi nhé.",
        ],
        [
            "Arisan RT bulan ini di rumah Bu Sri. Iuran 100rb, yang narik diundi di tempat.",
            "Arisan keluarga besar: setor 200rb per bulan, bulan ini giliran Tante Mira.",
        ],
    )


# --- a token presale or a coin promised to rise many times over ------------------------------------------------


def test_token_presale(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Private sale token $NUSA tinggal 24 jam, listing minggu depan. Kirim USDT sekarang untuk alokasi.",
            "Koin baru ini diprediksi naik, harga listing 50x lipat dari harga presale. Grup terbatas!",
            "Presale of the $MOON token ends tonight, send BNB to the contract below to get your allocation.",
        ],
        [
            "Poin belanja 2x lipat setiap Jumat untuk pemegang kartu member.",
            "Token listrik Anda 20 digit sudah terbit, silakan masukkan ke meteran.",
        ],
    )


# --- keyword services priced per a few days, and horoscopes answered with any keyword to a short code -------------


def test_premium_keyword_services(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "Info lowongan kerja terbaru tiap hari! Ketik REG LOKER kirim ke 99338. Tarif Rp2.200/3hr.",
            "Taip ON BOLA hantar ke 36626 untuk keputusan perlawanan. Caj RM4/minggu.",
            "Ramalan cinta anda hari ini sudah sedia! Balas YA ke 32288 untuk baca.",
            "Mau tahu shio keberuntunganmu? Balas HOKI ke 92345 sekarang!",
        ],
        [
            "Paket roaming Rp 99rb/hari aktif. Ketik UNREG IR kirim ke 3636 untuk berhenti.",
            "Untuk sahkan temujanji klinik anda, balas YA ke 0123456789.",
        ],
    )


# --- free blog and site hosts ------------------------------------------------------------------------------------


def test_free_blog_and_site_hosts(rules_checker: Checker) -> None:
    for url in ("promo-hadiah.blogspot.com", "klaimvoucher.wordpress.com", "https://sites.google.com/view/bansos-2025"):
        result = rules_checker.check("url", url)
        assert result.official is None, url
        assert S.SUSPICIOUS_LINK in result.signal_types(), url
    # a person's own blog is not flagged for where it is hosted
    assert not rules_checker.check("url", "magicalsongs.blogspot.com").signals
    assert rules_checker.check("url", "https://www.google.com/maps").official is not None
