#!/usr/bin/perl
# Refusals inside subrequests are recorded only when they become the
# client's answer: mod_dir answers a refused index script with its 403
# (one record, on the client's URI, naming the subrequest); a MultiViews
# variant that is refused leaves the client a 404 and writes nothing.
# Internal redirects of a WordPress-style front controller: a missing
# upload sent on to index.php is not a planted script, and a POST to a
# missing xmlrpc.php sent on to index.php is still judged as XML-RPC.
use strict;
use warnings;
use Test::More;
use JSON::PP;
use Time::HiRes qw(sleep);
use lib 't/lib';
use CMSGuard::Test qw(mpms);

my $php = "<?php echo 'ran';\n";
for my $mpm (mpms()) {
    my $srv = CMSGuard::Test->new(mpm => $mpm, php => 1, modules => ['negotiation'],
        files => { 'htdocs/index.php' => "<?php echo 'front controller';\n",
                   'htdocs/wp-content/uploads/2026/index.php' => $php,
                   'htdocs/wp-content/uploads/2026/shell.php' => $php,
                   'htdocs/wp-content/uploads/2026/photo.jpg' => "\xff\xd8\xff" },
        extra => <<'CONF');
CMSGuardAuditLog logs/audit.log
DirectoryIndex index.php
<Directory "@ROOT@/htdocs/wp-content/uploads">
    Options +MultiViews
    MultiviewsMatch Any
</Directory>
# WordPress's .htaccess: what is not a file goes to index.php
<Directory "@ROOT@/htdocs">
    RewriteEngine On
    RewriteBase /
    RewriteCond %{REQUEST_FILENAME} !-f
    RewriteCond %{REQUEST_FILENAME} !-d
    RewriteRule . /index.php [L]
</Directory>
CONF
    my $records = sub { [ map { decode_json($_) } $srv->lines('logs/audit.log') ] };

    my $r = $srv->request("GET /wp-content/uploads/2026/ HTTP/1.1\r\nHost: t\r\n\r\n");
    is($r->{status}, 403, "$mpm: the index script mod_dir looks up is refused: the client gets 403");
    unlike($r->{body}, qr/ran/, "$mpm: ... and the script did not run");
    # written in log_transaction, once the answer has gone out
    for (1 .. 100) { last if @{ $records->() }; sleep 0.05 }
    my $rec = $records->();
    is(scalar @$rec, 1, "$mpm: ... one record");
    is($rec->[0]{uri}, '/wp-content/uploads/2026/', "$mpm: ... on the client's URI");
    is($rec->[0]{subrequest}, '/wp-content/uploads/2026/index.php', "$mpm: ... naming the subrequest");
    is($rec->[0]{rule_id}, '4001', "$mpm: ... rule 4001");
    is($rec->[0]{status}, 403, "$mpm: ... status 403, what the client got");

    $r = $srv->request("GET /wp-content/uploads/2026/shell HTTP/1.1\r\nHost: t\r\n\r\n");
    is($r->{status}, 404, "$mpm: a MultiViews variant that is a script in uploads is refused: the client gets 404");
    unlike($r->{body} // '', qr/ran/, "$mpm: ... its output is not served");
    # the decision is made in log_transaction, after the answer: wait for it
    my $decided;
    for (1 .. 100) { last if $decided = $srv->error_log =~ /CMSGUARD0210: a refused subrequest did not decide the answer \(404\)/; sleep 0.05 }
    ok($decided, "$mpm: ... the module saw the refused variant did not decide the answer");
    is(scalar @{ $records->() }, 1, "$mpm: ... and wrote no block record for a 403 the client never saw");
    $r = $srv->request("GET /wp-content/uploads/2026/photo HTTP/1.1\r\nHost: t\r\n\r\n");
    is($r->{status}, 200, "$mpm: an image variant is served");

    my $before = scalar @{ $records->() };
    $r = $srv->request("GET /wp-content/uploads/2020/01/gone.jpg HTTP/1.1\r\nHost: t\r\n\r\n");
    is($r->{status}, 200, "$mpm: a missing upload goes on to the front controller ...");
    like($r->{body}, qr/front controller/, "$mpm: ... which answers it");
    is(scalar @{ $records->() }, $before, "$mpm: ... and it is not refused as a planted script");

    my $mc = '<?xml version="1.0"?><methodCall><methodName>system.multicall</methodName><params><param><value><array><data>'
           . ('<value><struct><member><name>methodName</name><value>system.multicall</value></member></struct></value>')
           . '</data></array></value></param></params></methodCall>';
    $r = $srv->request("POST /blog/xmlrpc.php HTTP/1.1\r\nHost: t\r\nContent-Type: text/xml\r\n"
                       . "Content-Length: " . length($mc) . "\r\n\r\n$mc");
    is($r->{status}, 403, "$mpm: a POST to a missing /blog/xmlrpc.php sent on to index.php is still judged as XML-RPC");
    is($records->()->[-1]{rule_id}, '2020', "$mpm: ... (nested multicall, rule 2020)");

    my @c = $srv->crashes;
    is(scalar @c, 0, "$mpm: no crash") or diag "@c";
    $srv->stop;
}
done_testing();
