/* Admin guard: admin screens only for allowed networks and countries,
 * and the `Require cmsguard-country` provider. */
#include "apr_strings.h"
#include "apr_lib.h"
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"
#include "mod_auth.h"

#include "mod_cmsguard.h"
#include "path.h"

APLOG_USE_MODULE(cmsguard);

#define COUNTRY_NOTE "cmsguard-country"
#define FORM_NOTE "cmsguard-admin-form"

static int refuse_admin(request_rec *r, const cmsguard_dir_conf *dc,
                        const char *label, const char *canon);

const char *cmsguard_client_country(request_rec *r)
{
    cmsguard_srv_conf *sc;
    const char *c;

    if ((c = apr_table_get(r->notes, COUNTRY_NOTE)))
        return *c ? c : NULL;
    sc = ap_get_module_config(r->server->module_config, &cmsguard_module);
    c = sc->geo ? cmsguard_geo_country(r->pool, sc->geo, r->useragent_addr)
                : NULL;
    apr_table_setn(r->notes, COUNTRY_NOTE, c ? c : "");
    return c;
}

static int client_allowed(request_rec *r, const apr_array_header_t *allow)
{
    const cmsguard_allow_t *a = (const cmsguard_allow_t *)allow->elts;
    unsigned char addr[16];
    int have_addr = cmsguard_addr16(r->useragent_addr, addr);
    int i;

    /* r->useragent_addr: after mod_remoteip, never a raw X-Forwarded-For */
    for (i = 0; i < allow->nelts; i++) {
        if (!a[i].country[0] && have_addr && cmsguard_cidr_match(&a[i].cidr, addr))
            return 1;
    }
    for (i = 0; i < allow->nelts; i++) {
        if (a[i].country[0]) {
            const char *c = cmsguard_client_country(r);
            if (c && !strcmp(c, a[i].country))
                return 1;
        }
    }
    return 0;
}

static int admin_check(request_rec *r);

/* access_checker: before authentication, so a refused client is not even
 * asked for a password. */
static int admin_access(request_rec *r)
{
    cmsguard_ctx(r)->admin_checked = 1;
    return admin_check(r);
}

/* httpd skips the access phase of a subrequest or internal redirect whose
 * per-directory configuration equals its parent's (request.c reuses the
 * parent's authorization). A MultiViews lookup of /mt/mt -> mt.cgi, or a
 * rewrite to wp-login.php in the same folder, would walk past the guard;
 * fixups always run, so the check is repeated there for any request the
 * access phase did not see. */
static int admin_fixups(request_rec *r)
{
    if (cmsguard_ctx(r)->admin_checked)
        return DECLINED;
    return admin_check(r);
}

static int admin_check(request_rec *r)
{
    cmsguard_dir_conf *dc = ap_get_module_config(r->per_dir_config,
                                                 &cmsguard_module);
    cmsguard_admin_policy_t pol;
    const char *canon, *label;

    if (cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_OFF || !dc->admin_allow
        || dc->admin_allow->nelts == 0)
        return DECLINED;
    pol.presets = dc->admin_presets == CMSGUARD_UNSET
        ? (CMSGUARD_CMS_WORDPRESS | CMSGUARD_CMS_MOVABLETYPE)
        : (unsigned)dc->admin_presets;
    pol.paths = dc->admin_paths;
    pol.except = dc->admin_except;
    pol.case_sensitive = dc->admin_casefold == 0;
    /* The raw path, canonicalised by the engine, and the mapped file: an
     * internal redirect or subrequest comes through here again with its
     * own path, so no route to an admin script skips the check. */
    canon = cmsguard_canon_path(r);
    label = cmsguard_admin_match(r->pool, &pol, canon, r->filename, r->args);
    if (!label) {
        /* Drupal's login block posts the login form to any page: judge
         * the form once the body is kept (fixups), for refused clients
         * only. */
        if ((pol.presets & (CMSGUARD_CMS_DRUPAL | CMSGUARD_CMS_DRUPAL7))
            && r->method_number == M_POST && ap_request_has_body(r)
            && !client_allowed(r, dc->admin_allow))
            apr_table_setn(r->notes, FORM_NOTE, "1");
        return DECLINED;
    }
    if (client_allowed(r, dc->admin_allow))
        return DECLINED;
    return refuse_admin(r, dc, label, canon);
}

int cmsguard_admin_wants_body(request_rec *r)
{
    return apr_table_get(r->notes, FORM_NOTE) != NULL;
}

int cmsguard_admin_body(request_rec *r, const cmsguard_dir_conf *dc,
                        const char *body, apr_size_t len)
{
    unsigned presets = dc->admin_presets == CMSGUARD_UNSET
        ? (CMSGUARD_CMS_WORDPRESS | CMSGUARD_CMS_MOVABLETYPE)
        : (unsigned)dc->admin_presets;
    const char *label = cmsguard_admin_form(
        r->pool, presets, apr_table_get(r->headers_in, "Content-Type"),
        body, len);
    int status;

    if (!label)
        return OK;
    status = refuse_admin(r, dc, label,
                          cmsguard_canon_path(r));
    return status == DECLINED ? OK : status;
}

static int refuse_admin(request_rec *r, const cmsguard_dir_conf *dc,
                        const char *label, const char *canon)
{
    cmsguard_audit_rec_t rec;
    const char *country;
    int status;

    status = dc->admin_status == CMSGUARD_UNSET ? HTTP_FORBIDDEN
                                                : dc->admin_status;
    country = cmsguard_client_country(r);
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                  CMSGUARD_LOGNO(0401) "admin screen (%s) refused to %s%s%s",
                  label, r->useragent_ip, country ? " from " : "",
                  country ? country : "");
    cmsguard_audit_init_rec(r, &rec, CMSGUARD_RULE_ADMIN,
                            "admin screen from a client that is not allowed",
                            status);
    rec.target = "PATH";
    rec.excerpt = canon;
    rec.excerpt_len = strlen(canon);
    cmsguard_audit_add(r->pool, &rec, "admin", label);
    if (country)
        cmsguard_audit_add(r->pool, &rec, "country", country);
    cmsguard_audit_emit(r, dc, &rec);
    return cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_DETECT ? DECLINED
                                                             : status;
}

/* Require cmsguard-country JP DE ...: parsed once, like Require ip. */
static const char *country_parse(cmd_parms *cmd, const char *line,
                                 const void **parsed)
{
    const char *t = line, *w;
    apr_array_header_t *codes = apr_array_make(cmd->pool, 4, sizeof(char *));

    while ((w = ap_getword_conf(cmd->temp_pool, &t)) && *w) {
        char code[3];

        if (!cmsguard_geo_code(w, code))
            return apr_psprintf(cmd->pool, "Require cmsguard-country: '%s' "
                                "is not a two-letter country code", w);
        APR_ARRAY_PUSH(codes, char *) = apr_pstrdup(cmd->pool, code);
    }
    if (!codes->nelts)
        return "Require cmsguard-country needs at least one country code";
    *parsed = codes;
    return NULL;
}

static authz_status country_check(request_rec *r, const char *line,
                                  const void *parsed)
{
    const apr_array_header_t *codes = parsed;
    cmsguard_srv_conf *sc = ap_get_module_config(r->server->module_config,
                                                 &cmsguard_module);
    const char *c;
    int i;

    (void)line;
    if (!sc->geo) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      CMSGUARD_LOGNO(0402) "Require cmsguard-country needs "
                      "CMSGuardGeoIPDatabase in this server or vhost");
        return AUTHZ_GENERAL_ERROR;
    }
    c = cmsguard_client_country(r);
    for (i = 0; c && i < codes->nelts; i++)
        if (!strcmp(c, APR_ARRAY_IDX(codes, i, char *)))
            return AUTHZ_GRANTED;
    /* authz_core logs the refusal with the Require line at debug */
    return AUTHZ_DENIED;
}

static const authz_provider country_provider = {
    &country_check,
    &country_parse,
};

void cmsguard_admin_register_hooks(apr_pool_t *p)
{
    /* Before authentication: a client that may not see the login form
     * must not get a password prompt either. mod_remoteip has set
     * useragent_addr in post_read_request. */
    ap_hook_access_checker(admin_access, NULL, NULL, APR_HOOK_FIRST);
    ap_hook_fixups(admin_fixups, NULL, NULL, APR_HOOK_FIRST);
    ap_register_auth_provider(p, AUTHZ_PROVIDER_GROUP, "cmsguard-country",
                              AUTHZ_PROVIDER_VERSION, &country_provider,
                              AP_AUTH_INTERNAL_PER_CONF);
}
