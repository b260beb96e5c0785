#!/bin/sh
# Runs a test executable as the unprivileged user "nobody" when started as root. Root ignores
# file permissions, so the tests of read-only stores and folders can only run without it.
# The executable is copied to a fresh folder nobody can reach (the build tree may not be).
set -eu
test_binary="$1"
if [ "$(id -u)" != 0 ]; then
    exec "$test_binary"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$test_binary" "$work/"
chmod 755 "$work/$(basename "$test_binary")"
chown nobody:nogroup "$work"
cd "$work"
setpriv --reuid=nobody --regid=nogroup --clear-groups \
    env HOME="$work" TMPDIR="$work" QT_QPA_PLATFORM=offscreen "$work/$(basename "$test_binary")"
