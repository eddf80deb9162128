/* Bans: the records behind "N blocks from one address within T seconds
 * refuse it for D seconds".
 *
 * The records live in a store shared by every httpd child and possibly by
 * several servers (an httpd socache: shmcb, redis, memcache). What comes
 * back from a shared store is untrusted bytes, so every decoder here
 * checks length and version and treats anything else as absent. Nothing
 * here does I/O; the glue reads and writes the store.
 */
#ifndef CMSGUARD_BAN_H
#define CMSGUARD_BAN_H

#include <apr_pools.h>

#include "ipmatch.h"

#define CMSGUARD_BAN_V6_PREFIX 64     /* default IPv6 aggregation */
#define CMSGUARD_BAN_EVENTS_MAX 1000  /* largest N a window holds */

/* The block a client address is judged by: an IPv4 address (also in its
 * IPv4-mapped IPv6 form) by v4bits of 32, an IPv6 address by v6bits of
 * 128 (one /64 is one subscriber, who can pick any address in it). */
void cmsguard_ban_block(const unsigned char a16[16], int v4bits, int v6bits,
                        cmsguard_cidr_t *out);

/* "192.0.2.7", "198.51.100.0/24", "2001:db8:1:2::/64" */
const char *cmsguard_ban_block_str(apr_pool_t *p, const cmsguard_cidr_t *b);

/* Store ids: a kind letter and a fixed-size binary key. */
#define CMSGUARD_BAN_ID_LEN 18
#define CMSGUARD_BAN_KIND_BAN     'B'  /* ban record of an address block */
#define CMSGUARD_BAN_KIND_BLOCKS  'C'  /* window of blocked requests */
#define CMSGUARD_BAN_KIND_LOGINS  'L'  /* window of failed logins */
#define CMSGUARD_BAN_KIND_USER    'U'  /* window of failed logins, by user */
void cmsguard_ban_id(unsigned char out[CMSGUARD_BAN_ID_LEN], char kind,
                     const cmsguard_cidr_t *b);
/* A user name's id: the name as WordPress looks it up (trimmed, case
 * folded), hashed, so no user name is kept in the store. */
void cmsguard_ban_user_id(unsigned char out[CMSGUARD_BAN_ID_LEN],
                          const char *user, apr_size_t len);

/* Sliding window of event times (seconds). Encoded size for n events. */
#define CMSGUARD_WINDOW_SIZE(n) (4 + 4 * (apr_size_t)(n))
/* Add an event at now to the window in old (NULL/garbage = empty), keep
 * at most the n newest events no older than t seconds, write the new
 * window to out (CMSGUARD_WINDOW_SIZE(n) bytes) and return how many
 * events it holds, this one included. */
int cmsguard_window_add(const unsigned char *old, apr_size_t oldlen,
                        apr_uint32_t now, int n, int t,
                        unsigned char *out, apr_size_t *outlen);

typedef enum {
    CMSGUARD_BAN_BLOCKS = 1,        /* N blocked requests in T */
    CMSGUARD_BAN_LOGINS = 2,        /* N failed logins from the address */
    CMSGUARD_BAN_USER = 3           /* a failed login on a user name that
                                     * already failed N times in T */
} cmsguard_ban_reason_e;

typedef struct {
    apr_uint32_t since;             /* seconds since the epoch */
    apr_uint32_t until;
    int reason;                     /* cmsguard_ban_reason_e */
    int events;                     /* what the threshold counted */
} cmsguard_ban_t;

#define CMSGUARD_BAN_REC_LEN 16
void cmsguard_ban_encode(const cmsguard_ban_t *b,
                         unsigned char out[CMSGUARD_BAN_REC_LEN]);
/* 1 with b filled in, 0 if the bytes are not a ban record. */
int cmsguard_ban_decode(const unsigned char *d, apr_size_t n,
                        cmsguard_ban_t *b);
const char *cmsguard_ban_reason_name(int reason);

#endif
