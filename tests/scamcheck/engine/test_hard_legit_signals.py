"""Legitimate messages that use a lure's or a threat's words through the provider's own channel (found in the
corpus *_11 errors), each with a scam counterpart in the same language that must still carry the signal. These
check the rule signal itself, not the verdict: the legitimate form must not carry it at all. The messages are
written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def _signals(checker: Checker, text: str) -> set[S]:
    return {s.type for s in checker.check("message", text).signals}


# --- a shop's prize collected in person at its counter with ID or the receipt ------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Tesco Clubcard: You've won a £25 voucher in our November draw. Bring your Clubcard and photo ID to the customer service desk in any Tesco store by 20 Dec.",
            "Tesco Clubcard: You've won a £25 voucher in our November draw. Claim it at tesco-clubcard-prize.com before it expires.",
        ),
        (
            "Indomaret: Selamat, Anda pemenang undian belanja akhir tahun, hadiah kipas angin. Bawa struk belanja dan KTP ke kasir toko Indomaret tempat Anda belanja sebelum 20/12.",
            "Indomaret: Selamat, Anda pemenang undian belanja akhir tahun, hadiah kipas angin. Bawa KTP ke toko, tapi transfer dulu biaya pengiriman Rp 150.000 ke rekening 1234567890.",
        ),
        (
            "Aeon: Tahniah, anda pemenang cabutan bertuah bulan ini (baucar RM50). Bawa resit pembelian dan MyKad ke kaunter khidmat pelanggan Aeon sebelum 31/12.",
            "Aeon: Tahniah, anda pemenang cabutan bertuah bulan ini (baucar RM50). Sila tuntut melalui pautan aeon-hadiah.my dan bayar caj pemprosesan RM20.",
        ),
        (
            "Bách Hóa Xanh: Chúc mừng quý khách trúng thưởng 1 bộ nồi trong chương trình bốc thăm tháng 11. Vui lòng mang CCCD và hóa đơn đến quầy dịch vụ của cửa hàng trước 20/12.",
            "Bách Hóa Xanh: Chúc mừng quý khách trúng thưởng 1 bộ nồi trong chương trình bốc thăm tháng 11. Vui lòng chuyển khoản phí vận chuyển 50.000đ vào tài khoản 0123456789 để nhận quà.",
        ),
        (
            "لولو هايبرماركت: مبروك! أنت الفائز في سحب نهاية الأسبوع بقسيمة 200 ريال. يرجى الحضور إلى مكتب خدمة العملاء في الفرع مع الهوية وإيصال الشراء.",
            "لولو هايبرماركت: مبروك! أنت الفائز في سحب نهاية الأسبوع بقسيمة 200 ريال. لاستلام الجائزة اضغط على الرابط وادفع رسوم التوصيل.",
        ),
        (
            "【华润万家】恭喜您在周年庆抽奖中获得二等奖：电热水壶一个。请于12月20日前携带购物小票和身份证到门店服务台领取。",
            "【华润万家】恭喜您在周年庆抽奖中获得二等奖：电热水壶一个。请点击链接填写地址并支付运费15元领取。",
        ),
        (
            "Lotus's: ยินดีด้วย ใบเสร็จของคุณได้รับรางวัลพัดลม 1 เครื่อง กรุณานำใบเสร็จและบัตรประชาชนมารับที่เคาน์เตอร์บริการสาขาที่ซื้อภายใน 20 ธ.ค.",
            "Lotus's: ยินดีด้วย ใบเสร็จของคุณได้รับรางวัลพัดลม 1 เครื่อง กรุณาโอนค่าจัดส่ง 150 บาท แล้วกดลิงก์เพื่อยืนยันที่อยู่",
        ),
    ],
)
def test_a_prize_collected_in_person_with_id_is_not_a_prize_lure(rules_checker: Checker, legit: str, scam: str) -> None:
    assert S.PRIZE_LURE not in _signals(rules_checker, legit)
    assert S.PRIZE_LURE in _signals(rules_checker, scam)


# --- a payment request whose route is the provider's own app, portal, counter or post office ----------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Leeds City Council: Penalty charge notice LC55120 for £35 is unpaid. Pay the £35 via the council website or at any post office within 14 days.",
            "Leeds City Council: Penalty charge notice LC55120 for £35 is unpaid. Pay the £35 via our portal at http://leeds-pcn-pay.com today.",
        ),
        (
            "VNPT: Cước dịch vụ tháng 11 là 320.000đ. Vui lòng thanh toán qua ứng dụng My VNPT hoặc tại quầy giao dịch trước 15/12.",
            "VNPT: Cước dịch vụ tháng 11 là 320.000đ. Vui lòng thanh toán qua ứng dụng ngân hàng vào tài khoản 0123456789 trước 15/12.",
        ),
        (
            "PLN: Tagihan listrik bulan November Rp 412.000. Silakan bayar di aplikasi PLN Mobile atau kantor pos terdekat sebelum tanggal 20.",
            "PLN: Tagihan listrik bulan November Rp 412.000. Silakan bayar di aplikasi DANA ke nomor 0812 3456 7890 sebelum jam 5 sore.",
        ),
        (
            "JPJ: Cukai jalan kenderaan anda tamat 31/12. Sila bayar melalui aplikasi MyJPJ atau di kaunter JPJ berhampiran.",
            "JPJ: Cukai jalan kenderaan anda tamat 31/12. Sila bayar melalui aplikasi bank ke akaun 1234 5678 9012 atas nama pegawai kami.",
        ),
        (
            "المرور: لديك مخالفة بمبلغ 300 ريال. يرجى سداد المخالفة عبر تطبيق أبشر أو في أي فرع للبنك قبل نهاية الشهر.",
            "المرور: لديك مخالفة بمبلغ 300 ريال. يرجى سداد المخالفة عبر تطبيق البنك إلى الحساب رقم SA4420000001234567891234 اليوم.",
        ),
        (
            "【国家电网】您户号0312的11月电费为156元，请缴纳电费，可通过网上国网App或营业厅办理。",
            "【国家电网】您户号0312的11月电费为156元，请缴纳滞纳金，可通过手机银行App转账到以下账户6222020112345678。",
        ),
        (
            "โรงเรียนบ้านสวน: ค่าทัศนศึกษา 350 บาท กรุณาชำระผ่านแอปของโรงเรียนหรือที่ห้องการเงินภายใน 15 ธ.ค.",
            "โรงเรียนบ้านสวน: ค่าทัศนศึกษา 350 บาท กรุณาชำระผ่านแอปธนาคาร โอนเข้าบัญชี 123-4-56789-0 ภายในวันนี้",
        ),
    ],
)
def test_a_payment_through_the_providers_own_channel_is_not_a_payment_request(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert S.PAYMENT_REQUEST not in _signals(rules_checker, legit)
    assert S.PAYMENT_REQUEST in _signals(rules_checker, scam)


# --- a lock or block notice that sends the user to the provider's own app or branch -------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Monzo: Your card has been frozen after three wrong PIN attempts. Open the Monzo app to unfreeze it, or visit any branch of our partner bank.",
            "Monzo: Your card has been frozen after three wrong PIN attempts. Unfreeze it now at monzo-card-unlock.com within 24 hours.",
        ),
        (
            "BIDV: Thẻ của quý khách đã bị tạm khóa do nhập sai mã PIN. Quý khách vui lòng mở khóa trên ứng dụng BIDV SmartBanking hoặc đến chi nhánh gần nhất.",
            "BIDV: Thẻ của quý khách đã bị tạm khóa do nhập sai mã PIN. Quý khách vui lòng bấm vào bidv-mokhoa.top để mở khóa ngay.",
        ),
        (
            "BCA: Kartu debit Anda diblokir sementara karena salah PIN 3 kali. Buka aplikasi BCA mobile untuk membuka blokir atau datang ke kantor cabang.",
            "BCA: Kartu debit Anda diblokir sementara karena salah PIN 3 kali. Hubungi petugas kami di WhatsApp 0812 9988 7766 untuk membuka blokir.",
        ),
        (
            "CIMB: Kad debit anda telah disekat kerana PIN salah 3 kali. Sila buka sekatan di aplikasi CIMB OCTO atau ke cawangan berhampiran.",
            "CIMB: Kad debit anda telah disekat kerana PIN salah 3 kali. Sila klik pautan cimb-buka-sekatan.xyz untuk buka sekatan.",
        ),
        (
            "بنك الرياض: تم إيقاف بطاقتك مؤقتاً بسبب إدخال الرقم السري خطأ. يمكنك إعادة تفعيلها عبر تطبيق البنك أو بزيارة أقرب فرع.",
            "بنك الرياض: تم إيقاف بطاقتك مؤقتاً بسبب إدخال الرقم السري خطأ. لإعادة التفعيل اضغط على الرابط التالي خلال 24 ساعة.",
        ),
        (
            "【招商银行】您尾号2231的银行卡已被临时锁定，原因为密码连续输错。请登录招商银行App解锁，或携带身份证至我行网点办理。",
            "【招商银行】您尾号2231的银行卡已被临时锁定，原因为密码连续输错。请点击链接cmb-jiesuo.cc解锁，否则将永久冻结。",
        ),
        (
            "กรุงศรี: บัตรเดบิตของท่านถูกระงับชั่วคราวเนื่องจากใส่รหัสผิด 3 ครั้ง กรุณาปลดล็อกผ่านแอป KMA หรือติดต่อสาขาใกล้บ้าน",
            "กรุงศรี: บัตรเดบิตของท่านถูกระงับชั่วคราวเนื่องจากใส่รหัสผิด 3 ครั้ง กรุณาคลิกลิงก์ krungsri-unlock.top เพื่อปลดล็อกทันที",
        ),
    ],
)
def test_a_lock_notice_routed_to_the_providers_own_app_or_branch_is_not_an_account_threat(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert S.ACCOUNT_THREAT not in _signals(rules_checker, legit)
    assert S.ACCOUNT_THREAT in _signals(rules_checker, scam)


# --- a provider's landline or toll-free number given as the alternative to its own app or branch -------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Barclays: Your debit card ending 4410 is on hold after 3 wrong PIN attempts. Unlock it in the Barclays app or call us on 0345 734 5345.",
            "Barclays: Your debit card ending 4410 is on hold after 3 wrong PIN attempts. Call our card security team on 0345 734 5345 now to unlock it.",
        ),
        (
            "Bank Rakyat: Log masuk baharu ke akaun anda dari peranti Oppo A78. Jika bukan anda, sekat akses dalam aplikasi iRakyat atau hubungi 1-300-80-5454 dengan segera.",
            "Bank Rakyat: Akaun anda disekat kerana log masuk luar biasa. Hubungi 1-300-80-5454 segera untuk buka sekatan.",
        ),
        (
            "BRI: Kartu debit Anda terblokir karena salah PIN 3 kali. Buka blokir di aplikasi BRImo atau datang ke kantor cabang BRI terdekat, atau hubungi call center (021) 5758 0400.",
            "BRI: Kartu debit Anda terblokir karena transaksi mencurigakan. Segera hubungi petugas kami di 0813-2299-4410 untuk membuka blokir.",
        ),
        (
            "Bangkok Bank: บัตรเดบิตของท่านถูกระงับชั่วคราวเนื่องจากใส่รหัสผิดหลายครั้ง กรุณาปลดล็อกผ่านแอป Bualuang mBanking หรือโทร 02-645-5555",
            "Bangkok Bank: บัตรเดบิตของท่านถูกระงับชั่วคราวเนื่องจากพบรายการผิดปกติ กรุณาโทร 02-118-4567 ด่วนเพื่อยืนยันตัวตน",
        ),
        (
            "البنك الأهلي: تم إيقاف بطاقتك مؤقتاً بعد إدخال رقم سري خاطئ. لإعادة التفعيل استخدم تطبيق الأهلي أو اتصل على 8001244000",
            "البنك الأهلي: تم إيقاف بطاقتك مؤقتاً بسبب عملية مشبوهة. اتصل فوراً على 0551239876 لإعادة التفعيل",
        ),
    ],
)
def test_hotline_offered_beside_the_providers_app_is_not_weighed(rules_checker: Checker, legit: str, scam: str) -> None:
    """The number stays shown as unofficial (it is not in the directory) but is not weighed when the same sentence
    offers the provider's app or branch instead; a number that is the only way out, or a mobile number, still is."""
    result = rules_checker.check("message", legit)
    assert S.UNOFFICIAL_SUPPORT_NUMBER in result.signal_types()  # shown, not weighed
    assert not result.flagged
    assert rules_checker.check("message", scam).flagged


@pytest.mark.parametrize(
    "scam",
    [
        # a mobile number is never a company's hotline, whatever alternative is offered
        "Maybank: Kad anda disekat. Buka sekatan dalam app MAE atau hubungi pegawai kami 012-778 4410 segera.",
        # a request next to the app alternative: the number is weighed again
        "Lazada: Your refund is ready. Pay the RM30 processing fee to release it in the app or call our hotline 03-2788 1234.",
        # a link that is not the provider's own cancels the app alternative
        "KBank: บัญชีของท่านถูกระงับ ปลดล็อกที่ kbank-unlock.com หรือผ่านแอป หรือโทร 02-888-1234",
    ],
)
def test_hotline_beside_an_app_still_flags_with_a_mobile_number_request_or_link(
    rules_checker: Checker, scam: str
) -> None:
    assert rules_checker.check("message", scam).flagged
