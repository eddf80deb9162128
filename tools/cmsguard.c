/* cmsguard: the engine on the command line.
 *   cmsguard test [options] FILE.http...   judge raw requests
 *   cmsguard lint RULES...                 check rule files
 *   cmsguard inventory [options] DOCROOT   what is installed, what is patched
 * It loads the same rule files and runs the same checks as the module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_file_io.h>

#include "rules.h"
#include "request.h"
#include "xmlrpc_policy.h"
#include "json.h"
#include "baseline.h"
#include "jsonread.h"
#include <apr_hash.h>
#include "version.h"
#include "inventory.h"

static void usage_test(FILE *o)
{
    fprintf(o,
"usage: cmsguard test [options] FILE.http...\n"
"Judge raw HTTP requests (the t/corpus format) with the virtual-patch rules\n"
"and, at XML-RPC endpoints, the XML-RPC policy, as mod_cmsguard would.\n"
"Prints one line per file: verdict, rule, message, target, matched value.\n\n"
"  -r, --rules SPEC     rule file, directory or glob (repeatable;\n"
"                       default: rules/ if it exists, else %s)\n"
"  -d, --disable SEL    turn rules off: id, tag:T, plugin:P, cve:C, cms:C\n"
"      --detect SEL     turn rules to detect-only\n"
"      --no-xmlrpc      skip the XML-RPC policy\n"
"      --xmlrpc-allow M as CMSGuardXmlrpcAllow M (repeatable; with\n"
"                       --expect, a case's \"config\" is applied too)\n"
"  -e, --expect         compare with \"expect\" in FILE.json beside each\n"
"                       FILE.http; exit 1 on any mismatch\n"
"  -j, --json           one JSON object per line instead of text\n"
"  -h, --help           this text\n", "/usr/share/cmsguard/rules");
}

static void usage_lint(FILE *o)
{
    fprintf(o,
"usage: cmsguard lint RULES...\n"
"Load rule files, directories or globs together (ids must be unique across\n"
"them) and report the first error as FILE:LINE: problem, then warnings for\n"
"rules without cve/ref, severity, affected or fixed versions. Exit status:\n"
"0 clean, 1 error, 2 usage.\n");
}

static void usage_baseline(FILE *o)
{
    fprintf(o,
"usage: cmsguard baseline DOCROOT... > manifest\n"
"Record every script under the document roots (by name: .php and its\n"
"variants, .phtml, .phar, .cgi, .pl, .py, .sh, ...) as 'sha256 size path',\n"
"sorted, for CMSGuardScriptBaseline. Run it on a known-good site, and again\n"
"after every legitimate update (then reload httpd).\n");
}

static void usage_report(FILE *o)
{
    fprintf(o,
"usage: cmsguard report [--html] [--top N] AUDIT.log...\n"
"Summarise mod_cmsguard audit records (JSON lines; '-' reads stdin): totals\n"
"by action, rule, CVE, ATT&CK technique, client address and hour. --html\n"
"writes one self-contained page (inline SVG timeline, no external assets)\n"
"to standard output. Lines that are not audit records are counted and\n"
"reported, never silently dropped.\n");
}

static void usage_inventory(FILE *o)
{
    fprintf(o,
"usage: cmsguard inventory [--json] [-r RULES]... DOCROOT\n"
"Find the CMS under DOCROOT (WordPress, Drupal 7 and 8+, Joomla, Movable\n"
"Type, also in mt/ or cgi-bin/mt/), its version, and the installed plugins,\n"
"themes, modules and extensions with theirs; then list, for each, the loaded\n"
"virtual patches whose cms/plugin names it and whose 'affected' range holds\n"
"its version (rule id, CVE, fixed version). A component whose version cannot\n"
"be read gets every patch for it (\"version unknown, patches apply\").\n\n"
"  -r, --rules SPEC     rule file, directory or glob (repeatable;\n"
"                       default: rules/ if it exists, else %s)\n"
"  -j, --json           one JSON object instead of text\n"
"  -h, --help           this text\n\n"
"Exit status: 0 no patch applies to what is installed, 1 at least one does\n"
"(vulnerable, or version unknown), 2 usage or error (DOCROOT is not a\n"
"folder, a rule file does not load).\n", "/usr/share/cmsguard/rules");
}

static void usage(FILE *o)
{
    fprintf(o, "cmsguard %s - mod_cmsguard's engine on the command line\n\n"
            "  cmsguard test [options] FILE.http...\n"
            "  cmsguard lint RULES...\n"
            "  cmsguard baseline DOCROOT... > manifest\n"
            "  cmsguard report [--html] AUDIT.log...\n"
            "  cmsguard inventory [--json] [-r RULES] DOCROOT\n"
            "  cmsguard COMMAND --help\n", CMSGUARD_VERSION);
}

static int cmd_baseline(apr_pool_t *p, int argc, const char *const *argv)
{
    int i, j;

    if (!argc) {
        usage_baseline(stderr);
        return 2;
    }
    for (i = 0; i < argc; i++)
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage_baseline(stdout);
            return 0;
        }
    printf("# mod_cmsguard script baseline: sha256 size path\n");
    for (i = 0; i < argc; i++) {
        const char *err;
        char *root;
        apr_array_header_t *e;

        if (apr_filepath_merge(&root, NULL, argv[i], APR_FILEPATH_TRUENAME, p)
            != APR_SUCCESS) {
            fprintf(stderr, "cmsguard baseline: %s: no such directory\n", argv[i]);
            return 1;
        }
        if (!(e = cmsguard_baseline_scan(p, root, &err))) {
            fprintf(stderr, "cmsguard baseline: %s\n", err);
            return 1;
        }
        printf("# %s: %d scripts\n", root, e->nelts);
        for (j = 0; j < e->nelts; j++) {
            const cmsguard_baseline_entry_t *x =
                &APR_ARRAY_IDX(e, j, cmsguard_baseline_entry_t);
            printf("%s %" APR_OFF_T_FMT " %s\n", x->sha256, x->size, x->path);
        }
    }
    return 0;
}

static char *slurp(apr_pool_t *p, const char *path, apr_size_t *len)
{
    apr_file_t *f;
    apr_finfo_t fi;
    char *d;

    if (apr_file_open(&f, path, APR_FOPEN_READ | APR_FOPEN_BINARY, 0, p)
        || apr_file_info_get(&fi, APR_FINFO_SIZE, f))
        return NULL;
    d = apr_palloc(p, (apr_size_t)fi.size + 1);
    *len = (apr_size_t)fi.size;
    if (apr_file_read_full(f, d, *len, len) != APR_SUCCESS && *len)
        return NULL;
    d[*len] = '\0';
    apr_file_close(f);
    return d;
}

typedef struct {
    apr_array_header_t *off, *detect;   /* selectors */
} ctl_t;

static int ctl_fn(void *baton, const cmsguard_rule_t *r)
{
    ctl_t *c = baton;
    int i, mode = CMSGUARD_RULE_ON;

    for (i = 0; i < c->detect->nelts; i++)
        if (cmsguard_rule_selected(r, APR_ARRAY_IDX(c->detect, i, char *)))
            mode = CMSGUARD_RULE_DETECT;
    for (i = 0; i < c->off->nelts; i++)
        if (cmsguard_rule_selected(r, APR_ARRAY_IDX(c->off, i, char *)))
            mode = CMSGUARD_RULE_OFF;
    return mode;
}

/* "config": ["CMSGuardXmlrpcAllow pingback.ping", ...] in FILE.json: the
 * settings a case needs; the CLI applies the XML-RPC allow/deny ones. */
static apr_array_header_t *case_xr_rules(apr_pool_t *p, const char *http,
                                         const apr_array_header_t *base)
{
    apr_size_t n = strlen(http), len;
    const char *js, *err;
    apr_array_header_t *kv, *out = apr_array_copy(p, base);
    int i;

    if (n < 5 || strcmp(http + n - 5, ".http"))
        return out;
    js = slurp(p, apr_pstrcat(p, apr_pstrmemdup(p, http, n - 5), ".json", NULL), &len);
    kv = js ? cmsguard_json_flatten(p, js, len, &err) : NULL;
    for (i = 0; kv && i < kv->nelts; i++) {
        const cmsguard_json_pair_t *e = &APR_ARRAY_IDX(kv, i, cmsguard_json_pair_t);
        int allow = !strncmp(e->value, "CMSGuardXmlrpcAllow ", 20);
        if (strncmp(e->path, "config.", 7)
            || (!allow && strncmp(e->value, "CMSGuardXmlrpcDeny ", 19)))
            continue;
        {
            cmsguard_xr_rule_t *r = apr_array_push(out);
            r->pattern = e->value + (allow ? 20 : 19);
            r->allow = allow;
        }
    }
    return out;
}

static const char *expect_of(apr_pool_t *p, const char *http)
{
    apr_size_t n = strlen(http), len;
    const char *js;

    if (n < 5 || strcmp(http + n - 5, ".http"))
        return NULL;
    js = slurp(p, apr_pstrcat(p, apr_pstrmemdup(p, http, n - 5), ".json", NULL), &len);
    if (!js)
        return NULL;
    if (strstr(js, "\"expect\": \"block\"") || strstr(js, "\"expect\":\"block\""))
        return "block";
    if (strstr(js, "\"expect\": \"pass\"") || strstr(js, "\"expect\":\"pass\""))
        return "pass";
    return NULL;
}

static void print_json(apr_pool_t *p, const char *file, const char *verdict,
                       const char *id, const char *msg, const char *target,
                       const char *val, apr_size_t vlen, const char *expect)
{
    char buf[4096];
    cmsguard_json_t j;

    cmsguard_json_init(&j, buf, sizeof(buf));
    cmsguard_json_open(&j);
    cmsguard_json_kstr(&j, "file", file, 512);
    cmsguard_json_kstr(&j, "verdict", verdict, 0);
    cmsguard_json_kstr(&j, "rule_id", id, 0);
    cmsguard_json_kstr(&j, "msg", msg, 400);
    cmsguard_json_kstr(&j, "target", target, 200);
    if (val)
        cmsguard_json_kstrn(&j, "excerpt", val, vlen < 256 ? vlen : 256, 800);
    cmsguard_json_kstr(&j, "expect", expect, 0);
    cmsguard_json_close(&j);
    (void)p;
    printf("%s\n", buf);
}

/* Without -r: the source tree's rules/ when run from it, else the
 * installed packs. */
static const char *load_default_rules(apr_pool_t *p, cmsguard_ruleset_t *rs)
{
    apr_finfo_t fi;

    return cmsguard_rules_load_spec(rs, apr_stat(&fi, "rules", APR_FINFO_TYPE, p)
                                        == APR_SUCCESS
                                        ? "rules" : "/usr/share/cmsguard/rules");
}

static int cmd_test(apr_pool_t *p, int argc, const char *const *argv)
{
    cmsguard_ruleset_t *rs = cmsguard_ruleset_make(p);
    ctl_t ctl;
    int i, json = 0, expect = 0, xmlrpc = 1, loaded = 0, bad = 0, files = 0;
    const char *e;
    apr_array_header_t *xr_rules;

    ctl.off = apr_array_make(p, 2, sizeof(char *));
    ctl.detect = apr_array_make(p, 2, sizeof(char *));
    xr_rules = apr_array_make(p, 2, sizeof(cmsguard_xr_rule_t));
    for (i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage_test(stdout);
            return 0;
        }
        if ((!strcmp(a, "-r") || !strcmp(a, "--rules")) && i + 1 < argc) {
            if ((e = cmsguard_rules_load_spec(rs, argv[++i]))) {
                fprintf(stderr, "cmsguard: %s\n", e);
                return 1;
            }
            loaded = 1;
        }
        else if ((!strcmp(a, "-d") || !strcmp(a, "--disable")) && i + 1 < argc) {
            if ((e = cmsguard_selector_check(p, argv[i + 1]))) {
                fprintf(stderr, "cmsguard: %s\n", e);
                return 2;
            }
            APR_ARRAY_PUSH(ctl.off, const char *) = argv[++i];
        }
        else if (!strcmp(a, "--detect") && i + 1 < argc)
            APR_ARRAY_PUSH(ctl.detect, const char *) = argv[++i];
        else if (!strcmp(a, "--no-xmlrpc"))
            xmlrpc = 0;
        else if (!strcmp(a, "--xmlrpc-allow") && i + 1 < argc) {
            cmsguard_xr_rule_t *r = apr_array_push(xr_rules);
            r->pattern = argv[++i];
            r->allow = 1;
        }
        else if (!strcmp(a, "-e") || !strcmp(a, "--expect"))
            expect = 1;
        else if (!strcmp(a, "-j") || !strcmp(a, "--json"))
            json = 1;
        else if (a[0] == '-') {
            fprintf(stderr, "cmsguard test: unknown option %s\n", a);
            usage_test(stderr);
            return 2;
        }
    }
    if (!loaded && (e = load_default_rules(p, rs))) {
        fprintf(stderr, "cmsguard: %s\n", e);
        return 1;
    }
    cmsguard_rules_finish(rs);

    for (i = 0; i < argc; i++) {
        const char *a = argv[i], *verdict = "pass", *id = NULL, *msg = NULL,
                   *target = NULL, *val = NULL, *want;
        apr_size_t len, vlen = 0;
        char *raw;
        cmsguard_req_t *req;
        apr_pool_t *rp;

        if (a[0] == '-') {
            if (strcmp(a, "--no-xmlrpc") && strcmp(a, "-e") && strcmp(a, "--expect")
                && strcmp(a, "-j") && strcmp(a, "--json"))
                i++;
            continue;
        }
        /* FILE.json beside FILE.http is metadata: let globs like case-* work */
        if (strlen(a) > 5 && !strcmp(a + strlen(a) - 5, ".json"))
            continue;
        files++;
        apr_pool_create(&rp, p);
        raw = slurp(rp, a, &len);
        if (!raw || !(req = cmsguard_req_parse_raw(rp, raw, len, &e))) {
            fprintf(stderr, "cmsguard: %s: %s\n", a, raw ? e : "cannot read");
            bad++;
            apr_pool_destroy(rp);
            continue;
        }
        if (xmlrpc) {
            cmsguard_xr_profile_e prof = cmsguard_xmlrpc_endpoint(req->path, NULL, NULL);
            if (prof != CMSGUARD_XR_NONE && !strcmp(req->method, "POST")) {
                cmsguard_xr_policy_t pol;
                cmsguard_verdict_t v;

                cmsguard_xr_policy_default(&pol, prof);
                pol.rules = expect ? case_xr_rules(rp, a, xr_rules) : xr_rules;
                cmsguard_xmlrpc_call_t *call = NULL;
                int refused = cmsguard_xmlrpc_check(rp, &pol, req->body ? req->body : "",
                                                    req->body_len, &v, &call);
                /* the rules see the call already parsed, as in the module */
                if (call)
                    cmsguard_req_set_xmlrpc(req, call);
                if (refused) {
                    verdict = "block";
                    id = v.rule_id;
                    msg = v.msg;
                    target = v.target;
                    val = v.excerpt;
                    vlen = v.excerpt_len;
                }
            }
        }
        if (!id) {
            apr_array_header_t *hits = cmsguard_rules_eval(rp, rs, req, ctl_fn, &ctl, 1, 0, NULL);
            int h;
            for (h = 0; h < hits->nelts; h++) {
                cmsguard_hit_t *x = &APR_ARRAY_IDX(hits, h, cmsguard_hit_t);
                if (!id || !x->detect) {
                    verdict = x->detect ? "detect" : "block";
                    id = x->rule->id;
                    msg = x->rule->msg;
                    target = x->target;
                    val = x->value;
                    vlen = x->value_len;
                }
            }
        }
        want = expect ? expect_of(rp, a) : NULL;
        if (json)
            print_json(rp, a, verdict, id, msg, target, val, vlen, want);
        else {
            printf("%-6s %s", verdict, a);
            if (id)
                printf("  [%s] %s (%s%s%.*s)", id, msg, target ? target : "",
                       val ? ": " : "", (int)(vlen < 80 ? vlen : 80), val ? val : "");
            printf("\n");
        }
        if (want && strcmp(want, !strcmp(verdict, "block") ? "block" : "pass")) {
            fprintf(stderr, "MISMATCH %s: expected %s, got %s\n", a, want, verdict);
            bad++;
        }
        apr_pool_destroy(rp);
    }
    if (!files) {
        usage_test(stderr);
        return 2;
    }
    return bad ? 1 : 0;
}

static int cmd_lint(apr_pool_t *p, int argc, const char *const *argv)
{
    cmsguard_ruleset_t *rs = cmsguard_ruleset_make(p);
    const apr_array_header_t *all;
    int i, warnings = 0;
    const char *e;

    if (!argc) {
        usage_lint(stderr);
        return 2;
    }
    for (i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage_lint(stdout);
            return 0;
        }
    }
    for (i = 0; i < argc; i++) {
        if ((e = cmsguard_rules_load_spec(rs, argv[i]))) {
            fprintf(stderr, "%s\n", e);
            return 1;
        }
    }
    cmsguard_rules_finish(rs);
    all = cmsguard_rules_all(rs);
    for (i = 0; i < all->nelts; i++) {
        const cmsguard_rule_t *r = APR_ARRAY_IDX(all, i, cmsguard_rule_t *);
        if (!r->cves && !r->refs) {
            printf("%s:%d: warning: rule %s has neither cve nor ref\n", r->file, r->line, r->id);
            warnings++;
        }
        if (!r->severity) {
            printf("%s:%d: warning: rule %s has no severity\n", r->file, r->line, r->id);
            warnings++;
        }
        if (!r->cms) {
            printf("%s:%d: warning: rule %s has no cms\n", r->file, r->line, r->id);
            warnings++;
        }
    }
    printf("%d rules in %d files, %d indexed by path, %d judged on every "
           "request, %d warnings\n", all->nelts, cmsguard_rules_files(rs)->nelts,
           (int)cmsguard_rules_indexed(rs), (int)cmsguard_rules_everywhere(rs),
           warnings);
    return 0;
}

typedef struct {
    const char *key;
    long n;
} count_t;

static void bump(apr_pool_t *p, apr_hash_t *h, const char *k)
{
    count_t *c = apr_hash_get(h, k, APR_HASH_KEY_STRING);

    if (!c) {
        c = apr_pcalloc(p, sizeof(*c));
        c->key = apr_pstrdup(p, k);
        apr_hash_set(h, c->key, APR_HASH_KEY_STRING, c);
    }
    c->n++;
}

static int by_count(const void *a, const void *b)
{
    const count_t *x = *(const count_t *const *)a, *y = *(const count_t *const *)b;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return strcmp(x->key, y->key);
}

static int by_key(const void *a, const void *b)
{
    return strcmp((*(const count_t *const *)a)->key, (*(const count_t *const *)b)->key);
}

static apr_array_header_t *sorted(apr_pool_t *p, apr_hash_t *h, int keyorder)
{
    apr_array_header_t *a = apr_array_make(p, (int)apr_hash_count(h), sizeof(count_t *));
    apr_hash_index_t *hi;

    for (hi = apr_hash_first(p, h); hi; hi = apr_hash_next(hi))
        APR_ARRAY_PUSH(a, count_t *) = apr_hash_this_val(hi);
    qsort(a->elts, (size_t)a->nelts, sizeof(count_t *), keyorder ? by_key : by_count);
    return a;
}

static void html_esc(const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", stdout); break;
        case '>': fputs("&gt;", stdout); break;
        case '&': fputs("&amp;", stdout); break;
        case '"': fputs("&quot;", stdout); break;
        default: putchar(*s);
        }
    }
}

static int cmd_report(apr_pool_t *p, int argc, const char *const *argv)
{
    static const char *const dims[] = { "action", "rule", "cve", "attack", "client_ip", "hour" };
    apr_hash_t *h[6];
    apr_hash_t *msgs = apr_hash_make(p);
    long total = 0, bad = 0;
    int i, d, html = 0, top = 20, files = 0;

    for (d = 0; d < 6; d++)
        h[d] = apr_hash_make(p);
    for (i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage_report(stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--html"))
            html = 1;
        else if (!strcmp(argv[i], "--top") && i + 1 < argc)
            top = atoi(argv[++i]);
        else if (argv[i][0] == '-' && argv[i][1]) {
            usage_report(stderr);
            return 2;
        }
        else {
            FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "r") : stdin;
            char line[8192];

            if (!f) {
                fprintf(stderr, "cmsguard report: %s: cannot read\n", argv[i]);
                return 1;
            }
            files++;
            while (fgets(line, sizeof(line), f)) {
                apr_pool_t *lp;
                const char *err, *rule = NULL, *cve = NULL, *attack = NULL, *ip = NULL,
                           *t = NULL, *action = NULL, *msg = NULL;
                apr_array_header_t *kv;
                apr_size_t n = strlen(line);
                int k;

                while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
                    line[--n] = '\0';
                if (!n)
                    continue;
                apr_pool_create(&lp, p);
                kv = cmsguard_json_flatten(lp, line, n, &err);
                for (k = 0; kv && k < kv->nelts; k++) {
                    const cmsguard_json_pair_t *e = &APR_ARRAY_IDX(kv, k, cmsguard_json_pair_t);
                    if (!strcmp(e->path, "rule_id")) rule = e->value;
                    else if (!strcmp(e->path, "cve")) cve = e->value;
                    else if (!strcmp(e->path, "attack")) attack = e->value;
                    else if (!strcmp(e->path, "client_ip")) ip = e->value;
                    else if (!strcmp(e->path, "time")) t = e->value;
                    else if (!strcmp(e->path, "action")) action = e->value;
                    else if (!strcmp(e->path, "msg")) msg = e->value;
                }
                if (!kv || !rule || !t || strlen(t) < 13) {
                    bad++;
                    apr_pool_destroy(lp);
                    continue;
                }
                total++;
                bump(p, h[0], action ? action : "block");
                bump(p, h[1], rule);
                if (msg && !apr_hash_get(msgs, rule, APR_HASH_KEY_STRING))
                    apr_hash_set(msgs, apr_pstrdup(p, rule), APR_HASH_KEY_STRING,
                                 apr_pstrdup(p, msg));
                bump(p, h[2], cve ? cve : "(none)");
                /* a rule may name several techniques: count each */
                if (attack) {
                    char *a = apr_pstrdup(lp, attack), *tok, *last;
                    for (tok = apr_strtok(a, " ", &last); tok; tok = apr_strtok(NULL, " ", &last))
                        bump(p, h[3], tok);
                }
                else
                    bump(p, h[3], "(none)");
                bump(p, h[4], ip ? ip : "(none)");
                bump(p, h[5], apr_pstrmemdup(lp, t, 13));
                apr_pool_destroy(lp);
            }
            if (f != stdin)
                fclose(f);
        }
    }
    if (!files) {
        usage_report(stderr);
        return 2;
    }
    if (!html) {
        printf("records: %ld\n", total);
        if (bad)
            printf("lines that are not audit records: %ld\n", bad);
        for (d = 0; d < 6; d++) {
            apr_array_header_t *a = sorted(p, h[d], d == 5);
            printf("\nby %s\n", dims[d]);
            for (i = 0; i < a->nelts && (d == 5 || i < top); i++) {
                count_t *c = APR_ARRAY_IDX(a, i, count_t *);
                const char *m = d == 1 ? apr_hash_get(msgs, c->key, APR_HASH_KEY_STRING) : NULL;
                printf("  %8ld  %s%s%s\n", c->n, c->key, m ? "  " : "", m ? m : "");
            }
        }
        return 0;
    }
    {
        apr_array_header_t *hours = sorted(p, h[5], 1);
        long max = 1;
        int w = 720, bh = 160, bw;

        for (i = 0; i < hours->nelts; i++)
            if (APR_ARRAY_IDX(hours, i, count_t *)->n > max)
                max = APR_ARRAY_IDX(hours, i, count_t *)->n;
        bw = hours->nelts ? w / hours->nelts : w;
        if (bw < 2)
            bw = 2;
        printf("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<title>mod_cmsguard report</title><style>"
               "body{font:14px sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
               "td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}"
               "td.n{text-align:right}rect{fill:#b03030}</style></head><body>\n"
               "<h1>mod_cmsguard report</h1>\n<p id=\"total\">%ld audit records", total);
        if (bad)
            printf(" (%ld other lines ignored)", bad);
        printf("</p>\n<h2>Blocks per hour (UTC)</h2>\n"
               "<svg id=\"timeline\" width=\"%d\" height=\"%d\" role=\"img\" "
               "aria-label=\"blocks per hour\">\n", w, bh + 20);
        for (i = 0; i < hours->nelts; i++) {
            count_t *c = APR_ARRAY_IDX(hours, i, count_t *);
            long hgt = c->n * bh / max;
            printf("<rect x=\"%d\" y=\"%ld\" width=\"%d\" height=\"%ld\"><title>",
                   i * bw, (long)bh - hgt, bw > 3 ? bw - 1 : bw, hgt);
            html_esc(c->key);
            printf(":00 %ld</title></rect>\n", c->n);
        }
        printf("</svg>\n");
        for (d = 0; d < 5; d++) {
            apr_array_header_t *a = sorted(p, h[d], 0);
            printf("<h2>By %s</h2>\n<table id=\"by-%s\"><tr><th>count</th><th>%s</th></tr>\n",
                   dims[d], dims[d], dims[d]);
            for (i = 0; i < a->nelts && i < top; i++) {
                count_t *c = APR_ARRAY_IDX(a, i, count_t *);
                const char *m = d == 1 ? apr_hash_get(msgs, c->key, APR_HASH_KEY_STRING) : NULL;
                printf("<tr><td class=\"n\">%ld</td><td>", c->n);
                html_esc(c->key);
                if (m) {
                    fputs(" &mdash; ", stdout);
                    html_esc(m);
                }
                printf("</td></tr>\n");
            }
            printf("</table>\n");
        }
        printf("</body></html>\n");
    }
    return 0;
}

/* A JSON string (or null) on stdout, escaped by the engine's writer. */
static void jstr(apr_pool_t *p, const char *s)
{
    apr_size_t n, len = 0;
    char *buf;

    if (!s) {
        fputs("null", stdout);
        return;
    }
    n = strlen(s);
    buf = apr_palloc(p, n * 6 + 1);
    cmsguard_json_escape(buf, n * 6 + 1, &len, s, n);
    putchar('"');
    fwrite(buf, 1, len, stdout);
    putchar('"');
}

static const char *why_text(int why)
{
    return why == CMSGUARD_INV_AFFECTED ? "affected"
         : why == CMSGUARD_INV_VERSION_UNKNOWN ? "version unknown"
         : "range not machine-readable";
}

/* What a component's patches say about it: "vulnerable", "version
 * unknown, patches apply", "patch applies (range not machine-readable)"
 * or "ok". */
static const char *comp_status(const apr_array_header_t *m,
                               const cmsguard_component_t *c)
{
    int i, unknown = 0, range = 0;

    for (i = 0; i < m->nelts; i++) {
        const cmsguard_inv_match_t *x = &APR_ARRAY_IDX(m, i, cmsguard_inv_match_t);
        if (x->comp != c)
            continue;
        if (x->why == CMSGUARD_INV_AFFECTED)
            return "vulnerable";
        if (x->why == CMSGUARD_INV_VERSION_UNKNOWN)
            unknown = 1;
        else
            range = 1;
    }
    return unknown ? "version unknown, patches apply"
         : range ? "patch applies (range not machine-readable)" : "ok";
}

static int cmd_inventory(apr_pool_t *p, int argc, const char *const *argv)
{
    cmsguard_ruleset_t *rs = cmsguard_ruleset_make(p);
    cmsguard_inventory_t *inv;
    apr_array_header_t *m;
    const char *root = NULL, *e;
    int i, j, json = 0, loaded = 0, vulnerable = 0;

    for (i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage_inventory(stdout);
            return 0;
        }
        if ((!strcmp(a, "-r") || !strcmp(a, "--rules")) && i + 1 < argc) {
            if ((e = cmsguard_rules_load_spec(rs, argv[++i]))) {
                fprintf(stderr, "cmsguard: %s\n", e);
                return 2;
            }
            loaded = 1;
        }
        else if (!strcmp(a, "-j") || !strcmp(a, "--json"))
            json = 1;
        else if (a[0] == '-' || root) {
            fprintf(stderr, "cmsguard inventory: %s %s\n",
                    a[0] == '-' ? "unknown option" : "one DOCROOT only, not", a);
            usage_inventory(stderr);
            return 2;
        }
        else
            root = a;
    }
    if (!root) {
        usage_inventory(stderr);
        return 2;
    }
    if (!loaded && (e = load_default_rules(p, rs))) {
        fprintf(stderr, "cmsguard: %s\n", e);
        return 2;
    }
    cmsguard_rules_finish(rs);
    if ((e = cmsguard_inventory_scan(p, root, NULL, &inv))) {
        fprintf(stderr, "cmsguard inventory: %s\n", e);
        return 2;
    }
    m = cmsguard_inventory_match(p, inv, rs);
    for (i = 0; i < inv->components->nelts; i++)
        if (!strcmp(comp_status(m, &APR_ARRAY_IDX(inv->components, i,
                                                  cmsguard_component_t)), "vulnerable"))
            vulnerable++;

    if (json) {
        const cmsguard_component_t *core = inv->cms && inv->components->nelts
            ? &APR_ARRAY_IDX(inv->components, 0, cmsguard_component_t) : NULL;
        printf("{\"docroot\":");
        jstr(p, inv->root);
        printf(",\"base\":");
        jstr(p, inv->base);
        printf(",\"cms\":");
        jstr(p, inv->cms);
        printf(",\"version\":");
        jstr(p, core ? core->version : NULL);
        printf(",\"components\":[");
        for (i = 0; i < inv->components->nelts; i++) {
            const cmsguard_component_t *c =
                &APR_ARRAY_IDX(inv->components, i, cmsguard_component_t);
            int first = 1;
            printf("%s{\"slug\":", i ? "," : "");
            jstr(p, c->slug);
            printf(",\"kind\":");
            jstr(p, c->kind);
            printf(",\"version\":");
            jstr(p, c->version);
            if (c->raw) {
                printf(",\"raw_version\":");
                jstr(p, c->raw);
            }
            printf(",\"source\":");
            jstr(p, c->source);
            printf(",\"status\":");
            jstr(p, comp_status(m, c));
            printf(",\"patches\":[");
            for (j = 0; j < m->nelts; j++) {
                const cmsguard_inv_match_t *x = &APR_ARRAY_IDX(m, j, cmsguard_inv_match_t);
                int k;
                if (x->comp != c)
                    continue;
                printf("%s{\"rule_id\":", first ? "" : ",");
                first = 0;
                jstr(p, x->rule->id);
                printf(",\"cve\":[");
                for (k = 0; x->rule->cves && k < x->rule->cves->nelts; k++) {
                    printf("%s", k ? "," : "");
                    jstr(p, APR_ARRAY_IDX(x->rule->cves, k, const char *));
                }
                printf("],\"affected\":");
                jstr(p, x->rule->affected);
                printf(",\"fixed\":");
                jstr(p, x->rule->fixed);
                printf(",\"why\":");
                jstr(p, why_text(x->why));
                printf(",\"msg\":");
                jstr(p, x->rule->msg);
                printf("}");
            }
            printf("]}");
        }
        printf("],\"vulnerable\":%d,\"patches\":%d,\"files_read\":%d,"
               "\"limited\":%s,\"notes\":[", vulnerable, m->nelts,
               inv->files_read, inv->limited ? "true" : "false");
        for (i = 0; i < inv->notes->nelts; i++) {
            printf("%s", i ? "," : "");
            jstr(p, APR_ARRAY_IDX(inv->notes, i, const char *));
        }
        printf("]}\n");
        return m->nelts ? 1 : 0;
    }

    printf("docroot: %s\n", inv->root);
    if (!inv->cms)
        printf("cms: none found\n");
    for (i = 0; i < inv->components->nelts; i++) {
        const cmsguard_component_t *c =
            &APR_ARRAY_IDX(inv->components, i, cmsguard_component_t);
        if (!i && inv->cms)
            printf("cms: %s %s%s%s%s%s\n", inv->cms, cmsguard_inventory_version_text(c),
                   *inv->base ? " in " : "", inv->base,
                   c->source ? " from " : "", c->source ? c->source : "");
        printf("%-9s %-40s %-16s %s\n", c->kind, c->slug,
               cmsguard_inventory_version_text(c), comp_status(m, c));
        for (j = 0; j < m->nelts; j++) {
            const cmsguard_inv_match_t *x = &APR_ARRAY_IDX(m, j, cmsguard_inv_match_t);
            if (x->comp != c)
                continue;
            printf("    patch %s %s affected %s, fixed %s%s%s: %s\n", x->rule->id,
                   x->rule->cves ? apr_array_pstrcat(p, x->rule->cves, ',') : "(no CVE)",
                   x->rule->affected ? x->rule->affected : "?",
                   x->rule->fixed ? x->rule->fixed : "?",
                   x->why == CMSGUARD_INV_AFFECTED ? "" : "; ",
                   x->why == CMSGUARD_INV_AFFECTED ? "" : why_text(x->why),
                   x->rule->msg);
        }
    }
    for (i = 0; i < inv->notes->nelts; i++)
        printf("note: %s\n", APR_ARRAY_IDX(inv->notes, i, const char *));
    printf("summary: %d components, %d vulnerable, %d patches apply\n",
           inv->components->nelts, vulnerable, m->nelts);
    return m->nelts ? 1 : 0;
}

int main(int argc, const char *const *argv)
{
    apr_pool_t *p;
    int rc;

    apr_app_initialize(&argc, &argv, NULL);
    apr_pool_create(&p, NULL);
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "test"))
        rc = cmd_test(p, argc - 2, argv + 2);
    else if (!strcmp(argv[1], "lint"))
        rc = cmd_lint(p, argc - 2, argv + 2);
    else if (!strcmp(argv[1], "baseline"))
        rc = cmd_baseline(p, argc - 2, argv + 2);
    else if (!strcmp(argv[1], "report"))
        rc = cmd_report(p, argc - 2, argv + 2);
    else if (!strcmp(argv[1], "inventory"))
        rc = cmd_inventory(p, argc - 2, argv + 2);
    else if (!strcmp(argv[1], "--version")) {
        printf("cmsguard %s\n", CMSGUARD_VERSION);
        rc = 0;
    }
    else {
        fprintf(stderr, "cmsguard: unknown command '%s'\n", argv[1]);
        usage(stderr);
        rc = 2;
    }
    apr_pool_destroy(p);
    apr_terminate();
    return rc;
}
