# evsh — the two commands of the README: `make run` and `make test`.
SWIFT ?= swift
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EVSH_RELEASE := .build/release/evsh

.PHONY: run test bench bench-callgrind bench-workbook bench-postgres build deps test-deps clean docs fuzz

# libedit-dev (the line editor), libpq-dev (PostgreSQL) and zlib1g-dev (ZIPFoundation
# inflates workbooks with zlib) are the system libraries evsh links; install them when their headers are missing.
deps:
	@if [ ! -f /usr/include/histedit.h ]; then \
	  echo "make: installing libedit-dev (the line editor evsh uses)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev; \
	fi
	@if [ ! -f /usr/include/postgresql/libpq-fe.h ]; then \
	  echo "make: installing libpq-dev (evsh reads PostgreSQL databases with libpq)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libpq-dev; \
	fi
	@if [ ! -f /usr/include/zlib.h ]; then \
	  echo "make: installing zlib1g-dev (ZIPFoundation reads .xlsx workbooks with it)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq zlib1g-dev; \
	fi

# The terminal test drives the real prompt in tmux, the database tests a throwaway PostgreSQL
# server; install them when missing (those tests skip with a message if that is impossible).
test-deps: deps
	@if ! command -v tmux >/dev/null 2>&1; then \
	  echo "make: installing tmux (for the terminal test)"; \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq tmux) || echo "make: tmux not installed; the terminal test will skip"; \
	fi
	@# LibreOffice reads the exported workbooks back (XlsxExportTests); about 50 s and 350 MB here.
	@if ! command -v soffice >/dev/null 2>&1; then \
	  echo "make: installing libreoffice-calc-nogui (the LibreOffice check of exported workbooks)"; \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui) \
	    || echo "make: LibreOffice not installed; the LibreOffice check will skip"; \
	fi
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  echo "make: installing postgresql (the database tests run against a throwaway server)"; \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq postgresql) || echo "make: postgresql not installed; the database tests will skip"; \
	fi

build: deps
	$(SWIFT) build -c release --product evsh

run: build
	$(EVSH_RELEASE) --demo

# The tests run inside a throwaway PostgreSQL cluster (Tests/postgres/cluster.sh: a temporary
# folder, a Unix socket only, stopped afterwards even when tests fail).
test: test-deps
	$(SWIFT) build --build-tests
	Tests/postgres/cluster.sh run $(SWIFT) test --skip-build --disable-xctest

# The instruction counts (bench-callgrind), the package benchmarks (load CSV 100k and 1M, load
# a workbook, export a workbook), then the workbooks against their peer (bench-workbook).
bench: deps bench-callgrind
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark
	$(MAKE) bench-workbook

# The figure of record for load speed: callgrind's instruction count of a whole
# `evsh -c "load FILE; count"` on the 100 000-row wide file, per input byte, and of `evsh -c quit`
# (docs/loading.md, "Speed and memory"). Needs valgrind.
bench-callgrind: build
	@command -v valgrind >/dev/null 2>&1 || { echo "make: installing valgrind (for the instruction counts)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq valgrind; }
	Benchmarks/callgrind-load.sh $(EVSH_RELEASE)

# Workbooks, whole processes, release build (docs/loading.md, "Speed and memory"): the 100 000-row
# wide file as an xlsxwriter workbook, loaded by evsh and by Polars' calamine reader in turn (5
# pairs); then a 1 000 000-row workbook (made once in the temp folder): wall time and peak memory.
BENCH_TMP := $(or $(TMPDIR),/tmp)
BENCH_WORKBOOK ?= $(BENCH_TMP)/evsh-bench-1m.xlsx
BENCH_WIDE_WORKBOOK := $(BENCH_TMP)/evsh-bench-wide-100000-xlsxwriter.xlsx
bench-workbook: build
	@python3 -c "import xlsxwriter" 2>/dev/null || pip install xlsxwriter
	@test -f $(BENCH_WIDE_WORKBOOK) || { test -f $(BENCH_TMP)/evsh-bench-wide-100000.csv || \
	    (cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark --filter "load wide 100k"); \
	    python3 Benchmarks/Workbooks/csv_to_xlsx.py $(BENCH_TMP)/evsh-bench-wide-100000.csv $(BENCH_WIDE_WORKBOOK); }
	python3 Benchmarks/Workbooks/versus_calamine.py $(EVSH_RELEASE) $(BENCH_WIDE_WORKBOOK) 5
	@test -f $(BENCH_WORKBOOK) || python3 Benchmarks/Workbooks/gen_workbook.py $(BENCH_WORKBOOK)
	/usr/bin/time -v $(EVSH_RELEASE) -c "load $(BENCH_WORKBOOK) as big; count" 2>&1 | \
	    grep -E "^big:|rows|Elapsed|Maximum resident"

# The PostgreSQL bars (docs/databases.md, "Speed"): a throwaway cluster, 1 000 000 rows × 28
# columns, evsh against psql in turn, whole process, medians of BENCH_RUNS rounds (needs
# Debian's postgresql, which `make test` installs).
BENCH_RUNS ?= 5
bench-postgres: build
	RUNS=$(BENCH_RUNS) EVSH=$(EVSH_RELEASE) Benchmarks/Postgres/bench.sh

# Fuzzing: each target under libFuzzer with AddressSanitizer for FUZZ_SECONDS, seeded with the
# sessions, the CSV corpora and Fuzz/seeds. A crash, a leak or a timeout fails; the input is
# left in .build-fuzz/ as crash-TARGET-… (copy it to Tests/FuzzRegressionTests/Crashes/TARGET/).
FUZZ_SECONDS ?= 60
# A fixed seed makes a CI run repeatable; FUZZ_SEED=0 lets libFuzzer choose.
FUZZ_SEED ?= 1
FUZZ_TARGETS := csv expression command-line transcript journal xlsx
FUZZ_BIN := .build-fuzz/debug/evsh-fuzz
# The toolchain's lld links it: gold stops with an internal error on the sanitizer's symbols.
FUZZ_LLD = $(dir $(realpath $(shell command -v $(SWIFT))))ld.lld
fuzz: deps
	@mkdir -p .build-fuzz && printf '{"schemaVersion": "1.0", "linker": {"path": "%s"}}\n' "$(FUZZ_LLD)" > .build-fuzz/toolset.json
	$(SWIFT) build --product evsh-fuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DEVSH_FUZZ --toolset .build-fuzz/toolset.json
	@set -e; for t in $(FUZZ_TARGETS); do \
	  seeds=.build-fuzz/seeds/$$t; corpus=.build-fuzz/corpus/$$t; mkdir -p $$seeds $$corpus; \
	  case $$t in \
	    csv) cp sessions/errors/*.csv $$seeds/ 2>/dev/null || true; \
	         if [ -d ../shared/conformance/csv ]; then find ../shared/conformance/csv -type f -size -200k -exec cp {} $$seeds/ \; ; fi ;; \
	    expression) cp Fuzz/seeds/expression/* $$seeds/ ;; \
	    command-line) cp sessions/*.evsh $$seeds/; for f in sessions/errors/*.evsh; do cp $$f $$seeds/errors-$$(basename $$f); done ;; \
	    transcript) cp sessions/*.md $$seeds/; for f in sessions/errors/*.md; do cp $$f $$seeds/errors-$$(basename $$f); done ;; \
	    journal) cp Fuzz/seeds/journal/* $$seeds/ ;; \
	    xlsx) cp sessions/*.xlsx $$seeds/; for f in Tests/EvidenceDataTests/Load/Xlsx/Fixtures/*.xlsx; do \
	            case $$f in *bomb*) ;; *) cp $$f $$seeds/; unzip -p $$f xl/worksheets/sheet1.xml > $$seeds/$$(basename $$f .xlsx).xml 2>/dev/null || true ;; esac; done; \
	          for f in Tests/EvidenceDataTests/Load/Xlsx/Fixtures/*.ods; do cp $$f $$seeds/; unzip -p $$f content.xml > $$seeds/$$(basename $$f .ods).content.xml 2>/dev/null || true; done ;; \
	  esac; \
	  cp Tests/FuzzRegressionTests/Crashes/$$t/* $$seeds/ 2>/dev/null || true; \
	  echo "make: fuzzing '$$t' for $(FUZZ_SECONDS) s"; \
	  LSAN_OPTIONS=suppressions=Fuzz/lsan.supp EVSH_FUZZ_TARGET=$$t $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -seed=$(FUZZ_SEED) -timeout=10 -rss_limit_mb=4096 \
	    -max_len=65536 -print_final_stats=1 -artifact_prefix=.build-fuzz/crash-$$t- $$corpus $$seeds 2>&1 | tail -n 12; \
	  test $${PIPESTATUS[0]} -eq 0 || { echo "make: fuzz target '$$t' failed; see .build-fuzz/crash-$$t-*"; exit 1; }; \
	done

clean:
	rm -rf .build .build-fuzz Benchmarks/.build

# Regenerate docs/commands.md from the command declarations.
docs: deps
	RECORD_DOCS=1 $(SWIFT) test --disable-xctest --filter CommandReferenceTests
