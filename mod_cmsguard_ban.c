/* Bans: an address that keeps getting blocked, or keeps failing to log
 * in, is refused outright for a while - in every child and, with a
 * networked store, on every server behind the load balancer.
 *
 * Counters and bans live in an httpd socache (shmcb by default; redis or
 * memcache to share them between servers), never in module memory: under
 * prefork every child is its own process, and a ban that only the child
 * which raised it knew about would stop nothing. Read-modify-write of a
 * counter happens under one global mutex, so counts from the children of
 * one server add up exactly; between servers two simultaneous updates of
 * one counter can lose one of them (socache has no atomic increment),
 * which delays a ban by an event and never raises a false one.
 */
#include "apr_strings.h"
#include "apr_global_mutex.h"
#include "apr_atomic.h"
#include "apr_shm.h"
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"
#include "ap_provider.h"
#include "ap_socache.h"
#include "util_mutex.h"
#include "util_filter.h"

#include "mod_cmsguard.h"
#include "ban.h"
#include "form.h"
#include "loginscan.h"
#include "ascii.h"

APLOG_USE_MODULE(cmsguard);

#define MUTEX_TYPE    "cmsguard-ban"
#define CACHE_NAME    "cmsguard-ban"
#define SNAPSHOT_KEY  "cmsguard-ban-snapshot"
/* A failed login is a small page; past this a response is not one. */
#define LOGIN_SCAN_MAX (1024 * 1024)
#define WP_BAD_LOGIN_FAULT 403

struct cmsguard_ban_store_t {
    const ap_socache_provider_t *prov;
    ap_socache_instance_t *inst;
    const char *name;            /* provider name, for messages */
    const char *defined_at;      /* CMSGuardBanStore's file:line, or NULL */
    apr_global_mutex_t *mutex;
    server_rec *s;               /* main server, for the provider's logs */
    /* shmcb only: the latest end of any ban this store holds, in
     * anonymous shared memory every child inherits. While it is past, no
     * ban can be running and a request skips the lock and the lookup;
     * that is nearly every request of a site nobody attacks. Only raised,
     * and only under the lock. NULL for redis and memcache, where another
     * server raises bans this one never hears of. */
    volatile apr_uint32_t *latest;
};

static ap_filter_rec_t *login_filter_handle;

/* ------------------------------------------------------------------ */
/* configuration */

void cmsguard_ban_conf_init(cmsguard_ban_conf_t *bc)
{
    memset(bc, 0, sizeof(*bc));
    bc->n = bc->ln = CMSGUARD_UNSET;
    bc->v6bits = CMSGUARD_UNSET;
}

void cmsguard_ban_conf_merge(apr_pool_t *p, cmsguard_ban_conf_t *m,
                             const cmsguard_ban_conf_t *base,
                             const cmsguard_ban_conf_t *add)
{
    const cmsguard_ban_conf_t *b = add->n != CMSGUARD_UNSET ? add : base;
    const cmsguard_ban_conf_t *l = add->ln != CMSGUARD_UNSET ? add : base;

    m->n = b->n;
    m->t = b->t;
    m->d = b->d;
    m->ln = l->ln;
    m->lt = l->lt;
    m->ld = l->ld;
    m->defined_at = add->defined_at ? add->defined_at : base->defined_at;
    m->v6bits = add->v6bits != CMSGUARD_UNSET ? add->v6bits : base->v6bits;
    if (base->exempt && add->exempt)
        m->exempt = apr_array_append(p, base->exempt, add->exempt);
    else
        m->exempt = add->exempt ? add->exempt : base->exempt;
}

static int ban_on(const cmsguard_ban_conf_t *bc)
{
    return bc->n > 0;
}

static int login_ban_on(const cmsguard_ban_conf_t *bc)
{
    return bc->ln > 0;
}

static const char *parse_int(cmd_parms *cmd, const char *what,
                             const char *arg, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(arg, &end, 10);

    if (!*arg || *end || v < lo || v > hi)
        return apr_psprintf(cmd->pool, "%s: %s '%s' is not a whole number "
                            "from %d to %d", cmd->cmd->name, what, arg, lo, hi);
    *out = (int)v;
    return NULL;
}

const char *cmsguard_set_ban(cmd_parms *cmd, void *mconfig, int argc,
                             char *const argv[])
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);
    int login = cmd->info != NULL, n, t, d;
    const char *err;

    (void)mconfig;
    if (argc == 1 && !apr_cstr_casecmp(argv[0], "off")) {
        n = t = d = 0;
    }
    else if (argc != 3) {
        return apr_psprintf(cmd->pool, "%s takes N T D (N %s within T "
                            "seconds ban for D seconds) or Off",
                            cmd->cmd->name,
                            login ? "failed logins" : "blocked requests");
    }
    else if ((err = parse_int(cmd, "N", argv[0], 1, CMSGUARD_BAN_EVENTS_MAX, &n))
             || (err = parse_int(cmd, "T (seconds)", argv[1], 1, 86400 * 7, &t))
             || (err = parse_int(cmd, "D (seconds)", argv[2], 1, 86400 * 365,
                                 &d))) {
        return err;
    }
    if (login) {
        sc->ban.ln = n;
        sc->ban.lt = t;
        sc->ban.ld = d;
    }
    else {
        sc->ban.n = n;
        sc->ban.t = t;
        sc->ban.d = d;
    }
    if (n)
        sc->ban.defined_at = apr_psprintf(cmd->pool, "%s:%d",
                                          cmd->directive->filename,
                                          cmd->directive->line_num);
    return NULL;
}

const char *cmsguard_set_ban_store(cmd_parms *cmd, void *mconfig,
                                   const char *arg)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);
    cmsguard_ban_store_t *st;
    const char *sep = ap_strchr_c(arg, ':'), *err;
    const char *name = sep ? apr_pstrmemdup(cmd->pool, arg, sep - arg) : arg;

    (void)mconfig;
    if (cmd->server->is_virtual)
        return apr_psprintf(cmd->pool, "%s belongs in the main server "
                            "configuration: every virtual host shares one "
                            "store", cmd->cmd->name);
    st = apr_pcalloc(cmd->pool, sizeof(*st));
    st->name = name;
    st->defined_at = apr_psprintf(cmd->pool, "%s:%d", cmd->directive->filename,
                                  cmd->directive->line_num);
    st->prov = ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP, name,
                                  AP_SOCACHE_PROVIDER_VERSION);
    if (!st->prov)
        return apr_psprintf(cmd->pool, "%s: no socache provider '%s'; load "
                            "it first (a2enmod socache_%s, or LoadModule "
                            "socache_%s_module before this line)",
                            cmd->cmd->name, name, name, name);
    err = st->prov->create(&st->inst, sep ? sep + 1 : NULL, cmd->temp_pool,
                           cmd->pool);
    if (err)
        return apr_psprintf(cmd->pool, "%s %s: %s", cmd->cmd->name, arg, err);
    sc->ban_store = st;
    return NULL;
}

const char *cmsguard_add_ban_exempt(cmd_parms *cmd, void *mconfig,
                                    const char *arg)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);
    cmsguard_cidr_t c;
    const char *err;

    (void)mconfig;
    if ((err = cmsguard_cidr_parse(cmd->pool, arg, &c)))
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    if (!sc->ban.exempt)
        sc->ban.exempt = apr_array_make(cmd->pool, 4, sizeof(c));
    *(cmsguard_cidr_t *)apr_array_push(sc->ban.exempt) = c;
    return NULL;
}

const char *cmsguard_set_ban_v6prefix(cmd_parms *cmd, void *mconfig,
                                      const char *arg)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);

    (void)mconfig;
    if (*arg == '/')
        arg++;
    return parse_int(cmd, "prefix length", arg, 16, 128, &sc->ban.v6bits);
}

/* ------------------------------------------------------------------ */
/* the store */

static int any_server_bans(server_rec *s)
{
    for (; s; s = s->next) {
        cmsguard_srv_conf *sc = ap_get_module_config(s->module_config,
                                                     &cmsguard_module);
        if (ban_on(&sc->ban) || login_ban_on(&sc->ban))
            return 1;
    }
    return 0;
}

static const char *first_ban_directive(server_rec *s)
{
    for (; s; s = s->next) {
        cmsguard_srv_conf *sc = ap_get_module_config(s->module_config,
                                                     &cmsguard_module);
        if ((ban_on(&sc->ban) || login_ban_on(&sc->ban)) && sc->ban.defined_at)
            return sc->ban.defined_at;
    }
    return "?";
}

static int ban_pre_config(apr_pool_t *pconf, apr_pool_t *plog,
                          apr_pool_t *ptemp)
{
    (void)plog;
    (void)ptemp;
    return ap_mutex_register(pconf, MUTEX_TYPE, NULL, APR_LOCK_DEFAULT, 0);
}

/* Runs for `apachectl configtest` too: bans without a store to keep them
 * fail there, not at the first blocked request. */
static int ban_check_config(apr_pool_t *pconf, apr_pool_t *plog,
                            apr_pool_t *ptemp, server_rec *s)
{
    cmsguard_srv_conf *sc = ap_get_module_config(s->module_config,
                                                 &cmsguard_module);

    (void)pconf;
    (void)plog;
    (void)ptemp;
    if (!any_server_bans(s) || sc->ban_store)
        return OK;
    if (!ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP, "shmcb",
                            AP_SOCACHE_PROVIDER_VERSION)) {
        ap_log_error(APLOG_MARK, APLOG_STARTUP | APLOG_EMERG, 0, s,
                     CMSGUARD_LOGNO(0701) "bans at %s keep their counters "
                     "in shared memory: enable mod_socache_shmcb (a2enmod "
                     "socache_shmcb) or name another store with "
                     "CMSGuardBanStore", first_ban_directive(s));
        return !OK;
    }
    return OK;
}

/* A graceful restart clears the configuration pool and with it a shmcb
 * store; bans would end early with every logrotate. The parent copies the
 * running bans out just before, and the next generation puts them back.
 * Only bans: counters are short-lived and cheap to lose. */
typedef struct {
    unsigned char id[CMSGUARD_BAN_ID_LEN];
    unsigned char rec[CMSGUARD_BAN_REC_LEN];
    apr_uint32_t until;
} saved_ban_t;

static apr_status_t save_one(ap_socache_instance_t *inst, server_rec *s,
                             void *userctx, const unsigned char *id,
                             unsigned int idlen, const unsigned char *data,
                             unsigned int datalen, apr_pool_t *pool)
{
    apr_array_header_t *saved = userctx;
    cmsguard_ban_t b;
    saved_ban_t *sv;

    (void)inst;
    (void)s;
    (void)pool;
    if (idlen != CMSGUARD_BAN_ID_LEN || id[0] != CMSGUARD_BAN_KIND_BAN
        || !cmsguard_ban_decode(data, datalen, &b)
        || b.until <= (apr_uint32_t)apr_time_sec(apr_time_now()))
        return APR_SUCCESS;
    sv = apr_array_push(saved);
    memcpy(sv->id, id, sizeof(sv->id));
    memcpy(sv->rec, data, sizeof(sv->rec));
    sv->until = b.until;
    return APR_SUCCESS;
}

static apr_status_t store_cleanup(void *data)
{
    cmsguard_ban_store_t *st = data;
    server_rec *s = st->s;

    if (st->prov->iterate && ap_state_query(AP_SQ_MAIN_STATE)
                             != AP_SQ_MS_CREATE_PRE_CONFIG) {
        apr_pool_t *keep;
        apr_array_header_t *saved;

        /* the process pool outlives the restart; the subpool is freed
         * once the bans are back */
        apr_pool_create(&keep, s->process->pool);
        saved = apr_array_make(keep, 16, sizeof(saved_ban_t));
        if (st->mutex)
            apr_global_mutex_lock(st->mutex);
        st->prov->iterate(st->inst, s, saved, save_one, keep);
        if (st->mutex)
            apr_global_mutex_unlock(st->mutex);
        apr_pool_userdata_set(saved, SNAPSHOT_KEY, NULL, s->process->pool);
    }
    st->prov->destroy(st->inst, s);
    return APR_SUCCESS;
}

/* With the lock held (or before any child runs). */
static void raise_latest(cmsguard_ban_store_t *st, apr_uint32_t until)
{
    if (st->latest && until > apr_atomic_read32(st->latest))
        apr_atomic_set32(st->latest, until);
}

/* Whether a ban may be running at now: always, unless the store keeps
 * the hint (see cmsguard_ban_store_t). */
static int ban_possible(const cmsguard_ban_store_t *st, apr_uint32_t now)
{
    return !st->latest || apr_atomic_read32(st->latest) > now;
}

static void restore_bans(cmsguard_ban_store_t *st, apr_pool_t *ptemp)
{
    void *v = NULL;
    apr_array_header_t *saved;
    apr_uint32_t now = (apr_uint32_t)apr_time_sec(apr_time_now());
    int i, back = 0;

    apr_pool_userdata_get(&v, SNAPSHOT_KEY, st->s->process->pool);
    if (!v)
        return;
    saved = v;
    for (i = 0; i < saved->nelts; i++) {
        saved_ban_t *sv = &APR_ARRAY_IDX(saved, i, saved_ban_t);
        if (sv->until > now
            && st->prov->store(st->inst, st->s, sv->id, sizeof(sv->id),
                               apr_time_from_sec(sv->until), sv->rec,
                               sizeof(sv->rec), ptemp) == APR_SUCCESS) {
            raise_latest(st, sv->until);
            back++;
        }
    }
    if (back)
        ap_log_error(APLOG_MARK, APLOG_INFO, 0, st->s,
                     CMSGUARD_LOGNO(0702) "%d running ban(s) kept across the "
                     "restart", back);
    apr_pool_userdata_set(NULL, SNAPSHOT_KEY, NULL, st->s->process->pool);
    apr_pool_destroy(saved->pool);
}

static int ban_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                           apr_pool_t *ptemp, server_rec *s)
{
    cmsguard_srv_conf *msc = ap_get_module_config(s->module_config,
                                                  &cmsguard_module);
    cmsguard_ban_store_t *st = msc->ban_store;
    struct ap_socache_hints hints;
    apr_status_t rv;
    server_rec *vs;

    (void)plog;
    /* the first of the two start-up passes only checks the configuration */
    if (ap_state_query(AP_SQ_MAIN_STATE) == AP_SQ_MS_CREATE_PRE_CONFIG
        || !any_server_bans(s))
        return OK;

    if (!st) {
        const char *err;

        st = apr_pcalloc(pconf, sizeof(*st));
        st->name = "shmcb";
        st->prov = ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP, "shmcb",
                                      AP_SOCACHE_PROVIDER_VERSION);
        if (!st->prov)   /* ban_check_config said so already */
            return HTTP_INTERNAL_SERVER_ERROR;
        if ((err = st->prov->create(&st->inst, NULL, ptemp, pconf))) {
            ap_log_error(APLOG_MARK, APLOG_EMERG, 0, s,
                         CMSGUARD_LOGNO(0703) "cannot create the shmcb ban "
                         "store: %s", err);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
    }
    st->s = s;
    memset(&hints, 0, sizeof(hints));
    hints.avg_id_len = CMSGUARD_BAN_ID_LEN;
    hints.avg_obj_size = CMSGUARD_WINDOW_SIZE(10);
    hints.expiry_interval = apr_time_from_sec(600);
    rv = st->prov->init(st->inst, CACHE_NAME, &hints, s, pconf);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_EMERG, rv, s,
                     CMSGUARD_LOGNO(0704) "cannot initialise the %s ban "
                     "store%s%s", st->name,
                     st->defined_at ? " of CMSGuardBanStore at " : "",
                     st->defined_at ? st->defined_at : "");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    /* one lock however the store works: counts from this server's
     * children add up exactly even on redis or memcache */
    rv = ap_global_mutex_create(&st->mutex, NULL, MUTEX_TYPE, NULL, s, pconf,
                                0);
    if (rv != APR_SUCCESS) {
        st->prov->destroy(st->inst, s);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    if (!strcmp(st->name, "shmcb")) {
        apr_shm_t *shm;

        /* without anonymous shared memory every request looks up */
        if (apr_shm_create(&shm, sizeof(apr_uint32_t), NULL, pconf)
            == APR_SUCCESS) {
            st->latest = apr_shm_baseaddr_get(shm);
            apr_atomic_set32(st->latest, 0);
        }
    }
    apr_pool_cleanup_register(pconf, st, store_cleanup, apr_pool_cleanup_null);
    restore_bans(st, ptemp);
    for (vs = s; vs; vs = vs->next) {
        cmsguard_srv_conf *sc = ap_get_module_config(vs->module_config,
                                                     &cmsguard_module);
        sc->ban_store = st;
    }
    ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s,
                 CMSGUARD_LOGNO(0705) "ban store: %s", st->name);
    return OK;
}

static void ban_child_init(apr_pool_t *p, server_rec *s)
{
    cmsguard_srv_conf *sc = ap_get_module_config(s->module_config,
                                                 &cmsguard_module);
    cmsguard_ban_store_t *st = sc->ban_store;
    apr_status_t rv;

    if (!st || !st->mutex)
        return;
    rv = apr_global_mutex_child_init(&st->mutex,
                                     apr_global_mutex_lockfile(st->mutex), p);
    if (rv != APR_SUCCESS)
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s,
                     CMSGUARD_LOGNO(0706) "cannot attach the ban store lock "
                     "in this child");
}

static int lock(request_rec *r, cmsguard_ban_store_t *st)
{
    apr_status_t rv = apr_global_mutex_lock(st->mutex);

    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r,
                      CMSGUARD_LOGNO(0707) "cannot lock the ban store; "
                      "this request is not counted");
        return 0;
    }
    return 1;
}

static void unlock(cmsguard_ban_store_t *st)
{
    apr_global_mutex_unlock(st->mutex);
}

/* The running ban on id, or 0. Store errors are logged and read as "no
 * ban": an unreachable redis must not take the site down with it. */
static int get_ban(request_rec *r, cmsguard_ban_store_t *st,
                   const unsigned char *id, apr_uint32_t now,
                   cmsguard_ban_t *b)
{
    unsigned char buf[64];
    unsigned int len = sizeof(buf);
    apr_status_t rv = st->prov->retrieve(st->inst, r->server, id,
                                         CMSGUARD_BAN_ID_LEN, buf, &len,
                                         r->pool);

    if (rv != APR_SUCCESS) {
        if (rv != APR_NOTFOUND)
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, r,
                          CMSGUARD_LOGNO(0708) "ban store %s: lookup failed; "
                          "the request is not checked against bans", st->name);
        return 0;
    }
    return cmsguard_ban_decode(buf, len, b) && b->until > now;
}

/* Add events to a window; returns how many it holds now. */
static int count(request_rec *r, cmsguard_ban_store_t *st,
                 const unsigned char *id, int events, int n, int t,
                 apr_uint32_t now)
{
    unsigned char a[CMSGUARD_WINDOW_SIZE(CMSGUARD_BAN_EVENTS_MAX)];
    unsigned char b[sizeof(a)];
    unsigned int alen = sizeof(a);
    apr_size_t blen = 0;
    apr_status_t rv;
    int held = 0, i;

    rv = st->prov->retrieve(st->inst, r->server, id, CMSGUARD_BAN_ID_LEN, a,
                            &alen, r->pool);
    if (rv != APR_SUCCESS) {
        if (rv != APR_NOTFOUND)
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, r,
                          CMSGUARD_LOGNO(0709) "ban store %s: reading a "
                          "counter failed; counting afresh", st->name);
        alen = 0;
    }
    for (i = 0; i < events; i++) {
        held = cmsguard_window_add(alen ? a : NULL, alen, now, n, t, b, &blen);
        memcpy(a, b, blen);
        alen = (unsigned int)blen;
    }
    rv = st->prov->store(st->inst, r->server, id, CMSGUARD_BAN_ID_LEN,
                         apr_time_from_sec((apr_time_t)now + t), a, alen,
                         r->pool);
    if (rv != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, r,
                      CMSGUARD_LOGNO(0710) "ban store %s: cannot store a "
                      "counter", st->name);
    return held;
}

/* The block this request's client is counted in, or 0 if it is exempt. */
static int client_block(request_rec *r, const cmsguard_srv_conf *sc,
                        cmsguard_cidr_t *blk)
{
    unsigned char a[16];
    int i;

    if (!r->useragent_addr || !cmsguard_addr16(r->useragent_addr, a))
        return 0;
    if (sc->ban.exempt)
        for (i = 0; i < sc->ban.exempt->nelts; i++)
            if (cmsguard_cidr_match(&APR_ARRAY_IDX(sc->ban.exempt, i,
                                                   cmsguard_cidr_t), a))
                return 0;
    cmsguard_ban_block(a, 32, sc->ban.v6bits == CMSGUARD_UNSET
                       ? CMSGUARD_BAN_V6_PREFIX : sc->ban.v6bits, blk);
    return 1;
}

static const char *iso_time(apr_pool_t *p, apr_uint32_t sec)
{
    char buf[40];

    cmsguard_audit_time(buf, apr_time_from_sec(sec));
    return apr_pstrdup(p, buf);
}

/* Write the ban (lock held), then record it once the lock is dropped. */
static void start_ban(request_rec *r, cmsguard_ban_store_t *st,
                      const cmsguard_cidr_t *blk, const cmsguard_ban_t *b)
{
    unsigned char id[CMSGUARD_BAN_ID_LEN], rec[CMSGUARD_BAN_REC_LEN];
    apr_status_t rv;

    cmsguard_ban_id(id, CMSGUARD_BAN_KIND_BAN, blk);
    cmsguard_ban_encode(b, rec);
    rv = st->prov->store(st->inst, r->server, id, sizeof(id),
                         apr_time_from_sec(b->until), rec, sizeof(rec),
                         r->pool);
    if (rv == APR_SUCCESS)
        raise_latest(st, b->until);
    else
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r,
                      CMSGUARD_LOGNO(0711) "ban store %s: cannot store the "
                      "ban of %s", st->name, cmsguard_ban_block_str(r->pool,
                                                                    blk));
    /* counting starts afresh when the ban ends */
    cmsguard_ban_id(id, b->reason == CMSGUARD_BAN_BLOCKS
                        ? CMSGUARD_BAN_KIND_BLOCKS : CMSGUARD_BAN_KIND_LOGINS,
                    blk);
    st->prov->remove(st->inst, r->server, id, sizeof(id), r->pool);
}

static void audit_ban(request_rec *r, const cmsguard_dir_conf *dc,
                      const cmsguard_cidr_t *blk, const cmsguard_ban_t *b,
                      int window, const char *trigger)
{
    cmsguard_audit_rec_t rec;
    const char *who = cmsguard_ban_block_str(r->pool, blk);
    const char *msg;
    int secs = (int)(b->until - b->since);

    switch (b->reason) {
    case CMSGUARD_BAN_BLOCKS:
        msg = apr_psprintf(r->pool, "%s banned for %d s: %d blocked requests "
                           "within %d s", who, secs, b->events, window);
        break;
    case CMSGUARD_BAN_LOGINS:
        msg = apr_psprintf(r->pool, "%s banned for %d s: %d failed logins "
                           "within %d s", who, secs, b->events, window);
        break;
    default:
        msg = apr_psprintf(r->pool, "%s banned for %d s: failed login on a "
                           "user name that failed %d times within %d s",
                           who, secs, b->events, window);
    }
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r,
                  CMSGUARD_LOGNO(0712) "%s", msg);
    cmsguard_audit_init_rec(r, &rec, CMSGUARD_RULE_BAN, msg, r->status);
    rec.action = "ban";
    cmsguard_audit_add(r->pool, &rec, "ban_block", who);
    cmsguard_audit_add(r->pool, &rec, "ban_reason",
                       cmsguard_ban_reason_name(b->reason));
    cmsguard_audit_add_num(r->pool, &rec, "ban_duration", secs);
    cmsguard_audit_add(r->pool, &rec, "ban_until", iso_time(r->pool, b->until));
    cmsguard_audit_add_num(r->pool, &rec, "ban_events", b->events);
    cmsguard_audit_add_num(r->pool, &rec, "ban_window", window);
    if (trigger)
        cmsguard_audit_add(r->pool, &rec, "ban_trigger_rule", trigger);
    cmsguard_audit_emit(r, dc, &rec);
}

/* ------------------------------------------------------------------ */
/* refusing banned clients */

static int ban_post_read_request(request_rec *r)
{
    cmsguard_srv_conf *sc = ap_get_module_config(r->server->module_config,
                                                 &cmsguard_module);
    const cmsguard_dir_conf *dc;
    cmsguard_ban_store_t *st = sc->ban_store;
    unsigned char id[CMSGUARD_BAN_ID_LEN];
    cmsguard_cidr_t blk;
    cmsguard_ban_t b;
    cmsguard_audit_rec_t rec;
    apr_uint32_t now;
    int banned, mode;

    if (!st || (!ban_on(&sc->ban) && !login_ban_on(&sc->ban)) || r->main)
        return DECLINED;
    /* the server's own settings: no <Location> is walked yet, and a ban
     * covers the whole server */
    dc = ap_get_module_config(r->per_dir_config, &cmsguard_module);
    mode = cmsguard_engine_mode(dc);
    now = (apr_uint32_t)apr_time_sec(r->request_time);
    if (mode == CMSGUARD_ENGINE_OFF || !ban_possible(st, now)
        || !client_block(r, sc, &blk))
        return DECLINED;

    cmsguard_ban_id(id, CMSGUARD_BAN_KIND_BAN, &blk);
    if (!lock(r, st))
        return DECLINED;
    banned = get_ban(r, st, id, now, &b);
    unlock(st);
    if (!banned)
        return DECLINED;

    cmsguard_audit_init_rec(r, &rec, CMSGUARD_RULE_BANNED,
                            apr_psprintf(r->pool, "%s is banned until %s (%s)",
                                         cmsguard_ban_block_str(r->pool, &blk),
                                         iso_time(r->pool, b.until),
                                         cmsguard_ban_reason_name(b.reason)),
                            HTTP_FORBIDDEN);
    cmsguard_audit_add(r->pool, &rec, "ban_block",
                       cmsguard_ban_block_str(r->pool, &blk));
    cmsguard_audit_add(r->pool, &rec, "ban_reason",
                       cmsguard_ban_reason_name(b.reason));
    cmsguard_audit_add(r->pool, &rec, "ban_until", iso_time(r->pool, b.until));
    cmsguard_audit_emit(r, dc, &rec);
    return mode == CMSGUARD_ENGINE_DETECT ? DECLINED : HTTP_FORBIDDEN;
}

/* ------------------------------------------------------------------ */
/* counting blocks */

void cmsguard_ban_note_block(request_rec *r, const cmsguard_dir_conf *dc,
                             const cmsguard_audit_rec_t *rec)
{
    cmsguard_srv_conf *sc = ap_get_module_config(r->server->module_config,
                                                 &cmsguard_module);
    cmsguard_ban_store_t *st = sc->ban_store;
    unsigned char id[CMSGUARD_BAN_ID_LEN];
    cmsguard_cidr_t blk;
    cmsguard_ban_t b;
    request_rec *root;
    apr_uint32_t now;
    int held;

    if (!st || !ban_on(&sc->ban) || !rec->rule_id
        || !strcmp(rec->rule_id, CMSGUARD_RULE_BANNED)
        /* our own failures say nothing about the client */
        || !strcmp(rec->rule_id, CMSGUARD_RULE_BUDGET)
        || !strcmp(rec->rule_id, CMSGUARD_RULE_UNREADABLE)
        || !client_block(r, sc, &blk))
        return;
    /* one request is one event, however many records it wrote */
    for (root = r; root->prev || root->main;
         root = root->prev ? root->prev : root->main)
        ;
    if (apr_table_get(root->notes, "cmsguard-ban-counted"))
        return;
    apr_table_setn(root->notes, "cmsguard-ban-counted", "1");

    now = (apr_uint32_t)apr_time_sec(apr_time_now());
    if (!lock(r, st))
        return;
    cmsguard_ban_id(id, CMSGUARD_BAN_KIND_BAN, &blk);
    if (get_ban(r, st, id, now, &b)) {   /* raised meanwhile by another */
        unlock(st);
        return;
    }
    cmsguard_ban_id(id, CMSGUARD_BAN_KIND_BLOCKS, &blk);
    held = count(r, st, id, 1, sc->ban.n, sc->ban.t, now);
    if (held >= sc->ban.n) {
        b.since = now;
        b.until = now + (apr_uint32_t)sc->ban.d;
        b.reason = CMSGUARD_BAN_BLOCKS;
        b.events = held;
        start_ban(r, st, &blk, &b);
    }
    unlock(st);
    if (held >= sc->ban.n)
        audit_ban(r, dc, &blk, &b, sc->ban.t, rec->rule_id);
}

/* ------------------------------------------------------------------ */
/* failed logins, read from the responses */

typedef enum { LOGIN_XMLRPC = 1, LOGIN_WP_FORM = 2 } login_kind_e;

typedef struct {
    login_kind_e kind;
    int started;
    apr_size_t seen;
    cmsguard_faultscan_t faults;
    cmsguard_find_t box;
} login_ctx;

static int is_wp_login(request_rec *r)
{
    const char *canon;
    apr_size_t n;

    canon = cmsguard_canon_path(cmsguard_client_req(r));
    n = strlen(canon);
    return n >= 13 && !strcmp(canon + n - 13, "/wp-login.php");
}

int cmsguard_login_want_body(request_rec *r, const cmsguard_dir_conf *dc)
{
    cmsguard_srv_conf *sc = ap_get_module_config(r->server->module_config,
                                                 &cmsguard_module);

    (void)dc;
    return sc->ban_store && login_ban_on(&sc->ban)
           && r->method_number == M_POST && is_wp_login(r)
           ? CMSGUARD_BODY_MAY : CMSGUARD_BODY_NONE;
}

static void note_login_failures(request_rec *r, const cmsguard_dir_conf *dc,
                                int failures,
                                const apr_array_header_t *users)
{
    cmsguard_srv_conf *sc = ap_get_module_config(r->server->module_config,
                                                 &cmsguard_module);
    cmsguard_ban_store_t *st = sc->ban_store;
    unsigned char id[CMSGUARD_BAN_ID_LEN];
    apr_hash_t *per_user = apr_hash_make(r->pool);
    apr_hash_index_t *hi;
    cmsguard_cidr_t blk;
    cmsguard_ban_t b;
    apr_uint32_t now;
    int held, i;

    if (!client_block(r, sc, &blk))
        return;
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                  CMSGUARD_LOGNO(0713) "%d failed login(s) from %s", failures,
                  cmsguard_ban_block_str(r->pool, &blk));
    for (i = 0; i < users->nelts; i++) {
        const char *u = APR_ARRAY_IDX(users, i, const char *);
        int *k;
        if (!u)
            continue;
        cmsguard_ban_user_id(id, u, strlen(u));
        k = apr_hash_get(per_user, id, sizeof(id));
        if (!k) {
            k = apr_pcalloc(r->pool, sizeof(*k));
            apr_hash_set(per_user, apr_pmemdup(r->pool, id, sizeof(id)),
                         sizeof(id), k);
        }
        (*k)++;
    }

    now = (apr_uint32_t)apr_time_sec(apr_time_now());
    if (!lock(r, st))
        return;
    cmsguard_ban_id(id, CMSGUARD_BAN_KIND_BAN, &blk);
    if (get_ban(r, st, id, now, &b)) {
        unlock(st);
        return;
    }
    memset(&b, 0, sizeof(b));
    cmsguard_ban_id(id, CMSGUARD_BAN_KIND_LOGINS, &blk);
    held = count(r, st, id, failures, sc->ban.ln, sc->ban.lt, now);
    if (held >= sc->ban.ln) {
        b.reason = CMSGUARD_BAN_LOGINS;
        b.events = held;
    }
    /* many addresses, one account: each keeps under the limit, the
     * account does not; from then on every address that fails on it is
     * banned at once, while the owner's right password still works */
    for (hi = apr_hash_first(r->pool, per_user); hi; hi = apr_hash_next(hi)) {
        const void *uid;
        void *k;
        apr_hash_this(hi, &uid, NULL, &k);
        held = count(r, st, uid, *(int *)k, sc->ban.ln, sc->ban.lt, now);
        if (held >= sc->ban.ln && !b.reason) {
            b.reason = CMSGUARD_BAN_USER;
            b.events = held;
        }
    }
    if (b.reason) {
        b.since = now;
        b.until = now + (apr_uint32_t)sc->ban.ld;
        start_ban(r, st, &blk, &b);
    }
    unlock(st);
    if (b.reason)
        audit_ban(r, dc, &blk, &b, sc->ban.lt, NULL);
}

static void judge_login(request_rec *r, login_ctx *ctx)
{
    const cmsguard_dir_conf *dc = ap_get_module_config(r->per_dir_config,
                                                       &cmsguard_module);
    apr_array_header_t *users = apr_array_make(r->pool, 1,
                                               sizeof(const char *));
    int i;

    if (ctx->kind == LOGIN_XMLRPC) {
        request_rec *root;
        cmsguard_req_ctx *rc;
        apr_array_header_t *names;

        if (!ctx->faults.faults)
            return;
        root = cmsguard_client_req(r);
        rc = cmsguard_ctx(root);
        names = cmsguard_xr_call_users(r->pool, rc->xr, rc->call);
        for (i = 0; i < ctx->faults.nmembers; i++) {
            int m = ctx->faults.members[i];
            if (m < 0)
                m = 0;      /* a plain call's fault: its only user */
            APR_ARRAY_PUSH(users, const char *) =
                m < names->nelts ? APR_ARRAY_IDX(names, m, const char *)
                                 : NULL;
        }
        note_login_failures(r, dc, ctx->faults.faults, users);
    }
    else {
        const char *body, *err;
        apr_size_t len;
        const apr_array_header_t *form;
        const cmsguard_form_field_t *user;

        if (!ctx->box.found || !cmsguard_body_get(r, &body, &len))
            return;
        /* only the login form: lost-password and sign-up errors use the
         * same box */
        form = cmsguard_form_parse(r->pool,
                                   apr_table_get(r->headers_in, "Content-Type"),
                                   body, len, &err);
        if (!form || !cmsguard_form_get(form, "pwd"))
            return;
        user = cmsguard_form_get(form, "log");
        APR_ARRAY_PUSH(users, const char *) = user ? user->data : NULL;
        note_login_failures(r, dc, 1, users);
    }
}

static apr_status_t login_filter(ap_filter_t *f, apr_bucket_brigade *bb)
{
    login_ctx *ctx = f->ctx;
    request_rec *r = f->r;
    apr_bucket *e;

    if (!ctx->started) {
        const char *enc = apr_table_get(r->headers_out, "Content-Encoding");

        ctx->started = 1;
        /* a success redirects (wp-login.php) or answers without a fault;
         * an error other than 200 is not a failed login */
        if (r->status != HTTP_OK || (enc && apr_cstr_casecmp(enc, "identity"))) {
            if (enc && r->status == HTTP_OK)
                ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                              CMSGUARD_LOGNO(0714) "response is %s-encoded "
                              "by the backend: failed logins in it are not "
                              "counted", enc);
            ap_remove_output_filter(f);
            return ap_pass_brigade(f->next, bb);
        }
    }
    for (e = APR_BRIGADE_FIRST(bb); e != APR_BRIGADE_SENTINEL(bb);
         e = APR_BUCKET_NEXT(e)) {
        const char *data;
        apr_size_t len;
        apr_status_t rv;

        if (APR_BUCKET_IS_EOS(e)) {
            judge_login(r, ctx);
            ap_remove_output_filter(f);
            break;
        }
        if (APR_BUCKET_IS_METADATA(e) || ctx->seen >= LOGIN_SCAN_MAX)
            continue;
        rv = apr_bucket_read(e, &data, &len, APR_BLOCK_READ);
        if (rv != APR_SUCCESS)
            return rv;
        if (ctx->kind == LOGIN_XMLRPC)
            cmsguard_faultscan_feed(&ctx->faults, data, len);
        else
            cmsguard_find_feed(&ctx->box, data, len);
        ctx->seen += len;
    }
    return ap_pass_brigade(f->next, bb);
}

/* Only the endpoints where logins fail pay for reading the response. */
static void login_insert_filter(request_rec *r)
{
    cmsguard_srv_conf *sc = ap_get_module_config(r->server->module_config,
                                                 &cmsguard_module);
    const cmsguard_dir_conf *dc;
    cmsguard_req_ctx *rc;
    request_rec *root;
    login_ctx *ctx;
    login_kind_e kind;

    if (r->main || r->method_number != M_POST || !sc->ban_store
        || !login_ban_on(&sc->ban))
        return;
    dc = ap_get_module_config(r->per_dir_config, &cmsguard_module);
    if (cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_OFF)
        return;
    root = cmsguard_client_req(r);
    rc = ap_get_module_config(root->request_config, &cmsguard_module);
    if (rc && rc->call && rc->xr == CMSGUARD_XR_WORDPRESS)
        kind = LOGIN_XMLRPC;
    else if (is_wp_login(r))
        kind = LOGIN_WP_FORM;
    else
        return;
    ctx = apr_pcalloc(r->pool, sizeof(*ctx));
    ctx->kind = kind;
    cmsguard_faultscan_init(&ctx->faults, WP_BAD_LOGIN_FAULT);
    /* wp-login.php prints its errors in <div id="login_error"> */
    cmsguard_find_init(&ctx->box, "id=\"login_error\"");
    ap_add_output_filter_handle(login_filter_handle, ctx, r, r->connection);
}

void cmsguard_ban_register_hooks(apr_pool_t *p)
{
    (void)p;
    ap_hook_pre_config(ban_pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_check_config(ban_check_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_post_config(ban_post_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_child_init(ban_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    /* after mod_remoteip (APR_HOOK_FIRST) has set the client's address */
    ap_hook_post_read_request(ban_post_read_request, NULL, NULL,
                              APR_HOOK_MIDDLE);
    ap_hook_insert_filter(login_insert_filter, NULL, NULL, APR_HOOK_MIDDLE);
    /* before DEFLATE (AP_FTYPE_CONTENT_SET): the CMS's own bytes */
    login_filter_handle = ap_register_output_filter(
        "CMSGUARD_LOGIN", login_filter, NULL, AP_FTYPE_CONTENT_SET - 1);
}
