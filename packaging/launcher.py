"""The bundle's entry point: the ``studyapp`` command, as pip installs it."""

import sys

from studyapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
