# evsh — the two commands of the README: `make run` and `make test`.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
EVSH_RELEASE := .build/release/evsh

.PHONY: run test bench build deps test-deps clean docs

# libedit-dev is the one system library evsh links; install it when its header is missing.
deps:
	@if [ ! -f /usr/include/histedit.h ]; then \
	  echo "make: installing libedit-dev (the line editor evsh uses)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev; \
	fi

# The terminal test drives the real prompt in tmux; install it when missing (skipped with a
# message if that is impossible).
test-deps: deps
	@if ! command -v tmux >/dev/null 2>&1; then \
	  echo "make: installing tmux (for the terminal test)"; \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq tmux) || echo "make: tmux not installed; the terminal test will skip"; \
	fi

build: deps
	$(SWIFT) build -c release --product evsh

run: build
	$(EVSH_RELEASE) --demo

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

bench: deps
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark

clean:
	rm -rf .build Benchmarks/.build

# Regenerate docs/commands.md from the command declarations.
docs: deps
	RECORD_DOCS=1 $(SWIFT) test --disable-xctest --filter CommandReferenceTests
