# mod_cmsguard build. `make` builds the module and the engine; `make test`
# installs what is missing (Debian 12), builds and runs every test.

APXS    ?= $(shell command -v apxs 2>/dev/null || echo /usr/bin/apxs)
CC      ?= cc
BUILD   := build

# The engine is compiled with APR's include path only: an httpd header in
# src/ fails the build instead of slipping through.
APR_CFLAGS  := $(shell pkg-config --cflags apr-1 apr-util-1 2>/dev/null)
APR_LIBS    := $(shell pkg-config --libs apr-1 apr-util-1 2>/dev/null)
PCRE_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE_LIBS   := $(shell pkg-config --libs libpcre2-8 2>/dev/null)
MMDB_LIBS   := $(shell pkg-config --libs libmaxminddb 2>/dev/null)

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wformat=2 -Wno-unused-parameter
OPT     ?= -O2 -g
SAN     ?=
# The module's code runs on every request: its calls into APR, httpd and
# libc go straight through the GOT (bound when httpd loads the module)
# rather than via PLT stubs, one jump less per call (make bench-cost saw
# 0.1-0.2k fewer instructions per static GET, near its run-to-run noise).
DSO_CFLAGS := -fPIC -fno-plt
ENGINE_CFLAGS := $(OPT) $(SAN) $(DSO_CFLAGS) -fvisibility=hidden -std=gnu99 $(WARN) \
                 $(APR_CFLAGS) $(PCRE_CFLAGS) -Isrc
ENGINE_LIBS   := $(APR_LIBS) $(PCRE_LIBS) $(MMDB_LIBS)

ENGINE_SRC := $(wildcard src/*.c)
ENGINE_OBJ := $(patsubst src/%.c,$(BUILD)/src/%.o,$(ENGINE_SRC)) \
              $(BUILD)/gen/xmlrpc_methods.o
METHOD_TABLES := rules/xmlrpc/wordpress.methods rules/xmlrpc/jetpack.methods \
                 rules/xmlrpc/movabletype.methods
ENGINE_HDR := $(wildcard src/*.h)
ENGINE_LIB := $(BUILD)/libcmsguard.a

GLUE_SRC := $(wildcard mod_cmsguard*.c)
GLUE_HDR := mod_cmsguard.h
MODULE   := $(BUILD)/.libs/mod_cmsguard.so

UNIT_SRC := $(wildcard t/unit/*.c)
UNIT_BIN := $(patsubst t/unit/%.c,$(BUILD)/t/unit/%,$(UNIT_SRC))

.PHONY: all module engine unit cli test test-asan test-unit test-integration deps demo \
        test-wordpress wordpress-deps \
        demo-stop install deb deb-deps clean check-tools fuzz fuzz-build bench-xmlrpc \
        bench-rules bench-compare bench-cost bench-paired soak

all: module cli

CLI := $(BUILD)/cmsguard
cli: $(CLI)

$(CLI): tools/cmsguard.c $(ENGINE_LIB)
	$(CC) $(OPT) $(SAN) -std=gnu99 $(WARN) $(APR_CFLAGS) $(PCRE_CFLAGS) -Isrc \
	    $(LDFLAGS) -o $@ $< $(ENGINE_LIB) $(ENGINE_LIBS)

check-tools:
	@test -x "$(APXS)" || { echo "apxs not found: run 'make deps' (installs apache2-dev and friends)" >&2; exit 1; }

engine: $(ENGINE_LIB)

$(BUILD)/src/%.o: src/%.c $(ENGINE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(ENGINE_CFLAGS) -c -o $@ $<

# The XML-RPC method tables are compiled in from the sourced lists, so the
# module needs no data files at run time and the lists stay the one truth.
$(BUILD)/gen/xmlrpc_methods.c: $(METHOD_TABLES) tools/gen-methods.sh
	@mkdir -p $(dir $@)
	tools/gen-methods.sh $@ $(METHOD_TABLES)

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(ENGINE_CFLAGS) -c -o $@ $<

$(ENGINE_LIB): $(ENGINE_OBJ)
	@rm -f $@
	ar rcs $@ $^

module: check-tools $(MODULE)

# apxs compiles the glue with httpd's headers and links the engine archive
# as an object; the version script exports only cmsguard_module.
$(MODULE): $(GLUE_SRC) $(GLUE_HDR) $(ENGINE_LIB) mod_cmsguard.map
	@mkdir -p $(BUILD)
	@$(APXS) -c -o $(BUILD)/mod_cmsguard.la \
	    -Wc,"$(OPT) $(SAN) $(DSO_CFLAGS) -std=gnu99 $(WARN) -Isrc" \
	    $(if $(SAN),-Wl$(comma)"$(SAN)") \
	    $(GLUE_SRC) $(ENGINE_LIB) $(PCRE_LIBS) $(MMDB_LIBS) \
	    -Wl,--version-script=mod_cmsguard.map >$(BUILD)/apxs.log 2>&1 \
	    || { cat $(BUILD)/apxs.log; exit 1; }
	@echo "built $(MODULE)"
	@rm -f mod_cmsguard*.lo mod_cmsguard*.slo mod_cmsguard*.o
comma := ,

unit: $(UNIT_BIN)

$(BUILD)/t/unit/%: t/unit/%.c t/unit/tap.h $(ENGINE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(OPT) $(SAN) -std=gnu99 $(WARN) $(APR_CFLAGS) $(PCRE_CFLAGS) -Isrc -It/unit \
	    -o $@ $< $(ENGINE_LIB) $(ENGINE_LIBS)

# libFuzzer targets (clang-14), built from the engine sources with ASan and
# UBSan. `make fuzz FUZZ_SECONDS=600` runs each target that long; make test
# runs each briefly through t/fuzz.t.
FUZZ_CC      ?= clang-14
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := $(patsubst fuzz/%.c,%,$(wildcard fuzz/*.c))
FUZZ_BINS    := $(patsubst %,$(BUILD)/fuzz/%,$(FUZZ_TARGETS))

fuzz-build: $(FUZZ_BINS) $(BUILD)/fuzz/seeds.stamp

$(BUILD)/fuzz/%: fuzz/%.c $(ENGINE_SRC) $(ENGINE_HDR) $(BUILD)/gen/xmlrpc_methods.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=undefined $(APR_CFLAGS) $(PCRE_CFLAGS) -Isrc -o $@ \
	    $< $(ENGINE_SRC) $(BUILD)/gen/xmlrpc_methods.c $(ENGINE_LIBS)

# Seeds: the bodies and request paths of the corpus.
$(BUILD)/fuzz/seeds.stamp: $(wildcard t/corpus/*/*.http fuzz/regress/*/* rules/*/*.rules t/rules/*.rules) tools/fuzz-seeds.pl
	@mkdir -p $(BUILD)/fuzz
	perl tools/fuzz-seeds.pl $(BUILD)/fuzz/seeds
	@touch $@

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(BUILD)/fuzz/corpus/$$t; \
	    $(BUILD)/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	        -artifact_prefix=$(BUILD)/fuzz/$$t- \
	        $(BUILD)/fuzz/corpus/$$t $(BUILD)/fuzz/seeds/$$t || exit 1; \
	done

# Benchmarks measure and print; they assert nothing (see bench/README).
$(BUILD)/bench/%: bench/%.c $(ENGINE_LIB)
	@mkdir -p $(dir $@)
	$(CC) -O2 -g -std=gnu99 $(WARN) $(APR_CFLAGS) $(PCRE_CFLAGS) -Isrc -o $@ $< \
	    $(ENGINE_LIB) $(ENGINE_LIBS)

# plain httpd vs mod_cmsguard vs ModSecurity + OWASP CRS (installs the
# Debian packages it needs)
bench-compare: all
	perl -It/lib bench/compare.pl

# the same servers and requests, in instructions per request (callgrind):
# steady where req/s is noise
bench-cost: all
	perl -It/lib bench/cost.pl

# CPU per request with plain httpd running at the same time on the same
# CPU: the machine's drift cancels, so a few percent shows in minutes
bench-paired: all
	perl -It/lib bench/paired.pl

bench-rules: all $(BUILD)/bench/rules
	$(BUILD)/bench/rules

bench-xmlrpc: all $(BUILD)/bench/xmlrpc-parse
	$(BUILD)/bench/xmlrpc-parse
	perl -It/lib bench/xmlrpc-e2e.pl

# Soak: corpus traffic with graceful restarts for SOAK_SECONDS; fails on a
# wrong answer, an audit record that is not one refusal, invalid JSON or a
# crash, never on a time (see bench/README).
SOAK_SECONDS ?= 300
soak: all
	SOAK_SECONDS=$(SOAK_SECONDS) perl -It/lib bench/soak.pl

deps:
	@tools/deps.sh

# The one command for every test. CI (.ci/run) calls exactly this.
# WordPress end to end (t/integration/97-wordpress.t) needs Debian's
# wordpress, php-fpm and mariadb-server: they are installed here when
# they can be; when they cannot, that test skips and says which are missing.
test: deps
	@tools/deps.sh wordpress || echo "make test: the WordPress packages could not be installed;" \
	    "t/integration/97-wordpress.t will skip and name what is missing" >&2
	@$(MAKE) --no-print-directory all unit fuzz-build
	prove -j2 -It/lib t/unit.t t/fuzz.t t/integration/
	@$(MAKE) --no-print-directory test-asan

# The same suites with the module, engine, CLI and unit tests built with
# AddressSanitizer and UBSan (build-asan/), the sanitizer runtime preloaded
# into Debian's httpd. Any report in a server's error log fails the test
# that ran it (CMSGuard::Test::crashes).
ASAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer
test-asan: deps
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g" SAN="$(ASAN_FLAGS)" all unit
	CMSGUARD_BUILD=build-asan \
	CMSGUARD_LD_PRELOAD=$$($(CC) -print-file-name=libasan.so) \
	ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:log_path=stderr \
	UBSAN_OPTIONS=print_stacktrace=1 \
	prove -j2 -It/lib t/unit.t t/integration/

# Real WordPress (Debian's package) on a MariaDB and a PHP-FPM of its own,
# behind httpd + mod_cmsguard and a control httpd without it. Here a
# missing package is a failure, not a skip.
wordpress-deps:
	@tools/deps.sh wordpress

test-wordpress: wordpress-deps
	@$(MAKE) --no-print-directory all
	CMSGUARD_WORDPRESS=required prove -v -It/lib t/integration/97-wordpress.t

test-unit: unit
	prove -It/lib t/unit.t

test-integration: all
	prove -j2 -It/lib t/integration/

demo: deps
	@$(MAKE) --no-print-directory all
	@perl -It/lib tools/demo.pl start

demo-stop:
	@perl -It/lib tools/demo.pl stop

LIBEXECDIR = $(shell $(APXS) -q LIBEXECDIR)
install: module cli
	install -d $(DESTDIR)$(LIBEXECDIR)
	$(APXS) -i -S LIBEXECDIR=$(DESTDIR)$(LIBEXECDIR) \
	    -n cmsguard $(BUILD)/mod_cmsguard.la
	install -d $(DESTDIR)/etc/apache2/mods-available
	install -m 644 conf/cmsguard.load conf/cmsguard.conf \
	    $(DESTDIR)/etc/apache2/mods-available/
	install -d $(DESTDIR)/usr/bin $(DESTDIR)/usr/share/cmsguard
	install -m 755 $(CLI) $(DESTDIR)/usr/bin/cmsguard
	cp -r rules $(DESTDIR)/usr/share/cmsguard/

# Debian binary package libapache2-mod-cmsguard (debian/), built with
# dpkg-buildpackage + debhelper from a copy of the tree in build/deb/src:
# the .deb lands in build/deb/ and the checkout gets no debian/ build
# litter. The inner build is a make of its own, so this make's variables
# (BUILD=, -j jobserver) are not handed down to it.
DEB_DIR := $(BUILD)/deb
deb-deps:
	@tools/deps.sh deb

deb: deb-deps
	rm -rf $(DEB_DIR)
	mkdir -p $(DEB_DIR)/src
	tar -cf - --exclude=./.git --exclude='./$(BUILD)' --exclude=./build \
	    --exclude='./build-*' --exclude=./.libs --exclude='*.o' --exclude='*.lo' --exclude='*.slo' \
	    --exclude='*.la' . | tar -C $(DEB_DIR)/src -xf -
	cd $(DEB_DIR)/src && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
	    dpkg-buildpackage -b -uc -us >../build.log 2>&1 \
	    || { tail -n 40 ../build.log; echo "dpkg-buildpackage failed: $(DEB_DIR)/build.log" >&2; exit 1; }
	@ls $(DEB_DIR)/*.deb

clean:
	rm -rf $(BUILD) mod_cmsguard*.lo mod_cmsguard*.slo mod_cmsguard*.o .libs
