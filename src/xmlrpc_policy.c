#include <string.h>
#include <stdlib.h>
#include <apr_strings.h>
#include <apr_hash.h>
#include <apr_lib.h>

#include "xmlrpc_policy.h"
#include "netaddr.h"
#include "path.h"
#include "ascii.h"

/* build/gen/xmlrpc_methods.c, from rules/xmlrpc/NAME.methods */
extern const char *const cmsguard_xmlrpc_methods_wordpress[];
extern const char *const cmsguard_xmlrpc_methods_jetpack[];
extern const char *const cmsguard_xmlrpc_methods_movabletype[];

/* Off unless allowed by name: pingback.ping fetches any URL it is given
 * (SSRF, reflection DDoS) and few sites need trackback-era pingbacks. */
static const char *const default_off[] = { "pingback.ping", NULL };

static int in_table(const char *const *t, const char *m)
{
    apr_size_t lo = 0, hi = 0;

    while (t[hi])
        hi++;
    while (lo < hi) {
        apr_size_t mid = (lo + hi) / 2;
        int c = strcmp(m, t[mid]);

        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

void cmsguard_xr_policy_default(cmsguard_xr_policy_t *pol,
                                cmsguard_xr_profile_e profile)
{
    static const cmsguard_xmlrpc_limits_t lim = CMSGUARD_XMLRPC_DEFAULT_LIMITS;

    memset(pol, 0, sizeof(*pol));
    pol->profile = profile;
    pol->multicall_max = CMSGUARD_XR_MULTICALL_MAX;
    pol->credentials_max = CMSGUARD_XR_CREDENTIALS_MAX;
    pol->limits = lim;
}

cmsguard_xr_profile_e cmsguard_xr_profile_parse(const char *name)
{
    if (!apr_cstr_casecmp(name, "wordpress"))
        return CMSGUARD_XR_WORDPRESS;
    if (!apr_cstr_casecmp(name, "movabletype"))
        return CMSGUARD_XR_MOVABLETYPE;
    return CMSGUARD_XR_NONE;
}

const char *cmsguard_xr_profile_name(cmsguard_xr_profile_e p)
{
    return p == CMSGUARD_XR_WORDPRESS ? "wordpress"
         : p == CMSGUARD_XR_MOVABLETYPE ? "movabletype" : "none";
}

int cmsguard_xr_known_method(cmsguard_xr_profile_e p, const char *m)
{
    if (p == CMSGUARD_XR_WORDPRESS)
        return in_table(cmsguard_xmlrpc_methods_wordpress, m)
            || in_table(cmsguard_xmlrpc_methods_jetpack, m);
    if (p == CMSGUARD_XR_MOVABLETYPE)
        return in_table(cmsguard_xmlrpc_methods_movabletype, m);
    return 0;
}

static int pattern_match(const char *pat, const char *m)
{
    apr_size_t n = strlen(pat);

    if (n >= 2 && pat[n - 2] == '.' && pat[n - 1] == '*')
        return !strncmp(pat, m, n - 1);
    if (n == 1 && pat[0] == '*')
        return 1;
    return !strcmp(pat, m);
}

/* Parameter kinds of Movable Type's methods, one letter per position
 * (rules/xmlrpc/movabletype.params.md, from lib/MT/XMLRPCServer.pm):
 * a appkey, i id, n number/bool, u user, p password, t text, s struct,
 * r array, * anything. Shell and Perl metacharacters never belong in
 * a, i and n: CVE-2021-20837 put a backtick command exactly there. */
static const struct { const char *m, *kinds; } mt_kinds[] = {
    {"blogger.deletePost", "aiupn"},
    {"blogger.editPost", "aiuptn"},
    {"blogger.getRecentPosts", "aiupn"},
    {"blogger.getUserInfo", "aup"},
    {"blogger.getUsersBlogs", "aup"},
    {"blogger.newPost", "aiuptn"},
    {"metaWeblog.deletePost", "aiupn"},
    {"metaWeblog.editPost", "iupsn"},
    {"metaWeblog.getCategories", "iup"},
    {"metaWeblog.getPost", "iup"},
    {"metaWeblog.getRecentPosts", "iupn"},
    {"metaWeblog.getUsersBlogs", "aup"},
    {"metaWeblog.newMediaObject", "iups"},
    {"metaWeblog.newPost", "iupsn"},
    {"mt.getCategoryList", "iup"},
    {"mt.getNextScheduled", "up"},
    {"mt.getPostCategories", "iup"},
    {"mt.getRecentPostTitles", "iupn"},
    {"mt.getTagList", "iup"},
    {"mt.getTrackbackPings", "i"},
    {"mt.publishPost", "iup"},
    {"mt.publishScheduledFuturePosts", "iup"},
    {"mt.runPeriodicTasks", "up"},
    {"mt.setPostCategories", "iupr"},
    {"mt.setRemoteAuthToken", "uptt"},
    {"mt.supportedMethods", ""},
    {"mt.supportedTextFilters", "up"},
    {"wp.deletePage", "iupi"},
    {"wp.editPage", "iiupsn"},
    {"wp.getPage", "iiup"},
    {"wp.getPages", "iup"},
    {"wp.newPage", "iupsn"},
    {NULL, NULL}
};

/* struct members that are ids or flags in MT's entry and category structs */
static const char *const mt_numeric_members[] = {
    "mt_allow_comments", "mt_allow_pings", "categoryId", "isPrimary",
    "postid", "blogid", NULL
};

static const char *kinds_of(cmsguard_xr_profile_e prof, const char *m)
{
    int i;

    if (prof == CMSGUARD_XR_MOVABLETYPE) {
        for (i = 0; mt_kinds[i].m; i++)
            if (!strcmp(mt_kinds[i].m, m))
                return mt_kinds[i].kinds;
        return "";
    }
    /* WordPress: only where the credentials are, for multicall counting */
    if (!strcmp(m, "wp.getUsersBlogs"))
        return "up";
    if (!strcmp(m, "blogger.getUsersBlogs") || !strcmp(m, "blogger.getUserInfo")
        || !strcmp(m, "metaWeblog.getUsersBlogs"))
        return "*up";
    if (!strncmp(m, "blogger.", 8))
        return "**up";
    if (!strncmp(m, "wp.", 3) || !strncmp(m, "metaWeblog.", 11)
        || !strncmp(m, "mt.", 3))
        return "*up";
    return "";
}

/* Shell or Perl code where data belongs. */
static const char *metachar(const char *s, apr_size_t n)
{
    apr_size_t i;

    for (i = 0; i < n; i++) {
        char c = s[i];
        const char *r = s + i;
        apr_size_t left = n - i;

        if (c == '`') return "backtick";
        if (c == '|') return "pipe";
        if (c == ';') return "semicolon";
        if (c == '\n' || c == '\r' || c == '\0') return "line break or NUL";
        if (c == '$' && left > 1 && (r[1] == '(' || r[1] == '{'))
            return "$( or ${";
        if (c == '&' && left > 1 && r[1] == '&') return "&&";
        if ((c == 'q' || c == 'Q') && left > 2 && (r[1] == 'x' || r[1] == 'X')
            && !cmsguard_isalnum(r[2]) && !apr_isspace(r[2])
            && (i == 0 || !cmsguard_isalnum(s[i - 1])))
            return "qx";
        if (left >= 7 && !apr_cstr_casecmpn(r, "system(", 7)) return "system(";
        if (left >= 5 && !apr_cstr_casecmpn(r, "exec(", 5)) return "exec(";
        if (left >= 5 && !apr_cstr_casecmpn(r, "eval(", 5)) return "eval(";
        if (left >= 5 && !apr_cstr_casecmpn(r, "open(", 5)) return "open(";
    }
    return NULL;
}

static int is_scalar(const cmsguard_xv_t *v)
{
    return v->type != CMSGUARD_XV_STRUCT && v->type != CMSGUARD_XV_ARRAY;
}

static int block(cmsguard_verdict_t *v, const char *rule, const char *msg,
                 const char *target, const char *excerpt, apr_size_t elen)
{
    v->rule_id = rule;
    v->msg = msg;
    v->target = target;
    v->excerpt = excerpt;
    v->excerpt_len = elen;
    v->status = 403;
    return 1;
}

static int check_method(apr_pool_t *p, const cmsguard_xr_policy_t *pol,
                        const char *m, const char *target,
                        cmsguard_verdict_t *v)
{
    int i, allowed = 0;

    if (pol->rules) {
        const cmsguard_xr_rule_t *r =
            (const cmsguard_xr_rule_t *)pol->rules->elts;
        for (i = 0; i < pol->rules->nelts; i++) {
            if (!pattern_match(r[i].pattern, m))
                continue;
            if (!r[i].allow)
                return block(v, CMSGUARD_RULE_XR_DENIED,
                             apr_psprintf(p, "XML-RPC method %s is denied "
                                          "by CMSGuardXmlrpcDeny %s", m,
                                          r[i].pattern),
                             target, m, strlen(m));
            allowed = 1;
        }
    }
    if (allowed)
        return 0;
    for (i = 0; default_off[i]; i++)
        if (!strcmp(default_off[i], m))
            return block(v, CMSGUARD_RULE_XR_PINGBACK,
                         apr_psprintf(p, "XML-RPC method %s is off by "
                                      "default (CMSGuardXmlrpcAllow %s "
                                      "turns it on)", m, m),
                         target, m, strlen(m));
    if (!cmsguard_xr_known_method(pol->profile, m))
        return block(v, CMSGUARD_RULE_XR_UNKNOWN,
                     apr_psprintf(p, "XML-RPC method is not part of the %s "
                                  "API", cmsguard_xr_profile_name(pol->profile)),
                     target, m, strlen(m));
    return 0;
}

static int check_numeric_members(apr_pool_t *p, const cmsguard_xv_t *s,
                                 const char *path, cmsguard_verdict_t *v)
{
    int i, j;

    if (!s || s->type != CMSGUARD_XV_STRUCT)
        return 0;
    for (i = 0; i < s->items->nelts; i++) {
        const cmsguard_xv_t *m = APR_ARRAY_IDX(s->items, i, cmsguard_xv_t *);
        const char *why;

        for (j = 0; mt_numeric_members[j]; j++)
            if (!strcmp(m->name, mt_numeric_members[j]))
                break;
        if (!mt_numeric_members[j] || !is_scalar(m))
            continue;
        if ((why = metachar(m->data, m->len)))
            return block(v, CMSGUARD_RULE_XR_METACHAR,
                         apr_psprintf(p, "shell/Perl metacharacter (%s) in "
                                      "an id or flag", why),
                         apr_psprintf(p, "%s.struct.%s", path, m->name),
                         m->data, m->len);
    }
    return 0;
}

/* A URL with user:pass@ in it is shown with *** in their place: the audit log
 * must never carry a password. */
static const char *mask_userinfo(apr_pool_t *p, const char *url)
{
    const char *s = strstr(url, "://");
    const char *end, *at = NULL, *c;

    if (!s)
        return url;
    s += 3;
    end = s + strcspn(s, "/?#");
    for (c = s; c < end; c++)
        if (*c == '@')
            at = c;
    if (!at)
        return url;
    return apr_pstrcat(p, apr_pstrmemdup(p, url, (apr_size_t)(s - url)),
                       "***", at, NULL);
}

/* WordPress's IXR server calls a method with params[0] instead of params
 * when there is exactly one parameter (class-IXR-server.php, call():
 * "if (count($args) == 1) $args = $args[0]"), so [[user, pass]] reaches
 * wp.getUsersBlogs as [user, pass]. Brute-force tools rely on it. Read
 * arguments the way the server will. */
static const apr_array_header_t *effective_args(const cmsguard_xr_policy_t *pol,
                                                const apr_array_header_t *params)
{
    if (pol->profile == CMSGUARD_XR_WORDPRESS && params->nelts == 1) {
        const cmsguard_xv_t *only = APR_ARRAY_IDX(params, 0, cmsguard_xv_t *);
        if (only->type == CMSGUARD_XV_ARRAY)
            return only->items;
    }
    return params;
}

/* Parameter checks of one call; prefix is "" or "params[0].array[3]." */
static int check_params(apr_pool_t *p, const cmsguard_xr_policy_t *pol,
                        const char *m, const apr_array_header_t *params,
                        const char *prefix, cmsguard_verdict_t *v)
{
    const char *kinds = kinds_of(pol->profile, m);
    int i;

    params = effective_args(pol, params);
    if (!strcmp(m, "pingback.ping") && params->nelts >= 1) {
        const cmsguard_xv_t *src = APR_ARRAY_IDX(params, 0, cmsguard_xv_t *);
        const char *why = is_scalar(src)
            ? cmsguard_url_internal(p, src->data) : "not a URL";
        if (why) {
            const char *shown = is_scalar(src) ? mask_userinfo(p, src->data)
                                               : NULL;
            return block(v, CMSGUARD_RULE_XR_PINGBACK_URL,
                         apr_psprintf(p, "pingback source URL refused: %s",
                                      why),
                         apr_psprintf(p, "XMLRPC:%sparams[0]", prefix),
                         shown, shown ? strlen(shown) : 0);
        }
    }
    if (pol->profile != CMSGUARD_XR_MOVABLETYPE)
        return 0;
    for (i = 0; i < params->nelts; i++) {
        const cmsguard_xv_t *pv = APR_ARRAY_IDX(params, i, cmsguard_xv_t *);
        char k = (apr_size_t)i < strlen(kinds) ? kinds[i] : '*';
        const char *path = apr_psprintf(p, "%sparams[%d]", prefix, i);
        const char *why;

        if ((k == 'a' || k == 'i' || k == 'n') && is_scalar(pv)
            && (why = metachar(pv->data, pv->len)))
            return block(v, CMSGUARD_RULE_XR_METACHAR,
                         apr_psprintf(p, "shell/Perl metacharacter (%s) in "
                                      "a parameter that is an id, flag or "
                                      "appkey", why),
                         apr_psprintf(p, "XMLRPC:%s", path), pv->data,
                         pv->len);
        if (k == 's' && check_numeric_members(p, pv,
                                              apr_psprintf(p, "XMLRPC:%s", path),
                                              v))
            return 1;
        if (k == 'r' && pv->type == CMSGUARD_XV_ARRAY) {
            int j;
            for (j = 0; j < pv->items->nelts; j++)
                if (check_numeric_members(
                        p, APR_ARRAY_IDX(pv->items, j, cmsguard_xv_t *),
                        apr_psprintf(p, "XMLRPC:%s.array[%d]", path, j), v))
                    return 1;
        }
    }
    return 0;
}

static const char *trim(apr_pool_t *p, const char *s)
{
    apr_size_t n;

    while (apr_isspace(*s))
        s++;
    n = strlen(s);
    while (n && apr_isspace(s[n - 1]))
        n--;
    return apr_pstrmemdup(p, s, n);
}

static void cred_pair(apr_pool_t *p, const char *kinds,
                      const apr_array_header_t *params, apr_hash_t *seen)
{
    const cmsguard_xv_t *u = NULL, *pw = NULL;
    int i;

    for (i = 0; kinds[i] && i < params->nelts; i++) {
        const cmsguard_xv_t *pv = APR_ARRAY_IDX(params, i, cmsguard_xv_t *);
        if (kinds[i] == 'u' && is_scalar(pv))
            u = pv;
        else if (kinds[i] == 'p' && is_scalar(pv))
            pw = pv;
    }
    if (u && pw) {
        char *key = apr_palloc(p, u->len + pw->len + 1);
        memcpy(key, u->data, u->len);
        key[u->len] = '\0';
        memcpy(key + u->len + 1, pw->data, pw->len);
        apr_hash_set(seen, key, (apr_ssize_t)(u->len + 1 + pw->len), "");
    }
}

static int check_multicall(apr_pool_t *p, const cmsguard_xr_policy_t *pol,
                           const cmsguard_xmlrpc_call_t *call,
                           cmsguard_verdict_t *v)
{
    const cmsguard_xv_t *list;
    apr_hash_t *creds = apr_hash_make(p);
    int i;

    if (call->params->nelts != 1
        || (list = APR_ARRAY_IDX(call->params, 0, cmsguard_xv_t *))->type
           != CMSGUARD_XV_ARRAY)
        return block(v, CMSGUARD_RULE_XR_MC_MALFORMED,
                     "system.multicall needs one array of calls",
                     "XMLRPC:params", NULL, 0);
    if (list->items->nelts > pol->multicall_max)
        return block(v, CMSGUARD_RULE_XR_MC_SIZE,
                     apr_psprintf(p, "system.multicall with %d calls (limit "
                                  "%d)", list->items->nelts,
                                  pol->multicall_max),
                     "XMLRPC:params[0]", NULL, 0);
    for (i = 0; i < list->items->nelts; i++) {
        const cmsguard_xv_t *c = APR_ARRAY_IDX(list->items, i, cmsguard_xv_t *);
        const cmsguard_xv_t *mn = cmsguard_xv_member(c, "methodName");
        const cmsguard_xv_t *ps = cmsguard_xv_member(c, "params");
        const char *path = apr_psprintf(p, "params[0].array[%d]", i);
        const char *m;
        
        const apr_array_header_t *plist;

        if (!mn || !is_scalar(mn) || (ps && ps->type != CMSGUARD_XV_ARRAY))
            return block(v, CMSGUARD_RULE_XR_MC_MALFORMED,
                         "system.multicall entry is not {methodName, params}",
                         apr_psprintf(p, "XMLRPC:%s", path), NULL, 0);
        m = trim(p, mn->data);
        v->xmlrpc_method = m;
        if (!strcmp(m, "system.multicall"))
            return block(v, CMSGUARD_RULE_XR_MC_NESTED,
                         "system.multicall inside system.multicall",
                         apr_psprintf(p, "XMLRPC:%s.struct.methodName", path),
                         m, strlen(m));
        if (check_method(p, pol, m,
                         apr_psprintf(p, "XMLRPC:%s.struct.methodName", path),
                         v))
            return 1;
        plist = ps ? ps->items : apr_array_make(p, 0, sizeof(cmsguard_xv_t *));
        if (check_params(p, pol, m, plist,
                         apr_psprintf(p, "%s.struct.", path), v))
            return 1;
        cred_pair(p, kinds_of(pol->profile, m), effective_args(pol, plist),
                  creds);
    }
    if ((int)apr_hash_count(creds) > pol->credentials_max)
        return block(v, CMSGUARD_RULE_XR_MC_CREDS,
                     apr_psprintf(p, "system.multicall tries %u different "
                                  "user/password pairs (limit %d): password "
                                  "guessing", apr_hash_count(creds),
                                  pol->credentials_max),
                     "XMLRPC:params[0]", NULL, 0);
    v->xmlrpc_method = "system.multicall";
    return 0;
}

static const char *call_user(apr_pool_t *p, cmsguard_xr_profile_e profile,
                             const char *m, const apr_array_header_t *params)
{
    cmsguard_xr_policy_t pol;
    const char *kinds;
    int i;

    if (!m)
        return NULL;
    pol.profile = profile;
    kinds = kinds_of(profile, trim(p, m));
    params = effective_args(&pol, params);
    for (i = 0; kinds[i] && i < params->nelts; i++) {
        const cmsguard_xv_t *pv = APR_ARRAY_IDX(params, i, cmsguard_xv_t *);
        if (kinds[i] == 'u')
            return is_scalar(pv) ? pv->data : NULL;
    }
    return NULL;
}

apr_array_header_t *cmsguard_xr_call_users(apr_pool_t *p,
                                           cmsguard_xr_profile_e profile,
                                           const cmsguard_xmlrpc_call_t *call)
{
    apr_array_header_t *users = apr_array_make(p, 1, sizeof(const char *));
    const cmsguard_xv_t *list;
    int i;

    if (!call || !call->method)
        return users;
    if (strcmp(trim(p, call->method), "system.multicall")) {
        APR_ARRAY_PUSH(users, const char *) =
            call_user(p, profile, call->method, call->params);
        return users;
    }
    if (call->params->nelts != 1
        || (list = APR_ARRAY_IDX(call->params, 0, cmsguard_xv_t *))->type
           != CMSGUARD_XV_ARRAY)
        return users;
    for (i = 0; i < list->items->nelts; i++) {
        const cmsguard_xv_t *c = APR_ARRAY_IDX(list->items, i, cmsguard_xv_t *);
        const cmsguard_xv_t *mn = cmsguard_xv_member(c, "methodName");
        const cmsguard_xv_t *ps = cmsguard_xv_member(c, "params");

        APR_ARRAY_PUSH(users, const char *) =
            mn && is_scalar(mn) && ps && ps->type == CMSGUARD_XV_ARRAY
            ? call_user(p, profile, mn->data, ps->items) : NULL;
    }
    return users;
}

int cmsguard_xmlrpc_check(apr_pool_t *p, const cmsguard_xr_policy_t *pol,
                          const char *body, apr_size_t len,
                          cmsguard_verdict_t *v,
                          cmsguard_xmlrpc_call_t **call_out)
{
    cmsguard_xmlrpc_call_t *call = NULL;
    cmsguard_xmlrpc_error_t err;
    cmsguard_xmlrpc_err_e rc;
    const char *m;

    memset(v, 0, sizeof(*v));
    rc = cmsguard_xmlrpc_parse(p, body, len, &pol->limits, &call, &err);
    if (call_out)
        *call_out = call;
    if (rc != CMSGUARD_XMLRPC_OK) {
        static const char *const ids[] = {
            NULL, CMSGUARD_RULE_XR_MALFORMED, CMSGUARD_RULE_XR_DTD,
            CMSGUARD_RULE_XR_ENCODING, CMSGUARD_RULE_XR_LIMIT
        };
        apr_size_t off = err.offset < len ? err.offset : len;
        apr_size_t n = len - off < 64 ? len - off : 64;

        return block(v, ids[rc],
                     apr_psprintf(p, "not an acceptable XML-RPC request: %s "
                                  "(at byte %" APR_SIZE_T_FMT ")", err.msg,
                                  err.offset),
                     "XMLRPC", body + off, n);
    }
    m = trim(p, call->method);
    v->xmlrpc_method = m;
    if (check_method(p, pol, m, "XMLRPC:methodName", v))
        return 1;
    if (!strcmp(m, "system.multicall"))
        return check_multicall(p, pol, call, v);
    return check_params(p, pol, m, call->params, "", v);
}

static int basename_is(const char *filename, const char *name)
{
    const char *b;

    if (!filename)
        return 0;
    b = strrchr(filename, '/');
    b = b ? b + 1 : filename;
    return !apr_cstr_casecmp(b, name);
}

cmsguard_xr_profile_e cmsguard_xmlrpc_endpoint(const char *canon_path,
                                               const char *filename,
                                               const apr_array_header_t *extra)
{
    cmsguard_xr_profile_e prof = CMSGUARD_XR_NONE;
    int i;

    if (cmsguard_path_has_segment(canon_path, "xmlrpc.php")
        || basename_is(filename, "xmlrpc.php"))
        prof = CMSGUARD_XR_WORDPRESS;
    if (cmsguard_path_has_segment(canon_path, "mt-xmlrpc.cgi")
        || basename_is(filename, "mt-xmlrpc.cgi"))
        prof = CMSGUARD_XR_MOVABLETYPE;
    if (extra) {
        const cmsguard_xr_endpoint_t *e =
            (const cmsguard_xr_endpoint_t *)extra->elts;
        for (i = 0; i < extra->nelts; i++) {
            const char *m = e[i].match;
            apr_size_t n = strlen(m);
            int hit;

            if (m[0] == '/')
                hit = !apr_cstr_casecmpn(canon_path, m, n)
                      && (canon_path[n] == '\0' || canon_path[n] == '/'
                          || m[n - 1] == '/');
            else
                hit = cmsguard_path_has_segment(canon_path, m)
                      || basename_is(filename, m);
            if (hit)
                prof = e[i].profile;
        }
    }
    return prof;
}
