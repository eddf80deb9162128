/* Form bodies as PHP reads them into $_POST / $_FILES:
 * application/x-www-form-urlencoded and multipart/form-data.
 * Field names are normalised as PHP does (leading spaces dropped, ' ' and
 * '.' to '_'), so a rule on "form_id" sees "form.id" too. */
#ifndef CMSGUARD_FORM_H
#define CMSGUARD_FORM_H

#include <apr_pools.h>
#include <apr_tables.h>

typedef struct {
    const char *name;       /* normalised field name */
    const char *filename;   /* multipart file name, or NULL */
    const char *ctype;      /* multipart part Content-Type, or NULL */
    const char *data;       /* decoded value / raw part bytes; NUL-terminated */
    apr_size_t len;
} cmsguard_form_field_t;

/* Is ctype a form cmsguard_form_parse reads (urlencoded, multipart)?
 * What can be known of a body's fields before it is read. */
int cmsguard_form_ctype(const char *ctype);

/* NULL if ctype is not a form; otherwise the fields in body order.
 * *err is set (and fields so far returned) when a multipart body is
 * malformed: the caller decides whether that is a refusal. */
apr_array_header_t *cmsguard_form_parse(apr_pool_t *p, const char *ctype,
                                        const char *body, apr_size_t len,
                                        const char **err);

/* The last field of that name (PHP's $_POST keeps the last), or NULL. */
const cmsguard_form_field_t *cmsguard_form_get(const apr_array_header_t *f,
                                               const char *name);

/* PHP's variable name for a raw (already decoded) name */
const char *cmsguard_php_name(apr_pool_t *p, const char *raw);

#endif
