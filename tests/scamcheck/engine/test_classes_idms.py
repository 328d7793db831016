"""Indonesian and Malay scam classes of the fourteenth round (and the legitimate messages they were confused with),
each with scam wordings that must carry the class's signal and a legitimate counterpart in the same vocabulary
that must not. Rules-only checker. The messages are written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

CLASSES = [
    # the digits that (will) arrive on the reader's phone, asked for by a "friend" or a "team"
    (
        S.OTP_REQUEST,
        [
            "Sis, akun Shopee aku kena blokir, tolong kasih tau kode yang barusan masuk ke HP kamu ya",
            "Pak, ini dari tim undian. Sebentar lagi ada SMS berisi 4 digit, tolong sebutkan ke saya supaya hadiah cair.",
            "Bro, akaun Telegram aku kena log keluar. Boleh hantar kod yang masuk kat phone kau tadi?",
            "Hai, saya dari Shopee. Nanti ada mesej masuk dengan nombor, tolong forward kat saya untuk tebus baucar.",
        ],
        [
            "Kode yang masuk lewat SMS itu rahasia, jangan kasih ke siapa pun termasuk petugas bank.",
            "Masukkan kod yang dihantar melalui SMS ke dalam aplikasi untuk log masuk.",
        ],
    ),
    # an MFA push the "IT desk" asks the reader to approve
    (
        S.OTP_REQUEST,
        [
            "Halo, ini helpdesk kantor. Kami sudah kirim permintaan login ke HP Anda, tolong tekan Approve ya supaya akun email tidak terkunci.",
            "Unit IT: Permintaan log masuk telah dihantar ke aplikasi Authenticator anda. Sila tekan LULUSKAN segera untuk kemaskini sistem.",
        ],
        ["Ada permintaan login baru ke akun Anda. Jika bukan Anda, tekan Tolak dan ganti kata sandi."],
    ),
    # lending an account with its password and code
    (
        S.PASSWORD_REQUEST,
        [
            "Bestie, boleh pinjam akun Tokopedia kamu sebentar? Kirim aja username, password sama OTP-nya ya, nanti aku traktir.",
            "Kak, boleh saya pinjam akaun Lazada akak kejap untuk checkout? Hantar je email, kata laluan dan kod yang masuk.",
        ],
        [
            "Aku pinjam akun Netflix kakakku buat nonton bareng, password-nya udah dia ketik sendiri di TV.",
            "Saya guna akaun Astro adik saya, kata laluan dia dah simpan dalam TV.",
        ],
    ),
    # a username and a password sent back by reply
    (
        S.PASSWORD_REQUEST,
        [
            "Admin Email Kampus: Kuota mailbox Anda penuh. Mohon balas pesan ini dengan mencantumkan username dan password untuk penambahan kapasitas.",
            "Jabatan IT: Peti mel anda hampir penuh. Balas e-mel ini dengan nama pengguna dan kata laluan anda untuk tambah ruang.",
        ],
        ["Login ke portal dengan username dan password SSO Anda seperti biasa mulai Senin."],
    ),
    # a card's expiry with the three digits on its back
    (
        S.PASSWORD_REQUEST,
        [
            "Hai, ni dari kedai telefon. Untuk proses ansuran, boleh WhatsApp nombor kad, tarikh luput dan 3 digit di belakang kad?",
            "Kak, buat konfirmasi cicilan kirim nomor kartu, masa berlaku sama 3 angka di belakang kartu ya.",
        ],
        ["Jangan pernah berikan masa berlaku dan 3 angka di belakang kartu kepada siapa pun."],
    ),
    # full payment before shipping, cash on delivery refused
    (
        S.PAYMENT_REQUEST,
        [
            "Bang, motornya udah siap dikirim. Transfer full dulu ya, COD nggak bisa karena beda kota.",
            "Sebelum aku kirim, lunasi dulu ya kak, barangnya tinggal satu.",
            "Sebelum saya pos, bayar penuh dulu ye. Stok tinggal sikit.",
        ],
        ["Kak, paketnya udah aku kirim, bayarnya nanti COD ke kurir aja ya."],
    ),
    # a booking deposit into the account of the owner's wife or relative
    (
        S.PAYMENT_REQUEST,
        [
            "Homestay di Dieng masih ada untuk malam tahun baru. DP 30% dulu ya kak, rekening a.n. suami saya.",
            "Chalet kat Port Dickson masih kosong hujung minggu ni. Deposit RM300, bank in ke akaun atas nama isteri saya ye.",
        ],
        ["DP villa sudah diterima di rekening atas nama istri saya, terima kasih, sampai jumpa tanggal 17."],
    ),
    # a courier's surcharge paid by card on a link or by a QR code in a picture
    (
        S.PAYMENT_REQUEST,
        [
            "J&T: Paket Anda kelebihan berat. Biaya tambahan Rp7.500 dibayar dengan kartu kredit melalui link berikut.",
            "Pos Laju: Bungkusan anda gagal dihantar. Imbas kod QR dalam gambar ini dan jelaskan caj penghantaran semula RM3.",
        ],
        ["Pos Laju: Bungkusan anda akan dihantar esok. Tiada caj tambahan; jejak di aplikasi Pos Malaysia."],
    ),
    # a relative held by the police, freed by a transfer
    (
        S.LEGAL_THREAT,
        [
            "Bu, ini dari Polres. Suami Ibu ditahan karena kecelakaan. Kalau mau damai, transfer 15jt ke rekening penyidik sekarang.",
            "Mak, adik kena tahan kat balai polis. Polis kata boleh ikat jamin, bank in RM3,000 ke akaun ni cepat.",
        ],
        ["Alhamdulillah, kasus tabrakan kemarin diselesaikan secara kekeluargaan di kantor polisi, semua sudah damai."],
    ),
    # a passport or name blacklisted until a compound or fine is paid
    (
        S.LEGAL_THREAT,
        [
            "Jabatan Imigresen: Nama anda disenaraihitamkan daripada keluar negara. Bayar kompaun RM850 hari ini untuk menarik balik sekatan.",
            "Imigrasi: Paspor Anda masuk daftar hitam karena overstay. Segera lunasi denda Rp4.500.000 agar cekal dicabut.",
        ],
        ["Semak sama ada anda disenarai hitam di portal rasmi Imigresen sebelum membeli tiket."],
    ),
    # a task job paying a range of money per day, reached by chat
    (
        S.INVESTMENT_LURE,
        [
            "Dicari admin like & subscribe YouTube, komisi Rp150.000-Rp300.000/hari, kerja santai dari rumah. Chat WA admin.",
            "Part time rating produk Shopee, gaji harian RM80-RM250. Tiada pengalaman, hubungi admin di WhatsApp.",
        ],
        ["Lowongan kasir minimarket, gaji Rp3.200.000 per bulan, kirim lamaran ke HRD lewat email."],
    ),
    # a horoscope or fortune service subscribed by texting a keyword to a short code
    (
        S.PREMIUM_RATE,
        [
            "Mau tau zodiak cintamu minggu ini? Ketik REG ZODIAK kirim ke 93355. Tarif Rp2.200/sms.",
            "Nasib anda minggu ini! Taip ON NASIB hantar ke 32255 (RM3/mesej, 2 mesej seminggu)",
        ],
        ["Registrasi kartu prabayar: ketik REG spasi NIK#NomorKK# kirim ke 4444."],
    ),
    # a relative on a new number short of money
    (
        S.IMPERSONATION,
        [
            "Ini Om Budi, pakai nomor baru. Om lagi di rumah sakit, kurang biaya obat. Bisa bantu dulu?",
            "Dek, ini kakak, nomor baru ya. Kamu ada 2jt ga? Nanti sore kakak ganti.",
        ],
        ["Ini nomor baru aku ya, simpan aja. Nanti sore kita jadi ketemu di kafe?"],
    ),
    # "if it wasn't you, read me the digits": "bukan kakak" is a notice's "not you", not a negation of the request
    (
        S.OTP_REQUEST,
        [
            "Kak, ini CS e-wallet. Ada login dari HP lain, kalau bukan kakak tolong sebutin kode yang baru masuk biar kami blokir.",
            "Akak, ni dari pihak bank. Kalau bukan akak yang buat transaksi, balas dengan kod yang kami hantar tadi.",
        ],
        ["Kalau bukan kakak yang login, abaikan saja pesan ini dan ganti kata sandi di aplikasi."],
    ),
    # "move your money to a safe account" of the regulator or the bank
    (
        S.PAYMENT_REQUEST,
        [
            "Bank Indonesia: Rekening Anda terindikasi dibobol. Segera pindahkan saldo ke rekening pengamanan yang kami berikan.",
            "Pegawai Bank Negara: Simpanan anda berisiko, pindahkan ke akaun keselamatan ini sebelum jam 5 petang.",
        ],
        ["Tabungan pengamanan dana darurat sebaiknya di rekening terpisah dari rekening gaji, begitu saran perencana keuangan."],
    ),
    # "I transferred to you by mistake, return it to another account"
    (
        S.PAYMENT_REQUEST,
        [
            "Maaf mbak, tadi saya tertransfer 750rb ke rekening mbak. Tolong kembalikan ke rekening istri saya ya, BRI 1234 5678 90.",
            "Salam, saya tertransfer RM800 ke akaun awak pagi tadi. Boleh pulangkan ke akaun adik saya? CIMB 7001 2233 4455.",
        ],
        ["Tadi aku tertransfer ke rekening yang salah, tapi bank sudah proses pengembalian, aman kok."],
    ),
    # a job offer whose uniform or medical check fee is paid before starting
    (
        S.PAYMENT_REQUEST,
        [
            "Selamat, Anda diterima sebagai staf gudang, gaji Rp4,5jt. Sebelum mulai kerja, lunasi biaya seragam Rp250.000 ke rekening HR.",
            "Tahniah, anda terpilih untuk jawatan kerani. Gaji RM2,400. Jelaskan yuran pemeriksaan kesihatan RM150 sebelum lapor diri.",
        ],
        ["Gaji bulan ini sudah masuk. Seragam baru bisa diambil gratis di bagian HR mulai Senin."],
    ),
    # a manager on a private number: pay a new vendor now
    (
        S.PAYMENT_REQUEST,
        [
            "Ini Bu Ratna, pakai nomor pribadi. Tolong transfer Rp85jt ke supplier baru kita hari ini, detail rekening saya kirim.",
            "Hai, ni Datin, guna no lain. Tolong settle invois RM9,800 ke akaun pembekal baru sebelum 3pm ye.",
        ],
        ["Rapat besok membahas supplier baru untuk kantin kantor, mohon siapkan perbandingan harga."],
    ),
    # a recorded call: "press 9 to speak to an officer"
    (
        S.IMPERSONATION,
        [
            "Talian anda akan disekat hari ini kerana aduan penipuan. Tekan 1 untuk bercakap dengan pegawai penyiasat.",
            "Paket Anda berisi barang terlarang dan ditahan Bea Cukai. Tekan 0 untuk terhubung dengan petugas.",
        ],
        ["Untuk bercakap dengan pegawai khidmat pelanggan kami, sila hubungi 1300-88-0000 pada waktu pejabat."],
    ),
    # an .apk file sent as a wedding invitation (the warnings about it are legitimate)
    (
        S.APP_INSTALL,
        [
            "Ini jemputan kahwin kami, sila muat turun fail APK di bawah untuk lihat lokasi.",
            "Undangan pernikahan kami ada di file APK ini ya, dibuka aja biar tau lokasinya.",
        ],
        [
            "Ati-ati, ada undangan nikah palsu bentuknya file APK, jangan diinstal ya.",
            "Kalau dapat fail .apk kad kahwin dari nombor tak dikenali, jangan buka, terus padam.",
        ],
    ),
    # a look-alike of the domain of a bank named only in the reference list
    (
        S.LOOKALIKE_DOMAIN,
        ["Jenius: rekening Anda dibekukan sementara, verifikasi di btpn-jenius-verify.com hari ini."],
        ["Jenius: cek promo cashback akhir tahun di aplikasi Jenius atau jenius.com."],
    ),
]


@pytest.mark.parametrize(("signal", "scams", "legits"), CLASSES, ids=lambda v: v.value if isinstance(v, S) else None)
def test_class(rules_checker: Checker, signal: S, scams: list[str], legits: list[str]) -> None:
    for text in scams:
        result = rules_checker.check("message", text)
        assert result.flagged, text
        assert signal in {s.type for s in result.signals}, text
    for text in legits:
        result = rules_checker.check("message", text)
        assert signal not in {s.type for s in result.signals}, text


# --- legitimate messages that were flagged: warnings, retold calls, a bank's own prize draw ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Td ada yg telp ngaku polisi bilang suamiku ditahan, minta transfer. Ternyata suami lagi di kantor. Hati2 ya",
        "Ati-ati, ada undangan nikah palsu bentuknya file APK, jangan diinstal ya.",
        "Kalau dapat fail .apk kad kahwin dari nombor tak dikenali, jangan buka, terus padam.",
        "BSN: Tahniah, SSP anda memenangi hadiah cabutan RM500. Hadiah dikreditkan terus ke akaun BSN anda. Maklumat: mybsn.com.my",
    ],
)
def test_legitimate_not_flagged(rules_checker: Checker, text: str) -> None:
    assert not rules_checker.check("message", text).flagged


def test_prize_credited_with_an_unofficial_link_still_flags(rules_checker: Checker) -> None:
    text = "BSN: Tahniah, anda memenangi hadiah cabutan RM500. Hadiah dikreditkan terus ke akaun selepas anda sahkan di bsn-hadiah.com"
    assert rules_checker.check("message", text).flagged
