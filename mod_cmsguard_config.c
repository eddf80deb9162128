/* Directives and configuration merging. */
#include "apr_strings.h"
#include "httpd.h"
#include "http_config.h"

#include "mod_cmsguard.h"
#include "util.h"
#include "path.h"
#include "apr_lib.h"
#include "http_protocol.h"
#include "ascii.h"

APLOG_USE_MODULE(cmsguard);

void *cmsguard_create_dir_conf(apr_pool_t *p, char *dir)
{
    cmsguard_dir_conf *dc = apr_pcalloc(p, sizeof(*dc));

    (void)dir;
    dc->engine = CMSGUARD_ENGINE_UNSET;
    dc->body_limit = CMSGUARD_UNSET;
    dc->inspect_body = CMSGUARD_UNSET;
    dc->audit = NULL;
    dc->xmlrpc = CMSGUARD_UNSET;
    dc->xr_multicall_max = CMSGUARD_UNSET;
    dc->xr_credentials_max = CMSGUARD_UNSET;
    dc->xr_latin1 = CMSGUARD_UNSET;
    dc->admin_presets = CMSGUARD_UNSET;
    dc->admin_status = CMSGUARD_UNSET;
    dc->admin_casefold = CMSGUARD_UNSET;
    dc->planted = CMSGUARD_UNSET;
    dc->upload_guard = CMSGUARD_UNSET;
    dc->on_error = CMSGUARD_UNSET;
    dc->budget = CMSGUARD_UNSET;
    return dc;
}

/* Lists accumulate down the tree: what a nearer section adds comes after
 * what it inherits, and where order matters the later entry wins. */
static apr_array_header_t *merge_list(apr_pool_t *p,
                                      apr_array_header_t *base,
                                      apr_array_header_t *add)
{
    if (!base)
        return add;
    if (!add)
        return base;
    return apr_array_append(p, base, add);
}

#define MERGE_UNSET(field) \
    (add->field != CMSGUARD_UNSET ? add->field : base->field)

void *cmsguard_merge_dir_conf(apr_pool_t *p, void *basev, void *addv)
{
    const cmsguard_dir_conf *base = basev, *add = addv;
    cmsguard_dir_conf *m = apr_pcalloc(p, sizeof(*m));

    m->engine = MERGE_UNSET(engine);
    m->body_limit = MERGE_UNSET(body_limit);
    m->inspect_body = MERGE_UNSET(inspect_body);
    m->audit = add->audit ? add->audit : base->audit;
    m->xmlrpc = MERGE_UNSET(xmlrpc);
    m->xr_multicall_max = MERGE_UNSET(xr_multicall_max);
    m->xr_credentials_max = MERGE_UNSET(xr_credentials_max);
    m->xr_latin1 = MERGE_UNSET(xr_latin1);
    m->xr_rules = merge_list(p, base->xr_rules, add->xr_rules);
    m->xr_endpoints = merge_list(p, base->xr_endpoints, add->xr_endpoints);
    m->admin_presets = MERGE_UNSET(admin_presets);
    /* An allow list is a whole policy, like a Require line: a nearer
     * section that sets one replaces what it inherits. */
    m->admin_allow = add->admin_allow ? add->admin_allow : base->admin_allow;
    m->admin_paths = merge_list(p, base->admin_paths, add->admin_paths);
    m->admin_except = merge_list(p, base->admin_except, add->admin_except);
    m->admin_status = MERGE_UNSET(admin_status);
    m->admin_casefold = MERGE_UNSET(admin_casefold);
    m->rule_ctl = merge_list(p, base->rule_ctl, add->rule_ctl);
    m->planted = MERGE_UNSET(planted);
    m->upload_guard = MERGE_UNSET(upload_guard);
    m->upload_dirs = merge_list(p, base->upload_dirs, add->upload_dirs);
    m->on_error = MERGE_UNSET(on_error);
    m->budget = MERGE_UNSET(budget);
    return m;
}

int cmsguard_engine_mode(const cmsguard_dir_conf *dc)
{
    return dc->engine == CMSGUARD_ENGINE_UNSET ? CMSGUARD_ENGINE_ON
                                               : dc->engine;
}

apr_off_t cmsguard_body_limit(const cmsguard_dir_conf *dc)
{
    return dc->body_limit == CMSGUARD_UNSET ? CMSGUARD_DEFAULT_BODY_LIMIT
                                            : dc->body_limit;
}

apr_time_t cmsguard_deadline(const cmsguard_dir_conf *dc)
{
    apr_interval_time_t b = dc->budget == CMSGUARD_UNSET
                            ? CMSGUARD_DEFAULT_BUDGET : dc->budget;

    return b ? apr_time_now() + b : 0;
}

static const char *set_on_error(cmd_parms *cmd, void *mconfig, const char *a)
{
    cmsguard_dir_conf *dc = mconfig;

    if (!apr_cstr_casecmp(a, "block"))
        dc->on_error = 1;
    else if (!apr_cstr_casecmp(a, "pass"))
        dc->on_error = 0;
    else
        return apr_psprintf(cmd->pool, "%s: '%s' is not block or pass",
                            cmd->cmd->name, a);
    return NULL;
}

/* "500ms", "2s", "750" (milliseconds), "0" or "Off" (no budget) */
static const char *set_budget(cmd_parms *cmd, void *mconfig, const char *a)
{
    cmsguard_dir_conf *dc = mconfig;
    char *end;
    apr_int64_t v;

    if (!apr_cstr_casecmp(a, "off")) {
        dc->budget = 0;
        return NULL;
    }
    v = apr_strtoi64(a, &end, 10);
    if (end == a || v < 0)
        goto bad;
    if (!*end || !apr_cstr_casecmp(end, "ms"))
        ;
    else if (!apr_cstr_casecmp(end, "s"))
        v *= 1000;
    else
        goto bad;
    if (v > 600000)
        goto bad;
    dc->budget = apr_time_from_msec(v);
    return NULL;
bad:
    return apr_psprintf(cmd->pool, "%s: '%s' is not a time such as 500ms or "
                        "2s (at most 600s), or Off", cmd->cmd->name, a);
}

static const char *set_engine(cmd_parms *cmd, void *mconfig, const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;

    if (!apr_cstr_casecmp(arg, "On"))
        dc->engine = CMSGUARD_ENGINE_ON;
    else if (!apr_cstr_casecmp(arg, "Off"))
        dc->engine = CMSGUARD_ENGINE_OFF;
    else if (!apr_cstr_casecmp(arg, "DetectionOnly"))
        dc->engine = CMSGUARD_ENGINE_DETECT;
    else
        return apr_psprintf(cmd->pool, "%s: '%s' is not On, Off or "
                            "DetectionOnly", cmd->cmd->name, arg);
    return NULL;
}

static const char *set_body_limit(cmd_parms *cmd, void *mconfig,
                                  const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;
    const char *err = cmsguard_parse_size(cmd->pool, arg, 1,
                                          CMSGUARD_MAX_BODY_LIMIT,
                                          &dc->body_limit);

    if (err)
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    return NULL;
}

static const char *set_flag(cmd_parms *cmd, void *mconfig, const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;
    int *field = (int *)((char *)dc + (apr_size_t)cmd->info);

    /* TAKE1 rather than FLAG so the error names the directive and the
     * value the operator wrote. */
    if (!apr_cstr_casecmp(arg, "On"))
        *field = 1;
    else if (!apr_cstr_casecmp(arg, "Off"))
        *field = 0;
    else
        return apr_psprintf(cmd->pool, "%s: '%s' is not On or Off",
                            cmd->cmd->name, arg);
    return NULL;
}

static const char *set_audit_log(cmd_parms *cmd, void *mconfig,
                                 const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;

    if (!*arg)
        return apr_psprintf(cmd->pool, "%s: needs a file path or "
                            "\"|command\"", cmd->cmd->name);
    if (arg[0] == '|' && !arg[1 + strspn(arg + 1, " \t")])
        return apr_psprintf(cmd->pool, "%s: '|' must be followed by a "
                            "command", cmd->cmd->name);
    dc->audit = cmsguard_auditlog_get(cmd, arg);
    return NULL;
}

static const char *set_count(cmd_parms *cmd, void *mconfig, const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;
    int *field = (int *)((char *)dc + (apr_size_t)cmd->info);
    char *end;
    long v = strtol(arg, &end, 10);

    if (!*arg || *end || v < 1 || v > 100000)
        return apr_psprintf(cmd->pool, "%s: '%s' is not a number from 1 to "
                            "100000", cmd->cmd->name, arg);
    *field = (int)v;
    return NULL;
}

static const char *add_xr_rule(cmd_parms *cmd, void *mconfig, const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;
    cmsguard_xr_rule_t *r;
    const char *s;

    /* method names are "prefix.name"; "prefix.*" covers a family */
    for (s = arg; *s; s++) {
        if (!cmsguard_isalnum(*s) && *s != '.' && *s != '_' && *s != '-'
            && !(*s == '*' && s[1] == '\0' && (s == arg || s[-1] == '.')))
            return apr_psprintf(cmd->pool, "%s: '%s' is not a method name "
                                "or 'prefix.*'", cmd->cmd->name, arg);
    }
    if (!*arg)
        return apr_psprintf(cmd->pool, "%s: empty method name",
                            cmd->cmd->name);
    if (!dc->xr_rules)
        dc->xr_rules = apr_array_make(cmd->pool, 4, sizeof(*r));
    r = apr_array_push(dc->xr_rules);
    r->pattern = arg;
    r->allow = cmd->info != NULL;
    return NULL;
}

static const char *add_xr_endpoint(cmd_parms *cmd, void *mconfig,
                                   const char *path, const char *profile)
{
    cmsguard_dir_conf *dc = mconfig;
    cmsguard_xr_endpoint_t *e;
    cmsguard_xr_profile_e prof = cmsguard_xr_profile_parse(profile);

    if (prof == CMSGUARD_XR_NONE)
        return apr_psprintf(cmd->pool, "%s: profile '%s' is not wordpress "
                            "or movabletype", cmd->cmd->name, profile);
    if (!*path || strchr(path, '?'))
        return apr_psprintf(cmd->pool, "%s: '%s' is not a path or a script "
                            "name", cmd->cmd->name, path);
    if (!dc->xr_endpoints)
        dc->xr_endpoints = apr_array_make(cmd->pool, 2, sizeof(*e));
    e = apr_array_push(dc->xr_endpoints);
    e->match = path[0] == '/' ? cmsguard_path_canon(cmd->pool, path, 0) : path;
    e->profile = prof;
    return NULL;
}

void *cmsguard_create_srv_conf(apr_pool_t *p, server_rec *s)
{
    cmsguard_srv_conf *sc = apr_pcalloc(p, sizeof(cmsguard_srv_conf));

    (void)s;
    sc->on_limit = CMSGUARD_UNSET;
    sc->baseline_content = CMSGUARD_UNSET;
    cmsguard_ban_conf_init(&sc->ban);
    return sc;
}

/* Loaded once here to validate (so `apachectl configtest` reports the
 * rule file's file:line), and again in post_config into the set each
 * server uses, with the main server's rules in front of a vhost's. */
static const char *add_rules(cmd_parms *cmd, void *mconfig, const char *arg)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);
    const char *spec = ap_server_root_relative(cmd->pool, arg);
    const char *err;

    (void)mconfig;
    if (!spec)
        return apr_psprintf(cmd->pool, "%s: invalid path '%s'",
                            cmd->cmd->name, arg);
    if (!sc->rule_check) {
        sc->rule_check = cmsguard_ruleset_make(cmd->temp_pool);
        sc->rule_specs = apr_array_make(cmd->pool, 2, sizeof(const char *));
    }
    if ((err = cmsguard_rules_load_spec(sc->rule_check, spec)))
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    APR_ARRAY_PUSH(sc->rule_specs, const char *) = spec;
    return NULL;
}

/* Loaded while the configuration is read: a bad manifest fails
 * configtest, and a graceful restart picks up a new one. */
static const char *set_baseline(cmd_parms *cmd, void *mconfig, const char *a)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);
    const char *path = ap_server_root_relative(cmd->pool, a), *err;

    (void)mconfig;
    if (!path)
        return apr_psprintf(cmd->pool, "%s: invalid path '%s'", cmd->cmd->name, a);
    if ((err = cmsguard_baseline_load(cmd->pool, path, &sc->baseline)))
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    return NULL;
}

/* The folder must exist when the configuration is read (configtest says
 * file:line); it is scanned in post_config, after the rules load. */
static const char *set_inventory(cmd_parms *cmd, void *mconfig,
                                 const char *root, const char *mode)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);
    const char *path = ap_server_root_relative(cmd->pool, root);
    apr_finfo_t fi;

    (void)mconfig;
    if (!path)
        return apr_psprintf(cmd->pool, "%s: invalid path '%s'", cmd->cmd->name, root);
    if (apr_stat(&fi, path, APR_FINFO_TYPE, cmd->temp_pool) != APR_SUCCESS
        || fi.filetype != APR_DIR)
        return apr_psprintf(cmd->pool, "%s: '%s' is not a folder",
                            cmd->cmd->name, path);
    if (mode && apr_cstr_casecmp(mode, "limit"))
        return apr_psprintf(cmd->pool, "%s: '%s' is not 'limit' (the only "
                            "option)", cmd->cmd->name, mode);
    sc->inv_root = path;
    sc->inv_limit = mode != NULL;
    return NULL;
}

static const char *set_baseline_content(cmd_parms *cmd, void *mconfig,
                                        const char *a)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);

    (void)mconfig;
    if (!apr_cstr_casecmp(a, "On"))
        sc->baseline_content = 1;
    else if (!apr_cstr_casecmp(a, "Off"))
        sc->baseline_content = 0;
    else
        return apr_psprintf(cmd->pool, "%s: '%s' is not On or Off",
                            cmd->cmd->name, a);
    return NULL;
}

static const char *add_upload_dir(cmd_parms *cmd, void *mconfig,
                                  const char *a)
{
    cmsguard_dir_conf *dc = mconfig;

    if (!*a || strchr(a, '?'))
        return apr_psprintf(cmd->pool, "%s: '%s' is not a folder path",
                            cmd->cmd->name, a);
    if (!dc->upload_dirs)
        dc->upload_dirs = apr_array_make(cmd->pool, 4, sizeof(const char *));
    APR_ARRAY_PUSH(dc->upload_dirs, const char *) = a;
    return NULL;
}

static const char *add_rule_ctl(cmd_parms *cmd, void *mconfig,
                                const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;
    cmsguard_rule_ctl_t *c;
    const char *err = cmsguard_selector_check(cmd->pool, arg);

    if (err)
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    if (!dc->rule_ctl)
        dc->rule_ctl = apr_array_make(cmd->pool, 4, sizeof(*c));
    c = apr_array_push(dc->rule_ctl);
    c->selector = arg;
    c->mode = (int)(apr_uintptr_t)cmd->info;
    return NULL;
}

static const char *set_regex_limits(cmd_parms *cmd, void *mconfig,
                                    const char *m, const char *d)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);
    char *e1, *e2;
    long mv = strtol(m, &e1, 10), dv = strtol(d, &e2, 10);

    (void)mconfig;
    if (*e1 || *e2 || mv < 1000 || mv > 100000000 || dv < 100 || dv > 10000000)
        return apr_psprintf(cmd->pool, "%s: expected a match limit "
                            "(1000-100000000) and a depth limit "
                            "(100-10000000), got '%s %s'", cmd->cmd->name, m, d);
    sc->rx_match = (apr_uint32_t)mv;
    sc->rx_depth = (apr_uint32_t)dv;
    return NULL;
}

static const char *set_on_limit(cmd_parms *cmd, void *mconfig, const char *a)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);

    (void)mconfig;
    if (!apr_cstr_casecmp(a, "block"))
        sc->on_limit = 1;
    else if (!apr_cstr_casecmp(a, "pass"))
        sc->on_limit = 0;
    else
        return apr_psprintf(cmd->pool, "%s: '%s' is not block or pass",
                            cmd->cmd->name, a);
    return NULL;
}

void *cmsguard_merge_srv_conf(apr_pool_t *p, void *basev, void *addv)
{
    const cmsguard_srv_conf *base = basev, *add = addv;
    cmsguard_srv_conf *m = apr_pcalloc(p, sizeof(*m));

    m->geo = add->geo ? add->geo : base->geo;
    m->geo_path = add->geo ? add->geo_path : base->geo_path;
    /* own specs only: post_config puts the main server's in front */
    m->rule_specs = add->rule_specs;
    m->rule_check = add->rule_check;
    m->rx_match = add->rx_match ? add->rx_match : base->rx_match;
    m->rx_depth = add->rx_depth ? add->rx_depth : base->rx_depth;
    m->on_limit = add->on_limit != CMSGUARD_UNSET ? add->on_limit : base->on_limit;
    m->baseline = add->baseline ? add->baseline : base->baseline;
    m->baseline_content = add->baseline_content != CMSGUARD_UNSET
        ? add->baseline_content : base->baseline_content;
    cmsguard_ban_conf_merge(p, &m->ban, &base->ban, &add->ban);
    m->ban_store = add->ban_store ? add->ban_store : base->ban_store;
    m->inv_root = add->inv_root ? add->inv_root : base->inv_root;
    m->inv_limit = add->inv_root ? add->inv_limit : base->inv_limit;
    return m;
}

/* Opened while the configuration is read: a missing or broken file then
 * fails `apachectl configtest` with file:line, and a graceful restart,
 * which re-reads the configuration, picks up an updated database. */
static const char *set_geoip(cmd_parms *cmd, void *mconfig, const char *arg)
{
    cmsguard_srv_conf *sc = ap_get_module_config(cmd->server->module_config,
                                                 &cmsguard_module);
    const char *path = ap_server_root_relative(cmd->pool, arg);
    const char *err;

    (void)mconfig;
    if (!path)
        return apr_psprintf(cmd->pool, "%s: invalid path '%s'",
                            cmd->cmd->name, arg);
    err = cmsguard_geo_open(cmd->pool, path, &sc->geo);
    if (err)
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    sc->geo_path = path;
    return NULL;
}

static const char *set_admin_presets(cmd_parms *cmd, void *mconfig,
                                     const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;
    unsigned bit = cmsguard_cms_parse(arg);

    if (dc->admin_presets == CMSGUARD_UNSET)
        dc->admin_presets = 0;
    if (!apr_cstr_casecmp(arg, "none"))
        return NULL;
    if (!bit)
        return apr_psprintf(cmd->pool, "%s: '%s' is not wordpress, "
                            "movabletype, drupal, drupal7, joomla, all or "
                            "none",
                            cmd->cmd->name, arg);
    dc->admin_presets |= (int)bit;
    return NULL;
}

static const char *add_admin_allow(cmd_parms *cmd, void *mconfig,
                                   const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;
    cmsguard_allow_t *a;

    /* The first entry in a section starts a new list (see the merge). */
    if (!dc->admin_allow)
        dc->admin_allow = apr_array_make(cmd->pool, 4, sizeof(*a));
    if (!apr_cstr_casecmp(arg, "none"))
        return NULL;
    a = apr_array_push(dc->admin_allow);
    memset(a, 0, sizeof(*a));
    if (cmsguard_geo_code(arg, a->country))
        return NULL;
    {
        const char *err = cmsguard_cidr_parse(cmd->pool, arg, &a->cidr);
        if (err)
            return apr_psprintf(cmd->pool, "%s: %s (expected an address, a "
                                "CIDR block or a two-letter country code)",
                                cmd->cmd->name, err);
    }
    return NULL;
}

static const char *add_admin_path(cmd_parms *cmd, void *mconfig,
                                  const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;
    apr_array_header_t **list = cmd->info ? &dc->admin_except
                                          : &dc->admin_paths;

    if (!*arg || strchr(arg, '?'))
        return apr_psprintf(cmd->pool, "%s: '%s' is not a path or a file "
                            "or folder name", cmd->cmd->name, arg);
    if (cmd->info && arg[0] != '/')
        return apr_psprintf(cmd->pool, "%s: '%s' must be a full path "
                            "starting with /", cmd->cmd->name, arg);
    if (!*list)
        *list = apr_array_make(cmd->pool, 4, sizeof(const char *));
    APR_ARRAY_PUSH(*list, const char *) =
        arg[0] == '/' ? cmsguard_path_canon(cmd->pool, arg, 0) : arg;
    return NULL;
}

static const char *set_admin_status(cmd_parms *cmd, void *mconfig,
                                    const char *arg)
{
    cmsguard_dir_conf *dc = mconfig;

    if (!strcmp(arg, "403"))
        dc->admin_status = HTTP_FORBIDDEN;
    else if (!strcmp(arg, "404"))
        dc->admin_status = HTTP_NOT_FOUND;
    else
        return apr_psprintf(cmd->pool, "%s: '%s' is not 403 or 404",
                            cmd->cmd->name, arg);
    return NULL;
}

/* Body and audit settings are RSRC_CONF|ACCESS_CONF: they decide memory
 * use and open files, which .htaccess authors must not control. */
const command_rec cmsguard_cmds[] = {
    AP_INIT_TAKE1("CMSGuardEngine", set_engine, NULL,
                  RSRC_CONF | ACCESS_CONF,
                  "On | Off | DetectionOnly (default On): enforce, do "
                  "nothing, or log what would be blocked"),
    AP_INIT_TAKE1("CMSGuardAuditLog", set_audit_log, NULL,
                  RSRC_CONF | ACCESS_CONF,
                  "file path (relative to ServerRoot) or \"|piped command\" "
                  "for JSON audit records, e.g. "
                  "${APACHE_LOG_DIR}/cmsguard_audit.log"),
    AP_INIT_TAKE1("CMSGuardRequestBodyLimit", set_body_limit, NULL,
                  RSRC_CONF | ACCESS_CONF,
                  "largest request body kept for inspection, e.g. 8M "
                  "(default 8M); larger bodies get 413"),
    AP_INIT_TAKE1("CMSGuardInspectBody", set_flag,
                  (void *)APR_OFFSETOF(cmsguard_dir_conf, inspect_body),
                  RSRC_CONF | ACCESS_CONF,
                  "On | Off (default Off): keep and inspect every request "
                  "body here, even where no policy needs it"),
    AP_INIT_TAKE1("CMSGuardXmlrpc", set_flag,
                  (void *)APR_OFFSETOF(cmsguard_dir_conf, xmlrpc),
                  RSRC_CONF | ACCESS_CONF,
                  "On | Off (default On): inspect request bodies at XML-RPC "
                  "endpoints (xmlrpc.php, mt-xmlrpc.cgi)"),
    AP_INIT_TAKE2("CMSGuardXmlrpcEndpoint", add_xr_endpoint, NULL,
                  RSRC_CONF | ACCESS_CONF,
                  "path-or-script-name wordpress|movabletype: a renamed "
                  "XML-RPC script, e.g. /blog/rpc.php wordpress"),
    AP_INIT_ITERATE("CMSGuardXmlrpcAllow", add_xr_rule, (void *)1,
                    RSRC_CONF | ACCESS_CONF,
                    "method names or prefix.* to allow beyond the profile, "
                    "e.g. pingback.ping"),
    AP_INIT_ITERATE("CMSGuardXmlrpcDeny", add_xr_rule, NULL,
                    RSRC_CONF | ACCESS_CONF,
                    "method names or prefix.* to refuse (wins over Allow), "
                    "e.g. system.multicall jetpack.*"),
    AP_INIT_TAKE1("CMSGuardXmlrpcMulticallLimit", set_count,
                  (void *)APR_OFFSETOF(cmsguard_dir_conf, xr_multicall_max),
                  RSRC_CONF | ACCESS_CONF,
                  "most calls in one system.multicall (default 40)"),
    AP_INIT_TAKE1("CMSGuardXmlrpcCredentialLimit", set_count,
                  (void *)APR_OFFSETOF(cmsguard_dir_conf, xr_credentials_max),
                  RSRC_CONF | ACCESS_CONF,
                  "most distinct user/password pairs in one system.multicall "
                  "(default 1)"),
    AP_INIT_TAKE1("CMSGuardXmlrpcLatin1", set_flag,
                  (void *)APR_OFFSETOF(cmsguard_dir_conf, xr_latin1),
                  RSRC_CONF | ACCESS_CONF,
                  "On | Off (default Off): accept encoding=\"ISO-8859-1\" "
                  "bodies with 8-bit characters (transcoded before checks)"),
    AP_INIT_TAKE1("CMSGuardGeoIPDatabase", set_geoip, NULL, RSRC_CONF,
                  "MaxMind DB with country data (GeoLite2-Country.mmdb), "
                  "for CMSGuardAdminAllow countries and Require "
                  "cmsguard-country"),
    AP_INIT_ITERATE("CMSGuardAdmin", set_admin_presets, NULL,
                    RSRC_CONF | ACCESS_CONF,
                    "which CMS admin screens to guard: wordpress movabletype "
                    "drupal (8+) drupal7 joomla | all | none (default "
                    "wordpress movabletype)"),
    AP_INIT_ITERATE("CMSGuardAdminAllow", add_admin_allow, NULL,
                    RSRC_CONF | ACCESS_CONF,
                    "clients allowed to admin screens: addresses, CIDR "
                    "blocks, two-letter country codes, or none; without "
                    "any, the admin guard is off"),
    AP_INIT_ITERATE("CMSGuardAdminPath", add_admin_path, NULL,
                    RSRC_CONF | ACCESS_CONF,
                    "more admin screens: /path (and below) or a file or "
                    "folder name at any depth"),
    AP_INIT_ITERATE("CMSGuardAdminExcept", add_admin_path, (void *)1,
                    RSRC_CONF | ACCESS_CONF,
                    "exact paths under an admin preset that stay public"),
    AP_INIT_TAKE1("CMSGuardAdminCaseFold", set_flag,
                  (void *)APR_OFFSETOF(cmsguard_dir_conf, admin_casefold),
                  RSRC_CONF | ACCESS_CONF,
                  "On | Off (default On): admin paths match in any case"),
    AP_INIT_TAKE1("CMSGuardAdminDenyStatus", set_admin_status, NULL,
                  RSRC_CONF | ACCESS_CONF,
                  "403 | 404 (default 403): the answer to a refused client"),
    AP_INIT_TAKE1("CMSGuardRules", add_rules, NULL, RSRC_CONF,
                  "virtual-patch rules: a .rules file, a directory of them "
                  "or a glob, e.g. /usr/share/cmsguard/rules"),
    AP_INIT_ITERATE("CMSGuardRuleDisable", add_rule_ctl,
                    (void *)CMSGUARD_RULE_OFF, RSRC_CONF | ACCESS_CONF,
                    "rules to turn off here: id, tag:T, plugin:P, cve:C, "
                    "cms:C or all"),
    AP_INIT_ITERATE("CMSGuardRuleEnable", add_rule_ctl,
                    (void *)CMSGUARD_RULE_ON, RSRC_CONF | ACCESS_CONF,
                    "rules to turn back on here (same selectors)"),
    AP_INIT_ITERATE("CMSGuardRuleDetect", add_rule_ctl,
                    (void *)CMSGUARD_RULE_DETECT, RSRC_CONF | ACCESS_CONF,
                    "rules that only log here (same selectors)"),
    AP_INIT_TAKE2("CMSGuardRegexLimits", set_regex_limits, NULL, RSRC_CONF,
                  "PCRE2 match and depth limits for rule regexes (default "
                  "100000 10000)"),
    AP_INIT_TAKE1("CMSGuardOnLimit", set_on_limit, NULL, RSRC_CONF,
                  "block | pass (default block): a rule regex that hits its "
                  "limit counts as a match, or not"),
    AP_INIT_TAKE1("CMSGuardPlantedGuard", set_flag,
                  (void *)APR_OFFSETOF(cmsguard_dir_conf, planted),
                  RSRC_CONF | ACCESS_CONF,
                  "On | Off (default On): never run scripts from upload "
                  "folders, nor scripts missing from CMSGuardScriptBaseline"),
    AP_INIT_TAKE1("CMSGuardUploadGuard", set_flag,
                  (void *)APR_OFFSETOF(cmsguard_dir_conf, upload_guard),
                  RSRC_CONF | ACCESS_CONF,
                  "On | Off (default On): refuse uploads that would be code "
                  "on the server (script extensions, .htaccess, PHP in an "
                  "image)"),
    AP_INIT_ITERATE("CMSGuardUploadDir", add_upload_dir, NULL,
                    RSRC_CONF | ACCESS_CONF,
                    "more folders where no script may run: a URL folder at "
                    "any depth (blog/uploads, * for one segment) or an "
                    "absolute file-system folder (/srv/www/blog/uploads)"),
    AP_INIT_TAKE1("CMSGuardScriptBaseline", set_baseline, NULL, RSRC_CONF,
                  "manifest written by `cmsguard baseline DOCROOT`: scripts "
                  "not in it are refused"),
    AP_INIT_TAKE12("CMSGuardInventory", set_inventory, NULL, RSRC_CONF,
                   "DOCROOT [limit]: at startup, log the installed CMS "
                   "components the loaded patches cover; with 'limit', turn "
                   "off patches for what is not installed"),
    AP_INIT_TAKE1("CMSGuardScriptBaselineContent", set_baseline_content, NULL,
                  RSRC_CONF,
                  "On | Off (default Off): also refuse scripts whose content "
                  "changed since the baseline"),
    AP_INIT_TAKE1("CMSGuardOnError", set_on_error, NULL,
                  RSRC_CONF | ACCESS_CONF,
                  "block (default): refuse with 500 a request whose "
                  "inspection failed inside the module; pass: let it go on"),
    AP_INIT_TAKE1("CMSGuardInspectionBudget", set_budget, NULL,
                  RSRC_CONF | ACCESS_CONF,
                  "time one request's inspection may take (default 500ms; "
                  "Off for none); past it CMSGuardOnError decides"),
    CMSGUARD_BAN_CMDS,
    {NULL}
};
