"""Security advisories of banks, employers and authorities that describe the request they warn about: the
institution's people as a negated subject ("no officer will ask you to …", "محدش من موظفينا هيطلب منك …"), the scam's
pretext named as one ("بحجة استلام جائزة", "under the pretext of a prize"), messages that ask "them" (some customers),
and a request told as a warning's condition and then refused ("if someone … asks you to install AnyDesk, hang up",
"หากผู้ขายให้โอนเงินนอกระบบ โปรดรายงาน", "لو حد كلمك وطلب تنزل AnyDesk اقفل السكة"). Next to them, the impostor's own
request stays flagged: a denial followed by a new request ("I'll never ask for your PIN, just read me the code"), a
condition followed by a request of the writer's own ("if the bank calls, just send me the code"). Each wording is
written for these tests (none is a corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_no_staff_will_ask(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "No one will find out, just transfer the RM4,500 to this account before 5pm today.",
            "Don't tell the bank about this call, transfer the savings to the safe account I give you now.",
        ],
        [
            "Security tip: no bank employee will ever ask you to transfer your savings to a 'safe account'.",
            "HR notice: no member of staff will ask you to pay a fee or move money for your onboarding.",
            "None of our officers would call you to demand a transfer to settle a case.",
            "لن يطلب منك أي موظف تحويل أموالك إلى حساب آمن، وإذا حدث ذلك أبلغنا.",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "I will never ask for your PIN, just read me the code the bank texted you a moment ago.",
            "محدش هيعرف حاجة، ابعتلي الكود اللي وصلك دلوقتي",
            "البنك مش هيطلب منك حاجة، بس ابعتلي الكود اللي جالك عشان نوقف العملية",
        ],
        [
            "No bank officer will phone you to ask for your OTP, your PIN or your online banking password.",
            "مفيش موظف في البنك هيكلمك يطلب منك الكود أو الباسورد، خلي بالك.",
            "احنا مش هنطلب منك كود التحقق في أي مكالمة.",
        ],
    )


def test_scam_pretext_named(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "مبروك! لقد ربحت جائزة بقيمة 10000 ريال، اضغط على الرابط bit.ly/prz-77 لاستلامها",
            "Congratulations, you have won a cash prize of $5,000! Claim it now at prize-desk.top",
        ],
        [
            "انتشرت مؤخرا رسائل من أرقام غريبة تصل إلى المشتركين بحجة الفوز بجائزة مالية كبرى.",
            "Several customers received texts this week under the pretext of a prize draw they never entered.",
        ],
    )


def test_messages_that_ask_them(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        ["عميلنا العزيز، يرجى تحديث بيانات البطاقة عبر الرابط cardcheck-ksa.top لتجنب إيقافها اليوم"],
        [
            "تنبيه: تصل بعض المشتركين رسائل تطلب منهم تحديث بيانات البطاقة عبر رابط مختصر. "
            "موقعنا الرسمي الوحيد هو gulfunionbank.com.sa",
        ],
    )


def test_conditional_request_then_refused(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "If the bank calls you, just send me the code first and then hang up on them.",
            "ถ้ามีคนโทรมา ให้แจ้งรหัส OTP กับผมคนเดียวเท่านั้น",
            "หากเจ้าหน้าที่โทรไป กรุณาแจ้งรหัส OTP ที่ได้รับทาง SMS",
            "如果有人问你，就说是家里人，然后把验证码发给我",
        ],
        [
            "หากมีข้อความแอบอ้างเป็นบริษัทขอให้คลิกลิงก์ ดาวน์โหลดไฟล์ หรือแจ้งรหัส OTP อย่าทำตามเด็ดขาด",
            "If you get a text asking you to open a link and send the code you received, don't do it and report it.",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        ["Hi, this is IT support. Please install AnyDesk now and send me the 9-digit ID so I can fix your laptop."],
        [
            "لو حد اتصل بيك وقال إنه من خدمة العملاء وطلب منك تنزل AnyDesk أو TeamViewer اقفل السكة على طول",
            "If someone rings claiming to be from our IT team and asks you to download AnyDesk, hang up and call us.",
            "Nếu có ai gọi điện tự xưng là nhân viên bảo hiểm và đề nghị cài AnyDesk để hỗ trợ, hãy cúp máy.",
        ],
    )
    assert_class(
        rules_checker,
        S.OFF_PLATFORM,
        ["ผมเป็นแอดมินร้านค้า รบกวนแอดไลน์ไอดีนี้ @shopdeal99 เพื่อรับส่วนลดพิเศษนะครับ"],
        ["แจ้งเตือน: หากร้านค้าให้ชำระเงินนอกแอปหรือให้แอดไลน์ส่วนตัว โปรดรายงานผ่านแอปได้เลย"],
    )


def test_suspicious_text_forwarded_to_a_reporting_code(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "Text WIN to 60599 now to claim your £500 prize!",
            "Reply YES to 80888 to get your daily horoscope, £1.50/msg",
        ],
        [
            "Tax office reminder: we never text about refunds. If you receive a suspicious text, forward it to 60599 "
            "and delete it.",
        ],
    )
