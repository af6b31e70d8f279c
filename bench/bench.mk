# Benchmark targets (issue 6), included from the root Makefile (`include bench/bench.mk`); paths
# are relative to the repository root. Everything is configured by BENCH_* environment variables:
# see bench/README.md.

.PHONY: bench bench-scale bench-quick bench-serve bench-scan

bench: build ## Benchmark on PostgreSQL: scenarios a-f + references, report in bench/results/ (BENCH_QUICK=1: ~3 min)
	@bash bench/bench.sh run

bench-scale: build ## Scaling run: scenarios a-d at 10k, 100k and 1M songs, report in bench/results/
	@bash bench/bench.sh scale

bench-quick: build ## The short benchmark (same as BENCH_QUICK=1 make bench)
	@BENCH_QUICK=1 bash bench/bench.sh run

bench-serve: build ## The seeded benchmark system, left running for profiling (BENCH_SERVE_SECONDS, default 1800)
	@bash bench/bench.sh serve

bench-scan: build ## Folder scans: first scan and rescan at 1k, 10k and 100k files, heap and RSS (BENCH_SCAN_SIZES)
	@bash bench/scan.sh

.PHONY: bench-stream
bench-stream: ## Streaming: one 100 MB stream vs curl file://, 200 clients of random ranges, transcodes/s (bench/stream.sh)
	@$(MVN) -q package -pl media-service -am -DskipTests -Dspotless.check.skip=true
	@bash bench/stream.sh

.PHONY: bench-playlists
bench-playlists: ## Playlists: a 10,000-entry playlist read by page, added to, moved in; rows written per request (bench/playlists.sh)
	@$(MVN) -q package -pl user-service,auth-service,playlist-service -am -DskipTests -Dspotless.check.skip=true
	@bash bench/playlists.sh
