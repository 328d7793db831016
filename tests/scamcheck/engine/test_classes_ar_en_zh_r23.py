"""Arabic, English and Chinese classes from the twenty-third blind round: a plea whose money goes to an account in a
person's name, a charity collection paid to a phone number, the writer's shipment held at customs with the writer's
accounts frozen, a Cantonese "send me the digits", a reply keyword charged per message; and legitimate wordings (a
warning that quotes a scam, "we will not ask", points "nothing to claim", a top-up "to
keep the number valid"). Every wording is written for these tests (none is a corpus line)."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_pleas_paid_to_a_person_and_customs_holds(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "يا أهل الخير، عائلة محتاجة فقدت بيتها في السيول، التحويل على حساب رقم 55012 باسم محمود، وجزاكم الله خير",
            "تبرعوا لأطفال أيتام بحاجة لعلاج عاجل، حولوا على محفظة 0912 باسم سلمى",
            "We're raising money for flood victims in our village, please PayNow any amount to 8234 1190, thank you!",
            "Collecting for the animal shelter this weekend, GCash ₱200 to 0917 555 0192 🐶",
            "Honey my package is held at customs in Accra, they need $1,500 to release it and my bank account is frozen till I'm back",
            "颱風賑災募款，捐款請轉入 華南銀行 帳號 112-3344-5566 戶名 陳大華，感恩",
            "爱心款请汇到 工商银行 6222 0000 1111 收款人 李小红，帮忙扩散",
        ],
        [
            "تبرع الآن لجمعية البر عبر حساب الجمعية باسم جمعية البر الخيرية",
            "حوّل الإيجار على حسابي باسم أحمد قبل الخميس",
            "Collecting for Jane's farewell gift, PayNow $10 to 9123 4567 by Friday",
            "The Cancer Foundation's PayNow UEN is listed on our website; receipts are issued automatically.",
            "My parcel was held at customs for two days but it arrived this morning!",
            "捐款请汇入 中国红十字会 帐号 1234 5678 户名 中国红十字会总会",
        ],
    )


def test_cantonese_code_sent_to_me(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "阿明，我WhatsApp登唔到，有個驗證碼send咗去你度，send返俾我吖",
            "你部機啱啱收到6個數字，快啲發畀我，唔該",
            "個otp麻煩cap圖俾我，我幫你搞掂",
        ],
        [
            "你個驗證碼唔好send俾任何人，銀行唔會問你攞",
            "收到code之後自己輸入就得，唔使俾我",
        ],
    )


def test_reply_keyword_charged_per_message(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "恭喜您！回复Y即可每日收到星座运势，每条RM2，每周7条。",
            "回覆YES領取免費鈴聲，資訊費HK$10/則。",
            "回复1查看今日彩票预测，信息费5元/条",
        ],
        [
            "回复Y确认您明天上午10点的预约，回复N取消。",
            "【银行】回复1查询余额，回复2查询账单，短信免费。",
        ],
    )


def test_warnings_refusals_splits_credited_points_and_top_ups(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "بيوصلك الحين كود من البنك، ابعته لي عشان أوقف العملية",
            "يا هلا، راح يجيك كود على الجوال بعد شوي، عطني اياه عشان أفعل لك العرض",
        ],
        [
            "هيئة الاتصالات تحذر: انتبهوا من رسائل مثل (ارسل الكود لتفعيل الخط)، لا تشاركوا أي رمز مع أحد",
            "خلي بالك من رسايل زي (ابعتلي الكود اللي وصلك) دي نصب، متردش عليها",
            "قسم تقنية المعلومات: سنفعّل التحقق بخطوتين الأسبوع القادم، ولن نطلب منكم إرسال رمز التحقق لأي شخص.",
            "近期出现假冒银行客服，以“账户异常”为由要求转账，请勿相信。",
            "Congrats, you've won 500 bonus stars for your tenth coffee with us! They're added automatically, nothing to claim.",
            "【Digi】您的预付卡将于15/07到期，请充值以保持号码有效。",
        ],
    )
