package CompareSetup;
# What bench/compare (req/s under wrk) and bench/cost (instructions per
# request under callgrind) measure, so both describe the same servers and
# the same requests: the scenarios, the document root, and httpd
# configurations for plain httpd, httpd + mod_cmsguard (the shipped conf,
# all packs, admin guard on) and httpd + ModSecurity 2 + OWASP CRS 3.3 at
# PL1 (Debian's packages and recommended configuration).
use strict;
use warnings;
use Payloads;
use CMSGuard::Test qw(slurp spew project_root);

our @SERVERS = ('plain httpd', 'mod_cmsguard', 'ModSecurity+CRS');

sub need_packages {
    my (@pkgs) = @_;
    my @missing = grep {
        `dpkg-query -W -f='\${Status}' $_ 2>/dev/null` !~ /install ok installed/
    } @pkgs;
    return unless @missing;
    die "the benchmark needs @missing: apt-get install @missing\n" if $> != 0;
    system("apt-get install -y -q --no-install-recommends @missing >/dev/null") == 0
        or die "apt-get install @missing failed\n";
}

# A scratch directory with the request bodies; returns (dir, scenarios).
# A scenario: [name, method, path, body file or undef]. BENCH_ONLY (a
# regex) keeps the scenarios whose name matches.
sub scenarios {
    my $tmp = "/tmp/cmsguard-bench-$$";
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
    if (defined(my $only = $ENV{BENCH_ONLY})) {
        @scen = grep { $_->[0] =~ /$only/i } @scen;
        die "BENCH_ONLY=$only matches no scenario\n" unless @scen;
    }
    return ($tmp, @scen);
}

# The wrk command that sends scenario $sc to the server at $base (its URL
# without a path): $wrk runs wrk ("wrk", "taskset -c 1 wrk"), $opts are
# its load options (threads, connections, seconds, --latency).
sub wrk_command {
    my ($sc, $base, $wrk, $opts) = @_;
    my (undef, undef, $path, $file) = @$sc;
    return $file
        ? "BODY_FILE=$file BODY_PATH=$path $wrk $opts -s bench/post.lua $base"
        : "$wrk $opts $base$path";
}

# The raw HTTP/1.1 request of a scenario (keep-alive).
sub raw_request {
    my ($sc) = @_;
    my (undef, $method, $path, $file) = @$sc;
    my $body = $file ? slurp($file) : '';
    return "$method $path HTTP/1.1\r\nHost: x\r\n"
         . ($file ? "Content-Type: text/xml\r\nContent-Length: " . length($body) . "\r\n" : '')
         . "\r\n$body";
}

# name => CMSGuard::Test, all mpm_event with the PHP-FPM echo backend,
# debug logging and the access log off (they would be timed too).
# %o: no_start => 1 lays the trees out without starting httpd;
# servers => [names] picks some of @SERVERS.
sub servers {
    my ($tmp, %o) = @_;
    my $root = project_root();
    my $echo = slurp("$root/t/backend/echo.php");
    my %files = (
        'htdocs/static.html'             => ('<p>' . ('x' x 1017) . "</p>\n"),
        'htdocs/xmlrpc.php'              => $echo,
        'htdocs/wp-admin/index.php'      => $echo,
        'htdocs/wp-admin/admin-ajax.php' => $echo,
    );
    my %want = map { $_ => 1 } @{ $o{servers} || \@SERVERS };

    if ($want{'ModSecurity+CRS'}) {
        my $m = slurp('/etc/modsecurity/modsecurity.conf-recommended');
        $m =~ s/^SecRuleEngine .*/SecRuleEngine On/m;
        $m =~ s/^SecRequestBodyNoFilesLimit .*/SecRequestBodyNoFilesLimit 1048576/m;
        $m =~ s/^SecAuditLog .*/SecAuditLog $tmp\/modsec_audit.log/m;
        $m =~ s{^(SecTmpDir|SecDataDir) .*}{$1 $tmp/}mg;
        $m =~ s{^SecUnicodeMapFile unicode.mapping}{SecUnicodeMapFile /etc/modsecurity/unicode.mapping}m;
        spew("$tmp/modsecurity.conf", $m);
    }
    my %args = (
        'plain httpd' => [cmsguard => 0, extra => ''],
        # the shipped policy, bans included: every scenario is a
        # legitimate request (compare prints each status), so each pays
        # for the ban lookup and none is ever banned
        'mod_cmsguard' => [modules => ['socache_shmcb'], extra => <<"C"],
Define APACHE_LOG_DIR \@ROOT\@/logs
Include $root/conf/cmsguard.conf
CMSGuardRules $root/rules
CMSGuardAdminAllow 127.0.0.1
@{[ $ENV{BENCH_CMSGUARD_CONF} // '' ]}
C
        'ModSecurity+CRS' => [cmsguard => 0, modules => ['security2'], extra => <<"C"],
Include $tmp/modsecurity.conf
Include /usr/share/modsecurity-crs/owasp-crs.load
C
    );
    my %s;
    for my $name (grep { $want{$_} } @SERVERS) {
        my $t = CMSGuard::Test->new(mpm => 'event', php => 1, files => \%files,
                                    no_start => 1, @{ $args{$name} });
        my $c = slurp($t->{conf});
        $c =~ s/^LogLevel .*$/LogLevel warn/m;
        $c =~ s/^CustomLog .*$//m;
        spew($t->{conf}, $c);
        $t->start unless $o{no_start};
        $s{$name} = $t;
    }
    return \%s;
}

1;
