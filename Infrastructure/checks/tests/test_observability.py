"""Log groups and alarms for every function and state machine."""

import unittest

from observability import check_observability
from tests.support import add_function, add_state_machine, template


class Observability(unittest.TestCase):
    def test_the_real_template_has_log_groups_and_alarms(self):
        self.assertEqual(check_observability(template()), [])

    def test_a_function_without_an_errors_alarm_fails(self):
        broken = template()
        del broken["Resources"]["HealthFunctionErrorsAlarm"]
        self.assertEqual(check_observability(broken), ["HealthFunction: no AWS/Lambda Errors alarm with FunctionName !Ref HealthFunction"])

    def test_a_function_without_a_throttles_alarm_fails(self):
        broken = template()
        broken["Resources"]["HealthFunctionThrottlesAlarm"]["Properties"]["MetricName"] = "Invocations"
        self.assertIn("Throttles", " ".join(check_observability(broken)))

    def test_a_function_without_its_log_group_or_retention_fails(self):
        broken = template()
        del broken["Resources"]["HealthFunctionLogGroup"]
        self.assertIn("no AWS::Logs::LogGroup", " ".join(check_observability(broken)))
        forever = template()
        del forever["Resources"]["HealthFunctionLogGroup"]["Properties"]["RetentionInDays"]
        self.assertIn("RetentionInDays", " ".join(check_observability(forever)))

    def test_new_functions_and_state_machines_need_their_alarms(self):
        extended = template()
        add_function(extended, "Poster")
        name = add_state_machine(extended, "Poster", "poster.asl.json")
        self.assertEqual(check_observability(extended), [])
        del extended["Resources"][f"{name}FailedAlarm"]
        self.assertEqual(check_observability(extended), [
            "PosterStateMachine: no AWS/States ExecutionsFailed alarm with StateMachineArn !Ref PosterStateMachine"])


if __name__ == "__main__":
    unittest.main()
