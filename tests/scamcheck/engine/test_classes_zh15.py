"""Chinese scam classes from the misses of blind round 15 (lexicon._COURIER_CODES_CASHOUTS_AND_GROUP_PAY), in
Simplified and Traditional wording, with the English counterparts the table also holds; each with legitimate
messages in the same vocabulary that must not get the class's signal. Rules-only checker, so these hold whatever
the trained model learns. The messages are written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_a_code_the_system_will_send_told_to_the_rider(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "【饿了么】您好，配送异常需核实，稍后系统会给您发送一个收货码，请告诉外卖小哥完成签收",
            "【快递】您的包裹派送失败，我们马上会给你发一个取件码，收到后请报给快递员",
            "【順豐】系統即將發送驗證碼至您手機，請告知配送員以便完成派送",
        ],
        [
            "【京东】您的收货码为 482913，请在快递员送达时当面出示",
            "您好，外卖已送达小区门口，取件码 5521，骑手师傅在门口等您",
            "【菜鸟】系统已发送取件码到您手机，请凭码到驿站自取，切勿将取件码告诉他人",
        ],
    )


def test_the_dynamic_code_just_received_reported_to_risk_control(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "您好，我们是支付宝安全中心，您的账户存在风险，请告诉我您刚收到的验证码",
            "這裡是銀聯風控，請念一下您手機剛收到的動態碼，我們幫您攔截盜刷",
            "你好，我是建行客服，麻烦提供一下你刚刚收到的校验码，用于解除风险",
        ],
        [
            "【工商银行】验证码 123456，您正在进行转账，切勿告诉他人",
            "刚收到的验证码我已经输好了，登录成功了，谢谢",
        ],
    )
    assert S.IMPERSONATION in rules_checker.check("message", "这边是银联风控中心，您的卡有异常交易").signal_types()


def test_an_insurance_or_pension_balance_cashed_out(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "好消息，社保卡里的钱可以提现了，加我微信帮你操作",
            "您的养老金账户余额现可转出到微信零钱，扫码认证即可",
            "醫保卡餘額可以套現，走內部渠道辦理，手續費只要5%",
        ],
        [
            "提醒：医保个人账户余额不能提现，只能用于看病买药",
            "【社保】您可通过国家医保服务平台App查询医保余额",
            "公积金可以提取用于租房，请登录公积金App办理",
        ],
    )
    internal = "您的医保余额已解锁，内部渠道申请即可到账"
    assert S.OFF_PLATFORM in rules_checker.check("message", internal).signal_types()
    assert S.OFF_PLATFORM not in rules_checker.check("message", "这个问题我已经通过内部渠道反馈给IT了").signal_types()


def test_a_chat_id_written_plus_v(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OFF_PLATFORM,
        [
            "急招日结兼职，点赞关注就有佣金，+vx：pt8866",
            "刷单返利，一单一结，日入300，+V：sd_9527",
            "兼職打字員在家做，日結薪水，➕薇: typing_668",
        ],
        [
            "本周五聚餐，人数+1，报名的在群里接龙",
            "这款手机支持5G+WiFi6，续航很强",
        ],
    )


def test_a_bank_manager_on_a_personal_chat_raises_the_limit(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "【建设银行】尊敬的客户，您的信用卡可临时提额至5万，添加客户经理微信 ccb_tie888 领取",
            "【平安银行】提额活动：加专属顾问个人微信办理，额度最高10万",
            "【中國信託】您的信用卡額度可調升至20萬，請添加專員LINE：ctbc_vip99 辦理",
        ],
        [
            "如需提升额度，请登录招商银行App申请，谨防陌生人添加微信",
            "您好，我是您的客户经理小李，已通过企业微信添加您，有业务问题随时找我",
        ],
    )


def test_a_platform_loophole_and_a_first_top_up_to_try(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "我在博彩网站发现一个漏洞，稳赚不赔，你跟着我下注",
            "亲爱的，这个交易所有个bug，先充1000试试，我带你赚钱",
            "I found a loophole in the platform, deposit 500 first to try, I'll guide you",
        ],
        [
            "系统漏洞已修复，之前充值失败的订单会自动退款",
            "我们发现了一个安全漏洞，已经打了补丁，请大家更新客户端",
            "The loophole in the tax law was closed last year, deposit rules changed",
        ],
    )
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "这个平台新人福利很高，先充200试试，提现秒到账",
            "宝贝，这个彩票平台我研究了很久，你先投500看看",
            "你可以先充3000试试水，我带你操作，一周回本",
        ],
        [
            "先充100试试话费套餐",
            "先充50试试这个游戏，挺好玩的",
        ],
    )


def test_a_donation_by_qr_code_or_link(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "河南水灾，扫码献爱心！捐款链接：hn-jiuzai.top",
            "台风灾区急需帮助，爱心捐款通道：www.ai-xin-help.cn",
            "花蓮地震災區需要您！愛心捐款網址：hualien-aid.com",
        ],
        [
            "公司工会组织为灾区捐款，请到行政部登记，捐款收据统一开具",
            "中国红十字会提醒：请通过官方网站捐款，不要扫描来历不明的二维码",
        ],
    )
    assert_class(
        rules_checker,
        S.LINK_ACTION,
        [
            "紧急救援！点击链接即可捐款，每一元都能帮到灾民 http://jz-aixin.xyz",
            "Earthquake victims need help! Scan to donate: quake-relief-fund.top",
            "Flood relief: click here to donate now https://help-flood.top",
        ],
        [
            "Our office is collecting for the flood victims, drop cash at reception",
            "公司工会组织为灾区捐款，请到行政部登记",
        ],
    )


def test_a_bill_paid_in_a_chat_group_joined_by_qr_code(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "物业通知：水费系统升级，请扫码进群缴纳本季度水费",
            "【电力公司】新规：电费需在业主群内预缴，扫码加群缴费享优惠",
            "Residents: new rules from the water board. Scan the QR below to join our WhatsApp group and settle this month's bill",
        ],
        [
            "各位业主，本周六停水检修，详情进群查看",
            "Scan the QR code to join the group chat for the building party this Saturday",
        ],
    )
    assert S.OFF_PLATFORM in rules_checker.check("message", "燃气费改为群内缴费，扫码加入").signal_types()


def test_a_friend_on_a_borrowed_phone_asks_you_to_pay_an_order(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "妈，我手机丢了，借同学手机给你发的，帮我代付一下学费，链接发你",
            "哥，我手机坏了用室友的手机，你帮忙付个款，订单链接我发你",
            "我手機沒電了，借朋友的手機傳的，拼多多幫我代付一下，很急",
        ],
        [
            "淘宝上可以找朋友代付，我让我妈帮我付了",
            "我手机没电了，借朋友手机说一声，晚点到家",
        ],
    )


def test_a_lost_phone_is_a_claim_only_with_a_request(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "我手机丢了，你帮我转500应急，下周还你",
            "我手机坏了，验证码发到你手机了，截图给我",
            "妈，我手机丢了，这是我的新号码，先借我两千交房租",
        ],
        [
            "我手机丢了，刚补办了卡，号码没变",
            "手机丢了，好烦，明天去买个新的",
            "我手机坏了，拿去修了，这两天可能回复慢",
        ],
    )
    assert not rules_checker.check("message", "我手机丢了，刚补办了卡，号码没变").flagged
