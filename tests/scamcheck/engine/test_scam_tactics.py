"""Scam tactics no rule covered (found in the corpus *_8 misses), each with a legitimate message of the same kind
that must stay unflagged. Rules-only checker, so these hold whatever the trained model learns. The messages are
written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a boss, a boss's secretary or a relative introducing themself, or writing from a new or borrowed account ----


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Hi Anna, this is Mark from the GM's office. The client meeting moved to 3pm today, the agenda is in your inbox.",
            "Hi Anna, this is your GM. I need you to buy 5 Apple gift cards for a client today, send me the codes, I'm in a meeting.",
        ),
        (
            "Mum I'm at Jess's place, we're doing the project. I'll be home by 10, don't wait up for dinner.",
            "Mum I'm using a friend's phone, mine fell in the river. Can you send $400 to this PayPal for my rent today, I'll explain later.",
        ),
        (
            "Ê mày, tao Hùng đây, chiều nay đá bóng sân cũ nha, nhớ mang giày.",
            "Ê mày, tao Hùng đây, fb cũ bị hack nên lập nick mới. Cho tao mượn 3 triệu tới chiều trả nha, đang kẹt.",
        ),
        (
            "Pak, ini Rina dari bagian umum. Rapat direksi dipindah ke ruang 3 jam 2 siang ya.",
            "Pak, ini Rina sekretaris Bu Direktur. Beliau minta dibelikan voucher Google Play 3x500rb, kodenya kirim ke saya ya.",
        ),
        (
            "王总让我通知大家：明天上午九点在三楼会议室开会，请准时参加。",
            "我是你王总，这是我新微信，明天来我办公室。先帮我转2万给这个账户，急用。",
        ),
    ],
)
def test_a_boss_or_relative_who_introduces_themself_and_asks_for_money_is_flagged(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    result = rules_checker.check("message", scam)
    assert S.IMPERSONATION in result.signal_types()
    assert result.flagged
    assert not rules_checker.check("message", legit).flagged


# --- "wrong transfer, send it back to this account", and a fee paid into a named person's own account ---------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Kak maaf, tadi saya salah transfer Rp 750.000 ke rekening kakak. Nanti saya minta bantuan CS bank untuk proses pengembaliannya ya.",
            "Kak maaf, tadi saya salah transfer Rp 750.000 ke rekening kakak. Tolong dikembalikan ke rekening BCA 1234567890 a.n. Sari ya, itu buat bayar kos.",
        ),
        (
            "Hi, I sent you $200 by mistake through Zelle. I've asked my bank to reverse it, no need to do anything on your side.",
            "Hi, I sent you $200 by mistake through Zelle. Could you please send it back to my other account 0044 1234 5678? Thanks so much.",
        ),
        (
            "Chào chị, em chuyển nhầm 2 triệu vào tài khoản chị, em đã báo ngân hàng tra soát rồi, chị để ngân hàng xử lý nhé.",
            "Chào chị, em chuyển nhầm 2 triệu vào tài khoản chị, chị chuyển lại giúp em vào STK 190 3344 5566 Techcombank nhé.",
        ),
        (
            "Thông báo: Học phí học kỳ 2 nộp qua cổng thanh toán của trường hoặc tại phòng tài vụ trước ngày 15/1.",
            "Lớp 5A: Phụ huynh chưa nộp tiền học thêm chuyển khoản ngay cho cô Hạnh STK 0123 4567 890 trước thứ 6.",
        ),
    ],
)
def test_a_refund_or_fee_to_another_persons_account_is_a_payment_request(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    result = rules_checker.check("message", scam)
    assert S.PAYMENT_REQUEST in result.signal_types()
    assert result.flagged
    assert not rules_checker.check("message", legit).flagged


# --- pyramid and dropship schemes, fake order-brushing jobs, a percentage that ends a clause ----------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Become a Shopee seller: list your products for free, and pay a commission only when you sell. Details in the Seller Centre.",
            "Become our dropship agent! Buy the starter package for $299 and earn $2,000 a week, plus a bonus when you recruit 3 people.",
        ),
        (
            "Gabung jadi member Gym Sehat: paket member 3 bulan Rp 750rb, sudah termasuk kelas yoga. Info di resepsionis.",
            "Gabung jadi member kami: beli paket member Rp 2jt, ajak 3 orang dapat bonus, dijamin balik modal dalam sebulan!",
        ),
        (
            "Cửa hàng cần tuyển nhân viên bán hàng ca tối, lương 6 triệu/tháng, làm tại quận 3. Liên hệ quản lý.",
            "Cần CTV làm tại nhà, đặt đơn ảo trên sàn, hoàn vốn + hoa hồng 12% sau mỗi đơn. Liên hệ Zalo.",
        ),
        (
            "Kedai kami sedang mencari pembantu jualan sambilan hujung minggu, gaji RM9 sejam. Datang temuduga Sabtu ini.",
            "Jadi ejen dropship kami, untung RM2,500 seminggu! Pakej permulaan RM599 sahaja, slot terhad.",
        ),
        (
            "老师好，孩子这周的数学作业已完成，周五家长会我会准时参加。",
            "跟着导师做足彩，一周回本，月入五万不是梦，加V：zq_laoshi88",
        ),
    ],
)
def test_a_paid_membership_or_recruiting_scheme_is_an_investment_lure(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    result = rules_checker.check("message", scam)
    assert S.INVESTMENT_LURE in result.signal_types()
    assert result.flagged
    assert not rules_checker.check("message", legit).flagged


@pytest.mark.parametrize(
    "scam",
    [
        "Quỹ vàng online: lợi nhuận 20%. Tham gia ngay hôm nay.",
        "Pelaburan emas digital, untung 5%. Daftar sekarang.",
    ],
)
def test_a_promised_percentage_at_the_end_of_a_clause_counts(rules_checker: Checker, scam: str) -> None:
    assert S.INVESTMENT_LURE in rules_checker.check("message", scam).signal_types()


# --- police scripts (Cantonese, health insurance), "do not disconnect", a friend's "help me verify" ---------------


@pytest.mark.parametrize(
    ("legit", "scam", "signal"),
    [
        (
            "香港警務處提醒：近日有騙徒冒充警員致電市民，警方不會要求市民轉賬，如有懷疑請致電防騙熱線。",
            "我係香港警務處探員，你嘅銀行戶口涉及洗黑錢，而家要你配合調查，將存款轉去資金核查戶口。",
            S.PAYMENT_REQUEST,
        ),
        (
            "【国家医保局】医保年度结算已完成，您可通过国家医保服务平台App查询个人账户余额。",
            "【国家医保局】您的医保卡在异地被违规套现，已移交公安机关，请联系上海市公安局李警官处理。",
            S.LEGAL_THREAT,
        ),
        (
            "阿明，我是小华，周六同学聚会改到晚上七点，地点不变，记得带上你的相机。",
            "阿明，我是你高中同学小华，我的微信被封了，系统要好友辅助验证，你收到的验证码截图给我一下。",
            S.OTP_REQUEST,
        ),
        (
            "FedEx: your parcel to Dubai is held at customs for an inspection. Track it on fedex.com; no action is needed from you.",
            "FedEx: your parcel to Dubai was found with 3 fake passports. The narcotics bureau will call you now, do not disconnect or you will be arrested.",
            S.URGENCY,
        ),
        (
            "Hey it's Sam, my Instagram got locked so I made a new one, follow me there when you can.",
            "Hey it's Sam, my Instagram got locked. It says a friend can help me recover it with the SMS code that goes to your phone, can you?",
            S.OTP_REQUEST,
        ),
    ],
)
def test_police_and_friend_scripts_are_flagged(rules_checker: Checker, legit: str, scam: str, signal: S) -> None:
    result = rules_checker.check("message", scam)
    assert signal in result.signal_types()
    assert result.flagged
    assert not rules_checker.check("message", legit).flagged
