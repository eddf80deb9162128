/* Folding under a locale where the C library folds 'I' otherwise, and
 * letter classes under one where bytes above 0x7f are letters (see
 * src/ascii.h). t/unit.t builds tr_TR.UTF-8 and tr_TR.ISO-8859-9 with
 * localedef and names them in CMSGUARD_TEST_LOCALE and
 * CMSGUARD_TEST_LOCALE_8BIT, with LOCPATH; each check below is one the
 * C library's strcasecmp, tolower or isalnum fails in its locale. */
#include <ctype.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "tap.h"
#include "ascii.h"
#include "admin.h"
#include "path.h"
#include "request.h"
#include "rules.h"
#include "xmlrpc_policy.h"

static apr_pool_t *p;

static const char *judge(cmsguard_ruleset_t *rs, const char *raw)
{
    const char *err;
    cmsguard_req_t *req = cmsguard_req_parse_raw(p, raw, strlen(raw), &err);
    apr_array_header_t *hits;

    if (!req)
        return err;
    hits = cmsguard_rules_eval(p, rs, req, NULL, NULL, 1, 0, NULL);
    return hits->nelts ? APR_ARRAY_IDX(hits, 0, cmsguard_hit_t).rule->id : "pass";
}

int main(void)
{
    const char *loc = getenv("CMSGUARD_TEST_LOCALE");
    const char *loc8 = getenv("CMSGUARD_TEST_LOCALE_8BIT");
    /* Movable Type's publishPost with an id of qx, a delimiter byte that
     * ISO-8859-9 calls a letter (U+00C3 is C3 83 in UTF-8), id, the same */
    static const char qx_call[] =
        "<?xml version=\"1.0\"?><methodCall><methodName>mt.publishPost</methodName>"
        "<params><param><value>qx&#195;id&#195;</value></param>"
        "<param><value>u</value></param><param><value>p</value></param>"
        "</params></methodCall>";
    cmsguard_xr_policy_t xpol;
    cmsguard_verdict_t v;
    int c, high_letters = 0;
    static const char rules[] =
        "rule 900001 \"lower\"\n    when arg:q|lower contains union select\n"
        "rule 900002 \"header\"\n    when header:X-Ident contains evil\n";
    cmsguard_ruleset_t *rs;
    cmsguard_admin_policy_t pol = { CMSGUARD_CMS_WORDPRESS, NULL, NULL, 0 };
    const char *err;

    apr_initialize();
    apr_pool_create(&p, NULL);

    /* t/unit.t makes it with localedef (package locales) */
    ok(loc && setlocale(LC_ALL, loc), "runs under %s",
       loc ? loc : "a Turkish locale (CMSGUARD_TEST_LOCALE unset)");
    /* tolower says the locale took; strcasecmp agrees except under ASan,
     * whose interceptor folds in ASCII (make test-asan) */
    ok(tolower('I') != 'i', "in it tolower('I') is not 'i': the checks below can fail");
    printf("# strcasecmp(\"WP-ADMIN\", \"wp-admin\") = %d here\n",
           strcasecmp("WP-ADMIN", "wp-admin"));

    ok(!strcmp(cmsguard_path_canon(p, "/WP-ADMIN/INDEX.PHP", CMSGUARD_PATH_FOLD_CASE),
               "/wp-admin/index.php"), "canonical path folds to /wp-admin/index.php");
    ok(cmsguard_admin_match(p, &pol, "/BLOG/WP-ADMIN/", NULL, NULL) != NULL,
       "admin guard: /BLOG/WP-ADMIN/ is the WordPress admin");
    ok(cmsguard_admin_match(p, &pol, "/WP-LOGIN.PHP", NULL, NULL) != NULL,
       "admin guard: /WP-LOGIN.PHP is the login screen");

    rs = cmsguard_ruleset_make(p);
    err = cmsguard_rules_load_text(rs, "t.rules", rules, strlen(rules));
    ok(!err, "rules load (%s)", err ? err : "");
    cmsguard_rules_finish(rs);
    ok(!strcmp(judge(rs, "GET /?q=1+UNION+SELECT+2 HTTP/1.1\r\nHost: x\r\n\r\n"), "900001"),
       "|lower folds UNION SELECT");
    ok(!strcmp(judge(rs, "GET / HTTP/1.1\r\nHost: x\r\nx-ident: evil\r\n\r\n"), "900002"),
       "header names match in any case (x-ident for X-Ident)");

    ok(cmsguard_casestr("form-data; name=\"f\"; FILENAME=\"a.php\"", "filename") != NULL
       && cmsguard_casestr("form-data; name=\"f\"", "filename") == NULL,
       "cmsguard_casestr finds FILENAME");
    ok(cmsguard_tolower('I') == 'i' && cmsguard_toupper('i') == 'I'
       && cmsguard_tolower(0xDD) == 0xDD, "cmsguard_tolower/toupper: ASCII only");

    ok(loc8 && setlocale(LC_ALL, loc8), "runs under %s",
       loc8 ? loc8 : "a single-byte locale (CMSGUARD_TEST_LOCALE_8BIT unset)");
    ok(isalnum(0xC3), "in it isalnum(0xC3) is true: the checks below can fail");
    cmsguard_xr_policy_default(&xpol, CMSGUARD_XR_MOVABLETYPE);
    ok(cmsguard_xmlrpc_check(p, &xpol, qx_call, strlen(qx_call), &v, NULL)
       && !strcmp(v.rule_id, "2030"),
       "Movable Type: qx with a delimiter byte above 0x7f in an id is refused");
    for (c = 0x80; c < 0x100; c++)
        high_letters += cmsguard_isalpha(c) || cmsguard_isalnum(c);
    ok(high_letters == 0, "cmsguard_isalpha/isalnum: no byte above 0x7f is a letter");

    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
