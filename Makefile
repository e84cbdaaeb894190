# Tessera — the two commands a newcomer needs are `make dev` and `make test`.
# Everything else here is what those two call.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

GO        ?= go
NPM       ?= npm
NODE      ?= node
CONTRACTS := contracts
OPENAPI   := web/openapi

# @chainlink/contracts cannot be installed with npm ci here (one of its
# dependencies is a git URL), so its registry tarball is fetched with
# `npm pack`, checked against the registry's integrity hash pinned below and
# unpacked under contracts/lib/chainlink.
CHAINLINK_VERSION   := 1.5.0
CHAINLINK_INTEGRITY := sha512-1fGJwjvivqAxvVOTqZUEXGR54CATtg0vjcXgSIk4Cfoad2nUhSG/qaWHXjLg1CkNTeOoteoxGQcpP/HiA5HsUA==
CHAINLINK_DIR       := $(CONTRACTS)/lib/chainlink
CHAINLINK_STAMP     := $(CHAINLINK_DIR)/.version-$(CHAINLINK_VERSION)

# `make test` runs `go test $(GO_TEST_FLAGS) $(PKGS)` (and `go vet $(PKGS)`):
# PKGS narrows it to some packages, GO_TEST_FLAGS replaces the flags, e.g.
#   make test PKGS=./auth/... GO_TEST_FLAGS="-race -count=1 -v -run TestX"
GO_TEST_FLAGS ?= -race -count=1 -timeout 30m
PKGS          ?= ./...

# `make dev ARGS="…"` passes flags to `tessera dev` (`tessera dev -h` lists
# them), e.g. ARGS="-addr 127.0.0.1:9000 -rpc-port 8646".
ARGS    ?=
# The binary `make dev` builds and runs (under .tessera: `make clean` removes it).
DEV_BIN ?= .tessera/bin/tessera

# phase N/M,TITLE,COMMAND prints the phase, runs it and says how long it took.
define phase
@echo "==> [$(1)] $(2)"; start=$$(date +%s); $(3); echo "    [$(1)] done in $$(( $$(date +%s) - start ))s"
endef

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | sort

# dev builds the binary and runs it rather than `go run`, which ends with
# status 1 when interrupted whatever its program did. On a terminal tessera
# runs as the terminal's foreground job (set -m): Ctrl-C reaches it alone,
# it stops everything and exits 0, and so does make. Ctrl-Z is ignored there:
# a stopped job would end make and leave tessera stopped. Where an interrupt
# reaches make itself as well (`kill -INT -<group>`, `timeout -s INT`), make
# waits for tessera's clean exit and then ends by the signal, as GNU make
# always does: status 130, with no error line.
.PHONY: dev
dev: toolchain ## run the whole platform locally (dev chain, PostgreSQL, contracts, transaction manager, oracle relay, API) and print the URLs; flags for `tessera dev` go in ARGS="…"
	@echo "==> go build -o $(DEV_BIN) ./cmd/tessera"
	@$(GO) build -o $(DEV_BIN) ./cmd/tessera
	@echo "==> $(DEV_BIN) dev $(ARGS)"
	@if [ -t 0 ]; then set -m; trap '' TSTP; fi; "$(DEV_BIN)" dev $(ARGS) || exit $$?

.PHONY: test
test: toolchain browser ## the whole suite: check-generated, check-layout, vet, go test with the race detector against real PostgreSQL and anvil (about 15 minutes on 2 cores); PKGS=… and GO_TEST_FLAGS="…" narrow it
	$(call phase,1/4,checking generated code (contracts/out and bindings/),$(MAKE) --no-print-directory check-generated)
	$(call phase,2/4,checking storage layouts (contracts/layout.js),$(MAKE) --no-print-directory check-layout)
	$(call phase,3/4,go vet $(PKGS),$(GO) vet $(PKGS))
	$(call phase,4/4,go test $(GO_TEST_FLAGS) $(PKGS)$(if $(filter ./...,$(PKGS)), (the longest phase: about 15 minutes on 2 cores)),$(GO) test $(GO_TEST_FLAGS) $(PKGS))

# --- toolchain -------------------------------------------------------------

.PHONY: toolchain
toolchain: prereqs $(CONTRACTS)/node_modules/.installed $(CHAINLINK_STAMP) $(OPENAPI)/node_modules/.installed ## install the pinned contract and OpenAPI toolchains (npm) if missing

.PHONY: prereqs
prereqs:
	@want=$$(sed -n 's/^go //p' go.mod); \
	  command -v $(GO) >/dev/null || { echo "Go is missing: install Go $$want or newer from https://go.dev/dl (Debian 12's golang package is Go 1.19, too old; see README, Prerequisites)"; exit 1; }; \
	  have=$$($(GO) env GOVERSION | sed 's/^go//'); \
	  [ "$$(printf '%s\n%s\n' "$$want" "$$have" | sort -V | head -1)" = "$$want" ] || { echo "Go $$have is older than go.mod's go $$want: install Go $$want or newer from https://go.dev/dl, or, from Go 1.21 on, let it fetch go $$want itself (GOTOOLCHAIN=auto)"; exit 1; }
	@command -v $(NODE) >/dev/null || { echo "Node.js is missing: install Node.js 20.19+ or 22.12+ with npm from NodeSource or with nvm (Debian 12's nodejs is Node 18, too old; see README, Prerequisites)"; exit 1; }
	@$(NODE) -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit((a === 20 && b >= 19) || (a === 22 && b >= 12) || a > 22 ? 0 : 1)' || \
	  { echo "Node.js $$($(NODE) --version) is too old: redocly wants 20.19+ or 22.12+; install it from NodeSource or with nvm (see README, Prerequisites)"; exit 1; }
	@command -v $(NPM) >/dev/null || { echo "npm is missing: it comes with NodeSource's nodejs and with nvm"; exit 1; }
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null && [ -z "$${DATABASE_URL:-}" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "PostgreSQL server binaries are missing: installing Debian's postgresql package"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null; \
	  else \
	    echo "PostgreSQL server binaries are missing: run 'sudo apt-get install postgresql' (or set DATABASE_URL)"; exit 1; \
	  fi; \
	fi

$(CONTRACTS)/node_modules/.installed: $(CONTRACTS)/package.json $(CONTRACTS)/package-lock.json
	cd $(CONTRACTS) && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

# redocly, openapi-typescript and tsc check the OpenAPI document
# (web/openapi_tools_test.go).
$(OPENAPI)/node_modules/.installed: $(OPENAPI)/package.json $(OPENAPI)/package-lock.json
	cd $(OPENAPI) && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

$(CHAINLINK_STAMP):
	@rm -rf $(CHAINLINK_DIR) && mkdir -p $(CHAINLINK_DIR)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  (cd "$$tmp" && $(NPM) pack --silent @chainlink/contracts@$(CHAINLINK_VERSION) >/dev/null 2>&1) || { echo "npm pack @chainlink/contracts@$(CHAINLINK_VERSION) failed: is the npm registry reachable?"; exit 1; }; \
	  got=$$($(NODE) -e 'const c=require("crypto"),f=require("fs");console.log("sha512-"+c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$$tmp"/chainlink-contracts-$(CHAINLINK_VERSION).tgz); \
	  [ "$$got" = "$(CHAINLINK_INTEGRITY)" ] || { echo "@chainlink/contracts tarball integrity mismatch: got $$got"; exit 1; }; \
	  tar xzf "$$tmp"/chainlink-contracts-$(CHAINLINK_VERSION).tgz -C $(CHAINLINK_DIR) --strip-components=1
	@touch $@

# Headless Chromium for the web UI's browser tests (Debian's package).
.PHONY: browser
browser: ## install Debian's chromium for the browser tests if missing
	@if ! [ -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "chromium is missing: installing Debian's chromium package for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  else \
	    echo "chromium is missing: run 'sudo apt-get install chromium' (the web UI's browser tests drive /usr/bin/chromium)"; exit 1; \
	  fi; \
	fi

# --- generated code --------------------------------------------------------

.PHONY: contracts
contracts: toolchain ## compile contracts/src with the pinned solc into contracts/out
	$(NODE) $(CONTRACTS)/compile.js

.PHONY: bindings
bindings: contracts ## regenerate bindings/ with abigen (v2) from go.mod's go-ethereum
	$(CONTRACTS)/bindings.sh

.PHONY: generate
generate: bindings ## contracts + bindings

.PHONY: check-generated
check-generated: toolchain ## fail when contracts/out or bindings/ differ from what the sources produce, listing the files (generates into a temporary directory: never writes the tree)
	@$(CONTRACTS)/check-generated.sh

# Checks the build in contracts/out (check-generated keeps it in step with
# the sources) with OpenZeppelin's upgrades-core; `node contracts/layout.js
# --accept` records the layouts at a release (contracts/README.md).
.PHONY: check-layout
check-layout: toolchain ## fail CI on a storage-layout change an upgrade cannot take
	$(NODE) $(CONTRACTS)/layout.js

# --- benchmarks --------------------------------------------------------------

.PHONY: bench-gas
bench-gas: toolchain ## gas table: Tessera's contracts against OpenZeppelin and Chainlink references
	$(GO) test -run '^$$' -bench Gas -benchtime 1x ./bench/...

.PHONY: bench-mints
bench-mints: toolchain ## confirmed mints/s through the transaction manager against the block-gas bound (anvil)
	$(GO) test -run '^$$' -bench ConfirmedMints -benchtime 1x ./bench/...

.PHONY: bench
bench: toolchain ## every benchmark side by side in one run (gas, mints/s, indexer, HMAC, API, holdings latency over 1M transfers): bench/results.json + bench/results.md
	$(GO) run ./bench/report -out bench

.PHONY: reliability
reliability: toolchain ## exactly-once under faults: 1,000 mints through `tessera serve` killed 5 times, node down 30 s, PostgreSQL restarted, a reorg; a dealing day of 1,000 requests fulfilled with serve killed per batch; writes reliability/results.json
	RELIABILITY_MINTS=1000 RELIABILITY_KILLS=5 RELIABILITY_RPC_DOWN=30s RELIABILITY_WRITE=$(CURDIR)/reliability/results.json \
	RELIABILITY_DEALING_REQUESTS=1000 RELIABILITY_DEALING_GAS_LIMIT=0 \
	  $(GO) test -count=1 -v -timeout 45m -run 'TestExactlyOnceUnderFaults|TestDealingDayUnderFaults' ./reliability/

# --- fuzzing -----------------------------------------------------------------

# Every `func FuzzX` in a package's tests is a target; each runs alone for
# FUZZTIME. A crasher is written by go test under the package's
# testdata/fuzz/FuzzX/ (commit it as a seed once the parser is fixed); the
# corpus go test grows on the way stays in its cache. FUZZFLAGS passes more
# flags, e.g. FUZZFLAGS=-parallel=1 to fuzz on one core.
FUZZTIME         ?= 30s
FUZZMINIMIZETIME ?= 10s
FUZZPKGS         ?= ./...
FUZZFLAGS        ?=

.PHONY: fuzz
fuzz: ## run every fuzz target in turn for FUZZTIME each (default 30s) and print executions and findings per target; fails if any target finds a crasher
	@log=$$(mktemp); trap 'rm -f "$$log"' EXIT; summary=""; failed=0; \
	for dir in $$($(GO) list -e -f '{{if or .TestGoFiles .XTestGoFiles}}{{.Dir}}{{end}}' $(FUZZPKGS)); do \
	  pkg=./$$(realpath --relative-to=$(CURDIR) "$$dir"); \
	  for target in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*\*testing\.F).*/\1/p' "$$dir"/*_test.go | sort); do \
	    echo "=== $$pkg $$target ($(FUZZTIME))"; \
	    if $(GO) test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZETIME) $(FUZZFLAGS) "$$pkg" 2>&1 | tee "$$log"; then \
	      result=ok; else result=FAILED; failed=$$((failed + 1)); fi; \
	    stats=$$(grep -o 'execs: [0-9]*.*new interesting: [0-9]*' "$$log" | tail -1 | sed -E 's/ \([0-9]+\/sec\)//'); \
	    summary+=$$(printf '%-7s %-24s %-26s %s' "$$result" "$$pkg" "$$target" "$$stats")$$'\n'; \
	  done; \
	done; \
	echo; echo "fuzz summary ($(FUZZTIME) per target):"; printf '%s' "$$summary"; \
	[ "$$failed" -eq 0 ] || { echo "$$failed fuzz target(s) failed: see the crashers under testdata/fuzz"; exit 1; }

.PHONY: clean
clean: ## remove local state (.tessera) and installed toolchains
	rm -rf .tessera $(CONTRACTS)/node_modules $(CONTRACTS)/lib $(OPENAPI)/node_modules
