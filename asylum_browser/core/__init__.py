"""The Qt-free core: opening databases, the search language, queries, export and rendering.

Nothing in this package may import PySide6; the CLI and the GUI both sit on top of it.
"""
