"""checker.evaluate: measuring the extractors against gold-standard annotations.

Each module scores one kind of claim against one kind of gold data with the field's own
metrics, so our numbers can be set beside published ones (``timeml_score``: TIMEX3 against
TimeML corpora with the TempEval-3 metrics).
"""
