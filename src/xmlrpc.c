#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <apr_strings.h>
#include <apr_lib.h>

#include "xmlrpc.h"
#include "utf8.h"
#include "util.h"
#include "ascii.h"

/* Tokens of the small XML subset XML-RPC needs. Comments are skipped,
 * CDATA and character references become text, so "ping<!-- -->back"
 * reaches the policy as "pingback", exactly as the CMS's parser sees it. */
typedef enum { T_START, T_END, T_EMPTY, T_TEXT, T_EOF } tok_e;

typedef struct {
    apr_pool_t *p;
    const char *buf;
    apr_size_t len, pos;
    const cmsguard_xmlrpc_limits_t *lim;
    cmsguard_xmlrpc_error_t *err;
    apr_size_t elements;
    /* current token */
    tok_e tok;
    const char *name;           /* element name, namespace prefix removed */
    char *text;                 /* decoded text (T_TEXT) */
    apr_size_t text_len;
    apr_size_t text_cap;
    int text_ws;                /* text is whitespace only */
    int latin1;                 /* declared ISO-8859-1 and allowed */
    apr_size_t tok_pos;
} parser_t;

static int fail(parser_t *ps, cmsguard_xmlrpc_err_e code, const char *msg)
{
    if (ps->err->code == CMSGUARD_XMLRPC_OK) {
        ps->err->code = code;
        ps->err->msg = msg;
        ps->err->offset = ps->tok_pos;
    }
    return -1;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int name_char(unsigned char c)
{
    return cmsguard_isalnum(c) || c == '_' || c == '-' || c == '.' || c == ':'
        || c >= 0x80;
}

/* Length of a UTF-8 sequence that is an XML Char, or 0. */
static apr_size_t xml_char(const unsigned char *s, apr_size_t n,
                           apr_uint32_t *cp)
{
    apr_size_t k = cmsguard_utf8_seq(s, n, cp);

    if (!k || (*cp < 0x20 && *cp != '\t' && *cp != '\n' && *cp != '\r')
        || *cp == 0xfffe || *cp == 0xffff)
        return 0;
    return k;
}

/* Room for n more bytes and the NUL. */
static void text_grow(parser_t *ps, apr_size_t n)
{
    /* a long run (a base64 upload) gets exactly its size, not a series
     * of doublings and copies */
    apr_size_t cap = ps->text_cap ? ps->text_cap * 2 : 256;
    char *nt;

    if (ps->text_len + n + 1 > cap)
        cap = ps->text_len + n + 1;
    nt = apr_palloc(ps->p, cap);
    if (ps->text_len)
        memcpy(nt, ps->text, ps->text_len);
    ps->text = nt;
    ps->text_cap = cap;
}

/* Inline: an entity appends one byte at a time, and HTML posted through
 * XML-RPC is full of them. */
static inline int text_put(parser_t *ps, const char *d, apr_size_t n)
{
    if (ps->text_len + n > ps->lim->max_string)
        return fail(ps, CMSGUARD_XMLRPC_ELIMIT, "string longer than the limit");
    if (ps->text_len + n + 1 > ps->text_cap)
        text_grow(ps, n);
    if (n == 1)
        ps->text[ps->text_len] = *d;
    else
        memcpy(ps->text + ps->text_len, d, n);
    ps->text_len += n;
    ps->text[ps->text_len] = '\0';
    return 0;
}

static int put_codepoint(parser_t *ps, apr_uint32_t cp)
{
    char u[4];
    apr_size_t n;

    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) {
        u[0] = (char)(0xc0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3f));
        n = 2;
    }
    else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f));
        n = 3;
    }
    else {
        u[0] = (char)(0xf0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    return text_put(ps, u, n);
}

/* &...; at ps->pos (which points at '&'). */
static int entity(parser_t *ps)
{
    const char *s = ps->buf + ps->pos + 1;
    apr_size_t room = ps->len - ps->pos - 1, i;
    const char *semi = memchr(s, ';', room < 12 ? room : 12);
    apr_size_t n;

    if (!semi)
        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bare '&' in text");
    n = (apr_size_t)(semi - s);
    if (n >= 2 && s[0] == '#') {
        apr_uint32_t cp = 0;
        int hex = (s[1] == 'x');

        if (n < (apr_size_t)(hex ? 3 : 2))
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "empty character reference");
        for (i = hex ? 2 : 1; i < n; i++) {
            int d = hex ? cmsguard_hexval(s[i])
                        : apr_isdigit(s[i]) ? s[i] - '0' : -1;

            if (d < 0)
                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad character reference");
            cp = cp * (hex ? 16 : 10) + (apr_uint32_t)d;
            if (cp > 0x10ffff)
                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "character reference out of range");
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
            || (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff)
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                        "character reference to a character XML forbids");
        if (put_codepoint(ps, cp))
            return -1;
    }
    else {
        /* the five predefined entities; HTML posted through XML-RPC is
         * mostly &lt; and &gt;, so they are decided without a table walk */
        char c = n == 2 && s[1] == 't' ? (s[0] == 'l' ? '<' : s[0] == 'g' ? '>' : 0)
               : n == 3 && !memcmp(s, "amp", 3) ? '&'
               : n == 4 && !memcmp(s, "quot", 4) ? '"'
               : n == 4 && !memcmp(s, "apos", 4) ? '\''
               : 0;

        if (!c)
            return fail(ps, CMSGUARD_XMLRPC_EDTD,
                        "reference to an undeclared entity");
        if (text_put(ps, &c, 1))
            return -1;
    }
    ps->pos += n + 2;
    return 0;
}

static int starts(parser_t *ps, const char *lit)
{
    apr_size_t n = strlen(lit);

    return ps->len - ps->pos >= n && !memcmp(ps->buf + ps->pos, lit, n);
}

/* Skip to just after lit; fail if absent. */
static int skip_past(parser_t *ps, const char *lit, const char *what)
{
    apr_size_t n = strlen(lit);
    const char *end = NULL;

    if (ps->len - ps->pos >= n) {
        const char *h = ps->buf + ps->pos;
        apr_size_t hl = ps->len - ps->pos;
        /* memmem without GNU extensions */
        apr_size_t i;

        for (i = 0; i + n <= hl; i++) {
            if (h[i] == lit[0] && !memcmp(h + i, lit, n)) {
                end = h + i;
                break;
            }
        }
    }
    if (!end)
        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, what);
    ps->pos = (apr_size_t)(end - ps->buf) + n;
    return 0;
}

/* Next token. Text is accumulated across comments and CDATA sections, so
 * one T_TEXT holds everything between two tags. */
/* Text bytes that need no further look: printable ASCII other than the
 * two that start markup. */
static const unsigned char plain_tab[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* plain_tab and the four blanks: what may follow a plain byte in a run */
static int run_byte(unsigned char c)
{
    return plain_tab[c] || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* End of the run of run_byte()s starting at pos. Sixteen bytes at a
 * time with SSE2 (every x86-64 has it), where a 200 KB upload spends its
 * parse; byte by byte elsewhere. */
static apr_size_t plain_run(const char *buf, apr_size_t pos, apr_size_t len)
{
    const unsigned char *b = (const unsigned char *)buf;

#ifdef __SSE2__
    const __m128i sp = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7f),
                  lt = _mm_set1_epi8('<'), amp = _mm_set1_epi8('&'),
                  tab = _mm_set1_epi8('\t'), nl = _mm_set1_epi8('\n'),
                  cr = _mm_set1_epi8('\r');

    while (pos + 16 <= len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(b + pos));
        /* signed: below 0x20, and every byte from 0x80 up */
        __m128i low = _mm_cmplt_epi8(v, sp);
        __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(v, tab),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, nl),
                                                  _mm_cmpeq_epi8(v, cr)));
        __m128i bad = _mm_or_si128(_mm_andnot_si128(blank, low),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, del),
                                                _mm_or_si128(_mm_cmpeq_epi8(v, lt),
                                                             _mm_cmpeq_epi8(v, amp))));
        int m = _mm_movemask_epi8(bad);

        if (m)
            return pos + (apr_size_t)__builtin_ctz((unsigned)m);
        pos += 16;
    }
#endif
    while (pos < len && run_byte(b[pos]))
        pos++;
    return pos;
}

static int next(parser_t *ps)
{
    int have_text = 0;

    ps->text_len = 0;
    if (ps->text)
        ps->text[0] = '\0';
    ps->text_ws = 1;
    ps->tok_pos = ps->pos;

    for (;;) {
        const unsigned char *c;

        if (ps->pos >= ps->len) {
            ps->tok = have_text ? T_TEXT : T_EOF;
            return 0;
        }
        c = (const unsigned char *)ps->buf + ps->pos;
        if (*c == '<') {
            if (starts(ps, "<!--")) {
                ps->pos += 4;
                if (skip_past(ps, "-->", "unterminated comment"))
                    return -1;
                continue;
            }
            if (starts(ps, "<![CDATA[")) {
                apr_size_t s;

                ps->pos += 9;
                s = ps->pos;
                if (skip_past(ps, "]]>", "unterminated CDATA section"))
                    return -1;
                {
                    apr_size_t j, n = ps->pos - 3 - s;
                    for (j = 0; j < n; ) {
                        apr_uint32_t cp;
                        apr_size_t k = xml_char((const unsigned char *)ps->buf + s + j,
                                                n - j, &cp);
                        if (!k)
                            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                                        "invalid character in CDATA");
                        if (!is_ws(ps->buf[s + j]))
                            ps->text_ws = 0;
                        j += k;
                    }
                    if (text_put(ps, ps->buf + s, n))
                        return -1;
                }
                have_text = 1;
                continue;
            }
            if (starts(ps, "<!")) {
                /* DOCTYPE, ENTITY, ELEMENT, ATTLIST: the door to XXE and
                 * entity bombs. Never needed by XML-RPC. */
                return fail(ps, CMSGUARD_XMLRPC_EDTD,
                            "DOCTYPE or markup declaration");
            }
            if (starts(ps, "<?"))
                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                            "processing instruction after the start");
            if (have_text) {
                ps->tok = T_TEXT;
                return 0;   /* the tag is the next token */
            }
            /* a tag */
            {
                int end = 0;
                apr_size_t ns;

                ps->pos++;
                if (ps->pos < ps->len && ps->buf[ps->pos] == '/') {
                    end = 1;
                    ps->pos++;
                }
                ns = ps->pos;
                while (ps->pos < ps->len
                       && name_char((unsigned char)ps->buf[ps->pos]))
                    ps->pos++;
                if (ps->pos == ns)
                    return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad tag");
                {
                    const char *nm = apr_pstrmemdup(ps->p, ps->buf + ns,
                                                    ps->pos - ns);
                    const char *colon = strrchr(nm, ':');
                    /* Apache XML-RPC's <ex:i8>/<ex:nil>: the prefix is
                     * namespace decoration, the local name is the type. */
                    ps->name = colon ? colon + 1 : nm;
                }
                if (end) {
                    while (ps->pos < ps->len && is_ws(ps->buf[ps->pos]))
                        ps->pos++;
                    if (ps->pos >= ps->len || ps->buf[ps->pos] != '>')
                        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad end tag");
                    ps->pos++;
                    ps->tok = T_END;
                }
                else {
                    /* attributes (xmlns declarations): well-formed, then
                     * ignored */
                    for (;;) {
                        char q;

                        while (ps->pos < ps->len && is_ws(ps->buf[ps->pos]))
                            ps->pos++;
                        if (ps->pos >= ps->len)
                            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "unterminated tag");
                        if (ps->buf[ps->pos] == '>') {
                            ps->pos++;
                            ps->tok = T_START;
                            break;
                        }
                        if (ps->buf[ps->pos] == '/') {
                            if (ps->pos + 1 >= ps->len || ps->buf[ps->pos + 1] != '>')
                                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad empty tag");
                            ps->pos += 2;
                            ps->tok = T_EMPTY;
                            break;
                        }
                        ns = ps->pos;
                        while (ps->pos < ps->len
                               && name_char((unsigned char)ps->buf[ps->pos]))
                            ps->pos++;
                        if (ps->pos == ns)
                            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad attribute");
                        while (ps->pos < ps->len && is_ws(ps->buf[ps->pos]))
                            ps->pos++;
                        if (ps->pos >= ps->len || ps->buf[ps->pos] != '=')
                            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad attribute");
                        ps->pos++;
                        while (ps->pos < ps->len && is_ws(ps->buf[ps->pos]))
                            ps->pos++;
                        if (ps->pos >= ps->len
                            || (ps->buf[ps->pos] != '"' && ps->buf[ps->pos] != '\''))
                            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad attribute");
                        q = ps->buf[ps->pos++];
                        while (ps->pos < ps->len && ps->buf[ps->pos] != q) {
                            if (ps->buf[ps->pos] == '<')
                                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "'<' in attribute");
                            if (ps->buf[ps->pos] == '&' && !starts(ps, "&amp;")
                                && !starts(ps, "&lt;") && !starts(ps, "&gt;")
                                && !starts(ps, "&quot;") && !starts(ps, "&apos;")
                                && !starts(ps, "&#"))
                                return fail(ps, CMSGUARD_XMLRPC_EDTD,
                                            "entity reference in attribute");
                            ps->pos++;
                        }
                        if (ps->pos >= ps->len)
                            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "unterminated attribute");
                        ps->pos++;
                    }
                    if (++ps->elements > ps->lim->max_elements)
                        return fail(ps, CMSGUARD_XMLRPC_ELIMIT, "too many elements");
                }
                return 0;
            }
        }
        if (*c == '&') {
            if (entity(ps))
                return -1;
            ps->text_ws = 0;
            have_text = 1;
            continue;
        }
        if (*c == '>' && starts(ps, "]]>"))
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "']]>' in text");
        {
            /* a run of plain text */
            apr_size_t s = ps->pos;

            while (ps->pos < ps->len) {
                unsigned char ch = (unsigned char)ps->buf[ps->pos];
                apr_uint32_t cp;
                apr_size_t k;

                if (ch == '<' || ch == '&')
                    break;
                /* printable ASCII: the bulk of every body, base64 above
                 * all; one table lookup a byte */
                if (plain_tab[ch]) {
                    /* the text is not blank now, so the run goes on
                     * over blanks too: a base64 upload's line breaks
                     * do not end it */
                    ps->text_ws = 0;
                    ps->pos = plain_run(ps->buf, ps->pos + 1, ps->len);
                    continue;
                }
                k = xml_char((const unsigned char *)ps->buf + ps->pos,
                             ps->len - ps->pos, &cp);
                if (!k)
                    return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                                "invalid UTF-8 or control character");
                if (!is_ws(ps->buf[ps->pos]))
                    ps->text_ws = 0;
                ps->pos += k;
            }
            if (text_put(ps, ps->buf + s, ps->pos - s))
                return -1;
            have_text = 1;
        }
    }
}

/* Skip whitespace-only text; return the next structural token. */
static int next_struct(parser_t *ps)
{
    if (next(ps))
        return -1;
    if (ps->tok == T_TEXT) {
        if (!ps->text_ws)
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                        "text where an element belongs");
        if (next(ps))
            return -1;
        if (ps->tok == T_TEXT)
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                        "text where an element belongs");
    }
    return 0;
}

static int expect_start(parser_t *ps, const char *name)
{
    if (next_struct(ps))
        return -1;
    if (ps->tok != T_START || strcmp(ps->name, name))
        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                    apr_psprintf(ps->p, "expected <%s>", name));
    return 0;
}

static int expect_end(parser_t *ps, const char *name)
{
    if (next_struct(ps))
        return -1;
    if (ps->tok != T_END || strcmp(ps->name, name))
        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                    apr_psprintf(ps->p, "expected </%s>", name));
    return 0;
}

/* Text content up to </name>; returns a pool copy. */
static int text_until_end(parser_t *ps, const char *name, const char **out,
                          apr_size_t *len)
{
    if (next(ps))
        return -1;
    if (ps->tok == T_TEXT) {
        *len = ps->text_len;
        if (ps->text_len >= 256) {
            /* a long text keeps its buffer (at most twice its size) and
             * is not copied again; the next text starts a buffer of its
             * own. Short ones are copied, so many small strings do not
             * each hold a buffer's worth of pool. */
            *out = ps->text;
            ps->text = NULL;
            ps->text_cap = 0;
            ps->text_len = 0;
        }
        else
            *out = apr_pstrmemdup(ps->p, ps->text ? ps->text : "", ps->text_len);
        if (next(ps))
            return -1;
    }
    else {
        *out = "";
        *len = 0;
    }
    if (ps->tok != T_END || strcmp(ps->name, name))
        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                    apr_psprintf(ps->p, "expected </%s>", name));
    return 0;
}

/* Decoded leniently, as Perl's MIME::Base64 and PHP's base64_decode do:
 * whitespace and padding skipped; other stray characters skipped too but
 * flagged, so the policy can refuse them. */
static void b64_decode(apr_pool_t *p, cmsguard_xv_t *v, const char *in,
                       apr_size_t n)
{
    int bad;

    v->data = cmsguard_base64_decode(p, in, n, &v->len, &bad);
    v->bad_base64 = bad != 0;
}

static int parse_value(parser_t *ps, cmsguard_xv_t *v, int depth);

static int parse_struct(parser_t *ps, cmsguard_xv_t *v, int depth)
{
    v->type = CMSGUARD_XV_STRUCT;
    v->items = apr_array_make(ps->p, 4, sizeof(cmsguard_xv_t *));
    for (;;) {
        cmsguard_xv_t *m;
        const char *mname = NULL;
        int have_value = 0;

        if (next_struct(ps))
            return -1;
        if (ps->tok == T_END && !strcmp(ps->name, "struct"))
            return 0;
        if (ps->tok != T_START || strcmp(ps->name, "member"))
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "expected <member>");
        m = apr_pcalloc(ps->p, sizeof(*m));
        /* name and value, in either order (some clients swap them) */
        for (;;) {
            if (next_struct(ps))
                return -1;
            if (ps->tok == T_END && !strcmp(ps->name, "member"))
                break;
            if (ps->tok == T_START && !strcmp(ps->name, "name") && !mname) {
                apr_size_t l;
                if (text_until_end(ps, "name", &mname, &l))
                    return -1;
            }
            else if (ps->tok == T_START && !strcmp(ps->name, "value")
                     && !have_value) {
                if (parse_value(ps, m, depth))
                    return -1;
                have_value = 1;
            }
            else {
                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                            "unexpected element in <member>");
            }
        }
        if (!mname || !have_value)
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                        "<member> without <name> or <value>");
        m->name = mname;
        APR_ARRAY_PUSH(v->items, cmsguard_xv_t *) = m;
    }
}

static int parse_array(parser_t *ps, cmsguard_xv_t *v, int depth)
{
    v->type = CMSGUARD_XV_ARRAY;
    v->items = apr_array_make(ps->p, 4, sizeof(cmsguard_xv_t *));
    if (next_struct(ps))
        return -1;
    if (ps->tok == T_EMPTY && !strcmp(ps->name, "data"))
        return expect_end(ps, "array");
    if (ps->tok != T_START || strcmp(ps->name, "data"))
        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "expected <data>");
    for (;;) {
        cmsguard_xv_t *e;

        if (next_struct(ps))
            return -1;
        if (ps->tok == T_END && !strcmp(ps->name, "data"))
            break;
        if (ps->tok != T_START || strcmp(ps->name, "value"))
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "expected <value>");
        e = apr_pcalloc(ps->p, sizeof(*e));
        if (parse_value(ps, e, depth))
            return -1;
        APR_ARRAY_PUSH(v->items, cmsguard_xv_t *) = e;
    }
    return expect_end(ps, "array");
}

static const struct {
    const char *tag;
    cmsguard_xv_type_e type;
} scalar_tags[] = {
    {"string", CMSGUARD_XV_STRING}, {"int", CMSGUARD_XV_INT},
    {"i4", CMSGUARD_XV_INT}, {"i8", CMSGUARD_XV_INT},
    {"boolean", CMSGUARD_XV_BOOLEAN}, {"double", CMSGUARD_XV_DOUBLE},
    {"dateTime.iso8601", CMSGUARD_XV_DATETIME},
    {"base64", CMSGUARD_XV_BASE64}, {"nil", CMSGUARD_XV_NIL}
};

/* Called after <value>; consumes through </value>. */
static int parse_value(parser_t *ps, cmsguard_xv_t *v, int depth)
{
    const char *lead = NULL;
    apr_size_t lead_len = 0;
    int lead_ws = 1;
    apr_size_t i;

    if (depth >= ps->lim->max_depth)
        return fail(ps, CMSGUARD_XMLRPC_ELIMIT, "values nested too deep");
    if (next(ps))
        return -1;
    if (ps->tok == T_TEXT) {
        lead = apr_pstrmemdup(ps->p, ps->text ? ps->text : "", ps->text_len);
        lead_len = ps->text_len;
        lead_ws = ps->text_ws;
        if (next(ps))
            return -1;
    }
    if (ps->tok == T_END && !strcmp(ps->name, "value")) {
        /* <value>text</value> is a string, whitespace included */
        v->type = CMSGUARD_XV_STRING;
        v->data = lead ? lead : "";
        v->len = lead_len;
        return 0;
    }
    if (!lead_ws)
        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                    "text beside a typed value");
    if (ps->tok == T_START && !strcmp(ps->name, "struct")) {
        if (parse_struct(ps, v, depth + 1))
            return -1;
    }
    else if (ps->tok == T_START && !strcmp(ps->name, "array")) {
        if (parse_array(ps, v, depth + 1))
            return -1;
    }
    else if (ps->tok == T_START || ps->tok == T_EMPTY) {
        for (i = 0; i < sizeof(scalar_tags) / sizeof(scalar_tags[0]); i++) {
            if (!strcmp(ps->name, scalar_tags[i].tag))
                break;
        }
        if (i == sizeof(scalar_tags) / sizeof(scalar_tags[0]))
            return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                        apr_psprintf(ps->p, "unknown value type <%s>",
                                     ps->name));
        v->type = scalar_tags[i].type;
        if (ps->tok == T_EMPTY) {
            v->data = "";
            v->len = 0;
        }
        else if (v->type == CMSGUARD_XV_BASE64) {
            /* decode straight from the text buffer: no copy of the
             * encoded text, which is the bulk of a media upload */
            const char *tag = ps->name;

            if (next(ps))
                return -1;
            if (ps->tok == T_TEXT) {
                b64_decode(ps->p, v, ps->text ? ps->text : "", ps->text_len);
                if (next(ps))
                    return -1;
            }
            else {
                v->data = "";
                v->len = 0;
            }
            if (ps->tok != T_END || strcmp(ps->name, tag))
                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED,
                            apr_psprintf(ps->p, "expected </%s>", tag));
        }
        else {
            const char *t;
            apr_size_t l;
            const char *tag = ps->name;

            if (text_until_end(ps, tag, &t, &l))
                return -1;
            v->data = t;
            v->len = l;
        }
    }
    else {
        return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "expected a value");
    }
    return expect_end(ps, "value");
}

static int has_8bit(const char *b, apr_size_t n)
{
    apr_size_t i;

    for (i = 0; i < n; i++)
        if ((unsigned char)b[i] >= 0x80)
            return 1;
    return 0;
}

/* Byte-order marks and the XML declaration. Only UTF-8 (and its ASCII
 * subset) is what the CMS parsers and we agree on byte for byte; any other
 * encoding would let an attacker show us one text and the CMS another. */
static int prolog(parser_t *ps)
{
    const unsigned char *b = (const unsigned char *)ps->buf;

    if (ps->len >= 2 && ((b[0] == 0xff && b[1] == 0xfe)
                         || (b[0] == 0xfe && b[1] == 0xff)))
        return fail(ps, CMSGUARD_XMLRPC_EENCODING, "UTF-16 body");
    if (ps->len >= 4 && ((b[0] == 0 && b[1] != 0) || (b[0] != 0 && b[1] == 0)))
        return fail(ps, CMSGUARD_XMLRPC_EENCODING, "UTF-16 body");
    if (ps->len >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf)
        ps->pos = 3;
    if (starts(ps, "<?xml") && ps->len - ps->pos > 5
        && (is_ws(ps->buf[ps->pos + 5]) || ps->buf[ps->pos + 5] == '?')) {
        apr_size_t s = ps->pos;
        const char *decl, *enc;

        if (skip_past(ps, "?>", "unterminated XML declaration"))
            return -1;
        decl = apr_pstrmemdup(ps->p, ps->buf + s, ps->pos - s);
        enc = strstr(decl, "encoding");
        if (enc) {
            const char *q;
            char quote;
            apr_size_t n;
            const char *name;

            enc += 8;
            while (is_ws(*enc)) enc++;
            if (*enc != '=')
                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad XML declaration");
            enc++;
            while (is_ws(*enc)) enc++;
            quote = *enc;
            if (quote != '"' && quote != '\'')
                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad XML declaration");
            q = strchr(enc + 1, quote);
            if (!q)
                return fail(ps, CMSGUARD_XMLRPC_EMALFORMED, "bad XML declaration");
            n = (apr_size_t)(q - enc - 1);
            name = apr_pstrmemdup(ps->p, enc + 1, n);
            if (apr_cstr_casecmp(name, "UTF-8") && apr_cstr_casecmp(name, "US-ASCII")
                && apr_cstr_casecmp(name, "ASCII")) {
                int latin1 = !apr_cstr_casecmp(name, "ISO-8859-1")
                          || !apr_cstr_casecmp(name, "latin1");
                /* A 7-bit body reads the same in Latin-1 and UTF-8: no
                 * room for us and the CMS to see different text. */
                if (latin1 && !has_8bit(ps->buf, ps->len))
                    return 0;
                if (latin1 && ps->lim->allow_latin1) {
                    ps->latin1 = 1;
                    return 0;
                }
                return fail(ps, CMSGUARD_XMLRPC_EENCODING,
                            apr_psprintf(ps->p, "encoding \"%s\" is not "
                                         "accepted", name));
            }
        }
    }
    return 0;
}

cmsguard_xmlrpc_err_e cmsguard_xmlrpc_parse(apr_pool_t *p,
                                            const char *buf, apr_size_t len,
                                            const cmsguard_xmlrpc_limits_t *lim,
                                            cmsguard_xmlrpc_call_t **out,
                                            cmsguard_xmlrpc_error_t *err)
{
    static const cmsguard_xmlrpc_limits_t defaults =
        CMSGUARD_XMLRPC_DEFAULT_LIMITS;
    parser_t ps;
    cmsguard_xmlrpc_call_t *call;
    apr_size_t l;

    memset(&ps, 0, sizeof(ps));
    memset(err, 0, sizeof(*err));
    ps.p = p;
    ps.buf = buf;
    ps.len = len;
    ps.lim = lim ? lim : &defaults;
    ps.err = err;
    *out = NULL;

    if (len == 0) {
        err->code = CMSGUARD_XMLRPC_EMALFORMED;
        err->msg = "empty body";
        return err->code;
    }
    call = apr_pcalloc(p, sizeof(*call));
    call->params = apr_array_make(p, 4, sizeof(cmsguard_xv_t *));

    if (prolog(&ps))
        goto done;
    if (ps.latin1) {
        /* Transcode once and parse the UTF-8 text the CMS will see. */
        apr_size_t i, o = 0;
        char *u = apr_palloc(p, len * 2 + 1);

        for (i = 0; i < len; i++) {
            unsigned char ch = (unsigned char)buf[i];
            if (ch < 0x80)
                u[o++] = (char)ch;
            else {
                u[o++] = (char)(0xc0 | (ch >> 6));
                u[o++] = (char)(0x80 | (ch & 0x3f));
            }
        }
        /* the prolog is ASCII, so ps.pos is the same offset in u */
        ps.buf = u;
        ps.len = o;
    }
    if (expect_start(&ps, "methodCall")
        || expect_start(&ps, "methodName")
        || text_until_end(&ps, "methodName", &call->method, &l))
        goto done;
    if (next_struct(&ps))
        goto done;
    if (ps.tok == T_START && !strcmp(ps.name, "params")) {
        for (;;) {
            cmsguard_xv_t *v;

            if (next_struct(&ps))
                goto done;
            if (ps.tok == T_END && !strcmp(ps.name, "params"))
                break;
            if (ps.tok != T_START || strcmp(ps.name, "param")) {
                fail(&ps, CMSGUARD_XMLRPC_EMALFORMED, "expected <param>");
                goto done;
            }
            v = apr_pcalloc(p, sizeof(*v));
            if (expect_start(&ps, "value") || parse_value(&ps, v, 0)
                || expect_end(&ps, "param"))
                goto done;
            APR_ARRAY_PUSH(call->params, cmsguard_xv_t *) = v;
        }
        if (next_struct(&ps))
            goto done;
    }
    else if (ps.tok == T_EMPTY && !strcmp(ps.name, "params")) {
        if (next_struct(&ps))
            goto done;
    }
    if (ps.tok != T_END || strcmp(ps.name, "methodCall")) {
        fail(&ps, CMSGUARD_XMLRPC_EMALFORMED, "expected </methodCall>");
        goto done;
    }
    /* only whitespace and comments may follow */
    do {
        if (next(&ps))
            goto done;
    } while (ps.tok == T_TEXT && ps.text_ws);
    if (ps.tok != T_EOF)
        fail(&ps, CMSGUARD_XMLRPC_EMALFORMED, "content after </methodCall>");

done:
    if (ps.latin1 && err->code != CMSGUARD_XMLRPC_OK) {
        /* report the offset in the client's bytes, not in our UTF-8 */
        apr_size_t i, o = 0;

        for (i = 0; i < len && o < err->offset; i++)
            o += (unsigned char)buf[i] < 0x80 ? 1 : 2;
        err->offset = i;
    }
    call->elements = ps.elements;
    if (err->code == CMSGUARD_XMLRPC_OK)
        *out = call;
    return err->code;
}

const cmsguard_xv_t *cmsguard_xv_member(const cmsguard_xv_t *v,
                                        const char *name)
{
    int i;

    if (!v || v->type != CMSGUARD_XV_STRUCT)
        return NULL;
    for (i = 0; i < v->items->nelts; i++) {
        const cmsguard_xv_t *m = APR_ARRAY_IDX(v->items, i, cmsguard_xv_t *);
        if (!strcmp(m->name, name))
            return m;
    }
    return NULL;
}

const char *cmsguard_xv_type_name(cmsguard_xv_type_e t)
{
    static const char *names[] = {
        "string", "int", "boolean", "double", "dateTime.iso8601", "base64",
        "nil", "struct", "array"
    };
    return (unsigned)t < sizeof(names) / sizeof(names[0]) ? names[t] : "?";
}
