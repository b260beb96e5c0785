#!/usr/bin/env bash
# Builds and tests DocControl on Debian 13 "trixie" (Qt 6.8) inside a chroot made by debootstrap.
# Must run as root (debootstrap, chroot, mount). The chroot is made once and reused; the working
# tree (without build/ and .git) is copied into it on every run, configured with the release
# preset (warnings are errors), built, and tested with ctest. Prints a pass/fail summary; the exit
# status is 0 only when every stage passed.
#
#   packaging/check-debian13.sh [--dir DIR] [--rebuild-chroot] [--jobs N] [--no-tests]
#     --dir DIR          where the chroot (DIR/root) and the logs (DIR/logs) live;
#                        default /var/tmp/doccontrol-debian13 (never inside the git tree)
#     --rebuild-chroot   delete the chroot and make it again with debootstrap
#     --jobs N           parallel build jobs (default: the number of processors)
#     --no-tests         stop after the build
#     --ctest-args "..." extra arguments for ctest (e.g. "-R tst_archive")
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=/var/tmp/doccontrol-debian13
rebuild=0
jobs=$(nproc)
run_tests=1
ctest_args=""
mirror=http://deb.debian.org/debian

while (($#)); do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --rebuild-chroot) rebuild=1; shift ;;
    --jobs) jobs=$2; shift 2 ;;
    --no-tests) run_tests=0; shift ;;
    --ctest-args) ctest_args=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-debian13: unknown option $1" >&2; exit 2 ;;
  esac
done

if ((EUID != 0)); then
  echo "check-debian13: must run as root (debootstrap, chroot and mount need it)" >&2
  exit 2
fi
for tool in debootstrap chroot mount flock; do
  command -v "$tool" >/dev/null || { echo "check-debian13: $tool is missing (apt-get install debootstrap)" >&2; exit 2; }
done
case "$(cd "$(dirname "$dir")" 2>/dev/null && pwd)/" in
  "$source_dir"/build/*) ;;                                   # the ignored build tree is fine
  "$source_dir"/*) echo "check-debian13: --dir must not be inside the source tree (except build/)" >&2; exit 2 ;;
esac

root=$dir/root
logs=$dir/logs
mkdir -p "$dir" "$logs"
exec 9>"$dir/.lock"
if ! flock -n 9; then
  echo "check-debian13: another run holds $dir/.lock" >&2
  exit 2
fi

started=$(date +%s)
declare -A result=()
stages=(chroot deps configure build tests)
for s in "${stages[@]}"; do result[$s]="not run"; done
warnings="-"
test_summary=""
qt_version="?"

unmount_all() {
  for m in "$root/dev" "$root/proc" "$root/sys"; do
    if mountpoint -q "$m" 2>/dev/null; then
      umount -R "$m" 2>/dev/null || umount -R -l "$m" || true
    fi
  done
}

summary() {
  local status=$?
  unmount_all
  local elapsed=$(( $(date +%s) - started ))
  echo
  echo "==================== Debian 13 (trixie) check ===================="
  echo "chroot:      $root"
  echo "Qt:          $qt_version"
  for s in "${stages[@]}"; do
    printf '%-12s %s\n' "$s:" "${result[$s]}"
  done
  echo "diagnostics: $warnings (compiler warnings and errors in the build)"
  [[ -n $test_summary ]] && echo "ctest:       $test_summary"
  echo "logs:        $logs"
  printf 'time:        %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
  local verdict=PASS
  for s in "${stages[@]}"; do
    if [[ ${result[$s]} == FAIL* ]]; then verdict=FAIL; fi
    if [[ $s != tests || $run_tests == 1 ]] && [[ ${result[$s]} == "not run" ]]; then verdict=FAIL; fi
  done
  echo "RESULT:      $verdict"
  echo "=================================================================="
  if [[ $verdict == PASS ]]; then exit 0; fi
  exit $(( status == 0 ? 1 : status ))
}
trap summary EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs "$@" inside the chroot with a clean environment, logging to $logs/$stage.log.
in_chroot() {
  local stage=$1; shift
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
    CCACHE_DIR=/var/cache/ccache CCACHE_BASEDIR=/work \
    "$@" 2>&1 | tee -a "$logs/$stage.log"
  return "${PIPESTATUS[0]}"
}

# --- 1. the chroot ---------------------------------------------------------------------------
unmount_all
if ((rebuild)) && [[ -e $root ]]; then
  echo "check-debian13: deleting the chroot $root"
  rm -rf --one-file-system "$root"
fi
# debootstrap removes $root/debootstrap when it finished; its presence means an interrupted run.
if [[ ! -f $root/etc/debian_version || -d $root/debootstrap ]]; then
  rm -rf --one-file-system "$root"
  echo "check-debian13: debootstrap --variant=minbase trixie $root (log: $logs/chroot.log)"
  : >"$logs/chroot.log"
  if debootstrap --variant=minbase trixie "$root" "$mirror" >>"$logs/chroot.log" 2>&1; then
    result[chroot]="made ($(cat "$root/etc/debian_version"))"
  else
    tail -20 "$logs/chroot.log"
    result[chroot]="FAIL (debootstrap, see chroot.log)"
    exit 1
  fi
else
  result[chroot]="reused ($(cat "$root/etc/debian_version"))"
fi

mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --make-rslave "$root/dev"
mount -t sysfs sysfs "$root/sys" 2>/dev/null || true
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# No services start inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# --- 2. the source and the dependencies ------------------------------------------------------
# A copy, not a bind mount: the release preset builds into <source>/build/release, which must not
# be the host's Qt 6.4 build. build/ is kept between runs so a rerun builds incrementally.
mkdir -p "$root/work/src"
find "$root/work/src" -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +
tar -C "$source_dir" --exclude=./build --exclude=./.git -cf - . | tar -C "$root/work/src" -xf -

: >"$logs/deps.log"
echo "check-debian13: installing the build and test dependencies (log: $logs/deps.log)"
if in_chroot deps bash /work/src/packaging/install-deps.sh >/dev/null &&
   in_chroot deps bash -c 'dpkg-query -W -f="\${Status}" ccache 2>/dev/null | grep -q "install ok installed" || apt-get install -y -q --no-install-recommends ccache' >/dev/null; then
  result[deps]=PASS
else
  tail -20 "$logs/deps.log"
  result[deps]="FAIL (see deps.log)"
  exit 1
fi
qt_version=$(chroot "$root" dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || echo '?')

# --- 3. configure and build ------------------------------------------------------------------
: >"$logs/configure.log"
echo "check-debian13: cmake --preset release (log: $logs/configure.log)"
if in_chroot configure bash -c 'cd /work/src && cmake --preset release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache' >/dev/null; then
  result[configure]=PASS
else
  tail -30 "$logs/configure.log"
  result[configure]="FAIL (see configure.log)"
  exit 1
fi

: >"$logs/build.log"
echo "check-debian13: cmake --build build/release -j$jobs (log: $logs/build.log)"
build_ok=1
# -k: keep going, so one run lists every diagnostic (warnings are errors: -Werror).
in_chroot build bash -c "cd /work/src && cmake --build build/release -j$jobs -- -k" >/dev/null || build_ok=0
warnings=$(grep -c -E '(warning|error): ' "$logs/build.log" || true)
if ((build_ok)) && [[ $warnings == 0 ]]; then
  result[build]=PASS
else
  grep -E -A3 '(warning|error): ' "$logs/build.log" | head -120 || true
  result[build]="FAIL (see build.log)"
  exit 1
fi

# --- 4. tests --------------------------------------------------------------------------------
if ((run_tests)); then
  : >"$logs/tests.log"
  echo "check-debian13: ctest (log: $logs/tests.log)"
  tests_ok=1
  # shellcheck disable=SC2086 # ctest_args is a list of words
  in_chroot tests bash -c "cd /work/src && ctest --test-dir build/release --output-on-failure -j$jobs $ctest_args" >/dev/null || tests_ok=0
  test_summary=$(grep -E 'tests passed, [0-9]+ tests failed' "$logs/tests.log" | tail -1 || true)
  if ((tests_ok)); then
    result[tests]=PASS
  else
    sed -n '/The following tests FAILED/,$p' "$logs/tests.log"
    result[tests]="FAIL (see tests.log)"
    exit 1
  fi
fi
exit 0
