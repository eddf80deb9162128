#!/usr/bin/perl
# `make install` (with DESTDIR) puts the module and the a2enmod files in
# place, and `a2enmod cmsguard && apache2ctl configtest` works on a copy of
# Debian's stock /etc/apache2 (APACHE_CONFDIR; the system one is untouched).
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use lib 't/lib';
use CMSGuard::Test qw(project_root slurp spew);

plan skip_all => 'needs /etc/apache2 from the apache2 package' unless -d '/etc/apache2';

my $tmp  = tempdir('cmsguard-install-XXXXXX', TMPDIR => 1, CLEANUP => 1);
my $dest = "$tmp/dest";
my $root = project_root();

my $out = `make -C $root --no-print-directory install DESTDIR=$dest 2>&1`;
is($?, 0, 'make install DESTDIR=... succeeds') or diag($out);
my $so = "$dest/usr/lib/apache2/modules/mod_cmsguard.so";
ok(-f $so, 'module installed under LIBEXECDIR');
ok(-f "$dest/etc/apache2/mods-available/$_", "$_ installed") for qw(cmsguard.load cmsguard.conf);

system('cp', '-a', '/etc/apache2', "$tmp/apache2") == 0 or die 'cp failed';
# point the LoadModule line at the DESTDIR copy: nothing is installed system-wide
my $load = slurp("$dest/etc/apache2/mods-available/cmsguard.load");
like($load, qr{^LoadModule cmsguard_module /usr/lib/apache2/modules/mod_cmsguard\.so$}m,
     'cmsguard.load names the standard module path');
$load =~ s{/usr/lib/apache2/modules/mod_cmsguard\.so}{$so};
spew("$tmp/apache2/mods-available/cmsguard.load", $load);
spew("$tmp/apache2/mods-available/cmsguard.conf",
     slurp("$dest/etc/apache2/mods-available/cmsguard.conf"));

$ENV{APACHE_CONFDIR} = "$tmp/apache2";
$out = `a2enmod cmsguard 2>&1`;
is($?, 0, 'a2enmod cmsguard succeeds') or diag($out);
ok(-l "$tmp/apache2/mods-enabled/cmsguard.load", 'cmsguard.load enabled');
ok(-l "$tmp/apache2/mods-enabled/cmsguard.conf", 'cmsguard.conf enabled');
ok(-l "$tmp/apache2/mods-enabled/socache_shmcb.load",
   'socache_shmcb enabled with it (the shared memory bans count in)');
like(slurp("$tmp/apache2/mods-available/cmsguard.conf"), qr/^\s*CMSGuardBan \d+ \d+ \d+$/m,
     'the shipped policy turns bans on');

$out = `apache2ctl configtest 2>&1`;
is($?, 0, 'apache2ctl configtest passes with the module enabled') or diag($out);
like($out, qr/Syntax OK/, 'Syntax OK');

$out = `apache2ctl -M 2>&1`;
like($out, qr/cmsguard_module \(shared\)/, 'the module is loaded');

# a2dismod takes it out again
$out = `a2dismod cmsguard 2>&1`;
is($?, 0, 'a2dismod cmsguard succeeds') or diag($out);
ok(!-e "$tmp/apache2/mods-enabled/cmsguard.load", 'and disables it');

done_testing();
