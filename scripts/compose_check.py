#!/usr/bin/env python3
"""make compose-check: validate compose.yaml's wiring without a container engine.

Starts the seven service jars and the gateway as separate processes, each with exactly the
environment compose.yaml gives its container (plus the image's own ENV from the Dockerfile), with the
compose host names mapped to 127.0.0.1, the volumes to temporary directories (the gateway's web
player to web/dist) and a fresh database on the local PostgreSQL. Then waits for every service to be
healthy, logs in as the compose admin and as a new user, goes through each service once directly
and through the gateway, and stops everything.
"""
import glob
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOSTS = {"postgres": "127.0.0.1", "auth-service": "127.0.0.1", "user-service": "127.0.0.1",
         "album-service": "127.0.0.1", "song-service": "127.0.0.1", "media-service": "127.0.0.1",
         "playlist-service": "127.0.0.1", "subsonic-service": "127.0.0.1"}
SERVICES = ["user-service", "auth-service", "album-service", "song-service", "media-service",
            "playlist-service", "subsonic-service", "gateway"]
GATEWAY = "http://127.0.0.1:8080"


def shown(key, value):
    """A variable as the log shows it: passwords and secrets, also the one in a database URL, masked."""
    if "PASSWORD" in key or "SECRET" in key:
        return "***"
    return re.sub(r"(://[^:/@]+:)[^@]+@", r"\1***@", value)

def substitute(value, variables):
    def repl(match):
        name, op, arg = match.group(1), match.group(2), match.group(3)
        if name in variables:
            return variables[name]
        if op == ":-":
            return arg
        raise SystemExit(f"compose needs ${name}: {arg}")
    return re.sub(r"\$\{(\w+)(?:(:[-?])([^}]*))?\}", repl, str(value))


def image_env(target):
    """ENV lines of the Dockerfile's base stage and of the service's own stage."""
    env, stage = {}, None
    lines = open(os.path.join(ROOT, "Dockerfile")).read().replace("\\\n", " ").splitlines()
    for line in lines:
        m = re.match(r"FROM \S+ AS (\S+)", line)
        if m:
            stage = m.group(1)
        elif line.startswith("ENV ") and stage in ("base", target):
            for key, val in re.findall(r'(\w+)=("[^"]*"|\S+)', line[4:]):
                env[key] = val.strip('"')
    return env


def http(method, url, body=None, token=None):
    req = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body else None)
    if body:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")
    except (urllib.error.URLError, ConnectionError):
        return 0, None


def fetch_text(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, ""
    except (urllib.error.URLError, ConnectionError):
        return 0, ""


def main():
    compose = yaml.safe_load(open(os.path.join(ROOT, "compose.yaml")))
    db = "mp_compose_" + secrets.token_hex(4)
    variables = {"POSTGRES_PASSWORD": secrets.token_hex(12), "MUSICPLAYER_ADMIN_PASSWORD": secrets.token_hex(12),
                 "MUSICPLAYER_API_KEYS_SECRET": secrets.token_hex(24)}
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc",
                    "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='musicplayer') "
                    "THEN CREATE ROLE musicplayer LOGIN; END IF; END$$;"], check=True)
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {db} OWNER musicplayer"], check=True)
    processes, logs = [], tempfile.mkdtemp(prefix="musicplayer-compose-")
    checks = failures = 0
    try:
        for name in SERVICES:
            env = image_env(name)
            for key, value in (compose["services"][name].get("environment") or {}).items():
                value = substitute(value, variables)
                for host, ip in HOSTS.items():
                    value = value.replace(f"@{host}:", f"@{ip}:").replace(f"//{host}:", f"//{ip}:")
                env[key] = re.sub(r"/musicplayer$", "/" + db, value) if key == "DATABASE_URL" else value
            env["MUSICPLAYER_DATA_DIR"] = os.path.join(logs, name)  # the container's /data volume
            if env.get("MUSICPLAYER_MUSIC_DIRS") == "/music":  # the read-only music volume
                env["MUSICPLAYER_MUSIC_DIRS"] = os.path.join(logs, "music")
                os.makedirs(env["MUSICPLAYER_MUSIC_DIRS"], exist_ok=True)
            if env.get("MUSICPLAYER_WEB_DIR") == "/app/web":  # the image's copy of web/dist
                env["MUSICPLAYER_WEB_DIR"] = os.path.join(ROOT, "web", "dist")
            env["PATH"] = os.environ["PATH"]
            jar = glob.glob(os.path.join(ROOT, name, "target", f"{name}-*-exec.jar"))[0]
            print(f"  {name}: " + " ".join(f"{k}={shown(k, v)}" for k, v in sorted(env.items()) if k != "PATH"))
            out = open(os.path.join(logs, name + ".log"), "w")
            processes.append(subprocess.Popen(["java", "-XX:TieredStopAtLevel=1", "-jar", jar], env=env, stdout=out, stderr=subprocess.STDOUT))
            if name == "user-service":  # it migrates the schema; let it finish before the others validate
                wait_healthy([8003], 90)
        wait_healthy([8000, 8001, 8002, 8003, 8004, 8005, 4533, 8080], 120)

        def check(ok, what):
            nonlocal checks, failures
            checks += 1
            failures += 0 if ok else 1
            print(("  ok   " if ok else "  FAIL ") + what)

        admin_email = substitute(compose["services"]["user-service"]["environment"]["MUSICPLAYER_ADMIN_EMAIL"], variables)
        status, body = http("POST", "http://127.0.0.1:8000/auth/login",
                            {"email": admin_email, "password": variables["MUSICPLAYER_ADMIN_PASSWORD"]})
        check(status == 200, "compose admin logs in through auth-service -> user-service")
        admin = body["auth_token"] if status == 200 else None
        status, _ = http("POST", "http://127.0.0.1:8002/songs", {"title": "Wired", "artist": "Compose", "genre": "Test",
                                                                  "file_url": "https://example.com/w.mp3"}, admin)
        check(status == 201, "song-service accepts the admin token (JWKS from auth-service)")
        status, _ = http("POST", "http://127.0.0.1:8003/users", {"username": "wired", "email": "wired@example.com",
                                                                  "password": "wired-password", "first_name": "W"})
        check(status == 201, "user registers")
        status, body = http("POST", "http://127.0.0.1:8000/auth/login", {"email": "wired@example.com", "password": "wired-password"})
        check(status == 200, "user logs in")
        status, _ = http("GET", "http://127.0.0.1:8001/albums", None, None)
        check(status == 200, "album-service lists albums from PostgreSQL")
        status, body = http("GET", "http://127.0.0.1:8004/library/scans/current", None, admin)
        check(status == 200 and body["state"] in ("running", "finished"),
              "media-service scanned its music volume at start (scan-on-start)")
        status, body = http("POST", "http://127.0.0.1:8000/auth/api-keys", {"name": "compose"}, admin)
        check(status == 201, "auth-service creates an API key")
        key = body["key"] if status == 201 else ""
        status, body = http("GET", "http://127.0.0.1:4533/rest/ping?f=json&c=compose&v=1.16.1&apiKey=" + key)
        check(status == 200 and body["subsonic-response"]["status"] == "ok",
              "subsonic-service signs in with that key (the same MUSICPLAYER_API_KEYS_SECRET)")
        status, body = http("POST", "http://127.0.0.1:8005/playlists", {"name": "Wired"}, admin)
        check(status == 201 and body["version"] == 1, "playlist-service accepts the admin token and writes to PostgreSQL")
        # the gateway, with compose's service URLs: one origin for every route (DESIGN §12)
        status, body = http("POST", GATEWAY + "/auth/login",
                            {"email": admin_email, "password": variables["MUSICPLAYER_ADMIN_PASSWORD"]})
        check(status == 200 and "auth_token" in body, "the gateway routes a login to auth-service")
        status, body = http("GET", GATEWAY + "/users/me", None, admin)
        check(status == 200 and body["email"] == admin_email, "the gateway routes /users/me to user-service")
        status, body = http("GET", GATEWAY + "/playlists", None, admin)
        check(status == 200 and [p["name"] for p in body] == ["Wired"], "the gateway routes /playlists to playlist-service")
        status, body = http("GET", GATEWAY + "/songs?q=Wired", None, None)
        check(status == 200 and [s["title"] for s in body] == ["Wired"], "the gateway routes /songs to song-service")
        status, body = http("GET", GATEWAY + "/library/scans/current", None, admin)
        check(status == 200 and body["state"] in ("running", "finished"), "the gateway routes /library to media-service")
        status, body = http("GET", GATEWAY + "/rest/ping?f=json&c=compose&v=1.16.1&apiKey=" + key)
        check(status == 200 and body["subsonic-response"]["status"] == "ok", "the gateway routes /rest to subsonic-service")
        index = os.path.join(ROOT, "web", "dist", "index.html")
        if os.path.exists(index):
            status, page = fetch_text(GATEWAY + "/")
            check(status == 200 and page == open(index).read(), "the gateway serves the web player from its web directory")
        else:
            print("  (no web/dist: the web player's check needs `make web` first)")
        print(f"compose-check: {checks - failures} passed, {failures} failed")
        if failures:
            print(f"  the services' logs are kept in {logs}")
        return 1 if failures else 0
    finally:
        for p in processes:
            p.terminate()
        for p in processes:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)"])
        if checks and not failures:
            shutil.rmtree(logs, ignore_errors=True)


def wait_healthy(ports, limit):
    deadline = time.time() + limit
    while time.time() < deadline:
        if all(http("GET", f"http://127.0.0.1:{p}/health")[0] == 200 for p in ports):
            return
        time.sleep(0.5)
    raise SystemExit(f"services on {ports} not healthy after {limit}s")


if __name__ == "__main__":
    sys.exit(main())
