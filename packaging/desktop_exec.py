"""Print the command a desktop entry's Exec line runs, one NUL-ended argument at a time.

    python3 packaging/desktop_exec.py FILE.desktop [ARGUMENT...]

Follows the Desktop Entry spec: the string escapes first, then the quoting rules; %f and %F
become the given arguments (or nothing), %% a percent sign. test_frozen.sh and the tests run
exactly this command, as a launcher does on a double-click. Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\", ";": ";"}


def exec_value(desktop_file: Path) -> str:
    in_entry = False
    for line in desktop_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            in_entry = line.strip() == "[Desktop Entry]"
        elif in_entry and line.startswith("Exec="):
            return line[len("Exec="):]
    raise SystemExit(f"{desktop_file} has no Exec line in [Desktop Entry]")


def unescape_string(value: str) -> str:
    out, characters = [], iter(value)
    for character in characters:
        if character == "\\":
            following = next(characters, "")
            out.append(STRING_ESCAPES.get(following, "\\" + following))
        else:
            out.append(character)
    return "".join(out)


def split_exec(value: str, files: list[str]) -> list[str]:
    arguments: list[str] = []
    current: list[str] | None = None
    quoted = False
    characters = iter(unescape_string(value))
    for character in characters:
        if quoted:
            if character == "\\":
                current = current or []
                current.append(next(characters, ""))
            elif character == '"':
                quoted = False
            else:
                assert current is not None
                current.append(character)
        elif character == '"':
            quoted, current = True, current or []
        elif character in " \t":
            if current is not None:
                arguments.append("".join(current))
                current = None
        else:
            current = current or []
            current.append(character)
    if quoted:
        raise SystemExit("unbalanced quotes in Exec")
    if current is not None:
        arguments.append("".join(current))
    command: list[str] = []
    for argument in arguments:
        if argument in ("%f", "%F", "%u", "%U"):
            command.extend(files[:1] if argument in ("%f", "%u") else files)
        else:
            command.append(argument.replace("%%", "%"))
    return command


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    for argument in split_exec(exec_value(Path(sys.argv[1])), sys.argv[2:]):
        sys.stdout.write(argument + "\0")


if __name__ == "__main__":
    main()
