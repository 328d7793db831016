"""Arabic, English, Indonesian and Malay classes from the scams the seventeenth blind round missed: a plea told as a
story with a promise to repay, a job's fee before it starts, a let paid unseen with the keys posted, a supplier's new
bank account, a fixed monthly return or a sum that "became" a larger one, a loan's fee first or its papers by
WhatsApp, customs duty to a person's name, a QR scanned "to receive" money, a donation into a relative's or an
agent's account, a SIM replacement cancelled on an ordinary phone number, a teaser answered by texting a short code, a
student-affairs caller asking for a password, an OTP announced to be shared, a soldier's first contact. Every wording
is written for these tests (none is a corpus line); the rules-only checker is used, so these hold whatever the
trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(use_model=False)


def test_plea_with_a_story_and_a_promise_to_repay(checker: Checker) -> None:
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        [
            "Hey love, I'm stuck at the airport in Doha, my bank card was declined. Could you send $300 for the hotel? I'll pay you back as soon as I land",
            "Sweetheart my dad is in hospital and the surgery deposit is 40k. Please transfer 15k today, I will return the money when my salary comes",
            "Sayang, kartu ATM-ku diblokir di sini, bisa transfer 2jt buat bayar hotel? Nanti pas gajian aku langsung ganti ya",
            "Abang, ayah masuk wad ICU, kos ubat RM1,500. Boleh tolong? Bila gaji masuk adik terus bayar balik",
            "حبيبتي أنا في المطار والشنطة انحجزت، محتاج 3000 ضروري، هرجعهملك أول ما أوصل",
            "يا خالتي البطاقة اتقفلت وأنا برا، ابعتيلي 2000 على المحفظة وبرجعلك إياهم لما يجي الراتب",
        ],
        [
            "Hi Sam, I'm at the hospital with Mum, she's fine. Could you feed the cat tonight? I'll pay you back for the food",
            "The airport taxi was $60, I paid it. You can pay me back whenever, no rush",
            "Kak, ibu sudah pulang dari rumah sakit, terima kasih doanya. Uang 2jt yang kemarin nanti aku ganti pas gajian",
            "Mak dah keluar hospital semalam. Bil RM800 dah settle guna insurans, tak payah risau",
            "الحمد لله ماما طلعت من المستشفى، والفاتورة 5000 دفعها التأمين",
        ],
    )


def test_job_fee_for_medical_visa_or_documents(checker: Checker) -> None:
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        [
            "Your application for Hotel Steward in Dubai is successful. Pay $250 for visa processing before your interview on Friday.",
            "You have been shortlisted for Deck Crew. The medical screening fee is ₦35,000, payable before the interview.",
            "Selamat, Anda diterima sebagai kru kapal. Medical check-up dan visa diurus agen, biaya Rp5.000.000 transfer hari ini.",
            "Tawaran kerja kilang di Korea, gaji RM8,000. Bayar yuran permit RM1,800 sebelum berlepas.",
            "مبروك تم قبولك في الوظيفة، لازم تدفع رسوم الفحص الطبي 300 ريال قبل المقابلة",
        ],
        [
            "Your interview for Cabin Crew is on Monday at 10am. The company covers the medical screening; bring your passport.",
            "Selamat, Anda lolos interview. Medical check-up dilakukan di klinik rekanan, seluruh biaya ditanggung perusahaan.",
            "Temuduga kerja anda pada hari Isnin. Pemeriksaan kesihatan percuma di klinik panel.",
            "تم تحديد موعد المقابلة يوم الأحد، والفحص الطبي على حساب الشركة",
        ],
    )


def test_let_paid_unseen_with_the_keys_posted(checker: Checker) -> None:
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        [
            "The flat is yours if you want it. I'm out of the country so no viewings, transfer the first month and I'll courier the keys to you.",
            "I live interstate at the moment. Once you pay the bond I'll mail the keys by Australia Post.",
            "Transfer DP 50% dulu ya kak, aku lagi di luar kota jadi gak bisa survei bareng, kunci nanti dikirim pakai JNE.",
            "Bayar deposit penuh hari ni. Saya tak dapat tunjuk rumah sebab kerja di Sarawak, kunci saya pos guna Poslaju.",
            "أنا مسافر هالفترة، حول العربون وأرسل لك المفتاح بالبريد",
        ],
        [
            "Viewing Saturday 10am at 14 King St. Pay the bond only after signing the lease at our office; keys at handover.",
            "Welcome! Self check-in: the keys are in the lockbox, code 4821. Your booking is paid in full.",
            "Kunci kos ada di pos satpam ya kak, bayar bulanan tetap lewat aplikasi seperti biasa.",
            "Kunci rumah dalam peti surat, nanti saya datang ambil. Sewa bulan ni dah bayar.",
            "المفتاح عند البواب، والإيجار دفعته أمس",
        ],
    )


def test_supplier_new_bank_account_for_the_invoice(checker: Checker) -> None:
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        [
            "Hi, quick one: our supplier Apex has changed bank account. Please pay this week's invoice into the new account I forwarded.",
            "Pak, vendor kita ganti rekening bank. Pembayaran invoice bulan ini tolong ke rekening baru yang dia email tadi ya.",
            "Boss, pembekal kita dah tukar akaun bank. Bayaran invois minggu ni masuk akaun baru yang dia hantar semalam.",
            "المورد غيّر رقم الحساب، حوّل دفعة الفاتورة على الحساب الجديد اليوم",
            "Boss, supplier Lim Hardware tukar akaun bank, bayaran invois bulan ni kena masuk akaun Maybank yang dia emel semalam. Saya dah update.",
            "المورد غيّر الآيبان، الدفعة هالشهر تروح للحساب اللي أرسله بالإيميل",
        ],
        [
            "Supplier Apex sent this month's invoice; pay it from the approved payee list as usual, no new details.",
            "Vendor kita sudah kirim invoice bulan ini, pembayaran lewat sistem seperti biasa ke rekening terdaftar.",
            "Pembekal dah hantar invois bulan ni, akaun bank mereka sama macam biasa dalam sistem.",
            "المورد أرسل الفاتورة، الدفع على الحساب المسجل عندنا كالعادة",
        ],
    )


def test_fixed_monthly_returns_and_sums_that_became_larger(checker: Checker) -> None:
    assert_class(
        checker,
        S.INVESTMENT_LURE,
        [
            "Join our palm oil fund: profit 8% per month, paid on the 1st. My uncle has been in for a year.",
            "Invest $500, withdraw $4,000 in 10 days with our AI bot.",
            "Ayo ikut investasi kebun sawit, bagi hasil 7% tiap bulan, sudah banyak yang join.",
            "Temen aku modal 3jt seminggu jadi 9jt pakai robot trading ini.",
            "Skim ternakan lembu, pulangan bulanan 6%, bayar setiap 5 hb.",
            "Saya masuk RM500 jadi RM3,000 dalam seminggu, nak join?",
            "استثمر معنا بالعقارات، أرباح 10% شهرياً مضمونة",
            "صاحبي دخل بـ2000 وطلعت 5000 خلال أسبوع",
        ],
        [
            "Your fixed deposit earns 3.5% per annum, paid at maturity.",
            "Tabungan berjangka bagi hasil 4% per tahun, dijamin LPS.",
            "Kadar dividen ASB tahun ini 5.5%, diumumkan oleh PNB.",
            "أرباح الشركة السنوية ارتفعت 12% هذا العام",
        ],
    )


def test_loan_fee_first_or_papers_by_whatsapp(checker: Checker) -> None:
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        [
            "Your loan of $20,000 is approved. Pay the processing fee of $150 upfront to release the funds.",
            "Pinjaman dana tunai 50jt cair hari ini, cukup bayar biaya administrasi 750rb dulu.",
            "Pinjaman peribadi RM30k lulus. Sila bayar yuran guaman RM600 dulu sebelum pengeluaran.",
            "تمويل شخصي بدون كفيل، حول رسوم فتح الملف 200 ريال ونرسلك العقد",
        ],
        [
            "Your loan is approved. Fees are deducted from the amount disbursed, so you pay nothing first.",
            "Pengajuan KPR disetujui, akad dijadwalkan di kantor cabang dan semua potongan dihitung saat itu.",
            "Pinjaman anda diluluskan. Kos guaman ditolak daripada jumlah pembiayaan, tiada bayaran dulu.",
        ],
    )
    assert_class(
        checker,
        S.PASSWORD_REQUEST,
        [
            "قروض بدون فوائد، صيفط صورة بطاقة التعريف والـRIB ديالك على الواتساب",
            "Pinjaman tanpa jaminan, kirim foto KTP dan buku tabungan lewat WA sekarang.",
            "Pinjaman segera tanpa dokumen, hantar gambar IC dan penyata bank melalui WhatsApp.",
        ],
        [
            "لطلب القرض تفضل بزيارة الوكالة مع البطاقة الوطنية وكشف الحساب",
            "Untuk pengajuan pinjaman, bawa KTP dan buku tabungan ke kantor cabang.",
        ],
    )


def test_customs_duty_to_a_person(checker: Checker) -> None:
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        [
            "عندك طرد في الجمارك، ادفع 150 درهم وصيفطها فوفاكاش لهاد السمية: يوسف م.",
            "Your parcel is held at customs. Send the $95 duty by Western Union to this name: Peter K.",
            "Paket Anda tertahan di bea cukai, bayar Rp850.000 ke rekening atas nama Sdr. Hendra.",
            "Bungkusan tertahan di kastam. Bayar duti RM210 masuk akaun atas nama Encik Faizal.",
        ],
        [
            "شحنتك خلصت من الجمارك، استلمها من مكتب البريد بالهوية",
            "Your parcel is at customs. Pay the duty in the official postal app when prompted.",
            "Bea masuk paket dibayar lewat kode billing di aplikasi pos.",
        ],
    )


def test_qr_scanned_to_receive_money(checker: Checker) -> None:
    assert_class(
        checker,
        S.PRIZE_LURE,
        [
            "Scan the QR I sent to receive your refund of $80, then enter your PIN.",
            "Ini barcode untuk terima cashback kakak, scan di aplikasi lalu masukkan PIN ya.",
            "Imbas kod QR ni untuk terima bayaran balik RM120 ke akaun awak.",
            "امسح الباركود اللي بعتهولك عشان تسترد فلوسك",
        ],
        [
            "Scan the QR at the counter to pay for your order.",
            "Scan QRIS di kasir untuk bayar belanjaan ya kak.",
            "Imbas kod QR di kaunter untuk membuat bayaran.",
        ],
    )


def test_donation_into_an_agent_or_relative_account(checker: Checker) -> None:
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        [
            "Please donate for little Tomi's surgery, send to M-Pesa 0722 118 226 (Tomi's mother). Every shilling helps.",
            "Kami mengumpulkan donasi untuk korban banjir, transfer ke rekening istri saya BCA 123 456 7890.",
            "Kutipan derma untuk mangsa kebakaran, masukkan ke akaun ejen kami Maybank 1122 3344.",
            "التبرعات للمسجد على حساب الوكيل أبو سامي",
        ],
        [
            "Donations for the clinic go to the registered charity account shown on our website.",
            "Donasi banjir disalurkan melalui rekening resmi yayasan yang terdaftar di Kemensos.",
            "Derma boleh disalurkan ke akaun rasmi masjid yang tertera di papan kenyataan.",
            "التبرعات عن طريق منصة إحسان الرسمية فقط",
        ],
    )


def test_sim_replacement_cancelled_on_an_ordinary_number(checker: Checker) -> None:
    assert_class(
        checker,
        S.ACCOUNT_THREAT,
        [
            "Safaricom: a SIM replacement was requested on your line. If this wasn't you call 0733 221 905 to cancel.",
            "Telkomsel: permintaan penggantian kartu SIM Anda sedang diproses. Jika bukan Anda, hubungi 0812 7733 4411.",
            "Maxis: permohonan penggantian SIM anda diterima. Jika bukan anda, hubungi 012-339 8871 segera.",
            "تم تقديم طلب تبديل شريحتك، إذا لم تكن أنت اتصل على 0551234567 لإلغاء الطلب",
        ],
        [
            "Safaricom: your SIM replacement is complete. If this wasn't you, call 100.",
            "Telkomsel: penggantian kartu SIM berhasil. Info hubungi 188.",
            "تم تبديل الشريحة بنجاح، للاستفسار اتصل على 101",
        ],
    )


def test_teaser_answered_by_texting_a_short_code(checker: Checker) -> None:
    assert_class(
        checker,
        S.PREMIUM_RATE,
        [
            "You have a secret admirer! Find out who: text CRUSH to 48811.",
            "Ada yang diam-diam naksir kamu. Mau tahu siapa? Ketik CINTA kirim ke 97799.",
            "Seseorang suka kat awak. Taip SIAPA hantar ke 36633.",
            "في حد معجب بيك! ابعت حب إلى 95050 عشان تعرف مين",
        ],
        [
            "To stop receiving promotions, text STOP to 48811.",
            "Registrasi kartu: ketik REG spasi NIK kirim ke 4444.",
            "Happy anniversary love, I'll text you when I'm on the way",
        ],
    )


def test_student_affairs_or_it_asks_for_a_password(checker: Checker) -> None:
    assert_class(
        checker,
        S.PASSWORD_REQUEST,
        [
            "Hi, this is Dana from Student Affairs. Your enrolment is on hold, send me your student ID and portal password so I can fix it.",
            "Halo, saya dari bagian akademik. KRS kamu bermasalah, kirimkan NIM dan password SIAKAD ya.",
            "Salam, saya dari HEP. Pendaftaran kursus awak ada masalah, bagi ID pelajar dan kata laluan portal.",
            "معك سارة من شؤون الطلبة، عطيني الرقم الجامعي وكلمة المرور حق البوابة عشان أعدل الجدول",
        ],
        [
            "Student Affairs: course registration opens Monday. Log in to the portal with your own password; staff will never ask for it.",
            "Bagian akademik: reset password SIAKAD bisa lewat menu lupa password.",
            "شؤون الطلاب: يمكنك تغيير كلمة المرور من البوابة",
        ],
    )


def test_otp_announced_to_be_shared(checker: Checker) -> None:
    assert_class(
        checker,
        S.OTP_REQUEST,
        [
            "Dear customer, your PAN link is pending. You will receive an OTP shortly, please share the same with our executive.",
            "Sir you'll get one code now, kindly tell it to me to complete the verification.",
            "Nanti Bapak akan menerima kode OTP, tolong sebutkan ke saya untuk verifikasi data.",
            "Sekejap lagi encik akan terima kod TAC, maklumkan kepada saya untuk pengesahan.",
        ],
        [
            "You will receive an OTP shortly. Enter it in the app to confirm; never share it with anyone.",
            "Anda akan menerima kode OTP, masukkan di aplikasi. Jangan berikan kepada siapa pun.",
        ],
    )


def test_soldier_or_mission_doctor_first_contact(checker: Checker) -> None:
    assert_class(
        checker,
        S.IMPERSONATION,
        [
            "Hello beautiful, I'm a UN surgeon serving in South Sudan. Your smile caught my eye. Can we talk on Telegram?",
            "Hai cantik, aku tentara pasukan perdamaian di Lebanon, boleh kenalan?",
        ],
        [
            "My cousin is an army doctor; she's coming home for Christmas, let's chat on WhatsApp about the party.",
        ],
    )
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        ["Honey, my commander says I need to pay a $1,500 leave fee before I can fly to you. Please help me send it."],
        ["My leave form is approved, I fly home Friday and will call you from the airport."],
    )


def test_pay_per_task_and_unlock_fees(checker: Checker) -> None:
    assert_class(
        checker,
        S.INVESTMENT_LURE,
        [
            "Dicari admin part time, cukup follow akun toko di Instagram, dibayar Rp20rb per tugas.",
            "Kerja santai: kasih ulasan bintang 5 di Shopee, setiap tugas Rp15.000 langsung cair.",
            "مطلوب موظفين أونلاين، متابعة حسابات إنستغرام مقابل 8 ريال على كل متابعة",
        ],
        [
            "Tolong kasih rating untuk layanan kami di aplikasi ya, terima kasih.",
            "قيّم تجربتك مع خدمة العملاء من 1 إلى 5",
        ],
    )
    assert_class(
        checker,
        S.PAYMENT_REQUEST,
        [
            "Great job on your first tasks! Recharge $150 to unlock the next level and your 20% commission.",
            "Untuk buka level VIP kamu wajib top up Rp500.000 dulu ke admin.",
        ],
        [
            "Great job! You unlocked the next level in the game, keep playing.",
            "Selamat, level VIP kamu terbuka otomatis karena belanja bulan ini.",
        ],
    )


def test_screen_shared_on_a_whatsapp_video_call(checker: Checker) -> None:
    assert_class(
        checker,
        S.REMOTE_ACCESS,
        [
            "Pak, biar cepat kita video call WA saja, nanti Bapak share screen dan saya pandu buka m-banking.",
            "افتح فيديو كول على الواتساب وشارك الشاشة عشان أشوف التطبيق",
        ],
        [
            "Besok rapat lewat Zoom ya, siapkan slide untuk share screen.",
            "الاجتماع على تيمز، جهّز العرض عشان تشارك الشاشة",
        ],
    )


def test_id_documents_to_a_whatsapp_number_to_avoid_a_block(checker: Checker) -> None:
    assert_class(
        checker,
        S.PASSWORD_REQUEST,
        [
            "Nomor Anda akan diblokir besok. Untuk verifikasi, kirim foto KTP dan KK ke WA 0812 3300 1122.",
            "Registrasi ulang kartu: kirimkan foto e-KTP lewat WhatsApp admin sekarang.",
        ],
        [
            "Registrasi ulang kartu prabayar cukup lewat UMB *444# atau aplikasi resmi operator.",
            "Kirim foto KTP saat ambil motor sewaan di kantor kami ya kak.",
        ],
    )
