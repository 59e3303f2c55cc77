"""checker.evaluate: measuring the extractors and rules on real text.

- ``timeml_score``: time expressions (TIMEX3) against TimeML gold corpora with the TempEval-3
  metrics, so our numbers can be set beside published ones (``factcheck evaluate timeml``).
- ``inject_*`` and ``rules_eval``: plant known inconsistencies in real articles and count which
  rules catch them. Each ``inject_*`` module offers functions ``text -> new text | None`` that
  plant one slip of one kind where the article's text allows it (None where it does not).
"""
