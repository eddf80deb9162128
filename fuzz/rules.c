/* libFuzzer target: the rule parser on any text, and a loaded rule set on
 * a fixed request. Invariants: a load either fails with "name:line:" or
 * yields rules that all have an id, a message and a condition group. */
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
    static const char raw[] =
        "POST /wp-admin/admin-ajax.php?action=x&file=../a HTTP/1.1\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nCookie: a=b\r\n\r\ncmd=upload&x=1";

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
        req = cmsguard_req_parse_raw(p, raw, sizeof(raw) - 1, &err);
        if (!req)
            abort();
        (void)cmsguard_rules_eval(p, rs, req, NULL, NULL, 1, 0, NULL);
    }
    apr_pool_destroy(p);
    return 0;
}
