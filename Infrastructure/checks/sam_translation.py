"""The template as CloudFormation will see it: expanded by the AWS SAM translator, offline.

The IAM check reads the translated template, so it sees the roles SAM creates for functions and state machines
with their policy templates expanded and their managed policies attached, not just what the YAML spells out.
"""

from __future__ import annotations

import copy
from typing import Any

import boto3
from samtranslator.metrics.metrics import DummyMetricsPublisher, Metrics
from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.parser.parser import Parser
from samtranslator.translator.translator import Translator

from template_model import SERVERLESS_FUNCTION, SERVERLESS_STATE_MACHINE, TemplateLoadError, resources

# Any commercial region gives the same policies; it only picks the partition (aws) of managed policy ARNs.
TRANSLATION_REGION = "us-east-1"


def translate(template: dict[str, Any]) -> dict[str, Any]:
    """The CloudFormation template SAM produces. Local code and definition paths become placeholder S3 URIs
    (what `sam package` would upload); AWS managed policy names resolve through SAM's bundled map, never IAM."""
    sam_template = copy.deepcopy(template)
    for logical_id, resource in resources(sam_template).items():
        props = resource.get("Properties") if isinstance(resource, dict) else None
        if not isinstance(props, dict):
            continue
        if resource.get("Type") == SERVERLESS_FUNCTION and isinstance(props.get("CodeUri"), str):
            props["CodeUri"] = f"s3://placeholder/{logical_id}.zip"
        if resource.get("Type") == SERVERLESS_STATE_MACHINE and isinstance(props.get("DefinitionUri"), str):
            props["DefinitionUri"] = f"s3://placeholder/{logical_id}.asl.json"
    metrics = Metrics("ServerlessTransform", DummyMetricsPublisher())
    translator = Translator(
        managed_policy_map=None,
        sam_parser=Parser(),
        boto_session=boto3.session.Session(region_name=TRANSLATION_REGION),
        metrics=metrics,
    )
    try:
        return translator.translate(sam_template, parameter_values={}, get_managed_policy_map=lambda: {})
    except InvalidDocumentException as error:
        raise TemplateLoadError("SAM translation failed: " + "; ".join(str(cause) for cause in error.causes)) from error
    finally:
        metrics.publish()  # to the dummy publisher: nothing leaves the machine
