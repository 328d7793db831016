"""Rule classes from the Indonesian and Malay round 24 (rules alone): legitimate wordings no longer flagged, and the
scam classes of the round's misses. Each class: scam wordings of our own and legitimate ones with the same words."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker, SignalType


def test_warning_about_a_password_already_typed_is_no_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.PASSWORD_REQUEST,
        [
            "Akaun anda disekat. Sila klik pautan dan masukkan kata laluan anda untuk buka: bit.ly/mbb-unlock",
            "Admin sini, hantar kata laluan awak sekarang supaya akaun tak ditutup",
            "Kak, kirim password email kakak ke aku ya, mau aku cek dulu",
        ],
        [
            "Jika anda telah klik pautan dan masukkan kata laluan, sila laporkan kepada IT dan tukar segera.",
            "Kalau dah terklik link tu & masukkan password, report ke helpdesk dan tukar password kat portal.",
            "Kalau ada org call minta password, jangan bagi. IT tak perlukan password anda.",
            "Sy datang ke meja puan jam 3 untuk install update, takyah bagi apa2 password ye.",
        ],
    )


def test_office_it_remote_session_is_no_remote_access_scam(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.REMOTE_ACCESS,
        [
            "Kami dari bank, rekening bapak ada transaksi mencurigakan. Silakan install AnyDesk dan kirim ID-nya.",
            "Encik, akaun bank encik digodam. Muat turun TeamViewer sekarang supaya kami boleh bantu keluarkan duit.",
            "Pak, HP bapak kena virus. Pasang aplikasi AnyDesk biar saya bersihkan dari sini.",
        ],
        [
            "Mbak, laptop kantor nanti saya remote lewat AnyDesk dari meja IT jam 3. Tinggal klik Accept aja.",
            "Tiket IT #2210: sy dah remote masuk guna TeamViewer, update Windows dah siap. Boleh tutup session.",
            "Team, IT akan remote masuk laptop baru guna AnyDesk petang ni untuk setup email.",
        ],
    )


def test_prize_already_in_wallet_or_collected_at_hr_is_no_lure(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.PRIZE_LURE,
        [
            "Tahniah! Anda menang hadiah wang tunai RM5,000. Hubungi ejen kami di wa.me/60123456789 untuk tuntut.",
            "Selamat! Anda memenangkan hadiah undian mobil. Klaim di hadiah-undian.site sebelum hangus.",
            "Tahniah anda pemenang cabutan bertuah! Bayar caj pos RM50 untuk hantar hadiah.",
        ],
        [
            "Shopee: Tahniah! Anda menang baucar RM5 dalam permainan harian. Baucar telah dimasukkan ke dompet anda.",
            "Selamat! Kamu menang undian poin bulan ini, voucher Rp25rb udah masuk ke akunmu.",
            "Tahniah kepada pemenang cabutan bertuah hari keluarga syarikat! Hadiah boleh diambil di bahagian HR esok.",
        ],
    )


def test_card_blocked_at_holders_request_is_no_threat(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        SignalType.ACCOUNT_THREAT,
        [
            "Kartu ATM Anda telah diblokir karena aktivitas mencurigakan. Buka blokir di bri-buka-blokir.com",
            "Rekening anda akan diblokir hari ini, segera verifikasi di http://bca-verif.info",
            "Kartu kredit Anda diblokir. Hubungi 0812-3344-5566 untuk membuka.",
        ],
        [
            "Pengajuan pemblokiran kartu debit Anda via aplikasi telah berhasil. Kartu baru dikirim ke alamat Anda.",
            "Kartu Debit Anda berakhiran 0921 telah diblokir sesuai permintaan. Kartu pengganti dikirim ke alamat.",
            "BNI: Pengajuan pemblokiran kartu kredit Anda telah berhasil diproses. Terima kasih.",
        ],
    )


def test_login_name_and_password_asked_in_chat(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        SignalType.PASSWORD_REQUEST,
        [
            "bro boleh pinjem bentar, minta email sama pw akun ML kamu? mau push rank doang",
            "Sis, sy boleh bantu buka semula kedai, cuma perlu emel & password sis ye",
            "kak aku butuh username dan password akun tokomu ya buat update katalog",
        ],
        [
            "Jangan pernah minta username dan password kamu ke siapa pun, termasuk admin.",
            "Untuk log masuk ke portal, gunakan emel dan kata laluan yang didaftarkan.",
        ],
    )


def test_card_back_or_cvv_needed_for_a_refund(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        SignalType.PASSWORD_REQUEST,
        [
            "Refund tiket kakak sudah disetujui. Silakan kirim foto kartu debit depan belakang ke nomor ini ya.",
            "Pampasan RM200 untuk penghantaran lewat. Kami perlukan nombor kad dan CVV anda untuk kreditkan.",
            "Untuk pengembalian dana, fotoin kartu ATM bagian belakang dan kirim ke admin ya kak.",
        ],
        [
            "Refund akan dikreditkan ke kad yang sama dalam 7 hari. Kami tidak memerlukan CVV anda.",
            "Jangan kirim foto kartu ATM depan belakang ke siapa pun, termasuk yang mengaku CS.",
        ],
    )


def test_sim_swap_cancel_asking_for_identity_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        SignalType.IMPERSONATION,
        [
            "Digi: Permohonan penukaran SIM sedang diproses. Jika bukan anda, balas dan berikan nombor IC untuk batal.",
            "Permintaan tukar kad SIM diterima. Sekiranya bukan anda, hubungi 03-1234 5678 dan sahkan nombor IC.",
            "Telkomsel: Penggantian kartu SIM Anda sedang diproses. Jika bukan Anda, balas dengan konfirmasi NIK.",
        ],
        [
            "Penukaran SIM anda telah berjaya. Sila bawa IC asal ke kedai jika ada sebarang masalah.",
            "Penggantian kartu SIM bisa dilakukan di GraPARI dengan membawa KTP asli.",
        ],
    )
