import pytest
from signal_builders import conversation, inbound, outbound, run

from unpitch.scoring import decide
from unpitch.signals.base import Signal
from unpitch.signals.income_promise import DETECTOR


@pytest.mark.parametrize(
    "text",
    [
        "Hey Jo, what if you never had to work again? I trade forex 20 minutes a day and clear $9,000 a month.",
        "Hallo Petra, ich verdiene mit Krypto-Signalen nebenbei 4.500 € im Monat. Schreib mir einfach 'START'.",
        "My mentees made 6x last quarter with my bitcoin strategy. DM me 'GO' and I'll send the details.",
        "Stell dir vor: finanzielle Freiheit vom Handy aus. Kommentier 'JA' und ich erklär dir alles.",
        "Looking for a side income? Reply with 'INFO' and I'll show you the system.",
        "Passives Einkommen mit Copy Trading: 300 € pro Tag sind drin, auch ohne Erfahrung.",
        "Sick of commuting? I cleared £11k last month working two hours a day. Comment READY below.",
        "Unser Club hat mit Staking heuer 65 % Rendite gemacht. Magst du dabei sein?",
        "Unsere Vital-Drinks schmecken super und du kannst sogar mitverdienen!",
        "Good news: your profile qualifies for a 0.3 ETH airdrop. Connect your wallet to claim it.",
        "Mach bei unserer 2-Minuten-Umfrage mit und gewinne ein iPad!",
        "I write regarding an unclaimed inheritance left by a client who shares your family name.",
        "Es geht um eine Erbschaft von 3,2 Mio. Euro, für die Sie als Begünstigte in Frage kommen.",
        "Magst du hören, wie du dir nebenbei ein Einkommen aufbauen kannst?",
        "I'm putting together a small group of investors for a Web3 project with guaranteed 3x.",
        "In meinem Coaching verdoppelst du deinen Umsatz, ohne mehr zu arbeiten. Schreib mir 'JA'.",
        "Ever thought about making your money work for you? I trade forex and make 2-3k a week.",
        "Viele Trainerinnen verdienen sich mit Ölen ein zweites Standbein, ich zeig dir, wie das mit meinem Team geht.",
        "Schon mal überlegt, Franchisenehmerin bei BackPoint zu werden? Unsere Partner erzielen ab dem 2. Jahr 90.000 € Gewinn.",
        "Ich hab da so ein Energie-Pulver. Und man kann sich damit auch was dazuverdienen 😉",
        "Hey girl!! I'm looking for a few motivated women to join my team. Totally flexible, from your phone.",
    ],
)
def test_a_promise_of_easy_money_is_recognised(text):
    assert "INCOME_PROMISE" in run(DETECTOR, conversation(inbound(text)))


@pytest.mark.parametrize(
    "text",
    [
        # money without the scheme, or a keyword reply without the promise: ordinary business talk
        "Our retainer is EUR 2,400 a month and covers two campaigns.",
        "Die Miete für die Halle liegt bei 3.200 € im Monat, Nebenkosten extra.",
        "We cut energy costs by 18% for a bakery chain last year.",
        "Reply 'yes' if Tuesday works and I'll book the room.",
        "I moved from trading desks into risk management ten years ago.",
        "Our fund returned 7% last year; happy to walk you through the factsheet.",
        "We raised EUR 2m last year and grew revenue 40 % over the previous year.",
        "Please send me the CV by Friday; the role pays 85k a year.",
        "My aunt's inheritance paperwork kept me busy all spring, hence the slow reply.",
        "Our franchise partners in Leeds asked for the new menu cards; the print run is 2,000 copies.",
        "Ich suche einen Nebenjob, um mir als Studentin etwas dazuzuverdienen.",
    ],
)
def test_talk_about_money_or_replies_alone_is_no_promise(text):
    assert "INCOME_PROMISE" not in run(DETECTOR, conversation(inbound(text)))


def test_only_the_senders_text_counts():
    mine = conversation(outbound("Ha, I'd never trade crypto for $5,000 a month!"), inbound("Same here."))
    assert "INCOME_PROMISE" not in run(DETECTOR, mine)


def test_the_quote_shows_the_claim_as_written():
    found = run(DETECTOR, conversation(inbound("Mit Trading verdiene ich 8.000 € im Monat. Schreib mir 'INFO'.")))
    assert "8.000 € im Monat" in found["INCOME_PROMISE"].detail


def test_a_promise_the_intent_model_missed_is_a_pitch_and_junk():
    chat = [Signal("NO_COMMERCIAL_INTENT", -1.0, "none 0.95"), Signal("ONLY_NAME_PERSONALIZATION", 1.0, "her name")]
    assert decide(chat).verdict == "keep"
    verdict = decide(chat + [Signal("INCOME_PROMISE", 3.0, "promises easy money")])
    assert verdict.kind == "sales_pitch" and verdict.verdict == "junk"


def test_her_question_to_a_stranger_does_not_protect_the_scheme():
    replied = [Signal("INCOME_PROMISE", 3.0, "promise"), Signal("OWNER_REPLIED", -3.0, "you replied"),
               Signal("COMMERCIAL_INTENT", 4.5, "sell 0.9"), Signal("NOT_PERSONALIZED", 1.0, "nothing specific")]
    assert decide(replied).verdict == "junk"
    # she started it, or has known the sender for years: her business
    assert decide(replied + [Signal("OWNER_STARTED", -4.0, "you started")]).verdict != "junk"
