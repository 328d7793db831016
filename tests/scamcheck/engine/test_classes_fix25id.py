"""Indonesian round 25: legitimate notices and talk that borrowed a scam's words, and scams the rules missed.

False-positive classes: the platforms' own short-link and shop hosts (shope.ee, tokopedia.link, gojek.link,
klikindomaret.com) and the traffic police's older ETLE site, a fine named as a contract's topic, a traffic fine paid
at the state's receiving banks or collected at the prosecutor's office, a points draw checked in the carrier's own
"My…" app, winners of a contest spoken of in the third person, and a shop's "CLUB member". Next to each, the scam
told the same way stays flagged. Missed classes: a verification code asked for in the polite passive or with
"info", the mother's maiden name asked for in a reply, a QR scanned then a PIN typed to claim a voucher, a QR scanned
"to process" a refund, and a number in the 0809 premium-rate range to call. Each wording is written for these tests
(none is a corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_platform_short_links_and_shop_hosts(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LOOKALIKE_DOMAIN,
        [
            "Selamat! Akun Shopee kamu dapat saldo Rp500rb. Klaim di shopee-hadiah.com sebelum hangus.",
            "Tokopedia: pesanan kamu tertahan, verifikasi data di tokopedia-verifikasi.net hari ini.",
            "Voucher belanja Indomaret Rp300rb untuk 100 orang pertama, ambil di klik-indomaret-promo.xyz",
        ],
        [
            "Payday Sale Shopee! Diskon s/d 60% + gratis ongkir. Belanja lewat aplikasi: shope.ee/paydaysale",
            "Kejar flash sale jam 12 siang di Tokopedia, cek tokopedia.link/flashsale12 ya",
            "GoPay: cashback 30% di merchant pilihan minggu ini. Info lengkap gojek.link/gopaypromo",
            "Indomaret: Harga hemat minyak & beras berlaku 1-3 Agustus. Belanja online di klikindomaret.com",
        ],
    )


def test_traffic_police_site(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LINK_ACTION,
        [
            "ETLE: kendaraan Anda melanggar marka. Konfirmasi di etle-tilang-online.com dalam 3 hari atau STNK "
            "diblokir.",
        ],
        [
            "Ditlantas PMJ: Kendaraan B 4321 ABC tercatat melanggar ganjil-genap 3/9. Surat konfirmasi dikirim "
            "via Pos. Konfirmasi di etle-pmj.info dalam 8 hari.",
        ],
    )


def test_fine_named_as_a_topic(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Anda dikenakan denda Rp5.000.000 atas pelanggaran pajak. Segera transfer ke rekening 7788990011 a.n. Budi "
            "hari ini juga.",
        ],
        [
            "Bu, draft perjanjian sewa gudang sudah saya kirim. Tolong dicek klausul denda di halaman 4 ya.",
            "Besok rapat jam 10 bahas ketentuan denda keterlambatan proyek dengan kontraktor.",
        ],
    )


def test_traffic_fine_paid_at_receiving_bank_or_office(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Tilang elektronik: denda Rp500.000 wajib dibayar hari ini ke rekening 1234567890 a.n. petugas, atau SIM "
            "Anda diblokir.",
        ],
        [
            "Kejari Bandung: Putusan denda tilang kendaraan Anda sudah keluar. Silakan bayar di bank persepsi lalu "
            "ambil SIM di kantor kejaksaan dengan bukti bayar.",
        ],
    )


def test_points_draw_in_the_carriers_own_app(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Selamat! Nomor Anda memenangkan undian poin berhadiah mobil. Hubungi 0812-3344-5566 untuk klaim hadiah.",
        ],
        [
            "IM3: Kumpulkan poin dari setiap isi ulang dan ikuti undian berhadiah motor. Cek di myIM3, tanpa biaya.",
        ],
    )


def test_winners_in_the_third_person(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Selamat! Anda pemenang undian berhadiah motor. Hubungi 0813-2233-4455 untuk klaim hadiah Anda.",
        ],
        [
            "Guys, voucher juara kuis akhir tahun sudah dikirim panitia ke email masing-masing pemenang ya.",
            "Hadiah lomba 17-an sudah dibagikan ke para pemenang, yang belum ambil silakan ke ruang HR.",
        ],
    )


def test_shop_club_member(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "FreeMsg: you are now a member of the Games Club. Reply STOP to end. Msgs billed 150p/msg",
        ],
        [
            "Ramayana: RAMAYANA CLUB member, dapatkan diskon ekstra 15% akhir pekan ini di semua toko & "
            "ramayana.co.id. Tidak ingin menerima info promo? Balas STOP.",
        ],
    )


def test_code_asked_in_the_passive_or_with_info(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Halo kak, kode aktivasi akun saya nyasar ke nomor kakak. Mohon dikirim balik kode 6 digitnya ya kak.",
            "Pak, dari tim verifikasi bank. Tolong dibacakan kode OTP yang barusan masuk agar transaksi dibatalkan.",
            "Kak, untuk aktivasi paket gratis mohon info dulu kode verifikasinya ya.",
        ],
        [
            "Kode OTP Anda 581204. Kode telah dikirim ke nomor Anda, jangan berikan kepada siapa pun.",
            "Mohon dikirim kode booking saat check-in di resepsionis ya Pak.",
            "Mohon info kode pos alamat pengirimannya ya kak.",
            "Mah, tolong dikirim token listriknya ya, udah aku beliin tadi.",
        ],
    )


def test_maiden_name_asked_in_a_reply(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Yth. Pelanggan, kartu Anda perlu validasi ulang. Balas SMS ini dgn nama lengkap, tgl lahir & nama ibu "
            "kandung agar nomor tetap aktif.",
        ],
        [
            "Jangan pernah memberikan PIN, OTP, atau nama ibu kandung kepada siapa pun, termasuk petugas bank.",
            "Untuk buka rekening, bawa KTP dan isi formulir termasuk nama ibu kandung di kantor cabang.",
        ],
    )


def test_qr_then_pin_to_claim_a_voucher(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Promo ulang tahun toko: voucher Rp150rb gratis! Scan QR di gambar lalu masukkan PIN e-wallet untuk klaim "
            "voucher.",
        ],
        [
            "Bayar belanjaan dengan scan QRIS di kasir lalu masukkan PIN aplikasi ya.",
            "Cashback 10% tiap bayar pakai QRIS! Scan QRIS di kasir dan masukkan PIN untuk menyelesaikan pembayaran.",
        ],
    )


def test_qr_to_process_a_refund(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Pelanggan Yth, ada kelebihan bayar iuran bulan lalu. Pindai kode QR terlampir utk proses refund ke "
            "e-wallet Anda.",
        ],
        [
            "Refund Rp85.000 sudah dikembalikan ke saldo e-wallet Anda dalam 3 hari kerja.",
            "Tunjukkan QR tiket di loket untuk proses refund tiket yang dibatalkan.",
        ],
    )


def test_premium_range_number_to_call(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "Anda punya 2 pesan suara baru. Dengarkan sekarang di 0809-1122-3344.",
            "Info undian berhadiah, hubungi 0809 5566 7788 sekarang juga.",
        ],
        [
            "Transfer ke rekening 0809123456789 a.n. Budi ya.",
            "Hubungi call center 14045 untuk info lebih lanjut.",
        ],
    )
