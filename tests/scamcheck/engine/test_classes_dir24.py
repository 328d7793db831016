"""Providers' own sites that were missing from the built-in directory (carriers, couriers, retailers, labs and
agencies of the seven markets). A notice that sends the reader to the provider's real site is not flagged; the same
wording with a host that names the provider under another domain is flagged as a look-alike. Messages written for
these tests (none is a corpus line). Rules-only checker."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.scamcheck.engine.classes import assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


@pytest.mark.parametrize(
    ("scams", "legits"),
    [
        # carriers' bill notices: du, Ooredoo, Three, AIS, True
        (
            [
                "Ooredoo: تم إيقاف خطك بسبب فاتورة غير مدفوعة، ادفع الآن عبر ooredoo-qa.bill-pay.top لتجنب قطع الخدمة",
                "TrueMove H: เบอร์ของคุณจะถูกระงับภายใน 24 ชม. ชำระค่าบริการค้าง 1,250 บาท ด่วนที่ truecorp-th.billing.top",
                "Ooredoo Kuwait: your line is suspended for an unpaid bill. Pay KWD 18 now at ooredoo-kw.renew-line.info",
            ],
            [
                "Ooredoo: فاتورة شهر مايو بقيمة 310 ر.ق جاهزة. ادفع عبر تطبيق Ooredoo أو ooredoo.qa قبل 25/06.",
                "du: Your bill of AED 310.20 is due on 12/07. Pay in the du app or at du.ae.",
                "Three: Your bill of £22.50 will be collected by Direct Debit on 03/07. See it in My3 at three.co.uk.",
                "AIS: ค่าบริการรอบบิล มิ.ย. 68 จำนวน 899.00 บาท ครบกำหนด 20/07/68 ชำระผ่านแอป myAIS หรือ www.ais.th",
                "TrueMove H: ปรับอัตราค่าโทรต่างประเทศ มีผล 1 ส.ค. ดูรายละเอียดได้ที่ true.th",
            ],
        ),
        # couriers' own tracking and duty pages: Parcelforce, KEX, YTO
        (
            [
                "Parcelforce: your parcel is on hold, pay the £2.99 redelivery fee at parcelforce-redelivery.info today",
                "KEX: พัสดุของคุณตกค้าง กรุณาชำระค่าจัดส่งใหม่ 25 บาท ที่ kexexpress-th.delivery-fee.com",
                "Parcelforce Worldwide: customs charge unpaid, your item will be destroyed. Pay now: parcelforce.uk-customs.help",
            ],
            [
                "Parcelforce: Your parcel will be delivered tomorrow between 9am and 5pm. Track it or change the day at parcelforce.com.",
                "KEX: พัสดุจาก Lazada จะจัดส่งพรุ่งนี้ 10:00-14:00 ตรวจสอบสถานะที่ th.kex-express.com",
                "【圆通速递】您的快件已到达驿站，取件码 3-2-118，详情请登录 www.yto.net.cn 查询。",
            ],
        ),
        # shops' points, birthday gifts and promotions on their own sites: Sephora, Watsons, Indomaret, AEON
        (
            [
                "Sephora: you won a free gift in our anniversary draw, claim at sephora-rewards.club now",
                "Watsons: Tahniah! Anda menang baucar RM200. Tuntut segera di watsons-my.prize-claim.xyz",
                "Indomaret: Selamat, Anda pemenang undian Rp 5.000.000. Klaim hadiah di indomaret-hadiah.online sekarang",
            ],
            [
                "Sephora: Your birthday treat is waiting! Redeem it in store or at sephora.sg with your Beauty Pass.",
                "Watsons: 860 mata Watsons Club anda akan luput pada 31/08. Tebus di kedai atau watsons.com.my.",
                "Indomaret: Promo minyak goreng beli 2 gratis 1 hanya minggu ini. Cek katalog di indomaret.co.id.",
            ],
        ),
        # Vietnamese providers: Viettel Money, EVN SPC, MEDLATEC, VNVC
        (
            [
                "Viettel Money: tai khoan cua quy khach bi khoa, xac minh ngay tai viettelmoney-vn.info de mo khoa",
                "MEDLATEC: ket qua xet nghiem bat thuong, thanh toan phi 350.000d tai medlatec-ketqua.online de xem ngay",
                "VNVC: be chua tiem mui bat buoc, nop phat 500.000d tai vnvc-tiemchung.top truoc 17h hom nay",
            ],
            [
                "Viettel Money: Nap tien dien thoai qua Viettel Money, hoan 5% toi da 10.000d. Chi tiet tai viettelmoney.vn",
                "EVNSPC: Hoa don tien dien thang 7 cua Quy khach: 645.120d. Han thanh toan 05/08. Tra cuu tai cskh.evnspc.vn",
                "VNVC: Be co lich tiem mui 2 ngay 12/09. Dat hoac doi lich tai vnvc.vn.",
            ],
        ),
    ],
)
def test_providers_own_sites(rules_checker: Checker, scams: list[str], legits: list[str]) -> None:
    assert_fp_class(rules_checker, S.LOOKALIKE_DOMAIN, scams, legits)


@pytest.mark.parametrize(
    "host",
    [
        "du.ae",
        "ooredoo.qa",
        "three.co.uk",
        "parcelforce.com",
        "sephora.com",
        "watsons.com.my",
        "ais.th",
        "true.th",
        "th.kex-express.com",
        "bot.or.th",
        "indomaret.co.id",
        "ezbiz.ssm.com.my",
        "medlatec.vn",
        "vnvc.vn",
        "www.yto.net.cn",
        "www.momoshop.com.tw",
    ],
)
def test_new_provider_domains_not_flagged(rules_checker: Checker, host: str) -> None:
    assert not rules_checker.check("url", host).flagged, host
