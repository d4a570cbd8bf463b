import AWSClients
import AWSCore
import Foundation

extension ConformanceTable {
    static let sfnMachine = "arn:aws:states:us-east-1:123456789012:stateMachine:Dubbing"
    static let sfnToken = "AQCEAAAAKgAAAAMAAAAAAAAAAXtoken+/="

    static let stepFunctions: [ConformanceRow] = [
        ConformanceRow(
            "stepfunctions.StartExecution with name, input and trace header", service: "stepfunctions", operation: "StartExecution",
            params: ["stateMachineArn": .string(sfnMachine), "name": "job-42", "input": "{\"jobId\":\"42\",\"lang\":\"fr\"}",
                     "traceHeader": "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"]
        ) { configuration in
            _ = try await StepFunctionsClient(configuration).startExecution(StartExecutionInput(
                stateMachineArn: sfnMachine, name: "job-42", input: "{\"jobId\":\"42\",\"lang\":\"fr\"}",
                traceHeader: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"))
        },
        ConformanceRow(
            "stepfunctions.StartExecution with the state machine only", service: "stepfunctions", operation: "StartExecution",
            params: ["stateMachineArn": .string(sfnMachine)]
        ) { configuration in
            _ = try await StepFunctionsClient(configuration).startExecution(StartExecutionInput(stateMachineArn: sfnMachine))
        },
        ConformanceRow(
            "stepfunctions.DescribeExecution", service: "stepfunctions", operation: "DescribeExecution",
            params: ["executionArn": "arn:aws:states:us-east-1:123456789012:execution:Dubbing:job-42"]
        ) { configuration in
            _ = try await StepFunctionsClient(configuration).describeExecution(
                executionArn: "arn:aws:states:us-east-1:123456789012:execution:Dubbing:job-42")
        },
        ConformanceRow(
            "stepfunctions.SendTaskSuccess", service: "stepfunctions", operation: "SendTaskSuccess",
            params: ["taskToken": .string(sfnToken), "output": "{\"ok\":true}"]
        ) { configuration in
            try await StepFunctionsClient(configuration).sendTaskSuccess(taskToken: sfnToken, output: "{\"ok\":true}")
        },
        ConformanceRow(
            "stepfunctions.SendTaskFailure", service: "stepfunctions", operation: "SendTaskFailure",
            params: ["taskToken": .string(sfnToken), "error": "Transcode.Failed", "cause": "codec not supported"]
        ) { configuration in
            try await StepFunctionsClient(configuration).sendTaskFailure(
                taskToken: sfnToken, error: "Transcode.Failed", cause: "codec not supported")
        },
        ConformanceRow(
            "stepfunctions.SendTaskHeartbeat", service: "stepfunctions", operation: "SendTaskHeartbeat",
            params: ["taskToken": .string(sfnToken)]
        ) { configuration in
            try await StepFunctionsClient(configuration).sendTaskHeartbeat(taskToken: sfnToken)
        },
    ]
}
