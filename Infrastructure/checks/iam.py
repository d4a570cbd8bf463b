"""IAM: no wildcard actions, "*" resources only for allowlisted actions, only allowlisted managed policies.

Runs on the translated template (sam_translation.translate), so the roles SAM generates for functions and
state machines are checked with their policy templates expanded. Rules, for every Allow statement of every
identity policy (roles, policies, managed policies) and resource policy (bucket, queue, topic policies):
- no action containing "*" ("*", "s3:*", "s3:Get*"), no NotAction, no NotResource;
- a wildcard resource ("*", an ARN whose resource part is "*", or every resource of a type such as
  "table/*") only when every action of the statement is in the allowlist, which says why;
- resource policies allow no "*" principal; trust policies trust only AWS services.
Every managed policy ARN a role attaches must be in the allowlist, with its reason.
Deny statements only take permissions away (the buckets' TLS-only rule denies "s3:*") and are not restricted.
"""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any, Iterator

from template_model import alternatives, as_list, properties, resources

IDENTITY_POLICY_TYPES = ("AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")
RESOURCE_POLICY_TYPES = ("AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy")
_TYPE_WILDCARD = re.compile(r"[A-Za-z0-9-]+[/:]\*")
_SUB_PLACEHOLDER = re.compile(r"\$\{[^}]*\}")


def load_allowlist(path: pathlib.Path) -> dict[str, dict[str, str]]:
    """The allowlist: {"managedPolicies": {arn: reason}, "wildcardResourceActions": {action: reason}}."""
    allowlist = json.loads(path.read_text())
    return {
        "managedPolicies": dict(allowlist.get("managedPolicies", {})),
        "wildcardResourceActions": dict(allowlist.get("wildcardResourceActions", {})),
    }


def check_allowlist(allowlist: dict[str, dict[str, str]]) -> list[str]:
    """Every allowlist entry gives a reason and names no wildcard action."""
    problems = []
    for section, entries in allowlist.items():
        for key, reason in entries.items():
            if not isinstance(reason, str) or len(reason.strip()) < 20:
                problems.append(f"allowlist {section} {key}: give the reason (why no narrower grant exists)")
            if section == "wildcardResourceActions" and "*" in key:
                problems.append(f"allowlist {section} {key}: an allowlisted action cannot itself be a wildcard")
    return problems


def _documents(template: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(where, policy document, kind) for every policy document; kind is identity, resource or trust."""
    for logical_id, resource in resources(template).items():
        resource_type = resource.get("Type") if isinstance(resource, dict) else None
        props = properties(resource) if isinstance(resource, dict) else {}
        if resource_type == "AWS::IAM::Role":
            for index, policy in enumerate(as_list(props.get("Policies", []))):
                if isinstance(policy, dict):
                    name = policy.get("PolicyName", index)
                    yield f"{logical_id} policy {name}", policy.get("PolicyDocument", {}), "identity"
            yield f"{logical_id} trust policy", props.get("AssumeRolePolicyDocument", {}), "trust"
        elif resource_type in IDENTITY_POLICY_TYPES:
            yield logical_id, props.get("PolicyDocument", {}), "identity"
        elif resource_type in RESOURCE_POLICY_TYPES:
            yield logical_id, props.get("PolicyDocument", {}), "resource"


def _sub_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and set(value) == {"Fn::Sub"}:
        argument = value["Fn::Sub"]
        if isinstance(argument, str):
            return argument
        if isinstance(argument, list) and argument and isinstance(argument[0], str):
            return argument[0]
    return None


def is_wildcard_resource(value: Any) -> bool:
    """True for "*", an ARN whose resource part is "*" or empty, or all resources of one type ("table/*")."""
    text = _sub_text(value)
    if text is None:
        return False
    if text == "*":
        return True
    # Placeholders (${AWS::Partition}, ${tableName}) stand for one name each; their colons are not ARN separators.
    text = _SUB_PLACEHOLDER.sub("X", text)
    parts = text.split(":", 5)
    if not text.startswith("arn:") or len(parts) < 6:
        return False
    service, resource = parts[2], parts[5]
    if resource in ("", "*"):
        return True
    return service != "s3" and _TYPE_WILDCARD.fullmatch(resource) is not None


def _check_statement(where: str, statement: Any, kind: str, allowlist: dict[str, dict[str, str]]) -> list[str]:
    if not isinstance(statement, dict):
        return [f"{where}: a statement must be a mapping"]
    if statement.get("Effect") != "Allow":
        return []
    label = f"{where} statement {statement.get('Sid', '')}".rstrip()
    if kind == "trust":
        principal = statement.get("Principal")
        if not isinstance(principal, dict) or set(principal) != {"Service"}:
            return [f"{label}: a role may trust only AWS services"]
        return []
    problems = [f"{label}: {key} with Allow grants everything not listed" for key in ("NotAction", "NotResource") if key in statement]
    actions = as_list(statement.get("Action", []))
    for action in actions:
        if not isinstance(action, str):
            problems.append(f"{label}: actions must be literal strings")
        elif "*" in action:
            problems.append(f"{label}: wildcard action {action}")
    if any(is_wildcard_resource(item) for item in as_list(statement.get("Resource", []))):
        allowed = allowlist["wildcardResourceActions"]
        for action in actions:
            if isinstance(action, str) and action not in allowed:
                problems.append(f"{label}: {action} on a wildcard resource (not in the allowlist)")
    if kind == "resource":
        for principal in alternatives(statement.get("Principal")):
            if principal == "*" or (isinstance(principal, dict) and "*" in as_list(principal.get("AWS", []))):
                problems.append(f"{label}: allows any principal")
    return problems


def check_iam(translated: dict[str, Any], allowlist: dict[str, dict[str, str]]) -> list[str]:
    """Every policy statement and managed policy attachment of the translated template, against the rules."""
    problems: list[str] = []
    for where, document, kind in _documents(translated):
        statements = document.get("Statement", []) if isinstance(document, dict) else None
        if statements is None:
            problems.append(f"{where}: the policy document has no Statement")
            continue
        for statement in as_list(statements):
            problems.extend(_check_statement(where, statement, kind, allowlist))
    for logical_id, resource in resources(translated).items():
        if not isinstance(resource, dict) or resource.get("Type") != "AWS::IAM::Role":
            continue
        for arn in as_list(properties(resource).get("ManagedPolicyArns", [])):
            if isinstance(arn, dict) and set(arn) == {"Ref"} and resources(translated).get(arn["Ref"], {}).get("Type") == "AWS::IAM::ManagedPolicy":
                continue  # a managed policy of this template: its statements are checked above
            text = _sub_text(arn)
            normalised = text.replace("${AWS::Partition}", "aws") if text else None
            if normalised not in allowlist["managedPolicies"]:
                problems.append(f"{logical_id}: managed policy {json.dumps(arn)} is not in the allowlist")
    return problems


def count_statements(translated: dict[str, Any]) -> tuple[int, int]:
    """(roles, Allow statements) checked, for the summary line."""
    roles = sum(1 for resource in resources(translated).values() if isinstance(resource, dict) and resource.get("Type") == "AWS::IAM::Role")
    statements = 0
    for _, document, _ in _documents(translated):
        if isinstance(document, dict):
            statements += sum(1 for item in as_list(document.get("Statement", [])) if isinstance(item, dict) and item.get("Effect") == "Allow")
    return roles, statements
