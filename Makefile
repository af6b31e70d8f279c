# MusicPlayer — the seed's make targets, for the Java services.
# `make run` needs only a JDK (17+) and Maven; `make test` also uses the local PostgreSQL/MariaDB
# when TEST_DB=postgres|mariadb.

.DEFAULT_GOAL := help
SHELL := /bin/bash

MVN        ?= mvn -B
JAVA       ?= java
DATA_DIR   ?= $(or $(MUSICPLAYER_DATA_DIR),data)
LOG_FILE   := $(DATA_DIR)/logs/musicplayer.log
PID_FILE   := $(DATA_DIR)/musicplayer.pid
VERSION    := 0.1.0-SNAPSHOT
SYSTEM_JAR := system/target/system-$(VERSION)-exec.jar
# the launcher unpacked into a plain jar + lib/: class-data sharing only covers classes that the
# JVM's own class path loads, not those a fat jar's loader reads from nested jars
EXTRACTED  := system/target/extracted/system-$(VERSION)-exec.jar
CDS_FILE   := $(DATA_DIR)/cds/system-$(shell $(JAVA) -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.runtime.version = //p').jsa
SOURCES    := $(shell find pom.xml */pom.xml */src/main -type f 2>/dev/null)
PORTS      := 8000 8001 8002 8003 8004 8005 4533
PORTS      += 8080
JAVA_OPTS  ?= -XX:TieredStopAtLevel=1 -Xss512k -XX:+UseSerialGC
RUN_ARGS   := --musicplayer.data-dir=$(DATA_DIR) --logging.file.name=$(LOG_FILE)
RUN        = $(JAVA) $(JAVA_OPTS) $(if $(wildcard $(CDS_FILE)),-XX:SharedArchiveFile=$(CDS_FILE) -Xlog:cds=off -Xlog:cds+dynamic=off) -jar $(EXTRACTED) $(RUN_ARGS)

.PHONY: help build run start stop health logs test smoke first-run compose-check outage-check clean reset
.PHONY: web web-if-node web-test e2e

# The web player (web/, npm): built with the machine's Node.js (>= 20.19 or >= 22.12, Vite 7's need)
# when its sources changed; the gateway serves web/dist. Without Node.js the API still runs.
NODE_OK    := $(shell node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)||(a===20&&b>=19)?0:1)' 2>/dev/null && echo yes)
WEB_SOURCES := $(shell find web/index.html web/package.json web/vite.config.ts web/tsconfig*.json web/src web/public -type f 2>/dev/null)

help: ## Show the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

build: $(SYSTEM_JAR) ## Build every service jar (no tests); rebuilt only when sources changed

$(SYSTEM_JAR): $(SOURCES)
	$(MVN) -q -DskipTests -Dspotless.check.skip=true package
	@touch $@

$(EXTRACTED): $(SYSTEM_JAR)
	@rm -rf $(dir $@)
	@$(JAVA) -Djarmode=tools -jar $(SYSTEM_JAR) extract --destination $(dir $@) >/dev/null

# Class-data sharing: one training start (in a throwaway data directory) writes an archive of the
# loaded classes; every later start maps it instead of loading and verifying them again.
$(CDS_FILE): $(EXTRACTED)
	@mkdir -p $(dir $@)
	@echo "Training run for a class-data sharing archive (once per build, ~20 s)..."
	@rm -rf $(DATA_DIR)/cds/training
	@env -u DATABASE_URL -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
		MUSICPLAYER_EXIT_AFTER_START=true MUSICPLAYER_DEMO=false $(JAVA) $(JAVA_OPTS) -XX:ArchiveClassesAtExit=$@ \
		-jar $(EXTRACTED) --musicplayer.data-dir=$(DATA_DIR)/cds/training --logging.level.root=WARN \
		--logging.file.name=$(DATA_DIR)/logs/cds-training.log >/dev/null 2>&1 \
		|| { rm -f $@; echo "  (no archive: starting without it)"; }
	@rm -rf $(DATA_DIR)/cds/training

run: web-if-node $(EXTRACTED) $(CDS_FILE) ## Run every service and the gateway in the foreground (H2 under ./data, or DATABASE_URL); Ctrl-C stops
	@mkdir -p $(DATA_DIR)/logs
	$(RUN)

start: web-if-node $(EXTRACTED) $(CDS_FILE) ## Run every service and the gateway in the background (see make logs / make stop)
	@mkdir -p $(DATA_DIR)/logs
	@nohup $(RUN) >$(DATA_DIR)/logs/console.log 2>&1 &
	@scripts/wait-healthy.sh 60

stop: ## Stop the system started by make run / make start
	@if [ -f $(PID_FILE) ]; then kill $$(cat $(PID_FILE)) && echo "stopping pid $$(cat $(PID_FILE))"; \
		for i in $$(seq 1 30); do [ -f $(PID_FILE) ] || break; sleep 0.5; done; else echo "not running"; fi

health: ## GET /health of every service and the gateway
	@rc=0; for p in $(PORTS); do \
		s=$$(curl -s -m 3 http://localhost:$$p/health || echo '{"status":"DOWN (no answer)"}'); \
		echo "  :$$p $$s"; echo "$$s" | grep -q '"UP"' || rc=1; done; exit $$rc

logs: ## Follow the log of the running system
	@tail -n 100 -F $(LOG_FILE)

test: ## Run every test (H2; TEST_DB=postgres or TEST_DB=mariadb for the local servers)
	$(MVN) verify

smoke: ## Start the system, drive a scripted client flow over HTTP, stop it (also on failure)
	@scripts/smoke.sh

first-run: ## The README's first steps on a fresh clone of HEAD with an empty environment: make run twice, start/health/stop, make test
	@scripts/first-run.sh

clean: ## Remove build output and logs (keeps the database under ./data)
	$(MVN) -q clean
	rm -rf $(DATA_DIR)/logs $(DATA_DIR)/cds

reset: ## Remove the local H2 database, keys and generated admin password too
	rm -rf $(DATA_DIR)

compose-check: build ## Start the service jars with exactly compose.yaml's environment against the local PostgreSQL
	@python3 scripts/compose_check.py

outage-check: build ## Stop the local PostgreSQL under a running system: 503 within 5 s, recovery within 10 s
	@scripts/outage-check.sh

include bench/bench.mk

web: web/dist/index.html ## Build the web player (cd web && npm ci && npm run build) when its sources changed

web/node_modules/.package-lock.json: web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

web/dist/index.html: web/node_modules/.package-lock.json $(WEB_SOURCES)
	cd web && npm run build
	@touch $@

# run/start: the player when Node.js can build it, else a clear word and the API alone
web-if-node:
	@if [ ! -f web/package.json ]; then echo "(no web/ in this checkout: the gateway serves the API only)"; \
	elif [ "$(NODE_OK)" = yes ]; then $(MAKE) --no-print-directory -s web; \
	else v=$$(node --version 2>/dev/null); echo "Node.js >= 20.19 not found ($${v:-no node}): not building the web player;"; \
		echo "  the API runs as usual and http://localhost:8080 says how to build the player (install Node.js, then make web)."; fi

web-test: web/node_modules/.package-lock.json ## The web player's unit tests (cd web && npm ci && npm test)
	cd web && npm test

e2e: ## End to end in headless Chromium: build the player, start the system in a temporary data dir, run web/e2e/run.mjs, stop
	@scripts/e2e.sh
