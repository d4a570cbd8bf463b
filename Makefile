# MediaGenAI — build, test and benchmark. `make test` works on a fresh machine: it creates the
# project virtualenv (.venv) with the Python test oracles (botocore, moto) when it is missing.
SHELL := /bin/bash
SWIFT ?= swift
VENV := .venv
PYTHON := $(VENV)/bin/python
REQUIREMENTS := requirements-dev.txt

.PHONY: build test lint bench venv clean

build:
	$(SWIFT) build

## The project virtualenv with the test oracles; rebuilt when requirements-dev.txt changes.
venv: $(VENV)/.installed
$(VENV)/.installed: $(REQUIREMENTS)
	@test -x $(PYTHON) || python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r $(REQUIREMENTS)
	@touch $@

## Every test: Swift unit tests, the SigV4 suite, the botocore differential test and the moto integration tests.
test: venv
	$(SWIFT) build --build-tests
	MEDIAGEN_PYTHON=$(abspath $(PYTHON)) $(SWIFT) test --skip-build

## Static checks: strict-concurrency build with warnings as errors, and Python syntax of the oracles.
lint: venv
	$(SWIFT) build --build-tests -Xswiftc -warnings-as-errors
	$(PYTHON) -m py_compile Tests/Support/*.py

## Benchmarks (release build); figures are recorded in bench/README.md.
bench:
	$(SWIFT) build -c release --product sigv4-bench
	.build/release/sigv4-bench

clean:
	rm -rf .build $(VENV)
