#!/usr/bin/perl
# bench/cost: what one request costs each server of bench/compare, in CPU
# instructions counted by valgrind's callgrind - a number that does not
# move with the machine's load, so a change of a few percent shows where
# req/s under wrk is lost in noise. It counts user-space instructions in
# httpd only (not the kernel's socket and file work, not PHP-FPM), so it
# says what a module adds, not what a request costs end to end.
#
# For each server, httpd runs once in one process (-X) under callgrind
# with every scenario sent WARM times (the fixed cost: startup, config,
# first-request set-up); then once per scenario with the same warm-up plus
# COUNT more of that scenario on one keep-alive connection. Instructions
# per request = (that run - the fixed run) / COUNT.
#   BENCH_COUNT (1000)  BENCH_WARM (20)  BENCH_ONLY (scenario regex)
#   BENCH_SERVERS (comma list; default plain httpd,mod_cmsguard)
#   BENCH_CMSGUARD_CONF: lines added to mod_cmsguard's config, as in bench/compare
#   BENCH_PROFILES=DIR keeps each run's callgrind file there, named
#     server--scenario.callgrind, for callgrind_annotate --inclusive=yes
# Measures only; asserts nothing.
use strict;
use warnings;
use lib 't/lib', 'bench/lib';
use CompareSetup;
use KeepAlive;
use CMSGuard::Test qw(slurp spew);
use IO::Socket::IP;
use Time::HiRes qw(sleep);

my $count = $ENV{BENCH_COUNT} || 1000;
my $warm  = $ENV{BENCH_WARM}  || 20;
my @names = split /,/, ($ENV{BENCH_SERVERS} || 'plain httpd,mod_cmsguard');

CompareSetup::need_packages('valgrind', @names > 2 || grep(/ModSec/, @names)
                            ? qw(libapache2-mod-security2 modsecurity-crs) : ());
my ($tmp, @scen) = CompareSetup::scenarios();
my $servers = CompareSetup::servers($tmp, no_start => 1, servers => \@names);
my $httpd = $ENV{CMSGUARD_HTTPD} || '/usr/sbin/apache2';

# The httpd under valgrind now running: stopped on the way out too, so a
# failed request does not leave it behind (holding the caller's stdout).
my ($running, $running_root);
# mod_cgid's daemon, forked from httpd (same command line), does not
# always leave with it
sub stop_httpd {
    kill 'TERM', $running;
    waitpid $running, 0;
    system('pkill', '-TERM', '-f', "apache2 -X -d $running_root ");
    $running = undef;
}
END { stop_httpd() if $running }

# Instructions httpd executed serving: WARM of each scenario, then $n of
# $sc. httpd drops root for www-data, so the output file is made
# writable first.
sub run {
    my ($s, $sc, $n) = @_;
    chmod 0777, $tmp;
    my $conf = slurp($s->{conf});
    $conf .= "\nMaxKeepAliveRequests 0\n" unless $conf =~ /^MaxKeepAliveRequests 0/m;
    spew($s->{conf}, $conf);
    # httpd keeps this process's pid (exec); mod_cgid's daemon, forked
    # from it, writes its own file
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        spew("$tmp/callgrind.$$", '', 0666);
        open STDERR, '>', "$tmp/valgrind.log";
        open STDOUT, '>', '/dev/null';
        exec 'valgrind', '--tool=callgrind', "--callgrind-out-file=$tmp/callgrind.%p",
             $httpd, '-X', '-d', $s->{root}, '-f', $s->{conf};
        die "exec valgrind: $!";
    }
    ($running, $running_root) = ($pid, $s->{root});
    my $out = "$tmp/callgrind.$pid";
    my $ka = KeepAlive->new(port => $s->{port}, timeout => 120);
    my $up;
    for (1 .. 600) {
        last if $up = IO::Socket::IP->new(PeerHost => '127.0.0.1', PeerPort => $s->{port});
        sleep 0.1;
    }
    die "httpd under valgrind did not listen:\n" . slurp("$tmp/valgrind.log") unless $up;
    close $up;
    my $status = '';
    for my $w (@scen) {
        for (1 .. $warm) {
            my $res = $ka->exchange(CompareSetup::raw_request($w));
            die "$w->[0]: $res->{error}\n" if $res->{error};
        }
    }
    if ($sc) {
        my $raw = CompareSetup::raw_request($sc);
        for (1 .. $n) {
            my $res = $ka->exchange($raw);
            die "$sc->[0]: $res->{error}\n" if $res->{error};
            $status = $res->{status};
        }
    }
    $ka->disconnect;
    stop_httpd();
    my ($total) = (slurp($out) // '') =~ /^(?:summary|totals):\s*(\d+)/m
        or die "no callgrind totals in $out:\n" . slurp("$tmp/valgrind.log");
    if (my $keep = $ENV{BENCH_PROFILES}) {
        (my $f = "$s->{bench_name}--" . ($sc ? $sc->[0] : 'fixed')) =~ s/[^\w.+-]+/_/g;
        system('mkdir', '-p', $keep);
        system('cp', $out, "$keep/$f.callgrind");
    }
    return ($total, $status);
}

my %cost;
for my $name (@names) {
    my $s = $servers->{$name};
    $s->{bench_name} = $name;
    my ($fixed) = run($s, undef, 0);
    for my $sc (@scen) {
        my ($total, $status) = run($s, $sc, $count);
        $cost{$sc->[0]}{$name} = { per => ($total - $fixed) / $count, status => $status };
    }
}

printf "\nbench/cost: instructions per request in httpd (callgrind, one process, "
     . "%d requests on one keep-alive connection after %d of each)\n", $count, $warm;
printf "%-28s %-16s %6s %12s %9s\n", 'scenario', 'server', 'status', 'instr/req', 'x plain';
for my $sc (@scen) {
    my $c = $cost{$sc->[0]};
    my $base = $c->{'plain httpd'} ? $c->{'plain httpd'}{per} : undef;
    for my $name (@names) {
        printf "%-28s %-16s %6s %12.0f %9s\n", $sc->[0], $name, $c->{$name}{status},
            $c->{$name}{per}, $base ? sprintf('%.3f', $c->{$name}{per} / $base) : '-';
    }
}
print "(a module's added cost is its row minus plain httpd's; the kernel's work and the backend are not counted)\n";
system('rm', '-rf', $tmp);
