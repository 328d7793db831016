"""Arabic, English and Chinese classes from the scams the twenty-first blind round missed: a code on its way to the
victim's phone to be read or screenshotted back, a password sent in a reply, card details entered for a refund, a
"not you?" page that takes the ID number, a bill paid into the collector's account, a gift held at customs, a
soldier's leave fee, a plea into a wallet number, QR codes "replaced" or scanned for a fine or a refund, linked
devices, a phone number and code typed in to see a photo, an account unlocked over WhatsApp or at a link, a
pre-approved loan, a guaranteed monthly rate, a teacher's free stock picks, pay per review or for an hour's work, a new
number from a lost phone, a suitor on an oil platform or met on a dating app, a fake virus alert, an auto-renewal to
cancel by phone, a registry suffix inside a link's subdomain; and the legitimate wordings three rules caught (a daily
roaming price, a parcel paid at pickup, a parking violation to handle in the authority's app). Every wording is
written for these tests (none is a corpus line); the rules-only rules_checker is used, so these hold whatever the trained
model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_code_on_its_way_to_be_read_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "أهلين، معك خدمة عملاء البنك. بيوصلك الحين رمز من 4 أرقام لتحديث بياناتك، ممكن ترسله لي؟",
            "يا هلا، راح يجيك كود على الجوال بعد شوي، عطني اياه عشان أفعل لك العرض",
            "salam, hayegilak code dlwa2ty 3ala el mobile, eb3atho li 3shan akamel el talab",
            "I added you as my backup so a code is going to your phone now, pls screenshot it and send to me",
            "Hey, Telegram texted a code to your number by mistake, can you read it out to me quickly?",
        ],
        [
            "سيصلك رمز التحقق خلال دقيقة، لا تشاركه مع أي أحد حتى موظفي البنك",
            "وصلك كود الخصم على الإيميل؟ استخدمه في المتجر قبل نهاية الشهر",
            "Your verification code is on its way to your phone. Never share it with anyone.",
            "The door code was sent to your phone, use it when you arrive at the flat.",
        ],
    )


def test_password_in_a_reply_card_details_for_a_refund_and_id_on_a_cancel_page(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "IT Support: your mailbox is over quota. Reply to this message with your staff ID and password to keep receiving mail.",
            "Payroll update: kindly reply with your portal username and old password so we can move you to the new system.",
            "الجمارك: لديك مبلغ مسترد 640 ريال. لإيداعه أدخل بيانات بطاقتك عبر الرابط المرفق",
            "تعويض عن انقطاع الخدمة بقيمة 90 درهم، لاستلام التعويض حدث بيانات البطاقة هنا",
            "【电信】您的号码已申请补卡，如非本人操作，请点击链接填写身份证号码及生日取消。",
            "【銀行】偵測到新裝置登入，若非本人，請至驗證頁面輸入身分證字號以凍結交易。",
        ],
        [
            "If you forgot your password, reply to this email and we will send a reset link. We never ask for your password.",
            "Please reply to this email with your availability; IT will reset your password in person.",
            "تم استرداد مبلغ 120 ريال إلى بطاقتك المسجلة، لا حاجة لأي إجراء",
            "【电信】您的补卡申请已受理，请本人携带身份证到营业厅办理。",
        ],
    )


def test_bill_to_a_collector_gift_at_customs_and_qr_replaced(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "معك مندوب شركة المياه، عليك متأخرات 800 ريال وبنقطع الخدمة بكرة، حول المبلغ على حساب المندوب وأرسل الإيصال",
            "يا قلبي الطرد اللي بعثته لك وقف في المطار، الجمارك طالبين 1500 دولار، حولها لهم اليوم",
            "الجمارك احتجزوا الهدية اللي جايتك مني، ولازم تحول 900 دولار عشان يطلقونها",
            "تنبيه للسكان: تم تحديث نظام الدفع للمواقف، امسح الكود الجديد على العمود وادفع مباشرة",
            "The old QR sticker on the meter no longer works, scan the new one to pay for parking.",
            "عزيزي العميل، الباركود القديم لم يعد صالحاً، امسح الملصق الجديد على الطاولة وادفع الفاتورة",
            "Parking Enforcement: fine of $90 unpaid. Scan the QR on the notice on your windshield today or the car will be towed.",
            "Ya gama3a 7ad ye2dar yesa3ed, el 3amaleya 3ayza 60 alf, ay mablagh 3ala Vodafone Cash 01098765432",
            "Please donate for little Hana's kidney treatment, every RM5 helps. DuitNow to 012-889 4410 (her father).",
            "亲爱的，我在联合国维和部队服役快结束了，要交休假申请费才能回国见你，你可以先帮我垫一下吗？",
            "您好，我是外卖小哥，餐洒了很抱歉，退款你扫一下我这个二维码就能原路退回",
            "业主您好，物业系统升级，请扫描这个二维码续费停车月卡，否则明天无法进场",
        ],
        [
            "فاتورة الكهرباء 240 ريال مستحقة، يمكنك السداد عبر تطبيق الشركة أو سداد",
            "وصلت الهدية اللي ارسلتها لك؟ قالوا لي إنها خرجت من الجمارك أمس",
            "Parking at the mall is $2 per hour, pay at the machine or in the app.",
            "Heads up: the old door code no longer works from Monday, the new one is in the house group.",
            "الكود القديم للبوابة لم يعد يعمل، الكود الجديد عند الحارس",
            "Thank you for your donation to the hospital fund. Your receipt is attached.",
            "您的退款已原路退回，预计1-3个工作日到账。",
            "物业通知：停车月卡请在物业APP内续费，如有疑问请到管理处咨询。",
        ],
    )


def test_account_locked_over_whatsapp_or_unlocked_at_a_link(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "el 7sab bta3ak mawqoof 3ashan nasheet gher tabi3y, kalemna 3ala el raqam da 3ashan nefta7o",
            "your account et2afal ba3d 3 mo7awlat, ettasel bena 3ala whatsapp 3ashan nraga3o",
            "【某银行】您的网银因异常登录已暂停，请前往 bank-unlock-tw.com 解除锁定。",
            "您的账户已被冻结，请登录 secure-verify.net 恢复使用。",
        ],
        [
            "7esabi et2afal embare7 w roht el far3 w fata7oh, kolo tamam",
            "【某银行】您的网银密码已锁定，请携带身份证到任一分行办理解锁。",
        ],
    )


def test_linked_devices_and_code_typed_in_to_see_a_photo(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "فريق دعم واتساب: لتوثيق حسابك اذهب إلى الأجهزة المرتبطة ثم امسح الرمز المرفق",
            "فيديوك منتشر بالقروب 😱 لمشاهدته ادخل رقم جوالك ورمز التحقق اللي يوصلك: vid-view.link",
        ],
        [
            "لتسجيل الدخول من الكمبيوتر افتح واتساب على جوالك، الأجهزة المرتبطة، ثم اربط جهازك بنفسك",
        ],
    )


def test_loan_guaranteed_rate_stock_picks_and_paid_tasks(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "【财富圈】保本月息6%，名额有限，扫码入群了解。",
            "分析師陳老師今晚免費分享兩檔強勢股，加入群組即可領取。",
        ],
        [
            "本行定期存款年利率1.5%，详情请咨询柜台。",
            "陈老师今晚的免费讲座改到周五，地点不变。",
        ],
    )
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "【借呗】恭喜您获得预授信额度50,000元，点击链接立即提现，今日有效。",
            "招聘兼职：帮商家写好评，每条$20，日结，有兴趣私聊。",
            "在家兼职，每天只需2小时就能赚$200，名额有限。",
            "Hi! We're hiring for an online task job rating hotels, daily pay, no experience needed.",
            "Earn extra by posting product reviews, paid daily via e-wallet. Interested?",
        ],
        [
            "您的信用卡额度已调整，详情请登录手机银行查看。",
            "谢谢光临！如果满意欢迎在谷歌给我们留个好评。",
            "The job pays monthly; the online task training is in week one.",
        ],
    )


def test_new_number_after_a_lost_phone_and_suitors(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "爸 我手机摔坏了 这是我新号 你存一下 你现在方便吗",
            "媽，我部手機跌咗落水，呢個係我新號，你記低先，有啲急事搵你",
            "يمه جوالي انكسر وهذا رقمي الجديد، احفظيه، ابي منك خدمة بسيطة",
            "Hi Aunty, it's me, changed number. Can you do me a favour? Don't tell Uncle yet ok",
            "حبيبتي الحياة على المنصة النفطية صعبة، وكل يوم أفكر فيك",
            "Hi, we matched on Tinder but my app keeps crashing, can we talk on Telegram?",
            "【某视频】您的会员即将自动续费198元，如需取消请致电4001234567。",
        ],
        [
            "我换手机号了，旧号月底停，新号就是这个，周末聚会见。",
            "我手机摔坏了，这是我新号，你存一下，旧号先别打了",
            "جوالي طاح بالموية وهذا رقمي الجديد، احفظوه يا جماعة",
            "Hi all, new number for me from today, the old one stops next week.",
            "ماما الحمد لله وصلت، غيرت الشريحة وهذا رقمي الجديد",
            "حريق محدود في منصة نفطية بالخليج ولا إصابات",
            "We met on Bumble last year and got married in May!",
            "We matched on Hinge and now chat on WhatsApp every day, she's lovely",
            "【某视频】您的会员已自动续费，可在APP内“我的-会员”关闭自动续费。",
        ],
    )


def test_fake_virus_alert_and_suffix_inside_a_subdomain(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.APP_INSTALL,
        [
            "警告：您的手机已中毒，检测到木马，请立即下载安全大师清除：clean-phone.app",
            "你部電話有病毒❗即刻安裝防毒程式保護你嘅銀行資料",
        ],
        [
            "近期有病毒短信，请勿下载来历不明的APP。",
            "杀毒软件提示：已清除1个病毒，建议前往应用商店下载最新版本。",
        ],
    )
    assert_class(
        rules_checker,
        S.SUSPICIOUS_LINK,
        [
            "Flood appeal: details at floodaid-appeal.org.au.giving-now.co",
            "Claim your refund: tax-refund.gov.uk.claim-centre.net",
        ],
        [
            "See our site www.example.com.au for opening hours.",
            "Support page: help.example.com",
        ],
    )


def test_daily_roaming_parcel_paid_at_pickup_and_parking_violation_in_the_app(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "Text WIN to 87121, costs £1.50 per msg. 18+ T&Cs",
        ],
        [
            "Travelling? EU roaming costs £2.50/day on your plan, only on days you use data.",
            "Your daily pass costs £3 per day in the USA. Reply STOP to end it.",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "您好，您的包裹需先付款清关费128元，请立即转账到以下账户",
        ],
        [
            "【店到店】您的包裹已到全家民生店，取貨時需付款NT$320，請於7日內領取。",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "【公安】你涉嫌洗钱案件，已被立案调查，请立即配合转账至安全账户，否则将被逮捕。",
        ],
        [
            "【交管12123】您的车辆于3月2日在中山路有违法停车记录，请通过交管12123 APP查询处理。",
        ],
    )
