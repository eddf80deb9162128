/* Planted files: a script is never run from an upload folder, and, with a
 * baseline, never unless it was there (and, optionally, unchanged) when
 * the site was known good. A module sees what no PHP plugin can: the
 * file httpd is about to hand to the interpreter. */
#include "apr_strings.h"
#include "apr_thread_mutex.h"
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"

#include "mod_cmsguard.h"
#include "path.h"
#include "form.h"
#include "ascii.h"

APLOG_USE_MODULE(cmsguard);

/* Upload folders of the four CMSs: WordPress's wp-content/uploads,
 * Drupal's sites/<site>/files, Joomla's images. (Movable Type writes
 * uploads wherever a blog's site path is: add it with CMSGuardUploadDir.) */
static const char *const default_upload_dirs[] = {
    "wp-content/uploads", "sites/*/files", "images", NULL
};

/* Per-child cache of content checks, keyed by path; an entry holds while
 * inode, size and mtime are the same, so a file is hashed once per child
 * and again only after it changes. */
typedef struct {
    apr_ino_t inode;
    apr_off_t size;
    apr_time_t mtime;
    int same;
} content_entry;

static apr_pool_t *cache_pool;
static apr_hash_t *cache;
#if APR_HAS_THREADS
static apr_thread_mutex_t *cache_lock;
#endif

static void planted_child_init(apr_pool_t *p, server_rec *s)
{
    (void)s;
    apr_pool_create(&cache_pool, p);
    cache = apr_hash_make(cache_pool);
#if APR_HAS_THREADS
    apr_thread_mutex_create(&cache_lock, APR_THREAD_MUTEX_DEFAULT, p);
#endif
}

/* The local file a request will run, or NULL */
static const char *target_file(request_rec *r)
{
    return r->filename ? cmsguard_path_local(r->filename) : NULL;
}

/* Will httpd run this request as a script? Its name says so, or its
 * handler does (an .htaccess may hand .jpg files to PHP). */
static int runs_script(request_rec *r, const char *file)
{
    const char *h = r->handler;

    if (file && cmsguard_is_script_name(file))
        return 1;
    if (!h)
        return 0;
    return !strcmp(h, "cgi-script") || !strncmp(h, "proxy:", 6)
        || !strncmp(h, "application/x-httpd-php", 23)
        || !strcmp(h, "proxy-server") || !strcmp(h, "php-script");
}

static apr_array_header_t *segs(apr_pool_t *p, const char *path)
{
    apr_array_header_t *a = apr_array_make(p, 8, sizeof(char *));
    char *s = apr_pstrdup(p, path), *t, *last;

    for (t = apr_strtok(s, "/", &last); t; t = apr_strtok(NULL, "/", &last))
        APR_ARRAY_PUSH(a, char *) = t;
    return a;
}

/* Is something below folder "pattern" in a path (given as its segments)?
 * "/abs/dir" anchors at the root; "a/b" matches at any depth; "*" is one
 * segment; case is ignored (the file systems and CMSs this runs in front
 * of vary). The pattern is walked in place: this runs for every script
 * request, once per upload folder. */
static int dir_match(const apr_array_header_t *ps, const char *pattern)
{
    int anchored = pattern[0] == '/', i, k, n = 0;
    const char *s;

    for (s = pattern; *(s += strspn(s, "/")); s += strcspn(s, "/"))
        n++;
    for (i = 0; i + n < ps->nelts; i++) {
        s = pattern;
        for (k = 0; k < n; k++) {
            const char *have = APR_ARRAY_IDX(ps, i + k, char *);
            apr_size_t len;

            s += strspn(s, "/");
            len = strcspn(s, "/");
            if (!(len == 1 && *s == '*')
                && (apr_cstr_casecmpn(s, have, len) || have[len] != '\0'))
                break;
            s += len;
        }
        if (k == n)
            return 1;
        if (anchored)
            break;
    }
    return 0;
}

/* Relative folders ("wp-content/uploads") are matched in the URL path at
 * any depth; absolute ones ("/srv/www/blog/uploads") in the file path. A
 * preset never looks at the file path: a document root that happens to
 * live under some ".../images/..." folder must not lose its scripts. */
static const char *in_upload_dir(request_rec *r, const cmsguard_dir_conf *dc,
                                 const char *canon, const char *file)
{
    apr_array_header_t *cs = segs(r->pool, canon), *fs = NULL;
    int i;

    for (i = 0; default_upload_dirs[i]; i++)
        if (dir_match(cs, default_upload_dirs[i]))
            return default_upload_dirs[i];
    for (i = 0; dc->upload_dirs && i < dc->upload_dirs->nelts; i++) {
        const char *d = APR_ARRAY_IDX(dc->upload_dirs, i, const char *);

        if (d[0] != '/') {
            if (dir_match(cs, d))
                return d;
        }
        else if (file) {
            if (!fs)
                fs = segs(r->pool, file);
            if (dir_match(fs, d))
                return d;
        }
    }
    return NULL;
}

static int refuse(request_rec *r, const cmsguard_dir_conf *dc,
                  const char *rule, const char *msg, const char *file)
{
    cmsguard_audit_rec_t rec;

    cmsguard_audit_init_rec(r, &rec, rule, msg, HTTP_FORBIDDEN);
    rec.target = "FILE";
    rec.excerpt = file;
    rec.excerpt_len = strlen(file);
    cmsguard_audit_add(r->pool, &rec, "file", file);
    cmsguard_audit_emit(r, dc, &rec);
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                  CMSGUARD_LOGNO(0601) "refused to run %s: %s", file, msg);
    return cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_DETECT ? DECLINED
                                                             : HTTP_FORBIDDEN;
}

/* 1 unchanged since the baseline, 0 changed, -1 cannot tell */
static int content_same(request_rec *r, const cmsguard_baseline_entry_t *e,
                        const char *file)
{
    apr_finfo_t fi;
    content_entry *c;
    char hex[65];
    int same;

    if (apr_stat(&fi, file, APR_FINFO_INODE | APR_FINFO_SIZE | APR_FINFO_MTIME,
                 r->pool) != APR_SUCCESS)
        return -1;
    if (fi.size != e->size)
        return 0;
#if APR_HAS_THREADS
    apr_thread_mutex_lock(cache_lock);
#endif
    c = apr_hash_get(cache, file, APR_HASH_KEY_STRING);
    same = (c && c->inode == fi.inode && c->size == fi.size
            && c->mtime == fi.mtime) ? c->same : -2;
#if APR_HAS_THREADS
    apr_thread_mutex_unlock(cache_lock);
#endif
    if (same != -2)
        return same;
    if (cmsguard_sha256_file(r->pool, file, hex))
        return -1;
    same = !strcmp(hex, e->sha256);
#if APR_HAS_THREADS
    apr_thread_mutex_lock(cache_lock);
#endif
    c = apr_hash_get(cache, file, APR_HASH_KEY_STRING);
    if (!c && apr_hash_count(cache) < 100000) {
        c = apr_palloc(cache_pool, sizeof(*c));
        apr_hash_set(cache, apr_pstrdup(cache_pool, file), APR_HASH_KEY_STRING, c);
    }
    if (c) {
        c->inode = fi.inode;
        c->size = fi.size;
        c->mtime = fi.mtime;
        c->same = same;
    }
#if APR_HAS_THREADS
    apr_thread_mutex_unlock(cache_lock);
#endif
    return same;
}

static int planted_fixups(request_rec *r)
{
    cmsguard_dir_conf *dc = ap_get_module_config(r->per_dir_config,
                                                 &cmsguard_module);
    cmsguard_srv_conf *sc;
    const char *file, *canon, *dir;

    if (cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_OFF || dc->planted == 0)
        return DECLINED;
    /* mod_rewrite's per-directory rules chose an internal redirect
     * ("redirect:/index.php"): nothing runs here, and the request that
     * follows is judged on its own. WordPress sends every missing file,
     * missing uploads included, to its index.php this way. */
    if (r->filename && !strncmp(r->filename, "redirect:", 9))
        return DECLINED;
    file = target_file(r);
    if (!runs_script(r, file))
        return DECLINED;
    canon = cmsguard_canon_path(r);
    if ((dir = in_upload_dir(r, dc, canon, file)))
        return refuse(r, dc, CMSGUARD_RULE_UPLOAD_DIR, apr_psprintf(
                          r->pool, "script in an upload folder (%s)", dir),
                      file ? file : canon);
    sc = ap_get_module_config(r->server->module_config, &cmsguard_module);
    if (sc->baseline && file && r->finfo.filetype != APR_DIR) {
        const cmsguard_baseline_entry_t *e =
            apr_hash_get(sc->baseline->entries, file, APR_HASH_KEY_STRING);

        /* a script that is not there does not run either: let httpd 404 */
        if (!e && r->finfo.filetype == APR_NOFILE && strncmp(r->filename, "proxy:", 6))
            return DECLINED;
        if (!e)
            return refuse(r, dc, CMSGUARD_RULE_NOT_BASELINE,
                          "script not in CMSGuardScriptBaseline (planted?)",
                          file);
        if (sc->baseline_content == 1) {
            int same = content_same(r, e, file);
            if (same < 0) {
                int st = cmsguard_internal_error(
                    r, dc, CMSGUARD_RULE_UNREADABLE, "cannot read the script "
                    "to compare it with CMSGuardScriptBaseline", file);
                return st == OK ? DECLINED : st;
            }
            if (!same)
                return refuse(r, dc, CMSGUARD_RULE_CHANGED,
                              "script changed since CMSGuardScriptBaseline",
                              file);
        }
    }
    return DECLINED;
}

/* The CMSs' own upload screens and APIs, where an upload is expected and
 * a body over the limit is refused rather than passed unread. */
static int upload_endpoint(request_rec *r, const char *canon)
{
    const char *q = r->args ? r->args : "";

    return cmsguard_path_has_segment(canon, "async-upload.php")
        || cmsguard_path_has_segment(canon, "media-new.php")
        || strstr(canon, "/wp/v2/media") != NULL
        || strstr(q, "rest_route=%2Fwp%2Fv2%2Fmedia") || strstr(q, "rest_route=/wp/v2/media")
        || strstr(q, "option=com_media") || strstr(q, "__mode=upload_file")
        || strstr(canon, "/file/upload") != NULL;
}

static const char *raw_upload_name(request_rec *r)
{
    const char *cd = apr_table_get(r->headers_in, "Content-Disposition");
    const char *f = cd ? cmsguard_casestr(cd, "filename") : NULL;
    char *v, *e;

    if (!f)
        return NULL;
    f = strchr(f, '=');
    if (!f)
        return NULL;
    f++;
    while (*f == ' ' || *f == '"')
        f++;
    v = apr_pstrdup(r->pool, f);
    e = v + strcspn(v, "\";");
    *e = '\0';
    return v;
}

int cmsguard_upload_want_body(request_rec *r, const cmsguard_dir_conf *dc)
{
    const char *ct = apr_table_get(r->headers_in, "Content-Type");
    const char *canon;

    if (dc->upload_guard == 0 || cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_OFF
        || (r->method_number != M_POST && r->method_number != M_PUT))
        return CMSGUARD_BODY_NONE;
    if (!(ct && !apr_cstr_casecmpn(ct, "multipart/form-data", 19)) && !raw_upload_name(r))
        return CMSGUARD_BODY_NONE;
    canon = cmsguard_canon_path(r);
    return upload_endpoint(r, canon) ? CMSGUARD_BODY_MUST : CMSGUARD_BODY_MAY;
}

int cmsguard_upload_check(request_rec *r, const cmsguard_dir_conf *dc,
                          const char *body, apr_size_t len)
{
    const char *ct = apr_table_get(r->headers_in, "Content-Type"), *err, *why;
    const char *raw = raw_upload_name(r);
    apr_array_header_t *f;
    int i;

    if (raw && (why = cmsguard_upload_executable(raw, body, len))) {
        int st = refuse(r, dc, CMSGUARD_RULE_UPLOAD,
                        apr_psprintf(r->pool, "upload refused: %s", why), raw);
        return st == DECLINED ? OK : st;
    }
    f = ct ? cmsguard_form_parse(r->pool, ct, body, len, &err) : NULL;
    for (i = 0; f && i < f->nelts; i++) {
        const cmsguard_form_field_t *e = &APR_ARRAY_IDX(f, i, cmsguard_form_field_t);
        if (e->filename
            && (why = cmsguard_upload_executable(e->filename, e->data, e->len))) {
            int st = refuse(r, dc, CMSGUARD_RULE_UPLOAD,
                            apr_psprintf(r->pool, "upload refused: %s", why),
                            e->filename);
            return st == DECLINED ? OK : st;
        }
    }
    return OK;
}

void cmsguard_planted_register_hooks(apr_pool_t *p)
{
    (void)p;
    ap_hook_child_init(planted_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    /* fixups: the file and handler are final, and fixups run for internal
     * redirects and subrequests too */
    ap_hook_fixups(planted_fixups, NULL, NULL, APR_HOOK_FIRST);
}
