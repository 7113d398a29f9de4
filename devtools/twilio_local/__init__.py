"""A local Twilio-compatible server: the Messages API and a test phone.

The one stand-in for Twilio's cloud, used by ``make run`` (a test phone page at
http://localhost:8010/), by the tests and by the benchmarks. Real parts
everywhere else: texts reach the real SMS webhook, signed exactly as Twilio
signs them, and the service's replies come back through the real Messages API
client.

Run it with ``python -m devtools.twilio_local`` (settings from ``.env``).
"""

from devtools.twilio_local._phone import DRAMA_RANGE_HELP, PhoneNumberError, drama_number
from devtools.twilio_local._record import Call, Text
from devtools.twilio_local._server import TwilioLocal

__all__ = ["DRAMA_RANGE_HELP", "Call", "PhoneNumberError", "Text", "TwilioLocal", "drama_number"]
