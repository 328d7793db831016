"""Classes of the fourteenth round in Arabic (with Moroccan Darija, also in Latin letters) and English, each with
scam wordings written for these tests (none is a corpus line) and a legitimate counterpart in the same vocabulary.
Rules-only checker, so these hold whatever the trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a code announced by a "carrier" or "courier", to be told to the employee who calls -------------------------


def test_code_told_to_the_employee_who_calls(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "زين: لتفعيل باقة الإنترنت المجانية بيوصلك كود من 4 أرقام، قوله للموظف لما يتصل عليك بعد شوي",
            "أرامكس: لتأكيد موعد التوصيل سيصلك رمز برسالة نصية، يرجى إعطاؤه للمندوب عند اتصاله بك اليوم",
            "شركة الشحن: المندوب اللي هيكلمك بعد ساعة محتاج الكود اللي هيوصلك عشان يسلم الشحنة",
        ],
        [
            "زين: رمز التفعيل 4471. لا تعطه لأي موظف أو مندوب يتصل بك، موظفونا لا يطلبون الرمز أبداً.",
            "أرامكس: شحنتك مع المندوب اليوم، يمكنك الاتصال بالموظف على الرقم الموحد لتغيير الموعد.",
        ],
    )


# --- Moroccan Darija in Latin letters: the code asked back, and the account that "will be blocked" -------------


def test_darija_arabizi_code_request(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Salam a khti, ana men service Inwi, ghadi ywslek wahd l code daba f message, 3tiha liya bach nfe3lo lik l offre",
            "Khoya smhli, sifet lik code bl ghalat l numero dyalek, sift liya l code 3afak",
        ],
        ["Salam khoya, l code dyal l wifi f dar howa li 3tak bba lbare7, sme7 lia nsit."],
    )


def test_darija_account_lock_threat(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "BMCE: l compte dyalkom ghadi ytblocka lyoum ila ma dkheltoch t2kdo l ma3lomat: bmce-verif.online",
            "واتساب: الحساب ديالك غادي يتبلوكى فهاد 24 ساعة، دخل للرابط باش تأكد: wts-ma.top",
        ],
        ["Ana li bloquit had numero, kan ysifet lia messages bzaf. Ma kayn walo."],
    )


# --- Tagalog-English: "pa-forward the code" -----------------------------------------------------------------------


def test_taglish_forward_the_code(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Hello kuya, nagamit yung number mo sa Shopee checkout, may OTP na dumating sa phone mo, paki-send naman po dito. Salamat!",
            "Hi po! Pakiforward naman yung 6-digit code na natanggap mo kanina, kailangan ko lang sa Maya account ko 🙏",
        ],
        ["Nakuha ko na yung code, salamat! Pa-forward ko na lang yung resibo mamaya."],
    )


# --- a sign-in push announced in advance, to be approved (MFA fatigue) -------------------------------------------


def test_announced_mfa_push_to_approve(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "IT Helpdesk: we are migrating your mailbox tonight. You will get a Microsoft Authenticator request in a minute, tap Approve so the migration completes.",
            "Hi, this is Dan from IT security. I'm going to send a Duo push to your phone now, just accept it so I can verify your device.",
        ],
        [
            "IT Security: if you get an MFA push you did not start yourself, do not approve it and report it to the helpdesk.",
            "IT Service Desk: the technician will connect at 10:00 through the remote support tool. You will see a prompt to accept.",
        ],
    )


# --- fees paid "for you" at a discount: half now, the rest later -------------------------------------------------


def test_fees_at_a_discount_pay_half_now(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "السلام عليكم، عندنا عرض لسداد فواتير الكهرباء بخصم 30%، ادفع نصف المبلغ الآن والباقي بعد ما يوصلك إشعار السداد",
            "We can settle your university fees at a 40% discount this semester. Send half now by bank transfer and the balance after the payment reflects.",
        ],
        [
            "الجامعة: تم تطبيق خصم 10% على رسوم الفصل القادم للطلاب المتفوقين. ادفع الرسوم من بوابة الطالب قبل 15 سبتمبر.",
            "Reminder: the school fees are now 10% off if you pay before 1 March in the parent portal.",
        ],
    )


# --- a card or account described as suspended or frozen -----------------------------------------------------------


def test_card_described_as_suspended(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "بنك أبوظبي الأول: حسابك معلق مؤقتاً بسبب بيانات ناقصة. اتصل على +971 50 318 2274 لتفادي الإغلاق النهائي",
            "بطاقتك الائتمانية مجمدة بسبب نشاط غير معتاد، يرجى الاتصال بالرقم 0551234987 فوراً",
        ],
        ["وصلت البطاقة الجديدة للفرع، تقدر تستلمها من الساعة 9 إلى 3."],
    )


# --- Darija work from home paid per day, and pay per like or review -----------------------------------------------


def test_darija_paid_per_day_from_home(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "خدمة ساهلة من الدار ديالك، غتربح حتى 400 درهم فالنهار غير بالتيليفون. صيفط لينا ميساج فالواتساب",
            "مطلوبين بنات وشباب: كتربح 250 درهم فالنهار بالتقييمات ديال المطاعم على الإنترنت، تواصل معانا",
        ],
        ["خويا غدا خدام من الدار حيت الشركة سدات المكتب، نتلاقاو فالعشية."],
    )


# --- a parcel held at customs with a fee to pay --------------------------------------------------------------------


def test_parcel_held_at_customs_fee(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "أمانة: الطرد ديالك محجوز فالديوانة، خلص 12 درهم اليوم باش يتصيفط ليك: amana-colis.top",
            "البريد: شحنتك عالقة في الجمارك، يرجى دفع 9.5 دينار رسوم تخليص عبر الرابط jo-post-track.com",
        ],
        ["بريد المغرب: الكولي ديالك وصل للوكالة ديال الحي، تقدر تجيبو بالبطاقة الوطنية."],
    )


# --- money to a friend's or cousin's number instead of the sender's own ------------------------------------------


def test_transfer_to_a_friends_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Hey it's Jia Hui from poly, this is my new no. Stuck in Bangkok, can you PayNow $350 to my cousin's number 9123 4567? Will return tmr!",
            "Bro my bank app is locked, could you send RM200 to my friend's account first? I'll bank in to you tonight.",
        ],
        ["My friend's number is 9123 4567 if you need to reach him about the flat viewing."],
    )


# --- a number labelled as a reference, transaction or order number is no phone number ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "بنك الراجحي: تم تحويل 200 ريال إلى محمد بنجاح. رقم العملية 90014532",
        "Your transfer of £20.00 to J SMITH was successful. Reference: 09061234567",
        "Techcombank: Chuyển khoản 500.000 VND thành công. Mã giao dịch 90021873",
        "您已成功转账200元，交易号：90021873",
        "Maybank2u: Pemindahan RM50.00 berjaya. No. Rujukan 90021873",
        "โอนเงิน 500 บาท สำเร็จ เลขอ้างอิง 90021873",
    ],
)
def test_reference_number_is_not_a_phone_number(rules_checker: Checker, text: str) -> None:
    kinds = rules_checker.check("message", text).signal_types()
    assert S.PREMIUM_RATE not in kinds
    assert S.SHARED_COST not in kinds


def test_unlabelled_premium_number_still_reported(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "Your parcel is waiting. Call 09061234567 to arrange delivery.")
    assert S.PREMIUM_RATE in result.signal_types()


# --- an authority's threat: a travel ban, a warrant "to be issued", a suspended SSN; a named officer's number -----


def test_authority_threats(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Inland Revenue: unpaid tax of RM2,140 on your file. A travel ban will be placed on your IC unless paid today.",
            "Federal notice: your Social Security number has been suspended after fraud was detected. Press 1 now or a warrant will be issued.",
        ],
        [
            "News: the government lifted the travel ban on flights to Bali from Monday.",
            "Your new Social Security card has been mailed; your number stays the same.",
        ],
    )


def test_officer_with_personal_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Immigration: your visa file has a case of overstay. Deportation will follow within 48 hours. Call officer Insp. Kumar 012-775 3321 now.",
            "النيابة العامة: صدر بحقك أمر ضبط بسبب شيك بدون رصيد. للتسوية كلم النقيب سامر واتساب 0551239876 اليوم",
        ],
        ["Your police report was filed. The investigating officer will contact you within 3 working days."],
    )


# --- a "wrong number" opener that turns to investing or trading ---------------------------------------------------


def test_wrong_number_then_trading(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Oh sorry, wrong person 🙈 I was looking for my driver. Since we met like this, do you do any crypto? My uncle's platform gave me 25% last week.",
            "Hello, is this Mrs Chan? Oops, I messaged the wrong contact. I'm Vivian, I do gold futures in Singapore, happy to share tips if you like.",
        ],
        ["Sorry, wrong number! I meant to text my sister about dinner tonight."],
    )


# --- "please call" a number beside a card notice counts as a support number ---------------------------------------


def test_arabic_please_call_number_is_presented_as_support(rules_checker: Checker) -> None:
    kinds = rules_checker.check("message", "بطاقتك موقوفة مؤقتاً، يرجى الاتصال على 0561234567 لإعادة تفعيلها").signal_types()
    assert S.UNOFFICIAL_SUPPORT_NUMBER in kinds
