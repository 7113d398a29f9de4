"""The advocate console (issue 10): a page and a JSON API under ``/advocate/``.

``advocate_blueprint(settings)`` serves:

* ``GET /advocate/``: the console, or its sign-in page when signed out;
  ``POST /advocate/login`` (the page's form, then a redirect);
* ``/advocate/static/console.js`` and ``console.css`` (hand-written, no
  framework, no third-party host; a strict Content-Security-Policy);
* the JSON API under ``/advocate/api/`` (described in ``web/openapi.yml``),
  which the console itself uses: sign in and out, the live queue, one
  handover's summary and transcript, claim, take over, release, reply, end,
  a heartbeat, Server-Sent Events, and the audit trail for admins.

Security, in one place: sessions are random tokens in an HttpOnly,
SameSite=Strict cookie limited to ``/advocate`` (Secure unless
ADVOCATE_COOKIE_SECURE is off), kept server-side in Redis with idle and
absolute limits; every state-changing request must come from this site
(``Origin`` matching ``Host``, so a proxy must pass ``Host`` through) and
carry the session's CSRF token in ``X-CSRF-Token`` (the
sign-in form uses a double-submit cookie instead); failed sign-ins are limited
per username and per address; sign-ins, failures and sign-outs go in the
audit trail, and the handover service records the rest. No words anyone
wrote, and no phone number, are logged.

The console's state (Redis client, :class:`handover.service.HandoverService`)
is made when the server starts, and a background task calls the service's
``sweep()`` every ADVOCATE_SWEEP_SECONDS.
"""

from web.advocate._routes import advocate_blueprint

__all__ = ["advocate_blueprint"]
