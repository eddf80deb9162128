#!/usr/bin/perl
# Several web servers behind one load balancer share counters and bans
# through a real Redis (mod_socache_redis) or memcached
# (mod_socache_memcache) started here on loopback: blocks counted on two
# servers add up, and a ban raised on one is enforced by the other.
use strict;
use warnings;
use Test::More;
use JSON::PP;
use POSIX ':sys_wait_h';
use Time::HiRes qw(sleep);
use IO::Socket::IP;
use lib 't/lib';
use CMSGuard::Test qw(free_port);

my $attack_body = qq{<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>}
                . qq{<methodCall><methodName>demo.sayHello</methodName></methodCall>};
my $ATTACK = "POST /xmlrpc.php HTTP/1.1\r\nHost: t\r\nContent-Type: text/xml\r\n"
           . "Content-Length: " . length($attack_body) . "\r\n\r\n$attack_body";
my $GET = "GET /index.html HTTP/1.1\r\nHost: t\r\n\r\n";

my %stores = (
    redis    => { bin => '/usr/bin/redis-server',
                  cmd => sub { ('/usr/bin/redis-server', '--port', $_[0], '--bind', '127.0.0.1',
                                '--save', '', '--appendonly', 'no') } },
    memcache => { bin => '/usr/bin/memcached',
                  cmd => sub { ('/usr/bin/memcached', '-p', $_[0], '-l', '127.0.0.1', '-U', '0',
                                ($> == 0 ? ('-u', 'nobody') : ())) } },
);

my $json = JSON::PP->new;
for my $name (qw(redis memcache)) {
    my $st = $stores{$name};
    SKIP: {
        skip "$st->{bin} is not installed (make deps installs it)", 1 unless -x $st->{bin};
        my $port = free_port();
        my $pid = fork // die "fork: $!";
        if (!$pid) {
            open STDOUT, '>', '/dev/null';
            open STDERR, '>', '/dev/null';
            exec $st->{cmd}->($port);
            exit 127;
        }
        my $up;
        for (1 .. 100) {
            last if $up = IO::Socket::IP->new(PeerHost => '127.0.0.1', PeerPort => $port);
            sleep 0.05;
        }
        ok($up, "$name: server listens on $port");
        my $conf = <<"CONF";
CMSGuardAuditLog logs/audit.log
CMSGuardBanStore $name:127.0.0.1:$port
CMSGuardBan 3 60 60
CONF
        my @srv = map {
            CMSGuard::Test->new(mpm => 'event', modules => ["socache_$name"],
                                files => { 'htdocs/index.html' => "hello\n" }, extra => $conf)
        } 1 .. 2;
        my ($a, $b) = @srv;

        # counts add up across servers: 1 block on A, 2 on B
        is($a->request($ATTACK, from => '127.0.0.31')->{status}, 403, "$name: A refuses the attack");
        is($b->request($ATTACK, from => '127.0.0.31')->{status}, 403, "$name: B refuses the attack");
        is($a->request($GET, from => '127.0.0.31')->{status}, 200, "$name: two blocks: still served by A");
        is($b->request($GET, from => '127.0.0.31')->{status}, 200, "$name: ... and by B");
        is($b->request($ATTACK, from => '127.0.0.31')->{status}, 403, "$name: B refuses the third");
        is($a->request($GET, from => '127.0.0.31')->{status}, 403,
           "$name: the blocks on both servers added up: A refuses the address");
        my ($ban) = grep { ($_->{rule_id} // '') eq '5002' } map { $json->decode($_) } $b->lines('logs/audit.log');
        is($ban->{ban_events}, 3, "$name: B's ban record counts 3 events (1 from A)");
        my ($ref) = grep { ($_->{rule_id} // '') eq '5001' } map { $json->decode($_) } $a->lines('logs/audit.log');
        ok($ref, "$name: A records the refusal by ban");

        # a ban raised on A alone holds on B
        $a->request($ATTACK, from => '127.0.0.32') for 1 .. 3;
        is($b->request($GET, from => '127.0.0.32')->{status}, 403, "$name: a ban raised on A is enforced by B");
        is($b->request($GET, from => '127.0.0.33')->{status}, 200, "$name: B serves other addresses");

        # the store going away costs the bans, not the site
        kill 'TERM', $pid;
        waitpid($pid, 0);
        is($a->request($GET, from => '127.0.0.34')->{status}, 200, "$name: with the store down, requests are served");
        like($a->error_log, qr/CMSGUARD0708: ban store \w+: lookup failed/, "$name: ... and the error log says bans are not checked");
        for my $s (@srv) {
            my @c = $s->crashes;
            is(scalar @c, 0, "$name: no crash") or diag "@c";
            $s->stop;
        }
    }
}

done_testing();
