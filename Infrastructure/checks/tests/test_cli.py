"""The whole check as `make infra-check` runs it, and the two external validators on broken copies
(proof that cfn-lint really lints this SAM template and that the OpenAPI validator really validates)."""

import contextlib
import io
import shutil
import unittest

import yaml
from cfnlint.api import ManualArgs, lint, lint_file
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from check_template import main
from functions import handler_names
from tests.support import ALLOWLIST_PATH, OPENAPI_PATH, REAL_HANDLERS, REPO_ROOT, TEMPLATE_PATH, Repo

STRICT = ManualArgs(include_checks=["I"])


def run(argv):
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = main(argv)
    return code, output.getvalue()


class CheckTemplateCommand(unittest.TestCase):
    def test_the_repository_passes_and_the_summary_says_what_was_checked(self):
        code, output = run(["--repo", str(REPO_ROOT)])
        self.assertEqual(code, 0, output)
        handlers = len(handler_names(REPO_ROOT))
        self.assertIn(f"handlers {handlers}, functions {handlers}, ", output)
        self.assertIn("; 0 problems", output)

    def test_a_repository_with_an_unlisted_handler_and_workflow_fails(self):
        repo = Repo(handlers=(*REAL_HANDLERS, "Poster"))
        self.addCleanup(repo.close)
        shutil.copy(TEMPLATE_PATH, repo.template_dir / "template.yaml")
        shutil.copy(OPENAPI_PATH, repo.template_dir / "openapi.yaml")
        repo.add_asl("poster.asl.json", {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}})
        code, output = run(["--repo", str(repo.root), "--allowlist", str(ALLOWLIST_PATH)])
        self.assertEqual(code, 1)
        self.assertIn("FAIL [handlers] handler Handlers/Poster has no AWS::Serverless::Function PosterFunction", output)
        self.assertIn("FAIL [state machines] StateMachines/poster.asl.json has no AWS::Serverless::StateMachine", output)
        self.assertIn("; 2 problems", output)

    def test_an_unreadable_template_fails(self):
        repo = Repo()
        self.addCleanup(repo.close)
        (repo.template_dir / "template.yaml").write_text("Resources: [unclosed\n")
        shutil.copy(OPENAPI_PATH, repo.template_dir / "openapi.yaml")
        with contextlib.redirect_stderr(io.StringIO()):
            code, _ = run(["--repo", str(repo.root), "--allowlist", str(ALLOWLIST_PATH)])
        self.assertEqual(code, 1)


class ExternalValidators(unittest.TestCase):
    def test_cfn_lint_reports_nothing_on_the_template_even_informational(self):
        self.assertEqual([str(match) for match in lint_file(TEMPLATE_PATH, STRICT)], [])

    def test_cfn_lint_catches_a_broken_copy(self):
        text = TEMPLATE_PATH.read_text()
        broken = text.replace("BillingMode: PAY_PER_REQUEST", "BillingMode: PAY_AS_YOU_GO", 1)
        self.assertNotEqual(text, broken)
        rules = {match.rule.id for match in lint(broken, STRICT)}
        self.assertIn("E3030", rules)
        unknown_property = text.replace("      Handler: bootstrap\n", "      Handler: bootstrap\n      Handlr: bootstrap\n", 1)
        self.assertIn("E3002", {match.rule.id for match in lint(unknown_property, STRICT)})

    def test_the_openapi_document_validates_and_a_broken_copy_does_not(self):
        document = yaml.safe_load(OPENAPI_PATH.read_text())
        validate(document)
        document["paths"]["/health"]["get"]["responses"]["200"] = {"content": {}}
        with self.assertRaises(OpenAPIValidationError):
            validate(document)


if __name__ == "__main__":
    unittest.main()
