"""Every StateMachines/*.asl.json has a state machine, and every state machine a readable definition.

The real repository has no ASL file yet, so on it the check is vacuous; these tests give it files."""

import unittest

from state_machines import asl_files, check_state_machines
from tests.support import REPO_ROOT, TEMPLATE_PATH, Repo, add_state_machine, template

DEFINITION = {
    "StartAt": "Transcribe",
    "States": {"Transcribe": {"Type": "Task", "Resource": "${PosterFunctionArn}", "End": True}},
}
SUBSTITUTIONS = {"PosterFunctionArn": {"Fn::GetAtt": ["PosterFunction", "Arn"]}}


class StateMachines(unittest.TestCase):
    def setUp(self):
        self.repo = Repo()
        self.addCleanup(self.repo.close)

    def problems(self, mutated):
        return check_state_machines(mutated, self.repo.template_dir, self.repo.root)

    def test_the_real_repository_passes_and_every_asl_file_is_counted(self):
        self.assertEqual(check_state_machines(template(), TEMPLATE_PATH.parent, REPO_ROOT), [])
        self.assertEqual(len(asl_files(REPO_ROOT)), len(list((REPO_ROOT / "StateMachines").glob("*.asl.json"))))

    def test_an_asl_file_without_a_state_machine_fails(self):
        self.repo.add_asl("poster.asl.json", DEFINITION)
        self.assertEqual(self.problems(template()), [
            "StateMachines/poster.asl.json has no AWS::Serverless::StateMachine "
            "(DefinitionUri ../StateMachines/poster.asl.json)"])

    def test_an_asl_file_with_its_state_machine_passes(self):
        self.repo.add_asl("poster.asl.json", DEFINITION)
        extended = template()
        add_state_machine(extended, "Poster", "poster.asl.json", substitutions=SUBSTITUTIONS)
        self.assertEqual(self.problems(extended), [])

    def test_a_state_machine_without_its_file_fails(self):
        extended = template()
        add_state_machine(extended, "Poster", "poster.asl.json", substitutions=SUBSTITUTIONS)
        self.assertIn("does not exist", " ".join(self.problems(extended)))

    def test_a_definition_outside_state_machines_or_inline_fails(self):
        self.repo.add_asl("poster.asl.json", DEFINITION)
        elsewhere = template()
        name = add_state_machine(elsewhere, "Poster", "poster.asl.json", substitutions=SUBSTITUTIONS)
        elsewhere["Resources"][name]["Properties"]["DefinitionUri"] = "../Handlers/poster.asl.json"
        self.assertIn("is not a StateMachines/*.asl.json file", " ".join(self.problems(elsewhere)))
        inline = template()
        add_state_machine(inline, "Poster", "poster.asl.json", substitutions=SUBSTITUTIONS)
        properties = inline["Resources"][name]["Properties"]
        del properties["DefinitionUri"]
        properties["Definition"] = DEFINITION
        problems = self.problems(inline)
        self.assertEqual(len(problems), 2, problems)

    def test_a_missing_substitution_fails(self):
        self.repo.add_asl("poster.asl.json", DEFINITION)
        broken = template()
        add_state_machine(broken, "Poster", "poster.asl.json", substitutions={})
        self.assertEqual(self.problems(broken), [
            "PosterStateMachine: poster.asl.json uses ${PosterFunctionArn} but DefinitionSubstitutions has no PosterFunctionArn"])

    def test_a_file_that_is_not_a_workflow_fails(self):
        self.repo.add_asl("poster.asl.json", "{not json")
        self.repo.add_asl("dubbing.asl.json", {"Comment": "no states"})
        broken = template()
        add_state_machine(broken, "Poster", "poster.asl.json", substitutions=SUBSTITUTIONS)
        add_state_machine(broken, "Dubbing", "dubbing.asl.json")
        problems = self.problems(broken)
        self.assertEqual(len(problems), 2, problems)
        self.assertTrue(any("poster.asl.json is not JSON" in problem for problem in problems), problems)
        self.assertTrue(any("dubbing.asl.json has no StartAt and States" in problem for problem in problems), problems)

    def test_two_state_machines_on_one_file_fail(self):
        self.repo.add_asl("poster.asl.json", DEFINITION)
        broken = template()
        add_state_machine(broken, "Poster", "poster.asl.json", substitutions=SUBSTITUTIONS)
        add_state_machine(broken, "Captions", "poster.asl.json", substitutions=SUBSTITUTIONS)
        self.assertIn("already the definition of PosterStateMachine", " ".join(self.problems(broken)))

    def test_a_state_machine_without_logging_or_tracing_fails(self):
        self.repo.add_asl("poster.asl.json", DEFINITION)
        broken = template()
        name = add_state_machine(broken, "Poster", "poster.asl.json", substitutions=SUBSTITUTIONS)
        properties = broken["Resources"][name]["Properties"]
        properties["Logging"]["Level"] = "OFF"
        del properties["Tracing"]
        problems = self.problems(broken)
        self.assertEqual(len(problems), 2, problems)
        self.assertIn("Logging", problems[0])
        self.assertIn("Tracing", problems[1])


if __name__ == "__main__":
    unittest.main()
