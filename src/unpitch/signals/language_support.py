"""Is the conversation in a language unpitch's models were built for?

The intent model and the phrase lists cover English and German. For any other language the
evidence is thin, so ``UNSUPPORTED_LANGUAGE`` (no points) tells scoring to send what would
have been junk to review instead: unsure means review.
"""

from __future__ import annotations

from collections import Counter

from ..language import UNDETERMINED, detect_language
from ..model import Conversation
from .base import Context, Signal
from .weights import POINTS, SUPPORTED_LANGUAGES


class LanguageSupport:
    name = "language_support"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        languages = Counter(detect_language(m.text) for m in conversation.inbound_messages)
        languages.pop(UNDETERMINED, None)
        if not languages:
            return []
        main, _ = languages.most_common(1)[0]
        if main in SUPPORTED_LANGUAGES:
            return []
        return [
            Signal(
                "UNSUPPORTED_LANGUAGE",
                POINTS["UNSUPPORTED_LANGUAGE"],
                f"written in '{main}'; the models know {', '.join(sorted(SUPPORTED_LANGUAGES))} well, so junk becomes review",
            )
        ]


DETECTOR = LanguageSupport()
