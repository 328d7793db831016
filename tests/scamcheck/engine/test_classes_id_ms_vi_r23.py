"""Round-23 rule classes in Indonesian, Malay and Vietnamese: codes relayed back, loan release fees, QRs scanned to
receive money, arrests settled privately, customs fees to a courier's account, and the legitimate wordings (an amnesty
or contract fine, a scam warning, a rice cooker, a top-up receipt, a received deposit) the rules no longer flag."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_code_relayed_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Kak, tadi ada kode verifikasi nyasar ke nomormu, tolong fwd ya",
            "Nanti ada kode login dari WhatsApp, terusin ke aku aja ya",
            "Sila balas dengan nama penuh dan kod yang akan dihantar sebentar lagi",
            "Untuk sahkan, maklumkan kod TAC yang baru dihantar ke telefon anda",
        ],
        [
            "Jangan pernah kirim kode login ke siapa pun, termasuk ke saya",
            "Jangan maklumkan kod TAC yang dihantar kepada sesiapa",
        ],
    )


def test_loan_release_fee_and_courier_customs_fee(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Pinjaman tuan telah diluluskan tetapi akaun dibekukan. Sila bayar RM800 untuk unfreeze dana",
            "Pengajuan kredit disetujui. Sebelum pencairan, transfer dulu biaya administrasi 3% ke petugas",
            "Parcel encik kena caj kastam RM40, bank in ke akaun saya dulu",
            "Bea cukai paket kakak 300rb, transfer ke rekening saya ya",
        ],
        ["Pinjaman anda telah diluluskan. Bayaran balik bulanan bermula bulan depan."],
    )


def test_qr_scanned_to_receive_money(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        ["Scan QR ini untuk terima refund pesanan kamu ya kak", "Chị quét mã QR này là nhận lại tiền hoàn nhé"],
        ["Quý khách quét mã QR để thanh toán hóa đơn"],
    )


def test_arrest_settled_privately(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Anak bapak ditangkap polisi, bisa diselesaikan secara damai asal ada uang malam ini",
            "Puan, anak puan ditahan polis. Boleh selesaikan secara baik, jangan beritahu sesiapa",
            "Chị ơi con chị bị bắt rồi, giờ lo lót thì giải quyết riêng được",
        ],
        ["Ada program pemutihan denda pajak kendaraan sampai akhir bulan, bayar di Samsat ya"],
    )


def test_fp_amnesty_contract_fines_warnings_and_receipts(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [],
        [
            "Program penghapusan denda PBB diperpanjang sampai Desember, bayar lewat aplikasi resmi pemda",
            "Di perjanjian sewa ada denda keterlambatan 2% per bulan, tolong dicek dulu ya Bu",
            "BNM: Penipu boleh mengawal telefon anda. Jangan muat turun APK dari pautan yang tidak dikenali.",
            "Bu, mẹ mua cái nồi cơm điện mới rồi, mai con qua lấy nồi cũ nhé",
            "Vinaphone: Giao dịch nạp thẻ 50,000d thành công lúc 08:30. Tài khoản chính: 72,000d.",
            "Bos, customer tu dah transfer deposit RM2k ke akaun company, finance dah sahkan.",
        ],
    )
