#!/usr/bin/env python3
"""Checks Infrastructure/template.yaml against the repository (run by `make infra-check`, so by `make test`).

- every handler target (Handlers/<Name>/main.swift) has `<Name>Function`, built by the Makefile, and back;
- the HTTP API's Cognito JWT authorizer has the shape mediagen-local reads;
- every route of Infrastructure/openapi.yaml is a function's HttpApi event, and back, with the same auth;
- every StateMachines/*.asl.json has an AWS::Serverless::StateMachine, and back (vacuous while none exists);
- every function and state machine has its log group and alarms;
- IAM, on the template as SAM translates it: no wildcard actions, "*" resources only for allowlisted actions,
  managed policies only from the allowlist, and policies only on resources the configuration names.
Prints one line per problem and a summary; exits 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from functions import check_function_contract, check_handlers_have_functions, handler_names
from http_api import check_http_api
from iam import check_allowlist, check_iam, count_statements, load_allowlist
from least_privilege import check_least_privilege
from observability import check_observability
from routes import check_routes, function_routes, openapi_operations
from sam_translation import translate
from state_machines import asl_files, check_state_machines
from template_model import (
    SERVERLESS_FUNCTION,
    SERVERLESS_STATE_MACHINE,
    TemplateLoadError,
    load_openapi,
    load_template,
    resources_of_type,
)

CHECKS_DIR = pathlib.Path(__file__).resolve().parent
REPO_ROOT = CHECKS_DIR.parent.parent


def run_checks(repo_root: pathlib.Path, template_path: pathlib.Path, openapi_path: pathlib.Path,
               allowlist_path: pathlib.Path) -> tuple[dict[str, list[str]], str]:
    """Every check's problems by check name, and a one-line summary of what was checked."""
    template = load_template(template_path)
    document = load_openapi(openapi_path)
    allowlist = load_allowlist(allowlist_path)
    translated = translate(template)
    handlers = handler_names(repo_root)
    template_dir = template_path.resolve().parent
    results = {
        "handlers": check_handlers_have_functions(template, handlers),
        "function contract": check_function_contract(template, template_dir, repo_root),
        "http api": check_http_api(template),
        "routes": check_routes(template, document),
        "state machines": check_state_machines(template, template_dir, repo_root),
        "observability": check_observability(template),
        "iam allowlist": check_allowlist(allowlist),
        "iam": check_iam(translated, allowlist),
        "least privilege": check_least_privilege(template),
    }
    functions = resources_of_type(template, SERVERLESS_FUNCTION)
    machines = resources_of_type(template, SERVERLESS_STATE_MACHINE)
    files = asl_files(repo_root)
    roles, statements = count_statements(translated)
    routes, _ = function_routes(template)
    summary = (
        f"handlers {len(handlers)}, functions {len(functions)}, routes {len(routes)} "
        f"(openapi operations {len(openapi_operations(document))}), state machines {len(machines)} for "
        f"{len(files)} ASL files{' (vacuous until the first StateMachines/*.asl.json lands)' if not files and not machines else ''}, "
        f"IAM roles {roles} with {statements} Allow statements"
    )
    return results, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--repo", type=pathlib.Path, default=REPO_ROOT)
    parser.add_argument("--template", type=pathlib.Path)
    parser.add_argument("--openapi", type=pathlib.Path)
    parser.add_argument("--allowlist", type=pathlib.Path, default=CHECKS_DIR / "iam-allowlist.json")
    args = parser.parse_args(argv)
    template = args.template or args.repo / "Infrastructure" / "template.yaml"
    openapi = args.openapi or args.repo / "Infrastructure" / "openapi.yaml"
    try:
        results, summary = run_checks(args.repo, template, openapi, args.allowlist)
    except TemplateLoadError as error:
        print(f"infra-check: {error}", file=sys.stderr)
        return 1
    failures = 0
    for name, problems in results.items():
        for problem in problems:
            print(f"FAIL [{name}] {problem}")
        failures += len(problems)
    print(f"infra-check: {summary}; {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
