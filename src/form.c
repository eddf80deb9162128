#include <string.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "form.h"
#include "path.h"
#include "ascii.h"

/* PHP (main/php_variables.c): leading spaces dropped; ' ' and '.' become
 * '_' in the base name only, up to the first '[' - array keys keep them. */
const char *cmsguard_php_name(apr_pool_t *p, const char *raw)
{
    char *n, *c;

    while (*raw == ' ')
        raw++;
    n = apr_pstrdup(p, raw);
    for (c = n; *c && *c != '['; c++)
        if (*c == ' ' || *c == '.')
            *c = '_';
    return n;
}

static apr_array_header_t *urlencoded(apr_pool_t *p, const char *b,
                                      apr_size_t len)
{
    apr_array_header_t *out = apr_array_make(p, 8, sizeof(cmsguard_form_field_t));
    apr_size_t i = 0;

    while (i < len) {
        apr_size_t s = i, eq = (apr_size_t)-1;
        cmsguard_form_field_t *f;

        while (i < len && b[i] != '&') {
            if (b[i] == '=' && eq == (apr_size_t)-1)
                eq = i;
            i++;
        }
        if (i > s) {
            apr_size_t nend = eq == (apr_size_t)-1 ? i : eq;
            f = apr_array_push(out);
            f->name = cmsguard_php_name(p, cmsguard_url_decode(p, b + s, nend - s,
                                                               1, NULL));
            f->filename = f->ctype = NULL;
            if (eq == (apr_size_t)-1) {
                f->data = "";
                f->len = 0;
            }
            else {
                f->data = cmsguard_url_decode(p, b + eq + 1, i - eq - 1, 1,
                                              &f->len);
            }
        }
        i++;
    }
    return out;
}

/* value of a parameter in a header line: boundary=..., name="..." */
static const char *header_param(apr_pool_t *p, const char *h, apr_size_t hl,
                                const char *param)
{
    apr_size_t n = strlen(param), i;

    for (i = 0; i + n < hl; i++) {
        if ((i == 0 || h[i - 1] == ';' || h[i - 1] == ' ' || h[i - 1] == '\t')
            && !apr_cstr_casecmpn(h + i, param, n) && h[i + n] == '=') {
            const char *v = h + i + n + 1, *end = h + hl;
            if (v < end && *v == '"') {
                const char *q = memchr(v + 1, '"', (apr_size_t)(end - v - 1));
                return apr_pstrmemdup(p, v + 1, q ? (apr_size_t)(q - v - 1)
                                                  : (apr_size_t)(end - v - 1));
            }
            {
                const char *e = v;
                while (e < end && *e != ';' && *e != ' ' && *e != '\t'
                       && *e != '\r' && *e != '\n')
                    e++;
                return apr_pstrmemdup(p, v, (apr_size_t)(e - v));
            }
        }
    }
    return NULL;
}

static const char *find(const char *h, apr_size_t hl, const char *n,
                        apr_size_t nl)
{
    apr_size_t i;

    if (nl == 0 || hl < nl)
        return NULL;
    for (i = 0; i + nl <= hl; i++)
        if (h[i] == n[0] && !memcmp(h + i, n, nl))
            return h + i;
    return NULL;
}

static apr_array_header_t *multipart(apr_pool_t *p, const char *ctype,
                                     const char *b, apr_size_t len,
                                     const char **err)
{
    apr_array_header_t *out = apr_array_make(p, 8, sizeof(cmsguard_form_field_t));
    const char *boundary = header_param(p, ctype, strlen(ctype), "boundary");
    const char *delim, *pos, *end = b + len;
    apr_size_t dl;

    if (!boundary || !*boundary || strlen(boundary) > 200) {
        *err = "multipart body without a usable boundary";
        return out;
    }
    delim = apr_pstrcat(p, "--", boundary, NULL);
    dl = strlen(delim);
    pos = find(b, len, delim, dl);
    if (!pos) {
        *err = "multipart body without its boundary";
        return out;
    }
    for (;;) {
        const char *hstart, *hend, *next, *dend;
        cmsguard_form_field_t *f;
        const char *disp, *line;

        pos += dl;
        if (end - pos >= 2 && pos[0] == '-' && pos[1] == '-')
            return out;                       /* closing delimiter */
        while (pos < end && (*pos == ' ' || *pos == '\t'))
            pos++;
        if (end - pos >= 2 && pos[0] == '\r' && pos[1] == '\n')
            pos += 2;
        else if (pos < end && *pos == '\n')
            pos++;
        else {
            *err = "malformed multipart delimiter line";
            return out;
        }
        hstart = pos;
        hend = find(hstart, (apr_size_t)(end - hstart), "\r\n\r\n", 4);
        {
            const char *lf = find(hstart, (apr_size_t)(end - hstart), "\n\n", 2);
            if (!hend || (lf && lf < hend)) {
                if (!lf) {
                    *err = "multipart part without the end of its headers";
                    return out;
                }
                hend = lf;
                pos = lf + 2;
            }
            else {
                pos = hend + 4;
            }
        }
        /* the data runs to CRLF (or LF) + delimiter */
        next = find(pos, (apr_size_t)(end - pos), delim, dl);
        if (!next) {
            /* a cut body (kept only up to a limit): the last part is
             * still reported, with what there is of it */
            *err = "multipart part without a closing boundary";
            next = end;
        }
        dend = next;
        if (dend > pos && dend[-1] == '\n')
            dend--;
        if (dend > pos && dend[-1] == '\r')
            dend--;
        f = apr_array_push(out);
        memset(f, 0, sizeof(*f));
        disp = NULL;
        /* Content-Disposition and Content-Type lines */
        for (line = hstart; line < hend; ) {
            const char *le = memchr(line, '\n', (apr_size_t)(hend - line));
            apr_size_t ll = le ? (apr_size_t)(le - line) : (apr_size_t)(hend - line);

            if (ll > 20 && !apr_cstr_casecmpn(line, "Content-Disposition:", 20))
                disp = apr_pstrmemdup(p, line, ll);
            else if (ll > 13 && !apr_cstr_casecmpn(line, "Content-Type:", 13)) {
                const char *v = line + 13;
                while (*v == ' ' || *v == '\t')
                    v++;
                f->ctype = apr_pstrmemdup(p, v, ll - (apr_size_t)(v - line));
            }
            line = le ? le + 1 : hend;
        }
        if (disp) {
            const char *nm = header_param(p, disp, strlen(disp), "name");
            f->name = nm ? cmsguard_php_name(p, nm) : "";
            f->filename = header_param(p, disp, strlen(disp), "filename");
        }
        else {
            f->name = "";
        }
        f->data = apr_pstrmemdup(p, pos, (apr_size_t)(dend - pos));
        f->len = (apr_size_t)(dend - pos);
        if (next == end)
            return out;
        pos = next;
    }
}

#define FORM_URLENCODED 1
#define FORM_MULTIPART  2

static int form_kind(const char *ctype)
{
    if (!ctype)
        return 0;
    while (*ctype == ' ')
        ctype++;
    if (!apr_cstr_casecmpn(ctype, "application/x-www-form-urlencoded", 33))
        return FORM_URLENCODED;
    if (!apr_cstr_casecmpn(ctype, "multipart/form-data", 19))
        return FORM_MULTIPART;
    return 0;
}

int cmsguard_form_ctype(const char *ctype)
{
    return form_kind(ctype) != 0;
}

apr_array_header_t *cmsguard_form_parse(apr_pool_t *p, const char *ctype,
                                        const char *body, apr_size_t len,
                                        const char **err)
{
    *err = NULL;
    switch (form_kind(ctype)) {
    case FORM_URLENCODED:
        return urlencoded(p, body, len);
    case FORM_MULTIPART:
        while (*ctype == ' ')
            ctype++;
        return multipart(p, ctype, body, len, err);
    default:
        return NULL;
    }
}

const cmsguard_form_field_t *cmsguard_form_get(const apr_array_header_t *f,
                                               const char *name)
{
    const cmsguard_form_field_t *e, *found = NULL;
    int i;

    if (!f)
        return NULL;
    e = (const cmsguard_form_field_t *)f->elts;
    for (i = 0; i < f->nelts; i++)
        if (!strcmp(e[i].name, name))
            found = &e[i];
    return found;
}
