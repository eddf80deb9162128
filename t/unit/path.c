/* Specification of the canonical path (src/path.c). */
#include <string.h>
#include <apr_general.h>

#include "tap.h"
#include "path.h"

int main(void)
{
    apr_pool_t *p;
    static const struct { const char *raw, *want; int flags; } cases[] = {
        {"/wp-login.php", "/wp-login.php", 0},
        {"/", "/", 0},
        {"", "/", 0},
        {"//wp-login.php", "/wp-login.php", 0},
        {"/./wp-login.php", "/wp-login.php", 0},
        {"/x/../wp-login.php", "/wp-login.php", 0},
        {"/../../wp-login.php", "/wp-login.php", 0},
        {"/wp-admin/", "/wp-admin/", 0},
        {"/wp-admin//", "/wp-admin/", 0},
        {"/%77p-login.php", "/wp-login.php", 0},
        {"/wp%2dlogin%2Ephp", "/wp-login.php", 0},
        {"/%2e%2e/wp-login.php", "/wp-login.php", 0},
        {"/x/%2e%2e%2fwp-login.php", "/wp-login.php", 0},
        {"/wp-admin%2findex.php", "/wp-admin/index.php", 0},
        {"/wp-login.php;jsessionid=1", "/wp-login.php", 0},
        {"/wp-login.php.", "/wp-login.php", 0},
        {"/wp-login.php. . ", "/wp-login.php", 0},
        {"/wp-admin\\index.php", "/wp-admin/index.php", 0},
        {"/WP-Login.PHP", "/WP-Login.PHP", 0},
        {"/WP-Login.PHP", "/wp-login.php", CMSGUARD_PATH_FOLD_CASE},
        {"/a%zzb", "/a%zzb", 0},
        {"/a%2", "/a%2", 0},
        {"/xmlrpc.php%00.jpg", "/xmlrpc.php/.jpg", 0},
        {"/%2577p-login.php", "/%77p-login.php", 0},
    };
    apr_size_t i;

    apr_initialize();
    apr_pool_create(&p, NULL);
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        is_str(cmsguard_path_canon(p, cases[i].raw, cases[i].flags),
               cases[i].want, "canon(\"%s\")", cases[i].raw);

    /* the shortcut for already canonical paths against the long way:
     * every string of up to 6 bytes over the bytes that matter to it */
    {
        static const char alpha[] = "/.aA%2e; \\";
        const apr_size_t na = sizeof(alpha) - 1;
        char buf[8];
        apr_size_t len, k, total, differ = 0, tried = 0;

        for (len = 0; len <= 6; len++) {
            for (total = 1, k = 0; k < len; k++)
                total *= na;
            for (i = 0; i < total; i++) {
                apr_size_t v = i;
                int f;
                for (k = 0; k < len; k++, v /= na)
                    buf[k] = alpha[v % na];
                buf[len] = '\0';
                for (f = 0; f <= CMSGUARD_PATH_FOLD_CASE; f++) {
                    apr_pool_t *q;
                    apr_pool_create(&q, p);
                    if (strcmp(cmsguard_path_canon(q, buf, f),
                               cmsguard_path_canon_full(q, buf, f))
                        && differ++ < 5)
                        printf("# differs: \"%s\" flags %d\n", buf, f);
                    tried++;
                    apr_pool_destroy(q);
                }
            }
        }
        ok(differ == 0, "shortcut and long way agree on %lu paths",
           (unsigned long)tried);
    }

    ok(cmsguard_path_has_segment("/blog/xmlrpc.php", "xmlrpc.php"),
       "segment at depth");
    ok(cmsguard_path_has_segment("/xmlrpc.php/x", "xmlrpc.php"),
       "segment followed by path-info");
    ok(cmsguard_path_has_segment("/XMLRPC.PHP", "xmlrpc.php"),
       "segment compare ignores case");
    ok(!cmsguard_path_has_segment("/xmlrpc.php.jpg", "xmlrpc.php"),
       "a longer name is another file");
    ok(!cmsguard_path_has_segment("/myxmlrpc.php", "xmlrpc.php"),
       "a prefixed name is another file");

    ok(!strcmp(cmsguard_path_local("/var/www/wp/xmlrpc.php"),
               "/var/www/wp/xmlrpc.php"), "a local file name is itself");
    ok(!strcmp(cmsguard_path_local("proxy:fcgi://127.0.0.1:9000/var/www/wp/x.php"),
               "/var/www/wp/x.php"), "a proxy handler's URL gives its path");
    ok(!strcmp(cmsguard_path_local("proxy:unix:/run/php/fpm.sock|fcgi://localhost/srv/a.php"),
               "/srv/a.php"), "... also through a unix socket");
    ok(cmsguard_path_local("proxy:fcgi://127.0.0.1:9000") == NULL,
       "... and none when the URL has no path");
    ok(!strcmp(cmsguard_path_local("/srv/odd://name.php"), "/srv/odd://name.php"),
       "only a proxy: name is read as a URL");
    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
