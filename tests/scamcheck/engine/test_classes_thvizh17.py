"""Chinese, Thai and Vietnamese classes from the scams missed in blind round 17
(lexicon._ZH_TH_VI_CARD_CHECKS_SIM_OFF_UNLOCK_DEPOSITS_AND_BOSS_ORDERS). Rules-only checker; the messages are
written for these tests, none is a corpus line."""


from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_card_expiry_and_back_digits_or_id_and_sms_password_asked_for(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "你好，我哋係恒生信用卡中心，你張卡有可疑交易，麻煩你講返張卡嘅有效期同埋背面嗰三個數字俾我核實。",
            "您好，这里是招行信用卡部，请您提供卡片的有效期和背面三位数字，以便我们冻结异常交易。",
            "Chị ơi em bên phòng thẻ, chị đọc giúp em ngày hết hạn và 3 số mặt sau thẻ để em khóa giao dịch lạ nhé.",
            "แจ้งวันหมดอายุบัตรและเลข 3 ตัวหลังบัตรให้เจ้าหน้าที่ด้วยนะคะ เพื่อยกเลิกรายการที่น่าสงสัย",
            "【中華電信】您的4G卡需升級為5G，請回傳身份證號碼及簡訊驗證碼完成升級。",
            "Viettel: de nang cap sim 5G, quy khach tra loi tin nhan nay voi so CCCD va ma OTP vua nhan.",
        ],
        [
            "您的信用卡有效期至2027年12月，新卡已寄出，请收到后在背面签名。",
            "银行提醒：切勿向任何人提供卡片有效期及背面三位数字，本行不会致电索取。",
            "Thẻ của quý khách sắp đến ngày hết hạn, thẻ mới sẽ được gửi về địa chỉ đăng ký.",
            "บัตรของท่านจะหมดอายุเดือนหน้า ธนาคารจะจัดส่งบัตรใหม่ไปยังที่อยู่ที่ให้ไว้",
            "请携带身份证到营业厅办理5G卡升级，店员会当场核对。",
        ],
    )


def test_phone_off_for_hours_while_the_sim_is_moved(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Em là nhân viên Vinaphone, anh tắt máy khoảng 3 tiếng để hệ thống nâng cấp sim lên 5G giúp em nha.",
            "你好，我是电信客服，你的SIM卡要升级，请关机两个小时等系统更新完成。",
            "จากทรูมูฟค่ะ รบกวนปิดเครื่อง 2 ชั่วโมงเพื่อให้ระบบอัปเดตซิมใหม่นะคะ",
        ],
        [
            "Chị tắt máy đi ngủ sớm đi, mai 5 giờ mình đi rồi.",
            "手机充电时关机一会儿没关系。",
            "ปิดเครื่องก่อนขึ้นเครื่องบินนะ",
        ],
    )


def test_deposits_to_unlock_withdrawal_boss_orders_guard_parcels_and_fees(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Tài khoản của anh cần nạp thêm 15 triệu thì mới rút được lợi nhuận nhé, đó là quy định của sàn.",
            "您的账户需要再充值3万元才能提现，这是平台的风控规定。",
            "คุณต้องเติมเงินอีก 10,000 บาทเพื่อปลดล็อกการถอนนะคะ",
            "Chị ơi giám đốc bảo chị chuyển ngay 80 triệu cho đối tác, anh ấy đang họp kín, đừng gọi anh ấy nhé.",
            "小李，董事長交代今天要付這筆貨款給新廠商，他在開會，不要打電話給老闆，直接匯就好。",
            "Shipper đây ạ, hàng em gửi lễ tân tòa nhà rồi, chị chuyển khoản 250k vào số tài khoản này giúp em nha.",
            "快递放在门卫那了，麻烦把货款转到这个账户，谢谢。",
            "Buu dien: hang cua ban can kiem dich, vui long nop phi 45.000d qua link de nhan hang.",
            "Thai Post: พัสดุของคุณจัดส่งไม่สำเร็จ ตอบกลับ 1 เพื่อจัดส่งใหม่ มีค่าธรรมเนียม 15 บาท",
            "กาชาดขอรับบริจาค ช่วยผู้ประสบภัย โอนเข้าบัญชีส่วนตัวของผู้ประสานงานได้เลย ในนามมูลนิธิ บริจาคผ่านพร้อมเพย์ส่วนตัว",
        ],
        [
            "Nạp tiền vào ví MoMo để thanh toán hóa đơn điện nhanh hơn.",
            "充值后余额可随时提现，到账时间以银行为准。",
            "Sếp duyệt chi cho nhà cung cấp rồi, kế toán sẽ chuyển theo hợp đồng vào thứ Sáu.",
            "快递已放在门卫处，请凭取件码领取。",
            "Hàng của chị em gửi bảo vệ rồi nhé, đã thanh toán online nên chị không cần trả gì thêm.",
            "บริจาคผ่านบัญชีมูลนิธิรามาธิบดีโดยตรง ลดหย่อนภาษีได้",
        ],
    )


def test_flight_compensation_scan_to_claim_loans_and_visa_free_jobs(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "尊敬的旅客：您的航班因天气取消，可获赔偿500元，请拨打客服热线办理。",
            "扫码即可领取理赔金，24小时内有效。",
            "免擔保、不看征信，最快当天放款，加微信 loan8899 了解。",
            "Chuyến bay của quý khách bị hủy, quý khách được bồi thường 800.000đ, vui lòng liên hệ Zalo để nhận.",
            "Quét mã QR để nhận tiền bồi thường đơn hàng bị thất lạc nhé chị.",
            "เที่ยวบินของท่านถูกยกเลิก รับเงินชดเชย 2,000 บาท ติดต่อแอดไลน์เจ้าหน้าที่",
            "งานโรงงานเกาหลี ไม่ต้องมีวีซ่าทำงาน จ่ายค่านายหน้า 50,000 บินได้เลย",
            "Tuyển lao động Đài Loan không cần visa lao động, đóng phí 60 triệu bay ngay.",
        ],
        [
            "您的航班因天气原因取消，可免费改签或全额退票，详询航空公司官方客服。",
            "Chuyến bay VN123 bị hoãn 2 tiếng do thời tiết, quý khách vui lòng theo dõi thông báo tại sân bay.",
            "เที่ยวบินล่าช้า 1 ชั่วโมง ขออภัยในความไม่สะดวก",
            "扫码关注公众号查看理赔进度。",
            "ไปเที่ยวญี่ปุ่นไม่ต้องใช้วีซ่า 15 วัน",
        ],
    )


def test_guaranteed_multiples_and_a_relatives_trading_method(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "这个币下个月上所，现在进去保底翻五倍，名额有限。",
            "我表哥教我做外汇，上周赚了两万，我可以带你一起。",
            "Chú em dạy em đánh vàng trên sàn, lãi lắm, em kèm chị làm nhé.",
            "Dự án này cam kết lãi gấp đôi sau 3 tháng, anh vào sớm nhé.",
            "รับประกันกำไร 3 เท่าภายในเดือนเดียว",
            "ลุงสอนเทรดทองคำให้ เดือนนี้ได้ 3 หมื่น เดี๋ยวพี่พาทำนะ",
        ],
        [
            "我舅舅教我做红烧肉，周末来家里吃饭吧。",
            "Chú em dạy em nấu phở, mai qua nhà em ăn nhé.",
            "ลุงสอนทำสวนทุเรียน ปีนี้ผลผลิตดีมาก",
            "这台电饭煲保修三年。",
        ],
    )
