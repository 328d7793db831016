"""Malay classes of round 25: a shop's loyalty club is no premium-rate service, an account locked after failed log-ins
that opens again by itself or through the IT helpdesk is the holder's own lock, a deposit already received is no
payment asked, and an IT security warning about remote-access tools in Malay names the tool it warns about. Next to
them the scams stay flagged: a content "club" with paid tones, a lock with a link or a private number to call, a
deposit asked before a loan, an unsolicited remote session; and a card said to be blocked with only a number to call
"to reactivate it" (the bank impostor's callback) is flagged. Each wording is written for these tests (none is a
corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_loyalty_club_is_no_premium_service(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "Welcome to the Txt Club! Members get 3 new ringtones a week. Reply STOP to opt out.",
            "Join our club: fresh polyphonic tones every week for club members. Unsubscribe txt STOP",
        ],
        [
            "Guardian: Hari Ahli! Diskaun 15% dengan kad Guardian Club, 5-7 Julai di semua cawangan.",
            "Caring Club members earn double points this weekend only. T&Cs apply.",
            "Member Week at Sephora: show your Beauty Club card for 10% off in store. Unsubscribe anytime.",
        ],
    )


def test_account_locked_after_failed_logins(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Akaun Maybank2u anda telah dikunci selepas percubaan log masuk gagal. Sahkan identiti anda di "
            "http://m2u-buka.com segera.",
            "Akaun anda dikunci kerana log masuk gagal. Hubungi pegawai kami di 011-2345 6789 untuk buka semula.",
        ],
        [
            "Portal HR: akaun anda dikunci sementara kerana 3 kali gagal log masuk. Ia akan dibuka semula dalam "
            "15 minit.",
            "Emel pejabat: akaun anda telah dikunci selepas beberapa cubaan log masuk yang tidak berjaya. Ia dibuka "
            "sendiri selepas 1 jam atau hubungi Meja Bantuan IT ext 2200.",
            "Akun SSO kampus Anda dikunci setelah 5 kali gagal login. Akun terbuka otomatis dalam 30 menit.",
        ],
    )


def test_blocked_card_with_only_a_number_to_reactivate(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Maybank: Kad kredit anda disekat sementara. Untuk aktifkan semula, sila hubungi 03-7844 3696.",
            "RHB: Akaun anda telah dibekukan. Sila telefon 03-9206 1188 untuk memulihkan akaun anda.",
            "BRI: Kartu ATM Anda diblokir. Hubungi 021-5099 1234 untuk mengaktifkan kembali.",
        ],
        [
            "Kad debit anda disekat selepas 3 kali PIN salah. Buka sekatan di app atau hubungi 03-6204 7788 untuk "
            "aktifkan semula.",
            "Kad kredit anda telah dibekukan atas permintaan anda. Untuk aktifkan semula, hubungi 1300 880 900.",
        ],
    )


def test_deposit_already_received(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Tahniah, pinjaman RM5,000 diluluskan. Sila bayar deposit RM200 ke akaun 1234567890 dahulu, bila dah "
            "terima kami lepaskan dana.",
        ],
        [
            "Butik Pengantin Seri: tempahan baju nikah 12 Okt disahkan. Deposit RM150 telah diterima, terima kasih!",
            "Bengkel Ah Seng: servis kereta Sabtu 10pg. Deposit RM30 dah terima ya bos.",
        ],
    )


def test_malay_warning_about_remote_tools(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "Saya dari pasukan IT bank. Sila install AnyDesk sekarang dan beri saya ID untuk selesaikan masalah "
            "akaun anda.",
            "Jika ada sesiapa minta install AnyDesk, itu scam. Tapi untuk kes anda, sila install TeamViewer dan "
            "hantar ID kepada saya.",
        ],
        [
            "Jabatan IT: jika sesiapa menghubungi anda dan meminta anda pasang TeamViewer atau AnyDesk, tamatkan "
            "panggilan dan laporkan kepada kami.",
            "Bank kami tidak akan meminta anda memasang AnyDesk atau QuickSupport. Jangan kongsi skrin dengan sesiapa.",
        ],
    )
