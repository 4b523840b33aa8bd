"""Every number that decides a verdict, in one place (documented in docs/signals.md).

Points > 0 push towards junk, < 0 towards keep.
"""

from __future__ import annotations

#: score = logistic((sum of points - SCORE_CENTER) / SCORE_SCALE)
SCORE_CENTER = 3.0
SCORE_SCALE = 2.0
#: A pitch at or above this score, generic or irrelevant and unprotected, is junk.
JUNK_THRESHOLD = 0.75
#: Anything at or above this score that is not junk goes to review.
REVIEW_THRESHOLD = 0.6

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

#: Evidence that a pitch is generic, mass-sent or irrelevant to the recipient.
GENERIC_OR_IRRELEVANT = frozenset(
    {
        "GENERIC_OPENER",
        "EMPTY_FLATTERY",
        "ONLY_NAME_PERSONALIZATION",
        "MERGE_TAG_UNFILLED",
        "WRONG_NAME",
        "WRONG_COMPANY",
        "SELLS_WHAT_YOU_SELL",
        "OFF_TOPIC_OFFER",
        "UNWANTED_TOPIC",
        "CAMPAIGN_MEMBER",
        "CONNECT_THEN_PITCH_TIMING",
        "FOLLOWUP_BUMP",
        "SPONSORED_INMAIL",
        "NOT_PERSONALIZED",
    }
)

#: Signals saying the text is in a language the models do not know well: junk becomes review.
UNSURE_LANGUAGE = frozenset({"UNSUPPORTED_LANGUAGE"})
