"""Runs the web service: ``python -m web.server`` (port WEB_PORT, default 8000).

The app itself is built by :func:`web.app.create_app`; this module only reads
the settings once and serves it.
"""

from __future__ import annotations

import logging

from common.settings import get_settings
from web.app import create_app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    settings = get_settings()
    app = create_app(settings)
    app.run(
        host=settings.web_interface,
        port=settings.web_port,
        access_log=False,
        workers=1,
    )


if __name__ == "__main__":
    main()
