#include <string.h>

#include "ascii.h"

const char *cmsguard_casestr(const char *hay, const char *needle)
{
    apr_size_t n = strlen(needle);

    for (; *hay; hay++)
        if (!apr_cstr_casecmpn(hay, needle, n))
            return hay;
    return n ? NULL : hay;
}
