"""Every function has a log group with a retention and alarms on errors and throttles; every state machine an
alarm on failed executions."""

from __future__ import annotations

from typing import Any

from template_model import (
    SERVERLESS_FUNCTION,
    SERVERLESS_STATE_MACHINE,
    properties,
    resources_of_type,
)

FUNCTION_ALARMS = ("Errors", "Throttles")
STATE_MACHINE_ALARMS = ("ExecutionsFailed",)


def _alarmed(template: dict[str, Any], namespace: str, dimension: str) -> dict[str, set[str]]:
    """Metric names alarmed per resource, from alarms on `namespace` with `dimension: !Ref <resource>`."""
    found: dict[str, set[str]] = {}
    for resource in resources_of_type(template, "AWS::CloudWatch::Alarm").values():
        props = properties(resource)
        if props.get("Namespace") != namespace:
            continue
        for item in props.get("Dimensions", []) if isinstance(props.get("Dimensions"), list) else []:
            if isinstance(item, dict) and item.get("Name") == dimension and isinstance(item.get("Value"), dict):
                target = item["Value"].get("Ref")
                if isinstance(target, str):
                    found.setdefault(target, set()).add(str(props.get("MetricName")))
    return found


def check_observability(template: dict[str, Any]) -> list[str]:
    """Log groups and alarms for every function and state machine."""
    problems: list[str] = []
    function_alarms = _alarmed(template, "AWS/Lambda", "FunctionName")
    log_groups = [properties(resource) for resource in resources_of_type(template, "AWS::Logs::LogGroup").values()]
    for logical_id in resources_of_type(template, SERVERLESS_FUNCTION):
        for metric in FUNCTION_ALARMS:
            if metric not in function_alarms.get(logical_id, set()):
                problems.append(f"{logical_id}: no AWS/Lambda {metric} alarm with FunctionName !Ref {logical_id}")
        group = _find_log_group(log_groups, f"/aws/lambda/${{{logical_id}}}")
        if group is None:
            problems.append(f"{logical_id}: no AWS::Logs::LogGroup named !Sub /aws/lambda/${{{logical_id}}}")
        elif "RetentionInDays" not in group:
            problems.append(f"{logical_id}: its log group has no RetentionInDays")
    machine_alarms = _alarmed(template, "AWS/States", "StateMachineArn")
    for logical_id in resources_of_type(template, SERVERLESS_STATE_MACHINE):
        for metric in STATE_MACHINE_ALARMS:
            if metric not in machine_alarms.get(logical_id, set()):
                problems.append(f"{logical_id}: no AWS/States {metric} alarm with StateMachineArn !Ref {logical_id}")
    return problems


def _find_log_group(log_groups: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    for props in log_groups:
        if props.get("LogGroupName") == {"Fn::Sub": name}:
            return props
    return None
