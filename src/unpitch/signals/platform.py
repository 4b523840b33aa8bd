"""What LinkedIn itself says about a conversation: paid Sponsored InMail, the spam folder."""

from __future__ import annotations

from ..model import Conversation
from .base import Context, Signal
from .text_utils import quoted
from .weights import POINTS



class PlatformDetector:
    name = "platform"

    def detect(self, conversation: Conversation, context: Context) -> list[Signal]:
        signals: list[Signal] = []
        if conversation.sponsored:
            title = f": {quoted(conversation.title, 80)}" if conversation.title.strip() else ""
            signals.append(Signal("SPONSORED_INMAIL", POINTS["SPONSORED_INMAIL"],
                                  f"LinkedIn marks this as a paid Sponsored InMail{title}"))
        folder = conversation.folder or next((m.folder for m in conversation.messages if m.folder), "")
        if folder.strip().upper() == "SPAM":
            signals.append(Signal("LINKEDIN_SPAM_FOLDER", POINTS["LINKEDIN_SPAM_FOLDER"],
                                  f'LinkedIn filed this conversation in folder "{folder.strip()}"'))
        return signals


DETECTOR = PlatformDetector()
