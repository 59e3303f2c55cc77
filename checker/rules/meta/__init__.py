"""Meta rules: findings about the check itself, not about what the article says.

A meta rule (``@rule(..., meta=True)``) reports what the engine alone knows: rules it skipped
for want of a publication date (``article.no-published-date``) or of the article's text
(``article.no-text``), suppression comments that silenced nothing
(``article.unused-suppression``). The engine runs them after the other rules, passing what it
found (``skipped=``, ``unused=``/``unknown=``); they are selected, ignored, configured and
documented like any rule, under the same ids.
"""
