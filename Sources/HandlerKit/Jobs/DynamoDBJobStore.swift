import AWSClients
import AWSCore
import Foundation

/// ``JobStore`` on the Jobs table: `id` the key, the `byOwner` index (owner + createdAt) for listings, conditional
/// writes so a retry never creates a second job and a finished job never changes again.
public struct DynamoDBJobStore: JobStore {
    public let dynamodb: DynamoDBClient
    public let tableName: String
    /// The owner + createdAt index.
    public let ownerIndex: String

    public init(dynamodb: DynamoDBClient, tableName: String, ownerIndex: String = "byOwner") {
        self.dynamodb = dynamodb
        self.tableName = tableName
        self.ownerIndex = ownerIndex
    }

    public func create(_ job: JobRecord) async throws {
        do {
            try await dynamodb.putItem(tableName: tableName, job, conditionExpression: "attribute_not_exists(id)")
        } catch let error as AWSServiceError where error.code == "ConditionalCheckFailedException" {
            throw JobStoreError.alreadyExists(job.id)
        }
    }

    public func job(id: String) async throws -> JobRecord? {
        try await dynamodb.getItem(JobRecord.self, tableName: tableName, key: ["id": .s(id)], consistentRead: true)
    }

    public func jobs(owner: String, useCase: String?, status: JobStatus?, limit: Int) async throws -> [JobRecord] {
        var filters: [String] = []
        var values: DynamoDBItem = [":owner": .s(owner)]
        var names: [String: String] = ["#owner": "owner"]
        if let useCase {
            filters.append("useCase = :useCase")
            values[":useCase"] = .s(useCase)
        }
        if let status {
            filters.append("#status = :status")
            values[":status"] = .s(status.rawValue)
            names["#status"] = "status"
        }
        var input = DynamoDBQueryInput(
            tableName: tableName, indexName: ownerIndex, keyConditionExpression: "#owner = :owner",
            filterExpression: filters.isEmpty ? nil : filters.joined(separator: " AND "),
            expressionAttributeNames: names, expressionAttributeValues: values, scanIndexForward: false)
        var found: [JobRecord] = []
        let decoder = DynamoDBDecoder()
        while found.count < limit {
            let page = try await dynamodb.query(input)
            for item in page.items where found.count < limit { found.append(try decoder.decode(JobRecord.self, from: item)) }
            guard let next = page.lastEvaluatedKey else { break }
            input.exclusiveStartKey = next
        }
        return found
    }

    public func recordStep(jobId: String, name: String, step: JobStep, progress: Int, at date: Date) async throws {
        try await update(jobId, "SET steps.#step = :step, progress = :progress, #status = :running, updatedAt = :now",
                         names: ["#step": name],
                         values: [":step": try DynamoDBEncoder().encodeValue(step), ":progress": .n(String(min(max(progress, 0), 100))),
                                  ":running": .s(JobStatus.running.rawValue)], at: date)
    }

    public func recordExecution(jobId: String, executionArn: String, at date: Date) async throws {
        try await update(jobId, "SET executionArn = :arn, updatedAt = :now", names: [:], values: [":arn": .s(executionArn)], at: date)
    }

    public func succeed(jobId: String, outputs: [String: String], at date: Date) async throws {
        try await update(jobId, "SET outputs = :outputs, progress = :done, #status = :succeeded, updatedAt = :now", names: [:],
                         values: [":outputs": .m(outputs.mapValues { .s($0) }), ":done": .n("100"), ":succeeded": .s(JobStatus.succeeded.rawValue)], at: date)
    }

    public func fail(jobId: String, failure: JobFailure, at date: Date) async throws {
        try await update(jobId, "SET #error = :error, #status = :failed, updatedAt = :now", names: ["#error": "error"],
                         values: [":error": try DynamoDBEncoder().encodeValue(failure), ":failed": .s(JobStatus.failed.rawValue)], at: date)
    }

    /// One conditional update: the job exists and has not finished.
    private func update(_ jobId: String, _ expression: String, names: [String: String], values: DynamoDBItem, at date: Date) async throws {
        var allNames = names
        allNames["#status"] = "status"
        var allValues = values
        allValues[":now"] = .s(JobClock.timestamp(date))
        allValues[":queued"] = .s(JobStatus.queued.rawValue)
        allValues[":runningNow"] = .s(JobStatus.running.rawValue)
        do {
            try await dynamodb.updateItem(DynamoDBUpdateItemInput(
                tableName: tableName, key: ["id": .s(jobId)], updateExpression: expression,
                conditionExpression: "attribute_exists(id) AND #status IN (:queued, :runningNow)",
                expressionAttributeNames: allNames, expressionAttributeValues: allValues))
        } catch let error as AWSServiceError where error.code == "ConditionalCheckFailedException" {
            throw JobStoreError.notFoundOrFinished(jobId)
        }
    }
}
