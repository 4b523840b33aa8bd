import pytest

from signal_builders import context, conversation, inbound, owner_profile, run
from unpitch.model import Person, Position
from unpitch.signals.merge_tags import DETECTOR


def signals(text: str, **profile):
    ctx = context(owner=owner_profile(**profile)) if profile else context()
    return run(DETECTOR, conversation(inbound(text)), ctx)


@pytest.mark.parametrize("text", [
    "Hi {first_name}, quick one.", "Hi {{firstName}}!", "Dear [Name], greetings.", "How is [Company] doing?",
    "Hi %FIRSTNAME%,", "Hi *|FNAME|*", "Hi FNAME, are you free?", "Dear <<Name>>,", "Hallo {Vorname}, wie geht es?",
    "Hi Anna, loved your recent post about {post_topic}!",
])
def test_unfilled_merge_tags(text):
    found = signals(text)["MERGE_TAG_UNFILLED"]
    assert found.points == 4.0 and found.detail.startswith('unfilled merge tag: "')


@pytest.mark.parametrize("text", ["Hi Anna, my name is Bob.", "See [1] and {braces} in code", "Hallo Anna, Ihr Name ist toll."])
def test_no_merge_tag_in_prose(text):
    assert "MERGE_TAG_UNFILLED" not in signals(text)


@pytest.mark.parametrize("text, shown", [
    ("Hi Sarah, great to meet you.", 'greets "Hi Sarah" but your first name is Anna'),
    ("Hallo Frau Müller, ich melde mich wegen...", 'greets "Hallo Frau Müller" but your last name is Berger'),
    ("Dear Dr. Smith, hope you are well", 'greets "Dear Dr. Smith" but your first name is Anna'),
    ("Sehr geehrte Frau Dr. Schmidt, wir bieten", 'greets "Sehr geehrte Frau Dr. Schmidt" but your last name is Berger'),
    # A family name has no short forms: a shared start is another family.
    ("Sehr geehrte Frau Bergmann, wir bieten", 'greets "Sehr geehrte Frau Bergmann" but your last name is Berger'),
])
def test_wrong_name(text, shown):
    found = signals(text)["WRONG_NAME"]
    assert found.points == 3.0 and found.detail == shown


@pytest.mark.parametrize("text", [
    "Hi Anna, hello", "Hallo Frau Berger,", "Dear Dr. Berger,", "Dear Dr. Anna Berger,", "Hey Annie!",
    "Hi there, hello", "Hallo zusammen,", "Hi team!", "Liebe Anna,",
    # One slipped letter in her family name is a typo, not a template failure.
    "Hallo Frau Bergen,", "Dear Ms Berge,",
])
def test_right_name_or_no_name(text):
    assert "WRONG_NAME" not in signals(text)


def test_nickname_table():
    assert "WRONG_NAME" not in signals("Hi Steffi, danke!", first_name="Stefanie")
    assert "WRONG_NAME" not in signals("Hi Bec, thanks for accepting.", first_name="Rebecca")
    assert "WRONG_NAME" in signals("Hi Becky, thanks for accepting.", first_name="Anna")
    assert "WRONG_NAME" not in signals("Hi Bob, thanks", first_name="Robert")


def test_wrong_name_needs_known_first_name():
    assert "WRONG_NAME" not in signals("Hi Sarah, hello", first_name="")


def test_group_greeting_of_another_participant():
    message = inbound("Hi Tom, see below")
    message.recipients = [Person("Anna Berger"), Person("Tom Weber")]
    assert "WRONG_NAME" not in run(DETECTOR, conversation(message), context())


@pytest.mark.parametrize("text", [
    "Love what your team at Initech is doing.",
    "Ihr Team bei Globex Corp macht tolle Arbeit.",
    "Ich sehe, bei Ihnen bei Umbrella Industries läuft viel.",
    "Als Geschäftsführerin der Hooli Logistik GmbH wissen Sie, wie wichtig sichere IT ist.",
    "As the founder of Initech you know how hard hiring is.",
    "Als Chefärztin am Klinikum Hooli haben Sie sicher hohe Ansprüche.",
    "Dear Anna, congratulations on the continued success of Initech Dental Group!",
    "Glückwunsch zum Wachstum bei Globex Corp!",
    "Herzlichen Glückwunsch zur Eröffnung des zweiten Standorts von Globex Stuttgart!",
    "Dear Anna, congratulations on the new lab opening at Helvetia Chemicals in Geneva!",
    "Liebe Frau Berger, herzlichen Glückwunsch zu Ihrer Arbeit an der Uniklinik Köln!",
])
def test_wrong_company(text):
    found = signals(text)["WRONG_COMPANY"]
    assert found.points == 2.0 and "places you at" in found.detail


@pytest.mark.parametrize("text", [
    "Love what your team at Acme is doing.", "Your time at Zalando must have been fun.",
    "Ihr Team bei ACME GmbH ist super.", "Meet me at Starbucks.",
])
def test_right_company_or_no_claim(text):
    assert "WRONG_COMPANY" not in signals(text)


def test_wrong_company_needs_known_positions():
    assert "WRONG_COMPANY" not in signals("your team at Initech", positions=[Position(company="")])


def test_a_german_noun_after_bei_ihnen_im_is_not_a_company():
    text = "Sie haben geschrieben, dass die Backup-Server bei Ihnen im Büro in der Hauptstraße stehen."
    assert "WRONG_COMPANY" not in run(DETECTOR, conversation(inbound(text)))


def test_her_headline_pasted_into_the_greeting_is_a_failed_template():
    headline = "Owner at Mill Yard Dental Partners | Implants, Aligners & Family Dentistry"
    text = "Hi Maureen Castellano, DMD | Owner at Mill Yard Dental Partners | Implants, Aligners & Family Dentistry, I help owners like you."
    assert "PASTED_HEADLINE" in signals(text, first_name="Maureen", headline=headline)
    quoting = "Your headline says you do implants and aligners, so our CBCT scanner might interest you."
    assert "PASTED_HEADLINE" not in signals(quoting, first_name="Maureen", headline=headline)


@pytest.mark.parametrize("text", ["Dear Dr. [Author Name], greetings from our journal!", "Hi, your {{research_field}} work is great."])
def test_placeholders_of_academic_mass_mail_are_unfilled_tags(text):
    assert "MERGE_TAG_UNFILLED" in signals(text)


def test_a_family_name_starts_many_firms():
    own = [Position(company="Berger GaLaBau GmbH", title="Geschäftsführerin", started_on="2015-01")]
    text = "Als Geschäftsführerin der Berger Elektrotechnik GmbH wissen Sie, wie wichtig sichere IT ist."
    assert "WRONG_COMPANY" in signals(text, positions=own)
    assert "WRONG_COMPANY" not in signals("Als Geschäftsführerin der Berger GaLaBau wissen Sie das.", positions=own)
