#!/usr/bin/perl
# Runs each engine unit-test binary (build/t/unit/*) and relays its TAP as
# a subtest, then checks that the engine stays free of httpd.
use strict;
use warnings;
use Test::More;
use FindBin;

my $root = "$FindBin::Bin/..";
my $build = $ENV{CMSGUARD_BUILD} ? ($ENV{CMSGUARD_BUILD} =~ m{^/} ? $ENV{CMSGUARD_BUILD}
                                    : "$root/$ENV{CMSGUARD_BUILD}") : "$root/build";
my @bins = sort grep { -x } glob("$build/t/unit/*");
ok(@bins >= 1, 'unit-test binaries are built (make unit)');

# t/unit/locale.c runs the engine's folding and letter classes under
# tr_TR.UTF-8 and tr_TR.ISO-8859-9, made here from Debian's locales
# package (no system locale is installed or changed)
my $locdir = "$build/locale";
mkdir $locdir;
for my $loc (['tr_TR.UTF-8', 'UTF-8'], ['tr_TR.ISO-8859-9', 'ISO-8859-9']) {
    system("localedef -i tr_TR -f $loc->[1] $locdir/$loc->[0] >/dev/null 2>&1")
        unless -d "$locdir/$loc->[0]";
    ok(-d "$locdir/$loc->[0]", "localedef made $loc->[0] (package locales)");
}
$ENV{LOCPATH} = $locdir;
$ENV{CMSGUARD_TEST_LOCALE} = 'tr_TR.UTF-8';
$ENV{CMSGUARD_TEST_LOCALE_8BIT} = 'tr_TR.ISO-8859-9';

for my $bin (@bins) {
    my $name = (split m{/}, $bin)[-1];
    subtest "unit: $name" => sub {
        my @out = `$bin 2>&1`;
        my $rc = $? >> 8;
        my ($ok, $notok) = (0, 0);
        for (@out) {
            if (/^ok \d+ - (.*)/)        { pass($1); $ok++ }
            elsif (/^not ok \d+ - (.*)/) { fail($1); $notok++ }
            elsif (/^#/)                 { diag($_) }
        }
        ok($ok + $notok > 0, "$name ran some tests");
        is($rc, 0, "$name exit status");
    };
}

# The engine is APR/PCRE2/libmaxminddb only: no httpd symbol may be needed.
my @undef = `nm -u $build/libcmsguard.a`;
my @ap = grep { /\b(ap_|ap_hook_|apr_bucket_.*_ap|httpd_)\w*/ && !/\bapr_/ } @undef;
is(scalar(@ap), 0, 'engine library needs no httpd symbol')
    or diag(@ap);

# ... and no source file in src/ includes an httpd header.
my @bad;
for my $f (glob("$root/src/*.[ch]")) {
    open my $fh, '<', $f or die "$f: $!";
    while (<$fh>) {
        push @bad, "$f:$.: $_" if /#\s*include\s*[<"](httpd|http_\w+|ap_\w+|util_\w+|mod_\w+)\.h[>"]/;
    }
}
is(scalar(@bad), 0, 'no httpd header is included in src/') or diag(@bad);

# Case is folded, and letters told, in ASCII only (src/ascii.h): the C
# library's folding and letter classes follow a locale that mod_php's
# setlocale() changes process-wide.
my @fold;
for my $f (glob("$root/src/*.[ch]"), glob("$root/mod_cmsguard*.[ch]")) {
    open my $fh, '<', $f or die "$f: $!";
    my $code = do { local $/; <$fh> };
    $code =~ s{/\*.*?\*/}{}gs;             # comments
    $code =~ s{"(?:\\.|[^"\\\n])*"}{""}g;   # string literals
    push @fold, "$f: $1" while $code =~
        /(?<!\w)(strn?casecmp|strcasestr|tolower|toupper|apr_tolower|apr_toupper|ap_strcasestr|ap_str_tolower|ap_str_toupper|ap_strcasecmp_match|isalpha|isalnum|apr_isalpha|apr_isalnum)\s*\(/g;
}
is(scalar(@fold), 0, 'no locale-dependent case folding or letter class in src/ or the glue') or diag(join "\n", @fold);

done_testing();
