"""Learning from the user's marks: the marks store, the personal model, rules derived from marks,
and the online (TREC spam-track style) evaluation. See docs/learning.md.
"""
