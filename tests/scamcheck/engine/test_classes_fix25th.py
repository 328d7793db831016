"""Thai classes from round 25: fixed returns per day or month and stakes multiplied within days, a code "sent to your
number by mistake" or "coming by SMS" asked back, a username with its password asked for, a gift held at customs with
a fee to pay, a foundation's donation to a person's account, and the LINE-ID handoff (a courier, agency or bank moving
its process into a LINE chat). Next to them the legitimate counterparts stay unflagged: a deposit or loan rate, a
bank's OTP notice, a foundation's own account, a shop's or bank's official LINE account in a promo or notice, a
pavilion or shrine (no court), a hotline ("สายด่วน") and "hang up at once" in a bank's warning, a police warning about
fake task pages, a relative's own new number, a clinic's number to move an appointment and a courier's staff member
named on the delivery day. Each wording is written for these tests (none is a corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_fixed_returns_per_period_and_multiplied_stakes(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "กองทุนทองคำออนไลน์ รับผลตอบแทน 4% ต่อวัน ถอนได้ทุกวัน",
            "ลงทุนคริปโตกับทีมเรา กำไรวันละ 2-4% มีทีมงานดูแลตลอด",
            "โครงการพลังงานสะอาด ลงทุนเพียง 2,000 บาท รับ 9,000 บาท ภายใน 14 วัน",
            "ลงทุน 3,000 รับปันผลเดือนละ 900 ตลอดปี สมัครวันนี้",
            "ออมหุ้นออนไลน์ ปันผลทุกเดือน 7% เงินต้นคืนครบ",
        ],
        [
            "เงินฝากประจำ 12 เดือน ดอกเบี้ย 1.85% ต่อปี สอบถามที่สาขา",
            "สินเชื่อส่วนบุคคล ดอกเบี้ยเริ่มต้น 0.99% ต่อเดือน อนุมัติตามเงื่อนไขธนาคาร",
            "กองทุนรวมตราสารหนี้ ผลตอบแทนย้อนหลัง 1 ปี 3.2% ลงทุนขั้นต่ำ 1,000 บาท",
        ],
    )


def test_code_sent_by_mistake_or_coming_by_sms_asked_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "ขอโทษที เราพลาดส่งโค้ด 6 ตัวไปที่มือถือเธอ รบกวนส่งต่อให้เราหน่อยนะ",
            "พี่เผลอส่งโค้ดไปเบอร์น้องโดยไม่ได้ตั้งใจ ช่วยบอกให้พี่ทีนะ",
            "เดี๋ยวจะมีข้อความรหัสยืนยันส่งไปหาคุณ แจ้งผมเลขที่ได้รับด้วยนะครับ",
        ],
        [
            "ธนาคารจะส่งรหัส OTP ไปที่เบอร์ของท่าน กรุณากรอกในแอปเท่านั้น ห้ามบอกผู้อื่น",
            "รหัสยืนยันของคุณคือ 482913 ใช้ได้ภายใน 5 นาที",
        ],
    )


def test_username_and_password_asked_for(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "ผมฝ่ายไอทีครับ ระบบอีเมล sync ไม่ผ่าน ขอ user กับ password ของคุณหน่อย จะเข้าไปแก้ให้",
            "น้องคะ ขอ username และรหัสผ่านที่ใช้เข้าระบบบัญชีด้วยนะคะ พี่จะย้ายข้อมูลให้",
        ],
        [
            "ระบบจะให้กรอก username และ password ที่หน้าเว็บ ทีมไอทีจะไม่ขอรหัสผ่านคุณ",
            "ฝ่ายไอที: ตั้งรหัสผ่านใหม่ได้เองที่หน้าเข้าสู่ระบบ กด ลืมรหัสผ่าน",
        ],
    )


def test_gift_at_customs_and_donation_to_a_person(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "ที่รัก ของขวัญที่ฉันส่งไปติดอยู่ที่สนามบิน ต้องจ่ายค่าปล่อยของ 25,000 บาท ช่วยโอนไปก่อนนะ",
            "มูลนิธิช่วยเด็กกำพร้า เปิดรับบริจาค โอนได้ที่บัญชี ไทยพาณิชย์ 123-4-56789-0 ชื่อบัญชี นายสมศักดิ์ ใจดี",
        ],
        [
            "มูลนิธิรามาธิบดี รับบริจาคผ่านบัญชี ไทยพาณิชย์ ชื่อบัญชี มูลนิธิรามาธิบดีฯ ลดหย่อนภาษีได้",
            "ส่งของขวัญวันเกิดไปให้แล้วนะ น่าจะถึงพรุ่งนี้",
        ],
    )


def test_line_id_handoff(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Kerry: พัสดุของท่านจัดส่งไม่สำเร็จ กรุณาแอดไลน์ @kerry-th99 เพื่อนัดเวลาจัดส่งใหม่",
            "กรมสรรพากร: ท่านได้รับเงินคืนภาษี กรุณาเพิ่มเพื่อนไลน์ @rd-refund เพื่อรับเงินคืน",
            "การประปา: มิเตอร์ของท่านต้องลงทะเบียนใหม่ ติดต่อเจ้าหน้าที่ทางไลน์ @pwa-help เพื่อดำเนินการ",
        ],
        [
            "ร้านกาแฟบ้านสวน: เพิ่มเพื่อน LINE @baansuancafe เพื่อรับโปรโมชั่นและคูปองส่วนลด 20%",
            "KBank: เพิ่มเพื่อน LINE @kbanklive เพื่อรับแจ้งเตือนธุรกรรมฟรี",
            "ร้านทำเล็บ: พรุ่งนี้นัด 10 โมงนะคะ ถ้าติดธุระทักไลน์ร้านได้เลยค่ะ",
            "ศูนย์ AOC เตือน: มิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ ให้เพิ่มเพื่อนไลน์เพื่อรับเงินคืน อย่าหลงเชื่อ",
        ],
    )


def test_pavilion_and_shrine_are_no_court(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "ศาลออกหมายเรียกคดีฉ้อโกงในชื่อของท่าน ติดต่อเจ้าหน้าที่ 081-234-5678 ด่วน",
        ],
        [
            "เทศบาล: ประชุมประชาคมหมู่บ้าน วันเสาร์ 9 โมง ที่ศาลาประชาคม",
            "วันอาทิตย์ไปไหว้ศาลเจ้าพ่อเสือกันไหม",
        ],
    )


def test_hotline_and_hang_up_advice_in_a_bank_warning(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.URGENCY,
        [
            "บัญชีของท่านจะถูกระงับภายในวันนี้ โทรกลับ 02-555-0199 ทันที",
        ],
        [
            "SCB เตือนภัย: หากมีคนโทรมาอ้างเป็นตำรวจให้โอนเงิน นั่นคือมิจฉาชีพ วางสายทันที แจ้งสายด่วน 1441 หรือติดต่อ SCB 02-777-7777",
        ],
    )


def test_police_warning_about_fake_task_pages(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "รับคนทำงานออนไลน์ ลงทุนคริปโต กำไรวันละ 3% ถอนได้ทุกวัน",
        ],
        [
            "ตำรวจไซเบอร์เตือน: ระวังเพจปลอมชวนลงทุน กำไรวันละ 3% ถอนได้ทุกวัน เป็นมิจฉาชีพทั้งหมด",
        ],
    )


def test_own_number_appointment_line_and_courier_staff(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.UNOFFICIAL_SUPPORT_NUMBER,
        [
            "บัญชีของท่านถูกระงับ ติดต่อเจ้าหน้าที่ 089-555-1234",
        ],
        [
            "ป้าคะ หนูเปลี่ยนเบอร์แล้ว เบอร์เก่าหายไปพร้อมโทรศัพท์ อันนี้เบอร์หนู 091-555-2211 แวะไปหาวันเสาร์นะ",
            "คลินิกทันตกรรม: นัดขูดหินปูน 12 พ.ย. 10:00 น. หากไม่สะดวกโทรเลื่อนนัดที่ 089-123-4567",
            "Kerry Express: พัสดุของคุณจะนำส่งวันนี้ พนักงาน คุณวิชัย โทร 086-222-3344 ติดตามพัสดุที่ "
            "https://th.kerryexpress.com/track",
        ],
    )
