"""A throwaway PostgreSQL server for the ledger tests: initdb and pg_ctl on a temporary folder.

Used by ``.ci/run`` (``eval "$(python3 tests/postgres_server.py start)"`` sets
``CLAIMCHECK_TEST_POSTGRES`` to the server's URL and ``CLAIMCHECK_TEST_POSTGRES_DIR`` to its folder)
and by the ``postgres_url`` fixture when that variable is not set. The server listens on
127.0.0.1 on a free port, trusts local connections and keeps its data in a new temporary folder;
``stop DIR`` shuts it down and removes the folder. As root it runs as the ``postgres`` user (initdb refuses root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ENV = "CLAIMCHECK_TEST_POSTGRES"
USER = "claimcheck"


class Unavailable(Exception):
    """Why a server could not be started (said in the skip reason)."""


def bin_dir() -> Path:
    """The newest installed PostgreSQL's programs (Debian keeps them under /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Unavailable("PostgreSQL is not installed (apt-get install postgresql)")


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable("running as root and there is no 'postgres' user to run the server") from None
    return ["runuser", "-u", "postgres", "--", *cmd]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start() -> tuple[str, Path]:
    """Start a server with its data in a new temporary folder; returns its URL and the folder.

    The folder is made directly in the system's temporary folder, which the ``postgres`` user can
    reach (a test's ``tmp_path`` is private to root).
    """
    programs = bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="claimcheck-postgres-"))
    data = folder / "data"
    if os.geteuid() == 0:
        _as_owner([])  # raises when there is no postgres user
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    port = _free_port()

    def run(cmd: list[str]) -> None:
        done = subprocess.run(_as_owner(cmd), capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            raise Unavailable(f"{Path(cmd[0]).name} failed: {lines[-1] if lines else done.returncode}")

    run([str(programs / "initdb"), "-D", str(data), "-A", "trust", "-U", USER, "-E", "UTF8", "--no-sync"])
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    run([str(programs / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "start"])
    return f"postgresql://{USER}@127.0.0.1:{port}/postgres", folder


def stop(folder: Path) -> None:
    """Stop the server whose data is in ``folder`` (quietly, if it is not running) and remove the folder."""
    try:
        programs = bin_dir()
    except Unavailable:
        return
    subprocess.run(
        _as_owner([str(programs / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"]),
        capture_output=True,
        timeout=60,
        check=False,
    )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    # start: prints shell lines for eval (the URL and the folder to stop), or an echo saying why not
    if sys.argv[1] == "start":
        try:
            url, folder = start()
            print(f"export {ENV}={url} {ENV}_DIR={folder}")
        except Unavailable as why:
            print(f"echo 'ci: no PostgreSQL server for the ledger tests: {why}' >&2")
    else:
        stop(Path(sys.argv[2]))
