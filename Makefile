# MediaGenAI — build, test and benchmark. `make test` works on a fresh machine: it creates the
# project virtualenv (.venv) with the Python test oracles (botocore, moto) when it is missing.
SHELL := /bin/bash
SWIFT ?= swift
VENV := .venv
PYTHON := $(VENV)/bin/python
REQUIREMENTS := requirements-dev.txt

.PHONY: build test lint bench venv clean local demo

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
	$(PYTHON) -m py_compile Tests/Support/*.py scripts/*.py

## Benchmarks (release build); figures are recorded in bench/README.md.
bench:
	$(SWIFT) build -c release --product sigv4-bench --product asl-bench
	.build/release/sigv4-bench
	.build/release/asl-bench

## The platform on this machine: every function of the template behind the local HTTP API (see README).
local:
	$(SWIFT) build
	.build/debug/mediagen-local start

## The main job end to end on local defaults: the Subtitle use case on a shipped sample, through the HTTP API,
## the state machine and the real function processes, with moto and the twin for AWS (no AWS account).
demo: venv
	$(SWIFT) build
	.build/debug/mediagen-local demo 2> .build/demo.log || (tail -40 .build/demo.log; exit 1)

clean:
	rm -rf .build $(VENV)

## Infrastructure (issue [infra]): the template checks, `sam build` and `sam deploy`.
## infra-check: cfn-lint (informational rules too), the OpenAPI validator, the template checker and its tests.
TEMPLATE := Infrastructure/template.yaml
SAM_VENV := .venv-sam
SAM := SAM_CLI_TELEMETRY=0 $(SAM_VENV)/bin/sam

.PHONY: infra-check sam-build deploy
test lint: infra-check

infra-check: venv
	$(VENV)/bin/cfn-lint --include-checks I -- $(TEMPLATE)
	$(VENV)/bin/openapi-spec-validator Infrastructure/openapi.yaml
	$(PYTHON) Infrastructure/checks/check_template.py
	$(PYTHON) -m unittest discover -s Infrastructure/checks/tests -t Infrastructure/checks

## The optional AWS SAM CLI, in its own virtualenv (heavy, and pins its own boto3).
$(SAM_VENV)/.installed: requirements-sam.txt
	@test -x $(SAM_VENV)/bin/python || python3 -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-sam.txt
	@touch $@

## sam build: runs `make build-<Function>` in the repository itself (--build-in-source: no copy of .build).
sam-build: $(SAM_VENV)/.installed
	$(SAM) build --template $(TEMPLATE) --build-in-source

## sam deploy --guided: asks for the stack parameters, saves them in Infrastructure/samconfig.toml. Needs AWS
## credentials; never run by the tests.
deploy: sam-build
	$(SAM) deploy --guided --template-file .aws-sam/build/template.yaml --config-file $(abspath Infrastructure/samconfig.toml)

## Lambda bundles (README "Packaging"): dist/<Name>Function.zip for every handler product <Name> (executable
## targets under Handlers/): release build with the static Swift standard library, stripped `bootstrap`, and in
## lib/ the shared libraries provided.al2023 does not ship. `sam build` (BuildMethod: makefile) calls
## build-<Name>Function with ARTIFACTS_DIR; both go through scripts/package/package.py.
PACKAGE := python3 scripts/package/package.py
.PHONY: package package-check package-sizes bench-runtime bench-runtime-libcurl-minimal
package:
	$(PACKAGE) all dist

build-%Function:
	$(PACKAGE) stage $* "$(ARTIFACTS_DIR)"

## Unzips dist/HealthFunction.zip into a temporary folder and invokes it under the emulator (GET /health).
package-check: package
	$(SWIFT) build -c release --product package-check
	.build/release/package-check dist/HealthFunction.zip

## Zip sizes of every handler against a bare Foundation + URLSession hello world built the same way.
package-sizes: package
	$(PACKAGE) zip hello-urlsession .build/bench-runtime/hello-urlsession.zip
	@python3 scripts/package/sizes.py .build/bench-runtime/hello-urlsession.zip dist/*.zip

## bench/runtime: cold start, warm invoke latency and RSS of a no-op function under the emulator, the
## functions packaged as bundles are (figures in bench/README.md).
BENCH_RUNTIME_FUNCTIONS := runtime-noop runtime-noop-lean runtime-baseline runtime-baseline-foundation runtime-baseline-essentials runtime-baseline-async
bench-runtime:
	@for function in $(BENCH_RUNTIME_FUNCTIONS); do $(PACKAGE) stage $$function .build/bench-runtime/$$function || exit 1; done
	$(SWIFT) build -c release --product runtime-bench
	.build/release/runtime-bench .build/bench-runtime

## Task 3 of [runtime]: the no-op and its baseline again, with an OpenSSL-only libcurl bundled in lib/ (needs
## deb-src and the -dev packages named in scripts/package/build-minimal-libcurl.sh); then run bench-runtime.
bench-runtime-libcurl-minimal:
	scripts/package/build-minimal-libcurl.sh
	@for function in runtime-noop runtime-baseline; do LD_LIBRARY_PATH=$(CURDIR)/.build/libcurl-minimal PACKAGE_BUNDLE_ALSO=libcurl.so.4 \
	  $(PACKAGE) stage $$function .build/bench-runtime/$$function-libcurl-minimal || exit 1; done

## bench/captions (issue 8): a 2-hour transcript to SRT + WebVTT in six languages (figures in bench/README.md),
## then srt-equalizer (PyPI) on the same transcript for comparison.
.PHONY: bench-captions
bench-captions: venv
	$(SWIFT) build -c release --product captions-bench
	.build/release/captions-bench .build/bench-captions
	$(PYTHON) bench/captions/compare.py .build/bench-captions

## bench/ads (issue 9): ad decision compute (eligibility over 1,000 campaigns, pod search, VAST) p50/p99 over
## 10,000 requests, storage excluded (figures in bench/README.md).
.PHONY: bench-ads
bench-ads:
	$(SWIFT) build -c release --product ads-bench
	.build/release/ads-bench

## bench/opensearch: hybrid, BM25 and k-NN query latency (p50/p99) of the OpenSearch twin over 10,000
## documents with 256-dimension vectors (figures in bench/README.md).
.PHONY: bench-opensearch
bench-opensearch:
	$(SWIFT) build -c release --product opensearch-bench
	.build/release/opensearch-bench
