"""Shared fixtures: the real template and OpenAPI document, throwaway repositories, and builders that add a
use-case function or state machine the way later issues will."""

from __future__ import annotations

import copy
import functools
import json
import pathlib
import tempfile
from typing import Any

from template_model import load_openapi, load_template

REPO_ROOT = pathlib.Path(__file__).resolve().parents[3]
TEMPLATE_PATH = REPO_ROOT / "Infrastructure" / "template.yaml"
OPENAPI_PATH = REPO_ROOT / "Infrastructure" / "openapi.yaml"
ALLOWLIST_PATH = REPO_ROOT / "Infrastructure" / "checks" / "iam-allowlist.json"
# The repository's own handler folders (Handlers/<Name>/main.swift): a throwaway repository starts with these.
REAL_HANDLERS = tuple(sorted(path.parent.name for path in (REPO_ROOT / "Handlers").glob("*/main.swift")))


@functools.cache
def _template() -> dict[str, Any]:
    return load_template(TEMPLATE_PATH)


@functools.cache
def _openapi() -> dict[str, Any]:
    return load_openapi(OPENAPI_PATH)


def template() -> dict[str, Any]:
    """A fresh copy of the real template, to mutate."""
    return copy.deepcopy(_template())


def openapi() -> dict[str, Any]:
    """A fresh copy of the real OpenAPI document, to mutate."""
    return copy.deepcopy(_openapi())


class Repo:
    """A throwaway repository: Makefile, Infrastructure/, Handlers/<Name>/main.swift, StateMachines/."""

    def __init__(self, handlers: tuple[str, ...] = REAL_HANDLERS) -> None:
        self._directory = tempfile.TemporaryDirectory()
        self.root = pathlib.Path(self._directory.name)
        (self.root / "Makefile").write_text("build:\n\ttrue\n")
        (self.root / "Infrastructure").mkdir()
        (self.root / "StateMachines").mkdir()
        for definition in (REPO_ROOT / "StateMachines").glob("*.asl.json"):
            (self.root / "StateMachines" / definition.name).write_text(definition.read_text())
        for name in handlers:
            self.add_handler(name)

    @property
    def template_dir(self) -> pathlib.Path:
        return self.root / "Infrastructure"

    def add_handler(self, name: str) -> None:
        folder = self.root / "Handlers" / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "main.swift").write_text("// handler\n")

    def add_asl(self, file_name: str, definition: Any) -> pathlib.Path:
        path = self.root / "StateMachines" / file_name
        path.write_text(definition if isinstance(definition, str) else json.dumps(definition))
        return path

    def close(self) -> None:
        self._directory.cleanup()


def add_function(template: dict[str, Any], name: str, *, environment: dict[str, Any] | None = None,
                 policies: list[Any] | None = None, routes: list[tuple[str, str, bool]] = ()) -> str:
    """Adds `<name>Function` with its log group and alarms, as the template's conventions ask."""
    logical_id = f"{name}Function"
    props: dict[str, Any] = {"CodeUri": "../", "Handler": "bootstrap"}
    if environment is not None:
        props["Environment"] = {"Variables": environment}
    if policies is not None:
        props["Policies"] = policies
    events = {}
    for index, (method, path, public) in enumerate(routes):
        event: dict[str, Any] = {"ApiId": {"Ref": "HttpApi"}, "Path": path, "Method": method}
        if public:
            event["Auth"] = {"Authorizer": "NONE"}
        events[f"Route{index}"] = {"Type": "HttpApi", "Properties": event}
    if events:
        props["Events"] = events
    resources = template["Resources"]
    resources[logical_id] = {"Type": "AWS::Serverless::Function", "Metadata": {"BuildMethod": "makefile"}, "Properties": props}
    resources[f"{logical_id}LogGroup"] = {
        "Type": "AWS::Logs::LogGroup",
        "Properties": {"LogGroupName": {"Fn::Sub": f"/aws/lambda/${{{logical_id}}}"}, "RetentionInDays": 30},
    }
    for metric in ("Errors", "Throttles"):
        resources[f"{logical_id}{metric}Alarm"] = _alarm("AWS/Lambda", metric, "FunctionName", logical_id)
    return logical_id


def add_state_machine(template: dict[str, Any], name: str, file_name: str, *,
                      substitutions: dict[str, Any] | None = None, policies: list[Any] | None = None) -> str:
    """Adds `<name>StateMachine` following the documented pattern (logging, tracing, failure alarm)."""
    logical_id = f"{name}StateMachine"
    resources = template["Resources"]
    resources[f"{logical_id}LogGroup"] = {
        "Type": "AWS::Logs::LogGroup",
        "Properties": {"LogGroupName": f"/aws/vendedlogs/states/{name.lower()}", "RetentionInDays": 30},
    }
    props: dict[str, Any] = {
        "DefinitionUri": f"../StateMachines/{file_name}",
        "Logging": {
            "Level": "ERROR",
            "IncludeExecutionData": False,
            "Destinations": [{"CloudWatchLogsLogGroup": {"LogGroupArn": {"Fn::GetAtt": [f"{logical_id}LogGroup", "Arn"]}}}],
        },
        "Tracing": {"Enabled": True},
    }
    if substitutions is not None:
        props["DefinitionSubstitutions"] = substitutions
    if policies is not None:
        props["Policies"] = policies
    resources[logical_id] = {"Type": "AWS::Serverless::StateMachine", "Properties": props}
    resources[f"{logical_id}FailedAlarm"] = _alarm("AWS/States", "ExecutionsFailed", "StateMachineArn", logical_id)
    return logical_id


def add_operation(document: dict[str, Any], method: str, path: str, *, public: bool = False,
                  function: str | None = None) -> None:
    """Adds an OpenAPI operation."""
    operation: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    if public:
        operation["security"] = []
    if function:
        operation["x-mediagen-function"] = function
    document.setdefault("paths", {}).setdefault(path, {})[method.lower()] = operation


def _alarm(namespace: str, metric: str, dimension: str, target: str) -> dict[str, Any]:
    return {
        "Type": "AWS::CloudWatch::Alarm",
        "Properties": {
            "Namespace": namespace,
            "MetricName": metric,
            "Dimensions": [{"Name": dimension, "Value": {"Ref": target}}],
            "Statistic": "Sum",
            "Period": 300,
            "EvaluationPeriods": 1,
            "Threshold": 1,
            "ComparisonOperator": "GreaterThanOrEqualToThreshold",
        },
    }


LOG_DELIVERY_STATEMENT = {
    "Effect": "Allow",
    "Action": [
        "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
        "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
    ],
    "Resource": "*",
}
