"""Chinese scam classes from the misses of round 16 (lexicon._ZH_BANS_MENTORS_LOAN_DEPOSITS_AND_PLEAS), in Simplified
and Traditional wording, each with legitimate messages in the same vocabulary that must not get the class's signal;
and the legitimate situations the rules flagged (a friend's new number, a police warning in Traditional script, a
Singapore bank's notice in Chinese). Rules-only checker. The messages are written for these tests; none is a corpus
line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_a_ban_announced_in_the_passive(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "【抖音安全中心】您的账号近期违规次数过多，即将被永久封禁，请尽快联系客服处理",
            "您的帳號因異常登入，將被凍結，請於今日內點擊驗證身份",
            "系统检测到异常，你的号会被封停，赶紧加客服微信申诉",
        ],
        [
            "【微信】您已成功解除账号限制，感谢您的配合",
            "听说他的游戏号上周被封了，活该，谁让他开挂",
        ],
    )


def test_a_membership_mistakenly_upgraded_and_charged_monthly(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "【京东】您的账户被误开通白金会员，每月将扣费299元，如需关闭请致电 0755-2233-4455",
            "您好，由于工作人员失误，您被誤設為VIP代理，每月自動扣款500元，請聯絡客服 02-2345-6789 取消",
            "【抖音】系统误升级您为商家账户，每月扣除服务费800元，请联系客服 020-8765-4321 处理",
        ],
        [
            "【爱奇艺】您已开通连续包月，每月自动扣费25元，可在App“我的-会员”中随时取消",
            "上个月话费多扣了10块，打10000问了，说是流量包自动续订的，已经退订了",
        ],
    )


def test_an_agent_on_a_chat_app_and_a_new_chat_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OFF_PLATFORM,
        [
            "【淘宝】您的订单退款失败，需在2小时内处理，否则账户将被冻结。客服QQ：2837461920",
            "您的貸款已核准，請加專員LINE：loan8899 辦理撥款，今日內有效",
            "我是王总，加一下我新的微信，明天有笔款要你马上处理",
        ],
        [
            "【顺丰】如有疑问请拨打官方客服热线95338，或在顺丰速运App内咨询",
            "周末一起吃饭吗？老地方，七点见",
        ],
    )


def test_the_code_you_will_receive_replied_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "【中国移动】您的号码需重新实名，请回复姓名及稍后收到的验证码完成登记",
            "您好，为办理退款，请把马上收到的短信验证码告诉我们的专员",
            "請提供您隨後接收到的簡訊驗證碼，以便我們為您補辦SIM卡",
        ],
        [
            "【招商银行】验证码 662910，请勿泄露给任何人，包括银行工作人员",
            "我刚收到的验证码好像过期了，我再点一次重新发送",
        ],
    )


def test_a_deposit_to_prove_repayment_ability_before_the_loan(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "您的借款5万元已通过审核，下款前需先向您名下银行卡转入1万元，证明还款能力后即可到账",
            "您好，系統需要驗證您的還款能力，請在您自己的帳戶存入3萬元並截圖，核驗後立即撥款",
            "放款之前要刷一下流水，你先打入8000到指定账户，审核完一起退给你",
        ],
        [
            "【建设银行】您的个人消费贷款5万元已放款至尾号3321的账户，请注意查收",
            "申请房贷要提供近6个月的银行流水和收入证明，你下周准备好带过来",
        ],
    )


def test_a_hardship_plea_ending_on_a_personal_wallet(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "我爸爸突发脑溢血，手术费还差十几万，恳请各位爱心人士伸出援手，微信：139****2211",
            "孩子得了白血病，治疗费实在凑不齐了，求好心人帮帮忙，银行卡：6222 0210 ****",
            "家裡出了車禍急需醫藥費，求求好心的人捐一點，支付寶：0912****88",
        ],
        [
            "谢谢好心人帮我捡到钱包，已经通过派出所还回来了",
            "奶奶的医药费医保报销了大半，剩下的我用支付宝付清了，别担心",
        ],
    )


def test_following_a_mentor_and_never_losing(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "姐，我最近在炒外汇，跟着老师下单，两个星期赚了八万，要不要带你一起？",
            "跟隨導師一起進場，上個月收益翻倍，名額有限",
            "这波行情我看得很准，我做了五年比特币从来没亏过，你就放心跟我一起投",
        ],
        [
            "实验课记得跟着老师操作，别自己乱按仪器",
            "这家店我吃了五年从来没踩过雷，周末一起去",
        ],
    )


def test_home_typing_work_paid_by_the_hour(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "【招聘】诚招在家打字员，时薪80元，多劳多得，加微信了解",
            "居家兼職，日結300起，手機就能做，請加LINE詳談",
            "招手机兼职，每小时50元，宝妈学生都可以，有意私聊",
        ],
        [
            "我们公司周五可以居家办公，记得带电脑回家",
            "这份兼职是在图书馆整理书架，时薪25元，下周一面试",
        ],
    )


def test_a_wrong_contact_opener_turned_friendly(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "哎呀加错人了，不过看你头像挺阳光的，可以认识一下吗？",
            "不好意思發錯人了，不過也算是緣分，可以交個朋友嗎😊",
            "抱歉认错人了，你朋友圈照片好有气质，做个朋友吧",
        ],
        [
            "不好意思发错人了，这条是给我同事的，请忽略",
            "你换头像了？挺好看的，周末聚会见",
        ],
    )


def test_a_new_number_weighs_only_with_an_ask(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "妈，我换号了，现在急用钱，先转三千给我",
            "叔叔，我换号了，明天有点事要请你帮个忙",
            "老同学我换号了，刚才给你发了个验证码，截图发我一下",
        ],
        [
            "我换号了，新号就是这个，旧号周末停机，聚餐还是老地方见",
            "换号了哈，以后打这个，祝新年快乐",
        ],
    )


def test_a_police_warning_in_traditional_script_is_not_a_request(rules_checker: Checker) -> None:
    for text in (
        "【警方提示】騙徒會假扮銀行職員，要求你轉賬到指定戶口，切勿理會",
        "防騙提提你：騙子會冒充海關人員，要求你提供驗證碼，請立即掛線",
    ):
        assert not rules_checker.check("message", text).flagged, text
    assert rules_checker.check("message", "我是銀行職員，請你立即轉賬到指定戶口 822-1234-5678").flagged


def test_a_singapore_bank_notice_in_chinese_reads_its_toll_free_line(rules_checker: Checker) -> None:
    for text in (
        "OCBC：你于 3 Apr 10:21 通过 PayNow 转账 S$120.00 给 LIM AH HUAT 已成功。如非本人操作，请立即致电 1800 363 3333。",
        "DBS：您的 PayLah! 已于 2 May 向 TAN BEE LING 转账 SGD 30.00。若非本人操作，请立即致电 1800 111 1111。",
    ):
        assert not rules_checker.check("message", text).flagged, text
    # the same wording with a mobile number to call stays weighed
    assert rules_checker.check(
        "message", "DBS：您的账户将被冻结。如非本人操作，请立即致电 9123 4567 联系专员。"
    ).flagged
