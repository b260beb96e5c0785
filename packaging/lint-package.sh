#!/usr/bin/env bash
# Builds the Debian package from a built tree and checks it, fast (ctest runs it as package_lint):
#   - the file name and the computed dependencies (libc6, every linked Qt library);
#   - lintian: no errors and no warnings;
#   - hardening of the executable: PIE, BIND_NOW, fortified functions;
#   - desktop-file-validate on the desktop entry, appstreamcli validate on the AppStream
#     metadata (offline; the screenshots it names must exist in packaging/screenshots);
#   - the manual page has an entry for every command `doccontrol --help` lists.
# Usage: packaging/lint-package.sh [BUILD_DIR]   (default: build/release, built with at least
# the doccontrol target). The last line of its output is the path of the .deb.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$src/build/release}" && pwd)

fail() { echo "lint-package: FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps file lintian desktop-file-validate appstreamcli readelf; do
    command -v "$tool" >/dev/null || fail "$tool is missing (bash packaging/install-deps.sh installs it)"
done
[[ -f $build/CPackConfig.cmake ]] || fail "$build is not a configured build tree"
[[ -x $build/app/doccontrol ]] || fail "$build/app/doccontrol is not built"

# The package: a fresh one every time.
rm -rf "$build/package"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB >"$build/cpack.log" 2>&1; then
    cat "$build/cpack.log" >&2
    fail "cpack failed"
fi
shopt -s nullglob
debs=("$build"/package/*.deb)
((${#debs[@]} == 1)) || fail "expected one .deb in $build/package, found ${#debs[@]}"
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
arch=$(dpkg-deb -f "$deb" Architecture)
[[ $(basename "$deb") == "doccontrol_${version}_${arch}.deb" ]] || fail "$(basename "$deb") is not doccontrol_${version}_${arch}.deb"
echo "== $(basename "$deb")"
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends Recommends
echo

# Dependencies are computed: the C library and every Qt library the executable links.
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6printsupport6 libqt6sql6 libqt6pdfwidgets6 libsodium23 libarchive13 \
           libqt6sql6-sqlite libqt6svg6 fonts-wqy-microhei; do
    # Debian 13 renamed libraries for 64-bit time_t (libqt6core6t64, libarchive13t64).
    grep -Eq "(^|, )$lib(t64)?( |,|$)" <<<"$depends" || fail "Depends lacks $lib"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
exe=$tmp/root/usr/bin/doccontrol

# Hardening: a position-independent executable, relocations bound at start (BIND_NOW), the stack
# protector, and every part compiled with _FORTIFY_SOURCE (the binary shows fortified calls only
# where the compiler cannot prove the bounds; today it proves them all).
elf=$(readelf -hdlSW --dyn-syms "$exe")    # whole, then searched: grep -q would cut the pipe
grep -q 'Type:.*DYN' <<<"$elf" || fail "doccontrol is not a position-independent executable"
grep -Eq 'FLAGS_1.*PIE' <<<"$elf" || fail "doccontrol lacks the PIE flag"
grep -Eq 'BIND_NOW|FLAGS_1.*NOW' <<<"$elf" || fail "doccontrol is not linked with -z now"
grep -q GNU_RELRO <<<"$elf" || fail "doccontrol has no RELRO segment"
grep -q '__stack_chk_fail@' <<<"$elf" || fail "doccontrol is not built with the stack protector"
grep -q '\.symtab' <<<"$elf" && fail "doccontrol is not stripped"
parts="app/CMakeFiles/doccontrol.dir ui/CMakeFiles/doccontrol_ui.dir"
for part in model fileio security search workflow diff render archive store services; do
    parts="$parts core/$part/CMakeFiles/doccontrol_$part.dir"
done
for part in $parts; do
    grep -q -- '-D_FORTIFY_SOURCE=2' "$build/$part/flags.make" || fail "$part is not compiled with -D_FORTIFY_SOURCE=2"
done
echo "== hardening: PIE, RELRO, BIND_NOW, fortify; stripped"

# lintian: errors and warnings fail; informational tags are shown.
echo "== lintian $(lintian --version | awk '{print $2}')"
status=0
lintian --fail-on error,warning --display-info --color never "$deb" >"$tmp/lintian.txt" 2>&1 || status=$?
grep -v 'running with root privileges' "$tmp/lintian.txt" || echo "(no tags)"
((status == 0)) || fail "lintian"

echo "== desktop-file-validate"
desktop-file-validate "$tmp/root/usr/share/applications/doccontrol.desktop" || fail "desktop-file-validate"
echo "ok"

echo "== appstreamcli validate"
metainfo=$tmp/root/usr/share/metainfo/io.github.doccontrol.DocControl.metainfo.xml
appstreamcli validate --no-net --no-color "$metainfo" || fail "appstreamcli validate"
# Offline, the validator cannot fetch the screenshots; each must at least be one of ours.
for url in $(grep -o '<image[^>]*>[^<]*' "$metainfo" | sed 's/.*>//'); do
    [[ $url == https://* ]] || fail "screenshot $url is not an absolute https URL"
    [[ -f $src/packaging/screenshots/$(basename "$url") ]] || fail "screenshot $url is not in packaging/screenshots"
done

# The manual page covers every command: each command's words, as "doccontrol --help" lists
# them, must open a bold entry in doccontrol(1).
echo "== manual page"
man --warnings -E UTF-8 -l -Tutf8 -Z "$tmp/root/usr/share/man/man1/doccontrol.1.gz" >/dev/null 2>"$tmp/man.txt" || true
if [[ -s $tmp/man.txt ]]; then
    cat "$tmp/man.txt" >&2
    fail "groff warnings in doccontrol.1"
fi
page=$(zcat "$tmp/root/usr/share/man/man1/doccontrol.1.gz")
help=$(LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$tmp "$exe" --help) || fail "doccontrol --help"
missing=0
count=0
while read -r line; do
    words=()
    for word in $line; do
        [[ $word =~ ^[a-z][a-z-]*$ ]] || break
        words+=("$word")
    done
    ((${#words[@]})) || continue
    count=$((count + 1))
    roff=$(sed 's/-/\\\\-/g' <<<"${words[*]}")
    if ! grep -Eq "\\\\fB${roff}(\\\\fR| )" <<<"$page"; then
        echo "doccontrol(1) has no entry for: ${words[*]}" >&2
        missing=1
    fi
done < <(sed -n '/^Commands:/,/^$/p' <<<"$help" | sed '1d')
((count > 30)) || fail "found only $count commands in doccontrol --help"
((missing == 0)) || fail "the manual page misses commands"
echo "ok: all $count commands"

echo "lint-package: PASS"
echo "$deb"
