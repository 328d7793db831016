"""Payments and donations asked to a personal payment handle, and link extraction that reads neither a dotted order
code nor the local part of an e-mail address as a host."""

from __future__ import annotations

from trustdesk.scamcheck.engine import SignalType
from trustdesk.scamcheck.engine.urls import find_urls

from .classes import assert_class, assert_fp_class

S = SignalType


def test_donation_to_personal_handle(rules_checker):
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Help little Meera fight cancer 🙏 donate any amount to UPI meera.treatment@okicici and forward it.",
            "Earthquake relief: please contribute via PayPal friends and family to quake.aid.fund@outlook.com today.",
            "Flood families need blankets, donate through Cash App or Zelle at floodcare.team@yahoo.com",
            "Bantu korban banjir, donasikan melalui GoPay 0813-2222-9090 atau email peduli.banjir@gmail.com.",
            "Mari sumbangkan sedikit rezeki untuk mangsa banjir melalui PayPal bantu.mangsa@gmail.com",
            "Chung tay quyên góp cho bà con vùng lũ qua PayPal cuuho.mienbac@gmail.com nhé mọi người.",
            "ร่วมบริจาคช่วยเหลือผู้ประสบภัยน้ำท่วม ผ่านทรูมันนี่ 0891234567 หรือ PayPal help.flood@gmail.com",
            "爱心捐款请转到支付宝 aixin.jiuzhu@163.com，帮帮山区孩子。",
            "تبرعوا لأسر غزة عبر انستاباي help.gaza@instapay كل جنيه يفرق",
        ],
        [
            "Thanks for your donation to the flood appeal, receipt sent to floodcare.team@yahoo.com",
            "Our church collects donations only at the door; questions to parish.office@gmail.com",
            "Mau donasi? Bisa langsung di kantor yayasan, info: peduli.banjir@gmail.com",
            "Terima kasih atas sumbangan anda, resit telah dihantar ke bantu.mangsa@gmail.com",
            "Cảm ơn bạn đã quyên góp, biên nhận đã gửi về cuuho.mienbac@gmail.com",
            "ขอบคุณที่ร่วมบริจาค ใบเสร็จส่งไปที่ help.flood@gmail.com แล้ว",
            "感谢您的捐款，电子收据已发到 aixin.jiuzhu@163.com。",
            "شكرا لتبرعك، تم إرسال الإيصال على help.gaza@gmail.com",
        ],
    )


def test_fee_to_personal_handle(rules_checker):
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Pay the release tax for your parcel via PayPal to customs.desk.uk@outlook.com",
            "Your loan is ready. Kindly remit the file release amount fee to UPI quickcash.agent@ybl now.",
            "Pindahkan caj pengeluaran melalui Boost ke 011-2345 6789 untuk keluarkan wang anda.",
            "ادفع الرسوم عبر انستاباي loan.office@instapay والمبلغ يتحول لك خلال ساعة",
        ],
        [
            "You paid Rs 1,250 to quickcash.agent@ybl. UPI Ref 412233. Not you? Call your bank.",
            "Hey can you send me 300 on UPI rahul.k@okaxis for the movie tickets, thanks",
            "Your security deposit of $60 was refunded to hiring.office22@gmail.com via Venmo.",
            "Customs duty receipt for your parcel has been e-mailed to customs.desk.uk@outlook.com",
            "Caj pengeluaran RM2 telah ditolak daripada Boost anda.",
            "تم تحويل 300 جنيه إلى فودافون كاش 01012345678 بنجاح. رقم العملية 55123.",
        ],
    )


def test_order_codes_and_email_local_parts_are_not_hosts(rules_checker):
    # Dotted courier order codes and e-mail addresses whose local part ends like a country code: no link is read.
    assert find_urls("Don S30417.HN2.B118.55201 dang giao, tra cuu tai ghtk.vn") == ["ghtk.vn"]
    assert find_urls("Ma van don S88120.SG.TB3.1209 cua ban") == []
    assert find_urls("Đăng nhập mới vào tài khoản tranminh.hn@gmail.com") == []
    assert find_urls("write to le.van.an.vn+shop@yahoo.com") == []
    # Real links are still found: scheme, www., or a bare host with a path.
    assert find_urls("https://i.ghtk.vn/S30417.HN2.B118") == ["https://i.ghtk.vn/S30417.HN2.B118"]
    assert find_urls("xem tại www.example.hn nhé") == ["www.example.hn"]
    assert find_urls("update at parcel-redelivery.top/track now") == ["parcel-redelivery.top/track"]
    assert find_urls("请访问ccb-jiedong.com验证身份") == ["ccb-jiedong.com"]
    assert_fp_class(
        rules_checker,
        S.LINK_ACTION,
        [
            "Tài khoản tranminh.hn@gmail.com của bạn sẽ bị khóa, xác minh ngay tại taikhoan-xacminh.top/login",
            "Đơn hàng S30417.HN2.B118 giao thất bại, cập nhật địa chỉ tại giaohang-capnhat.top/s",
            "Your account is locked, verify now at acct-verify-login.top/secure",
        ],
        [
            "Google: Có lượt đăng nhập mới vào tài khoản tranminh.hn@gmail.com trên thiết bị Windows. "
            "Nếu không phải bạn, hãy kiểm tra tại myaccount.google.com.",
            "GHTK: Đơn hàng S30417.HN2.B118.55201 đang được giao. Shipper sẽ gọi trước khi giao. Tra cứu tại ghtk.vn",
        ],
    )
