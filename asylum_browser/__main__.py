"""python -m asylum_browser: until the window lands, the same as the asylum-browser command."""

from __future__ import annotations


def main() -> None:
    from asylum_browser.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
