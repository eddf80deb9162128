/* Specification of SHA-256, script names and baselines (src/baseline.c). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/stat.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "tap.h"
#include "sha256.h"
#include "baseline.h"

static const char *hex(const char *s, apr_size_t n)
{
    static char out[65];
    cmsguard_sha256_t c;
    cmsguard_sha256_init(&c);
    cmsguard_sha256_update(&c, s, n);
    cmsguard_sha256_hex(&c, out);
    return out;
}

int main(void)
{
    apr_pool_t *p;
    char dir[] = "/tmp/cmsguard-bl-XXXXXX", path[256];
    const char *err;
    apr_array_header_t *e;
    cmsguard_baseline_t *b;
    FILE *f;

    apr_initialize();
    apr_pool_create(&p, NULL);
    /* FIPS 180-4 examples */
    is_str(hex("abc", 3), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "sha256(abc)");
    is_str(hex("", 0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "sha256('')");
    is_str(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56),
           "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", "sha256 of a 56-byte message");

    ok(cmsguard_is_script_name("index.php") && cmsguard_is_script_name("/x/shell.PHTML")
       && cmsguard_is_script_name("a.jpg.php") && cmsguard_is_script_name("x.phar")
       && cmsguard_is_script_name("mt.cgi") && cmsguard_is_script_name(".php")
       && cmsguard_is_script_name("/up/.Inc") && cmsguard_is_script_name("/a.b/c.JSP"), "script names");
    ok(!cmsguard_is_script_name("a.php.jpg") && !cmsguard_is_script_name("readme.txt")
       && !cmsguard_is_script_name("php") && !cmsguard_is_script_name("/x.php/")
       && !cmsguard_is_script_name("/x.php/y") && !cmsguard_is_script_name("a.")
       && !cmsguard_is_script_name("") && !cmsguard_is_script_name("/.")
       && !cmsguard_is_script_name("x.phpx") && !cmsguard_is_script_name("x.html"),
       "non-script names");

    ok(mkdtemp(dir) != NULL, "temp dir");
    snprintf(path, sizeof(path), "%s/sub", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof(path), "%s/sub/b.php", dir);
    f = fopen(path, "w"); fputs("<?php echo 1;", f); fclose(f);
    snprintf(path, sizeof(path), "%s/a.php", dir);
    f = fopen(path, "w"); fputs("abc", f); fclose(f);
    snprintf(path, sizeof(path), "%s/img.jpg", dir);
    f = fopen(path, "w"); fputs("jpg", f); fclose(f);
    e = cmsguard_baseline_scan(p, dir, &err);
    ok(e && e->nelts == 2, "scan finds the two scripts and not the image");
    ok(e && strstr(APR_ARRAY_IDX(e, 0, cmsguard_baseline_entry_t).path, "/a.php")
       && !strcmp(APR_ARRAY_IDX(e, 0, cmsguard_baseline_entry_t).sha256,
                  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
       && APR_ARRAY_IDX(e, 0, cmsguard_baseline_entry_t).size == 3,
       "sorted, with size and digest");

    snprintf(path, sizeof(path), "%s/manifest", dir);
    f = fopen(path, "w");
    fprintf(f, "# c\n%s 3 %s/a.php\n", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", dir);
    fclose(f);
    ok(!cmsguard_baseline_load(p, path, &b) && apr_hash_count(b->entries) == 1, "manifest loads");
    f = fopen(path, "w"); fputs("nonsense\n", f); fclose(f);
    err = cmsguard_baseline_load(p, path, &b);
    ok(err && strstr(err, ":1: "), "a bad manifest line is reported with file:line: %s", err);
    f = fopen(path, "w");
    fprintf(f, "%s 3 relative/a.php\n", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    fclose(f);
    err = cmsguard_baseline_load(p, path, &b);
    ok(err && strstr(err, "absolute"), "relative paths are refused: %s", err);

    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
