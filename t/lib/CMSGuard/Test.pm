package CMSGuard::Test;
# Test harness: a real Debian httpd with the built mod_cmsguard, in its own
# ServerRoot on a free loopback port, and a raw HTTP/1.1 client that sends
# exact bytes. Nothing of httpd is mocked.
use strict;
use warnings;
use Exporter 'import';
use Cwd qw(abs_path);
use File::Basename qw(dirname);
use File::Path qw(make_path remove_tree);
use File::Temp qw(tempdir);
use IO::Socket::IP;
use IO::Select;
use POSIX qw(:sys_wait_h);
use Time::HiRes qw(sleep time);

our @EXPORT_OK = qw(mpms chunked free_port project_root slurp spew
                    configtest http_request body_of build_dir);

my $PROJECT = abs_path(dirname(__FILE__) . '/../../..');
my $MODDIR  = '/usr/lib/apache2/modules';
my $HTTPD   = $ENV{CMSGUARD_HTTPD} || '/usr/sbin/apache2';

sub project_root { $PROJECT }

# Where the module, CLI and unit tests were built: build/, or another tree
# (make test-asan uses build-asan/) named by CMSGUARD_BUILD.
sub build_dir {
    my $b = $ENV{CMSGUARD_BUILD} || 'build';
    return $b =~ m{^/} ? $b : "$PROJECT/$b";
}

# make test-asan: httpd (not instrumented) must load the sanitizer runtime
# first, so it is preloaded into the server (and what it starts).
sub _preload {
    return $ENV{CMSGUARD_LD_PRELOAD} ? "LD_PRELOAD=$ENV{CMSGUARD_LD_PRELOAD} " : '';
}

# MPMs every integration test runs under (override: CMSGUARD_MPMS="event").
sub mpms { split ' ', ($ENV{CMSGUARD_MPMS} || 'event prefork') }

sub slurp {
    my ($f) = @_;
    open my $fh, '<:raw', $f or return undef;
    local $/;
    my $d = <$fh>;
    return $d;
}

sub spew {
    my ($f, $d, $mode) = @_;
    open my $fh, '>:raw', $f or die "$f: $!";
    print $fh $d;
    close $fh;
    chmod $mode, $f if defined $mode;
}

# Once a probe socket is closed the kernel may hand its port to the next
# bind: a caller taking several ports for one config (the soak's three
# Listen lines) then got one twice and httpd refused to start. A port is
# handed out once per process.
my %handed_out;

sub free_port {
    for (1 .. 100) {
        my $s = IO::Socket::IP->new(LocalHost => '127.0.0.1', LocalPort => 0,
                                    Proto => 'tcp', Listen => 1)
            or die "no free port: $!";
        my $p = $s->sockport;
        close $s;
        return $p unless $handed_out{$p}++;
    }
    die "no free port that this process has not handed out already\n";
}

sub chunked {
    my ($data, $size) = @_;
    $size ||= 1000;
    my $out = '';
    for (my $i = 0; $i < length $data; $i += $size) {
        my $c = substr($data, $i, $size);
        $out .= sprintf("%x\r\n%s\r\n", length $c, $c);
    }
    return $out . "0\r\n\r\n";
}

# The body a raw request carries (de-chunked when it is chunked): what a
# backend must receive.
sub body_of {
    my ($raw) = @_;
    my ($head, $body) = split /\r\n\r\n/, $raw, 2;
    $body //= '';
    return $body unless $head =~ /^transfer-encoding:\s*chunked/mi;
    my $out = '';
    while ($body =~ s/^([0-9a-fA-F]+)[^\r\n]*\r\n//) {
        my $n = hex $1;
        last unless $n;
        $out .= substr($body, 0, $n, '');
        $body =~ s/^\r\n//;
    }
    return $out;
}

sub _as_root { $> == 0 }

sub _loadmodules {
    my ($mpm, $want) = @_;
    my @m = ("mpm_$mpm", qw(authz_core authz_host mime dir alias
                            unique_id env setenvif headers remoteip rewrite
                            proxy proxy_fcgi),
             ($mpm eq 'prefork' ? 'cgi' : 'cgid'), @{ $want || [] });
    my %seen;
    # mod_php is named unlike the others: libphpX.Y.so, php_module
    return join '', map { /^php([\d.]+)$/ ? "LoadModule php_module $MODDIR/libphp$1.so\n"
                                          : "LoadModule ${_}_module $MODDIR/mod_$_.so\n" }
        grep { !$seen{$_}++ } @m;
}

# Base configuration. %o: mpm, port, root, extra (server-context text),
# modules (extra module names), cmsguard (0 to leave the module out).
sub base_config {
    my (%o) = @_;
    my $root = $o{root};
    my $user = _as_root() ? "User www-data\nGroup www-data\n" : '';
    my $mod = ($o{cmsguard} // 1)
        ? "LoadModule cmsguard_module @{[ build_dir() ]}/.libs/mod_cmsguard.so\n" : '';
    my $cgi = $o{mpm} eq 'prefork' ? '' : "ScriptSock $root/run/cgid.sock\n";
    # The inspection budget is wall-clock time: under a sanitizer, with two
    # suites sharing two cores, the 500ms default would turn load into
    # 500s. Tests judge behaviour, not time; 36-onerror.t sets its own.
    my $budget = "<IfModule cmsguard_module>\nCMSGuardInspectionBudget 60s\n</IfModule>\n";
    return <<"CONF";
ServerRoot "$root"
ServerName 127.0.0.1
Listen 127.0.0.1:$o{port}
@{[ $o{listen6} ? "Listen [::1]:$o{port}\n" : '' ]}PidFile $root/run/httpd.pid
DefaultRuntimeDir $root/run
ErrorLog $root/logs/error.log
LogLevel warn@{[ ($o{cmsguard} // 1) ? ' cmsguard:debug' : '' ]}
$user@{[ _loadmodules($o{mpm}, $o{modules}) ]}$mod@{[ ($o{cmsguard} // 1) ? $budget : '' ]}
StartServers 2
MaxRequestWorkers 32
@{[ $o{mpm} eq 'prefork' ? '' : "ThreadsPerChild 16\nServerLimit 2\nGracefulShutdownTimeout 5\n" ]}$cgi
TypesConfig /etc/mime.types
LogFormat "%h %l %u %t \\"%r\\" %>s %b %{CMSGUARD_RULE_ID}e" cg
CustomLog $root/logs/access.log cg
DocumentRoot "$root/htdocs"
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory "$root/htdocs">
    Options +ExecCGI
    AddHandler cgi-script .cgi
    Require all granted
</Directory>
<FilesMatch "\\.php\$">
    SetHandler "proxy:unix:$root/run/php-fpm.sock|fcgi://localhost/"
</FilesMatch>
$o{extra}
CONF
}

sub new_root {
    my ($root) = @_;
    $root ||= tempdir('cmsguard-t-XXXXXX', TMPDIR => 1,
                      CLEANUP => !$ENV{CMSGUARD_KEEP});
    chmod 0755, $root;
    make_path("$root/$_") for qw(run logs conf htdocs);
    chmod 0777, "$root/run";
    # backends (running as www-data) append here to prove they ran
    spew("$root/backend.log", '', 0666);
    for my $f (qw(echo.cgi echo.php)) {
        spew("$root/htdocs/$f", slurp("$PROJECT/t/backend/$f"), 0755);
    }
    return $root;
}

# `apache2 -t` on a configuration; returns (exit code, output).
sub configtest {
    my (%o) = @_;
    my $root = new_root();
    my $conf = base_config(mpm => 'event', port => free_port(), root => $root,
                           %o);
    spew("$root/conf/httpd.conf", $conf);
    my $out = `@{[ _preload() ]}$HTTPD -d $root -f $root/conf/httpd.conf -t 2>&1`;
    return ($? >> 8, $out, "$root/conf/httpd.conf");
}

sub new {
    my ($class, %o) = @_;
    my $self = bless { mpm => 'event', extra => '', %o, owner => $$ }, $class;
    $self->{root} = new_root($self->{root});
    $self->{port} ||= free_port();
    $self->{conf} = "$self->{root}/conf/httpd.conf";
    for my $f (keys %{ $self->{files} || {} }) {
        my $path = "$self->{root}/$f";
        make_path(dirname($path));
        spew($path, $self->{files}{$f},
             ($f =~ /\.cgi$/ || $self->{files}{$f} =~ /^#!/) ? 0755 : 0644);
    }
    $self->start_php if $self->{php};
    $self->write_config;
    # no_start => 1: lay out the tree first (the caller starts httpd)
    $self->start unless $self->{no_start};
    return $self;
}

sub root { $_[0]{root} }
sub port { $_[0]{port} }
sub mpm  { $_[0]{mpm} }
sub url  { "http://127.0.0.1:$_[0]{port}" }

sub write_config {
    my ($self) = @_;
    my $extra = $self->{extra};
    $extra =~ s/\@ROOT\@/$self->{root}/g;
    spew($self->{conf}, base_config(%$self, extra => $extra));
}

sub start {
    my ($self) = @_;
    my $out = $self->ctl('start');
    die "httpd did not start ($self->{ctl_rc}): $out\n" . (slurp("$self->{root}/logs/error.log") // '')
        if $self->{ctl_rc};
    my $deadline = time + 15;
    while (time < $deadline) {
        my $s = IO::Socket::IP->new(PeerHost => '127.0.0.1',
                                    PeerPort => $self->{port}, Timeout => 1);
        # listening comes before the pid file: wait for both, or a quick
        # graceful restart finds "httpd not running"
        if ($s && $self->pid) { close $s; return 1 }
        sleep 0.05;
    }
    die "httpd did not listen on $self->{port}:\n"
        . (slurp("$self->{root}/logs/error.log") // '');
}

# apache2 -k start|stop|graceful for this server. Each of them reads the
# configuration and so loads the module: under make test-asan it needs
# the sanitizer runtime preloaded as much as the server does.
sub ctl {
    my ($self, $what) = @_;
    my $out = `@{[ _preload() ]}$HTTPD -d $self->{root} -f $self->{conf} -k $what 2>&1`;
    $self->{ctl_rc} = $?;
    return $out;
}

sub graceful {
    my ($self) = @_;
    my $out = $self->ctl('graceful');
    die "graceful restart failed: $out" if $self->{ctl_rc};
}

sub pid {
    my ($self) = @_;
    my $p = slurp("$self->{root}/run/httpd.pid");
    return $p ? ($p =~ /(\d+)/)[0] : undef;
}

# mpm_event is stopped the way Debian's apache2.service stops it, with
# graceful-stop (bounded by GracefulShutdownTimeout in base_config). Its
# ungraceful stop races in httpd itself: the main thread closes every
# socket listed in worker_sockets[], read without a lock, and a worker
# that has just finished a connection (its pool already back with the
# listener) leaves a stale entry there. Under load that killed children
# with no module frame on the stack (main thread in
# close_socket_nonblocking_ -> apr_os_sock_get, listener in the pool
# allocator), and the "no child crashed" checks below blamed the module.
# prefork has no such race and keeps the quick ungraceful stop.
sub stop {
    my ($self) = @_;
    return if $self->{stopped}++;
    my $pid = $self->pid;
    $self->ctl($self->{mpm} eq 'prefork' ? 'stop' : 'graceful-stop');
    my $deadline = time + 15;
    while ($pid && kill(0, $pid) && time < $deadline) { sleep 0.05 }
    kill 'KILL', $pid if $pid && kill(0, $pid);
    $self->stop_php;
}

# Forked test clients inherit the object; only its creator may stop httpd.
# keep => 1 leaves the server running (the demo).
sub DESTROY { local $?; $_[0]->stop if $_[0]{owner} == $$ && !$_[0]{keep} }

# Lines of the error log that mean a child died badly: every test that
# stops a server asserts there are none.
sub crashes {
    my ($self) = @_;
    my $log = slurp("$self->{root}/logs/error.log") // '';
    return grep { /exit signal|AH00052|Segmentation|AddressSanitizer|runtime error:/ }
        split /\n/, $log;
}

sub error_log { slurp("$_[0]{root}/logs/error.log") // '' }

sub backend_runs {
    my ($self) = @_;
    my $d = slurp("$self->{root}/backend.log") // '';
    return scalar(() = $d =~ /\n/g);
}

sub lines {
    my ($self, $file) = @_;
    my $d = slurp("$self->{root}/$file") // '';
    return split /\n/, $d;
}

sub start_php {
    my ($self) = @_;
    my ($fpm) = sort glob('/usr/sbin/php-fpm*');
    die "php-fpm not installed\n" unless $fpm;
    my $root = $self->{root};
    my $user = _as_root() ? "user = www-data\ngroup = www-data\n" : '';
    spew("$root/conf/php-fpm.conf", <<"FPM");
[global]
pid = $root/run/php-fpm.pid
error_log = $root/logs/php-fpm.log
daemonize = no
[www]
$user
listen = $root/run/php-fpm.sock
listen.mode = 0666
pm = static
pm.max_children = 4
catch_workers_output = yes
php_admin_value[post_max_size] = 64M
php_admin_value[upload_max_filesize] = 64M
php_admin_value[error_log] = $root/logs/php-errors.log
FPM
    my $pid = fork;
    die "fork: $!" unless defined $pid;
    if (!$pid) {
        open STDOUT, '>>', "$root/logs/php-fpm.out";
        open STDERR, '>&', \*STDOUT;
        exec $fpm, '-F', '-y', "$root/conf/php-fpm.conf";
        exit 127;
    }
    $self->{php_pid} = $pid;
    my $deadline = time + 15;
    until (-S "$root/run/php-fpm.sock") {
        die "php-fpm did not start:\n" . (slurp("$root/logs/php-fpm.log") // '')
            . (slurp("$root/logs/php-fpm.out") // '') if time > $deadline;
        sleep 0.05;
    }
}

sub stop_php {
    my ($self) = @_;
    my $pid = delete $self->{php_pid} or return;
    kill 'TERM', $pid;
    my $deadline = time + 10;
    while (time < $deadline) {
        last if waitpid($pid, WNOHANG) != 0;
        sleep 0.05;
    }
    kill 'KILL', $pid if kill 0, $pid;
}

# Send exact bytes and keep the connection open after the answer: on
# prefork each such connection occupies its own child, so requests sent
# this way are answered by different processes. Returns (status, socket);
# the caller closes the socket. %o: from, timeout (connect, seconds).
sub held_request {
    my ($self, $raw, %o) = @_;
    my $s = IO::Socket::IP->new(PeerHost => '127.0.0.1', PeerPort => $self->{port},
                                ($o{from} ? (LocalHost => $o{from}) : ()),
                                Timeout => $o{timeout} || 5) or die "connect: $!";
    binmode $s;
    print $s $raw;
    my $buf = '';
    while ($buf !~ /\r\n\r\n/ || length($buf) < index($buf, "\r\n\r\n") + 4
           + (($buf =~ /Content-Length: (\d+)/i)[0] // 0)) {
        my $n = sysread($s, $buf, 65536, length $buf);
        last unless $n;
    }
    my ($st) = $buf =~ m{^HTTP/1\.\d (\d+)};
    return ($st // 0, $s);
}

# Send exact bytes; return {status, headers (lc name => value), body, raw}.
# A missing response within the timeout is a failure, never a hang.
# %o: from => local address to connect from (any of 127.0.0.0/8 works on
# Linux, so tests can be many clients), host => '::1' for IPv6.
sub request {
    my ($self, $raw, %o) = @_;
    return http_request($o{host} || '127.0.0.1', $self->{port}, $raw, %o);
}

sub http_request {
    my ($host, $port, $raw, %o) = @_;
    my $timeout = $o{timeout} || 30;
    my $s = IO::Socket::IP->new(PeerHost => $host, PeerPort => $port,
                                ($o{from} ? (LocalHost => $o{from}) : ()),
                                Timeout => 5)
        or return { status => 0, error => "connect: $!" };
    binmode $s;
    my $sent = 0;
    my $sel = IO::Select->new($s);
    my $buf = '';
    my $deadline = time + $timeout;
    # write in pieces while reading, so a server that answers early (413)
    # does not deadlock us on a full socket buffer
    $s->blocking(0);
    while (time < $deadline) {
        if ($sent < length $raw) {
            if (IO::Select->new($s)->can_write(0.01)) {
                my $n = syswrite($s, $raw, 65536, $sent);
                if (!defined $n) {
                    last unless $!{EAGAIN} || $!{EWOULDBLOCK};
                } else {
                    $sent += $n;
                }
            }
        }
        if ($sel->can_read($sent < length $raw ? 0 : 0.2)) {
            my $n = sysread($s, my $chunk, 65536);
            last if !defined $n && !($!{EAGAIN} || $!{EWOULDBLOCK});
            last if defined $n && $n == 0;
            $buf .= $chunk if $n;
            my $r = _parse_response($buf);
            return $r if $r && !$o{until_close};
        }
    }
    my $r = _parse_response($buf, 1);
    return $r if $r;
    return { status => 0, error => 'no complete response', raw => $buf };
}

sub _parse_response {
    my ($buf, $eof) = @_;
    my $he = index($buf, "\r\n\r\n");
    return undef if $he < 0;
    my $head = substr($buf, 0, $he);
    my $rest = substr($buf, $he + 4);
    my ($sl, @h) = split /\r\n/, $head;
    my ($status) = $sl =~ m{^HTTP/\d\.\d (\d{3})} or return undef;
    my %h;
    for (@h) { my ($k, $v) = /^([^:]+):\s*(.*)$/ or next; $h{lc $k} = $v }
    my $body;
    if (($h{'transfer-encoding'} // '') =~ /chunked/i) {
        $body = '';
        my $pos = 0;
        while (1) {
            my $le = index($rest, "\r\n", $pos);
            return undef if $le < 0;
            my $size = hex(substr($rest, $pos, $le - $pos));
            if ($size == 0) { last }
            return undef if length($rest) < $le + 2 + $size + 2;
            $body .= substr($rest, $le + 2, $size);
            $pos = $le + 2 + $size + 2;
        }
    } elsif (defined $h{'content-length'}) {
        return undef if length($rest) < $h{'content-length'};
        $body = substr($rest, 0, $h{'content-length'});
    } elsif ($status == 204 || $status == 304) {
        $body = '';
    } else {
        return undef unless $eof;
        $body = $rest;
    }
    return { status => $status + 0, headers => \%h, body => $body, raw => $buf };
}

1;
