#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "path.h"
#include "ascii.h"

/* Length of raw if canonicalising would return it unchanged, else -1:
 * it starts with '/' and holds nothing the long way rewrites - no escape,
 * backslash, ';' or space, no empty, "." or ".." segment (a segment
 * starting with a dot takes the long way too), no segment ending in a
 * dot. Most requests are like that, and a request pays this scan instead
 * of a decode and a segment walk. */
static apr_ssize_t canonical_len(const char *raw)
{
    const char *c;

    if (raw[0] != '/')
        return -1;
    for (c = raw; *c; c++) {
        switch (*c) {
        case '%': case '\\': case ';': case ' ':
            return -1;
        case '/':
            if (c[1] == '/' || c[1] == '.')
                return -1;
            break;
        case '.':
            if (c[1] == '/' || c[1] == '\0')
                return -1;
            break;
        default:
            break;
        }
    }
    return c - raw;
}

char *cmsguard_path_canon(apr_pool_t *p, const char *raw, int flags)
{
    apr_ssize_t n = canonical_len(raw);
    char *out;
    apr_ssize_t i;

    if (n < 0)
        return cmsguard_path_canon_full(p, raw, flags);
    out = apr_pstrmemdup(p, raw, (apr_size_t)n);
    if (flags & CMSGUARD_PATH_FOLD_CASE)
        for (i = 0; i < n; i++)
            out[i] = (char)cmsguard_tolower(out[i]);
    return out;
}

char *cmsguard_path_canon_full(apr_pool_t *p, const char *raw, int flags)
{
    apr_size_t n = strlen(raw), i, o = 0, dlen;
    char *dec;
    char *out = apr_palloc(p, n + 2);
    char *seg_start;

    /* 1. decode once; backslashes and NULs (which end the path for C code
     * behind us) become slashes */
    dec = cmsguard_url_decode(p, raw, n, 0, &dlen);
    for (i = 0; i < dlen; i++) {
        if (dec[i] == '\\' || dec[i] == '\0')
            dec[i] = '/';
    }

    /* 2. walk segments */
    out[0] = '/';
    o = 1;
    i = 0;
    while (dec[i]) {
        apr_size_t s, e, len;

        while (dec[i] == '/')
            i++;
        if (!dec[i])
            break;
        s = i;
        while (dec[i] && dec[i] != '/')
            i++;
        e = i;
        /* ";jsessionid=..." style parameters are not part of the name */
        {
            const char *semi = memchr(dec + s, ';', e - s);
            if (semi)
                e = (apr_size_t)(semi - dec);
        }
        /* trailing dots and spaces: Windows file systems drop them */
        while (e > s && (dec[e - 1] == '.' || dec[e - 1] == ' ')
               && !(e - s == 1 && dec[s] == '.')
               && !(e - s == 2 && dec[s] == '.' && dec[s + 1] == '.'))
            e--;
        len = e - s;
        if (len == 0 || (len == 1 && dec[s] == '.'))
            continue;
        if (len == 2 && dec[s] == '.' && dec[s + 1] == '.') {
            /* back up one segment, never above the root */
            if (o > 1) {
                o--;                       /* the '/' before the segment */
                while (o > 1 && out[o - 1] != '/')
                    o--;
            }
            continue;
        }
        seg_start = out + o;
        memcpy(seg_start, dec + s, len);
        o += len;
        out[o++] = '/';
    }
    /* keep a trailing slash only when the raw path had one */
    if (o > 1 && !(n && (raw[n - 1] == '/' || raw[n - 1] == '\\')))
        o--;
    out[o] = '\0';
    if (flags & CMSGUARD_PATH_FOLD_CASE) {
        for (i = 0; i < o; i++)
            out[i] = (char)cmsguard_tolower(out[i]);
    }
    return out;
}

char *cmsguard_url_decode(apr_pool_t *p, const char *s, apr_size_t len,
                          int form, apr_size_t *out_len)
{
    char *out = apr_palloc(p, len + 1);
    apr_size_t i, o = 0;

    for (i = 0; i < len; i++) {
        char c = s[i];

        if (c == '%' && i + 2 < len && cmsguard_hexval(s[i + 1]) >= 0
            && cmsguard_hexval(s[i + 2]) >= 0) {
            c = (char)(cmsguard_hexval(s[i + 1]) * 16 + cmsguard_hexval(s[i + 2]));
            i += 2;
        }
        else if (c == '+' && form) {
            c = ' ';
        }
        out[o++] = c;
    }
    out[o] = '\0';
    if (out_len)
        *out_len = o;
    return out;
}

int cmsguard_path_has_segment(const char *path, const char *name)
{
    apr_size_t n = strlen(name);
    const char *s = path;

    while (*s) {
        const char *e;

        while (*s == '/')
            s++;
        e = s + strcspn(s, "/");
        if ((apr_size_t)(e - s) == n && !apr_cstr_casecmpn(s, name, n))
            return 1;
        s = e;
    }
    return 0;
}

const char *cmsguard_path_local(const char *filename)
{
    const char *s;

    if (strncmp(filename, "proxy:", 6))
        return filename;
    s = strstr(filename + 6, "://");
    return s ? strchr(s + 3, '/') : NULL;
}
