#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "jsonread.h"
#include "ascii.h"

#define MAX_DEPTH 64
#define MAX_PAIRS 100000

typedef struct {
    apr_pool_t *p;
    const char *s;
    apr_size_t len, pos;
    apr_array_header_t *out;
    const char *err;
} jr_t;

static void ws(jr_t *j)
{
    while (j->pos < j->len && (j->s[j->pos] == ' ' || j->s[j->pos] == '\t'
                               || j->s[j->pos] == '\r' || j->s[j->pos] == '\n'))
        j->pos++;
}

/* Consumes the punctuation c if it comes next. */
static int eat(jr_t *j, char c)
{
    if (j->pos < j->len && j->s[j->pos] == c) {
        j->pos++;
        return 1;
    }
    return 0;
}

static int fail(jr_t *j, const char *msg)
{
    if (!j->err)
        j->err = apr_psprintf(j->p, "%s at byte %" APR_SIZE_T_FMT, msg, j->pos);
    return -1;
}

static void put_utf8(char *o, apr_size_t *n, apr_uint32_t cp)
{
    if (cp < 0x80) o[(*n)++] = (char)cp;
    else if (cp < 0x800) {
        o[(*n)++] = (char)(0xc0 | (cp >> 6));
        o[(*n)++] = (char)(0x80 | (cp & 0x3f));
    }
    else if (cp < 0x10000) {
        o[(*n)++] = (char)(0xe0 | (cp >> 12));
        o[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
        o[(*n)++] = (char)(0x80 | (cp & 0x3f));
    }
    else {
        o[(*n)++] = (char)(0xf0 | (cp >> 18));
        o[(*n)++] = (char)(0x80 | ((cp >> 12) & 0x3f));
        o[(*n)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
        o[(*n)++] = (char)(0x80 | (cp & 0x3f));
    }
}

static int hex4(const char *s, apr_uint32_t *v)
{
    int i;

    *v = 0;
    for (i = 0; i < 4; i++) {
        char c = s[i];
        *v <<= 4;
        if (c >= '0' && c <= '9') *v |= (apr_uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') *v |= (apr_uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') *v |= (apr_uint32_t)(c - 'A' + 10);
        else return -1;
    }
    return 0;
}

/* string at j->pos (the opening quote) */
static int str(jr_t *j, const char **out, apr_size_t *olen)
{
    apr_size_t start = ++j->pos, n = 0;
    char *o;

    while (j->pos < j->len && j->s[j->pos] != '"') {
        if (j->s[j->pos] == '\\')
            j->pos++;
        j->pos++;
    }
    if (j->pos >= j->len)
        return fail(j, "unterminated string");
    o = apr_palloc(j->p, j->pos - start + 1);
    {
        apr_size_t i;
        for (i = start; i < j->pos; i++) {
            char c = j->s[i];
            if (c != '\\') {
                o[n++] = c;
                continue;
            }
            c = j->s[++i];
            switch (c) {
            case 'n': o[n++] = '\n'; break;
            case 't': o[n++] = '\t'; break;
            case 'r': o[n++] = '\r'; break;
            case 'b': o[n++] = '\b'; break;
            case 'f': o[n++] = '\f'; break;
            case 'u': {
                apr_uint32_t cp, lo;
                if (i + 4 >= j->pos + 1 || hex4(j->s + i + 1, &cp))
                    return fail(j, "bad \\u escape");
                i += 4;
                /* surrogate pair */
                if (cp >= 0xd800 && cp <= 0xdbff && i + 6 < j->pos
                    && j->s[i + 1] == '\\' && j->s[i + 2] == 'u'
                    && !hex4(j->s + i + 3, &lo) && lo >= 0xdc00 && lo <= 0xdfff) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                    i += 6;
                }
                /* \u0000 decodes to a NUL: rules see it as the app would */
                put_utf8(o, &n, cp);
                break;
            }
            default: o[n++] = c;
            }
        }
    }
    o[n] = '\0';
    j->pos++;
    *out = o;
    *olen = n;
    return 0;
}

static int value(jr_t *j, const char *path, int depth);

static void pair(jr_t *j, const char *path, const char *v, apr_size_t n)
{
    cmsguard_json_pair_t *e;

    if (j->out->nelts >= MAX_PAIRS) {
        fail(j, "too many values");
        return;
    }
    e = apr_array_push(j->out);
    e->path = path;
    e->value = v;
    e->len = n;
}

static const char *join(jr_t *j, const char *path, const char *key)
{
    return *path ? apr_pstrcat(j->p, path, ".", key, NULL)
                 : apr_pstrdup(j->p, key);
}

static int value(jr_t *j, const char *path, int depth)
{
    char c;

    if (depth > MAX_DEPTH)
        return fail(j, "nested too deep");
    ws(j);
    if (j->pos >= j->len)
        return fail(j, "unexpected end");
    c = j->s[j->pos];
    if (c == '{') {
        j->pos++;
        ws(j);
        if (eat(j, '}'))
            return 0;
        for (;;) {
            const char *k;
            apr_size_t kl;

            ws(j);
            if (j->pos >= j->len || j->s[j->pos] != '"')
                return fail(j, "expected a key");
            if (str(j, &k, &kl))
                return -1;
            ws(j);
            if (!eat(j, ':'))
                return fail(j, "expected ':'");
            if (value(j, join(j, path, k), depth + 1))
                return -1;
            ws(j);
            if (eat(j, ','))
                continue;
            if (eat(j, '}'))
                return 0;
            return fail(j, "expected ',' or '}'");
        }
    }
    if (c == '[') {
        int idx = 0;

        j->pos++;
        ws(j);
        if (eat(j, ']'))
            return 0;
        for (;;) {
            if (value(j, join(j, path, apr_itoa(j->p, idx++)), depth + 1))
                return -1;
            ws(j);
            if (eat(j, ','))
                continue;
            if (eat(j, ']'))
                return 0;
            return fail(j, "expected ',' or ']'");
        }
    }
    if (c == '"') {
        const char *v;
        apr_size_t n;

        if (str(j, &v, &n))
            return -1;
        pair(j, path, v, n);
        return j->err ? -1 : 0;
    }
    {
        apr_size_t s = j->pos;

        while (j->pos < j->len && (cmsguard_isalnum(j->s[j->pos]) || j->s[j->pos] == '-'
                                   || j->s[j->pos] == '+' || j->s[j->pos] == '.'))
            j->pos++;
        if (j->pos == s)
            return fail(j, "unexpected character");
        pair(j, path, apr_pstrmemdup(j->p, j->s + s, j->pos - s), j->pos - s);
        return j->err ? -1 : 0;
    }
}

apr_array_header_t *cmsguard_json_flatten(apr_pool_t *p, const char *s,
                                          apr_size_t len, const char **err)
{
    jr_t j;

    memset(&j, 0, sizeof(j));
    j.p = p;
    j.s = s;
    j.len = len;
    j.out = apr_array_make(p, 16, sizeof(cmsguard_json_pair_t));
    if (len >= 3 && (unsigned char)s[0] == 0xef && (unsigned char)s[1] == 0xbb
        && (unsigned char)s[2] == 0xbf)
        j.pos = 3;
    if (value(&j, "", 0) == 0) {
        ws(&j);
        if (j.pos != j.len)
            fail(&j, "content after the document");
    }
    *err = j.err;
    return j.err ? NULL : j.out;
}
