"""False-positive classes of ordinary payment talk, across the seven languages: a bill split between people who shared
it, money asked back by the one who lent it, a family's everyday spending (a school trip, a parent's phone top-up or
electricity bill), a colleague's payment through the company's usual process or to the usual account, and a bank's
transaction code inside its own transfer notice. Each beside scams that use the same vocabulary and must stay flagged
with the payment request: a "friend" on a new number or a borrowed phone, a transfer to a third person's or a new
account, gift cards or an urgent transfer for the boss, an overdue bill with a link. Wordings written for these tests
(none is a corpus line). Rules-only checker."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a shared spend split between the people who had it --------------------------------------------------------


def test_a_bill_split_between_friends_is_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Hey it's Jess, this is my new number! Can you send your share of the villa, $240, to this account: 0123 4455 6677? Need it today x",
            "Bro ni nombor baru aku. Transfer bahagian kau RM300 ke akaun kawan aku ni, urgent: 7012 3344 5566",
            "Mày ơi tao đổi số rồi, ck gấp phần của mày 500k vào stk này giúp tao: 0987 654 321",
            "我换新号了，你那份房费1200急用，先转到我朋友的账户 6222 0210 0011 2233",
        ],
        [
            "Dinner came to $96 with tip, I paid on my card. Send your share to my PayNow whenever, no rush!",
            "Ma, I paid the water bill already. Can you transfer your half to my GCash when you get home?",
            "Korang, bil Airbnb aku dah bayar. Transfer bahagian kau RM85 bila senang ya.",
            "Tiền karaoke tối qua tao trả rồi, ck cho tao phần của mày 150k nha.",
            "昨晚火锅我先垫了，你那份转我微信就行，不急。",
            "ค่าที่พักทริปเขาใหญ่เราจ่ายไปแล้ว ส่วนของแกโอนมาได้เลยนะ",
            "الفاتوره دفعتها انا امبارح، حول حصتك لما تقدر.",
        ],
    )


# --- money asked back by the one who lent it ----------------------------------------------------------------------


def test_money_asked_back_by_the_lender_is_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Hi it's Tom, new number, lost my phone. Can you send me $300 today? Pay me back whenever, it's an emergency.",
            "Mum it's me, I'm on a friend's phone, battery dead. Can you transfer £450 to my landlord's account? I'll pay you back Friday",
            "Ibu, ini nomor baru aku. Tolong transfer 2jt ke rekening teman ini dulu ya, mendesak, balikin duit aku nanti aja.",
        ],
        [
            "Hey, can you pay me back the $45 for the concert tickets when you get a sec? PayNow is fine.",
            "Dad says can you pay him back the £30 for the petrol on Sunday, no hurry",
            "Ingat tau, bayar balik aku RM50 tu hujung bulan ni, aku pun sesak 😂",
            "Eh jangan lupa balikin duit gue 150rb yg kemaren buat tiket konser ya",
        ],
    )


# --- a family's everyday spending ---------------------------------------------------------------------------------


def test_a_family_s_everyday_spending_is_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Hi Mum, this is my new number, my old phone broke. Can you transfer £1,650 for my rent to my landlord's account today? It's urgent",
            "Dad it's me on a new number, can you send $80 for the school trip to this account, I can't call right now",
            "Mẹ ơi con đổi số rồi, mẹ chuyển gấp 5 triệu vào stk này cho con đóng học phí nhé: 0123 456 789",
        ],
        [
            "Dad can you send me $25 for the school trip, the form's on the fridge",
            "Son, can you top up my phone with $20 when you're at the shop? I'm out of credit",
            "Love, could you pay the electricity bill this week? The letter is on the table",
            "Con ơi đóng giúp mẹ tiền điện tháng này nhé, hóa đơn mẹ để trên bàn.",
            "Mak, nanti Ali transfer duit belanja bulan ni RM300 ye.",
            "乖女儿，有空帮妈交一下电费，上个月的单子在抽屉里。",
        ],
    )


# --- a colleague's payment through the usual process, a landlord's or shop's usual account ----------------------


def test_payments_through_the_usual_process_or_account_are_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Hi, I'm in a meeting and can't talk. I need you to process an urgent transfer of $48,500 to our new supplier account today. Keep it confidential.",
            "I need you to buy six Apple gift cards for the client as usual, scratch the backs and send me the codes asap.",
            "Anh đang họp, em chuyển gấp 200 triệu vào tài khoản mới của nhà cung cấp giúp anh, chứng từ bổ sung sau.",
            "Your rent for June is overdue. Pay now at http://rent-portal-pay.top to avoid eviction.",
        ],
        [
            "Hi Sam, the supplier's June invoice is uploaded. Please pay it through the usual system once it's approved.",
            "Finance tolong transfer invoice catering ke rekening yang terdaftar di master vendor ya, sama kayak bulan lalu.",
            "Em gửi lên hệ thống đề nghị thanh toán tiền in ấn rồi, chị duyệt giúp em nhé.",
            "李会计，物流公司的发票到了，对公账户信息没变，审批后安排付款就行。",
            "ใบแจ้งหนี้ค่าซ่อมแอร์ส่งให้ผู้จัดการเซ็นแล้วค่ะ รออนุมัติก่อนโอนนะคะ",
            "Reminder: please pay June's rent to the usual account as usual. Thanks, Mrs Patel",
        ],
    )


# --- a bank's transaction code inside its own transfer notice -----------------------------------------------------


def test_a_bank_s_code_inside_its_transfer_notice_is_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Mum, new number. Transfer RM500 to my friend's account 1122 3344 5566 today, I'll explain later. Urgent!",
            "Please transfer RM2,000 to account 8812 0045 1123 to release your parcel at http://kastam-release.top",
            "Kindly transfer the $150 clearance fee to the officer's account today to release your package.",
        ],
        [
            "Maybank: TAC 408213 for fund transfer RM380.00 to LEE AH KOW. Do not share this TAC with anyone.",
            "CIMB: Fund transfer of RM1,250.00 to NURUL AIN. TAC: 771204. Never share your TAC.",
            "【工商银行】验证码 558102，您正在向张伟转账 2,000.00元，请勿泄露给他人。",
        ],
    )
