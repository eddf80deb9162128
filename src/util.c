#include <apr_strings.h>
#include <apr_lib.h>

#include "util.h"

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
    switch (apr_tolower(*end)) {
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

/* base64 digit values (standard and URL-safe alphabets); 0 marks "not a
 * digit" and digits are stored plus one */
static const unsigned char b64tab[256] = {
    ['A'] = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    19, 20, 21, 22, 23, 24, 25, 26,
    ['a'] = 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
    43, 44, 45, 46, 47, 48, 49, 50, 51, 52,
    ['0'] = 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
    ['+'] = 63, ['-'] = 63, ['/'] = 64, ['_'] = 64,
};

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
            int a = b64tab[q[0]] - 1, b = b64tab[q[1]] - 1,
                e = b64tab[q[2]] - 1, f = b64tab[q[3]] - 1;
            apr_uint32_t v;

            if ((a | b | e | f) < 0)     /* a non-digit among them */
                break;
            v = (apr_uint32_t)a << 18 | (apr_uint32_t)b << 12
                | (apr_uint32_t)e << 6 | (apr_uint32_t)f;
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
