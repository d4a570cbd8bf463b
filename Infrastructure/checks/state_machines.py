"""Workflows: every StateMachines/*.asl.json is one AWS::Serverless::StateMachine of the template.

Each state machine takes its definition from a file under StateMachines/ (DefinitionUri, relative to the
template), substitutes every `${Name}` the file uses (DefinitionSubstitutions), logs to CloudWatch Logs and is
traced. With no ASL file and no state machine the check has nothing to compare and passes.
"""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

from template_model import SERVERLESS_STATE_MACHINE, properties, resources_of_type

_PLACEHOLDER = re.compile(r"\$\{([A-Za-z0-9_]+)\}")


def asl_files(repo_root: pathlib.Path) -> list[pathlib.Path]:
    """The workflow definitions, StateMachines/*.asl.json."""
    return sorted((repo_root / "StateMachines").glob("*.asl.json"))


def check_state_machines(template: dict[str, Any], template_dir: pathlib.Path, repo_root: pathlib.Path) -> list[str]:
    """Every ASL file has exactly one state machine, and every state machine a readable ASL file."""
    problems: list[str] = []
    machines = resources_of_type(template, SERVERLESS_STATE_MACHINE)
    definitions_dir = (repo_root / "StateMachines").resolve()
    referenced: dict[pathlib.Path, str] = {}
    for logical_id, resource in machines.items():
        props = properties(resource)
        uri = props.get("DefinitionUri")
        if not isinstance(uri, str):
            problems.append(f"{logical_id}: DefinitionUri must be the path of a StateMachines/*.asl.json file")
            continue
        path = (template_dir / uri).resolve()
        if path.parent != definitions_dir or not path.name.endswith(".asl.json"):
            problems.append(f"{logical_id}: DefinitionUri {uri} is not a StateMachines/*.asl.json file")
            continue
        if path in referenced:
            problems.append(f"{logical_id}: {path.name} is already the definition of {referenced[path]}")
            continue
        referenced[path] = logical_id
        if not path.is_file():
            problems.append(f"{logical_id}: DefinitionUri {uri} does not exist")
            continue
        problems.extend(_check_definition(logical_id, props, path))
        problems.extend(_check_observability(logical_id, props))
    for path in asl_files(repo_root):
        if path.resolve() not in referenced:
            problems.append(f"StateMachines/{path.name} has no AWS::Serverless::StateMachine (DefinitionUri ../StateMachines/{path.name})")
    return problems


def _check_definition(logical_id: str, props: dict[str, Any], path: pathlib.Path) -> list[str]:
    text = path.read_text()
    try:
        definition = json.loads(text)
    except json.JSONDecodeError as error:
        return [f"{logical_id}: {path.name} is not JSON ({error})"]
    if not isinstance(definition, dict) or "StartAt" not in definition or not isinstance(definition.get("States"), dict):
        return [f"{logical_id}: {path.name} has no StartAt and States"]
    substitutions = props.get("DefinitionSubstitutions", {})
    provided = set(substitutions) if isinstance(substitutions, dict) else set()
    return [
        f"{logical_id}: {path.name} uses ${{{name}}} but DefinitionSubstitutions has no {name}"
        for name in sorted(set(_PLACEHOLDER.findall(text)) - provided)
    ]


def _check_observability(logical_id: str, props: dict[str, Any]) -> list[str]:
    problems = []
    logging = props.get("Logging", {})
    destinations = logging.get("Destinations") if isinstance(logging, dict) else None
    if not isinstance(destinations, list) or not any(
        isinstance(item, dict) and "CloudWatchLogsLogGroup" in item for item in destinations
    ) or logging.get("Level") in (None, "OFF"):
        problems.append(f"{logical_id}: Logging must name a CloudWatch Logs log group and a Level other than OFF")
    tracing = props.get("Tracing", {})
    if not isinstance(tracing, dict) or tracing.get("Enabled") is not True:
        problems.append(f"{logical_id}: Tracing.Enabled must be true")
    return problems
