import Foundation

/// Who an execution is: the `$$.Execution` and `$$.StateMachine` parts of the context object.
public struct ExecutionIdentity: Sendable {
    public var executionArn: String
    public var name: String
    public var stateMachineArn: String
    public var stateMachineName: String
    public var roleArn: String
    public var startTime: Date

    public init(
        executionArn: String, name: String, stateMachineArn: String, stateMachineName: String,
        roleArn: String = "arn:aws:iam::123456789012:role/mediagen-local-states", startTime: Date
    ) {
        self.executionArn = executionArn
        self.name = name
        self.stateMachineArn = stateMachineArn
        self.stateMachineName = stateMachineName
        self.roleArn = roleArn
        self.startTime = startTime
    }

    /// An identity for `stateMachineName` in `region`, with a fresh execution name unless one is given.
    public static func local(stateMachineName: String, name: String = UUID().uuidString.lowercased(), region: String = "us-east-1",
                             account: String = "123456789012", startTime: Date = Date()) -> ExecutionIdentity {
        ExecutionIdentity(
            executionArn: "arn:aws:states:\(region):\(account):execution:\(stateMachineName):\(name)", name: name,
            stateMachineArn: "arn:aws:states:\(region):\(account):stateMachine:\(stateMachineName)",
            stateMachineName: stateMachineName, startTime: startTime)
    }
}
