"""claims: what an article *says*.

Reads an article (``claims.read``), extracts what it asserts as typed claims with exact
spans (``claims.extract``) and writes/validates the claims document (``claims.document``).
Nothing in this package judges whether the claims agree: that is ``checker``'s job.
"""

__version__ = "0.1.0"
