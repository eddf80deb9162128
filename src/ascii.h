/* Case folding for matching, in ASCII whatever the process locale.
 *
 * Under mod_php a script's setlocale() changes the locale of the whole
 * httpd process, every thread included. In a Turkish locale tolower('I')
 * is not 'i' and strcasecmp("WP-ADMIN", "wp-admin") is not 0, so folding
 * through the C library would let "UNION" past a |lower rule, or an
 * upper-case admin path past the guard. The engine and the glue fold
 * with these only; t/unit.t fails on a C-library fold in src/ or the glue,
 * and t/unit/locale.c runs the folding paths under tr_TR. */
#ifndef CMSGUARD_ASCII_H
#define CMSGUARD_ASCII_H

#include <apr.h>
#include <apr_cstr.h>   /* apr_cstr_casecmp(n): ASCII, not the locale */

static APR_INLINE int cmsguard_tolower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static APR_INLINE int cmsguard_toupper(int c)
{
    return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

/* The value of a hex digit (either case), or -1 */
static APR_INLINE int cmsguard_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = cmsguard_tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* strstr ignoring ASCII case; NULL if needle is not in hay */
const char *cmsguard_casestr(const char *hay, const char *needle);

#endif
