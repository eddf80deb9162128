#!/bin/sh
# Install what building and testing mod_cmsguard needs on Debian 12, and
# only what is missing (so a warm machine pays nothing). Needs root.
set -eu

PKGS="apache2 apache2-dev libapr1-dev libaprutil1-dev libpcre2-dev
      libmaxminddb-dev pkg-config make gcc perl php-fpm"
# Test-only extras: a MaxMind DB writer for GeoIP tests, clang for fuzzing.
PKGS="$PKGS libmaxmind-db-writer-perl clang-14 libclang-rt-14-dev libapache2-mod-php8.2"
# Shared ban stores that several test servers use together.
PKGS="$PKGS redis-server memcached"

missing=""
for p in $PKGS; do
    st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$st" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" != 0 ]; then
    echo "missing packages:$missing" >&2
    echo "run as root, or: sudo apt-get install$missing" >&2
    exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# Debian's apache2 and php-fpm postinst scripts start their system
# services; our tests never use them (own ServerRoot, own ports), so keep
# them from starting where policy-rc.d is honoured.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -q --no-install-recommends $missing
