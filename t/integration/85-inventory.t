#!/usr/bin/perl
# Inventory: `cmsguard inventory` on each fixture docroot in
# t/corpus/inventory finds the CMS, its version, each extension's version
# and exactly the shipped patches that apply; then httpd with
# `CMSGuardInventory DOCROOT limit` logs the vulnerable components and
# keeps only the patches for what is installed.
use strict;
use warnings;
use Test::More;
use JSON::PP;
use lib 't/lib';
use CMSGuard::Test qw(build_dir slurp project_root configtest);
use Digest::SHA qw(sha256_hex);

my $root = project_root();
my $cli = build_dir() . "/cmsguard";
my $fx = "$root/t/corpus/inventory";

# fixture => [cms, core version, {slug => version}, {slug => "rule ids"}, exit]
my %want = (
    wordpress => ['wordpress', '4.7.1',
        { wordpress => '4.7.1', 'contact-form-7' => '5.3.1', 'wp-file-manager' => '6.9',
          duplicator => '1.3.26', revslider => undef, akismet => '4.0.2', hello => '1.6',
          twentyseventeen => '1.1' },
        # wp-file-manager 6.9 is the fixed release of 110001 (6.0-6.8): none
        { wordpress => '100000', 'contact-form-7' => '111300 111301',
          duplicator => '110010', revslider => '116201 116202' }, 1],
    movabletype => ['movabletype', '6.2.4',
        { 'movabletype-core' => '6.2.4', spamlookup => '2.13', FormattedText => '1.11' },
        # 6.2.x < 6.2.6 yes; 200001-200003 (4.2x, 4.3x up to 4.38) no
        { 'movabletype-core' => '200010 200011 200012' }, 1],
    drupal7 => ['drupal', '7.58',
        { 'drupal-core' => '7.58', ctools => '1.15', views => '3.24' },
        # 7.58 is the fix for 300001 (7.x < 7.58) but not for 7.59's
        { 'drupal-core' => '300003 300004 300030' }, 1],
    drupal10 => ['drupal', '10.1.6',
        { 'drupal-core' => '10.1.6', pathauto => '1.12', webform => '6.2.0',
          phpunit => '9.6.13' },
        {}, 0],
    joomla => ['joomla', '3.7.0',
        { 'joomla-core' => '3.7.0', com_jce => '2.0.10', com_fabrik => '3.5.2',
          plg_system_jce => '2.0.10' },
        # fabrik 3.5.2 is outside "3.9.11"; 3.7.0 outside 3.4.4-3.6.3
        { 'joomla-core' => '400020', com_jce => '400060 400061' }, 1],
);

for my $name (sort keys %want) {
    my ($cms, $ver, $comps, $patches, $exit) = @{ $want{$name} };
    my $out = `$cli inventory --json -r $root/rules $fx/$name`;
    is($? >> 8, $exit, "$name: exit status $exit");
    my $j = eval { decode_json($out) } || {};
    is($j->{cms}, $cms, "$name: cms $cms");
    is($j->{version}, $ver, "$name: version $ver");
    my %got = map { $_->{slug} => $_->{version} } @{ $j->{components} || [] };
    is_deeply(\%got, $comps, "$name: components and their versions");
    my %gotp = map { $_->{slug} => join(' ', map { $_->{rule_id} } @{ $_->{patches} }) }
               grep { @{ $_->{patches} } } @{ $j->{components} || [] };
    is_deeply(\%gotp, $patches, "$name: exactly the patches that apply");
}

# the details a patch line carries
{
    my $j = decode_json(`$cli inventory --json -r $root/rules $fx/wordpress`);
    my ($cf7) = grep { $_->{slug} eq 'contact-form-7' } @{ $j->{components} };
    my ($p) = @{ $cf7->{patches} };
    is_deeply([$p->{cve}, $p->{fixed}, $p->{why}, $cf7->{status}],
              [['CVE-2020-35489'], '5.3.2', 'affected', 'vulnerable'],
              'a patch names its CVE, the fixed version and why it applies');
    my ($rs) = grep { $_->{slug} eq 'revslider' } @{ $j->{components} };
    is($rs->{status}, 'version unknown, patches apply', 'unknown version: patches apply');
    is($j->{vulnerable}, 3, 'three components are vulnerable (core, cf7, duplicator)');
    my ($d7) = grep { $_->{slug} eq 'ctools' }
        @{ decode_json(`$cli inventory --json -r $root/rules $fx/drupal7`)->{components} };
    is($d7->{raw_version}, '7.x-1.15', 'Drupal contrib: the version as packaged is kept');
}

# text output and the other exits
{
    my $out = `$cli inventory -r $root/rules $fx/wordpress`;
    like($out, qr/^cms: wordpress 4\.7\.1 from wp-includes\/version\.php$/m, 'text: the CMS line');
    like($out, qr/^plugin\s+revslider\s+version unknown\s+version unknown, patches apply$/m,
         'text: an unknown version says the patches apply');
    like($out, qr/^    patch 111300 CVE-2020-35489 affected <= 5\.3\.1, fixed 5\.3\.2: /m,
         'text: a patch line with id, CVE, range and fix');
    like($out, qr/^summary: 8 components, 3 vulnerable, 6 patches apply$/m, 'text: summary');
    my $mt = `$cli inventory -r $root/rules $fx/movabletype`;
    like($mt, qr/^cms: movabletype 6\.2\.4 in cgi-bin\/mt\/ from cgi-bin\/mt\/lib\/MT\.pm$/m,
         'Movable Type found under cgi-bin/mt/');
    `$cli inventory -r $root/rules $fx/nonexistent 2>/dev/null`;
    is($? >> 8, 2, 'a missing docroot: exit 2');
    `$cli inventory 2>/dev/null`;
    is($? >> 8, 2, 'no docroot: exit 2');
    my $none = `$cli inventory -r $root/rules $root/t/rules`;
    is($? >> 8, 0, 'a folder without a CMS: exit 0');
    like($none, qr/^cms: none found$/m, 'and says so');
    like(`$cli inventory --help`, qr/Exit status: 0 no patch applies/, 'inventory --help');
}

# --- httpd: CMSGuardInventory DOCROOT limit ------------------------------
# The fixture WordPress has wp-file-manager (6.9) but not wp-automatic:
# with limit, 110001's exploit is still refused, wp-automatic's reaches
# the backend. The same server without limit refuses both, so the pass is
# the limit's doing.
my %case = map { $_ => slurp("$root/t/corpus/vpatch/$_.http") }
    qw(wp-file-manager-cve-2020-25213-exploit-1 wp-automatic-cve-2024-27956-exploit-1);
my $echo = slurp("$root/t/backend/echo.cgi");
for my $limit ('limit', '') {
    my $srv = CMSGuard::Test->new(mpm => 'event', extra => <<"CONF",
CMSGuardAuditLog logs/audit.log
CMSGuardRules $root/rules
CMSGuardInventory $fx/wordpress $limit
RewriteEngine On
RewriteCond %{REQUEST_URI} !^/__echo\.cgi\$
RewriteRule ^ /__echo.cgi [PT,L]
CONF
        files => { 'htdocs/__echo.cgi' => $echo });
    my $tag = $limit ? 'limit' : 'no limit';
    my $fm = $srv->request($case{'wp-file-manager-cve-2020-25213-exploit-1'});
    my $rec = eval { decode_json(($srv->lines('logs/audit.log'))[-1] // '') } || {};
    is($fm->{status}, 403, "$tag: wp-file-manager (installed) exploit refused");
    is($rec->{rule_id}, '110001', "$tag: by its patch 110001");
    my $runs = $srv->backend_runs;
    my $wa = $srv->request($case{'wp-automatic-cve-2024-27956-exploit-1'});
    if ($limit) {
        is($wa->{status}, 200, 'limit: wp-automatic (not installed) exploit is not refused');
        is($srv->backend_runs, $runs + 1, 'limit: and reaches the backend');
    } else {
        is($wa->{status}, 403, 'no limit: the same wp-automatic exploit is refused');
    }
    $srv->stop;
    my $log = $srv->error_log;
    my @vuln = $log =~ /CMSGUARD0802: (.*)/g;
    is_deeply([sort @vuln], [sort
        'wordpress core wordpress 4.7.1 is vulnerable: rule 100000 (CVE-2017-1001000, affected 4.7.0-4.7.1, fixed 4.7.2) patches it',
        'wordpress plugin contact-form-7 5.3.1 is vulnerable: rule 111300 (CVE-2020-35489, affected <= 5.3.1, fixed 5.3.2) patches it',
        'wordpress plugin contact-form-7 5.3.1 is vulnerable: rule 111301 (CVE-2020-35489, affected <= 5.3.1, fixed 5.3.2) patches it',
        'wordpress plugin duplicator 1.3.26 is vulnerable: rule 110010 (CVE-2020-11738, affected 1.3.24-1.3.26, fixed 1.3.28) patches it',
    ], "$tag: one CMSGUARD0802 line per vulnerable component and patch") or diag($log);
    my @unknown = $log =~ /CMSGUARD0803: (.*)/g;
    is_deeply([sort @unknown], [
        'wordpress plugin revslider: version unknown, rule 116201 (CVE-2015-1579 CVE-2014-9734, affected <4.2, fixed 4.2) applies',
        'wordpress plugin revslider: version unknown, rule 116202 (no CVE, affected <=3.0.95, fixed 3.0.96) applies',
    ], "$tag: CMSGUARD0803 for the plugin whose version is unknown");
    like($log, qr/CMSGUARD0801: inventory of \Q$fx\E\/wordpress: wordpress 4\.7\.1, 8 components/,
         "$tag: CMSGUARD0801 summary");
    if ($limit) {
        # on: core 100000, cf7 111300/111301, wp-file-manager 110001,
        # duplicator 110010, revslider 116201/116202
        like($log, qr/CMSGUARD0806: CMSGuardInventory \S+ limit: 7 patches on, \d+ off/,
             'limit: CMSGUARD0806 counts 7 patches on');
    } else {
        unlike($log, qr/CMSGUARD0806/, 'no limit: nothing turned off');
    }
    is_deeply([$srv->crashes], [], "$tag: no child crashed");
}

# configtest: a missing folder and an unknown option fail with file:line
for my $bad ("CMSGuardInventory /nonexistent-docroot", "CMSGuardInventory $fx/wordpress everything") {
    my ($rc, $out, $file) = configtest(extra => "# padding\n$bad\n");
    isnt($rc, 0, "configtest fails for: $bad");
    like($out, qr/CMSGuardInventory: .*(?:is not a folder|is not 'limit')/,
         '  names the directive and the problem');
    my @lines = split /\n/, slurp($file);
    my ($n) = grep { $lines[$_ - 1] eq $bad } 1 .. @lines;
    like($out, qr/line $n of \Q$file\E/, "  with file:line ($n)");
}
{
    my ($rc, $out) = configtest(extra => "<VirtualHost 127.0.0.1:80>\nCMSGuardInventory $fx/joomla limit\n</VirtualHost>\n");
    is($rc, 0, 'CMSGuardInventory is accepted in a VirtualHost') or diag($out);
    ($rc, $out) = configtest(extra => "<Location /x>\nCMSGuardInventory $fx/joomla\n</Location>\n");
    isnt($rc, 0, 'but not in <Location>');
}

done_testing();
