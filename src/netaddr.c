#include <string.h>
#include <stdlib.h>
#include <arpa/inet.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "netaddr.h"
#include "ascii.h"

/* inet_aton's forms: 1 to 4 parts, each decimal, octal (leading 0) or
 * hex (0x); the last part fills the remaining bytes. */
static int parse_v4(const char *s, apr_uint32_t *out)
{
    apr_uint64_t parts[4];
    int n = 0;

    if (!*s)
        return 0;
    for (;;) {
        char *end;
        int base = 10;
        apr_uint64_t v;

        if (n == 4 || !apr_isdigit(*s))
            return 0;
        if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
            base = 16;
            s += 2;
            if (!apr_isxdigit(*s))
                return 0;
        }
        else if (s[0] == '0' && s[1]) {
            base = 8;
        }
        v = strtoull(s, &end, base);
        if (end == s || v > 0xffffffffULL)
            return 0;
        parts[n++] = v;
        s = end;
        if (*s == '.') {
            s++;
            continue;
        }
        if (*s)
            return 0;
        break;
    }
    switch (n) {
    case 1:
        *out = (apr_uint32_t)parts[0];
        return 1;
    case 2:
        if (parts[0] > 255 || parts[1] > 0xffffff) return 0;
        *out = (apr_uint32_t)(parts[0] << 24 | parts[1]);
        return 1;
    case 3:
        if (parts[0] > 255 || parts[1] > 255 || parts[2] > 0xffff) return 0;
        *out = (apr_uint32_t)(parts[0] << 24 | parts[1] << 16 | parts[2]);
        return 1;
    default:
        if (parts[0] > 255 || parts[1] > 255 || parts[2] > 255 || parts[3] > 255)
            return 0;
        *out = (apr_uint32_t)(parts[0] << 24 | parts[1] << 16 | parts[2] << 8
                              | parts[3]);
        return 1;
    }
}

static const char *v4_class(apr_uint32_t a)
{
    if ((a >> 24) == 0)                return "unspecified network 0.0.0.0/8";
    if ((a >> 24) == 127)              return "loopback";
    if ((a >> 24) == 10)               return "private network";
    if ((a >> 20) == (172u << 4 | 1))  return "private network";
    if ((a >> 16) == (192u << 8 | 168)) return "private network";
    if ((a >> 16) == (169u << 8 | 254)) return "link-local (cloud metadata)";
    if ((a >> 22) == (100u << 2 | 1))  return "shared address space 100.64.0.0/10";
    if ((a >> 28) >= 14)               return "multicast or reserved";
    return NULL;
}

static const char *v6_class(const unsigned char *b)
{
    static const unsigned char zero[16];
    static const unsigned char v4mapped[12] = {0,0,0,0,0,0,0,0,0,0,0xff,0xff};

    if (!memcmp(b, zero, 15) && (b[15] == 0 || b[15] == 1))
        return b[15] ? "loopback" : "unspecified";
    if (!memcmp(b, v4mapped, 12) || !memcmp(b, zero, 12)) {
        apr_uint32_t a = (apr_uint32_t)b[12] << 24 | (apr_uint32_t)b[13] << 16
                       | (apr_uint32_t)b[14] << 8 | b[15];
        const char *c = v4_class(a);
        return c ? c : NULL;
    }
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return "link-local";
    if ((b[0] & 0xfe) == 0xfc)                 return "unique local (private)";
    if (b[0] == 0xff)                          return "multicast";
    return NULL;
}

const char *cmsguard_url_internal(apr_pool_t *p, const char *url)
{
    const char *s = url, *hs, *he;
    char *host;
    apr_uint32_t v4;
    unsigned char v6[16];
    apr_size_t n;

    while (apr_isspace(*s))
        s++;
    if (!apr_cstr_casecmpn(s, "http://", 7))
        s += 7;
    else if (!apr_cstr_casecmpn(s, "https://", 8))
        s += 8;
    else
        return "not an http or https URL";

    /* authority ends at the first / ? # ; userinfo ends at the last @ */
    he = s + strcspn(s, "/?#\\");
    for (hs = he; hs > s && hs[-1] != '@'; hs--)
        ;
    if (*hs == '[') {
        const char *rb = memchr(hs, ']', (apr_size_t)(he - hs));
        if (!rb)
            return "malformed IPv6 host";
        host = apr_pstrmemdup(p, hs + 1, (apr_size_t)(rb - hs - 1));
        {
            char *pct = strchr(host, '%');   /* zone id */
            if (pct)
                *pct = '\0';
        }
        if (inet_pton(AF_INET6, host, v6) != 1)
            return "malformed IPv6 host";
        return v6_class(v6);
    }
    {
        const char *colon = memchr(hs, ':', (apr_size_t)(he - hs));
        n = (apr_size_t)((colon ? colon : he) - hs);
    }
    host = apr_pstrmemdup(p, hs, n);
    while (n && host[n - 1] == '.')     /* "localhost." is localhost */
        host[--n] = '\0';
    if (!n)
        return "empty host";
    {
        char *c;
        for (c = host; *c; c++)
            *c = (char)cmsguard_tolower(*c);
    }
    if (strchr(host, '%'))
        return "percent-encoded host";
    if (parse_v4(host, &v4))
        return v4_class(v4);
    if (!strcmp(host, "localhost") || (n > 10 && !strcmp(host + n - 10, ".localhost")))
        return "loopback name";
    if (!strchr(host, '.'))
        return "single-label (intranet) host name";
    if ((n > 9 && !strcmp(host + n - 9, ".internal"))
        || (n > 6 && !strcmp(host + n - 6, ".local"))
        || (n > 5 && !strcmp(host + n - 5, ".lan"))
        || (n > 5 && !strcmp(host + n - 5, ".home"))
        || (n > 5 && !strcmp(host + n - 5, ".arpa")))
        return "internal domain";
    return NULL;
}
