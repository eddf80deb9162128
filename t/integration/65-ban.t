#!/usr/bin/perl
# Bans (CMSGuardBan, CMSGuardBanExempt, CMSGuardBanIPv6Prefix): N blocked
# requests from one address within T seconds refuse it for D seconds, in
# every child of a prefork server (each connection held open on its own
# process), for an IPv6 client's whole /64, never for an exempt network;
# a running ban survives a graceful restart and ends when D is over.
use strict;
use warnings;
use Test::More;
use JSON::PP;
use Time::HiRes qw(sleep);
use lib 't/lib';
use CMSGuard::Test qw(mpms configtest);

# A DOCTYPE in an XML-RPC body is refused by the built-in policy (2002).
my $attack_body = qq{<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>}
                . qq{<methodCall><methodName>demo.sayHello</methodName></methodCall>};
sub attack {
    my ($host, %h) = @_;
    my $extra = join '', map { "$_: $h{$_}\r\n" } sort keys %h;
    return "POST /xmlrpc.php HTTP/1.1\r\nHost: $host\r\n$extra"
         . "Content-Type: text/xml\r\nContent-Length: " . length($attack_body)
         . "\r\n\r\n$attack_body";
}
sub benign {
    my ($host, %h) = @_;
    my $extra = join '', map { "$_: $h{$_}\r\n" } sort keys %h;
    return "GET /index.html HTTP/1.1\r\nHost: $host\r\n$extra\r\n";
}

# configuration errors, with file:line
{
    my ($rc, $out) = configtest(extra => "CMSGuardBan 3 60\n");
    isnt($rc, 0, 'CMSGuardBan with two numbers fails configtest');
    like($out, qr/httpd\.conf.*CMSGuardBan takes N T D/s, '... saying what it takes, with file:line');
    ($rc, $out) = configtest(extra => "CMSGuardBan 0 60 60\n");
    like($out, qr/N '0' is not a whole number from 1 to 1000/, 'N must be at least 1');
    ($rc, $out) = configtest(extra => "CMSGuardBan 5 60 60\n");
    isnt($rc, 0, 'bans without mod_socache_shmcb fail configtest');
    like($out, qr/CMSGUARD0701: bans at \S+httpd\.conf:\d+ .*a2enmod socache_shmcb/,
         '... naming the directive and what to enable');
    ($rc, $out) = configtest(extra => "CMSGuardBan 5 60 60\n", modules => ['socache_shmcb']);
    is($rc, 0, 'with mod_socache_shmcb it passes') or diag $out;
    ($rc, $out) = configtest(extra => "CMSGuardBanStore nosuch:1\n");
    like($out, qr/no socache provider 'nosuch'.*LoadModule socache_nosuch_module/s,
         'an unknown store says what to load');
    ($rc, $out) = configtest(extra => "<VirtualHost *:*>\nCMSGuardBanStore shmcb\n</VirtualHost>\n",
                             modules => ['socache_shmcb']);
    like($out, qr/belongs in the main server/, 'the store is one for all virtual hosts');
    ($rc, $out) = configtest(extra => "CMSGuardBanExempt 10.0.0.0/33\n");
    isnt($rc, 0, 'a bad exempt network fails configtest');
    ($rc, $out) = configtest(extra => "CMSGuardBanIPv6Prefix 8\n");
    like($out, qr/prefix length '8' is not a whole number from 16 to 128/, 'IPv6 prefix range');
}

# One connection held open per request: on prefork each occupies its own
# process, so the requests below are answered by different children.
sub held_requests {
    my ($srv, $from, @raw) = @_;
    my (@socks, @res);
    for my $raw (@raw) {
        my ($st, $s) = $srv->held_request($raw, from => $from);
        push @res, $st;
        push @socks, $s;      # keep the connection (and its child) busy
    }
    return (\@res, \@socks);
}

my $json = JSON::PP->new;
for my $mpm (mpms()) {
    my $srv = CMSGuard::Test->new(
        mpm => $mpm, modules => ['socache_shmcb'],
        files => { 'htdocs/index.html' => "hello\n" },
        extra => ($mpm eq 'prefork' ? "StartServers 4\nMinSpareServers 4\n" : '') . <<'CONF');
LogFormat "%a %P %>s %r" pids
CustomLog logs/pids.log pids
CMSGuardAuditLog logs/audit.log
CMSGuardBan 3 60 60
CMSGuardBanExempt 127.0.0.9 127.0.1.0/24
RemoteIPHeader X-Forwarded-For
RemoteIPInternalProxy 127.0.0.5
<VirtualHost *:*>
    ServerName default.test
</VirtualHost>
<VirtualHost *:*>
    ServerName short.test
    CMSGuardBan 2 60 3
</VirtualHost>
<VirtualHost *:*>
    ServerName nobans.test
    CMSGuardBan Off
</VirtualHost>
CONF
    my $audit = sub { map { $json->decode($_) } $srv->lines('logs/audit.log') };

    # 1. two blocks: not yet
    my $r = $srv->request(attack('default.test'), from => '127.0.0.2');
    is($r->{status}, 403, "$mpm: attack refused");
    $r = $srv->request(attack('default.test'), from => '127.0.0.2');
    is($srv->request(benign('default.test'), from => '127.0.0.2')->{status}, 200,
       "$mpm: two blocks out of three: the address is still served");

    # 2. the third block, answered by another process, raises the ban
    my ($res, $socks) = held_requests($srv, '127.0.0.2', attack('default.test'));
    is_deeply($res, [403], "$mpm: third attack refused");
    my @ban = grep { ($_->{rule_id} // '') eq '5002' } $audit->();
    is(scalar @ban, 1, "$mpm: one ban record") or diag explain [$audit->()];
    is($ban[0]{action}, 'ban', "$mpm: ... action ban");
    is($ban[0]{ban_block}, '127.0.0.2', "$mpm: ... for the address");
    is($ban[0]{ban_reason}, 'blocked-requests', "$mpm: ... reason");
    is($ban[0]{ban_events}, 3, "$mpm: ... after 3 events");
    is($ban[0]{ban_duration}, 60, "$mpm: ... for 60 s");
    is($ban[0]{ban_trigger_rule}, '2002', "$mpm: ... naming the rule that tipped it");
    like($ban[0]{ban_until}, qr/^\d{4}-\d\d-\d\dT/, "$mpm: ... with its end time");

    # 3. every child refuses it: four connections held open at once
    my ($res2, $socks2) = held_requests($srv, '127.0.0.2', (benign('default.test')) x 4);
    is_deeply($res2, [403, 403, 403, 403], "$mpm: the ban holds on every connection");
    my @pids = map { (split ' ')[1] } grep { /^127\.0\.0\.2 / } $srv->lines('logs/pids.log');
    my %distinct = map { $_ => 1 } @pids;
    if ($mpm eq 'prefork') {
        cmp_ok(scalar keys %distinct, '>=', 4,
               "$mpm: the blocks and refusals were answered by several processes (@{[ join ',', sort keys %distinct ]})");
    }
    close $_ for @$socks, @$socks2;
    my @refused = grep { ($_->{rule_id} // '') eq '5001' } $audit->();
    is(scalar @refused, 4, "$mpm: each refused request has its record");
    is($refused[0]{status}, 403, "$mpm: ... status 403");
    like($refused[0]{msg}, qr/127\.0\.0\.2 is banned until .*blocked-requests/, "$mpm: ... saying why and until when");
    is($srv->request(benign('default.test'), from => '127.0.0.3')->{status}, 200,
       "$mpm: another address is served");
    is($srv->request(benign('nobans.test'), from => '127.0.0.2')->{status}, 200,
       "$mpm: a virtual host with CMSGuardBan Off serves the banned address");

    # 4. exempt networks are never banned
    $srv->request(attack('default.test'), from => $_) for ('127.0.0.9') x 4, ('127.0.1.7') x 4;
    is($srv->request(benign('default.test'), from => '127.0.0.9')->{status}, 200,
       "$mpm: an exempt address is blocked per request but never banned");
    is($srv->request(benign('default.test'), from => '127.0.1.7')->{status}, 200,
       "$mpm: ... and so is an exempt network");

    # 5. IPv6 clients are counted by /64 (addresses from mod_remoteip)
    for my $a (qw(2001:db8:1:2::1 2001:db8:1:2::2 2001:db8:1:2:ffff::3)) {
        $srv->request(attack('default.test', 'X-Forwarded-For' => $a), from => '127.0.0.5');
    }
    is($srv->request(benign('default.test', 'X-Forwarded-For' => '2001:db8:1:2:abcd::9'),
                     from => '127.0.0.5')->{status}, 403,
       "$mpm: three addresses of one /64 ban the whole /64");
    is($srv->request(benign('default.test', 'X-Forwarded-For' => '2001:db8:1:3::1'),
                     from => '127.0.0.5')->{status}, 200, "$mpm: the next /64 is served");
    ok((grep { ($_->{ban_block} // '') eq '2001:db8:1:2::/64' && $_->{rule_id} eq '5002' } $audit->()),
       "$mpm: the ban record names the /64");

    # 6. a ban ends after D seconds (short.test: 2 blocks, 3 s)
    $srv->request(attack('short.test'), from => '127.0.0.4') for 1 .. 2;
    is($srv->request(benign('short.test'), from => '127.0.0.4')->{status}, 403,
       "$mpm: short.test: banned after 2 blocks");
    my $served = 0;
    for (1 .. 40) {
        sleep 0.25;
        if ($srv->request(benign('short.test'), from => '127.0.0.4')->{status} == 200) { $served = 1; last }
    }
    ok($served, "$mpm: ... and served again once the 3 s are over");

    # 7. a graceful restart keeps running bans
    my %old = map { (split ' ')[1] => 1 } $srv->lines('logs/pids.log');
    $srv->graceful;
    my $kept;
    for (1 .. 100) {
        last if ($kept) = $srv->error_log =~ /CMSGUARD0702: (\d+) running ban\(s\) kept across the restart/;
        sleep 0.1;
    }
    cmp_ok($kept // 0, '>=', 2, "$mpm: the restart kept the running bans (127.0.0.2, the /64)");
    # the answer must come from the new generation, whose store was rebuilt
    my ($st, $pid);
    for (1 .. 50) {
        $st = $srv->request(benign('default.test'), from => '127.0.0.2')->{status};
        $pid = (split ' ', ($srv->lines('logs/pids.log'))[-1])[1];
        last unless $old{$pid};
        sleep 0.1;
    }
    ok(!$old{$pid}, "$mpm: a child of the new generation answered ($pid)");
    is($st, 403, "$mpm: after a graceful restart the ban still holds");
    is($srv->request(benign('default.test'), from => '127.0.0.3')->{status}, 200,
       "$mpm: ... while others are served");

    my @bad = grep { !eval { $json->decode($_); 1 } } $srv->lines('logs/audit.log');
    is(scalar @bad, 0, "$mpm: every audit line is JSON");
    my @c = $srv->crashes;
    is(scalar @c, 0, "$mpm: no crash") or diag "@c";
    $srv->stop;
}

done_testing();
