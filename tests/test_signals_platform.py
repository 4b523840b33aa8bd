from signal_builders import context, conversation, inbound, run
from unpitch.signals.platform import DETECTOR
from unpitch.signals.weights import POINTS


def test_sponsored_inmail():
    found = run(DETECTOR, conversation(inbound("Try our product"), sponsored=True, title="Grow faster"))
    assert found["SPONSORED_INMAIL"].points == POINTS["SPONSORED_INMAIL"] > 0 and '"Grow faster"' in found["SPONSORED_INMAIL"].detail


def test_spam_folder():
    assert run(DETECTOR, conversation(inbound("Hi"), folder="SPAM"))["LINKEDIN_SPAM_FOLDER"].points == 1.0


def test_ordinary_inbox():
    assert run(DETECTOR, conversation(inbound("Hi"), folder="INBOX"), context()) == {}
