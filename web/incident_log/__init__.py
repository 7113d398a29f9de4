"""The incident log's HTTP API on the web service (issue 13): ``incident_log_blueprint``."""

from web.incident_log._routes import incident_log_blueprint

__all__ = ["incident_log_blueprint"]
