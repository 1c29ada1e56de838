"""The user's own cases beside ours: checked as the importer checks them, kept in the
workspace, and built with the bundled records into one database the window and CLI read."""
