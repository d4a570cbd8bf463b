"""Handlers and their functions, and the build/environment contract of each function."""

import unittest

from functions import check_function_contract, check_handlers_have_functions, handler_names
from tests.support import REAL_HANDLERS, REPO_ROOT, TEMPLATE_PATH, Repo, add_function, template


class HandlersHaveFunctions(unittest.TestCase):
    def setUp(self):
        self.repo = Repo()
        self.addCleanup(self.repo.close)

    def test_the_real_template_covers_the_real_handlers(self):
        handlers = handler_names(REPO_ROOT)
        self.assertIn("Health", handlers)
        self.assertEqual(check_handlers_have_functions(template(), handlers), [])

    def test_handler_folders_are_those_with_a_main_swift(self):
        (self.repo.root / "Handlers" / "Notes").mkdir(parents=True)
        self.repo.add_handler("Poster")
        self.assertEqual(handler_names(self.repo.root), sorted([*REAL_HANDLERS, "Poster"]))

    def test_a_handler_without_a_function_fails(self):
        self.repo.add_handler("Poster")
        problems = check_handlers_have_functions(template(), handler_names(self.repo.root))
        self.assertEqual(len(problems), 1)
        self.assertIn("PosterFunction", problems[0])

    def test_a_function_without_a_handler_fails(self):
        broken = template()
        broken["Resources"]["HealthzFunction"] = broken["Resources"].pop("HealthFunction")
        problems = check_handlers_have_functions(broken, ["Health"])
        self.assertTrue(any("HealthFunction" in problem for problem in problems))
        self.assertTrue(any("HealthzFunction" in problem for problem in problems))

    def test_a_new_use_case_with_handler_and_function_passes(self):
        self.repo.add_handler("Poster")
        extended = template()
        add_function(extended, "Poster")
        self.assertEqual(check_handlers_have_functions(extended, handler_names(self.repo.root)), [])


class FunctionContract(unittest.TestCase):
    def setUp(self):
        self.repo = Repo()
        self.addCleanup(self.repo.close)

    def problems(self, mutated):
        return check_function_contract(mutated, self.repo.template_dir, self.repo.root)

    def health(self, mutated):
        return mutated["Resources"]["HealthFunction"]

    def test_the_real_template_keeps_the_contract(self):
        self.assertEqual(check_function_contract(template(), TEMPLATE_PATH.parent, REPO_ROOT), [])

    def test_a_function_not_built_by_the_makefile_fails(self):
        broken = template()
        del self.health(broken)["Metadata"]
        self.assertIn("BuildMethod", " ".join(self.problems(broken)))

    def test_a_code_uri_other_than_the_repository_root_fails(self):
        broken = template()
        self.health(broken)["Properties"]["CodeUri"] = "../Handlers/Health"
        self.assertIn("CodeUri", " ".join(self.problems(broken)))

    def test_a_template_whose_parent_is_not_the_repository_root_fails(self):
        problems = check_function_contract(template(), self.repo.root / "Infrastructure" / "nested", self.repo.root)
        self.assertIn("does not resolve to the repository root", " ".join(problems))

    def test_a_handler_other_than_bootstrap_fails(self):
        broken = template()
        self.health(broken)["Properties"]["Handler"] = "main"
        self.assertIn("Handler must be bootstrap", " ".join(self.problems(broken)))

    def test_a_runtime_other_than_al2023_fails(self):
        broken = template()
        self.health(broken)["Properties"]["Runtime"] = "provided.al2"
        self.assertIn("Runtime", " ".join(self.problems(broken)))
        no_globals = template()
        del no_globals["Globals"]["Function"]["Runtime"]
        self.assertIn("Runtime", " ".join(self.problems(no_globals)))

    def test_environment_values_are_strings_or_the_four_intrinsics(self):
        fine = template()
        add_function(fine, "Poster", environment={
            "JOBS_TABLE": {"Ref": "JobsTable"},
            "OUTPUTS_BUCKET_ARN": {"Fn::GetAtt": ["OutputsBucket", "Arn"]},
            "API": {"Fn::Sub": "https://${HttpApi}.execute-api.${AWS::Region}.amazonaws.com"},
            "CDN": {"Fn::If": ["DeliverThroughCloudFront", {"Fn::GetAtt": ["Distribution", "DomainName"]}, ""]},
            "LEVEL": "INFO",
        })
        self.assertEqual(self.problems(fine), [])
        broken = template()
        add_function(broken, "Poster", environment={
            "LANGUAGES": {"Fn::Join": [",", {"Ref": "TargetLanguages"}]},
            "NESTED": {"Fn::If": ["InUsEast1", {"Fn::Select": [0, ["a"]]}, "b"]},
        })
        problems = self.problems(broken)
        self.assertEqual(len(problems), 2, problems)
        self.assertIn("LANGUAGES", problems[0])
        self.assertIn("NESTED", problems[1])


if __name__ == "__main__":
    unittest.main()
