"""checker: judges whether an article's claims hold together, and tells people.

Owns the rules (``checker.rules``), running them (``checker.engine``), the report writers
(``checker.report``) and the command line (``checker.cli``).
"""

__version__ = "0.1.0"
