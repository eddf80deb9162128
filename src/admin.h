/* Admin screens of the four CMSs, matched on the canonical path (and the
 * file the request maps to), so percent-encoding, "//", "/./", "/../",
 * ";params", trailing dots, case and path-info do not get around them. */
#ifndef CMSGUARD_ADMIN_H
#define CMSGUARD_ADMIN_H

#include <apr_pools.h>
#include <apr_tables.h>

#define CMSGUARD_CMS_WORDPRESS   0x1
#define CMSGUARD_CMS_MOVABLETYPE 0x2
#define CMSGUARD_CMS_DRUPAL      0x4
#define CMSGUARD_CMS_JOOMLA      0x8
#define CMSGUARD_CMS_DRUPAL7     0x10   /* Drupal 7: also ?q=admin */
#define CMSGUARD_CMS_ALL         0x1f

/* "wordpress" -> CMSGUARD_CMS_WORDPRESS ...; "all"; 0 if unknown */
unsigned cmsguard_cms_parse(const char *name);

typedef struct {
    unsigned presets;                 /* CMSGUARD_CMS_* bits */
    const apr_array_header_t *paths;  /* const char *: more admin paths */
    const apr_array_header_t *except; /* const char *: public exceptions */
    int case_sensitive;               /* 0: fold case (default) */
} cmsguard_admin_policy_t;

/* NULL if the request is not for an admin screen; otherwise a short
 * label for the audit record ("wordpress: wp-login.php").
 *   canon    cmsguard_path_canon() of the raw path
 *   filename the file the request maps to, or NULL
 *   query    the raw query string, or NULL
 * Extra paths and exceptions: "/x/y" is that path and everything below
 * it, "name" a path segment (file or folder name) at any depth. An
 * exception is an exact canonical path and beats the presets, never an
 * extra path. */
const char *cmsguard_admin_match(apr_pool_t *p,
                                 const cmsguard_admin_policy_t *pol,
                                 const char *canon, const char *filename,
                                 const char *query);

/* The same, always the long way: the reference cmsguard_admin_match's
 * shortcut for paths no preset can name is tested against. */
const char *cmsguard_admin_match_full(apr_pool_t *p,
                                      const cmsguard_admin_policy_t *pol,
                                      const char *canon, const char *filename,
                                      const char *query);

/* Drupal's login forms can be posted to any page (the login block):
 * label if this form body is one (form_id user_login, user_login_block,
 * user_login_form, user_pass), else NULL. Only with a Drupal preset. */
const char *cmsguard_admin_form(apr_pool_t *p, unsigned presets,
                                const char *ctype, const char *body,
                                apr_size_t len);

#endif
