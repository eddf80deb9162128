package SoakSite;
# The site the soak drives and the requests it sends: every case of
# t/corpus/vpatch, t/corpus/xmlrpc and t/corpus/admin, each with the
# verdict the corpus gives it, and one httpd configuration that serves all
# three the way their integration tests do (60-vpatch.t, 40-xmlrpc.t,
# 50-admin.t), on three loopback ports so no request's bytes change:
#   vpatch  main server: every path rewritten to a CGI echo
#   xmlrpc  the XML-RPC scripts (PHP-FPM and CGI echoes); pingback.test
#           allows pingback.ping, as the corpus case asks
#   admin   one name-based vhost per CMS with stub scripts, admin guard on
#           for an address the soak never connects from
use strict;
use warnings;
use JSON::PP;
use Digest::SHA qw(sha256_hex);
use CMSGuard::AdminCorpus qw(read_list script_of stub);
use CMSGuard::Test qw(slurp body_of chunked);

# --- cases ---------------------------------------------------------------
# Each case: key, group (vpatch|xmlrpc|admin), port name, method, raw
# bytes, expect (block|pass), and what a passing answer must show:
# sha/len of the body the echo backend must report, or no_admin (a stub
# admin script must not have run).

sub _http_cases {
    my ($root, $group) = @_;
    my @out;
    for my $http (sort glob("$root/t/corpus/$group/*.http")) {
        (my $jf = $http) =~ s/\.http$/.json/;
        my $meta = eval { decode_json(slurp($jf)) } or next;
        my $raw = slurp($http);
        my $needs = join ' ', @{ $meta->{config} || [] };
        $raw =~ s/^Host: [^\r]*/Host: pingback.test/mi if $needs =~ /pingback/;
        my $body = body_of($raw);
        my ($method) = $raw =~ /^(\S+)/;
        my %c = (key => "$group/$meta->{id}", group => $group, port => $group,
                 method => $method, raw => $raw, expect => $meta->{expect},
                 sha => sha256_hex($body), len => length $body);
        push @out, \%c;
        # The same request with its body chunked: must get the same verdict.
        my ($head, $rest) = split /\r\n\r\n/, $raw, 2;
        if (length($body) && $head =~ /^content-length:/mi
            && $head !~ /^transfer-encoding:/mi) {
            $head =~ s/^content-length:[^\r]*/Transfer-Encoding: chunked/mi;
            push @out, { %c, key => "$c{key}#chunked", chunked => 1,
                         raw => "$head\r\n\r\n" . chunked($body, 1000) };
        }
    }
    return @out;
}

my %vhost_of = (wp => 'wp.test', mt => 'mt.test', d7 => 'drupal7.test',
                d10 => 'drupal.test', joomla => 'joomla.test');
my %dir_of = (wp => 'wp', mt => 'mt', d7 => 'drupal7', d10 => 'drupal', joomla => 'joomla');


# The request 50-admin.t sends for a line, without its Connection: close.
sub _admin_raw {
    my ($c) = @_;
    my $vh = $vhost_of{$c->{cms}};
    my $method = $c->{method} || (defined($c->{post} // $c->{postxml}) ? 'POST' : 'GET');
    (my $target = $c->{target}) =~ s{^(https?://)example\.com}{$1$vh}i;
    my $post = $c->{post} // $c->{postxml};
    my $raw = "$method $target HTTP/1.1\r\nHost: $vh\r\nUser-Agent: cmsguard-soak\r\n";
    $raw .= defined $post
        ? "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
          . length($post) . "\r\n\r\n$post"
        : "\r\n";
    return ($method, $raw);
}

# Every case the soak may send.
sub cases {
    my ($root) = @_;
    my @cases = (_http_cases($root, 'vpatch'), _http_cases($root, 'xmlrpc'));
    my $n = 0;
    for my $c (read_list('bypass.txt')) {
        $n++;
        next unless $vhost_of{$c->{cms}};
        my ($method, $raw) = _admin_raw($c);
        # 403 where the lab showed stock Apache runs the admin code; for the
        # rest it is enough that no admin code runs (as 50-admin.t)
        my $must403 = ($c->{reach} // 'yes') =~ /^(yes|app|sethandler)$/;
        push @cases, { key => "admin/bypass:$n $c->{target}", group => 'admin', port => 'admin',
                       method => $method, raw => $raw, expect => $must403 ? 'block' : 'no-admin',
                       no_admin => 1 };
    }
    $n = 0;
    for my $c (read_list('public.txt')) {
        $n++;
        next if $c->{profile} || !$vhost_of{$c->{cms}};
        my ($method, $raw) = _admin_raw($c);
        push @cases, { key => "admin/public:$n $c->{target}", group => 'admin', port => 'admin',
                       method => $method, raw => $raw, expect => 'pass', no_admin => 1 };
    }
    return @cases;
}

# Does answer $r satisfy the corpus verdict of case $c? $audited: an audit
# record was written for it. Returns undef if so, else why not.
sub verdict_problem {
    my ($c, $r, $audited) = @_;
    my $st = $r->{status};
    if ($c->{group} eq 'admin') {
        return "admin code ran" if ($r->{body} // '') =~ /^ADMIN/;
        return "expected 403, got $st" if $c->{expect} eq 'block' && $st != 403;
        return "public page refused ($st)" if $c->{expect} eq 'pass' && ($st == 403 || !$st);
        return undef;
    }
    if ($c->{expect} eq 'block') {
        return "expected a refusal, got $st" unless $st >= 400 && $st < 500;
        return "refused ($st) without an audit record" unless $audited;
        return undef;
    }
    return "expected 200 from the backend, got $st" . ($audited ? ' with an audit record' : '')
        unless $st == 200;
    return echo_problem($c, $r);
}

# The echo backends report the body they received: it must be the body sent.
sub echo_problem {
    my ($c, $r) = @_;
    my ($sha) = ($r->{body} // '') =~ /"sha256":"([0-9a-f]{64})"/;
    my ($len) = ($r->{body} // '') =~ /"len":(\d+)/;
    return "backend saw a different body (" . ($len // '?') . " bytes, want $c->{len})"
        unless defined $sha && $sha eq $c->{sha} && $len == $c->{len};
    return undef;
}

# --- files and configuration ---------------------------------------------


sub files {
    my ($root) = @_;
    my $php = slurp("$root/t/backend/echo.php");
    my $cgi = slurp("$root/t/backend/echo.cgi");
    my %f = (
        'htdocs/__echo.cgi'                       => $cgi,
        'htdocs/xmlrpc/xmlrpc.php'                => $php,
        'htdocs/xmlrpc/index.php'                 => $php,
        'htdocs/xmlrpc/blog/xmlrpc.php'           => $php,
        'htdocs/xmlrpc/renamed/rpc.php'           => $php,
        'htdocs/xmlrpc/mt/mt-xmlrpc.cgi'          => $cgi,
        'htdocs/xmlrpc/blog/mt/mt-xmlrpc.cgi'     => $cgi,
        'htdocs/xmlrpc/cgi-bin/mt/mt-xmlrpc.cgi'  => $cgi,
    );
    my %a;
    for my $d (values %dir_of) {
        $a{"htdocs/admin/$d/index.php"} = stub($d =~ /drupal|joomla/ ? 'FRONT' : 'PUBLIC');
    }
    my @public = read_list('public.txt');
    for my $c (@public) {
        next if $c->{profile};
        my $sc = script_of($c->{target}) or next;
        $a{"htdocs/admin/$dir_of{$c->{cms}}$sc"} = stub('PUBLIC') if $dir_of{$c->{cms}};
    }
    for my $c (read_list('bypass.txt')) {
        my $sc = script_of($c->{target}) or next;
        next unless $dir_of{$c->{cms}};
        my $f = "htdocs/admin/$dir_of{$c->{cms}}$sc";
        next if $a{$f} || $sc eq '/index.php';
        $a{$f} = stub('ADMIN');
    }
    for my $x (keys %a) {       # a file may not also be a folder
        for my $y (keys %a) { delete $a{$y} if index($y, "$x/") == 0 }
    }
    $a{'htdocs/admin/wp/wp-admin/css/forms.css'} = "css\n";
    return { %f, %a };
}

sub _vhost {
    my ($port, $name, $dir, $extra) = @_;
    return <<"V";
<VirtualHost 127.0.0.1:$port>
    ServerName $name
    DocumentRoot "\@ROOT\@/htdocs/admin/$dir"
    # nobody may reach admin screens but an address the soak never uses
    CMSGuardAdminAllow 192.0.2.1
$extra
</VirtualHost>
V
}

# Server-context configuration: the shipped default policy (conf/), every
# pack in rules/, the audit log in logs/, and the three sites. Every
# response carries the request's UNIQUE_ID, which the audit record also
# has, so each blocked answer is matched to its record one by one.
sub config {
    my ($root, %port) = @_;
    return <<"CONF";
Define APACHE_LOG_DIR \@ROOT\@/logs
Include $root/conf/cmsguard.conf
CMSGuardRules $root/rules
# All traffic comes from one address, which must never be banned (that
# would change every later answer), yet every request should still pay
# for the ban lookup and every block for its count: a threshold no soak
# reaches within its one-second window.
CMSGuardBan 1000 1 60
CMSGuardLoginBan 1000 1 60
Header always set X-Soak-Id "%{UNIQUE_ID}e"
Listen 127.0.0.1:$port{xmlrpc}
Listen 127.0.0.1:$port{admin}

# vpatch (port $port{vpatch}): the main server, as t/integration/60-vpatch.t
RewriteEngine On
RewriteCond %{REQUEST_URI} !^/__echo\\.cgi\$
RewriteRule ^ /__echo.cgi [PT,L]

# xmlrpc (port $port{xmlrpc}), as t/integration/40-xmlrpc.t
<VirtualHost 127.0.0.1:$port{xmlrpc}>
    ServerName xmlrpc.test
    DocumentRoot "\@ROOT\@/htdocs/xmlrpc"
    DirectoryIndex index.php
    AcceptPathInfo On
    <Location /renamed/>
        CMSGuardXmlrpcEndpoint rpc.php wordpress
    </Location>
</VirtualHost>
<VirtualHost 127.0.0.1:$port{xmlrpc}>
    ServerName pingback.test
    DocumentRoot "\@ROOT\@/htdocs/xmlrpc"
    DirectoryIndex index.php
    AcceptPathInfo On
    CMSGuardXmlrpcAllow pingback.ping
</VirtualHost>

# admin (port $port{admin}), as t/integration/50-admin.t
<Directory "\@ROOT\@/htdocs/admin">
    Options +ExecCGI +MultiViews
    MultiviewsMatch Any
    AddHandler cgi-script .php .cgi
    <FilesMatch "\\.php\$">
        SetHandler cgi-script
    </FilesMatch>
    DirectoryIndex index.php
    Require all granted
</Directory>
@{[ _vhost($port{admin}, 'default.test', 'wp', '') ]}
@{[ _vhost($port{admin}, 'wp.test', 'wp', "    CMSGuardAdmin wordpress\n    FallbackResource /index.php") ]}
@{[ _vhost($port{admin}, 'mt.test', 'mt', "    CMSGuardAdmin movabletype") ]}
@{[ _vhost($port{admin}, 'drupal.test', 'drupal', "    CMSGuardAdmin drupal\n    FallbackResource /index.php") ]}
@{[ _vhost($port{admin}, 'drupal7.test', 'drupal7', "    CMSGuardAdmin drupal7\n    FallbackResource /index.php") ]}
@{[ _vhost($port{admin}, 'joomla.test', 'joomla', "    CMSGuardAdmin joomla\n    FallbackResource /index.php\n    RewriteEngine On\n    RewriteCond %{REQUEST_URI} ^/api/\n    RewriteCond %{REQUEST_URI} !^/api/index\\.php\n    RewriteRule .* /api/index.php [L]") ]}
CONF
}

1;
