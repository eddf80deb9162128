package CMSGuard::AdminCorpus;
# The admin-guard corpus (t/corpus/admin/*.txt) as 50-admin.t, the soak
# and the WordPress test read it, and the stub site it is served from.
use strict;
use warnings;
use Exporter 'import';
use CMSGuard::Test qw(slurp project_root);

our @EXPORT_OK = qw(read_list script_of stub);

# One hash per "target  # cms | what | key=value | POST body ..." line.
sub read_list {
    my ($file) = @_;
    my @out;
    for (split /\n/, slurp(project_root() . "/t/corpus/admin/$file")) {
        next if /^\s*(#|$)/;
        my ($target, $meta) = /^(\S+)\s+#\s*(.*)$/ or next;
        my @f = map { s/^\s+|\s+$//gr } split /\|/, $meta;
        my %c = (target => $target, cms => $f[0], what => $f[1] // '', meta => $meta);
        for (@f) {
            $c{reach} = $1 if /^reach=(\S+)/;
            $c{tier} = $1 if /^tier=(\S+)/;
            $c{profile} = $1 if /^profile=(\S+)/;
            $c{post} = $1 if /^POST (.*)$/;
            $c{postxml} = $1 if /^POSTXML (.*)$/;
            $c{method} = $1 if /^METHOD (\S+)/;
        }
        push @out, \%c;
    }
    return @out;
}

# A CGI stub that answers WORD and the URI it ran for.
sub stub {
    my ($word) = @_;
    return "#!/bin/sh\ncat >/dev/null\nprintf 'Content-Type: text/plain\\r\\n\\r\\n$word %s\\n' \"\$REQUEST_URI\"\n";
}

# The script a request-target runs: its canonical path up to the first
# .php/.cgi segment (the rest is path-info), lower-cased (Linux is
# case-sensitive: a case variant must not create a second file).
sub script_of {
    my ($target) = @_;
    return undef if $target =~ m{^https?://};
    my ($path) = split /\?/, $target, 2;
    $path =~ s/%([0-9a-fA-F]{2})/chr hex $1/ge;
    return undef if $path =~ /[\x00\\]/;
    my @out;
    for my $seg (split m{/+}, $path) {
        $seg =~ s/;.*//;
        next if $seg eq '' || $seg eq '.';
        if ($seg eq '..') { pop @out; next }
        push @out, lc $seg;
        return '/' . join('/', @out) if $seg =~ /\.(php|cgi)$/i;
    }
    return undef;
}

1;
