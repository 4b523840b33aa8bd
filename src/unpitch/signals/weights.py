"""Every number that decides a verdict, in one place (documented in docs/signals.md).

Points > 0 push towards junk, < 0 towards keep.
"""

from __future__ import annotations

#: score = logistic((sum of points - SCORE_CENTER) / SCORE_SCALE)
SCORE_CENTER = 2.0
SCORE_SCALE = 2.0
#: A pitch at or above this score, generic or irrelevant and unprotected, is junk.
JUNK_THRESHOLD = 0.6
#: Anything at or above this score that is not junk goes to review.
REVIEW_THRESHOLD = 0.6
#: A pitch is tailored when PERSONALIZED reaches this many points (or less) or RELEVANT_OFFER fires.
TAILORED_MAX_POINTS = -2.0

#: The conversation's kind comes from the first of these signals present (order matters).
PITCH_KINDS = {
    "SPONSORED_INMAIL": "sponsored",
    "RECRUITING_PITCH": "recruiting",
    "NETWORKING_PITCH": "networking_pitch",
    "COMMERCIAL_INTENT": "sales_pitch",
    "INBOUND_LEAD": "inbound_lead",
}

#: Signals that show the owner wants this conversation: a pitch with one of them is never junk.
PROTECTING = frozenset(
    {"OWNER_STARTED", "OWNER_REPLIED", "TWO_WAY_HISTORY", "SAME_EMPLOYER", "ALLOWED_SENDER", "INBOUND_LEAD"}
)

#: Protection that a connect-then-pitch sequence does not earn: replying to a new contact's small talk.
NEW_CONTACT_REPLY = frozenset({"OWNER_REPLIED"})

#: A template that failed: generic whatever else the text says.
TEMPLATE_FAILURE = frozenset({"MERGE_TAG_UNFILLED", "WRONG_NAME", "WRONG_COMPANY"})
#: The offer has nothing to do with what the recipient needs.
IRRELEVANT = frozenset({"SELLS_WHAT_YOU_SELL", "OFF_TOPIC_OFFER", "UNWANTED_TOPIC"})

#: Signals saying the text is in a language the models do not know well: junk becomes review.
UNSURE_LANGUAGE = frozenset({"UNSUPPORTED_LANGUAGE"})

#: A pitch signal at least this strong (the model is sure) needs no corroboration to be junk ...
STRONG_PITCH_POINTS = {"COMMERCIAL_INTENT": 3.5, "RECRUITING_PITCH": 2.25, "NETWORKING_PITCH": 1.75}
#: ... a weaker one needs one of these behaviours of mass senders beside it.
CORROBORATING = frozenset(
    {
        "GENERIC_OPENER",
        "EMPTY_FLATTERY",
        "ONLY_NAME_PERSONALIZATION",
        "FOLLOWUP_BUMP",
        "CONNECT_THEN_PITCH_TIMING",
        "PITCH_AFTER_SMALL_TALK",
        "TIME_ASK",
        "CALENDAR_LINK",
        "SPONSORED_INMAIL",
        "CAMPAIGN_MEMBER",
    }
) | TEMPLATE_FAILURE | IRRELEVANT
