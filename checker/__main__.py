import sys

from checker.cli import main

if __name__ == "__main__":  # the language server's checking process ("spawn") imports this module again
    sys.exit(main())
