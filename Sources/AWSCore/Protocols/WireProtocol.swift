/// How an AWS service expects its requests serialised and its responses shaped.
public enum WireProtocol: Sendable, Equatable {
    /// JSON RPC: `POST /` with `X-Amz-Target: <targetPrefix>.<Operation>`; `version` is `"1.0"` or `"1.1"`.
    case awsJson(version: String, targetPrefix: String)
    /// REST with labels, query and header bindings and a JSON (or blob) body.
    case restJson
    /// REST with an XML body (the S3 subset).
    case restXml
    /// Form-encoded `Action=…&Version=…` requests answered in XML (the SNS subset).
    case query(apiVersion: String)
}
