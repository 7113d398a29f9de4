"""Service directory for the stalking support assistant.

``signposting.directory`` loads the bundled list of helplines and services and
chooses which to show; ``signposting.identity`` spots, from what a person
writes, who they say they are and what kind of help they are asking for.

Nothing is loaded when the package is imported: call
``signposting.directory.load_directory()`` when the data is first needed.
"""
