/* The status page (SetHandler cmsguard-status) and the shared decision
 * counters behind it.
 *
 * The counters are one block (src/stats.h) in anonymous shared memory
 * that the parent creates in post_config and every child inherits when
 * it is forked, so prefork's processes and worker/event's threads all add
 * to the same numbers. Writers and the page's snapshot take one global
 * mutex, "cmsguard-status" (ap_mutex_register, so `Mutex cmsguard-status
 * ...` configures it). Like mod_status's scoreboard, block and mutex
 * belong to the parent's process pool (ap_retained_data), not to the
 * configuration: graceful and full restarts keep the counts, and children
 * of the old and the new generation, alive side by side during a graceful
 * restart, share one lock. They start at zero when httpd starts.
 *
 * What the page shows besides the counts is per server and per
 * configuration generation (rule packs with their digests, computed once
 * in post_config; the GeoIP database; the inventory) and lives in pconf.
 */
#include "apr_strings.h"
#include "apr_shm.h"
#include "apr_global_mutex.h"
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"
#include "util_mutex.h"

#include "mod_cmsguard.h"
#include "stats.h"
#include "version.h"

APLOG_USE_MODULE(cmsguard);

#define STATUS_HANDLER "cmsguard-status"
#define MUTEX_TYPE     "cmsguard-status"
#define RETAINED_KEY   "mod_cmsguard-status"
#define GEN_KEY        "cmsguard-status-generation"

/* Kept in the parent's process pool across restarts. */
typedef struct {
    apr_shm_t *shm;
    cmsguard_stats_t *st;        /* the shared block */
    apr_global_mutex_t *mutex;   /* a child's own handle after child_init */
    int loads;                   /* configurations loaded (served) */
} status_retained_t;

/* One per configuration generation, in pconf. */
typedef struct {
    apr_time_t loaded;
    int number;                  /* 0 at start, +1 per restart */
    apr_hash_t *packs;           /* cmsguard_ruleset_t * -> pack array */
} status_gen_t;

static int status_pre_config(apr_pool_t *pconf, apr_pool_t *plog,
                             apr_pool_t *ptemp)
{
    (void)plog;
    (void)ptemp;
    return ap_mutex_register(pconf, MUTEX_TYPE, NULL, APR_LOCK_DEFAULT, 0);
}

static apr_status_t create_block(status_retained_t *ret, server_rec *s)
{
    apr_pool_t *pool = s->process->pool;
    apr_size_t size = sizeof(cmsguard_stats_t);
    apr_status_t rv;

    /* anonymous first; a named segment where the system has none */
    rv = apr_shm_create(&ret->shm, size, NULL, pool);
    if (rv == APR_ENOTIMPL) {
        const char *fname = ap_runtime_dir_relative(pool, "cmsguard-status.shm");

        apr_shm_remove(fname, pool);
        rv = apr_shm_create(&ret->shm, size, fname, pool);
    }
    if (rv != APR_SUCCESS)
        return rv;
    ret->st = apr_shm_baseaddr_get(ret->shm);
    cmsguard_stats_init(ret->st, apr_time_now());
    return APR_SUCCESS;
}

/* After the rule sets and the inventory are built (both APR_HOOK_MIDDLE). */
static int status_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                              apr_pool_t *ptemp, server_rec *main_s)
{
    status_retained_t *ret;
    status_gen_t *gen;
    server_rec *s;
    apr_status_t rv;

    (void)plog;
    (void)ptemp;
    /* the first of the two start-up passes only checks the configuration */
    if (ap_state_query(AP_SQ_MAIN_STATE) == AP_SQ_MS_CREATE_PRE_CONFIG)
        return OK;
    ret = ap_retained_data_get(RETAINED_KEY);
    if (!ret)
        ret = ap_retained_data_create(RETAINED_KEY, sizeof(*ret));
    if (!ret->st) {
        if ((rv = create_block(ret, main_s)) != APR_SUCCESS) {
            ap_log_error(APLOG_MARK, APLOG_EMERG, rv, main_s,
                         CMSGUARD_LOGNO(0901) "cannot create the shared "
                         "memory for the status counters (%" APR_SIZE_T_FMT
                         " bytes)", sizeof(cmsguard_stats_t));
            return HTTP_INTERNAL_SERVER_ERROR;
        }
    }
    if (!ret->mutex) {
        rv = ap_global_mutex_create(&ret->mutex, NULL, MUTEX_TYPE, NULL,
                                    main_s, main_s->process->pool, 0);
        if (rv != APR_SUCCESS) {
            ret->mutex = NULL;
            ap_log_error(APLOG_MARK, APLOG_EMERG, rv, main_s,
                         CMSGUARD_LOGNO(0902) "cannot create the status "
                         "counters' lock (Mutex %s)", MUTEX_TYPE);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
    }
    ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, main_s,
                 CMSGUARD_LOGNO(0903) "status counters: %" APR_SIZE_T_FMT
                 " bytes of shared memory, counting since %" APR_TIME_T_FMT,
                 sizeof(cmsguard_stats_t), apr_time_sec(ret->st->started));

    gen = apr_pcalloc(pconf, sizeof(*gen));
    gen->loaded = apr_time_now();
    gen->number = ret->loads++;
    gen->packs = apr_hash_make(pconf);
    for (s = main_s; s; s = s->next) {
        cmsguard_srv_conf *sc = ap_get_module_config(s->module_config,
                                                     &cmsguard_module);
        if (sc->rules && !apr_hash_get(gen->packs, &sc->rules,
                                       sizeof(sc->rules)))
            apr_hash_set(gen->packs,
                         apr_pmemdup(pconf, &sc->rules, sizeof(sc->rules)),
                         sizeof(sc->rules),
                         cmsguard_stats_packs(pconf, sc->rules));
    }
    apr_pool_userdata_set(gen, GEN_KEY, apr_pool_cleanup_null, pconf);
    return OK;
}

static void status_child_init(apr_pool_t *p, server_rec *s)
{
    status_retained_t *ret = ap_retained_data_get(RETAINED_KEY);
    apr_status_t rv;

    if (!ret || !ret->mutex)
        return;
    rv = apr_global_mutex_child_init(&ret->mutex,
                                     apr_global_mutex_lockfile(ret->mutex), p);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s,
                     CMSGUARD_LOGNO(0904) "cannot attach the status "
                     "counters' lock in this child; its decisions are not "
                     "counted");
        ret->mutex = NULL;
    }
}

void cmsguard_status_note(request_rec *r, const cmsguard_audit_rec_t *rec)
{
    status_retained_t *ret = ap_retained_data_get(RETAINED_KEY);
    cmsguard_stats_event_t ev;
    apr_status_t rv;
    int i;

    if (!ret || !ret->st || !ret->mutex)
        return;
    memset(&ev, 0, sizeof(ev));
    ev.time = rec->time;
    ev.rule = rec->rule_id;
    ev.action = rec->action;
    ev.client = rec->client_ip;
    ev.method = rec->method;
    ev.uri = rec->uri;
    ev.status = rec->status;
    for (i = 0; rec->extra && i < rec->extra->nelts; i++) {
        const cmsguard_audit_kv_t *kv =
            &APR_ARRAY_IDX(rec->extra, i, cmsguard_audit_kv_t);
        if (!kv->val)
            continue;
        if (!strcmp(kv->key, "cve"))
            ev.cve = kv->val;
        else if (!strcmp(kv->key, "plugin"))
            ev.plugin = kv->val;
        else if (!strcmp(kv->key, "cms"))
            ev.cms = kv->val;
    }
    if ((rv = apr_global_mutex_lock(ret->mutex)) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r,
                      CMSGUARD_LOGNO(0905) "cannot lock the status "
                      "counters; this decision is not counted");
        return;
    }
    cmsguard_stats_record(ret->st, &ev);
    apr_global_mutex_unlock(ret->mutex);
}

/* "?json", "?metrics", anything else the page; a form among other
 * arguments (?json&x=1) counts too. */
typedef enum { FORM_HTML, FORM_JSON, FORM_METRICS } form_e;

static form_e status_form(request_rec *r)
{
    char *args, *tok, *last = NULL;

    if (!r->args)
        return FORM_HTML;
    args = apr_pstrdup(r->pool, r->args);
    for (tok = apr_strtok(args, "&;", &last); tok;
         tok = apr_strtok(NULL, "&;", &last)) {
        if (!strcmp(tok, "json") || !strcmp(tok, "json="))
            return FORM_JSON;
        if (!strcmp(tok, "metrics") || !strcmp(tok, "metrics="))
            return FORM_METRICS;
    }
    return FORM_HTML;
}

static int status_handler(request_rec *r)
{
    status_retained_t *ret;
    status_gen_t *gen = NULL;
    cmsguard_srv_conf *sc;
    cmsguard_stats_t *snap;
    cmsguard_stats_info_t info;
    apr_status_t rv;
    apr_size_t len;
    const char *body;
    form_e form;

    if (!r->handler || strcmp(r->handler, STATUS_HANDLER))
        return DECLINED;
    r->allowed |= (AP_METHOD_BIT << M_GET);
    if (r->method_number != M_GET)
        return HTTP_METHOD_NOT_ALLOWED;
    ret = ap_retained_data_get(RETAINED_KEY);
    if (!ret || !ret->st || !ret->mutex)
        return HTTP_SERVICE_UNAVAILABLE;

    /* a consistent copy, rendered outside the lock */
    snap = apr_palloc(r->pool, sizeof(*snap));
    if ((rv = apr_global_mutex_lock(ret->mutex)) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r,
                      CMSGUARD_LOGNO(0906) "cannot lock the status "
                      "counters for the status page");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    memcpy(snap, ret->st, sizeof(*snap));
    apr_global_mutex_unlock(ret->mutex);
    if (!cmsguard_stats_valid(snap)) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      CMSGUARD_LOGNO(0907) "the status counters' shared "
                      "memory does not hold what it should");
        return HTTP_INTERNAL_SERVER_ERROR;
    }

    sc = ap_get_module_config(r->server->module_config, &cmsguard_module);
    apr_pool_userdata_get((void **)&gen, GEN_KEY, r->server->process->pconf);
    memset(&info, 0, sizeof(info));
    info.version = CMSGUARD_VERSION;
    info.server = r->server->server_hostname;
    info.mpm = ap_show_mpm();
    info.now = apr_time_now();
    info.loaded = gen ? gen->loaded : 0;
    /* the generation of the configuration this child runs: during a
     * graceful restart, old children still answer with the old one */
    info.generation = gen ? gen->number : 0;
    if (sc->rules) {
        info.rules_loaded = cmsguard_rules_all(sc->rules)->nelts;
        if (gen)
            info.packs = apr_hash_get(gen->packs, &sc->rules,
                                      sizeof(sc->rules));
    }
    if (sc->geo)
        cmsguard_geo_meta(sc->geo, &info.geo_path, &info.geo_type,
                          &info.geo_build_epoch);
    info.inventory = sc->inventory;
    info.inv_matches = sc->inv_matches;
    info.inv_root = sc->inv_root;
    info.inv_limit = sc->inv_limit;

    form = status_form(r);
    if (form == FORM_JSON) {
        body = cmsguard_stats_json(r->pool, snap, &info, &len);
        ap_set_content_type(r, "application/json");
    }
    else if (form == FORM_METRICS) {
        body = cmsguard_stats_prometheus(r->pool, snap, &info, &len);
        ap_set_content_type(r, "text/plain; version=0.0.4; charset=utf-8");
    }
    else {
        body = cmsguard_stats_html(r->pool, snap, &info, &len);
        ap_set_content_type(r, "text/html; charset=utf-8");
        /* the page is self-contained: nothing else may load or run */
        apr_table_setn(r->headers_out, "Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; "
                       "base-uri 'none'; form-action 'none'; "
                       "frame-ancestors 'none'");
    }
    apr_table_setn(r->headers_out, "Cache-Control", "no-store");
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    ap_set_content_length(r, (apr_off_t)len);
    if (!r->header_only)
        ap_rwrite(body, (int)len, r);
    return OK;
}

void cmsguard_status_register_hooks(apr_pool_t *p)
{
    (void)p;
    ap_hook_pre_config(status_pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    /* after rules_post_config and the inventory (APR_HOOK_MIDDLE) */
    ap_hook_post_config(status_post_config, NULL, NULL, APR_HOOK_LAST);
    ap_hook_child_init(status_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_handler(status_handler, NULL, NULL, APR_HOOK_MIDDLE);
}
