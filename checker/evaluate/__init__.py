"""Evaluation: plant known inconsistencies in real articles and count which rules catch them.

Each ``inject_*`` module offers functions ``text -> new text | None`` that plant one slip of
one kind where the article's text allows it (None where it does not).
"""
