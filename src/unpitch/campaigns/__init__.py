"""Mass-campaign detection: one template behind many messages, despite fills and spintax.

masking -> fingerprint (shingles + MinHash) -> grouping (LSH + verified links) -> courtesy
filter -> template with slots. ``runner`` streams a multi-recipient corpus on one machine,
``distributed`` runs the same job on Dask; ``unpitch.signals.campaign`` uses the same steps in
one inbox. See docs/campaigns.md.
"""

from .masking import Entities, mask_keys, mask_tokens
from .runner import CampaignReport, Family, find_families

__all__ = ["CampaignReport", "Entities", "Family", "find_families", "mask_keys", "mask_tokens"]
