#!/usr/bin/perl
# `make deb` builds libapache2-mod-cmsguard: the files, conffiles and
# Depends are what a Debian apache module needs, lintian finds no error,
# and the package works once installed, proved without touching the
# system: its contents extracted into a temporary root are enabled with
# a2enmod on a copy of /etc/apache2 (APACHE_CONFDIR, as 06-install.t
# does) and pass configtest, the shipped cmsguard.conf loads the shipped
# rules, a real httpd with them refuses an exploit, and the packaged CLI
# lints the packaged rules. Where the kernel allows it (root, mount
# namespaces, overlayfs), a real `dpkg -i` + `a2enmod cmsguard` +
# `apache2ctl configtest` also runs on a throwaway overlay of /.
use strict;
use warnings;
use Test::More;
use File::Find;
use File::Path qw(make_path);
use File::Temp qw(tempdir);
use JSON::PP;
use lib 't/lib';
use CMSGuard::Test qw(project_root slurp spew);

plan skip_all => 'needs /etc/apache2 from the apache2 package' unless -d '/etc/apache2';
# The package is built with Debian's flags, never with the sanitizers, so
# the make test-asan pass has nothing new to check here.
plan skip_all => 'the package is built without sanitizers; the normal pass tests it'
    if $ENV{CMSGUARD_LD_PRELOAD};

my $root = project_root();
my $out = `$root/tools/deps.sh deb 2>&1`;
plan skip_all => "Debian packaging tools cannot be installed (tools/deps.sh deb): $out"
    if $?;

my $tmp = tempdir('cmsguard-deb-XXXXXX', TMPDIR => 1, CLEANUP => 1);
chmod 0755, $tmp;   # httpd's children (www-data) read the extracted tree

my $git = -e "$root/.git" && `git -C $root rev-parse --is-inside-work-tree 2>/dev/null` =~ /true/;
my $before = $git ? `git -C $root status --porcelain --ignored=no 2>&1` : '';

# -- build ---------------------------------------------------------------
$out = `make -C $root --no-print-directory deb 2>&1`;
is($?, 0, 'make deb succeeds') or diag($out);

SKIP: {
    skip 'not a git checkout', 1 unless $git;
    is(`git -C $root status --porcelain --ignored=no 2>&1`, $before,
       'make deb leaves the checkout as it was (no untracked or changed files)');
}

my ($cl_version) = (slurp("$root/debian/changelog") // '') =~ /^libapache2-mod-cmsguard \(([^)]+)\)/;
my ($cmsguard_version) = (slurp("$root/src/version.h") // '') =~ /CMSGUARD_VERSION "([^"]+)"/;
ok($cl_version, "debian/changelog names a version ($cl_version)");
like($cl_version // '', qr/^\Q$cmsguard_version\E-\d+$/,
     "the package version is the module's ($cmsguard_version) plus a Debian revision");

chomp(my $arch = `dpkg --print-architecture`);
my $deb = "$root/build/deb/libapache2-mod-cmsguard_${cl_version}_$arch.deb";
ok(-f $deb, "the package is build/deb/libapache2-mod-cmsguard_${cl_version}_$arch.deb")
    or do { diag('no package to examine: ' . join(' ', glob("$root/build/deb/*")));
            done_testing(); exit 1 };
diag(sprintf 'package: %d bytes', -s $deb);

my %field = map { $_ => scalar `dpkg-deb -f $deb $_ 2>&1` } qw(Package Version Architecture Depends);
chomp %field;
is($field{Package}, 'libapache2-mod-cmsguard', 'Package');
is($field{Version}, $cl_version, 'Version');
is($field{Architecture}, $arch, 'Architecture');

# -- contents ------------------------------------------------------------
my $listing = `dpkg-deb --contents $deb 2>&1`;
is($?, 0, 'dpkg-deb --contents reads it') or diag($listing);
my %mode;
for (split /\n/, $listing) {
    my ($m, $path) = /^(\S+)\s+\S+\s+\d+\s+\S+\s+\S+\s+(\S+)/ or next;
    $path =~ s{^\.}{};
    $path =~ s{/$}{} unless $path eq '/';
    $mode{$path} = $m;
}
my $doc = '/usr/share/doc/libapache2-mod-cmsguard';
for my $f ('/usr/lib/apache2/modules/mod_cmsguard.so',
           '/etc/apache2/mods-available/cmsguard.load',
           '/etc/apache2/mods-available/cmsguard.conf',
           "$doc/copyright", "$doc/changelog.Debian.gz") {
    like($mode{$f} // 'missing', qr/^-rw-r--r--$/, "$f is in the package (0644)");
}
like($mode{'/usr/bin/cmsguard'} // 'missing', qr/^-rwxr-xr-x$/, '/usr/bin/cmsguard is in the package (0755)');
# dh_compress compresses documentation over 4 KB, as Debian policy wants
ok(exists $mode{"$doc/README"} || exists $mode{"$doc/README.gz"}, "$doc/README(.gz) is in the package");

my @src_rules;
find(sub { push @src_rules, $File::Find::name =~ s{^\Q$root\E/rules/}{}r if /\.rules$/ }, "$root/rules");
my @pkg_rules = sort map { m{^/usr/share/cmsguard/rules/(.+\.rules)$} ? $1 : () } keys %mode;
ok(@src_rules > 0, scalar(@src_rules) . ' rule files in rules/');
is_deeply(\@pkg_rules, [sort @src_rules], 'every rule file is under /usr/share/cmsguard/rules');
is_deeply([grep { m{\.(la|a|o|lo)$|/build/} } keys %mode], [], 'no build by-products in the package');

# -- control: conffiles, maintainer scripts, Depends ----------------------
my $ctl = "$tmp/control";
system('dpkg-deb', '-e', $deb, $ctl) == 0 or die "dpkg-deb -e failed";
is_deeply([sort split /\n/, slurp("$ctl/conffiles") // ''],
          ['/etc/apache2/mods-available/cmsguard.conf', '/etc/apache2/mods-available/cmsguard.load'],
          'cmsguard.load and cmsguard.conf are conffiles (local edits survive upgrades)');
ok(!-e "$ctl/postinst" || slurp("$ctl/postinst") !~ /enmod/,
   'installing does not enable the module (the administrator runs a2enmod)');
like(slurp("$ctl/prerm") // '', qr/apache2_invoke dismod \$conf/,
     'removing the package disables the module (dh_apache2 prerm)');

my %dep;
for (split /\s*,\s*/, $field{Depends}) {
    my ($name, $rel) = /^(\S+)\s*(?:\((.*)\))?$/ or next;
    $dep{$name} = $rel // '';
}
my ($mmn) = (slurp('/usr/include/apache2/ap_mmn.h') // '') =~ /#define MODULE_MAGIC_NUMBER_MAJOR (\d{8})/;
ok($mmn, "httpd's module API is $mmn (ap_mmn.h)");
ok(exists $dep{"apache2-api-$mmn"}, "Depends on apache2-api-$mmn (the ABI the module was built for)")
    or diag("Depends: $field{Depends}");
ok(exists $dep{$_}, "Depends on $_ (dpkg-shlibdeps)") or diag("Depends: $field{Depends}")
    for qw(libapr1 libpcre2-8-0 libmaxminddb0 libc6);
ok(exists $dep{'apache2-bin'}, 'Depends on apache2-bin');
ok(exists $dep{apache2}, 'Depends on apache2 (a2enmod, /etc/apache2, envvars)');

# -- lintian ---------------------------------------------------------------
my $t0 = time;
my $lint = `lintian --fail-on error $deb 2>&1`;
is($?, 0, 'lintian finds no error (' . (time - $t0) . ' s)') or diag($lint);
is_deeply([grep /^E: /, split /\n/, $lint], [], 'no E: tag') or diag($lint);
note($lint);

# -- extracted: a2enmod + configtest on a copy of /etc/apache2 -------------
my $x = "$tmp/root";
$out = `dpkg-deb -x $deb $x 2>&1`;
is($?, 0, 'dpkg-deb -x extracts it') or diag($out);
chmod 0755, $x;
my $so    = "$x/usr/lib/apache2/modules/mod_cmsguard.so";
my $rules = "$x/usr/share/cmsguard/rules";

my $load = slurp("$x/etc/apache2/mods-available/cmsguard.load") // '';
like($load, qr{^LoadModule cmsguard_module /usr/lib/apache2/modules/mod_cmsguard\.so$}m,
     'cmsguard.load loads the module from where the package puts it');
my $conf = slurp("$x/etc/apache2/mods-available/cmsguard.conf") // '';
like($conf, qr{^\s*<IfFile /usr/share/cmsguard/rules>\s*$}m, 'cmsguard.conf looks for the rules where the package puts them');
like($conf, qr{^\s*CMSGuardRules /usr/share/cmsguard/rules\s*$}m, 'and loads them from there');
ok(-d $rules, '/usr/share/cmsguard/rules is a directory in the package');

# the same files, pointed at the extracted tree
(my $xload = $load) =~ s{/usr/lib/apache2/modules/mod_cmsguard\.so}{$so};
(my $xconf = $conf) =~ s{/usr/share/cmsguard/rules}{$rules}g;
system('cp', '-a', '/etc/apache2', "$tmp/apache2") == 0 or die 'cp failed';
spew("$tmp/apache2/mods-available/cmsguard.load", $xload);
spew("$tmp/apache2/mods-available/cmsguard.conf", $xconf);
unlink glob("$tmp/apache2/mods-enabled/cmsguard.*");

{
    local $ENV{APACHE_CONFDIR} = "$tmp/apache2";
    $out = `a2enmod cmsguard 2>&1`;
    is($?, 0, 'a2enmod cmsguard succeeds') or diag($out);
    ok(-l "$tmp/apache2/mods-enabled/cmsguard.$_", "cmsguard.$_ enabled") for qw(load conf);

    $out = `apache2ctl configtest 2>&1`;
    is($?, 0, 'apache2ctl configtest passes with the packaged module and conf') or diag($out);
    like($out, qr/Syntax OK/, 'Syntax OK');
    like(`apache2ctl -M 2>&1`, qr/cmsguard_module \(shared\)/, 'the packaged module is loaded');

    # a broken rule file among the packaged ones must fail configtest: the
    # shipped conf really reads /usr/share/cmsguard/rules
    spew("$rules/zz-broken.rules", "rule 999999 \"broken\"\n    when nonsense\n");
    $out = `apache2ctl configtest 2>&1`;
    isnt($?, 0, 'configtest fails with a broken rule in the packaged rules directory');
    like($out, qr/zz-broken\.rules:\d+/, 'naming the file and line') or diag($out);
    unlink "$rules/zz-broken.rules";
}

# -- the packaged CLI --------------------------------------------------------
$out = `$x/usr/bin/cmsguard --version 2>&1`;
is($?, 0, 'the packaged cmsguard runs');
is($out, "cmsguard $cmsguard_version\n", 'and says its version');
$out = `$x/usr/bin/cmsguard lint $rules 2>&1`;
is($?, 0, 'cmsguard lint passes on the packaged rules') or diag($out);
my ($nrules, $nfiles) = $out =~ /(\d+) rules in (\d+) files/;
is($nfiles, scalar(@src_rules), "lint read every packaged rule file ($nfiles)");
ok(($nrules // 0) >= ($nfiles // 1), "and their rules ($nrules)");

# -- a real httpd with the packaged module, conf and rules -------------------
{
    my $srv = CMSGuard::Test->new(
        mpm      => 'event',
        cmsguard => 0,   # not the build tree's module: the packaged one
        modules  => ['socache_shmcb'],   # cmsguard.load's Depends
        extra    => "LoadModule cmsguard_module $so\n"
                  . "Define APACHE_LOG_DIR \@ROOT\@/logs\n"
                  . "Include $tmp/apache2/mods-available/cmsguard.conf\n");
    my $r = $srv->request("GET /wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php HTTP/1.1\r\n"
                        . "Host: x\r\nConnection: close\r\n\r\n");
    is($r->{status}, 403, 'the packaged setup refuses the CVE-2020-25213 exploit path');
    my @audit = $srv->lines('logs/cmsguard_audit.log');
    is(scalar(@audit), 1, 'one audit record in ${APACHE_LOG_DIR}/cmsguard_audit.log');
    is(eval { decode_json($audit[0] // '')->{rule_id} }, 110001, 'naming the packaged rule 110001');
    $r = $srv->request("GET /nothing-here.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    is($r->{status}, 404, 'an ordinary request passes');
    $srv->stop;
    is_deeply([$srv->crashes], [], 'no child crashed');
}

# -- a real dpkg -i on a throwaway overlay of / -----------------------------
# The overlay's upper layer is a tmpfs in a private mount namespace: dpkg,
# a2enmod and configtest see the whole system and change none of it. Files
# left on this machine by a `make install` (not owned by any package) are
# removed in the overlay first, so the install is the one a clean machine
# gets.
SKIP: {
    my $ov = "$tmp/overlay";
    make_path($ov);
    spew("$tmp/dpkg-i.sh", <<'SH');
set -u
ov=$1; deb=$2
mount -t tmpfs tmpfs "$ov" || exit 90
mkdir "$ov/upper" "$ov/work" "$ov/root"
mount -t overlay overlay -o "lowerdir=/,upperdir=$ov/upper,workdir=$ov/work" "$ov/root" || exit 91
mount -t proc proc "$ov/root/proc" && mount --rbind /dev "$ov/root/dev" || exit 92
cp "$deb" "$ov/root/tmp/pkg.deb" || exit 93
echo "OVERLAY ready"
exec chroot "$ov/root" /bin/sh -c '
    export DEBIAN_FRONTEND=noninteractive; unset APACHE_CONFDIR
    step() { name=$1; shift; "$@" </dev/null >/tmp/step.out 2>&1; rc=$?
             echo "STEP $name rc=$rc"; sed "s/^/  | /" /tmp/step.out; }
    if ! dpkg -S /etc/apache2/mods-available/cmsguard.load >/dev/null 2>&1; then
        rm -rf /etc/apache2/mods-available/cmsguard.* /etc/apache2/mods-enabled/cmsguard.* \
               /usr/lib/apache2/modules/mod_cmsguard.so /usr/bin/cmsguard /usr/share/cmsguard
    fi
    step install    dpkg -i /tmp/pkg.deb
    step status     dpkg-query -W -f "\${Status}\n" libapache2-mod-cmsguard
    step enabled    sh -c "ls /etc/apache2/mods-enabled/ | grep -c cmsguard"
    step a2enmod    a2enmod cmsguard
    step configtest apache2ctl configtest
    step modules    apache2ctl -M
    step lint       cmsguard lint /usr/share/cmsguard/rules
    step remove     dpkg -r libapache2-mod-cmsguard
    step leftover   sh -c "ls /etc/apache2/mods-enabled/cmsguard.* /usr/lib/apache2/modules/mod_cmsguard.so"
'
SH
    $out = `unshare --mount --propagation private sh $tmp/dpkg-i.sh $ov $deb 2>&1`;
    skip "no private mount namespace with overlayfs here (needs root and "
       . "CAP_SYS_ADMIN; the extraction checks above stand in): $out", 12
        unless $out =~ /^OVERLAY ready$/m;
    my %step;
    while ($out =~ /^STEP (\w+) rc=(\d+)\n((?:  \| .*\n)*)/mg) {
        my ($name, $rc, $text) = ($1, $2, $3);
        $step{$name} = { rc => $rc, out => $text =~ s/^  \| //mgr };
    }
    my $s = sub { $step{$_[0]} || { rc => -1, out => "step $_[0] did not run:\n$out" } };
    is($s->('install')->{rc}, 0, 'dpkg -i installs the package') or diag($s->('install')->{out});
    is($s->('status')->{out}, "install ok installed\n", 'dpkg says: install ok installed');
    is($s->('enabled')->{out}, "0\n", 'the module is not enabled by installing it');
    is($s->('a2enmod')->{rc}, 0, 'a2enmod cmsguard succeeds') or diag($s->('a2enmod')->{out});
    like($s->('a2enmod')->{out}, qr/Enabling module cmsguard/, 'and enables it');
    is($s->('configtest')->{rc}, 0, 'apache2ctl configtest passes') or diag($s->('configtest')->{out});
    like($s->('configtest')->{out}, qr/Syntax OK/, 'Syntax OK');
    like($s->('modules')->{out}, qr/cmsguard_module \(shared\)/, 'apache2ctl -M lists cmsguard_module');
    is($s->('lint')->{rc}, 0, '/usr/bin/cmsguard lints /usr/share/cmsguard/rules')
        or diag($s->('lint')->{out});
    is($s->('remove')->{rc}, 0, 'dpkg -r removes it') or diag($s->('remove')->{out});
    like($s->('remove')->{out}, qr/Module cmsguard disabled/i, 'disabling the module');
    isnt($s->('leftover')->{rc}, 0, 'leaving neither the module nor its mods-enabled links')
        or diag($s->('leftover')->{out});
}

done_testing();
