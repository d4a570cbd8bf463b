"""IAM rules on the SAM translation: the roles SAM generates are checked with policy templates expanded."""

import unittest

from iam import check_allowlist, check_iam, is_wildcard_resource, load_allowlist
from sam_translation import translate
from template_model import TemplateLoadError
from tests.support import ALLOWLIST_PATH, LOG_DELIVERY_STATEMENT, add_function, add_state_machine, template

JOBS = {"JOBS_TABLE": {"Ref": "JobsTable"}}


def statement(action, resource):
    return {"Statement": [{"Effect": "Allow", "Action": action, "Resource": resource}]}


class IamRules(unittest.TestCase):
    allowlist = load_allowlist(ALLOWLIST_PATH)

    def problems(self, mutated):
        return check_iam(translate(mutated), self.allowlist)

    def with_function_policies(self, *policies):
        extended = template()
        add_function(extended, "Poster", environment=dict(JOBS), policies=list(policies))
        return extended

    def test_the_real_template_passes(self):
        self.assertEqual(self.problems(template()), [])

    def test_the_translation_creates_the_health_role_with_only_the_allowlisted_managed_policies(self):
        role = translate(template())["Resources"]["HealthFunctionRole"]["Properties"]
        self.assertEqual(sorted(role["ManagedPolicyArns"]), [
            "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
            "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        ])
        self.assertNotIn("Policies", role)

    def test_a_star_action_fails(self):
        problems = self.problems(self.with_function_policies(statement("*", {"Fn::GetAtt": ["JobsTable", "Arn"]})))
        self.assertEqual(len(problems), 1, problems)
        self.assertIn("PosterFunctionRole", problems[0])
        self.assertIn("wildcard action *", problems[0])

    def test_a_service_star_or_prefix_action_fails(self):
        problems = self.problems(self.with_function_policies(
            statement(["dynamodb:*", "dynamodb:Get*"], {"Fn::GetAtt": ["JobsTable", "Arn"]})))
        self.assertEqual(len(problems), 2, problems)

    def test_a_star_resource_for_an_action_with_resource_level_permissions_fails(self):
        problems = self.problems(self.with_function_policies(statement("dynamodb:GetItem", "*")))
        self.assertEqual(len(problems), 1, problems)
        self.assertIn("dynamodb:GetItem on a wildcard resource", problems[0])

    def test_every_table_of_the_account_is_a_wildcard_resource(self):
        resource = {"Fn::Sub": "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*"}
        self.assertIn("wildcard resource", " ".join(self.problems(self.with_function_policies(statement("dynamodb:GetItem", resource)))))

    def test_a_star_resource_for_allowlisted_actions_passes(self):
        extended = template()
        add_state_machine(extended, "Poster", "poster.asl.json", policies=[{"Statement": [LOG_DELIVERY_STATEMENT]}])
        self.assertEqual(self.problems(extended), [])

    def test_a_scoped_policy_template_passes(self):
        self.assertEqual(self.problems(self.with_function_policies({"DynamoDBCrudPolicy": {"TableName": {"Ref": "JobsTable"}}})), [])

    def test_a_policy_template_that_expands_to_a_star_resource_fails(self):
        problems = self.problems(self.with_function_policies({"CloudWatchPutMetricPolicy": {}}))
        self.assertEqual(problems, [
            "PosterFunctionRole policy PosterFunctionRolePolicy0 statement: cloudwatch:PutMetricData on a wildcard resource (not in the allowlist)"])

    def test_a_managed_policy_outside_the_allowlist_fails(self):
        problems = self.problems(self.with_function_policies("AmazonS3FullAccess"))
        self.assertEqual(len(problems), 1, problems)
        self.assertIn("AmazonS3FullAccess", problems[0])

    def test_not_action_and_not_resource_fail(self):
        broken = template()
        policy = broken["Resources"]["InteractionEventsDeliveryRole"]["Properties"]["Policies"][0]["PolicyDocument"]
        first = policy["Statement"][0]
        first["NotResource"] = first.pop("Resource")
        policy["Statement"].append({"Effect": "Allow", "NotAction": "iam:PassRole", "Resource": {"Fn::GetAtt": ["EventsBucket", "Arn"]}})
        problems = self.problems(broken)
        self.assertEqual(len(problems), 2, problems)

    def test_a_hand_written_role_with_a_service_star_fails(self):
        broken = template()
        policy = broken["Resources"]["InteractionEventsDeliveryRole"]["Properties"]["Policies"][0]["PolicyDocument"]
        policy["Statement"][1]["Action"] = "s3:*"
        self.assertEqual(self.problems(broken), [
            "InteractionEventsDeliveryRole policy read-stream-write-bucket statement WriteEventsBucket: wildcard action s3:*"])

    def test_a_resource_policy_open_to_everyone_fails(self):
        broken = template()
        statements = broken["Resources"]["TopicQueuesPolicy"]["Properties"]["PolicyDocument"]["Statement"]
        statements[0]["Principal"] = "*"
        self.assertIn("allows any principal", " ".join(self.problems(broken)))

    def test_deny_statements_are_not_restricted(self):
        document = template()["Resources"]["UploadsBucketPolicy"]["Properties"]["PolicyDocument"]
        self.assertEqual(document["Statement"][0]["Action"], "s3:*")
        self.assertEqual(self.problems(template()), [])

    def test_a_role_trusting_any_account_fails(self):
        broken = template()
        trust = broken["Resources"]["InteractionEventsDeliveryRole"]["Properties"]["AssumeRolePolicyDocument"]
        trust["Statement"][0]["Principal"] = {"AWS": "*"}
        self.assertIn("may trust only AWS services", " ".join(self.problems(broken)))

    def test_an_invalid_sam_template_is_reported_not_ignored(self):
        broken = template()
        broken["Resources"]["HealthFunction"]["Properties"]["Events"]["Health"]["Properties"]["ApiId"] = {"Ref": "Missing"}
        with self.assertRaises(TemplateLoadError):
            translate(broken)


class WildcardResources(unittest.TestCase):
    def test_which_resources_are_wildcards(self):
        self.assertTrue(is_wildcard_resource("*"))
        self.assertTrue(is_wildcard_resource("arn:aws:s3:::*"))
        self.assertTrue(is_wildcard_resource({"Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*"}))
        self.assertTrue(is_wildcard_resource({"Fn::Sub": ["arn:aws:states:x:y:stateMachine:*", {}]}))
        self.assertFalse(is_wildcard_resource({"Fn::Sub": "${OutputsBucket.Arn}/*"}))
        self.assertFalse(is_wildcard_resource("arn:aws:s3:::media-outputs/*"))
        self.assertFalse(is_wildcard_resource({"Fn::Sub": "arn:aws:dynamodb:r:a:table/${tableName}/index/*"}))
        self.assertFalse(is_wildcard_resource({"Fn::GetAtt": ["JobsTable", "Arn"]}))


class Allowlist(unittest.TestCase):
    def test_the_real_allowlist_gives_every_reason(self):
        self.assertEqual(check_allowlist(load_allowlist(ALLOWLIST_PATH)), [])

    def test_an_entry_without_a_reason_or_with_a_wildcard_fails(self):
        allowlist = {"managedPolicies": {"arn:aws:iam::aws:policy/AdministratorAccess": ""},
                     "wildcardResourceActions": {"s3:*": "because it is convenient for everyone"}}
        problems = check_allowlist(allowlist)
        self.assertEqual(len(problems), 2, problems)


if __name__ == "__main__":
    unittest.main()
