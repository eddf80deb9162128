/* The request as the rule engine sees it: built by the module from a
 * request_rec and by the CLI from a raw .http file, the same way. Parsed
 * views (arguments, form, cookies, JSON, XML-RPC) are built on first use,
 * so a request pays only for what its candidate rules look at. */
#ifndef CMSGUARD_REQUEST_H
#define CMSGUARD_REQUEST_H

#include <apr_pools.h>
#include <apr_tables.h>

#include "form.h"
#include "jsonread.h"
#include "xmlrpc.h"

typedef struct {
    apr_pool_t *pool;
    const char *method;
    const char *raw_path;      /* path as sent, without the query */
    const char *path;          /* cmsguard_path_canon(raw_path) */
    const char *query;         /* raw query string, or NULL */
    apr_table_t *headers;
    const char *body;          /* kept body, or NULL when not read */
    apr_size_t body_len;
    /* lazily parsed; use the accessors */
    apr_array_header_t *query_args, *form, *cookies, *json;
    cmsguard_xmlrpc_call_t *xmlrpc;
    int form_done, json_done, xmlrpc_done;
    const char *form_err;
} cmsguard_req_t;

/* canon: cmsguard_path_canon(raw_path) when the caller has it already,
 * else NULL */
void cmsguard_req_init(cmsguard_req_t *r, apr_pool_t *p, const char *method,
                       const char *raw_path, const char *canon,
                       const char *query, apr_table_t *headers);
void cmsguard_req_set_body(cmsguard_req_t *r, const char *body,
                           apr_size_t len);

/* cmsguard_form_field_t arrays (never NULL) */
const apr_array_header_t *cmsguard_req_query(cmsguard_req_t *r);
const apr_array_header_t *cmsguard_req_form(cmsguard_req_t *r);
const apr_array_header_t *cmsguard_req_cookies(cmsguard_req_t *r);
/* cmsguard_json_pair_t array, or NULL if the body is not JSON */
const apr_array_header_t *cmsguard_req_json(cmsguard_req_t *r);
/* Hand over a call already parsed (by the XML-RPC policy), so rules do
 * not parse the body again. */
void cmsguard_req_set_xmlrpc(cmsguard_req_t *r, cmsguard_xmlrpc_call_t *call);
/* the parsed XML-RPC call, or NULL */
const cmsguard_xmlrpc_call_t *cmsguard_req_xmlrpc(cmsguard_req_t *r);

/* Parse a raw HTTP/1.x request (the corpus .http format; chunked bodies
 * are de-chunked). NULL and *err on malformed input. */
cmsguard_req_t *cmsguard_req_parse_raw(apr_pool_t *p, const char *raw,
                                       apr_size_t len, const char **err);

#endif
