/* libFuzzer target: the rule parser on any text, and a loaded rule set on
 * fixed requests. Invariants: a load either fails with "name:line:" or
 * yields rules that all have an id, a message and a condition group; and
 * the index never changes a verdict: the same rules judging every rule
 * on every request find the same hits. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "rules.h"

static apr_pool_t *root;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p;
    cmsguard_ruleset_t *rs;
    const char *err;
    static const char *const raws[] = {
        "POST /wp-admin/admin-ajax.php?action=x&file=../a HTTP/1.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nCookie: a=b\r\n\r\ncmd=upload&x=1",
        "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /a/b/c?q=1 HTTP/1.1\r\nHost: x\r\nUser-Agent: u\r\nX-A: 1\r\n\r\n",
        "POST /wp-json/x/v1/y HTTP/1.1\r\nContent-Type: application/json\r\n"
        "Cookie: c=1\r\n\r\n{\"a\":\"b\",\"id\":\"1 or 1\"}",
        "POST /xmlrpc.php?x=1 HTTP/1.1\r\nContent-Type: text/xml\r\n\r\n<?xml version=\"1.0\"?>"
        "<methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value>"
        "<string>admin</string></value></param></params></methodCall>",
    };
    cmsguard_ruleset_t *all_rs;

    if (!root) {
        apr_initialize();
        apr_pool_create(&root, NULL);
    }
    apr_pool_create(&p, root);
    rs = cmsguard_ruleset_make(p);
    err = cmsguard_rules_load_text(rs, "f", (const char *)data, size);
    if (err) {
        if (strncmp(err, "f:", 2))
            abort();
    }
    else {
        const apr_array_header_t *all;
        cmsguard_req_t *req;
        int i;

        cmsguard_rules_finish(rs);
        all = cmsguard_rules_all(rs);
        for (i = 0; i < all->nelts; i++) {
            const cmsguard_rule_t *r = APR_ARRAY_IDX(all, i, cmsguard_rule_t *);
            if (!r->id || !r->msg || !r->groups->nelts)
                abort();
        }
        all_rs = cmsguard_ruleset_make(p);
        if (cmsguard_rules_load_text(all_rs, "f", (const char *)data, size))
            abort();
        cmsguard_rules_finish(all_rs);
        cmsguard_ruleset_unindexed(all_rs);
        for (i = 0; i < (int)(sizeof(raws) / sizeof(raws[0])); i++) {
            apr_array_header_t *h1, *h2;
            int k;

            req = cmsguard_req_parse_raw(p, raws[i], strlen(raws[i]), &err);
            if (!req)
                abort();
            h1 = cmsguard_rules_eval(p, rs, req, NULL, NULL, 1, 0, NULL);
            req = cmsguard_req_parse_raw(p, raws[i], strlen(raws[i]), &err);
            h2 = cmsguard_rules_eval(p, all_rs, req, NULL, NULL, 1, 0, NULL);
            if (h1->nelts != h2->nelts)
                abort();
            for (k = 0; k < h1->nelts; k++)
                if (APR_ARRAY_IDX(h1, k, cmsguard_hit_t).rule->index
                    != APR_ARRAY_IDX(h2, k, cmsguard_hit_t).rule->index)
                    abort();
            if (cmsguard_rules_need_body(p, rs, req, NULL, NULL)
                != cmsguard_rules_need_body(p, all_rs, req, NULL, NULL))
                abort();
        }
    }
    apr_pool_destroy(p);
    return 0;
}
