/// Where and how a template is "deployed" locally: the pseudo parameters and the parameter values.
public struct LocalDeployment: Sendable {
    /// `AWS::Region`.
    public var region: String
    /// `AWS::AccountId` (moto's default account).
    public var accountId: String
    /// `AWS::StackName`, the prefix of generated physical names.
    public var stackName: String
    /// Parameter values that override the template's defaults (`--parameter Name=Value`).
    public var parameterOverrides: [String: String]

    public init(
        region: String = "us-east-1", accountId: String = "123456789012", stackName: String = "mediagen-local",
        parameterOverrides: [String: String] = [:]
    ) {
        self.region = region
        self.accountId = accountId
        self.stackName = stackName
        self.parameterOverrides = parameterOverrides
    }
}
