"""The service directory: which helplines and services to offer, and how to reach them.

The data lives in ``signposting/data/services.yml``. Each entry is checked
when it is loaded, so a typo in a phone number or an opening time fails
loudly (:class:`DirectoryError`) instead of reaching a person in danger.

Typical use::

    directory = load_directory()
    for service in directory.find(needs={"stalking"}, area="warrington",
                                  at=datetime.now(timezone.utc), limit=3):
        print(service.contact_line(Medium.WEB))

Private modules, by responsibility: ``_terms`` (the vocabulary), ``_hours``
(:class:`Session`, :class:`OpeningHours`), ``_service`` (:class:`Service`),
``_search`` (:class:`Directory`: lookups and the one ranking) and ``_load``.
Import from here only; ``tests/signposting/test_exported_members.py`` keeps
this list exact. Where a service may be is :data:`signposting.areas.SERVICE_AREAS`.
"""

from signposting.directory._hours import OpeningHours, Session
from signposting.directory._load import (
    DEFAULT_PATH,
    DirectoryError,
    cached_directory,
    load_directory,
)
from signposting.directory._search import Directory
from signposting.directory._service import Service
from signposting.directory._terms import DAYS, IDENTITIES, NEEDS

__all__ = [
    "DAYS",
    "DEFAULT_PATH",
    "IDENTITIES",
    "NEEDS",
    "Directory",
    "DirectoryError",
    "OpeningHours",
    "Service",
    "Session",
    "cached_directory",
    "load_directory",
]
