"""Runs the web service: ``python -m web.server`` (port WEB_PORT, default 8000).

The app itself is built by :func:`web.app.create_app`; this module only reads
the settings once and serves it.
"""

from __future__ import annotations

import logging

from common.settings import SettingsError, get_settings
from signposting.directory import DirectoryError, cached_directory
from web.app import create_app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        settings = get_settings()
        # A broken services file stops start-up here, naming the entry and field.
        cached_directory(settings.services_file)
    except (SettingsError, DirectoryError) as exc:
        raise SystemExit(f"web.server: {exc}") from None
    app = create_app(settings)
    app.run(
        host=settings.web_interface,
        port=settings.web_port,
        access_log=False,
        workers=1,
    )


if __name__ == "__main__":
    main()
