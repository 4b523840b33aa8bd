import pytest
from signal_builders import conversation, inbound, run

from unpitch.scoring import decide
from unpitch.signals.base import Signal
from unpitch.signals.paid_recognition import DETECTOR


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations! You have been shortlisted as Engineering Leader of the Year. Participation fee: GBP 1,250.",
        "Herzlichen Glückwunsch! Ihr Betrieb wurde für das Siegel 'Top-Arbeitgeber 2026' nominiert. "
        "Die Lizenzgebühr für Siegel und Urkunde beträgt 1.890 €.",
        "Die Redaktion hat Sie für 'Top 50 Frauen in der Technik' ausgewählt. Das Porträt ist mit einem "
        "Publikationsbeitrag von CHF 2'900 verbunden.",
        "We'd love to have you as a guest on our show. There's a one-time production fee of $900 for editing.",
        "Wir würden Sie gern als Gast in unserer Interviewreihe begrüßen; der Kostenbeitrag liegt bei 490 €.",
        "Wir möchten dich gern im Gründertalk Podcast haben! Für die Sponsoring-Folge berechnen wir CHF 700.",
        "Ihre Praxis wurde in die Auswahl 'Beste Praxen 2026' aufgenommen. Für die Nutzung des Siegels "
        "berechnen wir eine Lizenzgebühr von 990 €.",
        "We are honoured to invite you as a keynote speaker at the Global Summit on Polymers in Lisbon. "
        "Kindly secure your slot with the speaker registration of EUR 980.",
        "Having enjoyed your recent work, we invite you to submit a manuscript to our special issue. "
        "The article processing charge is only USD 540.",
        "Gern möchten wir Sie einladen, einen Beitrag einzureichen. Die Publikationsgebühr beträgt 650 €.",
        "Für unser Themenheft möchten wir Sie als Expertin vorstellen; der Kostenbeitrag für die Doppelseite liegt bei 1.900 €.",
        "Zur Aktualisierung Ihres Eintrags im Branchenverzeichnis Süd bestätigen Sie bitte Ihre Daten. Die Gebühr beträgt 890 € jährlich.",
        "Gern stellen wir Ihre Praxis in einer redaktionellen Reportage vor. Die Doppelseite kostet 2.900 €.",
        "Zur Aktualisierung Ihres Firmeneintrags senden Sie das Formular zurück. Der Premium-Eintrag kostet 490 € jährlich.",
        "We're putting together a special feature on inspiring heads. Featured schools contribute £850 towards design.",
        "We'd like to include your trust with a full-page profile; editorial profiles carry a partnership fee of £1,200.",
        "Ich würde dich gern in meinem Podcast 'Chefsache Handwerk' vorstellen. Das Interview-Paket kostet 450 €.",
    ],
)
def test_an_honour_she_has_to_pay_for_is_recognised(text):
    assert "PAID_RECOGNITION" in run(DETECTOR, conversation(inbound(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations, your talk was selected for the main stage! Travel and hotel are covered.",
        "Glückwunsch, Sie haben die Goldmedaille gewonnen! Die Urkunde schicken wir Ihnen per Post.",
        "Our award-winning agency helps teams like yours grow. Fees start at $500 a month.",
        "Would you join us as a guest on our podcast next month? We cover your travel.",
        "We produce podcasts for founders: recording, editing and promotion from $400 a month.",
        "We invite you to submit an abstract for the society's annual meeting; there is no fee for speakers.",
        "Could we interview you as an expert for our piece on hospital IT? It runs next month.",
        # the sender's own guest visit, and a grant she won
        "Ich war als Gast bei Ihrer Innungsversammlung. Eine Drohnenbefliegung kostet bei uns 120 €.",
        "Your round-1 award already covers training; I write round-2 applications for a flat fee of $900.",
        "Ich fotografiere Weingüter und biete Reportage- und Flaschenfotos am Hoffest an, Paketpreis 650 €.",
        "Im Podcast 'Biotech am Neckar' haben Sie vom Datenraum erzählt. Unser Datenraum kostet ab 690 € im Monat.",
        "Die Pressemitteilung zu Ihrem Best Student Paper Award erwähnt Skins für unter 30 € pro Stück.",
        # documents that are no certificates, a fee only if a grant is won
        "Welcome aboard as keynote speaker! Please book your own train and hotel; we reimburse up to EUR 900 against receipts.",
        "I see from your profile you're a locum looking at 3 days max. The practice pays a salary from £72k FTE.",
        "Ich übersetze polnische Urkunden und Gerichtsentscheidungen, 1,95 € pro Normzeile.",
        "I write these applications for small districts, flat fee of $900, paid only if awarded.",
    ],
)
def test_free_honours_and_plain_pitches_are_not_paid_recognition(text):
    assert "PAID_RECOGNITION" not in run(DETECTOR, conversation(inbound(text)))


def test_a_paid_honour_is_junk_even_when_it_names_her_work():
    flattering = [Signal("COMMERCIAL_INTENT", 3.5, "sell 0.75"), Signal("PERSONALIZED", -2.0, "her work")]
    assert decide(flattering).verdict == "review"
    assert decide(flattering + [Signal("PAID_RECOGNITION", 2.5, "fee")]).verdict == "junk"


def test_a_paid_honour_the_intent_model_missed_is_still_a_pitch_and_junk():
    # No intent signal: the fee itself makes it an offer.
    alone = [Signal("PAID_RECOGNITION", 2.5, "fee"), Signal("ONLY_NAME_PERSONALIZATION", 1.0, "her name")]
    verdict = decide(alone)
    assert verdict.kind == "sales_pitch" and verdict.verdict == "junk"
