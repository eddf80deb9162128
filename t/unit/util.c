/* Specification of size parsing (src/util.c) and the body buffer. */
#include <apr_general.h>
#include <apr_strings.h>

#include "tap.h"
#include "util.h"
#include "buf.h"

/* The decoder as first written, a bit at a time: the fast path of
 * cmsguard_base64_decode must agree with it on every input. */
static const char B64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static apr_size_t ref_b64(const char *in, apr_size_t n, unsigned char *out,
                          int *bad)
{
    apr_uint32_t acc = 0;
    apr_size_t o = 0, i;
    int bits = 0;

    *bad = 0;
    for (i = 0; i < n; i++) {
        const char *q = in[i] ? strchr(B64, in[i]) : NULL;
        if (!q) {
            if (!strchr(" \t\r\n\v\f=", in[i]) || !in[i])
                (*bad)++;
            continue;
        }
        acc = (acc << 6) | (apr_uint32_t)(q - B64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (unsigned char)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    return o;
}

int main(void)
{
    apr_pool_t *p;
    apr_off_t v = 0;
    const char *err;
    cmsguard_buf_t *b;
    int i;

    apr_initialize();
    apr_pool_create(&p, NULL);

    ok(!cmsguard_parse_size(p, "65536", 1, 1 << 30, &v) && v == 65536,
       "plain bytes");
    ok(!cmsguard_parse_size(p, "512K", 1, 1 << 30, &v) && v == 512 * 1024,
       "K suffix");
    ok(!cmsguard_parse_size(p, "8m", 1, 1 << 30, &v) && v == 8 << 20,
       "m suffix, any case");
    ok(!cmsguard_parse_size(p, "1G", 1, 1 << 30, &v) && v == 1 << 30,
       "G suffix up to the maximum");
    err = cmsguard_parse_size(p, "2G", 1, 1 << 30, &v);
    ok(err && strstr(err, "maximum"), "over the maximum: %s", err);
    err = cmsguard_parse_size(p, "0", 1, 1 << 30, &v);
    ok(err && strstr(err, "outside"), "under the minimum: %s", err);
    err = cmsguard_parse_size(p, "-5", 1, 1 << 30, &v);
    ok(err != NULL, "negative: %s", err);
    err = cmsguard_parse_size(p, "8MB", 1, 1 << 30, &v);
    ok(err && strstr(err, "trailing"), "trailing junk: %s", err);
    err = cmsguard_parse_size(p, "8X", 1, 1 << 30, &v);
    ok(err && strstr(err, "unit"), "unknown unit: %s", err);
    err = cmsguard_parse_size(p, "lots", 1, 1 << 30, &v);
    ok(err != NULL, "not a number: %s", err);
    err = cmsguard_parse_size(p, "99999999999999999999999G", 1, 1 << 30, &v);
    ok(err != NULL, "overflow is refused: %s", err);

    b = cmsguard_buf_make(p, 0);
    for (i = 0; i < 10000; i++)
        cmsguard_buf_append(b, "0123456789", 10);
    ok(b->len == 100000 && !memcmp(b->data + 99990, "0123456789", 10),
       "buffer grows and keeps every byte in order");
    ok(cmsguard_buf_append(b, "", 0) == APR_SUCCESS && b->len == 100000,
       "appending nothing changes nothing");

    {
        /* random base64 with line breaks, blanks, padding and junk at
         * random places, so the quad fast path is entered and left at
         * every offset */
        static const char extra[] = " \n\r\t=*\x80";
        unsigned seed = 12345;
        int t, agree = 1;

        for (t = 0; t < 2000 && agree; t++) {
            char in[300];
            unsigned char want[300];
            apr_size_t n = (seed = seed * 1103515245u + 12345u) % 300, k,
                       wl, gl;
            int wbad, gbad;
            char *got;

            for (k = 0; k < n; k++) {
                seed = seed * 1103515245u + 12345u;
                in[k] = (seed >> 16) % 9 == 0
                        ? extra[(seed >> 8) % (sizeof(extra) - 1)]
                        : B64[(seed >> 12) % 64];
            }
            wl = ref_b64(in, n, want, &wbad);
            got = cmsguard_base64_decode(p, in, n, &gl, &gbad);
            agree = gl == wl && !memcmp(got, want, wl) && gbad == wbad;
        }
        ok(agree, "base64: the quad fast path decodes as the bitwise "
           "reference on 2000 mixed inputs (stopped at %d)", t);
    }

    {
        /* contains against memmem on random haystacks over a small
         * alphabet (so needles occur, and their rare byte often does
         * without them: the false-hit and fall-back paths), every rare
         * index, and a needle whose rare byte is in every position of the
         * haystack */
        static const char alpha[] = "ab_<";
        unsigned seed = 777;
        int t, agree = 1, found = 0, fell_back = 0;

        for (t = 0; t < 20000 && agree; t++) {
            char hay[400], nd[8];
            apr_size_t hl, nl, k, r;

            seed = seed * 1103515245u + 12345u;
            hl = (seed >> 8) % (t % 100 == 0 ? 400 : 60);
            seed = seed * 1103515245u + 12345u;
            nl = 1 + (seed >> 8) % 6;
            for (k = 0; k < hl; k++) {
                seed = seed * 1103515245u + 12345u;
                hay[k] = alpha[(seed >> 16) % 4];
            }
            for (k = 0; k < nl; k++) {
                seed = seed * 1103515245u + 12345u;
                nd[k] = alpha[(seed >> 16) % 4];
            }
            for (r = 0; r <= nl; r++) {   /* r == nl: out of range */
                int want = memmem(hay, hl, nd, nl) != NULL;
                if (cmsguard_contains(hay, hl, nd, nl, r) != want)
                    agree = 0;
                found += want;
            }
        }
        ok(agree && found > 1000, "contains agrees with memmem on 20000 "
           "random cases at every rare index (%d found, stopped at %d)",
           found, t);
        {
            char big[2000];
            memset(big, '_', sizeof(big));
            big[sizeof(big) - 1] = 'x';
            fell_back = cmsguard_contains(big, sizeof(big), "_x", 2, 0)
                        && !cmsguard_contains(big, sizeof(big) - 1, "_x", 2, 0);
        }
        ok(fell_back, "a rare byte that is everywhere: found at the end, "
           "absent when cut off (memmem fall-back)");
        is_int(cmsguard_rare_index("IWP_JSON_PREFIX", 15), 3,
               "rare byte of IWP_JSON_PREFIX: the '_'");
        is_int(cmsguard_rare_index("abc", 3), 0, "all common: the first");
    }

    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
