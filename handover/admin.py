"""Admin command for advocate accounts.

    python -m handover.admin create <username> [--admin]
    python -m handover.admin disable <username>
    python -m handover.admin list

The password is asked at a prompt (twice), or read as one line from standard
input when that is not a terminal (``printf '%s\\n' "$PW" | python -m
handover.admin create sam``). It is never an argument, so it stays out of
shell history and the process list. Uses Redis as set in ``.env``.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from typing import TextIO

from redis.asyncio import Redis

from common.settings import Settings, get_settings
from handover.accounts import AccountError, AccountStore, Role
from handover.audit import SYSTEM, Action, AuditTrail
from handover.config import HandoverConfig


def _read_password(stdin: TextIO) -> str:
    if stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != first:
            raise AccountError("the two passwords differ")
        return first
    return stdin.readline().rstrip("\r\n")


async def run(
    argv: list[str], store: AccountStore, audit: AuditTrail, stdin: TextIO, stdout: TextIO
) -> int:
    """Runs one admin command; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m handover.admin")
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create", help="create an advocate account")
    create.add_argument("username")
    create.add_argument("--admin", action="store_true", help="may also read the audit trail")
    commands.add_parser("disable", help="disable an account at once").add_argument("username")
    commands.add_parser("list", help="list accounts")
    args = parser.parse_args(argv)

    try:
        if args.command == "create":
            store.check_username(args.username)
            password = _read_password(stdin)
            role = Role.ADMIN if args.admin else Role.ADVOCATE
            await store.create(args.username, password, role)
            await audit.record(SYSTEM, Action.ACCOUNT_CREATED, args.username)
            print(f"created {role.value} {args.username}", file=stdout)
        elif args.command == "disable":
            if not await store.disable(args.username):
                print(f"no account {args.username}", file=sys.stderr)
                return 1
            await audit.record(SYSTEM, Action.ACCOUNT_DISABLED, args.username)
            print(f"disabled {args.username}", file=stdout)
        else:
            for account in await store.list():
                state = "disabled" if account.disabled else "enabled"
                print(f"{account.username}\t{account.role.value}\t{state}", file=stdout)
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


async def _main(argv: list[str], settings: Settings) -> int:
    redis = Redis(
        host=settings.redis_host,
        port=settings.redis_port,
        password=settings.redis_password or None,
        db=settings.redis_db,
        decode_responses=True,
    )
    try:
        config = HandoverConfig.from_settings(settings)
        return await run(
            argv, AccountStore(redis, config), AuditTrail(redis, config), sys.stdin, sys.stdout
        )
    finally:
        await redis.close()


def main() -> None:
    sys.exit(asyncio.run(_main(sys.argv[1:], get_settings())))


if __name__ == "__main__":
    main()
