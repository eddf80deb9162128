/* Private header of the mod_cmsguard glue (httpd side). The engine in src/
 * never includes this file. */
#ifndef MOD_CMSGUARD_H
#define MOD_CMSGUARD_H

#include "httpd.h"
#include "http_config.h"
#include "http_log.h"

#include "audit.h"
#include "verdict.h"
#include "xmlrpc_policy.h"
#include "admin.h"
#include "ipmatch.h"
#include "geo.h"
#include "rules.h"
#include "baseline.h"
#include "inventory.h"

/* Every log site carries a stable id so operators can grep and document
 * it. httpd reserves AHnnnnn for bundled modules, hence our own prefix.
 * The README lists them. */
#define CMSGUARD_LOGNO(n) "CMSGUARD" #n ": "

extern module AP_MODULE_DECLARE_DATA cmsguard_module;

typedef enum {
    CMSGUARD_ENGINE_UNSET = -1,
    CMSGUARD_ENGINE_OFF = 0,
    CMSGUARD_ENGINE_ON = 1,
    CMSGUARD_ENGINE_DETECT = 2
} cmsguard_engine_e;

#define CMSGUARD_UNSET (-1)
#define CMSGUARD_DEFAULT_BUDGET apr_time_from_msec(500)
#define CMSGUARD_DEFAULT_BODY_LIMIT ((apr_off_t)8 * 1024 * 1024)
#define CMSGUARD_MAX_BODY_LIMIT ((apr_off_t)1024 * 1024 * 1024)

/* One audit destination. Directives in any context share the object for
 * the same spec, so a file is opened once however often it is named. */
typedef struct {
    const char *spec;         /* path or "|command", as written */
    const char *defined_at;   /* "file:line" of the first mention */
    apr_file_t *fd;           /* set in open_logs, before the fork */
} cmsguard_auditlog_t;

/* All settings live in the per-directory record: server-context values
 * land in the server's defaults, which httpd merges under every <Location>
 * and <Directory> and under each vhost's own defaults, so one merge
 * function defines inheritance everywhere. */
typedef struct {
    int engine;                  /* cmsguard_engine_e */
    apr_off_t body_limit;        /* CMSGUARD_UNSET = default */
    int inspect_body;            /* CMSGUARD_UNSET = off */
    cmsguard_auditlog_t *audit;  /* NULL = unset: error log fallback */
    int xmlrpc;                  /* CMSGUARD_UNSET = on */
    int xr_multicall_max;        /* CMSGUARD_UNSET = default */
    int xr_credentials_max;      /* CMSGUARD_UNSET = default */
    int xr_latin1;               /* CMSGUARD_UNSET = off */
    /* cmsguard_xr_rule_t / cmsguard_xr_endpoint_t, inherited and added to
     * (base first, so a nearer setting comes later and wins) */
    apr_array_header_t *xr_rules;
    apr_array_header_t *xr_endpoints;
    int admin_presets;           /* CMSGUARD_CMS_* bits; UNSET = WP + MT */
    apr_array_header_t *admin_allow;  /* cmsguard_allow_t; replaced, not merged */
    apr_array_header_t *admin_paths;  /* const char *, accumulated */
    apr_array_header_t *admin_except; /* const char *, accumulated */
    int admin_status;            /* CMSGUARD_UNSET = 403 */
    int admin_casefold;          /* CMSGUARD_UNSET = on */
    apr_array_header_t *rule_ctl;     /* cmsguard_rule_ctl_t, accumulated */
    int planted;                 /* CMSGUARD_UNSET = on */
    int upload_guard;            /* CMSGUARD_UNSET = on */
    apr_array_header_t *upload_dirs;  /* const char *, accumulated */
    int on_error;                /* CMSGUARD_UNSET = block (1); pass 0 */
    apr_interval_time_t budget;  /* CMSGUARD_UNSET = default; 0 = none */
} cmsguard_dir_conf;

/* One CMSGuardRuleDisable/Enable/Detect selector. */
typedef struct {
    const char *selector;
    int mode;                    /* CMSGUARD_RULE_OFF, _ON, _DETECT */
} cmsguard_rule_ctl_t;

/* One CMSGuardAdminAllow entry: an address block or a country. */
typedef struct {
    cmsguard_cidr_t cidr;
    char country[3];             /* "" for an address entry */
} cmsguard_allow_t;

/* CMSGuardBan, CMSGuardLoginBan and friends (mod_cmsguard_ban.c). */
typedef struct {
    int n, t, d;                 /* blocks: N within T s ban for D s; n 0 off */
    int ln, lt, ld;              /* failed logins, the same; ln 0 off */
    int v6bits;                  /* CMSGUARD_UNSET = /64 */
    const char *defined_at;      /* "file:line" of CMSGuard[Login]Ban */
    apr_array_header_t *exempt;  /* cmsguard_cidr_t, accumulated */
} cmsguard_ban_conf_t;

typedef struct cmsguard_ban_store_t cmsguard_ban_store_t;

/* Server-wide settings (per virtual host, inherited from the main
 * server): things opened once per configuration generation. */
typedef struct {
    cmsguard_geo_t *geo;         /* NULL = no GeoIP database */
    const char *geo_path;
    apr_array_header_t *rule_specs;   /* const char *: this server's own */
    cmsguard_ruleset_t *rule_check;   /* config-time validation only */
    cmsguard_ruleset_t *rules;        /* built in post_config: main + own */
    apr_uint32_t rx_match, rx_depth;  /* 0 = default */
    int on_limit;                     /* CMSGUARD_UNSET = block */
    cmsguard_baseline_t *baseline;    /* CMSGuardScriptBaseline, or NULL */
    int baseline_content;             /* CMSGUARD_UNSET = off */
    cmsguard_ban_conf_t ban;
    cmsguard_ban_store_t *ban_store;  /* main server's; every server's
                                       * pointer is set in post_config */
    const char *inv_root;             /* CMSGuardInventory DOCROOT, or NULL */
    int inv_limit;                    /* ... limit: patches for what is
                                         not installed are off */
    /* built in post_config (pconf), kept for a status page */
    cmsguard_inventory_t *inventory;
    apr_array_header_t *inv_matches;  /* cmsguard_inv_match_t */
    unsigned char *inv_off;           /* by rule index: 1 = off (limit) */
} cmsguard_srv_conf;

void *cmsguard_create_srv_conf(apr_pool_t *p, server_rec *s);
void *cmsguard_merge_srv_conf(apr_pool_t *p, void *basev, void *addv);

/* mod_cmsguard_config.c */
void *cmsguard_create_dir_conf(apr_pool_t *p, char *dir);
void *cmsguard_merge_dir_conf(apr_pool_t *p, void *basev, void *addv);
extern const command_rec cmsguard_cmds[];
int cmsguard_engine_mode(const cmsguard_dir_conf *dc);
/* When inspection of this request must be over (0: no budget), counted
 * from now; the checks stop at the next rule once it has passed. */
apr_time_t cmsguard_deadline(const cmsguard_dir_conf *dc);
apr_off_t cmsguard_body_limit(const cmsguard_dir_conf *dc);

/* mod_cmsguard_audit.c */
void cmsguard_audit_register_hooks(apr_pool_t *p);
cmsguard_auditlog_t *cmsguard_auditlog_get(cmd_parms *cmd, const char *spec);
/* Fill the request-derived fields of rec. */
void cmsguard_audit_init_rec(request_rec *r, cmsguard_audit_rec_t *rec,
                             const char *rule_id, const char *msg, int status);
/* Write rec once to the configured audit log (or the error log) and
 * expose the decision to mod_log_config through CMSGUARD_* variables. */
void cmsguard_audit_emit(request_rec *r, const cmsguard_dir_conf *dc,
                         cmsguard_audit_rec_t *rec);

/* An internal error (the inspection budget ran out, a script could not be
 * read to compare with the baseline): recorded, then CMSGuardOnError
 * decides. Returns OK to go on, or HTTP_INTERNAL_SERVER_ERROR. */
int cmsguard_internal_error(request_rec *r, const cmsguard_dir_conf *dc,
                            const char *rule_id, const char *msg,
                            const char *target);

/* mod_cmsguard_body.c */
void cmsguard_body_register_hooks(apr_pool_t *p);

/* Per request_rec: what more than one check needs, computed once. */
typedef struct cmsguard_body_t cmsguard_body_t;
typedef struct {
    cmsguard_body_t *body;       /* kept body (on the initial request) */
    const char *canon;           /* cmsguard_path_canon of this request */
    cmsguard_req_t *req;         /* the engine's view (cmsguard_make_req) */
    cmsguard_xmlrpc_call_t *call;     /* parsed XML-RPC call (root request) */
    cmsguard_xr_profile_e xr;         /* its endpoint's profile */
    apr_time_t deadline;              /* inspection budget, 0 = none */
    int admin_checked;                /* the admin guard judged it */
    /* on the client's original request: */
    int audited;                      /* a record was written for it */
    void *pending;                    /* a subrequest's refusal, kept until
                                       * the answer is known */
} cmsguard_req_ctx;
cmsguard_req_ctx *cmsguard_ctx(request_rec *r);

/* The client's own request: the first of a chain of internal redirects,
 * which carries what the client sent (a subrequest is r->main's). */
static APR_INLINE request_rec *cmsguard_client_req(request_rec *r)
{
    while (r->prev)
        r = r->prev;
    return r;
}
/* The complete kept body of the client's request, if there is one. */
int cmsguard_body_get(request_rec *r, const char **data, apr_size_t *len);
/* This request's raw path, canonicalised once (every policy matches it) */
const char *cmsguard_canon_path(request_rec *r);

/* mod_cmsguard_admin.c */
void cmsguard_admin_register_hooks(apr_pool_t *p);
/* Country of the client (r->useragent_addr), looked up once per request;
 * NULL without a GeoIP database or for an unknown address. */
const char *cmsguard_client_country(request_rec *r);
/* A refused client's POST on a Drupal site: the form decides (login
 * forms can be posted to any page). */
int cmsguard_admin_wants_body(request_rec *r);
int cmsguard_admin_body(request_rec *r, const cmsguard_dir_conf *dc,
                        const char *body, apr_size_t len);

/* mod_cmsguard_rules.c */
void cmsguard_rules_register_hooks(apr_pool_t *p);
/* The rule set for this request's server, or NULL. */
const cmsguard_ruleset_t *cmsguard_server_rules(request_rec *r);
/* The engine's view of the client's request (its original URI, also
 * after internal redirects), with the kept body if any. */
cmsguard_req_t *cmsguard_make_req(request_rec *r, const char *body,
                                  apr_size_t len);
/* CMSGUARD_BODY_NONE, _MAY or _MUST (src/rules.h) */
int cmsguard_rules_want_body(request_rec *r, const cmsguard_dir_conf *dc);
/* Evaluate; OK or the status to refuse with (audit records written). */
int cmsguard_rules_check(request_rec *r, const cmsguard_dir_conf *dc,
                         const char *body, apr_size_t len,
                         cmsguard_xmlrpc_call_t *xmlrpc);

/* mod_cmsguard_inventory.c */
/* Scan each server's CMSGuardInventory docroot, log what the loaded
 * patches cover, and with "limit" mark the others off. Runs in
 * post_config once the rule sets are built. */
void cmsguard_inventory_post_config(apr_pool_t *pconf, server_rec *main_s);

/* mod_cmsguard_planted.c */
void cmsguard_planted_register_hooks(apr_pool_t *p);
/* Uploads: CMSGUARD_BODY_NONE, _MAY (anywhere) or _MUST (a CMS upload
 * endpoint), and the check of a kept body (OK or the status). */
int cmsguard_upload_want_body(request_rec *r, const cmsguard_dir_conf *dc);
int cmsguard_upload_check(request_rec *r, const cmsguard_dir_conf *dc,
                          const char *body, apr_size_t len);

/* mod_cmsguard_ban.c */
void cmsguard_ban_register_hooks(apr_pool_t *p);
void cmsguard_ban_conf_init(cmsguard_ban_conf_t *bc);
void cmsguard_ban_conf_merge(apr_pool_t *p, cmsguard_ban_conf_t *m,
                             const cmsguard_ban_conf_t *base,
                             const cmsguard_ban_conf_t *add);
/* Count a blocked request towards its address's ban (from audit emit). */
void cmsguard_ban_note_block(request_rec *r, const cmsguard_dir_conf *dc,
                             const cmsguard_audit_rec_t *rec);
/* Failed logins are read from the response: does this request's body
 * help (wp-login.php's user name)? CMSGUARD_BODY_NONE or _MAY. */
int cmsguard_login_want_body(request_rec *r, const cmsguard_dir_conf *dc);
const char *cmsguard_set_ban(cmd_parms *cmd, void *mconfig, int argc,
                             char *const argv[]);
const char *cmsguard_set_ban_store(cmd_parms *cmd, void *mconfig,
                                   const char *arg);
const char *cmsguard_add_ban_exempt(cmd_parms *cmd, void *mconfig,
                                    const char *arg);
const char *cmsguard_set_ban_v6prefix(cmd_parms *cmd, void *mconfig,
                                      const char *arg);
#define CMSGUARD_BAN_CMDS \
    AP_INIT_TAKE_ARGV("CMSGuardBan", cmsguard_set_ban, (void *)0, RSRC_CONF, \
                      "N T D: refuse an address for D seconds after N " \
                      "blocked requests within T seconds; Off (default)"), \
    AP_INIT_TAKE_ARGV("CMSGuardLoginBan", cmsguard_set_ban, (void *)1, \
                      RSRC_CONF, "N T D: refuse an address for D seconds " \
                      "after N failed logins within T seconds (from it, or " \
                      "on one user name); Off (default)"), \
    AP_INIT_TAKE1("CMSGuardBanStore", cmsguard_set_ban_store, NULL, \
                  RSRC_CONF, "socache provider[:args] holding counters " \
                  "and bans: shmcb (default), redis:host:port, " \
                  "memcache:host:port"), \
    AP_INIT_ITERATE("CMSGuardBanExempt", cmsguard_add_ban_exempt, NULL, \
                    RSRC_CONF, "addresses or CIDR blocks never counted " \
                    "or banned"), \
    AP_INIT_TAKE1("CMSGuardBanIPv6Prefix", cmsguard_set_ban_v6prefix, NULL, \
                  RSRC_CONF, "prefix length IPv6 clients are counted and " \
                  "banned by (default 64)")

/* mod_cmsguard_status.c */
void cmsguard_status_register_hooks(apr_pool_t *p);
/* Count a decision record for the status page (from audit emit). */
void cmsguard_status_note(request_rec *r, const cmsguard_audit_rec_t *rec);

/* mod_cmsguard_xmlrpc.c */
/* The XML-RPC profile this request's endpoint uses, or NONE. */
cmsguard_xr_profile_e cmsguard_xmlrpc_profile(request_rec *r,
                                              const cmsguard_dir_conf *dc);
/* Judge a kept body; returns OK, or the status to refuse with (after
 * writing the audit record). */
int cmsguard_xmlrpc_inspect(request_rec *r, const cmsguard_dir_conf *dc,
                            cmsguard_xr_profile_e prof,
                            const char *body, apr_size_t len,
                            cmsguard_xmlrpc_call_t **call);
/* Audit a verdict (shared by every check). */
int cmsguard_refuse(request_rec *r, const cmsguard_dir_conf *dc,
                    const cmsguard_verdict_t *v);

/* Built-in decision ids (rule ids below 100000 are the module's own;
 * virtual-patch packs use 100000 and above). */
#define CMSGUARD_RULE_BODY_LIMIT   "1001"
#define CMSGUARD_RULE_BODY_READ    "1002"
#define CMSGUARD_RULE_BUDGET       "1003"  /* internal: budget ran out */
#define CMSGUARD_RULE_UNREADABLE   "1004"  /* internal: script unreadable */
#define CMSGUARD_RULE_ADMIN        "3001"
#define CMSGUARD_RULE_UPLOAD_DIR   "4001"
#define CMSGUARD_RULE_NOT_BASELINE "4002"
#define CMSGUARD_RULE_CHANGED      "4003"
#define CMSGUARD_RULE_UPLOAD       "4004"
#define CMSGUARD_RULE_BANNED       "5001"  /* refused: address banned */
#define CMSGUARD_RULE_BAN          "5002"  /* a ban starts */

#endif
