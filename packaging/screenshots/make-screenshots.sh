#!/bin/sh
# Rebuilds the README's screenshots from the real widgets on the demo store, in English and
# Chinese, under Xvfb. Run from the project folder after `cmake --build --preset release`.
set -eu
build=${1:-build/release}
out=$(cd "$(dirname "$0")" && pwd)
qm="$build/translations/doccontrol_zh_CN.qm"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb DC_SHOTS="$tmp/en" "$build/tests/gui/tst_screens" >/dev/null
xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb DC_SHOTS="$tmp/zh" DC_SHOTS_LANG=zh_CN DC_SHOTS_QM="$qm" \
    "$build/tests/gui/tst_screens" >/dev/null
for name in document-content tasks dialog-sign dialog-edit dialog-route dialog-administration dialog-auditlog dialog-verify dialog-import; do
    cp "$tmp/en/$name.png" "$out/en-$name.png"
    cp "$tmp/zh/$name.png" "$out/zh-$name.png"
done
echo "screenshots written to $out"
