/* libFuzzer target: what comes back from a shared ban store and what a
 * CMS answers to a login. Invariants: the failed-login scanners give the
 * same result however the response is split into pieces (an output
 * filter sees arbitrary bucket boundaries), the error-box finder agrees
 * with a plain search of the whole response, and any bytes a store hands
 * back decode to a sane window or ban (or to nothing). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>

#include "ban.h"
#include "loginscan.h"

static const char needle[] = "id=\"login_error\"";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static cmsguard_faultscan_t whole, split;
    cmsguard_find_t fw, fs;
    unsigned char out[CMSGUARD_WINDOW_SIZE(CMSGUARD_BAN_EVENTS_MAX)];
    apr_size_t outlen = 0, i, step;
    const char *d;
    cmsguard_ban_t b;
    int held, n, t;

    if (size < 3)
        return 0;
    step = (size_t)data[0] % 17 + 1;
    n = data[1] % 20 + 1;
    t = data[2] % 100;
    d = (const char *)data + 3;
    size -= 3;

    cmsguard_faultscan_init(&whole, 403);
    cmsguard_faultscan_init(&split, 403);
    cmsguard_faultscan_feed(&whole, d, size);
    for (i = 0; i < size; i += step)
        cmsguard_faultscan_feed(&split, d + i, size - i < step ? size - i : step);
    if (whole.faults != split.faults || whole.nmembers != split.nmembers
        || whole.top_fault != split.top_fault
        || memcmp(whole.members, split.members,
                  sizeof(int) * (size_t)whole.nmembers)
        || whole.nmembers > CMSGUARD_FAULTSCAN_MAX
        || (whole.faults < CMSGUARD_FAULTSCAN_MAX
            && whole.nmembers != whole.faults))
        abort();

    cmsguard_find_init(&fw, needle);
    cmsguard_find_init(&fs, needle);
    cmsguard_find_feed(&fw, d, size);
    for (i = 0; i < size; i += step)
        cmsguard_find_feed(&fs, d + i, size - i < step ? size - i : step);
    if (fw.found != fs.found
        || fw.found != (memmem(d, size, needle, sizeof(needle) - 1) != NULL))
        abort();

    /* the input as a record from the store */
    held = cmsguard_window_add((const unsigned char *)d, size, 100000, n, t,
                               out, &outlen);
    if (held < 1 || held > n || outlen != CMSGUARD_WINDOW_SIZE(held))
        abort();
    /* what we wrote reads back as itself plus one */
    {
        unsigned char again[sizeof(out)];
        apr_size_t againlen;
        int h2 = cmsguard_window_add(out, outlen, 100000, n, t, again,
                                     &againlen);
        if (h2 != (held < n ? held + 1 : n))
            abort();
    }
    if (cmsguard_ban_decode((const unsigned char *)d, size, &b)) {
        unsigned char rec[CMSGUARD_BAN_REC_LEN];
        cmsguard_ban_t b2;
        if (size != CMSGUARD_BAN_REC_LEN || b.until < b.since)
            abort();
        cmsguard_ban_encode(&b, rec);
        if (!cmsguard_ban_decode(rec, sizeof(rec), &b2) || b2.until != b.until
            || b2.since != b.since || b2.reason != b.reason
            || b2.events != b.events)
            abort();
    }
    return 0;
}
