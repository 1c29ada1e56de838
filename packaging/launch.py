"""The frozen bundle's entry point: the same dispatch as `python -m asylum_browser`.

With a command (search, export, install-desktop, ...) it is the command line; otherwise it opens
the window.
"""

from asylum_browser.__main__ import main

if __name__ == "__main__":
    main()
