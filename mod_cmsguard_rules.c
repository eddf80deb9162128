/* Virtual patches in httpd: building each server's rule set, turning
 * rules on and off per location, and judging requests. */
#include "apr_strings.h"
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"

#include "mod_cmsguard.h"

APLOG_USE_MODULE(cmsguard);

static int spec_in(const apr_array_header_t *a, const char *spec)
{
    int i;

    for (i = 0; a && i < a->nelts; i++)
        if (!strcmp(APR_ARRAY_IDX(a, i, const char *), spec))
            return 1;
    return 0;
}

/* Each server gets one rule set in pconf: the main server's specs, then
 * the vhost's own (a spec named in both is loaded once). */
static int rules_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                             apr_pool_t *ptemp, server_rec *main_s)
{
    cmsguard_srv_conf *msc = ap_get_module_config(main_s->module_config,
                                                  &cmsguard_module);
    server_rec *s;

    (void)plog;
    (void)ptemp;
    for (s = main_s; s; s = s->next) {
        cmsguard_srv_conf *sc = ap_get_module_config(s->module_config,
                                                     &cmsguard_module);
        apr_array_header_t *specs = apr_array_make(pconf, 4, sizeof(char *));
        const char *err = NULL;
        int i;

        if (msc->rule_specs)
            apr_array_cat(specs, msc->rule_specs);
        if (s != main_s && sc->rule_specs)
            for (i = 0; i < sc->rule_specs->nelts; i++) {
                const char *sp = APR_ARRAY_IDX(sc->rule_specs, i, const char *);
                if (!spec_in(msc->rule_specs, sp))
                    APR_ARRAY_PUSH(specs, const char *) = sp;
            }
        sc->rules = NULL;
        if (!specs->nelts)
            continue;
        sc->rules = cmsguard_ruleset_make(pconf);
        cmsguard_ruleset_limits(sc->rules, sc->rx_match, sc->rx_depth);
        for (i = 0; i < specs->nelts && !err; i++)
            err = cmsguard_rules_load_spec(sc->rules,
                                           APR_ARRAY_IDX(specs, i, const char *));
        if (err) {
            ap_log_error(APLOG_MARK, APLOG_STARTUP | APLOG_EMERG, 0, s,
                         CMSGUARD_LOGNO(0501) "CMSGuardRules for %s: %s",
                         s->server_hostname ? s->server_hostname : "server",
                         err);
            return HTTP_INTERNAL_SERVER_ERROR;
        }
        cmsguard_rules_finish(sc->rules);
        if (ap_state_query(AP_SQ_MAIN_STATE) != AP_SQ_MS_CREATE_PRE_CONFIG
            && s == main_s)
            ap_log_error(APLOG_MARK, APLOG_INFO, 0, s,
                         CMSGUARD_LOGNO(0502) "loaded %d virtual-patch rules "
                         "from %d files (%d indexed by path, %d judged on "
                         "every request)",
                         cmsguard_rules_all(sc->rules)->nelts,
                         cmsguard_rules_files(sc->rules)->nelts,
                         (int)cmsguard_rules_indexed(sc->rules),
                         (int)cmsguard_rules_everywhere(sc->rules));
    }
    /* the inventory judges the rule sets just built */
    cmsguard_inventory_post_config(pconf, main_s);
    return OK;
}

const cmsguard_ruleset_t *cmsguard_server_rules(request_rec *r)
{
    cmsguard_srv_conf *sc = ap_get_module_config(r->server->module_config,
                                                 &cmsguard_module);
    return sc->rules;
}

typedef struct {
    const cmsguard_dir_conf *dc;
    const unsigned char *off;    /* CMSGuardInventory ... limit, or NULL */
} ctl_baton_t;

/* The last selector that names a rule decides; inherited selectors come
 * first (see the merge), so the nearest section has the last word. What
 * CMSGuardInventory's limit turned off comes before all of them, so a
 * CMSGuardRuleEnable turns such a patch back on. */
static int ctl(void *baton, const cmsguard_rule_t *rule)
{
    const ctl_baton_t *b = baton;
    const cmsguard_dir_conf *dc = b->dc;
    const cmsguard_rule_ctl_t *c;
    int i, mode = b->off && b->off[rule->index] ? CMSGUARD_RULE_OFF
                                                : CMSGUARD_RULE_ON;

    if (!dc->rule_ctl)
        return mode;
    c = (const cmsguard_rule_ctl_t *)dc->rule_ctl->elts;
    for (i = 0; i < dc->rule_ctl->nelts; i++)
        if (cmsguard_rule_selected(rule, c[i].selector))
            mode = c[i].mode;
    return mode;
}

cmsguard_req_t *cmsguard_make_req(request_rec *r, const char *body,
                                  apr_size_t len)
{
    cmsguard_req_ctx *ctx = cmsguard_ctx(r);
    request_rec *root;

    /* built once per request: deciding whether the body is needed and
     * judging it share the canonical path and the parsed arguments */
    if (!ctx->req) {
        ctx->req = apr_palloc(r->pool, sizeof(*ctx->req));
        /* the client's request line: what the CMS routes on (REQUEST_URI),
         * also after mod_rewrite sent the request to index.php */
        root = cmsguard_client_req(r);
        cmsguard_req_init(ctx->req, r->pool, root->method,
                          root->parsed_uri.path ? root->parsed_uri.path : root->uri,
                          cmsguard_canon_path(root), root->parsed_uri.query,
                          root->headers_in);
    }
    if (body)
        cmsguard_req_set_body(ctx->req, body, len);
    return ctx->req;
}

/* Rule control comes from the client's own request: after an internal
 * redirect (WordPress's .htaccess sends /wp-json/... to /index.php) the
 * <Location> an operator wrote for /wp-json/... must still hold. This is
 * where ModSecurity 2's <Location> exclusions famously went wrong. */
static const cmsguard_dir_conf *ctl_conf(request_rec *r,
                                         const cmsguard_dir_conf *dc)
{
    request_rec *root = cmsguard_client_req(r);

    if (root == r)
        return dc;
    return ap_get_module_config(root->per_dir_config, &cmsguard_module);
}

int cmsguard_rules_want_body(request_rec *r, const cmsguard_dir_conf *dc)
{
    const cmsguard_ruleset_t *rs = cmsguard_server_rules(r);
    cmsguard_srv_conf *sc = ap_get_module_config(r->server->module_config,
                                                 &cmsguard_module);
    ctl_baton_t b;

    if (!rs)
        return CMSGUARD_BODY_NONE;
    b.dc = ctl_conf(r, dc);
    b.off = sc->inv_off;
    return cmsguard_rules_need_body(r->pool, rs, cmsguard_make_req(r, NULL, 0),
                                    ctl, &b);
}

static void audit_hit(request_rec *r, const cmsguard_dir_conf *dc,
                      const cmsguard_hit_t *h, int status)
{
    const cmsguard_rule_t *rule = h->rule;
    cmsguard_audit_rec_t rec;

    cmsguard_audit_init_rec(r, &rec, rule->id, rule->msg, status);
    rec.target = h->target;
    rec.excerpt = h->value;
    rec.excerpt_len = h->value_len;
    if (rule->cves)
        cmsguard_audit_add(r->pool, &rec, "cve",
                           apr_array_pstrcat(r->pool, rule->cves, ' '));
    if (rule->cms)
        cmsguard_audit_add(r->pool, &rec, "cms", rule->cms);
    if (rule->plugin)
        cmsguard_audit_add(r->pool, &rec, "plugin", rule->plugin);
    if (rule->severity)
        cmsguard_audit_add(r->pool, &rec, "severity", rule->severity);
    if (rule->attacks)
        cmsguard_audit_add(r->pool, &rec, "attack",
                           apr_array_pstrcat(r->pool, rule->attacks, ' '));
    if (h->limit_hit)
        cmsguard_audit_add(r->pool, &rec, "regex_limit", "hit");
    /* a detect-only rule records without blocking, whatever the engine
     * mode */
    if (h->detect)
        rec.action = "detect";
    cmsguard_audit_emit(r, dc, &rec);
}

int cmsguard_rules_check(request_rec *r, const cmsguard_dir_conf *dc,
                         const char *body, apr_size_t len,
                         cmsguard_xmlrpc_call_t *xmlrpc)
{
    cmsguard_req_t *req;
    const cmsguard_ruleset_t *rs = cmsguard_server_rules(r);
    cmsguard_srv_conf *sc;
    cmsguard_req_ctx *ctx;
    apr_array_header_t *hits;
    ctl_baton_t b;
    int i, over = 0;

    if (!rs)
        return OK;
    ctx = cmsguard_ctx(r);
    if (!body && !xmlrpc && !ctx->req) {
        request_rec *root = cmsguard_client_req(r);

        /* as cmsguard_make_req would see it */
        if (!cmsguard_rules_may_apply(rs, cmsguard_canon_path(root),
                                      root->parsed_uri.query, root->headers_in))
            return OK;
    }
    /* a bodiless request starts its budget here: most of them never get
     * this far, and need not read the clock */
    if (!ctx->deadline)
        ctx->deadline = cmsguard_deadline(dc);
    sc = ap_get_module_config(r->server->module_config, &cmsguard_module);
    req = cmsguard_make_req(r, body, len);
    if (xmlrpc)
        cmsguard_req_set_xmlrpc(req, xmlrpc);
    b.dc = ctl_conf(r, dc);
    b.off = sc->inv_off;
    hits = cmsguard_rules_eval(r->pool, rs, req, ctl, &b, sc->on_limit != 0,
                               ctx->deadline, &over);
    for (i = 0; i < hits->nelts; i++) {
        const cmsguard_hit_t *h = &APR_ARRAY_IDX(hits, i, cmsguard_hit_t);

        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                      CMSGUARD_LOGNO(0503) "rule %s matched (%s)%s",
                      h->rule->id, h->target ? h->target : "",
                      h->detect ? ", detect only" : "");
        audit_hit(r, dc, h, h->detect ? HTTP_OK : h->rule->status);
        if (!h->detect)
            return cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_DETECT
                   ? OK : h->rule->status;
    }
    if (over)
        return cmsguard_internal_error(r, dc, CMSGUARD_RULE_BUDGET,
                                       "inspection budget exceeded "
                                       "(CMSGuardInspectionBudget) in the "
                                       "virtual patches", NULL);
    return OK;
}

void cmsguard_rules_register_hooks(apr_pool_t *p)
{
    (void)p;
    ap_hook_post_config(rules_post_config, NULL, NULL, APR_HOOK_MIDDLE);
}
