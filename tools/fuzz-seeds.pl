#!/usr/bin/perl
# Seed corpora for the fuzzers from t/corpus: request bodies for the
# XML-RPC target, request paths for the path target.
use strict;
use warnings;
use File::Path qw(make_path);

my $out = shift or die "usage: fuzz-seeds.pl OUTDIR\n";
make_path("$out/xmlrpc", "$out/path", "$out/form", "$out/rules", "$out/jsonread", "$out/audit", "$out/ban", "$out/stats");
for my $f (glob('rules/*/*.rules'), glob('t/rules/*.rules'), glob('t/rules/bad/*.rules')) {
    (my $name = $f) =~ s{/}{_}g;
    system('cp', $f, "$out/rules/$name") == 0 or die;
}
my $n = 0;
for my $f (glob('t/corpus/*/*.http')) {
    open my $fh, '<:raw', $f or next;
    local $/;
    my $raw = <$fh>;
    my ($head, $body) = split /\r\n\r\n/, $raw, 2;
    my ($path) = $head =~ m{^\S+ (\S+)};
    (my $name = $f) =~ s{.*/}{};
    $name =~ s/\.http$//;
    if (defined $body && length $body && length $body < 65536
        && $f =~ m{/xmlrpc/}) {
        open my $o, '>:raw', "$out/xmlrpc/$name" or die;
        print $o $body;
        close $o;
    }
    if (defined $body && length $body && length $body < 65536
        && $head =~ /^content-type:\s*(multipart\/form-data|application\/x-www-form-urlencoded)/mi) {
        # the form target reads multipart with boundary "b1": rewrite it
        my $b = $body;
        if ($head =~ /boundary="?([^";\r\n]+)/i) { my $old = $1; $b =~ s/\Q$old\E/b1/g }
        open my $o, '>:raw', "$out/form/$name" or die;
        print $o $b;
        close $o;
    }
    if (defined $body && length $body && length $body < 65536 && $body =~ /^\s*[\[{]/) {
        open my $o, '>:raw', "$out/jsonread/$name" or die;
        print $o $body;
        close $o;
    }
    if (defined $body && length $body && length $body < 8192) {
        open my $o, '>:raw', "$out/audit/$name" or die;
        print $o "$path$body";
        close $o;
    }
    if ($path) {
        $path =~ s/\?.*//;
        open my $o, '>:raw', "$out/path/$name" or die;
        print $o $path;
        close $o;
    }
    $n++;
}
# the ban target: three control bytes, then what WordPress answers to bad
# logins (the shapes t/backend/wp-*.php print)
my %ban = (
    'wp-fault' => "\x05\x03\x3c<methodResponse>\n  <fault>\n    <value>\n      <struct>\n"
                . "  <member><name>faultCode</name><value><int>403</int></value></member>\n"
                . "  <member><name>faultString</name><value><string>Incorrect username or password.</string></value></member>\n"
                . "</struct>\n    </value>\n  </fault>\n</methodResponse>\n",
    'wp-multicall' => "\x02\x05\x3c<?xml version=\"1.0\"?>\n<methodResponse><params><param><value><array><data>\n"
                . "<value><array><data><value><struct><member><name>isAdmin</name><value><boolean>1</boolean></value></member></struct></value></data></array></value>\n"
                . "<value><struct><member><name>faultCode</name><value><int>403</int></value></member></struct></value>\n"
                . "<value><struct><member><name>faultCode</name><value><i4>403</i4></value></member></struct></value>\n"
                . "</data></array></value></param></params></methodResponse>\n",
    'wp-login' => "\x07\x0a\x10<div id=\"login\"><div id=\"login_error\" class=\"notice notice-error\">\t<strong>Error:</strong> bad</div>",
    'window' => "\x01\x04\x3cW1\x00\x02\x00\x01\x86\x90\x00\x01\x86\x9a",
    'banrec' => "\x01\x04\x3cB1\x01\x00\x00\x01\x86\xa0\x00\x01\x88\x00\x00\x00\x00\x0a",
);
for my $k (sort keys %ban) {
    open my $o, '>:raw', "$out/ban/$k" or die;
    print $o $ban{$k};
    close $o;
}

# the stats target: decisions, one a line, fields split by 0x1f (rule,
# action, cve, plugin, client, uri), hostile strings among them
{
    open my $o, '>:raw', "$out/stats/decisions" or die;
    print $o join("\x1f", @$_), "\n" for
        ['2002', 'block', '', '', '127.0.0.1', '/xmlrpc.php'],
        ['110001', 'block', 'CVE-2020-25213', 'wp-file-manager', '192.0.2.1', '/<script>alert(1)</script>'],
        ['990001', 'detect', 'CVE-1 CVE-2', "a\"b\\c\nd", '2001:db8::1', "/\xff\xfe"],
        ['5002', 'ban', '', '', '198.51.100.0/24', '/'],
        ['5001', 'block', '', '', '198.51.100.7', '/wp-login.php'];
    close $o;
}

# inputs that once broke an invariant stay in the seeds for good
for my $f (glob('fuzz/regress/*/*')) {
    my ($t, $name) = $f =~ m{fuzz/regress/(\w+)/(.+)$} or next;
    make_path("$out/$t");
    system('cp', $f, "$out/$t/regress-$name") == 0 or die;
}
print "fuzz seeds from $n corpus requests in $out\n";
