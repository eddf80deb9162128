#!/usr/bin/perl
# Internal errors and the inspection budget (CMSGuardOnError,
# CMSGuardInspectionBudget): a request whose inspection runs out of its
# budget, or whose script cannot be read to compare with the baseline, is
# refused with 500 and a record under "block" (the default), and reaches
# the backend byte-identical with a record under "pass". Nothing is
# silently passed either way.
use strict;
use warnings;
use Test::More;
use JSON::PP;
use Digest::SHA qw(sha256_hex);
use lib 't/lib';
use CMSGuard::Test qw(mpms configtest build_dir spew);

# 200 patches that each scan the whole body with a regex that has no
# literal to skip ahead by: inspecting 1 MB takes far more than 1 ms on
# any machine, and none of them matches.
my $slow = join '', map { <<"R" } 1 .. 200;
rule 98${\ sprintf '%04d', $_} "test: slow scan $_"
    cms wordpress
    severity low
    ref https://example.invalid/test
    when body rx (?:[b-z]\\d){3}
R
my $body = 'a' x (1024 * 1024);
sub post {
    my ($path, $host) = @_;
    return "POST $path HTTP/1.1\r\nHost: $host\r\nContent-Type: application/octet-stream\r\n"
         . "Content-Length: " . length($body) . "\r\n\r\n$body";
}

{
    my ($rc, $out) = configtest(extra => "CMSGuardOnError maybe\n");
    like($out, qr/httpd\.conf.*CMSGuardOnError: 'maybe' is not block or pass/s, 'bad CMSGuardOnError: file:line and what it takes');
    ($rc, $out) = configtest(extra => "CMSGuardInspectionBudget 5 minutes\n");
    isnt($rc, 0, 'bad CMSGuardInspectionBudget fails configtest');
    ($rc, $out) = configtest(extra => "CMSGuardInspectionBudget soon\n");
    like($out, qr/'soon' is not a time such as 500ms or 2s/, '... saying what a time looks like');
    ($rc, $out) = configtest(extra => "CMSGuardInspectionBudget 250ms\nCMSGuardOnError pass\n<Location /x>\nCMSGuardInspectionBudget Off\n</Location>\n");
    is($rc, 0, 'good values pass configtest') or diag $out;
}

my $json = JSON::PP->new;
for my $mpm (mpms()) {
    my $srv = CMSGuard::Test->new(mpm => $mpm, php => 1,
        files => { 'slow.rules' => $slow, 'htdocs/secret.php' => "<?php echo 'secret';\n" },
        no_start => 1, extra => '');
    my $docroot = "$srv->{root}/htdocs";
    my $manifest = `@{[ build_dir() ]}/cmsguard baseline $docroot`;
    spew("$srv->{root}/baseline.txt", $manifest);
    chmod 0000, "$docroot/secret.php";
    $srv->{extra} = <<'CONF';
CMSGuardAuditLog logs/audit.log
CMSGuardRules @ROOT@/slow.rules
CMSGuardInspectionBudget 1ms
CMSGuardScriptBaseline @ROOT@/baseline.txt
CMSGuardScriptBaselineContent On
CMSGuardBan 1 60 60
<VirtualHost *:*>
    ServerName block.test
</VirtualHost>
<VirtualHost *:*>
    ServerName pass.test
    CMSGuardOnError pass
</VirtualHost>
<VirtualHost *:*>
    ServerName roomy.test
    CMSGuardInspectionBudget 60s
</VirtualHost>
CONF
    $srv->{modules} = ['socache_shmcb'];
    $srv->write_config;
    $srv->start;
    my $records = sub { [ map { $json->decode($_) } $srv->lines('logs/audit.log') ] };

    # the budget
    my $r = $srv->request(post('/echo.php', 'block.test'));
    is($r->{status}, 500, "$mpm: budget exceeded, OnError block: 500");
    is($srv->backend_runs, 0, "$mpm: ... and the backend never ran");
    my $rec = $records->()->[-1];
    is($rec->{rule_id}, '1003', "$mpm: ... record rule 1003");
    is($rec->{action}, 'block', "$mpm: ... action block");
    like($rec->{msg}, qr/inspection budget exceeded/, "$mpm: ... saying what happened");
    like($srv->error_log, qr/CMSGUARD0208: inspection budget exceeded.*CMSGuardOnError block/,
         "$mpm: ... and the error log names the directive that decided");

    $r = $srv->request(post('/echo.php', 'pass.test'));
    is($r->{status}, 200, "$mpm: budget exceeded, OnError pass: served");
    my $echo = eval { $json->decode($r->{body}) } || {};
    is($echo->{sha256}, sha256_hex($body), "$mpm: ... the backend got the body byte-identical");
    $rec = $records->()->[-1];
    is($rec->{action}, 'pass', "$mpm: ... with a record (action pass)");
    is($rec->{rule_id}, '1003', "$mpm: ... rule 1003");

    $r = $srv->request(post('/echo.php', 'roomy.test'));
    is($r->{status}, 200, "$mpm: with room in the budget every patch runs and the request passes");
    is(scalar(grep { $_->{vhost} eq 'roomy.test' } @{ $records->() }), 0, "$mpm: ... without a record");

    # a script that cannot be read to compare with the baseline
    $r = $srv->request("GET /secret.php HTTP/1.1\r\nHost: block.test\r\n\r\n");
    is($r->{status}, 500, "$mpm: unreadable script, OnError block: 500");
    $rec = $records->()->[-1];
    is($rec->{rule_id}, '1004', "$mpm: ... record rule 1004");
    like($rec->{target}, qr{htdocs/secret\.php$}, "$mpm: ... naming the file");
    $r = $srv->request("GET /secret.php HTTP/1.1\r\nHost: pass.test\r\n\r\n");
    isnt($r->{status}, 500, "$mpm: unreadable script, OnError pass: the request goes on ($r->{status} from the backend)");
    $rec = $records->()->[-1];
    is("$rec->{rule_id} $rec->{action}", '1004 pass', "$mpm: ... recorded as pass");

    # our own failures never ban (CMSGuardBan 1 would ban at once)
    is($srv->request("GET /index.html HTTP/1.1\r\nHost: block.test\r\n\r\n")->{status}, 404,
       "$mpm: internal errors did not ban the client");

    chmod 0644, "$docroot/secret.php";
    my @c = $srv->crashes;
    is(scalar @c, 0, "$mpm: no crash") or diag "@c";
    $srv->stop;
}

done_testing();
