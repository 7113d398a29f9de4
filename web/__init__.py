"""The web service (port 8000): signposting API now; advocate console and widget later."""
