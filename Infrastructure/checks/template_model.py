"""Loading the SAM template and reading CloudFormation intrinsics (Ref, Fn::GetAtt, Fn::Sub, Fn::If)."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any, Iterator

import yaml
from cfnlint.decode import decode

SERVERLESS_FUNCTION = "AWS::Serverless::Function"
SERVERLESS_STATE_MACHINE = "AWS::Serverless::StateMachine"
SERVERLESS_HTTP_API = "AWS::Serverless::HttpApi"

_SUB_VARIABLE = re.compile(r"\$\{([^}!][^}]*)\}")


class TemplateLoadError(Exception):
    """The template or the OpenAPI file could not be read or parsed."""


def load_template(path: pathlib.Path) -> dict[str, Any]:
    """Parses a template with cfn-lint's decoder (it understands the short intrinsic tags) into plain dicts."""
    template, matches = decode(str(path))
    if matches or template is None:
        raise TemplateLoadError(f"{path}: " + "; ".join(str(match) for match in matches))
    return json.loads(json.dumps(template))


def load_openapi(path: pathlib.Path) -> dict[str, Any]:
    """Parses the OpenAPI document (plain YAML)."""
    try:
        document = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as error:
        raise TemplateLoadError(f"{path}: {error}") from error
    if not isinstance(document, dict):
        raise TemplateLoadError(f"{path}: not a mapping")
    return document


def resources(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The Resources section, logical id to resource."""
    section = template.get("Resources")
    return section if isinstance(section, dict) else {}


def resources_of_type(template: dict[str, Any], resource_type: str) -> dict[str, dict[str, Any]]:
    """The resources of one type, logical id to resource, in template order."""
    return {
        logical_id: resource
        for logical_id, resource in resources(template).items()
        if isinstance(resource, dict) and resource.get("Type") == resource_type
    }


def properties(resource: dict[str, Any]) -> dict[str, Any]:
    """A resource's Properties (empty when missing)."""
    value = resource.get("Properties")
    return value if isinstance(value, dict) else {}


def sub_variables(text: str) -> set[str]:
    """The names a Fn::Sub string substitutes (`${X}`, `${X.Attr}` give X; `${!Literal}` gives nothing)."""
    return {match.group(1).split(".")[0] for match in _SUB_VARIABLE.finditer(text)}


def referenced_ids(value: Any) -> set[str]:
    """Every logical id or parameter a value refers to through Ref, Fn::GetAtt or Fn::Sub (pseudo parameters
    such as AWS::Region excluded)."""
    found: set[str] = set()
    _collect_references(value, found)
    return {name for name in found if not name.startswith("AWS::")}


def _collect_references(value: Any, found: set[str]) -> None:
    if isinstance(value, list):
        for item in value:
            _collect_references(item, found)
        return
    if not isinstance(value, dict):
        return
    if set(value) == {"Ref"} and isinstance(value["Ref"], str):
        found.add(value["Ref"])
        return
    if set(value) == {"Fn::GetAtt"}:
        target = value["Fn::GetAtt"]
        if isinstance(target, list) and target and isinstance(target[0], str):
            found.add(target[0])
        elif isinstance(target, str):
            found.add(target.split(".")[0])
        return
    if set(value) == {"Fn::Sub"}:
        argument = value["Fn::Sub"]
        if isinstance(argument, str):
            found.update(sub_variables(argument))
        elif isinstance(argument, list) and argument and isinstance(argument[0], str):
            local = argument[1] if len(argument) > 1 and isinstance(argument[1], dict) else {}
            found.update(sub_variables(argument[0]) - set(local))
            _collect_references(local, found)
        return
    if set(value) == {"Fn::If"}:
        argument = value["Fn::If"]
        if isinstance(argument, list):
            _collect_references(argument[1:], found)
        return
    for item in value.values():
        _collect_references(item, found)


def alternatives(value: Any) -> Iterator[Any]:
    """The values a possibly conditional value can take: both branches of every Fn::If, AWS::NoValue dropped."""
    if isinstance(value, dict) and set(value) == {"Fn::If"}:
        argument = value["Fn::If"]
        if isinstance(argument, list) and len(argument) == 3:
            for branch in argument[1:]:
                yield from alternatives(branch)
            return
    if value == {"Ref": "AWS::NoValue"}:
        return
    yield value


def as_list(value: Any) -> list[Any]:
    """A value that CloudFormation accepts as one item or a list, as a list (conditional items expanded)."""
    items = value if isinstance(value, list) else [value]
    expanded: list[Any] = []
    for item in items:
        for choice in alternatives(item):
            if isinstance(choice, list):
                expanded.extend(choice)
            else:
                expanded.append(choice)
    return expanded
