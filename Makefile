# slurm-proxy: every entry point a developer or CI needs.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
CLUSTER := scripts/cluster/clusterctl

.PHONY: install install-clients generate check-generated docs lint test test-unit test-live cluster cluster-stop \
        cluster-status test-clients cassettes demo bench soak clean

$(VPY):
	$(PY) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip

install: $(VPY)
	$(VPY) -m pip install -q -e '.[test]'

# `install` plus the real workflow clients that tests/clients drives (submitit,
# dask-jobqueue, ...): one pip run, not two (each editable build costs ~20 s); the
# clients add ~25 s to a fresh venv.
install-clients: $(VPY)
	$(VPY) -m pip install -q -e '.[test,clients]'

# Rebuild generated/ from openapi/ with the pinned generator (scripts/generate.sh).
generate:
	scripts/generate.sh

# docs/options.md: the supported-options matrix, from the option and differential case
# tables (tests/unit/test_options_matrix.py fails when it is out of date).
docs: install
	$(VPY) scripts/options_matrix.py

# Fails when generated/ differs from what the pipeline produces.
check-generated:
	scripts/generate.sh --check

# Python 3.9 is the floor (RHEL 9); only 3.11 runs here, so vermin checks it statically
# (on one generated package: all eight come from the same templates).
lint: install
	$(VENV)/bin/ruff check slurm_proxy tests scripts benchmarks
	$(VENV)/bin/ruff format --check slurm_proxy tests scripts benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/vermin -q --no-tips --violations -t=3.9- slurm_proxy generated/slurmrest_v0045

cluster:
	$(CLUSTER) start

cluster-stop:
	$(CLUSTER) stop

cluster-status:
	$(CLUSTER) status

# Re-record the vcrpy cassettes from the live clusters.
cassettes: install
	SLURM_PROXY_RECORD=1 $(VPY) -m pytest -q tests/live/test_cassette_record.py

test-unit: install
	$(VPY) -m pytest -q tests/unit tests/recorded tests/cassette

test-live: install
	$(VPY) -m pytest -q tests/live

test-clients: install-clients
	$(CLUSTER) start 22.05
	$(VPY) -m pytest -q tests/clients

# Everything: lint, generated/ up to date, all three clusters, every test tier.
test: install-clients
	$(MAKE) lint
	$(MAKE) check-generated
	scripts/test-deps.sh
	$(CLUSTER) start
	$(VPY) -m pytest -q -rs tests

demo: install
	scripts/demo.sh

# The full load test of tests/faults/test_load.py (CI runs it for 15 s).
soak: install
	$(CLUSTER) start 24.11
	SP_LOAD_SECONDS=60 $(VPY) -m pytest -q tests/faults/test_load.py

bench: install
	[ -x /usr/bin/time ] || apt-get install -y -q time   # GNU time: peak memory of each command
	$(VPY) -m pip install -q -e '.[test,bench]'
	$(VPY) benchmarks/bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
