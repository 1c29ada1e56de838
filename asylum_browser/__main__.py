"""Entry point of `asylum-browser` and `python -m asylum_browser`.

With a command (search, show, facets, export, info, build-db, extract, install-desktop,
uninstall-desktop, --help, --version) it is the command line; otherwise it opens the window,
passing options such as --db and --smoke-test.
Dispatching here keeps the CLI module free of Qt: the window is imported only when wanted.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from asylum_browser.core.export.csvlines import WORKER_WORD, worker_main

CLI_WORDS = {"search", "show", "facets", "export", "info", "build-db", "import", "diff-data",
             "cases", "publish", "cite",
             "extract", "install-desktop", "uninstall-desktop", "--help", "-h", "--version"}


def main(argv: Sequence[str] | None = None) -> None:
    # Under an ASCII locale a curly quote or a CJK title must not end the program: what the
    # terminal cannot show is written as an escape instead.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [WORKER_WORD]:  # a worker process of a big export
        sys.exit(worker_main(arguments[1:]))
    if arguments and arguments[0] in CLI_WORDS:
        from asylum_browser.cli import main as cli_main

        cli_main(arguments)
        return
    try:
        from asylum_browser.gui.app import main as gui_main
    except ImportError as error:
        print(f"asylum-browser: the window cannot start ({error}). The command line still "
              "works: asylum-browser --help", file=sys.stderr)
        sys.exit(1)
    sys.exit(gui_main(arguments))


if __name__ == "__main__":
    main()
