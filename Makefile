# MusicPlayer — the seed's make targets, for the Java services.
# `make run` needs only a JDK (17+) and Maven; `make test` also uses the local PostgreSQL/MariaDB
# when TEST_DB=postgres|mariadb.

.DEFAULT_GOAL := help
SHELL := /bin/bash

MVN        ?= mvn -B
JAVA       ?= java
DATA_DIR   ?= data
LOG_FILE   := $(DATA_DIR)/logs/musicplayer.log
PID_FILE   := $(DATA_DIR)/musicplayer.pid
VERSION    := 0.1.0-SNAPSHOT
SYSTEM_JAR := system/target/system-$(VERSION)-exec.jar
CDS_FILE   := $(DATA_DIR)/cds/system-$(shell $(JAVA) -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.runtime.version = //p').jsa
SOURCES    := $(shell find pom.xml */pom.xml */src/main -type f 2>/dev/null)
PORTS      := 8000 8001 8002 8003
JAVA_OPTS  ?= -XX:TieredStopAtLevel=1 -Xss512k -XX:+UseSerialGC
RUN_ARGS   := --logging.file.name=$(LOG_FILE)

.PHONY: help build run start stop health logs test smoke compose-check outage-check clean reset

help: ## Show the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

build: $(SYSTEM_JAR) ## Build every service jar (no tests); rebuilt only when sources changed

$(SYSTEM_JAR): $(SOURCES)
	$(MVN) -q -DskipTests -Dspotless.check.skip=true install
	@touch $@

# Class-data sharing: one training start writes an archive of the loaded classes, and every later
# start maps it instead of loading and verifying those classes again.
$(CDS_FILE): $(SYSTEM_JAR)
	@mkdir -p $(dir $@)
	@echo "Training run for a class-data sharing archive (once per build, ~20 s)..."
	@MUSICPLAYER_EXIT_AFTER_START=true MUSICPLAYER_DEMO=false $(JAVA) $(JAVA_OPTS) -XX:ArchiveClassesAtExit=$@ \
		-jar $(SYSTEM_JAR) --logging.level.root=WARN --logging.file.name=$(DATA_DIR)/logs/cds-training.log >/dev/null 2>&1 \
		|| { rm -f $@; echo "  (no archive: starting without it)"; }

run: $(SYSTEM_JAR) $(CDS_FILE) ## Run all four services in the foreground (H2 under ./data, or DATABASE_URL); Ctrl-C stops
	@mkdir -p $(DATA_DIR)/logs
	$(JAVA) $(JAVA_OPTS) $(if $(wildcard $(CDS_FILE)),-XX:SharedArchiveFile=$(CDS_FILE) -Xlog:cds=off -Xlog:cds+dynamic=off) -jar $(SYSTEM_JAR) $(RUN_ARGS)

start: $(SYSTEM_JAR) $(CDS_FILE) ## Run all four services in the background (see make logs / make stop)
	@mkdir -p $(DATA_DIR)/logs
	@nohup $(JAVA) $(JAVA_OPTS) $(if $(wildcard $(CDS_FILE)),-XX:SharedArchiveFile=$(CDS_FILE) -Xlog:cds=off -Xlog:cds+dynamic=off) -jar $(SYSTEM_JAR) $(RUN_ARGS) >$(DATA_DIR)/logs/console.log 2>&1 &
	@scripts/wait-healthy.sh 60

stop: ## Stop the system started by make run / make start
	@if [ -f $(PID_FILE) ]; then kill $$(cat $(PID_FILE)) && echo "stopping pid $$(cat $(PID_FILE))"; \
		for i in $$(seq 1 30); do [ -f $(PID_FILE) ] || break; sleep 0.5; done; else echo "not running"; fi

health: ## GET /health of all four services
	@rc=0; for p in $(PORTS); do \
		s=$$(curl -s -m 3 http://localhost:$$p/health || echo '{"status":"DOWN (no answer)"}'); \
		echo "  :$$p $$s"; echo "$$s" | grep -q '"UP"' || rc=1; done; exit $$rc

logs: ## Follow the log of the running system
	@tail -n 100 -F $(LOG_FILE)

test: ## Run every test (H2; TEST_DB=postgres or TEST_DB=mariadb for the local servers)
	$(MVN) verify

smoke: ## Start the system, drive a scripted client flow over HTTP, stop it (also on failure)
	@scripts/smoke.sh

clean: ## Remove build output and logs (keeps the database under ./data)
	$(MVN) -q clean
	rm -rf $(DATA_DIR)/logs $(DATA_DIR)/cds

reset: ## Remove the local H2 database, keys and generated admin password too
	rm -rf $(DATA_DIR)

compose-check: build ## Start the four jars with exactly compose.yaml's environment against the local PostgreSQL
	@python3 scripts/compose_check.py

outage-check: build ## Stop the local PostgreSQL under a running system: 503 within 5 s, recovery within 10 s
	@scripts/outage-check.sh
