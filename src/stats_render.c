/* The status page's three forms: JSON, Prometheus text exposition and a
 * self-contained HTML page, rendered from a snapshot of the counters and
 * the per-server facts (rule packs, GeoIP database, inventory). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_lib.h>

#include "stats.h"
#include "json.h"
#include "utf8.h"
#include "audit.h"

/* ------------------------------------------------------------------ */
/* output: one growing buffer from the pool */

typedef struct {
    apr_pool_t *p;
    char *buf;
    apr_size_t len, cap;
} out_t;

static void out_init(out_t *o, apr_pool_t *p)
{
    o->p = p;
    o->cap = 16384;
    o->buf = apr_palloc(p, o->cap);
    o->len = 0;
}

static char *out_room(out_t *o, apr_size_t n)
{
    if (o->len + n + 1 > o->cap) {
        apr_size_t cap = o->cap;
        char *nb;

        while (o->len + n + 1 > cap)
            cap *= 2;
        nb = apr_palloc(o->p, cap);
        memcpy(nb, o->buf, o->len);
        o->buf = nb;
        o->cap = cap;
    }
    return o->buf + o->len;
}

static void out_n(out_t *o, const char *s, apr_size_t n)
{
    memcpy(out_room(o, n), s, n);
    o->len += n;
}

static void out_s(out_t *o, const char *s)
{
    out_n(o, s, strlen(s));
}

static void out_f(out_t *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void out_f(out_t *o, const char *fmt, ...)
{
    va_list ap;
    char tmp[256];
    int n;

    va_start(ap, fmt);
    n = apr_vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if ((apr_size_t)n < sizeof(tmp) - 1) {
        out_n(o, tmp, (apr_size_t)n);
        return;
    }
    va_start(ap, fmt);
    out_s(o, apr_pvsprintf(o->p, fmt, ap));
    va_end(ap);
}

static char *out_done(out_t *o, apr_size_t *len)
{
    o->buf[o->len] = '\0';
    if (len)
        *len = o->len;
    return o->buf;
}

/* ------------------------------------------------------------------ */
/* escaping */

/* Append s escaped for Prometheus label values (html = 0) or HTML text
 * and attributes (html = 1). */
static void out_esc(out_t *o, const char *s, int html)
{
    const unsigned char *u = (const unsigned char *)(s ? s : "");
    apr_size_t n = strlen((const char *)u), i = 0;

    while (i < n) {
        unsigned char c = u[i];
        apr_uint32_t cp;
        apr_size_t k;

        if (c >= 0x80) {
            k = cmsguard_utf8_seq(u + i, n - i, &cp);
            if (k) {
                out_n(o, (const char *)u + i, k);
                i += k;
            }
            else {
                out_s(o, "\xef\xbf\xbd");
                i++;
            }
            continue;
        }
        i++;
        if (!html && c == '\\')
            out_s(o, "\\\\");
        else if (!html && c == '"')
            out_s(o, "\\\"");
        else if (!html && c == '\n')
            out_s(o, "\\n");
        else if (html && c == '&')
            out_s(o, "&amp;");
        else if (html && c == '<')
            out_s(o, "&lt;");
        else if (html && c == '>')
            out_s(o, "&gt;");
        else if (html && c == '"')
            out_s(o, "&quot;");
        else if (html && c == '\'')
            out_s(o, "&#39;");
        else if ((c < 0x20 && !(html && (c == '\t' || c == '\n')))
                 || c == 0x7f)
            out_s(o, "\xef\xbf\xbd");
        else
            out_n(o, (const char *)&c, 1);
    }
}

char *cmsguard_prom_escape(apr_pool_t *p, const char *s)
{
    out_t o;

    out_init(&o, p);
    out_esc(&o, s, 0);
    return out_done(&o, NULL);
}

char *cmsguard_html_escape(apr_pool_t *p, const char *s)
{
    out_t o;

    out_init(&o, p);
    out_esc(&o, s, 1);
    return out_done(&o, NULL);
}

/* a JSON string value, or null for NULL */
static void out_jstr(out_t *o, const char *s)
{
    apr_size_t n, used;

    if (!s) {
        out_s(o, "null");
        return;
    }
    n = strlen(s);
    out_s(o, "\"");
    /* at most 6 output bytes per input byte (\u00XX, U+FFFD is 3) */
    cmsguard_json_escape(out_room(o, 6 * n), 6 * n, &used, s, n);
    o->len += used;
    out_s(o, "\"");
}

static void out_jkey(out_t *o, int *first, const char *k)
{
    if (!*first)
        out_s(o, ",");
    *first = 0;
    out_jstr(o, k);
    out_s(o, ":");
}

static const char *iso(apr_pool_t *p, apr_time_t t)
{
    char buf[40];

    cmsguard_audit_time(buf, t);
    return apr_pstrdup(p, buf);
}

static const char *day(apr_pool_t *p, apr_int64_t epoch)
{
    apr_time_exp_t tm;

    apr_time_exp_gmt(&tm, apr_time_from_sec((apr_time_t)epoch));
    return apr_psprintf(p, "%04d-%02d-%02d", tm.tm_year + 1900,
                        tm.tm_mon + 1, tm.tm_mday);
}

/* ------------------------------------------------------------------ */
/* views of a snapshot */

typedef struct {
    const char *name;
    apr_uint64_t count;
} tally_t;

typedef struct {
    const char *rule;
    apr_uint64_t kinds[CMSGUARD_KIND_COUNT], total;
} rule_tally_t;

typedef struct {
    const cmsguard_stats_key_t **keys;        /* by count, then rule */
    int nkeys;
    rule_tally_t *rules;                      /* by rule id */
    int nrules;
    tally_t *cves, *plugins;                  /* by count, then name */
    int ncves, nplugins;
    const cmsguard_stats_addr_t **addrs;      /* by count, then last */
    int naddrs;
    const cmsguard_stats_recent_t **recent;   /* newest first */
    int nrecent;
} view_t;

static int cmp_key(const void *a, const void *b)
{
    const cmsguard_stats_key_t *x = *(const cmsguard_stats_key_t *const *)a;
    const cmsguard_stats_key_t *y = *(const cmsguard_stats_key_t *const *)b;
    int c;

    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    if ((c = strcmp(x->rule, y->rule)) || (c = strcmp(x->action, y->action))
        || (c = strcmp(x->cve, y->cve)))
        return c;
    return strcmp(x->plugin, y->plugin);
}

static int cmp_tally(const void *a, const void *b)
{
    const tally_t *x = a, *y = b;

    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* rule ids in numeric order where they are numbers */
static int cmp_rule(const void *a, const void *b)
{
    const rule_tally_t *x = a, *y = b;
    apr_size_t lx = strlen(x->rule), ly = strlen(y->rule);

    if (lx != ly)
        return lx < ly ? -1 : 1;
    return strcmp(x->rule, y->rule);
}

static int cmp_addr(const void *a, const void *b)
{
    const cmsguard_stats_addr_t *x = *(const cmsguard_stats_addr_t *const *)a;
    const cmsguard_stats_addr_t *y = *(const cmsguard_stats_addr_t *const *)b;

    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    if (x->last != y->last)
        return x->last > y->last ? -1 : 1;
    return strcmp(x->addr, y->addr);
}

static tally_t *tallies(apr_pool_t *p, apr_hash_t *h, int *n)
{
    apr_hash_index_t *hi;
    tally_t *t = apr_pcalloc(p, sizeof(*t) * (apr_hash_count(h) + 1));
    int i = 0;

    for (hi = apr_hash_first(p, h); hi; hi = apr_hash_next(hi)) {
        t[i].name = apr_hash_this_key(hi);
        t[i].count = *(apr_uint64_t *)apr_hash_this_val(hi);
        i++;
    }
    qsort(t, (size_t)i, sizeof(*t), cmp_tally);
    *n = i;
    return t;
}

static void tally_add(apr_pool_t *p, apr_hash_t *h, const char *name,
                      apr_size_t len, apr_uint64_t n)
{
    apr_uint64_t *c = apr_hash_get(h, name, (apr_ssize_t)len);

    if (!c) {
        c = apr_pcalloc(p, sizeof(*c));
        apr_hash_set(h, apr_pstrmemdup(p, name, len), (apr_ssize_t)len, c);
    }
    *c += n;
}

static void make_view(apr_pool_t *p, const cmsguard_stats_t *st, view_t *v)
{
    apr_hash_t *cves = apr_hash_make(p), *plugins = apr_hash_make(p);
    apr_hash_t *rules = apr_hash_make(p);
    apr_uint32_t i;
    apr_uint64_t shown;
    int j;

    memset(v, 0, sizeof(*v));
    v->keys = apr_pcalloc(p, sizeof(*v->keys) * (st->nkeys + 1));
    v->rules = apr_pcalloc(p, sizeof(*v->rules) * (st->nkeys + 1));
    for (i = 0; i < st->nkeys; i++) {
        const cmsguard_stats_key_t *k = &st->keys[i];
        const char *c = k->cve;
        rule_tally_t *rt = apr_hash_get(rules, k->rule, APR_HASH_KEY_STRING);

        v->keys[v->nkeys++] = k;
        if (!rt) {
            rt = &v->rules[v->nrules++];
            rt->rule = k->rule;
            apr_hash_set(rules, k->rule, APR_HASH_KEY_STRING, rt);
        }
        if (k->kind < CMSGUARD_KIND_COUNT)
            rt->kinds[k->kind] += k->count;
        rt->total += k->count;
        /* a rule with several CVEs counts for each */
        while (*c) {
            apr_size_t l = strcspn(c, " ");
            if (l)
                tally_add(p, cves, c, l, k->count);
            c += l;
            c += strspn(c, " ");
        }
        if (*k->plugin)
            tally_add(p, plugins, k->plugin, strlen(k->plugin), k->count);
    }
    qsort(v->keys, (size_t)v->nkeys, sizeof(*v->keys), cmp_key);
    qsort(v->rules, (size_t)v->nrules, sizeof(*v->rules), cmp_rule);
    v->cves = tallies(p, cves, &v->ncves);
    v->plugins = tallies(p, plugins, &v->nplugins);

    v->addrs = apr_pcalloc(p, sizeof(*v->addrs) * (st->naddrs + 1));
    for (i = 0; i < st->naddrs; i++)
        v->addrs[v->naddrs++] = &st->addrs[i];
    qsort(v->addrs, (size_t)v->naddrs, sizeof(*v->addrs), cmp_addr);
    if (v->naddrs > CMSGUARD_STATS_TOP_ADDRS)
        v->naddrs = CMSGUARD_STATS_TOP_ADDRS;

    shown = st->recent_total < CMSGUARD_STATS_RECENT ? st->recent_total
                                                     : CMSGUARD_STATS_RECENT;
    v->recent = apr_pcalloc(p, sizeof(*v->recent) * (CMSGUARD_STATS_RECENT + 1));
    for (j = 0; (apr_uint64_t)j < shown; j++)
        v->recent[v->nrecent++] =
            &st->recent[(st->recent_total - 1 - (apr_uint64_t)j)
                        % CMSGUARD_STATS_RECENT];
}

static const char *inv_why(int why)
{
    switch (why) {
    case CMSGUARD_INV_AFFECTED:        return "affected";
    case CMSGUARD_INV_VERSION_UNKNOWN: return "version-unknown";
    default:                           return "range-unknown";
    }
}

static const char *cves_of(apr_pool_t *p, const cmsguard_rule_t *r)
{
    return r->cves ? apr_array_pstrcat(p, r->cves, ' ') : "";
}

/* ------------------------------------------------------------------ */
/* JSON */

static void json_kinds(out_t *o, const apr_uint64_t *k, int with_total)
{
    int first = 1, i;
    apr_uint64_t total = 0;

    out_s(o, "{");
    for (i = 0; i < CMSGUARD_KIND_COUNT; i++) {
        out_jkey(o, &first, cmsguard_stats_kind_name(i));
        out_f(o, "%" APR_UINT64_T_FMT, k[i]);
        total += k[i];
    }
    if (with_total) {
        out_jkey(o, &first, "total");
        out_f(o, "%" APR_UINT64_T_FMT, total);
    }
    out_s(o, "}");
}

static void json_tallies(out_t *o, const tally_t *t, int n)
{
    int first = 1, i;

    out_s(o, "{");
    for (i = 0; i < n; i++) {
        out_jkey(o, &first, t[i].name);
        out_f(o, "%" APR_UINT64_T_FMT, t[i].count);
    }
    out_s(o, "}");
}

static void json_inventory(out_t *o, apr_pool_t *p,
                           const cmsguard_stats_info_t *info)
{
    const cmsguard_inventory_t *inv = info->inventory;
    int first = 1, i;

    if (!info->inv_root) {
        out_s(o, "null");
        return;
    }
    out_s(o, "{");
    out_jkey(o, &first, "root");
    out_jstr(o, inv ? inv->root : info->inv_root);
    out_jkey(o, &first, "limit");
    out_s(o, info->inv_limit ? "true" : "false");
    out_jkey(o, &first, "scanned");
    out_s(o, inv ? "true" : "false");
    out_jkey(o, &first, "cms");
    out_jstr(o, inv ? inv->cms : NULL);
    out_jkey(o, &first, "version");
    out_jstr(o, inv && inv->cms && inv->components->nelts
                ? APR_ARRAY_IDX(inv->components, 0, cmsguard_component_t).version
                : NULL);
    out_jkey(o, &first, "base");
    out_jstr(o, inv ? inv->base : NULL);
    out_jkey(o, &first, "files_read");
    out_f(o, "%d", inv ? inv->files_read : 0);
    out_jkey(o, &first, "components");
    out_s(o, "[");
    for (i = 0; inv && i < inv->components->nelts; i++) {
        const cmsguard_component_t *c =
            &APR_ARRAY_IDX(inv->components, i, cmsguard_component_t);
        int f2 = 1;

        out_s(o, i ? ",{" : "{");
        out_jkey(o, &f2, "slug");
        out_jstr(o, c->slug);
        out_jkey(o, &f2, "kind");
        out_jstr(o, c->kind);
        out_jkey(o, &f2, "version");
        out_jstr(o, c->version);
        out_jkey(o, &f2, "source");
        out_jstr(o, c->source);
        out_s(o, "}");
    }
    out_s(o, "]");
    out_jkey(o, &first, "patches");
    out_s(o, "[");
    for (i = 0; info->inv_matches && i < info->inv_matches->nelts; i++) {
        const cmsguard_inv_match_t *m =
            &APR_ARRAY_IDX(info->inv_matches, i, cmsguard_inv_match_t);
        int f2 = 1;

        out_s(o, i ? ",{" : "{");
        out_jkey(o, &f2, "rule");
        out_jstr(o, m->rule->id);
        out_jkey(o, &f2, "cve");
        out_jstr(o, cves_of(p, m->rule));
        out_jkey(o, &f2, "component");
        out_jstr(o, m->comp->slug);
        out_jkey(o, &f2, "version");
        out_jstr(o, m->comp->version);
        out_jkey(o, &f2, "why");
        out_jstr(o, inv_why(m->why));
        out_s(o, "}");
    }
    out_s(o, "]}");
}

char *cmsguard_stats_json(apr_pool_t *p, const cmsguard_stats_t *st,
                          const cmsguard_stats_info_t *info, apr_size_t *len)
{
    out_t o;
    view_t v;
    int first = 1, i;

    out_init(&o, p);
    make_view(p, st, &v);
    out_s(&o, "{");
    out_jkey(&o, &first, "version");
    out_jstr(&o, info->version);
    out_jkey(&o, &first, "server");
    out_jstr(&o, info->server);
    out_jkey(&o, &first, "mpm");
    out_jstr(&o, info->mpm);
    out_jkey(&o, &first, "now");
    out_jstr(&o, iso(p, info->now));
    out_jkey(&o, &first, "counters_since");
    out_jstr(&o, iso(p, st->started));
    out_jkey(&o, &first, "config_loaded");
    out_jstr(&o, iso(p, info->loaded));
    out_jkey(&o, &first, "uptime_seconds");
    out_f(&o, "%" APR_INT64_T_FMT, apr_time_sec(info->now - st->started));
    out_jkey(&o, &first, "generation");
    out_f(&o, "%d", info->generation);

    out_jkey(&o, &first, "totals");
    json_kinds(&o, st->kinds, 0);
    out_jkey(&o, &first, "decisions");
    out_s(&o, "[");
    for (i = 0; i < v.nkeys; i++) {
        const cmsguard_stats_key_t *k = v.keys[i];
        int f2 = 1;

        out_s(&o, i ? ",{" : "{");
        out_jkey(&o, &f2, "rule");
        out_jstr(&o, k->rule);
        out_jkey(&o, &f2, "action");
        out_jstr(&o, k->action);
        out_jkey(&o, &f2, "kind");
        out_jstr(&o, cmsguard_stats_kind_name((int)k->kind));
        out_jkey(&o, &f2, "cve");
        out_jstr(&o, k->cve);
        out_jkey(&o, &f2, "plugin");
        out_jstr(&o, k->plugin);
        out_jkey(&o, &f2, "cms");
        out_jstr(&o, k->cms);
        out_jkey(&o, &f2, "count");
        out_f(&o, "%" APR_UINT64_T_FMT, k->count);
        out_jkey(&o, &f2, "last");
        out_jstr(&o, iso(p, k->last));
        out_s(&o, "}");
    }
    out_s(&o, "]");
    out_jkey(&o, &first, "rules");
    out_s(&o, "{");
    for (i = 0; i < v.nrules; i++) {
        int f2 = i == 0;
        out_jkey(&o, &f2, v.rules[i].rule);
        json_kinds(&o, v.rules[i].kinds, 1);
    }
    out_s(&o, "}");
    out_jkey(&o, &first, "cves");
    json_tallies(&o, v.cves, v.ncves);
    out_jkey(&o, &first, "plugins");
    json_tallies(&o, v.plugins, v.nplugins);
    out_jkey(&o, &first, "other");
    json_kinds(&o, st->other, 0);
    out_jkey(&o, &first, "dropped");
    out_f(&o, "{\"rules\":%" APR_UINT64_T_FMT ",\"addresses\":%"
          APR_UINT64_T_FMT "}", st->keys_overflow, st->addrs_evicted);
    out_jkey(&o, &first, "limits");
    out_f(&o, "{\"rules\":%d,\"addresses\":%d,\"recent\":%d,"
          "\"top_addresses\":%d}", CMSGUARD_STATS_MAX_KEYS,
          CMSGUARD_STATS_MAX_ADDRS, CMSGUARD_STATS_RECENT,
          CMSGUARD_STATS_TOP_ADDRS);

    out_jkey(&o, &first, "recent");
    out_s(&o, "[");
    for (i = 0; i < v.nrecent; i++) {
        const cmsguard_stats_recent_t *r = v.recent[i];
        int f2 = 1;

        out_s(&o, i ? ",{" : "{");
        out_jkey(&o, &f2, "time");
        out_jstr(&o, iso(p, r->time));
        out_jkey(&o, &f2, "client");
        out_jstr(&o, r->client);
        out_jkey(&o, &f2, "method");
        out_jstr(&o, r->method);
        out_jkey(&o, &f2, "uri");
        out_jstr(&o, r->uri);
        out_jkey(&o, &f2, "uri_truncated");
        out_s(&o, r->uri_cut ? "true" : "false");
        out_jkey(&o, &f2, "rule");
        out_jstr(&o, r->rule);
        out_jkey(&o, &f2, "action");
        out_jstr(&o, r->action);
        out_jkey(&o, &f2, "kind");
        out_jstr(&o, cmsguard_stats_kind_name((int)r->kind));
        out_jkey(&o, &f2, "status");
        out_f(&o, "%d", (int)r->status);
        out_s(&o, "}");
    }
    out_s(&o, "]");
    out_jkey(&o, &first, "recent_total");
    out_f(&o, "%" APR_UINT64_T_FMT, st->recent_total);

    out_jkey(&o, &first, "top_addresses");
    out_s(&o, "[");
    for (i = 0; i < v.naddrs; i++) {
        const cmsguard_stats_addr_t *a = v.addrs[i];
        int f2 = 1;

        out_s(&o, i ? ",{" : "{");
        out_jkey(&o, &f2, "address");
        out_jstr(&o, a->addr);
        out_jkey(&o, &f2, "count");
        out_f(&o, "%" APR_UINT64_T_FMT, a->count);
        out_jkey(&o, &f2, "first");
        out_jstr(&o, iso(p, a->first));
        out_jkey(&o, &f2, "last");
        out_jstr(&o, iso(p, a->last));
        out_s(&o, "}");
    }
    out_s(&o, "]");
    out_jkey(&o, &first, "addresses_tracked");
    out_f(&o, "%u", st->naddrs);

    out_jkey(&o, &first, "rule_packs");
    out_s(&o, "[");
    for (i = 0; info->packs && i < info->packs->nelts; i++) {
        const cmsguard_stats_pack_t *pk =
            &APR_ARRAY_IDX(info->packs, i, cmsguard_stats_pack_t);
        int f2 = 1;

        out_s(&o, i ? ",{" : "{");
        out_jkey(&o, &f2, "file");
        out_jstr(&o, pk->file);
        out_jkey(&o, &f2, "rules");
        out_f(&o, "%d", pk->rules);
        out_jkey(&o, &f2, "sha256");
        out_jstr(&o, pk->sha256[0] ? pk->sha256 : NULL);
        out_jkey(&o, &f2, "mtime");
        out_jstr(&o, pk->mtime ? iso(p, pk->mtime) : NULL);
        out_s(&o, "}");
    }
    out_s(&o, "]");
    out_jkey(&o, &first, "rules_loaded");
    out_f(&o, "%d", info->rules_loaded);

    out_jkey(&o, &first, "geoip");
    if (info->geo_path) {
        int f2 = 1;

        out_s(&o, "{");
        out_jkey(&o, &f2, "path");
        out_jstr(&o, info->geo_path);
        out_jkey(&o, &f2, "type");
        out_jstr(&o, info->geo_type);
        out_jkey(&o, &f2, "build_epoch");
        out_f(&o, "%" APR_INT64_T_FMT, info->geo_build_epoch);
        out_jkey(&o, &f2, "build_date");
        out_jstr(&o, day(p, info->geo_build_epoch));
        out_s(&o, "}");
    }
    else
        out_s(&o, "null");
    out_jkey(&o, &first, "inventory");
    json_inventory(&o, p, info);
    out_s(&o, "}\n");
    return out_done(&o, len);
}

/* ------------------------------------------------------------------ */
/* Prometheus text exposition format 0.0.4 */

static void prom_head(out_t *o, const char *name, const char *type,
                      const char *help)
{
    out_f(o, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* name{l1="v1",...} value; labels as name/value pairs, NULL-terminated */
static void prom_sample(out_t *o, const char *name, const char *value, ...)
{
    va_list ap;
    const char *l;
    int first = 1;

    out_s(o, name);
    va_start(ap, value);
    while ((l = va_arg(ap, const char *))) {
        const char *lv = va_arg(ap, const char *);

        out_s(o, first ? "{" : ",");
        first = 0;
        out_s(o, l);
        out_s(o, "=\"");
        out_esc(o, lv, 0);
        out_s(o, "\"");
    }
    va_end(ap);
    if (!first)
        out_s(o, "}");
    out_s(o, " ");
    out_s(o, value);
    out_s(o, "\n");
}

static const char *u64(apr_pool_t *p, apr_uint64_t v)
{
    return apr_psprintf(p, "%" APR_UINT64_T_FMT, v);
}

static const char *secs(apr_pool_t *p, apr_time_t t)
{
    return apr_psprintf(p, "%" APR_INT64_T_FMT ".%03d", apr_time_sec(t),
                        (int)(apr_time_usec(t) / 1000));
}

char *cmsguard_stats_prometheus(apr_pool_t *p, const cmsguard_stats_t *st,
                                const cmsguard_stats_info_t *info,
                                apr_size_t *len)
{
    out_t o;
    view_t v;
    int i;

    out_init(&o, p);
    make_view(p, st, &v);

    prom_head(&o, "cmsguard_decisions_total", "counter",
              "Audit records written since the counters started, by rule "
              "id, action (block, detect, ban), CVE and plugin; rule "
              "\"other\" holds what did not fit the table.");
    for (i = 0; i < v.nkeys; i++)
        prom_sample(&o, "cmsguard_decisions_total", u64(p, v.keys[i]->count),
                    "rule", v.keys[i]->rule, "action", v.keys[i]->action,
                    "cve", v.keys[i]->cve, "plugin", v.keys[i]->plugin, NULL);
    {
        /* refused requests are "block" records too: one series each */
        apr_uint64_t by_action[3];
        static const char *const actions[3] = { "block", "detect", "ban" };

        by_action[0] = st->other[CMSGUARD_KIND_BLOCK]
                       + st->other[CMSGUARD_KIND_REFUSED];
        by_action[1] = st->other[CMSGUARD_KIND_DETECT];
        by_action[2] = st->other[CMSGUARD_KIND_BAN];
        for (i = 0; i < 3; i++)
            if (by_action[i])
                prom_sample(&o, "cmsguard_decisions_total",
                            u64(p, by_action[i]), "rule", "other",
                            "action", actions[i], "cve", "", "plugin", "",
                            NULL);
    }

    prom_head(&o, "cmsguard_decisions_by_kind_total", "counter",
              "Audit records by kind: block, detect, ban (a ban starts), "
              "refused (a request refused because its address is banned).");
    for (i = 0; i < CMSGUARD_KIND_COUNT; i++)
        prom_sample(&o, "cmsguard_decisions_by_kind_total", u64(p, st->kinds[i]),
                    "kind", cmsguard_stats_kind_name(i), NULL);

    prom_head(&o, "cmsguard_stats_dropped_total", "counter",
              "Decisions counted under rule \"other\" because the rule table "
              "was full (table=\"rules\"); addresses that lost their place in "
              "the address table (table=\"addresses\").");
    prom_sample(&o, "cmsguard_stats_dropped_total", u64(p, st->keys_overflow),
                "table", "rules", NULL);
    prom_sample(&o, "cmsguard_stats_dropped_total", u64(p, st->addrs_evicted),
                "table", "addresses", NULL);

    prom_head(&o, "cmsguard_start_time_seconds", "gauge",
              "Unix time the counters started (httpd start; kept across "
              "restarts).");
    prom_sample(&o, "cmsguard_start_time_seconds", secs(p, st->started), NULL);
    prom_head(&o, "cmsguard_config_load_time_seconds", "gauge",
              "Unix time the running configuration was loaded.");
    prom_sample(&o, "cmsguard_config_load_time_seconds", secs(p, info->loaded),
                NULL);
    prom_head(&o, "cmsguard_config_generation", "gauge",
              "Configuration generation (restarts since httpd started).");
    prom_sample(&o, "cmsguard_config_generation",
                apr_psprintf(p, "%d", info->generation), NULL);
    prom_head(&o, "cmsguard_info", "gauge",
              "Module version and MPM; always 1.");
    prom_sample(&o, "cmsguard_info", "1", "version", info->version,
                "mpm", info->mpm, NULL);

    prom_head(&o, "cmsguard_rules_loaded", "gauge",
              "Virtual-patch rules loaded for this server.");
    prom_sample(&o, "cmsguard_rules_loaded",
                apr_psprintf(p, "%d", info->rules_loaded), NULL);
    prom_head(&o, "cmsguard_rule_pack_rules", "gauge",
              "Rules per loaded rule file, with the first 12 hex digits of "
              "its SHA-256.");
    for (i = 0; info->packs && i < info->packs->nelts; i++) {
        const cmsguard_stats_pack_t *pk =
            &APR_ARRAY_IDX(info->packs, i, cmsguard_stats_pack_t);
        prom_sample(&o, "cmsguard_rule_pack_rules",
                    apr_psprintf(p, "%d", pk->rules), "file", pk->file,
                    "sha256", pk->sha256, NULL);
    }
    if (info->geo_path) {
        prom_head(&o, "cmsguard_geoip_build_time_seconds", "gauge",
                  "Build time of the GeoIP database (MMDB build_epoch).");
        prom_sample(&o, "cmsguard_geoip_build_time_seconds",
                    apr_psprintf(p, "%" APR_INT64_T_FMT, info->geo_build_epoch),
                    "path", info->geo_path, "type",
                    info->geo_type ? info->geo_type : "", NULL);
    }
    if (info->inventory) {
        prom_head(&o, "cmsguard_inventory_components", "gauge",
                  "Components (core, plugins, themes, ...) the inventory "
                  "found.");
        prom_sample(&o, "cmsguard_inventory_components",
                    apr_psprintf(p, "%d", info->inventory->components->nelts),
                    "cms", info->inventory->cms ? info->inventory->cms : "",
                    NULL);
        prom_head(&o, "cmsguard_inventory_patches", "gauge",
                  "Loaded patches that concern an installed component.");
        prom_sample(&o, "cmsguard_inventory_patches",
                    apr_psprintf(p, "%d", info->inv_matches
                                          ? info->inv_matches->nelts : 0),
                    NULL);
    }
    return out_done(&o, len);
}

/* ------------------------------------------------------------------ */
/* HTML: one self-contained page (no scripts, no external assets) */

static void h(out_t *o, const char *s)
{
    out_esc(o, s, 1);
}

static void td(out_t *o, const char *cls, const char *s)
{
    out_f(o, "<td class=\"%s\">", cls);
    h(o, s);
    out_s(o, "</td>");
}

static void tdn(out_t *o, const char *cls, apr_uint64_t n)
{
    out_f(o, "<td class=\"%s num\">%" APR_UINT64_T_FMT "</td>", cls, n);
}

static void section(out_t *o, const char *id, const char *title,
                    const char *const *cols)
{
    out_f(o, "<h2 id=\"h-%s\">", id);
    h(o, title);
    out_f(o, "</h2>\n<table id=\"%s\"><thead><tr>", id);
    for (; *cols; cols++) {
        out_s(o, "<th>");
        h(o, *cols);
        out_s(o, "</th>");
    }
    out_s(o, "</tr></thead><tbody>\n");
}

static void end_section(out_t *o, int rows, int ncols, const char *empty)
{
    if (!rows) {
        out_f(o, "<tr class=\"empty\"><td colspan=\"%d\">", ncols);
        h(o, empty);
        out_s(o, "</td></tr>\n");
    }
    out_s(o, "</tbody></table>\n");
}

static const char *const COLS_KINDS[] = { "kind", "count", NULL };
static const char *const COLS_DECISIONS[] = {
    "rule", "action", "kind", "CVE", "plugin", "CMS", "count", "last", NULL };
static const char *const COLS_TALLY_CVE[] = { "CVE", "count", NULL };
static const char *const COLS_TALLY_PLUGIN[] = { "plugin", "count", NULL };
static const char *const COLS_RECENT[] = {
    "time", "client", "method", "URI", "rule", "kind", "status", NULL };
static const char *const COLS_ADDRS[] = {
    "address", "blocked", "first", "last", NULL };
static const char *const COLS_PACKS[] = {
    "file", "rules", "sha256 (12)", "modified", NULL };
static const char *const COLS_COMPONENTS[] = {
    "component", "kind", "version", "from", NULL };
static const char *const COLS_PATCHES[] = {
    "rule", "CVE", "component", "version", "why", NULL };

static void tally_rows(out_t *o, const char *attr, const tally_t *t, int n)
{
    int i;

    for (i = 0; i < n; i++) {
        out_f(o, "<tr data-%s=\"", attr);
        h(o, t[i].name);
        out_s(o, "\">");
        td(o, attr, t[i].name);
        tdn(o, "count", t[i].count);
        out_s(o, "</tr>\n");
    }
}

static void html_inventory(out_t *o, apr_pool_t *p,
                           const cmsguard_stats_info_t *info)
{
    const cmsguard_inventory_t *inv = info->inventory;
    int i;

    out_s(o, "<h2 id=\"h-inventory\">Inventory</h2>\n<p id=\"inventory\">");
    if (!info->inv_root) {
        out_s(o, "CMSGuardInventory is not set for this server.</p>\n");
        return;
    }
    h(o, inv ? inv->root : info->inv_root);
    if (info->inv_limit)
        out_s(o, " (limit)");
    out_s(o, ": ");
    if (!inv)
        out_s(o, "could not be scanned (see the error log, CMSGUARD0807)");
    else if (!inv->cms)
        out_f(o, "no CMS found (%d files read)", inv->files_read);
    else {
        out_s(o, "<span class=\"cms\">");
        h(o, inv->cms);
        out_s(o, " ");
        h(o, cmsguard_inventory_version_text(
                 &APR_ARRAY_IDX(inv->components, 0, cmsguard_component_t)));
        out_s(o, "</span>");
        if (*inv->base) {
            out_s(o, " in ");
            h(o, inv->base);
        }
    }
    out_s(o, "</p>\n");
    if (!inv)
        return;
    section(o, "components", "Components", COLS_COMPONENTS);
    for (i = 0; i < inv->components->nelts; i++) {
        const cmsguard_component_t *c =
            &APR_ARRAY_IDX(inv->components, i, cmsguard_component_t);
        out_s(o, "<tr>");
        td(o, "slug", c->slug);
        td(o, "kind", c->kind);
        td(o, "version", cmsguard_inventory_version_text(c));
        td(o, "source", c->source ? c->source : "");
        out_s(o, "</tr>\n");
    }
    end_section(o, inv->components->nelts, 4, "none found");
    section(o, "patches", "Patches that concern what is installed",
            COLS_PATCHES);
    for (i = 0; info->inv_matches && i < info->inv_matches->nelts; i++) {
        const cmsguard_inv_match_t *m =
            &APR_ARRAY_IDX(info->inv_matches, i, cmsguard_inv_match_t);
        out_s(o, "<tr>");
        td(o, "rule", m->rule->id);
        td(o, "cve", cves_of(p, m->rule));
        td(o, "component", m->comp->slug);
        td(o, "version", cmsguard_inventory_version_text(m->comp));
        td(o, "why", inv_why(m->why));
        out_s(o, "</tr>\n");
    }
    end_section(o, info->inv_matches ? info->inv_matches->nelts : 0, 5,
                "none");
}

char *cmsguard_stats_html(apr_pool_t *p, const cmsguard_stats_t *st,
                          const cmsguard_stats_info_t *info, apr_size_t *len)
{
    out_t o;
    view_t v;
    int i;
    apr_uint64_t other = 0;

    out_init(&o, p);
    make_view(p, st, &v);
    out_s(&o, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<title>mod_cmsguard status</title>\n<style>"
          "body{font:14px/1.4 sans-serif;margin:1em 2em;color:#222}"
          "table{border-collapse:collapse;margin:.3em 0 1em}"
          "th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;"
          "vertical-align:top}th{background:#eee}td.num{text-align:right}"
          "td.uri{max-width:40em;word-break:break-all}"
          "tr.empty td{color:#777;font-style:italic}"
          "dt{float:left;clear:left;width:12em;font-weight:bold}dd{margin:0 0 0 13em}"
          "</style></head>\n<body>\n<h1>mod_cmsguard status</h1>\n<dl id=\"summary\">");
    out_s(&o, "<dt>server</dt><dd id=\"server\">");
    h(&o, info->server);
    out_s(&o, "</dd><dt>version</dt><dd id=\"version\">");
    h(&o, info->version);
    out_s(&o, "</dd><dt>MPM</dt><dd id=\"mpm\">");
    h(&o, info->mpm);
    out_s(&o, "</dd><dt>now</dt><dd id=\"now\">");
    h(&o, iso(p, info->now));
    out_s(&o, "</dd><dt>counters since</dt><dd id=\"counters-since\">");
    h(&o, iso(p, st->started));
    out_f(&o, "</dd><dt>uptime</dt><dd id=\"uptime\">%" APR_INT64_T_FMT
          " s</dd>", apr_time_sec(info->now - st->started));
    out_s(&o, "<dt>configuration</dt><dd id=\"generation\">");
    out_f(&o, "generation %d, loaded ", info->generation);
    h(&o, iso(p, info->loaded));
    out_s(&o, "</dd></dl>\n<p>Also as <a href=\"?json\">JSON</a> and "
          "<a href=\"?metrics\">Prometheus metrics</a>.</p>\n");

    section(&o, "totals", "Decisions by kind", COLS_KINDS);
    for (i = 0; i < CMSGUARD_KIND_COUNT; i++) {
        out_f(&o, "<tr data-kind=\"%s\">", cmsguard_stats_kind_name(i));
        td(&o, "kind", cmsguard_stats_kind_name(i));
        tdn(&o, "count", st->kinds[i]);
        out_s(&o, "</tr>\n");
    }
    end_section(&o, 1, 2, "");

    section(&o, "decisions", "Decisions by rule", COLS_DECISIONS);
    for (i = 0; i < v.nkeys; i++) {
        const cmsguard_stats_key_t *k = v.keys[i];
        out_s(&o, "<tr data-rule=\"");
        h(&o, k->rule);
        out_s(&o, "\" data-action=\"");
        h(&o, k->action);
        out_s(&o, "\">");
        td(&o, "rule", k->rule);
        td(&o, "action", k->action);
        td(&o, "kind", cmsguard_stats_kind_name((int)k->kind));
        td(&o, "cve", k->cve);
        td(&o, "plugin", k->plugin);
        td(&o, "cms", k->cms);
        tdn(&o, "count", k->count);
        td(&o, "last", iso(p, k->last));
        out_s(&o, "</tr>\n");
    }
    for (i = 0; i < CMSGUARD_KIND_COUNT; i++)
        other += st->other[i];
    if (other) {
        out_s(&o, "<tr data-rule=\"other\">");
        td(&o, "rule", "other");
        out_f(&o, "<td colspan=\"5\">table full (%d keys)</td>",
              CMSGUARD_STATS_MAX_KEYS);
        tdn(&o, "count", other);
        out_s(&o, "<td></td></tr>\n");
    }
    end_section(&o, v.nkeys + (other != 0), 8, "no decisions yet");

    section(&o, "cves", "Decisions by CVE", COLS_TALLY_CVE);
    tally_rows(&o, "cve", v.cves, v.ncves);
    end_section(&o, v.ncves, 2, "none");
    section(&o, "plugins", "Decisions by plugin", COLS_TALLY_PLUGIN);
    tally_rows(&o, "plugin", v.plugins, v.nplugins);
    end_section(&o, v.nplugins, 2, "none");

    section(&o, "recent", apr_psprintf(p, "Recent decisions (last %d)",
                                       CMSGUARD_STATS_RECENT), COLS_RECENT);
    for (i = 0; i < v.nrecent; i++) {
        const cmsguard_stats_recent_t *r = v.recent[i];
        out_s(&o, "<tr>");
        td(&o, "time", iso(p, r->time));
        td(&o, "client", r->client);
        td(&o, "method", r->method);
        td(&o, "uri", r->uri_cut ? apr_pstrcat(p, r->uri, "\xe2\x80\xa6", NULL)
                                 : r->uri);
        td(&o, "rule", r->rule);
        td(&o, "kind", cmsguard_stats_kind_name((int)r->kind));
        out_f(&o, "<td class=\"status num\">%d</td>", (int)r->status);
        out_s(&o, "</tr>\n");
    }
    end_section(&o, v.nrecent, 7, "none yet");

    section(&o, "addresses", apr_psprintf(p, "Top blocked addresses (of %u "
                                          "tracked)", st->naddrs), COLS_ADDRS);
    for (i = 0; i < v.naddrs; i++) {
        const cmsguard_stats_addr_t *a = v.addrs[i];
        out_s(&o, "<tr>");
        td(&o, "address", a->addr);
        tdn(&o, "count", a->count);
        td(&o, "first", iso(p, a->first));
        td(&o, "last", iso(p, a->last));
        out_s(&o, "</tr>\n");
    }
    end_section(&o, v.naddrs, 4, "none yet");

    section(&o, "packs", apr_psprintf(p, "Rule packs (%d rules)",
                                      info->rules_loaded), COLS_PACKS);
    for (i = 0; info->packs && i < info->packs->nelts; i++) {
        const cmsguard_stats_pack_t *pk =
            &APR_ARRAY_IDX(info->packs, i, cmsguard_stats_pack_t);
        out_s(&o, "<tr>");
        td(&o, "file", pk->file);
        tdn(&o, "rules", (apr_uint64_t)pk->rules);
        td(&o, "sha256", pk->sha256[0] ? pk->sha256 : "unreadable");
        td(&o, "mtime", pk->mtime ? iso(p, pk->mtime) : "");
        out_s(&o, "</tr>\n");
    }
    end_section(&o, info->packs ? info->packs->nelts : 0, 4,
                "no CMSGuardRules for this server");

    out_s(&o, "<h2 id=\"h-geoip\">GeoIP database</h2>\n<p id=\"geoip\">");
    if (info->geo_path) {
        h(&o, info->geo_path);
        out_s(&o, ": ");
        h(&o, info->geo_type ? info->geo_type : "");
        out_s(&o, ", built ");
        h(&o, day(p, info->geo_build_epoch));
    }
    else
        out_s(&o, "none (CMSGuardGeoIPDatabase is not set)");
    out_s(&o, "</p>\n");
    html_inventory(&o, p, info);
    out_s(&o, "</body></html>\n");
    return out_done(&o, len);
}
