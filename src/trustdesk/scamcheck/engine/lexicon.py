"""Keyword patterns for the text signals, per language.

Patterns are written in natural spelling and folded with ``normalize.fold_pattern`` when compiled, so one
pattern matches accented and unaccented Vietnamese, Traditional and Simplified Chinese, and Arabic with or
without hamza/harakat. Regex rules for this file: never use upper-case escapes (``\\S``, ``\\D``, ``\\W``):
folding lower-cases them; write ``[^\\s]`` instead.

Thai and Chinese patterns are matched against the *compact* text (no spaces next to Thai/Han characters),
so they must not contain spaces. Latin-script patterns use ``\\b`` and single spaces.

Request-type signals are cancelled when a negation or a warning opens their clause (``do not share this
code``, ``không chia sẻ mã``, ``请勿告诉他人``, ``ห้ามบอกรหัส``, ``jangan berikan``, ``لا تشارك``): that is
how a legitimate OTP delivery differs from a request to read the code back.
"""

# Patterns are data: one regex per line reads better than wrapped fragments; the SECRET names are
# vocabularies of what scammers ask for, not passwords.
# ruff: noqa: E501, S105

from __future__ import annotations

from trustdesk.scamcheck.engine.types import SignalType as S

# A window of up to N intervening words in Latin-script text, within one sentence: no word of the window ends
# with a full stop, "!" or "?" ("… resit aku hantar dalam group. Kod check-in …" is two sentences, not a request
# to send a code).
W3 = r"(?:\s+[^\s]*[^\s.!?]){0,3}?\s+"
W5 = r"(?:\s+[^\s]*[^\s.!?]){0,5}?\s+"
W7 = r"(?:\s+[^\s]*[^\s.!?]){0,7}?\s+"

_EN_CODE = (
    r"(?:otp|one[- ]?time (?:pass(?:word|code)?|pin|code)|(?:verification|security|authentication|auth|"
    r"confirmation|login|sms|activation|access|reset|6[- ]digit|4[- ]digit|secret|2fa|mfa) ?code|\d[- ]digit (?:pin|otp|number)|codes?|pin|tac|"
    r"digits|numbers? (?:we|you|that) (?:just )?(?:sent|received|got))"
)
# "mã" alone also names identifiers that are no secret: a tax number, a flat, a file, an order, a customer, a student
# ("mã số thuế", "nội dung ghi mã căn", "tra cứu bằng mã hồ sơ"), nor a QR code to scan or pay ("gửi mẹ mã QR tiền học").
_VI_ID_CODE = r"(?! (?:qr|số thuế|số sinh viên|số khách hàng|căn|phòng|sinh viên|học sinh|hồ sơ|đơn|vận đơn|khách hàng|kh|nhân viên|nv|hợp đồng|hđ|tra cứu|bưu gửi|giảm giá|khuyến mãi|vạch|lớp|môn|sản phẩm|sp)\b)"
_VI_CODE = rf"(?:mã (?:otp|xác thực|xác nhận|xác minh|bảo mật|kích hoạt|giao dịch|pin|số{_VI_ID_CODE}|code)|otp|mã{_VI_ID_CODE}|code|smart ?otp)"
_ID_CODE = r"(?:kode(?:nya)?(?: otp| verifikasi| aktivasi| keamanan| rahasia| unik| sms)?|otp|pin|token)"
_MS_CODE = r"(?:kod(?:nya)?(?: otp| pengesahan| keselamatan| tac| pin| rahsia| sms| pengaktifan)?|otp|tac|pin|token)"
_AR_CODE = (
    r"(?:ب|ل|و)?(?:ال)?(?:رمز|كود|otp|الرمز|كود التفعيل|رمز التحقق|رمز التفعيل|رمز الدخول|الرقم السري|رقم التحقق)"
)
_ZH_CODE = r"(?:验证码|校验码|动态码|动态密码|短信码|验证短信|确认码|安全码|otp|激活码|口令)"
_TH_CODE = r"(?:รหัสotp|otp|รหัสยืนยัน|รหัสผ่านครั้งเดียว|รหัสotp|โค้ด|รหัส)"

_EN_SECRET = (
    r"(?:password|passcode|pass ?word|pin(?: number| code)?|mpin|cvv|cvc|card (?:number|details)|"
    r"login (?:details|credentials)|credentials|security (?:questions?|answers?)|online banking (?:details|login))"
)
_VI_SECRET = r"(?:mật khẩu|pass(?:word)?|số thẻ|cvv|mã pin|thông tin (?:thẻ|đăng nhập)|tên đăng nhập)"
_ID_SECRET = r"(?:kata sandi|password|pin atm|nomor kartu|cvv|data kartu|user ?id|m-?pin)"
_MS_SECRET = r"(?:kata laluan|kata kunci|password|nombor kad|cvv|butiran (?:kad|log masuk)|id pengguna|nama pengguna)"
_AR_SECRET = (
    r"(?:و|ب)?(?:كلمة المرور|كلمة مرور|كلمة السر|الرقم السري|رقم البطاقة|الباسورد|بيانات البطاقة|اسم المستخدم|cvv)"
)
_ZH_SECRET = r"(?:密码|支付密码|登录密码|银行卡号|卡号|cvv|安全码|网银|信用卡资料|信用卡信息|账户资料)"
_TH_SECRET = r"(?:รหัสผ่าน|รหัสเอทีเอ็ม|รหัสatm|เลขบัตร|เลขหลังบัตร|cvv|พาสเวิร์ด|ข้อมูลบัตร)"

_EN_GIVE = r"(?:send|give|tell|read|provide|share|forward|reply with|text|dictate|say|confirm|show|screenshot|pass)"
_VI_GIVE = r"(?:gửi|cung cấp|đọc|báo|xin|đưa|chia sẻ|nhắn lại|nhắn tin|ghi|(?<!hà )nói(?! (?:bộ|dung|địa|thất|trú|tiết|vụ|cơm|chiên|lẩu|áp suất|inox|cháo)\b)|cho (?:em|mình|tôi|chúng tôi|bên em|anh|chị)(?: xin)?)"
_ID_GIVE = r"(?:kirim(?:kan)?|berikan|beri(?:tahu(?:kan)?)?|sebut(?:kan)?|bacakan|baca|bagikan|infokan|kasih(?: tau| tahu)?|minta|balas|share|teruskan|sampaikan|screenshot)"
_MS_GIVE = r"(?:hantar(?:kan)?|berikan|beri(?:tahu)?|maklumkan|bacakan|baca|kongsi(?:kan)?|sebut(?:kan)?|minta|balas|share|sampaikan|bagi)"
# A give-verb starts a word (after at most a conjunction or preposition letter, "وارسل", "فابعث", "بارسال", or
# the article, "الارسال"): "بلغ" (tell) inside "مبلغ" (amount) or "زود" inside "مزود" (provider) asks for nothing,
# and "بمبلغ 312 جنيه. الكود صالح" is a payment code's notice, not a request for it.
_AR_GIVE = r"(?<![\u0621-\u064a])(?:[وفلب]|ال)?(?:ارسل|أرسل|ارسال|ابعث|ابعت|زود|زودني|زودنا|اعط|اعطني|أعطني|اخبر|اخبرني|أخبرني|أخبرنا|قل|قول|قولي|اقرا|اقرأ|شارك|بلغ|ارسلي|ابعثلي|ارسله|زودنا ب|تزويدنا|مشاركة|ارسال)"
# ("报" opens compound words that tell nothing: 报销 reimburse, 报名 sign up, 报表, 报价, 报告, 报到, 报警)
_ZH_GIVE = r"(?:发给|发送给?|发过来|告诉|告知|提供|报(?!销|名|表|价|告|道|到|警|案|税|关|废)给?|念|读|说一下|说出|转发|回复|截图|给我|索取|索要|要一下)"
_TH_GIVE = r"(?:แจ้ง|บอก|อ่าน|ขอ(?![งบ])|ส่ง(?:[^\s]{0,25}?)(?:มา|กลับ|ให้(?:ผม|ดิฉัน|เจ้าหน้าที่|พนักงาน|เรา|ทางเรา|ฉัน|หนู|แอดมิน)))"

# Weak cues of premium-rate SMS, in two kinds. Premium-service cues belong to paid SMS services (a PO box, "18+",
# "FreeMsg", ringtones, "subscription", "min term", "mobile club"). Commercial boilerplate is what every shop's
# marketing SMS also carries: "T&Cs apply", "member(s)" of a loyalty programme, "Reply STOP to opt out",
# "unsubscribe". A pair of weak cues counts only if one of the two is a premium-service cue: "T&Cs apply. Reply STOP
# to opt out" or "Member Day! … Unsubscribe" is a shop's promotion, and "member" twice is one cue, not two.
# "18+" and "T&C" are spelt out as whole alternatives so the prefilter finds a literal of two characters or more
# in each (``prefilter.factors``); "(?:18|16) ?\+" and "t ?& ?c" had none and made this pattern run on every text.
# A "club member" is a shop's loyalty programme ("MATAHARI CLUB member, extra 20% off"), not a paid service's club.
_PREMIUM_WEAK_SERVICE = (
    r"(?:\bpo ?box ?\d|\b(?:18\+|16\+|18 \+|16 \+)|\bfree ?msg\b|"
    r"\b(?:ring ?tones?|tones?|polyphonic|poly|wallpapers?|logos?)\b|\bsubscri(?:ber|ption)\b|\bmin(?:imum)? term\b|"
    r"\bmobile (?:club|community)\b|\bwap\b|\bdownloads?\b|\bclub\b(?! members?\b)|\bservice msg\b|\badult\b|\bsms\. ?ac\b)"
)
# A shop's loyalty club, named as the card or membership it is ("kad Watsons Club", "ahli AEON Club", "Club card",
# "club members", "club points"): its "club" is no premium-service cue (textsignals.py: a premium pair whose only
# service cue is such a club is a promotion). "Txt club", "ringtone club" or "our club" name no card and stay cues.
LOYALTY_CLUB = (
    r"\b(?:kad|card|kartu|ahli|member|members|membership|keahlian)\s(?:[a-z0-9'&+-]+\s){0,2}?club\b|"
    r"\bclub\s?(?:card|kad|kartu|members?|membership|points?|rewards?|ahli|mata)\b"
)
PREMIUM_SERVICE_CUE = _PREMIUM_WEAK_SERVICE
_PREMIUM_WEAK = (
    rf"(?:{_PREMIUM_WEAK_SERVICE}|\b(?:t&c|t &c|t& c|t & c)s?\b|\bterms apply\b|\bmembers?\b|"
    r"\b(?:reply|txt|text|send) (?:stop|end|out)\b|\bunsubscribe\b|\bopt ?out\b)"
)
_PREMIUM_WEAK_SERVICE_NO_CLUB = _PREMIUM_WEAK_SERVICE.replace(r"|\bclub\b", "")
_PREMIUM_WEAK_NO_MEMBER = _PREMIUM_WEAK.replace(r"|\bmembers?\b", "")

# A number or short code to call or text (the start of a number: no digit, dot or comma just before it).
_PREMIUM_ROUTE = r"(?<![\d.,])\d{3,}(?:[ \-]\d{2,}){0,3}"
# A price's unit of one minute or one call, after the price ("10p/min", "£1.50 per minute", "20p a call").
_EN_PER_MINUTE_UNIT = r"(?:[\d.]*\s?(?:/|per|a|each|pm|\.)\s?(?:mins?|minute|call)\b)"
# What may stand between such a number and its price: a space, a bracket or a colon (then, per language, an optional
# fee word: "phí", "tarif", "caj", "بسعر", "信息费", "ค่าบริการ"). Anything longer is another clause: "call 1800 8098 free
# of charge, calls home cost 12.000đ/phút" is a roaming notice.
_PREMIUM_GAP = r"[ (（:：\-–]{1,3}"

# A route a message gives after its words: a link, a bare domain with a common suffix or an e-mail address, and a
# long number (an account or a phone); the route tables below are built from them.
_LINK_ROUTE = r"https?:|www\.|@|[a-z0-9-]{2,}\.(?:com|net|org|info|online|site|xyz|top|io|me|co|vn|id|my|sg|th|cn|sa|ae|eg|uk|app|link|shop|club|cc|ly)\b"
_LONG_NUMBER = r"(?<![\d.,])\d[\d -]{7,}\d"
# A store's prize collected in person ("show your receipt and photo ID at the service desk", "bawa struk asli &
# KTP ke toko", "携带身份证及购物小票到服务台领取"): the winner proves who they are at the shop's own counter, so the
# prize word is the shop's draw, not a lure. Two parts: a proof of identity or purchase and a counter or store,
# within 80 characters of each other in either order. It does not apply when the message also gives, after the
# prize word, a link (or a domain or e-mail address), an account, a transfer, a named fee or someone to call or chat
# with (``_PRIZE_LURE_ROUTE``): that is how a fake prize asks for its fee. Written per script (Thai and Chinese are
# matched without spaces).
_IN_PERSON_PROOF = {
    "latin": r"(?:\b(?:photo id|id card|identity card|id|receipts?|rewards card|loyalty card|membership card|proof of purchase|ktp|struk|mykad|resit|kad pengenalan|cccd|cmnd|căn cước|hóa đơn|hoá đơn)\b)",
    "ar": r"(?:الهوية|هويتك|بطاقة الهوية|ايصال|إيصال|الفاتورة|فاتورة الشراء)",
    "zh": r"(?:身份证|小票|发票|购物凭证|会员卡)",
    "th": r"(?:บัตรประชาชน|ใบเสร็จ|บัตรสมาชิก)",
}
_IN_PERSON_PLACE = {
    "latin": r"(?:\b(?:service desk|customer service|counter|store|in person|toko|gerai|kasir|konter|kaunter|cawangan|kedai|quầy|cửa hàng|siêu thị|chi nhánh)\b)",
    "ar": r"(?:خدمة العملاء|الفرع|المتجر|الكاونتر|المعرض)",
    "zh": r"(?:服务台|柜台|门店|到店|店内)",
    "th": r"(?:เคาน์เตอร์|สาขา|ที่ร้าน)",
}
_PRIZE_LURE_ROUTE = {
    "latin": (
        rf"(?:{_LINK_ROUTE}|\b(?:click|tap|link|klik|tautan|pautan|bấm|nhấp|transfer|account|rekening|akaun|tài khoản|stk|chuyển khoản|call|hubungi|gọi|whatsapp|telegram|zalo|"
        r"(?:processing|handling|admin|administration|delivery|shipping|clearance|tax|release) (?:fee|charge)s?|biaya (?:admin|administrasi|pengiriman|pajak|proses|penanganan)|yuran|caj|phí (?:vận chuyển|xử lý|thuế|nhận|giao|hồ sơ))\b)"
    ),
    "ar": rf"(?:{_LINK_ROUTE}|رابط|اضغط|حساب|تحويل|رسوم|اتصل|واتساب)",
    "zh": rf"(?:{_LINK_ROUTE}|点击|链接|网址|账户|账号|转账|汇款|手续费|运费|税费|邮费|致电|拨打|微信)",
    "th": rf"(?:{_LINK_ROUTE}|ลิงก์|ลิงค์|คลิก|บัญชี|โอน|ค่าธรรมเนียม|ค่าดำเนินการ|ค่าจัดส่ง|ค่าส่ง|โทร|ไลน์)",
}


def _unless_no_route_after(ahead: str, route: str, reach: int) -> str:
    """A lookahead for the end of a pattern: fails when ``ahead`` matches at that point (the provider's own
    channel, an in-person collection) and ``route`` (a link, an account, a contact ...) does not occur within
    ``reach`` characters; the three ``_not_*`` builders below share it."""
    return rf"(?!(?={ahead})(?!(?s:.){{0,{reach}}}?{route}))"


def _not_in_person(script: str) -> str:
    """A lookahead for the end of a prize-lure pattern: fails when a collection in person follows the prize word
    (``_IN_PERSON_PROOF`` and ``_IN_PERSON_PLACE``) and no link, account, fee or contact follows it."""
    proof, place = _IN_PERSON_PROOF[script], _IN_PERSON_PLACE[script]
    ahead = rf"(?s:.){{0,300}}?(?:{proof}(?s:.){{0,80}}?{place}|{place}(?s:.){{0,80}}?{proof})"
    return _unless_no_route_after(ahead, _PRIZE_LURE_ROUTE[script], 400)


_NOT_IN_PERSON = {script: _not_in_person(script) for script in _IN_PERSON_PROOF}
# A shop's draw whose prize is already credited to the member account and spent in its stores ("Phiếu quà tặng 100.000đ
# đã được nạp vào tài khoản thành viên. Sử dụng tại hệ thống cửa hàng …"): nothing to claim, so no lure, unless a link,
# a call, a chat or a fee follows (the member account itself is no route here).
_VI_PRIZE_CREDITED_IN_STORE = _unless_no_route_after(
    r"(?s:.){0,200}?\bđã (?:được )?(?:nạp|cộng|tích|chuyển)(?: vào)? (?:tài khoản|ví|thẻ)\b(?s:.){0,120}?"
    r"\b(?:sử dụng|dùng|áp dụng|mua sắm) (?:tại|ở) (?:hệ thống|cửa hàng|siêu thị|chuỗi|các cửa hàng)\b",
    rf"(?:{_LINK_ROUTE}|\b(?:bấm|nhấp|click|link|gọi|zalo|telegram|liên hệ|hotline|chuyển khoản|phí)\b)",
    300,
)

# A shop's draw that a purchase enters ("ลุ้นรับทองคำ ช้อปครบ 500 บาท … จับรางวัล 31 ส.ค. ประกาศผลที่ <shop site>"):
# the chance (ลุ้น) is earned by spending and drawn on a date, so no one is told they won. Still a lure when a
# registration, a form, a click, an account, a transfer, a fee, a call or a chat follows, or a link anywhere but
# where the results are announced.
_TH_SITE = (
    r"(?<![a-z0-9.-])[a-z0-9-]{2,}\.(?:com|net|org|info|online|site|xyz|top|io|me|co|th|app|link|shop|club|cc|ly)\b"
)
_TH_NOT_PURCHASE_DRAW = (
    r"(?!(?=[^\n]{0,120}?(?:ช้อป|ซื้อ|ใช้จ่าย|เติมเงิน)[^\n]{0,40}?ครบ)(?=[^\n]{0,300}?(?:จับรางวัล|จับฉลาก|ประกาศผล))"
    r"(?![^\n]{0,400}?(?:ลงทะเบียน|กรอก|คลิก|ลิงก์|ลิงค์|บัญชี|โอน|ค่าธรรมเนียม|ค่าดำเนินการ|ค่าจัดส่ง|ค่าส่ง|"
    r"ภาษี|โทร|ไลน์|"
    r"https?:|www\.|(?<!ประกาศผลที่)(?<!ประกาศผลทาง)(?<!ดูผลที่)" + _TH_SITE + r")))"
)

# "Please pay via the XYZ app or at the counter", "vui lòng thanh toán qua ứng dụng ... hoặc tại quầy", "يرجى سداد
# الرسوم عبر منصة ...", "กรุณาชำระผ่านแอป ... หรือเคาน์เตอร์": a payment request whose route, named in the same clause
# right after it, is the provider's own app, portal, website, counter, branch or post office is a bill or fine
# reminder, not a demand. It still is a demand when a link, a domain, an e-mail address ("@" folds to "a"), an
# account, a long number (an account or a phone), a transfer or a chat app follows (``_PAY_ROUTE_AFTER``): "pay via
# the app to account 0123 …" or "pay at the counter or via http://…". Written per script (Thai and Chinese are
# matched without spaces).
_OWN_PAY_CHANNEL = {
    "latin": (
        r"(?:\b(?:via|through|in|on|at|using|with|qua|tại|trên|bằng|melalui|lewat|di|menerusi|dalam|pada)\s+(?:[^\s.!?]+\s+){0,3}?"
        r"(?:app|apps|application|portal|website|post office|counter|branch|kiosk|ứng dụng|quầy|bưu điện|bưu cục|chi nhánh|aplikasi|apl|kaunter|cawangan|pejabat pos|kantor pos|loket)\b)"
    ),
    "ar": r"(?:(?:عبر|من خلال|في|على|لدى) (?:[^\s]+ ){0,2}?(?:منصة|المنصة|تطبيق|التطبيق|البوابة|بوابة|موقع|الموقع|فرع|الفرع|فروع|مكتب))",
    "zh": r"(?:(?:通过|在|到|登录|使用|前往)[^，。！？]{0,8}(?:app|客户端|官网|网点|营业厅|柜台|小程序|官方))",
    "th": r"(?:(?:ผ่าน|ที่|ทาง|ใน)(?:[^\s]{0,12}?)(?:แอป|แอพ|application|app|เคาน์เตอร์|สาขา|ห้องการเงิน|ที่ทำการไปรษณีย์|ไปรษณีย์|เว็บไซต์|ระบบ))",
}
_PAY_ROUTE_AFTER = {
    "latin": (
        rf"(?:{_LINK_ROUTE}|{_LONG_NUMBER}|\b(?:click|tap|link|klik|tautan|pautan|bấm|nhấp|transfer|account|rekening|akaun|tài khoản|stk|chuyển khoản|"
        r"whatsapp|telegram|zalo|gcash|gift ?cards?)\b)"
    ),
    "ar": rf"(?:{_LINK_ROUTE}|{_LONG_NUMBER}|رابط|اضغط|حساب|تحويل|واتساب)",
    "zh": rf"(?:{_LINK_ROUTE}|{_LONG_NUMBER}|点击|链接|网址|账户|账号|转账|汇款|微信)",
    "th": rf"(?:{_LINK_ROUTE}|{_LONG_NUMBER}|ลิงก์|ลิงค์|คลิก|บัญชี|โอนเข้า|ไลน์)",
}
# How far after the request the own channel may be named (the same clause; a decimal point is no clause end).
_PAY_CLAUSE = {
    "latin": r"(?:[^.!?\n]|\.(?=\d)){0,60}?",
    "ar": r"(?:[^.!؟\n]|\.(?=\d)){0,60}?",
    "zh": r"[^。！？\n]{0,20}?",
    "th": r"[^\n]{0,30}?",
}


def _not_own_pay_channel(script: str) -> str:
    """A lookahead for the end of a payment-request pattern: fails when the provider's own channel follows in
    the same clause (``_OWN_PAY_CHANNEL``) and no link, domain, e-mail, account, long number or chat app follows
    within 160 characters (``_PAY_ROUTE_AFTER``)."""
    return _unless_no_route_after(_PAY_CLAUSE[script] + _OWN_PAY_CHANNEL[script], _PAY_ROUTE_AFTER[script], 160)


_NOT_OWN_PAY_CHANNEL = {script: _not_own_pay_channel(script) for script in _OWN_PAY_CHANNEL}

# "Your card has been blocked … Open the XYZ app to unblock it or visit any branch", "thẻ bị tạm khóa … mở khóa trên
# ứng dụng … hoặc đến chi nhánh", "请携身份证至我行网点", "ติดต่อสาขา": a lock or block notice that sends the user to the
# bank's or provider's own app or branch (within 200 characters after the lock words) states a fact, it is not a
# threat. It still is one when a link, a domain, an e-mail address, a long number (an account or a phone), a
# transfer or a chat app follows (``_ACCOUNT_ROUTE_AFTER``): "… open the app at http://…", "… call 0912 345 678"
# ("nhấp", click, is left out: it folds to "nhap" like "nhập sai", a wrong entry, the usual reason for the lock).
_OWN_ACCOUNT_CHANNEL = {
    "latin": (
        r"(?:\b(?:(?:open|in|via|through|on|using) (?:the |your |our )?(?:[^\s.!?]+ ){0,2}?app|(?:visit|go to|at|to) (?:any |a |the nearest |your nearest |the |our |your )?(?:[^\s.!?]+ ){0,2}?branch|"
        r"buka (?:aplikasi|app)|(?:di|ke|dalam|melalui|menerusi|pada) (?:aplikasi|app|apl|kantor cabang|cabang|cawangan|kaunter)|(?:di|dalam|melalui|menerusi) (?:[^\s.!?]+ ){1,2}?(?:app|apl)|"
        r"(?:trên|qua|trong|vào) (?:ứng dụng|app)|(?:đến|tại|ra) (?:[^\s.!?]+ ){0,2}?(?:chi nhánh|phòng giao dịch|quầy))\b)"
    ),
    "ar": r"(?:(?:عبر|من خلال|في|زيارة|الى|إلى|لأقرب|اقرب) (?:[^\s]+ ){0,2}?(?:تطبيق|التطبيق|فرع|الفرع|فروع))",
    "zh": r"(?:(?:至|到|前往)[^，。！？]{0,4}(?:网点|营业厅|柜台)|(?:登录|打开|通过|在)[^，。！？]{0,8}(?:app|客户端|手机银行))",
    "th": r"(?:(?:ที่|ติดต่อ|ไปที่)สาขา|(?:ผ่าน|ใน|เปิด)(?:แอป|แอพ|application|app))",
}
_ACCOUNT_ROUTE_AFTER = {
    "latin": (
        rf"(?:{_LINK_ROUTE}|{_LONG_NUMBER}|"
        r"\b(?:click|tap|link|klik|tautan|pautan|bấm|transfer|pindahkan|chuyển khoản|chuyển tiền|whatsapp|telegram|zalo)\b)"
    ),
    "ar": rf"(?:https?:|www\.|@|{_LONG_NUMBER}|رابط|اضغط|تحويل|واتساب)",
    "zh": rf"(?:https?:|www\.|@|{_LONG_NUMBER}|点击|链接|网址|转账|汇款|微信)",
    "th": rf"(?:https?:|www\.|@|{_LONG_NUMBER}|ลิงก์|ลิงค์|คลิก|โอน|ไลน์)",
}


def _not_own_account_channel(script: str) -> str:
    """A lookahead for the end of an account-threat pattern: fails when the provider's own app or branch is named
    within 200 characters after it (``_OWN_ACCOUNT_CHANNEL``) and no link, domain, e-mail, long number, transfer or
    chat app follows within 300 characters (``_ACCOUNT_ROUTE_AFTER``)."""
    ahead = rf"(?s:.){{0,200}}?{_OWN_ACCOUNT_CHANNEL[script]}"
    return _unless_no_route_after(ahead, _ACCOUNT_ROUTE_AFTER[script], 300)


_NOT_OWN_ACCOUNT_CHANNEL = {script: _not_own_account_channel(script) for script in _OWN_ACCOUNT_CHANNEL}


PATTERNS: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "en": [
            rf"\b{_EN_GIVE}\b{W7}(?:the |your |that |this |me the |us the |me your |us your )?{_EN_CODE}\b",
            rf"\b(?:what is|what's|tell me) (?:the |your )?{_EN_CODE}\b",
            rf"\b{_EN_CODE}\b[^.!?\n]{{0,40}}\b(?:to me|to us|back to (?:me|us)|to this number|to our (?:agent|staff|team|officer)|to the (?:agent|officer|technician))\b",
            r"\bread (?:it|them|the (?:numbers|digits)) (?:back|out)\b",
            rf"\b(?:needs?|requires?|wants?|ask(?:ing|s)? for) (?:the |your |that |this )?{_EN_CODE}\b",
            rf"\b{_EN_CODE}\b.{{0,100}}?\b(?:send|forward|text|give|read|tell me|pass) (?:it|them|that|this)(?: over| to me| back| to us| out)?\b",
        ],
        "vi": [
            rf"\b{_VI_GIVE}\b{W7}(?:lại )?{_VI_CODE}\b",
            rf"\b{_VI_CODE}\b[^.!?\n]{{0,30}}\b(?:cho (?:em|mình|tôi|bên em|chúng tôi|nhân viên|anh|chị)|qua zalo|lại cho)\b",
        ],
        "id": [
            rf"\b{_ID_GIVE}\b{W5}{_ID_CODE}\b",
            rf"\b{_ID_CODE}\b[^.!?\n]{{0,60}}\b(?:kirim(?:kan)?|kasih|berikan|sebutkan|bacakan)(?: ke| kepada)? (?:saya|aku|kami|gue|gw)\b",
            rf"\b{_ID_CODE}\b[^.!?\n]{{0,40}}\b(?:ke kami|kepada kami|ke saya|kepada saya|kepada petugas|ke petugas|ke nomor ini|ke wa|lewat wa|via wa)\b",
        ],
        "ms": [
            rf"\b{_MS_GIVE}\b{W5}{_MS_CODE}\b",
            rf"\b{_MS_CODE}\b[^.!?\n]{{0,60}}\b(?:hantar(?:kan)?|bagi|berikan|beritahu|bacakan)(?: kat| ke| kepada)? (?:saya|aku|kami)\b",
            rf"\b{_MS_CODE}\b[^.!?\n]{{0,40}}\b(?:kepada kami|kepada saya|kepada pegawai|ke nombor ini|melalui whatsapp|ke whatsapp)\b",
        ],
        "ar": [
            rf"{_AR_GIVE}[^\s]*(?:\s+[^\s]+){{0,4}}?\s+{_AR_CODE}",
            rf"(?:ما هو|ماهو|كم) {_AR_CODE}",
            rf"{_AR_CODE}[^.!؟\n]{{0,40}}(?:ترسله|ترسلها|ارسله|ارسلها|ابعثه|تبعثه|تعطيني|اعطني اياه|تقوله|تقرأه)(?: لي| لنا)?",
        ],
        "zh": [
            rf"{_ZH_GIVE}(?:[^\s，。！？]{{0,6}}){_ZH_CODE}",
            r"(?:验证码|数字|码)[^。！？]{0,20}(?:告诉我|发给我|发我|报给我|念给我|读给我|给我看)",
            rf"(?:把|将)(?:您|你)?(?:的|收到的|手机上的|短信里的|短信中的)?[^\s，。！？]{{0,8}}{_ZH_CODE}[^\s，。！？]{{0,4}}(?:发|告诉|报|念|读|说|转发|截图|提供)",
        ],
        "th": [
            rf"{_TH_GIVE}[^\s]{{0,8}}{_TH_CODE}",
            rf"{_TH_CODE}[^\s]{{0,20}}(?:ให้(?:ผม|ดิฉัน|เจ้าหน้าที่|พนักงาน|เรา|ทางเรา|ฉัน)|มาให้|กลับมา)",
        ],
    },
    S.PASSWORD_REQUEST: {
        "en": [
            rf"\b(?:{_EN_GIVE}|verify|update|enter|type|input|fill in|submit)\b{W5}(?:your |the |us your |me your )?{_EN_SECRET}\b",
            rf"\b(?:need|require|want|ask(?:ing)? for) (?:your |the )?{_EN_SECRET}\b",
        ],
        # not "ai đã nhập mật khẩu" (whoever has entered it) nor "báo IT đổi mật khẩu" (have it changed): advice after a
        # phishing e-mail, not a request for the password
        "vi": [
            rf"\b(?:{_VI_GIVE}|(?<!đã )nhập|điền|cập nhật|xác minh)\b{W5}(?<!đổi )(?<!thay )(?<!thay đổi ){_VI_SECRET}"
        ],
        "id": [rf"\b(?:{_ID_GIVE}|masukkan|isi|perbarui|verifikasi)\b{W5}{_ID_SECRET}"],
        "ms": [rf"\b(?:{_MS_GIVE}|masukkan|isi|kemaskini|sahkan)\b{W5}{_MS_SECRET}"],
        "ar": [
            rf"(?:{_AR_GIVE}|ادخل|أدخل|ادخال|إدخال|بادخال|اكتب|حدث|تحديث|تاكيد|بتاكيد|تأكيد|بتأكيد|الرد|بالرد)[^\s]*(?:\s+[^\s]+){{0,4}}?\s+{_AR_SECRET}"
        ],
        "zh": [rf"(?:{_ZH_GIVE}|输入|填写|更新)(?:[^\s，。！？]{{0,6}}){_ZH_SECRET}"],
        "th": [rf"(?:{_TH_GIVE}|กรอก|ยืนยัน|อัปเดต|อัพเดท)[^\s]{{0,8}}{_TH_SECRET}"],
    },
    S.REMOTE_ACCESS: {
        "any": [
            r"(?<![a-z0-9])(?:any ?desk|team ?viewer|quick ?support|quick ?assist|ultra ?viewer|rust ?desk|supremo|ammyy|"
            r"splashtop|logmein|remote ?pc|screen ?connect|connectwise|airdroid|airmirror|zoho assist|getscreen|"
            r"chrome remote desktop|remote ?utilities|dwservice|todesk|aweray|hopto|vnc viewer)(?![a-z0-9])",
        ],
        "en": [
            r"\b(?:remote (?:access|control|desktop|support app|assistance|session|connection)|screen ?shar(?:e|ing)|"
            r"share (?:your|the) screen|take control of your (?:phone|computer|device|pc|laptop)|"
            r"(?:let|allow) (?:me|us|our technician) (?:to )?(?:access|control|connect to) your)\b",
        ],
        "vi": [r"\b(?:điều khiển từ xa|truy cập từ xa|hỗ trợ từ xa|chia sẻ màn hình|kết nối từ xa|điều khiển máy)\b"],
        "id": [
            r"\b(?:akses jarak jauh|kendali jarak jauh|kontrol jarak jauh|remote akses|bagikan layar|berbagi layar|share layar|mengendalikan (?:hp|ponsel|perangkat))\b"
        ],
        "ms": [
            r"\b(?:akses jauh|kawalan jauh|capaian jauh|kongsi skrin|perkongsian skrin|(?<!penipu boleh )(?<!scammer boleh )mengawal (?:telefon|peranti))\b"
        ],
        "ar": [r"(?:التحكم عن بعد|الوصول عن بعد|الدخول عن بعد|مشاركة الشاشة|انيديسك|اني ديسك|تيم فيور|تيم فيوير)"],
        "zh": [r"(?:远程(?:控制|协助|桌面|操作|连接|协作)|屏幕共享|共享屏幕|向日葵|会议软件|屏幕分享)"],
        "th": [r"(?:ควบคุมระยะไกล|รีโมท|แชร์หน้าจอ|ควบคุมเครื่อง|ควบคุมมือถือ|เข้าถึงระยะไกล)"],
    },
    S.APP_INSTALL: {
        # (not an .apk the message goes on to warn against: "file .APK, jangan dibuka", "fail .apk tu. Jangan tekan")
        "any": [
            r"(?<![a-z0-9])apk(?![a-z0-9])(?![^\n]{0,60}?\b(?:jangan|jgn|usah|don'?t|do not|never) (?:\w+ )?"
            r"(?:di)?(?:buka|bukak|tekan|klik|pencet|instal|install|pasang|download|unduh|muat turun|open|click|tap)\w"
            r"*)"
        ],
        "en": [
            r"\b(?:install|download)\b(?:\s+[^\s]+){0,4}?\s+(?:this|the|our|an?)? ?(?:app|application|software|tool|program)\b[^.!?\n]{0,30}\b(?:link|from|via|below|here|at)\b",
        ],
        "vi": [
            r"\b(?:cài đặt|tải|cài)\b(?:\s+[^\s]+){0,4}?\s+(?:ứng dụng|app|phần mềm)\b[^.!?\n]{0,30}\b(?:link|đường dẫn|theo|qua|tại)\b"
        ],
        "id": [
            r"\b(?:instal|install|unduh|download|pasang)\b(?:\s+[^\s]+){0,4}?\s+(?:aplikasi|apk|app)\b[^.!?\n]{0,30}\b(?:link|tautan|berikut|melalui|di)\b"
        ],
        "ms": [
            r"\b(?:pasang|muat turun|install|download)\b(?:\s+[^\s]+){0,4}?\s+(?:aplikasi|apk|app)\b[^.!?\n]{0,30}\b(?:pautan|link|berikut|melalui|di)\b"
        ],
        "ar": [
            r"(?:تحميل|تنزيل|تثبيت|نزل|حمل)\s+(?:[^\s]+\s+){0,3}?(?:التطبيق|تطبيق|البرنامج|برنامج)[^.!؟\n]{0,30}(?:الرابط|رابط)"
        ],
        "zh": [r"(?:下载|安装)[^\s，。！？]{0,10}(?:app|软件|应用|客户端)[^\s。！？]{0,20}(?:链接|网址|点击|扫码)"],
        "th": [r"(?:ดาวน์โหลด|ติดตั้ง|โหลด)(?:[^\s]{0,15})(?:แอป|แอพ|แอปพลิเคชัน|โปรแกรม)[^\s]{0,30}(?:ลิงก์|ลิงค์|link)"],
    },
    S.PAYMENT_REQUEST: {
        "any": [
            r"(?<![a-z0-9])(?:gift ?cards?|itunes cards?|google play cards?|steam cards?|usdt|bitcoin|btc wallet|crypto wallet)(?![a-z0-9])"
        ],
        "en": [
            r"(?<!dah )(?<!sudah )(?<!telah )(?<!already )(?<!dah bayar )(?<!sudah bayar )(?<!telah bayar )(?<!paid )(?<!transfer )(?<!bayar )(?<!bank in )\b(?:pay|transfer|send|deposit|wire|top ?up|remit)\b(?!\s+(?:of|was|has|is|completed|successful|received|(?:u|you|ya) back\b))(?:\s+[^\s]+){0,4}?\s+(?:an? |the )?(?:fee|fees|deposit|money|funds|cash|\$ ?\d|£ ?\d|usd ?\d|rm ?\d|\d+ ?(?:usd|dollars|pounds))"
            + _NOT_OWN_PAY_CHANNEL["latin"],
            r"\b(?:processing|upgrade|activation|release|clearance|customs|unlock|verification|delivery|handling|registration|insurance|administration|admin|tax) (?:fee|charge)s?\b",
            r"\b(?:paid upgrade|upgrade (?:fee|payment)|pay (?:to|for the) upgrade|upgrade[^.!?\n]{0,30}(?:\b(?:fee|pay|paid|payment|rm ?\d)|(?:\$|£) ?\d))(?!\w)",
            r"\bsafe (?:account|wallet)\b|\bpayment link\b",
            r"\bhelp me (?:pay|transfer|send)\b|\b(?:lend|send) me (?:some )?money\b",
            # a transfer to a wallet or account the message points at ("send ₱15,000 to this GCash")
            r"\b(?:send|transfer|pay|wire)\b[^.!?\n]{0,30}\b(?:to|into|via) (?:this|my|the following|his|her) (?:gcash|maya|paymaya|venmo|zelle|cash ?app|paypal|e-?wallet|wallet|bank account|account(?! manager))\b",
        ],
        "vi": [
            # ("mọi người", everyone, folds like "mời", please; "nộp hồ sơ" hands in a document; "số thuế phải nộp" is the
            # amount a notice states; "tạo / lập / làm / duyệt (bảng) đề nghị thanh toán" is the payment-request form of an
            # office's approval system, not a request to the reader)
            r"\b(?:vui lòng|hãy|yêu cầu|cần|(?<!thuế )(?<!tiền )phải|(?<!gửi )(?<!nộp )(?<!phiếu )(?<!giấy )(?<!các )(?<!tạo )(?<!lập )(?<!duyệt )(?<!bảng )(?<!duyệt giúp )(?<!làm )đề nghị|xin|mời(?! người))\s+(?:[^\s]+\s+){0,3}?(?:chuyển khoản|chuyển tiền|nộp(?! (?:hồ sơ|đơn|báo cáo|bài|giấy|tờ khai|đề nghị|bản|hợp đồng|chứng từ|hóa đơn|ảnh|file|tài liệu)\b)|đóng (?:phí|tiền)|thanh toán|nạp tiền|nạp|đặt cọc|chuyển)\b"
            + _NOT_OWN_PAY_CHANNEL["latin"],
            r"\bphí (?:nâng cấp|kích hoạt|xử lý|giải ngân|hồ sơ|mở khóa|xác minh|thủ tục|rút tiền|thuế|vận chuyển|bảo đảm)\b",
            r"\bchuyển(?: khoản| tiền)?\b(?:\s+[^\s]+){0,5}?\s+(?:vào|sang|qua|tới|đến) (?:số )?(?:tài khoản|tk|stk)\b (?:này|sau|dưới|của (?:em|anh|chị|mẹ|bố|con|tôi))",
            r"\b(?:tài khoản an toàn|tài khoản tạm giữ|(?<!do )(?<!đã )(?<!khi )(?<!vì )(?<!giao dịch )nạp thẻ(?! để (?:tiếp tục |duy trì )?(?:liên lạc|sử dụng|nghe gọi|gọi))|nâng cấp[^.!?\n]{0,30}\b(?:phí|trả phí|thanh toán|chuyển khoản))\b",
        ],
        "id": [
            r"\b(?:silakan|segera|harap|mohon|wajib|harus|perlu|tolong|diharuskan|(?<!\d )untuk)\s+(?:[^\s]+\s+){0,3}?(?:transfer|bayar|membayar|setor|menyetor|kirim (?:uang|dana)|top ?up|deposit)\b"
            + _NOT_OWN_PAY_CHANNEL["latin"],
            r"\bbiaya (?:admin|administrasi|pencairan|aktivasi|upgrade|pajak|asuransi|pengiriman|verifikasi|pembukaan|proses|penanganan|layanan)\b",
            r"\b(?:rekening (?:aman|penampungan|pengamanan)|upgrade[^.!?\n]{0,30}\b(?:biaya|bayar|rp ?\d))\b",
        ],
        "ms": [
            r"\b(?:sila|segera|perlu|mesti|wajib|harus|diminta|(?<!\d )untuk)\s+(?:[^\s]+\s+){0,3}?(?:bayar|membayar|pindahkan|memindahkan|transfer|deposit|masukkan wang|tambah nilai|hantar wang)\b"
            + _NOT_OWN_PAY_CHANNEL["latin"],
            r"\b(?:yuran|caj|bayaran) (?:pemprosesan|pengaktifan|naik taraf|guaman|pelepasan|perkhidmatan|pentadbiran|insurans|penghantaran|pengesahan|cukai|pendaftaran)\b",
            r"\b(?:akaun selamat|akaun (?:keselamatan|simpanan sementara)|naik taraf[^.!?\n]{0,30}\b(?:yuran|bayar|caj|rm ?\d))\b",
        ],
        "ar": [
            r"(?:يرجى|يجب|الرجاء|عليك|\b[وف]?قم\b|يتوجب|مطلوب|ينبغي)\s*(?:[^\s]+\s+){0,3}?(?:تحويل|دفع|سداد|ايداع|بتحويل|بدفع|بسداد|بايداع)"
            + _NOT_OWN_PAY_CHANNEL["ar"],
            r"(?:رسوم|رسم) (?:التفعيل|التحديث|الترقية|ادارية|الادارية|التوصيل|الشحن|الجمارك|التحقق|الافراج|التسجيل)",
            r"(?:بطاقة هدايا|بطاقات هدايا|بيتكوين|حساب امن|الحساب الامن|ترقية[^.!؟\n]{0,30}(?:رسوم|دفع))",
        ],
        "zh": [
            r"(?:请|(?<!无)(?<!不)需要?|(?<!无)须|必须|立即|马上|先|要求|只需|您需)[^\s，。！？]{0,6}(?:转账|汇款|打款|付款|支付|缴纳|交纳|充值|缴费|交费|垫付)"
            + _NOT_OWN_PAY_CHANNEL["zh"],
            # (not a tax refund's "退税金额", a rate "手续费0.6%" / "手续费率", nor an invoice "服务费发票")
            r"(?:解冻|激活|升级|会员|保证|手续|服务|认证|验资|刷单|通道|提现|(?<!退)税|工本|押|清关|通关|受理)(?:费|金)(?![\d.]+%|率|发票|發票)",
            r"(?:(?:买|购买|购|充值|刮开|拍照|拍下|发给我|提供)[^\s，。！？]{0,6}(?:礼品卡|购物卡|点卡)|(?:礼品卡|购物卡|点卡)[^\s，。！？]{0,6}(?:卡号|卡密|密码|序列号|序号|背面)|安全账户|安全帐户|比特币|(?<!已汇入)(?<!已匯入)(?<!已滙入)(?<!已存入)(?<!已退至)(?<!已退入)指定账户|监管账户|核查账户|(?<!已)(?:转入|转到|汇入|打入|转至)(?:指定|安全|监管|以下|下面|我们的|我方)(?:的)?(?:账户|账号|银行卡))",
        ],
        "th": [
            r"(?:กรุณา|โปรด|ต้อง|ขอให้|รีบ|ให้ท่าน|ให้คุณ|จำเป็นต้อง)[^\s]{0,10}(?:โอนเงิน|โอน|ชำระ|จ่าย|เติมเงิน|วางเงิน|มัดจำ)"
            + _NOT_OWN_PAY_CHANNEL["th"],
            r"(?:ชำระ|จ่าย|โอน)ค่า(?:ธรรมเนียม|ดำเนินการ|ปลดล็อค|ปลดล็อก|ภาษี|ประกัน|มัดจำ|อัปเกรด|อัพเกรด|ยืนยัน|ค้ำประกัน)",
            r"(?:บัญชีปลอดภัย|บัญชีตรวจสอบ|อัปเกรด[^\s]{0,20}(?:ค่า|ชำระ)|อัพเกรด[^\s]{0,20}(?:ค่า|ชำระ))",
        ],
    },
    S.ACCOUNT_THREAT: {
        "en": [
            r"(?<!access )(?<!key )(?<!parking )(?<!door )(?<!staff )\b(?:account|card|service|number|sim|wallet|access(?! cards?| badges?)|profile|mailbox|email|workspace|subscription|membership|id|page|line|storage)\b(?:\s+[^\s]+){0,5}?\s+(?:will|has been|have been|is being|was|is|to be|may|might|would|shall|could)\s+(?:be\s+)?(?:permanently\s+|temporarily\s+|automatically\s+)?(?:locked|suspended|blocked|closed|deactivated|disabled|terminated|frozen|restricted|deleted|cancell?ed|limited|on hold)\b"
            + _NOT_OWN_ACCOUNT_CHANNEL["latin"],
            r"\b(?:will|shall|going to|about to|may|might)\s+(?:lock|suspend|block|close|deactivate|disable|terminate|freeze|restrict|delete)\w{0,3} (?:your|the) (?:account|card|number|sim|wallet|access|profile|mailbox)\b"
            + _NOT_OWN_ACCOUNT_CHANNEL["latin"],
            r"\b(?:account|card) (?:suspension|deactivation|termination|lock(?:ed)?|closure)\b"
            + _NOT_OWN_ACCOUNT_CHANNEL["latin"],
        ],
        "vi": [
            # ("SIM cũ", "SIM vật lý cũ": the SIM an eSIM conversion or a swap replaced, not the subscriber's line)
            # (the words between stay in the sentence: "… sang eSIM. SIM cũ sẽ ngừng" stops no line of the reader's; "có
            # thể tạm ngừng cấp điện" typed without marks reads "có thẻ"; and a lock the writer had done, its object
            # named and "rồi" after it, is told: "mất thẻ ATM, gọi tổng đài khóa thẻ rồi")
            r"\b(?:tài khoản|(?<!co )thẻ(?! từ| ra vào| gửi xe| nhân viên)|sim(?!(?: vật lý)? cũ\b)|số điện thoại|ví|dịch vụ|thuê bao|tk)\b(?:\s+[^\s]*[^\s.!?;]){0,6}?\s+(?:sẽ\s+|đã\s+|đang\s+|có thể\s+)?(?:bị\s+)?(?:khóa|khoá|tạm khóa|đóng băng|vô hiệu hóa|đình chỉ|ngừng|ngưng|hạn chế|xóa|thu hồi|phong tỏa|chặn)\b(?! (?:thẻ|tài khoản|tk|sim|số|ví)(?: [^\s.!?,]+)? rồi\b)"
            + _NOT_OWN_ACCOUNT_CHANNEL["latin"],
        ],
        "id": [
            r"\b(?:akun|rekening|kartu(?! akses| parkir| pegawai| karyawan)|nomor|sim ?card|layanan|saldo|atm|m-?banking|whatsapp)\b(?:\s+[^\s]+){0,5}?\s+(?:akan\s+|telah\s+|sudah\s+|sedang\s+|segera\s+)?(?:di)?(?:blokir|nonaktifkan|nonaktif|tutup|bekukan|suspend|batasi|hapus|tangguhkan|kunci|non-aktifkan)\b"
            + _NOT_OWN_ACCOUNT_CHANNEL["latin"],
            r"\b(?:pemblokiran|penonaktifan|pembekuan|penutupan) (?:akun|rekening|kartu|nomor)\b"
            + _NOT_OWN_ACCOUNT_CHANNEL["latin"],
        ],
        "ms": [
            r"\b(?:akaun|kad(?! akses| pekerja| parkir| kakitangan)|nombor|talian|perkhidmatan|sim|baki|dompet)\b(?:\s+[^\s]+){0,5}?\s+(?:akan\s+|telah\s+|sudah\s+)?(?:di)?(?:sekat|gantung|tamatkan|bekukan|tutup|nyahaktifkan|nyahaktif|blok|hadkan|batalkan|kunci|bekukan)\b"
            + _NOT_OWN_ACCOUNT_CHANNEL["latin"],
            r"\b(?:penyekatan|penggantungan|pembekuan|penutupan) (?:akaun|kad|talian)\b"
            + _NOT_OWN_ACCOUNT_CHANNEL["latin"],
        ],
        "ar": [
            r"(?:حساب|الحساب|حسابك|بطاقتك|البطاقة|رقمك|الخدمة|خدمتك|شريحتك|محفظتك)[^\s]*(?:\s+[^\s]+){0,4}?\s+(?:سيتم\s+|تم\s+|سوف\s+|قد\s+)?(?:ايقاف|إيقاف|تعليق|حظر|اغلاق|إغلاق|تجميد|الغاء|إلغاء|تقييد|قفل|يتم ايقاف|يتم حظر)"
            + _NOT_OWN_ACCOUNT_CHANNEL["ar"],
            r"(?:سيتم|سوف يتم|تم)\s+(?:ايقاف|إيقاف|تعليق|حظر|اغلاق|إغلاق|تجميد|تقييد|قفل)\s+(?:حسابك|الحساب|بطاقتك|البطاقة|رقمك|خدمتك|شريحتك)"
            + _NOT_OWN_ACCOUNT_CHANNEL["ar"],
        ],
        "zh": [
            r"(?:账户|账号|银行卡|卡|微信|支付宝|号码|手机号|信用卡|会员|额度)[^\s，。！？]{0,8}(?:将|已|会|被|即将|予以|进行)[^\s，。！？]{0,4}(?:冻结|封号|封停|封禁|锁定|停用|注销|限制|关闭|暂停|停机|作废)"
            + _NOT_OWN_ACCOUNT_CHANNEL["zh"],
            # ("启用 Safety Switch 冻结账户", "一键冻结账户", "自助冻结": the holder's own tool to freeze it, not a threat)
            r"(?<!switch)(?<!开关)(?<!開關)(?<!功能)(?<!按钮)(?<!按鈕)(?<!一键)(?<!一鍵)(?<!自助)(?<!自行)(?<!主动)(?<!主動)"
            r"(?:冻结|封号|封停|注销|停机|锁定)(?:您的|你的)?(?:账户|账号|银行卡|号码|微信)"
            + _NOT_OWN_ACCOUNT_CHANNEL["zh"],
        ],
        "th": [
            # ("ล็อกอิน" is logging in, not a lock; "เบอร์ใหม่ / เบอร์เก่ายกเลิกแล้ว" is the writer's own change of number)
            r"(?:(?<!ฝ่าย)บัญชี|บัตร|ซิม|หมายเลข|เบอร์(?!ใหม่|เก่า)|ไลน์|line|วอลเล็ท|กระเป๋าเงิน)[^\s]{0,20}(?:จะ|ได้)?(?:ถูก|โดน)?(?:ระงับ|อายัด|ล็อค(?!อิน)|ล็อก(?!อิน)|(?<!เ)ปิด(?!งบ|ยอด)|บล็อก|บล็อค|ยกเลิก|จำกัด|แช่แข็ง|ตัดสัญญาณ)"
            + _NOT_OWN_ACCOUNT_CHANNEL["th"],
        ],
    },
    S.LEGAL_THREAT: {
        "en": [
            r"\b(?:arrest warrant|warrant (?:for|of) (?:your )?arrest|(?:be|get|being) arrested|legal action|legal proceedings|lawsuit|court (?:case|summons|order|hearing)|summons|police (?:case|report|complaint)|criminal (?:case|charges?|investigation|record)|money laundering|prosecut\w+|jail|prison|under investigation|involved in (?:a )?(?:crime|criminal|case|fraud|money)|tax (?:evasion|arrears|penalty)|customs (?:seized|hold|clearance)|penalty of|fined)\b",
        ],
        "vi": [
            r"\b(?:bắt giữ|bắt tạm giam|lệnh bắt|khởi tố|truy tố|tòa án|triệu tập|giấy triệu tập|rửa tiền|điều tra|vi phạm pháp luật|xử phạt|phạt tiền|viện kiểm sát|vụ án|đường dây|hình sự|tội phạm|phong tỏa tài sản|truy nã)\b",
        ],
        "id": [
            # ("denda" named as a topic of a contract or a rule, "cek pasal 7 soal denda", "klausul denda": no threat)
            r"\b(?:ditangkap|penangkapan|surat panggilan|tuntutan hukum|dituntut|pengadilan|pencucian uang|tindak pidana|pidana|(?<!pemutihan )(?<!penghapusan )(?<!keringanan )"
            r"(?<!soal )(?<!pasal )(?<!klausul )(?<!klausa )(?<!ketentuan )(?<!perhitungan )denda(?! (?:keterlambatan|terlambat|telat)\b)|diperiksa|penyidik|penyidikan|terlibat (?:kasus|kejahatan|narkoba)|jalur hukum|proses hukum|dipenjara|penjara|surat tilang|e-?tilang)\b",
        ],
        "ms": [
            r"\b(?:ditangkap|waran tangkap|(?<!aku kena )(?<!saya kena )(?<!gua kena )(?<!dia kena )saman(?! (?:aes|awas)\b)|mahkamah|pengubahan wang haram|jenayah|siasatan|didakwa|tindakan undang-undang|tindakan mahkamah|penjara|dipenjara|terlibat (?:dalam )?(?:kes|jenayah|dadah))\b",
        ],
        "ar": [
            r"(?:القبض عليك|القبض|مذكرة (?:اعتقال|توقيف|قبض)|اعتقال|المحكمة|محكمة|دعوى|قضية|غسيل الاموال|غسل الاموال|النيابة|مخالفة|غرامة|جريمة|تحقيق|استدعاء|السجن|ملاحقة قانونية|اجراءات قانونية)",
        ],
        "zh": [
            r"(?:逮捕|拘留|通缉|传票|起诉|法院|检察院|涉嫌|洗钱|犯罪(?!紀錄|纪录|记录|記錄)|立案|违法|罚款|冻结令|涉案|刑事(?!紀錄|纪录|记录|記錄|警察局)|拘捕|坐牢|司法|调查令|协查)",
            # Cantonese and health-insurance police scripts: "洗黑錢", "配合調查", "移交公安", "医保卡…违规套现"
            r"(?:洗黑钱|配合(?:警方|公安|我们)?(?:的)?调查(?!问卷)|移交(?:公安|警方|司法)|(?:违规|非法)套现)",
        ],
        "th": [
            # ("ศาลา", a pavilion, polling station; "ศาลเจ้า", "ศาลพระภูมิ", "ศาลตายาย", shrines: no court)
            r"(?:หมายจับ|จับกุม|ดำเนินคดี|ฟ้องร้อง|ศาล(?!า|เจ้า|พระภูมิ|ตายาย)|ฟอกเงิน|ผิดกฎหมาย|ค่าปรับ|คดี|สอบสวน|ปปง|ยาเสพติด|หมายเรียก|ถูกจับ|ติดคุก|อายัดทรัพย์)",
        ],
    },
    S.URGENCY: {
        "en": [
            r"\b(?:urgent(?:ly)?|immediately|right away|right now|asap|within (?:the next )?\d+ ?(?:hours?|hrs?|h)\b|in the next \d+|today only|final (?:notice|warning|reminder)|last (?:chance|warning|notice)|act now|before it'?s too late|don'?t delay|as soon as possible|time is running out|only \d+ (?:hours?|minutes?) left|expires? today|without delay)\b",
        ],
        "vi": [
            r"\b(?:khẩn cấp|khẩn|ngay lập tức|ngay bây giờ|trong vòng \d+ ?(?:giờ|h)|trước \d+ ?(?:h|giờ)|lần cuối|cảnh báo cuối|sớm nhất|ngay hôm nay|gấp rút|càng sớm càng tốt|ngay trong hôm nay)\b",
        ],
        "id": [
            r"\b(?:segera|sekarang juga|mendesak|darurat|dalam (?:waktu )?\d+ ?jam|hari ini juga|batas waktu|kesempatan terakhir|peringatan terakhir|secepatnya|jangan sampai terlambat|hanya hari ini)\b",
        ],
        "ms": [
            r"\b(?:segera|dengan segera|serta-merta|serta merta|sekarang juga|mendesak|kecemasan|dalam (?:masa |tempoh )?\d+ ?jam|hari ini sahaja|tarikh akhir|peluang terakhir|amaran terakhir|secepat mungkin)\b",
        ],
        "ar": [
            r"(?:عاجل|فورا|فوراً|فوري|حالا|خلال \d+ ?(?:ساعة|ساعات|ساعتين)|اليوم فقط|اخر (?:فرصة|موعد|تحذير)|باسرع وقت|بشكل عاجل|مستعجل|في اقرب وقت)"
        ],
        "zh": [
            r"(?:紧急|立即|立刻|马上|尽快|赶紧|\d+小时内|今天内|今日内|最后(?:期限|通知|机会|一次)|逾期|限时|过时不候)"
        ],
        # ("วางสายทันที", "ตัดสายทันที", "บล็อกทันที": hang up or block at once, advice about a caller, no hurry;
        # "สายด่วน 1441" is a hotline, literally an "urgent line"; "ไม่ได้มีอะไรด่วน", "ไม่ต้องรีบ": nothing urgent, no hurry)
        "th": [r"(?:(?<!สาย)(?<!ไม่)(?<!ไม่มีอะไร)(?<!ไม่ได้มีอะไร)(?<!ไม่ใช่เรื่อง)ด่วน|(?<!วางสาย)(?<!ตัดสาย)(?<!บล็อก)(?<!บล็อค)ทันที|เร่งด่วน|ภายใน\d+(?:ชั่วโมง|ชม)|ภายในวันนี้|วันสุดท้าย|(?<!ไม่ต้อง)(?<!ไม่)รีบ|โดยเร็ว|โดยด่วน)"],
    },
    S.PRIZE_LURE: {
        "en": [
            r"\b(?:you(?:'ve| have)? (?:won(?!['’]?t\b)|been selected|been chosen)|winner|claim (?:your|the|a) (?:prize|reward|gift|cash|voucher|refund|bonus)|free (?:gift|iphone|voucher|cash|entry|prize|tickets?|ringtones?|holiday|phone)|prize|lucky (?:draw|winner|customer)|cash (?:prize|reward|award)|jackpot|lottery|guaranteed (?:cash|prize|£|\$)|win (?:a|an|cash|£|\$)|(?:reward|bonus) points? (?:expir|will expire|redeem)|redeem (?:now|your|before))\b"
            + _NOT_IN_PERSON["latin"],
            # an amount before the prize word ("£1000 cash prize"): it starts with a symbol, so not after a \b
            r"(?:£|\$)\d+[^.!?\n]{0,20}\b(?:cash|prize|award|bonus|reward)\b" + _NOT_IN_PERSON["latin"],
        ],
        "vi": [
            # ("tao / mình / em vừa trúng giải": the writer's own win, told as news)
            r"\b(?:trúng thưởng|giải thưởng|quà tặng|tri ân|nhận thưởng|phần thưởng|may mắn|bốc thăm|quay số(?! \d)|(?<!tao )(?<!tao vừa )(?<!mình vừa )(?<!tôi vừa )(?<!tớ vừa )(?<!qua tao )trúng giải|(?<!ghi )nhận quà(?! (?:bưu điện|đường bưu điện|bưu chính|dịch vụ|email|ứng dụng|app|camera|hệ thống)\b)|quà tri ân|điểm thưởng sắp hết hạn|đổi điểm)\b"
            + _NOT_IN_PERSON["latin"]
            + _VI_PRIZE_CREDITED_IN_STORE
        ],
        "id": [
            # ("para pemenang", "masing-masing pemenang": the winners of a contest spoken of in the third person, as
            # a colleague or organiser does; the lure names the reader the winner. "Semoga beruntung", "semoga
            # bertuah": good luck wished for a draw the reader entered, not a win announced)
            r"\b(?:selamat anda (?:mendapatkan|memenangkan|terpilih|berhak)|(?<!para )(?<!masing-masing )(?<!masing2 )(?<!tiap )(?<!setiap )pemenang|(?:dapat|mendapatkan|menerima|klaim|ambil|tukar(?:kan)?) hadiah|hadiah (?:uang|tunai|utama|undian|mobil|motor|langsung|gratis)|undian|memenangkan|cek tunai|poin (?:anda )?(?:akan )?(?:hangus|kadaluarsa|kedaluwarsa)|tukarkan poin|(?<!semoga )(?<!moga )(?<!moga-moga )(?<!mudah-mudahan )beruntung|dapatkan (?:bonus|hadiah|saldo))\b"
            + _NOT_IN_PERSON["latin"]
        ],
        "ms": [
            r"\b(?:(?<!para )(?<!masing-masing )(?<!masing2 )(?<!tiap )(?<!setiap )pemenang|(?:dapat|menerima|terima|tuntut|tebus|menang|memenangi) hadiah|hadiah (?:wang|tunai|utama|cabutan|bertuah|kereta|percuma)|cabutan bertuah|memenangi|baucar percuma|mata ganjaran (?:anda )?akan (?:luput|tamat)|tebus (?:dengan|sekarang|segera)|(?<!semoga )(?<!moga )(?<!moga-moga )(?<!mudah-mudahan )bertuah|wang tunai (?:percuma|bernilai|sebanyak)|menang)\b"
            + _NOT_IN_PERSON["latin"]
        ],
        "ar": [
            r"(?:ربحت|فزت|فائز|الفائز|جائزة|جوائز|(?<!جهاز )(?<!اجهزة )(?<!عملية )(?<!عمليات )(?<!صراف )(?<!ادخل )(?<!ادخلي )(?<!تدخل )(?<!تدخلي )(?<!يدخلك )السحب(?! الالي| النقدي| من| اليومي| المنزلي| الدم| العينات| عينة| عينات)|هدية مجانية|ربحت هدية|استلام (?:ال)?هدية|لاستلام (?:ال)?هدية|هديتك|(?:مكافاة|مكافأة)(?! (?:ب|هت|رح |راح |ح)?(?:تنزل|تنصرف|تنضاف) (?:مع (?:ال)?(?:راتب|معاش|مرتب)|اول الشهر|أول الشهر))|نقاط[^.!؟\n]{0,20}(?:تنتهي|استبدال))"
            + _NOT_IN_PERSON["ar"]
        ],
        "zh": [
            # (not the writer's own win, "我中奖了", nor a bare 红包, which friends also collect: "红包发我，我统一买")
            r"(?:(?<!我)中奖(?!的同事|的同仁|同事|同仁)|奖金|(?<!抽奖)(?<!抽奖的)奖品|领取(?:奖|红包|礼|现金|积分|补贴)|礼品(?!卡)|(?<!年会)(?<!尾牙)(?<!春酒)(?<!年終)(?<!年终)抽奖|幸运|(?:领|抢|送|获得|赢|拆|现金|话费|专属|新人)红包|红包(?:奖励|待领取|已到账|已发放)|返现|积分兑换|免费(?:领|送|获得)|大奖|积分即将清零|积分清零)"
            + _NOT_IN_PERSON["zh"]
        ],
        "th": [
            rf"(?:ได้รับรางวัล|รับรางวัล|รางวัลใหญ่|โชคดี|ลุ้นรับ{_TH_NOT_PURCHASE_DRAW}|รับฟรี|(?:รับ|แจก|ได้รับ)ของขวัญ|แจกฟรี|ถูกรางวัล|เงินรางวัล|แลกรับ|คะแนนสะสม(?:จะ)?หมดอายุ|สิทธิ์พิเศษ)"
            + _NOT_IN_PERSON["th"]
        ],
    },
    # Asks to log in, verify, update or pay *through a link*; kept only when the message has a link that is
    # not official (checker.py), so "details at vietcombank.com.vn" does not count.
    S.LINK_ACTION: {
        "en": [
            r"\b(?:update|verify|confirm|validate|reactivate|unlock|restore|secure|re-?schedule|claim|sign in|log ?in|pay|settle|appeal)\b[^.!?\n]{0,60}\b(?:at|via|here|below|link|now|on|:)(?:\s|$|:)"
        ],
        "vi": [
            # ("mã xác thực qua Zalo", "mã xác nhận qua SMS": the code's name, not an action to take via a link; nor is
            # the "nhận" inside "xác nhận")
            r"(?<!không )(?<!đừng )(?<!ko )(?<!mã )(?<!xác )\b(?:cập nhật|xác minh|xác thực|xác nhận|đăng nhập|kích hoạt|thanh toán|tra cứu|nhận|kháng nghị|mở khóa)\b[^.!?\n]{0,60}\b(?:tại|qua|link|đường dẫn|theo link|ngay)\b"
        ],
        "id": [
            r"\b(?:perbarui|verifikasi|konfirmasi|login|masuk|aktifkan|bayar|cek|klaim|ajukan banding|buka blokir)\b[^.!?\n]{0,60}\b(?:di|melalui|lewat|link|tautan|sekarang)\b"
        ],
        "ms": [
            r"\b(?:kemaskini|kemas kini|sahkan|log masuk|aktifkan|bayar|semak|tuntut|rayu|buka sekatan)\b[^.!?\n]{0,60}\b(?:di|melalui|pautan|link|sekarang)\b"
        ],
        "ar": [
            r"(?:حدث|تحديث|تاكيد|اكد|تحقق|سجل الدخول|ادفع|استلم|استعلم|فعل)[^.!؟\n]{0,60}(?:عبر|على الرابط|الرابط|من خلال|هنا)"
        ],
        "zh": [
            # ("登录时收到的验证码仅供本人使用": "验证码" / "认证码" is the code, a noun, not the action "verify")
            r"(?:点击|登录|登陆|访问|打开)[^。！？]{0,20}(?:更新|认证(?!码)|验证(?!码)|申诉|领取|填写|处理|解锁|确认|缴费|查询)|(?:更新|认证|验证|申诉|领取|填写|确认)[^。！？]{0,6}(?:链接|网址)"
        ],
        "th": [
            r"(?:ยืนยันตัวตน|อัปเดต|อัพเดท|ยืนยัน|เข้าสู่ระบบ|ชำระ|ตรวจสอบ|รับสิทธิ์|รับเงิน|ยกเลิก|อุทธรณ์)[^\s]{0,20}(?:ที่|ผ่าน|คลิก|ลิงก์|ลิงค์)"
        ],
    },
    S.PREMIUM_RATE: {
        # Premium-rate SMS and subscriptions. Numbers themselves go through phones.py. Strong cues: a charge per
        # message, week or pence-minute ("150p/msg", "£3/wk", "billed 150p", "150ppm", "std txt rate") or a
        # keyword to a five-digit short code ("txt WIN to 87121"). Weak cues (a PO box, "18+", "T&Cs",
        # "FreeMsg", ringtones, "subscription", "min term", "reply STOP") count only two together, one of them a
        # premium-service cue (see _PREMIUM_WEAK_SERVICE): a shop's "Reply STOP to opt out" alone is not premium
        # SMS, and neither is "Reply STOP to 60777" (an opt-out keyword to a short code, where "txt WIN to 87121"
        # subscribes).
        "en": [
            r"\b(?:\d{1,3}(?:\.\d\d)?p ?(?:/|per|a|each|pm|\.) ?(?:msg|txt|text|sms|wk|week|rcvd|recd|received|message|mt|mnth|month)|"
            r"(?:£|\$|€|gbp|usd)\s?\d+(?:\.\d\d)?\s?(?:/|per|a|each)\s?(?:msg|message|wk|week|text|txt|sms|rcvd|recd|received)|"
            rf"(?:charged|billed|costs?|cost you)\s+(?:£\s?\d+(?:\.\d\d)?|\d+p)(?!{_EN_PER_MINUTE_UNIT}|[\d.]*\s?(?:/|per|a|each)\s?day\b)|\d{{2,3}}p ?(?:inc|incl) ?vat|\d{{2,3}}ppm|"
            r"std ?(?:txt|text|sms)? ?(?:rate|chgs?|charges?)|from \d{5})\b|"
            # A price per minute or per call is premium only right after the number (5+ digits) it is the price of
            # ("call 0871… at 10p/min", "Ring 0207…! Costs 20p/min"): a carrier's roaming or call tariff ("calls
            # home cost £1.50/min, texts 30p") states per-minute prices with no number to call.
            rf"(?<![\d.,£])\d(?:[ \-]?\d){{4,}}(?:[^.!?\n]|[.!?] ?(?=\w)){{0,40}}?\b(?:\d{{1,3}}(?:\.\d\d)?p|£\s?\d+(?:\.\d\d)?){_EN_PER_MINUTE_UNIT}",
            # A keyword or answer texted to a five-digit short code ("txt WIN to 87121", "ans to 80062"): the code may
            # run into the next word in run-together spam ("to 69888Nyt"), so it ends at a non-digit, not a boundary.
            r"\b(?:txt|text|txting|texting|send|reply|sms|ans|answer)\b(?! (?:stop|end|out|help|unsubscribe)\b)[^.!?\n]{0,30}\bto:? \d{5}(?!\d)",
            # Two weak cues within 200 characters, in either order ("FreeMsg … txt stop"). "(?s:.)" is any
            # character: "[\s\S]" here was folded to "[\s\s]" (whitespace only), so the pair never matched.
            # "club" and "member(s)" together are a shop's loyalty club ("MATAHARI CLUB member", "Member Day … kad
            # Watsons Club"), not a pair: each pairs with any other cue.
            rf"{_PREMIUM_WEAK_NO_MEMBER}(?s:.){{0,200}}?{_PREMIUM_WEAK_SERVICE}",
            rf"{_PREMIUM_WEAK}(?s:.){{0,200}}?{_PREMIUM_WEAK_SERVICE_NO_CLUB}",
            rf"{_PREMIUM_WEAK_SERVICE}(?s:.){{0,200}}?{_PREMIUM_WEAK_NO_MEMBER}",
            rf"{_PREMIUM_WEAK_SERVICE_NO_CLUB}(?s:.){{0,200}}?{_PREMIUM_WEAK}",
        ],
        # The other languages: a number or short code with a price per message or minute right after it
        # ("gửi 8777 (15.000đ/tin)", "拨打 1259 0889 7733（信息费3元/分钟）", "اتصل على 0900 221 3344 (5 جنيه/دقيقة)"):
        # a legitimate roaming notice states per-minute prices too, but not attached to a number to call or text. A
        # keyword to a short code with a per-message price elsewhere in the message ("soạn TV gửi 8777 …
        # 15.000đ/tin", "أرسل … إلى 95577 … قيمة الرسالة 3 ريال"), and the premium-service fee terms (信息费).
        "vi": [
            rf"{_PREMIUM_ROUTE}{_PREMIUM_GAP}(?:(?:phí|cước|giá)(?: dịch vụ)?:? ?)?\d{{1,3}}(?:[.,]\d{{3}})*\s?(?:đ|đồng|vnd|k)\s?(?:/|một |mỗi )\s?(?:tin|sms|phút|cuộc|lần)\b",
            r"\b(?:soạn|nhắn)\b[^.!?\n]{1,30}\bgửi (?:đến |tới )?\d{4,5}\b(?s:.){0,120}?\d\s?(?:đ|đồng|vnd)\s?(?:/|một |mỗi )\s?(?:tin|sms)\b",
        ],
        "id": [
            rf"{_PREMIUM_ROUTE}{_PREMIUM_GAP}(?:(?:tarif|biaya):? ?)?(?:rp\.?\s?\d[\d.,]*|\d[\d.,]*\s?rupiah)\s?(?:/|per |setiap )\s?(?:sms|msg|pesan|menit|panggilan)\b",
            r"\b(?:ketik|reg|daftar)\b[^.!?\n]{1,30}\b(?:kirim|krm|sms) (?:ke )?\d{4,5}\b(?s:.){0,120}?(?:rp\.?\s?\d[\d.,]*|\d[\d.,]*\s?rupiah)\s?(?:/|per |setiap )\s?(?:sms|msg|pesan)\b",
        ],
        "ms": [
            rf"{_PREMIUM_ROUTE}{_PREMIUM_GAP}(?:(?:caj|kadar):? ?)?(?:rm\s?\d+(?:\.\d+)?|\d+\s?sen)\s?(?:/|per |setiap |se)\s?(?:sms|msg|mesej|minit|min|panggilan)\b",
            r"\b(?:taip|sms)\b[^.!?\n]{1,30}\b(?:hantar|kirim) (?:ke )?\d{4,5}\b(?s:.){0,120}?(?:rm\s?\d+(?:\.\d+)?|\d+\s?sen)\s?(?:/|per |setiap |se)\s?(?:sms|msg|mesej)\b",
        ],
        "ar": [
            rf"{_PREMIUM_ROUTE}{_PREMIUM_GAP}(?:(?:بسعر|تكلفة|التكلفة|سعر|السعر):? ?)?\d+(?:[.,]\d+)?\s?(?:ريال|ر\.س|جنيه|درهم|دينار|هللة|قرش|فلس)\s?(?:/\s?|لكل |في |لل|ل)(?:ال)?(?:دقيقة|رسالة|مكالمة)",
            r"(?:ارسل|أرسل|ارسال|إرسال)[^.!؟\n]{0,40}(?:الى|إلى|على|لـ|ل) ?\d{4,6}(?s:.){0,120}?(?:قيمة|تكلفة|سعر|رسوم) (?:ال)?رسالة",
            r"(?:قيمة|تكلفة|سعر|رسوم) (?:ال)?رسالة(?s:.){0,120}?(?:ارسل|أرسل|ارسال|إرسال)[^.!؟\n]{0,40}(?:الى|إلى|على|لـ|ل) ?\d{4,6}",
        ],
        "zh": [
            rf"{_PREMIUM_ROUTE}(?:{_PREMIUM_GAP}(?:信息费|资费|收费|费用)?|信息费|资费)\d+(?:\.\d+)?元/(?:条|分钟|分|次)",
            r"信息费[^。!?\d]{0,4}\d+(?:\.\d+)?元",
            r"回复[^。!?]{0,6}(?:订阅|定制)[^。!?]{0,30}?\d+(?:\.\d+)?元/(?:条|次|周|月|天)",
        ],
        "th": [
            rf"{_PREMIUM_ROUTE}(?:{_PREMIUM_GAP}(?:ค่าบริการ|อัตรา)?|ค่าบริการ|อัตรา)\d+(?:\.\d+)?บาท/(?:นาที|ข้อความ|ครั้ง|sms)",
            r"(?:สมัคร|พิมพ์)[^\n]{0,40}?\d+(?:\.\d+)?บาท/(?:ข้อความ|sms|ครั้ง)",
        ],
    },
    S.INVESTMENT_LURE: {
        "en": [
            # (a rate read whole: "from 1.33% monthly" is a lender's lowest interest, not "33% monthly")
            r"\b(?:guaranteed (?:profits?|returns?|income|earnings)|(?<![\d.,])(?<!\bfrom )\d+(?:[.,]\d+)? ?% (?:daily|weekly|monthly|per (?:day|week|month)|a (?:day|week))|risk[- ]free (?:profit|investment|returns?)|no risk|earn (?:\$|£|rm|usd)? ?\d+[^.!?\n]{0,12}(?:per|a|/) ?(?:day|hour)|(?:liking|like) videos|task account|work from home and earn)\b"
        ],
        "vi": [
            r"\b(?:lợi nhuận \d+ ?%|cam kết không lỗ|lãi suất cao|việc nhẹ lương cao|hoa hồng \d+ ?%|kiếm tiền online|tài khoản nhiệm vụ|làm nhiệm vụ|đầu tư[^.!?\n]{0,30}(?:lợi nhuận|không lỗ|\d+ ?%))(?!\w)"
        ],
        "id": [
            r"\b(?:untung \d+ ?%|keuntungan \d+ ?%|dijamin tidak rugi|tanpa risiko|penghasilan (?:rp ?)?\d+[^.!?\n]{0,12}(?:/|per )?hari|gaji (?:rp ?)?\d+[^.!?\n]{0,8}(?:/|per )?hari|kerja paruh waktu|akun tugas)(?!\w)"
        ],
        "ms": [
            r"\b(?:untung \d+ ?%|keuntungan \d+ ?%|dijamin tiada rugi|tanpa risiko|pulangan tinggi|gaji (?:rm ?)?\d+[^.!?\n]{0,8}sehari|kerja sambilan|akaun tugasan)(?!\w)"
        ],
        "ar": [
            r"(?:بربح \d+|ربح \d+ ?٪|ارباح مضمونة|مضمون بدون خسارة|بدون خسارة|اربح \d+[^.!؟\n]{0,10}(?:يوميا|في اليوم)|عمل من المنزل)"
        ],
        "zh": [
            r"(?:稳赚不赔|高收益|日赚|收益翻倍|保本保息|躺赚|刷单|兼职[^\s，。！？]{0,6}(?:日赚|日结)|内部消息|带你炒股|跟单)"
        ],
        "th": [r"(?:กำไร\d+ ?%|ไม่มีขาดทุน|รายได้วันละ|งานพาร์ทไทม์|ผลตอบแทนสูง|การันตีกำไร|บัญชีภารกิจ)"],
    },
    S.IMPERSONATION: {
        "en": [
            # (not the writer's plan: "I'm gonna Google it", "I'm about to ring the bank"; "I'm at the police station"
            # stays, the opener of a relative's arrest story)
            r"\b(?:this is|i am|i'm|we are|we're|calling from|contacting you from|on behalf of|here from|im|it's)\s+(?!(?:gonna|going to|about to)\b)(?:[^\s]+\s+){0,4}?(?:support|customer (?:care|service|support)|help ?desk|technical (?:team|department|support)|tech support|it (?:team|department|support|helpdesk|admin)|security (?:team|department)|fraud (?:team|department|prevention)|bank|police|officer|customs|tax office|irs|hmrc|government|ministry|microsoft|apple|google|amazon|paypal|trustdesk|administrator|admin team|platform|courier|post office)\b",
            r"\b(?:official|authori[sz]ed|certified) (?:support|agent|representative|staff|technician|officer)\b",
        ],
        "vi": [
            r"\b(?:(?:đây là|là) số mới của (?:con|em|mẹ|bố|anh|chị|mình)|(?:con|em|mẹ|bố|mình) (?:mất|hỏng|rơi) điện thoại|đổi số (?:mới|rồi))\b",
            r"\b(?:tôi|em|mình|chúng tôi|bên em|đây|tôi là|em là)\s+(?:là|bên|ở|gọi từ|liên hệ từ|thuộc|từ)\s+(?:[^\s]+\s+){0,4}?(?:nhân viên|tổng đài|chăm sóc khách hàng|cskh|kỹ thuật|hỗ trợ|ngân hàng|công an|cảnh sát|viện kiểm sát|tòa án|cục thuế|bảo hiểm|bưu điện|nhà mạng|quản trị|admin|điện lực)\b",
        ],
        "id": [
            r"\b(?:saya|kami|ini)\s+(?:adalah\s+|dari\s+|petugas\s+|pihak\s+){1,2}(?:[^\s]+\s+){0,3}?(?:cs|customer service|layanan pelanggan|petugas|bank|polisi|kepolisian|admin|tim (?:dukungan|teknis|it|keamanan)|pusat bantuan|kantor pajak|bea cukai|pegawai|call center)\b",
        ],
        "ms": [
            r"\b(?:saya|kami|ini)\s+(?:adalah\s+|dari\s+|pegawai\s+|pihak\s+){1,2}(?:[^\s]+\s+){0,3}?(?:khidmat pelanggan|pegawai|bank|polis|pdrm|admin|pasukan (?:sokongan|teknikal|it|keselamatan)|pusat bantuan|lhdn|kastam|bank negara|mahkamah|pos malaysia)\b",
        ],
        "ar": [
            # ("سيتواصل معك موظف الفرع", an employee will contact you, is a notice's next step, not a caller's claim)
            r"(?:انا|نحن|(?<!تواصل )(?<!يتصل )معك|(?<!تواصل )(?<!يتصل )معاك|هنا|اتصل بك من|نتواصل معك من)\s+(?:[^\s]+\s+){0,3}?(?:خدمة العملاء|الدعم الفني|موظف|البنك|الشرطة|الامن|الادارة|المسؤول|فريق الدعم|الجمارك|الضرائب|النيابة)",
        ],
        "zh": [
            # "I changed my number" weighs only with the favour, money or code that follows it: a friend telling
            # their new number for the weekend's dinner asks nothing.
            r"(?:我换号了|换号了|换號了|這是我的新號碼|这是我的新号码|我的新号码|我的新號碼)(?=[^\n]{0,100}?(?:帮个忙|幫個忙|帮忙|幫忙|帮我|幫我|"
            r"有(?:点|點|个|個|件)事|急|借|转|轉|汇|匯|钱|錢|押金|验证码|驗證碼|截图|截圖))",
            r"(?:我是|我係|我们是|这里是|本人是|我这边是|我这里是|我是来自)[^\s，。！？]{0,10}(?:客服|工作人员|警察|警官|民警|公安|警务处|警员|探员|督察|银行|技术(?:人员|支持)|管理员|官方|平台|法院|检察院|快递|海关|税务)",
        ],
        "th": [
            r"(?:ผม|ดิฉัน|เรา|ฉัน|กระผม|นี่คือ|ทาง)(?:เป็น|คือ|ติดต่อจาก|โทรจาก|มาจาก|เป็นเจ้าหน้าที่)[^\s]{0,15}(?:เจ้าหน้าที่|ธนาคาร|ตำรวจ|ฝ่ายบริการ|คอลเซ็นเตอร์|แอดมิน|ไปรษณีย์|กรมสรรพากร|ศุลกากร|ดีเอสไอ|ทีมงาน|ฝ่ายไอที|ฝ่ายเทคนิค|การไฟฟ้า)",
            r"เจ้าหน้าที่(?:ธนาคาร|ตำรวจ|ไปรษณีย์|ฝ่าย|สรรพากร|ศุลกากร|ดีเอสไอ|การไฟฟ้า)",
        ],
    },
    S.OFF_PLATFORM: {
        "en": [
            r"\b(?:contact|message|chat with|add|text|reach) (?:us|me|our (?:agent|support|team)|the agent)?\s*(?:on|via|through|at) (?:whatsapp|telegram|line|wechat|signal|viber)\b|\bwa\.me/|\bt\.me/"
        ],
        "vi": [
            r"\b(?:kết bạn|liên hệ|nhắn tin|inbox|add)\b(?:\s+[^\s]+){0,3}?\s+(?:qua |trên |với )?(?:zalo|telegram|whatsapp|facebook)\b"
        ],
        "id": [
            r"\b(?:hubungi|chat|kontak|wa|tambahkan)\b(?:\s+[^\s]+){0,3}?\s+(?:via |lewat |melalui |di )?(?:whatsapp|wa|telegram|line)\b(?:\s+(?:kami|admin|cs))?"
        ],
        "ms": [
            r"\b(?:hubungi|whatsapp|mesej|chat|tambah)\b(?:\s+[^\s]+){0,3}?\s+(?:melalui |di |ke )?(?:whatsapp|telegram|wechat)\b"
        ],
        "ar": [r"(?:تواصل|راسلنا|راسلني|اضفني|كلمنا)[^\s]*\s+(?:[^\s]+\s+){0,2}?(?:واتساب|واتس|تيليجرام|تلغرام)"],
        "zh": [
            r"(?:加|添加|联系)(?:我的?|我这个新的?|我新的?|客服|专员)?(?:微信|qq|whatsapp|telegram|飞机|纸飞机|line)|(?:加v|加vx|加wx|加我v|加我vx|加我wx|加薇|加威信|加卫星|添加v|添加vx|添加wx)(?![a-z])"
        ],
        "th": [r"(?:แอดไลน์|แอดline|เพิ่มเพื่อนไลน์|ติดต่อ(?:ทาง)?ไลน์|addline|ไลน์ไอดี|ไอดีไลน์)"],
    },
}

# More wording per signal, from lures the first patterns missed (each generalises one scam script rather
# than one message): a code read back "to the courier", "what is your OTP", transfers of *all* the money or
# to "this account", utilities cut off today, trading groups with a mentor, task scams that ask for a top-up.
_EXTRA: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "en": [
            rf"\b(?:needs?|requires?|wants?|ask(?:ing|s)? for) (?:the |your |that |this )?(?:[a-z]+ )?{_EN_CODE}\b",
            rf"\b{_EN_CODE}\b[^.!?\n]{{0,80}}\b(?:what does it say|what(?:'s| is) the (?:number|code)|tell me the (?:number|digits|numbers))\b",
            r"\bhelp me (?:verify|unlock|recover|confirm)\b[^.!?\n]{0,80}\b(?:code|sms|otp)\b",
        ],
        "vi": [
            rf"\b{_VI_CODE}\b[^.!?\n]{{0,50}}\b(?:gửi|nhắn|đọc|báo) lại cho (?:em|mình|tôi|anh|chị|bên em)\b",
            r"\bđọc (?:giúp |cho )?(?:em|anh|chị|mình|tôi)\s+(?:\d+ )?(?:số|mã|dãy số)\b",
            r"\b(?:mã )?(?:otp|xác thực|xác nhận|xác minh|kích hoạt)\b[^.!?\n]{0,20}\b(?:là gì|là bao nhiêu)\b",
            r"\bgiúp (?:mình|em|tao|tớ|anh|chị) (?:xác (?:minh|thực|nhận)|mở khóa|lấy lại)\b[^.!?\n]{0,60}\b(?:mã|code|otp|tin nhắn)\b",
        ],
        "id": [
            rf"\b{_ID_CODE}\b[^.!?\n]{{0,70}}\b(?:diteruskan|teruskan|forward|kirim(?:kan)?|kasih(?:kan)?) (?:ke|kepada) (?:aku|saya|gue|gw|kami|sini)\b",
            r"\bbantu (?:aku|saya|gue|gw) (?:verifikasi|buka blokir|pulihkan|aktifkan)\b[^.!?\n]{0,60}\b(?:kode|otp|sms)\b",
            rf"\b{_ID_CODE}\b[^.!?\n]{{0,60}}\b(?:foto|kirim(?:kan)?|kasih|fotoin)\b[^.!?\n]{{0,10}}\b(?:ke|kepada) (?:sy|sya|aq)\b",
        ],
        "ms": [
            rf"\b{_MS_CODE}\b[^.!?\n]{{0,60}}\b(?:hantar(?:kan)?|bagi|berikan|forward) (?:kat|ke|kepada) (?:whatsapp |wa |telegram )?(?:saya|aku|kami)\b",
            r"\btolong (?:saya|aku) (?:sahkan|pulihkan|buka)\b[^.!?\n]{0,60}\b(?:kod|otp|tac|sms)\b",
        ],
        "ar": [
            r"(?:قول|قل|قولي|اعطني|ارسل|ابعث)(?: لي| لنا)? (?:الارقام|الرقم اللي|الكود اللي|الرمز اللي)",
            r"ساعدني (?:في )?(?:التحقق|تفعيل|استرجاع)[^.!؟\n]{0,50}(?:الرمز|الكود|رمز|كود)",
        ],
        "zh": [
            rf"(?:把|将)(?:您|你)?(?:的|收到的|手机上的|短信里的|短信中的)?[^\s，。！？]{{0,8}}{_ZH_CODE}[^\s，。！？]{{0,4}}回复",
            rf"{_ZH_CODE}[^。！？]{{0,12}}(?:请)?回复给(?:我|我们|客服|工作人员)",
            # a friend's "help me verify": the code sent to you, screenshotted back ("截图给我")
            r"(?:验证码|码|简讯|短信)[^。！？]{0,20}(?:截图|截圖|拍照)(?:给|发|傳|传)(?:我|我们)|(?:朋友|好友)(?:帮忙|辅助)(?:验证|解封)",
        ],
        "th": [
            rf"{_TH_CODE}[^\s]{{0,30}}(?:ส่งมาให้|ส่งกลับมา|ส่งให้(?:ผม|หนู|ฉัน|เรา))",
            r"ช่วย(?:ยืนยัน|ปลดล็อก|ปลดล็อค|กู้)[^\s]{0,40}(?:รหัส|โค้ด|otp|sms)",
        ],
    },
    S.PASSWORD_REQUEST: {
        "zh": [rf"(?:{_ZH_GIVE}|输入|填写|更新)(?:[^\s，。！？]{{0,10}}){_ZH_SECRET}"],
        "th": [rf"(?:ตอบกลับ|ส่ง)(?:ด้วย|มา)?[^\s]{{0,12}}(?:ชื่อผู้ใช้|ยูสเซอร์)(?:และ)?{_TH_SECRET}"],
    },
    # ... and, since the corpus *_8 misses: the "wrong transfer, send it back to this account" refund scam (an honest
    # payer asks for the money back through the bank or to the account it came from, not to another one), and a
    # fee paid to a named person's own account ("chuyển khoản cho thầy Tuấn STK ...", "ke rekening pribadi").
    S.PAYMENT_REQUEST: {
        "en": [
            r"\b(?:transfer|move|send|wire|withdraw)\b(?:\s+[^\s]+){0,3}?\s+(?:all (?:of )?your|your (?:entire|whole)|your) (?:money|savings|funds|balance|cash)\b[^.!?\n]{0,40}\b(?:to|into) (?:an?|the|this|our|my) (?:secure|safe|holding|protected|new|government|verification) (?:account|wallet)\b",
            r"\b(?:secure|safe|holding|protected) account\b",
            r"\b(?:wrong(?:ly)? (?:transfer|transferred|sent)|(?:sent|transferred|paid)\b[^.!?\n]{0,30}\b(?:by mistake|accidentally|in error)|accidentally (?:sent|transferred))\b[^\n]{0,120}?\b(?:send|transfer|pay|return|refund)\b[^.!?\n]{0,20}\bback\b[^.!?\n]{0,30}\bto (?:this|my (?:other|new|mum'?s|mother'?s|sister'?s|brother'?s)|another|the following) (?:account|number|gcash|wallet|card)\b",
            r"\b(?:pay|transfer|send)\b[^.!?\n]{0,30}\b(?:to|into) (?:mr|mrs|ms|miss|teacher|sir|madam)\.? [a-z]+'?s? (?:personal )?(?:account|gcash|bank account)\b",
        ],
        "vi": [
            r"\bchuyển toàn bộ (?:tiền|số tiền|số dư)\b",
            r"\bchuyển nhầm\b[^\n]{0,120}?\b(?:chuyển lại|trả lại|hoàn lại|gửi lại|chuyển trả)\b[^.!?\n]{0,30}\b(?:vào|qua|về|cho|sang) (?:stk|số tài khoản|tài khoản|tk)\b",
            r"(?<!đã )\b(?:chuyển khoản|chuyển tiền|ck)\b[^.!?\n]{0,20}\bcho (?:thầy|cô|anh|chị|ông|bà) [^\s]+(?: [^\s]+)? (?:qua )?(?:stk|số tài khoản|tk)\b",
        ],
        "id": [
            r"\b(?:transfer|kirim|pindahkan) (?:seluruh|semua) (?:saldo|dana|uang)\b",
            r"\b(?:tf|trf|transfer)\b[^.!?\n]{0,20}\bke (?:rek(?:ening)?|no rek)\.? (?:temen|teman|ini|berikut|baru)",
            r"\b(?:(?:salah|keliru) (?:transfer|tf|trf|kirim)|tertransfer|ketransfer)\b[^\n]{0,120}?\b(?:kembalikan|di"
            r"kembalikan|balikin|balikan|transfer balik|kirim balik)\b[^.!?\n]{0,30}\bke (?:rek(?:ening)?|no\.? ?rek|n"
            r"omor rekening|dana|ovo|gopay)\b",
            r"\b(?:transfer|tf|bayar)\b[^.!?\n]{0,30}\bke (?:rek(?:ening)?|no\.? rek) (?:pribadi|bu|pak|ibu|bapak)\b",
        ],
        "ms": [
            r"\b(?:pindahkan|transfer|hantar) (?:semua|seluruh) (?:wang|duit|simpanan|baki)\b",
            r"\b(?:(?:tersalah|salah|tersilap) (?:transfer|pindah|masuk(?:kan)?|hantar|bank ?in)|tertransfer|terbank ?"
            r"in)\b[^\n]{0,120}?\b(?:pulangkan|kembalikan|transfer balik|bank ?in balik|hantar balik)\b[^.!?\n]{0,30}"
            r"\bke (?:akaun|no\.? akaun|nombor akaun|tng|ewallet)\b",
            r"\b(?:bayar|transfer|masukkan|bank ?in)\b[^.!?\n]{0,30}\bke akaun (?:peribadi|cikgu|puan|encik)\b",
        ],
        "ar": [
            r"(?:حول|تحول|تحويل|حولي)\s+(?:كل|جميع)\s+(?:فلوسك|اموالك|رصيدك|الرصيد|المبلغ)",
            r"(?:حولت|ارسلت|تحويل)[^.!؟\n]{0,30}(?:بالغلط|بالخطا|خطا)[^\n]{0,80}?(?:رجع|ترجع|ارجاع|اعادة|تعيد|حول)[^.!؟\n]{0,30}(?:على|الى|لـ?) ?(?:هذا الحساب|الحساب التالي|حساب اخر|الايبان|هذا الايبان)",
            r"(?:حول|تحويل|ادفع)[^.!؟\n]{0,30}(?:لحساب|الى حساب|على حساب) (?:الاستاذ|المعلم|الاستاذة|المعلمة)",
        ],
        "zh": [
            r"(?:转|汇|打)[^\s，。！？]{0,6}(?:到|至|进|入)(?:这个|这张|下面|以下|我的|他的|新的)(?:卡|账户|账号|帐户|帳戶|户头|户頭|户口)",
            r"(?:给|往|向)(?:这个|这张|以下|新的?)[^\s，。！？]{0,6}(?:账户|账号|卡|帐户|帳戶|户头|户頭|户口)(?:上)?(?:转|汇|打)",
            r"(?:全部|所有)(?:资金|存款|钱|余额)[^\s，。！？]{0,4}(?:转|转移|转入)",
            r"(?:转|汇|打)[^\s，。！？]{0,8}(?:给|到|进)(?:这个|这张|以下|下面)(?:账户|账号|卡|帐户|帳戶|户头|户頭|户口)|帮我(?:转|汇|打)(?:\d|[一二三四五六七八九十两几]+[万千百]|款|钱|账)",
            r"(?:资产|资金|安全)核查(?:户口|账户|帐户|账号)|(?:存款|资金)(?:转去|转到|转入)[^\s，。！？]{0,8}(?:户口|账户)",
            r"(?:转错|转账转错|打错(?:钱|款)?|误转)[^。！？]{0,40}(?:退回|转回|退还|还给我|转还)[^。！？]{0,10}(?:到|至|给)(?:这个|以下|下面|我的另一个|另一个)",
            r"(?:转|汇|打)(?:账|款)?(?:到|给)(?:老师|班主任|校长)(?:的)?(?:个人)?(?:账户|账号|微信|支付宝|银行卡)",
            r"这是(?:律师|对方|我朋友|朋友|他|她)的?(?:账户|账号|卡号|银行卡|户头|户頭)",
        ],
        "th": [
            r"โอน[^\s]{0,20}เข้าบัญชี[^\s]{0,20}(?:นี้|ต่อไปนี้|ด้านล่าง)",
            r"โอนเงินทั้งหมด",
            r"โอน(?:เงิน)?ผิด.{0,80}?(?:โอนคืน|โอนกลับ|คืนเงิน|ส่งคืน).{0,20}?(?:เข้า)?บัญชี(?:นี้|ใหม่|อื่น)",
            r"โอน(?:เงิน)?(?:เข้า)?บัญชี(?:ส่วนตัว)?(?:ของ)?(?:ครู|อาจารย์)",
        ],
    },
    S.ACCOUNT_THREAT: {
        "en": [
            r"\b(?:electricity|power|water|gas|supply|internet|line)\b(?:\s+[^\s]+){0,5}?\s+(?:will be|to be|is being|shall be)\s+(?:disconnected|cut off|cut|suspended)\b",
        ],
        "vi": [r"\b(?:cắt điện|cắt nước|ngừng cấp điện|ngắt điện|cắt mạng)\b"],
        "id": [
            r"\b(?:listrik|air|aliran listrik|internet)\b(?:\s+[^\s]+){0,3}?\s+(?:akan\s+)?(?:diputus|dimatikan|dihentikan)\b"
        ],
        "ms": [
            r"\b(?:bekalan|elektrik|air|talian)\b(?:\s+[^\s]+){0,3}?\s+(?:akan\s+)?(?:dipotong|diputuskan|dihentikan)\b"
        ],
        "ar": [r"(?:قطع|فصل) (?:الكهرباء|الماء|المياه|الخدمة)"],
        "zh": [r"(?:将|会|即将|今日|今天|今晚|马上)(?:被|予以)?(?:停电|断电|停水|停气)"],
        "th": [r"(?:ตัดไฟ|ตัดน้ำ|ตัดสัญญาณ)"],
    },
    S.INVESTMENT_LURE: {
        "en": [
            r"\b(?:trading|stock|crypto|forex|investment|vip) (?:group|signals?|mentor|tips|community)\b|\b(?:his|her|my|uncle'?s) signals\b",
            r"\bmy (?:mentor|uncle|broker|aunt|cousin)\b[^.!?\n]{0,60}\b(?:trad\w*|crypto|bitcoin|invest\w*|profits?|earn\w*)\b",
            r"\bmade \$?\d+(?:,\d{3})*k? (?:last|this|in a|in one) (?:week|month|day)\b",
            r"\b(?:commission|tasks?)\b[^.!?\n]{0,60}\b(?:top ?up|deposit|prepay|advance)\b|\b(?:top ?up|deposit)\b[^.!?\n]{0,60}\b(?:commission|task)",
            # pyramid and "dropship agent" schemes: a paid member or starter package, income from recruiting people
            r"\b(?:recruit|invite|refer|bring in) \d+ (?:people|members|friends|persons)\b[^.!?\n]{0,40}\b(?:bonus|earn|commission|profit)|\b(?:starter|member(?:ship)?|agent|dropship(?:ping)?) (?:package|pack|kit)\b[^.!?\n]{0,60}\b(?:earn|profit|income|bonus|commission)\b|\bdropship(?:ping)? agent\b[^.!?\n]{0,60}\b(?:earn|profit|income)\b|\bpassive income\b[^.!?\n]{0,30}\d",
        ],
        "vi": [
            r"\b(?:nhóm|group) (?:chứng khoán|cổ phiếu|đầu tư|coin|vip|tín hiệu)\b|\btăng trần\b|\blãi (?:ít nhất |tối thiểu )?\d+ ?% (?:một|mỗi) (?:tuần|ngày|tháng)\b",
            r"\bthầy\b[^.!?\n]{0,40}\b(?:cổ phiếu|chứng khoán|tín hiệu|vào lệnh)\b",
            r"\b(?:đơn ảo|đặt đơn ảo|chốt đơn ảo)\b|\bhoàn (?:lại )?(?:tiền )?vốn\b[^.!?\n]{0,20}\bhoa hồng\b|\bctv\b[^.!?\n]{0,60}\bthu nhập\b[^.!?\n]{0,20}(?:/ ?ngày|mỗi ngày|một ngày)|\b(?:giới thiệu|kéo|mời) (?:được )?\d+ (?:người|thành viên)\b[^.!?\n]{0,40}\b(?:thưởng|hoa hồng)\b",
        ],
        "id": [
            r"\b(?:profit|untung|cuan)\b[^.!?\n]{0,30}\b(?:trading|saham|crypto|kripto|emas)\b|\b(?:trading|saham|crypto|kripto)\b[^.!?\n]{0,40}\b(?:profit|untung|cuan)\b",
            r"\b(?:grup|group) (?:saham|trading|investasi|crypto|kripto|vip)\b|\b(?:tugas|task)\b[^.!?\n]{0,40}\b(?:komisi|deposit|top ?up)\b",
            r"\b(?:ajak|rekrut|merekrut|ajakin|undang) \d+ (?:org|orang|member|teman|downline)\b|\bpaket (?:member|agen|reseller|kemitraan)\b[^.!?\n]{0,60}\b(?:bonus|komisi|untung|passive income|balik modal)\b|\b(?:ditanggung|dijamin|pasti|garansi) balik modal\b|\bpassive income\b[^.!?\n]{0,20}\d",
        ],
        "ms": [
            r"\b(?:kumpulan|group) (?:saham|pelaburan|trading|crypto|vip)\b|\bdengan mentor\b|\buntung setiap hari\b",
            r"\b(?:untung|profit)\b[^.!?\n]{0,30}\b(?:trading|saham|crypto|emas)\b|\btugasan\b[^.!?\n]{0,40}\b(?:komisen|deposit|tambah nilai)\b",
            r"\b(?:ajak|rekrut|cari|kenalkan) \d+ (?:orang|ahli|downline|kawan)\b|\b(?:agen|ejen) dropship\b[^.!?\n]{0,60}\b(?:untung|pendapatan|rm ?\d)|\bpakej (?:permulaan|ejen|agen|dropship|ahli)\b[^.!?\n]{0,30}\brm ?\d|\buntung rm ?\d[\d,.]*k? (?:sehari|seminggu|sebulan)\b",
        ],
        "ar": [
            r"(?:قروب|مجموعة|جروب|قناة) (?:اسهم|تداول|توصيات|استثمار)|مع مدرب|ارباح (?:كل يوم|يومية)|توصيات",
            r"(?:مهمة|المهمة|مهام|المهام)[^.!؟\n]{0,40}(?:عمولة|شحن)|(?:عمولة|بعمولة)[^.!؟\n]{0,40}(?:مهمة|المهمة|مهام|شحن)",
            r"(?:من البيت|من المنزل)[^.!؟\n]{0,40}(?:يوميا|في اليوم|باليوم)|(?:يوميا|في اليوم)[^.!؟\n]{0,40}(?:من البيت|من المنزل)",
            r"(?:ادع|اجلب|جيب|ضم) (?:\d+|شخصين|اثنين|ثلاثة) (?:اشخاص|اعضاء)?[^.!؟\n]{0,30}(?:مكافاة|عمولة|ربح)|(?:باقة|اشتراك) (?:العضوية|الوكيل)[^.!؟\n]{0,30}(?:ربح|عمولة|مكافاة)",
        ],
        "zh": [
            r"(?:股票群|炒股群|投资群|理财平台|投资平台|每天收益|(?<![今昨])日收益|月收益|周收益|涨停|内幕消息|带单|虚拟货币平台|数字货币平台)",
            r"老师[^\s，。！？]{0,6}(?:推荐|带你|带单|指导)|(?:任务|刷单)[^。！？]{0,20}(?:佣金|垫付|返还)|垫付",
            r"(?:在家|兼职)[^。！？]{0,10}日结|日结\d+",
            r"稳赚|包赚|包红|(?:一周|[一二三四五六七]天|当天|\d+天)回本|月入(?:过)?(?:[一二三四五六七八九十两几]+|\d+)万|拉(?:\d|[一二两三四五])个?人[^。！？]{0,10}(?:返利|返现|奖励|佣金|提成)|入会费",
        ],
        "th": [
            r"กลุ่ม(?:เทรด|หุ้น|ลงทุน)|กำไรทุกวัน|กำไร(?:จาก)?(?:การ)?เทรด|(?:เทรด|ลงทุน)[^\s]{0,10}กับอาจารย์",
            r"ภารกิจ[^\s]{0,30}(?:ค่าคอม|เติมเงิน)|ค่าคอม[^\s]{0,6}\d+ ?%",
            r"ชวน(?:เพื่อน)?(?:\d|หนึ่ง|สอง|สาม)+คน[^\s]{0,20}(?:โบนัส|ค่าคอม|รับเงิน)|แพ็กเกจสมาชิก[^\s]{0,20}(?:โบนัส|ค่าคอม|กำไร)|(?:ตัวแทน|ดรอปชิป)[^\s]{0,30}(?:กำไร|รายได้)[^\s]{0,10}(?:วันละ|ต่อวัน|สัปดาห์ละ)",
        ],
    },
    # An ultimatum ("will be suspended unless you verify", "否则…") is pressure, like a deadline; so is a caller who
    # must keep the victim on the line ("do not disconnect or you will be arrested").
    S.URGENCY: {
        "en": [
            r"\b(?:unless you (?:verify|update|confirm|pay|act|respond|call|reply)|if you (?:do not|don'?t|fail to) (?:verify|update|confirm|pay|respond|reply|act)|failure to (?:verify|update|comply|pay|respond|confirm))\b",
            r"\b(?:(?:do not|don'?t|never) (?:disconnect|hang up|end the call)|stay on the line)\b",
        ],
        "vi": [
            r"\bnếu (?:bạn |quý khách |anh |chị )?không (?:cập nhật|xác minh|xác thực|thanh toán|phản hồi|liên hệ)\b",
            r"\b(?:không được|đừng|không) (?:tắt máy|cúp máy|ngắt máy|ngắt cuộc gọi)\b",
        ],
        "id": [
            r"\b(?:jika|apabila|kalau) (?:anda )?tidak (?:segera )?(?:diperbarui|memperbarui|verifikasi|diverifikasi|dibayar|membayar|merespon)\b",
            r"\bjangan (?:tutup|matikan|putuskan) (?:telepon(?:nya)?|panggilan|sambungan)\b",
        ],
        "ms": [
            r"\b(?:jika|sekiranya|kalau) (?:maklumat |anda )?(?:tidak|tak) (?:dikemaskini|dikemas kini|mengemaskini|disahkan|dibayar|membayar)\b",
            r"\bjangan (?:letak|tutup|matikan|putuskan) (?:telefon|panggilan|talian)\b",
        ],
        "ar": [
            # (not "إذا لم تقم بهذه العملية": "if you did not make this transaction" (or "this change", "that") is a
            # bank's notice of the user's own action, ``NOT_YOU``, and sets no deadline; an order "placed in your name"
            # with a number to cancel it, the fake-order callback lure, stays urgent)
            r"(?:والا سيتم|وإلا سيتم|في حال عدم (?:التحديث|التاكيد|السداد|الدفع)|"
            r"اذا لم (?:تقم(?! ب(?:هذه العملية|هذا الإجراء|هذا التغيير|ذلك)(?![\u0621-\u064a]))|تحدث|تدفع|تسدد))",
            r"(?:لا|ما) (?:تغلق|تقفل|تسكر) (?:الخط|المكالمة|الاتصال)",
        ],
        "zh": [
            r"(?:否则(?:将|会|账户|账号|您的)|如不(?:及时)?(?:处理|认证|验证|缴纳|更新))",
            r"(?:不要|别|不可|不能)挂(?:断)?电话|保持通话",
        ],
        "th": [
            r"(?:มิฉะนั้น|หากไม่(?:ดำเนินการ|ยืนยัน|ชำระ|อัปเดต|อัพเดท))",
            r"(?:ห้าม|อย่า)(?:เพิ่ง)?วางสาย",
        ],
    },
    # A boss, a boss's secretary or a relative who introduces themself ("this is your GM", "ini sekretaris Pak
    # Direktur", "我是你领导") or writes from a new or borrowed account ("lập nick mới", "加我这个新微信", "using a
    # friend's phone"): real colleagues and relatives do not announce who they are to the person they write to.
    S.IMPERSONATION: {
        "en": [
            r"\b(?:it'?s me|this is me)\b[^.!?\n]{0,20}\bnew (?:number|phone)\b|\b(?:old|my) phone (?:got |is |was )?(?:smashed|broke|broken|died|dead|stolen|lost)\b",
            r"\b(?:this is|it'?s|i'?m|i am|here is) your (?:boss|gm|general manager|ceo|cfo|coo|director|manager|md|managing director|supervisor|nephew|niece|grandson|granddaughter|cousin)\b[^\n]{0,160}?(?:\b(?:transfer|send|wire|pay|buy|gift ?cards?|vouchers?|codes?|money|cash|lend|payment)\b|حول|ارسل|تحويل)",
            r"\b(?:(?:i'?m |i am )?using (?:a |my )?(?:friend'?s|mate'?s|colleague'?s|classmate'?s) (?:phone|number|whatsapp)|my new (?:whatsapp|wechat|telegram|line|signal)(?: number| account| id)?)\b",
        ],
        "vi": [
            r"\b(?:zalo|facebook|fb|nick|tài khoản) (?:cũ )?(?:của (?:tao|tôi|em|anh|chị|mình) )?(?:bị )?(?:mất|hack|khóa)\b[^.!?\n]{0,40}\b(?:nick|tài khoản|zalo|số) mới\b|\blập (?:nick|zalo|tài khoản|facebook|fb) mới\b|\bđây là (?:nick|zalo|fb) mới\b",
            r"\b(?:em|tôi|mình) là (?:thư ký|trợ lý) (?:của )?(?:sếp|giám đốc|tổng giám đốc|chủ tịch|tổng)\b",
        ],
        "id": [
            r"\b(?:ini|saya) (?:[^\s]+ )?(?:sekretaris|asisten|ajudan|sekpri) (?:pak|bu|bapak|ibu) (?:direktur|dirut|bos|ceo|kepala|manajer|pimpinan)\b|\bini (?:bos|atasan|direktur|pimpinan) ?(?:mu|kamu|anda)\b",
            r"\b(?:pakai|pinjam) (?:hp|nomor|wa) (?:teman|temen|kawan)\b|\b(?:wa|whatsapp) (?:aku|saya|gue) (?:yang )?baru\b",
        ],
        "ms": [
            r"\b(?:saya|ini) (?:[^\s]+ )?(?:setiausaha|pembantu peribadi|pa) (?:kepada )?(?:bos|pengarah|datuk|dato'?|tan sri|ceo)\b|\bini (?:bos|pengarah) (?:awak|kau|anda)\b",
            r"\bguna (?:telefon|fon|hp|nombor) kawan\b|\b(?:whatsapp|wechat|telegram) baru (?:saya|aku)\b",
        ],
        "ar": [
            r"(?:انا|معك|هذا|هنا) (?:مديرك|المدير العام|مدير الشركة|سكرتير المدير|سكرتيرة المدير|مساعد المدير|مساعدة المدير|ابن اخيك|ابن اختك)",
            r"(?:هذا|هذي) (?:واتسابي|حسابي) الجديد",
        ],
        "zh": [
            r"(?:我是你|我係你)(?:的)?(?:[^\s，。！？]{1,2}总|领导|老板|经理|主管|老总|局长|处长|科长|校长|小学同学|初中同学|高中同学|大学同学|老同学|表哥|表弟|表姐|表妹|侄子|外甥|舅舅|姑父)",
            r"(?:加我|添加我)(?:这个|的)?新(?:微信|号|qq|line|账号)|这是我(?:的)?新(?:微信|账号|line)",
            r"(?:出了?车祸|撞了人|被(?:警察)?抓了?|被拘留)[^。！？]{0,30}不敢(?:跟|和|告诉)",
            r"(?:联系|致电|拨打)[^\s，。！？]{0,12}(?:公安局|派出所|检察院|法院|警务处)[^\s，。！？]{0,6}(?:警官|民警|检察官|法官|警员)",
        ],
        "th": [
            r"(?:ไลน์|line|เฟส|เฟซ)(?:เก่า)?(?:ของ)?(?:ผม|หนู|พี่|ฉัน)?(?:โดน|ถูก)(?:แฮก|แฮ็ก|ล็อก|ล็อค|ปิด)[^\s]{0,30}(?:ไลน์ใหม่|บัญชีใหม่|ไอดีใหม่)|(?:นี่|นี้)(?:คือ)?ไลน์ใหม่(?:ของ)?(?:ผม|หนู|พี่|ฉัน)|เปลี่ยนไลน์ใหม่",
            r"(?:ผม|ฉัน|ดิฉัน|หนู)(?:เป็น)?เลขา(?:นุการ)?(?:ของ)?(?:ผู้จัดการ|ผอ|ท่านประธาน|บอส|ผู้บริหาร|ซีอีโอ)",
        ],
    },
}
for _signal, _by_lang in _EXTRA.items():
    for _lang, _patterns in _by_lang.items():
        PATTERNS[_signal].setdefault(_lang, []).extend(_patterns)

# Scam tactics of the later blind corpus rounds, each a class in every language it applies to (the tables below
# are merged into PATTERNS after them). A window that lets an amount's thousands dots through ("thanh toán
# 1.450.000đ tại …", "bayar Rp 15.000 di …"): the dot of "[^.!?\n]" otherwise ends the clause at the amount.
_AMOUNT_WINDOW = r"(?:[^.!?\n]|(?<=\d)[.,](?=\d))"
# Classic UK / Singapore premium-rate SMS spam (the 2010-era "FreeMsg", ringtone, chat-line and prize texts), in
# its own shorthand ("2 claim", "4 FREE", "call2optout"). Each entry is a wording such services use and people
# texting each other do not: a friend's "txt me" or "free tonight?" has none of them.
_UK_PREMIUM_SMS: dict[S, dict[str, list[str]]] = {
    # Paid SMS services: the opt-out footer written in text-speak ("call2optout", "2stoptxt", "2 stop txt STOP",
    # "unsub stop", "TEXT YES for callback, no to remove from records"); a ringtone, game or "mobile content"
    # order or delivery notice; a dating or chat line ("1000s of girls flirting now", "reply with your age and
    # gender", "txt HORO followed by ur star sign"); a quiz answered by text ("send A, B or C"); a keyword texted
    # to "No: 8xxxx" or replied "4 more offers".
    S.PREMIUM_RATE: {
        "en": [
            r"\b(?:call ?2 ?opt ?out|2 ?opt ?out|2 ?stop ?txt|2 stop,? (?:txt|text|reply|send)|"
            r"unsub(?:scribe)?,? (?:txt |text |reply |send )?stop|to remove from (?:our )?records|opt ?out ?txt)\b",
            r"\b(?:txt|text|reply|send) (?:yes|y) (?:for|4) (?:a )?call ?back\b",
            r"\b(?:you(?:'ve| have)? (?:ordered|received|purchased) (?:a |your |the )?(?:new )?(?:ring ?tone|mobile "
            r"content|wallpaper|logo|java game|polyphonic)|(?:your|ur) (?:mobile content|adult (?:video|content))|"
            r"adult (?:18 )?content|new (?:ring ?)?tones (?:this week|include|out now)|mobile (?:content|music) service)\b",
            r"\b(?:ring ?tone|tone|wallpaper|logo|game)s? (?:on|4) (?:ur|your) (?:phone|mobile|fone)\b",
            r"\b(?:\d+.?s|hundreds|thousands|loads|lots) of (?:girls|singles|women|ladies|babes|guys|men) "
            r"(?:flirting|waiting|looking|online|near)|\bgirls waiting for (?:you|your|u)\b|\bfilthy (?:stories|girls|"
            r"pics|chat)\b|\brude time\b|\bflirting now\b|\b(?:discreet|casual) (?:action|fun|encounters?)\b",
            r"\b(?:txt|text|reply|send)\b[^.!?\n]{0,30}\b(?:ur|your) (?:star ?sign|age (?:and|&) gender|name (?:&|and) "
            r"age)\b|\b(?:followed by|\+|&|and) (?:ur|your) (?:star ?sign|age (?:and|&) gender|name (?:&|and) age)\b",
            r"\b(?:txt|text|reply|send|answer) (?:a|1), ?(?:b|2),? (?:or|/) (?:c|3)\b",
            r"\b(?:txt|text|send|reply)\b:?[^.!?\n]{0,30}\bto (?:no|number|num)\.?:? ?\d{5}(?!\d)",
            r"\b(?:reply|replying|txt|text|send) (?:with )?['\"]?[a-z0-9]+['\"]? (?:4|for) (?:more|mre) (?:\w+ )?offers\b",
            # a content-subscription club, and a UK "personal number" (070 + 8 digits, charged like a premium line
            # and given as a number to call back: "please call 070… to re-schedule"); a Vietnamese 070 mobile has
            # 10 digits, not 11. (Patterns are lowercased by fold_pattern: no "\W", "\D" or "\S" in them.)
            r"\bmobile club\b|(?<![\d+])(?:\+44 ?|0)70(?:[ -]?\d){8}(?!\d)",
        ],
    },
    # A service notice with nothing in it but a number to call: "you have an important customer service
    # announcement", "you have 1 new message. Call 0207…" (a carrier's own voicemail notice names its short
    # number, not a full landline).
    S.IMPERSONATION: {
        "en": [
            r"\b(?:important )?customer service announcement\b",
            r"\byou have (?:\d+|an?|one) (?:new |unread |urgent )?(?:voice ?mail|voice message|message|msg)s?"
            r"[.,:;!\s-]+(?:please )?(?:call|ring|dial)\b[^.!?\n]{0,10}(?:\+44|0)\d[\d -]{8,}",
        ],
    },
    # Prizes and free gifts of those services: a new handset or minutes bundle "for FREE" ("750 anytime any network
    # mins", "double mins", "had your mobile 11 mths? entitled to update"), a compensation sum "you may be entitled
    # to", a loan to anyone refused credit, "2 claim", "claim ur holiday", free call credit, a cash give-away, a free
    # game, tone or wallpaper ("FREE>Ringtone"), "activate your 500 free texts", "win the latest …".
    S.PRIZE_LURE: {
        "en": [
            r"(?<!\d)\d+ (?:free )?(?:anytime|any ?network|cross ?n(?:e)?twk|cross network|inclusive) (?:[a-z]+ ){0,2}"
            r"(?:mins|minutes)\b|\b\d+ free (?:mins|minutes|texts|txts) (?:to )?any\b|\bdouble (?:mins|minutes)\b|"
            r"\bhalf price line rental\b|\b(?:had|have) (?:your|ur) (?:contract )?(?:mobile|phone) (?:for )?\d+ ?(?:mths|"
            r"months|mnths|mnth)\b|\bentitled to (?:an? )?(?:update|upgrade) to\b|\bfree (?:camcorder|bluetooth|line rental)\b",
            r"\b(?:entitled to|owed|due)\b[^.!?\n]{0,30}(?:£\s?\d|\d+ pounds|\d+ gbp)[^.!?\n]{0,30}\b(?:compensation|"
            r"refund|pay ?out)\b",
            r"\b(?:refused a loan|(?:can.?t|cannot|unable to) get (?:a )?(?:loan|credit)|loans? for any purpose|"
            r"homeowners? (?:\+|&|and) tenants|secured or unsecured|unsecured or secured)\b",
            r"\b2 claim\b|\bclaim (?:ur|your|yr) (?:[a-z]+ ){0,2}(?:holiday|break|vouchers?|cruise|award)\b|"
            r"\bfree (?:call |mobile |airtime )?credit\b|\bcash give ?away\b|\bwin (?:the|a) (?:newest|latest)\b",
            r"\bfree (?:games?|wallpapers?|logos?|polyphonic|ring ?tones?|tones?)\b|\bfree ?[>:!\-]+ ?ring ?tones?\b|"
            r"\bactivate (?:your|ur) \d+ free\b",
        ],
    },
}
_LINK_CODE_AND_DESK: dict[S, dict[str, list[str]]] = {
    # Pay, renew or redeem through a link (counted only with a link that is not official, checker.py): a domain
    # or service renewal, points to redeem, a fee with an amount written with thousands dots.
    S.LINK_ACTION: {
        "en": [
            rf"\b(?:update|verify|confirm|pay|settle|renew|redeem|claim)\b{_AMOUNT_WINDOW}{{0,60}}\b(?:at|via|here|below|link|on)(?:\s|$|:)"
        ],
        "vi": [
            rf"(?<!không )(?<!đừng )(?<!ko )(?<!mã )(?<!xác )\b(?:cập nhật|xác minh|xác nhận|đăng nhập|thanh toán|nộp|gia hạn|đổi điểm|đổi quà|nhận)\b{_AMOUNT_WINDOW}{{0,60}}\b(?:tại|qua|link|đường dẫn)\b"
        ],
        "id": [
            rf"\b(?:perbarui|verifikasi|konfirmasi|bayar|perpanjang|tukarkan|tukar poin|klaim)\b{_AMOUNT_WINDOW}{{0,60}}\b(?:di|melalui|lewat|link|tautan)\b"
        ],
        "ms": [
            rf"\b(?:kemaskini|kemas kini|sahkan|bayar|perbaharui|tebus)\b{_AMOUNT_WINDOW}{{0,60}}\b(?:di|melalui|pautan|link)\b"
        ],
        "ar": [r"(?:جدد|تجديد|استبدل|استبدال|ادفع|سدد)[^.!؟\n]{0,60}(?:عبر|على الرابط|الرابط|من خلال|على موقع)"],
        "zh": [r"(?:点击|登录|登陆|访问|打开)[^。！？]{0,20}(?:兑换|续费|续期)"],
        "th": [r"(?:แลก|ต่ออายุ)[^\s]{0,20}(?:ที่|ผ่าน|คลิก|ลิงก์|ลิงค์)"],
    },
    # "Reply with the code sent to you to avoid suspension" and "give our staff the verification code when they
    # call": both ask for the one-time code (الرد بالرمز المرسل, تزويده برمز التحقق, ตอบกลับด้วยรหัส, ส่งรหัส…มาที่).
    S.OTP_REQUEST: {
        "ar": [rf"(?:الرد|بالرد|رد|ردي|تزويد|بتزويد)[^\s]*(?:\s+[^\s]+){{0,3}}?\s+{_AR_CODE}"],
        "th": [
            rf"(?:ตอบกลับ|พิมพ์ตอบ)(?:ด้วย|มา)?[^\s]{{0,8}}{_TH_CODE}(?!ไปรษณีย์|สินค้า|ส่วนลด|โปรโมชั่น|พัสดุ)",
            rf"ส่ง{_TH_CODE}(?!ไปรษณีย์|สินค้า|ส่วนลด|โปรโมชั่น|พัสดุ)[^\s]{{0,25}}มาที่",
        ],
        "vi": [
            rf"\b(?:trả lời|phản hồi)\s+(?:bằng|với|kèm)\s+{_VI_CODE}\b(?! (?:khuyến mãi|km|ưu đãi|giảm giá|sản phẩm|đơn hàng|dự thưởng))"
        ],
    },
    # An attached web page to open and log in to ("open Salary_2027.html and log in with your work e-mail"): a
    # file named *.html/*.htm/*.shtml (a name, not a link's path) or an "HTML attachment", and a login in the same
    # sentence, either order. A real notice links to the company portal; it does not ship a login page.
    S.PASSWORD_REQUEST: {
        "en": [
            r"(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|\bhtml (?:file|attachment|document)\b)[^.!?;\n]{0,80}(?<!\bno )(?<!\btanpa )(?<!\bperlu )(?<!\bcần )\b(?:log ?in|sign ?in|login)\b",
            r"\b(?:log ?in|sign ?in|login)\b[^.!?;\n]{0,60}(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|\bhtml (?:file|attachment|document)\b)",
        ],
        "vi": [
            r"(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|\b(?:file|tệp) html\b)[^.!?;\n]{0,80}(?<!\bno )(?<!\btanpa )(?<!\bperlu )(?<!\bcần )\b(?:đăng nhập|login)\b",
            r"\b(?:đăng nhập|login)\b[^.!?;\n]{0,60}(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|\b(?:file|tệp) html\b)",
        ],
        "id": [
            r"(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|\b(?:file|berkas|lampiran) html\b)[^.!?;\n]{0,80}(?<!\bno )(?<!\btanpa )(?<!\bperlu )(?<!\bcần )\b(?:login|log in|masuk)\b",
            r"\b(?:login|log in)\b[^.!?;\n]{0,60}(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|\b(?:file|berkas|lampiran) html\b)",
        ],
        "ms": [
            r"(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|\b(?:fail|lampiran) html\b)[^.!?;\n]{0,80}(?<!\bno )(?<!\btanpa )(?<!\bperlu )(?<!\bcần )\b(?:log masuk|login)\b",
            r"\b(?:log masuk|login)\b[^.!?;\n]{0,60}(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|\b(?:fail|lampiran) html\b)",
        ],
        "ar": [
            r"(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|ملف html|مرفق html)[^.!؟;\n]{0,80}(?:سجل|تسجيل|بتسجيل) (?:ال)?دخول",
            r"(?:سجل|تسجيل|بتسجيل) (?:ال)?دخول[^.!؟;\n]{0,60}(?:(?<![^\s\"'“(:])[\w-]+\.s?html?\b|ملف html|مرفق html)",
        ],
        "zh": [
            r"(?:[\w-]+\.s?html?(?![a-z])|html(?:附件|文件|网页))[^。！？]{0,40}(?:登录|登陆|输入(?:账号|密码|邮箱))",
            r"(?:登录|登陆)[^。！？]{0,30}(?:[\w-]+\.s?html?(?![a-z])|html(?:附件|文件|网页))",
        ],
        "th": [
            r"(?:[\w-]+\.s?html?(?![a-z])|(?:ไฟล์|ไฟล์แนบ)html)[^\s]{0,40}(?:ล็อกอิน|ล็อคอิน|เข้าสู่ระบบ|login)",
            r"(?:ล็อกอิน|ล็อคอิน|เข้าสู่ระบบ|login)[^\s]{0,30}(?:[\w-]+\.s?html?(?![a-z])|(?:ไฟล์|ไฟล์แนบ)html)",
        ],
    },
    # A "real call centre" or support desk reached on a chat app ("ติดต่อ Callcenter ตัวจริงทางไลน์ @…-support24"):
    # a bank's hotline is a phone number or its own app, not a LINE or Telegram handle.
    S.OFF_PLATFORM: {
        "th": [r"(?:ติดต่อ|แชท|ทัก)[^\n.!?]{0,30}?ทาง(?:ไลน์|line|เทเลแกรม|telegram|วอทส์แอป|whatsapp)"],
        "en": [
            r"\b(?:real|genuine|official|actual) (?:call ?cent(?:er|re)|customer (?:service|care|support)|support(?: team)?|help ?desk)\b[^.!?\n]{0,30}\b(?:on|via|at) (?:line|telegram|whatsapp|wechat|signal|viber)\b"
        ],
        "ar": [r"(?:تواصل|راسلنا|راسلني|اضفني|كلمنا)[^\s]*\s+(?:[^\s]+\s+){0,2}?(?:لاين|line)"],
        "zh": [r"(?:客服|官方|人工)[^。！？]{0,10}(?:line|telegram|whatsapp|飞机)[:：]?@"],
    },
}
# "Quishing": a QR code sent in an e-mail or attachment (not one at a counter or on a product), to scan and then
# log in to the bank, confirm a salary, or pay a fine, tax or duty. _QR_SENT is a QR code next to the attachment
# or e-mail it came in (either order); the action may follow in the next sentence ("after scanning, log in").
_EN_QR_SENT = r"(?:\bqr\b[^.!?\n]{0,30}\b(?:attach\w*|e-?mail|pdf)\b|\b(?:attach\w*|e-?mail)[^.!?\n]{0,30}\bqr\b)"
_VI_QR_SENT = r"(?:\bqr\b[^.!?\n]{0,30}\b(?:đính kèm|trong (?:email|thư|tệp|file))\b|\bđính kèm[^.!?\n]{0,30}\bqr\b)"
_ID_QR_SENT = r"(?:\bqr\b[^.!?\n]{0,30}\b(?:terlampir|lampiran|(?:di|dalam) (?:email|e-mail|surel|pdf))\b|\b(?:terlampir|lampiran)[^.!?\n]{0,30}\bqr\b)"
_MS_QR_SENT = r"(?:\bqr\b[^.!?\n]{0,30}\b(?:lampiran|dilampirkan|dalam (?:e-?mel|emel|email|pdf))\b|\b(?:lampiran|dilampirkan)[^.!?\n]{0,30}\bqr\b)"
_ZH_QR_SENT = r"(?:(?:附件|邮件|邮箱)[^。！？]{0,12}(?:二维码|qr)|(?:二维码|qr)[^。！？]{0,12}(?:附件|邮件))"
_TH_QR_SENT = r"(?:(?:qr|คิวอาร์)[^\s]{0,20}(?:ไฟล์แนบ|แนบ|อีเมล)|(?:ไฟล์แนบ|อีเมล)[^\s]{0,20}(?:qr|คิวอาร์))"
_AR_QR_SENT = r"(?:(?:qr|الباركود|رمز الاستجابة)[^.!؟\n]{0,30}(?:المرفق|مرفق|البريد|الايميل)|(?:المرفق|البريد|الايميل)[^.!؟\n]{0,30}(?:qr|الباركود|رمز الاستجابة))"
# Classes from the English misses of round 24 and the read English rounds; merged into PATTERNS with the tables below.
# "Hi Mum, dropped my phone in the loo, this is my new number, save it": a parent addressed by a child with no name,
# a new number and the old phone destroyed, then the opening ask (save it, a favour, text me, are you free).
_EN_PARENT = r"(?:mum|mom|mam|ma|mama|mummy|mommy|dad|daddy|papa|pa)"
_EN_PHONE_GONE = r"(?:dropped|drop|fell|fallen|broke|broken|smashed|cracked|died|dead|stolen|toilet|loo|water)"
_EN_OPENING_ASK = (
    r"(?:save (?:it|this|me|my)|favou?r|help|text me|message me|whatsapp|are you (?:busy|free|there|around|up)|"
    r"when you(?:'re| are)? free|get a sec|drop me a)"
)
# Classes from the English misses of round 25. "Dad, new number, lost my phone, can you WhatsApp me": the parent
# addressed with no name, a new number, the phone lost or stolen, and a push to carry on in WhatsApp (the scam moves
# there before it asks for anything). A child who writes from a new number names themselves ("Mum it's Jack, lost my
# phone") or says when they will see the parent; neither pushes the chat elsewhere.
_EN_PHONE_LOST = (
    r"(?:\b(?:lost|lose|misplaced|left) (?:my |the |me )?(?:phone|mobile|cell|handphone)\b|"
    r"\b(?:phone|mobile|cell) (?:is |got |was |has been |went )?(?:lost|gone|missing|stolen|nicked|taken)\b)"
)
_EN_WHATSAPP_PUSH = (
    r"(?:\b(?:whats ?app|wa) me\b|\b(?:message|text|msg|chat|add|contact|reach|ping|hit) me\b[^.!?\n]{0,25}?\b(?:on|via|in|"
    r"through|over) (?:whats ?app|wa)\b|\b(?:move|switch|go|come|jump) (?:over )?(?:to|on) whats ?app\b)"
)
# "Sorry, wrong number, I was looking for Jason… are you in Hong Kong too?": the stranger's "wrong number" that keeps
# the chat going by asking where the reader lives, the opener of a romance or investment scam. A real mistake ends
# with an apology or asks after the person meant, not whether the stranger lives in the same city.
_EN_WRONG_NUMBER = (
    r"\b(?:wrong (?:number|person|contact|chat|no\b)|(?:sent|texted|messaged|added)\b[^.!?\n]{0,15}\bto the wrong)\b"
)
_EN_WHERE_YOU_LIVE = (
    r"(?:\b(?:are|r) (?:you|u) (?:also )?(?:(?:living|staying|working|based|located) )?(?:in|from|at) "
    r"(?:[^\s.!?\n]+ ){0,2}?[^\s.!?\n]+ (?:too|as well|also) ?\?|\bdo (?:you|u) (?:also )?(?:live|stay|work) in\b|"
    r"\bwhich (?:city|country|part of (?:town|the city)) (?:are|do) (?:you|u)\b)"
)
_EN_LOST_PHONE_PARENT = (
    rf"^[^a-z0-9]*(?:(?:hi|hey|hello|hiya)[^a-z0-9]+)?{_EN_PARENT}\b"
    r"(?=(?s:.){0,200}?\bnew (?:number|no\b|phone number|mobile number|phone|mobile)\b)"
    rf"(?=(?s:.){{0,200}}?{_EN_PHONE_LOST})"
    # (not the warning about it, nor the child who names themselves: "Mum it's Ellie, lost my phone")
    r"(?!(?s:.)*\b(?:if (?:anyone|someone|somebody|anybody)|it'?s not me|it isn'?t me|it wasn'?t me)\b)"
    r"(?!(?s:.){0,80}?\b(?:it'?s|this is) (?!(?:me|my|your|the|a|an|not|so|just|really|urgent|important|gone|"
    r"lost|broken|dead|stolen|new|about)\b)[a-z]+\b)"
)
_EN_R25_LOST_PHONE_OPENERS_AND_WRONG_NUMBER_CHATS: dict[S, dict[str, list[str]]] = {
    # (the push to WhatsApp is also the off-platform move itself: the parent is taken to a chat the scam controls)
    S.OFF_PLATFORM: {"en": [rf"{_EN_LOST_PHONE_PARENT}(?s:.){{0,250}}?{_EN_WHATSAPP_PUSH}"]},
    S.IMPERSONATION: {
        "en": [
            rf"{_EN_LOST_PHONE_PARENT}(?=(?s:.){{0,250}}?{_EN_WHATSAPP_PUSH})",
            rf"{_EN_WRONG_NUMBER}(?s:.){{0,200}}?{_EN_WHERE_YOU_LIVE}",
        ],
    },
    # An invitation to a "VIP club" of selected members that trades or gets shares ("VIP Club: IPO allocation for
    # selected members, deposit via our app"): a shop's VIP club offers discounts and points, not shares or returns.
    S.INVESTMENT_LURE: {
        "en": [
            r"\b(?:vip|exclusive|private|elite|insider|investors?|investment|trading|stock|wealth) (?:[a-z]+ )?(?:club|circle|"
            r"group)\b(?s:.){0,150}?\b(?:ipo|shares|stocks|allocations?|trading signals|signals|returns|profits?)\b",
        ],
        "ms": [
            r"\b(?:kelab|kumpulan|group|club) (?:vip|eksklusif|elit|pelabur|pelaburan|saham|dagangan)\b(?s:.){0,150}?\b"
            r"(?:ipo|saham|peruntukan|isyarat|pulangan|keuntungan|untung)\b",
        ],
        "id": [
            r"\b(?:klub|kelompok|grup|group|club) (?:vip|eksklusif|elit|investor|investasi|saham|trading)\b(?s:.){0,150}?\b"
            r"(?:ipo|saham|jatah|sinyal|imbal hasil|keuntungan|profit|cuan)\b",
        ],
    },
}
_EN_R24_NEW_NUMBERS_SUPPLIER_BANK_CHANGES_AND_PC_TECHNICIANS: dict[S, dict[str, list[str]]] = {
    S.IMPERSONATION: {
        "en": [
            rf"^[^a-z0-9]*(?:(?:hi|hey|hello|hiya)[^a-z0-9]+)?{_EN_PARENT}\b(?=(?s:.){{0,200}}?\bnew (?:number|no\b|phone number))"
            rf"(?=(?s:.){{0,200}}?\b(?:my |old |the )?phone\b[^.!?\n]{{0,30}}?\b{_EN_PHONE_GONE}\b|(?s:.){{0,200}}?\b"
            rf"{_EN_PHONE_GONE}\b[^.!?\n]{{0,10}}?\b(?:my |the )?phone\b)(?=(?s:.){{0,250}}?\b{_EN_OPENING_ASK}\b)"
            # (not the warning about it: "Dad, if anyone texts that their phone broke and it's a new number, it isn't me")
            r"(?!(?s:.)*\b(?:if (?:anyone|someone|somebody|anybody)|it'?s not me|it isn'?t me|it wasn'?t me)\b)",
        ],
    },
    S.PAYMENT_REQUEST: {
        "en": [
            # a supplier's bank details "changed", the invoices to be paid to the new account
            # (announced by the supplier as its own: "please note our bank details have changed"; a colleague's report of
            # such an e-mail, "they got an email saying our bank details changed, I told them to hold payment", is none)
            r"\b(?:please|kindly) (?:note|be (?:advised|informed))\b[^.!?\n]{0,25}?\b(?:our|the|my) (?:company(?:'s)? )?"
            r"(?:bank(?:ing)?|account|payment|remittance) details (?:have |has )?(?:changed|been (?:changed|updated)|"
            r"are changing)\b(?s:.){0,160}?\b(?:remit|remitted|settle|settled|paid|pay|payments?|transfer|process)\b"
            r"(?!(?s:.)*\b(?:hold (?:the )?payment|not from us)\b)",
            r"\b(?:remit|settle|pay|process|transfer)\b[^.!?\n]{0,60}?\b(?:invoices?|inv-?\d+|payments?)\b[^.!?\n]{0,60}?\b"
            r"(?:to|into) (?:our|the) new (?:bank |account|details)",
            # the boss in a meeting who cannot talk and needs a payment processed now
            r"\b(?:in a (?:board |client )?meeting|can'?t (?:talk|take calls)|in meetings)\b(?s:.){0,120}?\b(?:process|make|"
            r"send|release|wire|pay)\b[^.!?\n]{0,25}?\b(?:urgent |quick )?(?:vendor |supplier |wire |bank )?(?:payment|"
            r"transfer)\b",
        ],
    },
    S.REMOTE_ACCESS: {
        "en": [
            # a refund or support "technician" who will connect to the reader's computer
            r"\b(?:technician|engineer|agent|specialist|support team|tech support)\b[^.!?\n]{0,30}?\b(?:will|can|needs? to|must)"
            r" (?:connect|log ?in|get|dial) (?:to|into|in to) your (?:pc|computer|laptop|device|machine)\b",
            # a computer "infected" or its licence "expired", fixed by calling a support helpline
            r"\b(?:your (?:computer|pc|laptop)|windows|microsoft)\b(?s:.){0,80}?\b(?:infected|trojan|spyware|licen[cs]e "
            r"(?:has )?expired|at risk)\b(?s:.){0,120}?\bcall\b[^.!?\n]{0,50}?\b(?:support|helpline|help line|help desk|"
            r"technicians?|toll[- ]?free)\b",
        ],
    },
}
_QR_AND_ATTACHMENT: dict[S, dict[str, list[str]]] = {
    S.PASSWORD_REQUEST: {
        "en": [
            rf"{_EN_QR_SENT}(?s:.){{0,120}}?\b(?:log ?in|sign ?in|online banking|bank(?:ing)? (?:app|account|login)|salary|payroll)\b",
            rf"\b(?:log ?in|sign ?in|salary|payroll)\b[^.!?\n]{{0,60}}{_EN_QR_SENT}",
        ],
        "vi": [
            rf"{_VI_QR_SENT}(?s:.){{0,120}}?\b(?:đăng nhập|tài khoản ngân hàng|ngân hàng điện tử|lương)\b",
            rf"\b(?:đăng nhập|lương)\b[^.!?\n]{{0,60}}{_VI_QR_SENT}",
        ],
        "id": [
            rf"{_ID_QR_SENT}(?s:.){{0,120}}?\b(?:login|masuk ke (?:akun|rekening|m-?banking|internet banking)|m-?banking|internet banking|gaji)\b",
            rf"\b(?:login|gaji)\b[^.!?\n]{{0,60}}{_ID_QR_SENT}",
        ],
        "ms": [
            rf"{_MS_QR_SENT}(?s:.){{0,120}}?\b(?:log masuk|login|perbankan internet|gaji)\b",
            rf"\b(?:log masuk|gaji)\b[^.!?\n]{{0,60}}{_MS_QR_SENT}",
        ],
        "zh": [
            rf"{_ZH_QR_SENT}[^。！？]{{0,30}}(?:登录|登陆|登入|网银|工资|薪资)|(?:登录|登陆|登入|网银|工资|薪资)[^。！？]{{0,20}}{_ZH_QR_SENT}"
        ],
        "th": [rf"{_TH_QR_SENT}[^\s]{{0,40}}(?:ล็อกอิน|เข้าสู่ระบบ|เงินเดือน|ธนาคาร)"],
        "ar": [rf"{_AR_QR_SENT}(?s:.){{0,100}}?(?:سجل|تسجيل|بالبنك|البنك|حسابك البنكي|الراتب|راتبك)"],
    },
    S.PAYMENT_REQUEST: {
        "en": [
            rf"{_EN_QR_SENT}(?s:.){{0,100}}?\b(?:fine|penalty|duty|tax|toll)\b|\b(?:fine|penalty|duty|toll)\b[^.!?\n]{{0,60}}{_EN_QR_SENT}"
        ],
        "vi": [rf"{_VI_QR_SENT}(?s:.){{0,100}}?\b(?:phạt|thuế|phí)\b|\b(?:phạt|thuế)\b[^.!?\n]{{0,60}}{_VI_QR_SENT}"],
        "id": [
            rf"{_ID_QR_SENT}(?s:.){{0,100}}?\b(?:denda|pajak|bea|tilang)\b|\b(?:denda|pajak|tilang)\b[^.!?\n]{{0,60}}{_ID_QR_SENT}"
        ],
        "ms": [
            rf"{_MS_QR_SENT}(?s:.){{0,100}}?\b(?:saman|denda|cukai|kompaun)\b|\b(?:saman|denda|kompaun)\b[^.!?\n]{{0,60}}{_MS_QR_SENT}"
        ],
        "zh": [rf"{_ZH_QR_SENT}[^。！？]{{0,30}}(?:罚款|罚金|关税|税款|滞纳金)"],
        "th": [rf"{_TH_QR_SENT}[^\s]{{0,40}}(?:ค่าปรับ|ภาษี)"],
        "ar": [rf"{_AR_QR_SENT}(?s:.){{0,100}}?(?:غرامة|الغرامة|المخالفة|ضريبة|الضريبة|الجمارك)"],
    },
}
# An official fee (customs duty, tax, a fine, a delivery fee) paid to a phone number's e-wallet ("via GCash to
# 0927…", "qua ví ZaloPay 0942…", "على فودافون كاش 0106…") or to a personal account ("STK cá nhân", "个人账户"):
# customs, tax offices and couriers are paid through their own channels, never into a person's wallet or account.
# _WALLET_NUMBER is an e-wallet named right before a phone number (a wallet's bill-payment menu has no number).
_WALLET = (
    r"(?:gcash|paymaya|zalopay|momo|viettel ?money|dana|ovo|gopay|shopeepay|linkaja|vodafone cash|instapay|"
    r"truemoney|touch ?'?n ?go|tng|grabpay|boost|promptpay|stc ?pay|urpay|zain ?cash|فودافون كاش|انستاباي|اورنج كاش|زين كاش|اس تي سي باي|ทรูมันนี่|พร้อมเพย์)"
)
_WALLET_NUMBER = rf"{_WALLET}\s?(?:wallet|ewallet|e-wallet)?[\s:(-]{{0,3}}(?:(?:to|ke|vào|no|number|số|nomor|nombor|رقم|للرقم|الرقم|على الرقم|เบอร์)\.?[\s:]{{0,2}}){{0,2}}\+?\d[\dx]{{3,}}(?:[ .-]?[\dx]{{3,}}){{0,2}}"
_PERSONAL_ACCOUNT = (
    r"(?:\bpersonal (?:bank )?(?:account|paypal|wallet|gcash)\b|\b(?:tài khoản|stk|tk|số tài khoản) cá nhân\b|"
    r"\brek(?:ening)? pribadi\b|\bakaun (?:peribadi|persendirian)\b|บัญชีส่วนตัว|(?:ال)?حساب (?:ال)?شخصي|个人(?:账户|账号|帐户|银行卡)|私人(?:账户|账号))"
)
# The window between the fee and the wallet stops at a statement of a payment already made ("… has been deducted
# from Touch 'n Go 6014 …", "đã trừ", "已扣"): a receipt, not a request.
_FEE_WINDOW = (
    r"(?:(?!\b(?:has|have|was|were|been|telah|sudah|dah|đã|refunded|deducted|debited|charged|paid|ditolak|dipotong)\b)"
    r"(?:[^.!?\n]|(?<=\d)[.,](?=\d)))"
)
# Round-24 Chinese classes: the "new number" opener in Cantonese and Traditional characters ("我換咗新號碼",
# "呢個係我新號碼") and the phone said to be broken or lost, the writer on a friend's phone ("我部電話壞咗，用緊朋友部
#機"), each only with a favour, a matter to tell, money or a code asked after it (a friend telling a new number for
# dinner asks nothing).
_ZH_NEW_NUMBER_ASK = (
    r"(?=[^\n]{0,100}?(?:帮个忙|幫個忙|帮忙|幫忙|帮手|幫手|帮我|幫我|有(?:点|點|个|個|件|啲)(?:急)?事|(?:说|說|讲|講)(?:个|個|件)事|急|借|转|轉|汇|匯|钱|錢|验证码|驗證碼|得唔得闲|得唔得閒))"
)
_ZH_R24_NEW_NUMBERS_AND_BORROWED_PHONES: dict[S, dict[str, list[str]]] = {
    S.IMPERSONATION: {
        "zh": [
            r"(?:(?:我|我已经|我已經)?(?:换|換)(?:咗|了)?(?:个|個)?新?(?:号码|號碼|号|號|手机号|手機號|电话|電話)(?:了|啦|喇)?"
            r"|(?:这|這|呢)(?:个|個)?(?:是|係|系)我(?:的|嘅)?新(?:号码|號碼|号|號|手机号|手機號))" + _ZH_NEW_NUMBER_ASK,
            r"(?:手机|手機|电话|電話|部机|部機|旧机|舊機)(?:坏|壞|烂|爛|跌|掉|丢|丟|唔见|唔見|不见|不見|冇咗|入水|进水|進水)"
            r"[^\n]{0,30}?(?:用紧|用緊|用着|用著|借|用)(?:咗)?(?:朋友|同事|同学|同學|别人|別人|人哋)(?:部|的|嘅)?(?:手机|手機|机|機|电话|電話)"
            + _ZH_NEW_NUMBER_ASK,
        ],
    },
}
_FEE_TO_PERSON: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "en": [
            rf"\b(?:duty|duties|customs|tax|fine|penalty|fee|fees|charge|toll)\b{_FEE_WINDOW}{{0,60}}(?:{_WALLET_NUMBER}|{_PERSONAL_ACCOUNT})",
            rf"\b(?:donate|donation)\b[^.!?\n]{{0,40}}{_PERSONAL_ACCOUNT}",
        ],
        "vi": [rf"\b(?:thuế|phí|phạt|lệ phí|cước)\b{_FEE_WINDOW}{{0,60}}(?:{_WALLET_NUMBER}|{_PERSONAL_ACCOUNT})"],
        "id": [
            rf"\b(?:bea|pajak|denda|biaya|ongkir|tilang|donasi)\b{_FEE_WINDOW}{{0,60}}(?:{_WALLET_NUMBER}|{_PERSONAL_ACCOUNT})"
        ],
        "ms": [
            rf"\b(?:cukai|duti|saman|denda|caj|yuran|kompaun)\b{_FEE_WINDOW}{{0,60}}(?:{_WALLET_NUMBER}|{_PERSONAL_ACCOUNT})"
        ],
        "ar": [
            rf"(?:رسوم|جمارك|الجمارك|ضريبة|الضريبة|غرامة|الغرامة|مخالفة)[^.!؟\n]{{0,60}}(?:{_WALLET_NUMBER}|{_PERSONAL_ACCOUNT})"
        ],
        "zh": [
            rf"(?:关税|税款|罚款|罚金|运费|手续费|滞纳金|补缴|缴纳|海关)(?:(?!已|成功)[^。！？]){{0,30}}(?:{_WALLET_NUMBER}|{_PERSONAL_ACCOUNT})"
        ],
        "th": [
            rf"(?:ภาษี|ค่าปรับ|ค่าธรรมเนียม|ค่าส่ง|ค่าดำเนินการ|ศุลกากร)[^\s]{{0,40}}(?:{_WALLET_NUMBER}|{_PERSONAL_ACCOUNT})"
        ],
    },
}
# Advance payment before any service exists. A rental deposit when the owner "is abroad", "cannot show it" or will
# "post the keys"; tickets "guaranteed" and paid in full first; a job's training or uniform fee; a loan's contract
# fee paid to the admin first. Each is the pair (or triple) in either order, within two sentences.
_AWAY_DEPOSIT = {
    "en": (
        r"(?:\b(?:abroad|overseas|out of the country)\b|\bcan(?:no|')?t (?:show|view|meet)\b|\bno viewings?\b|"
        r"\b(?:send|post|mail|courier|dhl|ship)\b[^.!?\n]{0,12}\bkeys?\b|\bkeys? (?:by|via) (?:post|courier|mail|dhl)\b)",
        r"\b(?:deposit|first month'?s rent|holding fee|rent in advance|advance rent)\b",
    ),
    "vi": (
        r"(?:\bchủ nhà (?:đang )?(?:ở|đi|công tác|làm việc)(?: ở)? (?:nước ngoài|xa)\b|\b(?:em|anh|chị|tôi|mình) (?:đang )?(?:ở|đi công tác|làm việc ở) nước ngoài\b|\b(?:không|ko) (?:xem|dẫn (?:đi )?xem|đi xem) (?:nhà|phòng)? ?được\b|\b(?:gửi|đưa) chìa khóa\b)",
        r"\b(?:đặt cọc|tiền cọc|cọc trước|cọc)\b",
    ),
    "id": (
        r"(?:\b(?:pemilik|saya|owner)\b[^.!?\n]{0,15}\b(?:di luar negeri|di luar kota|kerja di luar)\b|\btidak bisa (?:survei|survey|lihat|melihat|menunjukkan)\b|\bkunci (?:akan )?(?:dikirim|dikirimkan|saya kirim)\b)",
        r"\b(?:dp|uang muka|deposit|sewa bulan pertama|tanda jadi)\b",
    ),
    "ms": (
        r"(?:\b(?:tuan rumah|owner|saya)\b[^.!?\n]{0,15}\b(?:di luar negara|oversea|luar negara)\b|\b(?:tak|tidak) (?:boleh|dapat) (?:tunjuk|view|melihat)\b|\bkunci (?:akan )?(?:di)?(?:pos|hantar)\w*\b)",
        r"\b(?:deposit|cengkeram|sewa bulan pertama|bayaran pendahuluan)\b",
    ),
    "zh": (
        r"(?:房东(?:人)?在(?:外地|国外|外省|出差)|我人?在国外|(?:不能|无法|没法|不方便)看房|快递(?:寄)?钥匙|钥匙(?:用)?快递)",
        r"(?:押金|定金|订金|首月租金)",
    ),
    "th": (
        r"(?:เจ้าของ(?:ห้อง|บ้าน)?(?:อยู่|ทำงาน|ไป)ต่างประเทศ|(?:ไม่สามารถ|ไม่ได้)พา(?:ไป)?ดู(?:ห้อง|บ้าน)?|ส่งกุญแจ(?:ให้)?(?:ทาง)?(?:ไปรษณีย์|ขนส่ง))",
        r"(?:มัดจำ|เงินจอง|ค่าเช่าล่วงหน้า)",
    ),
    "ar": (
        r"(?:(?:المالك|صاحب الشقة|صاحب البيت|انا) (?:مسافر|خارج البلد|بالخارج|في الخارج)|(?:ما|لا) (?:اقدر|يمكن|يقدر|يمكنني) (?:اوريك|المعاينة|اريك)|(?:ارسل|ابعت|ابعث)(?:لك)? المفتاح)",
        r"(?:عربون|مقدم|تامين|ايجار اول شهر)",
    ),
}
_TICKET_FIRST = {
    "en": (
        r"\b(?:tickets?|seats?)\b",
        r"\b(?:guaranteed?|100% (?:sure|confirmed)|confirmed seats?)\b",
        r"\b(?:pay(?:ment)? (?:in full )?(?:first|upfront|up front|in advance)|full payment (?:first|upfront|in advance)|transfer (?:the )?(?:money|amount) (?:first|and i'?ll send))\b",
    ),
    "vi": (
        r"\bvé (?:xe|tàu|máy bay|concert|ca nhạc|xem|bóng đá|tết)\b",
        r"\b(?:đảm bảo|cam kết|chắc chắn có|100%)",
        r"\b(?:chuyển khoản|thanh toán|trả|ck) (?:đủ |hết |toàn bộ )?(?:trước|100%)",
    ),
    "id": (
        r"\btiket\b",
        r"\b(?:dijamin|pasti dapat|garansi dapat|100% dapat)\b",
        r"\b(?:bayar (?:penuh |lunas |full )?(?:dulu|duluan|di muka)|lunas dulu|tf dulu|transfer dulu)\b",
    ),
    "ms": (
        r"\b(?:tiket|seat)\b",
        r"\b(?:confirm dapat|dijamin|pasti dapat|gerenti)\b",
        r"\b(?:bayar (?:penuh |full )?(?:dulu|awal)|transfer dulu)\b",
    ),
    "zh": (
        r"(?:门票|车票|机票|火车票|球票|演唱会|抢票|座位)",
        r"(?:保证|包(?:出票|抢到|有票)|百分百|100%)",
        r"(?:先(?:付|转|交|打)(?:全款|款|钱)?|全款)",
    ),
    "th": (r"(?:ตั๋ว|ที่นั่ง)", r"(?:การันตี|รับประกัน|ได้แน่นอน|100%)", r"(?:จ่าย|โอน|ชำระ)(?:เต็ม|เต็มจำนวน|ครบ)?ก่อน"),
    "ar": (
        r"(?:تذاكر|تذكرة)",
        r"(?:مضمون|مضمونة|بنص السعر|بنصف السعر)",
        r"(?:حول المبلغ|حولي المبلغ|(?:ادفع|تحويل|حول)[^.!؟\n]{0,10}(?:مقدما|اولا|قبل)|الدفع مقدما)",
    ),
}
_JOB_FEE = {
    "en": (
        r"\b(?:job|vacancy|vacancies|hiring|position|salary|work from home|hr)\b",
        r"\b(?:training|uniform|onboarding|starter kit|equipment) (?:fee|deposit|charge)s?\b",
    ),
    "vi": (
        r"\b(?:tuyển dụng|tuyển gấp|việc làm|mức lương|lương cứng|nhận việc|cộng tác viên|ctv|làm tại nhà|việc online)\b",
        r"\bphí (?:đào tạo|đồng phục|tài liệu|đăng ký)\b",
    ),
    "id": (
        r"\b(?:lowongan|loker|gaji|hr)\b",
        r"\bbiaya (?:pelatihan|training|seragam|pendaftaran|medical check-?up|mcu|tes kesehatan)\b",
    ),
    "ms": (
        r"\b(?:jawatan kosong|kerja kosong|gaji|hr)\b",
        r"\byuran (?:latihan|pakaian seragam|seragam|uniform|pemeriksaan kesihatan)\b",
    ),
    "zh": (r"(?:招聘|兼职|工资|入职|岗位|hr)", r"(?:培训|服装|工服|入职|体检)费"),
    "th": (
        r"(?:รับสมัคร|สมัครงาน|ตำแหน่งงาน|เงินเดือน|hr)",
        r"ค่า(?:อบรม|ชุดยูนิฟอร์ม|ยูนิฟอร์ม|สมัครงาน|ลงทะเบียน|ดำเนินการ|(?:ทำ)?วีซ่า)",
    ),
    "ar": (r"(?:وظيفة|وظائف|راتب)", r"رسوم (?:التدريب|الزي|الكورس)"),
}
# Two sentences at most between the parts (Latin and Arabic text), a shorter span in compact Thai and Chinese.
_SPAN = {
    "en": r"(?s:.){0,120}?",
    "vi": r"(?s:.){0,120}?",
    "id": r"(?s:.){0,120}?",
    "ms": r"(?s:.){0,120}?",
    "ar": r"(?s:.){0,120}?",
    "zh": r"[^\n]{0,40}?",
    "th": r"[^\n]{0,60}?",
}
# Round 25 (th): Thai scam classes the older tables missed.
# * a fixed return per day, week or month ("กำไรวันละ 3-5%", "ผลตอบแทน 4% ต่อวัน", "ปันผลทุกเดือน 8%"), or a stake that
#   comes back multiplied within days or as a fixed sum each month ("ลงทุน 1,000 บาท รับ 5,500 บาทใน 30 วัน", "ลงทุน
#   5,000 รับปันผลเดือนละ 1,500"); a bank's deposit or loan rate is "ดอกเบี้ย … ต่อปี / ต่อเดือน", not a profit;
# * the writer "sent a code to your number by mistake" and asks for it back, the verb before the code ("เผลอส่งรหัส
#   ยืนยันไปที่เบอร์แก ช่วยส่งต่อให้เรา", "กดส่งโค้ดผิดไปเครื่องน้อง แคปส่งมาหน่อย"), or a code "that will come by
#   SMS" whose digits the writer asks to be told ("จะมี SMS รหัส 4 หลักส่งไป บอกผมเลขนั้น");
# * a username with its password asked for ("ขอ username กับ password ที่ใช้ login หน่อย");
# * a gift held at customs or the airport whose fee the reader is asked to pay ("ของขวัญติดที่ศุลกากร เจ้าหน้าที่ขอ
#   ค่าธรรมเนียม … คุณช่วยจ่ายก่อน"), and a foundation's donation routed to a person's account ("มูลนิธิ … ร่วม
#   บริจาคได้ที่บัญชี … ชื่อ นางสาว …"; a foundation's own account bears its name);
# * the LINE-ID handoff: a courier, agency, bank or platform that moves its process (a redelivery, a refund, an update,
#   a verification, a case) into a LINE chat ("กรุณาแอดไลน์ @… เพื่อนัดเวลาจัดส่งใหม่", "เพิ่มเพื่อนไลน์ @… เพื่อรับเงิน
#   คืน", "ติดต่อเจ้าหน้าที่ทางไลน์ @… เพื่อดำเนินการ"), or an officer's, agent's or assistant's own LINE ("แอดไลน์
#   ส่วนตัวเจ้าหน้าที่"). An official account named with @ in a shop's promo or a bank's notice ("เพิ่มเพื่อน LINE
#   @shop เพื่อรับโปรโมชั่น", "รับแจ้งเตือนผ่าน LINE @bank") hands over no process and stays unflagged.
_TH_WRITER = r"(?:ผม|หนู|เรา|ฉัน|พี่|กู|เค้า|เขา|เจ้าหน้าที่|แอดมิน)"  # who asks for the code
_TH_PER_PERIOD = r"(?:รายวัน|วันละ|ต่อวัน|ทุกวัน|รายสัปดาห์|สัปดาห์ละ|ต่อสัปดาห์|รายเดือน|เดือนละ|ต่อเดือน|ทุกเดือน)"
_TH_PERIOD_AFTER = r"(?:ต่อ|/|ทุก)\s?(?:วัน|สัปดาห์|อาทิตย์|เดือน)(?!ละ)"
_TH_PERCENT = r"\d+(?:\.\d+)?(?:\s?-\s?\d+(?:\.\d+)?)?\s?%"
_TH_BAHT = r"\d[\d,]*(?:\.\d+)?\s?(?:บาท|บ\.)?"
_TH_LINE_ADD = (
    r"(?:แอด\s?(?:ไลน์|line)|เพิ่มเพื่อน(?:ทาง|ใน)?\s?(?:ไลน์|line)|ทัก\s?(?:ไลน์|line)|"
    r"ติดต่อ[^\s@]{0,15}?(?:ทาง|ผ่าน)\s?(?:ไลน์|line))"
)
_TH_LINE_PROCESS = (
    r"(?:นัด(?:วัน|เวลา)?(?:รับ|ส่ง|จัดส่ง)?(?:ใหม่|พัสดุ)|จัดส่งใหม่|ส่งใหม่|ยืนยัน(?:ตัวตน|ข้อมูล|ที่อยู่|สิทธิ์|การ)|"
    r"รับเงิน|รับ(?:เงิน)?คืน|คืนเงิน|ขอ(?:รับ)?เงินคืน|ดำเนินการ|แก้ไข|อัป\s?เดต|อัพ\s?เดต|อัปเดท|อัพเดท|ปรับปรุง|"
    r"เคลียร์|ปลดล็อก|ปลดล็อค|ปลดอายัด|ยกเลิก(?:รายการ|คำสั่งซื้อ|พัสดุ)|ขอรับ|รับพัสดุ|ติดต่อเจ้าหน้าที่|ยื่นเรื่อง)"
)
_TH_R25_RETURNS_CODE_SLIPS_GIFT_FEES_DONATIONS_AND_LINE_HANDOFFS: dict[S, dict[str, list[str]]] = {
    S.INVESTMENT_LURE: {
        "th": [
            rf"(?:ผลตอบแทน|กำไร|ปันผล){_TH_PER_PERIOD}(?:สูงถึง|ถึง|ประมาณ|ขั้นต่ำ)?\s?{_TH_PERCENT}",
            rf"(?:ผลตอบแทน|กำไร|ปันผล)(?:สูงถึง|ถึง|ประมาณ|ขั้นต่ำ)?\s?{_TH_PERCENT}\s?{_TH_PERIOD_AFTER}",
            rf"ลงทุน(?:เพียง|แค่|ขั้นต่ำ|เริ่มต้น)?\s?{_TH_BAHT}[^\n]{{0,20}}?(?:รับ|ได้)(?:ผลตอบแทน|ปันผล|กำไร|คืน)?\s?"
            rf"{_TH_BAHT}[^\n]{{0,15}}?(?:ใน|ภายใน)\s?\d+\s?(?:วัน|ชม|ชั่วโมง|สัปดาห์)",
            rf"ลงทุน(?:เพียง|แค่|ขั้นต่ำ|เริ่มต้น)?\s?{_TH_BAHT}[^\n]{{0,20}}?(?:รับ|ได้)(?:ผลตอบแทน|ปันผล|กำไร)"
            rf"(?:วันละ|เดือนละ|สัปดาห์ละ|ทุกวัน|ทุกเดือน|รายวัน|รายเดือน)\s?\d",
        ],
    },
    S.OTP_REQUEST: {
        "th": [
            rf"ส่ง(?:รหัส|โค้ด|otp|โอทีพี|เลข)[^\n]{{0,30}}?(?:ไป|มา)(?:ที่|ยัง|เข้า)?(?:เครื่อง|เบอร์|มือถือ|โทรศัพท์)"
            rf"(?:ของ)?(?:คุณ|แก|เธอ|พี่|น้อง|ท่าน|มึง)[^\n]{{0,50}}?(?:ส่ง(?:ต่อ)?|บอก|แจ้ง|แคป)[^\s]{{0,12}}?"
            rf"(?:(?:ให้|มาให้|กลับมาให้){_TH_WRITER}|(?:ส่ง)?(?:กลับ)?มา(?:ให้|หน่อย|ที|ด้วย|ทาง|นะ))",
            r"(?:(?:รหัส|โค้ด|otp|โอทีพี|เลข)[^\n]{0,30}?(?:เข้า|เด้ง)(?:ไป|มา)?(?:ที่|ยัง)?(?:เครื่อง|เบอร์|มือถือ)"
            r"(?:ของ)?(?:คุณ|แก|เธอ|พี่|น้อง|ท่าน|มึง))[^\n]{0,40}?แคป(?:ส่ง)?(?:กลับ)?มา(?:ให้|หน่อย|ที|ด้วย|ทาง|นะ)",
            rf"(?:sms|ข้อความ|รหัส|โค้ด|otp|โอทีพี)[^\n]{{0,60}}?(?:บอก|แจ้ง|อ่าน)(?:ให้)?{_TH_WRITER}(?:ฟัง)?(?:ที|หน่อย)?"
            r"(?:เลข|รหัส|โค้ด|ตัวเลข|otp)(?:นั้น|นี้|ที่ได้|ที่ได้รับ|ที่เข้า|ที่ส่ง|ดังกล่าว|ใน\s?sms|ในข้อความ)",
        ],
    },
    S.PASSWORD_REQUEST: {
        "th": [
            r"ขอ\s?(?:user(?:name)?|ยูส(?:เซอร์)?|ชื่อผู้ใช้|ไอดี|id)\s?(?:กับ|และ|พร้อม|\+|/)\s?"
            r"(?:password|pass|รหัสผ่าน|พาส(?:เวิร์ด)?)",
        ],
    },
    S.PAYMENT_REQUEST: {
        "th": [
            r"ของขวัญ[^\n]{0,80}?(?:ศุลกากร|ด่านตรวจ|ด่าน|สนามบิน)[^\n]{0,100}?(?:ช่วย|รบกวน|ต้อง|กรุณา)?(?:จ่าย|โอน|ชำระ)",
            r"(?:มูลนิธิ|สมาคม|องค์กร|ศูนย์ช่วยเหลือ|โครงการช่วยเหลือ)[^\n]{0,150}?บริจาค[^\n]{0,60}?บัญชี[^\n]{0,50}?"
            r"ชื่อ(?:บัญชี)?\s?(?:นาย|นางสาว|น\.ส\.|นาง)(?!มูลนิธิ)",
        ],
    },
    S.IMPERSONATION: {
        "th": [
            rf"{_TH_LINE_ADD}[^\n]{{0,40}}?เพื่อ{_TH_LINE_PROCESS}",
            rf"{_TH_LINE_ADD}ส่วนตัว(?:ของ)?(?:เจ้าหน้าที่|แอดมิน|ผู้ช่วย|ทีมงาน|ที่ปรึกษา|ดิฉัน|ผม)",
        ],
    },
}
# Round 24 (th): Thai requests for a code, a login or a receiving QR that the older tables missed.
# * a code with its length between ("ส่งรหัส OTP 6 หลักที่ได้รับให้ผม"), or a code that "went to your number" by mistake,
#   to pass on to the writer ("มีรหัส 6 ตัวส่งไปที่เครื่องคุณ ช่วยส่งต่อให้ผม", "OTP เด้งไปเบอร์แก ส่งเลขที่เข้ามาให้เรา");
#   a bank's "we will send a 6-digit OTP to your number" names no one to send it to;
# * a username with its password sent to the writer ("ส่ง user กับ password ของน้องมาทางไลน์");
# * a QR to scan "to receive" money, with the amount or PIN typed in ("สแกนคิวอาร์ … ใส่ยอด 890 กดยืนยันเพื่อรับเงินคืน",
#   "สแกนในแอปธนาคารแล้วใส่ PIN ยืนยัน เงินจะเข้าบัญชีคุณ"): scanning pays, it never receives.
_TH_ME = r"(?:ผม|หนู|เรา|ฉัน|พี่|กู|เค้า|เขา|เจ้าหน้าที่|แอดมิน)"
_TH_R24_CODE_RELAYS_LOGINS_AND_RECEIVING_QRS: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "th": [
            rf"(?:ส่ง|แจ้ง|บอก|อ่าน)(?:รหัส|โค้ด|เลข)\s?(?:otp|โอทีพี)?\s?\d\s?(?:หลัก|ตัว)[^\s]{{0,20}}?(?:ให้|มาให้|มาที่){_TH_ME}",
            rf"(?:รหัส|โค้ด|otp|เลข)[^\n]{{0,30}}?(?:ส่ง|เด้ง|เข้า)(?:ไป|มา)?(?:ที่|ยัง|เข้า)?(?:เครื่อง|เบอร์|มือถือ|โทรศัพท์)"
            rf"(?:ของ)?(?:คุณ|แก|เธอ|พี่|น้อง|ท่าน|มึง)[^\n]{{0,50}}?(?:ส่ง(?:ต่อ)?|บอก|แจ้ง|แคป)[^\s]{{0,12}}?(?:ให้|มาให้){_TH_ME}",
        ],
    },
    S.PASSWORD_REQUEST: {
        "th": [
            r"(?:ส่ง|แจ้ง|บอก)\s?(?:user(?:name)?|ยูส(?:เซอร์)?|ชื่อผู้ใช้|ไอดี|id)\s?(?:กับ|และ|พร้อม|\+|/)\s?"
            rf"(?:password|pass|รหัสผ่าน|พาส(?:เวิร์ด)?)[^\s]{{0,20}}?(?:มา|ให้{_TH_ME})",
        ],
    },
    S.PAYMENT_REQUEST: {
        "th": [
            r"สแกน(?:คิวอาร์|qr)?[^\n]{0,60}?(?:ใส่|กรอก)\s?(?:ยอด|จำนวนเงิน|pin|รหัส)[^\n]{0,40}?"
            r"(?:เพื่อรับเงิน|รับเงินคืน|เงิน[^\n]{0,12}?จะ(?:โอน)?เข้าบัญชี(?:ของ)?(?:คุณ|ท่าน))",
        ],
    },
}


_ADVANCE_PAYMENT: dict[S, dict[str, list[str]]] = {S.PAYMENT_REQUEST: {}}
# An owner abroad whose agent shows the place and takes the deposit is an ordinary letting, and keys posted back
# with a deposit returned is a tenant moving out: no agent, viewing or return word may stand between the two parts.
_NO_AGENT = (
    r"(?:(?!\b(?:agent|agency|agen|ejen|viewing|show you|back|return\w*|refund\w*|hoàn|kembali|dikembalikan)\b|"
    r"(?:中介|经纪|退|วันดูห้อง|นายหน้า|คืน|وكيل|سمسار|استرداد|ارجاع))(?s:.))"
)
for _lang, (_away, _deposit) in _AWAY_DEPOSIT.items():
    _between = _NO_AGENT + "{0,120}?"
    _ADVANCE_PAYMENT[S.PAYMENT_REQUEST].setdefault(_lang, []).append(
        f"{_away}{_between}{_deposit}|{_deposit}{_between}{_away}"
    )
for _lang, (_ticket, _guarantee, _first) in _TICKET_FIRST.items():
    _ADVANCE_PAYMENT[S.PAYMENT_REQUEST][_lang].append(f"{_ticket}{_SPAN[_lang]}{_guarantee}{_SPAN[_lang]}{_first}")
for _lang, (_job, _fee) in _JOB_FEE.items():
    _ADVANCE_PAYMENT[S.PAYMENT_REQUEST][_lang].append(f"{_job}{_SPAN[_lang]}{_fee}|{_fee}{_SPAN[_lang]}{_job}")
# A loan's contract or file fee paid before approval (the other languages' processing-fee words are listed above).
_ADVANCE_PAYMENT[S.PAYMENT_REQUEST]["th"].append(r"(?:ชำระ|จ่าย|โอน)ค่า(?:ทำสัญญา|เอกสาร|ประกันเงินกู้|ค้ำประกันเงินกู้)")
_ADVANCE_PAYMENT[S.PAYMENT_REQUEST]["ar"].append(r"رسوم (?:فتح (?:ال)?ملف|دراسة (?:ال)?ملف|فتح الحساب للقرض)")
# Round 24 (Arabic: Gulf, Egyptian, Levantine and MSA), missed scam classes:
# - the code "that reached you / will reach you" asked for with a dialect verb ("احكيلي الرمز اللي وصلك", "قولي
#   الكود اللي هيوصلك", "محتاج ... الكود اللي هيوصلك"): a code sent to the reader, asked back by whoever writes;
# - a PIN or password asked for with a dialect verb ("محتاج الرقم السري بتاع المحفظة", "تعطيني ايميلك وباسوردك");
# - a "new" or "other" number of a friend or relative who, in the same message, asks for an amount ("ده رقمي التاني.
#   محتاج 2000 جنيه");
# - a manager "in a meeting, can't talk" asking a quick favour by reply ("أنا في اجتماع وما أقدر أتكلم، تقدر تخدمني");
# - a paid task to unlock: a deposit "to activate the task" or before withdrawing one's earnings ("أودع 200 ريال
#   لتفعيل المهمة");
# - a keyword sent to a short code whose message price is stated, or to collect a prize ("ابعت كلمة فوز على 9999
#   (سعر الرسالة 5 جنيه)").
_AR_DIALECT_ASK = (
    r"(?<![\u0621-\u064a])(?:[وف])?(?:احكيلي|احكيلنا|احكيلو|قولي|قوللي|قولها لي|قولهولي|قوليلي|ابعتلي|ابعتهولي|ابعتهلي|"
    r"ابعثلي|ابعثه لي|ارسله لي|ارسلها لي|عطني|عطيني|اعطيني|تعطيني|تعطني|اديني|تديني|ادهولي|هاتلي|محتاج|محتاجين|"
    r"نحتاج|احتاج|ابي|ابغى|ابغي|بدي|بدنا|تبعتلي|تبعتهولي|ترسلي|ترسله لي)"
)
_AR_CODE_ARRIVED = (
    r"(?:ال)?(?:رمز|كود|كود التفعيل|رمز التحقق|رقم التحقق|otp|الارقام|الأرقام)\s+(?:[^\s]+\s+){0,2}?(?:اللي|الي|إلي|يلي|الذي)\s+"
    r"(?:ه|ح|رح |راح |بي|بت|ب)?(?:وصلك|وصلتك|يوصلك|توصلك|جالك|جاك|جاتك|يجيك|يجيلك|تجيك|تجيلك|هيجيلك|بعتناه|ارسلناه|"
    r"ارسلته|بعتهولك|وصل على (?:جوالك|موبايلك|تلفونك|رقمك))"
)
_AR_DIALECT_SECRET = (
    r"(?:ال)?(?:رقم السري|رقمك السري|باسورد|باسوردك|باسوورد|پاسورد|كلمه السر|كلمه المرور|كلمه سرك|بن كود|pin|"
    r"الرقم السري بتاع|كود الصراف|رقم البطاقه والرقم السري)"
)
_AR_NEW_OR_OTHER_NUMBER = (
    r"(?:رقمي (?:الجديد|التاني|الثاني|الاحتياطي|المؤقت)|(?:هذا|ده|دا|هاد|هيدا) رقمي|دي نمرتي|نمرتي (?:الجديده|التانيه))"
)
_AR_MONEY_AMOUNT = r"\d[\d,.]*\s?(?:الاف |ألف |الف )?(?:ريال|جنيه|درهم|دينار|دولار|ليره|ر\.س|جم)"
_AR_R24_DIALECT_CODES_NEW_NUMBERS_MEETINGS_TASK_DEPOSITS_AND_SHORT_CODES: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "ar": [rf"{_AR_DIALECT_ASK}\s+(?:[^\s.!؟\n]+\s+){{0,8}}?{_AR_CODE_ARRIVED}"],
    },
    S.PASSWORD_REQUEST: {
        "ar": [
            rf"{_AR_DIALECT_ASK}\s+(?:(?!(?:[ان]|عشان [ان]|ل)?(?:غير|عدل|حدث|سوي|عمل|تغيير|نسيت|انسي|ارجع|رجع|reset))"
            rf"[^\s.!؟\n]+\s+){{0,3}}?(?:و)?{_AR_DIALECT_SECRET}"
        ],
    },
    S.PAYMENT_REQUEST: {
        "ar": [
            # a new or other number, then within the next sentences an amount asked for
            rf"{_AR_NEW_OR_OTHER_NUMBER}[^\n]{{0,80}}?{_AR_DIALECT_ASK}\s+(?:[^\s]+\s+){{0,2}}?{_AR_MONEY_AMOUNT}",
            # a deposit to activate or unlock a task, or before withdrawing the earnings
            r"(?:اودع|ايداع|ادفع|حول|اشحن|تودع|تدفع|تحول|تشحن)\s+(?:[^\s.!؟\n]+\s+){0,2}?\d[\d,.]*\s?[^\s.!؟\n]*\s+"
            r"(?:ل|عشان |علشان |حتى |من اجل )?(?:تفعيل|تفعل|يفعل|فتح|تفتح|فك|تفك|اكمال|تكمل|سحب|تسحب)\s+"
            r"(?:ال)?(?:مهمه|مهام|مهمات|طلب|طلبات|اوردر|المستوي|مستوي|ارباح|ارباحك|عمولتك|عمولات)",
        ],
    },
    S.IMPERSONATION: {
        "ar": [
            r"(?:انا |أنا )?(?:في|ف|بـ?) ?(?:اجتماع|ميتنج|ميتينج|ميتنغ|مؤتمر)[^.!؟\n]{0,30}?(?:ما اقدر|ما بقدر|مقدرش|مش هقدر|"
            r"مش قادر|ما اقدر|لا استطيع|لا يمكنني|ما فيني|مابقدر)\s?(?:اتكلم|ارد|اكلم|احكي|اتصل)[^\n]{0,60}?"
            r"(?:تخدمني|خدمه|تساعدني|مساعده|طلب سريع|شي سريع|حاجه سريعه|شغله سريعه|طلب صغير|مهمه سريعه)",
        ],
    },
    S.PREMIUM_RATE: {
        "ar": [
            r"(?:ابعت|ابعث|ارسل|أرسل|راسل)\s+(?:كلمه\s+|الكلمه\s+|حرف\s+)?[^\s]{1,12}\s+(?:على|الى|إلى|ل|لـ|للرقم|علي الرقم)"
            r"\s?\d{4,6}(?!\d)[^\n]{0,40}?(?:سعر الرساله|تكلفه الرساله|قيمه الرساله|الرساله ب\s?\d|\d+\s?(?:جنيه|ريال|درهم) للرساله)",
        ],
    },
}
# A card or account stopped, frozen or closed "at your request" ("بناءً على طلبك تم إيقاف بطاقتك", "تم إيقاف
# البطاقة حسب طلبك"): the holder's own action confirmed, not a threat (see ``textsignals.detect``).
AT_YOUR_REQUEST = (
    r"(?:بناء (?:علي|ع) (?:طلبك|طلبكم|طلب حضرتك)|حسب طلبك|حسب طلبكم|وفقا لطلبك|وفق طلبك|تلبيه لطلبك|بطلب منك|بطلبك|"
    r"زي ما طلبت|مثل ما طلبت|متل ما طلبت|كما طلبت)"
)
# "我支付宝账号被风控冻结了", "我的微信被封了": in Chinese the writer's own account, frozen or closed, told as news
# to a relative or a friend (the possessor "我" right before the account word, in the same clause, and the freeze
# told as done: "被", "已"); a threat is made to the reader's account ("您的账户将被冻结"). Not "我们", "我行", "我司",
# "我方", "我是…" or "我这边…" (the service speaking of the reader's account), nor a gap naming the reader ("我看你的
# 卡被冻结了"); and not when the message also gives a link or a long number, or asks the reader to pay or lend in the
# writer's place or to help unfreeze it (``OWN_ACCOUNT_PLEA``: "我张卡被冻结咗，你可唔可以帮我俾住先", the stranded
# lover's plea; "帮我辅助验证一下"; textsignals.py).
OWN_ACCOUNT_PLEA = (
    r"(?:帮|幫)我[^，。！？,!?\n]{0,2}?(?:付|俾|畀|垫|墊|转|轉|交|买|買|充|出|还|還)|借(?:我|俾我|畀我|给我|給我|点|點|些)|"
    r"(?:转|轉|打|汇|匯|过数|過數)(?:给|給|俾|畀)?我|(?:俾|畀)住先|先(?:垫|墊|借)|代(?:付|缴|繳)|"
    # ... or to help unfreeze it ("你帮我辅助验证一下", "帮忙扫个码解封"): the friend-verification scam
    r"(?:辅助|輔助)(?:验证|驗證|解封|认证|認證)|(?:帮|幫)(?:我|忙)[^，。！？,!?\n]{0,4}?(?:解封|验证|驗證|认证|認證|扫|掃|收)"
)
OWN_ACCOUNT_NEWS = r"(?<!自)我(?!们|們|行|司|方|是|这|這|那)(?:的)?[^\s，。！？,!?您你我]{0,5}$"
OWN_ACCOUNT_DONE = r"^(?!.*(?:将|將|会|會|要))(?=.*(?:被|已))"  # (searched in the account-threat match itself)
# Gift cards bought for a "boss" and their codes photographed or sent back (the English "gift cards" and "Google
# Play cards" are counted on their own above): the card named in each language, then a photo or send of its code.
# ("thẻ" folds to "the": only card names that are not English words follow it.)
_GIFT_CARD_CODES: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "vi": [
            r"\bthẻ (?:google ?play|itunes|steam|garena|quà tặng)\b(?s:.){0,80}?\b(?:chụp|gửi|nhắn|đọc)\b[^.!?\n]{0,10}\b(?:mã|code|seri)\b"
        ],
        "id": [
            r"\b(?:voucher|kartu) (?:google ?play|itunes|steam|hadiah)\b(?s:.){0,80}?\b(?:foto|kirim|fotoin)\b[^.!?\n]{0,10}\bkode"
        ],
        "ms": [
            r"\b(?:baucar|kad|voucher) (?:google ?play|itunes|steam|hadiah)\b(?s:.){0,80}?\b(?:gambar|foto|hantar|snap)\b[^.!?\n]{0,10}\bkod"
        ],
        "zh": [
            r"(?:苹果卡|谷歌卡|google ?play卡|itunes卡|steam卡|充值卡)[^。！？]{0,20}(?:拍照|刮开|卡密|发给我|发我)"
        ],
        "th": [
            r"(?:บัตร|การ์ด)(?:google ?play|itunes|apple|steam|garena|ของขวัญ)[^\n]{0,60}?(?:(?:ถ่ายรูป|ขูด|ส่ง|แจ้ง)(?:รหัส|โค้ด)|(?:รหัส|โค้ด)[^\s]{0,4}ส่ง)"
        ],
        "ar": [
            r"(?:بطاقة|بطاقات|كرت|كروت) (?:جوجل بلاي|جوجل|ايتونز|ستيم|ابل|امازون|بلايستيشن|itunes|google ?play|steam|apple|amazon|playstation|razer)(?s:.){0,80}?(?:صور|ارسل|ابعت|ابعث)[^.!؟\n]{0,10}(?:الاكواد|الكود|الرموز|الارقام)"
        ],
    },
}
# Classes from the misses of the twelfth blind round (and the older rounds' rules-only misses) in Chinese,
# Vietnamese and English; merged into PATTERNS with the tables above. Chinese is matched compacted and folded, and
# only some Traditional characters fold to Simplified (normalize._HANT_TO_HANS), so the others are written as
# pairs ("[帮幫]"). A request whose match would hold its own "can't take calls" or "đừng gọi" (a negation word in
# NEGATION) is written as the request with the other part in a lookahead, which the negation check does not read.
_EN_PAYEE_PRESSURE = (
    r"\b(?:can(?:no|')?t (?:take|answer|pick up) (?:any )?(?:calls?|the phone)|boarding|in meetings? all day|"
    r"keep this (?:between us|confidential|to yourself)|(?:reply|respond) (?:on|via) whatsapp to this number)\b"
)
# The payment asked for: a verb of doing it, then the payment ("process the 48,500 USD payment", "help with a
# confidential acquisition payment"), not one already made ("payment for invoice 2231 has gone out").
_EN_PAY_ASK = r"\b(?:process|make|send|wire|release|arrange|help with|handle)\b[^.!?\n]{0,40}?\b(?:payment|transfer|wire|remittance)\b"
# ... and in Chinese a transfer *to* someone ("转给对方", "付过去", "過數…去新供應商"), not "转账的事等我回来再说".
_ZH_PAY_TO = r"(?:转|付|汇|过数|过數|打)[^.!?]{0,20}?(?:给|到|去|至|进)"
_ZH_NO_CALL = (
    r"(?:(?:开会|会议中|上机|登机|飞机上)[^.!?]{0,8}(?:不方便|唔方便|没法|不能)(?:接|听|聽)|[别別]打(?:电话|给我)|"
    r"(?:不方便|唔方便)(?:接|听|聽)电话)"
)
# "Don't tell my parents" (the literal pairs spelt out so the prefilter finds one of two characters or more).
_ZH_DONT_TELL_FAMILY = r"(?:别跟|別跟|别和|別和|别告诉|別告诉)(?:我)?(?:爸|妈|媽|父母|家里|家人)"
# A range of pay per day or task ("$200-$800 daily", "S$80-S$500/day", "Rs.3000-8000 daily"), counted after a word
# of earning or of a remote or part-time job (a contractor's approved day rate is neither).
_EN_DAY_RANGE = r"(?:\$|£|s\$|rs\.?|rm|₱|php|usd ?)\s?\d[\d,]*k?\s?(?:-|to|–)\s?(?:\$|£|s\$|rs\.?|rm|₱)?\s?\d[\d,]*k?\s?(?:/ ?|per |a |each )?(?:day|daily|task)\b"
# Not an app store's link: "link to download the app: apps.apple.com/…", "link cài đặt … trên App Store".
_NOT_APP_STORE = r"(?![^\n]{0,60}(?:app store|appstore|google play|play store|ch play|apps\.apple|play\.google))"
# "… đọc giúp em", "gửi lại giúp em", "chụp màn hình gửi em": the code read or sent back (a lookahead after the code).
_VI_READ_BACK = r"(?=[^.!?\n]{0,60}?\b(?:(?:đọc|gửi|báo|nhắn)(?:(?: lại)? (?:giúp|hộ|cho|lại cho)| lại) (?:em|mình|anh|chị|tôi|tớ)|đọc (?:giúp|hộ|lại)|chụp (?:màn hình |hình |lại )?(?:gửi|cho) (?:em|mình|tôi|tớ))\b)"
# Round 24 (Indonesian and Malay). First the fragments that keep legitimate wordings from being read as requests
# or threats; each is joined to the existing rule named in its comment (further down this module):
# - "jika anda telah klik pautan dan memasukkan kata laluan, sila laporkan", "kalau dah terklik & masukkan
#   password, tukar segera": a secret the reader may already have typed, told in a conditional about something done
#   (a done marker or an accidental "ter-" verb, then "and"), is advice, not a request (joined to ALREADY_DONE).
_IDMS24_ALREADY_DONE = (
    r"|\b(?:kalau|kalo|klo|kl|jika|sekiranya|bila|apabila) (?:anda |awak |kamu |korang |kau |sis |bro )?"
    r"(?:(?:sudah|udah|udh|dah|telah|pernah|sempat|terlanjur) [^\s,.;:!?]+|ter(?!ima)[a-z]{3,})"
    r"(?:(?! (?:sila|tolong|mohon|harap|segera|wajib|perlu)\b)[^,.;:!?\n]){0,35}? (?:dan|&|lalu|serta|terus)"
)
# - "kalau ada org call minta password, jangan bagi", "takyah bagi apa2 password": "if someone asks" with the
#   colloquial "kalau/kalo ... org/yg", and the Malay "no need to" (takyah, xpayah, xyah, xperlu), are negations
#   (joined to _IDMS_NEGATION).
_IDMS24_NEGATION = (
    r"(?:kalau|kalo|klo|kl|bila) ada (?:yang|yg|org|orang|pihak|sesiapa|siapa)|takyah|tkyah|xyah|xpayah|xpyh|xperlu|"
)
# - "Bu, laptopnya saya remote lewat AnyDesk dari meja IT", "Tiket IT #45821: dah remote masuk laptop akak",
#   "ID TeamViewer mesin CNC di pabrik": the company's own IT at a desk, on a work laptop, a ticket or a machine
#   (joined to REMOTE_OFFICE_CHORE; a bank, refund, virus or money still makes it a scam, REMOTE_SCAM_CONTEXT).
_IDMS24_REMOTE_OFFICE = (
    r"|\bmeja (?:it|ibu|bapak|pak|bu|puan|encik|cik|akak|kak|abang|mbak|mas|saya|sy|aku|kamu|anda|awak|kerja)\b|"
    r"\b(?:laptop|pc|komputer|notebook) (?:kantor|pejabat|office|syarikat|perusahaan|company|finance|akaun|hr|kerja|"
    r"baru)\b|\btiket (?:it|helpdesk|support)\b|\bmesin (?:cnc|produksi|kilang|pabrik)\b"
)
# - "Baucar telah dimasukkan ke dompet Lazada anda", "voucher GoFood udah masuk ke akunmu": a shop's spin or draw
#   already credited to the user's own wallet or account, nothing asked (joined to PURCHASE_DRAW; a link, a fee, a
#   transfer or someone to call after it still makes it a lure, PRIZE_CLAIM_ROUTE). Only a done marker: "will be
#   credited once you pay" is the fake prize's wording.
_IDMS24_PRIZE_IN_WALLET = (
    r"|\b(?:telah|sudah|udah|udh|dah|berjaya|berhasil) (?:di)?(?:masukkan|masuk|berada|ditambah(?:kan)?|dikreditkan|"
    r"ditambah) (?:ke |ke dalam |dalam |di )?(?:dompet|akaun|akun|akunmu|akaunmu|e-?wallet|wallet|aplikasi|app)\b"
)
# - "Hadiah boleh diambil di HR hari Isnin": a company draw's prize collected in person from HR or a department
#   (joined to IN_PERSON_PRIZE).
_IDMS24_IN_PERSON_PRIZE = (
    r"|\b(?:tuntut|ambil|diambil|tebus|ditebus|dituntut)\b[^.!?\n]{0,40}?\b(?:di|ke|dari|daripada) (?:bahagian |"
    r"jabatan |divisi |bagian )?(?:hr|hrd|sumber manusia|personalia|resepsi|admin|sekretariat|panitia|urus setia)\b"
)
# - "Kartu Debit Anda telah diblokir sesuai permintaan", "Pengajuan pemblokiran kartu via Contact BRI telah
#   berhasil": a card blocked at the holder's own request (joined to LOCKED_BY_WRONG_ENTRY: no link and no number
#   in the message, or it stays a threat: "jika bukan anda, hubungi 08…").
_IDMS24_OWN_BLOCK = (
    r"|\b(?:sesuai|atas|mengikut|mengikuti|berdasarkan) permintaan(?: anda| bapak/ibu| nasabah)?\b|"
    r"\b(?:pengajuan|permohonan|permintaan) (?:pemblokiran|penyekatan|sekatan|pembatalan|penutupan)\b"
    r"[^.!?\n]{0,60}?\b(?:berhasil|berjaya|diproses|diterima|selesai)\b"
)
_ID_PW = r"(?:pw|pass|passwd|password|kata sandi|sandi)"
_MS_PW = r"(?:pw|pass|password|kata laluan|katalaluan)"
_ID_YOU = r"(?:kamu|km|kmu|lu|lo|loe|elo|kau|sis|bro|kak|kakak|mbak|mas|anda|ibu|bapak)"
_MS_YOU = r"(?:kamu|awak|ko|kau|sis|bro|kak|akak|abang|bang|anda|puan|encik|cik|tuan)"
# Then the scam classes of the round's misses:
# - the login of a friend's social or shop account asked for in chat, "bisa minta username sm pw IG kamu bentar?",
#   "perlu email & kata laluan sis dlm 1 jam": a login name and its password, both the reader's.
# - card details "we" need for a refund or a credit ("kami perlu nombor kad & CVV untuk kreditkan balik", "mohon
#   kirim foto kartu ATM depan belakang"): no airline or bank asks for the card's back or its CVV in a message.
# - the SIM swap "request received; if it was not you, call … and give your IC number": the cancellation of a
#   change the reader never asked for is the pretext to take the identity number.
_IDMS24_SHARED_LOGINS_CARD_BACKS_AND_SIM_CANCELS: dict[S, dict[str, list[str]]] = {
    S.PASSWORD_REQUEST: {
        "id": [
            rf"\b(?:minta|pinjem|pinjam|kirim(?:in|kan)?|kasih|kasi|bagi|share|butuh|perlu)\b[^.!?\n]{{0,25}}?"
            rf"\b(?:username|user|email|e-mail|id|akun)\b (?:sm|sama|dan|dan juga|&|\+|n) {_ID_PW}\b"
            rf"(?:[^.!?\n]{{0,15}}?\b(?:{_ID_YOU}|[a-z]{{3,}}mu)\b)",  # (or "akunmu", "tokomu")
            r"\b(?:kirim(?:in|kan)?|fotoin|foto|fotokan)\b[^.!?\n]{0,15}?\bkartu (?:atm|debit|kredit)\b[^.!?\n]{0,20}?"
            r"\b(?:depan(?:[- ](?:dan |&|n )?)?belakang|bolak[- ]balik|bagian belakang|sisi belakang)\b",
        ],
        "ms": [
            rf"\b(?:minta|pinjam|hantar|bagi|bg|share|kongsi|perlu|perlukan)\b[^.!?\n]{{0,25}}?"
            rf"\b(?:username|user|email|emel|e-mel|id|akaun)\b (?:dan|&|\+|n|ngan|dengan) {_MS_PW}\b"
            rf"(?:[^.!?\n]{{0,15}}?\b{_MS_YOU}\b)",
            r"\b(?:kami|kita|sy|saya|kitorang|kitaorang) (?:cuma |hanya |hny )?(?:perlu|perlukan|memerlukan|nak|mahu)\b"
            r"[^.!?\n]{0,20}?\b(?:nombor kad|no\.? kad|butiran kad)\b[^.!?\n]{0,20}?\b(?:cvv|cvc|tarikh luput|kod 3 digit)\b",
        ],
    },
    S.IMPERSONATION: {
        "ms": [
            r"\b(?:penukaran|pertukaran|tukar|ganti|penggantian) (?:kad )?sim\b[^\n]{0,120}?\b(?:jika|kalau|sekiranya) "
            r"bukan (?:anda|awak)\b[^\n]{0,80}?\b(?:berikan|beri|hantar|sahkan|nyatakan|maklumkan)\b[^.!?\n]{0,20}?"
            r"\b(?:nombor|no\.?) (?:ic|kad pengenalan|mykad)\b",
        ],
        "id": [
            r"\b(?:penggantian|pergantian|ganti|tukar) (?:kartu )?sim\b[^\n]{0,120}?\b(?:jika|kalau|apabila) "
            r"bukan (?:anda|kamu|bapak/ibu)\b[^\n]{0,80}?\b(?:berikan|kirim(?:kan)?|sebutkan|konfirmasi|verifikasi)\b"
            r"[^.!?\n]{0,20}?\b(?:nik|nomor ktp|no\.? ktp|ktp|nama ibu kandung)\b",
        ],
    },
}
_SCAM_STORIES: dict[S, dict[str, list[str]]] = {
    # A code the sender is about to trigger, to be read back ("you'll get a 6-digit code, provide it", "等会儿你会收
    # 到一个6位数，发我", "mã 6 số vừa gửi về máy anh, anh đọc giúp em"), a number-matching sign-in prompt to approve
    # for a caller ("tap Approve and tell me the number it shows"), and a stranger registering with your number.
    S.OTP_REQUEST: {
        "en": [
            rf"\b(?:{_EN_CODE}|confirmation number)\b.{{0,100}}?\b(?:(?:provide|reply (?:here )?with|send us|give us) (?:it|them|that|this)|share (?:it|them|that|this) with (?:me|us|our))\b",
            rf"\b(?:sending|giving|forwarding|reading|telling) (?:us|me|our (?:agent|team|staff|officer)) (?:the |your )?(?:[\w-]+ ){{0,2}}?{_EN_CODE}\b",
            r"\b(?:tell|send|give|read) (?:me|us) (?:the number|the code|the digits) (?:it shows|you see|shown|displayed|on (?:the|your) (?:screen|phone|app))\b",
            # a SIM "upgrade" that asks for the new SIM's serial number (what a SIM swap needs)
            r"\b(?:send|give|provide|read|text|reply with|share)\b[^.!?\n]{0,30}\b(?:\d+-digit )?serial number\b[^.!?\n]{0,40}\bsim\b|\b(?:send|give|provide|read|reply with|share)\b[^.!?\n]{0,20}\b(?:sim serial|iccid)\b",
        ],
        "vi": [
            rf"\b(?:mã (?:otp|xác nhận|xác thực|xác minh|kích hoạt|hủy|vừa gửi|gửi về)|otp|dãy số)\b{_VI_READ_BACK}",
            rf"\d số\b(?! điện thoại| tài khoản| nhà| phòng| áo){_VI_READ_BACK}",
            r"\bđiền\b[^.!?\n]{0,40}\bmã otp\b[^.!?\n]{0,10}\btại\b",
            r"\b(?:bấm|nhấn|chọn|ấn) (?:nút )?(?:approve|phê duyệt|chấp nhận|đồng ý)\b[^.!?\n]{0,12}\b(?:giúp|hộ|cho) (?:mình|em|anh|chị|tôi)\b",
        ],
        "zh": [
            r"(?:\d|[四六])位(?:数字?|數字?|验证码|码)[^.!?]{0,20}(?:发我|发给我|告诉我|报给我|给我看|截图)",
            r"(?:[帮幫]我看一下|告诉我|发我|念给我)[^.!?]{0,10}(?:收到|短信)[^.!?]{0,6}(?:\d|[四六])位(?:数|數|验证码|码)",
            r"用(?:你|您)的?(?:手机号|号码|电话号码?)[^.!?]{0,6}(?:注册|验证|认证|接收)",
        ],
    },
    # A seed phrase or wallet key typed into a page; a bank's "officer" collecting the card with its PIN; an HTML
    # attachment named in one sentence and a login with the work e-mail in the next; card data entered "to receive"
    # a payment.
    S.PASSWORD_REQUEST: {
        "en": [
            r"\b(?:enter|confirm|type|input|submit|share|send|provide|verify)\b[^.!?\n]{0,30}\b(?:seed phrase|recovery phrase|secret phrase|wallet phrase|private key|mnemonic)\b",
            r"\b(?:have your (?:atm |debit |bank )?card and (?:pin|pin number|password) ready|(?:hand|give|pass)(?: over)? (?:your |the )?(?:atm |debit |bank )?cards? and (?:the )?(?:pin|pin number))\b",
            r"(?<![^\s\"'“(:])[\w-]+\.s?html?\b[^!?;\n]{0,120}?\b(?:log ?in|sign ?in|login)\b (?:with|using) (?:your )?(?:[\w-]+ ){0,2}?(?:credentials|e-?mail|password|account|office ?365|microsoft|outlook)\b",
            r"\benter your (?:bank )?(?:card|bank)(?: details| number| info\w*)?\b[^.!?\n]{0,30}\b(?:to )?(?:receive|claim|collect)\b",
        ],
        "vi": [
            r"\b(?:nhập|xác nhận|cung cấp|gửi)\b[^.!?\n]{0,30}\b(?:cụm từ khôi phục|seed phrase|khóa bí mật|private key)\b",
            r"(?<![^\s\"'“(:])[\w-]+\.s?html?\b[^!?;\n]{0,120}?\b(?:đăng nhập|login)\b (?:bằng|với) (?:tài khoản |địa chỉ )?(?:email|mật khẩu|thư)\b",
        ],
        "zh": [
            r"(?:输入|填写|提交|导入)[^.!?]{0,10}(?:助记词|助記詞|私钥|私鑰)",
            r"(?:卡片|银行卡)(?:及|和|与|连同)(?:其)?密码",
            r"(?:输入|填写|提供)[^.!?]{0,6}银行卡(?:资料|信息|号)?[^.!?]{0,10}(?:收款|领取|退款|理赔|赔付)",
        ],
    },
    S.REMOTE_ACCESS: {
        "en": [r"\b(?:(?:i|we) can take control|session code)\b"],
    },
    # A link to install the app, sent by a chat contact ("kết bạn Zalo … để nhận link cài đặt ứng dụng").
    S.APP_INSTALL: {
        "en": [rf"\blink to (?:install|download) (?:the |our |an? )?(?:app|application)\b{_NOT_APP_STORE}"],
        "vi": [rf"\b(?:link|đường dẫn) (?:để )?(?:cài đặt|tải|cài) (?:ứng dụng|app|phần mềm)\b{_NOT_APP_STORE}"],
    },
    S.PAYMENT_REQUEST: {
        "en": [
            # a boss's payment to a new supplier while they cannot be called ("I'm boarding and can't take calls")
            rf"{_EN_PAY_ASK}(?=(?s:.){{0,160}}?{_EN_PAYEE_PRESSURE})[^.!?\n]{{0,60}}",
            rf"{_EN_PAYEE_PRESSURE}(?=(?s:.){{0,160}}?{_EN_PAY_ASK})",
            r"\bfollowing (?:up on )?my voice (?:note|message)\b[^\n]{0,80}?\b(?:payment|transfer|wire)\b",
            # bail for a relative held by the police; an accident or hospital and money sent to an account or wallet
            r"\b(?:until|for|need|pay|post|posting|the|my) bail\b|\bbail (?:money|is paid|bond|fee|payment)\b",
            r"\b(?:accident|hospital|arrested|police station)\b(?=[^\n]{0,120}?\b(?:send (?:it )?to this|send (?:me )?(?:rs|\$|£)|transfer (?:it )?to|upi|gcash)\b)",
            # equipment bought "from our vendor" before a job starts, to be reimbursed
            r"\b(?:purchase|buy)\b[^.!?\n]{0,30}\b(?:laptop|equipment|devices?|starter kit|software)\b[^.!?\n]{0,60}\b(?:reimburs\w*|refund\w*)\b",
            # a refundable deposit before a loan, a recovery service's fee
            r"\brefundable\b[^.!?\n]{0,30}\b(?:deposit|fee|payment)\b",
            r"\b(?:recover\w*|retriev\w*|get back)\b[^.!?\n]{0,40}\b(?:funds|money|assets|losses|crypto)\b(?=[^\n]{0,120}?\b(?:fee|upfront|up front|advance|deposit)\b)",
            # donations sent to a coordinator's own account or wallet
            rf"\b(?:donat\w*|relief|fund ?rais\w*|raising funds)\b[^\n]{{0,80}}?(?:{_WALLET_NUMBER}|coordinator'?s (?:account|gcash|number|wallet))",
            # concert tickets: half now, the rest later
            r"\btickets?\b[^\n]{0,120}?\b(?:half|50 ?%) (?:now|first|upfront|up front|by (?:bank )?transfer)\b[^\n]{0,60}?\b(?:rest|remaining|balance|other half)\b",
        ],
        "vi": [
            r"\b(?:đang họp|đang lên máy bay|lên máy bay|đang bay|voice (?:note )?(?:anh|chị|sếp)? ?vừa gửi|vừa gửi voice)\b(?=(?s:.){0,150}?\bchuyển\b[^.!?\n]{0,30}\b(?:gấp|ngay|\d+ ?(?:triệu|tr)\b))",
            r"\bchuyển (?:gấp|ngay|khẩn)\b(?=(?s:.){0,120}?\b(?:không nghe máy|không nghe được|đang họp|lên máy bay|không gọi được|đừng gọi|chụp bill)\b)[^.!?\n]{0,50}",
            r"\b(?:sếp|giám đốc|gđ|chủ tịch)\b[^.!?\n]{0,20}\b(?:bảo|dặn|nhờ|yêu cầu|chỉ đạo) (?:em |chị |anh )?chuyển (?:khoản|tiền|tạm ứng|gấp|\d)",
            # a relative or pupil in hospital, at the police station or held abroad: urgent money, a doctor's account
            r"\b(?:chuyển|nộp|đóng|ck)\b[^.!?\n]{0,10}\bphí (?:thông quan|hải quan)\b",
            r"\b(?:stk|tài khoản|tk|số tài khoản) (?:của )?(?:bác sĩ|bs|y tá|bệnh viện)\b",
            r"\b(?:tiền chuộc|chuộc (?:người|em|con|cháu|anh|chị))\b",
            r"\b(?:tai nạn|cấp cứu|bị giữ|đồn công an|bị bắt|nhập viện|bệnh viện)\b(?=[^\n]{0,120}?\bchuyển (?:gấp|giúp|ngay|khẩn)\b)",
            rf"\b(?:ủng hộ|quyên góp|từ thiện)\b[^\n]{{0,60}}?(?:{_PERSONAL_ACCOUNT}|{_WALLET_NUMBER})",
            r"\bvé\b[^\n]{0,80}?\b(?:cọc|chuyển|ck) (?:trước )?(?:50%|50 %|một nửa)",
            r"\b(?:lấy lại|thu hồi|đòi lại)\b[^.!?\n]{0,30}\b(?:số )?tiền (?:[^\s.!?]+ ){0,2}?(?:đã )?bị lừa\b",
        ],
        "zh": [
            # a boss's payment while "in a meeting, can't take calls", the account details "sent to you privately"
            rf"{_ZH_NO_CALL}[^\n]{{0,60}}?{_ZH_PAY_TO}",
            rf"{_ZH_PAY_TO}[^\n]{{0,80}}?{_ZH_NO_CALL}",
            r"(?:转|付|汇|过数)[^\n]{0,60}?(?:账户|账号|户口)(?:信息|资料)我[^.!?]{0,8}(?:发|传)(?:给)?你",
            r"(?:转|付|汇|过数)[^.!?]{0,16}新(?:的)?(?:供应商|供應商)",
            # funds handed to an "authority" for supervision, a loan taken out to a "refund account", a QR code to pay again
            r"(?:资金|存款)[^.!?]{0,4}(?:交由|交给|移交)[^.!?]{0,6}(?:监管|監管|保管|审查|審查|核查)|(?:退款|理赔|验证|解冻)专用(?:账户|账号)|在(?:借呗|花呗|微粒贷|京东金条)[^.!?]{0,4}借",
            r"旧(?:的)?二维码[^\n]{0,40}?再付|(?:新码|新的码|这个码)再付",
            # bail, a doctor's account, a recovery service's fee
            r"保释金|保釋金|保释费|保釋费|(?:医生|醫生|医院|醫院)(?:的)?(?:个人)?(?:账户|账号|卡号|银行卡)",
            r"(?:追回|挽回|追讨)[^\n]{0,40}?(?:先付|受理费|手续费|服务费|律师费)",
            # an "old classmate" or relative who asks to advance money
            r"(?:还[记記]得我[吗嗎]|猜猜我是[谁誰])[^\n]{0,80}?(?:[垫墊]|借|转|汇)",
            # a class teacher's fee paid by scanning a QR code, the receipt screenshotted to the group
            r"(?:班主任|老师|老師)[^\n]{0,60}?(?:扫描|扫|掃描|掃)[^.!?]{0,8}(?:二维码|码)[^.!?]{0,6}(?:缴费|缴纳|交费|付款|支付)|(?:缴费|交费|付款)后[^.!?]{0,4}截图(?:发|發)(?:到)?群",
            # donations to a person's FPS or account, concert tickets half paid first
            r"(?:募捐|捐款|善款|捐助)[^\n]{0,30}?(?:转数快|轉數快|fps|个人(?:账户|账号)|负责人|負責人)",
            r"(?:门票|演唱会|内场票|球票)[^\n]{0,40}?先(?:转|付|打)(?:一半|50%)",
        ],
    },
    S.INVESTMENT_LURE: {
        "en": [
            rf"\b(?:earn|earning|make|making|income|pay|paid|salary)\b[^.!?\n]{{0,12}}{_EN_DAY_RANGE}",
            rf"\b(?:remote|part-?time|from home)\b[^\n]{{0,40}}?{_EN_DAY_RANGE}",
            r"\b(?:like|rate|review|rating|reviewing|liking)\b[^.!?\n]{0,40}\b(?:hotels?|products?|videos?|listings?|apps?|movies?)\b[^.!?\n]{0,60}\b(?:earn|paid|per task|commission|daily)\b",
            r"\b(?:make|earn|making|earning) (?:\$|£|s\$|rs\.?|rm|usd ?)?\d[\d,]*k?\s?(?:/ ?|per |a |each |every )(?:day|week|hour)\b",
            r"\b(?:ai )?trading (?:bot|robot)\b|\b(?:stock|trading|investment) (?:analysis|picks|recommendations|tips)\b[^.!?\n]{0,40}\b(?:whatsapp|telegram|group)\b",
            r"\b\d+ ?% a month\b|\bmy (?:uncle|aunt|mentor|cousin)'?s platform\b",
        ],
        "vi": [
            r"\b(?:đánh giá (?:5|năm) sao|(?:like|thả tim|đánh giá) (?:và đánh giá )?(?:sản phẩm|khách sạn|video|shop|cửa hàng))\b[^\n]{0,80}?\b(?:thu nhập|hoa hồng|nhiệm vụ|mỗi đánh giá|/ ?ngày)",
            r"\blãi (?:suất )?\d+ ?% ?/ ?(?:tuần|ngày|tháng)\b",
            r"\b(?:tháng này|tuần này|hôm nay|mỗi tuần|mỗi tháng|1 tuần|một tuần) lãi \d+ ?%",
            r"\bhoa hồng (?:hằng|hàng|mỗi) ngày\b",
            r"\b(?:chắc chắn|đảm bảo|cam kết) (?:gấp đôi|x2|có lãi)\b|\blỗ (?:em|bên em|mình) (?:đền|chịu|bù)\b|\bchắc thắng\b",
            r"\b(?:em|mình|chị|anh) (?:chỉ|hướng dẫn|dẫn) (?:anh|chị|em|bạn) (?:chốt lệnh|vào lệnh|đánh lệnh)\b",
            r"\b(?:nhắn nhầm|nhầm số|vô tình thấy)\b[^\n]{0,200}?\b(?:vàng|đầu tư|sàn|coin|chứng khoán|ngoại hối|forex)\b",
        ],
        "zh": [
            r"(?:写好评|寫好評|给好评|好评|点赞|點讚|讚好|赞好|关注公众号)[^\n]{0,30}?(?:佣金|每单|每單|日赚|日賺|\$\d|\d+元)|每[单單]佣金|先(?:储值|儲值|充值)(?:接单|接單)|日賺",
            r"(?:选股|選股|荐股|薦股|报明牌|明牌|飙股|飆股)[^\n]{0,40}?(?:群|老师|老師|胜率|勝率)|(?:胜率|勝率)\d",
            r"潜力股|潛力股|即将拉升|打新通道|中签率提升|套利平台|(?:每天|每日|每月)稳定收益",
        ],
    },
    # Loans "pre-approved" with no documents or checks: an unasked-for windfall like a prize.
    # Money to "receive" by scanning a QR code with the bank app or opening a link (a refund, a compensation, a
    # buyer's payment): scanning a QR code with a bank app pays its owner, and a buyer's money needs no link. Like
    # "claim your refund", an offered sum; a loan "pre-approved" with no documents or checks is one too.
    S.PRIZE_LURE: {
        "vi": [
            r"\b(?:vui lòng|hãy|bạn|anh|chị|em|quý khách|mình) (?:quét (?:mã )?qr|quét mã|(?:bấm|nhấp|vào|mở) (?:vào )?(?:link|đường link|đường dẫn))\b[^!?\n]{0,60}?\bnhận (?:tiền|lại tiền|hoàn tiền|\d)",
        ],
        "zh": [
            r"(?:请|麻烦)[^.!?]{0,4}(?:扫描|扫|掃描|掃)[^.!?]{0,10}(?:二维码|码)[^.!?]{0,20}(?:退款|理赔|理賠|赔付|收款|填写银行卡|领取(?:现金|赔|\d))",
            r"(?:双倍|三倍|两倍|[23]倍)(?:赔付|赔偿|理赔|退款)|赔付您[^.!?]{0,10}(?:三倍|双倍)",
            r"(?:点|点击)(?:我|这个)?(?:这个)?链接[^.!?]{0,6}(?:确认收款|收款|领取退款)",
        ],
        "en": [
            r"(?<!never )(?<!not )(?<!n't )(?<!ask you to )(?<!asks you to )\b(?:scan|click|tap)\b[^.!?\n]{0,60}\b(?:to )?(?:receive|claim|collect|accept) (?:the |your )?(?:money|payment|funds|refund|transfer|\$ ?\d|£ ?\d|s\$ ?\d)(?! ?(?:notifications?|alerts?|reminders?|settings|confirmations?|receipts?|details)\b)",
            r"\bloans?\b[^.!?\n]{0,80}\b(?:no documents?|without (?:any )?documents?|no paperwork|no credit check|no payslips?)\b",
        ],
    },
    S.IMPERSONATION: {
        "en": [
            r"\b(?:found your (?:number|contact) in my (?:contacts|phone(?:book)?)|can'?t remember (?:where|how) we met)\b",
            r"\b(?:add|contact|message|text) our (?:officer|agent|case officer|claims officer)\b[^.!?\n]{0,20}\b(?:on|via) (?:whatsapp|telegram|line|wechat)\b",
            r"\bpress \d+ (?:now )?to (?:speak|talk|connect)\b[^.!?\n]{0,30}\b(?:officer|agent|technician|advisor|adviser|cbi|police)\b",
            # a renewal charged "today", to cancel by calling ("Not you? Call 1-888 … for a refund")
            r"\b(?:auto-?renew\w*|renew(?:ed|al))\b(?=[^\n]{0,150}?(?:\b(?:call|dial)\b[^.!?\n]{0,50}\b(?:cancel|refund)|\b(?:cancel|refund)\b[^.!?\n]{0,10}\b(?:call|dial)\b))[^.!?\n]{0,50}",
        ],
        "vi": [
            r"\b(?:mượn (?:máy|điện thoại|đt|dt) (?:của )?(?:bạn|người khác|người|y tá|bác sĩ)|điện thoại (?:của )?(?:con|em|bà|mẹ|bố|cháu|anh|chị) (?:bị )?(?:hỏng|hết pin|mất|rơi|vỡ))\b",
        ],
        "zh": [
            r"加我(?:的|这个)新(?:微信|号|qq|line|账号)|加一下我(?:的|这个)?新(?:微信|号|qq|line|账号)|新号码请保存|请保存(?:我的)?新号码",
            rf"{_ZH_DONT_TELL_FAMILY}[^\n]{{0,60}}?(?:转|万|钱|保释|保釋|律师费)|(?:转|万|钱|保释|保釋|律师费)[^\n]{{0,60}}?{_ZH_DONT_TELL_FAMILY}",
            r"(?:这个|這個)号是(?:朋友|同学)的|(?:借|用)(?:朋友|同学|别人)的(?:手机|电话|号)",
        ],
    },
    # Paid SMS services: a reply with personal data to a 106 number; a four-digit dial code "to receive" free minutes.
    S.PREMIUM_RATE: {
        "en": [
            r"[£$€](?<![\w£$€][£$€])\s?\d{1,2}(?:\.\d\d)?\s?(?:/|per|each)\s?(?:msg|message|text|txt|sms|rcvd|recd|received)\b",
        ],
        "vi": [
            r"\b(?:tặng|miễn phí|quà)\b[^\n]{0,80}?\b(?:bấm|nhấn|quay|soạn)\s?\*\d{4,5}#[^.!?\n]{0,30}\bnhận\b",
            rf"{_PREMIUM_ROUTE}{_PREMIUM_GAP}(?:cước|phí) (?:gọi|cuộc gọi):? ?\d{{1,3}}(?:[.,]\d{{3}})*\s?(?:đ|đồng|vnd|k)\s?(?:/|một |mỗi )\s?(?:phút|cuộc)\b",
        ],
        "zh": [r"回复(?![^.!?]{0,6}(?:退订|td|退))[^.!?]{0,20}?(?:至|到)10[56]\d(?:\s?\d){4,}"],
    },
    S.LINK_ACTION: {
        "en": [
            r"\bkeep (?:your |the )?(?:current|same|existing) password\b",
            rf"\b(?:rebook|re-?book|re-?deliver\w*|cancel|review|apply|re-?enter|complete|view (?:the )?(?:file|document|invoice))\b{_AMOUNT_WINDOW}{{0,60}}(?:\b(?:at|via|here|below|link|on)\b|:)\s",
        ],
        "vi": [
            rf"\b(?:đóng (?:phí|tiền)|nhập thông tin|đổi ngay)\b{_AMOUNT_WINDOW}{{0,60}}\b(?:tại|qua|link|đường dẫn)\b",
            r"\b(?:nộp phạt|cập nhật|xác minh|xác thực)\b[^.!?\n]{0,10}:\s",
            r"\bgiữ (?:nguyên|lại) mật khẩu\b|\bgiữ mật khẩu (?:hiện tại|cũ)\b|\bđăng nhập (?:fb|facebook|zalo|gmail)\b[^.!?\n]{0,10}\bđể xem\b",
        ],
        "zh": [
            r"(?:点击|登录|登陆|登入|访问|打开|前往)(?:[^.!?]|\.(?=[a-z0-9])){0,30}(?:缴纳|缴费|补缴|支付|付款|核实|验证(?!码)|认证(?!码)|更新|领取|兑换|提交|校验(?!码)|输入)",
            r"(?:请|需|须)[^.!?]{0,6}(?:在|至|到)(?:[^.!?]|\.(?=[a-z0-9])){0,30}(?:验证|认证|登录|登入|输入|缴纳|缴费|完成|办理|更新|提交)",
            r"(?:补缴|缴纳|缴费|兑换|领取|支付|核实|验证|认证|申诉|取消|退款|办理)[^.!?,]{0,10}:",
            r"保留(?:当前|原|现有|原有)密码",
        ],
    },
}
# Scam classes the rules missed in Arabic, Indonesian, Malay and Thai (blind round 12 and earlier rounds), each
# written as the script it belongs to, in several phrasings per language:
# * a content service (games, horoscope, videos, ringtones) announced as already subscribed at a price per day or
#   week, a free trial of one that starts when you reply, and a Thai keyword SMS to a 4xxxxxx premium code. A
#   carrier's double opt-in ("you tried to subscribe …, reply YES to confirm; ignore if not you"), its data and
#   roaming passes and monthly plans are none of these;
# * a document "shared with you" (SharePoint, DocuSign, Drive) or a full mailbox that is opened by logging in
#   (counted only with a link that is not official: a share inside the company's own tenant links to
#   sharepoint.com); a reply, login or "keep" with the *current* password;
# * an illegal lender's threat to send the debtor's data or photos to all their contacts;
# * a relative or friend on a new or borrowed number who asks to borrow or transfer money;
# * a donation paid into a coordinator's, chairman's or monk's own account instead of the charity's;
# * concert or bus tickets resold "at face value", paid by transfer or deposit first;
# * pre-IPO shares for "insiders", stock-signal chat groups and their past returns;
# * a "wrong number" opener that turns to trading, forex or gold, or to friendship with someone working abroad.
# The code "that reached you" asked back with a verb that carries its object ("ارسليه لي", "قوليهولي", "اقرأه لي"),
# or announced ("a code will come in / was sent to your number") and then asked to be read out, screenshotted or
# forwarded, the next sentence included; and a sign-in prompt announced in advance, to approve or whose number to
# read out (MFA push fatigue). A bank's own OTP delivery says not to share it: the negation cancels the request.
_AR_GIVE_IT = (
    r"(?:ارسله|أرسله|ارسليه|أرسليه|ترسليه|ترسله|ترسلينه|ترسلين لي|ترسلي لي|ابعته|ابعتيه|ابعتهولي|ابعتيهولي|تبعتيهولي|"
    r"تبعتهولي|ابعتيلي ياه|ابعتلي ياه|ابعثه|ابعثيه|اقراه|اقرأه|اقراها|اقرأها|اقرأ لنا|اقرا لنا|قوليهولي|قولهولي|قوليه لي|"
    r"قوله لي|رده علينا|رديه علينا|عطني اياه|تعطيني|اعطني|أعطني|قلي|قولي لي|صوره لي|صوريه لي)"
)
# Scam classes of round 24 and the brief, in all seven languages:
# * a sick child's plea paid into a relative's e-wallet or account (vi: "xin mọi người hảo tâm … chuyển khoản qua
#   MoMo"). (An account "in the name of" a foundation or temple is also how the foundation's own notice reads, so that
#   wording is left out: only "by a stranger" tells them apart.)
# * a booking deposit the "host" says will be released to another guest unless paid now;
# * nickel, digital-gold or gold-savings "investments" with a fixed return per day, week or month;
# * labour export (work in Japan, Korea, Taiwan): a deposit or visa fee transferred to the recruiter;
# * an eSIM QR code sent by chat to "upgrade" or "activate" the SIM;
# * a QR code sent to the reader "to receive" a deposit, scanned in the banking app and confirmed (vi).
_LABOUR = {
    "en": r"\b(?:work|jobs?|working|labou?r|factory jobs?)\b[^.!?\n]{0,20}\bin (?:japan|korea|south korea|taiwan)\b",
    "vi": r"\b(?:xuất khẩu lao động|xklđ|đi (?:làm việc ở |làm việc tại |làm |xuất khẩu )?(?:nhật|nhật bản|hàn|hàn quốc|đài loan)|đơn hàng (?:nhật|hàn|đài loan))\b",
    "id": r"\b(?:kerja|bekerja|pekerja migran|tki|pmi|magang)\b[^.!?\n]{0,20}\b(?:ke |di )?(?:jepang|korea|korsel|taiwan)\b",
    "ms": r"\b(?:kerja|bekerja|pekerjaan)\b[^.!?\n]{0,20}\b(?:ke |di )?(?:jepun|korea|taiwan)\b",
}
# (an eSIM QR the carrier sends to the registered e-mail, "امسح رمز QR المرسل إلى بريدك المسجل", is its own delivery)
_NOT_BY_MAIL = r"(?![^\n]{0,80}(?:\b(?:e-?mail|e-?mel|emel|inbox email)\b|بريد|邮箱|邮件|电邮|อีเมล))"
_VI_TO_HOLD = r"(?:cọc|đặt cọc|chuyển khoản|ck|chuyển tiền|thanh toán)"
_DONATIONS_RELEASED_BOOKINGS_GOLD_LABOUR_FEES_AND_ESIM_QRS: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "en": [
            r"\b(?:released|given|offered|going|go) to (?:another|the next|other|a different) (?:guest|guests|tenant|customer|"
            r"buyer|renter|booker)\b[^\n]{0,80}?\b(?:deposit|transfer|pay|payment)\b|"
            r"\b(?:deposit|transfer|pay)\b(?=[^\n]{0,100}?\b(?:or|otherwise|else)\b[^.!?\n]{0,30}\b(?:released|given|go|goes) to "
            r"(?:another|the next|other|a different) (?:guest|tenant|customer|buyer|renter)\b)",
            rf"{_LABOUR['en']}(?s:.){{0,150}}?\b(?:deposit|visa fee|processing fee|placement fee|fee)\b[^\n]{{0,80}}?\b(?:transfer|send|pay)\b|"
            rf"\b(?:transfer|send|pay)\b[^.!?\n]{{0,40}}\b(?:deposit|visa fee|placement fee|processing fee)\b(?s:.){{0,100}}?{_LABOUR['en']}",
        ],
        "vi": [
            r"\b(?:hảo tâm|mạnh thường quân)\b[^.!?\n]{0,60}\b(?:chuyển khoản|ck|chuyển tiền)\b[^.!?\n]{0,20}\b(?:qua |vào )?(?:momo|zalopay|stk|số tài khoản)\b",
            rf"\b(?:nhường|nhả|giao|chuyển|để) (?:lại )?(?:phòng |căn |nhà )?(?:cho|sang) (?:khách|người|bên) (?:khác|sau)\b[^\n]{{0,80}}?\b{_VI_TO_HOLD}\b|"
            rf"\b{_VI_TO_HOLD}\b(?=[^\n]{{0,100}}?\b(?:không thì|nếu không|kẻo|không là)\b[^.!?\n]{{0,30}}\b(?:nhường|nhả|giao|chuyển|để) "
            r"(?:lại )?(?:phòng |căn |nhà )?(?:cho|sang) (?:khách|người|bên) (?:khác|sau)\b)",
            rf"{_LABOUR['vi']}(?s:.){{0,150}}?\b(?:cọc|đặt cọc|phí visa|phí hồ sơ|phí xuất cảnh|phí đào tạo|phí)\b[^\n]{{0,80}}?\b(?:chuyển khoản|ck|chuyển tiền|chuyển)\b|"
            rf"\b(?:chuyển khoản|ck|chuyển tiền)\b[^.!?\n]{{0,40}}\b(?:cọc|phí visa|phí hồ sơ|phí xuất cảnh)\b(?s:.){{0,100}}?{_LABOUR['vi']}",
            r"\bmã qr\b[^.!?\n]{0,30}\bđể (?:anh|chị|em|bạn|cô|chú|mình) nhận (?:cọc|tiền|khoản)\b|"
            r"\bquét\b[^.!?\n]{0,60}\b(?:bấm|nhấn) (?:xác nhận|chuyển)\b[^.!?\n]{0,30}\b(?:là )?tiền (?:về|vào|sẽ về)\b",
        ],
        "id": [
            r"\b(?:dilepas|diberikan|dikasih|dialihkan|jatuh) ke (?:tamu|penyewa|pembeli|orang|customer) (?:lain|berikutnya)\b[^\n]{0,80}?\b(?:dp|deposit|transfer|tf|bayar)\b|"
            r"\b(?:dp|deposit|transfer|tf|bayar)\b(?=[^\n]{0,100}?\b(?:kalau tidak|kalau nggak|kalo ga|jika tidak|atau)\b[^.!?\n]{0,30}\b(?:dilepas|diberikan|dikasih|dialihkan) ke "
            r"(?:tamu|penyewa|pembeli|orang|customer) (?:lain|berikutnya)\b)",
            rf"{_LABOUR['id']}(?s:.){{0,150}}?\b(?:dp|deposit|uang muka|biaya visa|biaya proses|biaya)\b[^\n]{{0,80}}?\b(?:transfer|tf|kirim|bayar)\b|"
            rf"\b(?:transfer|tf)\b[^.!?\n]{{0,40}}\b(?:dp|deposit|biaya visa|biaya proses)\b(?s:.){{0,100}}?{_LABOUR['id']}",
        ],
        "ms": [
            r"\b(?:dilepaskan|diberikan|bagi|diserahkan) (?:kepada|kat|ke) (?:tetamu|penyewa|pembeli|orang|customer) (?:lain|seterusnya)\b[^\n]{0,80}?\b(?:deposit|transfer|bayar|pindahkan)\b|"
            r"\b(?:deposit|transfer|bayar)\b(?=[^\n]{0,100}?\b(?:kalau tak|jika tidak|atau)\b[^.!?\n]{0,30}\b(?:dilepaskan|diberikan|bagi|diserahkan) (?:kepada|kat|ke) "
            r"(?:tetamu|penyewa|pembeli|orang|customer) (?:lain|seterusnya)\b)",
            rf"{_LABOUR['ms']}(?s:.){{0,150}}?\b(?:deposit|wang pendahuluan|yuran visa|yuran proses|yuran|bayaran)\b[^\n]{{0,80}}?\b(?:transfer|pindahkan|bank in|bayar)\b|"
            rf"\b(?:transfer|bank in|pindahkan)\b[^.!?\n]{{0,40}}\b(?:deposit|yuran visa|yuran proses)\b(?s:.){{0,100}}?{_LABOUR['ms']}",
        ],
        "zh": [
            r"(?:让给|转给|给)(?:其他|别的|下一位|下一个)(?:客人|房客|租客|买家|客户)[^\n]{0,40}?(?:定金|订金|押金|转账|付款)|"
            r"(?:定金|订金|押金|转账|付款)(?=[^\n]{0,50}?(?:否则|不然|要不然)[^。！？\n]{0,15}(?:让给|转给|给)(?:其他|别的|下一位|下一个)(?:客人|房客|租客|买家|客户))",
            r"(?:去|赴|到)(?:日本|韩国|台湾)(?:工作|打工|务工|就业)[^\n]{0,80}?(?:押金|定金|订金|签证费|手续费|中介费)[^\n]{0,40}?(?:转账|汇款|转到|打到)",
        ],
        "th": [
            r"(?:ปล่อย|ให้|ยก)(?:ห้อง|บ้าน)?(?:ให้)?(?:แขก|ลูกค้า|คน|ผู้เช่า)(?:ท่าน)?(?:อื่น|ถัดไป|คนต่อไป)[^\n]{0,40}?(?:มัดจำ|โอน|จ่าย|ชำระ)|"
            r"(?:มัดจำ|โอน)(?=[^\n]{0,50}?(?:ไม่งั้น|มิฉะนั้น|ไม่อย่างนั้น)[^\n]{0,20}?(?:ปล่อย|ให้|ยก)(?:ห้อง|บ้าน)?(?:ให้)?(?:แขก|ลูกค้า|คน|ผู้เช่า)(?:อื่น|ถัดไป))",
            r"(?:ไปทำงาน|ทำงานที่|ทำงานใน)(?:ประเทศ)?(?:ญี่ปุ่น|เกาหลี|ไต้หวัน)[^\n]{0,80}?(?:มัดจำ|ค่าวีซ่า|ค่าดำเนินการ|ค่าหัว|ค่านายหน้า)[^\n]{0,40}?โอน",
        ],
        "ar": [
            r"(?:لضيف|لنزيل|لعميل|لمستأجر|لزبون|لشخص) (?:اخر|آخر|ثاني|تاني)[^\n]{0,80}?(?:عربون|العربون|مقدم|تحويل|حول|ادفع)|"
            r"(?:عربون|العربون|المقدم|حول|تحويل)(?=[^\n]{0,100}?(?:والا|وإلا|غير كذا)[^.!؟\n]{0,30}(?:لضيف|لنزيل|لعميل|لمستأجر|لزبون|لشخص) (?:اخر|آخر|ثاني|تاني))",
            r"(?:العمل|للعمل|شغل|وظيفه|وظيفة) (?:في|ب) ?(?:اليابان|كوريا|تايوان)[^\n]{0,150}?(?:عربون|تامين|تأمين|رسوم (?:ال)?(?:فيزا|تاشيره|تأشيرة)|رسوم)[^\n]{0,60}?(?:حول|تحويل|ادفع)",
        ],
    },
    S.INVESTMENT_LURE: {
        "en": [
            r"\b(?:nickel|digital gold|gold savings?|gold investment|gold plan)\b[^\n]{0,120}?(?:\b\d+(?:\.\d+)? ?% ?(?:per|a|each|every|/) ?"
            r"(?:day|week|month)\b|\bfixed (?:return|returns|profit|interest|income)\b|\bguaranteed (?:return|returns|profit|income)\b)"
        ],
        "vi": [
            r"\b(?:niken|nickel|mỏ niken|vàng số|vàng kỹ thuật số|vàng điện tử|tích lũy vàng|tiết kiệm vàng|đầu tư vàng)\b[^\n]{0,120}?"
            r"(?:\b\d+(?:[.,]\d+)? ?% ?(?:(?:mỗi|1|một|/) ?)(?:ngày|tuần|tháng)\b|\b(?:lãi|lợi nhuận) (?:cố định|cam kết|đảm bảo)\b|\bcam kết (?:lãi|lợi nhuận)\b)"
        ],
        "id": [
            r"\b(?:nikel|nickel|tambang nikel|emas digital|tabungan emas|investasi emas|arisan emas)\b[^\n]{0,120}?"
            r"(?:\b\d+(?:[.,]\d+)? ?% ?(?:per|tiap|setiap|/) ?(?:hari|minggu|bulan)\b|\b(?:profit|keuntungan|imbal hasil|bunga) (?:tetap|pasti|dijamin)\b)"
        ],
        "ms": [
            r"\b(?:nikel|nickel|lombong nikel|emas digital|simpanan emas|pelaburan emas|tabung emas)\b[^\n]{0,120}?"
            r"(?:\b\d+(?:[.,]\d+)? ?% ?(?:sehari|seminggu|sebulan|setiap (?:hari|minggu|bulan)|/ ?(?:hari|minggu|bulan))|"
            r"\b(?:keuntungan|pulangan|dividen) (?:tetap|dijamin|terjamin)\b)"
        ],
        "zh": [
            r"(?:镍矿|镍|数字黄金|黄金储蓄|存金|积存金|黄金理财)[^\n]{0,60}?(?:(?:每天|每日|日|每周|周|每月|月)(?:收益|回报|利息|返利)?\d+(?:\.\d+)?%|"
            r"固定(?:收益|回报|利息)|保本保息|稳赚)"
        ],
        "th": [
            r"(?:นิกเกิล|เหมืองนิกเกิล|ทองคำดิจิทัล|ทองดิจิทัล|ออมทอง)[^\n]{0,60}?(?:\d+(?:\.\d+)?%(?:ต่อ|/)(?:วัน|สัปดาห์|เดือน)|"
            r"(?:วันละ|เดือนละ|สัปดาห์ละ)\d+(?:\.\d+)?%|ผลตอบแทนคงที่|การันตีผลตอบแทน)"
        ],
        "ar": [
            r"(?:النيكل|نيكل|الذهب الرقمي|ذهب رقمي|ادخار الذهب|الادخار بالذهب)[^\n]{0,120}?(?:\d+(?:\.\d+)? ?% ?(?:يوميا|اسبوعيا|شهريا)|"
            r"(?:عائد|ربح|أرباح|ارباح) (?:ثابت|ثابته|مضمون|مضمونه))"
        ],
    },
    # (the eSIM QR is the SIM's activation code: scanning or passing on one a caller sends hands the number over; a
    # link-action signal would need a link, which these chats do not give)
    S.OTP_REQUEST: {
        "en": [
            "(?:"
            r"\b(?:e-?sim\b[^\n]{0,80}?\bqr(?: code)?|qr(?: code)?\b[^\n]{0,40}?\be-?sim)\b[^\n]{0,80}?\b(?:upgrade|activate|activation|migrate|convert)\b|"
            r"\b(?:upgrade|activate|convert)\b[^.!?\n]{0,40}\be-?sim\b[^\n]{0,60}?\b(?:scan|send you|sent you|i'?ll send)\b[^.!?\n]{0,30}\bqr\b"
            ")" + _NOT_BY_MAIL
        ],
        "vi": [
            "(?:"
            r"\b(?:e-?sim\b[^\n]{0,80}?\b(?:mã )?qr|qr\b[^\n]{0,40}?\be-?sim)\b[^\n]{0,80}?\b(?:nâng cấp|kích hoạt|chuyển đổi)\b|"
            r"\b(?:nâng cấp|kích hoạt|chuyển đổi)\b[^.!?\n]{0,40}\be-?sim\b[^\n]{0,60}?\b(?:quét|gửi|em gửi|bên em gửi)\b[^.!?\n]{0,30}\bqr\b"
            ")" + _NOT_BY_MAIL
        ],
        "id": [
            "(?:"
            r"\b(?:e-?sim\b[^\n]{0,80}?\b(?:kode )?qr|qr\b[^\n]{0,40}?\be-?sim)\b[^\n]{0,80}?\b(?:upgrade|aktivasi|aktifkan|mengaktifkan|migrasi|ganti)\b|"
            r"\b(?:upgrade|aktivasi|aktifkan|migrasi)\b[^.!?\n]{0,40}\be-?sim\b[^\n]{0,60}?\b(?:scan|pindai|kirim|kirimkan)\b[^.!?\n]{0,30}\bqr\b"
            ")" + _NOT_BY_MAIL
        ],
        "ms": [
            "(?:"
            r"\b(?:e-?sim\b[^\n]{0,80}?\b(?:kod )?qr|qr\b[^\n]{0,40}?\be-?sim)\b[^\n]{0,80}?\b(?:naik taraf|upgrade|aktifkan|pengaktifan|tukar)\b|"
            r"\b(?:naik taraf|upgrade|aktifkan)\b[^.!?\n]{0,40}\be-?sim\b[^\n]{0,60}?\b(?:imbas|scan|hantar)\b[^.!?\n]{0,30}\bqr\b"
            ")" + _NOT_BY_MAIL
        ],
        "zh": [
            "(?:"
            r"(?:esim[^\n]{0,40}?(?:二维码|qr码|qr)|(?:二维码|qr码|qr)[^\n]{0,20}?esim)[^\n]{0,40}?(?:升级|激活|开通|转换)|(?:升级|激活|开通)[^\n]{0,20}?esim[^\n]{0,30}?(?:扫|发)[^\n]{0,10}?(?:二维码|qr)"
            ")" + _NOT_BY_MAIL
        ],
        "th": [
            "(?:"
            r"(?:(?:esim|อีซิม)[^\n]{0,40}?(?:qr|คิวอาร์)|(?:qr|คิวอาร์)[^\n]{0,20}?(?:esim|อีซิม))[^\n]{0,40}?(?:อัปเกรด|อัพเกรด|เปิดใช้|เปิดใช้งาน|เปลี่ยน)|(?:อัปเกรด|อัพเกรด|เปิดใช้)[^\n]{0,20}?(?:esim|อีซิม)[^\n]{0,30}?(?:สแกน|ส่ง)[^\n]{0,10}?(?:qr|คิวอาร์)"
            ")" + _NOT_BY_MAIL
        ],
        "ar": [
            "(?:"
            r"(?:esim|الشريحة الالكترونية|شريحة الكترونية|ايسيم)[^\n]{0,80}?(?:qr|باركود|رمز الاستجابة)[^\n]{0,80}?(?:ترقية|تفعيل|تحويل)|(?:ترقية|تفعيل)[^.!؟\n]{0,40}(?:esim|الشريحة الالكترونية|شريحة الكترونية)[^\n]{0,60}?(?:امسح|مسح|ارسل|ارسلت)[^.!؟\n]{0,30}(?:qr|باركود)"
            ")" + _NOT_BY_MAIL
        ],
    },
}
_CODE_READ_BACK: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "ar": [
            rf"(?:رمز|كود|الرمز|الكود|رسالة فيها (?:رقم|كود|رمز)|(?:الاربع|الأربع|الست|اربع|أربع|ست|\d) ?(?:ارقام|أرقام))[^.!\n]{{0,80}}?{_AR_GIVE_IT}"
        ],
        "id": [
            r"\bkode(?:nya)?\b[^.!?\n]{0,50}\b(?:masuk|dikirim|terkirim|kekirim|nyasar)\b[^\n]{0,80}?\b(?:bacakan|dibacakan|sebutkan|disebutkan|screenshot|di-?screenshot|fotoin|kirim(?:kan)? (?:balik|ke saya|ke aku)|dikirim balik)\b",
            r"\b(?:akan muncul|nanti ada|sebentar lagi)\b[^\n]{0,60}?\b(?:notifikasi|permintaan)\b[^\n]{0,60}?\b(?:tekan|klik|pilih|ditekan) (?:approve|setujui|izinkan)\b|\bsebutkan angka\b",
        ],
        "ms": [
            r"\b(?:kod|code)\b[^.!?\n]{0,50}\b(?:masuk|dihantar|hantar|sampai|termasuk|tersalah hantar)\b[^\n]{0,80}?\b(?:bacakan|sebut(?:kan)?|screenshot|forward|hantar(?:kan)? (?:balik|semula|kat saya|ke saya|kepada saya))\b",
            r"\b(?:akan muncul|nanti ada|sekejap lagi)\b[^\n]{0,60}?\b(?:notifikasi|permintaan)\b[^\n]{0,60}?\b(?:tekan|klik|pilih) (?:approve|luluskan|benarkan|setuju)\b",
        ],
        "en": [
            r"\bapprove the (?:sign-?in|login|log-?in) (?:request|prompt|notification)\b[^.!?\n]{0,40}\bso (?:we|i) can\b"
        ],
        "th": [
            r"(?:รหัส|โค้ด|otp)[^\n]{0,60}?(?:อ่านให้(?:ผม|หนู|ฉัน|เรา|พี่)?ฟัง|บอกเลข|แคปหน้าจอส่งให้|แคปส่งให้)",
            r"(?:เดี๋ยวจะมี|อีกสักครู่จะมี)แจ้งเตือน[^\n]{0,60}?(?:กดอนุมัติ|กดapprove|กดยืนยัน|กดallow)|บอกเลข\d*หลักที่(?:ขึ้น|แสดง)",
        ],
    },
}
# A number to call "to cancel" a transaction, order, charge or transfer the reader is told was made (the refund and
# callback lure: "Transaction of RM2,300 detected. Call 03-… to cancel the transaction", "gọi 028… để hủy giao dịch",
# "致电 021-… 取消交易"). A bank's own notice of the user's action says "if this wasn't you, call us" and the card
# is blocked in its app; it does not sell the call as the way to stop the money. The number is any written phone
# number (digits with separators), right before or after the cancel words.
_CALL_NUM = r"\+?\d[\d\s.\-()]{6,16}\d"
_HOTLINE_CALLBACK_TO_CANCEL: dict[S, dict[str, list[str]]] = {
    S.ACCOUNT_THREAT: {
        "en": [
            rf"\b(?:call|dial|ring|phone|contact)\b[^.!?\n]{{0,30}}?{_CALL_NUM}[^.!?\n]{{0,15}}?\bto (?:cancel|stop|reverse|"
            r"dispute|block|decline) (?:the |this |your |that )?(?:transaction|payment|order|charge|transfer|purchase|"
            r"debit|withdrawal)s?\b",
            r"\bto (?:cancel|stop|reverse|dispute|decline) (?:the |this |your |that )?(?:transaction|payment|order|charge|"
            rf"transfer|purchase|debit|withdrawal)s?\b[^.!?\n]{{0,10}}?\b(?:call|dial|ring|contact)\b[^.!?\n]{{0,20}}?{_CALL_NUM}",
        ],
        "vi": [
            rf"\b(?:gọi|liên hệ|lh|bấm số)\b[^.!?\n]{{0,30}}?{_CALL_NUM}[^.!?\n]{{0,15}}?\bđể (?:hủy|huỷ|chặn|dừng|ngừng|hoàn) "
            r"(?:lại )?(?:giao dịch|lệnh chuyển|đơn hàng|khoản (?:thanh toán|trừ tiền)|thanh toán)\b",
            rf"\bđể (?:hủy|huỷ|chặn|dừng|ngừng) (?:giao dịch|lệnh chuyển|đơn hàng|khoản thanh toán)\b[^.!?\n]{{0,20}}?"
            rf"\b(?:gọi|liên hệ|lh)\b[^.!?\n]{{0,20}}?{_CALL_NUM}",
        ],
        "id": [
            rf"\b(?:hubungi|telepon|telp|call)\b[^.!?\n]{{0,30}}?{_CALL_NUM}[^.!?\n]{{0,15}}?\buntuk (?:membatalkan|batalkan|"
            r"menghentikan|memblokir) (?:transaksi|pesanan|pembayaran|transfer|tagihan)\b",
        ],
        "ms": [
            rf"\b(?:hubungi|telefon|call|dail)\b[^.!?\n]{{0,30}}?{_CALL_NUM}[^.!?\n]{{0,15}}?\buntuk (?:membatalkan|batalkan|"
            r"menghentikan|menyekat) (?:transaksi|pesanan|pembayaran|pemindahan|caj)\b",
        ],
        "th": [
            rf"โทร[^\s\d]{{0,10}}\s?{_CALL_NUM}\s?(?:เพื่อ)?(?:ยกเลิก|ระงับ)(?:รายการ|ธุรกรรม|คำสั่งซื้อ|การโอน|การชำระ)",
        ],
        "zh": [
            rf"(?:拨打|致电|联系|打|撥打|致電)[^。！？\n\d]{{0,6}}{_CALL_NUM}[^。！？\n]{{0,4}}?(?:以|来|來)?(?:取消|撤销|撤銷|拦截|攔截)"
            r"(?:交易|订单|訂單|支付|扣款|转账|轉賬)",
        ],
        "ar": [
            rf"(?:اتصل|اتصلوا|كلمنا|تواصل)[^.!؟\n]{{0,30}}?{_CALL_NUM}[^.!؟\n]{{0,15}}?(?:لالغاء|لإلغاء|لايقاف|لإيقاف|"
            r"لاسترداد) (?:ال)?(?:عملية|معاملة|طلب|حوالة|خصم|مبلغ|دفعة)",
        ],
    },
}
# The bank's "courier" who comes home to swap the card and wants it ready *with its PIN* (a bank never takes the
# PIN: the negation of "never hand over card and PIN" cancels it), and a boss's payment to a supplier's *new*
# account ("voice note sent, pay the new supplier on this IBAN today"); a payment through the approval system is
# the checker's internal-record case, and these words do not occur in it.
_CARD_PIN_AND_NEW_PAYEE: dict[S, dict[str, list[str]]] = {
    S.PASSWORD_REQUEST: {
        "ar": [
            r"(?:ضع|وضع|جهز|تجهيز|سلم|تسليم|اعط|إعطاء)[^.!؟\n]{0,20}(?:البطاقة|بطاقتك|بطاقة الصراف)[^.!؟\n]{0,30}(?:مع|و) ?(?:الرقم السري|الرمز السري|رقمها السري)"
        ],
        "id": [
            r"\b(?:siapkan|serahkan|sediakan|titipkan|berikan)\b[^.!?\n]{0,30}\bkartu\b[^.!?\n]{0,30}\b(?:dan|beserta|serta|sama) (?:nomor )?pin"
        ],
        "ms": [
            r"\b(?:sediakan|serahkan|siapkan|berikan)\b[^.!?\n]{0,30}\bkad\b[^.!?\n]{0,30}\b(?:dan|beserta|serta) (?:nombor )?pin\b"
        ],
        "th": [r"(?:เตรียม|ส่งมอบ|ฝาก|มอบ)บัตร[^\s]{0,20}(?:และ|พร้อม)(?:รหัส)?(?:pin|พิน|รหัส)"],
    },
    S.PAYMENT_REQUEST: {
        "ar": [
            r"(?:حول|تحول|تحويل|ادفع|سدد)[^.!؟\n]{0,40}(?:للمورد الجديد|لمورد جديد|حساب المورد الجديد|الحساب الجديد للمورد|الآيبان الجديد)"
        ],
        "id": [r"\b(?:transfer|bayar|pembayaran|tf)\b[^.!?\n]{0,40}\b(?:rekening|vendor|supplier|pemasok) baru\b"],
        "ms": [
            r"\b(?:transfer|bayar|bayaran|pindahkan|payment|settle)\b[^.!?\n]{0,40}"
            r"\b(?:akaun (?:vendor |pembekal |supplier )?|vendor |pembekal |supplier )baru\b"
        ],
        "th": [
            r"โอน[^\s]{0,40}?(?:เข้า)?บัญชีใหม่|(?:ซัพพลายเออร์|คู่ค้า)ใหม่[^\s]{0,30}?โอน|โอน[^\s]{0,40}?(?:ซัพพลายเออร์|คู่ค้า)ใหม่"
        ],
    },
}
_SUBSCRIBED: dict[S, dict[str, list[str]]] = {
    S.PREMIUM_RATE: {
        "ms": [
            r"\b(?:telah|sudah|berjaya|anda) (?:di|me)?langgan\w*\b(?s:.){0,100}?(?:rm ?\d+(?:\.\d+)?|\d+ ?sen) ?(?:/ ?|se|setiap |per )(?:minggu|hari|\d+ hari)\b",
            r"\b(?:permainan|game|games|video|horoskop|ramalan|lagu|wallpaper|kuiz)\b[^.!?\n]{0,40}\bpercuma (?:selama )?\d+ hari\b(?s:.){0,60}?\b(?:balas|taip|reply) (?:ok|ya|y|yes|on)\b",
        ],
        "id": [
            r"\b(?:anda|telah|sudah|berhasil) (?:ber|di)?langgan(?:an)?\b(?s:.){0,100}?(?:rp\.? ?\d[\d.,]*|\d[\d.,]* ?rupiah) ?(?:/ ?|per |setiap )(?:\d+ ?)?(?:hari|minggu|mgg)\b",
            r"\b(?:game|games|video|horoskop|ramalan|zodiak|lagu|wallpaper|kuis|konten)\b[^.!?\n]{0,40}\bgratis (?:selama )?\d+ hari\b(?s:.){0,60}?\b(?:balas|ketik|reply) (?:ok|ya|y|yes|on)\b",
        ],
        "ar": [
            r"(?:تم|لقد تم|تم تفعيل) (?:اشتراكك|الاشتراك|اشتراك)[^.!؟\n]{0,80}?\d+(?:[.,]\d+)?\s?(?:ريال|ر\.س|درهم|د\.إ|دينار|جنيه)\s?(?:يوميا|أسبوعيا|في اليوم|في الأسبوع|/ ?(?:يوم|أسبوع))",
            r"(?:ألعاب|العاب|لعبة|فيديوهات|الأبراج|نغمات)[^.!؟\n]{0,40}مجان(?:ا|ية|اً) (?:لمدة )?\d+ (?:أيام|ايام|يوم)(?s:.){0,60}?(?:أرسل|ارسل|رد ب|اكتب)",
        ],
        "th": [
            r"สมัคร(?:บริการ|สมาชิก)(?!แพ็กเกจ|แพ็คเกจ|เน็ต|อินเทอร์เน็ต)[^\n]{0,60}?\d+(?:\.\d+)?บาท/(?:วัน|สัปดาห์|อาทิตย์|\d+วัน)",
            r"(?:เกม|ดูดวง|คลิป|วิดีโอ|เพลง|ริงโทน|การ์ตูน)[^\s]{0,20}ฟรี\d+วัน[^\n]{0,30}?(?:ตอบ|พิมพ์|กด)(?:ok|y|yes|ตกลง|1)(?![a-z0-9])",
            r"(?:ส่ง|พิมพ์)[^\n]{0,30}?(?:มาที่|ไปที่|ส่งมา|ส่งไป)4\d{6}(?!\d)",
        ],
    },
    S.LINK_ACTION: {
        "ar": [
            r"(?:شارك|بمشاركة|مشاركة|أرسل لك) (?:ال)?(?:ملف|مستند|مجلد)(?s:.){0,120}?(?:سجل|تسجيل|بتسجيل) (?:ال)?دخول",
            r"(?:صندوق (?:ال)?بريد|بريدك)[^.!؟\n]{0,20}(?:ممتلئ|امتلأ|تجاوز|ممتلي)(?s:.){0,80}?(?:سجل|تحقق|أكد|تأكيد|ادخل)",
        ],
        "id": [
            r"\b(?:berbagi|membagikan|dibagikan|mengirimi anda) (?:dokumen|file|berkas|folder)\b(?s:.){0,120}?\b(?:login|log in|masuk)\b",
            r"\bkotak (?:surat|masuk|email)\b[^.!?\n]{0,30}\bpenuh\b(?s:.){0,80}?\b(?:validasi|verifikasi|konfirmasi|login|masuk)\b",
            r"\bvalidasi\b[^.!?\n]{0,60}\b(?:di|melalui|lewat|link|tautan|sekarang)\b",
        ],
        "ms": [
            r"\b(?:berkongsi|kongsi|dikongsi|menghantar) (?:dokumen|fail|folder)\b(?s:.){0,120}?\b(?:log masuk|login)\b",
            r"\b(?:peti (?:mel|surat|masuk)|kotak (?:mel|masuk))\b[^.!?\n]{0,30}\bpenuh\b(?s:.){0,80}?\b(?:sahkan|pengesahan|log masuk|login)\b",
        ],
        "th": [
            r"(?:แชร์|ส่ง)(?:ไฟล์|เอกสาร|โฟลเดอร์)[^\n]{0,80}?(?:ลงชื่อเข้าใช้|เข้าสู่ระบบ|ล็อกอิน|ล็อคอิน|login)",
            r"(?:กล่องจดหมาย|พื้นที่(?:เก็บข้อมูล|อีเมล)|เมลบ็อกซ์)[^\n]{0,40}?(?:เต็ม|เกิน)[^\n]{0,60}?(?:ยืนยันบัญชี|ลงชื่อเข้าใช้|เข้าสู่ระบบ|ล็อกอิน)",
        ],
    },
    S.PASSWORD_REQUEST: {
        "ar": [r"(?:و|ب)?كلمة (?:ال)?مرور (?:ال)?حالية"],
        "id": [r"\b(?:kata sandi|password) (?:lama|saat ini|sekarang) (?:anda )?(?:di|melalui|ke|untuk)\b"],
        "ms": [r"\b(?:kekalkan|simpan|balas dengan) (?:kata laluan|kata kunci|password)\b"],
        "th": [r"รหัสผ่าน(?:ปัจจุบัน|เดิม)(?:ของคุณ)?(?:ที่|ผ่าน|ตอบกลับ)"],
    },
    S.LEGAL_THREAT: {
        "id": [
            r"\b(?:sebar(?:kan)?|disebar(?:kan)?|menyebar(?:kan)?|viralkan|diviralkan|dikirim(?:kan)? ke|kirim(?:kan)? ke)\b[^.!?\n]{0,40}\b(?:seluruh|semua) (?:kontak|keluarga|teman|rekan kerja)\b"
        ],
        "ms": [
            r"\b(?:sebar(?:kan)?|disebarkan|menyebarkan|tularkan|ditularkan|viralkan|dihantar ke|hantar ke)\b[^.!?\n]{0,40}\b(?:semua|seluruh) (?:kenalan|kontak|keluarga|rakan)\b"
        ],
        "th": [
            r"(?:ส่ง|กระจาย|ประจาน|แจ้ง|แฉ)(?:ข้อมูล|รูป)?[^\s]{0,20}(?:คนใน|ทุกคนใน|ไปยัง|ให้)?(?:รายชื่อติดต่อ|รายชื่อผู้ติดต่อ|คอนแทค|ญาติทุกคน|เพื่อนทุกคน)"
        ],
        "ar": [
            r"(?:نشر|ننشر|سننشر|إرسال|ارسال|نرسل|سنرسل|تعميم|فضح)[^.!؟\n]{0,30}(?:لجميع|إلى جميع|الى جميع|لكل|على جميع|على كل) (?:جهات الاتصال|جهات اتصالك|معارفك|أقاربك|اقاربك|أصدقائك)"
        ],
    },
    # "This is my new number" (or "my phone broke", "I'm on a friend's phone") is the family-impersonation opener
    # only together with what it is for: money to send or lend, an account to pay into, or a code to pass on. On its
    # own ("new number, please save it") it is what everyone sends after changing numbers, and is not a signal.
    S.IMPERSONATION: {
        "en": [
            r"\b(?:(?:this is|it'?s) my new (?:number|phone)|my new number|new number,? (?:mum|mom|dad|mummy|daddy)|my phone (?:broke|is broken|fell|got stolen|died)|(?:lost|broke|dropped) my phone|(?:using|on) (?:a|my) (?:friend'?s|mate'?s) phone)\b(?=(?s:.){0,200}?\b(?:transfer|send (?:me |you )?(?:money|cash|some|£|\$)|lend|borrow|pay (?:for|this|a|the|it|me|my)|bank details|account|sort code|code (?:you|that|i)|the code|need (?:some )?(?:money|cash|£|\$)|i need [£$]?\d)\b)"
        ],
        "id": [
            r"\b(?:nomor baru|ganti nomor|(?:pake|pakai) (?:nomor|hp|wa) (?:temen|teman|kawan)|nomor (?:temen|teman)|h"
            r"p (?:aku|saya|gue) (?:rusak|hilang))\b(?=(?s:.){0,200}?\b(?:pinjam|pinjem|minjem|transfer\w*|tf|trf|kiri"
            r"m(?:in)? (?:uang|duit|kode)|rek(?:ening)?|kode (?:otp|verifikasi)|butuh (?:uang|duit|dana)|(?:kekurangan"
            r"|kurang) (?:biaya|uang|duit|dana)|ada (?:uang |duit )?\d+ ?(?:jt|juta|rb|ribu|k))\b)"
        ],
        "ms": [
            r"\b(?:nombor baru|tukar nombor|guna (?:phone|telefon|fon|hp|nombor) kawan|phone kawan|telefon (?:saya|aku) (?:rosak|hilang))\b(?=(?s:.){0,200}?\b(?:pinjam|transfer|bank ?in|masukkan duit|hantar duit|akaun|kod (?:otp|pengesahan)|hantar kod|perlukan (?:duit|wang)|perlu (?:duit|wang))\b)"
        ],
        "th": [
            # (a money word the writer denies, "ไม่ได้จะยืมเงินนะ", is no ask: "เบอร์ใหม่หนู ... ไม่ได้จะยืมเงินนะ")
            r"(?:เบอร์ใหม่|เปลี่ยนเบอร์|ใช้เบอร์เพื่อน|เบอร์เพื่อน|มือถือ(?:ตกน้ำ|พัง|หาย))(?=[^\n]{0,120}?(?<!ไม่ได้จะ)(?<!ไม่ได้)(?<!ไม่)(?<!ไม่ได้ขอ)(?<!ไม่ได้จะขอ)(?<!ไม่ขอ)(?:โอน|ยืมเงิน|ขอยืม|บัญชี|รหัส ?otp|ส่งรหัส|ส่งโค้ด|ขอเงิน|ต้องใช้เงิน))"
        ],
        "ar": [
            r"(?:رقم جديد|رقمي الجديد|غيرت رقمي|ده رقم صاحبي|هذا رقم صاحبي|هذا رقم صديقي|من رقم صاحبي|من جوال صاحبي|جوالي (?:خرب|انكسر|ضاع|طاح|انسرق)|جوالي القديم (?:خرب|انكسر|ضاع|طاح|انسرق))(?=(?s:.){0,200}?(?:حول|حولي|حوله|حولها|تحويل|سلفني|اقرضني|ابعت|ابعتي|فودافون كاش|حساب|الكود|رمز التحقق|(?:احتاج|محتاج|ابي|ابغى) [^.!؟\n]{0,12}(?:ريال|درهم|جنيه|دينار|فلوس|مبلغ)))"
        ],
    },
    S.PAYMENT_REQUEST: {
        "id": [
            r"\b(?:donasi|sumbangan|sedekah|infa[qk])\b(?=(?s:.){0,120}?\b(?:rekening|rek|dana|ovo|gopay)\b[^.!?\n]{0,20}\b(?:koordinator|relawan|pengurus|ketua|pribadi)\b)",
            r"\btiket\b(?=(?s:.){0,120}?\bharga (?:normal|asli|asal)\b(?s:.){0,120}?\b(?:dp|transfer|tf)\b)",
        ],
        "ms": [
            r"\b(?:sumbangan|derma|infaq|sedekah|tabung)\b(?=(?s:.){0,120}?\bakaun (?:pengerusi|peribadi|ketua|penyelaras|bendahari|ustaz)\b)",
            r"\btiket\b(?=(?s:.){0,120}?\bharga (?:asal|asli|normal)\b(?s:.){0,120}?\b(?:transfer|bank ?in|deposit)\b)",
            r"\b(?:hantar|transfer|bank ?in|masukkan|pindahkan)\b[^.!?\n]{0,40}\bakaun (?:[^\s]+ )?(?:kawan|rakan)\b(?! (?:niaga|kongsi|strategik|kongsi))",
        ],
        "th": [
            r"(?:บริจาค|ทำบุญ|สมทบทุน|ร่วมบุญ)(?=[^\n]{0,80}?บัญชี(?:ของ)?(?:ผู้ประสานงาน|พระอาจารย์|เจ้าอาวาส|หลวงพ่อ|ส่วนตัว|แอดมิน))",
            r"(?:บัตร|ตั๋ว)(?=[^\n]{0,60}?ราคาหน้าบัตร[^\n]{0,80}?(?:โอน|มัดจำ))",
            r"โอน[^\s]{0,25}?(?:เข้า|ไป(?:ที่)?)บัญชี(?:ของ)?เพื่อน",
        ],
        "ar": [
            rf"(?:تبرع|التبرع|تبرعات|ساهم|تبرعوا|للتبرع)(?=(?s:.){{0,120}}?(?:حساب (?:المشرف|أمين الحملة|المنسق)|{_PERSONAL_ACCOUNT}|{_WALLET_NUMBER}))",
            r"(?:تذكرة|تذكرتين|تذاكر)(?=(?s:.){0,80}?(?:بسعرها|بسعرهم|بسعره|بنفس السعر)(?s:.){0,80}?(?:حول|حولي|عربون|ادفع))",
            r"(?:حول|حولي|حوليها|ابعت|ابعتي|ارسل)[^.!؟\n]{0,30}(?:حساب|رقم|محفظة) (?:صاحبي|صديقي|صاحبتي|صديقتي)",
        ],
    },
    S.INVESTMENT_LURE: {
        "id": [
            r"\b(?:pre-?ipo|sebelum ipo|jatah ipo)\b|\bipo\b[^.!?\n]{0,40}\b(?:orang dalam|khusus (?:member|vip|nasabah (?:vip|prioritas))|jalur khusus)\b",
            r"\b(?:rekomendasi|sinyal|signal) saham\b[^.!?\n]{0,40}\b(?:gratis|grup|group|wa|whatsapp|telegram)\b|\b(?:grup|group) (?:wa|whatsapp|telegram)\b[^.!?\n]{0,40}\bsaham\b|\bsaham\b[^.!?\n]{0,40}\b(?:grup|group) (?:wa|whatsapp|telegram)\b",
            r"\b(?:salah (?:nomor|kirim|sambung)|wrong number)\b(?s:.){0,200}?\b(?:forex|crypto|kripto|trading|investasi|emas|saham|bitcoin)\b",
            r"\b(?:salah (?:nomor|kirim)|wrong number)\b(?s:.){0,200}?\bkenalan\b(?s:.){0,100}?\b(?:kerja|tinggal) di (?:singapura|singapore|hongkong|hong kong|luar negeri|jepang|taiwan|dubai)\b",
        ],
        "ms": [
            r"\b(?:pra-?ipo|pre-?ipo|sebelum ipo)\b|\bipo\b[^.!?\n]{0,40}\b(?:orang dalam|khas untuk ahli|peruntukan khas)\b",
            r"\b(?:isyarat|signal|cadangan) (?:saham|dagangan|trading|forex)\b[^.!?\n]{0,40}\b(?:percuma|group|kumpulan|telegram|whatsapp)\b",
            r"\b(?:salah nombor|wrong number|tersalah (?:hantar|mesej|nombor))\b(?s:.){0,200}?\b(?:forex|crypto|kripto|trading|pelaburan|emas|saham|bitcoin)\b",
            r"\b(?:salah nombor|wrong number|tersalah (?:hantar|mesej))\b(?s:.){0,200}?\b(?:berkawan|berkenalan|kenal)\b(?s:.){0,100}?\b(?:kerja|tinggal) di (?:singapura|singapore|hong kong|hongkong|luar negara|taiwan|dubai)\b",
        ],
        "th": [
            r"(?:ipo|ไอพีโอ)[^\n]{0,30}?(?:ก่อนเข้าตลาด|วงใน|ราคาพิเศษ|เฉพาะลูกค้า|เฉพาะสมาชิก)|หุ้นก่อนเข้าตลาด|จองหุ้น[^\s]{0,10}วงใน",
            r"(?:กลุ่มไลน์|กลุ่มline|กลุ่มvip|ไลน์กลุ่ม)[^\n]{0,40}?(?:หุ้น|สัญญาณ|เทรด)|(?:หุ้น|สัญญาณ)[^\n]{0,40}?(?:กลุ่มไลน์|กลุ่มline|กลุ่มvip)|แจก(?:หุ้น|สัญญาณ)|(?:เซียน|โค้ช)หุ้น|ผลงาน[^\s]{0,20}\+\d+(?:\.\d+)?%",
            r"(?:ทักผิด|ส่งผิด|เบอร์ผิด|ผิดเบอร์|ถ้าไม่ใช่ก็ยินดีที่ได้รู้จัก)[^\n]{0,150}?(?:เทรด|ลงทุน|คริปโต|ฟอเร็กซ์|forex|ด้านการเงิน|ทองคำ|หุ้น)",
        ],
        "ar": [
            r"(?:قبل (?:الطرح|الاكتتاب|الإدراج)|اكتتاب خاص|حصص (?:ما )?قبل الاكتتاب)",
            r"(?:بالغلط|رقم غلط|الرقم غلط|بالخطأ)(?s:.){0,150}?(?:أستثمر|استثمر|استثمار|أتاجر|اتاجر|تداول|عملات رقمية|فوركس)",
        ],
    },
}
# Classes of the fourteenth round (Arabic, English, and Moroccan Darija written in Latin letters, which runs with the
# Latin-script patterns and is folded like them: "3tih" reads "etih").
# * a code announced by a "carrier" or "courier" ("سيصلك رمز"), to be told to the employee or agent who calls;
# * Darija Arabizi: the code "3tih liya" / "sift liya l code", and the account that "ghadi ytbloka";
# * a Tagalog-English "pa-forward / paki-send the code";
# * a sign-in push (MFA, Okta, Duo, Authenticator) announced in advance by "IT" and to be approved;
# * fees or bills "we pay for you at a discount": pay half (or a share) of the sum now, the rest later;
# * a card or account described as suspended or frozen, or threatened with permanent closure;
# * Darija work from home paid per day ("خدمة من الدار … فالنهار"), and pay per like, review or rating;
# * a parcel held at customs ("محبوس فالديوانة") with a fee to pay;
# * money to be sent to a friend's, cousin's or colleague's number or account instead of the sender's own;
# * an authority's travel ban or warrant "to be issued", a "suspended" SSN, and a named officer's own number;
# * a "wrong number" opener in English that turns to investing, trading, crypto or gold contracts.
_AR_EMPLOYEE = r"(?:ال)?(?:موظف|موظفة|مندوب|مندوبة|ممثل|ممثلة|زميلنا|زميلتنا)"
_NO_NEGATION_AR = r"(?:(?!\bلا\b|\bلن\b|\bما\b|عدم)[^\n])"
_NO_NEGATION_EN = r"(?:(?!\b(?:not|never|don'?t|didn'?t|do not)\b)[^\n])"
_DARIJA_GIVE = (
    r"(?:etih|etiha|etihom|etini|etina|etihali|etihalia|etihlia|etiwah|etiwha|"
    r"sift(?:o|ou|ih|iha|hali|ihali|iholi)? ?(?:liya|lia|lina|li|lya)|seft(?:o|ih)? ?(?:liya|lia|lina|li)|"
    r"9olih|9oliha|qolih|goulih|9oli|9rah|9raha) ?(?:liya|lia|lina|lya|li)?"
)
_TAGLISH_GIVE = r"(?:pa-?forward|paki-?forward|pa-?send|paki-?send|pa-?text|paki-?text|pabigay|pakibigay|ipasa|pakipasa|pabasa|pakibasa|pa-?screenshot|paki-?screenshot)"
# a sign-in prompt of a second factor (a bare "prompt" or "notification" is also a remote-support tool's consent)
_PUSH_WORD = r"(?:push|mfa|2fa|okta|duo|authenticator|(?:sign-?in|log-?in|approval|verification) (?:request|prompt|notification))"
_FEE_THING_AR = r"(?:رسوم|الرسوم|فواتير|الفواتير|فاتورة|الفاتورة|مخالفات|المخالفات|أقساط|اقساط|الأقساط|الاقساط|قرض|القرض|ديون|الديون)"
# Ordinary payment talk between family, friends and colleagues (checker.py: a payment request whose message carries
# one of these cues, and nothing else that is weighed, no route, no number, no urgency and none of
# ``PEER_PAYMENT_RISK``, is shown but not weighed, like a bill routed to the provider's own app):
# * a shared spend split between people who both had it ("send your share to my GCash", "$18 each", "ck cho tao phần
#   của mày", "你那份转我", "คนละ 300", "حصتك");
# * money lent and paid back ("can you pay me back the 200", "I'll pay you back Friday", "nanti kakak bayar", "回头还你");
# * a family's everyday spending: a child's school trip or allowance, a parent's phone top-up or electricity bill;
# * a colleague's payment that goes through the company's usual process ("raised in the system", "once approved", "the
#   account registered in the vendor master", "账户信息没变", "รออนุมัติ"), or a landlord's or shop's usual account
#   ("to the usual account", "as we discussed").
# A price per head ("RM120 seorang", "每人386元", "คนละ 50 บาท") is no cue: sellers and collectors price that way too.
PEER_PAYMENT = (
    # a share of a spend
    r"\b(?:(?:your|ur|yr|her|his|their) (?:share|half|portion|part)|split (?:it|the (?:bill|cost|total|fare))|go halves|chip in)\b|"
    r"\b(?:(?:bagian|bagiannya|jatah) (?:kamu|lo|lu|mu|km|kalian)|patungan|urunan|split bill|bagi (?:dua|rata))\b|"
    r"\b(?:(?:bahagian|bhgn|share) (?:kau|ko|awak|korang|hang|u)|kongsi (?:bil|duit|kos)|bagi dua)\b|"
    r"\b(?:phần (?:của )?(?:mày|mầy|bạn|cậu|tụi mày|mỗi người|mỗi đứa)|chia (?:đôi|đều)|mỗi (?:người|đứa) (?:\d|chuyển|ck))\b|"
    r"(?:你(?:那|的)份|aa制|平摊|分摊|均摊)|"
    r"(?:ส่วนของ(?:แก|เธอ|มึง|นาย|เอ็ง|คุณ)|หารกัน|หารคนละ)|"
    r"(?:حصتك|نصيبك|نتقاسم|نقسم الفاتوره|كل واحد (?:\d|يدفع|يحول))|"
    # money lent, asked back by the one who lent or paid it ("pay me back", "I paid, send your share"); a borrower's
    # promise ("I'll pay you back Friday", "nanti saya bayar balik", "回头还你") is left out: the "friend" who asks
    # for a loan says it too
    r"\b(?:pay (?:me|her|him|them|us|mum|mom|dad) back|(?:you|u) owe (?:me|her|him|us)|i (?:already )?(?:paid|covered|fronted) (?:for |the )?)\b|"
    r"\b(?:(?:balikin|kembaliin|gantiin) (?:duit|uang) ?(?:ku|gue|gw|aku|saya))\b|"
    r"\b(?:bayar balik (?:kat |kpd |kepada |pada )?(?:aku|saya|akak|kakak|mak|ayah|abang)|ganti duit (?:aku|saya|akak|kakak|mak|ayah))\b|"
    r"\b(?:(?:tao|tui|mình|tôi) (?:đã )?(?:trả|ứng|bao) trước|trả lại (?:tao|tui|mình|tôi))\b|"
    r"(?:我先垫|我垫付|垫付的|还我(?:\d|钱))|"
    r"(?:คืนเงินให้(?:พี่|หนู|แม่|ฉัน|เรา|ผม)|เราสำรองจ่าย|ฉันสำรองจ่าย|พี่สำรองจ่าย)|"
    r"(?:ترجعلي|رجعلي|ترجعيلي|رجعيلي)|"
    # a family's everyday spending
    r"\bfor (?:the |my |our )?(?:school trip|field trip|excursion|train tickets?|bus fare|lunch money|pocket money|school uniform)\b|"
    r"\b(?:top ?up|reload) (?:my|mum's|mom's|dad's|nan's|gran's|grandma's) (?:phone|mobile|credit|sim|load)\b|"
    r"\bpay (?:the|my|our) (?:electric(?:ity)?|power|water|gas|internet|wifi) bill\b|"
    r"\b(?:uang|duit) (?:jajan|saku|bulanan|kos|kost)\b|\bbayar(?:in)? (?:listrik|pdam|wifi)\b|"
    r"\b(?:duit (?:belanja|poket|saku|dapur)|lawatan sekolah|rombongan sekolah|bayar(?:kan)? bil (?:api|elektrik|air|tnb|internet|wifi))\b|"
    r"\b(?:tiền (?:tiêu vặt|dã ngoại|học thêm)|nạp (?:tiền |card |thẻ )?(?:điện thoại |đt )?(?:cho|giúp) (?:mẹ|má|bố|ba|bà|ông)|"
    r"(?:đóng|trả|nộp) (?:giúp |dùm )?(?:mẹ |má |bố |ba )?tiền (?:điện|nước|mạng|internet))\b|"
    r"(?:零花钱|生活费|春游|秋游|帮(?:我|妈|爸|奶奶|爷爷)?(?:交|缴|充)(?:一下)?(?:电费|水费|燃气费|网费|话费))|"
    r"(?:ค่าขนม|ค่าทัศนศึกษา|เติมเงิน(?:โทรศัพท์)?ให้(?:แม่|พ่อ|ยาย|ตา|ย่า|ปู่)|จ่ายค่า(?:ไฟ|น้ำ|เน็ต)ให้(?:แม่|พ่อ|ยาย))|"
    r"(?:مصروفي|مصروف البيت|المصروف|فاتوره (?:الكهربا|الكهرباء|النور|المياه|المي))|"
    # the usual process, the usual or registered account, the agreed terms
    r"\b(?:(?:through|via|in|on) the (?:usual |normal |payment |finance |procurement )?(?:system|portal|process)|"
    r"(?:the |to the |into the )?usual (?:way|process|channel|account|details)|as usual|as (?:we )?(?:discussed|agreed)|"
    r"(?:same|usual) (?:account|details|bank details) as (?:before|last (?:month|time|quarter))|account (?:on file|we have on file)|"
    r"(?:registered|existing) (?:vendor|supplier|payee) (?:account|details)|vendor master|"
    r"(?:account|bank) details (?:are )?(?:unchanged|the same|have not changed|haven't changed)|once (?:it'?s |it is )?approved|"
    r"after (?:approval|sign-?off))\b|"
    r"\b(?:rek(?:ening)? (?:yang |yg )?(?:biasa|sama|lama|terdaftar|(?:udah |sudah |udh )?terdaftar)|seperti biasa|kayak biasa|kaya biasa|"
    r"sama (?:kayak|kaya|seperti|dengan) bulan (?:lalu|kemarin)|master vendor|(?:di-?)?approve (?:dulu )?sebelum (?:transfer|bayar|dibayar)|"
    r"sesuai (?:yang )?(?:dibahas|disepakati|kesepakatan))\b|"
    r"\b(?:akaun (?:yang |yg )?(?:biasa|sama|lama|berdaftar)|(?:macam|seperti) biasa|(?:ikut|melalui) (?:proses|sistem)|"
    r"follow up\b[^.!?\n]{0,30}\b(?:client|klien|pelanggan|customer)|(?:client|klien|pelanggan|customer)\b[^.!?\n]{0,40}\bfollow up|"
    r"seperti (?:yang )?(?:dibincangkan|dipersetujui))\b|"
    # (a client or customer who has not paid or replied yet: the company's own money, chased by a colleague)
    r"\b(?:client|klien|pelanggan|customer)\b[^.!?\n]{0,20}\b(?:x|tak|belum|blm|not yet|still hasn't|hasn't|haven't)\b[^.!?\n]{0,15}\b(?:reply|balas|bayar|paid|settled?)\b|"
    # (also the account the family has always used, named by its bank: "mẹ chuyển con vào TK Vietin cũ nhé")
    r"\b(?:(?:tài khoản|tk|stk) như (?:cũ|mọi tháng|tháng trước)|(?:tài khoản|tk|stk)(?: [^\s.!?,]+)? cũ(?! (?:bị|đã bị|không|ko|hỏng|mất)\b)|như mọi tháng|(?:theo|đúng) quy trình|"
    r"(?:gửi|đẩy|trình|up|nhập) (?:lên |vào )?hệ thống|(?:tài khoản|tk|stk)[^.!?\n]{0,25}(?:in|ghi) trên (?:thông báo|hóa đơn)|"
    r"như đã (?:trao đổi|thống nhất|thỏa thuận))\b|"
    r"(?:(?:账户|账号|收款|对公账户)(?:信息)?(?:没变|没有变|未变|不变|无变化|照旧)|和上次一样|走(?:流程|审批|oa)|(?:oa|系统)(?:里|上|中)?(?:提交|审批|报销)|"
    r"审批(?:通过)?后|核对后安排付款|按(?:之前)?(?:约定|说好的)|如之前(?:沟通|约定))|"
    r"(?:รออนุมัติ|เซ็นอนุมัติ|ส่งให้(?:ผู้จัดการ|หัวหน้า|ผจก)เซ็น|บัญชีเดิม|เหมือนเดือนที่แล้ว|เหมือนทุกเดือน|ตามที่ตกลง|ตามที่คุยกัน)|"
    r"(?:الحساب (?:المعتاد|المعتمد|القديم|المسجل)|زي كل شهر|كالعاده|كالمعتاد|عبر النظام|من خلال النظام|بعد الاعتماد|زي ما اتفقنا|كما اتفقنا|حسب الاتفاق)"
)
# What turns the same wording into a scam (checker.py: none of it may be in the message): a writer on a new number, a
# borrowed phone or in a meeting, a third person's, a listed or a new account or number, a QR code, gift cards, a
# secret, an emergency, a parcel held at customs or a shipping fee, a sum repaid "three times over".
PEER_PAYMENT_RISK = (
    r"\b(?:in a meeting|friend'?s phone|battery (?:is )?dead|phone died|to this number|customs|clearance|shipping (?:fee|cost)|"
    r"delivery fee|scan (?:the |my |this )?qr|qr code|times over|double it)\b|"
    r"\b(?:nomor lama|no lama|lagi rapat|sedang rapat|hp (?:teman|temen)|lowbat|baterai habis|ke (?:nomor|no) (?:ini|ni)|bea cukai|"
    r"bandara|ongkos kirim|kali lipat|scan qr)\b|"
    r"\b(?:nombor lama|tengah meeting|dalam mesyuarat|(?:phone|fon|hp) kawan|habis bateri|bateri habis|ke (?:nombor|no) (?:ini|ni)|kastam|"
    r"kos penghantaran|kali ganda|imbas qr)\b|"
    r"\b(?:số cũ|đang họp|máy (?:bạn|người khác)|hết pin|vào số này|hải quan|phí vận chuyển|gấp (?:đôi|ba)|quét mã|(?:mã|qr) (?:qr )?mới|bị lỗi)\b|"
    r"(?:在开会|朋友的手机|没电|这个号|海关|清关|运费|翻倍|二维码|扫码)|"
    r"(?:ติดประชุม|ยืมโทรศัพท์|แบตหมด|เบอร์นี้|ศุลกากร|ค่าส่ง|เท่าตัว|สแกน|คิวอาร์)|"
    r"(?:في اجتماع|موبايل صاحبي|جوال صاحبي|الرقم ده|هذا الرقم|جمارك|الجمارك|رسوم الشحن|الضعف|باركود)|"
    r"\b(?:new (?:number|phone|mobile|sim|whatsapp)|(?:lost|broke|broken|dropped|smashed) (?:my )?(?:phone|mobile)|"
    r"phone (?:is )?(?:broken|dead|lost)|can'?t (?:talk|call|speak)|(?:gift|itunes|google play|steam|apple|amazon) cards?|"
    r"don'?t tell|between you and me|just between us|confidential|urgent(?:ly)?|asap|emergency|hospital|police|accident|stuck|stranded|"
    r"(?:friend|landlord|mate|colleague|boss|agent|lawyer|doctor|supplier)'?s? (?:account|acc|bank)|(?:this|the following|below|new) account)\b|"
    r"\b(?:nomor baru|no baru|hp (?:rusak|hilang|jatuh)|ganti nomor|darurat|mendesak|segera|rumah sakit|polisi|kecelakaan|"
    r"jangan bilang|rek(?:ening)? (?:teman|temen|kawan|bos|dokter|agen|ini|berikut|baru))\b|"
    r"\b(?:nombor baru|fon (?:rosak|hilang)|handphone (?:rosak|hilang)|tak boleh (?:call|angkat|cakap)|kecemasan|hospital|polis|"
    r"kemalangan|jangan bagitahu|akaun (?:kawan|member|bos|tuan rumah|ejen|ini|berikut|baru))\b|"
    r"\b(?:số mới|đổi số|mất (?:điện thoại|đt|máy)|hư (?:điện thoại|máy)|gấp|khẩn cấp|cấp cứu|bệnh viện|công an|tai nạn|đừng nói|"
    r"(?:tài khoản|tk|stk) (?:của bạn (?:anh|em|chị)|người quen|sếp|này|sau|mới)|thẻ cào|thẻ quà tặng)\b|"
    r"(?:新号|换号|新手机号|手机(?:坏|丢|掉)|不方便(?:接|通话|说话)|急用|急需|紧急|着急|医院|派出所|公安|车祸|出事|别告诉|不要告诉|"
    r"朋友的(?:账户|账号|卡)|(?:这个|以下|下面|新)(?:账户|账号|卡号)|购物卡|礼品卡|充值卡|游戏卡)|"
    r"(?:เบอร์ใหม่|ไลน์ใหม่|เปลี่ยนเบอร์|มือถือ(?:พัง|หาย|เสีย)|ด่วน|ฉุกเฉิน|โรงพยาบาล|ตำรวจ|อุบัติเหตุ|อย่าบอก|บัญชี(?:เพื่อน|ของเพื่อน|นี้|ด้านล่าง|ใหม่)|"
    r"บัตรของขวัญ|กิฟต์การ์ด|บัตรเติมเงิน)|"
    r"(?:رقم جديد|رقمي الجديد|ضروري|عاجل|مستعجل|مستشفى|المستشفى|الشرطه|حادث|ما تقول|لا تقول|متقولش|حساب (?:صاحبي|صديقي|صاحبتي|جديد)|"
    r"الحساب ده|هذا الحساب|كروت شحن|بطاقه هدايا|بطاقات هدايا)"
)
# Scam classes told in the words of ordinary payment talk (``PEER_PAYMENT``):
# * a "share" or a sum for a friend or relative to be paid into a new, listed or third person's account ("send your
#   share to this account", "ck phần của mày vào stk này", "先转到我朋友的账户");
# * the boss's urgent transfer to a new supplier or beneficiary account (invoice-redirection and CEO fraud);
# * a rent, bill or invoice called overdue, to be paid now at a place the message gives.
_PEER_PAYMENTS_SPLITS_REPAYMENTS_AND_USUAL_ACCOUNTS: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "en": [
            r"\b(?:send|transfer|pay|put|wire)\b[^.!?\n]{0,40}?\b(?:to|into) (?:this|the following|the below|my new|my (?:friend|mate|landlord|cousin|flatmate)'?s?) (?:bank )?(?:account|acc|acct)\b",
            r"\b(?:process|make|arrange|send|do)\b[^.!?\n]{0,15}?\b(?:wire|transfer|payment)\b[^.!?\n]{0,50}?\bto (?:our|the|a|their) new (?:supplier |vendor |beneficiary |payee |bank )?(?:account|details)\b",
            r"\b(?:rent|bill|invoice|balance|payment|fees?)\b[^.!?\n]{0,30}?\b(?:is |are |now )?(?:overdue|past due)\b[^\n]{0,40}?\bpay (?:now|today|immediately|here|at|via)\b",
        ],
        "vi": [
            r"\b(?:ck|chuyển khoản|chuyển|bank)\b[^.!?\n]{0,30}?\bvào (?:stk|tk|số tài khoản|tài khoản) (?:này|mới|sau|của bạn (?:anh|em|chị|tao|tôi))\b",
        ],
        "zh": [
            r"(?:转|打|汇|存)(?:到|给|进|入)(?:我)?(?:朋友|同学|房东|同事|亲戚|表哥|表姐)的?(?:账户|账号|帐户|卡|银行卡)",
        ],
    },
}
_CALLER_CODES_DARIJA_AND_HALF_FEES: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "ar": [
            rf"(?:رمز|كود|الرمز|الكود){_NO_NEGATION_AR}{{0,100}}?(?:اخبر|أخبر|اعط|أعط|اعطي|أعطي|عطي|قل|قول|زود|بلغ|ادي|دي){_NO_NEGATION_AR}{{0,8}}?(?:لل|ل| )?{_AR_EMPLOYEE}",
            rf"{_AR_EMPLOYEE} (?:اللي|الذي|التي|اللى)[^.!؟\n]{{0,30}}(?:يتصل|يكلم|سيتصل|هيكلم|هيتصل|رح يتصل|غيعيط|يعيط)[^.!؟\n]{{0,40}}(?:رمز|كود|الرمز|الكود)",
        ],
        "en": [
            # Darija in Latin letters: the code asked back ("ghadi yjik code f SMS, 3tih liya")
            rf"\b(?:l ?code|lcode|code|kod|otp|ramz|rmz)\b[^.!?\n]{{0,60}}?\b{_DARIJA_GIVE}\b",
            r"\b(?:etini|etina|sift ?(?:liya|lia|lina|li)|9olli|goulli)\b[^.!?\n]{0,20}\b(?:l ?code|lcode|code|kod|otp|ramz)\b",
            # Taglish: "a 6-digit code was sent to you, pwede pa-forward?"
            rf"\b{_EN_CODE}\b[^.!\n]{{0,80}}?\b{_TAGLISH_GIVE}\b",
            rf"\b{_TAGLISH_GIVE}\b[^.!?\n]{{0,30}}?\b{_EN_CODE}\b",
            # a sign-in push announced in advance, to be approved
            rf"\b(?:you(?:'ll| will| should| may) (?:now )?(?:receive|get|see)|(?:we|i)(?:'ll| will|'m going to| am going to| are going to|'re going to) (?:send|trigger|push)|(?:is|will be) (?:sent|coming|pushed)|expect)\b[^.!?\n]{{0,50}}\b{_PUSH_WORD}\b{_NO_NEGATION_EN}{{0,80}}?\b(?:approve|accept|tap (?:yes|approve|allow)|press (?:yes|approve|allow)|click (?:yes|approve|allow))\b",
        ],
    },
    S.ACCOUNT_THREAT: {
        "ar": [
            r"(?:حساب|الحساب|حسابك|بطاقتك|البطاقة|بطاقة|محفظتك)[^\s]*(?:\s+[^\s]+){0,4}?\s+(?:موقوف|موقوفة|متوقف|متوقفة|معلق|معلقة|مجمد|مجمدة|محظور|محظورة|مقفل|مقفلة|مجمّد|مجمّدة)(?:\s|$|[.،,!])"
            + _NOT_OWN_ACCOUNT_CHANNEL["ar"],
            r"(?:لتجنب|لتفادي|وإلا|والا|وإلّا|قبل) (?:ال)?(?:اغلاق|إغلاق|ايقاف|إيقاف|تجميد|حظر|الغاء|إلغاء) (?:ال)?(?:دائم|نهائي)",
            # Darija: "الحساب ديالك غادي يتبلوكا", "الكارط غادي تتسد"
            r"[يت]تبلوك|(?:الحساب|حساب|الكارط|البطاقة|الكونط|الكونت)[^.!؟\n]{0,30}(?:غادي|غا|راه) (?:ي|ت)(?:تسد|تقفل|توقف|تجمد)",
        ],
        "en": [
            r"\b(?:compte|l ?compte|lcompte|hsab|l ?hsab|lhsab|carte|l ?karta|karta|account|whatsapp|wtsp)\b[^.!?\n]{0,40}\b(?:ghadi|ghad|gha|ra)\s+[yt]t?(?:bloka|blocka|bloqa|blouka|bloca|sed|sedd|9fel|qfel|gfel|wqef|w9ef)\w*",
            r"\b[yt]t(?:bloka|blocka|bloqa|blouka|bloca)\w*\b",
        ],
    },
    S.PAYMENT_REQUEST: {
        "ar": [
            # "نسدد رسوم الجامعة عنك بخصم 40%، حول نص المبلغ الحين والباقي بعدين"
            rf"{_FEE_THING_AR}[^.!؟\n]{{0,40}}(?:بخصم|خصم|بنص السعر|بنصف السعر|بنص القيمة)(?s:.){{0,80}}?(?:حول|حولي|ادفع|ادفعي|ارسل|ابعت|ابعث|سدد|خلص|تحول|تدفع)[^.!؟\n]{{0,10}}(?:نص|نصف|ربع|ثلث|جزء من|\d+ ?[%٪] من)(?: ال| )?(?:المبلغ|مبلغ|القيمة|الرسوم|المبلغ)",
            # a parcel held at customs ("الكولي ديالك محبوس فالديوانة. خلص 19.90 درهم")
            r"(?:محبوس|محبوسة|محجوز|محجوزة|عالق|عالقة|موقوف|موقوفة|معلق|معلقة)[^.!؟\n]{0,20}(?:ف|في |ب|بال|فال)?(?:ال)?(?:ديوانة|جمارك)(?s:.){0,60}?(?:خلص|خلصي|ادفع|ادفعي|سدد|سددي|دفع|الدفع|تخلص|تدفع)",
        ],
        "en": [
            # "we can pay your tuition at 40% off, send half now and the rest after it clears"
            r"\b(?:pay|settle|clear)\b[^.!?\n]{0,30}\b(?:tuition|school fees?|fees|bills?|fines?|loan|taxes|tax|rent)\b[^.!?\n]{0,40}(?:\b\d+ ?% (?:off|discount)|\bdiscount|\bcheaper|\bhalf (?:the )?price)\b(?s:.){0,100}?\b(?:send|transfer|pay)\b[^.!?\n]{0,15}\b(?:half|50 ?%|part of it|the first half)\b",
            # "PayNow $400 to my friend's number", "GCash it to my cousin's account"
            r"\b(?:paynow|pay ?lah|gcash|maya|duitnow|venmo|zelle|cash ?app|transfer|send|pay|bank ?in)\b[^.!?\n]{0,40}\bto my (?:friend|cousin|colleague|roommate|housemate|mate|classmate|boss|landlord|agent)'?s? (?:number|account|paynow|gcash|wallet|bank account|acc)\b",
        ],
    },
    S.LEGAL_THREAT: {
        "en": [
            # a tax office or agency threatening a travel ban, a warrant "to be issued", a "suspended" SSN
            r"\btravel ban\b[^.!?\n]{0,30}\b(?:will|would|may|shall)\b|\b(?:impose|issue|place|face)\w* (?:a |an )?(?:immediate )?travel ban\b|"
            r"\b(?:barred|blocked|stopped) from (?:leaving|travell?ing)\b|\bblacklisted at (?:immigration|the airport)\b",
            r"\bwarrant (?:will be|would be|has been|is being|shall be) issued\b",
            r"\b(?:ssn|social security number)\b[^.!?\n]{0,30}\b(?:suspended|blocked|frozen|deactivated|compromised)\b",
        ],
    },
    # An authority's threat whose contact is one named officer's own number or WhatsApp ("contact officer En. Razak
    # 011-…", "تواصل مع المقدم هاني واتساب 010…"): an agency gives its office, not a person's phone.
    S.IMPERSONATION: {
        "en": [
            r"\b(?:contact|call|whatsapp|text|reach|message)\b (?:our |the |your |assigned |investigating |case )?(?:officer|inspector|insp|investigator|sergeant|sgt|detective|constable|cpl|corporal|agent)\b(?:[^.!?\n]|\b(?:en|mr|ms|mrs|dr|insp|sgt|pn|cpl|tn)\.){0,30}?(?:\+?\d[\d -]{7,}\d|\bwhatsapp\b)",
        ],
        "ar": [
            r"(?:تواصل|تواصلي|كلم|كلمي|اتصل|اتصلي|راسل|راسلي|كلمو)[^.!؟\n]{0,10}(?:مع |ب|على )?(?:ال)?(?:مقدم|نقيب|رائد|عقيد|ملازم|امين شرطة|ضابط|محقق|مامور|مأمور|مفتش)[^.!؟\n]{0,25}(?:واتساب|واتس|\+?\d{8})",
        ],
    },
    S.INVESTMENT_LURE: {
        "en": [
            # a "wrong number" opener that turns to investing, trading, crypto or gold contracts
            r"\b(?:wrong (?:number|person|contact|chat)|(?:sent|texted|messaged)\b[^.!?\n]{0,15}\bto the wrong)\b(?s:.){0,200}?\b(?:invest(?:ing|ment|ments|or)?|do you invest|trading|trader|forex|crypto(?:currency)?|bitcoin|btc|usdt|gold (?:trading|contracts?|futures|investment)|(?:trading|investment) (?:mentor|coach|teacher))\b",
        ],
        "ar": [
            # Darija work from home paid by the day: "خدمة من الدار … كتربح 300 درهم فالنهار"
            r"(?:من الدار|من دارك|من الدار ديالك|من البيت|من المنزل)[^.!؟\n]{0,60}(?:فالنهار|في النهار|ف النهار|للنهار|فاليوم|كل نهار|فنهار)|(?:كتربح|غتربح|تربح|ربح|تصور|كتصور)[^.!؟\n]{0,30}\d+ ?(?:درهم|دولار|ريال|جنيه)[^.!؟\n]{0,10}(?:فالنهار|في النهار|ف النهار|للنهار|فاليوم|كل نهار)",
            # pay per like, rating or review
            r"(?:كل|على كل|لكل|عن كل) (?:لايك|تقييم|مراجعة|اعجاب|إعجاب|فولو|متابعة)[^.!؟\n]{0,40}\d+ ?(?:جنيه|درهم|ريال|دولار|دينار)|(?:تربح|كتربح|غتربح|اربح|اكسب|كسب)[^.!؟\n]{0,60}(?:بالتقييمات|بالتقييم|بالايكات|باللايكات|بتقييم|بتقييمات)",
        ],
    },
}


# Classes from the Thai and Vietnamese misses of the fourteenth blind round; merged into PATTERNS with the tables
# above.
# * Thai: a reply to "this message" with the code received, a sign-in prompt announced to pop up in a few seconds or
#   minutes and to be approved, a friend whose old LINE "can't be opened" and who borrows money, a saving circle
#   (วงแชร์) that promises a fixed return, a QR code to scan "to cancel" an order or a cash-on-delivery parcel (a QR
#   code pays; nothing is cancelled by scanning one), and a paid blue verification tick.
# * Vietnamese: a 1900 number with a per-minute price stated in the same or the next sentence, a payee who "changed
#   the account" followed by a transfer, a donation into an account held by a named person or a "representative", a
#   fee for a verification tick, scratch or top-up cards to buy and photograph or read out, and an old Zalo or
#   Facebook lost or hacked with the writer now "using this nick".
_VI_SURNAME = (
    r"(?:nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|đinh|trương|lâm|trịnh|đào|lương|"
    r"đoàn|lưu|tô|châu|thái|quách|vương|triệu|kiều|hứa|mạc|từ|chu|khúc|tạ)"
)
_VI_1900 = r"(?<![\d.,])1900(?:[ .\-]?\d){4,6}(?![\d])"
_VI_PER_MINUTE = r"\d{1,3}(?:[.,]\d{3})*\s?(?:đ|đồng|vnd|k)\s?(?:/|một |mỗi )\s?(?:phút|cuộc gọi|cuộc)\b"
_REFUND_CODES_CIRCLES_AND_NEW_PAYEES: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "th": [
            rf"(?:ตอบกลับ|พิมพ์ตอบ|ตอบ)(?:ข้อความ|sms|เอสเอ็มเอส)(?:นี้|นี่)?(?:ด้วย|โดยใส่|โดยพิมพ์|พร้อม)?{_TH_CODE}(?!ไปรษณีย์|สินค้า|ส่วนลด|โปรโมชั่น|พัสดุ)",
            r"(?:เดี๋ยว|อีกสักครู่|อีกไม่กี่(?:วินาที|นาที)|ในอีก\d+(?:วินาที|นาที)|ภายใน\d+(?:วินาที|นาที))(?:จะ)?(?:มี|ได้รับ|ส่ง)?(?:แจ้งเตือน|คำขอ|การแจ้งเตือน|ป็อปอัป|ข้อความ)[^\n]{0,100}?กด(?:อนุมัติ|approve|ยืนยัน|allow|อนุญาต|yes|ใช่|ตกลง)",
        ],
    },
    S.IMPERSONATION: {
        "th": [
            # (the "can't open it" part in the lookahead: its "ไม่" would cancel the match as a negation)
            r"(?:ไลน์|line|เฟส|เฟซ|เฟสบุ๊ก|facebook)(?:เก่า|เดิม)(?=(?:ของ)?(?:ผม|หนู|พี่|ฉัน|เรา|กู)?(?:เข้าไม่ได้|ใช้ไม่ได้|ล็อกอินไม่ได้|หาย)[^\n]{0,120}?(?:ยืม|โอน|บัญชี|ขอเงิน|ต้องใช้เงิน))",
        ],
        "vi": [
            # (all but the old account in the lookahead: "dùng" folds to "dung" like "đừng", and "không vào được" holds
            # "không", both negation words that would cancel the match)
            # a new number followed by a money ask ("Sếp đây, số mới nhé. Em mua giúp anh 5 thẻ …"); alone, "số mới của
            # mẹ nhé, con lưu lại" is what everyone sends after changing numbers
            r"\b(?:số mới(?! nhất)|đổi (?:sang )?số (?:mới|điện thoại|đt|rồi))\b(?=(?s:.){0,200}?\b(?:chuyển|ck|mượn|vay|thẻ (?:cào|điện thoại|viettel|vina\w*|mobi\w*)|mua (?:giúp|hộ)|stk|số tài khoản|mã otp|cần (?:gấp|tiền))\b)",
            r"\b(?:zalo|facebook|fb|nick|tài khoản|messenger) cũ\b(?=[^.!?\n]{0,30}\b(?:mất|hack|khóa|không vào được|không đăng nhập được)\b[^.!?\n]{0,40}\b(?:dùng|xài|nhắn bằng|nhắn qua) (?:nick|zalo|số|tài khoản|fb|facebook) (?:này|mới)\b)",
        ],
    },
    S.INVESTMENT_LURE: {
        "th": [
            r"(?:วงแชร์|ท้าวแชร์|เล่นแชร์|เปียแชร์)[^\n]{0,80}?(?:(?:ได้คืน|รับคืน|ได้รับ|ได้|รับ|ผลตอบแทน|ดอกเบี้ย|ดอก|กำไร|ปันผล)\d|\d+(?:\.\d+)?%)",
        ],
    },
    # A QR code the writer sends personally, to scan (a rider's, a shop admin's): a payment route outside the
    # platform, like a chat. As a route it also keeps a COD parcel's "เก็บเงินปลายทาง" from passing the message
    # off as a bill paid at the door (checker.py's reminder case needs a message without a route).
    S.OFF_PLATFORM: {
        "th": [
            r"สแกน(?:qr|คิวอาร์|คิวอาร์โค้ด|โค้ด|บาร์โค้ด)(?:ที่|ซึ่ง)(?:ผม|หนู|เรา|ฉัน|พี่|ดิฉัน|แอดมิน|เจ้าหน้าที่)(?:ได้)?ส่ง(?:ให้|ไป|มา|ทาง)",
        ],
    },
    S.PAYMENT_REQUEST: {
        "th": [
            # money borrowed into someone else's account (a sister's, a friend's): the borrower cannot take it in
            # their own (the account in the lookahead: the excuse between, "แอปเข้าไม่ได้", holds the negation "ไม่")
            r"(?:ยืม|ขอยืม)(?=[^\n]{0,120}?(?:โอน(?:เข้า|ไป|ที่|ไปที่)บัญชี(?:ของ)?(?:น้องสาว|น้องชาย|น้อง|เพื่อน|แฟน|แม่|พ่อ|ญาติ|หลาน|พี่สาว|พี่ชาย|ลูกพี่ลูกน้อง)|"
            # ... or to "this person / that shop" instead of the borrower ("ขอยืม 3,000 โอนให้คนนี้แทนเราก่อน")
            r"โอน(?:เงิน)?ให้(?:คนนี้|คนนั้น|เขา|ร้านนี้|บัญชีนี้|เบอร์นี้)แทน))",
            r"สแกน(?:qr|คิวอาร์|คิวอาร์โค้ด|โค้ด|บาร์โค้ด)[^\n]{0,30}?(?:เพื่อ|แล้ว|จะ)?ยกเลิก(?:รายการ|คำสั่งซื้อ|ออเดอร์|พัสดุ|การสั่งซื้อ|การจัดส่ง)?",
            r"(?:ติ๊กฟ้า|ติ๊กถูกสีฟ้า|เครื่องหมายถูกสีฟ้า|เครื่องหมายยืนยัน|บลูติ๊ก)[^\n]{0,100}?(?:ค่าธรรมเนียม|ค่าบริการ|ค่ายืนยัน|ค่าดำเนินการ|โอนเงิน|โอนเข้า|ชำระ)",
        ],
        "vi": [
            r"\b(?:đổi|thay đổi|cập nhật|chuyển sang) (?:số tài khoản|stk|tài khoản|tk)(?: nhận tiền| ngân hàng| thanh toán)?\b[^\n]{0,120}?\b(?:chuyển|ck|thanh toán|trả|gửi) (?:vào|qua|sang|tiền vào|khoản vào|tiền qua) (?:stk|số tài khoản|tài khoản|tk)(?: mới)?\b",
            rf"\b(?:ủng hộ|quyên góp|từ thiện|cứu trợ|chung tay)\b[^\n]{{0,120}}?\b(?:stk|số tài khoản|tài khoản|tk)(?: (?:thu quỹ|nhận(?: tiền)?|ủng hộ))?\b:? ?\d[\d .]{{5,}}\d\b[ ,:\-–(]{{0,3}}(?:(?:\w+bank|bidv|vcb|agribank|mb|acb|momo)\b[ ,:\-–(]{{0,3}})?(?:(?:chủ tk|ctk|tên|chủ tài khoản):? )?{_VI_SURNAME}\b",
            r"\b(?:ủng hộ|quyên góp|từ thiện|cứu trợ|chung tay)\b[^\n]{0,120}?\b(?:stk|số tài khoản|tài khoản|tk)\b[^\n]{0,60}?\((?:đại diện|người đại diện|thủ quỹ|trưởng thôn|trưởng ban|admin|chủ nhóm)\b",
            r"\b(?:tích xanh|dấu tích xanh|tick xanh|huy hiệu xác minh|blue ?tick)\b[^\n]{0,100}?\b(?:phí|lệ phí|chuyển khoản|ck|nộp|đóng tiền)\b",
            r"\bmua\b[^.!?\n]{0,30}\bthẻ (?:cào|điện thoại|đt|nạp|viettel|vina(?:phone)?|mobi(?:fone)?|vietnamobile|garena|zing|gate|vcoin)\b(?s:.){0,60}?\b(?:cào (?:ra |rồi |xong )?(?:chụp|gửi|nhắn|đọc)|chụp (?:lại |hình |ảnh |mặt sau )?(?:gửi|cho)|(?:gửi|nhắn|đọc) (?:mã|code|seri|số seri))\b",
        ],
    },
    S.PREMIUM_RATE: {
        "vi": [
            rf"{_VI_1900}(?s:.){{0,80}}?(?:(?:cước|phí|giá)(?: gọi| cuộc gọi| dịch vụ)?:? ?)?{_VI_PER_MINUTE}",
            rf"(?:cước|phí|giá)(?: gọi| cuộc gọi| dịch vụ)?:? ?{_VI_PER_MINUTE}(?s:.){{0,60}}?{_VI_1900}",
        ],
    },
}


# Indonesian and Malay classes from the fourteenth round. Each is a kind of request people receive in many
# wordings, not one message:
# - OTP: "the digits that (will) come to your phone, send / read / screenshot them to me" (a friend whose WhatsApp
#   "logged out", a "verification team", a vote or voucher), and an MFA push the "IT desk" asks to approve.
# - Password: lending one's marketplace or e-wallet account with its password or code; a username *and* password
#   sent back by reply; a card's expiry date with the three digits on its back.
# - Payment: a seller who wants full payment before shipping and will not do cash on delivery; a booking fee or
#   deposit paid into the account of the owner's wife or relative; a small parcel surcharge paid by card on a link
#   or by scanning a QR code in a picture.
# - Legal threat: a relative held at the police station, freed by a transfer "to settle it amicably" or as bail; a
#   passport or name blacklisted until a compound or fine is paid.
# - Investment lure: a task job (reviews, data entry, likes) paying a range of money per day, reached by chat.
# - Premium rate: a horoscope, match-making or ringtone service subscribed by texting a keyword to a short code.
_ID_DIGITS_ARRIVED = (
    r"\b(?:angka|kode|digit|nomor|nomer|sms|pesan)\b[^.!?\n]{0,10}?\b(?:yg|yang) (?:baru |barusan |tadi |nanti )?"
    r"(?:masuk|dikirim|muncul|nyampe|sampai|diterima|kami kirim)\b"
)
_MS_DIGITS_ARRIVED = (
    r"\b(?:nombor|angka|kod|digit|sms|mesej)\b[^.!?\n]{0,10}?\b(?:yang|yg) (?:kami |baru |tadi |nanti )?"
    r"(?:masuk|dihantar|hantar|sampai|diterima|muncul|terima)\b"
)
_ID_TO_ME = r"(?:ke|ka|sama) (?:aku|saya|gue|gw|sini|kami|kita)\b"
_MS_TO_ME = r"(?:kat|ke|kepada|pada|dekat|kt) (?:aku|saya|sy|kami|sini)\b"
_ID_DAY_RANGE = (
    r"rp\.? ?\d[\d.,]*\s?(?:rb|ribu|k|jt|juta)?\s?(?:-|–|s/d|sampai|hingga|sd)\s?(?:rp\.? ?)?\d[\d.,]*\s?(?:rb|ribu|k|"
    r"jt|juta)?"
)
_MS_DAY_RANGE = r"rm ?\d[\d.,]*k?\s?(?:-|–|hingga|sampai|ke)\s?(?:rm ?)?\d[\d.,]*k?"
_TASK_JOB_CUE = {
    "id": (
        r"\b(?:telegram|tele|whatsapp|wa|tanpa pengalaman|dari rumah|dari hp|kerja online|paruh waktu|part ?time|"
        r"freelance)\b"
    ),
    "ms": (
        r"\b(?:telegram|tele|whatsapp|wasap|wa|tiada pengalaman|tanpa pengalaman|dari rumah|part ?time|sambilan|"
        r"pm)\b"
    ),
}
_ID_KIN = r"(?:istri|istriku|suami|suamiku|adik|kakak|anak|ibu|bapak|mertua|ipar|saudara|keponakan|ponakan|pacar|teman)"
_MS_KIN = r"(?:isteri|suami|adik|abang|kakak|anak|ibu|mak|ayah|bapa|ipar|saudara|kawan)"
# A booking word, then the account of a relative, with no receipt word between them ("DP sudah masuk ke rekening
# atas nama istri saya" is a receipt).
_NOT_RECEIVED = (
    r"(?:(?!\b(?:(?:sudah|udah|telah|dah) (?:\w+ )?(?:terima|diterima|masuk|ditransfer|transfer|dikirim|kirim|kembali|"
    r"dikembalikan|dipulangkan)|diterima|refund\w*)\b)(?s:.))"
)
_PREMIUM_CONTENT = (
    r"\b(?:ramalan|horoskop|zodiak|jodoh|primbon|shio|tarot|feng ?shui|nada sambung|rbt|lagu|kuis|kuiz|wallpaper|"
    r"gosip|artis|cinta|nasib)\b"
)
# A courier's surcharge (the difference in postage, a storage or redelivery fee) paid by card on a link or by
# scanning a QR code in the picture, within one sentence either way.
_ID_PARCEL_FEE = (
    r"(?:selisih (?:ongkir|ongkos kirim|biaya)|ongkir|ongkos kirim|biaya (?:pengiriman|penyimpanan|kirim ulang|tambaha"
    r"n|"
    r"gudang|karantina)|bea (?:kirim|gudang))"
)
_MS_PARCEL_FEE = (
    r"(?:caj (?:tambahan|simpanan|penyimpanan|penghantaran(?: semula)?|gudang|lebihan)|kos (?:penghantaran|pos)|"
    r"bayaran (?:tambahan|penghantaran|pos))"
)
_ID_CARD_LINK = r"\b(?:kartu kredit|kartu debit)\b[^.!?\n]{0,30}?\b(?:link|tautan)\b"
_MS_CARD_LINK = r"\b(?:kad kredit|kad debit)\b[^.!?\n]{0,30}?\b(?:pautan|link)\b"
_ID_QR_PICTURE = (
    r"\b(?:scan|pindai)\b (?:kode )?(?:qr|qris|barcode)\b[^.!?\n]{0,10}?\b(?:pada|di|dalam|dlm) (?:gambar|foto|image)\b"
)
_MS_QR_PICTURE = (
    r"\b(?:imbas|scan)\b (?:kod )?(?:qr|barcode)\b[^.!?\n]{0,10}?\b(?:pada|di|dalam|dlm) (?:gambar|foto|imej|image)\b"
)
# Security advisories that NAME the scam's words (a bank, an employer, the police or a platform telling readers what
# scammers say: "scammers may say your account will be locked", "beware of messages claiming you won a prize",
# "lừa đảo thường mạo danh công an yêu cầu chuyển tiền", "มิจฉาชีพมักอ้างว่า…", "waspada penipuan yang
# mengatasnamakan…", "احذر من رسائل تدعي…", "警惕冒充客服要求…"). Unlike the tables below, this one is NOT merged
# into PATTERNS (that would make the warning's own words a scam signal): it is read as ADVISORY_FRAMES by
# textsignals.py, where a frame standing earlier in the same sentence as a threat, lure or request match (or a "… is
# a scam" after it) marks that match as the scam's wording, described, not this message's. Each frame names a third
# party (scammers, impostors, "someone claiming to be", "messages that claim") or warns about a kind of message or
# call, so a scam that opens with a bare "Warning:" or "Beware of scams!" and then makes its own request in a new
# sentence keeps it. Keyed by the signals a frame explains away; Arabic is written folded (ة as ه, أ/إ as ا).
_ADVISORY_FRAMES_BY_LANG: dict[str, list[str]] = {
    "en": [
        # "scammers may say / often claim / will pretend / ask you to …"
        r"\b(?:scammers?|fraudsters?|criminals|impostors?|crooks|con ?artists?|fake callers?)\b(?: (?:may|might|often|will|"
        r"usually|typically|could|can|sometimes|now|also|then|commonly|even))* (?:say|says|saying|claim|claims|claiming|"
        r"tell|pretend|pose|ask|asks|send|call|text|threaten|promise|offer|use|demand|try)\w*\b",
        # "beware of / watch out for / if you receive messages, calls … (claiming / saying …)"
        r"\b(?:beware of|watch out for|be (?:careful|wary|alert|cautious) (?:of|with|about)|if you (?:receive|get)|"
        r"report|ignore) (?:a |an |any |such |unsolicited |suspicious |fake |unexpected )*(?:messages?|texts?|sms|"
        r"e-?mails?|calls?|links?|posts?|ads?|offers?|whatsapps?)\b",
        r"\b(?:messages?|texts?|sms|e-?mails?|calls?|callers?|people|someone|anyone) (?:that |who |which )?"
        r"(?:claim|claims|claiming|pretend|pretends|pretending) (?:that |to )?",
        r"\bscam (?:messages?|texts?|calls?|e-?mails?)\b",
        # the scam's pretext, named as one ("links sent under the pretext of a prize")
        r"\b(?:under|on) the (?:pretext|guise|pretence|pretense) of\b",
    ],
    "id": [
        r"\b(?:penipu|penipuan|modus|oknum|sindikat|scammer)\b(?: (?:yang|yg))? (?:mengatasnamakan|atas nama|mengaku|ngaku|"
        r"menyamar|berpura-pura|sering|biasanya|menawarkan|meminta)\b",
        r"\b(?:hati-hati|waspada|waspadai|awas|berhati-hati)(?: (?:terhadap|dengan|dgn|dng|atas))? (?:modus |aksi |segala )?"
        r"(?:penipuan|penipu|scam|tawaran|pesan|sms|panggilan|telepon|orang|oknum|email|link)\b",
        r"\b(?:ada |ada yang |seseorang |oknum |orang )(?:yang |yg )?(?:ngaku|mengaku|menyamar|mengatasnamakan)\b",
        r"\b(?:tidak|tdk|gak|tak) pernah (?:minta|meminta|menagih|nagih|merekrut|mengumumkan|menghubungi)\b",
    ],
    "ms": [
        r"\b(?:penipu|sindiket|scammer)\b(?: (?:mungkin|akan|sering|biasanya|kini))* (?:menyamar|mengaku|berpura-pura|minta|"
        r"meminta|menawarkan|menghubungi|menelefon|menghantar|guna|menggunakan)\b",
        r"\b(?:berhati-hati|awas|waspada)(?: (?:dengan|terhadap|dgn))? (?:mesej|pesanan|panggilan|sms|tawaran|e-?mel|"
        r"penipuan|scam|sindiket)\b",
        r"\b(?:tiada|tidak|tak)\b[^.!?\n]{0,40}?\b(?:akan|pernah) (?:minta|meminta|menghubungi|mengarahkan)\b",
        r"\b(?:jika|sekiranya|kalau) anda ditawarkan\b",
        r"\b(?:adalah|ialah|merupakan|itu adalah|itu) (?:scam|penipuan|tipu)\b",
    ],
    "vi": [
        r"\b(?:đối tượng|kẻ gian|kẻ xấu|lừa đảo|bọn lừa đảo|người lạ|có người|có kẻ)\b(?: (?:thường|hay|đã|đang|sẽ|gọi|nhắn))* "
        r"(?:giả danh|giả mạo|mạo danh|xưng|tự xưng|dụ|dọa|lừa)\b",
        r"\b(?:cẩn trọng|cẩn thận|cảnh giác|đề phòng) (?:khi|với|trước)\b",
    ],
    "th": [
        r"มิจฉาชีพ(?:มัก|จะ|ได้|มักจะ|อาจ)?(?:ส่ง|โทร|แอบอ้าง|อ้าง|หลอก|ปลอม)",
        r"(?:หาก|ถ้า)มี(?:ผู้|คน|ใคร)(?:โทรมา|ส่งข้อความ)?(?:อ้าง|แอบอ้าง|บอกว่าเป็น)",
        r"นั่นคือมิจฉาชีพ|คือการหลอกลวง",
        # a police or bank warning about a fake page, account or message that ends "… are all scams" ("ระวังเพจปลอม
        # รับจ้าง … ที่ให้โอนเงินก่อน", "… เป็นมิจฉาชีพทั้งหมด")
        r"(?:ระวัง|เตือนภัย)(?:เพจ|บัญชี|ไลน์|ข้อความ|เว็บไซต์|เว็บ|แอป|sms|ลิงก์|ลิงค์|กลุ่ม)ปลอม",
        r"(?:เป็น|คือ)มิจฉาชีพ(?:ทั้งหมด|ทั้งสิ้น|100%)",
    ],
    "ar": [
        r"(?:رسايل|رساله|مكالمات|اتصالات|ايميلات|روابط)[^.!؟\n]{0,12}(?:تدعي|يدعي|تزعم|تنتحل|تطلب منك)",
        # messages that ask "them" (some customers) or "you all" ("تصل بعض العملاء رسائل تطلب منهم تحديث بيانات
        # البطاقة"), and links or calls "under the pretext of" a prize or an update ("روابط تصلك بحجة استلام جائزة"):
        # the scam's request, described
        r"(?:رسايل|رساله|مكالمات|اتصالات|ايميلات|روابط)[^.!؟\n]{0,12}(?:تطلب|يطلب) (?:منهم|منكم|من العملاء|من الناس)",
        r"(?:رسايل|رساله|مكالمات|اتصالات|ايميلات|روابط|رابط|مواقع)[^.!؟\n]{0,40}(?:بحجه|بدعوى|بذريعه|تحت ذريعه)",
        r"(?:المحتالين|المحتالون|النصابين|المحتال|النصاب)[^.!؟\n]{0,15}(?:يدعون|يدعي|ينتحلون|ينتحل|يطلبون|يطلب|قد)",
        r"(?:لا (?:تستجب|تستجيب|تستجيبوا|ترد|تردوا|تتجاوب) (?:ل|على )?(?:اي |ال)?(?:رساله|رسايل|اتصال|اتصالات|مكالمه|مكالمات))",
    ],
    "zh": [
        r"(?:冒充|假冒|假扮|冒認|冒认|扮)[^，。！？,!?]{0,14}[,，]?(?:要求|让你|讓你|让您|讓您|话|話|说|說|以)",
        # "诈骗集团假冒电商客服，以「误设分期」为由要求…", "不法分子…以'注销校园贷'为由要求开启屏幕共享": the scam's pretext,
        # described (a scammer never calls their own story a pretext)
        r"(?:骗子|騙子|骗徒|騙徒|诈骗分子|詐騙分子|诈骗集团|詐騙集團|诈骗团伙|詐騙團夥|不法分子|犯罪分子|歹徒)(?:冒充|假冒|假扮|自称|自稱|利用|透过|透過|通过|通過)",
        r"以[^。！？!?]{1,24}(?:为由|為由|的名义|的名義)(?:要求|让|讓|诱导|誘導|骗取|騙取|引导|引導)",
        r"(?:骗子|騙子|骗徒|騙徒|诈骗分子|詐騙集團|不法分子)(?:会|會|常|往往|通常|可能)",
        r"(?:自称|自稱)[^，。！？,!?]{0,12}(?:要求|让你|讓你|让您)",
        r"(?:唔會|不會|不会|从不|從不|绝不|絕不)(?:透過|通过|通過|以)[^，。！？]{0,10}(?:要求|索取|发送|發送)",
        r"(?:都|均)?(?:是|係|為|为)(?:诈骗|詐騙|骗局|騙局|骗子|騙子)",
    ],
}
_ADVISORY_FRAMES: dict[S, dict[str, list[str]]] = {
    _signal: _ADVISORY_FRAMES_BY_LANG
    for _signal in (
        S.PRIZE_LURE,
        S.INVESTMENT_LURE,
        S.LEGAL_THREAT,
        S.ACCOUNT_THREAT,
        S.PAYMENT_REQUEST,
        S.OTP_REQUEST,
        S.PASSWORD_REQUEST,
        S.REMOTE_ACCESS,
        S.APP_INSTALL,
        # ("messages asking them to update their card details via an unofficial link": the link action described)
        S.LINK_ACTION,
    )
}
# (one pattern for textsignals.py: every frame of every language, each once)
ADVISORY_FRAMED_SIGNALS = frozenset(_ADVISORY_FRAMES)
ADVISORY_FRAMES = "(?:" + "|".join(dict.fromkeys(p for _ps in _ADVISORY_FRAMES_BY_LANG.values() for p in _ps)) + ")"
_DIGITS_BACK_BAIL_AND_TASK_PAY: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "id": [
            # "kirimin angka yg masuk ke nomor lo", "bacakan kode yang barusan masuk"
            r"\b(?:kirim\w*|kasih(?: tau| tahu)?|bacain|bacakan|sebutin|sebutkan|fotoin|screenshot|ss|forward\w*|terus"
            r"kan|"
            rf"infoin|infokan|kabarin|balas|membalas)\b[^.!?\n]{{0,20}}?{_ID_DIGITS_ARRIVED}",
            # "nanti ada SMS isinya angka, tolong screenshot trus kirim ke aku", "pesan berisi 6 digit, sebutkan ke
            # saya"
            r"\b(?:ada|dapat|dapet|terima|masuk|muncul)\b (?:sms|pesan|notif\w*|wa)\b[^.!?\n]{0,20}?\b(?:isinya|berisi"
            r"|berisikan)\b"
            r" (?:\d+ ?)?(?:angka|kode|digit)\b[^\n]{0,60}?\b(?:sebut\w*|bacakan|bacain|screenshot|ss|fotoin|forward\w"
            r"*|teruskan|"
            rf"infokan|kabarin|kasih tau|kasih tahu|(?:kirim\w*|kasih) {_ID_TO_ME})",
            # an MFA push the sender asks to approve: "permintaan login sudah kami kirim ke Authenticator, mohon
            # tekan SETUJUI"
            r"\b(?:authenticator|permintaan (?:login|masuk|sign-?in|verifikasi)|notifikasi (?:login|masuk|persetujuan)"
            r")\b"
            r"[^\n]{0,100}?\b(?:mohon|tolong|silakan|silahkan|harap|segera|cukup|langsung)\b[^.!?\n]{0,10}?"
            r"\b(?:tekan|klik|pilih|pencet|ketuk|tap)\b (?:tombol )?[\"'“]?(?:setujui|setuju|approve|izinkan|terima|al"
            r"low|ya|yes)\b",
        ],
        "ms": [
            r"\b(?:hantar\w*|bagi|beri(?:tahu)?|bacakan|baca|sebut\w*|forward\w*|screenshot|ss|balas|membalas|kongsi\w"
            r"*|"
            rf"share)\b[^.!?\n]{{0,20}}?{_MS_DIGITS_ARRIVED}",
            # "kejap lagi ada nombor masuk SMS, tolong bagi kat aku"
            r"\b(?:ada|dapat|terima|masuk)\b (?:nombor|angka|kod|sms|mesej)\b[^.!?\n]{0,20}?\b(?:masuk|sampai)\b[^\n]{"
            r"0,40}?"
            rf"\b(?:bagi|hantar\w*|forward\w*|beri(?:tahu)?|sebut\w*|bacakan|screenshot|ss)\b (?:balik )?{_MS_TO_ME}",
            r"\b(?:authenticator|permintaan (?:log masuk|login|sign-?in|pengesahan)|notifikasi (?:log masuk|login))\b"
            r"[^\n]{0,100}?\b(?:sila|tolong|mohon|harap|segera|terus)\b[^.!?\n]{0,10}?"
            r"\b(?:tekan|klik|pilih|ketik|tap)\b (?:butang )?[\"'“]?(?:luluskan|lulus|setuju|approve|benarkan|terima|a"
            r"llow|ya|yes)\b",
        ],
    },
    S.PASSWORD_REQUEST: {
        "id": [
            # lending an account with its password or code: "boleh pinjem akun Shopee kamu? kirimin email,
            # password sama kode"
            r"\b(?:pinjam|pinjem|minjem|minjam)\b (?:akun|account|id)\b(?s:.){0,120}?\b(?:kirim\w*|kasih|kasi|berikan|"
            r"bagi\w*|"
            r"sebut\w*|share|minta|infoin)\b[^.!?\n]{0,30}?\b(?:password|kata sandi|sandi|pw|kode|otp|pin)\b",
            # a username and a password sent back: "membalas email ini berisi username dan password"
            r"\b(?:kirim\w*|mengirim\w*|berikan|memberikan|balas\w*|membalas|sebutkan|bagikan|cantumkan|sertakan|reply"
            r"|beri)\b"
            r"[^.!?\n]{0,40}?\b(?:username|user ?name|nama pengguna|user ?id|id pengguna|email|e-?mail|nip|nik)\b"
            r" (?:dan|&|serta|beserta|sama|dgn|dengan|\+|/) (?:password|kata sandi|sandi|pin)\b",
            # a card's expiry with the three digits on its back
            r"\b(?:expiry|exp|expired date|masa berlaku|tanggal kedaluwarsa|kadaluarsa|kedaluwarsa|tgl berlaku)\b[^.!?"
            r"\n]{0,30}?"
            r"\b(?:3|tiga) (?:nomor|angka|digit)\b",
            r"\b(?:3|tiga) (?:nomor|angka|digit) (?:di )?(?:belakang|balik)\b[^.!?\n]{0,30}?\b(?:expiry|exp|masa berla"
            r"ku|kedaluwarsa)\b",
        ],
        "ms": [
            r"\b(?:pinjam|guna)\b (?:akaun|account|akun|id)\b(?s:.){0,120}?\b(?:hantar\w*|bagi|beri(?:tahu)?|kongsi\w*"
            r"|sebut\w*|"
            r"share|minta)\b[^.!?\n]{0,30}?\b(?:password|kata laluan|kod|otp|tac|pin)\b",
            r"\b(?:hantar\w*|menghantar|berikan|memberikan|balas\w*|membalas|sebut\w*|kongsi\w*|sertakan|reply|beri|ba"
            r"gi)\b"
            r"[^.!?\n]{0,40}?\b(?:username|user ?name|nama pengguna|id pengguna|user ?id|e-?mel|email|no\.? staf)\b"
            r" (?:dan|&|serta|beserta|dengan|dgn|\+|/) (?:password|kata laluan|kata kunci|pin)\b",
            r"\b(?:expiry|exp|tarikh luput|tarikh tamat|tamat tempoh)\b[^.!?\n]{0,30}?\b(?:3|tiga) (?:nombor|angka|dig"
            r"it)\b",
            r"\b(?:3|tiga) (?:nombor|angka|digit) (?:di )?belakang\b[^.!?\n]{0,30}?\b(?:expiry|exp|tarikh luput|tamat "
            r"tempoh)\b",
        ],
    },
    S.PAYMENT_REQUEST: {
        "id": [
            # full payment before shipping, cash on delivery refused: "lunasin dulu ya, COD ga bisa"
            r"\b(?:lunasin|lunasi|transfer|tf|bayar)\b(?: \w+){0,2}? (?:dulu|duluan|full|penuh|lunas)\b(?=[^\n]{0,80}?"
            r"\bcod\b)",
            r"\bsebelum (?:di|aku |saya |gue |gw )?kirim\w*\b[^.!?\n]{0,30}?\b(?:lunasin|lunasi|transfer|tf|bayar)\b"
            r"(?: \w+)? (?:dulu|duluan|full|lunas)\b",
            # a booking fee or deposit paid into a relative's account: "booking fee ... rekeningnya atas nama
            # istri saya"
            r"\b(?:booking fee|biaya booking|dp|uang muka|tanda jadi|deposit|uang sewa|biaya sewa|reservasi)\b"
            rf"{_NOT_RECEIVED}{{0,120}}?\b(?:rekening|rek|norek)(?:nya)?\b[^.!?\n]{{0,10}}?\b(?:a\.?n\.?|atas nama) "
            rf"{_ID_KIN}\b",
            # a parcel surcharge by card on a link, or by a QR code in a picture
            rf"\b{_ID_PARCEL_FEE}\b{_AMOUNT_WINDOW}{{0,80}}?(?:{_ID_CARD_LINK}|{_ID_QR_PICTURE})",
            rf"(?:{_ID_CARD_LINK}|{_ID_QR_PICTURE}){_AMOUNT_WINDOW}{{0,60}}?\b{_ID_PARCEL_FEE}\b",
        ],
        "ms": [
            r"\b(?:bayar|transfer|bank ?in|settle)\b(?: \w+){0,2}? (?:dulu|penuh|full|siap)\b(?=[^\n]{0,80}?\bcod\b)",
            r"\bsebelum (?:saya |aku )?(?:pos|poskan|hantar|post|kirim)\w*\b[^.!?\n]{0,30}?\b(?:bayar|transfer|bank ?i"
            r"n|settle)\b"
            r"(?: \w+)? (?:dulu|penuh|full)\b",
            r"\b(?:booking|deposit|tempahan|bayaran pendahuluan|sewa|cengkeram)\b"
            rf"{_NOT_RECEIVED}{{0,120}}?\bakaun\b[^.!?\n]{{0,15}}?\b(?:atas nama|nama|milik) {_MS_KIN}\b",
            rf"\b{_MS_PARCEL_FEE}\b{_AMOUNT_WINDOW}{{0,80}}?(?:{_MS_CARD_LINK}|{_MS_QR_PICTURE})",
            rf"(?:{_MS_CARD_LINK}|{_MS_QR_PICTURE}){_AMOUNT_WINDOW}{{0,60}}?\b{_MS_PARCEL_FEE}\b",
        ],
    },
    S.LEGAL_THREAT: {
        "id": [
            # a relative held by the police, freed by a transfer: "kalau mau selesai kekeluargaan transfer", "5jt
            # buat jaminan"
            r"\b(?:kantor polisi|polsek|polres|polda|kami amankan|diamankan|ditahan|ditangkap|kami tahan|sel tahanan)\b"
            r"(?s:.){0,160}?\b(?:jaminan|tebusan|uang damai|damai|kekeluargaan|penangguhan)\b[^.!?\n]{0,40}?"
            r"\b(?:transfer|tf|kirim|bayar|rekening|rek|\d+ ?(?:jt|juta|rb|ribu))\b",
            r"\b(?:daftar hitam|blacklist\w*|di-?blacklist|dicekal|pencekalan)\b(?s:.){0,120}?\b(?:denda|bayar|lunasi|"
            r"selesaikan|transfer)\b",
        ],
        "ms": [
            r"\b(?:balai polis|lokap|ditahan|ditangkap|reman|kami tahan)\b(?s:.){0,160}?"
            r"\b(?:ikat jamin|wang jaminan|jaminan|settle luar|selesai (?:cara )?baik|damai)\b[^.!?\n]{0,40}?"
            r"\b(?:transfer|bank ?in|bayar|masukkan|akaun|rm ?\d)",
            r"\b(?:disenarai ?hitam\w*|senarai hitam|blacklist\w*|di-?blacklist|sekatan perjalanan)\b(?s:.){0,120}?"
            r"\b(?:kompaun|denda|saman|bayar\w*|jelaskan|selesaikan)\b",
        ],
    },
    # a recorded call's "press 9 to speak to an officer" (a disconnection, a case, a parcel): a real agency's message
    # gives its own number or office, not a key to press
    S.IMPERSONATION: {
        "id": [
            r"\b(?:tekan|pencet|press) (?:angka |tombol )?\d\b[^.!?\n]{0,30}?\b(?:bicara|berbicara|terhubung|dihubungk"
            r"an|disambungkan)\b"
            r"[^.!?\n]{0,20}?\b(?:petugas|pegawai|operator|officer|polisi|penyidik)\b"
        ],
        "ms": [
            r"\b(?:tekan|press|dail) (?:nombor |butang )?\d\b[^.!?\n]{0,30}?\b(?:bercakap|berhubung|disambungkan|sambu"
            r"ng|cakap)\b"
            r"[^.!?\n]{0,20}?\b(?:pegawai|petugas|officer|operator|polis)\b"
        ],
    },
    S.INVESTMENT_LURE: {
        "id": [
            r"(?:\b(?:gaji|upah|komisi|penghasilan|pendapatan|income|bayaran) (?:harian|per hari|sehari)\s?:?\s?"
            rf"{_ID_DAY_RANGE}|"
            rf"{_ID_DAY_RANGE}\s?(?:/ ?hari|per hari|sehari|setiap hari)\b)(?=(?s:.){{0,150}}?{_TASK_JOB_CUE['id']})",
            rf"{_TASK_JOB_CUE['id']}(?s:.){{0,150}}?(?:\b(?:gaji|upah|komisi|penghasilan|pendapatan) (?:harian|per har"
            r"i|sehari)\s?:?\s?"
            rf"{_ID_DAY_RANGE}|{_ID_DAY_RANGE}\s?(?:/ ?hari|per hari|sehari|setiap hari)\b)",
        ],
        "ms": [
            rf"(?:\b(?:gaji|upah|komisen|pendapatan|income|bayaran) (?:harian|sehari)\s?:?\s?{_MS_DAY_RANGE}|"
            rf"{_MS_DAY_RANGE}\s?(?:/ ?hari|sehari|setiap hari|per hari)\b)(?=(?s:.){{0,150}}?{_TASK_JOB_CUE['ms']})",
            rf"{_TASK_JOB_CUE['ms']}(?s:.){{0,150}}?(?:\b(?:gaji|upah|komisen|pendapatan) (?:harian|sehari)\s?:?\s?"
            rf"{_MS_DAY_RANGE}|{_MS_DAY_RANGE}\s?(?:/ ?hari|sehari|setiap hari|per hari)\b)",
        ],
    },
    S.PREMIUM_RATE: {
        "id": [
            rf"{_PREMIUM_CONTENT}(?s:.){{0,120}}?\b(?:ketik|sms|balas)\b (?:reg|on|daftar|unreg)\b[^\n]{{0,30}}?"
            r"\b(?:kirim|send|ke)\b (?:ke )?\d{4,6}\b",
            r"\b(?:ketik|sms|balas)\b (?:reg|on|daftar)\b[^\n]{0,30}?\b(?:kirim|send|ke)\b (?:ke )?\d{4,6}\b"
            rf"(?s:.){{0,100}}?{_PREMIUM_CONTENT}",
        ],
        "ms": [
            # "Balas ON ke 36888 ... (RM3 setiap mesej diterima)"
            r"\b(?:balas|taip|hantar|sms|reply)\b (?:on|reg|daftar|ya|ok|start)\b[^\n]{0,30}?\b(?:ke|to)\b \d{4,6}\b"
            r"(?s:.){0,120}?(?:rm ?\d+(?:\.\d+)?|\d+ ?sen) ?(?:/ ?|se|setiap |per )(?:mesej|sms|msg)\b",
            rf"{_PREMIUM_CONTENT}(?s:.){{0,120}}?\b(?:balas|taip|hantar|sms|reply)\b (?:on|reg|daftar)\b[^\n]{{0,30}}?"
            r"\b(?:ke|to)\b \d{4,6}\b",
        ],
    },
}


# Chinese scam classes from the misses of blind round 14 (zh_14), in Simplified and Traditional wording, for the
# mainland, Hong Kong, Taiwan, Singapore and Malaysia. Only some Traditional characters fold to Simplified
# (normalize._HANT_TO_HANS), so the others are written as pairs ("盗|盜", "截图|截圖").
# * a friend or relative whose chat account was stolen or banned, or whose phone broke, writing from a new account
#   and asking to borrow, transfer or buy cards; game, gift or top-up cards whose serial or back is to be
#   photographed and sent; a boss "in a meeting" who asks for cards to be bought;
# * the code "you (just) received" asked back (a buyer's TAC, a refund code, a vote's SMS digits or screenshot);
# * bank-card details typed in after scanning a QR code from a message (a locker's overdue fee), an ID number and
#   date of birth sent back by reply;
# * a travel ban threatened by a "tax office" that names an officer or number to contact;
# * a chat line on a premium voice prefix (1259, 160, 168, Taiwan 0204/0209), a keyword replied to a five-digit
#   short code priced per message ("RM4/sms");
# * an overpaid "refund" sent back to another account; tickets resold at face value and paid by direct transfer;
# * loyalty points "converted to cash"; "boost merchants' sales" part-time jobs and daily pay ranges; an
#   "assistant's" WeChat to add for stock tips.
_ZH_MONEY_ASK = (
    r"(?:(?:跟你|向你|找你|和你)借|借(?:我|点|點|\d|[一二三两兩几幾]|一下|个|個)|[垫墊]|转给我|转我|转去|先转|"
    r"帮我(?:转|汇|买|付)|幫我(?:转|汇|買|付)|帮忙买|幫忙買|点数卡|點數卡|充值卡|礼品卡|禮品卡|序号|序號|急用|应急|應急|"
    r"还你|還你|fps|转数快|轉數快)"
)
_ZH_CHAT_ACCOUNT = (
    r"(?:微信|wechat|line|qq|whatsapp|telegram|脸书|臉書|facebook|fb|ig|instagram|微博)(?:的)?(?:帐号|账号|号)?"
)
_ZH_ACCOUNT_LOST = r"(?:被盗|被盜|被封|被冻结|被黑|被駭|被骇|被停|登不上|登不了|用不了|不能用)"
_ZH_PHONE_LOST = r"(?:手机|手機|电话|電話)(?:掉(?:进|進)?(?:水|马桶|馬桶)|坏|壞|丢|丟|摔|被偷|没电|沒電)"
_ZH_OTHER_PHONE = r"(?:新号|新號|新的号|这个号|這個號|同学|同學|朋友|别人|別人|同事|室友|舍友|家人)"
_ZH_CARD = (
    r"(?:点数|點數|游戏|遊戲|礼品|禮品|充值|储值|儲值|购物|購物|礼物|禮物|点|點|app ?store|google ?play|itunes|steam|"
    r"gash|mycard|apple|苹果|蘋果|谷歌)卡"
)
_ZH_CARD_SECRET = r"(?:序号|序號|卡号|卡密|密码|背面)"
_ZH_PHOTO_SECRET = (
    rf"(?:(?:拍|截图|截圖|发|傳|给我|告诉我)[^\n]{{0,4}}?{_ZH_CARD_SECRET}|"
    rf"{_ZH_CARD_SECRET}[^\n]{{0,6}}?(?:拍照|拍给|拍下|截图|截圖|发给|发我|传给|给我))"
)
_ZH_JUST = r"(?:刚|剛|刚刚|剛剛|刚才|剛才)"
_ZH_SEND_BACK = r"(?:(?:send|发|传|报|念|告诉|转发)(?:给)?(?:我|过来)|截图|截圖|(?:回复|回覆)(?:到|至|给)?(?:本|此|我))"
_ZH_REPLY = r"(?:回复|回覆|回传|回傳|reply)"
_ZH_ID_NUMBER = r"(?:身份证|身份證|身分证|身分證|nric|ic|mykad|证件|證件|护照|護照)(?:号码|号)?"
_ZH_BIRTH = r"(?:出生日期|生日|出生年月)"
_ZH_AND = r"(?:和|及|与|與|以及|、|跟|\+|&)(?:你的|您的)?"
_ZH_TRAVEL_BAN = r"(?:出境禁令|禁止出境|限制出境|限制出国|禁止出国|出国禁令|出國禁令|禁止出國|限制出國|边控|邊控)"
_ZH_CONTACT = r"(?:联系|联络|聯絡|致电|拨打|撥打|whatsapp)"
_ZH_OFFICER = r"(?:官员|官員|负责人|負責人|专员|專員)"
_ZH_DIAL_PREMIUM = r"(?:拨打|撥打|致电|拨|撥|打|call)[:：]?(?:1259|160\d|168\d|020[49])"
_ZH_PER_MSG_PRICE = (
    r"(?:(?:rm|s\$|hk\$|nt\$|\$)\d+(?:\.\d+)?/(?:sms|msg|条|條|则|則)|\d+(?:\.\d+)?(?:元|令吉|仙|sen)/(?:sms|msg|条|條|则|則)|"
    r"每(?:条|條|则|則)(?:短信|简讯|讯息)?(?:收费|收費|资费|資費)(?:rm|s\$|\$)?\d)"
)
_ZH_SHORT_CODE_REPLY = r"(?:回复|回覆|发送|發送|编辑|編輯|短信|sms)[^。！？\n]{0,12}?(?:至|到|去|to)\d{5}(?!\d)"
_ZH_OFF_MARKET = (
    r"(?:(?:走|用|透过|透過|通过)(?:拍卖|拍賣|官方|购物|購物|二手|交易)?平台[^，。！？\n]{0,8}?"
    r"(?:太慢|要等|很久|麻烦|麻煩|手续费|手續費|抽成|太贵|太貴)|不走平台|私下(?:交易|转账|汇款|付款|过数|過數))"
)
# Chinese scam classes from the misses of round 25 (zh_25), in Simplified, Traditional and Cantonese wording:
# * credentials asked as a list after one give verb ("请回复您的 User ID 及 PIN", "提供您的身分證字號、使用者代號及網銀密碼",
#   "提供您的 NRIC 后四位及收到的6位验证码"): the secret or code closes a list that opens with "您的", too far from the
#   verb for the patterns above. "请勿提供您的…" is cut by the negation as ever;
# * the code the system "will send you", brought back to the writer ("你把号码回给我", "將個碼傳返俾我");
# * a "boss" on a new chat account who prepares a payment and asks to keep it from the others ("我是王总，我换了个微信
#   …这事先别跟其他人讲"), and a relative's new chat account with a matter to tell after it ("我换 LINE 了，你先加这个，
#   我晚点有事跟你说"), as the round-24 "new number" opener;
# * rent or a bill to be paid into a "new account" because the old one is held for an audit, a review or an upgrade
#   ("房租请转到新户口…旧户口因审计暂停使用"); a landlord who closed an account ("旧户口销户了") gives no such reason.
_ZH_R25_GIVE = r"(?:提供|回复|回覆|告知|告诉|告訴|发送|報上|报上)"
_ZH_R25_LOGIN_SECRET = r"(?:pin(?![a-z])|user ?id|用户名|用戶名|用户代号|用戶代號|使用者代号|使用者代號|使用者名称|使用者名稱|网银账号|网银帐号)"
_ZH_R25_KEEP_FROM_OTHERS = (
    r"(?:(?:别|別|不要|唔好|千万别|千萬別)(?:跟|和|同|对|對|告诉|告訴|讲|講|说|說)(?:其他人|别人|別人|任何人|同事|其他同事|大家|人)|"
    r"(?:别|別|不要|先别|先別)(?:声张|聲張|外传|外傳)|保密)"
)
_ZH_R25_ACCOUNT = r"(?:户口|戶口|账户|户头|戶頭|账号|银行户口|銀行戶口|银行账户)"
_ZH_R25_HELD = (
    r"(?:审计|審計|年审|年審|稽核|查账|查帳|对账|對賬|系统升级|系統升級|税务|稅務|冻结|维护|暂停使用|暫停使用|停用|"
    r"不能用|无法使用|無法使用)"
)
_ZH_R25_CREDENTIAL_LISTS_CODES_BACK_NEW_CHATS_AND_NEW_ACCOUNTS: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "zh": [
            rf"{_ZH_R25_GIVE}(?:您|你)的?[^,。!?\n]{{1,30}}?(?:和|及|与|與|以及|、|跟)[^,。!?\n]{{0,8}}?(?:{_ZH_CODE}|tac(?![a-z]))",
            rf"(?:{_ZH_CODE}|tac|pin|\d位数|\d位數|[四六]位数|[四六]位數)[^。!?\n]{{0,40}}?(?:把|将|將)"
            r"(?:那个|那個|这个|這個|个|個|嗰个|嗰個)?(?:号码|数字|數字|码|它)?(?:回|发|传|報|报|念|读|send)(?:返)?(?:给|俾)?我(?!们|們|哋)",
        ],
    },
    S.PASSWORD_REQUEST: {
        "zh": [rf"{_ZH_R25_GIVE}(?:您|你)的?[^,。!?\n]{{0,30}}?(?:{_ZH_SECRET}|{_ZH_R25_LOGIN_SECRET})"],
    },
    S.IMPERSONATION: {
        "zh": [
            r"(?:我是|我係|我系)[^,。!?\n]{0,6}?(?:总|總|董|老板|老闆|经理|經理|主任|局长|局長|校长|校長|行长|行長|处长|處長|科长|科長|部长|部長|主管)"
            r"[^\n]{0,40}?(?:换|換)(?:了|咗)?(?:个|個)?新?的?(?:微信|wechat|line|whatsapp|号码|号|手机号|电话)"
            rf"(?=[^\n]{{0,160}}?{_ZH_R25_KEEP_FROM_OTHERS})",
            r"(?:换|換)(?:咗|了)?(?:个|個)?新?的?(?:微信|wechat|line|whatsapp|telegram)(?:号|账号)?(?:了|啦|喇)?"
            r"(?=[^\n]{0,40}?(?:加|add)[^\n]{0,100}?(?:有(?:点|點|个|個|件|啲)?(?:急)?事(?:情)?要?(?:跟|和|同|找)(?:你|您|妳)|帮个忙|幫個忙|帮忙|幫忙|借|转|汇|钱|錢|验证码))",
        ],
    },
    S.PAYMENT_REQUEST: {
        "zh": [
            rf"(?:转|汇|存|付|过数|過數|入)(?:账|款|钱|錢)?(?:到|至|入|进|進)(?:我们的|我們的)?新的?{_ZH_R25_ACCOUNT}"
            rf"[^\n]{{0,80}}?(?:旧|舊|原|原来|原來|之前)的?{_ZH_R25_ACCOUNT}[^\n]{{0,20}}?{_ZH_R25_HELD}",
            rf"(?:旧|舊|原|原来|原來|之前)的?{_ZH_R25_ACCOUNT}[^\n]{{0,20}}?{_ZH_R25_HELD}[^\n]{{0,80}}?"
            rf"(?:转|汇|存|付|过数|過數|入)(?:账|款|钱|錢)?(?:到|至|入|进|進)(?:我们的|我們的)?新的?{_ZH_R25_ACCOUNT}",
        ],
    },
}
_ZH_FRIEND_CARDS_CODES_AND_SIDE_DEALS: dict[S, dict[str, list[str]]] = {
    S.IMPERSONATION: {
        "zh": [
            rf"{_ZH_CHAT_ACCOUNT}{_ZH_ACCOUNT_LOST}(?=[^\n]{{0,120}}?{_ZH_MONEY_ASK})",
            rf"{_ZH_PHONE_LOST}[^\n]{{0,30}}?{_ZH_OTHER_PHONE}(?=[^\n]{{0,120}}?{_ZH_MONEY_ASK})",
        ],
    },
    S.PAYMENT_REQUEST: {
        "zh": [
            # ... and the money or cards that friend asks for
            rf"(?:{_ZH_CHAT_ACCOUNT}{_ZH_ACCOUNT_LOST}|{_ZH_PHONE_LOST}[^\n]{{0,30}}?{_ZH_OTHER_PHONE})"
            rf"[^\n]{{0,120}}?{_ZH_MONEY_ASK}",
            # a card bought and its serial or back photographed or sent ("拍序號給我", "刮开背面拍照发我")
            rf"{_ZH_CARD}[^\n]{{0,40}}?{_ZH_PHOTO_SECRET}",
            rf"{_ZH_NO_CALL}[^\n]{{0,60}}?(?:买|購買|购买|帮我买)[^\n]{{0,20}}?卡",
            # "paid you one zero too many, send the difference back to this account"
            r"(?:多打了|多转了|多汇了|多付了|转多了|打多了|多打一个零|多打了一个零)[^\n]{0,60}?(?:退回|退还|转回|还回|返还)"
            r"[^\n]{0,10}?(?:到|至|给|进)(?:以下|下面|这个|新的|我们的|对公|指定)",
            # ... or any deal taken off the marketplace and paid straight to the other party
            rf"{_ZH_OFF_MARKET}[^\n]{{0,40}}?(?:转账|转|汇款|汇|付款|打款|过数|過數)(?:账|款|钱)?(?:到|给|进)?(?:我|我的)",
            # tickets at face value, paid by transfer straight to the seller
            r"(?:票|门票|演唱会|球票)[^\n]{0,60}?(?:原价|平价|转让|转讓|转卖|割爱|割愛)[^\n]{0,100}?(?:直接|私下|先)"
            r"(?:转账|转|汇款|汇|打款|付款|过数|過數)(?:账|款|钱)?(?:到|给|进)?(?:我|我的)",
        ],
    },
    S.OTP_REQUEST: {
        "zh": [
            # the code you (just / will) receive, sent back ("你刚收到的那个 send 给我", "您手机收到的4位数退款码，请直接回复")
            rf"(?:你|您)(?:的)?(?:手机|手機|那边|那邊)?(?:上)?{_ZH_JUST}?(?:会|會)?收到(?:的)?[^。！？\n]{{0,16}}?"
            rf"(?:码|碼|tac|otp|pin|数字|數字|简讯|短信)[^\n]{{0,30}}?{_ZH_SEND_BACK}",
            rf"(?:你|您){_ZH_JUST}收到的(?:那个|那個|那组|那組|那条|那條)[^。！？\n]{{0,6}}?"
            r"(?:send|发|传|报|告诉|念|截图|截圖)(?:给|过来)?(?:我|过来)",
            r"(?:需要|要)(?:你|您)(?:那边|那邊|手机|手機)?(?:的|收到的)?(?:\d|[四六])位数?字?(?:tac|otp|pin|验证码|码|代码)",
            # a vote or "like" whose SMS digits are to be screenshotted or sent back
            r"(?:投票|投一下|投一票|帮我投|幫我投|点赞|點讚|助力|拉票)[^\n]{0,80}?(?:简讯|短信|讯息|验证码|数字|數字|一组|一組|码)"
            r"[^\n]{0,30}?(?:截图|截圖|拍照|发给|发我|传给|传过来|告诉我|给我)",
        ],
    },
    S.PASSWORD_REQUEST: {
        "zh": [
            r"(?:扫描|扫码|扫一扫|掃描|掃碼|扫|掃)[^。！？\n]{0,40}?(?<!无需)(?<!无须)(?<!不用)(?<!不需)(?:输入|填写|填寫|提供)"
            r"[^。！？\n]{0,8}?(?:银行卡|信用卡|金融卡|提款卡|卡号)",
            rf"{_ZH_REPLY}[^。！？\n]{{0,8}}?{_ZH_ID_NUMBER}[^。！？\n]{{0,8}}?{_ZH_AND}{_ZH_BIRTH}",
            rf"{_ZH_REPLY}[^。！？\n]{{0,8}}?{_ZH_BIRTH}[^。！？\n]{{0,4}}?{_ZH_AND}{_ZH_ID_NUMBER}",
        ],
    },
    S.LEGAL_THREAT: {
        "zh": [
            rf"{_ZH_TRAVEL_BAN}[^\n]{{0,80}}?{_ZH_CONTACT}[^\n]{{0,20}}?(?:{_ZH_OFFICER}|警官|encik|puan|先生|小姐|\d)",
            rf"{_ZH_CONTACT}[^\n]{{0,30}}?{_ZH_OFFICER}[^\n]{{0,80}}?{_ZH_TRAVEL_BAN}",
        ],
    },
    S.PREMIUM_RATE: {
        "zh": [
            rf"(?:陪聊|聊天|交友|寂寞|谈心|談心|激情|美女|情感|午夜)[^\n]{{0,60}}?{_ZH_DIAL_PREMIUM}",
            rf"{_ZH_DIAL_PREMIUM}[^\n]{{0,40}}?(?:陪聊|聊天|交友|谈心|談心|激情|美女)",
            rf"{_ZH_SHORT_CODE_REPLY}(?s:.){{0,150}}?{_ZH_PER_MSG_PRICE}",
            rf"{_ZH_PER_MSG_PRICE}(?s:.){{0,150}}?{_ZH_SHORT_CODE_REPLY}",
        ],
    },
    S.PRIZE_LURE: {
        "zh": [
            r"积分[^。！？\n]{0,20}?(?:兑换|兌換|换取|換取|折现|折現|兑现|兌現)(?:成|为)?(?:现金|現金)(?!券|卷|红包)"
        ],
    },
    S.OFF_PLATFORM: {
        "zh": [
            r"(?:加|添加|联系|联络|聯絡)(?:一下)?(?:我们|我們|我的)?(?:的)?(?:助理|助手|助教|分析师|分析師|导师|導師)(?:的)?"
            r"(?:微信|wechat|line|qq|whatsapp|telegram|飞机|vx|wx|v)(?![a-z])",
            # a seller or buyer who skips the marketplace ("走拍賣平台要等很久", "不走平台", "私下转账")
            _ZH_OFF_MARKET,
        ],
    },
    # a suspension or cut-off set for tonight or tomorrow ("将于今晚 23:59 暂停")
    S.URGENCY: {
        "zh": [
            r"(?:将于|将在|会在|會在)(?:今晚|今天|今日|明天|明日)[^，。！？\n]{0,10}?(?:暂停|停用|冻结|注销|失效|封号|封停|关闭|關閉)"
        ],
    },
    S.INVESTMENT_LURE: {
        "zh": [
            r"(?:帮|幫|替)商家(?:提升|提高|刷|冲|衝|增加)(?:销量|銷量|人气|人氣|好评|好評|订单|訂單)",
            r"(?:兼职|兼職|part ?time)[^\n]{0,80}?(?:s\$|rm|\$|nt\$|hk\$)?\d+[-~–至到](?:s\$|rm|\$)?\d+[^\n]{0,4}?"
            r"(?:一天|每天|/天|/日|每日)",
        ],
    },
}


# Scratch cards (thẻ cào) bought for someone and their codes sent back: the card named, then a photo, a send or a read
# of its code or serial ("mua 5 thẻ cào 500k rồi chụp mã gửi em", "cào thẻ ra đọc số seri cho chị"), or the code or
# photo of the card sent ("gửi mã thẻ cào qua Zalo"). A card bought for oneself or sold in a shop is no request.
_VI_CARD = r"\bthẻ (?:cào|điện thoại|nạp|viettel|vina(?:phone)?|mobi(?:fone)?|garena|zing|vcoin)\b"
_VI_CARD_CODE = r"\b(?:mã|code|số seri|seri|serial|số thẻ|hình|ảnh|mặt sau)\b"
_VI_SEND_CODE = rf"\b(?:chụp|gửi|nhắn|đọc|báo)\b[^.!?\n]{{0,20}}?{_VI_CARD_CODE}"
_SCRATCH_CARD_CODES: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "vi": [rf"{_VI_CARD}(?s:.){{0,80}}?{_VI_SEND_CODE}", rf"{_VI_SEND_CODE}[^.!?\n]{{0,12}}?{_VI_CARD}"],
    },
    # Paid per watch, like or follow ("xem video, like và chụp màn hình, mỗi video 20k", "thả tim 15k/lượt"): the task
    # job that later asks for a deposit. Editing or filming a video for a price is work, not a watch or a like.
    S.INVESTMENT_LURE: {
        "vi": [
            r"\b(?:xem|like|thả tim|follow|theo dõi|đăng ký kênh|subscribe|chụp màn hình|bình luận|đánh giá)\b[^\n]{0,80}?"
            r"(?:\b(?:mỗi|1|một) (?:video|clip|lượt(?: like| xem| theo dõi| đánh giá)?|nhiệm vụ|bài|kênh|đánh giá) (?:được |là )?"
            r"\d+(?:[.,]\d+)? ?(?:k|nghìn|ngàn|đ|vnđ|vnd)\b|\b\d+(?:[.,]\d+)? ?(?:k|nghìn|ngàn|đ) ?/ ?(?:video|clip|lượt|nhiệm vụ|bài)\b)"
        ],
    },
}


# Round-21 false-positive classes, second part (textsignals.py reads the constants below).
# A self-introduction ordinary people send: a friend's or relative's new number (a phone lost or broken, a new
# line), or the courier at the door ("我是顺丰快递, 您的洗衣机明天上午送到", "this is your courier, I'm at the lobby").
# As an impersonation claim it weighs only with an ask in the same message (INTRO_ASK): money, a transfer or a bill,
# a favour or "are you free?", a code, a link, a contact to add or to call, personal or bank details, a refund or
# compensation to claim, a parcel held by customs, an address to confirm (a link in the message is an ask too,
# textsignals.py). The new number that asks nothing ("em đổi số rồi, lưu số này nha", "new number, my old phone got
# wet, see you Sunday") and the courier who only brings the parcel (a cash-on-delivery amount included) are news.
ORDINARY_INTRO = (
    r"\b(?:new (?:number|phone|line|whatsapp|sim)|(?:old|my) phone|phone (?:broke|died|fell|got)|lost my phone|"
    r"courier|delivery (?:guy|man|rider|driver)|rider|despatch|số mới|đổi số|điện thoại|shipper|bưu tá|"
    r"nomor baru|ganti nomor|nombor baru|tukar nombor|kurir|penghantar|posmen|hp (?:aku|saya|gue) (?:rusak|hilang))\b|"
    r"เบอร์ใหม่|เปลี่ยนเบอร์|มือถือ|ไรเดอร์|พนักงานส่ง|ขนส่ง|"
    r"新号|新號|换号|換號|新的号|手机|手機|快递|快遞|配送|派送|"
    r"رقمي الجديد|رقم جديد|غيرت رقمي|جوالي|تلفوني|موبايلي|المندوب|مندوب"
)
INTRO_ASK = (
    r"\b(?:transfer\w*|send (?:me|it|the|money|cash)|pay(?:ment)?(?! on delivery)|lend|loan|borrow|money|"
    r"bank|account|bill|fee|code|otp|pin|password|link|click|favou?r|help me|urgent\w*|emergency|asap|"
    r"are you free|you busy|don'?t (?:call|tell)|do not (?:call|tell)|details|verify|refund|compensat\w*|"
    r"claim|add me|ic|id card|reschedul\w*|customs|seized|illegal|contact|confirm|address|"
    r"chuyển|ck|nạp|mượn|vay|tiền|stk|tài khoản|thanh toán|phí|mã|otp|bấm|nhờ|rảnh (?:không|ko|k)|gấp|"
    r"đừng (?:gọi|nói|báo|nhắn)|thẻ cào|mua (?:giúp|hộ)|kết bạn|hoàn tiền|bồi thường|hải quan|tạm giữ|vi phạm|liên hệ|"
    r"tf|trf|kirim\w*|pinjam|pinjem|minjem|uang|duit|wang|bayar|rek|rekening|akaun|bank ?in|tolong|bantu|"
    r"minta|butuh|perlu|darurat|kode|kod|klik|sibuk|jangan (?:telepon|telpon|call|bilang|beritahu)|biaya|"
    r"ongkir|ganti rugi|bea cukai|kastam|ditahan|hubungi|ganti|balikin|kembalikan|"
    # a sum of money named with its unit ("ada 2jt ga?", "cần 5 triệu", "RM500", "$200")
    r"\d+(?:[.,]\d+)? ?(?:jt|juta|rb|ribu|triệu|tr|ngàn|nghìn|k)|(?:rp|rm) ?\d)\b|[$£] ?\d|"
    r"โอน|ยืม|เงิน|บัญชี|รหัส|โค้ด|ลิงก์|ลิงค์|กดลิงก์|ช่วย|ว่างไหม|ว่างมั้ย|ว่างป่าว|ด่วน|ชดเชย|คืนเงิน|เพิ่มเพื่อน|แอดไลน์|ศุลกากร|ยึด|ติดต่อ|ผิดกฎหมาย|"
    r"帮|幫|借|转账|轉賬|转给|汇|匯|钱|錢|验证码|驗證碼|链接|鏈接|点击|點擊|微信|qq|好友|方便吗|方便嗎|有空|急|理赔|"
    r"理賠|赔|賠|退款|费|費|银行|銀行|身份证|身份證|截图|截圖|押金|码|碼|念|报一下|報一下|海关|海關|扣押|违规|違規|违禁|違禁|"
    r"联系|聯繫|法律|公安|警|"
    r"حول|تحويل|فلوس|مبلغ|ريال|درهم|جنيه|دينار|حساب|كود|رمز|رابط|اضغط|منك|احتاج|محتاج|خدمه|طلب|ساعد|"
    r"فاضي|ضروري|سلف|اقرض|ابعت|ادفع|دفع|رسوم|تعويض|الجمارك|محتجز|مخالف|تواصل|اتصل"
)
# A fake message shown as an example in a phishing-awareness training or notice ("จะมีตัวอย่างอีเมลปลอม เช่น
# บัญชีของคุณจะถูกระงับ กรุณายืนยันรหัสผ่าน ให้ดู", "an example of a phishing e-mail: your account will be closed")
# quotes the scam's words, unmarked by quotation marks: a request or threat right after it is the example's.
FAKE_EXAMPLE = (
    r"\b(?:examples? of (?:a |an )?(?:fake|phishing|scam|fraudulent) (?:e-?mails?|messages?|texts?|sms)|"
    r"(?:fake|phishing|scam) (?:e-?mails?|messages?|texts?|sms) (?:such as|like|e\.g\.)|"
    r"ví dụ (?:về )?(?:email|thư|tin nhắn|sms) (?:giả|lừa đảo|giả mạo)|(?:email|thư|tin nhắn) (?:giả|lừa đảo|giả mạo) (?:như|kiểu)|"
    r"contoh (?:email|pesan|sms|surel) (?:palsu|phishing|penipuan)|(?:email|pesan|sms|e-mel|mesej) (?:palsu|phishing|penipuan) (?:seperti|spt)|"
    r"contoh (?:e-mel|mesej|sms) (?:palsu|phishing|penipuan))\b|"
    r"ตัวอย่าง(?:อีเมล|ข้อความ|sms|เอสเอ็มเอส)(?:ปลอม|หลอกลวง|ฟิชชิ่ง|ฟิชชิง)|(?:อีเมล|ข้อความ|sms)(?:ปลอม|หลอกลวง|ฟิชชิ่ง)เช่น|"
    r"(?:钓鱼|釣魚|诈骗|詐騙|假冒?)(?:邮件|郵件|短信|信息|訊息)(?:示例|範例|样本|樣本|例子|如)|"
    r"مثال (?:على )?(?:رساله|ايميل|بريد|رسايل) (?:مزيف|مزيفه|احتيال|احتياليه|تصيد)"
)
# The writer's own payment, told to the reader ("Nanti aku transfer ke rek Bu Haji yg biasa", "saya dah bayar ke
# akaun ...", "i transfer u the money already"), and a bank's check on a payment it saw ("Did you try to pay £89.99 to
# ASOS? Reply Y or N"): the first person (with "later / will / already") or the bank's question just before the
# pay verb a transfer request opens with. A mistaken transfer ("saya salah transfer, tolong kembalikan") is no such
# statement: "salah" breaks it.
OWN_TRANSFER = (
    r"(?:\b(?:aku|saya|gue|gw|ku|kami|kita)(?: (?:nanti|akan|mau|nak|dah|udah|sudah|baru|sdh|bakal))*|"
    r"\bi(?:'ll|'ve| will| have| just| already| already just)*|"
    r"\b(?:did you|was it you who|have you|adakah anda|apakah anda)(?: (?:just|try to|attempt to|mean to|recently|baru|"
    r"cuba|mencoba|ingin))*)\s*$"
)
# A discount, promo or referral code passed on to a friend ("سيصلك كود خصم، أرسله لصديقك", "share your promo code with
# friends"): a shop's referral. The code is named as a discount and goes to the reader's friends, not back to the
# writer ("send it to me" stays a code request).
DISCOUNT_CODE = (
    r"\b(?:discount|promo|promotion|referral|coupon|voucher|invite) codes?\b|\b(?:kode|kod) (?:promo|diskaun|diskon|referral|"
    r"voucher|baucar|rujukan|ajakan)\b|\bmã (?:giảm giá|khuyến mãi|ưu đãi|giới thiệu|voucher)\b|"
    r"โค้ด(?:ส่วนลด|โปรโมชั่น|แนะนำเพื่อน)|(?:优惠|優惠|折扣|邀请|邀請|推荐|推薦)码|(?:优惠|優惠)(?:券|卷)|"
    r"(?:كود|رمز|كوبون) (?:ال)?(?:خصم|الخصم|الدعوه|دعوه|الاحاله|احاله|ترويجي|الترويجي)"
)
CODE_TO_FRIEND = (
    r"\b(?:to|with) (?:your |a )?(?:friends?|family|colleagues?)\b|\b(?:cho|với) (?:bạn bè|bạn|người thân)\b|"
    r"\b(?:ke|kepada|dengan) (?:teman|kawan|rakan|keluarga)\b|(?:ให้|กับ)(?:เพื่อน|ครอบครัว)|(?:给|給|发给|發給)(?:朋友|好友|家人)|"
    r"(?:لصديقك|لصديق|لاصدقايك|لاصدقائك|لصاحبك|لصحابك|لحبايبك|مع اصدقايك|مع اصدقائك|مع صحابك|مع اصحابك|مع صديقك|مع حبايبك)"
)
# A prize handed over in person: collected or used at a counter, a store, a branch, a dealer or the HR office, with
# the member card, IC, receipt or scratch card ("Tuntut di kaunter … dengan kad ahli", "mang phiếu cào và CCCD đến đại
# lý gần nhất", "中奖的同事来前台签字拿卡", "تستخدم عند الكاشير"). A prize scam routes the winner to a link, a chat, a
# call or a fee instead (PRIZE_CLAIM_ROUTE, read with it in textsignals.py).
IN_PERSON_PRIZE = (
    r"\b(?:collect(?:ed)?|pick(?:ed)? up|redeem(?:ed)?|use(?:d)?|claim(?:ed)?)\b[^.!?\n]{0,40}?\b(?:at|from) (?:the |any |our |your "
    r"(?:nearest )?)?(?:counter|store|branch|front desk|reception|hr|office|cashier|till|outlet)\b|"
    r"\b(?:tuntut|ambil|diambil|tebus|ditebus|tukar)\b[^.!?\n]{0,40}?\b(?:di|ke) (?:kaunter|stesen|pejabat|cawangan|kedai|"
    r"outlet|unit|kantor|gerai|toko|counter|cabang)\b|\b(?:membawa|bawa|dengan) (?:ic|mykad|ktp|resit|struk|kad (?:ahli|pekerja)|"
    r"pas pekerja)\b|"
    r"\b(?:đến|tại|ở)\b[^.!?\n]{0,30}?\b(?:đại lý|nhà phân phối|quầy|siêu thị|cửa hàng|chi nhánh|phòng nhân sự)\b|"
    r"(?:前台|柜台|櫃台|邮局|郵局|便利商店|超商|门店|門市|现场|現場)[^。！？\n]{0,6}?(?:签字|簽字|领|領|兑|兌|拿|列印)|"
    r"عند الكاشير|(?:في|من) (?:اقرب )?(?:الفرع|فرع)|بابراز|"
    r"(?:ที่|ณ)(?:สาขา|เคาน์เตอร์|จุดบริการ)|"
    # (a shop's stamp card, "สะสมแสตมป์ครบ 10 ดวงรับฟรี 1 แก้ว", and a team award paid with the salary, "เงินรางวัลจะเข้ากับ
    # เงินเดือน": used at the counter or paid by the employer, nothing to claim)
    r"สะสม(?:แสตมป์|สแตมป์|ดวง|แต้ม|สติ๊กเกอร์)|(?:เข้า|จ่าย|รวม|โอน)(?:ไป)?(?:กับ|พร้อม(?:กับ)?)เงินเดือน|"
    # (Vietnamese: a gift redeemed or looked up in the provider's own app, "đổi trên app CGV", "xem thể lệ trong ứng
    # dụng Tiki"; an award paid with the salary, "chuyển cùng kỳ lương"; a workplace sales competition, "thi đua quý 2")
    r"\b(?:đổi|dùng|sử dụng|áp dụng|xem(?: thể lệ)?)\b[^.!?\n]{0,20}?\b(?:trên|trong|tại) (?:app|ứng dụng)\b|"
    r"\b(?:chuyển|trả|cộng|gộp|thanh toán)\b[^.!?\n]{0,12}?\b(?:cùng|vào|chung với|theo) (?:kỳ |kì |bảng )?lương\b|"
    r"\b(?:chương trình|giải|kết quả|phong trào) thi đua\b|\bthi đua (?:quý|tháng|năm|nội bộ)\b"
    rf"{_IDMS24_IN_PERSON_PRIZE}"  # (round 24: collected from HR)
)
# Planned maintenance that interrupts a service for a few hours ("أعمال صيانة للشبكة ... قد تنقطع الخدمة مؤقتاً",
# "bekalan air dihentikan 10.00-14.00 untuk kerja penyelenggaraan"): the cut is the provider's works, announced, not a threat to the
# reader's account, unless the notice asks for a payment, a transfer or a verification (MAINTENANCE_ASK).
# The works named, and a time they last (MAINTENANCE_WINDOW).
MAINTENANCE_OUTAGE = (
    r"(?:\b(?:maintenance|upgrade|upgrading|pemeliharaan|perbaikan|pengurasan|penyelenggaraan|naik taraf|bảo trì|"
    r"nâng cấp)\b|صيانه|ترقيه|ปรับปรุง|ซ่อมบำรุง|维护|維護|检修|檢修|升级|升級)"
)
# (read anywhere in the message with MAINTENANCE_OUTAGE: "for a while", or a window of hours)
MAINTENANCE_WINDOW = (
    r"(?:\b(?:temporarily|sementara|buat sementara|tạm thời|\d{1,2}[.:]\d{2} ?[-–] ?\d{1,2}[.:]\d{2})\b|مؤقتا|"
    r"من \d{1,2} (?:حتى|الى|إلى) \d{1,2}|ชั่วคราว|暂时|暫時)"
)
MAINTENANCE_ASK = (
    r"\b(?:transfer\w*|pay|bayar|pindahkan|chuyển|thanh toán|nạp|verify|confirm|update your|verifikasi|sahkan|"
    r"xác minh|xác nhận|cập nhật|stk|rekening|akaun)\b|"
    r"โอน|ชำระ|ยืนยัน|转账|轉賬|汇款|匯款|验证|驗證|确认|確認|حول|تحويل|سداد|ادفع|تحديث|تاكيد|تحقق"
)
# An insurance premium is the everyday "phí bảo hiểm" of a policy or its appointment reminder; as a fee a scam asks it
# is the insurance of a loan, an order or a parcel, or one to pay first or still unpaid ("hằng năm", yearly, folds
# like "hàng", goods).
_VI_INSURANCE_FEE = r"phí bảo hiểm"
_FP_R21B_INTROS_PREMIUMS_AND_OWN_TRANSFERS: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "vi": [
            rf"\b{_VI_INSURANCE_FEE} (?:khoản vay|hồ sơ vay|giao dịch|đơn hàng|hàng hóa|hàng(?! (?:năm|tháng|quý|kỳ))|bưu phẩm|bưu kiện|gói hàng|vận chuyển)\b",
            rf"\b(?:hoàn(?: lại)?|nộp|chuyển(?: khoản)?(?: trước)?|thiếu|chưa (?:nộp|đóng|thanh toán)) {_VI_INSURANCE_FEE}\b",
        ],
        # An urgent transfer to a supplier or a partner, to be handled in secret (the fake finance manager or boss:
        # "عندنا تحويل عاجل لمورد قبل الظهر، ممكن تتابعينه معي بسرية؟"); an urgent transfer announced openly is no ask.
        "ar": [
            r"(?:تحويل|حواله|دفعه|سداد) (?:مالي )?عاجل(?:ه)?(?s:.){0,100}?(?:بسريه|بسريه تامه|سري|سريه|بدون ما (?:تخبر|تبلغ|تقول)|"
            r"لا (?:تخبر|تبلغ|تقول ل)|بيني وبينك)",
        ],
    },
}


# Classes from the Arabic and English misses left after the fourteenth round; merged into PATTERNS with the tables
# above. Arabic is written folded (ة as ه, أ/إ as ا, ى as ي).
# A fee named for the job ("the medical check and visa fees to complete the contract"), a prize ("you won an Umrah
# for two, we just need the booking fee"), paid with a pay verb: a job or prize that costs the winner money.
# (bare "حول" is left out: it is also "about", as in "استفسار حول رسوم التأشيرة"; "القسم" only as a place.)
_AR_PAY_VERB = (
    r"(?:ادفع|ادفعي|دفع|تدفع|سداد|سدد|تسديد|حولي|حوليها|تحويل|تتحول|ايداع|اودع|محتاجين|نحتاج|مطلوب|يلزم|يتطلب|لازم)"
)
_AR_FEE = r"(?:رسوم|مصاريف|تكاليف|تكلفه|قيمه)"
_AR_JOB = r"(?:وظيفه|الوظيفه|وظايف|براتب|الراتب|التعاقد|عقد العمل|التوظيف|تم قبولك|قبولك)"
_AR_JOB_FEE_KIND = r"(?:ال)?(?:فحص|كشف|تاشيره|فيزا|اقامه|تدريب|زي|ملف|توظيف|تصديق|عقد|تذكره|تذاكر|سفر|تسجيل|حجز|معادله)"
_AR_WON = r"(?:كسبت|ربحت|فزت|فوزك|للفوز|فاز|ربح|الفايز|الفايزين|مبروك)"
_AR_TRIP_OR_PRIZE = r"(?:عمره|حج|رحله|تذكره|تذاكر|سياره|عربيه|جايزه|هديه|ايفون|جوال|موبايل|شقه|سبيكه|ذهب)"
# Money to be "doubled" in a week or a month: "ضعي معي 1,000 درهم وأضاعفها لك في أسبوع" (a promotion that doubles
# credit, points or data is not money handed over).
_AR_MONEY = r"(?:دولار|ريال|درهم|جنيه|دينار|فلوس|فلوسك|المبلغ|مبلغ|راس مالك|استثمارك)"
_CRYPTO = r"(?:btc|eth|usdt|bnb|sol|doge|xrp|ada|trx|bitcoin|ethereum|ether|tether|crypto)"
_FEES_VOTES_CARDS_AND_DOUBLING: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "ar": [
            # a job whose contract waits on a medical, visa or file fee
            rf"{_AR_JOB}(?s:.){{0,120}}?\b{_AR_PAY_VERB}\b[^.!؟\n]{{0,15}}?{_AR_FEE}\b[^.!؟\n]{{0,15}}?{_AR_JOB_FEE_KIND}",
            # a trip, car or prize won, collected after a booking, visa or transfer fee
            rf"{_AR_WON}\b[^.!؟\n]{{0,40}}?{_AR_TRIP_OR_PRIZE}(?s:.){{0,100}}?\b{_AR_PAY_VERB}\b[^.!؟\n]{{0,15}}?{_AR_FEE}\b",
            # a child or grandchild held by the police after an accident, who needs money now ("the officer says I
            # must pay 3000 now", "I need 5000 bail today", "send them on Vodafone Cash, don't tell Dad")
            r"(?:الشرطه|الشرطي|شرطي|البوليس|المخفر|في القسم|بالقسم|كمين|اتقبض|انقبض|قبضوا|مقبوض|محجوز|يحجزوا|حجزوني|السجن"
            r"|الحبس|كفاله|النيابه)"
            # (the need in a lookahead: the "don't tell Dad" before it is no negation of the request)
            r"(?=(?s:.){0,80}?(?:\b(?:لازم|لازمني|لازم ا|يجب ان)\s?(?:ادفع|تدفع|تدفعي|تحول|تحولي)|\bو?(?:حولي|حوليهم|حوليها|ابعت|ابعتي"
            r"|ابعتلي|ابعتيلي|ابعث|ابعثي|ارسل|ارسلي|احتاج|محتاج|محتاجه|عايز|عايزه|بدي|ابي|ابغي|ابعتيهم|ابعتهم|حولهم)\b)"
            r"[^.!؟\n]{0,25}?(?:\d|الف|الاف|فلوس|مبلغ|كفاله))",
        ],
    },
    S.OTP_REQUEST: {
        "ar": [
            # "vote for me": the link or code the contest "sends you" is to be photographed or forwarded back
            r"(?:صوت|صوتي|تصويت|التصويت|صوتلي|مسابقه)(?s:.){0,100}?(?:يوصلك|بيوصلك|سيصلك|هيوصلك|حيوصلك|راح يوصلك|وصلك"
            r"|يجيك|بيجيك|جاك|يصلك)[^.!؟\n]{0,40}?(?:لينك|رابط|رمز|كود|رساله)(?s:.){0,60}?(?:صوره|صوريه|صورها|صوره لي"
            r"|سكرين|ارسله|ارسليه|ابعته|ابعتيه|ابعثه|ابعثيه|حوله|حوليه|دزه|دزيه|رجعه|رجعيه)\b",
        ],
    },
    S.PASSWORD_REQUEST: {
        "ar": [
            # a "VIP / premium banking" upgrade that asks for a photo or the number of the bank card
            r"(?:كبار العملاء|vip|premium|بريميوم|ترقيه حسابك|ترقيه الحساب|ترقيه بطاقتك)(?s:.){0,120}?(?:صوره|صور"
            r"|تصوير|رقم)[^.!؟\n]{0,10}?(?:البطاقه|بطاقتك|الكارت|كارتك|الفيزا)",
            r"(?:صوره|صور|تصوير)[^.!؟\n]{0,10}?(?:الكارت|كارت البنك|الفيزا|البطاقه (?:البنكيه|الايتمانيه|المصرفيه)|بطاقه"
            r" (?:الصراف|الايتمان|الفيزا)|بطاقتك (?:البنكيه|الايتمانيه))[^.!؟\n]{0,20}?(?:الوشين|الوجهين|الجهتين|وجهين"
            r"|الامام والخلف|وجه وظهر|الخلف|ظهر)",
        ],
        "en": [
            # a bank "relationship manager" writing from a personal phone or WhatsApp ("our system is down")
            r"\b(?:relationship manager|account manager|personal banker|private banker|banker|branch manager|wealth manag"
            r"er)\b(?s:.){0,120}?\b(?:from|on|via|using) my (?:personal|private|own) (?:phone|number|mobile|cell|whatsapp"
            r"|line|email|e-mail)\b",
        ],
    },
    S.INVESTMENT_LURE: {
        "ar": [
            # a return or platform "guaranteed", "100 % guaranteed", "without risk"
            r"(?:عايد|عوايد|ربح|ارباح|دخل|فايده|فرصه|منصه|استثمار|محفظه|مشروع)[^.!؟\n]{0,30}?(?:مضمون|مضمونه|بدون مخاطره"
            r"|بلا مخاطره|دون مخاطره|بدون اي مخاطره)",
            r"(?:مضمون|مضمونه) ?(?:100|مية|ميه) ?(?:%|٪|بالميه|في الميه)",
            rf"{_AR_MONEY}[^.!؟\n]{{0,40}}?ضاعف\w*(?![^.!؟\n]{{0,15}}(?:رصيد|نقاط|باقه|بيانات|جيجا|انترنت|دقايق))"
            r"[^.!؟\n]{0,15}?(?:خلال|في|بعد|ب) ?(?:ال)?(?:اسبوع|شهر|يوم|ساعه|ساعات|ايام|اسابيع|24|48)",
        ],
        "en": [
            # crypto "doubling": send an amount of a coin, get (double) an amount back
            rf"\bsend\b[^.!?\n]{{0,20}}?\d+(?:\.\d+)?\s?{_CRYPTO}\b(?s:.){{0,100}}?\b(?:receive|get|return|send)\w*\b"
            rf"[^.!?\n]{{0,25}}?(?:\d+(?:\.\d+)?\s?{_CRYPTO}\b[^.!?\n]{{0,10}}?\bback\b|\bdouble\b|\b2x\b|\btwice\b)",
        ],
    },
    S.PREMIUM_RATE: {
        "en": [
            # "Call 0906… 2 arrange delivery b4 Fri. Calls £1.50/min": a number to call, then its price per minute or
            # call
            r"\b(?:call|ring|dial|phone)\b[^.!?\n]{0,25}?(?<![\d.,])\d[\d x]{5,}\d(?s:.){0,120}?(?:£|\$|€)\s?\d+(?:\.\d\d)?"
            r"\s?(?:/|per|a|each)\s?(?:min|minute|call)\b",
        ],
    },
}


# Classes from the Vietnamese and Thai misses of the fifteenth blind round; merged into PATTERNS with the tables
# above. Each is money or an identity number asked for outside the provider's own channel:
# * a school, class or utility that "changes how fees are collected" and sends a QR code or an account number to
#   pay into (a real change sends payers to the school's app, portal or office, which the reminder case discounts);
# * a donation for a sick child or animal paid into the account of its mother, father or family, or a personal one;
# * a marketplace "upgrade" (Shopee Mall, LazMall) with a review or upgrade fee, or a fee paid into an "authorised
#   partner's" account: platforms take their fees from the seller's balance;
# * a courier who left the parcel with the guard or reception and wants the fee transferred into his account;
# * a stay booked with a 100 % deposit into a bank account that is not a company's;
# * the "reference person" of someone else's overdue loan, told to pay or be exposed (a guarantor, who does owe the
#   debt, is left out);
# * a paid plan "registered" that the reader did not ask for, to cancel by calling a number (as the English renewal);
# * a reply to the message with the national ID number (a SIM replacement "approved", a service to cancel).
_VI_MONEY = r"\d[\d.,]*\s?(?:đ|đồng|vnd|vnđ|k|nghìn|ngàn|triệu|tr)\b"
_VI_ACCOUNT_NO = r"(?:stk|số tài khoản|số tk)"
# (a window that stops at a negation: "thu không dùng tiền mặt, phụ huynh không chuyển khoản cho cá nhân")
_VI_NOT_NEGATED = r"(?:(?!\b(?:không|ko|chưa)\b)[^\n])"
_VI_KIN_HOLDER = (
    r"(?:(?:mẹ|bố|ba|cha|vợ|chồng|người nhà|gia đình)(?: (?:bé|cháu|em|con|bệnh nhân|nạn nhân|của (?:bé|cháu|em)))?|"
    r"(?:ông|bà) (?:bé|cháu|nội|ngoại)|cá nhân)"
)
_VI_FEE_TO_MY_ACCOUNT = (
    rf"\b(?:ck|chuyển khoản|chuyển)(?: giúp| hộ)?(?: (?:e|em|a|anh|c|chị|mình|tôi))?(?: tiền| phí)?(?: vào| qua| sang| về) "
    rf"(?:{_VI_ACCOUNT_NO}|tk|tài khoản)\b"
)
_VI_LEFT_WITH = (
    r"\b(?:gửi|để|giao|đưa) (?:lại )?(?:hàng|đơn|gói hàng|bưu phẩm|kiện hàng)? ?(?:ở|tại|cho|chỗ) (?:quầy |chốt |phòng )?"
    r"(?:bảo vệ|lễ tân|hàng xóm|cổng|nhà bên cạnh)\b"
)
_VI_SHIPPING_FEE = r"\b(?:phí ship|tiền ship|ship|cod|thu hộ|tiền hàng|phí giao(?: hàng)?|phí vận chuyển|cước)\b"
_VI_LODGING = r"\b(?:homestay|villa|khách sạn|resort|nhà nghỉ|phòng|căn hộ|bungalow|farmstay)\b"
_TH_LODGING = r"(?:ที่พัก|โฮมสเตย์|homestay|รีสอร์ท|ห้องพัก|โรงแรม|วิลล่า|บ้านพัก)"
_TH_ID_NUMBER = r"(?:เลข(?:ที่)?บัตร(?:ประจำตัว)?ประชาชน|เลขประจำตัวประชาชน|เลข(?:บัตร)?ปชช)"
_TH_REPLY_WITH_ID = (
    rf"(?:ตอบกลับ|พิมพ์ตอบ|ส่งกลับ|reply)(?:ข้อความ|sms|เอสเอ็มเอส)?(?:นี้|นี่)?(?:ด้วย|โดยใส่|โดยพิมพ์|พร้อม|เป็น)?{_TH_ID_NUMBER}"
)
_FEES_DEPOSITS_REFERENCES_AND_ID_REPLIES: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "vi": [
            # the collection method changed, then a QR code or an account number to pay into
            rf"\b(?:thay đổi|đổi|chuyển đổi) (?:hình thức|phương thức|cách(?: thức)?|kênh) (?:thu|nộp|đóng|thanh toán)\b"
            rf"(?={_VI_NOT_NEGATED}{{0,120}}?\b(?:quét (?:mã )?qr|mã qr|chuyển khoản|chuyển tiền|ck|{_VI_ACCOUNT_NO})\b)",
            # a donation into the account of the child's mother or family (the account in the lookahead: "không đủ
            # tiền chữa trị" may stand between)
            rf"\b(?:ủng hộ|quyên góp|từ thiện|cứu trợ|chung tay|tấm lòng|hảo tâm|mạnh thường quân)\b"
            rf"(?=[^\n]{{0,160}}?\b(?:{_VI_ACCOUNT_NO}|tk|tài khoản)(?: của)? {_VI_KIN_HOLDER}\b)",
            # a paid upgrade to a marketplace's mall, or a fee into an "authorised partner's" account
            r"\b(?:nâng cấp(?: lên)?|lên|đăng ký|duyệt) (?:gian hàng |shop )?(?:shopee mall|lazmall|laz mall|mall|gian hàng chính hãng|"
            r"shop yêu thích)\b[^\n]{0,120}?\bphí (?:xét duyệt|nâng cấp|duy trì|kích hoạt|thẩm định|đăng ký|ký quỹ|hồ sơ)\b",
            rf"\b(?:phí|lệ phí|thanh toán|chuyển|ck|nộp)\b[^\n]{{0,80}}?\b(?:{_VI_ACCOUNT_NO}|tk|tài khoản)(?: của)? "
            r"(?:bên )?đối tác (?:được )?ủy quyền\b",
            # the shipping fee into the courier's account, the parcel left with the guard (in either order)
            rf"{_VI_SHIPPING_FEE}[^\n]{{0,60}}?{_VI_FEE_TO_MY_ACCOUNT}(?=(?s:.){{0,150}}?{_VI_LEFT_WITH})",
            rf"{_VI_LEFT_WITH}(?s:.){{0,150}}?{_VI_SHIPPING_FEE}[^\n]{{0,60}}?{_VI_FEE_TO_MY_ACCOUNT}",
            # a stay paid 100 % up front into an account number that is not a company's
            rf"{_VI_LODGING}[^\n]{{0,150}}?\b(?:cọc|đặt cọc|chuyển khoản|ck|thanh toán|chuyển)(?: trước)? (?:100 ?%|toàn bộ|full)"
            rf"(?=(?:(?!công ty|cty)[^\n]){{0,150}}?\b{_VI_ACCOUNT_NO}\b(?!:? (?:của )?(?:công ty|cty)))",
        ],
        "th": [
            r"เปลี่ยน(?:ช่องทาง|วิธี|รูปแบบ)(?:การ)?(?:ชำระ|เก็บ|จ่าย|รับชำระ|รับ)(?:เงิน)?"
            r"(?=(?:(?!ไม่)[^\n]){0,80}?(?:สแกน|คิวอาร์|qr|โอน(?:เงิน)?(?:เข้า|ไป|มา|ที่)|เลขบัญชี|พร้อมเพย์))",
            r"(?:มูลนิธิ|บริจาค|ค่ารักษา|ค่าผ่าตัด|ผ่าตัด|ป่วย)"
            r"(?=[^\n]{0,120}?บัญชี(?:ของ)?(?:ส่วนตัว|(?:แม่|พ่อ)(?:ของ)?(?:น้อง|เด็ก|ผู้ป่วย)|ญาติ|ครอบครัว))",
            r"(?:อัปเกรด|อัพเกรด|ยกระดับ)(?:ร้าน(?:ค้า)?)?(?:เป็น|สู่|ขึ้นเป็น)?(?:shopee ?mall|lazmall|laz ?mall|mall|มอลล์|ร้านแนะนำ)"
            r"[^\n]{0,80}?(?:ค่าธรรมเนียม|ค่าตรวจสอบ|ค่าอัปเกรด|ค่าอัพเกรด|ค่าดำเนินการ|ค่าสมัคร|ค่าประกัน|ค่ามัดจำ)",
            r"(?:ฝาก|วาง)(?:ของ|พัสดุ|สินค้า|กล่อง)?(?:ไว้)?(?:กับ|ที่)(?:รปภ|ยาม|ป้อมยาม|นิติ|ล็อบบี้|เคาน์เตอร์|ข้างบ้าน|หน้าบ้าน|หน้าห้อง)"
            r"[^\n]{0,100}?โอน(?:ค่า(?:ส่ง|ขนส่ง|สินค้า|ของ|cod))?[^\n]{0,30}?(?:เข้า|ไป|มาที่)?(?:บัญชี|เลขบัญชี|พร้อมเพย์)",
            r"โอน(?:ค่า(?:ส่ง|ขนส่ง|สินค้า|ของ|cod))[^\n]{0,30}?(?:เข้า|ไป|มาที่)?(?:บัญชี|เลขบัญชี|พร้อมเพย์)"
            r"(?=[^\n]{0,100}?(?:ฝาก|วาง)(?:ของ|พัสดุ|สินค้า|กล่อง)?(?:ไว้)?(?:กับ|ที่)(?:รปภ|ยาม|ป้อมยาม|นิติ|ล็อบบี้|เคาน์เตอร์))",
            rf"{_TH_LODGING}[^\n]{{0,100}}?(?:มัดจำ|โอน|ชำระ|จ่าย)(?:เงิน)?(?:เต็ม(?:จำนวน)?|100%|ทั้งหมด)(?:ก่อน)?"
            r"(?=(?:(?!บริษัท|หจก)[^\n]){0,100}?(?:เลขบัญชี|บัญชี|พร้อมเพย์)(?!(?:ของ)?(?:บริษัท|หจก|โรงแรม|รีสอร์ท)))",
        ],
    },
    S.LEGAL_THREAT: {
        "vi": [
            r"\b(?:người tham chiếu|người liên hệ (?:khẩn cấp|tham chiếu)|người tham khảo|liên hệ khẩn cấp)\b(?s:.){0,100}?"
            r"\b(?:quá hạn|nợ xấu|chậm trả|trễ hạn|bùng nợ|bom nợ|chưa (?:trả|thanh toán)|không (?:trả|thanh toán))\b(?s:.){0,160}?"
            r"\b(?:thanh toán|trả (?:thay|nợ|hộ|giúp)|gửi|đăng|phát tán|công khai|bôi nhọ|danh bạ)\b",
        ],
        # (the online lenders' harassment of contacts travels: "kontak darurat", "kenalan kecemasan", "emergency
        # contact")
        "id": [
            r"\b(?:kontak darurat|nomor darurat|kontak referensi|referensi)\b(?s:.){0,100}?"
            r"\b(?:menunggak|tunggakan|nunggak|telat bayar|terlambat (?:bayar|membayar)|gagal bayar|galbay|jatuh tempo)\b(?s:.){0,160}?"
            r"\b(?:bayar(?:kan)?|lunasi|melunasi|talangi|sebar\w*|viral\w*|foto|data)\b",
        ],
        "ms": [
            r"\b(?:kenalan kecemasan|nombor kecemasan|orang rujukan|rujukan)\b(?s:.){0,100}?"
            r"\b(?:tertunggak|tunggakan|lewat bayar|gagal bayar|belum bayar|tidak bayar)\b(?s:.){0,160}?"
            r"\b(?:bayar|langsaikan|jelaskan|sebar\w*|tular\w*|gambar|viral\w*)\b",
        ],
        "en": [
            r"\b(?:emergency contact|reference person|(?:listed|named|given) (?:you )?as (?:a |the |their |his |her )?(?:reference|contact))\b"
            r"(?s:.){0,100}?\b(?:overdue|defaulted|unpaid|missed (?:payments?|instalments?)|in arrears)\b(?s:.){0,160}?"
            r"\b(?:pay|settle|clear|share|post|send|expose|contacts)\b",
        ],
        "th": [
            r"(?:บุคคลอ้างอิง|ผู้ติดต่อฉุกเฉิน|เบอร์ติดต่อฉุกเฉิน|บุคคลติดต่อฉุกเฉิน)[^\n]{0,80}?"
            r"(?:ค้างชำระ|เกินกำหนด|ผิดนัด|ไม่ชำระ|ไม่จ่าย|เบี้ยวหนี้|หนีหนี้)[^\n]{0,120}?"
            r"(?:ชำระแทน|จ่ายแทน|ใช้หนี้แทน|ประจาน|ส่งรูป|แจ้งที่ทำงาน|ส่งข้อมูล|โพสต์)",
        ],
    },
    S.IMPERSONATION: {
        "vi": [
            rf"\b(?:đã đăng ký(?: thành công)?|đăng ký thành công|đã kích hoạt|kích hoạt thành công|đã gia hạn|gia hạn thành công)\b"
            rf"(?=[^\n]{{0,120}}?{_VI_MONEY}[^\n]{{0,120}}?\bnếu (?:bạn |quý khách |qk )?(?:không|ko|chưa)\b[^.!?\n]{{0,30}}?"
            r"\b(?:gọi|liên hệ|lh|call)\b[^.!?\n]{0,40}?\bhủy\b)[^.!?\n]{0,50}",
        ],
        "th": [
            r"(?:สมัคร|ลงทะเบียน|เปิดใช้)(?:บริการ|แพ็กเกจ|แพ็คเกจ|สมาชิก|ประกัน)?[^\n]{0,20}?(?:สำเร็จ|เรียบร้อย)"
            r"(?=[^\n]{0,120}?\d[\d,.]*บาท[^\n]{0,120}?(?:หาก|ถ้า)(?:ท่าน|คุณ)?ไม่ได้(?:สมัคร|ขอ|ทำรายการ|ลงทะเบียน|สั่ง|ดำเนินการ)"
            r"[^\n]{0,30}?(?:โทร|ติดต่อ)[^\n]{0,40}?ยกเลิก)",
        ],
    },
    S.PASSWORD_REQUEST: {
        "vi": [
            r"\b(?:trả lời|phản hồi|reply|nhắn lại)(?: lại)?(?: tin nhắn| sms)?(?: này)?(?: với| kèm| bằng| gồm|:)?[^.!?\n]{0,12}?"
            r"\b(?:số )?(?:cccd|cmnd|căn cước(?: công dân)?|chứng minh (?:nhân dân|thư))\b",
        ],
        "th": [
            rf"{_TH_REPLY_WITH_ID}",
            # ... after a notice of a SIM change "approved", whose "if you did not ask" (หากไม่ได้ขอ) is the notice's
            # condition, not a negation of the request: the match starts at the notice, the reply is in the lookahead
            rf"(?:ออก|เปลี่ยน|ย้าย)?(?:ซิม|sim|esim)[^\n]{{0,60}}?(?:อนุมัติ|สำเร็จ|เรียบร้อย)(?:แล้ว)?(?=[^\n]{{0,40}}?{_TH_REPLY_WITH_ID})",
        ],
    },
}

# Classes from the Arabic, English and Thai misses of the fifteenth blind round; merged into PATTERNS with the tables
# above. Arabic is written folded (ة as ه, أ/إ as ا, ى as ي, ئ as ي). Arabic written in Latin letters (Egyptian or Gulf
# "Arabizi": "mosab2et", "3ashan", "ar8am") is identified as English, so its patterns are Latin-script ones; folding
# reads a digit between or before letters as leetspeak ("3ashan" is "eashan", "rab7t" is "rabtt"), and 2, 6, 8 and 9
# are kept ("mosab2et", "ar8am"), so the patterns below are written as the text folds.
# A yearly return no bank pays on a deposit or savings certificate (35 % or more): the "new certificate" of a bank
# that is really a booking form.
_EXTREME_RATE = r"(?<![\d.,])(?:3[5-9]|[4-9]\d|[1-9]\d\d)(?:[.,]\d+)? ?[%٪]"
# A SIM-replacement, eSIM or number-transfer notice whose number to call is a full-length one: carriers give their
# short code (900, 1688, 150) or the app; a toll-free 800/1800/1300/9200 line is left out.
_LONG_CALL_NUMBER = r"(?<![\d+])(?!1[ -]?[83]00|0?800|9200)\+?\d[\d -]{7,}\d"
# Arabizi: the won prize or draw, and the code sent back ("dzh li", "ab3atholi", "ersalo")
_ARABIZI_WON = r"(?:mabro+k|mabrou?k|mbrook|kesbt?|kasabt?|ksbt|rbtt|rabett|fozt|fazt|fezt)"
_ARABIZI_PRIZE = (
    r"(?:gayz[ae]|gaiz[ae]|ga2z[ae]|ga2ez[ae]|jayz[ae]|jaiz[ae]|ja2iz[ae]|mosab2(?:a|ah|et|eh)|mosabq(?:a|et)|musab2a|"
    r"geneh|gneh|genih|ryal|riyal|dirham|dinar)"
)
_ARABIZI_COLLECT = r"(?:testalem|testelem|tstlm|testlm|estelam|estlam|lestelam|lestlam|kalem|kalemna|klmna|eteasel|etasel|ettasel|call|whatsapp)"
_ARABIZI_SEND_BACK = (
    r"(?:dzh|dzo|dzha|dezo|dizo|dezzo|dazzo|ersalo|erslo|ersloh|erselo|rsloh|rslo|abeatho|abeato|abeathu|ebeatho|beatho|"
    r"beathu|hawlo|hawlho|hawlhu|send(?:ha|h|o)?)"
)
# A content service (horoscope, daily luck, ringtones) started by sending a keyword to a short code; not a keyword
# that cancels one ("أرسل إلغاء إلى …", "text STOP to …").
_AR_PREMIUM_CONTENT = r"(?:ابراج|الابراج|ابراجك|برجك|حظك|الحظ|توقعات|نغمات|نغمه|رنات|فيديوهات|مسابقات)"
_AR_SEND_KEYWORD = (
    r"(?:ارسل|ارسلي|ابعت|ابعث|اكتب)\s+(?:كلمه\s+|الكلمه\s+|حرف\s+|رقم\s+)?[\"«“']?(?!الغاء|ايقاف|وقف|stop)[^\s\"»”']{1,12}[\"»”']?"
    r"\s+(?:الي|لل?رقم|علي|ل|علي الرقم)\s?\d{4,6}\b"
)
_EN_PREMIUM_CONTENT = r"(?:horoscopes?|zodiac|daily luck|lucky numbers?|love match|ringtones?|astrology|tarot|fortune)"
_EN_SEND_KEYWORD = r"\b(?:text|sms|send|reply)\b (?!stop\b|unsub\w*|cancel\b|end\b|quit\b)[a-z]{2,12} to \d{4,6}\b"
# A stranger's first contact: "did I add you before?", "your profile pic looks like …", "is this Michael?"
_EN_STRANGER_OPENER = (
    r"(?:\bdid i (?:add|save|message|text|contact) you (?:before|earlier|already)\b|\bdo (?:i|we) know (?:you|each other)\b|"
    r"\bhave we met (?:before)?\b|\bprofile (?:pic|picture|photo)\b[^.!?\n]{0,15}\blooks? like\b|^[^a-z]*(?:(?:hi|hey|hello)[^a-z]+)?is this [a-z]+ ?\?)"
)
_EN_CARD_DETAILS = r"(?:(?:credit |debit |bank )?card (?:details|number|info(?:rmation)?)|cvv|cvc)"
_AR_CARD_DETAILS = r"(?:بيانات (?:ال)?بطاق|معلومات (?:ال)?بطاق|رقم (?:ال)?بطاق|بيانات الفيزا|رقم الفيزا|cvv)"
# Round-21 classes in Indonesian, Malay, Thai and Vietnamese, second pass: an "IT staffer" who needs the password,
# a refund done by following the caller in the bank or e-wallet app, a giveaway's shipping fee, a loan offered by a
# cooperative or a state bank through a chat or a page, an arrears bill paid at a discount by QR, a parcel "with
# contraband" and an officer's number, a refund moved to an agent's chat, a tax refund claimed by entering bank details
# at a link, a paid liking job and a home job sold with a kit fee, a friend's trading-platform testimony with an
# invitation, a friend's accident plea, a borrowed phone or account asking money, SIM re-registration with ID photos
# by chat.
_SEA_IT_STAFF = {  # the writer introducing themself as IT staff (not a notice "from IT" describing a phishing mail)
    "id": r"\b(?:saya|aku|gue|gw|kami) (?:dari|di|staf|petugas|orang) (?:tim |bagian |divisi )?(?:it|ti|helpdesk|help desk)\b",
    "ms": r"\b(?:saya|sy|aku|kami) (?:dari|staf|pegawai) (?:unit |jabatan |bahagian |pasukan )?(?:it|ict|helpdesk|help desk)\b",
    "vi": r"\b(?:em|anh|chị|mình|tôi) (?:là |ở |thuộc )?(?:nhân viên |bên |phòng |bộ phận |team )(?:it|cntt|kỹ thuật|helpdesk)\b",
}
_ID_TRADING_APP = r"\b(?:platform|aplikasi|app|situs|web|akun)\b[^.!?\n]{0,20}?\b(?:crypto|kripto|forex|trading|investasi|bitcoin|emas|saham luar)\b"
_MS_TRADING_APP = (
    r"\b(?:platform|aplikasi|app|apps|laman)\b[^.!?\n]{0,20}?\b(?:crypto|kripto|forex|trading|pelaburan|bitcoin|emas)\b"
)
_VI_TRADING_APP = r"\b(?:sàn|app|ứng dụng|nền tảng|web)\b[^.!?\n]{0,20}?\b(?:forex|crypto|coin|tiền ảo|tiền số|đầu tư|vàng|usdt|bitcoin|chứng khoán quốc tế)\b"
_TH_TRADING_APP = r"(?:แพลตฟอร์ม|แอป|แอพ|เว็บ)(?:ลงทุน|เทรด)?(?:คริปโต|ฟอเร็กซ์|forex|crypto|บิทคอยน์|ทองคำ|ทอง|หุ้นต่างประเทศ)"
_SEA_IT_PASSWORDS_GUIDED_REFUNDS_COOP_LOANS_AND_BORROWED_PHONES: dict[S, dict[str, list[str]]] = {
    S.PASSWORD_REQUEST: {
        # an "IT staffer" who needs the password for a migration or a check: a helpdesk resets it, it never asks it
        "id": [
            rf"{_SEA_IT_STAFF['id']}(?s:.){{0,150}}?\b(?:perlu|butuh|minta|kirim\w*|kasih|berikan|sebutkan|infokan|share)\b"
            r"[^.!?\n]{0,30}?\b(?:password|kata sandi|sandi|passwd|pw)\b",
            # an ID card and a selfie sent by chat to keep a SIM ("registrasi ulang ... kirim foto KTP dan selfie via WA")
            r"\b(?:registrasi ulang|daftar ulang|verifikasi ulang|pemblokiran)\b[^.!?\n]{0,30}?\b(?:sim|kartu|nomor)\b(?s:.){0,150}?"
            r"\b(?:kirim\w*|foto\w*)\b[^.!?\n]{0,20}?\b(?:foto )?(?:ktp|e-ktp|kk)\b[^.!?\n]{0,50}?\b(?:via|lewat|ke) (?:wa|whatsapp|telegram|dm)\b",
        ],
        "ms": [
            rf"{_SEA_IT_STAFF['ms']}(?s:.){{0,150}}?\b(?:perlu|perlukan|nak|minta|hantar\w*|bagi|berikan|sebut\w*|share)\b"
            r"[^.!?\n]{0,30}?\b(?:password|kata laluan|pw)\b",
            r"\b(?:daftar semula|pendaftaran semula|pengesahan semula|sekatan)\b[^.!?\n]{0,30}?\b(?:sim|talian|nombor)\b(?s:.){0,150}?"
            r"\b(?:hantar\w*|gambar)\b[^.!?\n]{0,20}?\b(?:gambar )?(?:mykad|ic|kad pengenalan)\b[^.!?\n]{0,50}?\b(?:melalui|via|ke|kat) (?:wa|whatsapp|wasap|telegram)\b",
        ],
        "vi": [
            rf"{_SEA_IT_STAFF['vi']}(?s:.){{0,150}}?\b(?:cần|gửi|cho (?:em|anh|chị|mình)|xin|cung cấp|đọc|nhắn)\b"
            r"[^.!?\n]{0,30}?\b(?:mật khẩu|pass(?:word)?)\b",
            # re-registering a SIM "in the owner's name" by sending the ID card's photos by chat (accented or not)
            r"\b(?:đăng ký lại|chuẩn hóa|cập nhật|xác thực|xác minh|cấp lại sim|khóa sim|giữ sim)\b(?s:.){0,150}?"
            r"\b(?:gửi|cung cấp|chụp)\b[^.!?\n]{0,20}?\b(?:ảnh |hình )?(?:cccd|cmnd|căn cước)\b[^.!?\n]{0,50}?\bqua (?:zalo|messenger|facebook|fb|telegram|viber)\b",
        ],
        "th": [
            r"(?:ผม|ดิฉัน|หนู|พี่|เรา)(?:เป็น|อยู่|มาจาก|จาก)?(?:ฝ่าย|แผนก|ทีม|เจ้าหน้าที่)(?:ไอที|it)[^\n]{0,150}?"
            r"(?:ขอ|ต้องการ|ต้องใช้)[^\n]{0,20}?(?:รหัสผ่าน|พาสเวิร์ด|password)",
            r"(?:ลงทะเบียนซิม|ลงทะเบียนใหม่|ยืนยันตัวตน|ซิมจะถูกระงับ)[^\n]{0,150}?(?:ส่ง|ถ่าย)(?:รูป|ภาพ)?(?:ถ่าย)?บัตรประชาชน[^\n]{0,50}?(?:ทาง|ผ่าน|มาที่)(?:ไลน์|line|เฟส|messenger)",
        ],
    },
    S.PAYMENT_REQUEST: {
        "id": [
            # a disaster or illness appeal into an account, with a call to forward it: a chain, no known collector
            r"\b(?:donasi|sumbangan|bantu|galang dana)\b(?s:.){0,120}?\b(?:rek|rekening|norek|a/n)\b[^\n]{0,60}?\d[\d .-]{4,}\d(?s:.){0,120}?"
            r"\b(?:sebarkan|viralkan|bagikan|share)\b",
            # a refund paid back by following the caller's steps in the bank or e-wallet app (the steps send money)
            r"\b(?:refund|pengembalian dana|kelebihan bayar|kompensasi|ganti rugi|uang(?:nya)? (?:balik|kembali))\b(?s:.){0,150}?"
            r"\b(?:buka|masuk ke)\b[^.!?\n]{0,15}?\b(?:aplikasi|app|apps|m-?banking|mobile banking|e-?wallet|dana|ovo|gopay)\b"
            r"[^.!?\n]{0,40}?\b(?:ikut(?:i|in)? (?:arahan|instruksi|petunjuk|panduan|langkah)(?: dari)? (?:saya|kami|aku)|(?:saya|aku|kami) (?:pandu|guide|bimbing|arahkan))\b",
            # a prize or a giveaway "won", claimed by paying its shipping or admin fee
            r"\b(?:terpilih|pemenang|menang|beruntung|giveaway)\b(?s:.){0,150}?\b(?:bayar|transfer|tf)\w*\b[^.!?\n]{0,20}?"
            r"\b(?:ongkir|ongkos kirim|biaya (?:kirim|pengiriman|admin|asuransi|pajak|klaim))\b",
            # an arrears bill settled "at a discount, today" by an attached QR or a link
            rf"\b(?:menunggak|tunggakan|tertunggak)\b(?s:.){{0,120}}?(?:{_ID_QR_SENT}|\bscan\b[^.!?\n]{{0,15}}?\bqr\b)(?s:.){{0,80}}?\b(?:diskon|potongan|keringanan)\b",
            # a home job (packing, assembling) that starts with a fee for its kit or a deposit
            r"\b(?:kerja|kerjaan|pekerjaan|lowongan)\b[^.!?\n]{0,15}?\b(?:packing|kemas|rakit|merakit|jahit|manik)\w*\b(?s:.){0,120}?"
            r"\b(?:bayar|transfer|tf|kirim)\b[^.!?\n]{0,15}?\b(?:biaya )?(?:alat|bahan|deposit|pendaftaran|jaminan|starter kit|modal)\b",
            # a friend's accident reported by a roommate or a friend, the money sent to "this account"
            r"\b(?:teman|temen) (?:sekamar|kos|kost|sekos|satu kos|dekat)\b(?s:.){0,120}?\b(?:kecelakaan|kritis|operasi|masuk rs|ugd|icu)\b"
            r"(?s:.){0,150}?\b(?:transfer|tf|kirim)\w*\b[^.!?\n]{0,30}?\b(?:rek|rekening|norek|nomor)\b",
            # a new or borrowed phone, then a loan into an account
            r"\b(?:(?:nomor|nomer|no) baru|hp (?:aku |saya |gue )?(?:hilang|rusak|jatuh|dicuri)|pinjam hp|pake (?:hp|no|nomor) (?:temen|teman))\b"
            r"(?s:.){0,150}?\b(?:pinjam|transfer|tf|kirim)\w*\b[^.!?\n]{0,20}?(?:\d[\d.,]*\s?(?:rb|ribu|k|jt|juta)\b|\b(?:ke )?(?:rek|rekening|norek)\b)",
        ],
        "ms": [
            r"\b(?:derma|sumbangan|bantuan|tabung)\b(?s:.){0,120}?\b(?:akaun|acc)\b[^\n]{0,60}?\d[\d -]{5,}\d(?s:.){0,120}?"
            r"\b(?:kongsi\w*|sebarkan|viralkan|share)\b",
            r"\b(?:refund|bayaran balik|pampasan|ganti rugi|wang dikembalikan)\b(?s:.){0,150}?"
            r"(?:\btransaksi[\s'\"‘’“”]{0,3}(?:reverse|balik|pembalikan)\b|\b(?:buka|masuk)\b[^.!?\n]{0,15}?\b(?:apps?|aplikasi) (?:bank|e-?wallet|tng|maybank2u|mae)\b"
            r"[^.!?\n]{0,40}?\b(?:ikut arahan (?:sy|saya|kami)|(?:sy|saya|kami) (?:guide|pandu|bimbing|tunjuk\w*))\b)",
            r"\b(?:terpilih|pemenang|menang|bertuah|giveaway)\b(?s:.){0,150}?\b(?:bayar|bank ?in|transfer)\w*\b[^.!?\n]{0,20}?"
            r"\b(?:kos (?:penghantaran|pos|postage)|caj (?:penghantaran|pos|admin)|postage|shipping|yuran (?:admin|tuntutan))\b",
            rf"\b(?:tunggakan|tertunggak)\b(?s:.){{0,120}}?(?:{_MS_QR_SENT}|\b(?:imbas|scan)\b[^.!?\n]{{0,15}}?\bqr\b)(?s:.){{0,80}}?\b(?:diskaun|potongan|rebat)\b",
            r"\b(?:kerja|jawatan)\b[^.!?\n]{0,15}?\b(?:packing|pek|bungkus|pasang|jahit|manik)\w*\b(?s:.){0,120}?"
            r"\b(?:bayar|bank ?in|transfer)\b[^.!?\n]{0,15}?\b(?:kos |yuran )?(?:kit|bahan|deposit|pendaftaran)\b",
            r"\b(?:kawan|rakan) (?:serumah|sebilik|sekolej|satu rumah)\b(?s:.){0,120}?\b(?:kemalangan|kritikal|pembedahan|masuk hospital|icu|wad kecemasan)\b"
            r"(?s:.){0,150}?\b(?:bank ?in|transfer|masuk\w*)\b[^.!?\n]{0,30}?\b(?:akaun|acc)\b",
            r"\b(?:(?:no|nombor|number) baru|fon (?:sy |saya |aku |adik )?(?:hilang|rosak|jatuh|kena curi)|pinjam fon|guna fon kawan)\b"
            r"(?s:.){0,150}?\b(?:pinjam|bank ?in|transfer|masuk\w*)\b[^.!?\n]{0,25}?(?:\brm ?\d|\b(?:akaun|acc)\b)",
        ],
        "vi": [
            r"\b(?:ủng hộ|quyên góp|giúp đỡ|chung tay)\b(?s:.){0,120}?\b(?:stk|số tài khoản|tài khoản|tk)\b[^\n]{0,60}?\d[\d .-]{4,}\d(?s:.){0,120}?"
            r"\b(?:chia sẻ|share|lan tỏa)\b",
            r"\b(?:hoàn tiền|hoàn trả|bồi thường|đền bù|trả lại tiền)\b(?s:.){0,150}?\b(?:mở|vào)\b[^.!?\n]{0,15}?\b(?:app|ứng dụng|ví)\b"
            r"[^.!?\n]{0,40}?\b(?:làm theo (?:hướng dẫn|chỉ dẫn)(?: của)? (?:em|mình|tôi|chị|anh)|(?:em|mình|tôi) (?:hướng dẫn|chỉ) (?:anh|chị|bạn|từng bước))\b",
            rf"\b(?:nợ|chậm đóng|quá hạn|còn thiếu)\b[^.!?\n]{{0,60}}?(?s:.){{0,60}}?(?:{_VI_QR_SENT}|\bquét\b[^.!?\n]{{0,15}}?\bqr\b)(?s:.){{0,80}}?\b(?:giảm|ưu đãi|miễn giảm)\b",
            r"\b(?:việc|công việc|nhận)\b[^.!?\n]{0,15}?\b(?:đóng gói|gấp|xâu|lắp ráp|dán|đan)\b[^.!?\n]{0,30}?\btại nhà\b(?s:.){0,120}?"
            r"\b(?:nộp|đóng|chuyển|ck)\b[^.!?\n]{0,15}?\b(?:tiền |phí )?(?:cọc|nguyên liệu|vật tư|đăng ký|bộ kit|đặt cọc)\b",
            # a roommate or friend reporting the relative's accident, the money sent "to this number"
            r"\b(?:là|em|con|cháu|mình) (?:bạn cùng phòng|bạn cùng lớp|bạn thân|bạn cùng trọ|bạn)(?: của)?\b(?s:.){0,120}?"
            r"\b(?:tai nạn|cấp cứu|nhập viện|mổ gấp|phẫu thuật)\b(?s:.){0,150}?\b(?:chuyển|ck|gửi)\b[^.!?\n]{0,25}?\b(?:qua|vào|vô) (?:số|stk|tài khoản|tk)\b",
            # texting from a borrowed or new phone or account, or one hacked, then asking money into an account
            r"\b(?:mượn (?:acc|nick|tài khoản|tk|fb|facebook|zalo|máy|điện thoại)|số mới|(?:nick|acc|fb|facebook|zalo|tài khoản)(?: của)? "
            r"(?:t|tao|tớ|mình|em|anh|chị|con) bị (?:hack|khóa)|(?:mất|rơi|hỏng|hư) (?:điện thoại|máy))\b(?s:.){0,150}?"
            r"\b(?:chuyển|ck|gửi|cho (?:t|tao|tớ|mình|em|con) (?:mượn|vay))\b[^.!?\n]{0,30}?(?:\b(?:vô|vào|qua) (?:stk|tk|số tài khoản|tài khoản)\b|\d[\d.,]*\s?(?:k|tr|triệu|củ|đ)\b)",
        ],
        "th": [
            r"(?:ป่วย|มะเร็ง|ผ่าตัด|น้ำท่วม|ไฟไหม้|ประสบภัย)[^\n]{0,150}?(?:พร้อมเพย์|promptpay|เลขบัญชี|บัญชี)[^\n]{0,80}?แชร์ต่อ",
            r"(?:คืนเงิน|เงินคืน|ชดเชย)[^\n]{0,150}?(?:เปิด|เข้า)(?:แอป|แอพ)[^\n]{0,60}?(?:ทำตาม(?:ที่|ขั้นตอนที่)?(?:ผม|ดิฉัน|เจ้าหน้าที่|หนู|ฉัน)|(?:ผม|ดิฉัน)จะ(?:แนะนำ|บอก|สอน)(?:ขั้นตอน|วิธี))",
            r"(?:ได้รับรางวัล|ถูกรางวัล|ผู้โชคดี|แจกฟรี|giveaway)[^\n]{0,150}?(?:จ่าย|โอน|ชำระ)(?:เพียง|แค่)?ค่า(?:ส่ง|จัดส่ง|ขนส่ง|ธรรมเนียม)",
            r"ค้างชำระ[^\n]{0,120}?(?:สแกน|แสกน)(?:qr|คิวอาร์)[^\n]{0,80}?(?:ส่วนลด|ลด\d)",
            # a home job (packing, assembling) that starts with a fee for its kit or a deposit
            r"(?:งาน(?:แพ็ค|แพค|บรรจุ|ประกอบ|ร้อย|พับ|ฝีมือ)(?:ของ|สินค้า|ลูกปัด|ถุง)?(?:อยู่|ทำที่|ที่)บ้าน|รับงานไปทำที่บ้าน)[^\n]{0,120}?"
            r"(?:ส่ง|โอน|จ่าย|ชำระ)?ค่า(?:อุปกรณ์|วัตถุดิบ|ประกัน|มัดจำ|สมัคร|ชุดแรก|ชุดอุปกรณ์)",
            r"(?:เพื่อนร่วมห้อง|เพื่อนร่วมหอ|เพื่อนสนิท)(?:ของ)?[^\n]{0,120}?(?:อุบัติเหตุ|ผ่าตัด|เข้าโรงพยาบาล|ห้องฉุกเฉิน|ไอซียู)[^\n]{0,150}?(?:โอน|ยืม)",
            r"(?:ยืม(?:เครื่อง|โทรศัพท์|มือถือ)เพื่อน|เบอร์ใหม่|(?:โทรศัพท์|มือถือ|เครื่อง)(?:หาย|พัง|ตกน้ำ|โดนขโมย))[^\n]{0,150}?(?:ยืม(?:เงิน)?|โอน(?:เงิน)?(?:ให้|มา))[^\n]{0,25}?(?:\d|ได้ไหม|ได้มั้ย|ก่อน)",
        ],
    },
    S.OTP_REQUEST: {
        # a QR scanned for a free voucher or cash, then a phone number and the OTP typed in: the OTP links a wallet
        "id": [
            r"\b(?:scan|pindai)\b[^.!?\n]{0,20}?\bqr\b(?s:.){0,60}?\b(?:voucher|gratis|hadiah|cashback|saldo|bonus)\b(?s:.){0,100}?"
            r"\b(?:masukkan|isi|input|ketik)\b[^.!?\n]{0,25}?\b(?:otp|kode (?:otp|verifikasi|sms))\b",
        ],
        "ms": [
            r"\b(?:imbas|scan)\b[^.!?\n]{0,20}?\bqr\b(?s:.){0,60}?\b(?:baucar|voucher|percuma|hadiah|cashback|ganjaran|bonus)\b(?s:.){0,100}?"
            r"\b(?:masukkan|isi|taip|key in)\b[^.!?\n]{0,25}?\b(?:otp|tac|kod (?:pengesahan|otp|tac))\b",
        ],
        "vi": [
            r"\bquét\b[^.!?\n]{0,20}?\bqr\b(?s:.){0,60}?\b(?:voucher|miễn phí|quà|hoàn tiền|tặng|thưởng)\b(?s:.){0,100}?"
            r"\b(?:nhập|điền|gõ)\b[^.!?\n]{0,25}?\b(?:otp|mã (?:otp|xác thực|xác nhận))\b",
        ],
        "th": [
            r"(?:สแกน|แสกน)(?:qr|คิวอาร์)[^\n]{0,60}?(?:คูปอง|ฟรี|ของรางวัล|เงินคืน|รับเงิน|โบนัส)[^\n]{0,100}?(?:กรอก|ใส่|พิมพ์)[^\n]{0,25}?(?:otp|รหัสยืนยัน|รหัสotp)",
        ],
    },
    S.PRIZE_LURE: {
        # a loan offered by a cooperative or a state bank through a chat, a reply or a page
        "id": [
            r"\bkoperasi\b(?s:.){0,120}?\b(?:pinjaman|kredit|dana tunai)\b(?s:.){0,60}?\b(?:pre-?approved|cair (?:hari ini|cepat|langsung)|bunga (?:ringan|rendah|\d)|tanpa (?:agunan|jaminan))\b"
            r"(?=(?s:.){0,120}?\b(?:balas|reply|wa|whatsapp|telegram|klik|link|isi (?:form|formulir))\b)",
        ],
        "ms": [
            r"\bkoperasi\b(?s:.){0,120}?\b(?:pinjaman|loan|kredit)\b(?s:.){0,80}?\b(?:tawar\w*|kadar|\d+(?:[.,]\d+)? ?% setahun|potongan gaji|lulus (?:segera|cepat))\b"
            r"(?=(?s:.){0,120}?(?:\b(?:wasap|whatsapp|wa\.me|telegram|klik|pautan|link)\b|https?://))",
        ],
        "th": [
            r"(?:ออมสิน|ธ\.?ก\.?ส\.?|กรุงไทย|รัฐบาล)[^\n]{0,40}?(?:ปล่อยกู้|สินเชื่อ|เงินกู้)[^\n]{0,120}?(?:ลงทะเบียน|สมัคร|ทักแชท|แอดไลน์)(?:ผ่าน|ที่|ทาง)?(?:เพจ|ไลน์|line|ลิงก์|ลิงค์|facebook|เฟซบุ๊ก|เฟสบุ๊ค)",
        ],
    },
    S.LEGAL_THREAT: {
        # a parcel "with contraband" and an officer's own number to call
        "id": [
            r"\b(?:paket|kiriman|barang)\b(?s:.){0,80}?\b(?:barang (?:terlarang|ilegal|larangan)|narkoba|narkotika|paspor palsu|ktp palsu)\b(?s:.){0,120}?"
            r"\b(?:hubungi|telepon|telpon|wa|whatsapp)\b[^.!?\n]{0,30}?\b(?:petugas|pegawai|polisi|penyidik|bea cukai)\b",
        ],
        "ms": [
            r"\b(?:parcel|bungkusan|kiriman|barang)\b(?s:.){0,80}?\b(?:barang (?:larangan|terlarang|haram)|dadah|kontraban|seludup\w*|pasport palsu|ic palsu)\b(?s:.){0,120}?"
            r"\b(?:hubungi|call|telefon|whatsapp|wasap)\b[^.!?\n]{0,30}?\b(?:pegawai|inspektor|polis|kastam)\b",
        ],
        "vi": [
            r"\b(?:bưu phẩm|bưu kiện|kiện hàng|gói hàng|đơn hàng)\b(?s:.){0,80}?\b(?:hàng cấm|ma túy|trái phép|hộ chiếu giả|vũ khí)\b(?s:.){0,120}?"
            r"\b(?:liên hệ|gọi|nhắn zalo)\b[^.!?\n]{0,30}?\b(?:cán bộ|công an|điều tra viên|hải quan)\b",
        ],
        "th": [
            r"พัสดุ[^\n]{0,80}?(?:ของผิดกฎหมาย|สิ่งผิดกฎหมาย|ยาเสพติด|สินค้าต้องห้าม|ของต้องห้าม|หนังสือเดินทางปลอม)[^\n]{0,120}?(?:ติดต่อ|โทร(?:หา|กลับ)?)(?:เจ้าหน้าที่|ตำรวจ|ศุลกากร|สารวัตร)",
        ],
    },
    S.IMPERSONATION: {
        # a company's refund moved to an "agent" on a chat app
        "id": [
            r"\b(?:refund|pengembalian dana|kompensasi)\b(?s:.){0,80}?\b(?:add|tambah|hubungi|chat|save)\b[^.!?\n]{0,20}?\b(?:wa|whatsapp|telegram)\b[^.!?\n]{0,15}?\b(?:agen|agent|admin|cs|petugas|staf)\b",
        ],
        "ms": [
            r"\b(?:refund|bayaran balik|pampasan)\b(?s:.){0,80}?\b(?:add|tambah|hubungi|pm|save)\b[^.!?\n]{0,20}?\b(?:wa|whatsapp|wasap|telegram)\b[^.!?\n]{0,15}?\b(?:ejen|agent|pegawai|staf|admin)\b",
        ],
        "vi": [
            r"\b(?:hoàn tiền|bồi thường|hoàn vé)\b(?s:.){0,80}?\b(?:kết bạn|add|liên hệ|nhắn)\b[^.!?\n]{0,20}?\b(?:zalo|telegram|whatsapp)\b[^.!?\n]{0,15}?\b(?:nhân viên|tư vấn viên|cskh|đại lý)\b",
        ],
        "th": [
            r"(?:คืนเงิน|เงินคืน|ชดเชย)[^\n]{0,80}?(?:แอด|เพิ่มเพื่อน|ติดต่อ|ทัก)(?:ไลน์|line|whatsapp|วอทส์แอป)[^\n]{0,15}?(?:เจ้าหน้าที่|แอดมิน|ตัวแทน|เอเจนต์)",
        ],
    },
    S.LINK_ACTION: {
        # a tax refund claimed by entering bank details at a link: the tax office pays into the account it holds
        "id": [
            r"\b(?:pengembalian pajak|restitusi pajak|refund pajak|pajak (?:anda )?dikembalikan)\b(?s:.){0,120}?\b(?:isi|masukkan|lengkapi|konfirmasi)\b[^.!?\n]{0,20}?\b(?:data |nomor )?(?:rekening|kartu|bank)\b"
            r"[^.!?\n]{0,30}?(?:\b(?:di|lewat|melalui) (?:link|tautan|situs)|https?://|\b[\w-]+\.(?:com|net|xyz|info|site|online|top)\b)",
        ],
        "ms": [
            r"\b(?:bayaran balik cukai|refund cukai|pulangan cukai)\b(?s:.){0,120}?\b(?:isi|masukkan|lengkapkan|sahkan)\b[^.!?\n]{0,20}?\b(?:butiran |maklumat |nombor )?(?:akaun|kad|bank)\b"
            r"[^.!?\n]{0,30}?(?:\b(?:di|melalui|kat) (?:pautan|link|laman)|https?://|\b[\w-]+\.(?:com|net|xyz|info|site|online|top)\b)",
        ],
        "vi": [
            r"\b(?:hoàn thuế|tiền thuế được hoàn)\b(?s:.){0,120}?\b(?:điền|nhập|cập nhật|xác nhận)\b[^.!?\n]{0,20}?\b(?:thông tin |số )?(?:tài khoản|thẻ|ngân hàng)\b"
            r"[^.!?\n]{0,30}?(?:\b(?:tại|qua|theo) (?:link|đường link|đường dẫn|trang)|https?://|\b[\w-]+\.(?:com|net|xyz|info|site|online|top)\b)",
        ],
        "th": [
            r"(?:เงินคืนภาษี|คืนภาษี|ภาษีคืน)[^\n]{0,120}?(?:กรอก|ระบุ|ยืนยัน|อัปเดต)(?:ข้อมูล|เลข)?(?:บัญชี|ธนาคาร|บัตร)[^\n]{0,30}?(?:ลิงก์|ลิงค์|เว็บ|https?://|[a-z0-9-]+\.[a-z])",
        ],
    },
    S.INVESTMENT_LURE: {
        # a friend's testimony of a trading platform (a quick profit, a withdrawal) with an invitation to try it
        "id": [
            rf"{_ID_TRADING_APP}(?s:.){{0,150}}?\b(?:balik|jadi|cair|profit|untung|cuan|withdraw|wd)\b"
            r"(?=(?s:.){0,150}?\b(?:(?:mau|aku|saya) (?:kasih|kirim|kirimin|share) link|daftar (?:lewat|pakai|pake|via) (?:aku|saya|link aku|kode)|coba (?:deh|aja|dulu|deposit)|aku ajarin|gabung)\b)",
        ],
        "ms": [
            rf"{_MS_TRADING_APP}(?s:.){{0,150}}?\b(?:untung|profit|dapat balik|withdraw|keluarkan)\b"
            r"(?=(?s:.){0,150}?\b(?:(?:nak|sy|saya|aku) (?:bagi|hantar|share) link|daftar (?:bawah|guna|pakai) (?:sy|saya|aku|link|kod)|cuba (?:la|lah|dulu|deposit)|sy ajar|join)\b)",
        ],
        "vi": [
            rf"{_VI_TRADING_APP}(?s:.){{0,150}}?\b(?:lời đều|lãi đều|lời mỗi ngày|lãi mỗi ngày|rút (?:về )?\d|vừa rút|bù lỗ|cam kết lợi nhuận|x2 tài khoản)"
            r"(?=(?s:.){0,150}?\b(?:nạp thử|làm thử|chơi thử|đầu tư thử|chỉ (?:em|anh|chị|bạn) (?:làm|chơi|đầu tư)|kèm lệnh|vào lệnh cùng|đăng ký qua link)\b)",
        ],
        "th": [
            # a paid liking or following job ("กดไลค์ TikTok ... รายได้ 800/วัน")
            r"(?:กดไลค์|กดไลก์|กดหัวใจ|กดติดตาม|กดฟอล|กดแชร์)[^\n]{0,100}?(?:รายได้|ได้เงิน|ค่าตอบแทน|วันละ|ชิ้นละ)[^\n]{0,20}?\d",
            rf"{_TH_TRADING_APP}[^\n]{{0,150}}?(?:กำไรทุกวัน|ได้กำไร|ถอนได้จริง|ถอนมาแล้ว|ปันผล)"
            r"(?=[^\n]{0,150}?(?:ลองลงทุน|ลองเล่น|ลองเทรด|จะสอน|สอนให้|สมัครผ่าน(?:ผม|ฉัน|ลิงก์)))",
        ],
    },
}
_CERTIFICATES_CODES_AND_STRANGERS: dict[S, dict[str, list[str]]] = {
    S.INVESTMENT_LURE: {
        "ar": [
            # "شهادة جديدة بعائد 45%", "وديعة بفائدة 40% سنويا"
            rf"(?:شهاده|شهادات|الشهاده|وديعه|الوديعه|ودايع|حساب توفير|دفتر توفير|صندوق)[^.!؟\n]{{0,40}}?(?:عايد|فايده|ربح|ارباح|"
            rf"عوايد)[^.!؟\n]{{0,15}}?{_EXTREME_RATE}",
        ],
        "en": [
            rf"\b(?:fixed deposit|term deposit|time deposit|savings? (?:bond|certificate|plan|account)|certificates? of deposit|"
            rf"deposit certificate|bank certificate)s?\b[^.!?\n]{{0,40}}?(?:\b(?:interest|returns?|rate|yield)\b[^.!?\n]{{0,15}}?"
            rf"{_EXTREME_RATE}|{_EXTREME_RATE} ?(?:p\.?a\b|per annum|a year|yearly|annual|interest|returns?))",
            # a stranger's opener that turns to a trading or investment app ("is this Michael? it's Ruby, the gold
            # trading app you asked about")
            rf"{_EN_STRANGER_OPENER}(?s:.){{0,200}}?\b(?:invest(?:ing|ment|ments|or)?|trading|trader|forex|crypto(?:currency)?|"
            r"bitcoin|usdt|gold (?:trading|contracts?|futures|investment)|(?:trading|investment) (?:app|platform|mentor|coach|teacher))\b",
        ],
        "vi": [
            rf"\b(?:gửi tiết kiệm|sổ tiết kiệm|chứng chỉ tiền gửi)\b[^.!?\n]{{0,40}}?\b(?:lãi|lãi suất|lợi nhuận)\b[^.!?\n]{{0,15}}?{_EXTREME_RATE}"
        ],
        "id": [
            rf"\b(?:deposito|tabungan berjangka|sertifikat deposito)\b[^.!?\n]{{0,40}}?\b(?:bunga|imbal hasil|keuntungan|return)\b[^.!?\n]{{0,15}}?{_EXTREME_RATE}"
        ],
        "ms": [
            rf"\b(?:simpanan tetap|deposit tetap|sijil simpanan)\b[^.!?\n]{{0,40}}?\b(?:faedah|dividen|pulangan|keuntungan|untung)\b[^.!?\n]{{0,15}}?{_EXTREME_RATE}"
        ],
        "zh": [
            rf"(?:定期存款|定存|大额存单|存单|储蓄)[^。！？]{{0,20}}?(?:利率|利息|收益|年化|回报)[^。！？]{{0,6}}?{_EXTREME_RATE}"
        ],
        "th": [
            rf"(?:เงินฝากประจำ|ฝากประจำ|สลากออมทรัพย์|บัญชีเงินฝาก)[^\n]{{0,30}}?(?:ดอกเบี้ย|ผลตอบแทน)[^\n]{{0,10}}?{_EXTREME_RATE}"
        ],
    },
    S.PAYMENT_REQUEST: {
        "ar": [
            # a Google Play or iTunes card bought "from any shop" and its code sent back, in any form of the verb
            r"(?:بطاقه|بطايق|بطاقات|كرت|كروت) (?:جوجل بلاي|قوقل بلاي|جوجل|قوقل|ايتونز|ايتيونز|ستيم|ابل|بلايستيشن|بلاي ستيشن)"
            r"(?s:.){0,80}?(?:رسل|بعت|بعث|صور|دز|ارسال)[^.!؟\n]{0,10}?(?:الاكواد|الكود|الرمز|الرموز|الارقام|كودها|رمزها)",
            # the rent to the landlord's "new account"
            r"(?:حول|حولي|تحول|ادفع|تدفع|سدد|ارسل|ابعت|ابعث)[^.!؟\n]{0,30}?(?:الايجار|ايجار|الاجار|اجار)[^.!؟\n]{0,50}?"
            r"(?:حسابي الجديد|الحساب الجديد|حساب جديد|حسابي الثاني|حسابي التاني|الايبان الجديد|ايبان جديد)",
        ],
        "en": [
            r"\b(?:pay|transfer|send|bank in|deposit|paynow)\b[^.!?\n]{0,30}?\b(?:the |this |next )?(?:month'?s |week'?s )?"
            r"(?:rent|rental)\b[^.!?\n]{0,50}?\b(?:to|into|in) (?:my|our|this) (?:new|other|different) (?:bank )?(?:account|acc|a/c)\b",
        ],
        "id": [
            r"\b(?:transfer|tf|bayar|kirim)\b[^.!?\n]{0,30}?\b(?:uang )?(?:sewa|kos|kost|kontrakan)\b[^.!?\n]{0,50}?\b"
            r"rekening (?:saya |kami )?(?:yang )?baru\b"
        ],
        "zh": [
            r"(?:房租|租金)[^。！？]{0,20}(?:转|打|付|汇)[^。！？]{0,10}(?:新账户|新账号|新卡|新的账户|新的账号|新银行)"
        ],
        "vi": [
            r"\b(?:chuyển|ck|gửi)\b[^.!?\n]{0,30}?\btiền (?:nhà|thuê|phòng)\b[^.!?\n]{0,50}?\b(?:tài khoản|stk|số tài khoản) mới\b"
        ],
    },
    S.OTP_REQUEST: {
        "en": [
            # Arabizi: "a 6-digit code reached you? I sent it to your number by mistake, send it to me"
            rf"\b(?:code|kod|ramz|rmz|otp)\b[^\n]{{0,80}}?\b(?:{_ARABIZI_SEND_BACK}\b[^.!?\n]{{0,10}}?\b(?:li|ly|lee|liya|lya|lia|lena|lina)"
            rf"|{_ARABIZI_SEND_BACK}(?:li|ly|lee|liya|lya|lia|lena|lina))\b",
        ],
    },
    S.PRIZE_LURE: {
        "en": [
            # Arabizi: "mabrook, your number won 50,000 geneh in the draw, call … to collect the prize"
            rf"\b{_ARABIZI_WON}\b(?s:.){{0,120}}?\b{_ARABIZI_PRIZE}\b(?s:.){{0,80}}?\b{_ARABIZI_COLLECT}\b",
            # an unlicensed moneylender: cash approved the same day, without payslip, guarantor or credit check
            r"\b(?:moneylenders?|money lenders?|cash loans?|personal loans?|need cash|ah ?long)\b(?s:.){0,80}?\b(?:approv\w* "
            r"(?:same day|within \d+ ?(?:min\w*|hours?|hrs?)|in \d+ ?(?:min\w*|hours?|hrs?)|instant\w*|fast)\b|no (?:payslips?|guarantor|"
            r"credit check|ctos|ccris)(?: (?:also )?(?:can|ok|needed|required|accepted)\b|\s?[,/&+!.]| no\b)|(?:bad credit|blacklist\w*|"
            r"bankrupt\w*) (?:also )?(?:can|ok|accepted)\b)",
        ],
        "ar": [
            r"(?:قرض|قروض|سلفه|سلف|تمويل شخصي|كاش)[^\n]{0,80}?(?:بدون (?:ضامن|كفيل|اوراق|مستندات|كشف حساب|استعلام)|"
            r"موافقه فوريه)(?=[^\n]{0,80}?(?:واتساب|واتس|whatsapp))",
        ],
    },
    S.PREMIUM_RATE: {
        "ar": [
            rf"{_AR_SEND_KEYWORD}(?s:.){{0,60}}?{_AR_PREMIUM_CONTENT}",
            rf"{_AR_PREMIUM_CONTENT}(?s:.){{0,80}}?{_AR_SEND_KEYWORD}",
        ],
        "en": [
            rf"{_EN_SEND_KEYWORD}(?s:.){{0,60}}?\b{_EN_PREMIUM_CONTENT}\b",
            rf"\b{_EN_PREMIUM_CONTENT}\b(?s:.){{0,80}}?{_EN_SEND_KEYWORD}",
        ],
    },
    S.IMPERSONATION: {
        # (the call and its number in a lookahead: the "if you didn't request it" between them is no negation of it)
        "ar": [
            r"(?:شريحه بديله|بدل فاقد|استبدال (?:ال)?شريحه|اصدار شريحه|شريحه جديده|نقل (?:ال)?رقم|esim|الشريحه الالكترونيه)"
            rf"(?=(?s:.){{0,120}}?(?:اتصل|اتصلي|كلم|كلمنا|تواصل|اتصال)[^.!؟\n]{{0,25}}?{_LONG_CALL_NUMBER})",
        ],
        "en": [
            r"\b(?:sim (?:swap|replacement|change|card replacement)|replacement sim|new sim(?: card)?|e-?sim (?:activation|transfer|"
            r"request)|port(?:ing)? (?:out )?(?:of )?your number|number (?:transfer|port(?:ing)?))\b"
            rf"(?=(?s:.){{0,120}}?\b(?:call|dial|ring|contact)\b[^.!?\n]{{0,25}}?{_LONG_CALL_NUMBER})",
            # "did I add you before? … anyway, nice to meet you": a stranger's opener turned into a friendship
            rf"{_EN_STRANGER_OPENER}(?=(?s:.){{0,150}}?\b(?:(?:nice|glad|happy) to (?:meet|know) you|(?:can|could) we be friends|"
            r"make friends|(?:maybe )?it'?s fate)\b)",
        ],
    },
    S.PASSWORD_REQUEST: {
        # a QR code posted in the lift or on a flyer that leads to a form asking for card details
        "en": [rf"\bscan\b[^.!?\n]{{0,30}}\bqr\b(?s:.){{0,120}}?\b{_EN_CARD_DETAILS}\b"],
        "ar": [
            rf"(?:امسح|مسح|اسكان|صور)[^.!؟\n]{{0,30}}(?:qr|الباركود|باركود|رمز الاستجابه|الكود)(?s:.){{0,120}}?{_AR_CARD_DETAILS}"
        ],
    },
}

# Chinese classes from the misses of the fifteenth blind round (Simplified and Traditional; folding leaves some
# Traditional characters as they are, so both are written), with their English counterparts where the tactic is the
# same; merged into PATTERNS with the tables above.
# * a code "the system will send you", to be told to the rider, courier or staff who is waiting for it (a real
#   delivery or pickup code is printed in the message itself, which CODE_IS lets through);
# * "report the dynamic code you just received", from a bank or UnionPay "risk control centre";
# * a balance that cannot be cashed (medical insurance, social security, pension) offered as withdrawable, and an
#   "internal channel" to have it done;
# * a chat id written "+V: …" (a recruiter's WeChat), and a bank's "customer manager" on a personal WeChat, or a
#   credit-limit raise done through a chat id;
# * a platform "loophole" that pays, and a first top-up "to try";
# * a donation by QR code or through a "donation channel" link (in Chinese also a payment request when the channel is
#   a link: charities there collect through the big platforms' charity pages, not a link in a message);
# * a bill paid inside a chat group joined by QR code ("扫码进群缴费");
# * a friend on a borrowed phone who asks you to pay an order for them (代付), and a lost or broken phone that only
#   counts as a friend's story when money, a payment or a code is asked for after it.
_ZH_PAY_FOR_ME = r"(?:代付|代支付|帮我付|幫我付|帮忙付|幫忙付|帮我支付|幫我支付|帮我买单|幫我買單|付个款|付個款)"
_ZH_WAITING_PERSON = r"(?:骑手|騎手|快递员|快遞員|配送员|配送員|派送员|快递小哥|外卖小哥|小哥|师傅|師傅|司机|司機|工作人员|工作人員|客服)"
_ZH_CHAT_APP = r"(?<!企业)(?<!企業)(?:微信|wechat|vx|wx|qq|line)"
_ZH_BILL_PAY = r"(?:缴费|繳費|交费|交費|缴纳|繳納|预缴|預繳|续费|續費)"
_ZH_TRY_TOP_UP = (
    r"(?:先|可以先|不妨先)(?:充|充值|入金|投|投入|下注)\d+(?:块|塊|元|u|usdt)?[^。！？\n]{0,4}?"
    r"(?:试试|試試|试一下|試一下|试水|試水|体验|體驗|看看)"
)
_ZH_DONATE = r"(?:捐赠|捐贈|捐款|募捐|捐助|献爱心|獻愛心)"
_COURIER_CODES_CASHOUTS_AND_GROUP_PAY: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "zh": [
            rf"(?:会|會|将|將|稍后|稍後|马上|馬上|即将|即將|随后|隨後)[^。！？\n]{{0,8}}?(?:发送|發送|发|發|下发|收到)"
            rf"[^。！？\n]{{0,12}}?(?:码|碼)[^。！？\n]{{0,20}}?(?:告知|告诉|報給|报给|提供给|转告|轉告|念给|发给)"
            rf"[^。！？\n]{{0,4}}?{_ZH_WAITING_PERSON}",
            rf"{_ZH_GIVE}(?:一下|下)?(?:你|您)?(?:的)?(?:手机|手機)?(?:上)?{_ZH_JUST}?(?:收到|接到|获取|獲取)(?:的)?"
            rf"[^\s，。！？]{{0,6}}?{_ZH_CODE}",
        ],
    },
    S.IMPERSONATION: {
        "zh": [
            r"(?:这边是|這邊是|这里是|這裡是|我们是|我們是|我是)[^\s，。！？]{0,10}?(?:风控|風控|银联|銀聯|安全中心|反诈|反詐|结算中心)",
            rf"(?:额度|額度|提额|提額|降息)[^\n]{{0,40}}?(?:加|添加)[^\n]{{0,12}}?"
            rf"(?:(?:个人|個人|私人){_ZH_CHAT_APP}|{_ZH_CHAT_APP}(?:号|號)?[:：]?\s?[a-z][a-z0-9_-]{{4,}})",
            # (was a bare "手机坏了|手机丢了" in PATTERNS: "I lost my phone" on its own is news, not a claim)
            rf"(?:手机|手機)(?:坏了|壞了|丢了|丟了)(?=[^\n]{{0,120}}?(?:{_ZH_MONEY_ASK}|{_ZH_PAY_FOR_ME}|{_ZH_CODE}))",
            rf"{_ZH_PHONE_LOST}[^\n]{{0,30}}?{_ZH_OTHER_PHONE}(?=[^\n]{{0,120}}?{_ZH_PAY_FOR_ME})",
        ],
    },
    S.OFF_PLATFORM: {
        "zh": [
            r"(?:\+|➕)(?:v|vx|wx|微|薇|q|qq)[:：]?\s?[a-z0-9_-]{4,}",
            rf"(?:加|添加|联系|聯繫|聯絡)[^\s，。！？]{{0,6}}?(?:客户经理|客戶經理|经理|經理|顾问|顧問|专员|專員|主管)(?:的)?"
            rf"(?:个人|個人|私人)?{_ZH_CHAT_APP}",
            r"(?:内部|內部|特殊)(?:渠道|通道|名额|名額)(?:办理|辦理|申请|申請|提现|提現|领取|領取|认购|認購|购买|購買)",
            rf"(?:进群|進群|入群|加群|群内|群內|群里|群裡)[^。！？\n]{{0,4}}?{_ZH_BILL_PAY}",
        ],
    },
    S.PRIZE_LURE: {
        "zh": [
            r"(?:医保|醫保|社保|医疗保险|醫療保險|养老金|養老金)(?:卡|账户|帳戶|个人账户|個人帳戶)?(?:里的|裡的|里|裡|的)?"
            r"(?:余额|餘額|钱|錢)[^。！？\n不无無禁勿非]{0,10}?(?:提现|提現|取现|取現|套现|套現|变现|變現|转出|轉出|兑现|兌現)",
        ],
    },
    S.INVESTMENT_LURE: {
        "zh": [
            r"(?:漏洞|bug|后门|後門)(?![^。！？\n]{0,30}?(?:修复|修復|补丁|補丁|导致|導致|造成|影响|影響))[^\n]{0,40}?"
            r"(?:先充|充值|充\d|入金|下注|投注|套利|稳赚|穩賺|赚钱|賺錢|带你|帶你)",
        ],
        "en": [
            r"\b(?:loophole|glitch|bug)\b in (?:the|this|their|a|an|our) (?:\w+ )?(?:platform|app|site|website|system|casino|"
            r"exchange|game|lottery)\b(?![^.!?\n]{0,40}\b(?:fixed|patched|caused)\b)[^\n]{0,60}?\b(?:deposit|top ?up|"
            r"invest|bet|profit|guaranteed|i'?ll guide you|teach you)\b",
        ],
    },
    S.PAYMENT_REQUEST: {
        "zh": [
            # (a top-up "to try" is a lure only where someone offers to guide it or promises a return, or a platform
            # or market is named before it: "先充100试试话费套餐" is a phone plan)
            rf"(?:平台|交易所|彩票|博彩|网站|網站|漏洞|bug|投资|投資|理财|理財)[^\n]{{0,40}}?{_ZH_TRY_TOP_UP}",
            rf"{_ZH_TRY_TOP_UP}(?=[^\n]{{0,30}}?(?:带你|帶你|跟着我|跟著我|赚|賺|收益|回本|提现|提現|翻倍))",
            rf"(?:扫|掃)[^。！？\n]{{0,12}}?(?:进群|進群|入群|加群)[^。！？\n]{{0,6}}?(?:{_ZH_BILL_PAY}|付款|支付|充值)",
            rf"{_ZH_DONATE}[^\n]{{0,30}}?(?:通道|链接|鏈接|入口|网址|網址)[:：]?(?:{_LINK_ROUTE})",
            rf"{_ZH_PHONE_LOST}[^\n]{{0,30}}?{_ZH_OTHER_PHONE}[^\n]{{0,120}}?{_ZH_PAY_FOR_ME}",
        ],
        "en": [
            r"\bscan\b[^.!?\n]{0,30}?\bjoin (?:the|our|a) (?:\w+ )?(?:group|chat)\b[^.!?\n]{0,20}?\b(?:pay|top ?up|settle)\b",
        ],
    },
    S.LINK_ACTION: {
        "zh": [
            rf"(?:扫码|掃碼|扫描|掃描|扫一扫|二维码|二維碼|链接|鏈接|点击|點擊)[^。！？\n]{{0,6}}?(?:即可|进行|進行|直接|立即)?{_ZH_DONATE}",
            rf"{_ZH_DONATE}(?:通道|链接|鏈接|入口|网址|網址)",
        ],
        "en": [r"\b(?:scan|click|tap)\b[^.!?\n]{0,20}?\bto donate\b"],
    },
}

# Indonesian and Malay classes from the misses of the fifteenth blind round, and the same tactics in the other
# languages where they plainly exist. Each is a kind of message, not one wording:
# * Payment: a domain, website or hosting "expiring" whose renewal is a transfer to a bank account (registrars bill
#   through their own panel or a virtual account, never into an account number in a text); a supplier who "changed
#   the bank account", with the next payment to go there; an overseas job whose visa, medical or processing fees
#   are paid before departure; a "new number" that asks for money into "my account" (a teacher's class fee, a
#   relative's loan).
# * OTP: "the code <the marketplace> sent to your phone", asked back by a buyer.
# * Password: a QR code or transfer "to receive money" that asks for the PIN (receiving money never needs it).
# * Legal threat and urgency: an illegal lender's collector who will spread the KTP, photos or data to contacts, or
#   come to the office or tell the boss; "if not paid today".
# * Prize lure: a voucher or prize claimed by sharing the message to five WhatsApp groups or friends (share, not send:
#   "kirim paket ke 2 orang, gratis ongkir" is a shop's offer).
# * Investment lure: an online arisan (Malay "kutu", Vietnamese "hụi") slot, pay X now and collect Y; a token
#   presale or a coin promised to rise many times over.
# * Premium rate: a keyword service whose tariff is per a few days ("Tarif Rp3.300/2hr"), and a horoscope or
#   match-making service answered with any keyword to a five-digit short code.
# ("Ini nomor baru saya, tolong disimpan" on its own is left alone: it is what everyone sends after changing numbers,
# and the request that makes it a scam comes in a later message; see the impersonation patterns of _SUBSCRIBED.)
# One sentence, in which a domain name's dots ("ptmaju.co.id akan expired") are no sentence end.
_NAME_WINDOW = r"(?:[^.!?\n]|\.(?=[a-z0-9]))"
_ID_BANK_ACCOUNT = (
    r"(?:\b(?:rek(?:ening)?|norek|no\.? rek|nomor rekening|atas nama)\b(?! (?:anda|kamu|virtual)\b)|\ba\. ?n\b|\ba/n\b)"
)
_MS_BANK_ACCOUNT = r"\b(?:akaun|acc|no\.? akaun|nombor akaun)\b(?! (?:anda|awak|pelanggan|klien|client)\b)"
# A window of one sentence that does not say the fee is covered or free ("biaya visa ditanggung perusahaan").
_NOT_COVERED = (
    r"(?:(?!\b(?:ditanggung|gratis|free|percuma|dibiayai|ditaja|tanpa biaya|tiada bayaran|paid by the employer|"
    r"covered)\b)[^.!?\n])"
)
_ID_OVERSEAS = (
    r"(?:luar negeri|jepang|korea|taiwan|hong ?kong|singapura|eropa|polandia|jerman|inggris|kanada|australia|"
    r"selandia baru|arab saudi|dubai|uea|qatar|turki|rumania|ceko)"
)
_MS_OVERSEAS = (
    r"(?:luar negara|jepun|korea|taiwan|hong ?kong|singapura|singapore|eropah|poland|jerman|uk|united kingdom|"
    r"england|kanada|canada|australia|new zealand|dubai|qatar|arab saudi)"
)
_EN_OVERSEAS = (
    r"(?:abroad|overseas|canada|australia|the uk|uk|japan|korea|taiwan|europe|poland|germany|new zealand|dubai|"
    r"qatar|saudi arabia)"
)
# A money amount in Indonesian or Malay shorthand ("500rb", "3jt", "Rp 2,5 juta", "RM300", "1.5k").
_ID_MONEY = r"(?:rp\.? ?)?\d[\d.,]*\s?(?:rb|ribu|k|jt|juta)\b"
_MS_MONEY = r"rm ?\d[\d.,]*k?\b"
_ID_RECEIVE_MONEY = r"\b(?:terima|menerima|cairkan|mencairkan|dapat|klaim) (?:uang|duit|dana|pembayaran|transferan|saldo|refund|pengembalian)\b"
_MS_RECEIVE_MONEY = r"\b(?:terima|menerima|dapat|tuntut|claim) (?:duit|wang|bayaran|payment|dana|refund|pulangan)\b"
_EN_RECEIVE_MONEY = (
    r"\b(?:receive|accept|get|claim|collect) (?:the |your |my )?(?:money|payment|funds|transfer|refund)\b"
)
_VI_RECEIVE_MONEY = r"\bnhận (?:được )?(?:tiền|thanh toán|khoản tiền|tiền hàng)\b"
_ID_ENTER_PIN = r"\b(?:masukkan|masukin|input|isi|ketik|enter)\b (?:\w+ )?(?:pin|kata sandi|password|m-?pin)\b"
_MS_ENTER_PIN = r"\b(?:masukkan|isi|taip|key ?in|enter|tekan)\b (?:\w+ )?(?:pin|kata laluan|password)\b"
_EN_ENTER_PIN = r"\b(?:enter|type|key in|input|put in)\b (?:your |the )?(?:\w+ )?(?:pin|password|passcode)\b"
_VI_ENTER_PIN = r"\b(?:nhập|điền)\b (?:mã )?(?:pin|mật khẩu)\b"
_QR = r"\b(?:qr|qris|barcode|kod qr|kode qr|mã qr)\b"
_SHARE_PRIZE = {
    "id": r"\b(?:voucher|hadiah|kuota|saldo|bansos|bonus|subsidi|klaim|gratis|cashback)\b",
    "ms": r"\b(?:baucar|voucher|hadiah|ganjaran|bonus|tuntut|percuma|cashback|duit raya)\b",
    "en": r"\b(?:voucher|gift card|prize|reward|free|claim|coupon|giveaway)\b",
    "vi": r"\b(?:voucher|phiếu quà|quà tặng|phần quà|giải thưởng|miễn phí|nhận quà|thẻ cào)\b",
}
_SHARE_N = {
    "id": (
        r"\b(?:bagikan|bagiin|share|sebarkan|teruskan) (?:\w+ ){0,3}?(?:ke|kepada|di) (?:minimal )?"
        r"(?:\d{1,2}|lima|sepuluh|tiga) (?:grup|group|grub|teman|kontak|orang|chat)\b"
    ),
    "ms": (
        r"\b(?:kongsi\w*|share|sebarkan|forward) (?:\w+ ){0,3}?(?:ke|kepada|dalam|di) (?:minimum )?"
        r"(?:\d{1,2}|lima|sepuluh|tiga) (?:group|grup|kumpulan|kawan|rakan|kenalan|orang)\b"
    ),
    "en": (
        r"\b(?:share|forward) (?:\w+ ){0,3}?(?:to|with|in) (?:at least )?(?:\d{1,2}|five|ten|three) "
        r"(?:(?:whatsapp|wa|facebook|fb|telegram) )?(?:groups?|friends|contacts|chats)\b"
    ),
    "vi": r"\b(?:chia sẻ|share) (?:\w+ ){0,3}?(?:cho|lên|vào|tới) (?:ít nhất )?\d{1,2} (?:nhóm|group|bạn|người)\b",
}
_RENEWALS_COLLECTORS_SHARE_CHAINS_AND_NEW_PAYEES: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "id": [
            # a domain or website about to expire, renewed by a transfer to an account
            rf"\b(?:domain|nama domain|website|situs|hosting|ssl)\b{_NAME_WINDOW}{{0,60}}?\b(?:expired?|kedaluwarsa|kadaluarsa|"
            r"kadaluwarsa|habis masa aktif|berakhir|nonaktif|diblokir|suspend\w*)\b"
            rf"(?=(?s:.){{0,200}}?\b(?:transfer|tf|trf|setor|bayar)\b[^.!?\n]{{0,40}}?{_ID_BANK_ACCOUNT})",
            # a supplier's "new account": "supplier sudah ganti rekening, pembayaran ke rekening BRI ini"
            r"\b(?:supplier|pemasok|vendor|rekanan|klien)\b[^.!?\n]{0,30}?\b(?:sudah |udah |telah )?(?:ganti|ubah|mengg"
            r"anti|mengubah|pindah|update)\b[^.!?\n]{0,10}?\b(?:rekening|norek|nomor rekening|bank)\b"
            r"(?=(?s:.){0,160}?\b(?:transfer|tf|bayar|pembayaran|kirim|lunasi)\b)",
            # an overseas job whose visa, medical or processing fee is paid first
            rf"\b(?:kerja|bekerja|pekerja|lowongan|loker|dibutuhkan|tki|pmi|tkw|magang)\b[^.!?\n]{{0,40}}?\b(?:ke|di) {_ID_OVERSEAS}\b"
            r"(?=(?s:.){0,200}?\bbiaya\b[^.!?\n]{0,30}?\b(?:visa|medical|medikal|mcu|paspor|tiket|proses|pengurusan|"
            rf"keberangkatan|pemberangkatan|dokumen|kontrak)\b{_NOT_COVERED}{{0,40}}?\b(?:di ?muka|dulu|duluan|terlebih "
            r"dahulu|sebelum berangkat|transfer|tf|dp)\b)",
            # a "new number" that asks for money into the writer's own account
            r"\b(?:nomor baru|nomer baru|ganti nomor)\b(?s:.){0,200}?\b(?:transfer|tf|trf|bayar|kirim|setor)\w*\b"
            r"[^.!?\n]{0,30}?\b(?:rek(?:ening)?|norek) (?:saya|aku|ibu|bapak|bu|pak|pribadi)\b",
        ],
        "ms": [
            rf"\b(?:domain|nama domain|laman web|website|hosting|ssl)\b{_NAME_WINDOW}{{0,60}}?\b(?:expired?|tamat(?: tempoh)?|lup"
            r"ut|habis tempoh|ditutup|digantung|suspend\w*)\b"
            rf"(?=(?s:.){{0,200}}?\b(?:bank ?in|transfer|bayar|pindahkan|masukkan)\b[^.!?\n]{{0,40}}?{_MS_BANK_ACCOUNT})",
            r"\b(?:supplier|pembekal|vendor|klien|client)\b[^.!?\n]{0,30}?\b(?:dah |telah |sudah )?(?:tukar|ganti|menuk"
            r"ar|update|kemaskini)\b[^.!?\n]{0,10}?\b(?:akaun|nombor akaun|no akaun|bank)\b"
            r"(?=(?s:.){0,160}?\b(?:bayar|transfer|bank ?in|pindahkan|settle|payment|masukkan)\b)",
            rf"\b(?:kerja|bekerja|pekerja|jawatan|kekosongan)\b[^.!?\n]{{0,40}}?\b(?:di|ke) {_MS_OVERSEAS}\b"
            r"(?=(?s:.){0,200}?\b(?:yuran|bayaran|kos|caj)\b[^.!?\n]{0,30}?\b(?:visa|medical|perubatan|pemeriksaan kes"
            rf"ihatan|permit|pasport|tiket|proses|dokumen)\b{_NOT_COVERED}{{0,40}}?\b(?:dahulu|dulu|awal|pendahuluan|seb"
            r"elum (?:berlepas|bertolak)|bank ?in|transfer)\b)",
            # a teacher, a class rep or a relative on a "new number" collecting into their own account
            r"\b(?:nombor baru|nombor baharu|no baru|tukar nombor)\b(?s:.){0,200}?\b(?:bank ?in|transfer|bayar|masukk"
            r"an|pindahkan|hantar)\b[^.!?\n]{0,30}?\bakaun (?:saya|sy|aku|cikgu|ustaz|ustazah|peribadi)\b",
        ],
        "en": [
            rf"\b(?:domain|domain name|website|hosting|ssl certificate)\b{_NAME_WINDOW}{{0,60}}?\b(?:expir\w*|will be suspended|"
            r"will be deleted|goes offline)\b"
            r"(?=(?s:.){0,200}?\b(?:transfer|wire|pay|deposit)\b[^.!?\n]{0,40}?\b(?:account (?:no|number|name)|acc no|"
            r"a/c|bank account|iban|sort code|bsb)\b)",
            r"\b(?:supplier|vendor|contractor)\b[^.!?\n]{0,30}?\b(?:has |have |had )?(?:changed|updated|switched)\b"
            r"[^.!?\n]{0,20}?\b(?:bank|account|bank details|banking details)\b(?=(?s:.){0,160}?\b(?:pay|transfer|wire|"
            r"send|remit)\w*\b)",
            rf"\b(?:jobs?|work|workers?|vacanc\w+|hiring)\b[^.!?\n]{{0,30}}?\b(?:in|to) {_EN_OVERSEAS}\b"
            r"(?=(?s:.){0,200}?\b(?:visa|medical|processing|permit|ticket)\b[^.!?\n]{0,30}?\b(?:fees?|charges?|costs?)"
            rf"\b{_NOT_COVERED}{{0,40}}?\b(?:upfront|up front|in advance|first|before (?:departure|you fly|travel))\b)",
            r"\bnew number\b(?s:.){0,200}?\b(?:pay|transfer|send)\b[^.!?\n]{0,30}?\b(?:to|into) my (?:account|bank acc"
            r"ount|personal account)\b",
        ],
        "vi": [
            rf"\b(?:tên miền|domain|website|hosting)\b{_NAME_WINDOW}{{0,60}}?\b(?:hết hạn|bị khóa|ngừng hoạt động)\b"
            r"(?=(?s:.){0,200}?\b(?:chuyển khoản|ck|chuyển tiền)\b[^.!?\n]{0,40}?\b(?:stk|số tài khoản|tài khoản|tk)\b)",
            r"\bsố mới\b(?s:.){0,200}?\b(?:chuyển khoản|ck|chuyển tiền|đóng tiền)\b[^.!?\n]{0,30}?\b(?:vào|qua) (?:stk|s"
            r"ố tài khoản|tài khoản|tk) (?:của )?(?:cô|thầy|em|mình|tôi|chị|anh)\b",
        ],
        "zh": [
            r"(?:域名|网站|主机)[^。！？]{0,20}(?:到期|过期|停用)(?=[^\n]{0,80}?(?:转账|汇款|打款)[^。！？]{0,20}(?:账户|账号|卡号))"
        ],
        "th": [r"(?:โดเมน|เว็บไซต์|โฮสติ้ง)[^\s]{0,30}?หมดอายุ(?=[^\n]{0,120}?โอน[^\n]{0,30}?บัญชี)"],
    },
    S.OTP_REQUEST: {
        # the code a marketplace or app "sent to your phone", asked back by a buyer
        "ms": [
            r"\b(?:bagi|hantar\w*|beri(?:tahu)?|sebut\w*|forward|share|kongsi\w*|screenshot|ss)\b[^.!?\n]{0,20}?\b(?:kod|"
            r"code|otp|tac|digit)\b[^.!?\n]{0,15}?\b(?:yang|yg)\b[^.!?\n]{0,15}?\b(?:hantar|dihantar|send|kirim)\b "
            r"(?:ke|kat|pada|dekat|to) (?:phone|telefon|fon|hp|handphone|nombor|no|sms|whatsapp|wa)\b",
        ],
        "id": [
            r"\b(?:kirim\w*|kasih(?: tau| tahu)?|berikan|beri(?:tahu)?|sebut\w*|bacakan|share|screenshot|ss|forward\w*)\b"
            r"[^.!?\n]{0,20}?\b(?:kode|code|otp|angka|digit)\b[^.!?\n]{0,15}?\b(?:yang|yg)\b[^.!?\n]{0,15}?\b(?:dikirim|"
            r"kirim|terkirim|masuk)\b (?:ke|di) (?:hp|nomor|nomer|ponsel|sms|wa|whatsapp)\b",
        ],
    },
    S.PASSWORD_REQUEST: {
        # a QR code or transfer "to receive money" that wants the PIN typed in
        "ms": [
            rf"{_QR}(?s:.){{0,80}}?{_MS_RECEIVE_MONEY}(?s:.){{0,80}}?{_MS_ENTER_PIN}",
            rf"{_MS_RECEIVE_MONEY}(?s:.){{0,80}}?(?:{_QR}(?s:.){{0,80}}?)?{_MS_ENTER_PIN}",
        ],
        "id": [
            rf"{_QR}(?s:.){{0,80}}?{_ID_RECEIVE_MONEY}(?s:.){{0,80}}?{_ID_ENTER_PIN}",
            rf"{_ID_RECEIVE_MONEY}(?s:.){{0,80}}?(?:{_QR}(?s:.){{0,80}}?)?{_ID_ENTER_PIN}",
        ],
        "en": [
            rf"{_QR}(?s:.){{0,80}}?{_EN_RECEIVE_MONEY}(?s:.){{0,80}}?{_EN_ENTER_PIN}",
            rf"{_EN_RECEIVE_MONEY}(?s:.){{0,80}}?(?:{_QR}(?s:.){{0,80}}?)?{_EN_ENTER_PIN}",
        ],
        "vi": [
            rf"{_QR}(?s:.){{0,80}}?{_VI_RECEIVE_MONEY}(?s:.){{0,80}}?{_VI_ENTER_PIN}",
            rf"{_VI_RECEIVE_MONEY}(?s:.){{0,80}}?(?:{_QR}(?s:.){{0,80}}?)?{_VI_ENTER_PIN}",
        ],
        "th": [r"(?:สแกน|qr|คิวอาร์)[^\n]{0,40}?รับเงิน[^\n]{0,40}?(?:ใส่|กรอก|ป้อน)(?:รหัส|pin|พิน)"],
        "zh": [r"(?:扫码|扫一扫|二维码)[^\n]{0,20}?(?:收款|收钱|领取|退款)[^\n]{0,20}?输入(?:支付|银行卡)?密码"],
    },
    S.LEGAL_THREAT: {
        # an illegal lender's collector: the KTP, photos or data spread to contacts, or a visit to the office or the
        # boss (a statement that the data will *not* be spread stops the window)
        "id": [
            r"\b(?:pinjaman|pinjol|utang|hutang|tagihan|tunggakan|cicilan|angsuran)\b(?s:.){0,200}?\b(?:data|foto|ktp|s"
            r"elfie|identitas|wajah)\b(?:(?!\b(?:tidak|tak|tdk|bukan|tanpa)\b)[^.!?\n]){0,40}?\b(?:sebar\w*|disebar\w*|"
            r"menyebar\w*|viral\w*|diviralkan|(?:di)?kirim(?:kan)? ke (?:semua |seluruh )?(?:kontak|keluarga|teman|kanto"
            r"r|atasan))\b",
            r"\b(?:pinjaman|pinjol|utang|hutang|tagihan|tunggakan|cicilan|angsuran)\b(?s:.){0,200}?\b(?:tim lapangan|d"
            r"ebt collector|dc|penagih|kolektor)\b[^.!?\n]{0,30}?\b(?:datang|mendatangi|ke|menghubungi|hubungi)\b "
            r"(?:ke )?(?:kantor|tempat kerja|atasan|hrd|bos)\b",
        ],
        "ms": [
            r"\b(?:pinjaman|hutang|ansuran|tunggakan|bayaran)\b(?s:.){0,200}?\b(?:gambar|foto|ic|mykad|data|maklumat|m"
            r"uka)\b(?:(?!\b(?:tidak|tak|bukan|tanpa)\b)[^.!?\n]){0,40}?\b(?:sebar\w*|disebar\w*|(?:di)?tular\w*|viral\w*|(?:di)"
            r"?hantar ke (?:semua )?(?:kenalan|kontak|keluarga|majikan|bos|pejabat))\b",
            r"\b(?:pinjaman|hutang|ansuran|tunggakan)\b(?s:.){0,200}?\b(?:team|pasukan|orang|budak) kami\b[^.!?\n]{0,20}?"
            r"\b(?:datang|pergi|serbu|jumpa)\b (?:ke )?(?:pejabat|tempat kerja|majikan|bos)\b",
        ],
        "en": [
            r"\b(?:loan|debt|repayment|overdue)\b(?s:.){0,200}?\b(?:photos?|id card|ic|selfie|data|face)\b"
            r"(?:(?!\b(?:not|never|won'?t)\b)[^.!?\n]){0,40}?\b(?:send\w*|sent|spread\w*|shar\w*|post\w*) (?:it |them )?to (?:all )?"
            r"(?:your )?(?:contacts|family|employer|boss|colleagues)\b",
        ],
    },
    S.URGENCY: {
        # "if it is not paid today"
        "id": [
            r"\b(?:bila|jika|kalau|kalo|apabila)\s+(?:tidak|tak|tdk|gak|belum)\s+(?:segera\s+)?(?:di)?(?:lunasi|lunas|b"
            r"ayar|bayarkan|transfer|selesaikan)\w*\b[^.!?\n]{0,20}?\b(?:hari ini|sekarang|malam ini|sore ini|dalam \d"
            r"+ jam)\b",
        ],
        "ms": [
            r"\b(?:jika|kalau|kalo|sekiranya|klu|kalu)\s+(?:tidak|tak|x|tk|belum)\s+(?:di)?(?:bayar|jelaskan|selesaika"
            r"n|settle|lunaskan|transfer|bank ?in)\w*\b[^.!?\n]{0,20}?\b(?:hari ini|hari ni|harini|sekarang|malam ni|"
            r"malam ini|dalam \d+ jam)\b",
        ],
    },
    S.PRIZE_LURE: {
        # a prize or voucher claimed by sharing the message to a number of groups or friends
        lang: [
            rf"{_SHARE_PRIZE[lang]}(?s:.){{0,150}}?{_SHARE_N[lang]}",
            rf"{_SHARE_N[lang]}(?s:.){{0,150}}?{_SHARE_PRIZE[lang]}",
        ]
        for lang in _SHARE_N
    }
    | {
        "zh": [
            r"(?:红包|奖品|礼品|礼包|优惠券|购物券|免费|领取)[^\n]{0,60}?(?:分享|转发)(?:到|给|至)?\d+个?(?:群|微信群|好友|朋友)",
            r"(?:分享|转发)(?:到|给|至)?\d+个?(?:群|微信群|好友|朋友)[^\n]{0,60}?(?:红包|奖品|礼品|礼包|优惠券|购物券|免费|领取)",
        ],
        "th": [
            r"(?:รางวัล|ของขวัญ|คูปอง|บัตรกำนัล|ฟรี|แจก)[^\n]{0,80}?แชร์(?:ไป|ให้|ลง|ต่อ)?(?:ยัง)?\d+(?:กลุ่ม|คน)",
            r"แชร์(?:ไป|ให้|ลง|ต่อ)?(?:ยัง)?\d+(?:กลุ่ม|คน)[^\n]{0,80}?(?:รางวัล|ของขวัญ|คูปอง|บัตรกำนัล|ฟรี|รับสิทธิ์)",
        ],
    },
    S.INVESTMENT_LURE: {
        # an online arisan, kutu or hụi slot: pay an amount now, collect a bigger one
        "id": [
            rf"\barisan\b[^.!?\n]{{0,30}}?\b(?:online|menurun|duos|get|slot)\b(?s:.){{0,150}}?\b(?:bayar|setor|iuran|modal|tf|transfer)\b[^.!?\n]{{0,20}}?{_ID_MONEY}"
            rf"[^.!?\n]{{0,20}}?\b(?:narik|tarik|dapat|dpt|cair|terima|get|jadi)\b[^.!?\n]{{0,10}}?{_ID_MONEY}",
        ],
        "ms": [
            rf"\bkutu\b[^.!?\n]{{0,30}}?\b(?:online|slot|duit|emas)\b(?s:.){{0,150}}?\b(?:bayar|masuk|letak|bank ?in)\b[^.!?\n]{{0,20}}?{_MS_MONEY}"
            rf"[^.!?\n]{{0,20}}?\b(?:dapat|dpt|terima|cabut|collect|get)\b[^.!?\n]{{0,10}}?{_MS_MONEY}",
        ],
        "vi": [
            r"\bhụi\b[^.!?\n]{0,30}?\b(?:online|slot|suất|chân)\b(?s:.){0,150}?\b(?:đóng|góp)\b[^.!?\n]{0,20}?\d+ ?(?:k|n"
            r"ghìn|ngàn|tr|triệu)\b[^.!?\n]{0,20}?\b(?:hốt|nhận|được)\b[^.!?\n]{0,10}?\d+ ?(?:k|tr|triệu)\b",
        ],
        # a token presale, or a coin promised to rise many times over (runs on all Latin-script text)
        "en": [
            r"\b(?:presale|pre-sale|pre sale|private sale|ico|ido)\b[^.!?\n]{0,40}?\b(?:tokens?|coins?|koin|crypto|kripto)\b",
            r"\b(?:tokens?|coins?|koin)\b[^.!?\n]{0,40}?\b(?:presale|pre-sale|private sale)\b",
            r"\b(?:tokens?|coins?|koin|crypto|kripto|listing)\b(?s:.){0,80}?\b\d{1,4} ?x (?:lipat|ganda|gains?|returns?|"
            r"profit)\b",
        ],
    },
    S.PREMIUM_RATE: {
        # a keyword service whose tariff is per a few days or a week; any keyword to a five-digit code for a
        # horoscope or match-making reading
        "id": [
            r"\b(?:ketik|sms|balas)\b (?:reg|on|daftar)\b[^\n]{0,30}?\b(?:kirim|krm|send|ke)\b (?:ke )?\d{4,5}\b(?s:.){0,1"
            r"20}?(?:rp\.? ?\d[\d.,]*|\d[\d.,]* ?rupiah) ?(?:/ ?|per |setiap )(?:\d+ ?)?(?:hr|hari|mgg|minggu)\b",
            rf"{_PREMIUM_CONTENT}(?s:.){{0,120}}?\b(?:balas|ketik|sms)\b (?:[a-z0-9]+ ){{1,2}}?(?:kirim )?ke \d{{5,6}}\b",
        ],
        "ms": [
            r"\b(?:taip|hantar|sms|balas|reply)\b (?:on|reg|daftar|ok|ya|start)\b[^\n]{0,30}?\b(?:ke|to)\b \d{4,6}\b(?s:."
            r"){0,120}?(?:rm ?\d+(?:\.\d+)?|\d+ ?sen) ?(?:/ ?|se|setiap |per )(?:\d+ ?)?(?:hari|minggu|mgg)\b",
            rf"{_PREMIUM_CONTENT}(?s:.){{0,120}}?\b(?:balas|taip|hantar|sms|reply)\b (?:[a-z0-9]+ ){{1,2}}?(?:ke|to) \d{{5,6}}\b",
        ],
    },
}
# Malay classes from the misses of round 25 (the callback scam of a bank impostor):
# * a card or account said to be blocked, with a number to call "to reactivate it" ("Kad Debit anda telah DISEKAT.
#   Sila hubungi 03-… untuk aktifkan semula", "kartu Anda diblokir, hubungi 021-… untuk mengaktifkan kembali"): the
#   call is the only way offered back, to the impostor's "card centre". A bank's own notice offers its app or a branch
#   and gives the number as the other way ("buka sekatan di app atau hubungi …"), or explains the block by the holder's
#   own request or wrong PINs; neither reads so.
_IDMS_BLOCKED = (
    r"\b(?:disekat|dibekukan|digantung|diblok|diblock|diblokir|dinyahaktifkan|dinonaktifkan|dikunci|ditahan)\b"
)
_IDMS_OWN_CAUSE = (
    r"(?!(?s:.){0,160}?\b(?:atas permintaan|permintaan anda|sesuai permintaan|salah (?:pin|kata laluan|password|kata sandi)|"
    r"(?:pin|kata laluan|password|kata sandi) salah|gagal)\b)"
)
_IDMS_CALL = r"(?<!atau )(?<!or )\b(?:hubungi|telefon|telepon|telp|call|dail|dial)\b"
_IDMS_REACTIVATE = (
    r"\buntuk (?:mengaktifkan|aktifkan|aktif|membuka|buka|memulihkan|pulihkan|menyahsekat|nyahsekat|membuka blokir|"
    r"buka blokir)(?: semula| kembali| sekatan)?\b"
)
_MS_ID_R25_BLOCKED_CARD_CALLBACKS: dict[S, dict[str, list[str]]] = {
    S.IMPERSONATION: {
        lang: [
            rf"\b(?:kad|akaun|kartu|rekening|akun|card)\b{_IDMS_OWN_CAUSE}[^.!?\n]{{0,60}}?{_IDMS_BLOCKED}(?s:.){{0,80}}?"
            rf"{_IDMS_CALL}[^.!?\n]{{0,20}}?{_CALL_NUM}[^.!?\n]{{0,15}}?{_IDMS_REACTIVATE}",
            rf"\b(?:kad|akaun|kartu|rekening|akun|card)\b{_IDMS_OWN_CAUSE}[^.!?\n]{{0,60}}?{_IDMS_BLOCKED}(?s:.){{0,80}}?"
            rf"{_IDMS_REACTIVATE}[^.!?\n]{{0,20}}?{_IDMS_CALL}[^.!?\n]{{0,20}}?{_CALL_NUM}",
        ]
        for lang in ("ms", "id")
    },
}
# Thai classes from the misses and false flags of the twenty-third round:
# * a distant romance persona (an oil rig, a ship, a peace-keeping army) who dreams of, or promises, a meeting and a
#   life together soon ("ฝันว่าเราได้ไป…ด้วยกัน", "อีกไม่นานเราจะได้เจอกัน");
# * a SIM "upgrade" or replacement that asks for the digits on the back of the SIM card (its serial, what a SIM swap
#   needs);
# * a code that "will be sent to you" by a mistaken transaction (a number port, a wrong-number order), to be told back
#   to the caller "to cancel it";
# * a QR the reader is to scan to *receive* money, or to confirm a hand-out with a banking app (a QR pays, it never
#   receives): a buyer whose bank "needs the seller to scan", a relief payment confirmed by a scan;
# * a username and a password sent to an address ("ส่ง username และ password มาที่ …"), the mail-migration lure;
# * money said to be owed to the reader (a pension, a refund, an unclaimed benefit), claimed by adding a LINE account;
# * a small stake that returns a fixed sum of baht every month or day, or a return "guaranteed by the government".
_TH_ROMANCE_TOGETHER = (
    r"(?:ฝัน(?:ว่า|ถึง)(?:เรา|คุณ|ที่รัก)|(?:อีกไม่นาน|เร็วๆนี้|เร็ว ๆ นี้|อีกไม่กี่(?:วัน|เดือน|สัปดาห์))[^\n]{0,20}?"
    r"(?:ได้เจอกัน|เจอกัน|ได้อยู่ด้วยกัน|อยู่ด้วยกัน|ได้ใช้ชีวิตด้วยกัน)|อีกไม่นานเกินรอ|ได้ใช้ชีวิต(?:ร่วม|ด้วย)กัน)"
)
# (the persona written here: the older _TH_ROMANCE_PERSONA is defined further down the module)
_TH_FAR_AWAY_PERSONA = (
    r"(?:แท่นขุดเจาะ|ขุดเจาะน้ำมัน|นอกชายฝั่ง|กลางทะเล|ทำงานบนเรือ|เรือบรรทุกน้ำมัน|ทหาร(?:อเมริกัน|สหประชาชาติ|ยูเอ็น)|"
    r"หมอทหาร|แพทย์ทหาร|กองกำลังรักษาสันติภาพ)"
)
_TH_SIM_BACK_DIGITS = r"(?:เลข(?:\s?\d{2}\s?หลัก)?\s?(?:หลัง|ด้านหลัง|บน)(?:ซิม|บัตรซิม)|เลขซีเรียล(?:ซิม|ของซิม)|iccid)"
_TH_CREDENTIAL_PAIR = (
    r"(?:username|user ?name|ชื่อผู้ใช้|ยูสเซอร์|อีเมล)[^\n]{0,20}?(?:และ|กับ|พร้อม|\+|/)\s?(?:password|รหัสผ่าน|พาสเวิร์ด)"
)
_TH_OWED_MONEY = (
    r"(?:เงิน[^\s]{0,20}?(?:คงค้าง|ตกค้าง|ค้างจ่าย|ค้างรับ)|(?:คงค้าง|ตกค้าง|ค้างจ่าย|ค้างรับ)[^\n]{0,10}?\d[\d,]*\s?บาท|"
    r"ยังไม่ได้(?:รับ|ขอรับ|เบิก)(?:เงิน)?|เงินคืนภาษี|สิทธิ์(?:รับ)?เงิน)"
)
_TH_ADD_LINE = r"(?:เพิ่มเพื่อน|แอด|add)\s?(?:ไลน์|line)"
_TH_ROMANCE_SIMS_CODES_RECEIVING_QRS_AND_OWED_MONEY: dict[S, dict[str, list[str]]] = {
    S.INVESTMENT_LURE: {
        "th": [
            rf"{_TH_FAR_AWAY_PERSONA}[^\n]{{0,200}}?{_TH_ROMANCE_TOGETHER}",
            rf"{_TH_ROMANCE_TOGETHER}[^\n]{{0,200}}?{_TH_FAR_AWAY_PERSONA}",
            # a fixed sum of baht per month or day on a small stake
            r"(?:เริ่มต้น|เริ่ม|ลงทุน|ลง)(?:เพียง|แค่|ที่)?\s?\d[\d,]*\s?บาท[^\n]{0,40}?(?:รับ|ได้|ปันผล|กำไร)"
            r"(?:ผลตอบแทน|กำไร|ปันผล|รายได้)?\s?(?:(?:เดือนละ|วันละ|สัปดาห์ละ)\s?\d[\d,]*\s?บาท|\d[\d,]*\s?บาท\s?(?:/\s?|ต่อ|ทุก)?\s?"
            r"(?:เดือน|วัน|สัปดาห์|อาทิตย์))",
            r"(?:ผลตอบแทน|กำไร|ปันผล)[^\n]{0,60}?(?:การันตี|รับประกัน|ค้ำประกัน)(?:โดย)?(?:รัฐบาล|รัฐ|ภาครัฐ)",
        ],
    },
    S.OTP_REQUEST: {
        "th": [
            rf"(?:เตรียม|ส่ง|แจ้ง|บอก|อ่าน|ขอ|ถ่ายรูป|พิมพ์)[^\n]{{0,30}}?{_TH_SIM_BACK_DIGITS}",
            # the incoming code, told back to the caller "to cancel" a transaction made "by mistake" (a colleague who
            # asks for the code of a shared company login is not this: no mistake, nothing to cancel)
            rf"(?:ผิดเบอร์|ผิดคน|ทำรายการผิด|กดผิด|ส่งผิด|ใส่เบอร์ผิด|ผิดพลาด)[^\n]{{0,100}}?{_TH_CODE}[^\s]{{0,10}}?(?:ส่งไป|ส่งเข้า|"
            r"เข้าไป|เด้งไป|ไปที่)[^\n]{0,40}?(?:บอก|แจ้ง|อ่าน)(?:ให้|กลับ)?(?:ผม|ดิฉัน|หนู|พี่|เจ้าหน้าที่|พนักงาน|มา|ด้วย|หน่อย)",
            rf"{_TH_CODE}[^\s]{{0,10}}?(?:ส่งไป|ส่งเข้า|เข้าไป|เด้งไป|ไปที่)[^\n]{{0,40}}?(?:บอก|แจ้ง|อ่าน)(?:ให้|กลับ)?"
            r"(?:ผม|ดิฉัน|หนู|พี่|เจ้าหน้าที่|พนักงาน|มา|ด้วย|หน่อย)[^\n]{0,20}?(?:เพื่อ)?(?:ยกเลิก|ระงับ|หยุด)(?:รายการ|การ)",
        ],
    },
    S.PASSWORD_REQUEST: {
        "th": [
            rf"ส่ง[^\n]{{0,10}}?{_TH_CREDENTIAL_PAIR}[^\n]{{0,30}}?(?:มาที่|มายัง|มาทาง|กลับมา|ตอบกลับ|ไปที่\s?[a-z0-9._-]+a[a-z0-9-]+\.)",
        ],
    },
    S.PAYMENT_REQUEST: {
        "th": [
            # the payee told to scan a QR to *receive* money
            r"(?:สแกน|แสกน)[^\n]{0,40}?(?:ยืนยัน(?:การ)?รับ(?:เงิน|ยอด|โอน)|ยืนยันยอด(?:เงิน)?(?:ที่)?(?:จะ)?(?:ได้)?รับ|รับเงินโอน)",
            r"(?:ผู้รับ|คนรับ|ผู้ขาย|คนขาย)(?:เงิน)?(?:ต้อง|จะต้อง)?(?:สแกน|แสกน)(?:qr|คิวอาร์)[^\n]{0,30}?(?:รับ|ยืนยัน)",
            # a hand-out confirmed by scanning with a banking app
            r"(?:สแกน|แสกน)(?:qr|คิวอาร์)?[^\n]{0,30}?(?:ด้วย|ผ่าน|ใน|บน)?(?:แอป|แอพ|แอปพลิเคชัน)(?:ของ)?ธนาคาร[^\n]{0,20}?"
            r"(?:ยืนยันสิทธิ์|รับสิทธิ์|รับเงิน|ลงทะเบียน|ยืนยันตัวตนรับ)",
        ],
    },
    S.OFF_PLATFORM: {
        "th": [
            rf"{_TH_OWED_MONEY}[^\n]{{0,80}}?{_TH_ADD_LINE}[^\n]{{0,40}}?(?:ยื่นเรื่อง|รับเงิน|ขอรับ|ติดต่อรับ|รับสิทธิ์|เบิก)",
        ],
    },
}
# Chinese classes from the misses of the sixteenth round (Simplified and Traditional; folding leaves some Traditional
# characters as they are, so both are written):
# * a ban announced in the passive without its subject in the same clause ("账号被多人投诉，即将被永久封号");
# * a customer-service agent reached on a chat app by its id ("客服QQ：123456789"), and "add my *new* QQ / WeChat";
# * the one-time code "you will receive", to be replied or given back ("回复…稍后收到的短信验证码");
# * a lender that wants money deposited "to verify your repayment ability / bank flow" before paying out the loan;
# * an illness or hardship plea that ends on a personal wallet or card number ("求好心人…支付宝：158…");
# * a "mentor" or "teacher" whose trades one follows, and a claim of never losing, next to a market or trading word;
# * home typing / part-time work paid by the hour or day (the task-job lure);
# * a "wrong contact added" opener turned into a compliment or a wish to be friends;
# * a membership "mistakenly" upgraded that will be charged every month unless a number is called to cancel it.
_ZH_TRADING = (
    r"(?:进场|進場|入场|入場|点位|點位|行情|回调|回調|抄底|期货|期貨|黄金|黃金|股票|炒股|外汇|外匯|比特币|虚拟币|虛擬幣|"
    r"币圈|幣圈|赚了|賺了|收益|盈利|投资|投資|理财|理財|平台)"
)
_ZH_MENTOR = r"(?:导师|導師|老师|老師|大师|大師|分析师|分析師)"
_ZH_NEVER_LOST = (
    r"(?:从来?没(?:有)?亏过|從來?沒(?:有)?虧過|从不亏|從不虧|从未亏|從未虧|只赚不亏|只賺不虧|稳赚不赔|穩賺不賠|"
    r"包赚不赔|包賺不賠|保本保收益|零风险|零風險)"
)
_ZH_PERSONAL_WALLET = r"(?:支付宝|支付寶|微信|银行卡|銀行卡|卡号|卡號|账号|帳號)(?:号|號)?[:：]\s?[\d*]"
_ZH_BANS_MENTORS_LOAN_DEPOSITS_AND_PLEAS: dict[S, dict[str, list[str]]] = {
    S.ACCOUNT_THREAT: {
        "zh": [
            # "即将被永久封号", "會被凍結": the passive ban itself, whatever the clause before it names
            r"(?:即将|即將|将|將|会|會)被(?:永久|永久性)?(?:封号|封號|封禁|封停|冻结|凍結|注销|註銷)",
            # "会员被误设为代理商级别，每月将自动扣除600元": a charge the user never chose, to be cancelled by calling
            r"(?:误设|誤設|误开通|誤開通|误升级|誤升級|错误开通|錯誤開通)[^\n]{0,40}?(?:自动扣|自動扣|每月扣|扣除|扣费|扣費|扣款)",
        ],
    },
    S.OFF_PLATFORM: {
        "zh": [
            r"(?:客服|专员|專員|经理|經理|助理|导师|導師)(?:的)?(?:qq|微信|vx|wx|line|telegram)(?:号|號)?[:：]\s?[a-z0-9@_-]{5,}",
            r"(?:加|添加)(?:一下)?我(?:这个|這個|的)?新(?:的)?(?:微信|qq|line|账号|賬號|帳號|号|號)",
        ],
    },
    S.OTP_REQUEST: {
        "zh": [
            rf"(?:{_ZH_GIVE}|回覆|告知)[^。！？\n]{{0,20}}?(?:稍后|稍後|随后|隨後|马上|馬上|即将|即將)?(?:收到|接收到|获取|獲取)"
            rf"的(?:短信|簡訊|手机|手機)?{_ZH_CODE}",
        ],
    },
    S.PAYMENT_REQUEST: {
        "zh": [
            # the loan "needs proof of repayment ability": a deposit before the payout (a real lender checks
            # statements, it does not ask for money to be moved first)
            r"(?:放款前|下款前|放款之前|下款之前|到账前|到賬前|(?:验证|驗證|证明|證明|核验|核驗)(?:您的|你的)?(?:还款能力|還款能力|资金实力|資金實力))"
            r"[^\n]{0,40}?(?:存入|转入|轉入|打入|存够|存夠|充值|转账|轉賬|缴纳|繳納)",
            r"(?:存入|转入|轉入|打入)[^\n]{0,40}?(?:核验流水|核驗流水|验证流水|驗證流水|刷流水|验证还款能力|驗證還款能力)",
            # a plea for an illness or hardship that ends on a personal wallet or card number
            rf"(?:好心人|爱心人士|愛心人士|好心的|手术费|手術費|医药费|醫藥費|治疗费|治療費|救命钱|救命錢|换肾|換腎)[^\n]{{0,80}}?{_ZH_PERSONAL_WALLET}",
        ],
    },
    S.INVESTMENT_LURE: {
        "zh": [
            # following a "mentor's" trades, next to a market or profit word (not a lab class "跟着老师操作")
            rf"{_ZH_TRADING}[^\n]{{0,60}}?(?:跟着|跟著|跟随|跟隨)(?:我们的?|我的)?{_ZH_MENTOR}(?:一起)?"
            r"(?:操作|做单|做單|下单|下單|进场|進場|投资|投資|炒|买|買)",
            rf"(?:跟着|跟著|跟随|跟隨)(?:我们的?|我的)?{_ZH_MENTOR}(?:一起)?(?:操作|做单|做單|下单|下單|进场|進場|投资|投資|炒|买|買)"
            rf"[^\n]{{0,80}}?{_ZH_TRADING}",
            # "never lost once" about a market call
            rf"{_ZH_TRADING}[^\n]{{0,100}}?{_ZH_NEVER_LOST}|{_ZH_NEVER_LOST}[^\n]{{0,100}}?{_ZH_TRADING}",
            # home typing / part-time work paid by the hour or day
            r"(?:打字员|打字員|居家兼职|居家兼職|在家兼职|在家兼職|居家打字|在家打字|手机兼职|手機兼職)[^\n]{0,40}?"
            r"(?:时薪|時薪|日薪|日结|日結|佣金|每小时|每小時)",
            r"(?:时薪|時薪|日薪|日结|日結)[^\n]{0,40}?(?:打字员|打字員|居家兼职|居家兼職|在家兼职|在家兼職|居家打字|在家打字)",
        ],
    },
    S.IMPERSONATION: {
        "zh": [
            # "不好意思加错人了……看你头像好有气质，交个朋友吗": the stranger's opener of a romance or investment scam
            r"(?:加错人|加錯人|加错了|加錯了|发错人|發錯人|认错人|認錯人)[^\n]{0,80}?"
            r"(?:交个朋友|交個朋友|做个朋友|做個朋友|认识一下|認識一下|有气质|有氣質|头像|頭像|大头贴|大頭貼|缘分|緣分)",
        ],
    },
}
# Arabic and English tactics: the boss's new or personal number with an order to keep it from colleagues
# (the opener of the CEO-transfer fraud; the order is a lookahead, so that its "don't" does not negate the match), a relative's or friend's broken phone with money asked, a new acquaintance
# (a match, a "wrong number") who teaches trading or keeps chatting, guaranteed weekly or monthly returns, a loan
# promised whatever the credit record, money through a transfer service to a name, a charity paid into a private
# person's account, a Nafath approval "to cancel" a transaction, a code to hand to the employee who will call, a
# technician acting on the device from afar, a QR code scanned into WhatsApp's linked devices, the SIM card's serial,
# a phone number "that has won", "press 9 for cyber crime", and a job that asks a refundable deposit.
_EN_NEW_NUMBER = r"\b(?:(?:save|saved|note|add) (?:my|this) (?:new |personal |private )?(?:number|no\.?|contact)|(?:my|this is my) (?:new|personal|private) (?:number|no\.?|line|whatsapp))\b"
_EN_KEEP_FROM_OTHERS = r"\b(?:don'?t|do not|pls don'?t|please don'?t) (?:tell|inform|mention (?:it |this )?to|share (?:it |this )?with) (?:the others|others|anyone|anybody|the team|colleagues|your colleagues|other staff)\b|\bkeep (?:this|it) (?:between us|confidential|to yourself)\b"
_AR_NEW_NUMBER = r"(?:رقمي (?:الشخصي|الخاص|الجديد)|هذا رقمي|ده رقمي|دا رقمي|احفظ(?:ي)? (?:ال)?رقم(?:ي)?|سجل(?:ي)? رقمي)"
_AR_KEEP_FROM_OTHERS = r"(?:متكلم(?:ي)?ش|متقول(?:ي)?ش|متعرف(?:ي)?ش|لا (?:تخبر|تقول|تكلم|تبلغ|تعلم)(?:ي)?|ما (?:تقول|تعلم|تخبر)(?:ي)?) (?:حد|احد|أحد|أي احد|اي حد|الزملاء|زملاءك)"
_AR_PHONE_BROKEN = (
    r"(?:تلفوني|تليفوني|جوالي|موبايلي|هاتفي|جهازي) (?:خربان|خرب|انكسر|اتكسر|مكسور|ضاع|ضايع|انسرق|اتسرق|طاح|عطلان|وقع)"
)
_AR_TEACH_TRADE = r"(?:اعلمك|أعلمك|بعلمك|راح اعلمك|اقدر اعلمك)[^.!؟\n]{0,40}(?:التداول|تداول|الكريبتو|العملات الرقمية|الفوركس|الاسهم|الأسهم)"
# The order to keep the phone switched off while "the carrier upgrades the SIM" (Vietnamese), worded as a ban on
# switching it back on ("tắt nguồn, không được bật máy lại cho đến khi chuyển đổi eSIM xong"): the hours a swapped SIM
# needs to receive the victim's codes. Only with the carrier's or the SIM's words around it: an exam room's or a
# flight's "tắt máy, không được mở máy" names no SIM, system or carrier.
_VI_PHONE_OFF = r"\btắt (?:nguồn|máy|điện thoại|đt|di động)\b"
_VI_STAY_OFF = (
    r"\b(?:đừng|không được|không nên|tuyệt đối không|chưa được) (?:mở|bật) (?:lại )?(?:máy|nguồn|điện thoại|đt)\b"
)
_VI_SIM_CONTEXT = (
    r"\b(?:e?sim|nhà mạng|thuê bao|tổng đài|hệ thống|cập nhật|nâng cấp|đồng bộ|kích hoạt|chuyển đổi|chuẩn hóa|"
    r"4g|5g|viettel|vinaphone|mobifone)\b"
)
_VI_KEEP_PHONE_OFF_ORDERS: dict[S, dict[str, list[str]]] = {
    S.ACCOUNT_THREAT: {
        "vi": [
            rf"{_VI_PHONE_OFF}[^.!?\n]{{0,40}}?{_VI_STAY_OFF}(?=[^\n]{{0,80}}?{_VI_SIM_CONTEXT})",
            rf"{_VI_SIM_CONTEXT}[^\n]{{0,80}}?{_VI_PHONE_OFF}[^.!?\n]{{0,40}}?{_VI_STAY_OFF}",
        ],
    },
}


# A payment or a donation asked to a personal payment handle rather than to an organisation's account: a UPI ID
# ("name@ybl", "name@okaxis"), an InstaPay address, a free-mail address (PayPal or Zelle to "name@gmail.com", Alipay
# to "name@163.com"), an e-wallet with a mobile number (GCash, DANA, MoMo, TrueMoney), or "my gmail / my PayPal".
# Lenders, employers, couriers and charities take fees and gifts into their own merchant or bank accounts; a fee, a
# deposit or a donation routed to a person's handle is the advance-fee, job-kit and fake-appeal scam. Only with the
# fee or donation words of the request: a friend's "send 200 to my UPI" and a bank's "debited to VPA x@okaxis" are
# neither (a receipt's "paid", "sent", "donation received" is no request). Folding reads an "@" between letters as
# the look-alike "a" ("loan@ybl" folds to "loanaybl"), hence "[@a]".
_PAY_HANDLE = (
    r"(?:[a-z0-9][a-z0-9._-]{1,40}[@a](?:ok(?:axis|sbi|hdfcbank|icici)|ybl|ibl|axl|paytm|upi|apl|yapl|ptyes|ptaxis|"
    r"pthdfc|ptsbi|axisbank|icici|hdfcbank|sbi|kotak|freecharge|instapay)(?![\w.@])"
    r"|[a-z0-9][a-z0-9._+-]{0,63}[@a](?:gmail|googlemail|yahoo|ymail|rocketmail|outlook|hotmail|icloud|"
    r"protonmail|proton|gmx|yandex|qq|163|126)\.[a-z]{2,3}(?:\.[a-z]{2})?(?![\w@]))"
)
_WALLET = (
    r"(?:upi(?: id)?|vpa|paypal|gcash|maya|zelle|venmo|cash ?app|e-?wallet|dana|ovo|gopay|shopeepay|"
    r"touch ?n ?go|tng|boost|momo|zalopay|viettelpay|ví điện tử|truemoney|ทรูมันนี่|支付宝|alipay|微信|wechat pay|"
    r"instapay|انستاباي|انستا باي|stc ?pay|فودافون كاش|اورنج كاش)"
)
# the handle itself, or a wallet followed by a mobile number
_PAY_TARGET = rf"(?:{_PAY_HANDLE}|{_WALLET}[^\d\n]{{0,12}}?\+?\d[\d -]{{8,13}}\d)"
_EN_PAY_FEE = (
    r"(?:fees?|charges?|deposit|security|registration|processing|advance|fine|penalty|clearance|tax|insurance|"
    r"release|activation|kit)"
)
_LINKS_PAYMENT_TO_PERSONAL_HANDLES: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "en": [
            rf"\b(?:donate|contribute|chip in|send (?:your |in )?(?:donations?|contributions?|support|help))\b[^.!?\n]{{0,80}}?\b(?:to|via|on|into|through|at)\b[^!?\n]{{0,40}}?{_PAY_TARGET}",
            rf"\b(?:pay|send|transfer|deposit|remit)\b[^.!?\n]{{0,60}}?\b{_EN_PAY_FEE}\b[^!?\n]{{0,40}}?\b(?:to|via|on|into|through|at)\b[^!?\n]{{0,30}}?(?:{_PAY_TARGET}|\bmy (?:personal )?(?:gmail|paypal|e-?mail|upi(?: id)?|gcash|e-?wallet)\b)",
            rf"\b{_EN_PAY_FEE}\b[^.!?\n]{{0,40}}?\b(?:must|should|has to|have to|needs? to|is to) be (?:paid|sent|transferred|deposited)\b[^!?\n]{{0,30}}?\b(?:to|via|on|into|through|at)\b[^!?\n]{{0,30}}?{_PAY_TARGET}",
        ],
        "id": [
            rf"\b(?:donasikan|sumbangkan|salurkan|infakkan|sedekahkan|(?:ayo|yuk|mari|silakan) (?:ber)?donasi|(?:kirim|beri|berikan) (?:donasi|sumbangan))\b[^.!?\n]{{0,80}}?\b(?:ke|melalui|via|lewat|kepada)\b[^!?\n]{{0,40}}?{_PAY_TARGET}",
            rf"\b(?:bayar|bayarkan|transfer|transferkan|kirim|kirimkan|setor|setorkan|tf)\b[^.!?\n]{{0,60}}?\b(?:biaya|deposit|denda|pendaftaran|administrasi|admin|asuransi|pajak|jaminan|pencairan|aktivasi)\b[^!?\n]{{0,40}}?\b(?:ke|melalui|via|lewat|kepada)\b[^!?\n]{{0,30}}?{_PAY_TARGET}",
        ],
        "ms": [
            rf"\b(?:dermakan|sumbangkan|salurkan|infakkan|sedekahkan|hulurkan|(?:beri|buat|hulur|hantar) (?:derma|sumbangan))\b[^.!?\n]{{0,80}}?\b(?:ke|melalui|via|kepada)\b[^!?\n]{{0,40}}?{_PAY_TARGET}",
            rf"\b(?:bayar|bayarkan|transfer|pindahkan|hantar|hantarkan|masukkan|tf)\b[^.!?\n]{{0,60}}?\b(?:yuran|fi|caj|deposit|cagaran|denda|pendaftaran|pemprosesan|insurans|cukai|duti|pengeluaran|pengaktifan)\b[^!?\n]{{0,40}}?\b(?:ke|melalui|via|kepada)\b[^!?\n]{{0,30}}?{_PAY_TARGET}",
        ],
        "vi": [
            rf"(?<!đã )\b(?:ủng hộ|quyên góp|đóng góp|chung tay)\b(?:(?!biên nhận|biên lai|hóa đơn|cảm ơn)[^.!?\n]){{0,80}}?\b(?:qua|vào|tới|đến|về)\b[^!?\n]{{0,40}}?{_PAY_TARGET}",
            rf"\b(?:chuyển|chuyển khoản|ck|nộp|đóng|thanh toán)\b[^.!?\n]{{0,60}}?\b(?:phí|lệ phí|cọc|đặt cọc|tiền phạt|thuế|bảo hiểm|giải ngân|kích hoạt)\b[^!?\n]{{0,40}}?\b(?:qua|vào|tới|đến)\b[^!?\n]{{0,30}}?{_PAY_TARGET}",
        ],
        "th": [
            rf"(?:บริจาค|ร่วมทำบุญ|ร่วมบุญ|สมทบทุน)[^\n]{{0,60}}?(?:ผ่าน|เข้า|ไปที่|มาที่|ทาง)[^\n]{{0,30}}?{_PAY_TARGET}",
            rf"(?:โอน|ชำระ|จ่าย)[^\n]{{0,40}}?(?:ค่าธรรมเนียม|ค่ามัดจำ|มัดจำ|ค่าดำเนินการ|ค่าประกัน|ค่าปรับ|ภาษี|ค่าสมัคร|ค่าเอกสาร|ค่าปลดล็อก|ค่ายืนยัน)[^\n]{{0,40}}?(?:ผ่าน|เข้า|ไปที่|มาที่|ทาง)[^\n]{{0,30}}?{_PAY_TARGET}",
        ],
        "zh": [
            rf"(?<!感谢您的)(?<!感谢你的)(?:捐款|捐赠|捐助|献爱心|爱心款)(?:(?!收据|感谢)[^\n]){{0,40}}?(?:转到|转入|打到|汇到|转账到|转至|支付到)[^\n]{{0,20}}?{_PAY_TARGET}",
            rf"(?:手续费|保证金|押金|解冻费|激活费|认证费|税费|罚款|报名费|工本费|放款费)[^\n]{{0,40}}?(?:转到|转入|打到|汇到|转账到|转至|支付到|付到|发到)[^\n]{{0,20}}?{_PAY_TARGET}",
        ],
        "ar": [
            rf"(?<!\w)(?:تبرعوا|تبرع|ساهموا|ساهم|ادعموا|ادعم)(?!\w)[^.!؟\n]{{0,60}}?(?:على|عبر|الى|إلى|من خلال)[^!؟\n]{{0,40}}?{_PAY_TARGET}",
            rf"(?:حول|حولي|ادفع|ادفعي|سدد|سددي|ارسل|ابعت|ابعث)[^.!؟\n]{{0,40}}?(?:رسوم|الرسوم|تأمين|التأمين|عربون|العربون|غرامة|الغرامة|مصاريف|المصاريف|ضريبة|الضريبة)[^!؟\n]{{0,40}}?(?:على|عبر|الى|إلى|من خلال)[^!؟\n]{{0,30}}?{_PAY_TARGET}",
        ],
    },
}


_SECRET_ORDERS_STRANGERS_LOANS_AND_ACCOUNT_KEYS: dict[S, dict[str, list[str]]] = {
    S.IMPERSONATION: {
        "en": [
            # a superior's new or personal number, kept from the colleagues
            rf"\b(?:director|boss|ceo|md|manager|chairman|president|principal|head of)\b[^\n]{{0,120}}?{_EN_NEW_NUMBER}(?=[^\n]{{0,160}}?(?:{_EN_KEEP_FROM_OTHERS}))",
            rf"{_EN_NEW_NUMBER}[^\n]{{0,60}}?\b(?:director|boss|ceo|md|manager|chairman)\b(?=[^\n]{{0,160}}?(?:{_EN_KEEP_FROM_OTHERS}))",
            # the "wrong number" that keeps the conversation going
            r"\bwrong (?:number|person|contact)\b[^\n]{0,120}?\b(?:nice to meet you|where are you from|what'?s your name|may i know your name|can we be friends|be friends)\b",
        ],
        "ar": [
            rf"(?:المدير|مديرك|مديرتك|الرئيس التنفيذي|المدير العام|رئيس مجلس)[^\n]{{0,80}}?{_AR_NEW_NUMBER}(?=[^\n]{{0,160}}?{_AR_KEEP_FROM_OTHERS})",
            rf"{_AR_NEW_NUMBER}[^\n]{{0,160}}?(?:سري|سريه|مستعجل)(?=[^\n]{{0,80}}?{_AR_KEEP_FROM_OTHERS})",
            # a relative's or friend's phone broken, then money
            rf"{_AR_PHONE_BROKEN}[^\n]{{0,120}}?(?:حول|حوله|حولها|حولي|ارسل|ابعث|ابعت|محتاج|احتاج|ابي|ابغى)[^\n]{{0,40}}?(?:\d|ريال|درهم|دينار|جنيه|فلوس|مبلغ|ايبان|حساب)",
            r"(?:غلطت|غلط) (?:في |ب)(?:ال)?رقم[^\n]{0,120}?(?:تشرفت|سعيد(?:ه)? بمعرفتك|من وين انت|من اي بلد|ممكن نتعرف|ممكن نكون اصدقاء)",
        ],
    },
    S.INVESTMENT_LURE: {
        "en": [
            # a new acquaintance who teaches trading on "their" platform, or the inside information
            r"\b(?:i can (?:teach|show|guide) you|let me (?:teach|show|guide) you|i will (?:teach|show|guide) you)\b[^.!?\n]{0,60}?\b(?:crypto|trading|forex|metatrader|mt[45]|broker|(?:investment|trading) (?:platform|app|account))\b",
            r"\b(?:inside|insider) (?:info|information|tips?)\b[^\n]{0,80}?\b(?:pump|trade|trading|crypto|stock|coin|teach)\w*",
        ],
        "ar": [
            # a fixed or riskless return per day, week or month
            r"(?:يعطيك|تربح|ربح|ارباح|أرباح|عائد|بعائد)[^.!؟\n]{0,30}?\d[\d,.]*\s?(?:%|٪|ريال|درهم|دولار|جنيه|دينار)[^.!؟\n]{0,8}?(?:يوميا|اسبوعيا|أسبوعيا|شهريا|في اليوم|في الاسبوع|في الشهر|كل اسبوع|كل شهر)",
            r"(?:تداول|استثمار|استثمر|منصه|ارباح|عائد|ايداع)[^\n]{0,80}?بدون (?:اي |أي )?(?:مخاطره|مخاطر|مخاطرة)",
            _AR_TEACH_TRADE,
        ],
    },
    S.PRIZE_LURE: {
        "en": [
            # the phone number or address "has won" a draw
            r"\b(?:your )?(?:mobile |phone |cell )?(?:number|no\.?|e-?mail(?: address)?|sim(?: card)?) (?:has|have) (?:been )?(?:won|awarded)\b",
            # a loan promised whatever the credit record (lenders check it)
            r"\b(?:loan|cash|financing|credit|lend)\w*\b[^\n]{0,80}?\b(?:even with|despite|regardless of) (?:a )?(?:bad|poor|no) credit\b[^\n]{0,40}?\bno (?:credit )?checks?\b",
        ],
        "ar": [
            r"(?:تمويل|قرض|قروض|سلف|سلفه)[^\n]{0,120}?(?:حتى مع|مع وجود|رغم|بوجود) (?:وجود )?(?:قضايا|بلاك ليست|البلاك ليست|تعثر|متعثر|مديونيه|ديون|سمه)",
        ],
    },
    S.PAYMENT_REQUEST: {
        "en": [
            # stranded, card blocked: a wallet used as a verb ("can you GCash me 5k")
            r"\b(?:stuck|stranded|card (?:got |is |was )?(?:blocked|declined|frozen))\b[^\n]{0,80}?\b(?:gcash|venmo|zelle|paypal|cash ?app|maya|paynow|send|transfer|wire|lend) me\b",
            r"\b(?:send|wire|transfer)\b[^.!?\n]{0,30}?\b(?:via|through|by|with|using) (?:western union|moneygram|world ?remit)\b",
            # a job that asks a deposit or fee to start
            r"\b(?:shortlisted|selected|hired|employee id|onboarding|joining|job|role|position)\b[^\n]{0,100}?\b(?:deposit|pay|transfer)\b[^.!?\n]{0,30}?\b(?:refundable|security|registration|joining|training|activation)\b",
        ],
        "ar": [
            r"(?:حول|حولها|حوله|حولهم|ارسل|ابعث|ابعت)[^.!؟\n]{0,20}?(?:ويسترن يونيون|ويسترن|موني ?جرام|ويسترن يونين)",
            # a loan whose file fee is paid first
            r"(?:تمويل|قرض|سلفه)[^\n]{0,150}?(?:رسوم|رسم)[^.!؟\n]{0,40}?(?:مقدما|تدفع مقدم|قبل (?:التحويل|الصرف|الايداع))",
            # alms or a donation paid into a private person's account
            r"(?:زكاتك|زكاه|صدقه|صدقتك|تبرع|تبرعك)[^\n]{0,160}?(?:التحويل|حول|حولوا|تحويل)[^.!؟\n]{0,20}?(?:لحساب|على حساب|الى حساب|إلى حساب) (?:الام|الأم|الاب|الأب|الاسره|الأسرة|صاحب الحاله|المستفيد|الارمله)",
        ],
    },
    S.OTP_REQUEST: {
        "en": [
            # the SIM card's serial, the key to moving the number
            r"\b(?:reply|send|text|provide|give)\b[^.!?\n]{0,40}?\b(?:\d{2}-digit (?:number|code|serial)|serial (?:number|no)|iccid)\b[^.!?\n]{0,40}?\bsim\b",
            # a code to scan into WhatsApp's linked devices: the account handed over
            r"\bscan (?:this|my|the) (?:qr|code|qr code)\b[^\n]{0,60}?\b(?:linked devices?|link(?:ed)? a device)\b",
        ],
        "ar": [
            r"(?:امسح|صور|سكان|اسكان)[^.!؟\n]{0,20}?(?:هالكود|هذا الكود|ذا الكود|الكود اللي ارسلته|هالباركود|هذا الباركود)[^\n]{0,60}?(?:الاجهزه المرتبطه|الأجهزة المرتبطة|ربط جهاز)",
            # a Nafath approval asked "to cancel" or "to stop" a transaction
            r"(?:نلغي|نلغيها|الغاء|إلغاء|نوقف|نوقفها|ايقاف|إيقاف|نسترجع|استرجاع)[^.!؟\n]{0,60}?نفاذ[^.!؟\n]{0,60}?(?:اختر|اختار|وافق|اقبل|اكد|أكد|اضغط)",
            # a code sent now, to hand to the employee who will call
            r"(?:رمز|كود)[^.!؟\n]{0,80}?(?:تزويد|زود|اعطاء|اعط|ابلاغ)[^.!؟\n]{0,6}(?:ال)?(?:موظف|مندوب|ممثل)[^.!؟\n]{0,20}?(?:به|بها|بالرمز|بالكود)",
            # the Nafath "code" asked for (Nafath has none to hand over: the user picks a number in the app)
            r"(?:نحتاج|نحتاجك|محتاجين|نبي|نبغى|يلزمنا|المطلوب|ارسل|أرسل|ابعث|زودنا)[^.!؟\n]{0,40}?(?:رمز|كود|رقم) نفاذ",
            # someone who "wants" the code that has just reached the user (colloquial first-person or "the system wants")
            r"(?:يبي|يبغى|ابي|أبي|ابغى|نبي|محتاج|عايز|عاوز)[^.!؟\n]{0,20}?(?:ال)?(?:رمز|كود)[^.!؟\n]{0,20}?(?:اللي|الي|الذي) (?:وصلك|جاك|يوصلك|بيوصلك|وصلتك|جالك)",
            # the SIM serial
            r"(?:ارسل|أرسل|ابعث|زودنا|رد)[^.!؟\n]{0,30}?(?:الرقم التسلسلي|الرقم المكتوب (?:خلف|على ظهر)|ال ?iccid)[^.!؟\n]{0,20}?(?:الشريحه|الشريحة|شريحتك)",
        ],
    },
    S.REMOTE_ACCESS: {
        "ar": [
            # someone acting on the user's device from afar
            r"(?:الفني|الموظف|المختص|المندوب|فريقنا|الدعم)[^.!؟\n]{0,60}?عن بعد[^.!؟\n]{0,10}?(?:من|على|الى|إلى|في) (?:جهازك|جوالك|كمبيوترك|حاسوبك|هاتفك|موبايلك|لابتوبك)",
        ],
    },
    S.LEGAL_THREAT: {
        "en": [
            r"\b(?:number|sim|aadhaar|account|id|pan)\b[^.!?\n]{0,30}?\b(?:used|involved|linked) (?:in|for|to) (?:illegal|criminal|fraudulent|unlawful) (?:activit\w+|transactions?)",
            r"\bpress \d\b[^.!?\n]{0,30}?\b(?:talk|speak|connect)\w*\b[^.!?\n]{0,30}?\b(?:cyber ?crime|police|officer|customs|court|narcotics)",
        ],
    },
}

# Indonesian and Malay tactics (with English where the same wording plainly exists), one entry per tactic:
# * payment: "tolong tf" (the everyday short form of transfer) asked of the reader; a "refund" or prize collected at
#   an ATM by following a caller's instructions; a QR code scanned in the banking app "to receive" money or to
#   "verify" an account with a token amount (a payee never scans to be paid); the old agent, landlord's clerk or
#   treasurer "has left", so pay the account given here; a donation collected into a personal account; a child or
#   relative hurt and taken to a clinic, its fee paid into an account the writer sends; the marketplace's payment
#   "down", so transfer straight to the shop's account; an admirer's gift whose delivery or customs fee the reader
#   pays first, to be "paid back";
# * code: the code "you will get by SMS", to be given back to the writer; "I need the card number and the OTP the bank
#   sends"; the serial number on the back of the SIM card, replied to a message (SIM swap); the code that arrives,
#   typed into a link (a "vote" or contest page);
# * legal threat: a debt collector who will come to the house, the office or the workplace "if not paid";
# * investment lure: a return of N % within N days, weeks or months; an IPO "exclusive" to VIP members; a friend who
#   "withdrew" millions from a platform and suggests a first deposit; pay per video, like or screenshot.
_ID_CODE_ARRIVES = r"(?:yg|yang) (?:akan |nanti )?(?:masuk|dikirim|dikirimkan|muncul|diterima|sampai|bank kirim)"
_MS_CODE_ARRIVES = r"(?:yg|yang) (?:akan |nanti )?(?:masuk|dihantar|sampai|diterima|bank hantar|muncul)"
_OLD_HANDLER_LEFT = (
    r"\b(?:ejen|agent|agen|kerani|bendahari|bendahara|admin|pengurus|staf|staff|pegawai|marketing)\s+(?:yg |yang )?(?:lama|dulu|"
    r"sebelum ni|sebelumnya|previous)\b[^.!?\n]{0,30}?\b(?:dah |sudah |telah |udah |has )?(?:berhenti|resign\w*|keluar|"
    r"dipecat|tak kerja|tidak bekerja|ga kerja|left|quit)\b"
)
_PAY_ACCOUNT_ANY = (
    r"\b(?:bayar|bank ?in|transfer|tf|trf|pindahkan|masukkan|setor|pay|deposit)\b[^.!?\n]{0,40}?(?:\b(?:akaun|acc|"
    r"account|rekening|rek|norek)\b|\ba\.? ?n\b)"
)
_DEBT_WORD = r"\b(?:hutang|utang|pinjaman|tunggakan|penjamin|pinjol|ansuran|cicilan|loan|debt)\b"
# Legitimate wordings that share a signal's keyword (textsignals.py skips the match when one of them holds):
# * a shop's or bank's draw entered by a purchase or a top-up ("spend $80 in store to enter the draw", "setiap pembelian
#   … dapat", "belanja RM300 … berpeluang menang", "消费满499即可参加抽奖", "ลุ้น … เมื่อเติมเงินครบ 100 บาท",
#   "تسوق بـ 200 ريال واحصل على كوبون سحب"), or a win already credited to the reader's wallet or app ("added to your
#   account automatically", "telah dikreditkan", "đã được cấp vào tài khoản", "已自动存入"): nothing is asked of the
#   winner. A prize scam asks for a fee, a transfer, a click, a call or a sign-up on a site to claim
#   (``PRIZE_CLAIM_ROUTE``, after the prize word), and then stays a lure.
_PURCHASE_VERB_LATIN = (
    r"(?:spend|shop|buy|purchase|top[- ]?up|order|belanja|berbelanja|membeli|beli|pembelian|isi ulang|tambah nilai|"
    r"chi tiêu|mua|thanh toán hóa đơn|nạp tiền|nạp)"
)
PURCHASE_DRAW = (
    rf"(?:\b{_PURCHASE_VERB_LATIN}\b[^.!?\n]{{0,60}}?\b(?:to enter|enter the (?:draw|raffle)|entry|entries|raffle|"
    r"chance to win|berpeluang (?:untuk )?menang|peluang menang|ikuti undian|undian|cabutan|dapat \d|trúng|tặng|quay số)\b|"
    r"\b(?:win|menang|undian|cabutan|trúng|quay số|lucky draw|draw)\b[^.!?\n]{0,80}?\b(?:every|each|any|setiap|mỗi|khi)\b "
    rf"(?:[^\s.!?]+ ){{0,2}}?{_PURCHASE_VERB_LATIN}\b|"
    r"\b(?:every|each|with any|setiap|mỗi) (?:purchase|order|pembelian|đơn hàng|đơn|hóa đơn)\b|\bmin(?:imum)? spend\b|"
    r"\b(?:credited|added|deposited) (?:automatically|to your (?:[^\s.!?]+ )?(?:account|wallet|app))\b|"
    r"\b(?:telah |sudah |dah )?(?:dikreditkan|dimasukkan ke (?:app|aplikasi|akaun|e-?wallet))\b|"
    rf"\bđã (?:được )?(?:cấp|cộng|nằm) (?:vào|trong)\b{_IDMS24_PRIZE_IN_WALLET})|"  # (round 24: already in the wallet)
    r"(?:تسوق|اشتري|اشتر|مشتريات|الشحن|شراء)[^.!؟\n]{0,60}?سحب|سحب[^.!؟\n]{0,60}?(?:تسوق|مشتريات|الشحن|شراء)|"
    r"(?:消费满|消費滿|消费滿|满\d|滿\d|充值满|购物满|購物滿|購物满|买满|買滿|单笔满|單筆滿)[^。！？\n]{0,30}?(?:抽奖|抽獎)|已自动存入|已存入|自动到账|"
    # a shop's "满30减12" (12 off a 30 spend) coupon: spent on an order, nothing to claim
    r"(?:满|滿)\d+(?:减|減)\d+|"
    r"(?:ใช้จ่าย|เติมเงิน|เติมน้ำมัน|ช้อป|ซื้อ|ยอดซื้อ)[^\n]{0,40}?ครบ ?\d"
)
# ("kunjungi cabang", visit the branch, is no route: a card blocked at the holder's request is replaced there.)
PRIZE_CLAIM_ROUTE = (
    r"(?:(?:register|daftar|đăng ký|xác nhận|xác minh|confirm|verify|sahkan|kích hoạt|activate|ลงทะเบียน|ยืนยัน|注册|登记|"
    rf"确认|验证|سجل|تسجيل|تأكيد)[^\n]{{0,30}}?(?:{_LINK_ROUTE})|https?:|www\.|\b(?:click|tap|link|klik|tautan|pautan|bấm|nhấp|truy cập|visit(?! (?:your |our |the |any )?(?:nearest |closest )?branch)|kunjungi(?! (?:kantor )?cabang)|layari|(?<!nothing to )(?<!no need to )claim|nhận giải|nhận thưởng|transfer|chuyển khoản|stk|call|hubungi|gọi|"
    r"whatsapp|telegram|zalo|claim fee|(?:processing|handling|admin|administration|delivery|shipping|clearance|tax|release) "
    r"(?:fee|charge)s?|biaya|yuran|caj|phí)\b|رابط|اضغط|تحويل|رسوم|اتصل|واتساب|点击|链接|转账|汇款|手续费|运费|税费|致电|"
    r"微信|ลิงก์|ลิงค์|คลิก|โอน|ค่าธรรมเนียม|ค่าดำเนินการ|ค่าจัดส่ง|โทร|ไลน์)"
)
# A shop's or organiser's statement that it charges nothing ("Tiki không thu phí nhận thưởng dưới bất kỳ hình thức
# nào", "không thu bất kỳ khoản phí nào"), and a thing given "miễn phí" (free): its fee and claim words are what the
# shop does not ask, so they are no claim route (textsignals.py reads ``PRIZE_CLAIM_ROUTE`` outside these spans).
NO_FEE_STATEMENT = (
    r"\bmiễn phí\b|\bkhông (?:thu|lấy|yêu cầu|đòi|bắt)(?: (?:nộp|đóng|chuyển|trả))?(?: (?:bất kỳ|bất cứ|thêm))?(?: (?:khoản|loại|một))?"
    r" (?:phí|tiền|lệ phí|chi phí)(?: (?:nhận thưởng|nhận quà|nhận giải|trúng thưởng|nào))?\b"
)
# * colleagues' remote help with an office device ("I'll AnyDesk in to fix the printer driver", "remote vào máy lễ tân",
#   "用向日葵远程帮我看下打印机"): the tool is named for a printer, a scanner, a till or the reception PC. An IT ticket, an
#   Outlook upgrade or "fix it" is no such device: the fake helpdesk uses them ("Re ticket #4471: download AnyDesk and
#   send me the ID"). A remote-access scam names a bank, a refund, a virus, a withdrawal or money
#   (``REMOTE_SCAM_CONTEXT``), which keeps the signal.
REMOTE_OFFICE_CHORE = (
    r"(?:\b(?:printers?|scanners?|máy in|máy scan|pencetak|pengimbas|printer driver|pos|reception|front desk|kaunter|"
    r"lễ tân|projector|proyektor)\b|طابع|الطابعة|打印机|印表机|打印機|印表機|扫描仪|(?<![a-z])printer(?![a-z])|投影仪|投影機|投影机|会议室|會議室|跳板机|跳板機|堡垒机|堡壘機|"
    r"我(?:这边|這邊|来|來)?共享(?:屏幕|螢幕)|(?:帮|幫)(?:你|您)(?:装|裝|安装|安裝|重装|重裝|设定|設定|设置|設置)(?:返|好)?(?:office|outlook|teams|word|excel|erp|vpn|软件|軟件|驱动|驅動)|"
    r"ปริ้นเตอร์|ปริ้น|พรินเตอร์|พริ้นเตอร์|ปรินเตอร์|เครื่องพิมพ์|ไดรเวอร์|(?:โปรแกรม|เครื่อง)pos(?![a-z])"
    rf"{_IDMS24_REMOTE_OFFICE})"  # (round 24: the desk, the work laptop, the IT ticket)
)
REMOTE_SCAM_CONTEXT = (
    r"(?:\b(?:bank|banking|refund|virus|malware|hack\w*|infected|detected|dikesan|terdeteksi|transaction|money|loan|police|"
    r"withdraw\w*|wallet|crypto|microsoft|apple|technical support|tech support|ngân hàng|hoàn tiền|"
    r"giao dịch|chuyển tiền|khoản vay|công an|bị hack|rekening|akaun bank|pinjaman|polisi|polis|duit|uang|wang|tiền)\b|"
    r"بنك|البنك|استرداد|فيروس|اختراق|تحويل|银行|銀行|退款|病毒|转账|贷款|貸款|公安|警察|网银|網銀|验证码|驗證碼|校园贷|註銷|注销|ธนาคาร|คืนเงิน|เงินคืน|ไวรัส|โอนเงิน|ตำรวจ)"
)
# * a fee said to be taken out of what the reader receives ("the processing fee is deducted from your refund", "Caj
#   pemprosesan ditolak daripada", "Biaya administrasi dipotong dari saldo", "手续费从到账金额中扣除", "ค่าธรรมเนียมหักจาก"):
#   nothing is to be paid. "Cannot be deducted" / "tidak boleh ditolak" is the advance-fee scam's own line and keeps the
#   signal (``FEE_NOT_DEDUCTED``, between the fee and the verb).
FEE_DEDUCTED = (
    r"(?:\b(?:deducted|dipotong|ditolak (?:daripada|dari)|dipotong (?:daripada|dari)|potong dari|khấu trừ|trừ vào|trừ trực tiếp)\b|"
    # (a fee collected by the courier when the parcel is handed over, "phí thuế nếu có sẽ được thu khi nhận hàng":
    # nothing is paid before, to anyone the message names)
    r"\b(?:được )?thu (?:khi|lúc|tại thời điểm) (?:nhận|giao) (?:hàng|bưu gửi|bưu phẩm|kiện)\b|"
    r"扣除|扣减|自动扣|หักจาก|ถูกหัก|تخصم|يخصم|تُخصم|تستقطع)"
)
FEE_NOT_DEDUCTED = (
    r"(?:\b(?:cannot|can'?t|not|never|tidak|tak|tdk|bukan|không|chưa|chẳng)\b|不能|无法|不可|不会|ไม่|لا|لن|غير)"
)
# * an account, card or badge locked after the holder's own wrong entries ("locked after 5 wrong passwords", "bị tạm
#   khóa do nhập sai PIN 3 lần", "dikunci kalau 5x salah password", "ถูกล็อกเนื่องจากแตะผิดหลายครั้ง"): the lock is
#   explained by what the holder did, not threatened. Searched around the lock; a message with a link, a phone number
#   or a route word (click, call, chat, transfer: ``PRIZE_CLAIM_ROUTE``) keeps the signal ("locked after several
#   failed attempts, verify at http://…", "… call our card team on 03…"): the checker weighs such a notice by its route.
LOCKED_BY_WRONG_ENTRY = (
    r"(?:\b(?:wrong|incorrect|invalid|failed|unsuccessful) (?:pin|password|passcode|code|otp|attempts?|entries|tries)\b|"
    r"\b(?:wrong|incorrect|invalid|failed|unsuccessful) (?:sign[- ]?in|log[- ]?in|login|pin|password) attempts?\b|"
    r"\bnhập sai\b|\bsai (?:mật khẩu|pass|mã pin|pin)\b|\bsalah (?:pin|password|kata sandi|kata laluan|sandi)\b|"
    r"\b(?:pin|password|kata sandi|kata laluan) salah\b|ผิดหลายครั้ง|แตะผิด|ใส่รหัสผิด|รหัสผิด|กดผิด|输错|输入错误|密码错误|"
    r"(?:رمز|كلمة مرور|كلمة المرور|الرقم السري)[^.؟\n]{0,15}(?:خاطئ|خطا|خطأ)|محاولات خاطئة|"
    # ... or locked at the holder's own request, in the app or by calling (round 24: "Thẻ ghi nợ ***4512 đã được tạm
    # khóa theo yêu cầu của Quý khách", "card ending 1234 was frozen at your request")
    r"\btheo yêu cầu (?:của )?(?:quý khách|qk|bạn|anh|chị)\b|\b(?:at|as per|following|upon) your (?:own )?request\b|"
    r"\bas you requested\b|\batas (?:permintaan|permohonan) (?:anda|bapak|ibu|nasabah)\b|"
    r"ตามคำขอของ(?:ท่าน|คุณ|ลูกค้า)|(?:应您的要求|按您的要求|根据您的申请)|بناء على طلبك|بناءً على طلبك|"
    # ... or after failed log-in attempts, in Malay and Indonesian (round 25: an SSO account "dikunci selepas 5
    # percubaan log masuk gagal", opened again by itself or by the IT helpdesk)
    r"\b(?:percubaan|cubaan|percobaan|upaya)\s(?:log ?masuk|login|masuk)\s(?:yang\s)?(?:gagal|tidak berjaya|tidak berhasil|"
    r"salah)\b|\b(?:gagal|tidak berjaya|tidak berhasil)\s(?:log ?masuk|login)\b|\b(?:log ?masuk|login)\s(?:yang\s)?(?:gagal|"
    r"tidak berjaya|tidak berhasil)\b"
    rf"{_IDMS24_OWN_BLOCK})"  # (round 24: blocked at the holder's own request)
)
LINK_IN_MESSAGE = rf"(?:{_LINK_ROUTE}|{_LONG_NUMBER})"
# The same, but a company hotline (a toll-free or shared-cost number: 1800/1900/1300/0800 …) given to call is no route
# of the impostor's (the checker weighs the number itself): "Thẻ … tạm khóa do nhập sai PIN, mở khóa trên app hoặc
# gọi 1900 545 413" is the bank's own notice (round 24, textsignals.py's wrong-entry lock).
# ... and the routes that keep such a lock a threat: a link, a transfer, a fee, a chat app. Calling (the hotline, weighed
# by the checker) and "nhập" (folded like "nhấp", click: "nhập sai PIN") are the notice's own words.
LOCK_ROUTE = (
    r"(?:https?:|www\.|\b(?:click|tap|link|klik|tautan|pautan|bấm|truy cập|transfer|chuyển khoản|"
    r"chuyển tiền|stk|whatsapp|telegram|zalo|biaya|yuran|caj|phí|fee|fees)\b|"
    # (a visit is a route unless it is to a branch or counter: "kunjungi cabang BNI terdekat" for a new card)
    r"\b(?:visit|kunjungi|layari)\b(?! (?:(?:the|our|any|your|nearest|kantor|pejabat) )*(?:cabang|branch|cawangan|kaunter|counter|outlet))|"
    r"رابط|اضغط|تحويل|رسوم|واتساب|点击|链接|转账|"
    r"汇款|手续费|微信|ลิงก์|ลิงค์|คลิก|โอน|ค่าธรรมเนียม|ไลน์)"
)
# (the number read from its first digit: "1-300-88-6688" is a hotline, its tail "300-88-6688" no private number)
LINK_OR_PRIVATE_NUMBER = rf"(?:{_LINK_ROUTE}|(?<![\d.,-])(?!1[389]00|1-[38]00|0800)\d[\d -]{{7,}}\d)"
# ... nor one that names the holder's own app as the way to unlock ("To unlock, use the SC Mobile app or call 2886
# 8868"): a number beside it is the bank's other line (round 25). A link (``LINK_ONLY``) still keeps the signal.
UNLOCK_IN_APP = r"\bunlock\b[^.!?\n]{0,20}?\b(?:use|using|in|via|through|on|with)\b[^.!?\n]{0,25}?\bapp\b"
LINK_ONLY = _LINK_ROUTE
# * a booking or queue reference shown to the staff or the driver ("show your booking code to the staff", "Tunjukkan
#   kode booking ke petugas"), or a code the message itself gives, for the driver or courier who delivers ("Share PIN
#   8821 with the driver", "Beri PIN 2941 kepada pemandu"): a scam asks for a code the reader receives ("send me the
#   code 640213 you just received" names one too, but for the writer, and stays a request).
CODE_GIVEN_OR_BOOKING = (
    r"(?:\b(?:booking|reservation|tempahan|reservasi|antrian|antrean|giliran|đặt chỗ|đặt lịch|đặt bàn|giữ chỗ|check-in)\b|"
    r"预约|การจอง|الحجز|"
    r"(?:\b(?:pin|code|kode|kod|mã|otp)\b|รหัส|验证码) ?(?<!\d)(?:\d[ -]?){3,7}\d(?!\d)[^.!?\n]{0,12}?(?:\b(?:driver|rider|courier|"
    r"pemandu|penghantar|kurir|tài xế|shipper)\b|司机|骑手|快递员|คนขับ|ไรเดอร์|السائق|المندوب)|"
    # the courier's delivery code given with its label and a colon, for the driver ("رمز الاستلام: 4417 (يُعطى
    # للمندوب عند التسليم)", "كود التسليم 5520 لا تعطه إلا للمندوب")
    r"(?:رمز|الرمز|كود|الكود)(?: [^\s\d:]+){0,2} ?: ?(?<!\d)\d{4,8}(?!\d)[^.!؟\n]{0,25}?(?:سائق|مندوب|كابتن|مستلم))"
)
_TF_ATM_QR_SIM_SERIALS_AND_HOUSE_VISITS: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "id": [
            r"\b(?:tolong|mohon|minta|pls|plis|please|buruan|cepet)\s+(?:[^\s]+\s+){0,2}?(?:tf|trf)(?:in)?\b",
            r"\b(?:ke|pergi ke|datang ke|menuju(?: ke)?)\s+(?:mesin\s+)?atm\b[^.!?\n]{0,60}?\b(?:ikuti|ikut|mengikuti)\s+"
            r"(?:arahan|instruksi|petunjuk|panduan)\s+(?:dari\s+)?(?:petugas|pegawai|staf|kami|saya|cs|operator|"
            r"(?:via|lewat|melalui) (?:telepon|telpon|telp|panggilan|call|wa))\b",
            r"\b(?:scan|pindai|imbas)\b[^.!?\n]{0,40}?\b(?:qr|qris|barcode)\b[^.!?\n]{0,80}?\b(?:untuk|utk|agar|supaya|biar)"
            r"\s+(?:bisa |dapat )?(?:terima|menerima|cairkan|mencairkan|tarik|menarik)\s+(?:uang|dana|duit|saldo|"
            r"pembayaran|bayaran|refund)\b",
            r"\b(?:verifikasi|validasi|aktivasi)\b[^.!?\n]{0,40}?\b(?:scan|pindai)\b[^.!?\n]{0,40}?\b(?:qr|qris)\b"
            r"(?=[^\n]{0,80}?\bnominal\b)",
            rf"(?:\b(?:rek(?:ening)?|norek|nomor rekening)\b(?s:.){{0,160}}?{_OLD_HANDLER_LEFT}|{_OLD_HANDLER_LEFT}"
            rf"(?=(?s:.){{0,160}}?{_PAY_ACCOUNT_ANY}))",
            r"\b(?:donasi|sumbangan|galang dana|penggalangan dana|infaq|infak|sedekah|open donasi)\b(?s:.){0,200}?"
            rf"{_ID_BANK_ACCOUNT}[^\n]{{0,60}}?\b(?:pribadi|personal)\b",
            # the marketplace's payment "down", so transfer straight to the shop's account
            r"\b(?:shopee|tokopedia|lazada|tiktok ?shop|bukalapak|blibli|marketplace|aplikasi|app|checkout)\b[^.!?\n]{0,30}?"
            r"\b(?:gangguan|error|eror|down|bermasalah|maintenance|trouble)\b(?=(?:(?!\b(?:tidak|tak|jangan|jgn|bukan|gak|ga)\b)(?s:.))"
            r"{0,100}?\b(?:transfer|tf|trf|bayar)\b"
            r"[^.!?\n]{0,30}?\b(?:rek|rekening|norek)\b)",
            r"\b(?:jatuh|kecelakaan|pingsan|kejang|terluka|tertabrak|ditabrak|dilarikan)\b[^.!?\n]{0,60}?\b(?:rs|rumah sakit"
            r"|klinik|igd|ugd|puskesmas)\b(?s:.){0,160}?\b(?:nomor rekening|no\.? rek|rekening|rek|norek|transfer|tf)\b",
        ],
        "ms": [
            r"\b(?:pergi|ke|pergi ke)\s+(?:mesin\s+)?atm\b[^.!?\n]{0,60}?\b(?:ikut|ikuti)\s+(?:arahan|panduan)\s+"
            r"(?:dari\s+)?(?:pegawai|staf|kami|saya|sy|operator|(?:melalui|dalam|guna) (?:telefon|panggilan|call))\b",
            r"\b(?:imbas|scan)\b[^.!?\n]{0,40}?\b(?:qr|kod qr)\b[^.!?\n]{0,80}?\b(?:untuk|utk|bagi|supaya)\s+(?:boleh |dapat )?"
            r"(?:terima|menerima|tuntut|dapatkan|cairkan)\s+(?:duit|wang|bayaran|dana|refund)\b",
            rf"(?:{_MS_BANK_ACCOUNT}(?s:.){{0,160}}?{_OLD_HANDLER_LEFT}|{_OLD_HANDLER_LEFT}"
            rf"(?=(?s:.){{0,160}}?{_PAY_ACCOUNT_ANY}))",
            r"\b(?:derma|sumbangan|tabung|kutipan|infaq|sedekah)\b(?s:.){0,200}?"
            rf"{_MS_BANK_ACCOUNT}[^\n]{{0,60}}?\b(?:peribadi|personal)\b",
            r"\b(?:shopee|lazada|tiktok ?shop|carousell|mudah|app|aplikasi|checkout)\b[^.!?\n]{0,30}?\b(?:rosak|error|down|"
            r"bermasalah|ada masalah|gangguan|maintenance)\b(?=(?:(?!\b(?:tidak|tak|jangan|jgn|bukan)\b)(?s:.)){0,100}?"
            r"\b(?:bank ?in|transfer|bayar)\b[^.!?\n]{0,30}?"
            r"\b(?:akaun|acc)\b)",
            # a gift or parcel from an admirer whose delivery or customs fee the reader pays first, "I'll pay you back"
            r"\b(?:hadiah|bungkusan|parcel|kotak|gift)\b[^.!?\n]{0,60}?\b(?:kena|perlu|mesti|harus)\s+(?:bayar|jelaskan)\s+"
            r"(?:kos|caj|yuran|bayaran|cukai)\s+(?:penghantaran|kastam|pelepasan|clearance|courier|kurier)\b"
            r"(?=[^\n]{0,60}?\b(?:nanti|kemudian|lepas tu)\b[^.!?\n]{0,20}?\b(?:saya|sy|aku|i)\s+(?:ganti|bayar balik|pulangkan|"
            r"refund)\b)",
            r"\b(?:jatuh|kemalangan|pengsan|cedera|dikejarkan|accident)\b[^.!?\n]{0,60}?\b(?:hospital|klinik|kecemasan)\b"
            r"(?s:.){0,160}?\b(?:nombor akaun|no\.? akaun|akaun|bank ?in|transfer)\b",
        ],
        "en": [
            r"\b(?:go|head) to (?:the |an |any |your )?(?:nearest )?atm\b[^.!?\n]{0,60}?\bfollow (?:the |my |our )?"
            r"(?:instructions?|steps?) (?:of |from )?(?:our (?:agent|officer|staff)|the (?:agent|officer)|me|us|(?:over|on|by) "
            r"the phone)\b",
            r"\bscan\b[^.!?\n]{0,40}?\bqr\b[^.!?\n]{0,80}?\bto (?:receive|claim|get) (?:the |your )?(?:money|payment|funds|refund)\b",
            r"\b(?:gift|parcel|package|box)\b[^.!?\n]{0,60}?\b(?:have to|need to|must)\s+pay\s+(?:the\s+)?(?:delivery|shipping|"
            r"customs|clearance|courier)\s+(?:fee|fees|charge|charges|cost)\b(?=[^\n]{0,60}?\bi(?:'ll| will)\s+(?:pay you back|"
            r"refund|return)\b)",
        ],
    },
    S.OTP_REQUEST: {
        "id": [
            r"\b(?:dapat|dapet|terima|nerima|masuk)\b[^.!?\n]{0,20}?\b(?:sms|pesan|wa|whatsapp)\b[^.!?\n]{0,30}?\b(?:kode|otp|pin)\b"
            r"[^.!?\n]{0,30}?\b(?:kirim|kasih|kasi|berikan|share|infokan|fotoin|screenshot|ss|sebutin|bacain)\w*\s+"
            r"(?:ke |sama |ka )?(?:aku|saya|gw|gue|kami|sini)\b(?! (?:tau|tahu)\b)",
            r"\b(?:saya|kami|aku|gw)\s+(?:perlu|perlukan|butuh|membutuhkan|memerlukan)\s+[^.!?\n]{0,40}?\b(?:kode otp|otp|"
            rf"kode verifikasi)\b[^.!?\n]{{0,10}}?{_ID_CODE_ARRIVES}",
            r"\b(?:balas|kirim|kirimkan|berikan|beri|bagikan|sebutkan|sms)\b[^.!?\n]{0,40}?\b(?:nomor seri|no\.? seri|serial "
            r"number|iccid)\b[^.!?\n]{0,30}?\b(?:sim|kartu sim|simcard|kartu)\b",
            r"(?:\b(?:link|tautan)\b|https?:|[a-z0-9-]{2,}\.(?:com|net|org|id|xyz|site|online|info|link|app)\b)[^\n]{0,120}?"
            rf"\b(?:masuk(?:in|kan)|isi|input|ketik)\b[^.!?\n]{{0,40}}?\b(?:kode|otp)\b[^.!?\n]{{0,10}}?{_ID_CODE_ARRIVES}",
        ],
        "ms": [
            r"\b(?:dapat|terima|masuk|sampai)\b[^.!?\n]{0,20}?\b(?:sms|mesej|whatsapp|wasap)\b[^.!?\n]{0,30}?\b(?:kod|code|otp|"
            r"tac|pin)\b[^.!?\n]{0,30}?\b(?:bagi|beri|berikan|hantar|hantarkan|send|forward|sebut|bacakan|baca|share)\s+"
            r"(?:balik )?(?:kat |ke |kepada |pada |dekat |kt )?(?:sy|saya|aku|kami|i|me)\b(?! (?:tau|tahu)\b)",
            r"\b(?:sy|saya|kami|aku|i)\s+(?:perlu|perlukan|memerlukan|nak|need)\s+[^.!?\n]{0,40}?\b(?:kod otp|otp|tac|kod tac|"
            rf"kod pengesahan)\b[^.!?\n]{{0,10}}?{_MS_CODE_ARRIVES}",
            r"\b(?:balas|hantar|hantarkan|berikan|beri|bagi|sebut|sms|reply)\b[^.!?\n]{0,40}?\b(?:nombor siri|no\.? siri|"
            r"serial number|iccid)\b[^.!?\n]{0,30}?\b(?:sim|kad sim|simcard)\b",
            r"(?:\b(?:link|pautan)\b|https?:|[a-z0-9-]{2,}\.(?:com|net|org|my|xyz|site|online|info|link|app)\b)[^\n]{0,120}?"
            rf"\b(?:masukkan|isi|taip)\b[^.!?\n]{{0,40}}?\b(?:kod|otp|tac)\b[^.!?\n]{{0,10}}?{_MS_CODE_ARRIVES}",
        ],
        "en": [
            r"\b(?:reply|send|text|give|tell)\b[^.!?\n]{0,40}?\b(?:serial number|iccid)\b[^.!?\n]{0,30}?\bsim\b",
        ],
    },
    S.LEGAL_THREAT: {
        "id": [
            rf"{_DEBT_WORD}(?s:.){{0,200}}?\b(?:kalau|kalo|jika|klo|apabila)\s+(?:tidak|tdk|gak|ga|nggak|enggak)\b"
            r"[^.!?\n]{0,30}?\b(?:kami|tim kami|orang kami|debt collector|dc|anggota kami)\s+(?:akan\s+)?(?:datang|datangi|"
            r"mendatangi|samperin|sambangi|ke)\s+(?:ke\s+)?(?:rumah|kantor|tempat kerja)\b",
        ],
        "ms": [
            rf"{_DEBT_WORD}(?s:.){{0,200}}?\b(?:kalau|kalo|jika|sekiranya|klu|kl)\s+(?:tak|tidak|x|tk)\b[^.!?\n]{{0,30}}?"
            r"\b(?:kami|kitorang|orang kami|geng kami|budak kami|along)\s+(?:akan\s+)?(?:datang|pergi|serbu|cari)\s+"
            r"(?:ke\s+)?(?:rumah|ofis|pejabat|tempat kerja|kampung)\b",
        ],
    },
    S.INVESTMENT_LURE: {
        "id": [
            r"\b(?:keuntungan|untung|profit|return|imbal hasil|cuan|hasil)\s+(?:hingga |sampai |s/d |sd )?\d+\s?%"
            r"[^.!?\n]{0,12}?\b(?:dalam|dlm|cuma|hanya)\s+\d+\s+(?:hari|minggu|bulan|bln)\b",
            r"\b(?:saham )?ipo\b[^.!?\n]{0,40}?\b(?:eksklusif|exclusive|vip|orang dalam|jatah khusus)\b",
            r"\b(?:wd|withdraw|penarikan|narik)\b[^.!?\n]{0,20}?\d+\s?(?:jt|juta|rb|ribu)\b(?s:.){0,160}?\b(?:deposit|depo)\s+"
            r"(?:awal|pertama|minimal|cuma|cukup)\b",
            r"\b(?:1|satu|per|setiap|tiap)\s+(?:video|like|tugas|task|screenshot|ss|subscribe|ulasan|review)\s?(?:=|dapat|dapet"
            r"|dibayar|dpt|:)\s?rp\.?\s?\d",
        ],
        "ms": [
            r"\b(?:pulangan|keuntungan|untung|profit|return|dividen)\s+(?:sehingga |hingga |sampai )?\d+\s?%[^.!?\n]{0,12}?"
            r"\b(?:dalam|dlm|hanya)\s+\d+\s+(?:hari|minggu|bulan|bln)\b",
            r"\b(?:saham )?ipo\b[^.!?\n]{0,40}?\b(?:eksklusif|exclusive|vip|orang dalam|peruntukan khas)\b",
            r"\b(?:1|satu|per|setiap)\s+(?:video|like|tugasan|task|screenshot|ss|subscribe|ulasan|review)\s?(?:=|dapat|dibayar"
            r"|dpt|:)\s?rm\s?\d",
        ],
        "en": [
            r"\b(?:returns?|profits?)\s+(?:of )?(?:up to )?\d+\s?%[^.!?\n]{0,12}?\b(?:in|within)\s+(?:just |only )?\d+\s+"
            r"(?:days|weeks|months)\b",
        ],
    },
}

# Round-23 classes in Indonesian, Malay and Vietnamese. A verification or login code "that will arrive" (or that
# "strayed" to the reader's number), to be forwarded, told or replied back; an approved loan whose money is released
# only after a guarantee, unfreezing or activation fee; a QR to scan so as to RECEIVE or claim money (a QR is scanned to
# pay, never to be paid); a relative "arrested" whose case can be settled privately tonight; a customs charge on a
# parcel paid into the courier's own account.
_ID_MS_VI_R23_CODE_RELAYS_LOAN_RELEASE_FEES_RECEIVE_QRS_AND_ARREST_SETTLEMENTS: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "id": [
            r"\bkode\b[^.!?\n]{0,30}?\b(?:nyasar|kesasar|salah kirim|kekirim|terkirim|masuk)\b[^.!?\n]{0,10}?\bke (?:nmr|nomor|nomer|"
            r"no|hp|wa)\w*\b(?s:.){0,60}?\b(?:fwd|forward|terusin|teruskan|kirimin|kirim balik|bacain|fotoin|ss)\b",
            r"\bkode (?:login|masuk|verifikasi|aktivasi|otp|konfirmasi|daftar)\b[^\n]{0,60}?\b(?:fwd|forward|terusin|teruskan|"
            r"kirimin|kirim|kasih(?:in)?|bacain)\b[^.!?\n]{0,6}?\b(?:ke |sama |ama )?(?:gue|gua|gw|aku|saya|sy|aq)\b",
        ],
        "ms": [
            r"\b(?:reply|balas|jawab)\b[^.!?\n]{0,10}?\b(?:dgn|dengan)\b[^.!?\n]{0,40}?\bkod\b[^.!?\n]{0,20}?\b(?:yg|yang) "
            r"(?:akan |baru )?(?:dihantar|diterima|masuk|sampai)\b",
            r"\b(?:nyatakan|sebut(?:kan)?|beritahu|bagitau|bagi tahu|maklumkan|bacakan)\b[^.!?\n]{0,10}?\bkod\b"
            r"(?: (?:pengesahan|verifikasi|tac|otp|keselamatan))?[^.!?\n]{0,10}?\b(?:yg|yang) (?:akan |baru )?"
            r"(?:dihantar|diterima|masuk|sampai)\b",
        ],
    },
    S.PAYMENT_REQUEST: {
        "id": [
            r"\b(?:pencairan|dicairkan|mencairkan)\b[^.!?\n]{0,60}?\b(?:setor|transfer|tf|bayar|lunasi)\w*\b[^.!?\n]{0,20}?"
            r"\b(?:dana jaminan|uang jaminan|biaya (?:admin|administrasi|asuransi|pencairan|aktivasi|provisi))\b",
            r"\b(?:pindai|scan)\b[^.!?\n]{0,20}?\b(?:kode )?qr\b[^.!?\n]{0,80}?\b(?:pencairan|dicairkan|cairkan|klaim (?:saldo|dana|"
            r"uang|jht)|terima (?:dana|uang|refund)|pengembalian dana|refund)\b",
            r"\bbea cukai\b(?s:.){0,100}?\b(?:transfer|tf|trf|bayar|setor)\w*\b[^.!?\n]{0,15}?\bke (?:rek(?:ening)?|norek) "
            r"(?:saya|aku|gue|pribadi|kurir)\b",
        ],
        "ms": [
            r"\b(?:pinjaman|loan)\b(?s:.){0,80}?\b(?:lulus|diluluskan|approve\w*)\b(?s:.){0,120}?\b(?:bayar|transfer|bank ?in|"
            r"masukkan)\b[^.!?\n]{0,40}?\b(?:utk|untuk) (?:unfreeze|buka(?:kan)? (?:semula )?(?:akaun|dana)|lepaskan|aktifkan|"
            r"withdraw|keluarkan)\b",
            r"\b(?:caj|cukai|duti) kastam\b(?s:.){0,100}?\b(?:transfer|bank ?in|bayar|masukkan)\b[^.!?\n]{0,15}?\b(?:ke|dlm|dalam) "
            r"(?:akaun|acc) (?:sy|saya|aku|peribadi|rider|kurier)\b",
        ],
        "vi": [
            r"\b(?:quét|scan)\b[^.!?\n]{0,30}?\b(?:mã )?qr\b[^.!?\n]{0,60}?\b(?:nhận (?:lại )?(?:tiền|\d+k?\b|thưởng|hoàn)|"
            r"tiền (?:sẽ )?về|hoàn tiền)",
            r"\bmã qr (?:để )?nhận (?:lại )?(?:tiền|hoàn tiền)\b[^\n]{0,80}?\b(?:quét|scan)\b",
        ],
    },
    S.LEGAL_THREAT: {
        "id": [
            r"\b(?:anak|suami|istri|adik|keponakan|cucu)\b[^.!?\n]{0,30}?\b(?:tertangkap|ditangkap|diamankan|ditahan)\b(?s:.){0,200}?"
            r"\b(?:(?:diselesaikan|selesaikan|diberesin) (?:secara )?(?:kekeluargaan|damai|di tempat)|jalur damai|uang damai|"
            r"jangan hubungi siapa)",
        ],
        "ms": [
            r"\b(?:anak|suami|isteri|adik|cucu)\b[^.!?\n]{0,30}?\b(?:ditangkap|ditahan|kena tangkap)\b(?s:.){0,200}?"
            r"\b(?:selesai(?:kan)? (?:secara )?(?:baik|senyap|damai|di luar)|jangan (?:beritahu|bagitau|hubungi) sesiapa)",
        ],
        "vi": [
            r"\b(?:con|chồng|vợ|em|cháu)\b[^.!?\n]{0,30}?\bbị (?:bắt|tạm giữ|công an giữ)\b(?s:.){0,200}?"
            r"\b(?:giải quyết (?:riêng|êm|trong tối nay)|lo lót|chạy án|đừng báo (?:cho )?ai|không được nói với ai)",
        ],
    },
}

# Round-21 classes in Indonesian, Malay, Thai and Vietnamese. A duty or fine paid into an officer's own account (an
# authority is paid at its counter, its bill code or its own account, never an officer's); a donation to an e-wallet
# mobile number; a romance persona kept at sea or in an army (an oil rig, a tanker, a military hospital) with a
# stranger's opening, a first meeting "when I come to your country", a camera that never works or a gift on its way;
# a QR or account "new because the old one is closed or faulty"; a code sent "by mistake" to the reader's phone and
# asked back; a loan offered to the blacklisted or without a credit check, through a chat number.
_ID_ROMANCE_PERSONA = (
    r"\b(?:kapal (?:minyak|tanker|pesiar|kargo)|rig (?:minyak|lepas pantai)|anjungan (?:minyak|lepas pantai)|lepas pantai|"
    r"offshore|pengeboran minyak|tentara (?:pbb|amerika|as)|pasukan (?:pbb|perdamaian)|dokter (?:militer|tentara|pbb)|"
    r"rumah sakit militer)\b"
)
_ID_ROMANCE_CUE = (
    r"\b(?:(?:boleh|mau|pengen|ingin) (?:kenalan|berkenalan|kenal)|kenalan (?:yuk|dong|ya)|liat (?:kamu|foto|profil)\w*|"
    r"lihat (?:kamu|foto|profil)\w*|kamera (?:aku|saya|ku|hp\w*) (?:lagi |sedang )?(?:rusak|error|mati)|"
    r"(?:kirim|kirimin|paketkan) (?:kamu |kau |)?(?:hadiah|paket|kado)|pulang ke indonesia (?:kita|aku mau) ketemu)\b"
)
_MS_ROMANCE_PERSONA = (
    r"\b(?:pelantar (?:minyak|gas|luar pesisir)|rig (?:minyak|luar pesisir)|luar pesisir|offshore|kapal (?:minyak|tangki|"
    r"kargo)|tentera (?:pbb|amerika|as)|pasukan pengaman|doktor (?:tentera|pbb)|hospital tentera)\b"
)
_MS_ROMANCE_CUE = (
    r"\b(?:boleh (?:kita )?(?:kawan|berkawan|berkenalan|kenal)|(?:nak|ingin) (?:berkenalan|berkawan|kenal)|"
    r"kamera (?:sy|saya|aku|fon) (?:rosak|tak berfungsi)|(?:pos|kirim|hantar) hadiah|"
    r"balik (?:ke )?malaysia\b[^.!?\n]{0,20}?\b(?:jumpa|bertemu))\b"
)
_VI_ROMANCE_PERSONA = (
    r"\b(?:giàn khoan|dàn khoan|ngoài khơi|tàu (?:dầu|viễn dương|chở dầu)|quân đội (?:mỹ|liên hợp quốc)|lính (?:mỹ|"
    r"liên hợp quốc)|bác sĩ (?:quân đội|quân y|liên hợp quốc)|gìn giữ hòa bình)\b"
)
_VI_ROMANCE_CUE = (
    r"\b(?:làm quen|kết bạn với em|camera (?:của )?anh (?:bị )?(?:hỏng|hư|lỗi)|gửi (?:cho em |em )?(?:quà|món quà|thùng quà)|"
    r"về việt nam\b[^.!?\n]{0,20}?\bgặp em)\b"
)
_TH_ROMANCE_PERSONA = (
    r"(?:แท่นขุดเจาะ|ขุดเจาะน้ำมัน|นอกชายฝั่ง|เรือบรรทุกน้ำมัน|ทหาร(?:อเมริกัน|สหประชาชาติ|ยูเอ็น)|หมอทหาร|แพทย์ทหาร|"
    r"กองกำลังรักษาสันติภาพ)"
)
_TH_ROMANCE_CUE = (
    r"(?:ขอรู้จัก|ทำความรู้จัก|เป็นเพื่อนกัน|กล้อง(?:ของ)?(?:ผม|ฉัน)?(?:เสีย|พัง)|ส่งของขวัญ|(?:บิน|เดินทาง)(?:ไป|มา)หาคุณที่"
    r"(?:เมืองไทย|ประเทศไทย|ไทย))"
)
_SEA_PERSONAS_OFFICER_ACCOUNTS_NEW_QRS_AND_MISTYPED_CODES: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "id": [
            r"\b(?:transfer|tf|trf|setor|bayar|kirim)\w*\b[^.!?\n]{0,40}?\b(?:ke )?(?:rek(?:ening)?|norek|no\.? rek) "
            r"(?:petugas|pegawai|oknum|kurir|agen|bapak petugas)\b",
            r"\b(?:kirim|kirimin|mengirim)\b[^.!?\n]{0,20}?\b(?:hadiah|kado|paket hadiah)\b(?s:.){0,150}?\b(?:bea cukai|pabean)\b"
            r"(?s:.){0,80}?\b(?:bayar|transfer|tf|lunasi)\w*\b[^.!?\n]{0,20}?\b(?:biaya|bea|pajak|denda)\w*\b",
        ],
        "ms": [
            r"\b(?:bank ?in|transfer|bayar|masukkan|jelaskan)\b[^.!?\n]{0,40}?\b(?:akaun|acc) (?:pegawai|ejen|kurier|"
            r"penghantar|anggota)\b",
            r"\b(?:derma|sumbangan|tabung|kutipan|infaq|sedekah)\b[^\n]{0,120}?\b(?:duitnow|tng|touch ?n ?go|boost|grabpay)"
            r"\b[\s:(-]{0,3}(?:(?:id|no|nombor)\.?[\s:]{0,2})?(?:\+?6)?01\d[\d -]{6,10}\d",
        ],
        "vi": [
            r"\b(?:chuyển|ck|nộp|đóng)\b[^.!?\n]{0,40}?\b(?:tài khoản|tk|stk)(?: của)? (?:cán bộ|điều tra viên|kiểm sát viên|"
            r"công an|cảnh sát|nhân viên (?:hải quan|thuế|bưu điện))\b",
            # a gift sent by an admirer, held at customs until the reader pays its fee
            r"\bgửi\b[^.!?\n]{0,20}?\b(?:quà|món quà|thùng quà|kiện quà|gói quà)\b(?s:.){0,150}?\bhải quan\b(?s:.){0,80}?"
            r"\b(?:đóng|nộp|chuyển|ck|thanh toán)\b[^.!?\n]{0,20}?\b(?:phí|thuế|tiền)\b",
            # a new QR or account because the old one is faulty or closed, in either order
            r"\b(?:mã qr|qr|mã|tài khoản|tk|stk|số tài khoản)(?: thanh toán| nhận tiền)? mới\b[^\n]{0,100}?\b(?:tài khoản|tk|stk|"
            r"mã|qr)(?: thanh toán)? cũ (?:bị |đã )?(?:lỗi|khóa|đóng|hết hạn|ngừng|ngưng|tạm khóa)\b",
            r"\b(?:tài khoản|tk|stk|mã|qr)(?: thanh toán)? cũ (?:bị |đã )?(?:lỗi|khóa|đóng|hết hạn|ngừng|ngưng|tạm khóa)\b"
            r"[^\n]{0,100}?\b(?:mã qr|qr|tài khoản|tk|stk|số tài khoản)(?: thanh toán| nhận tiền)? mới\b",
        ],
        "th": [
            r"โอน(?:เงิน)?[^\s]{0,30}?(?:เข้า|ไปที่|ให้)?บัญชี(?:ของ)?(?:เจ้าหน้าที่|ตำรวจ|พนักงานสอบสวน|เจ้าพนักงาน)",
            r"ส่ง(?:ของขวัญ|พัสดุของขวัญ|กล่องของขวัญ)[^\n]{0,150}?(?:ศุลกากร|กรมศุล)[^\n]{0,80}?(?:จ่าย|โอน|ชำระ)(?:ค่า)?(?:ภาษี|ธรรมเนียม|ปรับ)",
            r"(?:qr|คิวอาร์)(?:โค้ด| code)?ใหม่[^\n]{0,100}?บัญชี(?:เดิม|เก่า)[^\n]{0,30}?(?:ปิด|ยกเลิก|ใช้ไม่ได้|ระงับ|มีปัญหา)",
            r"บัญชี(?:เดิม|เก่า)[^\n]{0,30}?(?:ปิด|ยกเลิก|ใช้ไม่ได้|ระงับ|มีปัญหา)[^\n]{0,100}?(?:qr|คิวอาร์|บัญชี)(?:โค้ด| code)?ใหม่",
        ],
    },
    S.INVESTMENT_LURE: {
        "id": [
            # a "recruiter" who found the CV on a job board, a typing or liking job from home, then Telegram or WhatsApp
            r"\b(?:cv|resume|profil)\b[^.!?\n]{0,20}?\b(?:di|dari) (?:jobstreet|linkedin|glints|kalibrr|indeed|jobs\.id)\b"
            r"(?s:.){0,120}?\b(?:data entry|input data|ketik|like video|like|tugas online|remote|dari rumah)\b"
            r"(?=(?s:.){0,120}?\b(?:telegram|tele|whatsapp|wa)\b)",
            rf"{_ID_ROMANCE_PERSONA}(?s:.){{0,200}}?{_ID_ROMANCE_CUE}",
            rf"{_ID_ROMANCE_CUE}(?s:.){{0,200}}?{_ID_ROMANCE_PERSONA}",
        ],
        "ms": [
            r"\b(?:cv|resume|resumé|profil)\b[^.!?\n]{0,20}?\b(?:di|kat|dari|dekat) (?:jobstreet|linkedin|maukerja|indeed|hiredly)\b"
            r"(?s:.){0,120}?\b(?:data entry|taip data|kerja taip|like video|tugasan online|remote|dari rumah)\b"
            r"(?=(?s:.){0,120}?\b(?:telegram|tele|whatsapp|wasap|wa)\b)",
            rf"{_MS_ROMANCE_PERSONA}(?s:.){{0,200}}?{_MS_ROMANCE_CUE}",
            rf"{_MS_ROMANCE_CUE}(?s:.){{0,200}}?{_MS_ROMANCE_PERSONA}",
        ],
        "vi": [
            r"\bcv\b[^.!?\n]{0,20}?\b(?:trên|ở|tại) (?:topcv|vietnamworks|linkedin|careerlink|vieclam24h|itviec)\b"
            r"(?s:.){0,120}?\b(?:nhập liệu|like video|like|thả tim|làm tại nhà|online|part-?time|cộng tác viên|ctv)\b"
            r"(?=(?s:.){0,120}?\b(?:telegram|tele|zalo|whatsapp)\b)",
            rf"{_VI_ROMANCE_PERSONA}(?s:.){{0,200}}?{_VI_ROMANCE_CUE}",
            rf"{_VI_ROMANCE_CUE}(?s:.){{0,200}}?{_VI_ROMANCE_PERSONA}",
        ],
        "th": [
            rf"{_TH_ROMANCE_PERSONA}[^\n]{{0,200}}?{_TH_ROMANCE_CUE}",
            rf"{_TH_ROMANCE_CUE}[^\n]{{0,200}}?{_TH_ROMANCE_PERSONA}",
        ],
    },
    S.OTP_REQUEST: {
        # a number typed wrongly "so the code went to you", asked back
        "id": [
            r"\b(?:salah|kesalahan) (?:ketik|masukin|masukkan|input|isi|tulis) (?:nomor|no|nomer)\b(?s:.){0,100}?"
            r"\b(?:kode|otp|angka|digit)\b(?s:.){0,60}?\b(?:kirim|kirimin|fotoin|ss|screenshot|kasih tau|bacain|forward)\w*\b",
        ],
        "ms": [
            # (in a lookahead: the question tag "masuk tak?" is no negation of the ask)
            r"\b(?:tersalah|salah) (?:taip|masuk|masukkan|isi|tulis|letak) (?:no|nombor|number)\b(?=(?s:.){0,100}?"
            r"\b(?:kod|otp|tac|angka|digit)\b(?s:.){0,60}?\b(?:send|hantar|bagi|forward|screenshot|ss|bacakan)\b)",
        ],
        "vi": [
            r"\b(?:nhập|gõ|điền|ghi) nhầm (?:số|sđt)\b(?s:.){0,100}?\b(?:mã|otp|code|tin nhắn)\b(?s:.){0,60}?"
            r"\b(?:gửi|đọc|nhắn|chụp|báo)(?: lại)?(?: (?:giúp|hộ|cho))? (?:em|mình|anh|chị|tớ|tao|t)\b",
        ],
        "th": [
            r"(?:กรอก|ใส่|พิมพ์)เบอร์(?:โทร)?(?:ของ)?(?:คุณ)?ผิด[^\n]{0,100}?(?:รหัส|โค้ด|otp|ตัวเลข)[^\n]{0,60}?"
            r"(?:ส่ง(?:มา|กลับ|ให้)|บอก|แจ้ง|อ่าน)",
            # the code "that shows on your phone", told to the caller
            r"(?:รหัส|โค้ด|otp|ตัวเลข)(?:ที่|ซึ่ง)?(?:ขึ้น|เด้ง|แสดง)(?:ใน|ที่|บน)(?:มือถือ|โทรศัพท์|หน้าจอ|เครื่อง)[^\n]{0,40}?"
            r"(?:บอก|แจ้ง|อ่าน|ส่งมา|ส่งให้)",
        ],
    },
    S.PRIZE_LURE: {
        # an unlicensed lender: the blacklisted welcome, no credit check, a chat number
        "id": [
            r"\b(?:pinjaman|pinjol|dana tunai|kredit|cair)\b(?s:.){0,120}?\b(?:tanpa (?:bi ?checking|cek bi|slik|cek slik|survei|"
            r"survey|jaminan)|(?:blacklist|bi ?checking|slik) (?:pun |juga )?(?:bisa|boleh|ok|aman))\b"
            r"(?=(?s:.){0,120}?\b(?:wa|whatsapp|chat|telegram|hubungi|admin)\b)",
        ],
        "ms": [
            r"\b(?:pinjaman|loan|tunai|kredit)\b(?s:.){0,120}?\b(?:tanpa (?:dokumen|penjamin|semakan ccris|ctos)|"
            r"(?:blacklist|ccris|ctos|senarai hitam)(?:/\w+)* (?:pun |juga )?(?:boleh|ok|lulus))\b"
            r"(?=(?s:.){0,120}?\b(?:wasap|whatsapp|wa|telegram|hubungi|pm|call)\b)",
        ],
    },
}

# Thai and Vietnamese tactics that ask in everyday words: a stranded traveller's plea, a fee before a loan or card is
# paid out, a QR "to receive" money, a code relayed by SMS commands, a booking paid outside the platform, a debt
# collector's shaming threat, a call "transferred to the police", a private trading app.
_VI_MONEY_ASK = r"\b(?:chuyển|ck|gửi|mượn|vay)\b[^.!?\n]{0,20}?\d[\d.,]*\s?(?:k|tr|triệu|đ|đồng|nghìn|ngàn|usd)\b"
_STRANDED_FEES_QR_RECEIPTS_AND_CALL_TRANSFERS: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "vi": [
            # stranded at an airport, a border or held by an employer abroad, then money sent ("em bị kẹt ở sân bay vì
            # thiếu tiền phạt hành lý, anh chuyển giúp em 6 triệu"): a trip home needs no transfer to continue
            rf"\b(?:bị kẹt|mắc kẹt|kẹt lại|bị giữ(?: lại)?|bị (?:chủ|công ty|hải quan) giữ)\b[^.!?\n]{{0,30}}?\b(?:sân bay|hải quan|cửa khẩu|hộ chiếu|passport)\b(?s:.){{0,150}}?{_VI_MONEY_ASK}",
            # a fee paid before a loan is paid out or a card is sent ("nộp 2.000.000đ phí sửa thông tin để giải ngân",
            # "chuyển 990k phí phát hành thẻ"): a lender or bank deducts its fees, it never asks for them first
            rf"\b(?:chuyển|ck|nộp|đóng|thanh toán)\b{_AMOUNT_WINDOW}{{0,25}}?\bphí (?:phát hành(?: thẻ)?|mở thẻ|kích hoạt thẻ|giải ngân|sửa (?:thông tin|hồ sơ|sai)|bảo hiểm khoản vay|duyệt (?:hồ sơ|khoản vay)|mở khóa khoản vay)\b",
            # a booking made on a platform, paid by transfer straight to the hotel ("chuyển khoản trực tiếp cho khách sạn")
            # a ticket passed on by a stranger, paid for before it is sent ("pass 2 vé concert ... chuyển khoản trước em
            # gửi mã QR vé"): a resale met in person is paid at the meeting
            r"\bpass\b[^.!?\n]{0,15}?\bvé\b(?s:.){0,120}?\b(?:chuyển khoản|ck|thanh toán|chuyển tiền|cọc) trước\b",
            r"\b(?:agoda|booking(?:\.com)?|traveloka|airbnb|trip\.com)\b(?s:.){0,120}?\b(?:chuyển khoản|ck|chuyển tiền)\b[^.!?\n]{0,30}?\b(?:trực tiếp )?(?:cho|vào (?:tài khoản|tk|stk)(?: của)?) (?:khách sạn|homestay|resort|chủ nhà)\b",
        ],
        "th": [
            # a donation to a person: a PromptPay mobile number or an account in a person's name ("สแกน QR ชื่อบัญชี
            # นายวิชัย ส."); a foundation's account is in its own name or its 13-digit tax number
            r"(?:บริจาค|ร่วมสมทบ|ช่วยเหลือ|ทำบุญ)[^\n]{0,120}?(?:พร้อมเพย์|promptpay)[: ]?0\d{8,9}(?!\d)",
            r"(?:บริจาค|ร่วมสมทบ|ทำบุญ)[^\n]{0,120}?ชื่อบัญชี[: ]?(?:นาย|นาง|นางสาว|น\.ส\.|ด\.ช\.|ด\.ญ\.)",
            # a booking made on a platform, paid by transfer straight to the hotel
            # a ticket passed on by a stranger, paid for before it is sent
            r"ปล่อย(?:บัตร|ตั๋ว)[^\n]{0,100}?(?:โอน|จ่าย|ชำระ)(?:เงิน)?(?:เต็มจำนวน)?ก่อน",
            r"(?:agoda|booking|traveloka|airbnb|trip\.com)[^\n]{0,120}?โอน(?:เงิน)?(?:มัดจำ|ค่าห้อง)?(?:เข้า|ไปที่|ให้)?บัญชี(?:ของ)?(?:โรงแรม|ที่พัก|รีสอร์ท)",
        ],
    },
    # Money to "receive" by scanning a QR code (like the offered sums of ``_SCAM_STORIES``): a QR the victim scans pays
    # its owner, it never receives; a refund "received" through a chat agent, with the banking app ready.
    S.PRIZE_LURE: {
        "vi": [
            r"\bquét\b[^.!?\n]{0,30}?\bmã qr\b[^.!?\n]{0,40}?\b(?:để|rồi|là|thì)\b[^.!?\n]{0,25}?\b(?:nhận (?:tiền|lại tiền|tiền cọc|cọc|hoàn tiền|tiền hoàn)|tiền (?:sẽ )?(?:tự )?(?:chuyển|về))\b",
            r"\b(?:muốn|để) nhận\b[^.!?\n]{0,30}?\b(?:tiền|cọc)\b[^.!?\n]{0,30}?\bquét\b[^.!?\n]{0,20}?\bmã qr\b",
        ],
        "th": [
            r"(?:รับเงินคืน|คืนเงิน|ขอเงินคืน)(?:ได้)?(?:ผ่าน|ทาง|กับ)(?:แชท|ไลน์|line|เจ้าหน้าที่ทางไลน์)",
            r"(?:คืนเงิน|เงินคืน)[^\n]{0,60}?(?:แอด|เพิ่มเพื่อน|ทัก)(?:ไลน์|line)(?:ฝ่าย|เจ้าหน้าที่)(?:การเงิน|คืนเงิน|บัญชี)",
            r"(?:คืนเงิน|เงินคืน)[^\n]{0,80}?เตรียมแอป(?:พลิเคชัน)?ธนาคาร",
        ],
    },
    S.OTP_REQUEST: {
        "vi": [
            # an eSIM moved to another's e-mail by an SMS command typed for the sender ("soạn giúp em tin ESIM
            # <email> gửi 999"): whoever holds the eSIM gets the victim's codes
            r"\bsoạn (?:giúp|hộ)\b[^.!?\n]{0,20}?\b(?:esim|e-sim|đổi sim|doisim)\b",
            # scanning someone's QR in Zalo "to verify": a login QR hands over the account
            r"\bquét (?:giúp|hộ)\b[^.!?\n]{0,20}?\bmã qr\b[^.!?\n]{0,30}?\b(?:xác thực|xác minh|đăng nhập|kích hoạt)\b",
        ],
        "th": [
            # a code the sender triggers, typed back to them ("ดิฉันกดส่งรหัสให้อีกรอบ ... พิมพ์ตัวเลขมาได้เลย")
            r"ส่ง(?:รหัส|โค้ด|otp|sms)[^\n]{0,60}?พิมพ์(?:ตัวเลข|เลข|รหัส|โค้ด)(?:ที่ได้(?:รับ)?|นั้น|ดังกล่าว)?(?:มา|ส่งมา|กลับมา|ตอบกลับ|ให้(?:ดิฉัน|ผม|เรา|หนู|พี่))",
        ],
    },
    S.PASSWORD_REQUEST: {
        "vi": [
            # logging in "with your bank account" on a page to receive money: a bank login given to a third site
            r"\bđăng nhập\b(?:[^.!?\n]|\.(?=\w)){0,40}?\b(?:bằng|với|qua) (?:tài khoản|tk) ngân hàng\b",
            # both sides of an ID card and a selfie sent by chat to keep a SIM or account ("chuẩn hóa thông tin ...
            # gửi 2 mặt CCCD và ảnh chân dung qua Zalo"): the carrier and the bank take them in their app or counter
            r"\b(?:chuẩn hóa|cập nhật|xác thực|xác minh)\b(?s:.){0,150}?\bgửi\b[^.!?\n]{0,20}?\bmặt (?:cccd|cmnd|căn cước)\b[^.!?\n]{0,50}?\bqua (?:zalo|messenger|facebook|fb|telegram|viber)\b",
        ],
    },
    S.INVESTMENT_LURE: {
        "vi": [
            # an "insider" order or tip on a trading floor ("sàn chú em làm quản lý, tối nay có lệnh nội bộ")
            r"\b(?:lệnh|kèo|tín hiệu|room) nội bộ\b",
        ],
        "th": [
            # trading only through the app the sender sends ("ต้องใช้แอปที่ฉันส่งให้เท่านั้น")
            r"(?:เทรด|ลงทุน)[^\n]{0,120}?(?:ใช้|โหลด|ผ่าน)แอป(?:ที่)?(?:ฉัน|ผม|พี่|เรา|หนู|น้า|อา|ลุง)?(?:ส่ง|แนะนำ)(?:ให้|ไป)",
        ],
    },
    S.LEGAL_THREAT: {
        "vi": [
            # a debt collector's threat to shame the debtor before their contacts ("tao gửi ảnh CCCD của mày cho
            # toàn bộ danh bạ với công ty")
            r"\b(?:tao|bọn tao|chúng tao|bên tao|tụi tao)\b (?:sẽ )?(?:gửi|đăng|phát tán|tung|bêu)\b[^.!?\n]{0,40}?\b(?:danh bạ|người thân|đồng nghiệp|công ty|hàng xóm)\b",
            # a recorded call about a fine or case, with a key to press to reach an officer
            r"\b(?:bấm|nhấn|ấn) phím \d\b[^.!?\n]{0,20}?\b(?:gặp|nói chuyện với|kết nối (?:với )?)(?: gặp)? (?:cán bộ|điều tra viên|công an|cảnh sát)\b",
        ],
        "th": [
            # a parcel "found" with contraband, the call "transferred" to the police ("ถูกตรวจพบยาเสพติด ผมจะโอนสายให้ สภ.")
            r"พัสดุ[^\n]{0,80}?(?:ยาเสพติด|พาสปอร์ตปลอม|หนังสือเดินทางปลอม|บัตรประชาชนปลอม|ของผิดกฎหมาย)[^\n]{0,80}?(?:โอนสาย|ต่อสาย)",
        ],
    },
    S.PREMIUM_RATE: {
        "vi": [
            # a voicemail "waiting", to be heard by calling a 1900 line
            rf"\b(?:tin nhắn thoại|hộp thư thoại|lời nhắn thoại)\b(?s:.){{0,80}}?\bgọi\b[^.!?\n]{{0,12}}?{_VI_1900}",
        ],
    },
}

# Classes from the Arabic, English and Chinese misses of the twenty-third blind round; merged into PATTERNS with the
# tables below. A plea for a needy family or a disaster, the money sent to an account in a person's name (not a
# charity's); a charity collection paid by a bank-transfer scheme to a phone number; the writer's own shipment held at
# customs, with the writer's own money out of reach; a Cantonese "send me the digits" for a code that reached the
# reader; a reply keyword that subscribes the reader to a content service charged per message. Chinese is matched
# compacted and folded; Arabizi is read as "en".
_AR_EN_ZH_R23_PLEAS_TO_PERSONS_CUSTOMS_HOLDS_CANTONESE_CODES_AND_PAID_REPLIES: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        "ar": [
            # a plea for a needy family, the transfer made to an account "in the name of" a person, not a society
            r"(?:نداء|مناشده|محتاجين|محتاجه|محتاج|تبرع|تبرعات|صدقه|زكاه|اغاثه|فاعل خير|اهل الخير)(?s:.){0,160}?"
            r"(?:التحويل|تحويل|حول|حولو|حولوا|ارسلو|ارسال)(?s:.){0,60}?(?:حساب|رقم|محفظه)(?s:.){0,40}?"
            r"باسم\s(?!(?:ال)?(?:جمعيه|مؤسسه|هيئه|الهلال|منظمه|صندوق|مركز|بنك|مستشفي|وقف))",
        ],
        "en": [
            # a charity collection paid by a transfer scheme to a phone number (a person's, not the charity's account)
            r"\b(?:foundation|charity|charities|relief fund|orphanage|orphans|animal shelter|victims|cancer|medical fund)\b"
            r"[^\n]{0,80}?\b(?:paynow|duitnow|promptpay|fps|gcash)\b[^\n]{0,12}?\b(?:to )?\+?\d[\d -]{7,}\d",
            # the writer's own shipment or luggage held at customs, the writer's own accounts out of reach
            r"\bmy (?:shipment|package|parcel|consignment|luggage|baggage|box|boxes|gold|container|goods|suitcase)\b"
            r"[^.!?\n]{0,40}?\b(?:stuck|held|seized|detained|blocked|on hold)\b[^.!?\n]{0,20}?\bcustoms?\b"
            r"(?s:.){0,160}?\b(?:my (?:bank )?(?:accounts?|cards?) (?:is |are |has been |have been |got )?(?:frozen|blocked|locked|restricted)|"
            r"(?:can'?t|cannot|unable to) (?:access|use) my (?:accounts?|cards?|bank|funds|money))\b",
        ],
        "zh": [
            # disaster or charity money paid into a bank account under a person's name ("户名 王某"), not an organisation
            r"(?:善款|捐款|捐助|爱心款|愛心款|赈灾|賑災|募款|募捐)[^\n]{0,60}?(?:汇入|匯入|转入|轉入|转至|轉至|存入|打到|汇到|匯到|转到|轉到)"
            r"[^\n]{0,40}?(?:户名|戶名|收款人)[:：]?(?![^\n]{0,12}?(?:基金会|基金會|红十字|紅十字|协会|協會|慈善|医院|醫院|学校|學校|公司|中心))",
        ],
    },
    S.OTP_REQUEST: {
        "zh": [
            # Cantonese or code-mixed: the code or its digits that reached the reader, "sent to me" (send俾我, 發畀我)
            r"(?:code|驗證碼|验证码|認證碼|认证码|數字|数字|密碼|密码|otp|tac)[^。！？\n]{0,20}?"
            r"(?:send|發|发|傳|传|講|讲|話|话|forward|cap圖|截圖|截图)(?:返)?(?:俾|畀|給|给)我",
        ],
    },
    S.PREMIUM_RATE: {
        "zh": [
            # a reply keyword ("回复Y", "回覆YES") that subscribes the reader to content charged per message
            r"(?:回复|回覆|回復|回)[\"“「]?(?:y|yes|ok|是|1)(?![a-z0-9])[^\n]{0,60}?"
            r"(?:每条|每條|每则|每則|/条|/條|/则|资讯费|資訊費|信息费|訊息費|短讯收费|短訊收費|短信收费|每周\d条|每週\d條)",
        ],
    },
}
# Classes from the Arabic, English and Chinese misses of the twenty-first blind round; merged into PATTERNS with the
# tables below. A code "on its way" to the victim's phone, to be read or screenshotted back to the sender; a reply
# carrying the account password; card details entered on a page to receive a refund; a SIM change or a login
# "cancelled" by filling in the ID number on a page; a bill paid into the collector's own account; a gift "held at
# customs" with money asked for it; a soldier's leave fee; a donation into a personal wallet number; a QR "replaced
# after a system update", a parking fine paid by scanning a QR under a towing threat, a QR scanned to get a refund;
# linked devices added by scanning a code; a phone number and an activation code typed into a page to see a photo;
# an account locked, to be unlocked at a link or over WhatsApp; a pre-approved loan drawn by a reply or a click;
# capital "guaranteed" with a monthly rate, free stock picks from a "teacher"; pay per review or an hour's work for a
# day's wage; a new number from a phone lost, with a favour or a secret; a fake virus alert with an app to download;
# an auto-renewal to cancel by calling a number. Chinese is matched compacted and folded; Arabizi is read as "en".
_AR_EN_ZH_DOMAIN = r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}"
_AR_EN_ZH_R21_CODES_REFUNDS_QR_SWAPS_NEW_NUMBERS_AND_TASKS: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "ar": [
            # a code that "reached you" or "will reach you", to be read or sent to the writer
            r"(?:وصلك|وصلتك|يوصلك|بيوصلك|راح يوصلك|سيصلك|يجيك|بيجيك|راح يجيك|جاك|جاتك|هيوصلك|هيجيلك)"
            r"(?s:.){0,40}?(?:كود|الكود|رمز|الرمز|ارقام|رساله)(?s:.){0,80}?"
            r"(?:(?:تقراه|ترسله|تبعته|تبعثه|تقوله|اقراه|ارسله|ابعته|ابعثه)\s?(?:لي|ليا|لنا)|تقرالي|ترسلهولي|تبعتهولي|تبعتلي|"
            r"تعطيني اياه|عطني اياه|تعطيني الرقم)(?![\u0621-\u064a])",
            # "linked devices": a code scanned to "confirm ownership" of WhatsApp (it links the sender's browser)
            r"(?:الاجهزه المرتبطه|ربط جهاز|الاجهزه المتصله)(?s:.){0,40}?(?:امسح|مسح|صور)[^.!؟\n]{0,20}?(?:الكود|كود|الرمز|رمز|الباركود|qr)",
            # a phone number and the activation code that arrives typed into a page to see a photo or video
            r"(?:ادخل|اكتب|حط)\s(?:رقم جوالك|رقمك|رقم هاتفك|رقم موبايلك)(?s:.){0,30}?(?:رمز|كود)\s?(?:التفعيل|التحقق)",
        ],
        "en": [
            # Arabizi: the code comes "by SMS", then "send it to me" (arsluh li, eb3atho li)
            r"\b(?:code|kod|koud|ramz|rmz|otp|pin)\b[^.!?\n]{0,40}?\b(?:arsl|ars[ei]l|ers[ae]l|[ae]b3at|ib3at|ba3at)"
            r"\w{0,4}\s?(?:li|ly|lia|liya|lena)\b",
            # a code being sent to "your number" for the sender's account, to be screenshotted or read back
            r"\bcode\b[^.!?\n]{0,15}?\b(?:to|on) (?:ur|your|yr|u r) (?:number|phone|no|mobile|hp)\b[^.!?\n]{0,80}?"
            r"\b(?:screenshot|ss|send|forward|read|tell|text)\b[^.!?\n]{0,20}?\b(?:me|us|it back)\b",
        ],
    },
    S.PASSWORD_REQUEST: {
        "en": [
            # a reply to the message carrying the login password ("reply to this email with your username and
            # current password")
            r"\breply\b[^.!?;\n]{0,25}?\bwith (?:your|ur)\b(?:\s+[^\s.!?;]+){0,4}?\s+(?:password|passcode|login credentials|"
            r"credentials)\b(?! (?:hint|reset|policy|rules))",
        ],
        "ar": [
            # card details entered to receive a refund or compensation
            r"(?:مسترد|استرداد|استرجاع|تعويض|مستحقات|مبلغ)(?s:.){0,80}?(?:ادخل|ادخال|حدث|عبي|املا|اكتب)\s"
            r"(?:بيانات|معلومات|رقم|تفاصيل)\s(?:بطاقتك|البطاقه|بطاقه|حسابك البنكي|الفيزا)",
        ],
        "zh": [
            # "if you did not apply, click the link and fill in your ID number to cancel": a SIM swap or login
            # notice whose "cancel" page takes the ID number, the birthday or the card
            r"(?:如非本人|若非本人|如不是本人|如果不是本人|非本人操作|非本人申请|非本人申請)[^。\n]{0,40}?"
            r"(?:点击|點擊|登录|登入|进入|進入|前往|至)[^。\n]{0,40}?(?:填写|填寫|输入|輸入|提交|验证|驗證)[^。\n]{0,10}?"
            r"(?:身份证|身分证|身份證|身分證|证件|證件|银行卡|銀行卡|卡号|卡號|生日|密码|密碼)",
        ],
    },
    S.PAYMENT_REQUEST: {
        "ar": [
            # a bill paid into the collector's or the agent's own account
            r"(?:تسدد|سدد|سداد|ادفع|تدفع|دفع|حول|تحول|تحويل)[^.!؟\n]{0,30}?(?:على|الى|ل|في)\s?"
            r"(?:حساب|محفظه|رقم)\s(?:ال)?(?:محصل|مندوب|موظف|فني|مسؤول|مندوبنا|محصلنا)",
            # the gift the writer sent, held at customs, with money asked to release it
            r"(?:الهديه|هديه|هديتك|الطرد|الشنطه|الصندوق|الشحنه)\s?(?:اللي|التي|الي|الذي)\s?"
            r"(?:ارسلتها|ارسلته|بعثتها|بعثته|بعتها|بعته|ارسلت|بعثت)(?s:.){0,80}?"
            r"(?:تحول|حول|تحويل|ادفع|تدفع|طالبين|يطلبون|رسوم|دولار|ريال|درهم)",
            r"(?:الجمارك|جمارك)[^.!؟\n]{0,40}?(?:حجزوا|حجزت|احتجزت|احتجزوا|موقفين|اوقفوا)[^.!؟\n]{0,10}?"
            r"(?:الهديه|هديه|هديتك|الطرد|الشحنه)(?s:.){0,80}?(?:تحول|حول|تحويل|ادفع|تدفع|طالبين|يطلبون)",
            # a QR "replaced after a system update": the new sticker scanned and paid
            r"(?:تحديث|تغيير|تعديل)\s(?:نظام|طريقه)\s(?:ال)?(?:دفع|سداد)(?s:.){0,80}?(?:امسح|مسح|صور)",
            r"(?:امسح|مسح)(?s:.){0,80}?(?:الرمز|الكود|الباركود|الملصق)\s?القديم\s?(?:لم يعد|ما عاد|ماعاد|لن|لا|مو)\s?(?:يعمل|يشتغل|صالح|فعال)",
            r"(?:الرمز|الكود|الباركود|الملصق)\s?القديم\s?(?:لم يعد|ما عاد|ماعاد|لن|لا|مو)\s?(?:يعمل|يشتغل|صالح|فعال)(?s:.){0,80}?(?:امسح|مسح)",
        ],
        "en": [
            # Arabizi: a plea for money into a wallet number ("ay mablagh 3ala Vodafone Cash 01…")
            rf"\b(?:mablagh|mablag|flos|felos|folos|tabaro3|tabarro3|etbar3o|etbara3o|sa3dona|saa3dona)\b[^\n]{{0,40}}?{_WALLET_NUMBER}",
            # a donation sent by a bank-transfer scheme to a phone number (a person's, not a charity's account)
            r"\b(?:donat\w*|contribut\w*|every (?:rm|\$|s\$|£)\s?\d+)\b[^\n]{0,80}?\b(?:duitnow|paynow|promptpay|fps)\b"
            r"[^\n]{0,10}?\b(?:to )?\+?\d[\d -]{7,}\d",
            # a parking fine paid by scanning a QR left on the car, under a towing or clamping threat
            r"\bscan\b[^.!?\n]{0,20}?\bqr\b[^.!?\n]{0,40}?\b(?:notice|windscreen|windshield|sticker|flyer)\b"
            r"(?s:.){0,80}?\b(?:tow|towed|towing|clamp|clamped|clamping)\b",
            # the QR "replaced": the old one no longer works, the new one to be scanned (a door code that changed
            # asks no scan)
            r"\bscan\b(?s:.){0,80}?\bold (?:qr|code|sticker)\b[^.!?\n]{0,30}?\b(?:no longer|not|doesn'?t|won'?t) (?:work|valid)",
            r"\bold (?:qr|code|sticker)\b[^.!?\n]{0,30}?\b(?:no longer|not|doesn'?t|won'?t) (?:work|valid)\w*(?s:.){0,80}?\bscan\b",
        ],
        "zh": [
            # a soldier's or peacekeeper's leave or homecoming fee
            r"(?:维和|維和|联合国|聯合國|部队|部隊|军队|軍隊|军医|軍醫|驻军|駐軍|战地|戰地)[^\n]{0,60}?"
            r"(?:休假|请假|請假|退伍|回国|回國|回台|探亲|探親)[^\n]{0,10}?(?:申请费|申請費|手续费|手續費|费用|費用|费|費)",
            # a QR scanned "to get the refund back" (a rider, a shop, a courier)
            r"(?:退款|退钱|退錢|赔偿|賠償|理赔|理賠|赔付|賠付)[^\n]{0,40}?(?:扫|掃)(?:一下|一扫|描)?[^。！？\n]{0,8}?"
            r"(?:二维码|二維碼|qr|码|碼)(?:[^。！？\n]{0,30}?(?:退回|到账|到賬|原路|返还|返還))?",
            r"(?:扫|掃)(?:一下|一扫|描)?[^。！？\n]{0,10}?(?:二维码|二維碼|qr)[^\n]{0,30}?(?:原路退回|退款|退钱|退錢|赔偿|賠償|理赔|理賠)",
            # a payment QR "changed after a system upgrade"
            r"(?:系统升级|系統升級|系统更新|系統更新|系统调整|系統調整)[^。\n]{0,20}?(?:扫描|掃描|扫|掃)[^。！？\n]{0,10}?"
            r"(?:二维码|二維碼|qr)[^。！？\n]{0,10}?(?:续费|續費|缴费|繳費|付款|支付|缴纳|繳納)",
        ],
    },
    S.ACCOUNT_THREAT: {
        "en": [
            # Arabizi: an account locked, to be opened again over WhatsApp or a call
            r"\b(?:7esab|7sab|hesab|el7esab|account)\b[^.!?\n]{0,30}?\b(?:et2afal|at2afal|et2fl|etqafal|et2efel|"
            r"mat2ool|ma2fool|maqfool|et3alla2|mawqoof|etwa2af|etwaqaf)\b(?s:.){0,80}?\b(?:kalemna|kalemni|klmna|"
            r"kallemna|ettasel|etasel|call|whatsapp|wts)\b",
        ],
        "zh": [
            # an account suspended or locked, to be unlocked at a link
            rf"(?:暂停|暫停|冻结|凍結|锁定|鎖定|停用|限制)[^。\n]{{0,40}}?(?:至|到|前往|点击|點擊|登入|登录|登錄)"
            rf"[^。\n]{{0,4}}?{_AR_EN_ZH_DOMAIN}[^。\n]{{0,8}}?(?:解除|解锁|解鎖|解冻|解凍|恢复|恢復)",
        ],
    },
    S.INVESTMENT_LURE: {
        "zh": [
            # capital "guaranteed" with a monthly or daily rate
            r"(?:保本|稳赚|穩賺|零风险|零風險)[^。\n]{0,6}?(?:月息|日息|周息|週息|月回报|月回報|日回报|日回報|月收益|日收益)",
            # a "teacher" or adviser giving away stock picks
            r"(?:老师|老師|投顾|投顧|分析师|分析師|导师|導師)[^。\n]{0,20}?(?:免费|免費)[^。\n]{0,15}?"
            r"(?:飙股|飆股|牛股|强势股|強勢股|妖股|明牌|个股|個股|股票)",
        ],
    },
    S.IMPERSONATION: {
        "zh": [
            # a phone lost or broken, "this is my new number, save it", and the opener of a favour ("are you free?");
            # the new number alone, with nothing asked, is news
            r"(?:手机|手機|电话|電話)(?:掉(?:进|進)?(?:水|马桶|馬桶)|跌(?:咗)?落水|坏|壞|丢|丟|摔|被偷)[^\n]{0,30}?"
            r"(?:新号|新號|新的号|新的號|这个号|這個號)[^\n]{0,10}?(?:存|保存|记|記|备注|備註)"
            r"(?=[^\n]{0,60}?(?:方便吗|方便嗎|方唔方便|有空吗|有空嗎|得唔得闲|得唔得閒|帮个忙|幫個忙|帮我|幫我|"
            r"有(?:点|點|个|個|件)事|急))",
            # an auto-renewal "to cancel" by calling the number given in the message (as the English renewal)
            r"(?:自动续费|自動續費|自动扣费|自動扣費|自动扣款|自動扣款)[^。\n]{0,40}?(?:取消|退订|退訂|关闭|關閉)[^。\n]{0,8}?"
            r"(?:致电|致電|拨打|撥打|联系|聯繫|联络|聯絡)[^。\n]{0,6}?\d{3}",
        ],
        "ar": [
            # a phone dropped or lost, "this is my new number", and a favour asked (the new number alone is news)
            r"(?:رقمي الجديد|هذا رقمي|غيرت رقمي|رقم جديد)(?s:.){0,60}?(?:جوالي|تلفوني|موبايلي|تليفوني|الجوال|الموبايل)"
            r"\s?(?:طاح|وقع|انكسر|خرب|ضاع|انسرق|تعطل|طفى)(?=(?s:.){0,80}?(?:ابي منك|ابغى منك|ابغي منك|احتاج منك|محتاج منك|عايز منك|طلب صغير|خدمه صغيره|خدمه|تقدر تساعدني|ممكن تساعدني|فاضي|فاضيه))",
            r"(?:جوالي|تلفوني|موبايلي|تليفوني)\s?(?:طاح|وقع|انكسر|خرب|ضاع|انسرق|تعطل)(?s:.){0,60}?(?:رقمي الجديد|هذا رقمي|رقم جديد)"
            r"(?=(?s:.){0,80}?(?:ابي منك|ابغى منك|ابغي منك|احتاج منك|محتاج منك|عايز منك|طلب صغير|خدمه صغيره|خدمه|تقدر تساعدني|ممكن تساعدني|فاضي|فاضيه))",
            # a suitor's tender words and the oil platform they work on (the stranded-abroad romance)
            r"(?:حبيبتي|حبيبي|يا اجمل|يا عمري|يا قلبي|افكر فيك|اشتقت لك|اشتقتلك|براحه معك|كلامك)(?s:.){0,150}?"
            r"(?:منصه|المنصه)\s?(?:نفط|النفط|نفطيه|النفطيه|بتروليه|حفر)",
            r"(?:منصه|المنصه)\s?(?:نفط|النفط|نفطيه|النفطيه|بتروليه|حفر)(?s:.){0,150}?"
            r"(?:حبيبتي|حبيبي|يا اجمل|يا عمري|يا قلبي|افكر فيك|اشتقت لك|اشتقتلك|كلامك|نتقابل|اشوفك)",
        ],
        "en": [
            # a relative's "changed number", a favour asked and the rest of the family kept out ("don't tell" is
            # read ahead, outside the match: a negation inside a request's match cancels it)
            r"\b(?:changed (?:my |to a new )?number|new number)\b(?s:.){0,80}?\b(?:need your help|help me with|"
            r"favou?r|are you free)\b(?=(?s:.){0,80}?\b(?:don'?t|do not|dont) (?:tell|let)\b[^.!?\n]{0,20}?"
            r"\b(?:auntie|aunty|uncle|mum|mom|dad|mother|father|wife|husband|grandma|grandpa|anyone|family)\b)",
            # a match or a profile on a dating app, the chat moved to a messenger
            r"\b(?:matched|profile|met)\b[^.!?\n]{0,20}?\bon (?:bumble|tinder|hinge|badoo|okcupid|tantan|happn|grindr|"
            r"coffee meets bagel|facebook dating)\b(?s:.){0,150}?\b(?:here'?s my|add me|message me|text me|my number|"
            r"(?:can|could|shall) we|let'?s)\b[^.!?\n]{0,25}?\b(?:whatsapp|telegram|line|wechat|kik|signal|hangouts)\b",
        ],
    },
    S.APP_INSTALL: {
        "zh": [
            # a fake virus alert with a "security" app to download (the phone "infected" or a virus "detected",
            # not one an antivirus already removed)
            r"(?:(?:手机|手機|电话|電話|设备|設備)(?:已经|已經|已)?(?:中毒|感染|被入侵|被黑|有病毒|有木马|有木馬)|(?:检测到|檢測到|侦测到|偵測到|发现|發現)"
            r"[^。\n]{0,6}?(?:病毒|木马|木馬))[^\n]{0,60}?(?:下载|下載|安装|安裝)",
        ],
    },
    S.PRIZE_LURE: {
        "zh": [
            # pay per review written or an hour's work for a day's wage
            r"(?:写|寫|刷|留|给|俾|畀)[^。\n]{0,10}?(?:google|谷歌|好评|好評|五星|5星|评论|評論)[^。\n]{0,20}?"
            r"(?:每(?:篇|条|條|个|個|单|單)|日结|日結)",
            # a pre-approved credit line drawn by a reply or a click
            r"(?:预审批|預審批|预授信|預授信|获得|獲得|已获|已獲)[^。\n]{0,10}?(?:额度|額度)(?s:.){0,80}?"
            r"(?:点击|點擊|回复|回覆)[^。\n]{0,30}?(?:提现|提現|领取|領取|激活|放款)",
            r"(?:每天|每日|一天)(?:只需|只要|仅需|僅需)?(?:\d|一|两|兩|半)(?:个|個)?(?:小时|小時|钟|鐘)[^。\n]{0,10}?"
            r"(?:就能|就可以|即可)?(?:赚|賺|日入|收入)[^。\n]{0,4}?(?:\$|rm|¥|￥|s\$)?\d{2,}",
        ],
        "en": [
            r"\b(?:online task|simple task|task job|task-based job)\b[^.!?\n]{0,60}?\b(?:daily pay|paid daily|pay daily|"
            r"daily payment|daily salary|daily commission)\b",
            r"\b(?:product reviews?|ratings?|likes?)\b[^.!?\n]{0,30}?\b(?:daily pay|paid daily|pay daily|per task)\b",
        ],
    },
}
# Classes from the Chinese, Thai and Vietnamese misses of the seventeenth blind round; merged into PATTERNS with the
# tables below. Chinese is matched compacted and folded (Traditional spellings are written beside Simplified ones
# where folding does not unify them); Vietnamese patterns match text with and without tone marks.
_ZH_TH_VI_TRADING = r"(?:合约|合約|黄金|黃金|外汇|外匯|期货|期貨|虚拟币|虛擬幣|比特币|比特幣|币圈|幣圈|做单|做單|炒股|股票|数字藏品|數字藏品)"
# The verbs of a "card department" checking card details over the phone (check, confirm, give, tell, read out, fill in).
_ZH_CARD_CHECK = r"(?:核对|核對|确认|確認|提供|告诉|告訴|讲|講|报|報|读|讀|念|俾我|给我|給我|说|說|填)"
_ZH_TH_VI_CARD_CHECKS_SIM_OFF_UNLOCK_DEPOSITS_AND_BOSS_ORDERS: dict[S, dict[str, list[str]]] = {
    S.PASSWORD_REQUEST: {
        "zh": [
            # a "card department" checking the card's expiry date and the three digits on its back (what a card
            # payment needs; the bank never asks for them)
            rf"{_ZH_CARD_CHECK}[^。！？\n]{{0,20}}?"
            r"(?:有效期|到期日|有效日期)[^。！？\n]{0,12}?(?:背面|卡背|背后|背後|cvv|cvc|安全码|安全碼)",
            rf"{_ZH_CARD_CHECK}[^。！？\n]{{0,20}}?"
            r"(?:背面|卡背|背后|背後)[^。！？\n]{0,10}?(?:三|3)(?:个|個|位|組|组)[^。！？\n]{0,10}?(?:有效期|到期日)",
            # a "SIM upgrade" answered with the ID number and the SMS password or code
            r"(?:回覆|回复|回传|回傳|提供|告知|报|報|发送|發送|传|傳)[^。！？\n]{0,6}?(?:身分证|身份证|身分證|身份證)"
            r"(?:字号|字號|号码|號碼|号|號)?[^。！？\n]{0,4}?(?:及|和|与|與|、|同|加|以及|跟)(?:您的|你的)?"
            r"(?:简讯|簡訊|短信|手机|手機)?(?:密码|密碼|验证码|驗證碼|认证码|認證碼)",
        ],
        "vi": [
            r"\b(?:đọc|cung cấp|báo|xác nhận|nhắn|gửi|cho em|cho chị|cho anh)\b[^.!?\n]{0,30}?"
            r"\b(?:ngày hết hạn|hạn (?:sử dụng|dùng)|ngày hiệu lực)\b[^.!?\n]{0,30}?"
            r"\b(?:(?:3|ba) (?:số|chữ số|ký tự|ký số)|cvv|cvc)\b",
            r"\b(?:trả lời|nhắn lại|phản hồi|soạn|gửi|cung cấp)\b[^.!?\n]{0,20}?\bsố (?:cccd|cmnd|căn cước)\b"
            r"[^.!?\n]{0,10}?\b(?:và|với|kèm|cùng)\b[^.!?\n]{0,10}?\b(?:mã otp|otp|mật khẩu|mã xác (?:nhận|thực))\b",
        ],
        "th": [
            r"(?:แจ้ง|บอก|อ่าน|ยืนยัน|ขอ|กรอก)[^\n]{0,30}?วัน(?:ที่)?หมดอายุ[^\n]{0,30}?"
            r"(?:(?:3|สาม)ตัว(?:ด้าน|ข้าง)?หลัง|cvv|cvc)",
            r"(?:ตอบกลับ|พิมพ์|ส่ง|แจ้ง)[^\n]{0,10}?เลข(?:ที่)?บัตรประ(?:จำตัวประ)?ชาชน[^\n]{0,10}?(?:และ|กับ|พร้อม)"
            r"[^\n]{0,6}?(?:รหัส|otp|โค้ด)",
        ],
    },
    S.ACCOUNT_THREAT: {
        # the phone kept switched off for hours "while the system updates the SIM": time for a swapped SIM to
        # receive the victim's codes
        "vi": [
            r"\btắt (?:nguồn|máy|điện thoại|đt)\b[^.!?\n]{0,30}?\b(?:\d+|vài|hai|ba|một) ?(?:tiếng|giờ|h)\b"
            r"[^.!?\n]{0,60}?\b(?:hệ thống|cập nhật|nâng cấp|đồng bộ|kích hoạt|sim)\b",
        ],
        "zh": [
            r"(?:关机|關機|关闭手机|關閉手機|关掉手机|關掉手機)[^。！？\n]{0,8}?(?:\d+|一|两|兩|二|三|几|幾)(?:个|個)?"
            r"(?:小时|小時|钟头|鐘頭)[^。！？\n]{0,30}?(?:系统|系統|更新|升级|升級|同步|开通|開通|生效)",
        ],
        "th": [
            r"ปิด(?:เครื่อง|โทรศัพท์|มือถือ)[^\n]{0,20}?(?:\d+|หนึ่ง|สอง|สาม)ชั่วโมง[^\n]{0,40}?"
            r"(?:ระบบ|อัปเดต|อัพเดท|อัพเดต|ซิม|เปิดใช้)",
        ],
    },
    S.PAYMENT_REQUEST: {
        "vi": [
            # more money deposited "to unlock withdrawal" or to reach the VIP level that may withdraw
            r"\b(?:nạp|nộp|bổ sung|đóng)\b(?: thêm)?[^.!?\n]{0,30}?\b(?:để|mới|thì mới) (?:được )?"
            r"(?:mở khóa|rút|giải ngân)\b",
            r"\b(?:đủ|đạt|lên|nâng) (?:cấp |hạng )?vip\b[^.!?\n]{0,30}?\b(?:mới|để|thì mới) (?:được )?rút\b",
            # the boss's order to pay, relayed, with the boss not to be called (flying, in a meeting)
            # (the "don't call" is read ahead, outside the match: a negation inside a request's match cancels it)
            r"\b(?:sếp|giám đốc|gđ|boss|chủ tịch)\b(?s:.){0,80}?\b(?:chuyển|chi|thanh toán|duyệt|ck)\b"
            r"(?=(?s:.){0,120}?\b(?:(?:đừng|không cần|khỏi|không được) (?:gọi|điện|liên lạc|liên hệ|làm phiền)|"
            r"đang (?:bay|trên máy bay|họp kín|ở sân bay))\b)",
            # a payment for a supplier made "for me", the account to follow
            r"\b(?:nhà cung cấp|ncc|đối tác|tiền hàng|công nợ)\b[^\n]{0,80}?\b(?:chuyển|ck|thanh toán|trả) (?:giúp|hộ)\b"
            r"[^\n]{0,40}?\b(?:số tk|stk|số tài khoản|tài khoản|tk)\b[^\n]{0,15}?\b(?:em|chị|anh|mình|tôi) "
            r"(?:gửi|nhắn) (?:sau|liền|ngay|tí nữa|lát nữa)\b",
            # a parcel "left with the guard", its price to be transferred to the account in the message
            r"\b(?:bảo vệ|lễ tân|hàng xóm)\b[^.!?\n]{0,80}?\b(?:ck|chuyển khoản|chuyển|thanh toán)\b[^.!?\n]{0,40}?"
            r"\b(?:vào|qua|tới|sang) (?:stk|số tk|số tài khoản|tài khoản|tk)(?: ngân hàng)? (?:này|dưới|bên dưới|sau)\b",
            # a quarantine fee for a parcel, paid by a QR code or link
            r"\bkiểm dịch\b[^\n]{0,80}?\b(?:phí|lệ phí|thanh toán|nộp)\b[^\n]{0,60}?\b(?:mã qr|qr|link|đường dẫn)\b",
            # a redelivery "booked" by replying to the SMS, for a fee
            r"\b(?:trả lời|phản hồi|soạn|nhắn|rep)\b \"?(?:1|y|ok)\"?[^.!?\n]{0,20}?"
            r"\b(?:giao lại|phát lại|giao hàng lại|sắp xếp giao)\b[^\n]{0,40}?\b(?:phí|thanh toán)\b",
            # a donation through a QR "in a link" or a group to join, or into a personal account
            r"\bquét mã(?: qr)?\b[^.!?\n]{0,40}?\b(?:vào|tham gia) (?:nhóm|group)\b[^.!?\n]{0,40}?"
            r"\b(?:chuyển khoản|ck|ủng hộ|quyên góp|đóng góp|cúng dường)\b",
            r"\b(?:cúng dường|quyên góp|ủng hộ|công đức)\b[^\n]{0,80}?\bquét mã qr (?:trong|ở|tại) (?:link|đường dẫn)\b",
        ],
        "zh": [
            r"(?:充值|补足|補足|追加|缴纳|繳納|补缴|補繳|再存|再充)[^。！？\n]{0,20}?(?:才能|才可以?|方可|解锁|解鎖|解冻|解凍)"
            r"(?:提现|提現|出金|提款|取款)",
            r"(?:达到|達到|升级|升級|升到|满|滿)(?:vip|会员|會員)[^。！？\n]{0,10}?(?:才能|方可|才可以?)(?:提现|提現|出金)",
            r"(?:货款|貨款|付款|汇款|匯款|转账|轉賬|打款)(?=[^\n]{0,120}?(?:别|不要|不用|唔好)(?:打)?(?:电话|電話)?"
            r"(?:给|給|俾|找|联系|聯繫|打扰|打擾)?(?:老板|老闆|老总|老總|董事长|董事長))",
            r"(?:先帮我|先幫我|帮我先|幫我先|你先|帮我|幫我|幫忙|帮忙)(?:汇|匯|转|轉|付|打|垫|墊)(?:过去|過去|一下)?"
            r"[^\n]{0,30}?(?:账号|帳號|账户|帳戶|卡号|卡號)(?:我)?(?:等下|等一下|等等|稍后|稍後|待会|待會|晚点|晚點|一会|一會)"
            r"(?:就|再)?(?:传|傳|发|發|给|給)",
            r"(?:保安|门卫|門衛|管理处|管理處|前台|驿站|驛站|邻居|鄰居)[^\n]{0,60}?(?:转|轉|付|汇|匯|打)(?:款|钱|錢)?"
            r"(?:到|去|入|进|進)(?:这个|這個|以下|下面)(?:账户|帳戶|账号|帳號|户口|戶口|卡)",
            r"(?:检疫|檢疫)[^\n]{0,40}?(?:费|費)[^\n]{0,40}?(?:扫码|掃碼|二维码|二維碼|链接|鏈接|点击|點擊)",
            r"(?:回复|回覆|回传|回傳|回)(?:1|一|y)[^。！？\n]{0,10}?(?:重新|再次|安排)(?:派送|投递|投遞|配送|派件|送货|送貨)"
            r"[^\n]{0,30}?(?:费|費|收取|支付)",
            r"(?:扫码|掃碼|扫描二维码|掃描二維碼|扫二维码|掃二維碼)(?:加入|进入|進入|进|進|入)[^。！？\n]{0,10}?群"
            r"[^。！？\n]{0,20}?(?:转账|轉賬|捐款|付款|汇款|匯款)",
        ],
        "th": [
            r"(?:เติมเงิน|ฝากเงิน|โอนเงิน|ชำระ|เติม)(?:เพิ่ม)?[^\n]{0,30}?(?:ปลดล็อก|ปลดล็อค)(?:การ)?(?:ถอน|เบิก)",
            r"(?:เติม|ฝาก|โอน)[^\n]{0,30}?(?:ถึงจะ|จึงจะ)(?:สามารถ)?ถอน(?:เงิน)?ได้",
            r"(?:นาย|บอส|ผู้จัดการ|เจ้านาย|ผู้บริหาร)[^\n]{0,60}?โอน(?=[^\n]{0,100}?(?:อย่าโทร|ไม่ต้องโทร|ห้ามโทร)"
            r"(?:หา|ไปหา|รบกวน)?(?:นาย|บอส|ท่าน|เจ้านาย|ผู้จัดการ))",
            r"(?:รปภ|ยาม|ป้อมยาม|นิติ|เพื่อนบ้าน)[^\n]{0,80}?โอน[^\n]{0,30}?(?:เข้า|มาที่|ไปที่)บัญชี(?:นี้|ด้านล่าง|ตามนี้)",
            r"(?:กักกัน|ตรวจโรค)[^\n]{0,60}?(?:ค่าธรรมเนียม|ค่า|ชำระ)[^\n]{0,60}?(?:qr|ลิงก์|ลิงค์)",
            r"(?:ตอบกลับ|พิมพ์|กด)(?:1|y)[^\n]{0,20}?(?:จัดส่งใหม่|ส่งใหม่|นัดส่ง|จัดส่งอีกครั้ง)[^\n]{0,40}?"
            r"(?:ค่าธรรมเนียม|ค่าบริการ|ชำระ)",
            r"(?:ในนาม|ตัวแทน)(?:สภากาชาด|กาชาด|มูลนิธิ|โรงพยาบาล|วัด)[^\n]{0,80}?(?:พร้อมเพย์|บัญชี|qr)[^\n]{0,10}?"
            r"(?:ส่วนบุคคล|ส่วนตัว)",
            r"บริจาค[^\n]{0,80}?(?:พร้อมเพย์|บัญชี)(?:ส่วนบุคคล|ส่วนตัว)",
            r"สแกน(?:qr|คิวอาร์)?[^\n]{0,10}?(?:เข้า|เข้าร่วม)กลุ่ม[^\n]{0,40}?(?:โอน|บริจาค|ร่วมทำบุญ)",
        ],
    },
    S.PRIZE_LURE: {
        "zh": [
            # a cash "compensation" for a cancelled flight, claimed by calling or adding a contact
            r"(?:航班|班机|班機)[^\n]{0,40}?(?:取消|延误|延誤|停飞|停飛)[^\n]{0,40}?(?:赔偿|賠償|赔付|賠付|补偿|補償|补贴|補貼|理赔|理賠)"
            r"[^\n]{0,6}?\d+[^\n]{0,60}?(?:致电|致電|拨打|撥打|联系|聯繫|来电|來電|加)",
            # a compensation or refund "claimed" by scanning a code
            r"(?:扫码|掃碼|扫描|掃描|扫一扫|掃一掃|扫二维码|掃二維碼)(?:即可|就可|可)?(?:领取|領取|领|領|获得|獲得)"
            r"[^。！？\n]{0,10}?(?:赔付|賠付|赔偿|賠償|理赔|理賠|补偿|補償|退款|退费|退費)",
            # a job abroad "without a work visa", for a broker's or processing fee
            r"(?:不需要|不用|无需|無需|免)(?:办|辦)?(?:工作签证|工作簽證|工签|工簽)[^\n]{0,80}?"
            r"(?:中介费|中介費|手续费|手續費|服务费|服務費|押金|先交|先付)",
            # a loan with no guarantor or credit check, arranged in a chat app
            r"(?:免保人|免担保|免擔保|无需担保|無需擔保|免照会|免照會|不看信用|不看征信|不查征信|不看credit|不查credit|"
            r"黑户可贷|黑戶可貸)[^\n]{0,100}?(?:line|賴|赖|whatsapp|微信|vx|telegram|tg\b)",
        ],
        "vi": [
            r"\bchuyến bay\b[^\n]{0,60}?\b(?:hủy|hoãn|trễ|delay)\b[^\n]{0,60}?\b(?:bồi thường|đền bù)\b[^\n]{0,30}?\d"
            r"[^\n]{0,60}?\b(?:gọi|liên hệ|hotline|nhắn|ib|zalo|bấm)\b",
            r"\bquét (?:mã|qr)\b(?: qr)?[^.!?\n]{0,15}?\bnhận\b[^.!?\n]{0,15}?"
            r"\b(?:bồi thường|đền bù|hoàn tiền|tiền hoàn|tiền bồi thường)\b",
            # a job abroad "without a work visa", for a fee
            r"\bkhông cần (?:visa|thị thực|giấy phép) (?:lao động|làm việc)\b[^\n]{0,80}?\b(?:phí|đóng|nộp)\b",
            r"\bphí (?:môi giới|xuất cảnh|hồ sơ)\b[^\n]{0,80}?\bkhông cần (?:visa|thị thực|giấy phép) (?:lao động|làm việc)\b",
            r"\b(?:nợ xấu|không (?:cần )?(?:check|kiểm tra) cic|không thẩm định|không cần (?:người )?bảo lãnh)\b"
            r"[^\n]{0,100}?\b(?:zalo|telegram|whatsapp|ib|inbox|kết bạn)\b",
        ],
        "th": [
            r"เที่ยวบิน[^\n]{0,60}?(?:ยกเลิก|ล่าช้า|ดีเลย์)[^\n]{0,60}?(?:ชดเชย)[^\n]{0,20}?\d[^\n]{0,60}?"
            r"(?:โทร|ติดต่อ|แอดไลน์|แอด|คลิก)",
            r"สแกน(?:qr|คิวอาร์|คิวอาร์โค้ด)?[^\n]{0,10}?(?:เพื่อ)?รับ(?:เงิน)?(?:ชดเชย|ค่าชดเชย|เยียวยา)",
            # a job abroad "without a work visa", for a broker's or processing fee
            r"ไม่ต้อง(?:มี|ใช้|ขอ|ทำ)?(?:วีซ่าทำงาน|ใบอนุญาตทำงาน|เวิร์คเพอร์มิต|workpermit|work permit)[^\n]{0,80}?"
            r"(?:ค่าดำเนินการ|ค่านายหน้า|ค่าหัว|ค่าเอกสาร|จ่าย|โอน)",
            r"(?:ค่าดำเนินการ|ค่านายหน้า|ค่าหัว)[^\n]{0,80}?ไม่ต้อง(?:มี|ใช้|ขอ|ทำ)?(?:วีซ่าทำงาน|ใบอนุญาตทำงาน)",
            r"(?:ไม่ต้องมีคนค้ำ|ไม่ต้องค้ำ|ไม่มีคนค้ำก็กู้ได้|ไม่เช็คบูโร|ไม่ตรวจบูโร|ติดบูโรก็กู้ได้|ไม่ดูเครดิต)[^\n]{0,100}?"
            r"(?:แอดไลน์|ไลน์|line|@)",
        ],
    },
    S.INVESTMENT_LURE: {
        "zh": [
            # a "floor" guaranteed on a multiplied stake
            r"(?:保底|稳赚|穩賺|包赚|包賺|保证|保證)[^。！？\n]{0,4}?(?:翻|赚|賺)(?:一|两|兩|二|三|四|五|十|\d+)?倍",
            # a relative's trading method, and the offer to lead the reader into it
            r"(?:舅舅|叔叔|伯伯|表哥|表姐|姐夫|姑姑|阿姨|干爹|乾爹)(?:教|带|帶)[^\n]{0,40}?" + _ZH_TH_VI_TRADING,
            _ZH_TH_VI_TRADING + r"[^\n]{0,80}?(?:我可以带你|我可以帶你|我带你|我帶你|带你一起|帶你一起|我教你|手把手)",
        ],
        "vi": [
            r"\b(?:cam kết|đảm bảo|bao)\b (?:lãi |lời |lợi nhuận )?(?:x\d+|gấp (?:đôi|\d+|hai|ba|bốn|năm)|nhân (?:đôi|\d+|ba))\b",
            r"\b(?:chú|bác|cậu|dì|anh họ|chị họ)\b (?:em |mình |tôi )?(?:dạy|chỉ|hướng dẫn)\b[^\n]{0,60}?"
            r"\b(?:vàng|coin|crypto|forex|ngoại hối|chứng khoán|hợp đồng|sàn)\b",
            r"\b(?:sàn|coin|crypto|forex|vàng|hợp đồng)\b[^\n]{0,80}?\b(?:em|mình|tôi|tớ) (?:có thể )?(?:dẫn|kèm)\b "
            r"(?:anh|chị|bạn|cậu)\b",
        ],
        "th": [
            r"(?:การันตี|รับประกัน)(?:กำไร|ผลตอบแทน|ทุน)[^\n]{0,10}?(?:\d+|สอง|สาม)เท่า",
            r"(?:เทรด|ทองคำ|คริปโต|ฟอเร็กซ์|forex)[^\n]{0,120}?(?:หนู|ผม|พี่|ฉัน|เรา)(?:จะ)?(?:สอน|พา)(?:ให้)?(?:เอง|ทำ|เทรด)",
            r"(?:ลุง|น้า|อา|พี่ชาย|ญาติ)(?:สอน|พา)[^\n]{0,40}?(?:เทรด|ทองคำ|คริปโต|ฟอเร็กซ์|forex)",
        ],
    },
}

# Arabizi (Egyptian and Gulf Arabic in Latin letters) asking for a code with the verb first: "ab3atly el code elly
# gak 3ala el mobile" (send me the code that came to your phone), "2olly el ramz", "hatly el otp", "dezli el code".
# Written as the text folds: a 3 or 7 between letters reads as "e" or "t" ("ab3atly" is "abeatly"), a 2 is kept.
# The verb carries "to me" ("-ly", "-li", "-lena"); the code word follows within a few words.
_ARABIZI_SEND_ME = (
    r"(?:[ae]?b(?:a|e)?eat(?:h|ho|hu)?(?:ly|li|lee|ili|ily|eli|lena|lina)|(?:erse?l|ersal|arsel) ?(?:ly|li|lee|lena)|"
    r"2?(?:oly|olly|olli|ooli|ouli)|[h7]at(?:ly|li|lee|lena)|2?[ei]ddini|edini|d[ei]?zli|dazli)"
)
# Arabic classes of the twenty-fifth round's misses (MSA and Gulf, Egyptian and Levantine dialects); merged into
# PATTERNS with the tables below:
# * a password or card asked for in dialect: "ارسل لي باسوورد الإيميل", "تعطيني رقم البطاقة وتاريخ الانتهاء" (the
#   card's number with its expiry or the digits on its back: what a card payment needs, and no bank asks for);
# * a task job (ratings, likes, following pages, "tasks" from home or the phone) that pays a range of money a day;
# * the screen shared for an "employee" to guide the reader, or to update or verify an account (a colleague shares a
#   screen to present, ``REMOTE_OFFICE_CHORE``);
# * a Nafath (or Absher, Tawakkalna) prompt whose number the sender tells the reader to pick: the real prompt shows
#   the number on the site the user is signing in to, no one sends it;
# * a code announced to arrive while the caller keeps the reader on the line ("بيوصلك رمز … لا تقفل الخط");
# * a transfer to be kept secret from everyone ("ولا تكلم أحد لأنها صفقة سرية"): the boss's or a colleague's
#   confidential payment (CEO fraud);
# * a gift sent from abroad, held by a shipping company until a clearance or customs fee is paid (romance scams).
_AR_DAY_RANGE = r"(?:من )?\d[\d,.]*\s?(?:-|–|الى|إلى|لـ|ل|لحد|حتى)\s?\d[\d,.]*\s?(?:ريال|جنيه|درهم|دينار|دولار|ر\.س)?"
_AR_DAILY_PAY = (
    rf"(?:(?:الدخل|الربح|الراتب|الاجر|الأجر|العائد|الارباح|الأرباح) اليومي[^.!؟\n]{{0,6}}?{_AR_DAY_RANGE}|"
    rf"{_AR_DAY_RANGE}[^.!؟\n]{{0,12}}?(?:يوميا|يومياً|في اليوم|باليوم|فاليوم|كل يوم))"
)
_AR_TASK_CUE = (
    r"(?:تقييم|تقييمات|لايك|لايكات|اعجاب|اعجابات|متابعة صفحات|متابعة حسابات|مهام|مهمة|المهمة|من البيت|من المنزل|"
    r"من الجوال|من الموبايل|من التلفون)"
)
_AR_SCREEN_SHARE = r"(?<![\u0621-\u064a])[وف]?شارك(?:ني|نا)? (?:ال)?شاش(?:ة|تك)"
_AR_KEEP_SECRET = (
    r"(?:(?:لا|ما) ?(?:تكلم|تخبر|تقول ل|تقل ل|تعلم|تبلغ|تجيب سيرة)[^\s]* (?:احد|أحد|حد|حدا|اي احد|أي أحد)|"
    r"صفقة سرية|سري للغاية|الموضوع سري|خليها بيننا|خليه بيننا|بيني وبينك)"
)
# (Nafath's own prompt says which number to pick "to complete the sign-in" and "if you did not ask, do nothing"; the
# scam's number is picked for the sender, "so that we confirm", or to receive money or support)
_AR_PICK_NUMBER = r"(?:اختر|اختار|اختاري|اضغط على|اضغط|حدد|دوس على)\s?(?:ال)?رقم\s?\d{1,3}(?!\d)"
_AR_FOR_SENDER = (
    r"(?=[^.!؟\n]{0,80}?(?:(?<![\u0621-\u064a])(?:عشان|علشان|حتى|كي|لكي) ?ن[^\s]{2,}|(?<![\u0621-\u064a])لن[^\s]{2,}|"
    r"استلام|الدعم|المبلغ|التعويض|صرف|المستحقات|الفلوس))"
)
_AR_R25_PASSWORDS_CARDS_TASK_PAY_SCREENS_NAFATH_SECRETS_AND_GIFTS: dict[S, dict[str, list[str]]] = {
    S.PASSWORD_REQUEST: {
        "ar": [
            rf"{_AR_GIVE}(?: ?لي| ?لنا)?\s+(?:[^\s.!؟\n]+\s+){{0,2}}?{_AR_DIALECT_SECRET}",
            rf"(?:{_AR_GIVE}|{_AR_DIALECT_ASK})(?: ?لي| ?لنا)?\s+(?:[^\s.!؟\n]+\s+){{0,2}}?(?:رقم البطاقة|رقم الكارت|رقم بطاقتك|"
            r"رقم الفيزا)[^.!؟\n]{0,15}?(?:تاريخ الانتهاء|تاريخ انتهاء|تاريخ الصلاحية|الصلاحية|cvv|الارقام اللي ورا|"
            r"الأرقام اللي ورا|الثلاث ارقام|الثلاث أرقام)",
        ],
    },
    S.INVESTMENT_LURE: {
        "ar": [
            rf"{_AR_DAILY_PAY}(?=(?s:.){{0,150}}?{_AR_TASK_CUE})",
            rf"{_AR_TASK_CUE}(?s:.){{0,150}}?{_AR_DAILY_PAY}",
        ],
    },
    S.REMOTE_ACCESS: {
        "ar": [
            rf"{_AR_SCREEN_SHARE}[^.!؟\n]{{0,80}}?(?:الموظف|المختص|الدعم|فريق الدعم|بارشادك|ارشادك|يرشدك|يساعدك|يوجهك|توجيهك)",
            rf"(?:لتحديث|لتحقق|للتحقق|لتفعيل|لتوثيق|لاستلام|لاسترداد|لفك)[^.!؟\n]{{0,100}}?{_AR_SCREEN_SHARE}",
        ],
    },
    S.OTP_REQUEST: {
        "ar": [
            rf"(?:نفاذ|توكلنا|ابشر|أبشر)[^.!؟\n]{{0,40}}?{_AR_PICK_NUMBER}{_AR_FOR_SENDER}",
            rf"{_AR_PICK_NUMBER}[^.!؟\n]{{0,20}}?(?:نفاذ|توكلنا|ابشر|أبشر){_AR_FOR_SENDER}",
            r"(?:بيوصلك|يوصلك|سيصلك|راح يوصلك|رح يوصلك|هيوصلك|حيوصلك|بيجيك|بيجيلك|هيجيلك|بتوصلك|بيوصل لك) (?:ال)?(?:رمز|كود|otp)"
            r"(?=[^.!؟\n]{0,50}?(?:(?:لا|ما) ?(?:تقفل|تغلق|تسكر|تقطع)[^\s]* (?:ال)?(?:خط|مكالمة|سماعة)|خليك (?:على الخط|معي)|"
            r"ابق على الخط|ابقى على الخط))",
        ],
    },
    S.PAYMENT_REQUEST: {
        "ar": [
            rf"(?:تحول|حول|تحويل|تدفع|ادفع|تسدد)\s+(?:[^\s.!؟\n]+\s+){{0,3}}?{_AR_MONEY_AMOUNT}(?=[^\n]{{0,120}}?{_AR_KEEP_SECRET})",
            r"(?:ارسلت|بعثت|بعتت|شحنت)\s?(?:لك|لكي|ليك)?\s(?:[^\s]+\s){0,2}?هدية(?s:.){0,160}?(?:رسوم|مبلغ|تدفع|دفع)"
            r"[^.!؟\n]{0,20}?(?:التخليص|الجمارك|الجمركية|جمارك|الشحن)",
        ],
    },
}
_ARABIZI_CODE_REQUESTS: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "en": [rf"\b{_ARABIZI_SEND_ME}\b[^.!?\n]{{0,25}}?\b(?:code|kod|koud|ramz|rmz|otp|pin)\b"],
    },
}
# Classes from the Arabic, English, Indonesian and Malay misses of the seventeenth blind round; merged into PATTERNS
# with the tables above. Each is a pair (or triple) of parts in one order, within two or three sentences:
# a plea told as a story (a hospital bill, a card blocked abroad, a ticket held at the airport), an amount and a
# promise to repay on payday or on landing; a fee for a medical screening, a visa or documents before a job starts;
# a let paid in full unseen, the owner away and the keys posted; a supplier's "new bank account" for the invoice; a
# fixed monthly return or a sum that "became" a larger one; a loan's fee paid first, or an ID card and bank details
# sent by WhatsApp for it; customs duty sent to a person's name; a QR scanned "to receive" a refund; a donation into
# an agent's or a relative's account; a SIM replacement to cancel by calling an ordinary phone number; a teaser
# ("someone secretly likes you") answered by texting a keyword to a short code; a student-affairs or IT caller
# asking for a portal password; an OTP the caller says will arrive, to be shared with them; pay per like or rating
# and a top-up that "unlocks" the next level; the screen shared on a WhatsApp video call; ID card photos sent to a
# WhatsApp number to keep a line from being blocked; a soldier's or a mission doctor's first contact and "leave fee".
_LATIN_AMOUNT = (
    r"(?:(?:\$|£|€|₦|₱|ksh\.?|kes|rs\.?|rm|rp\.?|usd|idr|sgd|php|aud|ngn)\s?\d[\d.,]*\s?(?:k|jt|juta|rb|ribu|m)?\b|"
    r"\b\d[\d.,]*\s?(?:k|jt|juta|rb|ribu|ringgit|rupiah|dollars?|usd|naira|shillings?|bucks)\b)"
)
_AR_AMOUNT = r"(?:\d[\d,.]*|(?<![\u0621-\u064a])(?:الف|ألف|آلاف|الاف)(?![\u0621-\u064a]))"
# A phone number a person answers (a leading 0 or a country code, nine digits or more), not a carrier's short code.
_ORDINARY_PHONE = r"(?<![\d.,])(?:\+\d{1,3}[ -]?|0)\d{2,4}(?:[ -]?\d{2,4}){1,3}(?![\d.,])"
_PLEA_STORY = {
    "en": (
        r"\b(?:(?:card|account|atm)\s(?:got |has been |is |was )?(?:blocked|frozen|locked|suspended|declined)|hospital|"
        r"surgery|operation|medical bills?|stranded|stuck (?:at|in)|held (?:at|by) (?:the )?(?:airport|customs"
        r"|immigration)|"
        r"(?:ticket|luggage|passport|bag)\s(?:is |was |got |has been )?(?:held|seized|blocked|detained))\b"
    ),
    "id": (
        r"\b(?:rumah sakit|operasi|opname|icu|bandara|imigrasi|bea cukai|"
        r"(?:tiket|paspor|koper|barang|kartu atm|atm|kartu|rekening)(?:-?(?:ku|nya))?\s(?:lagi |sedang |masih )?"
        r"(?:di|ke|ter)?(?:tahan|blokir|sita))\b"
    ),
    "ms": (
        r"\b(?:hospital|wad|icu|pembedahan|operasi|lapangan terbang|airport|imigresen|kastam|"
        r"(?:kad|akaun|tiket|pasport|beg)\s(?:\w+ )?(?:kena |telah |dah |di)?(?:sekat|block|tahan|beku)\w*)\b"
    ),
    "ar": (
        r"(?:المستشفى|مستشفى|المستشفي|العملية|عملية جراحية|المطار|الجمارك|"
        r"(?:البطاقة|الكارت|الفيزا|حسابي|التذكرة|الجواز|الشنطة)[^.!؟\n]{0,10}?"
        r"(?:اتقفل|اتوقف|انحجز|محجوز|موقوف|مقفول|متوقف|انسكر|تسكر|موقوفة|محجوزة|مقفولة|اتحجز))"
    ),
}
_PLEA_REPAY = {
    "en": (
        r"\b(?:i'?ll|i will|i promise to|i'?d|will)\b[^.!?\n]{0,20}?\b(?:(?:pay|send|give|return|transfer)\w*\b"
        r"[^.!?\n]{0,15}?\bback|repay|pay (?:you|u) (?:later|on)|return (?:it|the money))\b"
    ),
    "id": (
        r"\b(?:nanti|begitu|langsung|janji|pas|setelah|abis|habis)\b[^.!?\n]{0,30}?"
        r"\b(?:ganti|gantiin|balikin|kembalikan|kembaliin|bayar balik|transfer balik)\b"
    ),
    "ms": (
        r"\b(?:janji|nanti|akan|terus|bila|lepas)\b[^.!?\n]{0,25}?"
        r"\b(?:ganti|bayar (?:balik|semula)|pulangkan|pulang balik)\b"
    ),
    "ar": (
        r"(?:[هحب]رجع|[هحب]رد|[هحب]سدد|سأرجع|سارجع|سأرد|سارد|سأسدد|سأعيد|سأعيدها|ارجعهم|ارجعهملك|ارجعلك|اردهملك|اردلك)"
    ),
}
# The ask for the amount: a give-or-lend verb before it, or (Malay) "can you help" after it ("bil RM2,300. Abang
# boleh tolong?"); a friend's "the 2m from yesterday, I'll pay it back on payday" asks for nothing.
_PLEA_ASK = {
    "en": rf"\b(?:send|lend|transfer|wire|loan|borrow|spare|cover|need)\b[^.!?\n]{{0,30}}?{_LATIN_AMOUNT}",
    "id": (
        r"\b(?:kirim(?:in)?|transfer(?:in)?|tf(?:in)?|pinjam(?:in)?|pinjemin|minjem|talangin|bantu|tolong|butuh|perlu)"
        r"\b"
        rf"[^.!?\n]{{0,30}}?{_LATIN_AMOUNT}"
    ),
    "ms": (
        r"(?:\b(?:hantar|transfer|tf|pinjam(?:kan)?|bank ?in|masukkan|tolong|bantu|perlu)\b"
        rf"[^.!?\n]{{0,30}}?{_LATIN_AMOUNT}|"
        rf"{_LATIN_AMOUNT}(?s:.){{0,60}}?\b(?:boleh tolong|tolong|bantu|pinjam)\b)"
    ),
    "ar": (
        r"(?:تبعتلي|ابعتلي|ابعتيلي|تحولي|حولي|حوللي|تحوللي|ارسلي|ترسلي|تبعتيلي|محتاج|محتاجة|محتاجين|سلفني|تسلفني|"
        rf"صيفطلي|تصيفطلي|ابعثلي|تبعثلي)[^.!؟\n]{{0,30}}?{_AR_AMOUNT}"
    ),
}
_JOB_CONTEXT = {
    "en": (
        r"\b(?:shortlisted|interview|application|recruit\w*|vacancy|position|cabin crew|job offer|hired|deployment|"
        r"placement|employment|job)\b"
    ),
    "id": (
        r"\b(?:interview|wawancara|lolos|diterima|lowongan|rekrutmen|kru kapal|kapal pesiar|penempatan|calon pekerja|"
        r"calon karyawan|kerja)\b"
    ),
    "ms": r"\b(?:kerja|jawatan|temuduga|tawaran kerja|majikan|permit kerja|gaji)\b",
    "ar": r"(?:وظيفة|الوظيفة|المقابلة|مقابلة|التوظيف|قبولك|عقد عمل|عقد العمل|فيزا عمل|تأشيرة عمل|تاشيرة عمل)",
}
_JOB_FEE_ITEM = {
    "en": (
        r"(?:medical (?:screening|tests?|check-?ups?|exam\w*)|screening|visa(?: processing)?|work permit|permit|"
        r"documentation|documents|processing|police clearance|interview (?:slot|booking|registration))"
    ),
    "id": r"(?:medical(?: check-?up)?|mcu|visa|paspor|pelatihan|seragam|dokumen|administrasi|pemberkasan)",
    "ms": r"(?:dokumen|visa|permit|pemeriksaan kesihatan|perubatan|medical|proses|pemprosesan|pendaftaran|latihan)",
    "ar": r"(?:الفحص الطبي|الكشف الطبي|الفيزا|التأشيرة|التاشيرة|الاوراق|الأوراق|المعاملة|فتح الملف|التسجيل)",
}
_JOB_FEE_ASK = {
    "en": (
        rf"(?:\b(?:pay|transfer|send|deposit)\b[^.!?\n]{{0,5}}?{_LATIN_AMOUNT}[^.!?\n]{{0,15}}?\bfor\b[^.!?\n]{{0,10}}?"
        rf"{_JOB_FEE_ITEM['en']}\b|{_JOB_FEE_ITEM['en']} (?:fee|charge|cost)s?\b[^.!?\n]{{0,25}}?{_LATIN_AMOUNT})"
    ),
    "id": (
        rf"\b{_JOB_FEE_ITEM['id']}\b[^.!?\n]{{0,60}}?\b(?:biaya|bayar|transfer|tf|ditransfer)\b[^.!?\n]{{0,20}}?"
        rf"{_LATIN_AMOUNT}"
    ),
    "ms": rf"\b(?:bayar|yuran|kos|deposit)\b[^.!?\n]{{0,15}}?\b{_JOB_FEE_ITEM['ms']}\b[^.!?\n]{{0,15}}?{_LATIN_AMOUNT}",
    "ar": rf"(?:ادفع|تدفع|دفع|تحويل|تحول|حول|حوّل|سدد|تسدد)[^.!؟\n]{{0,15}}?{_JOB_FEE_ITEM['ar']}",
}
_UNSEEN_AWAY = {
    "en": (
        r"(?:\b(?:overseas|abroad|interstate|out of (?:the )?(?:country|state|town))\b|"
        r"\bcan(?:no|')?t (?:do|arrange|show|offer) (?:you )?(?:a |the |any )?(?:viewings?|inspections?)\b|"
        r"\b(?:no|without) (?:a |any )?(?:viewings?|inspections?)\b)"
    ),
    "id": (
        r"(?:\b(?:tidak|tdk|gak|ga|nggak|ngga|enggak) (?:bisa|dapat|sempat) (?:lihat|liat|survei|survey|cek|datang)\w*"
        r"\b|"
        r"\b(?:saya|aku|pemilik|owner)\b[^.!?\n]{0,15}\b(?:di luar negeri|di luar kota|lagi di luar)\b)"
    ),
    "ms": (
        r"(?:\b(?:tak|tidak|x) (?:boleh|dapat|sempat) (?:nak )?(?:datang )?(?:tengok|lihat|view|tunjuk)\w*\b|"
        r"\b(?:saya|owner|tuan rumah)\b[^.!?\n]{0,15}\b(?:di luar negara|oversea|luar negara)\b)"
    ),
    "ar": (
        r"(?:مسافر|خارج البلد|برا البلد|بالخارج|في الخارج|(?:ما|مش) (?:اقدر|بقدر|أقدر|اقدرش) (?:اوريك|أوريك|افرجك)|"
        r"(?:ما|لا|مش) (?:في|فيه|يمكن|ينفع) (?:معاينة|معاينه))"
    ),
}
_UNSEEN_KEYS = {
    "en": (
        r"(?:\b(?:post|mail|courier|send|ship)\b[^.!?\n]{0,15}?\bkeys?\b|\bkeys?\b[^.!?\n]{0,20}?"
        r"\b(?:by|via|in the|through) (?:post|mail|courier|mailbox|letterbox|australia post|dhl|fedex)\b)"
    ),
    "id": (
        r"\bkunci\b[^.!?\n]{0,25}?\b(?:dikirim|kirim|paket|pos|jne|kurir|gojek|grab|kotak surat|bawah keset|dititip)\b"
    ),
    "ms": r"\bkunci\b[^.!?\n]{0,25}?\b(?:peti surat|pos|poslaju|kurier|courier|dihantar|bawah pasu|bawah tikar)\b",
    "ar": r"(?:المفتاح|المفاتيح|مفتاح)[^.!؟\n]{0,25}?(?:بالبريد|البريد|بالشحن|شحن|مندوب|التوصيل|ارامكس|أرامكس|صندوق)",
}
_UNSEEN_PAY = {
    "en": r"\b(?:transfer|pay|send|deposit|bond)\b",
    "id": r"\b(?:bayar|transfer|tf|dp|lunas|lunasi)\b",
    "ms": r"\b(?:bayar|transfer|deposit|tf|bank ?in)\b",
    "ar": r"(?:حول|حوّل|تحويل|ادفع|دفع|عربون|مقدم)",
}
_NEW_PAYEE = {
    "en": (
        r"\b(?:supplier|vendor|contractor|payee)\b[^.!?\n]{0,40}?\b(?:changed|changing|updated|switched|new)\b"
        r"[^.!?\n]{0,15}?\b(?:bank|account|banking details|bank details)\b",
        r"\b(?:pay|payment|transfer|remit|send|process)\w*\b[^.!?\n]{0,50}?\b(?:to|into|in) (?:the |this |their |his "
        r"|her "
        r"|that )?(?:new (?:account|bank|details)|account (?:they|he|she) (?:e-?mailed|sent))\b",
    ),
    "id": (
        r"\b(?:supplier|pemasok|vendor|rekanan|kontraktor)\b[^.!?\n]{0,30}?\b(?:ganti|ubah|pindah|tukar|pakai)\w*\b"
        r"[^.!?\n]{0,10}?\b(?:rekening|rek|bank)\b",
        r"\b(?:pembayaran|bayar|transfer|tf)\b[^.!?\n]{0,40}?\b(?:ke|masuk(?: ke)?) (?:rekening|rek)\b[^.!?\n]{0,30}?"
        r"\b(?:baru|yang (?:dia|mereka) (?:email|kirim))\b",
    ),
    "ms": (
        r"\b(?:supplier|pembekal|vendor|kontraktor)\b[^.!?\n]{0,30}?\b(?:tukar|ubah|menukar|guna)\b[^.!?\n]{0,10}?"
        r"\b(?:akaun|bank|nombor akaun)\b",
        r"\b(?:bayaran|bayar|transfer|pindahan)\b[^.!?\n]{0,40}?\b(?:masuk|ke|kepada) (?:akaun|akaun bank)\b"
        r"[^.!?\n]{0,30}?\b(?:baru|yang (?:dia|mereka) (?:e-?mel|email|hantar|bagi))\b",
    ),
    "ar": (
        r"(?:المورد|المورّد|الشركة الموردة|المقاول)[^.!؟\n]{0,30}?(?:غير|غيّر|تغير|بدل|حدث|حدّث)[^.!؟\n]{0,15}?"
        r"(?:حساب|الحساب|الآيبان|الايبان|رقم الحساب|البنك)",
        r"(?:حول|حوّل|تحويل|ادفع|دفع|سداد)[^.!؟\n]{0,40}?(?:الحساب|حساب|الايبان)[^.!؟\n]{0,10}?"
        r"(?:الجديد|اللي (?:بعته|أرسله|ارسله))",
    ),
}
_DONATION_WORD = {
    "en": r"\b(?:donat\w*|surgery|appeal|fundrais\w*|charity|orphan\w*|contribut\w*)\b",
    "id": r"\b(?:donasi|sumbangan|infaq|infak|sedekah|bantuan|galang dana|santunan|biaya)\b",
    "ms": r"\b(?:derma|sumbangan|infaq|sedekah|tabung|kutipan|bantuan)\b",
    "ar": r"(?:تبرع|التبرع|تبرعات|التبرعات|صدقة|زكاة|الزكاة|مساهمة|المساهمة)",
}
_DONATION_PERSON = {
    "en": (
        r"(?:\b(?:account|acct|opay|m-?pesa|paypal|cash ?app|wallet|number|till)\b[^.!?\n]{0,25}?\(?"
        r"(?:our agent|the agent|my wife|my husband|(?:[a-z]+'s|his|her) (?:mum|mom|mother|dad|father|aunt|uncle))\b|"
        r"\b(?:my|our) (?:agent'?s|wife'?s|husband'?s) (?:account|number|paypal|wallet)\b)"
    ),
    "id": (
        r"\b(?:rekening|rek|nomor)\b[^.!?\n]{0,10}?"
        r"\b(?:istri saya|suami saya|ibunya|ayahnya|bapaknya|keluarganya|agen kami|anak saya|adik saya)\b"
    ),
    "ms": (
        r"\b(?:akaun|acc)\b[^.!?\n]{0,10}?"
        r"\b(?:ejen|wakil|ibunya|bapanya|ayahnya|isteri saya|suami saya|keluarganya|anak saya|adik saya)\b"
    ),
    "ar": r"(?:حساب|رقم)[^.!؟\n]{0,10}?(?:الوكيل|مندوبنا|وكيلنا|زوجتي|أخوي|اخوي|والدته|امه|أمه|ابوه|أبوه)",
}
_SIM_REPLACED = {
    "en": (
        r"\b(?:sim (?:card )?(?:replacement|swap|change)|replace(?:ment of)? your sim|sim (?:has been|was) "
        r"(?:replaced|swapped))\b(?s:.){0,150}?\b(?:call|contact|dial|ring)\b"
    ),
    "id": (
        r"\b(?:penggantian|ganti|pergantian|migrasi) (?:kartu )?sim(?:card)?\b(?s:.){0,150}?"
        r"\b(?:hubungi|telepon|telp|call)\b"
    ),
    "ms": r"\b(?:penggantian|tukar|pertukaran|gantian) (?:kad )?sim\b(?s:.){0,150}?\b(?:hubungi|telefon|call)\b",
    "ar": (
        r"(?:استبدال|تبديل|نقل|تغيير) (?:شريحتك|الشريحة|شريحة|رقمك)(?s:.){0,150}?"
        r"(?:اتصل|الاتصال|كلمنا|تواصل|التواصل)"
    ),
}
_ADMIRER = (
    r"(?:\bsecret admirer\b|\bsomeone (?:\w+ )?(?:likes|loves|fancies|has a crush on|is into) (?:you|u)\b|"
    r"\bwho (?:likes|loves|fancies|has a crush on) (?:you|u)\b|\bdiam-diam (?:minat|suka|sayang|naksir)\b|"
    r"\b(?:minat|suka|crush|sayang) (?:kat|dekat|pada|sama|ke|kepada) (?:awak|kamu|anda|kau|you)\b|\bnaksir\b|"
    r"\bpengagum rahasia\b|\bpeminat rahsia\b|معجب بيك|معجبة بيك|معجب فيك|معجبة فيك|(?:حد|شخص) (?:بيحبك|يحبك|معجب))"
)
_ADMIRER_SEND = (
    r"(?:\b(?:taip|type|text|sms|ketik|hantar|send|reply|kirim|balas)\b[^.!?\n]{0,25}?\b(?:to|ke|kepada)\s?\d{4,6}\b|"
    r"(?:ارسل|أرسل|ابعت|ابعث)[^.!؟\n]{0,25}?(?:الى|إلى|على|ل)\s?\d{4,6}(?!\d))"
)
# Indonesian round 25. A verification code asked for in the polite passive ("mohon dikirim balik kode 6 digitnya",
# "tolong diinfokan kode OTP yg masuk") or with the bare verb "info" ("mohon info dulu kode OTP-nya"): a request word,
# then the verb, then a code that only verifies (OTP, a verification code, "6 digit"); "kode booking", "kode pos"
# or an electricity token are shared in ordinary talk, and "kode telah dikirim ke nomor Anda" asks nothing.
_ID_VERIFY_CODE = (
    r"(?:kode(?:nya)? (?:otp|verifikasi|aktivasi|keamanan|rahasia|sms|konfirmasi)(?:nya)?|kode(?:nya)? \d (?:digit|angka)|otp|"
    r"\d (?:digit|angka)(?:nya)?|kode(?:nya)? (?:yang|yg) (?:masuk|baru masuk|barusan masuk|kami kirim|terkirim))"
)
_ID_R25_PASSIVE_CODE_ASKS_MAIDEN_NAMES_PREMIUM_0809_AND_GIFT_QRS: dict[S, dict[str, list[str]]] = {
    S.OTP_REQUEST: {
        "id": [
            r"\b(?:mohon|tolong|harap|minta|bisa|boleh|silakan|silahkan)\b(?: [^\s.!?]+){0,2}? "
            r"(?:di(?:kirim(?:kan)?|infokan|info|sebut(?:kan)?|bacakan|baca|berikan|beritahukan|kasih(?: tau| tahu)?|teruskan|share|screenshot|ss)"
            r"|info(?:in|kan)?|kirimin|sebutin|bacain|kasih tau|kasih tahu)(?: balik| dulu| ya| aja| saja)?\b"
            rf"{W3}{_ID_VERIFY_CODE}\b",
        ],
    },
    # The bank's security question, mother's maiden name, asked for in a reply ("balas dgn NIK, nama ibu kandung &
    # no. KK"): SIM registration by SMS asks for NIK and KK numbers, never the maiden name, and a bank never asks it
    # by message.
    S.PASSWORD_REQUEST: {
        "id": [
            rf"\b(?:balas|reply|kirim(?:kan)?|sebutkan|infokan|berikan)\b(?: (?:sms|pesan) ini)?(?: dengan| dgn| dg)?{W7}nama (?:gadis )?ibu kandung\b",
            # a QR to scan, then the PIN typed in to activate or claim a voucher, gift or payout: a payer types the
            # PIN to pay ("scan QRIS di kasir lalu masukkan PIN"), never to receive
            rf"{_QR}(?s:.){{0,80}}?{_ID_ENTER_PIN}[^.!?\n]{{0,40}}?\b(?:untuk|utk|agar|supaya|buat) (?:aktivasi|mengaktifkan|klaim|"
            r"mengklaim|mencairkan|cairkan|menerima|terima|dapat|mendapatkan) (?:voucher|hadiah|bonus|saldo|cashback|dana|uang|refund)\b",
        ],
    },
    # A QR to scan "to process" a refund or an overpayment back to the reader: money is received without scanning.
    S.PAYMENT_REQUEST: {
        "id": [
            rf"\b(?:scan|pindai|scan ulang)\b[^.!?\n]{{0,30}}?{_QR}[^.!?\n]{{0,40}}?\b(?:untuk|utk|agar|supaya|buat)\b(?: proses| memproses| mengajukan)? "
            r"(?:pengembalian dana|pengembalian|refund|pencairan|kelebihan bayar)\b",
        ],
    },
    # A number to call in Indonesia's premium-rate range 0809 (+62 809), however many digits it is written with: a
    # call there is billed far above the ordinary rate ("dengarkan pesan suara Anda di 0809-…"). Only after a verb of
    # calling or listening: an account number may start with the same digits ("rekening 0809…").
    S.PREMIUM_RATE: {
        "id": [
            r"\b(?:hubungi|menghubungi|telepon|telpon|telp|tlp|call|hub|dengarkan|mendengarkan|dengar|panggil|dial|miscall)\b"
            r"[^.!?\n]{0,25}?(?<![\d.,+])(?:\+62[ -]?|62[ -]?|0)809[ -]?\d(?:[ -]?\d){4,}"
        ],
    },
}
_PLEAS_JOB_FEES_UNSEEN_LETS_AND_NEW_PAYEES: dict[S, dict[str, list[str]]] = {
    S.PAYMENT_REQUEST: {
        lang: [
            # the plea told as a story, an amount, then the promise to repay ("my card got blocked here in Dubai ...
            # send Ksh 12k ... I'll send it back when salary comes"): a relative's bill is not paid by a chat
            rf"{_PLEA_STORY[lang]}(?s:.){{0,150}}?{_PLEA_ASK[lang]}(?s:.){{0,150}}?{_PLEA_REPAY[lang]}",
            # a fee for the medical screening, the visa or the documents of a job, paid before it starts
            rf"{_JOB_CONTEXT[lang]}(?s:.){{0,150}}?{_JOB_FEE_ASK[lang]}",
            rf"{_JOB_FEE_ASK[lang]}(?s:.){{0,150}}?{_JOB_CONTEXT[lang]}",
            # a let paid unseen, the owner away and the keys posted. When the payment comes first, the match is its
            # clause (six words at most, whole words) and the rest is looked ahead to: "can't come and see it" ("tak
            # boleh datang tengok") carries a negation that would otherwise read as negating the request
            rf"{_UNSEEN_PAY[lang]}(?:[^\w.!?؟\n]{{1,3}}\w+){{0,6}}(?=(?s:.){{0,150}}?{_UNSEEN_AWAY[lang]}"
            rf"(?s:.){{0,150}}?"
            rf"{_UNSEEN_KEYS[lang]})",
            rf"{_UNSEEN_AWAY[lang]}(?s:.){{0,150}}?{_UNSEEN_PAY[lang]}(?s:.){{0,150}}?{_UNSEEN_KEYS[lang]}",
            rf"{_UNSEEN_AWAY[lang]}(?s:.){{0,150}}?{_UNSEEN_KEYS[lang]}(?s:.){{0,150}}?{_UNSEEN_PAY[lang]}",
            # a supplier's "new bank account", and the invoice paid into it
            rf"{_NEW_PAYEE[lang][0]}(?s:.){{0,150}}?{_NEW_PAYEE[lang][1]}",
            # a donation into an agent's or a relative's account
            rf"{_DONATION_WORD[lang]}(?s:.){{0,150}}?{_DONATION_PERSON[lang]}",
        ]
        for lang in ("en", "id", "ms", "ar")
    },
}
for _lang, _extra in {
    "en": [
        # a top-up or deposit to "unlock" a task level or the commission
        r"\b(?:top-?up|deposit|recharge|pay)\b[^.!?\n]{0,30}?\b(?:to )?(?:unlock|upgrade|activate|open)\b"
        r"[^.!?\n]{0,20}?\b(?:level|tasks?|set|commission|vip)\b",
        # a loan's appraisal, processing or insurance fee paid before the money is released
        r"\b(?:loan|mortgage|financing|credit)\b(?s:.){0,120}?\b(?:pay|transfer|send)\b[^.!?\n]{0,15}?"
        r"\b(?:an? |the )?(?:appraisal|valuation|admin(?:istration)?|processing|insurance|legal|activation) fees?\b"
        r"[^.!?\n]{0,30}?\b(?:upfront|up front|in advance|first|before (?:disbursement|release|approval))\b",
        # customs duty sent through a money-transfer counter or to a named person
        r"\b(?:customs|duty|clearance)\b(?s:.){0,120}?\b(?:send|pay|transfer)\b[^.!?\n]{0,40}?"
        r"\b(?:western union|moneygram|worldremit|to (?:this|the following|the receiver'?s?) name)\b",
        # a soldier's or a mission doctor's "leave fee"
        r"\b(?:pay|send|transfer|help)\b[^.!?\n]{0,25}?\b(?:leave|vacation|retirement|discharge) (?:fee|form fee"
        r"|charges?)\b",
    ],
    "id": [
        r"\b(?:kpr|pinjaman|kredit|dana tunai|pinjol|pencairan|modal usaha|kta)\b(?s:.){0,120}?"
        r"\b(?:bayar|transfer|tf|setor)\b[^.!?\n]{0,10}?\bbiaya\b[^.!?\n]{0,30}?"
        r"\b(?:di ?muka|dulu|duluan|terlebih dahulu|sebelum (?:pencairan|cair|akad|dana cair))\b",
        r"\b(?:bea cukai|bea masuk|pajak (?:barang|impor))\b(?s:.){0,120}?\b(?:transfer|tf|kirim|bayar)\b"
        rf"{_AMOUNT_WINDOW}{{0,40}}?\b(?:a\.?n\.?|atas nama)\s(?!pt\b|cv\b|bank\b|kantor\b|djbc\b|bea\b)",
        r"\b(?:bayar|kirim|transfer|tf|bantu)\w*\b[^.!?\n]{0,25}?\bbiaya (?:cuti|izin pulang|pengiriman paket)\b",
        r"\b(?:membuka|buka|unlock)\b[^.!?\n]{0,15}?\b(?:komisi|level|vip|tugas)\b(?s:.){0,60}?"
        rf"\b(?:wajib|harus|bayar|transfer|deposit|top ?up|aktivasi|upgrade)\b{_AMOUNT_WINDOW}{{0,30}}?{_LATIN_AMOUNT}",
    ],
    "ms": [
        r"\b(?:pinjaman|loan|pembiayaan)\b(?s:.){0,120}?\b(?:bayar|transfer|masukkan)\b[^.!?\n]{0,15}?"
        r"\b(?:yuran|caj|kos|fi)\b[^.!?\n]{0,30}?\b(?:dulu|terlebih dahulu|pendahuluan|sebelum (?:pengeluaran|"
        r"pinjaman|duit|wang))\b",
        r"\b(?:kastam|duti (?:import|kastam)|cukai import)\b(?s:.){0,120}?\b(?:bayar|transfer|masukkan|bank ?in)\b"
        rf"{_AMOUNT_WINDOW}{{0,40}}?\b(?:atas nama|akaun (?:encik|puan|en|pn|peribadi|pegawai))\b",
        r"\b(?:bayar|hantar|transfer|bantu)\w*\b[^.!?\n]{0,25}?\b(?:yuran|bayaran|kos) cuti\b",
    ],
    "ar": [
        r"(?:قرض|تمويل|سلفة)(?s:.){0,120}?(?:ادفع|حول|دفع|تحويل)[^.!؟\n]{0,20}?(?:رسوم|مصاريف)[^.!؟\n]{0,20}?"
        r"(?:الملف|التقييم|التأمين|التامين|الادارية|الإدارية|فتح)",
        # customs duty (Darija "الديوانة") sent to a person's name or through a cash-transfer counter
        r"(?:الديوانة|الديوانه|الجمارك|جمارك|الجمرك|رسوم جمركية)(?s:.){0,120}?(?:صيفط|سيفط|حول|حوّل|ارسل|أرسل|ابعت|ادفع"
        r"|خلص)"
        r"[^.!؟\n]{0,40}?(?:لهاد السمية|لهاد الاسم|لهذا الاسم|على اسم|على الاسم|لاسم|السمية|كاش بلوس|وفاكاش|"
        r"ويسترن|western union|موني ?جرام|moneygram)",
    ],
}.items():
    _PLEAS_JOB_FEES_UNSEEN_LETS_AND_NEW_PAYEES[S.PAYMENT_REQUEST][_lang].extend(_extra)
_PLEAS_JOB_FEES_UNSEEN_LETS_AND_NEW_PAYEES.update(
    {
        # a fixed return per month, week or day, or a sum that "became" a larger one within days
        S.INVESTMENT_LURE: {
            "en": [
                r"\b(?:returns?|profits?|roi|yield|payouts?|dividends?)\b[^.!?\n]{0,20}?\d+(?:[.,]\d+)?\s?%\s?"
                r"(?:per|a|/|every|each)\s?(?:month|week|day)\b",
                r"\b\d+(?:[.,]\d+)?\s?% (?:monthly|weekly|daily) (?:returns?|profits?|roi|payouts?)\b",
                rf"{_LATIN_AMOUNT}[^.!?\n]{{0,15}}?\b(?:became|turned into|grew to|become|becomes|grows to)\b"
                rf"[^.!?\n]{{0,5}}?{_LATIN_AMOUNT}",
                rf"\binvest\b[^.!?\n]{{0,15}}?{_LATIN_AMOUNT}[^.!?\n]{{0,20}}?\b(?:earn|get|receive|make|withdraw)\b"
                rf"[^.!?\n]{{0,15}}?{_LATIN_AMOUNT}[^.!?\n]{{0,10}}?\b(?:in|within|after)\b[^.!?\n]{{0,5}}?"
                r"(?:days?|weeks?|hours?|month)\b",
            ],
            "id": [
                r"\b(?:bagi hasil|profit|keuntungan|untung|imbal hasil|return|roi|cuan|dividen)\b[^.!?\n]{0,15}?"
                r"\d+(?:[.,]\d+)?\s?%\s?(?:per|/|tiap|setiap|se)\s?(?:bulan|minggu|hari)\b",
                # pay per task for likes, ratings or follows
                r"\b(?:like|rating|review|ulasan|follow|subscribe|bintang 5)\b(?s:.){0,80}?"
                rf"(?:\b(?:per|tiap|setiap|1) tugas(?:an)?\b{_AMOUNT_WINDOW}{{0,10}}?{_LATIN_AMOUNT}|"
                rf"{_LATIN_AMOUNT}[^.!?\n]{{0,10}}?\b(?:per|tiap|setiap|/) ?tugas(?:an)?\b)",
                rf"\bmodal\b[^.!?\n]{{0,5}}?{_LATIN_AMOUNT}[^.!?\n]{{0,15}}?\bjadi\b[^.!?\n]{{0,5}}?{_LATIN_AMOUNT}",
            ],
            "ms": [
                r"\b(?:pulangan|keuntungan|untung|profit|dividen|return)\b[^.!?\n]{0,15}?"
                r"(?:\b(?:bulanan|mingguan|harian)\b[^.!?\n]{0,10}?\d+(?:[.,]\d+)?\s?%|\d+(?:[.,]\d+)?\s?%\s?"
                r"(?:sebulan|seminggu|sehari|setiap (?:bulan|minggu|hari)|(?:per|/) ?(?:bulan|minggu|hari))\b)",
                rf"{_LATIN_AMOUNT}\s?jadi\s?{_LATIN_AMOUNT}\s?dalam\s?(?:se|\d+ )?(?:minggu|hari|bulan|jam)\b",
            ],
            "ar": [
                r"(?:لايك|لايكات|تقييم|متابعة|اعجاب|إعجاب|فولو)(?s:.){0,80}?\d+[^.!؟\n]{0,15}?(?:لكل|على كل|عن كل) "
                r"(?:مهمة|مهمه|لايك|تقييم|متابعة)",
                r"(?:ربح|أرباح|ارباح|عائد|عوائد|فائدة)[^.!؟\n]{0,20}?\d+ ?[%٪][^.!؟\n]{0,10}?"
                r"(?:شهري|شهريا|شهرياً|بالشهر|في الشهر|كل شهر|اسبوعي|أسبوعي|اسبوعيا|يوميا|يومي)",
                r"(?:بتحط|تحط|حط|حطيت|تدفع|بتدفع|استثمر|تستثمر|بتستثمر|دخل|دخلت|تدخل|بتدخل)(?: ب| بـ|ب)?"
                r"[^.!؟\n]{0,8}?\d[\d,.]*"
                r"[^.!؟\n]{0,25}?(?:ترجعلك|بترجعلك|يرجعلك|بيرجعلك|تاخد|بتاخد|تقبض|بتقبض|طلعت|بتطلع|تربح|بتربح|"
                r"بيصيروا|بتصير)[^.!؟\n]{0,8}?\d[\d,.]*",
            ],
        },
        # a QR scanned "to receive" a refund or money: a QR the victim scans pays its owner
        S.PRIZE_LURE: {
            "en": [
                r"\b(?:scan|use)\b[^.!?\n]{0,5}?\b(?:this|the|my|our|that)\b[^.!?\n]{0,15}?\bqr\b[^.!?\n]{0,30}?"
                r"\b(?:to|so (?:you|u) can|and)\b[^.!?\n]{0,10}?"
                r"\b(?:receive|get|claim|collect)\b[^.!?\n]{0,15}?\b(?:refund|money|payment|cash|funds)\b",
                r"\bqr\b(?s:.){0,80}?\b(?:payment|money|funds|refund)\b[^.!?\n]{0,20}?"
                r"\b(?:released|sent|transferred|credited) to (?:you|your)\b",
            ],
            "id": [
                r"\b(?:qr|qris|barcode|kode qr)\b[^.!?\n]{0,40}?\b(?:buat|untuk|utk|biar|agar)\b[^.!?\n]{0,10}?"
                r"\b(?:ngambil|ambil|terima|menerima|mencairkan|cairkan|klaim|dapat)\b[^.!?\n]{0,15}?"
                r"\b(?:dana|uang|refund|pengembalian|saldo|cashback)\b",
            ],
            "ms": [
                r"\b(?:imbas|scan)\b[^.!?\n]{0,20}?\b(?:qr|kod qr)\b[^.!?\n]{0,30}?\b(?:untuk|utk|bagi)\b"
                r"[^.!?\n]{0,10}?"
                r"\b(?:terima|menerima|dapatkan|tuntut|claim)\b[^.!?\n]{0,15}?"
                r"\b(?:refund|bayaran balik|wang|duit|bayaran|pampasan)\b",
            ],
            "ar": [
                r"(?:امسح|مسح|سكان|اسكان)[^.!؟\n]{0,25}?(?:qr|الباركود|الكود|رمز الاستجابة)[^.!؟\n]{0,30}?"
                r"(?:عشان|علشان|لكي|حتى|لحتى)[^.!؟\n]{0,10}?(?:تستلم|تسترد|تسترجع|يرجعلك|ترجعلك|يوصلك|تستقبل)",
            ],
        },
        # a SIM replacement "to cancel" by calling an ordinary phone number (a carrier gives its short code)
        S.ACCOUNT_THREAT: {
            lang: [rf"{pattern}[^.!?؟\n]{{0,25}}?{_ORDINARY_PHONE}"] for lang, pattern in _SIM_REPLACED.items()
        },
        # a teaser answered by texting a keyword to a short code
        S.PREMIUM_RATE: {
            "en": [rf"{_ADMIRER}(?s:.){{0,100}}?{_ADMIRER_SEND}"],
            "ar": [rf"{_ADMIRER}(?s:.){{0,100}}?{_ADMIRER_SEND}"],
        },
        # a student-affairs, registry or IT caller asking for a portal password; an ID card and bank details sent
        # by WhatsApp for a loan, or to keep a number or an account from being blocked
        S.PASSWORD_REQUEST: {
            "en": [
                r"\b(?:student (?:affairs|services)|registrar|admissions|it (?:support|desk|department|team))\b"
                rf"(?s:.){{0,150}}?\b{_EN_GIVE}\b[^.!?\n]{{0,40}}?\b(?:portal |account |login |e-?mail |student )?"
                r"password\b",
                r"\b(?:loan|financing|credit)\b(?s:.){0,150}?\b(?:id card|national id|ic|passport)\b[^.!?\n]{0,40}?"
                r"\b(?:bank statement|bank details|account details|atm card)\b[^.!?\n]{0,40}?\b(?:whatsapp|wa|telegram)"
                r"\b",
            ],
            "id": [
                r"\b(?:kemahasiswaan|bagian akademik|baak|admin kampus|tata usaha|it kampus|bagian it)\b"
                rf"(?s:.){{0,150}}?\b{_ID_GIVE}\b[^.!?\n]{{0,40}}?\b(?:password|kata sandi)\b",
                r"\b(?:registrasi|diblokir|blokir|verifikasi|validasi)\b(?s:.){0,120}?\b(?:kirim|kirimkan)\b"
                r"[^.!?\n]{0,15}?\bfoto\b[^.!?\n]{0,20}?\b(?:ktp|kk|e-ktp)\b[^.!?\n]{0,30}?\b(?:ke|via|lewat|melalui) "
                r"(?:wa|whatsapp)\b",
                r"\b(?:pinjaman|kredit|dana tunai|kta)\b(?s:.){0,150}?\b(?:foto )?ktp\b[^.!?\n]{0,40}?"
                r"\b(?:buku tabungan|rekening koran|kartu atm|nomor rekening)\b[^.!?\n]{0,40}?\b(?:wa|whatsapp"
                r"|telegram)\b",
            ],
            "ms": [
                r"\b(?:hal ehwal pelajar|hep|pejabat pendaftar|bahagian akademik|unit it|bahagian it)\b"
                rf"(?s:.){{0,150}}?\b{_MS_GIVE}\b[^.!?\n]{{0,40}}?\b(?:kata laluan|password|kata kunci)\b",
                r"\b(?:pinjaman|loan|pembiayaan)\b(?s:.){0,150}?\b(?:ic|mykad|kad pengenalan)\b[^.!?\n]{0,40}?"
                r"\b(?:penyata bank|kad atm|nombor akaun|butiran bank)\b[^.!?\n]{0,40}?\b(?:wa|whatsapp|telegram)\b",
            ],
            "ar": [
                r"(?:شؤون الطلاب|شئون الطلاب|شؤون الطلبة|القبول والتسجيل|التسجيل|الدعم الفني|تقنية المعلومات"
                r"|قسم الـ?it)"
                r"(?s:.){0,150}?(?:ابعتلي|ابعتيلي|ابعثلي|ارسلي|ارسل لي|أرسل لي|ارسللي|صيفطلي|عطيني|اعطيني|أعطيني|قولي|"
                r"زودني|ابعت|ارسل|أرسل|ابعث)[^.!؟\n]{0,40}?(?:كلمة (?:ال)?سر|كلمة المرور|كلمه (?:ال)?سر|الباسورد|باسورد"
                r"|"
                r"الرقم السري)",
                r"(?:قرض|قروض|سلف|سلفة|تمويل|كريدي)(?s:.){0,150}?(?:البطاقة الوطنية|بطاقة التعريف|الهوية|بطاقة الهوية|"
                r"لاكارط)[^.!؟\n]{0,40}?(?:rib|ريب|كشف الحساب|رقم الحساب|الايبان|الآيبان)[^.!؟\n]{0,40}?"
                r"(?:واتساب|الواتساب|واتس|الواتس|وتساب)",
            ],
        },
        # an OTP the caller says will arrive, to be shared with them ("you will get one OTP, kindly share the same")
        S.OTP_REQUEST: {
            "en": [
                r"\b(?:you(?:'ll| will)|u will|will) (?:get|receive) (?:one|an|a|1|the) (?:otp|code|pin|sms)\b"
                r"(?s:.){0,80}?\b(?:share|tell|provide|read|give|forward|send)\b(?: (?:it|that|the same|same|the otp"
                r"|the "
                r"code))?(?: (?:to|with) (?:me|us|our \w+|the (?:agent|officer|executive|team))\b| (?:the )?same\b)",
            ],
            "id": [
                r"\b(?:akan|nanti)\b[^.!?\n]{0,15}?\b(?:menerima|terima|dapat|masuk|ada)\b[^.!?\n]{0,10}?\b(?:kode|otp)"
                r"\b"
                r"(?s:.){0,80}?\b(?:sebutkan|bacakan|kirimkan|infokan|kasih tau|share|beritahu(?:kan)?)\b"
                r"[^.!?\n]{0,15}?"
                r"\b(?:ke|kepada|pada|sama) (?:saya|kami|petugas|kita)\b",
            ],
            "ms": [
                r"\b(?:akan|nanti)\b[^.!?\n]{0,15}?\b(?:terima|menerima|dapat)\b[^.!?\n]{0,10}?\b(?:kod|otp|tac)\b"
                r"(?s:.){0,80}?\b(?:beritahu|maklumkan|bacakan|sebut(?:kan)?|kongsi(?:kan)?|hantar(?:kan)?)\b"
                r"[^.!?\n]{0,15}?\b(?:kepada|pada|kat|dekat) (?:saya|kami|pegawai)\b",
            ],
        },
        # the screen shared on a WhatsApp video call (a helper watching the banking app)
        S.REMOTE_ACCESS: {
            "id": [
                r"\b(?:share ?screen|bagi(?:kan)? layar|berbagi layar)\b[^.!?\n]{0,30}?"
                r"\b(?:video ?call|vc|panggilan video)\b[^.!?\n]{0,10}?\b(?:wa|whatsapp)\b",
                r"\b(?:video ?call|vc|panggilan video)\b[^.!?\n]{0,10}?\b(?:wa|whatsapp)\b[^.!?\n]{0,30}?"
                r"\b(?:share ?screen|bagi(?:kan)? layar|berbagi layar)\b",
            ],
            "ar": [
                r"(?:مكالمة فيديو|مكالمه فيديو|فيديو كول)[^.!؟\n]{0,20}?(?:واتساب|الواتساب|واتس)[^.!؟\n]{0,30}?"
                r"(?:شارك|شاركي|مشاركة|وشارك)[^.!؟\n]{0,5}?(?:ال)?شاشة",
                r"(?:شارك|شاركي|مشاركة)[^.!؟\n]{0,5}?(?:ال)?شاشة[^.!؟\n]{0,30}?(?:مكالمة فيديو|مكالمه فيديو|فيديو كول)"
                r"[^.!؟\n]{0,20}?(?:واتساب|الواتساب|واتس)",
            ],
        },
        # a first contact from a soldier or a mission doctor abroad, moved to another chat
        S.IMPERSONATION: {
            "en": [
                r"\b(?:i'?m|i am)\b[^.!?\n]{0,10}?\b(?:army|military|navy|marine|peacekeeping|un|united nations)\b"
                r"[^.!?\n]{0,20}?\b(?:doctor|surgeon|nurse|officer|general|captain|sergeant|engineer|soldier)\b"
                r"[^.!?\n]{0,30}?\b(?:on (?:a )?(?:peacekeeping |un )?mission|serving|deployed|stationed|on duty"
                r"|posted)\b"
                r"(?s:.){0,150}?\b(?:chat|talk|contact|message)"
                r"\b[^.!?\n]{0,15}?\b(?:on|via|through) (?:hangouts|telegram|whatsapp|google chat|signal|kik|wickr)\b",
            ],
            "id": [
                r"\b(?:dokter|tentara|perwira|jenderal|kapten|insinyur|tenaga medis)\b[^.!?\n]{0,20}?\b(?:misi|pbb"
                r"|militer|"
                r"us army|angkatan|pasukan perdamaian)\b",
            ],
            "ms": [
                r"\b(?:doktor|tentera|pegawai tentera|jeneral|kapten|jurutera)\b[^.!?\n]{0,20}?\b(?:misi|pbb|"
                r"bangsa-bangsa bersatu|us army|tentera amerika|pasukan pengaman)\b",
            ],
        },
    }
)
for _table in (
    _UK_PREMIUM_SMS,
    _AR_EN_ZH_R23_PLEAS_TO_PERSONS_CUSTOMS_HOLDS_CANTONESE_CODES_AND_PAID_REPLIES,
    _AR_EN_ZH_R21_CODES_REFUNDS_QR_SWAPS_NEW_NUMBERS_AND_TASKS,
    _ZH_TH_VI_CARD_CHECKS_SIM_OFF_UNLOCK_DEPOSITS_AND_BOSS_ORDERS,
    _EN_R24_NEW_NUMBERS_SUPPLIER_BANK_CHANGES_AND_PC_TECHNICIANS,
    _EN_R25_LOST_PHONE_OPENERS_AND_WRONG_NUMBER_CHATS,
    _ARABIZI_CODE_REQUESTS,
    _AR_R25_PASSWORDS_CARDS_TASK_PAY_SCREENS_NAFATH_SECRETS_AND_GIFTS,
    _ZH_BANS_MENTORS_LOAN_DEPOSITS_AND_PLEAS,
    _LINK_CODE_AND_DESK,
    _ZH_R24_NEW_NUMBERS_AND_BORROWED_PHONES,
    _QR_AND_ATTACHMENT,
    _SEA_IT_PASSWORDS_GUIDED_REFUNDS_COOP_LOANS_AND_BORROWED_PHONES,
    _FEE_TO_PERSON,
    _TH_R24_CODE_RELAYS_LOGINS_AND_RECEIVING_QRS,
    _TH_R25_RETURNS_CODE_SLIPS_GIFT_FEES_DONATIONS_AND_LINE_HANDOFFS,
    _ADVANCE_PAYMENT,
    _FP_R21B_INTROS_PREMIUMS_AND_OWN_TRANSFERS,
    _GIFT_CARD_CODES,
    _AR_R24_DIALECT_CODES_NEW_NUMBERS_MEETINGS_TASK_DEPOSITS_AND_SHORT_CODES,
    _SCAM_STORIES,
    _SUBSCRIBED,
    _CODE_READ_BACK,
    _IDMS24_SHARED_LOGINS_CARD_BACKS_AND_SIM_CANCELS,
    _CARD_PIN_AND_NEW_PAYEE,
    _CALLER_CODES_DARIJA_AND_HALF_FEES,
    _REFUND_CODES_CIRCLES_AND_NEW_PAYEES,
    _DONATIONS_RELEASED_BOOKINGS_GOLD_LABOUR_FEES_AND_ESIM_QRS,
    _DIGITS_BACK_BAIL_AND_TASK_PAY,
    _HOTLINE_CALLBACK_TO_CANCEL,
    _ZH_FRIEND_CARDS_CODES_AND_SIDE_DEALS,
    _ZH_R25_CREDENTIAL_LISTS_CODES_BACK_NEW_CHATS_AND_NEW_ACCOUNTS,
    _SCRATCH_CARD_CODES,
    _FEES_VOTES_CARDS_AND_DOUBLING,
    _PEER_PAYMENTS_SPLITS_REPAYMENTS_AND_USUAL_ACCOUNTS,
    _FEES_DEPOSITS_REFERENCES_AND_ID_REPLIES,
    _CERTIFICATES_CODES_AND_STRANGERS,
    _COURIER_CODES_CASHOUTS_AND_GROUP_PAY,
    _RENEWALS_COLLECTORS_SHARE_CHAINS_AND_NEW_PAYEES,
    _SECRET_ORDERS_STRANGERS_LOANS_AND_ACCOUNT_KEYS,
    _STRANDED_FEES_QR_RECEIPTS_AND_CALL_TRANSFERS,
    _LINKS_PAYMENT_TO_PERSONAL_HANDLES,
    _TF_ATM_QR_SIM_SERIALS_AND_HOUSE_VISITS,
    _VI_KEEP_PHONE_OFF_ORDERS,
    _TH_ROMANCE_SIMS_CODES_RECEIVING_QRS_AND_OWED_MONEY,
    _MS_ID_R25_BLOCKED_CARD_CALLBACKS,
    _PLEAS_JOB_FEES_UNSEEN_LETS_AND_NEW_PAYEES,
    _ID_R25_PASSIVE_CODE_ASKS_MAIDEN_NAMES_PREMIUM_0809_AND_GIFT_QRS,
    _SEA_PERSONAS_OFFICER_ACCOUNTS_NEW_QRS_AND_MISTYPED_CODES,
    _ID_MS_VI_R23_CODE_RELAYS_LOAN_RELEASE_FEES_RECEIVE_QRS_AND_ARREST_SETTLEMENTS,
):
    for _signal, _by_lang in _table.items():
        for _lang, _patterns in _by_lang.items():
            PATTERNS[_signal].setdefault(_lang, []).extend(_patterns)

# Vietnamese "ko" (= không) is a negation; Tagalog/Taglish "ko" is "my / I" ("napindot ko yung link", "number ko
# na-block, pa-send ng code"). In a message that reads as Tagalog (one of its particles or pronouns, none of
# which is a Vietnamese word once folded) the negation is NEGATION_WITHOUT_VI_KO.
_VI_KO = r"\bko\b|"
TAGALOG_MARKERS = (
    r"\b(?:yung|naman|po|ng|nang|kasi|talaga|ako|ikaw|sayo|sa'yo|salamat|kuya|ate|ninyo|namin|natin|kailangan|"
    r"natanggap|dumating|paki-?\w+|pa-(?:send|forward|text|screenshot)|napindot|pinindot)\b"
)
# The Indonesian and Malay negations (kept apart: an Arabizi message has words that spell like them, below).
_IDMS_NEGATION = (
    rf"\b(?:{_IDMS24_NEGATION}jangan|tidak|tak|tdk|jgn|gak|nggak|ngga|enggak|gk|bukan(?! (?:anda|awak|kamu|kakak|kak|akak|bapak|ibu|encik"
    r"|puan|tuan|scammer|scam|penipu|penipuan|tipu|palsu|fake)\b)|usah|dilarang|waspada|(?:jika|apabila|sekiranya) ada (?:yang|pihak|orang|sesiapa)|berhati-hati|aw"
    r"as)\b|"
)
# Negations and warnings that cancel a request when they open its clause (looked up in the few words
# before the match, within the same sentence).
NEGATION = (
    r"(?:\b(?:do not|don'?t|does not|doesn'?t|did not|didn'?t|will not|won'?t|must not|should not|never|not to|no one|nobody|"
    r"if (?:anyone|someone|somebody|anybody)|beware|(?<!\bto )avoid|refuse|without|"
    # ("No police officer will ask you to transfer money", "no bank staff would ever call for your PIN": a policy)
    r"no (?:[a-z]+ )?(?:officers?|officials?|staff|employees?|agents?|banks?|authorit(?:y|ies)|agenc(?:y|ies)|"
    r"government|court|police|one from \w+) (?:will|would|shall|should|ever|is allowed to|are allowed to))\b(?! hang up)|"
    # ("do not hang up", "请勿挂断", "ห้ามวางสาย": the caller keeping the victim on the line negates nothing after it)
    # a request made by an impostor, described in a warning ("someone pretending to be Richard and asking for ...")
    r"\b(?:pretending to be|spoofing|impersonating|posing as|giả mạo|giả danh|mạo danh|mengaku|ngaku|menyamar)\b|冒充|假冒|แอบอ้าง|ينتحل|انتحال|"
    # "đừng" (don't) folds to "dung", like "ứng dụng" (app), "sử dụng" (use), "người dùng" (user), "nội dung" (content)
    # and "dung lượng" (capacity), and "chân dung" (portrait: "gửi ảnh chân dung qua Zalo").
    # ("chớ", don't, is left out: it folds to "cho", the everyday "for / give to".)
    # ("không phải bạn", "bukan anda", "ไม่ได้ทำรายการ" are the "if it wasn't you" of a notice, not a negation.)
    # ("Ai nhắn xin mã ... thì gọi cháu", whoever texts asking for the code: a conditional warning, like "nếu ai".)
    # ("bukan scammer", "bukan penipu" is the sender's reassurance before the request, not a negation of it: "nak
    # pastikan awak bukan scammer, boleh bagi kod …".)
    # ("ไม่ดี", bad, and "ไม่สำเร็จ", failed, describe a state: "สัญญาณไม่ดี ช่วยซื้อ…" is not "do not buy"; "ไม่กี่",
    # a few, is no negation at all; "ถ้า/หาก (คุณ) ไม่ได้สั่ง / ไม่ต้องการ", if you did not order it / do not want
    # it, is a parcel's condition: "ถ้าไม่ได้สั่ง สแกนคิวอาร์…" asks to scan ("หากคุณไม่ได้ขอรหัสนี้" stays a
    # negation). "เข้าไม่ได้", can't get in, and "ใช้ไม่ได้", doesn't work, are states too: "ไลน์เก่าเข้าไม่ได้
    # ยืมเงิน…" is not "do not borrow".)
    # (A job ad's "ไม่ต้องมีประสบการณ์", "ไม่จำกัดวุฒิ", no experience or degree needed, is the offer, not a negation of
    # the fee asked after it; "อย่าเพิ่งวางสาย", don't hang up yet, keeps the victim on the line like "อย่าวางสาย".)
    rf"\b(?:không(?! phải (?:là )?(?:bạn|quý khách|qk)\b)|tuyệt đối|nếu (?:có )?(?:ai|bất kỳ ai|người lạ)|(?:hễ |có )?ai (?:nhắn|gọi|bảo|hỏi|đòi|yêu cầu)|cảnh giác|kg)\b|{_VI_KO}"
    r"(?<!ung )(?<!su )(?<!nguoi )(?<!tieu )(?<!ap )(?<!noi )(?<!chan )\bđừng\b(?! (?:lượng|tích|dịch)\b)|"
    + _IDMS_NEGATION
    + r"(?:不要|切勿|请勿|勿|不得|不会|唔会|不可|严禁|谨防|千万不要|绝不|如有人|如果有人|任何人|凡是)(?!挂断|挂电话|挂机)|"
    # "no need to" and "don't" (Mandarin, Cantonese) only right before the verb they govern: "不用告诉我任何密码",
    # "无需提供银行卡密码", "别回任何要你报密码的邮件", "唔使俾我密码" ("不用担心，把验证码发我" negates nothing; "别人",
    # "特别", "区别" are no "别"); the clause searched ends where the request match starts, so a negation at its very
    # end governs the verb that opens the match
    r"(?:不用|不需要|无需|無需|毋须|毋須|不必|唔使|唔洗|唔需要|唔好)"
    r"(?=[^，。！？,.!?\n]{0,3}?(?:告诉|告訴|告知|提供|透露|发|發|报|報|回|输入|輸入|填|给|給|俾|讲|講|说|說|念|读|讀|转|轉|汇|匯|滙|点|點|扫|掃|下载|下載|安装|安裝|共享|开启|開啟|打开|打開)|$)|"
    # ("别告诉别人" / "别跟家里说" is the scammer's own secrecy, so "别" negates only a reply, a link or a secret)
    r"(?<![特分区區性级級类類识識辨告派差离離个個])[别別](?!人|的|处|處|墅|名|针|針)"
    r"(?=[^，。！？,.!?\n]{0,3}?(?:回|点|點|扫|掃|下载|下載|安装|安裝|提供|透露|报|報|输入|輸入|填)|$)|"
    r"(?:(?:ห้าม|อย่า)(?!(?:เพิ่ง)?(?:วางสาย|ตัดสาย))|(?:(?<!ถ้า)(?<!หาก)(?<!ถ้าคุณ)(?<!หากคุณ)(?<!ถ้าพี่)(?<!ถ้าท่าน)(?<!หากท่าน)ไม่|ไม่(?!ได้สั่ง|ต้องการ))(?<!เข้าไม่)(?<!ใช้ไม่)(?!ได้ทำรายการ|ใช่ท่าน|ใช่คุณ|ดี|สำเร็จ|กี่|ต้องมีประสบการณ์|จำกัดวุฒิ|จำกัดอายุ|จำกัดเพศ)|หากมี(?:ผู้|คน|บุคคล)|(?:ถ้า|หาก)(?:มี)?ใคร(?:มา|โทร|ทัก|ส่ง|อ้าง|ขอ|ติดต่อ|แชท|แอด)|ระวัง)|"
    # ("ماتشاركش": a request match may start inside the word, after "مات", which then ends the clause)
    r"(?:\bلا\b|\bو?لن\b|عدم|ابدا|اياك|يحظر|تحذير|اذا طلب|احذر|\bما ?ت[^\s]{2,10}ش\b|\bما ?ت$|\bمت(?:شارك|قول|دي|بعت|ديش)[^\s]{0,3}ش\b|عمر(?:ه|ها|نا|هم) ما|محدش|ماحد|ما حد|ماحدا|ما حدا|مفيش حد|لو (?:حد|احد|أحد) (?:طلب|اتصل|كلمك)|لو جالك (?:اتصال|مكالمة|رسالة)))"
)
# A Thai "ไม่" that describes a state, not the request: "แอปเข้าไม่ได้", "โทรไม่ติด", "ติดประชุมไม่สะดวกคุย", "บัญชียัง
# ไม่ผูกกับระบบ" (can't get in, can't get through, not free to talk, not yet linked) tell why the writer asks, so they
# neither open the clause of a request nor cancel a match that holds them (textsignals.py). A verb, then "ไม่" and its
# result ("ได้", "ติด", "ทัน" ...); "ยังไม่", not yet, unless "ยังไม่ต้อง" (no need yet); "ไม่" with a word of state.
# "ไม่ต้อง", "ไม่ควร", "ไม่ให้", "อย่า" and "ห้าม" are never states.
_TH_STATE_VERB = (
    r"เข้าสู่ระบบ|เข้า|ใช้|เปิด|ปิด|ล็อกอิน|ล็อคอิน|login|โทร|ติดต่อ|โอนเงิน|โอน|ถอนเงิน|ถอน|รับสาย|รับ|จ่าย|ชำระ|สแกน|กด|"
    r"ตอบ|ส่ง|นำส่ง|ไป|มา|ออก|ดู|ได้ยิน|คุย|ทำรายการ|ทำ|เชื่อม|ผูก|อัปเดต|อัพเดท|ยืนยัน|ชาร์จ|ขึ้น|หา|จำ|พูด|ติด|ต่อ"
)
STATE_NEGATION = (
    r"(?:(?:" + _TH_STATE_VERB + r")ไม่(?:ได้|ติด|ทัน|ผ่าน|สำเร็จ|ขึ้น|ไหว|ออก|เข้า)|"
    r"ยังไม่(?!ต้อง|ควร|ให้)|"
    r"ไม่(?:ชัดเจน|เพียงพอ|พอ|ถูกต้อง|ครบ|ว่าง|สะดวก|ปกติ|ตรงกัน|(?:ได้)?ตั้งใจ)|"
    # ... and after an English verb, as Thai writers name system actions ("sync ไม่ผ่าน", "login ไม่ได้", "verify ไม่สำเร็จ")
    r"(?<![a-z])[a-z]{3,}\s?ไม่(?:ได้|ผ่าน|สำเร็จ|ขึ้น|เข้า)|"
    # Vietnamese calls that did not get through are states too: "gọi anh không nghe máy, anh ck giúp em vào stk",
    # "gọi mẹ ko được nên con nhắn" (the reason a courier or a relative writes, not "do not transfer")
    r"\b(?:không|ko) (?:nghe máy|nghe (?:điện thoại|đt)|nghe(?! (?:theo|lời))|bắt máy|liên lạc được|gọi được)\b)"
)
# Negation words that folding makes identical to other words: "đừng" (don't) folds to "dung", like "dùng" (use) and
# "dũng" (a name). Where the user wrote the tone marks, the negation counts only as the word itself
# (textsignals.py); "dung" typed without marks stays a negation ("dung chuyen tien cho ai").
ACCENTED_NEGATION_WORDS = {"dung": "đừng"}
# Likewise the word that opens a request: "mọi" (every) folds like "mời" (please), "hay" (or) like "hãy" (do):
# "Mọi khoản thanh toán phải qua kế toán", "chuyển khoản hay nộp tiền mặt" ask nothing. Where the match is written
# with tone marks, its first word must be the request word itself (textsignals.py).
ACCENTED_REQUEST_WORDS = {"moi": "mời", "hay": "hãy"}
assert NEGATION.count(_VI_KO) == 1
NEGATION_WITHOUT_VI_KO = NEGATION.replace(_VI_KO, "")
# Arabic written in Latin letters and digits (Arabizi, langid.looks_arabizi) spells words like the Indonesian
# negations: Egyptian "gak" / "gale" is "came to you" ("el code elly gak 3ala el mobile, ab3atholi"), not "not". In
# such a message the Indonesian and Malay negations are replaced by Arabizi ones, written as the text folds (a digit
# inside a word reads as a letter): "matb3atsh" / "ma t2olsh" (don't send / don't say: "ma", "t", the verb, "sh"),
# "la t..." (don't), "e7zar" / "ew3a" (beware), "eyak" (never).
ARABIZI_NEGATION = r"\b(?:ma ?t[a-z0-9]{2,12}sh|mt[a-z0-9]{2,10}sh|la (?:t|tb|td)[a-z0-9]{2,10}|e[7ht]zar|i[7ht]zar|ewea|ewa|ewaa|2?[ei]yak)\b|"
assert NEGATION.count(_IDMS_NEGATION) == 1
NEGATION_FOR_ARABIZI = NEGATION.replace(_IDMS_NEGATION, ARABIZI_NEGATION)
# "Entered the wrong PIN 3 times": a secret named in an account notice about a failed entry is not a request;
# nor is the code of a gate, a door, the Wi-Fi or a meeting that a friend or colleague asks for.
WRONG_ENTRY = (
    r"(?:\bcode (?:for|of|to) (?:the |your )?(?:[a-z]+ )?(?:gate|door|building|wi-?fi|locker|alarm|garage|meeting|zoom|room|lock|safe|album|folder|file|drive)\b|"
    r"\b(?:gate|door|wi-?fi|locker|alarm|garage|meeting|zoom|room) (?:code|password|pin|passcode)\b|"
    r"\bmã (?:cửa|cổng|wifi|phòng họp|khóa cửa)|\bmật khẩu wifi\b|\bkode (?:pintu|pager|gerbang|wifi|kunci)\b|\bkod (?:pagar|pintu|wifi)\b|"
    r"(?:门禁|wifi|会议号|会议码)|รหัส(?:ประตู|ไวไฟ|wifi)|(?:كود|رمز|رقم) (?:البوابة|الباب|الواي فاي|الاجتماع)|"
    r"\b(?:password|passcode) (?:to open|for|of) (?:the |this |your )?(?:file|pdf|document|attachment|payslip|pay slip|statement)s?\b|"
    r"\bmật khẩu (?:để )?mở (?:file|tệp|tập tin|phiếu lương)|\bkata (?:sandi|laluan) (?:untuk )?(?:membuka|buka) (?:fail|file|dokumen|slip)|"
    r"(?:打开|解压|查看)(?:文件|附件|工资条)的?密码|รหัส(?:ผ่าน)?(?:สำหรับ)?เปิด(?:ไฟล์|เอกสาร|สลิป)|كلمة (?:المرور|السر) (?:لفتح|فتح) (?:الملف|المرفق))|"
    r"(?:\b(?:wrong|incorrect|invalid|failed) (?:pin|password|passcode|code|otp)|\b(?:entered|typed) (?:\w+ ){0,3}?(?:wrongly|incorrectly)\b|"
    r"\bnhập sai\b|\bsai (?:mật khẩu|mã pin|mã otp)\b|\bsalah (?:pin|password|kata sandi|kata laluan)\b|\b(?:pin|password) salah\b|"
    r"بشكل خاطئ|بشكل خاطى|خاطئ|\bخطأ\b|ใส่รหัสผิด|รหัสผิด|输错|输入错误|密码错误)"
)
# "升级后首次登录需要重新输入密码", "登录时请输入新密码": in Chinese the user types their own password at log-in, into the
# system itself (an entry verb, "输入" or "填写", of a plain or log-in password, with log-in or unlock named in the same
# sentence); nothing is given to anyone. Not when the message gives a link or a long number (the phishing page's "请点击
# … 登录并重新输入密码"; ``LOGIN_LINK``: an "@" that opens a group mention, "@全体成员", is no address), and a give verb
# ("发给", "告诉", "提供") is no entry (textsignals.py).
LOGIN_LINK = rf"(?:{_LINK_ROUTE.replace('@|', '')}|{_LONG_NUMBER})"
LOGIN_PASSWORD_ENTRY = (
    r"(?:登录|登錄|登入|登陆|登陸|开机|開機|解锁|解鎖)[^。！？\n]{0,24}?(?:重新|再次)?(?:输入|輸入|填写|填寫)(?:您的|你的|新的|新)?(?:登录|登錄)?密码|"
    r"(?:重新|再次)?(?:输入|輸入|填写|填寫)(?:您的|你的|新的|新)?(?:登录|登錄)?密码[^。！？\n]{0,12}?(?:登录|登錄|登入|登陆|登陸|解锁|解鎖)"
)
# "Con quên mật khẩu wifi nhà mình rồi, ba nhắn lại con với": a request that names no secret of its own (no OTP,
# verification, bank or card code: ``NAMED_SECRET``) asks for the Wi-Fi, door or gate code the sentence named
# earlier (``PLACE_SECRET``), however far before it (textsignals.py; ``WRONG_ENTRY`` only looks a few words back).
PLACE_SECRET = (
    r"(?:\b(?:wi-?fi|gate|door|alarm|locker) (?:code|password|pass|pin)\b|\b(?:mật khẩu|pass|mã|pass word) "
    r"(?:wi-?fi|wifi|cửa|cổng|khóa cửa|két|tủ)\b|\b(?:kode|kata sandi|password) (?:wifi|pintu|gerbang)\b|"
    r"wifi ?(?:密码|密碼)|รหัส(?:ไวไฟ|wifi)|(?:كلمة (?:سر|مرور) )?(?:ال)?واي ?فاي)"
)
NAMED_SECRET = (
    r"(?:\b(?:otp|tac|pac|cvv|pin|xác thực|xác nhận|xác minh|bảo mật|kích hoạt|giao dịch|ngân hàng|thẻ|tài khoản|"
    r"đăng nhập|zalo|verification|bank|card|account|login|verifikasi|pengesahan|rekening|akaun)\b|"
    r"验证码|动态码|银行|账户|ธนาคาร|บัญชี|بنك|حساب)"
)
# "To confirm the payee, enter code 902118": the user is told to type a code the message itself gives, into the
# app or page in front of them; that is a delivery, not a request (a read-back request names a person to send the
# code to, and its verb is send/give/tell: "send me the code 640213" stays a request). Searched near the end of a
# code-request match: an entry verb, a few words at most, then the code.
CODE_ENTRY = (
    r"(?:\b(?:enter|type|input|key in|use|nhập|masukkan|masukan|gunakan|guna)\b|输入|填写|กรอก|ใส่|أدخل|ادخل)"
    r"[^\d.!?\n]{0,24}?(?<!\d)(?:\d[ -]?){3,7}\d(?!\d)"
)
# "Kode belum masuk? Silakan kirim ulang kode OTP lewat aplikasi", "tekan Hantar Semula untuk kod baharu di skrin
# app": the code is to be sent again by the app to the reader (its "resend" button), not sent by the reader to anyone.
# A request match that opens with the resend verb (``RESEND_CODE``, at the match) whose sentence names the app, its
# screen or its button (``RESEND_CHANNEL``) and no person to send the code to (``RESEND_TO_PERSON``: "kirim ulang kode
# OTP-nya ke saya", "ke nomor ini", "lewat WA") is no code request (textsignals.py).
RESEND_CODE = r"(?:kirim(?:kan)?|hantar(?:kan)?|minta) (?:ulang|semula|kembali)\b"
RESEND_CHANNEL = (
    r"\b(?:(?:lewat|melalui|menerusi|via|di|pada|dalam|kat) (?:[^\s.!?]+ ){0,2}?(?:aplikasi|apl|app|halaman|laman|layar|"
    r"skrin|menu|situs|website|portal)|tombol|butang|button|(?:klik|tekan|ketuk|pilih|sentuh) (?:tombol |butang )?"
    r"[\"'“‘]?(?:kirim|hantar|minta))\b"
)
RESEND_TO_PERSON = (
    r"\b(?:(?:ke|kepada|kpd|sama|kat|pada|dekat|utk|untuk) (?:saya|sy|aku|gue|gw|kami|kita|sini|admin|petugas|pegawai|"
    r"ejen|agen|(?:nomor|nombor|no|nmr) (?:ini|ni|saya|sy|kami))|(?:lewat|melalui|via|di|ke) (?:wa|whatsapp|wasap|"
    r"telegram|chat|dm|inbox|sms)|balas|reply)\b"
)
# "系统会发送一个6位数验证码到您的手机", "我们将向您的手机发送验证码", "稍后将发送给您一条验证码": the service tells the
# user, in Chinese, that a code *will be sent to them* (to type in where they are); the send verb names the reader as
# the code's recipient, right after the code word ("…验证码到您的手机", "…至您预留的手机号"), inside the match
# ("发送给您") or before the verb ("向您的手机发送"). That is a notice, not a request to pass the code on. It stays a
# request when the message also asks for the code to be passed to a person (``CODE_PASSED_ON``: "系统会发验证码到你
# 手机，你报给我", "…收到后念给客服"), the read-back scam (textsignals.py: searched around a code-request match).
CODE_TO_READER = (
    r"(?:向|给|給|为|為)(?:您|你)(?:的)?[^，。！？\n]{0,10}?(?:发送|發送|下发|下發|推送|发|發)|"
    r"(?:发送|發送|下发|下發|推送|发|發)(?:给|給)(?:您|你)|"
    r"(?:验证码|驗證碼|校验码|动态码|动态密码|短信码|确认码|安全码|otp|激活码)[^，。！？\n]{0,6}?(?:到|至|给|給)(?:您|你)"
)
CODE_PASSED_ON = (
    r"(?:告诉|告訴|告知|报|報|念|读|讀|说|說|发|發|传|傳|转|轉|回复|回覆|截图|截圖|提供|俾|畀|send|forward|fwd)"
    r"[^，。！？,!?\n]{0,3}?(?:给|給|返|番)?(?:我|我们|我們|客服|工作人员|工作人員|专员|專員|对方|對方|骑手|騎手|快递员|"
    r"快遞員|配送员|配送員|小哥|师傅|師傅|司机|司機)|"
    # ... or asked for as a favour, its receiver understood ("可以帮我转发一下那个6位数吗", "麻烦截图一下")
    r"(?:帮我|幫我|麻烦|麻煩|可以|能不能)[^，。！？,!?\n]{0,3}?(?:转发|轉發|发|發|传|傳|告诉|告訴|截图|截圖|念|读|讀|报|報)|"
    # ... or handed or sent over ("把验证码给我", "发过来"), replied to this number, or read out ("回复至本号码", "念出来")
    r"(?:给|給)(?:我|我们|我們)(?![^，。！？,!?\n]{0,2}(?:发送|發送|下发|推送))|(?:发|發|传|傳)(?:过来|過來|来|來)|"
    r"(?:回复|回覆)(?:至|到|给|給)?(?:本|此|这个|這個|该|該)(?:号码|號碼|短信|简讯|簡訊|客服)|"
    r"(?:念|读|讀|报|報|说|說)(?:出来|出來)|"
    # ... or asked for with "please" and no receiver named ("请提供验证码", "需要你告知一下"), the code itself named as
    # what is given or replied ("回复6位数字", "报一下那个码"), its value asked ("验证码是多少"), or in Cantonese "话我知"
    r"(?:请|請|麻烦|麻煩|需要|需|要)[^，。！？,!?\n]{0,4}?(?:提供|告知|告诉|告訴|报|報|念|读|讀|截图|截圖|回复|回覆)|"
    r"(?:提供|告知|告诉|告訴|报|報|念|读|讀|截图|截圖|回复|回覆)[^，。！？,!?\n]{0,6}?(?:码|碼|数字|數字|位数|位數)|"
    r"(?:码|碼)(?:是)?多少|(?:话|話|讲|講)(?:我|我哋)知|同我(?:讲|講|说|說)"
)
# "Cháu gửi mã mở khóa của bà là 1 2 0 4", "the code for you is 4417": the code words are followed, a few words
# on, by a copula and the code itself: the message gives a code, it does not ask for one. Searched in the 50
# characters after a code-request match; 4 to 8 digits (a phone number is longer, and "send the OTP, my number is
# 0912345678" stays a request).
# A bank's transaction code written right before its digits ("TAC 419283 for fund transfer RM1,200.00 to X", "… to X.
# OTP: 552031", "验证码 918273"): the notice delivers the code for the payment it describes (no generic "code" or "pin":
# "reference code 5521" may be a scam's payment reference; textsignals.py).
TXN_CODE_GIVEN = (
    r"(?:\b(?:tac|pac|otp)\b|验证码|动态码|动态密码)\s*(?:\b(?:is|la|là|adalah|ialah)\b|是|为|[:：])?\s*"
    r"(?<!\d)\d{4,8}(?!\d)"
)
CODE_IS = r"(?:\b(?:is|la|là|adalah|ialah)\b|คือ|是|为)\s*[:：]?\s*(?<!\d)(?:\d[ -]?){3,7}\d(?![\d -]*\d)"
# "The monthly fee of Rp 15.000 has been debited": a fee or payment already taken is a statement, not a request.
ALREADY_PAID = (
    r"(?:\b(?:has been|was|have been) (?:charged|debited|deducted|paid|collected|taken)\b|"
    # ("Deposit RM50 paid.", "Balance $20 received": an amount and the word of its receipt, a booking's note)
    r"\d (?:already )?(?:paid|received)\b(?! (?:by|before|within|to|into|via|on|at|in full by)\b)|\b(?:telah|sudah|tetap|akan|mungkin|boleh) "
    r"(?:didebet|dipotong|dibayar|ditolak|dikenakan)\b|\bmay (?:be charged|apply)\b|\bđã (?:được )?(?:trừ|thanh toán|thu)\b|"
    r"已扣|已扣除|已支付|已缴|ถูกหัก|หักแล้ว|ชำระแล้ว|ไปแล้ว|แล้วเมื่อ(?:เช้า|วาน|คืน|สักครู่)|تم خصم|تم سداد|تم دفع|"
    # "Deposit RM50 telah diterima", "Deposit RM20 dah terima, terima kasih": a deposit already received (round 25), not
    # one promised for when it arrives ("bila dah terima", "selepas diterima")
    r"(?<!bila )(?<!kalau )(?<!jika )(?<!apabila )(?<!lepas )(?<!selepas )\b(?:telah|sudah|dah|udah|sdh) (?:di)?terima\b|"
    # "Transfer RM45.00 to KEDAI X successful.", "Topup RM30 berjaya.": a confirmation, the success word ending its clause
    r"\b(?:successful(?:ly)?|completed|berjaya|berhasil|sukses|thành công)\s*(?:[.!,;:]|$|(?:on|at|lúc|vào|pada|pd|pada tarikh) \d|\d)|成功[。！，,]|成功$|成功\d|สำเร็จแล้ว|"
    # "Deposit RM50 paid.", "Deposit RM40 received with thanks", "Deposit RM80 sudah diterima", "deposit RM20 dah terima":
    # a receipt, the paid or received word right after the amount (a request's "once received we ship" is not)
    r"(?<=\d) ?(?:(?:telah|sudah|dah|udah|sdh) (?:di)?(?:terima|bayar)\b|"
    r"(?:diterima|dibayar|paid|received)(?: in full| penuh)?(?:,? (?:with thanks|terima kasih))?\s*(?:[.!,;)]|$|\b(?:for|towards|untuk)\b)))"
)
# Statements of policy ("the bank never asks for …") negate a whole sentence, however long.
STRONG_NEGATION = (
    r"(?:\b(?:never|will not|won'?t ever|không bao giờ|không yêu cầu|tidak pernah|tidak akan|tidak sesekali|"
    r"tidak akan sesekali|tak pernah|beware|waspada|cảnh giác|berhati-hati)\b|"
    r"不会|唔会|绝不|从不|从未|谨防|均为诈骗|都是诈骗|ไม่มีนโยบาย|ไม่มีการ|ไม่เคย|จะไม่|ระวัง|\bو?لن\b|لا يطلب|لا نطلب|\bابدا\b|احذر|عمر(?:ه|ها|نا|هم) ما|"
    # ... with the institution's people as a negated subject, the asking verb right after them ("No police officer will
    # ask you to transfer money", "none of our staff would ever call you for", "محدش من موظفين البنك هيطلب منك",
    # "مفيش موظف هيكلمك", "مش هنطلب منك", "ما راح نطلب"): the subject is "no one of them", so the request is ruled out
    # (a scammer's "no one will know, transfer now" has no asking verb after its subject)
    r"\b(?:no|none of (?:our|the|its|their))(?: genuine| real| legitimate| authori[sz]ed)? (?:[a-z]+ ){0,2}?(?:police|polis|officers?|"
    r"officials?|staff|staff members?|employees?|agents?|representatives?|bank|banks|company|agency|department|"
    r"government|authority|one from (?:us|our|the)[a-z ]{0,20}|member of (?:staff|our team))\b"
    r"(?: (?:[a-z]+ ){0,3}?)?(?:will|would|should|shall|is going to)(?: (?:ever|never|at any time))? "
    r"(?:ask|request|require|demand|call|phone|ring|contact|message|text|e-?mail|tell|instruct|direct)\b|"
    r"(?:محدش|ماحدش|ما حدش|مفيش (?:حد|احد|موظف)|مافيش (?:حد|احد|موظف)|لا احد|لا يوجد (?:موظف|احد|اي موظف)|ما في (?:حد|احد|موظف)|"
    r"ولا (?:موظف|حد))[^.!؟\n]{0,40}?(?<![\u0621-\u064a])(?:ه|ح|ب|راح |رح )?[يت](?:طلب|كلم|تصل|سال)|"
    r"(?:\bمش|\bمو|\bما ?راح|\bما ?رح) (?:ه|ح|ب)?[نيت]طلب|"
    # (the ways of contact may be listed: "các ngân hàng KHÔNG gọi điện, nhắn tin yêu cầu khách hàng …")
    r"\bkhông (?:bao giờ )?(?:gọi điện|gọi|nhắn tin|gửi tin nhắn|liên hệ|gửi email)(?:(?:, ?| hay | hoặc | và )(?:gọi điện|gọi|nhắn tin|gửi tin nhắn|liên hệ|gửi email|email|zalo)){0,3} (?:để )?(?:yêu cầu|đề nghị)\b|"
    r"(?:正规|正常|官方|银行|平台)[^，。！？]{0,6}(?:无需|不需要|不会)|"
    # A request a scammer or a fake message makes, described as theirs ("scammers ask you to install …", "มิจฉาชีพส่ง
    # SMS ให้แอดไลน์ … แล้วหลอกติดตั้งแอป", "不法分子冒充公检法要求转账", "a fake email asking people to buy gift cards").
    r"\b(?:(?:scammers?|fraudsters?|criminals) (?:will |may |often |usually |are |then )?(?:ask|send|call|pretend|claim|tell|use|trick)|"
    r"fake (?:e-?mails?|messages?|texts?|sms|calls?|accounts?|profiles?)|kẻ gian (?:thường |sẽ )?(?:gọi|nhắn|yêu cầu|giả)|(?:đối tượng|kẻ gian|kẻ xấu|tình trạng|thủ đoạn)\b[^.!?\n]{0,12}?\b(?:giả danh|giả mạo|mạo danh)\b[^.!?\n]{0,40}?\b(?:gọi|nhắn|gửi|liên hệ|yêu cầu|hướng dẫn|thông báo)|thủ đoạn|"
    r"penipu (?:akan |biasanya |sering )?(?:meminta|menghubungi|mengirim|mengaku|menyuruh))\b|"
    # ... or an impostor, called fake, "who asks" ("modus pegawai bank palsu yg minta Anda install …", "pegawai
    # gadungan yang menyuruh", "ejen palsu yang suruh"): the warning describes what the fake one asks for
    r"\b(?:palsu|gadungan|abal-abal|abal2|tiruan) (?:yang|yg) (?:akan |biasanya |sering )?(?:minta|meminta|suruh|menyuruh|nyuruh|ajak|mengajak)\b|"
    r"มิจฉาชีพ(?:จะ|มัก)?(?:ส่ง|โทร|อ้าง|หลอก|แอบอ้าง|ใช้)|หลอก(?:ให้|ติดตั้ง|โอน)|(?:不法分子|骗子|騙子|骗徒|騙徒)(?:会|會|常|通常)?(?:冒充|假扮|要求|以|通过|通過|让|讓)|"
    r"(?:المحتالين|المحتالون|النصابين) (?:يطلبون|يرسلون|يتصلون|ينتحلون)|"
    # ... or an authority "warns" of such messages ("البنك المركزي يحذر: خلي بالك من رسايل زي …"), "fake X have
    # appeared" ("近期出现假冒客服…要求汇款")
    r"(?:\b(?:يحذر|تحذر|يحذركم|تحذركم|نحذر)\b|(?:خلي|خلى|خلو|خليك|خد|خدي|خذ) ?بال(?:ك|كم) من (?:اي |أي )?(?:رسايل|رسائل|رساله|اتصالات|مكالمات))|"
    r"(?:出现|出現)(?:假冒|冒充|仿冒)|"
    # ... or by someone said to impersonate a third party ("someone is impersonating the principal and asking parents
    # to send money", "شخص ينتحل صفة المدير ويطلب تحويل"): the impostor's request, reported (not "… impersonating you",
    # which a scammer says before asking for the code "to stop them").
    r"\b(?:someone|somebody|a scammer|an impostor|an imposter|people|a person|an account|a number|scammers?) (?:is |are |has been |have been |was )?"
    r"(?:impersonating|pretending to be|posing as|using the name of)\b(?! you\b)|"
    r"(?:شخص|احد|أحد|حساب|حسابات|رقم|ارقام|جهات|جهة) (?:مجهول |مجهولة |وهمي |وهمية )?(?:ينتحل|تنتحل|ينتحلون)(?! صفتك| اسمك)|"
    # "If you get an e-mail asking for your password, do not click": a request a third party's message might make,
    # described to warn about it (the message names the e-mail, SMS or call that asks, not a code to send).
    r"\b(?:if|should|when) you (?:receive|get|see)\b[^.!?\n]{0,30}\b(?:e-?mails?|messages?|sms|texts?|calls?|links?|pages?|websites?)\b[^.!?\n]{0,12}\b(?:asking|requesting|telling you|that asks?|which asks?)\b|"
    r"\bnếu (?:bạn |anh chị |quý khách |ai )?(?:nhận được|thấy|gặp)\b[^.!?\n]{0,30}\b(?:email|tin nhắn|sms|cuộc gọi|link|đường link|trang)\b[^.!?\n]{0,12}\b(?:yêu cầu|đề nghị|bảo|đòi)\b|"
    r"\b(?:jika|kalau|bila|apabila|sekiranya) (?:anda |kamu |awak )?(?:menerima|terima|dapat|mendapat)\b[^.!?\n]{0,30}\b(?:email|e-?mel|pesan|mesej|sms|telepon|panggilan|link|tautan|pautan)\b[^.!?\n]{0,12}\b(?:yang )?(?:meminta|minta|menyuruh)\b|"
    r"(?:如|若|如果|一旦)(?:您|你)?(?:收到|接到)[^。！？]{0,12}(?:邮件|短信|电话|链接|信息)[^。！？]{0,4}(?:要求|让你|让您|索要)|"
    r"(?:ถ้า|หาก)(?:ได้รับ|เจอ|พบ)(?:(?:อีเมล|ข้อความ|sms|ลิงก์|ลิงค์|สาย|โทรศัพท์)[^\s]{0,10}?(?:ให้|ขอ|เรียก)|(?:อีเมล|ลิงก์|ลิงค์)(?:ที่)?$)|"
    r"(?:اذا|ان|في حال) (?:وصلك|وصلتك|تلقيت|استلمت)[^.!؟\n]{0,30}(?:رسالة|بريد|ايميل|مكالمة|رابط)[^.!؟\n]{0,15}(?:تطلب|يطلب))"
)

# "… is a scam": a sentence that names the request as fraud is a warning, wherever the phrase stands.
SCAM_STATEMENT = (
    r"(?:\b(?:is|are) (?:a )?(?:scams?|fraud)\b|\blà lừa đảo\b|\b(?:adalah|ialah|merupakan) (?:penipuan|palsu)\b|\b(?:memang|itu|tu|ni) (?:scam|penipuan|tipu)\b|\bscam (?:tu|ni|itu)\b|"
    r"都是诈骗|均为诈骗|是诈骗|都是骗子|均为骗子|是骗子|คือมิจฉาชีพ|เป็นมิจฉาชีพ|هو احتيال|هي احتيال)"
)
# A request told as the condition of a warning, then refused: "If someone calls claiming to be the bank and asks you to
# install AnyDesk, hang up", "หากได้รับข้อความอ้างเป็นธนาคารให้กดลิงก์ ติดตั้งแอป หรือแจ้งรหัส อย่าทำตาม", "หากผู้ขายให้โอน
# เงินนอกระบบ โปรดรายงาน", "لو حد كلمك وقال إنه من البنك وطلب تنزل AnyDesk اقفل السكة". The condition names a third party
# or their message as the asker (``CONDITIONAL_ASKER``), the request stands in the same clause after it, however long
# the asker's description, and what the reader is told to do right after is to refuse, hang up or report
# (``REFUSED_AFTER``; textsignals.py). A scammer's "if the bank calls, just send me the code" opens a clause of its own
# after the condition, and tells no refusal of the request it makes.
# "If you receive a suspicious text, forward it to 7726 and delete it": the reader is told to report the scam's own
# message to a short code (the operators' and tax offices' spam reporting lines), not to text a paid service. The
# message names what it forwards as suspicious (``REPORT_FORWARD`` on the premium-rate match's sentence; textsignals.py).
REPORT_FORWARD = (
    r"\b(?:suspicious|scam|spam|phishing|fraudulent|fake|unexpected|unsolicited) (?:texts?|messages?|sms|e-?mails?)\b"
    r"[^.!?\n]{0,30}?\bforward (?:it|them|the (?:text|message|sms)|that|this)\b"
)
CONDITIONAL_ASKER = (
    r"(?:\b(?:if|when|should) (?:you (?:receive|get|see)|(?:a |an |any |the |anyone |someone )?(?:caller|stranger|seller|buyer|"
    r"someone|somebody|anyone|anybody|person|message|text|e-?mail|call|sms|agent|officer|people|websites?|pages?)s?)\b|"
    r"\bnếu (?:có )?(?:ai|người lạ|người bán|bất kỳ ai|đối tượng|tin nhắn|cuộc gọi|(?:quý khách|bạn|anh chị) (?:nhận được|gặp|thấy))\b|"
    r"\b(?:jika|kalau|bila|apabila|sekiranya) (?:ada |anda |kamu |awak )?(?:yang|orang|seseorang|sesiapa|pihak|penjual|"
    r"pemanggil|menerima|terima|dapat|mendapat|ditelefon|ditelepon|dihubungi)\b|"
    r"(?:如|若|如果|一旦)(?:有人|对方|卖家|陌生人|您收到|你收到|收到|接到|您接到|你接到)|"
    r"(?:หาก|ถ้า|กรณี)(?:ท่าน|คุณ)?(?:ได้รับ|มี|เจอ|พบ)?(?:ข้อความ|sms|อีเมล|สาย|โทรศัพท์|ลิงก์|ลิงค์|ผู้ขาย|ร้านค้า|คน|ผู้|"
    r"บุคคล|เจ้าหน้าที่|พนักงาน|ใคร)|"
    r"(?:\bلو|\bاذا|في حال|\bان) (?:حد|احد|اي حد|اي احد|شخص|اي شخص|متصل|موظف|جالك|جاتلك|وصلك|وصلتك|اتصل بك|كلمك|تلقيت))"
)
REFUSED_AFTER = (
    r"(?:\b(?:hang up|(?:do not|don'?t) (?:comply|do it|do so|follow (?:it|them|the)|respond|reply|proceed|engage)|ignore (?:it|them|the)|"
    r"refuse|(?<!not )(?<!n't )report (?:it|them|the|this|to)|block (?:it|them|the number))\b|"
    r"\b(?:cúp máy|tắt máy|đừng làm theo|không làm theo|từ chối|(?<!đừng )(?<!không )báo (?:ngay )?(?:cho )?(?:công an|ngân hàng|chúng tôi))\b|"
    r"\b(?:tutup telepon|tutup telefon|letak telefon|letakkan telefon|matikan (?:telepon|panggilan)|jangan (?:ikuti|ikut|dilayan|"
    r"layan|hiraukan|tanggapi|diikuti|turuti|dituruti|lakukan)|abaikan|tolak|(?<!jangan )(?<!tak )(?<!tidak )(?:laporkan|lapor|report))\b|"
    r"(?:挂断|掛斷|不要理会|不要理會|切勿理会|不予理会|切勿照做|不要照做|(?<!不要)(?<!别)(?<!勿)(?:举报|舉報|报警|報警)|拒绝|拒絕)|"
    r"(?:อย่าทำตาม|ไม่ต้องทำตาม|อย่าหลงเชื่อ|อย่าเชื่อ|(?<!อย่า)(?<!ไม่ต้อง)วางสาย|(?<!อย่า)(?<!ไม่ต้อง)(?:รายงาน|แจ้งความ)|ปฏิเสธ|บล็อก)|"
    r"(?:(?:اقفل|اغلق|سكر|قفل) (?:ال)?(?:سكه|خط|مكالمه|تلفون|موبايل)|لا (?:تستجب|تستجيب|ترد|تتجاوب|تنفذ)|(?<!لا )(?:بلغ|ابلغ)|تجاهل|ارفض))"
)

# Words that present a phone number as a support line (for the "unofficial support number" signal).
SUPPORT_CONTEXT = (
    r"(?:\b(?:hotline|helpline|help ?desk|support|customer (?:care|service)|call (?:center|centre)|tech support|"
    r"contact us|call us|tổng đài|hỗ trợ|cskh|chăm sóc khách hàng|đường dây nóng|liên hệ|"
    r"layanan pelanggan|pusat panggilan|call center|hubungi|khidmat pelanggan|talian|pusat bantuan|talian hotline)\b|"
    r"(?:客服|热线|服务电话|联系电话|咨询电话|致电|拨打|ฝ่ายบริการ|คอลเซ็นเตอร์|ศูนย์บริการ|สายด่วน|ติดต่อ|โทร|"
    r"خدمة العملاء|الدعم|الدعم الفني|اتصل|للتواصل|الخط الساخن|الاتصال (?:على|ب|برقم|بالرقم)))"
)

# Signals whose patterns are requests or claims; a negation/warning before them cancels them.
REQUEST_SIGNALS = frozenset(
    {
        S.OTP_REQUEST,
        S.PASSWORD_REQUEST,
        S.REMOTE_ACCESS,
        S.APP_INSTALL,
        S.PAYMENT_REQUEST,
        S.OFF_PLATFORM,
        S.IMPERSONATION,
    }
)

# "Pay / top up / check it in the app": the route a legitimate bill or top-up reminder gives is the provider's
# own app (or its official site, checked by the URL analyser). A payment request whose only route is that is
# a reminder, not a demand; see ``checker`` for when the cue counts (never next to an unofficial route).
OFFICIAL_CHANNEL = (
    r"(?:\b(?:in|via|through|using|on|with|from) (?:the |our |your )?(?:official )?(?:[^\s]+ ){0,2}(?:app(?:lication)?|portal)\b|"
    # ... or its app named "<X> Mobile" ("bayar lewat PLN Mobile", "nộp qua eTax Mobile"), or its official counter
    r"\b(?:melalui|lewat|via|di|qua|through|using) (?:[^\s.!?]+ )?mobile\b|\bloket resmi\b|"
    # ... or is a filing deadline, with nothing to do but file on time ("请按时申报", "نذكركم بانتهاء مهلة تقديم الإقرار")
    r"按时申报|按期申报|(?:نذكركم|تذكير) ب(?:انتهاء )?(?:مهلة|موعد) (?:تقديم|ايداع)|"
    r"\bin-app\b|\bopen (?:the |your |our )?(?:[^\s]+ ){0,2}app\b|"
    r"\b(?:qua|trên|tại|bằng|trong) (?:ứng dụng|app)\b|"
    # (the app may be named before "app", and colloquial Malay says "kat" or "dekat" for in: "aktifkan melalui MAE
    # app", "bayar saman tu kat app MyJPJ"; not "pakai"/"guna", use: "scan QR pakai aplikasi m-banking" is the scam's)
    r"\b(?:melalui|lewat|via|di|pada|menerusi|dalam|kat|dekat) (?:[^\s.!?]+ ){0,2}?(?:aplikasi|apl|app)\b|"
    r"(?:通过|在|登录|使用|打开)[^，。！？\n]{0,10}(?:app(?! ?store)|客户端|应用|小程序)|"
    r"(?:ผ่าน|ใน|ที่|หรือ)my ?[a-z]+|(?:ผ่าน|ใน|ที่|หรือ)(?:แอป|แอพ|แอปพลิเคชัน|application|app)|ที่สถานีตำรวจ|ที่ทำการไปรษณีย์|"
    r"(?:عبر|من خلال|في|من) (?:ال)?تطبيق|"
    # ... or to a branch or counter in person, or nowhere at all (an automatic debit needs only a balance).
    r"\b(?:(?:visit|go to|come to|at) (?:a |any |your |the nearest |our |the )?(?:[^\s]+ )?branch|in person|at the counter|"
    r"(?:collected|debited|deducted|taken) (?:automatically|from your account)|auto-?(?:pay|debit)|funds are available)\b|"
    r"\b(?:qua|tại|bằng) (?:các )?(?:ngân hàng|ví điện tử|quầy|cửa hàng)\b|\b(?:through|via|at) (?:your |any )?(?:bank|banks|e-?wallets?)\b|"
    # the post office as a place to pay, not a way to send something ("gửi chìa khóa qua bưu điện" is a delivery)
    r"\b(?:thanh toán|nộp|đóng|trả|pay|paid|payment|tax|renew)\b[^.!?\n]{0,40}\b(?:qua|tại|at|through|via) (?:các |any |the |a )?(?:bưu điện|post office)\b|"
    r"\b(?:quầy giao dịch|chi nhánh gần nhất|phòng giao dịch|trực tiếp tại|tự động trích|trích nợ tự động|đảm bảo số dư|duy trì số dư)\b|"
    # ... or the Indonesian provider's own "My<name>" app ("cek di MyTelkomsel", "bayar lewat myIM3"), the state's
    # receiving banks ("bayar di bank persepsi") or the authority's own office ("ambil di kantor kejaksaan")
    r"\b(?:di|melalui|lewat|via|buka|pada|kat|dekat) my ?[a-z0-9]{2,}\b|\bbank persepsi\b|"
    # ... or the customer's own virtual account, shown masked as a bill shows it ("Bayar via BCA VA 8770xxxx0192"): the
    # payee is in the customer's own bill or app, not given by the message. A collector's or impostor's VA is written in
    # full, to be paid into (and is then a number the checker weighs as a route).
    r"\b(?:va|virtual account|akaun maya)\b(?: (?:no|nomor|nombor|number)\.?)?[\s:]{0,3}\d{2,}[x*]{2,}\d{2,}\b|"
    r"\b(?:di|ke) kantor (?:kejaksaan|kejari|samsat|pajak|pos|kelurahan|kecamatan|imigrasi|polisi|polres|polsek|bpjs)\b|"
    r"\b(?:kantor cabang|cabang terdekat|didebet otomatis|autodebet|auto-?debit|pastikan saldo|siapkan saldo|ke cawangan|"
    r"di cawangan|cawangan berhampiran|kaunter|akan ditolak|pastikan baki)\b|"
    r"(?:网点|营业厅|柜台|当面办理|自动扣款|余额充足)|"
    r"(?:ติดต่อสาขา|ที่สาขา|ด้วยตนเอง|ตัดบัญชี|หักบัญชีอัตโนมัติ|เตรียมเงินในบัญชี)|"
    r"(?:اقرب فرع|الفرع|شخصيا|خصم تلقائي|توفر الرصيد|ايداع المبلغ في الحساب)|"
    r"\b(?:(?:mana-mana|sebarang|kunjungi) cawangan|kunjungi kantor cabang)\b|"
    # ... or is a top-up of the user's own prepaid balance "to keep using the service" (the carrier's own app; in Chinese
    # "请于月底前充值以免影响使用", "以免停机": the service's use, not "以免影响征信").
    r"\b(?:nạp thêm để (?:duy trì|tiếp tục)|(?:dùng|sử dụng|qua|trên|tại) (?:ứng dụng |app )?(?:my|hi) ?[a-z]+|top ?up to (?:keep|continue)|"
    r"isi ulang (?:pulsa )?untuk (?:tetap|terus)|tambah nilai untuk (?:terus|kekal))\b|余额不足[^。！？]{0,12}充值[^。！？]{0,6}以免影响(?:正常)?(?:用气|用电|用水|通话|上网)|充值[^。！？]{0,6}以免(?:影响(?:您的)?(?:正常)?(?:使用|用气|用电|用水|通话|上网|通信)|(?:欠费)?停机)|充值以(?:保持|维持|維持)(?:号码|號碼)?(?:有效|正常)|"
    # ... or to the number printed on the card itself (a blocked-card notice), or the government's own platform.
    r"\b(?:(?:number|hotline) (?:on (?:the )?back of|at the back of|behind) (?:your|the) card|số (?:điện thoại |hotline )?(?:in )?(?:ở |trên )?mặt sau (?:của )?thẻ|"
    r"nomor (?:telepon |call center )?(?:di|pada) (?:balik|belakang) kartu|nombor (?:telefon )?(?:di|pada) belakang kad)\b|"
    r"(?:卡(?:片)?背面的?(?:客服)?(?:电话|热线)|(?:เบอร์|หมายเลข)(?:โทร)?(?:ที่)?(?:อยู่)?(?:ด้าน)?หลังบัตร|الرقم (?:المدون |الموجود )?خلف البطاقة)|"
    r"(?:(?:عبر|من خلال|استخدم|في|من|الى|ادخل|ادخل على|على) (?:منصة|تطبيق)? ?(?:ابشر|توكلنا|نفاذ|سداد|ناجز)|استخدم (?:منصة|تطبيق))|"
    # ... or the court's own case system, official website or premises ("ตรวจสอบผ่านระบบ CIOS ของศาล", "cổng thông tin
    # điện tử Tòa án", "tại trụ sở tòa").
    r"(?:ระบบ[^\s]{0,12}ของศาล|เว็บไซต์ทางการ)|\b(?:cổng thông tin điện tử|trụ sở tòa(?: án)?|văn phòng tòa án)\b|"
    # (Chinese: the court's own online systems, "司法院線上起訴系統", "人民法院在线服务", "中国裁判文书网", its 12368 line)
    r"(?:(?:司法院|法院)[^，。！？\n]{0,14}?(?:系统|系統|服务平台|服務平台|诉讼服务|訴訟服務)|人民法院在线服务|中国裁判文书网|"
    r"中国执行信息公开网|审判流程信息公开网|诉讼服务热线12368|12368)|"
    r"\b(?:e-?filing|e-?court|e-?mahkamah|portal (?:rasmi|resmi)|official portal)\b|(?:ระบบ ?e-?filing|微法院)|"
    # ... or was done at the user's own report or request (a card blocked because it was reported lost).
    r"\b(?:reported (?:lost|stolen|missing)|at your (?:own )?request|as (?:you )?requested|as per your request|theo (?:yêu cầu|báo mất)|"
    r"laporan kehilangan|(?:atas|mengikut|sesuai) permintaan anda)\b|(?:挂失|بلاغ الفقدان|بناء على طلبك|ตามที่แจ้งสูญหาย|ตามคำขอ)|"
    # ... or states the bank's own late or overdraft fee as the reason to keep a balance.
    r"\bto avoid (?:an? |the |any )?(?:overdraft|late|returned payment) (?:fee|charge)s?\b|"
    r"\b(?:tránh phát sinh phí phạt|tránh phí chậm trả|agar tidak kena denda|menghindari denda|(?:elak|elakkan|mengelakkan) caj lewat)\b|"
    r"(?:เพื่อหลีกเลี่ยงค่าปรับ|จะได้ไม่โดนค่าปรับ|لتجنب (?:رسوم|غرامة) التاخير|以免(?:产生)?(?:逾期|罚息|滞纳金))|"
    # ... or tells the user to ignore it if the bill is already paid: the reminder knows the user pays through
    # the provider's usual channels, and names no payee of its own.
    r"\b(?:(?:please )?(?:ignore|disregard) (?:this (?:message|reminder|notice|sms) )?if (?:you have |you'?ve )?(?:already )?(?:paid|made (?:the|your|this) payment)|"
    r"abaikan (?:pesan |mesej |sms )?(?:ini )?(?:jika|kalau|bila|apabila|sekiranya) (?:anda )?(?:(?:sudah|telah|dah) (?:bayar|membayar|melakukan pembayaran|membuat bayaran|menjelaskan|dibayar|dijelaskan)|"
    r"(?:bil |bayaran |pembayaran |tagihan )(?:telah |sudah |dah )?(?:dibuat|dilakukan|dijelaskan|dibayar|dilunasi))|"
    r"bỏ qua (?:tin nhắn (?:này )?)?nếu (?:quý khách |bạn )?đã (?:thanh toán|nộp|đóng))\b|"
    r"(?:(?:如|若|如果)(?:您)?已(?:缴费|缴纳|付款|支付|还款|缴清)[^\s，。]{0,4}请忽略|(?:หาก|ถ้า)(?:ท่าน|คุณ)?(?:ได้)?ชำระ(?:เงิน)?แล้ว(?:โปรด|กรุณา)?(?:ละเว้น|ไม่ต้องสนใจ)|"
    r"تجاهل (?:هذه )?(?:الرسالة )?(?:اذا|ان|في حال) (?:تم|قمت ب)(?:ال)?(?:سداد|الدفع|دفع))|"
    # ... or is paid through the provider's own e-payment service (named in the message, no account given) ...
    r"\b(?:melalui|menerusi|via|through|qua) (?:[^\s]+ )?(?:e-?payment|jompay|fpx|online banking|internet banking|mobile banking|m-?banking)\b|"
    # ... or is cash on delivery, handed to the courier at the door.
    r"\b(?:cash on delivery|pay (?:the )?(?:courier|driver|rider) (?:in cash|on delivery|upon delivery)|thanh toán khi nhận hàng|"
    r"trả tiền (?:mặt )?khi nhận hàng|bayar di tempat|bayar tunai (?:kepada|ke) kurir|bayar (?:tunai )?semasa (?:terima|penghantaran))\b|"
    r"(?:(?:快递员|配送员|骑手|派送员)(?:会|将)?当面收取|货到付款|(?:取货|取貨)(?:时|時)(?:需|须|須)?(?:付款|付费|付費|支付)|เก็บเงินปลายทาง|ชำระเงินปลายทาง|الدفع عند الاستلام))"
)

# A late-payment fee or fine named in a reminder ("to avoid a late fee", "denda keterlambatan", "ค่าปรับ") is a
# consequence the bank states, not a legal threat, when the message otherwise reads as a reminder (checker.py).
LATE_FEE = (
    r"(?:\b(?:late (?:fee|charge|payment)|penalty|fined?|overdraft fee|denda|phạt|phí phạt|caj lewat)\b|"
    r"ค่าปรับ|غرامة|罚款|逾期)"
)
# A traffic violation or fine notice from the authority, paid through its own app or platform, is the same: the
# legal-threat word ("مخالفة", "违法") is the violation being notified (checker.py, with ``LATE_FEE``).
TRAFFIC_FINE = (
    r"(?:\b(?:lỗi vi phạm|vi phạm giao thông|e-?tilang|tilang|saman trafik|traffic (?:fine|violation|offence|offense)|"
    r"(?:parking|speeding) (?:fine|ticket)|saman (?:jpj|polis|pdrm)|traffic summons|(?:jpj|pdrm|police) summons)\b|未处理违法|违法未处理|交通违法|违章|违法(?:停车|记录|行为)|"
    r"違法停車|違法記錄|超速|闯红灯|مخالفة|ใบสั่ง)"
)

# A payment a colleague asks for whose payee details come from the company's own records ("the account number
# is in the contract e-mail", "ikut invois rasmi", "账户信息在合同邮件里", "đã duyệt trên hệ thống"): the message
# gives no account of its own. Counts as an official route only without urgency and without a new or changed
# account (``NEW_ACCOUNT``): that is how invoice-redirection fraud reads.
INTERNAL_RECORD = (
    r"(?:\b(?:(?:account|bank|payment) details|account number)[^.!?\n]{0,20}\b(?:in|on) the (?:contract|invoice|purchase order|po)\b|"
    r"\b(?:as per|according to) the (?:official |signed )?(?:invoice|contract)\b|\bapproved in the (?:system|portal)\b|"
    r"\b(?:đã (?:được )?duyệt (?:trên|trong) (?:hệ thống|phần mềm)|(?:theo|trong|trên) hợp đồng)\b|"
    r"\b(?:no\.? )?rek(?:ening)?(?:nya)? (?:ada )?(?:di|dalam) (?:email|e-mail|invoice|faktur|kontrak)\b|\b(?:sesuai|ikut) (?:invoice|faktur|kontrak)\b|"
    r"\b(?:disetujui|diluluskan|diapprove) (?:di|dalam) sistem\b|"
    r"\bbutiran akaun[^.!?\n]{0,10}\b(?:dalam|di) (?:e-?mel|invois|kontrak)\b|\b(?:ikut|mengikut) invois\b|\b(?:kelulusan|permohonan)[^.!?\n]{0,30}\bdalam sistem\b|"
    r"(?:账户信息|账号信息|收款信息)[^\s，。！？]{0,4}(?:在|见)(?:合同|发票)|(?:按|根据)合同|系统(?:里|中|上)?已(?:审批|批准)|"
    r"(?:ตามใบแจ้งหนี้|ตามใบเสนอราคา|ตามใบสั่งซื้อ|อนุมัติในระบบแล้ว|เลขบัญชีอยู่ในสัญญา)|"
    # ... or the supplier's quotation or the purchase order already approved
    r"\b(?:as per|according to) the (?:quotation|quote|purchase order)\b|\btheo (?:báo giá|đơn đặt hàng)\b|\b(?:sesuai|ikut|mengikut) (?:penawaran|sebut harga|quotation|po)\b|"
    r"(?:按|根据)(?:报价单|采购单|订单)|(?:حسب العقد|حسب الفاتورة|بيانات الحساب في العقد|معتمد في النظام))"
)
NEW_ACCOUNT = (
    r"(?:\b(?:new|changed|updated|different) (?:bank |account )?(?:account|details|number)\b|\bnew account\b|"
    r"\b(?:tài khoản|stk|số tài khoản) mới\b|\brekening baru\b|\bakaun baru\b|\bconfidential\b|\brahasia\b|"
    r"新(?:账户|账号|帐户|卡)|更换(?:了)?(?:账户|账号)|保密|บัญชีใหม่|حساب جديد)"
)

# Remote support arranged the ordinary way inside a company (checker.py): a remote-access word is not weighed when the
# message also gives one of the cues below and nothing else (no other signal, link, number or e-mail, and none of
# ``REMOTE_HANDOVER``). Cues an impostor rarely writes: a ticket the recipient raised ("ticket #4471", "INC-4432",
# "工单", "يرفع تذكرة"), the company's own tool ("TeamViewer حق الشركة", "Company Portal", "公司软件中心"), a check
# through the company's own channel before connecting ("em sẽ gọi xác nhận qua Teams trước khi kết nối"), an
# in-person meeting at a desk or floor ("我在三楼，你过来一下", "เดินไปโต๊ะพี่"), the writer's own remote desktop
# failing ("我这远程桌面又连不上了"), or a screen shared to present in a meeting ("test screen sharing before the call",
# "chia sẻ màn hình demo phần mềm").
_REMOTE_APP = (
    r"(?:(?<![a-z0-9])(?:any ?desk|team ?viewer|ultra ?viewer|rust ?desk|quick ?support|quick ?assist|remote(?: desktop| assistance)?)(?![a-z0-9])|"
    r"điều khiển từ xa|kết nối từ xa|hỗ trợ từ xa|truy cập từ xa|jarak jauh|akses jauh|kawalan jauh|远程(?:桌面|连接|协助|控制)?|向日葵|"
    r"รีโมท|ควบคุมระยะไกล|เข้าถึงระยะไกล|انيديسك|اني ديسك|تيم فيور|تيم فيوير|الريموت|ريموت|(?:الدعم|التحكم|الوصول|الدخول) عن بعد)"
)
_REMOTE_WORD = rf"(?:{_REMOTE_APP}|(?<![a-z0-9])(?:rdp|vpn)(?![a-z0-9]))"  # (the VPN fails with the remote desktop)
INTERNAL_SUPPORT = (
    # a ticket number or a ticket raised
    # (the number is followed by a non-digit, not a word boundary: Thai runs on without a space, "#4471เมื่อเช้า")
    # ("Tiket IT-20931": a team's prefix and a hyphen name a ticket without "no." or "#")
    r"(?:\b(?:ticket|tiket|tix)\s?(?:#|no\.?|number|số|nomor|nombor|:)\s?#?\s?[a-z]{0,4}-?\d{3,}(?!\d)|"
    r"\b(?:ticket|tiket|tix) [a-z]{2,4}-\d{4,}(?!\d)|"
    r"\b(?:inc|req|ritm|tkt)-?\d{4,}(?!\d)|#(?:inc|req|it|tkt)-?\d{3,}(?!\d)|"
    r"\b(?:raise|raised|log|logged|open|opened|submit|submitted|file|filed) (?:a |an |the |your )?(?:it |support |helpdesk )?ticket\b|"
    r"\b(?:tạo|gửi|mở) (?:ticket|phiếu (?:hỗ trợ|yêu cầu))\b|\b(?:buat|buka|raise|hantar|ajukan) tiket\b|"
    r"工单|报修单|"
    r"(?:เปิด|แจ้ง|ส่ง)(?:ticket|ทิกเก็ต)|แจ้งซ่อม|(?:ตั๋ว|ทิกเก็ต)(?:งาน)?(?:เลขที่|หมายเลข)?\s?#\s?\d{3,}(?!\d)|"
    r"(?:رفع|يرفع|ارفع|ترفع|فتح|افتح|يفتح) (?:ال)?تذكرة|رقم (?:ال)?تذكرة|تذكرة رقم|"
    # ... or the bare number after the ticket word ("بخصوص التذكرة 5521 حق الإيميل", "re ticket 5521")
    r"\b(?:ticket|tiket) #?\d{3,}(?!\d)|(?<![\u0621-\u064a])(?:ال)?تذكرة #?\d{3,}(?!\d)|"
    # the writer's internal extension, a number only colleagues have ("I'll call you from extension 330", "من
    # التحويلة 330", "dari sambungan 330", "gọi từ máy lẻ 330", "分机330")
    r"\b(?:ext\.?|extension|sambungan|máy lẻ|số nội bộ) #?\d{2,5}(?!\d)|"
    r"(?<![\u0621-\u064a])(?:ال)?تحويلة #?\d{2,5}(?!\d)|"
    r"分机(?:号)?\d{2,5}|内线\d{2,5}|เบอร์(?:ภายใน|ต่อ)\s?\d{2,5}|"
    # the company's own tool, or its software portal
    rf"{_REMOTE_WORD}[^.!?\n]{{0,12}}?\b(?:(?:of|from) (?:the|our) company|của (?:công ty|cty)|(?:milik |punya )?(?:perusahaan|kantor|syarikat))\b|"
    rf"\b(?:company|corporate|company's|our)(?: own)? {_REMOTE_WORD}|{_REMOTE_WORD}[^。！？]{{0,6}}公司的|公司的{_REMOTE_WORD}|"
    rf"{_REMOTE_WORD}[^.!؟\n]{{0,6}}(?:حق|تبع|بتاع|الخاص ب|التابع ل)(?:ال|لل)?شركة|{_REMOTE_WORD}(?:ของ|ตัวที่|ที่)?บริษัท|"
    r"\b(?:company portal|software cent(?:er|re)|self-?service portal)\b|软件中心|"
    # ... or its licensed copy replacing a free one, or the tool uninstalled: the opposite of what an impostor asks
    # ("gỡ TeamViewer bản free, công ty chuyển sang bản có license", "uninstall AnyDesk, IT will install the licensed
    # one", "卸载向日葵，公司换正版")
    rf"\b(?:uninstall|remove|delete|gỡ(?: bỏ| cài đặt)?|xóa|hapus|nyahpasang|buang|"
    rf"padam)\b[^.!?\n]{{0,25}}?{_REMOTE_APP}|"
    rf"(?:卸载|卸掉|删除|删掉|移除)[^。！？]{{0,10}}{_REMOTE_APP}|(?:ถอนการติดตั้ง|ลบ)[^\s]{{0,10}}{_REMOTE_APP}|"
    rf"(?:احذف|احذفوا|امسح|امسحوا|شيل|شيلوا|الغ تثبيت|ازل|ازيلوا)[^.!؟\n]{{0,20}}{_REMOTE_APP}|"
    rf"{_REMOTE_APP}[^.!?\n]{{0,60}}?\b(?:licen[cs]ed?|bản quyền|berlisensi|lisensi|berlesen|lesen)\b|"
    rf"{_REMOTE_APP}[^。！？]{{0,30}}(?:正版|授权版|许可证|授權)|{_REMOTE_APP}[^\s]{{0,40}}ลิขสิทธิ์|"
    rf"{_REMOTE_APP}[^.!؟\n]{{0,40}}(?:مرخص|ترخيص|رخصة)|"
    # ... or its own ticketing system as the only way a session comes ("any remote session will come through our
    # ticketing system")
    r"\b(?:through|via|from|in) (?:our|the|the company'?s) (?:own )?(?:ticketing|helpdesk|help desk|service ?desk|it support) (?:system|portal|tool)\b|"
    # the session handed back, the work done: the recipient is told to close it ("done, you can close the session",
    # "خلصت تسطيب الأوفيس، اقفل الجلسة من عندك"); an impostor keeps the line open
    r"(?<!not )(?<!n't )(?<!never )\b(?:close|end|disconnect|terminate|exit) (?:the |your |this |our )?(?:remote )?(?:session|connection)\b|"
    r"(?<![\u0621-\u064a])(?:و|ف)?(?:اقفل|قفل|اغلق|سكر|انهي|اقطع) (?:ال)?(?:جلسة|جلسه|اتصال)|"
    # ... or says the writer has closed it ("Sesinya sudah saya tutup", "em đã ngắt kết nối rồi", "远程已断开")
    r"\bsesi(?:nya)? (?:sudah|udah|dah|telah) (?:saya |aku |sy )?(?:tutup|ditutup|putus|diputus|akhiri|diakhiri|"
    r"tamat)\b|"
    r"\b(?:sudah|udah|dah|telah) (?:saya |aku )?(?:tutup|putus|akhiri|tamatkan) sesi\b|"
    r"\bđã (?:tắt|đóng|ngắt|thoát) (?:phiên|kết nối|teamviewer|ultraviewer|anydesk)\b|"
    r"(?:远程|连接|会话)(?:已经?|我已经?)?(?:断开|关闭|结束|退出)了?|(?:ปิด|ตัด)(?:การเชื่อมต่อ|เซสชัน|เซสชั่น)แล้ว|"
    # the writer's own remote-desktop ID given, for the reader to connect to the writer's machine ("AnyDesk ID aku
    # 482 …, tolong check printer", "my AnyDesk ID is …"): the scam asks for the victim's ID, not offers its own
    rf"{_REMOTE_APP}[^.!?\n]{{0,4}}\b(?:id|address|alamat)\b:? ?(?:aku|saya|sy|gw|gue|ku|i)\b|"
    rf"\b(?:my|aku punya|saya punya)\b ?{_REMOTE_APP} ?(?:id|address)\b|\bid (?:{_REMOTE_APP}) ?(?:aku|saya|sy|gw|gue|ku)\b|"
    # a remote desktop into a server or virtual machine (the company's machines, not the reader's device)
    rf"{_REMOTE_WORD}[^.!?\n]{{0,12}}?\b(?:to|into|ke|kat|pada|vào) (?:the |our |a )?(?:vm|vms|server|servers|staging|jump ?host|bastion|virtual machine|mesin virtual)\b|"
    # a check through the company's own channel before connecting
    r"\b(?:confirm|ping|call|message) (?:you |u )?(?:on|via|over|through) (?:ms )?(?:teams|slack|your extension|the desk phone)\b|"
    r"\bbefore (?:i|we) (?:connect|remote|log in|start)\b|\btrước khi (?:kết nối|remote|vào máy)\b|"
    r"\b(?:xác nhận|confirm|konfirmasi|sahkan) (?:lại )?(?:qua|trên|via|lewat|melalui|di) (?:ms )?teams\b|"
    r"\bsebelum (?:saya |aku |kami )?(?:konek|connect|sambung|remote)\b|"
    r"(?:连接前|连之前|远程前)|(?:在|通过|用)(?:teams|企业微信|钉钉|飞书|lark)[^。！？]{0,6}确认|"
    r"ก่อน(?:เชื่อมต่อ|รีโมท|เข้าเครื่อง)|ยืนยัน(?:ทาง|ผ่าน|ใน)(?:teams|slack)|"
    r"قبل ما (?:ادخل|اتصل|اوصل)|(?:اكد|بأكد|هأكد|حأكد)[^.!؟\n]{0,15}(?:على|عبر) (?:تيمز|teams)|"
    # an in-person meeting at a desk or on a floor
    # ("are you at your desk?" opens the boss-in-a-meeting fraud: only a walk to a desk counts; Vietnamese "bàn" folds
    # like "bạn", friend, and "chỗ" like "cho", so only the unambiguous "bàn làm việc", "chỗ ngồi" are used)
    r"\b(?:come (?:over|by|up|down)|stop by|swing by|pop over|walk over|(?:come|walk|go) (?:over )?to (?:your|my) desk)\b|"
    r"\b(?:qua|xuống|lên|tới|đến|ghé)(?: qua)? (?:bàn làm việc|chỗ ngồi|phòng it|phòng kỹ thuật)\b|\b(?:ke|di) meja (?:saya|aku|kamu|awak|anda|abang|kakak)\b|"
    r"(?:你|您)?过来一下|你过来|到我(?:这|工位|座位)|来我(?:这|工位|座位)|去你(?:工位|座位)|"
    r"(?:เดิน|แวะ)(?:ไป|มา)(?:ที่)?โต๊ะ|มาหา(?:ผม|หนู|พี่)(?:ที่)?ชั้น|"
    r"(?:تعال|تعالي|تعالى) (?:عندي|لمكتبي|على مكتبي)|(?:انا|أنا) في (?:الدور|الطابق) |"
    # ... or the writer standing beside the reader while the session runs ("I'm right behind you, accept IT-Wanchai",
    # "พี่ยืนอยู่ข้างหลังน้อง", "我就在你后面", "أنا وراك"): an impostor is never in the room
    r"\bi'?m (?:standing |sitting |right )*(?:behind|next to|beside) you\b|"
    r"\b(?:đang )?(?:đứng|ngồi) (?:ngay )?(?:sau lưng|cạnh|bên cạnh) (?:em|bạn|anh|chị)\b|"
    r"\b(?:saya|aku|abang|kakak|akak) (?:ada |berdiri |duduk )?(?:kat |di )?(?:belakang|sebelah|samping|tepi) (?:kamu|"
    r"awak|anda|kau|adik|dik)\b|"
    r"我(?:就)?(?:站|坐)?在(?:你|您)(?:后面|身后|旁边|隔离|隔壁)|(?:ยืน|นั่ง)อยู่(?:ข้างหลัง|ข้างๆ|ข้าง ๆ|ด้านหลัง)|"
    r"(?:انا|أنا) (?:واقف |قاعد )?(?:وراك|جنبك|خلفك|بجانبك|عندك)|"
    # the writer's own remote desktop or VPN failing: they ask for help, not offer it
    rf"{_REMOTE_WORD}[^.!?\n]{{0,20}}?\b(?:can'?t connect|cannot connect|won'?t connect|not connecting|isn'?t working|not working|keeps (?:dropping|disconnecting|freezing)|stopped working)\b|"
    rf"{_REMOTE_WORD}[^.!?\n]{{0,20}}?\b(?:không (?:vào|kết nối|truy cập|dùng|mở) được|bị lỗi|bị treo|bị ngắt)\b|"
    rf"{_REMOTE_WORD}[^.!?\n]{{0,20}}?\b(?:tidak bisa|gak bisa|nggak bisa|ga bisa|tak boleh|tidak boleh|tak dapat|"
    rf"tak jalan|tidak jalan|gak jalan|nggak jalan|ga jalan|tak berfungsi|tidak berfungsi|gagal (?:konek|terhubung|"
    rf"sambung)|putus terus|asyik putus)\b|"
    rf"{_REMOTE_WORD}[^。！？]{{0,6}}(?:连不上|连接不上|进不去|打不开|用不了|掉线|登不上|不能用)|"
    rf"{_REMOTE_WORD}[^\s]{{0,10}}?(?:เข้าไม่ได้|ต่อไม่ได้|เชื่อมต่อไม่ได้|ใช้ไม่ได้|หลุดบ่อย)|"
    rf"{_REMOTE_WORD}[^.!؟\n]{{0,20}}?(?:مش شغال|مو شغال|ما يشتغل|ما يفتح|مش بيفتح|لا يعمل|عطلان)|"
    # a screen shared to present in a meeting
    r"\b(?:screen ?shar(?:e|ing)|share (?:my|your|the) screen)\b[^.!?\n]{0,40}?\b(?:slides?|deck|demo|present\w*)\b|"
    r"\b(?:test|practi[sc]e|check) (?:the )?screen ?shar(?:e|ing)\b|"
    r"\bchia sẻ màn hình (?:để )?(?:demo|trình bày|thuyết trình|slide)\b|"
    r"\b(?:share|berbagi|bagikan|kongsi) (?:layar|skrin) (?:untuk )?(?:presentasi|demo|pembentangan|slide)\b|"
    r"(?:共享屏幕|屏幕共享|屏幕分享)[^。！？]{0,8}(?:演示|讲|汇报|ppt|数据|报表|方案)|(?:演示|讲解|汇报)[^。！？]{0,8}(?:共享屏幕|屏幕共享)|"
    r"แชร์หน้าจอ(?:เพื่อ)?(?:นำเสนอ|พรีเซนต์|เดโม)|مشاركة الشاشة (?:ل|عشان |علشان )?(?:العرض|عرض|الشرح)|"
    # ... or in a team meeting, or to walk a third colleague through a set-up ("screen share in the standup", "screen
    # share on Teams and walk Priya through the VPN setup"): an impostor walks "you" through, on a call
    r"\bscreen ?shar(?:e|ing)\b[^.!?\n]{0,15}?\b(?:in|during|at|for) (?:the |our |today'?s |tomorrow'?s |this )?"
    r"(?:standup|stand-up|team meeting|meeting|sync|huddle|review|workshop|training|town ?hall|all-hands|retro)\b|"
    r"\bwalk (?!(?:you|u|yourself)\b)[a-z]+ through\b|"
    # ... or a third party's session the writer routes through the company's helpdesk, or asks a colleague to vet
    # ("I told him to raise it through our helpdesk first, can you confirm he's legit?")
    r"\b(?:raise|log|route|put|send) (?:it|this|that|the request) (?:through|via|with|to) (?:our|the) (?:own )?"
    r"(?:helpdesk|help desk|service ?desk|it desk|it team|it support)\b|"
    r"\b(?:confirm|check|verify) (?:if |whether |that )?(?:he'?s|she'?s|they'?re|he is|she is|they are|this is|it'?s) "
    r"(?:legit|legitimate|genuine|real)\b)"
)
# ... unless the message hands the session over the way impostors ask for it: install or download the tool, read out
# its ID, code or password, or a claimed infection or hack of the recipient's device.
REMOTE_HANDOVER = (
    # (not the install a policy rules out: "we will never ask you to install AnyDesk")
    rf"(?:(?<!never ask you to )(?<!not ask you to )(?<!never asks you to )(?<!never ask anyone to )"
    rf"\b(?:install|download|get|set up|cài|cài đặt|tải|instal|pasang|unduh|muat turun)\b[^.!?\n]{{0,25}}?{_REMOTE_APP}|"
    rf"(?:下载|安装|装个|装一下)[^。！？]{{0,10}}{_REMOTE_APP}|(?:ติดตั้ง|ดาวน์โหลด|โหลด)[^\s]{{0,10}}{_REMOTE_APP}|"
    rf"(?:نزل|حمل|ثبت|تنزيل|تحميل|تثبيت)[^.!؟\n]{{0,20}}{_REMOTE_APP}|"
    rf"\b(?:{_EN_GIVE}|{_VI_GIVE}|{_ID_GIVE}|{_MS_GIVE})\b[^.!?\n]{{0,25}}?\b(?:id|ids|password|passcode|pass|code|pin|"
    r"address|\d[- ]?digits?|mật khẩu|mã|dãy số|\d+ số|kata sandi|sandi|kode|kata laluan|kod|\d+ (?:digit|angka|nombor))\b|"
    r"(?:把|将)[^。！？]{0,12}(?:id|识别码|设备码|连接码|密码|验证码|\d+位)[^。！？]{0,6}(?:发|给|告诉|报)|"
    r"(?:发给|发我|告诉|报给?)[^。！？]{0,6}(?:id|识别码|设备码|连接码|密码|\d+位)|"
    r"(?<!ไม่ต้อง)(?<!อย่า)(?<!ห้าม)(?:ส่ง|แจ้ง|บอก|อ่าน)[^\s]{0,10}(?:เลข|รหัส|ไอดี|id|พาสเวิร์ด)|"
    rf"{_AR_GIVE}[^.!؟\n]{{0,20}}?(?:الرقم|رقم|الكود|كود|الباسورد|كلمة السر|كلمة المرور|\bid\b|الاي دي|ايدي)|"
    r"\b(?:virus|malware|hacked|infected|compromised|mã độc|nhiễm|bị hack|virus|terinfeksi|dijangkiti|diretas|digodam)\b|"
    r"病毒|中毒|被黑|木马|ไวรัส|มัลแวร์|ถูกแฮ็ก|ถูกแฮก|فيروس|اختراق|مخترق|تهكير)"
)

# A warning about remote-access fraud ("We will never ask you to install AnyDesk or TeamViewer", "fraudsters pose as
# bank staff and ask victims to install remote access apps", "hang up on anyone asking for remote access", "never let
# a caller remote into your PC"): the remote tool is what the warning is about. Each phrase runs up to the tool (and
# the tools listed after it), so that what remains once it is cut out can be checked for a request of its own
# (checker.py). Only a refusal or a third party's asking governs the tool: "fraudsters tried to access your account, our
# agent will connect via AnyDesk" is no warning.
_EN_REMOTE_THING = (
    r"(?:any ?desk|team ?viewer|quick ?support|quick ?assist|ultra ?viewer|rust ?desk|supremo|ammyy|splashtop|logmein|"
    r"screen ?connect|airdroid|todesk|remote[- ]?(?:access|control|desktop|support|assistance|session|connection|"
    r"apps?|tools?|software|in|into)?|screen[- ]?shar(?:e|ing)|share (?:your|their|the) screens?|take (?:over|control of))"
    r"(?: (?:apps?|applications?|tools?|software|programs?))?"
)
_EN_REMOTE_THINGS = (
    rf"{_EN_REMOTE_THING}(?:\s?(?:,|/|&|\(|\bor\b|\band\b|\bnor\b|\blike\b|\bsuch as\b|\be\.?g\.?|\bincluding\b|\batau\b|\bdan\b)\s?(?:other |similar |any )?"
    rf"{_EN_REMOTE_THING})*"
)
# The remote tools as Arabic advice names them (the Latin names as in English, "أنيديسك", "التحكم عن بعد"), and the order
# to end the call ("أغلق الخط", "اقفل المكالمة", "فسكّر الخط"), not after a negation ("لا تقفل الخط", "ما تسكر").
_AR_REMOTE_THING = (
    rf"(?:{_EN_REMOTE_THING}|(?:برامج |برنامج |تطبيقات |تطبيق )?(?:التحكم عن بعد|الوصول عن بعد|الدخول عن بعد)|"
    r"مشاركة الشاشة|انيديسك|اني ديسك|تيم فيور|تيم فيوير)"
)
_AR_REMOTE_THINGS = rf"{_AR_REMOTE_THING}(?:\s?(?:،|,|/|\(|او|أو|و|مثل|زي|ك)\s?(?:اي |أي )?{_AR_REMOTE_THING})*"
_AR_HANG_UP = (
    r"(?<!لا )(?<!ما )(?<!مت)(?:[فو])?(?:اغلق|أغلق|اقفل|أقفل|اقفلي|سكر|سكّر|انه|أنه|انهي|أنهي|اقطع)(?:وا|ي)? "
    r"(?:ال)?(?:خط|مكالمة|مكالمه|سماعة|اتصال)"
)
# (the caller's asking is a condition: "if anyone asks you", "إذا طلب منك", "لو حد طلب منك", "في حال طلب منك")
_AR_IF_ANYONE = r"(?<![\u0621-\u064a])(?:اذا|إذا|لو|في حال|حال|متى ما|عندما|كل من|اي شخص|أي شخص|اي حد|أي حد)(?![\u0621-\u064a])"
REMOTE_WARNING = (
    # what the institution never asks
    rf"(?:\b(?:will never|would never|never|will not|won'?t|does not|doesn'?t|do not|don'?t)\b (?:ever )?"
    rf"(?:ask|asks|request|require|call|contact|need|want)\b[^.!?\n,]{{0,60}}?{_EN_REMOTE_THINGS}|"
    rf"\b(?:no one|nobody|no (?:bank|staff|employee|officer|agent|genuine|legitimate|real)|none of (?:our|us))\b"
    rf"[^.!?\n]{{0,60}}?\b(?:will|would|should|ever)\b[^.!?\n]{{0,40}}?{_EN_REMOTE_THINGS}|"
    # a fraudster's asking, described
    rf"\b(?:scammers?|fraudsters?|criminals?|crooks|impostors?|imposters?|con ?artists?|fake (?:callers?|agents?|"
    rf"tech support|technicians?)|(?:someone|people|callers?) (?:pretending|claiming|posing))\b[^.!?\n]{{0,50}}?"
    rf"\b(?:ask|asks|asking|trick|tricks|tricking|persuade|persuades|convince|convinces|tell|tells|get you|urge|urges|"
    rf"pressure|pressures|may ask|often ask)\b[^.!?\n]{{0,60}}?{_EN_REMOTE_THINGS}|"
    # anyone asking for it, to be refused
    rf"\b(?:anyone|anybody|someone|somebody|a caller|callers|a stranger|strangers|whoever)\b (?:who )?(?:asks?|asking|"
    rf"tells?|telling|wants?|wanting|requests?|requesting|calls?|calling|rings?|ringing|pushes|pushing)\b"
    rf"[^.!?\n]{{0,60}}?{_EN_REMOTE_THINGS}|"
    # a caller or stranger never let in
    rf"\b(?:never|don'?t|do not)\b (?:let|allow|give|grant)\b (?:a |any |an? unknown )?(?:caller|callers|stranger|"
    rf"strangers|anyone|anybody|someone|people)\b[^.!?\n]{{0,40}}?(?:{_EN_REMOTE_THINGS}|access to your)"
    rf"|\b(?:never|don'?t|do not)\b (?:install|download|open|use)\b[^.!?\n]{{0,30}}?{_EN_REMOTE_THINGS}"
    rf"[^.!?\n]{{0,40}}?\b(?:for|at the request of|because) (?:a |an |any )?(?:caller|stranger|anyone|someone|unknown)\b|"
    # ... in Malay and Indonesian (round 25: "Jika seseorang menelefon mengaku dari IT dan meminta anda install AnyDesk
    # atau TeamViewer, letak telefon"; "kami tidak akan meminta anda memasang AnyDesk")
    rf"\b(?:jika|kalau|sekiranya|apabila|bila) (?:ada )?(?:seseorang|sesiapa|orang|pihak|pemanggil|someone|siapa(?:pun| pun)?)\b"
    rf"[^.!?\n]{{0,60}}?\b(?:minta|meminta|suruh|menyuruh|ask)\b[^.!?\n]{{0,30}}?{_EN_REMOTE_THINGS}|"
    rf"\b(?:tidak akan|tidak pernah|takkan|tak akan|tak pernah|tidak sesekali)\b (?:sesekali )?(?:minta|meminta|menyuruh|suruh)"
    rf"\b[^.!?\n,]{{0,40}}?{_EN_REMOTE_THINGS}|"
    # Arabic: what the institution never asks ("محدش من موظفينا هيطلب منك تثبيت AnyDesk أو مشاركة الشاشة", "لن نطلب
    # منك أبداً تحميل برامج التحكم عن بعد") ...
    rf"(?<![\u0621-\u064a])(?:لا|لن|ما|مش|محدش|ماحد|ما حد|لا احد|لا أحد)(?![\u0621-\u064a])[^.!؟\n]{{0,40}}?"
    rf"(?:[يتنه]طلب|[سهحب][يتن]طلب|يطلبون|[يت]طلبوا)[^.!؟\n]{{0,40}}?{_AR_REMOTE_THINGS}|"
    # ... and a caller's asking for it, to be hung up on ("إذا اتصل بك أحد وطلب منك تثبيت AnyDesk أو TeamViewer فأغلق
    # الخط", "أغلق الخط فوراً لو طلب منك المتصل تنزيل AnyDesk"): the asking, then (or before it) the order to end the
    # call. A caller's "لا تقفل الخط" (don't hang up) keeps the victim on the line and ends no call.
    rf"(?:{_AR_IF_ANYONE}[^.!؟\n]{{0,40}}?|(?<![\u0621-\u064a])[وف])(?:طلب|يطلب|طلبوا|يطلبون|بيطلب|هيطلب) (?:منك|منكم|منكي)"
    rf"[^.!؟\n]{{0,60}}?{_AR_REMOTE_THINGS}[^.!؟\n]{{0,40}}?{_AR_HANG_UP}|"
    rf"{_AR_HANG_UP}[^.!؟\n]{{0,40}}?{_AR_IF_ANYONE}[^.!؟\n]{{0,30}}?(?:طلب|يطلب|طلبوا|يطلبون) (?:منك|منكم|منكي)"
    rf"[^.!؟\n]{{0,60}}?{_AR_REMOTE_THINGS})"
)

# Gift cards or vouchers the company has already bought through its own channel, for staff rewards ("gift card Shopee
# tặng top sales em đã mua qua kênh công ty", "we bought the vouchers through procurement"): the writer bought them,
# so the code words name what was handed out, not a purchase asked of the reader (checker.py). The boss who asks the
# reader to buy cards "for the staff" and send him the codes has not bought them through the company.
COMPANY_PURCHASE = (
    r"(?:\b(?:bought|purchased|ordered|paid for)\b[^.!?\n]{0,30}?\b(?:through|via|with|on|using|from|by) (?:the |our )?"
    r"(?:company(?:'s)?|corporate|procurement|purchasing)\b|"
    r"\bđã (?:mua|đặt)\b[^.!?\n]{0,30}?\b(?:qua|bằng|từ|theo) (?:kênh |tài khoản |thẻ |ngân sách |quỹ |bộ phận mua hàng |phòng mua hàng )?(?:của )?(?:công ty|cty)\b|"
    r"\b(?:sudah|telah|udah|dah) (?:dibeli|membeli|beli|dipesan)\b[^.!?\n]{0,30}?\b(?:melalui|lewat|via|pakai|guna|menggunakan|dengan|dari) "
    r"(?:kanal |akun |akaun |kartu |kad |anggaran |bajet |saluran |bagian pengadaan |bahagian perolehan )?(?:perusahaan|kantor|syarikat|company)\b|"
    r"(?:公司|行政|采购部?)(?:已|已经)?(?:统一)?(?:采购|购买|买好|买了)|(?:通过|走)公司(?:渠道|采购|账户)(?:购买|买)|"
    r"ซื้อ[^\s]{0,20}?(?:ผ่าน|โดย|ด้วย)(?:ช่องทาง|บัญชี|บัตร|งบ)?(?:ของ)?บริษัท(?:แล้ว|เรียบร้อย)|ฝ่ายจัดซื้อ(?:ได้)?ซื้อ|"
    r"(?:اشترينا|اشتريت|اشتريتها|اشتريناها|تم شراء)[^.!؟\n]{0,30}?(?:عن طريق|من خلال|عبر|على حساب|من حساب|من ميزانية) (?:ال)?شركة)"
)
# ... unless the message still asks the reader to buy cards or send codes back to the writer ("I bought some through
# the company account but need 5 more, buy them and send me the codes").
GIFT_CARD_ASK = (
    r"(?:\b(?:buy|pick up|get) (?:me |us )?(?:\d+ |some |a few |more |another |the )|\bsend (?:me|us)\b|\b(?:photos?|pictures?) of (?:the )?codes?\b|"
    r"\bmua (?:giúp|hộ|thêm|cho (?:anh|chị|em))\b|\b(?:gửi|chụp)(?: mã| code)? (?:cho )?(?:anh|chị|sếp)\b|"
    r"\b(?:belikan|beliin|tolong beli|kirim(?:kan)? (?:ke|kepada) (?:saya|aku)|(?:hantar|kirim) (?:kat|kepada|ke) (?:saya|aku|bos))\b|"
    r"帮我买|帮忙买|再买|(?:发|拍)(?:给)?我|ซื้อให้|ช่วยซื้อ|ส่ง(?:โค้ด|รหัส)?ให้(?:ผม|พี่|ฉัน)|"
    r"\b(?:اشتري|اشتريلي|اشتري لي|ابعتهالي|ارسلها لي|ابعتلي|ارسلي لي|صورها)\b)"
)
# What such a purchase is: a gift card or voucher (the payment-request evidence must be one).
GIFT_CARD = (
    r"(?:\b(?:gift ?cards?|e-?vouchers?|vouchers?|thẻ quà tặng|phiếu quà tặng|kartu hadiah|baucar|google play|itunes|steam)\b|"
    r"礼品卡|购物卡|储值卡|บัตรของขวัญ|บัตรกำนัล|قسيمة|قسائم|بطاقة هدايا|بطاقات هدايا)"
)

# Anti-scam warnings that quote or describe the scam they warn about (a bank, a regulator, the police, the IT security
# team or a relative forwarding advice). ANTI_SCAM_ADVICE: what not to do with such a message or call (don't click /
# open / pay / install / believe it, hang up) and what the real institution never does ("real police never use video
# calls", "البنك لا يرسل روابط", "công an không làm việc qua điện thoại"). "Do not ignore", "do not hang up" and "do
# not reply to this SMS" are not among them: scammers and ordinary notices write them; nor is Vietnamese "đừng / không
# được mở máy" (don't switch the phone on), the order a SIM-swap caller gives with "tắt máy 2 tiếng".
ANTI_SCAM_ADVICE = (
    r"(?:\b(?:do not|don'?t|dont|never) (?:click|tap|open|pay|transfer|install|download|believe|"
    r"trust|scan)\b|(?<!not )(?<!n't )(?<!dont )\bhang up\b|\bdelete (?:it|them|the (?:e-?mail|message|sms))\b|"
    r"\b(?:jangan|jgn|usah) (?:pernah )?(?:klik|buka|tekan|layan|transfer|bayar|install|instal|pasang|unduh|"
    r"download|muat turun|percaya|angkat|imbas|scan)|"
    r"\b(?:đừng|tuyệt đối không|không nên|không được) (?:bấm|nhấn|nhấp|click|mở(?! (?:lại )?(?:máy|nguồn)\b)|chuyển|cài|tải|tin|làm theo|"
    r"nghe theo|quét)\b|"
    r"(?:不要|切勿|请勿|千万别|千万不要|勿|别)(?:轻信|相信|点击|点开|打开|转账|汇款|下载|安装|扫码|扫描|理会)|(?<!不要)(?<!不得)(?<!不能)(?<!不可)(?<!别)(?<!勿)挂断|"
    r"(?:อย่า|ห้าม)(?:หลงเชื่อ|เชื่อ|กด|คลิก|เปิด|โอน|ติดตั้ง|โหลด|ดาวน์โหลด|สแกน)|(?<!ห้าม)(?<!อย่า)(?<!ไม่)(?<!ไม่ต้อง)(?<!อย่าเพิ่ง)(?<!ห้ามเพิ่ง)วางสาย|ให้วาง(?:ทันที|เลย)|"
    r"(?:\bلا|\bولا|عدم) (?:تضغط|تنقر|تفتح|تستجيب|تستجب|تتجاوب|تحول|تثبت|تحمل|تنزل|تصدق|تدفع|الضغط|فتح)|"
    # ... what the real institution never does (its staff, its officers; "real" police, bank, officers)
    r"\b(?:real|genuine|actual) (?:police|officers?|bank|banks|staff|agents?)\b[^.!?\n]{0,20}\b(?:never|do not|don'?t|will "
    r"not|won'?t)\b|\b(?:does|do) not send (?:any )?(?:links?|sms|messages?)\b|"
    r"\b(?:polis|polisi|bank|pihak bank)(?: yang)? (?:sebenar|asli|sebenarnya|beneran) (?:tidak|tak|tdk)\b|"
    r"\b(?:tidak|tak|tdk) (?:pernah |akan )?(?:menghantar|mengirim|mengirimkan|menelepon|menelefon) (?:pautan|link|tautan|sms)\b|"
    r"\b(?:công an|ngân hàng|cơ quan)[^.!?\n]{0,12}\bkhông (?:bao giờ )?(?:làm việc|gọi|liên hệ|gửi) (?:qua|bằng) "
    r"(?:điện thoại|mạng|video|tin nhắn|zalo)\b|"
    r"(?:真|真正的|正规的?)(?:警察|公安|民警|银行|客服)(?:不会|从不|绝不|不)|(?:不存在|没有)[^,，。!！?？]{0,24}的说法|"
    r"(?:ตำรวจ|ธนาคาร|เจ้าหน้าที่)(?:ตัว)?จริง(?:ไม่|จะไม่)|"
    r"(?:الشرطه|البنك|الموظف)(?: الحقيقي| الحقيقيه)? (?:لا|لن) (?:[يت]رسل|[يت]طلب|[يت]تصل|[يت]تواصل|[يت]ستخدم)|"
    r"(?:اقفل|اغلق|سكر) (?:الخط|المكالمه|التلفون))"
)
# Words that name a message or call as fake, or its sender as a scammer ("fake messages", "e-mel phishing", "email
# giả mạo", "假冒", "มิจฉาชีพ", "رسائل مزيفة"): a message holding them, or ``ADVISORY``, warns; the wording it quotes is
# the scam's, not its own (textsignals.py). "Fraud" and "lừa đảo" are not among them: an impostor's threat uses them
# ("linked to a fraud case", "liên quan vụ lừa đảo").
SCAM_NAMED = (
    r"(?:\b(?:fake|phishing|phising|scammers?|fraudsters?|impostors?|palsu|bodong|penipu|giả mạo|giả danh|mạo danh|kẻ gian|"
    r"modus penipuan|waspada penipuan)\b|假冒|冒充|骗子|钓鱼|不法分子|诈骗分子|(?:防骗|反诈|防诈)(?!骗?(?:部|组|組|科|专员|專員|小组|小組|团队|團隊))|"
    r"มิจฉาชีพ|แก๊งคอลเซ็นเตอร์|ปลอม|แอบอ้าง|مزيف|وهمي|تصيد|محتال|نصاب|كلها نصب)"
)

# A request described as the scammer's tactic, not made: a luring verb or a "claiming to be" opens its clause
# ("假投资群组常以…吸引加LINE", "tricks you into installing", "mengiming-imingi … untuk transfer", "หลอกล่อให้โอน",
# "يستدرجون الضحايا لتحويل"). A scammer does not call their own request a lure (textsignals.py, with the negations).
SCAM_TACTIC = (
    r"(?:\b(?:lures?|luring|lured|tricks? (?:you|people|victims|users)|tricking|entices?|enticing|baits?|baiting|"
    r"dụ dỗ|lôi kéo|dẫn dụ|memancing|mengiming-imingi|menjebak|memperdaya|mengumpan|memujuk|memperdayakan)\b|"
    r"吸引|诱导|引诱|诱骗|哄骗|骗你|骗您|หลอกล่อ|ล่อลวง|يستدرج|لاستدراج|استدراج|يوهم|لايهام|يخدع|"
    # ... or its maker as someone claiming to be another ("calls claiming to be the bank asking for …", "自称客服的电话要求")
    r"\b(?:claiming to be|claim to be|purporting to be|tự xưng|xưng là)\b|自称|假称|谎称|อ้างว่าเป็น|อ้างตัวเป็น|يدعي انه|يدعون انهم|تدعي انها|"
    # ... or a warning to take care whenever anyone asks for it ("Hãy cẩn trọng khi được yêu cầu chuyển tiền hoặc cung
    # cấp mã xác thực", "be careful if anyone asks you to transfer money", round 24); the request follows it
    r"\b(?:cẩn trọng|cẩn thận|thận trọng|cảnh giác) (?:khi|nếu) (?:(?:có )?(?:ai|người lạ|người khác) |(?:được|bị) )|"
    r"\bbe (?:careful|cautious|wary|alert) (?:when|if) (?:anyone|someone|somebody|a stranger|strangers|you are|you're) |"
    r"\b(?:berhati-hati|hati-hati|waspada|waspadalah) (?:jika|bila|apabila|kalau) (?:ada (?:yang|orang) |anda )?)"
)
# "If you already entered your password, change it": a secret named after a condition about what the reader may
# already have done is remediation advice, not a request (textsignals.py: the condition stands just before the match).
# "Gw dapet hadiah undian dari bank, cuma payung", "Wei aku menang cabutan bertuah kat dinner syarikat", "Pakcik Rahim
# menang cabutan bertuah Hari Keluarga": the writer (or a named relative or colleague) tells of their own win, so the
# prize word is news, not a lure; a scam's winner is the reader ("Anda memenangi …"). Searched in the clause before a
# prize match and the match itself (textsignals.py); not when a route or a fee follows the prize word within 300
# characters (``OWN_WIN_ROUTE``: a "winner" who then asks for a transfer is back to a lure).
_OWN_WIN_PRONOUN = r"(?:aku|gw|gue|gua|saya|sy|ak|aq)"
_OWN_WIN_KIN = (
    r"(?:pakcik|makcik|abang|abg|kakak|adik|ayah|abah|mak|ibu|bapak|bapa|om|tante|paman|bibi|bos|boss|temen|teman|"
    r"kawan|suami|istri|isteri|sepupu|nenek|kakek|atuk|opah)(?: (?!anda|kamu|awak|ente|you)[a-z]+)?"
)
_OWN_WIN_ADVERB = r"(?:(?:baru|tadi|td|udah|udh|dah|sudah|pun|je|jugak|juga|akhirnya|yang|yg|berjaya|berhasil) )*"
OWN_WIN = (
    rf"\b(?:{_OWN_WIN_PRONOUN}|{_OWN_WIN_KIN}) {_OWN_WIN_ADVERB}(?:menang|memenangi|memenangkan|"
    r"(?:dapat|dapet|dpt) (?:hadiah|doorprize|door prize|lucky draw|undian|cabutan))\b|"
    # Arabic: "we" won (a team's or family's award), or a name the writer saw on a list of winners or of those admitted
    # ("فزنا بجائزة أفضل فريق", "شفت اسمك في قائمة الفائزين"; the prize word may be the list's own: "الفائز")
    r"(?<![\u0621-\u064a])(?:و)?(?:فزنا|ربحنا|كسبنا|اخدنا|أخذنا)(?![\u0621-\u064a])|(?:شفت|شافوا|شفنا|طلع) اسم(?:ك|ي|ه|ها|نا)"
    r" (?:في|ف|ب) (?:قائمة|قايمة|لستة|كشف) (?:الفائز|الفايز|المقبولين|الناجحين)|"
    # Vietnamese: the writer (or their family) won, told as news ("tối qua tao trúng giải ba bốc thăm tất niên", "mẹ
    # tui quay được cái nồi"); "chúc mừng anh trúng …" is said to the reader and stays a lure
    r"(?<!chúc mừng )\b(?:tao|tui|tớ|tôi|bọn tao|tụi tao|nhà tao|nhà tui|(?:bố|mẹ|ba|má|vợ|chồng|anh|chị|em) (?:tao|tui|tớ|tôi|mình))"
    r" (?:(?:vừa|mới|đã|hôm qua|tối qua|hôm nay|cũng|được) )*(?:trúng|bốc được|quay được|bốc trúng|quay trúng)\b"
)
# (a route after the own win that makes it a lure after all: the Latin and Arabic ones)
OWN_WIN_ROUTE = f"(?:{_PRIZE_LURE_ROUTE['latin']}|{_PRIZE_LURE_ROUTE['ar']})"
# "Nanti kau transfer RM25 share makan semalam", "tf 45rb patungan bensin kemarin": friends settling a shared meal,
# fuel or room, named right after the payment; the payment is the reader's share of a spend both made, not a request
# from a stranger (textsignals.py: a payment match followed within 40 characters by such a share).
SHARED_SPEND = (
    r"\b(?:share|split|kongsi|bahagian|bhgn|patungan|urunan|bagi dua|bayar balik|ganti duit)\b (?:\w+ )?(?:makan|makan malam|"
    r"dinner|lunch|breakfast|sarapan|minum|ngopi|bill|bil|minyak|petrol|bensin|tol|grab|gojek|parking|parkir|hotel|"
    r"homestay|villa|airbnb|kos|kost)\b"
)
# "Cashback 20% untuk bayar di merchant pilihan pakai DANA", "rebat RM5 bila bayar di kedai guna TNG eWallet": the
# reward of a wallet's or bank's promotion for paying at shops with it; the pay words name where the reader spends,
# not a payment asked of them (textsignals.py: a payment or pay-at-link match whose pay verb is followed by a shop,
# till or merchant, ``SPEND_AT_SHOP``, in a sentence that names the reward, ``SPEND_REWARD``). "Cashback Rp500rb!
# Untuk klaim bayar biaya admin Rp50rb" pays no merchant and stays a request.
SPEND_AT_SHOP = (
    r"\b(?:bayar|membayar|pembayaran|transaksi|belanja|berbelanja)\b (?:[^\s.!?]+ ){0,2}?(?:di|ke|pada|kat|dekat) "
    r"(?:[^\s.!?]+ )?(?:merchant|merchan|mitra|kasir|toko|outlet|gerai|minimarket|supermarket|restoran|resto|kedai|"
    r"peniaga|premis|cawangan)\b"
)
SPEND_REWARD = r"\b(?:cashback|cash back|diskon|potongan|rebat|rebate|promo|promosi|koin|coins?|poin|mata ganjaran)\b"
# A QR code scanned "to receive" money (lexicon._TF_ATM_QR_SIM_SERIALS_AND_HOUSE_VISITS): a payee never scans or pays
# to be paid, so such a payment request is no bill paid in the provider's app even when it names the bank's app
# ("imbas QR ni dlm app bank utk terima duit"); checker.py keeps it weighed.
# (and a "reverse" transaction made in the bank app to get a refund back: the transaction sends money, it is no bill)
QR_TO_RECEIVE = (
    r"\b(?:qr|qris)\b[^\n]*\b(?:terima|menerima|cairkan|mencairkan|receive)\b|"
    r"\btransaksi[\s'\"‘’]{0,3}(?:reverse|balik|pembalikan)\b|\bpembalikan transaksi\b|"
    # (Thai: "สแกน … ใส่ PIN … เงินจะเข้าบัญชีคุณ", "… เพื่อรับเงินคืน": the scan is said to pay the reader)
    r"สแกน[^\n]*(?:เพื่อรับเงิน|รับเงินคืน|จะ(?:โอน)?เข้าบัญชี(?:ของ)?(?:คุณ|ท่าน))|"
    # (vi, round 24: "gửi mã QR để chị nhận cọc", "quét … bấm xác nhận là tiền về")
    r"\b(?:qr|quét)\b[^\n]*\bnhận (?:cọc|tiền|khoản)\b|\bquét\b[^\n]*\btiền (?:về|vào|sẽ về)\b"
)
ALREADY_DONE = (
    # "if you accidentally …", a few words before the match
    r"(?:(?:\bif (?:you )?(?:have |'ve )?(?:accidentally|mistakenly)|\b(?:kalau|kalo|jika|sekiranya|bila|apabila|kl) "
    r"(?:anda |awak |kamu |korang )?(?:(?:udah|udh|sudah|dah) )?(?:terlanjur|tersilap|tidak sengaja|ga sengaja|tak sengaja)|"
    r"\bnếu (?:bạn |anh chị |quý khách |ai )?(?:đã lỡ|lỡ|trót|chẳng may|vô tình)|(?:如果|如|若|万一)(?:您|你)?(?:不小心|误)|"
    r"(?:ถ้า|หาก)(?:คุณ|ท่าน)?(?:เผลอ|ได้เผลอ))[^,，.。;:!?！？\n]{0,20}|"
    # "if you already …", just before the match (whose verb is what was done)
    r"\bif (?:you )?(?:have |'ve )?already|\b(?:kalau|kalo|jika|sekiranya|bila|apabila|kl) (?:anda |awak |kamu |korang )?"
    r"(?:sudah|udah|udh|dah|telah)|(?:如果|如|若)(?:您|你)?已(?:经)?|(?:اذا|لو|في حال) (?:كنت )?قد"
    rf"{_IDMS24_ALREADY_DONE})\s*$"  # (round 24: "jika anda telah klik pautan dan masukkan kata laluan")
)
# A code or password the writer has already handed over, told in Vietnamese ("em gửi mã xác thực vào nhóm nội bộ rồi,
# anh vào lấy nhé", "em reset pass cho chị rồi, pass tạm em ghi ở tờ giấy", "em share credentials qua 1Password rồi"):
# the writer, in the first person, gave or reset the secret ("… rồi", done) for a colleague or a relative; nothing is
# asked of the reader. A request match inside such a sentence is no request (textsignals.py), unless the message also
# asks for something back or speaks of a code sent by mistake to the reader (``HANDED_OVER_RISK``): "em gửi nhầm mã
# vào số chị rồi, chị đọc lại giúp em" is the mistyped-code scam.
HANDED_OVER = (
    r"\b(?:em|anh|chị|mình|tôi|tớ|tao|tui|con) (?:(?:đã|vừa|mới|cũng) )*(?:gửi|share|chia sẻ|ghi|để|reset|đặt lại|đổi|cấp|tạo|up|đăng)\b"
    r"[^.!?\n]{0,90}?\brồi\b"
)
HANDED_OVER_RISK = (
    r"\b(?:nhầm|lộn|đọc|chụp|gửi lại|nhắn lại|báo lại|cho (?:em|anh|chị|mình|tôi) xin|gửi (?:cho |giúp |hộ )?(?:em|mình|tôi|tớ))\b|"
    r"\b(?:vào|về|tới|đến) (?:số|máy|đt|điện thoại|zalo) (?:của )?(?:anh|chị|em|bạn|mày|cô|chú|bác)\b"
)
# A payment order the writer has received and checks before acting on it, in Vietnamese ("em vừa nhận email của anh
# yêu cầu chuyển 230 triệu sang số TK mới, … em cần anh xác nhận trực tiếp, anh gọi lại em qua số bàn"): the request
# is the other message's (``ORDER_RECEIVED``, just before the payment match), and the writer asks the one who seems to
# have sent it to confirm it in person or by a call back (``ORDER_CHECKED``), the step that stops the boss-impostor
# fraud. The impostor's own order says none of this ("anh gửi em email rồi, chuyển ngay giúp anh, đừng gọi").
ORDER_RECEIVED = (
    r"\b(?:nhận|nhận được|thấy|đọc được|có) (?:một |1 )?(?:email|e-mail|mail|tin nhắn|tin|thư|lệnh|đề nghị|yêu cầu)"
    r"(?: [^\s.!?,]+){0,4}?\s*$"
)
ORDER_CHECKED = (
    r"\b(?:xác nhận (?:trực tiếp|lại|bằng (?:điện thoại|cuộc gọi))|gọi lại (?:cho )?(?:em|mình|tôi)|gọi (?:điện )?(?:cho )?(?:em|mình|tôi) "
    r"(?:để )?xác nhận|số (?:máy )?bàn|máy lẻ|gặp trực tiếp|có đúng (?:là )?(?:anh|chị|sếp)|(?:phải|đúng) (?:anh|chị|sếp) (?:gửi|yêu cầu) không)\b"
)
# "We never ask for your OTP, except through our agent", "Bank tidak pernah meminta OTP, tapi kali ini kirim kode OTP":
# a contrast word after a negation ends its reach; the request after it is made (textsignals.py).
# An enumeration of examples ("(AnyDesk, TeamViewer, UltraViewer...)", "เช่น AnyDesk หรือ RustDesk", "such as X or Y"):
# a match inside it belongs to the words before the list, so a negation of those ("KHÔNG cài ứng dụng điều khiển
# từ xa (AnyDesk, TeamViewer …)") governs every item, however long the list (textsignals.py). The text from the
# list's opening to the match holds only short items joined by commas, slashes or "or / and".
LIST_OPENING = (
    r"(?:\(|\bsuch as\b|\be\.g\.?|\blike\b|\bnhư(?: là)?\b|\bseperti\b|\bcontohnya\b|\bmisalnya\b|เช่น|ได้แก่|例如|比如|مثل)"
    r"\s*(?:[^\s,/()、]{1,20}(?: [^\s,/()、]{1,20})?\s*(?:,|/|、|\bor\b|\band\b|\bhoặc\b|\bvà\b|\batau\b|\bdan\b|หรือ|และ|或)\s*){0,6}$"
)
# A scammer named as the subject of a Thai sentence ("มิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่ธนาคารโทรหาลูกค้าให้ติดตั้งแอปรีโมท"):
# the request after it is theirs, described in a warning. Thai runs a sentence's words together without punctuation,
# so this reaches further back than the usual Thai clause (textsignals.py).
SCAM_AGENT_TH = (
    r"(?:(?:อีเมล|ข้อความ|sms|เอสเอ็มเอส|ลิงก์|ลิงค์|เว็บไซต์|เว็บ|แอป|บัญชี|ไลน์)ปลอม(?:ที่)?(?:จะ|มัก)?(?:อ้าง|แอบอ้าง|หลอก|ขอ)|"
    r"มิจฉาชีพ(?:จะ|มัก|อาจ(?:จะ)?|บาง(?:ราย|กลุ่ม))?(?:ส่ง|โทร|อ้าง|หลอก|แอบอ้าง|ใช้|ปลอม)|แก๊งคอลเซ็นเตอร์(?:จะ|มัก)?(?:โทร|อ้าง|หลอก|แอบอ้าง))"
)
# A Thai institution's policy statement ("ธนาคารจะไม่มีนโยบายส่งข้อความสั้นหรืออีเมลแนบลิงก์เพื่อขอให้ท่านกรอกรหัส OTP",
# "ไม่มีเจ้าหน้าที่คนใดขอรหัสนี้จากท่าน"): it names what the institution never does, and Thai runs the long clause
# between the negation and the request verb together, further than the usual Thai look-back (textsignals.py reads it
# up to ``_POLICY_REACH_TH`` characters back). Only these institutional forms reach that far, and a request opened
# after them to the reader ("กรุณา", "รบกวน", "เพียง", "หาก …", ``POLICY_BREAK_TH``) is not governed by them.
POLICY_NEGATION_TH = (
    r"(?:ไม่(?:เคย)?มีนโยบาย|ไม่มีการ(?:ส่ง|โทร|ขอ|ติดต่อ|แนบ)|ไม่มี(?:เจ้าหน้าที่|พนักงาน|หน่วยงาน|บุคคล)[^\s]{0,12}?(?:คนใด|ท่านใด|ใด)|"
    r"(?:ธนาคาร|เจ้าหน้าที่|พนักงาน|บริษัท|หน่วยงาน)(?:จะ)?(?:ไม่เคย|ไม่)(?:ส่ง|โทร|ขอ|ติดต่อ))"
)
POLICY_BREAK_TH = r"(?:(?<!เพื่อ)(?:กรุณา|โปรด|รบกวน|ช่วย)|หาก|ถ้า|เพียง|แค่|ดังนั้น|จึง|ตอนนี้|ขณะนี้|ทันที)"
CONTRAST = (
    r"(?:\b(?:but|however|except|tapi|tetapi|namun|kecuali|melainkan|nhưng|tuy nhiên|ngoại trừ)\b|(?<!不)但|不过|除了|除非|"
    # the negation of an "if you didn't …," condition governs the condition only: "If you didn't authorise this,
    # provide your account PIN to our agent" asks for the PIN
    r"\bif (?:you|this|it) (?:did not|didn'?t|do not|don'?t|was not|wasn'?t|have not|haven'?t)\b[^,.;!?\n]{0,40},|"
    r"(?<!ตั้ง)แต่(?!ละ)|ยกเว้น|\bلكن|\bولكن|\bالا\b|باستثناء)"
)
# A negation that governs a list joined by "or" ("请勿向他人提供验证码或开启屏幕共享", "อย่าให้รหัสหรือกดลิงก์", "do not
# share the code or install anything they send"): the request after the "or" is negated too. Searched in the match's
# sentence up to the match, without a comma between (a comma starts another instruction).
COORDINATED_NEGATION = (
    r"(?:(?:\b(?:do not|don'?t|never|jangan|đừng|tuyệt đối không|không (?:được|nên))\b[^,.;:!?\n]{0,60}\b(?:or|nor|atau|"
    r"ataupun|hoặc|hay)\b|(?:\bلا|عدم) [^،,.؟!\n]{0,60}(?:\bاو|\bولا) )[^,;:.!?\n]{0,24}|"
    # (Thai and Chinese run words together: the request must follow the "or" at once)
    r"(?:不要|切勿|请勿|勿|千万不要|不得|严禁)[^,，;；:：。！？!?\s]{0,30}(?:或者|或|以及|及)[^,，;；:：。！？!?\s]{0,4}|"
    r"(?:อย่า|ห้าม)[^\s,]{0,40}หรือ[^\s,]{0,4})$"
)
# A negation reaches its own clause only. After a comma, a new request (an imperative, maybe opened by "now", "just",
# "please", "then") or "and then" starts a clause the negation does not govern: "Don't tell anyone or call the bank,
# install AnyDesk now", "đừng nói với ai, cài AnyDesk ngay", "jangan bilang siapa-siapa, install AnyDesk sekarang",
# "不要告诉别人，马上下载向日葵", "لا تخبر أحدا، حمّل AnyDesk الآن" (textsignals.py). A warning's comma goes on with
# no new request ("do not share this code with anyone, including bank staff", "đừng cung cấp mã OTP cho bất kỳ ai, kể
# cả nhân viên ngân hàng"), and a negated list of requests ends with its "or" (NEGATED_LIST).
# Vietnamese verbs are written so that their folded forms are not everyday words ("tải khoản", "chuyện", "gói").
_EN_REQUEST_VERB = (
    r"(?:install|download|give|send|transfer|wire|call|click|tap|open|share|tell|read|enter|type|pay|scan|forward|text|"
    r"reply|buy|provide|confirm|log ?in|sign in|deposit|verify|approve|accept)"
)
_VI_REQUEST_VERB = (
    r"(?:cài|tải(?! khoản)|gửi|chuyển (?:khoản|tiền|ngay|gấp|qua|vào|cho|sang)|ck|đọc|nhập|bấm|click|mở|đưa|nạp|quét|"
    r"cung cấp|mua|cho (?:anh|em|chị|tôi|mình|chú|cô|bác))"
)
_IDMS_REQUEST_VERB = (
    r"(?:install|instal|pasang|download|unduh|muat turun|kirim|kirimkan|kirimin|hantar|hantarkan|bagi|bagikan|kasih|kasi|"
    r"berikan|beri|transfer|tf|pindahkan|bayar|klik|tekan|buka|share|kongsi|masukkan|masukin|ketik|sebutkan|bacakan|baca|"
    r"scan|imbas|beli|top ?up)"
)
_ZH_REQUEST_VERB = (
    r"(?:下载|安装|转账|转给|转到|汇款|打款|发给|发送|发我|告诉我|给我|提供|点击|点开|打开|扫码|扫一?扫|输入|共享|开启|把|"
    r"支付|充值|购买|买|加我|报给)"
)
_AR_REQUEST_VERB = (
    r"(?:حمل|نزل|ثبت|ارسل|ارسلي|ابعت|ابعث|ابعتلي|اعطني|اعطيني|عطني|اديني|قولي|قلي|اخبرني|حول|حولي|ادفع|اضغط|افتح|شارك|"
    r"اكتب|ادخل|امسح|اشتري|اشحن|دز)"
)
_TH_REQUEST_VERB = r"(?:โหลด|ดาวน์โหลด|ติดตั้ง|กด|โอน|ส่ง|แอด|สแกน|บอก|ให้)"
NEGATION_SCOPE_END = (
    rf"(?:,\s*(?:(?:and|then|so|now|just|please|pls|plz|quickly|first|immediately|kindly|simply|instead)\s+)*(?={_EN_REQUEST_VERB}\b)|"
    r",\s*(?:and )?then\b|"
    rf",\s*(?:(?:và|rồi|thì|sau đó|giờ|bây giờ|nhanh|mau|vui lòng|làm ơn|hãy|em|anh|chị|con|cứ)\s+)*(?={_VI_REQUEST_VERB}\b)|"
    r",\s*(?:và |rồi )?sau đó\b|"
    rf",\s*(?:(?:dan|lalu|terus|trus|kemudian|sekarang|skrg|skg|cepat|cepet|segera|tolong|tlg|sila|silakan|langsung|je|aja|"
    rf"saja)\s+)*(?={_IDMS_REQUEST_VERB}\b)|"
    r",\s*(?:lalu|kemudian|habis itu|setelah itu|lepas tu|lepas itu|pastu|selepas itu)\b|"
    rf"[，,；;](?:然后|再|马上|立即|立刻|赶紧|赶快|快点?|现在|请|先|就|直接|你)*(?={_ZH_REQUEST_VERB})|"
    rf"[،,]\s*(?:(?:ثم|الان|فورا|بسرعه|حالا|من فضلك|لو سمحت|رجاء|بس)\s+)*(?=(?:و|ف)?{_AR_REQUEST_VERB})|"
    r"[،,]\s*ثم\b)"
)
# Thai has no commas: a new phrase (after a space in what the user wrote) opened by a request word or "แล้ว" /
# "จากนั้น" (then): "อย่าบอกใคร ให้โหลดแอป…" (textsignals.py checks the space; the compact text has none).
NEGATION_SCOPE_END_TH = rf"(?:กรุณา|โปรด|รบกวน|ช่วย|รีบ|แล้ว|จากนั้น|{_TH_REQUEST_VERB})"
# A list of requests under one negation, ended by "or" and a request verb ("do not share your OTP, click links or
# install apps"): the comma before "click" starts no new request. Searched from the comma to the sentence's end;
# LIST_OR, any "or" between the comma and the request ("we will never call, text or email you to ask for your PIN").
# A warning that describes what scammers do ("มิจฉาชีพแอบอ้างเป็นการไฟฟ้า ส่ง SMS ให้แอดไลน์", "scammers pretend to be
# the bank, install AnyDesk and ...") tells their steps one after the other: a new request there is still theirs, and
# the description keeps its reach to the end of its sentence.
SCAM_DESCRIBED = (
    r"(?:\b(?:pretending to be|spoofing|impersonating|posing as|scammers?|fraudsters?|giả mạo|giả danh|mạo danh|kẻ gian|"
    r"menyamar|penipu|sindiket)\b|冒充|假冒|骗子|不法分子|แอบอ้าง|มิจฉาชีพ|ينتحل|انتحال|المحتال|النصاب)"
)
LIST_OR = r"(?:\b(?:or|nor|hoặc|atau|ataupun|maupun)\b|或|หรือ|\bاو\b)"
# (the ways of contacting count in a list too: "never call, text or email you to ask for your PIN")
NEGATED_LIST = (
    rf"(?:\b(?:or|nor)\s+(?:\w+\s+)?(?:{_EN_REQUEST_VERB}|e-?mail|message|contact|ask|request|sms|whatsapp|phone|visit)\b|"
    rf"\b(?:hoặc|hay)\s+(?:{_VI_REQUEST_VERB}|gọi|nhắn tin|email|liên hệ|yêu cầu)\b|"
    rf"\b(?:atau|ataupun|maupun)\s+(?:{_IDMS_REQUEST_VERB}|menelepon|telepon|sms|email|e-?mel|menghubungi|hubungi|meminta)\b|"
    rf"(?:或者|或|以及|也不要|也别)(?:{_ZH_REQUEST_VERB}|打电话|发短信|联系|索要|要求)|"
    rf"หรือ\s*(?:{_TH_REQUEST_VERB}|โทร|ติดต่อ|ขอ)|\b(?:او|ولا)\s+(?:و|ف)?(?:{_AR_REQUEST_VERB}|يتصل|اتصل|يرسل|راسل|يطلب))"
)
# A lure word qualified as fake ("假投资群", "fake investment group", "grup investasi bodong", "กลุ่มลงทุนปลอม", "مسابقات
# وهمية") names what a warning is about; a scammer may deny it ("bukan investasi bodong"), which keeps the lure.
# FAKE_BEFORE ends just before the match; FAKE_WORD is searched in the match and just after it (Vietnamese "giả"
# alone folds like "gia", as in "tham gia", join).
FAKE_BEFORE = r"(?:(?<![放请休度寒暑年病婚产])假|虚假|\b(?:fake|bogus|phony)[^\w]{0,2})$"
FAKE_WORD = r"(?:\b(?:fake|bogus|giả mạo|palsu|bodong)\b|ปลอม|وهمي|مزيف|虚假|(?<![放请休度寒暑年病婚产])假(?![期日装]))"
NOT_FAKE = r"(?:\b(?:not|bukan|không phải|tidak|tak|no)\b|不是|并非|ไม่ใช่|ليس|ليست|مش)"

# "The police never ask you to transfer money", "交管部门不会发送缴费链接", "الجهات الرسمية لا تطلب": an authority's
# anti-fraud advice names the threat it warns about (police, investigation, a blocked account); with no route
# and no request, such a message is advice, not a threat (checker.py).
ADVISORY = (
    r"(?:\b(?:will never|never|do(?:es)? not|won'?t|will not) (?:ask|request|require|demand|text you|e-?mail you|message you)\b|\b(?:will )?never (?:call|contact|send)\b|"
    r"\bkhông (?:bao giờ )?(?:yêu cầu|đề nghị)\b|\bkhông bao giờ (?:gửi|gọi|liên hệ)\b|\bkhông gửi (?:link|đường link|mật khẩu|mã|qr)\b|"
    # ... or reports that someone poses as an official ("gần đây có người tự xưng BQL tòa nhà nhắn Zalo …") ...
    r"\b(?:có|xuất hiện) (?:một số |nhiều )?(?:người|đối tượng|kẻ|tài khoản|số điện thoại) (?:lạ )?(?:tự xưng|giả danh|mạo danh|giả mạo|xưng là)\b|"
    r"\b(?:tidak|tak) (?:pernah |akan )?(?:meminta|menghubungi)\b|"
    r"(?:不会|从不|绝不|不)(?:以任何理由)?(?:要求|索取|发送)|"
    r"(?:ไม่มีการ|ไม่มีนโยบาย|ไม่เคย(?:ขอ|โทร|ส่ง)|จะไม่(?:ขอ|โทร|ส่ง))|"
    r"(?:لا تطلب|لا نطلب|لا يطلب|لن نطلب|لن يطلب)|"
    # ... or tells the reader not to click links or attachments ("không bấm link lạ", "อย่าคลิกลิงก์").
    r"\b(?:(?:do not|don'?t|never) (?:click|tap|open) (?:on )?(?:any |the |unknown |suspicious |strange )?(?:links?|attachments?)|"
    r"(?:không|đừng) (?:bấm|nhấp|nhấn|click|mở) (?:vào )?(?:cái |các )?(?:link|đường link|liên kết|tệp)|jangan (?:klik|buka|tekan) (?:link|tautan|pautan|lampiran))\b|"
    r"(?:(?:不要|切勿|请勿|勿)(?:点击|打开)(?:陌生|不明|可疑)?(?:链接|附件)|(?:อย่า|ห้าม)(?:คลิก|กด|เปิด)(?:ลิงก์|ลิงค์|ไฟล์)|لا (?:تضغط|تنقر|تفتح) (?:على )?(?:الرابط|الروابط|رابط))|"
    # ... or names the fraud it warns about and what not to do ("hati-hati modus penipuan … jangan transfer", "tuyệt
    # đối không chuyển tiền", "نهيب بالجميع عدم التجاوب", "不会通过电话要求", "อย่าหลงเชื่อ") ...
    r"\b(?:(?:hati-hati|waspada|waspadai|awas|berhati-hati)(?: terhadap| dengan| dgn)? (?:modus|penipuan|sindiket|scam)|jangan (?:transfer|jual|sewakan|layan|percaya)|"
    # ... or warns of calls or messages from someone claiming to be an official ("hati-hati dgn panggilan mengaku
    # pegawai mahkamah", "cảnh giác với cuộc gọi tự xưng công an", "谨防陌生来电", "احذر من رسائل تدعي الفوز") ...
    r"(?:hati-hati|waspada|waspadai|awas|berhati-hati)(?: terhadap| dengan| dgn)? (?:panggilan|mesej|pesanan|pesan|sms|telefon|"
    r"whatsapp)\b[^.!?\n]{0,20}?\b(?:mengaku|kononnya|mendakwa|ngaku|mengatasnamakan|yang menawarkan)|"
    r"cảnh giác (?:với |trước )?(?:các )?(?:cuộc gọi|tin nhắn)|beware of (?:texts|sms|emails|e-mails|phone calls)|"
    r"tuyệt đối không (?:chuyển|cung cấp|làm theo|bấm|nghe theo)|cảnh giác (?:với |trước )?(?:các )?(?:thủ đoạn|chiêu trò|lừa đảo)|"
    r"beware of (?:scams?|fraud|calls|messages|impostors)|(?:do not|don'?t) (?:respond|reply) to (?:any |such )?(?:calls?|messages?))\b|"
    r"(?:نهيب ب|عدم التجاوب|عدم الرد على|تحذر من|يحذر من|احذر(?:وا)? (?:من )?(?:ال)?(?:رسائل|مكالمات|اتصالات|روابط))|"
    r"(?:谨防|警惕|小心)(?:陌生)?(?:来电|电话|短信)|ระวัง(?:การ)?(?:โทร|สาย|ข้อความ|sms|ลิงก์)|(?:不会|从不|绝不)(?:通过|以)[^，。！？]{0,8}(?:要求|索取)|(?:谨防|警惕)(?:诈骗|骗局|冒充)|"
    r"(?:อย่าหลงเชื่อ|เตือนภัย|ระวังมิจฉาชีพ)|"
    # ... or is a news item about someone else's case ("News alert: police obtained an arrest warrant for a man …").
    r"^(?:news(?: alert| flash)?|breaking(?: news)?|berita(?: terkini)?|tin tức|tin nóng|ข่าว(?:ด่วน)?|خبر(?: عاجل)?|新闻|快讯)\s?[:：|\-]|"
    # ... or says what not to do with the scam's message or call, or what the real institution never does
    + ANTI_SCAM_ADVICE
    + ")"
)

# "Never share this code", "لا تشارك رمز التحقق مع أي أحد", "ธนาคารไม่ส่งลิงก์ทาง SMS": a bank's advice on its own
# notices. With a notice of the user's own action it marks the callback number as the bank's (checker.py).
NO_SHARE = (
    r"(?:\b(?:never|do not|don'?t) (?:share|give|tell|disclose|reveal) (?:your |this |the )?(?:otp|code|pin|password|tac)|"
    r"không (?:bao giờ )?(?:chia sẻ|cung cấp|tiết lộ|yêu cầu cung cấp) (?:mã|otp|mật khẩu)|jangan (?:berikan|bagikan|beritahukan|kasih|kongsi|dedahkan) (?:kode|kod|otp|pin|tac|password)|"
    r"(?:tidak|tak) (?:pernah|akan) meminta (?:kode|kod|otp|pin|tac))\b|"
    r"(?:(?:请勿|切勿|不要)(?:向任何人)?(?:泄露|透露|告诉|提供|转发)[^\s，。]{0,6}(?:验证码|密码)|(?:ห้าม|อย่า)(?:บอก|ให้|แชร์|เปิดเผย)(?:รหัส|otp)|"
    r"ไม่(?:มีนโยบาย)?ส่งลิงก์|لا تشارك (?:رمز|الرمز|كود|كلمة))"
)
# "No action is needed", "Tdk perlu tindakan", "无需操作": an information notice that asks for nothing (checker.py).
NO_ACTION = (
    r"(?:\b(?:no (?:further )?action (?:is )?(?:needed|required)|you (?:do not|don'?t) need to do anything|"
    r"(?:tidak|tdk|tak|gak) perlu (?:melakukan )?(?:tindakan|apa-apa)|tiada tindakan (?:diperlukan|lanjut)|"
    r"không cần (?:thực hiện )?(?:thao tác|làm gì|hành động|xử lý))\b|"
    r"无需(?:任何)?(?:操作|处理)|不需要(?:任何)?操作|ไม่ต้องดำเนินการ|لا يلزم (?:اي )?اجراء|لا حاجة (?:لاتخاذ|لاي) اجراء|لا يتطلب (?:منك )?اي اجراء)"
)

# "Em rảnh gọi lại chị nha, chị nói rõ hơn", "Anh gọi lại em qua số bàn máy lẻ 215 giúp em": the writer asks the
# reader to call them back, a person the reader knows, by voice (checker.py, with the model's wording alone). A
# voice call is what the impersonator of a relative or a boss avoids; the scam told with the same words gives a new
# number, cannot take calls, or names an account, a code, a link or another chat (``CALL_BACK_RISK``).
CALL_BACK = (
    r"\b(?:gọi (?:điện )?lại (?:cho |giúp |hộ )?(?:em|chị|anh|mẹ|má|ba|bố|con|cô|chú|bác|dì|cậu|mình|tớ|tao|tôi)|"
    r"gọi (?:điện )?(?:lại )?(?:cho )?(?:em|chị|anh|mình|tôi) (?:qua |theo |vào )?(?:số (?:máy )?bàn|máy lẻ))\b"
)
CALL_BACK_RISK = (
    r"\b(?:số (?:điện thoại |đt |sđt )?(?:mới|khác|này)|đổi số|sim mới|số phụ|(?:không|ko|chưa) (?:nghe|gọi|bắt) "
    r"(?:máy |điện thoại |đt )?được|(?:đừng|không cần|khỏi) gọi|(?:không|ko) tiện (?:nghe|gọi)|nhắn tin thôi|"
    r"stk|số tài khoản|số tk|tài khoản (?:này|của|mới|bên)|tk (?:này|của|mới)|mã (?:otp|xác|code|pin)|otp|link|"
    r"bấm|zalo|telegram|kết bạn|thẻ cào|mã thẻ|nhận hộ|người nhận)\b"
)
# The order the writer received and reports before asking for the call back ("Em vừa nhận email của anh yêu cầu
# chuyển 230 triệu sang số TK mới, …"): its words (a new account) are the order checked, not the writer's; cut out,
# to the end of its sentence, before ``CALL_BACK_RISK`` is searched (checker.py).
REPORTED_ORDER = (
    r"\b(?:nhận|nhận được|thấy|đọc được) (?:một |1 )?(?:email|e-mail|mail|tin nhắn|thư|lệnh|đề nghị|yêu cầu)\b[^.!?\n]*"
)

# "Your SIM replacement was requested at our store. If it wasn't you, call 188 from another number urgently":
# a notice of something the user did, with what to do if they did not. Its urgency and lock wording are not
# pressure when it gives no route of its own (checker.py).
NOT_YOU = (
    r"(?:\b(?:if (?:this|it) (?:was|is)(?: not|n'?t) you|not you\?|if you did(?: not|n'?t) (?:make|request|authori[sz]e|do)|"
    r"nếu (?:không phải|ko phải) (?:là )?(?:bạn|quý khách)|nếu quý khách không thực hiện|"
    r"(?:jika|bila|apabila|sekiranya) bukan anda|bukan anda\?|(?:jika|sekiranya) anda tidak (?:melakukan|membuat))|"
    r"如非本人|非本人操作|(?:如非|如果不是|若非|若不是|如不是)(?:您|你)本人|若非本人|หากท่านไม่ได้ทำรายการ|(?:หาก|ถ้า)(?:ท่าน|คุณ)?ไม่ใช่(?:ท่าน|คุณ)|หากคุณไม่ได้ทำรายการ|"
    r"(?:اذا|ان) لم تكن انت|(?:اذا|ان) لم (?:تقم|تطلب|تجر) (?:بهذه العملية|بهذا التغيير|هذه العملية|بهذا الاجراء|بهذه الاضافة)|(?:اذا|ان) لم تقم بذلك|"
    # (whatever was requested: "إذا لم تطلب الشريحة", "إذا لم تطلب ذلك")
    r"(?<![\u0621-\u064a])(?:اذا|ان|لو) لم تطلب(?:ها|ه)? (?:ذلك|الشريحة|الشريحه|البطاقة|الخدمة|هذا|التغيير|الاستبدال|"
    r"النقل)|หาก(?:ท่าน|คุณ)?ไม่ได้(?:ทำรายการ|ดำเนินการ)|"
    r"\bnếu (?:quý khách |qk |bạn )?không (?:phải (?:là )?(?:qk|quý khách|bạn)|thực hiện)\b)"
)

# A phone number offered as the other way to do something in the provider's own app or at its branch ("confirm it in
# the MAE app or call …", "ติดต่อสาขา… หรือโทร …", "โทร … หรือระงับบริการผ่านแอป", "أوقف البطاقة من التطبيق أو اتصل …"): searched in the sentence around a
# number (checker.py). A caller-back scam wants the call and names no app that would show nothing wrong.
APP_WORD = (
    r"(?:\b(?:app|apps|aplikasi|apl|(?:any |your nearest |a )?branch|online account|cawangan|kaunter|kantor cabang|"
    # (a Vietnamese bank's app, branch or counter, and a bank's digital channel named as such: "VCB Digibank",
    # "BIDV SmartBanking", "internet banking")
    r"ứng dụng|chi nhánh|quầy giao dịch|phòng giao dịch|digibank|smart ?banking|(?:mobile|internet|digital) banking|"
    r"e-?banking)\b|"
    r"แอป|แอพ|แอปพลิเคชัน|สาขา|تطبيق|التطبيق|الفرع|اقرب فرع|客户端|手机银行|网点|應用程式|应用程序)"
)
OR_WORD = r"(?:\b(?:or|atau|ataupun|hoặc)\b|หรือ|(?<!\w)او(?!\w)|或)"

# The hotline a provider's notice ends with, in a sentence of its own ("Hotline 1800 588 822.", "Chi tiết LH
# 1900 …", "For assistance call 1-300-…", "للاستفسار 4440…", "详询 …"): the sentence around the number is a few
# words at most and holds one of these labels (checker.py ``_hotline_footer``). With the provider's app, site or
# branch named elsewhere in the notice it is the notice's other way in, not the callback a scam is built around
# (that sentence says what to call for: "call 02-… now to unlock your card").
HOTLINE_LABEL = (
    r"(?:\b(?:hotline|helpline|call cent(?:er|re)|(?:for )?(?:assistance|enquiries|inquiries|queries|more information)|"
    r"lh|liên hệ|tổng đài|chi tiết|thắc mắc|hubungi|pertanyaan|informasi lanjut|talian|maklumat lanjut)\b|"
    r"สอบถาม|คอลเซ็นเตอร์|详询|咨询|垂询|客服热线|服务热线|للاستفسار|للاستفسارات|لمزيد من المعلومات|الخط الساخن)"
)
# The number an anti-fraud advisory gives as the way to check a doubtful call or message or to report it ("if in
# doubt, call our hotline 1-300-…", "如怀疑受骗，请拨打诈骗热线…", "หากสงสัย โทรเช็กที่ 02-…", "jika ragu, hubungi…",
# "nếu nghi ngờ, gọi…", "للإبلاغ اتصل على…"): searched in the sentence around the number (checker.py). The callback
# scam's sentence says what the call is for on the reader's account ("call … to reactivate", "gọi … để mở khóa").
CHECK_LINE = (
    r"(?:\bif (?:you are |you're )?(?:in doubt|unsure|not sure|uncertain|suspicious)\b|"
    r"\bif you (?:suspect|think|believe|receive|get|got|are contacted|have been contacted|have doubts)\b|"
    r"\bto report\b|\breport (?:it|this|them|scams?|fraud|suspicious [a-z]+) (?:to|at|on|via)\b|\bhang up and (?:call|contact|ring)\b|"
    r"\b(?:fraud|scam|anti-?scam) (?:hot ?line|help ?line|line|team)\b|"
    r"\bnếu (?:nghi ngờ|có nghi vấn|có dấu hiệu|phát hiện|nhận|có thắc mắc)\b|\b(?:trình báo|tố giác|phản ánh)\b|"
    r"\b(?:jika|bila|apabila|sekiranya|kalau) (?:anda )?(?:ragu|ragu-ragu|curiga|was-was|syak|menerima|terima|mendapat)\b|"
    r"\b(?:untuk (?:melapor|melaporkan|membuat laporan|aduan)|laporkan (?:ke|kepada|melalui)|lapor ke)\b|"
    r"如有疑问|如有疑問|如怀疑|如懷疑|如有怀疑|若有疑问|若有疑問|如有疑虑|如遇可疑|如接到|如收到|举报|舉報|查证|查證|诈骗热线|詐騙熱線|反诈|反詐|"
    r"หากสงสัย|ถ้าสงสัย|หากไม่แน่ใจ|แจ้งเหตุ|โทรเช็ก|โทรเช็ค|แจ้งความ|หากพบเห็น|หากได้รับ(?:ข้อความ|สาย|การติดต่อ)|"
    r"(?:في حال|عند|اذا|ان) (?:الشك|الاشتباه|شككت|اشتبهت|تلقيت|وصلتك|وصلك)|للابلاغ|للتبليغ|(?<![\u0621-\u064a])(?:و|ف)?(?:بلغ|ابلغ)(?:نا)? )"
)
# An action on the reader's own account or order that the call is for ("call … to reactivate your account", "gọi …
# để mở khóa", "โทร … เพื่อปลดล็อก", "请拨打…解冻"): a number given so is the callback scam's, whatever advice surrounds it.
CALL_FOR_ACCOUNT = (
    r"(?:\b(?:to |and )?(?:reactivate|re-activate|unlock|unblock|unfreeze|restore|cancel|claim|receive|release|settle|"
    r"verify your (?:account|identity|details)|update your (?:account|details))\b|"
    r"\b(?:để|de) (?:mở khóa|kích hoạt lại|hủy|nhận|hoàn tiền|giải quyết)\b|"
    r"\b(?:untuk|bagi) (?:membuka|mengaktifkan|membatalkan|menerima|mengklaim|menuntut|memulihkan|aktifkan|batalkan|tuntut)\b|"
    r"解冻|解凍|解除|取消|退款|领取|領取|เพื่อ(?:ปลดล็อก|ยกเลิก|รับ|คืนเงิน|ปลดอายัด)|(?:لاعادة|لالغاء|لاستلام|لاسترداد|لفك|لتفعيل))"
)
# A courier's rider or driver named with his own mobile ("Tài xế Nguyễn Văn Bình 0903 …", "shipper Tuấn SĐT 09…",
# "Delivery executive Sunil, +91 …", "kurir kami Budi 0812…", "派送员 王师傅 138…"): a person who will call before the
# delivery, not a support line, whatever contact word follows (phones.py). A short name and "SĐT"/"tel" may stand
# between the label and the number.
COURIER_PERSON = (
    r"(?:\b(?:tài xế|shipper|bưu tá|nhân viên giao hàng|driver|rider|courier|delivery (?:executive|agent|boy|partner|"
    r"person|driver|associate)|kurir|penghantar|posmen|dispatch rider)\b|"
    r"司机|快递员|派送员|配送员|骑手|พนักงานส่ง(?:ของ|พัสดุ)?|ไรเดอร์|คนขับ|مندوب (?:ال)?(?:توصيل|شحن)|(?:ال)?سائق|"
    # a Thai delivery-day notice naming the staff member who brings the parcel ("กำลังนำส่งวันนี้ พนักงาน คุณ…")
    r"(?:นำส่ง|จัดส่ง|นำจ่าย)[^.!?\n\d]{0,25}?พนักงาน)"
    r"[^.!?。！？\n\d]{0,30}$"
)
# A number the writer gives as their own ("อันนี้เบอร์หนู 09…", "เบอร์ใหม่ของผมคือ 08…") or as the line to move an
# appointment or a queue ("หากไม่สะดวกโทรเลื่อนนัดที่ 08…", "ยกเลิกคิวได้ที่ 09…"), right before it: a person's or a
# small clinic's own number, not presented as a support line, whatever contact word stands near ("โทรศัพท์" lost with
# the old SIM; phones.py, like ``COURIER_PERSON``). The message's other signals still weigh ("เบอร์ใหม่หนู 08… โอนให้
# หน่อย" keeps its payment request).
OWN_OR_APPOINTMENT_NUMBER = (
    r"(?:(?:นี่|นี้|อันนี้|นี่คือ)?เบอร์(?:ใหม่)?(?:ของ)?(?:หนู|ผม|ฉัน|เรา|พี่|ป้า|น้า|ลุง|แม่|พ่อ|ยาย|ตา)(?:เอง)?"
    r"(?:นะ|น้า)?(?:คะ|ครับ|ค่ะ|จ้า|จ้ะ)?(?:คือ)?|"
    r"(?:เลื่อน|ยกเลิก|เปลี่ยน)(?:วัน|เวลา)?(?:นัด|คิว)(?:หมาย)?(?:ได้)?(?:ที่|ทาง)?(?:เบอร์|โทร)?)"
    r"[\s:：]*$"
)
# A shop's promotion that applies in its stores and on its site, named in one sentence ("Áp dụng tại cửa hàng và
# bachhoaxanh.com", "mua tại siêu thị hoặc trên website …"): the site named after the sender is the shop's own
# (checker.py ``_sender_site``); a site to click "to confirm" or "to claim" names no store beside it.
STORE_AND_SITE = (
    r"\b(?:tại|ở|in|at) (?:các |hệ thống |any |our )?(?:cửa hàng|siêu thị|nhà thuốc|chi nhánh|showroom|cơ sở|"
    r"stores?|outlets?|branch(?:es)?)\b"
)
# A teacher or an organiser named with their own mobile in an invitation ("Mọi thắc mắc liên hệ cô Thảo 0983 …",
# "xác nhận tham dự với thầy Hùng (GVCN) 0912 …", "BTC: chị Mai 0903 …"): the person who runs the meeting, class or
# event, not a support line, whatever contact word stands near (phones.py, like ``COURIER_PERSON``), and only in a
# message that is an invitation (``INVITATION``). Other signals of the message still weigh ("kính mời … nhận quà,
# liên hệ cô Lan 09… đóng phí giữ chỗ" keeps its prize and its fee).
EVENT_PERSON = (
    r"\b(?:cô|thầy|cô giáo|thầy giáo|gvcn|giáo viên(?: chủ nhiệm)?|ban tổ chức|btc|trưởng ban|lớp trưởng|"
    r"điều phối viên|người phụ trách)\b[^.!?\n\d]{0,30}$"
)
INVITATION = (
    r"\b(?:kính mời|trân trọng mời|xin mời|mời (?:quý )?(?:phụ huynh|anh chị|các bạn|cả lớp|bà con|hội viên|thành viên|"
    r"đại biểu|các em)|họp phụ huynh|họp lớp|buổi họp|(?:đến )?(?:dự|tham dự) (?:lễ|buổi|cuộc họp|họp|tiệc|hội nghị|"
    r"hội thảo|chương trình|sự kiện|đám cưới|lễ cưới))\b"
)

# A hearing date set by the court, notified through its own platform ("موعد جلسة القضية … عبر ناجز", "定于…开庭，请通过
# 移动微法院小程序"): the case word is the subject of the notice, not a threat (checker.py, with ``LATE_FEE``).
HEARING = (
    r"(?:\b(?:hearing|trial) (?:is |has been )?(?:scheduled|set|listed|fixed)\b|\b(?:hearing|trial) date\b|"
    r"\b(?:lịch (?:xét xử|hòa giải)|phiên (?:tòa|xét xử|hòa giải)[^.!?\n]{0,30}(?:vào|lúc) (?:ngày|\d))\b|\b(?:jadwal sidang|sidang\b[^!?\n]{0,60}\b(?:dijadwalkan|ditunda|akan digelar))\b|"
    r"\b(?:tarikh (?:perbicaraan|bicara)|(?:perbicaraan|bicara|sebutan kes|sebutan semula)\b[^!?\n]{0,60}\b(?:ditetapkan|dijadualkan|ditangguhkan))\b|"
    # a mediation session, or a civil claim the court has accepted ("đơn khởi kiện đã được thụ lý, số thụ lý ...")
    r"\b(?:phiên hòa giải|đã được thụ lý|số thụ lý)\b|"
    r"(?:开庭|庭审时间|นัด(?:พิจารณา|ไต่สวน|สืบพยาน)|موعد (?:ال)?جلسة|تحديد (?:موعد )?(?:ال)?جلسة))"
)
# A Chinese court's own notice, told by its case number ("（2024）京0105民初1234号", "115年度司促字第1234號"), or a
# bank's notice of a freeze or deduction a court ordered, naming the court as its authority ("已被司法冻结……冻结机关：某某
# 人民法院"): the legal word is the notice's subject (checker.py, like a hearing date), unless the message also speaks
# of a crime the reader is said to be part of (``CRIMINAL_ACCUSATION``: "您涉嫌洗钱…（2024）刑初123号", the fake court).
COURT_NOTICE = (
    r"(?:[（(]\d{4}[）)][^\s，。！？]{1,10}?\d+号|\d{2,4}年度[^\s，。！？]{1,6}字第\d+号|"
    r"(?:冻结|凍結|扣划|扣劃|执行|執行)(?:机关|機關|法院)[:：]?[^，。！？\n]{0,20}?法院)"
)
CRIMINAL_ACCUSATION = (
    r"(?:逮捕|拘留|通缉|通緝|洗钱|洗錢|洗黑钱|涉嫌|涉案|刑事|刑初|拘捕|坐牢|调查令|調查令|协查|協查|安全账户|安全帳戶|"
    r"监管账户|監管帳戶|配合调查|配合調查)"
)
# Loyalty points named by a prize-lure match ("积分即将清零", "reward points will expire"): with the provider's own
# app as the only route, a points-expiry reminder, not a prize (checker.py).
# Malay "mata" is a point when counted ("500 mata", "1,240 mata"), named as a reward ("mata ganjaran", "mata bonus",
# "mata Mesra") or said to expire ("mata BCard anda akan luput").
POINTS = (
    r"(?:\b(?:points?|poin|điểm(?: thưởng)?)\b|\b\d[\d,.]* ?mata\b|"
    r"\bmata (?:ganjaran|bonus|keahlian|loyalti|kesetiaan|rewards?|mesra)\b|"
    r"\bmata(?: [^\s.!?]+){0,3} (?:anda )?(?:akan )?(?:luput|tamat tempoh)\b|积分|คะแนน|نقاط|"
    # (Arabic counts 11 and more points in the singular: "ربحت 500 نقطة إضافية")
    r"\d[\d,.]* ?نقطة)"
)
# A prize paid straight into the user's own account ("Wang dikreditkan terus ke akaun BSN anda, tiada bayaran
# diperlukan", "hadiah otomatis masuk ke rekening Anda", "credited directly to your account"): a bank's own draw
# of its savings certificates, with nothing to pay or fill in, when the bank's own site or app is the only route
# (checker.py, like ``POINTS``). A lure that wants a fee or details first has a route of its own.
PRIZE_CREDITED = (
    r"(?:\b(?:dikreditkan|dimasukkan|dibayar|disalurkan) (?:terus|secara automatik|automatik|secara langsung|langsung) "
    r"(?:ke|ke dalam|kepada) akaun\b|"
    r"\b(?:dikreditkan|ditransfer|dikirim|masuk|dimasukkan|disalurkan) (?:secara )?(?:langsung|otomatis) ke (?:dalam )"
    r"?rekening\b|"
    r"\b(?:credited|paid|deposited) (?:directly|automatically|straight) (?:to|into) your\b)"
)
# A planned supply cut for works ("water will be cut on Wednesday 8-12 for tank cleaning"): the cut named by an
# account-threat match is the notice's subject when the message gives the works as its reason (checker.py).
UTILITY = r"(?:\b(?:electricity|power|water|gas|supply|listrik|air|bekalan|elektrik|điện|nước)\b|停电|停水|断电|停气|ตัดไฟ|ตัดน้ำ|الكهرباء|المياه|الماء)"
WORKS = (
    r"(?:\b(?:maintenance|scheduled works?|repairs?|repairing|cleaning|upgrading works?|pipe (?:works?|replacement))\b|"
    r"\b(?:bảo trì|bảo dưỡng|sửa chữa|sửa (?:đường ống|ống nước|đường dây)|thi công|vệ sinh bể)\b|\b(?:pemeliharaan|perbaikan|perawatan|pembersihan|penyelenggaraan|pembaikan|kerja-kerja naik taraf)\b|"
    r"检修|维修|维护|施工|清洗水箱|ซ่อมบำรุง|ซ่อมแซม|บำรุงรักษา|ล้างถัง|صيانة|تنظيف|اصلاح)"
)

# A bill's stated consequence of paying late ("Hạn thanh toán 05/12. Quá hạn có thể tạm ngừng cấp điện theo quy
# định", "nếu không thanh toán đúng hạn, công ty sẽ ngưng cấp nước"): the cut follows a missed due date, in the same
# sentence; with nothing else to act on (no request, no urgency, no route but the provider's own), the cut is the
# bill's terms, not a threat (checker.py). "Điện sẽ bị cắt trong 2 giờ, chuyển khoản ngay" has its hurry and request.
OVERDUE_CUT = (
    r"\b(?:quá hạn|sau (?:ngày |thời )?hạn(?: thanh toán)?|(?:nếu|trường hợp) (?:quý khách |khách hàng )?(?:không|chưa) "
    r"(?:thanh toán|nộp|đóng)(?: tiền)?(?: [^\s.!?]+){0,3} (?:trước|đúng|trong) (?:thời )?hạn)\b[^.!?\n]{0,60}"
    r"\b(?:ngừng|ngưng|tạm ngừng|tạm ngưng|cắt) (?:cấp |cung cấp )?(?:điện|nước)\b"
)

# Vietnamese words that fold to the spelling of a threat or lure word: when the tone marks are written, the word in
# the text must carry the threat word's marks ("Honda Phát Tiến", a dealer's name, folds to "phat tien" like "phạt
# tiền", a fine). Unaccented text stays ambiguous and keeps the match (textsignals.py).
# A key of several words is a phrase whose words are all common ones with other marks: "nhắn qua" (send via), "nhận
# qua" (receive via) and "nhân quả" (cause and effect) fold like "nhận quà" (receive a gift), "trị an" (public order)
# like "tri ân" (thanks); once any of its words carries marks, every word of the phrase must be spelt as the lure's.
ACCENTED_THREAT_WORDS = {
    "phat": "phạt",
    "quay": "quay",  # "quầy số 3" is counter 3, not a lucky draw ("quay số")
    "nhan qua": "nhận quà",
    "tri an": "tri ân",
    "qua tang": "quà tặng",
}

# A prize collected in person at the shop's own service desk ("show your card at the service desk", "tuntut di
# kaunter khidmat pelanggan", "到服务台领取"): a store's draw, with nowhere to send money or details (checker.py).
IN_PERSON_CLAIM = (
    r"(?:\b(?:at|to) (?:the |our |any )?(?:[^\s]+ )?(?:service desk|customer service (?:desk|counter)|information counter)\b|"
    r"\bkaunter (?:khidmat pelanggan|perkhidmatan pelanggan|pertanyaan)\b|\b(?:meja|konter|counter) (?:layanan|informasi|customer service)\b|"
    r"\bquầy (?:dịch vụ khách hàng|chăm sóc khách hàng|thông tin|lễ tân)\b|"
    r"服务台|到店领取|(?:เคาน์เตอร์|จุด)(?:บริการ(?:ลูกค้า)?|ประชาสัมพันธ์)|مكتب خدمة العملاء|كاونتر خدمة العملاء|"
    # (the information desk: "รับรางวัลที่จุดประชาสัมพันธ์", "استلم الجائزة من مكتب الاستعلامات", "到咨询台领取")
    r"\bquầy (?:thông tin|lễ tân)\b|\b(?:information|info) (?:desk|booth)\b|咨询台|询问处|(?:مكتب|كاونتر) (?:ال)?استعلامات)"
)

# A message the writer reports having received, quoted ('just got a text saying "your parcel is on hold, pay $2.99
# here"', 'con nhận được tin nhắn "tài khoản bị khóa bấm link"', 'وصلتني رسالة "تم حظر حسابك"'): the request or
# threat inside the quotation marks is the other message's, not this one's (textsignals.py). The cue must stand
# within a few words before the opening mark.
REPORTED_QUOTE = (
    r"(?:\b(?:got|received|get|forwarded me|sent me|saw) (?:a |an |this |the |another )?(?:weird |fake |scam |strange )?"
    r"(?:text|sms|message|e-?mail|whatsapp|call|link)s?\b|\b(?:nhận được|thấy) (?:cái |1 |một )?(?:tin nhắn|sms|email|cuộc gọi)\b|"
    r"\b(?:dapat|terima|menerima|dapet) (?:sms|pesan|mesej|email|e-?mel|wa|whatsapp)\b|"
    r"收到[^\s，。]{0,4}(?:短信|简讯|消息|信息|邮件)|ได้รับ(?:ข้อความ|sms|อีเมล)|(?:وصلتني|وصلني|جاتني|جاني) (?:رسالة|مسج|ايميل)|"
    # ... or the message named first, then who received it ("the e-mail you all got yesterday titled '…'", "الرسالة
    # اللي وصلتكم أمس بعنوان «…»": a phishing test or a scam retold to the staff who received it)
    r"\b(?:the|that|this) (?:e-?mail|message|text|sms)s? (?:that )?(?:you|we|everyone|some of you) (?:all )?(?:got|received)\b|"
    r"(?:ال)?(?:رسالة|رسايل|مسج|ايميل|بريد)(?: اللي| التي| الي)? (?:وصلتكم|وصلتك|وصلتني|وصلت|جاتكم|جاتك|وصلكم|وصلك|وصلني))"
    r"[^\"“”「」«»\n]{0,30}?[\"“「«]([^\"“”「」«»\n]{3,200})[\"”」»]"
)

# The same without quotation marks: a call or message the writer (or a relative) received, retold in their own
# words ("a guy called Mum saying she'd be arrested", "bố nhận được tin nhắn bảo tài khoản bị khóa", "dapat call
# ngaku polis, suruh transfer", "اتصل علي واحد يقول إنه من البنك ويبي الكود", "มีคนโทรมาบอกว่าพัสดุมียาเสพติด",
# "收到简讯说健保卡被停用"): a frame of who called or wrote, then a verb of saying. What follows it in the same
# sentence is the other message's claim (textsignals.py), but only when the writer also says they did not go along
# or warns the reader (``REPORT_DISMISSED``): a scam that opens with "the bank called saying ..." and then asks
# for the code itself has no such words.
REPORTED_CALL = (
    r"(?:\b(?:got|received|had|get|gets|getting) (?:a |an |this |another )?(?:weird |fake |scam |strange |random )?(?:call|text|sms|message|e-?mail|voicemail|whatsapp)s?\b[^.!?\n]{0,50}?\b(?:saying|says|said|claiming|telling|asking)\b|"
    r"\b(?:called|rang|texted|messaged|phoned) (?:me|her|him|us|mum|mom|dad|my \w+)\b[^.!?\n]{0,50}?\b(?:saying|claiming|said|says|tel"
    r"ling|asking)\b|"
    r"\b(?:nhận được|thấy|có) (?:cái |1 |một )?(?:tin nhắn|sms|email|cuộc gọi)\b[^.!?\n]{0,40}?\b(?:bảo|nói|báo|kêu|rằng|xưng)\b|"
    r"\b(?:có|1|một) (?:đứa|thằng|người|ai|con|số lạ)\b[^.!?\n]{0,10}?\b(?:gọi|nhắn)\b[^.!?\n]{0,40}?\b(?:xưng|bảo|nói|kêu|tự nhận)\b|"
    r"\b(?:dapat|dpt|dapet|terima|nerima|menerima) (?:sms|pesan|telepon|telpon|call|panggilan|mesej|wa|whatsapp|chat|email|e-?mel)\b[^.!?\n]{0,40}?\b(?:katanya|bilang|ngaku|mengaku|kata|cakap|konon|kononnya)\b|"
    r"\bada (?:yang|yg|orang|org)\b[^.!?\n]{0,10}?\b(?:nelpon|telepon|telpon|telp|call|sms|wa|mesej|telefon)\b[^.!?\n]"
    r"{0,40}?\b(?:katanya|bilang|ngaku(?:2|-ngaku)?|mengaku|kata|cakap)\b|"
    # (a message sent round or coming in on WhatsApp, retold: "فيه واحد يرسل من رقم غريب يقول (…)", "في رسالة بتيجي")
    r"(?:اتصل|اتصلت|اتصلوا|كلمني|كلمها|وصلتني|وصلني|وصلتها|جاتني|جاني|جاها|يرسل|يرسلون|بيرسل|بيبعت|يبعت)[^.!؟\n]{0,30}?(?:يقول|تقول|يدعي|بيقول|يقولون|انه من|انها من)|"
    r"(?:رساله|رسايل|رسائل) (?:بتيجي|بتوصل|توصل|تجي|جايه|تيجي|بتجي)|"
    r"(?:มีคน|มีเบอร์แปลก|มีแก๊ง)[^\s]{0,10}?(?:โทร|ส่งข้อความ|ส่งsms|ทักไลน์|ทัก)(?:มา)?(?:บอก|อ้าง|แจ้ง)|ได้รับ(?:ข้อความ|sms|สาย)(?:ที่)?(?:บอก|แจ้ง|อ้าง)|"
    r"(?:收到|接到)[^\s，。！？]{0,4}(?:简讯|短信|电话|消息|信息|来电)[^。！？]{0,6}?(?:说|称|讲)|(?:有人|有个人|一个人|骗子)(?:打电话|打来|来电|发短信|发消息)[^。！？]{0,10}?(?:说|称|自称))"
)
# The writer did not go along, or warns the reader: hung up, did not click, blocked the number, "be careful". Words a
# threat itself uses ("your card will be blocked", "linked to a scam case") are not among them.
REPORT_DISMISSED = (
    r"(?:\b(?:hung up|hang up|ignored (?:it|them|him|her)|blocked (?:the |that |this |his |her )?(?:number|sender|them|him|her)|"
    r"deleted (?:it|the|that)|didn'?t (?:click|give|send|pay|reply|tap)|did not (?:click|give|send|pay|reply|tap)|"
    r"(?:it'?s|was|is) (?:a |obviously a |clearly a )?scam|be careful|watch out|heads up|lol|lmao|haha|"
    r"cúp máy|tắt máy|dập máy|không bấm|không đưa|không chuyển|chặn số|cẩn thận|coi chừng|cảnh giác|"
    r"blokir nomor|ketipu|hati-hati|hati2|kocak|wkwk+|jangan (?:percaya|ladenin|dilayani|di(?:transfer|tf|kirim)\w*)|"
    r"itu bukan (?:aku|saya|gue|gw)|"
    r"letak (?:je |jer |aje |saja )?(?:terus|telefon|phone|fon)|block nombor|dah block|jangan (?:layan|tekan|klik))\b|"
    r"سكرت|قفلت|ما عطيته|ما عطته|ما عطيتهم|انتبهوا|احذروا|نصاب|حظرت الرقم|"
    r"ตัดสาย|วางสาย|ไม่ได้(?:กด|ให้|โอน)|บล็อกเบอร์|ระวังกัน|ระวังด้วย|ระวังนะ|แก๊งคอล|555|"
    r"挂了|挂断|没理|删掉|删了|拉黑|是骗子|骗子电话|小心点|大家小心|别点|不要点|" + ANTI_SCAM_ADVICE + ")"
    # ... or tells the reader what not to do with such a call, or what the real police never do
)


# Legitimate situations that borrow a scam's vocabulary (round 17). Each names its class; checker.py and textsignals.py
# say where it is used.
#
# REMOTE_OPERATOR: the reader is the one who connects, to a third party's machine whose ID and password that party
# hands over ("TeamViewer client Klang tu tak jalan, nanti dia bagi ID & password sementara, kau yang handle", "the
# customer will send you the AnyDesk ID, you take it"): the give verb has a third person as its subject and the reader
# as its recipient. The impostor asks the reader for the reader's own ID ("bagi saya ID TeamViewer"), never this.
REMOTE_OPERATOR = (
    r"(?:\b(?:he|she|they|the client|the customer|client|customer)(?:'ll| will| is going to)? (?:send|give|"
    r"share) (?:you|u)\b"
    r"[^.!?,\n]{0,40}\b(?:id|ids|password|passcode|code)\b|"
    r"\b(?:dia|client|klien|customer|pelanggan|beliau|diorang|dorang|mereka)(?: nanti| akan| nak| mau)? "
    r"(?:bagi|kasih|kirim|hantar|beri|berikan|share)(?: kat| ke| kepada)?(?: kau| kamu| awak| anda| lu| you)?\b"
    r"[^.!?,\n]{0,40}\b(?:id|password|kata laluan|kata sandi|sandi|kod|kode)\b|"
    r"\b(?:khách|anh ấy|chị ấy|bên đó|họ)(?: sẽ)? (?:gửi|đưa|cho|nhắn)(?: cho)? (?:em|bạn|anh|"
    r"chị)\b[^.!?,\n]{0,40}\b(?:id|mật khẩu|pass)\b|"
    r"(?:客户|他|她|对方)(?:会|等下|稍后)?(?:发|给|傳|发给|給)(?:你|您)[^。！？，,]{0,10}(?:id|密码|密碼)|"
    r"(?:ลูกค้า|เขา)(?:จะ)?(?:ส่ง|ให้)(?:ไอดี|id|รหัส)[^\s]{0,20}(?:ให้(?:น้อง|คุณ|เธอ))|"
    r"(?:العميل|الزبون|هو|هي)\s?(?:ح|ه|راح |بي|سوف )?(?:يعطيك|يبعتلك|يرسل لك|يرسلك|يعطيك)[^.!؟,،\n]{0,20}(?:الاي دي|"
    r"ايدي|\bid\b|الباسورد|كلمة السر))"
)

# A warning from the writer whose own account was taken over, that whoever asks through it is not them ("اللي هيطلب
# منكم كود من رقمي اعرفوا إن الواتساب بتاعي اتسرق، متبعتوش أي حاجة", "my WhatsApp got hacked, if anyone asks you for a
# code or money from my number, don't send anything"). All three parts must be there (textsignals.py): the account
# taken over, a request made by whoever asks ("if anyone asks"), and "don't send". The "new number, send me the code
# I sent by mistake" scam tells of a hacked account too, but asks for the code instead of telling not to send it.
HIJACKED_ACCOUNT = (
    r"(?:\bmy (?:whatsapp|wa|facebook|fb|instagram|ig|line|telegram|zalo|account|number|phone)(?: account)? "
    r"(?:was|got|has been|is|have been) (?:hacked|stolen|hijacked|compromised|cloned|taken over)\b|"
    r"\b(?:wa|whatsapp|akun|akaun|fb|facebook|ig|instagram|nomor|nombor|no|hp|telegram|line)(?: (?:whatsapp|wa|fb|ig|"
    r"tele))? "
    r"(?:saya|aku|gue|gw|ku|sy)(?: telah| sudah| udah| dah| sedang| lagi| baru)? "
    r"(?:di ?hack|dibajak|diretas|kena (?:hack|godam|bajak|retas)|digodam|dicuri|dicolong)\b|"
    r"\b(?:zalo|facebook|fb|messenger|tài khoản|tk|nick|số|sđt|sim) (?:của )?(?:mình|tôi|em|anh|chị|tớ)(?: đã| vừa|"
    r" mới)? "
    r"bị (?:hack|chiếm|đánh cắp|mất cắp|trộm)\b|"
    r"我的?(?:微信|whatsapp|line|脸书|臉書|facebook|qq|账号|帐号|帳號|号码|號碼|手机|手機)(?:号|號|账号|帳號)?(?:被盗|被盜|被黑|被hack|被人盗用|被盗用|被盜用)|"
    r"(?:ไลน์|line|เฟส|เฟซ|facebook|บัญชี|วอทส์แอป|whatsapp|เบอร์)(?:ของ)?(?:ผม|ฉัน|เรา|หนู|พี่|กู|ดิฉัน)(?:ถูก|"
    r"โดน)(?:แฮก|แฮ็ก|แฮค|ขโมย)|"
    r"(?:الواتساب|واتساب|الواتس|واتس|حسابي|رقمي|الفيس|فيسبوك|جوالي|تلفوني)(?: بتاعي| حقي| تبعي| الخاص بي| ديالي)? "
    r"(?:اتسرق|انسرق|تسرق|سرق|تهكر|اتهكر|انهكر|اخترق|اتخترق|انخترق|مخترق|مهكر|مسروق))"
)
ANYONE_ASKS = (
    r"(?:\b(?:if|whoever|anyone who|anybody who) (?:anyone |someone |somebody )?(?:asks?|messages?|texts?|contacts?)\b|"
    r"\b(?:kalau|jika|klo|kalo|kl|sekiranya|kalau-kalau) ada (?:yang|orang|org)\b|\bsiapa(?: pun| saja| aja|2|"
    r" je)? yang (?:minta|chat|wa|mesej|hubungi)\b|"
    r"\b(?:nếu )?(?:ai|có ai) (?:nhắn|hỏi|xin|gọi|mượn|nhờ)\b|(?:如果|若|要是|假如)?有人(?:用|以|找|问|向|跟)|谁(?:找你|问你|跟你)|"
    r"(?:ถ้า|หาก)มี(?:ใคร|คน)|(?:اللي|الي|كل من|أي حد|اي حد|لو حد|اذا احد|لو احد|اي احد|أي أحد|من) ?(?:هيطلب|يطلب|"
    r"بيطلب|حيطلب|طلب|يبعت|يراسل|كلم|يكلم))"
)
DONT_SEND = (
    r"(?:\b(?:do not|don'?t|dont|never|pls don'?t|please don'?t) (?:send|give|transfer|share|lend)\b|"
    r"\b(?:jangan|jgn|usah|tak payah) (?:pernah )?(?:kirim|kasih|bagi|transfer|tf|hantar|beri|pinjamkan)\b|"
    r"\b(?:đừng|không được|đừng có) (?:gửi|chuyển|đưa|cho|nhắn|mượn)\b|"
    r"(?:不要|别|千万别|切勿|唔好|千萬別|不要再)(?:给|給|發|发|转|轉|借|俾|匯|汇)|อย่า(?:ส่ง|ให้|โอน)|"
    r"(?:متبعتوش|متبعتش|ما تبعتوا|ماتبعتوا|لا ترسل|لا ترسلوا|لا تبعت|لا تبعتوا|لا تحول|لا تحولوا|لا تعطي|لا تعطوا|"
    r"ما ترسلون|ما ترسلوا|متحولوش|ما تحولوا|لا تطرشون|لا ترسلو))"
)

# The winners of a company's draw announced publicly, on its own site, at its branches or under a ministry's
# supervision ("Pemenang diumumkan di pertamina.com", "winners will be announced on our website", "السحب تحت إشراف
# وزارة التجارة", "danh sách trúng thưởng công bố tại website"): a draw the reader may enter, not a win to claim by
# paying (checker.py, with ``POINTS``; any route of the message's own cancels it).
WINNERS_ANNOUNCED = (
    r"(?:\b(?:winners?|results?)(?: list)? (?:will be |are |is )?(?:announced|published|posted)\b|"
    r"\b(?:pemenang|daftar pemenang|keputusan|senarai pemenang)(?: undian| cabutan)? (?:akan )?(?:diumumkan|"
    r"diumumkan di|disiarkan|dipaparkan)\b|"
    r"\b(?:danh sách|kết quả)(?: khách hàng)? (?:trúng thưởng|trúng giải)?\s?(?:sẽ )?(?:được )?(?:công bố|đăng)\b|"
    r"(?:中奖|得奖|得獎|中獎)(?:名单|名單|结果|結果)[^。！？]{0,10}(?:公布|公佈)|"
    r"ประกาศ(?:ผล|รายชื่อ)(?:ผู้)?(?:โชคดี|ผู้ได้รับรางวัล|รางวัล)?(?:ทาง|ที่|ผ่าน)|"
    r"(?:اعلان|يعلن|سيتم اعلان|تعلن) (?:اسماء )?(?:ال)?فائزين|(?:ال)?سحب (?:تحت اشراف|باشراف|بحضور) (?:وزارة|"
    r"مندوب وزارة))"
)
