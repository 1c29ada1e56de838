"""The window. The only package that imports PySide6; it sits on the Qt-free core."""
