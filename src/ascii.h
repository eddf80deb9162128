/* Case folding and letter classes for matching, in ASCII whatever the
 * process locale.
 *
 * Under mod_php a script's setlocale() changes the locale of the whole
 * httpd process, every thread included. In a Turkish locale tolower('I')
 * is not 'i' and strcasecmp("WP-ADMIN", "wp-admin") is not 0, so folding
 * through the C library would let "UNION" past a |lower rule, or an
 * upper-case admin path past the guard. In a single-byte locale
 * (ISO-8859-1, -9, -15) isalnum() is true for 65-72 bytes above 0x7f, so
 * a word-boundary test such as the XML-RPC policy's "qx" would let a
 * delimiter like 0xC3 through. The engine and the glue fold and classify
 * with these only; t/unit.t fails on a C-library fold or letter class in
 * src/ or the glue, and t/unit/locale.c runs those paths under
 * tr_TR.UTF-8 and tr_TR.ISO-8859-9. isspace, isdigit and isxdigit gave
 * the C locale's answers for every byte in glibc's tr_TR.ISO-8859-9,
 * de_DE.ISO-8859-1 and fr_FR.ISO-8859-15, so apr_isspace and friends
 * stay. */
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

static APR_INLINE int cmsguard_isalpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static APR_INLINE int cmsguard_isalnum(int c)
{
    return cmsguard_isalpha(c) || (c >= '0' && c <= '9');
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
