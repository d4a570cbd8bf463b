"""Routes: the functions' HttpApi events and Infrastructure/openapi.yaml describe the same API.

Both directions: every OpenAPI operation is one function event and every event is one operation; a route is
public (`security: []` in OpenAPI) exactly when its event says `Auth: {Authorizer: NONE}`; an operation's
`x-mediagen-function`, when given, names the function that serves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from http_api import API_ID, AUTHORIZER
from template_model import SERVERLESS_FUNCTION, properties, resources_of_type

OPENAPI_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EVENT_METHODS = {method.upper() for method in OPENAPI_METHODS} | {"ANY"}


@dataclass(frozen=True)
class Route:
    """One route of the API: who serves it and whether it skips the JWT authorizer."""

    function: str
    event: str
    public: bool


def function_routes(template: dict[str, Any]) -> tuple[dict[tuple[str, str], Route], list[str]]:
    """The routes of every function's HttpApi events, keyed by (METHOD, path), with the problems found."""
    routes: dict[tuple[str, str], Route] = {}
    problems: list[str] = []
    for logical_id, resource in resources_of_type(template, SERVERLESS_FUNCTION).items():
        events = properties(resource).get("Events", {})
        if not isinstance(events, dict):
            problems.append(f"{logical_id}: Events must be a mapping")
            continue
        for event_id, event in events.items():
            if not isinstance(event, dict) or event.get("Type") != "HttpApi":
                continue
            where = f"{logical_id} event {event_id}"
            props = event.get("Properties", {})
            if not isinstance(props, dict):
                problems.append(f"{where}: Properties must be a mapping")
                continue
            if props.get("ApiId") != {"Ref": API_ID}:
                problems.append(f"{where}: ApiId must be !Ref {API_ID}")
            path, method = props.get("Path"), props.get("Method")
            if not isinstance(path, str) or not path.startswith("/"):
                problems.append(f"{where}: Path must be a string starting with /")
                continue
            if not isinstance(method, str) or method.upper() not in EVENT_METHODS:
                problems.append(f"{where}: Method must be one of {sorted(EVENT_METHODS)}")
                continue
            auth = props.get("Auth", {})
            authorizer = auth.get("Authorizer", AUTHORIZER) if isinstance(auth, dict) else None
            if authorizer not in (AUTHORIZER, "NONE"):
                problems.append(f"{where}: Auth.Authorizer must be NONE or {AUTHORIZER} (the default)")
            key = (method.upper(), path)
            if key in routes:
                problems.append(f"{where}: route {method.upper()} {path} is also {routes[key].function}")
                continue
            routes[key] = Route(function=logical_id, event=event_id, public=authorizer == "NONE")
    return routes, problems


def openapi_operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """The OpenAPI operations keyed by (METHOD, path)."""
    operations: dict[tuple[str, str], dict[str, Any]] = {}
    paths = document.get("paths", {})
    for path, item in (paths.items() if isinstance(paths, dict) else []):
        if not isinstance(item, dict):
            continue
        for method in OPENAPI_METHODS:
            if isinstance(item.get(method), dict):
                operations[(method.upper(), path)] = item[method]
    return operations


def _is_public(document: dict[str, Any], operation: dict[str, Any]) -> bool:
    security = operation.get("security", document.get("security"))
    return security == [] or security is None


def check_routes(template: dict[str, Any], document: dict[str, Any]) -> list[str]:
    """Every OpenAPI operation maps to a function event and back, with the same authorization."""
    routes, problems = function_routes(template)
    operations = openapi_operations(document)
    for (method, path), route in sorted(routes.items()):
        if (method, path) not in operations:
            problems.append(f"{route.function} event {route.event}: {method} {path} is not in openapi.yaml")
    for (method, path), operation in sorted(operations.items()):
        route = routes.get((method, path))
        if route is None:
            problems.append(f"openapi.yaml {method} {path} has no HttpApi event in any function")
            continue
        public = _is_public(document, operation)
        if public != route.public:
            problems.append(
                f"{method} {path}: openapi.yaml says {'public' if public else 'JWT'} but {route.function} event "
                f"{route.event} says {'Authorizer NONE' if route.public else AUTHORIZER}")
        named = operation.get("x-mediagen-function")
        if named is not None and named != route.function:
            problems.append(f"{method} {path}: openapi.yaml x-mediagen-function {named} but {route.function} serves it")
    return problems
