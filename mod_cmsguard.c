/* mod_cmsguard: shields CMS sites (Movable Type, WordPress, Drupal,
 * Joomla) against the attacks that hit them, inside httpd.
 *
 * This file holds the module record and hook registration only; each
 * concern lives in its own mod_cmsguard_*.c, and everything that can be
 * tested without httpd lives in the engine under src/.
 */
#include "httpd.h"
#include "http_config.h"
#include "http_log.h"
#include "ap_mmn.h"
#include "http_core.h"

#include "mod_cmsguard.h"
#include "version.h"

#if !AP_MODULE_MAGIC_AT_LEAST(20120211, 101)
#error "mod_cmsguard needs httpd 2.4.47 or later (ap_parse_strict_length)"
#endif

static int cmsguard_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                                apr_pool_t *ptemp, server_rec *s)
{
    (void)pconf;
    (void)plog;
    (void)ptemp;
    /* httpd runs post_config twice at start; say it once, when serving. */
    if (ap_state_query(AP_SQ_MAIN_STATE) != AP_SQ_MS_CREATE_PRE_CONFIG)
        ap_log_error(APLOG_MARK, APLOG_INFO, 0, s,
                     CMSGUARD_LOGNO(0001) "mod_cmsguard %s configured",
                     CMSGUARD_VERSION);
    return OK;
}

static void cmsguard_register_hooks(apr_pool_t *p)
{
    ap_hook_post_config(cmsguard_post_config, NULL, NULL, APR_HOOK_MIDDLE);
    cmsguard_audit_register_hooks(p);
    cmsguard_body_register_hooks(p);
    cmsguard_admin_register_hooks(p);
    cmsguard_rules_register_hooks(p);
    cmsguard_planted_register_hooks(p);
    cmsguard_ban_register_hooks(p);
    cmsguard_status_register_hooks(p);
}

AP_DECLARE_MODULE(cmsguard) = {
    STANDARD20_MODULE_STUFF,
    cmsguard_create_dir_conf,
    cmsguard_merge_dir_conf,
    cmsguard_create_srv_conf,
    cmsguard_merge_srv_conf,
    cmsguard_cmds,
    cmsguard_register_hooks
#if defined(AP_MODULE_FLAG_ALWAYS_MERGE)
    , AP_MODULE_FLAG_NONE
#endif
};
