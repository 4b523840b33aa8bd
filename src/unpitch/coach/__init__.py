"""``unpitch coach``: before you send, would your message be junk to the person you write to?

``coach(draft, recipient)`` runs the recipient's own scan on the draft and adds a checklist with
evidence and a fix per item; ``load_recipient(path)`` reads who she is from her export's profile
files, a JSON profile or text copied from her profile page. See docs/coach.md.
"""

from __future__ import annotations

from .checks import CHECK_IDS, Check
from .core import CoachResult, coach
from .profile_text import parse_profile_text
from .recipient import load_recipient, profile_from_json

__all__ = ["CHECK_IDS", "Check", "CoachResult", "coach", "load_recipient", "parse_profile_text", "profile_from_json"]
