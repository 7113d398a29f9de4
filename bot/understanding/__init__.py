"""Understanding a message well enough to answer it, or saying honestly that we did not.

``suggestions``: when NLU confidence is low, which topics to offer as choices.
"""
