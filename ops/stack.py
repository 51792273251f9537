"""`python -m ops.stack` (bin/stack): the whole deployment profile on one machine, from Debian's packages: PostgreSQL
(conversations, knowledge base, plan links: separate databases), Redis (the lock store; Slack retry de-duplication),
N action servers and N Rasa replicas behind nginx. The same environment variables configure separate hosts (see
README)."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import signal
import socket
import string
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List

from knowledge.paths import ROOT
from ops.entry import serve_until_stopped, settings_from_env
from ops.metrics import serve_metrics
from ops.settings import StackSettings, load_secrets
from ops.supervisor import UP, NotServing, Service, Supervisor

BIN = Path(sys.executable).parent
PG_BIN = Path("/usr/lib/postgresql/15/bin")
DB_USER = "advisor"
DATABASES = {"tracker": "advisor_tracker", "knowledge": "advisor_knowledge", "plans": "advisor_plans"}


class Stack:
    def __init__(self, settings: StackSettings):
        self.settings = settings
        self.secrets = load_secrets(settings)
        self.group = Supervisor(settings.log_dir, max_restarts=settings.max_restarts, on_change=self._changed)
        self._routed: Dict[str, bool] = {}
        self._proxy_up = False
        self._routes_generation = 0

    # ---- names and addresses ----
    @property
    def replica_names(self) -> List[str]:
        return [f"rasa-{i + 1}" for i in range(self.settings.replicas)]

    @property
    def action_names(self) -> List[str]:
        return [f"actions-{i + 1}" for i in range(self.settings.action_servers)]

    @property
    def token(self) -> str:
        return self.secrets["RASA_AUTH_TOKEN"]

    def replica_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.settings.rasa_ports[self.replica_names.index(name)]}"

    def database_url(self, which: str) -> str:
        return (
            f"postgresql://{DB_USER}:{self.secrets['STACK_DB_PASSWORD']}@127.0.0.1:{self.settings.postgres_port}"
            f"/{DATABASES[which]}"
        )

    def redis_url(self, db: int) -> str:
        return f"redis://:{self.secrets['STACK_REDIS_PASSWORD']}@127.0.0.1:{self.settings.redis_port}/{db}"

    # ---- the whole stack ----
    def start(self, timeout: float = 400) -> None:
        self.start_postgres()
        self.prepare_databases()
        self.start_redis()
        self.build_knowledge()
        self.prepare_metrics()
        for name, port in zip(self.action_names, self.settings.action_ports):
            self.group.start(self._action_server(name, port))
        self.start_nginx()
        for name, port in zip(self.replica_names, self.settings.rasa_ports):
            self.group.start(self._replica(name, port))
        self.group.wait_ready(self.action_names + self.replica_names, timeout)

    def stop(self) -> None:
        self.group.stop_all(["nginx", *self.replica_names, *self.action_names, "redis", "postgres"])
        self.group.parts.clear()  # a later start() begins afresh
        self._routed, self._proxy_up = {}, False

    # ---- what the proxy routes to, and what it reports ----
    def _changed(self, group: Supervisor) -> None:
        """A part changed state: route only to ready replicas and action servers, and rewrite /health (after the
        proxy routes by them, so that "serving" is never said while it still routes to none)."""
        routed = {
            name: group.parts[name].state == UP
            for name in self.replica_names + self.action_names
            if name in group.parts
        }
        # A replica that came up while nginx was starting is in the file but not in what nginx read: the proxy's own
        # coming up is a change of routes too.
        proxy_up = "nginx" in group.parts and group.parts["nginx"].state == UP
        if (routed, proxy_up) != (self._routed, self._proxy_up) and "nginx" in group.parts:
            self._routed, self._proxy_up = routed, proxy_up
            self.write_upstreams()
            if proxy_up:
                try:
                    os.kill(group.pid("nginx"), signal.SIGHUP)  # nginx reloads: new requests follow the new list
                except (ProcessLookupError, TypeError):
                    pass  # nginx died just now: the supervisor's next look restarts it with the new list
                else:
                    self._await_routes(group)
        self.write_health()

    def _await_routes(self, group: Supervisor, seconds: float = 10) -> None:
        """Until nginx's workers route by the list just written. A reload is not done when it is signalled: the old
        workers, which route by the old list (no replica, after a restart), go on taking requests until the new ones
        have started and nginx's master has waited 100 ms more; a turn sent then was answered 503."""
        url = f"http://127.0.0.1:{self.settings.actions_proxy_port}/routes"
        deadline = time.monotonic() + seconds
        nginx = group.parts["nginx"].process
        while _http_text(url) != str(self._routes_generation):
            if nginx is None or nginx.poll() is not None:
                return  # nginx died: the supervisor's next look restarts it, and its start reads the new list
            if time.monotonic() > deadline:
                group.say(f"supervisor: nginx has not taken the new routes after {seconds:.0f} s")
                return
            time.sleep(0.05)
        time.sleep(0.5)  # the master's 100 ms, then the old workers' closing of their listening sockets

    def write_health(self) -> None:
        parts = self.group.health()
        serving = self.group.cannot_serve() is None and all(
            any(parts.get(name, {}).get("state") == UP for name in names)
            for names in (self.replica_names, self.action_names, ["postgres"], ["redis"], ["nginx"])
        )
        folder = self.settings.state_dir / "health"
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / "health.json.new"
        temporary.write_text(json.dumps({"status": "serving" if serving else "degraded", "parts": parts}, indent=1))
        os.chmod(temporary, 0o644)
        temporary.replace(folder / "health.json")  # nginx never reads half a file

    def write_upstreams(self) -> None:
        def servers(names: List[str], ports: List[int]) -> str:
            return "\n".join(
                f"    server 127.0.0.1:{port} max_fails=1 fail_timeout=3s"
                f"{'' if self.group.parts.get(name) and self.group.parts[name].state == UP else ' down'};"
                for name, port in zip(names, ports)
            )

        rasa = servers(self.replica_names, self.settings.rasa_ports)
        actions = servers(self.action_names, self.settings.action_ports)
        self._routes_generation += 1
        (self.settings.state_dir / "nginx" / "upstreams.conf").write_text(
            f'map $host $routes_generation {{\n    default "{self._routes_generation}";\n}}\n'
            f"upstream rasa_round_robin {{\n{rasa}\n    keepalive 32;\n}}\n"
            f"upstream rasa_sticky {{\n    ip_hash;\n{rasa}\n}}\n"
            f"upstream action_servers {{\n{actions}\n    keepalive 16;\n}}\n"
        )

    def prepare_metrics(self) -> None:
        folder = self.settings.state_dir / "metrics"
        shutil.rmtree(folder, ignore_errors=True)  # counts of processes from an earlier run are not this run's
        folder.mkdir(parents=True)

    def __enter__(self) -> "Stack":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---- PostgreSQL ----
    def start_postgres(self) -> None:
        data, run = self.settings.state_dir / "postgres", self.settings.state_dir / "postgres-run"
        user = _service_user("postgres")
        for path in (data, run):
            path.mkdir(parents=True, exist_ok=True)
            if user:
                shutil.chown(path, user, user)
        os.chmod(data, 0o700)
        if not (data / "PG_VERSION").exists():
            subprocess.run(
                [
                    str(PG_BIN / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--auth-local=trust",
                    "--auth-host=scram-sha-256",
                    "-E",
                    "UTF8",
                    "--no-locale",
                ],
                check=True,
                user=user,
                stdout=subprocess.DEVNULL,
            )
        port = self.settings.postgres_port
        self.group.start(
            Service(
                "postgres",
                [
                    str(PG_BIN / "postgres"),
                    "-D",
                    str(data),
                    "-p",
                    str(port),
                    "-k",
                    str(run),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "max_connections=300",
                    "-c",
                    "fsync=on",
                ],
                ready=lambda: _pg_ready(run, port),
                user=user,
                stop_signal=signal.SIGINT,
                port=port,
                start_timeout=60,
            )
        )
        self.group.wait_ready(["postgres"], 60)

    def prepare_databases(self) -> None:
        """The application's role and its databases (idempotent; the role's password follows the secret)."""
        import psycopg2

        run = self.settings.state_dir / "postgres-run"
        connection = psycopg2.connect(
            host=str(run), port=self.settings.postgres_port, user="postgres", dbname="postgres"
        )
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (DB_USER,))
            verb = "ALTER" if cursor.fetchone() else "CREATE"
            cursor.execute(f"{verb} ROLE {DB_USER} LOGIN PASSWORD %s", (self.secrets["STACK_DB_PASSWORD"],))
            for name in DATABASES.values():
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
                if not cursor.fetchone():
                    cursor.execute(f"CREATE DATABASE {name} OWNER {DB_USER}")
        connection.close()

    # ---- Redis ----
    def start_redis(self) -> None:
        folder = self.settings.state_dir / "redis"
        folder.mkdir(parents=True, exist_ok=True)
        config = folder / "redis.conf"
        config.touch(mode=0o600)
        config.write_text(
            f"port {self.settings.redis_port}\nbind 127.0.0.1\nrequirepass {self.secrets['STACK_REDIS_PASSWORD']}\n"
            f'dir {folder}\nsave ""\nappendonly no\nloglevel warning\n'
        )
        self.group.start(
            Service(
                "redis",
                ["redis-server", str(config)],
                ready=lambda: self._redis_ready(),
                stop_signal=signal.SIGTERM,
                port=self.settings.redis_port,
                start_timeout=30,
            )
        )
        self.group.wait_ready(["redis"], 30)

    def _redis_ready(self) -> bool:
        import redis

        try:
            return bool(redis.Redis.from_url(self.redis_url(0), socket_timeout=1).ping())
        except redis.RedisError:
            return False

    # ---- the knowledge base ----
    def build_knowledge(self) -> None:
        subprocess.run(
            [str(BIN / "python"), "-m", "knowledge.build", "--database-only"],
            cwd=ROOT,
            check=True,
            env=self.environment(),
            stdout=subprocess.DEVNULL,
        )

    # ---- the application ----
    def environment(self) -> Dict[str, str]:
        s = self.settings
        env = {name: value for name, value in os.environ.items() if not name.startswith(("SLACK_", "STACK_"))}
        env.update(s.passthrough)
        env.update(
            {
                "TF_CPP_MIN_LOG_LEVEL": "3",
                "RASA_TELEMETRY_ENABLED": "false",  # nothing leaves the machine
                "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
                "DATABASE_URL": self.database_url("knowledge"),
                "PLAN_STORE_URL": self.database_url("plans"),
                "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{s.actions_proxy_port}/webhook",
                "TRACKER_DB_HOST": "127.0.0.1",
                "TRACKER_DB_PORT": str(s.postgres_port),
                "TRACKER_DB_NAME": DATABASES["tracker"],
                "TRACKER_DB_USER": DB_USER,
                "TRACKER_DB_PASSWORD": self.secrets["STACK_DB_PASSWORD"],
                "SQL_POOL_SIZE": "10",
                "SQL_MAX_OVERFLOW": "20",
                "REDIS_HOST": "127.0.0.1",
                "REDIS_PORT": str(s.redis_port),
                "REDIS_PASSWORD": self.secrets["STACK_REDIS_PASSWORD"],
                "REDIS_LOCK_DB": "1",
                "SLACK_DEDUP_REDIS_URL": self.redis_url(2),
                "PUBLIC_BASE_URL": s.passthrough.get("PUBLIC_BASE_URL", s.public_url),
                "ALLOWED_ORIGINS": f"{s.public_url},http://localhost:{s.public_port}",
                "SANIC_HOST": "127.0.0.1",
                "PROMETHEUS_MULTIPROC_DIR": str(s.state_dir / "metrics"),
            }
        )
        return env

    def _action_server(self, name: str, port: int) -> Service:
        return Service(
            name,
            [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "-p", str(port)],
            ready=lambda: _http_ok(f"http://127.0.0.1:{port}/health"),
            role="actions",
            env=self.environment(),
            cwd=ROOT,
            port=port,
            start_timeout=120,
        )

    def _replica(self, name: str, port: int) -> Service:
        command = [
            str(BIN / "rasa"),
            "run",
            "--enable-api",
            f"--auth-token={self.token}",
            "-i",
            "127.0.0.1",
            "-p",
            str(port),
            "-m",
            self.settings.model,
            "--credentials",
            "credentials.yml",
            "--endpoints",
            "ops/endpoints.yml",
        ]
        return Service(
            name,
            command,
            ready=lambda: self._replica_ready(port),
            role="rasa",
            env=dict(self.environment(), LOCK_OWNER=name),
            cwd=ROOT,
            port=port,
            start_timeout=self.settings.replica_start_timeout,
            on_exit=lambda: self._return_lock_tickets(name),
        )

    def _replica_ready(self, port: int) -> bool:
        """Ready when its model is loaded: Rasa answers /status only then (409 when it started without one)."""
        status = _http_status(f"http://127.0.0.1:{port}/status?token={self.token}")
        if status == 409:
            raise NotServing(f"no model loaded from {self.settings.model}")
        return status == 200

    def _return_lock_tickets(self, replica: str) -> None:
        import redis

        from stores.dead_replica_locks import return_tickets_of

        client = redis.Redis.from_url(self.redis_url(1), socket_timeout=2)
        returned = return_tickets_of(client, "advisor:lock:", replica)
        if returned:
            print(f"stack: returned {returned} lock ticket(s) {replica} held", flush=True)

    # ---- nginx ----
    def start_nginx(self) -> None:
        s = self.settings
        folder = s.state_dir / "nginx"
        for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        s.log_dir.mkdir(parents=True, exist_ok=True)
        template = string.Template((ROOT / "ops" / "nginx.conf.template").read_text())
        config = folder / "nginx.conf"
        config.write_text(
            template.substitute(
                user_line="user root;" if os.geteuid() == 0 else "",
                state_dir=s.state_dir,
                log_dir=s.log_dir,
                max_body=s.max_body,
                rate_per_second=s.rate_per_second,
                rate_burst=s.rate_burst,
                socket_burst=s.rate_burst * 5,
                public_host=s.public_host,
                public_port=s.public_port,
                actions_proxy_port=s.actions_proxy_port,
                kiosk_keys="\n".join(f'        "{key}" "kiosk:{key}";' for key in s.kiosk_keys),
            )
        )
        self.write_upstreams()
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        subprocess.run([nginx, "-t", "-q", "-c", str(config), "-p", str(folder)], check=True)
        self.group.start(
            Service(
                "nginx",
                [nginx, "-c", str(config), "-p", str(folder)],
                ready=lambda: _http_ok(f"{s.public_url}/healthz"),
                stop_signal=signal.SIGTERM,
                port=s.public_port,
                start_timeout=30,
            )
        )
        self.group.wait_ready(["nginx"], 30)


def _service_user(name: str):
    """PostgreSQL will not run as root: as root, run it as the `postgres` user Debian's package creates."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(name)
    except KeyError:
        raise RuntimeError(f"running as root needs the '{name}' user (apt-get install postgresql creates it)") from None
    return name


def _pg_ready(run: Path, port: int) -> bool:
    return subprocess.run([str(PG_BIN / "pg_isready"), "-q", "-h", str(run), "-p", str(port)]).returncode == 0


def _http_ok(url: str) -> bool:
    status = _http_status(url)
    return status is not None and status < 500


def _http_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except (urllib.error.URLError, OSError, socket.timeout, UnicodeDecodeError):
        return ""


def _http_status(url: str):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError, socket.timeout):
        return None


def main() -> int:
    """Start the profile, keep it serving (a part that dies is restarted), say where it is; Ctrl-C or SIGTERM stops
    it all (a second one during the shutdown kills what is left)."""
    settings = settings_from_env("stack", StackSettings.from_env)
    stack = Stack(settings)
    stack.group.stop_on_signals()

    def start() -> str:
        started = time.monotonic()
        print(
            f"stack: starting PostgreSQL, Redis, {settings.action_servers} action servers, nginx and "
            f"{settings.replicas} Rasa replicas (state and logs in {settings.state_dir})...",
            flush=True,
        )
        stack.start()
        serve_metrics(settings.metrics_port, str(settings.state_dir / "metrics"), stack.group.health)
        return f"""stack: ready after {time.monotonic() - started:.0f} s.
  {settings.public_url}/web/demo.html             the website widget (socket.io, sticky per client)
  {settings.public_url}/web/kiosk.html            the kiosk (kiosk.html?kiosk=KEY: a key from STACK_KIOSK_KEYS)
  curl -s {settings.public_url}/webhooks/rest/webhook -d '{{"sender": "me", "message": "hi"}}'
  curl -s {settings.public_url}/health                 each part: up, starting, restarting, down
  curl -s http://127.0.0.1:{settings.metrics_port}/metrics           Prometheus (loopback only)
  Rasa's HTTP API is not behind the proxy: each replica on 127.0.0.1:{settings.rasa_ports}, token in
  RASA_AUTH_TOKEN or {settings.state_dir}/secrets.env
A part that dies is restarted; Ctrl-C stops everything; conversations stay in PostgreSQL for the next start."""

    def stop() -> None:
        stack.stop()
        print("stack: stopped", flush=True)

    return serve_until_stopped(
        "stack",
        start,
        stack.group.serve,
        stop,
        lambda lost: f"cannot serve without {lost}: stopping (logs in {settings.log_dir})",
    )


if __name__ == "__main__":
    sys.exit(main())
