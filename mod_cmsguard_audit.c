/* Audit destinations: opened once per configuration generation in the
 * parent, written with a single write() per record from the children. */
#include "apr_strings.h"
#include "httpd.h"
#include "apr_hash.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"
#include "ap_mpm.h"

#include "mod_cmsguard.h"

APLOG_USE_MODULE(cmsguard);

/* The registry lives in pconf's userdata: pconf is cleared on every
 * restart, so each configuration generation starts with an empty one and
 * no static state survives into the next. */
#define REGISTRY_KEY "cmsguard-auditlogs"

static apr_hash_t *registry(apr_pool_t *pconf)
{
    void *h = NULL;

    apr_pool_userdata_get(&h, REGISTRY_KEY, pconf);
    if (!h) {
        h = apr_hash_make(pconf);
        apr_pool_userdata_set(h, REGISTRY_KEY, apr_pool_cleanup_null, pconf);
    }
    return h;
}

cmsguard_auditlog_t *cmsguard_auditlog_get(cmd_parms *cmd, const char *spec)
{
    apr_hash_t *h = registry(cmd->pool);
    cmsguard_auditlog_t *log = apr_hash_get(h, spec, APR_HASH_KEY_STRING);

    if (!log) {
        log = apr_pcalloc(cmd->pool, sizeof(*log));
        log->spec = apr_pstrdup(cmd->pool, spec);
        log->defined_at = apr_psprintf(cmd->pool, "%s:%d",
                                       cmd->directive->filename,
                                       cmd->directive->line_num);
        apr_hash_set(h, log->spec, APR_HASH_KEY_STRING, log);
    }
    return log;
}

/* Runs for `apache2 -t` too, so a missing log directory fails the
 * configtest instead of the first blocked request. */
static int audit_check_config(apr_pool_t *pconf, apr_pool_t *plog,
                              apr_pool_t *ptemp, server_rec *s)
{
    apr_hash_index_t *hi;
    int rv = OK;

    (void)plog;
    for (hi = apr_hash_first(ptemp, registry(pconf)); hi;
         hi = apr_hash_next(hi)) {
        cmsguard_auditlog_t *log = apr_hash_this_val(hi);
        const char *path, *dir;
        apr_finfo_t fi;

        if (log->spec[0] == '|')
            continue;
        path = ap_server_root_relative(ptemp, log->spec);
        if (!path) {
            ap_log_error(APLOG_MARK, APLOG_STARTUP | APLOG_EMERG, 0, s,
                         CMSGUARD_LOGNO(0201) "CMSGuardAuditLog at %s: "
                         "invalid path '%s'", log->defined_at, log->spec);
            rv = !OK;
            continue;
        }
        dir = ap_make_dirstr_parent(ptemp, path);
        if (apr_stat(&fi, dir, APR_FINFO_TYPE, ptemp) != APR_SUCCESS
            || fi.filetype != APR_DIR) {
            ap_log_error(APLOG_MARK, APLOG_STARTUP | APLOG_EMERG, 0, s,
                         CMSGUARD_LOGNO(0202) "CMSGuardAuditLog at %s: "
                         "directory '%s' does not exist; create it or "
                         "choose another path", log->defined_at, dir);
            rv = !OK;
        }
    }
    return rv;
}

static int audit_open_logs(apr_pool_t *pconf, apr_pool_t *plog,
                           apr_pool_t *ptemp, server_rec *s)
{
    apr_hash_index_t *hi;

    (void)plog;
    for (hi = apr_hash_first(ptemp, registry(pconf)); hi;
         hi = apr_hash_next(hi)) {
        cmsguard_auditlog_t *log = apr_hash_this_val(hi);
        apr_status_t rv;

        if (log->spec[0] == '|') {
            /* Same spelling as CustomLog: "|prog" and "||prog" run the
             * program directly, "|$cmd" through the shell. httpd's
             * piped-log machinery restarts a dying logger. */
            const char *prog = log->spec + 1;
            apr_cmdtype_e type = APR_PROGRAM_ENV;
            piped_log *pl;

            if (*prog == '$') {
                type = APR_SHELLCMD_ENV;
                prog++;
            }
            else if (*prog == '|') {
                prog++;
            }
            pl = ap_open_piped_log_ex(pconf, prog, type);
            if (!pl) {
                ap_log_error(APLOG_MARK, APLOG_STARTUP | APLOG_EMERG, 0, s,
                             CMSGUARD_LOGNO(0203) "CMSGuardAuditLog at %s: "
                             "cannot start piped logger '%s'",
                             log->defined_at, prog);
                return !OK;
            }
            log->fd = ap_piped_log_write_fd(pl);
        }
        else {
            const char *path = ap_server_root_relative(pconf, log->spec);

            /* APR_FOPEN_APPEND is O_APPEND: each record is one write at
             * the end of the file, whichever child writes it. No
             * buffering, so nothing is held back or split. */
            rv = apr_file_open(&log->fd, path,
                               APR_FOPEN_WRITE | APR_FOPEN_APPEND
                               | APR_FOPEN_CREATE | APR_FOPEN_LARGEFILE,
                               APR_FPROT_UREAD | APR_FPROT_UWRITE
                               | APR_FPROT_GREAD, pconf);
            if (rv != APR_SUCCESS) {
                ap_log_error(APLOG_MARK, APLOG_STARTUP | APLOG_EMERG, rv, s,
                             CMSGUARD_LOGNO(0204) "CMSGuardAuditLog at %s: "
                             "cannot open '%s'", log->defined_at, path);
                return !OK;
            }
        }
    }
    return OK;
}

void cmsguard_audit_init_rec(request_rec *r, cmsguard_audit_rec_t *rec,
                             const char *rule_id, const char *msg, int status)
{
    memset(rec, 0, sizeof(*rec));
    rec->time = apr_time_now();
    rec->unique_id = apr_table_get(r->subprocess_env, "UNIQUE_ID");
    rec->client_ip = r->useragent_ip;
    rec->peer_ip = r->connection->client_ip;
    rec->vhost = r->server->server_hostname;
    rec->method = r->method;
    rec->uri = r->unparsed_uri;
    rec->status = status;
    rec->rule_id = rule_id;
    rec->msg = msg;
}

/* The client's own request: the top of the subrequest chain, before any
 * internal redirect. */
static request_rec *origin(request_rec *r)
{
    while (r->main)
        r = r->main;
    return cmsguard_client_req(r);
}

/* A refusal inside a subrequest is what the client gets only when the
 * main request answers with it (mod_dir answers a refused index script
 * with its status; a MultiViews variant or the PATH_TRANSLATED lookup of
 * mod_cgi and mod_proxy_fcgi does not). So its record waits on the
 * client's request, copied there: the subrequest's pool dies first. */
static void defer(request_rec *r, const cmsguard_audit_rec_t *rec)
{
    request_rec *o = origin(r);
    cmsguard_req_ctx *ctx = cmsguard_ctx(o);
    cmsguard_audit_rec_t *c;
    int i;

    if (ctx->pending)
        return;                       /* the first refusal tells */
    c = apr_pmemdup(o->pool, rec, sizeof(*rec));
    c->rule_id = apr_pstrdup(o->pool, rec->rule_id);
    c->msg = apr_pstrdup(o->pool, rec->msg);
    c->target = apr_pstrdup(o->pool, rec->target);
    c->action = apr_pstrdup(o->pool, rec->action);
    if (rec->excerpt)
        c->excerpt = apr_pmemdup(o->pool, rec->excerpt, rec->excerpt_len);
    c->extra = NULL;
    if (rec->extra)
        for (i = 0; i < rec->extra->nelts; i++) {
            const cmsguard_audit_kv_t *kv =
                &APR_ARRAY_IDX(rec->extra, i, cmsguard_audit_kv_t);
            if (kv->val)
                cmsguard_audit_add(o->pool, c, kv->key,
                                   apr_pstrdup(o->pool, kv->val));
            else
                cmsguard_audit_add_num(o->pool, c, kv->key, kv->num);
        }
    cmsguard_audit_add(o->pool, c, "subrequest",
                       apr_pstrdup(o->pool, r->unparsed_uri));
    ctx->pending = c;
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                  CMSGUARD_LOGNO(0209) "subrequest %s refused (rule %s): "
                  "recorded if the answer is %d", r->unparsed_uri,
                  rec->rule_id, rec->status);
}

static int audit_log_transaction(request_rec *r)
{
    cmsguard_req_ctx *ctx;
    cmsguard_audit_rec_t *pending, rec;
    request_rec *last;

    if (r->main || r->prev)
        return DECLINED;
    ctx = ap_get_module_config(r->request_config, &cmsguard_module);
    if (!ctx || !(pending = ctx->pending))
        return DECLINED;
    ctx->pending = NULL;
    for (last = r; last->next; last = last->next)
        ;
    if (ctx->audited || last->status != pending->status) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                      CMSGUARD_LOGNO(0210) "a refused subrequest did not "
                      "decide the answer (%d): no record", last->status);
        return DECLINED;
    }
    /* the client's request line and address, the subrequest's verdict */
    cmsguard_audit_init_rec(last, &rec, pending->rule_id, pending->msg,
                            pending->status);
    rec.target = pending->target;
    rec.excerpt = pending->excerpt;
    rec.excerpt_len = pending->excerpt_len;
    rec.extra = pending->extra;
    rec.action = pending->action;
    rec.uri = r->unparsed_uri;
    cmsguard_audit_emit(last, ap_get_module_config(last->per_dir_config,
                                                   &cmsguard_module), &rec);
    return DECLINED;
}

void cmsguard_audit_emit(request_rec *r, const cmsguard_dir_conf *dc,
                         cmsguard_audit_rec_t *rec)
{
    apr_size_t len;
    char *line;

    if (r->main) {
        if (!rec->action)
            rec->action = cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_DETECT
                          ? "detect" : "block";
        defer(r, rec);
        return;
    }
    cmsguard_ctx(origin(r))->audited = 1;

    /* a caller may preset "detect" (a detect-only rule); otherwise the
     * engine mode decides */
    if (!rec->action)
        rec->action = cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_DETECT
                      ? "detect" : "block";
    line = cmsguard_audit_render(r->pool, rec, &len);

    /* a ban starting is an event beside the request's own decision, which
     * is what mod_log_config should see */
    if (strcmp(rec->action, "ban")) {
        apr_table_setn(r->subprocess_env, "CMSGUARD_ACTION", rec->action);
        if (rec->rule_id)
            apr_table_setn(r->subprocess_env, "CMSGUARD_RULE_ID",
                           rec->rule_id);
    }

    if (dc->audit && dc->audit->fd) {
        apr_status_t rv = apr_file_write_full(dc->audit->fd, line, len, NULL);

        if (rv != APR_SUCCESS) {
            /* Losing the record silently is the one thing we must not do:
             * put it in the error log instead. */
            ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r,
                          CMSGUARD_LOGNO(0205) "cannot write audit log '%s';"
                          " record follows: %.*s", dc->audit->spec,
                          (int)(len - 1), line);
        }
        else
            ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r,
                          CMSGUARD_LOGNO(0206) "%s rule %s status %d: %s",
                          rec->action, rec->rule_id, rec->status,
                          rec->msg ? rec->msg : "");
    }
    else {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r,
                      CMSGUARD_LOGNO(0207) "no CMSGuardAuditLog here; "
                      "record: %.*s", (int)(len - 1), line);
    }
    cmsguard_status_note(r, rec);
    /* after the record, so the log reads: the block, then the ban it
     * caused */
    if (!strcmp(rec->action, "block"))
        cmsguard_ban_note_block(r, dc, rec);
}

int cmsguard_internal_error(request_rec *r, const cmsguard_dir_conf *dc,
                            const char *rule_id, const char *msg,
                            const char *target)
{
    cmsguard_audit_rec_t rec;
    int block = dc->on_error != 0;

    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r,
                  CMSGUARD_LOGNO(0208) "%s: %s (CMSGuardOnError %s)", msg,
                  target ? target : "", block ? "block" : "pass");
    cmsguard_audit_init_rec(r, &rec, rule_id, msg, HTTP_INTERNAL_SERVER_ERROR);
    rec.target = target;
    /* "pass": recorded like a detection, status is what block would send */
    if (!block)
        rec.action = "pass";
    cmsguard_audit_emit(r, dc, &rec);
    return block && cmsguard_engine_mode(dc) != CMSGUARD_ENGINE_DETECT
           ? HTTP_INTERNAL_SERVER_ERROR : OK;
}

void cmsguard_audit_register_hooks(apr_pool_t *p)
{
    (void)p;
    ap_hook_check_config(audit_check_config, NULL, NULL, APR_HOOK_MIDDLE);
    /* Before mod_log_config's open_logs only for tidiness of the startup
     * log; the order does not matter for correctness. */
    ap_hook_open_logs(audit_open_logs, NULL, NULL, APR_HOOK_MIDDLE);
    /* before mod_log_config, so the access log sees CMSGUARD_RULE_ID */
    ap_hook_log_transaction(audit_log_transaction, NULL, NULL,
                            APR_HOOK_FIRST);
}
