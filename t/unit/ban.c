/* Specification of ban records, sliding windows and the failed-login
 * scanners (src/ban.c, src/loginscan.c). */
#include <apr_general.h>
#include <apr_strings.h>

#include "tap.h"
#include "ban.h"
#include "loginscan.h"
#include "xmlrpc_policy.h"

static void a16_v4(unsigned char a[16], int x, int y, int z, int w)
{
    memset(a, 0, 16);
    a[10] = a[11] = 0xff;
    a[12] = (unsigned char)x; a[13] = (unsigned char)y;
    a[14] = (unsigned char)z; a[15] = (unsigned char)w;
}

static void a16_v6(unsigned char a[16], const unsigned short g[8])
{
    int i;
    for (i = 0; i < 8; i++) {
        a[2 * i] = (unsigned char)(g[i] >> 8);
        a[2 * i + 1] = (unsigned char)g[i];
    }
}

/* Feed s in pieces of `step` bytes (1 = byte by byte). */
static void feed(cmsguard_faultscan_t *fs, const char *s, apr_size_t step)
{
    apr_size_t n = strlen(s), i;
    for (i = 0; i < n; i += step)
        cmsguard_faultscan_feed(fs, s + i, n - i < step ? n - i : step);
}

/* WordPress's IXR_Error::getXml(), as class-IXR-error.php prints it */
static const char wp_fault[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<methodResponse>\n  <fault>\n    <value>\n      <struct>\n"
    "        <member>\n          <name>faultCode</name>\n"
    "          <value><int>403</int></value>\n        </member>\n"
    "        <member>\n          <name>faultString</name>\n"
    "          <value><string>Incorrect username or password.</string>"
    "</value>\n        </member>\n      </struct>\n    </value>\n"
    "  </fault>\n</methodResponse>\n";

/* system.multicall: a success (wrapped in an array), two bad logins, a
 * fault with another code */
static const char wp_multicall[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<methodResponse>\n"
    "  <params>\n    <param>\n      <value>\n      <array><data>\n"
    "  <value><array><data>\n  <value><array><data>\n"
    "  <value><struct>\n  <member><name>isAdmin</name><value><boolean>1"
    "</boolean></value></member>\n</struct></value>\n</data></array></value>\n"
    "</data></array></value>\n"
    "  <value><struct>\n  <member><name>faultCode</name><value><int>403</int>"
    "</value></member>\n  <member><name>faultString</name><value><string>"
    "Incorrect username or password.</string></value></member>\n"
    "</struct></value>\n"
    "  <value><struct>\n  <member><name>faultString</name><value><string>x"
    "</string></value></member>\n  <member><name>faultCode</name><value><i4>"
    " 403 </i4></value></member>\n</struct></value>\n"
    "  <value><struct>\n  <member><name>faultCode</name><value><int>-32601"
    "</int></value></member>\n</struct></value>\n"
    "</data></array>\n      </value>\n    </param>\n  </params>\n"
    "</methodResponse>\n";

/* a success whose data merely talks about faults */
static const char wp_post[] =
    "<methodResponse><params><param><value><struct>"
    "<member><name>title</name><value><string>&lt;name&gt;faultCode&lt;/name"
    "&gt;&lt;int&gt;403&lt;/int&gt;</string></value></member>"
    "<member><name>faultCode</name><value><string>403</string></value>"
    "</member><member><name>x</name><value><int>403</int></value></member>"
    "</struct></value></param></params></methodResponse>";

int main(void)
{
    apr_pool_t *p;
    unsigned char a[16], id1[CMSGUARD_BAN_ID_LEN], id2[CMSGUARD_BAN_ID_LEN];
    unsigned char w[CMSGUARD_WINDOW_SIZE(CMSGUARD_BAN_EVENTS_MAX)];
    unsigned char w2[sizeof(w)], rec[CMSGUARD_BAN_REC_LEN];
    apr_size_t wl = 0, wl2;
    cmsguard_cidr_t b, b2;
    cmsguard_ban_t ban, back;
    cmsguard_faultscan_t fs;
    cmsguard_find_t f;
    static const unsigned short v6a[8] = {0x2001, 0xdb8, 1, 2, 0, 0, 0, 7};
    static const unsigned short v6b[8] = {0x2001, 0xdb8, 1, 2, 0xaaaa, 1, 2, 3};
    static const unsigned short v6c[8] = {0x2001, 0xdb8, 1, 3, 0, 0, 0, 7};
    int i, n;
    apr_size_t step;

    apr_initialize();
    apr_pool_create(&p, NULL);

    /* address blocks */
    a16_v4(a, 192, 0, 2, 7);
    cmsguard_ban_block(a, 32, 64, &b);
    is_str(cmsguard_ban_block_str(p, &b), "192.0.2.7", "IPv4 /32 is the address");
    cmsguard_ban_block(a, 24, 64, &b);
    is_str(cmsguard_ban_block_str(p, &b), "192.0.2.0/24", "IPv4 /24 block");
    a16_v6(a, v6a);
    cmsguard_ban_block(a, 32, 64, &b);
    is_str(cmsguard_ban_block_str(p, &b), "2001:db8:1:2::/64",
           "IPv6 aggregated to /64 by default");
    a16_v6(a, v6b);
    cmsguard_ban_block(a, 32, 64, &b2);
    cmsguard_ban_id(id1, CMSGUARD_BAN_KIND_BAN, &b);
    cmsguard_ban_id(id2, CMSGUARD_BAN_KIND_BAN, &b2);
    ok(!memcmp(id1, id2, sizeof(id1)), "two addresses of one /64 share an id");
    a16_v6(a, v6c);
    cmsguard_ban_block(a, 32, 64, &b2);
    cmsguard_ban_id(id2, CMSGUARD_BAN_KIND_BAN, &b2);
    ok(memcmp(id1, id2, sizeof(id1)), "the neighbouring /64 does not");
    cmsguard_ban_id(id2, CMSGUARD_BAN_KIND_BLOCKS, &b);
    ok(memcmp(id1, id2, sizeof(id1)), "kinds keep ban and counter ids apart");
    a16_v6(a, v6a);
    cmsguard_ban_block(a, 32, 128, &b);
    is_str(cmsguard_ban_block_str(p, &b), "2001:db8:1:2::7",
           "IPv6 /128 is the address");
    cmsguard_ban_block(a, 32, 48, &b);
    is_str(cmsguard_ban_block_str(p, &b), "2001:db8:1::/48", "IPv6 /48");

    cmsguard_ban_user_id(id1, " Admin", 6);
    cmsguard_ban_user_id(id2, "admin ", 6);
    ok(!memcmp(id1, id2, sizeof(id1)) && id1[0] == 'U',
       "user names compare trimmed and without case, as WordPress's do");
    cmsguard_ban_user_id(id2, "admin2", 6);
    ok(memcmp(id1, id2, sizeof(id1)), "different users, different ids");

    /* sliding window: N=3 within T=10 */
    n = cmsguard_window_add(NULL, 0, 1000, 3, 10, w, &wl);
    ok(n == 1 && wl == CMSGUARD_WINDOW_SIZE(1), "first event: 1");
    n = cmsguard_window_add(w, wl, 1004, 3, 10, w2, &wl2);
    ok(n == 2, "second event within T: 2");
    n = cmsguard_window_add(w2, wl2, 1009, 3, 10, w, &wl);
    ok(n == 3, "third event within T: 3 (threshold reached)");
    n = cmsguard_window_add(w, wl, 1013, 3, 10, w2, &wl2);
    ok(n == 3 && wl2 == CMSGUARD_WINDOW_SIZE(3),
       "event at 1013: 1000 fell out of the window, size stays at N (%d)", n);
    n = cmsguard_window_add(w2, wl2, 1030, 3, 10, w, &wl);
    ok(n == 1, "after a quiet T everything has fallen out (%d)", n);
    n = cmsguard_window_add((const unsigned char *)"garbage!", 8, 1030, 3, 10,
                            w, &wl);
    ok(n == 1, "a record that is not a window counts as empty");
    memcpy(w2, "W1\x00\x09", 4);   /* claims 9 events, holds none */
    n = cmsguard_window_add(w2, 4, 1030, 3, 10, w, &wl);
    ok(n == 1, "a window whose length disagrees with its count is empty");
    n = cmsguard_window_add(NULL, 0, 2000, 3, 10, w, &wl);
    w[4] = 0xff;                   /* first time far in the future */
    n = cmsguard_window_add(w, wl, 2001, 3, 10, w2, &wl2);
    ok(n == 2, "a future time is taken as now, not trusted or dropped");
    wl = 0;
    for (i = 0; i < 5000; i++) {
        n = cmsguard_window_add(i ? w : NULL, wl, 3000, CMSGUARD_BAN_EVENTS_MAX
                                + 50, 60, w2, &wl2);
        memcpy(w, w2, wl2);
        wl = wl2;
    }
    ok(n == CMSGUARD_BAN_EVENTS_MAX, "N is capped at %d", CMSGUARD_BAN_EVENTS_MAX);

    /* ban records */
    ban.since = 1700000000;
    ban.until = 1700000600;
    ban.reason = CMSGUARD_BAN_LOGINS;
    ban.events = 10;
    cmsguard_ban_encode(&ban, rec);
    ok(cmsguard_ban_decode(rec, sizeof(rec), &back) && back.since == ban.since
       && back.until == ban.until && back.reason == ban.reason
       && back.events == 10, "ban record round-trips");
    ok(!cmsguard_ban_decode(rec, sizeof(rec) - 1, &back),
       "a cut record is no ban");
    rec[0] = 'X';
    ok(!cmsguard_ban_decode(rec, sizeof(rec), &back), "a foreign record is no ban");
    is_str(cmsguard_ban_reason_name(CMSGUARD_BAN_USER), "login-failures-user",
           "reason names");

    /* XML-RPC faults, in every split */
    for (step = 1; step <= 64; step *= 4) {
        cmsguard_faultscan_init(&fs, 403);
        feed(&fs, wp_fault, step);
        ok(fs.faults == 1 && fs.top_fault && fs.nmembers == 1
           && fs.members[0] == -1,
           "WordPress bad-login fault, fed %u bytes at a time", (unsigned)step);
        cmsguard_faultscan_init(&fs, 403);
        feed(&fs, wp_multicall, step);
        ok(fs.faults == 2 && !fs.top_fault && fs.nmembers == 2
           && fs.members[0] == 1 && fs.members[1] == 2,
           "multicall: members 1 and 2 failed (got %d: %d,%d), fed %u at a time",
           fs.faults, fs.members[0], fs.members[1], (unsigned)step);
    }
    cmsguard_faultscan_init(&fs, 403);
    feed(&fs, wp_post, 7);
    ok(fs.faults == 0, "escaped text, string-typed and other members "
       "are not faults");
    cmsguard_faultscan_init(&fs, 403);
    feed(&fs, "<fault><value><struct><member><name>faultCode</name><value>"
         "<int>4030</int></value></member></struct></value></fault>", 3);
    ok(fs.faults == 0, "another code is not a bad login");
    cmsguard_faultscan_init(&fs, 403);
    for (i = 0; i < 300; i++)
        feed(&fs, "<params><param><value><array><data>", 100);
    feed(&fs, "<name>faultCode</name><int>403</int>", 5);
    ok(fs.faults == 1 && fs.depth == 1500, "deep nesting costs no memory");

    /* wp-login.php's error box, across pieces */
    for (step = 1; step <= 13; step += 3) {
        const char *page = "<div id=\"login\"><div id=\"login_err\">no</div>"
                           "<div id=\"login_error\" class=\"notice\">bad";
        apr_size_t len = strlen(page), k;
        cmsguard_find_init(&f, "id=\"login_error\"");
        for (k = 0; k < len; k += step)
            cmsguard_find_feed(&f, page + k, len - k < step ? len - k : step);
        ok(f.found, "login_error found fed %u bytes at a time", (unsigned)step);
    }
    cmsguard_find_init(&f, "id=\"login_error\"");
    cmsguard_find_feed(&f, "<div id=\"login_err", 18);
    cmsguard_find_feed(&f, "or_x\">", 6);
    ok(!f.found, "a near miss is not found");
    cmsguard_find_init(&f, "aab");
    cmsguard_find_feed(&f, "aaa", 3);
    cmsguard_find_feed(&f, "b", 1);
    ok(f.found, "overlapping prefix across pieces (KMP border)");

    /* the user names calls log in with */
    {
        static const char plain[] =
            "<methodCall><methodName>wp.getUsersBlogs</methodName><params>"
            "<param><value>alice</value></param><param><value><string>pw"
            "</string></value></param></params></methodCall>";
        static const char mc[] =
            "<methodCall><methodName>system.multicall</methodName><params>"
            "<param><value><array><data>"
            "<value><struct><member><name>methodName</name><value>"
            "wp.getUsersBlogs</value></member><member><name>params</name>"
            "<value><array><data><value>bob</value><value>x</value></data>"
            "</array></value></member></struct></value>"
            "<value><struct><member><name>methodName</name><value>"
            "demo.sayHello</value></member><member><name>params</name>"
            "<value><array><data></data></array></value></member></struct>"
            "</value>"
            "<value><struct><member><name>methodName</name><value>"
            "wp.getPosts</value></member><member><name>params</name>"
            "<value><array><data><value><int>1</int></value><value>carol"
            "</value><value>y</value></data></array></value></member>"
            "</struct></value>"
            "</data></array></value></param></params></methodCall>";
        cmsguard_xmlrpc_limits_t lim = {32, 100000, 1 << 20, 0};
        cmsguard_xmlrpc_call_t *call;
        cmsguard_xmlrpc_error_t err;
        apr_array_header_t *u;

        ok(cmsguard_xmlrpc_parse(p, plain, sizeof(plain) - 1, &lim, &call,
                                 &err) == 0, "plain call parses");
        u = cmsguard_xr_call_users(p, CMSGUARD_XR_WORDPRESS, call);
        ok(u->nelts == 1, "one user for a plain call");
        is_str(APR_ARRAY_IDX(u, 0, const char *), "alice",
               "wp.getUsersBlogs logs in as its first parameter");
        ok(cmsguard_xmlrpc_parse(p, mc, sizeof(mc) - 1, &lim, &call, &err)
           == 0, "multicall parses");
        u = cmsguard_xr_call_users(p, CMSGUARD_XR_WORDPRESS, call);
        ok(u->nelts == 3, "one entry per multicall member (%d)", u->nelts);
        is_str(APR_ARRAY_IDX(u, 0, const char *), "bob", "member 0: bob");
        ok(APR_ARRAY_IDX(u, 1, const char *) == NULL,
           "member 1 has no credentials");
        is_str(APR_ARRAY_IDX(u, 2, const char *), "carol",
               "member 2: wp.* methods log in with their second parameter");
    }

    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
