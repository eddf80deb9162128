#!/usr/bin/perl
# bench/compare: plain httpd, httpd + mod_cmsguard (shipped conf, all packs,
# admin guard on) and httpd + ModSecurity 2 + OWASP CRS 3.3 at PL1 (Debian
# packages), side by side in one run: same mpm_event, same PHP-FPM backend,
# loopback, wrk in interleaved rounds. Prints, per scenario, the status each
# server answers (a peer that refuses a legitimate request is a finding,
# not a speed), median req/s, p99 latency, the ratio to plain httpd, and
# child RSS per server. Measures only; asserts nothing. Its back-to-back
# rounds carry the machine's drift; bench/paired measures a few percent
# of difference with the drift cancelled.
#   BENCH_SECONDS (5)  BENCH_ROUNDS (3)  BENCH_CONNS (16)
#   BENCH_ONLY (a regex: run the scenarios whose name matches)
#   BENCH_VERBOSE=1 prints each round's req/s to stderr as it ends
#   BENCH_CMSGUARD_CONF: lines added to mod_cmsguard's server config (say
#     "CMSGuardEngine Off", to measure the module loaded but idle)
#   BENCH_SERVERS (comma list, default all three; plain httpd always runs,
#     the ratios need it): a long run of one question without the peer
#   BENCH_PIN (1 on a machine with 2+ CPUs): the servers and their
#     backends run on CPU 0, wrk on CPU 1, so the client never takes the
#     server's CPU and the scheduler does not move either between rounds;
#     req/s then measures what a request costs the server. 0: unpinned.
use strict;
use warnings;
use lib 't/lib', 'bench/lib';
use CompareSetup;
use CMSGuard::Test qw(slurp);

my $secs   = $ENV{BENCH_SECONDS} || 5;
my $rounds = $ENV{BENCH_ROUNDS}  || 3;
my $conns  = $ENV{BENCH_CONNS}   || 16;
my $ncpu   = () = (slurp('/proc/cpuinfo') // '') =~ /^processor\s*:/mg;
my $pin    = $ENV{BENCH_PIN} // ($ncpu >= 2 ? 1 : 0);
# before any server starts: every process started from here inherits it
if ($pin) {
    system("taskset -pc 0 $$ >/dev/null") == 0 or die "taskset failed: is util-linux installed?\n";
}
my $wrk = $pin ? 'taskset -c 1 wrk' : 'wrk';

my %pick = ('plain httpd' => 1);
for my $n (split /,/, ($ENV{BENCH_SERVERS} || join ',', @CompareSetup::SERVERS)) {
    die "BENCH_SERVERS: no server '$n' (have: @{[join ', ', @CompareSetup::SERVERS]})\n"
        unless grep { $_ eq $n } @CompareSetup::SERVERS;
    $pick{$n} = 1;
}
my @names = grep { $pick{$_} } @CompareSetup::SERVERS;
CompareSetup::need_packages('wrk', grep(/ModSec/, @names)
                            ? qw(libapache2-mod-security2 modsecurity-crs) : ());
my ($tmp, @scen) = CompareSetup::scenarios();
my %servers = %{ CompareSetup::servers($tmp, servers => \@names) };
sleep 2;

# what each server answers, once
my %status;
for my $sc (@scen) {
    for my $sn (keys %servers) {
        $status{$sc->[0]}{$sn} = $servers{$sn}->request(CompareSetup::raw_request($sc))->{status};
    }
}

my %res;
for my $round (1 .. $rounds) {
    for my $sc (@scen) {
        my $name = $sc->[0];
        # each round starts with another server: no server always runs
        # right after the same neighbour
        my @order = sort keys %servers;
        push @order, splice(@order, 0, ($round - 1) % @order);
        for my $sn (@order) {
            my $cmd = CompareSetup::wrk_command($sc, $servers{$sn}->url, $wrk,
                                                "-t2 -c$conns -d${secs}s --latency");
            my $out = `$cmd 2>&1`;
            my ($rps) = $out =~ /Requests\/sec:\s+([\d.]+)/;
            my ($p99, $u) = $out =~ /99%\s+([\d.]+)(us|ms|s)/;
            $p99 = defined $p99 ? $p99 * ($u eq 'us' ? 0.001 : $u eq 's' ? 1000 : 1) : 0;
            push @{ $res{$name}{$sn}{rps} }, $rps // 0;
            printf STDERR "round %d %-26s %-16s %8.0f req/s\n", $round, $name, $sn, $rps // 0
                if $ENV{BENCH_VERBOSE};
            push @{ $res{$name}{$sn}{p99} }, $p99;
        }
    }
}
sub median { my @s = sort { $a <=> $b } @_; $s[$#s / 2] }
sub child_rss_kb {
    my ($s) = @_;
    my $ppid = $s->pid or return 0;
    my $max = 0;
    for my $pid (split ' ', `pgrep -P $ppid`) {
        my ($kb) = (slurp("/proc/$pid/status") // '') =~ /^VmRSS:\s+(\d+)/m;
        $max = $kb if $kb && $kb > $max;
    }
    return $max;
}

# Ratios pair each server's round with plain httpd's of the same round
# (seconds apart): the machine's speed drifts between rounds by more than
# the differences measured, and the drift cancels within a pair.
sub ratios {
    my ($name, $sn) = @_;
    my @b = @{ $res{$name}{'plain httpd'}{rps} };
    my @s = @{ $res{$name}{$sn}{rps} };
    return map { $s[$_] / ($b[$_] || 1) } 0 .. $#b;
}

printf "\nbench/compare: mpm_event, PHP-FPM echo backend, wrk -t2 -c%d, %d s x %d interleaved rounds%s\n",
    $conns, $secs, $rounds, $pin ? ", servers on CPU 0, wrk on CPU 1" : "";
printf "%-28s %-16s %6s %10s %9s %8s  %s\n", 'scenario', 'server', 'status', 'req/s', 'p99 ms',
    'x plain', 'rounds: lowest-highest';
for my $sc (@scen) {
    my $name = $sc->[0];
    for my $sn (@names) {
        my $r = $res{$name}{$sn};
        my @q = sort { $a <=> $b } ratios($name, $sn);
        printf "%-28s %-16s %6s %10.0f %9.2f %8.3f  %.3f-%.3f\n", $name, $sn, $status{$name}{$sn},
            median(@{ $r->{rps} }), median(@{ $r->{p99} }), median(@q), $q[0], $q[-1];
    }
}
print "(req/s and p99: medians over the rounds; x plain: the median of the per-round\n"
    . " ratios to plain httpd's req/s in the same round)\n";
printf "\nlargest child RSS after the run: %s\n",
    join ', ', map { sprintf "%s %.1f MB", $_, child_rss_kb($servers{$_}) / 1024 }
               @names;
print "(a status other than 200 means that server refused a legitimate request; its req/s then measures refusals)\n";
$_->stop for values %servers;
system('rm', '-rf', $tmp);
