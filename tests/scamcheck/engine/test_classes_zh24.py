"""Chinese classes from round 24's errors (lexicon._ZH_R24_NEW_NUMBERS_AND_BORROWED_PHONES and narrower existing
patterns), in Simplified, Traditional and Cantonese wording: the "new number" or borrowed-phone opener followed by
an ask, and the legitimate wordings the rules flagged (a "no need to tell me any password", a tax refund, an
instalment rate, an office-party draw, a shop coupon, a criminal-record certificate). Rules-only checker. The
messages are written for these tests; none is a corpus line."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_new_number_then_an_ask(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "媽，我換咗新號碼，舊嗰個唔用喇，有啲急事想你幫手",
            "呢個係我新號碼，你存低先，聽日同你講件事",
            "妈，我换了新号码，旧卡丢了，有点急事你先帮我转一下",
            "阿爸，我已經換號了，這是我新號碼，有件事要你幫個忙",
        ],
        [
            "我换号了，新号码存一下，周六聚餐照旧七点",
            "呢個係我新號碼，舊嗰個下個月停用，記得改返通訊錄",
            "我換咗新號碼，之後打呢個就得，下星期見",
        ],
    )


def test_broken_phone_on_a_friends_phone_then_an_ask(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "阿媽，我部手機跌咗入水，而家用緊朋友部機，有啲急事想你幫手",
            "爸，我手机坏了，现在借同事的手机发的，急着用钱你先帮我一下",
            "媽，我電話唔見咗，用緊同學部機，你得唔得閒？想你幫我轉少少錢",
        ],
        [
            "我部手機跌咗入水，而家用緊同事部機，聽日拎去整，唔使覆",
            "手机坏了送修，现在用同事的手机看群消息，晚上回家再说",
        ],
    )


def test_no_need_to_tell_me_a_password(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "我是银行客服，请提供您的网银登录密码以便核实",
            "請提供你的網上銀行密碼俾我核對",
            "请告诉我你的银行卡密码，我帮你解冻",
        ],
        [
            "我下午远程帮你装打印机驱动，不用告诉我任何密码，点允许就行",
            "唔使俾我任何密碼，我過嚟你座位幫你睇",
            "系统升级后请自己改密，别回任何要你报密码的邮件",
        ],
    )


def test_tax_refund_and_fee_rates(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "您的退税申请需先缴纳税费300元才能到账，请转账至指定账户",
            "贷款已审批，请先支付手续费500元到以下账户",
            "包裹被海关扣留，请先缴清关费280元",
        ],
        [
            "【个人所得税】年度汇算已完成，退税金额88.20元已退至您尾号1234的银行卡",
            "【財政部】您的綜合所得稅退稅款已匯入指定帳戶，請查收",
            "【招商银行】您的账单分期已办理，分6期，每期手续费0.5%",
            "王总，上月的服务费发票已寄出，请财务核对后安排",
        ],
    )


def test_office_party_draws_and_shop_coupons(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "恭喜您在周年庆抽奖中获得iPhone，请点击链接领取并支付运费",
            "【幸运用户】您的账号中奖5000元，请添加客服微信领取",
            "恭喜你獲得禮品一份，請點擊 http://gift-hk.top 填寫地址",
        ],
        [
            "年会抽奖的奖品放前台了，中奖的同事下班前来领",
            "各位同仁：今年尾牙抽獎獎品有平板和禮券，請踴躍參加",
            "【饿了么】满40减15红包已到账，今晚下单可用",
            "礼品卡报销要附购买发票，不然财务不收",
        ],
    )


def test_criminal_record_certificate(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "你涉嫌一宗刑事案件，需配合调查，否则将被拘留",
            "這裡是刑事偵查部門，你的帳戶涉及洗錢，請保密",
            "您已被列为刑事案件嫌疑人，请立即联系办案民警",
        ],
        [
            "【警政署】您申請的警察刑事紀錄證明已核發，請至分局領取",
            "入职材料里要附无犯罪记录证明，周五前交给HR",
        ],
    )
