"""Policies only on the resources a function's environment (or a state machine's substitutions) names."""

import unittest

from least_privilege import check_least_privilege
from tests.support import add_function, add_state_machine, template

CRUD_JOBS = {"DynamoDBCrudPolicy": {"TableName": {"Ref": "JobsTable"}}}


class LeastPrivilege(unittest.TestCase):
    def test_the_real_template_passes(self):
        self.assertEqual(check_least_privilege(template()), [])

    def test_a_policy_on_a_resource_the_environment_names_passes(self):
        extended = template()
        add_function(extended, "Poster", environment={"JOBS_TABLE": {"Ref": "JobsTable"}}, policies=[CRUD_JOBS])
        self.assertEqual(check_least_privilege(extended), [])

    def test_a_policy_on_a_resource_the_function_is_not_told_about_fails(self):
        broken = template()
        add_function(broken, "Poster", environment={"JOBS_TABLE": {"Ref": "JobsTable"}}, policies=[
            CRUD_JOBS,
            {"S3CrudPolicy": {"BucketName": {"Ref": "ArchiveBucket"}}},
            {"Statement": [{"Effect": "Allow", "Action": "sns:Publish", "Resource": {"Fn::Sub": "${ModerationReviewTopic}"}}]},
        ])
        self.assertEqual(check_least_privilege(broken), [
            "PosterFunction: its Policies grant access to ArchiveBucket but no environment variable names ArchiveBucket",
            "PosterFunction: its Policies grant access to ModerationReviewTopic but no environment variable names ModerationReviewTopic",
        ])

    def test_a_state_machine_may_invoke_only_the_functions_it_substitutes(self):
        extended = template()
        add_state_machine(extended, "Poster", "poster.asl.json",
                          substitutions={"PosterFunctionArn": {"Fn::GetAtt": ["PosterFunction", "Arn"]}},
                          policies=[{"LambdaInvokePolicy": {"FunctionName": {"Ref": "PosterFunction"}}}])
        self.assertEqual(check_least_privilege(extended), [])
        extended["Resources"]["PosterStateMachine"]["Properties"]["Policies"].append(
            {"LambdaInvokePolicy": {"FunctionName": {"Ref": "DubbingFunction"}}})
        self.assertEqual(check_least_privilege(extended), [
            "PosterStateMachine: its Policies grant access to DubbingFunction but no DefinitionSubstitutions entry names DubbingFunction"])


if __name__ == "__main__":
    unittest.main()
