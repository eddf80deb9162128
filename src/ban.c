#include <string.h>

#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_network_io.h>

#include "ban.h"
#include "sha256.h"
#include "ascii.h"

static int is_v4mapped(const unsigned char a[16])
{
    static const unsigned char pfx[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                          0xff, 0xff};
    return memcmp(a, pfx, sizeof(pfx)) == 0;
}

static int clamp(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

void cmsguard_ban_block(const unsigned char a16[16], int v4bits, int v6bits,
                        cmsguard_cidr_t *out)
{
    int bits, i;

    /* the 128-bit form: IPv4 is ::ffff:a.b.c.d, so its prefix is 96 + n */
    bits = is_v4mapped(a16) ? 96 + clamp(v4bits, 0, 32)
                            : clamp(v6bits, 0, 128);
    memset(out, 0, sizeof(*out));
    for (i = 0; i < 16; i++) {
        int keep = bits - 8 * i;
        if (keep >= 8)
            out->addr[i] = a16[i];
        else if (keep > 0)
            out->addr[i] = a16[i] & (unsigned char)(0xff << (8 - keep));
    }
    out->bits = bits;
}

const char *cmsguard_ban_block_str(apr_pool_t *p, const cmsguard_cidr_t *b)
{
    char buf[64];

    if (is_v4mapped(b->addr)) {
        apr_snprintf(buf, sizeof(buf), "%u.%u.%u.%u", b->addr[12], b->addr[13],
                     b->addr[14], b->addr[15]);
        return b->bits >= 128 ? apr_pstrdup(p, buf)
                              : apr_psprintf(p, "%s/%d", buf, b->bits - 96);
    }
    /* apr_sockaddr_ip_getbuf needs a sockaddr; RFC 5952 form by hand:
     * the longest run of two or more zero groups becomes "::". */
    {
        unsigned g[8];
        int i, best = -1, bestlen = 0, run = 0, n = 0;

        for (i = 0; i < 8; i++) {
            g[i] = (unsigned)b->addr[2 * i] << 8 | b->addr[2 * i + 1];
            run = g[i] == 0 ? run + 1 : 0;
            if (run > bestlen) {
                bestlen = run;
                best = i - run + 1;
            }
        }
        if (bestlen < 2)
            best = -1;
        for (i = 0; i < 8; i++) {
            if (i == best) {
                n += apr_snprintf(buf + n, sizeof(buf) - n, "::");
                i += bestlen - 1;
                continue;
            }
            n += apr_snprintf(buf + n, sizeof(buf) - n, "%s%x",
                              n && buf[n - 1] != ':' ? ":" : "", g[i]);
        }
    }
    return b->bits >= 128 ? apr_pstrdup(p, buf)
                          : apr_psprintf(p, "%s/%d", buf, b->bits);
}

void cmsguard_ban_id(unsigned char out[CMSGUARD_BAN_ID_LEN], char kind,
                     const cmsguard_cidr_t *b)
{
    out[0] = (unsigned char)kind;
    memcpy(out + 1, b->addr, 16);
    out[17] = (unsigned char)b->bits;
}

void cmsguard_ban_user_id(unsigned char out[CMSGUARD_BAN_ID_LEN],
                          const char *user, apr_size_t len)
{
    cmsguard_sha256_t c;
    char hex[65];
    apr_size_t i;
    int j;

    /* WordPress trims the name and MySQL's default collation compares
     * without case: "Admin " and "admin" are one account. */
    while (len && apr_isspace(*user)) {
        user++;
        len--;
    }
    while (len && apr_isspace(user[len - 1]))
        len--;
    cmsguard_sha256_init(&c);
    for (i = 0; i < len; i++) {
        char ch = (char)cmsguard_tolower((unsigned char)user[i]);
        cmsguard_sha256_update(&c, &ch, 1);
    }
    cmsguard_sha256_hex(&c, hex);
    out[0] = CMSGUARD_BAN_KIND_USER;
    for (j = 0; j < CMSGUARD_BAN_ID_LEN - 1; j++) {
        unsigned hi = (unsigned)(apr_isdigit(hex[2 * j]) ? hex[2 * j] - '0'
                                                         : hex[2 * j] - 'a' + 10);
        unsigned lo = (unsigned)(apr_isdigit(hex[2 * j + 1])
                                 ? hex[2 * j + 1] - '0'
                                 : hex[2 * j + 1] - 'a' + 10);
        out[1 + j] = (unsigned char)(hi << 4 | lo);
    }
}

static apr_uint32_t get32(const unsigned char *d)
{
    return (apr_uint32_t)d[0] << 24 | (apr_uint32_t)d[1] << 16
           | (apr_uint32_t)d[2] << 8 | d[3];
}

static void put32(unsigned char *d, apr_uint32_t v)
{
    d[0] = (unsigned char)(v >> 24);
    d[1] = (unsigned char)(v >> 16);
    d[2] = (unsigned char)(v >> 8);
    d[3] = (unsigned char)v;
}

int cmsguard_window_add(const unsigned char *old, apr_size_t oldlen,
                        apr_uint32_t now, int n, int t,
                        unsigned char *out, apr_size_t *outlen)
{
    unsigned oldn = 0, i;
    int kept = 0, skip;
    apr_uint32_t floor = now > (apr_uint32_t)t ? now - (apr_uint32_t)t : 0;

    n = clamp(n, 1, CMSGUARD_BAN_EVENTS_MAX);
    if (old && oldlen >= 4 && old[0] == 'W' && old[1] == '1') {
        oldn = (unsigned)old[2] << 8 | old[3];
        if (CMSGUARD_WINDOW_SIZE(oldn) != oldlen)
            oldn = 0;             /* not ours, or cut: start afresh */
    }
    /* the n-1 newest old events that are still inside the window; times
     * are kept oldest first, so the newest are at the end */
    skip = (int)oldn - (n - 1);
    for (i = skip > 0 ? (unsigned)skip : 0; i < oldn; i++) {
        apr_uint32_t ts = get32(old + 4 + 4 * i);
        /* a time from the future (clock step, another server's clock) is
         * taken as now rather than dropped or trusted */
        if (ts > now)
            ts = now;
        if (ts < floor)
            continue;
        put32(out + 4 + 4 * kept, ts);
        kept++;
    }
    put32(out + 4 + 4 * kept, now);
    kept++;
    out[0] = 'W';
    out[1] = '1';
    out[2] = (unsigned char)(kept >> 8);
    out[3] = (unsigned char)kept;
    *outlen = CMSGUARD_WINDOW_SIZE(kept);
    return kept;
}

void cmsguard_ban_encode(const cmsguard_ban_t *b,
                         unsigned char out[CMSGUARD_BAN_REC_LEN])
{
    out[0] = 'B';
    out[1] = '1';
    out[2] = (unsigned char)b->reason;
    out[3] = 0;
    put32(out + 4, b->since);
    put32(out + 8, b->until);
    put32(out + 12, (apr_uint32_t)(b->events < 0 ? 0 : b->events));
}

int cmsguard_ban_decode(const unsigned char *d, apr_size_t n,
                        cmsguard_ban_t *b)
{
    if (!d || n != CMSGUARD_BAN_REC_LEN || d[0] != 'B' || d[1] != '1')
        return 0;
    b->reason = d[2];
    b->since = get32(d + 4);
    b->until = get32(d + 8);
    b->events = (int)(get32(d + 12) & 0x7fffffff);
    return b->until >= b->since;
}

const char *cmsguard_ban_reason_name(int reason)
{
    switch (reason) {
    case CMSGUARD_BAN_BLOCKS: return "blocked-requests";
    case CMSGUARD_BAN_LOGINS: return "login-failures";
    case CMSGUARD_BAN_USER:   return "login-failures-user";
    }
    return "unknown";
}
