/* Inventory of a document root: CMS, version, installed extensions, and
 * the loaded patches that concern them (see inventory.h).
 *
 * File formats read (checked against the projects' own trees):
 *   WordPress   wp-includes/version.php `$wp_version = '6.4.2';`; plugin
 *               and theme headers as get_file_data() reads them (first
 *               8 KiB, key at a line start after blanks and comment marks,
 *               a closing comment or "?>" cut off);
 *               readme.txt "Stable tag:" (wordpress.org readme standard)
 *   Drupal      core/lib/Drupal.php `const VERSION = '10.1.6';`,
 *               includes/bootstrap.inc `define('VERSION', '7.58');`, the
 *               packaging script's `version: '8.x-1.8'` / `version =
 *               "7.x-1.15"` lines; PHPUnit's src/Runner/Version.php
 *               (`new Version('5.6.2', ...)`, later `new VersionId(...)`)
 *   Joomla      libraries/src/Version.php `const MAJOR_VERSION = 4;` ...;
 *               libraries/cms/version/version.php and (1.5)
 *               libraries/joomla/version.php `const RELEASE = '3.7';
 *               const DEV_LEVEL = '0';` (3.5-3.7; `public $RELEASE`, `var
 *               $RELEASE` before); manifests `<version>2.0.10</version>`
 *               (core extensions say <author>Joomla! Project</author>)
 *   Movable Type movabletype/movabletype lib/MT.pm: `( $VERSION,
 *               $SCHEMA_VERSION ) = ( '8.004001', '8.0001' );` and the
 *               ( $PRODUCT_NAME, $PRODUCT_CODE, $PRODUCT_VERSION,
 *               $VERSION_ID, ... ) = ( ... ) list in BEGIN (VERSION_ID is
 *               '__PRODUCT_VERSION_ID__' until a build fills it in);
 *               mt-check.cgi `$version ||= '__PRODUCT_VERSION_ID__';` then
 *               `$version = '6.2.4';`; plugins/FormattedText/config.yaml
 *               (top-level `version: 1.11`), plugins/spamlookup/
 *               spamlookup.pl (`$VERSION = '2.13';`, `version => ...`)
 */
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_file_info.h>

#include "inventory.h"
#include "ascii.h"

#define MAX_NOTES 50
#define WP_HEADER_BYTES 8192      /* what get_file_data() reads */

typedef struct {
    apr_pool_t *p;
    cmsguard_inventory_t *inv;
    const char *root;
    apr_size_t rootlen;
    int max_files, max_entries;
    apr_size_t max_bytes;
} scan_t;

static void note(scan_t *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void note(scan_t *s, const char *fmt, ...)
{
    va_list ap;

    if (s->inv->notes->nelts >= MAX_NOTES)
        return;
    va_start(ap, fmt);
    APR_ARRAY_PUSH(s->inv->notes, const char *) = apr_pvsprintf(s->p, fmt, ap);
    va_end(ap);
}

/* The real path of root/rel, or NULL when it does not exist or leads
 * (through a symlink or "..") outside the root. */
static char *inside(scan_t *s, const char *rel)
{
    char buf[PATH_MAX];
    const char *full = *rel ? apr_pstrcat(s->p, s->root, "/", rel, NULL) : s->root;

    if (!realpath(full, buf))
        return NULL;
    if (s->rootlen > 1 && (strncmp(buf, s->root, s->rootlen)
                           || (buf[s->rootlen] && buf[s->rootlen] != '/'))) {
        note(s, "%s: leads outside the document root, skipped", rel);
        return NULL;
    }
    return apr_pstrdup(s->p, buf);
}

static int is_type(scan_t *s, const char *rel, int want_dir)
{
    struct stat st;
    char *real = inside(s, rel);

    if (!real || stat(real, &st))
        return 0;
    return want_dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
}

/* At most max (and the scan's max_bytes) bytes of a regular file inside
 * the root, NUL-terminated; NULL if there is none or a limit is hit.
 * O_NONBLOCK and the S_ISREG check keep a FIFO from hanging the scan. */
static char *read_head(scan_t *s, const char *rel, apr_size_t max)
{
    struct stat st;
    char *real, *buf;
    apr_size_t got = 0;
    int fd;

    if (max > s->max_bytes)
        max = s->max_bytes;
    if (!(real = inside(s, rel)))
        return NULL;
    if (s->inv->files_read >= s->max_files) {
        if (!s->inv->limited)
            note(s, "file limit (%d) reached: the scan stopped early",
                 s->max_files);
        s->inv->limited = 1;
        return NULL;
    }
    fd = open(real, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
        close(fd);
        return NULL;
    }
    s->inv->files_read++;
    buf = apr_palloc(s->p, max + 1);
    while (got < max) {
        ssize_t n = read(fd, buf + got, max - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (apr_size_t)n;
    }
    close(fd);
    buf[got] = '\0';
    return buf;
}

/* A name we report and log: plugin folder names are slugs; anything
 * with other bytes is skipped rather than echoed into logs. */
static int plain_name(const char *n)
{
    if (!*n || *n == '.')
        return 0;
    for (; *n; n++)
        if (!cmsguard_isalnum(*n) && !strchr("._-+@", *n))
            return 0;
    return 1;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sorted names in a folder inside the root (plain names only). */
static apr_array_header_t *list_dir(scan_t *s, const char *rel)
{
    apr_array_header_t *out = apr_array_make(s->p, 8, sizeof(char *));
    char *real = inside(s, rel);
    apr_dir_t *d;
    apr_finfo_t fi;
    apr_status_t rv;
    int seen = 0;

    if (!real || apr_dir_open(&d, real, s->p) != APR_SUCCESS)
        return out;
    while ((rv = apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE, d))
           == APR_SUCCESS || rv == APR_INCOMPLETE) {
        if (!(fi.valid & APR_FINFO_NAME) || !strcmp(fi.name, ".")
            || !strcmp(fi.name, ".."))
            continue;
        if (++seen > s->max_entries) {
            note(s, "%s: more than %d entries, the rest skipped",
                 *rel ? rel : ".", s->max_entries);
            s->inv->limited = 1;
            break;
        }
        if (plain_name(fi.name))
            APR_ARRAY_PUSH(out, char *) = apr_pstrdup(s->p, fi.name);
    }
    apr_dir_close(d);
    qsort(out->elts, (size_t)out->nelts, sizeof(char *), by_name);
    return out;
}

static int ends_with(const char *s, const char *suffix)
{
    apr_size_t n = strlen(s), m = strlen(suffix);
    return n > m && !apr_cstr_casecmp(s + n - m, suffix);
}

/* A version as found in a file: trimmed, unquoted, "v" dropped; NULL if
 * it is not one (placeholders such as __PRODUCT_VERSION_ID__, "trunk",
 * PHP expressions). */
static const char *clean_version(apr_pool_t *p, const char *v, apr_size_t n)
{
    apr_size_t i;

    while (n && (apr_isspace(*v) || *v == '\'' || *v == '"')) {
        v++;
        n--;
    }
    while (n && (apr_isspace(v[n - 1]) || v[n - 1] == '\'' || v[n - 1] == '"'))
        n--;
    if (n > 1 && (*v == 'v' || *v == 'V') && apr_isdigit(v[1])) {
        v++;
        n--;
    }
    if (!n || n > 64 || !apr_isdigit(*v))
        return NULL;
    for (i = 0; i < n; i++)
        if (!cmsguard_isalnum(v[i]) && !strchr("._+~-", v[i]))
            return NULL;
    return apr_pstrmemdup(p, v, n);
}

/* A header field as WordPress's get_file_data() reads it. */
static const char *wp_header(apr_pool_t *p, const char *text, const char *key)
{
    apr_size_t klen = strlen(key);
    const char *line = text;

    while (line && *line) {
        const char *q = line, *eol = strchr(line, '\n'), *v, *end;

        while (*q == ' ' || *q == '\t')
            q++;
        if (!strncmp(q, "<?php", 5))
            q += 5;
        while (*q && strchr(" \t/*#@", *q))
            q++;
        if (!apr_cstr_casecmpn(q, key, klen) && q[klen] == ':') {
            v = q + klen + 1;
            end = eol ? eol : v + strlen(v);
            {
                apr_size_t n = (apr_size_t)(end - v), k;
                for (k = 0; k + 1 < n; k++)
                    if ((v[k] == '*' && v[k + 1] == '/')
                        || (v[k] == '?' && v[k + 1] == '>')) {
                        n = k;
                        break;
                    }
                while (n && apr_isspace(*v)) {
                    v++;
                    n--;
                }
                while (n && apr_isspace(v[n - 1]))
                    n--;
                if (n)
                    return apr_pstrmemdup(p, v, n);
            }
        }
        line = eol ? eol + 1 : NULL;
    }
    return NULL;
}

/* The first valid version assigned after one of the marker's
 * occurrences: MARKER [=|=>|,|||=] 'value' (the marker must end there:
 * $VERSION does not match $VERSION_ID). */
static const char *assigned_version(apr_pool_t *p, const char *text,
                                    const char *marker)
{
    apr_size_t mlen = strlen(marker);
    const char *at = text;

    while ((at = strstr(at, marker))) {
        const char *q = at + mlen, *end, *v;
        char quote;

        at += mlen;
        if (cmsguard_isalnum(marker[mlen - 1]) && (cmsguard_isalnum(*q) || *q == '_'))
            continue;
        while (*q == ' ' || *q == '\t')
            q++;
        if (q[0] == '|' && q[1] == '|' && q[2] == '=')
            q += 3;
        else if (q[0] == '=' && q[1] == '>')
            q += 2;
        else if (*q == '=' || *q == ',')
            q++;
        while (apr_isspace(*q))
            q++;
        if (*q != '\'' && *q != '"')
            continue;
        quote = *q++;
        if (!(end = strchr(q, quote)) || end - q > 80)
            continue;
        if ((v = clean_version(p, q, (apr_size_t)(end - q))))
            return v;
    }
    return NULL;
}

/* An integer constant: MARKER = 4; */
static int assigned_int(const char *text, const char *marker)
{
    const char *at = text;
    apr_size_t mlen = strlen(marker);

    while ((at = strstr(at, marker))) {
        const char *q = at + mlen;
        at += mlen;
        if (cmsguard_isalnum(*q) || *q == '_')
            continue;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q != '=')
            continue;
        q++;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q == '\'' || *q == '"')
            q++;
        if (apr_isdigit(*q))
            return atoi(q);
    }
    return -1;
}

/* A top-level "key: value" (YAML) or "key = value" (Drupal 7 .info)
 * line: no indentation, so nested keys do not count. */
static const char *line_value(apr_pool_t *p, const char *text,
                              const char *key, char sep)
{
    apr_size_t klen = strlen(key);
    const char *line = text;

    while (line && *line) {
        const char *eol = strchr(line, '\n'), *q = line + klen;
        if (!strncmp(line, key, klen) && (*q == ' ' || *q == '\t' || *q == sep)) {
            while (*q == ' ' || *q == '\t')
                q++;
            if (*q == sep) {
                const char *end = eol ? eol : q + strlen(q);
                return clean_version(p, q + 1, (apr_size_t)(end - q - 1));
            }
        }
        line = eol ? eol + 1 : NULL;
    }
    return NULL;
}

/* The text of the first <tag>...</tag>. */
static const char *xml_version(apr_pool_t *p, const char *text)
{
    const char *a = strstr(text, "<version>"), *b;

    if (!a)
        return NULL;
    a += 9;
    if (!(b = strchr(a, '<')))
        return NULL;
    return clean_version(p, a, (apr_size_t)(b - a));
}

/* The k-th value of a Perl list assignment ( ..., $VAR, ... ) = ( ...,
 * 'value', ... ) in which $VAR is the k-th name. */
static const char *perl_list_version(apr_pool_t *p, const char *text,
                                     const char *var)
{
    apr_size_t vlen = strlen(var);
    const char *at = text;

    while ((at = strstr(at, var))) {
        const char *b = at, *q = at + vlen;
        int k = 0, i;

        at += vlen;
        if (cmsguard_isalnum(*q) || *q == '_')
            continue;
        /* back to the list's '(' over names, commas and blanks */
        while (b > text && (cmsguard_isalnum(b[-1]) || strchr("$_, \t\r\n", b[-1]))) {
            b--;
            if (*b == ',')
                k++;
        }
        if (b == text || b[-1] != '(')
            continue;
        /* forward to its ')' and "= (" */
        while (*q && (cmsguard_isalnum(*q) || strchr("$_, \t\r\n", *q)))
            q++;
        if (*q++ != ')')
            continue;
        while (apr_isspace(*q))
            q++;
        if (*q++ != '=')
            continue;
        while (apr_isspace(*q))
            q++;
        if (*q++ != '(')
            continue;
        for (i = 0; i <= k; i++) {
            const char *end;
            char quote;

            while (apr_isspace(*q))
                q++;
            if (*q != '\'' && *q != '"')
                break;
            quote = *q++;
            if (!(end = strchr(q, quote)))
                break;
            if (i == k)
                return clean_version(p, q, (apr_size_t)(end - q));
            q = end + 1;
            while (apr_isspace(*q))
                q++;
            if (*q++ != ',')
                break;
        }
    }
    return NULL;
}

static cmsguard_component_t *add(scan_t *s, const char *slug, const char *kind,
                                 const char *version, const char *source)
{
    cmsguard_component_t *c = apr_array_push(s->inv->components);

    c->slug = apr_pstrdup(s->p, slug);
    c->kind = kind;
    c->version = version;
    c->raw = NULL;
    c->source = source;
    return c;
}

/* --- WordPress ---------------------------------------------------------- */

/* A plugin folder: the PHP file with a Plugin Name header (SLUG.php
 * first), its Version, else readme.txt's Stable tag. A folder without
 * either is listed with an unknown version: its code is reachable over
 * HTTP whether or not WordPress activated it. */
static void wp_plugin_dir(scan_t *s, const char *dir, const char *slug)
{
    apr_array_header_t *files;
    const char *first = apr_pstrcat(s->p, dir, "/", slug, ".php", NULL);
    const char *version = NULL, *source = NULL, *txt;
    int i, tried = 0, found = 0;

    files = list_dir(s, dir);
    for (i = -1; i < files->nelts && !found && tried < 20; i++) {
        const char *f = i < 0 ? first
            : apr_pstrcat(s->p, dir, "/", APR_ARRAY_IDX(files, i, char *), NULL);
        if (i >= 0 && (!ends_with(f, ".php") || !strcmp(f, first)))
            continue;
        tried++;
        if (!(txt = read_head(s, f, WP_HEADER_BYTES)))
            continue;
        if (wp_header(s->p, txt, "Plugin Name")) {
            const char *v = wp_header(s->p, txt, "Version");
            found = 1;
            if (v && (version = clean_version(s->p, v, strlen(v))))
                source = f;
        }
    }
    if (!version) {
        const char *readme = apr_pstrcat(s->p, dir, "/readme.txt", NULL);
        if ((txt = read_head(s, readme, WP_HEADER_BYTES))) {
            const char *v = wp_header(s->p, txt, "Stable tag");
            if (v && (version = clean_version(s->p, v, strlen(v))))
                source = readme;
        }
    }
    add(s, slug, "plugin", version, source);
}

static void wp_scan(scan_t *s, const char *b)
{
    const char *pdir = apr_pstrcat(s->p, b, "wp-content/plugins", NULL);
    const char *tdir = apr_pstrcat(s->p, b, "wp-content/themes", NULL);
    apr_array_header_t *names = list_dir(s, pdir);
    int i;

    for (i = 0; i < names->nelts; i++) {
        const char *n = APR_ARRAY_IDX(names, i, char *);
        const char *path = apr_pstrcat(s->p, pdir, "/", n, NULL);

        if (is_type(s, path, 1))
            wp_plugin_dir(s, path, n);
        else if (ends_with(n, ".php") && strcmp(n, "index.php")) {
            /* a single-file plugin (hello.php) */
            const char *txt = read_head(s, path, WP_HEADER_BYTES), *v;
            if (txt && wp_header(s->p, txt, "Plugin Name")) {
                v = wp_header(s->p, txt, "Version");
                v = v ? clean_version(s->p, v, strlen(v)) : NULL;
                add(s, apr_pstrmemdup(s->p, n, strlen(n) - 4), "plugin", v,
                    v ? path : NULL);
            }
        }
    }
    names = list_dir(s, tdir);
    for (i = 0; i < names->nelts; i++) {
        const char *n = APR_ARRAY_IDX(names, i, char *);
        const char *css = apr_pstrcat(s->p, tdir, "/", n, "/style.css", NULL);
        const char *txt, *v = NULL;

        if (!is_type(s, apr_pstrcat(s->p, tdir, "/", n, NULL), 1))
            continue;
        if ((txt = read_head(s, css, WP_HEADER_BYTES))) {
            v = wp_header(s->p, txt, "Version");
            v = v ? clean_version(s->p, v, strlen(v)) : NULL;
        }
        add(s, n, "theme", v, v ? css : NULL);
    }
}

static int detect_wordpress(scan_t *s, const char *b)
{
    const char *vf = apr_pstrcat(s->p, b, "wp-includes/version.php", NULL);
    const char *txt = read_head(s, vf, 8192), *v = NULL;

    if (!txt && !(is_type(s, apr_pstrcat(s->p, b, "wp-includes", NULL), 1)
                  && is_type(s, apr_pstrcat(s->p, b, "wp-content", NULL), 1)))
        return 0;
    if (txt)
        v = assigned_version(s->p, txt, "$wp_version");
    s->inv->cms = "wordpress";
    add(s, "wordpress", "core", v, v ? vf : NULL);
    wp_scan(s, b);
    return 1;
}

/* --- Drupal ------------------------------------------------------------- */

/* "7.x-1.15" and "8.x-3.2" compare as 1.15 and 3.2 */
static const char *drupal_contrib_version(const char *raw)
{
    const char *q = raw;

    while (apr_isdigit(*q))
        q++;
    if (q > raw && !strncmp(q, ".x-", 3) && apr_isdigit(q[3]))
        return q + 3;
    return raw;
}

static void drupal_modules(scan_t *s, const char *b)
{
    static const char *const dirs[] = {
        "modules", "modules/contrib", "modules/custom", "sites/all/modules",
        "sites/all/modules/contrib", "sites/all/modules/custom", NULL
    };
    apr_hash_t *seen = apr_hash_make(s->p);
    int d, i;

    for (d = 0; dirs[d]; d++) {
        const char *dir = apr_pstrcat(s->p, b, dirs[d], NULL);
        apr_array_header_t *names = list_dir(s, dir);

        for (i = 0; i < names->nelts; i++) {
            const char *n = APR_ARRAY_IDX(names, i, char *);
            const char *yml = apr_pstrcat(s->p, dir, "/", n, "/", n, ".info.yml", NULL);
            const char *info = apr_pstrcat(s->p, dir, "/", n, "/", n, ".info", NULL);
            const char *txt, *raw = NULL, *src = NULL;
            cmsguard_component_t *c;

            if (!strcmp(n, "contrib") || !strcmp(n, "custom")
                || apr_hash_get(seen, n, APR_HASH_KEY_STRING))
                continue;
            if ((txt = read_head(s, yml, 65536))) {
                raw = line_value(s->p, txt, "version", ':');
                src = yml;
            }
            else if ((txt = read_head(s, info, 65536))) {
                raw = line_value(s->p, txt, "version", '=');
                src = info;
            }
            else
                continue;       /* not a module folder */
            apr_hash_set(seen, n, APR_HASH_KEY_STRING, n);
            c = add(s, n, "module", raw ? drupal_contrib_version(raw) : NULL,
                    raw ? src : NULL);
            if (raw && strcmp(raw, c->version))
                c->raw = raw;
        }
    }
    /* PHPUnit left in a web-reachable vendor/ (CVE-2017-9841) */
    for (d = 0; d < 2; d++) {
        const char *dir = apr_pstrcat(s->p, b, d ? "core/vendor" : "vendor",
                                      "/phpunit/phpunit", NULL);
        const char *vf = apr_pstrcat(s->p, dir, "/src/Runner/Version.php", NULL);
        const char *txt, *v = NULL;

        if (!is_type(s, dir, 1))
            continue;
        if ((txt = read_head(s, vf, 65536))
            && !(v = assigned_version(s->p, txt, "new Version(")))
            v = assigned_version(s->p, txt, "new VersionId(");
        add(s, "phpunit", "library", v, v ? vf : NULL);
        break;
    }
}

static int detect_drupal(scan_t *s, const char *b)
{
    const char *f8 = apr_pstrcat(s->p, b, "core/lib/Drupal.php", NULL);
    const char *f7 = apr_pstrcat(s->p, b, "includes/bootstrap.inc", NULL);
    const char *txt, *v = NULL, *src = NULL;

    if ((txt = read_head(s, f8, 65536))) {
        v = assigned_version(s->p, txt, "const VERSION");
        src = f8;
    }
    else if ((txt = read_head(s, f7, 65536)) && strstr(txt, "define('VERSION'")) {
        v = assigned_version(s->p, txt, "define('VERSION'");
        src = f7;
    }
    else
        return 0;
    s->inv->cms = "drupal";
    add(s, "drupal-core", "core", v, v ? src : NULL);
    drupal_modules(s, b);
    return 1;
}

/* --- Joomla ------------------------------------------------------------- */

/* A manifest's version, unless the extension is a core one. */
static int joomla_manifest(scan_t *s, const char *file, const char **v)
{
    const char *txt = read_head(s, file, 65536);

    if (!txt || (!strstr(txt, "<extension") && !strstr(txt, "<install")))
        return -1;
    if (strstr(txt, "<author>Joomla! Project</author>"))
        return 0;
    *v = xml_version(s->p, txt);
    return 1;
}

static void joomla_extensions(scan_t *s, const char *b)
{
    const char *cdir = apr_pstrcat(s->p, b, "administrator/components", NULL);
    const char *pdir = apr_pstrcat(s->p, b, "plugins", NULL);
    apr_array_header_t *names = list_dir(s, cdir), *groups;
    int i, j;

    for (i = 0; i < names->nelts; i++) {
        const char *n = APR_ARRAY_IDX(names, i, char *);
        const char *dir = apr_pstrcat(s->p, cdir, "/", n, NULL), *v = NULL, *src = NULL;
        apr_array_header_t *files;
        int r = -1;

        if (apr_cstr_casecmpn(n, "com_", 4) || !is_type(s, dir, 1))
            continue;
        /* Joomla names the manifest after the element without com_ */
        src = apr_pstrcat(s->p, dir, "/", n + 4, ".xml", NULL);
        if ((r = joomla_manifest(s, src, &v)) < 0) {
            src = apr_pstrcat(s->p, dir, "/", n, ".xml", NULL);
            r = joomla_manifest(s, src, &v);
        }
        files = r < 0 ? list_dir(s, dir) : NULL;
        for (j = 0; files && j < files->nelts && j < 10 && r < 0; j++) {
            const char *f = APR_ARRAY_IDX(files, j, char *);
            if (ends_with(f, ".xml")) {
                src = apr_pstrcat(s->p, dir, "/", f, NULL);
                r = joomla_manifest(s, src, &v);
            }
        }
        if (r == 0)
            continue;           /* a core component */
        add(s, apr_pstrdup(s->p, n), "component", v, v ? src : NULL);
    }
    groups = list_dir(s, pdir);
    for (i = 0; i < groups->nelts; i++) {
        const char *g = APR_ARRAY_IDX(groups, i, char *);
        const char *gdir = apr_pstrcat(s->p, pdir, "/", g, NULL);

        if (!is_type(s, gdir, 1))
            continue;
        names = list_dir(s, gdir);
        for (j = 0; j < names->nelts; j++) {
            const char *n = APR_ARRAY_IDX(names, j, char *), *v = NULL;
            const char *src = apr_pstrcat(s->p, gdir, "/", n, "/", n, ".xml", NULL);
            if (joomla_manifest(s, src, &v) <= 0)
                continue;
            add(s, apr_psprintf(s->p, "plg_%s_%s", g, n), "plugin", v,
                v ? src : NULL);
        }
    }
}

static int detect_joomla(scan_t *s, const char *b)
{
    const char *f4 = apr_pstrcat(s->p, b, "libraries/src/Version.php", NULL);
    const char *f3 = apr_pstrcat(s->p, b, "libraries/cms/version/version.php", NULL);
    const char *f15 = apr_pstrcat(s->p, b, "libraries/joomla/version.php", NULL);
    const char *fx = apr_pstrcat(s->p, b, "administrator/manifests/files/joomla.xml", NULL);
    const char *txt, *v = NULL, *src = NULL;
    int found = 0, i;

    if ((txt = read_head(s, f4, 65536)) && strstr(txt, "MAJOR_VERSION")) {
        int ma = assigned_int(txt, "MAJOR_VERSION"), mi = assigned_int(txt, "MINOR_VERSION"),
            pa = assigned_int(txt, "PATCH_VERSION");
        found = 1;
        if (ma >= 0 && mi >= 0 && pa >= 0) {
            v = apr_psprintf(s->p, "%d.%d.%d", ma, mi, pa);
            src = f4;
        }
    }
    for (i = 0; !v && i < 2; i++) {
        const char *f = i ? f15 : f3;
        if ((txt = read_head(s, f, 65536)) && strstr(txt, "RELEASE")) {
            /* class constants from 3.5, public/var properties before */
            const char *rel = assigned_version(s->p, txt, "const RELEASE");
            const char *dev = assigned_version(s->p, txt, "const DEV_LEVEL");
            if (!rel || !dev) {
                rel = assigned_version(s->p, txt, "$RELEASE");
                dev = assigned_version(s->p, txt, "$DEV_LEVEL");
            }
            found = 1;
            if (rel && dev) {
                v = apr_pstrcat(s->p, rel, ".", dev, NULL);
                src = f;
            }
        }
    }
    if (!v && (txt = read_head(s, fx, 65536))) {
        found = 1;
        if ((v = xml_version(s->p, txt)))
            src = fx;
    }
    if (!found)
        return 0;
    s->inv->cms = "joomla";
    add(s, "joomla-core", "core", v, src);
    joomla_extensions(s, b);
    return 1;
}

/* --- Movable Type ------------------------------------------------------- */

static void mt_plugins(scan_t *s, const char *b)
{
    const char *pdir = apr_pstrcat(s->p, b, "plugins", NULL);
    apr_array_header_t *names = list_dir(s, pdir);
    int i, j;

    for (i = 0; i < names->nelts; i++) {
        const char *n = APR_ARRAY_IDX(names, i, char *);
        const char *dir = apr_pstrcat(s->p, pdir, "/", n, NULL);
        const char *yaml = apr_pstrcat(s->p, dir, "/config.yaml", NULL);
        const char *txt, *v = NULL, *src = NULL;
        apr_array_header_t *files;

        if (!is_type(s, dir, 1))
            continue;
        if ((txt = read_head(s, yaml, 65536))) {
            v = line_value(s->p, txt, "version", ':');
            src = yaml;
        }
        files = v ? NULL : list_dir(s, dir);
        for (j = 0; files && j < files->nelts && j < 10 && !v; j++) {
            const char *f = APR_ARRAY_IDX(files, j, char *);
            if (!ends_with(f, ".pl"))
                continue;
            src = apr_pstrcat(s->p, dir, "/", f, NULL);
            if ((txt = read_head(s, src, 65536))
                && !(v = assigned_version(s->p, txt, "version =>"))
                && !(v = assigned_version(s->p, txt, "version=>")))
                v = assigned_version(s->p, txt, "$VERSION");
        }
        if (!src)
            continue;           /* neither config.yaml nor a .pl: no plugin */
        add(s, n, "plugin", v, v ? src : NULL);
    }
}

static int detect_movabletype(scan_t *s, const char *b)
{
    const char *pm = apr_pstrcat(s->p, b, "lib/MT.pm", NULL);
    const char *chk = apr_pstrcat(s->p, b, "mt-check.cgi", NULL);
    const char *txt, *v = NULL, *src = NULL;
    int found = 0;

    if ((txt = read_head(s, pm, 65536)) && strstr(txt, "package MT;")) {
        found = 1;
        src = pm;
        if (!(v = perl_list_version(s->p, txt, "$PRODUCT_VERSION"))
            && !(v = perl_list_version(s->p, txt, "$VERSION_ID")))
            v = perl_list_version(s->p, txt, "$VERSION");
    }
    if (!v && (txt = read_head(s, chk, 65536))) {
        found = 1;
        if ((v = assigned_version(s->p, txt, "$version")))
            src = chk;
    }
    if (!found && !is_type(s, apr_pstrcat(s->p, b, "mt.cgi", NULL), 0))
        return 0;
    s->inv->cms = "movabletype";
    add(s, "movabletype-core", "core", v, v ? src : NULL);
    mt_plugins(s, b);
    return 1;
}

const char *cmsguard_inventory_scan(apr_pool_t *p, const char *docroot,
                                    const cmsguard_inventory_limits_t *lim,
                                    cmsguard_inventory_t **out)
{
    /* Movable Type is often installed under cgi-bin/ */
    static const char *const mt_bases[] = { "", "mt/", "cgi-bin/mt/", "cgi-bin/", NULL };
    cmsguard_inventory_t *inv = apr_pcalloc(p, sizeof(*inv));
    char real[PATH_MAX];
    struct stat st;
    scan_t s;
    int i;

    if (!realpath(docroot, real) || stat(real, &st) || !S_ISDIR(st.st_mode))
        return apr_psprintf(p, "%s: not a folder", docroot);
    inv->root = apr_pstrdup(p, real);
    inv->base = "";
    inv->components = apr_array_make(p, 16, sizeof(cmsguard_component_t));
    inv->notes = apr_array_make(p, 4, sizeof(const char *));
    s.p = p;
    s.inv = inv;
    s.root = inv->root;
    s.rootlen = strlen(inv->root);
    s.max_files = lim && lim->max_files > 0 ? lim->max_files : 2000;
    s.max_bytes = lim && lim->max_bytes > 0 ? lim->max_bytes : 65536;
    s.max_entries = lim && lim->max_entries > 0 ? lim->max_entries : 2000;

    if (!detect_wordpress(&s, "") && !detect_drupal(&s, "") && !detect_joomla(&s, ""))
        for (i = 0; mt_bases[i]; i++)
            if (detect_movabletype(&s, mt_bases[i])) {
                inv->base = mt_bases[i];
                break;
            }
    *out = inv;
    return NULL;
}

/* --- versions ------------------------------------------------------------ */

/* The next part of a version: a run of digits or of letters; any other
 * byte separates. */
static const char *vpart(const char *s, const char **start, apr_size_t *len,
                         int *num)
{
    while (*s && !cmsguard_isalnum(*s))
        s++;
    *start = s;
    *num = apr_isdigit(*s) != 0;
    while (*s && (*num ? apr_isdigit(*s) : cmsguard_isalpha(*s)))
        s++;
    *len = (apr_size_t)(s - *start);
    return s;
}

/* version_compare()'s order of special words; a number ranks 4 */
static int word_rank(const char *w, apr_size_t n)
{
    static const struct { const char *w; int rank; } words[] = {
        { "dev", 0 }, { "alpha", 1 }, { "a", 1 }, { "beta", 2 }, { "b", 2 },
        { "rc", 3 }, { "pl", 5 }, { "p", 5 }, { NULL, 0 }
    };
    int i;

    for (i = 0; words[i].w; i++)
        if (strlen(words[i].w) == n && !apr_cstr_casecmpn(w, words[i].w, n))
            return words[i].rank;
    return -1;
}

static int numcmp(const char *a, apr_size_t an, const char *b, apr_size_t bn)
{
    int c;

    while (an > 1 && *a == '0') {
        a++;
        an--;
    }
    while (bn > 1 && *b == '0') {
        b++;
        bn--;
    }
    if (an != bn)
        return an < bn ? -1 : 1;
    c = memcmp(a, b, an);
    return c < 0 ? -1 : c > 0;
}

int cmsguard_version_cmp(const char *a, const char *b)
{
    for (;;) {
        const char *pa, *pb;
        apr_size_t la, lb;
        int na, nb, ra, rb, c;

        a = vpart(a, &pa, &la, &na);
        b = vpart(b, &pb, &lb, &nb);
        if (!la && !lb)
            return 0;
        if (!la) {              /* a missing part counts as 0 */
            pa = "0";
            la = 1;
            na = 1;
        }
        if (!lb) {
            pb = "0";
            lb = 1;
            nb = 1;
        }
        if (na && nb) {
            if ((c = numcmp(pa, la, pb, lb)))
                return c;
            continue;
        }
        ra = na ? 4 : word_rank(pa, la);
        rb = nb ? 4 : word_rank(pb, lb);
        if (ra != rb)
            return ra < rb ? -1 : 1;
        if (ra < 0) {
            c = apr_cstr_casecmpn(pa, pb, la < lb ? la : lb);
            if (c || la != lb)
                return c ? (c < 0 ? -1 : 1) : (la < lb ? -1 : 1);
        }
    }
}

/* 1.2.3, 4.38, 1.0b2 (no '-': that separates a range) */
static int is_ver(const char *t)
{
    if (!apr_isdigit(*t))
        return 0;
    for (; *t; t++)
        if (!cmsguard_isalnum(*t) && *t != '.' && *t != '_' && *t != '+')
            return 0;
    return t[-1] != 'x' && t[-1] != 'X';
}

/* "8.4.x" (parts) or "4.2x" (string prefix); 0 if not a series */
static int is_series(const char *t)
{
    apr_size_t n = strlen(t), i;

    if (n < 2 || (t[n - 1] != 'x' && t[n - 1] != 'X') || !apr_isdigit(*t))
        return 0;
    for (i = 0; i + 1 < n; i++)
        if (!apr_isdigit(t[i]) && t[i] != '.')
            return 0;
    return t[n - 2] == '.' ? 1 : 2;
}

static int series_match(const char *series, const char *v)
{
    apr_size_t n = strlen(series);

    if (is_series(series) == 2)         /* 4.2x: 4.2, 4.21, ... 4.29 */
        return !strncmp(v, series, n - 1)
               && (!v[n - 1] || apr_isdigit(v[n - 1]) || v[n - 1] == '.');
    {
        const char *s = series, *ps, *pv;
        apr_size_t ls, lv;
        int ns, nv;

        for (;;) {
            s = vpart(s, &ps, &ls, &ns);
            if (!ls || !ns)         /* reached the "x" */
                return 1;
            v = vpart(v, &pv, &lv, &nv);
            if (!lv || !nv || numcmp(ps, ls, pv, lv))
                return 0;
        }
    }
}

static int is_op(const char *t)
{
    return !strcmp(t, "<") || !strcmp(t, "<=") || !strcmp(t, ">")
           || !strcmp(t, ">=") || !strcmp(t, "=");
}

static int op_holds(const char *op, const char *v, const char *bound)
{
    int c = cmsguard_version_cmp(v, bound);

    if (!strcmp(op, "<"))
        return c < 0;
    if (!strcmp(op, "<="))
        return c <= 0;
    if (!strcmp(op, ">"))
        return c > 0;
    if (!strcmp(op, ">="))
        return c >= 0;
    return c == 0;
}

/* Words that say "operator" in prose: before X (<), up to / through X
 * (<=); returns the operator and how many tokens it used. */
static const char *word_op(char **t, int n, int i, int *used)
{
    if (i < n && !apr_cstr_casecmp(t[i], "before")) {
        *used = 1;
        return "<";
    }
    if (i < n && (!apr_cstr_casecmp(t[i], "through") || !apr_cstr_casecmp(t[i], "thru"))) {
        *used = 1;
        return "<=";
    }
    if (i + 1 < n && !apr_cstr_casecmp(t[i], "up") && !apr_cstr_casecmp(t[i + 1], "to")) {
        *used = 2;
        return "<=";
    }
    return NULL;
}

#define MAX_TOKS 16

/* One clause: CMSGUARD_AFFECTED_YES, _NO or _UNKNOWN (unreadable). */
static int clause_match(apr_pool_t *p, const char *clause, const char *v)
{
    char *t[MAX_TOKS], *tok, *last, *copy = apr_pstrdup(p, clause);
    const char *series = NULL, *op = NULL, *bound = NULL, *lo = NULL, *hi = NULL;
    int n = 0, i = 0, used;

    for (tok = apr_strtok(copy, " \t", &last); tok; tok = apr_strtok(NULL, " \t", &last)) {
        char *dash;

        if (n + 3 > MAX_TOKS)
            return CMSGUARD_AFFECTED_UNKNOWN;
        /* "<5.9.9", "<=1.2.1": the operator apart */
        if ((tok[0] == '<' || tok[0] == '>') && tok[1] && tok[1] != '=') {
            t[n++] = apr_pstrmemdup(p, tok, 1);
            tok++;
        }
        else if ((tok[0] == '<' || tok[0] == '>') && tok[1] == '=' && tok[2]) {
            t[n++] = apr_pstrmemdup(p, tok, 2);
            tok += 2;
        }
        /* "1.3.24-1.3.26": from, "-", to (a date has two dashes: no) */
        if ((dash = strchr(tok, '-')) && dash > tok && dash[1]
            && !strchr(dash + 1, '-')) {
            *dash = '\0';
            t[n++] = tok;
            t[n++] = "-";
            t[n++] = dash + 1;
        }
        else
            t[n++] = tok;
    }
    /* leading labels: "Pro/Advanced", "Open Source", "PHPUnit" */
    while (i < n && !apr_isdigit(t[i][0]) && !is_op(t[i]) && !word_op(t, n, i, &used))
        i++;
    if (i < n && is_series(t[i]))
        series = t[i++];
    if (i < n && is_op(t[i])) {
        op = t[i++];
        if (i >= n || !is_ver(t[i]))
            return CMSGUARD_AFFECTED_UNKNOWN;
        bound = t[i++];
    }
    else if (i < n && (op = word_op(t, n, i, &used))) {
        i += used;
        if (i >= n || !is_ver(t[i]))
            return CMSGUARD_AFFECTED_UNKNOWN;
        bound = t[i++];
    }
    else if (!series && i < n && is_ver(t[i])) {
        lo = t[i++];
        if (i + 1 < n && !strcmp(t[i], "-") && is_ver(t[i + 1])) {
            hi = t[i + 1];
            i += 2;
        }
        else if (i + 1 < n && (!apr_cstr_casecmp(t[i], "and") || !apr_cstr_casecmp(t[i], "or"))) {
            const char *w = t[i + 1];
            if (!apr_cstr_casecmp(w, "earlier") || !apr_cstr_casecmp(w, "older")
                || !apr_cstr_casecmp(w, "below") || !apr_cstr_casecmp(w, "lower")) {
                op = "<=";
                bound = lo;
                lo = NULL;
            }
            else if (!apr_cstr_casecmp(w, "later") || !apr_cstr_casecmp(w, "newer")
                     || !apr_cstr_casecmp(w, "above") || !apr_cstr_casecmp(w, "higher")) {
                op = ">=";
                bound = lo;
                lo = NULL;
            }
            else
                return CMSGUARD_AFFECTED_UNKNOWN;
            i += 2;
        }
        else
            hi = lo;            /* exactly that version */
    }
    else if (!series)
        return CMSGUARD_AFFECTED_UNKNOWN;
    /* trailing remarks that change nothing */
    for (; i < n; i++)
        if (apr_cstr_casecmp(t[i], "unpatched") && apr_cstr_casecmp(t[i], "only")
            && apr_cstr_casecmp(t[i], "inclusive"))
            return CMSGUARD_AFFECTED_UNKNOWN;
    if (series && !series_match(series, v))
        return CMSGUARD_AFFECTED_NO;
    if (op && !op_holds(op, v, bound))
        return CMSGUARD_AFFECTED_NO;
    if (lo && (cmsguard_version_cmp(v, lo) < 0 || cmsguard_version_cmp(v, hi) > 0))
        return CMSGUARD_AFFECTED_NO;
    return CMSGUARD_AFFECTED_YES;
}

int cmsguard_affected_match(const char *affected, const char *v)
{
    apr_pool_t *p;
    char *text, *w, *clause, *last;
    const char *r;
    int readable = 0, hit = 0;

    if (!affected || !v)
        return CMSGUARD_AFFECTED_UNKNOWN;
    apr_pool_create(&p, NULL);
    /* parenthesised remarks go: "(others unverified)", "(com_joomlaupdate)" */
    text = apr_palloc(p, strlen(affected) + 1);
    for (w = text, r = affected; *r; r++) {
        if (*r == '(') {
            const char *close = strchr(r, ')');
            if (close) {
                r = close;
                continue;
            }
        }
        *w++ = *r;
    }
    *w = '\0';
    for (clause = apr_strtok(text, ",;", &last); clause && !hit;
         clause = apr_strtok(NULL, ",;", &last)) {
        int m = clause_match(p, clause, v);
        if (m != CMSGUARD_AFFECTED_UNKNOWN)
            readable = 1;
        if (m == CMSGUARD_AFFECTED_YES)
            hit = 1;
    }
    apr_pool_destroy(p);
    return hit ? CMSGUARD_AFFECTED_YES
               : readable ? CMSGUARD_AFFECTED_NO : CMSGUARD_AFFECTED_UNKNOWN;
}

/* --- rules against the inventory ----------------------------------------- */

static int names_core(const char *cms, const char *plugin)
{
    apr_size_t n = strlen(cms);

    return !plugin || !apr_cstr_casecmp(plugin, cms)
           || (!apr_cstr_casecmpn(plugin, cms, n) && !apr_cstr_casecmp(plugin + n, "-core"));
}

static const cmsguard_component_t *component_for(const cmsguard_inventory_t *inv,
                                                 const cmsguard_rule_t *r)
{
    int i;

    if (!inv->cms || !r->cms || apr_cstr_casecmp(r->cms, inv->cms))
        return NULL;
    for (i = 0; i < inv->components->nelts; i++) {
        const cmsguard_component_t *c =
            &APR_ARRAY_IDX(inv->components, i, cmsguard_component_t);
        if (names_core(inv->cms, r->plugin) ? !strcmp(c->kind, "core")
                                            : !apr_cstr_casecmp(c->slug, r->plugin))
            return c;
    }
    return NULL;
}

apr_array_header_t *cmsguard_inventory_match(apr_pool_t *p,
                                             const cmsguard_inventory_t *inv,
                                             const cmsguard_ruleset_t *rs)
{
    apr_array_header_t *out = apr_array_make(p, 8, sizeof(cmsguard_inv_match_t));
    const apr_array_header_t *all = cmsguard_rules_all(rs);
    int i, j;

    for (i = 0; i < inv->components->nelts; i++) {
        const cmsguard_component_t *c =
            &APR_ARRAY_IDX(inv->components, i, cmsguard_component_t);
        for (j = 0; j < all->nelts; j++) {
            const cmsguard_rule_t *r = APR_ARRAY_IDX(all, j, const cmsguard_rule_t *);
            cmsguard_inv_match_t *m;
            int why;

            if (component_for(inv, r) != c)
                continue;
            if (!c->version)
                why = CMSGUARD_INV_VERSION_UNKNOWN;
            else {
                int a = cmsguard_affected_match(r->affected, c->version);
                if (a == CMSGUARD_AFFECTED_NO)
                    continue;
                why = a == CMSGUARD_AFFECTED_YES ? CMSGUARD_INV_AFFECTED
                                                 : CMSGUARD_INV_RANGE_UNKNOWN;
            }
            m = apr_array_push(out);
            m->comp = c;
            m->rule = r;
            m->why = why;
        }
    }
    return out;
}

int cmsguard_inventory_wants_rule(const cmsguard_inventory_t *inv,
                                  const cmsguard_rule_t *r)
{
    if (!r->cms || !inv->cms)
        return 1;
    return component_for(inv, r) != NULL;
}

const char *cmsguard_inventory_version_text(const cmsguard_component_t *c)
{
    return c->version ? c->version : "version unknown";
}
