"""Development tools: stand-ins for outside services, never run in production."""
