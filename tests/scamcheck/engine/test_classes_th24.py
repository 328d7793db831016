"""Thai classes of round 24: an institution's policy statement whose negation stands far before the request it
names, "if this wasn't you" written with คุณ, a fake e-mail or SMS described as the one asking, a colleague's remote
session with the company's own tool, a shop's stamp card and a prize paid with the salary, a transfer already made
and told; and the scams next to them: a code of N digits or a code "sent to your number by mistake" passed on to the
writer, a username with its password sent to the writer, and a QR scanned "to receive" money. Each wording is
written for these tests (none is a corpus line), with legitimate counterparts; rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_long_thai_policy_statement_is_no_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "เจ้าหน้าที่ธนาคารแจ้งว่าบัญชีของท่านมีปัญหา กรุณาแจ้งรหัส OTP ที่ได้รับทางข้อความให้เจ้าหน้าที่ภายในวันนี้",
            "ธนาคารไม่มีค่าธรรมเนียมในการยืนยันตัวตน เพียงแจ้งรหัส OTP ที่ได้รับให้เจ้าหน้าที่ทางไลน์นี้",
            "เราจะไม่โทรซ้ำนะครับ รบกวนแจ้งรหัส OTP ที่ได้รับทางข้อความให้ผมตอนนี้เลย",
        ],
        [
            "ธนาคารจะไม่มีนโยบายส่งข้อความสั้นหรืออีเมลแนบลิงก์ไปยังลูกค้าทุกท่านเพื่อขอให้ท่านแจ้งรหัส OTP หรือรหัสผ่าน",
            "สหกรณ์ไม่มีนโยบายให้พนักงานโทรศัพท์หรือส่งข้อความทางไลน์ไปหาสมาชิกเพื่อขอให้บอกรหัส OTP ทุกกรณี",
            "ไม่มีเจ้าหน้าที่ของบริษัทคนใดโทรไปขอรหัส OTP จากลูกค้า",
        ],
    )


def test_if_it_was_not_you_with_khun(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.UNOFFICIAL_SUPPORT_NUMBER,
        [
            "บัญชีของคุณถูกระงับ หากไม่ใช่คุณ โทรกลับ 02-555-0199 ทันทีเพื่อยืนยันตัวตนและแจ้งรหัส OTP",
            "หากไม่ใช่คุณ โทร 02-555-0199 ทันที แล้วแจ้งรหัสผ่านกับเจ้าหน้าที่เพื่อยกเลิกรายการ",
            "ถ้าไม่ใช่คุณ กรุณาโทร 02-555-0199 แล้วโอนเงินเข้าบัญชีปลอดภัยที่เจ้าหน้าที่แจ้งทันที",
        ],
        [
            "มีการเข้าสู่ระบบบนอุปกรณ์ใหม่ (Galaxy S24) เมื่อ 12/03 09:15 หากไม่ใช่คุณ โทร 02-555-0199 ทันที",
            "ถ้าไม่ใช่คุณเป็นผู้เปลี่ยนวงเงินโอนต่อวัน โปรดโทร 02-555-0199 ทันที",
        ],
    )


def test_fake_email_described_as_the_one_asking(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "ฝ่ายไอทีแจ้ง: ระบบอีเมลจะย้ายคืนนี้ กรุณายืนยันรหัสผ่านของท่านผ่านฟอร์มนี้ภายในวันนี้",
            "จากฝ่ายบุคคลนะคะ รบกวนแจ้งรหัสผ่านอีเมลบริษัทให้หนูทางไลน์ด้วยค่ะ จะตั้งค่าระบบใหม่ให้",
            "ฝ่ายไอที: บัญชีของคุณจะถูกปิด โปรดยืนยันรหัสผ่านทันทีผ่านลิงก์ที่แนบ",
        ],
        [
            "ฝ่ายไอที: มีข้อความปลอมอ้างเป็นฝ่ายบุคคลขอให้ยืนยันรหัสผ่าน ห้ามทำตามเด็ดขาด ลบทิ้งได้เลย",
            "ระวัง! อีเมลปลอมหลอกให้ยืนยันรหัสผ่านกำลังระบาด หากได้รับให้แจ้งฝ่ายไอที",
        ],
    )


def test_colleague_remote_session_with_company_tool(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "สวัสดีครับ เจ้าหน้าที่ธนาคารครับ บัญชีของท่านมีความผิดปกติ รบกวนติดตั้ง AnyDesk แล้วส่งเลข ID มาให้ผมครับ",
            "ผมจากศูนย์บริการลูกค้า โหลดแอปรีโมท TeamViewer แล้วบอกรหัสที่ขึ้นบนจอให้ผมด้วยครับ จะได้คืนเงินให้",
            "ท่านมีเงินคืนภาษี กรุณาติดตั้ง RustDesk แล้วแจ้งไอดีกับเจ้าหน้าที่ เพื่อรับเงินคืน",
        ],
        [
            "เดี๋ยวบ่ายสามผมรีโมทเข้าเครื่องพี่นะครับ ใช้ AnyDesk ตัวที่บริษัทลงไว้ พี่กดยอมรับอย่างเดียว ไม่ต้องบอกรหัสอะไรผม",
            "ช่างของบริษัทจะรีโมตเข้ามาลงไดรเวอร์พรินเตอร์ให้ห้องบัญชีตอนบ่ายนี้นะครับ",
        ],
    )


def test_stamp_cards_and_prizes_paid_with_the_salary(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "ยินดีด้วย! คุณได้รับรางวัลใหญ่ iPhone 16 กดลิงก์เพื่อรับรางวัลภายในวันนี้ bit.ly/rewth24",
            "คุณได้รับเงินรางวัล 50,000 บาท โอนค่าธรรมเนียม 500 บาทเพื่อรับรางวัลได้เลยค่ะ",
            "ขอแสดงความยินดี ท่านได้รับรางวัลที่ 1 ติดต่อรับรางวัลทางไลน์ @prize-th ทันที",
        ],
        [
            "ร้านขนมบ้านป้า: สะสมแสตมป์ครบ 8 ดวงรับฟรีเค้ก 1 ชิ้น ใช้ได้ถึงสิ้นเดือนนะคะ",
            "ฝ่ายขายได้รางวัลทีมยอดเยี่ยมประจำปี เงินรางวัลจะจ่ายพร้อมเงินเดือนรอบหน้าเลย",
        ],
    )


def test_transfer_already_made_and_told(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "ร้านรับจองคิวนะคะ โอนค่ามัดจำ 1,500 บาทเข้าบัญชีนี้ก่อนห้าโมง แล้วส่งสลิปมาให้ด้วยค่ะ",
            "คุณพี่โอนค่ามัดจำ 30% เข้าบัญชีส่วนตัวหนูก่อนนะคะ แล้วส่งสลิปยืนยันมาทางไลน์",
            "โอนค่ามัดจำห้องพัก 2,000 บาทเข้าบัญชีนี้ภายในวันนี้ ไม่งั้นจะยกเลิกการจองค่ะ",
        ],
        [
            "ลูกค้าแจ้งว่าโอนค่ามัดจำ 20% แล้วเมื่อวาน 18,000 บาท รบกวนเช็คยอดแล้วออกใบเสร็จด้วยนะคะ",
            "ผมโอนค่ามัดจำร้านอาหารไปแล้ว 5,000 ขอเบิกด้วยนะครับ แนบใบเสร็จในระบบแล้ว",
        ],
    )


def test_code_of_n_digits_or_sent_to_your_number_passed_on(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "เพื่อยืนยันตัวตน รบกวนส่งรหัส OTP 6 หลักที่ได้รับให้ผมด้วยครับ",
            "ขอโทษนะคะ หนูใส่เบอร์ผิดตอนสมัครแอป รหัสเลยส่งไปที่เครื่องคุณ ช่วยส่งต่อให้หนูหน่อยนะคะ",
            "เพื่อน โค้ดยืนยันมันเด้งไปเบอร์แกอะ แคปส่งมาให้เราหน่อยด่วน",
        ],
        [
            "ระบบจะส่งรหัส OTP 6 หลักไปยังเบอร์ของท่าน ห้ามบอกรหัสนี้กับผู้ใด",
            "รหัส OTP ส่งไปที่เครื่องของคุณแล้ว ใช้ยืนยันการชำระเงินในแอปเท่านั้น",
        ],
    )


def test_username_with_password_sent_to_the_writer(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "พี่จากฝ่ายไอทีนะ ระบบกำลังย้าย ส่ง user กับ password ของน้องมาทางไลน์นี้เลย",
            "แอดมินเพจค่ะ รบกวนส่งยูสเซอร์และพาสเวิร์ดเข้าเกมมาให้แอดมิน จะเติมเพชรให้ฟรี",
            "ส่ง username กับรหัสผ่านเฟซบุ๊กให้ผมหน่อย เดี๋ยวผมกดไลก์เพจให้",
        ],
        [
            "ระบบส่ง username และ password ชั่วคราวไปที่อีเมลบริษัทของคุณแล้ว กรุณาเปลี่ยนรหัสเมื่อเข้าใช้ครั้งแรก",
            "อย่าส่ง user กับ password ให้ใครเด็ดขาด แม้จะอ้างเป็นฝ่ายไอที",
        ],
    )


def test_qr_scanned_to_receive_money(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "ร้านคืนเงินให้นะคะ สแกนคิวอาร์ที่ส่งให้ในแอปธนาคาร ใส่ยอด 650 แล้วกดยืนยันเพื่อรับเงินคืนค่ะ",
            "ผมโอนให้แล้วแต่ระบบให้คุณกดรับก่อน สแกน QR ในแอปธนาคาร ใส่ PIN ยืนยัน เงินจะเข้าบัญชีคุณทันที",
            "สแกนคิวอาร์นี้แล้วกรอกจำนวนเงิน 1,200 เพื่อรับเงินชดเชยจากร้านค้าได้เลยค่ะ",
        ],
        [
            "ลูกค้าสแกนคิวอาร์หน้าร้านเพื่อชำระเงิน เงินจะเข้าบัญชีร้านทันที",
            "สแกนคิวอาร์ที่โต๊ะเพื่อดูเมนูและสั่งอาหารได้เลยค่ะ",
        ],
    )
