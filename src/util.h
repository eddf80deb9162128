/* Small parsers shared by the module's directives and the CLI. */
#ifndef CMSGUARD_UTIL_H
#define CMSGUARD_UTIL_H

#include <apr_pools.h>

/* Parse "1048576", "512K", "8M", "1G" (binary multiples, case-insensitive)
 * into *out. Returns NULL or a message saying what is wrong. */
const char *cmsguard_parse_size(apr_pool_t *p, const char *arg,
                                apr_off_t min, apr_off_t max,
                                apr_off_t *out);

/* Lenient base64 (standard and URL-safe alphabets): whitespace and
 * padding skipped, other bytes skipped and counted in *bad. */
char *cmsguard_base64_decode(apr_pool_t *p, const char *in, apr_size_t n,
                             apr_size_t *out_len, int *bad);

/* The byte of needle least likely in a request body (not a letter, digit
 * or base64 character if it has one): where cmsguard_contains looks
 * first. Computed once per needle. */
apr_size_t cmsguard_rare_index(const char *needle, apr_size_t n);

/* Whether needle occurs in hay: memchr (vectorised) for the needle's
 * rare byte, then a compare; after many false hits, memmem on the rest.
 * A marker such as "_IWP_JSON_PREFIX_" is then looked for in a 200 KB
 * base64 upload at memchr's speed, not byte by byte. */
int cmsguard_contains(const char *hay, apr_size_t hl, const char *needle,
                      apr_size_t nl, apr_size_t rare);

#endif
