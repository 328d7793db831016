"""Thai classes of round 23: a far-away romance persona who dreams of a life together, the digits on the back of a SIM
asked for an "upgrade", a code sent by a "mistaken" transaction to be told back to cancel it, a QR scanned to receive
money or to confirm a hand-out, a username and password sent to an address, money "owed" claimed through a LINE
account, a fixed monthly sum on a small stake, and a family warning about whoever calls asking for the code. Each
wording is written for these tests (none is a corpus line), with legitimate counterparts; rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_far_away_persona_dreaming_of_a_life_together(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "สวัสดีตอนเช้าค่ะที่รัก ผมยังอยู่บนแท่นขุดเจาะ เน็ตช้ามาก แต่คิดถึงคุณทุกวัน อีกไม่นานเราจะได้อยู่ด้วยกันที่ภูเก็ต",
            "ที่รักครับ เมื่อคืนผมฝันถึงคุณอีกแล้ว ตอนนี้ผมเป็นหมอทหารประจำการที่ซีเรีย ภารกิจจบเมื่อไหร่ผมจะไปหาคุณ",
            "ผมทำงานบนเรือบรรทุกน้ำมันกลางมหาสมุทร ตอบช้าหน่อยนะ อีกไม่กี่เดือนเราก็ได้เจอกันแล้วที่รัก",
        ],
        [
            "พ่อขึ้นแท่นขุดเจาะรอบนี้ 28 วัน ฝากดูแลแม่ด้วยนะลูก กลับมาจะพาไปเที่ยว",
            "อีกไม่นานเราจะได้เจอกันที่งานเลี้ยงรุ่น อย่าลืมมานะเพื่อน",
        ],
    )


def test_digits_on_the_back_of_the_sim(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "ทรูมูฟ เอช: ท่านได้สิทธิ์เปลี่ยนซิมใหม่ฟรี โปรดแจ้งเลขหลังซิมใหม่ให้เจ้าหน้าที่ทางโทรศัพท์เพื่อเปิดใช้งาน",
            "ดีแทค: กรุณาถ่ายรูปเลขซีเรียลซิมส่งมาทางแชทนี้ เพื่ออัปเกรดเป็น 5G ภายในวันนี้",
        ],
        [
            "เลขหลังซิมเป็นข้อมูลสำคัญ เก็บบัตรซิมไว้กับตัวเสมอ",
            "ซิมใหม่ของท่านพร้อมใช้งานแล้ว ขอบคุณที่ใช้บริการ",
        ],
    )


def test_code_from_a_mistaken_transaction_told_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "ขอโทษค่ะ ดิฉันใส่เบอร์ผิดตอนสมัครแอป เดี๋ยวจะมีโค้ดส่งไปที่เครื่องคุณ ช่วยบอกดิฉันหน่อยนะคะ",
            "พนักงานกดผิดทำรายการเปิดบริการให้เบอร์ท่าน จะมีรหัสยืนยันส่งไป รบกวนแจ้งเจ้าหน้าที่เพื่อยกเลิกรายการค่ะ",
        ],
        [
            "เดี๋ยวผมล็อกอินบัญชีทีม ถ้ารหัสเด้งไปที่มือถือพี่ กรอกในแอปเองได้เลยครับ",
            "ทำรายการผิดไม่เป็นไรค่ะ กดยกเลิกในแอปได้เองภายใน 24 ชั่วโมง",
        ],
    )


def test_qr_scanned_to_receive_money(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "ผมจะซื้อโทรศัพท์ที่คุณประกาศขาย แต่ระบบธนาคารผมให้คนขายสแกน QR ก่อนถึงจะรับเงินได้ ส่ง QR ให้แล้วนะครับ",
            "โอนค่าสินค้าแล้วครับ คุณต้องสแกนคิวอาร์ที่ผมส่งไปเพื่อยืนยันการรับเงิน ไม่งั้นเงินจะค้างในระบบ",
        ],
        [
            "ชำระค่าสินค้าได้โดยสแกน QR ด้วยแอปธนาคาร ยอด 350 บาท ขอบคุณค่ะ",
            "สแกน QR หน้าร้านเพื่อจ่ายเงิน แล้วส่งสลิปให้แม่ค้าด้วยนะคะ",
        ],
    )


def test_username_and_password_sent_to_an_address(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "ฝ่ายไอที: เพื่ออัปเกรดกล่องจดหมาย กรุณาส่ง username กับ password ของท่านมาที่อีเมลนี้ภายในวันนี้",
            "แจ้งพนักงานทุกท่าน ระบบเงินเดือนจะย้ายไปคลาวด์ ส่งชื่อผู้ใช้และรหัสผ่านกลับมาทางแชทนี้ด้วยค่ะ",
        ],
        [
            "ระบบได้ส่ง username และ password ชั่วคราวไปยังอีเมลของท่านแล้ว กรุณาเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งแรก",
            "ลืมรหัสผ่าน กดที่ปุ่มรีเซ็ตในหน้าเข้าสู่ระบบได้เลย",
        ],
    )


def test_money_owed_claimed_through_a_line_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OFF_PLATFORM,
        [
            "กรมสรรพากร: ท่านมีเงินคืนภาษีที่ยังไม่ได้รับ 4,320 บาท แอดไลน์เจ้าหน้าที่เพื่อขอรับเงินภายในวันนี้",
        ],
        [
            "ประกันสังคมแจ้งผู้ประกันตน ตรวจสอบสิทธิ์เงินบำเหน็จได้ที่สำนักงานใกล้บ้านหรือแอปของสำนักงาน",
            "เงินคืนภาษีของท่านโอนเข้าบัญชีพร้อมเพย์ที่ผูกกับเลขบัตรประชาชนแล้ว ตรวจสอบได้ในแอปธนาคาร",
        ],
    )


def test_fixed_monthly_sum_on_a_small_stake(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "โครงการลงทุนโซลาร์ชุมชน ลงทุนแค่ 2,000 บาท รับเดือนละ 6,000 บาท สมัครผ่านลิงก์ด้านล่าง",
            "กองทุนน้ำมันเปิดให้ร่วมลงทุน ผลตอบแทนทุกเดือน การันตีโดยรัฐบาล ไม่มีความเสี่ยง",
        ],
        [
            "บัญชีเงินฝากประจำ เริ่มต้น 1,000 บาท ดอกเบี้ย 1.5% ต่อปี",
            "ค่าเช่าห้องเดือนละ 4,500 บาท มัดจำ 2 เดือน",
        ],
    )


def test_family_warning_about_whoever_asks_for_the_code(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        ["ด่วน ส่งรหัส OTP ที่ได้รับมาให้ผมทันที"],
        [
            "ถ้าใครทักมาขอรหัส OTP ห้ามให้นะลูก",
            "หากใครโทรมาขอเลข OTP อย่าให้เด็ดขาดนะแม่",
            "ถ้ามีใครโทรมาขอรหัสที่ส่งเข้ามือถือ อย่าบอกนะพ่อ",
        ],
    )
