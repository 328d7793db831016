"""Chinese classes of round 25 (Simplified, Traditional, Cantonese): credentials asked as a list after one give verb,
the code the system sends brought back to the writer, a "boss" on a new chat account who wants a payment kept quiet,
a relative's new chat account with a matter to tell, rent to a "new account" because the old one is held for an
audit, and an impostor from a bank's "anti-fraud department". Next to them, their legitimate counterparts: a login
code called a "verification code" in an MFA notice, a scam's pretext described by an anti-fraud warning, a switch in
the bank's app that freezes the holder's own account, "报销" (reimbursement) forms, a colleague's remote help to
install software. Also the sentence around a company number ends at Chinese full stops, and a Chinese message from
Malaysia reads its numbers in the Malaysian plan. Each wording is written for these tests (none is a corpus line);
rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker, phones
from trustdesk.scamcheck.engine.checker import _number_sentence
from trustdesk.scamcheck.engine.types import SignalType as S


def test_credentials_asked_as_a_list(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "OCBC：您的网银资料需要重新核实，请回复您的用户名及PIN码，专员将于今日为您处理。",
            "玉山銀行通知：帳戶即將升級，請回覆本簡訊提供您的身分證字號、使用者代號與網銀密碼以完成驗證。",
        ],
        [
            "OCBC提醒：本行绝不会要求您提供您的用户名及PIN码，请提高警惕。",
            "请回复您的姓名及订单号，客服将为您查询物流进度。",
        ],
    )
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "StarHub：您的号码转移申请已提交。如非本人操作，请提供您的身份证后四位及刚收到的6位验证码以便取消。",
        ],
        [
            "您的验证码为 482913，5分钟内有效，请勿告诉他人。",
            "请提供您的姓名及收货地址，我们会尽快寄出。",
        ],
    )


def test_code_sent_to_you_brought_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "我是GrabPay客服，系统等一下会发一个6位数的OTP给你，你把那个号码回给我，我帮你取消那笔交易。",
            "银行会传一个TAC去你手机，收到之后你将个码报返俾我就得。",
        ],
        [
            "银行会发一个TAC到你手机，你自己在App里输入就可以了。",
        ],
    )


def test_boss_on_a_new_chat_account_keeping_a_payment_quiet(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "小陈，我是李总，我换了新的微信，你加我一下。下午要给客户转一笔保证金，你先准备好，这件事别跟其他同事说。",
            "阿明，我係陳經理，我換咗個新WhatsApp，你加返我。有筆錢要處理，唔好同其他人講住。",
        ],
        [
            "大家好，我是李总，我换了新的微信，下周一的例会照常开，请大家准时参加。",
        ],
    )


def test_new_chat_account_with_a_matter_to_tell(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "妈，我换微信了，之前那个别用了。你加一下这个，等下有事跟你说。",
            "媽，我換了LINE，你加一下這個帳號，我有件急事要找你。",
        ],
        [
            "妈，我换微信了，你加一下这个，周末回家吃饭。",
        ],
    )


def test_rent_to_a_new_account_while_the_old_is_held(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "陈先生你好，我是业主的秘书。下个月起管理费请汇到新账户：Maybank 5140 2233 8812，原账户因年审暂停使用。",
            "租客注意：舊戶口因系統升級暫停使用，本月租金請轉到新戶口 Hong Leong 2290 1188 331，多謝合作。",
        ],
        [
            "我换银行了，下个月开始房租转到新户口就可以，旧户口我已经销户了，账号晚点发你。",
        ],
    )


def test_anti_fraud_department_impostor_with_remote_tool(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "你好，我係恒生銀行防詐騙組嘅同事，你張卡有可疑交易，請你去App Store下載「AnyDesk」，開咗之後讀個ID俾我。",
        ],
        [],
    )


def test_verification_code_is_a_noun_in_an_mfa_notice(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LINK_ACTION,
        [
            "【工商银行】您的账户存在异常，请点击 http://icbc-verify.top 登录验证身份，逾期将冻结。",
        ],
        [
            "【资讯科技部】下周一起内网门户启用双重认证。请于周五前打开 https://sso.huaxin-group.com 绑定手机令牌，"
            "登录时收到的验证码只限本人使用，IT同事从不会向您索取。",
        ],
    )


def test_scam_pretext_described_by_a_warning(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "【客服中心】您的订单误设为分期付款，请提供网银账号及密码以便为您取消。",
        ],
        [
            "【反诈提醒】近期骗子冒充快递客服，以「包裹丢失理赔」为由要求提供网银密码，请勿相信。",
            "【警方提醒】诈骗集团假冒购物平台客服，以解除会员为由要求提供网银账号，切勿上当。",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "我是银行客服，您的贷款需要注销，请下载向日葵远程控制软件，把识别码告诉我。",
        ],
        [
            "【农业银行】温馨提示：不法分子冒充银行工作人员，以调整额度为由要求开启屏幕共享，本行不会有此要求。",
        ],
    )


def test_own_switch_that_freezes_the_account(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "【中国银行】系统检测到您的账户异常，将冻结您的账户，请立即点击 http://boc-safe.cc 解除。",
        ],
        [
            "UOB提醒：如发现可疑交易，请立即在UOB TMRW App中使用Kill Switch冻结账户，或致电1800 222 2121。",
            "温馨提示：手机丢失时，可在App内一键冻结账户，保障资金安全。",
        ],
    )


def test_reimbursement_form_is_no_tell_verb(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "财务部通知：工资系统更新，请报给我您的银行卡号，今天核对。",
        ],
        [
            "提醒一下，报销单上的银行卡号请写清楚，财务说上个月有几张退回来了。",
            "报名表上的银行卡号请填写完整，方便发放补贴。",
        ],
    )


def test_colleague_installs_office_remotely(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "我是微软技术支持，您的电脑中了病毒，请安装TeamViewer并把ID和密码发给我。",
        ],
        [
            "阿Ken，聽日朝早我用AnyDesk幫你裝Outlook，你開住部電腦就得。",
        ],
    )


def _number(text: str, raw: str, regions: tuple[str, ...]) -> phones.PhoneAnalysis:
    checker = Checker(use_model=False)
    found = [n for n in phones.find_numbers(text, regions, checker.directory) if n.raw == raw]
    assert found, (text, raw)
    return found[0]


def test_number_sentence_ends_at_chinese_stops() -> None:
    for stop in "。！？；":
        text = f"您的验证码已失效{stop}如有疑问请致电 021-5555 8888 咨询{stop}请勿点击陌生链接"
        sentence = _number_sentence(text, _number(text, "021-5555 8888", ("CN",)))
        assert sentence is not None, stop
        assert "验证码" not in sentence and "链接" not in sentence, (stop, sentence)
        assert "致电" in sentence, (stop, sentence)


def test_malaysian_numbers_in_a_chinese_message() -> None:
    for text in (
        "【Maybank】您的户口已暂停，请致电 03-7626 8899 联系专员。",
        "吉隆坡分行通知：如有疑问请拨 03-7626 8899。",
        "您的包裹需缴付令吉12.50，详情致电 03-7626 8899。",
    ):
        regions = phones.regions_for("zh-Hans", None, text)
        assert regions[0] == "MY", text
        assert _number(text, "03-7626 8899", regions).e164 == "+60376268899"
    # a mainland message keeps the Chinese plan
    assert phones.regions_for("zh-Hans", None, "【工商银行】如有疑问请致电 021-5555 8888。") == ("CN",)


def test_malaysian_number_is_read_by_the_checker(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "【Maybank】客服提醒：您的户口出现异常，请联系客服热线 03-7626 8899 处理。")
    assert S.UNOFFICIAL_SUPPORT_NUMBER in result.signal_types()
