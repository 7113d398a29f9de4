"""The web chat widget's assets and a demo host page, as one blueprint.

``widget_blueprint(settings)`` serves:

* ``/`` the demo "Stalking: get help" page with the widget's one script tag;
* ``/widget/webchat.js``, ``/widget/webchat.css`` (and ``demo.css``), the widget.

Every response carries a strict Content-Security-Policy: scripts, styles and
images from this origin only, connections only to this origin and the Rasa
server (WEBCHAT_SERVER_URL), no frames, no forms, no third-party host. Nothing
is cached, so the browser's cache keeps no trace of the chat.
"""

from web.widget._routes import content_security_policy, widget_blueprint

__all__ = ["content_security_policy", "widget_blueprint"]
