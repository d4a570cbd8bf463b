import AWSClients
import AWSCore
import Foundation
import StatesLanguage

/// `arn:aws:states:::mediaconvert:createJob` and `.sync`: the Parameters are CreateJob's request in PascalCase
/// (`Role`, `Settings.OutputGroups`…), sent to MediaConvert's restJson API in its camelCase members, with the tag
/// Step Functions adds to every job (`ManagedByService: AWSStepFunctions`) and a client request token when none is
/// given (as the SDK fills it). Request-response answers CreateJob's response in PascalCase (`{"Job": {...}}`, dates in
/// epoch milliseconds, with the SDK's response metadata); `.sync` polls GetJob until the job is COMPLETE (answering
/// GetJob's response the same way) or ERROR/CANCELED (failing the task with `States.TaskFailed`, the GetJob response
/// as the cause). Stopping the execution cancels a job it waits for. API errors are `MediaConvert.<code>`.
struct MediaConvertIntegration {
    static let fields: Set<String> = [
        "AccelerationSettings", "BillingTagsSource", "ClientRequestToken", "HopDestinations", "JobEngineVersion", "JobTemplate", "Priority",
        "Queue", "Role", "Settings", "SimulateReservedQueue", "StatusUpdateInterval", "Tags", "UserMetadata",
    ]
    static let path = "/2017-08-29/jobs"
    let configuration: AWSClientConfiguration
    let pollInterval: Duration

    func createJob(_ parameters: JSONValue, pattern: IntegrationResource.Pattern) async throws -> JSONValue {
        let request = try Self.request(parameters)
        do {
            let client = try configuration.client(for: .mediaconvert, wireProtocol: MediaConvertClient.wireProtocol)
            var builder = RestRequestBuilder(method: "POST", uriTemplate: Self.path)
            try builder.setJSONBody(request)
            let (created, requestId) = try Self.json(try await client.send(try builder.build()))
            guard pattern == .sync else {
                return SDKMetadata.adding(to: MediaConvertMemberNames.toPascal(created), requestId: requestId, contentType: "application/json")
            }
            guard let id = created["job"]?["id"]?.stringValue else {
                throw AWSClientError.invalidResponse(operation: "CreateJob", detail: "no job id in the answer")
            }
            while true {
                let described: JSONValue
                do {
                    try Task.checkCancellation()
                    var get = RestRequestBuilder(method: "GET", uriTemplate: "\(Self.path)/{id}")
                    get.setLabel("id", id)
                    (described, _) = try Self.json(try await client.send(try get.build()))
                } catch where Task.isCancelled {
                    await Self.cancel(id, client: client)
                    throw CancellationError()
                }
                let status = described["job"]?["status"]?.stringValue ?? "SUBMITTED"
                if status == "SUBMITTED" || status == "PROGRESSING" {
                    do {
                        try await Task.sleep(for: pollInterval)
                    } catch {
                        await Self.cancel(id, client: client)
                        throw error
                    }
                    continue
                }
                let output = MediaConvertMemberNames.toPascal(described)
                guard status == "COMPLETE" else { throw StatesError.taskFailed(output.serialized()) }
                return output
            }
        } catch {
            throw IntegrationError.from(
                error, prefix: "MediaConvert", serviceLabel: "AWSMediaConvert", addExceptionSuffix: true, validationCode: "BadRequestException")
        }
    }

    /// The execution stopped while waiting: Step Functions cancels the job, in a task its cancellation does not reach.
    static func cancel(_ id: String, client: AWSClient) async {
        _ = await Task {
            var builder = RestRequestBuilder(method: "DELETE", uriTemplate: "\(path)/{id}")
            builder.setLabel("id", id)
            _ = try? await client.send(try builder.build())
        }.value
    }

    static func json(_ response: HTTPResponse) throws -> (JSONValue, String) {
        let requestId = response.headers["x-amzn-RequestId"] ?? UUID().uuidString.lowercased()
        if response.body.isEmpty { return ([:], requestId) }
        do {
            return (try JSONValue(parsing: response.body), requestId)
        } catch {
            throw AWSClientError.invalidResponse(operation: "MediaConvert", detail: "the answer is not JSON")
        }
    }

    /// The CreateJob body: Parameters checked against the request's members, renamed to the wire's, tagged.
    static func request(_ parameters: JSONValue) throws -> JSONValue {
        let name = "mediaconvert:createJob"
        guard let members = parameters.objectValue else {
            throw IntegrationError.parameters(name, "Parameters must be an object, not \(parameters.typeName)")
        }
        if let unknown = members.keys.sorted().first(where: { !fields.contains($0) }) {
            throw IntegrationError.parameters(name, "the field \(unknown) is not supported")
        }
        guard members["Role"]?.stringValue != nil else { throw IntegrationError.parameters(name, "Parameters.Role is required") }
        guard members["Settings"]?.objectValue != nil || members["JobTemplate"] != nil else {
            throw IntegrationError.parameters(name, "Parameters.Settings is required")
        }
        for map in ["Tags", "UserMetadata"] {
            if let value = members[map], value.objectValue?.values.allSatisfy({ $0.stringValue != nil }) != true {
                throw IntegrationError.parameters(name, "Parameters.\(map) must be a map of strings")
            }
        }
        guard var request = MediaConvertMemberNames.toWire(parameters).objectValue else { return parameters }
        var tags = request["tags"]?.objectValue ?? [:]
        tags["ManagedByService"] = "AWSStepFunctions"
        request["tags"] = .object(tags)
        if request["clientRequestToken"] == nil { request["clientRequestToken"] = .string(UUID().uuidString) }
        return .object(request)
    }
}

/// MediaConvert's members between the SDK's PascalCase and the wire's camelCase: every structure member's wire name
/// is its model name with a lower-case first letter (checked against the botocore model), and the keys of the
/// model's maps — user metadata, tags, audio and captions selectors by name — are data, kept as they are.
enum MediaConvertMemberNames {
    /// Wire names of the members whose value is a map (its keys are data).
    static let maps: Set<String> = ["userMetadata", "tags", "audioSelectors", "audioSelectorGroups", "captionSelectors", "dynamicAudioSelectors"]
    /// Wire names of the timestamps (epoch seconds on the wire, epoch milliseconds in Step Functions' output).
    static let timestamps: Set<String> = ["createdAt", "submitTime", "startTime", "finishTime", "timestamp"]

    static func toWire(_ value: JSONValue) -> JSONValue { convert(value, toWire: true) }

    static func toPascal(_ value: JSONValue) -> JSONValue { convert(value, toWire: false) }

    private static func convert(_ value: JSONValue, toWire: Bool) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map { convert($0, toWire: toWire) })
        case .object(let members):
            var converted: [String: JSONValue] = [:]
            for (key, member) in members {
                let wire = key.prefix(1).lowercased() + key.dropFirst()
                let renamed = toWire ? wire : key.prefix(1).uppercased() + key.dropFirst()
                if maps.contains(wire), case .object(let entries) = member {
                    converted[renamed] = .object(entries.mapValues { convert($0, toWire: toWire) })
                } else if !toWire, timestamps.contains(wire), let seconds = member.number {
                    converted[renamed] = .int(Int((seconds * 1000).rounded()))
                } else {
                    converted[renamed] = convert(member, toWire: toWire)
                }
            }
            return .object(converted)
        default:
            return value
        }
    }
}
