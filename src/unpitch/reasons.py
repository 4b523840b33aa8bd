"""Plain-language phrases for signals, so that a verdict's summary reads as one sentence."""

from __future__ import annotations

#: One short clause per signal id, written to follow "because" or stand in a list.
REASON_PHRASES: dict[str, str] = {
    "COMMERCIAL_INTENT": "it sells something",
    "RECRUITING_PITCH": "it offers you a job",
    "NETWORKING_PITCH": "it pitches networking",
    "INBOUND_LEAD": "they want to buy from you",
    "BUYER_REQUEST": "they ask for your prices or availability",
    "JOB_APPLICATION": "they apply to you for a job",
    "GUEST_INVITATION": "they invite you to speak or be interviewed, for free",
    "PAID_RECOGNITION": "it sells you an award or a feature",
    "INCOME_PROMISE": "it promises easy money",
    "PROMO_OFFER": "it pushes a discount or a deadline",
    "FREE_FIRST_OFFER": "it opens with a free consultation, audit or trial",
    "MARKETING_CLAIM": "it talks in brochure claims",
    "NO_COMMERCIAL_INTENT": "nothing in it sells",
    "PITCH_AFTER_SMALL_TALK": "the pitch came after small talk",
    "LONG_PITCH": "it is written at length",
    "PERSONALIZED": "it mentions specifics about you",
    "GENERIC_OPENER": "it opens with a template line",
    "EMPTY_FLATTERY": "its praise is empty",
    "ONLY_NAME_PERSONALIZATION": "only your name is personal",
    "NOT_PERSONALIZED": "nothing in it is about you",
    "MERGE_TAG_UNFILLED": "a merge tag was left unfilled",
    "WRONG_NAME": "it greets someone else",
    "WRONG_COMPANY": "it names the wrong company",
    "PASTED_HEADLINE": "it pastes your headline as a greeting",
    "SELLS_WHAT_YOU_SELL": "it offers what you sell yourself",
    "OFF_TOPIC_OFFER": "the offer has nothing to do with your work",
    "RELEVANT_OFFER": "the offer is something you need",
    "UNWANTED_TOPIC": "it is about a topic you never want",
    "RELEVANT_ROLE": "it names the role you actually hold",
    "OWNER_STARTED": "you started it",
    "OWNER_REPLIED": "you replied",
    "OWNER_DECLINED": "you only declined",
    "TWO_WAY_HISTORY": "you have a two-way history",
    "KNOWN_CONTACT": "you have been connected for a long time",
    "SAME_EMPLOYER": "you work for the same company",
    "ALLOWED_SENDER": "the sender is on your allow list",
    "DENIED_SENDER": "the sender is on your deny list",
    "CONNECT_THEN_PITCH_TIMING": "it came days after connecting",
    "FOLLOWUP_BUMP": "it was bumped without a reply",
    "CALENDAR_LINK": "it pushes a booking link",
    "TIME_ASK": "it asks for your time",
    "SPONSORED_INMAIL": "it is a paid Sponsored InMail",
    "LINKEDIN_SPAM_FOLDER": "LinkedIn filed it as spam",
    "CAMPAIGN_MEMBER": "the same template reached you from several senders",
    "LEARNED_FROM_USER": "your own marks say so",
    "UNSUPPORTED_LANGUAGE": "its language is one unpitch knows less well",
}


def reason(signal_id: str) -> str:
    """The phrase for ``signal_id``; an unknown id is spelled out rather than dropped."""
    return REASON_PHRASES.get(signal_id, signal_id.lower().replace("_", " "))


def join_clauses(clauses: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(clauses) <= 1:
        return "".join(clauses)
    return ", ".join(clauses[:-1]) + " and " + clauses[-1]
