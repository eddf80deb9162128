/* Specification of the XML-RPC parser and policy (src/xmlrpc*.c), and the
 * whole XML-RPC corpus (t/corpus/xmlrpc) judged by the engine alone. */
#include <stdio.h>
#include <stdlib.h>
#include <dirent.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_file_io.h>

#include "tap.h"
#include "xmlrpc.h"
#include "xmlrpc_policy.h"
#include "path.h"

static apr_pool_t *p;

static cmsguard_xr_policy_t policy(cmsguard_xr_profile_e prof)
{
    cmsguard_xr_policy_t pol;

    cmsguard_xr_policy_default(&pol, prof);
    return pol;
}

static const char *verdict(cmsguard_xr_profile_e prof, const char *body)
{
    cmsguard_xr_policy_t pol = policy(prof);
    cmsguard_verdict_t v;

    if (cmsguard_xmlrpc_check(p, &pol, body, strlen(body), &v, NULL))
        return v.rule_id;
    return "pass";
}

#define CALL(m, params) "<?xml version=\"1.0\"?><methodCall><methodName>" m \
    "</methodName><params>" params "</params></methodCall>"
#define P(v) "<param><value>" v "</value></param>"

static void parser_cases(void)
{
    cmsguard_xmlrpc_call_t *c;
    cmsguard_xmlrpc_error_t err;
    const cmsguard_xv_t *v, *m;
    const char *b;

    b = CALL("wp.newPost", P("<int>1</int>") P("admin") P("<string>s&amp;cr&#101;t</string>")
             P("<struct><member><name>post_content</name><value><string>"
               "&lt;script&gt;x()&lt;/script&gt;</string></value></member>"
               "<member><name>bits</name><value><base64>aGVs\nbG8=</base64></value></member>"
               "</struct>"));
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err), 0,
           "a typical wp.newPost parses");
    is_str(c->method, "wp.newPost", "methodName");
    is_int(c->params->nelts, 4, "four params");
    v = APR_ARRAY_IDX(c->params, 1, cmsguard_xv_t *);
    ok(v->type == CMSGUARD_XV_STRING && !strcmp(v->data, "admin"),
       "untyped <value> text is a string");
    v = APR_ARRAY_IDX(c->params, 2, cmsguard_xv_t *);
    is_str(v->data, "s&cret", "predefined and numeric references decoded");
    v = APR_ARRAY_IDX(c->params, 3, cmsguard_xv_t *);
    m = cmsguard_xv_member(v, "post_content");
    is_str(m ? m->data : NULL, "<script>x()</script>", "escaped HTML in a struct");
    m = cmsguard_xv_member(v, "bits");
    ok(m && m->type == CMSGUARD_XV_BASE64 && m->len == 5
       && !memcmp(m->data, "hello", 5), "base64 decoded across a line break");

    b = "<methodCall><methodName>ping<!-- x -->back<![CDATA[.]]>p&#105;ng"
        "</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err), 0,
           "comment, CDATA and char refs inside methodName");
    is_str(c->method, "pingback.ping", "are read as the CMS reads them");

    b = "<?xml version=\"1.0\"?><!DOCTYPE methodCall><methodCall>"
        "<methodName>x</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EDTD, "a bare DOCTYPE is refused");
    b = "<methodCall><methodName>&xxe;</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EDTD, "an undeclared entity is refused");
    b = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><methodCall/>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EENCODING, "encoding=UTF-16 is refused");
    b = "\xff\xfe<\0m\0";
    is_int(cmsguard_xmlrpc_parse(p, b, 6, NULL, &c, &err),
           CMSGUARD_XMLRPC_EENCODING, "a UTF-16 byte-order mark is refused");
    b = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><methodCall>"
        "<methodName>demo.sayHello</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err), 0,
           "ISO-8859-1 declared on a 7-bit body reads the same: accepted");
    b = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><methodCall>"
        "<methodName>caf\xe9</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EENCODING, "ISO-8859-1 with 8-bit bytes is refused");
    {
        cmsguard_xmlrpc_limits_t lim = CMSGUARD_XMLRPC_DEFAULT_LIMITS;
        lim.allow_latin1 = 1;
        is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), &lim, &c, &err), 0,
               "... unless allowed");
        is_str(c ? c->method : NULL, "caf\xc3\xa9", "and then read as UTF-8");
    }
    b = "<methodCall><methodName>x</methodName>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EMALFORMED, "unclosed methodCall is malformed");
    ok(err.msg && *err.msg, "with a reason: %s", err.msg);
    is_int(cmsguard_xmlrpc_parse(p, "", 0, NULL, &c, &err),
           CMSGUARD_XMLRPC_EMALFORMED, "an empty body is malformed");
    b = "action=login&user=x";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EMALFORMED, "a form body is not XML-RPC");
    b = "<methodCall><methodName>x</methodName></methodCall><x/>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EMALFORMED, "trailing content is refused");
    b = "<methodCall><methodName>a\xff</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EMALFORMED, "invalid UTF-8 is refused");
    b = "<methodCall><methodName>&#x77;&#x50;&#x2E;&#x4d;&#65;</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err), 0,
           "hex references with digits in either case parse");
    is_str(c ? c->method : NULL, "wP.MA", "... to their characters");
    b = "<methodCall><methodName>&#x4g;</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EMALFORMED, "a hex reference with a non-hex digit is malformed");
    b = "<methodCall><methodName>&#6a;</methodName></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err),
           CMSGUARD_XMLRPC_EMALFORMED, "... and a decimal one with a letter");
    {
        char *deep = apr_pstrdup(p, "<methodCall><methodName>x</methodName><params><param><value>");
        int i;
        for (i = 0; i < 40; i++)
            deep = apr_pstrcat(p, deep, "<array><data><value>", NULL);
        is_int(cmsguard_xmlrpc_parse(p, deep, strlen(deep), NULL, &c, &err),
               CMSGUARD_XMLRPC_ELIMIT, "40 nested arrays exceed the depth limit");
    }
    b = "<methodCall xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
        "<methodName>x</methodName><params><param><value><ex:nil/></value></param>"
        "<param><value><ex:i8>5</ex:i8></value></param></params></methodCall>";
    is_int(cmsguard_xmlrpc_parse(p, b, strlen(b), NULL, &c, &err), 0,
           "Apache XML-RPC's ex:nil and ex:i8 with a namespace attribute");
}

static void policy_cases(void)
{
    char *mc;
    int i;

    is_str(verdict(CMSGUARD_XR_WORDPRESS, CALL("wp.getUsersBlogs", P("admin") P("pw"))),
           "pass", "wp.getUsersBlogs passes");
    is_str(verdict(CMSGUARD_XR_WORDPRESS, CALL("wp.evilMethod", "")),
           "2010", "an unknown WordPress method is refused");
    is_str(verdict(CMSGUARD_XR_WORDPRESS, CALL("jetpack.featuresEnabled", "")),
           "pass", "Jetpack's methods are part of the WordPress profile");
    is_str(verdict(CMSGUARD_XR_MOVABLETYPE, CALL("mt.handler_to_coderef", P("<base64>YGlkYA==</base64>"))),
           "2010", "CVE-2021-20837: mt.handler_to_coderef is not MT's API");
    is_str(verdict(CMSGUARD_XR_MOVABLETYPE, CALL("/mt.handler_to_coderef", "")),
           "2010", "CVE-2022-38078: a URI-style prefix is not MT's API");
    is_str(verdict(CMSGUARD_XR_MOVABLETYPE, CALL("mt.publishPost", P("1`id`") P("u") P("p"))),
           "2030", "a backtick in an MT id parameter");
    is_str(verdict(CMSGUARD_XR_MOVABLETYPE, CALL("mt.publishPost", P("<base64>MTtpZA==</base64>") P("u") P("p"))),
           "2030", "a base64-hidden semicolon in an MT id parameter");
    is_str(verdict(CMSGUARD_XR_MOVABLETYPE,
                   CALL("metaWeblog.newPost", P("1") P("u") P("p`;|")
                        P("<struct><member><name>description</name><value>run `rm -rf /`; echo $(id) | sh</value></member></struct>")
                        P("<boolean>1</boolean>"))),
           "pass", "shell text in an MT post body and password passes");
    is_str(verdict(CMSGUARD_XR_WORDPRESS, CALL("pingback.ping", P("http://example.org/") P("http://blog/p/1"))),
           "2012", "pingback.ping is off by default");
    {
        cmsguard_xr_policy_t pol = policy(CMSGUARD_XR_WORDPRESS);
        apr_array_header_t *rules = apr_array_make(p, 2, sizeof(cmsguard_xr_rule_t));
        cmsguard_xr_rule_t *r = apr_array_push(rules);
        cmsguard_verdict_t v;
        static const struct { const char *url; int bad; } urls[] = {
            {"http://example.org/post", 0}, {"https://93.184.216.34/", 0},
            {"http://127.0.0.1/", 1}, {"http://2130706433/", 1},
            {"http://0x7f.1/", 1}, {"http://0177.0.0.1/", 1},
            {"http://[::1]/", 1}, {"http://[::ffff:127.0.0.1]/", 1},
            {"http://169.254.169.254/latest/meta-data/", 1},
            {"http://10.1.2.3:8080/", 1}, {"http://192.168.0.1/", 1},
            {"http://172.20.0.1/", 1}, {"http://localhost/", 1},
            {"http://LOCALHOST./", 1}, {"http://user@127.0.0.1/", 1},
            {"http://intranet/", 1}, {"file:///etc/passwd", 1},
            {"gopher://example.org/", 1}, {"http://metadata.google.internal/", 1},
            {"http://[fe80::1%25eth0]/", 1}, {"http://0/", 1},
        };
        apr_size_t k;

        r->pattern = "pingback.ping";
        r->allow = 1;
        pol.rules = rules;
        for (k = 0; k < sizeof(urls) / sizeof(urls[0]); k++) {
            const char *b = apr_psprintf(p, CALL("pingback.ping", P("%s") P("http://blog/p/1")), urls[k].url);
            int blocked = cmsguard_xmlrpc_check(p, &pol, b, strlen(b), &v, NULL);
            ok(blocked == urls[k].bad && (!blocked || !strcmp(v.rule_id, "2013")),
               "allowed pingback, source %s: %s", urls[k].url,
               urls[k].bad ? "refused (2013)" : "passes");
        }
        {
            const char *b = CALL("pingback.ping", P("http://admin:hunter2@127.0.0.1/") P("http://blog/p/1"));
            cmsguard_xmlrpc_check(p, &pol, b, strlen(b), &v, NULL);
            ok(v.excerpt && !strstr(v.excerpt, "hunter2")
               && strstr(v.excerpt, "http://***@127.0.0.1/"),
               "a password in a pingback URL is masked in the excerpt: %s",
               v.excerpt ? v.excerpt : "(none)");
        }
        r = apr_array_push(rules);
        r->pattern = "wp.*";
        r->allow = 0;
        is_int(cmsguard_xmlrpc_check(p, &pol, CALL("wp.getPosts", ""), strlen(CALL("wp.getPosts", "")), &v, NULL), 1,
               "CMSGuardXmlrpcDeny wp.* refuses wp.getPosts");
        is_str(v.rule_id, "2011", "as a configured denial");
    }

    mc = apr_pstrdup(p, "<methodCall><methodName>system.multicall</methodName><params><param><value><array><data>");
    for (i = 0; i < 3; i++)
        mc = apr_psprintf(p, "%s<value><struct><member><name>methodName</name><value>wp.getUsersBlogs</value></member>"
                          "<member><name>params</name><value><array><data><value>admin</value><value>guess%d</value>"
                          "</data></array></value></member></struct></value>", mc, i);
    mc = apr_pstrcat(p, mc, "</data></array></value></param></params></methodCall>", NULL);
    is_str(verdict(CMSGUARD_XR_WORDPRESS, mc), "2022",
           "system.multicall with 3 password guesses is refused");
    mc = apr_pstrdup(p, "<methodCall><methodName>system.multicall</methodName><params><param><value><array><data>");
    for (i = 0; i < 3; i++)
        mc = apr_psprintf(p, "%s<value><struct><member><name>methodName</name><value>wp.getUsersBlogs</value></member>"
                          "<member><name>params</name><value><array><data><value><array><data><value>admin</value>"
                          "<value>guess%d</value></data></array></value></data></array></value></member></struct></value>", mc, i);
    mc = apr_pstrcat(p, mc, "</data></array></value></param></params></methodCall>", NULL);
    is_str(verdict(CMSGUARD_XR_WORDPRESS, mc), "2022",
           "guesses wrapped as params [[user, pass]] (IXR unwraps them) are counted too");
    is_str(verdict(CMSGUARD_XR_WORDPRESS,
                   "<methodCall><methodName>system.multicall</methodName><params><param><value><array><data>"
                   "<value><struct><member><name>methodName</name><value>wp.getPosts</value></member>"
                   "<member><name>params</name><value><array><data><value>1</value><value>admin</value><value>pw</value></data></array></value></member></struct></value>"
                   "<value><struct><member><name>methodName</name><value>wp.getProfile</value></member>"
                   "<member><name>params</name><value><array><data><value>1</value><value>admin</value><value>pw</value></data></array></value></member></struct></value>"
                   "</data></array></value></param></params></methodCall>"),
           "pass", "a multicall with one user's credentials passes");
    is_str(verdict(CMSGUARD_XR_WORDPRESS,
                   "<methodCall><methodName>system.multicall</methodName><params><param><value><array><data>"
                   "<value><struct><member><name>methodName</name><value>system.multicall</value></member>"
                   "<member><name>params</name><value><array><data></data></array></value></member></struct></value>"
                   "</data></array></value></param></params></methodCall>"),
           "2020", "nested system.multicall is refused");
    is_str(verdict(CMSGUARD_XR_WORDPRESS,
                   "<methodCall><methodName>system.multicall</methodName><params><param><value><array><data>"
                   "<value><struct><member><name>methodName</name><value>pingback.ping</value></member></struct></value>"
                   "</data></array></value></param></params></methodCall>"),
           "2012", "a disabled method inside multicall is refused");
}

/* --- the corpus, judged by the engine alone --------------------------- */

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

static char *dechunk(const char *b, apr_size_t len, apr_size_t *out_len)
{
    char *out = apr_palloc(p, len + 1);
    apr_size_t o = 0, i = 0;

    while (i < len) {
        unsigned long n = strtoul(b + i, NULL, 16);
        const char *nl = strstr(b + i, "\r\n");
        if (!nl || n == 0)
            break;
        i = (apr_size_t)(nl - b) + 2;
        memcpy(out + o, b + i, n);
        o += n;
        i += n + 2;
    }
    *out_len = o;
    return out;
}

static void corpus(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;

    ok(d != NULL, "corpus directory %s", dir);
    if (!d)
        return;
    while ((e = readdir(d))) {
        apr_size_t len, jlen, blen;
        char *raw, *json, *body, *path, *sp;
        const char *name = e->d_name, *head_end, *expect;
        cmsguard_xr_profile_e prof;
        cmsguard_xr_policy_t pol;
        cmsguard_verdict_t v;
        int blocked;
        apr_size_t nl = strlen(name);

        if (nl < 6 || strcmp(name + nl - 5, ".http"))
            continue;
        raw = slurp(apr_pstrcat(p, dir, "/", name, NULL), &len);
        json = slurp(apr_pstrcat(p, dir, "/", apr_pstrmemdup(p, name, nl - 5), ".json", NULL), &jlen);
        if (!raw || !json)
            continue;
        expect = strstr(json, "\"expect\": \"block\"") ? "block" : "pass";
        head_end = strstr(raw, "\r\n\r\n");
        if (!head_end)
            continue;
        body = (char *)head_end + 4;
        blen = len - (apr_size_t)(body - raw);
        if (strcasestr(apr_pstrmemdup(p, raw, (apr_size_t)(head_end - raw)),
                       "transfer-encoding: chunked"))
            body = dechunk(body, blen, &blen);
        sp = strchr(raw, ' ');
        path = apr_pstrmemdup(p, sp + 1, strcspn(sp + 1, " ?"));
        path = cmsguard_path_canon(p, path, 0);
        prof = cmsguard_path_has_segment(path, "mt-xmlrpc.cgi") ? CMSGUARD_XR_MOVABLETYPE
             : cmsguard_path_has_segment(path, "xmlrpc.php") ? CMSGUARD_XR_WORDPRESS
             : CMSGUARD_XR_NONE;
        if (prof == CMSGUARD_XR_NONE) {
            ok(!strcmp(expect, "pass"), "%s: not an endpoint (%s), expected %s", name, path, expect);
            continue;
        }
        pol = policy(prof);
        if (strstr(json, "CMSGuardXmlrpcAllow pingback.ping")) {
            apr_array_header_t *rules = apr_array_make(p, 1, sizeof(cmsguard_xr_rule_t));
            cmsguard_xr_rule_t *r = apr_array_push(rules);
            r->pattern = "pingback.ping";
            r->allow = 1;
            ok(cmsguard_xmlrpc_check(p, &pol, body, blen, &v, NULL)
               && !strcmp(v.rule_id, "2012"),
               "corpus %s: refused by default (pingback off)", name);
            pol.rules = rules;
        }
        blocked = cmsguard_xmlrpc_check(p, &pol, body, blen, &v, NULL);
        ok(blocked == !strcmp(expect, "block"), "corpus %s: %s%s%s", name,
           blocked ? "blocked by " : "passed", blocked ? v.rule_id : "",
           blocked ? apr_psprintf(p, " (%s)", v.msg) : "");
        n++;
    }
    closedir(d);
    ok(n >= 100, "judged %d corpus cases", n);
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&p, NULL);
    parser_cases();
    policy_cases();
    corpus(getenv("CMSGUARD_CORPUS") ? getenv("CMSGUARD_CORPUS") : "t/corpus/xmlrpc");
    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
