package KeepAlive;
# A raw HTTP/1.1 client for the soak: sends exact request bytes over a
# connection it keeps open between requests (until the server says
# "Connection: close" or the request could not be written whole), and
# tells apart the ways an exchange can fail, because the soak must count
# a keep-alive connection closed under it (a graceful restart closes idle
# ones) separately from a wrong answer.
use strict;
use warnings;
use IO::Socket::IP;
use IO::Select;
use Time::HiRes qw(time);

# KeepAlive->new(port => P): no connection is opened until the first send.
sub new {
    my ($class, %o) = @_;
    return bless { host => '127.0.0.1', timeout => 30, %o, sock => undef, used => 0 }, $class;
}

sub connected { defined $_[0]{sock} }

# Requests answered on the open connection so far (0: a fresh one).
sub reused { $_[0]{used} }

sub disconnect {
    my ($self) = @_;
    CORE::close($self->{sock}) if $self->{sock};
    $self->{sock} = undef;
    $self->{used} = 0;
}

sub idle_for { $_[0]{sock} ? time - $_[0]{last} : 0 }

sub _connect {
    my ($self) = @_;
    my $s = IO::Socket::IP->new(PeerHost => $self->{host}, PeerPort => $self->{port},
                                Proto => 'tcp', Timeout => 5)
        or return "connect: $!";
    binmode $s;
    $s->blocking(0);
    $self->{sock} = $s;
    $self->{used} = 0;
    $self->{last} = time;
    return undef;
}

# Send $raw (exact bytes) and read one response. $method tells whether the
# response has a body (HEAD). Returns a hash:
#   status, headers (lc name => value), body      a complete response
#   error => text, stale => 1                      the server closed a reused
#                                                  connection before one byte
#                                                  of response came
#   error => text                                  anything else that failed
# Writing and reading interleave, so a server that answers before it has
# read the whole body (413, or a refusal it sends early) cannot deadlock us.
sub exchange {
    my ($self, $raw, $method) = @_;
    if (!$self->{sock}) {
        my $err = $self->_connect;
        return { error => $err } if $err;
    }
    my $reused = $self->{used};
    my $s = $self->{sock};
    my $sel = IO::Select->new($s);
    my ($sent, $buf, $write_failed) = (0, '', 0);
    my $deadline = time + $self->{timeout};
    my $head_only = ($method // '') eq 'HEAD';
    while (1) {
        if (time > $deadline) {
            $self->disconnect;
            return { error => 'no response within ' . $self->{timeout} . ' s' };
        }
        my $writing = !$write_failed && $sent < length $raw;
        my ($r, $w) = IO::Select->select($sel, $writing ? $sel : undef, undef, 0.5);
        if ($w && @$w) {
            my $n = syswrite($s, $raw, 65536, $sent);
            if (defined $n) {
                $sent += $n;
            } elsif (!($!{EAGAIN} || $!{EWOULDBLOCK})) {
                # the server closed or reset: read what it said, if anything
                $write_failed = "write: $!";
            }
        }
        next unless $r && @$r;
        my $n = sysread($s, my $chunk, 65536);
        if (!defined $n) {
            next if $!{EAGAIN} || $!{EWOULDBLOCK};
            return $self->_at_eof($buf, $reused, "read: $!", $head_only);
        }
        return $self->_at_eof($buf, $reused, $write_failed || 'closed by server', $head_only)
            if $n == 0;
        $buf .= $chunk;
        my $res = parse_response($buf, 0, $head_only) or next;
        $self->{used}++;
        $self->{last} = time;
        # keep the connection only if the server will and the request went
        # out whole (else its unread rest would be the next "request")
        $self->disconnect if !$res->{keepalive} || $write_failed || $sent < length $raw;
        return $res;
    }
}

sub _at_eof {
    my ($self, $buf, $reused, $why, $head_only) = @_;
    $self->disconnect;
    return { error => "$why before any response byte", stale => ($reused ? 1 : 0) }
        if $buf eq '';
    my $res = parse_response($buf, 1, $head_only);
    return $res if $res;
    return { error => "$why after " . length($buf) . ' bytes of an incomplete response',
             partial => substr($buf, 0, 200) };
}

# One response from the start of $buf, or undef if it is not complete yet.
# Interim 1xx responses are skipped. $eof: the server has closed, so a body
# without a length ends here.
sub parse_response {
    my ($buf, $eof, $head_only) = @_;
    while (1) {
        my $he = index($buf, "\r\n\r\n");
        return undef if $he < 0;
        my ($sl, @h) = split /\r\n/, substr($buf, 0, $he);
        my ($ver, $status) = $sl =~ m{^HTTP/(\d\.\d) (\d{3})} or return undef;
        my $rest = substr($buf, $he + 4);
        if ($status >= 100 && $status < 200) { $buf = $rest; next }
        my %h;
        for (@h) { my ($k, $v) = /^([^:]+):\s*(.*)$/ or next; $h{lc $k} = $v }
        my $body;
        if ($head_only || $status == 204 || $status == 304) {
            $body = '';
        } elsif (($h{'transfer-encoding'} // '') =~ /chunked/i) {
            $body = '';
            my $pos = 0;
            while (1) {
                my $le = index($rest, "\r\n", $pos);
                return undef if $le < 0;
                my $size = hex(substr($rest, $pos, $le - $pos));
                if ($size == 0) {
                    # no trailers from httpd: the last chunk ends with CRLF CRLF
                    return undef if length($rest) < $le + 4;
                    last;
                }
                return undef if length($rest) < $le + 2 + $size + 2;
                $body .= substr($rest, $le + 2, $size);
                $pos = $le + 2 + $size + 2;
            }
        } elsif (defined $h{'content-length'}) {
            return undef if length($rest) < $h{'content-length'};
            $body = substr($rest, 0, $h{'content-length'});
        } else {
            return undef unless $eof;
            $body = $rest;
        }
        my $close = ($h{connection} // '') =~ /close/i || $ver eq '1.0';
        return { status => $status + 0, headers => \%h, body => $body, keepalive => !$close };
    }
}

1;
