#!/usr/bin/perl
# bench/paired: what a request costs each server in CPU time, measured with
# plain httpd running AT THE SAME TIME on the same CPU, so both see the same
# machine at every instant.
#
# Why: on a shared machine the speed of a CPU drifts by 10-25% from one
# second to the next (neighbours, steal, frequency). bench/compare runs the
# servers one after another, so each of its paired rounds carries that
# drift and a 3% difference needs 100 rounds to see (README). Here plain
# httpd and the server under test share CPU 0, each driven by its own wrk
# on CPU 1 for the same seconds; each stack's CPU time (every thread of its
# httpd children and of its PHP-FPM, from /proc/.../schedstat, in ns) over
# the requests it answered is its cost per request. The drift scales both
# alike and cancels in the ratio plain cost / server cost, which is the
# share of plain httpd's req/s the server sustains when the CPU is the
# limit - what bench/compare's req/s ratio estimates, with far less noise.
#
# A second copy of plain httpd runs as the control: how far it reads from
# 1.000 is how much two fresh instances of one server differ (up to 1.5%
# here: memory layout, most likely), which more rounds do not average
# away. A difference smaller than that needs several runs, each with new
# instances.
#
#   BENCH_SECONDS (10)  BENCH_ROUNDS (5)  BENCH_CONNS (16, per server)
#   BENCH_ONLY (scenario regex, as bench/compare)
#   BENCH_SERVERS (comma list; default mod_cmsguard; ModSecurity+CRS too)
#   BENCH_CONTROL=0 skips the plain-vs-plain control
#   BENCH_CMSGUARD_CONF: lines added to mod_cmsguard's config
# Needs two CPUs. Measures only; asserts nothing.
use strict;
use warnings;
use lib 't/lib', 'bench/lib';
use CompareSetup;
use CMSGuard::Test qw(slurp);

my $secs   = $ENV{BENCH_SECONDS} || 10;
my $rounds = $ENV{BENCH_ROUNDS}  || 5;
my $conns  = $ENV{BENCH_CONNS}   || 16;
my $ncpu   = () = (slurp('/proc/cpuinfo') // '') =~ /^processor\s*:/mg;
die "bench/paired needs 2 CPUs (servers on one, wrk on the other); this machine has $ncpu\n"
    if $ncpu < 2;
my @under = split /,/, ($ENV{BENCH_SERVERS} || 'mod_cmsguard');
for my $n (@under) {
    die "BENCH_SERVERS: no server '$n' (have: @{[join ', ', grep { $_ ne 'plain httpd' } @CompareSetup::SERVERS]})\n"
        unless $n ne 'plain httpd' && grep { $_ eq $n } @CompareSetup::SERVERS;
}
my $control = $ENV{BENCH_CONTROL} // 1;
CompareSetup::need_packages('wrk', grep(/ModSec/, @under)
                            ? qw(libapache2-mod-security2 modsecurity-crs) : ());
-r '/proc/self/schedstat' or die "bench/paired reads /proc/<pid>/task/<tid>/schedstat: not available here\n";

# every server, its PHP-FPM and everything they fork run on CPU 0
system("taskset -pc 0 $$ >/dev/null") == 0 or die "taskset failed: is util-linux installed?\n";

my ($tmp, @scen) = CompareSetup::scenarios();
my %servers = %{ CompareSetup::servers($tmp, servers => ['plain httpd', @under]) };
my @pairs = map { [$_, $servers{$_}] } @under;
my $copy;
if ($control) {
    # its own scratch tree: CompareSetup keys servers by name
    my $tmp2 = "$tmp/control";
    mkdir $tmp2;
    $copy = CompareSetup::servers($tmp2, servers => ['plain httpd'])->{'plain httpd'};
    unshift @pairs, ['plain httpd (control copy)', $copy];
}
sleep 2;

# The processes of one stack: httpd's children (the master only forks and
# waits) and PHP-FPM's master and workers.
sub stack_pids {
    my ($t) = @_;
    my @roots = grep { $_ } ($t->pid, $t->{php_pid});
    my %kids;
    for my $stat (glob '/proc/[0-9]*/stat') {
        my $s = slurp($stat) // next;
        my ($pid, $ppid) = $s =~ /^(\d+) \(.*\) \S+ (\d+)/s or next;
        push @{ $kids{$ppid} }, $pid;
    }
    return ((map { @{ $kids{$_} || [] } } @roots), grep { $_ != $t->pid } @roots);
}

sub cpu_ns {
    my $ns = 0;
    for my $pid (@_) {
        for my $f (glob "/proc/$pid/task/*/schedstat") {
            my ($run) = split ' ', (slurp($f) // '0');
            $ns += $run;
        }
    }
    return $ns;
}

my $plain = $servers{'plain httpd'};
my (%ratio, %sum, %status, %churn);
for my $sc (@scen) {
    for my $p (@pairs) {
        my ($name, $t) = @$p;
        $status{$sc->[0]}{$name} = $t->request(CompareSetup::raw_request($sc))->{status};
    }
    $status{$sc->[0]}{'plain httpd'} = $plain->request(CompareSetup::raw_request($sc))->{status};
    for my $round (1 .. $rounds) {
        for my $p (@pairs) {
            my ($name, $t) = @$p;
            my %pids = (a => [stack_pids($plain)], b => [stack_pids($t)]);
            my %c0 = map { $_ => cpu_ns(@{ $pids{$_} }) } keys %pids;
            # which wrk starts first alternates by round
            my %fh;
            for my $k ($round % 2 ? qw(a b) : qw(b a)) {
                my $cmd = CompareSetup::wrk_command($sc, ($k eq 'a' ? $plain : $t)->url,
                                                    'taskset -c 1 wrk', "-t1 -c$conns -d${secs}s");
                open $fh{$k}, '-|', "$cmd 2>&1" or die "wrk: $!";
            }
            my %out = map { my $h = $fh{$_}; $_ => do { local $/; <$h> } } qw(a b);
            close $_ for values %fh;
            my %c1 = map { $_ => cpu_ns(@{ $pids{$_} }) } keys %pids;
            # a process that left during the round took its CPU time
            # with it: measure that round again
            my %now = (a => [stack_pids($plain)], b => [stack_pids($t)]);
            if ("@{$pids{a}} @{$pids{b}}" ne "@{$now{a}} @{$now{b}}") {
                $churn{$sc->[0]}{$name}++;
                redo if $churn{$sc->[0]}{$name} < 3 * $rounds;
                die "$sc->[0] / $name: processes keep changing under load\n";
            }
            my %per;
            for my $k (qw(a b)) {
                my ($n) = $out{$k} =~ /(\d+) requests in/
                    or die "$sc->[0] / $name: wrk said:\n$out{$k}";
                $per{$k} = ($c1{$k} - $c0{$k}) / $n;
                $sum{$sc->[0]}{$name}{$k}{ns} += $c1{$k} - $c0{$k};
                $sum{$sc->[0]}{$name}{$k}{n}  += $n;
            }
            push @{ $ratio{$sc->[0]}{$name} }, $per{a} / $per{b};
            printf STDERR "round %d %-26s %-27s plain %6.1f us/req, it %6.1f us/req: %.3f\n",
                $round, $sc->[0], $name, $per{a} / 1000, $per{b} / 1000, $per{a} / $per{b}
                if $ENV{BENCH_VERBOSE};
        }
    }
}

sub stats {
    my @r = sort { $a <=> $b } @_;
    my $mean = 0;
    $mean += $_ / @r for @r;
    my $var = 0;
    $var += ($_ - $mean) ** 2 for @r;
    my $se = @r > 1 ? sqrt($var / (@r - 1) / @r) : 0;
    return ($r[int($#r / 2)], $mean, $se);
}

printf "\nbench/paired: CPU per request with plain httpd running at the same time on the same CPU "
     . "(%d rounds x %d s, %d connections each)\n", $rounds, $secs, $conns;
printf "%-26s %-27s %6s %10s %10s %7s %7s %7s\n",
    'scenario', 'server', 'status', 'plain us', 'it us', 'median', 'mean', '+-s.e.';
for my $sc (@scen) {
    my $s = $sc->[0];
    for my $p (@pairs) {
        my $name = $p->[0];
        my $q = $sum{$s}{$name};
        my ($med, $mean, $se) = stats(@{ $ratio{$s}{$name} });
        printf "%-26s %-27s %6s %10.1f %10.1f %7.3f %7.3f %7.3f%s\n", $s, $name,
            $status{$s}{$name} . ($status{$s}{$name} ne $status{$s}{'plain httpd'} ? '!' : ''),
            $q->{a}{ns} / $q->{a}{n} / 1000, $q->{b}{ns} / $q->{b}{n} / 1000,
            $med, $mean, $se,
            $churn{$s}{$name} ? "  ($churn{$s}{$name} rounds redone)" : '';
    }
}
print "(ratio = plain's CPU per request / the server's, per round: the share of plain httpd's req/s "
    . "it sustains when CPU-bound; '!' marks a status other than plain's: a refusal's cost, not a pass's; "
    . "the control copy's distance from 1.000 is the spread between two instances of one server)\n";
# stopped here, not in global destruction (where a server's fields may
# already be gone and it would be left running), and before ModSecurity's
# configuration in $tmp is removed (apachectl reads it to stop)
$_->[1]->stop for @pairs;
$plain->stop;
system('rm', '-rf', $tmp);
