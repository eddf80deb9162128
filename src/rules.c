#define PCRE2_CODE_UNIT_WIDTH 8
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>
#include <pcre2.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_file_io.h>
#include <glob.h>
#include <sys/stat.h>

#include "rules.h"
#include "path.h"
#include "util.h"
#include "form.h"
#include "ascii.h"

typedef enum {
    T_PATH, T_RAWPATH, T_METHOD, T_QUERY, T_URI, T_BODY, T_ARG, T_QUERYARG,
    T_FORM, T_ARGS, T_ARGNAMES, T_HEADER, T_COOKIE, T_COOKIES, T_COOKIENAMES,
    T_FILENAME, T_FILEHEAD, T_FILETYPE, T_JSON, T_JSONKEYS, T_XR_METHOD,
    T_XR_PARAMS
} target_e;

static const struct {
    const char *name;
    target_e t;
    int named;        /* 1 needs :NAME, 2 takes an optional :NAME, 0 none */
    int body;
} targets[] = {
    {"path", T_PATH, 0, 0}, {"rawpath", T_RAWPATH, 0, 0},
    {"method", T_METHOD, 0, 0}, {"query", T_QUERY, 0, 0}, {"uri", T_URI, 0, 0},
    {"body", T_BODY, 0, 1}, {"arg", T_ARG, 1, 1}, {"queryarg", T_QUERYARG, 1, 0},
    {"form", T_FORM, 1, 1}, {"args", T_ARGS, 0, 1}, {"argnames", T_ARGNAMES, 0, 1},
    {"header", T_HEADER, 1, 0}, {"cookie", T_COOKIE, 1, 0},
    {"cookies", T_COOKIES, 0, 0}, {"cookienames", T_COOKIENAMES, 0, 0},
    {"filename", T_FILENAME, 2, 1}, {"filehead", T_FILEHEAD, 2, 1},
    {"filetype", T_FILETYPE, 2, 1}, {"json", T_JSON, 2, 1},
    {"jsonkeys", T_JSONKEYS, 0, 1}, {"xmlrpc.method", T_XR_METHOD, 0, 1},
    {"xmlrpc.params", T_XR_PARAMS, 0, 1},
};

typedef enum { X_URLDECODE, X_LOWER, X_HTMLDECODE, X_B64DECODE, X_NORMPATH,
               X_NONULLS, X_COMPACTWS, X_TRIM } xform_e;
static const char *const xform_names[] = {
    "urldecode", "lower", "htmldecode", "b64decode", "normpath", "nonulls",
    "compactws", "trim", NULL
};

typedef enum { O_EQ, O_STARTS, O_ENDS, O_CONTAINS, O_RX, O_IN, O_GT, O_GE,
               O_LT, O_LE, O_EXISTS, O_LONGER, O_SHORTER } op_e;
static const char *const op_names[] = {
    "eq", "starts", "ends", "contains", "rx", "in", "gt", "ge", "lt", "le",
    "exists", "longer", "shorter", NULL
};

/* Index of w in a NULL-terminated name table, or -1. */
static int name_index(const char *const *names, const char *w)
{
    int i;

    for (i = 0; names[i]; i++)
        if (!strcmp(w, names[i]))
            return i;
    return -1;
}

#define MAX_XF 8
#define FILEHEAD_BYTES 1024

typedef struct {
    target_e target;
    const char *name;
    const char *label;              /* as written, for audit records */
    int nxf;
    xform_e xf[MAX_XF];
    op_e op;
    int negate;
    const char *value;
    apr_size_t vlen;
    apr_array_header_t *list;       /* O_IN: const char * */
    double num;
    pcre2_code *re;
    pcre2_match_context *mctx;
    int line;
    int body;                       /* the target needs the request body */
    int vkey;                       /* same target and name, same number */
    apr_size_t rare;                /* O_CONTAINS: cmsguard_rare_index */
} cond_t;

typedef struct {
    apr_array_header_t *conds;      /* cond_t */
    const char *key;                /* index segment, or NULL */
    const char *header;             /* a header it cannot hold without */
    apr_uint32_t dead;              /* bit A: cannot hold with sources A */
} group_t;

/* Rules whose groups all need a header the request lacks: the header's
 * name and the rules' indexes. */
typedef struct {
    const char *name;
    apr_array_header_t *rules;      /* int */
} hdr_index_t;

#define SEG_FILTER_BITS 1024

/* The segment filter keys on a lower-cased segment's length and its first
 * and last bytes: three loads rule out most of a request's segments, so
 * only the few that pass are folded and looked up in the index. */
static int seg_filter_bit(apr_size_t len, char first, char last)
{
    apr_uint32_t h = ((apr_uint32_t)len * 31u + (unsigned char)cmsguard_tolower(first)) * 31u
                     + (unsigned char)cmsguard_tolower(last);

    return (int)((h * 2654435761u) >> 22);   /* top 10 bits: SEG_FILTER_BITS */
}

static int key_filter_bit(const char *key)
{
    apr_size_t len = strlen(key);

    return len ? seg_filter_bit(len, key[0], key[len - 1]) : 0;
}

struct cmsguard_ruleset_t {
    apr_pool_t *pool;
    apr_array_header_t *rules;      /* cmsguard_rule_t * */
    apr_array_header_t *files;
    apr_hash_t *ids;
    apr_hash_t *by_segment;         /* segment -> apr_array_header_t of rule* */
    apr_uint64_t *by_sources[32];   /* bitmap of rules a request with these
                                       sources (SRC_*) can match anywhere */
    apr_array_header_t *by_header;  /* hdr_index_t */
    /* Which request segments and header names can be in the index at all
     * (a bit per hash of a lower-cased segment, per first letter of a
     * header name): most requests name nothing indexed, and asking these
     * bits is cheaper than the hash table and the header table. */
    apr_uint64_t seg_filter[SEG_FILTER_BITS / 64];
    apr_uint64_t hdr_filter[256 / 64];
    int nwords;
    int nvkeys;                     /* distinct (target, name) pairs */
    int unindexed;                  /* tests: every rule is a candidate */
    apr_uint32_t match_limit, depth_limit;
    apr_size_t indexed;
};

static apr_status_t free_code(void *d)
{
    pcre2_code_free((pcre2_code *)d);
    return APR_SUCCESS;
}

static apr_status_t free_mctx(void *d)
{
    pcre2_match_context_free((pcre2_match_context *)d);
    return APR_SUCCESS;
}

cmsguard_ruleset_t *cmsguard_ruleset_make(apr_pool_t *p)
{
    cmsguard_ruleset_t *rs = apr_pcalloc(p, sizeof(*rs));

    rs->pool = p;
    rs->rules = apr_array_make(p, 64, sizeof(cmsguard_rule_t *));
    rs->files = apr_array_make(p, 8, sizeof(const char *));
    rs->ids = apr_hash_make(p);
    rs->by_segment = apr_hash_make(p);
    rs->by_header = apr_array_make(p, 4, sizeof(hdr_index_t));
    rs->match_limit = 100000;
    rs->depth_limit = 10000;
    return rs;
}

void cmsguard_ruleset_limits(cmsguard_ruleset_t *rs, apr_uint32_t match,
                             apr_uint32_t depth)
{
    if (match)
        rs->match_limit = match;
    if (depth)
        rs->depth_limit = depth;
}

/* --- parsing ----------------------------------------------------------- */

typedef struct {
    cmsguard_ruleset_t *rs;
    const char *file;
    int line;
    cmsguard_rule_t *cur;
    group_t *group;
} parse_t;

static const char *perr(parse_t *ps, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static const char *perr(parse_t *ps, const char *fmt, ...)
{
    va_list ap;
    const char *m;

    va_start(ap, fmt);
    m = apr_pvsprintf(ps->rs->pool, fmt, ap);
    va_end(ap);
    return apr_psprintf(ps->rs->pool, "%s:%d: %s", ps->file, ps->line, m);
}

/* next word; "quoted strings" may hold spaces and \" \\ escapes */
static const char *word(apr_pool_t *p, const char **s, int *err)
{
    const char *c = *s;
    char *out, *o;

    *err = 0;
    while (*c == ' ' || *c == '\t')
        c++;
    if (!*c) {
        *s = c;
        return NULL;
    }
    if (*c == '"') {
        out = o = apr_palloc(p, strlen(c));
        for (c++; *c && *c != '"'; c++) {
            if (*c == '\\' && (c[1] == '"' || c[1] == '\\'))
                c++;
            *o++ = *c;
        }
        if (*c != '"') {
            *err = 1;
            return NULL;
        }
        *o = '\0';
        *s = c + 1;
        return out;
    }
    {
        const char *st = c;
        while (*c && *c != ' ' && *c != '\t')
            c++;
        *s = c;
        return apr_pstrmemdup(p, st, (apr_size_t)(c - st));
    }
}

/* the rest of the line as one value: a single "quoted" string, or the
 * raw text with surrounding blanks removed (regexes need no quoting) */
static const char *rest(apr_pool_t *p, const char *s, int *err)
{
    apr_size_t n;

    *err = 0;
    while (*s == ' ' || *s == '\t')
        s++;
    n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n && s[0] == '"') {
        /* a value that starts with a quote is a quoted string: all of it */
        const char *q = s;
        const char *w = word(p, &q, err);
        while (*q == ' ' || *q == '\t')
            q++;
        if (*err || *q) {
            *err = 1;
            return NULL;
        }
        return w;
    }
    return apr_pstrmemdup(p, s, n);
}

static void push_words(apr_pool_t *p, apr_array_header_t **a, const char *s)
{
    const char *w;
    int err;

    if (!*a)
        *a = apr_array_make(p, 2, sizeof(const char *));
    while ((w = word(p, &s, &err)))
        APR_ARRAY_PUSH(*a, const char *) = w;
}

static const char *parse_when(parse_t *ps, const char *s)
{
    apr_pool_t *p = ps->rs->pool;
    cond_t *c;
    const char *t, *opw;
    char *spec, *bar, *colon;
    int err, i;

    if (!ps->group) {
        ps->group = apr_array_push(ps->cur->groups);
        ps->group->conds = apr_array_make(p, 2, sizeof(cond_t));
        ps->group->key = NULL;
    }
    c = apr_array_push(ps->group->conds);
    memset(c, 0, sizeof(*c));
    c->line = ps->line;

    t = word(p, &s, &err);
    if (!t)
        return perr(ps, "%s", "'when' needs a target, an operator and a value");
    c->label = t;
    spec = apr_pstrdup(p, t);
    bar = strchr(spec, '|');
    if (bar)
        *bar++ = '\0';
    colon = strchr(spec, ':');
    if (colon)
        *colon++ = '\0';
    for (i = 0; i < (int)(sizeof(targets) / sizeof(targets[0])); i++)
        if (!strcmp(spec, targets[i].name))
            break;
    if (i == (int)(sizeof(targets) / sizeof(targets[0])))
        return perr(ps, "unknown target '%s' (see README: path, method, "
                    "query, arg:NAME, form:NAME, header:NAME, cookie:NAME, "
                    "filename, filehead, json:PATH, xmlrpc.method, ...)", spec);
    c->target = targets[i].t;
    if (targets[i].named == 1 && (!colon || !*colon))
        return perr(ps, "target '%s' needs a name, as in arg:action", spec);
    if (targets[i].named == 0 && colon)
        return perr(ps, "target '%s' takes no :name", spec);
    c->name = colon && *colon ? colon : NULL;
    if (targets[i].body) {
        ps->cur->needs_body = 1;
        c->body = 1;
    }
    while (bar && *bar) {
        char *next = strchr(bar, '|');
        int x;

        if (next)
            *next++ = '\0';
        x = name_index(xform_names, bar);
        if (x < 0)
            return perr(ps, "unknown transform '%s' (urldecode, lower, "
                        "htmldecode, b64decode, normpath, nonulls, "
                        "compactws, trim)", bar);
        if (c->nxf == MAX_XF)
            return perr(ps, "%s", "too many transforms");
        c->xf[c->nxf++] = (xform_e)x;
        bar = next;
    }

    opw = word(p, &s, &err);
    if (!opw)
        return perr(ps, "%s", "'when' needs an operator after the target");
    if (*opw == '!') {
        c->negate = 1;
        opw++;
    }
    i = name_index(op_names, opw);
    if (i < 0)
        return perr(ps, "unknown operator '%s' (eq, starts, ends, contains, "
                    "rx, in, gt, ge, lt, le, exists, longer, shorter; ! "
                    "negates)", opw);
    c->op = (op_e)i;
    if (c->op == O_EXISTS) {
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s)
            return perr(ps, "%s", "'exists' takes no value");
        return NULL;
    }
    if (c->op == O_IN) {
        const char *w;
        c->list = apr_array_make(p, 4, sizeof(const char *));
        while ((w = word(p, &s, &err)))
            APR_ARRAY_PUSH(c->list, const char *) = w;
        if (err)
            return perr(ps, "%s", "unterminated quoted string");
        if (!c->list->nelts)
            return perr(ps, "%s", "'in' needs a list of values");
        return NULL;
    }
    c->value = rest(p, s, &err);
    if (err)
        return perr(ps, "%s", "unterminated quoted string");
    if (!*c->value)
        return perr(ps, "operator '%s' needs a value", op_names[c->op]);
    c->vlen = strlen(c->value);
    if (c->op == O_CONTAINS)
        c->rare = cmsguard_rare_index(c->value, c->vlen);
    if (c->op == O_GT || c->op == O_GE || c->op == O_LT || c->op == O_LE
        || c->op == O_LONGER || c->op == O_SHORTER) {
        char *end;
        c->num = strtod(c->value, &end);
        if (*end)
            return perr(ps, "'%s' is not a number", c->value);
    }
    if (c->op == O_RX) {
        int ec;
        PCRE2_SIZE eo;
        c->re = pcre2_compile((PCRE2_SPTR)c->value, c->vlen, 0, &ec, &eo, NULL);
        if (!c->re) {
            PCRE2_UCHAR buf[160];
            pcre2_get_error_message(ec, buf, sizeof(buf));
            return apr_psprintf(p, "%s:%d: bad regex at offset %d: %s",
                                ps->file, ps->line, (int)eo, (char *)buf);
        }
        apr_pool_cleanup_register(p, c->re, free_code, apr_pool_cleanup_null);
        pcre2_jit_compile(c->re, PCRE2_JIT_COMPLETE);  /* falls back if no JIT */
        c->mctx = pcre2_match_context_create(NULL);
        apr_pool_cleanup_register(p, c->mctx, free_mctx, apr_pool_cleanup_null);
        pcre2_set_match_limit(c->mctx, ps->rs->match_limit);
        pcre2_set_depth_limit(c->mctx, ps->rs->depth_limit);
    }
    return NULL;
}

static const char *check_rule(parse_t *ps, cmsguard_rule_t *r);

static int valid_id(const char *s)
{
    apr_size_t n = strlen(s);
    return n >= 6 && n <= 9 && strspn(s, "0123456789") == n && s[0] != '0';
}

static const char *finish_rule(parse_t *ps)
{
    cmsguard_rule_t *r = ps->cur;
    int here = ps->line;
    const char *e = NULL;

    if (!r)
        return NULL;
    /* problems of a whole rule are reported at its "rule" line */
    ps->line = r->line;
    e = check_rule(ps, r);
    ps->line = here;
    if (e)
        return e;
    ps->cur = NULL;
    ps->group = NULL;
    return NULL;
}

static const char *check_rule(parse_t *ps, cmsguard_rule_t *r)
{
    int i;

    if (!r->msg || !*r->msg)
        return perr(ps, "rule %s has no message", r->id);
    if (!r->groups->nelts)
        return perr(ps, "rule %s has no 'when' condition", r->id);
    for (i = 0; i < r->groups->nelts; i++)
        if (!APR_ARRAY_IDX(r->groups, i, group_t).conds->nelts)
            return perr(ps, "rule %s has an 'or' with no 'when' after it", r->id);
    return NULL;
}

static const char *parse_line(parse_t *ps, const char *line)
{
    apr_pool_t *p = ps->rs->pool;
    const char *s = line, *kw, *e;
    cmsguard_rule_t *r;
    int err;

    kw = word(p, &s, &err);
    if (!kw || *kw == '#')
        return NULL;
    if (!strcmp(kw, "rule")) {
        const char *id, *m;
        if ((e = finish_rule(ps)))
            return e;
        id = word(p, &s, &err);
        if (!id || !valid_id(id))
            return perr(ps, "'rule' needs an id from 100000 to 999999999, "
                        "got '%s'", id ? id : "");
        if (apr_hash_get(ps->rs->ids, id, APR_HASH_KEY_STRING))
            return perr(ps, "rule id %s is used twice (ids are unique across "
                        "all loaded files)", id);
        r = apr_pcalloc(p, sizeof(*r));
        r->id = id;
        r->file = ps->file;
        r->line = ps->line;
        r->status = 403;
        r->groups = apr_array_make(p, 1, sizeof(group_t));
        m = rest(p, s, &err);
        if (err)
            return perr(ps, "%s", "unterminated quoted string");
        r->msg = *m ? m : NULL;
        r->index = ps->rs->rules->nelts;
        apr_hash_set(ps->rs->ids, id, APR_HASH_KEY_STRING, r);
        APR_ARRAY_PUSH(ps->rs->rules, cmsguard_rule_t *) = r;
        ps->cur = r;
        ps->group = NULL;
        return NULL;
    }
    if (!ps->cur)
        return perr(ps, "'%s' outside a rule (start one with: rule ID \"message\")", kw);
    r = ps->cur;
    if (!strcmp(kw, "when"))
        return parse_when(ps, s);
    if (!strcmp(kw, "or")) {
        if (!ps->group)
            return perr(ps, "%s", "'or' before any 'when'");
        if (word(p, &s, &err))
            return perr(ps, "%s", "'or' stands alone on its line");
        ps->group = apr_array_push(r->groups);
        ps->group->conds = apr_array_make(p, 2, sizeof(cond_t));
        ps->group->key = NULL;
        return NULL;
    }
    if (!strcmp(kw, "msg")) {
        r->msg = rest(p, s, &err);
        return err ? perr(ps, "%s", "unterminated quoted string") : NULL;
    }
    if (!strcmp(kw, "action")) {
        const char *a = word(p, &s, &err), *st;
        if (a && !strcmp(a, "detect")) {
            r->detect = 1;
            return NULL;
        }
        if (!a || strcmp(a, "block"))
            return perr(ps, "action is 'block [status]' or 'detect', got '%s'",
                        a ? a : "");
        st = word(p, &s, &err);
        if (st) {
            int v = atoi(st);
            if (v < 400 || v > 599 || strspn(st, "0123456789") != strlen(st))
                return perr(ps, "block status must be 400-599, got '%s'", st);
            r->status = v;
        }
        return NULL;
    }
    if (!strcmp(kw, "cms") || !strcmp(kw, "plugin") || !strcmp(kw, "fixed")
        || !strcmp(kw, "affected") || !strcmp(kw, "severity")) {
        const char *v = rest(p, s, &err);
        if (err || !*v)
            return perr(ps, "'%s' needs a value", kw);
        if (!strcmp(kw, "severity") && strcmp(v, "critical") && strcmp(v, "high")
            && strcmp(v, "medium") && strcmp(v, "low"))
            return perr(ps, "severity is critical, high, medium or low, got '%s'", v);
        if (!strcmp(kw, "cms")) r->cms = v;
        else if (!strcmp(kw, "plugin")) r->plugin = v;
        else if (!strcmp(kw, "fixed")) r->fixed = v;
        else if (!strcmp(kw, "affected")) r->affected = v;
        else r->severity = v;
        return NULL;
    }
    if (!strcmp(kw, "cve")) {
        int i;
        push_words(p, &r->cves, s);
        for (i = 0; i < r->cves->nelts; i++) {
            const char *c = APR_ARRAY_IDX(r->cves, i, const char *);
            if (strncmp(c, "CVE-", 4) || strlen(c) < 13 || c[8] != '-'
                || strspn(c + 4, "0123456789") != 4
                || strspn(c + 9, "0123456789") != strlen(c + 9))
                return perr(ps, "'%s' is not a CVE id (CVE-YYYY-NNNN)", c);
        }
        return NULL;
    }
    if (!strcmp(kw, "attack")) {
        int i;
        push_words(p, &r->attacks, s);
        for (i = 0; i < r->attacks->nelts; i++) {
            const char *a = APR_ARRAY_IDX(r->attacks, i, const char *);
            apr_size_t n = strlen(a);
            if (a[0] != 'T' || !(n == 5 || (n == 9 && a[5] == '.'))
                || strspn(a + 1, "0123456789") != 4
                || (n == 9 && strspn(a + 6, "0123456789") != 3))
                return perr(ps, "'%s' is not an ATT&CK technique (T1190, "
                            "T1505.003)", a);
        }
        return NULL;
    }
    if (!strcmp(kw, "ref")) {
        push_words(p, &r->refs, s);
        return NULL;
    }
    if (!strcmp(kw, "tag")) {
        push_words(p, &r->tags, s);
        return NULL;
    }
    return perr(ps, "unknown keyword '%s' (rule, msg, cms, plugin, cve, "
                "affected, fixed, severity, attack, ref, tag, when, or, "
                "action)", kw);
}

const char *cmsguard_rules_load_text(cmsguard_ruleset_t *rs,
                                     const char *name, const char *text,
                                     apr_size_t len)
{
    parse_t ps;
    apr_size_t i = 0;
    const char *e;

    memset(&ps, 0, sizeof(ps));
    ps.rs = rs;
    ps.file = apr_pstrdup(rs->pool, name);
    APR_ARRAY_PUSH(rs->files, const char *) = ps.file;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        apr_size_t ll = nl ? (apr_size_t)(nl - (text + i)) : len - i;
        char *line;

        ps.line++;
        if (memchr(text + i, '\0', ll))
            return perr(&ps, "%s", "NUL byte in a rule file");
        line = apr_pstrmemdup(rs->pool, text + i, ll);
        if (ll && line[ll - 1] == '\r')
            line[ll - 1] = '\0';
        if ((e = parse_line(&ps, line)))
            return e;
        i += ll + 1;
    }
    return finish_rule(&ps);
}

const char *cmsguard_rules_load_file(cmsguard_ruleset_t *rs,
                                     const char *path)
{
    apr_file_t *f;
    apr_finfo_t fi;
    apr_status_t rv;
    char *buf, msg[120];
    apr_size_t n;

    rv = apr_file_open(&f, path, APR_FOPEN_READ | APR_FOPEN_BINARY, 0, rs->pool);
    if (rv == APR_SUCCESS)
        rv = apr_file_info_get(&fi, APR_FINFO_SIZE, f);
    if (rv != APR_SUCCESS)
        return apr_psprintf(rs->pool, "%s: cannot read: %s", path,
                            apr_strerror(rv, msg, sizeof(msg)));
    if (fi.size > 16 * 1024 * 1024)
        return apr_psprintf(rs->pool, "%s: larger than 16 MB", path);
    n = (apr_size_t)fi.size;
    buf = apr_palloc(rs->pool, n + 1);
    rv = apr_file_read_full(f, buf, n, &n);
    apr_file_close(f);
    if (rv != APR_SUCCESS && rv != APR_EOF)
        return apr_psprintf(rs->pool, "%s: cannot read: %s", path,
                            apr_strerror(rv, msg, sizeof(msg)));
    return cmsguard_rules_load_text(rs, path, buf, n);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char *load_dir(cmsguard_ruleset_t *rs, const char *dir, int *n)
{
    apr_dir_t *d;
    apr_finfo_t fi;
    apr_array_header_t *names = apr_array_make(rs->pool, 16, sizeof(char *));
    int i;
    const char *e;

    if (apr_dir_open(&d, dir, rs->pool) != APR_SUCCESS)
        return apr_psprintf(rs->pool, "%s: cannot open directory", dir);
    while (apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d) == APR_SUCCESS) {
        apr_size_t l = strlen(fi.name);
        if (fi.name[0] == '.')
            continue;
        if (fi.filetype == APR_DIR
            || (l > 6 && !strcmp(fi.name + l - 6, ".rules")))
            APR_ARRAY_PUSH(names, char *) =
                apr_pstrcat(rs->pool, dir, "/", fi.name, NULL);
    }
    apr_dir_close(d);
    qsort(names->elts, (size_t)names->nelts, sizeof(char *), cmp_str);
    for (i = 0; i < names->nelts; i++) {
        const char *f = APR_ARRAY_IDX(names, i, char *);
        struct stat st;
        if (stat(f, &st) == 0 && S_ISDIR(st.st_mode))
            e = load_dir(rs, f, n);
        else {
            e = cmsguard_rules_load_file(rs, f);
            (*n)++;
        }
        if (e)
            return e;
    }
    return NULL;
}

const char *cmsguard_rules_load_spec(cmsguard_ruleset_t *rs, const char *spec)
{
    glob_t g;
    size_t i;
    int n = 0;
    const char *e = NULL;

    if (glob(spec, 0, NULL, &g) != 0)
        return apr_psprintf(rs->pool, "%s: no such file, directory or "
                            "matching files", spec);
    for (i = 0; i < g.gl_pathc && !e; i++) {
        struct stat st;
        if (stat(g.gl_pathv[i], &st) == 0 && S_ISDIR(st.st_mode))
            e = load_dir(rs, apr_pstrdup(rs->pool, g.gl_pathv[i]), &n);
        else {
            e = cmsguard_rules_load_file(rs, apr_pstrdup(rs->pool, g.gl_pathv[i]));
            n++;
        }
    }
    globfree(&g);
    if (!e && n == 0)
        e = apr_psprintf(rs->pool, "%s: no .rules files there", spec);
    return e;
}

/* --- index ------------------------------------------------------------- */

/* A path segment every request this group can match must contain, or
 * NULL. Only plain path conditions qualify (no transforms beyond lower
 * and normpath, not negated). */
static const char *group_key(apr_pool_t *p, const group_t *g)
{
    const cond_t *c = (const cond_t *)g->conds->elts;
    int i, k;

    for (i = 0; i < g->conds->nelts; i++) {
        const char *v, *best = NULL;
        apr_array_header_t *parts;
        char *copy, *tok;
        int ok = !c[i].negate && c[i].target == T_PATH
                 && (c[i].op == O_EQ || c[i].op == O_STARTS || c[i].op == O_ENDS
                     || c[i].op == O_CONTAINS);

        for (k = 0; ok && k < c[i].nxf; k++)
            ok = c[i].xf[k] == X_LOWER || c[i].xf[k] == X_NORMPATH;
        if (!ok)
            continue;
        v = c[i].value;
        parts = apr_array_make(p, 4, sizeof(char *));
        copy = apr_pstrdup(p, v);
        /* split keeping empty pieces so boundaries are known */
        for (tok = copy;;) {
            char *sl = strchr(tok, '/');
            if (sl)
                *sl = '\0';
            APR_ARRAY_PUSH(parts, char *) = tok;
            if (!sl)
                break;
            tok = sl + 1;
        }
        for (k = 0; k < parts->nelts; k++) {
            const char *seg = APR_ARRAY_IDX(parts, k, char *);
            int left = k > 0 || c[i].op == O_EQ || c[i].op == O_STARTS;
            int right = k < parts->nelts - 1 || c[i].op == O_EQ || c[i].op == O_ENDS;
            if (*seg && left && right && strcmp(seg, ".") && strcmp(seg, ".."))
                best = seg;
        }
        if (best) {
            char *lc = apr_pstrdup(p, best), *x;
            for (x = lc; *x; x++)
                *x = (char)cmsguard_tolower(*x);
            return lc;
        }
    }
    return NULL;
}

/* Where a condition's values come from. A condition that is not negated
 * holds only on a value, so where its source is empty in the request (no
 * query string, no form fields, no JSON, no body, no Cookie header) it
 * fails without building anything: most requests carry none of them, and
 * most rules look at arguments. */
#define SRC_QUERY  1u
#define SRC_BODY   2u
#define SRC_COOKIE 4u
#define SRC_FORM   8u
#define SRC_JSON   16u
#define SRC_SETS   32        /* combinations of the bits above */

static unsigned cond_sources(const cond_t *c)
{
    if (c->negate)
        return 0;
    switch (c->target) {
    case T_QUERY: case T_QUERYARG:
        return SRC_QUERY;
    case T_ARG: case T_ARGS: case T_ARGNAMES:
        return SRC_QUERY | SRC_FORM;
    case T_FORM: case T_FILENAME: case T_FILEHEAD: case T_FILETYPE:
        return SRC_FORM;
    case T_JSON: case T_JSONKEYS:
        return SRC_JSON;
    case T_BODY: case T_XR_METHOD: case T_XR_PARAMS:
        return SRC_BODY;
    case T_COOKIE: case T_COOKIES: case T_COOKIENAMES:
        return SRC_COOKIE;
    default:
        return 0;
    }
}

/* The sources a request has before any body: its query and cookies. */
static unsigned head_sources(const char *query, apr_table_t *headers)
{
    return (query ? SRC_QUERY : 0)
           | (headers && apr_table_get(headers, "Cookie") ? SRC_COOKIE : 0);
}

/* The sources this request has values in. The form and JSON are asked
 * of the same accessors the conditions read (each parses once, and only
 * a body of its kind), so an XML-RPC post meets no argument rule. Of a
 * body still to come (body_coming) only its Content-Type is known: form
 * fields need a form type, JSON is sniffed from the bytes. */
static unsigned req_sources(cmsguard_req_t *req, int body_coming)
{
    unsigned a = head_sources(req->query, req->headers);
    const apr_array_header_t *j;

    if (body_coming)
        return a | SRC_BODY | SRC_JSON
               | (req->headers && cmsguard_form_ctype(apr_table_get(req->headers,
                                                                    "Content-Type"))
                  ? SRC_FORM : 0);
    if (!req->body && !req->xmlrpc)
        return a;
    a |= SRC_BODY;
    if (cmsguard_req_form(req)->nelts)
        a |= SRC_FORM;
    if ((j = cmsguard_req_json(req)) && j->nelts)
        a |= SRC_JSON;
    return a;
}

/* Which source sets (bit A for SRC_* combination A) leave a group unable
 * to hold: a condition that holds only on a value from sources the request
 * lacks. */
static unsigned group_dead(const group_t *g)
{
    const cond_t *c = (const cond_t *)g->conds->elts;
    unsigned dead = 0, a;
    int k;

    for (k = 0; k < g->conds->nelts; k++) {
        unsigned need = cond_sources(&c[k]);
        for (a = 0; need && a < SRC_SETS; a++)
            if (!(need & a))
                dead |= 1u << a;
    }
    return dead;
}

/* A header the group cannot hold without: any condition on it that is
 * not negated holds only on one of its values. */
static const char *group_header(const group_t *g)
{
    const cond_t *c = (const cond_t *)g->conds->elts;
    int k;

    for (k = 0; k < g->conds->nelts; k++)
        if (c[k].target == T_HEADER && !c[k].negate)
            return c[k].name;
    return NULL;
}

static void set_bit(apr_uint64_t *bits, int i)
{
    bits[i / 64] |= (apr_uint64_t)1 << (i % 64);
}

static int test_bit(const apr_uint64_t *bits, int i)
{
    return (bits[i / 64] >> (i % 64)) & 1;
}

/* A condition's values depend on its target and name only (transforms
 * come after): number each distinct pair, so a request builds the values
 * of arg:action once however many rules ask. */
static void number_values(cmsguard_ruleset_t *rs)
{
    apr_hash_t *ids = apr_hash_make(rs->pool);
    int i, j, k;

    for (i = 0; i < rs->rules->nelts; i++) {
        cmsguard_rule_t *r = APR_ARRAY_IDX(rs->rules, i, cmsguard_rule_t *);
        for (j = 0; j < r->groups->nelts; j++) {
            group_t *g = &APR_ARRAY_IDX(r->groups, j, group_t);
            cond_t *c = (cond_t *)g->conds->elts;
            for (k = 0; k < g->conds->nelts; k++) {
                const char *key = apr_psprintf(rs->pool, "%d %s", (int)c[k].target,
                                               c[k].name ? c[k].name : "");
                int *id = apr_hash_get(ids, key, APR_HASH_KEY_STRING);
                if (!id) {
                    id = apr_palloc(rs->pool, sizeof(*id));
                    *id = rs->nvkeys++;
                    apr_hash_set(ids, key, APR_HASH_KEY_STRING, id);
                }
                c[k].vkey = *id;
            }
        }
    }
}

/* Each group is filed where a request must show something for it to
 * hold: a path segment, else a header, else the sources (query, body,
 * cookies) it reads; a rule is a candidate when one of its groups is. A
 * request without arguments or cookies on an ordinary path then meets
 * almost none of the packs. */
void cmsguard_rules_finish(cmsguard_ruleset_t *rs)
{
    int i, j, a;

    rs->nwords = rs->rules->nelts / 64 + 1;
    number_values(rs);
    for (a = 0; a < SRC_SETS; a++)
        rs->by_sources[a] = apr_pcalloc(rs->pool, (apr_size_t)rs->nwords * 8);
    for (i = 0; i < rs->rules->nelts; i++) {
        cmsguard_rule_t *r = APR_ARRAY_IDX(rs->rules, i, cmsguard_rule_t *);
        int path_only = 1;

        for (j = 0; j < r->groups->nelts; j++) {
            group_t *g = &APR_ARRAY_IDX(r->groups, j, group_t);

            g->key = group_key(rs->pool, g);
            g->header = group_header(g);
            g->dead = group_dead(g);
            if (g->key) {
                apr_array_header_t *l = apr_hash_get(rs->by_segment, g->key,
                                                     APR_HASH_KEY_STRING);
                if (!l) {
                    l = apr_array_make(rs->pool, 2, sizeof(cmsguard_rule_t *));
                    apr_hash_set(rs->by_segment, g->key, APR_HASH_KEY_STRING, l);
                }
                if (!l->nelts || APR_ARRAY_IDX(l, l->nelts - 1, cmsguard_rule_t *) != r)
                    APR_ARRAY_PUSH(l, cmsguard_rule_t *) = r;
                set_bit(rs->seg_filter, key_filter_bit(g->key));
                continue;
            }
            path_only = 0;
            if (g->header && !g->dead) {
                hdr_index_t *h = (hdr_index_t *)rs->by_header->elts;
                int k;
                for (k = 0; k < rs->by_header->nelts
                            && apr_cstr_casecmp(h[k].name, g->header); k++)
                    ;
                if (k == rs->by_header->nelts) {
                    h = apr_array_push(rs->by_header);
                    h->name = g->header;
                    h->rules = apr_array_make(rs->pool, 2, sizeof(int));
                    set_bit(rs->hdr_filter, (unsigned char)cmsguard_tolower(g->header[0]));
                }
                else
                    h = &h[k];
                APR_ARRAY_PUSH(h->rules, int) = r->index;
                continue;
            }
            for (a = 0; a < SRC_SETS; a++)
                if (!(g->dead & (1u << a)))
                    set_bit(rs->by_sources[a], r->index);
        }
        if (path_only)
            rs->indexed++;
    }
}

void cmsguard_ruleset_unindexed(cmsguard_ruleset_t *rs)
{
    rs->unindexed = 1;
}

const apr_array_header_t *cmsguard_rules_all(const cmsguard_ruleset_t *rs)
{
    return rs->rules;
}

const apr_array_header_t *cmsguard_rules_files(const cmsguard_ruleset_t *rs)
{
    return rs->files;
}

apr_size_t cmsguard_rules_indexed(const cmsguard_ruleset_t *rs)
{
    return rs->indexed;
}

apr_size_t cmsguard_rules_everywhere(const cmsguard_ruleset_t *rs)
{
    apr_size_t n = 0;
    int w;

    for (w = 0; rs->by_sources[0] && w < rs->nwords; w++)
        n += (apr_size_t)__builtin_popcountll(rs->by_sources[0][w]);
    return n;
}

/* Candidate rules for a request, in load order, as a bitmap of 64-bit
 * words, so walking it costs a word per 64 rules, not a test per rule.
 * Without bits, only whether there is any: 1 at the first found. */
static int fill_candidates(const cmsguard_ruleset_t *rs, const char *path,
                           apr_table_t *headers, unsigned avail,
                           apr_uint64_t *bits)
{
    const hdr_index_t *h = (const hdr_index_t *)rs->by_header->elts;
    const char *s = path;
    char seg[256];
    int i;

    if (bits)
        memcpy(bits, rs->by_sources[avail], (apr_size_t)rs->nwords * 8);
    else
        for (i = 0; i < rs->nwords; i++)
            if (rs->by_sources[avail][i])
                return 1;
    /* one walk over the request's headers, not a table lookup per
     * indexed name (a header sent twice sets the same bits twice) */
    if (headers && rs->by_header->nelts) {
        const apr_array_header_t *t = apr_table_elts(headers);
        const apr_table_entry_t *te = (const apr_table_entry_t *)t->elts;

        for (i = 0; i < t->nelts; i++) {
            int j, k;

            if (!te[i].key || !test_bit(rs->hdr_filter, (unsigned char)cmsguard_tolower(te[i].key[0])))
                continue;
            for (j = 0; j < rs->by_header->nelts; j++) {
                if (apr_cstr_casecmp(te[i].key, h[j].name))
                    continue;
                if (!bits)
                    return 1;
                for (k = 0; k < h[j].rules->nelts; k++)
                    set_bit(bits, APR_ARRAY_IDX(h[j].rules, k, int));
            }
        }
    }
    if (!apr_hash_count(rs->by_segment))
        return 0;
    while (*s) {
        const char *e;
        apr_size_t len, k;
        apr_array_header_t *a;

        while (*s == '/')
            s++;
        e = strchr(s, '/');
        len = e ? (apr_size_t)(e - s) : strlen(s);
        if (len && len < sizeof(seg)
            && test_bit(rs->seg_filter, seg_filter_bit(len, s[0], s[len - 1]))) {
            for (k = 0; k < len; k++)
                seg[k] = (char)cmsguard_tolower(s[k]);
            if ((a = apr_hash_get(rs->by_segment, seg, (apr_ssize_t)len))) {
                if (!bits)
                    return 1;
                for (i = 0; i < a->nelts; i++)
                    set_bit(bits, APR_ARRAY_IDX(a, i, cmsguard_rule_t *)->index);
            }
        }
        s += len;
    }
    return 0;
}

static apr_uint64_t *candidates(apr_pool_t *p, const cmsguard_ruleset_t *rs,
                                const cmsguard_req_t *req, unsigned avail)
{
    apr_uint64_t *bits = apr_palloc(p, (apr_size_t)rs->nwords * 8);

    if (rs->unindexed)
        memset(bits, 0xff, (apr_size_t)rs->nwords * 8);
    else
        fill_candidates(rs, req->path, req->headers, avail, bits);
    return bits;
}

int cmsguard_rules_may_apply(const cmsguard_ruleset_t *rs, const char *canon,
                             const char *query, apr_table_t *headers)
{
    if (rs->unindexed)
        return 1;
    /* a request that has candidates pays this walk twice, up to its
     * first candidate only */
    return fill_candidates(rs, canon, headers, head_sources(query, headers), NULL);
}

/* Next set bit at or after i, or -1. */
static int next_bit(const apr_uint64_t *bits, int n, int i)
{
    while (i < n) {
        apr_uint64_t w = bits[i / 64] >> (i % 64);
        if (!w) {
            i = (i / 64 + 1) * 64;
            continue;
        }
        return i + __builtin_ctzll(w);
    }
    return -1;
}

/* --- evaluation -------------------------------------------------------- */

typedef struct {
    const char *data;
    apr_size_t len;
} val_t;

static void add(apr_array_header_t *a, const char *d, apr_size_t n)
{
    val_t *v = apr_array_push(a);
    v->data = d ? d : "";
    v->len = d ? n : 0;
}

static void add_fields(apr_array_header_t *a, const apr_array_header_t *f,
                       const char *name, int names, int files, int head,
                       int type)
{
    const cmsguard_form_field_t *e = (const cmsguard_form_field_t *)f->elts;
    int i;

    for (i = 0; i < f->nelts; i++) {
        if (name && strcmp(e[i].name, name))
            continue;
        if (files || head || type) {
            if (!e[i].filename)
                continue;
            if (files)
                add(a, e[i].filename, strlen(e[i].filename));
            else if (type)
                add(a, e[i].ctype, e[i].ctype ? strlen(e[i].ctype) : 0);
            else
                add(a, e[i].data, e[i].len < FILEHEAD_BYTES ? e[i].len : FILEHEAD_BYTES);
        }
        else if (names)
            add(a, e[i].name, strlen(e[i].name));
        else
            add(a, e[i].data, e[i].len);
    }
}

static void add_xv(apr_array_header_t *a, const cmsguard_xv_t *v)
{
    int i;

    if (v->type == CMSGUARD_XV_STRUCT || v->type == CMSGUARD_XV_ARRAY) {
        for (i = 0; i < v->items->nelts; i++)
            add_xv(a, APR_ARRAY_IDX(v->items, i, cmsguard_xv_t *));
        return;
    }
    add(a, v->data, v->len);
}

static apr_array_header_t *values(apr_pool_t *p, cmsguard_req_t *req,
                                  const cond_t *c)
{
    apr_array_header_t *a = apr_array_make(p, 2, sizeof(val_t));
    const char *s;
    int i;

    switch (c->target) {
    case T_PATH: add(a, req->path, strlen(req->path)); break;
    case T_RAWPATH: add(a, req->raw_path, strlen(req->raw_path)); break;
    case T_METHOD: add(a, req->method, strlen(req->method)); break;
    case T_QUERY: if (req->query) add(a, req->query, strlen(req->query)); break;
    case T_URI:
        s = req->query ? apr_pstrcat(p, req->raw_path, "?", req->query, NULL)
                       : req->raw_path;
        add(a, s, strlen(s));
        break;
    case T_BODY: if (req->body) add(a, req->body, req->body_len); break;
    case T_ARG:
        add_fields(a, cmsguard_req_query(req), c->name, 0, 0, 0, 0);
        add_fields(a, cmsguard_req_form(req), c->name, 0, 0, 0, 0);
        break;
    case T_QUERYARG: add_fields(a, cmsguard_req_query(req), c->name, 0, 0, 0, 0); break;
    case T_FORM: add_fields(a, cmsguard_req_form(req), c->name, 0, 0, 0, 0); break;
    case T_ARGS:
        add_fields(a, cmsguard_req_query(req), NULL, 0, 0, 0, 0);
        add_fields(a, cmsguard_req_form(req), NULL, 0, 0, 0, 0);
        break;
    case T_ARGNAMES:
        add_fields(a, cmsguard_req_query(req), NULL, 1, 0, 0, 0);
        add_fields(a, cmsguard_req_form(req), NULL, 1, 0, 0, 0);
        break;
    case T_HEADER: {
        const apr_array_header_t *h = apr_table_elts(req->headers);
        const apr_table_entry_t *e = (const apr_table_entry_t *)h->elts;
        for (i = 0; i < h->nelts; i++)
            if (e[i].key && !apr_cstr_casecmp(e[i].key, c->name))
                add(a, e[i].val, e[i].val ? strlen(e[i].val) : 0);
        break;
    }
    case T_COOKIE: add_fields(a, cmsguard_req_cookies(req), c->name, 0, 0, 0, 0); break;
    case T_COOKIES: add_fields(a, cmsguard_req_cookies(req), NULL, 0, 0, 0, 0); break;
    case T_COOKIENAMES: add_fields(a, cmsguard_req_cookies(req), NULL, 1, 0, 0, 0); break;
    case T_FILENAME: add_fields(a, cmsguard_req_form(req), c->name, 0, 1, 0, 0); break;
    case T_FILEHEAD: add_fields(a, cmsguard_req_form(req), c->name, 0, 0, 1, 0); break;
    case T_FILETYPE: add_fields(a, cmsguard_req_form(req), c->name, 0, 0, 0, 1); break;
    case T_JSON:
    case T_JSONKEYS: {
        const apr_array_header_t *j = cmsguard_req_json(req);
        const cmsguard_json_pair_t *e = j ? (const cmsguard_json_pair_t *)j->elts : NULL;
        for (i = 0; j && i < j->nelts; i++) {
            if (c->target == T_JSONKEYS)
                add(a, e[i].path, strlen(e[i].path));
            else if (!c->name || !strcmp(c->name, e[i].path))
                add(a, e[i].value, e[i].len);
        }
        break;
    }
    case T_XR_METHOD: {
        const cmsguard_xmlrpc_call_t *x = cmsguard_req_xmlrpc(req);
        if (x)
            add(a, x->method, strlen(x->method));
        break;
    }
    case T_XR_PARAMS: {
        const cmsguard_xmlrpc_call_t *x = cmsguard_req_xmlrpc(req);
        for (i = 0; x && i < x->params->nelts; i++)
            add_xv(a, APR_ARRAY_IDX(x->params, i, cmsguard_xv_t *));
        break;
    }
    }
    return a;
}

static val_t html_decode(apr_pool_t *p, val_t v)
{
    char *o = apr_palloc(p, v.len + 1);
    apr_size_t i, n = 0;

    for (i = 0; i < v.len; i++) {
        static const struct { const char *e; char c; } named[] = {
            {"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''},
            {"nbsp", ' '}
        };
        apr_size_t k;

        if (v.data[i] != '&') {
            o[n++] = v.data[i];
            continue;
        }
        if (i + 2 < v.len && v.data[i + 1] == '#') {
            apr_size_t j = i + 2;
            unsigned long cp = 0;
            int hex = j < v.len && (v.data[j] == 'x' || v.data[j] == 'X');
            if (hex)
                j++;
            while (j < v.len && (hex ? cmsguard_hexval(v.data[j]) >= 0 : apr_isdigit(v.data[j]))
                   && cp < 0x110000) {
                cp = cp * (hex ? 16 : 10) + (unsigned long)(hex ? cmsguard_hexval(v.data[j]) : v.data[j] - '0');
                j++;
            }
            if (j > i + 2 + (hex ? 1 : 0)) {
                /* browsers do not need the ';' */
                if (j < v.len && v.data[j] == ';')
                    j++;
                o[n++] = cp < 0x100 ? (char)cp : '?';
                i = j - 1;
                continue;
            }
        }
        for (k = 0; k < sizeof(named) / sizeof(named[0]); k++) {
            apr_size_t l = strlen(named[k].e);
            if (i + 1 + l < v.len && !apr_cstr_casecmpn(v.data + i + 1, named[k].e, l)
                && v.data[i + 1 + l] == ';') {
                o[n++] = named[k].c;
                i += l + 1;
                break;
            }
        }
        if (k == sizeof(named) / sizeof(named[0]))
            o[n++] = '&';
    }
    o[n] = '\0';
    v.data = o;
    v.len = n;
    return v;
}

static val_t transform(apr_pool_t *p, val_t v, const cond_t *c)
{
    int k;

    for (k = 0; k < c->nxf; k++) {
        char *o;
        apr_size_t i, n = 0;
        int bad;

        switch (c->xf[k]) {
        case X_URLDECODE:
            v.data = cmsguard_url_decode(p, v.data, v.len, 1, &v.len);
            break;
        case X_LOWER:
            o = apr_palloc(p, v.len + 1);
            for (i = 0; i < v.len; i++)
                o[i] = (char)cmsguard_tolower(v.data[i]);
            o[v.len] = '\0';
            v.data = o;
            break;
        case X_HTMLDECODE:
            v = html_decode(p, v);
            break;
        case X_B64DECODE:
            v.data = cmsguard_base64_decode(p, v.data, v.len, &v.len, &bad);
            break;
        case X_NORMPATH:
            v.data = cmsguard_path_canon(p, apr_pstrmemdup(p, v.data, v.len), 0);
            v.len = strlen(v.data);
            break;
        case X_NONULLS:
        case X_COMPACTWS:
        case X_TRIM:
            o = apr_palloc(p, v.len + 1);
            for (i = 0; i < v.len; i++) {
                char ch = v.data[i];
                if (c->xf[k] == X_NONULLS && ch == '\0')
                    continue;
                if (c->xf[k] == X_COMPACTWS && apr_isspace(ch)) {
                    if (n && o[n - 1] == ' ')
                        continue;
                    ch = ' ';
                }
                o[n++] = ch;
            }
            if (c->xf[k] == X_TRIM) {
                apr_size_t s0 = 0;
                while (s0 < n && apr_isspace(o[s0]))
                    s0++;
                while (n > s0 && apr_isspace(o[n - 1]))
                    n--;
                memmove(o, o + s0, n - s0);
                n -= s0;
            }
            o[n] = '\0';
            v.data = o;
            v.len = n;
            break;
        }
    }
    return v;
}

static void *pool_malloc(PCRE2_SIZE n, void *pool)
{
    return apr_palloc((apr_pool_t *)pool, n);
}

static void pool_free(void *ptr, void *pool)
{
    (void)ptr;
    (void)pool;
}

/* 1 match, 0 no match, -1 limit hit */
static int match_one(apr_pool_t *p, const cond_t *c, val_t v,
                     pcre2_general_context *gctx)
{
    int i;
    double num;
    char *end;

    switch (c->op) {
    case O_EQ:
        return v.len == c->vlen && !memcmp(v.data, c->value, v.len);
    case O_STARTS:
        return v.len >= c->vlen && !memcmp(v.data, c->value, c->vlen);
    case O_ENDS:
        return v.len >= c->vlen && !memcmp(v.data + v.len - c->vlen, c->value, c->vlen);
    case O_CONTAINS:
        /* a whole 200 KB upload is scanned by rules that look for a
         * marker in any body */
        return cmsguard_contains(v.data, v.len, c->value, c->vlen, c->rare);
    case O_IN:
        for (i = 0; i < c->list->nelts; i++) {
            const char *w = APR_ARRAY_IDX(c->list, i, const char *);
            if (strlen(w) == v.len && !memcmp(w, v.data, v.len))
                return 1;
        }
        return 0;
    case O_GT: case O_GE: case O_LT: case O_LE:
        num = strtod(apr_pstrmemdup(p, v.data, v.len), &end);
        if (end == v.data || !v.len)
            return 0;
        return c->op == O_GT ? num > c->num : c->op == O_GE ? num >= c->num
             : c->op == O_LT ? num < c->num : num <= c->num;
    case O_LONGER:
        return (double)v.len > c->num;
    case O_SHORTER:
        return (double)v.len < c->num;
    case O_EXISTS:
        return 1;
    case O_RX: {
        pcre2_match_data *md = pcre2_match_data_create_from_pattern(c->re, gctx);
        int rc = pcre2_match(c->re, (PCRE2_SPTR)v.data, v.len, 0, 0, md, c->mctx);
        if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
            rc = pcre2_match(c->re, (PCRE2_SPTR)v.data, v.len, 0, PCRE2_NO_JIT,
                             md, c->mctx);
        if (rc >= 0)
            return 1;
        if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
            return 0;
        /* a limit, or PCRE2 could not finish for any other reason (no
         * memory, ...): unknown, never a silent "no match" */
        return -1;
    }
    }
    return 0;
}

/* Does the condition hold? On success *hit gets the value that decided. */
/* The path, method and URI have one value each, and many rules that
 * apply on every path read them through the same transforms (path|lower
 * above all): each transformed value is made once per request. */
#define XF_MEMO_MAX 16
typedef struct {
    apr_uint64_t key[XF_MEMO_MAX];
    val_t val[XF_MEMO_MAX];
    int n;
    int nvkeys;
    apr_array_header_t **vals;      /* by cond_t.vkey, made on first use */
} xf_memo_t;

static apr_array_header_t *memo_values(apr_pool_t *p, cmsguard_req_t *req,
                                       const cond_t *c, xf_memo_t *memo)
{
    if (!memo || c->vkey >= memo->nvkeys)
        return values(p, req, c);
    if (!memo->vals)
        memo->vals = apr_pcalloc(p, (apr_size_t)memo->nvkeys * sizeof(*memo->vals));
    if (!memo->vals[c->vkey])
        memo->vals[c->vkey] = values(p, req, c);
    return memo->vals[c->vkey];
}

static void memo_init(const cmsguard_ruleset_t *rs, xf_memo_t *m)
{
    m->n = 0;
    m->nvkeys = rs->nvkeys;
    m->vals = NULL;
}

static int memo_key(const cond_t *c, apr_uint64_t *key)
{
    int k;

    if (c->target != T_PATH && c->target != T_RAWPATH
        && c->target != T_METHOD && c->target != T_URI)
        return 0;
    *key = (apr_uint64_t)c->target << 40 | (apr_uint64_t)c->nxf << 32;
    for (k = 0; k < c->nxf; k++)
        *key |= (apr_uint64_t)c->xf[k] << (4 * k);
    return 1;
}

static int cond_holds(apr_pool_t *p, cmsguard_req_t *req,
                      const cond_t *c, pcre2_general_context *gctx,
                      val_t *hit, int *limit, xf_memo_t *memo)
{
    apr_array_header_t *vals;
    const val_t *v;
    apr_uint64_t key;
    int i, any = 0;

    if (memo && memo_key(c, &key)) {
        val_t t;
        int m;

        for (i = 0; i < memo->n && memo->key[i] != key; i++)
            ;
        if (i < memo->n) {
            t = memo->val[i];
        }
        else {
            vals = memo_values(p, req, c, memo);
            t = transform(p, APR_ARRAY_IDX(vals, 0, val_t), c);
            if (memo->n < XF_MEMO_MAX) {
                memo->key[memo->n] = key;
                memo->val[memo->n++] = t;
            }
        }
        if (c->op == O_EXISTS) {
            any = 1;
            *hit = t;
        }
        else if ((m = match_one(p, c, t, gctx)) < 0) {
            *limit = 1;
        }
        else if (m) {
            any = 1;
            *hit = t;
        }
        goto done;
    }
    vals = memo_values(p, req, c, memo);
    v = (const val_t *)vals->elts;

    if (c->op == O_EXISTS) {
        any = vals->nelts > 0;
        if (any)
            *hit = transform(p, v[0], c);
    }
    else {
        for (i = 0; i < vals->nelts && !any; i++) {
            val_t t = transform(p, v[i], c);
            int m = match_one(p, c, t, gctx);
            if (m < 0) {
                *limit = 1;
                continue;
            }
            if (m) {
                any = 1;
                *hit = t;
            }
        }
    }
done:
    if (c->negate) {
        hit->data = NULL;
        hit->len = 0;
        return !any;
    }
    return any;
}

int cmsguard_rules_need_body(apr_pool_t *p, const cmsguard_ruleset_t *rs,
                             cmsguard_req_t *req, cmsguard_rule_ctl_fn ctl,
                             void *baton)
{
    /* the body is still to come: rules that read it are candidates */
    unsigned avail = req_sources(req, 1);
    apr_uint64_t *bits = candidates(p, rs, req, avail);
    pcre2_general_context *gctx = NULL;
    int n = rs->rules->nelts, i, g, k, need = CMSGUARD_BODY_NONE;
    xf_memo_t memo;

    memo_init(rs, &memo);

    for (i = next_bit(bits, n, 0); i >= 0 && i < n; i = next_bit(bits, n, i + 1)) {
        const cmsguard_rule_t *r = APR_ARRAY_IDX(rs->rules, i, cmsguard_rule_t *);

        if (!r->needs_body || (ctl && ctl(baton, r) == CMSGUARD_RULE_OFF))
            continue;
        for (g = 0; g < r->groups->nelts; g++) {
            const group_t *grp = &APR_ARRAY_IDX(r->groups, g, group_t);
            const cond_t *c = (const cond_t *)grp->conds->elts;
            /* a group that reads form fields of a JSON post can never
             * hold: no reason to keep the body for it (indexed or not) */
            int uses_body = 0, holds = !(grp->dead & (1u << avail));

            for (k = 0; k < grp->conds->nelts && holds; k++) {
                if (c[k].body) {
                    uses_body = 1;
                    continue;
                }
                {
                    val_t h = { NULL, 0 };
                    int lim = 0;
                    if (!gctx)
                        gctx = pcre2_general_context_create(pool_malloc, pool_free, p);
                    /* a limit hit counts as holding: keep, judge later */
                    holds = cond_holds(p, req, &c[k], gctx, &h, &lim, &memo) || lim;
                }
            }
            if (!uses_body || !holds)
                continue;
            if (grp->key)
                return CMSGUARD_BODY_MUST;
            need = CMSGUARD_BODY_MAY;
        }
    }
    return need;
}

apr_array_header_t *cmsguard_rules_eval(apr_pool_t *p,
                                        const cmsguard_ruleset_t *rs,
                                        cmsguard_req_t *req,
                                        cmsguard_rule_ctl_fn ctl, void *baton,
                                        int limit_block, apr_time_t deadline,
                                        int *over)
{
    apr_array_header_t *hits = apr_array_make(p, 1, sizeof(cmsguard_hit_t));
    /* unindexed, the reference the tests compare with: every group is
     * judged, whatever the request lacks */
    unsigned avail = rs->unindexed ? SRC_SETS - 1 : req_sources(req, 0);
    apr_uint64_t *bits = candidates(p, rs, req, avail);
    /* most requests (a static file, a plain page) have no candidate: no
     * regex context for them */
    pcre2_general_context *gctx = NULL;
    int n = rs->rules->nelts, i, g, k;
    xf_memo_t memo;

    memo_init(rs, &memo);

    for (i = next_bit(bits, n, 0); i >= 0 && i < n; i = next_bit(bits, n, i + 1)) {
        const cmsguard_rule_t *r;
        int mode;

        if (deadline && apr_time_now() > deadline) {
            *over = 1;
            return hits;
        }
        r = APR_ARRAY_IDX(rs->rules, i, cmsguard_rule_t *);
        mode = ctl ? ctl(baton, r) : CMSGUARD_RULE_ON;
        if (mode == CMSGUARD_RULE_OFF)
            continue;
        for (g = 0; g < r->groups->nelts; g++) {
            const group_t *grp = &APR_ARRAY_IDX(r->groups, g, group_t);
            const cond_t *c = (const cond_t *)grp->conds->elts;
            val_t decide = { NULL, 0 };
            const cond_t *deciding = NULL;
            int all = !(grp->dead & (1u << avail)), limit = 0;

            if (all && !gctx)
                gctx = pcre2_general_context_create(pool_malloc, pool_free, p);
            for (k = 0; k < grp->conds->nelts && all; k++) {
                val_t h = { NULL, 0 };
                int lim = 0, holds;
                holds = cond_holds(p, req, &c[k], gctx, &h, &lim, &memo);

                if (lim && !holds && limit_block) {
                    holds = 1;
                    limit = 1;
                }
                all = holds;
                /* the last condition with a value is the telling one */
                if (holds && h.data) {
                    decide = h;
                    deciding = &c[k];
                }
            }
            if (all) {
                cmsguard_hit_t *hit = apr_array_push(hits);
                hit->rule = r;
                hit->detect = r->detect || mode == CMSGUARD_RULE_DETECT;
                hit->target = deciding ? deciding->label : NULL;
                hit->value = decide.data;
                hit->value_len = decide.len;
                hit->limit_hit = limit;
                if (!hit->detect)
                    return hits;
                break;
            }
        }
    }
    return hits;
}

/* --- selectors --------------------------------------------------------- */

static int in_list(const apr_array_header_t *a, const char *v)
{
    int i;

    for (i = 0; a && i < a->nelts; i++)
        if (!apr_cstr_casecmp(APR_ARRAY_IDX(a, i, const char *), v))
            return 1;
    return 0;
}

int cmsguard_rule_selected(const cmsguard_rule_t *r, const char *sel)
{
    if (!strcmp(sel, "all"))
        return 1;
    if (!strncmp(sel, "id:", 3))
        return !strcmp(r->id, sel + 3);
    if (!strncmp(sel, "tag:", 4))
        return in_list(r->tags, sel + 4);
    if (!strncmp(sel, "cve:", 4))
        return in_list(r->cves, sel + 4);
    if (!strncmp(sel, "plugin:", 7))
        return r->plugin && !apr_cstr_casecmp(r->plugin, sel + 7);
    if (!strncmp(sel, "cms:", 4))
        return r->cms && !apr_cstr_casecmp(r->cms, sel + 4);
    return !strcmp(r->id, sel);
}

const char *cmsguard_selector_check(apr_pool_t *p, const char *sel)
{
    if (!strcmp(sel, "all") || valid_id(sel)
        || (!strncmp(sel, "id:", 3) && valid_id(sel + 3))
        || ((!strncmp(sel, "tag:", 4) || !strncmp(sel, "cve:", 4)
             || !strncmp(sel, "cms:", 4)) && sel[4])
        || (!strncmp(sel, "plugin:", 7) && sel[7]))
        return NULL;
    return apr_psprintf(p, "'%s' is not a rule selector (an id, id:N, "
                        "tag:T, plugin:SLUG, cve:CVE-..., cms:NAME or all)",
                        sel);
}
