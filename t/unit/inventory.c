/* Specification of the inventory (src/inventory.c): version order, the
 * packs' "affected" texts, detection in odd trees, and which rules
 * concern what is installed. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "tap.h"
#include "inventory.h"

static apr_pool_t *p;

static const char rules_text[] =
    "rule 100001 \"core\"\n    cms wordpress\n    plugin wordpress\n    affected < 6.5\n    when path eq /a\n"
    "rule 100002 \"core fixed\"\n    cms wordpress\n    affected <= 6.4.1\n    when path eq /b\n"
    "rule 100003 \"good\"\n    cms wordpress\n    plugin good\n    affected 2.0-2.1.0\n    when path eq /c\n"
    "rule 100004 \"trunk\"\n    cms wordpress\n    plugin trunk\n    affected < 1.0\n    when path eq /d\n"
    "rule 100005 \"absent\"\n    cms wordpress\n    plugin absent\n    affected < 9\n    when path eq /e\n"
    "rule 100006 \"other cms\"\n    cms drupal\n    plugin drupal-core\n    when path eq /f\n"
    "rule 100007 \"no cms\"\n    when path eq /g\n"
    "rule 100008 \"prose range\"\n    cms wordpress\n    plugin good\n    affected whatever\n    when path eq /h\n";
static char dir[] = "/tmp/cmsguard-inv-XXXXXX";

static void put(const char *rel, const char *text)
{
    char path[512], *slash;
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", dir, rel);
    for (slash = path + strlen(dir) + 1; (slash = strchr(slash, '/')); slash++) {
        *slash = '\0';
        mkdir(path, 0755);
        *slash = '/';
    }
    f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static const cmsguard_component_t *find(const cmsguard_inventory_t *inv,
                                        const char *slug)
{
    int i;
    for (i = 0; i < inv->components->nelts; i++)
        if (!strcmp(APR_ARRAY_IDX(inv->components, i, cmsguard_component_t).slug, slug))
            return &APR_ARRAY_IDX(inv->components, i, cmsguard_component_t);
    return NULL;
}

static const char *version_of(const cmsguard_inventory_t *inv, const char *slug)
{
    const cmsguard_component_t *c = find(inv, slug);
    return c ? cmsguard_inventory_version_text(c) : "(not found)";
}

static cmsguard_inventory_t *scan(const char *sub, int max_files)
{
    cmsguard_inventory_t *inv = NULL;
    cmsguard_inventory_limits_t lim = { max_files, 0, 0 };
    const char *err = cmsguard_inventory_scan(p, apr_pstrcat(p, dir, "/", sub, NULL),
                                              &lim, &inv);
    if (err)
        printf("# scan: %s\n", err);
    return inv;
}

static int has_note(const cmsguard_inventory_t *inv, const char *part)
{
    int i;
    for (i = 0; i < inv->notes->nelts; i++)
        if (strstr(APR_ARRAY_IDX(inv->notes, i, const char *), part))
            return 1;
    return 0;
}

int main(void)
{
    static const struct { const char *a, *b; int want; } cmp[] = {
        { "5.3.1", "5.3.2", -1 }, { "5.3.10", "5.3.9", 1 }, { "6.9", "6.9.0", 0 },
        { "1.0", "1.0.1", -1 }, { "1.0-beta", "1.0", -1 }, { "1.0RC1", "1.0", -1 },
        { "1.0alpha", "1.0beta", -1 }, { "1.0-dev", "1.0alpha", -1 },
        { "1.0pl1", "1.0", 1 }, { "10.1.6", "9.5.11", 1 }, { "4.38", "4.4", 1 },
        { "007", "7", 0 }, { "2.0.10", "2.0.11", -1 },
    };
    static const struct { const char *aff, *v; int want; } aff[] = {
        /* from - to */
        { "1.3.24-1.3.26", "1.3.26", 1 }, { "1.3.24-1.3.26", "1.3.23", 0 },
        { "1.3.24-1.3.26", "1.3.27", 0 }, { "6.0-6.8", "6.9", 0 }, { "6.0-6.8", "6.8", 1 },
        { "9.0.0-9.1.1.1", "9.1.1.1", 1 }, { "9.0.0-9.1.1.1", "9.1.1.2", 0 },
        /* operators, spaced or not */
        { "< 5.9.9", "5.9.8", 1 }, { "< 5.9.9", "5.9.9", 0 }, { "<1.6.4", "1.6.3", 1 },
        { "<= 1.3.7", "1.3.7", 1 }, { "<=1.2.1", "1.2.2", 0 }, { "<4.2", "4.1.9", 1 },
        /* exact, with a remark */
        { "3.7.0", "3.7.0", 1 }, { "3.7.0", "3.7.1", 0 },
        { "3.9.11 (others unverified)", "3.9.11", 1 },
        { "3.9.11 (others unverified)", "3.9.12", 0 },
        /* words */
        { "2.0.10 and earlier", "2.0.10", 1 }, { "2.0.10 and earlier", "2.0.11", 0 },
        /* series, and a series with a bound */
        { "6.x; 7.x < 7.58; 8.x < 8.3.9; 8.4.x < 8.4.6; 8.5.x < 8.5.1", "6.38", 1 },
        { "6.x; 7.x < 7.58; 8.x < 8.3.9; 8.4.x < 8.4.6; 8.5.x < 8.5.1", "7.57", 1 },
        { "6.x; 7.x < 7.58; 8.x < 8.3.9; 8.4.x < 8.4.6; 8.5.x < 8.5.1", "7.58", 0 },
        { "6.x; 7.x < 7.58; 8.x < 8.3.9; 8.4.x < 8.4.6; 8.5.x < 8.5.1", "8.4.5", 1 },
        { "6.x; 7.x < 7.58; 8.x < 8.3.9; 8.4.x < 8.4.6; 8.5.x < 8.5.1", "8.4.6", 0 },
        { "6.x; 7.x < 7.58; 8.x < 8.3.9; 8.4.x < 8.4.6; 8.5.x < 8.5.1", "8.5.0", 1 },
        { "6.x; 7.x < 7.58; 8.x < 8.3.9; 8.4.x < 8.4.6; 8.5.x < 8.5.1", "9.0.0", 0 },
        /* Movable Type's texts */
        { "4.2x, 4.3x up to 4.38 unpatched", "4.25", 1 },
        { "4.2x, 4.3x up to 4.38 unpatched", "4.38", 1 },
        { "4.2x, 4.3x up to 4.38 unpatched", "4.1", 0 },
        { "4.2x, 4.3x up to 4.38 unpatched", "5.0", 0 },
        { "Pro/Advanced 6.0.x, 6.1.x < 6.1.3, 6.2.x < 6.2.6; Open Source 5.2.13 and earlier", "6.2.4", 1 },
        { "Pro/Advanced 6.0.x, 6.1.x < 6.1.3, 6.2.x < 6.2.6; Open Source 5.2.13 and earlier", "6.2.6", 0 },
        { "Pro/Advanced 6.0.x, 6.1.x < 6.1.3, 6.2.x < 6.2.6; Open Source 5.2.13 and earlier", "5.2.13", 1 },
        { "Pro/Advanced 6.0.x, 6.1.x < 6.1.3, 6.2.x < 6.2.6; Open Source 5.2.13 and earlier", "6.3.1", 0 },
        /* a label before the ranges, a clause about another product */
        { "PHPUnit 4.8.19-4.8.27, 5.0.10-5.6.2 (under a web-reachable vendor/)", "5.6.2", 1 },
        { "PHPUnit 4.8.19-4.8.27, 5.0.10-5.6.2 (under a web-reachable vendor/)", "5.6.3", 0 },
        { "2.5.4-2.5.25, 3.0.0-3.2.5, 3.3.0-3.3.4 (com_joomlaupdate); Akeeba Backup before its September 2014 release", "3.3.4", 1 },
        { "2.5.4-2.5.25, 3.0.0-3.2.5, 3.3.0-3.3.4 (com_joomlaupdate); Akeeba Backup before its September 2014 release", "3.4.0", 0 },
        /* not machine-readable at all */
        { "<2020-03-09 release", "1.6.66", -1 }, { "all of them", "1.0", -1 },
    };
    cmsguard_inventory_t *inv;
    cmsguard_ruleset_t *rs;
    apr_array_header_t *m;
    const char *err;
    unsigned i;
    char path[512], out[512];

    apr_initialize();
    apr_pool_create(&p, NULL);

    for (i = 0; i < sizeof(cmp) / sizeof(cmp[0]); i++) {
        int got = cmsguard_version_cmp(cmp[i].a, cmp[i].b);
        is_int(got < 0 ? -1 : got > 0, cmp[i].want, "version_cmp(%s, %s)", cmp[i].a, cmp[i].b);
        got = cmsguard_version_cmp(cmp[i].b, cmp[i].a);
        is_int(got < 0 ? -1 : got > 0, -cmp[i].want, "version_cmp(%s, %s)", cmp[i].b, cmp[i].a);
    }
    for (i = 0; i < sizeof(aff) / sizeof(aff[0]); i++)
        is_int(cmsguard_affected_match(aff[i].aff, aff[i].v), aff[i].want,
               "'%s' holds %s: %d", aff[i].aff, aff[i].v, aff[i].want);
    is_int(cmsguard_affected_match(NULL, "1.0"), CMSGUARD_AFFECTED_UNKNOWN, "no range: unknown");

    ok(mkdtemp(dir) != NULL, "temp dir %s", dir);

    /* Joomla 4: class constants in libraries/src/Version.php */
    put("j4/libraries/src/Version.php",
        "<?php\nnamespace Joomla\\CMS;\nfinal class Version\n{\n"
        "    /**\n     * Major release version.\n     * @var    integer\n     */\n"
        "    public const MAJOR_VERSION = 4;\n    public const MINOR_VERSION = 2;\n"
        "    public const PATCH_VERSION = 7;\n    public const EXTRA_VERSION = '';\n}\n");
    inv = scan("j4", 0);
    is_str(inv ? inv->cms : NULL, "joomla", "Joomla 4 is found");
    is_str(version_of(inv, "joomla-core"), "4.2.7", "from MAJOR/MINOR/PATCH_VERSION");

    /* Joomla 2.5: public properties */
    put("j25/libraries/cms/version/version.php",
        "<?php\nfinal class JVersion\n{\n\t/** @var  string  Release version. */\n"
        "\tpublic $RELEASE = '2.5';\n\tpublic $DEV_LEVEL = '25';\n\tpublic $DEV_STATUS = 'Stable';\n}\n");
    inv = scan("j25", 0);
    is_str(version_of(inv, "joomla-core"), "2.5.25", "Joomla 2.5 from $RELEASE.$DEV_LEVEL");

    /* Movable Type from a source checkout: VERSION_ID is a placeholder,
     * PRODUCT_VERSION is not */
    put("mtsrc/lib/MT.pm",
        "package MT;\n\nour ( $VERSION, $SCHEMA_VERSION );\n"
        "BEGIN {\n    ( $VERSION, $SCHEMA_VERSION ) = ( '8.004001', '8.0001' );\n"
        "    (   $PRODUCT_NAME, $PRODUCT_CODE,   $PRODUCT_VERSION,\n"
        "        $VERSION_ID,   $RELEASE_NUMBER, $PORTAL_URL,\n        $RELEASE_VERSION_ID\n        )\n"
        "        = (\n        '__PRODUCT_NAME__',   '__PRODUCT_CODE__',\n"
        "        '8.4.1',              '__PRODUCT_VERSION_ID__',\n"
        "        '__RELEASE_NUMBER__', '__PORTAL_URL__',\n        '__RELEASE_VERSION_ID__',\n        );\n}\n1;\n");
    inv = scan("mtsrc", 0);
    is_str(inv ? inv->cms : NULL, "movabletype", "MT in the root");
    is_str(version_of(inv, "movabletype-core"), "8.4.1", "PRODUCT_VERSION from the list assignment");

    /* Movable Type known only by mt-check.cgi, under mt/ */
    put("mtchk/mt/mt-check.cgi",
        "my $version = $cgi->param(\"version\");\n$version ||= '__PRODUCT_VERSION_ID__';\n"
        "if ( $version eq '__PRODUCT_VERSION' . '_ID__' ) {\n    $version = '5.2.13';\n}\n");
    inv = scan("mtchk", 0);
    is_str(inv ? inv->base : NULL, "mt/", "MT found in mt/");
    is_str(version_of(inv, "movabletype-core"), "5.2.13", "version from mt-check.cgi's fallback");

    /* WordPress: odd trees */
    put("wp/wp-includes/version.php", "<?php\n$wp_version = '6.4.2';\n");
    put("wp/wp-content/plugins/good/good.php",
        "<?php\n/**\n * Plugin Name: Good\n * Version:     2.1.0\n */\n");
    put("wp/wp-content/plugins/inline/inline.php",
        "<?php /* Plugin Name: Inline\nVersion: 1.2 */ ?>\n");
    put("wp/wp-content/plugins/trunk/readme.txt", "=== T ===\nStable tag: trunk\n");
    put("wp/wp-content/plugins/silly/silly.php",
        "<?php\n/*\nPlugin Name: Silly\nVersion: <?php echo 1; ?>\n*/\n");
    /* a plugin folder that is a symlink out of the docroot */
    put("outside/evil/evil.php", "<?php\n/*\nPlugin Name: Evil\nVersion: 9.9\n*/\n");
    snprintf(path, sizeof(path), "%s/outside/evil", dir);
    snprintf(out, sizeof(out), "%s/wp/wp-content/plugins/evil", dir);
    ok(symlink(path, out) == 0, "symlink a plugin folder to outside the docroot");
    /* a symlink that stays inside is followed */
    snprintf(out, sizeof(out), "%s/wp/wp-content/plugins/alias", dir);
    ok(symlink("good", out) == 0, "symlink a plugin folder inside the docroot");
    /* a FIFO where a header file should be must not hang the scan */
    snprintf(out, sizeof(out), "%s/wp/wp-content/plugins/fifo", dir);
    mkdir(out, 0755);
    snprintf(out, sizeof(out), "%s/wp/wp-content/plugins/fifo/fifo.php", dir);
    ok(mkfifo(out, 0644) == 0, "a FIFO as a plugin file");
    inv = scan("wp", 0);
    is_str(inv ? inv->cms : NULL, "wordpress", "WordPress found");
    is_str(version_of(inv, "wordpress"), "6.4.2", "core version");
    is_str(version_of(inv, "good"), "2.1.0", "header in a docblock");
    is_str(version_of(inv, "inline"), "1.2", "comment end cut off");
    is_str(version_of(inv, "trunk"), "version unknown", "Stable tag: trunk is no version");
    is_str(version_of(inv, "silly"), "version unknown", "PHP code is no version");
    is_str(version_of(inv, "fifo"), "version unknown", "the FIFO is skipped, not read");
    is_str(version_of(inv, "evil"), "(not found)", "a folder outside the root is not read");
    ok(inv && has_note(inv, "evil: leads outside"), "and a note says why");
    is_str(version_of(inv, "alias"), "2.1.0", "a symlink inside the root is followed");

    /* limits: one file read in all */
    inv = scan("wp", 1);
    ok(inv && inv->limited && inv->files_read == 1, "max_files stops the scan (%d read)",
       inv ? inv->files_read : -1);
    ok(inv && has_note(inv, "file limit"), "with a note");

    /* not a folder, nothing found */
    ok(cmsguard_inventory_scan(p, "/nonexistent/x", NULL, &inv) != NULL, "missing root: error");
    inv = scan("outside", 0);
    ok(inv && !inv->cms && inv->components->nelts == 0, "no CMS: no components, no error");

    /* rules against the inventory */
    rs = cmsguard_ruleset_make(p);
    err = cmsguard_rules_load_text(rs, "t.rules", rules_text, strlen(rules_text));
    ok(!err, "test rules load: %s", err ? err : "ok");
    cmsguard_rules_finish(rs);
    inv = scan("wp", 0);
    m = cmsguard_inventory_match(p, inv, rs);
    {
        char got[256] = "";
        int k;
        for (k = 0; k < m->nelts; k++) {
            const cmsguard_inv_match_t *x = &APR_ARRAY_IDX(m, k, cmsguard_inv_match_t);
            snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%s:%s:%d",
                     k ? " " : "", x->comp->slug, x->rule->id, x->why);
        }
        /* core (plugin named or absent), good in range, prose range applies,
         * trunk's unknown version gets its patch; absent/other cms/no cms
         * never match a component; "alias" is a slug no rule names */
        is_str(got, "wordpress:100001:1 good:100003:1 good:100008:3 trunk:100004:2",
               "matches: component:rule:why");
    }
    {
        const apr_array_header_t *all = cmsguard_rules_all(rs);
        char got[128] = "";
        int k;
        for (k = 0; k < all->nelts; k++) {
            const cmsguard_rule_t *r = APR_ARRAY_IDX(all, k, const cmsguard_rule_t *);
            if (cmsguard_inventory_wants_rule(inv, r))
                snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%s",
                         *got ? " " : "", r->id);
        }
        is_str(got, "100001 100002 100003 100004 100007 100008",
               "limit keeps core, installed plugins and cms-less rules; drops absent plugin and other CMS");
    }
    inv = scan("outside", 0);
    ok(cmsguard_inventory_wants_rule(inv, APR_ARRAY_IDX(cmsguard_rules_all(rs), 4, const cmsguard_rule_t *)),
       "no CMS found: limit keeps every rule");

    snprintf(path, sizeof(path), "rm -rf '%s'", dir);
    if (system(path) != 0)
        printf("# could not remove %s\n", dir);
    return done_testing();
}
