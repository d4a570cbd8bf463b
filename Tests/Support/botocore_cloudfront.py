#!/usr/bin/env python3
"""Signs CloudFront URLs with botocore's CloudFrontSigner, for the Swift differential test of our signer.

stdin: {"cases": [{"id", "url", "dateLessThan": epoch seconds, "dateGreaterThan": epoch|null, "ipAddress": str|null}]}
stdout: {"privateKeyPEM": a fresh 2048-bit RSA key (PKCS#8 PEM), "results": [{"id", "url", "policy"}]}.
A case with only dateLessThan is signed with a canned policy; any other with the custom policy botocore builds.
The key is generated for each run, so no private key is ever committed.
"""
import datetime
import json
import sys

from botocore.signers import CloudFrontSigner
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def main():
    request = json.load(sys.stdin)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()

    def rsa_signer(message):
        return key.sign(message, padding.PKCS1v15(), hashes.SHA1())

    signer = CloudFrontSigner(request.get("keyPairId", "K2JCJMDEHXQW5F"), rsa_signer)

    def moment(value):
        return None if value is None else datetime.datetime.fromtimestamp(value, tz=datetime.timezone.utc)

    results = []
    for case in request["cases"]:
        less, greater, ip = moment(case["dateLessThan"]), moment(case.get("dateGreaterThan")), case.get("ipAddress")
        if greater is None and ip is None:
            url = signer.generate_presigned_url(case["url"], date_less_than=less)
            policy = None
        else:
            policy = signer.build_policy(case.get("resource", case["url"]), less, greater, ip)
            url = signer.generate_presigned_url(case["url"], policy=policy)
        results.append({"id": case["id"], "url": url, "policy": policy})
    json.dump({"privateKeyPEM": pem, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
