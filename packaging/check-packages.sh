#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fieldfile contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes the two Debian packages and checks them as a county would use them (CI, .ci/run; or
# `make check-packages`). Needs root or sudo: it installs the packages on this machine, then purges
# them and what their installation added, so the machine is left as it was.
#   1. make package    build/packages/fieldfile_<version>_<arch>.deb, fieldfile-server_<…>.deb,
#                      from the build in $BUILD_DIR (built by make test before it: nothing is rebuilt)
#   2. lintian         any error or warning fails; the output is kept in build/packages/lintian.txt
#                      (overrides, each with its reason: packaging/debian/*.lintian-overrides)
#   3. apt-get install both, their dependencies from the archive as on a fresh machine
#   4. the app         /usr/bin/fieldfile starts offscreen (and on X under Xvfb) with a new database,
#                      in Chinese and in English, shows its main window and quits (--quit-after-start);
#                      `fieldfile report --format pdf` loads its module and writes a PDF
#   5. the server      as the user fieldfile the package made: init a county in /var/lib/fieldfile-server
#                      (as docs/deployment.md says), serve on 127.0.0.1 with the options of
#                      /etc/fieldfile/fieldfile-server.conf, GET /api/v1/ping answers with the county, stop
#   6. an upgrade      the server's package installed over itself keeps a changed settings file and
#                      the county
#   7. the unit        systemd-analyze verify /lib/systemd/system/fieldfile-server.service
#   8. apt-get purge   both packages, the packages their installation pulled in, the user fieldfile;
#                      the purge must have kept the county (then the check removes it)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
COUNTY=371321

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "check-packages: installs packages, so it needs root or sudo" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt_get() { "${SUDO[@]}" apt-get -y -q -o DPkg::Lock::Timeout=300 "$@"; }
# Runs a command as the user fieldfile, as the service does (setpriv execs it: its pid is the command's).
# (Written after "${SUDO[@]}": sudo runs setpriv as root.)
AS_FIELDFILE=(setpriv --reuid fieldfile --regid fieldfile --init-groups --)
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
section() { echo "--- $*"; }

for p in fieldfile fieldfile-server; do
  if installed "$p"; then
    echo "check-packages: $p is installed on this machine already; this check installs and purges it," \
         "so remove it first (apt-get remove $p)" >&2
    exit 1
  fi
done

if [ -e /var/lib/fieldfile-server ]; then
  echo "check-packages: /var/lib/fieldfile-server exists (a county may live there); this check makes a" \
       "county there and removes it afterwards, so it does not run on this machine" >&2
  exit 1
fi

bash packaging/install-deps.sh check-packages

section "make package"
make --no-print-directory package BUILD_DIR="$BUILD_DIR"
packages_dir=$(cd "$BUILD_DIR/packages" && pwd)
app_deb=$(ls "$packages_dir"/fieldfile_*.deb)
server_deb=$(ls "$packages_dir"/fieldfile-server_*.deb)

section "lintian"
# --pedantic shows everything lintian has to say (info and pedantic tags too); only errors and
# warnings fail.
lintian_out="$packages_dir/lintian.txt"
status=0
# Not as root (lintian advises against it): as nobody, when this runs as root.
as_nobody=()
[ "$(id -u)" -eq 0 ] && as_nobody=(setpriv --reuid nobody --regid nogroup --clear-groups --)
"${as_nobody[@]}" env HOME=/tmp lintian --pedantic --display-info --fail-on error,warning "$app_deb" "$server_deb" \
  >"$lintian_out" 2>&1 || status=$?
sed 's/^/    /' "$lintian_out"
if [ "$status" -ne 0 ]; then
  echo "check-packages: lintian found errors or warnings (above)" >&2
  exit 1
fi
echo "lintian: no errors or warnings ($(grep -c . "$lintian_out" || true) informational tags, above)"

# What the machine holds before, to leave it so afterwards: the packages the installation will add
# (apt-get's plan, not a comparison of everything installed, which other work on the machine may
# change meanwhile), the user, the group, the state folder.
work=$(mktemp -d)
apt-get install -s -q --no-install-recommends "$app_deb" "$server_deb" 2>/dev/null \
  | awk '/^Inst / && $3 !~ /^\[/ && $2 !~ /^fieldfile/ {print $2}' >"$work/pulled-in"
user_existed=no
getent passwd fieldfile >/dev/null && user_existed=yes
group_existed=no
getent group fieldfile >/dev/null && group_existed=yes
county_made=no
server_pid=
passed=no
cleanup() {
  local rc=$?
  set +e
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  section "purge"
  if installed fieldfile || installed fieldfile-server; then
    apt_get purge fieldfile fieldfile-server >/dev/null
  fi
  local added=()
  while read -r p; do installed "$p" && added+=("$p"); done <"$work/pulled-in"
  if [ ${#added[@]} -gt 0 ]; then
    echo "removing what the installation pulled in: ${added[*]}"
    apt_get purge "${added[@]}" >/dev/null
  fi
  [ "$user_existed" = no ] && getent passwd fieldfile >/dev/null && "${SUDO[@]}" deluser --quiet --system fieldfile 2>/dev/null
  [ "$group_existed" = no ] && getent group fieldfile >/dev/null && "${SUDO[@]}" delgroup --quiet --system fieldfile 2>/dev/null
  "${SUDO[@]}" rm -rf "$work"
  # A purge never removes a county: this check made one, so it must still be there; then it goes.
  if [ "$county_made" = yes ]; then
    if "${SUDO[@]}" test -f /var/lib/fieldfile-server/county.db -a -f /var/lib/fieldfile-server/county.db.keys; then
      echo "the purge kept the county's database and keys; removing them (this check made them)"
    else
      echo "check-packages: the purge removed the county's database or keys" >&2
      rc=1
    fi
    "${SUDO[@]}" rm -rf /var/lib/fieldfile-server
  fi
  for left in /usr/bin/fieldfile /usr/bin/fieldfile-server /etc/fieldfile /var/lib/fieldfile-server \
              /lib/systemd/system/fieldfile-server.service; do
    if [ -e "$left" ]; then
      echo "check-packages: $left is still there after the purge" >&2
      rc=1
    fi
  done
  if [ "$passed" = yes ] && [ "$rc" -eq 0 ]; then
    echo "check-packages: both packages are lintian-clean, install, start, verify and purge"
  fi
  exit $rc
}
trap cleanup EXIT

section "apt-get install"
# Without the recommended packages: what Depends names must be enough for both to start.
if ! apt_get install --no-install-recommends "$app_deb" "$server_deb" >"$work/apt.log" 2>&1; then
  cat "$work/apt.log" >&2
  echo "check-packages: the packages do not install" >&2
  exit 1
fi
grep -E '^Setting up fieldfile|newly installed' "$work/apt.log" | sed 's/^/    /'
dpkg -L fieldfile fieldfile-server \
  | grep -E '^/(usr/bin/|usr/lib/[^/]+/fieldfile/|etc/fieldfile/|lib/systemd/system/|usr/share/(applications|metainfo|icons/hicolor/[^/]+/apps)/)[^/]+$' \
  | sed 's/^/    /'
getent passwd fieldfile | sed 's/^/    user: /'
stat -c '    %n: %U:%G %a' /var/lib/fieldfile-server

section "the installed app"
# A new, empty database (no profile and no password to type); its own home for its settings.
mkdir -p "$work/home"
start_app() { # PLATFORM LANGUAGE
  local language=$2 wrapper=()
  [ "$1" = xcb ] && wrapper=(xvfb-run -a)
  env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM="$1" \
    timeout 60 "${wrapper[@]}" /usr/bin/fieldfile --database "$work/app-$1-$language.db" --no-demo \
    --language "$language" --quit-after-start 2>"$work/app.err"
}
check_title() { # PLATFORM LANGUAGE EXPECTED
  local title
  if ! title=$(start_app "$1" "$2"); then
    cat "$work/app.err" >&2
    echo "check-packages: the installed app did not start ($1, $2)" >&2
    return 1
  fi
  if [[ "$title" != *"$3"* ]]; then
    cat "$work/app.err" >&2
    echo "check-packages: the app's window is titled '$title', not '$3…' ($1, $2)" >&2
    return 1
  fi
  echo "    $1, $2: started, window \"$title\", quit"
}
check_title offscreen zh_CN "一户一档"
check_title offscreen en "Fieldfile"
if command -v xvfb-run >/dev/null; then
  check_title xcb zh_CN "一户一档"
fi
# The dashboard, printing and sync are in the module the app loads when first used
# (/usr/lib/<arch>/fieldfile/fieldfile-parts.so): a printed report, written as PDF, loads it.
if ! env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen \
     timeout 60 /usr/bin/fieldfile report --database "$work/app-offscreen-en.db" --scope county \
     --period 2026-11 --format pdf --output "$work/report.pdf" --language en >"$work/report.log" 2>&1 ||
   ! head -c 5 "$work/report.pdf" | grep -q '%PDF-'; then
  cat "$work/report.log" >&2
  echo "check-packages: the installed app did not load its module to print a report" >&2
  exit 1
fi
echo "    report --format pdf: the module loaded, $(stat -c %s "$work/report.pdf") bytes of PDF"

section "the installed server"
# The county made as the guide says, in the folder the package made, as the user fieldfile.
county_db=/var/lib/fieldfile-server/county.db
"${SUDO[@]}" "${AS_FIELDFILE[@]}" /usr/bin/fieldfile-server --database "$county_db" init --county "$COUNTY" \
  | sed 's/^/    /'
county_made=yes
# With the options of the installed settings file, as the service passes them (only the port is
# any free one), so a shipped option the server refuses fails here.
# shellcheck source=/dev/null # the installed settings file
serve_options=$(set -a && . /etc/fieldfile/fieldfile-server.conf && echo "${FIELDFILE_SERVE_OPTIONS:-}")
echo "    serve --listen 127.0.0.1:0 $serve_options"
# shellcheck disable=SC2086 # split into words, as systemd splits $FIELDFILE_SERVE_OPTIONS
"${SUDO[@]}" "${AS_FIELDFILE[@]}" /usr/bin/fieldfile-server --database "$county_db" serve --listen 127.0.0.1:0 \
  $serve_options >"$work/serve.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 300); do
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*|\1|p' "$work/serve.log" | head -n 1)
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  cat "$work/serve.log" >&2
  echo "check-packages: the installed server did not start" >&2
  exit 1
fi
answer=$(curl -fsS --max-time 10 "http://127.0.0.1:$port/api/v1/ping")
echo "    GET http://127.0.0.1:$port/api/v1/ping: $answer"
if [[ "$answer" != *"\"county\":\"$COUNTY\""* ]]; then
  echo "check-packages: the server's ping does not name county $COUNTY" >&2
  exit 1
fi
kill "$server_pid"
wait "$server_pid" || true
server_pid=
echo "    stopped"

section "an upgrade keeps the settings and the county"
# The same package again, as an upgrade runs: prerm upgrade, unpack, postinst configure <version>.
echo "# changed by check-packages" | "${SUDO[@]}" tee -a /etc/fieldfile/fieldfile-server.conf >/dev/null
if ! apt_get install --reinstall "$server_deb" >"$work/apt.log" 2>&1; then
  cat "$work/apt.log" >&2
  echo "check-packages: the server's package does not install over itself" >&2
  exit 1
fi
if ! grep -q "^# changed by check-packages" /etc/fieldfile/fieldfile-server.conf; then
  echo "check-packages: the upgrade replaced the changed /etc/fieldfile/fieldfile-server.conf" >&2
  exit 1
fi
"${SUDO[@]}" test -f "$county_db"
echo "    /etc/fieldfile/fieldfile-server.conf keeps its change, $county_db is there"

section "systemd-analyze verify"
unit=/lib/systemd/system/fieldfile-server.service
# Not every machine runs systemd (a container, CI): verify reads the unit files alone; --man=no
# does not look up the Documentation= manual page (lintian checks that the page is there).
if ! "${SUDO[@]}" systemd-analyze verify --man=no "$unit" 2>&1 | tee "$work/verify.log" | sed 's/^/    /'; then
  exit 1
fi
if [ -s "$work/verify.log" ]; then
  echo "check-packages: systemd-analyze verify has something to say about $unit (above)" >&2
  exit 1
fi
echo "    $unit: no findings"
passed=yes
