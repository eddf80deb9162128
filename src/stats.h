/* Decision counters for the status page: a fixed-size table in one plain
 * memory block, and its renderings as JSON, Prometheus text and HTML.
 *
 * The block holds no pointers, so it can live in shared memory that every
 * child maps (the glue, mod_cmsguard_status.c, creates it and serialises
 * writers with a global mutex; nothing here locks). Every table is bounded:
 *
 *   keys     one counter per (rule, action, cve, plugin), at most
 *            CMSGUARD_STATS_MAX_KEYS; when full, a new key's decisions go
 *            to the "other" bucket of their kind and are counted there
 *   addrs    blocked and refused requests per client address, at most
 *            CMSGUARD_STATS_MAX_ADDRS; when full, the address with the
 *            fewest (then the oldest) gives up its place, and that is
 *            counted
 *   recent   the last CMSGUARD_STATS_RECENT decisions, a ring
 *
 * Strings are cut to their field's size (the renderers replace a cut
 * UTF-8 sequence by U+FFFD).
 */
#ifndef CMSGUARD_STATS_H
#define CMSGUARD_STATS_H

#include <apr_pools.h>
#include <apr_tables.h>
#include <apr_time.h>

#include "rules.h"
#include "inventory.h"

#define CMSGUARD_STATS_MAX_KEYS   1024
#define CMSGUARD_STATS_MAX_ADDRS  256
#define CMSGUARD_STATS_RECENT     50
#define CMSGUARD_STATS_TOP_ADDRS  20     /* shown on the page */

#define CMSGUARD_STATS_RULE_LEN   24
#define CMSGUARD_STATS_ACTION_LEN 12
#define CMSGUARD_STATS_CVE_LEN    96
#define CMSGUARD_STATS_PLUGIN_LEN 64
#define CMSGUARD_STATS_CMS_LEN    24
#define CMSGUARD_STATS_ADDR_LEN   64
#define CMSGUARD_STATS_METHOD_LEN 16
#define CMSGUARD_STATS_URI_LEN    256

/* Decision kinds: what an audit record's action and rule say. */
typedef enum {
    CMSGUARD_KIND_BLOCK = 0,     /* action "block", any rule but 5001 */
    CMSGUARD_KIND_DETECT,        /* action "detect" */
    CMSGUARD_KIND_BAN,           /* action "ban" (rule 5002: a ban starts) */
    CMSGUARD_KIND_REFUSED,       /* action "block", rule 5001: refused
                                    because the address is banned */
    CMSGUARD_KIND_COUNT
} cmsguard_stats_kind_e;

typedef struct {
    apr_uint32_t hash;
    apr_uint32_t kind;
    apr_uint64_t count;
    apr_int64_t last;                 /* apr_time_t of the last one */
    char rule[CMSGUARD_STATS_RULE_LEN];
    char action[CMSGUARD_STATS_ACTION_LEN];
    char cve[CMSGUARD_STATS_CVE_LEN];         /* space-separated, or "" */
    char plugin[CMSGUARD_STATS_PLUGIN_LEN];
    char cms[CMSGUARD_STATS_CMS_LEN];         /* as first seen */
} cmsguard_stats_key_t;

typedef struct {
    apr_uint64_t count;
    apr_int64_t first, last;
    char addr[CMSGUARD_STATS_ADDR_LEN];
} cmsguard_stats_addr_t;

typedef struct {
    apr_int64_t time;
    apr_uint32_t kind;
    apr_int32_t status;
    apr_uint32_t uri_cut;             /* the URI was longer */
    char rule[CMSGUARD_STATS_RULE_LEN];
    char action[CMSGUARD_STATS_ACTION_LEN];
    char client[CMSGUARD_STATS_ADDR_LEN];
    char method[CMSGUARD_STATS_METHOD_LEN];
    char uri[CMSGUARD_STATS_URI_LEN];
} cmsguard_stats_recent_t;

typedef struct {
    apr_uint32_t magic;
    apr_uint32_t size;                /* sizeof(cmsguard_stats_t) */
    apr_int64_t started;              /* counters since (apr_time_t) */
    apr_uint64_t kinds[CMSGUARD_KIND_COUNT];
    apr_uint64_t other[CMSGUARD_KIND_COUNT];  /* key table was full */
    apr_uint64_t keys_overflow;       /* decisions that went to other[] */
    apr_uint64_t addrs_evicted;       /* addresses that lost their place */
    apr_uint64_t recent_total;        /* decisions ever put in the ring */
    apr_uint32_t nkeys, naddrs;
    cmsguard_stats_key_t keys[CMSGUARD_STATS_MAX_KEYS];
    cmsguard_stats_addr_t addrs[CMSGUARD_STATS_MAX_ADDRS];
    cmsguard_stats_recent_t recent[CMSGUARD_STATS_RECENT];
} cmsguard_stats_t;

/* One decision, as the audit record has it (NULL = absent). */
typedef struct {
    apr_time_t time;
    const char *rule, *action, *cve, *plugin, *cms;
    const char *client, *method, *uri;
    int status;
} cmsguard_stats_event_t;

/* Zero the block and stamp it. */
void cmsguard_stats_init(cmsguard_stats_t *st, apr_time_t now);
/* Was the block made by cmsguard_stats_init (of this layout)? */
int cmsguard_stats_valid(const cmsguard_stats_t *st);
cmsguard_stats_kind_e cmsguard_stats_kind(const char *action,
                                          const char *rule);
/* "block", "detect", "ban", "refused" */
const char *cmsguard_stats_kind_name(int kind);
/* Count one decision; the caller holds the lock. */
void cmsguard_stats_record(cmsguard_stats_t *st,
                           const cmsguard_stats_event_t *ev);

/* ------------------------------------------------------------------ */
/* What the page shows besides the counters (per server, per generation) */

typedef struct {
    const char *file;                 /* as loaded */
    int rules;
    char sha256[13];                  /* first 12 hex digits; "" unreadable */
    apr_time_t mtime;                 /* 0 unreadable */
} cmsguard_stats_pack_t;

/* The files of a rule set, with their rule counts and digests. */
apr_array_header_t *cmsguard_stats_packs(apr_pool_t *p,
                                         const cmsguard_ruleset_t *rs);

typedef struct {
    const char *version;              /* module version */
    const char *server;               /* the server's name */
    const char *mpm;
    apr_time_t now;
    apr_time_t loaded;                /* this configuration generation */
    int generation;
    const apr_array_header_t *packs;  /* cmsguard_stats_pack_t, or NULL */
    int rules_loaded;
    const char *geo_path;             /* NULL: no GeoIP database */
    const char *geo_type;
    apr_int64_t geo_build_epoch;
    const cmsguard_inventory_t *inventory;    /* NULL: none */
    const apr_array_header_t *inv_matches;    /* cmsguard_inv_match_t */
    const char *inv_root;             /* CMSGuardInventory's folder */
    int inv_limit;
} cmsguard_stats_info_t;

/* Renderings of a snapshot. Every string from outside is escaped for the
 * format; the JSON keys and metric names are documented in the README. */
char *cmsguard_stats_json(apr_pool_t *p, const cmsguard_stats_t *st,
                          const cmsguard_stats_info_t *info,
                          apr_size_t *len);
char *cmsguard_stats_prometheus(apr_pool_t *p, const cmsguard_stats_t *st,
                                const cmsguard_stats_info_t *info,
                                apr_size_t *len);
char *cmsguard_stats_html(apr_pool_t *p, const cmsguard_stats_t *st,
                          const cmsguard_stats_info_t *info,
                          apr_size_t *len);

/* Escapers (exposed for the tests). Invalid UTF-8 becomes U+FFFD. */
/* Prometheus label value: \ " and newline escaped, other controls U+FFFD */
char *cmsguard_prom_escape(apr_pool_t *p, const char *s);
/* HTML text and attribute values: & < > " ' as entities, controls but
 * tab and newline U+FFFD */
char *cmsguard_html_escape(apr_pool_t *p, const char *s);

#endif
