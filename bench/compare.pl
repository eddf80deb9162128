#!/usr/bin/perl
# bench/compare: plain httpd, httpd + mod_cmsguard (shipped conf, all packs,
# admin guard on) and httpd + ModSecurity 2 + OWASP CRS 3.3 at PL1 (Debian
# packages), side by side in one run: same mpm_event, same PHP-FPM backend,
# loopback, wrk in interleaved rounds. Prints, per scenario, the status each
# server answers (a peer that refuses a legitimate request is a finding,
# not a speed), median req/s, p99 latency, the ratio to plain httpd, and
# child RSS per server. Measures only; asserts nothing.
#   BENCH_SECONDS (5)  BENCH_ROUNDS (3)  BENCH_CONNS (16)
use strict;
use warnings;
use lib 't/lib', 'bench/lib';
use Payloads;
use CMSGuard::Test qw(slurp spew project_root build_dir);

my $secs   = $ENV{BENCH_SECONDS} || 5;
my $rounds = $ENV{BENCH_ROUNDS}  || 3;
my $conns  = $ENV{BENCH_CONNS}   || 16;
my $root   = project_root();

for my $pkg (qw(wrk libapache2-mod-security2 modsecurity-crs)) {
    next if `dpkg-query -W -f='\${Status}' $pkg 2>/dev/null` =~ /install ok installed/;
    die "bench/compare needs $pkg: apt-get install wrk libapache2-mod-security2 modsecurity-crs\n"
        if $> != 0;
    system("apt-get install -y -q --no-install-recommends wrk libapache2-mod-security2 "
         . "modsecurity-crs >/dev/null") == 0 or die "apt-get failed\n";
    last;
}

my $echo = slurp("$root/t/backend/echo.php");
my %files = (
    'htdocs/static.html'           => ('<p>' . ('x' x 1017) . "</p>\n"),
    'htdocs/xmlrpc.php'            => $echo,
    'htdocs/wp-admin/index.php'    => $echo,
    'htdocs/wp-admin/admin-ajax.php' => $echo,
);
my $tmp = "/tmp/cmsguard-compare-$$";
mkdir $tmp;
spew("$tmp/post2k.xml", Payloads::post_2k());
spew("$tmp/upload200k.xml", Payloads::upload_200k());

my @scen = (
    ['1 KB static GET',            'GET',  '/static.html'],
    ['admin GET (allowed addr)',   'GET',  '/wp-admin/index.php'],
    ['2.4 KB XML-RPC POST',        'POST', '/xmlrpc.php', "$tmp/post2k.xml"],
    ['200 KB XML-RPC media POST',  'POST', '/xmlrpc.php', "$tmp/upload200k.xml"],
    ['plugin endpoint (patched)',  'GET',  '/wp-admin/admin-ajax.php?action=revslider_show_image&img=logo.png'],
);

my $modsec_conf = slurp('/etc/modsecurity/modsecurity.conf-recommended');
$modsec_conf =~ s/^SecRuleEngine .*/SecRuleEngine On/m;
$modsec_conf =~ s/^SecRequestBodyNoFilesLimit .*/SecRequestBodyNoFilesLimit 1048576/m;
$modsec_conf =~ s/^SecAuditLog .*/SecAuditLog $tmp\/modsec_audit.log/m;
$modsec_conf =~ s{^(SecTmpDir|SecDataDir) .*}{$1 $tmp/}mg;
$modsec_conf =~ s{^SecUnicodeMapFile unicode.mapping}{SecUnicodeMapFile /etc/modsecurity/unicode.mapping}m;
spew("$tmp/modsecurity.conf", $modsec_conf);

my %servers = (
    'plain httpd' => CMSGuard::Test->new(mpm => 'event', php => 1, cmsguard => 0,
                                         files => \%files, extra => ''),
    # the shipped policy, bans included: every scenario is a legitimate
    # request (the status column shows it), so each pays for the ban
    # lookup and none is ever banned
    'mod_cmsguard' => CMSGuard::Test->new(mpm => 'event', php => 1, files => \%files,
                                          modules => ['socache_shmcb'], extra => <<"C"),
Define APACHE_LOG_DIR \@ROOT\@/logs
Include $root/conf/cmsguard.conf
CMSGuardRules $root/rules
CMSGuardAdminAllow 127.0.0.1
C
    'ModSecurity+CRS' => CMSGuard::Test->new(mpm => 'event', php => 1, cmsguard => 0,
                                             modules => ['security2'], files => \%files, extra => <<"C"),
Include $tmp/modsecurity.conf
Include /usr/share/modsecurity-crs/owasp-crs.load
C
);
# quiet the harness's debug logging and access log: they would be timed too
for my $s (values %servers) {
    my $c = slurp("$s->{root}/conf/httpd.conf");
    $c =~ s/^LogLevel .*$/LogLevel warn/m;
    $c =~ s/^CustomLog .*$//m;
    spew("$s->{root}/conf/httpd.conf", $c);
    $s->graceful;
}
sleep 2;

# what each server answers, once
my %status;
for my $sc (@scen) {
    my ($name, $method, $path, $file) = @$sc;
    for my $sn (keys %servers) {
        my $body = $file ? slurp($file) : '';
        my $raw = "$method $path HTTP/1.1\r\nHost: x\r\n"
                . ($file ? "Content-Type: text/xml\r\nContent-Length: " . length($body) . "\r\n" : '')
                . "\r\n$body";
        $status{$name}{$sn} = $servers{$sn}->request($raw)->{status};
    }
}

my %res;
for my $round (1 .. $rounds) {
    for my $sc (@scen) {
        my ($name, $method, $path, $file) = @$sc;
        for my $sn (sort keys %servers) {
            my $url = $servers{$sn}->url . ($file ? '' : $path);
            my $cmd = $file
                ? "BODY_FILE=$file BODY_PATH=$path wrk -t2 -c$conns -d${secs}s --latency -s bench/post.lua $url"
                : "wrk -t2 -c$conns -d${secs}s --latency $url";
            my $out = `$cmd 2>&1`;
            my ($rps) = $out =~ /Requests\/sec:\s+([\d.]+)/;
            my ($p99, $u) = $out =~ /99%\s+([\d.]+)(us|ms|s)/;
            $p99 = defined $p99 ? $p99 * ($u eq 'us' ? 0.001 : $u eq 's' ? 1000 : 1) : 0;
            push @{ $res{$name}{$sn}{rps} }, $rps // 0;
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

printf "\nbench/compare: mpm_event, PHP-FPM echo backend, wrk -t2 -c%d, %d s x %d interleaved rounds (medians)\n",
    $conns, $secs, $rounds;
printf "%-28s %-16s %6s %10s %9s %8s\n", 'scenario', 'server', 'status', 'req/s', 'p99 ms', 'x plain';
for my $sc (@scen) {
    my $name = $sc->[0];
    my $base = median(@{ $res{$name}{'plain httpd'}{rps} }) || 1;
    for my $sn ('plain httpd', 'mod_cmsguard', 'ModSecurity+CRS') {
        my $r = $res{$name}{$sn};
        printf "%-28s %-16s %6s %10.0f %9.2f %8.3f\n", $name, $sn, $status{$name}{$sn},
            median(@{ $r->{rps} }), median(@{ $r->{p99} }), median(@{ $r->{rps} }) / $base;
    }
}
printf "\nlargest child RSS after the run: %s\n",
    join ', ', map { sprintf "%s %.1f MB", $_, child_rss_kb($servers{$_}) / 1024 }
               ('plain httpd', 'mod_cmsguard', 'ModSecurity+CRS');
print "(a status other than 200 means that server refused a legitimate request; its req/s then measures refusals)\n";
$_->stop for values %servers;
system('rm', '-rf', $tmp);
