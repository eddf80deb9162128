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

done_testing();
