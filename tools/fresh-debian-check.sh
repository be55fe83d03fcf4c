#!/usr/bin/env bash
# The front door, tried as a new user would: a minimal Debian 12 root with
# only git added, a clone of this repository, and the README's first two code
# blocks run inside it (install + build + example site, then all tests).
#
#   sudo tools/fresh-debian-check.sh            # checks the committed HEAD
#   KEEP=1 sudo tools/fresh-debian-check.sh     # leaves the root for a look
#
# Run it after changing dependencies (tools/debian-packages.txt, package.json,
# CMakeLists.txt). It takes minutes and downloads packages, so it is not part
# of ctest. Needs root and debootstrap (apt-get install debootstrap).
# Uncommitted changes are not in the clone: commit first.
set -euo pipefail

repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
[ "$(id -u)" = 0 ] || { echo "fresh-debian-check: draai dit als root" >&2; exit 2; }
command -v debootstrap > /dev/null || { echo "fresh-debian-check: installeer eerst debootstrap" >&2; exit 2; }

# The Debian mirror this machine's apt already uses.
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}

root=$(mktemp -d /var/tmp/spiegel-fresh.XXXXXX)
chmod 755 "$root"  # apt in the root downloads as user _apt
logs=$root.logs
mkdir -p "$logs"
cleanup() {
  if [ "${KEEP:-0}" = 1 ]; then echo "root blijft staan: $root (logs: $logs)"; else rm -rf "$root"; fi
}
trap cleanup EXIT

step() {  # step NAME COMMAND...: runs, times and logs one step; shows the log's tail on failure
  local name=$1; shift
  local start=$SECONDS
  if "$@" > "$logs/$name.log" 2>&1; then
    printf '%-22s %4d s\n' "$name" $((SECONDS - start))
  else
    printf '%-22s %4d s  MISLUKT; laatste regels van %s:\n' "$name" $((SECONDS - start)) "$logs/$name.log"
    tail -n 40 "$logs/$name.log"
    exit 1
  fi
}

# The README's code blocks, in order: the first fenced ```sh block installs and
# builds, the second runs the tests.
readme_block() {
  awk -v want="$1" '/^```sh$/ { n++; inside = (n == want); next } /^```/ { inside = 0 } inside' "$repo/README.md"
}
install_block=$(readme_block 1)
test_block=$(readme_block 2)
[ -n "$install_block" ] && [ -n "$test_block" ] || { echo "fresh-debian-check: README mist de twee codeblokken" >&2; exit 1; }

# Inside the root, in a mount namespace of its own: /proc, /dev and /dev/shm
# (Chromium needs them) vanish with the namespace.
in_root() {
  unshare --mount --propagation private -- sh -c '
    root=$1; shift
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs shm "$root/dev/shm"
    mount -t sysfs sys "$root/sys"
    exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      ${NPM_CONFIG_CAFILE:+NPM_CONFIG_CAFILE=$NPM_CONFIG_CAFILE} \
      bash -euo pipefail -c "$*"' sh "$root" "$@"
}

echo "Debian 12 minbase in $root (spiegel: $(git -C "$repo" log -1 --format='%h %s'))"
step debootstrap debootstrap --variant=minbase bookworm "$root" "$mirror"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# The environment's business, not the project's: a network that inspects TLS
# needs its local CA certificates in the root too, for npm.
if compgen -G "/usr/local/share/ca-certificates/*.crt" > /dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  export NPM_CONFIG_CAFILE=/etc/ssl/certs/ca-certificates.crt
fi

step git in_root 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git ca-certificates > /dev/null'
git clone -q "$repo" "$root/root/spiegel"

step "installeren+bouwen" in_root "cd /root/spiegel && $install_block"
step testen in_root "cd /root/spiegel && $test_block"
echo "De README werkt op een verse Debian 12."
