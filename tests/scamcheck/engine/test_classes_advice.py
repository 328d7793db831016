"""Security advisories that name the scam's words (what scammers say, which messages to beware of, "… is a scam"),
and an Indonesian card blocked at the holder's request with a branch visit for the new card. Scams that use warning
words as cover keep their signal."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_fp_class
from trustdesk.scamcheck.engine import Checker, SignalType


def test_advisory_naming_account_threat(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.ACCOUNT_THREAT,
        [
            "Warning: your account will be suspended today, verify your details now at http://acct-review-center.xyz",
            "Beware of scams! Your account has been suspended. Reply with your full name and card number "
            "to restore it.",
            "Amaran: akaun anda akan dibekukan hari ini. Klik pautan http://semak-akaun.top untuk pengesahan segera.",
        ],
        [
            "Security tip: scammers often claim your account will be suspended unless you act at once. "
            "Ignore such texts.",
            "Bank notice: watch out for texts saying your account has been suspended. We never send links by SMS.",
            "Berhati-hati dengan mesej yang mendakwa akaun anda akan dibekukan. "
            "Bank tidak menghantar pautan melalui SMS.",
            "Canh bao: doi tuong lua dao gia danh ngan hang bao tai khoan bi khoa de lay ma OTP. "
            "Ngan hang khong gui link.",
        ],
    )


def test_advisory_naming_prize_or_job_lure(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.PRIZE_LURE,
        [
            "Awas ketinggalan! Selamat, nomor Anda memenangkan hadiah undian Rp50 juta. Klik http://undian-resmi.top",
            "Beware of fake winners lists! You really won our grand prize, claim it now at http://prize-desk.xyz",
            "Congratulations, you have won a cash prize of $5,000! To claim call 0907 123 4567 today.",
        ],
        [
            "Waspada penipuan yang mengatasnamakan kami dengan iming-iming hadiah undian. "
            "Kami tidak pernah meminta biaya.",
            "Fraud alert: scammers may say you have won a prize and ask for a fee. Delete such messages.",
            "Mahkamah dan polis tidak akan minta bayaran untuk hadiah; tawaran hadiah melalui SMS itu adalah penipuan.",
        ],
    )


def test_advisory_naming_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.PAYMENT_REQUEST,
        [
            "警惕诈骗！我是你领导，现在急需你转账5万元到这个账户，办完告诉我。",
            "Hati-hati ya. Ini Bapak, tolong transfer Rp2 juta ke rekening 1234567890 sekarang, nanti Bapak ganti.",
            "Be careful out there lol. Mum here, pls transfer $400 to my new account 12-3456-789 today, phone broke",
        ],
        [
            "【反诈提醒】近期有人冒充公司领导添加员工微信要求转账，凡是领导让转账一律电话核实。",
            "【温馨提示】自称公检法要求你转账到安全账户的都是诈骗，请勿相信。",
            "Peringatan: penipu mungkin menyamar sebagai bos dan minta staf transfer wang segera. Sahkan dahulu.",
        ],
    )


def test_advisory_naming_thai_threat(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.ACCOUNT_THREAT,
        [
            "บัญชีของท่านถูกระงับชั่วคราว กรุณายืนยันตัวตนที่ http://kbank-verify.top ภายในวันนี้",
            "เตือน! บัญชีของท่านจะถูกระงับ กดลิงก์ http://scb-update.xyz เพื่อยืนยันข้อมูลด่วน",
            "บัญชีของท่านถูกอายัด โปรดแอดไลน์ @support-bank เพื่อปลดล็อก",
        ],
        [
            "ธนาคารขอเตือน มิจฉาชีพมักอ้างว่า บัญชีของท่านถูกระงับ แล้วให้กดลิงก์ ธนาคารไม่ส่งลิงก์ทาง SMS",
            "ประกาศ: หากมีผู้อ้างว่าบัญชีของท่านถูกอายัดและให้โอนเงิน นั่นคือมิจฉาชีพ",
        ],
    )


def test_card_blocked_on_request_branch_visit(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.ACCOUNT_THREAT,
        [
            "Kartu ATM anda diblokir sementara. Untuk membuka blokir kunjungi bni-aktivasi.com dan masukkan PIN.",
            "Rekening Anda akan diblokir hari ini. Segera kunjungi https://bri-verif.xyz untuk verifikasi data.",
            "Kartu debit Anda diblokir. Hubungi 0812 3456 7890 via WhatsApp untuk membuka blokir.",
        ],
        [
            "Kartu Debit BNI Anda berakhiran 7702 telah diblokir sesuai permintaan pada 10/01/2026 09:12. Untuk "
            "penggantian kartu kunjungi cabang BNI terdekat dengan membawa KTP.",
            "Kartu kredit Anda telah diblokir atas permintaan Anda. Silakan kunjungi kantor cabang terdekat untuk "
            "penggantian kartu.",
        ],
    )
