"""Function HttpApi events and openapi.yaml, both directions, with the same authorization."""

import unittest

from routes import check_routes, function_routes
from tests.support import add_function, add_operation, openapi, template


def health_event(mutated):
    return mutated["Resources"]["HealthFunction"]["Properties"]["Events"]["Health"]["Properties"]


class Routes(unittest.TestCase):
    def test_the_real_template_and_openapi_agree(self):
        self.assertEqual(check_routes(template(), openapi()), [])

    def test_only_health_and_the_ad_server_routes_players_call_are_public(self):
        routes, problems = function_routes(template())
        self.assertEqual(problems, [])
        self.assertIn(("GET", "/health"), routes)
        # MediaTailor calls GET /ads and players fire the VAST tracking pixels: neither can carry a user's JWT.
        self.assertEqual({route for route, found in routes.items() if found.public},
                         {("GET", "/health"), ("GET", "/ads"), ("GET", "/ads/beacons")})
        self.assertEqual(routes[("GET", "/health")].function, "HealthFunction")

    def test_an_event_missing_from_openapi_fails(self):
        extended = template()
        add_function(extended, "Poster", routes=[("POST", "/posters", False)])
        problems = check_routes(extended, openapi())
        self.assertEqual(problems, ["PosterFunction event Route0: POST /posters is not in openapi.yaml"])

    def test_an_operation_without_an_event_fails(self):
        document = openapi()
        add_operation(document, "POST", "/posters")
        self.assertEqual(check_routes(template(), document), ["openapi.yaml POST /posters has no HttpApi event in any function"])

    def test_a_new_route_in_both_passes(self):
        extended, document = template(), openapi()
        add_function(extended, "Poster", routes=[("POST", "/posters", False), ("GET", "/posters/{id}/preview", False)])
        add_operation(document, "POST", "/posters", function="PosterFunction")
        add_operation(document, "GET", "/posters/{id}/preview", function="PosterFunction")
        self.assertEqual(check_routes(extended, document), [])

    def test_a_route_public_in_one_and_protected_in_the_other_fails(self):
        broken = template()
        del health_event(broken)["Auth"]
        problems = check_routes(broken, openapi())
        self.assertEqual(len(problems), 1)
        self.assertIn("openapi.yaml says public but HealthFunction event Health says CognitoAuthorizer", problems[0])
        document = openapi()
        del document["paths"]["/health"]["get"]["security"]
        self.assertIn("says JWT but", " ".join(check_routes(template(), document)))

    def test_a_method_mismatch_fails_both_ways(self):
        broken = template()
        health_event(broken)["Method"] = "POST"
        problems = check_routes(broken, openapi())
        self.assertEqual(len(problems), 2, problems)

    def test_the_named_function_must_serve_the_route(self):
        document = openapi()
        document["paths"]["/health"]["get"]["x-mediagen-function"] = "StatusFunction"
        self.assertIn("x-mediagen-function StatusFunction", " ".join(check_routes(template(), document)))

    def test_the_same_route_in_two_functions_fails(self):
        broken = template()
        add_function(broken, "Status", routes=[("GET", "/health", True)])
        self.assertIn("is also HealthFunction", " ".join(check_routes(broken, openapi())))

    def test_an_event_on_another_api_fails(self):
        broken = template()
        health_event(broken)["ApiId"] = {"Ref": "OtherApi"}
        self.assertIn("ApiId must be !Ref HttpApi", " ".join(check_routes(broken, openapi())))

    def test_an_unknown_authorizer_fails(self):
        broken = template()
        health_event(broken)["Auth"] = {"Authorizer": "LambdaAuthorizer"}
        self.assertIn("Auth.Authorizer must be NONE", " ".join(check_routes(broken, openapi())))


if __name__ == "__main__":
    unittest.main()
