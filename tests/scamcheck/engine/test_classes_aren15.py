"""Arabic, English and Arabizi classes from the misses of the fifteenth blind round. Each class has scam wordings
written for these tests (none is a corpus line) and legitimate counterparts in the same vocabulary. Rules-only
checker, so these hold whatever the trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a deposit or savings certificate with a yearly return no bank pays (35 % or more) ------------------------------


def test_certificate_with_extreme_return(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "بنك مصر: شهادة ادخار جديدة بفائدة 40% سنوياً، الاكتتاب أونلاين فقط من الرابط قبل نفاد الكمية",
            "وديعة لمدة سنة بعائد 50% مضمون، احجز مكانك عبر الواتساب",
            "New 12-month term deposit paying 42% interest, only 200 slots, book online at the link below",
            "Gửi tiết kiệm online kỳ hạn 6 tháng, lãi suất 48%/năm, chỉ hôm nay, đăng ký tại link",
            "Deposito 6 bulan bunga 40% per tahun, kuota terbatas, daftar lewat link",
        ],
        [
            "البنك الأهلي: شهادة ادخار ثلاثية بعائد 22% سنوياً متاحة في جميع الفروع وعلى تطبيق الأهلي",
            "شهادات البنك بخصم 50% على رسوم فتح الحساب للطلاب",
            "Your fixed deposit of $10,000 matured today at 3.2% p.a.; 45% of customers renew online",
            "Quý khách có thể vay cầm cố sổ tiết kiệm đến 95% giá trị với lãi suất ưu đãi",
        ],
    )


# --- a gift card (Google Play, iTunes, Steam) bought for a stranded relative, its code sent back ------------------


def test_gift_card_code_for_a_stranded_relative(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "عمي انا بالمطار وبطاقتي انقفلت، اشتري لي كرت ايتونز 200 ريال وابعتلي الكود بسرعة",
            "ماما تلفوني ضاع وانا في المطار، روحي اي سوبرماركت وخذي بطاقة جوجل بلاي 500 وصوري لي الارقام اللي ورا",
            "يا خالي اشتريلي كروت ستيم 100 دولار ودز لي الرموز ضروري الحين",
        ],
        [
            "اشتريت لابني بطاقة جوجل بلاي 50 ريال هدية عيد ميلاده",
            "لا ترسل كود بطاقة ايتونز لأي شخص يطلبها منك، هذا احتيال",
        ],
    )


# --- Arabizi (Arabic in Latin letters): a prize won in a draw, collected by calling ---------------------------------


def test_arabizi_prize(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "mabrouk ya fandem, rakamak kasab gayza 100,000 geneh mn Orange, etasel 3la 0100 123 4567 3ashan testalem",
            "alf mabrook! enta kesbt iPhone 15 fi mosab2et Etisalat, kalemna 3al whatsapp lestelam el gayza",
            "mbrook, rab7t 20,000 ryal fi el sa7b, call 0551234567 3shan testalem",
        ],
        [
            "mabrook 3al shoghl el gedid ya habibi!",
            "mabrook ya 7abibti, el gayza bta3t el madrasa 7elwa awi, ana fakhour beeki",
        ],
    )


# --- Arabizi: a code that "reached you by mistake", to be sent back ---------------------------------------------------


def test_arabizi_code_sent_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "ya akhi gatlak code 6 ar8am? ana ba3to lek bl ghalat, ab3atholi please",
            "jak kod 3la jawalk? ersalo li bsr3a",
            "wasalek ramz mn whatsapp? dezo liya 3ashan ana 8ayart raqmi",
        ],
        [
            "ana ba3atlak el code bta3 el wifi: 12345678",
            "el code bta3 el wifi fel kitchen, ana msh fakro",
        ],
    )


# --- a SIM-replacement, eSIM or number-transfer notice whose number to call is a full-length one --------------------


def test_sim_replacement_notice_with_a_long_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "زين: تم استلام طلب نقل رقمك لشريحة جديدة. إذا لم تقم بالطلب تواصل فوراً على 0551234567 لإلغائه",
            "Vodafone: SIM replacement requested for 01012345678. If this wasn't you, call 01298765432 immediately to block it",
            "Your eSIM transfer request is being processed. Not you? Call +44 20 7946 0321 now to cancel",
        ],
        [
            "STC: تم طلب شريحة بديلة لرقمك. إذا لم تطلب ذلك اتصل على 900 أو راجع أقرب فرع",
            "Your new SIM card has been activated. Need help? Call 1688 or visit a Singtel shop",
            "Optus: your SIM swap is complete. If you didn't ask for this, call 133 937",
        ],
    )


# --- a horoscope or daily-luck service started by sending a keyword to a short code -----------------------------------


def test_horoscope_by_keyword_to_short_code(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            'اشترك الآن في خدمة الأبراج اليومية: أرسل "برج" إلى 801234 واعرف حظك كل صباح',
            "ابعت كلمة حظ على 95522 وتوصلك توقعات برجك يومياً، اليوم الأول مجاني",
            "Text LUCK to 88123 for your daily horoscope and lucky numbers, first week free!",
            "Get your love match & daily zodiac reading: send STAR to 60025 now",
        ],
        [
            'لإلغاء اشتراكك في خدمة الأبراج أرسل "إلغاء" إلى 801234',
            "To stop receiving daily horoscope messages, text STOP to 88123",
            "My horoscope app says today is my lucky day haha",
        ],
    )


# --- a stranger's opener ("did I add you before?", "is this Kevin?") that turns to trading or to friendship ---------


def test_stranger_opener_turning_to_trading(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Is this Kevin? It's Anna from the conference, you wanted the link to the crypto trading platform I told you about",
            "Hi, is this Mark? Sorry, your profile photo looks like my cousin. I'm a forex trader in Dubai by the way",
            "Did I add you before? Sorry, my contacts are a mess. I mostly chat with people about gold trading these days",
        ],
        [
            "Hi, is this Kevin? It's Anna from the dentist, just confirming your appointment on Monday at 10",
            "Did I add you to the project group before? Can't remember, let me know",
        ],
    )


def test_stranger_opener_turning_to_friendship(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Hello, do I know you? Your number was saved in my phone as Linda. Anyway glad to meet you, I'm Grace, I run a boutique in Kuala Lumpur",
            "Hi, did I message you before? Sorry my memory is bad. Nice to meet you anyway, can we be friends?",
            "Sorry, your profile picture looks like my old classmate. Maybe it's fate, I'm Vivian from Shanghai 😊",
        ],
        [
            "Nice to meet you at the conference yesterday! Here are my slides",
            "Did I add you to the project group before? Can't remember, let me know",
        ],
    )


# --- a landlord whose "bank changed", asking the rent into a new account ------------------------------------------


def test_rent_to_a_new_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Hi it's your landlord Peter. My bank has changed so please transfer the rent to my new account 12-3456-789 from this month",
            "Landlord here - please send October's rent into our new bank account, details below. Old account is closed",
            "هلا، معك صاحب الشقة. البنك تغير، حول الإيجار هالشهر على حسابي الجديد SA03 8000 0000 6080 1016 7519",
        ],
        [
            "Reminder from your landlord: rent is due on the 1st, pay to the usual account as per the tenancy agreement",
            "Got it, I paid the rent into your new account this morning",
            "تم تحويل الإيجار على حسابك الجديد، شكراً",
        ],
    )


# --- an unlicensed moneylender: approved the same day, no payslip, bad credit accepted -----------------------------


def test_moneylender_without_checks(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Need cash urgent? Money lender here, loan $1k-$30k approved in 30 mins, no payslip no guarantor. WhatsApp 9123 4567",
            "Personal loan approved instantly, bad credit also can, blacklist also ok. Contact us on WhatsApp",
            "قرض شخصي بدون كفيل وبدون كشف حساب، موافقة فورية، تواصل واتساب 0551234567",
        ],
        [
            "Your personal loan application has been approved. Disbursement on 12 June to your DBS account",
            "Did you ever find a money lender? Dad says no payslip means the bank won't approve",
        ],
    )


# --- a QR code posted in the building that leads to a form asking for card details ----------------------------------


def test_posted_qr_asking_for_card_details(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Attention tenants: the building office has a new parking permit system. Scan the QR on the notice board and enter your credit card number to register your car",
            "Management notice: scan the QR code in the lift to renew your gym access, card details required",
            "إلى السكان: لتسجيل سيارتك في نظام المواقف الجديد امسح الباركود عند المصعد وأدخل بيانات البطاقة",
        ],
        [
            "Scan the QR code at the counter to view our menu; pay by card at the cashier",
            "Scan the QR code to register your vehicle for the new carpark system. No payment needed",
        ],
    )
