#!/bin/sh
# Install what building and testing mod_cmsguard needs on Debian 12, and
# only what is missing (so a warm machine pays nothing). Needs root.
#   tools/deps.sh        build and test
#   tools/deps.sh deb    what `make deb` needs: the build packages plus
#                        Debian's packaging tools and lintian
#   tools/deps.sh wordpress
#                        what `make test-wordpress` needs: the build
#                        packages plus Debian's WordPress, PHP-FPM and
#                        MariaDB (the test runs its own instances of both;
#                        the system services are never started or used)
set -eu

BUILD_PKGS="apache2 apache2-dev libapr1-dev libaprutil1-dev libpcre2-dev
            libmaxminddb-dev pkg-config make gcc perl"
case "${1:-}" in
    "")
        PKGS="$BUILD_PKGS php-fpm"
        # Test-only extras: a MaxMind DB writer for GeoIP tests, clang for
        # fuzzing, mod_php for the planted-file tests.
        PKGS="$PKGS libmaxmind-db-writer-perl clang-14 libclang-rt-14-dev libapache2-mod-php8.2"
        # tr_TR's definition and charmaps, for the unit test of case
        # folding and letter classes under locales that treat 'I' and
        # bytes above 0x7f otherwise (t/unit.t runs localedef).
        PKGS="$PKGS locales"
        # Shared ban stores that several test servers use together.
        PKGS="$PKGS redis-server memcached"
        # Headless browser that renders the status page (68-status.t).
        PKGS="$PKGS chromium"
        ;;
    deb)
        # dpkg-buildpackage also checks build-essential (implied by every
        # source package); dh_apache2 comes with apache2-dev.
        PKGS="$BUILD_PKGS build-essential dpkg-dev debhelper lintian"
        ;;
    wordpress)
        # wordpress Recommends its default theme (without one the front
        # end is blank); the XML-RPC server (IXR) needs the xml extension,
        # image uploads gd; php-cli runs the installer. mariadb-server
        # brings mariadb-install-db and mariadbd; the client is what
        # WordPress's package Depends on.
        PKGS="$BUILD_PKGS php-fpm php-cli wordpress wordpress-theme-twentytwentythree
              php-mysql php-gd php-xml php-mbstring mariadb-server mariadb-client"
        ;;
    *)
        echo "usage: $0 [deb|wordpress]" >&2
        exit 2
        ;;
esac

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
# Another apt-get or dpkg may hold the lock (unattended upgrades, a
# concurrent run): wait for it rather than fail.
APT_WAIT="-o DPkg::Lock::Timeout=300"
apt-get $APT_WAIT update -q
# Debian's apache2 and php-fpm postinst scripts start their system
# services; our tests never use them (own ServerRoot, own ports), so keep
# them from starting where policy-rc.d is honoured.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get $APT_WAIT install -y -q --no-install-recommends $missing
