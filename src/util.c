#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "util.h"
#include "ascii.h"

const char *cmsguard_parse_size(apr_pool_t *p, const char *arg,
                                apr_off_t min, apr_off_t max,
                                apr_off_t *out)
{
    char *end;
    apr_off_t v, mult = 1;

    if (!arg || !apr_isdigit(arg[0]))
        return apr_psprintf(p, "'%s' is not a size (examples: 65536, 512K, 8M)",
                            arg ? arg : "");
    if (apr_strtoff(&v, arg, &end, 10) != APR_SUCCESS)
        return apr_psprintf(p, "'%s' is not a size (examples: 65536, 512K, 8M)",
                            arg);
    switch (cmsguard_tolower(*end)) {
    case '\0':
        break;
    case 'k':
        mult = 1024;
        end++;
        break;
    case 'm':
        mult = 1024 * 1024;
        end++;
        break;
    case 'g':
        mult = 1024 * 1024 * 1024;
        end++;
        break;
    default:
        return apr_psprintf(p, "'%s' has an unknown unit (use K, M or G)", arg);
    }
    if (*end)
        return apr_psprintf(p, "'%s' has trailing characters", arg);
    if (v > max / mult)
        return apr_psprintf(p, "'%s' is larger than the maximum of %"
                            APR_OFF_T_FMT " bytes", arg, max);
    v *= mult;
    if (v < min || v > max)
        return apr_psprintf(p, "'%s' is outside %" APR_OFF_T_FMT " to %"
                            APR_OFF_T_FMT " bytes", arg, min, max);
    *out = v;
    return NULL;
}

/* base64 digit values, standard and URL-safe alphabets, -1 for "not a
 * digit". Every table below is derived from this one definition. */
#define B64D(c) ((c) >= 'A' && (c) <= 'Z' ? (c) - 'A'                    \
                 : (c) >= 'a' && (c) <= 'z' ? (c) - 'a' + 26             \
                 : (c) >= '0' && (c) <= '9' ? (c) - '0' + 52             \
                 : (c) == '+' || (c) == '-' ? 62                         \
                 : (c) == '/' || (c) == '_' ? 63 : -1)
#define R4(M, n)  M(n), M(n + 1), M(n + 2), M(n + 3)
#define R16(M, n) R4(M, n), R4(M, n + 4), R4(M, n + 8), R4(M, n + 12)
#define R64(M, n) R16(M, n), R16(M, n + 16), R16(M, n + 32), R16(M, n + 48)
#define R256(M)   R64(M, 0), R64(M, 64), R64(M, 128), R64(M, 192)

/* digit plus one; 0 marks "not a digit" */
#define B64TAB(c) (B64D(c) + 1)
static const unsigned char b64tab[256] = { R256(B64TAB) };

/* The digits pre-shifted into their place in a 24-bit quad, and
 * 0xff000000 for "not a digit", so a quad is four lookups and three ORs
 * with one test. */
#define B64Q(c, s) (B64D(c) < 0 ? 0xff000000u : (apr_uint32_t)B64D(c) << (s))
#define B64Q0(c) B64Q(c, 18)
#define B64Q1(c) B64Q(c, 12)
#define B64Q2(c) B64Q(c, 6)
#define B64Q3(c) B64Q(c, 0)
static const apr_uint32_t b64q0[256] = { R256(B64Q0) };
static const apr_uint32_t b64q1[256] = { R256(B64Q1) };
static const apr_uint32_t b64q2[256] = { R256(B64Q2) };
static const apr_uint32_t b64q3[256] = { R256(B64Q3) };

char *cmsguard_base64_decode(apr_pool_t *p, const char *in, apr_size_t n,
                             apr_size_t *out_len, int *bad)
{
    unsigned char *out = apr_palloc(p, n / 4 * 3 + 4);
    apr_size_t o = 0, i;
    apr_uint32_t acc = 0;
    int bits = 0;

    *bad = 0;
    for (i = 0; i < n; i++) {
        unsigned char c;
        int d;

        /* whole quads between line breaks: the bulk of every upload, four
         * characters to three bytes at once */
        while (bits == 0 && i + 4 <= n) {
            const unsigned char *q = (const unsigned char *)in + i;
            apr_uint32_t v = b64q0[q[0]] | b64q1[q[1]] | b64q2[q[2]]
                             | b64q3[q[3]];

            if (v >> 24)                 /* a non-digit among them */
                break;
            out[o] = (unsigned char)(v >> 16);
            out[o + 1] = (unsigned char)(v >> 8);
            out[o + 2] = (unsigned char)v;
            o += 3;
            i += 4;
        }
        if (i >= n)
            break;
        c = (unsigned char)in[i];
        d = b64tab[c];

        if (!d) {
            if (!apr_isspace(c) && c != '=')
                (*bad)++;
            continue;
        }
        acc = (acc << 6) | (apr_uint32_t)(d - 1);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (unsigned char)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    out[o] = '\0';
    *out_len = o;
    return (char *)out;
}

/* 3: base64 and word characters, the bulk of any body; 2: the usual
 * punctuation of text and markup; 1: the rest. */
static int commonness(unsigned char c)
{
    if (cmsguard_isalnum(c) || c == '+' || c == '/' || c == '=')
        return 3;
    if (c == ' ' || c == '<' || c == '>' || c == '"' || c == '\''
        || c == '.' || c == ',' || c == ';' || c == ':' || c == '-'
        || c == '\n' || c == '\r' || c == '\t' || c == '&' || c == '%')
        return 2;
    return 1;
}

apr_size_t cmsguard_rare_index(const char *needle, apr_size_t n)
{
    apr_size_t i, best = 0;

    for (i = 1; i < n; i++)
        if (commonness((unsigned char)needle[i])
            < commonness((unsigned char)needle[best]))
            best = i;
    return best;
}

#define CONTAINS_MISSES 64

int cmsguard_contains(const char *hay, apr_size_t hl, const char *needle,
                      apr_size_t nl, apr_size_t rare)
{
    const char *p, *last;
    int misses = 0;

    if (!nl)
        return 1;
    if (nl > hl)
        return 0;
    if (rare >= nl)
        rare = 0;
    /* the rare byte of a match lies in [hay + rare, hay + hl - nl + rare] */
    p = hay + rare;
    last = hay + hl - nl + rare;
    while (p <= last) {
        const char *q = memchr(p, needle[rare], (apr_size_t)(last - p) + 1);
        const char *start;

        if (!q)
            return 0;
        start = q - rare;
        if (!memcmp(start, needle, nl))
            return 1;
        if (++misses > CONTAINS_MISSES) {
            /* a byte that is not rare in this body: memmem's two-way
             * search keeps the rest linear */
            start++;
            return memmem(start, (apr_size_t)(hay + hl - start), needle, nl)
                   != NULL;
        }
        p = q + 1;
    }
    return 0;
}
