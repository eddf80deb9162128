/* Per-request cost of the rule engine with 10, 100 and 1000 rules, the
 * shapes real packs have (a plugin path plus an argument condition, or an
 * admin-ajax action), printed side by side with the ratio to 10 rules.
 * The index should make the cost depend on the rules that concern the
 * request's path, not on how many are loaded (goal: 1000 <= 1.3 x 10). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_time.h>

#include "rules.h"

static cmsguard_ruleset_t *make(apr_pool_t *p, int n)
{
    cmsguard_ruleset_t *rs = cmsguard_ruleset_make(p);
    char *text = "";
    int i;
    const char *err;

    for (i = 0; i < n; i++) {
        if (i % 2)
            text = apr_psprintf(p, "%srule %d \"plugin %d\"\n"
                "    when path contains /wp-content/plugins/plugin%d/\n"
                "    when arg:file rx (^|/)\\.\\./\n", text, 500000 + i, i, i);
        else
            text = apr_psprintf(p, "%srule %d \"ajax %d\"\n"
                "    when path ends /wp-admin/ajax%d.php\n"
                "    when arg:action eq act%d\n", text, 500000 + i, i, i, i);
    }
    err = cmsguard_rules_load_text(rs, "bench", text, strlen(text));
    if (err) {
        fprintf(stderr, "%s\n", err);
        exit(1);
    }
    cmsguard_rules_finish(rs);
    return rs;
}

static double run(apr_pool_t *p, cmsguard_ruleset_t *rs, const char *raw,
                  int iters)
{
    apr_pool_t *rp;
    apr_time_t t0;
    int i;
    const char *err;

    apr_pool_create(&rp, p);
    t0 = apr_time_now();
    for (i = 0; i < iters; i++) {
        cmsguard_req_t *req = cmsguard_req_parse_raw(rp, raw, strlen(raw), &err);
        (void)cmsguard_rules_eval(rp, rs, req, NULL, NULL, 1, 0, NULL);
        apr_pool_clear(rp);
    }
    apr_pool_destroy(rp);
    return (double)(apr_time_now() - t0) * 1000.0 / iters;   /* ns */
}

int main(int argc, char **argv)
{
    static const int sizes[] = { 10, 100, 1000 };
    static const char *reqs[][2] = {
        { "plugin file", "GET /wp-content/plugins/plugin5/dl.php?file=report.pdf HTTP/1.1\r\nHost: x\r\n\r\n" },
        { "front page", "GET /2026/11/hello-world/?utm=1 HTTP/1.1\r\nHost: x\r\nCookie: a=b\r\n\r\n" },
    };
    int iters = argc > 1 ? atoi(argv[1]) : 200000;
    apr_pool_t *p;
    double base[2] = {0, 0};
    int s, q;

    apr_initialize();
    apr_pool_create(&p, NULL);
    printf("%-6s %-12s %10s %8s\n", "rules", "request", "ns/req", "x 10");
    for (s = 0; s < 3; s++) {
        cmsguard_ruleset_t *rs = make(p, sizes[s]);
        for (q = 0; q < 2; q++) {
            double best = 1e18;
            int round;
            /* best of 3: the least disturbed run on a shared machine */
            for (round = 0; round < 3; round++) {
                double ns = run(p, rs, reqs[q][1], iters);
                if (ns < best)
                    best = ns;
            }
            if (s == 0)
                base[q] = best;
            printf("%-6d %-12s %10.0f %8.2f\n", sizes[s], reqs[q][0], best, best / base[q]);
        }
    }
    apr_terminate();
    return 0;
}
