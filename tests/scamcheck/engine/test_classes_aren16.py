"""Arabic and English classes from the errors of the sixteenth blind round: first the legitimate situations the rules
flagged (each made stricter as a class), then the scam tactics they missed. Every wording is written for these tests
(none is a corpus line); the rules-only checker is used, so these hold whatever the trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def _flagged(checker: Checker, texts: list[str]) -> None:
    for text in texts:
        assert checker.check("message", text).flagged, text


def _not_flagged(checker: Checker, texts: list[str]) -> None:
    for text in texts:
        assert not checker.check("message", text).flagged, text


# === legitimate situations the rules flagged =======================================================================

# --- an Arabic give-verb only at the start of a word: "بلغ" inside "مبلغ" (amount) asks for no code -----------------


def test_arabic_give_verb_starts_a_word(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "معك خدمة العملاء، أرسل لي الرمز اللي وصلك الحين عشان نكمل التحديث",
            "عشان نفعل حسابك وارسل الكود المكون من 6 أرقام على الواتساب",
            "بلغنا بالرمز الذي وصلك برسالة نصية لإتمام الاسترداد",
        ],
        [
            "تم سداد فاتورة المياه بمبلغ 180 ريال. الكود المرجعي صالح للمراجعة خلال أسبوع",
            "كود الشحن الخاص بك بمبلغ 50 جنيه. الكود صالح لمدة 30 يوماً من تاريخ الشراء",
            "رمز التفعيل لمحفظتك هو 551902. متشاركش الرمز مع أي حد",
        ],
    )


# --- a message the staff received, named before its quoted title: a phishing test retold, not a request -----------


def test_quoted_title_of_a_message_the_readers_received(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "تنبيه من تقنية المعلومات: يرجى تحديث كلمة المرور الخاصة ببريدك من الرابط قبل نهاية اليوم",
            "IT Desk: verify your password at the portal link below within 24 hours to keep your mailbox",
            "أرسل كلمة المرور حقتك للدعم الفني عشان نرجع لك الإيميل",
        ],
        [
            "فريق الأمن السيبراني: الرسالة التي وصلتكم صباح اليوم بعنوان «تحديث كلمة المرور» كانت اختباراً للتوعية، لا داعي للقلق",
            "Security team: the e-mail you all got on Monday titled \"Verify your password now\" was our phishing drill; whoever clicked gets a short course.",
        ],
    )


# --- a warning that someone impersonates a third party and asks for money: the impostor's request, reported --------


def test_impostor_request_reported_in_a_warning(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Hi parents, this is the principal. Please send money for the field trip via GCash to 0917 555 0182 today.",
            "Dear tenant, please transfer the rent to my new account 004-118822-1 before Friday.",
            "أولياء الأمور الكرام، يرجى تحويل رسوم الرحلة على حسابي الشخصي اليوم",
        ],
        [
            "Heads up: someone is pretending to be our landlord and asking tenants to transfer the rent to a new account. Ignore it.",
            "Parents, a scammer is posing as the class teacher and telling families to send money by GCash; the school never collects that way.",
            "تنبيه: شخص ينتحل صفة مدير المدرسة ويطلب من أولياء الأمور تحويل رسوم الرحلة. المدرسة لا تجمع الرسوم بالتحويل.",
        ],
    )


# --- a traffic violation's own number is a reference, not a phone number ---------------------------------------------


def test_violation_number_is_a_reference(rules_checker: Checker) -> None:
    _not_flagged(
        rules_checker,
        [
            "المرور: تم تسجيل مخالفة مرورية رقم 2290114475 على مركبتكم بقيمة 300 ريال، السداد عبر سداد أو تطبيق أبشر",
            "أبشر: مخالفة رقم 1187200931 بقيمة 500 ريال. يمكنك الاعتراض عبر منصة أبشر",
        ],
    )
    _flagged(
        rules_checker,
        [
            "لديك مخالفة مرورية غير مسددة، ادفعها الآن عبر الرابط sa-traffic-pay.com وإلا سيتم إيقاف خدماتك",
            "مخالفة مرورية بقيمة 300 ريال، للسداد اتصل على 0551234567 فوراً قبل إيقاف الخدمات",
            "Traffic violation no. 4471 unpaid: pay now at rta-fines-portal.top or your licence is suspended",
        ],
    )


# --- remote support inside the company: the session handed back to be closed, or only through the ticketing system --


def test_remote_session_closed_or_through_the_ticketing_system(rules_checker: Checker) -> None:
    _not_flagged(
        rules_checker,
        [
            "يا محمد، خلصت من جهازك على الـ AnyDesk وثبت الطابعة. اقفل الجلسة لما ترجع.",
            "Done with your laptop over TeamViewer, the VPN client is updated. You can close the session now.",
            "IT notice: we never ask you to install TeamViewer by phone. Remote support comes through our helpdesk portal only.",
        ],
    )
    _flagged(
        rules_checker,
        [
            "معك الدعم الفني، نزل تطبيق AnyDesk وأرسل لي الرقم اللي يطلع لك عشان ندخل على جهازك",
            "Microsoft Support: your PC is infected. Install AnyDesk and read me the 9-digit code so our technician can fix it.",
            "IT here, download TeamViewer now and send me your ID and password, don't close the session until I finish.",
        ],
    )


# --- "if you did not make this transaction" is a bank's notice of the user's own action, not a deadline --------------


def test_arabic_not_you_is_no_deadline(rules_checker: Checker) -> None:
    for text in [
        "بنك البلاد: عملية شراء بمبلغ 89.00 ريال من NOON بالبطاقة ***4410. إذا لم تقم بهذه العملية اتصل على 920001002",
        "مصرف الإنماء: تم تغيير رقم الجوال المسجل. إذا لم تقم بذلك تواصل معنا عبر التطبيق",
    ]:
        assert S.URGENCY not in rules_checker.check("message", text).signal_types(), text
    for text in [
        "إذا لم تقم بتحديث بياناتك خلال 24 ساعة سيتم إيقاف حسابك",
        "إذا لم تقم بهذا الطلب اتصل بخدمة العملاء لإلغائه",
        "إذا لم تسدد الفاتورة اليوم سيتم فصل الخدمة",
    ]:
        assert S.URGENCY in rules_checker.check("message", text).signal_types(), text


# --- a provider's own site (reference brands): Singtel, StarHub, Bank of America, Wells Fargo -------------------------


def test_provider_site_of_reference_brands(rules_checker: Checker) -> None:
    _not_flagged(
        rules_checker,
        [
            "StarHub: Your March bill of $48.10 is ready. Pay in the My StarHub app or at starhub.com by 15 Apr.",
            "Wells Fargo: A deposit of $1,250.00 posted to account ending 7731. Sign in at wellsfargo.com for details.",
            "Singtel: Your data add-on is active. Manage it at singtel.com or in the app.",
        ],
    )
    _flagged(
        rules_checker,
        [
            "Singtel: Your line will be suspended today. Pay now at singtel-billing.help/pay",
            "Bank of America: unusual sign-in. Verify at bankofamerica.account-verify.top now",
            "Wells Fargo alert: confirm your card at wellsfargo-secure.online to avoid suspension",
        ],
    )


# --- the negation of an "if you didn't …," condition governs the condition only ------------------------------------


def test_if_not_you_condition_does_not_negate_the_request(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Optus: a SIM swap was requested on your number. If you didn't request this, give your account PIN to the agent who calls you.",
            "If this wasn't you, reply with your online banking password so we can lock the account.",
            "We see a new payee on your profile. If you did not add it, confirm your card number and CVV at the link to stop it.",
        ],
        [
            "If you didn't request this, do not share your PIN with anyone, not even our staff.",
            "If this wasn't you, never give your password to callers; change it in the app.",
        ],
    )


# === scam tactics the rules missed ==================================================================================

# --- a superior's new or personal number, with an order to keep it from the colleagues ------------------------------


def test_boss_new_number_kept_from_colleagues(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Good morning, it's your CEO. Save my new number please. Need a quick favour, keep this between us for now.",
            "This is the managing director, my personal number. I need you on a confidential task today, do not tell your colleagues.",
            "أنا المدير العام، هذا رقمي الخاص. عندي لك مهمة سرية ومستعجلة، لا تخبر أحد من الزملاء",
            "صباح الخير، أنا مديرك، احفظ رقمي الجديد. محتاجك في موضوع سري ومتقولش لحد",
        ],
        [
            "Hi team, this is the director. My new number is 9123 4567 for the offsite; share it with anyone who needs it.",
            "تعميم من المدير العام: هذا رقمي الجديد للتواصل بخصوص الاجتماع، بلغوا الزملاء",
            "Don't tell Lina, but we're planning her farewell on Friday; chip in at the front desk.",
        ],
    )


# --- a relative's or friend's phone broken, then money ---------------------------------------------------------------


def test_arabic_broken_phone_then_money(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "ماما جوالي انكسر وهذا رقم صديقتي، محتاجة 1500 ريال ضروري حوليها على هالحساب",
            "يبه تلفوني ضاع وأكلمك من رقم زميلي، ابي 3000 درهم للسكن اليوم",
            "خالي موبايلي اتسرق، محتاج فلوس ضروري ابعت على الرقم ده فودافون كاش",
        ],
        [
            "جوالي انكسر أمس، بكرة أصلحه وأرجع أكلمك",
            "تلفوني خربان اليوم، لو احتجتني كلمني على الإيميل",
        ],
    )


# --- a new acquaintance (a match, a "wrong number") who teaches trading, or keeps chatting -----------------------------


def test_stranger_teaches_trading_or_keeps_chatting(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "We just met but I trust you. Let me teach you how I trade crypto, my mentor's platform doubled my savings.",
            "I can show you the forex broker my cousin uses, just open an account and I'll guide you every day.",
            "My uncle gets insider tips before every coin pump, I'll share them with you.",
            "أقدر أعلمك التداول على المنصة اللي أستخدمها، أرباحي كل يوم",
        ],
        [
            "Let me show you the new printer on the third floor.",
            "I can teach you chess on Saturday if you like.",
            "ممكن أعلمك الطبخ على المنصة التعليمية حقت الجامعة",
        ],
    )
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Sorry, wrong number! I was looking for my yoga teacher. Nice to meet you though, where are you from?",
            "Oops wrong contact, I meant to text my cousin. What's your name by the way?",
            "آسفة غلطت في الرقم، كنت أبي أكلم أختي. بس تشرفت بمعرفتك، من وين انت؟",
        ],
        [
            "Sorry, wrong number! Have a good evening.",
            "غلطت في الرقم، آسف على الإزعاج",
        ],
    )


# --- a fixed or riskless return per day, week or month (Arabic) --------------------------------------------------------


def test_arabic_periodic_or_riskless_return(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "استثمر 2000 ريال واحصل على ربح 600 ريال أسبوعياً مضمون",
            "منصة ذهب رقمي بعائد 15% شهرياً، سجل الآن",
            "استثمار في العقار بدون أي مخاطرة ودخل ثابت، تواصل معنا",
        ],
        [
            "وديعة لأجل بعائد 5% سنوياً متاحة في الفروع",
            "خطة الادخار: اقتطاع 500 ريال شهرياً من راتبك بدون رسوم",
        ],
    )


# --- a loan promised whatever the credit record; a loan whose fee is paid first --------------------------------------


def test_loan_whatever_the_credit_record_or_fee_first(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Instant cash loan up to $5,000 even with bad credit, no credit check, approval in minutes.",
            "Fast loans despite poor credit! No checks at all, reply LOAN.",
            "قروض فورية حتى مع وجود تعثر أو قضايا، تواصل واتساب",
        ],
        [
            "Your loan application needs a credit check; we'll call you within two days.",
            "تمويل شخصي بدون تحويل راتب، يخضع لتقييم سمة الائتماني",
        ],
    )
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "تمويل فوري حتى 200 ألف ريال، رسوم فتح الملف 500 ريال تدفع مقدماً",
            "قرض بدون كفيل، ادفع رسوم الدراسة مقدماً ونحول لك المبلغ خلال ساعة",
            "سلفة عاجلة 20,000 درهم، رسم التأمين 700 درهم قبل التحويل",
        ],
        [
            "تمويل شخصي بدون تحويل راتب، قدم عبر تطبيق البنك",
            "قرضك السكني: القسط القادم 3,200 ريال يخصم تلقائياً من حسابك",
        ],
    )


# --- a phone number or e-mail address "that has won" a draw -----------------------------------------------------------


def test_number_that_has_won(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Your SIM card has won GBP 850,000 in the Vodafone Global Promo. Email the claims officer.",
            "Attention: your e-mail address has been awarded $2,500,000 in the Microsoft lottery.",
            "Your phone number has won a Toyota Fortuner, contact our agent to claim.",
        ],
        [
            "Your number has been ported to Globe successfully.",
            "Congrats to our team: the app has won Best Design 2025!",
        ],
    )


# --- stranded, card blocked: money through a wallet or a transfer service; a job that asks a deposit -----------------


def test_stranded_wallet_transfer_service_and_job_deposit(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Babe I'm stranded in Dubai, my card was declined, can you Venmo me $300? will pay back tonight",
            "Stuck at immigration and my card is blocked, pls GCash me 8k asap",
            "Please send the customs fee via Western Union to the agent's name I'll give you.",
            "You've been selected for the remote typist position! Pay the refundable security deposit of $150 to start.",
            "حبيبتي حولي لي 2000 دولار ويسترن يونيون على الاسم اللي بعطيك",
        ],
        [
            "I'll Venmo you for the pizza tonight.",
            "Western Union: your transfer MTCN 8812 was picked up by the receiver.",
            "You've been selected for the interview on Monday; bring your ID.",
        ],
    )


# --- alms or a donation paid into a private person's account (Arabic) --------------------------------------------------


def test_arabic_alms_to_a_private_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "صدقتك تفرج كربة أسرة محتاجة، التحويل على حساب الأم مباشرة وأرسل لكم الإثبات",
            "تبرعك يسدد إيجار أرملة مهددة بالطرد، حولوا إلى حساب الأرملة والله يجزاكم خير",
            "زكاة مالك لعائلة فقيرة في جدة، التحويل لحساب الأسرة على الآيبان التالي",
        ],
        [
            "تبرع عبر منصة إحسان الرسمية لدعم الأسر المحتاجة",
            "تم استلام زكاتك عبر منصة الجمعية، شكراً لك",
        ],
    )


# --- a Nafath approval "to cancel", a code to hand to the caller, a SIM's serial, a WhatsApp linked-device QR ---------


def test_account_keys_handed_over(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "معك موظف البنك، عشان نلغي الحوالة بيوصلك طلب في نفاذ، اختار الرقم 23 وأكد",
            "لإيقاف العملية المشبوهة افتح تطبيق نفاذ ووافق على الطلب واختر الرقم 71",
            "سيصلك رمز تحقق الآن، يرجى تزويد المندوب به عند اتصاله لإكمال التحديث",
            "Reply with the 19-digit serial number on your SIM card to avoid deactivation.",
            "Help me pls, scan this QR code in WhatsApp > Linked devices so I can vote for my niece",
            "امسح هذا الكود من واتساب الإعدادات ثم الأجهزة المرتبطة عشان نفعل لك الهدية",
        ],
        [
            "نفاذ: تم تسجيل دخولك إلى منصة أبشر بنجاح",
            "لا تزود أي موظف بالرمز، البنك لا يطلبه أبداً",
            "To use WhatsApp Web, open Settings > Linked devices on your phone and scan the QR code shown on your computer.",
            "Your new SIM's serial number is printed on the card holder; keep it for your records.",
        ],
    )


# --- someone acting on the user's device from afar (Arabic) -----------------------------------------------------------


def test_arabic_technician_acting_on_the_device(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "تم خصم 899 ريال لتجديد Norton. لإلغاء التجديد اتصل بنا وسيقوم الفني باسترداد المبلغ عن بعد من جهازك",
            "جهازك مصاب، الموظف المختص راح يصلحه عن بعد على كمبيوترك الحين",
            "فريقنا الفني يدخل عن بعد إلى جوالك لإلغاء الاشتراك",
        ],
        [
            "المحاضرة عن بعد اليوم الساعة 7، الرابط في منصة الجامعة",
            "الفني يوصلك بكرة الساعة 10 لتركيب الراوتر",
        ],
    )


# --- a number "used in illegal activities", "press 9 for cyber crime" ------------------------------------------------


def test_number_used_in_illegal_activity(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Your SIM is linked to fraudulent transactions under investigation. Press 1 to speak to the police officer.",
            "Your PAN has been used for illegal activities; all accounts will be frozen today.",
            "Press 9 to connect to the Cyber Crime cell regarding your number.",
        ],
        [
            "Press 1 to speak to our billing team about your plan.",
            "Your number was used to log in on a new device today.",
        ],
    )


# --- a Nafath "code" asked for, or someone who wants the code that has just reached the user (Arabic) --------------


def test_arabic_code_that_reached_you_wanted(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "نبي منك رمز نفاذ عشان نكمل صرف الدعم لك",
            "المطلوب صورة الهوية ورقم نفاذ لتحديث ملفك في البرنامج",
            "أنا من شركة التوصيل، النظام محتاج الكود اللي وصلك عشان أسلمك الشحنة",
            "عايز الكود اللي جالك على الموبايل عشان أفعل لك الخصم",
        ],
        [
            "لا تشارك رمز نفاذ مع أي شخص ولو ادعى أنه موظف",
            "أدخل الرمز الذي وصلك في التطبيق لإكمال التسجيل",
            "نفاذ: لتسجيل الدخول اختر الرقم الظاهر على الشاشة في تطبيق نفاذ",
        ],
    )
