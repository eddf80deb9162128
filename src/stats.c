/* Decision counters in one plain memory block (see stats.h). */
#include <string.h>
#include <apr_strings.h>
#include <apr_file_io.h>

#include "stats.h"
#include "sha256.h"

#define STATS_MAGIC 0x43475354u      /* "CGST" */

void cmsguard_stats_init(cmsguard_stats_t *st, apr_time_t now)
{
    memset(st, 0, sizeof(*st));
    st->magic = STATS_MAGIC;
    st->size = (apr_uint32_t)sizeof(*st);
    st->started = now;
}

int cmsguard_stats_valid(const cmsguard_stats_t *st)
{
    return st && st->magic == STATS_MAGIC && st->size == sizeof(*st)
           && st->nkeys <= CMSGUARD_STATS_MAX_KEYS
           && st->naddrs <= CMSGUARD_STATS_MAX_ADDRS;
}

cmsguard_stats_kind_e cmsguard_stats_kind(const char *action,
                                          const char *rule)
{
    if (action && !strcmp(action, "detect"))
        return CMSGUARD_KIND_DETECT;
    if (action && !strcmp(action, "ban"))
        return CMSGUARD_KIND_BAN;
    if (rule && !strcmp(rule, "5001"))
        return CMSGUARD_KIND_REFUSED;
    return CMSGUARD_KIND_BLOCK;
}

const char *cmsguard_stats_kind_name(int kind)
{
    static const char *const names[CMSGUARD_KIND_COUNT] = {
        "block", "detect", "ban", "refused"
    };
    return kind >= 0 && kind < CMSGUARD_KIND_COUNT ? names[kind] : "block";
}

/* Copy s into a field of size n, cut to fit; reports whether it was cut. */
static int put_field(char *dst, apr_size_t n, const char *s)
{
    apr_size_t l = s ? strlen(s) : 0;

    if (l >= n) {
        memcpy(dst, s, n - 1);
        dst[n - 1] = '\0';
        return 1;
    }
    if (l)
        memcpy(dst, s, l);
    dst[l] = '\0';
    return 0;
}

/* Does a field hold s, cut as put_field would cut it? */
static int field_eq(const char *field, apr_size_t n, const char *s)
{
    apr_size_t l = s ? strlen(s) : 0;

    if (l >= n)
        return strlen(field) == n - 1 && !memcmp(field, s, n - 1);
    return !strcmp(field, s ? s : "");
}

/* FNV-1a over the key's fields as stored (cut), so equal keys hash
 * equally whatever their length. */
static apr_uint32_t hash_field(apr_uint32_t h, const char *s, apr_size_t n)
{
    apr_size_t i;

    for (i = 0; s && s[i] && i < n - 1; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    h ^= 0xff;   /* field separator */
    h *= 16777619u;
    return h;
}

static apr_uint32_t key_hash(const cmsguard_stats_event_t *ev)
{
    apr_uint32_t h = 2166136261u;

    h = hash_field(h, ev->rule, CMSGUARD_STATS_RULE_LEN);
    h = hash_field(h, ev->action, CMSGUARD_STATS_ACTION_LEN);
    h = hash_field(h, ev->cve, CMSGUARD_STATS_CVE_LEN);
    h = hash_field(h, ev->plugin, CMSGUARD_STATS_PLUGIN_LEN);
    return h;
}

static void count_key(cmsguard_stats_t *st, const cmsguard_stats_event_t *ev,
                      cmsguard_stats_kind_e kind)
{
    apr_uint32_t h = key_hash(ev), i;
    cmsguard_stats_key_t *k;

    for (i = 0; i < st->nkeys; i++) {
        k = &st->keys[i];
        if (k->hash == h
            && field_eq(k->rule, sizeof(k->rule), ev->rule)
            && field_eq(k->action, sizeof(k->action), ev->action)
            && field_eq(k->cve, sizeof(k->cve), ev->cve)
            && field_eq(k->plugin, sizeof(k->plugin), ev->plugin)) {
            k->count++;
            k->last = ev->time;
            return;
        }
    }
    if (st->nkeys >= CMSGUARD_STATS_MAX_KEYS) {
        st->other[kind]++;
        st->keys_overflow++;
        return;
    }
    k = &st->keys[st->nkeys++];
    memset(k, 0, sizeof(*k));
    k->hash = h;
    k->kind = kind;
    k->count = 1;
    k->last = ev->time;
    put_field(k->rule, sizeof(k->rule), ev->rule);
    put_field(k->action, sizeof(k->action), ev->action);
    put_field(k->cve, sizeof(k->cve), ev->cve);
    put_field(k->plugin, sizeof(k->plugin), ev->plugin);
    put_field(k->cms, sizeof(k->cms), ev->cms);
}

static void count_addr(cmsguard_stats_t *st, const cmsguard_stats_event_t *ev)
{
    cmsguard_stats_addr_t *a, *victim = NULL;
    apr_uint32_t i;

    if (!ev->client || !*ev->client)
        return;
    for (i = 0; i < st->naddrs; i++) {
        a = &st->addrs[i];
        if (field_eq(a->addr, sizeof(a->addr), ev->client)) {
            a->count++;
            a->last = ev->time;
            return;
        }
    }
    if (st->naddrs < CMSGUARD_STATS_MAX_ADDRS) {
        a = &st->addrs[st->naddrs++];
    }
    else {
        /* the fewest blocks, then the longest quiet, gives up its place */
        for (i = 0; i < st->naddrs; i++) {
            a = &st->addrs[i];
            if (!victim || a->count < victim->count
                || (a->count == victim->count && a->last < victim->last))
                victim = a;
        }
        a = victim;
        st->addrs_evicted++;
    }
    memset(a, 0, sizeof(*a));
    put_field(a->addr, sizeof(a->addr), ev->client);
    a->count = 1;
    a->first = a->last = ev->time;
}

void cmsguard_stats_record(cmsguard_stats_t *st,
                           const cmsguard_stats_event_t *ev)
{
    cmsguard_stats_kind_e kind = cmsguard_stats_kind(ev->action, ev->rule);
    cmsguard_stats_recent_t *rc;

    st->kinds[kind]++;
    count_key(st, ev, kind);
    /* requests refused, not the ban events beside them */
    if (kind == CMSGUARD_KIND_BLOCK || kind == CMSGUARD_KIND_REFUSED)
        count_addr(st, ev);
    rc = &st->recent[st->recent_total % CMSGUARD_STATS_RECENT];
    memset(rc, 0, sizeof(*rc));
    rc->time = ev->time;
    rc->kind = kind;
    rc->status = ev->status;
    put_field(rc->rule, sizeof(rc->rule), ev->rule);
    put_field(rc->action, sizeof(rc->action), ev->action);
    put_field(rc->client, sizeof(rc->client), ev->client);
    put_field(rc->method, sizeof(rc->method), ev->method);
    rc->uri_cut = (apr_uint32_t)put_field(rc->uri, sizeof(rc->uri), ev->uri);
    st->recent_total++;
}

/* ------------------------------------------------------------------ */

static void digest_file(apr_pool_t *p, const char *path,
                        cmsguard_stats_pack_t *pk)
{
    apr_file_t *f;
    apr_finfo_t fi;
    cmsguard_sha256_t c;
    char buf[8192], hex[65];
    apr_size_t n;
    apr_status_t rv;

    if (apr_file_open(&f, path, APR_FOPEN_READ, 0, p) != APR_SUCCESS)
        return;
    if (apr_file_info_get(&fi, APR_FINFO_MTIME, f) == APR_SUCCESS)
        pk->mtime = fi.mtime;
    cmsguard_sha256_init(&c);
    do {
        n = sizeof(buf);
        rv = apr_file_read(f, buf, &n);
        if (n)
            cmsguard_sha256_update(&c, buf, n);
    } while (rv == APR_SUCCESS);
    apr_file_close(f);
    if (rv != APR_EOF)
        return;
    cmsguard_sha256_hex(&c, hex);
    memcpy(pk->sha256, hex, 12);
    pk->sha256[12] = '\0';
}

apr_array_header_t *cmsguard_stats_packs(apr_pool_t *p,
                                         const cmsguard_ruleset_t *rs)
{
    const apr_array_header_t *files = cmsguard_rules_files(rs);
    const apr_array_header_t *all = cmsguard_rules_all(rs);
    apr_array_header_t *out = apr_array_make(p, files->nelts ? files->nelts : 1,
                                             sizeof(cmsguard_stats_pack_t));
    apr_hash_t *by_file = apr_hash_make(p);
    int i;

    for (i = 0; i < files->nelts; i++) {
        cmsguard_stats_pack_t *pk = apr_array_push(out);
        memset(pk, 0, sizeof(*pk));
        pk->file = APR_ARRAY_IDX(files, i, const char *);
        digest_file(p, pk->file, pk);
        apr_hash_set(by_file, pk->file, APR_HASH_KEY_STRING, pk);
    }
    for (i = 0; i < all->nelts; i++) {
        const cmsguard_rule_t *r = APR_ARRAY_IDX(all, i, const cmsguard_rule_t *);
        cmsguard_stats_pack_t *pk = r->file
            ? apr_hash_get(by_file, r->file, APR_HASH_KEY_STRING) : NULL;
        if (pk)
            pk->rules++;
    }
    return out;
}
