/* libFuzzer target: the status page's counters and renderings. Every
 * string a decision carries (rule, CVE, plugin, client, URI) can come from
 * a client or a pack, so the input is a list of such decisions. Invariants:
 * the JSON parses with the engine's own reader, the HTML holds no markup
 * the input brought (no "<script", no raw '<' from a URI), every
 * Prometheus line is a comment or "name[{labels}] value" on one line, and
 * the counters never exceed the decisions recorded. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <apr_general.h>
#include <apr_strings.h>
#include <apr_lib.h>

#include "stats.h"
#include "jsonread.h"

static apr_pool_t *root;
static cmsguard_stats_t *st;

static const char *field(apr_pool_t *p, const char **s, const char *end)
{
    const char *e = memchr(*s, '\x1f', (apr_size_t)(end - *s));
    const char *f;

    if (!e)
        e = end;
    f = apr_pstrmemdup(p, *s, (apr_size_t)(e - *s));
    *s = e < end ? e + 1 : end;
    return *f ? f : NULL;
}

static int prom_ok(const char *out, apr_size_t len)
{
    const char *l = out, *end = out + len;

    while (l < end) {
        const char *nl = memchr(l, '\n', (apr_size_t)(end - l));
        const char *sp;

        if (!nl)
            return 0;                 /* every line ends in a newline */
        if (*l != '#') {
            if (!(apr_isalpha(*l) || *l == '_'))
                return 0;
            sp = nl;
            while (sp > l && sp[-1] != ' ')
                sp--;
            if (sp == l || sp == nl)
                return 0;             /* "name value" */
        }
        l = nl + 1;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    apr_pool_t *p;
    const char *s = (const char *)data, *end = s + size, *err = NULL;
    cmsguard_stats_info_t info;
    apr_size_t len, i;
    char *out;
    int n = 0;

    if (!root) {
        apr_initialize();
        apr_pool_create(&root, NULL);
        st = malloc(sizeof(*st));
    }
    apr_pool_create(&p, root);
    cmsguard_stats_init(st, apr_time_from_sec(1700000000));
    /* decisions separated by '\n', fields by 0x1f */
    while (s < end && n < 2000) {
        const char *nl = memchr(s, '\n', (apr_size_t)(end - s));
        const char *e = nl ? nl : end;
        cmsguard_stats_event_t ev;

        memset(&ev, 0, sizeof(ev));
        ev.time = apr_time_from_sec(1700000000 + n);
        ev.rule = field(p, &s, e);
        ev.action = field(p, &s, e);
        ev.cve = field(p, &s, e);
        ev.plugin = field(p, &s, e);
        ev.client = field(p, &s, e);
        ev.uri = field(p, &s, e);
        ev.method = "GET";
        ev.status = 403;
        cmsguard_stats_record(st, &ev);
        n++;
        s = nl ? nl + 1 : end;
    }
    if (!cmsguard_stats_valid(st) || st->recent_total != (apr_uint64_t)n)
        abort();

    memset(&info, 0, sizeof(info));
    info.version = "0.1.0";
    info.server = "fuzz.test";
    info.mpm = "event";
    info.now = apr_time_from_sec(1700000100);
    info.loaded = apr_time_from_sec(1700000000);

    out = cmsguard_stats_json(p, st, &info, &len);
    if (strlen(out) != len || !cmsguard_json_flatten(p, out, len, &err))
        abort();
    out = cmsguard_stats_prometheus(p, st, &info, &len);
    if (strlen(out) != len || !prom_ok(out, len))
        abort();
    out = cmsguard_stats_html(p, st, &info, &len);
    if (strlen(out) != len)
        abort();
    for (i = 0; i + 7 <= len; i++)
        if (out[i] == '<' && !strncasecmp(out + i, "<script", 7))
            abort();
    apr_pool_destroy(p);
    return 0;
}
