"""English classes from the twenty-fourth blind round: warnings about remote-access fraud and colleagues' meeting or
vetted remote sessions (false positives), the "Hi Mum, new number" opening, a supplier's "changed" bank details and
the boss in a meeting who needs a payment processed, a support technician who will connect to the reader's computer,
and a Malaysian 1-600 premium-rate number in an English message. Every wording is written for these tests (none is a
corpus line)."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def test_remote_access_warnings_are_not_weighed(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "Your bank account shows suspicious activity. Our security agent will connect through AnyDesk, please install it and read me the code.",
            "Refund approved. Download TeamViewer now so our technician can take control of your laptop and process it.",
            "Your router is compromised. Install QuickSupport and share your screen with our engineer to fix it today.",
        ],
        [
            "Security tip: fraudsters pose as telco staff and ask customers to install screen sharing apps such as AnyDesk. Hang up.",
            "Reminder from your card team: scammers may ask you to download TeamViewer, AnyDesk or QuickSupport. Report such calls.",
            "Nobody from our helpdesk will ever ask you for remote access to your home computer. Stay alert.",
            "Hang up on anyone asking you to install remote control software on your phone.",
        ],
    )


def test_colleagues_meeting_and_vetted_remote_sessions_are_not_weighed(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "Microsoft Support: your licence has expired. Share your screen with our agent so we can walk you through the renewal.",
            "Our technician will start a remote session on your computer now, accept the request and stay on the line.",
            "We detected a refund error. Allow remote access to your PC so our specialist can reverse the charge.",
        ],
        [
            "Running late for the sprint review, can you screen share in the meeting and walk Omar through the new dashboard?",
            "A contractor asked for a remote session on the finance laptop. I asked him to route it through our service desk, can you check if he's legit?",
            "I'll screen share during the standup so everyone sees the release checklist.",
        ],
    )


def test_parent_new_number_with_destroyed_phone(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Hey Mum, my phone fell in the bath so this is my new number. Save it and text me when you're free x",
            "Hi Dad, this is my new number, old phone got smashed at the gym. Are you busy? Need a small favour",
            "Mom it's me, dropped my phone down the stairs, it's dead. New number, can you whatsapp me here?",
        ],
        [
            "Hi Mum, dropped my phone in the sink but it still works. This is my work phone, not a new number. Talk tonight",
            "Mum this is my new number, the company gave me a phone. The old one still works, I'll ring you later x",
            "Dad, if anyone texts saying their phone broke and it's a new number, it isn't me. Save this warning",
        ],
    )


def test_supplier_bank_change_and_boss_in_a_meeting(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Dear partner, please note our bank details have changed following a merger. Kindly remit all open invoices to the account in the attached letter.",
            "Kindly be advised that our company's remittance details have been updated. Payments from today must be paid to our new account at HSBC.",
            "I'm in a client meeting and can't talk. Please process an urgent supplier payment of EUR 9,800 now, details in my next text.",
        ],
        [
            "Please note our bank details have not changed. If you receive a letter saying otherwise, hold the payment and call us.",
            "A customer got an email saying our remittance details changed. Not from us, so I told them to hold payment.",
            "In a meeting until 4, the payment run is already approved in the system, nothing needed from you.",
        ],
    )


def test_support_technician_connects_to_your_computer(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "Netflix Billing: a duplicate charge of $64.99 was found. Our refund agent will connect to your computer, call 1-877-204-5512 now.",
            "Your PC is infected with spyware and the Windows licence has expired. Call the Microsoft support helpline on 1-866-330-1129.",
            "Geek Squad renewal of $299 processed. To cancel, our specialist needs to log in to your laptop. Reply with a good time.",
        ],
        [
            "The technician will visit your flat on Monday between 9 and 12 to connect your fibre box.",
            "Your laptop repair is done. Call the store on 020 7946 0011 to arrange pickup.",
        ],
    )


def test_malaysian_premium_number_in_english(rules_checker: Checker) -> None:
    for scam in [
        "You have an unheard voice message. Dial 1-600-82-4417 to listen now.",
        "Congrats! Your number won RM3,000 in our lucky draw. Call 600-73-2281 to claim.",
        "Maybank2u reward: RM200 cashback pending, call 1600 88 2301 to confirm.",
    ]:
        result = rules_checker.check("message", scam)
        assert S.PREMIUM_RATE in result.signal_types(), scam
        assert result.flagged, scam
    for legit in [
        "Maybank: for card enquiries call 1-300-88-6688, Mon to Fri.",
        "ADCB: your statement is ready. For queries call 600 50 2030.",
    ]:
        assert S.PREMIUM_RATE not in rules_checker.check("message", legit).signal_types(), legit
