#!/usr/bin/perl
# `make demo`: a protected demo httpd on 127.0.0.1 with the shipped
# conf/cmsguard.conf, serving a small Movable Type-style tree.
# `make demo-stop` stops it.
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../t/lib";
use CMSGuard::Test qw(free_port project_root slurp);
use IO::Socket::IP;
use File::Path qw(remove_tree);

my $cmd  = shift // 'start';
my $dir  = $ENV{CMSGUARD_DEMO_DIR} || '/tmp/cmsguard-demo';
my $root = project_root();

if ($cmd eq 'stop') {
    my $conf = "$dir/conf/httpd.conf";
    if (!-e $conf) { print "no demo in $dir\n"; exit 0 }
    my $pre = $ENV{CMSGUARD_LD_PRELOAD} ? "LD_PRELOAD=$ENV{CMSGUARD_LD_PRELOAD} " : '';
    system("$pre/usr/sbin/apache2 -d $dir -f $conf -k stop");
    # -k stop only signals: wait until the server has gone
    for (1 .. 100) {
        last unless -e "$dir/run/httpd.pid";
        select undef, undef, undef, 0.1;
    }
    print "demo stopped ($dir kept; remove it with: rm -rf $dir)\n";
    exit 0;
}
die "usage: demo.pl start|stop\n" unless $cmd eq 'start';

if (-e "$dir/run/httpd.pid") {
    system('/usr/sbin/apache2', '-d', $dir, '-f', "$dir/conf/httpd.conf",
           '-k', 'stop');
    sleep 1;
}
remove_tree($dir);

my $port = $ENV{CMSGUARD_DEMO_PORT} || 8080;
if (IO::Socket::IP->new(PeerHost => '127.0.0.1', PeerPort => $port, Timeout => 1)) {
    my $p = free_port();
    print "port $port is busy, using $p\n";
    $port = $p;
}

my $xmlrpc = slurp("$root/t/backend/echo.cgi");
my %files = (
    'htdocs/index.html' => <<'HTML',
<!doctype html><title>cmsguard demo blog</title>
<h1>A Movable Type-style blog behind mod_cmsguard</h1>
<p>Admin: <a href="/mt/mt.cgi">/mt/mt.cgi</a> · XML-RPC: /mt/mt-xmlrpc.cgi</p>
HTML
    'htdocs/mt/mt.cgi' => "#!/bin/sh\nprintf 'Content-Type: text/html\\r\\n\\r\\n<h1>MT admin (demo)</h1>\\n'\n",
    'htdocs/mt/mt-xmlrpc.cgi' => $xmlrpc,
);

my $extra = <<"CONF";
Define APACHE_LOG_DIR $dir/logs
Include $root/conf/cmsguard.conf
CMSGuardRules $root/rules
CONF

# socache_shmcb: conf/cmsguard.load's Depends, which a2enmod would enable
my $srv = CMSGuard::Test->new(mpm => 'event', root => $dir, port => $port,
                              modules => ['socache_shmcb'],
                              extra => $extra, files => \%files, keep => 1);
my $url = $srv->url;
print <<"MSG";

mod_cmsguard demo is running (mpm_event, ServerRoot $dir)

  URL:        $url/
  audit log:  $dir/logs/cmsguard_audit.log
  error log:  $dir/logs/error.log

The exploit of CVE-2021-20837 (Movable Type mt-xmlrpc.cgi, a shell command
in a base64 parameter) is refused with 403 and an audit record:

  curl -s -o /dev/null -w '%{http_code}\\n' -H 'Content-Type: text/xml' --data \\
    '<?xml version="1.0"?><methodCall><methodName>mt.handler_to_coderef</methodName><params><param><value><base64>YGlkYA==</base64></value></param></params></methodCall>' \\
    $url/mt/mt-xmlrpc.cgi
  tail -n1 $dir/logs/cmsguard_audit.log

while a normal MT client call reaches the script:

  curl -s -H 'Content-Type: text/xml' --data \\
    '<?xml version="1.0"?><methodCall><methodName>mt.supportedMethods</methodName></methodCall>' \\
    $url/mt/mt-xmlrpc.cgi

Stop it with:  make demo-stop
MSG
