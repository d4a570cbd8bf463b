"""Independent RS256 check of a token minted by mediagen-local, using the `cryptography` package.

stdin:  {"token": "<compact JWS>", "jwks": {"keys": [...]}}
stdout: {"header": {...}, "claims": {...}, "valid": true|false}
Also cross-checks with joserfc when it is installed (reported as "joserfc": true|false|null).

The other direction, so our verifier is checked against a key and token it did not make:
stdin:  {"mint": {...claims...}, "kid": "<kid>"}
stdout: {"token": "<RS256 compact JWS signed with a fresh 2048-bit key>", "jwks": {"keys": [...]}}
"""
import base64
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64url_encode(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def mint(claims, kid):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    numbers = key.public_key().public_numbers()
    header = b64url_encode(json.dumps({"alg": "RS256", "kid": kid, "typ": "JWT"}).encode())
    payload = b64url_encode(json.dumps(claims).encode())
    signature = key.sign(f"{header}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())
    jwk = {
        "kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256",
        "n": b64url_encode(numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")),
        "e": b64url_encode(numbers.e.to_bytes((numbers.e.bit_length() + 7) // 8, "big")),
    }
    return {"token": f"{header}.{payload}.{b64url_encode(signature)}", "jwks": {"keys": [jwk]}}


def main():
    request = json.load(sys.stdin)
    if "mint" in request:
        json.dump(mint(request["mint"], request["kid"]), sys.stdout)
        return
    token, jwks = request["token"], request["jwks"]
    header_b64, payload_b64, signature_b64 = token.split(".")
    header = json.loads(b64url_decode(header_b64))
    claims = json.loads(b64url_decode(payload_b64))
    key = next(k for k in jwks["keys"] if k["kid"] == header["kid"])
    public_key = rsa.RSAPublicNumbers(
        int.from_bytes(b64url_decode(key["e"]), "big"),
        int.from_bytes(b64url_decode(key["n"]), "big"),
    ).public_key()
    try:
        public_key.verify(
            b64url_decode(signature_b64),
            f"{header_b64}.{payload_b64}".encode(),
            padding.PKCS1v15(),
            hashes.SHA256(),
        )
        valid = True
    except InvalidSignature:
        valid = False
    try:
        from joserfc import jwt
        from joserfc.jwk import KeySet

        jwt.decode(token, KeySet.import_key_set(jwks), algorithms=["RS256"])
        joserfc_valid = True
    except ImportError:
        joserfc_valid = None
    except Exception:
        joserfc_valid = False
    json.dump({"header": header, "claims": claims, "valid": valid, "joserfc": joserfc_valid}, sys.stdout)


if __name__ == "__main__":
    main()
