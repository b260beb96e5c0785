#!/usr/bin/env bash
# Installs the Debian package on a clean Debian, as a new administrator would, and uses it:
#   1. builds the doccontrol target and the package, and checks it (packaging/lint-package.sh:
#      lintian, desktop-file-validate, appstreamcli validate, the manual page);
#   2. makes a clean Debian with debootstrap --variant=minbase (12 "bookworm" by default);
#   3. apt-get install ./doccontrol_VERSION_amd64.deb there, Recommends and all;
#   4. as an ordinary user: doccontrol --version, the README's example session (init, user add,
#      doc new with Chinese content, review, approval, release, export pdf, verify) with the
#      PDF's text checked by pdftotext and its fonts by pdffonts, and --demo offscreen for 20 s.
# Run it as root (or it asks sudo): debootstrap and chroot need it. Takes a few minutes; the
# downloaded Debian packages are kept in a cache for the next run.
#
# Usage: packaging/check-package.sh [--debian 12|13] [--build-dir DIR] [--mirror URL] [--keep]
#   --debian 13    install on Debian 13 "trixie" instead of Debian 12
#   --build-dir    the build tree (default build/release, configured with the release preset)
#   --mirror       the Debian mirror (default http://deb.debian.org/debian)
#   --keep         keep the chroot afterwards (its path is printed)
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
debian=12
build=$src/build/release
mirror=http://deb.debian.org/debian
keep=0
while (($#)); do
    case $1 in
        --debian) debian=$2; shift 2 ;;
        --build-dir) build=$2; shift 2 ;;
        --mirror) mirror=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "check-package: unknown option $1" >&2; exit 2 ;;
    esac
done
case $debian in
    12) suite=bookworm ;;
    13) suite=trixie ;;
    *) echo "check-package: --debian takes 12 or 13" >&2; exit 2 ;;
esac
if ((EUID != 0)); then
    exec sudo --preserve-env=CCACHE_BASEDIR,CMAKE_BUILD_PARALLEL_LEVEL bash "$0" --debian "$debian" --build-dir "$build" --mirror "$mirror" $( ((keep)) && echo --keep)
fi
for tool in debootstrap chroot pdftotext pdffonts cmake; do
    command -v "$tool" >/dev/null || { echo "check-package: $tool is missing (bash packaging/install-deps.sh installs it)" >&2; exit 1; }
done

started=$(date +%s)
step() { printf '\n=== [%3ss] %s\n' "$(($(date +%s) - started))" "$*"; }
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }

# 1. Build and lint.
step "build the doccontrol target in $build"
if [[ ! -f $build/CMakeCache.txt ]]; then
    (cd "$src" && cmake --preset release)
fi
cmake --build "$build" -j"$(nproc)" --target doccontrol
step "package and lint"
bash "$src/packaging/lint-package.sh" "$build" | tee "$build/lint-package.log"
deb=$(tail -n 1 "$build/lint-package.log")
[[ -f $deb ]] || fail "no package"

# 2. A clean Debian.
root=$(mktemp -d /var/tmp/doccontrol-check-$suite.XXXXXX)
chmod 755 "$root"    # it is /, which every user must reach
cleanup() {
    for mountpoint in dev/pts dev proc; do
        mountpoint -q "$root/$mountpoint" && umount -l "$root/$mountpoint"
    done
    if ((keep)); then
        echo "check-package: the chroot is kept in $root"
    else
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT
cache=${XDG_CACHE_HOME:-$HOME/.cache}/doccontrol-debootstrap/$suite
mkdir -p "$cache"
step "debootstrap --variant=minbase $suite ($mirror) into $root"
debootstrap --variant=minbase --cache-dir="$cache" "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -n 30 "$root.debootstrap.log" >&2; fail "debootstrap"; }
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
# What a freshly installed system has: the release, its updates and security.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${mirror%/debian}/debian-security $suite-security main
EOF
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

# 3. Install as an administrator would.
step "apt-get install ./$(basename "$deb") on Debian $debian"
cp "$deb" "$root/tmp/"
chmod 644 "$root/tmp/$(basename "$deb")"
in_root apt-get update -q >/dev/null
in_root sh -c "cd /tmp && apt-get install -y -q ./$(basename "$deb")" >"$build/check-package-apt.log" 2>&1 \
    || { tail -n 40 "$build/check-package-apt.log" >&2; fail "apt-get install"; }
grep -E '^(Setting up doccontrol|The following NEW packages)' "$build/check-package-apt.log" || true
in_root dpkg -s doccontrol | grep -E '^(Status|Version|Depends|Recommends):'
in_root dpkg -s qt6-translations-l10n >/dev/null 2>&1 && echo "Recommends installed: qt6-translations-l10n"

# 4. Use it as an ordinary user.
in_root useradd --create-home --shell /bin/bash clerk
clerk=$(in_root id -u clerk):$(in_root id -g clerk)    # numeric: the host has no such user
home=$root/home/clerk
as_clerk() {
    chroot --userspec="$clerk" "$root" env -i HOME=/home/clerk USER=clerk LOGNAME=clerk SHELL=/bin/bash \
        PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}

step "doccontrol --version"
version=$(as_clerk doccontrol --version) || fail "doccontrol --version"
echo "$version"
[[ $version == "doccontrol $(dpkg-deb -f "$deb" Version)" ]] || fail "--version says \"$version\""

step "the README's example session"
cat >"$home/risk.md" <<'EOF'
# 信息安全风险评估程序

## 1 目的

识别、分析和评价信息安全风险，确定风险处置措施。

## 2 范围

适用于公司信息安全管理体系范围内的全部信息资产。
EOF
cat >"$home/risk-v2.md" <<'EOF'
# 信息安全风险评估程序

## 1 目的

识别、分析和评价信息安全风险，确定风险处置措施。

## 2 范围

适用于公司信息安全管理体系范围内的全部信息资产，包括远程办公使用的设备。
EOF
cat >"$home/session.sh" <<'EOF'
set -euo pipefail
set -x
cd ~
export DOCCONTROL_STORE=~/isms.dcstore
printf 'admin-password\n' | doccontrol init --org "星河云数据科技有限公司" --admin admin --password-stdin
printf 'admin-password\nwangfang-password\n' | doccontrol --user admin user add wangfang --role controller,author --display 王芳 --password-stdin
printf 'admin-password\nchenjing-password\n' | doccontrol --user admin user add chenjing --role reviewer --display 陈静 --password-stdin
printf 'admin-password\nliuyang-password\n' | doccontrol --user admin user add liuyang --role reviewer --display 刘洋 --password-stdin
printf 'admin-password\nzhangwei-password\n' | doccontrol --user admin user add zhangwei --role approver --display 张伟 --password-stdin
export DOCCONTROL_USER=wangfang DOCCONTROL_PASSWORD=wangfang-password
doccontrol doc new --type procedure --title 信息安全风险评估程序 --title-en "Information Security Risk Assessment Procedure" \
    --owner wangfang --clause "27001:2013 6.1.2" --content risk.md
doccontrol doc list --type procedure
doccontrol search 风险评估 --json
doccontrol doc edit ISMS-P-001 --content risk-v2.md --summary "增加远程办公要求"
doccontrol route set procedure --reviewers chenjing,liuyang --approver zhangwei
doccontrol doc submit ISMS-P-001
DOCCONTROL_USER=chenjing DOCCONTROL_PASSWORD=chenjing-password doccontrol doc sign ISMS-P-001 --as reviewer --comment 同意
DOCCONTROL_USER=liuyang  DOCCONTROL_PASSWORD=liuyang-password  doccontrol doc sign ISMS-P-001 --as reviewer
DOCCONTROL_USER=zhangwei DOCCONTROL_PASSWORD=zhangwei-password doccontrol doc sign ISMS-P-001 --as approver
doccontrol doc release ISMS-P-001 --effective "$(date +%F)"
doccontrol export pdf ISMS-P-001 --controlled --holder "IT 部" -o ISMS-P-001-copy.pdf
DOCCONTROL_USER=admin DOCCONTROL_PASSWORD=admin-password doccontrol verify
doccontrol verify pdf ISMS-P-001-copy.pdf
EOF
as_clerk bash /home/clerk/session.sh 2>&1 | sed 's/^/    /' || fail "the example session"

step "the PDF's text (pdftotext) and fonts (pdffonts)"
pdf=$home/ISMS-P-001-copy.pdf
[[ -s $pdf ]] || fail "no PDF"
text=$(pdftotext -enc UTF-8 "$pdf" -)
for expected in 信息安全风险评估程序 "识别、分析和评价信息安全风险" 远程办公 ISMS-P-001; do
    grep -qF "$expected" <<<"$text" || { echo "$text" | head -n 40 >&2; fail "the PDF's text lacks \"$expected\""; }
    echo "found: $expected"
done
fonts=$(pdffonts "$pdf")
echo "$fonts"
grep -i 'wenquanyi\|wqy' <<<"$fonts" | grep -q ' yes ' || fail "the WenQuanYi font is not embedded"

step "doccontrol --demo, offscreen, for 20 s"
status=0
as_clerk sh -c 'export XDG_RUNTIME_DIR=$(mktemp -d) QT_QPA_PLATFORM=offscreen; exec timeout 20 doccontrol --demo' \
    >"$build/check-package-demo.log" 2>&1 || status=$?
cat "$build/check-package-demo.log"
((status == 124)) || fail "doccontrol --demo ended with status $status before 20 s"
if grep -Eiq 'error|cannot|could not|not loaded|failed|no such' "$build/check-package-demo.log"; then
    fail "doccontrol --demo complained"
fi
[[ -s $home/.local/share/DocControl/doccontrol/demo.dcstore ]] || fail "no demo store was made"
echo "ran 20 s; demo store: $(du -h "$home/.local/share/DocControl/doccontrol/demo.dcstore" | cut -f1)"

step "PASS: $(basename "$deb") installs and runs on a clean Debian $debian ($suite)"
