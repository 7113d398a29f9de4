"""An incident log a person being stalked keeps with the assistant (issue 13).

A library like :mod:`signposting`: no Rasa, no web framework.

* :mod:`incident_log.extract`: what a person's own account already says
  (when, where, registrations, handles, emails, web addresses, numbers).
* :mod:`incident_log.mentions`: what an account names besides when (the place,
  registrations, handles, addresses, numbers), read by :mod:`~incident_log.extract`.
* :mod:`incident_log.model`: an :class:`~incident_log.model.Entry` and its
  dated :class:`~incident_log.model.Amendment` (never a silent edit).
* :mod:`incident_log.vault`: the log behind a code only the person holds,
  encrypted at rest in Redis.
* :mod:`incident_log.export`: CSV and a police-ready PDF.

Nothing is loaded or connected at import.
"""
