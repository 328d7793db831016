"""English classes of classic UK / Singapore premium-rate SMS spam (the 2010-era kind of the UCI SMS spam file):
opt-out footers in text-speak, ringtone and "mobile content" notices, chat and dating lines, quizzes answered by text,
keywords texted to "No: 8xxxx", UK 070 personal numbers, free handsets and minute bundles, compensation sums, loans
for the refused, prize shorthand ("2 claim", "claim ur holiday"), free games and tones, and bare "customer service
announcement" or "new message, call …" notices. Each class has legitimate counterparts written with the same
vocabulary (a friend's "txt me", "free tonight?", a carrier's own voicemail notice). Every wording is written for these
tests (none is a corpus or UCI line); the rules-only rules_checker is used, so these hold whatever the model learns."""

# Messages are data: one message per line reads better than wrapped fragments.

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_text_speak_opt_out_footer(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "Get the top 10 chart hits on ur phone this week! Visit our site. call2optout/K4Z",
            "Ur weekly fun pack is here, enjoy! 2 stop txt STOP now",
            "Had a good week? We have more great deals coming. TEXT YES for a callback, NO to remove from records",
            "Latest jokes every day for u. unsub stop",
        ],
        [
            "Can you text me when you stop at the shop? Need milk",
            "We will remove you from the mailing list if you ask, just reply to this email",
            "I'll call you back when the meeting's over, promise",
        ],
    )


def test_ringtone_and_mobile_content_notices(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "You have ordered a ringtone. It will be delivered in the next few minutes.",
            "2/3. You have received your mobile content. Have fun!",
            "Get the new Arsenal anthem tone on ur phone today!",
            "Mobile Club: pick your free item for this month.",
        ],
        [
            "I changed my ringtone to that song you like haha",
            "Did you get my message? My phone ate half the content",
            "Your order has been received and will be delivered on Monday.",
        ],
    )


def test_chat_and_dating_lines(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "100s of singles waiting to chat tonight! Txt LOVE to begin",
            "Hundreds of ladies flirting now in your area, join in the fun",
            "Hi! To meet new people just reply with your age and gender e.g. 30F",
            "What do the stars say about your love life? Txt STARS followed by ur star sign",
        ],
        [
            "The girls are waiting for us at the pub, hurry up",
            "What's your star sign again? Mine's Leo",
            "Text me your name and address so I can send the invite",
        ],
    )


def test_quiz_answered_by_text(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "Which team won the cup in 1999? A-United, B-City, C-Rovers. Send A, B or C now!",
            "Quiz time! Who sang Thriller? 1) Prince 2) Jackson 3) Madonna. Text 1, 2 or 3",
            "Answer a, b or c and you could be our weekly star!",
        ],
        [
            "Plan A, B or C for Saturday? I vote B",
            "Did you send the form? Section a, b and c need signing",
        ],
    )


def test_keyword_to_short_code_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "Latest phones must go! Txt: PHONE to No: 81234 today",
            "Want a weekend away? Text: AWAY to No:84455 now",
            "Thanks for joining! Reply FILMS 4 more film offers",
        ],
        [
            "Text me the number, no rush",
            "Send it to number 12 Hill Street please",
            "Reply to my email for more info about the offer at work",
        ],
    )


def test_uk_personal_number_to_call_back(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "We missed you today. Please call 07031234567 to arrange a new delivery slot.",
            "Your parcel is held. Ring 0704 1234567 quoting ref 555.",
            "Important: call +44 7012 345678 about your account today.",
        ],
        [
            "Anh ơi gọi em số 0703123456 nhé",
            "My new mobile is 07712 345678, save it",
        ],
    )


def test_free_handset_and_minutes_offers(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Want a new camera phone? 500 anytime any network mins and 200 texts, call now",
            "Had your mobile 10 mths? You are entitled to upgrade to the newest model for free",
            "Double mins & txts on all tariffs plus free Bluetooth headset, call today",
            "New handsets with half price line rental for 6 months, reply now",
        ],
        [
            "I've had my phone for 3 years, it's falling apart",
            "Mum used all her minutes again lol, can you top her up",
            "Your contract renews next month; see our website for upgrade options",
        ],
    )


def test_compensation_sum_you_may_be_entitled_to(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Our records show u may be entitled to 3000 pounds in compensation. Reply CLAIM",
            "You could be owed up to £2500 compensation for your recent car accident",
            "Records show you are due a £1800 refund of mis-sold insurance, reply YES",
        ],
        [
            "The insurer said the compensation for the accident will take 6 weeks",
            "Are you entitled to holiday pay if you leave in May?",
        ],
    )


def test_loans_for_the_refused(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Been refused a loan? We can help, call free now",
            "Loans for any purpose from 1000 to 50000. Homeowners & tenants welcome",
            "Can't get credit? Secured or unsecured, text back HELP",
        ],
        [
            "The bank approved our mortgage loan today!",
            "Do you know a good credit card for travel?",
        ],
    )


def test_prize_shorthand_and_free_credit(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Ur entry was selected! 2 claim just call us today",
            "To claim ur luxury holiday send us your address",
            "Get 5 pounds free call credit, reply with your postcode",
            "The biggest cash give away of the year starts now!",
            "Win the latest games console, answer one question",
        ],
        [
            "I'll claim the expenses tomorrow, can u remind me",
            "Any credit left on your phone? Mine's empty",
            "We're giving away old clothes this weekend, come grab some",
        ],
    )


def test_free_games_and_tones(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "FREE GAME for u this week! Reply PLAY to get it",
            "FREE>Ringtone! Reply TUNE",
            "Free wallpapers of your favourite stars sent daily",
            "Activate your 300 free texts now by replying YES",
        ],
        [
            "Are you free tonight? Game's on at 8",
            "The gym has a free trial this week, wanna go?",
            "Free to talk later? Need your advice on something",
        ],
    )


def test_bare_service_notice_with_number(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "You have an important customer service announcement. Call now!",
            "Customer service announcement: we could not reach you, please call back today",
            "You have 2 new messages. Call 0207 555 1234",
            "You have a new voicemail. Please call 0161 496 0000 to listen",
        ],
        [
            "You have 1 new voicemail. Call 121 to listen.",
            "You have 3 new messages in your inbox",
            "Our customer service team will reply to your email within 2 days",
        ],
    )
