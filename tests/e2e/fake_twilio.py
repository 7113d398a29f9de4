"""The tests' Twilio: the project's one local Twilio-compatible server.

``FakeTwilio`` is :class:`devtools.twilio_local.TwilioLocal`, the server
``make run`` starts for the test phone, so tests, benchmarks and developers use
one implementation of the Messages API: basic auth (401, Twilio error 20003),
form fields To, Body, From or MessagingServiceSid, 201 with a message resource,
every call recorded. Tests also use its controls: ``fail_next`` (429/5xx, with
an optional Retry-After), ``drop_next`` (no answer at all), ``sent``,
``bodies``, ``wait_for``/``wait_for_async``, and ``start()`` in the current
event loop or ``start_in_thread()`` for synchronous tests.
"""

from __future__ import annotations

from devtools.twilio_local import Call, TwilioLocal

FakeTwilio = TwilioLocal

__all__ = ["Call", "FakeTwilio"]
