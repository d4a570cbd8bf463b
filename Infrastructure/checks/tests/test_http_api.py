"""The HTTP API and its Cognito JWT authorizer."""

import unittest

from http_api import check_http_api
from tests.support import template


def auth(mutated):
    return mutated["Resources"]["HttpApi"]["Properties"]["Auth"]


class HttpApiShape(unittest.TestCase):
    def test_the_real_template_has_the_contract_authorizer(self):
        self.assertEqual(check_http_api(template()), [])

    def test_a_renamed_api_fails(self):
        broken = template()
        broken["Resources"]["Api"] = broken["Resources"].pop("HttpApi")
        self.assertEqual(check_http_api(broken), ["no AWS::Serverless::HttpApi with logical id HttpApi"])

    def test_a_second_api_fails(self):
        broken = template()
        broken["Resources"]["AdminApi"] = {"Type": "AWS::Serverless::HttpApi", "Properties": {}}
        self.assertIn("AdminApi", " ".join(check_http_api(broken)))

    def test_routes_without_a_default_authorizer_fail(self):
        broken = template()
        del auth(broken)["DefaultAuthorizer"]
        self.assertIn("DefaultAuthorizer", " ".join(check_http_api(broken)))

    def test_a_foreign_issuer_fails(self):
        broken = template()
        auth(broken)["Authorizers"]["CognitoAuthorizer"]["JwtConfiguration"]["issuer"] = "https://issuer.example.com"
        self.assertIn("issuer", " ".join(check_http_api(broken)))

    def test_an_audience_other_than_the_app_client_fails(self):
        broken = template()
        auth(broken)["Authorizers"]["CognitoAuthorizer"]["JwtConfiguration"]["audience"] = ["web"]
        self.assertIn("audience", " ".join(check_http_api(broken)))

    def test_a_token_from_elsewhere_than_the_authorization_header_fails(self):
        broken = template()
        auth(broken)["Authorizers"]["CognitoAuthorizer"]["IdentitySource"] = "$request.querystring.token"
        self.assertIn("IdentitySource", " ".join(check_http_api(broken)))

    def test_a_missing_user_pool_fails(self):
        broken = template()
        del broken["Resources"]["UserPool"]
        self.assertIn("UserPool of type AWS::Cognito::UserPool", " ".join(check_http_api(broken)))


if __name__ == "__main__":
    unittest.main()
