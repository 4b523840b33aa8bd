"""Every number that decides a verdict, in one place (documented in docs/signals.md).

Points > 0 push towards junk, < 0 towards keep.
"""

from __future__ import annotations

#: Points of every signal, by the detector module that emits it. A tuple is graded levels,
#: weakest first; for learned signals (intent) the two ends of a range scaled by probability.
POINTS: dict[str, float | tuple[float, ...]] = {
    # signals/intent.py
    "COMMERCIAL_INTENT": (2.0, 5.0),
    "RECRUITING_PITCH": (1.5, 3.0),
    "NETWORKING_PITCH": (1.0, 2.5),
    "INBOUND_LEAD": (-2.0, -4.0),
    "NO_COMMERCIAL_INTENT": -1.0,
    "PITCH_AFTER_SMALL_TALK": 1.0,
    # No points: it only asks scoring for mass-sender behaviour before junk.
    "LONG_PITCH": 0.0,
    # signals/senders.py
    "ALLOWED_SENDER": -10.0,
    "DENIED_SENDER": 10.0,
    # signals/relationship.py
    "OWNER_STARTED": -4.0,
    "OWNER_REPLIED": -3.0,
    "OWNER_DECLINED": 0.5,
    "TWO_WAY_HISTORY": -2.0,
    # Connected more than KNOWN_DAYS, then more than LONG_KNOWN_DAYS before the first inbound message.
    "KNOWN_CONTACT": (-1.0, -3.0),
    "SAME_EMPLOYER": -3.0,
    # signals/platform.py
    "SPONSORED_INMAIL": 3.0,
    "LINKEDIN_SPAM_FOLDER": 1.0,
    # signals/personalization.py
    # Graded by depth: total fact weight >= each of DEPTH_THRESHOLDS.
    "PERSONALIZED": (-1.0, -2.0, -3.0, -4.0),
    # One template opener, then two or more.
    "GENERIC_OPENER": (1.0, 2.0),
    "EMPTY_FLATTERY": 1.0,
    "ONLY_NAME_PERSONALIZATION": 1.0,
    "NOT_PERSONALIZED": 1.0,
    # signals/merge_tags.py
    "MERGE_TAG_UNFILLED": 4.0,
    "WRONG_NAME": 3.0,
    "WRONG_COMPANY": 2.0,
    "PASTED_HEADLINE": 3.0,
    # signals/relevance.py
    # Candidate mention, then confirmed offer.
    "SELLS_WHAT_YOU_SELL": (2.0, 3.0),
    "OFF_TOPIC_OFFER": 2.0,
    # Related to a need stated in the profile, then named in [me] buy.
    "RELEVANT_OFFER": (-1.0, -2.0),
    "UNWANTED_TOPIC": 4.0,
    # signals/role_match.py
    "RELEVANT_ROLE": -1.5,
    # signals/timeline.py
    "CONNECT_THEN_PITCH_TIMING": 1.5,
    # Two unanswered rounds; then three rounds or an explicit bump phrase.
    "FOLLOWUP_BUMP": (1.0, 2.0),
    "CALENDAR_LINK": 1.5,
    "TIME_ASK": 1.0,
    # signals/learned.py: the user's own marks (a direct mark is worth the full 6).
    "LEARNED_FROM_USER": (-6.0, 6.0),
    # signals/campaign.py: the same template from two senders, then from three or more.
    "CAMPAIGN_MEMBER": (2.0, 3.0),
    # signals/applicant.py
    "JOB_APPLICATION": -3.0,
    # signals/guest_invitation.py
    "GUEST_INVITATION": -2.0,
    # signals/paid_recognition.py
    "PAID_RECOGNITION": 2.5,
    # signals/income_promise.py
    "INCOME_PROMISE": 3.0,
    # signals/free_first_offer.py
    "FREE_FIRST_OFFER": 1.0,
    # signals/marketing_claims.py: mass-sender evidence, no verdict of its own.
    "MARKETING_CLAIM": 0.5,
    # signals/promotion.py
    "PROMO_OFFER": 0.5,
    # signals/buyer.py
    "BUYER_REQUEST": -3.0,
    # signals/language_support.py: no points, it only turns junk into review.
    "UNSUPPORTED_LANGUAGE": 0.0,
}

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
    {"OWNER_STARTED", "OWNER_REPLIED", "TWO_WAY_HISTORY", "SAME_EMPLOYER", "ALLOWED_SENDER", "INBOUND_LEAD", "BUYER_REQUEST", "JOB_APPLICATION",
     "GUEST_INVITATION"}
)

#: Evidence that a mail-merge tool sent the message ...
MAIL_MERGE_TOOL = frozenset({"MERGE_TAG_UNFILLED", "PASTED_HEADLINE"})
#: ... cancels the protection that rests only on what the sender's text says (not on her own part).
SENDER_SIDE_PROTECTION = frozenset({"INBOUND_LEAD", "BUYER_REQUEST", "JOB_APPLICATION", "GUEST_INVITATION"})

#: KNOWN_CONTACT at this level (connected for more than a year) protects like the signals above.
LONG_KNOWN_CONTACT_POINTS = -3.0

#: Protection that a connect-then-pitch sequence does not earn: replying to a new contact's small talk.
NEW_CONTACT_REPLY = frozenset({"OWNER_REPLIED"})

#: Connect, chat, then pitch: the sequence users complain about, generic whatever the chat
#: found out about her (no genuine or wanted conversation in the corpus shows both).
CONNECT_CHAT_PITCH = frozenset({"CONNECT_THEN_PITCH_TIMING", "PITCH_AFTER_SMALL_TALK"})
#: A template that failed: generic whatever else the text says.
TEMPLATE_FAILURE = frozenset({"MERGE_TAG_UNFILLED", "WRONG_NAME", "WRONG_COMPANY", "PASTED_HEADLINE"})
#: The offer has nothing to do with what the recipient needs.
IRRELEVANT = frozenset({"SELLS_WHAT_YOU_SELL", "OFF_TOPIC_OFFER", "UNWANTED_TOPIC"})
#: What makes even a tailored pitch junk: a failed template, a paid broadcast, the same text from
#: several senders in her inbox, a topic she never wants.
TAILORED_BUT_JUNK = TEMPLATE_FAILURE | frozenset(
    {"SPONSORED_INMAIL", "CAMPAIGN_MEMBER", "PAID_RECOGNITION", "INCOME_PROMISE", "UNWANTED_TOPIC"}
)
#: Offers the intent model may miss that make the conversation a sales pitch all the same.
OFFER_WITHOUT_INTENT = frozenset({"PAID_RECOGNITION", "INCOME_PROMISE"})
#: A seller's opening offer: a sales pitch when no other kind was recognised, but (unlike the
#: offers above) one she may well want, so her replies still protect it.
SELLERS_OPENING_OFFER = frozenset({"FREE_FIRST_OFFER"})

#: Signals saying the text is in a language the models do not know well: junk becomes review.
UNSURE_LANGUAGE = frozenset({"UNSUPPORTED_LANGUAGE"})
#: Languages with training data and phrase lists (ISO 639-1).
SUPPORTED_LANGUAGES = frozenset({"en", "de"})

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
        "PAID_RECOGNITION",
        "INCOME_PROMISE",
        "PROMO_OFFER",
        "MARKETING_CLAIM",
    }
) | TEMPLATE_FAILURE | IRRELEVANT

#: LEARNED_FROM_USER at or beyond this many points decides the verdict (junk / keep) ...
LEARNED_DECISIVE_POINTS = 4.0
#: ... and from here on moves it one step (keep -> review, junk -> review) ...
LEARNED_LEANING_POINTS = 1.5
#: ... or from here on, for a keep the owner took part in (bench/bench_learning_flips.py: the
#: collateral of 5 junk marks 15.9 % -> 10.2 % of other conversations, 55 -> 48 of 64 answered ones
#: of the marked kind still move).
LEARNED_FIRM_LEANING_POINTS = 2.0
