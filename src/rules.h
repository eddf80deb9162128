/* Virtual patches: the rule language, the loaded rule set and its index,
 * and evaluation against a request (src/request.h).
 *
 * A rule file holds blocks like
 *
 *   rule 110001 "wp-file-manager: elFinder connector reachable without login"
 *       cms      wordpress
 *       plugin   wp-file-manager
 *       cve      CVE-2020-25213
 *       affected 6.0-6.8
 *       fixed    6.9
 *       severity critical
 *       attack   T1190 T1505.003
 *       ref      https://nvd.nist.gov/vuln/detail/CVE-2020-25213
 *       when path ends /wp-file-manager/lib/php/connector.minimal.php
 *
 * "when" lines are ANDed; an "or" line starts another group of them. The
 * README documents targets, transforms, operators and actions.
 */
#ifndef CMSGUARD_RULES_H
#define CMSGUARD_RULES_H

#include <apr_pools.h>
#include <apr_time.h>
#include <apr_tables.h>
#include <apr_hash.h>

#include "request.h"

typedef struct cmsguard_rule_t cmsguard_rule_t;
typedef struct cmsguard_ruleset_t cmsguard_ruleset_t;

struct cmsguard_rule_t {
    const char *id;
    const char *msg;
    const char *file;
    int line;
    int index;                        /* position in load order */
    const char *cms, *plugin, *affected, *fixed, *severity;
    apr_array_header_t *cves, *attacks, *refs, *tags;   /* const char * */
    apr_array_header_t *groups;       /* internal */
    int detect;                       /* action detect: log, never block */
    int status;                       /* action block STATUS (default 403) */
    int needs_body;
};

cmsguard_ruleset_t *cmsguard_ruleset_make(apr_pool_t *p);
/* PCRE2 limits for every regex of this set (0: keep the defaults) */
void cmsguard_ruleset_limits(cmsguard_ruleset_t *rs, apr_uint32_t match,
                             apr_uint32_t depth);
/* Load one file (or text, named for messages). Returns NULL, or
 * "file:line: what is wrong" for the first error. */
const char *cmsguard_rules_load_file(cmsguard_ruleset_t *rs,
                                     const char *path);
const char *cmsguard_rules_load_text(cmsguard_ruleset_t *rs,
                                     const char *name, const char *text,
                                     apr_size_t len);
/* A file, a directory (its *.rules, recursively, sorted) or a glob; what
 * CMSGuardRules and the CLI accept. Loading none is an error. */
const char *cmsguard_rules_load_spec(cmsguard_ruleset_t *rs,
                                     const char *spec);
/* Build the index; call once after loading. A rule is then judged only
 * for requests that show what one of its groups needs: a path segment it
 * names, a header it reads, or the query, body or cookies it reads. */
void cmsguard_rules_finish(cmsguard_ruleset_t *rs);
/* Judge every rule on every request, as if there were no index: what
 * the tests compare the index against. */
void cmsguard_ruleset_unindexed(cmsguard_ruleset_t *rs);

const apr_array_header_t *cmsguard_rules_all(const cmsguard_ruleset_t *rs);
const apr_array_header_t *cmsguard_rules_files(const cmsguard_ruleset_t *rs);
/* Rules whose every group names a path segment; rules judged on a
 * request with no query, body, cookies or headers beyond the usual. */
apr_size_t cmsguard_rules_indexed(const cmsguard_ruleset_t *rs);
apr_size_t cmsguard_rules_everywhere(const cmsguard_ruleset_t *rs);

/* Per-request control (enable/disable/detect by selector), decided by
 * the caller: return CMSGUARD_RULE_OFF, _ON or _DETECT for a rule. */
#define CMSGUARD_RULE_OFF    0
#define CMSGUARD_RULE_ON     1
#define CMSGUARD_RULE_DETECT 2
typedef int (*cmsguard_rule_ctl_fn)(void *baton, const cmsguard_rule_t *r);

typedef struct {
    const cmsguard_rule_t *rule;
    int detect;                   /* recorded only (rule or control said so) */
    const char *target;           /* "ARGS:img|urldecode" */
    const char *value;            /* the value that matched (transformed) */
    apr_size_t value_len;
    int limit_hit;                /* a regex hit its PCRE2 limit */
} cmsguard_hit_t;

/* Does a rule that can apply to this request (and is not off) need its
 * body? A rule group counts only when its conditions that need no body
 * (path, method, query, headers, cookies) already hold, so most requests
 * keep nothing. Returns CMSGUARD_BODY_NONE, _MUST (a path-scoped rule
 * needs it: refuse bodies over the limit) or _MAY (only rules that apply
 * on every path need it: inspect what fits, pass the rest). */
#define CMSGUARD_BODY_NONE 0
#define CMSGUARD_BODY_MAY  1
#define CMSGUARD_BODY_MUST 2
int cmsguard_rules_need_body(apr_pool_t *p, const cmsguard_ruleset_t *rs,
                             cmsguard_req_t *req, cmsguard_rule_ctl_fn ctl,
                             void *baton);

/* 0 when no rule can hold for a request without a body on this canonical
 * path, query (NULL: none) and headers - what most requests (a static
 * file, a plain page) are - so they need no request view at all; 1 when
 * cmsguard_rules_eval has to judge it. Allocates nothing. */
int cmsguard_rules_may_apply(const cmsguard_ruleset_t *rs, const char *canon,
                             const char *query, apr_table_t *headers);

/* Evaluate; returns the hits in load order: every detect hit, and at most
 * one blocking hit, which ends evaluation. limit_block: a regex that hits
 * its PCRE2 limit (or fails inside PCRE2 in any other way) counts as a
 * match (fail closed) when 1, as no match when 0. deadline: when not 0,
 * evaluation stops before the next rule once apr_time_now() is past it
 * and *over is set (the hits so far are returned); over may be NULL
 * without a deadline. */
apr_array_header_t *cmsguard_rules_eval(apr_pool_t *p,
                                        const cmsguard_ruleset_t *rs,
                                        cmsguard_req_t *req,
                                        cmsguard_rule_ctl_fn ctl, void *baton,
                                        int limit_block, apr_time_t deadline,
                                        int *over);

/* Selector syntax shared by the directives and the CLI: "110001",
 * "id:110001", "tag:upload", "plugin:revslider", "cve:CVE-2020-25213",
 * "cms:wordpress", "all". */
int cmsguard_rule_selected(const cmsguard_rule_t *r, const char *selector);
const char *cmsguard_selector_check(apr_pool_t *p, const char *selector);

#endif
