"""checker: judges whether an article's claims hold together, and tells people.

Owns the rules (``checker.rules``), running them (``checker.engine``), the report writers
(``checker.report``) and the command line (``checker.cli``).
"""

__version__ = "0.1.0"

import claims  # noqa: E402,F401  (first: its regex cache is in place before any module of ours compiles a pattern)
