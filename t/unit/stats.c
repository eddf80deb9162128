/* Specification of the status counters (src/stats.c) and their JSON,
 * Prometheus and HTML renderings (src/stats_render.c). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <apr_general.h>
#include <apr_strings.h>

#include "tap.h"
#include "stats.h"
#include "jsonread.h"

static apr_pool_t *p;

static void rec(cmsguard_stats_t *st, const char *rule, const char *action,
                const char *cve, const char *plugin, const char *client,
                const char *uri)
{
    cmsguard_stats_event_t ev;

    memset(&ev, 0, sizeof(ev));
    ev.time = apr_time_from_sec(1700000000);
    ev.rule = rule;
    ev.action = action;
    ev.cve = cve;
    ev.plugin = plugin;
    ev.client = client;
    ev.method = "POST";
    ev.uri = uri;
    ev.status = 403;
    cmsguard_stats_record(st, &ev);
}

/* the value at a flattened JSON path, or NULL */
static const char *jget(apr_array_header_t *pairs, const char *path)
{
    int i;

    for (i = 0; pairs && i < pairs->nelts; i++) {
        cmsguard_json_pair_t *pr = &APR_ARRAY_IDX(pairs, i, cmsguard_json_pair_t);
        if (!strcmp(pr->path, path))
            return pr->value;
    }
    return NULL;
}

static cmsguard_stats_info_t info0(void)
{
    cmsguard_stats_info_t info;

    memset(&info, 0, sizeof(info));
    info.version = "0.1.0";
    info.server = "example.test";
    info.mpm = "prefork";
    info.now = apr_time_from_sec(1700000100);
    info.loaded = apr_time_from_sec(1700000050);
    return info;
}

/* Every line of a Prometheus exposition is a HELP, a TYPE or a sample of
 * a metric announced by both, with well-formed escaped labels. */
static int prom_valid(const char *text, char *why, size_t whylen)
{
    char *copy = strdup(text), *save = NULL, *line;
    char help[64][80], type[64][80];
    int nh = 0, nt = 0, ok_ = 1;

    for (line = strtok_r(copy, "\n", &save); line && ok_;
         line = strtok_r(NULL, "\n", &save)) {
        char name[80];
        int n = 0, i, found = 0;
        const char *c;

        if (!strncmp(line, "# HELP ", 7)) {
            if (sscanf(line + 7, "%79[a-zA-Z0-9_:]%n", help[nh], &n) != 1
                || line[7 + n] != ' ')
                ok_ = 0;
            nh++;
            continue;
        }
        if (!strncmp(line, "# TYPE ", 7)) {
            if (sscanf(line + 7, "%79[a-zA-Z0-9_:] %n", type[nt], &n) != 1
                || (strcmp(line + 7 + n, "counter")
                    && strcmp(line + 7 + n, "gauge")))
                ok_ = 0;
            nt++;
            continue;
        }
        if (sscanf(line, "%79[a-zA-Z0-9_:]%n", name, &n) != 1) {
            ok_ = 0;
            break;
        }
        for (i = 0; i < nh && i < nt; i++)
            if (!strcmp(help[i], name) && !strcmp(type[i], name))
                found = 1;
        if (!found) {
            ok_ = 0;
            break;
        }
        c = line + n;
        if (*c == '{') {
            c++;
            while (*c != '}') {
                while ((*c >= 'a' && *c <= 'z') || *c == '_')
                    c++;
                if (*c++ != '=' || *c++ != '"') {
                    ok_ = 0;
                    break;
                }
                while (*c && *c != '"') {
                    if (*c == '\\') {
                        c++;
                        if (*c != '\\' && *c != '"' && *c != 'n') {
                            ok_ = 0;
                            break;
                        }
                    }
                    c++;
                }
                if (!ok_ || *c++ != '"')
                    break;
                if (*c == ',')
                    c++;
            }
            if (!ok_ || *c++ != '}') {
                ok_ = 0;
                break;
            }
        }
        if (*c++ != ' ' || !*c || strspn(c, "0123456789.") != strlen(c))
            ok_ = 0;
    }
    if (!ok_)
        snprintf(why, whylen, "%s", line ? line : "?");
    free(copy);
    return ok_;
}

int main(void)
{
    cmsguard_stats_t *st;
    cmsguard_stats_info_t info;
    apr_array_header_t *pairs;
    const char *err = NULL, *out;
    apr_size_t len;
    char why[512] = "";
    int i;

    apr_initialize();
    apr_pool_create(&p, NULL);
    st = malloc(sizeof(*st));

    /* kinds */
    is_int(cmsguard_stats_kind("block", "2002"), CMSGUARD_KIND_BLOCK, "block");
    is_int(cmsguard_stats_kind("detect", "5001"), CMSGUARD_KIND_DETECT,
           "detect wins over the rule");
    is_int(cmsguard_stats_kind("ban", "5002"), CMSGUARD_KIND_BAN, "ban");
    is_int(cmsguard_stats_kind("block", "5001"), CMSGUARD_KIND_REFUSED,
           "a block by rule 5001 is a refusal by ban");
    is_str(cmsguard_stats_kind_name(CMSGUARD_KIND_REFUSED), "refused",
           "kind names");

    /* counting */
    cmsguard_stats_init(st, apr_time_from_sec(1700000000));
    ok(cmsguard_stats_valid(st), "an initialised block is valid");
    for (i = 0; i < 5; i++)
        rec(st, "2002", "block", NULL, NULL, "192.0.2.1", "/xmlrpc.php");
    rec(st, "110001", "block", "CVE-2020-1 CVE-2020-2", "wp-file-manager",
        "192.0.2.2", "/x");
    rec(st, "110001", "detect", "CVE-2020-1 CVE-2020-2", "wp-file-manager",
        "192.0.2.2", "/x");
    rec(st, "5002", "ban", NULL, NULL, "192.0.2.1", "/xmlrpc.php");
    rec(st, "5001", "block", NULL, NULL, "192.0.2.1", "/");
    is_int(st->nkeys, 5, "one key per (rule, action, cve, plugin)");
    is_int(st->keys[0].count, 5, "repeated decisions add to one key");
    is_int(st->kinds[CMSGUARD_KIND_BLOCK], 6, "6 blocks");
    is_int(st->kinds[CMSGUARD_KIND_DETECT], 1, "1 detect");
    is_int(st->kinds[CMSGUARD_KIND_BAN], 1, "1 ban");
    is_int(st->kinds[CMSGUARD_KIND_REFUSED], 1, "1 refused");
    is_int(st->naddrs, 2, "two addresses blocked");
    is_int(st->addrs[0].count, 6, "blocks and refusals count for an address,"
           " ban events do not");
    is_int(st->recent_total, 9, "every decision goes to the ring");

    /* JSON */
    info = info0();
    out = cmsguard_stats_json(p, st, &info, &len);
    is_int(strlen(out), len, "JSON length is returned");
    pairs = cmsguard_json_flatten(p, out, len, &err);
    ok(pairs != NULL, "the JSON parses (%s)", err ? err : "ok");
    is_str(jget(pairs, "totals.block"), "6", "totals.block");
    is_str(jget(pairs, "totals.refused"), "1", "totals.refused");
    is_str(jget(pairs, "rules.2002.block"), "5", "rules.2002.block");
    is_str(jget(pairs, "rules.110001.total"), "2", "rules.110001.total");
    is_str(jget(pairs, "cves.CVE-2020-2"), "2",
           "each CVE of a rule is counted");
    is_str(jget(pairs, "plugins.wp-file-manager"), "2", "plugins");
    is_str(jget(pairs, "decisions.0.rule"), "2002",
           "decisions sorted by count");
    is_str(jget(pairs, "decisions.0.count"), "5", "... with their count");
    is_str(jget(pairs, "recent.0.rule"), "5001", "recent: newest first");
    is_str(jget(pairs, "recent.0.kind"), "refused", "... with the kind");
    is_str(jget(pairs, "top_addresses.0.address"), "192.0.2.1",
           "top address first");
    is_str(jget(pairs, "geoip"), "null", "no GeoIP database: null");
    is_str(jget(pairs, "inventory"), "null", "no inventory: null");
    is_str(jget(pairs, "uptime_seconds"), "100", "uptime from the start");

    /* Prometheus */
    out = cmsguard_stats_prometheus(p, st, &info, &len);
    ok(prom_valid(out, why, sizeof(why)), "exposition is well-formed%s%s",
       *why ? ": " : "", why);
    ok(strstr(out, "cmsguard_decisions_total{rule=\"2002\",action=\"block\","
                   "cve=\"\",plugin=\"\"} 5\n") != NULL,
       "a decisions sample with its labels and count");
    ok(strstr(out, "cmsguard_decisions_by_kind_total{kind=\"refused\"} 1\n")
       != NULL, "kinds as a counter");
    ok(!prom_valid("# HELP x y\n# TYPE x counter\nx{a=\"b\\q\"} 1\n", why,
                   sizeof(why)), "the checker itself refuses a bad escape");
    ok(!prom_valid("y 1\n", why, sizeof(why)),
       "... and a metric without HELP/TYPE");
    is_str(cmsguard_prom_escape(p, "a\\b\"c\nd\re\xff"),
           "a\\\\b\\\"c\\nd\xef\xbf\xbd" "e\xef\xbf\xbd",
           "label values: \\ \" newline escaped, other controls and bad "
           "UTF-8 replaced");

    /* hostile strings stay inside their escaping */
    rec(st, "9\"}x 1\n", "block", "CVE\n", "<script>alert(1)</script>",
        "192.0.2.9", "/a?<img src=x onerror=alert(1)>&\"'");
    out = cmsguard_stats_prometheus(p, st, &info, &len);
    *why = '\0';
    ok(prom_valid(out, why, sizeof(why)), "hostile label values stay valid%s%s",
       *why ? ": " : "", why);
    out = cmsguard_stats_html(p, st, &info, &len);
    ok(strstr(out, "<script") == NULL && strstr(out, "<img") == NULL,
       "HTML: no markup from the outside gets through");
    ok(strstr(out, "&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;") != NULL,
       "HTML: the URI is shown escaped");
    ok(strstr(out, "<tr data-rule=\"2002\" data-action=\"block\">") != NULL
       && strstr(out, "<td class=\"count num\">5</td>") != NULL,
       "HTML: the rule's row and its count");
    is_str(cmsguard_html_escape(p, "<a href='x'>&\"\x01"),
           "&lt;a href=&#39;x&#39;&gt;&amp;&quot;\xef\xbf\xbd", "HTML escaper");
    out = cmsguard_stats_json(p, st, &info, &len);
    ok(cmsguard_json_flatten(p, out, len, &err) != NULL,
       "JSON with hostile values still parses");

    /* bounds: the key table */
    cmsguard_stats_init(st, 0);
    for (i = 0; i < CMSGUARD_STATS_MAX_KEYS + 10; i++)
        rec(st, apr_psprintf(p, "%d", 100000 + i), i % 2 ? "detect" : "block",
            NULL, NULL, "192.0.2.1", "/");
    is_int(st->nkeys, CMSGUARD_STATS_MAX_KEYS, "the key table stops at its size");
    is_int(st->keys_overflow, 10, "what did not fit is counted");
    is_int(st->other[CMSGUARD_KIND_BLOCK] + st->other[CMSGUARD_KIND_DETECT],
           10, "... in the other bucket of its kind");
    rec(st, "100000", "block", NULL, NULL, "192.0.2.1", "/");
    is_int(st->keys[0].count, 2, "a known key still counts when full");
    out = cmsguard_stats_prometheus(p, st, &info, &len);
    ok(strstr(out, "cmsguard_decisions_total{rule=\"other\",action=\"block\","
                   "cve=\"\",plugin=\"\"} 5\n") != NULL,
       "overflow exposed as rule=\"other\"");
    ok(strstr(out, "cmsguard_stats_dropped_total{table=\"rules\"} 10\n") != NULL,
       "... and as dropped");
    *why = '\0';
    ok(prom_valid(out, why, sizeof(why)), "a full table renders valid text%s%s",
       *why ? ": " : "", why);

    /* bounds: addresses */
    cmsguard_stats_init(st, 0);
    rec(st, "2002", "block", NULL, NULL, "198.51.100.1", "/");
    rec(st, "2002", "block", NULL, NULL, "198.51.100.1", "/");
    for (i = 0; i < CMSGUARD_STATS_MAX_ADDRS + 5; i++)
        rec(st, "2002", "block", NULL, NULL,
            apr_psprintf(p, "10.0.%d.%d", i / 256, i % 256), "/");
    is_int(st->naddrs, CMSGUARD_STATS_MAX_ADDRS, "the address table is bounded");
    is_int(st->addrs_evicted, 6, "evictions are counted");
    is_str(st->addrs[0].addr, "198.51.100.1",
           "the address with the most blocks keeps its place");

    /* bounds: ring and field sizes */
    cmsguard_stats_init(st, 0);
    for (i = 0; i < CMSGUARD_STATS_RECENT + 7; i++)
        rec(st, apr_psprintf(p, "%d", i), "block", NULL, NULL, "192.0.2.1",
            apr_pstrcat(p, "/", apr_psprintf(p, "%0300d", i), NULL));
    info = info0();
    out = cmsguard_stats_json(p, st, &info, &len);
    pairs = cmsguard_json_flatten(p, out, len, &err);
    is_str(jget(pairs, "recent.0.rule"),
           apr_psprintf(p, "%d", CMSGUARD_STATS_RECENT + 6), "ring: newest first");
    is_str(jget(pairs, apr_psprintf(p, "recent.%d.rule", CMSGUARD_STATS_RECENT - 1)),
           "7", "ring: the oldest kept is the 8th");
    ok(jget(pairs, apr_psprintf(p, "recent.%d.rule", CMSGUARD_STATS_RECENT)) == NULL,
       "ring: no more than its size");
    is_int(strlen(jget(pairs, "recent.0.uri")), CMSGUARD_STATS_URI_LEN - 1,
           "a long URI is cut to its field");
    is_str(jget(pairs, "recent.0.uri_truncated"), "true", "... and says so");

    /* rule packs: counts and digest */
    {
        char dir[] = "/tmp/cmsguard-stats-XXXXXX";
        const char *path;
        cmsguard_ruleset_t *rs;
        apr_array_header_t *packs;
        FILE *f;

        ok(mkdtemp(dir) != NULL, "temp dir");
        path = apr_pstrcat(p, dir, "/a.rules", NULL);
        f = fopen(path, "w");
        fputs("rule 100001 \"a\"\n    when path eq /a\n"
              "rule 100002 \"b\"\n    when path eq /b\n", f);
        fclose(f);
        rs = cmsguard_ruleset_make(p);
        is_str(cmsguard_rules_load_file(rs, path), NULL, "rules load");
        cmsguard_rules_finish(rs);
        packs = cmsguard_stats_packs(p, rs);
        is_int(packs->nelts, 1, "one pack");
        is_int(APR_ARRAY_IDX(packs, 0, cmsguard_stats_pack_t).rules, 2,
               "its rules are counted");
        /* sha256sum of exactly those bytes */
        is_str(APR_ARRAY_IDX(packs, 0, cmsguard_stats_pack_t).sha256,
               "e13ff9326ec1", "first 12 hex digits of its SHA-256");
        ok(APR_ARRAY_IDX(packs, 0, cmsguard_stats_pack_t).mtime > 0, "mtime");
        unlink(path);
        rmdir(dir);
    }

    free(st);
    apr_pool_destroy(p);
    apr_terminate();
    return done_testing();
}
