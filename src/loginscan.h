/* Failed logins, read from the CMS's own answers.
 *
 * WordPress answers a wrong password on XML-RPC with HTTP 200 and a fault
 * struct whose faultCode is 403 - once per system.multicall member - and
 * on wp-login.php with 200 and the form again, carrying a login_error box
 * (a right password redirects). Both scanners take the response in the
 * pieces an output filter sees it and keep constant state, so a response
 * of any size costs one pass and no copy.
 */
#ifndef CMSGUARD_LOGINSCAN_H
#define CMSGUARD_LOGINSCAN_H

#include <apr.h>

#define CMSGUARD_FAULTSCAN_MAX 256   /* members whose faults are kept */

typedef struct {
    int code;                 /* the faultCode that means "bad login" */
    /* out */
    int faults;               /* fault structs with that code */
    int top_fault;            /* the whole response is such a fault */
    int members[CMSGUARD_FAULTSCAN_MAX]; /* multicall index of each fault */
    int nmembers;
    /* tokenizer state */
    int state;
    int depth;
    int data_depth;           /* depth of the multicall result array */
    int member;               /* index of the current result, -1 before */
    int in_params, in_fault;
    int after_faultcode;      /* last <name> was faultCode */
    int closing, slash;
    char tag[16];
    apr_size_t taglen;
    char text[24];
    apr_size_t textlen;
    int text_over;
} cmsguard_faultscan_t;

void cmsguard_faultscan_init(cmsguard_faultscan_t *s, int code);
void cmsguard_faultscan_feed(cmsguard_faultscan_t *s, const char *d,
                             apr_size_t n);

/* A fixed string found across pieces. */
typedef struct {
    const char *needle;
    apr_size_t len;           /* at most 63 */
    apr_size_t matched;       /* bytes of needle matched at the end so far */
    unsigned char fail[64];   /* KMP: longest proper border of needle[0..i] */
    int found;
} cmsguard_find_t;

void cmsguard_find_init(cmsguard_find_t *f, const char *needle);
void cmsguard_find_feed(cmsguard_find_t *f, const char *d, apr_size_t n);

#endif
