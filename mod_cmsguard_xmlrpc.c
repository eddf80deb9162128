/* XML-RPC endpoints: which requests are one, and judging their bodies
 * with the engine's parser and policy. */
#include "apr_strings.h"
#include "httpd.h"
#include "http_config.h"
#include "http_log.h"
#include "http_protocol.h"

#include "mod_cmsguard.h"
#include "path.h"

APLOG_USE_MODULE(cmsguard);

cmsguard_xr_profile_e cmsguard_xmlrpc_profile(request_rec *r,
                                              const cmsguard_dir_conf *dc)
{
    const char *canon, *filename = r->filename;

    if (dc->xmlrpc == 0)
        return CMSGUARD_XR_NONE;
    /* The client's raw path, canonicalised by the engine: the same answer
     * the CLI gives for the same request line, also after mod_rewrite sent
     * a missing /blog/xmlrpc.php on to index.php. r->filename adds scripts
     * reached through Alias or a proxy handler under another URL. */
    while (r->prev && !r->main)
        r = r->prev;
    canon = cmsguard_canon_path(r);
    return cmsguard_xmlrpc_endpoint(canon, filename, dc->xr_endpoints);
}

int cmsguard_refuse(request_rec *r, const cmsguard_dir_conf *dc,
                    const cmsguard_verdict_t *v)
{
    cmsguard_audit_rec_t rec;

    cmsguard_audit_init_rec(r, &rec, v->rule_id, v->msg, v->status);
    rec.target = v->target;
    rec.excerpt = v->excerpt;
    rec.excerpt_len = v->excerpt_len;
    if (v->xmlrpc_method)
        cmsguard_audit_add(r->pool, &rec, "xmlrpc_method", v->xmlrpc_method);
    cmsguard_audit_emit(r, dc, &rec);
    return cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_DETECT ? OK : v->status;
}

int cmsguard_xmlrpc_inspect(request_rec *r, const cmsguard_dir_conf *dc,
                            cmsguard_xr_profile_e prof,
                            const char *body, apr_size_t len,
                            cmsguard_xmlrpc_call_t **call)
{
    cmsguard_xr_policy_t pol;
    cmsguard_verdict_t v;

    cmsguard_xr_policy_default(&pol, prof);
    pol.rules = dc->xr_rules;
    if (dc->xr_multicall_max != CMSGUARD_UNSET)
        pol.multicall_max = dc->xr_multicall_max;
    if (dc->xr_credentials_max != CMSGUARD_UNSET)
        pol.credentials_max = dc->xr_credentials_max;
    pol.limits.allow_latin1 = dc->xr_latin1 == 1;

    if (!cmsguard_xmlrpc_check(r->pool, &pol, body, len, &v, call)) {
        ap_log_rerror(APLOG_MARK, APLOG_TRACE1, 0, r,
                      CMSGUARD_LOGNO(0301) "XML-RPC %s call %s passes",
                      cmsguard_xr_profile_name(prof),
                      v.xmlrpc_method ? v.xmlrpc_method : "?");
        return OK;
    }
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                  CMSGUARD_LOGNO(0302) "XML-RPC %s: %s (rule %s, %s)",
                  cmsguard_xr_profile_name(prof), v.msg, v.rule_id,
                  v.target);
    return cmsguard_refuse(r, dc, &v);
}
