"""One error type for "this field is bad" and one JSON error shape.

Shared by the Rasa channels (REST, web chat) and the web service's API, so a
client sees ``{"error": "...", "field": "..."}`` for every bad request.
"""

from __future__ import annotations


class FieldError(ValueError):
    """A request field is missing or has a value we cannot use.

    Attributes:
        field: The field's name as the client sent it (``body`` for the whole body).
        problem: A plain sentence saying what is wrong, safe to show the client.
    """

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem


def error_body(err: FieldError) -> dict[str, str]:
    """The JSON body of a 400 answer."""
    return {"error": err.problem, "field": err.field}
