# richtext — make targets. `go test ./...` is the test command; `make test`
# adds the formatting and vet checks that CI runs too.

GO       ?= go
FUZZTIME ?= 30s
BENCHTIME ?= 1s
COUNT    ?= 6

.PHONY: test fmt vet fuzz race bench golden cover

test: fmt vet
	$(GO) test ./...

fmt:
	@out=$$(gofmt -l . ); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	if [ -f bench/go.mod ]; then cd bench && $(GO) vet ./...; fi

# Runs every native fuzz target of the root package for FUZZTIME each.
fuzz:
	@for f in $$($(GO) test -list '^Fuzz' . | grep '^Fuzz'); do \
		echo "== $$f ($(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 10s . || exit 1; \
	done

# Every test under the race detector (needs cgo and a C compiler).
race:
	CGO_ENABLED=1 $(GO) test -race ./...

# Comparative benchmarks (bench/ is its own module) and the ratio table.
bench:
	cd bench && $(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) -count $(COUNT) . | tee bench.out
	cd bench && $(GO) run ./cmd/benchtable < bench.out

# Regenerates the golden files; read every changed file before committing.
golden:
	$(GO) test ./golden -update

cover:
	$(GO) test -coverprofile=cover.out ./...
	$(GO) tool cover -func=cover.out | tail -1
