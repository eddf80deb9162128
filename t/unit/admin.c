/* Specification of address lists (src/ipmatch.c), admin presets
 * (src/admin.c) and form parsing (src/form.c). */
#include <apr_general.h>
#include <apr_strings.h>
#include <arpa/inet.h>

#include "tap.h"
#include "ipmatch.h"
#include "admin.h"
#include "form.h"
#include "path.h"
#include "geo.h"

static apr_pool_t *p;

static int addr_in(const char *cidr, const char *addr)
{
    cmsguard_cidr_t c;
    unsigned char a[16];
    struct in_addr v4;

    if (cmsguard_cidr_parse(p, cidr, &c))
        return -1;
    if (inet_pton(AF_INET, addr, &v4) == 1) {
        memset(a, 0, 10);
        a[10] = a[11] = 0xff;
        memcpy(a + 12, &v4, 4);
    }
    else if (inet_pton(AF_INET6, addr, a) != 1) {
        return -2;
    }
    return cmsguard_cidr_match(&c, a);
}

static const char *adm(unsigned presets, const char *raw, const char *query)
{
    cmsguard_admin_policy_t pol = { presets, NULL, NULL, 0 };
    const char *hit = cmsguard_admin_match(p, &pol, cmsguard_path_canon(p, raw, 0),
                                           NULL, query);
    return hit ? hit : "public";
}

/* cmsguard_admin_match's shortcut (no preset word in the path, no script
 * file, no extra paths) against the long way, over every path of up to
 * three segments from words the presets look at (and near misses, in
 * mixed case), each preset combination, both case modes and several
 * mapped files. */
static void shortcut_is_exact(void)
{
    static const char *const words[] = {
        "x", "wp-admin", "WP-Admin", "wp-login.PHP", "wp-adminx", "mt.cgi", "MT.CGI",
        "a.cgi", "cgi", "administrator", "Installation", "API", "index.php",
        "css", "admin-ajax.php", NULL
    };
    static const char *const files[] = {
        NULL, "/var/www/x.html", "/var/www/wp-login.php",
        "proxy:fcgi://127.0.0.1:9000/var/www/mt.CGI", NULL
    };
    int nw = 0, i, j, k, f, cs, n = 0, taken = 0, bad = 0;
    unsigned which;
    apr_pool_t *sub;

    apr_pool_create(&sub, p);
    while (words[nw])
        nw++;
    for (i = 0; i < nw; i++)
        for (j = -1; j < nw; j++)
            for (k = -1; k < nw; k++) {
                const char *raw, *canon;

                if (j < 0 && k >= 0)
                    continue;
                apr_pool_clear(sub);
                raw = apr_pstrcat(sub, "/", words[i], j >= 0 ? "/" : "", j >= 0 ? words[j] : "",
                                  k >= 0 ? "/" : "", k >= 0 ? words[k] : "", NULL);
                canon = cmsguard_path_canon(sub, raw, 0);
                for (which = 0; which <= CMSGUARD_CMS_ALL; which++)
                    for (cs = 0; cs < 2; cs++)
                        for (f = 0; f < 4; f++) {
                            cmsguard_admin_policy_t pol = { which, NULL, NULL, cs };
                            const char *a = cmsguard_admin_match(sub, &pol, canon, files[f], "q=admin");
                            const char *b = cmsguard_admin_match_full(sub, &pol, canon, files[f], "q=admin");
                            n++;
                            taken += !a && !b;
                            if ((a == NULL) != (b == NULL) || (a && strcmp(a, b))) {
                                if (bad++ < 5)
                                    printf("# %s presets %#x cs %d file %s: %s / %s\n", raw, which,
                                           cs, files[f] ? files[f] : "-", a ? a : "-", b ? b : "-");
                            }
                        }
            }
    apr_pool_destroy(sub);
    ok(n > 500000 && !bad, "admin shortcut: %d cases, %d public, %d differ from the long way",
       n, taken, bad);
}

int main(void)
{
    cmsguard_cidr_t c;
    apr_array_header_t *f;
    const char *err;
    const cmsguard_form_field_t *fld;

    apr_initialize();
    apr_pool_create(&p, NULL);

    is_int(addr_in("192.0.2.0/24", "192.0.2.77"), 1, "IPv4 in its /24");
    is_int(addr_in("192.0.2.0/24", "192.0.3.1"), 0, "IPv4 outside its /24");
    is_int(addr_in("192.0.2.1", "::ffff:192.0.2.1"), 1,
           "an IPv4-mapped IPv6 client matches an IPv4 rule");
    is_int(addr_in("2001:db8::/32", "2001:db8:1::5"), 1, "IPv6 in its /32");
    is_int(addr_in("2001:db8::/32", "2001:db9::1"), 0, "IPv6 outside its /32");
    is_int(addr_in("::1", "::1"), 1, "IPv6 loopback address");
    is_int(addr_in("0.0.0.0/0", "203.0.113.9"), 1, "0.0.0.0/0 is every IPv4");
    is_int(addr_in("0.0.0.0/0", "2001:db8::1"), 0, "... and no IPv6");
    ok(cmsguard_cidr_parse(p, "192.0.2.1/24", &c) != NULL, "host bits under the prefix are refused");
    ok(cmsguard_cidr_parse(p, "192.0.2.0/33", &c) != NULL, "prefix over 32 is refused");
    ok(cmsguard_cidr_parse(p, "example.com", &c) != NULL, "a host name is refused");

    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/wp-login.php", NULL), "wordpress: wp-login.php", "wp-login.php");
    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/blog/WP-LOGIN.PHP/x", NULL), "wordpress: wp-login.php",
           "at depth, any case, with path-info");
    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/wp-admin/admin-ajax.php", NULL), "public", "admin-ajax.php is public");
    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/wp-admin/index.php/admin-ajax.php", NULL), "wordpress: wp-admin",
           "... but not as path-info of another script");
    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/wp-admin/css/forms.min.css", NULL), "public", "wp-admin styles are public");
    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/wp-admin/css/evil.php", NULL), "wordpress: wp-admin",
           "... a script in the styles folder is not");
    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/wp-admin-tips/", NULL), "public", "a post slug starting wp-admin");
    is_str(adm(CMSGUARD_CMS_MOVABLETYPE, "/cgi-bin/mt/mt.cgi", NULL), "movabletype: mt.cgi", "mt.cgi");
    is_str(adm(CMSGUARD_CMS_MOVABLETYPE, "/cgi-bin/mt/mt-comments.cgi", NULL), "public", "mt-comments.cgi is public");
    is_str(adm(CMSGUARD_CMS_DRUPAL, "/en/admin/config", NULL), "drupal: /admin", "Drupal with a language prefix");
    is_str(adm(CMSGUARD_CMS_DRUPAL, "/index.php/user/login", NULL), "drupal: /user/login", "Drupal via index.php");
    is_str(adm(CMSGUARD_CMS_DRUPAL, "/node/1?q=admin", "q=admin"), "public", "Drupal 8+ ignores ?q=");
    is_str(adm(CMSGUARD_CMS_DRUPAL7, "/", "q=node&q=admin"), "drupal: /admin (?q=)",
           "Drupal 7: the last q wins, as in PHP");
    is_str(adm(CMSGUARD_CMS_DRUPAL7, "/", "%20q=admin%2Fconfig"), "drupal: /admin (?q=)",
           "Drupal 7: a leading space in the name is dropped, as in PHP");
    is_str(adm(CMSGUARD_CMS_DRUPAL7, "/", "q[]=admin"), "public", "Drupal 7: an array q is not a route");
    is_str(adm(CMSGUARD_CMS_JOOMLA, "/administrator/index.php", NULL), "joomla: administrator", "Joomla administrator");
    is_str(adm(CMSGUARD_CMS_JOOMLA, "/index.php/administrator/", NULL), "public",
           "Joomla: administrator as path-info of the site is public");
    is_str(adm(CMSGUARD_CMS_JOOMLA, "/api/index.php/v1/config/application", "public=true"), "joomla: api",
           "Joomla API (CVE-2023-23752)");
    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/administrator/", NULL), "public", "presets apply only when chosen");
    /* past the 16 segments admin_match keeps on the stack */
    is_str(adm(CMSGUARD_CMS_WORDPRESS, "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/WP-Login.php", NULL),
           "wordpress: wp-login.php", "20 segments deep: wp-login.php still seen");
    is_str(adm(CMSGUARD_CMS_DRUPAL, "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/node/7/edit", NULL),
           "drupal: entity edit", "22 segments deep: /node/7/edit still seen");
    {
        cmsguard_admin_policy_t cs = { CMSGUARD_CMS_DRUPAL, NULL, NULL, 1 };
        ok(cmsguard_admin_match(p, &cs, "/Admin", NULL, NULL) == NULL,
           "case-sensitive (CMSGuardAdminCaseFold Off): /Admin is not /admin");
        ok(cmsguard_admin_match(p, &cs, "/admin", NULL, NULL) != NULL,
           "... while /admin still is");
    }

    f = cmsguard_form_parse(p, "application/x-www-form-urlencoded",
                            "form_id=x&a.b=1&+c=2&form%5Fid=user_login&e",
                            strlen("form_id=x&a.b=1&+c=2&form%5Fid=user_login&e"), &err);
    fld = cmsguard_form_get(f, "form_id");
    is_str(fld ? fld->data : NULL, "user_login", "urlencoded: encoded names, the last wins");
    ok(cmsguard_form_get(f, "a_b") != NULL, "a '.' in a name becomes '_' (PHP)");
    ok(cmsguard_form_get(f, "c") != NULL, "a leading space in a name is dropped (PHP)");
    ok(!strcmp(cmsguard_php_name(p, "a.b[c d.e]"), "a_b[c d.e]"),
       "array keys keep their spaces and dots (PHP): %s", cmsguard_php_name(p, "a.b[c d.e]"));
    {
        const char *mp = "--XyZ\r\nContent-Disposition: form-data; name=\"form_id\"\r\n\r\nuser_pass\r\n"
                         "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.php\"\r\n"
                         "Content-Type: image/jpeg\r\n\r\n<?php x\r\n--XyZ--\r\n";
        f = cmsguard_form_parse(p, "multipart/form-data; boundary=XyZ", mp, strlen(mp), &err);
        ok(!err && f && f->nelts == 2, "multipart: two parts");
        fld = cmsguard_form_get(f, "form_id");
        is_str(fld ? fld->data : NULL, "user_pass", "multipart field value");
        fld = cmsguard_form_get(f, "file");
        ok(fld && fld->filename && !strcmp(fld->filename, "a.php") && fld->len == 7
           && !strcmp(fld->ctype, "image/jpeg"), "multipart file name, type and content");
        ok(cmsguard_admin_form(p, CMSGUARD_CMS_DRUPAL, "multipart/form-data; boundary=XyZ", mp, strlen(mp)) != NULL,
           "a Drupal login form in multipart is recognised");
        f = cmsguard_form_parse(p, "multipart/form-data; boundary=XyZ", mp, 60, &err);
        ok(err != NULL, "a cut multipart body is reported: %s", err ? err : "-");
    }
    ok(cmsguard_form_parse(p, "text/xml", "x", 1, &err) == NULL, "not a form: NULL");
    shortcut_is_exact();
    {
        char code[3] = "??";
        ok(cmsguard_geo_code("jp", code) && !strcmp(code, "JP"),
           "country code: jp reads as JP");
        ok(cmsguard_geo_code("De", code) && !strcmp(code, "DE"), "... De as DE");
        ok(!cmsguard_geo_code("j", code) && !cmsguard_geo_code("jpn", code)
           && !cmsguard_geo_code("j1", code) && !cmsguard_geo_code("\xc3\x89", code),
           "... not one letter, three, a digit or a non-ASCII letter");
    }

    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
