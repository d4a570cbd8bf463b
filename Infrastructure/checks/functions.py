"""Handler targets and their functions: the contract mediagen-local and `sam build` rely on.

A handler target is a folder Handlers/<Name>/ with a main.swift; its function is `<Name>Function`, built by
`make build-<Name>Function` (Metadata BuildMethod makefile) from CodeUri ../ (the repository root, relative to
the template), Handler bootstrap, on provided.al2023.
"""

from __future__ import annotations

import pathlib
from typing import Any

from template_model import SERVERLESS_FUNCTION, alternatives, properties, resources_of_type

FUNCTION_SUFFIX = "Function"
RUNTIME = "provided.al2023"
ENVIRONMENT_INTRINSICS = {"Ref", "Fn::GetAtt", "Fn::Sub", "Fn::If"}


def handler_names(repo_root: pathlib.Path) -> list[str]:
    """The handler targets: folders under Handlers/ holding a main.swift."""
    return sorted(path.parent.name for path in (repo_root / "Handlers").glob("*/main.swift"))


def check_handlers_have_functions(template: dict[str, Any], handlers: list[str]) -> list[str]:
    """Every handler target has `<Name>Function`, and every function is a handler target."""
    functions = resources_of_type(template, SERVERLESS_FUNCTION)
    problems = [
        f"handler Handlers/{name} has no AWS::Serverless::Function {name}{FUNCTION_SUFFIX}"
        for name in handlers
        if f"{name}{FUNCTION_SUFFIX}" not in functions
    ]
    for logical_id in functions:
        stem = logical_id.removesuffix(FUNCTION_SUFFIX)
        if not logical_id.endswith(FUNCTION_SUFFIX) or stem not in handlers:
            problems.append(f"function {logical_id} is not `<Name>Function` for a handler folder Handlers/<Name>/")
    return problems


def check_function_contract(template: dict[str, Any], template_dir: pathlib.Path, repo_root: pathlib.Path) -> list[str]:
    """Each function builds with the Makefile from the repository root and keeps to the environment contract."""
    problems: list[str] = []
    globals_function = template.get("Globals", {}).get("Function", {}) if isinstance(template.get("Globals"), dict) else {}
    for logical_id, resource in resources_of_type(template, SERVERLESS_FUNCTION).items():
        props = properties(resource)
        metadata = resource.get("Metadata") if isinstance(resource.get("Metadata"), dict) else {}
        if metadata.get("BuildMethod") != "makefile":
            problems.append(f"{logical_id}: Metadata BuildMethod must be makefile (sam build runs make build-{logical_id})")
        code_uri = props.get("CodeUri")
        if code_uri != "../":
            problems.append(f"{logical_id}: CodeUri must be ../ (the repository root), not {code_uri!r}")
        elif (template_dir / code_uri).resolve() != repo_root.resolve() or not (repo_root / "Makefile").is_file():
            problems.append(f"{logical_id}: CodeUri ../ does not resolve to the repository root with the Makefile")
        if props.get("Handler") != "bootstrap":
            problems.append(f"{logical_id}: Handler must be bootstrap")
        runtime = props.get("Runtime", globals_function.get("Runtime"))
        if runtime != RUNTIME:
            problems.append(f"{logical_id}: Runtime must be {RUNTIME} (own or from Globals), not {runtime!r}")
        problems.extend(_check_environment(logical_id, props))
    return problems


def _check_environment(logical_id: str, props: dict[str, Any]) -> list[str]:
    environment = props.get("Environment", {})
    variables = environment.get("Variables", {}) if isinstance(environment, dict) else None
    if not isinstance(variables, dict):
        return [f"{logical_id}: Environment.Variables must be a mapping"]
    problems = []
    for name, value in variables.items():
        if not _is_contract_value(value):
            problems.append(
                f"{logical_id}: environment variable {name} must be a string or a !Ref/!GetAtt/!Sub/!If of those")
    return problems


def _is_contract_value(value: Any) -> bool:
    if isinstance(value, (str, int, float, bool)):
        return True
    if not isinstance(value, dict) or len(value) != 1:
        return False
    (intrinsic,) = value
    if intrinsic not in ENVIRONMENT_INTRINSICS:
        return False
    if intrinsic == "Fn::If":
        return all(_is_contract_value(choice) for choice in alternatives(value))
    return True
