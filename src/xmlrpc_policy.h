/* XML-RPC policy: which methods a CMS's endpoint accepts, and what their
 * parameters may carry. Profiles come from the servers' own method tables
 * (rules/xmlrpc/NAME.methods, compiled in); operators adjust them with
 * allow/deny patterns. */
#ifndef CMSGUARD_XMLRPC_POLICY_H
#define CMSGUARD_XMLRPC_POLICY_H

#include <apr_pools.h>
#include <apr_tables.h>

#include "xmlrpc.h"
#include "verdict.h"

typedef enum {
    CMSGUARD_XR_NONE = 0,
    CMSGUARD_XR_WORDPRESS = 1,
    CMSGUARD_XR_MOVABLETYPE = 2
} cmsguard_xr_profile_e;

typedef struct {
    const char *pattern;      /* "name" or "prefix.*" */
    int allow;                /* 1 allow, 0 deny; a deny always wins */
} cmsguard_xr_rule_t;

typedef struct {
    cmsguard_xr_profile_e profile;
    const apr_array_header_t *rules;  /* cmsguard_xr_rule_t, may be NULL */
    int multicall_max;                /* calls in one system.multicall */
    int credentials_max;              /* distinct user/password pairs */
    cmsguard_xmlrpc_limits_t limits;
} cmsguard_xr_policy_t;

#define CMSGUARD_XR_MULTICALL_MAX 40
#define CMSGUARD_XR_CREDENTIALS_MAX 1

/* A policy with the defaults for profile (no allow/deny rules). */
void cmsguard_xr_policy_default(cmsguard_xr_policy_t *pol,
                                cmsguard_xr_profile_e profile);

cmsguard_xr_profile_e cmsguard_xr_profile_parse(const char *name);
const char *cmsguard_xr_profile_name(cmsguard_xr_profile_e p);
int cmsguard_xr_known_method(cmsguard_xr_profile_e p, const char *method);

/* 1 if the body must be refused (v filled in), 0 if it may pass. When
 * call_out is not NULL it receives the parsed call (NULL on parse error). */
int cmsguard_xmlrpc_check(apr_pool_t *p, const cmsguard_xr_policy_t *pol,
                          const char *body, apr_size_t len,
                          cmsguard_verdict_t *v,
                          cmsguard_xmlrpc_call_t **call_out);

/* The user name each call logs in with, as the CMS reads it: one entry
 * for a plain call, one per member for system.multicall (NULL where a
 * call carries none). Failed logins are counted against these names. */
apr_array_header_t *cmsguard_xr_call_users(apr_pool_t *p,
                                           cmsguard_xr_profile_e profile,
                                           const cmsguard_xmlrpc_call_t *call);

/* An endpoint added by configuration: a path ("/blog/rpc.php", matched
 * with any path-info after it) or a bare script name ("rpc.php", matched
 * as a path segment at any depth). */
typedef struct {
    const char *match;
    cmsguard_xr_profile_e profile;
} cmsguard_xr_endpoint_t;

/* Which profile an XML-RPC endpoint at this canonical path (or mapped to
 * this file) uses: WordPress's xmlrpc.php and Movable Type's mt-xmlrpc.cgi
 * at any depth and with path-info, then the configured ones (last match
 * wins, so a <Location> can re-point a path). NONE if not an endpoint. */
cmsguard_xr_profile_e cmsguard_xmlrpc_endpoint(const char *canon_path,
                                               const char *filename,
                                               const apr_array_header_t *extra);

/* Decision ids */
#define CMSGUARD_RULE_XR_MALFORMED    "2001"
#define CMSGUARD_RULE_XR_DTD          "2002"
#define CMSGUARD_RULE_XR_ENCODING     "2003"
#define CMSGUARD_RULE_XR_LIMIT        "2004"
#define CMSGUARD_RULE_XR_UNKNOWN      "2010"
#define CMSGUARD_RULE_XR_DENIED       "2011"
#define CMSGUARD_RULE_XR_PINGBACK     "2012"
#define CMSGUARD_RULE_XR_PINGBACK_URL "2013"
#define CMSGUARD_RULE_XR_MC_NESTED    "2020"
#define CMSGUARD_RULE_XR_MC_SIZE      "2021"
#define CMSGUARD_RULE_XR_MC_CREDS     "2022"
#define CMSGUARD_RULE_XR_MC_MALFORMED "2023"
#define CMSGUARD_RULE_XR_METACHAR     "2030"

#endif
