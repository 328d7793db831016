"""Indonesian and Malay, second pass: provider notices that borrowed a scam's words, and the scams told the same way.

False-positive classes: an ISP's or utility's bill whose late-payment clause names a fine and whose virtual account is
shown masked (the customer's own, not a payee the message gives), a code to be resent by the app itself ("kirim ulang
kode OTP lewat aplikasi"), a wallet's cashback for paying at merchants, a court hearing reminder whose case number
reads like a phone number, a courier's customs-tax notice with its shipment number and its own site or app, a fine
paid in the authority's app named after colloquial Malay "kat", a new card activated "melalui <bank> app" with the old
one cancelled, "semoga bertuah" wished for a savings certificate's draw, and a carrier's suspension notice paid in its
own app or site. Next to each, the scam told the same way stays flagged: a loan collector's full virtual account, the
code sent again to the writer, a fee to "cash out" a cashback, a link or private number to pay at, a prize won with a
number to call. Each wording is written for these tests (none is a corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_bill_late_fee_with_masked_virtual_account(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Pinjaman Anda jatuh tempo hari ini Rp2.450.000. Keterlambatan pembayaran dikenakan denda 5% per hari. "
            "Bayar via BCA VA 8808 1234 5678 9012 sebelum jam 17.00.",
            "Selamat, pinjaman Anda Rp2.000.000 sudah cair ke rekening. Jatuh tempo 7 hari. Keterlambatan dikenakan "
            "denda harian.",
        ],
        [
            "MyRepublic: Tagihan internet bulan Juni Rp330.000 jatuh tempo 25/06. Keterlambatan pembayaran dikenakan "
            "denda Rp50.000 dan layanan dapat diisolir. Bayar via Mandiri VA 8903xxxx7781.",
            "Tagihan air bulan Mei Rp142.000 jatuh tempo 20/05, keterlambatan dikenakan denda Rp5.000. Bayar via "
            "virtual account 7788xxxx1204.",
        ],
    )


def test_code_resent_by_the_app(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Kak tolong kirim ulang kode OTP yang masuk ke HP kakak ke nomor ini ya.",
            "Mohon kirimkan ulang kode OTP yang baru masuk ke WA saya agar proses selesai.",
            "Kirim ulang kode OTP lewat WA ya kak, yang tadi sudah kedaluwarsa.",
            "Silakan kirim ulang kode OTP lewat aplikasi lalu sebutkan kodenya ke saya.",
        ],
        [
            "Kode OTP belum masuk? Silakan kirim ulang kode OTP lewat aplikasi setelah 60 detik.",
            "Kak, kodenya sudah kedaluwarsa, silakan kirim ulang kode OTP lewat aplikasi ya lalu masukkan sendiri.",
            "Kod TAC tak sampai? Tekan butang Hantar Semula kod di skrin app selepas 60 saat.",
        ],
    )


def test_cashback_for_paying_at_merchants(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Selamat, Anda dapat cashback Rp500rb! Untuk mencairkan bayar biaya admin Rp50rb di danacair.com",
            "Cashback Rp1.000.000 sudah menunggu. Untuk klaim, transfer biaya aktivasi Rp75.000 ke rekening "
            "1234567890 a.n. Admin Promo.",
        ],
        [
            "AstraPay: Dapatkan cashback 40% untuk bayar di merchant pilihan. Info astrapay.com/promo",
            "Jenius: Cashback 10% untuk bayar di merchant pakai Jenius minggu ini. jenius.com/promo",
            "i.saku: Cashback 30% untuk bayar di kasir Indomaret pakai i.saku. Info isaku.co.id",
        ],
    )


def test_court_hearing_with_case_number(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Mahkamah: Waran tangkap telah dikeluarkan atas nama anda. Hubungi pegawai kami di 012-778 3321 segera "
            "untuk selesaikan kes.",
        ],
        [
            "Mahkamah Sesyen Kuala Lumpur: Peringatan, tarikh bicara kes sivil WA-A52NCvC-7788-2026 ditetapkan 3/11 "
            "jam 9 pagi. Sila semak melalui portal rasmi kehakiman.",
        ],
    )


def test_courier_customs_tax_on_its_own_site(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "DHL: Bungkusan anda ditahan di kastam. Sila bayar cukai RM45 di dhl-kastam-my.com dalam 24 jam.",
        ],
        [
            "DHL Express: Kiriman 5512093746 anda memerlukan bayaran cukai import RM31.20 sebelum pelepasan kastam. "
            "Bayar melalui MyDHL+ di mydhl.express.dhl",
            "DHL Express: Kiriman 7730128845 memerlukan bayaran cukai & duti RM51.00 sebelum pelepasan kastam. Bayar "
            "di del.dhl.com atau app MyDHL+.",
        ],
    )


def test_traffic_fine_paid_kat_the_app(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "JPJ: Anda ada saman tertunggak RM300. Bayar segera di jpj-saman.info sebelum lesen digantung.",
        ],
        [
            "Mak, jangan lupa bayar saman JPJ tu kat app MyJPJ, esok last hari diskaun.",
        ],
    )


def test_old_card_cancelled_after_new_card(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Maybank: Kad lama anda akan dibatalkan hari ini. Aktifkan kad baharu di m2u-kadbaru.com segera.",
        ],
        [
            "Maybank: Kad debit baharu anda telah dipos ke alamat berdaftar. Aktifkan melalui MAE app. Kad lama akan "
            "dibatalkan selepas 30 hari.",
        ],
    )


def test_good_luck_in_a_certificate_draw(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Tahniah! Anda pemenang cabutan bertuah BSN RM10,000. Semoga bertuah! Hubungi 012-345 6789 untuk tuntut.",
            "Anda pelanggan bertuah minggu ini! Tuntut hadiah RM5,000 di bsn-hadiah.com",
        ],
        [
            "BSN: Pembelian Sijil Simpanan Premium RM200.00 berjaya. Semoga bertuah dlm cabutan bulan ini!",
            "Sudah beli tiket undian amal sekolah? Semoga beruntung ya, diundi hari Sabtu.",
        ],
    )


def test_carrier_suspension_paid_in_its_app_or_site(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "unifi: Talian anda akan digantung hari ini kerana bil tertunggak RM120. Bayar segera di unifi-bayar.com",
        ],
        [
            "unifi mobile: Talian anda akan digantung pada 20/08 kerana bil tertunggak RM88.00. Bayar melalui MyUnifi "
            "app atau unifi.com.my untuk elak gangguan perkhidmatan.",
        ],
    )
