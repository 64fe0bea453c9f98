"""``python -m kanmon``."""

from kanmon.cli.main import main

main()
