#!/usr/bin/env bash
# Installs exactly the Debian packages DocControl needs to build, run and test.
# Idempotent: packages already present are skipped; nothing is downloaded but Debian packages.
#   --without-test-tools   skip what only the tests, screenshots and package checks need (Xvfb,
#                          poppler-utils, lintian and the metadata validators, debootstrap)
set -euo pipefail

build_and_run=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-pdf-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  libarchive-dev libsodium-dev fonts-wqy-microhei
)
# The package checks: dpkg-dev and file for dpkg-shlibdeps (cpack), lintian, desktop-file-utils and
# appstream validate it (ctest package_lint); debootstrap makes packaging/check-package.sh's chroot;
# postgresql runs the throwaway cluster of the suites labelled "postgres" (tests/pg/pgcluster.sh).
tests=(xvfb xauth poppler-utils dpkg-dev file lintian desktop-file-utils appstream debootstrap postgresql)

wanted=("${build_and_run[@]}")
if [[ "${1:-}" != "--without-test-tools" ]]; then
  wanted+=("${tests[@]}")
fi

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#wanted[@]} packages are present"
  exit 0
fi

sudo=()
if ((EUID != 0)); then
  sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
