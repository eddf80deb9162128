/* CMSGuardInventory in httpd: scan the docroot once per configuration
 * generation (post_config, after the rule sets are built), log which
 * installed components the loaded patches cover, keep the result in the
 * server config for a status page, and with "limit" turn off the patches
 * for what is not installed. Detection and matching are the engine's
 * (src/inventory.c). */
#include "apr_strings.h"
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"

#include "mod_cmsguard.h"

APLOG_USE_MODULE(cmsguard);

static const char *cves_of(apr_pool_t *p, const cmsguard_rule_t *r)
{
    return r->cves ? apr_array_pstrcat(p, r->cves, ' ') : "no CVE";
}

static void log_scan(apr_pool_t *p, server_rec *s, const cmsguard_srv_conf *sc)
{
    const cmsguard_inventory_t *inv = sc->inventory;
    int i;

    if (!inv->cms)
        ap_log_error(APLOG_MARK, APLOG_INFO, 0, s,
                     CMSGUARD_LOGNO(0801) "inventory of %s: no CMS found "
                     "(%d files read)", inv->root, inv->files_read);
    else
        ap_log_error(APLOG_MARK, APLOG_INFO, 0, s,
                     CMSGUARD_LOGNO(0801) "inventory of %s: %s %s%s%s, %d "
                     "components (%d files read)", inv->root, inv->cms,
                     cmsguard_inventory_version_text(
                         &APR_ARRAY_IDX(inv->components, 0, cmsguard_component_t)),
                     *inv->base ? " in " : "", inv->base,
                     inv->components->nelts, inv->files_read);
    for (i = 0; sc->inv_matches && i < sc->inv_matches->nelts; i++) {
        const cmsguard_inv_match_t *m =
            &APR_ARRAY_IDX(sc->inv_matches, i, cmsguard_inv_match_t);
        const cmsguard_rule_t *r = m->rule;

        if (m->why == CMSGUARD_INV_AFFECTED)
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s,
                         CMSGUARD_LOGNO(0802) "%s %s %s %s is vulnerable: "
                         "rule %s (%s, affected %s, fixed %s) patches it", inv->cms, m->comp->kind, m->comp->slug,
                         m->comp->version, r->id, cves_of(p, r), r->affected,
                         r->fixed ? r->fixed : "unknown");
        else
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s,
                         CMSGUARD_LOGNO(0803) "%s %s %s: %s, rule %s (%s, "
                         "affected %s, fixed %s) applies", inv->cms,
                         m->comp->kind, m->comp->slug,
                         m->why == CMSGUARD_INV_VERSION_UNKNOWN
                             ? "version unknown"
                             : apr_pstrcat(p, m->comp->version,
                                           ", range not machine-readable", NULL),
                         r->id, cves_of(p, r), r->affected ? r->affected : "?",
                         r->fixed ? r->fixed : "unknown");
    }
    for (i = 0; i < inv->notes->nelts; i++)
        ap_log_error(APLOG_MARK, APLOG_INFO, 0, s,
                     CMSGUARD_LOGNO(0804) "inventory of %s: %s", inv->root,
                     APR_ARRAY_IDX(inv->notes, i, const char *));
}

/* limit: one flag per rule of this server's set */
static void apply_limit(apr_pool_t *pconf, server_rec *s, cmsguard_srv_conf *sc,
                        int logging)
{
    const apr_array_header_t *all = cmsguard_rules_all(sc->rules);
    int i, off = 0;

    if (!sc->inventory->cms) {
        if (logging)
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s,
                         CMSGUARD_LOGNO(0805) "CMSGuardInventory %s limit: no "
                         "CMS found, every patch stays on", sc->inv_root);
        return;
    }
    sc->inv_off = apr_pcalloc(pconf, (apr_size_t)all->nelts + 1);
    for (i = 0; i < all->nelts; i++) {
        const cmsguard_rule_t *r = APR_ARRAY_IDX(all, i, const cmsguard_rule_t *);
        if (!cmsguard_inventory_wants_rule(sc->inventory, r)) {
            sc->inv_off[r->index] = 1;
            off++;
        }
    }
    if (logging)
        ap_log_error(APLOG_MARK, APLOG_INFO, 0, s,
                     CMSGUARD_LOGNO(0806) "CMSGuardInventory %s limit: %d "
                     "patches on, %d off (for a CMS or plugin not installed)",
                     sc->inv_root, all->nelts - off, off);
}

void cmsguard_inventory_post_config(apr_pool_t *pconf, server_rec *main_s)
{
    cmsguard_srv_conf *msc = ap_get_module_config(main_s->module_config,
                                                  &cmsguard_module);
    /* httpd runs post_config twice at start; log once, when serving */
    int logging = ap_state_query(AP_SQ_MAIN_STATE) != AP_SQ_MS_CREATE_PRE_CONFIG;
    server_rec *s;

    for (s = main_s; s; s = s->next) {
        cmsguard_srv_conf *sc = ap_get_module_config(s->module_config,
                                                     &cmsguard_module);
        /* a vhost without its own directive shares the main server's scan */
        int own = s == main_s || sc->inv_root != msc->inv_root;
        const char *err;

        /* a vhost with no cmsguard directive of its own has no config of
         * its own either: httpd hands it the main server's object, done
         * above (resetting it here would lose the main server's scan) */
        if (s != main_s && sc == msc)
            continue;
        sc->inventory = NULL;
        sc->inv_matches = NULL;
        sc->inv_off = NULL;
        if (!sc->inv_root)
            continue;
        if (own) {
            if ((err = cmsguard_inventory_scan(pconf, sc->inv_root, NULL,
                                               &sc->inventory))) {
                ap_log_error(APLOG_MARK, APLOG_ERR, 0, s,
                             CMSGUARD_LOGNO(0807) "CMSGuardInventory: %s; "
                             "no inventory, every patch stays on", err);
                continue;
            }
        }
        else if (!(sc->inventory = msc->inventory))
            continue;
        if (sc->rules)
            sc->inv_matches = cmsguard_inventory_match(pconf, sc->inventory,
                                                       sc->rules);
        if (own && logging)
            log_scan(pconf, s, sc);
        if (sc->inv_limit && sc->rules)
            apply_limit(pconf, s, sc, logging && own);
    }
}
