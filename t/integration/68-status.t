#!/usr/bin/perl
# Status handler (SetHandler cmsguard-status): decisions from connections
# held open at once (on prefork, several processes) add up in shared
# memory; ?json gives exactly what the test produced, ?metrics is valid
# Prometheus text, the page renders in headless Chromium with the counts,
# Require guards it, and a graceful restart keeps the counters.
use strict;
use warnings;
use Test::More;
use JSON::PP;
use Digest::SHA qw(sha256_hex);
use POSIX qw(strftime);
use Time::HiRes qw(sleep);
use lib 't/lib';
use CMSGuard::Test qw(mpms project_root slurp spew);
use CMSGuard::MMDB;

my $root = project_root();
my @packs = ("$root/rules/wordpress/wp-file-manager.rules",
             "$root/rules/wordpress/duplicator.rules");
my $fx = "$root/t/corpus/inventory/wordpress";

# A rule of our own whose plugin name needs escaping in every format.
my $odd_plugin = q{odd"plugin\name};
my $odd_rules = <<"RULES";
rule 190001 "status test: a plugin name with a quote and a backslash"
    cms      wordpress
    plugin   $odd_plugin
    cve      CVE-2000-0001
    when path eq /odd-plugin-probe
RULES

# --- the Prometheus text format, strictly ---------------------------------
# Returns the list of problems (empty when the text is valid).
my $NAME = qr/[a-zA-Z_:][a-zA-Z0-9_:]*/;
my $LVAL = qr/"(?:[^"\\\n]|\\[\\"n])*"/;
my $LABELS = qr/\{(?:[a-zA-Z_][a-zA-Z0-9_]*=$LVAL(?:,[a-zA-Z_][a-zA-Z0-9_]*=$LVAL)*,?)?\}/;
my $VALUE = qr/(?:[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|[-+]?Inf|NaN)/;
sub prom_problems {
    my ($text) = @_;
    my (@bad, %help, %type, %done, $current);
    push @bad, 'does not end in a newline' unless $text =~ /\n\z/;
    for my $line (split /\n/, $text) {
        if ($line =~ /^# HELP ($NAME) (.*)$/) {
            push @bad, "second HELP for $1" if $help{$1}++;
            push @bad, "HELP for $1 after its samples" if $done{$1};
            next;
        }
        if ($line =~ /^# TYPE ($NAME) (counter|gauge|histogram|summary|untyped)$/) {
            push @bad, "second TYPE for $1" if $type{$1};
            push @bad, "TYPE for $1 after its samples" if $done{$1};
            $type{$1} = $2;
            push @bad, "counter $1 does not end in _total" if $2 eq 'counter' && $1 !~ /_total$/;
            next;
        }
        if ($line =~ /^#/) { push @bad, "bad comment line: $line"; next }
        if ($line =~ /^($NAME)($LABELS)? ($VALUE)(?: -?\d+)?$/) {
            my ($name, $labels) = ($1, $2 // '');
            push @bad, "sample of $name without HELP" unless $help{$name};
            push @bad, "sample of $name without TYPE" unless $type{$name};
            $done{$current} = 1 if defined $current && $current ne $name;
            push @bad, "samples of $name are not together" if $done{$name};
            $current = $name;
            my %seen;
            while ($labels =~ /([a-zA-Z_][a-zA-Z0-9_]*)=$LVAL/g) {
                push @bad, "label $1 twice in: $line" if $seen{$1}++;
            }
            next;
        }
        push @bad, "not a sample: $line";
    }
    my %series;
    for my $line (grep { !/^#/ } split /\n/, $text) {
        my ($series) = $line =~ /^(\S+(?:\{.*\})?) /;
        push @bad, "duplicate series $series" if $series && $series{$series}++;
    }
    return @bad;
}

# The checker has to be able to say no.
ok(!prom_problems(qq{# HELP a_total x\n# TYPE a_total counter\na_total{l="v"} 1\n}),
   'checker: a valid exposition passes');
ok(scalar prom_problems(qq{# HELP a_total x\n# TYPE a_total counter\na_total{l="v"w"} 1\n}),
   'checker: an unescaped quote in a label value fails');
ok(scalar prom_problems(qq{# TYPE a_total counter\na_total 1\n}),
   'checker: a metric without HELP fails');
ok(scalar prom_problems(qq{# HELP a x\n# TYPE a counter\na 1\n}),
   'checker: a counter not ending in _total fails');
ok(scalar prom_problems(qq{# HELP a x\n# TYPE a gauge\na{l="x\\q"} 1\n}),
   'checker: a bad escape fails');

# --- headless Chromium ----------------------------------------------------
my $chromium = (grep { -x } qw(/usr/bin/chromium /usr/bin/chromium-browser))[0];
if (!$chromium && $> == 0) {
    system("$root/tools/deps.sh >/dev/null 2>&1");
    $chromium = (grep { -x } qw(/usr/bin/chromium /usr/bin/chromium-browser))[0];
}

# --- clients --------------------------------------------------------------
# One connection held open per request: on prefork each occupies its own
# process, so the decisions below are made by different children.
sub held_requests {
    my ($srv, @reqs) = @_;
    my (@res, @socks);
    for my $q (@reqs) {
        my ($st, $s) = $srv->held_request($q->[1], from => $q->[0], timeout => 10);
        push @res, $st;
        push @socks, $s;
    }
    return (\@res, \@socks);
}

my $doctype = qq{<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>}
            . qq{<methodCall><methodName>demo.sayHello</methodName></methodCall>};
sub xmlrpc_attack {
    "POST /xmlrpc.php HTTP/1.1\r\nHost: wp.test\r\nContent-Type: text/xml\r\n"
  . "Content-Length: " . length($doctype) . "\r\n\r\n$doctype";
}
sub get { "GET $_[0] HTTP/1.1\r\nHost: wp.test\r\n\r\n" }
sub status_req { "GET /cmsguard-status$_[0] HTTP/1.1\r\nHost: wp.test\r\nConnection: close\r\n\r\n" }

my $json = JSON::PP->new;
for my $mpm (mpms()) {
    my $t0 = time;
    my $srv = CMSGuard::Test->new(
        mpm => $mpm, no_start => 1, modules => ['socache_shmcb'],
        files => { 'htdocs/index.html' => "hello\n", 'conf/odd.rules' => $odd_rules },
        extra => ($mpm eq 'prefork' ? "StartServers 4\nMinSpareServers 4\n" : '') . <<"CONF");
LogFormat "%a %P %>s %r" pids
CustomLog logs/pids.log pids
CMSGuardAuditLog logs/audit.log
CMSGuardRules $packs[0]
CMSGuardRules $packs[1]
CMSGuardRules \@ROOT\@/conf/odd.rules
CMSGuardGeoIPDatabase \@ROOT\@/geo.mmdb
CMSGuardAdminAllow 127.0.0.5
CMSGuardInventory $fx
<Location /cmsguard-status>
    SetHandler cmsguard-status
    Require ip 127.0.0.1
</Location>
<Location /detect/>
    CMSGuardEngine DetectionOnly
</Location>
<VirtualHost *:*>
    ServerName wp.test
</VirtualHost>
<VirtualHost *:*>
    ServerName ban.test
    CMSGuardBan 2 60 60
</VirtualHost>
CONF
    CMSGuard::MMDB::write_country_db($srv->root . '/geo.mmdb', '192.0.2.0/24' => 'JP');
    my $t1 = time;
    $srv->start;

    # before any decision: zero, and the document's shape
    my $r = $srv->request(status_req('?json'), from => '127.0.0.1');
    is($r->{status}, 200, "$mpm: ?json answers 200");
    like($r->{headers}{'content-type'} // '', qr{^application/json}, "$mpm: ... as application/json");
    my $j = eval { $json->decode($r->{body}) };
    ok($j, "$mpm: ... and JSON::PP parses it") or diag($@, $r->{body});
    is_deeply($j->{totals}, { block => 0, detect => 0, ban => 0, refused => 0 },
              "$mpm: no decision yet");
    is_deeply([sort keys %$j], [sort qw(version server mpm now counters_since config_loaded
        uptime_seconds generation totals decisions rules cves plugins other dropped limits
        recent recent_total top_addresses addresses_tracked rule_packs rules_loaded geoip
        inventory)], "$mpm: the documented top-level keys, no more, no less");

    # 5 XML-RPC DOCTYPE blocks (2002), 3 virtual-patch blocks (110001,
    # CVE-2020-25213), 2 admin refusals (3001), 1 odd-plugin block
    # (190001): each on its own connection, all held open together
    my @reqs = ((map { ['127.0.0.2', xmlrpc_attack()] } 1 .. 5),
                (map { ['127.0.0.3', get('/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php')] } 1 .. 3),
                ['127.0.0.4', get('/wp-login.php')],
                ['127.0.0.4', get('/wp-login.php?q=<i>x</i>&a="b"')],
                ['127.0.0.6', get('/odd-plugin-probe')]);
    my ($res, $socks) = held_requests($srv, @reqs);
    is_deeply($res, [(403) x 11], "$mpm: every attack refused");
    my %pids = map { (split ' ')[1] => 1 } grep { /^127\.0\.0\.[2346] / } $srv->lines('logs/pids.log');
    if ($mpm eq 'prefork') {
        cmp_ok(scalar keys %pids, '>=', 4,
               "$mpm: the decisions were made by several processes (@{[ sort keys %pids ]})");
    }

    # a client outside Require gets 403 and none of the numbers
    my $denied = $srv->request(status_req('?json'), from => '127.0.0.2');
    is($denied->{status}, 403, "$mpm: Require ip 127.0.0.1 refuses 127.0.0.2");
    unlike($denied->{body} // '', qr/totals|cmsguard_decisions/, "$mpm: ... with none of the data");
    is($srv->request("POST /cmsguard-status HTTP/1.1\r\nHost: wp.test\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                     from => '127.0.0.1')->{status}, 405, "$mpm: POST to the handler is 405");

    $r = $srv->request(status_req('?json'), from => '127.0.0.1');
    $j = eval { $json->decode($r->{body}) } || {};
    close $_ for @$socks;
    is_deeply($j->{totals}, { block => 11, detect => 0, ban => 0, refused => 0 },
              "$mpm: totals count every decision, across children");
    is_deeply({ map { $_ => $j->{rules}{$_}{block} } keys %{ $j->{rules} || {} } },
              { 2002 => 5, 110001 => 3, 3001 => 2, 190001 => 1 },
              "$mpm: blocks per rule id exactly as produced");
    is_deeply($j->{cves}, { 'CVE-2020-25213' => 3, 'CVE-2000-0001' => 1 }, "$mpm: per CVE");
    is_deeply($j->{plugins}, { 'wp-file-manager' => 3, $odd_plugin => 1 }, "$mpm: per plugin");
    my ($fm) = grep { $_->{rule} eq '110001' } @{ $j->{decisions} || [] };
    is_deeply($fm, { rule => '110001', action => 'block', kind => 'block', count => 3,
                     cve => 'CVE-2020-25213', plugin => 'wp-file-manager', cms => 'wordpress',
                     last => $fm->{last} }, "$mpm: the virtual patch's decision row");
    is($j->{decisions}[0]{rule}, '2002', "$mpm: decisions sorted by count");
    is(scalar @{ $j->{recent} || [] }, 11, "$mpm: eleven recent decisions");
    is($j->{recent_total}, 11, "$mpm: recent_total");
    is_deeply([sort map { $_->{rule} } @{ $j->{recent} }],
              [sort(('2002') x 5, ('110001') x 3, ('3001') x 2, '190001')],
              "$mpm: recent holds each decision once");
    my ($odd_uri) = grep { $_->{uri} =~ /^\/wp-login\.php\?/ } @{ $j->{recent} };
    is($odd_uri->{uri}, '/wp-login.php?q=<i>x</i>&a="b"', "$mpm: the URI as sent");
    is($odd_uri->{client}, '127.0.0.4', "$mpm: ... with the client");
    is($odd_uri->{status}, 403, "$mpm: ... and the status");
    is_deeply([map { [$_->{address}, $_->{count}] } @{ $j->{top_addresses} }],
              [['127.0.0.2', 5], ['127.0.0.3', 3], ['127.0.0.4', 2], ['127.0.0.6', 1]],
              "$mpm: top blocked addresses");
    is_deeply($j->{dropped}, { rules => 0, addresses => 0 }, "$mpm: nothing dropped");

    my %want_pack = map {
        my $t = slurp($_);
        ($_ => { rules => scalar(() = $t =~ /^rule \d+/mg), sha256 => substr(sha256_hex($t), 0, 12) })
    } @packs, $srv->root . '/conf/odd.rules';
    is_deeply({ map { $_->{file} => { rules => $_->{rules}, sha256 => $_->{sha256} } } @{ $j->{rule_packs} } },
              \%want_pack, "$mpm: rule packs: file, rule count, sha256 prefix");
    is($j->{rules_loaded}, 0 + (map { $_->{rules} } values %want_pack)[0]
       + (map { $_->{rules} } values %want_pack)[1] + (map { $_->{rules} } values %want_pack)[2],
       "$mpm: rules_loaded is their sum");
    is($j->{geoip}{path}, $srv->root . '/geo.mmdb', "$mpm: GeoIP path");
    is($j->{geoip}{type}, 'CMSGuard-Test-Country', "$mpm: GeoIP database type");
    ok($j->{geoip}{build_epoch} >= $t0 - 1 && $j->{geoip}{build_epoch} <= $t1 + 1,
       "$mpm: GeoIP build_epoch is when the test wrote it ($j->{geoip}{build_epoch})");
    is($j->{geoip}{build_date}, strftime('%Y-%m-%d', gmtime($j->{geoip}{build_epoch})),
       "$mpm: ... and its date");
    is($j->{inventory}{cms}, 'wordpress', "$mpm: inventory: WordPress");
    is($j->{inventory}{version}, '4.7.1', "$mpm: ... 4.7.1");
    is_deeply([map { "$_->{rule} $_->{component} $_->{why}" } @{ $j->{inventory}{patches} }],
              ['110010 duplicator affected'], "$mpm: ... duplicator 1.3.26 is patched by 110010");
    is($j->{generation}, 0, "$mpm: generation 0");
    is($j->{mpm}, $mpm, "$mpm: the MPM");

    # Prometheus
    $r = $srv->request(status_req('?metrics'), from => '127.0.0.1');
    is($r->{status}, 200, "$mpm: ?metrics answers 200");
    like($r->{headers}{'content-type'} // '', qr{^text/plain; version=0\.0\.4}, "$mpm: ... in text format 0.0.4");
    my @bad = prom_problems($r->{body});
    is_deeply(\@bad, [], "$mpm: the exposition passes the strict check") or diag($r->{body});
    my $m = $r->{body};
    like($m, qr/^cmsguard_decisions_total\{rule="2002",action="block",cve="",plugin=""\} 5$/m,
         "$mpm: 2002 blocks");
    like($m, qr/^cmsguard_decisions_total\{rule="110001",action="block",cve="CVE-2020-25213",plugin="wp-file-manager"\} 3$/m,
         "$mpm: the virtual patch with its CVE and plugin");
    like($m, qr/^cmsguard_decisions_total\{rule="190001",action="block",cve="CVE-2000-0001",plugin="odd\\"plugin\\\\name"\} 1$/m,
         "$mpm: a quote and a backslash in a label value are escaped");
    like($m, qr/^cmsguard_decisions_by_kind_total\{kind="block"\} 11$/m, "$mpm: blocks by kind");
    if (-x '/usr/bin/promtool') {
        my $f = $srv->root . '/metrics.txt';
        spew($f, $m);
        my $out = `/usr/bin/promtool check metrics < $f 2>&1`;
        is($? >> 8, 0, "$mpm: promtool check metrics agrees") or diag($out);
    }

    # HTML in a real browser
    $r = $srv->request(status_req(''), from => '127.0.0.1');
    is($r->{status}, 200, "$mpm: the page answers 200");
    like($r->{headers}{'content-security-policy'} // '', qr/default-src 'none'/,
         "$mpm: ... with a CSP that loads nothing else");
    unlike($r->{body}, qr/<(?:script|img|link|iframe)\b|\bsrc=|url\(/i,
           "$mpm: ... and no script or external asset in it");
    SKIP: {
        skip 'chromium is not installed and could not be (tools/deps.sh)', 7 unless $chromium;
        my $prof = $srv->root . '/chromium';
        my $shot = $srv->root . '/status.png';
        my $cmd = "HOME=$prof timeout 120 $chromium --headless --no-sandbox --disable-gpu "
                . "--user-data-dir=$prof --no-first-run --window-size=1200,2000";
        my $url = $srv->url . '/cmsguard-status';
        my $dom = `$cmd --dump-dom '$url' 2>/dev/null`;
        like($dom, qr{<tr data-rule="2002" data-action="block">.*?<td class="count num">5</td>}s,
             "$mpm: Chromium's DOM: rule 2002 with 5 blocks");
        like($dom, qr{<tr data-rule="110001" data-action="block"><td class="rule">110001</td>.*?<td class="cve">CVE-2020-25213</td>.*?<td class="count num">3</td>}s,
             "$mpm: ... rule 110001, its CVE and 3 blocks");
        like($dom, qr{<tr data-kind="block"><td class="kind">block</td><td class="count num">11</td>}s,
             "$mpm: ... 11 blocks in all");
        like($dom, qr{<td class="uri">/wp-login\.php\?q=&lt;i&gt;x&lt;/i&gt;&amp;a="b"</td>},
             "$mpm: ... the hostile URI shown as text");
        unlike($dom, qr{<i>x</i>}, "$mpm: ... and not as markup");
        system("$cmd --screenshot='$shot' '$url' >/dev/null 2>&1");
        ok(-s $shot && -s $shot > 10000, "$mpm: Chromium renders a screenshot (" . (-s $shot // 0) . " bytes)");
        my $png = slurp($shot) // '';
        is(substr($png, 0, 8), "\x89PNG\r\n\x1a\n", "$mpm: ... a PNG");
    }

    # the other kinds: a detect-only decision, a ban and a refusal by it
    $r = $srv->request("POST /detect/xmlrpc.php HTTP/1.1\r\nHost: wp.test\r\nContent-Type: text/xml\r\n"
                       . "Content-Length: " . length($doctype) . "\r\n\r\n$doctype", from => '127.0.0.7');
    isnt($r->{status}, 403, "$mpm: DetectionOnly lets the DOCTYPE pass");
    (my $ban_attack = xmlrpc_attack()) =~ s/Host: wp\.test/Host: ban.test/;
    is($srv->request($ban_attack, from => '127.0.0.8')->{status}, 403, "$mpm: ban.test: a block") for 1 .. 2;
    is($srv->request("GET /index.html HTTP/1.1\r\nHost: ban.test\r\n\r\n", from => '127.0.0.8')->{status},
       403, "$mpm: ban.test: the address is banned");
    $r = $srv->request(status_req('?json'), from => '127.0.0.1');
    $j = eval { $json->decode($r->{body}) } || {};
    is_deeply($j->{totals}, { block => 13, detect => 1, ban => 1, refused => 1 },
              "$mpm: totals by kind: 13 blocks, 1 detect, 1 ban, 1 refused");
    is_deeply($j->{rules}{2002}, { block => 7, detect => 1, ban => 0, refused => 0, total => 8 },
              "$mpm: rule 2002 blocked 7 times and detected once");
    is($j->{rules}{5002}{ban}, 1, "$mpm: the ban (5002)");
    is($j->{rules}{5001}{refused}, 1, "$mpm: the refusal by ban (5001)");
    is_deeply([map { "$_->{rule} $_->{kind}" } @{ $j->{recent} }[0 .. 4]],
              ['5001 refused', '5002 ban', '2002 block', '2002 block', '2002 detect'],
              "$mpm: recent, newest first: the ban follows the block that raised it");
    $m = $srv->request(status_req('?metrics'), from => '127.0.0.1')->{body};
    is_deeply([prom_problems($m)], [], "$mpm: still a valid exposition");
    like($m, qr/^cmsguard_decisions_by_kind_total\{kind="refused"\} 1$/m, "$mpm: refused in the metrics");
    like($m, qr/^cmsguard_decisions_total\{rule="5002",action="ban",cve="",plugin=""\} 1$/m,
         "$mpm: the ban in the metrics");
    like($m, qr/^cmsguard_decisions_total\{rule="2002",action="detect",cve="",plugin=""\} 1$/m,
         "$mpm: the detect decision in the metrics");

    # a graceful restart keeps the counts; the new generation adds to them
    my %old = map { (split ' ')[1] => 1 } $srv->lines('logs/pids.log');
    $srv->graceful;
    my $g;
    for (1 .. 100) {
        $r = $srv->request(status_req('?json'), from => '127.0.0.1');
        $g = eval { $json->decode($r->{body}) } || {};
        last if ($g->{generation} // 0) >= 1;
        sleep 0.1;
    }
    is($g->{generation}, 1, "$mpm: after a graceful restart: generation 1");
    is_deeply($g->{totals}, $j->{totals}, "$mpm: ... the counters are kept");
    is($g->{counters_since}, $j->{counters_since}, "$mpm: ... counting since the start");
    my $pid;
    for (1 .. 50) {
        $srv->request(xmlrpc_attack(), from => '127.0.0.2');
        $pid = (split ' ', ($srv->lines('logs/pids.log'))[-1])[1];
        last unless $old{$pid};
        sleep 0.1;
    }
    ok(!$old{$pid}, "$mpm: a child of the new generation blocked ($pid)");
    $g = eval { $json->decode($srv->request(status_req('?json'), from => '127.0.0.1')->{body}) } || {};
    my @audit = grep { /"action":"block"/ && /"rule_id":"2002"/ } $srv->lines('logs/audit.log');
    is($g->{rules}{2002}{block}, scalar @audit, "$mpm: ... and counts into the same block (as many as the audit log has)");

    $srv->stop;
    my @c = $srv->crashes;
    is(scalar @c, 0, "$mpm: no crash") or diag "@c";
}

done_testing();
