"""Chinese scam classes from the misses of blind round 14 (lexicon._ZH_FRIEND_CARDS_CODES_AND_SIDE_DEALS), in
Simplified and Traditional wording, each with legitimate messages in the same vocabulary that must not get the
class's signal. Rules-only checker, so these hold whatever the trained model learns. The messages are written for
these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S
from trustdesk.scamcheck.engine.urls import find_urls

# --- a friend whose chat account was stolen or banned, or whose phone broke, asking for money or cards ---------


def test_friend_on_a_new_account_asking_for_money(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "在吗？我QQ被盗了，这是我小号。能不能先借我两千，下周一发工资马上还你",
            "是我啦，阿偉，我的LINE帳號被駭了先用這個。方便幫我買三張遊戲點數卡嗎？晚點還你",
            "兄弟，我微信登不上了，用这个号加的你。急用钱，先转我1500周末还",
            "妈，我手机摔坏了，这是我同学的号。学校要交资料费，你先帮我转800到这个卡",
        ],
        [
            "我微信被封了，这两天先用这个号，有事直接打我电话就行",
            "我手机摔坏了，这是我新号，麻烦存一下，旧号先别打了",
            "之前跟你借的两千我今天转回给你了，记得查收哈",
        ],
    )
    scam = "我IG帳號被盜了，這是新的。可以先借我3000嗎？下週發薪水就還你"
    assert S.PAYMENT_REQUEST in rules_checker.check("message", scam).signal_types()
    legit = "我IG帳號被盜了，這是新的，之前的私訊都看不到了，有事找我傳這裡"
    assert not rules_checker.check("message", legit).flagged


# --- game, gift or top-up cards whose serial or back is photographed and sent ---------------------------------


def test_cards_bought_and_their_serial_photographed(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "我这边不方便出门，你去便利店帮我买5张苹果充值卡，每张200，买好把背面刮开拍照给我",
            "可以幫我去超商買MyCard點數卡嗎？3張每張1000，序號拍照傳給我就好",
            "王总：我在开会不方便接电话，你先去附近买几张礼品卡，回头给你报销",
        ],
        [
            "我自己在超商买了点数卡，序号已经储值到游戏里了，不用担心",
            "充值卡的序号我已经输进手机了，话费刚到账，谢谢",
            "公司年会抽奖的奖品是礼品卡，中奖的同事记得去行政部领",
            "超市周年庆，购物满500元送50元购物卡，凭小票到服务台领取",
        ],
    )


def test_a_card_store_is_not_the_providers_own_app(rules_checker: Checker) -> None:
    scam = "我在机场登机了没法接听，你在楼下便利店买4张 App Store 卡，刮开背面拍照发我，落地就转你"
    assert rules_checker.check("message", scam).flagged
    legit = "您的话费账单已出，请在中国移动App内充值缴费。"
    assert not rules_checker.check("message", legit).flagged


# --- the code you (just) received, asked back ---------------------------------------------------------------


def test_code_just_received_asked_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "我是在二手平台跟你买相机的买家，付款要验证你的身份，你刚收到的那条 send 给我就可以了",
            "【闲鱼客服】您的退款已受理，请把您手机刚收到的6位数确认码回复到本号码，我们为您原路退回",
            "老板，我用 Boost 付款给你，系统要你那边的6位数 TAC，麻烦看一下",
        ],
        [
            "您收到的验证码仅用于本人登录，请勿回复或告诉任何人",
            "我刚收到的验证码过期了，我再重新发一次",
            "你刚收到的快递记得签收",
        ],
    )


def test_vote_whose_sms_digits_are_sent_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "亲爱的，我女儿参加少儿才艺比赛，帮我投一票吧！投的时候会有短信发一组数字给你，截图发我就行",
            "幫我按個讚助力一下啦～你手機會收到一則簡訊，裡面的數字傳給我就好",
        ],
        [
            "帮我投一下票呗，链接在群里，投完就行，谢谢啦",
            "你会收到一条短信通知，告诉你快递已到柜，不用回复",
        ],
    )


# --- bank-card details after scanning a QR code; an ID number and date of birth sent back by reply ------------


def test_bank_card_entered_after_scanning_a_qr_code(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "【快递驿站】您的包裹存放超过48小时，请扫描下方二维码补缴保管费，扫码后填写银行卡号及手机号完成验证。",
            "停车缴费提醒：您的车辆欠缴停车费18元，请掃描二維碼，輸入信用卡資料後即可離場。",
        ],
        [
            "【快递驿站】您的包裹已到站，请扫码或出示取件码取件，无需输入银行卡信息。",
            "请勿扫描来历不明的二维码输入银行卡信息，谨防诈骗。",
        ],
    )


def test_id_number_and_birth_date_sent_by_reply(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "【MySejahtera】你的账户资料不完整，将于明日停用。请回复你的 MyKad 号码和出生日期完成更新。",
            "台灣健保提醒：您的健保卡資格即將失效，請直接回覆身分證字號與出生年月日以便續用。",
        ],
        [
            "报名表请填写身份证号码和出生日期，周五前交给班长。",
            "门诊预约成功，就诊当天请携带身份证，出生日期以证件为准。",
        ],
    )


# --- a tax office's travel ban with an officer or number to contact -------------------------------------------


def test_travel_ban_threat_with_a_contact(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "IRAS 通知：您有逾期未缴的所得税，若今日内不处理，将被列入禁止出境名单，请立即联系负责官员 Mr Tan 9123 4567。",
            "税务局提醒：您的欠税已进入执行程序，账户即将限制出境，请尽快拨打专员电话 013-228 9041 处理。",
        ],
        [
            "听说欠税太久会被限制出境，你记得登录官网按时报税哦。",
            "出境前请确认护照有效期，详情可联系旅行社。",
        ],
    )


# --- premium chat lines and keyword replies priced per message ------------------------------------------------


def test_premium_chat_lines_and_short_codes(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "睡不着？午夜情感陪聊，温柔姐姐在线等你，拨打 1259 3366 8899 马上接通",
            "恭喜！您获得 S$100 购物礼券，回复 OK 至 79988 领取。S$2/msg，每周最多4条。",
            "想交朋友吗？撥打 0204 123 456 和美女聊天，24小時有人接聽",
        ],
        [
            "睡不着就打给我聊天吧，我的号码 138 1234 5678",
            "【工商银行】您的转账需确认，请回复1至95588。",
            "漫游期间短信收费 RM0.30/sms，详情请查询官网。",
        ],
    )


# --- an overpaid "refund", tickets resold and paid by direct transfer -----------------------------------------


def test_overpayment_sent_back_to_another_account(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "您好，我是平台结算专员，今天给您的退款多转了一万，麻烦把多出的部分退还到以下指定账户，谢谢配合。",
            "不好意思，刚才工资多打了一个零，请把差额转回到我们的对公账户，财务那边急着对账。",
        ],
        [
            "上个月房租我多转了你200，下个月直接扣掉就行。",
            "我们多收了您的运费，已原路退回到您的支付账户，请查收。",
        ],
    )


def test_tickets_resold_and_paid_by_direct_transfer(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "我手上有两张周杰伦演唱会的内场票，原价转让，你直接转账给我就行，收到钱就快递给你",
            "出兩張棒球季後賽門票，平價割愛，平台手續費太貴，你私下匯款到我帳戶就好",
        ],
        [
            "演唱会的票我在官方平台原价转让了，你直接在平台上下单就行",
            "门票我已经帮你买好了，钱不用急，见面再说",
        ],
    )


# --- loyalty points "converted to cash" -----------------------------------------------------------------------


def test_points_converted_to_cash(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "【移动积分】您的积分8,820即将过期，可兑换现金 268 元，回复 JF 领取兑换链接。",
            "尊敬的會員：您的信用卡積分可折現為現金 1,200 元，今日截止，回覆 Y 獲取連結。",
        ],
        [
            "您的积分可在App商城兑换话费或流量，有效期至年底。",
            "本月消费满额可获积分，积分可兑换现金券，详情见门店公告。",
        ],
    )


# --- an "assistant's" WeChat to add, merchants' sales boosted for pay, daily pay ranges -----------------------


def test_assistants_chat_to_add(rules_checker: Checker) -> None:
    scam = "名师免费荐股，本周三只票全部涨停！添加助理微信领取明日金股，仅限前20名。"
    result = rules_checker.check("message", scam)
    assert S.OFF_PLATFORM in result.signal_types()
    assert result.flagged
    scam2 = "想學看盤的朋友，聯繫分析師的LINE就能進群，每天免費分享飆股"
    assert S.OFF_PLATFORM in rules_checker.check("message", scam2).signal_types()
    legit = "请把本周的会议纪要发给我的助理，她会整理后发群里。"
    assert S.OFF_PLATFORM not in rules_checker.check("message", legit).signal_types()


def test_merchant_sales_boosting_part_time_jobs(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "招聘居家兼职：只需用手机帮商家提升销量，时间自由，日结",
            "Hi，我们在找 part time 宝妈，每天一小时，收入 RM80-RM400 一天，有意私聊",
        ],
        [
            "招兼职收银员，时薪 S$10，周末班，需要面试。",
            "我们店最近在做活动，想提升销量，你有什么好主意吗？",
        ],
    )


# --- a link written into Chinese or Thai text without spaces ends where that script starts ----------------------


def test_link_glued_to_chinese_or_thai_text_is_found() -> None:
    assert find_urls("请立即访问abc-jiedong.com验证身份。") == ["abc-jiedong.com"]
    assert find_urls("详情见https://example.com/a?b=1请查收") == ["https://example.com/a?b=1"]
    assert find_urls("คลิกbit.ly/kbank-verifyเพื่อยืนยัน") == ["bit.ly/kbank-verify"]
    assert find_urls("visit sub.example.co.uk/a-b.") == ["sub.example.co.uk/a-b"]
    # A dotted order code is not a link to a ".hn" host; a host ending a sentence still is one.
    assert find_urls("Don hang S22.HN.7781 da giao thanh cong") == []
    assert find_urls("Tra cuu tai vnpost.vn. Cam on") == ["vnpost.vn"]


def test_scam_link_glued_to_chinese_text_is_weighed(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "【工商银行】您的账户存在异常交易，请立即访问icbc-jiedong.com验证身份。")
    assert S.LOOKALIKE_DOMAIN in result.signal_types()
    assert result.flagged
    legit = "【工商银行】您的账户存在异常交易，如有疑问请到网点咨询。"
    assert not rules_checker.check("message", legit).flagged


# --- a buyer or seller who skips the marketplace; a suspension set for tonight ----------------------------------


def test_deal_taken_off_the_marketplace(rules_checker: Checker) -> None:
    for scam in (
        "二手iPad九成新，走平台要抽成太麻煩，你私下匯款給我，我當天寄出",
        "球鞋全新未拆，走交易平台手续费太贵，你直接转我微信，我包邮",
    ):
        assert S.OFF_PLATFORM in rules_checker.check("message", scam).signal_types(), scam
        assert rules_checker.check("message", scam).flagged, scam
    for legit in ("你可以在平台上下单，不要私下交易，有保障", "我们走平台交易吧，比较安全"):
        assert S.OFF_PLATFORM not in rules_checker.check("message", legit).signal_types(), legit


def test_suspension_set_for_tonight_is_urgency(rules_checker: Checker) -> None:
    for scam in (
        "您的支付账户将于今晚停用，请回复身份证号码和出生日期完成核实",
        "您的會員帳號將於明日凍結，請回覆身分證號碼及生日以便保留",
    ):
        assert S.URGENCY in rules_checker.check("message", scam).signal_types(), scam
    legit = "您的账户将于今晚23:00至次日02:00暂停服务进行系统升级，敬请谅解"
    assert S.URGENCY not in rules_checker.check("message", legit).signal_types()
