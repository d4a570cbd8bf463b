"""The HTTP API and its Cognito JWT authorizer, in the exact shape mediagen-local reads."""

from __future__ import annotations

from typing import Any

from template_model import SERVERLESS_HTTP_API, properties, resources, resources_of_type

API_ID = "HttpApi"
AUTHORIZER = "CognitoAuthorizer"
ISSUER = {"Fn::Sub": "https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}"}
AUDIENCE = [{"Ref": "UserPoolClient"}]
IDENTITY_SOURCE = "$request.header.Authorization"


def check_http_api(template: dict[str, Any]) -> list[str]:
    """`HttpApi` exists, its default authorizer is the Cognito JWT authorizer on the template's user pool."""
    apis = resources_of_type(template, SERVERLESS_HTTP_API)
    if API_ID not in apis:
        return [f"no AWS::Serverless::HttpApi with logical id {API_ID}"]
    problems = [f"{logical_id}: one HTTP API only, named {API_ID}" for logical_id in apis if logical_id != API_ID]
    auth = properties(apis[API_ID]).get("Auth", {})
    if not isinstance(auth, dict):
        return problems + [f"{API_ID}: Auth must be a mapping"]
    if auth.get("DefaultAuthorizer") != AUTHORIZER:
        problems.append(f"{API_ID}: DefaultAuthorizer must be {AUTHORIZER} (JWT on every route unless opted out)")
    authorizer = auth.get("Authorizers", {}).get(AUTHORIZER) if isinstance(auth.get("Authorizers"), dict) else None
    if not isinstance(authorizer, dict):
        return problems + [f"{API_ID}: no Auth.Authorizers.{AUTHORIZER}"]
    jwt = authorizer.get("JwtConfiguration", {})
    if not isinstance(jwt, dict) or jwt.get("issuer") != ISSUER:
        problems.append(f"{API_ID}: {AUTHORIZER} issuer must be !Sub {ISSUER['Fn::Sub']}")
    if not isinstance(jwt, dict) or jwt.get("audience") != AUDIENCE:
        problems.append(f"{API_ID}: {AUTHORIZER} audience must be [!Ref UserPoolClient]")
    if authorizer.get("IdentitySource") != IDENTITY_SOURCE:
        problems.append(f"{API_ID}: {AUTHORIZER} IdentitySource must be {IDENTITY_SOURCE}")
    all_resources = resources(template)
    for logical_id, expected in (("UserPool", "AWS::Cognito::UserPool"), ("UserPoolClient", "AWS::Cognito::UserPoolClient")):
        if all_resources.get(logical_id, {}).get("Type") != expected:
            problems.append(f"the authorizer needs {logical_id} of type {expected}")
    return problems
