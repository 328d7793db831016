"""English classes of round 25: the "Mum/Dad, lost my phone, new number" opener that pushes the parent to WhatsApp,
the "wrong number" stranger who asks whether the reader lives in the same city, and the "VIP club" of selected
members offered shares or returns; next to them, the legitimate counterparts that were flagged: a card or account
locked after the holder's own failed sign-ins (unlocked in the app, the bank's number beside it), a booking's
deposit already paid, a police advisory that "no officer will ask you to transfer money", a fine already paid, a
lender's interest rate "from 1.33% monthly", a shop's loyalty club and its members, "I'm gonna Google it", and the
look-alike host with a small l for an i (linkedln). Each wording is written for these tests (none is a corpus line);
rules only."""

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_parent_lost_phone_pushed_to_whatsapp(rules_checker: Checker) -> None:
    scams = [
        "Mum, new number!! Lost my phone on the bus. Can you whatsapp me on here when you get this",
        "Hi Dad, my phone got stolen at the station, this is my new number. Message me on WhatsApp pls",
        "Mummy I misplaced my phone so this is my new mobile, add me on whatsapp x",
    ]
    legits = [
        "Mum it's Harry, lost my phone at the match, this is my new number. WhatsApp me when you land x",
        "Dad, lost my phone at the gig, new number. Pick me up at 6 from the station?",
        "Mum if anyone says they lost their phone and it's a new number and asks you to WhatsApp them, it's not me",
    ]
    assert_class(rules_checker, S.IMPERSONATION, scams, legits)
    assert_class(rules_checker, S.OFF_PLATFORM, scams, legits)


def test_wrong_number_asking_where_the_reader_lives(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Oops, I think I texted the wrong number 🙈 I wanted my tennis coach Mark. Are you in Singapore as well?",
            "Sorry, wrong person! I meant to message my cousin Lina. Do you live in Kuala Lumpur too? Small world haha",
            "Hello, wrong number I guess, I was after Mr Chen from the yoga class. Which city are you in?",
        ],
        [
            "Sorry, I think I got the wrong number, I was looking for the plumber. Have a good evening!",
            "You have the wrong number, this isn't Mark. Good luck finding him.",
            "Hi! Is this Anna? It's Leo from the climbing gym, are you around this weekend?",
        ],
    )


def test_vip_club_for_shares_or_returns(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Orion Capital VIP Club: pre-IPO shares kept for selected members. Top up in our app to keep your slot.",
            "Welcome to our private investor circle, members receive daily trading signals and weekly profits.",
            "Kelab VIP pelabur kami buka slot saham IPO untuk ahli terpilih. Deposit dalam app sebelum 9 malam.",
        ],
        [
            "Boots: VIP club members get double points on skincare this weekend, in store and online.",
            "Our book club meets Thursday at 7, bring your notes on chapter 5.",
        ],
    )


def test_lock_after_own_failed_sign_ins_or_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Your card ending 1182 has been locked after 3 incorrect PIN attempts. To unlock, call 2765 4411 now.",
            "Your card has been locked after 3 wrong PIN attempts. To unlock, use the app at card-unlock-help.com",
            "Your debit card was blocked following your request. If this was not you call 03-7844 2211 immediately.",
        ],
        [
            "DBS: Your debit card ending 7710 has been temporarily locked after 3 incorrect PIN attempts. To unlock, "
            "use the digibank app or call 2290 8888.",
            "Your email account was locked after 6 failed login attempts. It unlocks by itself in 15 minutes.",
            "CIMB: Your credit card ending 3321 has been temporarily blocked following your request. Enquiries: "
            "1-300-88-0077.",
        ],
    )


def test_deposit_paid_fine_paid_and_police_advisory(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "To hold your table for Saturday please deposit RM80 to Maybank 5512 8830 1124 before Friday.",
            "This is Sergeant Lim from the police. You must transfer money to a safe account today.",
        ],
        [
            "Glow Nails: booking confirmed for Fri 12 Jul 3pm, gel manicure. Deposit RM30 paid. See you then!",
            "Police advisory: No officer will ask you to transfer money to a safe account. If a caller does, hang up.",
        ],
    )
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        ["Your parking summons 88213 is unpaid. Pay now at summons-pay-now.com to avoid court action."],
        ["City Council: your parking summons for car BKL 4410 has been paid. Thank you."],
    )


def test_loan_interest_floor_and_loyalty_club(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.INVESTMENT_LURE,
        ["Join my trading team and earn 3.5% daily on your deposit, withdraw any time!"],
        ["Access Bank: personal loans up to N2,000,000, interest from 2.25% monthly, no hidden charges."],
    )
    assert_fp_class(
        rules_checker,
        S.PREMIUM_RATE,
        ["Welcome to the Ringtone Club! You get 3 tones a week for £3/wk. Reply STOP to end."],
        [
            "Guardian: Member Week! Extra 15% off with your Guardian Club card, in stores and online.",
            "Alfamart CLUB member: poin 3x untuk belanja akhir pekan ini. Tidak ingin menerima promo? Balas STOP.",
        ],
    )


def test_own_plans_are_no_identity_claim(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.IMPERSONATION,
        ["Hello, this is Microsoft technical support, your computer has a virus. Call us back today."],
        ["Ugh. I'm gonna Google some recipes now.", "I'm about to ring the bank about the mortgage, talk later"],
    )


def test_small_l_for_i_lookalike(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "You have 4 new profile views. See them: https://www.linkedln.com/views")
    assert result.flagged
    assert S.LOOKALIKE_DOMAIN in result.signal_types()
    real = rules_checker.check("message", "You have 4 new profile views. See them: https://www.linkedin.com/views")
    assert S.LOOKALIKE_DOMAIN not in real.signal_types()
