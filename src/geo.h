/* Country of an address from a MaxMind DB (GeoLite2/GeoIP2 Country or
 * City, or any DB with country.iso_code). The DB is mmap'ed once per
 * configuration generation and shared read-only by every child and
 * thread; libmaxminddb lookups on a shared MMDB_s are thread-safe. */
#ifndef CMSGUARD_GEO_H
#define CMSGUARD_GEO_H

#include <apr_pools.h>
#include <apr_network_io.h>

typedef struct cmsguard_geo_t cmsguard_geo_t;

/* Opens path; closed by a cleanup on p. Returns NULL or what is wrong. */
const char *cmsguard_geo_open(apr_pool_t *p, const char *path,
                              cmsguard_geo_t **out);
/* ISO 3166 alpha-2 code ("JP"), or NULL when the DB has no country for
 * the address (private ranges, unknown). */
const char *cmsguard_geo_country(apr_pool_t *p, const cmsguard_geo_t *g,
                                 const apr_sockaddr_t *sa);
/* A country code as an operator writes it ("jp", "JP"): two ASCII
 * letters, written upper-case and NUL-terminated to out. 0 if w is not
 * one. CMSGuardAdminAllow and Require cmsguard-country both read codes
 * with it, so they agree on what a code is. */
int cmsguard_geo_code(const char *w, char out[3]);
/* "GeoLite2-Country 2026-11-17" for status pages and logs. */
const char *cmsguard_geo_describe(apr_pool_t *p, const cmsguard_geo_t *g);

/* What the status page shows: the path, the database type
 * ("GeoLite2-Country") and the MMDB metadata's build_epoch. */
void cmsguard_geo_meta(const cmsguard_geo_t *g, const char **path,
                       const char **type, apr_int64_t *build_epoch);

#endif
