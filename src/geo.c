#include <string.h>
#include <maxminddb.h>
#include <apr_strings.h>
#include <apr_time.h>

#include "geo.h"
#include "ascii.h"

struct cmsguard_geo_t {
    MMDB_s mmdb;
    const char *path;
};

static apr_status_t geo_close(void *data)
{
    cmsguard_geo_t *g = data;

    MMDB_close(&g->mmdb);
    return APR_SUCCESS;
}

const char *cmsguard_geo_open(apr_pool_t *p, const char *path,
                              cmsguard_geo_t **out)
{
    cmsguard_geo_t *g = apr_pcalloc(p, sizeof(*g));
    int rc = MMDB_open(path, MMDB_MODE_MMAP, &g->mmdb);

    if (rc != MMDB_SUCCESS)
        return apr_psprintf(p, "cannot open MaxMind DB '%s': %s", path,
                            MMDB_strerror(rc));
    g->path = apr_pstrdup(p, path);
    apr_pool_cleanup_register(p, g, geo_close, apr_pool_cleanup_null);
    *out = g;
    return NULL;
}

const char *cmsguard_geo_country(apr_pool_t *p, const cmsguard_geo_t *g,
                                 const apr_sockaddr_t *sa)
{
    int mmdb_err = 0;
    MMDB_lookup_result_s res;
    MMDB_entry_data_s data;

    if (!g || !sa)
        return NULL;
    res = MMDB_lookup_sockaddr((MMDB_s *)&g->mmdb,
                               (const struct sockaddr *)&sa->sa, &mmdb_err);
    if (mmdb_err != MMDB_SUCCESS || !res.found_entry)
        return NULL;
    if (MMDB_get_value(&res.entry, &data, "country", "iso_code", NULL)
            != MMDB_SUCCESS
        || !data.has_data || data.type != MMDB_DATA_TYPE_UTF8_STRING
        || data.data_size != 2)
        return NULL;
    return apr_pstrmemdup(p, data.utf8_string, 2);
}

const char *cmsguard_geo_describe(apr_pool_t *p, const cmsguard_geo_t *g)
{
    char date[APR_RFC822_DATE_LEN];
    apr_time_exp_t tm;

    apr_time_exp_gmt(&tm, apr_time_from_sec((apr_time_t)g->mmdb.metadata.build_epoch));
    apr_snprintf(date, sizeof(date), "%04d-%02d-%02d", tm.tm_year + 1900,
                 tm.tm_mon + 1, tm.tm_mday);
    return apr_psprintf(p, "%s built %s (%s)", g->mmdb.metadata.database_type,
                        date, g->path);
}

void cmsguard_geo_meta(const cmsguard_geo_t *g, const char **path,
                       const char **type, apr_int64_t *build_epoch)
{
    *path = g->path;
    *type = g->mmdb.metadata.database_type;
    *build_epoch = (apr_int64_t)g->mmdb.metadata.build_epoch;
}

int cmsguard_geo_code(const char *w, char out[3])
{
    if (!cmsguard_isalpha(w[0]) || !cmsguard_isalpha(w[1]) || w[2])
        return 0;
    out[0] = (char)cmsguard_toupper(w[0]);
    out[1] = (char)cmsguard_toupper(w[1]);
    out[2] = '\0';
    return 1;
}
