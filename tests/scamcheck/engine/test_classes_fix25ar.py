"""Arabic classes of round 25 (MSA and dialects). False positives: advisories that tell the reader to hang up on a
caller asking for AnyDesk or a screen share, or that describe messages "asking them" to update card details or
links "under the pretext of" a prize; a courier's delivery code given with its label for the driver; "an employee
will contact you" in a bank's notice; points won in a loyalty programme. Misses: a password or card number with its
expiry asked for in dialect, a task job paying a range a day, a screen shared for an "employee" or to update an
account, a Nafath number picked for the sender, a code announced while the caller keeps the reader on the line, a
transfer to be kept secret, and a gift held by a shipping company until a fee is paid. Each wording is written for
these tests (none is a corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_hang_up_advisory_on_remote_tools(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "أنا من الدعم الفني في البنك، ثبّت تطبيق AnyDesk الآن وأعطني الرقم اللي يظهر لك ولا تقفل الخط.",
            "نزل برنامج TeamViewer عشان نصلح حسابك، وخليك معي على الخط.",
            "الموظف طلب مني أقولك: ثبت AnyDesk الحين، وبعدها اقفل الخط وأنا أتصل عليك.",
        ],
        [
            "تنبيه من بنك الجزيرة: قد يتصل بك شخص يدعي أنه من الدعم الفني. وطلب منك تنزيل تطبيق AnyDesk أو "
            "TeamViewer، أغلق الخط فوراً.",
            "تحذير: إذا اتصل بك أحد وطلب منك تثبيت TeamViewer على جهازك فأغلق الخط وبلّغنا.",
            "أغلق الخط فوراً لو طلب منك المتصل تحميل AnyDesk.",
            "بنك مصر: محدش من موظفينا هيطلب منك تنزيل برامج زي AnyDesk أو مشاركة الشاشة. لو حصل كده اقفل المكالمة "
            "وكلمنا على 19888",
        ],
    )


def test_advisories_that_describe_the_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "مبروك! ربحت جائزة قيمتها 7000 ريال، اضغط على الرابط لاستلامها: prize-ksa.top",
        ],
        [
            "تنبيه من المصرف: لا تفتح روابط مجهولة تصلك بحجة الفوز بجائزة أو تحديث بياناتك، ولا تشارك رمز التحقق.",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "حدّث بيانات البطاقة وأرسل لي الرقم السري عبر الرابط: card-renew.top",
        ],
        [
            "مصرف قطر: انتبه، تصل بعض العملاء رسائل تطلب منهم إدخال بيانات البطاقة والرقم السري عبر رابط غير "
            "رسمي. لا نرسل أي روابط من هذا النوع.",
        ],
    )


def test_delivery_code_given_for_the_courier(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "أنا مندوب التوصيل، وصلك كود على جوالك، أرسله لي عشان أسلمك الشحنة.",
        ],
        [
            "أرامكس: شحنتك في الطريق اليوم. كود التسليم: 5520، أعطه لمندوب التوصيل فقط عند استلام الشحنة.",
            "ناقل: طلبك سيصل غداً. رمز الاستلام: 7136 (للمندوب عند التسليم).",
        ],
    )


def test_employee_will_contact_you(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "مساء الخير، معك موظف البنك الأهلي، على حسابك عملية مشبوهة، أرسل لي رمز التحقق حتى نوقفها.",
        ],
        [
            "تمت الموافقة على طلب البطاقة الائتمانية رقم 55120. سيتواصل معك موظف خدمة العملاء خلال يومين لتحديد "
            "موعد الاستلام. بنك البلاد",
        ],
    )


def test_points_won_in_a_loyalty_programme(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "مبروك ربحت 300 نقطة! استلم جائزتك النقدية من هنا: points-gift.top",
        ],
        [
            "برنامج الولاء: ربحت 250 نقطة إضافية بمناسبة العيد، استبدلها من التطبيق.",
        ],
    )


def test_password_or_card_with_expiry_in_dialect(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "هلا، معك قسم الأنظمة، بنحدث البريد الليلة، أرسل لي باسوورد الإيميل عشان ما يتقفل حسابك.",
            "مرحبا، معك قسم الحماية في البنك، فيه عملية غريبة على بطاقتك، ممكن تعطيني رقم البطاقة وتاريخ "
            "الانتهاء عشان أوقفها؟",
        ],
        [
            "لا تعطي رقم البطاقة وتاريخ الانتهاء لأي شخص يتصل بك.",
            "نسيت باسوورد الإيميل، غيرته من الإعدادات وصار تمام.",
        ],
    )


def test_task_job_with_daily_pay_range(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "فرصة شغل من البيت: لايكات ومتابعة حسابات بس، وتكسب من 400 لـ 1500 جنيه يومياً. كلمنا واتساب.",
            "نبحث عن موظفات بدوام جزئي، المهمة تقييم فنادق على الإنترنت، الدخل اليومي 250 - 900 ريال.",
        ],
        [
            "مطلوب سائق توصيل بدوام كامل، الراتب 4000 ريال شهرياً، التقديم عبر موقع الشركة.",
            "أعطنا تقييمك لتجربة الإقامة في الفندق من التطبيق، رأيك يهمنا.",
        ],
    )


def test_screen_share_for_an_employee_or_an_update(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "خدمة توكلنا: لتوثيق حسابك وتفادي الإيقاف، نزل تطبيق Zoom وشارك الشاشة في الاجتماع والموظف يرشدك.",
            "شارك شاشتك معي في مكالمة واتساب والموظف يساعدك تكمل التحديث.",
        ],
        [
            "اجتماع الفريق الساعة 10، شارك الشاشة عشان تعرض التقرير.",
        ],
    )


def test_nafath_number_picked_for_the_sender(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "جاك طلب في تطبيق نفاذ، اختر الرقم 83 عشان نكمل صرف الدعم لك اليوم.",
            "اختر الرقم 21 في تطبيق نفاذ لاستلام التعويض المتأخر.",
        ],
        [
            "نفاذ: لإتمام تسجيل الدخول إلى بوابة الخدمات اختر الرقم 58 في تطبيق نفاذ. إذا لم تطلب ذلك فتجاهل الطلب.",
        ],
    )


def test_code_announced_while_kept_on_the_line(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "معك موظف الضمان، أحتاج أتأكد من بياناتك، بيوصلك رمز الحين لا تقفل الخط.",
            "راح يوصلك كود على جوالك، خليك على الخط معي.",
        ],
        [
            "سيصلك رمز التحقق خلال دقيقة، لا تشاركه مع أي أحد.",
        ],
    )


def test_transfer_kept_secret(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "أنا في اجتماع، المدير يبي نخلص دفعة المورد اليوم، ممكن تحول 45,000 ريال على الحساب اللي بأرسله؟ "
            "ولا تخبر أحد لأن الموضوع سري.",
        ],
        [
            "حولت لك 200 ريال حق العشاء، ولا تقول لأحد عن المفاجأة لأمي 😄",
        ],
    )


def test_gift_held_for_a_clearance_fee(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "حبيبي أرسلت لك هدية فيها ساعة وذهب مع شركة الشحن، راح يكلمونك عشان تدفع رسوم الجمارك 1,900 درهم بس.",
        ],
        [
            "أرسلت لك هدية بسيطة مع أرامكس، توصلك بكرة إن شاء الله 🎁",
        ],
    )
