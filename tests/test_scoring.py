from unpitch.scoring import decide, score_signals
from unpitch.signals.base import Signal
from unpitch.signals.weights import JUNK_THRESHOLD


def sig(id_: str, points: float) -> Signal:
    return Signal(id_, points, f"{id_.lower()} evidence")


def test_generic_unsolicited_pitch_is_junk():
    verdict = decide([sig("COMMERCIAL_INTENT", 4), sig("GENERIC_OPENER", 1.5), sig("OFF_TOPIC_OFFER", 2)])
    assert verdict.verdict == "junk"
    assert verdict.kind == "sales_pitch"
    assert verdict.score >= JUNK_THRESHOLD


def test_tailored_pitch_goes_to_review_not_junk():
    verdict = decide([sig("COMMERCIAL_INTENT", 4), sig("PERSONALIZED", -3), sig("RELEVANT_OFFER", -1.5)])
    assert verdict.verdict == "review"


def test_a_tailored_pitch_is_never_junk_even_with_a_high_score():
    verdict = decide([sig("COMMERCIAL_INTENT", 9), sig("PERSONALIZED", -2)])
    assert verdict.verdict == "review"


def test_an_untailored_pitch_is_generic_and_junk():
    shallow = [sig("COMMERCIAL_INTENT", 4), sig("PERSONALIZED", -1), sig("CONNECT_THEN_PITCH_TIMING", 1.5)]
    assert decide(shallow).verdict == "junk"


def test_a_failed_template_is_junk_even_when_it_quotes_her_profile():
    signals = [sig("COMMERCIAL_INTENT", 4), sig("PERSONALIZED", -3), sig("MERGE_TAG_UNFILLED", 4)]
    assert decide(signals).verdict == "junk"


def test_protected_pitch_is_not_junk():
    verdict = decide([sig("COMMERCIAL_INTENT", 5), sig("GENERIC_OPENER", 2), sig("OWNER_STARTED", -0.5)])
    assert verdict.verdict == "review"


def test_genuine_conversation_is_kept():
    verdict = decide([sig("NO_COMMERCIAL_INTENT", -1), sig("OWNER_REPLIED", -3)])
    assert verdict.verdict == "keep"
    assert verdict.kind == "conversation"


def test_inbound_lead_is_kept_and_named():
    verdict = decide([sig("INBOUND_LEAD", -3)])
    assert (verdict.verdict, verdict.kind) == ("keep", "inbound_lead")


def test_unsupported_language_turns_junk_into_review():
    signals = [sig("COMMERCIAL_INTENT", 4), sig("GENERIC_OPENER", 2), sig("UNSUPPORTED_LANGUAGE", 0)]
    assert decide(signals).verdict == "review"


def test_allow_and_deny_lists_decide():
    assert decide([sig("COMMERCIAL_INTENT", 5), sig("GENERIC_OPENER", 2), sig("ALLOWED_SENDER", -10)]).verdict == "keep"
    assert decide([sig("DENIED_SENDER", 10)]).verdict == "junk"


def test_signals_are_ordered_by_absolute_points_and_summary_names_reasons():
    verdict = decide([sig("GENERIC_OPENER", 1), sig("OWNER_REPLIED", -3), sig("COMMERCIAL_INTENT", 2)])
    assert [s.id for s in verdict.signals] == ["OWNER_REPLIED", "COMMERCIAL_INTENT", "GENERIC_OPENER"]
    assert verdict.summary.endswith(".") and "\n" not in verdict.summary


def test_score_is_monotonic_and_bounded():
    low, high = score_signals([sig("A", -20)]), score_signals([sig("A", 20)])
    assert 0.0 <= low < score_signals([sig("A", 0)]) < high <= 1.0


def test_a_pitch_inside_a_conversation_she_takes_part_in_is_kept():
    verdict = decide([sig("COMMERCIAL_INTENT", 3), sig("OWNER_REPLIED", -3), sig("KNOWN_CONTACT", -2)])
    assert (verdict.verdict, verdict.kind) == ("keep", "sales_pitch")


def test_replying_to_small_talk_does_not_protect_a_connect_then_pitch():
    signals = [sig("COMMERCIAL_INTENT", 4.5), sig("OWNER_REPLIED", -3), sig("CONNECT_THEN_PITCH_TIMING", 1.5),
               sig("PITCH_AFTER_SMALL_TALK", 1), sig("ONLY_NAME_PERSONALIZATION", 1)]
    assert decide(signals).verdict == "junk"
    without_small_talk = [s for s in signals if s.id != "PITCH_AFTER_SMALL_TALK"]
    assert decide(without_small_talk).verdict != "junk"


def test_an_unsure_pitch_needs_corroboration_to_be_junk():
    weak = [sig("COMMERCIAL_INTENT", 2.8), sig("LINKEDIN_SPAM_FOLDER", 1)]
    assert decide(weak).verdict == "review"
    assert decide(weak + [sig("FOLLOWUP_BUMP", 1)]).verdict == "junk"


def test_a_sure_pitch_written_at_length_needs_mass_sender_behaviour_to_be_junk():
    sure = [sig("COMMERCIAL_INTENT", 4.9), sig("LINKEDIN_SPAM_FOLDER", 1)]
    assert decide(sure).verdict == "junk"
    # One word of her profile is her trade's vocabulary, not homework: the sure pitch stands.
    assert decide(sure + [sig("PERSONALIZED", -1)]).verdict == "junk"
    assert decide(sure + [sig("LONG_PITCH", 0)]).verdict == "review"
    assert decide(sure + [sig("LONG_PITCH", 0), sig("FOLLOWUP_BUMP", 1)]).verdict == "junk"
    # A long letter the day after connecting is how tailored pitches arrive too; chat first, then
    # the pitch, is the mass sender's pattern.
    timed = sure + [sig("LONG_PITCH", 0), sig("CONNECT_THEN_PITCH_TIMING", 1.5)]
    assert decide(timed).verdict == "review"
    assert decide(timed + [sig("PITCH_AFTER_SMALL_TALK", 1)]).verdict == "junk"


def test_a_tailored_offer_in_her_own_field_is_reviewed_but_an_untailored_one_is_junk():
    offer = [sig("COMMERCIAL_INTENT", 4.5), sig("SELLS_WHAT_YOU_SELL", 2)]
    assert decide(offer + [sig("PERSONALIZED", -2)]).verdict == "review"
    assert decide(offer + [sig("PERSONALIZED", -1)]).verdict == "junk"
    # From a sender who did their homework the coarse "off-topic" does not make junk; her never-list does.
    assert decide(offer + [sig("PERSONALIZED", -2), sig("OFF_TOPIC_OFFER", 2)]).verdict == "review"
    assert decide(offer + [sig("PERSONALIZED", -2), sig("UNWANTED_TOPIC", 4)]).verdict == "junk"
    assert decide(offer + [sig("PERSONALIZED", -2), sig("SPONSORED_INMAIL", 3)]).verdict == "junk"


def test_her_job_title_in_a_sales_pitch_is_dropped_but_a_recruiter_naming_it_did_homework():
    role = sig("RELEVANT_ROLE", -1.5)
    sale = decide([sig("COMMERCIAL_INTENT", 4.0), sig("CONNECT_THEN_PITCH_TIMING", 1.5), role])
    assert "RELEVANT_ROLE" not in {s.id for s in sale.signals} and sale.verdict == "junk"
    offer = decide([sig("RECRUITING_PITCH", 2.5), sig("CONNECT_THEN_PITCH_TIMING", 1.5), role])
    assert "RELEVANT_ROLE" in {s.id for s in offer.signals} and offer.verdict == "review"


def test_a_contact_of_more_than_a_year_protects_but_a_recent_one_does_not():
    pitch = [sig("COMMERCIAL_INTENT", 4.5), sig("GENERIC_OPENER", 1), sig("NOT_PERSONALIZED", 1)]
    assert decide(pitch + [sig("KNOWN_CONTACT", -1.0)]).verdict == "junk"
    assert decide(pitch + [sig("KNOWN_CONTACT", -3.0)]).verdict == "review"


def test_a_networking_opener_then_a_pitch_is_not_protected_by_her_polite_reply():
    funnel = [sig("COMMERCIAL_INTENT", 4.8), sig("NETWORKING_PITCH", 2.2), sig("CONNECT_THEN_PITCH_TIMING", 1.5),
              sig("OWNER_REPLIED", -3.0), sig("ONLY_NAME_PERSONALIZATION", 1)]
    assert decide(funnel).verdict == "junk"
    assert decide([s for s in funnel if s.id != "CONNECT_THEN_PITCH_TIMING"]).verdict != "junk"


def test_the_same_template_from_several_senders_is_junk_even_when_it_names_her_skills():
    campaign = [sig("COMMERCIAL_INTENT", 4.9), sig("PERSONALIZED", -3.0), sig("TIME_ASK", 1)]
    assert decide(campaign).verdict == "review"
    assert decide(campaign + [sig("CAMPAIGN_MEMBER", 3.0)]).verdict == "junk"


def test_a_long_pitch_needs_mass_sender_behaviour_beyond_her_name_to_be_junk():
    letter = [sig("COMMERCIAL_INTENT", 4.6), sig("ONLY_NAME_PERSONALIZATION", 1), sig("LONG_PITCH", 0)]
    assert decide(letter[:2]).verdict == "junk"
    assert decide(letter).verdict == "review"
    assert decide(letter + [sig("FOLLOWUP_BUMP", 1)]).verdict == "junk"


def test_a_mail_merge_tool_cancels_the_protection_its_own_text_claims():
    agency = [sig("RECRUITING_PITCH", 2.8), sig("MERGE_TAG_UNFILLED", 4), sig("BUYER_REQUEST", -3), sig("NOT_PERSONALIZED", 1)]
    assert decide(agency).verdict == "junk"
    assert decide([s for s in agency if s.id != "MERGE_TAG_UNFILLED"]).verdict != "junk"
    # Her own part in the conversation still protects.
    assert decide(agency + [sig("OWNER_REPLIED", -3)]).verdict != "junk"


def test_a_failed_template_is_never_silently_kept():
    assert decide([sig("WRONG_COMPANY", 2), sig("NO_COMMERCIAL_INTENT", -1)]).verdict == "review"
    assert decide([sig("WRONG_COMPANY", 2), sig("NO_COMMERCIAL_INTENT", -1), sig("OWNER_REPLIED", -3)]).verdict == "keep"


def test_an_offer_in_her_trade_is_no_pitch_when_every_message_is_clearly_none():
    from unpitch.scoring import decide
    from unpitch.signals.base import Signal

    thanks = [Signal("SELLS_WHAT_YOU_SELL", 2.0, "her trade"), Signal("CONNECT_THEN_PITCH_TIMING", 1.5, "new contact"),
              Signal("ONLY_NAME_PERSONALIZATION", 1.0, "her name")]
    assert decide(thanks).kind == "sales_pitch"
    calm = decide(thanks + [Signal("NO_COMMERCIAL_INTENT", -1.0, "none 0.99")])
    assert calm.kind == "conversation" and calm.verdict != "junk"
    # an honour she must pay for stays an offer, whatever the model read
    paid = decide(thanks + [Signal("NO_COMMERCIAL_INTENT", -1.0, "none"), Signal("PAID_RECOGNITION", 2.5, "fee")])
    assert paid.kind == "sales_pitch"


def test_a_sender_who_asks_her_for_money_is_no_lead():
    from unpitch.scoring import decide
    from unpitch.signals.base import Signal

    feature = [Signal("INBOUND_LEAD", -2.8, "buy 0.70: möchten wir Sie porträtieren"),
               Signal("PAID_RECOGNITION", 2.5, "Kostenbeitrag"), Signal("NOT_PERSONALIZED", 1.0, "nothing specific")]
    verdict = decide(feature)
    assert verdict.kind == "sales_pitch" and verdict.verdict != "keep"


def test_homework_in_the_small_talk_does_not_make_a_connect_then_pitch_tailored():
    signals = [sig("COMMERCIAL_INTENT", 4.1), sig("PERSONALIZED", -2), sig("CONNECT_THEN_PITCH_TIMING", 1.5),
               sig("PITCH_AFTER_SMALL_TALK", 1)]
    assert decide(signals).verdict == "junk"
    assert decide([s for s in signals if s.id != "PITCH_AFTER_SMALL_TALK"]).verdict == "review"


def test_a_reply_that_does_not_protect_does_not_lower_the_score_either():
    signals = [sig("COMMERCIAL_INTENT", 2.3), sig("OWNER_REPLIED", -3), sig("CONNECT_THEN_PITCH_TIMING", 1.5),
               sig("PITCH_AFTER_SMALL_TALK", 1), sig("ONLY_NAME_PERSONALIZATION", 1)]
    verdict = decide(signals)
    assert verdict.score == score_signals([s for s in signals if s.id != "OWNER_REPLIED"])
    assert verdict.verdict == "junk"


def test_a_recruiter_offering_work_in_her_own_field_does_not_sell_what_she_sells():
    signals = [sig("RECRUITING_PITCH", 3.0), sig("SELLS_WHAT_YOU_SELL", 2.0), sig("PERSONALIZED", -1), sig("LONG_PITCH", 0)]
    verdict = decide(signals)
    assert verdict.kind == "recruiting" and verdict.verdict == "review"
    assert "SELLS_WHAT_YOU_SELL" not in {s.id for s in verdict.signals}
    seller = decide([sig("COMMERCIAL_INTENT", 3.0)] + signals[1:])
    assert "SELLS_WHAT_YOU_SELL" in {s.id for s in seller.signals}
