"""Chinese classes, second pass (Simplified, Traditional, Cantonese): a service telling the user that a code will be
sent to their phone (no ask to pass it on), a court's own notice with its case number and its online system, a
bank's notice of a freeze a court ordered, the writer's own account frozen told as news, a carrier's top-up
reminder "to keep using the service", and a password typed in again at log-in with no link. Next to them, the scam
counterparts stay flagged: the code read back to a caller, a fake court that names a crime, a friend whose frozen
card needs the reader to pay, an arrears notice with an account to pay into, and a log-in page behind a link. Each
wording is written for these tests (none is a corpus line); rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_code_will_be_sent_to_you(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "系统会发一个验证码到你手机，你报给我就行。",
            "银行会向您的手机发送动态码，收到后请提供给我们的专员核实。",
            "稍后系统会给你发送一个验证码，麻烦截图一下。",
            "平台将发送确认码至您的手机，回复该码即可取消订单。",
        ],
        [
            "系统会发送一个6位数验证码到您的手机，请在页面输入完成注册。",
            "我们将向您的手机发送验证码，请勿告诉任何人，5分钟内有效。",
            "系统将发送验证码至您预留的手机号，请输入验证码完成绑定。",
            "稍后您将收到验证码，请在App内输入以完成绑定。",
        ],
    )


def test_court_notice_and_court_ordered_freeze(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "【人民法院】您涉嫌洗钱案件（2024）刑初字第88号，请立即联系办案民警 0755-2233 4455。",
            "【公安局】您的银行账户涉嫌洗钱已被司法冻结，请将资金转入安全账户配合调查。",
        ],
        [
            "【上海市浦东新区人民法院】您作为原告的（2024）沪0115民初5678号案件已立案受理，请通过人民法院在线服务查询进度。",
            "【司法院】臺灣新北地方法院通知：您聲請之本票裁定事件（114年度司票字第567號）已核發，請至司法院線上起訴系統查詢。",
            "【某银行】您尾号2231的账户已被司法冻结，冻结金额3,000.00元，冻结机关：南京市鼓楼区人民法院。"
            "详情请携带身份证到我行网点咨询。",
        ],
    )


def test_own_account_frozen_told_as_news(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "您的支付宝账户存在违规操作，即将被冻结，请尽快处理。",
            "我的卡被冻结了，你能不能先帮我付一下机票钱？",
        ],
        [
            "妈，我微信被封了，客服说明天就能解，别担心。",
            "我的支付宝账号被风控冻结了，已经打客服电话问过了，做个人脸认证就好。",
        ],
    )
    # the service speaking of the reader's account is no news of the writer's own
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        ["我这边看到您的账户已被冻结，需要马上处理。"],
        [],
    )


def test_carrier_top_up_to_keep_using_the_line(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "【中国移动】您的号码已欠费，请立即充值到以下账户 6222 0210 0112 3456 以免停机。",
        ],
        [
            "【中国联通】您本月账单89元已出，当前余额12.30元，请于月底前充值以免影响使用。",
            "【中国电信】您的余额不足，请及时充值以免停机。",
        ],
    )


def test_password_typed_again_at_log_in(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "【邮箱管理中心】您的邮箱即将停用，请点击 http://mail-verify.top 登录并重新输入密码。",
            "客服：为核实身份，请提供您的网银登录密码。",
        ],
        [
            "各位同事：今晚OA系统升级，明早首次登录需要重新输入密码。",
            "@所有人 电脑补丁更新后开机需要重新输入密码，属正常现象。",
        ],
    )
