"""The built-in detectors, registered in the order they run."""

from __future__ import annotations

from . import (
    applicant,
    buyer,
    campaign,
    guest_invitation,
    free_first_offer,
    income_promise,
    intent,
    language_support,
    learned,
    marketing_claims,
    merge_tags,
    paid_recognition,
    personalization,
    platform,
    promotion,
    register,
    relationship,
    relevance,
    role_match,
    senders,
    timeline,
)

register(senders.DETECTOR)
register(intent.INTENT)
register(buyer.DETECTOR)
register(applicant.DETECTOR)
register(guest_invitation.DETECTOR)
register(paid_recognition.DETECTOR)
register(free_first_offer.DETECTOR)
register(income_promise.DETECTOR)
register(relationship.DETECTOR)
register(platform.DETECTOR)
register(personalization.DETECTOR)
register(marketing_claims.DETECTOR)
register(merge_tags.DETECTOR)
register(relevance.DETECTOR)
register(role_match.DETECTOR)
register(timeline.DETECTOR)
register(promotion.DETECTOR)
register(campaign.DETECTOR)
register(language_support.DETECTOR)
# Last: the user's marks read the intent cache and overrule what came before.
register(learned.DETECTOR)
