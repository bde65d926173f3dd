"""``python -m checker``: the same as the ``claimcheck`` command."""

import sys

from checker.cli import main

sys.exit(main())
