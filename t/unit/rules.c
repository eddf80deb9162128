/* Specification of the rule language and engine (src/rules.c). */
#include <stdio.h>
#include <dirent.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "tap.h"
#include "rules.h"

static apr_pool_t *p;

static cmsguard_ruleset_t *load(const char *text, const char **err)
{
    cmsguard_ruleset_t *rs = cmsguard_ruleset_make(p);
    *err = cmsguard_rules_load_text(rs, "t.rules", text, strlen(text));
    if (!*err)
        cmsguard_rules_finish(rs);
    return rs;
}

/* verdict of a raw request: "pass", or the first hit's id ("d:" prefix
 * for detect) */
static const char *judge(cmsguard_ruleset_t *rs, const char *raw)
{
    const char *err;
    cmsguard_req_t *req = cmsguard_req_parse_raw(p, raw, strlen(raw), &err);
    apr_array_header_t *hits;
    const char *out = "pass";
    int i;

    if (!req)
        return err;
    hits = cmsguard_rules_eval(p, rs, req, NULL, NULL, 1, 0, NULL);
    for (i = 0; i < hits->nelts; i++) {
        cmsguard_hit_t *h = &APR_ARRAY_IDX(hits, i, cmsguard_hit_t);
        out = h->detect ? apr_pstrcat(p, "d:", h->rule->id, NULL) : h->rule->id;
    }
    return out;
}


static char *slurp(const char *path, apr_size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *d;
    long n;

    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    d = apr_palloc(p, (apr_size_t)n + 1);
    *len = fread(d, 1, (size_t)n, f);
    d[*len] = '\0';
    fclose(f);
    return d;
}

/* Everything eval and need_body say of a request, as text. */
static const char *outcome(cmsguard_ruleset_t *rs, const char *raw, apr_size_t len)
{
    const char *err;
    cmsguard_req_t *req = cmsguard_req_parse_raw(p, raw, len, &err);
    apr_array_header_t *hits;
    const char *out;
    int i;

    if (!req)
        return apr_pstrcat(p, "unparsed: ", err, NULL);
    out = apr_psprintf(p, "body %d;", cmsguard_rules_need_body(p, rs, req, NULL, NULL));
    hits = cmsguard_rules_eval(p, rs, req, NULL, NULL, 1, 0, NULL);
    for (i = 0; i < hits->nelts; i++) {
        cmsguard_hit_t *h = &APR_ARRAY_IDX(hits, i, cmsguard_hit_t);
        out = apr_psprintf(p, "%s %s%s %s=%.*s", out, h->detect ? "d:" : "",
                           h->rule->id, h->target ? h->target : "-",
                           (int)h->value_len, h->value ? h->value : "");
    }
    return out;
}

/* The index only skips rules that cannot match: every corpus request,
 * and the same path asked bare (no query, body or headers but Host),
 * gets what judging every rule gives. */
static void index_is_exact(const char *spec, const char *const *dirs)
{
    cmsguard_ruleset_t *ix = cmsguard_ruleset_make(p), *all = cmsguard_ruleset_make(p);
    const char *e1 = cmsguard_rules_load_spec(ix, spec);
    const char *e2 = cmsguard_rules_load_spec(all, spec);
    int n = 0, bad = 0, hits = 0, skipped = 0, d;

    ok(!e1 && !e2, "%s loads: %s", spec, e1 ? e1 : e2 ? e2 : "ok");
    if (e1 || e2)
        return;
    cmsguard_rules_finish(ix);
    cmsguard_rules_finish(all);
    cmsguard_ruleset_unindexed(all);
    for (d = 0; dirs[d]; d++) {
        DIR *dh = opendir(dirs[d]);
        struct dirent *de;

        ok(dh != NULL, "corpus %s", dirs[d]);
        while (dh && (de = readdir(dh))) {
            apr_size_t len, nl = strlen(de->d_name);
            char *raw, *sp, *bare;
            const char *a, *b;
            int v;

            if (nl < 6 || strcmp(de->d_name + nl - 5, ".http"))
                continue;
            raw = slurp(apr_pstrcat(p, dirs[d], "/", de->d_name, NULL), &len);
            if (!raw)
                continue;
            /* the path of the request line, without its query */
            sp = strchr(raw, ' ');
            bare = sp ? apr_pstrndup(p, sp + 1, strcspn(sp + 1, " ?\r\n")) : "/";
            bare = apr_pstrcat(p, "GET ", bare, " HTTP/1.1\r\nHost: x\r\n\r\n", NULL);
            for (v = 0; v < 2; v++) {
                const char *r = v ? bare : raw;
                apr_size_t rl = v ? strlen(bare) : len;
                cmsguard_req_t *rq;
                const char *perr;
                a = outcome(ix, r, rl);
                b = outcome(all, r, rl);
                n++;
                hits += strstr(b, "; ") != NULL;
                if (strcmp(a, b)) {
                    bad++;
                    printf("# %s%s: indexed [%s] all [%s]\n", de->d_name, v ? " (bare)" : "", a, b);
                }
                /* the glue's shortcut for a request without a body: when
                 * it says no rule applies, judging every rule agrees */
                rq = cmsguard_req_parse_raw(p, r, rl, &perr);
                if (rq && !rq->body
                    && !cmsguard_rules_may_apply(ix, rq->path, rq->query, rq->headers)) {
                    skipped++;
                    if (strstr(b, "; ")) {
                        bad++;
                        printf("# %s%s: no rule may apply, yet [%s]\n", de->d_name,
                               v ? " (bare)" : "", b);
                    }
                }
            }
        }
        if (dh)
            closedir(dh);
    }
    ok(n >= 100 && hits >= 50 && !bad,
       "%s: %d requests (%d with hits, %d without a body that no rule may "
       "apply to) judged alike with and without the index; %d differ",
       spec, n, hits, skipped, bad);
}

#define GET(t) "GET " t " HTTP/1.1\r\nHost: x\r\n\r\n"
#define POSTF(t, b) "POST " t " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1\r\n\r\n" b

int main(void)
{
    const char *err;
    cmsguard_ruleset_t *rs;

    apr_initialize();
    apr_pool_create(&p, NULL);

    rs = load(
        "rule 100001 \"ends\"\n    when path ends /x/admin-ajax.php\n    when arg:action in a1 a2\n"
        "rule 100002 \"rx with transforms\"\n    when arg:f|urldecode|lower rx ^\\.\\./\n"
        "rule 100003 \"groups\"\n    when path eq /g1\n    or\n    when queryarg:rest_route starts /g2/\n"
        "rule 100004 \"negation\"\n    when path eq /neg\n    when header:X-Token !exists\n"
        "rule 100005 \"numbers and length\"\n    when path eq /num\n    when arg:n gt 10\n    or\n    when path eq /num\n    when arg:s longer 5\n"
        "rule 100006 \"json\"\n    when path eq /j\n    when json:a.b.1 eq evil\n"
        "rule 100007 \"cookie\"\n    when cookie:wordpress_logged_in contains \"'\"\n"
        "rule 100008 \"detect\"\n    when path eq /d\n    action detect\n"
        "rule 100009 \"file\"\n    when filename rx (?i)\\.ph(p|tml|ar)$\n"
        "rule 100010 \"htmldecode b64\"\n    when arg:h|htmldecode contains <script\n    or\n    when arg:b|b64decode contains system(\n",
        &err);
    ok(!err, "a rule file with every construct loads: %s", err ? err : "ok");
    is_int(cmsguard_rules_all(rs)->nelts, 10, "ten rules");
    ok(cmsguard_rules_indexed(rs) >= 4, "rules with whole-segment path conditions are indexed (%d)",
       (int)cmsguard_rules_indexed(rs));

    is_str(judge(rs, GET("/blog/x/admin-ajax.php?action=a2")), "100001", "ends + in");
    is_str(judge(rs, GET("/blog/x/admin-ajax.php?action=a3")), "pass", "in: not listed");
    is_str(judge(rs, GET("/y/admin-ajax.php?action=a2")), "pass", "ends: other folder");
    is_str(judge(rs, GET("/?f=%252E%252E%252Fetc")), "100002", "double-encoded ../ with urldecode|lower");
    is_str(judge(rs, GET("/g1")), "100003", "first group");
    is_str(judge(rs, GET("/?rest_route=/g2/x")), "100003", "second group (REST route as a query)");
    is_str(judge(rs, GET("/neg")), "100004", "!exists: header absent");
    is_str(judge(rs, "GET /neg HTTP/1.1\r\nX-Token: 1\r\n\r\n"), "pass", "!exists: header present");
    is_str(judge(rs, GET("/num?n=11")), "100005", "gt");
    is_str(judge(rs, GET("/num?n=9&s=abc")), "pass", "gt and longer both false");
    is_str(judge(rs, GET("/num?s=abcdef")), "100005", "longer");
    is_str(judge(rs, "POST /j HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"a\":{\"b\":[\"ok\",\"evil\"]}}"),
           "100006", "JSON value at a.b.1");
    is_str(judge(rs, "POST /j HTTP/1.1\r\nContent-Type: text/plain\r\n\r\n{\"a\":{\"b\":[\"ok\",\"fine\"]}}"),
           "pass", "JSON with other values (and any Content-Type)");
    is_str(judge(rs, "GET / HTTP/1.1\r\nCookie: a=1; wordpress_logged_in=admin%27--\r\n\r\n"), "100007",
           "cookie value is decoded");
    is_str(judge(rs, GET("/d")), "d:100008", "detect rules are reported as detect");
    is_str(judge(rs, "POST /u HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=B\r\n\r\n"
                     "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.PHTML\"\r\n\r\nz\r\n--B--\r\n"),
           "100009", "multipart file name, case-insensitive regex");
    is_str(judge(rs, GET("/?h=%26lt;script%26gt;")), "100010", "htmldecode");
    is_str(judge(rs, GET("/?b=c3lzdGVtKCdpZCcp")), "100010", "b64decode");
    is_str(judge(rs, POSTF("/blog/x/admin-ajax.php", "action=a1")), "100001",
           "arg: looks at the form body too");

    {
        const char *e2;
        cmsguard_ruleset_t *b = load(
            "rule 100200 \"scoped\"\n    when path ends /up.php\n    when form:x eq 1\n"
            "rule 100201 \"everywhere, POST only\"\n    when method eq POST\n    when form:y eq 1\n", &e2);
        cmsguard_req_t *rq;
        ok(!e2, "body-need rules load");
        rq = cmsguard_req_parse_raw(p, POSTF("/a/up.php", "x=1"), strlen(POSTF("/a/up.php", "x=1")), &e2);
        is_int(cmsguard_rules_need_body(p, b, rq, NULL, NULL), CMSGUARD_BODY_MUST,
               "a path-scoped body rule: MUST");
        {
            static const char xml[] = "POST /a/up.php HTTP/1.1\r\nContent-Type: text/xml\r\n\r\n<x/>";
            rq = cmsguard_req_parse_raw(p, xml, sizeof(xml) - 1, &e2);
            is_int(cmsguard_rules_need_body(p, b, rq, NULL, NULL), CMSGUARD_BODY_NONE,
                   "form fields of a body that is no form: the body is not needed");
        }
        rq = cmsguard_req_parse_raw(p, POSTF("/other", "y=1"), strlen(POSTF("/other", "y=1")), &e2);
        is_int(cmsguard_rules_need_body(p, b, rq, NULL, NULL), CMSGUARD_BODY_MAY,
               "a rule for every path whose other conditions hold: MAY");
        rq = cmsguard_req_parse_raw(p, GET("/other"), strlen(GET("/other")), &e2);
        is_int(cmsguard_rules_need_body(p, b, rq, NULL, NULL), CMSGUARD_BODY_NONE,
               "its method condition fails: the body is not needed");
    }

    rs = load("rule 100100 \"x\"\n    when path eq /x\nrule 100100 \"y\"\n    when path eq /y\n", &err);
    ok(err && strstr(err, "t.rules:3:") && strstr(err, "used twice"), "duplicate id at its line: %s", err);
    rs = load("rule 100101 \"x\"\n    when arg:q rx (a\n", &err);
    ok(err && strstr(err, "t.rules:2:") && strstr(err, "bad regex"), "bad regex: %s", err);
    rs = load("rule 100102 \"x\"\n", &err);
    ok(err && strstr(err, "no 'when'"), "a rule without a condition: %s", err);

    {
        cmsguard_rule_t r;
        memset(&r, 0, sizeof(r));
        r.id = "110010";
        r.plugin = "duplicator";
        r.cms = "wordpress";
        r.tags = apr_array_make(p, 1, sizeof(char *));
        APR_ARRAY_PUSH(r.tags, const char *) = "lfi";
        ok(cmsguard_rule_selected(&r, "110010") && cmsguard_rule_selected(&r, "id:110010")
           && cmsguard_rule_selected(&r, "tag:lfi") && cmsguard_rule_selected(&r, "plugin:duplicator")
           && cmsguard_rule_selected(&r, "cms:wordpress") && cmsguard_rule_selected(&r, "all")
           && !cmsguard_rule_selected(&r, "tag:sqli") && !cmsguard_rule_selected(&r, "110011"),
           "selectors");
        ok(cmsguard_selector_check(p, "plugin:") != NULL && cmsguard_selector_check(p, "12") != NULL
           && !cmsguard_selector_check(p, "cve:CVE-2020-11738"), "selector syntax is checked");
    }

    {
        static const char *const dirs[] = { "t/corpus/vpatch", "t/corpus/xmlrpc",
                                            "t/corpus/admin", NULL };
        index_is_exact("rules", dirs);
    }

    /* The shortcut is taken where it should be - files and pages no rule
     * names - and not where a rule can still hold without a path: a
     * query or a cookie, or a header some rule reads. */
    {
        static const struct { const char *req; int may; } cases[] = {
            { GET("/"), 0 },
            { GET("/static.html"), 0 },
            { GET("/wp-includes/css/dist/block-library/style.min.css"), 0 },
            { GET("/wp-includes/js/jquery/jquery.min.js"), 0 },
            { GET("/2024/05/hello-world/"), 0 },
            { "GET /favicon.ico HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n\r\n", 0 },
            { GET("/?p=1"), 1 },
            { "GET / HTTP/1.1\r\nHost: x\r\nCookie: a=b\r\n\r\n", 1 },
            { "GET / HTTP/1.1\r\nHost: x\r\nuser-agent: curl/8\r\n\r\n", 1 },
            { GET("/wp-admin/admin-ajax.php"), 1 },
            { GET("/WP-ADMIN/index.php"), 1 },
            /* the segment filter keys on length and end bytes: those
             * fold too, and a named segment counts as the last one, with
             * or without a slash after it */
            { GET("/Wp-AdmiN/index.php"), 1 },
            { GET("/blog/wp-admin"), 1 },
            { GET("/blog/wp-admin/"), 1 },
            { GET("/a/b/c/d/e/f/g.html"), 0 },
            { GET("/wp-content/debug.log"), 1 },
            { NULL, 0 }
        };
        cmsguard_ruleset_t *ix = cmsguard_ruleset_make(p);
        int i, bad = 0;

        ok(!cmsguard_rules_load_spec(ix, "rules"), "rules load");
        cmsguard_rules_finish(ix);
        for (i = 0; cases[i].req; i++) {
            const char *perr;
            cmsguard_req_t *rq = cmsguard_req_parse_raw(p, cases[i].req,
                                                        strlen(cases[i].req), &perr);
            int may = rq ? cmsguard_rules_may_apply(ix, rq->path, rq->query, rq->headers) : -1;
            if (may != cases[i].may) {
                bad++;
                printf("# may_apply %d, want %d: %s\n", may, cases[i].may, cases[i].req);
            }
        }
        ok(!bad, "rules_may_apply: %d of %d requests answered wrong", bad, i);
    }

    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
