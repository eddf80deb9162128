/* Keeping a request body before the handler and giving the handler the
 * very same bytes.
 *
 * The body is read in fixups, through the input filters that exist then
 * (HTTP_IN and below: de-chunked wire bytes), into one contiguous buffer
 * that the engine parses in place. A small input filter placed just above
 * HTTP_IN then replays that buffer, so filters added later (INFLATE,
 * SetInputFilter) and the handler see exactly what they would have seen
 * without us.
 */
#include "apr_strings.h"
#include "httpd.h"
#include "http_config.h"
#include "http_core.h"
#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"
#include "util_filter.h"

#include "mod_cmsguard.h"
#include "buf.h"
#include "path.h"

APLOG_USE_MODULE(cmsguard);

struct cmsguard_body_t {
    cmsguard_buf_t *buf;
    apr_size_t offset;    /* next byte to replay; shared by redirects */
    int complete;         /* EOS was read: the buffer is the whole body */
};

static ap_filter_rec_t *replay_filter_handle;

/* Only rules that apply on every path wanted this body: a body over the
 * limit passes whole, judged as far as it was read. Padding an exploit
 * past the limit does not help an attacker while the limit is not above
 * PHP's post_max_size (both 8M by default): PHP then drops the post. */
#define CMSGUARD0106_SOFT CMSGUARD_LOGNO(0106) "body of %" APR_OFF_T_FMT \
    " bytes over CMSGuardRequestBodyLimit %" APR_OFF_T_FMT " passes " \
    "uninspected past the limit (only rules for every path wanted it)"

static cmsguard_req_ctx *req_ctx(request_rec *r, int create)
{
    cmsguard_req_ctx *ctx = ap_get_module_config(r->request_config,
                                                 &cmsguard_module);

    if (!ctx && create) {
        ctx = apr_pcalloc(r->pool, sizeof(*ctx));
        ap_set_module_config(r->request_config, &cmsguard_module, ctx);
    }
    return ctx;
}

cmsguard_req_ctx *cmsguard_ctx(request_rec *r)
{
    return req_ctx(r, 1);
}

const char *cmsguard_canon_path(request_rec *r)
{
    cmsguard_req_ctx *ctx = req_ctx(r, 1);

    if (!ctx->canon)
        ctx->canon = cmsguard_path_canon(r->pool, r->parsed_uri.path
                                         ? r->parsed_uri.path : r->uri, 0);
    return ctx->canon;
}

int cmsguard_body_get(request_rec *r, const char **data, apr_size_t *len)
{
    cmsguard_req_ctx *ctx;

    ctx = req_ctx(cmsguard_client_req(r), 0);
    if (!ctx || !ctx->body || !ctx->body->complete)
        return 0;
    *data = ctx->body->buf->data;
    *len = ctx->body->buf->len;
    return 1;
}

static apr_status_t replay_filter(ap_filter_t *f, apr_bucket_brigade *bb,
                                  ap_input_mode_t mode,
                                  apr_read_type_e block, apr_off_t readbytes)
{
    cmsguard_body_t *body = f->ctx;
    apr_bucket_alloc_t *ba = f->c->bucket_alloc;
    apr_size_t remaining, n;

    if (mode != AP_MODE_READBYTES && mode != AP_MODE_SPECULATIVE
        && mode != AP_MODE_GETLINE && mode != AP_MODE_EXHAUSTIVE)
        return ap_get_brigade(f->next, bb, mode, block, readbytes);

    remaining = body->buf->len - body->offset;
    if (remaining == 0) {
        if (!body->complete)
            /* DetectionOnly stopped keeping at the limit: the rest is
             * still on the wire, below us. */
            return ap_get_brigade(f->next, bb, mode, block, readbytes);
        APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_eos_create(ba));
        return APR_SUCCESS;
    }

    n = remaining;
    if (mode == AP_MODE_GETLINE) {
        const char *nl = memchr(body->buf->data + body->offset, '\n',
                                remaining);
        if (nl)
            n = (apr_size_t)(nl - (body->buf->data + body->offset)) + 1;
    }
    else if (mode != AP_MODE_EXHAUSTIVE && readbytes > 0
             && (apr_off_t)n > readbytes) {
        n = (apr_size_t)readbytes;
    }

    /* Transient: whoever sets the data aside copies it, so the buffer
     * may be freed with the request pool without dangling buckets. */
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_transient_create(
                                body->buf->data + body->offset, n, ba));
    if (mode != AP_MODE_SPECULATIVE) {
        body->offset += n;
        if (body->complete && body->offset == body->buf->len)
            APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_eos_create(ba));
    }
    return APR_SUCCESS;
}

static int refuse(request_rec *r, const cmsguard_dir_conf *dc,
                  const char *rule_id, int status, const char *msg,
                  apr_off_t length, apr_off_t limit)
{
    cmsguard_audit_rec_t rec;

    cmsguard_audit_init_rec(r, &rec, rule_id, msg, status);
    rec.target = "REQUEST_BODY";
    if (length >= 0)
        cmsguard_audit_add_num(r->pool, &rec, "body_length", length);
    if (limit >= 0)
        cmsguard_audit_add_num(r->pool, &rec, "body_limit", limit);
    cmsguard_audit_emit(r, dc, &rec);
    return status;
}

/* Returns OK with the body kept, DECLINED if the request goes on without
 * keeping, or an HTTP status to refuse it. */
static int keep_body(request_rec *r, const cmsguard_dir_conf *dc,
                     cmsguard_body_t **out, int soft)
{
    int detect = cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_DETECT || soft;
    apr_off_t limit = cmsguard_body_limit(dc);
    const char *cl_hdr = apr_table_get(r->headers_in, "Content-Length");
    apr_off_t cl = -1;
    apr_bucket_brigade *bb;
    cmsguard_body_t *body;
    int seen_eos = 0, over = 0;

    if (cl_hdr && !ap_parse_strict_length(&cl, cl_hdr))
        cl = -1;   /* HTTP_IN refuses it when read; nothing to size by */

    /* soft need: read what fits and judge it; the read loop hands the rest
     * on from the wire */
    if (cl > limit && !soft) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                      CMSGUARD_LOGNO(0101) "Content-Length %" APR_OFF_T_FMT
                      " over CMSGuardRequestBodyLimit %" APR_OFF_T_FMT,
                      cl, limit);
        refuse(r, dc, CMSGUARD_RULE_BODY_LIMIT, HTTP_REQUEST_ENTITY_TOO_LARGE,
               "request body larger than CMSGuardRequestBodyLimit",
               cl, limit);
        /* In DetectionOnly the body goes on unread and uninspected. */
        return detect ? DECLINED : HTTP_REQUEST_ENTITY_TOO_LARGE;
    }

    body = apr_pcalloc(r->pool, sizeof(*body));
    body->buf = cmsguard_buf_make(r->pool, cl > 0 && cl <= limit ? (apr_size_t)cl
                                                                 : 8192);
    bb = apr_brigade_create(r->pool, r->connection->bucket_alloc);

    while (!seen_eos) {
        apr_bucket *e;
        apr_status_t rv = ap_get_brigade(r->input_filters, bb,
                                         AP_MODE_READBYTES, APR_BLOCK_READ,
                                         HUGE_STRING_LEN);
        if (rv != APR_SUCCESS) {
            int status = ap_map_http_request_error(rv, HTTP_BAD_REQUEST);

            ap_log_rerror(APLOG_MARK, APLOG_INFO, rv, r,
                          CMSGUARD_LOGNO(0102) "reading the request body "
                          "for inspection failed after %" APR_SIZE_T_FMT
                          " bytes", body->buf->len);
            /* The wire is in an unknown state: nothing can be passed on,
             * whatever the mode. */
            return refuse(r, dc, CMSGUARD_RULE_BODY_READ, status,
                          "request body could not be read",
                          (apr_off_t)body->buf->len, -1);
        }
        for (e = APR_BRIGADE_FIRST(bb); e != APR_BRIGADE_SENTINEL(bb);
             e = APR_BUCKET_NEXT(e)) {
            const char *data;
            apr_size_t len;

            if (APR_BUCKET_IS_EOS(e)) {
                seen_eos = 1;
                break;
            }
            if (APR_BUCKET_IS_METADATA(e))
                continue;
            rv = apr_bucket_read(e, &data, &len, APR_BLOCK_READ);
            if (rv != APR_SUCCESS)
                return refuse(r, dc, CMSGUARD_RULE_BODY_READ,
                              HTTP_BAD_REQUEST,
                              "request body could not be read",
                              (apr_off_t)body->buf->len, -1);
            if (!over && (apr_off_t)(body->buf->len + len) > limit) {
                if (soft)
                    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r,
                                  CMSGUARD0106_SOFT,
                                  (apr_off_t)(body->buf->len + len), limit);
                else {
                    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                                  CMSGUARD_LOGNO(0103) "request body grew "
                                  "over CMSGuardRequestBodyLimit %"
                                  APR_OFF_T_FMT, limit);
                    refuse(r, dc, CMSGUARD_RULE_BODY_LIMIT,
                           HTTP_REQUEST_ENTITY_TOO_LARGE,
                           "request body larger than CMSGuardRequestBodyLimit",
                           (apr_off_t)(body->buf->len + len), limit);
                }
                if (!detect)
                    return HTTP_REQUEST_ENTITY_TOO_LARGE;
                /* Keep everything already read (this bucket and the rest
                 * of the brigade: it is off the wire), let the replay
                 * filter hand it out and read on from the wire after. */
                over = 1;
            }
            if (cmsguard_buf_append(body->buf, data, len) != APR_SUCCESS) {
                ap_log_rerror(APLOG_MARK, APLOG_ERR, APR_ENOMEM, r,
                              CMSGUARD_LOGNO(0104) "out of memory keeping "
                              "a %" APR_SIZE_T_FMT " byte request body",
                              body->buf->len + len);
                return HTTP_INTERNAL_SERVER_ERROR;
            }
        }
        apr_brigade_cleanup(bb);
        if (over && !seen_eos) {
            *out = body;
            return OK;
        }
    }

    body->complete = 1;
    /* Chunking is gone once the body is buffered; an exact length lets
     * CGI and FastCGI backends see CONTENT_LENGTH even for a chunked
     * request (mod_request's KEPT_BODY does the same). */
    apr_table_unset(r->headers_in, "Transfer-Encoding");
    apr_table_setn(r->headers_in, "Content-Length",
                   apr_off_t_toa(r->pool, (apr_off_t)body->buf->len));
    ap_log_rerror(APLOG_MARK, APLOG_TRACE1, 0, r,
                  CMSGUARD_LOGNO(0105) "kept a %" APR_SIZE_T_FMT
                  " byte request body", body->buf->len);
    *out = body;
    return OK;
}

static int body_fixups(request_rec *r)
{
    cmsguard_dir_conf *dc;
    request_rec *root;
    cmsguard_req_ctx *ctx;
    cmsguard_body_t *body = NULL;
    cmsguard_xr_profile_e xr;
    cmsguard_xmlrpc_call_t *call = NULL;
    int rv, admin_form, want, must, upload;

    /* Subrequests never own the client's body. */
    if (r->main)
        return DECLINED;
    dc = ap_get_module_config(r->per_dir_config, &cmsguard_module);
    if (cmsguard_engine_mode(dc) == CMSGUARD_ENGINE_OFF)
        return DECLINED;

    /* After an internal redirect the body we kept for the first request
     * is the one on the wire: hand it to this request too, from where
     * the earlier one stopped reading. */
    root = cmsguard_client_req(r);
    ctx = req_ctx(root, 0);
    if (ctx && ctx->body) {
        if (r != root)
            ap_add_input_filter_handle(replay_filter_handle, ctx->body, r,
                                       r->connection);
        return DECLINED;
    }

    /* mod_rewrite's per-directory rules chose an internal redirect: the
     * request that follows is the one to inspect. */
    if (r->handler && !strcmp(r->handler, "redirect-handler"))
        return DECLINED;

    if (!ap_request_has_body(r)) {
        /* A POST to an XML-RPC endpoint without a body is not a call;
         * GET stays free for the clients that probe the endpoint (and
         * every other GET skips the endpoint lookup). */
        if (r->method_number == M_POST
            && (xr = cmsguard_xmlrpc_profile(r, dc)) != CMSGUARD_XR_NONE) {
            rv = cmsguard_xmlrpc_inspect(r, dc, xr, "", 0, NULL);
            if (rv != OK)
                return rv;
        }
        rv = cmsguard_rules_check(r, dc, NULL, 0, NULL);
        return rv == OK ? DECLINED : rv;
    }
    xr = cmsguard_xmlrpc_profile(r, dc);
    admin_form = cmsguard_admin_wants_body(r);
    want = cmsguard_rules_want_body(r, dc);
    upload = cmsguard_upload_want_body(r, dc);
    if (upload > want)
        want = upload;
    if (want == CMSGUARD_BODY_NONE)
        want = cmsguard_login_want_body(r, dc);
    must = dc->inspect_body == 1 || xr != CMSGUARD_XR_NONE || admin_form
           || want == CMSGUARD_BODY_MUST;
    if (!must && want == CMSGUARD_BODY_NONE) {
        /* no check needs the body: judge what we have, keep nothing */
        rv = cmsguard_rules_check(r, dc, NULL, 0, NULL);
        return rv == OK ? DECLINED : rv;
    }

    rv = keep_body(r, dc, &body, !must);
    if (rv == DECLINED) {
        /* soft need and over the limit: the body goes on unread */
        rv = cmsguard_rules_check(r, dc, NULL, 0, NULL);
        return rv == OK ? DECLINED : rv;
    }
    if (rv != OK)
        return rv;
    req_ctx(root, 1)->body = body;
    ap_add_input_filter_handle(replay_filter_handle, body, r, r->connection);
    /* the budget counts inspection, not the client's upload time */
    cmsguard_ctx(r)->deadline = cmsguard_deadline(dc);

    /* A partial body (DetectionOnly past the limit) was recorded as such;
     * judging its cut-off XML would only add a false record. */
    if (body->complete && admin_form) {
        rv = cmsguard_admin_body(r, dc, body->buf->data, body->buf->len);
        if (rv != OK)
            return rv;
    }
    if (body->complete && xr != CMSGUARD_XR_NONE) {
        rv = cmsguard_xmlrpc_inspect(r, dc, xr, body->buf->data,
                                     body->buf->len, &call);
        if (rv != OK)
            return rv;
        /* the login-failure filter reads the user names from it */
        ctx = req_ctx(root, 1);
        ctx->call = call;
        ctx->xr = xr;
        if (ctx->deadline && apr_time_now() > ctx->deadline) {
            rv = cmsguard_internal_error(r, dc, CMSGUARD_RULE_BUDGET,
                                         "inspection budget exceeded "
                                         "(CMSGuardInspectionBudget) parsing "
                                         "the XML-RPC call", "REQUEST_BODY");
            return rv == OK ? DECLINED : rv;
        }
    }
    /* a partial body (DetectionOnly past the limit) is judged as far as
     * it goes: better than not at all, and nothing is blocked there */
    rv = cmsguard_rules_check(r, dc, body->buf->data, body->buf->len, call);
    if (rv != OK)
        return rv;
    /* After the rules, so a plugin's own patch (with its CVE) is what the
     * record names; an upload is judged whole or, past a soft limit, as
     * far as it was kept. */
    if (upload != CMSGUARD_BODY_NONE) {
        rv = cmsguard_upload_check(r, dc, body->buf->data, body->buf->len);
        if (rv != OK)
            return rv;
    }
    return DECLINED;
}

void cmsguard_body_register_hooks(apr_pool_t *p)
{
    (void)p;
    /* Last among fixups: mod_rewrite's per-directory rules run in fixups
     * and may turn this request into an internal redirect, which we then
     * follow instead of reading the body on the wrong request. */
    ap_hook_fixups(body_fixups, NULL, NULL, APR_HOOK_LAST);
    /* Just above HTTP_IN (AP_FTYPE_PROTOCOL): below every resource and
     * content filter, which therefore still see wire bytes in order. */
    replay_filter_handle = ap_register_input_filter(
        "CMSGUARD_BODY", replay_filter, NULL, AP_FTYPE_PROTOCOL - 1);
}
