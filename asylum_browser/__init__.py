"""Asylum Browser: an offline, sourced database of asylum bids at diplomatic missions.

This module is the one source of the application's names and version, so that packaging,
the desktop entry and the window title can never disagree.
"""

__version__ = "0.1.0"
APP_ID = "org.asylumbrowser.AsylumBrowser"
APP_NAME = "Asylum Browser"
