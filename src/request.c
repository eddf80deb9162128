#include <string.h>
#include <stdlib.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "request.h"
#include "path.h"
#include "ascii.h"

void cmsguard_req_init(cmsguard_req_t *r, apr_pool_t *p, const char *method,
                       const char *raw_path, const char *canon,
                       const char *query, apr_table_t *headers)
{
    memset(r, 0, sizeof(*r));
    r->pool = p;
    r->method = method;
    r->raw_path = raw_path;
    r->path = canon ? canon : cmsguard_path_canon(p, raw_path, 0);
    r->query = query;
    r->headers = headers ? headers : apr_table_make(p, 1);
}

void cmsguard_req_set_body(cmsguard_req_t *r, const char *body,
                           apr_size_t len)
{
    r->body = body;
    r->body_len = len;
    r->form_done = r->json_done = r->xmlrpc_done = 0;
}

const apr_array_header_t *cmsguard_req_query(cmsguard_req_t *r)
{
    if (!r->query_args) {
        const char *err;
        r->query_args = r->query
            ? cmsguard_form_parse(r->pool, "application/x-www-form-urlencoded",
                                  r->query, strlen(r->query), &err)
            : NULL;
        if (!r->query_args)
            r->query_args = apr_array_make(r->pool, 1, sizeof(cmsguard_form_field_t));
    }
    return r->query_args;
}

const apr_array_header_t *cmsguard_req_form(cmsguard_req_t *r)
{
    if (!r->form_done) {
        r->form_done = 1;
        r->form = r->body
            ? cmsguard_form_parse(r->pool, apr_table_get(r->headers, "Content-Type"),
                                  r->body, r->body_len, &r->form_err)
            : NULL;
        if (!r->form)
            r->form = apr_array_make(r->pool, 1, sizeof(cmsguard_form_field_t));
    }
    return r->form;
}

/* Cookie: a=1; b=2 -- values decoded and names normalised as PHP does */
const apr_array_header_t *cmsguard_req_cookies(cmsguard_req_t *r)
{
    if (!r->cookies) {
        const apr_array_header_t *h = apr_table_elts(r->headers);
        const apr_table_entry_t *e = (const apr_table_entry_t *)h->elts;
        int i;

        r->cookies = apr_array_make(r->pool, 4, sizeof(cmsguard_form_field_t));
        for (i = 0; i < h->nelts; i++) {
            char *s, *tok, *last;

            if (!e[i].key || apr_cstr_casecmp(e[i].key, "Cookie") || !e[i].val)
                continue;
            s = apr_pstrdup(r->pool, e[i].val);
            for (tok = apr_strtok(s, ";", &last); tok;
                 tok = apr_strtok(NULL, ";", &last)) {
                char *eq = strchr(tok, '=');
                cmsguard_form_field_t *f;

                while (*tok == ' ' || *tok == '\t')
                    tok++;
                if (!*tok)
                    continue;
                f = apr_array_push(r->cookies);
                memset(f, 0, sizeof(*f));
                if (eq)
                    *eq = '\0';
                f->name = cmsguard_php_name(r->pool, cmsguard_url_decode(
                                                r->pool, tok, strlen(tok), 0, NULL));
                f->data = eq ? cmsguard_url_decode(r->pool, eq + 1, strlen(eq + 1),
                                                   1, &f->len) : "";
            }
        }
    }
    return r->cookies;
}

const apr_array_header_t *cmsguard_req_json(cmsguard_req_t *r)
{
    if (!r->json_done) {
        const char *err, *b = r->body;
        apr_size_t i = 0;

        r->json_done = 1;
        /* only what looks like JSON: plugins read php://input whatever
         * the Content-Type says */
        while (b && i < r->body_len && apr_isspace(b[i]))
            i++;
        r->json = (b && i < r->body_len && (b[i] == '{' || b[i] == '['))
            ? cmsguard_json_flatten(r->pool, b, r->body_len, &err) : NULL;
    }
    return r->json;
}

void cmsguard_req_set_xmlrpc(cmsguard_req_t *r, cmsguard_xmlrpc_call_t *call)
{
    r->xmlrpc = call;
    r->xmlrpc_done = 1;
}

const cmsguard_xmlrpc_call_t *cmsguard_req_xmlrpc(cmsguard_req_t *r)
{
    if (!r->xmlrpc_done) {
        cmsguard_xmlrpc_error_t err;

        r->xmlrpc_done = 1;
        if (r->body)
            cmsguard_xmlrpc_parse(r->pool, r->body, r->body_len, NULL,
                                  &r->xmlrpc, &err);
    }
    return r->xmlrpc;
}

static char *dechunk(apr_pool_t *p, const char *b, apr_size_t len,
                     apr_size_t *out_len)
{
    char *out = apr_palloc(p, len + 1);
    apr_size_t o = 0, i = 0;

    while (i < len) {
        char *end;
        unsigned long n = strtoul(b + i, &end, 16);
        const char *nl = memchr(b + i, '\n', len - i);

        if (!nl || (const char *)end == b + i)
            return NULL;
        i = (apr_size_t)(nl - b) + 1;
        if (n == 0)
            break;
        if (n > len - i)
            return NULL;
        memcpy(out + o, b + i, n);
        o += n;
        i += n;
        if (i < len && b[i] == '\r')
            i++;
        if (i < len && b[i] == '\n')
            i++;
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

cmsguard_req_t *cmsguard_req_parse_raw(apr_pool_t *p, const char *raw,
                                       apr_size_t len, const char **err)
{
    cmsguard_req_t *r = apr_pcalloc(p, sizeof(*r));
    const char *he = NULL, *line, *eol, *sp1, *sp2;
    apr_table_t *h = apr_table_make(p, 8);
    char *target, *q;
    apr_size_t i;

    for (i = 0; i + 3 < len; i++)
        if (raw[i] == '\r' && !memcmp(raw + i, "\r\n\r\n", 4)) {
            he = raw + i;
            break;
        }
    if (!he) {
        for (i = 0; i + 1 < len; i++)
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                he = raw + i;
                break;
            }
    }
    if (!he) {
        *err = "no end of headers (empty line)";
        return NULL;
    }
    eol = memchr(raw, '\n', (apr_size_t)(he - raw) + 1);
    if (!eol) {
        *err = "no request line";
        return NULL;
    }
    line = apr_pstrmemdup(p, raw, (apr_size_t)(eol - raw));
    sp1 = strchr(line, ' ');
    sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
    if (!sp1 || !sp2) {
        *err = "bad request line";
        return NULL;
    }
    target = apr_pstrmemdup(p, sp1 + 1, (apr_size_t)(sp2 - sp1 - 1));
    /* absolute-form: keep the path */
    if (!apr_cstr_casecmpn(target, "http://", 7) || !apr_cstr_casecmpn(target, "https://", 8)) {
        char *s = strchr(strstr(target, "//") + 2, '/');
        target = s ? s : "/";
    }
    q = strchr(target, '?');
    if (q)
        *q++ = '\0';
    for (line = eol + 1; line < he; ) {
        const char *le = memchr(line, '\n', (apr_size_t)(he - line));
        apr_size_t ll = le ? (apr_size_t)(le - line) : (apr_size_t)(he - line);
        const char *colon = memchr(line, ':', ll);

        if (ll && line[ll - 1] == '\r')
            ll--;
        if (colon) {
            const char *v = colon + 1;
            while (v < line + ll && (*v == ' ' || *v == '\t'))
                v++;
            apr_table_addn(h, apr_pstrmemdup(p, line, (apr_size_t)(colon - line)),
                           apr_pstrmemdup(p, v, (apr_size_t)(line + ll - v)));
        }
        line = le ? le + 1 : he;
    }
    cmsguard_req_init(r, p, apr_pstrmemdup(p, raw, strcspn(raw, " ")),
                      target, NULL, q, h);
    {
        const char *body = he + (he[0] == '\r' ? 4 : 2);
        apr_size_t blen = len - (apr_size_t)(body - raw);
        const char *te = apr_table_get(h, "Transfer-Encoding");

        if (te && strstr(te, "chunked")) {
            apr_size_t n;
            char *d = dechunk(p, body, blen, &n);
            if (!d) {
                *err = "bad chunked body";
                return NULL;
            }
            cmsguard_req_set_body(r, d, n);
        }
        else {
            cmsguard_req_set_body(r, apr_pstrmemdup(p, body, blen), blen);
        }
    }
    return r;
}
