"""Least privilege per function and state machine: permissions only on what it is told about.

A function's Policies may refer (Ref, GetAtt, Sub) only to resources and parameters that its environment also
refers to: it gets DynamoDBCrudPolicy on JobsTable only when JOBS_TABLE is !Ref JobsTable. A state machine's
Policies may refer only to what its DefinitionSubstitutions refer to (the functions its tasks invoke).
Combined with the IAM check (no wildcard actions or resources), each role grants access to the resources its
code uses and nothing else.
"""

from __future__ import annotations

from typing import Any

from template_model import SERVERLESS_FUNCTION, SERVERLESS_STATE_MACHINE, properties, referenced_ids, resources_of_type


def check_least_privilege(template: dict[str, Any]) -> list[str]:
    """Every resource a function or state machine policy names is one its configuration names too."""
    problems: list[str] = []
    for logical_id, resource in resources_of_type(template, SERVERLESS_FUNCTION).items():
        props = properties(resource)
        environment = props.get("Environment", {})
        told = referenced_ids(environment.get("Variables", {}) if isinstance(environment, dict) else {})
        for name in sorted(referenced_ids(props.get("Policies", [])) - told):
            problems.append(f"{logical_id}: its Policies grant access to {name} but no environment variable names {name}")
    for logical_id, resource in resources_of_type(template, SERVERLESS_STATE_MACHINE).items():
        props = properties(resource)
        told = referenced_ids(props.get("DefinitionSubstitutions", {}))
        for name in sorted(referenced_ids(props.get("Policies", [])) - told):
            problems.append(f"{logical_id}: its Policies grant access to {name} but no DefinitionSubstitutions entry names {name}")
    return problems
