#include <string.h>
#include <stdlib.h>
#include <apr_strings.h>
#include <apr_lib.h>
#include <apr_file_io.h>

#include "baseline.h"
#include "sha256.h"
#include "ascii.h"

int cmsguard_is_script_name(const char *name)
{
    static const char *const ext[] = {
        "php", "php3", "php4", "php5", "php7", "php8", "pht", "phtml", "phar",
        "phps", "inc", "cgi", "pl", "py", "sh", "asp", "aspx", "jsp", NULL
    };
    const char *e = name + strlen(name);
    int i, c;

    /* every request for a static file asks: one step back from the end
     * finds the extension, and its first letter rules out the whole list
     * for .html, .css, .js, .jpg... */
    while (e > name && e[-1] != '.' && e[-1] != '/')
        e--;
    if (e == name || e[-1] != '.')
        return 0;
    c = cmsguard_tolower(*e);
    if (c != 'p' && c != 'i' && c != 'c' && c != 's' && c != 'a' && c != 'j')
        return 0;
    for (i = 0; ext[i]; i++)
        if (ext[i][0] == c && !apr_cstr_casecmp(e, ext[i]))
            return 1;
    return 0;
}

const char *cmsguard_upload_executable(const char *filename,
                                       const char *head, apr_size_t len)
{
    static const char *const ext[] = {
        "php", "php3", "php4", "php5", "php7", "php8", "pht", "phtml", "phar",
        "phps", "pgif", "shtml", "cgi", "pl", "py", "sh", "asp", "aspx",
        "jsp", NULL
    };
    apr_size_t i;

    if (filename) {
        const char *base = strrchr(filename, '/'), *b2 = strrchr(filename, '\\');
        const char *part;

        if (b2 && (!base || b2 > base))
            base = b2;
        base = base ? base + 1 : filename;
        if (!apr_cstr_casecmp(base, ".htaccess") || !apr_cstr_casecmp(base, ".user.ini"))
            return "a file that reconfigures its folder";
        /* every dot-part after the first: x.php.jpg, x.PhP, "x.php." */
        for (part = strchr(base, '.'); part; part = strchr(part + 1, '.')) {
            apr_size_t n = strcspn(part + 1, ". ");
            int k;

            for (k = 0; ext[k]; k++)
                if (strlen(ext[k]) == n && !apr_cstr_casecmpn(part + 1, ext[k], n))
                    return "a script extension in the file name";
        }
    }
    for (i = 0; head && i + 1 < len && i < 1024; i++) {
        if (head[i] == '<' && head[i + 1] == '?') {
            const char *t = head + i + 2;
            apr_size_t left = len - i - 2;
            if ((left >= 3 && !apr_cstr_casecmpn(t, "php", 3)) || (left >= 1 && *t == '='))
                return "PHP code in the file";
        }
    }
    return NULL;
}

const char *cmsguard_sha256_file(apr_pool_t *p, const char *path, char out[65])
{
    apr_file_t *f;
    cmsguard_sha256_t c;
    char buf[65536];
    apr_size_t n;
    apr_status_t rv;

    if ((rv = apr_file_open(&f, path, APR_FOPEN_READ | APR_FOPEN_BINARY, 0, p)))
        return "cannot open";
    cmsguard_sha256_init(&c);
    for (;;) {
        n = sizeof(buf);
        rv = apr_file_read(f, buf, &n);
        if (n)
            cmsguard_sha256_update(&c, buf, n);
        if (rv == APR_EOF)
            break;
        if (rv != APR_SUCCESS) {
            apr_file_close(f);
            return "read error";
        }
    }
    apr_file_close(f);
    cmsguard_sha256_hex(&c, out);
    return NULL;
}

const char *cmsguard_baseline_load(apr_pool_t *p, const char *file,
                                   cmsguard_baseline_t **out)
{
    apr_file_t *f;
    char line[8192];
    int ln = 0;
    cmsguard_baseline_t *b = apr_pcalloc(p, sizeof(*b));

    if (apr_file_open(&f, file, APR_FOPEN_READ, 0, p) != APR_SUCCESS)
        return apr_psprintf(p, "%s: cannot read", file);
    b->entries = apr_hash_make(p);
    b->file = apr_pstrdup(p, file);
    while (apr_file_gets(line, sizeof(line), f) == APR_SUCCESS) {
        cmsguard_baseline_entry_t *e;
        char *s = line, *end;
        apr_size_t n = strlen(line);

        ln++;
        if (n && line[n - 1] != '\n' && n == sizeof(line) - 1) {
            apr_file_close(f);
            return apr_psprintf(p, "%s:%d: line too long", file, ln);
        }
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s || *s == '#')
            continue;
        e = apr_pcalloc(p, sizeof(*e));
        if (strspn(s, "0123456789abcdef") != 64 || (s[64] != ' ' && s[64] != '\t')) {
            apr_file_close(f);
            return apr_psprintf(p, "%s:%d: expected 'sha256 size /path' (run "
                                "cmsguard baseline to write one)", file, ln);
        }
        memcpy(e->sha256, s, 64);
        s += 64;
        e->size = (apr_off_t)strtoll(s, &end, 10);
        if (end == s || e->size < 0 || (*end != ' ' && *end != '\t')) {
            apr_file_close(f);
            return apr_psprintf(p, "%s:%d: bad size", file, ln);
        }
        s = end;
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s != '/') {
            apr_file_close(f);
            return apr_psprintf(p, "%s:%d: the path must be absolute", file, ln);
        }
        e->path = apr_pstrdup(p, s);
        apr_hash_set(b->entries, e->path, APR_HASH_KEY_STRING, e);
    }
    apr_file_close(f);
    *out = b;
    return NULL;
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const cmsguard_baseline_entry_t *)a)->path,
                  ((const cmsguard_baseline_entry_t *)b)->path);
}

static const char *walk(apr_pool_t *p, const char *dir, apr_array_header_t *out,
                        int depth)
{
    apr_dir_t *d;
    apr_finfo_t fi;

    if (depth > 64)
        return apr_psprintf(p, "%s: nested too deep", dir);
    if (apr_dir_open(&d, dir, p) != APR_SUCCESS)
        return apr_psprintf(p, "%s: cannot open directory", dir);
    for (;;) {
        const char *full, *err;
        apr_status_t rv = apr_dir_read(&fi, APR_FINFO_NAME | APR_FINFO_TYPE
                                       | APR_FINFO_SIZE | APR_FINFO_LINK, d);

        /* APR_INCOMPLETE: some fields missing, the name is there */
        if ((rv != APR_SUCCESS && rv != APR_INCOMPLETE) || !fi.name)
            break;
        if (!strcmp(fi.name, ".") || !strcmp(fi.name, ".."))
            continue;
        full = apr_pstrcat(p, dir, "/", fi.name, NULL);
        if (fi.filetype == APR_DIR) {
            if ((err = walk(p, full, out, depth + 1))) {
                apr_dir_close(d);
                return err;
            }
        }
        else if (fi.filetype == APR_REG && cmsguard_is_script_name(fi.name)) {
            cmsguard_baseline_entry_t *e = apr_array_push(out);
            e->path = full;
            e->size = fi.size;
            if ((err = cmsguard_sha256_file(p, full, e->sha256))) {
                apr_dir_close(d);
                return apr_psprintf(p, "%s: %s", full, err);
            }
        }
    }
    apr_dir_close(d);
    return NULL;
}

apr_array_header_t *cmsguard_baseline_scan(apr_pool_t *p, const char *root,
                                           const char **err)
{
    apr_array_header_t *out = apr_array_make(p, 64, sizeof(cmsguard_baseline_entry_t));
    char *r = apr_pstrdup(p, root);
    apr_size_t n = strlen(r);

    while (n > 1 && r[n - 1] == '/')
        r[--n] = '\0';
    if ((*err = walk(p, r, out, 0)))
        return NULL;
    qsort(out->elts, (size_t)out->nelts, sizeof(cmsguard_baseline_entry_t), cmp_entry);
    return out;
}
