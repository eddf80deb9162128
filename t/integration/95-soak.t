#!/usr/bin/perl
# The soak (bench/soak.pl), briefly: 15 s of corpus traffic from 8 clients
# with a graceful restart every 5 s. Every answer is the one calibration
# saw, every refusal has exactly one audit record with its rule and status,
# every audit line is JSON, no child crashed and every restart completed.
# Times and RSS are printed (prove -v), never asserted.
use strict;
use warnings;
use Test::More;
use JSON::PP;
use lib 't/lib';
use CMSGuard::Test qw(project_root);

my $root = project_root();
local $ENV{SOAK_SECONDS}  = 15;
local $ENV{SOAK_GRACEFUL} = 5;
local $ENV{SOAK_SAMPLE}   = 2;
local $ENV{SOAK_WARMUP}   = 4;
local $ENV{SOAK_KEEP}     = $ENV{CMSGUARD_KEEP} ? 1 : 0;
my $out = `cd $root && perl -It/lib bench/soak.pl 2>&1`;
my $rc = $? >> 8;
note($out);
my ($json) = $out =~ /^SOAK-RESULT (\{.*\})$/m;
my $r = eval { decode_json($json // '') };
ok($r, 'the soak ran and printed SOAK-RESULT') or do { diag($out); done_testing(); exit };

ok($r->{sent} > 100, "$r->{sent} requests sent");
is($r->{unexpected}, 0, 'every answer is the status (and body at the backend) calibration saw')
    or diag($out =~ /^(unexpected answers.*?)^keep-alive/ms ? $1 : $out);
is($r->{calibration_mismatches}, 0, 'calibration: every case answered as its corpus file says');
note("keep-alive connections closed under a request and retried once: $r->{retried} "
     . "($r->{retried_near_graceful} just after a graceful restart)");
note("503 answers from mod_cgid's daemon restart, sent again: $r->{retried_503}");
is($r->{unexplained_503}, 0, "each 503 sent again has mod_cgid's lost-daemon error in the log");
ok($r->{graceful} >= 2 && $r->{graceful_completed} == $r->{graceful},
   "$r->{graceful} graceful restarts, all completed");
is($r->{invalid_json}, 0, "all $r->{audit_lines} audit lines are valid JSON");
ok($r->{audit_missing} == 0 && $r->{audit_duplicates} == 0 && $r->{audit_mismatch} == 0,
   "each of $r->{blocked_answers} refusals has exactly one audit record, with its rule and status")
    or diag($out);
is($r->{audit_unmatched}, 0, 'no audit record without a request of the soak');
is($r->{audit_write_errors}, 0, 'no audit write failed (CMSGUARD0205)');
is($r->{crashes}, 0, 'no child crashed');
ok($r->{rss_samples} >= 5, "$r->{rss_samples} RSS samples taken");

# a refused subrequest (MultiViews variant, the PATH_TRANSLATED lookup of
# mod_cgi and mod_proxy_fcgi) is recorded only when its status is the
# client's answer
is($r->{audit_phantom}, 0, 'no audit record for a refusal the client did not get');
is($r->{audit_lines}, $r->{blocked_answers}, 'audit lines == refused answers');
is($rc, 0, 'the soak exits 0');
done_testing();
