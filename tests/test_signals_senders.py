import pytest

from signal_builders import SENDER, connection, context, conversation, inbound, run
from unpitch.config import UserConfig
from unpitch.model import Person
from unpitch.signals.senders import DETECTOR


def signals(config: UserConfig, sender: Person = SENDER, connections=None):
    return run(DETECTOR, conversation(inbound("Hallo", sender=sender)), context(config=config, connections=connections))


@pytest.mark.parametrize("entry", [
    "https://www.linkedin.com/in/bob-seller/", "linkedin.com/in/bob-seller", "Bob Seller", "bob seller",
])
def test_allowed_by_url_or_name(entry):
    found = signals(UserConfig(allow=[entry]))
    assert found["ALLOWED_SENDER"].points == -10.0 and "[senders] allow" in found["ALLOWED_SENDER"].detail


@pytest.mark.parametrize("entry", ["growth-hackers.io", "@growth-hackers.io", "jo@growth-hackers.io"])
def test_denied_by_email_or_domain(entry):
    sender = Person("Jo Growth", "jo@mail.growth-hackers.io" if entry != "jo@growth-hackers.io" else "jo@growth-hackers.io")
    assert signals(UserConfig(deny=[entry]), sender)["DENIED_SENDER"].points == 10.0


def test_connection_email_is_checked():
    found = signals(UserConfig(allow=["bob@example.com"]), connections=[connection(email="bob@example.com")])
    assert "ALLOWED_SENDER" in found


def test_unlisted_sender():
    assert signals(UserConfig(allow=["someone else"], deny=["spam.io"])) == {}
