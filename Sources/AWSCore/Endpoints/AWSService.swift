/// Identifies an AWS service the way the SDKs do: the model's service id, the hostname label and the
/// name SigV4 signs with.
///
/// The values of the static members (see `AWSService+Catalog.swift`) come from each service's
/// botocore model metadata (`serviceId`, `endpointPrefix`, `signingName`; a model without a signing
/// name signs with its endpoint prefix).
public struct AWSService: Sendable, Hashable, CustomStringConvertible {
    /// The model's `serviceId`, e.g. `Bedrock Runtime` or `SFN`; names the endpoint override variable.
    public let sdkId: String
    /// The leftmost hostname label(s) of the standard endpoint, e.g. `bedrock-runtime` or `api.mediatailor`.
    public let endpointPrefix: String
    /// The service name in the SigV4 credential scope, e.g. `bedrock` for Bedrock Runtime.
    public let signingName: String

    /// A service; `signingName` defaults to `endpointPrefix`, as in the AWS models.
    public init(sdkId: String, endpointPrefix: String, signingName: String? = nil) {
        self.sdkId = sdkId
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName ?? endpointPrefix
    }

    /// The service-specific override variable, `AWS_ENDPOINT_URL_<SERVICE>`: the service id upper-cased
    /// with spaces and dashes turned into underscores (`Bedrock Runtime` → `AWS_ENDPOINT_URL_BEDROCK_RUNTIME`).
    public var endpointURLEnvironmentVariable: String {
        let transformed = sdkId.map { character -> Character in
            character == " " || character == "-" ? "_" : character
        }
        return "AWS_ENDPOINT_URL_" + String(transformed).uppercased()
    }

    public var description: String { sdkId }
}
