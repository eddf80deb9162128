/* Canonical request path: the one form every policy matches.
 *
 * httpd has already collapsed "." and ".." in r->uri, but policies are also
 * run by the CLI on raw requests, and a path may reach httpd through
 * proxies that decode differently; so the engine does the whole job on the
 * raw path: percent-decoding, backslashes, ";" parameters, "//", "/./",
 * "/../", trailing dots and spaces of segments (Windows), optional case
 * folding.
 */
#ifndef CMSGUARD_PATH_H
#define CMSGUARD_PATH_H

#include <apr_pools.h>

#define CMSGUARD_PATH_FOLD_CASE 0x1

/* raw is the path part of the URI (no query). Never fails: bytes that
 * cannot be decoded are kept as they are. */
char *cmsguard_path_canon(apr_pool_t *p, const char *raw, int flags);

/* The same, always the long way: without the shortcut for a path that is
 * already canonical. The reference the tests compare the shortcut with. */
char *cmsguard_path_canon_full(apr_pool_t *p, const char *raw, int flags);

/* Decode %XX once (and '+' as space when form is set), as PHP and CGI
 * libraries decode query strings and form fields. The result is
 * NUL-terminated and may hold NULs (%00); out_len, if given, gets its
 * length. */
char *cmsguard_url_decode(apr_pool_t *p, const char *s, apr_size_t len,
                          int form, apr_size_t *out_len);

/* 1 if some segment of canonical path equals name, ignoring case. */
int cmsguard_path_has_segment(const char *path, const char *name);

/* The local file behind httpd's r->filename: the name itself, or for a
 * proxy handler's "proxy:fcgi://host:port/path" the path part (the
 * backend's document root is nearly always the same tree), NULL when
 * that URL has none. */
const char *cmsguard_path_local(const char *filename);

#endif
