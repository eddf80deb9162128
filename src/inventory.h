/* Inventory: which CMS (and version) a document root holds, which
 * plugins, themes, modules and extensions are installed with which
 * versions, and which loaded virtual patches cover them.
 *
 * Detection reads only the files that carry versions, each at most
 * max_bytes long, at most max_files of them, and never a file or folder
 * whose real path (symlinks resolved) leaves the document root.
 *
 *   WordPress    wp-includes/version.php ($wp_version); plugins: the PHP
 *                file with a "Plugin Name:" header in wp-content/plugins/
 *                SLUG/ (its "Version:"; readme.txt "Stable tag:" when the
 *                header has none), single-file plugins; themes: style.css
 *   Drupal 8+    core/lib/Drupal.php (const VERSION); modules: *.info.yml
 *                "version:" (Drupal.org packaging) under modules/ and
 *                sites/all/modules/; vendor/phpunit/phpunit
 *   Drupal 7     includes/bootstrap.inc (define('VERSION', ...)); modules:
 *                *.info "version =" under sites/all/modules/
 *   Joomla       libraries/src/Version.php (MAJOR/MINOR/PATCH_VERSION,
 *                3.8+), libraries/cms/version/version.php or
 *                libraries/joomla/version.php (RELEASE + DEV_LEVEL, 1.5 to
 *                3.7), administrator/manifests/files/joomla.xml; extensions:
 *                administrator/components/com_X/ and plugins/GROUP/NAME/
 *                manifests (<version>)
 *   Movable Type lib/MT.pm (PRODUCT_VERSION / VERSION_ID / VERSION in its
 *                BEGIN block), mt-check.cgi as fallback; in the root or in
 *                mt/, cgi-bin/mt/ or cgi-bin/; plugins: plugins/NAME/
 *                config.yaml (top-level "version:") or plugins/NAME/NAME.pl (any .pl)
 */
#ifndef CMSGUARD_INVENTORY_H
#define CMSGUARD_INVENTORY_H

#include <apr_pools.h>
#include <apr_tables.h>

#include "rules.h"

typedef struct {
    const char *slug;      /* what a rule's "plugin" names: the plugin's
                              folder, com_jce, plg_system_x; for the core
                              "wordpress", "drupal-core", ... */
    const char *kind;      /* core, plugin, theme, module, component,
                              library */
    const char *version;   /* comparable version, NULL = unknown */
    const char *raw;       /* as written (Drupal's "7.x-1.15"), or NULL */
    const char *source;    /* file it came from, relative to the root */
} cmsguard_component_t;

typedef struct {
    const char *root;      /* the document root, symlinks resolved */
    const char *base;      /* where the CMS sits below it ("" = root) */
    const char *cms;       /* wordpress, drupal, joomla, movabletype; NULL */
    /* the core first (when a CMS was found), then the others by kind and
     * slug */
    apr_array_header_t *components;   /* cmsguard_component_t */
    apr_array_header_t *notes;        /* const char *: what was skipped */
    int files_read;
    int limited;           /* a limit stopped the scan early */
} cmsguard_inventory_t;

typedef struct {
    int max_files;         /* files read in all (0: 2000) */
    apr_size_t max_bytes;  /* bytes read per file (0: 64 KiB) */
    int max_entries;       /* names read per folder (0: 2000) */
} cmsguard_inventory_limits_t;

/* Scan a document root; lim may be NULL. Returns NULL and the inventory,
 * or a message (the root is not a readable folder). Finding no CMS is not
 * an error: inv->cms is NULL. */
const char *cmsguard_inventory_scan(apr_pool_t *p, const char *docroot,
                                    const cmsguard_inventory_limits_t *lim,
                                    cmsguard_inventory_t **out);

/* Compare versions as PHP's version_compare() orders them (numbers part
 * by part; dev < alpha|a < beta|b < RC|rc < a number < pl|p), except
 * that a missing part counts as 0, so 6.9 equals 6.9.0. <0, 0, >0. */
int cmsguard_version_cmp(const char *a, const char *b);

/* Does a rule's "affected" text contain version v? The forms the packs
 * use, separated by ',' or ';', parenthesised remarks ignored, leading
 * labels ("Pro/Advanced", "PHPUnit") skipped:
 *   1.2.3           exactly that version
 *   1.3.24-1.3.26   from - to, both included
 *   < 5.9.9  <=1.3.7  > 1  >= 1     and  "1.2 and earlier", "before 1.2",
 *                                        "up to 1.2"
 *   7.x  8.4.x      that series;  "8.4.x < 8.4.6", "4.3x up to 4.38":
 *                   that series and the bound  (4.2x: versions starting
 *                   with 4.2)
 * Returns CMSGUARD_AFFECTED_YES, _NO, or _UNKNOWN when no part of the
 * text could be read as a range. */
#define CMSGUARD_AFFECTED_NO       0
#define CMSGUARD_AFFECTED_YES      1
#define CMSGUARD_AFFECTED_UNKNOWN  (-1)
int cmsguard_affected_match(const char *affected, const char *v);

/* Why a patch applies to a component */
#define CMSGUARD_INV_AFFECTED        1   /* the version is in the range */
#define CMSGUARD_INV_VERSION_UNKNOWN 2   /* version unknown: patch applies */
#define CMSGUARD_INV_RANGE_UNKNOWN   3   /* the rule's range is not
                                            machine-readable: applies */
typedef struct {
    const cmsguard_component_t *comp;
    const cmsguard_rule_t *rule;
    int why;
} cmsguard_inv_match_t;

/* Loaded rules that concern an installed component (rule cms = the CMS
 * found, rule plugin = the component's slug; a rule whose plugin is the
 * CMS itself, "<cms>-core" or absent concerns the core) and that apply
 * to its version, in component order then rule load order. */
apr_array_header_t *cmsguard_inventory_match(apr_pool_t *p,
                                             const cmsguard_inventory_t *inv,
                                             const cmsguard_ruleset_t *rs);

/* For "limit": 1 when a rule concerns something installed, or cannot be
 * judged (it names no cms, or no CMS was found), 0 when it is for another
 * CMS or for a plugin that is not installed. */
int cmsguard_inventory_wants_rule(const cmsguard_inventory_t *inv,
                                  const cmsguard_rule_t *r);

/* "version unknown" for NULL */
const char *cmsguard_inventory_version_text(const cmsguard_component_t *c);

#endif
