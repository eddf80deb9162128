/* libFuzzer target: canonical paths. Invariants: the result starts with
 * '/', has no "//", no "/./" or "/../" segment, and canonicalising it
 * again changes nothing unless it still holds a '%' (decoding is once);
 * the shortcut for canonical paths answers as the long way does, and so
 * does the admin guard's shortcut for paths no preset names. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "path.h"
#include "admin.h"

static apr_pool_t *root;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p;
    char *in, *out, *again;

    if (!root) {
        apr_initialize();
        apr_pool_create(&root, NULL);
    }
    apr_pool_create(&p, root);
    in = apr_pstrmemdup(p, (const char *)data, size);
    out = cmsguard_path_canon(p, in, size & 1);
    if (strcmp(out, cmsguard_path_canon_full(p, in, size & 1)))
        abort();
    if (out[0] != '/' || strstr(out, "//") || strstr(out, "/./")
        || strstr(out, "/../") || !strcmp(out, "/..") || !strcmp(out, "/."))
        abort();
    if (!strchr(out, '%') && !strchr(out, ';')) {
        again = cmsguard_path_canon(p, out, size & 1);
        if (strcmp(again, out))
            abort();
    }
    {
        /* the presets from the input's first byte, the case mode from its
         * second; the canonical path as the mapped file too */
        cmsguard_admin_policy_t pol = { size ? data[0] & CMSGUARD_CMS_ALL : 0,
                                        NULL, NULL, size > 1 ? data[1] & 1 : 0 };
        const char *a = cmsguard_admin_match(p, &pol, out, out, NULL);
        const char *b = cmsguard_admin_match_full(p, &pol, out, out, NULL);
        if ((a == NULL) != (b == NULL) || (a && strcmp(a, b)))
            abort();
    }
    apr_pool_destroy(p);
    return 0;
}
