#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Fieldfile contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian packages Fieldfile needs to build, test and run, if any are missing.
# Works on Debian 12 and its derivatives (UOS, Kylin). Uses sudo when not run as root.
#   install-deps.sh                 to build, test and run (make run, make test)
#   install-deps.sh package         also what `make package` needs to make the .deb files
#   install-deps.sh check-packages  also what packaging/check-packages.sh needs to check them
# so that only those who make or check packages install the packaging tools.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config make bzip2 openssl clang-format
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins
  catch2 libsodium-dev libsqlite3-dev zlib1g-dev unicode-data fonts-noto-cjk libfontconfig-dev xvfb xauth
  nginx
  poppler-utils  # pdftotext, pdfinfo, pdftoppm: the printed documents' tests and screenshots
  postgresql libqt6sql6-psql libpq-dev  # the county's PostgreSQL store: its tests' throwaway cluster, Qt's driver, libpq (core/db)
)
case "${1:-}" in
  "") ;;
  package) packages+=(dpkg-dev file) ;;                                        # dpkg-shlibdeps, file (CPack)
  check-packages) packages+=(dpkg-dev file lintian systemd curl xvfb xauth) ;; # lintian, systemd-analyze
  *) echo "install-deps.sh: unknown list '$1' (none, package or check-packages)" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Fieldfile: installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Fieldfile: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
