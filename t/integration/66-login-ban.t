#!/usr/bin/perl
# Failed logins read from real responses (CMSGuardLoginBan): PHP-FPM
# scripts answer like WordPress - XML-RPC faultCode 403 inside HTTP 200,
# once per multicall member; wp-login.php 200 with the login_error box
# instead of the 302 a right password gets. After N failures within T an
# address is banned; a user name that failed N times bans each address
# that fails on it next; right passwords, other forms and other scripts
# count nothing.
use strict;
use warnings;
use Test::More;
use JSON::PP;
use lib 't/lib';
use CMSGuard::Test qw(mpms slurp project_root);

my $backend = project_root() . '/t/backend';
my $box = qq{<div id="login_error" class="notice notice-error">\t<strong>Error:</strong> bad</div>};
my %site = (
    'htdocs/index.html'   => "hello\n",
    'htdocs/xmlrpc.php'   => slurp("$backend/wp-xmlrpc.php"),
    'htdocs/wp-login.php' => slurp("$backend/wp-login.php"),
    # not a login endpoint, though it prints what one would
    'htdocs/other.php'    => "<?php echo '$box', '<name>faultCode</name><value><int>403</int></value>';\n",
);

sub esc { my $s = shift; $s =~ s/&/&amp;/g; $s =~ s/</&lt;/g; $s }
sub xr_call {
    my ($u, $p) = @_;
    return '<?xml version="1.0"?><methodCall><methodName>wp.getUsersBlogs</methodName><params>'
         . '<param><value><string>' . esc($u) . '</string></value></param>'
         . '<param><value><string>' . esc($p) . '</string></value></param></params></methodCall>';
}
sub xr_multicall {
    my @calls = map {
        '<value><struct><member><name>methodName</name><value><string>wp.getUsersBlogs</string></value></member>'
      . '<member><name>params</name><value><array><data>'
      . '<value><string>' . esc($_->[0]) . '</string></value><value><string>' . esc($_->[1]) . '</string></value>'
      . '</data></array></value></member></struct></value>'
    } @_;
    return '<?xml version="1.0"?><methodCall><methodName>system.multicall</methodName><params><param><value>'
         . '<array><data>' . join('', @calls) . '</data></array></value></param></params></methodCall>';
}
sub post {
    my ($path, $ctype, $body) = @_;
    return "POST $path HTTP/1.1\r\nHost: t\r\nContent-Type: $ctype\r\n"
         . "Content-Length: " . length($body) . "\r\n\r\n$body";
}
sub form {
    my %f = @_;
    return join '&', map { my $v = $f{$_}; $v =~ s/([^A-Za-z0-9_.-])/sprintf '%%%02X', ord $1/ge; "$_=$v" } sort keys %f;
}
my $GET = "GET /index.html HTTP/1.1\r\nHost: t\r\n\r\n";

my $json = JSON::PP->new;
for my $mpm (mpms()) {
    my $srv = CMSGuard::Test->new(mpm => $mpm, php => 1, modules => ['socache_shmcb'],
                                  files => \%site, extra => <<'CONF');
CMSGuardAuditLog logs/audit.log
CMSGuardAdminAllow 127.0.0.0/8
CMSGuardLoginBan 3 60 60
CONF
    my $from = sub { my ($addr, $raw) = @_; $srv->request($raw, from => $addr) };
    my $served = sub { $from->($_[0], $GET)->{status} == 200 };
    my $bans = sub { [ grep { ($_->{rule_id} // '') eq '5002' } map { $json->decode($_) } $srv->lines('logs/audit.log') ] };
    my $ban_of = sub { (grep { $_->{ban_block} eq $_[0] } @{ $bans->() })[0] };

    # XML-RPC, one call per request
    my $a = '127.0.0.11';
    my $r = $from->($a, post('/xmlrpc.php', 'text/xml', xr_call('alice', 'wrong')));
    is($r->{status}, 200, "$mpm: XML-RPC bad password: HTTP 200 ...");
    like($r->{body}, qr{<name>faultCode</name>\s*<value><int>403</int>}, "$mpm: ... with faultCode 403, passed on whole");
    like($r->{body}, qr{</methodResponse>\n\z}, "$mpm: ... to its last byte");
    $r = $from->($a, post('/xmlrpc.php', 'text/xml', xr_call('admin', 'right')));
    like($r->{body}, qr{isAdmin}, "$mpm: the right password works");
    $from->($a, post('/xmlrpc.php', 'text/xml', xr_call('alice', 'wrong2')));
    ok($served->($a), "$mpm: two failures and a success: still served");
    $from->($a, post('/xmlrpc.php', 'text/xml', xr_call('alice', 'wrong3')));
    ok(!$served->($a), "$mpm: the third failure bans the address");
    my $b = $ban_of->($a);
    is($b->{ban_reason}, 'login-failures', "$mpm: ... reason login-failures");
    is($b->{ban_events}, 3, "$mpm: ... after 3 failures");
    is($b->{ban_duration}, 60, "$mpm: ... for 60 s");
    is($b->{uri}, '/xmlrpc.php', "$mpm: ... recorded on the request that tipped it");

    # XML-RPC multicall: each failed member counts
    $a = '127.0.0.12';
    $r = $from->($a, post('/xmlrpc.php', 'text/xml',
                          xr_multicall(['bob', 'x'], ['bob', 'x'], ['bob', 'x'])));
    is($r->{status}, 200, "$mpm: a multicall of three bad logins is answered ...");
    is(scalar(() = $r->{body} =~ /<int>403</g), 3, "$mpm: ... with three faults");
    ok(!$served->($a), "$mpm: ... and bans at once");
    is($ban_of->($a)->{ban_events}, 3, "$mpm: ... counting 3 events");
    $a = '127.0.0.16';
    $r = $from->($a, post('/xmlrpc.php', 'text/xml', xr_multicall(['admin', 'right'], ['admin', 'right'])));
    is(scalar(() = $r->{body} =~ /isAdmin/g), 2, "$mpm: a multicall of right logins succeeds");
    ok($served->($a), "$mpm: ... and counts nothing");
    $from->($a, post('/xmlrpc.php', 'text/xml', xr_multicall(['carol', 'y'], ['carol', 'y'])));
    ok($served->($a), "$mpm: a multicall with two failed members: 2 of 3, still served");
    $from->($a, post('/xmlrpc.php', 'text/xml', xr_call('carol', 'z')));
    ok(!$served->($a), "$mpm: one more failure makes 3: banned");

    # wp-login.php
    $a = '127.0.0.13';
    $r = $from->($a, post('/wp-login.php', 'application/x-www-form-urlencoded', form(log => 'admin', pwd => 'right')));
    is($r->{status}, 302, "$mpm: wp-login.php right password redirects");
    for my $i (1 .. 2) {
        $r = $from->($a, post('/wp-login.php', 'application/x-www-form-urlencoded', form(log => 'dave', pwd => "bad$i")));
        is($r->{status}, 200, "$mpm: wp-login.php bad password $i: 200 ...");
        like($r->{body}, qr/id="login_error"/, "$mpm: ... with the error box");
    }
    ok($served->($a), "$mpm: two failed form logins: still served");
    $from->($a, post('/wp-login.php', 'application/x-www-form-urlencoded', form(log => 'dave', pwd => 'bad3')));
    ok(!$served->($a), "$mpm: the third failed form login bans");
    is($ban_of->($a)->{uri}, '/wp-login.php', "$mpm: ... recorded on wp-login.php");

    # what is not a failed login
    $a = '127.0.0.14';
    for (1 .. 4) {
        $r = $from->($a, post('/wp-login.php?action=lostpassword', 'application/x-www-form-urlencoded',
                              form(user_login => 'nobody')));
    }
    like($r->{body}, qr/id="login_error"/, "$mpm: the lost-password form shows the same box ...");
    ok($served->($a), "$mpm: ... but is not a login: no ban");
    $a = '127.0.0.15';
    for (1 .. 4) {
        $r = $from->($a, post('/other.php', 'application/x-www-form-urlencoded', form(log => 'admin', pwd => 'x')));
    }
    like($r->{body}, qr/login_error.*faultCode/s, "$mpm: another script printing both markers ...");
    ok($served->($a), "$mpm: ... is not a login endpoint: no ban");

    # one account, many addresses
    $from->('127.0.0.21', post('/wp-login.php', 'application/x-www-form-urlencoded', form(log => 'editor', pwd => 'a')));
    $from->('127.0.0.22', post('/wp-login.php', 'application/x-www-form-urlencoded', form(log => 'EDITOR', pwd => 'b')));
    ok($served->('127.0.0.21') && $served->('127.0.0.22'), "$mpm: one failure each from two addresses: no ban");
    $from->('127.0.0.23', post('/xmlrpc.php', 'text/xml', xr_call(' Editor', 'c')));
    ok(!$served->('127.0.0.23'), "$mpm: the third failure on one user name (any case, any endpoint) bans its address");
    is($ban_of->('127.0.0.23')->{ban_reason}, 'login-failures-user', "$mpm: ... reason login-failures-user");
    ok($served->('127.0.0.21'), "$mpm: ... the earlier addresses are not banned after the fact");
    $from->('127.0.0.24', post('/wp-login.php', 'application/x-www-form-urlencoded', form(log => 'editor', pwd => 'd')));
    ok(!$served->('127.0.0.24'), "$mpm: the next address failing on it is banned at once");
    $r = $from->('127.0.0.25', post('/wp-login.php', 'application/x-www-form-urlencoded', form(log => 'editor', pwd => 'right')));
    is($r->{status}, 302, "$mpm: the owner's right password still works ...");
    ok($served->('127.0.0.25'), "$mpm: ... and bans nothing");

    my @bad = grep { !eval { $json->decode($_); 1 } } $srv->lines('logs/audit.log');
    is(scalar @bad, 0, "$mpm: every audit line is JSON");
    unlike(slurp($srv->root . '/logs/audit.log'), qr/wrong|right|"bad\d/, "$mpm: no password in the audit log");
    my @c = $srv->crashes;
    is(scalar @c, 0, "$mpm: no crash") or diag "@c";
    $srv->stop;
}

done_testing();
