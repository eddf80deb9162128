#!/usr/bin/perl
# bench/soak: a real httpd (Debian apache2, mpm_event, own ServerRoot,
# loopback only) with mod_cmsguard, the default policy from conf/, every
# pack in rules/, PHP-FPM and CGI echo backends and an audit log, driven
# for a while by concurrent clients replaying t/corpus (attacks and
# legitimate requests, keep-alive and fresh connections, some bodies
# chunked) while `apache2 -k graceful` runs every few seconds.
#
# 1. Calibration: every case once (concurrently), checked against the
#    corpus verdict; its status and whether it wrote an audit record become
#    what the soak expects of it.
# 2. Soak: workers send random cases until the time or request bound; the
#    parent restarts httpd gracefully and samples the RSS of httpd's
#    processes from /proc.
# 3. Report: requests, unexpected answers, keep-alive connections closed
#    under a request (retried once, counted), httpd's own 503 when a CGI
#    request meets mod_cgid's daemon being replaced at a restart (sent
#    again once, counted, each matched by a cgid error in the error log),
#    audit records against blocked answers one by one (UNIQUE_ID), invalid
#    JSON lines, child crashes, RSS over time and its growth after warm-up.
# Exits 1 if any correctness condition fails. Nothing here asserts a time.
#
#   SOAK_SECONDS (300)  SOAK_MAX_REQUESTS (1000000)  SOAK_WORKERS (8)
#   SOAK_GRACEFUL (30)  SOAK_SAMPLE (5)  SOAK_WARMUP (min(60, SOAK_SECONDS/4))
#   SOAK_SEED (1)  SOAK_KEEP (1: keep the ServerRoot, 0: remove it; unset: keep it on failure)
use strict;
use warnings;
use lib 't/lib', 'bench/lib';
use File::Path qw(remove_tree make_path);
use File::Temp qw(tempdir);
use JSON::PP;
use List::Util qw(min max sum);
use POSIX qw(:sys_wait_h _exit);
use Time::HiRes qw(time sleep);
use CMSGuard::Test qw(slurp spew project_root free_port build_dir);
use KeepAlive;
use SoakSite;

my %opt = (
    seconds  => $ENV{SOAK_SECONDS} // 300,
    max      => $ENV{SOAK_MAX_REQUESTS} // 1_000_000,
    workers  => $ENV{SOAK_WORKERS} // 8,
    graceful => $ENV{SOAK_GRACEFUL} // 30,
    sample   => $ENV{SOAK_SAMPLE} // 5,
    seed     => $ENV{SOAK_SEED} // 1,
);
$opt{warmup} = $ENV{SOAK_WARMUP} // min(60, int($opt{seconds} / 4));
for (qw(seconds max workers graceful sample)) {
    die "SOAK_\U$_\E must be a positive number\n" unless $opt{$_} =~ /^\d+(\.\d+)?$/ && $opt{$_} > 0;
}
# mixing: how often a request goes on a fresh connection, how often a
# case with a body is sent chunked
my ($P_FRESH, $P_CHUNKED) = (0.3, 0.3);

my $proj = project_root();
chdir $proj or die "$proj: $!";
die build_dir() . "/.libs/mod_cmsguard.so missing: run make all\n" unless -f build_dir() . "/.libs/mod_cmsguard.so";

# --- the server -------------------------------------------------------------
my $root = tempdir('cmsguard-soak-XXXXXX', TMPDIR => 1, CLEANUP => 0);
my %port = (vpatch => free_port(), xmlrpc => free_port(), admin => free_port());
my (@kids, $srv, $failed);
my $parent = $$;
sub cleanup {
    return unless $$ == $parent;
    kill 'TERM', @kids if @kids;
    waitpid($_, 0) for @kids;
    @kids = ();
    $srv->stop if $srv;
}
$SIG{INT} = $SIG{TERM} = sub {
    print STDERR "\nsoak: interrupted, stopping httpd\n";
    cleanup();
    remove_tree($root) unless $ENV{SOAK_KEEP};
    exit 130;
};
END { cleanup() if $$ == $parent }

$srv = CMSGuard::Test->new(mpm => 'event', php => 1, root => $root, port => $port{vpatch},
                           modules => ['negotiation', 'socache_shmcb'], no_start => 1,
                           files => SoakSite::files($proj),
                           extra => SoakSite::config($proj, %port));
spew("$root/htdocs/backend.log", '', 0666);
{   # the harness logs cmsguard at debug for tests: a soak wants warn
    my $c = slurp($srv->{conf});
    $c =~ s/^LogLevel .*$/LogLevel warn/m;
    spew($srv->{conf}, $c);
}
$srv->start;
my $ppid = $srv->pid;
my $audit = "$root/logs/cmsguard_audit.log";
my @cases = SoakSite::cases($proj);
printf "soak: httpd %d (mpm_event) in %s, ports vpatch %d xmlrpc %d admin %d; %d cases\n",
    $ppid, $root, $port{vpatch}, $port{xmlrpc}, $port{admin}, scalar @cases;

# Fork $n workers running $code->($i); each writes its results as JSON to
# $root/soak/NAME-$i.json. Returns the decoded results.
make_path("$root/soak");
sub run_workers {
    my ($name, $n, $code, $tick) = @_;
    for my $i (0 .. $n - 1) {
        my $pid = fork // die "fork: $!";
        if (!$pid) {
            $SIG{INT} = $SIG{TERM} = 'DEFAULT';
            $SIG{PIPE} = 'IGNORE';
            my $res = eval { $code->($i) } || { died => "$@" };
            spew("$root/soak/$name-$i.json", encode_json($res));
            _exit(0);
        }
        push @kids, $pid;
    }
    while (@kids) {
        @kids = grep { waitpid($_, WNOHANG) == 0 } @kids;
        last unless @kids;
        $tick ? $tick->() : sleep 0.2;
        sleep 0.1;
    }
    my @res = map { decode_json(slurp("$root/soak/$name-$_.json") // '{"died":"no result"}') } 0 .. $n - 1;
    die "a $name worker died: $_->{died}\n" for grep { $_->{died} } @res;
    return @res;
}

sub client_for { KeepAlive->new(port => $port{ $_[0]{port} }) }

# Send one case; a keep-alive connection the server closed before any byte
# of an answer is retried once on a fresh one (counted by the caller).
sub send_case {
    my ($conns, $c, $fresh) = @_;
    my $k = $conns->{ $c->{port} } ||= client_for($c);
    # httpd's KeepAliveTimeout is 5 s: do not count its own closing
    $k->disconnect if $fresh || $k->idle_for > 3;
    my $r = $k->exchange($c->{raw}, $c->{method});
    return ($r, 0) unless $r->{stale};
    my $first = $r->{error};
    $r = $k->exchange($c->{raw}, $c->{method});
    $r->{retried_after} = $first;
    return ($r, 1);
}

# --- 1. calibration ----------------------------------------------------------
my $t0 = time;
my @cal = run_workers('calibrate', $opt{workers}, sub {
    my ($w) = @_;
    my (%conns, %out);
    for (my $i = $w; $i < @cases; $i += $opt{workers}) {
        my $c = $cases[$i];
        my ($r) = send_case(\%conns, $c, 1);
        $out{ $c->{key} } = { status => $r->{status} // 0, error => $r->{error},
                              uid => $r->{headers}{'x-soak-id'},
                              problem_pass => SoakSite::verdict_problem($c, $r, 0),
                              problem_block => SoakSite::verdict_problem($c, $r, 1),
                              body => substr($r->{body} // '', 0, 200) };
    }
    return \%out;
});
my %cal = map { %$_ } @cal;
my %audit_by_uid;
my @audit0 = split /\n/, slurp($audit) // '';
for (@audit0) {
    my $j = eval { decode_json($_) } or next;
    $audit_by_uid{ $j->{unique_id} } = $j if $j->{unique_id};
}
my (@cal_fail, @phantom, %expect);
for my $c (@cases) {
    my $r = $cal{ $c->{key} };
    my $rec = $r->{uid} ? $audit_by_uid{ $r->{uid} } : undef;
    my $problem = $r->{error} ? "no answer: $r->{error}"
                : $rec ? $r->{problem_block} : $r->{problem_pass};
    if ($problem) {
        push @cal_fail, "$c->{key}: $problem";
        next;
    }
    # A record whose status is not the answer's: the module recorded a
    # refusal that is not what the client got (a refused subrequest).
    my $phantom = $rec && ($rec->{status} // 0) != $r->{status};
    push @phantom, sprintf("%s: answered %d, but the audit record says %s %d for %s (rule %s)",
                           $c->{key}, $r->{status}, $rec->{action}, $rec->{status},
                           $rec->{uri}, $rec->{rule_id}) if $phantom;
    $expect{ $c->{key} } = { status => $r->{status}, audited => ($rec ? 1 : 0),
                             phantom => ($phantom ? 1 : 0),
                             rule_id => ($rec ? $rec->{rule_id} : undef) };
}
my @soak_cases = grep { $expect{ $_->{key} } } @cases;
my @plain = grep { !$_->{chunked} } @soak_cases;
my %chunked_of = map { ($_->{key} =~ s/#chunked$//r) => $_ } grep { $_->{chunked} } @soak_cases;
printf "calibration: %d cases in %.1f s, %d refused with an audit record, %d not as the corpus says, "
     . "%d with an audit record that is not their answer\n",
    scalar @cases, time - $t0, scalar(grep { $_->{audited} && !$_->{phantom} } values %expect),
    scalar @cal_fail, scalar @phantom;
print "  $_\n" for @cal_fail, @phantom;
my $audit_start = scalar @audit0;

# --- 2. soak -----------------------------------------------------------------
sub proc_status {
    my ($pid) = @_;
    my $s = slurp("/proc/$pid/status") // return undef;
    my ($rss) = $s =~ /^VmRSS:\s+(\d+)/m;
    my ($thr) = $s =~ /^Threads:\s+(\d+)/m;
    my ($pp)  = $s =~ /^PPid:\s+(\d+)/m;
    return { rss => $rss // 0, threads => $thr // 0, ppid => $pp // 0 };
}
sub median { my @s = sort { $a <=> $b } @_; @s ? $s[$#s / 2] : 0 }

# httpd's children: the MPM's worker processes (threaded) and mod_cgid's
# daemon (one thread); CGI scripts are the daemon's children, not counted.
my (@samples, @graceful, @graceful_errors);
sub sample {
    my ($t) = @_;
    # seconds since the last graceful restart: children are being replaced
    my $since = @graceful ? $t - $graceful[-1] : $t;
    my (@workers, $other, $singles);
    opendir my $d, '/proc' or return;
    for my $pid (grep { /^\d+$/ } readdir $d) {
        my $st = proc_status($pid) or next;
        next unless $st->{ppid} == $ppid;
        if ($st->{threads} > 1) { push @workers, $st->{rss} } else { $other += $st->{rss}; $singles++ }
    }
    my $p = proc_status($ppid) or return;
    push @samples, { t => $t, gen => scalar @graceful, # a second one-thread child is an MPM child still starting
                     restarting => ($since < 3 || !@workers || ($singles // 0) > 1 ? 1 : 0),
                     parent => $p->{rss}, n => scalar @workers,
                     median => median(@workers), max => max(0, @workers),
                     children => sum(0, @workers), cgid => $other // 0,
                     total => $p->{rss} + sum(0, @workers) + ($other // 0) };
}

sub generations { scalar(() = $srv->error_log =~ /resuming normal operations/g) }

my $gen0 = generations();
my $start = time;
my ($next_graceful, $next_sample) = ($start + $opt{graceful}, $start);
my $quota = int(($opt{max} + $opt{workers} - 1) / $opt{workers});
my @res = run_workers('soak', $opt{workers}, sub {
    my ($w) = @_;
    srand($opt{seed} * 1000 + $w);
    my (%conns, %by, @unexpected, @retries, @retries_503, @answers);
    my %n = (sent => 0);
    my $end = $start + $opt{seconds};
    while (time < $end && $n{sent} < $quota) {
        my $c = $plain[int rand @plain];
        $c = $chunked_of{ $c->{key} } if $chunked_of{ $c->{key} } && rand() < $P_CHUNKED;
        my ($r, $retried) = send_case(\%conns, $c, rand() < $P_FRESH);
        $n{sent}++;
        $n{chunked}++ if $c->{chunked};
        if ($retried) {
            $n{retried}++;
            push @retries, [time, $r->{retried_after}];
        }
        my $e = $expect{ $c->{key} };
        # mod_cgid's daemon is replaced at a graceful restart; a CGI
        # request that meets the old one dying gets httpd's own 503
        # ("failed reading PID from cgi daemon"). Sent again once, counted,
        # and checked against the error log in the report.
        if (!$r->{error} && ($r->{status} // 0) == 503 && $e->{status} != 503
            && ($r->{body} // '') =~ /<title>503 Service Unavailable<\/title>/) {
            push @retries_503, [time, $c->{key}];
            ($r) = send_case(\%conns, $c, 1);
        }
        my $problem = $r->{error} ? "no answer: $r->{error}"
                    : $r->{status} != $e->{status} ? "status $r->{status}, calibrated $e->{status}"
                    : $e->{audited} ? undef
                    : $c->{no_admin} ? (($r->{body} // '') =~ /^ADMIN/ ? 'admin code ran' : undef)
                    : $r->{status} == 200 ? SoakSite::echo_problem($c, $r) : undef;
        if ($problem) {
            $n{unexpected}++;
            push @unexpected, "$c->{key}: $problem"
                . ($r->{body} ? ' [' . substr($r->{body}, 0, 120) . ']' : '') if @unexpected < 20;
            next;
        }
        my $refused = $e->{audited} && !$e->{phantom};
        $n{ $refused ? 'blocked' : 'passed' }++;
        $by{ $c->{group} }{ $refused ? 'blocked' : 'passed' }++;
        push @answers, [$r->{headers}{'x-soak-id'} // '', $c->{key}, $r->{status}]
            if $e->{audited};
    }
    $_->disconnect for values %conns;
    return { n => \%n, by => \%by, unexpected => \@unexpected, retries => \@retries,
             retries_503 => \@retries_503, answers => \@answers };
}, sub {
    my $now = time;
    if ($now >= $next_sample) {
        sample($now - $start);
        $next_sample += $opt{sample};
    }
    if ($now >= $next_graceful && $now < $start + $opt{seconds} - 1) {
        my $out = $srv->ctl('graceful');
        push @graceful, $now - $start;
        push @graceful_errors, "graceful at " . int($now - $start) . " s: $out" if $srv->{ctl_rc};
        $next_graceful += $opt{graceful};
    }
});
my $elapsed = time - $start;
sample($elapsed);

# --- 3. report ---------------------------------------------------------------
my (%n, %by, @unexpected, @retries, @retries_503, %answer_of);
for my $r (@res) {
    $n{$_} += $r->{n}{$_} for keys %{ $r->{n} };
    for my $g (keys %{ $r->{by} }) { $by{$g}{$_} += $r->{by}{$g}{$_} for keys %{ $r->{by}{$g} } }
    push @unexpected, @{ $r->{unexpected} };
    push @retries, @{ $r->{retries} };
    push @retries_503, @{ $r->{retries_503} };
    for (@{ $r->{answers} }) { push @{ $answer_of{ $_->[0] } }, $_ }
}
$n{$_} //= 0 for qw(sent blocked passed unexpected retried chunked);

# every audit line of the soak: valid JSON, one per blocked answer, same
# rule and status as in calibration
my @lines = split /\n/, slurp($audit) // '';
my @soak_lines = @lines[$audit_start .. $#lines];
my ($invalid, $unmatched, $mismatch, $dup, $phantom, %seen) = (0, 0, 0, 0, 0);
my @audit_notes;
for my $l (@soak_lines) {
    my $j = eval { JSON::PP->new->utf8->decode($l) };
    if (!$j || ref $j ne 'HASH') {
        $invalid++;
        push @audit_notes, "invalid JSON: " . substr($l, 0, 200) if @audit_notes < 20;
        next;
    }
    my $uid = $j->{unique_id} // '';
    my $a = $answer_of{$uid};
    if (!$a) {
        $unmatched++;
        push @audit_notes, "record without a blocked answer: $uid $j->{uri} rule $j->{rule_id}"
            if @audit_notes < 20;
        next;
    }
    $dup++ if $seen{$uid}++;
    my ($key, $status) = @{ $a->[0] }[1, 2];
    if ($expect{$key}{phantom}) {
        $phantom++;
        next;
    }
    if (($j->{rule_id} // '') ne ($expect{$key}{rule_id} // '') || ($j->{status} // 0) != $status) {
        $mismatch++;
        push @audit_notes, "$key: record says rule $j->{rule_id} status $j->{status}, "
            . "calibrated rule $expect{$key}{rule_id} status $status" if @audit_notes < 20;
    }
}
my $answers = sum(0, map { scalar grep { !$expect{ $_->[1] }{phantom} } @$_ } values %answer_of);
my $missing = 0;
for my $uid (keys %answer_of) {
    my $miss = @{ $answer_of{$uid} } - ($seen{$uid} // 0);
    next if $miss <= 0;
    $missing += $miss;
    push @audit_notes, "blocked answer without a record: $uid $answer_of{$uid}[0][1]"
        if @audit_notes < 20;
}

# graceful restarts all completed?
my $want_gen = $gen0 + @graceful;
for (1 .. 100) { last if generations() >= $want_gen; sleep 0.1 }
my $gens = generations() - $gen0;
$srv->stop;
my @crashes = $srv->crashes;
my @audit_errors = grep { /CMSGUARD0205/ } split /\n/, $srv->error_log;
# each 503 sent again must have its mod_cgid error: anything else that
# answers 503 is a finding
my $cgid_lost = () = $srv->error_log =~ /\[cgid:error\][^\n]*cgi daemon/g;
my $unexplained_503 = @retries_503 > $cgid_lost ? @retries_503 - $cgid_lost : 0;

my $near = 0;
# a graceful restart closes the old children's idle connections while
# they finish, which can take a few seconds
for my $r (@retries) { $near++ if grep { my $d = $r->[0] - $start - $_; $d > -1 && $d < 5 } @graceful }

printf "\nsoak: %.0f s, %d workers, graceful every %s s, %d cases (%d calibrated)\n",
    $elapsed, $opt{workers}, $opt{graceful}, scalar @cases, scalar @soak_cases;
printf "requests sent            %d (%.0f/s; %d chunked)\n", $n{sent}, $n{sent} / ($elapsed || 1), $n{chunked};
printf "  %-22s %d blocked, %d passed\n", $_, $by{$_}{blocked} // 0, $by{$_}{passed} // 0 for sort keys %by;
printf "unexpected answers       %d\n", $n{unexpected};
print  "  $_\n" for @unexpected;
printf "keep-alive closed under a request, retried once: %d (%d within 5 s after a graceful restart)\n",
    $n{retried}, $near;
printf "  at %.1f s: %s\n", $_->[0] - $start, $_->[1] for (sort { $a->[0] <=> $b->[0] } @retries)[0 .. min(9, $#retries)];
printf "503 from mod_cgid's daemon restart, sent again: %d (error log: %d lost cgi daemon connections)\n",
    scalar @retries_503, $cgid_lost;
printf "  at %.1f s: %s\n", $_->[0] - $start, $_->[1] for (sort { $a->[0] <=> $b->[0] } @retries_503)[0 .. min(9, $#retries_503)];
printf "  graceful restarts at: %s s\n", join ' ', map { sprintf '%.1f', $_ } @graceful;
printf "graceful restarts        %d requested, %d completed%s\n", scalar @graceful, $gens,
    @graceful_errors ? ", errors:\n  " . join("\n  ", @graceful_errors) : '';
printf "blocked answers          %d\n", $answers;
printf "audit lines              %d (invalid JSON %d; for an answer that was not that refusal %d; "
     . "matching no answer %d; blocked answers without a line %d; duplicates %d; "
     . "rule or status differs from calibration %d)\n",
    scalar @soak_lines, $invalid, $phantom, $unmatched, $missing, $dup, $mismatch;
print  "  $_\n" for @audit_notes;
printf "child crashes            %d\n", scalar @crashes;
print  "  $_\n" for @crashes[0 .. min(9, $#crashes)];
printf "audit write errors       %d\n", scalar @audit_errors;
printf "calibration mismatches   %d\n", scalar @cal_fail;

print "\nRSS (KB) of httpd: parent, MPM children (count, median, max, sum), mod_cgid daemon, total;\n"
    . "gen = graceful restarts so far, * = children being replaced (within 3 s of a restart,\n    no MPM child, or one still starting and counted under cgid)\n";
printf "%7s %3s %8s %3s %8s %8s %8s %8s %8s\n", 't(s)', 'gen', 'parent', 'n', 'median', 'max',
    'children', 'cgid', 'total';
printf "%7.0f %3d %8d %3d %8d %8d %8d %8d %8d%s\n", @{$_}{qw(t gen parent n median max children cgid total)},
    $_->{restarting} ? ' *' : '' for @samples;
# like with like: steady samples (no restart under way) after warm-up
my @warm = grep { $_->{t} >= $opt{warmup} && !$_->{restarting} && $_->{n} } @samples;
my %growth;
if (@warm >= 2) {
    my ($f, $l) = @warm[0, -1];
    %growth = map { $_ => $l->{$_} - $f->{$_} } qw(parent median total);
    printf "growth after warm-up (%.0f s -> %.0f s, steady samples): parent %+d KB, "
         . "median child %+d KB, total %+d KB\n", $f->{t}, $l->{t}, @growth{qw(parent median total)};
    my %last;
    $last{ $_->{gen} } = $_ for @warm;
    printf "last steady sample of each generation (median child / total KB): %s\n",
        join ', ', map { "gen $_ $last{$_}{median}/$last{$_}{total}" } sort { $a <=> $b } keys %last;
} else {
    print "growth after warm-up: fewer than two steady samples after $opt{warmup} s\n";
}

my %result = (seconds => sprintf('%.0f', $elapsed), sent => $n{sent}, blocked_answers => $answers,
              passed => $n{passed}, unexpected => $n{unexpected}, retried => $n{retried},
              retried_503 => scalar @retries_503, unexplained_503 => $unexplained_503,
              retried_near_graceful => $near, graceful => scalar @graceful, graceful_completed => $gens,
              audit_lines => scalar @soak_lines, invalid_json => $invalid, audit_phantom => $phantom,
              phantom_cases => scalar @phantom,
              audit_unmatched => $unmatched, audit_missing => $missing, audit_duplicates => $dup,
              audit_mismatch => $mismatch, crashes => scalar @crashes,
              audit_write_errors => scalar @audit_errors, calibration_mismatches => scalar @cal_fail,
              rss_samples => scalar @samples, rss_growth_kb => \%growth);
my @fail;
push @fail, 'unexpected answers' if $n{unexpected};
push @fail, '503 answers without a mod_cgid error' if $unexplained_503;
push @fail, 'audit lines != blocked answers' if @soak_lines != $answers || $unmatched || $missing || $dup;
push @fail, 'audit records differ from calibration' if $mismatch;
push @fail, 'audit records for refusals the client did not get' if $phantom || @phantom;
push @fail, 'invalid JSON in the audit log' if $invalid;
push @fail, 'child crashes' if @crashes;
push @fail, 'audit write errors' if @audit_errors;
push @fail, 'graceful restarts failed' if @graceful_errors || $gens < @graceful;
push @fail, 'calibration differs from the corpus' if @cal_fail;
push @fail, 'no requests sent' unless $n{sent};
$result{failed} = \@fail;
print "\nSOAK-RESULT " . JSON::PP->new->canonical->encode(\%result) . "\n";
print @fail ? "soak FAILED: " . join(', ', @fail) . "\n" : "soak passed\n";
# SOAK_KEEP=1 keeps the ServerRoot (logs, audit log, results), =0 never;
# unset, it is kept when the soak failed
if ($ENV{SOAK_KEEP} // @fail) { print "ServerRoot kept: $root\n" } else { remove_tree($root) }
exit(@fail ? 1 : 0);
