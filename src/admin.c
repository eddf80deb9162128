#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "admin.h"
#include "path.h"
#include "form.h"
#include "ascii.h"

unsigned cmsguard_cms_parse(const char *name)
{
    if (!apr_cstr_casecmp(name, "wordpress"))   return CMSGUARD_CMS_WORDPRESS;
    if (!apr_cstr_casecmp(name, "movabletype")) return CMSGUARD_CMS_MOVABLETYPE;
    if (!apr_cstr_casecmp(name, "drupal"))      return CMSGUARD_CMS_DRUPAL;
    if (!apr_cstr_casecmp(name, "drupal7"))     return CMSGUARD_CMS_DRUPAL7;
    if (!apr_cstr_casecmp(name, "joomla"))      return CMSGUARD_CMS_JOOMLA;
    if (!apr_cstr_casecmp(name, "all"))         return CMSGUARD_CMS_ALL;
    return 0;
}

/* Fill a with the non-empty segments of a canonical path, cut in one
 * pass over a copy and lower-cased unless case_sensitive (the match
 * ignores case: harmless on Linux, essential where the file system or the
 * CMS router folds case, as Drupal 8+ does). a may start on the caller's
 * stack: pushing past its room moves it into the pool. */
static void split_segments(apr_array_header_t *a, const char *path,
                           int case_sensitive)
{
    apr_size_t n = strlen(path);
    char *s = apr_palloc(a->pool, n + 1), *c;

    for (c = s; *path; path++, c++) {
        char ch = *path;

        if (ch == '/') {
            *c = '\0';
            continue;
        }
        if (c == s || !c[-1])
            APR_ARRAY_PUSH(a, char *) = c;
        *c = case_sensitive ? ch : (char)cmsguard_tolower((unsigned char)ch);
    }
    *c = '\0';
}

static apr_array_header_t *segments_cs(apr_pool_t *p, const char *path,
                                       int case_sensitive)
{
    apr_array_header_t *a = apr_array_make(p, 8, sizeof(char *));

    split_segments(a, path, case_sensitive);
    return a;
}

static apr_array_header_t *segments(apr_pool_t *p, const char *path)
{
    return segments_cs(p, path, 0);
}

#define SEG(a, i) APR_ARRAY_IDX(a, i, char *)

static int seg_index(const apr_array_header_t *a, const char *name)
{
    int i;

    /* the first letter first: asked of every request, and most of its
     * segments differ from the start */
    for (i = 0; i < a->nelts; i++)
        if (SEG(a, i)[0] == name[0] && !strcmp(SEG(a, i), name))
            return i;
    return -1;
}

static int ends_with(const char *s, const char *suffix)
{
    apr_size_t n = strlen(s), m = strlen(suffix);

    return n >= m && !strcmp(s + n - m, suffix);
}

/* Named .php or .cgi (or .PHP, .CGI): asked of every request's file. */
static int script_file(const char *f)
{
    apr_size_t n = strlen(f);
    const char *e;

    if (n < 4)
        return 0;
    e = f + n - 3;
    return e[-1] == '.' && (!strcmp(e, "php") || !strcmp(e, "cgi")
                            || !strcmp(e, "PHP") || !strcmp(e, "CGI"));
}

static int is_static_asset(const char *name)
{
    static const char *const ext[] = {
        ".css", ".js", ".png", ".gif", ".jpg", ".jpeg", ".svg", ".webp",
        ".woff", ".woff2", ".ttf", ".eot", ".ico", ".map", NULL
    };
    int i;

    for (i = 0; ext[i]; i++)
        if (ends_with(name, ext[i]))
            return 1;
    return 0;
}

static const char *wordpress(const apr_array_header_t *a)
{
    int i = seg_index(a, "wp-login.php");

    if (i >= 0)
        return "wordpress: wp-login.php";
    i = seg_index(a, "wp-admin");
    if (i < 0)
        return NULL;
    /* The front end needs admin-ajax.php and admin-post.php, and themes
     * load a few styles and scripts from wp-admin. Exactly those files:
     * /wp-admin/index.php/admin-ajax.php is index.php with path-info. */
    if (i + 2 == a->nelts && (!strcmp(SEG(a, i + 1), "admin-ajax.php")
                              || !strcmp(SEG(a, i + 1), "admin-post.php")))
        return NULL;
    if (i + 3 <= a->nelts
        && (!strcmp(SEG(a, i + 1), "css") || !strcmp(SEG(a, i + 1), "js")
            || !strcmp(SEG(a, i + 1), "images"))
        && is_static_asset(SEG(a, a->nelts - 1)))
        return NULL;
    return "wordpress: wp-admin";
}

/* mt.cgi and the other management scripts; comments, trackbacks, search,
 * notifications and the Data API stay public (t/corpus/admin). */
static const char *movabletype(const apr_array_header_t *a)
{
    /* mt-xmlrpc.cgi and mt-atom.cgi are authoring APIs with no anonymous
     * use: restricting them is what would have kept CVE-2021-20837 out.
     * CMSGuardAdminExcept reopens them for remote authors. */
    static const char *const admin[] = {
        "mt.cgi", "mt-upgrade.cgi", "mt-wizard.cgi", "mt-check.cgi",
        "mt-testbg.cgi", "mt-config.cgi", "mt-feed.cgi", "mt-xmlrpc.cgi",
        "mt-atom.cgi", NULL
    };
    int i, j;

    for (i = 0; i < a->nelts; i++) {
        if (!ends_with(SEG(a, i), ".cgi"))
            continue;
        for (j = 0; admin[j]; j++)
            if (!strcmp(SEG(a, i), admin[j]))
                return apr_pstrcat(a->pool, "movabletype: ", admin[j], NULL);
    }
    return NULL;
}

static int is_lang(const char *s)
{
    apr_size_t n = strlen(s);

    return (n == 2 && cmsguard_isalpha(s[0]) && cmsguard_isalpha(s[1]))
        || (n >= 4 && n <= 7 && cmsguard_isalpha(s[0]) && cmsguard_isalpha(s[1])
            && s[2] == '-');
}

/* A Drupal route (path below the front controller) that is an admin or
 * login screen. */
static const char *drupal_route(const apr_array_header_t *a, int start)
{
    int n = a->nelts - start;
    const char *s0, *s1;

    if (n <= 0)
        return NULL;
    /* a language prefix ("/en/admin", "/pt-br/user/login") */
    if (is_lang(SEG(a, start)) && n > 1
        && (!strcmp(SEG(a, start + 1), "admin") || !strcmp(SEG(a, start + 1), "user")
            || !strcmp(SEG(a, start + 1), "node") || !strcmp(SEG(a, start + 1), "batch"))) {
        start++;
        n--;
    }
    s0 = SEG(a, start);
    s1 = n > 1 ? SEG(a, start + 1) : "";
    if (!strcmp(s0, "admin") || !strcmp(s0, "batch"))
        return apr_pstrcat(a->pool, "drupal: /", s0, NULL);
    /* /user is the login form for anonymous visitors */
    if (!strcmp(s0, "user") && (n == 1 || !strcmp(s1, "login")
                                || !strcmp(s1, "password") || !strcmp(s1, "reset")))
        return apr_pstrcat(a->pool, "drupal: /user", n > 1 ? "/" : "", s1, NULL);
    /* authoring: /node/add, /media/add/image, /block/add ... */
    if (!strcmp(s1, "add") && (!strcmp(s0, "node") || !strcmp(s0, "media")
                               || !strcmp(s0, "block") || !strcmp(s0, "comment")))
        return apr_pstrcat(a->pool, "drupal: /", s0, "/add", NULL);
    /* editing any entity: /node/1/edit, /taxonomy/term/1/delete ... */
    {
        int i;
        for (i = start + 1; i < a->nelts; i++) {
            const char *prev = SEG(a, i - 1), *c = SEG(a, i);
            if (apr_isdigit(prev[0]) && strspn(prev, "0123456789") == strlen(prev)
                && (!strcmp(c, "edit") || !strcmp(c, "delete")
                    || !strcmp(c, "revisions") || !strcmp(c, "translations")))
                return apr_pstrcat(a->pool, "drupal: entity ", c, NULL);
        }
    }
    return NULL;
}

/* A query parameter as PHP's $_GET sees it: names are form-decoded,
 * leading spaces dropped, ' ' and '.' become '_', "name[...]" is an array
 * (not the string we look for), and the last of repeated keys wins
 * ("?q=node&q=admin" is q=admin). */
static const char *php_name(apr_pool_t *p, const char *s, apr_size_t len)
{
    return cmsguard_php_name(p, cmsguard_url_decode(p, s, len, 1, NULL));
}

static const char *last_param(apr_pool_t *p, const char *query,
                              const char *name)
{
    const char *found = NULL, *s = query;

    while (s && *s) {
        const char *amp = strchr(s, '&');
        apr_size_t len = amp ? (apr_size_t)(amp - s) : strlen(s);
        const char *eq = memchr(s, '=', len);
        apr_size_t nlen = eq ? (apr_size_t)(eq - s) : len;
        const char *pn = php_name(p, s, nlen);

        if (!strcmp(pn, name))
            found = eq ? apr_pstrmemdup(p, eq + 1, len - nlen - 1) : "";
        s = amp ? amp + 1 : NULL;
    }
    /* the value is decoded later, as a path */
    if (found) {
        char *d = apr_pstrdup(p, found), *c;
        for (c = d; *c; c++)
            if (*c == '+')
                *c = ' ';
        return d;
    }
    return NULL;
}

static const char *drupal(apr_pool_t *p, const apr_array_header_t *a,
                          const char *query, int q_routes)
{
    static const char *const scripts[] = {
        "update.php", "install.php", "authorize.php", "rebuild.php", NULL
    };
    const char *hit;
    int i, j, start = 0;

    for (i = 0; i < a->nelts; i++) {
        if (!ends_with(SEG(a, i), ".php"))
            continue;
        for (j = 0; scripts[j]; j++)
            if (!strcmp(SEG(a, i), scripts[j]))
                return apr_pstrcat(p, "drupal: ", scripts[j], NULL);
    }
    /* index.php/admin (path-info) is routed like /admin */
    if (a->nelts && !strcmp(SEG(a, 0), "index.php"))
        start = 1;
    if ((hit = drupal_route(a, start)))
        return hit;
    /* Drupal 7 without clean URLs: ?q=admin on whatever reaches index.php
     * (Drupal 8+ ignores q) */
    if (q_routes && query) {
        const char *q = last_param(p, query, "q");
        if (q && *q) {
            apr_array_header_t *qa =
                segments(p, cmsguard_path_canon(p, apr_pstrcat(p, "/", q, NULL), 0));
            if ((hit = drupal_route(qa, 0)))
                return apr_pstrcat(p, hit, " (?q=)", NULL);
        }
    }
    return NULL;
}

static const char *joomla(const apr_array_header_t *a)
{
    int i;

    /* The administrator and installation applications are folders; after
     * a script segment ("/index.php/administrator/") the same word is
     * path-info of the site application. */
    for (i = 0; i < a->nelts; i++) {
        const char *sg = SEG(a, i);

        if (ends_with(sg, ".php"))
            break;
        if (!strcmp(sg, "administrator"))
            return "joomla: administrator";
        if (!strcmp(sg, "installation"))
            return "joomla: installation";
        /* Joomla 4+ web services (CVE-2023-23752 lived there), reached as
         * /api/index.php/... or, through Joomla's .htaccess, /api/... */
        if (!strcmp(sg, "api") && (i == 0 || (i + 1 < a->nelts
                                             && !strcmp(SEG(a, i + 1), "index.php"))))
            return "joomla: api";
    }
    return NULL;
}

static int path_listed(apr_pool_t *p, const apr_array_header_t *list,
                       const char *canon, const apr_array_header_t *segs,
                       int exact)
{
    int i;

    if (!list)
        return 0;
    for (i = 0; i < list->nelts; i++) {
        const char *e = APR_ARRAY_IDX(list, i, const char *);
        apr_size_t n = strlen(e);

        if (e[0] == '/') {
            if (exact ? !apr_cstr_casecmp(canon, e)
                      : (!apr_cstr_casecmpn(canon, e, n)
                         && (canon[n] == '\0' || canon[n] == '/' || e[n - 1] == '/')))
                return 1;
        }
        else if (!exact) {
            char *lc = apr_pstrdup(p, e), *c;
            for (c = lc; *c; c++)
                *c = (char)cmsguard_tolower(*c);
            if (seg_index(segs, lc) >= 0)
                return 1;
        }
    }
    return 0;
}

static const char *presets(apr_pool_t *p, unsigned which,
                           const apr_array_header_t *a, const char *query)
{
    const char *hit = NULL;

    if ((which & CMSGUARD_CMS_WORDPRESS) && (hit = wordpress(a)))
        return hit;
    if ((which & CMSGUARD_CMS_MOVABLETYPE) && (hit = movabletype(a)))
        return hit;
    if ((which & (CMSGUARD_CMS_DRUPAL | CMSGUARD_CMS_DRUPAL7))
        && (hit = drupal(p, a, query, (which & CMSGUARD_CMS_DRUPAL7) != 0)))
        return hit;
    if ((which & CMSGUARD_CMS_JOOMLA) && (hit = joomla(a)))
        return hit;
    return NULL;
}

/* Can the presets not name this path? Asked of every request, so it
 * walks the path in place: a segment the WordPress, Movable Type or Joomla
 * presets could look at (in any case: a superset of what they match) means
 * the whole check has to run. Drupal routes on too many words; with a
 * Drupal preset, or extra admin paths, every request takes the long way. */
static int presets_clear(unsigned which, const char *canon)
{
    const char *s = canon;

    if (which & ~(unsigned)(CMSGUARD_CMS_WORDPRESS | CMSGUARD_CMS_MOVABLETYPE
                            | CMSGUARD_CMS_JOOMLA))
        return 0;
    while (*s) {
        apr_size_t n;

        while (*s == '/')
            s++;
        for (n = 0; s[n] && s[n] != '/'; n++)
            ;
        if (((which & CMSGUARD_CMS_WORDPRESS)
             && ((n == 12 && !apr_cstr_casecmpn(s, "wp-login.php", 12))
                 || (n == 8 && !apr_cstr_casecmpn(s, "wp-admin", 8))))
            || ((which & CMSGUARD_CMS_MOVABLETYPE)
                && n >= 4 && !apr_cstr_casecmpn(s + n - 4, ".cgi", 4))
            || ((which & CMSGUARD_CMS_JOOMLA)
                && ((n == 13 && !apr_cstr_casecmpn(s, "administrator", 13))
                    || (n == 12 && !apr_cstr_casecmpn(s, "installation", 12))
                    || (n == 3 && !apr_cstr_casecmpn(s, "api", 3)))))
            return 0;
        s += n;
    }
    return 1;
}

const char *cmsguard_admin_match(apr_pool_t *p,
                                 const cmsguard_admin_policy_t *pol,
                                 const char *canon, const char *filename,
                                 const char *query)
{
    /* most requests: no extra paths to match, no preset word in the path,
     * and a file that is no script (or none) */
    if ((!pol->paths || !pol->paths->nelts)
        && (!filename || !script_file(filename))
        && presets_clear(pol->presets, canon))
        return NULL;
    return cmsguard_admin_match_full(p, pol, canon, filename, query);
}

const char *cmsguard_admin_match_full(apr_pool_t *p,
                                      const cmsguard_admin_policy_t *pol,
                                      const char *canon, const char *filename,
                                      const char *query)
{
    /* every request asks: its segments live on the stack unless deep */
    char *room[16];
    apr_array_header_t seg = { p, sizeof(char *), 0, 16, (char *)room };
    apr_array_header_t *a = &seg;
    const char *hit;

    split_segments(a, canon, pol->case_sensitive);

    if (path_listed(p, pol->paths, canon, a, 0))
        return apr_pstrcat(p, "CMSGuardAdminPath: ", canon, NULL);
    if (path_listed(p, pol->except, canon, a, 1))
        return NULL;
    if ((hit = presets(p, pol->presets, a, query)))
        return hit;
    /* The file httpd mapped the request to: catches an Alias or a
     * server-level rewrite that gives an admin script another URL. Only
     * file names count here, not the folders of the document root. */
    /* Scripts only: for a missing file httpd maps the nearest existing
     * folder (say wp-admin/) and keeps the rest as path-info, which the
     * path rules above have already judged. */
    if (filename && script_file(filename)) {
        const char *f = cmsguard_path_local(filename);
        if (f) {
            apr_array_header_t *fa = segments_cs(p, cmsguard_path_canon(p, f, 0),
                                                 pol->case_sensitive);
            if (fa->nelts) {
                apr_array_header_t *last = apr_array_make(p, 2, sizeof(char *));
                if (fa->nelts >= 2)
                    APR_ARRAY_PUSH(last, char *) = SEG(fa, fa->nelts - 2);
                APR_ARRAY_PUSH(last, char *) = SEG(fa, fa->nelts - 1);
                if ((hit = presets(p, pol->presets & ~(CMSGUARD_CMS_DRUPAL
                                                      | CMSGUARD_CMS_DRUPAL7),
                                   last, NULL)))
                    return apr_pstrcat(p, hit, " (mapped file)", NULL);
            }
        }
    }
    return NULL;
}

const char *cmsguard_admin_form(apr_pool_t *p, unsigned presets,
                                const char *ctype, const char *body,
                                apr_size_t len)
{
    static const char *const login_forms[] = {
        "user_login", "user_login_block", "user_login_form", "user_pass",
        NULL
    };
    const char *err;
    apr_array_header_t *f;
    const cmsguard_form_field_t *id;
    int i;

    if (!(presets & (CMSGUARD_CMS_DRUPAL | CMSGUARD_CMS_DRUPAL7)))
        return NULL;
    f = cmsguard_form_parse(p, ctype, body, len, &err);
    if (!(id = cmsguard_form_get(f, "form_id")))
        return NULL;
    for (i = 0; login_forms[i]; i++)
        if (!strcmp(id->data, login_forms[i]))
            return apr_pstrcat(p, "drupal: login form ", login_forms[i],
                               " posted to another page", NULL);
    return NULL;
}
