#include <string.h>

#include <apr_lib.h>

#include "loginscan.h"

enum { S_TEXT, S_TAGSTART, S_NAME, S_ATTRS, S_SKIP };

void cmsguard_faultscan_init(cmsguard_faultscan_t *s, int code)
{
    memset(s, 0, sizeof(*s));
    s->code = code;
    s->member = -1;
}

/* The element's text, without the blanks a pretty-printer adds around it
 * (WordPress indents its responses). */
static int text_is(const cmsguard_faultscan_t *s, const char *want)
{
    const char *t = s->text;
    apr_size_t n = s->textlen;

    if (s->text_over)
        return 0;
    while (n && apr_isspace(*t)) {
        t++;
        n--;
    }
    while (n && apr_isspace(t[n - 1]))
        n--;
    return n == strlen(want) && !memcmp(t, want, n);
}

static int text_int(const cmsguard_faultscan_t *s, long *out)
{
    const char *t = s->text, *end = s->text + s->textlen;
    long v = 0;
    int neg = 0, digits = 0;

    if (s->text_over)
        return 0;
    while (t < end && apr_isspace(*t))
        t++;
    if (t < end && (*t == '-' || *t == '+'))
        neg = *t++ == '-';
    for (; t < end && apr_isdigit(*t) && digits < 9; t++, digits++)
        v = v * 10 + (*t - '0');
    while (t < end && apr_isspace(*t))
        t++;
    if (!digits || t != end)
        return 0;
    *out = neg ? -v : v;
    return 1;
}

static void open_tag(cmsguard_faultscan_t *s, const char *name)
{
    if (!strcmp(name, "params"))
        s->in_params = 1;
    else if (!strcmp(name, "fault"))
        s->in_fault = 1;
    else if (!strcmp(name, "data") && s->in_params && !s->data_depth)
        s->data_depth = s->depth;
    else if (!strcmp(name, "value") && s->data_depth
             && s->depth == s->data_depth + 1)
        s->member++;
}

static void close_tag(cmsguard_faultscan_t *s, const char *name)
{
    long code;

    if (!strcmp(name, "name")) {
        s->after_faultcode = text_is(s, "faultCode");
    }
    else if (!strcmp(name, "int") || !strcmp(name, "i4")) {
        if (s->after_faultcode && text_int(s, &code) && code == s->code) {
            s->faults++;
            if (s->in_fault && !s->data_depth)
                s->top_fault = 1;
            if (s->nmembers < CMSGUARD_FAULTSCAN_MAX)
                s->members[s->nmembers++] = s->data_depth ? s->member : -1;
        }
        s->after_faultcode = 0;
    }
    else if (!strcmp(name, "member")) {
        s->after_faultcode = 0;
    }
    else if (!strcmp(name, "data") && s->data_depth == s->depth) {
        /* the result array is over: no later <value> is a member */
        s->data_depth = -1;
    }
}

static void finish_tag(cmsguard_faultscan_t *s, int selfclose)
{
    s->tag[s->taglen] = '\0';
    if (s->closing) {
        close_tag(s, s->tag);
        if (s->depth > 0)
            s->depth--;
    }
    else if (!selfclose) {
        s->depth++;
        open_tag(s, s->tag);
    }
    s->textlen = 0;
    s->text_over = 0;
    s->state = S_TEXT;
}

void cmsguard_faultscan_feed(cmsguard_faultscan_t *s, const char *d,
                             apr_size_t n)
{
    apr_size_t i;

    for (i = 0; i < n; i++) {
        char c = d[i];

        switch (s->state) {
        case S_TEXT:
            if (c == '<') {
                s->state = S_TAGSTART;
                s->closing = 0;
                s->taglen = 0;
            }
            else if (s->textlen < sizeof(s->text))
                s->text[s->textlen++] = c;
            else
                s->text_over = 1;
            break;
        case S_TAGSTART:
            if (c == '/') {
                s->closing = 1;
                s->state = S_NAME;
            }
            else if (c == '!' || c == '?') {
                s->state = S_SKIP;
            }
            else if (c == '>') {
                finish_tag(s, 0);
            }
            else {
                s->tag[s->taglen++] = c;
                s->state = S_NAME;
            }
            break;
        case S_NAME:
            if (c == '>')
                finish_tag(s, 0);
            else if (c == '/' || apr_isspace(c)) {
                s->slash = c == '/';
                s->state = S_ATTRS;
            }
            else if (s->taglen < sizeof(s->tag) - 1)
                s->tag[s->taglen++] = c;
            else
                s->tag[0] = '#';   /* too long to be one we look for */
            break;
        case S_ATTRS:
            /* "<x/>" and "<x a='1' />" open nothing */
            if (c == '>')
                finish_tag(s, s->slash);
            else if (!apr_isspace(c))
                s->slash = c == '/';
            break;
        case S_SKIP:
            if (c == '>') {
                s->state = S_TEXT;
                s->textlen = 0;
                s->text_over = 0;
            }
            break;
        }
    }
}

void cmsguard_find_init(cmsguard_find_t *f, const char *needle)
{
    apr_size_t i, k = 0;

    memset(f, 0, sizeof(*f));
    f->needle = needle;
    f->len = strlen(needle);
    if (f->len > sizeof(f->fail))
        f->len = sizeof(f->fail);
    for (i = 1; i < f->len; i++) {
        while (k && needle[i] != needle[k])
            k = f->fail[k - 1];
        if (needle[i] == needle[k])
            k++;
        f->fail[i] = (unsigned char)k;
    }
}

void cmsguard_find_feed(cmsguard_find_t *f, const char *d, apr_size_t n)
{
    apr_size_t i, k = f->matched;

    if (f->found || !f->len)
        return;
    for (i = 0; i < n; i++) {
        while (k && d[i] != f->needle[k])
            k = f->fail[k - 1];
        if (d[i] == f->needle[k])
            k++;
        if (k == f->len) {
            f->found = 1;
            return;
        }
    }
    f->matched = k;
}
